# Texts of the game window.

## Sides, holders, stances

ui-side-republic = Republic
ui-side-empire = Empire
ui-holder-republic = the Republic
ui-holder-empire = the Empire
ui-holder-contested = contested
stance-field = Field
    .help = Stands and fights whoever attacks.
stance-evade = Evade
    .help = Avoids pitched battle: slips away when attacked, losing some men.
stance-garrison = Garrison
    .help = Holds the fortress: fights behind walls, but can be besieged.
stance-besieging = Besieging
    .help = Laying siege to the enemy fortress here.
polity-intervention = The Intervention (no Mexican government yet)
polity-regency = The Regency in Mexico City
polity-empire = The Empire of Maximilian
polity-fallen = The Empire has fallen
france-committed = France is committed to the expedition
france-withdrawing = France is withdrawing its troops
france-gone = The last French troops have left

## Terrain and map

terrain-plateau = Central plateau
terrain-coast = Tropical coast
terrain-mountain = Sierra
terrain-desert = Northern desert
terrain-jungle = Jungle and swamp
mapmode-political = Who holds what
mapmode-terrain = Terrain
mapmode-support = Popular support
mapmode-guerrilla = Guerrilla activity
mapmode-supply = Supply lines
map-united-states = UNITED STATES
map-guatemala = GUATEMALA
map-gulf = Gulf of Mexico
map-pacific = Pacific Ocean
legend-contested = contested (hatched)
legend-support-republic = leans to the Republic
legend-support-even = divided
legend-support-empire = leans to the Empire
legend-guerrilla-none = quiet
legend-guerrilla-many = many guerrillas
legend-supply-own = held: supplied
legend-supply-front = enemy ground next to ours
legend-supply-cut = cut off: armies waste away
legend-fortress = fortress
legend-capital = capital
legend-port = port
legend-customs = customs house
legend-general = general

## Tracks and their causes

track-france-will = France's will
    .short = France
    .help = How long Paris will keep paying for the war. Money, casualties, the United States and trouble in Europe wear it down; victories restore it. When it runs out, France goes home.
track-us-pressure = US pressure
    .short = USA
    .help = How hard Washington presses France to leave. It grows once the American Civil War is over, and with every harsh measure of the Empire.
track-european-crisis = European crisis
    .short = Europe
    .help = Prussia against Austria: the more Europe threatens war, the more Napoleon III needs his soldiers at home.
track-legitimacy = Republic's legitimacy
    .short = Legitimacy
    .help = Whether Mexicans still see Juárez's government as the lawful one. It holds while Juárez is free and the Republic keeps enough territory.
track-french-ambition = French ambition
cause-spending = cost of the war
cause-casualties = French casualties
cause-time = a long war tires Paris
cause-us-pressure = pressure from the United States
cause-european-crisis = the crisis in Europe
cause-battles = battles won and lost
cause-clerical-policy = clerical policy
cause-non-recognition = Washington refuses to recognise the Empire
cause-us-after-civil-war = the Union, victorious, turns south
cause-repression = repression
cause-decay = tensions ease
cause-head-free = Juárez is free
cause-head-lost = Juárez is lost
cause-territory = too little territory held

## Top bar

topbar-playing = Playing: { $side ->
    [republic] the Republic
   *[empire] the Empire
}
topbar-watching = Watching AI against AI
topbar-treasury = Treasury
topbar-provinces = Provinces
money = { $amount-text } M pesos
money-year = { $amount-text } M pesos a year
tooltip-treasury = { $side ->
    [republic] The Republic's treasury
   *[empire] The Empire's treasury
}, in millions of pesos. Last month:
accounts-customs = customs houses
accounts-silver = silver mines
accounts-taxes = taxes
accounts-aid = loans and aid
accounts-upkeep = pay of the troops
tooltip-unpaid = The troops went unpaid last month: men are deserting.
tooltip-track-change = Last month it went from { $from-text } to { $to-text }, because of:
tooltip-no-change-yet = No month has been played yet.
tooltip-range = Scale from { $min-text } to { $max-text }.
tooltip-provinces = { $republic } held by the Republic, { $contested } contested, { $empire } held by the Empire.
button-end-turn = End turn
button-menu = Menu
button-help = Help
button-save = Save
button-pause = Pause
button-resume = Resume
hint-end-turn = Give the month's orders, then end the turn (Enter or Space). The other side moves and the month is played out.
hint-map-mode = What the colours of the map show (keys 1 to 5, or M)
resolving-month = The month is being played out…

## Chronicle

chronicle-title = Chronicle
chronicle-hint = (C to hide; the whole war is kept)
chronicle-empty = Nothing has happened yet. Give your orders and end the turn.

## Details panel

details-none-title = Your orders
details-none = Click one of your army counters to select it: the provinces it can reach light up. Click one of them to march there, or to attack if the enemy holds it. Click any province to read about it.
details-capital = Capital: { $capital }
details-held-by = Control:
details-terrain = Terrain
details-population = Population
details-guerrilla = Guerrillas
details-fort = Fortifications
details-revenue = Revenue
details-support = Support
details-armies-here = Armies here
details-army-of = { $side } · { $men-text } men
details-leader = Led by { $leader } (skill { $skill })
details-stance = Stance:
tag-port = sea port
tag-us-border = on the US border
tag-fever = fever coast
tooltip-control = Control { $control-text }, from -100 (Republic) to +100 (Empire).
tooltip-terrain = Defenders fight at × { $defence-text } here.
tooltip-revenue = Customs { $customs-text } and silver { $silver-text } million pesos a year, for whoever holds it.
tooltip-quality = Fighting value of a man: { $quality-text }
order-move = Orders: march on { $province }
order-siege = Orders: besiege { $province }
order-disperse = Orders: disperse into guerrilla bands
order-none = No orders this month
button-undo = Undo order
hint-undo = Withdraw this army's order (Backspace)
button-besiege-here = Besiege the fortress
button-disperse = Disperse
hint-disperse = Break the army up into guerrilla bands in this province.
hint-move = Click a lit province to march there.

## Commands of the side panel

unit-men = { " " }men
control-not-now = Not now: it is not your turn to give orders.
control-need-army = Select one of your armies first.
control-need-province = Select a province first.
control-no-recruits = Your side raises no troops.
control-none-to-merge = No other army of yours stands here to merge with.
control-no-leader = No general of yours is free to take command.
control-already-leads = He already commands this army.
control-already-stance = The army already holds that stance.
control-already-dispersing = The army is already ordered to disperse.
control-policy-limit = The policy cannot go further that way.
control-already-repression = Repression is already at that level.
button-detach = Detach
hint-detach = Split these men off into a new army in the same province, in garrison stance: to hold a town while the rest marches on. Costs nothing; the new army has no general.
hint-detach-amount = Men to split off, taken evenly from each contingent.
button-merge = Merge into { $army } ({ $men-text })
hint-merge = Join this army to the other one: the men add up and, if the other has no general, this army's general takes command. Costs nothing; this army's order is withdrawn.
details-assign = Change general ({ $key })
button-assign = { $leader } (skill { $skill })
hint-assign = Takes command at once. Skill weighs in every battle; a general can only switch to an army in the province where he already commands.
hint-assign-leads = Now commands { $army } in { $province }.
details-recruit = Raise troops
details-manpower = Manpower left here: { $men-text } men
tooltip-manpower = Men of fighting age this province can still give. Every recruit uses it up, and it grows back slowly.
button-recruit = Raise { $men-text } men · { $cost }
hint-recruit-amount = Men to raise: at most what the province can give this month.
hint-recruit = Raise { $men-text } men for { $cost } (you can spend { $available }; this province gives at most { $max-text } more this month). They join at the end of the month, as a new army or with yours here.
order-recruit = Raising { $men-text } men ({ $contingent }) this month
details-empire = Maximilian's government
details-policy = Policy: { $value-text } (-100 clerical, +100 liberal)
tooltip-policy = A clerical policy keeps the conservatives and the Church on side but costs France's patience and Washington's. A liberal one wins liberal provinces but costs the loyalty of conservative generals and provinces.
details-policy-later = There is no emperor yet: the policy is chosen once Maximilian reigns.
button-clerical = More clerical
button-liberal = More liberal
hint-clerical = Policy 25 points towards the Church: conservative provinces and generals stay loyal, but Paris and Washington lose patience.
hint-liberal = Policy 25 points towards the liberals: liberal provinces warm to the Empire, but conservative generals and provinces grow cold.
details-repression = Repression
tooltip-repression = Harsher repression grinds down the guerrillas where your troops are, but turns the people towards the Republic, feeds guerrilla growth and adds to the pressure from the United States. Level 3 is the Black Decree of October 1865.
repression-0 = None
repression-1 = Mild
repression-2 = Harsh
repression-3 = Black Decree
hint-repression-keys = Keys: , less · . more · [ clerical · ] liberal

## Attack

attack-title = Attack { $province }?
attack-odds = { $percent-text } % chance of victory
attack-attacker = Attacker
attack-defender = Defender
attack-men = Men
attack-leadership = Leadership
attack-terrain = Terrain
attack-fortification = Fortifications
attack-power = Strength
attack-note = Luck decides the rest. Losses grow with the margin of defeat.
button-attack = Attack
button-besiege = Besiege instead
button-cancel = Cancel

## Events

event-choose = { $side ->
    [republic] The Republic
   *[empire] The Empire
} must decide:
event-more = { $count ->
    [one] One more event waits.
   *[other] { $count } more events wait.
}
button-continue = Continue

## Hotseat

handover-title = Change of player
handover-text = { $side ->
    [republic] The Republic
   *[empire] The Empire
} to play
button-ready = Ready
handover-hint = The other player should look away. Nothing of your orders is shown until you press Ready.

## Help

help-title = Help
help-intro = Each turn is one month. Give orders to your armies, then end the turn: both sides' orders are carried out together, battles are fought and the chronicle tells what happened.
help-end-turn = end the turn (or confirm an attack)
help-click-key = Click
help-click = select an army, then a province to march or attack
help-next-army = next army
help-undo = undo the last order
help-stances = stance: field, evade, garrison
help-map-modes = map modes
help-pan-key = WASD, arrow keys
help-pan = move the map (or drag it)
help-zoom-key = Wheel, + / -
help-zoom = zoom
help-fit = show the whole map
help-chronicle = show or hide the chronicle
help-quick-save = quick save / quick load
help-help = this help
help-escape = close, clear the selection
help-recruit = raise troops in the selected province
help-detach = detach men from the selected army
help-merge = merge the selected army with the largest one beside it
help-assign = give the selected army the best free general
help-disperse = disperse into guerrilla bands (Republic)
help-policy = Maximilian's policy: clerical / liberal (Empire)
help-repression = repression: less / more (Empire)
help-legend = Green is the Republic, blue the Empire; hatching marks contested provinces. Numbers on a counter are men; the letters name its main contingent.

## Saving

save-title = Save the game
save-name = Name:
save-done = Game saved: { $file }
save-failed = Could not save { $file }: { $error }
load-done = Game loaded: { $file }
load-failed-io = Could not read { $file }: { $error }
load-failed-corrupt = { $file } is not a readable save ({ $error }). The game goes on.
load-failed-version = { $file } was saved by another version of the game (format { $found }, this one reads { $expected }).
notice-autosave-failed = The autosave failed: { $error }

## Refused orders

refused-game-over = The war is over.
refused-no-army = That army no longer exists.
refused-not-yours = That army is not yours.
refused-unknown = Unknown: { $id }.
refused-not-reachable = { $army } cannot reach { $to } this month.
refused-nothing-to-besiege = There is no enemy fortress to besiege in { $province }.
refused-besiege-by-order = Besieging is not a stance to choose: give the army a siege order.
refused-cannot-disperse = Only the Republic's armies can melt into guerrillas.
refused-cannot-recruit = You cannot raise { $contingent }.
refused-no-recruits = { $province } will not raise men for you: hold it, with support of at least { $support-text }.
refused-too-many-recruits = { $province } can raise at most { $max-text } men this month.
refused-cannot-afford = That costs { $cost-text } million pesos; you can spend { $available-text }.
refused-bad-detach = An army of { $men-text } men cannot detach that many.
refused-not-together = The armies must be in the same province.
refused-leader = { $leader } cannot take command now.
refused-no-emperor = There is no emperor yet.
refused-empire-only = Only the Empire decides that.
refused-out-of-range = That value is out of range.
refused-truce = The truce forbids attacking now.
refused-no-choice = No decision is waiting for you there.

## Main menu

menu-subtitle = The French Intervention in Mexico, 1861–1867
menu-new-game = New campaign
menu-scenario = Scenario:
menu-scenario-error = The scenario could not be read: { $error }
menu-no-scenario = Choose a scenario that can be read first.
menu-bad-parameter = { $name }: { $error }
menu-side = Your side
menu-opponent = Opponent
menu-opponent-ai = Computer
menu-opponent-hotseat = Second player
    .help = Two players take turns at this computer (hotseat).
menu-opponent-watch = Watch AI against AI
    .help = The computer plays both sides; you watch the war unfold.
button-cancel-recruits = Cancel these recruits
    .help = Withdraw this month's recruiting here: the money is not spent and the men stay in the province.
menu-difficulty = Difficulty
menu-difficulty-easy = Easy
    .help = The computer misjudges the odds, never combines its armies and spends half of what it could. Same troops and money as you.
menu-difficulty-normal = Normal
    .help = The computer weighs every move soundly and, when its strategy says the time has come, brings several armies together on one target.
menu-difficulty-hard = Hard
    .help = As normal, but it brings its armies together against you whenever it can, without waiting for the moment its strategy names. It never gets more troops or money than you.
menu-seed = Random seed
    .help = The same seed and the same orders always give the same war.
menu-parameters = What if…? Counterfactual levers
    .help = Each lever starts at its historical value; move it within its plausible range to explore another history.
menu-source = Source: { $source }
button-historical = Back to history
button-start = Begin the campaign
menu-load-game = Load a game
menu-no-saves = No saved games yet.
menu-language = Language
button-quit = Quit
menu-map-credit = Province map derived from "Map of Mexico" (@svg-maps/mexico 2.0.0) by Victor Cazanave, based on the MapSVG map of Mexico, under CC BY 4.0; states merged into the units of 1861, reprojected, simplified.

## Game over

gameover-winner = { $side ->
    [republic] Victory for the Republic
   *[empire] Victory for the Empire
}
gameover-undecided = The war ends undecided
gameover-chart = Provinces held, month by month
gameover-axis-year = Year
gameover-axis-provinces = Provinces
gameover-series-empire = Empire (this game)
gameover-series-republic = Republic (this game)
gameover-series-history = Empire (history)
gameover-chart-note = History: provinces held by the Intervention and the Empire at the end of each year.
button-new-campaign = New campaign
