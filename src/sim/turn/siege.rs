//! Sieges: the walls and the garrisons worn down, and the surrender.
use crate::sim::army;
use crate::sim::event::*;
use crate::sim::scenario::*;
use crate::sim::state::*;

impl GameState {
    /// Whether province `p`, where the armies at positions `here` stand, is under siege: one
    /// side all besieging, the other all in garrison behind walls.
    pub(super) fn siege_sides(&self, p: usize, here: &[usize]) -> Option<(Side, Side)> {
        if self.provinces[p].fort <= 0.0 {
            return None;
        }
        for besieger in Side::BOTH {
            let (mut besiegers, mut garrisons, mut broken) = (0, 0, false);
            for a in here.iter().map(|&i| &self.armies[i]) {
                if a.side == besieger {
                    besiegers += 1;
                    broken |= a.stance != Stance::Besieging;
                } else {
                    garrisons += 1;
                    broken |= a.stance != Stance::Garrison;
                }
            }
            if besiegers > 0 && garrisons > 0 && !broken {
                return Some((besieger, besieger.enemy()));
            }
        }
        None
    }

    /// Sieges wear down the walls and the garrisons.
    pub(super) fn press_sieges(&mut self, scenario: &Scenario, ev: &mut Vec<Event>) {
        let rules = &scenario.rules.combat;
        // Who stood where as the sieges began: a siege changes only its own province, after
        // reading it.
        let men = self.presence();
        let mut besieging = vec![false; self.provinces.len()];
        for a in self.armies.iter().filter(|a| a.stance == Stance::Besieging) {
            besieging[a.location] = true;
        }
        let mut here = Vec::with_capacity(self.armies.len());
        let mut garrison_armies = Vec::with_capacity(8);
        for p in 0..self.provinces.len() {
            let contested = men[p][0] > 0 && men[p][1] > 0;
            let sides = if contested {
                self.armies_at(p, &mut here);
                self.siege_sides(p, &here)
            } else {
                None
            };
            let Some((besieger, garrison)) = sides else {
                if self.provinces[p].siege_months == 0
                    && self.provinces[p].fort >= f64::from(self.scenario.provinces[p].fortification)
                    && !besieging[p]
                {
                    continue;
                }
                self.provinces[p].siege_months = 0;
                let base = f64::from(self.scenario.provinces[p].fortification);
                self.provinces[p].fort = (self.provinces[p].fort + 0.1).min(base);
                // Walls mend for years after a siege; only a broken siege line has lines to lift.
                if besieging[p] {
                    for a in &mut self.armies {
                        if a.location == p && a.stance == Stance::Besieging {
                            a.stance = Stance::Field;
                        }
                    }
                }
                continue;
            };
            let besiegers = f64::from(men[p][besieger.index()]);
            let prov = &mut self.provinces[p];
            prov.siege_months += 1;
            prov.fort = (prov.fort - rules.siege_per_10000 * besiegers / 10_000.0).max(0.0);
            let fort = prov.fort;
            // Losses and surrender remove no army before the siege is done with, so the
            // garrison's positions hold.
            self.still_here(&here, garrison, p, &mut garrison_armies);
            // Hunger and disease behind the walls, told contingent by contingent.
            let mut hunger: Vec<(usize, u32)> = Vec::new();
            for &pos in &garrison_armies {
                self.lose_share_telling(pos, rules.siege_attrition, |c, n| {
                    match hunger.iter_mut().find(|(k, _)| *k == c) {
                        Some((_, men)) => *men += n,
                        None => hunger.push((c, n)),
                    }
                });
            }
            for (contingent, men) in hunger.into_iter().filter(|&(_, men)| men > 0) {
                ev.push(Event::Attrition {
                    side: garrison,
                    contingent,
                    men,
                    cause: AttritionCause::Siege,
                });
            }
            if fort <= 0.0 {
                let mut prisoners = 0;
                for &pos in &garrison_armies {
                    prisoners += self.armies[pos].strength();
                    let leader = self.armies[pos].leader;
                    self.lose_share(pos, 1.0);
                    if let Some(l) = leader {
                        army::leader_leaves(self, l, LeaderFate::Captured, ev);
                    }
                }
                self.win_experience(besieger, prisoners);
                ev.push(Event::Surrendered {
                    province: p,
                    side: garrison,
                    prisoners,
                });
            } else {
                ev.push(Event::SiegeProgress { province: p, fort });
            }
            army::remove_empty_armies(self, ev);
        }
    }
}
