//! `aguila run` tells the outcome from the war it played: seed 7, which once ended "Victory
//! for the Empire" with the Republic holding the capital and 25 provinces, and `--json`
//! giving the outcome's facts as data that agree with the last month's map.
mod common;

use common::{aguila, stderr, stdout};

const HISTORICAL: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios/historical_1861.ron");

#[test]
fn seed_7_is_no_longer_an_empire_victory_with_the_republic_in_the_capital() {
    let out = aguila(&["run", "--scenario", HISTORICAL, "--seed", "7", "--json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let json: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("JSON");
    let outcome = &json["outcome"];
    let last = json["months"]
        .as_array()
        .and_then(|m| m.last())
        .expect("months");
    let holders = last["holders"].as_object().expect("holders by province");
    let count = |who: &str| holders.values().filter(|h| *h == who).count() as u64;
    let held = &outcome["held"];
    assert_eq!(held["provinces"][0].as_u64(), Some(count("republic")));
    assert_eq!(held["provinces"][1].as_u64(), Some(count("empire")));
    assert_eq!(held["contested"].as_u64(), Some(count("contested")));
    assert_eq!(held["total"].as_u64(), Some(holders.len() as u64));
    let capital = holders["distrito_federal"]
        .as_str()
        .expect("the capital's holder");
    assert_eq!(
        held["capital"].as_str().map(str::to_lowercase).as_deref(),
        Some(capital)
    );
    if capital == "republic" || 2 * count("republic") > holders.len() as u64 {
        assert_ne!(outcome["winner"], "Empire", "{outcome}");
    }

    let text = aguila(&["run", "--scenario", HISTORICAL, "--seed", "7"]);
    let chronicle = stdout(&text);
    let end = chronicle
        .lines()
        .find(|l| l.starts_with("Victory for") || l.starts_with("The war ends undecided"))
        .expect("an outcome line");
    assert!(
        !(end.starts_with("Victory for the Empire")
            && end.contains("The Republic held the capital")),
        "{end}"
    );
}
