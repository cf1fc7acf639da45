## How a war ended, told from the war that was played (src/text/outcome.rs), the lab's table of
## how a batch of wars ended, and the checks of a scenario's judgement at the last month.

outcome-headline = { $side ->
    [republic] Vitória da República
    [empire] Vitória { $empire-of }
   *[none] A guerra termina indecisa
}, { $month }.
outcome-leader-taken = { $leader } foi feito prisioneiro em { $province }.
outcome-leader-fell = { $leader } morreu em { $province }.
outcome-last-defeat = A última derrota { $side ->
    [republic] da República
   *[empire] { $empire-of }
} foi em { $province }.
outcome-capital = { $holder ->
    [republic] A República detinha a capital, { $capital }.
    [empire] { $empire-lead } detinha a capital, { $capital }.
   *[contested] A capital, { $capital }, estava em disputa.
}
outcome-held = A República detinha { $republic-text } das { $total-text } províncias, com { $republic-people-text } % da população; { $empire }, { $empire-held-text }, com { $empire-people-text } %{ $contested ->
    [0] ; nenhuma estava em disputa.
    [one] ; { $contested-text } estava em disputa.
   *[other] ; { $contested-text } estavam em disputa.
}

check-judgement-share = julgamento `{ $id }`: `{ $field }` é uma proporção, 0–1
check-judgement-nothing-held = o julgamento `{ $id }` não exige nada em poder do lado: daria a guerra a um lado que não detém nada
check-judgement-nothing-held-help = acrescente `capital: true`, ou uma proporção das províncias (`provinces`) ou da população (`population`) (0–1)

lab-section-endings = Como as guerras terminaram (campanhas, proporção, a regra que as terminou)
lab-ending-undecided = Nenhum lado havia vencido ao chegar o último mês.
lab-ending-stopped = Interrompidas antes do fim (--until).
