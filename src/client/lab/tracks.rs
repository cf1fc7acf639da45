//! The Lab's charts of the off-map tracks by month: France's will, US pressure, the European
//! crisis and the Republic's legitimacy (each variant's median and quartile band), and for
//! each variant what each term of France's will had added to it or taken from it so far.
use crate::client::game_over::year_fraction;
use crate::client::lab::results::{section, still, variant_colour};
use crate::client::lab::worker::LabResults;
use crate::client::theme::ui as colour;
use crate::lab::tracks::{self, TRACKS, WILL_CAUSES};
use crate::lab::{Summary, stats::Quartiles};
use crate::text::{Arg, Lang};
use bevy_egui::egui::{self, Color32, RichText};
use egui_plot::{FilledArea, Line, PlotPoints};

/// The colours of the terms of France's will, in [`WILL_CAUSES`] order.
const CAUSE_COLOURS: [Color32; 8] = [
    Color32::from_rgb(0xe0, 0xb5, 0x3a),
    Color32::from_rgb(0xe0, 0x6c, 0x5a),
    Color32::from_rgb(0x9a, 0x9a, 0x9a),
    Color32::from_rgb(0x7f, 0xd3, 0xe6),
    Color32::from_rgb(0xc3, 0x8f, 0xd6),
    Color32::from_rgb(0xd9, 0x9a, 0x5b),
    Color32::from_rgb(0xe8, 0x8f, 0xc0),
    Color32::from_rgb(0x8a, 0xd6, 0x8a),
];

/// The section: the four tracks two by two, then what moved France's will.
pub fn panel(lang: Lang, ui: &mut egui::Ui, results: &LabResults) {
    let Some(base) = results.experiment.as_ref().and_then(|e| e.setups.first()) else {
        return;
    };
    section(ui, lang.tr("labscreen-tracks"));
    ui.label(
        RichText::new(lang.tr("labscreen-tracks.help"))
            .small()
            .color(colour::DIM),
    );
    let ranges = tracks::ranges(&base.scenario);
    for pair in [[0, 1], [2, 3]] {
        ui.columns(2, |columns| {
            for (column, t) in columns.iter_mut().zip(pair) {
                track(lang, column, results, t, ranges[t]);
            }
        });
    }
    ui.horizontal_wrapped(|ui| {
        for (c, cause) in WILL_CAUSES.iter().enumerate() {
            ui.label(RichText::new("■").color(CAUSE_COLOURS[c]));
            ui.label(RichText::new(tracks::cause_name(lang, cause)).small());
        }
    });
    for (k, s) in results.summaries.iter().enumerate() {
        drains(lang, ui, k, s);
    }
}

/// One track: each variant's median line and quartile band by month.
fn track(lang: Lang, ui: &mut egui::Ui, results: &LabResults, t: usize, (low, high): (f64, f64)) {
    ui.label(RichText::new(tracks::series_name(lang, t)).strong());
    let reached = results
        .summaries
        .iter()
        .flat_map(|s| s.tracks.iter().map(|m| m.values[t].p75))
        .fold(low + 10.0, f64::max)
        .min(high);
    still(&format!("lab-track-{}", TRACKS[t].id()), 170.0)
        .include_y(low)
        .include_y(reached)
        .x_axis_label(lang.tr("labscreen-axis-year"))
        .y_axis_label(lang.tr("labscreen-axis-points"))
        .show(ui, |plot| {
            for (k, s) in results.summaries.iter().enumerate() {
                let (xs, q) = series(s, t);
                let p25: Vec<f64> = q.iter().map(|q| q.p25).collect();
                let p75: Vec<f64> = q.iter().map(|q| q.p75).collect();
                let median: PlotPoints = xs.iter().zip(&q).map(|(&x, q)| [x, q.median]).collect();
                plot.add(
                    FilledArea::new(&s.label, &xs, &p25, &p75)
                        .fill_color(variant_colour(k).gamma_multiply(0.25)),
                );
                plot.line(
                    Line::new(&s.label, median)
                        .color(variant_colour(k))
                        .width(2.0),
                );
            }
        });
}

/// What each term of France's will had done to it by each month, in one variant: the median
/// of the trials.
fn drains(lang: Lang, ui: &mut egui::Ui, k: usize, s: &Summary) {
    ui.add_space(4.0);
    ui.label(
        RichText::new(lang.tr_args(
            "labscreen-drains",
            &[("variant", Arg::Str(s.label.clone()))],
        ))
        .strong()
        .color(variant_colour(k)),
    );
    still(&format!("lab-drains-{k}"), 190.0)
        .include_y(0.0)
        .x_axis_label(lang.tr("labscreen-axis-year"))
        .y_axis_label(lang.tr("labscreen-axis-points"))
        .show(ui, |plot| {
            for (c, cause) in WILL_CAUSES.iter().enumerate() {
                let (xs, q) = series(s, TRACKS.len() + c);
                let median: PlotPoints = xs.iter().zip(&q).map(|(&x, q)| [x, q.median]).collect();
                plot.line(
                    Line::new(tracks::cause_name(lang, cause), median)
                        .color(CAUSE_COLOURS[c])
                        .width(2.0),
                );
            }
        });
}

/// One series of a summary: the months as years, and the quartiles.
fn series(s: &Summary, k: usize) -> (Vec<f64>, Vec<Quartiles<f64>>) {
    s.tracks
        .iter()
        .map(|m| (year_fraction(m.month), m.values[k]))
        .unzip()
}
