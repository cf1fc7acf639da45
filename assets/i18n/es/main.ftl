# Textos comunes a la línea de órdenes y al juego: idioma, calendario, números, bandos.
language-name = Español
number-group-separator = ,
number-decimal-separator = .
# Como se escribe en México, lo predeterminado; estas regiones agrupan con punto y usan coma decimal.
number-group-separator-ES = .
number-decimal-separator-ES = ,
number-group-separator-AR = .
number-decimal-separator-AR = ,
number-group-separator-BO = .
number-decimal-separator-BO = ,
number-group-separator-CL = .
number-decimal-separator-CL = ,
number-group-separator-CO = .
number-decimal-separator-CO = ,
number-group-separator-EC = .
number-decimal-separator-EC = ,
number-group-separator-PY = .
number-decimal-separator-PY = ,
number-group-separator-UY = .
number-decimal-separator-UY = ,
number-group-separator-VE = .
number-decimal-separator-VE = ,
money-pesos = { $amount-text } pesos
money-thousands = { $amount-text } mil pesos
money-millions = { $amount-text } { $amount ->
    [one] millón
   *[other] millones
} de pesos
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
## Lo que cada bando domina cada mes (el resto de la crónica: chronicle.ftl; el final de la guerra: outcome.ftl).
chronicle-holdings = Territorio: la República { $republic-text }, en disputa { $contested-text }, { $empire_side } { $empire-text }; voluntad de Francia: { $will } de { $max-text }.

## Ensayos en lote, comparación de contrafácticos y calibración (aguila trials, compare, calibrate).
lab-progress = Jugando campañas
lab-trials-header = { $label }: { $runs-text } { $runs ->
    [one] campaña
   *[other] campañas
} (semillas { $first }–{ $last }) en { $seconds } s.
lab-parameters = Parámetros cambiados: { $set }
lab-section-winners = Quién ganó (proporción de ensayos, intervalo de Wilson al 95 %)
lab-winner-republic = La República
lab-winner-empire = El bando imperial
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
lab-date-empire-ends = Cae el bando imperial
lab-wrote = Escritos trials.csv, provinces.csv, tracks.csv, summary.json y los gráficos provinces.svg, provinces.png, tracks.svg y tracks.png en { $dir }.
lab-error = error: { $message }
lab-error-no-runs = --runs debe ser al menos 1.
lab-error-too-many = { $what ->
    [runs] --runs { $asked } es más de lo que puede jugar un escenario: como mucho { $most }.
    [trials] { $asked } pruebas en total son más de las que puede jugar un lote: como mucho { $most } (menos --runs, o menos escenarios).
   *[jobs] --jobs { $asked } son más hilos de los que puede abrir un lote: como mucho { $most } (0 es uno por núcleo).
}
lab-error-out-not-dir = --out { $path } es un archivo, no una carpeta.
lab-error-out-create = no se puede crear la carpeta { $path }: { $reason }
lab-error-write = no se puede escribir { $path }: { $reason }
lab-error-png = no se puede dibujar { $chart } como PNG: { $reason }
lab-error-compare-both = --variant modifica un solo escenario: indique --scenario una sola vez.
lab-error-compare-nothing = no hay nada que comparar: indique --variant "nombre=valor …" o dos veces --scenario.
lab-error-compare-maps = estos escenarios tienen mapas distintos y no se pueden comparar.
lab-error-empty-variant = una --variant está vacía: escríbala como "nombre=valor nombre=valor".
lab-compare-header = { $variants-text } configuraciones × { $runs-text } campañas con las mismas semillas (desde { $first }) en { $seconds } s.
lab-compare-baseline = Referencia: { $label }
lab-compare-variant = Variante: { $label }
lab-compare-differences = Diferencias, «{ $variant }» menos «{ $baseline }» (ensayos emparejados):
lab-compare-note = (Positivo significa más tarde o más a menudo. Una fecha que no había llegado al final de un ensayo cuenta como el mes siguiente a ese final.)
lab-measure-empire-ends = Cae el bando imperial (meses)
lab-measure-republic-wins = Gana la República (puntos porcentuales)
lab-measure-withdrawal = Anuncio de la retirada (meses)
lab-measure-french-gone = Salida de las últimas tropas francesas (meses)
lab-measure-capital-falls = Caída de la capital (meses)
lab-calibrate-header = Calibración frente a la historia: { $runs-text } campañas del escenario histórico y de cada contrafáctico, con las mismas semillas.
lab-calibrate-inside = dentro
lab-calibrate-outside = FUERA
lab-calibrate-unmeasured = sin medir
lab-calibrate-history = historia
lab-calibrate-model = modelo
lab-calibrate-window = margen
lab-calibrate-footer = { $inside-text } de { $targets-text } objetivos dentro de su margen.
lab-calibrate-quartiles = mediana { $median } (cuartiles { $p25 } – { $p75 })
lab-calibrate-wins = { $side ->
    [republic] Gana la República
   *[empire] Gana la Intervención
}
lab-calibrate-history-won = sí ({ $year })
lab-calibrate-history-lost = no
lab-calibrate-history-none = sin registro
lab-calibrate-provinces = Provincias en poder de { $side ->
    [republic] la República
   *[empire] la Intervención
} a finales de { $year }
lab-calibrate-later = { $variant }: { $date ->
    [empire_ends] el Imperio dura más
    [capital_falls] la capital cae más tarde
    [withdrawal_announced] Francia anuncia más tarde su retirada
    [french_gone] los franceses se quedan más tiempo
    [regency] la Regencia llega más tarde
   *[empire_proclaimed] el Imperio se proclama más tarde
}
lab-calibrate-none = { $file } no tiene objetivos históricos (su sección `history` no enumera `targets`): no hay nada que calibrar.
lab-calibrate-history-later = más tarde, como sostienen los historiadores
lab-calibrate-difference = media { $mean } meses (intervalo del 95 % de { $low } a { $high })
lab-calibrate-no-variant = falta el archivo de variante { $file }
lab-chart-title = Provincias en poder de la Intervención y del Imperio
lab-chart-x = Año (situación al final de cada mes)
lab-chart-y = Provincias en su poder
lab-chart-median = Mediana de los ensayos
lab-chart-history = Historia (el registro del escenario, con sus fuentes)
lab-chart-band = Banda intercuartílica (25–75 %)

## Palabras propias de la línea de comandos: errores, advertencias, problemas con archivos.
cli-error = error: { $message }
cli-warning = advertencia: { $message }
cli-invalid-value = valor no válido '{ $value }' para { $option }: { $reason }
cli-unknown-option = no existe la opción '{ $option }'{ $suggestion ->
        [none] {""}
       *[other] ; ¿quisiste decir '{ $suggestion }'?
    }
cli-unknown-command = no existe el comando '{ $command }'{ $suggestion ->
        [none] {""}
       *[other] ; ¿quisiste decir '{ $suggestion }'?
    }
cli-missing = falta: { $options }
cli-conflict = { $option } no se puede usar junto con { $other }
cli-see-help = Para ver los comandos y sus opciones: aguila --help
cli-possible-values = puede ser { $values }
cli-no-client = Esta versión no tiene ventana de juego (se compiló sin la función `client`).
    Prueba `aguila run --seed 7`, `aguila scenarios` o `aguila --help`.
cli-lang-unknown = no hay traducción para `{ $code }`: los mensajes van en `{ $used }` (idiomas: { $available })
io-not-found = no existe ese archivo o carpeta
io-permission-denied = no tienes permiso
io-not-text = no es un archivo de texto (UTF-8)
io-is-a-directory = es una carpeta, no un archivo
io-already-exists = ya existe
io-storage-full = el disco está lleno
io-other = { $detail }
run-saved = (partida guardada al comenzar { $month } en { $file })
run-not-saved = la guerra terminó antes de { $month }; no se guardó nada
run-month-outside = { $option } { $month } está fuera de los meses de esta guerra (de { $first } a { $last }): no haría nada
run-save-over-other = --save-at escribiría sobre { $file }, que no es una partida guardada de este juego; indica otro archivo
texts-syntax-errors = { $file }: { $errors ->
    [one] un error
   *[other] { $errors-text } errores
} de sintaxis de Fluent; se usa el resto del archivo
texts-template-header = Traducción del escenario `{ $scenario }` al idioma `{ $lang }`.
    Cada mensaje lleva como comentario el texto en inglés del archivo del escenario y, debajo, la traducción.

## Nombres de los ejércitos que se forman durante la partida.
army-levies = Reclutas de { $province }
army-of = Ejército de { $province }
army-reinforcements = Refuerzos de { $province }
army-detachment = { $army } (destacamento)

## aguila check: qué está mal en un archivo de escenario o de variante. Los ids, los nombres
## de campo y la sintaxis RON entre comillas invertidas son código y se dejan como están.
check-ok = { $file }: correcto ({ $provinces ->
    [one] una provincia
   *[other] { $provinces-text } provincias
}, { $leaders ->
    [one] un líder
   *[other] { $leaders-text } líderes
}, { $events ->
    [one] un acontecimiento
   *[other] { $events-text } acontecimientos
}, { $warnings ->
    [0] sin advertencias
    [one] una advertencia
   *[other] { $warnings-text } advertencias
})
check-failed = { $file }: { $errors ->
    [one] un error
   *[other] { $errors-text } errores
}
check-file-has-errors = { $file } tiene { $errors ->
    [one] un error
   *[other] { $errors-text } errores
}
check-cannot-read = no se puede leer { $file }: { $reason }
check-here = aquí
check-help = ayuda: { $help }
check-did-you-mean = ¿quisiste decir `{ $suggestion }`?
check-expected-one-of = se esperaba uno de estos: { $list }
check-unknown-field = campo desconocido `{ $field }`
check-unknown-field-in = campo desconocido `{ $field }` en { $outer }
check-missing-field = falta el campo `{ $field }`
check-missing-field-in = falta el campo `{ $field }` en { $outer }
check-unknown-variant = variante desconocida `{ $variant }`
check-unknown-variant-in = variante desconocida `{ $variant }` de { $outer }
check-duplicate-field = el campo `{ $field }` aparece dos veces
check-ron-eof = El archivo RON se termina antes de tiempo
check-ron-eof-help = seguramente hay un `(` o un `[` abierto más arriba que nunca se cierra
check-ron-expected-array = Se esperaba `[` para abrir una lista
check-ron-expected-array-end = Se esperaba `]` para cerrar la lista
check-ron-expected-boolean = Se esperaba `true` o `false`
check-ron-expected-comma = Se esperaba una coma
check-ron-expected-number = Se esperaba un número
check-ron-expected-integer = Se esperaba un número entero
check-ron-expected-option = Se esperaba un valor opcional: `Some(…)` o `None`
check-ron-expected-paren-end = Se esperaba `)` para cerrar
check-ron-expected-map = Se esperaba `{"{"}` para abrir
check-ron-expected-colon = Se esperaban dos puntos `:`
check-ron-expected-map-end = Se esperaba `{"}"}` para cerrar
check-ron-expected-paren = Se esperaba `(` para abrir
check-ron-expected-paren-for = Se esperaba `(` para abrir { $name }
check-ron-wrong-struct-name = Se esperaba { $expected }, pero se encontró { $found }
check-ron-expected-unit = Se esperaba `()`
check-ron-expected-string = Se esperaba un texto entre comillas dobles
check-ron-expected-string-end = A este texto le faltan las comillas `"` de cierre
check-ron-expected-identifier = Se esperaba un nombre
check-ron-integer-out-of-bounds = Este número es demasiado grande o demasiado pequeño para su campo
check-ron-unexpected-char = Carácter inesperado `{ $char }`
check-ron-trailing = Sobra texto después del final del valor principal del archivo
check-ron-unclosed-comment = Comentario sin cerrar: hay un `/*` sin su `*/`
check-expected-num = Se esperaba un número, o Param("id_del_parámetro")
check-expected-month = Se esperaba un mes como "AAAA-MM", o Param("id_del_parámetro")
check-expected-param-value = Se esperaba el valor de un parámetro: true/false, un número o un mes "AAAA-MM"
check-ron-invalid-type = Se esperaba { $expected }, pero se encontró { $found }
serde-struct = un { $name } entre paréntesis `(…)`
serde-enum = una de las opciones de { $name }
serde-the-string = el texto { $value }
serde-the-integer = el número entero { $value }
serde-the-number = el número { $value }
serde-the-boolean = { $value }
serde-sequence = una lista entre corchetes `[…]`
serde-map = un mapa entre llaves
serde-string = un texto entre comillas dobles
serde-boolean = `true` o `false`
serde-number = un número
serde-integer = un número entero
serde-unit = `()`
serde-option = `Some(…)` o `None`
serde-identifier = un nombre
check-ron-wrong-length = Se esperaba { $expected }, pero { $found ->
    [0] no hay ningún elemento
    [one] hay un solo elemento
   *[other] hay { $found-text } elementos
}
check-ron-bad-name = `{ $word }` no es un nombre válido aquí: un nombre lleva letras, dígitos y `_`, y empieza por letra (los textos van entre comillas dobles)
check-ron-bad-escape = Este escape después de `\` no es válido dentro de un texto
check-ron-expected-char = Se esperaba un carácter entre comillas simples
check-ron-bad-number = Este número no está bien escrito
check-ron-too-deep = El archivo tiene demasiados niveles anidados
check-ron-not-utf8 = Este texto no es UTF-8 válido
check-ron-other = Error de sintaxis RON: { $detail }
check-format-version = format_version es { $found }, pero esta versión del juego lee el formato { $expected }
check-ends-before-start = el escenario termina ({ $end }) antes de empezar ({ $start })
check-duplicate-id = el id { $kind ->
    [province] de provincia
    [leader] de líder
    [contingent] de contingente
    [track] de indicador
    [parameter] de parámetro
    [terrain] de terreno
    [power] de potencia
    [event] de acontecimiento
    [army] de ejército
   *[victory] de regla de victoria
} `{ $id }` se usa dos veces
check-ids-unique = cada id debe ser único
check-missing-track = las reglas necesitan un indicador `{ $track }`
check-param-bound-kind = parámetro `{ $id }`: { $bound } es { $bound_kind ->
    [bool] verdadero/falso
    [month] un mes
   *[number] un número
}, pero el valor predeterminado es { $default_kind ->
    [bool] verdadero/falso
    [month] un mes
   *[number] un número
}
check-param-default = parámetro `{ $id }`: el valor predeterminado { $problem }
check-param-unexplained = el parámetro `{ $id }` necesita una explicación y una fuente
check-param-month-for-number = el parámetro `{ $id }` es un mes, pero en { $path } se necesita un número
check-param-not-month = el parámetro `{ $id }` no es un mes, pero en { $path } se necesita un mes
check-param-not-bool = el parámetro `{ $id }` se usa como condición en { $path }, pero no es verdadero/falso
check-track-min-max = indicador `{ $id }`: min y max deben ser números, min menor que max
check-not-finite = `{ $value }` no es un número que un escenario pueda usar: todo número debe ser finito
check-not-finite-help = escribe un número corriente, como 0.5 o 1000
check-id-not-plain = el id del escenario `{ $id }` solo puede tener letras, cifras, `_` y `-`: da nombre a los archivos de traducción del escenario
check-track-initial = el indicador `{ $id }` empieza en { $value }, fuera de su rango, de { $min } a { $max }
check-province-support = provincia `{ $id }`: el apoyo a cada bando va de 0 a 100, y entre los dos no pueden pasar de 100
check-province-control = provincia `{ $id }`: el control debe estar entre -100 y 100
check-number-out-of-range = `{ $path }` vale { $value }, { $kind ->
    [share] pero es una proporción y debe estar entre 0 y 1
    [non-negative] pero no puede ser negativo
    [positive] pero debe ser mayor que 0
   *[between] fuera de su rango, de { $min } a { $max }
}
check-province-fortification = provincia `{ $id }`: las fortificaciones van de 0 a 5
check-province-revenue = provincia `{ $id }`: los ingresos no pueden ser negativos
check-province-no-people = la provincia `{ $id }` no tiene habitantes
check-terrain-multipliers = terreno `{ $id }`: los multiplicadores deben ser positivos
check-border-to-itself = `{ $id }` tiene { $kind ->
    [border] una frontera
   *[sea-lane] una ruta marítima
} consigo misma
check-border-twice = { $kind ->
    [border] la frontera
   *[sea-lane] la ruta marítima
} entre `{ $a }` y `{ $b }` aparece dos veces
check-border-twice-help = las fronteras valen en los dos sentidos: anota cada par una sola vez
check-no-land-route = la provincia `{ $id }` no tiene camino por tierra hasta `{ $first }`
check-contingent-values = contingente `{ $id }`: la calidad debe ser positiva, el mantenimiento no puede ser negativo y la deserción va de 0 a 1
check-leader-skill = líder `{ $id }`: la pericia va de 0 a 5
check-leader-loyalty = líder `{ $id }`: la lealtad va de 0 a 100
check-army-leader-side = ejército `{ $id }`: su líder `{ $leader }` sirve al otro bando
check-leader-two-armies = el líder `{ $id }` está al mando de dos ejércitos
check-army-no-troops = el ejército `{ $id }` no tiene tropas
check-army-foreign-troops = el ejército `{ $id }` ({ $side ->
    [republic] de la República
   *[empire] del Imperio
}) tiene hombres de `{ $contingent }`, un contingente del otro bando
check-event-chance = acontecimiento `{ $id }`: chance es una probabilidad, de 0 a 1
check-event-chooser-without-choices = el acontecimiento `{ $id }` dice quién decide (chooser), pero no ofrece opciones
check-event-choices-without-chooser = el acontecimiento `{ $id }` ofrece opciones, pero no dice quién decide
check-event-choices-without-chooser-help = agrega `chooser: Republic` o `chooser: Empire`
check-choice-twice = acontecimiento `{ $event }`: la opción `{ $id }` aparece dos veces
check-choice-weight = opción `{ $id }`: ai_weight no puede ser negativo
check-event-no-source = el acontecimiento `{ $id }` no cita ninguna fuente
check-history-month = { $what }: el mes { $month } está fuera del escenario ({ $start } … { $end })
check-history-count = { $count } provincias son más que las { $provinces } provincias del mapa
check-history-twice = { $what } figura dos veces en la historia
check-history-window = la ventana termina ({ $to }) antes de empezar ({ $from })
check-history-share = la proporción { $share } debe ser un número de 0 a 1
check-history-no-date = este objetivo necesita el mes histórico de `{ $date }`: añádelo a `key_dates`
check-history-no-count = este objetivo necesita las provincias que { $side } tenía a finales de { $month }: añádelas a `provinces_held`
check-history-no-variant = este objetivo necesita el nombre de un archivo de variante en `counterfactuals/`
check-source-empty = este `source` está vacío
check-source-missing = este `source` cita `{ $path }`, que no está en el repositorio
check-source-help = cita una sección de las notas de docs/history/ (p. ej. `docs/history/timeline.md 1863-06-10`) o una obra de la bibliografía
check-rule-share = rules.{ $name } es una proporción y debe estar entre 0 y 1, no { $value }
check-rule-held-threshold = rules.control.held_threshold debe ser mayor que 0 y como máximo 100
check-rule-towns-only = rules.control.bands_hold_country no puede ser negativo y, si es mayor que 0, rules.control.towns_only debe ir de 0 hasta por debajo de held_threshold
check-rule-withdrawal-schedule = rules.france.withdrawal_schedule: los meses deben ir en aumento y las proporciones, entre 0 y 1
check-strategy-twice = strategy: { $side } tiene dos estrategias; cada bando puede tener una como máximo
check-strategy-weights = estrategia de { $side }: los pesos y la reserva deben ser cero o más, y repression_at, como mucho tres números crecientes
check-unknown-ref = { $kind ->
    [province] provincia desconocida
    [leader] líder desconocido
    [contingent] contingente desconocido
    [track] indicador desconocido
    [parameter] parámetro desconocido
    [terrain] terreno desconocido
    [power] potencia desconocida
   *[event] acontecimiento desconocido
} `{ $id }` (en { $path })
check-known-ids = { $kind ->
    [province] provincias conocidas
    [leader] líderes conocidos
    [contingent] contingentes conocidos
    [track] indicadores conocidos
    [parameter] parámetros conocidos
    [terrain] terrenos conocidos
    [power] potencias conocidas
   *[event] acontecimientos conocidos
}: { $ids }
check-missing-translation = falta la traducción `{ $lang }` de `{ $key }`; se muestra el texto en inglés
check-missing-translation-help = agrega `{ $key } = …` a i18n/{ $lang }/{ $scenario }.ftl, junto al escenario
check-missing-translations = { $count ->
    [one] un texto del escenario no tiene traducción `{ $lang }` (`{ $first }`); se muestra en inglés
   *[other] { $count-text } textos del escenario no tienen traducción `{ $lang }` (el primero es `{ $first }`); se muestran en inglés
}
check-missing-translations-help = `aguila check --verbose { $file }` los enumera uno por uno; `aguila texts { $file } --lang { $lang }` escribe una plantilla para completar

## Archivos de variantes contrafácticas.
variant-invalid = no es una variante válida: { $problem }
variant-invalid-help = una variante tiene format_version, id, title, question, plausibility, sources, base y set
variant-format-version = el formato de variante { $found } no es compatible (esta versión lee el formato { $expected })
variant-empty-field = `{ $field }` está vacío
variant-no-source = una variante cita al menos una fuente
variant-no-change = una variante cambia al menos un parámetro
variant-no-change-help = agrega, por ejemplo, ("us_civil_war_end", "1867-01") a `set`
variant-set-twice = el parámetro `{ $name }` se cambia dos veces
variant-no-base = no se puede leer el escenario base `{ $base }` (se buscó en { $path })
variant-no-base-help = `base` se escribe a partir de la carpeta del archivo de la variante, p. ej. "../historical_1861.ron"
variant-base-outside = la base `{ $base }` está fuera de la carpeta del escenario { $folder }; no se abrió
variant-base-outside-help = una variante puede nombrar un escenario de la carpeta que contiene la suya o de sus subcarpetas, con una ruta relativa como "../historical_1861.ron", nunca una ruta absoluta ni un enlace que salga de esa carpeta
variant-base-is-variant = la base `{ $base }` también es una variante
variant-base-is-variant-help = haz que `base` apunte a un archivo de escenario

## Valores de los parámetros (--set nombre=valor, variantes, menú del juego).
bad-month = `{ $text }` no es un mes: escríbelo como AAAA-MM, p. ej. 1862-05
param-wrong-kind = debe ser { $expected ->
    [bool] verdadero o falso
    [month] un mes
   *[number] un número
}, no { $found ->
    [bool] verdadero o falso
    [month] un mes
   *[number] un número
}
param-below-range = { $value } está por debajo del rango plausible ({ $range })
param-above-range = { $value } está por encima del rango plausible ({ $range })
param-range-between = de { $min } a { $max }
param-range-from = desde { $min }
param-range-up-to = hasta { $max }
param-range-any = cualquier valor
set-unknown-parameter = parámetro desconocido `{ $name }`; los parámetros del escenario son: { $known }
set-unknown-parameter-suggest = parámetro desconocido `{ $name }` (¿quisiste decir `{ $suggestion }`?); los parámetros del escenario son: { $known }
set-not-bool = el parámetro `{ $name }` solo puede valer true o false, no `{ $value }`
set-not-number = el parámetro `{ $name }` es un número, no `{ $value }`
set-not-month = parámetro `{ $name }`: `{ $value }` no es un mes: escríbelo como AAAA-MM, p. ej. 1862-05
set-out-of-range = parámetro `{ $name }`: { $problem }
set-not-assignment = `{ $text }` no tiene la forma nombre=valor

## Partidas guardadas.
save-not-readable = { $file } no es una partida guardada que se pueda leer: { $problem }
save-wrong-version = { $file } se guardó con el formato { $found }; esta versión del juego lee el formato { $expected }
save-io = { $file }: { $reason }
save-problem-at = línea { $line }, columna { $column }: { $detail }
save-problem-scenario = su escenario no es válido: { $problem }
save-problem-count = el número de { $what ->
    [provinces] provincias
    [leaders] líderes
    [tracks] indicadores
    [parameters] parámetros
    [powers] potencias
   *[event-records] registros de acontecimientos
} ({ $found }) no coincide con el de su escenario ({ $expected })
save-problem-army = el ejército { $army } se refiere a algo que su escenario no tiene
save-problem-army-order = sus ejércitos no están ordenados por id
save-problem-references = se refiere a un acontecimiento o a un líder que su escenario no tiene
save-problem-order = la orden { $order } se refiere a algo que su escenario no tiene
save-problem-value = { $what } vale { $value }, fuera de su intervalo de { $low } a { $high }
save-problem-army-id = el ejército { $army } tiene un id igual o mayor que el siguiente id de ejército de la partida
save-problem-men = el ejército { $army } tiene un destacamento de { $men } hombres; un destacamento puede tener { $most } como mucho
save-problem-all-men = sus ejércitos suman { $men } hombres; una partida puede tener { $most } como mucho
save-problem-leader = { $problem ->
    [two-armies] el líder { $leader } manda dos ejércitos (el segundo es el ejército { $army })
    [other-side] el líder { $leader } manda el ejército { $army }, del bando al que no sirve
   *[not-serving] el líder { $leader } manda el ejército { $army } pero no está en servicio
}
save-problem-month = su mes { $month } está fuera de las fechas de su escenario (de { $start } a { $end })
save-problem-choice = espera una decisión sobre el acontecimiento { $event }, que no ofrece ninguna o aún no ha ocurrido

## The command line's own help (aguila --help)
help-aguila = Águila y Corona: juego de estrategia por turnos y simulación de la Segunda Intervención Francesa en México (1861-1867)
help-aguila-lang = Idioma (en, es, pt, …) de la ventana del juego cuando no se da ningún comando; cada comando acepta además su propio --lang
help-check = Revisa archivos de escenario y señala cada error con su lugar
help-check-files = Archivos de escenario o de variante, o ids de escenarios incorporados o de mods
help-check-json = Escribe los hallazgos en JSON (cada uno con un `code` que no depende del idioma)
help-check-lang = Idioma de los mensajes (en, es, pt, …); por omisión, el del sistema
help-texts = Escribe la plantilla de traducción de un escenario para un idioma (para traductores)
help-texts-file = Archivo de escenario
help-texts-lang = Idioma de la plantilla, y de los mensajes si el juego lo tiene: es, pt, fr…
help-run = Juega una campaña con ambos bandos en manos de la IA y escribe su crónica
help-run-scenario = Escenario o variante: un archivo, o el id de un escenario incorporado o de un mod (`aguila scenarios` los lista); por defecto, la guerra histórica incorporada
help-run-seed = Semilla aleatoria (1 si no se da); con --load, una semilla nueva para el resto de la guerra
help-run-until = Detenerse después de este mes (AAAA-MM) aunque la guerra siga
help-run-set = Cambia un parámetro contrafactual: --set nombre=valor (se puede repetir)
help-run-json = Escribe un resultado legible por máquina en lugar de la crónica
help-run-save-at = Guarda el estado al empezar MONTH en FILE (RON): --save-at 1864-06 FILE
help-run-load = Continuar una partida guardada en lugar de empezar un escenario; con --set o --seed, una rama desde el mes guardado
help-run-lang = Idioma de la crónica (en, es, pt, …); por omisión, el del sistema
help-run-policy = Quién juega ambos bandos: la IA en un nivel (easy, normal, hard) o la política fija de referencia (baseline)
help-trials = Juega muchas campañas en paralelo y da proporciones, fechas clave y provincias en poder de cada bando
help-trials-scenario = Escenario o variante: un archivo o un id (`aguila scenarios` los lista); por defecto, la guerra histórica incorporada
help-trials-set = Cambia un parámetro contrafactual: --set nombre=valor (se puede repetir)
help-trials-out = Escribe trials.csv, provinces.csv, summary.json y provinces.svg en esta carpeta
help-compare = Compara contrafactuales con las mismas semillas (pruebas pareadas)
help-compare-scenario = Escenario o variante: un archivo o un id (por defecto, la guerra histórica incorporada); dalo dos o más veces para compararlos (el primero es la referencia)
help-compare-variant = Una variante del escenario: "nombre=valor nombre=valor" (se puede repetir); cada una se compara con el escenario tal cual
help-compare-set = Cambia un parámetro en todas las partidas: --set nombre=valor (se puede repetir)
help-compare-out = Escribe trials.csv, provinces.csv, summary.json y provinces.svg en esta carpeta
help-calibrate = Compara el modelo con las metas históricas de calibración
help-calibrate-scenario = El escenario histórico (un archivo o un id; por defecto, el incorporado); las metas contrafactuales usan las variantes de su carpeta counterfactuals/
help-calibrate-json = Escribe el informe en JSON
help-batch-runs = Número de campañas (por variante)
help-batch-seed = Semilla de la primera prueba; la prueba i usa la semilla S+i
help-batch-until = Detener cada campaña después de este mes (AAAA-MM)
help-batch-jobs = Hilos (0: uno por núcleo)
help-batch-policy = Quién juega ambos bandos: la IA en un nivel (easy, normal, hard) o la política fija de referencia (baseline)
help-batch-lang = Idioma del informe (en, es, pt, …); por omisión, el del sistema
help-play = Abre la ventana del juego
help-play-scenario = Escenario con el que empezar: un archivo, o el id de un escenario incorporado o de un mod
help-play-smoke = Arranca, juega unos turnos con la IA en ambos bandos, guarda aquí una captura de pantalla y sale
help-play-lang = Idioma de la interfaz (en, es, pt…); si no, el elegido en el menú y luego el del sistema
help-common-help = Muestra la ayuda
help-common-version = Muestra la versión
help-common-help-command = Muestra este mensaje o la ayuda del comando indicado
help-common-usage = Uso:
help-common-options = Opciones
help-common-commands = Comandos
help-common-arguments = Argumentos
help-common-default = por omisión: { $value }

## Replays and branches.
help-check-verbose = Enumerar cada texto del escenario que le falta a una traducción, no una línea por idioma
help-run-record = Grabar la guerra como repetición en FILE (su estado inicial, las órdenes de cada mes y la huella del estado tras cada uno), para `aguila replay`
help-replay = Reproducir una guerra grabada (`run --record`) y comprobar que llega adonde se grabó
help-replay-file = El archivo de repetición
help-replay-verify = Solo comprobar que las reglas llegan a cada mes grabado; sin crónica
help-replay-lang = Idioma de la crónica y de los mensajes (en, es, pt, …); por defecto el del sistema
run-recorded = Repetición grabada en { $file }.
run-branch-lever = { $name } de { $before } a { $after }
run-branch = Una rama de { $file } desde { $month }: { $changes ->
    [0] las mismas palancas
    [one] una palanca cambiada ({ $levers })
   *[other] { $changes-text } palancas cambiadas ({ $levers })
}, { $new-seed ->
    [yes] y una semilla nueva, { $seed }.
   *[no] y los sorteos propios de la guerra guardada.
}
branch-read-at-start = `{ $name }` solo se lee al empezar la guerra: una rama desde { $month } no puede cambiarla (empieza una guerra nueva con --scenario y --set)
branch-month-passed = `{ $name }` indica { $was }, un mes que la guerra ya vivió en { $month }: una rama no puede cambiarla
branch-month-before = `{ $name }` = { $value } es anterior a { $month }, el primer mes de la rama
branch-events-fired = `{ $name }` solo lo leen eventos que esta guerra ya tuvo ({ $events }): una rama desde { $month } no puede cambiarla
replay-format = esta repetición tiene el formato { $found }; esta versión lee el formato { $expected }
replay-edited = esta repetición se modificó después de grabarse (su contenido no coincide con su huella)
replay-months = los meses de esta repetición están desordenados, siguen después del fin de la guerra o pasan de { $max }
replay-refused = las reglas rechazan la orden { $number } de { $month } en esta repetición
replay-diverged = las reglas no llegaron al estado grabado al final de { $month }: la repetición se hizo con otra versión de las reglas o se modificó
replay-over-other = { $file } no es una repetición: no se escribirá una repetición encima
replay-verified = { $file }: { $months ->
    [one] un mes reproducido
   *[other] { $months-text } meses reproducidos
}, cada uno llega al estado grabado; { $over ->
    [yes] la guerra ha terminado.
   *[no] la guerra queda en { $month }.
}

## The tracks by month (tracks.svg, tracks.csv)

lab-tracks-title = La voluntad de Francia y las presiones sobre ella, mes a mes
lab-tracks-points = puntos en la escala del indicador
lab-tracks-drains-title = Lo que movió la voluntad de Francia, sumado desde el inicio (bajo 0: lo que le quitó): { $variant }
lab-tracks-drains-axis = puntos de voluntad de Francia
lab-tracks-legend-median = línea: mediana de los ensayos; banda: la mitad central (25–75 %)
