//! Victory: the scenario's victory rules, and the end of the scenario.
use crate::sim::event::*;
use crate::sim::scenario::*;
use crate::sim::script;
use crate::sim::state::*;

impl GameState {
    pub(super) fn check_victory(&mut self, ev: &mut Vec<Event>) {
        let found = self
            .scenario
            .victory
            .iter()
            .find(|v| script::holds(self, &v.when))
            .map(|v| Outcome {
                winner: v.winner,
                rule: v.id.clone(),
                text: v.text.clone(),
                month: self.month,
            });
        let outcome = found.or_else(|| {
            (self.month >= self.scenario.end).then(|| Outcome {
                winner: None,
                rule: "end_of_scenario".into(),
                // The chronicle says "undecided" in the player's language; no scenario text.
                text: String::new(),
                month: self.month,
            })
        });
        if let Some(outcome) = outcome {
            if outcome.winner == Some(Side::Republic) && self.polity != Polity::Fallen {
                self.polity = Polity::Fallen;
                ev.push(Event::PolityChanged {
                    polity: Polity::Fallen,
                });
            }
            ev.push(Event::GameOver {
                outcome: outcome.clone(),
            });
            self.outcome = Some(outcome);
        }
    }
}
