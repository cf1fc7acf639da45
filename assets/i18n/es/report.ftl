# El informe del turno, la lista de partidas guardadas y la pregunta antes de salir.

report-title = Lo ocurrido en { $month }
report-battles = Batallas
report-surrenders = Sitios terminados
report-won = Provincias ganadas
report-lost = Provincias perdidas
report-changed = Provincias que cambiaron de manos
report-destroyed = Ejércitos destruidos
report-events = Acontecimientos
report-province-won = Ahora dominamos { $province }.
report-province-lost = Perdimos { $province } a manos { $holder-of }.
report-province-lost-contested = Ya no dominamos { $province }: ahora está en disputa.
report-province-taken = { $holder-lead } tomó { $province }.
report-province-contested = { $province } está ahora en disputa.
report-army-destroyed = { $army } ({ $side }) ya no existe.
report-quiet = Un mes tranquilo: no hubo batallas y ninguna provincia cambió de manos.
report-go-to = Ir
    .hint = Seleccionar esta provincia y mostrarla en el centro del mapa
report-hint = T vuelve a abrir este informe
button-close = Cerrar
help-report = el informe del último mes

chronicle-newest = Volver a lo más reciente

save-summary = { $month } · { $side } · { $scenario }
save-autosave-name = Autoguardado
save-players-hotseat = dos jugadores
save-players-watch = observada, IA contra IA
save-players-unknown = bando no registrado
save-unreadable = ilegible
save-delete = Borrar
    .hint = Borrar esta partida (pregunta antes)
save-delete-confirm = Borrar de verdad
save-delete-failed = No se pudo borrar { $file }: { $error }
save-delete-outside = el archivo no está en la carpeta de partidas guardadas

leave-title = ¿Volver al menú?
leave-text = La guerra está en { $month }. Se perdería lo hecho desde la última vez que se guardó.
leave-save = Guardar y salir
leave-anyway = Salir sin guardar

event-sources = Fuentes

details-watch-title = Observando la guerra
details-watch = La computadora da las órdenes de ambos bandos. Haz clic en una provincia o en un ejército para ver sus datos; la barra espaciadora pausa y reanuda la guerra.
chronicle-empty-watch = Aún no ha pasado nada: se está jugando el primer mes.
