//! The side panel on the right of the game screen: the selected army, then the selected
//! province, then the Empire's policy for its player.
use crate::client::bridge::{Match, OrderRequest};
use crate::client::controls::{self, Control, ControlState, ControlUsed};
use crate::client::hud::{FreeArea, army_panel, province_panel, show_panel};
use crate::client::input::Selection;
use crate::client::schedule::HudSet;
use crate::client::words::WindowLang;
use crate::sim::Command;
use crate::text::Lang;
use bevy::prelude::*;
use bevy_egui::egui;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

/// Registers the side panel.
pub fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        side_panel_ui.in_set(HudSet::SidePanel),
    );
}

/// What the side panel's buttons asked for this frame.
#[derive(Default)]
pub struct PanelRequests {
    /// Commands for the rules.
    pub orders: Vec<Command>,
    /// Controls used, checked by [`controls`] before they become commands.
    pub controls: Vec<Control>,
}

fn side_panel_ui(
    window_lang: Res<WindowLang>,
    mut contexts: EguiContexts,
    mut free: ResMut<FreeArea>,
    game: Res<Match>,
    mut selection: ResMut<Selection>,
    mut control_state: ResMut<ControlState>,
    mut orders: MessageWriter<OrderRequest>,
    mut used: MessageWriter<ControlUsed>,
) -> Result {
    let lang = window_lang.0;
    let ctx = contexts.ctx_mut()?.clone();
    let mut requests = PanelRequests::default();
    show_panel(&ctx, &mut free, "details-root", |root| {
        egui::Panel::right("details")
            .resizable(false)
            .exact_size(300.0)
            .show(root, |ui| {
                egui::ScrollArea::vertical().show(ui, |ui| {
                    details_panel(
                        lang,
                        ui,
                        &game,
                        &mut selection,
                        &mut control_state,
                        &mut requests,
                    )
                });
            });
    });
    let side = game.active;
    for command in requests.orders {
        orders.write(OrderRequest { side, command });
    }
    for control in requests.controls {
        used.write(ControlUsed(control));
    }
    Ok(())
}

fn details_panel(
    lang: Lang,
    ui: &mut egui::Ui,
    game: &Match,
    selection: &mut Selection,
    controls: &mut ControlState,
    requests: &mut PanelRequests,
) {
    if let Some(army) = selection.army.and_then(|id| game.state.army(id)) {
        army_panel::army_details(lang, ui, game, army, selection, controls, requests);
        ui.separator();
    }
    province_panel::province_details(lang, ui, game, selection, controls, requests);
    controls::empire_controls(lang, ui, game, selection, controls, &mut requests.controls);
}
