//! The map: kinds of ground, provinces, land borders and sea lanes.
use crate::sim::ids::*;
use serde::{Deserialize, Serialize};

/// A kind of ground and what it does.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TerrainDef {
    /// Machine name.
    pub id: String,
    /// Human name.
    pub name: String,
    /// Multiplier on a defender's strength.
    pub defence: f64,
    /// Multiplier on guerrilla growth and on its resistance to counter-insurgency.
    pub guerrilla: f64,
}

/// Political leaning of a province in 1862.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Leaning {
    /// Drifts towards the Republic when left alone.
    Liberal,
    /// Follows whoever holds it.
    Mixed,
    /// Drifts towards the Empire when left alone.
    Conservative,
}

/// Support for each side in a province, 0–100.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Support {
    /// Support for the Republic.
    pub republic: f64,
    /// Support for the Intervention and the Empire.
    pub empire: f64,
}

/// One unit of the map.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProvinceDef {
    /// Machine name, e.g. `puebla`.
    pub id: String,
    /// Human name.
    pub name: String,
    /// A short name for prose ("Estado de México"), if the name is long; the name otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub short: Option<String>,
    /// Capital city.
    pub capital: String,
    /// Kind of ground.
    pub terrain: Ref<TerrainKind>,
    /// People, c. 1860.
    pub population: u32,
    /// Customs revenue, millions of pesos a year, to whoever holds the province.
    #[serde(default)]
    pub customs: f64,
    /// Silver revenue, millions of pesos a year.
    #[serde(default)]
    pub silver: f64,
    /// Political leaning.
    pub leaning: Leaning,
    /// Support for each side at the start.
    pub support: Support,
    /// Fortification of the capital, 0–5.
    #[serde(default)]
    pub fortification: u8,
    /// Control at the start, −100 (Republic) to +100 (Empire).
    pub control: f64,
    /// Guerrilla fighters at the start.
    #[serde(default)]
    pub guerrilla: u32,
    /// On the fever coast: European troops sicken there in the rainy season.
    #[serde(default)]
    pub fever_coast: bool,
    /// Borders the United States: supply and volunteers cross here once the US presses France.
    #[serde(default)]
    pub us_border: bool,
    /// Has a sea port, where reinforcements from overseas land.
    #[serde(default)]
    pub port: bool,
    /// Source.
    pub source: String,
}

/// A land border or sea lane between two provinces.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Border {
    /// One end.
    pub a: Ref<ProvinceKind>,
    /// The other end.
    pub b: Ref<ProvinceKind>,
    /// The route, e.g. "Camino Real".
    #[serde(default)]
    pub note: String,
}
