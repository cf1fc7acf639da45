//! Control of the provinces: occupation, garrisons holding, drift and the bands' pressure,
//! and the bands holding the country around a garrison that keeps only the towns.
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
            // Bands strong enough against the garrison hold the country around it: the Empire
            // keeps the towns, the Republic the country, and the province is neither's
            // (docs/history/calibration.md §6: Michoacán, Tamaulipas, Sinaloa 1864–66).
            // The sierra and the tierra caliente favour the bands as they favour their growth.
            let terrain = scenario.terrains[scenario.provinces[p].terrain.idx()].guerrilla;
            let bands_hold = rules.bands_hold_country > 0.0
                && guerrilla >= 1.0
                && guerrilla * terrain >= rules.bands_hold_country * f64::from(e);
            let seizes = e >= rules.min_occupier && f64::from(e) > guerrilla && !bands_hold;
            let new = if r > 0 && e > 0 {
                c
            } else if e > 0 {
                let seized = if seizes { c.max(rules.occupation) } else { c };
                let pushed = seized + rules.garrison_push * f64::from(e) / 1000.0
                    - rules.guerrilla_push * guerrilla / 1000.0;
                let pushed = if bands_hold {
                    pushed.min(rules.towns_only)
                } else {
                    pushed
                };
                // A garrison loses ground only to the bands; it gains by holding on.
                cause = if pushed < c {
                    ControlCause::Bands
                } else {
                    ControlCause::Occupation
                };
                pushed
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
