//! `aguila play --smoke FILE.png`: starts the historical scenario with the AI on both sides,
//! plays a few months in the real window, saves a screenshot and exits (non-zero on failure).
use crate::client::Screen;
use crate::client::bridge::{Match, MatchRefreshed, WatchPace};
use crate::client::input::Selection;
use crate::client::menu::{MenuState, Opponent};
use crate::client::words::WindowLang;
use crate::sim::Side;
use bevy::prelude::*;
use bevy::render::view::screenshot::{Screenshot, ScreenshotCaptured, save_to_disk};
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// Months the smoke run plays before the screenshot.
pub const SMOKE_MONTHS: u32 = 4;
/// The run fails if it has not finished by then.
const TIMEOUT: Duration = Duration::from_secs(300);
/// Frames to let the interface settle before the screenshot.
const SETTLE_FRAMES: u32 = 20;

/// Where the smoke run is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    Starting,
    Playing,
    Settling(u32),
    Capturing,
}

/// The smoke run's progress.
#[derive(Resource, Debug)]
pub struct Smoke {
    path: PathBuf,
    phase: Phase,
    started: Instant,
    captured: bool,
}

impl Smoke {
    /// A smoke run writing its screenshot to `path`.
    pub fn new(path: PathBuf) -> Smoke {
        Smoke {
            path,
            phase: Phase::Starting,
            started: Instant::now(),
            captured: false,
        }
    }
}

/// Registers the smoke run.
pub fn plugin(app: &mut App) {
    app.add_systems(Update, drive_smoke_run);
}

fn drive_smoke_run(
    window_lang: Res<WindowLang>,
    mut smoke: ResMut<Smoke>,
    mut menu: ResMut<MenuState>,
    game: Option<ResMut<Match>>,
    mut pace: ResMut<WatchPace>,
    mut selection: ResMut<Selection>,
    screen: Res<State<Screen>>,
    mut next_screen: ResMut<NextState<Screen>>,
    mut commands: Commands,
    mut refreshed: MessageWriter<MatchRefreshed>,
    mut exit: MessageWriter<AppExit>,
) {
    let lang = window_lang.0;
    if smoke.started.elapsed() > TIMEOUT {
        error!("smoke run: not finished after {} s", TIMEOUT.as_secs());
        exit.write(AppExit::error());
        return;
    }
    match smoke.phase {
        Phase::Starting => {
            if *screen.get() != Screen::MainMenu {
                return;
            }
            menu.opponent = Opponent::Watch;
            menu.side = Side::Empire;
            if menu.scenario.is_none() {
                menu.load_scenario(lang);
            }
            match menu.start(lang) {
                Ok(game) => {
                    info!("smoke run: scenario loaded, playing {SMOKE_MONTHS} months");
                    commands.insert_resource(game);
                    refreshed.write(MatchRefreshed);
                    next_screen.set(Screen::InGame);
                    pace.seconds = 0.0;
                    pace.paused = false;
                    smoke.phase = Phase::Playing;
                }
                Err(e) => {
                    error!("smoke run: cannot start: {e}");
                    exit.write(AppExit::error());
                }
            }
        }
        Phase::Playing => {
            let Some(game) = game else { return };
            let over = *screen.get() == Screen::GameOver;
            if (game.months_played >= SMOKE_MONTHS || over) && !game.resolving {
                pace.paused = true;
                // Select the Empire's largest army, so the picture shows orders and reach.
                if let Some(army) = game
                    .state
                    .armies
                    .iter()
                    .filter(|a| a.side == Side::Empire)
                    .max_by_key(|a| a.strength())
                {
                    selection.army = Some(army.id);
                    selection.province = Some(army.location);
                }
                smoke.phase = Phase::Settling(0);
            }
        }
        Phase::Settling(n) if n < SETTLE_FRAMES => smoke.phase = Phase::Settling(n + 1),
        Phase::Settling(_) => {
            let path = smoke.path.clone();
            commands
                .spawn(Screenshot::primary_window())
                .observe(save_to_disk(path))
                .observe(|_: On<ScreenshotCaptured>, mut smoke: ResMut<Smoke>| {
                    smoke.captured = true
                });
            smoke.phase = Phase::Capturing;
        }
        Phase::Capturing => {
            // The file is written by the observer; exit once it is on disk.
            if smoke.captured && smoke.path.exists() {
                info!("smoke run: screenshot saved to {}", smoke.path.display());
                exit.write(AppExit::Success);
            }
        }
    }
}
