# El paquete del docente (`aguila pack`, `aguila check`, `aguila run --pack`) y el balance
# (`aguila debrief`). Los textos propios del paquete (título, preguntas, predicción) son
# palabras del docente y se muestran tal como están escritos.

pack-invalid = este no es un archivo de paquete que este juego pueda leer: { $problem }
pack-invalid-help = un paquete se escribe Pack(format_version: 1, title: "…", scenario: "../historical_1861.ron", locked: [], free: [], sides: [Republic], turns: 54, questions: [(text: "…")], prediction: (prompt: "…"))
pack-format-version = el formato de paquete { $found } no es el que lee este juego ({ $expected })
pack-empty-field = `{ $field }` no puede estar vacío
pack-one-choice = una predicción no ofrece opciones (respuesta libre) o al menos dos, ninguna vacía
pack-sides = `sides` indica el bando de los alumnos: [Republic], [Empire] o ambos, una vez cada uno
pack-lever-twice = la palanca `{ $name }` aparece dos veces entre las fijas y las libres
pack-file-outside = `{ $file }` está fuera de la carpeta de escenarios del paquete { $folder }: un paquete solo puede nombrar archivos de esa carpeta o de más abajo
pack-file-missing = no existe el archivo `{ $file }` (se buscó { $path })
pack-scenario-not-scenario = `{ $file }` es una variante o un paquete, no un escenario
pack-scenario-not-scenario-help = ponga el escenario en `scenario` y la variante en `variants`
pack-variant-other-scenario = la variante `{ $file }` modifica otro escenario que el del paquete ({ $scenario })
pack-lever-locked-and-free = la palanca `{ $name }` está a la vez fija y libre
pack-range-on-yes-no = `{ $name }` es una palanca de sí o no: los alumnos pueden ponerla de cualquier modo y no admite rango
pack-range-reversed = el rango de `{ $name }` va al revés, de { $from } a { $to }
pack-turns-outside = `turns` vale { $turns }, pero la guerra tiene { $months } meses: una lección juega de 1 a { $months }
pack-turns-long = { $turns } meses es una lección larga: a unos 45 segundos por mes, más de { $most } no caben en 45 minutos
pack-lever-locked = el paquete fija `{ $name }` en { $value }; los alumnos solo pueden cambiar: { $free }
pack-lever-outside = el paquete deja mover `{ $name }` de { $from } a { $to }, no a { $value }
pack-free-syntax = `{ $text }` no es una palanca libre: escriba nombre, o nombre=BAJO..ALTO (puede omitirse un extremo)
pack-side-unknown = `{ $text }` no es un bando: escriba republic o empire
pack-needs-options = para escribir un paquete, indique --scenario, --side, --turns, --question, --prediction, --title y --out
pack-no-such-file = no existe tal archivo
pack-out-not-pack = { $file } existe y no es un paquete: se deja como está (elija otro --out)
pack-written = Se escribió el paquete { $file } (hash { $hash }).
pack-check-ok = { $file }: correcto, paquete { $hash } ({ $warnings ->
    [one] 1 advertencia
   *[other] { $warnings } advertencias
})
pack-header = { $title } (paquete { $hash }): se juega con { $sides }, { $turns } meses, hasta { $last }
pack-questions = Preguntas:
pack-prediction-prompt = Predicción: { $prompt }
pack-prediction-not-a-choice = «{ $given }» no es una de las respuestas del paquete: { $choices }
run-saved-end = Estado guardado en { $month } en { $file }.
save-problem-lesson = su registro de la lección está dañado (entrada { $entry })

debrief-other-scenario = { $file } es una partida del escenario `{ $found }`, no del escenario del paquete `{ $expected }`
debrief-no-pack = { $file } no se jugó con un paquete del docente
debrief-hash-mismatch = { $file } se jugó con el paquete { $found }, no con este ({ $expected })
debrief-written = Se escribieron { $files } en { $dir } (paquete { $hash }).
debrief-title = { $title } — el balance de { $student }
debrief-subtitle = Paquete { $hash } · jugando con { $sides } · { $months } meses jugados, de { $first } a { $last }
debrief-levers = Palancas movidas respecto del paquete: { $levers }
debrief-levers-pack = Palancas: como las fija el paquete.
debrief-prediction-heading = Tu predicción
debrief-prediction-none = (no se registró ninguna predicción)
debrief-what-happened = Lo que pasó: { $summary }
debrief-standing-won = { $side } ganó en { $month }.
debrief-standing-undecided = La guerra terminó sin decidirse en { $month }.
debrief-standing-going = La guerra seguía al final de la lección ({ $month }).
debrief-standing-unplayed = No se jugó ni un mes.
debrief-dates-came = Fechas clave que llegaron: { $list }.
debrief-dates-none = No llegó ninguna de las fechas clave.
debrief-history-heading = Dónde tu guerra se apartó de la historia
debrief-col-date = Fecha clave
debrief-col-history = Historia
debrief-col-yours = Tu guerra
debrief-col-computer = Guerras del ordenador (mediana)
debrief-col-computer-median = Guerras del ordenador (mediana)
debrief-col-standing = Antes / mismo mes / después entre ellas
debrief-col-month = Mes
debrief-col-side = Bando
debrief-came-share = llegó en el { $share }
debrief-not-by-end = no antes del final de la lección
debrief-after-lesson = { $month }, después de la lección
debrief-empire-headline = Tu Imperio duró más que en el { $longer } de las { $runs } guerras del ordenador con este paquete, lo mismo en el { $same } y menos en el { $shorter }.
debrief-why-heading = Qué llevó a ello
debrief-earlier = { $months ->
    [one] 1 mes antes que en la historia
   *[other] { $months } meses antes que en la historia
}
debrief-later = { $months ->
    [one] 1 mes después que en la historia
   *[other] { $months } meses después que en la historia
}
debrief-never = no había llegado en { $last }; en la historia llegó en { $history }
debrief-came-before-history = llegó en { $month }; en la historia llegó solo en { $history }, después de la lección
debrief-no-events = ningún suceso de esta guerra en su registro tiene que ver con ello.
debrief-no-divergence = Cada fecha clave de la lección llegó cuando llegó en la historia.
debrief-will = La voluntad de Francia pasó de { $from } a { $to }; lo que más la movió: { $causes }.
debrief-provinces-heading = Provincias en poder de cada bando frente a la historia
debrief-no-history-provinces = La historia del escenario no cuenta provincias en los meses jugados.
debrief-questions-heading = Las preguntas
debrief-evidence-date = { $date }: historia { $history }; tu guerra { $yours }; guerras del ordenador { $median } (llegó en el { $share })
debrief-evidence-winner = Tu guerra: { $standing } Guerras del ordenador: la República ganó el { $republic }, el Imperio el { $empire }, sin decidir o en curso al final de la lección el { $none }.
debrief-evidence-provinces = Al final de { $month }, tu guerra: la República { $r }, disputadas { $c }, el Imperio { $e } provincias; guerras del ordenador (mediana): { $mr }, { $mc }, { $me }.
debrief-class-title = { $title } — la clase frente al modelo
debrief-class-subtitle = Paquete { $hash } · { $students ->
    [one] 1 alumno
   *[other] { $students } alumnos
} · { $runs } guerras del ordenador con las palancas del paquete, hasta { $last }
debrief-col-class = La clase (mediana, llegó)
debrief-class-standing-heading = Cómo estaban las guerras al final de la lección
debrief-col-class-count = La clase
debrief-col-model-share = Guerras del ordenador
debrief-outcome-going = Sin decidir o en curso
debrief-class-predictions-heading = Predicciones
debrief-col-student = Alumno
debrief-col-prediction = Predicción
debrief-col-standing-end = Al final
debrief-col-empire-longer = El Imperio duró más que en

packscreen-menu-title = Abrir un paquete del docente
packscreen-file = Archivo del paquete
packscreen-open = Abrir
packscreen-not-open = Abra primero un paquete.
packscreen-hash = Paquete { $hash } · { $turns } meses, hasta { $last }. Compruebe que este código es el que dio su docente.
packscreen-questions = Preguntas por responder
packscreen-prediction = Tu predicción, antes de jugar
packscreen-predict-first = Registra tu predicción antes de que empiece la lección.
packscreen-levers = Palancas (el paquete fija las que no puedes mover)
packscreen-locked = fija
packscreen-start = Empezar la lección
packscreen-lesson = Lección: { $title } ({ $hash })
packscreen-until = La lección termina después de { $last }.
packscreen-your-prediction = Tu predicción: { $prediction }
packscreen-over = La lección ha terminado. Tu guerra está guardada en { $file }: entrega este archivo a tu docente.
packscreen-back = Menú principal

help-run-pack = Jugar una guerra con un paquete del docente: su escenario, sus palancas fijas, su límite de turnos.
help-run-prediction = Con --pack: la predicción registrada antes de la guerra (una de las respuestas del paquete, por número o por texto).
help-run-save = Guardar el estado en FILE cuando se detiene la partida (fin de la guerra, --until o el límite del paquete).
help-pack = Escribir un paquete del docente (una lección sobre un escenario), o comprobar uno con --check.
help-pack-check = Comprobar un archivo de paquete en vez de escribir uno.
help-pack-out = El archivo de paquete que se escribe.
help-debrief = Leer las partidas de los alumnos frente a su paquete: un balance en Markdown y CSV.
help-debrief-pack = El paquete del docente que jugaron los alumnos.
help-debrief-saves = Las partidas guardadas de los alumnos.
help-debrief-out = La carpeta donde se escribe el balance (se crea si falta).
help-play-pack = Abrir un paquete del docente en el menú principal, listo para la lección.
