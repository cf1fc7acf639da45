## How a war ended, told from the war that was played (src/text/outcome.rs), the lab's table of
## how a batch of wars ended, and the checks of a scenario's judgement at the last month.

outcome-headline = { $side ->
    [republic] Victoria de la República
    [empire] Victoria { $empire-of }
   *[none] La guerra termina sin decidirse
}, { $month }.
outcome-leader-taken = { $leader } cayó prisionero en { $province }.
outcome-leader-fell = { $leader } murió en { $province }.
outcome-last-defeat = La última derrota { $side ->
    [republic] de la República
   *[empire] { $empire-of }
} fue en { $province }.
outcome-capital = { $holder ->
    [republic] La República tenía la capital, { $capital }.
    [empire] { $empire-lead } tenía la capital, { $capital }.
   *[contested] La capital, { $capital }, estaba en disputa.
}
outcome-held = La República tenía { $republic-text } de las { $total-text } provincias, con el { $republic-people-text } % de la población; { $empire }, { $empire-held-text }, con el { $empire-people-text } %{ $contested ->
    [0] ; ninguna estaba en disputa.
    [one] ; { $contested-text } estaba en disputa.
   *[other] ; { $contested-text } estaban en disputa.
}

check-judgement-share = juicio `{ $id }`: `{ $field }` es una proporción, 0–1
check-judgement-nothing-held = el juicio `{ $id }` no pide nada en poder del bando: daría la guerra a un bando que no tiene nada
check-judgement-nothing-held-help = añade `capital: true`, o una proporción de las provincias (`provinces`) o de la población (`population`) (0–1)

lab-section-endings = Cómo terminaron las guerras (campañas, proporción, la regla que las terminó)
lab-ending-undecided = Ningún bando había ganado al llegar el último mes.
lab-ending-stopped = Detenidas antes del final (--until).
