//! The laboratory: many campaigns played by a policy for both sides, in parallel, summarised
//! as shares, key dates and provinces held, compared between counterfactuals and against the
//! history (`aguila trials`, `aguila compare`, `aguila calibrate`).
pub mod batch;
pub mod batch_options;
pub mod calibrate;
pub mod chart;
pub mod compare;
pub mod effect_charts;
pub mod endings;
pub mod history;
pub mod levers;
pub mod outputs;
pub mod paragraph;
pub mod raster;
pub mod regions;
pub mod sensitivity;
pub mod stats;
pub mod sweep;
pub mod track_charts;
pub mod tracks;
pub mod trials;

pub use batch_options::{
    BatchArgs, ScenarioArgs, check_batch, prepare_out, refuse_file_as_out, stop_words,
};

use crate::sim::ai::{Ai, Difficulty};
use crate::sim::baseline::Baseline;
use crate::sim::load;
use crate::sim::policy::play_month;
use crate::sim::scenario::{FranceStatus, ParamValue, Polity};
use crate::sim::{self, Event, GameState, Month, Scenario, Side};
use crate::text::Lang;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use outputs::csv_field;
use serde::Serialize;
use std::io::IsTerminal;
use std::path::Path;

/// Who gives the orders of both sides in a trial. Every policy plays by the same rules as a
/// player.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Policy {
    /// The AI at its easy level (`sim::ai`).
    Easy,
    /// The AI at its normal level.
    #[default]
    Normal,
    /// The AI at its hard level: it also coordinates attacks by several armies.
    Hard,
    /// The simple built-in policy (`sim::baseline`): a fixed yardstick for the tests.
    Baseline,
}

impl Policy {
    /// This policy ready to play a campaign, keeping what it knows from month to month.
    pub fn player(self) -> Box<dyn sim::Policy> {
        match self.difficulty() {
            Some(level) => Box::new(Ai::at(level)),
            None => Box::new(Baseline),
        }
    }

    /// The AI level this policy plays at, or `None` for the baseline.
    pub fn difficulty(self) -> Option<Difficulty> {
        match self {
            Policy::Easy => Some(Difficulty::Easy),
            Policy::Normal => Some(Difficulty::Normal),
            Policy::Hard => Some(Difficulty::Hard),
            Policy::Baseline => None,
        }
    }
}

/// The turning points of the war recorded in every trial: the key dates of the scenario
/// format's `history` section.
pub use crate::sim::history::KeyEvent as KeyDate;

/// Names of key dates for people.
pub trait DateLabel {
    /// Name for people, in the reader's language.
    fn label(self, lang: Lang) -> String;
}

impl DateLabel for KeyDate {
    fn label(self, lang: Lang) -> String {
        lang.tr(match self {
            KeyDate::CapitalFalls => "lab-date-capital-falls",
            KeyDate::Regency => "lab-date-regency",
            KeyDate::Empire => "lab-date-empire",
            KeyDate::WithdrawalAnnounced => "lab-date-withdrawal",
            KeyDate::FrenchGone => "lab-date-french-gone",
            KeyDate::EmpireEnds => "lab-date-empire-ends",
        })
    }
}

/// One campaign's result.
#[derive(Debug, Clone, Serialize)]
pub struct Trial {
    /// The seed; `aguila run --seed` with it replays this trial.
    pub seed: u64,
    /// The winner; `None` for an undecided war or one stopped by `--until`.
    pub winner: Option<Side>,
    /// The victory rule that ended it (`stopped` if `--until` stopped it first).
    pub rule: String,
    /// The last month played.
    pub last_month: Month,
    /// The key dates, in [`KeyDate::ALL`] order; `None` if it did not happen.
    pub dates: [Option<Month>; 6],
    /// Provinces held at the end of each month from the scenario's start: republic,
    /// contested, empire.
    pub held: Vec<[u32; 3]>,
    /// Who held each province (in map order) at the end of each month from the start: what
    /// the regional and contested calibration targets count.
    #[serde(skip)]
    pub holders: Vec<Vec<crate::sim::state::Holder>>,
    /// The off-map tracks at the end of each month from the start, and what each term of
    /// France's will has taken from it so far ([`tracks::KEYS`]).
    pub tracks: Vec<tracks::MonthTracks>,
    /// How it ended, with where and what each side held (`None` if `--until` stopped it).
    pub outcome: Option<crate::sim::state::Outcome>,
}

impl Trial {
    /// A key date.
    pub fn date(&self, d: KeyDate) -> Option<Month> {
        self.dates[d.index()]
    }

    /// Winner as a machine word: republic, empire or none.
    pub fn winner_key(&self) -> &'static str {
        match self.winner {
            Some(Side::Republic) => "republic",
            Some(Side::Empire) => "empire",
            None => "none",
        }
    }
}

/// A scenario ready for trials: the resolved scenario with its parameter values.
#[derive(Debug, Clone)]
pub struct Setup {
    /// What it is called in reports: the variant's title, the changes, or the file.
    pub label: String,
    /// The parameter changes from the defaults (variant file, then `--set`/`--variant`).
    pub overrides: Vec<(String, String)>,
    /// The scenario, shared by every trial.
    pub scenario: std::sync::Arc<Scenario>,
    /// Its parameter values.
    pub params: Vec<ParamValue>,
    /// The hash of the scenario file's bytes (a variant's base scenario; the variant's changes
    /// are in `overrides`), which every output row records so a result can be replayed.
    pub scenario_hash: String,
}

impl Setup {
    /// Loads a scenario or variant file and applies `extra` changes after the file's own.
    pub fn load(
        lang: Lang,
        path: &Path,
        extra: &[(String, String)],
        color: bool,
    ) -> Result<Setup, String> {
        // A scenario's id names the mod or built-in scenario of that id.
        let path = &crate::scenarios::resolve(path);
        let any = crate::sim::variant::load_any(path)
            .map_err(|e| crate::text::diagnostics::load_error_report(lang, &e, color))?;
        Setup::from_any(lang, path, any, extra)
    }

    /// A setup from a scenario or variant file already read from `path`, with `extra` changes
    /// after the file's own.
    pub fn from_any(
        lang: Lang,
        path: &Path,
        any: crate::sim::variant::AnyScenario,
        extra: &[(String, String)],
    ) -> Result<Setup, String> {
        let mut overrides = any.overrides.clone();
        overrides.extend(extra.iter().cloned());
        let params = load::parameter_values(&any.loaded.scenario, &overrides)
            .map_err(|m| lang.render(&m))?;
        crate::text::scenario::register_scenario_file(&any.scenario_path);
        let scenario = &any.loaded.scenario;
        // Named by title for people: the variant's, or the scenario's, and the changes.
        let label = match (&any.variant, extra.is_empty()) {
            (Some(v), true) => variant_title(lang, path, v),
            (Some(v), false) => format!(
                "{} + {}",
                variant_title(lang, path, v),
                changes_label(lang, scenario, extra)
            ),
            (None, true) => {
                crate::text::scenario::text(lang, &scenario.id, "scenario-title", &scenario.title)
            }
            (None, false) => changes_label(lang, scenario, extra),
        };
        let bytes = crate::sim::files::read_to_string(&any.scenario_path).unwrap_or_default();
        Ok(Setup {
            label,
            overrides,
            scenario: any.loaded.scenario.into(),
            params,
            scenario_hash: outputs::content_hash(bytes.as_bytes()),
        })
    }

    /// This setup with more parameter changes after its own, labelled by the changes; the
    /// scenario is shared, not read again.
    pub fn with(&self, extra: &[(String, String)]) -> Result<Setup, crate::sim::message::Message> {
        let mut overrides = self.overrides.clone();
        overrides.extend(extra.iter().cloned());
        let params = load::parameter_values(&self.scenario, &overrides)?;
        Ok(Setup {
            label: assignments(extra),
            overrides,
            scenario: self.scenario.clone(),
            params,
            scenario_hash: self.scenario_hash.clone(),
        })
    }
}

/// A variant's title in the reader's language: `variant-title` in
/// `i18n/<language>/<variant id>.ftl` beside the variant file, or the title it writes.
pub fn variant_title(lang: Lang, path: &Path, v: &crate::sim::variant::Variant) -> String {
    crate::text::scenario::register_scenario_file(path);
    crate::text::scenario::text(lang, &v.id, "variant-title", &v.title)
}

/// Parameter changes for people, each lever by its name in the reader's language:
/// `End of the US Civil War: 1867-01; Belgian Legion: false`.
pub fn changes_label(lang: Lang, scenario: &Scenario, set: &[(String, String)]) -> String {
    set.iter()
        .map(|(k, v)| {
            let name = scenario
                .parameters
                .iter()
                .find(|p| p.id == *k)
                .map_or_else(|| k.clone(), |p| lever_name(lang, scenario, p));
            format!("{name}: {v}")
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// A lever's name for people, in the reader's language.
pub fn lever_name(lang: Lang, scenario: &Scenario, p: &crate::sim::scenario::Parameter) -> String {
    crate::text::scenario::text(lang, &scenario.id, &format!("param-{}", p.id), &p.name)
}

/// `name=value name=value`.
pub fn assignments(set: &[(String, String)]) -> String {
    set.iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Plays one campaign to its end (or to the end of `until`) and records it.
pub fn run_trial(setup: &Setup, seed: u64, until: Option<Month>, policy: Policy) -> Trial {
    run_trial_by(setup, seed, until, policy.player())
}

/// [`run_trial`] with a player of its own for both sides, such as the AI at a level for each
/// side (the game's Lab lets a class set them apart).
pub fn run_trial_by(
    setup: &Setup,
    seed: u64,
    until: Option<Month>,
    mut player: Box<dyn sim::Policy>,
) -> Trial {
    let mut state = GameState::new(setup.scenario.clone(), setup.params.clone(), seed);
    let capital = setup.scenario.national_capital.idx();
    let mut dates: [Option<Month>; 6] = [None; 6];
    let mut held = Vec::new();
    let mut holders = Vec::new();
    let mut track_rows: Vec<tracks::MonthTracks> = Vec::new();
    let mut last_month = state.month;
    let mut set = |d: KeyDate, m: Month| {
        if dates[d.index()].is_none() {
            dates[d.index()] = Some(m);
        }
    };
    while state.outcome.is_none() {
        let month = state.month;
        if until.is_some_and(|u| month > u) {
            break;
        }
        for ev in play_month(&mut state, player.as_mut(), &Side::BOTH).1 {
            match ev {
                Event::PolityChanged { polity } => match polity {
                    Polity::Regency => set(KeyDate::Regency, month),
                    Polity::Empire => set(KeyDate::Empire, month),
                    Polity::Fallen => set(KeyDate::EmpireEnds, month),
                    Polity::Intervention => {}
                },
                Event::FranceChanged { status, .. } => match status {
                    FranceStatus::Withdrawing => set(KeyDate::WithdrawalAnnounced, month),
                    FranceStatus::Gone => set(KeyDate::FrenchGone, month),
                    FranceStatus::Committed => {}
                },
                Event::GameOver { outcome } if outcome.winner == Some(Side::Republic) => {
                    set(KeyDate::EmpireEnds, month)
                }
                _ => {}
            }
        }
        if state.holder(capital) == crate::sim::state::Holder::Empire {
            set(KeyDate::CapitalFalls, month);
        }
        let (r, c, e) = state.holder_counts();
        held.push([r, c, e]);
        holders.push(
            (0..state.provinces.len())
                .map(|p| state.holder(p))
                .collect(),
        );
        track_rows.push(tracks::record(&state, track_rows.last()));
        last_month = month;
    }
    let (winner, rule) = match &state.outcome {
        Some(o) => (o.winner, o.rule.clone()),
        None => (None, "stopped".to_string()),
    };
    Trial {
        seed,
        winner,
        rule,
        last_month,
        dates,
        held,
        holders,
        tracks: track_rows,
        outcome: state.outcome,
    }
}

/// Plays the plan's trials of every setup (seeds `seed`, `seed + 1`, …), with a progress bar
/// on stderr when it is a terminal. The result is in seed order.
pub fn run_batch(
    lang: Lang,
    setups: &[Setup],
    plan: &batch::Plan,
) -> Result<Vec<Vec<Trial>>, String> {
    with_progress_bar(lang, |control| batch::play_batch(setups, plan, control))
}

/// Runs a batch with a progress bar on stderr when it is a terminal.
pub fn with_progress_bar<T>(
    lang: Lang,
    work: impl FnOnce(&batch::Control) -> Result<T, batch::BatchStop>,
) -> Result<T, String> {
    let bar = if std::io::stderr().is_terminal() {
        ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr())
    } else {
        ProgressBar::hidden()
    };
    if let Ok(style) =
        ProgressStyle::with_template("{msg} [{elapsed_precise}] {wide_bar} {pos}/{len} ({eta})")
    {
        bar.set_style(style);
    }
    bar.set_message(lang.tr("lab-progress"));
    let never = std::sync::atomic::AtomicBool::new(false);
    let control = batch::Control {
        progress: &|done, total| {
            bar.set_length(total);
            bar.set_position(done);
        },
        cancel: &never,
    };
    let out = work(&control);
    bar.finish_and_clear();
    out.map_err(|stop| stop_words(lang, stop))
}

/// Writes a file atomically: a temporary file in the same folder, then renamed over the target.
pub fn write_atomic(lang: Lang, path: &Path, contents: &[u8]) -> Result<(), String> {
    use std::io::Write;
    let fail = |e: &std::io::Error| {
        lang.tr_args(
            "lab-error-write",
            &[
                ("path", path.display().to_string().into()),
                ("reason", crate::sim::message::io_reason(e).into()),
            ],
        )
    };
    let dir = path.parent().unwrap_or_else(|| Path::new("."));
    let mut tmp = crate::sim::load::temp_file_in(dir).map_err(|e| fail(&e))?;
    tmp.write_all(contents).map_err(|e| fail(&e))?;
    tmp.as_file().sync_all().map_err(|e| fail(&e))?;
    tmp.persist(path).map_err(|e| fail(&e.error))?;
    Ok(())
}

/// A month for people, or "—" when it did not happen.
pub fn month_text(lang: Lang, m: Option<Month>) -> String {
    m.map_or_else(|| lang.tr("lab-never"), |m| m.to_string())
}

/// Month index relative to a start.
pub fn month_index(m: Month, start: Month) -> i32 {
    m.months_since(start)
}

/// Summary statistics of one set of trials.
#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    /// What was played.
    pub label: String,
    /// The parameter changes.
    pub overrides: Vec<(String, String)>,
    /// The hash of the scenario file the trials were played on.
    pub scenario_hash: String,
    /// The seed of the first trial (trial i used seed `first_seed + i − 1`).
    pub first_seed: u64,
    /// Trials.
    pub runs: usize,
    /// Winner shares: republic, empire, none.
    pub winners: [stats::Share; 3],
    /// Each key date.
    pub dates: Vec<DateSummary>,
    /// Provinces held by month.
    pub provinces: Vec<MonthHeld>,
    /// The off-map tracks by month, and what drained France's will.
    pub tracks: Vec<tracks::MonthTrackQuartiles>,
}

/// A variant's name in snake case (`WithdrawalAnnounced` as `withdrawal_announced`), as the
/// lab's JSON writes key dates.
fn snake_case<S: serde::Serializer>(d: &KeyDate, s: S) -> Result<S::Ok, S::Error> {
    let mut out = String::new();
    for (i, c) in format!("{d:?}").chars().enumerate() {
        if c.is_uppercase() && i > 0 {
            out.push('_');
        }
        out.extend(c.to_lowercase());
    }
    s.serialize_str(&out)
}

/// The distribution of one key date over trials.
#[derive(Debug, Clone, Serialize)]
pub struct DateSummary {
    /// Which date.
    #[serde(serialize_with = "snake_case")]
    pub date: KeyDate,
    /// Trials in which it happened.
    pub happened: usize,
    /// Quartiles; `None` means "not by the end of the trial".
    pub quartiles: stats::Quartiles<Option<Month>>,
}

/// Provinces held in one month: quartiles for republic, contested, empire.
#[derive(Debug, Clone, Serialize)]
pub struct MonthHeld {
    /// The month.
    pub month: Month,
    /// Republic, contested, empire.
    pub held: [stats::Quartiles<f64>; 3],
}

/// Summarises trials. Months after a trial ended count with its last holdings.
pub fn summarise(setup: &Setup, trials: &[Trial]) -> Summary {
    let n = trials.len();
    let count = |w: Option<Side>| trials.iter().filter(|t| t.winner == w).count();
    let start = setup.scenario.start;
    let dates = KeyDate::ALL
        .iter()
        .map(|&d| {
            let values: Vec<Option<i32>> = trials
                .iter()
                .map(|t| t.date(d).map(|m| month_index(m, start)))
                .collect();
            let q = stats::censored_quartiles(&values);
            let back = |x: Option<i32>| x.map(|i| start.plus(i));
            DateSummary {
                date: d,
                happened: values.iter().filter(|v| v.is_some()).count(),
                quartiles: stats::Quartiles {
                    p25: back(q.p25),
                    median: back(q.median),
                    p75: back(q.p75),
                },
            }
        })
        .collect();
    let months = trials.iter().map(|t| t.held.len()).max().unwrap_or(0);
    let provinces = (0..months)
        .map(|i| {
            let col = |k: usize| -> stats::Quartiles<f64> {
                let v: Vec<f64> = trials
                    .iter()
                    .filter_map(|t| t.held.get(i).or(t.held.last()))
                    .map(|h| f64::from(h[k]))
                    .collect();
                stats::quartiles(&v).unwrap_or(stats::Quartiles {
                    p25: 0.0,
                    median: 0.0,
                    p75: 0.0,
                })
            };
            MonthHeld {
                month: start.plus(i as i32),
                held: [col(0), col(1), col(2)],
            }
        })
        .collect();
    Summary {
        label: setup.label.clone(),
        overrides: setup.overrides.clone(),
        scenario_hash: setup.scenario_hash.clone(),
        first_seed: trials.first().map_or(0, |t| t.seed),
        runs: n,
        winners: [
            stats::share(count(Some(Side::Republic)), n),
            stats::share(count(Some(Side::Empire)), n),
            stats::share(count(None), n),
        ],
        dates,
        provinces,
        tracks: tracks::summarise(start, trials),
    }
}

/// The fields that say how to replay a summary's trials, as CSV: the scenario's hash, the
/// parameters changed (`name=value` separated by spaces), the first seed and the trials.
pub fn replay_fields(s: &Summary) -> String {
    format!(
        "{},{},{},{}",
        s.scenario_hash,
        csv_field(&assignments(&s.overrides)),
        s.first_seed,
        s.runs
    )
}

/// The trials as CSV: one row per trial, each with what replays it: the scenario's hash, the
/// parameters changed, the variant's name, the trial's number and its seed (`aguila run --seed
/// S --set …` on the same file plays it again).
pub fn trials_csv(sets: &[(&Summary, &[Trial])]) -> String {
    let mut out = format!(
        "scenario_hash,parameters,variant,trial,{}\n",
        trial_csv_header()
    );
    for (summary, trials) in sets {
        let parameters = csv_field(&assignments(&summary.overrides));
        let variant = csv_field(&summary.label);
        for (i, t) in trials.iter().enumerate() {
            out.push_str(&format!(
                "{},{parameters},{variant},{},{}\n",
                summary.scenario_hash,
                i + 1,
                trial_csv_fields(t)
            ));
        }
    }
    out
}

/// The columns of one trial in CSV: seed, winner, rule, last month and each key date.
pub fn trial_csv_header() -> String {
    let mut out = String::from("seed,winner,rule,last_month");
    for d in KeyDate::ALL {
        out.push(',');
        out.push_str(d.key());
    }
    out
}

/// One trial's fields in CSV, in the order of [`trial_csv_header`].
pub fn trial_csv_fields(t: &Trial) -> String {
    let mut out = format!(
        "{},{},{},{}",
        t.seed,
        t.winner_key(),
        csv_field(&t.rule),
        t.last_month
    );
    for d in KeyDate::ALL {
        out.push(',');
        if let Some(m) = t.date(d) {
            out.push_str(&m.to_string());
        }
    }
    out
}

/// Provinces held by month as CSV: one row per variant, month and side with its quartiles,
/// each row naming what replays it (as [`replay_fields`]).
pub fn provinces_csv(summaries: &[&Summary]) -> String {
    let mut out = String::from(
        "scenario_hash,parameters,first_seed,trials,variant,month,side,p25,median,p75\n",
    );
    for s in summaries {
        let replay = replay_fields(s);
        let variant = csv_field(&s.label);
        for m in &s.provinces {
            for (k, side) in ["republic", "contested", "empire"].iter().enumerate() {
                let q = m.held[k];
                out.push_str(&format!(
                    "{replay},{variant},{},{side},{},{},{}\n",
                    m.month, q.p25, q.median, q.p75
                ));
            }
        }
    }
    out
}

/// A percentage for people: 71.3 %.
pub fn percent(lang: Lang, x: f64) -> String {
    format!("{} %", lang.number(x * 100.0))
}

/// The winner shares as table rows.
pub fn winners_table(lang: Lang, s: &Summary) -> String {
    let mut out = String::new();
    for (i, key) in [
        "lab-winner-republic",
        "lab-winner-empire",
        "lab-winner-none",
    ]
    .iter()
    .enumerate()
    {
        let w = s.winners[i];
        out.push_str(&format!(
            "  {:<28} {:>6}  {:>9}  [{} – {}]\n",
            lang.tr(key),
            w.count,
            percent(lang, w.share),
            percent(lang, w.low),
            percent(lang, w.high)
        ));
    }
    out
}

/// The key dates as table rows.
pub fn dates_table(lang: Lang, s: &Summary) -> String {
    let header = [
        lang.tr("lab-col-p25"),
        lang.tr("lab-col-median"),
        lang.tr("lab-col-p75"),
        lang.tr("lab-col-happened"),
    ];
    let rows: Vec<(String, [String; 4])> = s
        .dates
        .iter()
        .map(|d| {
            (
                d.date.label(lang),
                [
                    month_text(lang, d.quartiles.p25),
                    month_text(lang, d.quartiles.median),
                    month_text(lang, d.quartiles.p75),
                    format!("{}/{}", d.happened, s.runs),
                ],
            )
        })
        .collect();
    let label_w = rows
        .iter()
        .map(|(l, _)| l.chars().count())
        .max()
        .unwrap_or(0);
    let cell_w = rows
        .iter()
        .flat_map(|(_, c)| c.iter())
        .chain(header.iter())
        .map(|c| c.chars().count())
        .max()
        .unwrap_or(0);
    let line = |label: &str, cells: &[String; 4]| {
        let mut out = format!("  {label:<label_w$}");
        for c in cells {
            out.push_str(&format!(" {c:>cell_w$}"));
        }
        out.push('\n');
        out
    };
    let mut out = line("", &header);
    for (label, cells) in &rows {
        out.push_str(&line(label, cells));
    }
    out
}

/// Provinces held, one row per December (and the last month), as table rows.
pub fn provinces_table(lang: Lang, s: &Summary) -> String {
    let mut out = format!(
        "  {:<9} {:>22} {:>22} {:>22}\n",
        lang.tr("lab-col-month"),
        lang.tr("lab-col-republic"),
        lang.tr("lab-col-contested"),
        lang.tr("lab-col-empire")
    );
    let last = s.provinces.len().saturating_sub(1);
    for (i, m) in s.provinces.iter().enumerate() {
        if m.month.month() != 12 && i != last {
            continue;
        }
        let cell = |q: stats::Quartiles<f64>| {
            format!(
                "{} ({}–{})",
                lang.number(q.median),
                lang.number(q.p25),
                lang.number(q.p75)
            )
        };
        out.push_str(&format!(
            "  {:<9} {:>22} {:>22} {:>22}\n",
            m.month.to_string(),
            cell(m.held[0]),
            cell(m.held[1]),
            cell(m.held[2])
        ));
    }
    out
}

/// Prints a finished report, or the error that stopped it; the exit code says which.
pub fn print_report(lang: Lang, result: Result<String, String>) -> std::process::ExitCode {
    match result {
        Ok(report) => {
            print!("{report}");
            std::process::ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{}", lang.tr_args("lab-error", &[("message", e.into())]));
            std::process::ExitCode::from(1)
        }
    }
}
