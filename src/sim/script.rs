//! Scenario scripting: evaluating conditions on the state and applying effects.
use crate::sim::event::{Event, LeaderFate};
use crate::sim::names::ArmyName;
use crate::sim::scenario::*;
use crate::sim::state::{Army, Detachment, GameState, MaybeSpent, Stance};

/// Whether a condition holds now.
pub fn holds(state: &GameState, cond: &Condition) -> bool {
    match cond {
        Condition::Always => true,
        Condition::All(cs) => cs.iter().all(|c| holds(state, c)),
        Condition::Any(cs) => cs.iter().any(|c| holds(state, c)),
        Condition::Not(c) => !holds(state, c),
        Condition::From(m) => state.month >= state.month_of(m),
        Condition::Before(m) => state.month < state.month_of(m),
        Condition::AtEnd => state.month >= state.scenario.end,
        Condition::Param(p) => state.param_true(p.idx()),
        Condition::Flag(f) => state.flags.contains(f),
        Condition::Holds(side, p) => state.holder(p.idx()).side() == Some(*side),
        Condition::ProvincesAtLeast(side, n) => state.provinces_held(*side) >= *n,
        Condition::TrackAtLeast(t, v) => state.tracks[t.idx()] >= *v,
        Condition::TrackBelow(t, v) => state.tracks[t.idx()] < *v,
        Condition::Leader(l, status) => state.leaders[l.idx()].status == *status,
        Condition::LeaderSide(l, side) => state.leaders[l.idx()].side == *side,
        Condition::TroopsBelow(side, n) => state.troops(*side) < *n,
        Condition::ContingentAtLeast(c, n) => state.contingent_strength(c.idx()) >= *n,
        Condition::PowerWith(p, side) => state.powers[p.idx()] == Some(*side),
        Condition::Polity(p) => state.polity == *p,
        Condition::France(s) => state.france.status == *s,
        Condition::MonthsSince(e, n) => {
            state.fired[e.idx()].is_some_and(|m| state.month.months_since(m) >= *n as i32)
        }
        Condition::PolicyAtLeast(v) => state.policy >= *v,
        Condition::PolicyBelow(v) => state.policy < *v,
        Condition::RepressionAtLeast(v) => state.repression >= *v,
        Condition::GuerrillasAtLeast(n) => {
            state.provinces.iter().map(|p| p.guerrilla).sum::<f64>() >= f64::from(*n)
        }
        Condition::DebtAtLeast(v) => state.debt >= *v,
        Condition::MonthsSinceWithdrawal(n) => state
            .france
            .announced
            .is_some_and(|m| state.month.months_since(m) >= *n as i32),
    }
}

/// Applies one effect, pushing what happened to `events`.
pub fn apply(state: &mut GameState, effect: &Effect, events: &mut Vec<Event>) {
    match effect {
        Effect::AddTrack(t, n) => {
            let v = state.num(n);
            add_track(state, t.idx(), v);
        }
        Effect::SetTrack(t, n) => {
            let v = state.num(n);
            let def = &state.scenario.tracks[t.idx()];
            state.tracks[t.idx()] = v.clamp(def.min, def.max);
        }
        Effect::SetFlag(f) => {
            state.flags.insert(f.clone());
        }
        Effect::ClearFlag(f) => {
            state.flags.remove(f);
        }
        Effect::AddTreasury(side, n) => state.treasury[side.index()] += state.num(n),
        Effect::AddDebt(n) => state.debt += state.num(n),
        Effect::AddArmy {
            name,
            location,
            leader,
            troops,
        } => {
            let troops: Vec<Detachment> = troops
                .iter()
                .map(|d| Detachment {
                    contingent: d.contingent.idx(),
                    strength: d.strength,
                })
                .collect();
            let Some(first) = troops.first() else { return };
            let side = state.scenario.contingents[first.contingent].side;
            if let Some(at) = landing_place(state, side, location.idx()) {
                let leader = leader.as_ref().map(|l| l.idx()).filter(|&l| {
                    matches!(
                        state.leaders[l].status,
                        LeaderStatus::Active | LeaderStatus::Offstage
                    )
                });
                if let Some(l) = leader {
                    if state.leaders[l].status == LeaderStatus::Offstage {
                        state.leaders[l].status = LeaderStatus::Active;
                        events.push(Event::Leader {
                            leader: l,
                            fate: LeaderFate::Arrived,
                        });
                    }
                    unassign(state, l);
                }
                for d in &troops {
                    events.push(Event::Reinforced {
                        side,
                        contingent: d.contingent,
                        men: d.strength,
                        province: at,
                    });
                }
                spawn_army(
                    state,
                    ArmyName::Given(name.clone()),
                    side,
                    at,
                    leader,
                    troops,
                );
            }
        }
        Effect::RemoveTroops(c, share) => {
            let share = state.num(share).clamp(0.0, 1.0);
            let men = remove_contingent_share(state, c.idx(), share, events);
            if men > 0 {
                events.push(Event::Withdrawn {
                    contingent: c.idx(),
                    men,
                });
            }
        }
        Effect::PowerJoins(p, side) => {
            state.powers[p.idx()] = Some(*side);
            events.push(Event::PowerJoined {
                power: p.idx(),
                side: *side,
            });
        }
        Effect::PowerLeaves(p) => {
            state.powers[p.idx()] = None;
            let men = match state.scenario.powers[p.idx()].contingent.clone() {
                Some(c) => remove_contingent_share(state, c.idx(), 1.0, events),
                None => 0,
            };
            events.push(Event::PowerLeft {
                power: p.idx(),
                men,
            });
        }
        Effect::LeaderDies(l) => leader_leaves(state, l.idx(), LeaderFate::Died, events),
        Effect::LeaderDefects(l) => leader_leaves(state, l.idx(), LeaderFate::Defected, events),
        Effect::LeaderArrives(l) => {
            let l = l.idx();
            if state.leaders[l].status == LeaderStatus::Offstage {
                state.leaders[l].status = LeaderStatus::Active;
                events.push(Event::Leader {
                    leader: l,
                    fate: LeaderFate::Arrived,
                });
            }
        }
        Effect::ShiftSupport {
            side,
            points,
            province,
        } => {
            let points = state.num(points);
            let range = match province {
                Some(p) => p.idx()..p.idx() + 1,
                None => 0..state.provinces.len(),
            };
            for p in range {
                shift_support(state, p, *side, points);
            }
        }
        Effect::SetPolity(polity, leader) => {
            state.polity = *polity;
            if let Some(l) = leader {
                state.emperor = Some(l.idx());
                if state.leaders[l.idx()].status == LeaderStatus::Offstage {
                    state.leaders[l.idx()].status = LeaderStatus::Active;
                    events.push(Event::Leader {
                        leader: l.idx(),
                        fate: LeaderFate::Arrived,
                    });
                }
            }
            events.push(Event::PolityChanged { polity: *polity });
        }
        Effect::SetPolicy(n) => state.policy = state.num(n).clamp(-100.0, 100.0),
        Effect::LeaderAway(l) => {
            let l = l.idx();
            if state.leaders[l].status == LeaderStatus::Active {
                state.leaders[l].status = LeaderStatus::Offstage;
                unassign(state, l);
            }
        }
        Effect::SetRepression(n) => state.repression = state.num(n).clamp(0.0, 3.0),
        Effect::AddLoyalty(l, n) => {
            let v = state.num(n);
            let ls = &mut state.leaders[l.idx()];
            ls.loyalty = (ls.loyalty + v).clamp(0.0, 100.0);
        }
    }
}

/// Adds to a track, clamped to its range.
pub fn add_track(state: &mut GameState, track: usize, amount: f64) {
    let def = &state.scenario.tracks[track];
    state.tracks[track] = (state.tracks[track] + amount).clamp(def.min, def.max);
}

/// Moves a side's support in a province, keeping both supports within 0–100 and their sum
/// at most 100.
pub fn shift_support(state: &mut GameState, province: usize, side: Side, points: f64) {
    let s = &mut state.provinces[province].support;
    let i = side.index();
    let j = side.enemy().index();
    s[i] = (s[i] + points).clamp(0.0, 100.0);
    if s[i] + s[j] > 100.0 {
        s[j] = 100.0 - s[i];
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
                    crate::sim::combat::whole_men(f64::from(d.strength) * share)
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
