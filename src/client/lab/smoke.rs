//! `aguila play --smoke-lab FILE.png`: opens the Lab from the main menu, runs trials of the
//! scenario as it is and of one counterfactual of its pack, saves a screenshot of the results
//! and exits (non-zero on failure). It prints the slowest frame drawn while the trials ran, the
//! measure of a window that stays responsive.
use crate::client::Screen;
use crate::client::lab::setup::LabSetup;
use crate::client::lab::worker::{LabCost, LabResults, StartLab};
use crate::client::words::WindowLang;
use bevy::prelude::*;
use bevy::render::view::screenshot::{Screenshot, ScreenshotCaptured, save_to_disk};
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// Trials per variant, of each of two variants.
pub const SMOKE_RUNS: u64 = 200;
/// The counterfactual set against the scenario.
const SMOKE_VARIANT: &str = "us_civil_war_1867";
/// The run fails if it has not finished by then.
const TIMEOUT: Duration = Duration::from_secs(900);
/// Frames to let the interface settle before the screenshot.
const SETTLE_FRAMES: u32 = 20;

/// Where the run is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    Menu,
    Opening,
    Running,
    Settling(u32),
    Capturing,
}

/// The smoke run's progress and the frames it timed.
#[derive(Resource, Debug)]
pub struct SmokeLab {
    path: PathBuf,
    phase: Phase,
    started: Instant,
    captured: bool,
    /// Frame times while the trials ran, in milliseconds.
    frames: Vec<f64>,
    /// Frame times after they ended, the same charts drawn with no trials running.
    idle: Vec<f64>,
}

impl SmokeLab {
    /// A smoke run writing its screenshot to `path`.
    pub fn new(path: PathBuf) -> SmokeLab {
        SmokeLab {
            path,
            phase: Phase::Menu,
            started: Instant::now(),
            captured: false,
            frames: Vec::new(),
            idle: Vec::new(),
        }
    }
}

/// Registers the run.
pub fn plugin(app: &mut App) {
    app.add_systems(Update, drive_smoke_lab);
}

fn drive_smoke_lab(
    window_lang: Res<WindowLang>,
    time: Res<Time<Real>>,
    mut smoke: ResMut<SmokeLab>,
    setup: Option<ResMut<LabSetup>>,
    results: Res<LabResults>,
    cost: Res<LabCost>,
    screen: Res<State<Screen>>,
    mut next_screen: ResMut<NextState<Screen>>,
    mut start: MessageWriter<StartLab>,
    mut commands: Commands,
    mut exit: MessageWriter<AppExit>,
) {
    let lang = window_lang.0;
    if smoke.started.elapsed() > TIMEOUT {
        error!("smoke-lab run: not finished after {} s", TIMEOUT.as_secs());
        exit.write(AppExit::error());
        return;
    }
    match smoke.phase {
        Phase::Menu => {
            if *screen.get() == Screen::MainMenu {
                next_screen.set(Screen::Lab);
                smoke.phase = Phase::Opening;
            }
        }
        Phase::Opening => {
            let Some(mut setup) = setup else { return };
            if *screen.get() != Screen::Lab {
                return;
            }
            let mut found = false;
            for entry in &mut setup.pack {
                entry.chosen = entry
                    .variant
                    .as_ref()
                    .is_ok_and(|(v, _)| v.id == SMOKE_VARIANT);
                found |= entry.chosen;
            }
            setup.runs = SMOKE_RUNS;
            let experiment = setup.experiment(lang);
            match experiment {
                Ok(e) if found => {
                    info!("smoke-lab run: {SMOKE_RUNS} trials of each of two variants");
                    start.write(StartLab(e));
                    smoke.phase = Phase::Running;
                }
                Ok(_) => {
                    error!("smoke-lab run: no variant {SMOKE_VARIANT} in the pack");
                    exit.write(AppExit::error());
                }
                Err(e) => {
                    error!("smoke-lab run: cannot start: {e}");
                    exit.write(AppExit::error());
                }
            }
        }
        Phase::Running => {
            if results.experiment.is_none() {
                return;
            }
            smoke.frames.push(time.delta_secs_f64() * 1000.0);
            if results.finished {
                smoke.phase = Phase::Settling(0);
            }
        }
        Phase::Settling(n) if n < SETTLE_FRAMES => {
            if n > 0 {
                smoke.idle.push(time.delta_secs_f64() * 1000.0);
            }
            smoke.phase = Phase::Settling(n + 1);
        }
        Phase::Settling(_) => {
            println!(
                "smoke-lab: {} trials per variant; frames while they ran: {}; frames after, with no trials running: {}; the Lab's own work in a frame at worst: {:.1} ms updating the results, {:.1} ms laying out the screen",
                results.done(),
                frame_times(&smoke.frames),
                frame_times(&smoke.idle),
                cost.refresh_ms,
                cost.screen_ms
            );
            commands
                .spawn(Screenshot::primary_window())
                .observe(save_to_disk(smoke.path.clone()))
                .observe(|_: On<ScreenshotCaptured>, mut smoke: ResMut<SmokeLab>| {
                    smoke.captured = true
                });
            smoke.phase = Phase::Capturing;
        }
        Phase::Capturing => {
            if smoke.captured && smoke.path.exists() {
                info!(
                    "smoke-lab run: screenshot saved to {}",
                    smoke.path.display()
                );
                exit.write(AppExit::Success);
            }
        }
    }
}

/// Frame times in a few words: how many, the median and the slowest.
fn frame_times(frames: &[f64]) -> String {
    let mut sorted = frames.to_vec();
    sorted.sort_by(f64::total_cmp);
    let median = sorted.get(sorted.len() / 2).copied().unwrap_or(0.0);
    let worst = sorted.last().copied().unwrap_or(0.0);
    format!(
        "{} frames, median {median:.1} ms, worst {worst:.1} ms",
        sorted.len()
    )
}
