//! Counterfactual parameters, and the numbers and months a scenario may write as one.
use crate::sim::date::Month;
use crate::sim::ids::*;
use serde::{Deserialize, Serialize};

/// A number written either literally or as a counterfactual parameter: `12.0` or `Param("id")`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged, expecting = "a number, or Param(\"parameter_id\")")]
pub enum Num {
    /// A literal number.
    Lit(f64),
    /// The current value of a numeric parameter.
    Param(ParamOnly),
}

/// A month written either literally or as a parameter: `"1865-04"` or `Param("id")`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(
    untagged,
    expecting = "a month as \"YYYY-MM\", or Param(\"parameter_id\")"
)]
pub enum MonthRef {
    /// A literal month.
    Lit(Month),
    /// The current value of a month parameter.
    Param(ParamOnly),
}

/// The `Param("id")` form shared by [`Num`] and [`MonthRef`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum ParamOnly {
    /// A reference to a parameter.
    Param(Ref<ParameterKind>),
}

/// The value of a counterfactual parameter.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(
    untagged,
    expecting = "a parameter value: true/false, a number, or a month \"YYYY-MM\""
)]
pub enum ParamValue {
    /// A yes/no lever.
    Bool(bool),
    /// A numeric lever.
    Number(f64),
    /// A date lever.
    Month(Month),
}

impl ParamValue {
    /// A word for the kind of value, for messages.
    pub fn kind(&self) -> &'static str {
        match self {
            ParamValue::Bool(_) => "true/false",
            ParamValue::Number(_) => "number",
            ParamValue::Month(_) => "month",
        }
    }
}

impl std::fmt::Display for ParamValue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ParamValue::Bool(b) => write!(f, "{b}"),
            ParamValue::Number(n) => write!(f, "{n}"),
            ParamValue::Month(m) => write!(f, "{m}"),
        }
    }
}

/// A counterfactual lever with its historical default and plausible range.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Parameter {
    /// Machine name, used by `--set id=value`.
    pub id: String,
    /// Short human name.
    pub name: String,
    /// The historical value.
    pub default: ParamValue,
    /// The lowest plausible value (numbers and months).
    #[serde(default)]
    pub min: Option<ParamValue>,
    /// The highest plausible value (numbers and months).
    #[serde(default)]
    pub max: Option<ParamValue>,
    /// One line on what it changes.
    pub explanation: String,
    /// Where the historical value comes from.
    pub source: String,
    /// Which way the lever should move the war, and why: the claim `aguila calibrate` checks
    /// by playing the lever at its low and its high plausible value on the same seeds.
    #[serde(default)]
    pub moves: Option<LeverClaim>,
}

/// What a lever should do to the war as it goes from its low plausible value to its high one
/// (from `false` to `true` for a yes/no lever), as historians argue it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LeverClaim {
    /// The outcome it moves.
    pub outcome: Measure,
    /// Which way: `Later`/`Earlier` for a date, `More`/`Less` for `RepublicWins`.
    pub direction: Direction,
    /// Why, in one line.
    pub why: String,
    /// Where the argument comes from: a section of `docs/history/` or a bibliography work.
    pub source: String,
}

/// An outcome of a war that the lab measures in every trial and compares between settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
// Written snake_case (as the lab's JSON and saves write it); read in either form, so that a
// scenario names them as its other enums are named (`EmpireEnds`).
#[serde(rename_all(serialize = "snake_case"))]
pub enum Measure {
    /// Months from the start until the Empire ends (a trial where it has not ended counts at
    /// the month after its last).
    #[serde(alias = "empire_ends")]
    EmpireEnds,
    /// 1 if the Republic wins, else 0.
    #[serde(alias = "republic_wins")]
    RepublicWins,
    /// Months from the start until France announces its withdrawal (same convention).
    #[serde(alias = "withdrawal_announced")]
    WithdrawalAnnounced,
    /// Months from the start until the last French troops leave (same convention).
    #[serde(alias = "french_gone")]
    FrenchGone,
    /// Months from the start until the capital falls (same convention).
    #[serde(alias = "capital_falls")]
    CapitalFalls,
}

impl Measure {
    /// Whether the measure is a date (else a share of trials).
    pub fn is_date(self) -> bool {
        self != Measure::RepublicWins
    }
}

/// Which way a lever moves an outcome as it goes from low to high.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all(serialize = "snake_case"))]
pub enum Direction {
    /// The date comes later.
    #[serde(alias = "later")]
    Later,
    /// The date comes earlier.
    #[serde(alias = "earlier")]
    Earlier,
    /// The outcome happens more often.
    #[serde(alias = "more")]
    More,
    /// The outcome happens less often.
    #[serde(alias = "less")]
    Less,
}

impl Direction {
    /// The sign of the change it states: +1 for later or more, −1 for earlier or less.
    pub fn sign(self) -> f64 {
        match self {
            Direction::Later | Direction::More => 1.0,
            Direction::Earlier | Direction::Less => -1.0,
        }
    }

    /// Whether it is a direction for dates (else for shares).
    pub fn is_for_dates(self) -> bool {
        matches!(self, Direction::Later | Direction::Earlier)
    }
}

impl Parameter {
    /// The lever's low and high plausible values (`false` and `true` for a yes/no lever), or
    /// `None` if it has no range to play over.
    pub fn span(&self) -> Option<(ParamValue, ParamValue)> {
        match (&self.default, &self.min, &self.max) {
            (ParamValue::Bool(_), _, _) => Some((ParamValue::Bool(false), ParamValue::Bool(true))),
            (_, Some(lo), Some(hi)) if lo != hi => Some((lo.clone(), hi.clone())),
            _ => None,
        }
    }
}
