//! The shortcuts the rules and the policies take for speed (ids found by hash, moves between
//! provinces counted once at validation, the odds of lopsided fights) give exactly what the
//! plain way gives.
use aguila::sim::scenario::Side;
use aguila::sim::view::{breadth_first, distances};
use aguila::sim::{GameState, combat, load};

fn historical() -> GameState {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios/historical_1861.ron");
    let loaded = load::load_scenario_file(std::path::Path::new(path)).expect("scenario loads");
    let params = load::parameter_values(&loaded.scenario, &[]).expect("defaults are valid");
    GameState::new(loaded.scenario, params, 1)
}

#[test]
fn every_id_is_found_where_a_scan_finds_it_and_no_other_is() {
    let state = historical();
    let s = &state.scenario;
    for (i, p) in s.provinces.iter().enumerate() {
        assert_eq!(state.province_index(&p.id), Some(i), "{}", p.id);
    }
    for (i, c) in s.contingents.iter().enumerate() {
        assert_eq!(state.contingent_index(&c.id), Some(i), "{}", c.id);
    }
    for (i, l) in s.leaders.iter().enumerate() {
        assert_eq!(state.leader_index(&l.id), Some(i), "{}", l.id);
    }
    for unknown in ["", "mexic", "mexico_city ", "MEXICO_CITY", "juarez_"] {
        assert_eq!(state.province_index(unknown), None, "{unknown:?}");
        assert_eq!(state.leader_index(unknown), None, "{unknown:?}");
        assert_eq!(state.contingent_index(unknown), None, "{unknown:?}");
    }
}

#[test]
fn moves_counted_at_validation_match_a_search_of_the_map() {
    let state = historical();
    let graph = &state.scenario.graph;
    let n = state.provinces.len();
    for side in Side::BOTH {
        let by_sea = state.scenario.navy.contains(&side);
        let sea = by_sea.then_some(&graph.sea[..]);
        // Every single target, and a few sets of targets as the policies ask.
        let mut target_sets: Vec<Vec<usize>> = (0..n).map(|p| vec![p]).collect();
        target_sets.extend([vec![0, n - 1], vec![3, 7, 11, 19, 23, 26], vec![]]);
        for targets in target_sets {
            let mut searched = vec![u32::MAX; n];
            breadth_first(&graph.land, sea, &targets, |p, d| searched[p] = d);
            assert_eq!(
                distances(&state, side, &targets),
                searched,
                "{side:?} to {targets:?}"
            );
        }
    }
    // The sea lanes shorten some journeys for a side with a navy, and never lengthen one.
    let land = &graph.hops[0];
    let sea = &graph.hops[1];
    assert!(land.iter().zip(sea).all(|(l, s)| s <= l));
    assert!(land.iter().zip(sea).any(|(l, s)| s < l));
}

#[test]
fn lopsided_odds_are_exactly_the_integral_at_its_ends() {
    for luck in [0.1, 0.25, 0.3, 0.5] {
        let (lo, hi) = (1.0 - luck, 1.0 + luck);
        // Just past the point where even the best luck cannot win, and where even the worst
        // cannot lose: the odds are 0 and 1, and they move continuously on either side.
        let hopeless = hi / lo;
        assert_eq!(
            combat::win_chance(100.0, 100.0 * hopeless * 1.0001, luck),
            0.0
        );
        assert!(combat::win_chance(100.0, 100.0 * hopeless * 0.9999, luck) > 0.0);
        assert!(combat::win_chance(100.0, 100.0 * hopeless * 0.9999, luck) < 1e-5);
        let certain = lo / hi;
        assert_eq!(
            combat::win_chance(100.0, 100.0 * certain * 0.9999, luck),
            1.0
        );
        let nearly = combat::win_chance(100.0, 100.0 * certain * 1.0001, luck);
        assert!(nearly < 1.0 && nearly > 1.0 - 1e-5, "{nearly}");
    }
}
