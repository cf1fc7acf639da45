# Textos de la ventana del juego.

## Bandos, control, posturas

ui-side-republic = República
ui-side-empire = Imperio
ui-holder-republic = la República
ui-holder-empire = el Imperio
ui-holder-contested = en disputa
stance-field = En campaña
    .help = Se mantiene firme y combate a quien lo ataque.
stance-evade = Eludir
    .help = Rehúye la batalla campal: se retira cuando lo atacan, a costa de algunas bajas.
stance-garrison = Guarnición
    .help = Defiende la plaza: combate tras las murallas, pero puede ser sitiado.
stance-besieging = Sitiando
    .help = Pone sitio a la plaza enemiga de esta provincia.
polity-intervention = La Intervención (aún sin gobierno mexicano)
polity-regency = La Regencia en la Ciudad de México
polity-empire = El Imperio de Maximiliano
polity-fallen = El Imperio ha caído
france-committed = Francia sostiene la expedición
france-withdrawing = Francia retira sus tropas
france-gone = Las últimas tropas francesas se han ido

## Terreno y mapa

terrain-plateau = Altiplano central
terrain-coast = Costa tropical
terrain-mountain = Sierra
terrain-desert = Desierto del norte
terrain-jungle = Selva y pantano
mapmode-political = Quién controla qué
mapmode-terrain = Terreno
mapmode-support = Apoyo popular
mapmode-guerrilla = Actividad guerrillera
mapmode-supply = Abastecimiento
map-united-states = ESTADOS UNIDOS
map-guatemala = GUATEMALA
map-gulf = Golfo de México
map-pacific = Océano Pacífico
legend-contested = en disputa (rayado)
legend-support-republic = se inclina por la República
legend-support-even = dividida
legend-support-empire = se inclina por el Imperio
legend-guerrilla-none = en calma
legend-guerrilla-many = muchas guerrillas
legend-supply-own = propia: abastecida
legend-supply-front = territorio enemigo junto al nuestro
legend-supply-cut = aislada: los ejércitos se desgastan
legend-fortress = plaza fuerte
legend-capital = capital
legend-port = puerto
legend-customs = aduana
legend-general = general

## Indicadores y sus causas

track-france-will = Voluntad de Francia
    .short = Francia
    .help = Cuánto tiempo más pagará París la guerra. El dinero, las bajas, Estados Unidos y los problemas en Europa la desgastan; las victorias la renuevan. Cuando se agota, Francia se retira.
track-us-pressure = Presión de EE. UU.
    .short = EE. UU.
    .help = Con cuánta fuerza presiona Washington para que Francia se vaya. Crece al terminar la Guerra de Secesión y con cada medida dura del Imperio.
track-european-crisis = Crisis europea
    .short = Europa
    .help = Prusia contra Austria: cuanto más amenaza la guerra en Europa, más necesita Napoleón III a sus soldados en casa.
track-legitimacy = Legitimidad de la República
    .short = Legitimidad
    .help = Si los mexicanos siguen viendo al gobierno de Juárez como el legítimo. Se sostiene mientras Juárez esté libre y la República conserve territorio suficiente.
track-french-ambition = Ambición francesa
cause-spending = el costo de la guerra
cause-casualties = las bajas francesas
cause-time = una guerra larga cansa a París
cause-us-pressure = la presión de Estados Unidos
cause-european-crisis = la crisis en Europa
cause-battles = batallas ganadas y perdidas
cause-clerical-policy = la política clerical
cause-non-recognition = Washington no reconoce al Imperio
cause-us-after-civil-war = la Unión, victoriosa, mira al sur
cause-repression = la represión
cause-decay = las tensiones se calman
cause-head-free = Juárez está libre
cause-head-lost = Juárez se ha perdido
cause-territory = muy poco territorio bajo control

## Barra superior

topbar-playing = Juega: { $side ->
    [republic] la República
   *[empire] el Imperio
}
topbar-watching = IA contra IA
topbar-treasury = Tesoro
topbar-provinces = Provincias
money = { $amount-text } M de pesos
money-year = { $amount-text } M de pesos al año
tooltip-treasury = { $side ->
    [republic] Tesoro de la República
   *[empire] Tesoro del Imperio
}, en millones de pesos. El mes pasado:
accounts-customs = aduanas
accounts-silver = minas de plata
accounts-taxes = impuestos
accounts-aid = préstamos y ayuda
accounts-upkeep = paga de las tropas
tooltip-unpaid = Las tropas no cobraron el mes pasado: hay deserciones.
tooltip-track-change = El mes pasado pasó de { $from-text } a { $to-text }, por:
tooltip-no-change-yet = Todavía no se ha jugado ningún mes.
tooltip-range = Escala de { $min-text } a { $max-text }.
tooltip-provinces = { $republic } en manos de la República, { $contested } en disputa, { $empire } en manos del Imperio.
button-end-turn = Terminar turno
button-menu = Menú
button-help = Ayuda
button-save = Guardar
button-pause = Pausa
button-resume = Reanudar
hint-end-turn = Da las órdenes del mes y termina el turno (Intro o Espacio). El otro bando mueve y se juega el mes.
hint-map-mode = Qué muestran los colores del mapa (teclas 1 a 5, o M)
resolving-month = Se está jugando el mes…

## Crónica

chronicle-title = Crónica
chronicle-hint = (C para ocultarla; se guarda toda la guerra)
chronicle-empty = Aún no ha pasado nada. Da tus órdenes y termina el turno.

## Panel de detalles

details-none-title = Tus órdenes
details-none = Haz clic en una de tus fichas de ejército para seleccionarla: se iluminan las provincias a las que puede llegar. Haz clic en una de ellas para marchar allí, o para atacar si la ocupa el enemigo. Haz clic en cualquier provincia para ver sus datos.
details-capital = Capital: { $capital }
details-held-by = Control:
details-terrain = Terreno
details-population = Población
details-guerrilla = Guerrilleros
details-fort = Fortificaciones
details-revenue = Ingresos
details-support = Apoyo
details-armies-here = Ejércitos aquí
details-army-of = { $side } · { $men-text } hombres
details-leader = Al mando de { $leader } (pericia { $skill })
details-stance = Postura:
tag-port = puerto
tag-us-border = frontera con EE. UU.
tag-fever = costa de la fiebre
tooltip-control = Control { $control-text }, de -100 (República) a +100 (Imperio).
tooltip-terrain = Aquí los defensores combaten a × { $defence-text }.
tooltip-revenue = Aduanas { $customs-text } y plata { $silver-text } millones de pesos al año, para quien la controle.
tooltip-quality = Valor combativo de un soldado: { $quality-text }
order-move = Órdenes: marchar sobre { $province }
order-siege = Órdenes: sitiar { $province }
order-disperse = Órdenes: dispersarse en guerrillas
order-none = Sin órdenes este mes
button-undo = Deshacer la orden
hint-undo = Retira la orden de este ejército (Retroceso)
button-besiege-here = Sitiar la plaza
button-disperse = Dispersar
hint-disperse = Disuelve el ejército en partidas guerrilleras en esta provincia.
hint-move = Haz clic en una provincia iluminada para marchar allí.

## Órdenes del panel lateral

unit-men = { " " }hombres
control-not-now = Ahora no: no te toca dar órdenes.
control-need-army = Primero selecciona uno de tus ejércitos.
control-need-province = Primero selecciona una provincia.
control-no-recruits = Tu bando no puede reclutar tropas.
control-none-to-merge = Aquí no hay otro ejército tuyo con el cual juntarse.
control-no-leader = Ninguno de tus generales está libre para tomar el mando.
control-already-leads = Ya está al mando de este ejército.
control-already-stance = El ejército ya tiene esa postura.
control-already-dispersing = El ejército ya tiene orden de dispersarse.
control-policy-limit = La política ya no puede ir más lejos por ese lado.
control-already-repression = La represión ya está en ese nivel.
button-detach = Destacar
hint-detach = Separa estos hombres en un nuevo ejército en la misma provincia, en postura de guarnición: para sostener una plaza mientras el resto sigue adelante. No cuesta nada; el nuevo ejército queda sin general.
hint-detach-amount = Hombres que se separan, tomados parejo de cada contingente.
button-merge = Juntar con { $army } ({ $men-text })
hint-merge = Suma este ejército al otro: los hombres se juntan y, si el otro no tiene general, el de este toma el mando. No cuesta nada; se retira la orden de este ejército.
details-assign = Cambiar de general ({ $key })
button-assign = { $leader } (pericia { $skill })
hint-assign = Toma el mando de inmediato. Su pericia pesa en cada batalla; un general solo puede pasar a un ejército de la provincia donde ya manda.
hint-assign-leads = Ahora manda { $army } en { $province }.
details-recruit = Reclutar tropas
details-manpower = Gente que aún se puede levar aquí: { $men-text } hombres
tooltip-manpower = Hombres en edad de pelear que esta provincia todavía puede dar. Cada leva los va agotando y se reponen despacio.
button-recruit = Reclutar { $men-text } hombres · { $cost }
hint-recruit-amount = Hombres a reclutar: a lo mucho lo que la provincia puede dar este mes.
hint-recruit = Recluta { $men-text } hombres por { $cost } (puedes gastar { $available }; esta provincia da a lo mucho { $max-text } más este mes). Se incorporan al final del mes, como ejército nuevo o con el tuyo que esté aquí.
order-recruit = Leva de { $men-text } hombres ({ $contingent }) este mes
details-empire = El gobierno de Maximiliano
details-policy = Política: { $value-text } (-100 clerical, +100 liberal)
tooltip-policy = Una política clerical mantiene de tu lado a los conservadores y a la Iglesia, pero agota la paciencia de Francia y de Washington. Una liberal gana las provincias liberales, pero le cuesta la lealtad de los generales y las provincias conservadoras.
details-policy-later = Todavía no hay emperador: la política se decide cuando reine Maximiliano.
button-clerical = Más clerical
button-liberal = Más liberal
hint-clerical = La política se mueve 25 puntos hacia la Iglesia: las provincias y los generales conservadores se mantienen leales, pero París y Washington pierden la paciencia.
hint-liberal = La política se mueve 25 puntos hacia los liberales: las provincias liberales se acercan al Imperio, pero los generales y las provincias conservadoras se enfrían.
details-repression = Represión
tooltip-repression = Una represión más dura acaba con las guerrillas donde están tus tropas, pero voltea al pueblo hacia la República, hace crecer las guerrillas y aumenta la presión de Estados Unidos. El nivel 3 es el Decreto Negro de octubre de 1865.
repression-0 = Ninguna
repression-1 = Moderada
repression-2 = Dura
repression-3 = Decreto Negro
hint-repression-keys = Teclas: , menos · . más · [ clerical · ] liberal

## Ataque

attack-title = ¿Atacar { $province }?
attack-odds = { $percent-text } % de probabilidad de victoria
attack-attacker = Atacante
attack-defender = Defensor
attack-men = Hombres
attack-leadership = Mando
attack-terrain = Terreno
attack-fortification = Fortificaciones
attack-power = Fuerza
attack-note = El resto lo decide la suerte. Las bajas crecen con el margen de la derrota.
button-attack = Atacar
button-besiege = Mejor sitiar
button-cancel = Cancelar

## Acontecimientos

event-choose = { $side ->
    [republic] La República
   *[empire] El Imperio
} debe decidir:
event-more = { $count ->
    [one] Queda un acontecimiento más.
   *[other] Quedan { $count } acontecimientos más.
}
button-continue = Continuar

## Dos jugadores

handover-title = Cambio de jugador
handover-text = { $side ->
    [republic] Turno de la República
   *[empire] Turno del Imperio
}
button-ready = Listo
handover-hint = Que el otro jugador no se asome. Tus órdenes no aparecen hasta que presiones Listo.

## Ayuda

help-title = Ayuda
help-intro = Cada turno es un mes. Da órdenes a tus ejércitos y termina el turno: las órdenes de ambos bandos se cumplen a la vez, se libran las batallas y la crónica cuenta lo sucedido.
help-end-turn = terminar el turno (o confirmar un ataque)
help-click-key = Clic
help-click = seleccionar un ejército y luego una provincia para marchar o atacar
help-next-army = siguiente ejército
help-undo = deshacer la última orden
help-stances = postura: en campaña, eludir, guarnición
help-map-modes = modos del mapa
help-pan-key = WASD, flechas
help-pan = mover el mapa (o arrastrarlo)
help-zoom-key = Rueda, + / -
help-zoom = acercar y alejar
help-fit = ver el mapa completo
help-chronicle = mostrar u ocultar la crónica
help-quick-save = guardado rápido / carga rápida
help-help = esta ayuda
help-escape = cerrar, quitar la selección
help-recruit = reclutar tropas en la provincia seleccionada
help-detach = destacar hombres del ejército seleccionado
help-merge = juntar el ejército seleccionado con el más grande que tenga al lado
help-assign = darle al ejército seleccionado el mejor general libre
help-disperse = dispersarse en guerrillas (República)
help-policy = política de Maximiliano: clerical / liberal (Imperio)
help-repression = represión: menos / más (Imperio)
help-legend = Verde es la República, azul el Imperio; el rayado señala las provincias en disputa. El número de una ficha son sus hombres; las letras, su contingente principal.

## Guardar

save-title = Guardar la partida
save-name = Nombre:
save-done = Partida guardada: { $file }
save-failed = No se pudo guardar { $file }: { $error }
load-done = Partida cargada: { $file }
load-failed-io = No se pudo leer { $file }: { $error }
load-failed-corrupt = { $file } no es una partida legible ({ $error }). El juego continúa.
load-failed-version = { $file } se guardó con otra versión del juego (formato { $found }; esta lee el { $expected }).
notice-autosave-failed = Falló el guardado automático: { $error }

## Órdenes rechazadas

refused-game-over = La guerra ha terminado.
refused-no-army = Ese ejército ya no existe.
refused-not-yours = Ese ejército no es tuyo.
refused-unknown = Desconocido: { $id }.
refused-not-reachable = { $army } no puede llegar a { $to } este mes.
refused-nothing-to-besiege = No hay plaza enemiga que sitiar en { $province }.
refused-besiege-by-order = Sitiar no es una postura que se elija: dé al ejército la orden de sitio.
refused-cannot-disperse = Solo los ejércitos de la República pueden disolverse en guerrillas.
refused-cannot-recruit = No puedes reclutar { $contingent }.
refused-no-recruits = { $province } no levantará hombres para ti: debes controlarla, con un apoyo de al menos { $support-text }.
refused-too-many-recruits = { $province } puede levantar como máximo { $max-text } hombres este mes.
refused-cannot-afford = Cuesta { $cost-text } millones de pesos; puedes gastar { $available-text }.
refused-bad-detach = Un ejército de { $men-text } hombres no puede destacar tantos.
refused-not-together = Los ejércitos deben estar en la misma provincia.
refused-leader = { $leader } no puede tomar el mando ahora.
refused-no-emperor = Todavía no hay emperador.
refused-empire-only = Eso solo lo decide el Imperio.
refused-out-of-range = Ese valor está fuera de rango.
refused-truce = La tregua prohíbe atacar por ahora.
refused-no-choice = No hay ninguna decisión pendiente para ti ahí.

## Menú principal

menu-subtitle = La Intervención francesa en México, 1861–1867
menu-new-game = Nueva campaña
menu-scenario = Escenario:
menu-scenario-error = No se pudo leer el escenario: { $error }
menu-no-scenario = Primero elige un escenario que se pueda leer.
menu-bad-parameter = { $name }: { $error }
menu-side = Tu bando
menu-opponent = Adversario
menu-opponent-ai = Computadora
menu-opponent-hotseat = Otro jugador
    .help = Dos jugadores se turnan en esta misma computadora.
menu-opponent-watch = Ver a la IA contra la IA
    .help = La computadora juega ambos bandos; tú observas cómo se desarrolla la guerra.
button-cancel-recruits = Cancelar este reclutamiento
    .help = Retira el reclutamiento de este mes aquí: no se gasta el dinero y los hombres se quedan en la provincia.
menu-difficulty = Dificultad
menu-difficulty-easy = Fácil
    .help = La computadora calcula mal sus posibilidades, nunca junta sus ejércitos y gasta la mitad de lo que podría. Tiene las mismas tropas y el mismo dinero que tú.
menu-difficulty-normal = Normal
    .help = La computadora sopesa bien cada movimiento y, cuando su estrategia lo indica, reúne varios ejércitos contra un mismo objetivo.
menu-difficulty-hard = Difícil
    .help = Como en normal, pero junta sus ejércitos contra ti siempre que puede, sin esperar el momento que marca su estrategia. Nunca recibe más tropas ni dinero que tú.
menu-seed = Semilla aleatoria
    .help = La misma semilla con las mismas órdenes da siempre la misma guerra.
menu-parameters = ¿Y si…? Palancas contrafactuales
    .help = Cada palanca empieza en su valor histórico; muévela dentro de su rango verosímil para explorar otra historia.
menu-source = Fuente: { $source }
button-historical = Volver a la historia
button-start = Comenzar la campaña
menu-load-game = Cargar una partida
menu-no-saves = Aún no hay partidas guardadas.
menu-language = Idioma
button-quit = Salir
menu-map-credit = Mapa de provincias derivado de «Map of Mexico» (@svg-maps/mexico 2.0.0) de Victor Cazanave, basado en el mapa de México de MapSVG, bajo licencia CC BY 4.0; estados fusionados en las unidades de 1861, reproyectado y simplificado.

## Fin de la partida

gameover-winner = { $side ->
    [republic] Victoria de la República
   *[empire] Victoria del Imperio
}
gameover-undecided = La guerra termina sin vencedor
gameover-chart = Provincias controladas, mes a mes
gameover-axis-year = Año
gameover-axis-provinces = Provincias
gameover-series-empire = Imperio (esta partida)
gameover-series-republic = República (esta partida)
gameover-series-history = Imperio (historia)
gameover-chart-note = Historia: provincias en manos de la Intervención y del Imperio al final de cada año.
button-new-campaign = Nueva campaña
