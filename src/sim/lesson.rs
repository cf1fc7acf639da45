//! A war played under a teacher's pack: the pack's short hash, the student's prediction, and a
//! log of what happened month by month, kept in the game state (and so in its save) for the
//! debrief. A war without a pack keeps none of it, so the lab's trials pay nothing.
use crate::sim::date::Month;
use crate::sim::event::Event;
use crate::sim::message::Message;
use crate::sim::outcome::EndPlace;
use crate::sim::scenario::{Scenario, Side};
use crate::sim::state::GameState;
use crate::sim::turn::track::Required;
use serde::{Deserialize, Serialize};

/// What a war under a pack keeps for its debrief.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Lesson {
    /// The pack's short hash (8 hex digits), which the debrief checks against its pack.
    pub pack: String,
    /// The pack's title, as the teacher wrote it.
    pub title: String,
    /// The side(s) the student plays.
    pub sides: Vec<Side>,
    /// The last month of the lesson: the pack's turn limit.
    pub last_month: Month,
    /// What the student predicted before playing, if they did.
    #[serde(default)]
    pub prediction: Option<String>,
    /// The war's notable events, each with its month, in the order they happened.
    #[serde(default)]
    pub log: Vec<Logged>,
    /// Provinces held at the end of each month played: republic, contested, empire.
    #[serde(default)]
    pub held: Vec<[u32; 3]>,
}

/// One event of the log with the month it happened in.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Logged {
    /// The month.
    pub month: Month,
    /// What happened.
    pub event: Event,
}

impl Lesson {
    /// A lesson about to begin: nothing logged yet.
    pub fn new(pack: &str, title: &str, sides: Vec<Side>, last_month: Month) -> Lesson {
        Lesson {
            pack: pack.to_string(),
            title: title.to_string(),
            sides,
            last_month,
            prediction: None,
            log: Vec::new(),
            held: Vec::new(),
        }
    }

    /// Whether the lesson's time is up: the month about to be played is past its last.
    pub fn over(&self, month: Month) -> bool {
        month > self.last_month
    }

    /// Keeps the events that explain a war (battles, surrenders, provinces changing hands,
    /// scenario events and choices, leaders, France, the polity, the changes of the track
    /// `track` (France's will) and the end), leaving out the month's routine (marches,
    /// accounts, attrition, levies, the other tracks).
    pub fn record(&mut self, month: Month, events: &[Event], track: Option<usize>) {
        let kept = events.iter().filter(|e| match e {
            Event::TrackChanged { track: t, .. } => Some(*t) == track,
            _ => notable(e),
        });
        self.log.extend(kept.map(|e| Logged {
            month,
            event: e.clone(),
        }));
    }

    /// What is wrong with this record for a game of `scenario`, if anything: an index no
    /// scenario item has (a save is untrusted, and the debrief looks every index up).
    pub fn problem(&self, scenario: &Scenario) -> Option<Message> {
        let bad = |i: usize| Some(Message::new("save-problem-lesson").arg("entry", i.to_string()));
        if self.held.len() > 1000 || self.pack.len() > 64 {
            return bad(0);
        }
        let provinces = scenario.provinces.len();
        for (i, l) in self.log.iter().enumerate() {
            let ok = match &l.event {
                Event::Battle {
                    province,
                    retreat,
                    commanders,
                    ..
                } => {
                    *province < provinces
                        && retreat.is_none_or(|r| r < provinces)
                        && commanders
                            .iter()
                            .flatten()
                            .all(|&c| c < scenario.leaders.len())
                }
                Event::Surrendered { province, .. } | Event::ControlChanged { province, .. } => {
                    *province < provinces
                }
                Event::Dispersed { province, .. } => *province < provinces,
                Event::ArmyDestroyed { name, .. } => {
                    name.provinces().into_iter().all(|p| p < provinces)
                }
                Event::EventFired { event, .. } => *event < scenario.events.len(),
                Event::ChoiceMade { event, choice, .. } => scenario
                    .events
                    .get(*event)
                    .is_some_and(|e| *choice < e.choices.len()),
                Event::PowerJoined { power, .. } | Event::PowerLeft { power, .. } => {
                    *power < scenario.powers.len()
                }
                Event::Leader { leader, .. } => *leader < scenario.leaders.len(),
                Event::TrackChanged { track, .. } => *track < scenario.tracks.len(),
                Event::Reinforced {
                    contingent,
                    province,
                    ..
                } => *contingent < scenario.contingents.len() && *province < provinces,
                Event::Withdrawn { contingent, .. } => *contingent < scenario.contingents.len(),
                Event::GameOver { outcome } => match outcome.place {
                    Some(
                        EndPlace::LeaderTaken { leader, province }
                        | EndPlace::LeaderFell { leader, province },
                    ) => leader < scenario.leaders.len() && province < provinces,
                    Some(EndPlace::LastDefeat { province }) => province < provinces,
                    None => true,
                },
                Event::PolityChanged { .. } | Event::FranceChanged { .. } => true,
                _ => false,
            };
            if !ok {
                return bad(i);
            }
        }
        None
    }
}

/// Whether an event belongs in a lesson's log.
fn notable(e: &Event) -> bool {
    matches!(
        e,
        Event::Battle { .. }
            | Event::Surrendered { .. }
            | Event::ArmyDestroyed { .. }
            | Event::Dispersed { .. }
            | Event::ControlChanged { .. }
            | Event::EventFired { .. }
            | Event::ChoiceMade { .. }
            | Event::PowerJoined { .. }
            | Event::PowerLeft { .. }
            | Event::Leader { .. }
            | Event::PolityChanged { .. }
            | Event::FranceChanged { .. }
            | Event::Reinforced { .. }
            | Event::Withdrawn { .. }
            | Event::GameOver { .. }
    )
}

impl GameState {
    /// Logs a command's events in the lesson, if the war is played under a pack.
    pub(crate) fn log_lesson(&mut self, events: &[Event]) {
        if self.lesson.is_none() {
            return;
        }
        let month = self.month;
        let will = self.required_track(Required::FranceWill);
        if let Some(lesson) = &mut self.lesson {
            lesson.record(month, events, will);
        }
    }

    /// Logs the month just resolved (`month`) and what each side holds at its end.
    pub(crate) fn log_lesson_month(&mut self, month: Month, events: &[Event]) {
        if self.lesson.is_none() {
            return;
        }
        let (r, c, e) = self.holder_counts();
        let will = self.required_track(Required::FranceWill);
        if let Some(lesson) = &mut self.lesson {
            lesson.record(month, events, will);
            lesson.held.push([r, c, e]);
        }
    }
}
