//! Headless tests of the map a new player reads: one stack per side per province, inside it
//! and never over another; a stack opens to its armies; the odds count every army ordered
//! against a province, row by row; a click that gives no order says why; the objectives
//! are the rules' own tests of the state.
use aguila::client::Screen;
use aguila::client::bridge::{self, Match, OrderRequest, Seat};
use aguila::client::camera::{MapView, MapViewport};
use aguila::client::hud::attack::odds_rows;
use aguila::client::hud::hover::{Hint, march_hint};
use aguila::client::hud::objectives::ways_to_win;
use aguila::client::input::{self, MapClicked, Selection, enemy_here_reason};
use aguila::client::map::MapMode;
use aguila::client::map_data::{self, MapData};
use aguila::client::stacks::{self, COUNTER};
use aguila::client::words::WindowLang;
use aguila::client::{controls, schedule};
use aguila::sim::load::{load_scenario_file, parameter_values};
use aguila::sim::state::{Holder, Stance};
use aguila::sim::turn::battle;
use aguila::sim::{Command, GameState, Side};
use aguila::text::Lang;
use aguila::text::refusals::refusal;
use bevy::prelude::*;
use bevy::state::app::StatesPlugin;
use std::path::Path;

fn new_game() -> GameState {
    let loaded = load_scenario_file(Path::new("scenarios/historical_1861.ron"))
        .expect("the historical scenario loads");
    let params = parameter_values(&loaded.scenario, &[]).expect("default parameters");
    GameState::new(loaded.scenario, params, 7)
}

fn map() -> MapData {
    MapData::builtin().expect("the map loads")
}

fn test_app(state: GameState) -> App {
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
        .init_resource::<WindowLang>();
    app.insert_resource(Match::new(state, [Seat::Human, Seat::Ai]));
    app
}

fn lang(app: &App) -> Lang {
    app.world().resource::<WindowLang>().0
}

fn select_army(app: &mut App, army: u32) {
    app.world_mut().write_message(MapClicked {
        province: None,
        army: Some(army),
        stack: None,
    });
    app.update();
    assert_eq!(app.world().resource::<Selection>().army, Some(army));
}

fn click_province(app: &mut App, p: usize) {
    app.world_mut().write_message(MapClicked {
        province: Some(p),
        army: None,
        stack: None,
    });
    app.update();
}

/// A crowded war: every army of both sides piled into the four small provinces round the
/// capital (and Puebla), where the counters of the old map ran over one another.
fn crowded(mut state: GameState) -> GameState {
    let heart: Vec<usize> = ["distrito_federal", "tlaxcala", "mexico", "puebla"]
        .iter()
        .map(|id| state.province_index(id).expect("known province"))
        .collect();
    for (i, a) in state.armies.iter_mut().enumerate() {
        a.location = heart[i % heart.len()];
    }
    state
}

fn viewport() -> MapViewport {
    // The map between the top bar, the chronicle and the side panel of a 1280×800 window.
    MapViewport {
        min: Vec2::new(0.0, 48.0),
        max: Vec2::new(980.0, 640.0),
        window: Vec2::new(1280.0, 800.0),
        pointer_over_window: false,
        measured: true,
    }
}

// Setup: the opening armies, and the same armies crowded round the capital; the view fitted
// to the whole map and zoomed from the closest to the farthest the camera allows, centred on
// the capital.
// Expect: one marker per side per province with armies, standing for all of them; no two
// markers overlap; each stands inside its province, or (a province too small at that zoom)
// is joined by its line to a point inside it.
#[test]
fn stacks_are_one_marker_per_side_per_province_inside_it_and_never_overlap() {
    let map = map();
    let vp = viewport();
    for state in [new_game(), crowded(new_game())] {
        let capital = map.shape("distrito_federal").expect("the capital").label;
        for units_per_px in [0.12, 0.25, 0.5, 0.8, 1.2, 1.6, 2.5, 4.0] {
            let view = MapView {
                centre: Vec2::new(capital.x, capital.y),
                units_per_px,
                fit_pending: false,
            };
            let layout = stacks::counter_layout(&map, &state, &view, &vp);
            let mut counted: Vec<u32> = layout.iter().flat_map(|c| c.armies.clone()).collect();
            counted.sort_unstable();
            let mut all: Vec<u32> = state.armies.iter().map(|a| a.id).collect();
            all.sort_unstable();
            assert_eq!(counted, all, "every army is in exactly one marker");
            for (i, c) in layout.iter().enumerate() {
                assert!(c.armies.iter().all(|id| {
                    let a = state.army(*id).expect("army");
                    a.location == c.province && a.side == c.side
                }));
                assert!(((c.max - c.min) - COUNTER).length() < 1e-3);
                let shape = map
                    .shape(&state.scenario.provinces[c.province].id)
                    .expect("outline");
                let anchor = view.to_world(&vp, c.anchor);
                assert!(
                    map_data::province_contains(shape, anchor.x, anchor.y),
                    "{} at zoom {units_per_px}: its marker points outside it",
                    shape.id
                );
                if !c.called_out() {
                    let centre = view.to_world(&vp, c.centre());
                    assert!(map_data::province_contains(shape, centre.x, centre.y));
                }
                for d in &layout[i + 1..] {
                    assert!((c.province, c.side) != (d.province, d.side));
                    let apart = c.max.x <= d.min.x
                        || d.max.x <= c.min.x
                        || c.max.y <= d.min.y
                        || d.max.y <= c.min.y;
                    assert!(
                        apart,
                        "zoom {units_per_px}: the markers of {} and {} overlap",
                        c.province, d.province
                    );
                }
            }
        }
    }
}

// Setup: three Republican armies in one province; the player clicks their marker.
// Expect: the list of the stack opens (nothing is ordered, no army is chosen for it); the
// list holds all three, largest first.
#[test]
fn a_stack_opens_to_the_list_of_its_armies() {
    let mut state = new_game();
    let ids: Vec<u32> = state
        .armies
        .iter()
        .filter(|a| a.side == Side::Republic)
        .take(3)
        .map(|a| a.id)
        .collect();
    assert_eq!(ids.len(), 3);
    let p = state.army(ids[0]).unwrap().location;
    for a in state.armies.iter_mut().filter(|a| ids.contains(&a.id)) {
        a.location = p;
    }
    let mut app = test_app(state);
    app.world_mut().write_message(MapClicked {
        province: Some(p),
        army: None,
        stack: Some((p, Side::Republic)),
    });
    app.update();
    let selection = app.world().resource::<Selection>();
    assert_eq!(selection.stack, Some((p, Side::Republic)));
    assert_eq!(selection.province, Some(p));
    assert_eq!(selection.army, None);
    let game = app.world().resource::<Match>();
    assert!(game.state.orders[Side::Republic.index()].is_empty());
    let listed: Vec<u32> = aguila::client::hud::stack_list::stack_armies(game, p, Side::Republic)
        .iter()
        .map(|a| a.id)
        .collect();
    let mut expected: Vec<(u32, u32)> = game
        .state
        .armies
        .iter()
        .filter(|a| a.location == p && a.side == Side::Republic)
        .map(|a| (a.strength(), a.id))
        .collect();
    expected.sort_by_key(|&(men, id)| (std::cmp::Reverse(men), id));
    assert_eq!(
        listed,
        expected.into_iter().map(|(_, id)| id).collect::<Vec<_>>()
    );
    assert!(listed.len() >= 3);
}

/// Two Republican armies that can both reach one province, and that province.
fn two_armies_and_a_common_target(state: &GameState) -> (u32, u32, usize) {
    let mine: Vec<_> = state
        .armies
        .iter()
        .filter(|a| a.side == Side::Republic)
        .collect();
    for a in &mine {
        for b in &mine {
            if a.id == b.id || a.location == b.location {
                continue;
            }
            let from_b = state.reachable(Side::Republic, b.location);
            if let Some((p, _)) = state
                .reachable(Side::Republic, a.location)
                .into_iter()
                .find(|(p, _)| *p != b.location && from_b.iter().any(|(q, _)| q == p))
            {
                return (a.id, b.id, p);
            }
        }
    }
    panic!("no two Republican armies can reach one province");
}

// Setup: an Imperial army put in a province two Republican armies can reach; the first is
// ordered there, then the player selects the second and clicks the province.
// Expect: the odds shown before the click and in the confirmation count both armies; each
// factor is its own row and the strength row is their product, as the rules compute it.
#[test]
fn the_odds_count_every_army_ordered_against_the_province_and_add_up() {
    let mut state = new_game();
    let (first, second, target) = two_armies_and_a_common_target(&state);
    let enemy = state
        .armies
        .iter()
        .position(|a| a.side == Side::Empire)
        .expect("an Imperial army");
    state.armies[enemy].location = target;
    // Past the truce of La Soledad, which forbids attacks.
    std::sync::Arc::make_mut(&mut state.scenario).truce = None;
    let mut app = test_app(state);
    let to = app.world().resource::<Match>().state.province_id(target);
    app.world_mut().write_message(OrderRequest {
        side: Side::Republic,
        command: Command::Move {
            army: first,
            to: to.clone(),
        },
    });
    app.update();
    {
        let game = app.world().resource::<Match>();
        assert!(
            game.state.orders[Side::Republic.index()].contains(&aguila::sim::state::Order::Move {
                army: first,
                to: target
            }),
            "the first army is ordered there: {:?}",
            game.notice
        );
    }
    select_army(&mut app, second);

    let lang = lang(&app);
    let hint = {
        let game = app.world().resource::<Match>();
        march_hint(lang, game, app.world().resource::<Selection>(), target)
    };
    let Some(Hint::Attack(attackers, hovered)) = hint else {
        panic!("hovering the province shows the odds: {hint:?}");
    };
    let game = app.world().resource::<Match>();
    let ids: Vec<u32> = attackers.iter().map(|&i| game.state.armies[i].id).collect();
    assert!(ids.contains(&first) && ids.contains(&second), "{ids:?}");
    let both =
        game.state.army(first).unwrap().strength() + game.state.army(second).unwrap().strength();
    assert!(hovered.attacker.men >= both);

    click_province(&mut app, target);
    let attack = app
        .world()
        .resource::<Selection>()
        .attack
        .clone()
        .expect("the attack waits for confirmation");
    assert_eq!(
        attack.preview, hovered,
        "the click shows what the hover showed"
    );

    let rows = odds_rows(lang, &attack.preview);
    let labels: Vec<&str> = rows.iter().map(|r| r.0.as_str()).collect();
    let words: Vec<String> = [
        "attack-men",
        "attack-quality",
        "attack-experience",
        "attack-leadership",
        "attack-terrain",
        "attack-fortification",
        "attack-power",
    ]
    .iter()
    .map(|k| lang.tr(k))
    .collect();
    assert_eq!(labels, words.iter().map(String::as_str).collect::<Vec<_>>());
    for f in [attack.preview.attacker, attack.preview.defender] {
        let product = f64::from(f.men)
            * f.quality
            * f.experience
            * f.leadership
            * f.terrain
            * f.fortification;
        assert!((product - f.power()).abs() < 1e-9 * f.power().max(1.0));
    }
    assert_eq!(
        rows.last().map(|r| r.1.clone()),
        Some(format!(
            "= {}",
            lang.number(attack.preview.attacker.power().round())
        ))
    );
}

// Setup: a Republican army selected; the player clicks a province it cannot reach.
// Expect: the rules' reason is shown, and the army stays selected.
#[test]
fn a_click_out_of_reach_says_why_and_keeps_the_army() {
    let state = new_game();
    let (army, far) = state
        .armies
        .iter()
        .filter(|a| a.side == Side::Republic)
        .find_map(|a| {
            let reach = state.reachable(Side::Republic, a.location);
            (0..state.provinces.len())
                .find(|&p| p != a.location && !reach.iter().any(|(q, _)| *q == p))
                .map(|p| (a.id, p))
        })
        .expect("some province out of some army's reach");
    let mut app = test_app(state);
    select_army(&mut app, army);
    click_province(&mut app, far);
    let game = app.world().resource::<Match>();
    let refused = game
        .state
        .check(
            Side::Republic,
            &Command::Move {
                army,
                to: game.state.province_id(far),
            },
        )
        .expect_err("the rules refuse the march");
    let notice = game.notice.clone().expect("a notice says why");
    assert!(notice.error);
    assert_eq!(notice.text, refusal(lang(&app), &game.state, &refused));
    assert_eq!(app.world().resource::<Selection>().army, Some(army));
}

// Setup: a Republican army besieging an Imperial garrison in a fortified province.
// Expect: clicking the garrison with the army selected shows why there is no battle yet and
// how to storm it, and opens the list of the enemy there.
#[test]
fn enemies_in_ones_own_province_show_the_reason() {
    let mut state = new_game();
    let fortress = (0..state.provinces.len())
        .find(|&p| state.provinces[p].fort > 0.0)
        .expect("a fortified province");
    let garrison = state
        .armies
        .iter()
        .position(|a| a.side == Side::Empire)
        .expect("an Imperial army");
    let besieger = state
        .armies
        .iter()
        .position(|a| a.side == Side::Republic)
        .expect("a Republican army");
    state.armies[garrison].location = fortress;
    state.armies[garrison].stance = Stance::Garrison;
    state.armies[besieger].location = fortress;
    state.armies[besieger].stance = Stance::Besieging;
    let (garrison_id, besieger_id) = (state.armies[garrison].id, state.armies[besieger].id);
    let truce = state.truce_holds();
    let mut app = test_app(state);
    select_army(&mut app, besieger_id);
    app.world_mut().write_message(MapClicked {
        province: Some(fortress),
        army: Some(garrison_id),
        stack: Some((fortress, Side::Empire)),
    });
    app.update();
    let lang = lang(&app);
    let game = app.world().resource::<Match>();
    let notice = game.notice.clone().expect("a notice says why");
    assert_eq!(
        notice.text,
        enemy_here_reason(lang, &game.state, Side::Republic, fortress)
    );
    let name = aguila::text::names::province_name(lang, &game.state, fortress);
    let key = if truce {
        "click-enemy-here-truce"
    } else {
        "click-enemy-here-our-siege"
    };
    assert_eq!(
        notice.text,
        lang.tr_args(key, &[("province", aguila::text::Arg::Str(name))])
    );
    let selection = app.world().resource::<Selection>();
    assert_eq!(selection.stack, Some((fortress, Side::Empire)));
    assert_eq!(selection.army, Some(besieger_id), "the army stays selected");
}

// Setup: the historical opening, seen by each side; then the capital handed to the Empire.
// Expect: every victory rule and judgement of the side is listed; the capital's line holds
// exactly when the side holds the capital, and follows it when it changes hands.
#[test]
fn the_objectives_list_each_way_to_win_with_what_holds_now() {
    let mut state = new_game();
    let lang = Lang::resolve("en");
    for side in Side::BOTH {
        let (sudden, judged) = ways_to_win(lang, &state, side);
        let ids: Vec<&str> = sudden
            .iter()
            .chain(&judged)
            .map(|w| w.id.as_str())
            .collect();
        let expected: Vec<&str> = state
            .scenario
            .victory
            .iter()
            .filter(|v| v.winner == Some(side))
            .map(|v| v.id.as_str())
            .chain(
                state
                    .scenario
                    .judgement
                    .iter()
                    .filter(|j| j.winner == side)
                    .map(|j| j.id.as_str()),
            )
            .collect();
        assert_eq!(ids, expected);
        assert!(
            sudden
                .iter()
                .chain(&judged)
                .all(|w| !w.requirements.is_empty())
        );
    }
    let capital = state.scenario.national_capital.idx();
    let capital_line = |state: &GameState| {
        let (_, judged) = ways_to_win(lang, state, Side::Republic);
        let governs = judged
            .iter()
            .find(|w| w.id == "republic_governs")
            .expect("the Republic's judgement");
        governs.requirements[0].met
    };
    assert_eq!(
        capital_line(&state),
        state.holder(capital) == Holder::Republic
    );
    state.provinces[capital].control = 100.0;
    assert_eq!(state.holder(capital), Holder::Empire);
    assert!(!capital_line(&state));
}

// Setup: a Republican army selected; the pointer over an empty province it can reach.
// Expect: the hover says a click marches there; the sums come from the rules' preview.
#[test]
fn hovering_a_reachable_province_says_what_a_click_does() {
    let state = new_game();
    let (army, target) = state
        .armies
        .iter()
        .filter(|a| a.side == Side::Republic)
        .find_map(|a| {
            state
                .reachable(Side::Republic, a.location)
                .into_iter()
                .find(|&(p, by_sea)| !by_sea && !state.has_men_in(Side::Empire, p))
                .map(|(p, _)| (a.id, p))
        })
        .expect("a free province in reach");
    let mut app = test_app(state);
    select_army(&mut app, army);
    let lang = lang(&app);
    let game = app.world().resource::<Match>();
    let hint = march_hint(lang, game, app.world().resource::<Selection>(), target);
    let name = aguila::text::names::province_name(lang, &game.state, target);
    assert_eq!(
        hint,
        Some(Hint::Line(lang.tr_args(
            "hover-march-here",
            &[("province", aguila::text::Arg::Str(name))]
        )))
    );
    // And the preview the hover would show for an attack is the rules' own.
    let p = battle::planned_preview(&game.state, Side::Republic, target, Some(army));
    assert_eq!(p.defender.men, 0);
}

// Setup: the opening month, under the truce of La Soledad; an Imperial army put where a
// Republican army can reach; the player selects the army and clicks the province.
// Expect: no attack to confirm: the rules' reason (the truce) is shown, the army stays
// selected.
#[test]
fn an_attack_the_truce_forbids_says_why_instead_of_asking_to_confirm() {
    let mut state = new_game();
    assert!(state.truce_holds(), "the war opens under a truce");
    let (army, _, target) = two_armies_and_a_common_target(&state);
    let enemy = state
        .armies
        .iter()
        .position(|a| a.side == Side::Empire)
        .expect("an Imperial army");
    state.armies[enemy].location = target;
    let mut app = test_app(state);
    select_army(&mut app, army);
    click_province(&mut app, target);
    let selection = app.world().resource::<Selection>();
    assert!(selection.attack.is_none());
    assert_eq!(selection.army, Some(army));
    let game = app.world().resource::<Match>();
    let march = Command::Move {
        army,
        to: game.state.province_id(target),
    };
    let refused = game
        .state
        .check(Side::Republic, &march)
        .expect_err("the truce");
    assert_eq!(
        game.notice.clone().map(|n| n.text),
        Some(refusal(lang(&app), &game.state, &refused))
    );
}
