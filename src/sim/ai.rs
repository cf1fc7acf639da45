//! The AI: plays either side by the same rules and with the same information as a human. Its
//! war aims and its caution come from the scenario's `strategy` (data a modder can change);
//! its difficulty changes how well it judges and coordinates, never what it gets. It gives
//! its orders as ordinary commands through the rules' checks, and it never reads the random
//! generator: where an easy opponent misjudges the odds, the error comes from a hash of what
//! it sees, so the same position always gets the same orders.
use crate::sim::command::Command;
use crate::sim::date::Month;
use crate::sim::policy::{self, Applied, Policy};
use crate::sim::scenario::{Side, StrategyDef};
use crate::sim::state::{GameState, Stance};
use crate::sim::turn::battle;
use crate::sim::view::{MonthView, View, concentrate, distances, keep_besieging, recruit};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// How well the AI plays. Every level has the same troops, money and information.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Difficulty {
    /// Misjudges the odds, keeps poor watch on its flanks, never combines its armies, and
    /// spends half of what it could.
    Easy,
    /// Weighs every army's moves soundly, one army at a time.
    #[default]
    Normal,
    /// Also brings its armies together on a target none could take alone whenever it can,
    /// without waiting for the moment its strategy names.
    Hard,
}

impl Difficulty {
    /// All levels, easiest first.
    pub const ALL: [Difficulty; 3] = [Difficulty::Easy, Difficulty::Normal, Difficulty::Hard];

    /// How far (±) its estimate of a battle's odds may be off.
    fn misjudgement(self) -> f64 {
        match self {
            Difficulty::Easy => 0.25,
            Difficulty::Normal | Difficulty::Hard => 0.0,
        }
    }

    /// Whether it brings several armies together on a target none could take alone: never
    /// when easy; when its strategy says the time has come at normal; whenever it can when
    /// hard.
    fn combines(self, strategy_says: impl FnOnce() -> bool) -> bool {
        match self {
            Difficulty::Easy => false,
            Difficulty::Normal => strategy_says(),
            Difficulty::Hard => true,
        }
    }

    /// Share of the spare money it puts into recruits.
    fn recruit_share(self) -> f64 {
        match self {
            Difficulty::Easy => 0.5,
            Difficulty::Normal | Difficulty::Hard => 1.0,
        }
    }
}

/// The strategy the scenario gives `side`, or the plain default.
pub fn strategy(state: &GameState, side: Side) -> Cow<'_, StrategyDef> {
    state
        .scenario
        .strategy
        .iter()
        .find(|s| s.side == side)
        .map_or_else(|| Cow::Owned(StrategyDef::default_for(side)), Cow::Borrowed)
}

/// How much `side` wants each province, by its strategy and the scenario's objectives.
pub fn values(state: &GameState, side: Side, strat: &StrategyDef) -> Vec<f64> {
    let capital = state.scenario.national_capital.idx();
    let mut out: Vec<f64> = state
        .scenario
        .provinces
        .iter()
        .enumerate()
        .map(|(p, def)| {
            let mut v = 1.0
                + strat.customs * def.customs
                + strat.silver * def.silver
                + f64::from(def.population) / 500_000.0
                + strat.support * state.provinces[p].support[side.index()] / 100.0;
            if def.us_border {
                v += strat.us_border;
            }
            if p == capital {
                v += strat.capital;
            }
            v
        })
        .collect();
    for o in state.scenario.objectives.iter().filter(|o| o.side == side) {
        out[o.province.idx()] += o.weight;
    }
    out
}

/// A deterministic error in −1…1 for an easy AI's judgement of army `army` attacking `q` this
/// month: a hash of what it sees, never the game's random generator.
fn misjudged(state: &GameState, army: u32, q: usize) -> f64 {
    let mut x = u64::from(army)
        ^ (q as u64).rotate_left(21)
        ^ (state.month.months_since(Month::new(1800, 1)) as u64).rotate_left(42);
    // splitmix64's finaliser: good spread from a few bits of input.
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^= x >> 31;
    (x % 2001) as f64 / 1000.0 - 1.0
}

/// The commands the AI gives for `side` this month.
pub fn orders(state: &GameState, side: Side, level: Difficulty) -> Vec<Command> {
    if state.outcome.is_some() {
        return Vec::new();
    }
    let strat = strategy(state, side);
    let view = View::new(state, values(state, side, &strat));
    orders_seeing(state, side, level, &strat, &view)
}

/// [`orders`] in a game not over, with the side's strategy and a view of the state with its
/// values.
fn orders_seeing(
    state: &GameState,
    side: Side,
    level: Difficulty,
    strat: &StrategyDef,
    view: &View,
) -> Vec<Command> {
    // Room for an order or two per army and the month's recruits, without regrowing.
    let mut out = Vec::with_capacity(state.armies.len() + 8);
    let enemy = side.enemy();
    let (me, them) = (side.index(), enemy.index());
    let n = state.provinces.len();
    let capital = state.scenario.national_capital.idx();
    let focused = strat.capital_first && !view.holds(me, capital);
    let dist = view.target_distances(state, side, focused.then_some(capital));
    let truce = state.truce_holds();
    let combat_rules = &state.scenario.rules.combat;
    let luck = combat_rules.luck;
    let mut garrisoned = view.garrisons(me);
    let mut threat_at = vec![f64::NAN; n];
    // The side's main body: its strongest field army, which small columns march to join.
    let main_body = (0..state.armies.len())
        .filter(|&i| state.armies[i].side == side && state.armies[i].stance == Stance::Field)
        .max_by_key(|&i| {
            (
                state.armies[i].strength(),
                std::cmp::Reverse(state.armies[i].id),
            )
        });
    let mut to_main: Option<Vec<u32>> = None;
    // Armies already given their orders this month (folded into another, or sent with others
    // on a joint attack).
    let mut done = vec![false; state.armies.len()];

    if strat.concentrate {
        concentrate(state, view, me, &mut done, &mut out);
    }

    let offensive = !truce
        && level.combines(|| {
            strat
                .offensive_when
                .as_ref()
                .is_none_or(|c| crate::sim::script::holds(state, c))
        });
    if offensive {
        joint_attacks(state, side, strat, view, &mut done, &mut out);
    }

    for (i, army) in state.armies.iter().enumerate() {
        if army.side != side || done[i] {
            continue;
        }
        let here = army.location;
        let men = army.strength();
        let enemy_here = !view.at(them, here).is_empty();
        if keep_besieging(state, army, enemy_here, &mut out) {
            continue;
        }
        let fort_factor = 1.0 + combat_rules.fort_bonus * state.provinces[here].fort;
        if army.stance == Stance::Garrison && (strat.avoid_odds >= 1.0 || fort_factor <= 1.0) {
            continue;
        }
        if threat_at[here].is_nan() {
            threat_at[here] = view.strongest_attack_on(state, enemy, here);
        }
        // The odds of an enemy attack on the armies here in the open, and behind the walls.
        let open_defence = if garrisoned[here] {
            view.defence(me, here) / fort_factor
        } else {
            view.defence(me, here)
        };
        let threat_open = battle::win_chance(threat_at[here], open_defence, luck);
        let threat_walls = battle::win_chance(threat_at[here], open_defence * fort_factor, luck);
        // An easy opponent keeps poor watch: it sees danger only when it is already at hand.
        let (threat, threat_walls) = if level == Difficulty::Easy && !enemy_here {
            (0.0, 0.0)
        } else {
            (threat_open, threat_walls)
        };

        if strat.avoid_odds < 1.0 {
            // Avoiding a battle it would lose: shut the gates of a fortress if the walls can
            // hold, else slip away; bands deep in enemy country melt into the guerrilla. With
            // no danger near, a fortress's defenders march out again.
            let fortified = state.provinces[here].fort >= 1.0 && men >= 3000;
            let hold_walls = (strat.avoid_odds + 0.25).min(0.95);
            let stance =
                if fortified && threat >= strat.avoid_odds / 2.0 && threat_walls < hold_walls {
                    Stance::Garrison
                } else if threat >= strat.avoid_odds {
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
            if men < strat.disperse_below && view.holds(them, here) && !enemy_here {
                out.push(Command::Disperse { army: army.id });
                continue;
            }
        }
        if strat.garrison > 0 && men <= strat.garrison + 300 {
            // Too small to campaign: hold what we have.
            if view.holds(me, here) && !garrisoned[here] {
                out.push(Command::SetStance {
                    army: army.id,
                    stance: Stance::Garrison,
                });
                garrisoned[here] = true;
                continue;
            }
        }

        // A column too small to leave a garrison and march on does not campaign alone: it
        // marches to join the main body, as reinforcements landing at the port joined the corps
        // in the field (docs/history/war.md §1: columns, and garrisons almost nowhere).
        if strat.concentrate
            && !focused
            && strat.garrison > 0
            && men < 7 * strat.garrison
            && army.stance == Stance::Field
            && let Some(m) = main_body
            && m != i
            && state.armies[m].location != here
            && state.armies[m].strength() >= 2 * men
        {
            let d =
                to_main.get_or_insert_with(|| distances(state, side, &[state.armies[m].location]));
            let step = state
                .neighbours(side, here)
                .map(|(q, _)| q)
                .filter(|&q| d[q] < d[here] && view.at(them, q).is_empty())
                .min_by_key(|&q| (d[q], q));
            if let Some(q) = step {
                out.push(Command::Move {
                    army: army.id,
                    to: state.province_id(q),
                });
                continue;
            }
        }

        // Where to go: the reachable province that best combines what it is worth, how near
        // it brings the army to its aims, the odds, and the men it would cost.
        let own_attack = view.army_attack(state, i);
        // An overconfident general rates the enemy below its strength.
        let contempt = 1.0
            - army
                .leader
                .map_or(0.0, |l| state.scenario.leaders[l].daring.clamp(0.0, 0.9));
        let pinned = pinned_by(state, view, strat, i, &done);
        let mut best: Option<(f64, usize, bool)> = None;
        for (q, _) in state.neighbours(side, here) {
            let pinning = pinned.contains(&q);
            if !pinned.is_empty() && !pinning {
                // Marching past an enemy army would leave it the base behind.
                continue;
            }
            let defenders = view.at(them, q);
            let contested = !defenders.is_empty();
            if contested && truce {
                continue;
            }
            let odds = if contested {
                let exact = battle::win_chance(own_attack, contempt * view.defence(them, q), luck);
                (exact + level.misjudgement() * misjudged(state, army.id, q)).clamp(0.0, 1.0)
            } else {
                1.0
            };
            let besiegeable = contested
                && state.provinces[q].fort > 0.0
                && defenders
                    .iter()
                    .all(|&d| state.armies[d].stance == Stance::Garrison)
                && f64::from(men)
                    > 1.5
                        * defenders
                            .iter()
                            .map(|&d| f64::from(state.armies[d].strength()))
                            .sum::<f64>();
            if odds < strat.attack_odds && !besiegeable {
                continue;
            }
            let gain = if view.holds(me, q) {
                0.0
            } else {
                view.value[q]
            };
            let closer = dist[q] < dist[here] || pinning;
            if (gain <= 0.0 || focused) && !closer {
                continue;
            }
            let expected_loss = if contested && !besiegeable {
                f64::from(men)
                    * (odds * combat_rules.winner_losses + (1.0 - odds) * combat_rules.loser_losses)
            } else {
                0.0
            };
            let score = gain + if closer { 2.0 } else { 0.0 } + odds
                - strat.preserve_army * expected_loss / 1000.0;
            if best.is_none_or(|(s, _, _)| score > s) {
                best = Some((score, q, besiegeable && odds < strat.attack_odds));
            }
        }
        let Some((score, q, siege)) = best else {
            continue;
        };
        let stay_value = if view.holds(me, here) {
            0.0
        } else {
            view.value[here] + 1.0
        };
        if score <= stay_value.max(0.5) {
            continue;
        }
        if strat.garrison > 0
            && men > 3 * strat.garrison
            && view.holds(me, here)
            && !garrisoned[here]
            && view.at(me, here).len() == 1
            && view.value[here] >= strat.garrison_value
        {
            out.push(Command::Detach {
                army: army.id,
                men: strat.garrison,
            });
            garrisoned[here] = true;
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

    repression(state, side, strat, &mut out);
    let budget = (state.treasury[side.index()] - strat.reserve) * level.recruit_share();
    recruit(state, view, side, budget, &mut out);
    out.push(Command::EndTurn);
    out
}

/// The neighbouring provinces whose enemy armies pin army `i` to its base: a valuable
/// province its side holds that they could not take while it stays, but could once it marched
/// off (the base and the line of communications: an army does not march on past an enemy
/// that would retake its port). Empty if nothing pins it.
fn pinned_by(
    state: &GameState,
    view: &View,
    strat: &StrategyDef,
    i: usize,
    done: &[bool],
) -> Vec<usize> {
    let army = &state.armies[i];
    let (side, here) = (army.side, army.location);
    let mut out = Vec::new();
    if strat.garrison == 0
        || !view.holds(side.index(), here)
        || view.value[here] < strat.garrison_value
    {
        return out;
    }
    let them = side.enemy().index();
    let luck = state.scenario.rules.combat.luck;
    let mut near: Vec<(usize, f64)> = state
        .neighbours(side.enemy(), here)
        .map(|(q, _)| (q, view.attack(them, q)))
        .filter(|&(_, a)| a > 0.0)
        .collect();
    if near.is_empty() {
        return out;
    }
    let power = near.iter().map(|&(_, a)| a).fold(0.0, f64::max);
    if battle::win_chance(power, view.defence(side.index(), here), luck) >= 0.5 {
        // Staying would not save it.
        return out;
    }
    let staying: Vec<usize> = view
        .at(side.index(), here)
        .iter()
        .copied()
        .filter(|&j| j != i && !done[j])
        .collect();
    let mut without = if staying.is_empty() {
        0.0
    } else {
        battle::force(state, &staying, true, here).power()
    };
    let men = army.strength();
    if men > 3 * strat.garrison {
        // The garrison it would leave behind.
        let own = battle::force(state, &[i], true, here).power();
        without += own * f64::from(strat.garrison) / f64::from(men);
    }
    if battle::win_chance(power, without, luck) < 0.5 {
        return out;
    }
    // Those that could take it alone; if only together, the strongest of them.
    let strongest = near
        .iter()
        .copied()
        .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)));
    near.retain(|&(_, a)| battle::win_chance(a, without, luck) >= 0.5);
    if near.is_empty() {
        out.extend(strongest.map(|(q, _)| q));
    }
    out.extend(near.into_iter().map(|(q, _)| q));
    out
}

/// Several armies on one target: for each enemy-held province with an army in it that no
/// single neighbour could beat, the armies next to it march in together if together they
/// have the odds. Largest prizes first; an army joins one attack at most.
fn joint_attacks(
    state: &GameState,
    side: Side,
    strat: &StrategyDef,
    view: &View,
    done: &mut [bool],
    out: &mut Vec<Command>,
) {
    let (me, them) = (side.index(), side.enemy().index());
    let luck = state.scenario.rules.combat.luck;
    let n = state.provinces.len();
    let mut targets: Vec<usize> = (0..n).filter(|&q| !view.at(them, q).is_empty()).collect();
    targets.sort_by(|&a, &b| view.value[b].total_cmp(&view.value[a]).then(a.cmp(&b)));
    for q in targets {
        let mut party: Vec<usize> = Vec::new();
        for (p, _) in state.neighbours(side, q) {
            party.extend(view.at(me, p).iter().copied().filter(|&i| {
                !done[i] && state.armies[i].stance == Stance::Field && state.can_reach(side, p, q)
            }));
        }
        if party.len() < 2 {
            continue;
        }
        let alone = party
            .iter()
            .map(|&i| {
                let a = view.army_attack(state, i);
                battle::win_chance(a, view.defence(them, q), luck)
            })
            .fold(0.0, f64::max);
        if alone >= strat.attack_odds {
            // One army can do it; the ordinary moves will see to it.
            continue;
        }
        let together = battle::force(state, &party, false, q).power();
        if battle::win_chance(together, view.defence(them, q), luck) < strat.attack_odds {
            continue;
        }
        for &i in &party {
            done[i] = true;
            out.push(Command::Move {
                army: state.armies[i].id,
                to: state.province_id(q),
            });
        }
    }
}

/// The Empire's answer to the guerrilla: repression rises with the bands' strength, as the
/// strategy's thresholds say (the Black Decree of October 1865 was such a step).
fn repression(state: &GameState, side: Side, strat: &StrategyDef, out: &mut Vec<Command>) {
    if side != Side::Empire || strat.repression_at.is_empty() {
        return;
    }
    let bands: f64 = state.provinces.iter().map(|p| p.guerrilla).sum();
    let level = strat.repression_at.iter().filter(|&&t| bands >= t).count() as u8;
    if f64::from(level) > state.repression {
        out.push(Command::SetRepression { level });
    }
}

/// Plays one month with each side under the AI at its level, through [`policy::play_month`].
/// Returns the commands given, with their sides, and the events.
pub fn play_month(
    state: &mut GameState,
    levels: [Difficulty; 2],
) -> (Vec<(Side, Command)>, Vec<crate::sim::Event>) {
    policy::play_month(state, &mut Ai::new(levels), &Side::BOTH)
}

/// The AI as a [`Policy`], at a level for each side. Its two sides share one view of the map
/// in a month: the second side's is the first side's brought up to date.
#[derive(Default)]
pub struct Ai {
    levels: [Difficulty; 2],
    seen: MonthView,
}

impl Ai {
    /// The AI playing the Republic at `levels[0]` and the Empire at `levels[1]`.
    pub fn new(levels: [Difficulty; 2]) -> Ai {
        Ai {
            levels,
            seen: MonthView::default(),
        }
    }

    /// The AI playing both sides at `level`.
    pub fn at(level: Difficulty) -> Ai {
        Ai::new([level; 2])
    }
}

impl Policy for Ai {
    fn begin_month(&mut self, _state: &GameState) {
        // Each month is seen afresh; only its second side sees the first side's view patched.
        self.seen.next_month();
    }

    fn orders(&mut self, state: &GameState, side: Side, applied: &Applied) -> Vec<Command> {
        if state.outcome.is_some() {
            return Vec::new();
        }
        let strat = strategy(state, side);
        let view = self.seen.see(state, applied, values(state, side, &strat));
        orders_seeing(state, side, self.levels[side.index()], &strat, view)
    }
}
