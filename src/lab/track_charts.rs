//! The chart of the off-map tracks by month as plain SVG (tracks.svg): France's will, US
//! pressure, the European crisis and the Republic's legitimacy, each variant's median and
//! quartile band in a panel of its own; then, for each variant, a panel of what each term of
//! France's will had added to it or taken from it so far; and one legend for all.
use crate::lab::Summary;
use crate::lab::chart::{COLOURS, escape, path_d, tint, truncate};
use crate::lab::tracks::{self, TRACKS, WILL_CAUSES};
use crate::sim::Month;
use crate::text::Lang;
use std::fmt::Write;

const WIDTH: f64 = 1200.0;
const TITLE: f64 = 56.0;
const TRACK_ROW: f64 = 250.0;
const DRAIN_ROW: f64 = 240.0;
const LEGEND_LINE: f64 = 22.0;
/// Space inside a panel around its plot: left (the values), right, top (the title), bottom
/// (the years).
const INSET: [f64; 4] = [52.0, 14.0, 34.0, 34.0];

/// One curve of a panel: its median line and, if any, its quartile band.
struct Curve {
    colour: &'static str,
    /// (month, p25, median, p75).
    points: Vec<(Month, f64, f64, f64)>,
    band: bool,
}

/// Where a panel goes and what it shows.
struct Panel<'a> {
    x: f64,
    y: f64,
    w: f64,
    h: f64,
    title: &'a str,
    y_label: &'a str,
}

/// The SVG text of the chart. `ranges` are the four tracks' declared ranges (min, max) in
/// [`TRACKS`] order: a panel's scale starts at the track's minimum and runs up to what the
/// trials reached (the declared maximum at most).
pub fn tracks_svg(
    lang: Lang,
    summaries: &[&Summary],
    start: Month,
    end: Month,
    ranges: [(f64, f64); 4],
) -> String {
    let last = summaries
        .iter()
        .filter_map(|s| s.tracks.last().map(|m| m.month))
        .fold(end, Month::max);
    let drain_rows = summaries.len().max(1);
    let legend_rows = summaries.len() + 2 + WILL_CAUSES.len().div_ceil(2);
    let height =
        TITLE + TRACK_ROW + DRAIN_ROW * drain_rows as f64 + LEGEND_LINE * legend_rows as f64 + 24.0;
    let mut s = String::new();
    let _ = writeln!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" viewBox="0 0 {WIDTH} {height}" font-family="Georgia, 'DejaVu Serif', serif" font-size="12">"#
    );
    let _ = writeln!(
        s,
        r##"<rect width="{WIDTH}" height="{height}" fill="#fbf8f0"/><text x="{}" y="32" text-anchor="middle" font-size="19" fill="#222">{}</text>"##,
        WIDTH / 2.0,
        escape(&lang.tr("lab-tracks-title"))
    );

    // The four tracks, side by side.
    let cell = WIDTH / TRACKS.len() as f64;
    let points_label = lang.tr("lab-tracks-points");
    for (t, &(low, high)) in ranges.iter().enumerate() {
        let curves: Vec<Curve> = summaries
            .iter()
            .enumerate()
            .map(|(k, sm)| Curve {
                colour: COLOURS[k % COLOURS.len()],
                points: series(sm, t),
                band: true,
            })
            .collect();
        let reached = curves
            .iter()
            .flat_map(|c| c.points.iter().map(|p| p.3))
            .fold(low, f64::max);
        let top = nice_ceiling(reached.max(low + 10.0)).min(high.max(low + 1.0));
        let title = tracks::series_name(lang, t);
        panel(
            &mut s,
            &Panel {
                x: cell * t as f64,
                y: TITLE,
                w: cell,
                h: TRACK_ROW,
                title: &title,
                y_label: &points_label,
            },
            (start, last),
            (low, top),
            &curves,
        );
    }

    // What each term of France's will did, one panel per variant.
    let drains_label = lang.tr("lab-tracks-drains-axis");
    for (k, sm) in summaries.iter().enumerate() {
        let curves: Vec<Curve> = (0..WILL_CAUSES.len())
            .map(|c| Curve {
                colour: COLOURS[c % COLOURS.len()],
                points: series(sm, TRACKS.len() + c),
                band: false,
            })
            .collect();
        let (lo, hi) = curves
            .iter()
            .flat_map(|c| c.points.iter().map(|p| p.2))
            .fold((0.0f64, 0.0f64), |(lo, hi), v| (lo.min(v), hi.max(v)));
        let title = lang.tr_args(
            "lab-tracks-drains-title",
            &[("variant", sm.label.clone().into())],
        );
        panel(
            &mut s,
            &Panel {
                x: 0.0,
                y: TITLE + TRACK_ROW + DRAIN_ROW * k as f64,
                w: WIDTH,
                h: DRAIN_ROW,
                title: &title,
                y_label: &drains_label,
            },
            (start, last),
            (-nice_ceiling(-lo), nice_ceiling(hi.max(1.0))),
            &curves,
        );
    }

    // The legend: the variants and the band, then the terms of France's will.
    let mut y = TITLE + TRACK_ROW + DRAIN_ROW * drain_rows as f64 + 16.0;
    let lx = 60.0;
    for (k, sm) in summaries.iter().enumerate() {
        let c = COLOURS[k % COLOURS.len()];
        let _ = writeln!(
            s,
            r##"<rect x="{lx}" y="{:.1}" width="28" height="10" fill="{}"/><line x1="{lx}" y1="{y:.1}" x2="{:.1}" y2="{y:.1}" stroke="{c}" stroke-width="2.2"/><text x="{:.1}" y="{:.1}" fill="#222">{}</text>"##,
            y - 5.0,
            tint(c),
            lx + 28.0,
            lx + 36.0,
            y + 4.0,
            escape(&truncate(&sm.label, 120))
        );
        y += LEGEND_LINE;
    }
    let _ = writeln!(
        s,
        r##"<text x="{lx}" y="{:.1}" fill="#444" font-style="italic">{}</text>"##,
        y + 4.0,
        escape(&lang.tr("lab-tracks-legend-median"))
    );
    y += LEGEND_LINE * 1.5;
    for (c, cause) in WILL_CAUSES.iter().enumerate() {
        let x = lx + (WIDTH / 2.0 - 20.0) * (c % 2) as f64;
        let yy = y + LEGEND_LINE * (c / 2) as f64;
        let _ = writeln!(
            s,
            r##"<line x1="{x}" y1="{yy:.1}" x2="{:.1}" y2="{yy:.1}" stroke="{}" stroke-width="2.2"/><text x="{:.1}" y="{:.1}" fill="#222">{}</text>"##,
            x + 28.0,
            COLOURS[c % COLOURS.len()],
            x + 36.0,
            yy + 4.0,
            escape(&tracks::cause_name(lang, cause))
        );
    }
    s.push_str("</svg>\n");
    s
}

/// One series of a summary by month: (month, p25, median, p75).
fn series(sm: &Summary, k: usize) -> Vec<(Month, f64, f64, f64)> {
    sm.tracks
        .iter()
        .map(|m| {
            let q = m.values[k];
            (m.month, q.p25, q.median, q.p75)
        })
        .collect()
}

/// A round number at or above `x`, for a scale's end: 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6 or 8
/// times a power of ten, so the curves fill most of their panel.
fn nice_ceiling(x: f64) -> f64 {
    round_up(x, &[1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0])
}

/// `x` rounded up to one of `multiples` of its power of ten.
fn round_up(x: f64, multiples: &[f64]) -> f64 {
    if x <= 0.0 {
        return 0.0;
    }
    let power = 10f64.powf(x.log10().floor());
    multiples
        .iter()
        .map(|m| m * power)
        .find(|v| *v >= x - 1e-9)
        .unwrap_or(10.0 * power)
}

/// The step between a scale's marks: a round number giving at most six of them.
fn step(span: f64) -> f64 {
    let mut step = round_up(span / 6.0, &[1.0, 2.0, 2.5, 5.0, 10.0]).max(1e-9);
    if span / step > 6.0 {
        step *= 2.0;
    }
    step
}

/// Draws one panel: its title, the scale with its marks and the years, the bands, then the
/// lines, and a line at zero when the scale crosses it.
fn panel(
    s: &mut String,
    p: &Panel,
    (start, last): (Month, Month),
    (low, high): (f64, f64),
    curves: &[Curve],
) {
    let [left, right, top, bottom] = INSET;
    let (x0, x1) = (p.x + left, p.x + p.w - right);
    let (y0, y1) = (p.y + top, p.y + p.h - bottom);
    let span = f64::from(last.months_since(start) + 1).max(1.0);
    let high = if high > low { high } else { low + 1.0 };
    let x = |m: Month| x0 + (x1 - x0) * f64::from(m.months_since(start) + 1) / span;
    let y = |v: f64| y1 - (y1 - y0) * (v - low) / (high - low);
    let _ = writeln!(
        s,
        r##"<text x="{:.1}" y="{:.1}" text-anchor="middle" font-size="13" fill="#222">{}</text>"##,
        (x0 + x1) / 2.0,
        p.y + 18.0,
        escape(&truncate(p.title, (p.w / 7.0) as usize))
    );
    // The scale: marks at round values, with their grid lines.
    let step = step(high - low);
    let mut v = (low / step).ceil() * step;
    while v <= high + 1e-9 {
        let yy = y(v);
        let stroke = if v.abs() < 1e-9 && low < 0.0 {
            "#888"
        } else {
            "#e3e3e3"
        };
        let _ = writeln!(
            s,
            r##"<line x1="{x0:.1}" y1="{yy:.1}" x2="{x1:.1}" y2="{yy:.1}" stroke="{stroke}"/><text x="{:.1}" y="{:.1}" text-anchor="end" fill="#444" font-size="11">{}</text>"##,
            x0 - 5.0,
            yy + 4.0,
            number(v)
        );
        v += step;
    }
    let _ = writeln!(
        s,
        r##"<text transform="translate({:.1} {:.1}) rotate(-90)" text-anchor="middle" fill="#444" font-size="11">{}</text>"##,
        p.x + 12.0,
        (y0 + y1) / 2.0,
        escape(&truncate(p.y_label, ((y1 - y0) / 6.0) as usize))
    );
    // The years: a tick at each January, the year's name under the middle of it.
    let mut year = start.year();
    while Month::new(year, 1) <= last {
        let from = Month::new(year, 1).max(start);
        let to = Month::new(year, 12).min(last);
        if Month::new(year, 1) > start {
            let xx = x(Month::new(year, 1).plus(-1));
            let _ = writeln!(
                s,
                r##"<line x1="{xx:.1}" y1="{y1:.1}" x2="{xx:.1}" y2="{:.1}" stroke="#444"/>"##,
                y1 + 5.0
            );
        }
        // A year shown for less than four months is not named: its name would not fit.
        if to.months_since(from) >= 3 {
            let _ = writeln!(
                s,
                r##"<text x="{:.1}" y="{:.1}" text-anchor="middle" fill="#444" font-size="11">{year}</text>"##,
                (x(from.plus(-1)) + x(to)) / 2.0,
                y1 + 18.0
            );
        }
        year += 1;
    }
    let _ = writeln!(
        s,
        r##"<path d="M{x0:.1},{y0:.1} L{x0:.1},{y1:.1} L{x1:.1},{y1:.1}" fill="none" stroke="#444"/>"##
    );
    let clamp = |v: f64| v.clamp(low, high);
    let several = curves.iter().filter(|c| c.band).count() > 1;
    for c in curves.iter().filter(|c| c.band && !c.points.is_empty()) {
        let mut pts: Vec<String> = c
            .points
            .iter()
            .map(|&(m, _, _, p75)| format!("{:.1},{:.1}", x(m), y(clamp(p75))))
            .collect();
        pts.extend(
            c.points
                .iter()
                .rev()
                .map(|&(m, p25, _, _)| format!("{:.1},{:.1}", x(m), y(clamp(p25)))),
        );
        let opacity = if several { 0.55 } else { 1.0 };
        let _ = writeln!(
            s,
            r#"<polygon points="{}" fill="{}" fill-opacity="{opacity}" stroke="none"/>"#,
            pts.join(" "),
            tint(c.colour)
        );
    }
    for c in curves.iter().filter(|c| !c.points.is_empty()) {
        let pts: Vec<String> = c
            .points
            .iter()
            .map(|&(m, _, median, _)| format!("{:.1},{:.1}", x(m), y(clamp(median))))
            .collect();
        let _ = writeln!(
            s,
            r#"<path d="{}" fill="none" stroke="{}" stroke-width="2"/>"#,
            path_d(&pts),
            c.colour
        );
    }
}

/// A scale's mark: whole numbers plainly, others with one decimal.
fn number(v: f64) -> String {
    if (v - v.round()).abs() < 1e-9 {
        format!("{}", v.round() as i64)
    } else {
        format!("{v:.1}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scales_end_on_round_numbers_with_at_most_six_marks() {
        assert_eq!(nice_ceiling(87.0), 100.0);
        assert_eq!(nice_ceiling(57.0), 60.0);
        assert_eq!(nice_ceiling(23.0), 25.0);
        assert_eq!(nice_ceiling(4.1), 5.0);
        assert_eq!(nice_ceiling(0.0), 0.0);
        for span in [1.0, 7.0, 30.0, 100.0, 150.0, 260.0] {
            let marks = (span / step(span)).floor() + 1.0;
            assert!((2.0..=7.0).contains(&marks), "{span}: {marks} marks");
        }
    }
}
