//! Resolving a month: the phases in their order, each rule in its own room.
//!
//! In the order they are played, one file each: `orders.rs` (dispersing, levies),
//! `movement.rs`, [`battle`] (a battle and its odds), `siege.rs`, `control.rs`,
//! `guerrilla.rs`, `attrition.rs`, `economy.rs` (with the desertion of the unpaid),
//! `leaders.rs`, `tracks.rs`, `events.rs`, `france.rs` (France's will, reinforcements and
//! withdrawal) and `victory.rs`. What they all do to armies (raising, reinforcing, taking
//! men, disbanding) is in [`crate::sim::army`].
mod attrition;
pub mod battle;
mod control;
mod economy;
mod events;
mod france;
mod guerrilla;
mod leaders;
mod movement;
mod orders;
mod siege;
mod tracks;
mod victory;

use crate::sim::event::*;
use crate::sim::scenario::Side;
use crate::sim::state::*;
pub use events::best_choice;
pub use france::FranceState;
pub use tracks::track;

impl GameState {
    /// Resolves the current month with the orders given, then moves to the next month.
    /// Returns everything that happened, in order.
    pub fn resolve_month(&mut self) -> Vec<Event> {
        // A month typically tells a few dozen things; one allocation up front, not a dozen.
        let mut ev = Vec::with_capacity(64);
        self.resolve_month_into(&mut ev);
        ev
    }

    /// [`GameState::resolve_month`], adding what happened to `ev`.
    pub fn resolve_month_into(&mut self, ev: &mut Vec<Event>) {
        if self.outcome.is_some() {
            return;
        }
        let first = ev.len();
        let month = self.month;
        ev.push(Event::MonthBegan { month: self.month });
        self.france.begin_month();
        self.settle_unanswered_choices(ev);
        let orders = std::mem::take(&mut self.orders);
        self.carry_out_orders(&orders, ev);
        let entered = self.move_armies(&orders, ev);
        // The scenario never changes during a game: one shared handle for all the phases,
        // rather than one each (every copy of an `Arc` is an atomic operation).
        let scenario = std::sync::Arc::clone(&self.scenario);
        let scenario = &*scenario;
        self.fight_battles(scenario, &entered, ev);
        self.press_sieges(scenario, ev);
        // Control changes nothing in the armies, so the guerrillas see the same table.
        let men = self.presence();
        self.update_control(scenario, &men, ev);
        self.guerrilla_war(scenario, &men, ev);
        self.attrition(scenario, ev);
        self.economy(scenario, ev);
        self.leaders_month(scenario, ev);
        self.move_tracks(ev);
        self.fire_events(ev);
        self.france_month(scenario, ev);
        self.check_victory(ev);
        self.log_lesson_month(month, &ev[first..]);
        self.ready = [false; 2];
        if self.outcome.is_none() {
            self.month = self.month.plus(1);
        }
    }

    /// The positions of the armies (of both sides) in province `p`, in army order, into `here`.
    fn armies_at(&self, p: usize, here: &mut Vec<usize>) {
        here.clear();
        here.extend((0..self.armies.len()).filter(|&i| self.armies[i].location == p));
    }

    /// Those of the armies at positions `here` that are of `side` and still in `p`, into `out`.
    fn still_here(&self, here: &[usize], side: Side, p: usize, out: &mut Vec<usize>) {
        out.clear();
        out.extend(
            here.iter()
                .copied()
                .filter(|&i| self.armies[i].side == side && self.armies[i].location == p),
        );
    }
}
