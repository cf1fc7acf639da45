//! Armies: raising them, reinforcing them, taking men from them, and disbanding the empty;
//! where new troops land; a leader leaving his army.
use crate::sim::event::{Event, LeaderFate};
use crate::sim::names::ArmyName;
use crate::sim::scenario::*;
use crate::sim::state::{Army, Detachment, GameState, MaybeSpent, Stance};

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
            (a.side == side) & (a.location == province)
                && !matches!(a.stance, Stance::Besieging | Stance::Garrison)
                && a.troops.iter().any(|d| d.contingent == contingent)
        }) {
            if let Some(d) = a.troops.iter_mut().find(|d| d.contingent == contingent) {
                d.strength += men;
                a.men += men;
            }
            return a.id;
        }
        let name = what(province);
        spawn_army(
            self,
            name,
            side,
            province,
            None,
            vec![Detachment {
                contingent,
                strength: men,
            }],
        )
    }

    /// Removes a share of an army's men; returns the men lost.
    pub(crate) fn lose_share(&mut self, pos: usize, share: f64) -> u32 {
        let mut lost = 0;
        let mut french = 0;
        let mut spent = false;
        for d in &mut self.armies[pos].troops {
            let n = whole_men(f64::from(d.strength) * share).min(d.strength);
            d.strength -= n;
            spent |= d.strength == 0;
            lost += n;
            if self.scenario.contingents[d.contingent].paid_by == Payer::France {
                french += n;
            }
        }
        self.france.count_casualties(french);
        self.armies[pos].men -= lost;
        if spent {
            self.maybe_spent.mark(&mut self.armies[pos]);
        }
        lost
    }
}

/// `x` rounded to whole men, half away from zero: exactly `x.round() as u32` (negative and
/// NaN give 0, too many give `u32::MAX`), without the call to the library's `round` that the
/// month would otherwise make for every detachment hit.
#[inline]
pub fn whole_men(x: f64) -> u32 {
    if x < 4_294_967_295.0 {
        // The cast truncates (and sends negatives and NaN to 0); the fraction left is exact,
        // since truncating drops at most half of a number of 1 or more.
        let whole = x as u32;
        whole + u32::from(x - f64::from(whole) >= 0.5)
    } else {
        x.round() as u32
    }
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
        men: Army::count_men(&troops),
        troops,
        stance: Stance::Field,
        spent: false,
    });
    if empty && let Some(army) = state.armies.last_mut() {
        state.maybe_spent.mark(army);
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
        let mut spent = false;
        for d in &mut a.troops {
            if d.contingent == contingent {
                let n = if share >= 1.0 {
                    d.strength
                } else {
                    whole_men(f64::from(d.strength) * share)
                };
                d.strength -= n;
                a.men -= n;
                spent |= d.strength == 0;
                removed += n;
            }
        }
        if spent {
            state.maybe_spent.mark(a);
        }
    }
    remove_empty_armies(state, events);
    removed
}

/// Drops empty detachments and disbands armies with no men left, if anything since the last
/// clearing may have left one: whatever takes men away marks the army it leaves a detachment
/// without any (`GameState::maybe_spent`), so most calls cost nothing and the others read only
/// the marked armies' detachments.
pub fn remove_empty_armies(state: &mut GameState, events: &mut Vec<Event>) {
    let (every, mut marked) = match state.maybe_spent {
        MaybeSpent::None => return,
        MaybeSpent::Marked(marked) => (false, marked),
        MaybeSpent::Any => (true, 0),
    };
    // Only the lists with an empty entry are rewritten.
    let mut any_empty = false;
    for a in &mut state.armies {
        if !(every || a.spent) {
            continue;
        }
        // (Looking at every army, the count of marks is not kept.)
        marked = marked.saturating_sub(usize::from(a.spent));
        a.spent = false;
        if a.troops.iter().any(|d| d.strength == 0) {
            a.troops.retain(|d| d.strength > 0);
        }
        any_empty |= a.troops.is_empty();
        if !every && marked == 0 {
            break;
        }
    }
    state.maybe_spent = MaybeSpent::None;
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
    // Whatever left a detachment without men and did not mark its army, or changed its men
    // without counting them, would show here, in every test.
    debug_assert!(
        state
            .armies
            .iter()
            .all(|a| !a.troops.is_empty() && a.troops.iter().all(|d| d.strength > 0)),
        "an army left without men was not marked"
    );
    debug_assert!(
        state
            .armies
            .iter()
            .all(|a| a.men == Army::count_men(&a.troops)),
        "an army's men changed without being counted"
    );
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
                        let men = a.strength();
                        a.troops = vec![Detachment {
                            contingent: t,
                            strength: men,
                        }];
                        if men == 0 {
                            state.maybe_spent.mark(a);
                        }
                    }
                }
            }
        }
        LeaderFate::WentNeutral => {
            state.leaders[leader].status = LeaderStatus::Neutral;
            for a in &mut state.armies {
                if a.leader == Some(leader) {
                    for d in &mut a.troops {
                        d.strength = 0;
                    }
                    a.men = 0;
                    state.maybe_spent.mark(a);
                }
            }
            remove_empty_armies(state, events);
        }
        LeaderFate::Arrived => {}
    }
    events.push(Event::Leader { leader, fate });
}
