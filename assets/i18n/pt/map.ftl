# O mapa que um jogador novo sabe ler: pilhas de exércitos, dicas ao passar o mouse, as probabilidades e os objetivos.

## As probabilidades
attack-quality = Qualidade
attack-experience = Experiência
attack-counted = Contam neste ataque (todo exército com ordem de vir para cá e os que já estão aqui):
attack-counted-army = { $army }: { $men-text } homens

## Pilhas e legenda
legend-stack = Cada marca reúne todos os exércitos de um lado numa província: quantos exércitos, uma estrela se um general comanda algum, e os homens. Clique para ver a lista.
stack-title = { $side }: { $province }
stack-total = { $armies-text } { $armies -> 
    [one] exército
   *[other] exércitos
}, { $men-text } homens
stack-choose = Escolha um exército para lhe dar ordens.

## Cliques que não dão ordem
click-enemy-here-truce = A trégua se mantém: nenhuma batalha é travada em { $province } enquanto ela durar.
click-enemy-here-our-siege = Seu cerco prende a guarnição de { $province } atrás das muralhas, que se desgastam mês a mês até que ela se renda. Para tomá-la de assalto, ponha um exército daqui em postura de campanha (F): a batalha é travada quando o mês for resolvido.
click-enemy-here-their-siege = O inimigo cerca sua guarnição em { $province }. Para sair ao combate, ponha um exército daqui em postura de campanha (F): a batalha é travada quando o mês for resolvido.
click-enemy-here-battle = O inimigo está em { $province } com você: a batalha é travada quando o mês for resolvido, a menos que ele escape.

## Ao passar o mouse
hover-army-here = Seu exército está aqui.
hover-out-of-reach = Fora de alcance neste mês.
hover-march-here = Clique para marchar para { $province }.
hover-sail-here = Clique para navegar para { $province }.
hover-click-to-attack = Clique para atacar (você confirma antes).
hover-stack = { $side }: { $province }. { $armies-text } { $armies -> 
    [one] exército
   *[other] exércitos
}, { $men-text } homens
hover-click-to-choose = Clique para escolher um destes exércitos.
hover-click-to-select = Clique para selecionar este exército.
hover-click-to-see = Clique para ver estes exércitos.

## Objetivos
objectives-title = Objetivos: { $side }
objectives-sudden = A guerra termina de imediato a seu favor quando:
objectives-judgement = Caso contrário, julgada em { $month }:
objectives-france = O que desgasta a França
objectives-france-will = Vontade da França: { $will-text }. A França anuncia sua retirada com { $threshold-text } ou menos. { $status }.
objectives-france-drains = O que a move: { $causes }.
objectives-this-month = No mês passado:
objective-capital = Ter { $province }, a capital
objective-provinces = Ter ao menos { $needed-text } das { $total-text } províncias (agora { $held-text })
objective-population = Ter ao menos { $needed-text } % da população (agora { $share-text } %)
objective-holds = { $side }: tem { $province }
objective-holds-not = { $side }: não tem { $province }
objective-provinces-at-least = { $side }: tem ao menos { $count-text } províncias (agora { $now-text })
objective-provinces-at-least-not = { $side }: tem menos de { $count-text } províncias (agora { $now-text })
objective-troops-below = { $side }: menos de { $count-text } homens em armas (agora { $now-text })
objective-troops-below-not = { $side }: ao menos { $count-text } homens em armas (agora { $now-text })
objective-track-below = { $track }: abaixo de { $value-text } (agora { $now-text })
objective-track-at-least = { $track }: ao menos { $value-text } (agora { $now-text })
objective-leader-offstage = { $leader } ainda não entrou na guerra
objective-leader-active = { $leader } serve
objective-leader-dead = { $leader } morreu
objective-leader-captured = { $leader } é prisioneiro
objective-leader-neutral = { $leader } deixou a guerra
objective-not = Não deve ser assim: { $what }
objective-polity = É preciso: { $polity }. Agora: { $now }.
objective-polity-not = Não deve ser assim: { $polity }. Agora: { $now }.
objective-france = É preciso: { $status }. Agora: { $now }.
objective-france-not = Não deve ser assim: { $status }. Agora: { $now }.
objective-other = Outra condição do cenário
objective-other-not = Outra condição do cenário não deve se cumprir
help-objectives = mostrar ou ocultar os objetivos

## O modo de mapa do valor
mapmode-value = Valor
legend-value-none = sem alfândegas nem prata
legend-value-much = muitas alfândegas e prata

## Tendências da barra superior
tooltip-treasury-net = Receitas menos manutenção no mês passado: { $amount } M de pesos
tooltip-provinces-trend = Um mês antes: { $republic-text } nas mãos da República, { $empire-text } do Império.
objective-any = Uma destas: { $what }
