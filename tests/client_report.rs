//! Headless tests of what the window tells after a month and keeps between sessions: the turn
//! report lists the month's battles, provinces and armies, and its "go to" selects and
//! centres a province; a save keeps the whole chronicle and who sat where; the autosave keeps
//! the last few months of each campaign; leaving with progress not saved asks first; the
//! menu's save list tells each save's month, side and scenario and deletes only saves.
use aguila::client::Screen;
use aguila::client::bridge::{self, EndTurnRequest, Match, Seat, SimEvent};
use aguila::client::camera::MapView;
use aguila::client::hud::save_window::{self, LeaveRequest};
use aguila::client::hud::turn_report::{self, GoTo};
use aguila::client::input::{self, HudState, Selection};
use aguila::client::map::{self, MapGeometry, MapMode};
use aguila::client::report::{ReportKind, TurnReport};
use aguila::client::words::WindowLang;
use aguila::client::{controls, map_data, save_list, saves, schedule};
use aguila::sim::event::Event;
use aguila::sim::load::{load_scenario_file, parameter_values};
use aguila::sim::state::Holder;
use aguila::sim::{Command, GameState, Side};
use aguila::text::Lang;
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

/// Every event the bridge passed on, in order, batch by batch.
#[derive(Resource, Default)]
struct Seen(Vec<Event>);

fn keep_events(mut events: MessageReader<SimEvent>, mut seen: ResMut<Seen>) {
    seen.0.extend(events.read().map(|e| e.0.clone()));
}

fn app_with(game: Match) -> App {
    let mut app = App::new();
    app.add_plugins((MinimalPlugins, StatesPlugin))
        .init_state::<Screen>()
        .add_plugins((
            schedule::plugin,
            bridge::plugin,
            input::plugin,
            controls::plugin,
            turn_report::plugin,
            save_window::plugin,
        ))
        .init_resource::<MapMode>()
        .init_resource::<WindowLang>()
        .init_resource::<Seen>()
        .add_systems(Update, (map::recolour_from_events, keep_events));
    app.insert_resource(game);
    app
}

/// Ends the turn and waits for the month, and for the autosave it writes.
fn play_month(app: &mut App) {
    app.world_mut().write_message(EndTurnRequest);
    app.update();
    let began = Instant::now();
    loop {
        let resolving = app.world().resource::<Match>().resolving;
        let saving = app
            .world_mut()
            .query::<&bridge::AutosaveTask>()
            .iter(app.world())
            .next()
            .is_some();
        if !resolving && !saving {
            break;
        }
        assert!(
            began.elapsed() < Duration::from_secs(120),
            "the month never finished"
        );
        std::thread::sleep(Duration::from_millis(2));
        app.update();
    }
    // The month's events, sent at the end of the frame that took it, are read in the next.
    app.update();
}

/// The report's lines as (kind, province), as they should come from a month's events for a
/// player of `reader`.
fn expected_lines(events: &[Event], reader: Side) -> Vec<(ReportKind, Option<usize>)> {
    let mut lines = Vec::new();
    for ev in events {
        match ev {
            Event::Battle { province, .. } => lines.push((ReportKind::Battle, Some(*province))),
            Event::Surrendered { province, .. } => {
                lines.push((ReportKind::Surrender, Some(*province)))
            }
            Event::ControlChanged {
                province, from, to, ..
            } => {
                let kind = if to.side() == Some(reader) {
                    ReportKind::Won
                } else if from.side() == Some(reader) {
                    ReportKind::Lost
                } else {
                    ReportKind::Changed
                };
                lines.push((kind, Some(*province)));
            }
            Event::ArmyDestroyed { .. } => lines.push((ReportKind::Destroyed, None)),
            Event::EventFired { .. } => lines.push((ReportKind::Event, None)),
            _ => {}
        }
    }
    lines.sort_by_key(|l| l.0);
    lines
}

#[test]
fn the_report_lists_the_months_battles_provinces_and_events() {
    let mut app = app_with(Match::new(new_game(), [Seat::Human, Seat::Ai]));
    let lang = Lang::english();
    let (mut battles, mut lost) = (0, 0);
    for _ in 0..18 {
        app.world_mut().resource_mut::<Seen>().0.clear();
        play_month(&mut app);
        let events = app.world().resource::<Seen>().0.clone();
        let game = app.world().resource::<Match>();
        let report: &TurnReport = game.report.as_ref().expect("a report after the month");
        assert!(game.report_open, "the report opens for the player");
        // The month's own events: what the player's orders did came before the month began.
        let month_start = events
            .iter()
            .position(|e| matches!(e, Event::MonthBegan { .. }))
            .expect("the month began");
        let month_events = &events[month_start..];
        let got: Vec<(ReportKind, Option<usize>)> = report
            .items
            .iter()
            .map(|i| {
                let place = if i.kind == ReportKind::Destroyed {
                    None
                } else {
                    i.province
                };
                (i.kind, place)
            })
            .collect();
        assert_eq!(got, expected_lines(month_events, Side::Republic));
        assert_eq!(report.month, game.state.month.plus(-1));
        for item in &report.items {
            assert!(!item.text.is_empty());
            if item.kind == ReportKind::Lost {
                let p = item.province.expect("a lost province has its place");
                let name = aguila::text::names::province_short(lang, &game.state, p);
                assert!(item.text.contains(&name), "{}", item.text);
                assert!(
                    item.text.starts_with("We lost") || item.text.starts_with("We no longer"),
                    "{}",
                    item.text
                );
                assert_ne!(game.state.holder(p), Holder::Republic);
                lost += 1;
            }
            if item.kind == ReportKind::Battle {
                assert!(item.province.is_some());
                battles += 1;
            }
        }
        if battles > 0 && lost > 0 {
            break;
        }
    }
    assert!(
        battles > 0 && lost > 0,
        "in a year and a half the Intervention fought and took something ({battles} battles, \
         {lost} provinces lost)"
    );
}

#[test]
fn a_watched_war_reports_provinces_changing_hands_without_opening_the_report() {
    let mut app = app_with(Match::new(new_game(), [Seat::Ai, Seat::Ai]));
    app.world_mut().resource_mut::<bridge::WatchPace>().seconds = 0.0;
    let mut changed = 0;
    for _ in 0..12 {
        app.world_mut().resource_mut::<Seen>().0.clear();
        let before = app.world().resource::<Match>().state.month;
        let began = Instant::now();
        while app.world().resource::<Match>().state.month == before
            || app.world().resource::<Match>().resolving
        {
            assert!(began.elapsed() < Duration::from_secs(120));
            std::thread::sleep(Duration::from_millis(2));
            app.update();
        }
        let game = app.world().resource::<Match>();
        let report = game.report.as_ref().expect("a report");
        assert!(
            !game.report_open,
            "a watched war does not cover the map every month"
        );
        assert!(report.of(ReportKind::Won).next().is_none());
        assert!(report.of(ReportKind::Lost).next().is_none());
        changed += report.of(ReportKind::Changed).count();
    }
    assert!(changed > 0, "some province changed hands in a year");
}

#[test]
fn go_to_selects_the_province_and_centres_the_map_on_it() {
    let mut app = app_with(Match::new(new_game(), [Seat::Human, Seat::Ai]));
    let geometry = map_data::MapData::builtin().expect("the map loads");
    app.insert_resource(MapGeometry(geometry))
        .init_resource::<MapView>();
    let state = app.world().resource::<Match>().state.clone();
    let p = state.province_index("puebla").expect("Puebla");
    app.world_mut().resource_mut::<Selection>().army = state.armies.first().map(|a| a.id);
    app.world_mut().write_message(GoTo(p));
    app.update();
    let selection = app.world().resource::<Selection>();
    assert_eq!(selection.province, Some(p));
    assert_eq!(selection.army, None);
    let shape = app
        .world()
        .resource::<MapGeometry>()
        .0
        .provinces
        .iter()
        .find(|s| s.id == "puebla")
        .expect("Puebla on the map")
        .capital;
    let view = app.world().resource::<MapView>();
    assert_eq!(view.centre, Vec2::new(shape.x, shape.y));
}

#[test]
fn a_loaded_save_keeps_its_chronicle_and_its_seats() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut app = app_with(Match::new(new_game(), [Seat::Ai, Seat::Human]));
    play_month(&mut app);
    play_month(&mut app);
    let path = dir.path().join("two months.ron");
    let game = app.world().resource::<Match>();
    assert!(game.chronicle.len() > 2, "two months told");
    saves::save_game(Lang::english(), game, &path).expect("saves");

    let (state, record) = saves::load_game(Lang::english(), &path).expect("loads");
    let record = record.expect("the save has the window's record");
    assert_eq!(record.chronicle, game.chronicle);
    // The menu's choice of seats does not override what the save says.
    let back = saves::resume(state, Some(record), [Seat::Human, Seat::Ai]);
    assert_eq!(back.chronicle, game.chronicle);
    assert_eq!(back.seats, [Seat::Ai, Seat::Human]);
    assert_eq!(back.active, Side::Empire);
    assert_eq!(back.campaign, game.campaign);
    assert_eq!(back.state.month, game.state.month);
    assert!(!back.unsaved());

    // The rules read the same file as any save (`aguila run --load`)…
    let plain = aguila::sim::load::load_state(&path).expect("the rules load it");
    assert_eq!(plain.month, game.state.month);
    // …and a save without the record (an older one, or the command line's) still loads,
    // with an empty chronicle and the seats the menu gives.
    let old = dir.path().join("old.ron");
    aguila::sim::load::save_state(&game.state, &old).expect("saves");
    let (state, record) = saves::load_game(Lang::english(), &old).expect("loads");
    assert!(record.is_none());
    let back = saves::resume(state, None, [Seat::Human, Seat::Ai]);
    assert!(back.chronicle.is_empty());
    assert_eq!(back.seats, [Seat::Human, Seat::Ai]);
}

#[test]
fn a_save_whose_record_is_broken_is_a_located_error() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let game = Match::new(new_game(), [Seat::Human, Seat::Ai]);
    let path = dir.path().join("x.ron");
    saves::save_game(Lang::english(), &game, &path).expect("saves");
    let text = std::fs::read_to_string(&path).expect("reads");
    let broken = text.replace("chronicle:[]", "chronicle:[(month: 7)]");
    assert_ne!(broken, text, "the record is written compactly at the end");
    std::fs::write(&path, broken).expect("writes");
    let err = saves::load_game(Lang::english(), &path).expect_err("refused");
    assert!(err.contains("x.ron") && err.contains("line"), "{err}");
}

#[test]
fn the_autosave_keeps_the_last_three_months_of_each_campaign() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut game = Match::new(new_game(), [Seat::Human, Seat::Ai]);
    game.autosave = Some(dir.path().to_path_buf());
    let campaign = game.campaign.clone();
    let mut app = app_with(game);
    for _ in 0..5 {
        play_month(&mut app);
        // File times must differ for "the last written" to mean something.
        std::thread::sleep(Duration::from_millis(20));
    }
    let game = app.world().resource::<Match>();
    assert!(!game.unsaved(), "the autosave holds the month just played");
    let folders: Vec<_> = std::fs::read_dir(dir.path())
        .expect("the autosave folder")
        .flatten()
        .collect();
    assert_eq!(folders.len(), 1, "one folder for the campaign");
    let mut files: Vec<String> = saves::ron_files(&folders[0].path())
        .into_iter()
        .map(|(_, p)| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    files.sort();
    let m = game.state.month;
    assert_eq!(
        files,
        [m.plus(-2), m.plus(-1), m].map(|m| format!("{m}.ron")),
        "the three newest months of campaign {campaign}"
    );
    let newest = saves::autosave_path(dir.path(), &campaign, m);
    let (state, record) = saves::load_game(Lang::english(), &newest).expect("loads");
    assert_eq!(state.month, m);
    assert_eq!(record.expect("a record").chronicle, game.chronicle);

    // Another campaign of the same scenario and seed never shares this one's autosaves.
    let other = Match::new(new_game(), [Seat::Human, Seat::Ai]);
    assert_ne!(other.campaign, campaign);
}

/// Whether the window is about to go to the main menu.
fn leaving(app: &mut App) -> bool {
    let mut next = app.world_mut().resource_mut::<NextState<Screen>>();
    let pending = matches!(*next, NextState::Pending(Screen::MainMenu));
    *next = NextState::Unchanged;
    pending
}

#[test]
fn leaving_with_progress_not_saved_asks_first() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut app = app_with(Match::new(new_game(), [Seat::Human, Seat::Ai]));
    // Nothing done yet: leave at once.
    app.world_mut().write_message(LeaveRequest);
    app.update();
    assert!(leaving(&mut app));
    assert!(!app.world().resource::<HudState>().leave_asked);

    // An order given and not saved: ask, and stay.
    let state = app.world().resource::<Match>().state.clone();
    // A march the rules accept.
    let command = state
        .armies
        .iter()
        .filter(|a| a.side == Side::Republic)
        .flat_map(|a| {
            state
                .reachable(Side::Republic, a.location)
                .into_iter()
                .map(move |(to, _)| (a.id, to))
        })
        .map(|(army, to)| Command::Move {
            army,
            to: state.province_id(to),
        })
        .find(|c| state.check(Side::Republic, c).is_ok())
        .expect("some march is allowed");
    app.world_mut().write_message(bridge::OrderRequest {
        side: Side::Republic,
        command,
    });
    app.update();
    assert!(app.world().resource::<Match>().unsaved());
    app.world_mut().write_message(LeaveRequest);
    app.update();
    assert!(app.world().resource::<HudState>().leave_asked);
    assert!(!leaving(&mut app));

    // Saved: leave at once again.
    app.world_mut().resource_mut::<HudState>().leave_asked = false;
    let path = dir.path().join("s.ron");
    {
        let mut game = app.world_mut().resource_mut::<Match>();
        let notice = saves::save_with_notice(Lang::english(), &mut game, &path);
        assert!(!notice.error, "{}", notice.text);
        assert!(!game.unsaved());
    }
    app.world_mut().write_message(LeaveRequest);
    app.update();
    assert!(leaving(&mut app));
    assert!(!app.world().resource::<HudState>().leave_asked);
}

#[test]
fn the_save_list_tells_month_side_and_scenario_and_deletes_only_saves() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let saves_dir = dir.path().join("saves");
    let autosave_root = saves_dir.join("autosave");
    let game = Match::new(new_game(), [Seat::Ai, Seat::Human]);
    saves::save_game(Lang::english(), &game, &saves_dir.join("mine.ron")).expect("saves");
    let auto = saves::autosave_path(&autosave_root, &game.campaign, game.state.month);
    saves::save_game(Lang::english(), &game, &auto).expect("autosaves");
    std::fs::write(saves_dir.join("junk.ron"), "not a save").expect("writes");

    let list = save_list::list_saves_in(&saves_dir, &autosave_root);
    assert_eq!(list.len(), 3);
    let mine = list
        .iter()
        .find(|i| i.path.ends_with("mine.ron"))
        .expect("listed");
    assert!(!mine.autosave);
    let es = Lang::resolve("es");
    assert_eq!(
        save_list::summary_text(es, mine),
        "diciembre de 1861 · Imperio · Águila y Corona: la Intervención francesa, 1861–1867"
    );
    assert!(list.iter().any(|i| i.autosave && i.path == auto));
    let junk = list
        .iter()
        .find(|i| i.path.ends_with("junk.ron"))
        .expect("an unreadable file still shows");
    assert_eq!(junk.month, None);
    assert!(save_list::summary_text(Lang::english(), junk).starts_with("unreadable"));

    // Deleting: inside the saves folder only.
    let outside = dir.path().join("elsewhere.ron");
    std::fs::write(&outside, "x").expect("writes");
    assert!(save_list::delete_save(Lang::english(), &outside, &saves_dir).is_err());
    assert!(outside.exists());
    save_list::delete_save(Lang::english(), &auto, &saves_dir).expect("deleted");
    assert!(!auto.exists());
    assert_eq!(
        save_list::list_saves_in(&saves_dir, &autosave_root).len(),
        2
    );
}

#[test]
fn file_dates_are_written_as_calendar_dates() {
    let t = std::time::UNIX_EPOCH + Duration::from_secs(1_796_535_600);
    assert_eq!(save_list::written_text(t), "2026-12-06 05:40");
    assert_eq!(
        save_list::written_text(std::time::UNIX_EPOCH),
        "1970-01-01 00:00"
    );
}

#[test]
fn news_of_an_event_that_fires_again_replaces_the_waiting_one() {
    let state = new_game();
    let event = state
        .scenario
        .events
        .iter()
        .position(|e| e.chooser.is_none())
        .expect("an event without a choice");
    let mut game = Match::new(state, [Seat::Human, Seat::Ai]);
    let lang = Lang::english();
    let first = game.state.month;
    for month in [first, first.plus(1)] {
        game.absorb(
            lang,
            &[
                Event::MonthBegan { month },
                Event::EventFired {
                    event,
                    awaiting_choice: false,
                },
            ],
        );
    }
    let waiting: Vec<_> = game.popups.iter().filter(|p| p.event == event).collect();
    assert_eq!(waiting.len(), 1, "{:?}", game.popups);
    assert_eq!(waiting[0].month, first.plus(1));
    // Closing it leaves nothing of that event on screen.
    let (shown, _) = game.visible_popup().expect("shown");
    game.popups.remove(shown);
    assert!(game.popups.iter().all(|p| p.event != event));
}
