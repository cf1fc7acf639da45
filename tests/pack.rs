//! The teacher's pack and the debrief as a teacher runs them: `aguila pack` and `check` on a
//! pack, `aguila run --pack` with its locks and turn limit, and `aguila debrief` over students'
//! saves, with the bad inputs each must refuse (a clear, located error and nothing written).
mod common;

use common::{aguila, stderr, stdout};
use std::path::{Path, PathBuf};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn example() -> String {
    format!("{ROOT}/scenarios/packs/us_civil_war_lesson.ron")
}

/// A folder with a copy of the historical scenario and a `packs/` folder below it, as a
/// teacher's folder would be.
fn classroom() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let scenario = dir.path().join("historical_1861.ron");
    std::fs::copy(format!("{ROOT}/scenarios/historical_1861.ron"), &scenario).unwrap();
    std::fs::create_dir(dir.path().join("packs")).unwrap();
    (dir, scenario)
}

/// Writes a short pack (12 months, Republic) with `aguila pack`; returns its path.
fn write_pack(dir: &Path, scenario: &Path, title: &str) -> PathBuf {
    let out = dir.join("packs").join("lesson.ron");
    let o = aguila(&[
        "pack",
        "--scenario",
        scenario.to_str().unwrap(),
        "--lock",
        "allies_stay=false",
        "--free",
        "us_civil_war_end=1865-04..1867-01",
        "--side",
        "republic",
        "--turns",
        "12",
        "--question",
        "When did the capital fall?",
        "--prediction",
        "Will the capital fall within the year?",
        "--choice",
        "yes",
        "--choice",
        "no",
        "--title",
        title,
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("Wrote the pack"), "{}", stdout(&o));
    out
}

/// The 8-hex-digit hash a command printed after "pack ".
fn hash_in(text: &str) -> String {
    let at = text.find("pack ").expect("a pack hash") + 5;
    let hash: String = text[at..].chars().take(8).collect();
    assert!(hash.chars().all(|c| c.is_ascii_hexdigit()), "{text}");
    hash
}

/// Plays a war under `pack` to its turn limit and saves it to `save`.
fn play(pack: &Path, seed: &str, extra: &[&str], save: &Path) -> String {
    let mut args = vec![
        "run",
        "--pack",
        pack.to_str().unwrap(),
        "--seed",
        seed,
        "--save",
        save.to_str().unwrap(),
    ];
    args.extend(extra);
    let o = aguila(&args);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    stdout(&o)
}

#[test]
fn the_example_pack_checks_and_says_its_hash() {
    let o = aguila(&["check", &example()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = stdout(&o);
    assert!(text.contains("ok, pack"), "{text}");
    let hash = hash_in(&text);
    let again = aguila(&["pack", "--check", &example()]);
    assert_eq!(again.status.code(), Some(0), "{}", stderr(&again));
    assert_eq!(hash_in(&stdout(&again)), hash, "the hash is stable");
    assert!(stdout(&again).contains("What if the US Civil War had lasted longer?"));
}

#[test]
fn a_written_pack_reads_back_and_its_hash_follows_its_scenario() {
    let (dir, scenario) = classroom();
    let pack = write_pack(dir.path(), &scenario, "Puebla");
    let text = std::fs::read_to_string(&pack).unwrap();
    assert!(
        text.contains("scenario: \"../historical_1861.ron\""),
        "{text}"
    );
    let first = hash_in(&stdout(&aguila(&["check", pack.to_str().unwrap()])));
    // The same pack over a changed scenario is another pack.
    let scenario_text = std::fs::read_to_string(&scenario).unwrap();
    std::fs::write(&scenario, format!("// changed\n{scenario_text}")).unwrap();
    let second = hash_in(&stdout(&aguila(&["check", pack.to_str().unwrap()])));
    assert_ne!(first, second);
    // Writing again over a pack is allowed; over anything else is not.
    let refused = aguila(&[
        "pack",
        "--scenario",
        scenario.to_str().unwrap(),
        "--side",
        "republic",
        "--turns",
        "12",
        "--question",
        "?",
        "--prediction",
        "?",
        "--title",
        "t",
        "--out",
        scenario.to_str().unwrap(),
    ]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(
        stderr(&refused).contains("is not a pack"),
        "{}",
        stderr(&refused)
    );
    assert!(
        std::fs::read_to_string(&scenario)
            .unwrap()
            .starts_with("// changed")
    );
}

#[test]
fn bad_pack_options_are_refused_with_the_reason_and_nothing_is_written() {
    let (dir, scenario) = classroom();
    let out = dir.path().join("packs").join("bad.ron");
    let base = |turns: &str, extra: &[&str]| {
        let mut args = vec![
            "pack",
            "--scenario",
            scenario.to_str().unwrap(),
            "--side",
            "republic",
            "--turns",
            turns,
            "--question",
            "Why?",
            "--prediction",
            "What?",
            "--title",
            "Bad",
            "--out",
            out.to_str().unwrap(),
        ];
        args.extend(extra);
        aguila(&args)
    };
    let unknown = base("12", &["--lock", "us_civil_war_edn=1866-01"]);
    assert_eq!(unknown.status.code(), Some(1));
    let text = stderr(&unknown);
    assert!(
        text.contains("us_civil_war_edn") && text.contains("us_civil_war_end"),
        "{text}"
    );
    let outside = base("12", &["--free", "us_civil_war_end=1860-01..1866-01"]);
    assert_eq!(outside.status.code(), Some(1));
    let text = stderr(&outside);
    assert!(
        text.contains("1860-01") && text.contains("1863-01"),
        "{text}"
    );
    let too_long = base("500", &[]);
    assert_eq!(too_long.status.code(), Some(1));
    assert!(
        stderr(&too_long).contains("the war has 73 months"),
        "{}",
        stderr(&too_long)
    );
    assert!(!out.exists(), "nothing written");
}

#[test]
fn a_pack_file_with_mistakes_gets_every_error_located() {
    let (dir, _) = classroom();
    let pack = dir.path().join("packs").join("typo.ron");
    let written = std::fs::read_to_string(example()).unwrap();
    std::fs::write(&pack, written.replace("title:", "titel:")).unwrap();
    let o = aguila(&["check", pack.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let text = stderr(&o);
    assert!(
        text.contains("did you mean `title`?") && text.contains("typo.ron:7"),
        "{text}"
    );

    let levers = written
        .replace(
            "(\"allies_stay\", \"false\")",
            "(\"allies_stai\", \"false\")",
        )
        .replace("from: \"1865-04\"", "from: \"1862-04\"");
    std::fs::write(&pack, levers).unwrap();
    let o = aguila(&["check", pack.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let text = stderr(&o);
    assert!(
        text.contains("allies_stai") && text.contains("allies_stay"),
        "{text}"
    );
    assert!(text.contains("1862-04"), "{text}");

    let outside = written.replace("../historical_1861.ron", "../../secret.ron");
    std::fs::write(&pack, outside).unwrap();
    let o = aguila(&["check", pack.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("outside the pack's scenario folder"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn run_under_a_pack_keeps_its_locks_and_stops_at_its_limit() {
    let (dir, scenario) = classroom();
    let pack = write_pack(dir.path(), &scenario, "Puebla");
    let locked = aguila(&[
        "run",
        "--pack",
        pack.to_str().unwrap(),
        "--set",
        "allies_stay=true",
    ]);
    assert_eq!(locked.status.code(), Some(1));
    let text = stderr(&locked);
    assert!(
        text.contains("the pack locks `allies_stay` at false") && text.contains("us_civil_war_end"),
        "{text}"
    );
    let outside = aguila(&[
        "run",
        "--pack",
        pack.to_str().unwrap(),
        "--set",
        "us_civil_war_end=1868-01",
    ]);
    assert_eq!(outside.status.code(), Some(1));
    assert!(
        stderr(&outside).contains("not to 1868-01"),
        "{}",
        stderr(&outside)
    );

    let save = dir.path().join("student.ron");
    let text = play(
        &pack,
        "3",
        &["--set", "us_civil_war_end=1866-06", "--prediction", "2"],
        &save,
    );
    let hash = hash_in(&stdout(&aguila(&["check", pack.to_str().unwrap()])));
    assert!(text.contains(&format!("(pack {hash})")), "{text}");
    assert!(text.contains("1. When did the capital fall?"), "{text}");
    assert!(
        text.contains("— November 1862 —"),
        "twelve months are played"
    );
    assert!(!text.contains("— December 1862 —"), "and not one more");
    let state = aguila::sim::load::load_state(&save).expect("the save loads");
    let lesson = state.lesson.expect("the save keeps the lesson");
    assert_eq!(lesson.pack, hash);
    assert_eq!(lesson.prediction.as_deref(), Some("no"));
    assert_eq!(lesson.held.len(), 12);
    assert!(
        lesson
            .log
            .iter()
            .any(|l| matches!(l.event, aguila::sim::Event::ControlChanged { .. }))
    );
}

#[test]
fn the_debrief_sets_each_war_among_the_computers_and_against_history() {
    let (dir, scenario) = classroom();
    let pack = write_pack(dir.path(), &scenario, "Puebla");
    let (a, b) = (dir.path().join("ana.ron"), dir.path().join("beto.ron"));
    play(&pack, "5", &["--prediction", "yes"], &a);
    play(
        &pack,
        "9",
        &["--prediction", "no", "--set", "us_civil_war_end=1866-06"],
        &b,
    );
    let out = dir.path().join("debrief");
    let o = aguila(&[
        "debrief",
        "--pack",
        pack.to_str().unwrap(),
        a.to_str().unwrap(),
        b.to_str().unwrap(),
        "--runs",
        "40",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let ana = std::fs::read_to_string(out.join("ana.md")).unwrap();
    assert!(
        ana.contains("Your prediction") && ana.contains("> yes"),
        "{ana}"
    );
    assert!(ana.contains("of the computer's 40 wars"), "{ana}");
    assert!(ana.contains("When did the capital fall?"), "{ana}");
    let class = std::fs::read_to_string(out.join("class.md")).unwrap();
    assert!(
        class.contains("2 students") && class.contains("- yes: 1/2"),
        "{class}"
    );
    // The share in the CSV is the true share of the computer's wars (the same seeds and
    // settings as `aguila trials`) in which the capital fell before it did in Ana's war.
    let csv = std::fs::read_to_string(out.join("class.csv")).unwrap();
    assert_eq!(csv.lines().count(), 3, "{csv}");
    let header: Vec<&str> = csv.lines().next().unwrap().split(',').collect();
    let row: Vec<&str> = csv.lines().nth(1).unwrap().split(',').collect();
    let capital = header.iter().position(|h| *h == "capital_falls").unwrap();
    let trials_dir = dir.path().join("trials");
    let t = aguila(&[
        "trials",
        "--scenario",
        scenario.to_str().unwrap(),
        "--set",
        "allies_stay=false",
        "--runs",
        "40",
        "--until",
        "1862-11",
        "--out",
        trials_dir.to_str().unwrap(),
    ]);
    assert_eq!(t.status.code(), Some(0), "{}", stderr(&t));
    let trials = std::fs::read_to_string(trials_dir.join("trials.csv")).unwrap();
    let trial_header: Vec<&str> = trials.lines().next().unwrap().split(',').collect();
    let col = trial_header
        .iter()
        .position(|h| *h == "capital_falls")
        .unwrap();
    let mine = row[capital];
    let earlier = trials
        .lines()
        .skip(1)
        .filter(|l| {
            let theirs = l.split(',').nth(col).unwrap_or("");
            !theirs.is_empty() && (mine.is_empty() || theirs < mine)
        })
        .count();
    let pct = earlier as f64 * 100.0 / 40.0;
    let shown = if pct.fract() == 0.0 {
        format!("{pct:.0} %")
    } else {
        format!("{pct:.1} %")
    };
    assert!(
        ana.lines()
            .any(|l| l.starts_with("| Capital falls") && l.contains(&format!("| {shown} /"))),
        "{shown} in {ana}"
    );
    let months = std::fs::read_to_string(out.join("months.csv")).unwrap();
    assert_eq!(months.lines().count(), 1 + 2 * 12, "{months}");
}

#[test]
fn the_debrief_refuses_saves_that_are_not_of_its_pack_and_writes_nothing() {
    let (dir, scenario) = classroom();
    let pack = write_pack(dir.path(), &scenario, "Puebla");
    let good = dir.path().join("good.ron");
    play(&pack, "2", &[], &good);
    let out = dir.path().join("debrief");
    let debrief = |save: &Path| {
        aguila(&[
            "debrief",
            "--pack",
            pack.to_str().unwrap(),
            good.to_str().unwrap(),
            save.to_str().unwrap(),
            "--runs",
            "5",
            "--out",
            out.to_str().unwrap(),
        ])
    };
    // A save of another scenario.
    let other = dir.path().join("other_war.ron");
    let text = std::fs::read_to_string(&scenario).unwrap();
    std::fs::write(
        &other,
        text.replacen("id: \"historical_1861\"", "id: \"other_war\"", 1),
    )
    .unwrap();
    let other_save = dir.path().join("other_save.ron");
    let o = aguila(&[
        "run",
        "--scenario",
        other.to_str().unwrap(),
        "--until",
        "1862-01",
        "--save",
        other_save.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let o = debrief(&other_save);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o)
            .contains("is a save of the scenario `other_war`, not of the pack's `historical_1861`"),
        "{}",
        stderr(&o)
    );
    // A war played without a pack.
    let plain = dir.path().join("plain.ron");
    aguila(&[
        "run",
        "--scenario",
        scenario.to_str().unwrap(),
        "--until",
        "1862-01",
        "--save",
        plain.to_str().unwrap(),
    ]);
    let o = debrief(&plain);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("was not played under a teacher's pack"),
        "{}",
        stderr(&o)
    );
    // A war played under another pack.
    std::fs::create_dir(dir.path().join("other")).unwrap();
    let second = dir.path().join("other").join("lesson.ron");
    let written = std::fs::read_to_string(&pack).unwrap();
    std::fs::write(&second, written.replace("\"Puebla\"", "\"Another lesson\"")).unwrap();
    let stranger = dir.path().join("stranger.ron");
    play(&second, "2", &[], &stranger);
    let o = debrief(&stranger);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("not this pack"), "{}", stderr(&o));
    assert!(!out.exists(), "nothing written");
}
