//! Broken scenarios under tests/fixtures/broken/, each with the error (place, message, hint)
//! that `aguila check` must give, and a guarantee that no input makes loading panic.
mod common;

use aguila::sim::load::{self, Diagnostic, LoadError};
use aguila::text::{Lang, Message};

/// A finding's words in English, the language the expectations below are written in.
fn words(m: &Message) -> String {
    Lang::english().render(m)
}

/// (file, line, column, words the message must contain, words the help must contain).
const EXPECTED: &[(&str, usize, usize, &str, Option<&str>)] = &[
    (
        "unknown_field",
        8,
        5,
        "unknown field `titel`",
        Some("did you mean `title`?"),
    ),
    (
        "unknown_province",
        70,
        13,
        "unknown province `capitol`",
        Some("did you mean `capital`?"),
    ),
    (
        "unknown_parameter",
        49,
        67,
        "unknown parameter `start_wil`",
        Some("did you mean `start_will`?"),
    ),
    (
        "unknown_variant",
        62,
        19,
        "unknown variant `Moderate`",
        Some("Liberal, Mixed, Conservative"),
    ),
    (
        "duplicate_id",
        61,
        14,
        "province id `north` is used twice",
        None,
    ),
    ("support_over_100", 62, 26, "support must be 0–100", None),
    (
        "number_not_finite",
        77,
        69,
        "`NaN` is not a number a scenario can use",
        Some("write a plain number such as 0.5 or 1000"),
    ),
    (
        "id_with_path",
        8,
        5,
        "the scenario id `../../evil` may hold only letters, digits, `_` and `-`",
        None,
    ),
    (
        "track_bound_nan",
        51,
        64,
        "track `us_pressure`: min and max must be numbers",
        None,
    ),
    (
        "border_listed_twice",
        38,
        77,
        "listed twice",
        Some("list each pair once"),
    ),
    ("bad_month", 10, 13, "`1863-13` is not a month", None),
    (
        "missing_track",
        48,
        5,
        "the rules need a track `republic_legitimacy`",
        None,
    ),
    ("wrong_version", 6, 5, "format_version is 7", None),
    (
        "share_out_of_range",
        20,
        18,
        "rules.combat.luck is a share",
        None,
    ),
    ("truncated", 97, 7, "Unexpected end of RON", None),
    ("empty", 1, 1, "Expected opening `(`", None),
    (
        "choices_without_chooser",
        101,
        10,
        "event `dilemma` offers choices but names no chooser",
        Some("chooser: Republic"),
    ),
    (
        "judgement_share_over_1",
        101,
        67,
        "judgement `republic_governs`: `provinces` is a share, 0–1",
        None,
    ),
    (
        "judgement_holds_nothing",
        101,
        14,
        "judgement `empire_governs` asks for nothing held",
        Some("capital: true"),
    ),
];

fn diagnostics(name: &str) -> Vec<Diagnostic> {
    match load::load_scenario_file(&common::fixture(&format!("broken/{name}.ron"))) {
        Ok(_) => panic!("{name} should be rejected"),
        Err(LoadError::Invalid { diagnostics, .. }) => diagnostics,
        Err(e) => vec![Diagnostic::file_error(name, e.message())],
    }
}

#[test]
fn each_broken_fixture_gives_its_error_at_its_place() {
    for &(name, line, column, message, help) in EXPECTED {
        let found = diagnostics(name);
        let hit = found
            .iter()
            .find(|d| d.is_error() && words(&d.message).contains(message));
        let d =
            hit.unwrap_or_else(|| panic!("{name}: no error containing {message:?} in {found:#?}"));
        assert_eq!(
            (d.line, d.column),
            (line, column),
            "{name}: wrong place for {message:?}"
        );
        if let Some(h) = help {
            assert!(
                d.help.as_ref().is_some_and(|x| words(x).contains(h)),
                "{name}: help {:?} lacks {h:?}",
                d.help
            );
        }
    }
}

#[test]
fn every_error_in_a_file_is_reported_at_once() {
    let found = diagnostics("several_errors");
    let errors: Vec<String> = found
        .iter()
        .filter(|d| d.is_error())
        .map(|d| words(&d.message))
        .collect();
    assert_eq!(errors.len(), 3, "{errors:#?}");
    assert!(errors.iter().any(|m| m.contains("`capitol`")));
    assert!(errors.iter().any(|m| m.contains("`prot`")));
    assert!(errors.iter().any(|m| m.contains("support")));
}

#[test]
fn rendered_diagnostics_show_file_line_and_source_text() {
    let path = common::fixture("broken/unknown_province.ron");
    let text = std::fs::read_to_string(&path).unwrap();
    let Err(LoadError::Invalid { diagnostics, .. }) = load::load_scenario_file(&path) else {
        panic!("rejected")
    };
    let shown = aguila::text::diagnostics::render(Lang::english(), &diagnostics, &text, false);
    assert!(shown.contains("unknown_province.ron:70:13"), "{shown}");
    assert!(shown.contains(r#"(a: "capitol", b: "port"),"#), "{shown}");
    assert!(shown.contains("did you mean `capital`?"), "{shown}");
}

#[test]
fn binary_files_are_refused_without_panicking() {
    let r = load::load_scenario_file(&common::fixture("broken/not_ron.ron"));
    assert!(matches!(r, Err(LoadError::Io { .. })), "{r:?}");
}

#[test]
fn no_mangled_scenario_makes_loading_panic() {
    // Cut the historical scenario at many points and flip characters: every variant must give
    // an error or load, never panic.
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/scenarios/historical_1861.ron"
    ))
    .unwrap();
    let bytes = text.as_bytes();
    for cut in (0..bytes.len()).step_by(bytes.len() / 97 + 1) {
        let prefix = String::from_utf8_lossy(&bytes[..cut]);
        let _ = load::load_scenario_str(&prefix, "cut.ron");
        let mut flipped = bytes.to_vec();
        flipped[cut] = match flipped[cut] {
            b'"' => b'x',
            b'(' => b')',
            b'0'..=b'9' => b'-',
            _ => b'"',
        };
        let _ = load::load_scenario_str(&String::from_utf8_lossy(&flipped), "flipped.ron");
    }
}

/// The findings for the tiny scenario with one piece of its text replaced.
fn tiny_with(from: &str, to: &str) -> (String, Vec<Diagnostic>) {
    let text = std::fs::read_to_string(common::fixture("tiny.ron")).unwrap();
    assert!(text.contains(from), "the tiny scenario writes {from:?}");
    let text = text.replacen(from, to, 1);
    match load::load_scenario_str(&text, "tiny.ron") {
        Ok(_) => panic!("{to:?} should be refused"),
        Err(LoadError::Invalid { diagnostics, .. }) => (text, diagnostics),
        Err(e) => panic!("{e:?}"),
    }
}

#[test]
fn numbers_the_rules_cannot_mean_are_errors_where_they_are_written() {
    // A percentage written where a share belongs, a negative rate, a population larger than
    // the world's, and an army of four billion men.
    for (from, to, path, says) in [
        (
            "counter_rate: 0.2",
            "counter_rate: 20.0",
            "rules.guerrilla.counter_rate",
            "is 20, but it is a share and must be between 0 and 1",
        ),
        (
            "skill_bonus: 0.05",
            "skill_bonus: -0.05",
            "rules.combat.skill_bonus",
            "is -0.05, but it cannot be negative",
        ),
        (
            "population: 1000000,",
            "population: 4000000000,",
            "provinces.north.population",
            "is 4000000000, outside its range 0 to 100000000",
        ),
    ] {
        let (text, found) = tiny_with(from, to);
        let errors: Vec<&Diagnostic> = found.iter().filter(|d| d.is_error()).collect();
        assert_eq!(errors.len(), 1, "{to}: {errors:#?}");
        let d = errors[0];
        let message = words(&d.message);
        assert!(message.contains(&format!("`{path}` {says}")), "{message}");
        let line = text.lines().nth(d.line - 1).unwrap();
        let field = to.split(':').next().unwrap();
        assert!(line[d.column - 1..].starts_with(field), "{to}: at {line:?}");
    }
}
