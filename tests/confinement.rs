//! A variant may read only files inside its scenario folder (the folder above its own, and below
//! it): an absolute path, `..` above that folder or a link out of it is refused before the file
//! is opened, and nothing of the other file is shown.
mod common;

use common::{aguila, stderr, stdout};
use std::path::Path;

/// A variant file in `dir` whose base is `base`.
fn variant(dir: &Path, name: &str, base: &str) -> String {
    let path = dir.join(name);
    let text = format!(
        "Variant(format_version: 1, id: \"{name}\", title: \"t\", question: \"q\", \
         plausibility: \"p\", sources: [\"docs/history/war.md\"], base: \"{base}\", set: [(\"allies_stay\", \"true\")])"
    );
    std::fs::write(&path, text).unwrap();
    path.to_str().unwrap().to_string()
}

#[test]
fn a_variant_cannot_reach_outside_its_scenario_folder() {
    let root = tempfile::tempdir().unwrap();
    // A file outside the scenario folder, with something no error may show.
    std::fs::write(root.path().join("secret.ron"), "SECRET-CONTENTS (").unwrap();
    let scenarios = root.path().join("scenarios");
    let variants = scenarios.join("counterfactuals");
    std::fs::create_dir_all(&variants).unwrap();
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/historical_1861.ron"),
        scenarios.join("historical_1861.ron"),
    )
    .unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(root.path().join("secret.ron"), variants.join("link.ron")).unwrap();

    let mut outside = vec![
        variant(&variants, "absolute.ron", "/etc/passwd"),
        variant(&variants, "climbs.ron", "../../secret.ron"),
        variant(&variants, "far.ron", "../../../../../../../../etc/passwd"),
        variant(&variants, "gone.ron", "../../not_there.ron"),
    ];
    if cfg!(unix) {
        outside.push(variant(&variants, "linked.ron", "link.ron"));
    }
    for file in &outside {
        let o = aguila(&["run", "--scenario", file, "--until", "1861-12"]);
        assert_eq!(o.status.code(), Some(1), "{file}: {}", stdout(&o));
        let err = stderr(&o);
        assert!(
            err.contains("is outside the scenario folder"),
            "{file}: {err}"
        );
        assert!(
            !err.contains("SECRET") && !err.contains("root:"),
            "{file}: {err}"
        );
    }

    // Inside the folder: the base beside it, and the one above it, as the built-in pack does.
    let above = variant(&variants, "above.ron", "../historical_1861.ron");
    let o = aguila(&["run", "--scenario", &above, "--until", "1861-12"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let missing = variant(&variants, "missing.ron", "../no_such.ron");
    let o = aguila(&["run", "--scenario", &missing, "--until", "1861-12"]);
    assert!(
        stderr(&o).contains("cannot read the base scenario"),
        "{}",
        stderr(&o)
    );
}

/// A scenario or variant id names its translation files: one that is a path is an error in
/// `check`, and names no file for the text layer to read.
#[test]
fn an_id_that_is_a_path_names_no_translation_file() {
    use aguila::text::scenario::candidate_files;
    assert!(!candidate_files("historical_1861", "es").is_empty());
    for id in ["../../etc/passwd", "a/b", "", "x.ftl", "/abs"] {
        assert!(candidate_files(id, "es").is_empty(), "{id}");
    }
    assert!(candidate_files("historical_1861", "../es").is_empty());
}
