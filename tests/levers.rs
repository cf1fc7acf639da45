//! `aguila sweep`, `aguila sensitivity` and the levers' stated directions as a user meets them:
//! the outputs, each row replayable, and bad input refused with a clear error and nothing
//! written.
mod common;

use common::{aguila, refuses_a_file_as_out, stderr, stdout};
use std::path::Path;

const HISTORICAL: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios/historical_1861.ron");

/// The rows of a CSV file as maps from column name to value.
fn rows(path: &Path) -> Vec<std::collections::BTreeMap<String, String>> {
    let text = std::fs::read_to_string(path).unwrap();
    let mut lines = text.lines();
    let header: Vec<String> = lines.next().unwrap().split(',').map(String::from).collect();
    lines
        .map(|l| {
            header
                .iter()
                .cloned()
                .zip(l.split(',').map(String::from))
                .collect()
        })
        .collect()
}

#[test]
fn sweep_writes_a_table_a_csv_and_a_chart_on_paired_seeds() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("sweep");
    let o = aguila(&[
        "sweep",
        "--scenario",
        HISTORICAL,
        "--param",
        "france_initial_will",
        "--range",
        "60..140",
        "--steps",
        "3",
        "--runs",
        "3",
        "--seed",
        "5",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = stdout(&o);
    assert!(
        text.contains("France's initial resolve swept over 3 values")
            && text.contains("same seeds, 5–7, on purpose"),
        "{text}"
    );
    for value in ["60 ", "100 ", "140 "] {
        assert!(
            text.contains(&format!("\n  {value}")),
            "a row for {value}: {text}"
        );
    }
    let sweep = rows(&out.join("sweep.csv"));
    let values: Vec<&str> = sweep.iter().map(|r| r["value"].as_str()).collect();
    assert_eq!(values, ["60", "100", "140"]);
    let hash = &sweep[0]["scenario_hash"];
    assert_eq!(hash.len(), 16, "{hash}");
    assert!(
        sweep
            .iter()
            .all(|r| &r["scenario_hash"] == hash && r["first_seed"] == "5" && r["trials"] == "3")
    );
    assert_eq!(sweep[0]["parameters"], "france_initial_will=60");
    let trials = rows(&out.join("trials.csv"));
    assert_eq!(trials.len(), 9);
    let seeds: Vec<&str> = trials.iter().map(|r| r["seed"].as_str()).collect();
    assert_eq!(
        seeds,
        ["5", "6", "7", "5", "6", "7", "5", "6", "7"],
        "paired seeds"
    );
    let svg = std::fs::read_to_string(out.join("sweep.svg")).unwrap();
    assert!(svg.starts_with("<svg") && svg.trim_end().ends_with("</svg>"));
    assert!(
        svg.contains("The Republic wins")
            && svg.contains("The imperial side falls")
            && svg.contains("<polygon")
    );

    // A row replays: the same seed and parameters give the same war.
    let row = &trials[4];
    let o = aguila(&[
        "run",
        "--scenario",
        HISTORICAL,
        "--seed",
        &row["seed"],
        "--set",
        &row["parameters"],
        "--json",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let months = v["months"].as_array().unwrap();
    assert_eq!(
        months.last().unwrap()["month"],
        row["last_month"].as_str(),
        "{row:?}"
    );
}

#[test]
fn sensitivity_plays_every_lever_at_both_ends_and_draws_a_tornado() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("sens");
    let o = aguila(&[
        "sensitivity",
        "--scenario",
        HISTORICAL,
        "--runs",
        "2",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = stdout(&o);
    assert!(text.contains("same seeds, 1–2, on purpose"), "{text}");
    assert!(
        text.contains("true (as is)") && text.contains("1862-09 (as is)"),
        "the scenario's own values are marked: {text}"
    );
    let effects = rows(&out.join("sensitivity.csv"));
    // Eleven levers, two ends, five measures.
    assert_eq!(effects.len(), 11 * 2 * 5);
    let will: Vec<_> = effects
        .iter()
        .filter(|r| r["lever"] == "france_initial_will" && r["measure"] == "empire_ends")
        .collect();
    assert_eq!(will.len(), 2);
    assert_eq!(
        (will[0]["end"].as_str(), will[0]["value"].as_str()),
        ("low", "60")
    );
    assert_eq!(
        (will[1]["end"].as_str(), will[1]["value"].as_str()),
        ("high", "140")
    );
    assert_eq!(will[0]["parameters"], "france_initial_will=60");
    // A lever's low end equal to the default is the default itself: no difference.
    let zaragoza = effects
        .iter()
        .find(|r| {
            r["lever"] == "zaragoza_death" && r["end"] == "low" && r["measure"] == "empire_ends"
        })
        .unwrap();
    assert_eq!(
        (zaragoza["mean"].as_str(), zaragoza["low"].as_str()),
        ("0", "0")
    );
    let trials = rows(&out.join("trials.csv"));
    assert!(trials.iter().all(|r| r["seed"] == "1" || r["seed"] == "2"));
    assert!(
        trials
            .iter()
            .any(|r| r["parameters"] == "us_civil_war_end=1868-12")
    );
    let svg = std::fs::read_to_string(out.join("tornado.svg")).unwrap();
    for part in [
        "France's initial resolve",
        "Costs charged at Miramar",
        "The Republic wins",
        "Withdrawal announced",
    ] {
        assert!(svg.contains(part), "{part} in the tornado");
    }
}

/// Runs a command that must fail, and checks its error and that `out` was not created.
fn refused(args: &[&str], out: &Path, expected: &str) {
    let mut all = args.to_vec();
    all.extend(["--runs", "2", "--out", out.to_str().unwrap()]);
    let o = aguila(&all);
    assert_eq!(o.status.code(), Some(1), "{args:?}: {}", stdout(&o));
    let err = stderr(&o);
    assert!(
        err.contains(expected),
        "{args:?}: expected `{expected}` in\n{err}"
    );
    assert!(!out.exists(), "{args:?} wrote {}", out.display());
}

#[test]
fn bad_input_is_refused_clearly_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("never");
    let sweep = |rest: &[&'static str]| {
        let mut a = vec!["sweep", "--scenario", HISTORICAL];
        a.extend(rest);
        a
    };
    refused(
        &sweep(&["--param", "france_initial_wil", "--values", "60"]),
        &out,
        "did you mean `france_initial_will`",
    );
    refused(
        &sweep(&["--param", "france_initial_will", "--values", "60,200"]),
        &out,
        "200 is above the plausible range 60 to 140",
    );
    refused(
        &sweep(&["--param", "us_civil_war_end", "--values", "1865-04,soon"]),
        &out,
        "soon",
    );
    refused(
        &sweep(&["--param", "france_initial_will", "--range", "140..60"]),
        &out,
        "--range “140..60” is empty",
    );
    refused(
        &sweep(&["--param", "france_initial_will", "--range", "sixty"]),
        &out,
        "--range “sixty” is not a range",
    );
    refused(
        &sweep(&[
            "--param",
            "france_initial_will",
            "--range",
            "60..140",
            "--steps",
            "1",
        ]),
        &out,
        "--steps 1 is too few",
    );
    refused(
        &sweep(&["--param", "allies_stay", "--range", "0..1"]),
        &out,
        "use --values false,true",
    );
    refused(
        &sweep(&["--param", "us_civil_war_end", "--range", "1860-01..1866-01"]),
        &out,
        "below the plausible range",
    );
    refused(
        &[
            "sensitivity",
            "--scenario",
            HISTORICAL,
            "--set",
            "miramar_dept=10",
        ],
        &out,
        "did you mean `miramar_debt`",
    );
    refused(
        &["sensitivity", "--scenario", "/no/such/scenario.ron"],
        &out,
        "cannot read /no/such/scenario.ron",
    );
    // An --out that is a file is refused before anything is played, and left as it was.
    refuses_a_file_as_out(&["sensitivity", "--scenario", HISTORICAL, "--runs", "1"]);
}

/// The historical scenario with one piece of text replaced, written beside the original's
/// folder layout so that its relative sources still resolve.
fn edited_scenario(dir: &Path, from: &str, to: &str) -> std::path::PathBuf {
    let text = std::fs::read_to_string(HISTORICAL).unwrap();
    assert!(text.contains(from), "the scenario has `{from}`");
    let path = dir.join("edited.ron");
    std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
    path
}

#[test]
fn a_stated_direction_is_checked_with_a_located_error() {
    let dir = tempfile::tempdir().unwrap();
    let path = edited_scenario(
        dir.path(),
        "moves: (outcome: EmpireEnds, direction: Later, why: \"A France more",
        "moves: (outcome: RepublicWins, direction: Later, why: \"A France more",
    );
    let o = aguila(&["check", path.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    let err = stderr(&o);
    assert!(
        err.contains("parameter `france_initial_will`: a share moves `More` or `Less`")
            && err.contains("edited.ron:"),
        "{err}"
    );
    let path = edited_scenario(
        dir.path(),
        "outcome: EmpireEnds, direction: Later",
        "outcome: EmpireEnds, direction: Sideways",
    );
    let o = aguila(&["check", path.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("Sideways"), "{}", stderr(&o));
}

#[test]
fn calibrate_judges_every_lever_against_its_stated_direction() {
    let o = aguila(&[
        "calibrate",
        "--scenario",
        HISTORICAL,
        "--runs",
        "6",
        "--json",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let levers: Vec<&serde_json::Value> = v
        .as_array()
        .unwrap()
        .iter()
        .filter(|t| t["id"].as_str().unwrap().starts_with("lever_"))
        .collect();
    assert_eq!(levers.len(), 11, "one target per lever");
    let us = levers
        .iter()
        .find(|t| t["id"] == "lever_us_civil_war_end")
        .unwrap();
    assert_eq!(
        us["name"],
        "End of the US Civil War, from 1863-01 to 1868-12: France announces its withdrawal later"
    );
    assert!(
        us["history"].as_str().unwrap().contains("docs/history/"),
        "{us}"
    );
    // A longer US war keeps France in Mexico for many months: clear even in six wars.
    assert_eq!(us["inside"], true, "{us}");
    assert!(
        us["model"]
            .as_str()
            .unwrap()
            .starts_with("as stated: mean +"),
        "{us}"
    );
    for t in &levers {
        assert!(t["inside"].is_boolean(), "every lever is measured: {t}");
    }
}

#[test]
fn a_batch_reports_progress_from_its_threads_and_stops_when_cancelled() {
    use aguila::lab::batch::{BatchStop, Control, Plan, play_batch};
    use aguila::lab::{Policy, Setup};
    use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
    let lang = aguila::text::Lang::english();
    let base = Setup::load(lang, Path::new(HISTORICAL), &[], false).unwrap();
    let low = base
        .with(&[("france_initial_will".into(), "60".into())])
        .unwrap();
    let until = Some("1862-06".parse().unwrap());
    let seen = AtomicU64::new(0);
    let last_total = AtomicU64::new(0);
    let keep_going = AtomicBool::new(false);
    let progress = |done: u64, total: u64| {
        seen.fetch_max(done, Ordering::Relaxed);
        last_total.store(total, Ordering::Relaxed);
    };
    let control = Control {
        progress: &progress,
        cancel: &keep_going,
    };
    let setups = [base.clone(), low];
    let plan = Plan {
        runs: 3,
        seed: 10,
        until,
        policy: Policy::Baseline,
        jobs: 2,
    };
    let out = play_batch(&setups, &plan, &control).unwrap();
    assert_eq!(out.len(), 2);
    let seeds: Vec<u64> = out[1].iter().map(|t| t.seed).collect();
    assert_eq!(seeds, [10, 11, 12], "each setting in seed order");
    assert_eq!(seen.load(Ordering::Relaxed), 6);
    assert_eq!(last_total.load(Ordering::Relaxed), 6);

    let stop = AtomicBool::new(true);
    let control = Control {
        progress: &progress,
        cancel: &stop,
    };
    let out = play_batch(&setups, &plan, &control);
    assert_eq!(out.err(), Some(BatchStop::Cancelled));
}

#[test]
fn compare_names_a_variant_by_its_title_in_the_readers_language() {
    let variant = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/scenarios/counterfactuals/allies_stay.ron"
    );
    for (lang, title) in [
        ("en", "“Britain and Spain stay in the alliance”"),
        ("es", "«Gran Bretaña y España se quedan en la alianza»"),
        ("pt", "“A Grã-Bretanha e a Espanha ficam na aliança”"),
    ] {
        let o = aguila(&[
            "compare",
            "--scenario",
            HISTORICAL,
            "--scenario",
            variant,
            "--runs",
            "2",
            "--until",
            "1862-12",
            "--lang",
            lang,
        ]);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        let text = stdout(&o);
        assert!(text.contains(title), "{lang}: {text}");
        assert!(
            !text.contains("allies_stay"),
            "{lang}: no id for people: {text}"
        );
    }
}
