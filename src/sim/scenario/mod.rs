//! The scenario format: every number of the model, read from RON, with a source for each fact.
//!
//! These types are the schema a modder writes against. All of them deny unknown fields, so a
//! misspelled field name is an error, not a silently ignored line. References between items are
//! [`Ref`]s, checked and resolved by [`crate::sim::load::validate`].
use crate::sim::date::Month;
use crate::sim::ids::*;
use serde::{Deserialize, Serialize};

pub use crate::sim::history::{
    HistoricalDate, HistoricalWinner, History, KeyEvent, ProvincesHeld, TargetDef,
};

mod forces;
mod graph;
mod map;
mod parameters;
mod rules;
mod script;
mod strategy;

pub use forces::*;
pub use graph::*;
pub use map::*;
pub use parameters::*;
pub use rules::*;
pub use script::*;
pub use strategy::*;

/// The version of the scenario and save format this build reads and writes.
pub const FORMAT_VERSION: u32 = 1;

/// The two sides of the war.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Side {
    /// Juárez's constitutional Republic: regular armies, national guards, guerrillas.
    Republic,
    /// The Intervention and the Empire: France, the Regency, Maximilian, their Mexican allies.
    Empire,
}

impl Side {
    /// Both sides, Republic first.
    pub const BOTH: [Side; 2] = [Side::Republic, Side::Empire];

    /// The other side.
    pub fn enemy(self) -> Side {
        match self {
            Side::Republic => Side::Empire,
            Side::Empire => Side::Republic,
        }
    }

    /// 0 for the Republic, 1 for the Empire: the index into per-side arrays.
    pub fn index(self) -> usize {
        self as usize
    }

    /// Lower-case name used on the command line and in JSON.
    pub fn key(self) -> &'static str {
        match self {
            Side::Republic => "republic",
            Side::Empire => "empire",
        }
    }
}

/// A whole scenario file.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    /// Must equal [`FORMAT_VERSION`].
    pub format_version: u32,
    /// Short machine name, e.g. `historical_1861`.
    pub id: String,
    /// Title shown to players.
    pub title: String,
    /// A paragraph on what the scenario is.
    pub description: String,
    /// The first month played.
    pub start: Month,
    /// The last month played; at its end the `victory` rules, then the `judgement`, apply.
    pub end: Month,
    /// The full citations that `source` strings abbreviate, e.g. `"Bancroft": "H. H. Bancroft, …"`.
    #[serde(default)]
    pub bibliography: Vec<Citation>,
    /// The counterfactual levers.
    #[serde(default)]
    pub parameters: Vec<Parameter>,
    /// The coefficients of the rules.
    pub rules: Rules,
    /// Off-map values with state of their own: France's will, US pressure, the European crisis…
    pub tracks: Vec<TrackDef>,
    /// Foreign powers that can join or leave a side (Britain, Spain…).
    #[serde(default)]
    pub powers: Vec<PowerDef>,
    /// Kinds of ground.
    pub terrains: Vec<TerrainDef>,
    /// The map's units.
    pub provinces: Vec<ProvinceDef>,
    /// Land borders; each pair once, in either order.
    pub borders: Vec<Border>,
    /// Sea lanes, usable only by a side with a navy.
    #[serde(default)]
    pub sea_lanes: Vec<Border>,
    /// Bodies of troops with rules of their own.
    pub contingents: Vec<ContingentDef>,
    /// Commanders and heads of state.
    pub leaders: Vec<LeaderDef>,
    /// The armies on the map at the start.
    pub armies: Vec<ArmyDef>,
    /// Triggered events.
    #[serde(default)]
    pub events: Vec<EventDef>,
    /// How the war is won, checked in order every month.
    pub victory: Vec<VictoryDef>,
    /// How a war still going at the last month is judged, by what each side holds: see
    /// [`JudgementDef`]. Without any, such a war is undecided.
    #[serde(default)]
    pub judgement: Vec<JudgementDef>,
    /// What the built-in baseline policy aims at.
    #[serde(default)]
    pub objectives: Vec<ObjectiveDef>,
    /// How the AI plays each side: its war aims and how it weighs risk (at most one per side;
    /// a side without one plays with [`StrategyDef::default_for`]).
    #[serde(default)]
    pub strategy: Vec<StrategyDef>,
    /// The side that has a navy and may use sea lanes.
    pub navy: Vec<Side>,
    /// The province whose holder is the seat of government (Mexico City).
    pub national_capital: Ref<ProvinceKind>,
    /// The Republic's head of state, whose freedom keeps its legitimacy.
    pub republic_head: Ref<LeaderKind>,
    /// While this holds, neither side may attack the other (the Convention of La Soledad).
    #[serde(default)]
    pub truce: Option<Condition>,
    /// Flags set at the start (e.g. `us_civil_war`).
    #[serde(default)]
    pub flags: Vec<String>,
    /// What happened historically, for the lab to hold the model against: see [`History`].
    /// Optional; without it the scenario has no historical targets.
    #[serde(default)]
    pub history: History,
    /// Neighbours of each province, derived from the borders and sea lanes by validation.
    #[serde(skip)]
    pub graph: Graph,
    /// Where each parameter is read (`tracks.france_will.initial`, `events.x.when`…), in
    /// parameter order, recorded by validation: a branch from a saved month may change only a
    /// lever the rules still read.
    #[serde(skip)]
    pub parameter_uses: Vec<Vec<String>>,
}

impl Scenario {
    /// Whether parameter `i` is read only when a war begins (a track's starting value, a
    /// starting treasury), so that changing it later changes nothing.
    pub fn read_only_at_start(&self, i: usize) -> bool {
        self.parameter_uses.get(i).is_some_and(|uses| {
            !uses.is_empty()
                && uses.iter().all(|u| {
                    (u.starts_with("tracks.") && u.ends_with(".initial"))
                        || u.starts_with("rules.economy.treasury")
                })
        })
    }
}

/// A bibliography entry.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Citation {
    /// The short key used in `source` strings.
    pub key: String,
    /// The full reference.
    pub work: String,
}

/// The Empire side's form of government.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Polity {
    /// The Intervention only: foreign troops and their Mexican allies.
    Intervention,
    /// A regency in the capital awaiting a monarch.
    Regency,
    /// Maximilian's Empire.
    Empire,
    /// The Empire has fallen.
    Fallen,
}

/// France's commitment to the expedition.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum FranceStatus {
    /// Fighting, sending men and money.
    Committed,
    /// Withdrawal announced; troops leaving on the schedule.
    Withdrawing,
    /// The last French troops have left.
    Gone,
}

/// What a leader can have become.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum LeaderStatus {
    /// Not yet in the war.
    Offstage,
    /// Serving.
    Active,
    /// Dead.
    Dead,
    /// Prisoner of the enemy.
    Captured,
    /// Out of the war by choice.
    Neutral,
}
