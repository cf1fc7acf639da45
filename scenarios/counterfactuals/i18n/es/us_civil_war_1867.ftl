# The title of the counterfactual us_civil_war_1867.ron, for the lab's reports.
variant-title = La Guerra de Secesión dura hasta 1867
