//! Playing the trials of several settings in parallel from any thread, with a progress callback
//! and a cancel flag: the engine under `aguila trials`, `compare`, `sweep`, `sensitivity` and
//! `calibrate`, and what the game's Lab screen calls from its worker thread.
use crate::lab::{Policy, Setup, Trial, run_trial};
use crate::sim::Month;
use rayon::prelude::*;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

/// How a batch reports progress and learns it should stop.
pub struct Control<'a> {
    /// Called after each trial with (trials done, trials in all), from any worker thread.
    pub progress: &'a (dyn Fn(u64, u64) + Sync),
    /// Set it to stop the batch: trials not yet begun are skipped and the batch returns
    /// [`BatchStop::Cancelled`].
    pub cancel: &'a AtomicBool,
}

/// What a batch plays for each setting: how many trials, from which seed, how far, under
/// which policy, on how many threads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Plan {
    /// Trials per setting.
    pub runs: u64,
    /// Seed of the first trial; trial i uses seed `seed + i` in every setting.
    pub seed: u64,
    /// Stop every campaign after this month.
    pub until: Option<Month>,
    /// Who plays both sides.
    pub policy: Policy,
    /// Threads (0: one per core).
    pub jobs: usize,
}

/// Why a batch gave no results.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BatchStop {
    /// The cancel flag was set.
    Cancelled,
    /// The thread pool could not be built (the reason, for people).
    Threads(String),
    /// No trials were asked for.
    NoRuns,
    /// More was asked for than a batch may take: `what` (`runs`, `trials`, `jobs`), how many
    /// were asked for and the most allowed.
    TooMany {
        /// `runs` (per setting), `trials` (in all) or `jobs`.
        what: &'static str,
        /// How many were asked for.
        asked: u64,
        /// The most allowed.
        most: u64,
    },
}

/// Most trials of one setting: ten times a classroom's largest experiment.
pub const MAX_RUNS: u64 = 100_000;
/// Most trials of a whole batch, every setting together: what this machine's memory holds
/// with room to spare (each trial keeps a few kilobytes of results).
pub const MAX_TRIALS: u64 = 500_000;
/// Most threads: far more than any machine's cores.
pub const MAX_JOBS: usize = 256;

impl Plan {
    /// Why `setups` settings of this plan cannot be played, if they cannot: none or too many
    /// trials, or too many threads. Checked before anything is allocated or started.
    pub fn too_large(&self, setups: usize) -> Option<BatchStop> {
        let total = self.runs.saturating_mul(setups as u64);
        let too_many = |what, asked, most| Some(BatchStop::TooMany { what, asked, most });
        if self.runs == 0 {
            Some(BatchStop::NoRuns)
        } else if self.runs > MAX_RUNS {
            too_many("runs", self.runs, MAX_RUNS)
        } else if total > MAX_TRIALS {
            too_many("trials", total, MAX_TRIALS)
        } else if self.jobs > MAX_JOBS {
            too_many("jobs", self.jobs as u64, MAX_JOBS as u64)
        } else {
            None
        }
    }
}

/// Plays the plan's trials of every setup with seeds `seed`, `seed + 1`, … (the same seeds for
/// every setup: paired trials). The result holds one list
/// per setup, in seed order, whatever order the threads finished in.
pub fn play_batch(
    setups: &[Setup],
    plan: &Plan,
    control: &Control,
) -> Result<Vec<Vec<Trial>>, BatchStop> {
    let Plan {
        runs,
        seed,
        until,
        policy,
        jobs,
    } = *plan;
    if let Some(stop) = plan.too_large(setups.len()) {
        return Err(stop);
    }
    let total = runs * setups.len() as u64;
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs)
        .build()
        .map_err(|e| BatchStop::Threads(e.to_string()))?;
    let done = AtomicU64::new(0);
    // One flat list of (setup, trial) so that the threads stay busy across setups.
    let flat: Option<Vec<Trial>> = pool.install(|| {
        (0..total)
            .into_par_iter()
            .map(|k| {
                if control.cancel.load(Ordering::Relaxed) {
                    return None;
                }
                let setup = &setups[(k / runs) as usize];
                let trial = run_trial(setup, seed.wrapping_add(k % runs), until, policy);
                (control.progress)(done.fetch_add(1, Ordering::Relaxed) + 1, total);
                Some(trial)
            })
            .collect()
    });
    let mut flat = flat.ok_or(BatchStop::Cancelled)?.into_iter();
    Ok(setups
        .iter()
        .map(|_| flat.by_ref().take(runs as usize).collect())
        .collect())
}
