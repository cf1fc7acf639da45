# A tela do Laboratório: experimentos de muitas campanhas, seus gráficos e sua exportação.

## Menu principal

labscreen-menu-title = Laboratório
labscreen-menu-text = Para a sala de aula: jogue centenas de campanhas do cenário e de seus contrafactuais com o computador dos dois lados, e veja o que muda, com a sua incerteza.
labscreen-open = Abrir o Laboratório

## Preparação

labscreen-title = Laboratório: e se…?
labscreen-intro = Cada variante é jogada com as mesmas sementes do cenário tal como é, de modo que as diferenças vêm da mudança e não da sorte.
labscreen-variants = Variantes a comparar
labscreen-history-label = Valores históricos (o cenário tal como é)
    .help = Sempre jogado: cada variante é medida contra ele.
labscreen-own-levers = Alavancas próprias
    .help = Ajuste à mão as alavancas contrafactuais, dentro de suas faixas plausíveis.
labscreen-baseline = Valores históricos
labscreen-other-scenario = { $file } é uma variante de outro cenário: não pode ser comparada com este.
labscreen-own-levers-label = Suas alavancas: { $set }
labscreen-own-levers-unchanged = Suas alavancas (nos valores históricos)
labscreen-not-a-variant = este arquivo é um cenário, não uma variante
labscreen-runs = Campanhas por variante
    .help = Mais campanhas dão intervalos mais estreitos, e demoram mais.
labscreen-ai-level = { $side ->
    [republic] O computador joga com a República
   *[empire] O computador joga com o lado imperial
}
labscreen-seed = Primeira semente
    .help = A campanha número i usa esta semente mais i; as mesmas sementes dão as mesmas guerras.
labscreen-run = Jogar as campanhas
labscreen-cancel = Parar
labscreen-back = Voltar ao menu
labscreen-error-runs = As campanhas por variante devem estar entre { $low-text } e { $high-text }.

## Resultados

labscreen-empty = Escolha as variantes à esquerda e jogue as campanhas: os gráficos aparecem aqui à medida que são jogadas.
labscreen-progress = { $done-text } de { $total-text } campanhas para { $variants ->
    [one] uma variante
   *[other] cada uma de { $variants-text } variantes
}
labscreen-status-running = jogando…
labscreen-status-finished = concluído
labscreen-status-cancelled = parado: os gráficos mostram as campanhas jogadas antes da parada
labscreen-status = { $status } · sementes { $first } a { $last } · a República jogada no nível { $republic }, o lado imperial no { $empire }
labscreen-winners = Quem venceu
labscreen-axis-share = Parcela das campanhas (%)
labscreen-interval = intervalo de 95 %
labscreen-share = { $share } (intervalo de 95 %: { $low } – { $high })
labscreen-winners-line = República { $republic } · lado imperial { $empire } · sem vencedor { $none }
labscreen-dates = Datas-chave
    .help = Cada caixa contém a metade central das campanhas em que o fato ocorreu, com a mediana dentro e bigodes de 5 % a 95 %; a linha tracejada é o mês em que ocorreu na história.
labscreen-date-history = { $date } (história: { $month })
labscreen-date-came = em { $came-text } de { $trials-text } campanhas
labscreen-history = História
labscreen-provinces = Províncias em mãos da Intervenção e do Império
    .help = Linhas: a mediana das campanhas no fim de cada mês; faixas: a metade central delas (25–75 %); tracejada: a história, segundo o registro do cenário.
labscreen-differences = Cada variante diante dos valores históricos
labscreen-axis-months = Meses, variante menos os valores históricos (ponto: média; barra: intervalo de 95 %)
labscreen-trials = As campanhas uma a uma
    .help = Assista a uma como guerra no mapa: a mesma semente e os mesmos jogadores do computador dão a mesma guerra.
labscreen-watch = Assistir
labscreen-trial = Semente { $seed }: { $outcome ->
    [republic] a República venceu
    [empire] o Império venceu
    [regency] a Regência venceu
    [intervention] a Intervenção venceu
   *[none] sem vencedor ao fim do cenário
}, { $month }

## Exportação

labscreen-export-folder = Exportar para
labscreen-export = Exportar
    .help = Grava as tabelas em CSV, os gráficos em PNG e SVG e todo o experimento como relatório Markdown, numa pasta nova dentro desta.
labscreen-exported = Gravado em { $dir }
labscreen-nothing-to-export = Ainda não há campanhas: nada a exportar.
labscreen-report-title = Experimento do Laboratório
labscreen-report-setup = { $runs-text } campanhas por variante (de { $asked-text } pedidas), sementes { $first } a { $last }, as mesmas para cada variante. O computador jogou com a República no nível { $republic } e com o lado imperial no { $empire }.
labscreen-report-no-changes = nenhuma alavanca alterada
labscreen-report-files = Arquivos: trials.csv (uma linha por campanha), provinces.csv (províncias em mãos de cada lado por mês), tracks.csv (a vontade da França e as pressões sobre ela por mês), differences.csv (diferenças emparelhadas), provinces.png e tracks.png (os gráficos, também em SVG).
labscreen-error-not-folder = { $path } é um arquivo, não uma pasta: escolha uma pasta para onde exportar.
labscreen-side-imperial = Lado imperial
    .help = A Intervenção, depois a Regência, depois o Império de Maximiliano: o que a guerra tivesse alcançado.
labscreen-tracks = A vontade da França e as pressões sobre ela
    .help = Linhas: a mediana das campanhas no fim de cada mês; faixas: a metade central delas (25–75 %). A França se retira quando sua vontade cai o bastante.
labscreen-drains = O que moveu a vontade da França, somado desde o início: { $variant }
labscreen-axis-year = Ano
labscreen-axis-points = Pontos
