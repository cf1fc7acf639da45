//! The end of a war on the tiny world (north – capital – port, a million people each): at the
//! last month a war still going is given to the side that holds what its judgement asks, or
//! called undecided, with what each side held; a victory rule met in battle says where.
mod common;

use aguila::sim::event::LeaderFate;
use aguila::sim::outcome::{EndPlace, Ending, Holdings, Outcome};
use aguila::sim::scenario::{Polity, Side};
use aguila::sim::{Event, GameState};
use common::*;

const REPUBLIC_GOVERNS: &str = r#"(id: "republic_governs", winner: Republic, capital: true,
    provinces: 0.5, text: "The Republic governs.", source: "test")"#;
const EMPIRE_GOVERNS: &str = r#"(id: "empire_governs", winner: Empire, capital: true,
    provinces: 0.5, population: 0.5, text: "The Empire governs.", source: "test")"#;

/// The tiny world with both judgements, two months long, and these provinces held by the
/// Empire (the rest by the Republic).
fn two_months_with_the_empire_in(provinces: &[&str]) -> GameState {
    let mut world = World::tiny()
        .judgement(REPUBLIC_GOVERNS)
        .judgement(EMPIRE_GOVERNS)
        .with(|s| s.end = s.start.plus(1));
    for p in provinces {
        world = world.control(p, 70.0);
    }
    world.build(1)
}

/// Plays the first month (no judgement yet) and returns the events of the last.
fn last_month(s: &mut GameState) -> Vec<Event> {
    assert!(
        s.resolve_month()
            .iter()
            .all(|e| !matches!(e, Event::GameOver { .. }))
    );
    assert_eq!(s.outcome, None, "no judgement before the last month");
    s.resolve_month()
}

/// The month's events with the two sides' accounts (the economy's rules, tested with it) checked
/// for their place only, so that the rest can be compared whole.
fn without_accounts(events: Vec<Event>) -> Vec<Event> {
    assert!(
        matches!(
            events[1],
            Event::Accounts {
                side: Side::Republic,
                ..
            }
        ) && matches!(
            events[2],
            Event::Accounts {
                side: Side::Empire,
                ..
            }
        ),
        "{events:?}"
    );
    events
        .into_iter()
        .filter(|e| !matches!(e, Event::Accounts { .. }))
        .collect()
}

fn judged(s: &GameState, winner: Option<Side>, rule: &str, text: &str, held: Holdings) -> Outcome {
    Outcome {
        winner,
        rule: rule.into(),
        text: text.into(),
        month: s.scenario.end,
        ending: if winner.is_some() {
            Ending::Judgement
        } else {
            Ending::Undecided
        },
        place: None,
        held,
    }
}

/// What the tiny world's sides hold with no province contested: the capital's holder, and
/// how many of the three provinces (of a million people each) the Republic holds.
fn held(capital: Side, republic: u32) -> Holdings {
    Holdings {
        capital: Some(capital),
        provinces: [republic, 3 - republic],
        contested: 0,
        total: 3,
        population: [f64::from(republic) / 3.0, f64::from(3 - republic) / 3.0],
    }
}

/// The last month is exactly: it begins, `between` happens, and the war ends with `outcome`.
fn assert_last_month(s: &GameState, events: Vec<Event>, between: Vec<Event>, outcome: Outcome) {
    let mut expected = vec![Event::MonthBegan {
        month: s.scenario.end,
    }];
    expected.extend(between);
    expected.push(Event::GameOver {
        outcome: outcome.clone(),
    });
    assert_eq!(without_accounts(events), expected);
    assert_eq!(s.outcome, Some(outcome));
}

// Setup: the Empire holds the port; the Republic the capital and the north.
// Expect: at the last month the Republic wins on what it holds; the Empire falls.
#[test]
fn the_republic_wins_on_what_it_holds() {
    let mut s = two_months_with_the_empire_in(&["port"]);
    let events = last_month(&mut s);
    let outcome = judged(
        &s,
        Some(Side::Republic),
        "republic_governs",
        "The Republic governs.",
        held(Side::Republic, 2),
    );
    let fallen = vec![Event::PolityChanged {
        polity: Polity::Fallen,
    }];
    assert_last_month(&s, events, fallen, outcome);
}

// Setup: the Empire holds the capital and the port; the Republic the north.
// Expect: the wavering caudillo goes over to the winning side, and at the last month the
// Empire wins on what it holds (two provinces of three, two thirds of the people, the capital).
#[test]
fn the_empire_wins_on_what_it_holds() {
    let mut s = two_months_with_the_empire_in(&["capital", "port"]);
    let events = last_month(&mut s);
    let outcome = judged(
        &s,
        Some(Side::Empire),
        "empire_governs",
        "The Empire governs.",
        held(Side::Empire, 1),
    );
    let defected = vec![Event::Leader {
        leader: leader(&s, "waverer"),
        fate: LeaderFate::Defected,
        men: 0,
    }];
    assert_last_month(&s, events, defected, outcome);
}

// Setup: the Empire holds the capital only; the Republic the north and the port.
// Expect: neither judgement is met (the Republic lacks the capital, the Empire most of the
// map): the war is undecided, with what each held.
#[test]
fn a_war_neither_side_has_won_is_undecided() {
    let mut s = two_months_with_the_empire_in(&["capital"]);
    let events = last_month(&mut s);
    let outcome = judged(&s, None, "end_of_scenario", "", held(Side::Empire, 2));
    assert_last_month(&s, events, Vec::new(), outcome);
}

// Setup: a contested capital (neither side holds it firmly), the Empire in the port.
// Expect: the capital is told as held by no one, and no judgement asking for it is met.
#[test]
fn a_contested_capital_counts_for_neither_side() {
    let mut s = World::tiny()
        .judgement(REPUBLIC_GOVERNS)
        .control("capital", 0.0)
        .control("port", 70.0)
        .with(|s| s.end = s.start.plus(1))
        .build(1);
    last_month(&mut s);
    let outcome = s.outcome.expect("the war is over");
    assert_eq!(outcome.winner, None);
    assert_eq!(
        outcome.held,
        Holdings {
            capital: None,
            provinces: [1, 1],
            contested: 1,
            total: 3,
            population: [1.0 / 3.0, 1.0 / 3.0],
        }
    );
}

// Setup: the Republic wins when the Empire has no army; 6,000 Republicans attack the last 300
// Imperial soldiers in the capital.
// Expect: the outcome is the rule's, in that month, and names the capital as the place of the
// Empire's last defeat.
#[test]
fn a_rule_met_in_battle_says_where_the_last_defeat_was() {
    let mut s = World::tiny()
        .victory(
            r#"(id: "no_empire_army", winner: Some(Republic), when: TroopsBelow(Empire, 100),
                text: "No army left.")"#,
        )
        .control("capital", 70.0)
        .army("R", Side::Republic, "north", "regulars", 6000)
        .army("E", Side::Empire, "capital", "imperial", 300)
        .build(1);
    order_move(&mut s, Side::Republic, "R", "capital");
    s.resolve_month();
    let outcome = s.outcome.clone().expect("the war is over");
    assert_eq!(outcome.winner, Some(Side::Republic));
    assert_eq!(outcome.rule, "no_empire_army");
    assert_eq!(outcome.ending, Ending::Rule);
    assert_eq!(
        outcome.place,
        Some(EndPlace::LastDefeat {
            province: p(&s, "capital")
        })
    );
}

// Setup: the Imperial general is crowned in the first month; in the second, 6,000 Republicans
// attack him and his 300 men in the capital (three to one: they are taken).
// Expect: the emperor's capture ends the war, and the outcome (and its text) says where he
// was taken.
#[test]
fn an_emperor_taken_in_battle_is_told_where() {
    let mut s = World::tiny()
        .event(
            r#"(id: "crown", title: "Crown", text: "Crowned.", when: Always,
                effects: [SetPolity(Empire, Some("general_e"))], source: "test")"#,
        )
        .victory(
            r#"(id: "emperor_taken", winner: Some(Republic), when: Leader("general_e", Captured),
                text: "Taken.")"#,
        )
        .control("capital", 70.0)
        .army("R", Side::Republic, "north", "regulars", 6000)
        .army("E", Side::Empire, "capital", "imperial", 300)
        .led_by("general_e")
        .build(1);
    s.resolve_month();
    assert_eq!(s.emperor, Some(leader(&s, "general_e")));
    order_move(&mut s, Side::Republic, "R", "capital");
    s.resolve_month();
    let outcome = s.outcome.clone().expect("the war is over");
    assert_eq!(outcome.rule, "emperor_taken");
    assert_eq!(
        outcome.place,
        Some(EndPlace::LeaderTaken {
            leader: leader(&s, "general_e"),
            province: p(&s, "capital")
        })
    );
    let told = aguila::text::outcome::outcome_text(aguila::text::Lang::english(), &s, &outcome);
    assert!(
        told.contains("Imperial General was taken prisoner at Capital."),
        "{told}"
    );
}

fn leader(s: &GameState, id: &str) -> usize {
    s.scenario
        .leaders
        .iter()
        .position(|l| l.id == id)
        .expect("a leader of the tiny world")
}

// Setup: the Empire's side is still the Intervention (no Regency, no emperor) when the Republic
// wins on what it holds; then the same war with a Regency proclaimed before the end.
// Expect: the fallen side is named for what it was (the Intervention, the Regency), never "the
// Empire" that was never proclaimed, in English and in Spanish.
#[test]
fn the_fallen_side_is_named_for_what_it_was() {
    let told = |polity: Polity, lang: &str| {
        let mut s = two_months_with_the_empire_in(&["port"]);
        s.polity = polity;
        last_month(&mut s);
        assert_eq!(s.polity, Polity::Fallen);
        assert_eq!(s.fallen_from, Some(polity));
        let outcome = s.outcome.clone().expect("judged");
        aguila::text::outcome::outcome_text(aguila::text::Lang::resolve(lang), &s, &outcome)
    };
    let intervention = told(Polity::Intervention, "en");
    assert!(
        intervention.contains("Victory for the Republic")
            && intervention.contains("; the Intervention 1, with 33 %"),
        "{intervention}"
    );
    assert!(!intervention.contains("Empire"), "{intervention}");
    let regency = told(Polity::Regency, "es");
    assert!(
        regency.contains("; la Regencia, 1, con el 33 %"),
        "{regency}"
    );
    assert!(!regency.contains("Imperio"), "{regency}");
}
