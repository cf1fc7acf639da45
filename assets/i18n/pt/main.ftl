# Textos comuns à linha de comando e ao jogo: idioma, calendário, números, lados.
language-name = Português
number-group-separator = .
number-decimal-separator = ,
month-year = { $month ->
    [1] janeiro
    [2] fevereiro
    [3] março
    [4] abril
    [5] maio
    [6] junho
    [7] julho
    [8] agosto
    [9] setembro
    [10] outubro
    [11] novembro
   *[12] dezembro
} de { $year }
## A crônica. Os números vêm duas vezes: $men para o plural, $men-text formatado para leitura.
## Os lados vêm como seletores ($side é `republic` ou `empire`; $holder também pode ser
## `contested`), para que cada idioma escolha seus artigos e contrações.
chronicle-month = — { $month } —
chronicle-battle-attacker-won = Batalha em { $province }: { $attacker ->
    [republic] a República
   *[empire] o Império
} ({ $attackers-text } homens) derrota { $defender ->
    [republic] a República
   *[empire] o Império
} ({ $defenders-text }); baixas: { $attacker_losses-text } e { $defender_losses-text }.
chronicle-battle-defender-held = Batalha em { $province }: { $defender ->
    [republic] a República
   *[empire] o Império
} ({ $defenders-text } homens) repele { $attacker ->
    [republic] a República
   *[empire] o Império
} ({ $attackers-text }); baixas: { $attacker_losses-text } e { $defender_losses-text }.
chronicle-prisoners = { $men ->
    [one] Um homem é feito prisioneiro.
   *[other] { $men-text } homens são feitos prisioneiros.
}
chronicle-evaded = Um exército evita a batalha e se retira da província de { $from } para a de { $to } ({ $men-text } baixas na marcha).
chronicle-siege = Continua o cerco na província de { $province }; restam { $fort-text } de suas defesas.
chronicle-surrendered = A guarnição na província de { $province } capitula: { $side ->
    [republic] a República
   *[empire] o Império
} perde { $men-text } homens, feitos prisioneiros.
chronicle-dispersed = Um exército se dispersa na província de { $province } e se junta às guerrilhas ({ $men-text } homens).
chronicle-control-occupied = Ocupação da província de { $province }: ela passa às mãos { $holder ->
    [republic] da República
    [empire] do Império
   *[contested] de ninguém
}.
chronicle-control-drift = Sem guarnição, a província de { $province } { $holder ->
    [republic] volta às mãos da República
    [empire] passa às mãos do Império
   *[contested] escapa ao controle dos dois lados
}.
chronicle-fever = Febre no litoral: { $side ->
    [republic] a República
   *[empire] o Império
} perde { $men-text } homens ({ $contingent }).
chronicle-supply = Isolado em território hostil, { $side ->
    [republic] o exército republicano
   *[empire] o exército imperial
} perde { $men-text } homens ({ $contingent }).
chronicle-desertion = Sem soldo, desertam { $men-text } homens ({ $contingent }).
chronicle-siege-losses = A fome e as doenças matam atrás das muralhas { $men-text } homens ({ $contingent }).
chronicle-guerrilla-losses = As emboscadas custam { $side ->
    [republic] à República
   *[empire] ao Império
} { $men-text } homens ({ $contingent }).
chronicle-guerrilla = Guerra de guerrilhas na província de { $province }: caem { $guerrillas-text } guerrilheiros e { $garrison-text } soldados da guarnição.
chronicle-event = { $title }.
chronicle-choice = { $side ->
    [republic] A República
   *[empire] O Império
} decide: { $choice }.
chronicle-power-joined = { $power } se une { $side ->
    [republic] à República
   *[empire] à Intervenção
}.
chronicle-power-left = { $power } deixa a guerra; { $men-text } homens voltam para casa.
chronicle-leader-died = Morre { $leader }.
chronicle-leader-captured = { $leader } é feito prisioneiro.
chronicle-leader-defected = { $leader } muda de lado.
chronicle-leader-neutral = { $leader } se retira da guerra.
chronicle-leader-arrived = { $leader } entra em campanha.
chronicle-polity-intervention = A Intervenção governa apenas pela força.
chronicle-polity-regency = Uma Regência é proclamada na Cidade do México, à espera de um monarca.
chronicle-polity-empire = É proclamado o Segundo Império Mexicano; reina Maximiliano.
chronicle-polity-fallen = O Império caiu.
chronicle-france-committed = A França renova seu compromisso com a expedição.
chronicle-france-withdrawing = A França anuncia a retirada de seu exército (vontade política: { $will-text }).
chronicle-france-gone = As últimas tropas francesas deixam o México.
chronicle-reinforced = { $side ->
    [republic] A República
   *[empire] O Império
} recebe { $men-text } homens ({ $contingent }) na província de { $province }.
chronicle-withdrawn = { $men-text } homens ({ $contingent }) embarcam de volta.
chronicle-winner = { $side ->
    [republic] Vitória da República.
   *[empire] Vitória do Império.
}
chronicle-undecided = A guerra fica indecisa.
chronicle-holdings = Território: República { $republic-text }, em disputa { $contested-text }, Império { $empire-text }; vontade da França: { $will }.

## Ensaios em lote, comparação de contrafactuais e calibração (aguila trials, compare, calibrate).
lab-progress = Jogando campanhas
lab-trials-header = { $label }: { $runs-text } { $runs ->
    [one] campanha
   *[other] campanhas
} (sementes { $first }–{ $last }) em { $seconds } s.
lab-parameters = Parâmetros alterados: { $set }
lab-section-winners = Quem venceu (proporção dos ensaios, intervalo de Wilson de 95 %)
lab-winner-republic = A República
lab-winner-empire = O Império
lab-winner-none = Indecisa ou interrompida
lab-section-dates = Datas-chave (quartis sobre todos os ensaios; “após o fim” se ainda não tinha acontecido)
lab-section-provinces = Províncias em poder de cada lado no fim de cada ano: mediana (quartis)
lab-never = após o fim
lab-col-p25 = 25 %
lab-col-median = mediana
lab-col-p75 = 75 %
lab-col-happened = ocorreu
lab-col-month = mês
lab-col-republic = República
lab-col-contested = disputadas
lab-col-empire = Império
lab-col-mean = média
lab-col-ci = intervalo 95 %
lab-date-capital-falls = A capital cai nas mãos da Intervenção
lab-date-regency = Proclamação da Regência
lab-date-empire = Proclamação do Império (Maximiliano)
lab-date-withdrawal = A França anuncia a retirada
lab-date-french-gone = Partem as últimas tropas francesas
lab-date-empire-ends = Fim do Império
lab-wrote = Gravados trials.csv, provinces.csv, summary.json e provinces.svg em { $dir }.
lab-error = erro: { $message }
lab-error-no-runs = --runs deve ser pelo menos 1.
lab-error-out-not-dir = --out { $path } é um arquivo, não uma pasta.
lab-error-out-create = não é possível criar a pasta { $path }: { $reason }
lab-error-write = não é possível gravar { $path }: { $reason }
lab-error-compare-both = --variant altera um único cenário: indique --scenario só uma vez.
lab-error-compare-nothing = nada a comparar: indique --variant "nome=valor …" ou --scenario duas vezes.
lab-error-compare-maps = estes cenários têm mapas diferentes e não podem ser comparados.
lab-error-empty-variant = uma --variant está vazia: escreva-a como "nome=valor nome=valor".
lab-compare-header = { $variants-text } configurações × { $runs-text } campanhas com as mesmas sementes (a partir de { $first }) em { $seconds } s.
lab-compare-baseline = Referência: { $label }
lab-compare-variant = Variante: { $label }
lab-compare-differences = Diferenças, “{ $variant }” menos “{ $baseline }” (ensaios pareados):
lab-compare-note = (Positivo significa mais tarde, ou mais vezes. Uma data que não tinha chegado ao fim de um ensaio conta como o mês seguinte a esse fim.)
lab-measure-empire-ends = Fim do Império (meses)
lab-measure-republic-wins = Vitória da República (pontos percentuais)
lab-measure-withdrawal = Anúncio da retirada (meses)
lab-measure-french-gone = Partida das últimas tropas francesas (meses)
lab-measure-capital-falls = Queda da capital (meses)
lab-paragraph = Em { $runs-text } ensaios pareados, com “{ $variant }” o Império { $direction ->
    [later] sobrevive uma mediana de { $months ->
        [one] um mês
       *[other] { $months-text } meses
    } a mais do que com “{ $baseline }”
    [earlier] cai uma mediana de { $months ->
        [one] um mês
       *[other] { $months-text } meses
    } mais cedo do que com “{ $baseline }”
   *[same] termina, na mediana, no mesmo mês que com “{ $baseline }”
} (diferença média de { $mean } meses, intervalo de 95 % de { $low } a { $high }). A República vence { $wins-variant } dos ensaios em vez de { $wins-baseline }, e a França anuncia a retirada { $withdrawal-direction ->
    [later] uma mediana de { $withdrawal-months ->
        [one] um mês
       *[other] { $withdrawal-months-text } meses
    } mais tarde
    [earlier] uma mediana de { $withdrawal-months ->
        [one] um mês
       *[other] { $withdrawal-months-text } meses
    } mais cedo
   *[same] ao mesmo tempo, na mediana
}.
lab-calibrate-header = Calibração com a história: { $runs-text } campanhas do cenário histórico e de cada contrafactual, com as mesmas sementes.
lab-calibrate-inside = dentro
lab-calibrate-outside = FORA
lab-calibrate-unmeasured = não medido
lab-calibrate-history = história
lab-calibrate-model = modelo
lab-calibrate-window = margem
lab-calibrate-footer = { $inside-text } de { $targets-text } metas dentro da margem.
lab-calibrate-quartiles = mediana { $median } (quartis { $p25 } – { $p75 })
lab-calibrate-republic-wins = A República vence
lab-calibrate-history-republic = sim (1867)
lab-calibrate-provinces = Províncias em poder da Intervenção no fim de { $year }
lab-calibrate-us = Guerra de Secessão até 1867: o Império dura mais
lab-calibrate-europe = Sem guerra austro-prussiana: o Império dura mais
lab-calibrate-allies = Grã-Bretanha e Espanha ficam: a capital cai mais tarde
lab-calibrate-history-later = mais tarde, como defendem os historiadores
lab-calibrate-difference = média { $mean } meses (intervalo de 95 % de { $low } a { $high })
lab-calibrate-no-variant = falta o arquivo de variante { $file }
lab-chart-title = Províncias em poder da Intervenção e do Império
lab-chart-x = Ano (situação no fim de cada mês)
lab-chart-y = Províncias em seu poder
lab-chart-median = Mediana dos ensaios
lab-chart-history = História (notes.md, resumo de calibração)
lab-chart-band = Faixa interquartil (25–75 %)
