## Barridos, sensibilidad, la dirección declarada de cada palanca y el párrafo honesto de la
## comparación (aguila sweep, sensitivity, calibrate, compare).
lab-cancelled = se cancelaron las pruebas.
lab-error-sweep-nothing = nada que barrer: da --values a,b,c o --range BAJO..ALTO.
lab-error-range-syntax = --range «{ $range }» no es un intervalo: escríbelo BAJO..ALTO, con dos números o dos meses (AAAA-MM), p. ej. --range 60..140.
lab-error-range-order = --range «{ $range }» está vacío: su extremo bajo debe ir antes que el alto.
lab-error-range-steps = --steps { $steps } son muy pocos: un intervalo necesita al menos 2 pasos.
lab-error-range-bool = --range necesita una palanca de número o de mes; esta es sí/no: usa --values false,true.
lab-sensitivity-header = Sensibilidad de { $label } (archivo de escenario { $hash }): { $settings-text } { $settings ->
    [one] ajuste
   *[other] ajustes
} × { $runs-text } { $runs ->
    [one] campaña
   *[other] campañas
} en { $seconds } s. Todos los ajustes juegan a propósito las mismas semillas, { $first }–{ $last } (pruebas pareadas), así que cada diferencia es entre las mismas guerras.
lab-sensitivity-lever = palanca
lab-sensitivity-as-is = { $value } (tal cual)
lab-sensitivity-value = valor
lab-sensitivity-note = (Cada celda: la diferencia media con el escenario tal cual, con su intervalo del 95 %. Positivo significa más tarde, o más a menudo; una proporción va en puntos porcentuales.)
lab-sensitivity-wrote = Escritos sensitivity.csv, trials.csv, tornado.svg y tornado.png en { $dir }.
lab-tornado-title = Lo que hace cada palanca: { $label }
lab-tornado-note = Diferencia pareada media con el escenario tal cual, con su intervalo del 95 %; { $runs-text } pruebas por ajuste con las mismas semillas; archivo de escenario { $hash }
lab-tornado-low = palanca en su valor bajo
lab-tornado-high = palanca en su valor alto
lab-sweep-header = Barrido de «{ $lever }» sobre { $values-text } { $values ->
    [one] valor
   *[other] valores
} de { $label } (archivo de escenario { $hash }): { $runs-text } { $runs ->
    [one] campaña
   *[other] campañas
} por valor en { $seconds } s. Todos los valores juegan a propósito las mismas semillas, { $first }–{ $last } (pruebas pareadas), así que se comparan sobre las mismas guerras.
lab-sweep-wins = Gana la República (intervalo del 95 %)
lab-sweep-note = (Fechas: mediana, con los cuartiles entre paréntesis; «después del final» si aún no había ocurrido.)
lab-sweep-wrote = Escritos sweep.csv, trials.csv, sweep.svg y sweep.png en { $dir }.
lab-sweep-title = La guerra según el valor de la palanca: { $lever }
lab-sweep-chart-note = Proporciones con su intervalo del 95 %; fechas como mediana y cuartiles; { $runs-text } pruebas por valor con las mismas semillas; archivo de escenario { $hash }

## La dirección declarada de una palanca, revisada por `aguila check` y por `aguila calibrate`.
check-lever-direction = parámetro `{ $id }`: { $kind ->
    [date] una fecha se mueve `Later` o `Earlier`
   *[share] una proporción se mueve `More` o `Less`
}
check-lever-no-range = el parámetro `{ $id }` declara cómo mueve la guerra pero no tiene un intervalo en el que jugarlo: dale `min` y `max`
check-lever-unexplained = parámetro `{ $id }`: su dirección declarada necesita un `why` y un `source`
lab-lever-outcome = { $outcome ->
    [empire_ends] cae el bando imperial
    [capital_falls] la capital cae
    [withdrawal_announced] Francia anuncia su retirada
    [french_gone] las últimas tropas francesas se van
   *[republic_wins] la República gana
} { $direction ->
    [later] más tarde
    [earlier] antes
    [more] más a menudo
   *[less] menos a menudo
}
lab-calibrate-lever = { $lever }, de { $low } a { $high }: { $claim }
lab-calibrate-lever-stated = declarado ({ $source })
lab-calibrate-lever-effect = { $verdict ->
    [as_stated] como se declara
    [against] EN CONTRA de la dirección declarada
   *[no_clear_effect] SIN EFECTO CLARO
}: media { $mean } { $unit ->
    [months] meses
   *[points] puntos porcentuales
} (intervalo del 95 % de { $low } a { $high })
lab-calibrate-lever-window = un efecto claro, como se declara
lab-calibrate-lever-unstated = { $lever }: no declara dirección
lab-calibrate-lever-unstated-model = no medido: el escenario no declara dirección para ella

## El párrafo de la comparación: empieza por el mayor efecto claro y dice llanamente cuándo las
## pruebas no distinguen una diferencia.
lab-honest-lead = En { $runs-text } { $runs ->
    [one] prueba pareada
   *[other] pruebas pareadas
} (las mismas guerras jugadas de las dos maneras), la mayor diferencia clara entre «{ $variant }» y «{ $baseline }» es que con «{ $variant }» { $effect }.
lab-honest-also = Además, { $effect }.
lab-honest-unclear = Las pruebas no distinguen una diferencia en { $list }: { $count ->
    [one] su intervalo del 95 % incluye
   *[other] cada intervalo del 95 % incluye
} el cero.
lab-honest-none = En { $runs-text } { $runs ->
    [one] prueba pareada
   *[other] pruebas pareadas
} (las mismas guerras jugadas de las dos maneras), las pruebas no distinguen «{ $variant }» de «{ $baseline }»: en { $list }, cada intervalo del 95 % incluye el cero, así que cualquier diferencia es demasiado pequeña para verla con tantas pruebas.
lab-honest-date = { $measure ->
    [empire_ends] cae el bando imperial
    [capital_falls] la capital cae
    [withdrawal_announced] Francia anuncia su retirada
   *[french_gone] las últimas tropas francesas se van
} { $amount ->
    [one] un mes
   *[other] { $amount-text } meses
} { $direction ->
    [later] más tarde
   *[earlier] antes
} en promedio (intervalo del 95 %: entre { $low-text } y { $high-text } meses { $direction ->
    [later] más tarde
   *[earlier] antes
})
lab-honest-wins = la República gana { $amount ->
    [one] un punto porcentual
   *[other] { $amount-text } puntos porcentuales
} { $direction ->
    [more] más a menudo
   *[less] menos a menudo
} ({ $share-variant } de las pruebas en lugar de { $share-baseline }; intervalo del 95 %: entre { $low-text } y { $high-text } puntos)
lab-honest-noun = { $measure ->
    [empire_ends] cuándo cae el bando imperial
    [capital_falls] cuándo cae la capital
    [withdrawal_announced] cuándo anuncia Francia su retirada
    [french_gone] cuándo se van las últimas tropas francesas
   *[republic_wins] cuán a menudo gana la República
}
lab-list-two = { $first } y { $last }
lab-list-more = { $first }, { $last }

## Ayuda de los nuevos comandos.
help-sweep = Juega una palanca con varios valores y las mismas semillas (una tabla y un gráfico)
help-sweep-scenario = Escenario o variante: un archivo o un id (`aguila scenarios` los lista); por defecto, la guerra histórica incorporada
help-sweep-param = La palanca que recorrer (el id de un parámetro)
help-sweep-values = Los valores que jugar, separados por comas: --values 1863-01,1865-04,1867-01
help-sweep-range = En su lugar, un intervalo de valores con ambos extremos: --range 60..140 (números o meses)
help-sweep-steps = Cuántos valores tomar a intervalos iguales en --range (al menos 2)
help-sweep-set = Cambia otro parámetro en todos los ajustes: --set nombre=valor (se puede repetir)
help-sweep-out = Escribe sweep.csv, trials.csv, sweep.svg y sweep.png en esta carpeta
help-sensitivity = Juega cada palanca en su valor plausible bajo y alto frente al valor por omisión (un tornado)
help-sensitivity-scenario = Escenario o variante: un archivo o un id (`aguila scenarios` los lista); por defecto, la guerra histórica incorporada
help-sensitivity-set = Cambia un parámetro en todos los ajustes: --set nombre=valor (se puede repetir)
help-sensitivity-out = Escribe sensitivity.csv, trials.csv, tornado.svg y tornado.png en esta carpeta
