# The title of the counterfactual allies_stay.ron, for the lab's reports.
variant-title = Gran Bretaña y España siguen en la alianza
