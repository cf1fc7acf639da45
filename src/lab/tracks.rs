//! The off-map tracks month by month in every trial: France's will and how much each of its
//! terms has taken from it so far, US pressure, the European crisis and the Republic's
//! legitimacy; their median and quartile band by month over the trials, and tracks.csv.
use crate::lab::outputs::csv_field;
use crate::lab::stats::Quartiles;
use crate::lab::{Summary, Trial};
use crate::sim::turn::track::Required;
use crate::sim::{GameState, Month};
use crate::text::Lang;
use serde::ser::{Serialize, SerializeMap, Serializer};

/// The terms of France's will, in the order the rules give them each month
/// (`france_will_causes` in `aguila run --json`).
pub const WILL_CAUSES: [&str; 8] = [
    "spending",
    "casualties",
    "time",
    "us_pressure",
    "european_crisis",
    "home_opinion",
    "clerical_policy",
    "battles",
];

/// The four tracks the rules move themselves, in the record's order.
pub const TRACKS: [Required; 4] = [
    Required::FranceWill,
    Required::UsPressure,
    Required::EuropeanCrisis,
    Required::RepublicLegitimacy,
];

/// Values recorded each month: the four tracks, then what each term of France's will has
/// added to it since the start (negative: what it took).
pub const SERIES: usize = TRACKS.len() + WILL_CAUSES.len();

/// The machine names of the series, as tracks.csv and summary.json write them.
pub const KEYS: [&str; SERIES] = [
    "france_will",
    "us_pressure",
    "european_crisis",
    "republic_legitimacy",
    "will_spending",
    "will_casualties",
    "will_time",
    "will_us_pressure",
    "will_european_crisis",
    "will_home_opinion",
    "will_clerical_policy",
    "will_battles",
];

/// One month of a trial's record, in [`KEYS`] order. Single precision: the tracks run from 0
/// to a few hundred, and a batch keeps one row per month of every trial.
pub type MonthTracks = [f32; SERIES];

/// The record of the month just played: the tracks at its end, and the terms of France's will
/// added to their totals until the month before (`previous`).
pub fn record(state: &GameState, previous: Option<&MonthTracks>) -> MonthTracks {
    let mut row = previous.copied().unwrap_or([0.0; SERIES]);
    for (i, &t) in TRACKS.iter().enumerate() {
        row[i] = state.required(t) as f32;
    }
    for (i, c) in state.france.will_causes.iter().enumerate() {
        // The rules give the terms in WILL_CAUSES order; a search only if that ever changes.
        let k = if WILL_CAUSES.get(i) == Some(&&*c.cause) {
            i
        } else if let Some(k) = WILL_CAUSES.iter().position(|w| *w == c.cause) {
            k
        } else {
            continue;
        };
        row[TRACKS.len() + k] += c.amount as f32;
    }
    row
}

/// The tracks' quartiles over the trials in one month.
#[derive(Debug, Clone)]
pub struct MonthTrackQuartiles {
    /// The month.
    pub month: Month,
    /// Each series, in [`KEYS`] order.
    pub values: [Quartiles<f64>; SERIES],
}

impl Serialize for MonthTrackQuartiles {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(SERIES + 1))?;
        map.serialize_entry("month", &self.month)?;
        for (key, q) in KEYS.iter().zip(&self.values) {
            map.serialize_entry(key, q)?;
        }
        map.end()
    }
}

/// The quartiles of every series by month; months after a trial ended count with its last
/// month's values, as the provinces held do.
pub fn summarise(start: Month, trials: &[Trial]) -> Vec<MonthTrackQuartiles> {
    let months = trials.iter().map(|t| t.tracks.len()).max().unwrap_or(0);
    let mut column: Vec<f64> = Vec::with_capacity(trials.len());
    (0..months)
        .map(|i| {
            let values = std::array::from_fn(|s| {
                column.clear();
                column.extend(
                    trials
                        .iter()
                        .filter_map(|t| t.tracks.get(i).or(t.tracks.last()))
                        .map(|row| f64::from(row[s])),
                );
                sorted_quartiles(&mut column)
            });
            MonthTrackQuartiles {
                month: start.plus(i as i32),
                values,
            }
        })
        .collect()
}

/// Quartiles (type 7, as [`crate::lab::stats::quantile`]) of values sorted once in place.
fn sorted_quartiles(v: &mut [f64]) -> Quartiles<f64> {
    v.sort_by(f64::total_cmp);
    let at = |q: f64| {
        if v.is_empty() {
            return 0.0;
        }
        let h = (v.len() - 1) as f64 * q;
        let (lo, hi) = (h.floor() as usize, h.ceil() as usize);
        v[lo] + (h - lo as f64) * (v[hi] - v[lo])
    };
    Quartiles {
        p25: at(0.25),
        median: at(0.5),
        p75: at(0.75),
    }
}

/// A series' name for people, in the reader's language: the track, or the term of France's
/// will ("France's will: cost of the war").
pub fn series_name(lang: Lang, s: usize) -> String {
    match s {
        0 => lang.tr("track-france-will"),
        1 => lang.tr("track-us-pressure"),
        2 => lang.tr("track-european-crisis"),
        3 => lang.tr("track-legitimacy"),
        _ => cause_name(lang, WILL_CAUSES[s - TRACKS.len()]),
    }
}

/// A term of France's will for people.
pub fn cause_name(lang: Lang, cause: &str) -> String {
    lang.tr(match cause {
        "spending" => "cause-spending",
        "casualties" => "cause-casualties",
        "time" => "cause-time",
        "us_pressure" => "cause-us-pressure",
        "european_crisis" => "cause-european-crisis",
        "home_opinion" => "cause-home-opinion",
        "clerical_policy" => "cause-clerical-policy",
        _ => "cause-battles",
    })
}

/// The tracks by month as CSV: one row per variant, month and series with its quartiles, each
/// row naming what replays it (the scenario's hash, the parameters changed, the first seed and
/// the number of trials; trial i used seed first_seed + i − 1).
pub fn tracks_csv(summaries: &[&Summary]) -> String {
    let mut out = String::from(
        "scenario_hash,parameters,first_seed,trials,variant,month,series,p25,median,p75\n",
    );
    for s in summaries {
        let replay = crate::lab::replay_fields(s);
        for m in &s.tracks {
            for (key, q) in KEYS.iter().zip(&m.values) {
                out.push_str(&format!(
                    "{replay},{},{},{key},{},{},{}\n",
                    csv_field(&s.label),
                    m.month,
                    round(q.p25),
                    round(q.median),
                    round(q.p75)
                ));
            }
        }
    }
    out
}

/// A value with no more digits than the record holds (single precision).
fn round(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

/// The declared range (min, max) of each of the four tracks in a scenario, in [`TRACKS`]
/// order; 0 to 100 for one it does not declare.
pub fn ranges(scenario: &crate::sim::Scenario) -> [(f64, f64); 4] {
    TRACKS.map(|t| {
        scenario
            .tracks
            .iter()
            .find(|d| d.id == t.id())
            .map_or((0.0, 100.0), |d| (d.min, d.max))
    })
}

/// The chart of the tracks for some summaries of trials of a scenario, as SVG.
pub fn svg(lang: Lang, summaries: &[&Summary], scenario: &crate::sim::Scenario) -> String {
    crate::lab::track_charts::tracks_svg(
        lang,
        summaries,
        scenario.start,
        scenario.end,
        ranges(scenario),
    )
}
