//! Rule tests on the tiny three-province world (north – capital – port): one test per rule,
//! each saying what it sets up, what it does and what must follow.
mod common;

use aguila::sim::event::{AttritionCause, ControlCause, LeaderFate};
use aguila::sim::scenario::{FranceStatus, LeaderStatus, MonthRef, Num, Side};
use aguila::sim::state::{Holder, Stance};
use aguila::sim::turn::battle;
use aguila::sim::{Command, Event, Month, RuleError};
use common::*;

// Setup: a Republican army in the north; an Imperial army in the north too.
// Action: move each to a neighbour, then try a province two steps away by land.
// Expect: land moves work; the Republic (no navy) cannot sail; the Empire can.
#[test]
fn armies_move_to_neighbours_and_only_the_navy_sails() {
    let mut s = World::tiny()
        .army("R", Side::Republic, "north", "regulars", 2000)
        .army("E", Side::Empire, "north", "imperial", 2000)
        .build(1);
    let r = army_id(&s, "R");
    let e = army_id(&s, "E");
    let refused = s.apply(
        Side::Republic,
        &Command::Move {
            army: r,
            to: "port".into(),
        },
    );
    assert!(
        matches!(refused, Err(RuleError::NotReachable { .. })),
        "{refused:?}"
    );
    s.apply(
        Side::Empire,
        &Command::Move {
            army: e,
            to: "port".into(),
        },
    )
    .expect("the Empire sails");
    order_move(&mut s, Side::Republic, "R", "capital");
    let events = s.resolve_month();
    assert_eq!(location(&s, "R"), "capital");
    assert_eq!(location(&s, "E"), "port");
    assert!(
        events
            .iter()
            .any(|e| matches!(e, Event::ArmyMoved { by_sea: true, .. }))
    );
    let stranger = s.apply(
        Side::Empire,
        &Command::Move {
            army: r,
            to: "north".into(),
        },
    );
    assert_eq!(stranger, Err(RuleError::NotYourArmy(r)));
}

// Setup: 3,000 French (quality 2) attack 3,000 Republicans in the open capital.
// Expect: the French always win (6,000×0.7 > 3,000×1.3); the beaten army falls back to the
// friendly north, weaker; the capital passes to the Empire.
#[test]
fn stronger_attacker_wins_and_the_loser_falls_back_to_friendly_ground() {
    for seed in 0..10 {
        let mut s = World::tiny()
            .with(|sc| sc.rules.combat.capture_ratio = 100.0)
            .army("E", Side::Empire, "port", "french", 3000)
            .army("R", Side::Republic, "capital", "regulars", 3000)
            .build(seed);
        order_move(&mut s, Side::Empire, "E", "capital");
        let events = s.resolve_month();
        let battle = events.iter().find_map(|e| match e {
            Event::Battle {
                winner,
                losses,
                retreat,
                ..
            } => Some((*winner, *losses, *retreat)),
            _ => None,
        });
        let (winner, losses, retreat) = battle.expect("a battle was fought");
        assert_eq!(winner, Side::Empire);
        assert!(losses[1] > losses[0], "loser loses more: {losses:?}");
        assert_eq!(retreat, Some(p(&s, "north")));
        assert_eq!(location(&s, "R"), "north");
        assert_eq!(men(&s, "R"), 3000 - losses[1]);
        assert_eq!(s.holder(p(&s, "capital")), Holder::Empire);
    }
}

// Setup: a Republican army led by its general in the north, whose only neighbour (the
// capital) holds a second Imperial army. The French attack from the capital.
// Expect: with nowhere to go the army is captured whole, and its general with it: the news
// is the general taken, the battle (the survivors all prisoners, no retreat), the army gone.
#[test]
fn a_beaten_army_with_no_way_out_is_captured_with_its_leader() {
    let mut s = World::tiny()
        .army("E", Side::Empire, "capital", "french", 6000)
        .army("E2", Side::Empire, "capital", "imperial", 2000)
        .army("R", Side::Republic, "north", "regulars", 2000)
        .led_by("general_r")
        .build(3);
    let (r, north) = (army_id(&s, "R"), p(&s, "north"));
    let general = s.leader_index("general_r").unwrap();
    order_move(&mut s, Side::Empire, "E", "north");
    let events = s.resolve_month();
    let battle_news: Vec<&Event> = events
        .iter()
        .filter(|e| {
            matches!(
                e,
                Event::Battle { .. }
                    | Event::Leader { .. }
                    | Event::ArmyDestroyed { .. }
                    | Event::Evaded { .. }
            )
        })
        .collect();
    match battle_news.as_slice() {
        [
            Event::Leader {
                leader,
                fate,
                men: 0,
            },
            Event::Battle {
                province,
                attacker: Side::Empire,
                men: [6000, 2000],
                winner: Side::Empire,
                losses,
                prisoners,
                retreat: None,
                ..
            },
            Event::ArmyDestroyed {
                army,
                side: Side::Republic,
                ..
            },
        ] => {
            assert_eq!((*leader, *fate), (general, LeaderFate::Captured));
            assert_eq!(*province, north);
            assert!(*prisoners > 0);
            assert_eq!(losses[1] + prisoners, 2000, "every man lost or taken");
            assert_eq!(*army, r);
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(men(&s, "R"), 0);
    assert_eq!(s.leaders[general].status, LeaderStatus::Captured);
}

// Setup: the same Republican army in the fortified capital (level 2), in the open and then
// behind its walls.
// Expect: the preview gives the attacker worse odds against the garrison.
#[test]
fn walls_make_a_garrison_harder_to_beat() {
    let mut s = World::tiny()
        .army("E", Side::Empire, "port", "french", 3000)
        .army("R", Side::Republic, "capital", "regulars", 5000)
        .build(1);
    let e = s.army_pos(army_id(&s, "E")).unwrap();
    let capital = p(&s, "capital");
    let open = battle::preview(&s, Side::Empire, &[e], capital);
    set_stance(&mut s, Side::Republic, "R", Stance::Garrison);
    let walled = battle::preview(&s, Side::Empire, &[e], capital);
    assert!((walled.defender.fortification - 2.0).abs() < 1e-9);
    assert!(
        walled.win_chance < open.win_chance,
        "{} !< {}",
        walled.win_chance,
        open.win_chance
    );
    assert!(open.win_chance > 0.5 && walled.win_chance < 0.5);
}

// Setup: 2,000 Republicans garrison the capital (walls 2); 10,000 French besiege it
// (1 level a month per 10,000 men).
// Expect: the walls fall to 1, then to 0 and the garrison surrenders; no battle is fought.
// The news of the siege: its progress the first month; the surrender and the garrison gone the
// second.
#[test]
fn a_siege_wears_down_the_walls_until_the_garrison_surrenders() {
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
    let (r, capital) = (army_id(&s, "R"), p(&s, "capital"));
    let siege_news = |events: Vec<Event>| -> Vec<Event> {
        events
            .into_iter()
            .filter(|e| {
                matches!(
                    e,
                    Event::SiegeProgress { .. }
                        | Event::Surrendered { .. }
                        | Event::Battle { .. }
                        | Event::ArmyDestroyed { .. }
                )
            })
            .collect()
    };
    let first = siege_news(s.resolve_month());
    assert_eq!(
        first,
        vec![Event::SiegeProgress {
            province: capital,
            fort: 1.0
        }]
    );
    assert_eq!(men(&s, "R"), 1900, "5% lost to hunger");
    let second = siege_news(s.resolve_month());
    match second.as_slice() {
        [
            Event::Surrendered {
                province,
                side: Side::Republic,
                prisoners: 1805,
            },
            Event::ArmyDestroyed {
                army,
                side: Side::Republic,
                ..
            },
        ] => assert_eq!((*province, *army), (capital, r)),
        other => panic!("{other:?}"),
    }
    assert_eq!(men(&s, "R"), 0);
    assert_eq!(s.holder(p(&s, "capital")), Holder::Empire);
}

// Setup: 2,000 Imperials march into the liberal port, then leave it.
// Expect: they occupy it at once; left alone it drifts back out of the Empire's hands.
#[test]
fn an_unopposed_army_occupies_and_an_empty_province_drifts_back() {
    let mut s = World::tiny()
        .army("E", Side::Empire, "capital", "imperial", 2000)
        .build(1);
    order_move(&mut s, Side::Empire, "E", "port");
    let events = s.resolve_month();
    let port = p(&s, "port");
    assert!(events.contains(&Event::ControlChanged {
        province: port,
        from: Holder::Republic,
        to: Holder::Empire,
        cause: ControlCause::Occupation
    }));
    order_move(&mut s, Side::Empire, "E", "capital");
    let later = months(&mut s, 6);
    assert_ne!(s.holder(port), Holder::Empire);
    assert!(later.iter().any(|e| matches!(e, Event::ControlChanged { province, cause: ControlCause::Drift, .. } if *province == port)));
}

// Setup: an Imperial garrison of 1,000 in the port, with and without repression.
// Expect: guerrillas grow under occupation; repression makes them grow faster and raises
// Republican support (martyrs); and a huge garrison cannot wipe them out in one month.
#[test]
fn guerrillas_grow_under_occupation_and_repression_feeds_them() {
    let run = |repression: u8| {
        let mut s = World::tiny()
            .with(|sc| sc.rules.guerrilla.growth_per_1000 = 1.0)
            .control("port", 70.0)
            .army("E", Side::Empire, "port", "imperial", 1000)
            .build(1);
        s.apply(Side::Empire, &Command::SetRepression { level: repression })
            .unwrap();
        months(&mut s, 3);
        let port = p(&s, "port");
        (
            s.provinces[port].guerrilla,
            s.provinces[port].support[Side::Republic.index()],
        )
    };
    let (calm, calm_support) = run(0);
    let (harsh, harsh_support) = run(3);
    assert!(calm > 0.0);
    assert!(harsh > calm, "{harsh} !> {calm}");
    assert!(harsh_support > calm_support);

    let mut s = World::tiny()
        .control("port", 70.0)
        .with(|sc| sc.provinces[2].guerrilla = 10_000)
        .army("E", Side::Empire, "port", "imperial", 100_000)
        .build(1);
    s.resolve_month();
    let left = s.provinces[p(&s, "port")].guerrilla;
    assert!(
        left >= 0.7 * 10_000.0,
        "at most 30% lost in a month: {left}"
    );
}

// Setup: nobody anywhere, then an Imperial garrison holding the port.
// Expect: taxes (1 M a month per million people) and the port's customs (12 M a year) go to
// whoever holds each province; upkeep comes off.
#[test]
fn revenue_goes_to_whoever_holds_the_province() {
    let mut s = World::tiny().build(1);
    s.resolve_month();
    assert!((s.treasury[0] - 14.0).abs() < 1e-9, "{:?}", s.treasury);
    assert!((s.treasury[1] - 10.0).abs() < 1e-9);

    let mut s = World::tiny()
        .control("port", 70.0)
        .army("E", Side::Empire, "port", "imperial", 1000)
        .build(1);
    let events = s.resolve_month();
    assert!((s.treasury[1] - 11.9).abs() < 1e-9, "{:?}", s.treasury);
    assert!((s.treasury[0] - 12.0).abs() < 1e-9);
    assert!(events.iter().any(|e| matches!(e, Event::Accounts { side: Side::Empire, customs, .. } if (*customs - 1.0).abs() < 1e-9)));
}

/// The Republic with an empty treasury, no taxes and no customs: it cannot pay its troops.
fn penniless_republic(sc: &mut aguila::sim::scenario::Scenario) {
    sc.rules.economy.tax_per_million = 0.0;
    sc.rules.economy.treasury[0] = Num::Lit(0.0);
    sc.provinces[2].customs = 0.0;
}

// Setup: a Republican army of 10,000 with an empty treasury, no taxes and no credit.
// Expect: it cannot be paid, and a tenth of it deserts.
#[test]
fn unpaid_troops_desert() {
    let mut s = World::tiny()
        .with(penniless_republic)
        .army("R", Side::Republic, "north", "regulars", 10000)
        .build(1);
    let events = s.resolve_month();
    assert!(s.unpaid[0]);
    assert!(events.iter().any(|e| matches!(
        e,
        Event::Attrition {
            cause: AttritionCause::Desertion,
            men: 1000,
            ..
        }
    )));
    assert_eq!(men(&s, "R"), 9000);
}

// Setup: the unpaid Republic's regulars all desert (a share of 1), and earlier in the same
// month a battle in the capital has already cleared the field of empty armies.
// Expect: the army left without a man in the north is disbanded that month all the same.
#[test]
fn an_army_emptied_late_in_the_month_is_disbanded_that_month() {
    let mut s = World::tiny()
        .with(|sc| {
            penniless_republic(sc);
            if let Some(c) = sc.contingents.iter_mut().find(|c| c.id == "regulars") {
                c.desertion_unpaid = 1.0;
            }
        })
        .army("E", Side::Empire, "port", "french", 6000)
        .army("R2", Side::Republic, "capital", "regulars", 1000)
        .army("R", Side::Republic, "north", "regulars", 10000)
        .build(1);
    let r = army_id(&s, "R");
    order_move(&mut s, Side::Empire, "E", "capital");
    let events = s.resolve_month();
    let battle = events
        .iter()
        .position(|e| matches!(e, Event::Battle { .. }));
    let destroyed = events
        .iter()
        .position(|e| matches!(e, Event::ArmyDestroyed { army, .. } if *army == r));
    assert!(battle.is_some(), "{events:?}");
    assert!(
        destroyed > battle,
        "R is disbanded after the battle: {events:?}"
    );
    assert!(s.army(r).is_none(), "no army without men is left standing");
}

/// Two Imperial armies in the capital ("Big", "Small") and one in the port ("Other"), after
/// a month has been played.
fn big_small_and_other() -> aguila::sim::GameState {
    let mut s = World::tiny()
        .army("Big", Side::Empire, "capital", "imperial", 3000)
        .army("Small", Side::Empire, "capital", "imperial", 1000)
        .army("Other", Side::Empire, "port", "imperial", 500)
        .control("capital", 80.0)
        .build(1);
    let _ = s.resolve_month();
    s
}

/// Merges "Small" into "Big"; returns what happened.
fn merge_small_into_big(s: &mut aguila::sim::GameState) -> Vec<Event> {
    let merge = Command::Merge {
        army: army_id(s, "Small"),
        into: army_id(s, "Big"),
    };
    s.apply(Side::Empire, &merge).expect("the merge is allowed")
}

// Setup: two Imperial armies in the capital and one in the port, after a month.
// Expect: merging folds one into the other: the men add up, and only the folded army is
// reported gone.
#[test]
fn a_merge_folds_one_army_into_another() {
    let mut s = big_small_and_other();
    let (big, small, other) = (
        army_id(&s, "Big"),
        army_id(&s, "Small"),
        army_id(&s, "Other"),
    );
    let men_before = men(&s, "Big") + men(&s, "Small");
    let events = merge_small_into_big(&mut s);
    assert_eq!(s.army(big).map(|a| a.strength()), Some(men_before));
    assert!(s.army(small).is_none());
    assert!(s.army(other).is_some());
    let gone: Vec<u32> = events
        .iter()
        .filter_map(|e| match e {
            Event::ArmyDestroyed { army, .. } => Some(*army),
            _ => None,
        })
        .collect();
    assert_eq!(gone, vec![small]);
}

// Setup: two Republican armies in the north, the larger led by the President (skill 0), the
// smaller by the General (skill 4); then the larger led by the General, the smaller by the
// Caudillo (skill 1); then the larger with no commander.
// Expect: whichever army is folded, the abler commander leads the merged army and the other is
// left free (commanding nothing), never dropped for a lesser one.
#[test]
fn a_merge_keeps_the_abler_commander() {
    let merged_leader = |big: Option<&str>, small: &str| {
        let mut world = World::tiny().army("Big", Side::Republic, "north", "regulars", 3000);
        if let Some(leader) = big {
            world = world.led_by(leader);
        }
        let mut s = world
            .army("Small", Side::Republic, "north", "regulars", 1000)
            .led_by(small)
            .control("north", -80.0)
            .build(1);
        let merge = Command::Merge {
            army: army_id(&s, "Small"),
            into: army_id(&s, "Big"),
        };
        s.apply(Side::Republic, &merge)
            .expect("the merge is allowed");
        let big = s.army(army_id(&s, "Big")).expect("the merged army");
        assert_eq!(big.strength(), 4000);
        let id = |l: usize| s.scenario.leaders[l].id.clone();
        let commanding: Vec<String> = s.armies.iter().filter_map(|a| a.leader).map(id).collect();
        (big.leader.map(id), commanding)
    };
    assert_eq!(
        merged_leader(Some("president"), "general_r"),
        (Some("general_r".into()), vec!["general_r".to_string()])
    );
    assert_eq!(
        merged_leader(Some("general_r"), "waverer"),
        (Some("general_r".into()), vec!["general_r".to_string()])
    );
    assert_eq!(
        merged_leader(None, "waverer"),
        (Some("waverer".into()), vec!["waverer".to_string()])
    );
}

// Setup: the same armies, but the one in the port without men, saved before anything has
// cleared it (a save keeps no note of which armies may be empty) and loaded again.
// Expect: the first merge clears that army as well as the one folded.
#[test]
fn a_loaded_game_clears_an_army_left_without_men() {
    let s = World::tiny()
        .army("Big", Side::Empire, "capital", "imperial", 3000)
        .army("Small", Side::Empire, "capital", "imperial", 1000)
        .army("Other", Side::Empire, "port", "imperial", 0)
        .control("capital", 80.0)
        .build(1);
    let ghost = army_id(&s, "Other");
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("save.ron");
    aguila::sim::load::save_state(&s, &path).expect("saved");
    let mut s = aguila::sim::load::load_state(&path).expect("loaded");
    let events = merge_small_into_big(&mut s);
    let gone = events
        .iter()
        .filter(|e| matches!(e, Event::ArmyDestroyed { .. }))
        .count();
    assert_eq!(gone, 2, "{events:?}");
    assert!(s.army(ghost).is_none());
}

// Setup: French and Imperial troops in the fever port, in January and in May.
// Expect: only the French sicken, and only in the rainy season.
#[test]
fn fever_strikes_europeans_on_the_coast_in_the_rainy_season() {
    let world = |start: &str| {
        World::tiny()
            .with(|sc| sc.start = start.parse().unwrap())
            .control("port", 70.0)
            .army("F", Side::Empire, "port", "french", 1000)
            .army("M", Side::Empire, "port", "imperial", 1000)
            .build(1)
    };
    let mut dry = world("1863-01");
    dry.resolve_month();
    assert_eq!(men(&dry, "F"), 1000);
    let mut wet = world("1863-05");
    let events = wet.resolve_month();
    assert_eq!(men(&wet, "F"), 900);
    assert_eq!(men(&wet, "M"), 1000);
    assert!(events.iter().any(|e| matches!(
        e,
        Event::Attrition {
            cause: AttritionCause::Fever,
            men: 100,
            ..
        }
    )));
}

// Setup: France starts with a will of 50, below a withdrawal threshold of 60; the schedule
// sends half home after 2 months and the rest after 4.
// Expect: the announcement in the first month, 2,000 of 4,000 gone two months later, and
// France gone four months after the announcement.
#[test]
fn france_withdraws_on_schedule_once_its_will_breaks() {
    let mut s = World::tiny()
        .set("start_will", "50")
        .with(|sc| sc.rules.france.withdrawal_threshold = 60.0)
        .control("port", 70.0)
        .army("F", Side::Empire, "port", "french", 4000)
        .build(1);
    let first = s.resolve_month();
    assert!(first.iter().any(|e| matches!(
        e,
        Event::FranceChanged {
            status: FranceStatus::Withdrawing,
            ..
        }
    )));
    assert_eq!(s.france.announced, Some(Month::new(1863, 1)));
    months(&mut s, 2);
    assert_eq!(men(&s, "F"), 2000);
    assert_eq!(s.france.status, FranceStatus::Withdrawing);
    months(&mut s, 2);
    assert_eq!(s.france.status, FranceStatus::Gone);
    assert_eq!(s.france.gone, Some(Month::new(1863, 5)));
    assert_eq!(men(&s, "F"), 0);
}

// Setup: 10,000 French cost 1 M pesos (5 M francs) a month; each million francs costs 0.1 will.
// Expect: France's will falls by 0.5 a month, with "spending" named as the cause.
#[test]
fn spending_drains_frances_will() {
    let mut s = World::tiny()
        .with(|sc| sc.rules.france.will_per_million = 0.1)
        .control("port", 70.0)
        .army("F", Side::Empire, "port", "french", 10000)
        .build(1);
    let events = months(&mut s, 2);
    assert!(
        (s.track("france_will") - 99.0).abs() < 1e-6,
        "{}",
        s.track("france_will")
    );
    assert!(events.iter().any(|e| matches!(e, Event::TrackChanged { causes, .. } if causes.iter().any(|c| c.cause == "spending"))));
}

// Setup: the wavering caudillo (loyalty 40, acts at 30, loses 5 a month while his side holds
// fewer provinces) leads 2,000 Republicans while the Empire holds two provinces of three.
// Expect: after two months he goes over to the Empire, and his army with him.
#[test]
fn a_wavering_leader_defects_with_his_army_when_his_side_is_losing() {
    let mut s = World::tiny()
        .control("north", 90.0)
        .control("capital", 90.0)
        .army("R", Side::Republic, "port", "regulars", 2000)
        .led_by("waverer")
        .build(1);
    s.resolve_month();
    let w = s.leader_index("waverer").unwrap();
    assert_eq!(s.leaders[w].side, Side::Republic);
    let events = s.resolve_month();
    assert!(events.contains(&Event::Leader {
        leader: w,
        fate: LeaderFate::Defected,
        men: 2000,
    }));
    assert_eq!(s.leaders[w].side, Side::Empire);
    let army = s.armies.iter().find(|a| a.name == "R").unwrap();
    assert_eq!(army.side, Side::Empire);
    assert_eq!(army.strength(), 2000);
}

// Setup: 3,000 Republicans avoiding battle in the capital; 10,000 French attack.
// Expect: the army slips away north, losing a tenth on the march; no battle is fought.
#[test]
fn an_evading_army_slips_away_instead_of_fighting() {
    let mut s = World::tiny()
        .army("E", Side::Empire, "port", "french", 10000)
        .army("R", Side::Republic, "capital", "regulars", 3000)
        .build(1);
    set_stance(&mut s, Side::Republic, "R", Stance::Evade);
    order_move(&mut s, Side::Empire, "E", "capital");
    let events = s.resolve_month();
    assert!(
        events
            .iter()
            .any(|e| matches!(e, Event::Evaded { losses: 300, .. }))
    );
    assert!(!events.iter().any(|e| matches!(e, Event::Battle { .. })));
    assert_eq!(location(&s, "R"), "north");
    assert_eq!(men(&s, "R"), 2700);
}

// Setup: a Republican army in the capital; an Imperial one beside it.
// Expect: the Republican one melts into 2,000 guerrillas; the Empire cannot do that.
#[test]
fn a_dispersed_army_becomes_guerrillas() {
    let mut s = World::tiny()
        .army("R", Side::Republic, "capital", "regulars", 2000)
        .army("E", Side::Empire, "port", "imperial", 2000)
        .build(1);
    let e = army_id(&s, "E");
    assert_eq!(
        s.apply(Side::Empire, &Command::Disperse { army: e }),
        Err(RuleError::CannotDisperse)
    );
    let r = army_id(&s, "R");
    s.apply(Side::Republic, &Command::Disperse { army: r })
        .unwrap();
    let events = s.resolve_month();
    assert_eq!(men(&s, "R"), 0);
    assert!(
        events
            .iter()
            .any(|e| matches!(e, Event::Dispersed { men: 2000, .. }))
    );
    assert!(s.provinces[p(&s, "capital")].guerrilla >= 2000.0);
}

// Setup: an event that fires from the month of the `war_ends` parameter (June 1863 by
// default), run with the default and with an override.
// Expect: it fires in its month and not before, and the override moves it.
#[test]
fn events_fire_when_their_condition_first_holds() {
    let ev = r#"(id: "peace", title: "Peace", text: "t", when: From(Param("war_ends")),
                effects: [AddTrack("us_pressure", 10.0)], source: "test")"#;
    let fired_in = |world: World| {
        let mut s = world.event(ev).build(1);
        for _ in 0..12 {
            let month = s.month;
            let events = s.resolve_month();
            if events.iter().any(|e| matches!(e, Event::EventFired { .. })) {
                assert!((s.track("us_pressure") - 10.0).abs() < 1e-9);
                return month;
            }
        }
        panic!("never fired");
    };
    assert_eq!(fired_in(World::tiny()), Month::new(1863, 6));
    assert_eq!(
        fired_in(World::tiny().set("war_ends", "1863-03")),
        Month::new(1863, 3)
    );
}

// Setup: an event offering the Republic two choices (weights 1 and 3).
// Expect: it waits for the Republic; an answer applies that choice's effects; left
// unanswered, the next month takes the choice the AI weighs highest.
#[test]
fn choices_wait_for_their_chooser_and_default_to_the_ai_weight() {
    let ev = r#"(id: "dilemma", title: "Dilemma", text: "t", when: Always, chooser: Republic,
        choices: [
            (id: "small", label: "Small", ai_weight: 1.0, effects: [AddTrack("us_pressure", 1.0)]),
            (id: "big", label: "Big", ai_weight: 3.0, effects: [AddTrack("us_pressure", 30.0)]),
        ], source: "test")"#;
    let mut s = World::tiny().event(ev).build(1);
    s.resolve_month();
    assert_eq!(s.pending.len(), 1);
    assert!(
        s.apply(
            Side::Empire,
            &Command::Choose {
                event: "dilemma".into(),
                choice: "small".into()
            }
        )
        .is_err()
    );
    s.apply(
        Side::Republic,
        &Command::Choose {
            event: "dilemma".into(),
            choice: "small".into(),
        },
    )
    .unwrap();
    assert!((s.track("us_pressure") - 1.0).abs() < 1e-9);
    assert!(s.pending.is_empty());

    let mut s = World::tiny().event(ev).build(1);
    months(&mut s, 2);
    assert!((s.track("us_pressure") - 30.0).abs() < 1e-9);
}

// Setup: a truce until June 1863; Imperials beside a Republican army.
// Expect: an attack is refused during the truce and accepted after it.
#[test]
fn the_truce_forbids_attacks_until_it_ends() {
    let mut s = World::tiny()
        .with(|sc| {
            sc.truce = Some(aguila::sim::scenario::Condition::Before(MonthRef::Lit(
                Month::new(1863, 6),
            )))
        })
        .army("E", Side::Empire, "port", "imperial", 2000)
        .army("R", Side::Republic, "capital", "regulars", 2000)
        .build(1);
    let e = army_id(&s, "E");
    assert_eq!(
        s.apply(
            Side::Empire,
            &Command::Move {
                army: e,
                to: "capital".into()
            }
        ),
        Err(RuleError::Truce)
    );
    months(&mut s, 5);
    assert!(
        s.apply(
            Side::Empire,
            &Command::Move {
                army: e,
                to: "capital".into()
            }
        )
        .is_ok()
    );
}

// Setup: the Empire wins when it holds the capital; 6,000 French attack 500 Republicans there.
// Expect: the game ends that month in the Empire's favour and refuses further commands.
#[test]
fn a_victory_rule_ends_the_game() {
    let mut s = World::tiny()
        .victory(r#"(id: "capital_taken", winner: Empire, when: Holds(Empire, "capital"), text: "Taken.")"#)
        .army("E", Side::Empire, "port", "french", 6000)
        .army("R", Side::Republic, "capital", "guard", 500)
        .build(1);
    order_move(&mut s, Side::Empire, "E", "capital");
    let events = s.resolve_month();
    let outcome = s.outcome.clone().expect("the game is over");
    assert_eq!(outcome.winner, Some(Side::Empire));
    assert_eq!(outcome.rule, "capital_taken");
    assert!(events.iter().any(|e| matches!(e, Event::GameOver { .. })));
    assert!(s.resolve_month().is_empty());
    assert_eq!(
        s.apply(Side::Empire, &Command::EndTurn),
        Err(RuleError::GameOver)
    );
}

// Setup: the Republic raises men in the capital (1 M pesos per 1,000; at most 2,000).
// Expect: 1,000 recruits cost 1 M and appear; too many, too dear, or in enemy country is refused.
#[test]
fn recruits_cost_money_and_respect_limits() {
    let mut s = World::tiny().build(1);
    let recruit = |men: u32, side: Side| Command::Recruit {
        province: "capital".into(),
        contingent: if side == Side::Republic {
            "regulars"
        } else {
            "imperial"
        }
        .into(),
        men,
    };
    assert!(matches!(
        s.apply(Side::Republic, &recruit(3000, Side::Republic)),
        Err(RuleError::TooManyRecruits { max: 2000, .. })
    ));
    assert!(matches!(
        s.apply(Side::Empire, &recruit(1000, Side::Empire)),
        Err(RuleError::NoRecruitsHere { .. })
    ));
    s.apply(Side::Republic, &recruit(1000, Side::Republic))
        .unwrap();
    assert!(matches!(
        s.apply(Side::Republic, &recruit(1500, Side::Republic)),
        Err(RuleError::TooManyRecruits { max: 1000, .. })
    ));
    let events = s.resolve_month();
    assert!(
        events
            .iter()
            .any(|e| matches!(e, Event::Recruited { men: 1000, .. }))
    );
    assert_eq!(s.troops(Side::Republic), 1000);
    assert!(
        (s.treasury[0] - (10.0 - 1.0 + 4.0 - 0.1)).abs() < 1e-9,
        "{}",
        s.treasury[0]
    );

    let mut poor = World::tiny()
        .with(|sc| sc.rules.economy.treasury[0] = Num::Lit(0.5))
        .build(1);
    assert!(matches!(
        poor.apply(Side::Republic, &recruit(1000, Side::Republic)),
        Err(RuleError::CannotAfford { .. })
    ));
}

// Setup: the Republic's head of state dies in the first month.
// Expect: from the next month its legitimacy falls by 10 a month.
#[test]
fn losing_the_head_of_state_costs_legitimacy() {
    let ev = r#"(id: "assassination", title: "t", text: "t", when: Always, effects: [LeaderDies("president")], source: "test")"#;
    let mut s = World::tiny().event(ev).build(1);
    s.resolve_month();
    assert!((s.track("republic_legitimacy") - 50.0).abs() < 1e-9);
    s.resolve_month();
    assert!((s.track("republic_legitimacy") - 40.0).abs() < 1e-9);
}

// Setup: the Republican general is to die of illness in March 1863.
// Expect: alive in January and February, dead in March.
#[test]
fn a_natural_death_comes_in_its_month() {
    let mut s = World::tiny()
        .with(|sc| sc.leaders[1].natural_death = Some(MonthRef::Lit(Month::new(1863, 3))))
        .build(1);
    months(&mut s, 2);
    assert_eq!(s.leaders[1].status, LeaderStatus::Active);
    let events = s.resolve_month();
    assert_eq!(s.leaders[1].status, LeaderStatus::Dead);
    assert!(events.contains(&Event::Leader {
        leader: 1,
        fate: LeaderFate::Died,
        men: 0,
    }));
}

// Setup: US pressure 50, supply 0.01 per point per border province; the Civil War flag set
// by an event in the first month and cleared in the third.
// Expect: no aid while the war lasts, 0.5 M a month (one border province) after.
#[test]
fn us_supply_crosses_the_border_only_after_the_civil_war() {
    let mut s = World::tiny()
        .with(|sc| {
            sc.rules.us.supply_per_pressure = 0.01;
            sc.tracks[1].initial = Num::Lit(50.0);
        })
        .event(r#"(id: "war", title: "t", text: "t", when: Always, effects: [SetFlag("us_civil_war")], source: "test")"#)
        .event(r#"(id: "peace", title: "t", text: "t", when: From("1863-03"), effects: [ClearFlag("us_civil_war")], source: "test")"#)
        .build(1);
    let aid = |events: &[Event]| {
        events.iter().find_map(|e| match e {
            Event::Accounts {
                side: Side::Republic,
                aid,
                ..
            } => Some(*aid),
            _ => None,
        })
    };
    s.resolve_month();
    assert_eq!(aid(&s.resolve_month()), Some(0.0));
    s.resolve_month();
    assert_eq!(aid(&s.resolve_month()), Some(0.5));
}

// Setup: provinces of a million people whose pools hold 0.3 % of them (3,000 men), refilled
// by 0.01 % (100 men) a month.
// Expect: a province can raise no more than its pool; what is raised is gone from it; the pool
// refills slowly.
#[test]
fn recruits_come_from_a_limited_pool_that_refills_slowly() {
    let mut s = World::tiny()
        .with(|sc| {
            sc.rules.economy.manpower_share = 0.003;
            sc.rules.economy.manpower_regrowth = 0.0001;
            sc.rules.economy.treasury[0] = Num::Lit(100.0);
        })
        .build(1);
    let capital = p(&s, "capital");
    assert_eq!(s.recruit_limit(Side::Republic, capital, 2), Ok(2000));
    let recruit = |men| Command::Recruit {
        province: "capital".into(),
        contingent: "regulars".into(),
        men,
    };
    s.apply(Side::Republic, &recruit(2000)).unwrap();
    s.resolve_month();
    assert!(
        (s.provinces[capital].manpower - 1100.0).abs() < 1e-6,
        "{}",
        s.provinces[capital].manpower
    );
    assert_eq!(s.recruit_limit(Side::Republic, capital, 2), Ok(1100));
    assert!(matches!(
        s.apply(Side::Republic, &recruit(1200)),
        Err(RuleError::TooManyRecruits { max: 1100, .. })
    ));
}

// Setup: the Republic orders 1,000 recruits in the capital, then withdraws them.
// Expect: the order is gone, the whole limit is free again, and at the month's end nobody was
// raised and nothing was spent on recruits.
#[test]
fn recruiting_can_be_withdrawn_within_the_month() {
    let mut s = World::tiny().build(1);
    let treasury = s.treasury[0];
    s.apply(Side::Republic, &recruit("capital", "regulars", 1000))
        .unwrap();
    s.apply(
        Side::Republic,
        &Command::CancelRecruits {
            province: "capital".into(),
        },
    )
    .unwrap();
    assert!(s.orders[0].is_empty(), "{:?}", s.orders[0]);
    assert_eq!(
        s.recruit_limit(Side::Republic, p(&s, "capital"), 2),
        Ok(2000)
    );
    assert!(matches!(
        s.apply(
            Side::Republic,
            &Command::CancelRecruits {
                province: "capitol".into()
            }
        ),
        Err(RuleError::Unknown { .. })
    ));
    let events = s.resolve_month();
    assert!(!events.iter().any(|e| matches!(e, Event::Recruited { .. })));
    assert_eq!(s.troops(Side::Republic), 0);
    assert!(
        (s.treasury[0] - (treasury + 4.0)).abs() < 1e-9,
        "{}",
        s.treasury[0]
    );
}

// Setup: a Republican garrison of regulars shut in the capital's walls.
// Action: the Republic raises 1,000 more regulars there.
// Expect: they form a new army free to march; the garrison keeps its own men.
#[test]
fn new_men_never_vanish_into_a_garrison() {
    let mut s = World::tiny()
        .army("G", Side::Republic, "capital", "regulars", 2000)
        .build(1);
    set_stance(&mut s, Side::Republic, "G", Stance::Garrison);
    s.apply(Side::Republic, &recruit("capital", "regulars", 1000))
        .unwrap();
    s.resolve_month();
    assert_eq!(men(&s, "G"), 2000);
    let fresh: Vec<_> = s
        .armies
        .iter()
        .filter(|a| a.side == Side::Republic && a.stance != Stance::Garrison)
        .collect();
    assert_eq!(fresh.len(), 1, "{:?}", s.armies);
    assert_eq!(fresh[0].strength(), 1000);
}

// Setup: 1,500 Imperial soldiers march into the north, the Republic's; with no bands there,
// then with 3,000 men in bands.
// Expect: without bands they seize the province; outnumbered by the bands they hold the towns
// but not the country, and the province is not theirs.
#[test]
fn bands_that_outnumber_a_garrison_keep_the_country() {
    let held_after_a_month = |bands: u32| {
        let mut s = World::tiny()
            .army("E", Side::Empire, "north", "imperial", 1500)
            .with(|sc| sc.provinces[0].guerrilla = bands)
            .build(1);
        s.resolve_month();
        s.holder(p(&s, "north"))
    };
    assert_eq!(held_after_a_month(0), Holder::Empire);
    assert_ne!(held_after_a_month(3000), Holder::Empire);
}

/// The port held by the Empire, and bands there past the size at which they gather into an
/// army.
fn bands_gathering_in_the_port(world: World) -> World {
    world.control("port", 80.0).with(|sc| {
        sc.rules.guerrilla.coalesce_at = 2000.0;
        sc.provinces[2].guerrilla = 4000;
    })
}

// Setup: the port held by the Empire but with no Imperial soldier in it, and bands past the
// size at which they gather into an army.
// Expect: a Republican army of national guards forms there, in the Empire's country.
#[test]
fn bands_gather_into_an_army_wherever_no_imperial_soldier_stands() {
    let mut s = bands_gathering_in_the_port(World::tiny()).build(1);
    assert_eq!(s.holder(p(&s, "port")), Holder::Empire);
    s.resolve_month();
    let formed = s
        .armies
        .iter()
        .find(|a| a.side == Side::Republic && a.location == p(&s, "port"));
    assert!(
        formed.is_some_and(|a| a.strength() >= 1000),
        "{:?}",
        s.armies
    );
}

// Setup: as above, with a Republican garrison of the same contingent already behind the
// port's walls.
// Expect: the bands form an army of their own (a garrison never marches out to take them in),
// and the news of it names that new army, not the garrison.
#[test]
fn the_news_of_gathering_bands_names_the_army_they_form() {
    let mut s = bands_gathering_in_the_port(World::tiny())
        .army("G", Side::Republic, "port", "guard", 500)
        .build(1);
    let garrison = army_id(&s, "G");
    let pos = s.army_pos(garrison).unwrap();
    s.armies[pos].stance = Stance::Garrison;
    let events = s.resolve_month();
    let port = p(&s, "port");
    let formed = s
        .armies
        .iter()
        .find(|a| a.side == Side::Republic && a.location == port && a.id != garrison)
        .unwrap_or_else(|| panic!("no army formed: {:?}", s.armies));
    let named: Vec<u32> = events
        .iter()
        .filter_map(|e| match e {
            Event::Recruited { province, army, .. } if *province == port => Some(*army),
            _ => None,
        })
        .collect();
    assert_eq!(named, vec![formed.id], "{events:?}");
}

// Setup: France has announced its withdrawal (schedule: half the corps after 2 months, the
// rest after 4); a French corps of 4,000 in the port; the evacuation runs twice as fast at
// the height of a European crisis.
// Action: three months, in calm and then with the crisis at its height.
// Expect: in calm only the first echelon has gone by then; in crisis the whole corps has.
#[test]
fn a_european_crisis_hurries_the_evacuation() {
    let french_after_three_months = |crisis: f64| {
        let mut s = World::tiny()
            .army("F", Side::Empire, "port", "french", 4000)
            .control("port", 80.0)
            .with(|sc| sc.rules.france.withdrawal_haste_per_crisis = 1.0)
            .build(1);
        s.france.status = FranceStatus::Withdrawing;
        s.france.announced = Some(s.month);
        let t = s.track_index("european_crisis").unwrap();
        s.tracks[t] = crisis;
        for _ in 0..3 {
            s.tracks[t] = crisis;
            s.resolve_month();
        }
        s.armies
            .iter()
            .filter(|a| a.side == Side::Empire)
            .map(|a| a.strength())
            .sum::<u32>()
    };
    let calm = french_after_three_months(0.0);
    assert!(calm > 0 && calm < 4000, "{calm}");
    assert_eq!(french_after_three_months(100.0), 0);
}
