//! The whole game as one serialisable value: a save is this value written as RON.
use crate::sim::date::Month;
use crate::sim::scenario::*;
use rand_chacha::ChaCha8Rng;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use std::sync::Arc;

pub(crate) use crate::sim::army::MaybeSpent;
pub use crate::sim::army::{Army, Detachment};
pub use crate::sim::outcome::Outcome;
pub use crate::sim::turn::FranceState;

/// Who holds a province, as players and the calibration tables count it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Holder {
    /// Held by the Republic.
    Republic,
    /// Neither side holds it firmly.
    Contested,
    /// Held by the Intervention or the Empire.
    Empire,
}

impl Holder {
    /// The side holding it, if any.
    pub fn side(self) -> Option<Side> {
        match self {
            Holder::Republic => Some(Side::Republic),
            Holder::Empire => Some(Side::Empire),
            Holder::Contested => None,
        }
    }

    /// Lower-case name for JSON and the command line.
    pub fn key(self) -> &'static str {
        match self {
            Holder::Republic => "republic",
            Holder::Contested => "contested",
            Holder::Empire => "empire",
        }
    }
}

/// A province as it stands now.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ProvinceState {
    /// −100 (firmly Republican) to +100 (firmly Imperial).
    pub control: f64,
    /// Support for each side, 0–100, indexed by [`Side::index`].
    pub support: [f64; 2],
    /// Guerrilla fighters.
    pub guerrilla: f64,
    /// Fortification left, 0 up to the scenario's level; sieges wear it down.
    pub fort: f64,
    /// Months this province has been under siege without a break.
    pub siege_months: u32,
    /// Men it can still give to armies.
    pub manpower: f64,
}

/// What an army does when the enemy comes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum Stance {
    /// Stands and fights.
    #[default]
    Field,
    /// Avoids set-piece battle: slips away when attacked, at some cost.
    Evade,
    /// Holds the province's fortress: fights behind walls and can be besieged.
    Garrison,
    /// Besieging the enemy fortress in its province.
    Besieging,
}

/// A leader as he stands now.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct LeaderState {
    /// The side he serves now.
    pub side: Side,
    /// Serving, dead, captured…
    pub status: LeaderStatus,
    /// Loyalty, 0–100.
    pub loyalty: f64,
}

/// An event waiting for its chooser's decision.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PendingChoice {
    /// Event index.
    pub event: usize,
    /// Month it fired.
    pub since: Month,
}

/// An order given for the coming month, carried out when the month resolves.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Order {
    /// March (or sail) to a province; attacks whatever enemy is there.
    Move {
        /// Army id.
        army: u32,
        /// Province index.
        to: usize,
    },
    /// Besiege the enemy fortress in a province (the army's own or a neighbour).
    Siege {
        /// Army id.
        army: u32,
        /// Province index.
        at: usize,
    },
    /// Disband into the province's guerrilla bands.
    Disperse {
        /// Army id.
        army: u32,
    },
    /// Raise men in a province.
    Recruit {
        /// Province index.
        province: usize,
        /// Contingent index.
        contingent: usize,
        /// Men.
        men: u32,
    },
}

impl Order {
    /// The army this order concerns, if any.
    pub fn army(&self) -> Option<u32> {
        match *self {
            Order::Move { army, .. } | Order::Siege { army, .. } | Order::Disperse { army } => {
                Some(army)
            }
            Order::Recruit { .. } => None,
        }
    }
}

/// The whole game: scenario, parameters, random generator and every changing value.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct GameState {
    /// Format of this value; a save from another version is refused with a clear message.
    pub format_version: u32,
    /// The scenario, resolved, so that a save needs no other file. Shared, because it never
    /// changes during a game: copying a state (a trial, the client's AI thread) copies a
    /// pointer, not the whole scenario.
    pub scenario: Arc<Scenario>,
    /// The value of each parameter, in scenario order (defaults with `--set` overrides).
    pub params: Vec<ParamValue>,
    /// The seed the game started from.
    pub seed: u64,
    /// The one random generator of the rules.
    pub rng: ChaCha8Rng,
    /// The month about to be played.
    pub month: Month,
    /// Provinces, in scenario order.
    pub provinces: Vec<ProvinceState>,
    /// Armies, in id order.
    pub armies: Vec<Army>,
    /// Next army id.
    pub next_army_id: u32,
    /// Leaders, in scenario order.
    pub leaders: Vec<LeaderState>,
    /// Track values, in scenario order.
    pub tracks: Vec<f64>,
    /// Flags set by events.
    pub flags: BTreeSet<String>,
    /// Which side each power stands with.
    pub powers: Vec<Option<Side>>,
    /// Treasuries, millions of pesos.
    pub treasury: [f64; 2],
    /// Whether each side could pay its troops last month.
    pub unpaid: [bool; 2],
    /// The Empire's debt to France, millions of pesos.
    pub debt: f64,
    /// Battle experience and captured arms, added to each side's quality.
    pub experience: [f64; 2],
    /// The Empire side's form of government.
    pub polity: Polity,
    /// What the Empire side's government was when it fell (the Intervention, the Regency or
    /// the Empire), so that the fallen side is named for what it was. Not a rule's input.
    #[serde(default)]
    pub fallen_from: Option<Polity>,
    /// The emperor, once crowned.
    pub emperor: Option<usize>,
    /// Maximilian's policy, −100 clerical to +100 liberal.
    pub policy: f64,
    /// Repression, 0 (none) to 3 (the Black Decree and worse), set by the Empire.
    pub repression: f64,
    /// France at home.
    pub france: FranceState,
    /// Millions of francs France spent last month.
    pub month_francs: f64,
    /// When each event fired last.
    pub fired: Vec<Option<Month>>,
    /// Events awaiting a choice.
    pub pending: Vec<PendingChoice>,
    /// Orders for the coming month, per side.
    pub orders: [Vec<Order>; 2],
    /// Sides that have ended their turn this month.
    pub ready: [bool; 2],
    /// Set when the game is over.
    pub outcome: Option<Outcome>,
    /// The teacher's pack this war is played under, with the student's prediction and the
    /// war's log for the debrief; `None` outside a lesson (and in saves made before packs).
    #[serde(default)]
    pub lesson: Option<crate::sim::lesson::Lesson>,
    /// Whether an army may have a detachment left without men since empty armies were last
    /// cleared: the month's phases and the commands clear them only then, rather than after
    /// each step. Not saved: a loaded game begins by looking at every army.
    #[serde(skip, default = "assume_spent")]
    pub(crate) maybe_spent: MaybeSpent,
}

/// A loaded game may hold an army without men: the first clearing looks.
fn assume_spent() -> MaybeSpent {
    MaybeSpent(true)
}

impl GameState {
    /// Index of the province with this id.
    pub fn province_index(&self, id: &str) -> Option<usize> {
        let s = &*self.scenario;
        find_id(&s.graph.ids.provinces, s.provinces.len(), id, || {
            s.provinces.iter().position(|p| p.id == id)
        })
    }

    /// Index of the contingent with this id.
    pub fn contingent_index(&self, id: &str) -> Option<usize> {
        let s = &*self.scenario;
        find_id(&s.graph.ids.contingents, s.contingents.len(), id, || {
            s.contingents.iter().position(|c| c.id == id)
        })
    }

    /// Index of the leader with this id.
    pub fn leader_index(&self, id: &str) -> Option<usize> {
        let s = &*self.scenario;
        find_id(&s.graph.ids.leaders, s.leaders.len(), id, || {
            s.leaders.iter().position(|l| l.id == id)
        })
    }

    /// The id of province `p`, as a command carries it.
    pub fn province_id(&self, p: usize) -> crate::sim::command::Id {
        let s = &*self.scenario;
        match s.graph.names.provinces.get(p) {
            Some(id) => id.clone(),
            // A scenario built by hand and never validated has no ids made for commands.
            None => s.provinces[p].id.as_str().into(),
        }
    }

    /// The id of contingent `c`, as a command carries it.
    pub fn contingent_id(&self, c: usize) -> crate::sim::command::Id {
        let s = &*self.scenario;
        match s.graph.names.contingents.get(c) {
            Some(id) => id.clone(),
            None => s.contingents[c].id.as_str().into(),
        }
    }

    /// Index of the track with this id.
    pub fn track_index(&self, id: &str) -> Option<usize> {
        self.scenario.tracks.iter().position(|t| t.id == id)
    }

    /// Index of a track the rules move themselves: found once by validation (a scenario never
    /// validated is searched by the track's id).
    pub fn required_track(&self, t: crate::sim::turn::track::Required) -> Option<usize> {
        match self.scenario.graph.required_tracks {
            Some(found) => Some(found[t as usize]).filter(|&i| i < self.tracks.len()),
            None => self.track_index(t.id()),
        }
    }

    /// The value of a track the rules move themselves (0 if the scenario has none).
    pub fn required(&self, t: crate::sim::turn::track::Required) -> f64 {
        self.required_track(t).map_or(0.0, |i| self.tracks[i])
    }

    /// The value of a track by id (0 if there is no such track).
    pub fn track(&self, id: &str) -> f64 {
        self.track_index(id).map_or(0.0, |i| self.tracks[i])
    }

    /// Who holds a province now.
    pub fn holder(&self, province: usize) -> Holder {
        let c = self.provinces[province].control;
        let t = self.scenario.rules.control.held_threshold;
        if c >= t {
            Holder::Empire
        } else if c <= -t {
            Holder::Republic
        } else {
            Holder::Contested
        }
    }

    /// Provinces held by each holder: (republic, contested, empire).
    pub fn holder_counts(&self) -> (u32, u32, u32) {
        let mut counts = (0, 0, 0);
        for p in 0..self.provinces.len() {
            match self.holder(p) {
                Holder::Republic => counts.0 += 1,
                Holder::Contested => counts.1 += 1,
                Holder::Empire => counts.2 += 1,
            }
        }
        counts
    }

    /// Provinces a side holds.
    pub fn provinces_held(&self, side: Side) -> u32 {
        let (r, _, e) = self.holder_counts();
        match side {
            Side::Republic => r,
            Side::Empire => e,
        }
    }

    /// The army with this id.
    pub fn army(&self, id: u32) -> Option<&Army> {
        self.armies
            .binary_search_by_key(&id, |a| a.id)
            .ok()
            .map(|i| &self.armies[i])
    }

    /// Position of the army with this id in `armies`.
    pub fn army_pos(&self, id: u32) -> Option<usize> {
        self.armies.binary_search_by_key(&id, |a| a.id).ok()
    }

    /// Men a side has under arms in armies (not counting guerrillas).
    pub fn troops(&self, side: Side) -> u32 {
        self.armies
            .iter()
            .filter(|a| a.side == side)
            .map(Army::strength)
            .sum()
    }

    /// Men of one contingent on the map.
    pub fn contingent_strength(&self, contingent: usize) -> u32 {
        self.armies
            .iter()
            .flat_map(|a| a.troops())
            .filter(|d| d.contingent == contingent)
            .map(Detachment::strength)
            .sum()
    }

    /// Whether two provinces share a land border.
    pub fn adjacent(&self, a: usize, b: usize) -> bool {
        self.scenario
            .graph
            .land
            .get(a)
            .is_some_and(|l| l.contains(&b))
    }

    /// Provinces an army of `side` in `from` can reach this month, with whether the move is by
    /// sea: land neighbours in index order, then (for a side with a navy) sea neighbours.
    pub fn neighbours(&self, side: Side, from: usize) -> impl Iterator<Item = (usize, bool)> + '_ {
        let g = &self.scenario.graph;
        let land = g.land.get(from).map_or(&[][..], Vec::as_slice);
        let sea = if self.scenario.navy.contains(&side) {
            g.sea.get(from).map_or(&[][..], Vec::as_slice)
        } else {
            &[][..]
        };
        land.iter()
            .map(|&p| (p, false))
            .chain(sea.iter().map(|&p| (p, true)))
    }

    /// [`GameState::neighbours`] as a list.
    pub fn reachable(&self, side: Side, from: usize) -> Vec<(usize, bool)> {
        self.neighbours(side, from).collect()
    }

    /// Whether an army of `side` in `from` can move to `to` this month.
    pub fn can_reach(&self, side: Side, from: usize, to: usize) -> bool {
        self.neighbours(side, from).any(|(p, _)| p == to)
    }

    /// Men of each side in each province, indexed `[province][side]`: one pass over the armies
    /// for phases that would otherwise ask province by province.
    pub fn presence(&self) -> Vec<[u32; 2]> {
        let mut men = vec![[0; 2]; self.provinces.len()];
        for a in &self.armies {
            men[a.location][a.side.index()] += a.strength();
        }
        men
    }

    /// Men of a side standing in a province.
    pub fn strength_in(&self, side: Side, province: usize) -> u32 {
        self.armies
            .iter()
            .filter(|a| a.side == side && a.location == province)
            .map(Army::strength)
            .sum()
    }

    /// Whether any man of a side stands in a province: `strength_in(side, province) > 0`,
    /// stopping at the first.
    pub fn has_men_in(&self, side: Side, province: usize) -> bool {
        self.armies
            .iter()
            .any(|a| a.side == side && a.location == province && a.strength() > 0)
    }

    /// The current value of a numeric parameter or literal.
    pub fn num(&self, n: &Num) -> f64 {
        match n {
            Num::Lit(v) => *v,
            Num::Param(ParamOnly::Param(p)) => match &self.params[p.idx()] {
                ParamValue::Number(v) => *v,
                ParamValue::Bool(b) => f64::from(u8::from(*b)),
                ParamValue::Month(_) => 0.0,
            },
        }
    }

    /// The current value of a month literal or parameter.
    pub fn month_of(&self, m: &MonthRef) -> Month {
        match m {
            MonthRef::Lit(m) => *m,
            MonthRef::Param(ParamOnly::Param(p)) => match &self.params[p.idx()] {
                ParamValue::Month(m) => *m,
                // Validation rejects non-month parameters here; never fire rather than panic.
                _ => Month::new(9999, 12),
            },
        }
    }

    /// Whether a parameter is true.
    pub fn param_true(&self, idx: usize) -> bool {
        matches!(self.params[idx], ParamValue::Bool(true))
    }

    /// The quality of one man of a contingent now, with his side's experience.
    pub fn quality(&self, contingent: usize) -> f64 {
        let c = &self.scenario.contingents[contingent];
        c.quality * (1.0 + self.experience[c.side.index()])
    }
}

/// Looks an id up in validation's index, or with `scan` in a scenario built by hand and never
/// validated (its index is empty).
fn find_id(
    index: &rustc_hash::FxHashMap<String, usize>,
    items: usize,
    id: &str,
    scan: impl FnOnce() -> Option<usize>,
) -> Option<usize> {
    if index.is_empty() && items > 0 {
        return scan();
    }
    index.get(id).copied()
}
