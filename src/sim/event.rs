//! What happened, as typed values: the rules emit them, the chronicle and the client read them.
use crate::sim::date::Month;
use crate::sim::scenario::{FranceStatus, Polity, Side};
use crate::sim::state::{Holder, Outcome};
use serde::{Deserialize, Serialize};

/// Why a province changed hands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ControlCause {
    /// An army marched in unopposed or won there.
    Occupation,
    /// Left without a garrison, it drifted with its leaning and its guerrillas.
    Drift,
    /// The bands hold the country around an Imperial garrison, which keeps only the towns
    /// (`rules.control.bands_hold_country`).
    Bands,
}

/// Why men were lost outside battle.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum AttritionCause {
    /// Yellow fever and malaria on the coast in the rainy season.
    Fever,
    /// Cut off in enemy country.
    Supply,
    /// Unpaid men going home.
    Desertion,
    /// Hunger and disease inside a besieged fortress.
    Siege,
    /// Ambushes and raids by guerrillas.
    Guerrilla,
}

/// One cause of a change in a track, for the breakdown tooltips and the chronicle.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Cause {
    /// Short machine name of the cause, e.g. `spending` (borrowed: no allocation per month).
    pub cause: std::borrow::Cow<'static, str>,
    /// How much it moved the track.
    pub amount: f64,
}

/// A leader's fate in battle or politics.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum LeaderFate {
    /// Killed or died.
    Died,
    /// Taken prisoner.
    Captured,
    /// Went over to the enemy.
    Defected,
    /// Left the war.
    WentNeutral,
    /// Came onto the map.
    Arrived,
}

/// Something that happened, with enough detail to explain it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Event {
    /// A new month begins.
    MonthBegan {
        /// The month.
        month: Month,
    },
    /// An army moved.
    ArmyMoved {
        /// Army id.
        army: u32,
        /// Side.
        side: Side,
        /// From province index.
        from: usize,
        /// To province index.
        to: usize,
        /// Sailed.
        by_sea: bool,
    },
    /// A battle.
    Battle {
        /// Province index.
        province: usize,
        /// Attacking side.
        attacker: Side,
        /// Men engaged, attacker then defender.
        men: [u32; 2],
        /// Effective strength with quality, leaders, terrain and forts, attacker then defender.
        power: [f64; 2],
        /// The winner.
        winner: Side,
        /// Men lost (killed, wounded, missing), attacker then defender.
        losses: [u32; 2],
        /// Men of the loser taken prisoner.
        prisoners: u32,
        /// Where the loser fell back to.
        retreat: Option<usize>,
        /// The largest army of each side (its id), attacker then defender, to name the battle's
        /// forces.
        armies: [u32; 2],
        /// The commander whose skill counted on each side (leader index), attacker then defender.
        commanders: [Option<usize>; 2],
    },
    /// An army slipped away from a battle.
    Evaded {
        /// Army id.
        army: u32,
        /// Its side.
        side: Side,
        /// Its commander's leader index, if it had one.
        leader: Option<usize>,
        /// From province index.
        from: usize,
        /// To province index.
        to: usize,
        /// Men lost.
        losses: u32,
    },
    /// A siege went on.
    SiegeProgress {
        /// Province index.
        province: usize,
        /// Fortification left.
        fort: f64,
    },
    /// A besieged garrison surrendered.
    Surrendered {
        /// Province index.
        province: usize,
        /// Side that surrendered.
        side: Side,
        /// Men taken prisoner.
        prisoners: u32,
    },
    /// An army ceased to exist.
    ArmyDestroyed {
        /// Army id.
        army: u32,
        /// Its name.
        name: crate::sim::names::ArmyName,
        /// Side.
        side: Side,
    },
    /// An army dispersed into guerrillas.
    Dispersed {
        /// Army id.
        army: u32,
        /// Province index.
        province: usize,
        /// Men who joined the bands.
        men: u32,
    },
    /// A province changed holder.
    ControlChanged {
        /// Province index.
        province: usize,
        /// Holder before.
        from: Holder,
        /// Holder now.
        to: Holder,
        /// Why.
        cause: ControlCause,
    },
    /// Men lost outside battle.
    Attrition {
        /// Side.
        side: Side,
        /// Contingent index.
        contingent: usize,
        /// Men lost.
        men: u32,
        /// Why.
        cause: AttritionCause,
    },
    /// Guerrilla fighting in a province.
    GuerrillaWar {
        /// Province index.
        province: usize,
        /// Guerrillas lost.
        guerrillas_lost: u32,
        /// Garrison men lost.
        garrison_lost: u32,
    },
    /// A side's monthly accounts.
    Accounts {
        /// Side.
        side: Side,
        /// Customs collected.
        customs: f64,
        /// Silver.
        silver: f64,
        /// Taxes.
        taxes: f64,
        /// Loans and foreign aid.
        aid: f64,
        /// Troops' pay.
        upkeep: f64,
        /// Treasury after.
        treasury: f64,
    },
    /// Men raised.
    Recruited {
        /// Side.
        side: Side,
        /// Province index.
        province: usize,
        /// Contingent index.
        contingent: usize,
        /// Men.
        men: u32,
        /// Army id they joined.
        army: u32,
    },
    /// A track moved this month.
    TrackChanged {
        /// Track index.
        track: usize,
        /// Value before.
        from: f64,
        /// Value now.
        to: f64,
        /// The causes, largest first.
        causes: Vec<Cause>,
    },
    /// A scenario event fired.
    EventFired {
        /// Event index.
        event: usize,
        /// Whether it now waits for a choice.
        awaiting_choice: bool,
    },
    /// A choice was made.
    ChoiceMade {
        /// Event index.
        event: usize,
        /// Choice index.
        choice: usize,
        /// Side.
        side: Side,
    },
    /// A power joined a side.
    PowerJoined {
        /// Power index.
        power: usize,
        /// Side.
        side: Side,
    },
    /// A power left the war.
    PowerLeft {
        /// Power index.
        power: usize,
        /// Men who went home.
        men: u32,
    },
    /// A leader's fate.
    Leader {
        /// Leader index.
        leader: usize,
        /// What happened.
        fate: LeaderFate,
        /// Men of his army who followed him: over to the enemy ([`LeaderFate::Defected`]) or
        /// home ([`LeaderFate::WentNeutral`]); 0 for the other fates, which take no man away.
        men: u32,
    },
    /// The Empire side's government changed.
    PolityChanged {
        /// New polity.
        polity: Polity,
    },
    /// France's commitment changed.
    FranceChanged {
        /// New status.
        status: FranceStatus,
        /// France's will then.
        will: f64,
    },
    /// Troops arrived from overseas or were added by an event.
    Reinforced {
        /// Side.
        side: Side,
        /// Contingent index.
        contingent: usize,
        /// Men.
        men: u32,
        /// Province index.
        province: usize,
    },
    /// Troops shipped home.
    Withdrawn {
        /// Contingent index.
        contingent: usize,
        /// Men.
        men: u32,
    },
    /// The game ended.
    GameOver {
        /// How.
        outcome: Outcome,
    },
}
