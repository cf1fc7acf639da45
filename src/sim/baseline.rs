//! The built-in baseline policy: a simple, deterministic way for either side to give its
//! orders, used by `aguila run`, the tests and the benchmark. It reads the state like a player
//! (never the random generator) and gives commands through the same checks as a player.
use crate::sim::command::Command;
use crate::sim::policy::{self, Applied, Policy};
use crate::sim::scenario::Side;
use crate::sim::state::{GameState, Stance};
use crate::sim::turn::battle;
use crate::sim::view::{
    Targets, View, concentrate, distances, keep_besieging, recruit_from, recruiting_contingents,
};

/// Odds at or above which the policy attacks.
const ATTACK_ODDS: f64 = 0.6;
/// Odds of an enemy attack at or above which a Republican army avoids battle.
const EVADE_ODDS: f64 = 0.6;
/// Men the Empire leaves to hold a valuable province when its field army marches on.
const GARRISON: u32 = 1200;

/// How much a side wants each province: the scenario's objective weights, plus a little for
/// any province, plus its revenue and people.
fn values(state: &GameState, side: Side) -> Vec<f64> {
    let mut out: Vec<f64> = state
        .scenario
        .provinces
        .iter()
        .map(|def| 1.0 + def.customs + def.silver + f64::from(def.population) / 500_000.0)
        .collect();
    for o in state.scenario.objectives.iter().filter(|o| o.side == side) {
        out[o.province.idx()] += o.weight;
    }
    out
}

/// What the baseline policy knows of one province while it gives its orders.
struct Place {
    /// What taking it would gain: nothing if the side holds it already.
    gain: f64,
    /// Whether the side has (or has just ordered) a garrison there.
    garrisoned: bool,
    /// Odds of the strongest enemy attack on the side's armies there (NaN: not yet worked out;
    /// only the Republic asks).
    threat: f64,
    /// Men of an enemy garrison that could be besieged there (NaN: not yet worked out; a
    /// negative number: nothing to besiege).
    besiegeable_garrison: f64,
}

/// The commands the baseline policy gives for `side` this month.
pub fn orders(state: &GameState, side: Side) -> Vec<Command> {
    if state.outcome.is_some() {
        return Vec::new();
    }
    let view = View::new(state, values(state, side));
    let (focused, targets) = march_targets(state, side, &view);
    let dist = distances(state, side, &targets);
    let contingents = recruiting_contingents(state, side);
    orders_seeing(state, side, &view, focused, &dist, &contingents)
}

/// Provinces worth marching on: for the Intervention, the capital until it falls (the war is
/// won or lost on the road to Mexico City); otherwise the most valuable ones not ours. Returns
/// whether the side marches on the capital alone, and the targets.
fn march_targets(state: &GameState, side: Side, view: &View) -> (bool, Targets) {
    let (focused, focus) = march_focus(state, side, view);
    (focused, view.targets(side, focus))
}

/// Whether the side marches on the capital alone, and if so the capital.
fn march_focus(state: &GameState, side: Side, view: &View) -> (bool, Option<usize>) {
    let capital = state.scenario.national_capital.idx();
    let focused = side == Side::Empire && !view.holds(side.index(), capital);
    (focused, focused.then_some(capital))
}

/// [`orders`] in a game not over, from a view of the state with `side`'s values: `focused` and
/// `dist` say where it marches ([`march_targets`], and the distances to those targets), and
/// `contingents` are those it recruits ([`recruiting_contingents`]).
fn orders_seeing(
    state: &GameState,
    side: Side,
    view: &View,
    focused: bool,
    dist: &[u32],
    contingents: &[usize],
) -> Vec<Command> {
    // Room for an order or two per army and the month's recruits, without regrowing.
    let mut out = Vec::with_capacity(state.armies.len() + 8);
    let enemy = side.enemy();
    let (me, them) = (side.index(), enemy.index());
    let n = state.provinces.len();
    let truce = state.truce_holds();
    let luck = state.scenario.rules.combat.luck;
    // What the policy works out about each province, at most once a month: one list rather
    // than one per question.
    let mut places: Vec<Place> = (0..n)
        .map(|q| Place {
            gain: if view.holds(me, q) {
                0.0
            } else {
                view.value[q]
            },
            garrisoned: view.garrisoned(me, q),
            threat: f64::NAN,
            besiegeable_garrison: f64::NAN,
        })
        .collect();

    // The Intervention gathers its field armies: several columns in one province become one.
    // (The Republic's forces stay regional: state guards under their own governors.)
    let mut merged = Vec::new();
    if side == Side::Empire {
        merged.resize(state.armies.len(), false);
        concentrate(state, view, me, &mut merged, &mut out);
    }

    // The side's armies that may march, in army order: not those holding their walls, which
    // keep their stance and their place.
    for (i, army) in state.armies.iter().enumerate() {
        if army.side != side || army.stance == Stance::Garrison {
            continue;
        }
        if merged.get(i) == Some(&true) {
            continue;
        }
        let here = army.location;
        let men = army.strength();
        let enemy_here = !view.at(them, here).is_empty();
        if keep_besieging(state, army, enemy_here, &mut out) {
            continue;
        }
        if side == Side::Republic {
            // Odds of the strongest enemy force next door (or here) beating us where we
            // stand: the Republic's armies choose their stance by them. Every army in a
            // province faces the same threat, so it is worked out once per place.
            if places[here].threat.is_nan() {
                let strongest = view.strongest_attack_on(state, enemy, here);
                places[here].threat = battle::win_chance(strongest, view.defence(me, here), luck);
            }
            let threat = places[here].threat;
            let fortified = state.provinces[here].fort >= 1.0 && men >= 3000;
            let stance = if fortified && threat < 0.85 {
                Stance::Garrison
            } else if threat >= EVADE_ODDS {
                Stance::Evade
            } else {
                Stance::Field
            };
            if stance != army.stance {
                out.push(Command::SetStance {
                    army: army.id,
                    stance,
                });
            }
            if stance == Stance::Garrison {
                continue;
            }
            // Small bands in enemy country melt into the guerrilla.
            if men < 1500 && view.holds(them, here) && !enemy_here {
                out.push(Command::Disperse { army: army.id });
                continue;
            }
        } else if men <= GARRISON + 300 {
            // Too small to campaign: hold what we have.
            if view.holds(me, here) && !places[here].garrisoned {
                out.push(Command::SetStance {
                    army: army.id,
                    stance: Stance::Garrison,
                });
                places[here].garrisoned = true;
                continue;
            }
        }

        // Choose where to go: the reachable province that best combines value, closeness to
        // the targets and the odds of winning there.
        let own_attack = view.army_attack(state, i);
        let mut best: Option<(f64, usize, bool)> = None;
        for (q, _) in state.neighbours(side, here) {
            let gain = places[q].gain;
            let closer = dist[q] < dist[here];
            // Only moves that take something or get nearer the targets are worth a march;
            // shuffling between equally distant provinces is how a policy wastes a war.
            if (gain <= 0.0 || focused) && !closer {
                continue;
            }
            let defenders = view.at(them, q);
            let contested = !defenders.is_empty();
            if contested && truce {
                continue;
            }
            let bonus = gain + if closer { 2.0 } else { 0.0 };
            // The odds add at most 1: a place that cannot beat the best so far even with
            // certain victory is not worth working them out.
            if best.is_some_and(|(s, _, _)| bonus + 1.0 <= s) {
                continue;
            }
            let odds = if contested {
                battle::win_chance(own_attack, view.defence(them, q), luck)
            } else {
                1.0
            };
            let besiegeable = contested && {
                let garrison = &mut places[q].besiegeable_garrison;
                if garrison.is_nan() {
                    let walled = state.provinces[q].fort > 0.0
                        && defenders
                            .iter()
                            .all(|&d| state.armies[d].stance == Stance::Garrison);
                    *garrison = if walled {
                        defenders
                            .iter()
                            .map(|&d| f64::from(state.armies[d].strength()))
                            .sum::<f64>()
                    } else {
                        -1.0
                    };
                }
                *garrison >= 0.0 && f64::from(men) > 1.5 * *garrison
            };
            if odds < ATTACK_ODDS && !besiegeable {
                continue;
            }
            let score = bonus + odds;
            if best.is_none_or(|(s, _, _)| score > s) {
                best = Some((score, q, besiegeable && odds < ATTACK_ODDS));
            }
        }
        let Some((score, q, siege)) = best else {
            continue;
        };
        // Stay put unless the move is worth something.
        let stay_value = if view.holds(me, here) {
            0.0
        } else {
            view.value[here] + 1.0
        };
        if score <= stay_value.max(0.5) {
            continue;
        }
        // The Empire leaves a garrison behind in valuable provinces it holds.
        if side == Side::Empire
            && men > 3 * GARRISON
            && view.holds(me, here)
            && !places[here].garrisoned
            && view.at(me, here).len() == 1
            && view.value[here] >= 3.0
        {
            out.push(Command::Detach {
                army: army.id,
                men: GARRISON,
            });
            places[here].garrisoned = true;
        }
        let to = state.province_id(q);
        out.push(if siege {
            Command::Siege {
                army: army.id,
                at: to,
            }
        } else {
            Command::Move { army: army.id, to }
        });
    }

    // Everything but a reserve of one million pesos.
    recruit_from(
        state,
        view,
        side,
        state.treasury[side.index()] - 1.0,
        contingents,
        &mut out,
    );
    out.push(Command::EndTurn);
    out
}

/// Plays one month with both sides under the baseline policy, through
/// [`policy::play_month`]. Returns the commands given, with their sides, and the events.
pub fn play_month(state: &mut GameState) -> (Vec<(Side, Command)>, Vec<crate::sim::Event>) {
    policy::play_month(state, &mut Baseline, &Side::BOTH)
}

/// The baseline policy as a [`Policy`]: it keeps nothing from month to month and gives each
/// side the orders of [`orders`], seeing the state afresh (the commands applied so far this
/// month are in the state already).
#[derive(Default)]
pub struct Baseline;

impl Policy for Baseline {
    fn orders(&mut self, state: &GameState, side: Side, _applied: &Applied) -> Vec<Command> {
        orders(state, side)
    }
}
