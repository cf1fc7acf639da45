## How a war ended, told from the war that was played (src/text/outcome.rs), the lab's table of
## how a batch of wars ended, and the checks of a scenario's judgement at the last month.
## The Empire's side comes as $empire (subject), $empire-lead, $empire-to and $empire-of, named
## for what it was at the end: the Intervention, the Regency or the Empire (chronicle.ftl's terms).

outcome-headline = { $side ->
    [republic] Victory for the Republic
    [empire] Victory for { $empire }
   *[none] The war ends undecided
}, { $month }.
outcome-leader-taken = { $leader } was taken prisoner at { $province }.
outcome-leader-fell = { $leader } fell at { $province }.
outcome-last-defeat = { $side ->
    [republic] The Republic's
   *[empire] { $empire-lead }'s
} last defeat was at { $province }.
outcome-capital = { $holder ->
    [republic] The Republic held the capital, { $capital }.
    [empire] { $empire-lead } held the capital, { $capital }.
   *[contested] The capital, { $capital }, was contested.
}
outcome-held = The Republic held { $republic-text } of the { $total-text } provinces, with { $republic-people-text } % of the people; { $empire } { $empire-held-text }, with { $empire-people-text } %{ $contested ->
    [0] ; none was contested.
    [one] ; { $contested-text } was contested.
   *[other] ; { $contested-text } were contested.
}

check-judgement-share = judgement `{ $id }`: `{ $field }` is a share, 0–1
check-judgement-nothing-held = judgement `{ $id }` asks for nothing held: it would give the war to a side that holds nothing
check-judgement-nothing-held-help = add `capital: true`, or a share of the `provinces` or of the `population` (0–1)

lab-section-endings = How the wars ended (campaigns, share, the rule that ended them)
lab-ending-undecided = Neither side had won by the last month.
lab-ending-stopped = Stopped before the end (--until).
