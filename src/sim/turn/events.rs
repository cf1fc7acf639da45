//! The scenario's events: firing those whose time has come, and choosing for choices left
//! unanswered.
use crate::sim::event::*;
use crate::sim::rng;
use crate::sim::scenario::*;
use crate::sim::script;
use crate::sim::state::*;

impl GameState {
    pub(super) fn settle_unanswered_choices(&mut self, ev: &mut Vec<Event>) {
        let pending = std::mem::take(&mut self.pending);
        for p in pending {
            let def = &self.scenario.events[p.event];
            let side = def.chooser.unwrap_or(Side::Empire);
            let choice = best_choice(&def.choices);
            self.choose(side, p.event, choice, ev);
        }
    }

    pub(super) fn fire_events(&mut self, ev: &mut Vec<Event>) {
        for i in 0..self.scenario.events.len() {
            let def = &self.scenario.events[i];
            if (def.once && self.fired[i].is_some()) || self.pending.iter().any(|p| p.event == i) {
                continue;
            }
            if !script::holds(self, &def.when) {
                continue;
            }
            let chance = def.chance;
            if !rng::chance(&mut self.rng, chance) {
                continue;
            }
            self.fired[i] = Some(self.month);
            let scenario = std::sync::Arc::clone(&self.scenario);
            let def = &scenario.events[i];
            let effects = &def.effects;
            let has_choices = !def.choices.is_empty();
            let chooser = def.chooser;
            ev.push(Event::EventFired {
                event: i,
                awaiting_choice: has_choices && chooser.is_some(),
            });
            for e in effects {
                script::apply(self, e, ev);
            }
            // Validation guarantees a chooser wherever there are choices.
            if has_choices && chooser.is_some() {
                self.pending.push(PendingChoice {
                    event: i,
                    since: self.month,
                });
            }
        }
    }
}

/// The choice the AI prefers: the highest weight, the first on ties.
pub fn best_choice(choices: &[ChoiceDef]) -> usize {
    let mut best = 0;
    for (i, c) in choices.iter().enumerate() {
        if c.ai_weight > choices[best].ai_weight {
            best = i;
        }
    }
    best
}
