//! France's will term by term (issue 13, "France leaves for the reasons it did"): each drain
//! its own cause, the drains that take their share of the will left, US pressure while the
//! Civil War lasts, the corps that follows the share of the starting will, the Empire's debt
//! service, and `aguila run --json`'s month-by-month report of the terms.
mod common;

use aguila::sim::scenario::{Polity, Side};
use aguila::sim::{Event, GameState};
use common::{World, aguila, stdout};

/// The tiny world with a drain set for each of time, US pressure, the crisis in Europe and
/// opinion at home; US pressure at 50, the crisis at 20, 200 M francs spent so far.
fn drained(scale_with_will: bool, start_will: &str, us_weight_in_civil_war: f64) -> GameState {
    let mut s = World::tiny()
        .set("start_will", start_will)
        .with(|sc| {
            let f = &mut sc.rules.france;
            f.will_per_month = 0.5;
            f.will_per_us_pressure = 0.02;
            f.will_per_crisis = 0.05;
            f.will_per_opinion = 0.25;
            f.drains_scale_with_will = scale_with_will;
            f.us_weight_during_civil_war = us_weight_in_civil_war;
        })
        .build(1);
    let us = s.track_index("us_pressure").unwrap();
    let crisis = s.track_index("european_crisis").unwrap();
    s.tracks[us] = 50.0;
    s.tracks[crisis] = 20.0;
    s.france.spent_francs = 200.0;
    s
}

/// The causes of one track's change among a month's events, as (name, amount) pairs.
fn causes_of(s: &GameState, events: &[Event], track: &str) -> Vec<(String, f64)> {
    let t = s.track_index(track).unwrap();
    events
        .iter()
        .find_map(|e| match e {
            Event::TrackChanged { track, causes, .. } if *track == t => Some(
                causes
                    .iter()
                    .map(|c| (c.cause.to_string(), (c.amount * 1e9).round() / 1e9))
                    .collect(),
            ),
            _ => None,
        })
        .unwrap_or_default()
}

fn pairs(list: &[(&str, f64)]) -> Vec<(String, f64)> {
    list.iter().map(|&(n, a)| (n.to_string(), a)).collect()
}

// Setup: France's will at 100; drains of 0.5 a month for time, 0.02 per point of US pressure
// (50), 0.05 per point of crisis (20), 0.25 per 100 M francs spent (200 M); no army, so no
// spending, casualties or battles.
// Expect: one change of the will by −3.0, told with its four causes, largest first (US
// pressure −1.0, time −0.5 … in that order), and the month's terms kept in the state for the
// reports, the silent ones at 0.
#[test]
fn each_drain_on_frances_will_is_its_own_term() {
    let mut s = drained(false, "100", 1.0);
    let events = s.resolve_month();
    assert_eq!(
        causes_of(&s, &events, "france_will"),
        pairs(&[
            ("us_pressure", -1.0),
            ("european_crisis", -1.0),
            ("time", -0.5),
            ("home_opinion", -0.5),
        ])
    );
    assert!((s.track("france_will") - 97.0).abs() < 1e-9);
    let kept: Vec<(String, f64)> = s
        .france
        .will_causes
        .iter()
        .map(|c| (c.cause.to_string(), c.amount))
        .collect();
    assert_eq!(
        kept,
        pairs(&[
            ("spending", 0.0),
            ("casualties", 0.0),
            ("time", -0.5),
            ("us_pressure", -1.0),
            ("european_crisis", -1.0),
            ("home_opinion", -0.5),
            ("clerical_policy", 0.0),
            ("battles", 0.0),
        ])
    );
}

// Setup: the same drains with `drains_scale_with_will`, at a will of 100 and of 50.
// Expect: at 100 the same −3.0; at 50 each term takes half as many points (−1.5 in all), the
// same share of the will left.
#[test]
fn drains_take_their_share_of_the_will_left() {
    let mut full = drained(true, "100", 1.0);
    full.resolve_month();
    assert!((full.track("france_will") - 97.0).abs() < 1e-9);
    let mut half = drained(true, "50", 1.0);
    let events = half.resolve_month();
    assert_eq!(
        causes_of(&half, &events, "france_will"),
        pairs(&[
            ("us_pressure", -0.5),
            ("european_crisis", -0.5),
            ("time", -0.25),
            ("home_opinion", -0.25),
        ])
    );
    assert!((half.track("france_will") - 48.5).abs() < 1e-9);
}

// Setup: the same drains while the US Civil War lasts (its flag set), with US pressure
// weighing a tenth as much.
// Expect: the US term is −0.1 instead of −1.0; the others are unchanged.
#[test]
fn us_pressure_weighs_little_while_the_civil_war_lasts() {
    let mut s = drained(false, "100", 0.1);
    s.flags.insert("us_civil_war".into());
    let events = s.resolve_month();
    assert_eq!(
        causes_of(&s, &events, "france_will"),
        pairs(&[
            ("european_crisis", -1.0),
            ("time", -0.5),
            ("home_opinion", -0.5),
            ("us_pressure", -0.1),
        ])
    );
}

/// French soldiers landed in the first month with France's will starting at `start_will`.
fn first_reinforcement(start_will: &str, follows_share: bool) -> u32 {
    let mut s = World::tiny()
        .set("start_will", start_will)
        .control("port", 70.0)
        .with(|sc| {
            let f = &mut sc.rules.france;
            f.troops_per_will = 80.0;
            f.max_troops = 38000;
            f.reinforcement_per_month = 20000;
            f.withdrawal_threshold = 10.0;
            f.corps_follows_will_share = follows_share;
        })
        .build(1);
    let events = s.resolve_month();
    events
        .iter()
        .filter_map(|e| match e {
            Event::Reinforced {
                side: Side::Empire,
                men,
                ..
            } => Some(*men),
            _ => None,
        })
        .sum()
}

// Setup: 80 men per point of will, France starting at 50 or at 100.
// Expect: with the corps following the will itself, 4,000 and 8,000 men; with the corps
// following the share of the starting will, 8,000 in both.
#[test]
fn the_corps_follows_the_share_of_the_starting_will() {
    assert_eq!(first_reinforcement("50", false), 4000);
    assert_eq!(first_reinforcement("100", false), 8000);
    assert_eq!(first_reinforcement("50", true), 8000);
    assert_eq!(first_reinforcement("100", true), 8000);
}

/// The Empire's customs in the month's accounts, with a debt of 100 and `service` paid a month.
fn empire_customs(polity: Polity, service: f64) -> f64 {
    let mut s = World::tiny()
        .control("port", 70.0)
        .with(|sc| sc.rules.economy.debt_service = service)
        .build(1);
    s.polity = polity;
    s.debt = 100.0;
    s.resolve_month()
        .iter()
        .find_map(|e| match e {
            Event::Accounts {
                side: Side::Empire,
                customs,
                ..
            } => Some(*customs),
            _ => None,
        })
        .unwrap()
}

// Setup: the port (12 M a year of customs, 1 M a month) held by the Empire side; a debt of
// 100 M and a service of 0.4 % a month.
// Expect: under the Regency the customs are 0.6 M (0.4 M goes to the creditors); without a
// service, or before there is a government to owe it (the Intervention), the whole 1 M.
#[test]
fn the_debt_is_serviced_out_of_the_customs() {
    assert!((empire_customs(Polity::Regency, 0.004) - 0.6).abs() < 1e-9);
    assert!((empire_customs(Polity::Regency, 0.0) - 1.0).abs() < 1e-9);
    assert!((empire_customs(Polity::Intervention, 0.004) - 1.0).abs() < 1e-9);
}

// Setup: the historical campaign, seed 7, to the end of 1862, as JSON.
// Expect: every month reports the eight terms of France's will; while France is committed and
// the will is neither at its floor nor its ceiling, the terms add up to the will's change
// from the month before.
#[test]
fn run_json_reports_each_term_of_frances_will_month_by_month() {
    let o = aguila(&[
        "run",
        "--scenario",
        concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios/historical_1861.ron"),
        "--seed",
        "7",
        "--until",
        "1862-12",
        "--json",
    ]);
    assert_eq!(o.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let months = json["months"].as_array().unwrap();
    assert_eq!(months.len(), 13);
    let mut will = 100.0;
    for m in months {
        let causes = m["france_will_causes"].as_object().unwrap();
        let mut names: Vec<&str> = causes.keys().map(String::as_str).collect();
        names.sort_unstable();
        assert_eq!(
            names,
            [
                "battles",
                "casualties",
                "clerical_policy",
                "european_crisis",
                "home_opinion",
                "spending",
                "time",
                "us_pressure"
            ]
        );
        let total: f64 = causes.values().map(|v| v.as_f64().unwrap()).sum();
        let now = m["tracks"]["france_will"].as_f64().unwrap();
        // Events may add to the will too (none does in 1862): the terms are what the rules
        // took, checked against the track's move.
        assert!(
            (now - (will + total)).abs() < 1e-9,
            "{}: {now} vs {will} + {total}",
            m["month"]
        );
        will = now;
    }
    assert!(will < 100.0);
}

/// The tiny world with 6,000 French (0.6 M pesos, 3 M francs a month) in the port, and an
/// event in the first month that charges the Empire 1,000 francs a year a French soldier,
/// crowning an emperor first when `crowned`.
fn charged_at_miramar(crowned: bool) -> GameState {
    let crown = if crowned {
        r#"SetPolity(Empire, Some("general_e")), "#
    } else {
        ""
    };
    World::tiny()
        .event(&format!(
            r#"(id: "miramar", title: "Miramar", text: "Signed.", when: Always,
                effects: [{crown}ChargeCorpsToEmpire(1000.0)], source: "test")"#
        ))
        .army("F", Side::Empire, "port", "french", 6000)
        .build(1)
}

// Setup: 6,000 French in the port; in the first month a crowned Empire agrees to pay 1,000
// francs a year for each of them (the charge is agreed after that month's accounts).
// Expect: the first month France spends its 3 M francs; from the second, 0.5 M of them
// (6,000 × 1,000 ÷ 12) are the Empire's: France spends 2.5 M and the Empire's debt grows by
// 0.1 M pesos (at 5 francs), month after month.
#[test]
fn the_miramar_charge_moves_the_corps_cost_from_france_to_the_empire_debt() {
    let mut s = charged_at_miramar(true);
    s.resolve_month();
    assert!((s.month_francs - 3.0).abs() < 1e-9, "{}", s.month_francs);
    assert_eq!(s.debt, 0.0);
    for month in 1..=2 {
        s.resolve_month();
        assert!((s.month_francs - 2.5).abs() < 1e-9, "{}", s.month_francs);
        assert!((s.debt - 0.1 * f64::from(month)).abs() < 1e-9, "{}", s.debt);
    }
    assert!((s.france.spent_francs - 8.0).abs() < 1e-9);
}

// Setup: the same charge agreed, but no Regency or Empire stands to owe it.
// Expect: France pays its corps in full and nobody's debt grows.
#[test]
fn no_miramar_charge_without_an_empire_to_owe_it() {
    let mut s = charged_at_miramar(false);
    s.resolve_month();
    s.resolve_month();
    assert!((s.month_francs - 3.0).abs() < 1e-9, "{}", s.month_francs);
    assert_eq!(s.debt, 0.0);
}
