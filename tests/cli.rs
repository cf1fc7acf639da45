//! The command line as a user runs it: `aguila check` and `aguila run`, their exit codes,
//! their output and their errors.
mod common;

use common::{aguila, stderr, stdout};
use std::process::Command;

const HISTORICAL: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios/historical_1861.ron");

#[test]
fn check_accepts_good_files_and_rejects_bad_ones_with_json_for_tools() {
    let good = aguila(&["check", HISTORICAL]);
    assert_eq!(good.status.code(), Some(0), "{}", stderr(&good));
    assert!(stdout(&good).contains("ok (27 provinces"));

    let bad = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/broken/several_errors.ron"
    );
    let out = aguila(&["check", HISTORICAL, bad]);
    assert_eq!(out.status.code(), Some(1));
    let text = stderr(&out);
    assert!(
        text.contains("did you mean `capital`?") && text.contains("3 errors"),
        "{text}"
    );

    let json = aguila(&["check", "--json", bad]);
    assert_eq!(json.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_str(&stdout(&json)).expect("valid JSON");
    assert_eq!(v["ok"], false);
    let first = &v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["severity"] == "error")
        .unwrap();
    assert!(
        first["line"].as_u64().unwrap() > 0
            && first["file"]
                .as_str()
                .unwrap()
                .ends_with("several_errors.ron")
    );

    let missing = aguila(&["check", "/no/such/file.ron"]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(stderr(&missing).contains("cannot read /no/such/file.ron"));
}

#[test]
fn run_is_byte_identical_for_the_same_seed() {
    let a = aguila(&["run", "--scenario", HISTORICAL, "--seed", "7"]);
    let b = aguila(&["run", "--scenario", HISTORICAL, "--seed", "7"]);
    assert_eq!(a.status.code(), Some(0), "{}", stderr(&a));
    assert!(!a.stdout.is_empty());
    assert_eq!(a.stdout, b.stdout);
    let text = stdout(&a);
    assert!(text.contains("— December 1861 —"));
    assert!(text.contains("Victory") || text.contains("undecided"));
}

#[test]
fn run_json_reports_outcome_events_holders_and_tracks_each_month() {
    let out = aguila(&[
        "run",
        "--scenario",
        HISTORICAL,
        "--seed",
        "3",
        "--json",
        "--until",
        "1862-12",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("valid JSON");
    let months = v["months"].as_array().unwrap();
    assert_eq!(months.len(), 13, "December 1861 to December 1862");
    assert_eq!(months[0]["month"], "1861-12");
    assert_eq!(months[0]["holders"].as_object().unwrap().len(), 27);
    assert!(months[12]["tracks"]["france_will"].is_number());
    assert!(
        v["events"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["event"].get("EventFired").is_some())
    );
    assert!(v["outcome"].is_null(), "stopped by --until before the end");
}

#[test]
fn set_changes_a_parameter_and_bad_values_are_refused_clearly() {
    let late = aguila(&[
        "run",
        "--scenario",
        HISTORICAL,
        "--seed",
        "5",
        "--json",
        "--set",
        "us_civil_war_end=1867-01",
    ]);
    assert_eq!(late.status.code(), Some(0), "{}", stderr(&late));
    let v: serde_json::Value = serde_json::from_str(&stdout(&late)).unwrap();
    assert_eq!(v["parameters"]["us_civil_war_end"], "1867-01");

    for (arg, says) in [
        ("us_civil_war_end=1899-01", "above the plausible range"),
        ("us_civil_war_end=soon", "not a month"),
        ("us_civl_war_end=1866-01", "did you mean `us_civil_war_end`"),
        ("allies_stay=maybe", "true or false"),
        ("no_equals_sign", "is not name=value"),
    ] {
        let out = aguila(&["run", "--scenario", HISTORICAL, "--set", arg]);
        assert_ne!(out.status.code(), Some(0), "{arg} accepted");
        assert!(stderr(&out).contains(says), "{arg}: {}", stderr(&out));
    }
}

#[test]
fn save_at_and_load_reach_the_same_end_as_an_uninterrupted_run() {
    let dir = tempfile::tempdir().unwrap();
    let save = dir.path().join("mid.ron");
    let save = save.to_str().unwrap();
    let whole = aguila(&[
        "run",
        "--scenario",
        HISTORICAL,
        "--seed",
        "9",
        "--json",
        "--save-at",
        "1864-06",
        save,
    ]);
    assert_eq!(whole.status.code(), Some(0), "{}", stderr(&whole));
    let resumed = aguila(&["run", "--load", save, "--json"]);
    assert_eq!(resumed.status.code(), Some(0), "{}", stderr(&resumed));
    let a: serde_json::Value = serde_json::from_str(&stdout(&whole)).unwrap();
    let b: serde_json::Value = serde_json::from_str(&stdout(&resumed)).unwrap();
    assert_eq!(a["outcome"], b["outcome"]);
    assert_eq!(
        a["months"].as_array().unwrap().last(),
        b["months"].as_array().unwrap().last()
    );
    assert_eq!(b["months"][0]["month"], "1864-06");

    let corrupt = dir.path().join("corrupt.ron");
    std::fs::write(&corrupt, "(format_version: 1, scenario: (").unwrap();
    let out = aguila(&["run", "--load", corrupt.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("not a readable save"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn the_chronicle_speaks_the_chosen_language() {
    let es = aguila(&[
        "run",
        "--scenario",
        HISTORICAL,
        "--seed",
        "1",
        "--until",
        "1862-01",
        "--lang",
        "es",
    ]);
    assert!(
        stdout(&es).contains("— diciembre de 1861 —"),
        "{}",
        stdout(&es)
    );
    let pt = aguila(&[
        "run",
        "--scenario",
        HISTORICAL,
        "--seed",
        "1",
        "--until",
        "1862-01",
        "--lang",
        "pt",
    ]);
    assert!(stdout(&pt).contains("— dezembro de 1861 —"));
    let from_env = Command::new(env!("CARGO_BIN_EXE_aguila"))
        .args(["run", "--scenario", HISTORICAL, "--until", "1861-12"])
        .env("LANG", "pt_BR.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .unwrap();
    assert!(stdout(&from_env).contains("dezembro de 1861"));
}

/// `--until` and `--save-at` outside the war's months would do nothing: they are refused with
/// the war's months, and nothing is played. A save never writes over a file that is not a
/// save, such as the scenario itself; it may write over an earlier save.
#[test]
fn run_refuses_months_outside_the_war_and_saves_over_other_files() {
    let o = aguila(&["run", "--scenario", HISTORICAL, "--until", "1850-01"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stdout(&o).is_empty(), "nothing played: {}", stdout(&o));
    assert!(
        stderr(&o).contains("--until 1850-01 is outside this war's months (1861-12 to"),
        "{}",
        stderr(&o)
    );
    let o = aguila(&[
        "run",
        "--scenario",
        HISTORICAL,
        "--lang",
        "es",
        "--until",
        "1850-01",
    ]);
    assert!(
        stderr(&o).contains("fuera de los meses de esta guerra"),
        "{}",
        stderr(&o)
    );

    let dir = tempfile::tempdir().unwrap();
    let scenario = dir.path().join("copy.ron");
    std::fs::copy(HISTORICAL, &scenario).unwrap();
    let before = std::fs::read(&scenario).unwrap();
    let path = scenario.to_str().unwrap();
    let o = aguila(&["run", "--scenario", path, "--save-at", "2000-01", "x.ron"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("--save-at 2000-01 is outside"),
        "{}",
        stderr(&o)
    );
    let o = aguila(&["run", "--scenario", path, "--save-at", "1862-03", path]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("which is not a save"), "{}", stderr(&o));
    assert_eq!(
        std::fs::read(&scenario).unwrap(),
        before,
        "the scenario is untouched"
    );

    // An earlier save may be written over.
    let save = dir.path().join("save.ron");
    let save = save.to_str().unwrap();
    let first = aguila(&[
        "run",
        "--scenario",
        path,
        "--until",
        "1862-03",
        "--save-at",
        "1862-02",
        save,
    ]);
    assert_eq!(first.status.code(), Some(0), "{}", stderr(&first));
    let again = aguila(&[
        "run",
        "--scenario",
        path,
        "--until",
        "1862-04",
        "--save-at",
        "1862-04",
        save,
    ]);
    assert_eq!(again.status.code(), Some(0), "{}", stderr(&again));
    assert!(
        std::fs::read_to_string(save)
            .unwrap()
            .contains("\"1862-04\"")
    );
}
