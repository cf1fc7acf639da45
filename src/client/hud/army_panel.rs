//! The selected army in the side panel: its leader, troops and order, and its controls.
use crate::client::bridge::Match;
use crate::client::controls::{self, ControlState};
use crate::client::hud::side_panel::PanelRequests;
use crate::client::input::Selection;
use crate::client::{texts, theme, theme::ui};
use crate::sim::Command;
use crate::sim::state::{Army, Order};
use crate::text::Arg;
use crate::text::Lang;
use bevy_egui::egui::{self, RichText};

/// The selected army: what it is, its order and, for its player, its commands.
pub fn army_details(
    lang: Lang,
    ui: &mut egui::Ui,
    game: &Match,
    army: &Army,
    selection: &Selection,
    controls: &mut ControlState,
    requests: &mut PanelRequests,
) {
    let state = &game.state;
    ui.label(
        RichText::new(crate::text::names::army_name(lang, state, army))
            .heading()
            .color(theme::side_colour(army.side)),
    );
    ui.label(RichText::new(lang.tr_args(
        "details-army-of",
        &[
            ("side", Arg::Str(texts::side_name(lang, army.side))),
            ("men", Arg::from(army.strength())),
        ],
    )));
    if let Some(l) = army.leader {
        let leader = &state.scenario.leaders[l];
        ui.label(lang.tr_args(
            "details-leader",
            &[
                (
                    "leader",
                    Arg::Str(crate::text::names::leader_name(lang, state, l)),
                ),
                ("skill", Arg::from(u32::from(leader.skill))),
            ],
        ))
        .on_hover_text(crate::text::names::leader_role(lang, state, l));
    }
    egui::Grid::new("troops").num_columns(2).show(ui, |ui| {
        for d in army.troops() {
            ui.label(
                RichText::new(crate::text::names::contingent_name(
                    lang,
                    state,
                    d.contingent,
                ))
                .small(),
            );
            ui.label(lang.number(f64::from(d.strength())))
                .on_hover_text(lang.tr_args(
                    "tooltip-quality",
                    &[(
                        "quality",
                        Arg::Num((state.quality(d.contingent) * 100.0).round() / 100.0),
                    )],
                ));
            ui.end_row();
        }
    });
    let mine = army.side == game.active && game.can_order();
    // Only the player's own pending orders: never the other side's, above all in hotseat.
    let order = game
        .shown_orders()
        .iter()
        .find(|o| o.army() == Some(army.id));
    if army.side == game.active {
        let order_text = match order {
            Some(Order::Move { to, .. }) => lang.tr_args(
                "order-move",
                &[(
                    "province",
                    Arg::Str(crate::text::names::province_name(lang, state, *to)),
                )],
            ),
            Some(Order::Siege { at, .. }) => lang.tr_args(
                "order-siege",
                &[(
                    "province",
                    Arg::Str(crate::text::names::province_name(lang, state, *at)),
                )],
            ),
            Some(Order::Disperse { .. }) => lang.tr("order-disperse"),
            _ => lang.tr("order-none"),
        };
        ui.label(RichText::new(order_text).color(ui::GOLD));
    }
    if mine {
        ui.horizontal_wrapped(|ui| {
            if order.is_some()
                && ui
                    .button(lang.tr("button-undo"))
                    .on_hover_text(lang.tr("hint-undo"))
                    .clicked()
            {
                requests.orders.push(Command::CancelOrder { army: army.id });
            }
            let siege = Command::Siege {
                army: army.id,
                at: state.province_id(army.location),
            };
            if state.check(army.side, &siege).is_ok()
                && ui.button(lang.tr("button-besiege-here")).clicked()
            {
                requests.orders.push(siege);
            }
        });
        ui.label(RichText::new(lang.tr("hint-move")).small().color(ui::DIM));
    }
    controls::army_controls(lang, ui, game, selection, controls, &mut requests.controls);
}
