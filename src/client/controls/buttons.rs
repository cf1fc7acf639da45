//! The widgets of the controls: a button that shows why the rules refuse it, the refusal
//! under it, and the slider of an amount of men.
use crate::client::controls::{Control, round_amount};
use crate::client::theme::ui;
use crate::sim::Command;
use crate::text::Lang;
use bevy_egui::egui::{self, RichText};

/// A slider over 1..=`max` in the steps of [`round_amount`]; true when the player moved it.
pub fn amount_slider(
    lang: Lang,
    ui: &mut egui::Ui,
    value: &mut u32,
    max: u32,
    hint: String,
) -> bool {
    let (min, top, step) = if max >= 200 {
        (100, max / 100 * 100, 100.0)
    } else {
        (1, max.max(1), 1.0)
    };
    *value = round_amount(*value, max);
    ui.add(
        egui::Slider::new(value, min..=top)
            .step_by(step)
            .suffix(lang.tr("unit-men")),
    )
    .on_hover_text(hint)
    .changed()
}

/// A button for a control: enabled when the rules accept it, else greyed with the reason.
pub fn control_button(
    ui: &mut egui::Ui,
    label: String,
    key: &str,
    help: String,
    result: &Result<Command, String>,
    used: &mut Vec<Control>,
    control: Control,
) {
    let text = if key.is_empty() {
        label
    } else {
        format!("{label}  ({key})")
    };
    let response = ui.add_enabled(result.is_ok(), egui::Button::new(text));
    let response = match result {
        Ok(_) => response.on_hover_text(help),
        Err(reason) => response.on_disabled_hover_ui(|ui| {
            ui.set_max_width(300.0);
            ui.label(help);
            ui.label(RichText::new(reason).color(ui::DANGER));
        }),
    };
    if response.clicked() {
        used.push(control);
    }
}

/// A refusal under a control, so that it is seen without hovering.
pub fn reason_line(ui: &mut egui::Ui, result: &Result<Command, String>) {
    if let Err(reason) = result {
        ui.label(RichText::new(reason).small().color(ui::DIM));
    }
}
