//! How a war ended, as facts the text layer words: who won, by which rule, when, where the
//! end came, and what each side held then.
use crate::sim::date::Month;
use crate::sim::event::{Event, LeaderFate};
use crate::sim::scenario::{LeaderStatus, Side};
use crate::sim::state::{GameState, Holder};
use serde::{Deserialize, Serialize};

/// How the game ended.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Outcome {
    /// The winner, or `None` for an undecided end.
    pub winner: Option<Side>,
    /// The victory rule or judgement that ended it (`end_of_scenario` when none did).
    pub rule: String,
    /// Its text, in English (the scenario's translations word it in other languages).
    pub text: String,
    /// The month.
    pub month: Month,
    /// What kind of rule ended it.
    #[serde(default)]
    pub ending: Ending,
    /// Where the end came, when a battle or a siege brought it.
    #[serde(default)]
    pub place: Option<EndPlace>,
    /// What each side held when it ended.
    #[serde(default)]
    pub held: Holdings,
}

/// What kind of rule ended the war.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Ending {
    /// One of the scenario's `victory` rules, checked every month.
    #[default]
    Rule,
    /// One of the scenario's `judgement` rules, at the last month, by what each side held.
    Judgement,
    /// The last month came and neither a rule nor a judgement gave the war to a side.
    Undecided,
}

/// Where the war's end came.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum EndPlace {
    /// The loser's head of state (the emperor, or the Republic's head) was taken prisoner in a
    /// battle or a siege in this province.
    LeaderTaken {
        /// Leader index.
        leader: usize,
        /// Province index.
        province: usize,
    },
    /// The loser's head of state fell in a battle in this province.
    LeaderFell {
        /// Leader index.
        leader: usize,
        /// Province index.
        province: usize,
    },
    /// The loser's last defeat of the final month (a battle lost or a garrison surrendered)
    /// was in this province.
    LastDefeat {
        /// Province index.
        province: usize,
    },
}

/// What each side held: the national capital, the provinces and the people in them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct Holdings {
    /// The side holding the national capital; `None` while it is contested.
    pub capital: Option<Side>,
    /// Provinces each side holds, indexed by [`Side::index`].
    pub provinces: [u32; 2],
    /// Provinces neither holds.
    pub contested: u32,
    /// Provinces on the map.
    pub total: u32,
    /// Share (0–1) of the population living in the provinces each side holds, indexed by
    /// [`Side::index`].
    pub population: [f64; 2],
}

impl Holdings {
    /// What each side holds now.
    pub fn of(state: &GameState) -> Holdings {
        let mut held = Holdings {
            capital: state.holder(state.scenario.national_capital.idx()).side(),
            total: state.provinces.len() as u32,
            ..Holdings::default()
        };
        let mut people = [0.0; 2];
        let mut everyone = 0.0;
        for (p, def) in state.scenario.provinces.iter().enumerate() {
            let n = f64::from(def.population);
            everyone += n;
            match state.holder(p) {
                Holder::Contested => held.contested += 1,
                h => {
                    let side = h.side().map_or(0, Side::index);
                    held.provinces[side] += 1;
                    people[side] += n;
                }
            }
        }
        if everyone > 0.0 {
            held.population = people.map(|n| n / everyone);
        }
        held
    }

    /// The share (0–1) of the provinces a side holds.
    pub fn province_share(&self, side: Side) -> f64 {
        if self.total == 0 {
            0.0
        } else {
            f64::from(self.provinces[side.index()]) / f64::from(self.total)
        }
    }
}

/// Where the loser's end came in this month's events (`month`, everything after the month's
/// `MonthBegan`): its head of state taken or fallen in a battle or siege, else its last
/// defeat.
pub fn end_place(state: &GameState, loser: Side, month: &[Event]) -> Option<EndPlace> {
    let head = match loser {
        Side::Empire => state.emperor,
        Side::Republic => Some(state.scenario.republic_head.idx()),
    };
    if let Some(leader) = head
        && state.leaders[leader].status != LeaderStatus::Active
    {
        let fate = month.iter().position(|e| {
            matches!(e, Event::Leader { leader: l, fate: LeaderFate::Captured | LeaderFate::Died, .. }
                if *l == leader)
        });
        // A battle or a siege tells its leaders' fates first, then itself; deaths outside
        // battle (age, an event) come in later phases, after the month's fighting.
        if let Some(i) = fate
            && let Some(province) = month[i..].iter().find_map(fight_place)
        {
            return Some(match month[i] {
                Event::Leader {
                    fate: LeaderFate::Captured,
                    ..
                } => EndPlace::LeaderTaken { leader, province },
                _ => EndPlace::LeaderFell { leader, province },
            });
        }
    }
    month
        .iter()
        .rev()
        .find_map(|e| match *e {
            Event::Battle {
                province, winner, ..
            } if winner != loser => Some(province),
            Event::Surrendered { province, side, .. } if side == loser => Some(province),
            _ => None,
        })
        .map(|province| EndPlace::LastDefeat { province })
}

/// The province of a battle or a surrender.
fn fight_place(e: &Event) -> Option<usize> {
    match *e {
        Event::Battle { province, .. } | Event::Surrendered { province, .. } => Some(province),
        _ => None,
    }
}
