//! The built-in baseline policy: a simple, deterministic way for either side to give its
//! orders, used by `aguila run`, the tests and the benchmark. It reads the state like a player
//! (never the random generator) and gives commands through the same checks as a player.
use crate::sim::combat;
use crate::sim::command::Command;
use crate::sim::scenario::{Payer, Side};
use crate::sim::state::{GameState, Holder, Stance};

/// Odds at or above which the policy attacks.
const ATTACK_ODDS: f64 = 0.6;
/// Odds of an enemy attack at or above which a Republican army avoids battle.
const EVADE_ODDS: f64 = 0.6;
/// Men the Empire leaves to hold a valuable province when its field army marches on.
const GARRISON: u32 = 1200;

/// Distances (in moves) from every province to the nearest target, by land and, for a side
/// with a navy, by sea.
fn distances(state: &GameState, side: Side, targets: &[usize]) -> Vec<u32> {
    let n = state.provinces.len();
    let mut dist = vec![u32::MAX; n];
    let mut queue = std::collections::VecDeque::new();
    for &t in targets {
        dist[t] = 0;
        queue.push_back(t);
    }
    while let Some(p) = queue.pop_front() {
        for (q, _) in state.reachable(side, p) {
            if dist[q] == u32::MAX {
                dist[q] = dist[p] + 1;
                queue.push_back(q);
            }
        }
    }
    dist
}

/// How much a side wants a province: the scenario's objective weight, plus a little for any
/// province, plus its revenue.
fn value(state: &GameState, side: Side, p: usize) -> f64 {
    let def = &state.scenario.provinces[p];
    let objective: f64 = state
        .scenario
        .objectives
        .iter()
        .filter(|o| o.side == side && o.province.idx() == p)
        .map(|o| o.weight)
        .sum();
    1.0 + objective + def.customs + def.silver + f64::from(def.population) / 500_000.0
}

fn army_indices(state: &GameState, side: Side, province: usize) -> Vec<usize> {
    (0..state.armies.len())
        .filter(|&i| state.armies[i].side == side && state.armies[i].location == province)
        .collect()
}

/// The commands the baseline policy gives for `side` this month.
pub fn orders(state: &GameState, side: Side) -> Vec<Command> {
    let mut out = Vec::new();
    if state.outcome.is_some() {
        return out;
    }
    let enemy = side.enemy();
    let n = state.provinces.len();
    // Provinces worth marching on: not ours, ranked by value.
    let mut wanted: Vec<usize> = (0..n).filter(|&p| state.holder(p).side() != Some(side)).collect();
    wanted.sort_by(|&a, &b| value(state, side, b).total_cmp(&value(state, side, a)).then(a.cmp(&b)));
    wanted.truncate(6);
    let dist = distances(state, side, &wanted);
    let truce = state.truce_holds();
    let luck = state.scenario.rules.combat.luck;
    let mut garrisoned: Vec<bool> = (0..n).map(|p| state.armies.iter().any(|a| a.side == side && a.location == p && a.stance == Stance::Garrison)).collect();

    for (i, army) in state.armies.iter().enumerate() {
        if army.side != side {
            continue;
        }
        let here = army.location;
        let men = army.strength();
        let enemy_here = state.strength_in(enemy, here) > 0;
        if army.stance == Stance::Besieging && enemy_here {
            out.push(Command::Siege { army: army.id, at: state.scenario.provinces[here].id.clone() });
            continue;
        }
        if army.stance == Stance::Garrison {
            continue;
        }
        // Odds of the strongest enemy neighbour attacking this army where it stands.
        let threat = state
            .reachable(enemy, here)
            .into_iter()
            .chain(std::iter::once((here, false)))
            .map(|(q, _)| {
                let attackers = army_indices(state, enemy, q);
                if attackers.is_empty() {
                    return 0.0;
                }
                let a = combat::force(state, &attackers, false, here);
                let d = combat::force(state, &army_indices(state, side, here), true, here);
                combat::win_chance(a.power(), d.power(), luck)
            })
            .fold(0.0, f64::max);

        if side == Side::Republic {
            let fortified = state.provinces[here].fort >= 1.0 && men >= 3000;
            let stance = if fortified && threat < 0.85 {
                Stance::Garrison
            } else if threat >= EVADE_ODDS {
                Stance::Evade
            } else {
                Stance::Field
            };
            if stance != army.stance {
                out.push(Command::SetStance { army: army.id, stance });
            }
            if stance == Stance::Garrison {
                continue;
            }
            // Small bands in enemy country melt into the guerrilla.
            if men < 1500 && state.holder(here) == Holder::Empire && !enemy_here {
                out.push(Command::Disperse { army: army.id });
                continue;
            }
        } else if men <= GARRISON + 300 {
            // Too small to campaign: hold what we have.
            if state.holder(here).side() == Some(side) && !garrisoned[here] {
                out.push(Command::SetStance { army: army.id, stance: Stance::Garrison });
                garrisoned[here] = true;
                continue;
            }
        }

        // Choose where to go: the reachable province that best combines value, closeness to
        // the targets and the odds of winning there.
        let mut best: Option<(f64, usize, bool)> = None;
        for (q, _) in state.reachable(side, here) {
            let defenders = army_indices(state, enemy, q);
            let contested = !defenders.is_empty();
            if contested && truce {
                continue;
            }
            let odds = if contested {
                let p = combat::preview(state, side, &[i], q);
                p.win_chance
            } else {
                1.0
            };
            let besiegeable = contested
                && state.provinces[q].fort > 0.0
                && defenders.iter().all(|&d| state.armies[d].stance == Stance::Garrison)
                && f64::from(men) > 1.5 * f64::from(state.strength_in(enemy, q));
            if odds < ATTACK_ODDS && !besiegeable {
                continue;
            }
            let gain = if state.holder(q).side() == Some(side) { 0.0 } else { value(state, side, q) };
            let closer = match (dist[here], dist[q]) {
                (a, b) if b < a => 2.0,
                (a, b) if b == a => 0.0,
                _ => -2.0,
            };
            let score = gain + closer + odds;
            if best.is_none_or(|(s, _, _)| score > s) {
                best = Some((score, q, besiegeable && odds < ATTACK_ODDS));
            }
        }
        let Some((score, q, siege)) = best else { continue };
        // Stay put unless the move is worth something.
        let stay_value = if state.holder(here).side() == Some(side) { 0.0 } else { value(state, side, here) + 1.0 };
        if score <= stay_value.max(0.5) {
            continue;
        }
        // The Empire leaves a garrison behind in valuable provinces it holds.
        if side == Side::Empire
            && men > 3 * GARRISON
            && state.holder(here) == Holder::Empire
            && !garrisoned[here]
            && army_indices(state, side, here).len() == 1
            && value(state, side, here) >= 3.0
        {
            out.push(Command::Detach { army: army.id, men: GARRISON });
            garrisoned[here] = true;
        }
        let to = state.scenario.provinces[q].id.clone();
        out.push(if siege { Command::Siege { army: army.id, at: to } } else { Command::Move { army: army.id, to } });
    }

    recruit(state, side, &mut out);
    out.push(Command::EndTurn);
    out
}

/// Spends spare money on recruits in the side's safest provinces.
fn recruit(state: &GameState, side: Side, out: &mut Vec<Command>) {
    let reserve = 1.0;
    let mut budget = state.treasury[side.index()] - reserve;
    if budget <= 0.0 {
        return;
    }
    let contingents: Vec<usize> = (0..state.scenario.contingents.len())
        .filter(|&c| {
            let def = &state.scenario.contingents[c];
            def.side == side && def.recruit.is_some() && def.paid_by == Payer::Treasury
        })
        .collect();
    let mut provinces: Vec<usize> = (0..state.provinces.len()).filter(|&p| state.holder(p).side() == Some(side)).collect();
    provinces.sort_by(|&a, &b| {
        state.provinces[b].support[side.index()].total_cmp(&state.provinces[a].support[side.index()]).then(a.cmp(&b))
    });
    for p in provinces.into_iter().take(4) {
        for &c in &contingents {
            let Ok(max) = state.recruit_limit(side, p, c) else { continue };
            let cost_per_man = state.scenario.contingents[c].recruit.as_ref().map_or(0.0, |r| r.cost_per_1000 / 1000.0);
            let affordable = if cost_per_man > 0.0 { (budget / cost_per_man) as u32 } else { max };
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

/// Plays one month with both sides under the baseline policy: each side's commands are
/// applied in turn (refused ones are skipped), then the month resolves. Returns the commands
/// given, with their sides, and the events.
pub fn play_month(state: &mut GameState) -> (Vec<(Side, Command)>, Vec<crate::sim::Event>) {
    let mut log = Vec::new();
    let mut events = Vec::new();
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
