//! The policy trait and the one month loop: a campaign played through `policy::play_month`
//! is the campaign played by hand, with or without a player's seat.
mod common;

use aguila::sim::ai::{self, Ai, Difficulty};
use aguila::sim::policy::{self, Policy};
use aguila::sim::{Command, Event, GameState, Side, baseline};
use common::historical;

/// Gives `side`'s orders by hand, skipping refused ones; returns their events.
fn order_by_hand(state: &mut GameState, side: Side, orders: Vec<Command>) -> Vec<Event> {
    let mut events = Vec::new();
    for cmd in orders {
        if let Ok(ev) = state.apply(side, &cmd) {
            events.extend(ev);
        }
    }
    events
}

// Setup: the historical campaign, the baseline for the Republic and the AI at Hard for the
// Empire, as one policy.
// Action: play it to its end through the loop, and again giving the same orders by hand.
// Expect: the same events every month and the same final state.
#[test]
fn the_month_loop_plays_a_campaign_as_it_is_played_by_hand() {
    let mut looped = historical(4);
    let mut by_hand = looped.clone();
    let mut two = |state: &GameState, side: Side, _: &[(Side, Command)]| match side {
        Side::Republic => baseline::orders(state, side),
        Side::Empire => ai::orders(state, side, Difficulty::Hard),
    };
    let mut months = 0;
    while looped.outcome.is_none() {
        let month = looped.month;
        let (_, events) = policy::play_month(&mut looped, &mut two, &Side::BOTH);
        let mut expected = Vec::new();
        for side in Side::BOTH {
            let orders = two(&by_hand, side, &[]);
            expected.extend(order_by_hand(&mut by_hand, side, orders));
        }
        expected.extend(by_hand.resolve_month());
        assert_eq!(events, expected, "{month}");
        months += 1;
    }
    assert!(months > 12, "a whole campaign: {months} months");
    assert_eq!(
        serde_json::to_string(&looped).expect("serialisable"),
        serde_json::to_string(&by_hand).expect("serialisable")
    );
    // Once the game is over the loop does nothing.
    assert_eq!(
        policy::play_month(&mut looped, &mut two, &Side::BOTH),
        (Vec::new(), Vec::new())
    );
}

// Setup: the historical campaign with a player (whose orders are the baseline's, given by
// hand) for the Republic and the AI at Normal for the Empire.
// Action: two years of months through the loop for the Empire's seat only, and the same by
// hand.
// Expect: the loop gives only the Empire's commands, and the months come out the same.
#[test]
fn a_players_seat_is_left_to_the_player() {
    let mut looped = historical(9);
    let mut by_hand = looped.clone();
    let mut ai = Ai::at(Difficulty::Normal);
    for _ in 0..24 {
        let orders = baseline::orders(&looped, Side::Republic);
        let mut events = order_by_hand(&mut looped, Side::Republic, orders.clone());
        let (given, month) = policy::play_month(&mut looped, &mut ai, &[Side::Empire]);
        events.extend(month);
        assert!(given.iter().all(|(side, _)| *side == Side::Empire));

        let mut expected = order_by_hand(&mut by_hand, Side::Republic, orders);
        let empire = ai::orders(&by_hand, Side::Empire, Difficulty::Normal);
        expected.extend(order_by_hand(&mut by_hand, Side::Empire, empire));
        expected.extend(by_hand.resolve_month());
        assert_eq!(events, expected);
    }
    // The AI as a policy gives, asked directly, what `ai::orders` gives.
    ai.begin_month(&looped);
    assert_eq!(
        ai.orders(&looped, Side::Republic, &[]),
        ai::orders(&looped, Side::Republic, Difficulty::Normal)
    );
}
