# O pacote do professor (`aguila pack`, `aguila check`, `aguila run --pack`) e o balanço
# (`aguila debrief`). Os textos do próprio pacote (título, perguntas, previsão) são palavras
# do professor e aparecem como foram escritos.

pack-invalid = este não é um arquivo de pacote que este jogo consiga ler: { $problem }
pack-invalid-help = um pacote escreve-se Pack(format_version: 1, title: "…", scenario: "../historical_1861.ron", locked: [], free: [], sides: [Republic], turns: 54, questions: [(text: "…")], prediction: (prompt: "…"))
pack-format-version = o formato de pacote { $found } não é o que este jogo lê ({ $expected })
pack-empty-field = `{ $field }` não pode estar vazio
pack-one-choice = uma previsão não oferece opções (resposta livre) ou oferece pelo menos duas, nenhuma vazia
pack-sides = `sides` indica o lado dos alunos: [Republic], [Empire] ou ambos, uma vez cada
pack-lever-twice = a alavanca `{ $name }` aparece duas vezes entre as fixas e as livres
pack-file-outside = `{ $file }` fica fora da pasta de cenários do pacote { $folder }: um pacote só pode citar arquivos dessa pasta ou abaixo dela
pack-file-missing = não existe o arquivo `{ $file }` (procurado em { $path })
pack-scenario-not-scenario = `{ $file }` é uma variante ou um pacote, não um cenário
pack-scenario-not-scenario-help = ponha o cenário em `scenario` e a variante em `variants`
pack-variant-other-scenario = a variante `{ $file }` altera outro cenário que não o do pacote ({ $scenario })
pack-lever-locked-and-free = a alavanca `{ $name }` está ao mesmo tempo fixa e livre
pack-range-on-yes-no = `{ $name }` é uma alavanca de sim ou não: os alunos podem pô-la de qualquer modo e ela não aceita intervalo
pack-range-reversed = o intervalo de `{ $name }` está invertido, de { $from } a { $to }
pack-turns-outside = `turns` vale { $turns }, mas a guerra tem { $months } meses: uma aula joga de 1 a { $months }
pack-turns-long = { $turns } meses é uma aula longa: a cerca de 45 segundos por mês, mais de { $most } não cabem em 45 minutos
pack-lever-locked = o pacote fixa `{ $name }` em { $value }; os alunos só podem mudar: { $free }
pack-lever-outside = o pacote deixa `{ $name }` ir de { $from } a { $to }, não a { $value }
pack-free-syntax = `{ $text }` não é uma alavanca livre: escreva nome, ou nome=BAIXO..ALTO (pode omitir um dos extremos)
pack-side-unknown = `{ $text }` não é um lado: escreva republic ou empire
pack-needs-options = para escrever um pacote, indique --scenario, --side, --turns, --question, --prediction, --title e --out
pack-no-such-file = arquivo inexistente
pack-out-not-pack = { $file } existe e não é um pacote: fica como está (escolha outro --out)
pack-written = Pacote { $file } escrito (hash { $hash }).
pack-check-ok = { $file }: correto, pacote { $hash } ({ $warnings ->
    [one] 1 aviso
   *[other] { $warnings } avisos
})
pack-header = { $title } (pacote { $hash }): joga-se com { $sides }, { $turns } meses, até { $last }
pack-questions = Perguntas:
pack-prediction-prompt = Previsão: { $prompt }
pack-prediction-not-a-choice = “{ $given }” não é uma das respostas do pacote: { $choices }
run-saved-end = Estado salvo em { $month } em { $file }.
save-problem-lesson = o seu registro da aula está danificado (entrada { $entry })

debrief-other-scenario = { $file } é uma partida do cenário `{ $found }`, não do cenário do pacote `{ $expected }`
debrief-no-pack = { $file } não foi jogado com um pacote do professor
debrief-hash-mismatch = { $file } foi jogado com o pacote { $found }, não com este ({ $expected })
debrief-written = { $files } escritos em { $dir } (pacote { $hash }).
debrief-title = { $title } — o balanço de { $student }
debrief-subtitle = Pacote { $hash } · jogando com { $sides } · { $months } meses jogados, de { $first } a { $last }
debrief-levers = Alavancas mudadas em relação ao pacote: { $levers }
debrief-levers-pack = Alavancas: como o pacote as fixa.
debrief-prediction-heading = A tua previsão
debrief-prediction-none = (nenhuma previsão registrada)
debrief-what-happened = O que aconteceu: { $summary }
debrief-standing-won = { $side } venceu em { $month }.
debrief-standing-undecided = A guerra terminou indecisa em { $month }.
debrief-standing-going = A guerra continuava no fim da aula ({ $month }).
debrief-standing-unplayed = Nem um mês foi jogado.
debrief-dates-came = Datas-chave que chegaram: { $list }.
debrief-dates-none = Nenhuma das datas-chave chegou.
debrief-history-heading = Onde a tua guerra se afastou da história
debrief-col-date = Data-chave
debrief-col-history = História
debrief-col-yours = A tua guerra
debrief-col-computer = Guerras do computador (mediana)
debrief-col-computer-median = Guerras do computador (mediana)
debrief-col-standing = Antes / mesmo mês / depois entre elas
debrief-col-month = Mês
debrief-col-side = Lado
debrief-came-share = chegou em { $share }
debrief-not-by-end = não antes do fim da aula
debrief-after-lesson = { $month }, depois da aula
debrief-empire-headline = O teu Império durou mais do que em { $longer } das { $runs } guerras do computador com este pacote, o mesmo em { $same } e menos em { $shorter }.
debrief-why-heading = O que levou a isso
debrief-earlier = { $months ->
    [one] 1 mês antes do que na história
   *[other] { $months } meses antes do que na história
}
debrief-later = { $months ->
    [one] 1 mês depois do que na história
   *[other] { $months } meses depois do que na história
}
debrief-never = não tinha chegado em { $last }; na história chegou em { $history }
debrief-came-before-history = chegou em { $month }; na história só chegou em { $history }, depois da aula
debrief-no-events = nenhum acontecimento desta guerra no seu registro tem a ver com isso.
debrief-no-divergence = Cada data-chave da aula chegou quando chegou na história.
debrief-will = A vontade da França passou de { $from } a { $to }; o que mais a moveu: { $causes }.
debrief-provinces-heading = Províncias em poder de cada lado frente à história
debrief-no-history-provinces = A história do cenário não conta províncias nos meses jogados.
debrief-questions-heading = As perguntas
debrief-evidence-date = { $date }: história { $history }; a tua guerra { $yours }; guerras do computador { $median } (chegou em { $share })
debrief-evidence-winner = A tua guerra: { $standing } Guerras do computador: a República venceu em { $republic }, o Império em { $empire }, indecisas ou em curso no fim da aula { $none }.
debrief-evidence-provinces = No fim de { $month }, a tua guerra: a República { $r }, disputadas { $c }, o Império { $e } províncias; guerras do computador (mediana): { $mr }, { $mc }, { $me }.
debrief-class-title = { $title } — a turma frente ao modelo
debrief-class-subtitle = Pacote { $hash } · { $students ->
    [one] 1 aluno
   *[other] { $students } alunos
} · { $runs } guerras do computador com as alavancas do pacote, até { $last }
debrief-col-class = A turma (mediana, chegou)
debrief-class-standing-heading = Como estavam as guerras no fim da aula
debrief-col-class-count = A turma
debrief-col-model-share = Guerras do computador
debrief-outcome-going = Indecisa ou em curso
debrief-class-predictions-heading = Previsões
debrief-col-student = Aluno
debrief-col-prediction = Previsão
debrief-col-standing-end = No fim
debrief-col-empire-longer = O Império durou mais do que em

packscreen-menu-title = Abrir um pacote do professor
packscreen-file = Arquivo do pacote
packscreen-open = Abrir
packscreen-not-open = Abra primeiro um pacote.
packscreen-hash = Pacote { $hash } · { $turns } meses, até { $last }. Confira que este código é o que o professor deu.
packscreen-questions = Perguntas a responder
packscreen-prediction = A tua previsão, antes de jogar
packscreen-predict-first = Registra a tua previsão antes de a aula começar.
packscreen-levers = Alavancas (o pacote fixa as que não podes mexer)
packscreen-locked = fixa
packscreen-start = Começar a aula
packscreen-lesson = Aula: { $title } ({ $hash })
packscreen-until = A aula termina depois de { $last }.
packscreen-your-prediction = A tua previsão: { $prediction }
packscreen-over = A aula terminou. A tua guerra está salva em { $file }: entrega este arquivo ao professor.
packscreen-back = Menu principal

help-run-pack = Jogar uma guerra com um pacote do professor: o seu cenário, as suas alavancas fixas, o seu limite de turnos.
help-run-prediction = Com --pack: a previsão registrada antes da guerra (uma das respostas do pacote, por número ou por texto).
help-run-save = Salvar o estado em FILE quando a partida para (fim da guerra, --until ou o limite do pacote).
help-pack = Escrever um pacote do professor (uma aula sobre um cenário), ou conferir um com --check.
help-pack-check = Conferir um arquivo de pacote em vez de escrever um.
help-pack-out = O arquivo de pacote a escrever.
help-debrief = Ler as partidas dos alunos frente ao seu pacote: um balanço em Markdown e CSV.
help-debrief-pack = O pacote do professor que os alunos jogaram.
help-debrief-saves = As partidas salvas dos alunos.
help-debrief-out = A pasta onde o balanço é escrito (criada se faltar).
help-play-pack = Abrir um pacote do professor no menu principal, pronto para a aula.
