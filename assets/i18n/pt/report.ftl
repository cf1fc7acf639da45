# O relatório do turno, a lista de jogos salvos e a pergunta antes de sair.

report-title = O que aconteceu em { $month }
report-battles = Batalhas
report-surrenders = Cercos terminados
report-won = Províncias conquistadas
report-lost = Províncias perdidas
report-changed = Províncias que mudaram de mãos
report-destroyed = Exércitos destruídos
report-events = Acontecimentos
report-province-won = Agora dominamos { $province }.
report-province-lost = Perdemos { $province } para { $holder }.
report-province-lost-contested = Já não dominamos { $province }: agora está em disputa.
report-province-taken = { $holder-lead } tomou { $province }.
report-province-contested = { $province } agora está em disputa.
report-army-destroyed = { $army } ({ $side }) deixou de existir.
report-quiet = Um mês tranquilo: não houve batalhas e nenhuma província mudou de mãos.
report-go-to = Ir
    .hint = Selecionar esta província e mostrá-la no centro do mapa
report-hint = T abre este relatório de novo
button-close = Fechar
help-report = o relatório do último mês

chronicle-newest = Voltar ao mais recente

save-summary = { $month } · { $side } · { $scenario }
save-autosave-name = Salvamento automático
save-players-hotseat = dois jogadores
save-players-watch = assistida, IA contra IA
save-players-unknown = lado não registrado
save-unreadable = ilegível
save-delete = Apagar
    .hint = Apagar este jogo salvo (pergunta antes)
save-delete-confirm = Apagar mesmo
save-delete-failed = Não foi possível apagar { $file }: { $error }
save-delete-outside = o arquivo não está na pasta de jogos salvos

leave-title = Voltar ao menu?
leave-text = A guerra está em { $month }. O que foi feito desde a última vez que o jogo foi salvo seria perdido.
leave-save = Salvar e sair
leave-anyway = Sair sem salvar

event-sources = Fontes

details-watch-title = Assistindo à guerra
details-watch = O computador dá as ordens dos dois lados. Clique em uma província ou em um exército para ver seus dados; a barra de espaço pausa e retoma a guerra.
chronicle-empty-watch = Nada aconteceu ainda: o primeiro mês está sendo jogado.
