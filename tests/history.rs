//! The scenario's `history` section (the record the lab holds the model against) and the check
//! of `source` strings: what the historical scenario records, the located errors of a broken
//! record, the warnings on empty sources and on cited files the repository does not have, and
//! `aguila calibrate` on a scenario with no record.
mod common;

use aguila::sim::history_check::{HISTORY_NOTES, cited_paths};
use aguila::sim::load::{self, Diagnostic, LoadError};
use aguila::sim::scenario::{KeyEvent, Side, TargetDef};
use common::{aguila, stdout};

/// A finding's words in English, the language the expectations are written in.
fn words(m: &aguila::text::Message) -> String {
    aguila::text::Lang::english().render(m)
}

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
        Err(e) => panic!("{e:?}"),
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
            (KeyEvent::Empire, "1864-04"),
            (KeyEvent::WithdrawalAnnounced, "1866-01"),
            (KeyEvent::FrenchGone, "1867-03"),
            (KeyEvent::EmpireEnds, "1867-05"),
        ]
        .map(|(d, m)| (d, m.to_string()))
    );
    assert_eq!(h.winner.as_ref().map(|w| w.side), Some(Side::Republic));
    assert_eq!(h.targets.len(), 39);
    // Every province of the map in exactly one region.
    let mut in_regions: Vec<&str> = h
        .regions
        .iter()
        .flat_map(|r| r.provinces.iter().map(String::as_str))
        .collect();
    in_regions.sort_unstable();
    let mut map: Vec<&str> = s.provinces.iter().map(|p| p.id.as_str()).collect();
    map.sort_unstable();
    assert_eq!(in_regions, map);
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
        (
            r#"(id: "south", provinces: ["guerrero","#,
            r#"(id: "south", provinces: ["guerero","#,
            "there is no province `guerero` on the map",
            "[",
        ),
        (
            r#"(id: "north_west", provinces: ["sinaloa", "sonora","#,
            r#"(id: "north_west", provinces: ["sinaloa", "sinaloa","#,
            "sinaloa is recorded twice",
            "[",
        ),
        (
            r#"RegionHeld(region: "plateau", side: Empire, month: "1863-12","#,
            r#"RegionHeld(region: "plateaux", side: Empire, month: "1863-12","#,
            "there is no region `plateaux`",
            r#""plateaux""#,
        ),
        (
            r#"RegionHeld(region: "south", side: Empire, month: "1863-12", held: 0, at_least: 0, at_most: 1,"#,
            r#"RegionHeld(region: "south", side: Empire, month: "1863-12", held: 0, at_least: 0, at_most: 4,"#,
            "4 provinces is more than the 3 of region `south`",
            "4",
        ),
        (
            r#"RegionHeld(region: "north", side: Empire, month: "1864-12", held: 5, at_least: 3, at_most: 6,"#,
            r#"RegionHeld(region: "north", side: Empire, month: "1864-12", held: 5, at_least: 3, at_most: 2,"#,
            "the window ends (2) before it starts (3)",
            "2,",
        ),
        (
            r#"RegionHeld(region: "gulf", side: Empire, month: "1863-12","#,
            r#"RegionHeld(region: "gulf", side: Empire, month: "1869-12","#,
            "month 1869-12 is outside the scenario",
            r#""1869-12""#,
        ),
        (
            r#"Contested(province: "michoacan", from: "1864-01", to: "1866-12", at_least: 0.3,"#,
            r#"Contested(province: "michoacan", from: "1864-01", to: "1866-12", at_least: 1.3,"#,
            "share 1.3 must be a number from 0 to 1",
            "1.3",
        ),
        (
            r#"Contested(province: "tamaulipas","#,
            r#"Contested(province: "tamaulipa","#,
            "there is no province `tamaulipa` on the map",
            r#""tamaulipa""#,
        ),
        (
            r#"Contested(province: "sinaloa", from: "1864-06", to: "1866-12","#,
            r#"Contested(province: "sinaloa", from: "1864-06", to: "1863-12","#,
            "the window ends (1863-12) before it starts (1864-06)",
            r#""1863-12""#,
        ),
    ];
    for (from, to, message, at) in cases {
        let found = findings(from, to, "broken.ron");
        let d = found
            .iter()
            .find(|d| d.is_error() && words(&d.message).contains(message))
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
            .any(|d| d.is_error() && words(&d.message).contains("must be a number from 0 to 1")),
        "{found:#?}"
    );
}

// Setup: the historical scenario, read as it lies in the repository.
// Expect: not one warning about its sources (every cited file exists), and none for the
// counterfactuals' own `sources`.
#[test]
fn the_historical_scenario_cites_only_files_it_has() {
    let loaded = load::load_scenario_file(HISTORICAL.as_ref()).unwrap();
    let about_sources: Vec<&Diagnostic> = loaded
        .warnings
        .iter()
        .filter(|d| d.code.starts_with("source-"))
        .collect();
    assert!(about_sources.is_empty(), "{about_sources:#?}");
    let o = aguila(&[
        "check",
        HISTORICAL,
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/scenarios/counterfactuals/allies_stay.ron"
        ),
    ]);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(
        stdout(&o).matches("no warnings").count(),
        2,
        "{}",
        stdout(&o)
    );
}

// Setup: one source emptied, one pointed at the old research folder, one at a note that does
// not exist.
// Expect: a warning for each, at the string (the cited path inside it), with the stable codes
// `source-empty` and `source-missing`; a source citing only a published work gets none.
#[test]
fn empty_sources_and_missing_files_warn_where_they_are() {
    let empty = findings(
        r#"source: "docs/history/calibration.md §1 (snapshot 1862-12-31)""#,
        r#"source: """#,
        HISTORICAL,
    );
    let w: Vec<&Diagnostic> = empty.iter().filter(|d| d.code == "source-empty").collect();
    assert_eq!(w.len(), 1, "{empty:#?}");
    assert!(!w[0].is_error());
    let text = historical_text();
    let line = text
        .lines()
        .position(|l| l.contains("snapshot 1862-12-31"))
        .unwrap()
        + 1;
    assert_eq!(w[0].line, line);

    for (cited, path) in [
        (
            "shared/history/timeline.csv 1866-01-22",
            "shared/history/timeline.csv",
        ),
        (
            "docs/history/nowhere.md 1866-01-22",
            "docs/history/nowhere.md",
        ),
        (
            "../shared/history/notes.md §3",
            "../shared/history/notes.md",
        ),
    ] {
        let found = findings(
            "docs/history/timeline.md 1866-01-22 (Napoleon III",
            &format!("{cited} (Napoleon III"),
            HISTORICAL,
        );
        let w: Vec<&Diagnostic> = found
            .iter()
            .filter(|d| d.code == "source-missing")
            .collect();
        assert_eq!(w.len(), 1, "{cited}: {found:#?}");
        assert!(words(&w[0].message).contains(path), "{:?}", w[0].message);
        let changed = text.replacen(
            "docs/history/timeline.md 1866-01-22 (Napoleon III",
            &format!("{cited} (Napoleon III"),
            1,
        );
        let line = changed.lines().position(|l| l.contains(cited)).unwrap();
        let column = changed.lines().nth(line).unwrap().find(path).unwrap() + 1;
        assert_eq!((w[0].line, w[0].column), (line + 1, column), "{cited}");
    }

    let published = findings(
        r#"source: "docs/history/calibration.md §1 (snapshot 1862-12-31)""#,
        r#"source: "Bancroft p.62""#,
        HISTORICAL,
    );
    assert!(!published.iter().any(|d| d.code.starts_with("source-")));
}

// Setup: the historical scenario's text checked as if it lay in a folder outside any
// repository.
// Expect: its docs/history citations still pass (the binary knows the notes), while a note
// that does not exist still warns.
#[test]
fn the_notes_are_known_away_from_the_repository() {
    let away = std::env::temp_dir().join("aguila-history-away/x.ron");
    let file = away.display().to_string();
    let found = findings("Bancroft p.288", "Bancroft p.288", &file);
    assert!(
        !found.iter().any(|d| d.code.starts_with("source-")),
        "{found:#?}"
    );
    let found = findings(
        "docs/history/war.md §5.1",
        "docs/history/warr.md §5.1",
        &file,
    );
    assert_eq!(
        found.iter().filter(|d| d.code == "source-missing").count(),
        1
    );
}

// Expect: the notes the binary knows are exactly the files of docs/history/.
#[test]
fn the_known_notes_are_the_files_of_docs_history() {
    let mut files: Vec<String> =
        std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/history"))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
    files.sort();
    assert_eq!(files, HISTORY_NOTES);
}

// Expect: a source cites the repository paths written in it, but not the tail of a web
// address, nor a work named without a path.
#[test]
fn cited_paths_are_the_paths_written_in_a_source() {
    assert_eq!(
        cited_paths("docs/history/timeline.md 1863-06-10; docs/history/war.md §4.3."),
        ["docs/history/timeline.md", "docs/history/war.md"]
    );
    assert_eq!(
        cited_paths("Bancroft p.62; Stevenson p.65"),
        Vec::<String>::new()
    );
    assert_eq!(
        cited_paths("https://example.org/docs/notes.md and docs/x.csv"),
        ["docs/x.csv"]
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

// Setup: a variant file, away from the repository, whose own `sources` cite a note that does
// not exist, an empty string and a published work.
// Expect: `aguila check` passes it with two warnings located in the variant's own text (the
// missing note at its line and column, the empty source), none for the published work.
#[test]
fn a_variants_own_sources_are_checked_in_its_text() {
    let dir = std::env::temp_dir().join(format!("aguila-history-variant-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    // The base inside the variant's scenario folder, as a variant must name it.
    std::fs::copy(HISTORICAL, dir.join("historical_1861.ron")).unwrap();
    let file = dir.join("v.ron");
    let text = "Variant(\n    format_version: 1,\n    id: \"v\",\n    title: \"A test\",\n    question: \"q\",\n    plausibility: \"p\",\n    sources: [\n        \"Bancroft p.62\",\n        \"see docs/history/nowhere.md §1\",\n        \"\",\n    ],\n    base: \"historical_1861.ron\",\n    set: [(\"allies_stay\", \"true\")],\n)\n";
    std::fs::write(&file, text).unwrap();
    let path = file.display().to_string();
    let o = aguila(&["check", &path, "--json"]);
    std::fs::remove_dir_all(&dir).ok();
    assert_eq!(o.status.code(), Some(0), "{}", common::stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let found: Vec<(String, String, u64, u64)> = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["code"].as_str().unwrap().to_string(),
                d["file"].as_str().unwrap().to_string(),
                d["line"].as_u64().unwrap(),
                d["column"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        found,
        [
            ("source-missing".to_string(), path.clone(), 9, 14),
            ("source-empty".to_string(), path.clone(), 10, 9),
        ]
    );
}
