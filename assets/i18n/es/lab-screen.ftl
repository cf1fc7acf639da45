# La pantalla del Laboratorio: experimentos de muchas campañas, sus gráficos y su exportación.

## Menú principal

labscreen-menu-title = Laboratorio
labscreen-menu-text = Para el aula: juega cientos de campañas del escenario y de sus contrafactuales con la computadora en ambos bandos, y mira qué cambia, con su incertidumbre.
labscreen-open = Abrir el Laboratorio

## Preparación

labscreen-title = Laboratorio: ¿y si…?
labscreen-intro = Cada variante se juega con las mismas semillas que el escenario tal como es, así que las diferencias vienen del cambio y no de la suerte.
labscreen-variants = Variantes que comparar
labscreen-history-label = Valores históricos (el escenario tal como es)
    .help = Se juega siempre: cada variante se mide contra él.
labscreen-own-levers = Palancas propias
    .help = Ajusta a mano las palancas contrafactuales, dentro de sus márgenes plausibles.
labscreen-baseline = Valores históricos
labscreen-other-scenario = { $file } es una variante de otro escenario: no se puede comparar con este.
labscreen-own-levers-label = Tus palancas: { $set }
labscreen-own-levers-unchanged = Tus palancas (en sus valores históricos)
labscreen-not-a-variant = este archivo es un escenario, no una variante
labscreen-runs = Campañas por variante
    .help = Más campañas dan intervalos más estrechos, y tardan más.
labscreen-ai-level = { $side ->
    [republic] La computadora juega con la República
   *[empire] La computadora juega con el bando imperial
}
labscreen-seed = Primera semilla
    .help = La campaña número i usa esta semilla más i; las mismas semillas dan las mismas guerras.
labscreen-run = Jugar las campañas
labscreen-cancel = Detener
labscreen-back = Volver al menú
labscreen-error-runs = Las campañas por variante deben estar entre { $low-text } y { $high-text }.

## Resultados

labscreen-empty = Elige las variantes a la izquierda y juega las campañas: los gráficos aparecen aquí a medida que se juegan.
labscreen-progress = { $done-text } de { $total-text } campañas para { $variants ->
    [one] una variante
   *[other] cada una de { $variants-text } variantes
}
labscreen-status-running = jugando…
labscreen-status-finished = terminado
labscreen-status-cancelled = detenido: los gráficos muestran las campañas jugadas antes de detenerlo
labscreen-status = { $status } · semillas { $first } a { $last } · la República jugada en nivel { $republic }, el bando imperial en { $empire }
labscreen-winners = Quién ganó
labscreen-axis-share = Proporción de las campañas (%)
labscreen-interval = intervalo del 95 %
labscreen-share = { $share } (intervalo del 95 %: { $low } – { $high })
labscreen-winners-line = República { $republic } · bando imperial { $empire } · sin vencedor { $none }
labscreen-dates = Fechas clave
    .help = Cada caja contiene la mitad central de las campañas en que llegó el hecho, con la mediana dentro y bigotes del 5 % al 95 %; la línea discontinua es el mes en que ocurrió en la historia.
labscreen-date-history = { $date } (historia: { $month })
labscreen-date-came = en { $came-text } de { $trials-text } campañas
labscreen-history = Historia
labscreen-provinces = Provincias en manos de la Intervención y el Imperio
    .help = Líneas: la mediana de las campañas al final de cada mes; bandas: su mitad central (25–75 %); discontinua: la historia, según el registro del escenario.
labscreen-differences = Cada variante frente a los valores históricos
labscreen-axis-months = Meses, variante menos los valores históricos (punto: media; barra: intervalo del 95 %)
labscreen-trials = Las campañas una por una
    .help = Mira una como guerra en el mapa: la misma semilla y los mismos jugadores de la computadora dan la misma guerra.
labscreen-watch = Ver
labscreen-trial = Semilla { $seed }: { $outcome ->
    [republic] ganó la República
    [empire] ganó el Imperio
    [regency] ganó la Regencia
    [intervention] ganó la Intervención
   *[none] sin vencedor al terminar el escenario
}, { $month }

## Exportación

labscreen-export-folder = Exportar a
labscreen-export = Exportar
    .help = Escribe las tablas en CSV, los gráficos en PNG y SVG y todo el experimento como informe Markdown, en una carpeta nueva dentro de esta.
labscreen-exported = Escrito en { $dir }
labscreen-nothing-to-export = Aún no hay campañas: nada que exportar.
labscreen-report-title = Experimento del Laboratorio
labscreen-report-setup = { $runs-text } campañas por variante (de { $asked-text } pedidas), semillas { $first } a { $last }, las mismas para cada variante. La computadora jugó con la República en nivel { $republic } y con el bando imperial en { $empire }.
labscreen-report-no-changes = ninguna palanca cambiada
labscreen-report-files = Archivos: trials.csv (una fila por campaña), provinces.csv (provincias en manos de cada bando por mes), tracks.csv (la voluntad de Francia y las presiones sobre ella por mes), differences.csv (diferencias emparejadas), provinces.png y tracks.png (los gráficos, también en SVG).
labscreen-error-not-folder = { $path } es un archivo, no una carpeta: elige una carpeta a la que exportar.
labscreen-side-imperial = Bando imperial
    .help = La Intervención, luego la Regencia, luego el Imperio de Maximiliano: lo que la guerra hubiera alcanzado.
labscreen-tracks = La voluntad de Francia y las presiones sobre ella
    .help = Líneas: la mediana de las campañas al final de cada mes; bandas: la mitad central de ellas (25–75 %). Francia se retira cuando su voluntad ha caído lo bastante.
labscreen-drains = Lo que movió la voluntad de Francia, sumado desde el inicio: { $variant }
labscreen-axis-year = Año
labscreen-axis-points = Puntos
