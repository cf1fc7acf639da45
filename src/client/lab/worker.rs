//! The Lab's trials, played off the main thread: a worker thread plays them in small chunks
//! of seeds (every variant on the same seeds, so the comparison stays paired at any moment),
//! summarises all the trials so far, hands the chunk and the summaries over, and stops between
//! trials when cancelled. The window takes them into the results ([`LabResults`]) whenever a
//! chunk arrives.
use crate::client::words::WindowLang;
use crate::lab::compare::{self, Comparison};
use crate::lab::{self, Setup, Summary, Trial};
use crate::sim::Month;
use crate::sim::ai::{Ai, Difficulty};
use crate::text::Lang;
use bevy::prelude::*;
use bevy::winit::{EventLoopProxyWrapper, WinitUserEvent};
use rayon::prelude::*;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

/// An experiment: trials of each variant on the same seeds.
#[derive(Debug, Clone)]
pub struct Experiment {
    /// The variants; the first is the baseline the others are compared with.
    pub setups: Vec<Setup>,
    /// Trials per variant.
    pub runs: u64,
    /// Seed of the first trial; trial i uses seed + i.
    pub seed: u64,
    /// The AI's level for each side, by [`crate::sim::Side::index`].
    pub levels: [Difficulty; 2],
    /// Stop every campaign after this month (none: play to the end).
    pub until: Option<Month>,
}

/// Asks for an experiment to start (a running one is cancelled first).
#[derive(Message, Debug, Clone)]
pub struct StartLab(pub Experiment);

/// Asks the running experiment to stop; the trials counted so far stay.
#[derive(Message, Debug, Clone, Copy, Default)]
pub struct CancelLab;

/// What the worker has played, shared with it. The cancel flag is set under the same lock the
/// worker takes to hand a chunk over, so no trial is counted after a cancel.
#[derive(Default)]
struct Shared {
    progress: Mutex<Progress>,
    cancelled: AtomicBool,
}

#[derive(Default)]
struct Progress {
    /// Trials so far, by variant.
    trials: Vec<Vec<Trial>>,
    /// Their summaries and comparisons, made by the worker so the window does not have to.
    summaries: Vec<Summary>,
    comparisons: Vec<Comparison>,
    cancelled: bool,
    finished: bool,
}

impl Shared {
    fn cancel(&self) {
        if let Ok(mut p) = self.progress.lock() {
            p.cancelled = true;
            self.cancelled.store(true, Ordering::SeqCst);
        }
    }
}

/// The experiment being played, or the last one.
#[derive(Resource)]
pub struct LabRun {
    shared: Arc<Shared>,
    /// The language the worker writes the paragraphs in.
    lang: Lang,
}

/// The results so far: the trials, their summaries and the paired comparisons.
#[derive(Resource, Default)]
pub struct LabResults {
    /// The experiment, if one was started.
    pub experiment: Option<Experiment>,
    /// Trials so far, by variant (every variant has the same seeds).
    pub trials: Vec<Vec<Trial>>,
    /// One summary per variant.
    pub summaries: Vec<Summary>,
    /// Each variant after the first against the first.
    pub comparisons: Vec<Comparison>,
    /// The worker has stopped (all trials played, or cancelled).
    pub finished: bool,
    /// It was cancelled.
    pub cancelled: bool,
    /// The language the comparisons' paragraphs were written in.
    lang: Option<Lang>,
}

impl LabResults {
    /// Trials played per variant so far.
    pub fn done(&self) -> u64 {
        self.trials.first().map_or(0, |t| t.len() as u64)
    }

    /// Trials asked for per variant.
    pub fn total(&self) -> u64 {
        self.experiment.as_ref().map_or(0, |e| e.runs)
    }

    /// Whether trials are being played now.
    pub fn running(&self) -> bool {
        self.experiment.is_some() && !self.finished
    }

    /// Summaries and comparisons of the trials so far, written again in `lang`.
    fn refresh(&mut self, lang: Lang) {
        self.lang = Some(lang);
        if let Some(e) = &self.experiment {
            (self.summaries, self.comparisons) = summarise_all(e, &self.trials, lang);
        }
    }
}

/// Each variant's summary, and each variant after the first compared with the first.
fn summarise_all(
    e: &Experiment,
    trials: &[Vec<Trial>],
    lang: Lang,
) -> (Vec<Summary>, Vec<Comparison>) {
    let summaries = e
        .setups
        .iter()
        .zip(trials)
        .map(|(s, t)| lab::summarise(s, t))
        .collect();
    let comparisons = if trials.first().is_none_or(Vec::is_empty) {
        Vec::new()
    } else {
        (1..e.setups.len().min(trials.len()))
            .map(|k| compare::compare(lang, &e.setups[0], &trials[0], &e.setups[k], &trials[k]))
            .collect()
    };
    (summaries, comparisons)
}

/// The slowest the window's own work for the Lab has been, in milliseconds: taking in the
/// trials and summaries the worker handed over, and laying out the screen (the rest of a frame is
/// drawing it). The smoke run reports it.
#[derive(Resource, Debug, Default, Clone, Copy)]
pub struct LabCost {
    /// The slowest update of the results.
    pub refresh_ms: f64,
    /// The slowest layout of the screen.
    pub screen_ms: f64,
}

/// Registers the worker's messages and systems.
pub fn plugin(app: &mut App) {
    app.add_message::<StartLab>()
        .add_message::<CancelLab>()
        .init_resource::<LabResults>()
        .init_resource::<LabCost>()
        .add_systems(
            Update,
            (start_experiments, cancel_experiments, collect).chain(),
        );
}

fn start_experiments(
    mut starts: MessageReader<StartLab>,
    run: Option<Res<LabRun>>,
    mut results: ResMut<LabResults>,
    wake: Option<Res<EventLoopProxyWrapper>>,
    window_lang: Res<WindowLang>,
    mut commands: Commands,
) {
    let lang = window_lang.0;
    let Some(StartLab(experiment)) = starts.read().last().cloned() else {
        return;
    };
    if let Some(run) = run {
        run.shared.cancel();
    }
    let shared = Arc::new(Shared::default());
    if let Ok(mut p) = shared.progress.lock() {
        p.trials = vec![Vec::new(); experiment.setups.len()];
    }
    *results = LabResults {
        trials: vec![Vec::new(); experiment.setups.len()],
        experiment: Some(experiment.clone()),
        lang: Some(lang),
        ..default()
    };
    let worker = shared.clone();
    let wake = wake.map(|w| (**w).clone());
    std::thread::spawn(move || {
        play(&experiment, lang, &worker, &|| {
            if let Some(proxy) = &wake {
                // A closed event loop means the window is gone: nothing to wake.
                let _ = proxy.send_event(WinitUserEvent::WakeUp);
            }
        })
    });
    commands.insert_resource(LabRun { shared, lang });
}

fn cancel_experiments(
    mut cancels: MessageReader<CancelLab>,
    run: Option<Res<LabRun>>,
    mut results: ResMut<LabResults>,
) {
    if cancels.read().count() == 0 {
        return;
    }
    if let Some(run) = run
        && results.running()
    {
        run.shared.cancel();
        results.cancelled = true;
    }
}

/// Threads for the trials: all cores but one, which stays with the window.
fn worker_threads() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get().saturating_sub(1).max(1))
}

/// Plays the experiment in chunks of seeds, handing each chunk over with the summaries of all
/// the trials so far, until all are played or the experiment is cancelled.
fn play(e: &Experiment, lang: Lang, shared: &Shared, wake: &dyn Fn()) {
    let threads = worker_threads();
    let chunk = (threads as u64 * 2).max(4);
    let variants = e.setups.len() as u64;
    if let Ok(pool) = rayon::ThreadPoolBuilder::new().num_threads(threads).build() {
        let mut all: Vec<Vec<Trial>> = vec![Vec::new(); e.setups.len()];
        let mut next = 0;
        while next < e.runs && !shared.cancelled.load(Ordering::SeqCst) {
            let end = (next + chunk).min(e.runs);
            let played: Vec<Option<Trial>> = pool.install(|| {
                (0..(end - next) * variants)
                    .into_par_iter()
                    .map(|j| {
                        if shared.cancelled.load(Ordering::SeqCst) {
                            return None;
                        }
                        let setup = &e.setups[(j / (end - next)) as usize];
                        let seed = e.seed.wrapping_add(next + j % (end - next));
                        Some(lab::run_trial_by(
                            setup,
                            seed,
                            e.until,
                            Box::new(Ai::new(e.levels)),
                        ))
                    })
                    .collect()
            });
            let per_variant = (end - next) as usize;
            let mut chunk: Vec<Vec<Trial>> = played
                .chunks(per_variant)
                .map(|trials| trials.iter().flatten().cloned().collect())
                .collect();
            for (mine, new) in all.iter_mut().zip(&chunk) {
                mine.extend_from_slice(new);
            }
            let (summaries, comparisons) = summarise_all(e, &all, lang);
            let Ok(mut p) = shared.progress.lock() else {
                break;
            };
            if p.cancelled {
                break;
            }
            for (theirs, new) in p.trials.iter_mut().zip(&mut chunk) {
                theirs.append(new);
            }
            p.summaries = summaries;
            p.comparisons = comparisons;
            drop(p);
            next = end;
            wake();
        }
    }
    if let Ok(mut p) = shared.progress.lock() {
        p.finished = true;
    }
    wake();
}

/// Takes the trials handed over since the last frame with their summaries (and writes the
/// paragraphs again when the window's language changed).
fn collect(
    run: Option<Res<LabRun>>,
    window_lang: Res<WindowLang>,
    mut results: ResMut<LabResults>,
    mut cost: ResMut<LabCost>,
) {
    let lang = window_lang.0;
    let Some(run) = run else { return };
    let began = std::time::Instant::now();
    let mut changed = false;
    if let Ok(p) = run.shared.progress.lock() {
        for (mine, theirs) in results.trials.iter_mut().zip(&p.trials) {
            if theirs.len() > mine.len() {
                mine.extend_from_slice(&theirs[mine.len()..]);
                changed = true;
            }
        }
        if changed {
            results.summaries = p.summaries.clone();
            results.comparisons = p.comparisons.clone();
            results.lang = Some(run.lang);
        }
        if p.finished && !results.finished {
            results.finished = true;
            changed = true;
        }
    }
    if results.lang != Some(lang) {
        results.refresh(lang);
    }
    if changed {
        cost.refresh_ms = cost.refresh_ms.max(began.elapsed().as_secs_f64() * 1000.0);
    }
}
