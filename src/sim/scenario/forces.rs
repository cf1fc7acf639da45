//! Who fights: contingents, leaders, armies at the start, and the foreign powers.
use crate::sim::ids::*;
use serde::{Deserialize, Serialize};

use super::{MonthRef, Side};

/// A foreign power that can stand with a side and leave it.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PowerDef {
    /// Machine name.
    pub id: String,
    /// Human name.
    pub name: String,
    /// The side it stands with at the start, if any.
    pub allied_with: Option<Side>,
    /// Its contingent, removed from the map when the power leaves.
    #[serde(default)]
    pub contingent: Option<Ref<ContingentKind>>,
    /// Source.
    pub source: String,
}

/// Who pays a contingent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Payer {
    /// Its own side's treasury.
    Treasury,
    /// France's budget (the expeditionary corps); its cost drains France's will.
    France,
    /// Its own government (Spain, Britain): costs nobody in Mexico.
    Foreign,
    /// Its side's treasury, except while France is withdrawing, when France advances the pay
    /// and adds it to the Empire's debt (the Austrian and Belgian volunteers in 1866).
    FrenchAdvance,
}

impl Payer {
    /// Whether its side's treasury pays it this month (`france_pays`: France is withdrawing
    /// and advances the pay of [`Payer::FrenchAdvance`] contingents).
    pub fn from_treasury(self, france_pays: bool) -> bool {
        match self {
            Payer::Treasury => true,
            Payer::FrenchAdvance => !france_pays,
            Payer::France | Payer::Foreign => false,
        }
    }
}

/// How a contingent recruits.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RecruitDef {
    /// Millions of pesos per 1,000 men raised.
    pub cost_per_1000: f64,
    /// At most this many men a month from one province.
    pub max_per_province: u32,
    /// A province must give the recruiting side at least this support (0–100).
    pub min_support: f64,
}

/// A body of troops with rules of its own.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContingentDef {
    /// Machine name.
    pub id: String,
    /// Human name.
    pub name: String,
    /// Side.
    pub side: Side,
    /// Fighting value of one man, relative to a Republican regular (1.0).
    pub quality: f64,
    /// Upkeep, millions of pesos per 1,000 men per month.
    pub upkeep: f64,
    /// Who pays it.
    pub paid_by: Payer,
    /// Sickens on the fever coast in the rainy season.
    #[serde(default)]
    pub fever: bool,
    /// Share of men lost each month its paymaster cannot pay.
    #[serde(default)]
    pub desertion_unpaid: f64,
    /// Can be raised during the war.
    #[serde(default)]
    pub recruit: Option<RecruitDef>,
    /// Source.
    pub source: String,
}

/// What happens to a leader whose loyalty runs out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Disloyalty {
    /// Joins the other side, with his army.
    Defect,
    /// Withdraws from the war, with his army.
    Neutral,
}

/// How a wavering leader's loyalty behaves.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WaveringDef {
    /// Loyalty at or below which he acts.
    pub threshold: f64,
    /// What he does.
    pub then: Disloyalty,
    /// Loyalty lost each month his side holds fewer provinces than the enemy.
    pub losing_drain: f64,
    /// Loyalty lost each month his side's treasury is empty.
    pub unpaid_drain: f64,
    /// Loyalty regained each month otherwise.
    pub recovery: f64,
}

/// A leader.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LeaderDef {
    /// Machine name.
    pub id: String,
    /// Name.
    pub name: String,
    /// Side at the start.
    pub side: Side,
    /// Role, e.g. "Commander, Army of the East".
    pub role: String,
    /// Command skill, 0–5.
    pub skill: u8,
    /// Loyalty, 0–100.
    pub loyalty: f64,
    /// How his loyalty can fail; absent for leaders who never waver.
    #[serde(default)]
    pub wavering: Option<WaveringDef>,
    /// The month he becomes available; absent if at the start. Events may also bring him.
    #[serde(default)]
    pub arrives: Option<MonthRef>,
    /// A month he dies of natural causes, if any (Zaragoza's typhoid).
    #[serde(default)]
    pub natural_death: Option<MonthRef>,
    /// Not on the map until an event brings him (Maximilian).
    #[serde(default)]
    pub offstage: bool,
    /// A conservative, whose loyalty suffers from a liberal imperial policy.
    #[serde(default)]
    pub conservative: bool,
    /// Share (0–0.9) by which he underrates the enemy when he weighs an attack: an
    /// overconfident general (Lorencez's 'master of Mexico with 6,000 men'). Only the AI reads
    /// it.
    #[serde(default)]
    pub daring: f64,
    /// Source.
    pub source: String,
}

/// A detachment of a contingent inside an army.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DetachmentDef {
    /// The contingent.
    pub contingent: Ref<ContingentKind>,
    /// Men.
    pub strength: u32,
}

/// An army on the map at the start.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ArmyDef {
    /// Machine name.
    pub id: String,
    /// Human name.
    pub name: String,
    /// Side.
    pub side: Side,
    /// Where it stands.
    pub location: Ref<ProvinceKind>,
    /// Its commander.
    #[serde(default)]
    pub leader: Option<Ref<LeaderKind>>,
    /// Its troops.
    pub troops: Vec<DetachmentDef>,
    /// Source.
    pub source: String,
}
