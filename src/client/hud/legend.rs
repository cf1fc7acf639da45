//! The map's legend: the colours of the map mode shown and the symbols on the map.
use crate::client::map::MapMode;
use crate::client::overlay;
use crate::client::{texts, theme::ui};
use crate::sim::state::Holder;
use crate::text::Lang;
use bevy_egui::egui::{self, Color32, RichText};

/// The legend in the bottom-left corner of the map.
pub fn legend(lang: Lang, ctx: &egui::Context, free: egui::Rect, mode: MapMode) {
    egui::Area::new("legend".into())
        .fixed_pos(free.left_bottom() + egui::vec2(10.0, -10.0))
        .pivot(egui::Align2::LEFT_BOTTOM)
        .interactable(false)
        .show(ctx, |ui| {
            egui::Frame::popup(ui.style())
                .fill(ui::PANEL.gamma_multiply(0.92))
                .show(ui, |ui| {
                    // Narrow, so that it leaves the map's south and its armies in view.
                    ui.set_max_width(230.0);
                    ui.label(RichText::new(mode.name(lang)).strong().color(ui::GOLD));
                    let entries: Vec<(Color32, String)> = match mode {
                        MapMode::Political => vec![
                            (ui::REPUBLIC, texts::holder_name(lang, Holder::Republic)),
                            (ui::EMPIRE, texts::holder_name(lang, Holder::Empire)),
                            (
                                Color32::from_rgb(0xd1, 0xb8, 0x80),
                                lang.tr("legend-contested"),
                            ),
                        ],
                        MapMode::Terrain => vec![
                            (Color32::from_rgb(204, 178, 125), lang.tr("terrain-plateau")),
                            (Color32::from_rgb(153, 194, 138), lang.tr("terrain-coast")),
                            (
                                Color32::from_rgb(148, 128, 107),
                                lang.tr("terrain-mountain"),
                            ),
                            (Color32::from_rgb(227, 204, 148), lang.tr("terrain-desert")),
                            (Color32::from_rgb(79, 138, 79), lang.tr("terrain-jungle")),
                        ],
                        MapMode::Support => vec![
                            (ui::REPUBLIC, lang.tr("legend-support-republic")),
                            (
                                Color32::from_rgb(232, 224, 199),
                                lang.tr("legend-support-even"),
                            ),
                            (ui::EMPIRE, lang.tr("legend-support-empire")),
                        ],
                        MapMode::Guerrilla => vec![
                            (
                                Color32::from_rgb(232, 224, 199),
                                lang.tr("legend-guerrilla-none"),
                            ),
                            (
                                Color32::from_rgb(158, 41, 28),
                                lang.tr("legend-guerrilla-many"),
                            ),
                        ],
                        MapMode::Value => vec![
                            (
                                Color32::from_rgb(232, 224, 199),
                                lang.tr("legend-value-none"),
                            ),
                            (
                                Color32::from_rgb(204, 140, 13),
                                lang.tr("legend-value-much"),
                            ),
                        ],
                        MapMode::Supply => vec![
                            (
                                Color32::from_rgb(143, 191, 122),
                                lang.tr("legend-supply-own"),
                            ),
                            (
                                Color32::from_rgb(224, 179, 89),
                                lang.tr("legend-supply-front"),
                            ),
                            (Color32::from_rgb(189, 84, 64), lang.tr("legend-supply-cut")),
                        ],
                    };
                    for (colour, label) in entries {
                        ui.horizontal(|ui| {
                            let (rect, _) = ui
                                .allocate_exact_size(egui::vec2(12.0, 12.0), egui::Sense::hover());
                            ui.painter().rect_filled(rect, 2.0, colour);
                            ui.label(RichText::new(label).small());
                        });
                    }
                    ui.horizontal_wrapped(|ui| {
                        for (side, _, name) in overlay::side_legend(lang) {
                            overlay::legend_marker(ui, side);
                            ui.label(RichText::new(name).small());
                        }
                    });
                    ui.label(
                        RichText::new(lang.tr("legend-stack"))
                            .small()
                            .color(ui::DIM),
                    );
                    legend_symbols(lang, ui);
                });
        });
}

/// The map's symbols, drawn as on the map so the legend matches it.
fn legend_symbols(lang: Lang, ui: &mut egui::Ui) {
    let small = egui::FontId::proportional(11.0);
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing.x = 4.0;
        let (rect, _) = ui.allocate_exact_size(egui::vec2(10.0, 12.0), egui::Sense::hover());
        ui.painter().rect_filled(
            egui::Rect::from_center_size(rect.center(), egui::vec2(9.0, 9.0)),
            1.0,
            ui::INK,
        );
        ui.painter().rect_filled(
            egui::Rect::from_center_size(rect.center(), egui::vec2(5.0, 5.0)),
            0.0,
            Color32::WHITE,
        );
        ui.label(RichText::new(lang.tr("legend-fortress")).small());
        let (rect, _) = ui.allocate_exact_size(egui::vec2(10.0, 12.0), egui::Sense::hover());
        ui.painter().circle(
            rect.center(),
            4.0,
            Color32::WHITE,
            egui::Stroke::new(1.5, ui::INK),
        );
        ui.label(RichText::new(lang.tr("legend-capital")).small());
        ui.label(
            RichText::new("⚓")
                .font(small.clone())
                .color(Color32::from_rgb(0x9c, 0xc0, 0xe8)),
        );
        ui.label(RichText::new(lang.tr("legend-port")).small());
        ui.label(
            RichText::new("$")
                .font(small.clone())
                .color(Color32::from_rgb(0x9c, 0xc0, 0xe8)),
        );
        ui.label(RichText::new(lang.tr("legend-customs")).small());
        ui.label(RichText::new("★").font(small));
        ui.label(RichText::new(lang.tr("legend-general")).small());
    });
}
