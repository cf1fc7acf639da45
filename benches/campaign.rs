//! Benchmark: the AI's figures a user sees. Whole AI-vs-AI campaigns of the historical scenario
//! at Normal, 1,000 AI trials as `aguila trials --runs 1000` plays them, and the rules alone.
//! The baseline policy stays out of it: it is the tests' yardstick, not a figure a user sees.
//! Run: `cargo bench --no-default-features --bench campaign`.
use aguila::lab::{self, Policy, Setup};
use aguila::sim::policy::play_month;
use aguila::sim::{GameState, Side};
use aguila::text::Lang;
use criterion::{BatchSize, Criterion, SamplingMode, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use std::path::Path;
use std::time::Duration;

/// The allocator of the command-line build (`--no-default-features`), which plays the batch
/// trials; the game window keeps the system allocator (see `src/main.rs`).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// 1,000 trials from seed 1 on every core, as `aguila trials --runs 1000` plays them.
fn trials_plan(policy: Policy) -> lab::batch::Plan {
    lab::batch::Plan {
        runs: 1000,
        seed: 1,
        until: None,
        policy,
        jobs: 0,
    }
}

/// The seeds of the campaign figures. Wars differ in length from seed to seed, so every
/// iteration plays all of them: the figure is a typical war's, whatever the sample size.
const SEEDS: std::ops::RangeInclusive<u64> = 1..=16;

fn historical() -> Setup {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/historical_1861.ron");
    Setup::load(Lang::english(), &path, &[], false).expect("the historical scenario loads")
}

/// Times `play` over one campaign per seed of [`SEEDS`]; the starting states are made outside
/// the timed part. Criterion reports the time of the 16 campaigns and, as throughput, the
/// campaigns per second.
fn bench_campaigns(c: &mut Criterion, name: &str, play: fn(&mut GameState)) {
    let setup = historical();
    let starts: Vec<GameState> = SEEDS
        .map(|seed| GameState::new(setup.scenario.clone(), setup.params.clone(), seed))
        .collect();
    let mut group = c.benchmark_group("historical campaign");
    group.throughput(Throughput::Elements(starts.len() as u64));
    group.sampling_mode(SamplingMode::Flat);
    group.sample_size(50);
    group.measurement_time(Duration::from_secs(10));
    group.bench_function(name, |b| {
        b.iter_batched(
            || starts.clone(),
            |mut states| {
                for state in &mut states {
                    play(state);
                }
                states.iter().map(|s| s.month).collect::<Vec<_>>()
            },
            BatchSize::PerIteration,
        )
    });
    group.finish();
}

/// Whole campaigns with both sides under the AI at Normal, played as `aguila run` plays them.
fn ai_campaign(c: &mut Criterion) {
    bench_campaigns(c, "AI vs AI at Normal, seeds 1-16", |state| {
        let mut player = Policy::Normal.player();
        while state.outcome.is_none() {
            black_box(play_month(state, player.as_mut(), &Side::BOTH));
        }
    });
}

/// The same campaigns with nobody giving orders: the cost of the rules alone, so that the AI's
/// share of the figure above is visible.
fn rules_only(c: &mut Criterion) {
    bench_campaigns(c, "rules only (no orders), seeds 1-16", |state| {
        while state.outcome.is_none() {
            black_box(state.resolve_month());
        }
    });
}

/// 1,000 AI-vs-AI trials at Normal on every core, through the function `aguila trials` uses.
fn ai_trials(c: &mut Criterion) {
    let setup = vec![historical()];
    let mut group = c.benchmark_group("trials");
    group.sampling_mode(SamplingMode::Flat);
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(20));
    group.bench_function(
        "1,000 AI trials at Normal (aguila trials --runs 1000)",
        |b| {
            b.iter(|| {
                lab::run_batch(Lang::english(), &setup, &trials_plan(Policy::Normal))
                    .expect("the batch runs")
            })
        },
    );
    group.finish();
}

criterion_group!(benches, ai_campaign, ai_trials, rules_only);
criterion_main!(benches);
