//! The charts of `aguila sweep` and `aguila sensitivity`, as plain SVG: outcomes drawn against
//! a lever's values (a line with its band per outcome), and the tornado of every lever's effect
//! at its low and high value, with intervals.
use crate::lab::chart::{COLOURS, escape, path_d, tint, truncate};
use crate::lab::stats::PairedDiff;
use std::fmt::Write;

const WIDTH: f64 = 960.0;
const FONT: &str = r#"font-family="Georgia, 'DejaVu Serif', serif" font-size="13""#;
const BACKGROUND: &str = "#fbf8f0";

/// One outcome drawn against a lever's values: a point with its band at each value.
pub struct LinePanel {
    /// The outcome and its unit.
    pub title: String,
    /// At each value: (band low, point, band high), or `None` where there is nothing to draw.
    pub points: Vec<Option<(f64, f64, f64)>>,
    /// The y axis: lowest, highest, and where to put labelled ticks with their text.
    pub axis: (f64, f64, Vec<(f64, String)>),
}

/// Outcomes against a lever's values: one panel per outcome, stacked, sharing the x axis.
pub fn sweep_svg(title: &str, note: &str, values: &[String], panels: &[LinePanel]) -> String {
    let (left, right, panel_h, gap, top) = (90.0, 30.0, 150.0, 60.0, 70.0);
    let height = top + panels.len() as f64 * (panel_h + gap) + 30.0;
    let plot_w = WIDTH - left - right;
    let n = values.len().max(1) as f64;
    let x = |i: usize| left + plot_w * (i as f64 + 0.5) / n;
    let mut s = header(height, title, note);
    for (k, panel) in panels.iter().enumerate() {
        let y0 = top + k as f64 * (panel_h + gap) + 20.0;
        let (lo, hi, ticks) = &panel.axis;
        let span = (hi - lo).max(1e-9);
        let y = |v: f64| y0 + panel_h * (1.0 - (v - lo) / span);
        let colour = COLOURS[k % COLOURS.len()];
        let _ = writeln!(
            s,
            r##"<text x="{left}" y="{:.1}" fill="#222" font-size="15">{}</text>"##,
            y0 - 8.0,
            escape(&panel.title)
        );
        for (v, label) in ticks {
            let yy = y(*v);
            let _ = writeln!(
                s,
                r##"<line x1="{left}" y1="{yy:.1}" x2="{:.1}" y2="{yy:.1}" stroke="#ddd"/><text x="{:.1}" y="{:.1}" text-anchor="end" fill="#444">{}</text>"##,
                WIDTH - right,
                left - 8.0,
                yy + 4.0,
                escape(label)
            );
        }
        for (i, v) in values.iter().enumerate() {
            let _ = writeln!(
                s,
                r##"<text x="{:.1}" y="{:.1}" text-anchor="middle" fill="#444">{}</text>"##,
                x(i),
                y0 + panel_h + 18.0,
                escape(&truncate(v, 12))
            );
        }
        // The band, then the line, then the points with their whiskers; a gap where a value
        // has nothing to draw.
        for run in runs_of_points(&panel.points) {
            let upper: Vec<String> = run
                .iter()
                .map(|&(i, (_, _, h))| format!("{:.1},{:.1}", x(i), y(h)))
                .collect();
            let mut band = upper;
            band.extend(
                run.iter()
                    .rev()
                    .map(|&(i, (l, _, _))| format!("{:.1},{:.1}", x(i), y(l))),
            );
            let _ = writeln!(
                s,
                r#"<polygon points="{}" fill="{}" stroke="none"/>"#,
                band.join(" "),
                tint(colour)
            );
            let line: Vec<String> = run
                .iter()
                .map(|&(i, (_, m, _))| format!("{:.1},{:.1}", x(i), y(m)))
                .collect();
            let _ = writeln!(
                s,
                r#"<path d="{}" fill="none" stroke="{colour}" stroke-width="2.2"/>"#,
                path_d(&line)
            );
            for &(i, (l, m, h)) in &run {
                let _ = writeln!(
                    s,
                    r#"<line x1="{:.1}" y1="{:.1}" x2="{:.1}" y2="{:.1}" stroke="{colour}"/><circle cx="{:.1}" cy="{:.1}" r="3.5" fill="{colour}"/>"#,
                    x(i),
                    y(l),
                    x(i),
                    y(h),
                    x(i),
                    y(m)
                );
            }
        }
    }
    s.push_str("</svg>\n");
    s
}

/// The stretches of consecutive values that have a point.
fn runs_of_points(points: &[Option<(f64, f64, f64)>]) -> Vec<Vec<(usize, (f64, f64, f64))>> {
    let mut out: Vec<Vec<(usize, (f64, f64, f64))>> = vec![Vec::new()];
    for (i, p) in points.iter().enumerate() {
        match p {
            Some(p) => out.last_mut().map_or((), |r| r.push((i, *p))),
            None => out.push(Vec::new()),
        }
    }
    out.retain(|r| !r.is_empty());
    out
}

/// One lever's bar in a tornado: its effect at the low and at the high value.
pub struct TornadoBar {
    /// The lever's name.
    pub label: String,
    /// Its low and high values, as written.
    pub values: (String, String),
    /// Low value minus the scenario as it is.
    pub low: PairedDiff,
    /// High value minus the scenario as it is.
    pub high: PairedDiff,
}

/// One outcome's tornado.
pub struct TornadoPanel {
    /// The outcome and its unit.
    pub title: String,
    /// How to write a value of the axis (months, percentage points).
    pub scale: f64,
    /// The bars, drawn widest first.
    pub bars: Vec<TornadoBar>,
}

/// Tornado charts, one per outcome, stacked: for each lever a bar from zero to its effect at
/// the low value and one to its effect at the high value, each with its 95 % interval.
pub fn tornado_svg(
    title: &str,
    note: &str,
    legend: (&str, &str),
    panels: &mut [TornadoPanel],
) -> String {
    let (left, right, row, gap, top) = (300.0, 40.0, 24.0, 70.0, 90.0);
    let heights: Vec<f64> = panels
        .iter()
        .map(|p| p.bars.len() as f64 * row + 40.0)
        .collect();
    let height = top + heights.iter().map(|h| h + gap).sum::<f64>();
    let mut s = header(height, title, note);
    let (low_colour, high_colour) = (COLOURS[1], COLOURS[0]);
    for (i, (label, c)) in [(legend.0, low_colour), (legend.1, high_colour)]
        .iter()
        .enumerate()
    {
        let lx = left + 220.0 * i as f64;
        // Drawn as the bars are: a pale bar with its interval across it.
        let _ = writeln!(
            s,
            r##"<rect x="{lx:.1}" y="62" width="24" height="8" fill="{}"/><line x1="{lx:.1}" y1="66" x2="{:.1}" y2="66" stroke="{c}" stroke-width="1.5"/><text x="{:.1}" y="71" fill="#222">{}</text>"##,
            tint(c),
            lx + 24.0,
            lx + 30.0,
            escape(label)
        );
    }
    let plot_w = WIDTH - left - right;
    let mut y0 = top;
    for (panel, h) in panels.iter_mut().zip(&heights) {
        panel.bars.sort_by(|a, b| swing(b).total_cmp(&swing(a)));
        let reach = panel
            .bars
            .iter()
            .flat_map(|b| [b.low.low, b.low.high, b.high.low, b.high.high])
            .fold(0.0f64, |m, v| m.max(v.abs()))
            .max(1e-9);
        let x = |v: f64| left + plot_w * (0.5 + 0.5 * v / reach);
        let _ = writeln!(
            s,
            r##"<text x="20" y="{:.1}" fill="#222" font-size="15">{}</text>"##,
            y0 + 14.0,
            escape(&panel.title)
        );
        let body = y0 + 24.0;
        let bottom = body + panel.bars.len() as f64 * row;
        for v in [-reach, -reach / 2.0, 0.0, reach / 2.0, reach] {
            let _ = writeln!(
                s,
                r##"<line x1="{:.1}" y1="{body:.1}" x2="{:.1}" y2="{bottom:.1}" stroke="{}"/><text x="{:.1}" y="{:.1}" text-anchor="middle" fill="#444">{}</text>"##,
                x(v),
                x(v),
                if v == 0.0 { "#444" } else { "#ddd" },
                x(v),
                bottom + 16.0,
                axis_number(v * panel.scale)
            );
        }
        for (k, bar) in panel.bars.iter().enumerate() {
            let yy = body + k as f64 * row;
            let _ = writeln!(
                s,
                r##"<text x="{:.1}" y="{:.1}" text-anchor="end" fill="#222">{} ({} / {})</text>"##,
                left - 8.0,
                yy + row / 2.0 + 4.0,
                escape(&truncate(&bar.label, 26)),
                escape(&bar.values.0),
                escape(&bar.values.1)
            );
            for (d, c, off) in [(&bar.low, low_colour, 3.0), (&bar.high, high_colour, 12.0)] {
                let (a, b) = (x(0.0).min(x(d.mean)), x(0.0).max(x(d.mean)));
                let _ = writeln!(
                    s,
                    r#"<rect x="{a:.1}" y="{:.1}" width="{:.1}" height="8" fill="{}"/><line x1="{:.1}" y1="{:.1}" x2="{:.1}" y2="{:.1}" stroke="{c}" stroke-width="1.5"/>"#,
                    yy + off,
                    (b - a).max(0.5),
                    tint(c),
                    x(d.low),
                    yy + off + 4.0,
                    x(d.high),
                    yy + off + 4.0
                );
            }
        }
        y0 += h + gap;
    }
    s.push_str("</svg>\n");
    s
}

/// How far a lever moves an outcome from one end of its range to the other.
fn swing(b: &TornadoBar) -> f64 {
    (b.high.mean - b.low.mean).abs()
}

fn axis_number(v: f64) -> String {
    let rounded = (v * 10.0).round() / 10.0;
    if rounded == 0.0 {
        "0".into()
    } else if rounded > 0.0 {
        format!("+{rounded}")
    } else {
        format!("−{}", -rounded)
    }
}

fn header(height: f64, title: &str, note: &str) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height:.0}" viewBox="0 0 {WIDTH} {height:.0}" {FONT}>"#
    );
    let _ = writeln!(
        s,
        r#"<rect width="{WIDTH}" height="{height:.0}" fill="{BACKGROUND}"/>"#
    );
    let _ = writeln!(
        s,
        r##"<text x="{}" y="28" text-anchor="middle" font-size="18" fill="#222">{}</text>"##,
        WIDTH / 2.0,
        escape(title)
    );
    let _ = writeln!(
        s,
        r##"<text x="{}" y="48" text-anchor="middle" fill="#555">{}</text>"##,
        WIDTH / 2.0,
        escape(note)
    );
    s
}
