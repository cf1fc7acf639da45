//! `aguila calibrate`: a scenario played many times and held against the calibration targets of
//! its `history` section (issue 3, "Calibration against history"): for each, the history, the
//! model's median and quartiles, and whether the model falls inside the target's window. A
//! scenario without targets gets a report that says so. It is a report: the
//! exit code is 0 whatever the model does, and 1 only if the command itself fails.
use crate::lab::compare;
use crate::lab::levers::{self, LeverStudy, Verdict};
use crate::lab::outputs::machine_key;
use crate::lab::sensitivity;
use crate::lab::{
    self, BatchArgs, DateLabel, KeyDate, Setup, Summary, Trial, history, regions, stats,
};
use crate::sim::history::{History, TargetDef};
use crate::sim::{Month, Side};
use crate::text::Lang;
use clap::Args;
use serde::Serialize;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Options of `aguila calibrate`.
#[derive(Debug, Args)]
pub struct CalibrateArgs {
    /// The historical scenario (a file or a scenario's id; the built-in one by default); the
    /// counterfactual targets use the variant files of its `counterfactuals/` folder.
    #[arg(long, default_value = crate::scenarios::DEFAULT_ID)]
    pub scenario: PathBuf,
    /// Print the report as JSON.
    #[arg(long)]
    pub json: bool,
    /// Runs, seed, threads, policy, language.
    #[command(flatten)]
    pub batch: BatchArgs,
}

/// One calibration target and how the model does.
#[derive(Debug, Clone, Serialize)]
pub struct Target {
    /// Machine name.
    pub id: String,
    /// What it asks, for people.
    pub name: String,
    /// The historical value, for people.
    pub history: String,
    /// The model: median and quartiles (or the share or difference and its interval).
    pub model: String,
    /// The window, for people.
    pub window: String,
    /// Whether the model's value is inside the window; `None` if it could not be measured.
    pub inside: Option<bool>,
}

/// Runs `aguila calibrate`.
pub fn run(lang: Lang, args: &CalibrateArgs) -> ExitCode {
    match calibrate(lang, args) {
        Ok(targets) => {
            if args.json {
                match serde_json::to_string_pretty(&targets) {
                    Ok(s) => println!("{s}"),
                    Err(e) => {
                        eprintln!(
                            "{}",
                            lang.tr_args("lab-error", &[("message", e.to_string().into())])
                        );
                        return ExitCode::from(1);
                    }
                }
            } else if targets.is_empty() {
                println!(
                    "{}",
                    lang.tr_args(
                        "lab-calibrate-none",
                        &[("file", args.scenario.display().to_string().into())]
                    )
                );
            } else {
                print!("{}", table(lang, &targets, args.batch.runs));
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{}", lang.tr_args("lab-error", &[("message", e.into())]));
            ExitCode::from(1)
        }
    }
}

fn yes_no(lang: Lang, b: Option<bool>) -> String {
    lang.tr(match b {
        Some(true) => "lab-calibrate-inside",
        Some(false) => "lab-calibrate-outside",
        None => "lab-calibrate-unmeasured",
    })
}

/// The report as a table.
pub fn table(lang: Lang, targets: &[Target], runs: u64) -> String {
    let mut out = lang.tr_args("lab-calibrate-header", &[("runs", (runs as f64).into())]);
    out.push_str("\n\n");
    for t in targets {
        out.push_str(&format!("{:<10} {}\n", yes_no(lang, t.inside), t.name));
        out.push_str(&format!(
            "           {}: {}  ·  {}: {}  ·  {}: {}\n",
            lang.tr("lab-calibrate-history"),
            t.history,
            lang.tr("lab-calibrate-model"),
            t.model,
            lang.tr("lab-calibrate-window"),
            t.window
        ));
    }
    let inside = targets.iter().filter(|t| t.inside == Some(true)).count();
    out.push('\n');
    out.push_str(&lang.tr_args(
        "lab-calibrate-footer",
        &[("inside", inside.into()), ("targets", targets.len().into())],
    ));
    out.push('\n');
    out
}

fn date_target(
    lang: Lang,
    s: &Summary,
    d: KeyDate,
    history: Option<Month>,
    window: (Month, Month),
) -> Target {
    let q = s.dates.iter().find(|x| x.date == d).map(|x| x.quartiles);
    let (model, inside) = match q {
        Some(q) => (
            lang.tr_args(
                "lab-calibrate-quartiles",
                &[
                    ("median", lab::month_text(lang, q.median).into()),
                    ("p25", lab::month_text(lang, q.p25).into()),
                    ("p75", lab::month_text(lang, q.p75).into()),
                ],
            ),
            Some(q.median.is_some_and(|m| m >= window.0 && m <= window.1)),
        ),
        None => (lang.tr("lab-never"), None),
    };
    Target {
        id: d.key().to_string(),
        name: d.label(lang),
        history: history.map_or_else(|| lang.tr("lab-calibrate-history-none"), |m| m.to_string()),
        model,
        window: format!("{} … {}", window.0, window.1),
        inside,
    }
}

fn wins_target(lang: Lang, s: &Summary, side: Side, at_least: f64, record: &History) -> Target {
    let w = s.winners[side.index()];
    let history = match &record.winner {
        Some(won) if won.side == side => lang.tr_args(
            "lab-calibrate-history-won",
            &[("year", won.month.year().to_string().into())],
        ),
        Some(_) => lang.tr("lab-calibrate-history-lost"),
        None => lang.tr("lab-calibrate-history-none"),
    };
    Target {
        id: format!("{}_wins", side.key()),
        name: lang.tr_args("lab-calibrate-wins", &[("side", side.key().into())]),
        history,
        model: format!(
            "{} [{} – {}]",
            lab::percent(lang, w.share),
            lab::percent(lang, w.low),
            lab::percent(lang, w.high)
        ),
        window: format!("≥ {}", lab::percent(lang, at_least)),
        inside: Some(w.share >= at_least),
    }
}

fn provinces_target(
    lang: Lang,
    s: &Summary,
    side: Side,
    month: Month,
    tolerance: u32,
    record: &History,
) -> Target {
    let hist = history::held(record, side, month).unwrap_or(0);
    let q = s
        .provinces
        .iter()
        .find(|m| m.month == month)
        .map(|m| m.held[if side == Side::Empire { 2 } else { 0 }]);
    let low = hist.saturating_sub(tolerance);
    let high = hist + tolerance;
    // A year's end is named by its year, as the history tables name their snapshots.
    let when = if month.month() == 12 {
        month.year().to_string()
    } else {
        month.to_string()
    };
    Target {
        id: format!("{}_provinces_{when}", side.key()),
        name: lang.tr_args(
            "lab-calibrate-provinces",
            &[("side", side.key().into()), ("year", when.into())],
        ),
        history: hist.to_string(),
        model: q.map_or_else(
            || lang.tr("lab-calibrate-unmeasured"),
            |q| {
                lang.tr_args(
                    "lab-calibrate-quartiles",
                    &[
                        ("median", lang.number(q.median).into()),
                        ("p25", lang.number(q.p25).into()),
                        ("p75", lang.number(q.p75).into()),
                    ],
                )
            },
        ),
        window: format!("{low} … {high}"),
        inside: q.map(|q| q.median >= f64::from(low) && q.median <= f64::from(high)),
    }
}

/// A counterfactual target: the variant's paired difference in the month of `date`.
fn later_target(
    lang: Lang,
    base: (&Setup, &[Trial]),
    variant: Option<(&Setup, &[Trial])>,
    id: &str,
    date: KeyDate,
    file: &Path,
) -> Target {
    let start = base.0.scenario.start;
    let months = |trials: &[Trial]| -> Vec<f64> {
        trials
            .iter()
            .map(|t| compare::months_until(t, date, start))
            .collect()
    };
    let (label, model, inside) = match variant {
        Some((setup, trials)) => {
            let d = stats::paired_diff(&months(base.1), &months(trials));
            (
                setup.label.clone(),
                lang.tr_args(
                    "lab-calibrate-difference",
                    &[
                        ("mean", compare::signed(lang, d.mean).into()),
                        ("low", compare::signed(lang, d.low).into()),
                        ("high", compare::signed(lang, d.high).into()),
                    ],
                ),
                Some(d.mean > 0.0),
            )
        }
        None => (
            id.to_string(),
            lang.tr_args(
                "lab-calibrate-no-variant",
                &[("file", file.display().to_string().into())],
            ),
            None,
        ),
    };
    Target {
        id: format!("variant_{id}"),
        name: lang.tr_args(
            "lab-calibrate-later",
            &[("variant", label.into()), ("date", date.key().into())],
        ),
        history: lang.tr("lab-calibrate-history-later"),
        model,
        window: "> 0".into(),
        inside,
    }
}

fn calibrate(lang: Lang, args: &CalibrateArgs) -> Result<Vec<Target>, String> {
    let b = &args.batch;
    if b.runs == 0 {
        return Err(lang.tr("lab-error-no-runs"));
    }
    let color = crate::cli::color();
    let scenario = crate::scenarios::resolve(&args.scenario);
    let base = Setup::load(lang, &scenario, &[], color)?;
    let record = base.scenario.history.clone();
    if record.targets.is_empty() && base.scenario.parameters.iter().all(|p| p.moves.is_none()) {
        return Ok(Vec::new());
    }
    // The counterfactuals of the targets, each once, played on the same seeds.
    let dir = scenario
        .parent()
        .unwrap_or_else(|| Path::new(""))
        .join("counterfactuals");
    let mut variants: Vec<&str> = Vec::new();
    for t in &record.targets {
        if let TargetDef::Later { variant, .. } = t
            && !variants.contains(&variant.as_str())
        {
            variants.push(variant);
        }
    }
    let mut setups = vec![base.clone()];
    let mut present = Vec::new();
    for id in &variants {
        let path = dir.join(format!("{id}.ron"));
        if !crate::sim::files::is_file(&path) {
            present.push(None);
            continue;
        }
        let any = crate::sim::variant::load_any(&path)
            .map_err(|e| crate::text::diagnostics::load_error_report(lang, &e, color))?;
        let mut setup = Setup::load(lang, &scenario, &any.overrides, color)?;
        if let Some(v) = any.variant {
            setup.label = lab::variant_title(lang, &path, &v);
        }
        present.push(Some(setups.len()));
        setups.push(setup);
    }
    let results = lab::run_batch(lang, &setups, &b.plan())?;
    let study = lab::with_progress_bar(lang, |control| {
        levers::play_levers(&base, &b.plan(), control)
    })?;
    let trials: &[Trial] = &results[0];
    let s = lab::summarise(&base, trials);
    let out = record
        .targets
        .iter()
        .map(|t| match t {
            TargetDef::Date { date, from, to, .. } => date_target(
                lang,
                &s,
                *date,
                history::month_of(&record, *date),
                (*from, *to),
            ),
            TargetDef::Wins { side, at_least, .. } => {
                wins_target(lang, &s, *side, *at_least, &record)
            }
            TargetDef::ProvincesHeld {
                side,
                month,
                tolerance,
                ..
            } => provinces_target(lang, &s, *side, *month, *tolerance, &record),
            TargetDef::RegionHeld {
                region,
                side,
                month,
                held,
                at_least,
                at_most,
                ..
            } => regions::region_target(
                lang,
                &base.scenario,
                trials,
                &regions::RegionTarget {
                    region,
                    side: *side,
                    month: *month,
                    held: *held,
                    at_least: *at_least,
                    at_most: *at_most,
                },
            ),
            TargetDef::Contested {
                province,
                from,
                to,
                at_least,
                ..
            } => regions::contested_target(
                lang,
                &base.scenario,
                trials,
                province,
                (*from, *to),
                *at_least,
            ),
            TargetDef::Later { variant, date, .. } => {
                let at = variants.iter().position(|v| v == variant);
                let played = at
                    .and_then(|i| present[i])
                    .map(|i| (&setups[i], results[i].as_slice()));
                later_target(
                    lang,
                    (&base, trials),
                    played,
                    variant,
                    *date,
                    &dir.join(format!("{variant}.ron")),
                )
            }
        })
        .chain(lever_targets(lang, &study))
        .collect();
    Ok(out)
}

/// A target for each lever: played at its low and its high value on the same seeds, it must
/// move its outcome clearly, the way the scenario states. A lever that states no direction is
/// listed as not measured.
pub fn lever_targets(lang: Lang, study: &LeverStudy) -> Vec<Target> {
    let base = &study.base;
    base.scenario
        .parameters
        .iter()
        .enumerate()
        .map(|(index, p)| {
            let name = sensitivity::lever_name(lang, base, index);
            let run = study.levers.iter().find(|l| l.index == index);
            let (Some(claim), Some(run)) = (&p.moves, run) else {
                return Target {
                    id: format!("lever_{}", p.id),
                    name: lang.tr_args("lab-calibrate-lever-unstated", &[("lever", name.into())]),
                    history: lang.tr("lab-calibrate-history-none"),
                    model: lang.tr("lab-calibrate-lever-unstated-model"),
                    window: lang.tr("lab-calibrate-lever-window"),
                    inside: None,
                };
            };
            let span = run.effect(study, claim.outcome).span;
            let verdict = levers::verdict(claim, &span);
            let k = if claim.outcome.is_date() { 1.0 } else { 100.0 };
            Target {
                id: format!("lever_{}", p.id),
                name: lang.tr_args(
                    "lab-calibrate-lever",
                    &[
                        ("lever", name.into()),
                        ("low", run.low.to_string().into()),
                        ("high", run.high.to_string().into()),
                        (
                            "claim",
                            lang.tr_args(
                                "lab-lever-outcome",
                                &[
                                    ("outcome", machine_key(&claim.outcome).into()),
                                    ("direction", machine_key(&claim.direction).into()),
                                ],
                            )
                            .into(),
                        ),
                    ],
                ),
                history: lang.tr_args(
                    "lab-calibrate-lever-stated",
                    &[("source", claim.source.clone().into())],
                ),
                model: lang.tr_args(
                    "lab-calibrate-lever-effect",
                    &[
                        ("verdict", machine_key(&verdict).into()),
                        ("mean", compare::signed(lang, span.mean * k).into()),
                        ("low", compare::signed(lang, span.low * k).into()),
                        ("high", compare::signed(lang, span.high * k).into()),
                        (
                            "unit",
                            if claim.outcome.is_date() {
                                "months"
                            } else {
                                "points"
                            }
                            .into(),
                        ),
                    ],
                ),
                window: lang.tr("lab-calibrate-lever-window"),
                inside: Some(verdict == Verdict::AsStated),
            }
        })
        .collect()
}
