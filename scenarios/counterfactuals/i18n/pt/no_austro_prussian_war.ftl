# The title of the counterfactual no_austro_prussian_war.ron, for the lab's reports.
variant-title = Não há guerra austro-prussiana em 1866
