//! `aguila sensitivity`: every lever of a scenario at its low and its high plausible value
//! against the scenario as it is, on the same seeds, reported as a table of paired effects
//! with 95 % intervals, a CSV and a tornado chart.
use crate::lab::batch::Control;
use crate::lab::compare::{Measure, signed};
use crate::lab::effect_charts::{TornadoBar, TornadoPanel, tornado_svg};
use crate::lab::levers::{self, LeverStudy};
use crate::lab::outputs::{csv_field, machine_key, write_set};
use crate::lab::stats::PairedDiff;
use crate::lab::{self, BatchArgs, Setup, Trial};
use crate::text::Lang;
use clap::Args;
use std::path::PathBuf;
use std::process::ExitCode;

/// Options of `aguila sensitivity`.
#[derive(Debug, Args)]
pub struct SensitivityArgs {
    /// The scenario and its `--set` changes (in every setting).
    #[command(flatten)]
    pub input: lab::ScenarioArgs,
    /// Write sensitivity.csv, trials.csv and tornado.svg (with tornado.png) into this folder.
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// Runs, seed, threads, policy, language.
    #[command(flatten)]
    pub batch: BatchArgs,
}

/// The outcomes the table and the tornado show (the CSV has every measure).
const SHOWN: [Measure; 3] = [
    Measure::EmpireEnds,
    Measure::WithdrawalAnnounced,
    Measure::RepublicWins,
];

/// Runs `aguila sensitivity`.
pub fn run(lang: Lang, args: &SensitivityArgs) -> ExitCode {
    lab::print_report(lang, sensitivity(lang, args))
}

/// The name of a lever for people, in the reader's language.
pub fn lever_name(lang: Lang, setup: &Setup, index: usize) -> String {
    lab::lever_name(lang, &setup.scenario, &setup.scenario.parameters[index])
}

/// A difference for people: months, or percentage points for a share.
pub fn effect_text(lang: Lang, m: Measure, d: &PairedDiff) -> String {
    let k = if m.is_date() { 1.0 } else { 100.0 };
    format!(
        "{} [{} … {}]",
        signed(lang, d.mean * k),
        signed(lang, d.low * k),
        signed(lang, d.high * k)
    )
}

fn sensitivity(lang: Lang, args: &SensitivityArgs) -> Result<String, String> {
    let b = &args.batch;
    if b.runs == 0 {
        return Err(lang.tr("lab-error-no-runs"));
    }
    lab::refuse_file_as_out(lang, args.out.as_deref())?;
    let base = args.input.setup(lang)?;
    let started = std::time::Instant::now();
    let study = lab::with_progress_bar(lang, |control: &Control| {
        levers::play_levers(&base, &b.plan(), control)
    })?;
    let elapsed = started.elapsed().as_secs_f64();
    let settings = 1 + study
        .levers
        .iter()
        .map(|l| {
            usize::from(l.low != base.params[l.index]) + usize::from(l.high != base.params[l.index])
        })
        .sum::<usize>();
    let mut text = lang.tr_args(
        "lab-sensitivity-header",
        &[
            ("label", base.label.clone().into()),
            ("hash", base.scenario_hash.clone().into()),
            ("settings", settings.into()),
            ("runs", (b.runs as f64).into()),
            ("first", b.seed.to_string().into()),
            ("last", b.seed.wrapping_add(b.runs - 1).to_string().into()),
            ("seconds", format!("{elapsed:.2}").into()),
        ],
    );
    text.push_str("\n\n");
    text.push_str(&table(lang, &study));
    if let Some(dir) = &args.out {
        let dir = lab::prepare_out(lang, dir)?;
        let mut files = vec![
            (
                "sensitivity.csv".to_string(),
                effects_csv(&study, b.seed).into_bytes(),
            ),
            ("trials.csv".to_string(), trials_csv(&study).into_bytes()),
        ];
        files.extend(lab::trials::charts(
            lang,
            &[("tornado.svg", tornado(lang, &study))],
        )?);
        write_set(lang, &dir, &files)?;
        text.push('\n');
        text.push_str(&lang.tr_args(
            "lab-sensitivity-wrote",
            &[("dir", dir.display().to_string().into())],
        ));
        text.push('\n');
    }
    Ok(text)
}

/// The printed table: each lever's two values, and the effect of each on the shown outcomes.
fn table(lang: Lang, study: &LeverStudy) -> String {
    let mut rows: Vec<[String; 5]> = vec![[
        lang.tr("lab-sensitivity-lever"),
        lang.tr("lab-sensitivity-value"),
        SHOWN[0].label(lang),
        SHOWN[1].label(lang),
        SHOWN[2].label(lang),
    ]];
    for lever in &study.levers {
        let effects: Vec<_> = SHOWN.iter().map(|&m| lever.effect(study, m)).collect();
        for (end, value) in [(0, &lever.low), (1, &lever.high)] {
            let cell = |k: usize| {
                let e = &effects[k];
                effect_text(lang, e.measure, if end == 0 { &e.low } else { &e.high })
            };
            rows.push([
                if end == 0 {
                    lever_name(lang, &study.base, lever.index)
                } else {
                    String::new()
                },
                // The scenario's own value gives no difference by construction: say so.
                if *value == study.base.params[lever.index] {
                    lang.tr_args(
                        "lab-sensitivity-as-is",
                        &[("value", value.to_string().into())],
                    )
                } else {
                    value.to_string()
                },
                cell(0),
                cell(1),
                cell(2),
            ]);
        }
    }
    let width = |k: usize| rows.iter().map(|r| r[k].chars().count()).max().unwrap_or(0);
    let w: Vec<usize> = (0..5).map(width).collect();
    let mut out = String::new();
    for r in &rows {
        out.push_str(&format!(
            "  {:<w0$}  {:<w1$}  {:>w2$}  {:>w3$}  {:>w4$}\n",
            r[0],
            r[1],
            r[2],
            r[3],
            r[4],
            w0 = w[0],
            w1 = w[1],
            w2 = w[2],
            w3 = w[3],
            w4 = w[4]
        ));
    }
    out.push_str(&lang.tr("lab-sensitivity-note"));
    out.push('\n');
    out
}

/// One row per lever, end and measure: the paired effect against the scenario as it is, with
/// what replays it (the scenario's hash, every parameter changed, the seeds).
fn effects_csv(study: &LeverStudy, seed: u64) -> String {
    let mut out = String::from(
        "scenario_hash,lever,end,value,parameters,first_seed,trials,measure,mean,low,high,median\n",
    );
    let base = &study.base;
    for lever in &study.levers {
        let p = lever.parameter(study);
        for m in Measure::ALL {
            let e = lever.effect(study, m);
            for (end, value, d) in [("low", &lever.low, e.low), ("high", &lever.high, e.high)] {
                let mut set = base.overrides.clone();
                set.push((p.id.clone(), value.to_string()));
                out.push_str(&format!(
                    "{},{},{end},{},{},{seed},{},{},{},{},{},{}\n",
                    base.scenario_hash,
                    p.id,
                    csv_field(&value.to_string()),
                    csv_field(&lab::assignments(&set)),
                    d.n,
                    machine_key(&m),
                    d.mean,
                    d.low,
                    d.high,
                    d.median
                ));
            }
        }
    }
    out
}

/// Every trial of every setting, each once: a value equal to the scenario's own was played as
/// the scenario itself.
fn trials_csv(study: &LeverStudy) -> String {
    let base = &study.base;
    let mut sets: Vec<(Vec<(String, String)>, &[Trial])> =
        vec![(base.overrides.clone(), &study.base_trials)];
    for lever in &study.levers {
        let p = lever.parameter(study);
        for (value, trials) in [
            (&lever.low, &lever.low_trials),
            (&lever.high, &lever.high_trials),
        ] {
            if *value != base.params[lever.index] {
                let mut set = base.overrides.clone();
                set.push((p.id.clone(), value.to_string()));
                sets.push((set, trials));
            }
        }
    }
    crate::lab::outputs::replayable_trials_csv(&base.scenario_hash, &sets)
}

fn tornado(lang: Lang, study: &LeverStudy) -> String {
    let mut panels: Vec<TornadoPanel> = SHOWN
        .iter()
        .map(|&m| TornadoPanel {
            title: m.label(lang),
            scale: if m.is_date() { 1.0 } else { 100.0 },
            bars: study
                .levers
                .iter()
                .map(|l| {
                    let e = l.effect(study, m);
                    TornadoBar {
                        label: lever_name(lang, &study.base, l.index),
                        values: (l.low.to_string(), l.high.to_string()),
                        low: e.low,
                        high: e.high,
                    }
                })
                .collect(),
        })
        .collect();
    let runs = study.base_trials.len();
    tornado_svg(
        &lang.tr_args(
            "lab-tornado-title",
            &[("label", study.base.label.clone().into())],
        ),
        &lang.tr_args(
            "lab-tornado-note",
            &[
                ("runs", (runs as f64).into()),
                ("hash", study.base.scenario_hash.clone().into()),
            ],
        ),
        (&lang.tr("lab-tornado-low"), &lang.tr("lab-tornado-high")),
        &mut panels,
    )
}
