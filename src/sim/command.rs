//! What a player (or an AI) can ask of the rules, and why a request can be refused.
use crate::sim::state::Stance;
use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// An id in a command (a province's or a contingent's), as the scenario spells it: its text
/// alone, which is what it compares, prints and is saved as. The rules find what it names by
/// the scenario's map from id to index (`Graph::ids`, built when the scenario is validated).
/// The text is shared (`Arc`), so the policies' many commands a campaign copy no text.
#[derive(Clone)]
pub struct Id(Arc<str>);

impl Id {
    /// The text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::ops::Deref for Id {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for Id {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl PartialEq for Id {
    fn eq(&self, other: &Id) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for Id {}

impl std::hash::Hash for Id {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.as_str().hash(state);
    }
}

impl std::fmt::Debug for Id {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(self.as_str(), f)
    }
}

impl std::fmt::Display for Id {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<&str> for Id {
    fn from(text: &str) -> Id {
        Id(Arc::from(text))
    }
}

impl From<String> for Id {
    fn from(text: String) -> Id {
        Id(Arc::from(text))
    }
}

impl Serialize for Id {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Id {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Id, D::Error> {
        String::deserialize(deserializer).map(Id::from)
    }
}

/// A player's request. Orders (move, siege, disperse, recruit) wait for the month to resolve;
/// the others take effect at once.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Command {
    /// March or sail to a province, attacking any enemy there.
    Move {
        /// Army id.
        army: u32,
        /// Province id.
        to: Id,
    },
    /// Besiege the enemy fortress in a province (where the army stands, or next to it).
    Siege {
        /// Army id.
        army: u32,
        /// Province id.
        at: Id,
    },
    /// Disband the army into the province's guerrilla bands (Republic only).
    Disperse {
        /// Army id.
        army: u32,
    },
    /// Raise men.
    Recruit {
        /// Province id.
        province: Id,
        /// Contingent id.
        contingent: Id,
        /// Men.
        men: u32,
    },
    /// Withdraw this month's order for an army (undo).
    CancelOrder {
        /// Army id.
        army: u32,
    },
    /// Withdraw this month's recruiting in a province (undo): the money is not spent and the
    /// men stay in the province's pool.
    CancelRecruits {
        /// Province id.
        province: Id,
    },
    /// Change how an army meets the enemy.
    SetStance {
        /// Army id.
        army: u32,
        /// New stance.
        stance: Stance,
    },
    /// Split men off into a new army (e.g. to leave a garrison).
    Detach {
        /// Army id.
        army: u32,
        /// Men to split off, taken proportionally from each contingent.
        men: u32,
    },
    /// Merge an army into another in the same province.
    Merge {
        /// The army that disappears.
        army: u32,
        /// The army that receives its men.
        into: u32,
    },
    /// Put a leader at the head of an army in the same province as another army of his, or
    /// any army if he has none.
    Assign {
        /// Leader id.
        leader: String,
        /// Army id.
        army: u32,
    },
    /// Maximilian's policy, −100 clerical to +100 liberal (Empire only, once crowned).
    SetPolicy {
        /// New value.
        value: f64,
    },
    /// Repression, 0 (none) to 3 (the Black Decree and worse) (Empire only).
    SetRepression {
        /// New level.
        level: u8,
    },
    /// Answer an event's choice.
    Choose {
        /// Event id.
        event: String,
        /// Choice id.
        choice: String,
    },
    /// Done for this month.
    EndTurn,
}

/// Why a command was refused. A refusal names what it is about by id or index, never by a
/// name in some language: the text layer words it (`text::refusals`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum RuleError {
    /// The game has ended.
    GameOver,
    /// No army has that id.
    NoSuchArmy(u32),
    /// The army is the other side's.
    NotYourArmy(u32),
    /// Unknown id of something.
    Unknown {
        /// What kind of thing.
        kind: &'static str,
        /// The id given.
        id: String,
    },
    /// The move is not along a border or a sea lane the side may use.
    NotReachable {
        /// Army id.
        army: u32,
        /// Province index.
        to: usize,
    },
    /// A siege needs an enemy fortress (province index).
    NothingToBesiege(usize),
    /// Besieging is not a stance to pick: a Siege order sets it.
    BesiegeByOrder,
    /// Only the Republic's armies can melt into guerrillas.
    CannotDisperse,
    /// The contingent (index) does not recruit, or not for this side.
    CannotRecruit(usize),
    /// The province cannot raise men for this side.
    NoRecruitsHere {
        /// Province index.
        province: usize,
        /// Support required.
        min_support: f64,
    },
    /// Too many recruits.
    TooManyRecruits {
        /// Province index.
        province: usize,
        /// Limit.
        max: u32,
    },
    /// Not enough money.
    CannotAfford {
        /// Men.
        men: u32,
        /// Cost.
        cost: f64,
        /// Available.
        available: f64,
    },
    /// Bad detach size.
    BadDetach {
        /// Men in the army.
        has: u32,
        /// Men asked for.
        asked: u32,
    },
    /// Merge across provinces.
    NotTogether,
    /// The leader (index) cannot take command.
    LeaderUnavailable(usize),
    /// Policy before a monarch reigns.
    NoEmperor,
    /// Only the Empire sets policy and repression.
    EmpireOnly,
    /// A value out of range.
    OutOfRange {
        /// The value's name.
        what: &'static str,
        /// Lowest.
        min: f64,
        /// Highest.
        max: f64,
    },
    /// The truce forbids attacks.
    Truce,
    /// No such pending choice.
    NoPendingChoice(String),
}

/// The variant and its fields, for logs and tests; a player reads `text::refusals`.
impl std::fmt::Display for RuleError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{self:?}")
    }
}

impl std::error::Error for RuleError {}
