# Texts shared by the command line and the game: language, calendar, numbers, sides.
language-name = English
number-group-separator = ,
number-decimal-separator = .
month-year = { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} { $year }
## The chronicle. Numbers come twice: $men for plurals, $men-text formatted for reading.
## Sides come as selectors ($side is `republic` or `empire`; $holder may also be `contested`),
## so each language chooses its own articles and contractions.
chronicle-month = — { $month } —
chronicle-battle-attacker-won = Battle in { $province }: { $attacker ->
    [republic] the Republic
   *[empire] the Empire
} ({ $attackers-text } men) defeats { $defender ->
    [republic] the Republic
   *[empire] the Empire
} ({ $defenders-text }); losses { $attacker_losses-text } and { $defender_losses-text }.
chronicle-battle-defender-held = Battle in { $province }: { $defender ->
    [republic] the Republic
   *[empire] the Empire
} ({ $defenders-text } men) repulses { $attacker ->
    [republic] the Republic
   *[empire] the Empire
} ({ $attackers-text }); losses { $attacker_losses-text } and { $defender_losses-text }.
chronicle-prisoners = { $men ->
    [one] One man is taken prisoner.
   *[other] { $men-text } men are taken prisoner.
}
chronicle-evaded = An army avoids battle and slips away from { $from } to { $to } ({ $men-text } lost on the march).
chronicle-siege = The siege of { $province } goes on; its walls are down to { $fort-text }.
chronicle-surrendered = { $province } surrenders: { $side ->
    [republic] the Republic
   *[empire] the Empire
} loses { $men-text } men as prisoners.
chronicle-dispersed = An army in { $province } melts into the guerrilla bands ({ $men-text } men).
chronicle-control-occupied = { $province } is occupied and now held by { $holder ->
    [republic] the Republic
    [empire] the Empire
   *[contested] nobody
}.
chronicle-control-drift = Left to itself, { $province } { $holder ->
    [republic] returns to the Republic
    [empire] passes to the Empire
   *[contested] slips out of anyone's hands
}.
chronicle-fever = Fever on the coast: { $side ->
    [republic] the Republic
   *[empire] the Empire
} loses { $men-text } men of the { $contingent }.
chronicle-supply = Cut off in hostile country, { $side ->
    [republic] the Republic
   *[empire] the Empire
} loses { $men-text } men of the { $contingent }.
chronicle-desertion = Unpaid, { $men-text } men of the { $contingent } desert.
chronicle-siege-losses = Hunger and disease kill { $men-text } men of the { $contingent } behind the walls.
chronicle-guerrilla-losses = Ambushes cost { $side ->
    [republic] the Republic
   *[empire] the Empire
} { $men-text } men of the { $contingent }.
chronicle-guerrilla = Guerrilla war in { $province }: { $guerrillas-text } guerrillas and { $garrison-text } soldiers of the garrison fall.
chronicle-event = { $title }.
chronicle-choice = { $side ->
    [republic] The Republic
   *[empire] The Empire
} decides: { $choice }.
chronicle-power-joined = { $power } joins { $side ->
    [republic] the Republic
   *[empire] the Intervention
}.
chronicle-power-left = { $power } leaves the war; { $men-text } men go home.
chronicle-leader-died = { $leader } dies.
chronicle-leader-captured = { $leader } is taken prisoner.
chronicle-leader-defected = { $leader } changes sides.
chronicle-leader-neutral = { $leader } withdraws from the war.
chronicle-leader-arrived = { $leader } takes the field.
chronicle-polity-intervention = The Intervention governs by force alone.
chronicle-polity-regency = A Regency is proclaimed in Mexico City, awaiting a monarch.
chronicle-polity-empire = The Second Mexican Empire is proclaimed; Maximilian reigns.
chronicle-polity-fallen = The Empire has fallen.
chronicle-france-committed = France recommits to the expedition.
chronicle-france-withdrawing = France announces the withdrawal of its army (political will { $will-text }).
chronicle-france-gone = The last French troops leave Mexico.
chronicle-reinforced = { $side ->
    [republic] The Republic
   *[empire] The Empire
} receives { $men-text } men of the { $contingent } in { $province }.
chronicle-withdrawn = { $men-text } men of the { $contingent } embark for home.
chronicle-winner = { $side ->
    [republic] Victory for the Republic.
   *[empire] Victory for the Empire.
}
chronicle-undecided = The war is undecided.
chronicle-holdings = Held: Republic { $republic-text }, contested { $contested-text }, Empire { $empire-text }; France's will { $will }.

## Batch trials, counterfactual comparison and calibration (aguila trials, compare, calibrate).
lab-progress = Playing campaigns
lab-trials-header = { $label }: { $runs-text } { $runs ->
    [one] campaign
   *[other] campaigns
} (seeds { $first }–{ $last }) in { $seconds } s.
lab-parameters = Parameters changed: { $set }
lab-section-winners = Who won (share of trials, 95 % Wilson interval)
lab-winner-republic = The Republic
lab-winner-empire = The Empire
lab-winner-none = Undecided or stopped
lab-section-dates = Key dates (quartiles over all trials; “after end” if it had not happened by then)
lab-section-provinces = Provinces held at the end of each year: median (quartiles)
lab-never = after end
lab-col-p25 = 25 %
lab-col-median = median
lab-col-p75 = 75 %
lab-col-happened = happened
lab-col-month = month
lab-col-republic = Republic
lab-col-contested = contested
lab-col-empire = Empire
lab-col-mean = mean
lab-col-ci = 95 % interval
lab-date-capital-falls = Capital falls to the Intervention
lab-date-regency = Regency proclaimed
lab-date-empire = Empire proclaimed (Maximilian)
lab-date-withdrawal = France announces its withdrawal
lab-date-french-gone = Last French troops leave
lab-date-empire-ends = The Empire ends
lab-wrote = Wrote trials.csv, provinces.csv, summary.json and provinces.svg in { $dir }.
lab-error = error: { $message }
lab-error-no-runs = --runs must be at least 1.
lab-error-out-not-dir = --out { $path } is a file, not a folder.
lab-error-out-create = cannot create the folder { $path }: { $reason }
lab-error-write = cannot write { $path }: { $reason }
lab-error-compare-both = --variant changes one scenario: give --scenario only once.
lab-error-compare-nothing = nothing to compare: give --variant "name=value …", or --scenario twice.
lab-error-compare-maps = these scenarios have different maps and cannot be compared.
lab-error-empty-variant = a --variant is empty: write it as "name=value name=value".
lab-compare-header = { $variants-text } setups × { $runs-text } campaigns on the same seeds (from { $first }) in { $seconds } s.
lab-compare-baseline = Baseline: { $label }
lab-compare-variant = Variant: { $label }
lab-compare-differences = Differences, “{ $variant }” minus “{ $baseline }” (paired trials):
lab-compare-note = (Positive means later, or more often. A date that had not come by the end of a trial counts as the month after its end.)
lab-measure-empire-ends = The Empire ends (months)
lab-measure-republic-wins = The Republic wins (percentage points)
lab-measure-withdrawal = Withdrawal announced (months)
lab-measure-french-gone = Last French troops leave (months)
lab-measure-capital-falls = Capital falls (months)
lab-paragraph = Across { $runs-text } paired trials, under “{ $variant }” the Empire { $direction ->
    [later] survives a median of { $months ->
        [one] one month
       *[other] { $months-text } months
    } longer than under “{ $baseline }”
    [earlier] falls a median of { $months ->
        [one] one month
       *[other] { $months-text } months
    } sooner than under “{ $baseline }”
   *[same] ends, at the median, in the same month as under “{ $baseline }”
} (mean difference { $mean } months, 95 % interval { $low } to { $high }). The Republic wins { $wins-variant } of the trials instead of { $wins-baseline }, and France announces its withdrawal { $withdrawal-direction ->
    [later] a median of { $withdrawal-months ->
        [one] one month
       *[other] { $withdrawal-months-text } months
    } later
    [earlier] a median of { $withdrawal-months ->
        [one] one month
       *[other] { $withdrawal-months-text } months
    } earlier
   *[same] at the same time, at the median
}.
lab-calibrate-header = Calibration against history: { $runs-text } campaigns of the historical scenario and of each counterfactual, on the same seeds.
lab-calibrate-inside = inside
lab-calibrate-outside = OUTSIDE
lab-calibrate-unmeasured = not measured
lab-calibrate-history = history
lab-calibrate-model = model
lab-calibrate-window = window
lab-calibrate-footer = { $inside-text } of { $targets-text } targets inside their windows.
lab-calibrate-quartiles = median { $median } (quartiles { $p25 } – { $p75 })
lab-calibrate-republic-wins = The Republic wins
lab-calibrate-history-republic = yes (1867)
lab-calibrate-provinces = Provinces held by the Intervention at the end of { $year }
lab-calibrate-us = US Civil War until 1867: the Empire lasts longer
lab-calibrate-europe = No Austro-Prussian war: the Empire lasts longer
lab-calibrate-allies = Britain and Spain stay: the capital falls later
lab-calibrate-history-later = later, as historians argue
lab-calibrate-difference = mean { $mean } months (95 % interval { $low } to { $high })
lab-calibrate-no-variant = no variant file { $file }
lab-chart-title = Provinces held by the Intervention and the Empire
lab-chart-x = Year (holdings at the end of each month)
lab-chart-y = Provinces held
lab-chart-median = Median of the trials
lab-chart-history = History (notes.md, calibration summary)
lab-chart-band = Quartile band (25–75 %)
