//! The files the rules read, from the disk or built into the binary: the built-in scenarios
//! with their counterfactuals and translations, and the history notes their sources cite.
//!
//! A built-in file is named by a path that starts with [`BUILTIN`] followed by its place in the
//! repository (`builtin:scenarios/historical_1861.ron`), so that it travels through every
//! command as any file's path does: a variant's `base` resolves beside it, its translations
//! are found in `i18n/` beside it, and its diagnostics name it. A built-in path never reaches
//! the disk, and nothing on the disk is reached through one.
use std::path::{Component, Path, PathBuf};

/// How the path of a built-in file starts.
pub const BUILTIN: &str = "builtin:";

/// Every built-in file: its place in the repository and its text.
const EMBEDDED: &[(&str, &str)] = &[
    (
        "scenarios/historical_1861.ron",
        include_str!("../../scenarios/historical_1861.ron"),
    ),
    (
        "scenarios/i18n/es/historical_1861.ftl",
        include_str!("../../scenarios/i18n/es/historical_1861.ftl"),
    ),
    (
        "scenarios/i18n/pt/historical_1861.ftl",
        include_str!("../../scenarios/i18n/pt/historical_1861.ftl"),
    ),
    (
        "scenarios/counterfactuals/allies_stay.ron",
        include_str!("../../scenarios/counterfactuals/allies_stay.ron"),
    ),
    (
        "scenarios/counterfactuals/maximilian_conservative.ron",
        include_str!("../../scenarios/counterfactuals/maximilian_conservative.ron"),
    ),
    (
        "scenarios/counterfactuals/no_austro_prussian_war.ron",
        include_str!("../../scenarios/counterfactuals/no_austro_prussian_war.ron"),
    ),
    (
        "scenarios/counterfactuals/us_civil_war_1867.ron",
        include_str!("../../scenarios/counterfactuals/us_civil_war_1867.ron"),
    ),
    (
        "scenarios/counterfactuals/zaragoza_survives.ron",
        include_str!("../../scenarios/counterfactuals/zaragoza_survives.ron"),
    ),
    (
        "scenarios/counterfactuals/i18n/es/allies_stay.ftl",
        include_str!("../../scenarios/counterfactuals/i18n/es/allies_stay.ftl"),
    ),
    (
        "scenarios/counterfactuals/i18n/es/maximilian_conservative.ftl",
        include_str!("../../scenarios/counterfactuals/i18n/es/maximilian_conservative.ftl"),
    ),
    (
        "scenarios/counterfactuals/i18n/es/no_austro_prussian_war.ftl",
        include_str!("../../scenarios/counterfactuals/i18n/es/no_austro_prussian_war.ftl"),
    ),
    (
        "scenarios/counterfactuals/i18n/es/us_civil_war_1867.ftl",
        include_str!("../../scenarios/counterfactuals/i18n/es/us_civil_war_1867.ftl"),
    ),
    (
        "scenarios/counterfactuals/i18n/es/zaragoza_survives.ftl",
        include_str!("../../scenarios/counterfactuals/i18n/es/zaragoza_survives.ftl"),
    ),
    (
        "scenarios/counterfactuals/i18n/pt/allies_stay.ftl",
        include_str!("../../scenarios/counterfactuals/i18n/pt/allies_stay.ftl"),
    ),
    (
        "scenarios/counterfactuals/i18n/pt/maximilian_conservative.ftl",
        include_str!("../../scenarios/counterfactuals/i18n/pt/maximilian_conservative.ftl"),
    ),
    (
        "scenarios/counterfactuals/i18n/pt/no_austro_prussian_war.ftl",
        include_str!("../../scenarios/counterfactuals/i18n/pt/no_austro_prussian_war.ftl"),
    ),
    (
        "scenarios/counterfactuals/i18n/pt/us_civil_war_1867.ftl",
        include_str!("../../scenarios/counterfactuals/i18n/pt/us_civil_war_1867.ftl"),
    ),
    (
        "scenarios/counterfactuals/i18n/pt/zaragoza_survives.ftl",
        include_str!("../../scenarios/counterfactuals/i18n/pt/zaragoza_survives.ftl"),
    ),
    (
        "scenarios/packs/us_civil_war_lesson.ron",
        include_str!("../../scenarios/packs/us_civil_war_lesson.ron"),
    ),
    (
        "docs/history/README.md",
        include_str!("../../docs/history/README.md"),
    ),
    (
        "docs/history/borders.md",
        include_str!("../../docs/history/borders.md"),
    ),
    (
        "docs/history/calibration.md",
        include_str!("../../docs/history/calibration.md"),
    ),
    (
        "docs/history/forces.md",
        include_str!("../../docs/history/forces.md"),
    ),
    (
        "docs/history/judgement.md",
        include_str!("../../docs/history/judgement.md"),
    ),
    (
        "docs/history/leaders.md",
        include_str!("../../docs/history/leaders.md"),
    ),
    (
        "docs/history/provinces.md",
        include_str!("../../docs/history/provinces.md"),
    ),
    (
        "docs/history/timeline.md",
        include_str!("../../docs/history/timeline.md"),
    ),
    (
        "docs/history/war.md",
        include_str!("../../docs/history/war.md"),
    ),
];

/// The places in the repository of every built-in file, in the binary's order.
pub fn builtin_files() -> impl Iterator<Item = &'static str> {
    EMBEDDED.iter().map(|(place, _)| *place)
}

/// The text of a built-in file, by its place in the repository (`scenarios/x.ron`).
pub fn builtin_text(place: &str) -> Option<&'static str> {
    EMBEDDED
        .iter()
        .find(|(p, _)| *p == place)
        .map(|(_, text)| *text)
}

/// The path that names a built-in file: `builtin:` and its place.
pub fn builtin_path(place: &str) -> PathBuf {
    PathBuf::from(format!("{BUILTIN}{place}"))
}

/// The place of a built-in path in the repository, with `.` and `..` resolved in the text
/// alone (`builtin:scenarios/counterfactuals/../x.ron` is `scenarios/x.ron`); `None` for a
/// path of the disk, or one whose `..` climbs above the repository.
pub fn builtin_place(path: &Path) -> Option<String> {
    let text = path.to_str()?;
    let rest = text.strip_prefix(BUILTIN)?;
    let mut parts: Vec<&str> = Vec::new();
    for part in Path::new(rest).components() {
        match part {
            Component::Normal(p) => parts.push(p.to_str()?),
            Component::CurDir => {}
            Component::ParentDir => {
                parts.pop()?;
            }
            Component::RootDir | Component::Prefix(_) => return None,
        }
    }
    Some(parts.join("/"))
}

/// Whether the path names a built-in file or folder (whether or not it exists).
pub fn is_builtin(path: &Path) -> bool {
    path.to_str().is_some_and(|t| t.starts_with(BUILTIN))
}

/// Whether a file is there: a built-in one, or one on the disk.
pub fn is_file(path: &Path) -> bool {
    if is_builtin(path) {
        return builtin_place(path).is_some_and(|p| builtin_text(&p).is_some());
    }
    path.is_file()
}

/// Reads a file as text: a built-in one from the binary, any other from the disk.
pub fn read_to_string(path: &Path) -> std::io::Result<String> {
    if is_builtin(path) {
        return builtin_place(path)
            .and_then(|p| builtin_text(&p))
            .map(str::to_string)
            .ok_or_else(|| std::io::Error::from(std::io::ErrorKind::NotFound));
    }
    std::fs::read_to_string(path)
}

/// The built-in files directly inside a built-in folder (`scenarios/counterfactuals`), sorted.
pub fn builtin_files_in(folder: &str) -> Vec<&'static str> {
    let mut out: Vec<&str> = builtin_files()
        .filter(|place| {
            Path::new(place)
                .parent()
                .is_some_and(|p| p == Path::new(folder))
        })
        .collect();
    out.sort();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_builtin_path_resolves_its_dots_and_stays_in_the_binary() {
        let p = Path::new("builtin:scenarios/counterfactuals/../historical_1861.ron");
        assert_eq!(
            builtin_place(p).as_deref(),
            Some("scenarios/historical_1861.ron")
        );
        assert!(is_file(p));
        assert!(read_to_string(p).unwrap().contains("historical_1861"));
        assert_eq!(builtin_place(Path::new("builtin:../../etc/passwd")), None);
        assert!(!is_file(Path::new("builtin:../../etc/passwd")));
        assert!(read_to_string(Path::new("builtin:scenarios/none.ron")).is_err());
        assert_eq!(
            builtin_place(Path::new("scenarios/historical_1861.ron")),
            None
        );
    }

    #[test]
    fn the_counterfactuals_folder_lists_its_variants() {
        let found = builtin_files_in("scenarios/counterfactuals");
        assert_eq!(found.len(), 5, "{found:?}");
        assert!(found.iter().all(|f| f.ends_with(".ron")));
    }
}
