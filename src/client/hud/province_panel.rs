//! The selected province in the side panel: who holds it, its terrain, people, forts and
//! revenue, its support, the armies there and recruiting.
use crate::client::bridge::Match;
use crate::client::controls::{self, ControlState};
use crate::client::hud::{bar, side_panel::PanelRequests};
use crate::client::input::Selection;
use crate::client::{overlay, texts, theme, theme::ui};
use crate::sim::Side;
use crate::sim::state::Holder;
use crate::text::Arg;
use crate::text::Lang;
use bevy_egui::egui::{self, Color32, RichText};

/// The selected province, or how to select one.
pub fn province_details(
    lang: Lang,
    ui: &mut egui::Ui,
    game: &Match,
    selection: &mut Selection,
    controls: &mut ControlState,
    requests: &mut PanelRequests,
) {
    let state = &game.state;
    let Some(p) = selection.province else {
        ui.add_space(6.0);
        // A watched war has no orders to give: nothing here may say "your orders".
        let (title, text) = if game.watching() {
            ("details-watch-title", "details-watch")
        } else {
            ("details-none-title", "details-none")
        };
        ui.label(RichText::new(lang.tr(title)).strong().color(ui::GOLD));
        ui.label(lang.tr(text));
        ui.add_space(8.0);
        for (side, _, name) in overlay::side_legend(lang) {
            ui.horizontal(|ui| {
                overlay::legend_marker(ui, side);
                ui.label(name);
            });
        }
        return;
    };
    let def = &state.scenario.provinces[p];
    let ps = &state.provinces[p];
    ui.label(
        RichText::new(crate::text::names::province_name(lang, state, p))
            .heading()
            .color(ui::GOLD),
    );
    ui.label(
        RichText::new(lang.tr_args(
            "details-capital",
            &[(
                "capital",
                Arg::Str(crate::text::names::province_capital(lang, state, p)),
            )],
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
        ui.label(lang.tr("details-held-by"));
        // The side as it was at the date (the Allied expedition, the Intervention, the
        // Regency, the Empire), after a label that needs no preposition in any language.
        let name = match holder.side() {
            Some(side) => crate::text::chronicle::sides::side_name(
                lang,
                state,
                side,
                crate::text::chronicle::sides::Case::Subject,
            ),
            None => texts::holder_name(lang, holder),
        };
        ui.label(RichText::new(name).strong().color(holder_colour));
    })
    .response
    .on_hover_text(lang.tr_args(
        "tooltip-control",
        &[("control", Arg::Num(ps.control.round()))],
    ));
    let terrain = &state.scenario.terrains[def.terrain.idx()];
    egui::Grid::new("province-facts")
        .num_columns(2)
        .show(ui, |ui| {
            ui.label(lang.tr("details-terrain"));
            ui.label(texts::terrain_name(lang, &terrain.id, &terrain.name))
                .on_hover_text(
                    lang.tr_args("tooltip-terrain", &[("defence", Arg::Num(terrain.defence))]),
                );
            ui.end_row();
            ui.label(lang.tr("details-population"));
            ui.label(lang.number(f64::from(def.population)));
            ui.end_row();
            ui.label(lang.tr("details-guerrilla"));
            ui.label(lang.number(ps.guerrilla.round()));
            ui.end_row();
            if ps.fort > 0.0 || def.fortification > 0 {
                ui.label(lang.tr("details-fort"));
                ui.label(format!(
                    "{} / {}",
                    lang.number((ps.fort * 10.0).round() / 10.0),
                    def.fortification
                ));
                ui.end_row();
            }
            if def.customs > 0.0 || def.silver > 0.0 {
                ui.label(lang.tr("details-revenue"));
                ui.label(lang.tr_args(
                    "money-year",
                    &[("amount", Arg::Num(def.customs + def.silver))],
                ))
                .on_hover_text(lang.tr_args(
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
        tags.push(lang.tr("tag-port"));
    }
    if def.us_border {
        tags.push(lang.tr("tag-us-border"));
    }
    if def.fever_coast {
        tags.push(lang.tr("tag-fever"));
    }
    if !tags.is_empty() {
        ui.label(RichText::new(tags.join(" · ")).small().color(ui::DIM));
    }
    ui.add_space(4.0);
    ui.label(RichText::new(lang.tr("details-support")).small());
    for (side, colour) in [(Side::Republic, ui::REPUBLIC), (Side::Empire, ui::EMPIRE)] {
        let support = ps.support[side.index()];
        bar(
            ui,
            (support / 100.0) as f32,
            colour,
            format!(
                "{} {}",
                texts::side_name(lang, side),
                lang.number(support.round())
            ),
        );
    }

    let here: Vec<_> = state.armies.iter().filter(|a| a.location == p).collect();
    if !here.is_empty() {
        ui.add_space(6.0);
        ui.label(RichText::new(lang.tr("details-armies-here")).strong());
        for a in here {
            let text = RichText::new(format!(
                "{} — {}",
                crate::text::names::army_name(lang, state, a),
                lang.number(f64::from(a.strength()))
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
    controls::province_controls(lang, ui, game, selection, controls, &mut requests.controls);
}
