# Texts shared by the command line and the game: language, calendar, numbers, sides.
language-name = English
number-group-separator = ,
number-decimal-separator = .
money-pesos = { $amount-text } pesos
money-thousands = { $amount-text } thousand pesos
money-millions = { $amount-text } million pesos
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
## The month's holdings (the chronicle's other texts: chronicle.ftl; the war's end: outcome.ftl).
chronicle-holdings = Held: the Republic { $republic-text }, contested { $contested-text }, { $empire_side } { $empire-text }; France's will { $will } of { $max-text }.

## Batch trials, counterfactual comparison and calibration (aguila trials, compare, calibrate).
lab-progress = Playing campaigns
lab-trials-header = { $label }: { $runs-text } { $runs ->
    [one] campaign
   *[other] campaigns
} (seeds { $first }–{ $last }) in { $seconds } s.
lab-parameters = Parameters changed: { $set }
lab-section-winners = Who won (share of trials, 95 % Wilson interval)
lab-winner-republic = The Republic
lab-winner-empire = The imperial side
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
lab-date-empire-ends = The imperial side falls
lab-wrote = Wrote trials.csv, provinces.csv, tracks.csv, summary.json and the charts provinces.svg, provinces.png, tracks.svg and tracks.png in { $dir }.
lab-error = error: { $message }
lab-error-no-runs = --runs must be at least 1.
lab-error-too-many = { $what ->
    [runs] --runs { $asked } is more than one setting may play: at most { $most }.
    [trials] { $asked } trials in all are more than one batch may play: at most { $most } (fewer --runs, or fewer settings).
   *[jobs] --jobs { $asked } is more threads than a batch may start: at most { $most } (0 means one per core).
}
lab-error-out-not-dir = --out { $path } is a file, not a folder.
lab-error-out-create = cannot create the folder { $path }: { $reason }
lab-error-write = cannot write { $path }: { $reason }
lab-error-png = cannot draw { $chart } as PNG: { $reason }
lab-error-compare-both = --variant changes one scenario: give --scenario only once.
lab-error-compare-nothing = nothing to compare: give --variant "name=value …", or --scenario twice.
lab-error-compare-maps = these scenarios have different maps and cannot be compared.
lab-error-empty-variant = a --variant is empty: write it as "name=value name=value".
lab-compare-header = { $variants-text } setups × { $runs-text } campaigns on the same seeds (from { $first }) in { $seconds } s.
lab-compare-baseline = Baseline: { $label }
lab-compare-variant = Variant: { $label }
lab-compare-differences = Differences, “{ $variant }” minus “{ $baseline }” (paired trials):
lab-compare-note = (Positive means later, or more often. A date that had not come by the end of a trial counts as the month after its end.)
lab-measure-empire-ends = The imperial side falls (months)
lab-measure-republic-wins = The Republic wins (percentage points)
lab-measure-withdrawal = Withdrawal announced (months)
lab-measure-french-gone = Last French troops leave (months)
lab-measure-capital-falls = Capital falls (months)
lab-calibrate-header = Calibration against history: { $runs-text } campaigns of the historical scenario and of each counterfactual, on the same seeds.
lab-calibrate-inside = inside
lab-calibrate-outside = OUTSIDE
lab-calibrate-unmeasured = not measured
lab-calibrate-history = history
lab-calibrate-model = model
lab-calibrate-window = window
lab-calibrate-footer = { $inside-text } of { $targets-text } targets inside their windows.
lab-calibrate-quartiles = median { $median } (quartiles { $p25 } – { $p75 })
lab-calibrate-wins = { $side ->
    [republic] The Republic wins
   *[empire] The Intervention wins
}
lab-calibrate-history-won = yes ({ $year })
lab-calibrate-history-lost = no
lab-calibrate-history-none = not recorded
lab-calibrate-provinces = Provinces held by { $side ->
    [republic] the Republic
   *[empire] the Intervention
} at the end of { $year }
lab-calibrate-later = { $variant }: { $date ->
    [empire_ends] the Empire lasts longer
    [capital_falls] the capital falls later
    [withdrawal_announced] France announces its withdrawal later
    [french_gone] the French stay longer
    [regency] the Regency comes later
   *[empire_proclaimed] the Empire is proclaimed later
}
lab-calibrate-none = { $file } has no historical targets (its `history` section lists no `targets`): nothing to calibrate.
lab-calibrate-history-later = later, as historians argue
lab-calibrate-difference = mean { $mean } months (95 % interval { $low } to { $high })
lab-calibrate-no-variant = no variant file { $file }
lab-chart-title = Provinces held by the Intervention and the Empire
lab-chart-x = Year (holdings at the end of each month)
lab-chart-y = Provinces held
lab-chart-median = Median of the trials
lab-chart-history = History (the scenario's record, with its sources)
lab-chart-band = Quartile band (25–75 %)

## The command line's own words: errors, warnings, file problems.
cli-error = error: { $message }
cli-warning = warning: { $message }
cli-invalid-value = invalid value '{ $value }' for { $option }: { $reason }
cli-unknown-option = there is no option '{ $option }'{ $suggestion ->
        [none] {""}
       *[other] ; did you mean '{ $suggestion }'?
    }
cli-unknown-command = there is no command '{ $command }'{ $suggestion ->
        [none] {""}
       *[other] ; did you mean '{ $suggestion }'?
    }
cli-missing = missing: { $options }
cli-conflict = { $option } cannot be used with { $other }
cli-see-help = For the commands and their options: aguila --help
cli-possible-values = it can be { $values }
cli-no-client = This build has no game window (it was built without the `client` feature).
    Try `aguila run --seed 7`, `aguila scenarios`, or `aguila --help`.
cli-lang-unknown = there is no translation for `{ $code }`: messages are in `{ $used }` (languages: { $available })
io-not-found = no such file or folder
io-permission-denied = permission denied
io-not-text = it is not a text file (UTF-8)
io-is-a-directory = it is a folder, not a file
io-already-exists = it already exists
io-storage-full = the disk is full
io-other = { $detail }
run-saved = (saved { $month } to { $file })
run-not-saved = the war ended before { $month }; nothing was saved
run-month-outside = { $option } { $month } is outside this war's months ({ $first } to { $last }): it would do nothing
run-save-over-other = --save-at would write over { $file }, which is not a save of this game; give another file
texts-syntax-errors = { $file }: { $errors ->
    [one] one Fluent syntax error
   *[other] { $errors-text } Fluent syntax errors
}; the rest is used
texts-template-header = Translation of the scenario `{ $scenario }` into `{ $lang }`.
    Each message: the English from the scenario file as a comment, then the translation.

## Names of armies raised during the game.
army-levies = Levies of { $province }
army-of = Army of { $province }
army-reinforcements = Reinforcements of { $province }
army-detachment = { $army } (detachment)

## aguila check: what is wrong in a scenario or variant file. Ids, field names and RON syntax
## between backticks are code and stay as written. Selectors: $kind is what an id names
## (province, leader, contingent, track, parameter, terrain, power, event, army, victory);
## parameter kinds are bool, number or month.
check-ok = { $file }: ok ({ $provinces ->
    [one] one province
   *[other] { $provinces-text } provinces
}, { $leaders ->
    [one] one leader
   *[other] { $leaders-text } leaders
}, { $events ->
    [one] one event
   *[other] { $events-text } events
}, { $warnings ->
    [0] no warnings
    [one] one warning
   *[other] { $warnings-text } warnings
})
check-failed = { $file }: { $errors ->
    [one] one error
   *[other] { $errors-text } errors
}
check-file-has-errors = { $file } has { $errors ->
    [one] one error
   *[other] { $errors-text } errors
}
check-cannot-read = cannot read { $file }: { $reason }
check-here = here
check-help = help: { $help }
check-did-you-mean = did you mean `{ $suggestion }`?
check-expected-one-of = expected one of: { $list }
check-unknown-field = unknown field `{ $field }`
check-unknown-field-in = unknown field `{ $field }` in { $outer }
check-missing-field = missing field `{ $field }`
check-missing-field-in = missing field `{ $field }` in { $outer }
check-unknown-variant = unknown variant `{ $variant }`
check-unknown-variant-in = unknown variant `{ $variant }` of { $outer }
check-duplicate-field = field `{ $field }` is given twice
check-ron-eof = Unexpected end of RON
check-ron-eof-help = a `(` or `[` opened earlier is probably never closed
check-ron-expected-array = Expected opening `[`
check-ron-expected-array-end = Expected closing `]`
check-ron-expected-boolean = Expected `true` or `false`
check-ron-expected-comma = Expected a comma
check-ron-expected-number = Expected a number
check-ron-expected-integer = Expected a whole number
check-ron-expected-option = Expected an optional value: `Some(…)` or `None`
check-ron-expected-paren-end = Expected closing `)`
check-ron-expected-map = Expected opening `{"{"}`
check-ron-expected-colon = Expected a colon `:`
check-ron-expected-map-end = Expected closing `{"}"}`
check-ron-expected-paren = Expected opening `(`
check-ron-expected-paren-for = Expected opening `(` for { $name }
check-ron-wrong-struct-name = Expected { $expected } but found { $found }
check-ron-expected-unit = Expected `()`
check-ron-expected-string = Expected a text in double quotes
check-ron-expected-string-end = This text has no closing `"`
check-ron-expected-identifier = Expected a name
check-ron-integer-out-of-bounds = This number is too large or too small for its field
check-ron-unexpected-char = Unexpected character `{ $char }`
check-ron-trailing = Unexpected text after the end of the file's main value
check-ron-unclosed-comment = Unclosed comment: a `/*` without its `*/`
check-expected-num = Expected a number, or Param("parameter_id")
check-expected-month = Expected a month as "YYYY-MM", or Param("parameter_id")
check-expected-param-value = Expected a parameter value: true/false, a number, or a month "YYYY-MM"
check-ron-invalid-type = Expected { $expected } but found { $found }
serde-struct = a { $name } in parentheses `(…)`
serde-enum = one of the { $name } choices
serde-the-string = the text { $value }
serde-the-integer = the whole number { $value }
serde-the-number = the number { $value }
serde-the-boolean = { $value }
serde-sequence = a list in brackets `[…]`
serde-map = a map in braces
serde-string = a text in double quotes
serde-boolean = `true` or `false`
serde-number = a number
serde-integer = a whole number
serde-unit = `()`
serde-option = `Some(…)` or `None`
serde-identifier = a name
check-ron-wrong-length = Expected { $expected } but found { $found ->
    [0] none
    [one] one element
   *[other] { $found-text } elements
}
check-ron-bad-name = `{ $word }` is not a valid name here: a name is letters, digits and `_`, starting with a letter (texts go in double quotes)
check-ron-bad-escape = This escape after `\` is not valid inside a text
check-ron-expected-char = Expected a character in single quotes
check-ron-bad-number = This number is not written correctly
check-ron-too-deep = The file is nested too deeply
check-ron-not-utf8 = This text is not valid UTF-8
check-ron-other = RON syntax error: { $detail }
check-format-version = format_version is { $found }, but this version of the game reads format { $expected }
check-ends-before-start = the scenario ends ({ $end }) before it starts ({ $start })
check-duplicate-id = { $kind ->
    [province] province
    [leader] leader
    [contingent] contingent
    [track] track
    [parameter] parameter
    [terrain] terrain
    [power] power
    [event] event
    [army] army
   *[victory] victory rule
} id `{ $id }` is used twice
check-ids-unique = ids must be unique
check-missing-track = the rules need a track `{ $track }`
check-param-bound-kind = parameter `{ $id }`: { $bound } is { $bound_kind ->
    [bool] true/false
    [month] a month
   *[number] a number
} but the default is { $default_kind ->
    [bool] true/false
    [month] a month
   *[number] a number
}
check-param-default = parameter `{ $id }`: the default { $problem }
check-param-unexplained = parameter `{ $id }` needs an explanation and a source
check-param-month-for-number = parameter `{ $id }` is a month, but a number is needed at { $path }
check-param-not-month = parameter `{ $id }` is not a month, but a month is needed at { $path }
check-param-not-bool = parameter `{ $id }` is used as a condition at { $path } but is not true/false
check-track-min-max = track `{ $id }`: min and max must be numbers, min below max
check-not-finite = `{ $value }` is not a number a scenario can use: every number must be finite
check-not-finite-help = write a plain number such as 0.5 or 1000
check-id-not-plain = the scenario id `{ $id }` may hold only letters, digits, `_` and `-`: it names the scenario's translation files
check-track-initial = track `{ $id }` starts at { $value }, outside its range { $min } to { $max }
check-province-support = province `{ $id }`: support must be 0–100 for each side and add up to at most 100
check-province-control = province `{ $id }`: control must be between -100 and 100
check-number-out-of-range = `{ $path }` is { $value }, { $kind ->
    [share] but it is a share and must be between 0 and 1
    [non-negative] but it cannot be negative
    [positive] but it must be more than 0
   *[between] outside its range { $min } to { $max }
}
check-province-fortification = province `{ $id }`: fortification is 0–5
check-province-revenue = province `{ $id }`: revenue cannot be negative
check-province-no-people = province `{ $id }` has no people
check-terrain-multipliers = terrain `{ $id }`: multipliers must be positive
check-border-to-itself = { $kind ->
    [border] border
   *[sea-lane] sea lane
} from `{ $id }` to itself
check-border-twice = { $kind ->
    [border] border
   *[sea-lane] sea lane
} between `{ $a }` and `{ $b }` is listed twice
check-border-twice-help = borders go both ways: list each pair once
check-no-land-route = province `{ $id }` has no land route to `{ $first }`
check-contingent-values = contingent `{ $id }`: quality must be positive, upkeep not negative, desertion 0–1
check-leader-skill = leader `{ $id }`: skill is 0–5
check-leader-loyalty = leader `{ $id }`: loyalty is 0–100
check-army-leader-side = army `{ $id }`: its leader `{ $leader }` serves the other side
check-leader-two-armies = leader `{ $id }` commands two armies
check-army-no-troops = army `{ $id }` has no troops
check-army-foreign-troops = army `{ $id }` ({ $side ->
    [republic] Republic
   *[empire] Empire
}) holds men of `{ $contingent }`, a contingent of the other side
check-event-chance = event `{ $id }`: chance is a probability, 0–1
check-event-chooser-without-choices = event `{ $id }` has a chooser but no choices
check-event-choices-without-chooser = event `{ $id }` offers choices but names no chooser
check-event-choices-without-chooser-help = add `chooser: Republic` or `chooser: Empire`
check-choice-twice = event `{ $event }`: choice `{ $id }` is listed twice
check-choice-weight = choice `{ $id }`: ai_weight cannot be negative
check-event-no-source = event `{ $id }` has no source
check-history-month = { $what }: month { $month } is outside the scenario ({ $start } … { $end })
check-history-count = { $count } provinces is more than the { $provinces } provinces on the map
check-history-twice = { $what } is recorded twice in the history
check-history-window = the window ends ({ $to }) before it starts ({ $from })
check-history-share = share { $share } must be a number from 0 to 1
check-history-no-date = this target needs the historical month of `{ $date }`: add it to `key_dates`
check-history-no-count = this target needs the provinces { $side } held at the end of { $month }: add them to `provinces_held`
check-history-no-variant = this target needs the name of a variant file in `counterfactuals/`
check-source-empty = this `source` is empty
check-source-missing = this `source` cites `{ $path }`, which is not in the repository
check-source-help = cite a section of the notes under docs/history/ (e.g. `docs/history/timeline.md 1863-06-10`) or a work of the bibliography
check-rule-share = rules.{ $name } is a share and must be between 0 and 1, not { $value }
check-rule-held-threshold = rules.control.held_threshold must be above 0 and at most 100
check-rule-towns-only = rules.control.bands_hold_country must not be negative, and where it is above 0, rules.control.towns_only must be from 0 to below held_threshold
check-rule-withdrawal-schedule = rules.france.withdrawal_schedule: months must rise and shares be 0–1
check-strategy-twice = strategy: { $side } has two strategies; give each side at most one
check-strategy-weights = strategy for { $side }: weights and the reserve must be zero or more, and repression_at at most three rising numbers
check-unknown-ref = unknown { $kind ->
    [province] province
    [leader] leader
    [contingent] contingent
    [track] track
    [parameter] parameter
    [terrain] terrain
    [power] power
   *[event] event
} `{ $id }` (at { $path })
check-known-ids = known { $kind ->
    [province] provinces
    [leader] leaders
    [contingent] contingents
    [track] tracks
    [parameter] parameters
    [terrain] terrains
    [power] powers
   *[event] events
}: { $ids }
check-missing-translation = no `{ $lang }` translation for `{ $key }`; English is shown instead
check-missing-translation-help = add `{ $key } = …` to i18n/{ $lang }/{ $scenario }.ftl beside the scenario
check-missing-translations = { $count ->
    [one] one scenario text has no `{ $lang }` translation (`{ $first }`); English is shown instead
   *[other] { $count-text } scenario texts have no `{ $lang }` translation (the first is `{ $first }`); English is shown instead
}
check-missing-translations-help = `aguila check --verbose { $file }` lists each one; `aguila texts { $file } --lang { $lang }` writes a template to fill in

## Counterfactual variant files (aguila check, run, trials… on a variant).
variant-invalid = not a valid variant: { $problem }
variant-invalid-help = a variant has format_version, id, title, question, plausibility, sources, base and set
variant-format-version = variant format { $found } is not supported (this build reads format { $expected })
variant-empty-field = `{ $field }` is empty
variant-no-source = a variant cites at least one source
variant-no-change = a variant changes at least one parameter
variant-no-change-help = add e.g. ("us_civil_war_end", "1867-01") to `set`
variant-set-twice = parameter `{ $name }` is set twice
variant-no-base = cannot read the base scenario `{ $base }` (looked for { $path })
variant-no-base-help = `base` is relative to the variant file, e.g. "../historical_1861.ron"
variant-base-outside = the base `{ $base }` is outside the scenario folder { $folder }; it was not opened
variant-base-outside-help = a variant may name a scenario in the folder above its own or below it, by a relative path such as "../historical_1861.ron", never an absolute path or a link out of that folder
variant-base-is-variant = the base `{ $base }` is itself a variant
variant-base-is-variant-help = point `base` at a scenario file

## Parameter values (--set name=value, variants, the game's menu).
bad-month = `{ $text }` is not a month: write it as YYYY-MM, e.g. 1862-05
param-wrong-kind = must be { $expected ->
    [bool] true or false
    [month] a month
   *[number] a number
}, not { $found ->
    [bool] true or false
    [month] a month
   *[number] a number
}
param-below-range = { $value } is below the plausible range { $range }
param-above-range = { $value } is above the plausible range { $range }
param-range-between = { $min } to { $max }
param-range-from = from { $min }
param-range-up-to = up to { $max }
param-range-any = (any value)
set-unknown-parameter = unknown parameter `{ $name }`; the scenario's parameters are: { $known }
set-unknown-parameter-suggest = unknown parameter `{ $name }` (did you mean `{ $suggestion }`?); the scenario's parameters are: { $known }
set-not-bool = parameter `{ $name }` is true or false, not `{ $value }`
set-not-number = parameter `{ $name }` is a number, not `{ $value }`
set-not-month = parameter `{ $name }`: `{ $value }` is not a month: write it as YYYY-MM, e.g. 1862-05
set-out-of-range = parameter `{ $name }`: { $problem }
set-not-assignment = `{ $text }` is not name=value

## Saved games.
save-io = { $file }: { $reason }
save-not-readable = { $file } is not a readable save: { $problem }
save-wrong-version = { $file } was saved in format { $found }; this version of the game reads format { $expected }
save-problem-at = line { $line }, column { $column }: { $detail }
save-problem-scenario = its scenario is invalid: { $problem }
save-problem-count = the number of { $what ->
    [provinces] provinces
    [leaders] leaders
    [tracks] tracks
    [parameters] parameters
    [powers] powers
   *[event-records] event records
} ({ $found }) does not match its scenario ({ $expected })
save-problem-army = army { $army } refers to something its scenario does not have
save-problem-army-order = its armies are not in id order
save-problem-references = it refers to an event or leader its scenario does not have
save-problem-order = order { $order } refers to something its scenario does not have
save-problem-value = { $what } is { $value }, outside its range { $low } to { $high }
save-problem-army-id = army { $army } has an id at or above the save's next army id
save-problem-men = army { $army } has a detachment of { $men } men; the most a detachment may hold is { $most }
save-problem-all-men = its armies hold { $men } men in all; the most a game may hold is { $most }
save-problem-leader = { $problem ->
    [two-armies] leader { $leader } commands two armies (the second is army { $army })
    [other-side] leader { $leader } commands army { $army } of the side he does not serve
   *[not-serving] leader { $leader } commands army { $army } but is not serving
}
save-problem-month = its month { $month } is outside its scenario's dates ({ $start } to { $end })
save-problem-choice = it waits on a choice for event { $event }, which offers none or has not fired yet

## The command line's own help (aguila --help)
help-aguila = Águila y Corona: a turn-based strategy game and simulation of the Second French Intervention in Mexico (1861-1867)
help-aguila-lang = Language (en, es, pt, …) for the game window when no command is given; every command also takes its own --lang
help-check = Check scenario files and report every error with its place
help-check-files = Scenario or variant files, or ids of built-in or mod scenarios
help-check-json = Print the findings as JSON (each with a `code` that does not depend on the language)
help-check-lang = Language of the messages (en, es, pt, …); by default the system's
help-texts = Print a scenario's translation template for a language (for translators)
help-texts-file = Scenario file
help-texts-lang = Language of the template, and of the messages if the game has it: es, pt, fr…
help-run = Play a campaign with both sides under the AI and print its chronicle
help-run-scenario = Scenario or variant: a file, or the id of a built-in or mod scenario (`aguila scenarios` lists them); the built-in historical war by default
help-run-seed = Random seed (1 if not given); with --load, a new seed for the rest of the war
help-run-until = Stop after this month (YYYY-MM) even if the war goes on
help-run-set = Change a counterfactual parameter: --set name=value (repeatable)
help-run-json = Print a machine-readable result instead of the chronicle
help-run-save-at = Save the state at the start of MONTH to FILE (RON): --save-at 1864-06 FILE
help-run-load = Continue a saved game instead of starting a scenario; with --set or --seed, a branch from the saved month
help-run-lang = Language of the chronicle (en, es, pt, …); by default the system's
help-run-policy = Who plays both sides: the AI at a level (easy, normal, hard) or the fixed baseline
help-trials = Play many campaigns in parallel and report shares, key dates and provinces held
help-trials-scenario = Scenario or variant: a file or an id (`aguila scenarios` lists them); the built-in historical war by default
help-trials-set = Change a counterfactual parameter: --set name=value (repeatable)
help-trials-out = Write trials.csv, provinces.csv, summary.json and provinces.svg into this folder
help-compare = Compare counterfactuals on the same seeds (paired trials)
help-compare-scenario = Scenario or variant: a file or an id (the built-in historical war by default); give it twice or more to compare them (the first is the reference)
help-compare-variant = A variant of the scenario: "name=value name=value" (repeatable); each is compared with the scenario as it is
help-compare-set = Change a parameter in every run: --set name=value (repeatable)
help-compare-out = Write trials.csv, provinces.csv, summary.json and provinces.svg into this folder
help-calibrate = Hold the model against the historical calibration targets
help-calibrate-scenario = The historical scenario (a file or an id; the built-in one by default); the counterfactual targets use the variants of its counterfactuals/ folder
help-calibrate-json = Print the report as JSON
help-batch-runs = Number of campaigns (per variant)
help-batch-seed = Seed of the first trial; trial i uses seed S+i
help-batch-until = Stop every campaign after this month (YYYY-MM)
help-batch-jobs = Threads (0: one per core)
help-batch-policy = Who plays both sides: the AI at a level (easy, normal, hard) or the fixed baseline
help-batch-lang = Language of the report (en, es, pt, …); by default the system's
help-play = Open the game window
help-play-scenario = Scenario to start from: a file, or the id of a built-in or mod scenario
help-play-smoke = Start, play a few turns with the AI on both sides, save a screenshot here and exit
help-play-lang = Language of the interface (en, es, pt…); otherwise the one chosen in the menu, then the system's
help-common-help = Print help
help-common-version = Print version
help-common-help-command = Print this message or the help of the given command
help-common-usage = Usage:
help-common-options = Options
help-common-commands = Commands
help-common-arguments = Arguments
help-common-default = default: { $value }

## Replays and branches.
help-check-verbose = List every scenario text a translation lacks, not one line per language
help-run-record = Record the war as a replay in FILE (its starting state, every month's commands and the state's digest after each), for `aguila replay`
help-replay = Play a recorded war back (`run --record`) and check that it arrives where it was recorded
help-replay-file = The replay file
help-replay-verify = Only check that the rules arrive at every recorded month; print no chronicle
help-replay-lang = Language of the chronicle and the messages (en, es, pt, …); by default the system's
run-recorded = Replay recorded in { $file }.
run-branch-lever = { $name } from { $before } to { $after }
run-branch = A branch of { $file } from { $month }: { $changes ->
    [0] the same levers
    [one] one lever changed ({ $levers })
   *[other] { $changes-text } levers changed ({ $levers })
}, { $new-seed ->
    [yes] and a new seed, { $seed }.
   *[no] and the saved war's own random draws.
}
branch-read-at-start = `{ $name }` is read only when the war begins: a branch from { $month } cannot change it (start a new war with --scenario and --set instead)
branch-month-passed = `{ $name }` names { $was }, a month the war has already lived by { $month }: a branch cannot change it
branch-month-before = `{ $name }` = { $value } lies before { $month }, the first month of the branch
branch-events-fired = `{ $name }` is read only by events this war has already had ({ $events }): a branch from { $month } cannot change it
replay-format = this replay has format { $found }; this version reads format { $expected }
replay-edited = this replay was changed after it was recorded (its content does not match its digest)
replay-months = this replay's months are out of order, go on after the war ended, or number more than { $max }
replay-refused = the rules refuse command { $number } of { $month } in this replay
replay-diverged = the rules did not arrive at the recorded state at the end of { $month }: the replay was made by another version of the rules or was changed
replay-over-other = { $file } is not a replay: a replay will not be written over it
replay-verified = { $file }: { $months ->
    [one] one month
   *[other] { $months-text } months
} played back, each arriving at the recorded state; { $over ->
    [yes] the war is over.
   *[no] the war stands at { $month }.
}

## The tracks by month (tracks.svg, tracks.csv)

lab-tracks-title = France's will and the pressures on it, month by month
lab-tracks-points = points on the track's scale
lab-tracks-drains-title = What moved France's will, added up since the start (below 0: what it took): { $variant }
lab-tracks-drains-axis = points of France's will
lab-tracks-legend-median = line: median of the trials; band: the middle half (25–75 %)
