//! `aguila debrief --pack FILE SAVE… --out DIR`: each student's war against the history, the
//! computer's wars under the same pack, their prediction and the pack's questions; and the
//! class as a whole against the model. Every save is checked before anything is played or
//! written; the files are written as a set, atomically.
use super::evidence::War;
use super::report;
use crate::lab::batch::Plan;
use crate::lab::{Policy, Setup, Trial};
use crate::sim::load;
use crate::sim::pack::LoadedPack;
use crate::sim::scenario::ParamValue;
use crate::text::{Lang, Message, diagnostics};
use clap::Args;
use std::path::PathBuf;
use std::process::ExitCode;

/// Options of `aguila debrief`.
#[derive(Debug, Args)]
pub struct DebriefArgs {
    /// The teacher's pack the students played.
    #[arg(long)]
    pub pack: PathBuf,
    /// The students' saves.
    #[arg(required = true)]
    pub saves: Vec<PathBuf>,
    /// The folder to write the debrief into (created if missing).
    #[arg(long)]
    pub out: PathBuf,
    /// How many of the computer's wars to set each student's war among.
    #[arg(long, default_value_t = 500)]
    pub runs: u64,
    /// Seed of the computer's first war; war i uses seed S+i.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Threads (0: one per core).
    #[arg(long, default_value_t = 0)]
    pub jobs: usize,
    /// Language of the debrief (en, es, pt, …); default from LANG.
    #[arg(long)]
    pub lang: Option<String>,
}

/// The computer's wars under one setting of the levers.
pub struct Model {
    /// The lever values.
    pub params: Vec<ParamValue>,
    /// The wars, in seed order.
    pub trials: Vec<Trial>,
}

/// Runs `aguila debrief`.
pub fn run(lang: Lang, args: &DebriefArgs) -> ExitCode {
    match debrief(lang, args) {
        Ok(message) => {
            println!("{message}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{}", crate::cli::error_line(lang, &e));
            ExitCode::from(1)
        }
    }
}

/// Reads a student's save and checks it belongs to the pack: the same scenario, played under
/// a pack, and that pack's hash.
pub fn read_save(lang: Lang, p: &LoadedPack, path: &std::path::Path) -> Result<War, String> {
    let file = path.display().to_string();
    let state = load::load_state(path).map_err(|e| diagnostics::save_error(lang, &e))?;
    if state.scenario.id != p.loaded.scenario.id {
        return Err(lang.render(
            &Message::new("debrief-other-scenario")
                .arg("file", file.as_str())
                .arg("found", state.scenario.id.as_str())
                .arg("expected", p.loaded.scenario.id.as_str()),
        ));
    }
    let Some(lesson) = &state.lesson else {
        return Err(lang.render(&Message::new("debrief-no-pack").arg("file", file.as_str())));
    };
    if lesson.pack != p.hash {
        return Err(lang.render(
            &Message::new("debrief-hash-mismatch")
                .arg("file", file.as_str())
                .arg("found", lesson.pack.as_str())
                .arg("expected", p.hash.as_str()),
        ));
    }
    Ok(War::of(&file, state))
}

fn debrief(lang: Lang, args: &DebriefArgs) -> Result<String, String> {
    crate::lab::refuse_file_as_out(lang, Some(&args.out))?;
    let p = super::load(lang, &args.pack)?;
    crate::text::scenario::register_scenario_file(&p.scenario_path);
    // Every save is read and checked before anything is played or written.
    let mut wars = Vec::new();
    let mut problems = Vec::new();
    for path in &args.saves {
        match read_save(lang, &p, path) {
            Ok(w) => wars.push(w),
            Err(e) => problems.push(e),
        }
    }
    if !problems.is_empty() {
        return Err(problems.join("\n"));
    }
    let plan = Plan {
        runs: args.runs,
        seed: args.seed,
        until: Some(p.last_month()),
        policy: Policy::Normal,
        jobs: args.jobs,
    };
    crate::lab::check_batch(lang, &plan, 1, None)?;
    // One batch per setting of the levers: the pack's own, and each one students chose.
    let mut settings: Vec<Vec<ParamValue>> = vec![p.values.clone()];
    for w in &wars {
        if !settings.contains(&w.state.params) {
            settings.push(w.state.params.clone());
        }
    }
    let scenario = std::sync::Arc::new(p.loaded.scenario.clone());
    let setups: Vec<Setup> = settings
        .iter()
        .map(|params| Setup {
            label: p.pack.title.clone(),
            overrides: p.overrides.clone(),
            scenario: scenario.clone(),
            params: params.clone(),
            scenario_hash: p.hash.clone(),
        })
        .collect();
    let batches = crate::lab::run_batch(lang, &setups, &plan)?;
    let models: Vec<Model> = settings
        .into_iter()
        .zip(batches)
        .map(|(params, trials)| Model { params, trials })
        .collect();
    let files = report::files(lang, &p, &wars, &models);
    let dir = crate::lab::prepare_out(lang, &args.out)?;
    let named: Vec<(&str, Vec<u8>)> = files
        .iter()
        .map(|(n, t)| (n.as_str(), t.as_bytes().to_vec()))
        .collect();
    crate::lab::outputs::write_set(lang, &dir, &named)?;
    let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
    Ok(lang.render(
        &Message::new("debrief-written")
            .arg("dir", dir.display().to_string())
            .arg("files", names.join(", "))
            .arg("hash", p.hash.as_str()),
    ))
}
