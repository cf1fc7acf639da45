//! The scenario format: every number of the model, read from RON, with a source for each fact.
//!
//! These types are the schema a modder writes against. All of them deny unknown fields, so a
//! misspelled field name is an error, not a silently ignored line. References between items are
//! [`Ref`]s, checked and resolved by [`crate::sim::validate`].
use crate::sim::date::Month;
use crate::sim::ids::*;
use serde::{Deserialize, Serialize};

pub use crate::sim::history::{
    HistoricalDate, HistoricalWinner, History, KeyEvent, ProvincesHeld, TargetDef,
};

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
    /// The last month played; at its end the scenario's end-of-game victory rules apply.
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
}

/// Who borders whom, built once by validation so that the rules never scan the border list.
#[derive(Debug, Clone, Default)]
pub struct Graph {
    /// Land neighbours of each province, in index order.
    pub land: Vec<Vec<usize>>,
    /// Sea neighbours of each province that are not also land neighbours, in index order.
    pub sea: Vec<Vec<usize>>,
    /// Moves between every pair of provinces, `hops[by_sea][from * n + to]`: by land alone
    /// (`by_sea` 0), and by land and sea lanes (1); `u32::MAX` where there is no way.
    pub hops: [Vec<u32>; 2],
    /// Province, contingent and leader indices by id, so that a command naming one is found
    /// by one hash rather than by comparing ids. Only looked up, never iterated, so the
    /// hash map's order cannot reach the rules.
    pub ids: Ids,
    /// Province and contingent ids as commands carry them, made once at validation: a
    /// command built by a policy shares their text rather than copying it.
    pub names: Names,
    /// The tracks the rules move themselves (`turn::track::REQUIRED`), by their place there:
    /// their indices, so that the month never looks them up by id.
    pub required_tracks: Option<[usize; 4]>,
}

/// The ids commands name, by index, made once at validation (see
/// [`crate::sim::command::Id`]).
#[derive(Debug, Clone, Default)]
pub struct Names {
    /// Provinces, in scenario order.
    pub provinces: Vec<crate::sim::command::Id>,
    /// Contingents, in scenario order.
    pub contingents: Vec<crate::sim::command::Id>,
}

/// [`Names`] for these province and contingent ids.
pub fn shared_names<'a>(
    provinces: impl Iterator<Item = &'a str>,
    contingents: impl Iterator<Item = &'a str>,
) -> Names {
    Names {
        provinces: provinces.map(Into::into).collect(),
        contingents: contingents.map(Into::into).collect(),
    }
}

/// The scenario's ids, by kind, each with its index in the scenario's list.
#[derive(Debug, Clone, Default)]
pub struct Ids {
    /// Provinces.
    pub provinces: rustc_hash::FxHashMap<String, usize>,
    /// Contingents.
    pub contingents: rustc_hash::FxHashMap<String, usize>,
    /// Leaders.
    pub leaders: rustc_hash::FxHashMap<String, usize>,
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

/// Who pays a contingent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Payer {
    /// Its own side's treasury.
    Treasury,
    /// France's budget (the expeditionary corps); its cost drains France's will.
    France,
    /// Its own government (Spain, Britain): costs nobody in Mexico.
    Foreign,
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

/// A condition on the state of the game.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub enum Condition {
    /// Always true.
    Always,
    /// All of these.
    All(Vec<Condition>),
    /// Any of these.
    Any(Vec<Condition>),
    /// Not this.
    Not(Box<Condition>),
    /// The current month is this one or later.
    From(MonthRef),
    /// The current month is before this one.
    Before(MonthRef),
    /// The last month of the scenario.
    AtEnd,
    /// A true/false parameter is true.
    Param(Ref<ParameterKind>),
    /// A flag is set.
    Flag(String),
    /// The side holds the province.
    Holds(Side, Ref<ProvinceKind>),
    /// The side holds at least this many provinces.
    ProvincesAtLeast(Side, u32),
    /// A track is at or above the value.
    TrackAtLeast(Ref<TrackKind>, f64),
    /// A track is below the value.
    TrackBelow(Ref<TrackKind>, f64),
    /// A leader is in this state.
    Leader(Ref<LeaderKind>, LeaderStatus),
    /// A leader serves this side.
    LeaderSide(Ref<LeaderKind>, Side),
    /// The side has fewer men in armies than this.
    TroopsBelow(Side, u32),
    /// The contingent has at least this many men on the map.
    ContingentAtLeast(Ref<ContingentKind>, u32),
    /// The power stands with the side.
    PowerWith(Ref<PowerKind>, Side),
    /// The Empire side's form of government is this.
    Polity(Polity),
    /// France's commitment is this.
    France(FranceStatus),
    /// At least this many months since the event fired.
    MonthsSince(Ref<EventKind>, u32),
    /// Maximilian's policy is at least this liberal (−100 clerical … +100 liberal).
    PolicyAtLeast(f64),
    /// Maximilian's policy is below this.
    PolicyBelow(f64),
    /// Repression is at least this level.
    RepressionAtLeast(f64),
    /// Guerrillas in all provinces together number at least this many.
    GuerrillasAtLeast(u32),
    /// The Empire's debt is at least this (millions of pesos).
    DebtAtLeast(f64),
    /// At least this many months since France announced its withdrawal.
    MonthsSinceWithdrawal(u32),
}

/// What an event or a choice does.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub enum Effect {
    /// Adds to a track (clamped to its range).
    AddTrack(Ref<TrackKind>, Num),
    /// Sets a track.
    SetTrack(Ref<TrackKind>, Num),
    /// Sets a flag.
    SetFlag(String),
    /// Clears a flag.
    ClearFlag(String),
    /// Adds money to a side's treasury (millions of pesos).
    AddTreasury(Side, Num),
    /// Adds to the Empire's debt to France (millions of pesos).
    AddDebt(Num),
    /// Brings a new army onto the map.
    AddArmy {
        /// Its name.
        name: String,
        /// Where; if the province is held by the enemy, the army lands in the nearest port the
        /// side holds, and is lost if there is none.
        location: Ref<ProvinceKind>,
        /// Its commander.
        #[serde(default)]
        leader: Option<Ref<LeaderKind>>,
        /// Its troops.
        troops: Vec<DetachmentDef>,
    },
    /// Removes a share (0–1) of a contingent's men from the map.
    RemoveTroops(Ref<ContingentKind>, Num),
    /// A power joins a side.
    PowerJoins(Ref<PowerKind>, Side),
    /// A power leaves the war; its contingent goes home.
    PowerLeaves(Ref<PowerKind>),
    /// A leader dies.
    LeaderDies(Ref<LeaderKind>),
    /// A leader goes over to the other side.
    LeaderDefects(Ref<LeaderKind>),
    /// A leader comes onto the map, at the capital of his side or its nearest port.
    LeaderArrives(Ref<LeaderKind>),
    /// Shifts support for a side in every province (or in one) by this many points.
    ShiftSupport {
        /// The side whose support moves.
        side: Side,
        /// Points, may be negative.
        points: Num,
        /// Only this province, if given.
        #[serde(default)]
        province: Option<Ref<ProvinceKind>>,
    },
    /// The Empire side's government becomes this; `Empire` crowns the given leader.
    SetPolity(Polity, Option<Ref<LeaderKind>>),
    /// Sets Maximilian's policy, −100 clerical to +100 liberal.
    SetPolicy(Num),
    /// Changes a leader's loyalty.
    AddLoyalty(Ref<LeaderKind>, Num),
    /// A leader leaves the map for a while (sent abroad, gone home); his army stays, without
    /// him. `LeaderArrives` brings him back.
    LeaderAway(Ref<LeaderKind>),
    /// Sets repression, 0–3.
    SetRepression(Num),
}

/// A choice offered by an event.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChoiceDef {
    /// Machine name.
    pub id: String,
    /// What the button says.
    pub label: String,
    /// How much the AI likes it, relative to the other choices.
    pub ai_weight: f64,
    /// What it does.
    pub effects: Vec<Effect>,
}

/// A triggered event.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventDef {
    /// Machine name.
    pub id: String,
    /// Title.
    pub title: String,
    /// Historical text shown to the player.
    pub text: String,
    /// When it can fire.
    pub when: Condition,
    /// Chance each month that it fires once `when` holds (1.0 = at once).
    #[serde(default = "one")]
    pub chance: f64,
    /// Fires at most once (the default) or every month `when` holds.
    #[serde(default = "yes")]
    pub once: bool,
    /// Effects applied when it fires.
    #[serde(default)]
    pub effects: Vec<Effect>,
    /// The side that chooses, if there are choices.
    #[serde(default)]
    pub chooser: Option<Side>,
    /// Choices; the chooser picks one.
    #[serde(default)]
    pub choices: Vec<ChoiceDef>,
    /// Source.
    pub source: String,
}

fn one() -> f64 {
    1.0
}

fn yes() -> bool {
    true
}

/// How the war is won.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VictoryDef {
    /// Machine name.
    pub id: String,
    /// The winner; `None` for an undecided end.
    pub winner: Option<Side>,
    /// When.
    pub when: Condition,
    /// What the chronicle says.
    pub text: String,
}

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
