//! What the AI aims at: the baseline's objectives and each side's strategy.
use crate::sim::ids::*;
use serde::{Deserialize, Serialize};

use super::{Condition, Side};

/// A place the baseline policy values, and how much.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ObjectiveDef {
    /// The side that wants it.
    pub side: Side,
    /// The province.
    pub province: Ref<ProvinceKind>,
    /// Weight relative to other objectives.
    pub weight: f64,
}

/// How the AI plays one side: what it wants and how it weighs risk. It is data so that a
/// modder can change a side's war aims, and a teacher can ask what a more cautious Bazaine or
/// a bolder Juárez would have done, without touching Rust. Province weights come on top of
/// the scenario's `objectives`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StrategyDef {
    /// The side this strategy is for.
    pub side: Side,
    /// Weight of the national capital, the seat of government.
    #[serde(default)]
    pub capital: f64,
    /// Weight per unit of a province's customs revenue: the ports.
    #[serde(default)]
    pub customs: f64,
    /// Weight per unit of a province's silver.
    #[serde(default)]
    pub silver: f64,
    /// Weight of a province on the United States border, where supplies come in.
    #[serde(default)]
    pub us_border: f64,
    /// Weight of a province per 100 points of the side's support there: the guerrilla zones
    /// for the Republic, the loyal heartland for the Empire.
    #[serde(default)]
    pub support: f64,
    /// How much the side minds losing men: objective points per 1,000 men expected lost.
    #[serde(default)]
    pub preserve_army: f64,
    /// Odds of winning (0–1) the side wants before it attacks.
    pub attack_odds: f64,
    /// Odds (0–1) of an enemy attack at which an army avoids battle: it evades, shuts itself
    /// in a fortress, or (for bands in enemy country) melts into the guerrilla.
    pub avoid_odds: f64,
    /// Armies smaller than this in country the enemy holds disperse into guerrillas rather
    /// than face a set-piece battle (0: never).
    #[serde(default)]
    pub disperse_below: u32,
    /// Men left behind to hold a valuable province when a field army marches on (0: none).
    #[serde(default)]
    pub garrison: u32,
    /// Value (as weighed above) from which a province held is worth a garrison.
    #[serde(default)]
    pub garrison_value: f64,
    /// Whether columns meeting in one province are gathered into one army.
    #[serde(default)]
    pub concentrate: bool,
    /// Money kept back when recruiting.
    #[serde(default)]
    pub reserve: f64,
    /// Whether, until it holds the national capital, the side marches on it and nothing else
    /// (the Intervention's plan: the war is won or lost on the road to Mexico City).
    #[serde(default)]
    pub capital_first: bool,
    /// When the side goes over to concentrated offensives: several armies marching together
    /// on a target none could take alone (none: whenever it can). An easy AI never does.
    #[serde(default)]
    pub offensive_when: Option<Condition>,
    /// Guerrilla strength (men, all provinces) at which the side raises repression to level
    /// 1, 2, 3 (Empire only; empty: never).
    #[serde(default)]
    pub repression_at: Vec<f64>,
    /// Where these aims come from.
    pub source: String,
}

impl StrategyDef {
    /// A plain strategy for a scenario that gives none: take what is valuable, fight at fair
    /// odds, avoid hopeless battles.
    pub fn default_for(side: Side) -> StrategyDef {
        StrategyDef {
            side,
            capital: 5.0,
            customs: 1.0,
            silver: 1.0,
            us_border: 0.0,
            support: 0.0,
            preserve_army: 0.5,
            attack_odds: 0.6,
            avoid_odds: if side == Side::Republic { 0.6 } else { 1.0 },
            disperse_below: if side == Side::Republic { 1500 } else { 0 },
            garrison: if side == Side::Empire { 1200 } else { 0 },
            garrison_value: 3.0,
            concentrate: side == Side::Empire,
            reserve: 1.0,
            capital_first: false,
            offensive_when: None,
            repression_at: Vec::new(),
            source: String::from("built-in default"),
        }
    }
}
