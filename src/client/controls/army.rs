//! The selected army's controls: stance, detach, merge, a leader at its head, disperse.
use crate::client::bridge::Match;
use crate::client::controls::buttons::{amount_slider, control_button, reason_line};
use crate::client::controls::{Control, ControlState, best_leader, command_for, detach_amount};
use crate::client::input::Selection;
use crate::client::texts;
use crate::client::theme::ui;
use crate::sim::Side;
use crate::sim::scenario::LeaderStatus;
use crate::sim::state::{Army, Stance};
use crate::text::Arg;
use crate::text::Lang;
use bevy_egui::egui::{self, RichText};

/// The selected army's controls: stance, detach, merge, leader, disperse.
pub fn army_controls(
    lang: Lang,
    ui: &mut egui::Ui,
    game: &Match,
    selection: &Selection,
    controls: &mut ControlState,
    used: &mut Vec<Control>,
) {
    let state = &game.state;
    let Some(army) = selection.army.and_then(|id| state.army(id)) else {
        return;
    };
    let check =
        |c: Control, controls: &ControlState| command_for(lang, c, game, selection, controls);

    ui.label(lang.tr("details-stance"));
    ui.horizontal_wrapped(|ui| {
        for (stance, key) in [
            (Stance::Field, "F"),
            (Stance::Evade, "E"),
            (Stance::Garrison, "G"),
        ] {
            let selected = army.stance == stance;
            let result = check(Control::Stance(stance), controls);
            // The key goes in the tooltip: three labels with keys do not fit on one line.
            let help = format!("{}  ({key})", texts::stance_help(lang, stance));
            let response = ui.add_enabled(
                result.is_ok() || selected,
                egui::Button::selectable(selected, texts::stance_name(lang, stance)),
            );
            let response = match &result {
                Err(reason) if !selected => response.on_disabled_hover_ui(|ui| {
                    ui.label(help);
                    ui.label(RichText::new(reason).color(ui::DANGER));
                }),
                _ => response.on_hover_text(help),
            };
            if response.clicked() && result.is_ok() {
                used.push(Control::Stance(stance));
            }
        }
        if army.stance == Stance::Besieging {
            ui.label(RichText::new(texts::stance_name(lang, Stance::Besieging)).color(ui::DANGER));
        }
    });

    // The rest is the player's own business: the enemy's armies only show their stance.
    if army.side != game.active || !game.can_order() {
        return;
    }

    ui.add_space(4.0);
    let strength = army.strength();
    if strength >= 2 {
        let mut men = detach_amount(army, controls);
        if amount_slider(
            lang,
            ui,
            &mut men,
            strength - 1,
            lang.tr("hint-detach-amount"),
        ) {
            controls.detach = Some((army.id, men));
        }
    }
    let result = check(Control::Detach, controls);
    control_button(
        ui,
        lang.tr("button-detach"),
        "X",
        lang.tr("hint-detach"),
        &result,
        used,
        Control::Detach,
    );

    let others: Vec<&Army> = state
        .armies
        .iter()
        .filter(|a| a.side == army.side && a.id != army.id && a.location == army.location)
        .collect();
    if others.is_empty() {
        reason_line(ui, &check(Control::Merge { into: None }, controls));
    }
    let largest = others.iter().max_by_key(|a| a.strength()).map(|a| a.id);
    for other in others {
        let control = Control::Merge {
            into: Some(other.id),
        };
        let result = check(control, controls);
        let key = if Some(other.id) == largest { "J" } else { "" };
        control_button(
            ui,
            lang.tr_args(
                "button-merge",
                &[
                    (
                        "army",
                        Arg::Str(crate::text::names::army_name(lang, state, other)),
                    ),
                    ("men", Arg::from(other.strength())),
                ],
            ),
            key,
            lang.tr("hint-merge"),
            &result,
            used,
            control,
        );
    }

    egui::CollapsingHeader::new(lang.tr_args("details-assign", &[("key", Arg::Str("L".into()))]))
        .id_salt(("assign", army.id))
        .show(ui, |ui| {
            let best = best_leader(state, army.side, army);
            let mut any = false;
            for l in 0..state.leaders.len() {
                let def = &state.scenario.leaders[l];
                if state.leaders[l].side != army.side
                    || state.leaders[l].status != LeaderStatus::Active
                    || army.leader == Some(l)
                {
                    continue;
                }
                any = true;
                let control = Control::Assign { leader: Some(l) };
                let result = check(control, controls);
                let mut help = crate::text::names::leader_role(lang, state, l);
                if let Some(led) = state.armies.iter().find(|a| a.leader == Some(l)) {
                    help.push('\n');
                    help.push_str(&lang.tr_args(
                        "hint-assign-leads",
                        &[
                            (
                                "army",
                                Arg::Str(crate::text::names::army_name(lang, state, led)),
                            ),
                            (
                                "province",
                                Arg::Str(crate::text::names::province_name(
                                    lang,
                                    state,
                                    led.location,
                                )),
                            ),
                        ],
                    ));
                }
                help.push('\n');
                help.push_str(&lang.tr("hint-assign"));
                control_button(
                    ui,
                    lang.tr_args(
                        "button-assign",
                        &[
                            (
                                "leader",
                                Arg::Str(crate::text::names::leader_name(lang, state, l)),
                            ),
                            ("skill", Arg::from(u32::from(def.skill))),
                        ],
                    ),
                    if best == Some(l) { "L" } else { "" },
                    help,
                    &result,
                    used,
                    control,
                );
            }
            if !any {
                ui.label(
                    RichText::new(lang.tr("control-no-leader"))
                        .small()
                        .color(ui::DIM),
                );
            }
        });

    if army.side == Side::Republic {
        let result = check(Control::Disperse, controls);
        control_button(
            ui,
            lang.tr("button-disperse"),
            "B",
            lang.tr("hint-disperse"),
            &result,
            used,
            Control::Disperse,
        );
    }
}
