//! What a player sees before giving orders: who stands where and how strong, the odds in
//! each province, and how far everything is from the targets. Shared by the baseline policy
//! and the AI, built once per decision so that no question scans every army.
use crate::sim::command::Command;
use crate::sim::event::Event;
use crate::sim::scenario::{Payer, Side};
use crate::sim::state::{GameState, Stance};

/// Distances (in moves) from every province to the nearest target, by land and, for a side
/// with a navy, by sea.
pub fn distances(state: &GameState, side: Side, targets: &[usize]) -> Vec<u32> {
    let n = state.provinces.len();
    let graph = &state.scenario.graph;
    let by_sea = state.scenario.navy.contains(&side);
    let mut dist = vec![u32::MAX; n];
    // Every province enters the queue at most once, so a plain list read from the front is
    // the whole breadth-first queue.
    let mut queue = Vec::with_capacity(n);
    for &t in targets {
        if dist[t] == u32::MAX {
            dist[t] = 0;
            queue.push(t);
        }
    }
    let mut head = 0;
    while let Some(&p) = queue.get(head) {
        head += 1;
        let sea = if by_sea { &graph.sea[p][..] } else { &[][..] };
        for &q in graph.land[p].iter().chain(sea) {
            if dist[q] == u32::MAX {
                dist[q] = dist[p] + 1;
                queue.push(q);
            }
        }
    }
    dist
}

/// What the policy knows about each province before deciding: who stands where and how
/// strong they are, computed once per call rather than once per army and neighbour.
pub struct View {
    /// Army indices grouped by side, then province (in army order within a group).
    by_place: Vec<usize>,
    /// Where each (side, province) group begins in `by_place`, indexed `side * n + province`,
    /// with one more entry at the end.
    start: Vec<usize>,
    /// Attacking power of each side's armies in each province, indexed like `start`.
    attack: Vec<f64>,
    /// Defending power of each side's armies in each province (terrain and walls counted).
    defence: Vec<f64>,
    /// How much the deciding side wants each province.
    pub value: Vec<f64>,
    n: usize,
}

impl View {
    /// Sees the state; `value` is how much the deciding side wants each province.
    pub fn new(state: &GameState, value: Vec<f64>) -> View {
        let n = state.provinces.len();
        // A counting sort by (side, province): armies are few and places fewer, so this is
        // one pass to count and one to place, with ties kept in army order.
        let slot = |i: usize| state.armies[i].side.index() * n + state.armies[i].location;
        let mut start = vec![0usize; 2 * n + 1];
        for i in 0..state.armies.len() {
            start[slot(i) + 1] += 1;
        }
        for k in 1..start.len() {
            start[k] += start[k - 1];
        }
        let mut next = start.clone();
        let mut by_place = vec![0; state.armies.len()];
        for i in 0..state.armies.len() {
            let k = slot(i);
            by_place[next[k]] = i;
            next[k] += 1;
        }
        // Each contingent's quality once, instead of once per detachment per question.
        let quality: Vec<f64> = (0..state.scenario.contingents.len())
            .map(|c| state.quality(c))
            .collect();
        let combat = &state.scenario.rules.combat;
        let mut attack = vec![0.0; 2 * n];
        let mut defence = vec![0.0; 2 * n];
        for k in 0..2 * n {
            let here = &by_place[start[k]..start[k + 1]];
            if here.is_empty() {
                continue;
            }
            let p = k % n;
            // The same sums, in the same order, as `combat::force`, so the odds agree with
            // the rules' own preview to the last bit.
            let mut base = 0.0;
            let mut best_skill = 0u8;
            let mut in_garrison = false;
            for &i in here {
                let army = &state.armies[i];
                for d in &army.troops {
                    base += f64::from(d.strength) * quality[d.contingent];
                }
                if let Some(l) = army.leader {
                    best_skill = best_skill.max(state.scenario.leaders[l].skill);
                }
                in_garrison |= army.stance == Stance::Garrison;
            }
            let leadership = 1.0 + combat.skill_bonus * f64::from(best_skill);
            let terrain =
                state.scenario.terrains[state.scenario.provinces[p].terrain.idx()].defence;
            let fortification = if in_garrison {
                1.0 + combat.fort_bonus * state.provinces[p].fort
            } else {
                1.0
            };
            attack[k] = base * leadership;
            defence[k] = base * leadership * terrain * fortification;
        }
        View {
            by_place,
            start,
            attack,
            defence,
            value,
            n,
        }
    }

    /// Indices of side `s`'s armies in province `p`.
    pub fn at(&self, s: usize, p: usize) -> &[usize] {
        let k = s * self.n + p;
        &self.by_place[self.start[k]..self.start[k + 1]]
    }

    /// Attacking power of side `s` in province `p`.
    pub fn attack(&self, s: usize, p: usize) -> f64 {
        self.attack[s * self.n + p]
    }

    /// The strongest attack side `enemy`'s armies could bring on province `here` this month:
    /// from the province itself or from any province they can march from.
    pub fn strongest_attack_on(&self, state: &GameState, enemy: Side, here: usize) -> f64 {
        state
            .neighbours(enemy, here)
            .map(|(q, _)| q)
            .chain(std::iter::once(here))
            .map(|q| self.attack(enemy.index(), q))
            .fold(0.0, f64::max)
    }

    /// For each province, whether side `s` has an army in garrison there.
    pub fn garrisoned(&self, state: &GameState, s: usize) -> Vec<bool> {
        (0..state.provinces.len())
            .map(|p| {
                self.at(s, p)
                    .iter()
                    .any(|&i| state.armies[i].stance == Stance::Garrison)
            })
            .collect()
    }

    /// Distances (in moves) to the provinces `side` marches on: `focus` if given, else the six
    /// it values most among those it does not hold.
    pub fn target_distances(
        &self,
        state: &GameState,
        side: Side,
        focus: Option<usize>,
    ) -> Vec<u32> {
        let wanted = match focus {
            Some(p) => vec![p],
            None => {
                let mut wanted: Vec<usize> = (0..state.provinces.len())
                    .filter(|&p| state.holder(p).side() != Some(side))
                    .collect();
                // Only which six matter (they are the targets of one search), not their order.
                if wanted.len() > 6 {
                    wanted.select_nth_unstable_by(5, |&a, &b| {
                        self.value[b].total_cmp(&self.value[a]).then(a.cmp(&b))
                    });
                    wanted.truncate(6);
                }
                wanted
            }
        };
        distances(state, side, &wanted)
    }

    /// Defending power of side `s` in province `p`.
    pub fn defence(&self, s: usize, p: usize) -> f64 {
        self.defence[s * self.n + p]
    }
}

/// Whether an army may be folded into another: not a foreign power's corps (it may sail
/// home) and not a caudillo's own men (they follow him if he changes sides).
pub fn mergeable(state: &GameState, army: usize) -> bool {
    let a = &state.armies[army];
    a.troops
        .iter()
        .all(|d| state.scenario.contingents[d.contingent].paid_by != Payer::Foreign)
        && a.leader
            .is_none_or(|l| state.scenario.leaders[l].wavering.is_none())
}

/// Spends `budget` (millions of pesos) on recruits in the side's four safest provinces, one
/// contingent each, in hundreds of men.
pub fn recruit(state: &GameState, side: Side, mut budget: f64, out: &mut Vec<Command>) {
    if budget <= 0.0 {
        return;
    }
    let contingents: Vec<usize> = (0..state.scenario.contingents.len())
        .filter(|&c| {
            let def = &state.scenario.contingents[c];
            def.side == side && def.recruit.is_some() && def.paid_by == Payer::Treasury
        })
        .collect();
    let mut provinces: Vec<usize> = (0..state.provinces.len())
        .filter(|&p| state.holder(p).side() == Some(side))
        .collect();
    provinces.sort_unstable_by(|&a, &b| {
        state.provinces[b].support[side.index()]
            .total_cmp(&state.provinces[a].support[side.index()])
            .then(a.cmp(&b))
    });
    for p in provinces.into_iter().take(4) {
        let support = state.provinces[p].support[side.index()];
        for &c in &contingents {
            let recruit = state.scenario.contingents[c].recruit.as_ref();
            if recruit.is_some_and(|r| support < r.min_support) {
                continue;
            }
            let Ok(max) = state.recruit_limit(side, p, c) else {
                continue;
            };
            let cost_per_man = recruit.map_or(0.0, |r| r.cost_per_1000 / 1000.0);
            let affordable = if cost_per_man > 0.0 {
                (budget / cost_per_man) as u32
            } else {
                max
            };
            let men = max.min(affordable) / 100 * 100;
            if men == 0 {
                continue;
            }
            budget -= cost_per_man * f64::from(men);
            out.push(Command::Recruit {
                province: state.scenario.provinces[p].id.clone(),
                contingent: state.scenario.contingents[c].id.clone(),
                men,
            });
            break;
        }
    }
}

/// Plays one month with both sides' orders from `orders`: each side's commands are applied in
/// turn (refused ones are skipped, as a player's would be), then the month resolves. Returns
/// the commands given, with their sides, and the events.
pub fn play_month_with(
    state: &mut GameState,
    mut orders: impl FnMut(&GameState, Side) -> Vec<Command>,
) -> (Vec<(Side, Command)>, Vec<Event>) {
    let mut log = Vec::with_capacity(64);
    let mut events = Vec::with_capacity(96);
    for side in Side::BOTH {
        for cmd in orders(state, side) {
            if let Ok(ev) = state.apply(side, &cmd) {
                events.extend(ev);
                log.push((side, cmd));
            }
        }
    }
    events.extend(state.resolve_month());
    (log, events)
}

/// Gathers side `s`'s field columns standing in one province into the largest of them (ties
/// to the oldest): the merges, and each folded army marked in `folded`.
pub fn concentrate(
    state: &GameState,
    view: &View,
    s: usize,
    folded: &mut [bool],
    out: &mut Vec<Command>,
) {
    for p in 0..state.provinces.len() {
        if view.at(s, p).len() < 2 {
            continue;
        }
        let mut field: Vec<usize> = view
            .at(s, p)
            .iter()
            .copied()
            .filter(|&i| state.armies[i].stance == Stance::Field && mergeable(state, i))
            .collect();
        if field.len() < 2 {
            continue;
        }
        field.sort_unstable_by_key(|&i| {
            (
                std::cmp::Reverse(state.armies[i].strength()),
                state.armies[i].id,
            )
        });
        for &other in &field[1..] {
            out.push(Command::Merge {
                army: state.armies[other].id,
                into: state.armies[field[0]].id,
            });
            folded[other] = true;
        }
    }
}
