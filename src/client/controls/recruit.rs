//! Recruiting in the selected province: which contingent, how many men, at what cost, the
//! men already raised there this month and undoing it.
use crate::client::bridge::Match;
use crate::client::controls::buttons::{amount_slider, control_button, reason_line};
use crate::client::controls::{
    Control, ControlState, command_for, recruit_contingent, recruit_price_shown, recruitable,
};
use crate::client::input::Selection;
use crate::client::theme::ui;
use crate::sim::Command;
use crate::sim::state::Order;
use crate::text::Arg;
use crate::text::Lang;
use bevy_egui::egui::{self, RichText};

/// Recruiting in the selected province, for the player who may raise men there.
pub fn province_controls(
    lang: Lang,
    ui: &mut egui::Ui,
    game: &Match,
    selection: &Selection,
    controls: &mut ControlState,
    used: &mut Vec<Control>,
) {
    let state = &game.state;
    let side = game.active;
    let Some(p) = selection.province else {
        return;
    };
    if !game.can_order() || recruitable(state, side).is_empty() {
        return;
    }
    ui.add_space(6.0);
    ui.label(RichText::new(lang.tr("details-recruit")).strong());
    let Some(c) = recruit_contingent(state, side, p, controls) else {
        return;
    };
    let options = recruitable(state, side);
    if options.len() > 1 {
        egui::ComboBox::from_id_salt("recruit-contingent")
            .selected_text(crate::text::names::contingent_name(lang, state, c))
            .width(260.0)
            .show_ui(ui, |ui| {
                for o in options {
                    let label = crate::text::names::contingent_name(lang, state, o);
                    if ui.selectable_label(o == c, label).clicked() {
                        controls.recruit_contingent =
                            Some(state.scenario.contingents[o].id.clone());
                    }
                }
            });
    }
    let c = recruit_contingent(state, side, p, controls).unwrap_or(c);
    let manpower = state.provinces[p].manpower.max(0.0).floor();
    ui.label(
        RichText::new(lang.tr_args("details-manpower", &[("men", Arg::Num(manpower))])).small(),
    )
    .on_hover_text(lang.tr("tooltip-manpower"));
    let limit = state.recruit_limit(side, p, c);
    if let Ok(max) = limit
        && max > 0
    {
        let mut men = controls.recruit_men;
        if amount_slider(lang, ui, &mut men, max, lang.tr("hint-recruit-amount")) {
            controls.recruit_men = men;
        }
    }
    let result = command_for(lang, Control::Recruit, game, selection, controls);
    let men = match &result {
        Ok(Command::Recruit { men, .. }) => *men,
        _ => controls.recruit_men,
    };
    let cost = recruit_price_shown(lang, state, c, men);
    let help = lang.tr_args(
        "hint-recruit",
        &[
            ("men", Arg::from(men)),
            ("cost", Arg::Str(cost.clone())),
            ("available", Arg::Str(lang.money(state.spendable(side)))),
            ("max", Arg::from(*limit.as_ref().unwrap_or(&0))),
        ],
    );
    control_button(
        ui,
        lang.tr_args(
            "button-recruit",
            &[("men", Arg::from(men)), ("cost", Arg::Str(cost))],
        ),
        "R",
        help,
        &result,
        used,
        Control::Recruit,
    );
    reason_line(ui, &result);
    let mut pending = false;
    for order in game.shown_orders() {
        if let Order::Recruit {
            province,
            contingent,
            men,
        } = *order
            && province == p
        {
            pending = true;
            ui.label(
                RichText::new(lang.tr_args(
                    "order-recruit",
                    &[
                        ("men", Arg::from(men)),
                        (
                            "contingent",
                            Arg::Str(crate::text::names::contingent_name(lang, state, contingent)),
                        ),
                    ],
                ))
                .color(ui::GOLD),
            );
        }
    }
    if pending {
        let result = command_for(lang, Control::CancelRecruits, game, selection, controls);
        control_button(
            ui,
            lang.tr("button-cancel-recruits"),
            "",
            lang.tr("button-cancel-recruits.help"),
            &result,
            used,
            Control::CancelRecruits,
        );
    }
}
