# The title of the counterfactual us_civil_war_1867.ron, for the lab's reports.
variant-title = A Guerra de Secessão dura até 1867
