//! Battles: each side's strength, the odds (the preview the AI and the player see), and the
//! month's battles fought, with evasion, losses, capture and retreat.
use crate::sim::army;
use crate::sim::event::*;
use crate::sim::rng;
use crate::sim::scenario::*;
use crate::sim::state::*;
use serde::{Deserialize, Serialize};

/// One side's force in a battle, before luck.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Force {
    /// Men.
    pub men: u32,
    /// Men weighted by quality and experience: `men × quality × experience`.
    pub base: f64,
    /// The men's mean quality (weighted by men), before experience.
    pub quality: f64,
    /// Multiplier from the side's experience of war (1 + experience).
    pub experience: f64,
    /// Multiplier from the best commander's skill.
    pub leadership: f64,
    /// Multiplier from terrain (defender only, else 1).
    pub terrain: f64,
    /// Multiplier from fortification (defender in garrison only, else 1).
    pub fortification: f64,
}

impl Force {
    /// Strength before luck.
    pub fn power(&self) -> f64 {
        self.base * self.leadership * self.terrain * self.fortification
    }
}

/// The id of the largest of these armies, and the commander whose skill counts for them (the
/// most skilful, as in [`force`]; the first of equals).
fn main_army_and_commander(state: &GameState, armies: &[usize]) -> (u32, Option<usize>) {
    let mut largest: Option<(u32, u32)> = None;
    let mut commander: Option<(u8, usize)> = None;
    for &i in armies {
        let army = &state.armies[i];
        let men = army.strength();
        if largest.is_none_or(|(m, _)| men > m) {
            largest = Some((men, army.id));
        }
        if let Some(l) = army.leader {
            let skill = state.scenario.leaders[l].skill;
            if commander.is_none_or(|(s, _)| skill > s) {
                commander = Some((skill, l));
            }
        }
    }
    (largest.map_or(0, |(_, id)| id), commander.map(|(_, l)| l))
}

/// What the rules expect of an attack, computed without rolling.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Preview {
    /// The attacker's force.
    pub attacker: Force,
    /// The defender's force.
    pub defender: Force,
    /// Chance the attacker wins, 0–1.
    pub win_chance: f64,
}

/// The force `side` brings from the given armies (indices into `state.armies`) in `province`.
pub fn force(state: &GameState, armies: &[usize], defending: bool, province: usize) -> Force {
    let rules = &state.scenario.rules.combat;
    let mut men = 0;
    let mut base = 0.0;
    let mut raw_quality = 0.0;
    let mut best_skill = 0u8;
    let mut in_garrison = false;
    for &i in armies {
        let army = &state.armies[i];
        for d in army.troops() {
            men += d.strength();
            base += f64::from(d.strength()) * state.quality(d.contingent);
            raw_quality +=
                f64::from(d.strength()) * state.scenario.contingents[d.contingent].quality;
        }
        if let Some(l) = army.leader {
            best_skill = best_skill.max(state.scenario.leaders[l].skill);
        }
        in_garrison |= army.stance == Stance::Garrison;
    }
    let def = &state.scenario.provinces[province];
    let terrain = if defending {
        state.scenario.terrains[def.terrain.idx()].defence
    } else {
        1.0
    };
    let fortification = if defending && in_garrison {
        1.0 + rules.fort_bonus * state.provinces[province].fort
    } else {
        1.0
    };
    // One side's armies share one experience, so the base splits exactly into men, their
    // mean quality and that experience: the preview shows each as its own factor.
    let experience = armies.first().map_or(1.0, |&i| {
        1.0 + state.experience[state.armies[i].side.index()]
    });
    let quality = if men > 0 {
        raw_quality / f64::from(men)
    } else {
        0.0
    };
    Force {
        men,
        base,
        quality,
        experience,
        leadership: 1.0 + rules.skill_bonus * f64::from(best_skill),
        terrain,
        fortification,
    }
}

/// Chance that `a · u₁ > d · u₂` with u₁, u₂ uniform in [1 − luck, 1 + luck]: the attacker's
/// chance of winning, computed exactly (no random draw), so the AI can call it often.
pub fn win_chance(attack: f64, defence: f64, luck: f64) -> f64 {
    if attack <= 0.0 {
        return 0.0;
    }
    if defence <= 0.0 {
        return 1.0;
    }
    if luck <= 0.0 {
        return if attack > defence { 1.0 } else { 0.0 };
    }
    let (lo, hi, width) = (1.0 - luck, 1.0 + luck, 2.0 * luck);
    let k = defence / attack;
    let zero_start = hi / k;
    let full_end = lo / k;
    // The hopeless and the certain cases, as the integral below comes out for them (the
    // policies ask about many lopsided fights).
    if zero_start <= lo {
        return 0.0;
    }
    if full_end >= hi {
        return ((hi - lo) / width).clamp(0.0, 1.0);
    }
    // For a given u₂ the attacker wins with probability clamp((hi − k·u₂)/width, 0, 1): 1 up to
    // u₂ = lo/k, falling linearly to 0 at u₂ = hi/k. Integrate that over u₂ in [lo, hi].
    let full_end = full_end.clamp(lo, hi);
    let zero_start = zero_start.clamp(lo, hi);
    let certain = full_end - lo;
    let ramp = |u: f64| (hi * u - k * u * u / 2.0) / width;
    let sloped = ramp(zero_start) - ramp(full_end);
    ((certain + sloped) / width).clamp(0.0, 1.0)
}

/// The odds of `side`'s armies (indices) attacking into `province`, against whatever enemy
/// stands there.
pub fn preview(state: &GameState, side: Side, attackers: &[usize], province: usize) -> Preview {
    let defenders: Vec<usize> = (0..state.armies.len())
        .filter(|&i| state.armies[i].side != side && state.armies[i].location == province)
        .collect();
    let attacker = force(state, attackers, false, province);
    let defender = force(state, &defenders, true, province);
    Preview {
        attacker,
        defender,
        win_chance: win_chance(
            attacker.power(),
            defender.power(),
            state.scenario.rules.combat.luck,
        ),
    }
}

/// The armies (indices into `state.armies`) that `side` would fight with in `province` at
/// the month's battles as its orders stand: those ordered to march or lay siege there, those
/// already standing there with no order taking them away, and `also` (an army about to be
/// ordered there), in the order of `state.armies`.
pub fn planned_attackers(
    state: &GameState,
    side: Side,
    province: usize,
    also: Option<u32>,
) -> Vec<usize> {
    let orders = &state.orders[side.index()];
    let ordered_to = |id: u32| {
        orders.iter().find_map(|o| match *o {
            Order::Move { army, to } if army == id => Some(to),
            Order::Siege { army, at } if army == id => Some(at),
            _ => None,
        })
    };
    (0..state.armies.len())
        .filter(|&i| {
            let a = &state.armies[i];
            if a.side != side || a.strength() == 0 {
                return false;
            }
            if also == Some(a.id) {
                return true;
            }
            match ordered_to(a.id) {
                Some(to) => to == province,
                None => a.location == province && !orders.contains(&Order::Disperse { army: a.id }),
            }
        })
        .collect()
}

/// The odds of everything `side` has ordered against `province` (see [`planned_attackers`]),
/// with `also` added: the preview a player sees before and after each order.
pub fn planned_preview(
    state: &GameState,
    side: Side,
    province: usize,
    also: Option<u32>,
) -> Preview {
    preview(
        state,
        side,
        &planned_attackers(state, side, province, also),
        province,
    )
}

/// Shares of men lost by the winner and the loser, given the winner's margin `ratio` ≥ 1.
pub fn loss_shares(ratio: f64, winner_losses: f64, loser_losses: f64) -> (f64, f64) {
    let r = ratio.max(1.0);
    let winner = (winner_losses / r.sqrt()).clamp(0.0, 0.5);
    let loser = (loser_losses * r.sqrt()).clamp(0.0, 0.9);
    (winner, loser)
}

impl GameState {
    pub(super) fn fight_battles(
        &mut self,
        scenario: &Scenario,
        entered: &[u32],
        ev: &mut Vec<Event>,
    ) {
        if self.truce_holds() {
            return;
        }
        // Where to fight is decided on who stood where as the month's battles began.
        let at_start = self.presence();
        // The armies standing in the province being fought over, listed once: nothing below
        // brings an army in, evading only takes armies out, and none is removed before the
        // battle is over, so the positions hold.
        // Sized once for the most armies a province could hold, rather than regrown.
        let mut here = Vec::with_capacity(self.armies.len());
        // Each side's armies still standing in the province, refilled province by province.
        let (mut attackers, mut defenders) = (Vec::with_capacity(8), Vec::with_capacity(8));
        for p in 0..self.provinces.len() {
            if at_start[p][0] == 0 || at_start[p][1] == 0 {
                continue;
            }
            self.armies_at(p, &mut here);
            if self.siege_sides(p, &here).is_some() {
                continue;
            }
            let arrived = |s: Side| {
                here.iter().any(|&i| {
                    let a = &self.armies[i];
                    a.side == s && entered.contains(&a.id)
                })
            };
            let attacker = match (arrived(Side::Republic), arrived(Side::Empire)) {
                (true, false) => Side::Republic,
                (false, true) => Side::Empire,
                _ => {
                    self.still_here(&here, Side::Republic, p, &mut attackers);
                    self.still_here(&here, Side::Empire, p, &mut defenders);
                    if force(self, &attackers, false, p).power()
                        > force(self, &defenders, false, p).power()
                    {
                        Side::Republic
                    } else {
                        Side::Empire
                    }
                }
            };
            self.evade(scenario, attacker.enemy(), p, &here, ev);
            self.still_here(&here, attacker.enemy(), p, &mut defenders);
            if defenders.iter().all(|&i| self.armies[i].strength() == 0) {
                continue;
            }
            self.still_here(&here, attacker, p, &mut attackers);
            self.battle(scenario, attacker, p, &attackers, &defenders, ev);
        }
    }

    /// Defending armies that avoid battle try to slip away.
    fn evade(
        &mut self,
        scenario: &Scenario,
        side: Side,
        p: usize,
        here: &[usize],
        ev: &mut Vec<Event>,
    ) {
        let rules = &scenario.rules.combat;
        // Evading moves armies but never removes one, so positions hold through the loop.
        for &pos in here {
            let a = &self.armies[pos];
            if (a.side != side) | (a.stance != Stance::Evade) {
                continue;
            }
            let id = a.id;
            let Some(to) = self.retreat_target(side, p) else {
                continue;
            };
            let skill = self.armies[pos]
                .leader
                .map_or(0.0, |l| f64::from(self.scenario.leaders[l].skill));
            if !rng::chance(&mut self.rng, rules.evade_chance + 0.05 * skill) {
                continue;
            }
            let lost = self.lose_share(pos, rules.evade_losses);
            self.armies[pos].location = to;
            ev.push(Event::Evaded {
                army: id,
                side,
                leader: self.armies[pos].leader,
                from: p,
                to,
                losses: lost,
            });
        }
    }

    /// Where a beaten or evading army of `side` in `p` falls back: a land neighbour with no
    /// enemy army, its own side's first, then contested, then the enemy's.
    fn retreat_target(&self, side: Side, p: usize) -> Option<usize> {
        let land = self
            .scenario
            .graph
            .land
            .get(p)
            .map_or(&[][..], Vec::as_slice);
        let enemy = side.enemy();
        let occupied = |q: usize| {
            self.armies
                .iter()
                .any(|a| a.side == enemy && a.location == q && a.strength() > 0)
        };
        let mut best: Option<(u8, usize)> = None;
        for &q in land {
            let score = match self.holder(q).side() {
                Some(s) if s == side => 2,
                None => 1,
                Some(_) => 0,
            };
            // Ties go to the lowest index; only a better place is worth looking for the enemy.
            if best.is_none_or(|(s, b)| score > s || (score == s && q < b)) && !occupied(q) {
                best = Some((score, q));
            }
        }
        best.map(|(_, q)| q)
    }

    /// The experience a victory (a battle or a surrender) gives the winner, and the arms of
    /// the prisoners it took.
    pub(super) fn win_experience(&mut self, winner: Side, prisoners: u32) {
        let rules = &self.scenario.rules.combat;
        let w = winner.index();
        self.experience[w] = (self.experience[w]
            + rules.experience_per_victory
            + rules.arms_captured * f64::from(prisoners) / 1000.0)
            .min(rules.experience_cap);
    }

    /// A battle in `p` between the armies at positions `att` (the attacker's) and `def`.
    fn battle(
        &mut self,
        scenario: &Scenario,
        attacker: Side,
        p: usize,
        att: &[usize],
        def: &[usize],
        ev: &mut Vec<Event>,
    ) {
        let rules = &scenario.rules.combat;
        let defender = attacker.enemy();
        let fa = force(self, att, false, p);
        let fd = force(self, def, true, p);
        // Named before losses and captures change who leads and who is left.
        let (att_army, att_commander) = main_army_and_commander(self, att);
        let (def_army, def_commander) = main_army_and_commander(self, def);
        let ua = rng::between(&mut self.rng, 1.0 - rules.luck, 1.0 + rules.luck);
        let ud = rng::between(&mut self.rng, 1.0 - rules.luck, 1.0 + rules.luck);
        let pa = fa.power() * ua;
        let pd = fd.power() * ud;
        let winner = if pa > pd { attacker } else { defender };
        let loser = winner.enemy();
        let ratio = if winner == attacker {
            pa / pd.max(1e-9)
        } else {
            pd / pa.max(1e-9)
        };
        let (win_share, lose_share) = loss_shares(ratio, rules.winner_losses, rules.loser_losses);
        let french_present = |s: &Self, idx: &[usize]| {
            idx.iter().any(|&i| {
                s.armies[i]
                    .troops()
                    .iter()
                    .any(|d| s.scenario.contingents[d.contingent].paid_by == Payer::France)
            })
        };
        let french_fought = french_present(self, if attacker == Side::Empire { att } else { def });
        let (win_idx, lose_idx) = if winner == attacker {
            (att, def)
        } else {
            (def, att)
        };
        let mut losses = [0u32; 2];
        let wi = if winner == attacker { 0 } else { 1 };
        for &i in win_idx {
            losses[wi] += self.lose_share(i, win_share);
        }
        for &i in lose_idx {
            losses[1 - wi] += self.lose_share(i, lose_share);
        }
        let retreat = self.retreat_target(loser, p);
        let captured = ratio >= rules.capture_ratio || retreat.is_none();
        let mut prisoners = 0;
        // Losses, capture and retreat remove no army (the empty are cleared at the end), so
        // the losers' positions hold through the loop.
        for &pos in lose_idx {
            let leader = self.armies[pos].leader;
            if captured {
                let men = self.armies[pos].strength();
                prisoners += men;
                self.lose_share(pos, 1.0);
                if let Some(l) = leader {
                    army::leader_leaves(self, l, LeaderFate::Captured, ev);
                }
            } else {
                if let Some(to) = retreat {
                    self.armies[pos].location = to;
                    self.armies[pos].stance = match self.armies[pos].stance {
                        Stance::Evade => Stance::Evade,
                        _ => Stance::Field,
                    };
                }
                if let Some(l) = leader
                    && rng::chance(&mut self.rng, rules.leader_loss_chance)
                {
                    army::leader_leaves(self, l, LeaderFate::Died, ev);
                }
            }
        }
        self.win_experience(winner, prisoners);
        if french_fought {
            let honour = self.scenario.rules.france.honour_troops;
            self.france.count_battle(winner, honour);
        }
        ev.push(Event::Battle {
            province: p,
            attacker,
            men: [fa.men, fd.men],
            power: [pa, pd],
            winner,
            losses,
            prisoners,
            retreat: if captured { None } else { retreat },
            armies: [att_army, def_army],
            commanders: [att_commander, def_commander],
        });
        army::remove_empty_armies(self, ev);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn even_forces_are_a_coin_toss_and_odds_rise_with_strength() {
        assert!((win_chance(100.0, 100.0, 0.3) - 0.5).abs() < 1e-3);
        let weak = win_chance(80.0, 100.0, 0.3);
        let strong = win_chance(130.0, 100.0, 0.3);
        assert!(weak < 0.5 && strong > 0.5, "{weak} {strong}");
        assert!(win_chance(300.0, 100.0, 0.3) > 0.999);
        assert!(win_chance(100.0, 300.0, 0.3) < 0.001);
    }

    #[test]
    fn preview_matches_monte_carlo_estimate() {
        let mut rng = crate::sim::rng::seeded(3);
        let (a, d, luck) = (110.0, 100.0, 0.25);
        let n = 20_000;
        let wins = (0..n)
            .filter(|_| {
                let ua = crate::sim::rng::between(&mut rng, 1.0 - luck, 1.0 + luck);
                let ud = crate::sim::rng::between(&mut rng, 1.0 - luck, 1.0 + luck);
                a * ua > d * ud
            })
            .count();
        let estimate = wins as f64 / n as f64;
        assert!((estimate - win_chance(a, d, luck)).abs() < 0.02);
    }

    #[test]
    fn bigger_margins_hurt_the_loser_more_and_the_winner_less() {
        let (w1, l1) = loss_shares(1.0, 0.1, 0.3);
        let (w2, l2) = loss_shares(4.0, 0.1, 0.3);
        assert!(w2 < w1 && l2 > l1);
        assert!(l2 <= 0.9);
    }
}
