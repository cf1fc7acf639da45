//! The Lab's results, pictures first, drawn from whatever trials have come in: who won (shares
//! with their 95 % intervals), the key dates as distributions beside the history's month,
//! provinces held by month (median and quartile band) against the history, the tracks by
//! month ([`crate::client::lab::tracks`]), and with two or
//! more variants the paired differences with their intervals and the paragraph; then the
//! trials themselves, any of which opens as a war to watch.
use crate::client::game_over::year_fraction;
use crate::client::lab::worker::LabResults;
use crate::client::texts::side_name;
use crate::client::theme::ui as colour;
use crate::lab::compare::{self, Measure};
use crate::lab::{DateLabel, KeyDate, Trial, history, stats};
use crate::sim::Side;
use crate::text::{Arg, Lang};
use bevy_egui::egui::{self, Color32, RichText};
use egui_plot::{
    Bar, BarChart, BoxElem, BoxPlot, BoxSpread, FilledArea, Line, LineStyle, Plot, PlotPoints,
    Points, VLine,
};

/// The colours of the variants, in order (the first, the scenario as it is, in gold); none
/// is the green or blue of the sides, which the bars of who won use.
const COLOURS: [Color32; 6] = [
    Color32::from_rgb(0xe0, 0xb5, 0x3a),
    Color32::from_rgb(0xe0, 0x6c, 0x5a),
    Color32::from_rgb(0xc3, 0x8f, 0xd6),
    Color32::from_rgb(0xd9, 0x9a, 0x5b),
    Color32::from_rgb(0xe8, 0x8f, 0xc0),
    Color32::from_rgb(0x7f, 0xd3, 0xe6),
];

/// The colours of the measures in the charts of differences.
const MEASURE_COLOURS: [Color32; 4] = [
    Color32::from_rgb(0x4f, 0xb3, 0xa9),
    Color32::from_rgb(0x8a, 0xb6, 0xe8),
    Color32::from_rgb(0xd9, 0xc2, 0x7a),
    Color32::from_rgb(0xd9, 0x7a, 0x9a),
];

/// The colour of the history's marks.
const HISTORY: Color32 = Color32::from_rgb(0xf4, 0xf0, 0xe6);

/// The key dates drawn as distributions, in the war's order.
const DATES: [KeyDate; 5] = [
    KeyDate::CapitalFalls,
    KeyDate::Empire,
    KeyDate::WithdrawalAnnounced,
    KeyDate::FrenchGone,
    KeyDate::EmpireEnds,
];

/// A variant's colour.
pub fn variant_colour(k: usize) -> Color32 {
    COLOURS[k % COLOURS.len()]
}

/// What the teacher asked of the results.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResultsAction {
    /// Open one trial as a war to watch.
    Watch {
        /// The variant.
        variant: usize,
        /// Its seed.
        seed: u64,
    },
}

/// The results panel.
pub fn panel(lang: Lang, ui: &mut egui::Ui, results: &LabResults) -> Option<ResultsAction> {
    if results.experiment.is_none() {
        ui.add_space(40.0);
        ui.vertical_centered(|ui| {
            ui.label(
                RichText::new(lang.tr("labscreen-empty"))
                    .italics()
                    .color(colour::DIM),
            );
        });
        return None;
    };
    progress(lang, ui, results);
    if results.done() == 0 {
        return None;
    }
    ui.add_space(6.0);
    legend_of_variants(ui, results);
    section(ui, lang.tr("labscreen-winners"));
    winners(lang, ui, results);
    section(ui, lang.tr("labscreen-dates"));
    ui.label(
        RichText::new(lang.tr("labscreen-dates.help"))
            .small()
            .color(colour::DIM),
    );
    for date in DATES {
        key_date(lang, ui, results, date);
    }
    section(ui, lang.tr("labscreen-provinces"));
    provinces(lang, ui, results);
    crate::client::lab::tracks::panel(lang, ui, results);
    if !results.comparisons.is_empty() {
        section(ui, lang.tr("labscreen-differences"));
        differences(lang, ui, results);
    }
    section(ui, lang.tr("labscreen-trials"));
    ui.label(
        RichText::new(lang.tr("labscreen-trials.help"))
            .small()
            .color(colour::DIM),
    );
    trials(lang, ui, results)
}

/// A section's title.
pub(crate) fn section(ui: &mut egui::Ui, title: String) {
    ui.add_space(10.0);
    ui.label(RichText::new(title).heading().color(colour::GOLD));
}

fn progress(lang: Lang, ui: &mut egui::Ui, results: &LabResults) {
    let (done, total) = (results.done(), results.total());
    let variants = results.trials.len();
    let text = lang.tr_args(
        "labscreen-progress",
        &[
            ("done", Arg::Num(done as f64)),
            ("total", Arg::Num(total as f64)),
            ("variants", Arg::Num(variants as f64)),
        ],
    );
    ui.add(egui::ProgressBar::new(done as f32 / total.max(1) as f32).text(text));
    let status = if results.cancelled {
        lang.tr("labscreen-status-cancelled")
    } else if results.finished {
        lang.tr("labscreen-status-finished")
    } else {
        lang.tr("labscreen-status-running")
    };
    let e = results.experiment.as_ref();
    let levels = e.map_or([crate::sim::ai::Difficulty::Normal; 2], |e| e.levels);
    let first = e.map_or(0, |e| e.seed);
    ui.label(
        RichText::new(lang.tr_args(
            "labscreen-status",
            &[
                ("status", Arg::Str(status)),
                ("first", Arg::Str(first.to_string())),
                (
                    "last",
                    Arg::Str(first.wrapping_add(done.saturating_sub(1)).to_string()),
                ),
                ("republic", Arg::Str(level_name(lang, levels[0]))),
                ("empire", Arg::Str(level_name(lang, levels[1]))),
            ],
        ))
        .small()
        .color(colour::DIM),
    );
}

/// An AI level's name.
pub fn level_name(lang: Lang, level: crate::sim::ai::Difficulty) -> String {
    use crate::sim::ai::Difficulty;
    lang.tr(match level {
        Difficulty::Easy => "menu-difficulty-easy",
        Difficulty::Normal => "menu-difficulty-normal",
        Difficulty::Hard => "menu-difficulty-hard",
    })
}

/// The variants with their colours, once for every chart.
fn legend_of_variants(ui: &mut egui::Ui, results: &LabResults) {
    ui.horizontal_wrapped(|ui| {
        for (k, s) in results.summaries.iter().enumerate() {
            ui.label(RichText::new("■").color(variant_colour(k)));
            ui.label(RichText::new(&s.label).strong());
            ui.add_space(8.0);
        }
    });
}

/// A non-interactive chart: the pictures are for reading, not for panning.
pub(crate) fn still(id: &str, height: f32) -> Plot<'static> {
    Plot::new(egui::Id::new(id))
        .show_grid([true, false])
        .height(height)
        .allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
}

/// Who won, by variant: the Republic's and the Empire's shares as bars with their 95 %
/// intervals, and the numbers under them.
fn winners(lang: Lang, ui: &mut egui::Ui, results: &LabResults) {
    let rows = results.summaries.len();
    let row = |k: usize| -(k as f64);
    ui.horizontal_wrapped(|ui| {
        for side in Side::BOTH {
            ui.label(RichText::new("■").color(crate::client::theme::side_colour(side)));
            let name = ui.label(winner_side_name(lang, side));
            if side == Side::Empire {
                name.on_hover_text(lang.tr("labscreen-side-imperial.help"));
            }
        }
        ui.label(RichText::new("—").strong().color(colour::TEXT));
        ui.label(lang.tr("labscreen-interval"));
    });
    still("lab-winners", 50.0 + 42.0 * rows as f32)
        .include_x(-4.0)
        .include_x(100.0)
        // Room at the right for the last mark's "100".
        .set_margin_fraction(egui::vec2(0.03, 0.05))
        .show_axes([true, false])
        .x_axis_label(lang.tr("labscreen-axis-share"))
        .show(ui, |plot| {
            for (i, side) in Side::BOTH.into_iter().enumerate() {
                let offset = if i == 0 { 0.17 } else { -0.17 };
                let bars = results
                    .summaries
                    .iter()
                    .enumerate()
                    .map(|(k, s)| {
                        Bar::new(row(k) + offset, s.winners[i].share * 100.0)
                            .width(0.3)
                            .horizontal()
                            .name(&s.label)
                            .fill(crate::client::theme::side_colour(side))
                    })
                    .collect();
                plot.bar_chart(
                    BarChart::new(winner_side_name(lang, side), bars)
                        .color(crate::client::theme::side_colour(side)),
                );
                for (k, s) in results.summaries.iter().enumerate() {
                    let w = s.winners[i];
                    let y = row(k) + offset;
                    plot.line(
                        Line::new(
                            lang.tr("labscreen-interval"),
                            vec![[w.low * 100.0, y], [w.high * 100.0, y]],
                        )
                        .color(colour::TEXT)
                        .width(2.0),
                    );
                }
            }
            // A mark of each variant's colour at the left of its pair of bars.
            for k in 0..rows {
                plot.points(
                    Points::new("", vec![[-3.0, row(k)]])
                        .color(variant_colour(k))
                        .radius(6.0),
                );
            }
        });
    for (k, s) in results.summaries.iter().enumerate() {
        let share = |i: usize| {
            let w: stats::Share = s.winners[i];
            lang.tr_args(
                "labscreen-share",
                &[
                    ("share", Arg::Str(crate::lab::percent(lang, w.share))),
                    ("low", Arg::Str(crate::lab::percent(lang, w.low))),
                    ("high", Arg::Str(crate::lab::percent(lang, w.high))),
                ],
            )
        };
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new("■").color(variant_colour(k)));
            ui.label(lang.tr_args(
                "labscreen-winners-line",
                &[
                    ("republic", Arg::Str(share(0))),
                    ("empire", Arg::Str(share(1))),
                    (
                        "none",
                        Arg::Str(crate::lab::percent(lang, s.winners[2].share)),
                    ),
                ],
            ));
        });
    }
}

/// Quantiles of the months in which a date came, among the trials where it came. A month is
/// the whole of it on the axis, so the box runs from the start of its first quartile's month
/// to the end of its third's, and is never drawn with no width when most trials agree on one
/// month.
pub fn date_box(trials: &[Trial], date: KeyDate) -> Option<BoxSpread> {
    let years: Vec<f64> = trials
        .iter()
        .filter_map(|t| t.date(date))
        .map(year_fraction)
        .collect();
    let q = |p: f64| stats::quantile(&years, p);
    let month = 1.0 / 12.0;
    Some(BoxSpread::new(
        q(0.05)?,
        q(0.25)?,
        q(0.5)? + month / 2.0,
        q(0.75)? + month,
        q(0.95)? + month,
    ))
}

/// One key date: a box per variant (the middle half of the trials in which it came, the
/// median, whiskers from 5 to 95 %), the history's month as a line, and how often it came.
fn key_date(lang: Lang, ui: &mut egui::Ui, results: &LabResults, date: KeyDate) {
    let Some(e) = &results.experiment else { return };
    let Some(base) = e.setups.first() else { return };
    let historical = history::month_of(&base.scenario.history, date);
    let mut title = date.label(lang);
    if let Some(m) = historical {
        title = lang.tr_args(
            "labscreen-date-history",
            &[
                ("date", Arg::Str(title)),
                ("month", Arg::Str(lang.month(m))),
            ],
        );
    }
    ui.add_space(4.0);
    ui.label(RichText::new(title).strong());
    let rows = results.trials.len();
    let start = year_fraction(base.scenario.start);
    let end = year_fraction(base.scenario.end);
    still(
        &format!("lab-date-{}", date.key()),
        44.0 + 22.0 * rows as f32,
    )
    .include_x(start)
    .include_x(end)
    .show_axes([true, false])
    .x_axis_label(lang.tr("labscreen-axis-year"))
    .show(ui, |plot| {
        for (k, trials) in results.trials.iter().enumerate() {
            if let Some(spread) = date_box(trials, date) {
                let label = results.summaries.get(k).map_or("", |s| s.label.as_str());
                plot.box_plot(
                    BoxPlot::new(
                        label,
                        vec![
                            BoxElem::new(-(k as f64), spread)
                                .horizontal()
                                .box_width(0.6)
                                .whisker_width(0.3)
                                .fill(variant_colour(k).gamma_multiply(0.5)),
                        ],
                    )
                    .color(variant_colour(k)),
                );
            }
        }
        if let Some(m) = historical {
            plot.vline(
                VLine::new(lang.tr("labscreen-history"), year_fraction(m))
                    .color(HISTORY)
                    .style(LineStyle::dashed_loose()),
            );
        }
    });
    ui.horizontal_wrapped(|ui| {
        for (k, trials) in results.trials.iter().enumerate() {
            let came = trials.iter().filter(|t| t.date(date).is_some()).count();
            ui.label(RichText::new("■").color(variant_colour(k)));
            ui.label(
                RichText::new(lang.tr_args(
                    "labscreen-date-came",
                    &[
                        ("came", Arg::Num(came as f64)),
                        ("trials", Arg::Num(trials.len() as f64)),
                    ],
                ))
                .small(),
            );
        }
    });
}

/// Provinces held by the Intervention and the Empire by month: each variant's median and
/// quartile band, with the history's record over them.
fn provinces(lang: Lang, ui: &mut egui::Ui, results: &LabResults) {
    let Some(e) = &results.experiment else { return };
    let Some(base) = e.setups.first() else { return };
    let record = history::curve(&base.scenario.history, Side::Empire);
    let empire = 2;
    still("lab-provinces", 300.0)
        .include_y(0.0)
        .include_y(base.scenario.provinces.len() as f64)
        .x_axis_label(lang.tr("lab-chart-x"))
        .y_axis_label(lang.tr("lab-chart-y"))
        .show(ui, |plot| {
            for (k, s) in results.summaries.iter().enumerate() {
                let xs: Vec<f64> = s.provinces.iter().map(|m| year_fraction(m.month)).collect();
                let low: Vec<f64> = s.provinces.iter().map(|m| m.held[empire].p25).collect();
                let high: Vec<f64> = s.provinces.iter().map(|m| m.held[empire].p75).collect();
                let median: PlotPoints = s
                    .provinces
                    .iter()
                    .map(|m| [year_fraction(m.month), m.held[empire].median])
                    .collect();
                plot.add(
                    FilledArea::new(&s.label, &xs, &low, &high)
                        .fill_color(variant_colour(k).gamma_multiply(0.25)),
                );
                plot.line(
                    Line::new(&s.label, median)
                        .color(variant_colour(k))
                        .width(2.0),
                );
            }
            let points: Vec<[f64; 2]> = record
                .iter()
                .map(|&(m, n)| [year_fraction(m), f64::from(n)])
                .collect();
            plot.line(
                Line::new(lang.tr("labscreen-history"), points.clone())
                    .color(HISTORY)
                    .style(LineStyle::dashed_loose()),
            );
            plot.points(
                Points::new(lang.tr("labscreen-history"), points)
                    .color(HISTORY)
                    .radius(3.5),
            );
        });
    ui.label(
        RichText::new(lang.tr("labscreen-provinces.help"))
            .small()
            .color(colour::DIM),
    );
}

/// Each variant against the scenario as it is: the paired differences of the months as
/// intervals around their means, the table with every measure, and the paragraph.
fn differences(lang: Lang, ui: &mut egui::Ui, results: &LabResults) {
    let months = [
        Measure::CapitalFalls,
        Measure::WithdrawalAnnounced,
        Measure::FrenchGone,
        Measure::EmpireEnds,
    ];
    for (c, comparison) in results.comparisons.iter().enumerate() {
        let k = c + 1;
        ui.add_space(4.0);
        ui.label(
            RichText::new(lang.tr_args(
                "lab-compare-differences",
                &[
                    ("variant", Arg::Str(comparison.variant.clone())),
                    ("baseline", Arg::Str(comparison.baseline.clone())),
                ],
            ))
            .strong()
            .color(variant_colour(k)),
        );
        ui.horizontal_wrapped(|ui| {
            for (i, m) in months.iter().enumerate() {
                ui.label(RichText::new("■").color(MEASURE_COLOURS[i]));
                ui.label(m.label(lang));
            }
        });
        still(&format!("lab-differences-{c}"), 150.0)
            .show_axes([true, false])
            .include_x(-1.0)
            .include_x(1.0)
            .include_y(0.6)
            .include_y(-(months.len() as f64) + 0.4)
            .x_axis_label(lang.tr("labscreen-axis-months"))
            .show(ui, |plot| {
                for (i, m) in months.iter().enumerate() {
                    let Some((_, d)) = comparison.differences.iter().find(|(x, _)| x == m) else {
                        continue;
                    };
                    let y = -(i as f64);
                    let hue = MEASURE_COLOURS[i];
                    plot.line(
                        Line::new(m.label(lang), vec![[d.low, y], [d.high, y]])
                            .color(hue)
                            .width(3.0),
                    );
                    plot.points(
                        Points::new(m.label(lang), vec![[d.mean, y]])
                            .color(hue)
                            .radius(5.0),
                    );
                }
                plot.vline(VLine::new("", 0.0).color(colour::DIM));
            });
        egui::Grid::new(format!("lab-differences-table-{c}"))
            .striped(true)
            .num_columns(4)
            .show(ui, |ui| {
                ui.label("");
                ui.label(RichText::new(lang.tr("lab-col-mean")).strong());
                ui.label(RichText::new(lang.tr("lab-col-ci")).strong());
                ui.label(RichText::new(lang.tr("lab-col-median")).strong());
                ui.end_row();
                for (m, d) in &comparison.differences {
                    let d = compare::shown(*m, *d);
                    ui.label(m.label(lang));
                    ui.label(compare::signed(lang, d.mean));
                    ui.label(format!(
                        "[{} … {}]",
                        compare::signed(lang, d.low),
                        compare::signed(lang, d.high)
                    ));
                    ui.label(compare::signed(lang, d.median));
                    ui.end_row();
                }
            });
        ui.label(
            RichText::new(lang.tr("lab-compare-note"))
                .small()
                .color(colour::DIM),
        );
        ui.add_space(4.0);
        ui.label(RichText::new(&comparison.paragraph).italics());
    }
}

/// The trials, seed by seed with every variant's war on that seed together; each can be
/// opened as a war to watch.
fn trials(lang: Lang, ui: &mut egui::Ui, results: &LabResults) -> Option<ResultsAction> {
    let variants = results.trials.len().max(1);
    let rows = results.trials.iter().map(Vec::len).min().unwrap_or(0) * variants;
    let mut action = None;
    let height = ui.text_style_height(&egui::TextStyle::Button) + 8.0;
    egui::ScrollArea::vertical()
        .id_salt("lab-trials")
        .max_height(260.0)
        .auto_shrink([false, true])
        .show_rows(ui, height, rows, |ui, range| {
            for r in range {
                let (n, k) = (r / variants, r % variants);
                let Some(t) = results.trials.get(k).and_then(|ts| ts.get(n)) else {
                    continue;
                };
                ui.horizontal(|ui| {
                    if ui.small_button(lang.tr("labscreen-watch")).clicked() {
                        action = Some(ResultsAction::Watch {
                            variant: k,
                            seed: t.seed,
                        });
                    }
                    ui.label(RichText::new("■").color(variant_colour(k)));
                    ui.label(trial_line(lang, t));
                });
            }
        });
    action
}

/// A side as the results across many wars name it: the Republic, or the imperial side (the
/// Intervention, the Regency or the Empire, whichever each war had reached).
fn winner_side_name(lang: Lang, side: Side) -> String {
    match side {
        Side::Republic => side_name(lang, side),
        Side::Empire => lang.tr("labscreen-side-imperial"),
    }
}

/// Who won one trial, the imperial side named for what it was when the war ended: the
/// Intervention, the Regency or the Empire.
pub fn trial_outcome(t: &Trial) -> &'static str {
    match t.winner {
        Some(Side::Empire) if t.date(KeyDate::Empire).is_some() => "empire",
        Some(Side::Empire) if t.date(KeyDate::Regency).is_some() => "regency",
        Some(Side::Empire) => "intervention",
        _ => t.winner_key(),
    }
}

/// One trial in a line: its seed, who won, and the month the war ended.
fn trial_line(lang: Lang, t: &Trial) -> String {
    lang.tr_args(
        "labscreen-trial",
        &[
            ("seed", Arg::Str(t.seed.to_string())),
            ("outcome", Arg::Str(trial_outcome(t).to_string())),
            ("month", Arg::Str(lang.month(t.last_month))),
        ],
    )
}
