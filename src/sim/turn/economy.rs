//! The economy: revenue, aid, debt, upkeep, and the desertion of unpaid troops.
use crate::sim::army;
use crate::sim::event::*;
use crate::sim::scenario::*;
use crate::sim::state::*;
use crate::sim::turn::track;

impl GameState {
    pub(super) fn economy(&mut self, scenario: &Scenario, ev: &mut Vec<Event>) {
        let rules = &scenario.rules.economy;
        let us_at_war = self.flags.contains(&self.scenario.rules.us.civil_war_flag);
        let us_supply_per_pressure = self.scenario.rules.us.supply_per_pressure;
        let francs_per_peso = self.scenario.rules.france.francs_per_peso;
        let empire_stands = matches!(self.polity, Polity::Regency | Polity::Empire);
        let mut customs = [0.0; 2];
        let mut silver = [0.0; 2];
        let mut taxes = [0.0; 2];
        for p in 0..self.provinces.len() {
            let def = &self.scenario.provinces[p];
            let c = self.provinces[p].control;
            let (side, yield_share) = match self.holder(p) {
                Holder::Republic => (Side::Republic, 1.0),
                Holder::Empire => (Side::Empire, 1.0),
                Holder::Contested if c < 0.0 => (Side::Republic, rules.contested_yield),
                Holder::Contested => (Side::Empire, rules.contested_yield),
            };
            let disruption = if side == Side::Empire {
                1.0 - (rules.guerrilla_disruption * self.provinces[p].guerrilla / 1000.0).min(0.8)
            } else {
                1.0
            };
            let k = yield_share * disruption;
            let s = side.index();
            customs[s] += def.customs / 12.0 * k;
            silver[s] += def.silver / 12.0 * k;
            taxes[s] += rules.tax_per_million * f64::from(def.population) / 1e6 * k;
        }
        if self.debt >= rules.debt_pledge_at {
            customs[Side::Empire.index()] *= 1.0 - rules.customs_pledge;
        }
        // The interest and repayments on the debt to France were charged to the customs
        // houses before the Empire saw a peso of them.
        if empire_stands {
            let e = Side::Empire.index();
            customs[e] = (customs[e] - self.debt * rules.debt_service).max(0.0);
        }
        let mut aid = [0.0; 2];
        if empire_stands && self.france.status == FranceStatus::Committed {
            aid[Side::Empire.index()] += rules.french_loan;
            self.debt += rules.french_loan;
        }
        self.debt *= 1.0 + rules.debt_interest;
        if !us_at_war {
            let border_held = (0..self.provinces.len())
                .filter(|&p| {
                    self.scenario.provinces[p].us_border && self.holder(p) != Holder::Empire
                })
                .count() as f64;
            aid[Side::Republic.index()] +=
                us_supply_per_pressure * self.required(track::Required::UsPressure) * border_held;
        }
        // The volunteers were enlisted at Mexico's cost and paid by its treasury; once France
        // had announced its withdrawal the marshal paid them from French advances, charged to
        // the Empire's debt (docs/history/forces.md, who paid the volunteers).
        let france_pays = self.france.status == FranceStatus::Withdrawing;
        let mut upkeep = [0.0; 2];
        let mut advanced = 0.0;
        let mut francs = 0.0;
        let mut french_men = 0u32;
        for a in &self.armies {
            for d in a.troops() {
                let c = &self.scenario.contingents[d.contingent];
                let cost = c.upkeep * f64::from(d.strength()) / 1000.0;
                match c.paid_by {
                    Payer::France => {
                        francs += cost * francs_per_peso;
                        french_men += d.strength();
                    }
                    Payer::Foreign => {}
                    payer if payer.from_treasury(france_pays) => upkeep[c.side.index()] += cost,
                    _ => advanced += cost,
                }
            }
        }
        self.debt += advanced;
        // What Miramar charges the Empire for France's men is owed by Mexico, not spent by
        // France: it is the French budget, not the Empire's debt, that the Chambers debated.
        let charged =
            (self.france.charged_per_man * f64::from(french_men) / 12.0 / 1e6).min(francs);
        if empire_stands && charged > 0.0 {
            francs -= charged;
            self.debt += charged / francs_per_peso;
        }
        self.france.spent_francs += francs;
        self.month_francs = francs;
        for side in Side::BOTH {
            let s = side.index();
            let t = self.treasury[s] + customs[s] + silver[s] + taxes[s] + aid[s] - upkeep[s];
            self.unpaid[s] = t < -rules.credit[s];
            self.treasury[s] = t.max(-rules.credit[s]);
            ev.push(Event::Accounts {
                side,
                customs: customs[s],
                silver: silver[s],
                taxes: taxes[s],
                aid: aid[s],
                upkeep: upkeep[s],
                treasury: self.treasury[s],
            });
            if self.unpaid[s] {
                for ci in 0..self.scenario.contingents.len() {
                    let c = &self.scenario.contingents[ci];
                    if c.side != side
                        || !c.paid_by.from_treasury(france_pays)
                        || c.desertion_unpaid <= 0.0
                    {
                        continue;
                    }
                    let share = c.desertion_unpaid;
                    let mut men = 0;
                    for a in &mut self.armies {
                        men += a.take_contingent_share(ci, share, &mut self.maybe_spent);
                    }
                    if men > 0 {
                        ev.push(Event::Attrition {
                            side,
                            contingent: ci,
                            men,
                            cause: AttritionCause::Desertion,
                        });
                    }
                }
            }
        }
        army::remove_empty_armies(self, ev);
    }
}
