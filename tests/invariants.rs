//! Properties that hold for any seed and any plausible parameter values: the state stays
//! within its ranges every month, and every war ends by the scenario's last month.
use aguila::sim::load;
use aguila::sim::scenario::{ParamValue, Side};
use aguila::sim::{GameState, ai, baseline};
use proptest::prelude::*;

fn scenario() -> aguila::sim::Scenario {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios/historical_1861.ron");
    load::load_scenario_file(std::path::Path::new(path))
        .expect("loads")
        .scenario
}

/// A value inside a parameter's plausible range, picked by `t` in [0, 1].
fn pick(p: &aguila::sim::scenario::Parameter, t: f64) -> String {
    match (&p.default, &p.min, &p.max) {
        (ParamValue::Bool(_), _, _) => (t < 0.5).to_string(),
        (ParamValue::Number(d), min, max) => {
            let lo = if let Some(ParamValue::Number(v)) = min {
                *v
            } else {
                *d
            };
            let hi = if let Some(ParamValue::Number(v)) = max {
                *v
            } else {
                *d
            };
            format!("{}", lo + (hi - lo) * t)
        }
        (ParamValue::Month(d), min, max) => {
            let lo = if let Some(ParamValue::Month(v)) = min {
                *v
            } else {
                *d
            };
            let hi = if let Some(ParamValue::Month(v)) = max {
                *v
            } else {
                *d
            };
            lo.plus((f64::from(hi.months_since(lo)) * t) as i32)
                .to_string()
        }
    }
}

fn check_invariants(s: &GameState) {
    let rules = &s.scenario.rules;
    for (i, p) in s.provinces.iter().enumerate() {
        assert!(
            (-100.0..=100.0).contains(&p.control),
            "control of {i}: {}",
            p.control
        );
        assert!(
            p.support.iter().all(|x| (0.0..=100.0).contains(x)),
            "support of {i}"
        );
        assert!(
            p.support[0] + p.support[1] <= 100.0 + 1e-9,
            "support sum of {i}"
        );
        assert!(p.guerrilla >= 0.0 && p.guerrilla.is_finite());
        assert!(p.fort >= 0.0 && p.fort <= f64::from(s.scenario.provinces[i].fortification));
    }
    for (t, v) in s.scenario.tracks.iter().zip(&s.tracks) {
        assert!((t.min..=t.max).contains(v), "{} = {v}", t.id);
    }
    for side in Side::BOTH {
        assert!(s.treasury[side.index()] >= -rules.economy.credit[side.index()] - 1e-9);
    }
    assert!(
        s.armies.iter().all(|a| a.strength() > 0),
        "no empty army survives a month"
    );
    check_no_empty_detachment(s);
    // The check a loaded save must pass holds of every month the rules play.
    assert_eq!(
        load::state_problem(s).map(|m| m.key),
        None,
        "{:?}",
        load::state_problem(s)
    );
    assert!(
        s.armies.windows(2).all(|w| w[0].id < w[1].id),
        "armies stay in id order"
    );
}

/// No army keeps a detachment without men once the month has cleared the empty ones.
fn check_no_empty_detachment(s: &GameState) {
    for a in &s.armies {
        assert!(
            a.troops().iter().all(|d| d.strength() > 0),
            "army {} keeps no empty detachment after a month",
            a.id
        );
    }
}

// Setup: the historical war, both sides under the hard AI (which detaches and combines its
// armies), for a few seeds.
// Expect: every month of the whole campaign, no army keeps a detachment left without men (each
// loss that empties one marks it for the month's clearing).
#[test]
fn an_ai_campaign_leaves_no_army_with_an_empty_detachment() {
    for seed in 1..=3 {
        let sc = scenario();
        let params = load::parameter_values(&sc, &[]).expect("defaults");
        let mut s = GameState::new(sc, params, seed);
        let mut months = 0;
        while s.outcome.is_none() {
            ai::play_month(&mut s, [ai::Difficulty::Hard; 2]);
            check_no_empty_detachment(&s);
            months += 1;
            assert!(months <= 200, "the war must end");
        }
        assert!(
            months > 12,
            "a whole campaign, not a month or two: {months}"
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn any_seed_and_plausible_parameters_keep_the_state_sound(seed in any::<u64>(), picks in proptest::collection::vec(0.0f64..=1.0, 16)) {
        let sc = scenario();
        let overrides: Vec<(String, String)> = sc.parameters.iter().enumerate()
            .map(|(i, p)| (p.id.clone(), pick(p, picks[i % picks.len()])))
            .collect();
        let params = load::parameter_values(&sc, &overrides).expect("picked values are in range");
        let end = sc.end;
        let mut s = GameState::new(sc, params, seed);
        let mut months = 0;
        while s.outcome.is_none() {
            baseline::play_month(&mut s);
            check_invariants(&s);
            months += 1;
            prop_assert!(months <= 200, "the war must end");
        }
        prop_assert!(s.outcome.as_ref().is_some_and(|o| o.month <= end));
    }
}
