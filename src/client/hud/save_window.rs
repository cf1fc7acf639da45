//! The save window: a name for the save, where it goes, and the notice of how it went.
use crate::client::bridge::Match;
use crate::client::input::HudState;
use crate::client::schedule::HudSet;
use crate::client::words::WindowLang;
use crate::client::{saves, theme::ui};
use crate::text::Lang;
use bevy::prelude::*;
use bevy_egui::egui::{self, RichText};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};
use std::path::PathBuf;

/// Registers the save window.
pub fn plugin(app: &mut App) {
    app.add_systems(EguiPrimaryContextPass, save_ui.in_set(HudSet::Save));
}

fn save_ui(
    window_lang: Res<WindowLang>,
    mut contexts: EguiContexts,
    mut hud: ResMut<HudState>,
    mut game: ResMut<Match>,
) -> Result {
    let lang = window_lang.0;
    let ctx = contexts.ctx_mut()?.clone();
    let Some(path) = save_window(lang, &ctx, &mut hud) else {
        return Ok(());
    };
    game.notice = Some(saves::save_with_notice(lang, &game.state, &path));
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
