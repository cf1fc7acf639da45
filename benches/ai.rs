//! Report: the AI's speed. Prints the time one AI turn takes for a side (median, 95th
//! percentile, worst) at each level over whole historical campaigns, and the wall time of
//! 1,000 AI-vs-AI campaigns in parallel, as `aguila trials` plays them.
//! Run: `cargo bench --no-default-features --bench ai`. Targets: a turn at most 10 ms at the
//! 95th percentile; 1,000 campaigns in at most 2 s on this 2-core machine.
use aguila::lab::{self, Policy, Setup};
use aguila::sim::ai::{self, Difficulty};
use aguila::sim::policy::play_month;
use aguila::sim::{Command, GameState, Side};
use aguila::text::Lang;
use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

/// The allocator of the command-line build (`--no-default-features`), which plays the batch
/// trials; the game window keeps the system allocator (see `src/main.rs`).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let k = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[k.min(sorted.len() - 1)]
}

fn main() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/historical_1861.ron");
    let setup =
        Setup::load(Lang::english(), &path, &[], false).expect("the historical scenario loads");

    for level in Difficulty::ALL {
        let mut turns = Vec::new();
        for seed in 0..40 {
            let mut state = GameState::new(setup.scenario.clone(), setup.params.clone(), seed);
            // The AI's orders, asked afresh for each side and timed.
            let mut timed = |state: &GameState, side: Side, _: &[(Side, Command)]| {
                let started = Instant::now();
                let orders = black_box(ai::orders(state, side, level));
                turns.push(started.elapsed());
                orders
            };
            while state.outcome.is_none() {
                play_month(&mut state, &mut timed, &Side::BOTH);
            }
        }
        turns.sort_unstable();
        println!(
            "AI turn, {level:?}: median {:.1} µs, 95th percentile {:.1} µs, worst {:.1} µs ({} turns)",
            percentile(&turns, 0.5).as_secs_f64() * 1e6,
            percentile(&turns, 0.95).as_secs_f64() * 1e6,
            turns.last().map_or(0.0, |d| d.as_secs_f64() * 1e6),
            turns.len()
        );
    }

    let jobs = std::thread::available_parallelism().map_or(1, |n| n.get());
    for policy in [Policy::Normal, Policy::Baseline] {
        // Best of three, as a benchmark should: the figure is the machine's, not its neighbours'.
        let best = (0..3)
            .map(|_| {
                let started = Instant::now();
                let plan = lab::batch::Plan {
                    runs: 1000,
                    seed: 1,
                    until: None,
                    policy,
                    jobs: 0,
                };
                let results = lab::run_batch(Lang::english(), std::slice::from_ref(&setup), &plan)
                    .expect("the batch runs");
                black_box(results);
                started.elapsed()
            })
            .min()
            .unwrap_or_default();
        println!(
            "1,000 campaigns, {policy:?} on both sides, {jobs} threads: {:.2} s",
            best.as_secs_f64()
        );
    }
}
