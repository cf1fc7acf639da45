# The Lab screen inside the game: experiments of many campaigns, their charts and export.

## Main menu

labscreen-menu-title = Lab
labscreen-menu-text = For the classroom: play hundreds of campaigns of the scenario and its counterfactuals with the computer on both sides, and see what changes, with its uncertainty.
labscreen-open = Open the Lab

## Setup

labscreen-title = Lab: what if?
labscreen-intro = Each variant is played on the same seeds as the scenario as it is, so the differences come from the change, not from luck.
labscreen-variants = Variants to compare
labscreen-history-label = Historical values (the scenario as it is)
    .help = Always played: every variant is measured against it.
labscreen-own-levers = Levers of your own
    .help = Set the counterfactual levers by hand, within their plausible ranges.
labscreen-baseline = Historical values
labscreen-other-scenario = { $file } is a variant of another scenario: it cannot be compared with this one.
labscreen-own-levers-label = Your levers: { $set }
labscreen-own-levers-unchanged = Your levers (left at their historical values)
labscreen-not-a-variant = this file is a scenario, not a variant
labscreen-runs = Campaigns per variant
    .help = More campaigns give narrower intervals, and take longer.
labscreen-ai-level = { $side ->
    [republic] Computer playing the Republic
   *[empire] Computer playing the imperial side
}
labscreen-seed = First seed
    .help = Campaign number i uses this seed plus i; the same seeds give the same wars.
labscreen-run = Run the campaigns
labscreen-cancel = Stop
labscreen-back = Back to the menu
labscreen-error-runs = Campaigns per variant must be between { $low-text } and { $high-text }.

## Results

labscreen-empty = Choose the variants on the left and run the campaigns: the charts appear here as they are played.
labscreen-progress = { $done-text } of { $total-text } campaigns for each of { $variants ->
    [one] one variant
   *[other] { $variants-text } variants
}
labscreen-status-running = playing…
labscreen-status-finished = finished
labscreen-status-cancelled = stopped: the charts show the campaigns played before the stop
labscreen-status = { $status } · seeds { $first } to { $last } · Republic played at { $republic }, the imperial side at { $empire }
labscreen-winners = Who won
labscreen-axis-share = Share of the campaigns (%)
labscreen-interval = 95 % interval
labscreen-share = { $share } (95 % interval { $low } – { $high })
labscreen-winners-line = Republic { $republic } · imperial side { $empire } · no winner { $none }
labscreen-dates = Key dates
    .help = Each box holds the middle half of the campaigns in which the event came, with the median inside and whiskers from 5 % to 95 %; the dashed line is the month it happened in history.
labscreen-date-history = { $date } (history: { $month })
labscreen-date-came = in { $came-text } of { $trials-text } campaigns
labscreen-history = History
labscreen-provinces = Provinces held by the Intervention and the Empire
    .help = Lines: the median of the campaigns at the end of each month; bands: the middle half of them (25–75 %); dashed: the history, from the scenario's record.
labscreen-differences = Each variant against the historical values
labscreen-axis-months = Months, variant minus the historical values (dot: mean; bar: 95 % interval)
labscreen-trials = The campaigns one by one
    .help = Watch one as a war on the map: the same seed and the same computer players give the same war.
labscreen-watch = Watch
labscreen-trial = Seed { $seed }: { $outcome ->
    [republic] the Republic won
    [empire] the Empire won
    [regency] the Regency won
    [intervention] the Intervention won
   *[none] no winner when the scenario ended
}, { $month }

## Export

labscreen-export-folder = Export to
labscreen-export = Export
    .help = Writes the tables as CSV, the charts as PNG and SVG and the whole experiment as a Markdown report, in a new folder inside this one.
labscreen-exported = Written in { $dir }
labscreen-nothing-to-export = No campaigns yet: nothing to export.
labscreen-report-title = Lab experiment
labscreen-report-setup = { $runs-text } campaigns per variant (of { $asked-text } asked for), seeds { $first } to { $last }, on the same seeds for every variant. The computer played the Republic at { $republic } and the imperial side at { $empire }.
labscreen-report-no-changes = no lever changed
labscreen-report-files = Files: trials.csv (one row per campaign), provinces.csv (provinces held by month), tracks.csv (France's will and the pressures on it by month), differences.csv (paired differences), provinces.png and tracks.png (the charts, also as SVG).
labscreen-error-not-folder = { $path } is a file, not a folder: choose a folder to export to.
labscreen-side-imperial = Imperial side
    .help = The Intervention, then the Regency, then Maximilian's Empire: whichever the war had reached.
labscreen-tracks = France's will and the pressures on it
    .help = Lines: the median of the campaigns at the end of each month; bands: the middle half of them (25–75 %). France leaves once its will has fallen far enough.
labscreen-drains = What moved France's will, added up since the start: { $variant }
labscreen-axis-year = Year
labscreen-axis-points = Points
