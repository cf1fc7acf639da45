//! The client's system sets: the order of its steps in a frame, declared once, so that each
//! file orders its systems by step rather than by naming another file's systems.
use bevy::prelude::*;

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

/// Orders the sets.
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
    );
}
