//! The hotseat hand-over: an opaque screen over everything between two players' turns, so
//! that the next player sees neither the map as the previous one left it nor their pending
//! orders.
use crate::client::bridge::{EndTurnRequest, Match};
use crate::client::schedule::HudSet;
use crate::client::words::WindowLang;
use crate::client::{theme, theme::ui};
use crate::text::Arg;
use crate::text::Lang;
use bevy::prelude::*;
use bevy_egui::egui::{self, Color32, RichText};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

/// Registers the hand-over screen.
pub fn plugin(app: &mut App) {
    app.add_systems(EguiPrimaryContextPass, handover_ui.in_set(HudSet::Handover));
}

fn handover_ui(
    window_lang: Res<WindowLang>,
    mut contexts: EguiContexts,
    game: Res<Match>,
    mut end_turn: MessageWriter<EndTurnRequest>,
) -> Result {
    let lang = window_lang.0;
    let ctx = contexts.ctx_mut()?.clone();
    if handover_window(lang, &ctx, &game) {
        end_turn.write(EndTurnRequest);
    }
    Ok(())
}

/// The screen, during a hand-over; true when the next player is ready.
fn handover_window(lang: Lang, ctx: &egui::Context, game: &Match) -> bool {
    if !game.handover {
        return false;
    }
    let mut ready = false;
    let screen = ctx.viewport_rect();
    egui::Area::new("handover".into())
        .order(egui::Order::Foreground)
        .fixed_pos(screen.min)
        .show(ctx, |ui| {
            let (rect, _) = ui.allocate_exact_size(screen.size(), egui::Sense::click());
            ui.painter().rect_filled(rect, 0.0, ui::PANEL);
            let mut column = ui.new_child(
                egui::UiBuilder::new()
                    .max_rect(rect.shrink2(egui::vec2(rect.width() * 0.25, rect.height() * 0.3)))
                    .layout(egui::Layout::top_down(egui::Align::Center)),
            );
            column.label(
                RichText::new(lang.tr("handover-title"))
                    .size(20.0)
                    .color(ui::DIM),
            );
            column.add_space(10.0);
            column.label(
                RichText::new(lang.tr_args(
                    "handover-text",
                    &[("side", Arg::Str(game.active.key().into()))],
                ))
                .size(34.0)
                .strong()
                .color(theme::side_colour(game.active)),
            );
            column.add_space(10.0);
            column.label(RichText::new(lang.tr("handover-hint")).color(ui::TEXT));
            column.add_space(18.0);
            let button = egui::Button::new(
                RichText::new(lang.tr("button-ready"))
                    .strong()
                    .size(18.0)
                    .color(Color32::BLACK),
            )
            .fill(ui::GOLD)
            .min_size(egui::vec2(180.0, 40.0));
            if column.add(button).on_hover_text("Enter").clicked() {
                ready = true;
            }
        });
    ready
}
