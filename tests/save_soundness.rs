//! A save is untrusted: one whose numbers, men, leaders or month the rules could never have
//! left is refused with a message that says what and where, never played (and never a panic).
use aguila::sim::load::{self, SaveError};
use aguila::sim::state::PendingChoice;
use aguila::sim::{GameState, ai};
use std::path::Path;

/// The historical war, played by the AI for `months` months from `seed`.
fn war(seed: u64, months: usize) -> GameState {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/historical_1861.ron");
    let loaded = load::load_scenario_file(&path).expect("historical scenario loads");
    let params = load::parameter_values(&loaded.scenario, &[]).unwrap();
    let mut state = GameState::new(loaded.scenario, params, seed);
    for _ in 0..months {
        ai::play_month(&mut state, [ai::Difficulty::Normal; 2]);
    }
    state
}

/// Loads `state` written as a save; returns the problem's key and the English words.
fn refused(state: &GameState) -> (&'static str, String) {
    let text = ron::to_string(state).expect("written");
    match load::load_state_str(&text, "bad.ron") {
        Ok(_) => panic!("a broken save was accepted"),
        Err(e) => {
            let words = aguila::text::diagnostics::save_error(aguila::text::Lang::english(), &e);
            assert!(words.contains("bad.ron"), "{words}");
            match e {
                SaveError::Corrupt { problem, .. } => (problem.key, words),
                other => panic!("not a corrupt save: {other:?}"),
            }
        }
    }
}

#[test]
fn a_save_the_rules_could_have_written_loads() {
    for (seed, months) in [(1, 0), (2, 18), (3, 40)] {
        let state = war(seed, months);
        assert_eq!(load::state_problem(&state).map(|m| m.key), None);
        let text = ron::to_string(&state).unwrap();
        let loaded = load::load_state_str(&text, "good.ron").expect("a sound save loads");
        assert_eq!(loaded.month, state.month);
    }
}

#[test]
fn numbers_that_are_not_numbers_or_out_of_range_are_refused_by_name() {
    let state = war(4, 12);
    let veracruz = state.province_index("veracruz").unwrap();
    type Break = Box<dyn Fn(&mut GameState)>;
    let cases: Vec<(Break, &str)> = vec![
        (
            Box::new(|s| s.treasury[0] = f64::NAN),
            "treasury.republic is NaN",
        ),
        (
            Box::new(|s| s.treasury[1] = f64::INFINITY),
            "treasury.empire is inf",
        ),
        (
            Box::new(move |s| s.provinces[veracruz].control = 150.0),
            "(veracruz).control is 150, outside its range -100 to 100",
        ),
        (
            Box::new(move |s| s.provinces[veracruz].support = [70.0, 60.0]),
            "(veracruz).support is 130",
        ),
        (Box::new(|s| s.tracks[0] = f64::NEG_INFINITY), "tracks."),
        (Box::new(|s| s.policy = -101.0), "policy is -101"),
        (
            Box::new(|s| s.leaders[0].loyalty = f64::NAN),
            "loyalty is NaN",
        ),
    ];
    for (break_it, says) in cases {
        let mut broken = state.clone();
        break_it(&mut broken);
        let (key, words) = refused(&broken);
        assert_eq!(key, "save-problem-value", "{words}");
        assert!(words.contains(says), "{words:?} should say {says:?}");
    }
}

#[test]
fn armies_of_impossible_size_are_refused() {
    let state = war(5, 6);
    let mut broken = state.clone();
    // A detachment of u32::MAX men, as a hand-edited save might hold: no sum may overflow.
    let text = ron::to_string(&broken.armies[0]).unwrap();
    let men = broken.armies[0].troops()[0].strength();
    broken.armies[0] = ron::from_str(&text.replacen(
        &format!("strength:{men}"),
        &format!("strength:{}", u32::MAX),
        1,
    ))
    .expect("the army with its men changed");
    let (key, words) = refused(&broken);
    assert_eq!(key, "save-problem-men");
    assert!(words.contains("4294967295"), "{words}");

    let mut broken = state.clone();
    broken.next_army_id = broken.armies[0].id;
    assert_eq!(refused(&broken).0, "save-problem-army-id");
}

#[test]
fn a_leader_commands_one_army_of_his_own_side_while_serving() {
    let state = war(6, 3);
    let led = state
        .armies
        .iter()
        .position(|a| a.leader.is_some())
        .expect("a led army");
    let leader = state.armies[led].leader.unwrap();
    let other = state
        .armies
        .iter()
        .position(|a| a.leader.is_none() && a.side == state.armies[led].side)
        .expect("an army without a leader on the same side");
    let enemy = state
        .armies
        .iter()
        .position(|a| a.leader.is_none() && a.side != state.armies[led].side)
        .expect("an enemy army without a leader");

    let mut twice = state.clone();
    twice.armies[other].leader = Some(leader);
    let (key, words) = refused(&twice);
    assert_eq!(key, "save-problem-leader");
    assert!(words.contains("commands two armies"), "{words}");

    let mut turncoat = state.clone();
    turncoat.armies[led].leader = None;
    turncoat.armies[enemy].leader = Some(leader);
    assert!(refused(&turncoat).1.contains("side he does not serve"));

    let mut dead = state.clone();
    dead.leaders[leader].status = aguila::sim::scenario::LeaderStatus::Dead;
    assert!(refused(&dead).1.contains("is not serving"));
}

#[test]
fn a_month_outside_the_scenario_or_a_choice_that_offers_none_is_refused() {
    let state = war(7, 2);
    let mut early = state.clone();
    early.month = state.scenario.start.plus(-1);
    let (key, words) = refused(&early);
    assert_eq!(key, "save-problem-month");
    assert!(words.contains("1861-11"), "{words}");

    let mut late = state.clone();
    late.month = state.scenario.end.plus(1);
    assert_eq!(refused(&late).0, "save-problem-month");

    // Waiting on an event that offers no choice used to panic when the choice was shown.
    let plain = state
        .scenario
        .events
        .iter()
        .position(|e| e.choices.is_empty())
        .expect("an event without choices");
    let mut waiting = state.clone();
    waiting.pending.push(PendingChoice {
        event: plain,
        since: state.month,
    });
    let (key, words) = refused(&waiting);
    assert_eq!(key, "save-problem-choice");
    assert!(words.contains(&state.scenario.events[plain].id), "{words}");
}

/// What a game window might keep beside the state.
#[derive(Debug, PartialEq, serde::Serialize, serde::Deserialize)]
struct Record {
    lines: Vec<String>,
    human: [bool; 2],
}

#[test]
fn a_save_carries_the_windows_record_and_the_rules_still_read_it() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let state = war(3, 2);
    let record = Record {
        lines: vec!["Battle of \"Puebla\"), (".into(), "ñ · é".into()],
        human: [true, false],
    };
    let path = dir.path().join("with.ron");
    load::save_state_with(&state, Some(&record), &path).expect("written");
    // The rules read the state and leave the record alone…
    let plain = load::load_state(&path).expect("the rules read it");
    assert_eq!(plain.month, state.month);
    assert_eq!(
        ron::to_string(&plain).unwrap(),
        ron::to_string(&state).unwrap()
    );
    assert!(load::is_save_file(&path));
    // …the window reads both…
    let (back, kept) = load::load_state_with::<Record>(&path).expect("read with the record");
    assert_eq!(back.month, state.month);
    assert_eq!(kept, Some(record));
    // …and a save without a record has none.
    let without = dir.path().join("without.ron");
    load::save_state(&state, &without).expect("written");
    let (_, none) = load::load_state_with::<Record>(&without).expect("read");
    assert_eq!(none, None);
    // A record that does not read is located, like any other part of a save.
    let text = std::fs::read_to_string(&path).unwrap();
    let broken = text.replace("human:(true,false)", "human:(true,\"no\")");
    assert_ne!(broken, text);
    std::fs::write(&path, broken).unwrap();
    match load::load_state_with::<Record>(&path) {
        Err(SaveError::Corrupt { problem, .. }) => assert_eq!(problem.key, "save-problem-at"),
        other => panic!("a broken record was accepted: {other:?}"),
    }
}
