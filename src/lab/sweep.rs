//! `aguila sweep`: one lever over several values on the same seeds, reported as a table of the
//! key outcomes by value (the Republic's win share with its interval; the key dates' medians
//! and quartiles), a CSV and a chart.
use crate::lab::effect_charts::{LinePanel, sweep_svg};
use crate::lab::outputs::{csv_field, replayable_trials_csv, write_set};
use crate::lab::sensitivity::lever_name;
use crate::lab::{self, BatchArgs, DateLabel, KeyDate, Setup, Summary, Trial};
use crate::sim::Month;
use crate::sim::scenario::ParamValue;
use crate::text::Lang;
use clap::Args;
use std::path::PathBuf;
use std::process::ExitCode;

/// Options of `aguila sweep`.
#[derive(Debug, Args)]
pub struct SweepArgs {
    /// The scenario and its `--set` changes (in every setting).
    #[command(flatten)]
    pub input: lab::ScenarioArgs,
    /// The lever to sweep (a parameter's id).
    #[arg(long)]
    pub param: String,
    /// The values to play, separated by commas: --values 1863-01,1865-04,1867-01.
    #[arg(long, value_delimiter = ',', conflicts_with = "range")]
    pub values: Vec<String>,
    /// A range of values instead, both ends included: --range 60..140 (numbers or months).
    #[arg(long)]
    pub range: Option<String>,
    /// How many values to take evenly over --range (at least 2).
    #[arg(long, default_value_t = 5)]
    pub steps: usize,
    /// Write sweep.csv, trials.csv and sweep.svg (with sweep.png) into this folder.
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// Runs, seed, threads, policy, language.
    #[command(flatten)]
    pub batch: BatchArgs,
}

/// The key dates a sweep reports.
const DATES: [KeyDate; 4] = [
    KeyDate::CapitalFalls,
    KeyDate::WithdrawalAnnounced,
    KeyDate::FrenchGone,
    KeyDate::EmpireEnds,
];

/// Runs `aguila sweep`.
pub fn run(lang: Lang, args: &SweepArgs) -> ExitCode {
    lab::print_report(lang, sweep(lang, args))
}

/// The values a sweep plays, as written for `--set`, each checked against the lever's kind and
/// plausible range; an error names the option and what is wrong with it.
pub fn sweep_values(
    lang: Lang,
    base: &Setup,
    param: &str,
    values: &[String],
    range: Option<&str>,
    steps: usize,
) -> Result<Vec<String>, String> {
    // An unknown lever is named (with a suggestion) before anything else.
    let Some(index) = base.scenario.parameters.iter().position(|p| p.id == param) else {
        // The parameters' own check words it: the name is read before the value.
        return Err(base
            .with(&[(param.to_string(), String::new())])
            .err()
            .map_or_else(|| lang.tr("lab-error-sweep-nothing"), |m| lang.render(&m)));
    };
    let texts: Vec<String> = match range {
        Some(r) => range_values(lang, &base.scenario.parameters[index].default, r, steps)?,
        None => values
            .iter()
            .map(|v| v.trim().to_string())
            .filter(|v| !v.is_empty())
            .collect(),
    };
    if texts.is_empty() {
        return Err(lang.tr("lab-error-sweep-nothing"));
    }
    for v in &texts {
        base.with(&[(param.to_string(), v.clone())])
            .map_err(|m| lang.render(&m))?;
    }
    Ok(texts)
}

/// `LO..HI` split into `steps` values evenly, both ends included (months rounded to the
/// nearest month, repeats dropped).
fn range_values(
    lang: Lang,
    kind: &ParamValue,
    range: &str,
    steps: usize,
) -> Result<Vec<String>, String> {
    let bad = |key: &str| {
        Err(lang.tr_args(
            key,
            &[("range", range.to_string().into()), ("steps", steps.into())],
        ))
    };
    let Some((lo, hi)) = range.split_once("..") else {
        return bad("lab-error-range-syntax");
    };
    if steps < 2 {
        return bad("lab-error-range-steps");
    }
    let at = |i: usize| i as f64 / (steps - 1) as f64;
    let mut out: Vec<String> = Vec::new();
    match kind {
        ParamValue::Number(_) => {
            let (Ok(lo), Ok(hi)) = (lo.trim().parse::<f64>(), hi.trim().parse::<f64>()) else {
                return bad("lab-error-range-syntax");
            };
            if !(lo.is_finite() && hi.is_finite() && lo < hi) {
                return bad("lab-error-range-order");
            }
            for i in 0..steps {
                let v = lo + (hi - lo) * at(i);
                // Three decimals at most, so that the values read as written.
                out.push(ParamValue::Number((v * 1000.0).round() / 1000.0).to_string());
            }
        }
        ParamValue::Month(_) => {
            let (Ok(lo), Ok(hi)) = (lo.trim().parse::<Month>(), hi.trim().parse::<Month>()) else {
                return bad("lab-error-range-syntax");
            };
            if lo >= hi {
                return bad("lab-error-range-order");
            }
            let span = f64::from(hi.months_since(lo));
            for i in 0..steps {
                let m = lo.plus((span * at(i)).round() as i32).to_string();
                if !out.contains(&m) {
                    out.push(m);
                }
            }
        }
        ParamValue::Bool(_) => return bad("lab-error-range-bool"),
    }
    Ok(out)
}

fn sweep(lang: Lang, args: &SweepArgs) -> Result<String, String> {
    let b = &args.batch;
    if b.runs == 0 {
        return Err(lang.tr("lab-error-no-runs"));
    }
    lab::refuse_file_as_out(lang, args.out.as_deref())?;
    let base = args.input.setup(lang)?;
    let values = sweep_values(
        lang,
        &base,
        &args.param,
        &args.values,
        args.range.as_deref(),
        args.steps,
    )?;
    let setups = values
        .iter()
        .map(|v| base.with(&[(args.param.clone(), v.clone())]))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|m| lang.render(&m))?;
    let started = std::time::Instant::now();
    let results = lab::run_batch(lang, &setups, &b.plan())?;
    let elapsed = started.elapsed().as_secs_f64();
    let summaries: Vec<Summary> = setups
        .iter()
        .zip(&results)
        .map(|(s, t)| lab::summarise(s, t))
        .collect();
    let index = base
        .scenario
        .parameters
        .iter()
        .position(|p| p.id == args.param)
        .unwrap_or(0);
    let name = lever_name(lang, &base, index);
    let mut text = lang.tr_args(
        "lab-sweep-header",
        &[
            ("lever", name.clone().into()),
            ("label", base.label.clone().into()),
            ("hash", base.scenario_hash.clone().into()),
            ("values", values.len().into()),
            ("runs", (b.runs as f64).into()),
            ("first", b.seed.to_string().into()),
            ("last", b.seed.wrapping_add(b.runs - 1).to_string().into()),
            ("seconds", format!("{elapsed:.2}").into()),
        ],
    );
    text.push_str("\n\n");
    text.push_str(&table(lang, &values, &summaries));
    if let Some(dir) = &args.out {
        let dir = lab::prepare_out(lang, dir)?;
        let sets: Vec<(Vec<(String, String)>, &[Trial])> = setups
            .iter()
            .zip(&results)
            .map(|(s, t)| (s.overrides.clone(), t.as_slice()))
            .collect();
        let mut files = vec![
            (
                "sweep.csv".to_string(),
                sweep_csv(
                    &base.scenario_hash,
                    &args.param,
                    b.seed,
                    &values,
                    &setups,
                    &summaries,
                )
                .into_bytes(),
            ),
            (
                "trials.csv".to_string(),
                replayable_trials_csv(&base.scenario_hash, &sets).into_bytes(),
            ),
        ];
        files.extend(lab::trials::charts(
            lang,
            &[(
                "sweep.svg",
                chart(lang, &name, &base, b.runs, &values, &summaries),
            )],
        )?);
        write_set(lang, &dir, &files)?;
        text.push('\n');
        text.push_str(&lang.tr_args(
            "lab-sweep-wrote",
            &[("dir", dir.display().to_string().into())],
        ));
        text.push('\n');
    }
    Ok(text)
}

fn quartiles_text(lang: Lang, s: &Summary, d: KeyDate) -> String {
    s.dates
        .iter()
        .find(|x| x.date == d)
        .map(|x| {
            format!(
                "{} ({}–{})",
                lab::month_text(lang, x.quartiles.median),
                lab::month_text(lang, x.quartiles.p25),
                lab::month_text(lang, x.quartiles.p75)
            )
        })
        .unwrap_or_default()
}

/// The printed table: one row per value.
fn table(lang: Lang, values: &[String], summaries: &[Summary]) -> String {
    let mut header = vec![lang.tr("lab-sensitivity-value"), lang.tr("lab-sweep-wins")];
    header.extend(DATES.iter().map(|d| d.label(lang)));
    let mut rows = vec![header];
    for (v, s) in values.iter().zip(summaries) {
        let w = s.winners[0];
        let mut row = vec![
            v.clone(),
            format!(
                "{} [{} – {}]",
                lab::percent(lang, w.share),
                lab::percent(lang, w.low),
                lab::percent(lang, w.high)
            ),
        ];
        row.extend(DATES.iter().map(|&d| quartiles_text(lang, s, d)));
        rows.push(row);
    }
    let widths: Vec<usize> = (0..rows[0].len())
        .map(|k| rows.iter().map(|r| r[k].chars().count()).max().unwrap_or(0))
        .collect();
    let mut out = String::new();
    for r in &rows {
        out.push(' ');
        for (cell, w) in r.iter().zip(&widths) {
            out.push_str(&format!(" {cell:<w$}"));
        }
        out.truncate(out.trim_end().len());
        out.push('\n');
    }
    out.push_str(&lang.tr("lab-sweep-note"));
    out.push('\n');
    out
}

/// One row per value, with what replays it.
fn sweep_csv(
    hash: &str,
    param: &str,
    seed: u64,
    values: &[String],
    setups: &[Setup],
    summaries: &[Summary],
) -> String {
    let mut out = String::from(
        "scenario_hash,lever,value,parameters,first_seed,trials,republic_wins,republic_wins_low,republic_wins_high",
    );
    for d in DATES {
        let k = d.key();
        out.push_str(&format!(",{k}_p25,{k}_median,{k}_p75,{k}_happened"));
    }
    out.push('\n');
    for ((v, setup), s) in values.iter().zip(setups).zip(summaries) {
        let w = s.winners[0];
        out.push_str(&format!(
            "{hash},{param},{},{},{seed},{},{},{},{}",
            csv_field(v),
            csv_field(&lab::assignments(&setup.overrides)),
            s.runs,
            w.share,
            w.low,
            w.high
        ));
        for d in DATES {
            if let Some(x) = s.dates.iter().find(|x| x.date == d) {
                let m = |m: Option<Month>| m.map(|m| m.to_string()).unwrap_or_default();
                out.push_str(&format!(
                    ",{},{},{},{}",
                    m(x.quartiles.p25),
                    m(x.quartiles.median),
                    m(x.quartiles.p75),
                    x.happened
                ));
            }
        }
        out.push('\n');
    }
    out
}

fn chart(
    lang: Lang,
    name: &str,
    base: &Setup,
    runs: u64,
    values: &[String],
    summaries: &[Summary],
) -> String {
    let start = base.scenario.start;
    let end_index = f64::from(base.scenario.end.months_since(start) + 1);
    let percent_ticks = (0..=4)
        .map(|i| (f64::from(i) * 25.0, format!("{} %", i * 25)))
        .collect();
    let mut panels = vec![LinePanel {
        title: lang.tr("lab-sweep-wins"),
        points: summaries
            .iter()
            .map(|s| {
                let w = s.winners[0];
                Some((w.low * 100.0, w.share * 100.0, w.high * 100.0))
            })
            .collect(),
        axis: (0.0, 100.0, percent_ticks),
    }];
    for d in DATES {
        let index = |m: Option<Month>| m.map(|m| f64::from(m.months_since(start)));
        let points: Vec<Option<(f64, f64, f64)>> = summaries
            .iter()
            .map(|s| {
                let q = s.dates.iter().find(|x| x.date == d)?.quartiles;
                // A quartile after the end is drawn at the end.
                Some((
                    index(q.p25).unwrap_or(end_index),
                    index(q.median)?,
                    index(q.p75).unwrap_or(end_index),
                ))
            })
            .collect();
        let present = points.iter().flatten();
        let lo = present.clone().map(|p| p.0).fold(f64::MAX, f64::min);
        let hi = present.map(|p| p.2).fold(f64::MIN, f64::max);
        let (lo, hi) = if lo <= hi {
            (lo - 2.0, hi + 2.0)
        } else {
            (0.0, end_index)
        };
        let ticks = (start.year()..=base.scenario.end.year() + 1)
            .map(|y| {
                (
                    f64::from(Month::new(y, 1).months_since(start)),
                    y.to_string(),
                )
            })
            .filter(|(v, _)| *v >= lo && *v <= hi)
            .collect();
        panels.push(LinePanel {
            title: d.label(lang),
            points,
            axis: (lo, hi, ticks),
        });
    }
    sweep_svg(
        &lang.tr_args("lab-sweep-title", &[("lever", name.to_string().into())]),
        &lang.tr_args(
            "lab-sweep-chart-note",
            &[
                ("runs", (runs as f64).into()),
                ("hash", base.scenario_hash.clone().into()),
            ],
        ),
        values,
        &panels,
    )
}
