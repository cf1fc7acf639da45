# The title of the counterfactual no_austro_prussian_war.ron, for the lab's reports.
variant-title = No hay guerra austro-prusiana en 1866
