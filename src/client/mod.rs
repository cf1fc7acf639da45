//! The Bevy game client: it sends commands to the rules and shows their events.
//!
//! One plugin per file: [`bridge`] is the only caller of the rules, [`map`] and [`overlay`]
//! draw the map, [`stacks`] lays the armies' markers out, [`camera`] and [`input`] handle the mouse and keys, [`controls`] are the
//! commands' buttons and hotkeys, [`hud`] (one plugin per panel), [`menu`] and
//! [`game_over`] are the screens, [`lab`] the classroom Lab (a screen of its own), [`report`] what a
//! month changed, [`saves`], [`save_list`] and [`settings`] the files, [`smoke`] the
//! screenshot run. [`schedule`] declares the sets that order their systems. Every text goes
//! through the text layer, in the window's language (`words`).
pub mod bridge;
pub mod camera;
pub mod controls;
pub mod game_over;
pub mod hud;
pub mod input;
pub mod lab;
pub mod map;
pub mod map_data;
pub mod menu;
pub mod overlay;
pub mod pack;
pub mod report;
pub mod save_list;
pub mod saves;
pub mod schedule;
pub mod settings;
pub mod smoke;
pub mod stacks;
pub mod texts;
pub mod theme;
pub mod words;

use bevy::prelude::*;
use bevy::window::{RequestRedraw, WindowResolution};
use bevy::winit::WinitSettings;
use bevy_egui::{
    EguiContexts, EguiInput, EguiPlugin, EguiPreUpdateSet, EguiPrimaryContextPass, egui,
};
use clap::Args;
use std::path::PathBuf;
use std::process::ExitCode;

/// Options of `aguila play`.
#[derive(Debug, Args, Default)]
pub struct PlayArgs {
    /// Scenario to start from: a file, or the id of a built-in or mod scenario.
    #[arg(long)]
    pub scenario: Option<PathBuf>,
    /// Start, play a few turns with the AI on both sides, save a screenshot here and exit.
    #[arg(long)]
    pub smoke: Option<PathBuf>,
    /// Open the Lab, run trials of two variants, save a screenshot of the results here and
    /// exit.
    #[arg(long)]
    pub smoke_lab: Option<PathBuf>,
    /// Language of the interface (en, es, pt…); otherwise the one chosen in the menu, then
    /// the system's.
    #[arg(long)]
    pub lang: Option<String>,
    /// Open a teacher's pack in the main menu, ready for the lesson.
    #[arg(long)]
    pub pack: Option<PathBuf>,
}

/// The screens of the game.
#[derive(States, Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Screen {
    /// New game, load, language, quit.
    #[default]
    MainMenu,
    /// The map and the campaign.
    InGame,
    /// The outcome and the chart.
    GameOver,
    /// The classroom Lab: many campaigns of counterfactuals, with their charts.
    Lab,
}

/// Opens the game window.
pub fn play(args: PlayArgs) -> ExitCode {
    let settings = settings::Settings::load();
    let language = args
        .lang
        .clone()
        .or_else(|| Some(settings.language.clone()).filter(|l| !l.is_empty()))
        .unwrap_or_else(|| crate::text::Lang::from_env().tag());
    let lang = crate::text::Lang::resolve(&language);

    let map = match map_data::MapData::builtin() {
        Ok(map) => map,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(1);
        }
    };
    // A file, or a scenario's id; the built-in historical war (or the mod in its place).
    let scenario = args
        .scenario
        .as_deref()
        .map_or_else(crate::scenarios::default_path, crate::scenarios::resolve);

    let mut app = App::new();
    app.add_plugins(DefaultPlugins.set(WindowPlugin {
        primary_window: Some(Window {
            title: "Águila y Corona".to_string(),
            resolution: WindowResolution::new(1280, 800),
            ..default()
        }),
        ..default()
    }))
    .add_plugins(EguiPlugin::default())
    .insert_resource(ClearColor(theme::SEA))
    // Turn-based: redraw only on input, so a waiting game costs almost nothing. The smoke
    // run plays on its own and needs every frame.
    .insert_resource(if args.smoke.is_some() || args.smoke_lab.is_some() {
        WinitSettings::game()
    } else {
        WinitSettings::desktop_app()
    })
    .insert_resource(settings)
    .insert_resource(words::WindowLang(lang))
    .insert_resource(map::MapGeometry(map))
    .insert_resource(menu::MenuState::new(scenario))
    .insert_resource(match &args.pack {
        Some(path) => pack::PackMenu::opened(lang, path),
        None => pack::PackMenu::default(),
    })
    .init_state::<Screen>()
    .add_plugins((
        schedule::plugin,
        bridge::plugin,
        camera::plugin,
        input::plugin,
        controls::plugin,
        map::plugin,
        hud::plugin,
        menu::plugin,
        game_over::plugin,
        saves::plugin,
        lab::plugin,
        pack::plugin,
    ))
    .add_systems(EguiPrimaryContextPass, (style_once, log_repaint_causes))
    .add_systems(Update, keep_awake_while_busy)
    .add_systems(
        PreUpdate,
        drop_repeated_modifier_events
            .after(EguiPreUpdateSet::ProcessInput)
            .before(EguiPreUpdateSet::BeginPass),
    )
    .add_systems(OnEnter(Screen::MainMenu), log_menu_ready);
    if let Some(path) = &args.smoke {
        app.insert_resource(smoke::Smoke::new(path.clone()))
            .add_plugins(smoke::plugin);
    }
    if let Some(path) = &args.smoke_lab {
        app.insert_resource(lab::smoke::SmokeLab::new(path.clone()))
            .add_plugins(lab::smoke::plugin);
    }
    match app.run() {
        AppExit::Success => ExitCode::SUCCESS,
        AppExit::Error(code) => ExitCode::from(code.get()),
    }
}

/// Sets the egui style on the first frame the context exists.
fn style_once(mut contexts: EguiContexts, mut done: Local<bool>) -> Result {
    if !*done {
        theme::apply_style(contexts.ctx_mut()?);
        *done = true;
    }
    Ok(())
}

/// bevy_egui 0.42 sends egui a `ModifiersChanged` event every frame, changed or not, and
/// egui takes any event as a reason to draw the next frame: the window would never sleep.
/// Only real changes of the modifier keys are passed on.
fn drop_repeated_modifier_events(
    mut inputs: Query<&mut EguiInput>,
    mut last: Local<Option<egui::Modifiers>>,
) {
    for mut input in &mut inputs {
        input.0.events.retain(|event| match event {
            egui::Event::ModifiersChanged(modifiers) => {
                let changed = *last != Some(*modifiers);
                *last = Some(*modifiers);
                changed
            }
            _ => true,
        });
    }
}

/// With `AGUILA_DEBUG_REPAINT` set, logs why egui asks for another frame (to keep the idle
/// window idle).
fn log_repaint_causes(
    mut contexts: EguiContexts,
    mut last: Local<Option<std::time::Instant>>,
) -> Result {
    if std::env::var_os("AGUILA_DEBUG_REPAINT").is_none() {
        return Ok(());
    }
    let ctx = contexts.ctx_mut()?;
    if last.is_none_or(|t| t.elapsed().as_secs_f32() > 1.0) {
        *last = Some(std::time::Instant::now());
        info!(
            "repaint causes: {:?}; input events: {:?}",
            ctx.repaint_causes(),
            ctx.input(|i| i.events.clone())
        );
    }
    Ok(())
}

/// Notes when the menu is up, for the start-up time measurement.
fn log_menu_ready(time: Res<Time<Real>>) {
    info!(
        "main menu ready {:.0} ms after start",
        time.elapsed_secs_f64() * 1000.0
    );
}

/// While the AI plays both sides, ask for frames so that the next month starts on time;
/// otherwise the window sleeps until the player acts or the month's worker wakes it.
fn keep_awake_while_busy(
    game: Option<Res<bridge::Match>>,
    pace: Res<bridge::WatchPace>,
    screen: Res<State<Screen>>,
    mut redraw: MessageWriter<RequestRedraw>,
) {
    let Some(game) = game else { return };
    let watching = game.watching()
        && !pace.paused
        && *screen.get() == Screen::InGame
        && game.state.outcome.is_none();
    if watching && !game.resolving {
        redraw.write(RequestRedraw);
    }
}
