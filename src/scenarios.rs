//! The scenarios a user can name by id: the built-in ones (the historical war and its
//! counterfactuals, carried in the binary) and those of the mods folder, which join them or
//! replace a built-in one of the same id. A `--scenario` that names a file is that file.
use crate::places;
use crate::sim::files;
use crate::sim::load::is_plain_id;
use std::path::{Path, PathBuf};

/// The scenario every command plays when none is named.
pub const DEFAULT_ID: &str = "historical_1861";

/// The built-in folders of scenarios and of their counterfactuals.
const BUILTIN_FOLDERS: [&str; 2] = ["scenarios", "scenarios/counterfactuals"];

/// How deep below the mods folder scenario files are looked for (a mod's own folder and its
/// `counterfactuals/`).
const MODS_DEPTH: usize = 3;

/// Where a scenario comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// Built into the binary.
    BuiltIn,
    /// A file of the mods folder; `replaces` if a built-in scenario has its id.
    Mod {
        /// Whether it stands in for the built-in scenario of the same id.
        replaces: bool,
    },
    /// A file named on the command line; `replaces` if a built-in scenario has its id.
    File {
        /// Whether it stands in for the built-in scenario of the same id.
        replaces: bool,
    },
}

/// A scenario (or variant) that can be named by its id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// Its id: the file's name without `.ron`.
    pub id: String,
    /// Its path: `builtin:…` or a file of the mods folder.
    pub path: PathBuf,
    /// Built in or a mod.
    pub origin: Origin,
}

/// The ids of the built-in scenarios and variants with their paths, in the binary's order.
pub fn builtin() -> Vec<(String, PathBuf)> {
    BUILTIN_FOLDERS
        .iter()
        .flat_map(|folder| files::builtin_files_in(folder))
        .filter(|place| place.ends_with(".ron"))
        .filter_map(|place| {
            let id = Path::new(place).file_stem()?.to_str()?.to_string();
            Some((id, files::builtin_path(place)))
        })
        .collect()
}

/// Whether a built-in scenario or variant has this id.
pub fn is_builtin_id(id: &str) -> bool {
    builtin().iter().any(|(b, _)| b == id)
}

/// The `.ron` files of the mods folder and its folders (not `i18n/`), sorted by path.
pub fn mod_files() -> Vec<PathBuf> {
    let Some(dir) = places::mods_dir() else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut folders = vec![(dir, 0)];
    while let Some((folder, depth)) = folders.pop() {
        let Ok(entries) = std::fs::read_dir(&folder) else {
            continue;
        };
        for path in entries.flatten().map(|e| e.path()) {
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            if path.is_dir() {
                if depth + 1 < MODS_DEPTH && name != "i18n" {
                    folders.push((path, depth + 1));
                }
            } else if path.extension().is_some_and(|x| x == "ron")
                && path
                    .file_stem()
                    .and_then(|s| s.to_str())
                    .is_some_and(is_plain_id)
            {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

/// Every scenario that can be named by id: the built-in ones in the binary's order (a mod of
/// the same id in its place), then the other mods by path. Of two mods with one id, the first
/// by path is the one used.
pub fn catalogue() -> Vec<Entry> {
    let mods = mod_files();
    let id_of = |p: &Path| {
        p.file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or("")
            .to_string()
    };
    let mut out: Vec<Entry> = builtin()
        .into_iter()
        .map(|(id, path)| match mods.iter().find(|m| id_of(m) == id) {
            Some(m) => Entry {
                id,
                path: m.clone(),
                origin: Origin::Mod { replaces: true },
            },
            None => Entry {
                id,
                path,
                origin: Origin::BuiltIn,
            },
        })
        .collect();
    for m in mods {
        let id = id_of(&m);
        if !out.iter().any(|e| e.id == id) {
            out.push(Entry {
                id,
                path: m,
                origin: Origin::Mod { replaces: false },
            });
        }
    }
    out
}

/// The file a `--scenario` names: a file that exists (or a `builtin:` path) is itself;
/// otherwise a plain id is the scenario of that id in the [`catalogue`] (a mod before the
/// built-in one). Anything else is left as written, for the loader to say it cannot be read.
pub fn resolve(arg: &Path) -> PathBuf {
    if files::is_builtin(arg) || arg.is_file() {
        return arg.to_path_buf();
    }
    let Some(id) = arg.to_str().filter(|s| is_plain_id(s)) else {
        return arg.to_path_buf();
    };
    catalogue()
        .into_iter()
        .find(|e| e.id == id)
        .map_or_else(|| arg.to_path_buf(), |e| e.path)
}

/// Where the scenario at `path` (as [`resolve`] gave it), of id `id`, comes from.
pub fn origin(path: &Path, id: &str) -> Origin {
    if files::is_builtin(path) {
        return Origin::BuiltIn;
    }
    let replaces = is_builtin_id(id);
    let in_mods = places::mods_dir().is_some_and(|mods| {
        let real = |p: &Path| p.canonicalize().unwrap_or_else(|_| p.to_path_buf());
        real(path).starts_with(real(&mods))
    });
    if in_mods {
        Origin::Mod { replaces }
    } else {
        Origin::File { replaces }
    }
}

/// The default scenario's path: the mod that replaces it, or the built-in one.
pub fn default_path() -> PathBuf {
    resolve(Path::new(DEFAULT_ID))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_builtin_scenarios_are_the_war_and_its_counterfactuals() {
        let ids: Vec<String> = builtin().into_iter().map(|(id, _)| id).collect();
        assert_eq!(ids[0], DEFAULT_ID);
        assert!(ids.contains(&"us_civil_war_1867".to_string()), "{ids:?}");
        assert_eq!(ids.len(), 6, "{ids:?}");
    }

    #[test]
    fn an_id_resolves_to_its_builtin_file_and_a_path_to_itself() {
        let path = resolve(Path::new("us_civil_war_1867"));
        assert_eq!(
            path,
            Path::new("builtin:scenarios/counterfactuals/us_civil_war_1867.ron")
        );
        assert_eq!(resolve(Path::new("nowhere.ron")), Path::new("nowhere.ron"));
        assert_eq!(resolve(Path::new("no_such_id")), Path::new("no_such_id"));
    }
}
