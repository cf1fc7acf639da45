//! The save window (a name for the save, where it goes, the notice of how it went) and the
//! question asked before leaving for the menu with progress not saved.
use crate::client::Screen;
use crate::client::bridge::Match;
use crate::client::input::HudState;
use crate::client::schedule::{ClientSet, HudSet};
use crate::client::words::WindowLang;
use crate::client::{saves, theme::ui};
use crate::text::Lang;
use bevy::prelude::*;
use bevy_egui::egui::{self, RichText};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};
use std::path::PathBuf;

/// The player asks to leave the game for the main menu.
#[derive(Message, Debug, Clone, Copy, Default)]
pub struct LeaveRequest;

/// Registers the save window and the question before leaving.
pub fn plugin(app: &mut App) {
    app.add_message::<LeaveRequest>()
        .add_systems(EguiPrimaryContextPass, save_ui.in_set(HudSet::Save))
        .add_systems(
            Update,
            leave_or_ask
                .in_set(ClientSet::Commands)
                .run_if(resource_exists::<Match>),
        );
}

/// Leaves for the menu at once when nothing would be lost (saved, or the war is over);
/// otherwise asks.
pub fn leave_or_ask(
    mut requests: MessageReader<LeaveRequest>,
    game: Res<Match>,
    mut hud: ResMut<HudState>,
    mut next_screen: ResMut<NextState<Screen>>,
) {
    if requests.read().count() == 0 {
        return;
    }
    if game.unsaved() && game.state.outcome.is_none() {
        hud.leave_asked = true;
    } else {
        next_screen.set(Screen::MainMenu);
    }
}

/// What the player answered to the question before leaving.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LeaveAnswer {
    SaveAndLeave,
    Leave,
}

fn save_ui(
    window_lang: Res<WindowLang>,
    mut contexts: EguiContexts,
    mut hud: ResMut<HudState>,
    mut game: ResMut<Match>,
    mut next_screen: ResMut<NextState<Screen>>,
) -> Result {
    let lang = window_lang.0;
    let ctx = contexts.ctx_mut()?.clone();
    if let Some(path) = save_window(lang, &ctx, &mut hud) {
        let notice = saves::save_with_notice(lang, &mut game, &path);
        game.notice = Some(notice);
    }
    match leave_window(lang, &ctx, &mut hud, &game) {
        Some(LeaveAnswer::SaveAndLeave) => {
            let path = saves::save_path(&hud.save_name);
            let notice = saves::save_with_notice(lang, &mut game, &path);
            // A save that failed keeps the player in the game, with the reason.
            let failed = notice.error;
            game.notice = Some(notice);
            if !failed {
                next_screen.set(Screen::MainMenu);
            }
        }
        Some(LeaveAnswer::Leave) => next_screen.set(Screen::MainMenu),
        None => {}
    }
    Ok(())
}

/// The window, while open; the file to write when the player clicked save.
fn save_window(lang: Lang, ctx: &egui::Context, hud: &mut HudState) -> Option<PathBuf> {
    if !hud.save_open {
        return None;
    }
    let mut save = None;
    let mut open = true;
    egui::Window::new(lang.tr("save-title"))
        .open(&mut open)
        .collapsible(false)
        .resizable(false)
        .show(ctx, |ui| {
            ui.horizontal(|ui| {
                ui.label(lang.tr("save-name"));
                ui.text_edit_singleline(&mut hud.save_name);
            });
            ui.label(
                RichText::new(saves::save_path(&hud.save_name).display().to_string())
                    .small()
                    .color(ui::DIM),
            );
            if ui.button(lang.tr("button-save")).clicked() {
                save = Some(saves::save_path(&hud.save_name));
                hud.save_open = false;
            }
        });
    if !open {
        hud.save_open = false;
    }
    save
}

/// The question before leaving with progress not saved.
fn leave_window(
    lang: Lang,
    ctx: &egui::Context,
    hud: &mut HudState,
    game: &Match,
) -> Option<LeaveAnswer> {
    if !hud.leave_asked {
        return None;
    }
    let mut answer = None;
    let mut open = true;
    egui::Window::new(lang.tr("leave-title"))
        .open(&mut open)
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_CENTER, egui::vec2(0.0, 0.0))
        .show(ctx, |ui| {
            ui.set_max_width(380.0);
            ui.label(lang.tr_args(
                "leave-text",
                &[("month", crate::text::Arg::Str(lang.month(game.state.month)))],
            ));
            ui.add_space(6.0);
            ui.horizontal(|ui| {
                if ui
                    .button(lang.tr("leave-save"))
                    .on_hover_text(saves::save_path(&hud.save_name).display().to_string())
                    .clicked()
                {
                    answer = Some(LeaveAnswer::SaveAndLeave);
                }
                if ui
                    .button(RichText::new(lang.tr("leave-anyway")).color(ui::DANGER))
                    .clicked()
                {
                    answer = Some(LeaveAnswer::Leave);
                }
                if ui.button(lang.tr("button-cancel")).clicked() {
                    hud.leave_asked = false;
                }
            });
        });
    if !open || answer.is_some() {
        hud.leave_asked = false;
    }
    answer
}
