# The chronicle of the war, month by month. Numbers come twice: $men for plurals, $men-text
# formatted for reading. A side comes as four arguments, one for each place in a sentence:
# $side (subject), $side-lead (opening a sentence), $side-to (after "to") and $side-of (after
# "of"), each naming the side as it was at the date (the terms below).
chronicle-month = — { $month } —
chronicle-list = { $first } and { $last }

## The sides as the date has them. The Empire's side is the Allied expedition while Spain or
## Britain stand with France, then the Intervention, the Regency, the Empire.
-republic = { $case ->
   *[subject] the Republic
    [lead] The Republic
    [to] to the Republic
    [of] of the Republic
}
    .gender = feminine
-allies = { $case ->
   *[subject] the Allied expedition
    [lead] The Allied expedition
    [to] to the Allied expedition
    [of] of the Allied expedition
}
    .gender = feminine
-intervention = { $case ->
   *[subject] the Intervention
    [lead] The Intervention
    [to] to the Intervention
    [of] of the Intervention
}
    .gender = feminine
-regency = { $case ->
   *[subject] the Regency
    [lead] The Regency
    [to] to the Regency
    [of] of the Regency
}
    .gender = feminine
-empire = { $case ->
   *[subject] the Empire
    [lead] The Empire
    [to] to the Empire
    [of] of the Empire
}
    .gender = masculine
side-republic = { -republic }
    .lead = { -republic(case: "lead") }
    .to = { -republic(case: "to") }
    .of = { -republic(case: "of") }
side-allies = { -allies }
    .lead = { -allies(case: "lead") }
    .to = { -allies(case: "to") }
    .of = { -allies(case: "of") }
side-intervention = { -intervention }
    .lead = { -intervention(case: "lead") }
    .to = { -intervention(case: "to") }
    .of = { -intervention(case: "of") }
side-regency = { -regency }
    .lead = { -regency(case: "lead") }
    .to = { -regency(case: "to") }
    .of = { -regency(case: "of") }
side-empire = { -empire }
    .lead = { -empire(case: "lead") }
    .to = { -empire(case: "to") }
    .of = { -empire(case: "of") }

## Armies and their commanders.
chronicle-force-led = { $army } under { $leader }
chronicle-force-unnamed = an army

## Battles, and skirmishes: fights where the smaller side has fewer than 250 men.
chronicle-battle-attacker-won = Battle in { $province }: { $attacker } ({ $attacker_force }, { $attackers-text } men) defeats { $defender } ({ $defender_force }, { $defenders-text } men). Losses: { $attacker } { $attacker_losses-text }, { $defender } { $defender_losses-text }.
chronicle-battle-defender-held = Battle in { $province }: { $defender } ({ $defender_force }, { $defenders-text } men) repulses { $attacker } ({ $attacker_force }, { $attackers-text } men). Losses: { $attacker } { $attacker_losses-text }, { $defender } { $defender_losses-text }.
chronicle-skirmish-attacker-won = Skirmish in { $province }: { $attackers-text } men { $attacker-of } ({ $attacker_force }) drive off { $defenders-text } { $defender-of }; { $attacker_losses-text } and { $defender_losses-text } lost.
chronicle-skirmish-defender-held = Skirmish in { $province }: { $defenders-text } men { $defender-of } ({ $defender_force }) beat off { $attackers-text } { $attacker-of }; { $defender_losses-text } and { $attacker_losses-text } lost.
chronicle-battles = { $count ->
    [one] One more battle
   *[other] { $count-text } more battles
} in { $provinces }: { $men-text } men engaged, { $losses-text } lost.
chronicle-skirmishes = { $count-text } skirmishes in { $provinces }: { $men-text } men engaged, { $losses-text } lost.
chronicle-prisoners = { $men ->
    [one] One man { $side-of } is taken prisoner.
   *[other] { $men-text } men { $side-of } are taken prisoner.
}
chronicle-evaded = { $side-lead } avoids battle: { $force } slips away from { $from } to { $to } ({ $men-text } men lost on the march).
chronicle-evasions = { $count-text } forces { $side-of } avoid battle and slip away from { $from } ({ $men-text } men lost on the march).

## Sieges: a fortress's defences on the scenario's scale, 0 (open town) to 5.
chronicle-siege = The siege of { $province } goes on; its defences are down to { $fort-text } of { $full-text } (on a scale of 0 to 5).
chronicle-surrendered = { $province } surrenders: { $side } loses { $men-text } men as prisoners.

## Provinces changing hands.
chronicle-control-occupied = { $provinces } { $count ->
    [one] is
   *[other] are
} occupied and now held by { $side }.
chronicle-control-drift = Left without a garrison, { $provinces } { $count ->
    [one] passes
   *[other] pass
} { $side-to }.
chronicle-control-contested = { $provinces } { $count ->
    [one] is
   *[other] are
} now contested: neither side holds { $count ->
    [one] it
   *[other] them
}.
chronicle-control-towns = In { $provinces } the bands hold the country and the garrison only the towns: { $count ->
    [one] it is
   *[other] they are
} now contested.
chronicle-control-bands = { $provinces } { $count ->
    [one] passes
   *[other] pass
} { $side-to }: the bands have worn down the garrison.

## Losses outside battle (all of a kind in a month together).
chronicle-guerrilla = { $count ->
    [one] Guerrilla war in { $provinces }
   *[other] Guerrilla raids in { $count-text } provinces ({ $provinces })
}: the garrisons { $side-of } lose { $garrison-text } men, the bands { $guerrillas-text }.
chronicle-fever = Fever on the coast: { $side } loses { $men-text } men ({ $contingents }).
chronicle-supply = Cut off in hostile country, { $side } loses { $men-text } men ({ $contingents }).
chronicle-desertion = Unpaid, { $men-text } men { $side-of } desert ({ $contingents }).
chronicle-siege-losses = Hunger and disease kill { $men-text } men { $side-of } behind the walls ({ $contingents }).
chronicle-guerrilla-losses = Ambushes cost { $side } { $men-text } men ({ $contingents }).
chronicle-dispersed = { $count ->
    [one] An army melts
   *[other] { $count-text } armies melt
} into the guerrilla bands in { $provinces } ({ $men-text } men).

## Leaders.
chronicle-leader-died = { $leaders } { $count ->
    [one] dies
   *[other] die
}.
chronicle-leader-captured = { $leaders } { $count ->
    [one] is
   *[other] are
} taken prisoner.
chronicle-leader-defected = { $leaders } { $count ->
    [one] changes
   *[other] change
} sides.
chronicle-leader-neutral = { $leaders } { $count ->
    [one] withdraws
   *[other] withdraw
} from the war.
chronicle-leader-arrived = { $leaders } { $count ->
    [one] takes
   *[other] take
} the field.

## The scenario's events: the title as a heading, the historical text under it.
chronicle-event = • { $title }
chronicle-choice = { $side-lead } decides: { $choice }.
chronicle-power-joined = { $power } joins { $side }.
chronicle-power-left = { $power } leaves the war; { $men-text } men go home.
chronicle-polity-intervention = { -intervention(case: "lead") } governs by force alone.
chronicle-polity-regency = A Regency is proclaimed in Mexico City, awaiting a monarch.
chronicle-polity-empire = The Second Mexican Empire is proclaimed; Maximilian reigns.
chronicle-polity-fallen = { -empire(case: "lead") } has fallen.
chronicle-france-committed = France recommits to the expedition.
chronicle-france-withdrawing = France announces the withdrawal of its army (political will { $will-text } of { $max-text }).
chronicle-france-gone = The last French troops leave Mexico.
chronicle-reinforced = { $side-lead } receives { $men-text } men ({ $contingent }) in { $province }.
chronicle-withdrawn = { $men-text } men embark for home: { $parts }.
chronicle-withdrawn-part = { $men-text } ({ $contingent })
