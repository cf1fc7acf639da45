//! Headless tests of the bridge between the game window and the rules: a click becomes the
//! right command, an event becomes the right change on screen, a month resolves off the
//! main thread, a corrupt save is reported rather than fatal, every panel control and its
//! hotkey become the right command (or show the rules' reason for refusing it), and hotseat
//! players never see each other's orders.
use aguila::client::Screen;
use aguila::client::bridge::{self, EndTurnRequest, Match, OrderRequest, Seat, SimEvent};
use aguila::client::controls::{self, Control, ControlState, ControlUsed};
use aguila::client::input::{self, MapClicked, Selection};
use aguila::client::map::{self, MapMode, ProvinceFill};
use aguila::client::schedule;
use aguila::client::words::WindowLang;
use aguila::sim::event::{ControlCause, Event};
use aguila::sim::load::{load_scenario_file, parameter_values};
use aguila::sim::scenario::Polity;
use aguila::sim::state::{Holder, Order, Stance};
use aguila::sim::{Command, GameState, Side};
use aguila::text::Lang;
use aguila::text::refusals::refusal;
use bevy::prelude::*;
use bevy::state::app::StatesPlugin;
use std::path::Path;
use std::time::{Duration, Instant};

fn new_game() -> GameState {
    let loaded = load_scenario_file(Path::new("scenarios/historical_1861.ron"))
        .expect("the historical scenario loads");
    let params = parameter_values(&loaded.scenario, &[]).expect("default parameters");
    GameState::new(loaded.scenario, params, 7)
}

/// The bridge and the click handling, with no window: the screen stays on the main menu,
/// so the systems that need a window never run.
fn test_app(state: GameState) -> App {
    seated_app(state, [Seat::Human, Seat::Ai])
}

fn seated_app(state: GameState, seats: [Seat; 2]) -> App {
    let mut app = App::new();
    app.add_plugins((MinimalPlugins, StatesPlugin))
        .init_state::<Screen>()
        .add_plugins((
            schedule::plugin,
            bridge::plugin,
            input::plugin,
            controls::plugin,
        ))
        .init_resource::<MapMode>()
        .init_resource::<WindowLang>()
        .add_systems(Update, map::recolour_from_events);
    app.insert_resource(Match::new(state, seats));
    app
}

/// The language the test window is shown in.
fn lang(app: &App) -> Lang {
    app.world().resource::<WindowLang>().0
}

/// What the panel's button for `control` would send now, as the panel computes it.
fn command_now(app: &App, control: Control) -> Result<Command, String> {
    controls::command_for(
        lang(app),
        control,
        app.world().resource::<Match>(),
        app.world().resource::<Selection>(),
        app.world().resource::<ControlState>(),
    )
}

/// Clicks a control's button (or presses its key): both send the same message.
fn use_control(app: &mut App, control: Control) {
    app.world_mut().write_message(ControlUsed(control));
    app.update();
}

fn select_army(app: &mut App, army: u32) {
    let location = app
        .world()
        .resource::<Match>()
        .state
        .army(army)
        .map(|a| a.location);
    let mut selection = app.world_mut().resource_mut::<Selection>();
    selection.army = Some(army);
    selection.province = location;
}

fn notice(app: &App) -> Option<bridge::Notice> {
    app.world().resource::<Match>().notice.clone()
}

/// The largest Republican army.
fn big_republican_army(state: &GameState) -> u32 {
    state
        .armies
        .iter()
        .filter(|a| a.side == Side::Republic)
        .max_by_key(|a| a.strength())
        .map(|a| a.id)
        .expect("a Republican army")
}

/// A Republican army and a neighbouring province free of enemies.
fn army_and_free_neighbour(state: &GameState) -> (u32, usize) {
    state
        .armies
        .iter()
        .filter(|a| a.side == Side::Republic)
        .find_map(|a| {
            state
                .reachable(Side::Republic, a.location)
                .into_iter()
                .find(|&(p, _)| state.strength_in(Side::Empire, p) == 0)
                .map(|(p, _)| (a.id, p))
        })
        .expect("some Republican army can march somewhere")
}

#[test]
fn clicking_an_army_then_a_province_orders_the_march_and_undo_withdraws_it() {
    let state = new_game();
    let (army, target) = army_and_free_neighbour(&state);
    let mut app = test_app(state);

    app.world_mut().write_message(MapClicked {
        province: None,
        army: Some(army),
        stack: None,
    });
    app.update();
    assert_eq!(app.world().resource::<Selection>().army, Some(army));

    app.world_mut().write_message(MapClicked {
        province: Some(target),
        army: None,
        stack: None,
    });
    app.update();
    let game = app.world().resource::<Match>();
    assert!(
        game.state.orders[Side::Republic.index()].contains(&Order::Move { army, to: target }),
        "the click became a move order: {:?}",
        game.state.orders
    );
    assert_eq!(game.undo, vec![army]);

    app.world_mut().write_message(OrderRequest {
        side: Side::Republic,
        command: Command::CancelOrder { army },
    });
    app.update();
    let game = app.world().resource::<Match>();
    assert!(game.state.orders[Side::Republic.index()].is_empty());
    assert!(game.undo.is_empty());
}

#[test]
fn clicking_a_province_with_enemy_troops_asks_to_confirm_with_the_odds() {
    let mut state = new_game();
    let (army, target) = army_and_free_neighbour(&state);
    // Put an Imperial army there, so that the march becomes an attack.
    let enemy = state
        .armies
        .iter()
        .position(|a| a.side == Side::Empire)
        .expect("an Imperial army");
    state.armies[enemy].location = target;
    // Past the truce of La Soledad, which forbids attacks.
    std::sync::Arc::make_mut(&mut state.scenario).truce = None;
    let mut app = test_app(state);

    app.world_mut().write_message(MapClicked {
        province: None,
        army: Some(army),
        stack: None,
    });
    app.update();
    app.world_mut().write_message(MapClicked {
        province: Some(target),
        army: None,
        stack: None,
    });
    app.update();
    let selection = app.world().resource::<Selection>();
    let attack = selection
        .attack
        .as_ref()
        .expect("an attack waits for confirmation");
    assert_eq!((attack.army, attack.province), (army, target));
    assert!((0.0..=1.0).contains(&attack.preview.win_chance));
    assert!(attack.preview.defender.men > 0);
    // Nothing is ordered until the player confirms.
    assert!(app.world().resource::<Match>().state.orders[Side::Republic.index()].is_empty());
}

#[test]
fn a_province_changing_hands_recolours_its_fill() {
    let mut app = test_app(new_game());
    let fill = app
        .world_mut()
        .spawn(ProvinceFill {
            index: 3,
            colour: map::holder_colour(Holder::Republic),
        })
        .id();
    let other = app
        .world_mut()
        .spawn(ProvinceFill {
            index: 4,
            colour: map::holder_colour(Holder::Republic),
        })
        .id();
    app.world_mut()
        .write_message(SimEvent(Event::ControlChanged {
            province: 3,
            from: Holder::Republic,
            to: Holder::Empire,
            cause: ControlCause::Occupation,
        }));
    app.update();
    assert_eq!(
        app.world().get::<ProvinceFill>(fill).map(|f| f.colour),
        Some(map::holder_colour(Holder::Empire))
    );
    assert_eq!(
        app.world().get::<ProvinceFill>(other).map(|f| f.colour),
        Some(map::holder_colour(Holder::Republic))
    );
}

#[test]
fn ending_the_turn_resolves_the_month_off_the_main_thread() {
    let state = new_game();
    let start = state.month;
    let mut app = test_app(state);
    app.world_mut().write_message(EndTurnRequest);
    app.update();
    // The month runs on a worker; the frame that asked for it may already pick it up if the
    // worker was quick, otherwise later frames do.
    {
        let game = app.world().resource::<Match>();
        assert!(game.resolving || game.state.month == start.plus(1));
    }
    let began = Instant::now();
    while app.world().resource::<Match>().resolving {
        assert!(
            began.elapsed() < Duration::from_secs(60),
            "the month never finished"
        );
        std::thread::sleep(Duration::from_millis(2));
        app.update();
    }
    let game = app.world().resource::<Match>();
    assert_eq!(game.state.month, start.plus(1));
    assert_eq!(game.held.len(), 2, "a point for the chart");
    assert!(
        game.chronicle.iter().any(|c| c.heading),
        "the chronicle has the month"
    );
    assert_eq!(game.active, Side::Republic);
    eprintln!(
        "end of turn to next move: {:.1} ms",
        game.last_turn_ms.unwrap_or_default()
    );
}

#[test]
fn a_refused_command_is_a_notice_not_a_crash() {
    let mut app = test_app(new_game());
    app.world_mut().write_message(OrderRequest {
        side: Side::Republic,
        command: Command::Disperse { army: 9999 },
    });
    app.update();
    let notice = app
        .world()
        .resource::<Match>()
        .notice
        .clone()
        .expect("a notice");
    assert!(notice.error);
    assert!(!notice.text.is_empty());
}

#[test]
fn a_corrupt_save_gives_a_clear_message() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("broken.ron");
    std::fs::write(&path, "(format_version: 1, scenario: oops").expect("write");
    let err =
        aguila::client::saves::load_game(Lang::english(), &path).expect_err("the save is refused");
    assert!(err.contains("broken.ron"), "{err}");
    let state = new_game();
    let good = dir.path().join("good.ron");
    let game = Match::new(state.clone(), [Seat::Human, Seat::Ai]);
    aguila::client::saves::save_game(Lang::english(), &game, &good).expect("saves");
    let (back, _) = aguila::client::saves::load_game(Lang::english(), &good).expect("loads back");
    assert_eq!(back.month, state.month);
}

#[test]
fn the_recruit_button_with_n_men_orders_that_recruit() {
    let state = new_game();
    // A province where the Republic can raise at least 300 men of some contingent.
    let (p, c) = (0..state.provinces.len())
        .find_map(|p| {
            controls::recruitable(&state, Side::Republic)
                .into_iter()
                .find(|&c| {
                    state
                        .recruit_limit(Side::Republic, p, c)
                        .is_ok_and(|m| m >= 300)
                })
                .map(|c| (p, c))
        })
        .expect("a province that raises men for the Republic");
    let mut app = test_app(state);
    app.world_mut().resource_mut::<Selection>().province = Some(p);
    {
        let mut controls = app.world_mut().resource_mut::<ControlState>();
        controls.recruit_men = 300;
        controls.recruit_contingent = None;
    }
    let game = app.world().resource::<Match>();
    let chosen = controls::recruit_contingent(
        &game.state,
        Side::Republic,
        p,
        app.world().resource::<ControlState>(),
    )
    .expect("a contingent to raise");
    assert!(
        game.state
            .recruit_limit(Side::Republic, p, chosen)
            .is_ok_and(|m| m >= 300),
        "the default contingent is one the province can raise ({c} could)"
    );
    let expected = Command::Recruit {
        province: game.state.province_id(p),
        contingent: game.state.contingent_id(chosen),
        men: 300,
    };
    assert_eq!(command_now(&app, Control::Recruit), Ok(expected));

    let spendable = game.state.spendable(Side::Republic);
    let shown = controls::recruit_price_shown(lang(&app), &game.state, chosen, 300);
    use_control(&mut app, Control::Recruit);
    let game = app.world().resource::<Match>();
    // The price the controls showed is what the rules set aside for the recruit.
    let set_aside = spendable - game.state.spendable(Side::Republic);
    assert!((set_aside - game.state.recruit_cost(chosen, 300)).abs() < 1e-9);
    assert_eq!(shown, lang(&app).money(set_aside));
    assert!(!shown.starts_with("0 "), "{shown}");
    // A handful of men costs pesos, not "0 thousand pesos".
    let few = controls::recruit_price_shown(lang(&app), &game.state, chosen, 7);
    assert!(few.ends_with(" pesos") && !few.starts_with("0 "), "{few}");
    assert!(
        game.state.orders[Side::Republic.index()].contains(&Order::Recruit {
            province: p,
            contingent: chosen,
            men: 300
        }),
        "{:?}",
        game.state.orders
    );
    assert!(game.notice.is_none(), "{:?}", game.notice);

    // The cancel button under the pending recruits withdraws them.
    use_control(&mut app, Control::CancelRecruits);
    let game = app.world().resource::<Match>();
    assert!(
        !game.state.orders[Side::Republic.index()]
            .iter()
            .any(|o| matches!(o, Order::Recruit { .. })),
        "{:?}",
        game.state.orders
    );
}

#[test]
fn detach_then_merge_split_and_join_the_army() {
    let state = new_game();
    let army = big_republican_army(&state);
    let before = state.army(army).map(|a| a.strength()).unwrap_or_default();
    let armies_before = state.armies.len();
    let mut app = test_app(state);
    select_army(&mut app, army);
    app.world_mut().resource_mut::<ControlState>().detach = Some((army, 250));
    assert_eq!(
        command_now(&app, Control::Detach),
        Ok(Command::Detach { army, men: 250 })
    );
    // Nothing to merge with yet, and the panel says why.
    let alone = command_now(&app, Control::Merge { into: None });
    let game = app.world().resource::<Match>();
    let location = game.state.army(army).map(|a| a.location);
    let others_here = game
        .state
        .armies
        .iter()
        .any(|a| a.side == Side::Republic && a.id != army && Some(a.location) == location);
    if !others_here {
        assert!(alone.is_err());
    }

    use_control(&mut app, Control::Detach);
    let game = app.world().resource::<Match>();
    assert_eq!(game.state.armies.len(), armies_before + 1);
    assert_eq!(
        game.state.army(army).map(|a| a.strength()),
        Some(before - 250)
    );
    let detachment = game
        .state
        .armies
        .iter()
        .max_by_key(|a| a.id)
        .expect("the new army");
    assert_eq!(detachment.strength(), 250);
    let detachment = detachment.id;

    // The hotkey's merge goes into the largest army beside it: the one it came from.
    select_army(&mut app, detachment);
    assert_eq!(
        command_now(&app, Control::Merge { into: None }),
        Ok(Command::Merge {
            army: detachment,
            into: army
        })
    );
    use_control(&mut app, Control::Merge { into: None });
    let game = app.world().resource::<Match>();
    assert_eq!(game.state.army(army).map(|a| a.strength()), Some(before));
    assert!(game.state.army(detachment).is_none());
}

#[test]
fn assign_puts_the_general_at_the_head_of_the_selected_army() {
    let state = new_game();
    let led = state
        .armies
        .iter()
        .filter(|a| a.side == Side::Republic && a.strength() >= 2)
        .find_map(|a| a.leader.map(|l| (a.id, l)))
        .expect("a Republican army with a general");
    let (army, leader) = led;
    let mut app = test_app(state);
    select_army(&mut app, army);
    use_control(&mut app, Control::Detach);
    let detachment = app
        .world()
        .resource::<Match>()
        .state
        .armies
        .iter()
        .max_by_key(|a| a.id)
        .map(|a| a.id)
        .expect("a detachment");
    select_army(&mut app, detachment);
    let leader_id = app.world().resource::<Match>().state.scenario.leaders[leader]
        .id
        .clone();
    assert_eq!(
        command_now(
            &app,
            Control::Assign {
                leader: Some(leader)
            }
        ),
        Ok(Command::Assign {
            leader: leader_id,
            army: detachment
        })
    );
    use_control(
        &mut app,
        Control::Assign {
            leader: Some(leader),
        },
    );
    let game = app.world().resource::<Match>();
    assert_eq!(
        game.state.army(detachment).and_then(|a| a.leader),
        Some(leader)
    );
    assert_eq!(game.state.army(army).and_then(|a| a.leader), None);
}

#[test]
fn stance_and_disperse_controls_and_their_keys() {
    let state = new_game();
    let army = big_republican_army(&state);
    let mut app = test_app(state);
    select_army(&mut app, army);
    let current = app
        .world()
        .resource::<Match>()
        .state
        .army(army)
        .map(|a| a.stance);
    let other = if current == Some(Stance::Evade) {
        Stance::Field
    } else {
        Stance::Evade
    };
    use_control(&mut app, Control::Stance(other));
    assert_eq!(
        app.world()
            .resource::<Match>()
            .state
            .army(army)
            .map(|a| a.stance),
        Some(other)
    );
    // Already there: the button is greyed with its reason, and the key says why.
    let refused = command_now(&app, Control::Stance(other)).expect_err("already in that stance");
    use_control(&mut app, Control::Stance(other));
    let n = notice(&app).expect("a notice");
    assert!(n.error);
    assert_eq!(n.text, refused);

    use_control(&mut app, Control::Disperse);
    assert!(
        app.world().resource::<Match>().state.orders[Side::Republic.index()]
            .contains(&Order::Disperse { army })
    );
    assert!(command_now(&app, Control::Disperse).is_err());

    // The keys ask for the same controls.
    let mut keys = ButtonInput::<KeyCode>::default();
    keys.press(KeyCode::KeyR);
    keys.press(KeyCode::KeyB);
    assert_eq!(
        controls::controls_for_keys(&keys, Side::Republic),
        vec![Control::Recruit, Control::Disperse]
    );
    let mut keys = ButtonInput::<KeyCode>::default();
    for key in [KeyCode::KeyX, KeyCode::KeyJ, KeyCode::KeyL, KeyCode::KeyG] {
        keys.press(key);
    }
    assert_eq!(
        controls::controls_for_keys(&keys, Side::Republic),
        vec![
            Control::Stance(Stance::Garrison),
            Control::Detach,
            Control::Merge { into: None },
            Control::Assign { leader: None }
        ]
    );
    // The Empire's keys do nothing for the Republic.
    let mut keys = ButtonInput::<KeyCode>::default();
    keys.press(KeyCode::BracketRight);
    keys.press(KeyCode::Period);
    assert!(controls::controls_for_keys(&keys, Side::Republic).is_empty());
    assert_eq!(
        controls::controls_for_keys(&keys, Side::Empire),
        vec![
            Control::Policy { liberal: true },
            Control::RepressionStep { up: true }
        ]
    );
}

#[test]
fn the_empire_sets_repression_and_once_crowned_its_policy() {
    let mut app = seated_app(new_game(), [Seat::Ai, Seat::Human]);
    assert_eq!(app.world().resource::<Match>().active, Side::Empire);
    // No emperor yet: the rules refuse, and the player reads why.
    let state = &app.world().resource::<Match>().state;
    let expected = refusal(
        lang(&app),
        state,
        &state
            .check(Side::Empire, &Command::SetPolicy { value: 25.0 })
            .expect_err("no emperor in 1861"),
    );
    assert_eq!(
        command_now(&app, Control::Policy { liberal: true }),
        Err(expected.clone())
    );
    use_control(&mut app, Control::Policy { liberal: true });
    assert_eq!(notice(&app).map(|n| n.text), Some(expected));

    use_control(&mut app, Control::RepressionStep { up: true });
    assert_eq!(app.world().resource::<Match>().state.repression, 1.0);
    use_control(&mut app, Control::Repression(3));
    assert_eq!(app.world().resource::<Match>().state.repression, 3.0);

    app.world_mut().resource_mut::<Match>().state.polity = Polity::Empire;
    use_control(&mut app, Control::Policy { liberal: false });
    assert_eq!(app.world().resource::<Match>().state.policy, -25.0);
    assert_eq!(
        command_now(&app, Control::Policy { liberal: true }),
        Ok(Command::SetPolicy { value: 0.0 })
    );
}

#[test]
fn a_refused_control_shows_the_rules_reason() {
    let mut state = new_game();
    // A province that has turned against the Republic will not raise men for it.
    let p = (0..state.provinces.len())
        .find(|&p| state.holder(p) == Holder::Republic)
        .expect("a Republican province");
    state.provinces[p].support[Side::Republic.index()] = 0.0;
    let c = controls::recruitable(&state, Side::Republic)[0];
    let cmd = Command::Recruit {
        province: state.province_id(p),
        contingent: state.contingent_id(c),
        men: 1000,
    };
    let reason = refusal(
        Lang::english(),
        &state,
        &state.check(Side::Republic, &cmd).expect_err("refused"),
    );
    let mut app = test_app(state);
    app.world_mut().resource_mut::<Selection>().province = Some(p);
    // The button is greyed and its tooltip gives the rules' reason…
    assert_eq!(command_now(&app, Control::Recruit), Err(reason.clone()));
    // …and the hotkey shows it in the status line, with nothing ordered.
    use_control(&mut app, Control::Recruit);
    let n = notice(&app).expect("a notice");
    assert!(n.error);
    assert_eq!(n.text, reason);
    assert!(app.world().resource::<Match>().state.orders[Side::Republic.index()].is_empty());
    // The Republic has no say on repression: the reason is the rules'.
    assert_eq!(
        command_now(&app, Control::Repression(2)),
        Err(refusal(
            lang(&app),
            &app.world().resource::<Match>().state,
            &aguila::sim::RuleError::EmpireOnly
        ))
    );
}

#[test]
fn hotseat_players_never_see_each_others_orders() {
    let state = new_game();
    let (army, target) = army_and_free_neighbour(&state);
    let to = state.province_id(target);
    let start = state.month;
    let mut app = seated_app(state, [Seat::Human, Seat::Human]);
    select_army(&mut app, army);
    app.world_mut().write_message(OrderRequest {
        side: Side::Republic,
        command: Command::Move { army, to },
    });
    app.update();
    let republic_order = Order::Move { army, to: target };
    assert_eq!(
        app.world().resource::<Match>().shown_orders(),
        &[republic_order.clone()][..]
    );

    // The Republic ends its turn: the seat is handed over behind a cover.
    app.world_mut().write_message(EndTurnRequest);
    app.update();
    {
        let game = app.world().resource::<Match>();
        assert!(game.handover);
        assert_eq!(game.active, Side::Empire);
        assert!(game.shown_orders().is_empty());
        assert!(game.undo.is_empty(), "no undo of the other player's orders");
    }
    assert_eq!(
        *app.world().resource::<Selection>(),
        Selection::default(),
        "the previous player's selection is gone"
    );

    // The Empire takes the seat: it sees its own orders only.
    app.world_mut().write_message(EndTurnRequest);
    app.update();
    let (empire_army, empire_target) = {
        let game = app.world().resource::<Match>();
        assert!(!game.handover);
        assert!(!game.shown_orders().contains(&republic_order));
        game.state
            .armies
            .iter()
            .filter(|a| a.side == Side::Empire)
            .find_map(|a| {
                game.state
                    .reachable(Side::Empire, a.location)
                    .into_iter()
                    .find(|&(p, _)| game.state.strength_in(Side::Republic, p) == 0)
                    .map(|(p, _)| (a.id, p))
            })
            .expect("an Imperial army can march")
    };
    let to = app
        .world()
        .resource::<Match>()
        .state
        .province_id(empire_target);
    app.world_mut().write_message(OrderRequest {
        side: Side::Empire,
        command: Command::Move {
            army: empire_army,
            to,
        },
    });
    app.update();
    assert_eq!(
        app.world().resource::<Match>().shown_orders(),
        &[Order::Move {
            army: empire_army,
            to: empire_target
        }][..]
    );

    // The Empire ends the turn: the month is played, then the Republic takes the seat
    // behind the cover again.
    app.world_mut().write_message(EndTurnRequest);
    app.update();
    let began = Instant::now();
    while app.world().resource::<Match>().resolving {
        assert!(began.elapsed() < Duration::from_secs(60));
        std::thread::sleep(Duration::from_millis(2));
        app.update();
    }
    let game = app.world().resource::<Match>();
    assert_eq!(game.state.month, start.plus(1));
    assert_eq!(game.active, Side::Republic);
    assert!(game.handover);
    assert!(game.shown_orders().is_empty());
}

// Setup: the main menu with the historical scenario, the computer as the opponent, set to hard.
// Action: start the campaign, then let the month worker play a few months for both sides.
// Expect: the match keeps the chosen difficulty, and the worker plays exactly the AI's orders
// at that level (what `sim::ai` gives), which differ from the easy level's.
#[test]
fn the_menus_difficulty_reaches_the_ai() {
    use aguila::client::menu::MenuState;
    use aguila::sim::ai::{self, Difficulty};
    let loaded = load_scenario_file(Path::new("scenarios/historical_1861.ron"))
        .expect("the historical scenario loads");
    let mut menu = MenuState::new("scenarios/historical_1861.ron".into());
    menu.params = parameter_values(&loaded.scenario, &[]).expect("default parameters");
    menu.scenario = Some(Ok(loaded.scenario));
    menu.difficulty = Difficulty::Hard;
    let game = menu.start(Lang::english()).expect("the campaign starts");
    assert_eq!(game.levels, [Difficulty::Hard; 2]);
    assert_eq!(game.seats, [Seat::Human, Seat::Ai]);

    let play = |level: Difficulty| {
        let mut worker = new_game();
        let mut direct = new_game();
        for _ in 0..24 {
            worker = bridge::play_month(worker, &Side::BOTH, [level; 2]).state;
            ai::play_month(&mut direct, [level; 2]);
        }
        let worker = serde_json::to_string(&worker).expect("serialisable");
        assert_eq!(
            worker,
            serde_json::to_string(&direct).expect("serialisable")
        );
        worker
    };
    assert_ne!(play(Difficulty::Hard), play(Difficulty::Easy));
}

// Setup: hotseat; two pop-ups are queued: a choice for the Empire's player, then news.
// Expect: while the Republic's player is at the screen, the news shows and the Empire's choice
// waits; once the Empire's player takes the seat, the choice shows.
#[test]
fn in_hotseat_a_choice_waits_for_its_player() {
    let mut game = Match::new(new_game(), [Seat::Human, Seat::Human]);
    let month = game.state.month;
    game.popups.push_back(bridge::Popup {
        event: 0,
        month,
        chooser: Some(Side::Empire),
    });
    game.popups.push_back(bridge::Popup {
        event: 1,
        month,
        chooser: None,
    });
    game.active = Side::Republic;
    assert_eq!(
        game.visible_popup().map(|(i, p)| (i, p.event)),
        Some((1, 1))
    );
    game.active = Side::Empire;
    assert_eq!(
        game.visible_popup().map(|(i, p)| (i, p.event)),
        Some((0, 0))
    );

    // Against the computer, the computer's choices are news for the player.
    let mut solo = Match::new(new_game(), [Seat::Human, Seat::Ai]);
    solo.popups.push_back(bridge::Popup {
        event: 0,
        month,
        chooser: Some(Side::Empire),
    });
    assert_eq!(solo.visible_popup().map(|(i, _)| i), Some(0));
}
