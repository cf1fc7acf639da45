//! The shipped scenarios: every file in scenarios/ loads clean, and a campaign is
//! deterministic and survives a save and a resume.
use aguila::sim::{GameState, baseline};
use aguila::sim::{load, variant};
use std::path::{Path, PathBuf};

fn scenario_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(scenario_files(&path));
        } else if path.extension().is_some_and(|e| e == "ron") {
            out.push(path);
        }
    }
    out.sort();
    out
}

fn historical(seed: u64) -> GameState {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/historical_1861.ron");
    let loaded = load::load_scenario_file(&path).expect("historical scenario loads");
    let params = load::parameter_values(&loaded.scenario, &[]).unwrap();
    GameState::new(loaded.scenario, params, seed)
}

fn play_out(state: &mut GameState) -> Vec<String> {
    let mut log = Vec::new();
    while state.outcome.is_none() {
        let (_, events) = baseline::play_month(state);
        log.extend(events.iter().map(|e| format!("{e:?}")));
    }
    log
}

#[test]
fn every_scenario_file_loads_and_checks_clean() {
    let files = scenario_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios"));
    assert!(!files.is_empty());
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        // A teacher's pack loads with everything it names, its hash and its lesson.
        if aguila::sim::pack::is_pack_text(&text) {
            let p = aguila::sim::pack::load_pack(&f)
                .unwrap_or_else(|e| panic!("{}: {e:?}", f.display()));
            assert_eq!(p.hash.len(), 8, "{}", f.display());
            assert!(p.loaded.warnings.is_empty(), "{}", f.display());
            continue;
        }
        // Counterfactual variants load with their base and must change something.
        let loaded = if variant::is_variant_text(&text) {
            let any = variant::load_any(&f).unwrap_or_else(|e| panic!("{}: {e:?}", f.display()));
            let v = any.variant.expect("a variant file loads as a variant");
            assert!(!any.overrides.is_empty(), "{}", f.display());
            assert!(
                f.file_stem().is_some_and(|s| s == v.id.as_str()),
                "{}: the file is named after the variant's id `{}`",
                f.display(),
                v.id
            );
            load::parameter_values(&any.loaded.scenario, &any.overrides)
                .unwrap_or_else(|e| panic!("{}: {e:?}", f.display()));
            any.loaded
        } else {
            load::load_scenario_file(&f).unwrap_or_else(|e| panic!("{}: {e:?}", f.display()))
        };
        aguila::text::scenario::register_scenario_file(&f);
        let keys = aguila::text::scenario::text_keys(&loaded.scenario);
        let missing = aguila::text::scenario::missing_translations(&loaded.scenario.id, &keys);
        assert!(
            missing.is_empty(),
            "{}: untranslated texts {:?}",
            f.display(),
            missing
                .iter()
                .map(|(l, k)| format!("{l}:{}", k.key))
                .take(10)
                .collect::<Vec<_>>()
        );
        assert!(
            loaded.warnings.is_empty(),
            "{}: {:?}",
            f.display(),
            loaded.warnings
        );
    }
}

#[test]
fn the_historical_scenario_has_what_the_model_needs() {
    let s = historical(1).scenario;
    assert_eq!(s.provinces.len(), 27);
    assert!(s.leaders.len() >= 20);
    for id in [
        "us_civil_war_end",
        "austro_prussian_war",
        "allies_stay",
        "france_initial_will",
        "maximilian_leaning",
    ] {
        let p = s
            .parameters
            .iter()
            .find(|p| p.id == id)
            .unwrap_or_else(|| panic!("parameter {id}"));
        assert!(!p.explanation.is_empty() && !p.source.is_empty());
    }
    assert!(s.provinces.iter().all(|p| !p.source.is_empty()));
    assert!(s.leaders.iter().all(|l| !l.source.is_empty()));
}

#[test]
fn the_same_seed_gives_the_same_war_and_another_seed_another() {
    let mut a = historical(7);
    let mut b = historical(7);
    let log_a = play_out(&mut a);
    let log_b = play_out(&mut b);
    assert_eq!(log_a, log_b);
    let ron_a = ron::to_string(&a).unwrap();
    let ron_b = ron::to_string(&b).unwrap();
    assert_eq!(ron_a, ron_b, "final states differ");
    let mut c = historical(8);
    assert_ne!(
        play_out(&mut c),
        log_a,
        "a different seed should give a different war"
    );
}

#[test]
fn a_saved_and_resumed_game_reaches_the_same_end() {
    let mut straight = historical(11);
    let mut resumed = historical(11);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("1864-06.ron");
    while resumed.month < "1864-06".parse().unwrap() {
        baseline::play_month(&mut resumed);
    }
    load::save_state(&resumed, &file).unwrap();
    let mut loaded = load::load_state(&file).unwrap();
    play_out(&mut straight);
    play_out(&mut loaded);
    assert_eq!(
        ron::to_string(&straight).unwrap(),
        ron::to_string(&loaded).unwrap()
    );
    assert_eq!(straight.outcome, loaded.outcome);
}

#[test]
fn a_corrupt_or_foreign_save_gives_a_clear_error() {
    let state = historical(3);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("save.ron");
    load::save_state(&state, &file).unwrap();
    let text = std::fs::read_to_string(&file).unwrap();

    let cut = &text[..text.len() / 2];
    let err = load::load_state_str(cut, "half.ron").unwrap_err();
    let err = save_words(&err);
    assert!(err.contains("half.ron") && err.contains("line"), "{err}");

    let old = text.replacen("format_version: 1", "format_version: 0", 1);
    let err = load::load_state_str(&old, "old.ron").unwrap_err();
    let err = save_words(&err);
    assert!(err.contains("format 0"), "{err}");

    let err = load::load_state_str("(hello)", "x.ron").unwrap_err();
    let err = save_words(&err);
    assert!(err.contains("x.ron"), "{err}");

    // An army pointing at a province the scenario does not have.
    let mut broken = state.clone();
    broken.armies[0].location = 999;
    let text = ron::to_string(&broken).unwrap();
    let err = load::load_state_str(&text, "bad.ron").unwrap_err();
    let err = save_words(&err);
    assert!(err.contains("army"), "{err}");
}

/// A save's error as an English reader sees it.
fn save_words(e: &load::SaveError) -> String {
    aguila::text::diagnostics::save_error(aguila::text::Lang::english(), e)
}

/// A save and a lab report get the permissions any new file of the user's gets (the umask's),
/// not the owner-only mode of a temporary file: they are meant to be passed around.
#[cfg(unix)]
#[test]
fn saves_and_reports_follow_the_users_umask() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    let plain = dir.path().join("plain.txt");
    std::fs::File::create(&plain).unwrap();
    let save = dir.path().join("save.ron");
    load::save_state(&historical(3), &save).unwrap();
    let report = dir.path().join("report.md");
    aguila::lab::write_atomic(aguila::text::Lang::english(), &report, b"report").unwrap();
    assert_eq!(mode(&save), mode(&plain));
    assert_eq!(mode(&report), mode(&plain));
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names.len(), 3, "no temporary file left: {names:?}");
}

#[test]
fn saving_never_leaves_half_a_file() {
    let state = historical(3);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("save.ron");
    std::fs::write(&file, "the previous save").unwrap();
    // Saving into a folder that does not exist fails and leaves the old file untouched.
    let missing = dir.path().join("no/such/dir/save.ron");
    assert!(load::save_state(&state, &missing).is_err());
    load::save_state(&state, &file).unwrap();
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert_eq!(names.len(), 1, "no temporary file left behind: {names:?}");
}

/// A save killed halfway leaves its temporary file (a save can be tens of megabytes); the next
/// write in that folder removes such files once they are old, and leaves a fresh one, which
/// may be another write under way, alone.
#[test]
fn temporary_files_left_by_a_killed_save_are_removed_by_the_next() {
    let dir = tempfile::tempdir().unwrap();
    let old = dir.path().join(".aguila-killed");
    let fresh = dir.path().join(".aguila-writing");
    let theirs = dir.path().join(".other-tool-tmp");
    for f in [&old, &fresh, &theirs] {
        std::fs::write(f, "half a save").unwrap();
    }
    let an_hour_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    for f in [&old, &theirs] {
        std::fs::File::options()
            .write(true)
            .open(f)
            .unwrap()
            .set_modified(an_hour_ago)
            .unwrap();
    }
    load::save_state(&historical(3), &dir.path().join("save.ron")).unwrap();
    assert!(!old.exists(), "the killed save's file is removed");
    assert!(
        fresh.exists(),
        "a write that may be under way is left alone"
    );
    assert!(theirs.exists(), "another program's file is left alone");
}
