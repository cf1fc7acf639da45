//! The fuzz driver: scenarios, variants, saves and replays mutated byte by byte and by
//! structure (numbers made extreme, strings made paths, lines dropped or doubled), each fed to
//! its loader and, when it loads, played for a few months. No input may panic. It runs
//! `AGUILA_FUZZ_INPUTS` inputs (10,000 by default, what CI runs) from `AGUILA_FUZZ_SEED`;
//! for a long run: `AGUILA_FUZZ_INPUTS=1000000 cargo test --release --no-default-features
//! --test fuzz -- --nocapture`. A failing input is written to `AGUILA_FUZZ_OUT` (a temporary
//! folder by default) so it can be replayed by hand.
mod common;

use aguila::sim::load;
use aguila::sim::replay::{self, Recorder};
use aguila::sim::{GameState, Side, baseline, policy, rng, variant};
use rayon::prelude::*;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// What kind of file an input is, and so which loader reads it.
#[derive(Clone, Copy, Debug)]
enum Kind {
    Scenario,
    Variant,
    Save,
    Replay,
}

/// The files the mutations start from.
struct Corpus {
    tiny: String,
    historical: String,
    variant: String,
    save: String,
    replay: String,
    /// The folder a variant is read from (its base, the tiny scenario, beside it).
    folder: tempfile::TempDir,
}

fn corpus() -> Corpus {
    let tiny = std::fs::read_to_string(common::fixture("tiny.ron")).unwrap();
    let historical = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/scenarios/historical_1861.ron"
    ))
    .unwrap();
    let folder = tempfile::tempdir().unwrap();
    std::fs::write(folder.path().join("tiny.ron"), &tiny).unwrap();
    let variant = r#"Variant(
    format_version: 1,
    id: "later_peace",
    title: "A later peace",
    question: "What if the war in the north had lasted longer?",
    plausibility: "A test of the fuzz driver.",
    sources: ["test"],
    base: "tiny.ron",
    set: [("war_ends", "1866-01"), ("start_will", "120")],
)"#
    .to_string();
    let mut state = common::historical(5);
    for _ in 0..14 {
        baseline::play_month(&mut state);
    }
    let save = ron::ser::to_string_pretty(&state, Default::default()).unwrap();
    let mut state = common::historical(6);
    let mut recorder = Recorder::new(&state);
    for _ in 0..4 {
        let month = state.month;
        let (commands, _) = policy::play_month(&mut state, &mut baseline::Baseline, &Side::BOTH);
        recorder.month(month, commands, &state);
    }
    let replay = ron::to_string(&recorder.finish()).unwrap();
    Corpus {
        tiny,
        historical,
        variant,
        save,
        replay,
        folder,
    }
}

/// A source of choices for one input, from its number: any input can be made again alone.
struct Dice(rand_chacha::ChaCha8Rng);

impl Dice {
    fn below(&mut self, n: usize) -> usize {
        ((rng::unit(&mut self.0) * n as f64) as usize).min(n.saturating_sub(1))
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// Numbers no scenario or save should hold, and ordinary ones in odd places.
const NUMBERS: &[&str] = &[
    "NaN",
    "inf",
    "-inf",
    "-1",
    "-1e308",
    "1e308",
    "1e999",
    "4294967295",
    "4294967296",
    "18446744073709551616",
    "-0.0",
    "1e-320",
    "0",
    "255",
    "256",
    "99999999999",
];

/// Strings that try to reach outside, break a name, or mean nothing.
const STRINGS: &[&str] = &[
    "\"../../etc/passwd\"",
    "\"/proc/self/environ\"",
    "\"\"",
    "\"\\u{2028}\"",
    "\"capital\"",
    "\"veracruz\"",
    "\"1861-13\"",
    "\"0000-01\"",
    "\"9999-12\"",
    "\"a\\\"b\"",
];

/// Spans of number literals and of quoted strings in `text`.
fn tokens(text: &str) -> (Vec<(usize, usize)>, Vec<(usize, usize)>) {
    let b = text.as_bytes();
    let (mut numbers, mut strings) = (Vec::new(), Vec::new());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'"' {
            let mut j = i + 1;
            while j < b.len() && b[j] != b'"' {
                j += if b[j] == b'\\' { 2 } else { 1 };
            }
            let end = (j + 1).min(b.len());
            strings.push((i, end));
            i = end;
        } else if b[i].is_ascii_digit() && (i == 0 || !b[i - 1].is_ascii_alphanumeric()) {
            let mut j = i;
            while j < b.len() && (b[j].is_ascii_digit() || matches!(b[j], b'.' | b'e' | b'-')) {
                j += 1;
            }
            numbers.push((i, j));
            i = j;
        } else {
            i += 1;
        }
    }
    (numbers, strings)
}

/// One mutation of `text`: structure-aware or byte-level, as the dice say.
fn mutate(text: &str, dice: &mut Dice) -> Vec<u8> {
    let mut bytes = text.as_bytes().to_vec();
    let len = bytes.len().max(1);
    let (numbers, strings) = tokens(text);
    for _ in 0..1 + dice.below(3) {
        match dice.below(9) {
            0 if !numbers.is_empty() => {
                let &(a, b) = dice.pick(&numbers);
                if b <= bytes.len() {
                    bytes.splice(a..b, dice.pick(NUMBERS).bytes());
                }
            }
            1 if !strings.is_empty() => {
                let &(a, b) = dice.pick(&strings);
                if b <= bytes.len() {
                    bytes.splice(a..b, dice.pick(STRINGS).bytes());
                }
            }
            2 => {
                // Drop a line.
                let lines: Vec<&[u8]> = bytes.split_inclusive(|&c| c == b'\n').collect();
                let skip = dice.below(lines.len().max(1));
                bytes = lines
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| *i != skip)
                    .flat_map(|(_, l)| l.iter().copied())
                    .collect();
            }
            3 => {
                // Double a line.
                let lines: Vec<Vec<u8>> = bytes
                    .split_inclusive(|&c| c == b'\n')
                    .map(<[u8]>::to_vec)
                    .collect();
                let twice = dice.below(lines.len().max(1));
                bytes = lines
                    .iter()
                    .enumerate()
                    .flat_map(|(i, l)| {
                        let n = if i == twice { 2 } else { 1 };
                        std::iter::repeat_n(l.clone(), n)
                    })
                    .flatten()
                    .collect();
            }
            4 => {
                let at = dice.below(len).min(bytes.len().saturating_sub(1));
                if let Some(b) = bytes.get_mut(at) {
                    *b = dice.below(256) as u8;
                }
            }
            5 => {
                let at = dice.below(len).min(bytes.len());
                let end = (at + dice.below(64)).min(bytes.len());
                bytes.drain(at..end);
            }
            6 => {
                let at = dice.below(len).min(bytes.len());
                let junk = dice.pick(&["(", ")", "[", "]", ",", ":", "\u{2028}", "é", "\0", "/*"]);
                bytes.splice(at..at, junk.bytes());
            }
            7 => bytes.truncate(dice.below(len)),
            _ => {
                let at = dice.below(len).min(bytes.len());
                let end = (at + dice.below(200)).min(bytes.len());
                let copy = bytes[at..end].to_vec();
                bytes.splice(at..at, copy);
            }
        }
    }
    bytes
}

/// Plays a loaded war for a few months, as the game would.
fn play(mut state: GameState) {
    for _ in 0..3 {
        baseline::play_month(&mut state);
    }
    let _ = load::state_problem(&state);
}

/// Feeds one input to its loader and plays what loads.
fn feed(kind: Kind, bytes: &[u8], folder: &Path) {
    let text = String::from_utf8_lossy(bytes);
    match kind {
        Kind::Scenario => {
            if let Ok(loaded) = load::load_scenario_str(&text, "fuzz.ron")
                && let Ok(params) = load::parameter_values(&loaded.scenario, &[])
            {
                play(GameState::new(loaded.scenario, params, 1));
            }
        }
        Kind::Variant => {
            if let Ok(any) = variant::load_variant_str(&text, &folder.join("variant.ron"))
                && let Ok(params) = load::parameter_values(&any.loaded.scenario, &any.overrides)
            {
                play(GameState::new(any.loaded.scenario, params, 1));
            }
        }
        Kind::Save => {
            if let Ok(state) = load::load_state_str(&text, "fuzz.ron") {
                play(state);
            }
        }
        Kind::Replay => {
            if let Ok(r) = replay::load_replay_str(&text, "fuzz.ron") {
                let _ = replay::play_back(&r, |_, _, _| {});
            }
        }
    }
}

fn setting<T: std::str::FromStr>(name: &str, default: T) -> T {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

#[test]
fn no_mutated_file_makes_the_game_panic() {
    let inputs: usize = setting("AGUILA_FUZZ_INPUTS", 10_000);
    let seed: u64 = setting("AGUILA_FUZZ_SEED", 1);
    let out: PathBuf = std::env::var_os("AGUILA_FUZZ_OUT")
        .map(PathBuf::from)
        .unwrap_or_else(std::env::temp_dir);
    let corpus = corpus();
    // Panics are expected to be caught here, not printed once each.
    std::panic::set_hook(Box::new(|_| {}));
    let failures = AtomicUsize::new(0);
    let slowest = std::sync::Mutex::new((Duration::ZERO, 0usize));
    let started = Instant::now();
    (0..inputs).into_par_iter().for_each(|i| {
        let mut dice = Dice(rng::seeded(
            seed.wrapping_mul(1_000_003).wrapping_add(i as u64),
        ));
        // Mostly the small files, whose loading is fast; the large ones one time in ten.
        let (kind, base) = match dice.below(20) {
            0..=6 => (Kind::Scenario, &corpus.tiny),
            7 => (Kind::Scenario, &corpus.historical),
            8..=12 => (Kind::Variant, &corpus.variant),
            13 => (Kind::Save, &corpus.save),
            _ => (Kind::Replay, &corpus.replay),
        };
        let input = mutate(base, &mut dice);
        let t = Instant::now();
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            feed(kind, &input, corpus.folder.path())
        }));
        let took = t.elapsed();
        if let Ok(mut s) = slowest.lock()
            && took > s.0
        {
            *s = (took, i);
        }
        if result.is_err() {
            failures.fetch_add(1, Ordering::Relaxed);
            let file = out.join(format!("aguila-fuzz-{seed}-{i}-{kind:?}.ron"));
            let _ = std::fs::write(&file, &input);
            eprintln!("input {i} ({kind:?}) panicked: {}", file.display());
        }
    });
    let _ = std::panic::take_hook();
    let (slow, which) = *slowest.lock().unwrap();
    println!(
        "fuzz: {inputs} inputs from seed {seed} in {:.1} s; slowest input {which} took {} ms",
        started.elapsed().as_secs_f64(),
        slow.as_millis()
    );
    assert_eq!(
        failures.load(Ordering::Relaxed),
        0,
        "inputs panicked (see above)"
    );
    assert!(
        slow < Duration::from_secs(20),
        "input {which} took {slow:?}: a loader hangs or is not linear"
    );
}
