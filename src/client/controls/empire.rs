//! The Empire's controls for its player: Maximilian's policy and the repression.
use crate::client::bridge::Match;
use crate::client::controls::buttons::control_button;
use crate::client::controls::{Control, ControlState, command_for};
use crate::client::input::Selection;
use crate::client::theme::ui;
use crate::sim::Side;
use crate::sim::scenario::Polity;
use crate::text::Arg;
use crate::text::Lang;
use bevy_egui::egui::{self, RichText};

/// Maximilian's policy and the repression, for the Empire's player.
pub fn empire_controls(
    lang: Lang,
    ui: &mut egui::Ui,
    game: &Match,
    selection: &Selection,
    controls: &ControlState,
    used: &mut Vec<Control>,
) {
    let state = &game.state;
    if game.active != Side::Empire || !game.is_human(Side::Empire) || !game.can_order() {
        return;
    }
    ui.add_space(6.0);
    ui.label(
        RichText::new(lang.tr("details-empire"))
            .strong()
            .color(ui::GOLD),
    );
    if state.polity == Polity::Empire {
        ui.label(lang.tr_args(
            "details-policy",
            &[("value", Arg::Num(state.policy.round()))],
        ))
        .on_hover_text(lang.tr("tooltip-policy"));
        ui.horizontal_wrapped(|ui| {
            for (liberal, label, key, help) in [
                (
                    false,
                    lang.tr("button-clerical"),
                    "[",
                    lang.tr("hint-clerical"),
                ),
                (
                    true,
                    lang.tr("button-liberal"),
                    "]",
                    lang.tr("hint-liberal"),
                ),
            ] {
                let control = Control::Policy { liberal };
                let result = command_for(lang, control, game, selection, controls);
                control_button(ui, label, key, help, &result, used, control);
            }
        });
    } else {
        ui.label(
            RichText::new(lang.tr("details-policy-later"))
                .small()
                .color(ui::DIM),
        );
    }
    ui.label(lang.tr("details-repression"))
        .on_hover_text(lang.tr("tooltip-repression"));
    ui.horizontal_wrapped(|ui| {
        for level in 0..=3u8 {
            let selected = state.repression.round() == f64::from(level);
            let control = Control::Repression(level);
            let result = command_for(lang, control, game, selection, controls);
            let name = match level {
                0 => lang.tr("repression-0"),
                1 => lang.tr("repression-1"),
                2 => lang.tr("repression-2"),
                _ => lang.tr("repression-3"),
            };
            let response = ui
                .add_enabled(
                    result.is_ok() || selected,
                    egui::Button::selectable(selected, name),
                )
                .on_hover_text(lang.tr("tooltip-repression"));
            if response.clicked() && result.is_ok() {
                used.push(control);
            }
        }
    });
    ui.label(
        RichText::new(lang.tr("hint-repression-keys"))
            .small()
            .color(ui::DIM),
    );
}
