//! The help window: the hotkeys and what the map shows.
use crate::client::controls;
use crate::client::input::HudState;
use crate::client::schedule::HudSet;
use crate::client::theme::ui;
use crate::client::words::WindowLang;
use crate::text::Lang;
use bevy::prelude::*;
use bevy_egui::egui::{self, RichText};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

/// Registers the help window.
pub fn plugin(app: &mut App) {
    app.add_systems(EguiPrimaryContextPass, help_ui.in_set(HudSet::Help));
}

fn help_ui(
    window_lang: Res<WindowLang>,
    mut contexts: EguiContexts,
    mut hud: ResMut<HudState>,
) -> Result {
    let lang = window_lang.0;
    let ctx = contexts.ctx_mut()?.clone();
    help_window(lang, &ctx, &mut hud);
    Ok(())
}

fn help_window(lang: Lang, ctx: &egui::Context, hud: &mut HudState) {
    let mut open = hud.help;
    egui::Window::new(lang.tr("help-title"))
        .open(&mut open)
        .collapsible(false)
        .default_width(420.0)
        .show(ctx, |ui| {
            ui.label(lang.tr("help-intro"));
            ui.separator();
            egui::Grid::new("hotkeys")
                .num_columns(2)
                .striped(true)
                .show(ui, |ui| {
                    for (keys, what) in [
                        ("Enter / Space", lang.tr("help-end-turn")),
                        (&*lang.tr("help-click-key"), lang.tr("help-click")),
                        ("Tab", lang.tr("help-next-army")),
                        ("Backspace / U / Ctrl+Z", lang.tr("help-undo")),
                        ("1 – 6, M", lang.tr("help-map-modes")),
                        (&*lang.tr("help-pan-key"), lang.tr("help-pan")),
                        (&*lang.tr("help-zoom-key"), lang.tr("help-zoom")),
                        ("Home", lang.tr("help-fit")),
                        ("C", lang.tr("help-chronicle")),
                        ("O", lang.tr("help-objectives")),
                        ("T", lang.tr("help-report")),
                        ("F5 / F9", lang.tr("help-quick-save")),
                        ("F1 / H", lang.tr("help-help")),
                        ("Esc", lang.tr("help-escape")),
                    ] {
                        ui.label(RichText::new(keys).monospace().color(ui::GOLD));
                        ui.label(what);
                        ui.end_row();
                    }
                    for (keys, what) in controls::HOTKEYS {
                        ui.label(RichText::new(keys).monospace().color(ui::GOLD));
                        ui.label(lang.tr(what));
                        ui.end_row();
                    }
                });
            ui.separator();
            ui.label(RichText::new(lang.tr("help-legend")).small());
        });
    hud.help = open;
}
