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
## La crónica. Los números llegan dos veces: $men para el plural, $men-text con formato para leer.
## Los bandos llegan como selectores ($side es `republic` o `empire`; $holder puede ser también
## `contested`), para que cada idioma elija sus artículos y contracciones.
chronicle-month = — { $month } —
chronicle-battle-attacker-won = Batalla en { $province }: { $attacker ->
    [republic] la República
   *[empire] el Imperio
} ({ $attackers-text } hombres) derrota { $defender ->
    [republic] a la República
   *[empire] al Imperio
} ({ $defenders-text }); bajas: { $attacker_losses-text } y { $defender_losses-text }.
chronicle-battle-defender-held = Batalla en { $province }: { $defender ->
    [republic] la República
   *[empire] el Imperio
} ({ $defenders-text } hombres) rechaza { $attacker ->
    [republic] a la República
   *[empire] al Imperio
} ({ $attackers-text }); bajas: { $attacker_losses-text } y { $defender_losses-text }.
chronicle-prisoners = { $men ->
    [one] Un hombre cae prisionero.
   *[other] { $men-text } hombres caen prisioneros.
}
chronicle-evaded = Un ejército rehúye la batalla y se retira de { $from } hacia { $to } ({ $men-text } bajas en la marcha).
chronicle-siege = Sigue el sitio de { $province }; a sus defensas les queda { $fort-text }.
chronicle-surrendered = { $province } capitula: { $side ->
    [republic] la República
   *[empire] el Imperio
} pierde { $men-text } hombres, hechos prisioneros.
chronicle-dispersed = Un ejército se disuelve en { $province } y se suma a las guerrillas ({ $men-text } hombres).
chronicle-control-occupied = Ocupación de { $province }: la provincia queda en manos { $holder ->
    [republic] de la República
    [empire] del Imperio
   *[contested] de nadie
}.
chronicle-control-drift = Sin guarnición, { $province } { $holder ->
    [republic] vuelve a manos de la República
    [empire] pasa a manos del Imperio
   *[contested] escapa al control de ambos bandos
}.
chronicle-fever = La fiebre en la costa: { $side ->
    [republic] la República
   *[empire] el Imperio
} pierde { $men-text } hombres ({ $contingent }).
chronicle-supply = Aislado en territorio hostil, { $side ->
    [republic] el ejército republicano
   *[empire] el ejército imperial
} pierde { $men-text } hombres ({ $contingent }).
chronicle-desertion = Sin paga, desertan { $men-text } hombres ({ $contingent }).
chronicle-siege-losses = El hambre y las enfermedades matan tras las murallas a { $men-text } hombres ({ $contingent }).
chronicle-guerrilla-losses = Las emboscadas le cuestan { $side ->
    [republic] a la República
   *[empire] al Imperio
} { $men-text } hombres ({ $contingent }).
chronicle-guerrilla = Guerra de guerrillas en { $province }: caen { $guerrillas-text } guerrilleros y { $garrison-text } soldados de la guarnición.
chronicle-event = { $title }.
chronicle-choice = { $side ->
    [republic] La República
   *[empire] El Imperio
} decide: { $choice }.
chronicle-power-joined = { $power } se une { $side ->
    [republic] a la República
   *[empire] a la Intervención
}.
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
chronicle-reinforced = { $side ->
    [republic] La República
   *[empire] El Imperio
} recibe { $men-text } hombres ({ $contingent }) en { $province }.
chronicle-withdrawn = { $men-text } hombres ({ $contingent }) se embarcan de regreso.
chronicle-winner = { $side ->
    [republic] Victoria de la República.
   *[empire] Victoria del Imperio.
}
chronicle-undecided = La guerra queda sin decidir.
chronicle-holdings = Territorio: República { $republic-text }, en disputa { $contested-text }, Imperio { $empire-text }; voluntad de Francia: { $will }.

## Ensayos en lote, comparación de contrafácticos y calibración (aguila trials, compare, calibrate).
lab-progress = Jugando campañas
lab-trials-header = { $label }: { $runs-text } { $runs ->
    [one] campaña
   *[other] campañas
} (semillas { $first }–{ $last }) en { $seconds } s.
lab-parameters = Parámetros cambiados: { $set }
lab-section-winners = Quién ganó (proporción de ensayos, intervalo de Wilson al 95 %)
lab-winner-republic = La República
lab-winner-empire = El Imperio
lab-winner-none = Indecisa o detenida
lab-section-dates = Fechas clave (cuartiles sobre todos los ensayos; «tras el fin» si aún no había ocurrido)
lab-section-provinces = Provincias en poder de cada bando al final de cada año: mediana (cuartiles)
lab-never = tras el fin
lab-col-p25 = 25 %
lab-col-median = mediana
lab-col-p75 = 75 %
lab-col-happened = ocurrió
lab-col-month = mes
lab-col-republic = República
lab-col-contested = disputadas
lab-col-empire = Imperio
lab-col-mean = media
lab-col-ci = intervalo 95 %
lab-date-capital-falls = La capital cae en manos de la Intervención
lab-date-regency = Se proclama la Regencia
lab-date-empire = Se proclama el Imperio (Maximiliano)
lab-date-withdrawal = Francia anuncia la retirada
lab-date-french-gone = Se van las últimas tropas francesas
lab-date-empire-ends = Fin del Imperio
lab-wrote = Escritos trials.csv, provinces.csv, summary.json y provinces.svg en { $dir }.
lab-error = error: { $message }
lab-error-no-runs = --runs debe ser al menos 1.
lab-error-out-not-dir = --out { $path } es un archivo, no una carpeta.
lab-error-out-create = no se puede crear la carpeta { $path }: { $reason }
lab-error-write = no se puede escribir { $path }: { $reason }
lab-error-compare-both = --variant modifica un solo escenario: indique --scenario una sola vez.
lab-error-compare-nothing = no hay nada que comparar: indique --variant "nombre=valor …" o dos veces --scenario.
lab-error-compare-maps = estos escenarios tienen mapas distintos y no se pueden comparar.
lab-error-empty-variant = una --variant está vacía: escríbala como "nombre=valor nombre=valor".
lab-compare-header = { $variants-text } configuraciones × { $runs-text } campañas con las mismas semillas (desde { $first }) en { $seconds } s.
lab-compare-baseline = Referencia: { $label }
lab-compare-variant = Variante: { $label }
lab-compare-differences = Diferencias, «{ $variant }» menos «{ $baseline }» (ensayos emparejados):
lab-compare-note = (Positivo significa más tarde o más a menudo. Una fecha que no había llegado al final de un ensayo cuenta como el mes siguiente a ese final.)
lab-measure-empire-ends = Fin del Imperio (meses)
lab-measure-republic-wins = Gana la República (puntos porcentuales)
lab-measure-withdrawal = Anuncio de la retirada (meses)
lab-measure-french-gone = Salida de las últimas tropas francesas (meses)
lab-measure-capital-falls = Caída de la capital (meses)
lab-paragraph = En { $runs-text } ensayos emparejados, con «{ $variant }» el Imperio { $direction ->
    [later] sobrevive una mediana de { $months ->
        [one] un mes
       *[other] { $months-text } meses
    } más que con «{ $baseline }»
    [earlier] cae una mediana de { $months ->
        [one] un mes
       *[other] { $months-text } meses
    } antes que con «{ $baseline }»
   *[same] termina, en la mediana, el mismo mes que con «{ $baseline }»
} (diferencia media de { $mean } meses, intervalo del 95 % de { $low } a { $high }). La República gana el { $wins-variant } de los ensayos en lugar del { $wins-baseline }, y Francia anuncia su retirada { $withdrawal-direction ->
    [later] una mediana de { $withdrawal-months ->
        [one] un mes
       *[other] { $withdrawal-months-text } meses
    } más tarde
    [earlier] una mediana de { $withdrawal-months ->
        [one] un mes
       *[other] { $withdrawal-months-text } meses
    } antes
   *[same] al mismo tiempo, en la mediana
}.
lab-calibrate-header = Calibración frente a la historia: { $runs-text } campañas del escenario histórico y de cada contrafáctico, con las mismas semillas.
lab-calibrate-inside = dentro
lab-calibrate-outside = FUERA
lab-calibrate-unmeasured = sin medir
lab-calibrate-history = historia
lab-calibrate-model = modelo
lab-calibrate-window = margen
lab-calibrate-footer = { $inside-text } de { $targets-text } objetivos dentro de su margen.
lab-calibrate-quartiles = mediana { $median } (cuartiles { $p25 } – { $p75 })
lab-calibrate-republic-wins = Gana la República
lab-calibrate-history-republic = sí (1867)
lab-calibrate-provinces = Provincias en poder de la Intervención a finales de { $year }
lab-calibrate-us = Guerra de Secesión hasta 1867: el Imperio dura más
lab-calibrate-europe = Sin guerra austro-prusiana: el Imperio dura más
lab-calibrate-allies = Gran Bretaña y España se quedan: la capital cae más tarde
lab-calibrate-history-later = más tarde, como sostienen los historiadores
lab-calibrate-difference = media { $mean } meses (intervalo del 95 % de { $low } a { $high })
lab-calibrate-no-variant = falta el archivo de variante { $file }
lab-chart-title = Provincias en poder de la Intervención y del Imperio
lab-chart-x = Año (situación al final de cada mes)
lab-chart-y = Provincias en su poder
lab-chart-median = Mediana de los ensayos
lab-chart-history = Historia (notes.md, resumen de calibración)
lab-chart-band = Banda intercuartílica (25–75 %)
