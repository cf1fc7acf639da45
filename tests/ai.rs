//! The AI: it plays by the rules' information only (never the random generator), its aims
//! come from the scenario's strategy, the Republic avoids battles it would lose, the Empire
//! gathers its columns and answers the guerrilla, and the difficulty changes how well it
//! plays.
mod common;

use aguila::sim::ai::{self, Difficulty};
use aguila::sim::load;
use aguila::sim::scenario::{Side, StrategyDef};
use aguila::sim::state::Stance;
use aguila::sim::view::{self, View};
use aguila::sim::{Command, GameState, RuleError, rng};
use common::*;

/// A strategy for `side` that cares only about what the test sets.
fn plain(side: Side) -> StrategyDef {
    StrategyDef {
        customs: 0.0,
        silver: 0.0,
        capital: 0.0,
        garrison: 0,
        concentrate: false,
        disperse_below: 0,
        ..StrategyDef::default_for(side)
    }
}

// Setup: the historical campaign after a year and a half of AI play.
// Action: give the same position a different random generator.
// Expect: every level of the AI gives exactly the same orders for both sides.
#[test]
fn the_ai_never_reads_the_random_generator() {
    let mut state = historical(3);
    for _ in 0..18 {
        ai::play_month(&mut state, [Difficulty::Normal; 2]);
    }
    let mut reseeded = state.clone();
    reseeded.rng = rng::seeded(987_654);
    for level in Difficulty::ALL {
        for side in Side::BOTH {
            assert_eq!(
                ai::orders(&state, side, level),
                ai::orders(&reseeded, side, level),
                "{side:?} at {level:?}"
            );
        }
    }
}

// Setup: an Imperial army in the capital, an empty customs port on one side and an empty
// border province on the other.
// Action: ask the AI for its orders under two strategies.
// Expect: weighting customs sends it to the port; weighting the US border sends it north.
#[test]
fn the_scenarios_strategy_decides_where_the_ai_marches() {
    let target = |strategy: StrategyDef| {
        let state = World::tiny()
            .army("E", Side::Empire, "capital", "imperial", 5000)
            .control("capital", 80.0)
            .with(|s| s.strategy = vec![strategy])
            .build(1);
        ai::orders(&state, Side::Empire, Difficulty::Normal)
            .into_iter()
            .find_map(|c| match c {
                Command::Move { to, .. } => Some(to),
                _ => None,
            })
    };
    let ports = StrategyDef {
        customs: 1.0,
        ..plain(Side::Empire)
    };
    let border = StrategyDef {
        us_border: 20.0,
        ..plain(Side::Empire)
    };
    assert_eq!(target(ports).as_deref(), Some("port"));
    assert_eq!(target(border).as_deref(), Some("north"));
}

// Setup: a small Republican army in the north, a French army ten times its size next door.
// Action: the Republic's AI gives its orders, first at home, then in country the Empire holds.
// Expect: at home it evades; in occupied country it melts into the guerrilla instead.
#[test]
fn the_republic_avoids_a_battle_it_would_lose() {
    let strategy = StrategyDef {
        avoid_odds: 0.6,
        disperse_below: 1500,
        ..plain(Side::Republic)
    };
    let world = |north_control: f64| {
        World::tiny()
            .army("R", Side::Republic, "north", "regulars", 1000)
            .army("E", Side::Empire, "capital", "french", 10000)
            .control("north", north_control)
            .control("capital", 80.0)
            .with(|s| s.strategy = vec![strategy.clone()])
            .build(1)
    };
    let at_home = world(-70.0);
    let r = army_id(&at_home, "R");
    let orders = ai::orders(&at_home, Side::Republic, Difficulty::Normal);
    assert!(
        orders.contains(&Command::SetStance {
            army: r,
            stance: Stance::Evade
        }),
        "{orders:?}"
    );
    let occupied = world(70.0);
    let orders = ai::orders(&occupied, Side::Republic, Difficulty::Normal);
    assert!(
        orders.contains(&Command::Disperse { army: r }),
        "{orders:?}"
    );

    // The same army with odds on its side stands and fights.
    let strong = World::tiny()
        .army("R", Side::Republic, "north", "regulars", 30000)
        .army("E", Side::Empire, "capital", "imperial", 1000)
        .control("capital", 80.0)
        .with(|s| s.strategy = vec![strategy.clone()])
        .build(1);
    let orders = ai::orders(&strong, Side::Republic, Difficulty::Normal);
    assert!(
        orders.contains(&Command::Move {
            army: army_id(&strong, "R"),
            to: "capital".into()
        }),
        "{orders:?}"
    );
}

// Setup: two Imperial columns in the capital.
// Action: the Empire's AI gives its orders with and without concentration in its strategy.
// Expect: with it, the smaller column is merged into the larger; without it, none is.
#[test]
fn the_empire_gathers_its_columns_when_its_strategy_says_so() {
    let orders = |concentrate: bool| {
        let state = World::tiny()
            .army("Big", Side::Empire, "capital", "imperial", 6000)
            .army("Small", Side::Empire, "capital", "imperial", 2000)
            .control("capital", 80.0)
            .with(|s| {
                s.strategy = vec![StrategyDef {
                    concentrate,
                    ..plain(Side::Empire)
                }]
            })
            .build(1);
        let merge = Command::Merge {
            army: army_id(&state, "Small"),
            into: army_id(&state, "Big"),
        };
        ai::orders(&state, Side::Empire, Difficulty::Normal).contains(&merge)
    };
    assert!(orders(true));
    assert!(!orders(false));
}

// Setup: guerrillas of 250 men in all; the Empire's strategy raises repression at 100, 200
// and 300.
// Expect: the AI orders repression level 2, and nothing when the bands are fewer than 100.
#[test]
fn repression_rises_with_the_guerrilla() {
    let orders = |bands: u32| {
        let state = World::tiny()
            .army("E", Side::Empire, "capital", "imperial", 3000)
            .control("capital", 80.0)
            .with(|s| {
                s.strategy = vec![StrategyDef {
                    repression_at: vec![100.0, 200.0, 300.0],
                    ..plain(Side::Empire)
                }];
                s.provinces[0].guerrilla = bands;
            })
            .build(1);
        ai::orders(&state, Side::Empire, Difficulty::Normal)
            .into_iter()
            .find(|c| matches!(c, Command::SetRepression { .. }))
    };
    assert_eq!(orders(250), Some(Command::SetRepression { level: 2 }));
    assert_eq!(orders(50), None);
}

// Setup: the historical campaign, the same twelve seeds twice.
// Action: a hard Republic against an easy Empire, then an easy Republic against a hard Empire.
// Expect: when the Republic plays better, it wins the war clearly sooner, and at least as
// often.
#[test]
fn a_harder_ai_plays_better_with_the_same_means() {
    // Months from the start until the war ends, and the Republic's victories, over twelve
    // seeds.
    let war = |levels: [Difficulty; 2]| -> (i32, usize) {
        let start = aguila::sim::Month::new(1861, 12);
        (0..12).fold((0, 0), |(months, wins), seed| {
            let mut state = historical(100 + seed);
            while state.outcome.is_none() {
                ai::play_month(&mut state, levels);
            }
            let won = state
                .outcome
                .as_ref()
                .is_some_and(|o| o.winner == Some(Side::Republic));
            (
                months + state.month.months_since(start),
                wins + usize::from(won),
            )
        })
    };
    let (end_strong, wins_strong) = war([Difficulty::Hard, Difficulty::Easy]);
    let (end_weak, wins_weak) = war([Difficulty::Easy, Difficulty::Hard]);
    eprintln!(
        "hard Republic: {end_strong} months, {wins_strong} wins; easy: {end_weak}, {wins_weak}"
    );
    assert!(
        end_strong + 24 < end_weak && wins_strong >= wins_weak,
        "a hard Republic ended the war in {end_strong} months (summed) with {wins_strong} \
         victories, an easy one in {end_weak} with {wins_weak}"
    );
}

// Setup: the historical scenario with a strategy error: odds above 1, then a side given
// twice.
// Expect: `check` finds each at its place, with a stable code.
#[test]
fn strategy_mistakes_are_reported_where_they_are() {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/historical_1861.ron");
    let text = std::fs::read_to_string(&path).expect("readable");
    let odds = text.replacen("attack_odds: 0.6,", "attack_odds: 1.6,", 1);
    let err = load::load_scenario_str(&odds, "odds.ron").expect_err("odds above 1 are refused");
    let load::LoadError::Invalid { diagnostics, .. } = err else {
        panic!("expected diagnostics");
    };
    let d = diagnostics
        .iter()
        .find(|d| {
            aguila::text::Lang::english()
                .render(&d.message)
                .contains("strategy.attack_odds")
        })
        .expect("the odds are named");
    let line = text[..text.find("attack_odds: 0.6,").unwrap()]
        .lines()
        .count();
    assert_eq!(d.line, line, "{d:?}");

    let twice = text.replacen(
        "side: Republic,\n            customs",
        "side: Empire,\n            customs",
        1,
    );
    let err = load::load_scenario_str(&twice, "twice.ron").expect_err("two Empire strategies");
    let load::LoadError::Invalid { diagnostics, .. } = err else {
        panic!("expected diagnostics");
    };
    assert!(
        diagnostics.iter().any(|d| d.code == "strategy-twice"),
        "{diagnostics:?}"
    );
}

// Setup: an Imperial army of 9,000 holding the capital, an empty Republican province beyond it,
// and 6,000 Republicans under a good general in the port next door: too few to take the
// capital while the army stands there, enough to take it from a garrison of 1,000.
// Action: ask the AI for the Empire's orders.
// Expect: it does not march off to the empty province and leave its base to the enemy.
#[test]
fn an_army_does_not_march_past_an_enemy_that_would_retake_its_base() {
    let state = World::tiny()
        .army("E", Side::Empire, "capital", "imperial", 9000)
        .army("R", Side::Republic, "port", "regulars", 6000)
        .led_by("general_r")
        .control("capital", 80.0)
        .control("port", -80.0)
        .control("north", -80.0)
        .with(|s| {
            s.strategy = vec![StrategyDef {
                garrison: 1000,
                garrison_value: 0.0,
                ..plain(Side::Empire)
            }]
        })
        .build(1);
    let orders = ai::orders(&state, Side::Empire, Difficulty::Normal);
    assert!(
        !orders
            .iter()
            .any(|c| matches!(c, Command::Move { to, .. } if &**to == "north")),
        "{orders:?}"
    );
}

// Setup: 5,000 Republicans shut in the capital's fortress with no enemy anywhere.
// Expect: they march out of the walls (the Republic must be able to take the field again).
#[test]
fn a_fortress_garrison_marches_out_when_no_enemy_is_near() {
    let mut state = World::tiny()
        .army("R", Side::Republic, "capital", "regulars", 5000)
        .control("capital", -80.0)
        .build(1);
    set_stance(&mut state, Side::Republic, "R", Stance::Garrison);
    let field = Command::SetStance {
        army: army_id(&state, "R"),
        stance: Stance::Field,
    };
    assert!(ai::orders(&state, Side::Republic, Difficulty::Normal).contains(&field));
}

// Setup: the historical campaign at the normal level, eight seeds.
// Expect: as a rule the Intervention does not slip past Puebla to the capital in 1862: it
// assaults Puebla (Lorencez's overconfidence) and is repulsed, and the capital is still the
// Republic's in August 1862 (it fell in June 1863; docs/history/calibration.md §1). A war can
// go otherwise now and then, so the test asks it of most seeds (five in eight).
#[test]
fn the_intervention_is_stopped_at_puebla_in_1862() {
    let mut as_in_history = Vec::new();
    for seed in 1..=8 {
        let mut state = historical(seed);
        let puebla = p(&state, "puebla");
        let capital = p(&state, "distrito_federal");
        let (mut repulsed, mut capital_held) = (false, true);
        while state.month < aguila::sim::Month::new(1863, 1) {
            if state.month <= aguila::sim::Month::new(1862, 8)
                && state.holder(capital).side() == Some(Side::Empire)
            {
                capital_held = false;
            }
            let (_, events) = ai::play_month(&mut state, [Difficulty::Normal; 2]);
            repulsed |= events.iter().any(|e| {
                matches!(e, aguila::sim::Event::Battle { province, attacker: Side::Empire, winner: Side::Republic, .. } if *province == puebla)
            });
        }
        if repulsed && capital_held {
            as_in_history.push(seed);
        }
    }
    assert!(
        as_in_history.len() >= 5,
        "stopped at Puebla in 1862 only with seeds {as_in_history:?} of 1–8"
    );
}

/// The index of the contingent with id `id`.
fn index_of(state: &GameState, id: &str) -> usize {
    state
        .scenario
        .contingents
        .iter()
        .position(|d| d.id == id)
        .expect("a contingent")
}

// Setup: the historical start, the Republic's treasury set to what 350 men of the first
// contingent it raises would cost.
// Action: the AI's recruiting spends that budget; the orders are given to the rules.
// Expect: the rules accept every recruit and charge what the AI counted; one more company is
// refused at the rules' price.
#[test]
fn the_ai_and_the_rules_agree_on_a_recruits_price() {
    let mut state = historical(1);
    let side = Side::Republic;
    let c = view::recruiting_contingents(&state, side)[0];
    let budget = state.recruit_cost(c, 350);
    assert!(budget > 0.0);
    state.treasury[side.index()] = budget;
    let seen = View::new(&state, vec![1.0; state.provinces.len()]);
    let mut out = Vec::new();
    view::recruit(&state, &seen, side, budget, &mut out);
    assert!(!out.is_empty(), "the AI recruits");
    let mut spent = 0.0;
    for cmd in &out {
        let Command::Recruit {
            contingent, men, ..
        } = cmd
        else {
            panic!("only recruits: {cmd:?}")
        };
        spent += state.recruit_cost(index_of(&state, contingent), *men);
        state
            .apply(side, cmd)
            .expect("the rules accept the AI's recruit");
    }
    assert!(spent <= budget);
    assert_eq!(state.spendable(side), budget - spent);
    let Some(Command::Recruit {
        province,
        contingent,
        ..
    }) = out.first().cloned()
    else {
        unreachable!("checked above")
    };
    let more_of = contingent.clone();
    let more = Command::Recruit {
        province,
        contingent,
        men: 100,
    };
    match state.check(side, &more) {
        Err(RuleError::CannotAfford {
            men,
            cost,
            available,
        }) => {
            assert_eq!(men, 100);
            assert_eq!(cost, state.recruit_cost(index_of(&state, &more_of), 100));
            assert_eq!(available, state.spendable(side));
        }
        other => panic!("refused for its price: {other:?}"),
    }
}
