//! Calibration by place (issue 13, "place, not only number"): what the `RegionHeld` and
//! `Contested` targets count in a set of campaigns, and how `aguila calibrate` reports them.
mod common;

use aguila::lab::Trial;
use aguila::lab::regions::{contested_shares, region_counts};
use aguila::sim::Month;
use aguila::sim::history::Region;
use aguila::sim::scenario::{Scenario, Side};
use aguila::sim::state::Holder::{self, Contested, Empire, Republic};
use common::{aguila, fixture, stdout};

fn tiny() -> Scenario {
    aguila::sim::load::load_scenario_file(&fixture("tiny.ron"))
        .unwrap()
        .scenario
}

/// A campaign of the tiny world (north, capital, port) from January 1863 with these holders
/// at the end of each month.
fn trial(holders: &[[Holder; 3]]) -> Trial {
    Trial {
        seed: 1,
        winner: None,
        rule: "stopped".into(),
        last_month: Month::new(1863, 1).plus(holders.len() as i32 - 1),
        dates: [None; 6],
        held: Vec::new(),
        holders: holders.iter().map(|h| h.to_vec()).collect(),
        tracks: Vec::new(),
        outcome: None,
    }
}

fn region(provinces: &[&str]) -> Region {
    Region {
        id: "coast".into(),
        provinces: provinces.iter().map(|p| p.to_string()).collect(),
        source: "test".into(),
    }
}

// Setup: two campaigns; the region is the capital and the port.
// Expect: at the end of February the first has the Empire holding both, the second one (the
// north, outside the region, does not count); in March the second campaign has ended and
// counts with its last holders; the Republic's counts are the rest of the region.
#[test]
fn a_region_counts_only_its_own_provinces() {
    let s = tiny();
    let trials = [
        trial(&[
            [Empire, Republic, Republic],
            [Empire, Empire, Empire],
            [Republic, Empire, Contested],
        ]),
        trial(&[[Empire, Republic, Republic], [Empire, Republic, Empire]]),
    ];
    let coast = region(&["capital", "port"]);
    let feb = Month::new(1863, 2);
    let mar = Month::new(1863, 3);
    assert_eq!(
        region_counts(&s, &trials, &coast, Side::Empire, feb),
        [2.0, 1.0]
    );
    assert_eq!(
        region_counts(&s, &trials, &coast, Side::Republic, feb),
        [0.0, 1.0]
    );
    assert_eq!(
        region_counts(&s, &trials, &coast, Side::Empire, mar),
        [1.0, 1.0]
    );
}

// Setup: the port over five months: Republican, contested, Empire, Empire, Republican.
// Expect: from February to May it is fought over in February (contested), March (changed
// hands) and May (changed hands): 3 of 4 months; April, held as in March, does not count.
// Counting from January, January itself is judged against nothing before it.
#[test]
fn a_province_is_fought_over_when_contested_or_changing_hands() {
    let s = tiny();
    let port = [Republic, Contested, Empire, Empire, Republic];
    let t = trial(&port.map(|h| [Republic, Republic, h]));
    let shares = contested_shares(
        &s,
        std::slice::from_ref(&t),
        2,
        Month::new(1863, 2),
        Month::new(1863, 5),
    );
    assert_eq!(shares, [0.75]);
    let all = contested_shares(&s, &[t], 2, Month::new(1863, 1), Month::new(1863, 5));
    assert_eq!(all, [0.6]);
}

// Setup: the historical scenario's calibration, three campaigns.
// Expect: the report lists the regional targets (the plateau at the end of 1864) and the
// contested ones (Michoacán 1864–66), each measured.
#[test]
fn calibrate_reports_regional_and_contested_targets() {
    let o = aguila(&[
        "calibrate",
        "--scenario",
        concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios/historical_1861.ron"),
        "--runs",
        "3",
        "--json",
    ]);
    assert_eq!(o.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let targets = json.as_array().unwrap();
    for id in [
        "empire_plateau_1864",
        "empire_north_west_1866",
        "contested_michoacan_1864-01_1866-12",
    ] {
        let t = targets
            .iter()
            .find(|t| t["id"] == id)
            .unwrap_or_else(|| panic!("no target {id}"));
        assert!(t["inside"].is_boolean(), "{t}");
    }
}
