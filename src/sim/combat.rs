//! Battle strength, the odds preview and the resolution of one battle.
use crate::sim::scenario::Side;
use crate::sim::state::{GameState, Stance};
use serde::{Deserialize, Serialize};

/// One side's force in a battle, before luck.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Force {
    /// Men.
    pub men: u32,
    /// Men weighted by quality and experience.
    pub base: f64,
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
    let mut best_skill = 0u8;
    let mut in_garrison = false;
    for &i in armies {
        let army = &state.armies[i];
        for d in &army.troops {
            men += d.strength;
            base += f64::from(d.strength) * state.quality(d.contingent);
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
    Force {
        men,
        base,
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
    // The hopeless and the certain cases, as the integral below comes out for them (the
    // policies ask about many lopsided fights). They are told apart by products, not
    // quotients: a division takes several times as long as a product, and the policies
    // ask for these odds thousands of times a campaign.
    if hi * attack <= lo * defence {
        return 0.0;
    }
    if lo * attack >= hi * defence {
        return ((hi - lo) / width).clamp(0.0, 1.0);
    }
    let k = defence / attack;
    let zero_start = hi / k;
    let full_end = lo / k;
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

/// Shares of men lost by the winner and the loser, given the winner's margin `ratio` ≥ 1.
pub fn loss_shares(ratio: f64, winner_losses: f64, loser_losses: f64) -> (f64, f64) {
    let r = ratio.max(1.0);
    let winner = (winner_losses / r.sqrt()).clamp(0.0, 0.5);
    let loser = (loser_losses * r.sqrt()).clamp(0.0, 0.9);
    (winner, loser)
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
