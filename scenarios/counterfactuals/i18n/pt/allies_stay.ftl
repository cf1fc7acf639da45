# The title of the counterfactual allies_stay.ron, for the lab's reports.
variant-title = A Grã-Bretanha e a Espanha permanecem na aliança
