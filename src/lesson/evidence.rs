//! What a student's war shows, read from its save: the key dates, the provinces held month by
//! month, France's will and what drained it, each date against the history and against the
//! computer's wars, and the events of that war that led to each divergence.
use crate::lab::{KeyDate, Trial};
use crate::sim::event::Event;
use crate::sim::lesson::Logged;
use crate::sim::scenario::{FranceStatus, Polity};
use crate::sim::state::{GameState, Holder};
use crate::sim::turn::track::Required;
use crate::sim::{Month, Side};
use std::collections::BTreeMap;

/// One student's war, measured.
#[derive(Debug, Clone)]
pub struct War {
    /// The save it was read from, as given.
    pub file: String,
    /// The final state (for names, the log and the parameters).
    pub state: GameState,
    /// The key dates, in [`KeyDate::ALL`] order; `None`: not by the end of the lesson.
    pub dates: [Option<Month>; 6],
    /// Provinces held at the end of each month played: republic, contested, empire.
    pub held: Vec<[u32; 3]>,
    /// The last month played (`None`: not one month was played).
    pub last_played: Option<Month>,
}

impl War {
    /// Measures a war from its final state; the lesson record must be there.
    pub fn of(file: &str, state: GameState) -> War {
        let mut dates: [Option<Month>; 6] = [None; 6];
        let capital = state.scenario.national_capital.idx();
        let log = state.lesson.as_ref().map_or(&[][..], |l| l.log.as_slice());
        for Logged { month, event } in log {
            let date = match event {
                Event::PolityChanged { polity } => match polity {
                    Polity::Regency => Some(KeyDate::Regency),
                    Polity::Empire => Some(KeyDate::Empire),
                    Polity::Fallen => Some(KeyDate::EmpireEnds),
                    Polity::Intervention => None,
                },
                Event::FranceChanged { status, .. } => match status {
                    FranceStatus::Withdrawing => Some(KeyDate::WithdrawalAnnounced),
                    FranceStatus::Gone => Some(KeyDate::FrenchGone),
                    FranceStatus::Committed => None,
                },
                Event::GameOver { outcome } if outcome.winner == Some(Side::Republic) => {
                    Some(KeyDate::EmpireEnds)
                }
                Event::ControlChanged {
                    province,
                    to: Holder::Empire,
                    ..
                } if *province == capital => Some(KeyDate::CapitalFalls),
                _ => None,
            };
            if let Some(d) = date
                && dates[d.index()].is_none()
            {
                dates[d.index()] = Some(*month);
            }
        }
        let held = state
            .lesson
            .as_ref()
            .map_or_else(Vec::new, |l| l.held.clone());
        let last_played =
            (!held.is_empty()).then(|| state.scenario.start.plus(held.len() as i32 - 1));
        War {
            file: file.to_string(),
            state,
            dates,
            held,
            last_played,
        }
    }

    /// A key date.
    pub fn date(&self, d: KeyDate) -> Option<Month> {
        self.dates[d.index()]
    }

    /// Provinces held at the end of `month`, if it was played.
    pub fn held_at(&self, month: Month) -> Option<[u32; 3]> {
        let i = month.months_since(self.state.scenario.start);
        usize::try_from(i)
            .ok()
            .and_then(|i| self.held.get(i).copied())
    }

    /// The log of the war.
    pub fn log(&self) -> &[Logged] {
        self.state
            .lesson
            .as_ref()
            .map_or(&[][..], |l| l.log.as_slice())
    }

    /// France's will at the start and now, and how much each cause took from it (or gave)
    /// over the whole war, largest drain first.
    pub fn france_will(&self) -> Option<(f64, f64, Vec<(String, f64)>)> {
        let track = self.state.required_track(Required::FranceWill)?;
        let mut by_cause: BTreeMap<String, f64> = BTreeMap::new();
        for l in self.log() {
            if let Event::TrackChanged {
                track: t, causes, ..
            } = &l.event
                && *t == track
            {
                for c in causes {
                    *by_cause.entry(c.cause.to_string()).or_default() += c.amount;
                }
            }
        }
        let mut causes: Vec<(String, f64)> = by_cause.into_iter().collect();
        causes.sort_by(|a, b| a.1.total_cmp(&b.1));
        Some((
            self.state.france.start_will,
            self.state.tracks[track],
            causes,
        ))
    }

    /// The events of this war that led to key date `d` (at `around`: the month it came, or
    /// when history had it if it never came): at most `most`, the latest last.
    pub fn causes_of(&self, d: KeyDate, around: Month, most: usize) -> Vec<&Logged> {
        let capital = self.state.scenario.national_capital.idx();
        let window =
            |l: &Logged, months: i32| l.month <= around && around.months_since(l.month) < months;
        let picked: Vec<&Logged> = match d {
            KeyDate::CapitalFalls => self
                .log()
                .iter()
                .filter(|l| l.month <= around)
                .filter(|l| match &l.event {
                    Event::Battle { province, .. } | Event::Surrendered { province, .. } => {
                        *province == capital
                    }
                    Event::ControlChanged { province, .. } => *province == capital,
                    _ => false,
                })
                .collect(),
            KeyDate::Regency | KeyDate::Empire => self
                .log()
                .iter()
                .filter(|l| window(l, 4))
                .filter(|l| {
                    matches!(
                        l.event,
                        Event::EventFired { .. }
                            | Event::ChoiceMade { .. }
                            | Event::PolityChanged { .. }
                    ) || matches!(&l.event, Event::ControlChanged { province, .. } if *province == capital)
                })
                .collect(),
            KeyDate::WithdrawalAnnounced | KeyDate::FrenchGone => self
                .log()
                .iter()
                .filter(|l| window(l, 6))
                .filter(|l| {
                    matches!(
                        l.event,
                        Event::EventFired { .. }
                            | Event::ChoiceMade { .. }
                            | Event::FranceChanged { .. }
                            | Event::PowerLeft { .. }
                            | Event::Withdrawn { .. }
                    )
                })
                .collect(),
            KeyDate::EmpireEnds => self
                .log()
                .iter()
                .filter(|l| window(l, 3))
                .filter(|l| {
                    matches!(
                        l.event,
                        Event::Battle { .. }
                            | Event::Surrendered { .. }
                            | Event::Leader { .. }
                            | Event::PolityChanged { .. }
                            | Event::GameOver { .. }
                    )
                })
                .collect(),
        };
        let skip = picked.len().saturating_sub(most);
        picked.into_iter().skip(skip).collect()
    }
}

/// Where a value falls among the computer's wars: the shares of them in which a key date came
/// earlier, the same month, and later (a date that never came counts as after every month).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Standing {
    /// Share (0–1) of the wars in which it came earlier than in this war.
    pub earlier: f64,
    /// Share in which it came the same month (or never, in both).
    pub same: f64,
    /// Share in which it came later (or never, when it came in this war).
    pub later: f64,
}

/// Where `mine` falls among the computer's wars for key date `d`.
pub fn standing(d: KeyDate, mine: Option<Month>, trials: &[Trial]) -> Standing {
    let key =
        |m: Option<Month>| m.map_or(i64::MAX, |m| i64::from(m.months_since(Month::new(1, 1))));
    let me = key(mine);
    let n = trials.len().max(1) as f64;
    let count =
        |f: &dyn Fn(i64) -> bool| trials.iter().filter(|t| f(key(t.date(d)))).count() as f64 / n;
    Standing {
        earlier: count(&|x| x < me),
        same: count(&|x| x == me),
        later: count(&|x| x > me),
    }
}

/// The median month of a key date among the computer's wars, and the share in which it came.
pub fn ai_median(d: KeyDate, trials: &[Trial], start: Month) -> (Option<Month>, f64) {
    let values: Vec<Option<i32>> = trials
        .iter()
        .map(|t| t.date(d).map(|m| m.months_since(start)))
        .collect();
    let q = crate::lab::stats::censored_quartiles(&values);
    let came = values.iter().filter(|v| v.is_some()).count() as f64 / trials.len().max(1) as f64;
    (q.median.map(|i| start.plus(i)), came)
}

/// The median of the computer's wars' provinces held at the end of month index `i`.
pub fn ai_held_median(trials: &[Trial], i: usize) -> [f64; 3] {
    let col = |k: usize| {
        let v: Vec<f64> = trials
            .iter()
            .filter_map(|t| t.held.get(i).or(t.held.last()))
            .map(|h| f64::from(h[k]))
            .collect();
        crate::lab::stats::quartiles(&v).map_or(0.0, |q| q.median)
    };
    [col(0), col(1), col(2)]
}
