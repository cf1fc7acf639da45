# Textos da janela do jogo.

## Lados, controle, posturas

ui-side-republic = República
ui-side-empire = Império
ui-holder-republic = a República
ui-holder-empire = o Império
ui-holder-contested = em disputa
stance-field = Em campanha
    .help = Mantém a posição e combate quem o atacar.
stance-evade = Esquivar
    .help = Evita a batalha campal: retira-se quando atacado, perdendo alguns homens.
stance-garrison = Guarnição
    .help = Defende a praça-forte: luta atrás das muralhas, mas pode ser sitiado.
stance-besieging = Sitiando
    .help = Põe cerco à praça-forte inimiga desta província.
polity-intervention = A Intervenção (ainda sem governo mexicano)
polity-regency = A Regência na Cidade do México
polity-empire = O Império de Maximiliano
polity-fallen = O Império caiu
france-committed = A França sustenta a expedição
france-withdrawing = A França está retirando suas tropas
france-gone = As últimas tropas francesas partiram

## Terreno e mapa

terrain-plateau = Planalto central
terrain-coast = Litoral tropical
terrain-mountain = Serra
terrain-desert = Deserto do norte
terrain-jungle = Selva e pântano
mapmode-political = Quem controla o quê
mapmode-terrain = Terreno
mapmode-support = Apoio popular
mapmode-guerrilla = Atividade guerrilheira
mapmode-supply = Abastecimento
map-united-states = ESTADOS UNIDOS
map-guatemala = GUATEMALA
map-gulf = Golfo do México
map-pacific = Oceano Pacífico
legend-contested = em disputa (hachurado)
legend-support-republic = pende para a República
legend-support-even = dividida
legend-support-empire = pende para o Império
legend-guerrilla-none = tranquila
legend-guerrilla-many = muitas guerrilhas
legend-supply-own = nossa: abastecida
legend-supply-front = terra inimiga vizinha à nossa
legend-supply-cut = isolada: os exércitos definham
legend-fortress = praça-forte
legend-capital = capital
legend-port = porto
legend-customs = alfândega
legend-general = general

## Indicadores e suas causas

track-france-will = Vontade da França
    .short = França
    .help = Por quanto tempo Paris continuará pagando a guerra. O dinheiro, as baixas, os Estados Unidos e as tensões na Europa a desgastam; as vitórias a renovam. Quando se esgota, a França volta para casa.
track-us-pressure = Pressão dos EUA
    .short = EUA
    .help = Com que força Washington pressiona a França a sair. Cresce depois do fim da Guerra de Secessão e a cada medida dura do Império.
track-european-crisis = Crise europeia
    .short = Europa
    .help = Prússia contra Áustria: quanto mais a Europa ameaça entrar em guerra, mais Napoleão III precisa de seus soldados em casa.
track-legitimacy = Legitimidade da República
    .short = Legitimidade
    .help = Se os mexicanos ainda veem o governo de Juárez como o legítimo. Ela se mantém enquanto Juárez estiver livre e a República conservar território suficiente.
track-french-ambition = Ambição francesa
cause-spending = o custo da guerra
cause-casualties = as baixas francesas
cause-time = uma guerra longa cansa Paris
cause-us-pressure = a pressão dos Estados Unidos
cause-european-crisis = a crise na Europa
cause-battles = batalhas ganhas e perdidas
cause-clerical-policy = a política clerical
cause-non-recognition = Washington não reconhece o Império
cause-us-after-civil-war = a União, vitoriosa, volta-se para o sul
cause-repression = a repressão
cause-decay = as tensões diminuem
cause-head-free = Juárez está livre
cause-head-lost = Juárez foi perdido
cause-territory = pouco território sob controle

## Barra superior

topbar-playing = Jogando: { $side ->
    [republic] a República
   *[empire] o Império
}
topbar-watching = IA contra IA
topbar-treasury = Tesouro
topbar-provinces = Províncias
money = { $amount-text } mi de pesos
money-year = { $amount-text } mi de pesos por ano
tooltip-treasury = { $side ->
    [republic] Tesouro da República
   *[empire] Tesouro do Império
}, em milhões de pesos. No mês passado:
accounts-customs = alfândegas
accounts-silver = minas de prata
accounts-taxes = impostos
accounts-aid = empréstimos e ajuda
accounts-upkeep = soldo das tropas
tooltip-unpaid = As tropas ficaram sem soldo no mês passado: há deserções.
tooltip-track-change = No mês passado foi de { $from-text } para { $to-text }, por causa de:
tooltip-no-change-yet = Nenhum mês foi jogado ainda.
tooltip-range = Escala de { $min-text } a { $max-text }.
tooltip-provinces = { $republic } com a República, { $contested } em disputa, { $empire } com o Império.
button-end-turn = Encerrar turno
button-menu = Menu
button-help = Ajuda
button-save = Salvar
button-pause = Pausar
button-resume = Continuar
hint-end-turn = Dê as ordens do mês e encerre o turno (Enter ou Espaço). O outro lado se move e o mês é jogado.
hint-map-mode = O que as cores do mapa mostram (teclas 1 a 5, ou M)
resolving-month = O mês está sendo jogado…

## Crônica

chronicle-title = Crônica
chronicle-hint = (C para ocultar; a guerra inteira fica guardada)
chronicle-empty = Nada aconteceu ainda. Dê suas ordens e encerre o turno.

## Painel de detalhes

details-none-title = Suas ordens
details-none = Clique em uma das peças dos seus exércitos para selecioná-la: as províncias que ela pode alcançar se iluminam. Clique em uma delas para marchar até lá, ou para atacar se o inimigo a ocupar. Clique em qualquer província para ver seus dados.
details-capital = Capital: { $capital }
details-held-by = Controle:
details-terrain = Terreno
details-population = População
details-guerrilla = Guerrilheiros
details-fort = Fortificações
details-revenue = Receita
details-support = Apoio
details-armies-here = Exércitos aqui
details-army-of = { $side } · { $men-text } homens
details-leader = Sob o comando de { $leader } (perícia { $skill })
details-stance = Postura:
tag-port = porto
tag-us-border = fronteira com os EUA
tag-fever = litoral da febre
tooltip-control = Controle { $control-text }, de -100 (República) a +100 (Império).
tooltip-terrain = Aqui os defensores lutam com × { $defence-text }.
tooltip-revenue = Alfândegas { $customs-text } e prata { $silver-text } milhões de pesos por ano, para quem a controlar.
tooltip-quality = Valor de combate de um soldado: { $quality-text }
order-move = Ordens: marchar sobre { $province }
order-siege = Ordens: sitiar { $province }
order-disperse = Ordens: dispersar-se em guerrilhas
order-none = Sem ordens neste mês
button-undo = Desfazer a ordem
hint-undo = Retira a ordem deste exército (Backspace)
button-besiege-here = Sitiar a praça-forte
button-disperse = Dispersar
hint-disperse = Desfaz o exército em bandos guerrilheiros nesta província.
hint-move = Clique em uma província iluminada para marchar até lá.

## Ordens do painel lateral

unit-men = { " " }homens
control-not-now = Agora não: não é a sua vez de dar ordens.
control-need-army = Selecione primeiro um dos seus exércitos.
control-need-province = Selecione primeiro uma província.
control-no-recruits = O seu lado não recruta tropas.
control-none-to-merge = Não há outro exército seu aqui para juntar.
control-no-leader = Nenhum general seu está livre para assumir o comando.
control-already-leads = Ele já comanda este exército.
control-already-stance = O exército já está nessa postura.
control-already-dispersing = O exército já tem ordem de se dispersar.
control-policy-limit = A política não pode ir mais longe nesse sentido.
control-already-repression = A repressão já está nesse nível.
button-detach = Destacar
hint-detach = Separa esses homens num novo exército na mesma província, em postura de guarnição: para segurar uma cidade enquanto o resto segue em frente. Não custa nada; o novo exército fica sem general.
hint-detach-amount = Homens a separar, tirados por igual de cada contingente.
button-merge = Juntar a { $army } ({ $men-text })
hint-merge = Junta este exército ao outro: os homens se somam e, se o outro não tiver general, o deste assume o comando. Não custa nada; a ordem deste exército é cancelada.
details-assign = Trocar de general ({ $key })
button-assign = { $leader } (habilidade { $skill })
hint-assign = Assume o comando na hora. A habilidade pesa em cada batalha; um general só pode passar para um exército da província onde já comanda.
hint-assign-leads = Hoje comanda { $army } em { $province }.
details-recruit = Recrutar tropas
details-manpower = Gente que ainda dá para alistar aqui: { $men-text } homens
tooltip-manpower = Homens em idade de lutar que esta província ainda pode fornecer. Cada recrutamento gasta essa reserva, que se recompõe devagar.
button-recruit = Recrutar { $men-text } homens · { $cost }
hint-recruit-amount = Homens a recrutar: no máximo o que a província pode fornecer este mês.
hint-recruit = Recruta { $men-text } homens por { $cost } (você pode gastar { $available }; esta província fornece no máximo mais { $max-text } este mês). Eles se juntam no fim do mês, como um novo exército ou ao seu que estiver aqui.
order-recruit = Recrutando { $men-text } homens ({ $contingent }) este mês
details-empire = O governo de Maximiliano
details-policy = Política: { $value-text } (-100 clerical, +100 liberal)
tooltip-policy = Uma política clerical segura os conservadores e a Igreja do seu lado, mas esgota a paciência da França e de Washington. Uma liberal conquista as províncias liberais, mas custa a lealdade dos generais e das províncias conservadoras.
details-policy-later = Ainda não há imperador: a política é escolhida quando Maximiliano reinar.
button-clerical = Mais clerical
button-liberal = Mais liberal
hint-clerical = A política anda 25 pontos rumo à Igreja: províncias e generais conservadores continuam leais, mas Paris e Washington perdem a paciência.
hint-liberal = A política anda 25 pontos rumo aos liberais: as províncias liberais se aproximam do Império, mas generais e províncias conservadoras esfriam.
details-repression = Repressão
tooltip-repression = Uma repressão mais dura desgasta as guerrilhas onde estão as suas tropas, mas joga o povo para o lado da República, alimenta as guerrilhas e aumenta a pressão dos Estados Unidos. O nível 3 é o Decreto Negro de outubro de 1865.
repression-0 = Nenhuma
repression-1 = Branda
repression-2 = Dura
repression-3 = Decreto Negro
hint-repression-keys = Teclas: , menos · . mais · [ clerical · ] liberal

## Ataque

attack-title = Atacar { $province }?
attack-odds = { $percent-text } % de chance de vitória
attack-attacker = Atacante
attack-defender = Defensor
attack-men = Homens
attack-leadership = Comando
attack-terrain = Terreno
attack-fortification = Fortificações
attack-power = Força
attack-note = O resto fica por conta da sorte. As baixas crescem com a margem da derrota.
button-attack = Atacar
button-besiege = Sitiar em vez disso
button-cancel = Cancelar

## Acontecimentos

event-choose = { $side ->
    [republic] A República
   *[empire] O Império
} deve decidir:
event-more = { $count ->
    [one] Resta mais um acontecimento.
   *[other] Restam mais { $count } acontecimentos.
}
button-continue = Continuar

## Dois jogadores

handover-title = Troca de jogador
handover-text = { $side ->
    [republic] Vez da República
   *[empire] Vez do Império
}
button-ready = Pronto
handover-hint = O outro jogador não pode espiar. Nada das suas ordens aparece até você apertar Pronto.

## Ajuda

help-title = Ajuda
help-intro = Cada turno é um mês. Dê ordens aos seus exércitos e encerre o turno: as ordens dos dois lados são cumpridas ao mesmo tempo, as batalhas são travadas e a crônica conta o que aconteceu.
help-end-turn = encerrar o turno (ou confirmar um ataque)
help-click-key = Clique
help-click = selecionar um exército e depois uma província para marchar ou atacar
help-next-army = próximo exército
help-undo = desfazer a última ordem
help-stances = postura: em campanha, esquivar, guarnição
help-map-modes = modos do mapa
help-pan-key = WASD, setas
help-pan = mover o mapa (ou arrastá-lo)
help-zoom-key = Roda, + / -
help-zoom = aproximar e afastar
help-fit = ver o mapa inteiro
help-chronicle = mostrar ou ocultar a crônica
help-quick-save = salvamento rápido / carregamento rápido
help-help = esta ajuda
help-escape = fechar, limpar a seleção
help-recruit = recrutar tropas na província selecionada
help-detach = destacar homens do exército selecionado
help-merge = juntar o exército selecionado ao maior que estiver ao lado
help-assign = dar ao exército selecionado o melhor general livre
help-disperse = dispersar em guerrilhas (República)
help-policy = política de Maximiliano: clerical / liberal (Império)
help-repression = repressão: menos / mais (Império)
help-legend = Verde é a República, azul o Império; o hachurado marca as províncias em disputa. O número de uma peça são seus homens; as letras, seu contingente principal.

## Salvar

save-title = Salvar o jogo
save-name = Nome:
save-done = Jogo salvo: { $file }
save-failed = Não foi possível salvar { $file }: { $error }
load-done = Jogo carregado: { $file }
load-failed-io = Não foi possível ler { $file }: { $error }
load-failed-corrupt = { $file } não é um jogo salvo legível ({ $error }). O jogo continua.
load-failed-version = { $file } foi salvo por outra versão do jogo (formato { $found }; esta lê o { $expected }).
notice-autosave-failed = O salvamento automático falhou: { $error }

## Ordens recusadas

refused-game-over = A guerra terminou.
refused-no-army = Esse exército não existe mais.
refused-not-yours = Esse exército não é seu.
refused-unknown = Desconhecido: { $id }.
refused-not-reachable = { $army } não consegue chegar a { $to } neste mês.
refused-nothing-to-besiege = Não há praça-forte inimiga para sitiar em { $province }.
refused-besiege-by-order = Sitiar não é uma postura a escolher: dê ao exército a ordem de sítio.
refused-cannot-disperse = Só os exércitos da República podem se dissolver em guerrilhas.
refused-cannot-recruit = Você não pode recrutar { $contingent }.
refused-no-recruits = { $province } não levantará homens para você: é preciso controlá-la, com apoio de pelo menos { $support-text }.
refused-too-many-recruits = { $province } pode levantar no máximo { $max-text } homens neste mês.
refused-cannot-afford = Isso custa { $cost-text } milhões de pesos; você pode gastar { $available-text }.
refused-bad-detach = Um exército de { $men-text } homens não pode destacar tantos.
refused-not-together = Os exércitos precisam estar na mesma província.
refused-leader = { $leader } não pode assumir o comando agora.
refused-no-emperor = Ainda não há imperador.
refused-empire-only = Só o Império decide isso.
refused-out-of-range = Esse valor está fora do intervalo.
refused-truce = A trégua proíbe atacar por enquanto.
refused-no-choice = Não há nenhuma decisão esperando por você aí.

## Menu principal

menu-subtitle = A Intervenção Francesa no México, 1861–1867
menu-new-game = Nova campanha
menu-scenario = Cenário:
menu-scenario-error = Não foi possível ler o cenário: { $error }
menu-no-scenario = Escolha primeiro um cenário que possa ser lido.
menu-bad-parameter = { $name }: { $error }
menu-side = Seu lado
menu-opponent = Adversário
menu-opponent-ai = Computador
menu-opponent-hotseat = Outro jogador
    .help = Dois jogadores se revezam neste mesmo computador.
menu-opponent-watch = Assistir IA contra IA
    .help = O computador joga pelos dois lados; você acompanha a guerra.
button-cancel-recruits = Cancelar este recrutamento
    .help = Retira o recrutamento deste mês aqui: o dinheiro não é gasto e os homens continuam na província.
menu-difficulty = Dificuldade
menu-difficulty-easy = Fácil
    .help = O computador calcula mal as chances, nunca junta seus exércitos e gasta metade do que poderia. Tem as mesmas tropas e o mesmo dinheiro que você.
menu-difficulty-normal = Normal
    .help = O computador pesa bem cada movimento e, quando a estratégia dele manda, reúne vários exércitos contra um mesmo alvo.
menu-difficulty-hard = Difícil
    .help = Como no normal, mas junta seus exércitos contra você sempre que pode, sem esperar o momento que a estratégia dele indica. Nunca recebe mais tropas nem dinheiro que você.
menu-seed = Semente aleatória
    .help = A mesma semente com as mesmas ordens sempre produz a mesma guerra.
menu-parameters = E se…? Alavancas contrafactuais
    .help = Cada alavanca começa no seu valor histórico; mova-a dentro do seu intervalo plausível para explorar outra história.
menu-source = Fonte: { $source }
button-historical = Voltar à história
button-start = Começar a campanha
menu-load-game = Carregar um jogo
menu-no-saves = Ainda não há jogos salvos.
menu-language = Idioma
button-quit = Sair
menu-map-credit = Mapa das províncias derivado de "Map of Mexico" (@svg-maps/mexico 2.0.0), de Victor Cazanave, baseado no mapa do México da MapSVG, sob licença CC BY 4.0; estados fundidos nas unidades de 1861, reprojetado e simplificado.

## Fim de jogo

gameover-winner = { $side ->
    [republic] Vitória da República
   *[empire] Vitória do Império
}
gameover-undecided = A guerra termina sem vencedor
gameover-chart = Províncias controladas, mês a mês
gameover-axis-year = Ano
gameover-axis-provinces = Províncias
gameover-series-empire = Império (esta partida)
gameover-series-republic = República (esta partida)
gameover-series-history = Império (história)
gameover-chart-note = História: províncias sob controle da Intervenção e do Império no fim de cada ano.
button-new-campaign = Nova campanha
