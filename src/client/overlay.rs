//! What is drawn over the province meshes with egui's painter: borders, names, capitals,
//! ports and customs houses, the US frontier, army counters and the arrows of orders and
//! of the other side's last moves. The stacks are laid out in [`stacks`](crate::client::stacks).
use crate::client::bridge::Match;
use crate::client::camera::{MapView, MapViewport};
use crate::client::input::Selection;
use crate::client::map_data::{self, MapData, ProvinceShape};
use crate::client::stacks::Counter;
use crate::client::texts;
use crate::client::theme::{self, ui};
use crate::sim::state::{GameState, Order, Stance};
use crate::sim::{Side, state::Army};
use crate::text::Lang;
use bevy::math::Vec2;
use bevy_egui::egui::{self, Align2, Color32, FontId, Pos2, Shape, Stroke};

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

/// The point inside a province where its name and stacks are.
fn label_screen(
    map: &MapData,
    state: &GameState,
    view: &MapView,
    vp: &MapViewport,
    p: usize,
) -> Option<Vec2> {
    shape_of(map, state, p).map(|s| view.to_screen(vp, Vec2::new(s.label.x, s.label.y)))
}

/// Draws a side's emblem, the same on the markers and in the legend: a disc for the
/// Republic, a diamond for the Intervention and the Empire, so that the sides differ by
/// shape as well as by colour.
pub fn side_emblem(
    painter: &egui::Painter,
    centre: Pos2,
    radius: f32,
    side: Side,
    colour: Color32,
) {
    match side {
        Side::Republic => {
            painter.circle_filled(centre, radius, colour);
        }
        Side::Empire => {
            let r = radius * 1.2;
            painter.add(Shape::convex_polygon(
                vec![
                    centre + egui::vec2(0.0, -r),
                    centre + egui::vec2(r, 0.0),
                    centre + egui::vec2(0.0, r),
                    centre + egui::vec2(-r, 0.0),
                ],
                colour,
                Stroke::NONE,
            ));
        }
    }
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
    counters: &[Counter],
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
        // From the army's marker to where the target's stacks stand.
        let from = counters
            .iter()
            .find(|c| c.armies.contains(&army))
            .map(|c| c.centre())
            .or_else(|| capital_screen(map, state, view, vp, a.location));
        if let (Some(from), Some(to_pos)) = (from, label_screen(map, state, view, vp, to)) {
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

    paint_counters(painter, state, selection, counters);
}

/// The army stacks: the side's emblem, the number of armies, a star when a general leads
/// one, the men, and a corner mark for the stance.
fn paint_counters(
    painter: &egui::Painter,
    state: &GameState,
    selection: &Selection,
    counters: &[Counter],
) {
    let code_font = FontId::proportional(11.0);
    let men_font = FontId::monospace(11.5);
    for counter in counters {
        let armies: Vec<&Army> = counter
            .armies
            .iter()
            .filter_map(|id| state.army(*id))
            .collect();
        if armies.is_empty() {
            continue;
        }
        let rect = egui::Rect::from_min_max(pos(counter.min), pos(counter.max));
        if counter.called_out() {
            // The province is too small here to hold the marker: a line to it.
            let from = rect.clamp(pos(counter.anchor));
            painter.line_segment(
                [from, pos(counter.anchor)],
                Stroke::new(1.5, Color32::from_rgb(0x15, 0x12, 0x0e)),
            );
            painter.circle_filled(
                pos(counter.anchor),
                2.5,
                Color32::from_rgb(0x15, 0x12, 0x0e),
            );
        }
        let selected = selection
            .army
            .is_some_and(|id| counter.armies.contains(&id))
            || selection.stack == Some((counter.province, counter.side));
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
        let top = rect.center_top().y + 7.5;
        side_emblem(
            painter,
            Pos2::new(rect.left() + 9.0, top),
            4.0,
            counter.side,
            Color32::WHITE,
        );
        let led = if armies.iter().any(|a| a.leader.is_some()) {
            "★"
        } else {
            ""
        };
        let count = if armies.len() > 1 {
            format!("×{}", armies.len())
        } else {
            String::new()
        };
        painter.text(
            Pos2::new(rect.left() + 17.0, top),
            Align2::LEFT_CENTER,
            format!("{count}{led}"),
            code_font.clone(),
            Color32::WHITE,
        );
        let men: u32 = armies.iter().map(|a| a.strength()).sum();
        painter.text(
            rect.center_bottom() - egui::vec2(0.0, 7.5),
            Align2::CENTER_CENTER,
            texts::short_men(men),
            men_font.clone(),
            Color32::WHITE,
        );
        // A stance mark in the corner: a siege above all, else the stance all share.
        let corner = rect.right_top() + egui::vec2(-5.0, 5.0);
        let stance = if armies.iter().any(|a| a.stance == Stance::Besieging) {
            Some(Stance::Besieging)
        } else if armies.iter().all(|a| a.stance == armies[0].stance) {
            Some(armies[0].stance)
        } else {
            None
        };
        match stance {
            Some(Stance::Garrison) => {
                painter.rect_filled(
                    egui::Rect::from_center_size(corner, egui::vec2(5.0, 5.0)),
                    0.0,
                    Color32::WHITE,
                );
            }
            Some(Stance::Evade) => {
                painter.circle_stroke(corner, 2.5, Stroke::new(1.2, Color32::WHITE));
            }
            Some(Stance::Besieging) => {
                painter.circle_filled(corner, 2.8, ui::DANGER);
            }
            Some(Stance::Field) | None => {}
        }
    }
}

/// The stacks' legend: each side's marker colour and name.
pub fn side_legend(lang: Lang) -> [(Side, Color32, String); 2] {
    Side::BOTH.map(|side| (side, theme::side_colour(side), texts::side_name(lang, side)))
}

/// A small copy of a side's marker, for legends.
pub fn legend_marker(ui: &mut egui::Ui, side: Side) {
    let (rect, _) = ui.allocate_exact_size(egui::vec2(18.0, 13.0), egui::Sense::hover());
    ui.painter()
        .rect_filled(rect, 2.0, theme::side_colour(side));
    side_emblem(ui.painter(), rect.center(), 3.5, side, Color32::WHITE);
}
