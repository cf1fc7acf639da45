# The map a new player can read: stacks of armies, hover tooltips, the odds and the objectives.

## The odds
attack-quality = Quality
attack-experience = Experience
attack-counted = Counted in this attack (every army ordered here and those already here):
attack-counted-army = { $army }: { $men-text } men

## Stacks and the legend
legend-stack = A marker stands for all of one side's armies in a province: how many armies, a star when a general leads one, and the men. Click it for the list.
stack-title = { $side }: { $province }
stack-total = { $armies-text } { $armies -> 
    [one] army
   *[other] armies
}, { $men-text } men
stack-choose = Choose an army to give it orders.

## Clicks that give no order
click-enemy-here-truce = The truce holds: no battle is fought in { $province } while it lasts.
click-enemy-here-our-siege = Your siege keeps the garrison of { $province } behind its walls, which wear down month by month until it surrenders. To storm it, set an army here to the field stance (F): the battle is fought when the month is resolved.
click-enemy-here-their-siege = The enemy besieges your garrison in { $province }. To sally out, set an army here to the field stance (F): the battle is fought when the month is resolved.
click-enemy-here-battle = The enemy stands in { $province } with you: the battle is fought when the month is resolved, unless they slip away.

## Hover
hover-army-here = Your army stands here.
hover-out-of-reach = Out of reach this month.
hover-march-here = Click to march to { $province }.
hover-sail-here = Click to sail to { $province }.
hover-click-to-attack = Click to attack (you confirm first).
hover-stack = { $side }: { $province }. { $armies-text } { $armies -> 
    [one] army
   *[other] armies
}, { $men-text } men
hover-click-to-choose = Click to choose one of these armies.
hover-click-to-select = Click to select this army.
hover-click-to-see = Click to see these armies.

## Objectives
objectives-title = Objectives: { $side }
objectives-sudden = The war ends at once in your favour when:
objectives-judgement = Otherwise, judged in { $month }:
objectives-france = What wears France down
objectives-france-will = France's will: { $will-text }. France announces its withdrawal at { $threshold-text } or below. { $status }.
objectives-france-drains = What moves it: { $causes }.
objectives-this-month = Last month:
objective-capital = Hold { $province }, the capital
objective-provinces = Hold at least { $needed-text } of the { $total-text } provinces (now { $held-text })
objective-population = Hold at least { $needed-text } % of the people (now { $share-text } %)
objective-holds = { $side }: holds { $province }
objective-holds-not = { $side }: does not hold { $province }
objective-provinces-at-least = { $side }: holds at least { $count-text } provinces (now { $now-text })
objective-provinces-at-least-not = { $side }: holds fewer than { $count-text } provinces (now { $now-text })
objective-troops-below = { $side }: fewer than { $count-text } men under arms (now { $now-text })
objective-troops-below-not = { $side }: at least { $count-text } men under arms (now { $now-text })
objective-track-below = { $track }: below { $value-text } (now { $now-text })
objective-track-at-least = { $track }: at least { $value-text } (now { $now-text })
objective-leader-offstage = { $leader } has not yet come into the war
objective-leader-active = { $leader } serves
objective-leader-dead = { $leader } is dead
objective-leader-captured = { $leader } is a prisoner
objective-leader-neutral = { $leader } has left the war
objective-not = Not so: { $what }
objective-polity = Needed: { $polity }. Now: { $now }.
objective-polity-not = Must not be so: { $polity }. Now: { $now }.
objective-france = Needed: { $status }. Now: { $now }.
objective-france-not = Must not be so: { $status }. Now: { $now }.
objective-other = A further condition of the scenario
objective-other-not = A further condition of the scenario must not hold
help-objectives = show or hide the objectives

## The value map mode
mapmode-value = Value
legend-value-none = no customs or silver
legend-value-much = much customs and silver

## Top-bar trends
tooltip-treasury-net = Income less upkeep last month: { $amount } M pesos
tooltip-provinces-trend = A month before: { $republic-text } held by the Republic, { $empire-text } by the Empire.
objective-any = One of: { $what }
