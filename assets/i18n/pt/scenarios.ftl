## De onde vêm os cenários e os textos: `aguila scenarios`, e as linhas de `aguila check`
## que dizem quais arquivos usou. "Embutido" é o que vai dentro do programa; um "mod" é um
## arquivo da pasta de mods, na pasta de dados do jogador.

help-scenarios = Lista os cenários que um comando pode nomear pelo id: os embutidos e os da pasta de mods
help-scenarios-lang = Idioma dos títulos (en, es, pt, …); por padrão, o de LANG
scenarios-builtin = embutido
scenarios-mod = mod
scenarios-mod-replaces = mod, no lugar do embutido
scenarios-variant-of = contrafactual de { $base }
scenarios-broken = não pode ser lido: { $problem }
scenarios-mods-folder = Pasta de mods: { $folder }
    Um arquivo de cenário ou de variante colocado ali aparece nesta lista e pode ser nomeado pelo id; um com o id de um cenário embutido é usado no lugar dele.
scenarios-no-mods-folder = Este sistema não tem pasta de dados para mods; defina AGUILA_DATA_DIR para indicar uma.

check-used-builtin = { $id }: o cenário embutido ({ $path })
check-used-mod = { $id }: { $path }, da pasta de mods
check-used-mod-replaces = { $id }: { $path }, da pasta de mods, no lugar do cenário embutido
check-used-file = { $id }: o arquivo { $path }
check-used-file-replaces = { $id }: o arquivo { $path }, não o cenário embutido com esse id
check-used-texts = { $id } em { $lang }: { $files }
check-used-texts-none = { $id } em { $lang }: sem tradução, o inglês do arquivo
check-used-over = { $top } acima de { $below }
check-used-interface = textos da interface: { $file } acima dos embutidos
