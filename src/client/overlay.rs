//! What is drawn over the province meshes with egui's painter: borders, names, capitals,
//! ports and customs houses, the US frontier, army counters and the arrows of orders and
//! of the other side's last moves. Counters are laid out here too, so clicks hit what is drawn.
use crate::client::bridge::Match;
use crate::client::camera::{MapView, MapViewport};
use crate::client::input::Selection;
use crate::client::map_data::{self, MapData, ProvinceShape};
use crate::client::texts;
use crate::client::theme::{self, ui};
use crate::sim::state::{GameState, Order, Stance};
use crate::sim::{Side, state::Army};
use crate::text::Lang;
use bevy::math::Vec2;
use bevy_egui::egui::{self, Align2, Color32, FontId, Pos2, Shape, Stroke};

/// Size of an army counter on screen, in logical pixels.
pub const COUNTER: Vec2 = Vec2::new(46.0, 26.0);
const COUNTER_GAP: f32 = 3.0;

fn pos(v: Vec2) -> Pos2 {
    Pos2::new(v.x, v.y)
}

/// The outline of a province by index in the scenario.
pub fn shape_of<'a>(map: &'a MapData, state: &GameState, p: usize) -> Option<&'a ProvinceShape> {
    map.shape(&state.scenario.provinces[p].id)
}

fn capital_screen(
    map: &MapData,
    state: &GameState,
    view: &MapView,
    vp: &MapViewport,
    p: usize,
) -> Option<Vec2> {
    shape_of(map, state, p).map(|s| view.to_screen(vp, Vec2::new(s.capital.x, s.capital.y)))
}

/// One counter on the map: a single army, or when zoomed out all of a side's armies in a
/// province, so that crowded provinces stay readable.
#[derive(Debug, Clone, PartialEq)]
pub struct Counter {
    /// The armies it stands for, the largest first; a click selects the first.
    pub armies: Vec<u32>,
    /// Whose.
    pub side: Side,
    /// Top-left corner on screen.
    pub min: Vec2,
    /// Bottom-right corner on screen.
    pub max: Vec2,
}

/// Zoomed out past this (map units per pixel), a side's armies in a province share a counter.
pub const GROUP_COUNTERS_ABOVE: f32 = 0.6;

/// Where the counters are drawn: a row under each province's capital.
pub fn counter_layout(
    map: &MapData,
    state: &GameState,
    view: &MapView,
    vp: &MapViewport,
) -> Vec<Counter> {
    let grouped = view.units_per_px > GROUP_COUNTERS_ABOVE;
    let mut out = Vec::new();
    for p in 0..state.provinces.len() {
        let mut here: Vec<&Army> = state.armies.iter().filter(|a| a.location == p).collect();
        if here.is_empty() {
            continue;
        }
        here.sort_by_key(|a| (a.side, std::cmp::Reverse(a.strength()), a.id));
        let mut groups: Vec<(Side, Vec<u32>)> = Vec::new();
        for a in here {
            match groups.last_mut() {
                Some((side, ids)) if grouped && *side == a.side => ids.push(a.id),
                _ => groups.push((a.side, vec![a.id])),
            }
        }
        let Some(anchor) = capital_screen(map, state, view, vp, p) else {
            continue;
        };
        let n = groups.len() as f32;
        let width = n * COUNTER.x + (n - 1.0) * COUNTER_GAP;
        let mut x = anchor.x - width / 2.0;
        let y = anchor.y + 9.0;
        for (side, armies) in groups {
            let min = Vec2::new(x, y);
            out.push(Counter {
                armies,
                side,
                min,
                max: min + COUNTER,
            });
            x += COUNTER.x + COUNTER_GAP;
        }
    }
    out
}

/// The army whose counter is under a window point, the topmost if several.
pub fn army_at(
    map: &MapData,
    state: &GameState,
    view: &MapView,
    vp: &MapViewport,
    cursor: Vec2,
) -> Option<u32> {
    counter_layout(map, state, view, vp)
        .into_iter()
        .rev()
        .find(|c| {
            cursor.x >= c.min.x && cursor.y >= c.min.y && cursor.x <= c.max.x && cursor.y <= c.max.y
        })
        .and_then(|c| c.armies.first().copied())
}

/// Three letters for a contingent on a counter, from its id ("french_corps" → "FRE").
pub fn contingent_code(id: &str) -> String {
    id.chars()
        .filter(|c| c.is_ascii_alphabetic())
        .take(3)
        .collect::<String>()
        .to_uppercase()
}

/// The army's largest contingent.
pub fn main_contingent(army: &Army) -> Option<usize> {
    army.troops()
        .iter()
        .max_by_key(|d| d.strength())
        .map(|d| d.contingent)
}

fn text_with_halo(painter: &egui::Painter, at: Pos2, text: &str, font: FontId, colour: Color32) {
    for (dx, dy) in [(-1.0, 0.0), (1.0, 0.0), (0.0, -1.0), (0.0, 1.0)] {
        painter.text(
            at + egui::vec2(dx, dy),
            Align2::CENTER_CENTER,
            text,
            font.clone(),
            ui::HALO,
        );
    }
    painter.text(at, Align2::CENTER_CENTER, text, font, colour);
}

fn arrow(painter: &egui::Painter, from: Pos2, to: Pos2, stroke: Stroke, dashed: bool) {
    let dir = to - from;
    let len = dir.length();
    if len < 4.0 {
        return;
    }
    let unit = dir / len;
    // Stop short of the target's counters so the head stays visible.
    let tip = from + unit * (len - 6.0).max(0.0);
    if dashed {
        painter.extend(Shape::dashed_line(&[from, tip], stroke, 7.0, 5.0));
    } else {
        painter.line_segment([from, tip], stroke);
    }
    let normal = egui::vec2(-unit.y, unit.x);
    let head = 10.0;
    painter.add(Shape::convex_polygon(
        vec![
            tip,
            tip - unit * head + normal * head * 0.5,
            tip - unit * head - normal * head * 0.5,
        ],
        stroke.color,
        Stroke::NONE,
    ));
}

/// A ring on screen, without points closer than half a pixel to the previous one.
fn screen_ring(ring: &[(f32, f32)], to_screen: &impl Fn(f32, f32) -> Pos2) -> Vec<Pos2> {
    let mut out: Vec<Pos2> = Vec::with_capacity(ring.len());
    for &(x, y) in ring {
        let p = to_screen(x, y);
        if out.last().is_none_or(|q| q.distance(p) >= 0.5) {
            out.push(p);
        }
    }
    out
}

/// Paints the whole overlay, clipped to the free area of the map.
pub fn paint(
    lang: Lang,
    painter: &egui::Painter,
    map: &MapData,
    game: &Match,
    selection: &Selection,
    view: &MapView,
    vp: &MapViewport,
) {
    let state = &game.state;
    let to_screen = |x: f32, y: f32| pos(view.to_screen(vp, Vec2::new(x, y)));
    let zoom = 1.0 / view.units_per_px;

    // Neighbouring lands and seas, named so the player knows where the pressure comes from.
    let lonlat = |lon: f64, lat: f64| {
        let (x, y) = map.lonlat_to_map.apply(lon, lat);
        to_screen(x, y)
    };
    let region_font = FontId::proportional((13.0 * zoom.sqrt()).clamp(11.0, 20.0));
    let sea_colour = Color32::from_rgb(0x34, 0x52, 0x66);
    painter.text(
        lonlat(-104.0, 32.35),
        Align2::CENTER_CENTER,
        lang.tr("map-united-states"),
        region_font.clone(),
        Color32::from_rgb(0x5a, 0x4a, 0x38),
    );
    painter.text(
        lonlat(-90.6, 15.2),
        Align2::CENTER_CENTER,
        lang.tr("map-guatemala"),
        region_font.clone(),
        Color32::from_rgb(0x5a, 0x4a, 0x38),
    );
    painter.text(
        lonlat(-92.5, 24.2),
        Align2::CENTER_CENTER,
        lang.tr("map-gulf"),
        region_font.clone(),
        sea_colour,
    );
    painter.text(
        lonlat(-109.0, 17.5),
        Align2::CENTER_CENTER,
        lang.tr("map-pacific"),
        region_font.clone(),
        sea_colour,
    );

    // Province borders, as plain segments: a joined path spikes at the outlines' hairpin
    // turns when zoomed out.
    let border = Stroke::new(1.1, ui::BORDER);
    let mut segments = Vec::new();
    for shape in &map.provinces {
        for poly in &shape.polygons {
            for ring in std::iter::once(&poly.outer).chain(poly.holes.iter()) {
                let points = screen_ring(ring, &to_screen);
                for (i, a) in points.iter().enumerate() {
                    let b = points[(i + 1) % points.len()];
                    segments.push(Shape::line_segment([*a, b], border));
                }
            }
        }
    }
    painter.extend(segments);

    // The frontier with the United States, drawn bold: supply and pressure cross it.
    let frontier: Vec<Pos2> = map_data::US_BORDER_LINE
        .iter()
        .map(|&(lon, lat)| lonlat(lon, lat))
        .collect();
    painter.add(Shape::line(
        frontier.clone(),
        Stroke::new(4.0, Color32::from_rgba_unmultiplied(0xf2, 0xea, 0xd8, 150)),
    ));
    painter.extend(Shape::dashed_line(
        &frontier,
        Stroke::new(2.2, Color32::from_rgb(0x8a, 0x25, 0x1c)),
        9.0,
        4.0,
    ));

    // Provinces the selected army can reach: a gold outline, dashed by sea.
    if let Some(army) = selection.army.and_then(|id| state.army(id)) {
        for (p, by_sea) in state.reachable(army.side, army.location) {
            let Some(shape) = shape_of(map, state, p) else {
                continue;
            };
            let stroke = Stroke::new(2.5, ui::GOLD);
            for poly in &shape.polygons {
                let points = screen_ring(&poly.outer, &to_screen);
                if by_sea {
                    let mut closed = points.clone();
                    closed.extend(points.first().copied());
                    painter.extend(Shape::dashed_line(&closed, stroke, 8.0, 5.0));
                } else {
                    for (i, a) in points.iter().enumerate() {
                        painter.line_segment([*a, points[(i + 1) % points.len()]], stroke);
                    }
                }
            }
        }
    }
    if let Some(p) = selection.province
        && let Some(shape) = shape_of(map, state, p)
    {
        for poly in &shape.polygons {
            let points = screen_ring(&poly.outer, &to_screen);
            for (i, a) in points.iter().enumerate() {
                painter.line_segment(
                    [*a, points[(i + 1) % points.len()]],
                    Stroke::new(3.0, Color32::WHITE),
                );
            }
        }
    }

    // Names, capitals, ports and customs houses.
    let name_font = FontId::proportional((11.5 * zoom.powf(0.35)).clamp(10.0, 17.0));
    let small_font = FontId::proportional(11.0);
    for (p, def) in state.scenario.provinces.iter().enumerate() {
        let Some(shape) = shape_of(map, state, p) else {
            continue;
        };
        let capital = to_screen(shape.capital.x, shape.capital.y);
        let fortified = state.provinces[p].fort > 0.0;
        if fortified {
            painter.rect_filled(
                egui::Rect::from_center_size(capital, egui::vec2(9.0, 9.0)),
                1.0,
                ui::INK,
            );
            painter.rect_filled(
                egui::Rect::from_center_size(capital, egui::vec2(5.0, 5.0)),
                0.0,
                Color32::WHITE,
            );
        } else {
            painter.circle(capital, 4.0, Color32::WHITE, Stroke::new(1.5, ui::INK));
        }
        let mut marks = String::new();
        if def.port {
            marks.push('⚓');
        }
        if def.customs > 0.0 {
            marks.push('$');
        }
        if !marks.is_empty() {
            text_with_halo(
                painter,
                capital + egui::vec2(-13.0, -8.0),
                &marks,
                small_font.clone(),
                Color32::from_rgb(0x1d, 0x3f, 0x6e),
            );
        }
        // Names where they fit; at the widest zoom only the big provinces are named.
        let label = to_screen(shape.label.x, shape.label.y);
        let is_small = def.id == "distrito_federal" || def.id == "tlaxcala";
        if zoom > 1.1 || !is_small {
            text_with_halo(
                painter,
                label + egui::vec2(0.0, -14.0),
                texts::map_name(&crate::text::names::province_name(lang, state, p)),
                name_font.clone(),
                ui::INK,
            );
        }
    }

    // Arrows: this month's orders of the side playing, and the other side's last moves.
    let side = game.active;
    for order in game.shown_orders() {
        let (army, to, siege) = match *order {
            Order::Move { army, to } => (army, to, false),
            Order::Siege { army, at } => (army, at, true),
            _ => continue,
        };
        let Some(a) = state.army(army) else { continue };
        if let (Some(from), Some(to_pos)) = (
            capital_screen(map, state, view, vp, a.location),
            capital_screen(map, state, view, vp, to),
        ) {
            let colour = if siege || state.has_men_in(side.enemy(), to) {
                ui::DANGER
            } else {
                ui::GOLD
            };
            arrow(
                painter,
                pos(from),
                pos(to_pos),
                Stroke::new(3.5, colour),
                false,
            );
        }
    }
    for mv in &game.last_moves {
        // The side playing knows its own moves; in hotseat each player sees the other's.
        if mv.side == side && !game.watching() {
            continue;
        }
        if let (Some(from), Some(to)) = (
            capital_screen(map, state, view, vp, mv.from),
            capital_screen(map, state, view, vp, mv.to),
        ) {
            let colour = theme::side_colour(mv.side).gamma_multiply(0.95);
            arrow(painter, pos(from), pos(to), Stroke::new(2.5, colour), true);
        }
    }

    // Army counters.
    let code_font = FontId::proportional(10.5);
    let men_font = FontId::monospace(11.5);
    for counter in counter_layout(map, state, view, vp) {
        let armies: Vec<&Army> = counter
            .armies
            .iter()
            .filter_map(|id| state.army(*id))
            .collect();
        let Some(first) = armies.first() else {
            continue;
        };
        let rect = egui::Rect::from_min_max(pos(counter.min), pos(counter.max));
        let selected = selection
            .army
            .is_some_and(|id| counter.armies.contains(&id));
        let fill = theme::side_colour(counter.side);
        painter.rect_filled(
            rect.translate(egui::vec2(2.0, 2.0)),
            3.0,
            Color32::from_black_alpha(90),
        );
        painter.rect_filled(rect, 3.0, fill);
        let edge = if selected {
            Stroke::new(2.5, ui::GOLD)
        } else {
            Stroke::new(1.0, Color32::from_rgb(0x15, 0x12, 0x0e))
        };
        painter.rect_stroke(rect, 3.0, edge, egui::StrokeKind::Outside);
        let code = main_contingent(first)
            .map(|c| contingent_code(&state.scenario.contingents[c].id))
            .unwrap_or_default();
        let led = if armies.iter().any(|a| a.leader.is_some()) {
            "★"
        } else {
            ""
        };
        let top = if armies.len() > 1 {
            format!("{code}{led}×{}", armies.len())
        } else {
            format!("{code}{led}")
        };
        let men: u32 = armies.iter().map(|a| a.strength()).sum();
        painter.text(
            rect.center_top() + egui::vec2(0.0, 7.0),
            Align2::CENTER_CENTER,
            top,
            code_font.clone(),
            Color32::WHITE,
        );
        painter.text(
            rect.center_bottom() - egui::vec2(0.0, 7.5),
            Align2::CENTER_CENTER,
            texts::short_men(men),
            men_font.clone(),
            Color32::WHITE,
        );
        // A stance mark in the corner: walls for a garrison, a ring for evasion.
        let corner = rect.right_top() + egui::vec2(-4.0, 4.0);
        match first.stance {
            Stance::Garrison => {
                painter.rect_filled(
                    egui::Rect::from_center_size(corner, egui::vec2(5.0, 5.0)),
                    0.0,
                    Color32::WHITE,
                );
            }
            Stance::Evade => {
                painter.circle_stroke(corner, 2.5, Stroke::new(1.2, Color32::WHITE));
            }
            Stance::Besieging => {
                painter.circle_filled(corner, 2.8, ui::DANGER);
            }
            Stance::Field => {}
        }
    }
}

/// The counter colour legend's entries: (colour, label).
pub fn side_legend(lang: Lang) -> [(Color32, String); 2] {
    [
        (
            theme::side_colour(Side::Republic),
            texts::side_name(lang, Side::Republic),
        ),
        (
            theme::side_colour(Side::Empire),
            texts::side_name(lang, Side::Empire),
        ),
    ]
}
