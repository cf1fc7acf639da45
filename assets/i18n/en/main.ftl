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
side-republic = the Republic
side-empire = the Empire
holder-republic = the Republic
holder-empire = the Empire
holder-contested = nobody (contested)

## The chronicle. Numbers come twice: $men for plurals, $men-text formatted for reading.
chronicle-month = — { $month } —
chronicle-battle-attacker-won = Battle in { $province }: { $attacker } ({ $attackers-text } men) defeats { $defender } ({ $defenders-text }); losses { $attacker_losses-text } and { $defender_losses-text }.
chronicle-battle-defender-held = Battle in { $province }: { $defender } ({ $defenders-text } men) repulses { $attacker } ({ $attackers-text }); losses { $attacker_losses-text } and { $defender_losses-text }.
chronicle-prisoners = { $men ->
    [one] One man is taken prisoner.
   *[other] { $men-text } men are taken prisoner.
}
chronicle-evaded = An army slips away from { $from } to { $to }, avoiding battle ({ $men-text } lost on the march).
chronicle-siege = The siege of { $province } goes on; its walls are down to { $fort-text }.
chronicle-surrendered = { $province } surrenders: { $side } loses { $men-text } men as prisoners.
chronicle-dispersed = An army in { $province } melts into the guerrilla bands ({ $men-text } men).
chronicle-control-occupied = { $province } is occupied and now held by { $holder }.
chronicle-control-drift = Left to itself, { $province } passes to { $holder }.
chronicle-fever = Fever on the coast: { $side } loses { $men-text } men of the { $contingent }.
chronicle-supply = Cut off in hostile country, { $side } loses { $men-text } men of the { $contingent }.
chronicle-desertion = Unpaid, { $men-text } men of the { $contingent } desert.
chronicle-siege-losses = Hunger and disease kill { $men-text } men of the { $contingent } behind the walls.
chronicle-guerrilla-losses = Ambushes cost { $side } { $men-text } men of the { $contingent }.
chronicle-guerrilla = Guerrilla war in { $province }: { $guerrillas-text } guerrillas and { $garrison-text } soldiers of the garrison fall.
chronicle-event = { $title }.
chronicle-choice = { $side } decides: { $choice }.
chronicle-power-joined = { $power } joins { $side }.
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
chronicle-reinforced = { $side } receives { $men-text } men of the { $contingent } in { $province }.
chronicle-withdrawn = { $men-text } men of the { $contingent } embark for home.
chronicle-winner = Victory for { $side }.
chronicle-undecided = The war is undecided.
chronicle-holdings = Held: Republic { $republic-text }, contested { $contested-text }, Empire { $empire-text }; France's will { $will }.
