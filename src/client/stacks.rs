//! Where the army markers stand on the map: one stack per side per province, inside the
//! province, never over another stack. Laid out here (and only here) so that clicks, hover
//! tooltips and the painter all agree on what is where.
use crate::client::camera::{MapView, MapViewport};
use crate::client::map_data::{self, MapData};
use crate::sim::Side;
use crate::sim::state::GameState;
use bevy::math::Vec2;
use bevy::prelude::Resource;

/// Size of a stack's marker on screen, in logical pixels.
pub const COUNTER: Vec2 = Vec2::new(50.0, 28.0);
/// Room kept free around each marker, so that two never touch.
const GAP: f32 = 2.0;
/// How far from its province's interior point a marker may be moved to find room.
const SEARCH_RADIUS: f32 = 260.0;
const SEARCH_STEP: f32 = 5.0;
const SEARCH_ANGLES: usize = 16;

/// One side's armies in one province, as one marker.
#[derive(Debug, Clone, PartialEq)]
pub struct Counter {
    /// The province.
    pub province: usize,
    /// Whose.
    pub side: Side,
    /// The armies it stands for, the largest first.
    pub armies: Vec<u32>,
    /// Top-left corner on screen.
    pub min: Vec2,
    /// Bottom-right corner on screen.
    pub max: Vec2,
    /// A point inside the province the marker stands for: its centre, or, when the province
    /// is too small at this zoom to hold it, the end of the line drawn to it.
    pub anchor: Vec2,
}

impl Counter {
    /// Whether a window point is on the marker.
    pub fn contains(&self, p: Vec2) -> bool {
        p.x >= self.min.x && p.y >= self.min.y && p.x <= self.max.x && p.y <= self.max.y
    }

    /// The marker's centre.
    pub fn centre(&self) -> Vec2 {
        (self.min + self.max) / 2.0
    }

    /// Whether the marker stands outside its province, joined to it by a line.
    pub fn called_out(&self) -> bool {
        self.anchor.distance(self.centre()) > 0.5
    }

    fn overlaps(&self, min: Vec2, max: Vec2) -> bool {
        min.x < self.max.x + GAP
            && max.x + GAP > self.min.x
            && min.y < self.max.y + GAP
            && max.y + GAP > self.min.y
    }
}

/// The sides' armies in each province: (province, side, armies largest first), in province
/// then side order.
pub fn stacks(state: &GameState) -> Vec<(usize, Side, Vec<u32>)> {
    let mut out = Vec::new();
    for p in 0..state.provinces.len() {
        for side in Side::BOTH {
            let mut here: Vec<(u32, u32)> = state
                .armies
                .iter()
                .filter(|a| a.location == p && a.side == side)
                .map(|a| (a.strength(), a.id))
                .collect();
            if here.is_empty() {
                continue;
            }
            here.sort_by_key(|&(men, id)| (std::cmp::Reverse(men), id));
            out.push((p, side, here.into_iter().map(|(_, id)| id).collect()));
        }
    }
    out
}

/// How well a marker centred at a point sits in its province: it fits whole, only its
/// centre is inside, or it is outside.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Fit {
    Whole,
    Centre,
    Outside,
}

/// Lays the stacks out for this view: each marker as near its province's interior point
/// (where the name is written) as it can be, wholly inside the province if it fits, else
/// with its centre inside, else (a province too small at this zoom) beside it with a line
/// to that point; never overlapping another marker. Small provinces are placed first, as
/// they have the least room.
pub fn counter_layout(
    map: &MapData,
    state: &GameState,
    view: &MapView,
    vp: &MapViewport,
) -> Vec<Counter> {
    let mut todo = stacks(state);
    let area = |p: usize| -> f32 {
        map.shape(&state.scenario.provinces[p].id)
            .map_or(f32::MAX, |s| {
                let (min, max) = shape_bounds(s);
                (max.x - min.x) * (max.y - min.y)
            })
    };
    // Stable: equal areas keep province then side order.
    todo.sort_by(|a, b| area(a.0).total_cmp(&area(b.0)));
    let sides_in = |p: usize| todo.iter().filter(|t| t.0 == p).count();
    let half = COUNTER / 2.0;
    let mut placed: Vec<Counter> = Vec::new();
    for (p, side, armies) in todo.iter().cloned() {
        let Some(shape) = map.shape(&state.scenario.provinces[p].id) else {
            continue;
        };
        let label = view.to_screen(vp, Vec2::new(shape.label.x, shape.label.y));
        // Below the name; two sides sit side by side, the Republic on the left.
        let mut preferred = label + Vec2::new(0.0, half.y + 3.0);
        if sides_in(p) > 1 {
            let shift = half.x + GAP;
            preferred.x += if side == Side::Republic {
                -shift
            } else {
                shift
            };
        }
        let (bmin, bmax) = shape_bounds(shape);
        let fit = |c: Vec2| -> Fit {
            let inside = |q: Vec2| {
                let w = view.to_world(vp, q);
                w.x >= bmin.x
                    && w.x <= bmax.x
                    && w.y >= bmin.y
                    && w.y <= bmax.y
                    && map_data::province_contains(shape, w.x, w.y)
            };
            if !inside(c) {
                return Fit::Outside;
            }
            let corners = [
                c - half,
                c + half,
                Vec2::new(c.x - half.x, c.y + half.y),
                Vec2::new(c.x + half.x, c.y - half.y),
            ];
            if corners.iter().all(|&q| inside(q)) {
                Fit::Whole
            } else {
                Fit::Centre
            }
        };
        let free = |c: Vec2| !placed.iter().any(|o| o.overlaps(c - half, c + half));
        let mut best: Option<(Fit, Vec2)> = None;
        for c in candidates(preferred) {
            if best.is_some_and(|(f, _)| f == Fit::Whole) {
                break;
            }
            if !free(c) {
                continue;
            }
            let f = fit(c);
            if best.is_none_or(|(b, _)| f < b) {
                best = Some((f, c));
            }
        }
        // Past the search every spot was taken: go on outwards until one is free.
        let (f, centre) = best.unwrap_or_else(|| {
            let mut r = SEARCH_RADIUS;
            loop {
                r += COUNTER.y;
                let c = preferred + Vec2::new(0.0, r);
                if free(c) {
                    break (Fit::Outside, c);
                }
            }
        });
        let anchor = if f == Fit::Outside { label } else { centre };
        placed.push(Counter {
            province: p,
            side,
            armies,
            min: centre - half,
            max: centre + half,
            anchor,
        });
    }
    // Drawn and hit-tested in province then side order.
    placed.sort_by_key(|c| (c.province, c.side));
    placed
}

/// Candidate centres: the preferred one, then rings around it, nearest first.
fn candidates(preferred: Vec2) -> impl Iterator<Item = Vec2> {
    let rings = (SEARCH_RADIUS / SEARCH_STEP) as usize;
    std::iter::once(preferred).chain((1..=rings).flat_map(move |ring| {
        let r = ring as f32 * SEARCH_STEP;
        (0..SEARCH_ANGLES).map(move |k| {
            // Straight below first (away from the name above), then round both ways.
            let turn = (k as f32 / 2.0).ceil() * if k % 2 == 0 { 1.0 } else { -1.0 };
            let angle =
                std::f32::consts::FRAC_PI_2 + turn * std::f32::consts::TAU / SEARCH_ANGLES as f32;
            preferred + Vec2::new(angle.cos(), angle.sin()) * r
        })
    }))
}

fn shape_bounds(shape: &map_data::ProvinceShape) -> (Vec2, Vec2) {
    let mut min = Vec2::splat(f32::MAX);
    let mut max = Vec2::splat(f32::MIN);
    for poly in &shape.polygons {
        for &(x, y) in &poly.outer {
            min = min.min(Vec2::new(x, y));
            max = max.max(Vec2::new(x, y));
        }
    }
    (min, max)
}

/// The stack under a window point.
pub fn counter_at(layout: &[Counter], cursor: Vec2) -> Option<&Counter> {
    layout.iter().find(|c| c.contains(cursor))
}

/// The layout of the last frame drawn, kept so that clicks and tooltips need not lay the
/// stacks out again; redone when the view or an army changes.
#[derive(Resource, Debug, Default, Clone)]
pub struct CounterLayout {
    key: Option<LayoutKey>,
    /// The markers.
    pub counters: Vec<Counter>,
}

#[derive(Debug, Clone, PartialEq)]
struct LayoutKey {
    centre: Vec2,
    units_per_px: f32,
    viewport: (Vec2, Vec2),
    armies: Vec<(u32, usize, u32)>,
}

impl CounterLayout {
    /// Brings the layout up to date with the view and the armies.
    pub fn update(&mut self, map: &MapData, state: &GameState, view: &MapView, vp: &MapViewport) {
        let key = LayoutKey {
            centre: view.centre,
            units_per_px: view.units_per_px,
            viewport: (vp.min, vp.max),
            armies: state
                .armies
                .iter()
                .map(|a| (a.id, a.location, a.strength()))
                .collect(),
        };
        if self.key.as_ref() != Some(&key) {
            self.counters = counter_layout(map, state, view, vp);
            self.key = Some(key);
        }
    }
}
