//! What happens: conditions, effects, events with their choices, and the victory rules.
use crate::sim::ids::*;
use serde::{Deserialize, Serialize};

use super::{DetachmentDef, FranceStatus, LeaderStatus, MonthRef, Num, Polity, Side};

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
    /// From now on the Empire owes France this many francs a year for every man France pays
    /// in Mexico (Miramar's 1,000 francs a soldier): charged to its debt each month and no
    /// longer spent by France.
    ChargeCorpsToEmpire(Num),
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

/// How the war is won, checked every month; a rule met ends the war at once.
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

/// How a war still going at the scenario's last month is judged: by what each side holds then.
/// The judgements are tried in order after the `victory` rules; the first whose side meets
/// every requirement it names wins that side the war. If none is met, the war is undecided.
///
/// ```ron
/// (id: "republic_governs", winner: Republic, capital: true, population: 0.5,
///  text: "The Republic holds the capital and most of the people.",
///  source: "docs/history/judgement.md §2")
/// ```
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JudgementDef {
    /// Machine name (shared with the `victory` rules: its text is `victory-<id>` in the
    /// scenario's translations).
    pub id: String,
    /// The side it gives the war to.
    pub winner: Side,
    /// The side must hold the national capital.
    #[serde(default)]
    pub capital: bool,
    /// The side must hold at least this share (0–1) of the provinces (0.5 of 27 is 14).
    #[serde(default)]
    pub provinces: f64,
    /// The side must hold at least this share (0–1) of the people, counted in the provinces
    /// it holds (a contested province counts for neither side).
    #[serde(default)]
    pub population: f64,
    /// Anything else that must hold, e.g. `Any([Polity(Empire), Polity(Regency)])`.
    #[serde(default = "always")]
    pub when: Condition,
    /// What the chronicle says.
    pub text: String,
    /// Why this is how the war is judged.
    pub source: String,
}

fn always() -> Condition {
    Condition::Always
}
