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
}
