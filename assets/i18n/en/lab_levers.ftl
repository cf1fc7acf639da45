## Sweeps, sensitivity, the levers' stated directions and the honest comparison paragraph
## (aguila sweep, sensitivity, calibrate, compare).
lab-cancelled = the trials were cancelled.
lab-error-sweep-nothing = nothing to sweep: give --values a,b,c or --range LO..HI.
lab-error-range-syntax = --range “{ $range }” is not a range: write it LO..HI, with two numbers or two months (YYYY-MM), e.g. --range 60..140.
lab-error-range-order = --range “{ $range }” is empty: its low end must come before its high end.
lab-error-range-steps = --steps { $steps } is too few: a range needs at least 2 steps.
lab-error-range-bool = --range needs a number or month lever; this one is true/false: use --values false,true.
lab-sensitivity-header = Sensitivity of { $label } (scenario file { $hash }): { $settings-text } { $settings ->
    [one] setting
   *[other] settings
} × { $runs-text } { $runs ->
    [one] campaign
   *[other] campaigns
} in { $seconds } s. Every setting plays the same seeds, { $first }–{ $last }, on purpose (paired trials), so each difference is between the same wars.
lab-sensitivity-lever = lever
lab-sensitivity-as-is = { $value } (as is)
lab-sensitivity-value = value
lab-sensitivity-note = (Each cell: the mean difference from the scenario as it is, with its 95 % interval. Positive means later, or more often; a share is in percentage points.)
lab-sensitivity-wrote = Wrote sensitivity.csv, trials.csv, tornado.svg and tornado.png in { $dir }.
lab-tornado-title = What each lever does: { $label }
lab-tornado-note = Mean paired difference from the scenario as it is, with its 95 % interval; { $runs-text } trials per setting on the same seeds; scenario file { $hash }
lab-tornado-low = lever at its low value
lab-tornado-high = lever at its high value
lab-sweep-header = { $lever } swept over { $values-text } { $values ->
    [one] value
   *[other] values
} of { $label } (scenario file { $hash }): { $runs-text } { $runs ->
    [one] campaign
   *[other] campaigns
} per value in { $seconds } s. Every value plays the same seeds, { $first }–{ $last }, on purpose (paired trials), so the values are compared on the same wars.
lab-sweep-wins = The Republic wins (95 % interval)
lab-sweep-note = (Dates: median, with the quartiles in brackets; “after end” if it had not happened by then.)
lab-sweep-wrote = Wrote sweep.csv, trials.csv, sweep.svg and sweep.png in { $dir }.
lab-sweep-title = The war by value of the lever: { $lever }
lab-sweep-chart-note = Shares with their 95 % interval; dates as median and quartiles; { $runs-text } trials per value on the same seeds; scenario file { $hash }

## A lever's stated direction, checked by `aguila check` and by `aguila calibrate`.
check-lever-direction = parameter `{ $id }`: { $kind ->
    [date] a date moves `Later` or `Earlier`
   *[share] a share moves `More` or `Less`
}
check-lever-no-range = parameter `{ $id }` states how it moves the war but has no range to play it over: give it `min` and `max`
check-lever-unexplained = parameter `{ $id }`: its stated direction needs a `why` and a `source`
lab-lever-outcome = { $outcome ->
    [empire_ends] the imperial side falls
    [capital_falls] the capital falls
    [withdrawal_announced] France announces its withdrawal
    [french_gone] the last French troops leave
   *[republic_wins] the Republic wins
} { $direction ->
    [later] later
    [earlier] earlier
    [more] more often
   *[less] less often
}
lab-calibrate-lever = { $lever }, from { $low } to { $high }: { $claim }
lab-calibrate-lever-stated = stated ({ $source })
lab-calibrate-lever-effect = { $verdict ->
    [as_stated] as stated
    [against] AGAINST the stated direction
   *[no_clear_effect] NO CLEAR EFFECT
}: mean { $mean } { $unit ->
    [months] months
   *[points] percentage points
} (95 % interval { $low } to { $high })
lab-calibrate-lever-window = a clear effect, as stated
lab-calibrate-lever-unstated = { $lever }: states no direction
lab-calibrate-lever-unstated-model = not measured: the scenario states no direction for it

## The comparison paragraph: it leads with the largest clear effect, and says plainly when the
## trials cannot tell a difference.
lab-honest-lead = Across { $runs-text } paired { $runs ->
    [one] trial
   *[other] trials
} (the same wars played both ways), the largest clear difference between “{ $variant }” and “{ $baseline }” is that under “{ $variant }” { $effect }.
lab-honest-also = Also, { $effect }.
lab-honest-unclear = The trials cannot tell a difference in { $list }: { $count ->
    [one] its 95 % interval includes
   *[other] each 95 % interval includes
} zero.
lab-honest-none = Across { $runs-text } paired { $runs ->
    [one] trial
   *[other] trials
} (the same wars played both ways), the trials cannot tell “{ $variant }” from “{ $baseline }”: for { $list }, each 95 % interval includes zero, so any difference is too small to see with this many trials.
lab-honest-date = { $measure ->
    [empire_ends] the imperial side falls
    [capital_falls] the capital falls
    [withdrawal_announced] France announces its withdrawal
   *[french_gone] the last French troops leave
} { $amount ->
    [one] one month
   *[other] { $amount-text } months
} { $direction ->
    [later] later
   *[earlier] sooner
} on average (95 % interval: between { $low-text } and { $high-text } months { $direction ->
    [later] later
   *[earlier] sooner
})
lab-honest-wins = the Republic wins { $amount ->
    [one] one percentage point
   *[other] { $amount-text } percentage points
} { $direction ->
    [more] more often
   *[less] less often
} ({ $share-variant } of the trials instead of { $share-baseline }; 95 % interval: between { $low-text } and { $high-text } points)
lab-honest-noun = { $measure ->
    [empire_ends] when the imperial side falls
    [capital_falls] when the capital falls
    [withdrawal_announced] when France announces its withdrawal
    [french_gone] when the last French troops leave
   *[republic_wins] how often the Republic wins
}
lab-list-two = { $first } and { $last }
lab-list-more = { $first }, { $last }

## Help for the new commands.
help-sweep = Play one lever over several values on the same seeds (a table and a chart)
help-sweep-scenario = Scenario or variant: a file or an id (`aguila scenarios` lists them); the built-in historical war by default
help-sweep-param = The lever to sweep (a parameter's id)
help-sweep-values = The values to play, separated by commas: --values 1863-01,1865-04,1867-01
help-sweep-range = A range of values instead, both ends included: --range 60..140 (numbers or months)
help-sweep-steps = How many values to take evenly over --range (at least 2)
help-sweep-set = Override another parameter in every setting: --set name=value (repeatable)
help-sweep-out = Write sweep.csv, trials.csv, sweep.svg and sweep.png into this folder
help-sensitivity = Play every lever at its low and high plausible value against the default (a tornado)
help-sensitivity-scenario = Scenario or variant: a file or an id (`aguila scenarios` lists them); the built-in historical war by default
help-sensitivity-set = Override a parameter in every setting: --set name=value (repeatable)
help-sensitivity-out = Write sensitivity.csv, trials.csv, tornado.svg and tornado.png into this folder
