//! The event pop-up: the month's historical events one at a time, their sources folded under
//! a line that opens on demand, and the choice when the player has one to make.
use crate::client::bridge::{Match, OrderRequest};
use crate::client::schedule::HudSet;
use crate::client::theme::ui;
use crate::client::words::WindowLang;
use crate::sim::Command;
use crate::text::Arg;
use crate::text::Lang;
use bevy::prelude::*;
use bevy_egui::egui::{self, RichText};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

/// Registers the event pop-up.
pub fn plugin(app: &mut App) {
    app.add_systems(EguiPrimaryContextPass, event_ui.in_set(HudSet::Event));
}

/// What the pop-up's buttons asked for this frame.
#[derive(Default)]
struct PopupActions {
    orders: Vec<Command>,
    close_popup: bool,
}

fn event_ui(
    window_lang: Res<WindowLang>,
    mut contexts: EguiContexts,
    mut game: ResMut<Match>,
    mut orders: MessageWriter<OrderRequest>,
) -> Result {
    let lang = window_lang.0;
    let ctx = contexts.ctx_mut()?.clone();
    // No pop-ups while the window only watches the AI play.
    if game.watching() {
        return Ok(());
    }
    let mut actions = PopupActions::default();
    popup_window(lang, &ctx, &game, &mut actions);
    let side = game.active;
    for command in actions.orders {
        orders.write(OrderRequest { side, command });
    }
    if actions.close_popup
        && let Some((shown, _)) = game.visible_popup()
    {
        game.popups.remove(shown);
    }
    Ok(())
}

fn popup_window(lang: Lang, ctx: &egui::Context, game: &Match, actions: &mut PopupActions) {
    let Some((_, popup)) = game.visible_popup() else {
        return;
    };
    let state = &game.state;
    let def = &state.scenario.events[popup.event];
    let title = crate::text::names::event_title(lang, state, popup.event);
    // The title is written inside, where it wraps: a title bar cuts a long one off
    // ("Os Estados Unidos estão em guerra consigo mes…").
    egui::Window::new(&title)
        .id(egui::Id::new(("event", popup.event, popup.month)))
        .title_bar(false)
        .collapsible(false)
        .resizable(false)
        .default_width(420.0)
        .anchor(egui::Align2::CENTER_CENTER, egui::vec2(-150.0, -20.0))
        .show(ctx, |ui| {
            ui.set_max_width(420.0);
            ui.add(egui::Label::new(RichText::new(&title).heading().color(ui::TEXT)).wrap());
            ui.label(RichText::new(lang.month(popup.month)).color(ui::GOLD));
            ui.add_space(4.0);
            ui.label(crate::text::names::event_text(lang, state, popup.event));
            ui.add_space(4.0);
            // The sources are file names and page numbers: there for the curious, folded
            // away so that the story reads first.
            egui::CollapsingHeader::new(
                RichText::new(lang.tr("event-sources"))
                    .small()
                    .color(ui::DIM),
            )
            .id_salt(("event-sources", popup.event))
            .default_open(false)
            .show(ui, |ui| {
                ui.label(RichText::new(&def.source).small().italics().color(ui::DIM));
            });
            ui.separator();
            match popup.chooser {
                Some(side) if side == game.active => {
                    ui.label(
                        RichText::new(
                            lang.tr_args("event-choose", &[("side", Arg::Str(side.key().into()))]),
                        )
                        .strong(),
                    );
                    for (c, choice) in def.choices.iter().enumerate() {
                        if ui
                            .button(crate::text::names::choice_label(
                                lang,
                                state,
                                popup.event,
                                c,
                            ))
                            .clicked()
                        {
                            actions.orders.push(Command::Choose {
                                event: def.id.clone(),
                                choice: choice.id.clone(),
                            });
                        }
                    }
                }
                _ => {
                    if ui.button(lang.tr("button-continue")).clicked() {
                        actions.close_popup = true;
                    }
                }
            }
            if game.popups.len() > 1 {
                ui.label(
                    RichText::new(
                        lang.tr_args("event-more", &[("count", Arg::from(game.popups.len() - 1))]),
                    )
                    .small()
                    .color(ui::DIM),
                );
            }
        });
}
