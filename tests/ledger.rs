//! Every change in the men is told by an event that says how many: armies following their
//! leader over or home, hunger behind besieged walls, the last French ships; and an army gone
//! over obeys none of its old side's orders. Each test also balances the men's ledger.
mod common;

use aguila::sim::event::{AttritionCause, LeaderFate};
use aguila::sim::ledger::{self, Muster};
use aguila::sim::scenario::{Disloyalty, FranceStatus, Side};
use aguila::sim::state::Stance;
use aguila::sim::{Command, Event, GameState};
use common::*;

/// Resolves a month and checks that its events account for every man.
fn balanced_month(s: &mut GameState) -> Vec<Event> {
    let before = Muster::of(s);
    let events = s.resolve_month();
    assert_eq!(ledger::reconcile(&before, &events, s), Ok(()), "{events:?}");
    assert_eq!(ledger::unsound(s), None);
    events
}

// Setup: the wavering caudillo (loyalty 40, acts at 30, loses 5 a month while his side holds
// fewer provinces) leads 2,000 Republicans, and goes neutral rather than over.
// Expect: in the second month he leaves the war and says his 2,000 men went home with him;
// the army is gone.
#[test]
fn a_leader_going_neutral_takes_his_men_home_and_the_news_counts_them() {
    let mut s = World::tiny()
        .with(|sc| {
            let w = sc.leaders.iter_mut().find(|l| l.id == "waverer").unwrap();
            w.wavering.as_mut().unwrap().then = Disloyalty::Neutral;
        })
        .control("north", 90.0)
        .control("capital", 90.0)
        .army("R", Side::Republic, "port", "regulars", 2000)
        .led_by("waverer")
        .build(1);
    let w = s.leader_index("waverer").unwrap();
    balanced_month(&mut s);
    let events = balanced_month(&mut s);
    assert!(
        events.contains(&Event::Leader {
            leader: w,
            fate: LeaderFate::WentNeutral,
            men: 2000,
        }),
        "{events:?}"
    );
    assert_eq!(men(&s, "R"), 0);
    assert_eq!(s.troops(Side::Republic), 0);
}

// Setup: 10,000 French besiege 2,000 Republicans in the capital's fortress (level 1, worn
// down in two months; 5 % of the garrison lost to hunger each month).
// Expect: each month the siege's news begins with the garrison's losses to hunger (100, then
// 95), then the siege going on, then the surrender of the 1,805 left.
#[test]
fn hunger_behind_the_walls_is_told_with_the_men_it_killed() {
    let mut s = World::tiny()
        .army("E", Side::Empire, "port", "french", 10000)
        .army("R", Side::Republic, "capital", "regulars", 2000)
        .build(1);
    set_stance(&mut s, Side::Republic, "R", Stance::Garrison);
    let e = army_id(&s, "E");
    s.apply(
        Side::Empire,
        &Command::Siege {
            army: e,
            at: "capital".into(),
        },
    )
    .unwrap();
    let capital = p(&s, "capital");
    let regulars = s.contingent_index("regulars").unwrap();
    let siege_news = |events: Vec<Event>| -> Vec<Event> {
        events
            .into_iter()
            .filter(|e| {
                matches!(
                    e,
                    Event::SiegeProgress { .. }
                        | Event::Surrendered { .. }
                        | Event::Attrition {
                            cause: AttritionCause::Siege,
                            ..
                        }
                )
            })
            .collect()
    };
    let hunger = |men| Event::Attrition {
        side: Side::Republic,
        contingent: regulars,
        men,
        cause: AttritionCause::Siege,
    };
    assert_eq!(
        siege_news(balanced_month(&mut s)),
        vec![
            hunger(100),
            Event::SiegeProgress {
                province: capital,
                fort: 1.0
            }
        ]
    );
    assert_eq!(
        siege_news(balanced_month(&mut s)),
        vec![
            hunger(95),
            Event::Surrendered {
                province: capital,
                side: Side::Republic,
                prisoners: 1805
            }
        ]
    );
}

// Setup: France's will is at once below its threshold; its schedule sends half the corps
// home at the announcement and has no later step, so the rest leave with the last ships.
// 3,000 French hold the port.
// Expect: in the first month France announces, 1,500 go home on the schedule and the last
// 1,500 with the last ships, each told; France is gone and no Frenchman is left.
#[test]
fn the_last_ships_say_how_many_they_take_home() {
    let mut s = World::tiny()
        .with(|sc| {
            sc.rules.france.withdrawal_threshold = 1000.0;
            sc.rules.france.withdrawal_schedule = vec![(0, 0.5)];
        })
        .control("port", 90.0)
        .army("F", Side::Empire, "port", "french", 3000)
        .build(1);
    let french = s.contingent_index("french").unwrap();
    let events = balanced_month(&mut s);
    let france_news: Vec<&Event> = events
        .iter()
        .filter(|e| matches!(e, Event::Withdrawn { .. } | Event::FranceChanged { .. }))
        .collect();
    match france_news.as_slice() {
        [
            Event::FranceChanged {
                status: FranceStatus::Withdrawing,
                ..
            },
            Event::Withdrawn {
                contingent: c1,
                men: 1500,
            },
            Event::Withdrawn {
                contingent: c2,
                men: 1500,
            },
            Event::FranceChanged {
                status: FranceStatus::Gone,
                ..
            },
        ] => assert_eq!((*c1, *c2), (french, french)),
        other => panic!("{other:?}"),
    }
    assert_eq!(s.contingent_strength(french), 0);
}

// Setup: the caudillo leads 2,000 Republicans. An event offers the Empire a choice that turns
// him; the Empire leaves it unanswered, so the rules choose for it as the next month begins.
// That month the Republic orders his army to disperse.
// Expect: he goes over with his 2,000 men before the orders are carried out, and the army,
// now the Empire's, does not disperse into the Republic's bands on its old side's order.
#[test]
fn an_army_gone_over_obeys_none_of_its_old_sides_orders() {
    let mut s = World::tiny()
        .event(
            r#"(id: "bribe", title: "t", text: "t", when: Always, chooser: Some(Empire),
                choices: [(id: "turn", label: "t", ai_weight: 1.0, effects: [LeaderDefects("waverer")])],
                source: "test")"#,
        )
        .army("R", Side::Republic, "capital", "regulars", 2000)
        .led_by("waverer")
        .build(1);
    let w = s.leader_index("waverer").unwrap();
    let bribe = s.scenario.events.iter().position(|e| e.id == "bribe");
    let fired = balanced_month(&mut s);
    assert!(fired.contains(&Event::EventFired {
        event: bribe.unwrap(),
        awaiting_choice: true
    }));
    let r = army_id(&s, "R");
    s.apply(Side::Republic, &Command::Disperse { army: r })
        .expect("still the Republic's army");
    let events = balanced_month(&mut s);
    assert!(
        events.contains(&Event::Leader {
            leader: w,
            fate: LeaderFate::Defected,
            men: 2000,
        }),
        "{events:?}"
    );
    assert!(
        !events.iter().any(|e| matches!(e, Event::Dispersed { .. })),
        "{events:?}"
    );
    let army = s.army(r).expect("the army stands");
    assert_eq!((army.side, army.strength()), (Side::Empire, 2000));
    assert_eq!(s.provinces[p(&s, "capital")].guerrilla, 0.0);
}
