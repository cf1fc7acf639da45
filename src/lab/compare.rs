//! `aguila compare`: counterfactuals played on the same seeds as a baseline (paired trials),
//! their differences with confidence intervals, and a paragraph a teacher can read aloud.
use crate::lab::paragraph::{Comparand, Finding};
use crate::lab::stats::{self, PairedDiff};
use crate::lab::trials::trial_rows;
use crate::lab::{self, BatchArgs, KeyDate, Setup, Summary, Trial};
use crate::sim::{Side, load};
use crate::text::Lang;
use clap::Args;
use serde::Serialize;
use std::path::PathBuf;
use std::process::ExitCode;

/// Options of `aguila compare`.
#[derive(Debug, Args)]
pub struct CompareArgs {
    /// Scenario or variant (a file or an id; the built-in historical war by default); give it
    /// twice or more to compare them (the first is the baseline).
    #[arg(long, default_value = crate::scenarios::DEFAULT_ID)]
    pub scenario: Vec<PathBuf>,
    /// A variant of the scenario: "name=value name=value" (repeatable); each is compared with
    /// the scenario as it is.
    #[arg(long)]
    pub variant: Vec<String>,
    /// Override a parameter in every run: --set name=value (repeatable).
    #[arg(long = "set", value_parser = crate::cli::parse_set)]
    pub set: Vec<(String, String)>,
    /// Write trials.csv, provinces.csv, tracks.csv, summary.json and the charts (provinces and
    /// tracks, as SVG and PNG) into this folder.
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// Runs, seed, threads, policy, language.
    #[command(flatten)]
    pub batch: BatchArgs,
}

/// The measures compared between paired trials (the same outcomes a lever's stated direction
/// names in the scenario).
pub use crate::sim::scenario::Measure;

impl Measure {
    /// Every measure, in table order.
    pub const ALL: [Measure; 5] = [
        Measure::EmpireEnds,
        Measure::RepublicWins,
        Measure::WithdrawalAnnounced,
        Measure::FrenchGone,
        Measure::CapitalFalls,
    ];

    /// Name for people, with its unit.
    pub fn label(self, lang: Lang) -> String {
        lang.tr(match self {
            Measure::EmpireEnds => "lab-measure-empire-ends",
            Measure::RepublicWins => "lab-measure-republic-wins",
            Measure::WithdrawalAnnounced => "lab-measure-withdrawal",
            Measure::FrenchGone => "lab-measure-french-gone",
            Measure::CapitalFalls => "lab-measure-capital-falls",
        })
    }

    /// The value of the measure in one trial; months count from `start`.
    pub fn value(self, t: &Trial, start: crate::sim::Month) -> f64 {
        let months = |d: KeyDate| months_until(t, d, start);
        match self {
            Measure::EmpireEnds => months(KeyDate::EmpireEnds),
            Measure::RepublicWins => f64::from(u8::from(t.winner == Some(Side::Republic))),
            Measure::WithdrawalAnnounced => months(KeyDate::WithdrawalAnnounced),
            Measure::FrenchGone => months(KeyDate::FrenchGone),
            Measure::CapitalFalls => months(KeyDate::CapitalFalls),
        }
    }
}

/// A difference as shown to people: in months, or for a share in percentage points.
pub fn shown(m: Measure, d: PairedDiff) -> PairedDiff {
    if m != Measure::RepublicWins {
        return d;
    }
    PairedDiff {
        mean: d.mean * 100.0,
        low: d.low * 100.0,
        high: d.high * 100.0,
        median: d.median * 100.0,
        ..d
    }
}

/// The paired differences of a comparison as table rows: mean, 95 % interval and median of
/// each measure.
pub fn differences_table(lang: Lang, c: &Comparison) -> String {
    let mut text = String::new();
    let lw = Measure::ALL
        .iter()
        .map(|m| m.label(lang).chars().count())
        .max()
        .unwrap_or(0);
    text.push_str(&format!(
        "  {:<lw$} {:>9} {:>22} {:>9}\n",
        "",
        lang.tr("lab-col-mean"),
        lang.tr("lab-col-ci"),
        lang.tr("lab-col-median")
    ));
    for (m, d) in &c.differences {
        let d = shown(*m, *d);
        text.push_str(&format!(
            "  {:<lw$} {:>9} {:>22} {:>9}\n",
            m.label(lang),
            signed(lang, d.mean),
            format!("[{} … {}]", signed(lang, d.low), signed(lang, d.high)),
            signed(lang, d.median)
        ));
    }
    text
}

/// Months from `start` until a key date of a trial; a date that did not come counts at the
/// month after the trial's last.
pub fn months_until(t: &Trial, d: KeyDate, start: crate::sim::Month) -> f64 {
    f64::from(
        t.date(d)
            .unwrap_or_else(|| t.last_month.plus(1))
            .months_since(start),
    )
}

/// The paired difference of a measure, `b − a`, between trials played on the same seeds.
pub fn paired_effect(m: Measure, start: crate::sim::Month, a: &[Trial], b: &[Trial]) -> PairedDiff {
    let values = |ts: &[Trial]| -> Vec<f64> { ts.iter().map(|t| m.value(t, start)).collect() };
    stats::paired_diff(&values(a), &values(b))
}

/// One variant against the baseline.
#[derive(Debug, Clone, Serialize)]
pub struct Comparison {
    /// The variant.
    pub variant: String,
    /// The baseline.
    pub baseline: String,
    /// Paired differences (variant − baseline), by measure.
    pub differences: Vec<(Measure, PairedDiff)>,
    /// The paragraph for people.
    pub paragraph: String,
}

/// Compares paired trials of a variant with the baseline's (same seeds, same order).
pub fn compare(
    lang: Lang,
    base: &Setup,
    base_trials: &[Trial],
    variant: &Setup,
    variant_trials: &[Trial],
) -> Comparison {
    let start = base.scenario.start;
    let differences: Vec<(Measure, PairedDiff)> = Measure::ALL
        .iter()
        .map(|&m| (m, paired_effect(m, start, base_trials, variant_trials)))
        .collect();
    let paragraph = paragraph(
        lang,
        base,
        base_trials,
        variant,
        variant_trials,
        &differences,
    );
    Comparison {
        variant: variant.label.clone(),
        baseline: base.label.clone(),
        differences,
        paragraph,
    }
}

/// The paragraph of a comparison: the findings, each with the baseline's spread to rank it.
fn paragraph(
    lang: Lang,
    base: &Setup,
    base_trials: &[Trial],
    variant: &Setup,
    variant_trials: &[Trial],
    d: &[(Measure, PairedDiff)],
) -> String {
    let start = base.scenario.start;
    let findings: Vec<Finding> = d
        .iter()
        .map(|&(measure, diff)| {
            let values: Vec<f64> = base_trials
                .iter()
                .map(|t| measure.value(t, start))
                .collect();
            Finding {
                measure,
                diff,
                spread: stats::standard_deviation(&values),
            }
        })
        .collect();
    let wins = |ts: &[Trial]| {
        let n = ts
            .iter()
            .filter(|t| t.winner == Some(Side::Republic))
            .count();
        stats::share(n, ts.len()).share
    };
    let about = Comparand {
        runs: base_trials.len(),
        variant: &variant.label,
        baseline: &base.label,
        wins: (wins(base_trials), wins(variant_trials)),
    };
    crate::lab::paragraph::paragraph(lang, &about, &findings)
}

/// A number with its sign, for differences: +3, −1.5, 0.
pub fn signed(lang: Lang, x: f64) -> String {
    let text = lang.number(x.abs());
    if x > 0.0 && text != "0" {
        format!("+{text}")
    } else if x < 0.0 && text != "0" {
        format!("−{text}")
    } else {
        text
    }
}

/// What summary.json holds for `compare`.
#[derive(Debug, Serialize)]
struct CompareReport<'a> {
    scenario: &'a str,
    policy: lab::Policy,
    seed: u64,
    until: Option<crate::sim::Month>,
    summaries: Vec<&'a Summary>,
    comparisons: &'a [Comparison],
    trials: Vec<(&'a str, Vec<lab::trials::TrialRow<'a>>)>,
}

/// The setups to compare: the baseline first.
pub fn setups(lang: Lang, args: &CompareArgs) -> Result<Vec<Setup>, String> {
    let color = crate::cli::color();
    let mut out = Vec::new();
    if !args.variant.is_empty() {
        if args.scenario.len() != 1 {
            return Err(lang.tr("lab-error-compare-both"));
        }
        out.push(Setup::load(lang, &args.scenario[0], &args.set, color)?);
        for v in &args.variant {
            let mut set = args.set.clone();
            let changes = v
                .split_whitespace()
                .map(load::parse_assignment)
                .collect::<Result<Vec<_>, _>>()
                .map_err(|m| lang.render(&m))?;
            if changes.is_empty() {
                return Err(lang.tr("lab-error-empty-variant"));
            }
            set.extend(changes.iter().cloned());
            let mut setup = Setup::load(lang, &args.scenario[0], &set, color)?;
            setup.label = lab::changes_label(lang, &setup.scenario, &changes);
            out.push(setup);
        }
    } else {
        if args.scenario.len() < 2 {
            return Err(lang.tr("lab-error-compare-nothing"));
        }
        for path in &args.scenario {
            out.push(Setup::load(lang, path, &args.set, color)?);
        }
        let first = out[0].scenario.provinces.len();
        if out.iter().any(|s| s.scenario.provinces.len() != first) {
            return Err(lang.tr("lab-error-compare-maps"));
        }
    }
    Ok(out)
}

/// Runs `aguila compare`.
pub fn run(lang: Lang, args: &CompareArgs) -> ExitCode {
    lab::print_report(lang, run_compare(lang, args))
}

fn run_compare(lang: Lang, args: &CompareArgs) -> Result<String, String> {
    let b = &args.batch;
    lab::refuse_file_as_out(lang, args.out.as_deref())?;
    let setups = setups(lang, args)?;
    let out_dir = lab::check_batch(lang, &b.plan(), setups.len(), args.out.as_deref())?;
    let started = std::time::Instant::now();
    let results = lab::run_batch(lang, &setups, &b.plan())?;
    let elapsed = started.elapsed().as_secs_f64();
    let summaries: Vec<Summary> = setups
        .iter()
        .zip(&results)
        .map(|(s, t)| lab::summarise(s, t))
        .collect();
    let comparisons: Vec<Comparison> = (1..setups.len())
        .map(|i| compare(lang, &setups[0], &results[0], &setups[i], &results[i]))
        .collect();

    let mut text = lang.tr_args(
        "lab-compare-header",
        &[
            ("variants", setups.len().into()),
            ("runs", (b.runs as f64).into()),
            ("first", b.seed.to_string().into()),
            ("seconds", format!("{elapsed:.2}").into()),
        ],
    );
    text.push_str("\n\n");
    for (i, s) in summaries.iter().enumerate() {
        let key = if i == 0 {
            "lab-compare-baseline"
        } else {
            "lab-compare-variant"
        };
        text.push_str(&lang.tr_args(key, &[("label", s.label.clone().into())]));
        text.push('\n');
        text.push_str(&lab::winners_table(lang, s));
        text.push_str(&lab::dates_table(lang, s));
        text.push('\n');
    }
    for c in &comparisons {
        text.push_str(&lang.tr_args(
            "lab-compare-differences",
            &[
                ("variant", c.variant.clone().into()),
                ("baseline", c.baseline.clone().into()),
            ],
        ));
        text.push('\n');
        text.push_str(&differences_table(lang, c));
        text.push_str(&lang.tr("lab-compare-note"));
        text.push_str("\n\n");
        text.push_str(&c.paragraph);
        text.push_str("\n\n");
    }

    if let Some(dir) = out_dir {
        let sets: Vec<(&Summary, &[Trial])> = summaries
            .iter()
            .zip(&results)
            .map(|(s, t)| (s, t.as_slice()))
            .collect();
        let report = CompareReport {
            scenario: &setups[0].scenario.id,
            policy: b.policy,
            seed: b.seed,
            until: b.until,
            summaries: summaries.iter().collect(),
            comparisons: &comparisons,
            trials: summaries
                .iter()
                .zip(&results)
                .map(|(s, t)| (s.label.as_str(), trial_rows(t)))
                .collect(),
        };
        let json = serde_json::to_string_pretty(&report).map_err(|e| e.to_string())?;
        let refs: Vec<&Summary> = summaries.iter().collect();
        lab::trials::write_outputs(
            lang,
            &dir,
            &lab::trials_csv(&sets),
            &json,
            &refs,
            &setups[0],
        )?;
        text.push_str(&lang.tr_args("lab-wrote", &[("dir", dir.display().to_string().into())]));
        text.push('\n');
    }
    Ok(text)
}
