## Varreduras, sensibilidade, a direção declarada de cada alavanca e o parágrafo honesto da
## comparação (aguila sweep, sensitivity, calibrate, compare).
lab-cancelled = os ensaios foram cancelados.
lab-error-sweep-nothing = nada para varrer: dê --values a,b,c ou --range BAIXO..ALTO.
lab-error-range-syntax = --range “{ $range }” não é um intervalo: escreva-o BAIXO..ALTO, com dois números ou dois meses (AAAA-MM), p. ex. --range 60..140.
lab-error-range-order = --range “{ $range }” está vazio: a ponta baixa deve vir antes da alta.
lab-error-range-steps = --steps { $steps } são poucos demais: um intervalo precisa de pelo menos 2 passos.
lab-error-range-bool = --range precisa de uma alavanca de número ou de mês; esta é sim/não: use --values false,true.
lab-sensitivity-header = Sensibilidade de { $label } (arquivo de cenário { $hash }): { $settings-text } { $settings ->
    [one] ajuste
   *[other] ajustes
} × { $runs-text } { $runs ->
    [one] campanha
   *[other] campanhas
} em { $seconds } s. Todos os ajustes jogam de propósito as mesmas sementes, { $first }–{ $last } (ensaios pareados), de modo que cada diferença é entre as mesmas guerras.
lab-sensitivity-lever = alavanca
lab-sensitivity-as-is = { $value } (tal como é)
lab-sensitivity-value = valor
lab-sensitivity-note = (Cada célula: a diferença média em relação ao cenário tal como é, com o seu intervalo de 95 %. Positivo significa mais tarde, ou mais vezes; uma proporção vai em pontos percentuais.)
lab-sensitivity-wrote = Escritos sensitivity.csv, trials.csv, tornado.svg e tornado.png em { $dir }.
lab-tornado-title = O que faz cada alavanca: { $label }
lab-tornado-note = Diferença pareada média em relação ao cenário tal como é, com o seu intervalo de 95 %; { $runs-text } ensaios por ajuste com as mesmas sementes; arquivo de cenário { $hash }
lab-tornado-low = alavanca no seu valor baixo
lab-tornado-high = alavanca no seu valor alto
lab-sweep-header = Varredura de “{ $lever }” em { $values-text } { $values ->
    [one] valor
   *[other] valores
} de { $label } (arquivo de cenário { $hash }): { $runs-text } { $runs ->
    [one] campanha
   *[other] campanhas
} por valor em { $seconds } s. Todos os valores jogam de propósito as mesmas sementes, { $first }–{ $last } (ensaios pareados), de modo que são comparados nas mesmas guerras.
lab-sweep-wins = A República vence (intervalo de 95 %)
lab-sweep-note = (Datas: mediana, com os quartis entre parênteses; “depois do fim” se ainda não tinha acontecido.)
lab-sweep-wrote = Escritos sweep.csv, trials.csv, sweep.svg e sweep.png em { $dir }.
lab-sweep-title = A guerra conforme o valor da alavanca: { $lever }
lab-sweep-chart-note = Proporções com o seu intervalo de 95 %; datas como mediana e quartis; { $runs-text } ensaios por valor com as mesmas sementes; arquivo de cenário { $hash }

## A direção declarada de uma alavanca, verificada por `aguila check` e por `aguila calibrate`.
check-lever-direction = parâmetro `{ $id }`: { $kind ->
    [date] uma data move-se `Later` ou `Earlier`
   *[share] uma proporção move-se `More` ou `Less`
}
check-lever-no-range = o parâmetro `{ $id }` declara como move a guerra mas não tem intervalo em que jogá-lo: dê-lhe `min` e `max`
check-lever-unexplained = parâmetro `{ $id }`: a sua direção declarada precisa de um `why` e de um `source`
lab-lever-outcome = { $outcome ->
    [empire_ends] cai o lado imperial
    [capital_falls] a capital cai
    [withdrawal_announced] a França anuncia a retirada
    [french_gone] as últimas tropas francesas partem
   *[republic_wins] a República vence
} { $direction ->
    [later] mais tarde
    [earlier] mais cedo
    [more] mais vezes
   *[less] menos vezes
}
lab-calibrate-lever = { $lever }, de { $low } a { $high }: { $claim }
lab-calibrate-lever-stated = declarado ({ $source })
lab-calibrate-lever-effect = { $verdict ->
    [as_stated] como declarado
    [against] CONTRA a direção declarada
   *[no_clear_effect] SEM EFEITO CLARO
}: média { $mean } { $unit ->
    [months] meses
   *[points] pontos percentuais
} (intervalo de 95 % de { $low } a { $high })
lab-calibrate-lever-window = um efeito claro, como declarado
lab-calibrate-lever-unstated = { $lever }: não declara direção
lab-calibrate-lever-unstated-model = não medido: o cenário não declara direção para ela

## O parágrafo da comparação: começa pelo maior efeito claro e diz com franqueza quando os
## ensaios não distinguem uma diferença.
lab-honest-lead = Em { $runs-text } { $runs ->
    [one] ensaio pareado
   *[other] ensaios pareados
} (as mesmas guerras jogadas das duas maneiras), a maior diferença clara entre “{ $variant }” e “{ $baseline }” é que com “{ $variant }” { $effect }.
lab-honest-also = Além disso, { $effect }.
lab-honest-unclear = Os ensaios não distinguem uma diferença em { $list }: { $count ->
    [one] o seu intervalo de 95 % inclui
   *[other] cada intervalo de 95 % inclui
} o zero.
lab-honest-none = Em { $runs-text } { $runs ->
    [one] ensaio pareado
   *[other] ensaios pareados
} (as mesmas guerras jogadas das duas maneiras), os ensaios não distinguem “{ $variant }” de “{ $baseline }”: em { $list }, cada intervalo de 95 % inclui o zero, de modo que qualquer diferença é pequena demais para se ver com tantos ensaios.
lab-honest-date = { $measure ->
    [empire_ends] cai o lado imperial
    [capital_falls] a capital cai
    [withdrawal_announced] a França anuncia a retirada
   *[french_gone] as últimas tropas francesas partem
} { $amount ->
    [one] um mês
   *[other] { $amount-text } meses
} { $direction ->
    [later] mais tarde
   *[earlier] mais cedo
} em média (intervalo de 95 %: entre { $low-text } e { $high-text } meses { $direction ->
    [later] mais tarde
   *[earlier] mais cedo
})
lab-honest-wins = a República vence { $amount ->
    [one] um ponto percentual
   *[other] { $amount-text } pontos percentuais
} { $direction ->
    [more] mais vezes
   *[less] menos vezes
} ({ $share-variant } dos ensaios em vez de { $share-baseline }; intervalo de 95 %: entre { $low-text } e { $high-text } pontos)
lab-honest-noun = { $measure ->
    [empire_ends] quando cai o lado imperial
    [capital_falls] quando cai a capital
    [withdrawal_announced] quando a França anuncia a retirada
    [french_gone] quando partem as últimas tropas francesas
   *[republic_wins] quantas vezes vence a República
}
lab-list-two = { $first } e { $last }
lab-list-more = { $first }, { $last }

## Ajuda dos novos comandos.
help-sweep = Joga uma alavanca com vários valores e as mesmas sementes (uma tabela e um gráfico)
help-sweep-scenario = Cenário ou variante: um arquivo ou um id (`aguila scenarios` os lista); por padrão, a guerra histórica embutida
help-sweep-param = A alavanca a percorrer (o id de um parâmetro)
help-sweep-values = Os valores a jogar, separados por vírgulas: --values 1863-01,1865-04,1867-01
help-sweep-range = Em vez disso, um intervalo de valores com as duas pontas: --range 60..140 (números ou meses)
help-sweep-steps = Quantos valores tomar a intervalos iguais em --range (pelo menos 2)
help-sweep-set = Muda outro parâmetro em todos os ajustes: --set nome=valor (pode repetir-se)
help-sweep-out = Escreve sweep.csv, trials.csv e sweep.svg nesta pasta
help-sensitivity = Joga cada alavanca no seu valor plausível baixo e alto contra o valor por omissão (um tornado)
help-sensitivity-scenario = Cenário ou variante: um arquivo ou um id (`aguila scenarios` os lista); por padrão, a guerra histórica embutida
help-sensitivity-set = Muda um parâmetro em todos os ajustes: --set nome=valor (pode repetir-se)
help-sensitivity-out = Escreve sensitivity.csv, trials.csv e tornado.svg nesta pasta
