//! Leaders: arrivals, natural deaths, and loyalty that wavers into defection or neutrality.
use crate::sim::army;
use crate::sim::event::*;
use crate::sim::scenario::*;
use crate::sim::state::*;

impl GameState {
    pub(super) fn leaders_month(&mut self, scenario: &Scenario, ev: &mut Vec<Event>) {
        let politics = &scenario.rules.politics;
        let (republic, _, empire) = self.holder_counts();
        let held = [republic, empire];
        for l in 0..self.leaders.len() {
            let def = &self.scenario.leaders[l];
            if self.leaders[l].status == LeaderStatus::Offstage
                && !def.offstage
                && def
                    .arrives
                    .as_ref()
                    .is_some_and(|m| self.month >= self.month_of(m))
            {
                self.leaders[l].status = LeaderStatus::Active;
                ev.push(Event::Leader {
                    leader: l,
                    fate: LeaderFate::Arrived,
                    men: 0,
                });
            }
            let def = &self.scenario.leaders[l];
            if let Some(m) = &def.natural_death
                && self.month >= self.month_of(m)
                && matches!(
                    self.leaders[l].status,
                    LeaderStatus::Active | LeaderStatus::Captured
                )
            {
                army::leader_leaves(self, l, LeaderFate::Died, ev);
                continue;
            }
            if self.leaders[l].status != LeaderStatus::Active {
                continue;
            }
            let def = &self.scenario.leaders[l];
            let side = self.leaders[l].side;
            let mut delta = 0.0;
            if def.conservative
                && side == Side::Empire
                && self.polity == Polity::Empire
                && self.policy > 0.0
            {
                delta -= politics.liberal_loyalty_loss * self.policy / 100.0;
            }
            let Some(w) = def.wavering.clone() else {
                let ls = &mut self.leaders[l];
                ls.loyalty = (ls.loyalty + delta).clamp(0.0, 100.0);
                continue;
            };
            let losing = held[side.index()] < held[side.enemy().index()];
            let unpaid = self.unpaid[side.index()];
            if losing {
                delta -= w.losing_drain;
            }
            if unpaid {
                delta -= w.unpaid_drain;
            }
            if !losing && !unpaid {
                delta += w.recovery;
            }
            let ls = &mut self.leaders[l];
            ls.loyalty = (ls.loyalty + delta).clamp(0.0, 100.0);
            if ls.loyalty <= w.threshold {
                let fate = match w.then {
                    Disloyalty::Defect => LeaderFate::Defected,
                    Disloyalty::Neutral => LeaderFate::WentNeutral,
                };
                army::leader_leaves(self, l, fate, ev);
            }
        }
    }
}
