//! The look of the game: the map's palette and the egui style of the panels.
use bevy::prelude::*;
use bevy_egui::egui;

/// The sea behind the map.
pub const SEA: Color = Color::srgb(0.49, 0.62, 0.69);
/// Land beyond Mexico.
pub const FOREIGN_LAND: Color = Color::srgb(0.80, 0.77, 0.68);
/// The Republic's provinces: a liberal green.
pub const REPUBLIC: Color = Color::srgb(0.42, 0.60, 0.36);
/// The Empire's provinces: the Intervention's blue.
pub const EMPIRE: Color = Color::srgb(0.36, 0.45, 0.70);
/// Contested provinces: sand, with hatching over it.
pub const CONTESTED: Color = Color::srgb(0.82, 0.72, 0.50);

/// egui colours matching the map palette.
pub mod ui {
    use bevy_egui::egui::Color32;

    /// Panel background.
    pub const PANEL: Color32 = Color32::from_rgb(0x2a, 0x24, 0x1d);
    /// Window background, a shade lighter.
    pub const WINDOW: Color32 = Color32::from_rgb(0x36, 0x2e, 0x25);
    /// Body text.
    pub const TEXT: Color32 = Color32::from_rgb(0xec, 0xe2, 0xcc);
    /// Dimmed text.
    pub const DIM: Color32 = Color32::from_rgb(0xb3, 0xa6, 0x8c);
    /// Gold accents: titles, the selection, reachable provinces.
    pub const GOLD: Color32 = Color32::from_rgb(0xe0, 0xb5, 0x3a);
    /// The Republic.
    pub const REPUBLIC: Color32 = Color32::from_rgb(0x5f, 0x94, 0x4f);
    /// The Empire.
    pub const EMPIRE: Color32 = Color32::from_rgb(0x4d, 0x66, 0xb3);
    /// Bad news and attacks.
    pub const DANGER: Color32 = Color32::from_rgb(0xc8, 0x4b, 0x3c);
    /// Province borders.
    pub const BORDER: Color32 = Color32::from_rgb(0x3a, 0x2e, 0x22);
    /// Ink of names on the map.
    pub const INK: Color32 = Color32::from_rgb(0x24, 0x1c, 0x14);
    /// The halo behind names on the map.
    pub const HALO: Color32 = Color32::from_rgba_premultiplied(0xb6, 0xb0, 0xa2, 0xc0);
}

/// The egui colour of a side.
pub fn side_colour(side: crate::sim::Side) -> egui::Color32 {
    match side {
        crate::sim::Side::Republic => ui::REPUBLIC,
        crate::sim::Side::Empire => ui::EMPIRE,
    }
}

/// A Ui on the background layer over `rect`, for a screen or panel drawn straight into the
/// window (the menu, the game-over screen, the panels of the game screen).
pub fn background_ui(ctx: &egui::Context, id: &str, rect: egui::Rect) -> egui::Ui {
    egui::Ui::new(
        ctx.clone(),
        egui::Id::new(id),
        egui::UiBuilder::new()
            .layer_id(egui::LayerId::background())
            .max_rect(rect),
    )
}

/// Sets the warm, dark style of every panel and window.
pub fn apply_style(ctx: &egui::Context) {
    // Both the light and the dark theme get the same look: the map's frame is always dark.
    ctx.all_styles_mut(set_style);
}

fn set_style(style: &mut egui::Style) {
    let v = &mut style.visuals;
    *v = egui::Visuals::dark();
    v.panel_fill = ui::PANEL;
    v.window_fill = ui::WINDOW;
    v.extreme_bg_color = egui::Color32::from_rgb(0x1d, 0x19, 0x14);
    v.faint_bg_color = egui::Color32::from_rgb(0x33, 0x2b, 0x22);
    v.override_text_color = Some(ui::TEXT);
    v.hyperlink_color = ui::GOLD;
    v.selection.bg_fill = egui::Color32::from_rgb(0x7a, 0x5c, 0x1c);
    v.selection.stroke = egui::Stroke::new(1.0, ui::GOLD);
    v.window_stroke = egui::Stroke::new(1.0, egui::Color32::from_rgb(0x6b, 0x55, 0x33));
    v.widgets.inactive.weak_bg_fill = egui::Color32::from_rgb(0x4a, 0x3d, 0x2c);
    v.widgets.inactive.bg_fill = egui::Color32::from_rgb(0x4a, 0x3d, 0x2c);
    v.widgets.hovered.weak_bg_fill = egui::Color32::from_rgb(0x66, 0x52, 0x35);
    v.widgets.hovered.bg_fill = egui::Color32::from_rgb(0x66, 0x52, 0x35);
    v.widgets.active.weak_bg_fill = egui::Color32::from_rgb(0x80, 0x65, 0x3a);
    style.spacing.item_spacing = egui::vec2(8.0, 5.0);
    style.spacing.button_padding = egui::vec2(8.0, 4.0);
    for (text_style, size) in [
        (egui::TextStyle::Body, 14.5),
        (egui::TextStyle::Button, 14.5),
        (egui::TextStyle::Small, 12.0),
        (egui::TextStyle::Heading, 20.0),
        (egui::TextStyle::Monospace, 13.5),
    ] {
        if let Some(font) = style.text_styles.get_mut(&text_style) {
            font.size = size;
        }
    }
}
