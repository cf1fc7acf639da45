//! What a player sees before giving orders: who stands where and how strong, the odds in
//! each province, and how far everything is from the targets. Shared by the baseline policy
//! and the AI, built once per decision so that no question scans every army.
use crate::sim::command::Command;
use crate::sim::scenario::{Payer, Side};
use crate::sim::state::{Army, GameState, Stance};

/// Distances (in moves) from every province to the nearest target, by land and, for a side
/// with a navy, by sea.
pub fn distances(state: &GameState, side: Side, targets: &[usize]) -> Vec<u32> {
    let n = state.provinces.len();
    let graph = &state.scenario.graph;
    let by_sea = state.scenario.navy.contains(&side);
    let hops = &graph.hops[usize::from(by_sea)];
    if hops.len() != n * n {
        // A scenario built by hand, never validated: search the graph itself.
        let mut dist = vec![u32::MAX; n];
        let sea = by_sea.then_some(&graph.sea[..]);
        breadth_first(&graph.land, sea, targets, |p, d| dist[p] = d);
        return dist;
    }
    // The nearest target is the one with the fewest moves; validation has counted the moves
    // between every pair, so this is a minimum over a few rows rather than a search.
    let mut dist = vec![u32::MAX; n];
    for &t in targets {
        for (d, &h) in dist.iter_mut().zip(&hops[t * n..(t + 1) * n]) {
            *d = (*d).min(h);
        }
    }
    dist
}

/// Breadth-first search from `sources` over land borders and, if given, sea lanes: calls
/// `reached(province, moves)` once for each province reached, nearest first.
pub fn breadth_first(
    land: &[Vec<usize>],
    sea: Option<&[Vec<usize>]>,
    sources: &[usize],
    mut reached: impl FnMut(usize, u32),
) {
    let n = land.len();
    let mut dist = vec![u32::MAX; n];
    // Every province enters the queue at most once, so a plain list read from the front is
    // the whole breadth-first queue.
    let mut queue = Vec::with_capacity(n);
    for &t in sources {
        if t < n && dist[t] == u32::MAX {
            dist[t] = 0;
            queue.push(t);
        }
    }
    let mut head = 0;
    while head < queue.len() {
        let p = queue[head];
        head += 1;
        reached(p, dist[p]);
        let next = dist[p] + 1;
        let lanes = sea
            .and_then(|sea| sea.get(p))
            .map_or(&[][..], Vec::as_slice);
        for &q in land[p].iter().chain(lanes) {
            if dist[q] == u32::MAX {
                dist[q] = next;
                queue.push(q);
            }
        }
    }
}

/// What the policy knows about each province before deciding: who stands where and how
/// strong they are, computed once per call rather than once per army and neighbour.
#[derive(Debug, PartialEq)]
pub struct View {
    /// Army indices grouped by side, then province (in army order within a group).
    by_place: Vec<usize>,
    /// What each side has in each province, indexed `side * n + province`.
    slots: Vec<Slot>,
    /// Each contingent's quality now, with its side's experience.
    quality: Vec<f64>,
    /// How much the deciding side wants each province.
    pub value: Vec<f64>,
    n: usize,
}

/// One side's armies in one province, summed.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
struct Slot {
    /// Where the group begins in `by_place`.
    start: u32,
    /// How many armies it has.
    len: u32,
    /// Attacking power.
    attack: f64,
    /// Defending power (terrain and walls counted).
    defence: f64,
    /// The best commander's skill.
    skill: u8,
    /// Whether an army of the group holds the walls.
    in_garrison: bool,
    /// Whether this side holds the province.
    held: bool,
}

impl Slot {
    /// Counts an army into the group: its men (as `attack`, before leadership), its
    /// commander's skill and whether it holds the walls.
    #[inline]
    fn add_army(&mut self, state: &GameState, army: &Army, quality: &[f64]) {
        for d in army.troops() {
            self.attack += f64::from(d.strength()) * quality[d.contingent];
        }
        if let Some(l) = army.leader {
            self.skill = self.skill.max(state.scenario.leaders[l].skill);
        }
        self.in_garrison |= army.stance == Stance::Garrison;
    }

    /// Turns the group's summed men into attacking and defending power in province `p`.
    #[inline]
    fn add_power(&mut self, state: &GameState, p: usize) {
        // An empty group comes out at nothing all the same (the terrain and walls are finite),
        // and working it out costs less than guessing which groups are empty.
        let scenario = &*state.scenario;
        let combat = &scenario.rules.combat;
        let leadership = 1.0 + combat.skill_bonus * f64::from(self.skill);
        let terrain = scenario.terrains[scenario.provinces[p].terrain.idx()].defence;
        let fortification = if self.in_garrison {
            1.0 + combat.fort_bonus * state.provinces[p].fort
        } else {
            1.0
        };
        let base = self.attack;
        self.attack = base * leadership;
        self.defence = base * leadership * terrain * fortification;
    }
}

impl View {
    /// Sees the state; `value` is how much the deciding side wants each province.
    pub fn new(state: &GameState, value: Vec<f64>) -> View {
        let n = state.provinces.len();
        let scenario = &*state.scenario;
        // Each contingent's quality once, instead of once per detachment per question.
        let quality: Vec<f64> = (0..scenario.contingents.len())
            .map(|c| state.quality(c))
            .collect();
        // One pass over the armies counts each (side, province) group and sums its strength
        // into `attack`. The sums run in army order, detachment by detachment, as in
        // `battle::force`, so the odds agree with the rules' own preview to the last bit.
        let mut slots = vec![Slot::default(); 2 * n];
        for army in &state.armies {
            let slot = &mut slots[army.side.index() * n + army.location];
            slot.len += 1;
            slot.add_army(state, army, &quality);
        }
        // A counting sort by (side, province): each group starts where the ones before it
        // end, and the armies are placed in army order.
        let mut next = 0;
        for slot in slots.iter_mut() {
            slot.start = next;
            next += slot.len;
        }
        // Each group's length is counted again as its armies are placed.
        for slot in slots.iter_mut() {
            slot.len = 0;
        }
        let mut by_place = vec![0; state.armies.len()];
        for (i, army) in state.armies.iter().enumerate() {
            let slot = &mut slots[army.side.index() * n + army.location];
            by_place[(slot.start + slot.len) as usize] = i;
            slot.len += 1;
        }
        // Who holds each province, asked once: the policies ask it of every neighbour.
        for p in 0..n {
            let holder = state.holder(p).side();
            for side in Side::BOTH {
                slots[side.index() * n + p].held = holder == Some(side);
            }
        }
        for (k, slot) in slots.iter_mut().enumerate() {
            let p = if k < n { k } else { k - n };
            slot.add_power(state, p);
        }
        View {
            by_place,
            slots,
            quality,
            value,
            n,
        }
    }

    /// Brings the view up to date after the commands `applied` (with their sides) changed the
    /// state it was built from, as [`View::new`] would see it now: a change of stance is one
    /// group summed again. Returns false if a command changed more than that (armies split,
    /// merged or given a leader, a choice's effects, an army gone): the view is then out of
    /// date, and the caller builds a new one.
    pub fn refresh(&mut self, state: &GameState, applied: &[(Side, Command)]) -> bool {
        // Orders wait for the month, and policy and repression move no army: of the commands
        // that act at once, only a change of stance shows in the view.
        let changed_more = applied.iter().any(|(_, cmd)| {
            !matches!(
                cmd,
                Command::SetStance { .. }
                    | Command::Move { .. }
                    | Command::Siege { .. }
                    | Command::Disperse { .. }
                    | Command::Recruit { .. }
                    | Command::CancelOrder { .. }
                    | Command::CancelRecruits { .. }
                    | Command::SetPolicy { .. }
                    | Command::SetRepression { .. }
                    | Command::EndTurn
            )
        });
        if changed_more || self.by_place.len() != state.armies.len() {
            return false;
        }
        for (_, cmd) in applied {
            let Command::SetStance { army, .. } = cmd else {
                continue;
            };
            let Some(army) = state.army(*army) else {
                return false;
            };
            let (s, p) = (army.side.index(), army.location);
            let k = s * self.n + p;
            let Slot {
                start, len, held, ..
            } = self.slots[k];
            let mut slot = Slot {
                start,
                len,
                held,
                ..Slot::default()
            };
            for &i in &self.by_place[start as usize..(start + len) as usize] {
                slot.add_army(state, &state.armies[i], &self.quality);
            }
            slot.add_power(state, p);
            self.slots[k] = slot;
        }
        true
    }

    /// Indices of side `s`'s armies in province `p`.
    #[inline]
    pub fn at(&self, s: usize, p: usize) -> &[usize] {
        let slot = &self.slots[s * self.n + p];
        &self.by_place[slot.start as usize..(slot.start + slot.len) as usize]
    }

    /// Whether side `s` holds province `p`.
    #[inline]
    pub fn holds(&self, s: usize, p: usize) -> bool {
        self.slots[s * self.n + p].held
    }

    /// Attacking power of side `s` in province `p`.
    #[inline]
    pub fn attack(&self, s: usize, p: usize) -> f64 {
        self.slots[s * self.n + p].attack
    }

    /// The attacking power of one army (an index into `state.armies`) where it stands: what
    /// `battle::force(state, &[army], false, _).power()` gives, with the qualities seen once.
    #[inline]
    pub fn army_attack(&self, state: &GameState, army: usize) -> f64 {
        let army = &state.armies[army];
        let mut base = 0.0;
        for d in army.troops() {
            base += f64::from(d.strength()) * self.quality[d.contingent];
        }
        let skill = army.leader.map_or(0, |l| state.scenario.leaders[l].skill);
        base * (1.0 + state.scenario.rules.combat.skill_bonus * f64::from(skill))
    }

    /// The strongest attack side `enemy`'s armies could bring on province `here` this month:
    /// from the province itself or from any province they can march from.
    pub fn strongest_attack_on(&self, state: &GameState, enemy: Side, here: usize) -> f64 {
        let graph = &state.scenario.graph;
        let attack = &self.slots[enemy.index() * self.n..(enemy.index() + 1) * self.n];
        let mut strongest = 0.0f64;
        for &q in graph.land.get(here).map_or(&[][..], Vec::as_slice) {
            strongest = strongest.max(attack[q].attack);
        }
        if state.scenario.navy.contains(&enemy) {
            for &q in graph.sea.get(here).map_or(&[][..], Vec::as_slice) {
                strongest = strongest.max(attack[q].attack);
            }
        }
        strongest.max(attack[here].attack)
    }

    /// For each province, whether side `s` has an army in garrison there.
    pub fn garrisons(&self, s: usize) -> Vec<bool> {
        (0..self.n).map(|p| self.garrisoned(s, p)).collect()
    }

    /// Whether side `s` has an army in garrison in province `p`.
    #[inline]
    pub fn garrisoned(&self, s: usize, p: usize) -> bool {
        self.slots[s * self.n + p].in_garrison
    }

    /// Distances (in moves) to the provinces `side` marches on (see [`View::targets`]).
    pub fn target_distances(
        &self,
        state: &GameState,
        side: Side,
        focus: Option<usize>,
    ) -> Vec<u32> {
        distances(state, side, &self.targets(side, focus))
    }

    /// The provinces `side` marches on: `focus` if given, else the six it values most among
    /// those it does not hold (ties to the lower index). Only which they are matters, not
    /// their order: they are the targets of one search.
    pub fn targets(&self, side: Side, focus: Option<usize>) -> Targets {
        match focus {
            Some(p) => vec![p],
            None => {
                let not_ours = (0..self.n).filter(|&p| !self.holds(side.index(), p));
                most(not_ours, 6, |p| self.value[p])
            }
        }
    }

    /// Defending power of side `s` in province `p`.
    #[inline]
    pub fn defence(&self, s: usize, p: usize) -> f64 {
        self.slots[s * self.n + p].defence
    }
}

/// The `k` items with the highest `score` (in `f64::total_cmp`'s order), highest first, ties
/// to the lower index (fewer if there are fewer items); `items` must come in increasing order.
/// A short list kept in order as the items come: the policies want a few of some thirty
/// provinces several times a month (sorting them all cost 2.3 % more instructions on an
/// AI-vs-AI campaign at Normal).
fn most(items: impl Iterator<Item = usize>, k: usize, score: impl Fn(usize) -> f64) -> Vec<usize> {
    let mut best = Vec::with_capacity(k + 1);
    for p in items {
        let s = score(p);
        // After every listed item scoring as much: those have lower indices.
        let at = best.partition_point(|&q| score(q).total_cmp(&s).is_ge());
        if at < k {
            best.insert(at, p);
            best.truncate(k);
        }
    }
    best
}

/// The provinces a side marches on ([`View::targets`]).
pub type Targets = Vec<usize>;

/// An army besieging a fortress the enemy still holds keeps at it: gives it that order for
/// the month and returns true, or returns false if there is no siege to go on with.
#[inline]
pub fn keep_besieging(
    state: &GameState,
    army: &Army,
    enemy_here: bool,
    out: &mut Vec<Command>,
) -> bool {
    if army.stance != Stance::Besieging || !enemy_here {
        return false;
    }
    out.push(Command::Siege {
        army: army.id,
        at: state.province_id(army.location),
    });
    true
}

/// Whether an army may be folded into another: not a foreign power's corps (it may sail
/// home) and not a caudillo's own men (they follow him if he changes sides).
pub fn mergeable(state: &GameState, army: usize) -> bool {
    let a = &state.armies[army];
    a.troops()
        .iter()
        .all(|d| state.scenario.contingents[d.contingent].paid_by != Payer::Foreign)
        && a.leader
            .is_none_or(|l| state.scenario.leaders[l].wavering.is_none())
}

/// Spends `budget` (millions of pesos) on recruits in the side's four safest provinces, one
/// contingent each, in hundreds of men.
pub fn recruit(state: &GameState, view: &View, side: Side, budget: f64, out: &mut Vec<Command>) {
    if budget <= 0.0 {
        return;
    }
    recruit_from(
        state,
        view,
        side,
        budget,
        &recruiting_contingents(state, side),
        out,
    );
}

/// The contingents `side` raises from its own treasury, in scenario order: those [`recruit`]
/// spends on.
pub fn recruiting_contingents(state: &GameState, side: Side) -> Vec<usize> {
    (0..state.scenario.contingents.len())
        .filter(|&c| {
            let def = &state.scenario.contingents[c];
            def.side == side && def.recruit.is_some() && def.paid_by == Payer::Treasury
        })
        .collect()
}

/// [`recruit`] among `contingents`, the side's [`recruiting_contingents`].
pub fn recruit_from(
    state: &GameState,
    view: &View,
    side: Side,
    mut budget: f64,
    contingents: &[usize],
    out: &mut Vec<Command>,
) {
    if budget <= 0.0 {
        return;
    }
    // The four with the most support, ties to the lower index, in that order.
    let ours = (0..view.n).filter(|&p| view.holds(side.index(), p));
    let provinces = most(ours, 4, |p| state.provinces[p].support[side.index()]);
    for &p in provinces.iter() {
        let support = state.provinces[p].support[side.index()];
        for &c in contingents {
            let recruit = state.scenario.contingents[c].recruit.as_ref();
            if recruit.is_some_and(|r| support < r.min_support) {
                continue;
            }
            let Ok(max) = state.recruit_limit(side, p, c) else {
                continue;
            };
            let cost_per_man = state.recruit_cost(c, 1);
            let affordable = if cost_per_man > 0.0 {
                (budget / cost_per_man) as u32
            } else {
                max
            };
            let men = max.min(affordable) / 100 * 100;
            if men == 0 {
                continue;
            }
            budget -= state.recruit_cost(c, men);
            out.push(Command::Recruit {
                province: state.province_id(p),
                contingent: state.contingent_id(c),
                men,
            });
            break;
        }
    }
}

/// One view of the map kept through a month's two turns of orders: the second side sees the
/// first side's view brought up to date ([`View::refresh`]) rather than a view built from
/// scratch, unless the first side's commands changed too much.
#[derive(Default)]
pub struct MonthView {
    view: Option<View>,
}

impl MonthView {
    /// The view of `state` for a side that values each province as `value`, after the commands
    /// `applied` so far this month.
    pub fn see(
        &mut self,
        state: &GameState,
        applied: &[(Side, Command)],
        value: Vec<f64>,
    ) -> &View {
        let refreshed = self
            .view
            .take()
            .and_then(|mut view| view.refresh(state, applied).then_some(view));
        let view = match refreshed {
            Some(mut view) => {
                view.value = value;
                view
            }
            None => View::new(state, value),
        };
        self.view.insert(view)
    }

    /// A new month: the next view is seen afresh, not brought up to date.
    pub fn next_month(&mut self) {
        self.view = None;
    }
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

#[cfg(test)]
mod tests {
    use super::most;

    #[test]
    fn the_few_best_come_highest_first_ties_to_the_lower_index() {
        let scores = [1.0, 2.5, -0.0, 2.5, 0.0, f64::NAN, f64::NEG_INFINITY, 7.25];
        let all = || 0..scores.len();
        // `total_cmp`'s order: NaN above everything, 0.0 above -0.0.
        assert_eq!(most(all(), 4, |p| scores[p]), [5, 7, 1, 3]);
        assert_eq!(most(all(), 20, |p| scores[p]), [5, 7, 1, 3, 0, 4, 2, 6]);
        assert_eq!(
            most(all().filter(|&p| p != 5 && p != 1), 3, |p| scores[p]),
            [7, 3, 0]
        );
        assert_eq!(most(all(), 0, |p| scores[p]), Vec::<usize>::new());
        assert_eq!(
            most(std::iter::empty(), 6, |p| scores[p]),
            Vec::<usize>::new()
        );
    }
}
