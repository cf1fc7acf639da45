//! Victory: the scenario's victory rules every month, and at the last month its judgement by
//! what each side holds.
use crate::sim::event::*;
use crate::sim::outcome::{Ending, Holdings, Outcome, end_place};
use crate::sim::scenario::*;
use crate::sim::script;
use crate::sim::state::*;

impl GameState {
    pub(super) fn check_victory(&mut self, ev: &mut Vec<Event>) {
        let held = Holdings::of(self);
        let rule = |winner, id: &str, text: &str, ending| Outcome {
            winner,
            rule: id.to_string(),
            text: text.to_string(),
            month: self.month,
            ending,
            place: None,
            held,
        };
        let ruled = self
            .scenario
            .victory
            .iter()
            .find(|v| script::holds(self, &v.when))
            .map(|v| rule(v.winner, &v.id, &v.text, Ending::Rule));
        let outcome = ruled.or_else(|| {
            (self.month >= self.scenario.end).then(|| {
                self.scenario
                    .judgement
                    .iter()
                    .find(|j| self.judged_for(j, &held))
                    .map(|j| rule(Some(j.winner), &j.id, &j.text, Ending::Judgement))
                    // The chronicle says "undecided" in the player's language; no scenario text.
                    .unwrap_or_else(|| rule(None, "end_of_scenario", "", Ending::Undecided))
            })
        });
        let Some(mut outcome) = outcome else {
            return;
        };
        if outcome.ending == Ending::Rule
            && let Some(winner) = outcome.winner
        {
            let began = ev
                .iter()
                .rposition(|e| matches!(e, Event::MonthBegan { .. }))
                .unwrap_or(0);
            outcome.place = end_place(self, winner.enemy(), &ev[began..]);
        }
        if outcome.winner == Some(Side::Republic) && self.polity != Polity::Fallen {
            self.fallen_from = Some(self.polity);
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

    /// Whether the judgement's side holds all it asks for.
    fn judged_for(&self, j: &JudgementDef, held: &Holdings) -> bool {
        (!j.capital || held.capital == Some(j.winner))
            && held.province_share(j.winner) >= j.provinces
            && held.population[j.winner.index()] >= j.population
            && script::holds(self, &j.when)
    }
}
