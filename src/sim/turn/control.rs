//! Control of the provinces: occupation, garrisons holding, drift and the bands' pressure.
use crate::sim::event::*;
use crate::sim::scenario::*;
use crate::sim::script;
use crate::sim::state::*;

impl GameState {
    pub(super) fn update_control(
        &mut self,
        scenario: &Scenario,
        men: &[[u32; 2]],
        ev: &mut Vec<Event>,
    ) {
        let rules = &scenario.rules.control;
        for p in 0..self.provinces.len() {
            let before = self.holder(p);
            let r = men[p][Side::Republic.index()];
            let e = men[p][Side::Empire.index()];
            let guerrilla = self.provinces[p].guerrilla;
            let mut cause = ControlCause::Drift;
            let c = self.provinces[p].control;
            // A large enough army seizes a province at once; any garrison, however small,
            // holds it against drift, but guerrillas wear down an Imperial one. Where the bands
            // outnumber it, an Imperial army holds the towns, not the country: it seizes
            // nothing and the bands wear it down (docs/history/war.md §1: cities fall easily, the
            // countryside does not; Chihuahua taken, given up and taken again).
            let seizes = e >= rules.min_occupier && f64::from(e) > guerrilla;
            let new = if r > 0 && e > 0 {
                c
            } else if e > 0 {
                if seizes {
                    cause = ControlCause::Occupation;
                }
                let seized = if seizes { c.max(rules.occupation) } else { c };
                seized + rules.garrison_push * f64::from(e) / 1000.0
                    - rules.guerrilla_push * guerrilla / 1000.0
            } else if r > 0 {
                if r >= rules.min_occupier {
                    cause = ControlCause::Occupation;
                }
                let seized = if r >= rules.min_occupier {
                    c.min(-rules.occupation)
                } else {
                    c
                };
                seized - rules.garrison_push * f64::from(r) / 1000.0
            } else {
                let drift = match self.scenario.provinces[p].leaning {
                    Leaning::Liberal => rules.drift_liberal,
                    Leaning::Mixed => rules.drift_mixed,
                    Leaning::Conservative => rules.drift_conservative,
                };
                c + drift - rules.guerrilla_push * guerrilla / 1000.0
            };
            self.provinces[p].control = new.clamp(-100.0, 100.0);
            if let Some(side) = self.holder(p).side() {
                script::shift_support(self, p, side, rules.support_shift);
            }
            let after = self.holder(p);
            if after != before {
                ev.push(Event::ControlChanged {
                    province: p,
                    from: before,
                    to: after,
                    cause,
                });
            }
        }
    }
}
