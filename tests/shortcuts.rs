//! The shortcuts the rules and the policies take for speed (ids found by hash, moves between
//! provinces counted once at validation, the odds of lopsided fights) give exactly what the
//! plain way gives.
use aguila::sim::scenario::Side;
use aguila::sim::turn::battle;
use aguila::sim::view::{View, breadth_first, distances};
use aguila::sim::{Command, GameState, ai, baseline, load};

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
            battle::win_chance(100.0, 100.0 * hopeless * 1.0001, luck),
            0.0
        );
        assert!(battle::win_chance(100.0, 100.0 * hopeless * 0.9999, luck) > 0.0);
        assert!(battle::win_chance(100.0, 100.0 * hopeless * 0.9999, luck) < 1e-5);
        let certain = lo / hi;
        assert_eq!(
            battle::win_chance(100.0, 100.0 * certain * 0.9999, luck),
            1.0
        );
        let nearly = battle::win_chance(100.0, 100.0 * certain * 1.0001, luck);
        assert!(nearly < 1.0 && nearly > 1.0 - 1e-5, "{nearly}");
    }
}

/// Plays `months` months of the historical scenario from `seed` with `orders` for each side,
/// checking after the Republic's commands that a view brought up to date by
/// [`View::refresh`] is the view a new look would give. Returns how often it could refresh.
fn check_refreshed_views(
    seed: u64,
    months: usize,
    orders: impl Fn(&GameState, Side) -> Vec<Command>,
) -> usize {
    let mut state = historical();
    state.rng = aguila::sim::rng::seeded(seed);
    let mut refreshed = 0;
    for _ in 0..months {
        if state.outcome.is_some() {
            break;
        }
        let mut view = View::new(&state, Vec::new());
        let mut applied = Vec::new();
        for cmd in orders(&state, Side::Republic) {
            if state.apply(Side::Republic, &cmd).is_ok() {
                applied.push((Side::Republic, cmd));
            }
        }
        if view.refresh(&state, &applied) {
            refreshed += 1;
            assert_eq!(view, View::new(&state, Vec::new()), "after {applied:?}");
        }
        for cmd in orders(&state, Side::Empire) {
            let _ = state.apply(Side::Empire, &cmd);
        }
        state.resolve_month();
    }
    refreshed
}

#[test]
fn a_view_brought_up_to_date_sees_what_a_new_look_sees() {
    // The baseline's Republic changes stances and nothing more: every month refreshes.
    for seed in 0..4 {
        assert_eq!(check_refreshed_views(seed, 80, baseline::orders), {
            let mut state = historical();
            state.rng = aguila::sim::rng::seeded(seed);
            let mut months = 0;
            while state.outcome.is_none() && months < 80 {
                let _ = baseline::play_month(&mut state);
                months += 1;
            }
            months
        });
    }
    // The AI's Republic also splits and gathers its armies; whenever the view could still be
    // brought up to date, it must agree.
    for seed in 0..3 {
        let refreshed = check_refreshed_views(seed, 80, |s, side| {
            ai::orders(s, side, ai::Difficulty::Hard)
        });
        assert!(refreshed > 0);
    }
}

#[test]
fn a_view_is_not_patched_after_armies_split() {
    let mut state = historical();
    let mut view = View::new(&state, Vec::new());
    let army = state
        .armies
        .iter()
        .find(|a| a.side == Side::Republic && a.strength() > 2000)
        .expect("a Republican army")
        .id;
    let detach = Command::Detach { army, men: 1000 };
    state.apply(Side::Republic, &detach).expect("a detachment");
    assert!(!view.refresh(&state, &[(Side::Republic, detach)]));
    // Refused, it changed nothing: it is still the view of the state before the split.
    let mut before = historical();
    assert_eq!(view, View::new(&before, Vec::new()));
    before.armies.clear();
    assert_ne!(view, View::new(&before, Vec::new()));
}

/// The ids commands carry are the scenario's texts, found through the map validation builds:
/// one a policy hands out and the same text typed are the same id, found, printed and saved
/// alike; a scenario never validated still names everything right.
#[test]
fn commands_name_provinces_and_contingents_by_their_ids() {
    let state = historical();
    let s = &state.scenario;
    for (p, def) in s.provinces.iter().enumerate() {
        let id = state.province_id(p);
        assert_eq!(&*id, def.id);
        let typed: aguila::sim::command::Id = def.id.as_str().into();
        assert_eq!(id, typed);
        assert_eq!(id.to_string(), def.id);
        assert_eq!(
            ron::to_string(&id).expect("writes"),
            ron::to_string(&def.id).expect("writes")
        );
        assert_eq!(s.graph.ids.provinces.get(def.id.as_str()), Some(&p));
    }
    for (c, def) in s.contingents.iter().enumerate() {
        assert_eq!(&*state.contingent_id(c), def.id);
        assert_eq!(s.graph.ids.contingents.get(def.id.as_str()), Some(&c));
    }
    // The policies' orders name provinces by those ids.
    let orders = baseline::orders(&state, Side::Republic);
    let mut named = 0;
    for cmd in &orders {
        if let Command::Move { to, .. } | Command::Siege { at: to, .. } = cmd {
            let p = state.province_index(to).expect("a known province");
            assert_eq!(*to, state.province_id(p));
            named += 1;
        }
    }
    assert!(named > 0, "{orders:?}");
    // A contingent's id names no province, and a typed command is applied as a policy's is.
    assert_eq!(state.province_index(&state.contingent_id(0)), None);
    let mut by_policy = state.clone();
    let mut by_hand = state.clone();
    for cmd in &orders {
        let typed = match cmd.clone() {
            Command::Move { army, to } => Command::Move {
                army,
                to: to.as_str().into(),
            },
            Command::Siege { army, at } => Command::Siege {
                army,
                at: at.as_str().into(),
            },
            other => other,
        };
        assert_eq!(
            by_policy.apply(Side::Republic, cmd).map(|_| ()),
            by_hand.apply(Side::Republic, &typed).map(|_| ()),
            "{cmd:?}"
        );
    }
    assert_eq!(by_policy.orders, by_hand.orders);
    // A scenario never validated has no map of ids, and still names everything right.
    let mut raw = (*state.scenario).clone();
    raw.graph = Default::default();
    let bare = GameState::new(raw, state.params.clone(), 1);
    for (p, def) in bare.scenario.provinces.iter().enumerate() {
        assert_eq!(&*bare.province_id(p), def.id);
        assert_eq!(bare.province_index(&def.id), Some(p));
    }
}

/// Who holds a province follows the control threshold, the Empire's at `t` and above, the
/// Republic's at `-t` and below, contested between; the counts add up what each says.
#[test]
fn provinces_held_are_counted_as_each_holder_says() {
    use aguila::sim::state::Holder;
    let mut state = historical();
    let t = state.scenario.rules.control.held_threshold;
    let n = state.provinces.len();
    let controls = [
        (t, Holder::Empire),
        (100.0, Holder::Empire),
        (-t, Holder::Republic),
        (-100.0, Holder::Republic),
        (t - 1e-9, Holder::Contested),
        (-t + 1e-9, Holder::Contested),
        (0.0, Holder::Contested),
    ];
    for (p, &(control, _)) in controls.iter().enumerate() {
        state.provinces[p].control = control;
    }
    // The rest contested.
    for p in controls.len()..n {
        state.provinces[p].control = 0.0;
    }
    for (p, &(_, holder)) in controls.iter().enumerate() {
        assert_eq!(state.holder(p), holder, "{p}");
    }
    assert_eq!(state.holder_counts(), (2, n as u32 - 4, 2));
    assert_eq!(state.provinces_held(Side::Republic), 2);
    assert_eq!(state.provinces_held(Side::Empire), 2);
}

/// The tracks the rules move themselves, found once by validation, are the tracks of those ids;
/// a scenario never validated finds them by id.
#[test]
fn required_tracks_are_found_once_where_their_ids_are() {
    use aguila::sim::turn::track::Required;
    let state = historical();
    let mut raw = (*state.scenario).clone();
    raw.graph = Default::default();
    let bare = GameState::new(raw, state.params.clone(), 1);
    for t in [
        Required::FranceWill,
        Required::UsPressure,
        Required::EuropeanCrisis,
        Required::RepublicLegitimacy,
    ] {
        let found = state.track_index(t.id()).expect("the scenario has it");
        assert_eq!(state.required_track(t), Some(found), "{}", t.id());
        assert_eq!(bare.required_track(t), Some(found), "{}", t.id());
        assert_eq!(state.required(t), state.tracks[found]);
    }
}
