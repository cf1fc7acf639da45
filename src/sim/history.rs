//! The `history` section of the scenario format: what happened, with sources, for the lab to
//! hold the model against (the curve of provinces held, the key dates, the calibration targets).
use crate::sim::date::Month;
use crate::sim::scenario::Side;
use serde::{Deserialize, Serialize};

/// The historical record of a scenario: what happened, for the lab to hold the model against
/// (`aguila trials` draws the curve, `aguila calibrate` reports the targets). Every entry
/// carries its source. The whole section is optional: a scenario without it plays the same and
/// simply has no historical targets.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct History {
    /// How many provinces a side held at the end of some months: the historical curve, drawn
    /// over the model's by `aguila trials --out`. Each side's points are joined in month order.
    #[serde(default)]
    pub provinces_held: Vec<ProvincesHeld>,
    /// The months in which the key dates of the war fell.
    #[serde(default)]
    pub key_dates: Vec<HistoricalDate>,
    /// Which side won, and when, if the war was decided.
    #[serde(default)]
    pub winner: Option<HistoricalWinner>,
    /// Named groups of provinces (the plateau, the Gulf…) that regional targets count in.
    #[serde(default)]
    pub regions: Vec<Region>,
    /// What the model must reproduce, and how closely: the calibration targets of
    /// `aguila calibrate`, reported in this order.
    #[serde(default)]
    pub targets: Vec<TargetDef>,
}

/// A region of the map as the history notes speak of it: a list of provinces.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Region {
    /// Its id, unique among the regions.
    pub id: String,
    /// The ids of its provinces, each a province of the map, listed once.
    pub provinces: Vec<String>,
    /// Why these provinces belong together.
    pub source: String,
}

/// One point of the historical curve: provinces held by a side at the end of a month.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProvincesHeld {
    /// The month at whose end the provinces are counted; within the scenario's `start` and
    /// `end`.
    pub month: Month,
    /// The side holding them.
    pub side: Side,
    /// How many provinces it held (at most the number of provinces on the map).
    pub count: u32,
    /// Where the count comes from.
    pub source: String,
}

/// A key date of the war, as the lab measures it in every campaign.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum KeyEvent {
    /// First month the Intervention/Empire holds the national capital.
    CapitalFalls,
    /// A Regency is proclaimed.
    Regency,
    /// The Empire is proclaimed: Maximilian arrives.
    Empire,
    /// France announces the withdrawal of its army.
    WithdrawalAnnounced,
    /// The last French troops leave.
    FrenchGone,
    /// The Empire (or the Intervention) ends: the Republic wins, or the polity falls.
    EmpireEnds,
}

impl KeyEvent {
    /// Every key date, in the order of the lab's tables and CSV columns.
    pub const ALL: [KeyEvent; 6] = [
        KeyEvent::CapitalFalls,
        KeyEvent::Regency,
        KeyEvent::Empire,
        KeyEvent::WithdrawalAnnounced,
        KeyEvent::FrenchGone,
        KeyEvent::EmpireEnds,
    ];

    /// Machine name, for CSV and JSON.
    pub fn key(self) -> &'static str {
        match self {
            KeyEvent::CapitalFalls => "capital_falls",
            KeyEvent::Regency => "regency",
            KeyEvent::Empire => "empire_proclaimed",
            KeyEvent::WithdrawalAnnounced => "withdrawal_announced",
            KeyEvent::FrenchGone => "french_gone",
            KeyEvent::EmpireEnds => "empire_ends",
        }
    }

    /// Its place in [`KeyEvent::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }
}

/// The month a key date fell in, historically.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HistoricalDate {
    /// Which key date.
    pub date: KeyEvent,
    /// The month it fell in.
    pub month: Month,
    /// Where the date comes from.
    pub source: String,
}

/// The side that won the war, historically, and the month it was decided.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HistoricalWinner {
    /// The winning side.
    pub side: Side,
    /// The month the war was decided.
    pub month: Month,
    /// Where this comes from.
    pub source: String,
}

/// A calibration target: a measure of the model over many campaigns of the scenario and the
/// window it must fall in.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum TargetDef {
    /// The median month of a key date over the campaigns falls between `from` and `to`
    /// (both included). The historical month shown beside it is the `key_dates` entry for
    /// the same date, which must exist.
    Date {
        /// Which key date.
        date: KeyEvent,
        /// The first month of the window.
        from: Month,
        /// The last month of the window (not before `from`; it may lie past the scenario's
        /// end, where a date that never comes counts as after the end).
        to: Month,
        /// Why the window is where it is.
        source: String,
    },
    /// A side wins at least a share of the campaigns.
    Wins {
        /// The side.
        side: Side,
        /// The smallest share of campaigns it must win, from 0 to 1.
        at_least: f64,
        /// Why.
        source: String,
    },
    /// The median number of provinces a side holds at the end of a month is within
    /// `tolerance` of the historical count: the `provinces_held` entry for the same side and
    /// month, which must exist.
    ProvincesHeld {
        /// The side.
        side: Side,
        /// The month at whose end provinces are counted.
        month: Month,
        /// How far from the historical count the median may be, in provinces.
        tolerance: u32,
        /// Why.
        source: String,
    },
    /// The median number of a region's provinces a side holds at the end of a month is from
    /// `at_least` to `at_most` (both included, at most the region's size).
    RegionHeld {
        /// The id of a region of `regions`.
        region: String,
        /// The side.
        side: Side,
        /// The month at whose end provinces are counted; within the scenario.
        month: Month,
        /// How many of the region's provinces the side held, as the history notes tell it.
        held: u32,
        /// The fewest of the region's provinces the side may hold.
        at_least: u32,
        /// The most of the region's provinces the side may hold.
        at_most: u32,
        /// What the history says the side held there.
        source: String,
    },
    /// A province where the war was fought: over the campaigns, the mean share of the months
    /// from `from` to `to` (both included) in which it is contested or changes hands is at
    /// least `at_least`.
    Contested {
        /// The id of a province of the map.
        province: String,
        /// The first month counted; within the scenario.
        from: Month,
        /// The last month counted; within the scenario and not before `from`.
        to: Month,
        /// The smallest mean share of those months, from 0 to 1.
        at_least: f64,
        /// Where the history says the province was fought over.
        source: String,
    },
    /// Playing a counterfactual variant on the same seeds moves a key date later on average
    /// (the mean paired difference in months is above 0).
    Later {
        /// The variant file's name without `.ron`, looked for in the `counterfactuals/`
        /// folder beside the scenario.
        variant: String,
        /// The key date it should delay.
        date: KeyEvent,
        /// Who argues that it would.
        source: String,
    },
}
