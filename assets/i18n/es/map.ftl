# El mapa que un jugador nuevo sabe leer: pilas de ejércitos, ayudas al pasar el ratón, las probabilidades y los objetivos.

## Las probabilidades
attack-quality = Calidad
attack-experience = Experiencia
attack-counted = Cuentan en este ataque (todo ejército con orden de venir aquí y los que ya están):
attack-counted-army = { $army }: { $men-text } hombres

## Pilas y leyenda
legend-stack = Cada marca reúne todos los ejércitos de un bando en una provincia: cuántos ejércitos, una estrella si un general manda alguno, y los hombres. Haz clic para ver la lista.
stack-title = { $side }: { $province }
stack-total = { $armies-text } { $armies -> 
    [one] ejército
   *[other] ejércitos
}, { $men-text } hombres
stack-choose = Elige un ejército para darle órdenes.

## Clics que no dan orden
click-enemy-here-truce = La tregua se mantiene: no se libra ninguna batalla en { $province } mientras dure.
click-enemy-here-our-siege = Tu sitio encierra a la guarnición de { $province } tras sus murallas, que se desgastan mes a mes hasta que se rinda. Para tomarla por asalto, pon un ejército de aquí en postura de campaña (F): la batalla se libra al resolverse el mes.
click-enemy-here-their-siege = El enemigo sitia tu guarnición en { $province }. Para salir a combatir, pon un ejército de aquí en postura de campaña (F): la batalla se libra al resolverse el mes.
click-enemy-here-battle = El enemigo está en { $province } contigo: la batalla se libra al resolverse el mes, salvo que se escabulla.

## Al pasar el ratón
hover-army-here = Tu ejército está aquí.
hover-out-of-reach = Fuera de alcance este mes.
hover-march-here = Haz clic para marchar a { $province }.
hover-sail-here = Haz clic para navegar a { $province }.
hover-click-to-attack = Haz clic para atacar (primero lo confirmas).
hover-stack = { $side }: { $province }. { $armies-text } { $armies -> 
    [one] ejército
   *[other] ejércitos
}, { $men-text } hombres
hover-click-to-choose = Haz clic para elegir uno de estos ejércitos.
hover-click-to-select = Haz clic para seleccionar este ejército.
hover-click-to-see = Haz clic para ver estos ejércitos.

## Objetivos
objectives-title = Objetivos: { $side }
objectives-sudden = La guerra termina de inmediato a tu favor cuando:
objectives-judgement = Si no, se juzga en { $month }:
objectives-france = Lo que desgasta a Francia
objectives-france-will = Voluntad de Francia: { $will-text }. Francia anuncia su retirada con { $threshold-text } o menos. { $status }.
objectives-france-drains = Lo que la mueve: { $causes }.
objectives-this-month = El mes pasado:
objective-capital = Tener { $province }, la capital
objective-provinces = Tener al menos { $needed-text } de las { $total-text } provincias (ahora { $held-text })
objective-population = Tener al menos el { $needed-text } % de la población (ahora { $share-text } %)
objective-holds = { $side }: tiene { $province }
objective-holds-not = { $side }: no tiene { $province }
objective-provinces-at-least = { $side }: tiene al menos { $count-text } provincias (ahora { $now-text })
objective-provinces-at-least-not = { $side }: tiene menos de { $count-text } provincias (ahora { $now-text })
objective-troops-below = { $side }: menos de { $count-text } hombres en armas (ahora { $now-text })
objective-troops-below-not = { $side }: al menos { $count-text } hombres en armas (ahora { $now-text })
objective-track-below = { $track }: menos de { $value-text } (ahora { $now-text })
objective-track-at-least = { $track }: al menos { $value-text } (ahora { $now-text })
objective-leader-offstage = { $leader } aún no ha entrado en la guerra
objective-leader-active = { $leader } sirve
objective-leader-dead = { $leader } ha muerto
objective-leader-captured = { $leader } está prisionero
objective-leader-neutral = { $leader } ha dejado la guerra
objective-not = No ha de ser así: { $what }
objective-polity = Se necesita: { $polity }. Ahora: { $now }.
objective-polity-not = No ha de ser así: { $polity }. Ahora: { $now }.
objective-france = Se necesita: { $status }. Ahora: { $now }.
objective-france-not = No ha de ser así: { $status }. Ahora: { $now }.
objective-other = Otra condición del escenario
objective-other-not = Otra condición del escenario no ha de cumplirse
help-objectives = mostrar u ocultar los objetivos

## El modo de mapa del valor
mapmode-value = Valor
legend-value-none = sin aduanas ni plata
legend-value-much = muchas aduanas y plata

## Tendencias de la barra superior
tooltip-treasury-net = Ingresos menos mantenimiento el mes pasado: { $amount } M de pesos
tooltip-provinces-trend = Un mes antes: { $republic-text } en manos de la República, { $empire-text } del Imperio.
objective-any = Una de estas: { $what }
