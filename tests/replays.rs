//! Replays and branches: a recorded war plays back to the same chronicle and the same state
//! every month; an edited replay, a changed command, or a replay over another file is refused;
//! a branch from a save takes other levers and a new seed, says so, and refuses a lever the
//! rules no longer read.
mod common;

use aguila::sim::replay::{self, ReplayError};
use common::{aguila, stderr, stdout};

const HISTORICAL: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios/historical_1861.ron");

/// A fresh folder for a test's files.
fn folder() -> tempfile::TempDir {
    tempfile::tempdir().expect("a temporary folder")
}

#[test]
fn a_recorded_war_plays_back_to_the_same_chronicle_and_states() {
    let dir = folder();
    let file = dir.path().join("war.replay.ron");
    let file = file.to_str().unwrap();
    let run = aguila(&[
        "run",
        "--scenario",
        HISTORICAL,
        "--seed",
        "4",
        "--record",
        file,
    ]);
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    let told = stdout(&run);
    assert!(
        told.contains(&format!("Replay recorded in {file}.")),
        "{told}"
    );

    let played = aguila(&["replay", file]);
    assert_eq!(played.status.code(), Some(0), "{}", stderr(&played));
    let replayed = stdout(&played);
    // The same chronicle, line for line, then the verdict instead of the recording line.
    let war = |text: &str| -> Vec<String> {
        text.lines()
            .filter(|l| !l.contains(file))
            .map(str::to_string)
            .collect()
    };
    assert_eq!(war(&told), war(&replayed));
    let verdict = replayed.lines().last().unwrap();
    assert!(
        verdict.contains("played back, each arriving at the recorded state; the war is over."),
        "{verdict}"
    );

    let verified = aguila(&["replay", "--verify", file]);
    assert_eq!(verified.status.code(), Some(0), "{}", stderr(&verified));
    assert_eq!(
        stdout(&verified).lines().count(),
        1,
        "{}",
        stdout(&verified)
    );

    // Through the library: every month's state arrives at its digest, and the end is the end.
    let recorded = replay::load_replay(std::path::Path::new(file)).unwrap();
    let mut months = 0;
    let end = replay::play_back(&recorded, |_, _, _| months += 1).unwrap();
    assert_eq!(months, recorded.months.len());
    assert!(end.outcome.is_some());
    assert_eq!(
        replay::state_digest(&end),
        recorded.months.last().unwrap().digest
    );
}

#[test]
fn an_edited_replay_is_refused_before_it_plays() {
    let dir = folder();
    let file = dir.path().join("war.ron");
    let run = aguila(&[
        "run",
        "--scenario",
        HISTORICAL,
        "--until",
        "1863-06",
        "--record",
        file.to_str().unwrap(),
    ]);
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    let text = std::fs::read_to_string(&file).unwrap();

    // A number changed by hand: the content no longer matches its digest.
    assert!(text.contains("seed: 1,"), "the start's seed is written");
    let edited = text.replacen("seed: 1,", "seed: 2,", 1);
    assert_ne!(edited, text);
    std::fs::write(&file, &edited).unwrap();
    let o = aguila(&["replay", "--verify", file.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("was changed after it was recorded"),
        "{}",
        stderr(&o)
    );
    assert!(stdout(&o).is_empty(), "{}", stdout(&o));

    // A month's commands changed and the file sealed again: the rules no longer arrive at
    // the recorded state, and the month is named.
    let mut recorded = replay::load_replay_str(&text, "war.ron").unwrap();
    let month = recorded
        .months
        .iter()
        .position(|m| !m.commands.is_empty())
        .expect("a month with commands");
    let dropped = recorded.months[month].commands.remove(0);
    let at = recorded.months[month].month;
    recorded.seal();
    match replay::play_back(&recorded, |_, _, _| {}) {
        Err(ReplayError::Diverged { month }) => assert_eq!(month, at, "dropped {dropped:?}"),
        Err(ReplayError::Refused { month, .. }) => assert_eq!(month, at),
        other => panic!("{:?}", other.map(|s| s.month)),
    }

    // Not a replay at all.
    std::fs::write(&file, "(replay_format: 7)").unwrap();
    let o = aguila(&["replay", file.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("this replay has format 7; this version reads format 1"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn a_replay_is_never_written_over_another_file() {
    let dir = folder();
    let scenario = dir.path().join("mine.ron");
    std::fs::copy(HISTORICAL, &scenario).unwrap();
    let before = std::fs::read(&scenario).unwrap();
    let o = aguila(&[
        "run",
        "--scenario",
        HISTORICAL,
        "--until",
        "1862-03",
        "--record",
        scenario.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("is not a replay"), "{}", stderr(&o));
    assert_eq!(std::fs::read(&scenario).unwrap(), before);
    let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(left.len(), 1, "nothing else written: {left:?}");
}

/// Saves the historical war at `month` into `dir` and returns the save's path.
fn saved_at(dir: &std::path::Path, month: &str) -> String {
    let save = dir.join(format!("at-{month}.ron"));
    let o = aguila(&[
        "run",
        "--scenario",
        HISTORICAL,
        "--seed",
        "2",
        "--save-at",
        month,
        save.to_str().unwrap(),
        "--until",
        month,
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    save.to_str().unwrap().to_string()
}

#[test]
fn a_branch_takes_other_levers_and_a_new_seed_and_says_so() {
    let dir = folder();
    let save = saved_at(dir.path(), "1863-01");
    let plain = stdout(&aguila(&["run", "--load", &save]));
    assert!(!plain.contains("A branch of"), "{plain}");

    let reseeded = aguila(&["run", "--load", &save, "--seed", "9"]);
    assert_eq!(reseeded.status.code(), Some(0), "{}", stderr(&reseeded));
    let told = stdout(&reseeded);
    let first = told.lines().next().unwrap();
    assert_eq!(
        first,
        format!("A branch of {save} from 1863-01: the same levers, and a new seed, 9.")
    );
    assert_ne!(
        told.lines().skip(1).collect::<Vec<_>>(),
        plain.lines().collect::<Vec<_>>()
    );

    let longer = aguila(&[
        "run",
        "--load",
        &save,
        "--set",
        "us_civil_war_end=1867-01",
        "--json",
    ]);
    assert_eq!(longer.status.code(), Some(0), "{}", stderr(&longer));
    let v: serde_json::Value = serde_json::from_slice(&longer.stdout).unwrap();
    assert_eq!(
        v["branch"],
        format!(
            "A branch of {save} from 1863-01: one lever changed (us_civil_war_end from \
             1865-04 to 1867-01), and the saved war's own random draws."
        )
    );
    assert_eq!(v["parameters"]["us_civil_war_end"], "1867-01");
    assert_eq!(
        v["seed"], 2,
        "the saved war's seed, as no new one was given"
    );
}

#[test]
fn a_branch_refuses_a_lever_the_rules_no_longer_read() {
    let dir = folder();
    let save = saved_at(dir.path(), "1866-02");
    for (set, says) in [
        (
            "france_initial_will=60",
            "`france_initial_will` is read only when the war begins: a branch from 1866-02 \
             cannot change it",
        ),
        (
            "us_civil_war_end=1867-01",
            "`us_civil_war_end` names 1865-04, a month the war has already lived by 1866-02",
        ),
    ] {
        let o = aguila(&["run", "--load", &save, "--set", set]);
        assert_eq!(o.status.code(), Some(1), "{set}");
        assert!(stderr(&o).contains(says), "{set}: {}", stderr(&o));
        assert!(stdout(&o).is_empty());
    }
}

#[test]
fn a_branch_can_be_recorded_and_played_back() {
    let dir = folder();
    let save = saved_at(dir.path(), "1864-06");
    let file = dir.path().join("branch.ron");
    let o = aguila(&[
        "run",
        "--load",
        &save,
        "--seed",
        "3",
        "--record",
        file.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v = aguila(&["replay", "--verify", file.to_str().unwrap()]);
    assert_eq!(v.status.code(), Some(0), "{}", stderr(&v));
}
