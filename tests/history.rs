//! The scenario's `history` section (the record the lab holds the model against): what the
//! historical scenario records, the located errors of a broken record, and `aguila calibrate`
//! on a scenario with no record.
mod common;

use aguila::sim::load::{self, Diagnostic, LoadError};
use aguila::sim::scenario::{KeyEvent, Side, TargetDef};
use common::{aguila, stdout};

const HISTORICAL: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios/historical_1861.ron");

fn historical_text() -> String {
    std::fs::read_to_string(HISTORICAL).unwrap()
}

/// The findings for the historical scenario's text with `from` replaced by `to` (once), as if
/// the file were `file`.
fn findings(from: &str, to: &str, file: &str) -> Vec<Diagnostic> {
    let text = historical_text();
    assert!(text.contains(from), "{from:?} is in the scenario");
    match load::load_scenario_str(&text.replacen(from, to, 1), file) {
        Ok(loaded) => loaded.warnings,
        Err(LoadError::Invalid { diagnostics, .. }) => diagnostics,
        Err(e) => panic!("{e}"),
    }
}

// Setup: the historical scenario as shipped.
// Expect: its record holds the curve of docs/history/calibration.md §1 for the Empire side
// (0, 1, 8, 18, 18, 5, 0), the four key dates, the Republic's win in 1867, and the twelve
// targets in report order.
#[test]
fn the_historical_scenario_carries_its_record() {
    let s = load::load_scenario_file(HISTORICAL.as_ref())
        .unwrap()
        .scenario;
    let h = &s.history;
    let curve: Vec<(String, u32)> = h
        .provinces_held
        .iter()
        .map(|p| {
            assert_eq!(p.side, Side::Empire);
            (p.month.to_string(), p.count)
        })
        .collect();
    assert_eq!(
        curve,
        [
            ("1861-12", 0),
            ("1862-12", 1),
            ("1863-12", 8),
            ("1864-12", 18),
            ("1865-12", 18),
            ("1866-12", 5),
            ("1867-06", 0)
        ]
        .map(|(m, n)| (m.to_string(), n))
    );
    let dates: Vec<(KeyEvent, String)> = h
        .key_dates
        .iter()
        .map(|d| (d.date, d.month.to_string()))
        .collect();
    assert_eq!(
        dates,
        [
            (KeyEvent::CapitalFalls, "1863-06"),
            (KeyEvent::WithdrawalAnnounced, "1866-01"),
            (KeyEvent::FrenchGone, "1867-03"),
            (KeyEvent::EmpireEnds, "1867-05"),
        ]
        .map(|(d, m)| (d, m.to_string()))
    );
    assert_eq!(h.winner.as_ref().map(|w| w.side), Some(Side::Republic));
    assert_eq!(h.targets.len(), 12);
    assert!(matches!(
        h.targets[4],
        TargetDef::Wins {
            side: Side::Republic,
            at_least,
            ..
        } if at_least == 0.7
    ));
    assert!(
        h.provinces_held
            .iter()
            .all(|p| p.source.starts_with("docs/history/"))
    );
}

// Setup: the historical scenario with one broken entry of its record at a time.
// Expect: an error at the broken value (line and column of the value), in words that name
// the problem.
#[test]
fn a_broken_record_gives_located_errors() {
    let cases = [
        (
            r#"(month: "1863-12", side: Empire, count: 8,"#,
            r#"(month: "1869-12", side: Empire, count: 8,"#,
            "month 1869-12 is outside the scenario",
            r#""1869-12""#,
        ),
        (
            r#"(month: "1864-12", side: Empire, count: 18,"#,
            r#"(month: "1864-12", side: Empire, count: 40,"#,
            "40 provinces is more than the 27 provinces",
            "40",
        ),
        (
            "Wins(side: Republic, at_least: 0.7,",
            "Wins(side: Republic, at_least: 1.5,",
            "share 1.5 must be a number from 0 to 1",
            "1.5",
        ),
        (
            r#"Date(date: CapitalFalls, from: "1863-01", to: "1863-12","#,
            r#"Date(date: CapitalFalls, from: "1863-01", to: "1862-12","#,
            "the window ends (1862-12) before it starts (1863-01)",
            r#""1862-12""#,
        ),
        (
            r#"ProvincesHeld(side: Empire, month: "1865-12","#,
            r#"ProvincesHeld(side: Empire, month: "1865-11","#,
            "needs the provinces Empire held at the end of 1865-11",
            r#""1865-11""#,
        ),
    ];
    for (from, to, message, at) in cases {
        let found = findings(from, to, "broken.ron");
        let d = found
            .iter()
            .find(|d| d.is_error() && d.message.contains(message))
            .unwrap_or_else(|| panic!("no error {message:?} in {found:#?}"));
        let text = historical_text().replacen(from, to, 1);
        let line = text.lines().position(|l| l.contains(to)).unwrap() + 1;
        let column =
            text.lines().nth(line - 1).unwrap().find(to).unwrap() + to.find(at).unwrap() + 1;
        assert_eq!((d.line, d.column), (line, column), "{message}");
    }
}

// Setup: a NaN share, which RON reads as a number.
// Expect: an error, not a target that can never be met.
#[test]
fn a_share_that_is_not_a_number_is_an_error() {
    let found = findings(
        "Wins(side: Republic, at_least: 0.7,",
        "Wins(side: Republic, at_least: NaN,",
        "broken.ron",
    );
    assert!(
        found
            .iter()
            .any(|d| d.is_error() && d.message.contains("must be a number from 0 to 1")),
        "{found:#?}"
    );
}

// Setup: the tiny test world, which has no `history` section.
// Expect: `aguila calibrate` runs no campaign, says the scenario has no historical targets,
// and exits 0; in JSON the report is an empty list.
#[test]
fn calibrate_on_a_scenario_without_a_record_says_so() {
    let tiny = common::fixture("tiny.ron").display().to_string();
    let o = aguila(&["calibrate", "--scenario", &tiny, "--runs", "2"]);
    assert_eq!(o.status.code(), Some(0), "{}", common::stderr(&o));
    assert!(
        stdout(&o).contains("has no historical targets"),
        "{}",
        stdout(&o)
    );
    let o = aguila(&["calibrate", "--scenario", &tiny, "--runs", "2", "--json"]);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(stdout(&o).trim(), "[]");
}
