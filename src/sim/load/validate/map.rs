//! Validation of the map and the forces: tracks, provinces, borders and sea lanes, armies,
//! contingents and leaders.
use super::{Checker, Tables, check_month, check_num};
use crate::sim::message::Message;
use crate::sim::scenario::*;
use crate::sim::turn::track;
use std::collections::BTreeSet;

pub(super) fn check_tracks(c: &mut Checker, s: &mut Scenario, t: &Tables) {
    for tr in &mut s.tracks {
        // Written so that a bound that is not a number (NaN, inf) fails too.
        if !(tr.min.is_finite() && tr.max.is_finite() && tr.min < tr.max) {
            c.error_at(
                c.field(&tr.id, "min"),
                Message::new("check-track-min-max").arg("id", tr.id.as_str()),
                None,
            );
        }
        if let Num::Lit(v) = tr.initial
            && !(tr.min..=tr.max).contains(&v)
        {
            c.error_at(
                c.field(&tr.id, "initial"),
                Message::new("check-track-initial")
                    .arg("id", tr.id.as_str())
                    .arg("value", v.to_string())
                    .arg("min", tr.min.to_string())
                    .arg("max", tr.max.to_string()),
                None,
            );
        }
        let path = format!("tracks.{}.initial", tr.id);
        check_num(c, &mut tr.initial, t, &path);
    }
    for p in &mut s.powers {
        if let Some(k) = &mut p.contingent {
            let path = format!("powers.{}.contingent", p.id);
            c.resolve(k, &t.contingents, &path);
        }
    }
}

pub(super) fn check_provinces(c: &mut Checker, s: &mut Scenario, t: &Tables) {
    for p in &mut s.provinces {
        let path = format!("provinces.{}", p.id);
        c.resolve(&mut p.terrain, &t.terrains, &format!("{path}.terrain"));
        let sup = p.support;
        if !(0.0..=100.0).contains(&sup.republic)
            || !(0.0..=100.0).contains(&sup.empire)
            || sup.republic + sup.empire > 100.0
        {
            c.error_at(
                c.field(&p.id, "support"),
                Message::new("check-province-support").arg("id", p.id.as_str()),
                None,
            );
        }
        if !(-100.0..=100.0).contains(&p.control) {
            c.error_at(
                c.field(&p.id, "control"),
                Message::new("check-province-control").arg("id", p.id.as_str()),
                None,
            );
        }
        if p.fortification > 5 {
            c.error_at(
                c.field(&p.id, "fortification"),
                Message::new("check-province-fortification").arg("id", p.id.as_str()),
                None,
            );
        }
        if p.customs < 0.0 || p.silver < 0.0 {
            c.error_at(
                c.item(&p.id),
                Message::new("check-province-revenue").arg("id", p.id.as_str()),
                None,
            );
        }
        if p.population == 0 {
            c.warn_at(
                c.field(&p.id, "population"),
                Message::new("check-province-no-people").arg("id", p.id.as_str()),
                None,
            );
        }
    }
    for terrain in &s.terrains {
        if terrain.defence <= 0.0 || terrain.guerrilla <= 0.0 {
            c.error_at(
                c.item(&terrain.id),
                Message::new("check-terrain-multipliers").arg("id", terrain.id.as_str()),
                None,
            );
        }
    }
    c.resolve(&mut s.national_capital, &t.provinces, "national_capital");
    c.resolve(&mut s.republic_head, &t.leaders, "republic_head");
}

pub(super) fn check_borders(c: &mut Checker, s: &mut Scenario, t: &Tables) {
    let n = s.provinces.len();
    let mut graph = vec![Vec::new(); n];
    for (kind, field, list) in [
        ("border", "borders", &mut s.borders),
        ("sea-lane", "sea_lanes", &mut s.sea_lanes),
    ] {
        let mut seen = BTreeSet::new();
        for (i, b) in list.iter_mut().enumerate() {
            let path = format!("{field}[{i}]");
            let ok =
                c.resolve(&mut b.a, &t.provinces, &path) & c.resolve(&mut b.b, &t.provinces, &path);
            if !ok {
                continue;
            }
            let (x, y) = (b.a.idx().min(b.b.idx()), b.a.idx().max(b.b.idx()));
            let at = c
                .nth(&format!("\"{}\"", b.a.id), 0)
                .map_or((0, 1), |o| (o, b.a.id.len() + 2));
            if x == y {
                let message = Message::new("check-border-to-itself")
                    .arg("kind", kind)
                    .arg("id", b.a.id.as_str());
                c.error_at(at, message, None);
            } else if !seen.insert((x, y)) {
                c.error_at(
                    at,
                    Message::new("check-border-twice")
                        .arg("kind", kind)
                        .arg("a", b.a.id.as_str())
                        .arg("b", b.b.id.as_str()),
                    Some(Message::new("check-border-twice-help")),
                );
            } else if kind == "border" {
                graph[x].push(y);
                graph[y].push(x);
            }
        }
    }
    let mut sea = vec![Vec::new(); n];
    for b in &s.sea_lanes {
        let (x, y) = (b.a.idx_checked(), b.b.idx_checked());
        if let (Some(x), Some(y)) = (x, y)
            && x != y
            && x < n
            && y < n
            && !graph[x].contains(&y)
        {
            sea[x].push(y);
            sea[y].push(x);
        }
    }
    for list in graph.iter_mut().chain(sea.iter_mut()) {
        list.sort_unstable();
        list.dedup();
    }
    // With duplicated ids (already reported) the first of each wins, as a scan would find.
    fn index<'a>(ids: impl Iterator<Item = &'a String>) -> rustc_hash::FxHashMap<String, usize> {
        let mut map = rustc_hash::FxHashMap::default();
        for (i, id) in ids.enumerate() {
            map.entry(id.clone()).or_insert(i);
        }
        map
    }
    let hops = [false, true].map(|by_sea| {
        let mut hops = vec![u32::MAX; n * n];
        for from in 0..n {
            crate::sim::view::breadth_first(&graph, by_sea.then_some(&sea[..]), &[from], |p, d| {
                hops[from * n + p] = d;
            });
        }
        hops
    });
    s.graph = crate::sim::scenario::Graph {
        land: graph.clone(),
        sea,
        hops,
        ids: crate::sim::scenario::Ids {
            provinces: index(s.provinces.iter().map(|p| &p.id)),
            contingents: index(s.contingents.iter().map(|c| &c.id)),
            leaders: index(s.leaders.iter().map(|l| &l.id)),
        },
        names: crate::sim::scenario::shared_names(
            s.provinces.iter().map(|p| p.id.as_str()),
            s.contingents.iter().map(|c| c.id.as_str()),
        ),
        required_tracks: Some(track::REQUIRED.map(|id| {
            s.tracks
                .iter()
                .position(|t| t.id == id)
                .unwrap_or(usize::MAX)
        })),
    };
    // Every province should be reachable by land from the first, or armies can never reach it.
    if n > 0 {
        let mut reached = vec![false; n];
        let mut stack = vec![0];
        reached[0] = true;
        while let Some(p) = stack.pop() {
            for &q in &graph[p] {
                if !reached[q] {
                    reached[q] = true;
                    stack.push(q);
                }
            }
        }
        for (p, r) in reached.iter().enumerate() {
            if !r {
                let id = s.provinces[p].id.clone();
                c.warn_at(
                    c.item(&id),
                    Message::new("check-no-land-route")
                        .arg("id", id.as_str())
                        .arg("first", s.provinces[0].id.as_str()),
                    None,
                );
            }
        }
    }
}

pub(super) fn check_forces(c: &mut Checker, s: &mut Scenario, t: &Tables) {
    for k in &s.contingents {
        if k.quality <= 0.0 || k.upkeep < 0.0 || !(0.0..=1.0).contains(&k.desertion_unpaid) {
            c.error_at(
                c.item(&k.id),
                Message::new("check-contingent-values").arg("id", k.id.as_str()),
                None,
            );
        }
    }
    for l in &mut s.leaders {
        if l.skill > 5 {
            c.error_at(
                c.field(&l.id, "skill"),
                Message::new("check-leader-skill").arg("id", l.id.as_str()),
                None,
            );
        }
        if !(0.0..=100.0).contains(&l.loyalty) {
            c.error_at(
                c.field(&l.id, "loyalty"),
                Message::new("check-leader-loyalty").arg("id", l.id.as_str()),
                None,
            );
        }
        let path = format!("leaders.{}", l.id);
        if let Some(m) = &mut l.arrives {
            check_month(c, m, t, &format!("{path}.arrives"));
        }
        if let Some(m) = &mut l.natural_death {
            check_month(c, m, t, &format!("{path}.natural_death"));
        }
    }
    let contingent_sides: Vec<Side> = s.contingents.iter().map(|k| k.side).collect();
    let leader_sides: Vec<Side> = s.leaders.iter().map(|l| l.side).collect();
    let mut led = BTreeSet::new();
    for a in &mut s.armies {
        let path = format!("armies.{}", a.id);
        c.resolve(&mut a.location, &t.provinces, &format!("{path}.location"));
        if let Some(l) = &mut a.leader
            && c.resolve(l, &t.leaders, &format!("{path}.leader"))
        {
            if leader_sides[l.idx()] != a.side {
                c.error_at(
                    c.field(&a.id, "leader"),
                    Message::new("check-army-leader-side")
                        .arg("id", a.id.as_str())
                        .arg("leader", l.id.as_str()),
                    None,
                );
            }
            if !led.insert(l.idx()) {
                c.error_at(
                    c.field(&a.id, "leader"),
                    Message::new("check-leader-two-armies").arg("id", l.id.as_str()),
                    None,
                );
            }
        }
        if a.troops.is_empty() {
            c.error_at(
                c.field(&a.id, "troops"),
                Message::new("check-army-no-troops").arg("id", a.id.as_str()),
                None,
            );
        }
        for d in &mut a.troops {
            if c.resolve(&mut d.contingent, &t.contingents, &format!("{path}.troops"))
                && contingent_sides[d.contingent.idx()] != a.side
            {
                c.error_at(
                    c.field(&a.id, "troops"),
                    Message::new("check-army-foreign-troops")
                        .arg("id", a.id.as_str())
                        .arg("side", a.side.key())
                        .arg("contingent", d.contingent.id.as_str()),
                    None,
                );
            }
        }
    }
}
