//! Headless tests of the bridge between the game window and the rules: a click becomes the
//! right command, an event becomes the right change on screen, a month resolves off the
//! main thread, and a corrupt save is reported rather than fatal.
use aguila::client::Screen;
use aguila::client::bridge::{self, EndTurnRequest, Match, OrderRequest, Seat, SimEvent};
use aguila::client::input::{self, MapClicked, Selection};
use aguila::client::map::{self, MapMode, ProvinceFill};
use aguila::sim::event::{ControlCause, Event};
use aguila::sim::load::{load_scenario_file, parameter_values};
use aguila::sim::state::{Holder, Order};
use aguila::sim::{Command, GameState, Side};
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
    let mut app = App::new();
    app.add_plugins((MinimalPlugins, StatesPlugin))
        .init_state::<Screen>()
        .add_plugins((bridge::plugin, input::plugin))
        .init_resource::<MapMode>()
        .add_systems(Update, map::recolour_from_events);
    app.insert_resource(Match::new(state, [Seat::Human, Seat::Ai]));
    app
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
    });
    app.update();
    assert_eq!(app.world().resource::<Selection>().army, Some(army));

    app.world_mut().write_message(MapClicked {
        province: Some(target),
        army: None,
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
    let mut app = test_app(state);

    app.world_mut().write_message(MapClicked {
        province: None,
        army: Some(army),
    });
    app.update();
    app.world_mut().write_message(MapClicked {
        province: Some(target),
        army: None,
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
    let err = aguila::client::saves::load_game(&path).expect_err("the save is refused");
    assert!(err.contains("broken.ron"), "{err}");
    let state = new_game();
    let good = dir.path().join("good.ron");
    aguila::client::saves::save_game(&state, &good).expect("saves");
    let back = aguila::client::saves::load_game(&good).expect("loads back");
    assert_eq!(back.month, state.month);
}
