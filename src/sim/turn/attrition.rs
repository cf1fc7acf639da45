//! Attrition: fever on the coast in the rains, and armies cut off from supply.
use crate::sim::army;
use crate::sim::event::*;
use crate::sim::scenario::*;
use crate::sim::state::*;

impl GameState {
    pub(super) fn attrition(&mut self, scenario: &Scenario, ev: &mut Vec<Event>) {
        let rules = &scenario.rules.attrition;
        let rainy = self.month.is_rainy_season();
        for pos in 0..self.armies.len() {
            let a = &self.armies[pos];
            let p = a.location;
            let side = a.side;
            let fever = rainy && self.scenario.provinces[p].fever_coast;
            let cut_off = self.holder(p).side() == Some(side.enemy())
                && !self
                    .neighbours(side, p)
                    .any(|(q, _)| self.holder(q).side() == Some(side));
            if !fever && !cut_off {
                continue;
            }
            for k in 0..self.armies[pos].troops().len() {
                let c = self.armies[pos].troops()[k].contingent;
                let fever_hits = fever && self.scenario.contingents[c].fever;
                let losses = [
                    (fever_hits, AttritionCause::Fever, rules.fever),
                    (cut_off, AttritionCause::Supply, rules.out_of_supply),
                ];
                for (cause, share) in losses
                    .into_iter()
                    .filter(|&(hits, _, _)| hits)
                    .map(|(_, cause, share)| (cause, share))
                {
                    let n = self.armies[pos].take_share_of(k, share, &mut self.maybe_spent);
                    if n == 0 {
                        continue;
                    }
                    if self.scenario.contingents[c].paid_by == Payer::France {
                        self.france.count_casualties(n);
                    }
                    ev.push(Event::Attrition {
                        side,
                        contingent: c,
                        men: n,
                        cause,
                    });
                }
            }
        }
        army::remove_empty_armies(self, ev);
    }
}
