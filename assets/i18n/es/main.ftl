# Textos comunes a la línea de órdenes y al juego: idioma, calendario, números, bandos.
language-name = Español
number-group-separator = ,
number-decimal-separator = .
month-year = { $month ->
    [1] enero
    [2] febrero
    [3] marzo
    [4] abril
    [5] mayo
    [6] junio
    [7] julio
    [8] agosto
    [9] septiembre
    [10] octubre
    [11] noviembre
   *[12] diciembre
} de { $year }
side-republic = la República
side-empire = el Imperio
holder-republic = la República
holder-empire = el Imperio
holder-contested = nadie (disputada)

## La crónica. Los números llegan dos veces: $men para el plural, $men-text con formato para leer.
chronicle-month = — { $month } —
chronicle-battle-attacker-won = Batalla en { $province }: { $attacker } ({ $attackers-text } hombres) derrota a { $defender } ({ $defenders-text }); bajas: { $attacker_losses-text } y { $defender_losses-text }.
chronicle-battle-defender-held = Batalla en { $province }: { $defender } ({ $defenders-text } hombres) rechaza a { $attacker } ({ $attackers-text }); bajas: { $attacker_losses-text } y { $defender_losses-text }.
chronicle-prisoners = { $men ->
    [one] Un hombre cae prisionero.
   *[other] { $men-text } hombres caen prisioneros.
}
chronicle-evaded = Un ejército se escabulle de { $from } a { $to } y evita la batalla ({ $men-text } bajas en la marcha).
chronicle-siege = Sigue el sitio de { $province }; a sus murallas les queda { $fort-text }.
chronicle-surrendered = { $province } capitula: { $side } pierde { $men-text } hombres, hechos prisioneros.
chronicle-dispersed = Un ejército se disuelve en { $province } y se suma a las guerrillas ({ $men-text } hombres).
chronicle-control-occupied = { $province } es ocupada y ahora la controla { $holder }.
chronicle-control-drift = Sin guarnición, { $province } pasa a manos de { $holder }.
chronicle-fever = La fiebre en la costa: { $side } pierde { $men-text } hombres del { $contingent }.
chronicle-supply = Aislado en territorio hostil, { $side } pierde { $men-text } hombres del { $contingent }.
chronicle-desertion = Sin paga, desertan { $men-text } hombres del { $contingent }.
chronicle-siege-losses = El hambre y las enfermedades matan tras las murallas a { $men-text } hombres del { $contingent }.
chronicle-guerrilla-losses = Las emboscadas le cuestan a { $side } { $men-text } hombres del { $contingent }.
chronicle-guerrilla = Guerra de guerrillas en { $province }: caen { $guerrillas-text } guerrilleros y { $garrison-text } soldados de la guarnición.
chronicle-event = { $title }.
chronicle-choice = { $side } decide: { $choice }.
chronicle-power-joined = { $power } se une a { $side }.
chronicle-power-left = { $power } abandona la guerra; { $men-text } hombres vuelven a casa.
chronicle-leader-died = Muere { $leader }.
chronicle-leader-captured = { $leader } cae prisionero.
chronicle-leader-defected = { $leader } se pasa al otro bando.
chronicle-leader-neutral = { $leader } se retira de la guerra.
chronicle-leader-arrived = { $leader } entra en campaña.
chronicle-polity-intervention = La Intervención gobierna solo por la fuerza.
chronicle-polity-regency = Se proclama en la Ciudad de México una Regencia a la espera de un monarca.
chronicle-polity-empire = Se proclama el Segundo Imperio Mexicano; reina Maximiliano.
chronicle-polity-fallen = El Imperio ha caído.
chronicle-france-committed = Francia renueva su compromiso con la expedición.
chronicle-france-withdrawing = Francia anuncia la retirada de su ejército (voluntad política: { $will-text }).
chronicle-france-gone = Las últimas tropas francesas salen de México.
chronicle-reinforced = { $side } recibe { $men-text } hombres del { $contingent } en { $province }.
chronicle-withdrawn = { $men-text } hombres del { $contingent } se embarcan de regreso.
chronicle-winner = Victoria de { $side }.
chronicle-undecided = La guerra queda sin decidir.
chronicle-holdings = Territorio: República { $republic-text }, en disputa { $contested-text }, Imperio { $empire-text }; voluntad de Francia: { $will }.
