//! A batch as the command line asks for it: the options every batch command shares, the
//! checks of the plan and of `--out` before anything is played or written, and why a batch
//! stopped, in the reader's language.
use crate::lab::Policy;
use crate::lab::batch::{self, Plan};
use crate::sim::Month;
use crate::text::Lang;
use std::path::{Path, PathBuf};

/// Why a batch gave no results, for people.
pub fn stop_words(lang: Lang, stop: batch::BatchStop) -> String {
    match stop {
        batch::BatchStop::Threads(reason) => reason,
        batch::BatchStop::Cancelled => lang.tr("lab-cancelled"),
        batch::BatchStop::NoRuns => lang.tr("lab-error-no-runs"),
        batch::BatchStop::TooMany { what, asked, most } => lang.tr_args(
            "lab-error-too-many",
            &[
                ("what", what.into()),
                ("asked", asked.to_string().into()),
                ("most", most.to_string().into()),
            ],
        ),
    }
}

/// The scenario a batch command plays, shared by `trials`, `sweep` and `sensitivity`.
#[derive(Debug, Clone, clap::Args)]
pub struct ScenarioArgs {
    /// Scenario or variant: a file, or the id of a built-in or mod scenario (`aguila
    /// scenarios` lists them); the built-in historical war by default.
    #[arg(long, default_value = crate::scenarios::DEFAULT_ID)]
    pub scenario: PathBuf,
    /// Override a parameter in every setting: --set name=value (repeatable).
    #[arg(long = "set", value_parser = crate::cli::parse_set)]
    pub set: Vec<(String, String)>,
}

impl ScenarioArgs {
    /// The scenario (or variant) read and checked, with the `--set` changes after its own.
    pub fn setup(&self, lang: Lang) -> Result<crate::lab::Setup, String> {
        crate::lab::Setup::load(lang, &self.scenario, &self.set, crate::cli::color())
    }
}

/// Options shared by `trials`, `compare`, `sweep`, `sensitivity` and `calibrate`.
#[derive(Debug, Clone, clap::Args)]
pub struct BatchArgs {
    /// Number of campaigns (per variant).
    #[arg(long, default_value_t = 1000)]
    pub runs: u64,
    /// Seed of the first trial; trial i uses seed S+i.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Stop every campaign after this month (YYYY-MM).
    #[arg(long, value_parser = crate::cli::parse_month)]
    pub until: Option<Month>,
    /// Threads (0: one per core).
    #[arg(long, default_value_t = 0)]
    pub jobs: usize,
    /// Who plays both sides.
    #[arg(long, value_enum, default_value_t = Policy::Normal)]
    pub policy: Policy,
    /// Language of the report (en, es, pt, …); default from LANG.
    #[arg(long)]
    pub lang: Option<String>,
}

impl BatchArgs {
    /// What these options ask each setting to play.
    pub fn plan(&self) -> Plan {
        Plan {
            runs: self.runs,
            seed: self.seed,
            until: self.until,
            policy: self.policy,
            jobs: self.jobs,
        }
    }
}

/// Checks a batch's plan for `settings` settings and its `--out` folder before any trial is
/// played or anything is written.
pub fn check_batch(
    lang: Lang,
    plan: &Plan,
    settings: usize,
    out: Option<&Path>,
) -> Result<Option<PathBuf>, String> {
    if let Some(stop) = plan.too_large(settings) {
        return Err(stop_words(lang, stop));
    }
    out.map(|d| prepare_out(lang, d)).transpose()
}

/// Refuses an `--out` that is a file, before anything is played or written.
pub fn refuse_file_as_out(lang: Lang, out: Option<&Path>) -> Result<(), String> {
    match out {
        Some(dir) if dir.exists() && !dir.is_dir() => Err(lang.tr_args(
            "lab-error-out-not-dir",
            &[("path", dir.display().to_string().into())],
        )),
        _ => Ok(()),
    }
}

/// Checks `--out`: a folder that exists or can be created, never a file.
pub fn prepare_out(lang: Lang, dir: &Path) -> Result<PathBuf, String> {
    if dir.exists() && !dir.is_dir() {
        return Err(lang.tr_args(
            "lab-error-out-not-dir",
            &[("path", dir.display().to_string().into())],
        ));
    }
    std::fs::create_dir_all(dir).map_err(|e| {
        lang.tr_args(
            "lab-error-out-create",
            &[
                ("path", dir.display().to_string().into()),
                ("reason", crate::sim::message::io_reason(&e).into()),
            ],
        )
    })?;
    Ok(dir.to_path_buf())
}
