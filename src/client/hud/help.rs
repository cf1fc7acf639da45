//! The help window: the hotkeys and what the map shows.
use crate::client::controls;
use crate::client::input::HudState;
use crate::client::schedule::HudSet;
use crate::client::theme::ui;
use crate::client::words::tr;
use bevy::prelude::*;
use bevy_egui::egui::{self, RichText};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

/// Registers the help window.
pub fn plugin(app: &mut App) {
    app.add_systems(EguiPrimaryContextPass, help_ui.in_set(HudSet::Help));
}

fn help_ui(mut contexts: EguiContexts, mut hud: ResMut<HudState>) -> Result {
    let ctx = contexts.ctx_mut()?.clone();
    help_window(&ctx, &mut hud);
    Ok(())
}

fn help_window(ctx: &egui::Context, hud: &mut HudState) {
    let mut open = hud.help;
    egui::Window::new(tr("help-title"))
        .open(&mut open)
        .collapsible(false)
        .default_width(420.0)
        .show(ctx, |ui| {
            ui.label(tr("help-intro"));
            ui.separator();
            egui::Grid::new("hotkeys")
                .num_columns(2)
                .striped(true)
                .show(ui, |ui| {
                    for (keys, what) in [
                        ("Enter / Space", tr("help-end-turn")),
                        (&*tr("help-click-key"), tr("help-click")),
                        ("Tab", tr("help-next-army")),
                        ("Backspace / U / Ctrl+Z", tr("help-undo")),
                        ("1 – 5, M", tr("help-map-modes")),
                        (&*tr("help-pan-key"), tr("help-pan")),
                        (&*tr("help-zoom-key"), tr("help-zoom")),
                        ("Home", tr("help-fit")),
                        ("C", tr("help-chronicle")),
                        ("F5 / F9", tr("help-quick-save")),
                        ("F1 / H", tr("help-help")),
                        ("Esc", tr("help-escape")),
                    ] {
                        ui.label(RichText::new(keys).monospace().color(ui::GOLD));
                        ui.label(what);
                        ui.end_row();
                    }
                    for (keys, what) in controls::HOTKEYS {
                        ui.label(RichText::new(keys).monospace().color(ui::GOLD));
                        ui.label(tr(what));
                        ui.end_row();
                    }
                });
            ui.separator();
            ui.label(RichText::new(tr("help-legend")).small());
        });
    hud.help = open;
}
