//! `aguila calibrate`: the historical scenario played many times and held against the targets
//! of issue 3 ("Calibration against history"): for each, the history, the model's median and
//! quartiles, and whether the model falls inside the target's window. It is a report: the
//! exit code is 0 whatever the model does, and 1 only if the command itself fails.
use crate::lab::compare::{self, Measure};
use crate::lab::{self, BatchArgs, KeyDate, Setup, Summary, Trial, history, stats};
use crate::sim::Month;
use crate::text::Lang;
use clap::Args;
use serde::Serialize;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Options of `aguila calibrate`.
#[derive(Debug, Args)]
pub struct CalibrateArgs {
    /// The historical scenario; the counterfactual targets use the variant files of its
    /// `counterfactuals/` folder.
    #[arg(long, default_value = "scenarios/historical_1861.ron")]
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
    id: &str,
    history: (i32, u32),
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
        id: id.to_string(),
        name: d.label(lang),
        history: Month::new(history.0, history.1).to_string(),
        model,
        window: format!("{} … {}", window.0, window.1),
        inside,
    }
}

fn calibrate(lang: Lang, args: &CalibrateArgs) -> Result<Vec<Target>, String> {
    let b = &args.batch;
    if b.runs == 0 {
        return Err(lang.tr("lab-error-no-runs"));
    }
    let color = crate::cli::color();
    let base = Setup::load(lang, &args.scenario, &[], color)?;
    // The counterfactuals the historians argue about, played on the same seeds.
    let dir = args
        .scenario
        .parent()
        .unwrap_or_else(|| Path::new(""))
        .join("counterfactuals");
    let wanted = [
        ("us_civil_war_1867", Measure::EmpireEnds),
        ("no_austro_prussian_war", Measure::EmpireEnds),
        ("allies_stay", Measure::CapitalFalls),
    ];
    let mut setups = vec![base.clone()];
    let mut present = Vec::new();
    for (id, _) in wanted {
        let path = dir.join(format!("{id}.ron"));
        if !path.is_file() {
            present.push(None);
            continue;
        }
        let any = crate::sim::variant::load_any(&path)
            .map_err(|e| crate::text::diagnostics::load_error_report(lang, &e, color))?;
        let mut setup = Setup::load(lang, &args.scenario, &any.overrides, color)?;
        if let Some(v) = any.variant {
            setup.label = v.title;
        }
        present.push(Some(setups.len()));
        setups.push(setup);
    }
    let results = lab::run_batch(lang, &setups, b.runs, b.seed, b.until, b.policy, b.jobs)?;
    let trials: &[Trial] = &results[0];
    let s = lab::summarise(&base, trials);
    let mut out = vec![
        date_target(
            lang,
            &s,
            KeyDate::CapitalFalls,
            "capital_falls",
            history::CAPITAL_FELL,
            (Month::new(1863, 1), Month::new(1863, 12)),
        ),
        date_target(
            lang,
            &s,
            KeyDate::WithdrawalAnnounced,
            "withdrawal_announced",
            history::WITHDRAWAL_ANNOUNCED,
            (Month::new(1865, 7), Month::new(1866, 12)),
        ),
        date_target(
            lang,
            &s,
            KeyDate::FrenchGone,
            "french_gone",
            history::FRENCH_GONE,
            (Month::new(1866, 10), Month::new(1867, 6)),
        ),
        date_target(
            lang,
            &s,
            KeyDate::EmpireEnds,
            "empire_ends",
            history::EMPIRE_ENDED,
            (Month::new(1867, 1), Month::new(1868, 6)),
        ),
    ];
    let w = s.winners[0];
    out.push(Target {
        id: "republic_wins".into(),
        name: lang.tr("lab-calibrate-republic-wins"),
        history: lang.tr("lab-calibrate-history-republic"),
        model: format!(
            "{} [{} – {}]",
            lab::percent(lang, w.share),
            lab::percent(lang, w.low),
            lab::percent(lang, w.high)
        ),
        window: "≥ 70 %".into(),
        inside: Some(w.share >= 0.7),
    });
    for year in 1863..=1866 {
        let month = Month::new(year, 12);
        let hist = history::empire_curve()
            .iter()
            .find(|(m, _)| *m == month)
            .map_or(0, |&(_, n)| n);
        let q = s
            .provinces
            .iter()
            .find(|m| m.month == month)
            .map(|m| m.held[2]);
        let low = hist.saturating_sub(4);
        let high = hist + 4;
        out.push(Target {
            id: format!("empire_provinces_{year}"),
            name: lang.tr_args(
                "lab-calibrate-provinces",
                &[("year", year.to_string().into())],
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
        });
    }
    for ((id, measure), idx) in wanted.iter().zip(&present) {
        let name = lang.tr(match *id {
            "us_civil_war_1867" => "lab-calibrate-us",
            "no_austro_prussian_war" => "lab-calibrate-europe",
            _ => "lab-calibrate-allies",
        });
        let (model, inside) = match idx {
            Some(i) => {
                let c = compare::compare(lang, &base, trials, &setups[*i], &results[*i]);
                let d = c
                    .differences
                    .iter()
                    .find(|(m, _)| m == measure)
                    .map(|(_, d)| *d)
                    .unwrap_or(stats::paired_diff(&[], &[]));
                (
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
                lang.tr_args(
                    "lab-calibrate-no-variant",
                    &[(
                        "file",
                        dir.join(format!("{id}.ron")).display().to_string().into(),
                    )],
                ),
                None,
            ),
        };
        out.push(Target {
            id: format!("variant_{id}"),
            name,
            history: lang.tr("lab-calibrate-history-later"),
            model,
            window: "> 0".into(),
            inside,
        });
    }
    Ok(out)
}
