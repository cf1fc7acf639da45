//! The coefficients of the rules, and the off-map tracks they move.
use crate::sim::ids::*;
use serde::{Deserialize, Serialize};

use super::{Condition, Num};

/// An off-map track.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TrackDef {
    /// Machine name. The rules use `france_will`, `us_pressure`, `european_crisis`,
    /// `republic_legitimacy` and `french_ambition`; others are for events.
    pub id: String,
    /// Human name.
    pub name: String,
    /// Value at the start.
    pub initial: Num,
    /// Lowest value.
    pub min: f64,
    /// Highest value.
    pub max: f64,
    /// Where the starting value comes from.
    pub source: String,
}

/// All the coefficients of the rules.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rules {
    /// Battles and sieges.
    pub combat: CombatRules,
    /// Who holds a province.
    pub control: ControlRules,
    /// Guerrilla war.
    pub guerrilla: GuerrillaRules,
    /// Money.
    pub economy: EconomyRules,
    /// France at home, its will and its withdrawal.
    pub france: FranceRules,
    /// The United States.
    pub us: UsRules,
    /// The European crisis.
    pub europe: EuropeRules,
    /// Legitimacy and Maximilian's policy.
    pub politics: PoliticsRules,
    /// Climate and supply.
    pub attrition: AttritionRules,
    /// Why these numbers.
    pub source: String,
}

/// Battles and sieges.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CombatRules {
    /// Each side's strength is multiplied by a draw in [1 − luck, 1 + luck].
    pub luck: f64,
    /// Strength bonus per point of the commander's skill.
    pub skill_bonus: f64,
    /// Defender's strength bonus per level of fortification.
    pub fort_bonus: f64,
    /// Share of men the loser loses, at even odds.
    pub loser_losses: f64,
    /// Share of men the winner loses, at even odds.
    pub winner_losses: f64,
    /// A loser outmatched by this ratio, or with nowhere to retreat, is captured whole.
    pub capture_ratio: f64,
    /// Share of an army's men lost when it slips away from a battle it avoids.
    pub evade_losses: f64,
    /// Chance that an evading army gets away, before its commander's skill.
    pub evade_chance: f64,
    /// Levels of fortification a besieger removes each month per 10,000 men.
    pub siege_per_10000: f64,
    /// Share of a besieged garrison lost each month to hunger and disease.
    pub siege_attrition: f64,
    /// Share of a leader's chance to die or be taken when his army loses.
    pub leader_loss_chance: f64,
    /// Experience gained by a side per battle won, added to its quality (capped).
    pub experience_per_victory: f64,
    /// Cap on a side's experience bonus.
    pub experience_cap: f64,
    /// Share of the loser's men the winner takes as arms (captured rifles re-equip).
    pub arms_captured: f64,
}

/// Who holds a province.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ControlRules {
    /// |control| at or above this means the province is held; below, contested.
    pub held_threshold: f64,
    /// Control an unopposed occupier sets at once.
    pub occupation: f64,
    /// An army smaller than this cannot occupy.
    pub min_occupier: u32,
    /// Monthly push towards the holder per 1,000 men of garrison.
    pub garrison_push: f64,
    /// Monthly drift by leaning when no army stands in the province.
    pub drift_liberal: f64,
    /// Same, for mixed provinces (towards the Republic if negative).
    pub drift_mixed: f64,
    /// Same, for conservative provinces.
    pub drift_conservative: f64,
    /// Monthly push towards the Republic per 1,000 guerrillas.
    pub guerrilla_push: f64,
    /// Support (0–100) moves towards the holder by this many points a month.
    pub support_shift: f64,
    /// Bands at least this many times as strong as an Imperial garrison (with no Republican
    /// army in the province) hold the country around it: the garrison keeps the towns and the
    /// province is at best contested. 0 (the default): the bands never do.
    #[serde(default)]
    pub bands_hold_country: f64,
    /// The most control (0–100) such a garrison keeps: the towns, not the province; below
    /// `held_threshold`, so the province is contested.
    #[serde(default)]
    pub towns_only: f64,
}

/// Guerrilla war.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GuerrillaRules {
    /// Monthly growth, men per 1,000 people at full Republican support.
    pub growth_per_1000: f64,
    /// Most guerrillas a province can hold, per 1,000 people.
    pub cap_per_1000: f64,
    /// Share of guerrillas lost per month per 1,000 enemy garrison men (before terrain).
    pub counter_rate: f64,
    /// Share of a garrison lost per month per 1,000 guerrillas.
    pub raid_rate: f64,
    /// Growth bonus per point of repression.
    pub repression_growth: f64,
    /// Counter-insurgency bonus per point of repression.
    pub repression_suppression: f64,
    /// Most of a guerrilla band a single battle can destroy.
    pub battle_loss_cap: f64,
    /// Support for the Republic gained per month per point of repression where the Empire
    /// holds troops: executions make martyrs.
    pub repression_backlash: f64,
    /// Guerrillas in a province the Republic holds, above this many, form a regular army.
    pub coalesce_at: f64,
    /// Share of the bands that forms the army.
    pub coalesce_share: f64,
    /// The contingent such armies and dispersed armies belong to.
    pub contingent: Ref<ContingentKind>,
}

/// Money.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EconomyRules {
    /// Taxes, millions of pesos per month per million people held.
    pub tax_per_million: f64,
    /// Share of revenue a contested province still yields.
    pub contested_yield: f64,
    /// Share of revenue lost per 1,000 guerrillas in the province.
    pub guerrilla_disruption: f64,
    /// Starting treasuries, millions of pesos: Republic then Empire.
    pub treasury: [Num; 2],
    /// How far into debt a treasury may run before troops go unpaid.
    pub credit: [f64; 2],
    /// French loans to the Empire per month once a government exists, millions of pesos.
    pub french_loan: f64,
    /// Monthly interest on the Empire's debt.
    pub debt_interest: f64,
    /// Share of its debt the Empire pays each month in interest and repayments, out of its
    /// customs (0: none).
    #[serde(default)]
    pub debt_service: f64,
    /// Share of customs the Empire pledges to France once the debt passes `debt_pledge_at`.
    pub customs_pledge: f64,
    /// Debt at which customs are pledged.
    pub debt_pledge_at: f64,
    /// Men a province can give to armies over the war, as a share of its people (both sides
    /// draw on the same pool).
    #[serde(default = "default_manpower_share")]
    pub manpower_share: f64,
    /// Share of its people a province's pool regains each month (young men come of age).
    #[serde(default)]
    pub manpower_regrowth: f64,
}

fn default_manpower_share() -> f64 {
    1.0
}

/// France at home.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FranceRules {
    /// Will lost per million francs spent.
    pub will_per_million: f64,
    /// Francs per peso.
    pub francs_per_peso: f64,
    /// Will lost per 1,000 French casualties.
    pub will_per_1000_casualties: f64,
    /// Will lost each month the expedition goes on.
    pub will_per_month: f64,
    /// Will lost per month per point of US pressure.
    pub will_per_us_pressure: f64,
    /// Will lost per month per point of European crisis.
    pub will_per_crisis: f64,
    /// Will gained per French victory (glory), lost per defeat (minus honour).
    pub will_per_victory: f64,
    /// Will lost per month per 100 M francs spent so far: the opposition in the Corps
    /// législatif and opinion at home, louder the more the expedition has cost (0: none).
    #[serde(default)]
    pub will_per_opinion: f64,
    /// The weight of US pressure on France's will while the US Civil War lasts, from 0 to 1:
    /// Washington's protests weighed little until its armies were free.
    #[serde(default = "full_weight")]
    pub us_weight_during_civil_war: f64,
    /// Whether each drain takes its share of the will France still has (will ÷ 100), so that
    /// the same cost wears a tired France less in points but as much in proportion, rather
    /// than a fixed number of points.
    #[serde(default)]
    pub drains_scale_with_will: bool,
    /// Will at or below which France announces withdrawal.
    pub withdrawal_threshold: f64,
    /// The withdrawal: (months after the announcement, share of the remaining corps leaving).
    pub withdrawal_schedule: Vec<(u32, f64)>,
    /// Extra months the evacuation schedule runs each month per 100 points of the European
    /// crisis: France hurries home when its own frontiers are threatened (0: never).
    #[serde(default)]
    pub withdrawal_haste_per_crisis: f64,
    /// Most French troops France keeps in Mexico, per point of will.
    pub troops_per_will: f64,
    /// Whether the corps follows the share left of the will France began with (on a scale
    /// of 100) rather than the will itself: the starting resolve then sets how long France
    /// stays, not how many men it sends.
    #[serde(default)]
    pub corps_follows_will_share: bool,
    /// Ceiling on the corps.
    pub max_troops: u32,
    /// Reinforcements shipped per month when below the ceiling.
    pub reinforcement_per_month: u32,
    /// Reinforcements go to this contingent.
    pub contingent: Ref<ContingentKind>,
    /// They land here (if held).
    pub landing: Ref<ProvinceKind>,
    /// Ceiling boost after a French defeat: honour demands more men.
    pub honour_troops: u32,
    /// France ships reinforcements only while this holds (e.g. once its first corps landed).
    #[serde(default)]
    pub reinforce_when: Option<Condition>,
}

fn full_weight() -> f64 {
    1.0
}

/// The United States.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UsRules {
    /// Flag set while the Civil War lasts.
    pub civil_war_flag: String,
    /// Pressure gained per month during the Civil War (non-recognition).
    pub growth_during_war: f64,
    /// Pressure gained per month once the Civil War is over and the Empire stands.
    pub growth_after_war: f64,
    /// Money to the Republic per month per border province it holds, per point of pressure.
    pub supply_per_pressure: f64,
    /// Pressure added per point of repression.
    pub per_repression: f64,
    /// Quality bonus to the Republic per point of pressure (arms across the border).
    pub arms_per_pressure: f64,
}

/// The European crisis.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EuropeRules {
    /// Monthly decay of the crisis.
    pub decay: f64,
}

/// Legitimacy and the Empire's policy.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PoliticsRules {
    /// Legitimacy gained per month while the head of state is free and holds a province.
    pub legitimacy_free: f64,
    /// Legitimacy lost per month while he is captured or dead.
    pub legitimacy_lost: f64,
    /// Legitimacy lost per month per province the Republic holds fewer than `legitimacy_floor`.
    pub legitimacy_per_missing_province: f64,
    /// Provinces the Republic needs to hold for its legitimacy not to erode.
    pub legitimacy_floor: u32,
    /// Support lost per month among conservatives per point of liberal policy / 100.
    pub liberal_conservative_loss: f64,
    /// Loyalty lost per month by conservative leaders per point of liberal policy / 100.
    pub liberal_loyalty_loss: f64,
    /// France's will lost per month per point of clerical policy / 100.
    pub clerical_france_loss: f64,
    /// US pressure gained per month per point of clerical policy / 100.
    pub clerical_us_pressure: f64,
    /// Empire support gained per month among liberals per point of liberal policy / 100.
    pub liberal_support_gain: f64,
}

/// Climate and supply.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AttritionRules {
    /// Share of fever-prone men lost per month on the fever coast in the rainy season.
    pub fever: f64,
    /// Share of men lost per month in a province held by the enemy with no friendly neighbour.
    pub out_of_supply: f64,
}
