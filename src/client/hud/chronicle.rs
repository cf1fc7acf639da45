//! The chronicle along the bottom of the game screen: the campaign's story month by month.
use crate::client::bridge::Match;
use crate::client::hud::{FreeArea, show_panel};
use crate::client::input::HudState;
use crate::client::schedule::HudSet;
use crate::client::words::WindowLang;
use crate::client::{texts, theme::ui};
use crate::text::Lang;
use bevy::prelude::*;
use bevy_egui::egui::{self, RichText};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

/// Registers the chronicle panel.
pub fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        chronicle_ui.in_set(HudSet::Chronicle),
    );
}

fn chronicle_ui(
    window_lang: Res<WindowLang>,
    mut contexts: EguiContexts,
    mut free: ResMut<FreeArea>,
    game: Res<Match>,
    hud: Res<HudState>,
) -> Result {
    let lang = window_lang.0;
    if !hud.chronicle {
        return Ok(());
    }
    let ctx = contexts.ctx_mut()?.clone();
    show_panel(&ctx, &mut free, "chronicle-root", |root| {
        egui::Panel::bottom("chronicle")
            .resizable(true)
            .default_size(150.0)
            .show(root, |ui| chronicle_panel(lang, ui, &game));
    });
    Ok(())
}

fn chronicle_panel(lang: Lang, ui: &mut egui::Ui, game: &Match) {
    ui.horizontal(|ui| {
        ui.label(
            RichText::new(lang.tr("chronicle-title"))
                .strong()
                .color(ui::GOLD),
        );
        ui.label(
            RichText::new(lang.tr("chronicle-hint"))
                .small()
                .color(ui::DIM),
        );
    });
    egui::ScrollArea::vertical()
        .stick_to_bottom(true)
        .auto_shrink([false, false])
        .show(ui, |ui| {
            let start = game.chronicle.len().saturating_sub(300);
            if game.chronicle.is_empty() {
                ui.label(
                    RichText::new(lang.tr("chronicle-empty"))
                        .italics()
                        .color(ui::DIM),
                );
            }
            for entry in &game.chronicle[start..] {
                if entry.heading {
                    ui.label(RichText::new(&entry.text).strong().color(ui::GOLD));
                } else {
                    ui.label(texts::sentence(&entry.text));
                }
            }
        });
}
