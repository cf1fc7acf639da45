//! Armies: raising them, reinforcing them, taking men from them, and disbanding the empty;
//! where new troops land; a leader leaving his army.
use crate::sim::event::{Event, LeaderFate};
use crate::sim::names::ArmyName;
use crate::sim::scenario::*;
use crate::sim::state::{GameState, Stance};
use serde::{Deserialize, Serialize};

/// Men of one contingent in an army.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Detachment {
    /// Index of the contingent in the scenario.
    pub contingent: usize,
    /// Men: changed only through its army, which marks what it leaves without men.
    strength: u32,
}

impl Detachment {
    /// `strength` men of contingent `contingent`, to raise an army with.
    pub fn new(contingent: usize, strength: u32) -> Detachment {
        Detachment {
            contingent,
            strength,
        }
    }

    /// Men.
    #[inline]
    pub fn strength(&self) -> u32 {
        self.strength
    }

    /// Takes up to `n` men away; returns the men taken and whether none are left.
    #[inline]
    fn take(&mut self, n: u32) -> (u32, bool) {
        let n = n.min(self.strength);
        self.strength -= n;
        (n, self.strength == 0)
    }
}

/// An army on the map.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Army {
    /// Stable id; new armies get the next number.
    pub id: u32,
    /// Name, shown through `chronicle::army_name`.
    pub name: crate::sim::names::ArmyName,
    /// Side.
    pub side: Side,
    /// Province index.
    pub location: usize,
    /// Commander (leader index).
    pub leader: Option<usize>,
    /// Troops (see [`Army::troops`]): changed only by the army's own methods, which mark
    /// what they leave without men.
    troops: Vec<Detachment>,
    /// Stance.
    pub stance: Stance,
}

impl Army {
    /// Total men.
    #[inline]
    pub fn strength(&self) -> u32 {
        self.troops.iter().map(|d| d.strength).sum()
    }

    /// Its detachments, one per contingent.
    #[inline]
    pub fn troops(&self) -> &[Detachment] {
        &self.troops
    }

    /// Whether it has a detachment of this contingent.
    pub fn has_contingent(&self, contingent: usize) -> bool {
        self.troops.iter().any(|d| d.contingent == contingent)
    }

    /// Adds `men` to its detachment of `contingent`, if it has one; returns whether it had.
    pub(crate) fn add_men(&mut self, contingent: usize, men: u32) -> bool {
        match self.troops.iter_mut().find(|d| d.contingent == contingent) {
            Some(d) => {
                d.strength += men;
                true
            }
            None => false,
        }
    }

    /// Takes from each detachment `share` of its men (rounded to whole men); tells `taken`
    /// each detachment's contingent and loss, and returns the men taken in all.
    pub(crate) fn take_share(
        &mut self,
        share: f64,
        marks: &mut MaybeSpent,
        mut taken: impl FnMut(usize, u32),
    ) -> u32 {
        self.take_where(marks, |d| {
            let n = whole_men(f64::from(d.strength) * share);
            taken(d.contingent, n.min(d.strength));
            Some(n)
        })
    }

    /// Takes `share` of the men of its `k`-th detachment; returns the men taken.
    pub(crate) fn take_share_of(&mut self, k: usize, share: f64, marks: &mut MaybeSpent) -> u32 {
        let d = &mut self.troops[k];
        let (n, spent) = d.take(whole_men(f64::from(d.strength) * share));
        if spent {
            marks.mark();
        }
        n
    }

    /// Takes `share` of the men of its detachments of `contingent`; returns the men taken.
    pub(crate) fn take_contingent_share(
        &mut self,
        contingent: usize,
        share: f64,
        marks: &mut MaybeSpent,
    ) -> u32 {
        self.take_where(marks, |d| {
            (d.contingent == contingent).then(|| whole_men(f64::from(d.strength) * share))
        })
    }

    /// Sends every man home: the army is left without any.
    pub(crate) fn take_all(&mut self, marks: &mut MaybeSpent) {
        for d in &mut self.troops {
            d.strength = 0;
        }
        marks.mark();
    }

    /// Takes from each detachment the men `wanted` asks of it (`None`: none, and the
    /// detachment is not looked at; at most all it has); returns the men taken in all.
    fn take_where(
        &mut self,
        marks: &mut MaybeSpent,
        mut wanted: impl FnMut(&Detachment) -> Option<u32>,
    ) -> u32 {
        let mut taken = 0;
        let mut spent = false;
        for d in &mut self.troops {
            if let Some(n) = wanted(d) {
                let (n, emptied) = d.take(n);
                taken += n;
                spent |= emptied;
            }
        }
        if spent {
            marks.mark();
        }
        taken
    }

    /// Splits off about `men` of its men, in proportion to its detachments (the last makes up
    /// the rest); returns the detachments split off.
    pub(crate) fn detach(&mut self, men: u32, marks: &mut MaybeSpent) -> Vec<Detachment> {
        let total = self.strength();
        let mut taken = Vec::new();
        let mut left = men;
        let count = self.troops.len();
        for (k, d) in self.troops.iter_mut().enumerate() {
            let last = k + 1 == count;
            let n = if last {
                left.min(d.strength)
            } else {
                ((u64::from(d.strength) * u64::from(men)) / u64::from(total)) as u32
            };
            let (n, _) = d.take(n.min(left));
            left -= n;
            if n > 0 {
                taken.push(Detachment::new(d.contingent, n));
            }
        }
        if self.troops.iter().any(|d| d.strength == 0) {
            marks.mark();
        }
        taken
    }

    /// Takes every detachment away, leaving the army without men.
    fn take_troops(&mut self, marks: &mut MaybeSpent) -> Vec<Detachment> {
        let troops = std::mem::take(&mut self.troops);
        marks.mark();
        troops
    }

    /// Adds detachments to its own, joining those of a contingent it already has.
    fn join(&mut self, troops: Vec<Detachment>) {
        for d in troops {
            match self
                .troops
                .iter_mut()
                .find(|x| x.contingent == d.contingent)
            {
                Some(x) => x.strength += d.strength,
                None => self.troops.push(d),
            }
        }
    }

    /// All its men go over to `contingent` (an army changing sides changes paymaster).
    pub(crate) fn convert(&mut self, contingent: usize, marks: &mut MaybeSpent) {
        let men = self.strength();
        self.troops = vec![Detachment::new(contingent, men)];
        if men == 0 {
            marks.mark();
        }
    }
}

/// Whether an army may have a detachment left without men since the empty ones were last
/// cleared: whatever takes men away marks it when it leaves a detachment empty, so that the
/// many clearings where nothing did cost nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct MaybeSpent(pub(crate) bool);

impl MaybeSpent {
    /// Something may have been left without men.
    fn mark(&mut self) {
        self.0 = true;
    }
}

impl GameState {
    /// Adds men to the side's first field army in the province, or forms a new one. Returns
    /// its id. Arriving men never join a garrison (nor a siege line): a garrison holds its
    /// walls and never marches, so reinforcements and levies shut into it would be lost to the
    /// war; they form a new army instead, free to take the field.
    pub(crate) fn reinforce_at(
        &mut self,
        side: Side,
        province: usize,
        contingent: usize,
        men: u32,
        what: fn(usize) -> crate::sim::names::ArmyName,
    ) -> u32 {
        // Join an army that already has men of this contingent, so that foreign corps (which
        // may go home) and leaders' private armies (which may change sides) stay apart.
        if let Some(a) = self.armies.iter_mut().find(|a| {
            a.side == side
                && a.location == province
                && !matches!(a.stance, Stance::Besieging | Stance::Garrison)
                && a.has_contingent(contingent)
        }) {
            a.add_men(contingent, men);
            return a.id;
        }
        let name = what(province);
        spawn_army(
            self,
            name,
            side,
            province,
            None,
            vec![Detachment::new(contingent, men)],
        )
    }

    /// Removes a share of an army's men; returns the men lost.
    pub(crate) fn lose_share(&mut self, pos: usize, share: f64) -> u32 {
        self.lose_share_telling(pos, share, |_, _| {})
    }

    /// [`GameState::lose_share`], telling `each` every contingent's loss.
    pub(crate) fn lose_share_telling(
        &mut self,
        pos: usize,
        share: f64,
        mut each: impl FnMut(usize, u32),
    ) -> u32 {
        let contingents = &self.scenario.contingents;
        let mut french = 0;
        let lost = self.armies[pos].take_share(share, &mut self.maybe_spent, |c, n| {
            if contingents[c].paid_by == Payer::France {
                french += n;
            }
            each(c, n);
        });
        self.france.count_casualties(french);
        lost
    }

    /// Folds the army at position `from` into the one at `into`: its men join, and it is left
    /// without any, to be cleared.
    pub(crate) fn merge_armies(&mut self, from: usize, into: usize) {
        let moved = self.armies[from].take_troops(&mut self.maybe_spent);
        self.armies[into].join(moved);
    }

    /// Splits about `men` off the army at position `pos` (see [`Army::detach`]).
    pub(crate) fn detach_men(&mut self, pos: usize, men: u32) -> Vec<Detachment> {
        self.armies[pos].detach(men, &mut self.maybe_spent)
    }
}

/// `x` rounded to whole men, half away from zero (negative and NaN give 0).
pub fn whole_men(x: f64) -> u32 {
    x.round() as u32
}

/// Where troops meant for `wanted` actually arrive: there if the side holds it or it is
/// contested with none of the enemy's armies in it, else the usable port nearest to it (by
/// land and sea moves), else nowhere.
pub fn landing_place(state: &GameState, side: Side, wanted: usize) -> Option<usize> {
    let usable = |p: usize| {
        state.holder(p).side() != Some(side.enemy()) && !state.has_men_in(side.enemy(), p)
    };
    if usable(wanted) {
        return Some(wanted);
    }
    let mut seen = vec![false; state.provinces.len()];
    let mut queue = std::collections::VecDeque::from([wanted]);
    seen[wanted] = true;
    while let Some(p) = queue.pop_front() {
        if state.scenario.provinces[p].port && usable(p) {
            return Some(p);
        }
        for (q, _) in state.neighbours(side, p) {
            if !seen[q] {
                seen[q] = true;
                queue.push_back(q);
            }
        }
    }
    None
}

/// Creates an army and returns its id.
pub fn spawn_army(
    state: &mut GameState,
    name: ArmyName,
    side: Side,
    location: usize,
    leader: Option<usize>,
    troops: Vec<Detachment>,
) -> u32 {
    let empty = troops.is_empty() || troops.iter().any(|d| d.strength == 0);
    let id = state.next_army_id;
    state.next_army_id += 1;
    state.armies.push(Army {
        id,
        name,
        side,
        location,
        leader,
        troops,
        stance: Stance::Field,
    });
    if empty {
        state.maybe_spent.mark();
    }
    id
}

/// Takes a leader away from whatever army he commands.
pub fn unassign(state: &mut GameState, leader: usize) {
    for a in &mut state.armies {
        if a.leader == Some(leader) {
            a.leader = None;
        }
    }
}

/// Removes a share of a contingent's men from every army; returns the men removed. Armies
/// left empty are disbanded.
pub fn remove_contingent_share(
    state: &mut GameState,
    contingent: usize,
    share: f64,
    events: &mut Vec<Event>,
) -> u32 {
    let mut removed = 0;
    for a in &mut state.armies {
        removed += a.take_contingent_share(contingent, share, &mut state.maybe_spent);
    }
    remove_empty_armies(state, events);
    removed
}

/// Drops empty detachments and disbands armies with no men left, if anything since the last
/// clearing may have left one: every [`Army`] method that takes men away marks it
/// (`GameState::maybe_spent`) when it leaves a detachment without any.
pub fn remove_empty_armies(state: &mut GameState, events: &mut Vec<Event>) {
    if !state.maybe_spent.0 {
        return;
    }
    state.maybe_spent = MaybeSpent(false);
    let mut any_empty = false;
    for a in &mut state.armies {
        a.troops.retain(|d| d.strength > 0);
        any_empty |= a.troops.is_empty();
    }
    if any_empty {
        // Each disbanded army hands its name to the news of its end rather than a copy of it.
        for a in state.armies.extract_if(.., |a| a.troops.is_empty()) {
            events.push(Event::ArmyDestroyed {
                army: a.id,
                name: a.name,
                side: a.side,
            });
        }
    }
}

/// A leader leaves his side: dies, is captured, defects (with his army) or goes neutral
/// (taking his army home).
pub fn leader_leaves(
    state: &mut GameState,
    leader: usize,
    fate: LeaderFate,
    events: &mut Vec<Event>,
) {
    if state.leaders[leader].status != LeaderStatus::Active
        && !(fate == LeaderFate::Died && state.leaders[leader].status == LeaderStatus::Captured)
    {
        return;
    }
    // The men of his armies, who follow him over or home.
    let mut followers = 0;
    match fate {
        LeaderFate::Died => {
            state.leaders[leader].status = LeaderStatus::Dead;
            unassign(state, leader);
        }
        LeaderFate::Captured => {
            state.leaders[leader].status = LeaderStatus::Captured;
            unassign(state, leader);
        }
        LeaderFate::Defected => {
            let to = state.leaders[leader].side.enemy();
            state.leaders[leader].side = to;
            state.leaders[leader].loyalty = 60.0;
            let scenario = std::sync::Arc::clone(&state.scenario);
            let rules = &scenario.rules;
            for a in &mut state.armies {
                if a.leader == Some(leader) {
                    followers += a.strength();
                    a.side = to;
                    a.stance = Stance::Field;
                    // Men follow their chief, but into the enemy's pay: the guerrilla contingent
                    // for the Republic, the first treasury-paid contingent for the Empire.
                    let target = if to == Side::Republic {
                        Some(rules.guerrilla.contingent.idx())
                    } else {
                        state
                            .scenario
                            .contingents
                            .iter()
                            .position(|c| c.side == to && c.paid_by == Payer::Treasury)
                    };
                    if let Some(t) = target {
                        a.convert(t, &mut state.maybe_spent);
                    }
                }
            }
        }
        LeaderFate::WentNeutral => {
            state.leaders[leader].status = LeaderStatus::Neutral;
            for a in &mut state.armies {
                if a.leader == Some(leader) {
                    followers += a.strength();
                    a.take_all(&mut state.maybe_spent);
                }
            }
            remove_empty_armies(state, events);
        }
        LeaderFate::Arrived => {}
    }
    events.push(Event::Leader {
        leader,
        fate,
        men: followers,
    });
}
