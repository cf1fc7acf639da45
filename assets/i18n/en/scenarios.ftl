## Where scenarios and texts come from: `aguila scenarios`, and the lines of `aguila check`
## that say which files it used. "Built-in" means carried inside the program; a "mod" is a
## file of the mods folder in the player's data folder.

help-scenarios = List the scenarios a command can name by id: the built-in ones and those of the mods folder
help-scenarios-lang = Language of the titles (en, es, pt, …); default from LANG
scenarios-builtin = built-in
scenarios-mod = mod
scenarios-mod-replaces = mod, in place of the built-in one
scenarios-variant-of = counterfactual of { $base }
scenarios-broken = cannot be read: { $problem }
scenarios-mods-folder = Mods folder: { $folder }
    A scenario or variant file put there is listed here and can be named by its id; one with the id of a built-in scenario is used in its place.
scenarios-no-mods-folder = This system has no data folder for mods; set AGUILA_DATA_DIR to name one.

check-used-builtin = { $id }: the built-in scenario ({ $path })
check-used-mod = { $id }: the mods folder's { $path }
check-used-mod-replaces = { $id }: the mods folder's { $path }, in place of the built-in scenario
check-used-file = { $id }: the file { $path }
check-used-file-replaces = { $id }: the file { $path }, not the built-in scenario of that id
check-used-texts = { $id } in { $lang }: { $files }
check-used-texts-none = { $id } in { $lang }: no translation, the English of the file
check-used-over = { $top } over { $below }
check-used-interface = interface texts: { $file } over the built-in ones
