# The teacher's pack (`aguila pack`, `aguila check`, `aguila run --pack`) and the debrief
# (`aguila debrief`). The pack's own texts (title, questions, prediction) are the teacher's
# words and are shown as written.

pack-invalid = this is not a pack file this game can read: { $problem }
pack-invalid-help = a pack looks like Pack(format_version: 1, title: "…", scenario: "../historical_1861.ron", locked: [], free: [], sides: [Republic], turns: 54, questions: [(text: "…")], prediction: (prompt: "…"))
pack-format-version = pack format { $found } is not the one this game reads ({ $expected })
pack-empty-field = `{ $field }` must not be empty
pack-one-choice = a prediction offers no choices (a free answer) or at least two, none of them empty
pack-sides = `sides` names the side students play: [Republic], [Empire] or both, once each
pack-lever-twice = the lever `{ $name }` is named twice among the locked and free levers
pack-file-outside = `{ $file }` lies outside the pack's scenario folder { $folder }: a pack may only name files in that folder or below it
pack-file-missing = there is no file `{ $file }` (looked for { $path })
pack-scenario-not-scenario = `{ $file }` is a variant or a pack, not a scenario
pack-scenario-not-scenario-help = name the scenario in `scenario` and the variant in `variants`
pack-variant-other-scenario = the variant `{ $file }` changes another scenario than the pack's ({ $scenario })
pack-lever-locked-and-free = the lever `{ $name }` is both locked and free
pack-range-on-yes-no = `{ $name }` is a yes-or-no lever: students may set it either way, and it takes no range
pack-range-reversed = the range of `{ $name }` runs backwards, from { $from } to { $to }
pack-turns-outside = `turns` is { $turns }, but the war has { $months } months: a lesson plays from 1 to { $months }
pack-turns-long = { $turns } months is a long lesson: at about 45 seconds a month, more than { $most } do not fit in 45 minutes
pack-lever-locked = the pack locks `{ $name }` at { $value }; students may change only: { $free }
pack-lever-outside = the pack lets `{ $name }` go from { $from } to { $to }, not to { $value }
pack-free-syntax = `{ $text }` is not a free lever: write name, or name=LOW..HIGH (either end may be left out)
pack-side-unknown = `{ $text }` is not a side: write republic or empire
pack-needs-options = to write a pack, give --scenario, --side, --turns, --question, --prediction, --title and --out
pack-no-such-file = no such file
pack-out-not-pack = { $file } exists and is not a pack: it is left as it is (choose another --out)
pack-written = Wrote the pack { $file } (hash { $hash }).
pack-check-ok = { $file }: ok, pack { $hash } ({ $warnings ->
    [one] 1 warning
   *[other] { $warnings } warnings
})
pack-header = { $title } (pack { $hash }): playing { $sides }, { $turns } months, to { $last }
pack-questions = Questions:
pack-prediction-prompt = Prediction: { $prompt }
pack-prediction-not-a-choice = “{ $given }” is not one of the pack's answers: { $choices }
run-saved-end = Saved the state at { $month } to { $file }.
save-problem-lesson = its lesson record is damaged (entry { $entry })

debrief-other-scenario = { $file } is a save of the scenario `{ $found }`, not of the pack's `{ $expected }`
debrief-no-pack = { $file } was not played under a teacher's pack
debrief-hash-mismatch = { $file } was played under the pack { $found }, not this pack ({ $expected })
debrief-written = Wrote { $files } into { $dir } (pack { $hash }).
debrief-title = { $title } — the debrief of { $student }
debrief-subtitle = Pack { $hash } · playing { $sides } · { $months } months played, { $first } to { $last }
debrief-levers = Levers moved from the pack's values: { $levers }
debrief-levers-pack = Levers: as the pack sets them.
debrief-prediction-heading = Your prediction
debrief-prediction-none = (no prediction recorded)
debrief-what-happened = What happened: { $summary }
debrief-standing-won = { $side } won in { $month }.
debrief-standing-undecided = The war ended undecided in { $month }.
debrief-standing-going = The war was still going at the lesson's end ({ $month }).
debrief-standing-unplayed = Not one month was played.
debrief-dates-came = Key dates that came: { $list }.
debrief-dates-none = None of the key dates came.
debrief-history-heading = Where your war left history
debrief-col-date = Key date
debrief-col-history = History
debrief-col-yours = Your war
debrief-col-computer = The computer's wars (median)
debrief-col-computer-median = The computer's wars (median)
debrief-col-standing = Earlier / same month / later among them
debrief-col-month = Month
debrief-col-side = Side
debrief-came-share = came in { $share }
debrief-not-by-end = not by the lesson's end
debrief-after-lesson = { $month }, after the lesson
debrief-empire-headline = Your Empire lasted longer than in { $longer } of the computer's { $runs } wars under this pack, as long in { $same }, and less long in { $shorter }.
debrief-why-heading = What led there
debrief-earlier = { $months ->
    [one] 1 month earlier than in history
   *[other] { $months } months earlier than in history
}
debrief-later = { $months ->
    [one] 1 month later than in history
   *[other] { $months } months later than in history
}
debrief-never = had not come by { $last }; in history it came in { $history }
debrief-came-before-history = came in { $month }; in history it came only in { $history }, after the lesson
debrief-no-events = no event of this war in its log bears on it.
debrief-no-divergence = Every key date of the lesson came when it did in history.
debrief-will = France's will went from { $from } to { $to }; what moved it most: { $causes }.
debrief-provinces-heading = Provinces held against the history
debrief-no-history-provinces = The scenario's history counts no provinces within the months played.
debrief-questions-heading = The questions
debrief-evidence-date = { $date }: history { $history }; your war { $yours }; the computer's wars { $median } (it came in { $share })
debrief-evidence-winner = Your war: { $standing } The computer's wars: the Republic won { $republic }, the Empire { $empire }, undecided or still going at the lesson's end { $none }.
debrief-evidence-provinces = At the end of { $month }, your war: the Republic { $r }, contested { $c }, the Empire { $e } provinces; the computer's wars (median): { $mr }, { $mc }, { $me }.
debrief-class-title = { $title } — the class against the model
debrief-class-subtitle = Pack { $hash } · { $students ->
    [one] 1 student
   *[other] { $students } students
} · { $runs } of the computer's wars under the pack's own levers, to { $last }
debrief-col-class = The class (median, came)
debrief-class-standing-heading = Where the wars stood at the lesson's end
debrief-col-class-count = The class
debrief-col-model-share = The computer's wars
debrief-outcome-going = Undecided or still going
debrief-class-predictions-heading = Predictions
debrief-col-student = Student
debrief-col-prediction = Prediction
debrief-col-standing-end = At the end
debrief-col-empire-longer = Empire lasted longer than in

packscreen-menu-title = Open a teacher's pack
packscreen-file = Pack file
packscreen-open = Open
packscreen-not-open = Open a pack first.
packscreen-hash = Pack { $hash } · { $turns } months, to { $last }. Check that this code is the one your teacher gave.
packscreen-questions = Questions to answer
packscreen-prediction = Your prediction, before you play
packscreen-predict-first = Record your prediction before the lesson starts.
packscreen-levers = Levers (the pack locks those you cannot move)
packscreen-locked = locked
packscreen-start = Start the lesson
packscreen-lesson = Lesson: { $title } ({ $hash })
packscreen-until = The lesson ends after { $last }.
packscreen-your-prediction = Your prediction: { $prediction }
packscreen-over = The lesson is over. Your war is saved in { $file }: hand this file to your teacher.
packscreen-back = Main menu

help-run-pack = Play a war under a teacher's pack: its scenario, its locked levers, its turn limit.
help-run-prediction = With --pack: the prediction recorded before the war (one of the pack's answers, by number or words).
help-run-save = Save the state to FILE when the run stops (the war's end, --until or the pack's turn limit).
help-pack = Write a teacher's pack (a lesson over a scenario), or check one with --check.
help-pack-check = Check a pack file instead of writing one.
help-pack-out = The pack file to write.
help-debrief = Read students' saves against their pack: a debrief in Markdown and CSV.
help-debrief-pack = The teacher's pack the students played.
help-debrief-saves = The students' saves.
help-debrief-out = The folder to write the debrief into (created if missing).
help-play-pack = Open a teacher's pack in the main menu, ready for the lesson.
