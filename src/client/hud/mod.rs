//! The game screen's egui panels and windows, one plugin per panel: the [`top_bar`] with
//! its explained numbers, the [`chronicle`], the [`side_panel`] with the selected army and
//! province, the [`map_area`] between them, and the windows: the [`attack`] confirmation, a
//! [`stack_list`] of armies, the map's [`hover`] tooltips, the [`objectives`],
//! [`event_popup`]s, the [`turn_report`], [`help`], [`save_window`] and the hotseat
//! [`handover`]. They draw in
//! the order of [`HudSet`](crate::client::schedule::HudSet).
pub mod army_panel;
pub mod attack;
pub mod chronicle;
pub mod event_popup;
pub mod handover;
pub mod help;
pub mod hover;
pub mod legend;
pub mod map_area;
pub mod objectives;
pub mod province_panel;
pub mod save_window;
pub mod side_panel;
pub mod stack_list;
pub mod top_bar;
pub mod turn_report;

use crate::client::Screen;
use crate::client::schedule::HudSet;
use bevy::prelude::*;
use bevy_egui::egui::{self, Color32};
use bevy_egui::{EguiContexts, EguiInput, EguiPreUpdateSet, EguiPrimaryContextPass};

/// Registers the game screen's interface.
pub fn plugin(app: &mut App) {
    app.init_resource::<FreeArea>()
        .add_systems(
            EguiPrimaryContextPass,
            free_whole_window.in_set(HudSet::Layout),
        )
        .add_systems(
            PreUpdate,
            keys_stay_with_the_game
                .after(EguiPreUpdateSet::ProcessInput)
                .before(EguiPreUpdateSet::BeginPass)
                .run_if(in_state(Screen::InGame)),
        )
        .add_plugins((
            top_bar::plugin,
            chronicle::plugin,
            side_panel::plugin,
            map_area::plugin,
            attack::plugin,
            stack_list::plugin,
            objectives::plugin,
            event_popup::plugin,
            help::plugin,
            save_window::plugin,
            handover::plugin,
            turn_report::plugin,
        ));
}

/// The part of the window that no panel has taken yet this frame: each panel takes its
/// edge of it, and the map shows through what is left.
#[derive(Resource, Debug, Clone, Copy, PartialEq)]
pub struct FreeArea(pub egui::Rect);

impl Default for FreeArea {
    fn default() -> Self {
        FreeArea(egui::Rect::NOTHING)
    }
}

fn free_whole_window(mut contexts: EguiContexts, mut free: ResMut<FreeArea>) -> Result {
    free.0 = contexts.ctx_mut()?.viewport_rect();
    Ok(())
}

/// On the game screen Tab picks the next army and the arrows move the map, but egui takes
/// them to walk its keyboard focus between buttons, and while a button has it the game's
/// keys are egui's: Esc then only took the focus away (Help stayed open). Unless a text
/// field is being typed in, those keys are the game's alone.
fn keys_stay_with_the_game(
    mut contexts: EguiContexts,
    mut inputs: Query<&mut EguiInput>,
) -> Result {
    if contexts.ctx_mut()?.text_edit_focused() {
        return Ok(());
    }
    for mut input in &mut inputs {
        input.0.events.retain(|event| {
            !matches!(
                event,
                egui::Event::Key {
                    key: egui::Key::Tab
                        | egui::Key::ArrowUp
                        | egui::Key::ArrowDown
                        | egui::Key::ArrowLeft
                        | egui::Key::ArrowRight,
                    ..
                }
            )
        });
    }
    Ok(())
}

/// Shows a panel in the free area and takes the space it uses from it.
pub fn show_panel(
    ctx: &egui::Context,
    free: &mut FreeArea,
    id: &str,
    add_panel: impl FnOnce(&mut egui::Ui),
) {
    let mut root = crate::client::theme::background_ui(ctx, id, free.0);
    add_panel(&mut root);
    free.0 = root.available_rect_before_wrap();
}

/// A progress bar with its value written on it.
pub fn bar(ui: &mut egui::Ui, fraction: f32, colour: Color32, text: String) {
    ui.add(
        egui::ProgressBar::new(fraction.clamp(0.0, 1.0))
            .fill(colour)
            .text(text)
            .desired_height(14.0),
    );
}
