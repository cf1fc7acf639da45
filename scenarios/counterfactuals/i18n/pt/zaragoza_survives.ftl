# The title of the counterfactual zaragoza_survives.ron, for the lab's reports.
variant-title = Zaragoza sobrevive a 1862
