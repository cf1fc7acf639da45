# Textos comuns à linha de comando e ao jogo: idioma, calendário, números, lados.
language-name = Português
number-group-separator = .
number-decimal-separator = ,
money-pesos = { $amount-text } pesos
money-thousands = { $amount-text } mil pesos
money-millions = { $amount-text } { $amount ->
    [one] milhão
   *[other] milhões
} de pesos
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
## O que cada lado controla a cada mês (o resto da crônica: chronicle.ftl; o fim da guerra: outcome.ftl).
chronicle-holdings = Território: a República { $republic-text }, em disputa { $contested-text }, { $empire_side } { $empire-text }; vontade da França: { $will } de { $max-text }.

## Ensaios em lote, comparação de contrafactuais e calibração (aguila trials, compare, calibrate).
lab-progress = Jogando campanhas
lab-trials-header = { $label }: { $runs-text } { $runs ->
    [one] campanha
   *[other] campanhas
} (sementes { $first }–{ $last }) em { $seconds } s.
lab-parameters = Parâmetros alterados: { $set }
lab-section-winners = Quem venceu (proporção dos ensaios, intervalo de Wilson de 95 %)
lab-winner-republic = A República
lab-winner-empire = O lado imperial
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
lab-date-empire-ends = Cai o lado imperial
lab-wrote = Gravados trials.csv, provinces.csv, tracks.csv, summary.json e os gráficos provinces.svg, provinces.png, tracks.svg e tracks.png em { $dir }.
lab-error = erro: { $message }
lab-error-no-runs = --runs deve ser pelo menos 1.
lab-error-too-many = { $what ->
    [runs] --runs { $asked } é mais do que um cenário pode jogar: no máximo { $most }.
    [trials] { $asked } ensaios no total são mais do que um lote pode jogar: no máximo { $most } (menos --runs, ou menos cenários).
   *[jobs] --jobs { $asked } são mais linhas de execução do que um lote pode abrir: no máximo { $most } (0 é uma por núcleo).
}
lab-error-out-not-dir = --out { $path } é um arquivo, não uma pasta.
lab-error-out-create = não é possível criar a pasta { $path }: { $reason }
lab-error-write = não é possível gravar { $path }: { $reason }
lab-error-png = não é possível desenhar { $chart } como PNG: { $reason }
lab-error-compare-both = --variant altera um único cenário: indique --scenario só uma vez.
lab-error-compare-nothing = nada a comparar: indique --variant "nome=valor …" ou --scenario duas vezes.
lab-error-compare-maps = estes cenários têm mapas diferentes e não podem ser comparados.
lab-error-empty-variant = uma --variant está vazia: escreva-a como "nome=valor nome=valor".
lab-compare-header = { $variants-text } configurações × { $runs-text } campanhas com as mesmas sementes (a partir de { $first }) em { $seconds } s.
lab-compare-baseline = Referência: { $label }
lab-compare-variant = Variante: { $label }
lab-compare-differences = Diferenças, “{ $variant }” menos “{ $baseline }” (ensaios pareados):
lab-compare-note = (Positivo significa mais tarde, ou mais vezes. Uma data que não tinha chegado ao fim de um ensaio conta como o mês seguinte a esse fim.)
lab-measure-empire-ends = Cai o lado imperial (meses)
lab-measure-republic-wins = Vitória da República (pontos percentuais)
lab-measure-withdrawal = Anúncio da retirada (meses)
lab-measure-french-gone = Partida das últimas tropas francesas (meses)
lab-measure-capital-falls = Queda da capital (meses)
lab-calibrate-header = Calibração com a história: { $runs-text } campanhas do cenário histórico e de cada contrafactual, com as mesmas sementes.
lab-calibrate-inside = dentro
lab-calibrate-outside = FORA
lab-calibrate-unmeasured = não medido
lab-calibrate-history = história
lab-calibrate-model = modelo
lab-calibrate-window = margem
lab-calibrate-footer = { $inside-text } de { $targets-text } metas dentro da margem.
lab-calibrate-quartiles = mediana { $median } (quartis { $p25 } – { $p75 })
lab-calibrate-wins = { $side ->
    [republic] A República vence
   *[empire] A Intervenção vence
}
lab-calibrate-history-won = sim ({ $year })
lab-calibrate-history-lost = não
lab-calibrate-history-none = sem registro
lab-calibrate-provinces = Províncias em poder { $side ->
    [republic] da República
   *[empire] da Intervenção
} no fim de { $year }
lab-calibrate-later = { $variant }: { $date ->
    [empire_ends] o Império dura mais
    [capital_falls] a capital cai mais tarde
    [withdrawal_announced] a França anuncia mais tarde a retirada
    [french_gone] os franceses ficam mais tempo
    [regency] a Regência chega mais tarde
   *[empire_proclaimed] o Império é proclamado mais tarde
}
lab-calibrate-none = { $file } não tem metas históricas (sua seção `history` não lista `targets`): não há nada a calibrar.
lab-calibrate-history-later = mais tarde, como defendem os historiadores
lab-calibrate-difference = média { $mean } meses (intervalo de 95 % de { $low } a { $high })
lab-calibrate-no-variant = falta o arquivo de variante { $file }
lab-chart-title = Províncias em poder da Intervenção e do Império
lab-chart-x = Ano (situação no fim de cada mês)
lab-chart-y = Províncias em seu poder
lab-chart-median = Mediana dos ensaios
lab-chart-history = História (o registro do cenário, com suas fontes)
lab-chart-band = Faixa interquartil (25–75 %)

## Palavras da própria linha de comando: erros, avisos, problemas com arquivos.
cli-error = erro: { $message }
cli-warning = aviso: { $message }
cli-invalid-value = valor inválido '{ $value }' para { $option }: { $reason }
cli-unknown-option = a opção '{ $option }' não existe{ $suggestion ->
        [none] {""}
       *[other] ; você quis dizer '{ $suggestion }'?
    }
cli-unknown-command = o comando '{ $command }' não existe{ $suggestion ->
        [none] {""}
       *[other] ; você quis dizer '{ $suggestion }'?
    }
cli-missing = falta: { $options }
cli-conflict = { $option } não pode ser usada junto com { $other }
cli-see-help = Para ver os comandos e suas opções: aguila --help
cli-possible-values = pode ser { $values }
cli-no-client = Esta versão não tem a janela do jogo (foi compilada sem o recurso `client`).
    Experimente `aguila run --seed 7`, `aguila scenarios` ou `aguila --help`.
cli-lang-unknown = não há tradução para `{ $code }`: as mensagens estão em `{ $used }` (idiomas: { $available })
io-not-found = o arquivo ou a pasta não existe
io-permission-denied = você não tem permissão
io-not-text = não é um arquivo de texto (UTF-8)
io-is-a-directory = é uma pasta, não um arquivo
io-already-exists = já existe
io-storage-full = o disco está cheio
io-other = { $detail }
run-saved = (jogo salvo no começo de { $month } em { $file })
run-not-saved = a guerra terminou antes de { $month }; nada foi salvo
run-month-outside = { $option } { $month } está fora dos meses desta guerra (de { $first } a { $last }): não faria nada
run-save-over-other = --save-at escreveria sobre { $file }, que não é um jogo salvo deste jogo; indique outro arquivo
texts-syntax-errors = { $file }: { $errors ->
    [one] um erro
   *[other] { $errors-text } erros
} de sintaxe do Fluent; o resto do arquivo é usado
texts-template-header = Tradução do cenário `{ $scenario }` para o idioma `{ $lang }`.
    Cada mensagem traz como comentário o texto em inglês do arquivo do cenário e, logo abaixo, a tradução.

## Nomes dos exércitos formados durante a partida.
army-levies = Recrutas de { $province }
army-of = Exército de { $province }
army-reinforcements = Reforços de { $province }
army-detachment = { $army } (destacamento)

## aguila check: o que está errado num arquivo de cenário ou de variante. Os ids, os nomes de
## campo e a sintaxe RON entre crases são código e ficam como estão.
check-ok = { $file }: correto ({ $provinces ->
    [one] uma província
   *[other] { $provinces-text } províncias
}, { $leaders ->
    [one] um líder
   *[other] { $leaders-text } líderes
}, { $events ->
    [one] um acontecimento
   *[other] { $events-text } acontecimentos
}, { $warnings ->
    [0] nenhum aviso
    [one] um aviso
   *[other] { $warnings-text } avisos
})
check-failed = { $file }: { $errors ->
    [one] um erro
   *[other] { $errors-text } erros
}
check-file-has-errors = { $file } tem { $errors ->
    [one] um erro
   *[other] { $errors-text } erros
}
check-cannot-read = não foi possível ler { $file }: { $reason }
check-here = aqui
check-help = ajuda: { $help }
check-did-you-mean = você quis dizer `{ $suggestion }`?
check-expected-one-of = era esperado um destes: { $list }
check-unknown-field = campo desconhecido `{ $field }`
check-unknown-field-in = campo desconhecido `{ $field }` em { $outer }
check-missing-field = falta o campo `{ $field }`
check-missing-field-in = falta o campo `{ $field }` em { $outer }
check-unknown-variant = variante desconhecida `{ $variant }`
check-unknown-variant-in = variante desconhecida `{ $variant }` de { $outer }
check-duplicate-field = o campo `{ $field }` aparece duas vezes
check-ron-eof = O arquivo RON acaba antes da hora
check-ron-eof-help = provavelmente um `(` ou um `[` aberto mais acima nunca é fechado
check-ron-expected-array = Era esperado `[` para abrir uma lista
check-ron-expected-array-end = Era esperado `]` para fechar a lista
check-ron-expected-boolean = Era esperado `true` ou `false`
check-ron-expected-comma = Era esperada uma vírgula
check-ron-expected-number = Era esperado um número
check-ron-expected-integer = Era esperado um número inteiro
check-ron-expected-option = Era esperado um valor opcional: `Some(…)` ou `None`
check-ron-expected-paren-end = Era esperado `)` para fechar
check-ron-expected-map = Era esperado `{"{"}` para abrir
check-ron-expected-colon = Eram esperados dois-pontos `:`
check-ron-expected-map-end = Era esperado `{"}"}` para fechar
check-ron-expected-paren = Era esperado `(` para abrir
check-ron-expected-paren-for = Era esperado `(` para abrir { $name }
check-ron-wrong-struct-name = Era esperado { $expected }, mas foi encontrado { $found }
check-ron-expected-unit = Era esperado `()`
check-ron-expected-string = Era esperado um texto entre aspas duplas
check-ron-expected-string-end = Faltam as aspas `"` que fecham este texto
check-ron-expected-identifier = Era esperado um nome
check-ron-integer-out-of-bounds = Este número é grande ou pequeno demais para o seu campo
check-ron-unexpected-char = Caractere inesperado `{ $char }`
check-ron-trailing = Sobra texto depois do fim do valor principal do arquivo
check-ron-unclosed-comment = Comentário não fechado: há um `/*` sem o seu `*/`
check-expected-num = Era esperado um número, ou Param("id_do_parâmetro")
check-expected-month = Era esperado um mês como "AAAA-MM", ou Param("id_do_parâmetro")
check-expected-param-value = Era esperado o valor de um parâmetro: true/false, um número ou um mês "AAAA-MM"
check-ron-invalid-type = Era esperado { $expected }, mas foi encontrado { $found }
serde-struct = um { $name } entre parênteses `(…)`
serde-enum = uma das opções de { $name }
serde-the-string = o texto { $value }
serde-the-integer = o número inteiro { $value }
serde-the-number = o número { $value }
serde-the-boolean = { $value }
serde-sequence = uma lista entre colchetes `[…]`
serde-map = um mapa entre chaves
serde-string = um texto entre aspas duplas
serde-boolean = `true` ou `false`
serde-number = um número
serde-integer = um número inteiro
serde-unit = `()`
serde-option = `Some(…)` ou `None`
serde-identifier = um nome
check-ron-wrong-length = Era esperado { $expected }, mas { $found ->
    [0] não há nenhum elemento
    [one] há um só elemento
   *[other] há { $found-text } elementos
}
check-ron-bad-name = `{ $word }` não é um nome válido aqui: um nome tem letras, dígitos e `_`, e começa por letra (textos vão entre aspas duplas)
check-ron-bad-escape = Este escape depois de `\` não é válido dentro de um texto
check-ron-expected-char = Era esperado um caractere entre aspas simples
check-ron-bad-number = Este número não está escrito corretamente
check-ron-too-deep = O arquivo tem níveis aninhados demais
check-ron-not-utf8 = Este texto não é UTF-8 válido
check-ron-other = Erro de sintaxe RON: { $detail }
check-format-version = format_version é { $found }, mas esta versão do jogo lê o formato { $expected }
check-ends-before-start = o cenário termina ({ $end }) antes de começar ({ $start })
check-duplicate-id = o id { $kind ->
    [province] de província
    [leader] de líder
    [contingent] de contingente
    [track] de indicador
    [parameter] de parâmetro
    [terrain] de terreno
    [power] de potência
    [event] de acontecimento
    [army] de exército
   *[victory] de regra de vitória
} `{ $id }` é usado duas vezes
check-ids-unique = cada id deve ser único
check-missing-track = as regras precisam de um indicador `{ $track }`
check-param-bound-kind = parâmetro `{ $id }`: { $bound } é { $bound_kind ->
    [bool] verdadeiro/falso
    [month] um mês
   *[number] um número
}, mas o valor padrão é { $default_kind ->
    [bool] verdadeiro/falso
    [month] um mês
   *[number] um número
}
check-param-default = parâmetro `{ $id }`: o valor padrão { $problem }
check-param-unexplained = o parâmetro `{ $id }` precisa de uma explicação e de uma fonte
check-param-month-for-number = o parâmetro `{ $id }` é um mês, mas em { $path } é preciso um número
check-param-not-month = o parâmetro `{ $id }` não é um mês, mas em { $path } é preciso um mês
check-param-not-bool = o parâmetro `{ $id }` é usado como condição em { $path }, mas não é verdadeiro/falso
check-track-min-max = indicador `{ $id }`: min e max devem ser números, min menor que max
check-not-finite = `{ $value }` não é um número que um cenário possa usar: todo número deve ser finito
check-not-finite-help = escreva um número comum, como 0.5 ou 1000
check-id-not-plain = o id do cenário `{ $id }` só pode ter letras, algarismos, `_` e `-`: ele dá nome aos arquivos de tradução do cenário
check-track-initial = o indicador `{ $id }` começa em { $value }, fora da sua faixa, de { $min } a { $max }
check-province-support = província `{ $id }`: o apoio a cada lado vai de 0 a 100, e os dois somados não podem passar de 100
check-province-control = província `{ $id }`: o controle deve ficar entre -100 e 100
check-number-out-of-range = `{ $path }` vale { $value }, { $kind ->
    [share] mas é uma proporção e deve estar entre 0 e 1
    [non-negative] mas não pode ser negativo
    [positive] mas deve ser maior que 0
   *[between] fora do seu intervalo, de { $min } a { $max }
}
check-province-fortification = província `{ $id }`: as fortificações vão de 0 a 5
check-province-revenue = província `{ $id }`: a receita não pode ser negativa
check-province-no-people = a província `{ $id }` não tem habitantes
check-terrain-multipliers = terreno `{ $id }`: os multiplicadores devem ser positivos
check-border-to-itself = `{ $id }` tem { $kind ->
    [border] uma fronteira
   *[sea-lane] uma rota marítima
} consigo mesma
check-border-twice = { $kind ->
    [border] a fronteira
   *[sea-lane] a rota marítima
} entre `{ $a }` e `{ $b }` aparece duas vezes
check-border-twice-help = as fronteiras valem nos dois sentidos: anote cada par uma só vez
check-no-land-route = a província `{ $id }` não tem caminho por terra até `{ $first }`
check-contingent-values = contingente `{ $id }`: a qualidade deve ser positiva, a manutenção não pode ser negativa e a deserção vai de 0 a 1
check-leader-skill = líder `{ $id }`: a perícia vai de 0 a 5
check-leader-loyalty = líder `{ $id }`: a lealdade vai de 0 a 100
check-army-leader-side = exército `{ $id }`: o seu líder `{ $leader }` serve ao outro lado
check-leader-two-armies = o líder `{ $id }` comanda dois exércitos
check-army-no-troops = o exército `{ $id }` não tem tropas
check-army-foreign-troops = o exército `{ $id }` ({ $side ->
    [republic] da República
   *[empire] do Império
}) tem homens de `{ $contingent }`, um contingente do outro lado
check-event-chance = acontecimento `{ $id }`: chance é uma probabilidade, de 0 a 1
check-event-chooser-without-choices = o acontecimento `{ $id }` diz quem decide (chooser), mas não oferece opções
check-event-choices-without-chooser = o acontecimento `{ $id }` oferece opções, mas não diz quem decide
check-event-choices-without-chooser-help = acrescente `chooser: Republic` ou `chooser: Empire`
check-choice-twice = acontecimento `{ $event }`: a opção `{ $id }` aparece duas vezes
check-choice-weight = opção `{ $id }`: ai_weight não pode ser negativo
check-event-no-source = o acontecimento `{ $id }` não cita nenhuma fonte
check-history-month = { $what }: o mês { $month } está fora do cenário ({ $start } … { $end })
check-history-count = { $count } províncias são mais que as { $provinces } províncias do mapa
check-history-twice = { $what } aparece duas vezes na história
check-history-window = a janela termina ({ $to }) antes de começar ({ $from })
check-history-share = a proporção { $share } deve ser um número de 0 a 1
check-history-no-date = esta meta precisa do mês histórico de `{ $date }`: acrescente-o a `key_dates`
check-history-no-count = esta meta precisa das províncias que { $side } tinha no fim de { $month }: acrescente-as a `provinces_held`
check-history-no-variant = esta meta precisa do nome de um arquivo de variante em `counterfactuals/`
check-source-empty = este `source` está vazio
check-source-missing = este `source` cita `{ $path }`, que não está no repositório
check-source-help = cite uma seção das notas de docs/history/ (p. ex. `docs/history/timeline.md 1863-06-10`) ou uma obra da bibliografia
check-rule-share = rules.{ $name } é uma proporção e deve ficar entre 0 e 1, não { $value }
check-rule-held-threshold = rules.control.held_threshold deve ser maior que 0 e no máximo 100
check-rule-towns-only = rules.control.bands_hold_country não pode ser negativo e, se for maior que 0, rules.control.towns_only deve ir de 0 até abaixo de held_threshold
check-rule-withdrawal-schedule = rules.france.withdrawal_schedule: os meses devem ir aumentando e as proporções, ficar entre 0 e 1
check-strategy-twice = strategy: { $side } tem duas estratégias; cada lado pode ter no máximo uma
check-strategy-weights = estratégia de { $side }: os pesos e a reserva precisam ser zero ou mais, e repression_at, no máximo três números crescentes
check-unknown-ref = { $kind ->
    [province] província desconhecida
    [leader] líder desconhecido
    [contingent] contingente desconhecido
    [track] indicador desconhecido
    [parameter] parâmetro desconhecido
    [terrain] terreno desconhecido
    [power] potência desconhecida
   *[event] acontecimento desconhecido
} `{ $id }` (em { $path })
check-known-ids = { $kind ->
    [province] províncias conhecidas
    [leader] líderes conhecidos
    [contingent] contingentes conhecidos
    [track] indicadores conhecidos
    [parameter] parâmetros conhecidos
    [terrain] terrenos conhecidos
    [power] potências conhecidas
   *[event] acontecimentos conhecidos
}: { $ids }
check-missing-translation = falta a tradução `{ $lang }` de `{ $key }`; o texto aparece em inglês
check-missing-translation-help = acrescente `{ $key } = …` a i18n/{ $lang }/{ $scenario }.ftl, ao lado do cenário
check-missing-translations = { $count ->
    [one] um texto do cenário não tem tradução `{ $lang }` (`{ $first }`); aparece em inglês
   *[other] { $count-text } textos do cenário não têm tradução `{ $lang }` (o primeiro é `{ $first }`); aparecem em inglês
}
check-missing-translations-help = `aguila check --verbose { $file }` lista cada um; `aguila texts { $file } --lang { $lang }` escreve um modelo para preencher

## Arquivos de variantes contrafactuais.
variant-invalid = não é uma variante válida: { $problem }
variant-invalid-help = uma variante tem format_version, id, title, question, plausibility, sources, base e set
variant-format-version = o formato de variante { $found } não é suportado (esta versão lê o formato { $expected })
variant-empty-field = `{ $field }` está vazio
variant-no-source = uma variante cita pelo menos uma fonte
variant-no-change = uma variante muda pelo menos um parâmetro
variant-no-change-help = acrescente, por exemplo, ("us_civil_war_end", "1867-01") a `set`
variant-set-twice = o parâmetro `{ $name }` é alterado duas vezes
variant-no-base = não foi possível ler o cenário base `{ $base }` (procurado em { $path })
variant-no-base-help = `base` é escrito a partir da pasta do arquivo da variante, por exemplo "../historical_1861.ron"
variant-base-outside = a base `{ $base }` está fora da pasta do cenário { $folder }; não foi aberta
variant-base-outside-help = uma variante pode nomear um cenário da pasta que contém a sua ou das suas subpastas, por um caminho relativo como "../historical_1861.ron", nunca um caminho absoluto nem um link que saia dessa pasta
variant-base-is-variant = a base `{ $base }` também é uma variante
variant-base-is-variant-help = faça `base` apontar para um arquivo de cenário

## Valores dos parâmetros (--set nome=valor, variantes, menu do jogo).
bad-month = `{ $text }` não é um mês: escreva no formato AAAA-MM, por exemplo 1862-05
param-wrong-kind = deve ser { $expected ->
    [bool] verdadeiro ou falso
    [month] um mês
   *[number] um número
}, não { $found ->
    [bool] verdadeiro ou falso
    [month] um mês
   *[number] um número
}
param-below-range = { $value } está abaixo da faixa plausível ({ $range })
param-above-range = { $value } está acima da faixa plausível ({ $range })
param-range-between = de { $min } a { $max }
param-range-from = a partir de { $min }
param-range-up-to = até { $max }
param-range-any = qualquer valor
set-unknown-parameter = parâmetro desconhecido `{ $name }`; os parâmetros do cenário são: { $known }
set-unknown-parameter-suggest = parâmetro desconhecido `{ $name }` (você quis dizer `{ $suggestion }`?); os parâmetros do cenário são: { $known }
set-not-bool = o parâmetro `{ $name }` só pode valer true ou false, não `{ $value }`
set-not-number = o parâmetro `{ $name }` é um número, não `{ $value }`
set-not-month = parâmetro `{ $name }`: `{ $value }` não é um mês: escreva no formato AAAA-MM, por exemplo 1862-05
set-out-of-range = parâmetro `{ $name }`: { $problem }
set-not-assignment = `{ $text }` não está no formato nome=valor

## Jogos salvos.
save-not-readable = { $file } não é um jogo salvo que dê para ler: { $problem }
save-wrong-version = { $file } foi salvo no formato { $found }; esta versão do jogo lê o formato { $expected }
save-io = { $file }: { $reason }
save-problem-at = linha { $line }, coluna { $column }: { $detail }
save-problem-scenario = o cenário dele não é válido: { $problem }
save-problem-count = o número de { $what ->
    [provinces] províncias
    [leaders] líderes
    [tracks] indicadores
    [parameters] parâmetros
    [powers] potências
   *[event-records] registros de acontecimentos
} ({ $found }) não bate com o do seu cenário ({ $expected })
save-problem-army = o exército { $army } se refere a algo que o seu cenário não tem
save-problem-army-order = os exércitos dele não estão em ordem de id
save-problem-references = ele se refere a um acontecimento ou a um líder que o seu cenário não tem
save-problem-order = a ordem { $order } se refere a algo que o seu cenário não tem
save-problem-value = { $what } vale { $value }, fora do seu intervalo de { $low } a { $high }
save-problem-army-id = o exército { $army } tem um id igual ou maior que o próximo id de exército do jogo salvo
save-problem-men = o exército { $army } tem um destacamento de { $men } homens; um destacamento pode ter no máximo { $most }
save-problem-all-men = os seus exércitos somam { $men } homens; um jogo pode ter no máximo { $most }
save-problem-leader = { $problem ->
    [two-armies] o líder { $leader } comanda dois exércitos (o segundo é o exército { $army })
    [other-side] o líder { $leader } comanda o exército { $army }, do lado a que não serve
   *[not-serving] o líder { $leader } comanda o exército { $army } mas não está em serviço
}
save-problem-month = o seu mês { $month } está fora das datas do seu cenário (de { $start } a { $end })
save-problem-choice = espera uma escolha sobre o evento { $event }, que não oferece nenhuma ou ainda não ocorreu

## The command line's own help (aguila --help)
help-aguila = Águila y Corona: jogo de estratégia por turnos e simulação da Segunda Intervenção Francesa no México (1861-1867)
help-aguila-lang = Idioma (en, es, pt, …) da janela do jogo quando nenhum comando é dado; cada comando também aceita seu próprio --lang
help-check = Verifica arquivos de cenário e aponta cada erro com seu lugar
help-check-files = Arquivos de cenário ou de variante, ou ids de cenários embutidos ou de mods
help-check-json = Escreve as ocorrências em JSON (cada uma com um `code` que não depende do idioma)
help-check-lang = Idioma das mensagens (en, es, pt, …); por padrão, o do sistema
help-texts = Escreve o modelo de tradução de um cenário para um idioma (para tradutores)
help-texts-file = Arquivo de cenário
help-texts-lang = Idioma do modelo, e das mensagens se o jogo o tiver: es, pt, fr…
help-run = Joga uma campanha com os dois lados nas mãos da IA e escreve sua crônica
help-run-scenario = Cenário ou variante: um arquivo, ou o id de um cenário embutido ou de um mod (`aguila scenarios` os lista); por padrão, a guerra histórica embutida
help-run-seed = Semente aleatória (1 se não for dada); com --load, uma semente nova para o resto da guerra
help-run-until = Parar depois deste mês (AAAA-MM) mesmo que a guerra continue
help-run-set = Muda um parâmetro contrafactual: --set nome=valor (pode ser repetido)
help-run-json = Escreve um resultado legível por máquina em vez da crônica
help-run-save-at = Salva o estado no início de MONTH em FILE (RON): --save-at 1864-06 FILE
help-run-load = Continuar um jogo salvo em vez de começar um cenário; com --set ou --seed, um ramo a partir do mês salvo
help-run-lang = Idioma da crônica (en, es, pt, …); por padrão, o do sistema
help-run-policy = Quem joga os dois lados: a IA num nível (easy, normal, hard) ou a política fixa de referência (baseline)
help-trials = Joga muitas campanhas em paralelo e dá proporções, datas-chave e províncias em poder de cada lado
help-trials-scenario = Cenário ou variante: um arquivo ou um id (`aguila scenarios` os lista); por padrão, a guerra histórica embutida
help-trials-set = Muda um parâmetro contrafactual: --set nome=valor (pode ser repetido)
help-trials-out = Escreve trials.csv, provinces.csv, summary.json e provinces.svg nesta pasta
help-compare = Compara contrafactuais com as mesmas sementes (ensaios pareados)
help-compare-scenario = Cenário ou variante: um arquivo ou um id (por padrão, a guerra histórica embutida); passe-o duas ou mais vezes para compará-los (o primeiro é a referência)
help-compare-variant = Uma variante do cenário: "nome=valor nome=valor" (pode ser repetida); cada uma é comparada com o cenário como está
help-compare-set = Muda um parâmetro em todas as partidas: --set nome=valor (pode ser repetido)
help-compare-out = Escreve trials.csv, provinces.csv, summary.json e provinces.svg nesta pasta
help-calibrate = Confronta o modelo com as metas históricas de calibração
help-calibrate-scenario = O cenário histórico (um arquivo ou um id; por padrão, o embutido); as metas contrafactuais usam as variantes da pasta counterfactuals/
help-calibrate-json = Escreve o relatório em JSON
help-batch-runs = Número de campanhas (por variante)
help-batch-seed = Semente do primeiro ensaio; o ensaio i usa a semente S+i
help-batch-until = Parar cada campanha depois deste mês (AAAA-MM)
help-batch-jobs = Threads (0: uma por núcleo)
help-batch-policy = Quem joga os dois lados: a IA num nível (easy, normal, hard) ou a política fixa de referência (baseline)
help-batch-lang = Idioma do relatório (en, es, pt, …); por padrão, o do sistema
help-play = Abre a janela do jogo
help-play-scenario = Cenário com que começar: um arquivo, ou o id de um cenário embutido ou de um mod
help-play-smoke = Inicia, joga alguns turnos com a IA dos dois lados, salva aqui uma captura de tela e sai
help-play-lang = Idioma da interface (en, es, pt…); senão, o escolhido no menu e depois o do sistema
help-common-help = Mostra a ajuda
help-common-version = Mostra a versão
help-common-help-command = Mostra esta mensagem ou a ajuda do comando indicado
help-common-usage = Uso:
help-common-options = Opções
help-common-commands = Comandos
help-common-arguments = Argumentos
help-common-default = padrão: { $value }

## Replays and branches.
help-check-verbose = Listar cada texto do cenário que falta numa tradução, não uma linha por idioma
help-run-record = Gravar a guerra como replay em FILE (o estado inicial, as ordens de cada mês e a impressão do estado depois de cada um), para `aguila replay`
help-replay = Reproduzir uma guerra gravada (`run --record`) e verificar que chega aonde foi gravada
help-replay-file = O arquivo de replay
help-replay-verify = Só verificar que as regras chegam a cada mês gravado; sem crônica
help-replay-lang = Idioma da crônica e das mensagens (en, es, pt, …); por padrão o do sistema
run-recorded = Replay gravado em { $file }.
run-branch-lever = { $name } de { $before } para { $after }
run-branch = Um ramo de { $file } a partir de { $month }: { $changes ->
    [0] as mesmas alavancas
    [one] uma alavanca mudada ({ $levers })
   *[other] { $changes-text } alavancas mudadas ({ $levers })
}, { $new-seed ->
    [yes] e uma semente nova, { $seed }.
   *[no] e os sorteios da própria guerra salva.
}
branch-read-at-start = `{ $name }` só é lida quando a guerra começa: um ramo a partir de { $month } não pode mudá-la (comece uma guerra nova com --scenario e --set)
branch-month-passed = `{ $name }` indica { $was }, um mês que a guerra já viveu em { $month }: um ramo não pode mudá-la
branch-month-before = `{ $name }` = { $value } é anterior a { $month }, o primeiro mês do ramo
branch-events-fired = `{ $name }` só é lida por eventos que esta guerra já teve ({ $events }): um ramo a partir de { $month } não pode mudá-la
replay-format = este replay tem o formato { $found }; esta versão lê o formato { $expected }
replay-edited = este replay foi mudado depois de gravado (o conteúdo não corresponde à sua impressão)
replay-months = os meses deste replay estão fora de ordem, continuam depois do fim da guerra ou passam de { $max }
replay-refused = as regras recusam a ordem { $number } de { $month } neste replay
replay-diverged = as regras não chegaram ao estado gravado no fim de { $month }: o replay foi feito por outra versão das regras ou foi mudado
replay-over-other = { $file } não é um replay: um replay não será gravado por cima
replay-verified = { $file }: { $months ->
    [one] um mês reproduzido
   *[other] { $months-text } meses reproduzidos
}, cada um chega ao estado gravado; { $over ->
    [yes] a guerra terminou.
   *[no] a guerra está em { $month }.
}

## The tracks by month (tracks.svg, tracks.csv)

lab-tracks-title = A vontade da França e as pressões sobre ela, mês a mês
lab-tracks-points = pontos na escala do indicador
lab-tracks-drains-title = O que moveu a vontade da França, somado desde o início (abaixo de 0: o que lhe tirou): { $variant }
lab-tracks-drains-axis = pontos da vontade da França
lab-tracks-legend-median = linha: mediana dos ensaios; faixa: a metade central (25–75 %)
