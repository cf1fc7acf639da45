//! The game anywhere: the built binary run from an empty folder, with the source tree out of
//! reach and an empty data folder, plays, checks and lists the built-in scenarios; a scenario
//! is named by id or by file; and the data folder's mods and translations replace the
//! built-in ones, as `aguila check` and `aguila scenarios` say.
use std::path::Path;
use std::process::{Command, Output};

/// The repository's own copy of a file, for the tests that write a mod from it.
fn repository_file(place: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(place)).unwrap()
}

/// Runs the binary in `dir` (an empty folder outside the repository), with `data` as its data
/// folder and a home of its own, in a neutral locale.
fn aguila_in(dir: &Path, data: &Path, args: &[&str]) -> Output {
    let home = dir.join("home");
    std::fs::create_dir_all(&home).unwrap();
    Command::new(env!("CARGO_BIN_EXE_aguila"))
        .args(args)
        .current_dir(dir)
        .env("HOME", &home)
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("AGUILA_DATA_DIR", data)
        .env("LANG", "C")
        .env("NO_COLOR", "1")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .expect("the binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn succeeded(o: &Output, what: &str) -> String {
    assert!(
        o.status.success(),
        "{what} failed: {}\n{}",
        text(&o.stderr),
        text(&o.stdout)
    );
    text(&o.stdout)
}

/// Two empty folders: where the binary runs, and its data folder.
fn empty_places() -> (tempfile::TempDir, tempfile::TempDir) {
    (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap())
}

#[test]
fn run_check_and_scenarios_work_from_an_empty_folder() {
    let (dir, data) = empty_places();
    let run = aguila_in(dir.path(), data.path(), &["run", "--seed", "1"]);
    let chronicle = succeeded(&run, "run");
    assert!(chronicle.contains("1861"), "{chronicle}");
    assert!(
        chronicle.contains("Veracruz"),
        "the chronicle tells the war: {chronicle}"
    );

    let check = aguila_in(dir.path(), data.path(), &["check", "historical_1861"]);
    let said = succeeded(&check, "check");
    assert!(
        said.contains("builtin:scenarios/historical_1861.ron: ok"),
        "{said}"
    );
    assert!(
        said.contains("historical_1861: the built-in scenario"),
        "{said}"
    );
    assert!(
        said.contains("historical_1861 in es: builtin:scenarios/i18n/es/historical_1861.ftl"),
        "{said}"
    );
    // The sources cite the history notes, which travel in the binary: no warning about them.
    assert!(!said.contains("does not have"), "{said}");

    let listed = succeeded(
        &aguila_in(dir.path(), data.path(), &["scenarios"]),
        "scenarios",
    );
    let first = listed.lines().next().unwrap_or_default();
    assert!(first.starts_with("historical_1861"), "{listed}");
    assert!(first.contains("built-in"), "{listed}");
    assert!(
        first.contains("Águila y Corona: the French Intervention, 1861–1867"),
        "{listed}"
    );
    assert!(
        listed.contains("counterfactual of historical_1861"),
        "{listed}"
    );
    assert!(
        listed.contains(&data.path().join("mods").display().to_string()),
        "{listed}"
    );
    // Nothing was written where it ran.
    let left: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .map(|e| e.file_name())
        .filter(|n| n != "home")
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

#[test]
fn a_scenario_is_named_by_id_or_by_file_with_the_same_war() {
    let (dir, data) = empty_places();
    let file = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/historical_1861.ron");
    let by_file = aguila_in(
        dir.path(),
        data.path(),
        &[
            "run",
            "--scenario",
            file.to_str().unwrap(),
            "--seed",
            "3",
            "--json",
        ],
    );
    let by_id = aguila_in(
        dir.path(),
        data.path(),
        &[
            "run",
            "--scenario",
            "historical_1861",
            "--seed",
            "3",
            "--json",
        ],
    );
    let by_default = aguila_in(dir.path(), data.path(), &["run", "--seed", "3", "--json"]);
    let by_file = succeeded(&by_file, "run by file");
    assert_eq!(by_file, succeeded(&by_id, "run by id"));
    assert_eq!(by_file, succeeded(&by_default, "run by default"));

    // A built-in variant by id: its base resolves inside the built-in set.
    let variant = aguila_in(
        dir.path(),
        data.path(),
        &[
            "run",
            "--scenario",
            "us_civil_war_1867",
            "--seed",
            "3",
            "--json",
        ],
    );
    let json: serde_json::Value = serde_json::from_str(&succeeded(&variant, "variant")).unwrap();
    assert_eq!(json["parameters"]["us_civil_war_end"], "1867-01", "{json}");
    let check = aguila_in(dir.path(), data.path(), &["check", "us_civil_war_1867"]);
    let said = succeeded(&check, "check variant");
    assert!(
        said.contains(
            "historical_1861: the built-in scenario (builtin:scenarios/historical_1861.ron)"
        ),
        "{said}"
    );

    // A name that is neither a file nor an id is an error that names it.
    let missing = aguila_in(
        dir.path(),
        data.path(),
        &["run", "--scenario", "no_such_war"],
    );
    assert_eq!(missing.status.code(), Some(1));
    assert!(text(&missing.stderr).contains("no_such_war"));
}

#[test]
fn the_data_folder_replaces_the_builtin_scenario_and_texts_and_check_says_so() {
    let (dir, data) = empty_places();
    let mods = data.path().join("mods");
    std::fs::create_dir_all(mods.join("i18n/es")).unwrap();
    let scenario = repository_file("scenarios/historical_1861.ron").replace(
        "title: \"Águila y Corona: the French Intervention, 1861–1867\"",
        "title: \"The war as a teacher changed it\"",
    );
    assert!(scenario.contains("as a teacher changed it"));
    let mod_file = mods.join("historical_1861.ron");
    std::fs::write(&mod_file, scenario).unwrap();
    let translation = mods.join("i18n/es/historical_1861.ftl");
    std::fs::write(&translation, "scenario-title = La guerra de la maestra\n").unwrap();
    std::fs::create_dir_all(data.path().join("i18n/es")).unwrap();
    let interface = data.path().join("i18n/es/mine.ftl");
    std::fs::write(&interface, "scenarios-mod-replaces = mod de la clase\n").unwrap();

    let listed = succeeded(
        &aguila_in(dir.path(), data.path(), &["scenarios"]),
        "scenarios",
    );
    let first = listed.lines().next().unwrap_or_default();
    assert!(
        first.contains("mod, in place of the built-in one"),
        "{listed}"
    );
    assert!(
        first.contains("The war as a teacher changed it"),
        "{listed}"
    );

    // In Spanish: the translator's title over the built-in one, the class's word over the
    // interface's.
    let listed = succeeded(
        &aguila_in(dir.path(), data.path(), &["scenarios", "--lang", "es"]),
        "scenarios es",
    );
    let first = listed.lines().next().unwrap_or_default();
    assert!(first.contains("La guerra de la maestra"), "{listed}");
    assert!(first.contains("mod de la clase"), "{listed}");

    let said = succeeded(
        &aguila_in(dir.path(), data.path(), &["check", "historical_1861"]),
        "check",
    );
    assert!(
        said.contains(&format!(
            "historical_1861: the mods folder's {}, in place of the built-in scenario",
            mod_file.display()
        )),
        "{said}"
    );
    assert!(
        said.contains(&format!(
            "historical_1861 in es: {} over builtin:scenarios/i18n/es/historical_1861.ftl",
            translation.display()
        )),
        "{said}"
    );
    assert!(
        said.contains(&format!(
            "interface texts: {} over the built-in ones",
            interface.display()
        )),
        "{said}"
    );

    // The war itself is the mod's: the default scenario is the mod, by id or by default.
    let run = aguila_in(dir.path(), data.path(), &["run", "--seed", "1", "--json"]);
    succeeded(&run, "run the mod");

    // A file named on the command line wins over the mod of its id.
    let file = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/historical_1861.ron");
    let said = succeeded(
        &aguila_in(dir.path(), data.path(), &["check", file.to_str().unwrap()]),
        "check a file",
    );
    assert!(
        said.contains(&format!(
            "historical_1861: the file {}, not the built-in scenario of that id",
            file.display()
        )),
        "{said}"
    );
    // Its texts: the translator's, over those beside the file, over the built-in ones.
    let beside = file.parent().unwrap().join("i18n/es/historical_1861.ftl");
    assert!(
        said.contains(&format!(
            "historical_1861 in es: {} over {} over builtin:scenarios/i18n/es/historical_1861.ftl",
            translation.display(),
            beside.display()
        )),
        "{said}"
    );
}

/// The files below `folder` (relative to the repository) whose names end in one of `endings`.
fn files_below(folder: &str, endings: &[&str], out: &mut Vec<String>) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for entry in std::fs::read_dir(root.join(folder)).unwrap().flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let place = format!("{folder}/{name}");
        if entry.path().is_dir() {
            files_below(&place, endings, out);
        } else if endings.iter().any(|e| name.ends_with(e)) {
            out.push(place);
        }
    }
}

#[test]
fn every_scenario_translation_and_history_note_of_the_repository_is_built_in_as_it_is() {
    let mut on_disk = Vec::new();
    files_below("scenarios", &[".ron", ".ftl"], &mut on_disk);
    files_below("docs/history", &[".md"], &mut on_disk);
    on_disk.sort();
    let mut built: Vec<String> = aguila::sim::files::builtin_files()
        .map(str::to_string)
        .collect();
    built.sort();
    assert_eq!(built, on_disk, "src/sim/files.rs must list every file");
    for place in &built {
        assert_eq!(
            aguila::sim::files::builtin_text(place),
            Some(repository_file(place).as_str()),
            "{place}"
        );
    }
}
