//! The selected province in the side panel: who holds it, its terrain, people, forts and
//! revenue, its support, the armies there and recruiting.
use crate::client::bridge::Match;
use crate::client::controls::{self, ControlState};
use crate::client::hud::{bar, side_panel::PanelRequests};
use crate::client::input::Selection;
use crate::client::words::chronicle;
use crate::client::words::{format_number, tr, tr_args};
use crate::client::{overlay, texts, theme, theme::ui};
use crate::sim::Side;
use crate::sim::state::Holder;
use crate::text::Arg;
use bevy_egui::egui::{self, Color32, RichText};

/// The selected province, or how to select one.
pub fn province_details(
    ui: &mut egui::Ui,
    game: &Match,
    selection: &mut Selection,
    controls: &mut ControlState,
    requests: &mut PanelRequests,
) {
    let state = &game.state;
    let Some(p) = selection.province else {
        ui.add_space(6.0);
        ui.label(
            RichText::new(tr("details-none-title"))
                .strong()
                .color(ui::GOLD),
        );
        ui.label(tr("details-none"));
        ui.add_space(8.0);
        for (colour, name) in overlay::side_legend() {
            ui.horizontal(|ui| {
                let (rect, _) =
                    ui.allocate_exact_size(egui::vec2(14.0, 14.0), egui::Sense::hover());
                ui.painter().rect_filled(rect, 2.0, colour);
                ui.label(name);
            });
        }
        return;
    };
    let def = &state.scenario.provinces[p];
    let ps = &state.provinces[p];
    ui.label(
        RichText::new(chronicle::province_name(state, p))
            .heading()
            .color(ui::GOLD),
    );
    ui.label(
        RichText::new(tr_args(
            "details-capital",
            &[("capital", Arg::Str(chronicle::province_capital(state, p)))],
        ))
        .color(ui::DIM),
    );
    let holder = state.holder(p);
    let holder_colour = match holder {
        Holder::Republic => ui::REPUBLIC,
        Holder::Empire => ui::EMPIRE,
        Holder::Contested => Color32::from_rgb(0xd1, 0xb8, 0x80),
    };
    ui.horizontal(|ui| {
        ui.label(tr("details-held-by"));
        ui.label(
            RichText::new(texts::holder_name(holder))
                .strong()
                .color(holder_colour),
        );
    })
    .response
    .on_hover_text(tr_args(
        "tooltip-control",
        &[("control", Arg::Num(ps.control.round()))],
    ));
    let terrain = &state.scenario.terrains[def.terrain.idx()];
    egui::Grid::new("province-facts")
        .num_columns(2)
        .show(ui, |ui| {
            ui.label(tr("details-terrain"));
            ui.label(texts::terrain_name(&terrain.id, &terrain.name))
                .on_hover_text(tr_args(
                    "tooltip-terrain",
                    &[("defence", Arg::Num(terrain.defence))],
                ));
            ui.end_row();
            ui.label(tr("details-population"));
            ui.label(format_number(f64::from(def.population)));
            ui.end_row();
            ui.label(tr("details-guerrilla"));
            ui.label(format_number(ps.guerrilla.round()));
            ui.end_row();
            if ps.fort > 0.0 || def.fortification > 0 {
                ui.label(tr("details-fort"));
                ui.label(format!(
                    "{} / {}",
                    format_number((ps.fort * 10.0).round() / 10.0),
                    def.fortification
                ));
                ui.end_row();
            }
            if def.customs > 0.0 || def.silver > 0.0 {
                ui.label(tr("details-revenue"));
                ui.label(tr_args(
                    "money-year",
                    &[("amount", Arg::Num(def.customs + def.silver))],
                ))
                .on_hover_text(tr_args(
                    "tooltip-revenue",
                    &[
                        ("customs", Arg::Num(def.customs)),
                        ("silver", Arg::Num(def.silver)),
                    ],
                ));
                ui.end_row();
            }
        });
    let mut tags = Vec::new();
    if def.port {
        tags.push(tr("tag-port"));
    }
    if def.us_border {
        tags.push(tr("tag-us-border"));
    }
    if def.fever_coast {
        tags.push(tr("tag-fever"));
    }
    if !tags.is_empty() {
        ui.label(RichText::new(tags.join(" · ")).small().color(ui::DIM));
    }
    ui.add_space(4.0);
    ui.label(RichText::new(tr("details-support")).small());
    for (side, colour) in [(Side::Republic, ui::REPUBLIC), (Side::Empire, ui::EMPIRE)] {
        let support = ps.support[side.index()];
        bar(
            ui,
            (support / 100.0) as f32,
            colour,
            format!(
                "{} {}",
                texts::side_name(side),
                format_number(support.round())
            ),
        );
    }

    let here: Vec<_> = state.armies.iter().filter(|a| a.location == p).collect();
    if !here.is_empty() {
        ui.add_space(6.0);
        ui.label(RichText::new(tr("details-armies-here")).strong());
        for a in here {
            let text = RichText::new(format!(
                "{} — {}",
                chronicle::army_name(state, a),
                format_number(f64::from(a.strength()))
            ))
            .color(theme::side_colour(a.side));
            if a.side == game.active && game.can_order() {
                if ui
                    .selectable_label(selection.army == Some(a.id), text)
                    .clicked()
                {
                    selection.army = Some(a.id);
                    selection.attack = None;
                }
            } else {
                ui.label(text);
            }
        }
    }
    controls::province_controls(ui, game, selection, controls, &mut requests.controls);
}
