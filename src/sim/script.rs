//! Scenario scripting: evaluating conditions on the state and applying effects.
use crate::sim::army::{
    landing_place, leader_leaves, remove_contingent_share, spawn_army, unassign,
};
use crate::sim::event::{Event, LeaderFate};
use crate::sim::names::ArmyName;
use crate::sim::scenario::*;
use crate::sim::state::{Detachment, GameState};

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
        Effect::ChargeCorpsToEmpire(n) => state.france.charged_per_man = state.num(n).max(0.0),
        Effect::AddArmy {
            name,
            location,
            leader,
            troops,
        } => {
            let troops: Vec<Detachment> = troops
                .iter()
                .map(|d| Detachment::new(d.contingent.idx(), d.strength))
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
                            men: 0,
                        });
                    }
                    unassign(state, l);
                }
                for d in &troops {
                    events.push(Event::Reinforced {
                        side,
                        contingent: d.contingent,
                        men: d.strength(),
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
                    men: 0,
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
            if *polity == Polity::Fallen && state.polity != Polity::Fallen {
                state.fallen_from = Some(state.polity);
            }
            state.polity = *polity;
            if let Some(l) = leader {
                state.emperor = Some(l.idx());
                if state.leaders[l.idx()].status == LeaderStatus::Offstage {
                    state.leaders[l.idx()].status = LeaderStatus::Active;
                    events.push(Event::Leader {
                        leader: l.idx(),
                        fate: LeaderFate::Arrived,
                        men: 0,
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
