//! The guerrilla war: bands growing, raiding the Empire's armies and gathering into armies;
//! manpower growing back.
use crate::sim::army;
use crate::sim::event::*;
use crate::sim::scenario::*;
use crate::sim::state::*;

impl GameState {
    pub(super) fn guerrilla_war(
        &mut self,
        scenario: &Scenario,
        men: &[[u32; 2]],
        ev: &mut Vec<Event>,
    ) {
        let rules = &scenario.rules.guerrilla;
        let coalesce_contingent = rules.contingent.idx();
        // Three passes: the bands grow and each province's raid is worked out; the raids fall
        // on the Empire's armies, in one pass down the list of armies (each army is in one
        // province, so the order they are hit in changes nothing); then the news, province by
        // province, and the bands that gather into armies.
        let mut raids: Vec<Raid> = Vec::with_capacity(self.provinces.len());
        for p in 0..self.provinces.len() {
            let def = &self.scenario.provinces[p];
            let terrain = self.scenario.terrains[def.terrain.idx()].guerrilla;
            let thousands = f64::from(def.population) / 1000.0;
            let support = self.provinces[p].support[Side::Republic.index()] / 100.0;
            let holder = self.holder(p);
            let mut g = self.provinces[p].guerrilla;
            if holder != Holder::Republic {
                let growth = rules.growth_per_1000
                    * thousands
                    * support
                    * terrain
                    * (1.0 + self.repression * rules.repression_growth);
                let cap = rules.cap_per_1000 * thousands * support;
                if g < cap {
                    g = (g + growth).min(cap);
                }
            }
            let garrison = men[p][Side::Empire.index()];
            let mut raid = Raid {
                share: None,
                guerrillas_lost: 0.0,
                garrison_lost: 0,
            };
            if garrison > 0 && g >= 1.0 {
                let hit = (rules.counter_rate * f64::from(garrison) / 1000.0
                    * (1.0 + self.repression * rules.repression_suppression)
                    / terrain)
                    .min(rules.battle_loss_cap);
                raid.guerrillas_lost = g * hit;
                raid.share = Some((rules.raid_rate * g / 1000.0 * terrain).min(0.2));
            }
            self.provinces[p].guerrilla = g;
            raids.push(raid);
        }
        for pos in 0..self.armies.len() {
            let a = &self.armies[pos];
            if a.side != Side::Empire {
                continue;
            }
            let p = a.location;
            if let Some(share) = raids[p].share {
                raids[p].garrison_lost += self.lose_share(pos, share);
            }
        }
        for (p, raid) in raids.iter().enumerate() {
            let thousands = f64::from(self.scenario.provinces[p].population) / 1000.0;
            let mut g = self.provinces[p].guerrilla;
            if raid.share.is_some() {
                let g_lost = raid.guerrillas_lost;
                g -= g_lost;
                if g_lost >= 1.0 || raid.garrison_lost > 0 {
                    ev.push(Event::GuerrillaWar {
                        province: p,
                        guerrillas_lost: army::whole_men(g_lost),
                        garrison_lost: raid.garrison_lost,
                    });
                }
            }
            let regrowth = self.scenario.rules.economy.manpower_regrowth;
            let ceiling = self.scenario.rules.economy.manpower_share * 1000.0 * thousands;
            let pool = &mut self.provinces[p].manpower;
            *pool = (*pool + regrowth * 1000.0 * thousands).min(ceiling);
            // Bands gather into an army wherever no Imperial soldier stands, in the Empire's
            // country as in the Republic's: the Republic fought on with dispersed regional
            // forces and rebuilt its armies far from the French columns (docs/history/war.md §2, §8).
            let garrison = men[p][Side::Empire.index()];
            if garrison == 0 && g >= rules.coalesce_at {
                let men = army::whole_men(g * rules.coalesce_share);
                g -= f64::from(men);
                let army = self.reinforce_at(
                    Side::Republic,
                    p,
                    coalesce_contingent,
                    men,
                    crate::sim::names::ArmyName::Army,
                );
                ev.push(Event::Recruited {
                    side: Side::Republic,
                    province: p,
                    contingent: coalesce_contingent,
                    men,
                    army,
                });
            }
            self.provinces[p].guerrilla = g.max(0.0);
        }
        army::remove_empty_armies(self, ev);
    }
}

/// What the bands do to one province's garrison this month.
struct Raid {
    /// The share of each Imperial army's men they take, if they raid.
    share: Option<f64>,
    /// Bands lost to the garrison's sweeps.
    guerrillas_lost: f64,
    /// Men the garrison lost.
    garrison_lost: u32,
}
