//! Scenario texts in other languages: translations beside the scenario file are used, missing
//! ones fall back to the English of the RON file, and `aguila check` warns about each gap.
mod common;

use aguila::text::Lang;
use aguila::text::scenario::{self as scenario_texts, text};

fn text_in(id: &str, code: &str, key: &str, english: &str) -> String {
    text(Lang::resolve(code), id, key, english)
}
use aguila::sim::load;

#[test]
fn translations_beside_the_scenario_are_used_and_gaps_fall_back_to_english() {
    let path = common::fixture("tiny.ron");
    let scenario = load::load_scenario_file(&path).unwrap().scenario;
    scenario_texts::register_scenario_file(&path);
    assert_eq!(
        text_in("tiny", "es", "province-capital", "Capital"),
        "La Capital"
    );
    assert_eq!(text_in("tiny", "es", "province-north", "North"), "North");
    assert_eq!(
        text_in("tiny", "en", "province-capital", "Capital"),
        "Capital"
    );

    let keys = scenario_texts::text_keys(&scenario);
    assert!(
        keys.iter()
            .any(|k| k.key == "province-port" && k.english == "Port")
    );
    let missing = scenario_texts::missing_translations("tiny", &keys);
    assert!(
        missing
            .iter()
            .any(|(lang, k)| lang == "es" && k.key == "province-north")
    );
    assert!(
        !missing
            .iter()
            .any(|(lang, k)| lang == "es" && k.key == "province-capital")
    );
    assert!(
        missing
            .iter()
            .any(|(lang, k)| lang == "pt" && k.key == "province-capital")
    );
}

/// `aguila check` on a file, in English, without colour.
fn check_in_english(args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_aguila"))
        .arg("check")
        .args(args)
        .env("NO_COLOR", "1")
        .env("LANG", "C")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .unwrap()
}

#[test]
fn check_sums_missing_translations_in_one_line_per_language() {
    let tiny = common::fixture("tiny.ron");
    let verbose = check_in_english(&["--verbose", tiny.to_str().unwrap()]);
    let each = String::from_utf8_lossy(&verbose.stdout).to_string();
    let count = |lang: &str| {
        each.matches(&format!("no `{lang}` translation for"))
            .count()
    };
    assert!(count("es") > 1 && count("pt") > 1, "{each}");

    let out = check_in_english(&[tiny.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "warnings do not fail the check");
    let text = String::from_utf8_lossy(&out.stdout);
    for lang in ["es", "pt"] {
        let line = format!(
            "{} scenario texts have no `{lang}` translation",
            count(lang)
        );
        assert_eq!(text.matches(&line).count(), 1, "{line}\n{text}");
    }
    assert!(!text.contains("translation for"), "{text}");
    assert!(text.contains("`aguila check --verbose"), "{text}");
    assert!(text.contains("2 warnings"), "{text}");

    // Tools still get each missing text, located.
    let json = check_in_english(&["--json", tiny.to_str().unwrap()]);
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    let located = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "missing-translation")
        .count();
    assert_eq!(located, count("es") + count("pt"));
}

#[test]
fn check_warns_about_each_missing_translation_without_failing() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_aguila"))
        .args([
            "check",
            "--verbose",
            common::fixture("tiny.ron").to_str().unwrap(),
        ])
        .env("NO_COLOR", "1")
        .env("LANG", "C")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "warnings do not fail the check");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("no `pt` translation for `province-capital`"),
        "{text}"
    );
    assert!(
        text.contains("no `es` translation for `province-north`"),
        "{text}"
    );
    assert!(
        !text.contains("no `es` translation for `province-capital`"),
        "{text}"
    );
}

#[test]
fn the_template_lists_every_key_with_its_english() {
    let path = common::fixture("tiny.ron");
    let scenario = load::load_scenario_file(&path).unwrap().scenario;
    scenario_texts::register_scenario_file(&path);
    let t = scenario_texts::template(&scenario, "es");
    assert!(
        t.contains("# Capital\nprovince-capital = La Capital"),
        "{t}"
    );
    assert!(t.contains("# North\nprovince-north = North"), "{t}");
}
