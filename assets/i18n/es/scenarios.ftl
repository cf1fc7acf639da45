## De dónde vienen los escenarios y los textos: `aguila scenarios`, y las líneas de
## `aguila check` que dicen qué archivos usó. "Incorporado" es lo que va dentro del programa;
## un "mod" es un archivo de la carpeta de mods, en la carpeta de datos del jugador.

help-scenarios = Lista los escenarios que un comando puede nombrar por su id: los incorporados y los de la carpeta de mods
help-scenarios-lang = Idioma de los títulos (en, es, pt, …); por defecto, el de LANG
scenarios-builtin = incorporado
scenarios-mod = mod
scenarios-mod-replaces = mod, en lugar del incorporado
scenarios-variant-of = contrafactual de { $base }
scenarios-broken = no se puede leer: { $problem }
scenarios-mods-folder = Carpeta de mods: { $folder }
    Un archivo de escenario o de variante que se ponga allí aparece en esta lista y se puede nombrar por su id; uno con el id de un escenario incorporado se usa en su lugar.
scenarios-no-mods-folder = Este sistema no tiene carpeta de datos para mods; define AGUILA_DATA_DIR para indicar una.

check-used-builtin = { $id }: el escenario incorporado ({ $path })
check-used-mod = { $id }: { $path }, de la carpeta de mods
check-used-mod-replaces = { $id }: { $path }, de la carpeta de mods, en lugar del escenario incorporado
check-used-file = { $id }: el archivo { $path }
check-used-file-replaces = { $id }: el archivo { $path }, no el escenario incorporado con ese id
check-used-texts = { $id } en { $lang }: { $files }
check-used-texts-none = { $id } en { $lang }: sin traducción, el inglés del archivo
check-used-over = { $top } por encima de { $below }
check-used-interface = textos de la interfaz: { $file } por encima de los incorporados
