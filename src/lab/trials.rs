//! `aguila trials`: many campaigns of one scenario in parallel, reported as winner shares,
//! key dates and provinces held, with CSV, JSON and an SVG chart on request.
use crate::lab::{self, BatchArgs, Setup, Summary, Trial};
use crate::text::Lang;
use clap::Args;
use serde::Serialize;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Options of `aguila trials`.
#[derive(Debug, Args)]
pub struct TrialsArgs {
    /// The scenario and its `--set` changes.
    #[command(flatten)]
    pub input: lab::ScenarioArgs,
    /// Write trials.csv, provinces.csv, tracks.csv, summary.json and the charts (provinces and
    /// tracks, as SVG and PNG) into this folder.
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// Runs, seed, threads, policy, language.
    #[command(flatten)]
    pub batch: BatchArgs,
}

/// The JSON written to summary.json.
#[derive(Debug, Serialize)]
pub struct TrialsReport<'a> {
    /// Scenario id.
    pub scenario: &'a str,
    /// The policy that played both sides.
    pub policy: lab::Policy,
    /// Seed of the first trial.
    pub seed: u64,
    /// Month the trials were stopped after, if any.
    pub until: Option<crate::sim::Month>,
    /// The statistics.
    pub summary: &'a Summary,
    /// Every trial (without the month-by-month holdings, which are in `summary`).
    pub trials: Vec<TrialRow<'a>>,
}

/// One trial in summary.json.
#[derive(Debug, Serialize)]
pub struct TrialRow<'a> {
    /// Seed.
    pub seed: u64,
    /// republic, empire or none.
    pub winner: &'static str,
    /// Victory rule, or `stopped`.
    pub rule: &'a str,
    /// Last month played.
    pub last_month: crate::sim::Month,
    /// Key dates by name.
    pub dates: std::collections::BTreeMap<&'static str, Option<crate::sim::Month>>,
    /// How it ended: the kind of rule, where, and what each side held (absent if stopped).
    pub ending: Option<crate::sim::outcome::Ending>,
    /// Where the end came, if a battle or a siege brought it.
    pub place: Option<crate::sim::outcome::EndPlace>,
    /// What each side held at the end.
    pub held: Option<crate::sim::outcome::Holdings>,
}

/// Rows of summary.json for some trials.
pub fn trial_rows(trials: &[Trial]) -> Vec<TrialRow<'_>> {
    trials
        .iter()
        .map(|t| TrialRow {
            seed: t.seed,
            winner: t.winner_key(),
            rule: &t.rule,
            last_month: t.last_month,
            dates: lab::KeyDate::ALL
                .iter()
                .map(|&d| (d.key(), t.date(d)))
                .collect(),
            ending: t.outcome.as_ref().map(|o| o.ending),
            place: t.outcome.as_ref().and_then(|o| o.place),
            held: t.outcome.as_ref().map(|o| o.held),
        })
        .collect()
}

/// Runs `aguila trials`.
pub fn run(lang: Lang, args: &TrialsArgs) -> ExitCode {
    lab::print_report(lang, trials(lang, args))
}

fn trials(lang: Lang, args: &TrialsArgs) -> Result<String, String> {
    let out_dir = lab::check_batch(lang, &args.batch.plan(), 1, args.out.as_deref())?;
    let setup = args.input.setup(lang)?;
    let b = &args.batch;
    let started = std::time::Instant::now();
    let mut all = lab::run_batch(lang, std::slice::from_ref(&setup), &b.plan())?;
    let trials = all.pop().unwrap_or_default();
    let elapsed = started.elapsed().as_secs_f64();
    let summary = lab::summarise(&setup, &trials);

    let mut text = String::new();
    text.push_str(
        &lang.tr_args(
            "lab-trials-header",
            &[
                ("label", setup.label.clone().into()),
                ("runs", (trials.len() as f64).into()),
                ("first", b.seed.to_string().into()),
                (
                    "last",
                    b.seed
                        .wrapping_add(b.runs.saturating_sub(1))
                        .to_string()
                        .into(),
                ),
                ("seconds", format!("{elapsed:.2}").into()),
            ],
        ),
    );
    text.push('\n');
    if !setup.overrides.is_empty() {
        text.push_str(&lang.tr_args(
            "lab-parameters",
            &[("set", lab::assignments(&setup.overrides).into())],
        ));
        text.push('\n');
    }
    text.push('\n');
    text.push_str(&lang.tr("lab-section-winners"));
    text.push('\n');
    text.push_str(&lab::winners_table(lang, &summary));
    text.push('\n');
    text.push_str(&lang.tr("lab-section-endings"));
    text.push('\n');
    text.push_str(&lab::endings::endings_table(lang, &setup.scenario, &trials));
    text.push('\n');
    text.push_str(&lang.tr("lab-section-dates"));
    text.push('\n');
    text.push_str(&lab::dates_table(lang, &summary));
    text.push('\n');
    text.push_str(&lang.tr("lab-section-provinces"));
    text.push('\n');
    text.push_str(&lab::provinces_table(lang, &summary));

    if let Some(dir) = out_dir {
        let report = TrialsReport {
            scenario: &setup.scenario.id,
            policy: b.policy,
            seed: b.seed,
            until: b.until,
            summary: &summary,
            trials: trial_rows(&trials),
        };
        let json = serde_json::to_string_pretty(&report).map_err(|e| e.to_string())?;
        write_outputs(
            lang,
            &dir,
            &lab::trials_csv(&[(&summary, &trials)]),
            &json,
            &[&summary],
            &setup,
        )?;
        text.push('\n');
        text.push_str(&lang.tr_args("lab-wrote", &[("dir", dir.display().to_string().into())]));
        text.push('\n');
    }
    Ok(text)
}

/// Writes the output files of `trials` and `compare`, all of them or none: trials.csv,
/// provinces.csv, tracks.csv, summary.json, and the charts of provinces held and of the tracks
/// as SVG and PNG.
pub fn write_outputs(
    lang: Lang,
    dir: &Path,
    trials_csv: &str,
    json: &str,
    summaries: &[&Summary],
    setup: &Setup,
) -> Result<(), String> {
    let scenario = &setup.scenario;
    let provinces_svg = crate::lab::chart::provinces_svg(
        lang,
        summaries,
        scenario.start,
        scenario.end,
        scenario.provinces.len() as u32,
        &crate::lab::history::curve(&scenario.history, crate::sim::Side::Empire),
    );
    let tracks_svg = crate::lab::tracks::svg(lang, summaries, scenario);
    let mut files: Vec<(String, Vec<u8>)> = vec![
        ("trials.csv".into(), trials_csv.as_bytes().to_vec()),
        (
            "provinces.csv".into(),
            lab::provinces_csv(summaries).into_bytes(),
        ),
        (
            "tracks.csv".into(),
            crate::lab::tracks::tracks_csv(summaries).into_bytes(),
        ),
        ("summary.json".into(), format!("{json}\n").into_bytes()),
    ];
    files.extend(charts(
        lang,
        &[("provinces.svg", provinces_svg), ("tracks.svg", tracks_svg)],
    )?);
    crate::lab::outputs::write_set(lang, dir, &files)
}

/// Charts as files: each SVG under its name and its PNG beside it.
pub fn charts(lang: Lang, svgs: &[(&str, String)]) -> Result<Vec<(String, Vec<u8>)>, String> {
    let mut files = Vec::new();
    for (name, svg) in svgs {
        let png = crate::lab::raster::svg_to_png(svg).map_err(|reason| {
            lang.tr_args(
                "lab-error-png",
                &[
                    ("chart", name.to_string().into()),
                    ("reason", reason.into()),
                ],
            )
        })?;
        files.push(((*name).to_string(), svg.clone().into_bytes()));
        files.push((crate::lab::raster::png_name(name), png));
    }
    Ok(files)
}
