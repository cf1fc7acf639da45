# La crónica de la guerra, mes a mes. Los números llegan dos veces: $men para el plural,
# $men-text con formato para leer. Un bando llega como cuatro argumentos, uno por cada lugar en
# la frase: $side (sujeto), $side-lead (al empezar la frase), $side-to (tras «a») y $side-of
# (tras «de»), cada uno con el nombre del bando en esa fecha (los términos de abajo).
chronicle-month = — { $month } —
chronicle-list = { $first } y { $last }

## Los bandos según la fecha. El del Imperio es la expedición aliada mientras España o Gran
## Bretaña acompañan a Francia; luego la Intervención, la Regencia, el Imperio.
-republic = { $case ->
   *[subject] la República
    [lead] La República
    [to] a la República
    [of] de la República
}
    .gender = feminine
-allies = { $case ->
   *[subject] la expedición aliada
    [lead] La expedición aliada
    [to] a la expedición aliada
    [of] de la expedición aliada
}
    .gender = feminine
-intervention = { $case ->
   *[subject] la Intervención
    [lead] La Intervención
    [to] a la Intervención
    [of] de la Intervención
}
    .gender = feminine
-regency = { $case ->
   *[subject] la Regencia
    [lead] La Regencia
    [to] a la Regencia
    [of] de la Regencia
}
    .gender = feminine
-empire = { $case ->
   *[subject] el Imperio
    [lead] El Imperio
    [to] al Imperio
    [of] del Imperio
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

## Ejércitos y sus jefes.
chronicle-force-led = { $army } al mando de { $leader }
chronicle-force-unnamed = un ejército

## Batallas, y escaramuzas: combates en que el bando menor tiene menos de 250 hombres.
chronicle-battle-attacker-won = Batalla en { $province }: { $attacker } ({ $attacker_force }, { $attackers-text } hombres) derrota { $defender-to } ({ $defender_force }, { $defenders-text } hombres). Bajas: { $attacker } { $attacker_losses-text }, { $defender } { $defender_losses-text }.
chronicle-battle-defender-held = Batalla en { $province }: { $defender } ({ $defender_force }, { $defenders-text } hombres) rechaza { $attacker-to } ({ $attacker_force }, { $attackers-text } hombres). Bajas: { $attacker } { $attacker_losses-text }, { $defender } { $defender_losses-text }.
chronicle-skirmish-attacker-won = Escaramuza en { $province }: { $attackers-text } hombres { $attacker-of } ({ $attacker_force }) ahuyentan a { $defenders-text } { $defender-of }; bajas: { $attacker_losses-text } y { $defender_losses-text }.
chronicle-skirmish-defender-held = Escaramuza en { $province }: { $defenders-text } hombres { $defender-of } ({ $defender_force }) rechazan a { $attackers-text } { $attacker-of }; bajas: { $defender_losses-text } y { $attacker_losses-text }.
chronicle-battles = { $count ->
    [one] Otra batalla
   *[other] Otras { $count-text } batallas
} en { $provinces }: { $men-text } hombres en combate, { $losses-text } bajas.
chronicle-skirmishes = { $count-text } escaramuzas en { $provinces }: { $men-text } hombres en combate, { $losses-text } bajas.
chronicle-prisoners = { $men ->
    [one] Un hombre { $side-of } cae prisionero.
   *[other] { $men-text } hombres { $side-of } caen prisioneros.
}
chronicle-evaded = { $side-lead } rehúye la batalla: { $force } se retira de { $from } hacia { $to } ({ $men-text } bajas en la marcha).
chronicle-evasions = { $count-text } fuerzas { $side-of } rehúyen la batalla y se retiran de { $from } ({ $men-text } bajas en la marcha).

## Sitios: las defensas de una plaza en la escala del escenario, de 0 (ciudad abierta) a 5.
chronicle-siege = Sigue el sitio de { $province }; a sus defensas les queda { $fort-text } de { $full-text } (en una escala de 0 a 5).
chronicle-surrendered = { $province } capitula: { $side } pierde { $men-text } hombres, hechos prisioneros.

## Provincias que cambian de manos.
chronicle-control-occupied = Ocupación: { $provinces } { $count ->
    [one] queda
   *[other] quedan
} en manos { $side-of }.
chronicle-control-drift = Sin guarnición, { $provinces } { $count ->
    [one] pasa
   *[other] pasan
} a manos { $side-of }.
chronicle-control-contested = { $provinces } { $count ->
    [one] queda
   *[other] quedan
} en disputa: ningún bando { $count ->
    [one] la
   *[other] las
} domina.
chronicle-control-towns = En { $provinces } las partidas dominan el campo y la guarnición solo las ciudades: { $count ->
    [one] queda
   *[other] quedan
} en disputa.
chronicle-control-bands = { $provinces } { $count ->
    [one] pasa
   *[other] pasan
} a manos { $side-of }: las partidas han desgastado la guarnición.

## Pérdidas fuera de batalla (todas las de una clase en un mes, juntas).
chronicle-guerrilla = { $count ->
    [one] Guerra de guerrillas en { $provinces }
   *[other] Incursiones guerrilleras en { $count-text } provincias ({ $provinces })
}: las guarniciones { $side-of } pierden { $garrison-text } hombres; las partidas, { $guerrillas-text }.
chronicle-fever = La fiebre en la costa: { $side } pierde { $men-text } hombres ({ $contingents }).
chronicle-supply = En territorio hostil y sin suministros, { $side } pierde { $men-text } hombres ({ $contingents }).
chronicle-desertion = Sin paga, desertan { $men-text } hombres { $side-of } ({ $contingents }).
chronicle-siege-losses = El hambre y las enfermedades matan tras las murallas a { $men-text } hombres { $side-of } ({ $contingents }).
chronicle-guerrilla-losses = Las emboscadas le cuestan { $side-to } { $men-text } hombres ({ $contingents }).
chronicle-dispersed = { $count ->
    [one] Un ejército se disuelve
   *[other] { $count-text } ejércitos se disuelven
} en las guerrillas de { $provinces } ({ $men-text } hombres).

## Los jefes.
chronicle-leader-died = { $count ->
    [one] Muere
   *[other] Mueren
} { $leaders }.
chronicle-leader-captured = { $leaders } { $count ->
    [one] cae prisionero
   *[other] caen prisioneros
}.
chronicle-leader-defected = { $leaders } { $count ->
    [one] se pasa
   *[other] se pasan
} al otro bando.
chronicle-leader-neutral = { $leaders } { $count ->
    [one] se retira
   *[other] se retiran
} de la guerra.
chronicle-leader-arrived = { $leaders } { $count ->
    [one] entra
   *[other] entran
} en campaña.

## Los sucesos del escenario: el título como encabezado, el texto histórico debajo.
chronicle-event = • { $title }
chronicle-choice = { $side-lead } decide: { $choice }.
chronicle-power-joined = { $power } se une { $side-to }.
chronicle-power-left = { $power } abandona la guerra; { $men-text } hombres vuelven a casa.
chronicle-polity-intervention = { -intervention(case: "lead") } gobierna solo por la fuerza.
chronicle-polity-regency = Se proclama una Regencia en la Ciudad de México, a la espera de un monarca.
chronicle-polity-empire = Se proclama el Segundo Imperio Mexicano; reina Maximiliano.
chronicle-polity-fallen = { -empire(case: "lead") } ha caído.
chronicle-france-committed = Francia renueva su compromiso con la expedición.
chronicle-france-withdrawing = Francia anuncia la retirada de su ejército (voluntad política: { $will-text } de { $max-text }).
chronicle-france-gone = Las últimas tropas francesas abandonan México.
chronicle-reinforced = { $side-lead } recibe { $men-text } hombres ({ $contingent }) en { $province }.
chronicle-withdrawn = { $men-text } hombres embarcan de regreso: { $parts }.
chronicle-withdrawn-part = { $men-text } ({ $contingent })
