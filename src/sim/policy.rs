//! Who gives a side's orders, and the one month loop: a [`Policy`] (the AI at its levels, the
//! baseline, or any closure) gives commands for the sides it plays through the same checks as
//! a player, then the month resolves. The lab, `aguila run`, the benchmarks and the client's
//! worker all play their months through [`play_month`].
use crate::sim::command::Command;
use crate::sim::event::Event;
use crate::sim::scenario::Side;
use crate::sim::state::GameState;

/// The commands applied so far in a month, with their sides.
pub type Applied = [(Side, Command)];

/// A way of giving a side's orders. It reads the state as a player does and answers with
/// ordinary commands, which the rules check like a player's.
pub trait Policy {
    /// A new month begins, before any side's orders: what the policy kept from the last month
    /// may be forgotten or brought up to date.
    fn begin_month(&mut self, state: &GameState) {
        let _ = state;
    }

    /// The commands for `side` this month, after the commands `applied` so far this month
    /// (with their sides; a player's commands given before the loop are not among them).
    fn orders(
        &mut self,
        state: &GameState,
        side: Side,
        applied: &[(Side, Command)],
    ) -> Vec<Command>;
}

/// Any closure from the state, a side and the commands applied so far to orders is a policy
/// that keeps nothing from month to month.
impl<F> Policy for F
where
    F: FnMut(&GameState, Side, &Applied) -> Vec<Command>,
{
    fn orders(&mut self, state: &GameState, side: Side, applied: &Applied) -> Vec<Command> {
        self(state, side, applied)
    }
}

/// Plays one month: each side in `sides`, in the rules' order of sides, gets its orders from
/// `policy`, applied in turn (refused ones are skipped, as a player's would be), then the
/// month resolves. A side not in `sides` is a player's, who gave the orders already through
/// [`GameState::apply`]. Returns the policy's commands applied, with their sides, and the
/// events of those commands and of the month. Once the game is over nothing happens.
pub fn play_month<P: Policy + ?Sized>(
    state: &mut GameState,
    policy: &mut P,
    sides: &[Side],
) -> (Vec<(Side, Command)>, Vec<Event>) {
    if state.outcome.is_some() {
        // Nobody gives orders once the game is over, and the month does not resolve.
        return (Vec::new(), Vec::new());
    }
    policy.begin_month(state);
    let mut log = Vec::with_capacity(64);
    let mut events = Vec::with_capacity(128);
    for side in Side::BOTH.into_iter().filter(|s| sides.contains(s)) {
        for cmd in policy.orders(state, side, &log) {
            if let Ok(ev) = state.apply(side, &cmd) {
                events.extend(ev);
                log.push((side, cmd));
            }
        }
    }
    state.resolve_month_into(&mut events);
    (log, events)
}
