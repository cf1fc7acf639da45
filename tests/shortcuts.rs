//! The shortcuts the rules and the policies take for speed (ids found by hash, moves between
//! provinces counted once at validation, the odds of lopsided fights) give exactly what the
//! plain way gives.
use aguila::sim::policy::play_month;
use aguila::sim::scenario::{Side, shared_names};
use aguila::sim::turn::battle;
use aguila::sim::view::{View, breadth_first, distances};
use aguila::sim::{Command, GameState, ai, army, baseline, load};

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

#[test]
fn whole_men_are_rounded_exactly_as_the_library_rounds() {
    let mut values = vec![
        0.0,
        -0.0,
        0.5,
        1.5,
        2.5,
        0.499_999_999_999_999_94,
        1.499_999_999_999_999_8,
        4_503_599_627_370_495.5,
        -0.4,
        -0.5,
        -3.7,
        4_294_967_294.4,
        4_294_967_294.5,
        4_294_967_295.0,
        4_294_967_295.5,
        1e12,
        f64::INFINITY,
        f64::NEG_INFINITY,
        f64::NAN,
        f64::MIN_POSITIVE,
    ];
    // Losses as the rules work them out: men times a share.
    for men in [0u32, 1, 7, 99, 1_000, 12_345, 40_000] {
        for share in [0.0, 0.01, 0.05, 0.1, 0.125, 0.3333, 0.5, 0.9, 1.0] {
            values.push(f64::from(men) * share);
        }
    }
    for k in 0..10_000 {
        values.push(f64::from(k) * 0.25 + 0.000_1 * f64::from(k % 7));
    }
    for x in values {
        assert_eq!(army::whole_men(x), x.round() as u32, "{x:?}");
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

#[test]
fn commands_share_the_scenarios_ids_rather_than_copying_them() {
    let state = historical();
    let s = &state.scenario;
    let provinces = s.provinces.iter().map(|p| &p.id);
    let contingents = s.contingents.iter().map(|c| &c.id);
    let shared: [(&dyn Fn(usize) -> aguila::sim::command::Id, Vec<&String>); 2] = [
        (&|p| state.province_id(p), provinces.collect()),
        (&|c| state.contingent_id(c), contingents.collect()),
    ];
    for (id_of, texts) in shared {
        for (i, text) in texts.into_iter().enumerate() {
            assert_eq!(&*id_of(i), text);
            assert!(id_of(i).is_shared(), "{text}");
        }
    }
    // The policies' orders name provinces with those shared ids.
    let orders = baseline::orders(&state, Side::Republic);
    let mut named = 0;
    for cmd in &orders {
        if let Command::Move { to, .. } | Command::Siege { at: to, .. } = cmd {
            let p = state.province_index(to).expect("a known province");
            assert!(to.is_shared(), "{to}");
            assert_eq!(s.graph.names.province(to), Some(p));
            named += 1;
        }
    }
    assert!(named > 0, "{orders:?}");
    // A shared id is found by the index it carries; the same text typed is not (a command
    // built from typed text is found by the text itself), nor a contingent's id among the
    // provinces.
    let names = &s.graph.names;
    for p in 0..s.provinces.len() {
        assert_eq!(names.province(&state.province_id(p)), Some(p));
        let typed: aguila::sim::command::Id = s.provinces[p].id.as_str().into();
        assert_eq!(names.province(&typed), None);
        assert_eq!(state.province_index(&typed), Some(p));
    }
    assert_eq!(names.province(&state.contingent_id(0)), None);
    assert_eq!(names.contingent(&state.contingent_id(0)), Some(0));
    // An id shared by another scenario is found by its index only where that scenario's item
    // there has the same id: with the provinces in another order, by its text.
    let ours = shared_names(["north", "south"].into_iter(), std::iter::empty());
    let same = shared_names(["north", "south"].into_iter(), std::iter::empty());
    let swapped = shared_names(["south", "north"].into_iter(), std::iter::empty());
    assert_eq!(ours.province(&same.provinces[1]), Some(1));
    assert_eq!(ours.province(&swapped.provinces[0]), None);
    assert_eq!(ours.province(&swapped.provinces[1]), None);
    // Shared or typed, an id is its text: equal, printed and saved alike.
    let typed: aguila::sim::command::Id = "south".into();
    assert_eq!(ours.provinces[1], typed);
    assert_eq!(ours.provinces[1].to_string(), "south");
    assert_eq!(
        ron::to_string(&ours.provinces[1]).expect("writes"),
        ron::to_string(&typed).expect("writes")
    );
    // A scenario never validated has no shared ids, and still names everything right.
    let mut raw = (*state.scenario).clone();
    raw.graph = Default::default();
    let bare = GameState::new(raw, state.params.clone(), 1);
    for (p, def) in bare.scenario.provinces.iter().enumerate() {
        assert_eq!(&*bare.province_id(p), def.id);
    }
}

/// The baseline policy kept through whole campaigns (its values, recruits and distances worked
/// out once, its view of the map seen again in the same lists) gives every month exactly the
/// commands a fresh look gives; and when the same policy goes on to a game of another
/// scenario, it works out that scenario's values rather than keeping the first one's.
#[test]
fn a_baseline_kept_through_campaigns_orders_what_a_fresh_look_orders() {
    let first = historical();
    // Another scenario: the same map with other customs (so other values for both sides).
    let mut other = (*first.scenario).clone();
    for (p, def) in other.provinces.iter_mut().enumerate() {
        def.customs = (p % 5) as f64;
    }
    let second = GameState::new(other, first.params.clone(), 1);
    let mut kept = baseline::Baseline::default();
    for (start, seed) in [(&first, 3), (&second, 5), (&first, 8)] {
        let mut state = start.clone();
        state.rng = aguila::sim::rng::seeded(seed);
        let mut fresh = state.clone();
        while state.outcome.is_none() {
            let month = state.month;
            let played = play_month(&mut state, &mut kept, &Side::BOTH);
            let mut afresh =
                |s: &GameState, side: Side, _: &[(Side, Command)]| baseline::orders(s, side);
            let expected = play_month(&mut fresh, &mut afresh, &Side::BOTH);
            assert_eq!(played.0, expected.0, "seed {seed}, {month}");
            assert_eq!(
                format!("{:?}", played.1),
                format!("{:?}", expected.1),
                "seed {seed}, {month}"
            );
        }
    }
}

/// Who holds each province, and how many, worked out without branching on each province, is
/// what asking each province's holder gives: every month of a campaign, and with control
/// exactly at the thresholds.
#[test]
fn provinces_held_are_counted_as_each_holder_says() {
    use aguila::sim::state::Holder;
    let by_holder = |state: &GameState| {
        let mut counts = (0, 0, 0);
        for p in 0..state.provinces.len() {
            let holder = state.holder(p);
            match holder {
                Holder::Republic => counts.0 += 1,
                Holder::Contested => counts.1 += 1,
                Holder::Empire => counts.2 += 1,
            }
            for side in Side::BOTH {
                assert_eq!(
                    state.held_by(p)[side.index()],
                    holder.side() == Some(side),
                    "{p}"
                );
            }
        }
        counts
    };
    let mut state = historical();
    let t = state.scenario.rules.control.held_threshold;
    let mut policy = baseline::Baseline::default();
    while state.outcome.is_none() {
        assert_eq!(state.holder_counts(), by_holder(&state), "{}", state.month);
        play_month(&mut state, &mut policy, &Side::BOTH);
    }
    for (p, control) in [t, -t, t - 1e-9, -t + 1e-9, 0.0, 100.0, -100.0]
        .into_iter()
        .enumerate()
    {
        state.provinces[p].control = control;
    }
    assert_eq!(state.holder_counts(), by_holder(&state));
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
