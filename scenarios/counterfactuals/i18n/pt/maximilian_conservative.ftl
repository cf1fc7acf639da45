# The title of the counterfactual maximilian_conservative.ron, for the lab's reports.
variant-title = Maximiliano governa como queriam os conservadores
