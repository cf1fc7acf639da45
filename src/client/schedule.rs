//! The client's system sets: the order of its steps in a frame, declared once, so that each
//! file orders its systems by step rather than by naming another file's systems.
use crate::client::Screen;
use crate::client::bridge::Match;
use bevy::prelude::*;
use bevy_egui::EguiPrimaryContextPass;

/// The game's steps in `Update`, in this order.
#[derive(SystemSet, Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ClientSet {
    /// The mouse and the keys become clicks on the map and controls used.
    Input,
    /// Clicks and controls become the players' commands.
    Commands,
    /// The bridge gives the commands to the rules, ends turns and takes finished months.
    Rules,
    /// What follows a finished month, such as a new player at the seat.
    AfterMonth,
}

/// The game screen's panels and windows in `EguiPrimaryContextPass`, in drawing order:
/// each panel takes its edge of what the ones before it left, the map shows through the
/// rest, and the windows float over it (the later on top when they open together).
#[derive(SystemSet, Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum HudSet {
    /// The whole window is free again.
    Layout,
    /// The top bar.
    TopBar,
    /// The chronicle along the bottom.
    Chronicle,
    /// The side panel: the selected army and province.
    SidePanel,
    /// The map in the space left, with its legend and notices.
    Map,
    /// The attack's confirmation.
    Attack,
    /// The event pop-up and its choices.
    Event,
    /// The help window.
    Help,
    /// The save window.
    Save,
    /// The hotseat hand-over, over everything.
    Handover,
}

/// Orders the sets; the game screen's are drawn only while a game is on.
pub fn plugin(app: &mut App) {
    app.configure_sets(
        Update,
        (
            ClientSet::Input,
            ClientSet::Commands,
            ClientSet::Rules,
            ClientSet::AfterMonth,
        )
            .chain(),
    )
    .configure_sets(
        EguiPrimaryContextPass,
        (
            HudSet::Layout,
            HudSet::TopBar,
            HudSet::Chronicle,
            HudSet::SidePanel,
            HudSet::Map,
            HudSet::Attack,
            HudSet::Event,
            HudSet::Help,
            HudSet::Save,
            HudSet::Handover,
        )
            .chain()
            .run_if(in_state(Screen::InGame).and_then(resource_exists::<Match>)),
    );
}
