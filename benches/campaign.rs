//! Benchmark: one whole campaign of the historical scenario, December 1861 to its end, with
//! both sides under the baseline policy. Target: under 1 ms median.
//! Run: `cargo bench --no-default-features --bench campaign`.
use aguila::sim::{GameState, baseline, load};
use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use std::hint::black_box;

/// The allocator of the command-line build (`--no-default-features`), which plays the batch
/// trials; the game window keeps the system allocator (see `src/main.rs`).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn campaign(c: &mut Criterion) {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios/historical_1861.ron");
    let loaded = load::load_scenario_file(std::path::Path::new(path)).expect("scenario loads");
    let params = load::parameter_values(&loaded.scenario, &[]).expect("defaults are valid");
    let start = GameState::new(loaded.scenario, params, 7);
    c.bench_function(
        "historical campaign 1861-12 to the end, baseline policy",
        |b| {
            // The starting state is cloned outside the timed part: the figure is the campaign.
            b.iter_batched(
                || start.clone(),
                |mut state| {
                    // One policy for the whole campaign, as `aguila run` and the trials play.
                    let mut policy = baseline::Baseline::default();
                    while state.outcome.is_none() {
                        black_box(policy.play_month(&mut state));
                    }
                    state.outcome
                },
                BatchSize::SmallInput,
            )
        },
    );
}

/// The same campaign with nobody giving orders: the cost of the rules alone, so that the
/// baseline policy's share of the figure above is visible.
fn rules_only(c: &mut Criterion) {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios/historical_1861.ron");
    let loaded = load::load_scenario_file(std::path::Path::new(path)).expect("scenario loads");
    let params = load::parameter_values(&loaded.scenario, &[]).expect("defaults are valid");
    let start = GameState::new(loaded.scenario, params, 7);
    c.bench_function("historical campaign, rules only (no orders)", |b| {
        b.iter_batched(
            || start.clone(),
            |mut state| {
                while state.outcome.is_none() {
                    black_box(state.resolve_month());
                }
                state.outcome
            },
            BatchSize::SmallInput,
        )
    });
}

criterion_group!(benches, campaign, rules_only);
criterion_main!(benches);
