//! The rules core: pure, deterministic, serialisable, with no Bevy import and no words: it
//! speaks in ids, numbers and [`message::Message`] keys, which the text layer words.
//!
//! A game is one [`GameState`] value. Players give [`Command`]s through
//! [`GameState::apply`]; [`GameState::resolve_month`] plays the month and returns typed
//! [`Event`]s. A [`Policy`] (the AI, the baseline) gives a side's commands the same way, and
//! [`policy::play_month`] is the one loop that plays a month with them. Every random draw comes
//! from the ChaCha generator stored in the state, and every collection the rules iterate is
//! ordered, so the same scenario, seed and commands always give the same game.
#![warn(missing_docs)]

pub mod ai;
pub mod army;
pub mod baseline;
pub mod branch;
pub mod command;
pub mod date;
pub mod event;
pub mod files;
mod game;
pub mod history;
pub mod history_check;
pub mod ids;
pub mod ledger;
pub mod lesson;
pub mod load;
pub mod message;
pub mod names;
pub mod outcome;
pub mod pack;
pub mod policy;
pub mod replay;
pub mod rng;
pub mod scenario;
pub mod script;
pub mod state;
pub mod turn;
pub mod variant;
pub mod view;

pub use command::{Command, RuleError};
pub use date::Month;
pub use event::Event;
pub use policy::Policy;
pub use scenario::{Scenario, Side};
pub use state::GameState;
