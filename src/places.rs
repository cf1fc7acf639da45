//! Where the program finds and keeps a user's files: the platform's data folder, the mods
//! folder inside it, and the translators' folder. Everything the game needs is built into the
//! binary; these folders only add to it or replace parts of it.
use std::path::PathBuf;

/// The variable that names the data folder instead of the platform's (a classroom's shared
/// folder, a portable copy, a test).
pub const DATA_DIR_VARIABLE: &str = "AGUILA_DATA_DIR";

/// The platform's folders for this program (settings, saves, mods).
pub fn project_dirs() -> Option<directories::ProjectDirs> {
    directories::ProjectDirs::from("org", "aguila", "aguila-y-corona")
}

/// The data folder: `AGUILA_DATA_DIR` if set, else the platform's (on Linux
/// `~/.local/share/aguila-y-corona`).
pub fn data_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os(DATA_DIR_VARIABLE).filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(dir));
    }
    project_dirs().map(|d| d.data_dir().to_path_buf())
}

/// The mods folder: scenarios and variants (`.ron`) that join the built-in ones, or replace
/// one of the same id; `i18n/<language>/<id>.ftl` in it translates any scenario, built-in too.
pub fn mods_dir() -> Option<PathBuf> {
    data_dir().map(|d| d.join("mods"))
}

/// The translators' folder of the interface: `i18n/<language>/*.ftl` adds a language or
/// replaces texts of a built-in one.
pub fn translations_dir() -> Option<PathBuf> {
    data_dir().map(|d| d.join("i18n"))
}
