//! The chart of provinces held by the Intervention/Empire side by month, as plain SVG: one
//! median line and quartile band per set of trials, the historical curve drawn over them, axes
//! with the years, and a legend.
use crate::lab::Summary;
use crate::sim::Month;
use crate::text::Lang;
use std::fmt::Write;

const WIDTH: f64 = 960.0;
const HEIGHT: f64 = 540.0;
const LEFT: f64 = 70.0;
const RIGHT: f64 = 30.0;
const TOP: f64 = 60.0;
const BOTTOM: f64 = 70.0;
/// Colours of the curves, one per variant (the first is the Empire's imperial red).
pub(crate) const COLOURS: [&str; 8] = [
    "#b2182b", "#2166ac", "#1b7837", "#e08214", "#762a83", "#35978f", "#8c510a", "#4d4d4d",
];

pub(crate) fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The SVG text of the chart. `provinces` is the number of provinces on the map (the y axis);
/// `history` is the scenario's historical curve for the Empire side, drawn over the trials'
/// (none is drawn, and the legend leaves it out, when it is empty).
pub fn provinces_svg(
    lang: Lang,
    summaries: &[&Summary],
    start: Month,
    end: Month,
    provinces: u32,
    history: &[(Month, u32)],
) -> String {
    let last = summaries
        .iter()
        .filter_map(|s| s.provinces.last().map(|m| m.month))
        .chain(history.last().map(|&(m, _)| m))
        .fold(end, Month::max);
    // The axis runs from the first month's start to the last month's end.
    let span = f64::from(last.months_since(start) + 1).max(1.0);
    let plot_w = WIDTH - LEFT - RIGHT;
    let plot_h = HEIGHT - TOP - BOTTOM;
    let y_max = f64::from(provinces.max(1));
    // Month m is drawn at the end of that month (the holdings are counted at its end).
    let x = |m: Month| LEFT + plot_w * f64::from(m.months_since(start) + 1) / span;
    let y = |v: f64| TOP + plot_h * (1.0 - v / y_max);

    let mut s = String::new();
    let _ = writeln!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" viewBox="0 0 {WIDTH} {HEIGHT}" font-family="Georgia, 'DejaVu Serif', serif" font-size="13">"#
    );
    let _ = writeln!(
        s,
        r##"<rect width="{WIDTH}" height="{HEIGHT}" fill="#fbf8f0"/>"##
    );
    let _ = writeln!(
        s,
        r##"<text x="{}" y="28" text-anchor="middle" font-size="18" fill="#222">{}</text>"##,
        WIDTH / 2.0,
        escape(&lang.tr("lab-chart-title"))
    );

    // Horizontal grid and y labels every 5 provinces.
    let mut v = 0;
    while f64::from(v) <= y_max {
        let yy = y(f64::from(v));
        let _ = writeln!(
            s,
            r##"<line x1="{LEFT}" y1="{yy:.1}" x2="{:.1}" y2="{yy:.1}" stroke="#ddd"/><text x="{:.1}" y="{:.1}" text-anchor="end" fill="#444">{v}</text>"##,
            WIDTH - RIGHT,
            LEFT - 8.0,
            yy + 4.0
        );
        v += 5;
    }
    // Years: a tick at each January, the year's name in the middle of it.
    let mut year = start.year();
    while Month::new(year, 1) <= last.plus(1) {
        let jan = Month::new(year, 1);
        if jan.months_since(start) >= -1 {
            let xx = x(jan.plus(-1));
            let _ = writeln!(
                s,
                r##"<line x1="{xx:.1}" y1="{TOP}" x2="{xx:.1}" y2="{:.1}" stroke="#e6e6e6"/><line x1="{xx:.1}" y1="{:.1}" x2="{xx:.1}" y2="{:.1}" stroke="#444"/>"##,
                HEIGHT - BOTTOM,
                HEIGHT - BOTTOM,
                HEIGHT - BOTTOM + 6.0
            );
        }
        let mid_from = Month::new(year, 1).max(start);
        let mid_to = Month::new(year, 12).min(last);
        if mid_from <= mid_to {
            let xm = (x(mid_from.plus(-1)) + x(mid_to)) / 2.0;
            let _ = writeln!(
                s,
                r##"<text x="{xm:.1}" y="{:.1}" text-anchor="middle" fill="#444">{year}</text>"##,
                HEIGHT - BOTTOM + 22.0
            );
        }
        year += 1;
    }
    // Axes and their names.
    let _ = writeln!(
        s,
        r##"<line x1="{LEFT}" y1="{TOP}" x2="{LEFT}" y2="{:.1}" stroke="#444"/><line x1="{LEFT}" y1="{:.1}" x2="{:.1}" y2="{:.1}" stroke="#444"/>"##,
        HEIGHT - BOTTOM,
        HEIGHT - BOTTOM,
        WIDTH - RIGHT,
        HEIGHT - BOTTOM
    );
    let _ = writeln!(
        s,
        r##"<text x="{:.1}" y="{:.1}" text-anchor="middle" fill="#222">{}</text>"##,
        LEFT + plot_w / 2.0,
        HEIGHT - 18.0,
        escape(&lang.tr("lab-chart-x"))
    );
    let _ = writeln!(
        s,
        r##"<text transform="translate(22 {:.1}) rotate(-90)" text-anchor="middle" fill="#222">{}</text>"##,
        TOP + plot_h / 2.0,
        escape(&lang.tr("lab-chart-y"))
    );

    // Bands, then lines, so that no band hides another curve's median. A band is a pale tint
    // of its colour (solid, so that every SVG renderer shows it alike), half transparent when
    // several overlap, with its edges drawn thin.
    let several = summaries.len() > 1;
    for (i, sm) in summaries.iter().enumerate() {
        let c = COLOURS[i % COLOURS.len()];
        let upper: Vec<String> = sm
            .provinces
            .iter()
            .map(|m| format!("{:.1},{:.1}", x(m.month), y(m.held[2].p75)))
            .collect();
        let lower: Vec<String> = sm
            .provinces
            .iter()
            .map(|m| format!("{:.1},{:.1}", x(m.month), y(m.held[2].p25)))
            .collect();
        if upper.is_empty() {
            continue;
        }
        let mut pts = upper.clone();
        pts.extend(lower.iter().rev().cloned());
        let opacity = if several { 0.55 } else { 1.0 };
        let _ = writeln!(
            s,
            r#"<polygon points="{}" fill="{}" fill-opacity="{opacity}" stroke="none"/>"#,
            pts.join(" "),
            tint(c)
        );
        if several {
            for edge in [&upper, &lower] {
                let _ = writeln!(
                    s,
                    r#"<path d="{}" fill="none" stroke="{c}" stroke-width="0.8" stroke-opacity="0.7"/>"#,
                    path_d(edge)
                );
            }
        }
    }
    for (i, sm) in summaries.iter().enumerate() {
        let c = COLOURS[i % COLOURS.len()];
        let pts: Vec<String> = sm
            .provinces
            .iter()
            .map(|m| format!("{:.1},{:.1}", x(m.month), y(m.held[2].median)))
            .collect();
        let _ = writeln!(
            s,
            r#"<path d="{}" fill="none" stroke="{c}" stroke-width="2.2"/>"#,
            path_d(&pts)
        );
    }
    // The historical curve over everything.
    let pts: Vec<String> = history
        .iter()
        .map(|&(m, n)| format!("{:.1},{:.1}", x(m), y(f64::from(n))))
        .collect();
    if !pts.is_empty() {
        let _ = writeln!(
            s,
            r##"<path d="{}" fill="none" stroke="#111" stroke-width="1.8" stroke-dasharray="6 4"/>"##,
            path_d(&pts)
        );
    }
    for &(m, n) in history {
        let _ = writeln!(
            s,
            r##"<circle cx="{:.1}" cy="{:.1}" r="4" fill="#111"/>"##,
            x(m),
            y(f64::from(n))
        );
    }

    // Legend, top right inside the plot.
    let mut rows: Vec<(String, &str, bool)> = Vec::new();
    for (i, sm) in summaries.iter().enumerate() {
        let label = if summaries.len() == 1 {
            lang.tr("lab-chart-median")
        } else {
            sm.label.clone()
        };
        rows.push((label, COLOURS[i % COLOURS.len()], false));
    }
    if !history.is_empty() {
        rows.push((lang.tr("lab-chart-history"), "#111", true));
    }
    // Wide enough for a variant's title and the history's label in full.
    let lx = WIDTH - RIGHT - 470.0;
    let ly = TOP + 10.0;
    let _ = writeln!(
        s,
        r##"<rect x="{:.1}" y="{:.1}" width="460" height="{:.1}" fill="#fff" fill-opacity="0.85" stroke="#ccc"/>"##,
        lx - 8.0,
        ly - 6.0,
        22.0 * (rows.len() as f64 + 1.0) + 4.0
    );
    for (i, (label, c, dashed)) in rows.iter().enumerate() {
        let yy = ly + 12.0 + 22.0 * i as f64;
        let dash = if *dashed {
            r#" stroke-dasharray="6 4""#
        } else {
            ""
        };
        let _ = writeln!(
            s,
            r##"<line x1="{lx:.1}" y1="{yy:.1}" x2="{:.1}" y2="{yy:.1}" stroke="{c}" stroke-width="2.2"{dash}/><text x="{:.1}" y="{:.1}" fill="#222">{}</text>"##,
            lx + 28.0,
            lx + 36.0,
            yy + 4.0,
            escape(&truncate(label, 58))
        );
    }
    let yy = ly + 12.0 + 22.0 * rows.len() as f64;
    let _ = writeln!(
        s,
        r##"<rect x="{lx:.1}" y="{:.1}" width="28" height="10" fill="{}"/><text x="{:.1}" y="{:.1}" fill="#222">{}</text>"##,
        yy - 5.0,
        tint(COLOURS[0]),
        lx + 36.0,
        yy + 4.0,
        escape(&lang.tr("lab-chart-band"))
    );
    s.push_str("</svg>\n");
    s
}

/// SVG path data through the points ("x,y" each): a plain open line, drawn alike by every
/// renderer.
pub(crate) fn path_d(points: &[String]) -> String {
    let mut d = String::new();
    for (i, p) in points.iter().enumerate() {
        d.push_str(if i == 0 { "M" } else { " L" });
        d.push_str(p);
    }
    d
}

/// A pale tint of a `#rrggbb` colour: 25 % of it over the chart's background.
pub(crate) fn tint(colour: &str) -> String {
    let channel =
        |i: usize| u8::from_str_radix(colour.get(i..i + 2).unwrap_or("80"), 16).unwrap_or(128);
    let background = [0xfb, 0xf8, 0xf0];
    let mix = |c: u8, b: u8| (0.25 * f64::from(c) + 0.75 * f64::from(b)).round() as u8;
    format!(
        "#{:02x}{:02x}{:02x}",
        mix(channel(1), background[0]),
        mix(channel(3), background[1]),
        mix(channel(5), background[2])
    )
}

pub(crate) fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(n - 1).collect();
        t.push('…');
        t
    }
}
