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
    // Whether the last frame showed the newest line: egui's stick-to-bottom follows new lines
    // only then, so that a reader scrolled up to an old month stays there.
    let at_end_id = egui::Id::new("chronicle-at-end");
    let at_end = ui
        .ctx()
        .data(|d| d.get_temp::<bool>(at_end_id))
        .unwrap_or(true);
    let mut to_end = false;
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
        if !at_end && ui.small_button(lang.tr("chronicle-newest")).clicked() {
            to_end = true;
        }
    });
    let mut area = egui::ScrollArea::vertical()
        .id_salt("chronicle-lines")
        .stick_to_bottom(true)
        .auto_shrink([false, false]);
    if to_end {
        area = area.vertical_scroll_offset(f32::MAX);
    }
    let output = area.show(ui, |ui| {
        if game.chronicle.is_empty() {
            let empty = if game.watching() {
                "chronicle-empty-watch"
            } else {
                "chronicle-empty"
            };
            ui.label(RichText::new(lang.tr(empty)).italics().color(ui::DIM));
        }
        // The whole war: a campaign tells a few thousand lines at most, and egui keeps
        // their layout between frames.
        for entry in &game.chronicle {
            if entry.heading {
                ui.label(RichText::new(&entry.text).strong().color(ui::GOLD));
            } else {
                ui.label(texts::sentence(&entry.text));
            }
        }
    });
    let hidden_below = output.content_size.y - (output.state.offset.y + output.inner_rect.height());
    let now_at_end = to_end || hidden_below <= 4.0;
    ui.ctx().data_mut(|d| d.insert_temp(at_end_id, now_at_end));
}
