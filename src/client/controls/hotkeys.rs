//! The controls' hotkeys: which key asks for which control, for the side playing.
use crate::client::Screen;
use crate::client::bridge::Match;
use crate::client::controls::{Control, ControlUsed};
use crate::client::schedule::ClientSet;
use crate::sim::Side;
use crate::sim::state::Stance;
use bevy::prelude::*;
use bevy_egui::input::EguiWantsInput;

/// Registers the hotkeys.
pub fn plugin(app: &mut App) {
    app.add_systems(
        Update,
        control_hotkeys
            .in_set(ClientSet::Input)
            .run_if(in_state(Screen::InGame).and_then(resource_exists::<Match>)),
    );
}

/// Hotkeys of the controls, for the help window: (keys, help key).
pub const HOTKEYS: [(&str, &str); 8] = [
    ("F / E / G", "help-stances"),
    ("R", "help-recruit"),
    ("X", "help-detach"),
    ("J", "help-merge"),
    ("L", "help-assign"),
    ("B", "help-disperse"),
    ("[ / ]", "help-policy"),
    (", / .", "help-repression"),
];

/// The controls that the keys pressed this frame ask for, for the side playing.
pub fn controls_for_keys(keys: &ButtonInput<KeyCode>, side: Side) -> Vec<Control> {
    // Ctrl+… belongs to other shortcuts (Ctrl+Z undoes).
    if keys.any_pressed([KeyCode::ControlLeft, KeyCode::ControlRight]) {
        return Vec::new();
    }
    let mut bindings = vec![
        (KeyCode::KeyF, Control::Stance(Stance::Field)),
        (KeyCode::KeyE, Control::Stance(Stance::Evade)),
        (KeyCode::KeyG, Control::Stance(Stance::Garrison)),
        (KeyCode::KeyR, Control::Recruit),
        (KeyCode::KeyX, Control::Detach),
        (KeyCode::KeyJ, Control::Merge { into: None }),
        (KeyCode::KeyL, Control::Assign { leader: None }),
    ];
    // The other side's keys mean nothing to a side: no notice for a stray key.
    match side {
        Side::Republic => bindings.push((KeyCode::KeyB, Control::Disperse)),
        Side::Empire => bindings.extend([
            (KeyCode::BracketLeft, Control::Policy { liberal: false }),
            (KeyCode::BracketRight, Control::Policy { liberal: true }),
            (KeyCode::Comma, Control::RepressionStep { up: false }),
            (KeyCode::Period, Control::RepressionStep { up: true }),
        ]),
    }
    bindings
        .into_iter()
        .filter(|(key, _)| keys.just_pressed(*key))
        .map(|(_, control)| control)
        .collect()
}

fn control_hotkeys(
    keys: Res<ButtonInput<KeyCode>>,
    egui_input: Option<Res<EguiWantsInput>>,
    game: Res<Match>,
    mut used: MessageWriter<ControlUsed>,
) {
    if egui_input.is_some_and(|e| e.wants_keyboard_input()) || !game.is_human(game.active) {
        return;
    }
    used.write_batch(
        controls_for_keys(&keys, game.active)
            .into_iter()
            .map(ControlUsed),
    );
}
