//! The classroom Lab, a screen of its own: a class sets up an experiment (a scenario, the
//! counterfactual pack's variants or levers of its own, trials per variant, the AI's level for
//! each side), the trials run off the main thread while the charts fill in, and the results
//! are exported or any one trial opened as a war to watch. One plugin per part: [`setup`] the
//! choices, [`worker`] the trials, [`results`] the charts, [`export`] the files, [`smoke`]
//! the screenshot run; this file lays the screen out and opens a watched war.
pub mod export;
pub mod results;
pub mod setup;
pub mod smoke;
pub mod tracks;
pub mod worker;

use crate::client::Screen;
use crate::client::bridge::{Match, MatchRefreshed, Seat};
use crate::client::words::WindowLang;
use crate::sim::GameState;
use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};
use results::ResultsAction;
use worker::{CancelLab, Experiment, LabResults, StartLab};

/// Registers the Lab's plugins and its screen.
pub fn plugin(app: &mut App) {
    app.add_plugins((setup::plugin, worker::plugin, export::plugin))
        .add_systems(
            EguiPrimaryContextPass,
            lab_screen.run_if(in_state(Screen::Lab)),
        );
}

/// A war of the experiment to watch: the trial's variant and seed, both sides played by the
/// AI at the experiment's levels, as the worker played it.
pub fn watch(e: &Experiment, variant: usize, seed: u64) -> Option<Match> {
    let setup = e.setups.get(variant)?;
    let state = GameState::new(setup.scenario.clone(), setup.params.clone(), seed);
    let mut game = Match::new(state, [Seat::Ai; 2]);
    game.levels = e.levels;
    Some(game)
}

/// The main menu's way into the Lab; returns whether it was taken.
pub fn menu_entry(lang: crate::text::Lang, ui: &mut egui::Ui) -> bool {
    use crate::client::theme::ui as colour;
    use egui::RichText;
    egui::Frame::group(ui.style())
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(
                RichText::new(lang.tr("labscreen-menu-title"))
                    .heading()
                    .color(colour::GOLD),
            );
            ui.label(
                RichText::new(lang.tr("labscreen-menu-text"))
                    .small()
                    .color(colour::DIM),
            );
            ui.button(lang.tr("labscreen-open")).clicked()
        })
        .inner
}

fn lab_screen(
    window_lang: Res<WindowLang>,
    mut contexts: EguiContexts,
    setup: Option<ResMut<setup::LabSetup>>,
    results: Res<LabResults>,
    mut export: ResMut<export::LabExport>,
    mut start: MessageWriter<StartLab>,
    mut cancel: MessageWriter<CancelLab>,
    mut next_screen: ResMut<NextState<Screen>>,
    mut refreshed: MessageWriter<MatchRefreshed>,
    mut commands: Commands,
    mut cost: ResMut<worker::LabCost>,
) -> Result {
    let lang = window_lang.0;
    let Some(mut setup) = setup else {
        return Ok(());
    };
    let began = std::time::Instant::now();
    let ctx = contexts.ctx_mut()?.clone();
    let mut root = crate::client::theme::background_ui(&ctx, "lab-root", ctx.viewport_rect());
    let mut back = false;
    let mut action = None;
    egui::CentralPanel::default().show(&mut root, |ui| {
        egui::Panel::left("lab-setup")
            .resizable(false)
            .exact_size(420.0)
            .show(ui, |ui| {
                egui::ScrollArea::vertical()
                    .id_salt("lab-setup-scroll")
                    .show(ui, |ui| {
                        back =
                            setup::panel(lang, ui, &mut setup, &results, &mut start, &mut cancel);
                    });
            });
        egui::CentralPanel::default().show(ui, |ui| {
            export::panel(lang, ui, &results, &mut export);
            ui.separator();
            egui::ScrollArea::vertical()
                .id_salt("lab-results-scroll")
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    action = results::panel(lang, ui, &results);
                });
        });
    });
    cost.screen_ms = cost.screen_ms.max(began.elapsed().as_secs_f64() * 1000.0);
    if back {
        next_screen.set(Screen::MainMenu);
    }
    if let Some(ResultsAction::Watch { variant, seed }) = action
        && let Some(e) = &results.experiment
        && let Some(game) = watch(e, variant, seed)
    {
        commands.insert_resource(game);
        refreshed.write(MatchRefreshed);
        next_screen.set(Screen::InGame);
    }
    Ok(())
}
