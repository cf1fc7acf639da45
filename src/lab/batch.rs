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
    let total = runs.saturating_mul(setups.len() as u64);
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
