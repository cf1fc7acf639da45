//! `aguila run`: a whole campaign with both sides under the AI (or the baseline policy), as a chronicle or as JSON, with
//! saving at a month and resuming from a save.
use crate::cli::{error_line, warning_line};
use crate::sim::load;
use crate::sim::policy::play_month;
use crate::sim::replay;
use crate::sim::{GameState, Month, Side};
use crate::text::chronicle;
use crate::text::{Lang, Message, diagnostics};
use clap::Args;
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::ExitCode;

/// Options of `aguila run`.
#[derive(Debug, Args)]
pub struct RunArgs {
    /// Scenario or variant: a file, or the id of a built-in or mod scenario (`aguila
    /// scenarios` lists them); the built-in historical war by default.
    #[arg(long)]
    pub scenario: Option<PathBuf>,
    /// Play a war under a teacher's pack: its scenario, its locked levers, its turn limit.
    #[arg(long, conflicts_with_all = ["scenario", "load"])]
    pub pack: Option<PathBuf>,
    /// With --pack: the prediction recorded before the war (one of the pack's choices, by
    /// number or words, or free words if it offers none).
    #[arg(long, requires = "pack")]
    pub prediction: Option<String>,
    /// Save the state to FILE (RON) when the run stops: at the war's end, --until, or the
    /// pack's turn limit.
    #[arg(long)]
    pub save: Option<PathBuf>,
    /// Random seed (1 if not given). With --load, a new seed for the rest of the war; without
    /// it the saved war's own random generator goes on.
    #[arg(long)]
    pub seed: Option<u64>,
    /// Stop after this month (YYYY-MM) even if the war goes on.
    #[arg(long, value_parser = crate::cli::parse_month)]
    pub until: Option<Month>,
    /// Override a counterfactual parameter: --set name=value (repeatable).
    #[arg(long = "set", value_parser = crate::cli::parse_set)]
    pub set: Vec<(String, String)>,
    /// Print a machine-readable result instead of the chronicle.
    #[arg(long)]
    pub json: bool,
    /// Save the state at the start of MONTH to FILE (RON): --save-at 1864-06 FILE.
    #[arg(long, num_args = 2, value_names = ["MONTH", "FILE"])]
    pub save_at: Option<Vec<String>>,
    /// Continue a saved game instead of starting a scenario; with --set or --seed, a branch:
    /// the war from the saved month with other levers or another seed.
    #[arg(long, conflicts_with = "scenario")]
    pub load: Option<PathBuf>,
    /// Record the war as a replay in FILE (the starting state, every month's commands and
    /// the state's digest after each), for `aguila replay`.
    #[arg(long, value_name = "FILE")]
    pub record: Option<PathBuf>,
    /// Language of the chronicle (en, es, pt, …); default from LANG.
    #[arg(long)]
    pub lang: Option<String>,
    /// Who plays both sides: the AI at a level (easy, normal, hard) or the fixed baseline.
    #[arg(long, value_enum, default_value_t = crate::lab::Policy::Normal)]
    pub policy: crate::lab::Policy,
}

/// One month of the JSON result.
#[derive(Debug, Serialize)]
pub struct MonthRecord {
    /// The month.
    pub month: Month,
    /// Who holds each province, by id.
    pub holders: BTreeMap<String, &'static str>,
    /// Every track, by id.
    pub tracks: BTreeMap<String, f64>,
    /// How much each term moved France's will this month (negative: a drain), by cause:
    /// spending, casualties, time, us_pressure, european_crisis, home_opinion,
    /// clerical_policy, battles. Empty once France is gone.
    pub france_will_causes: BTreeMap<String, f64>,
    /// Provinces held: republic, contested, empire.
    pub counts: [u32; 3],
    /// Treasuries: republic, empire.
    pub treasury: [f64; 2],
    /// Men in armies: republic, empire.
    pub troops: [u32; 2],
    /// Armies on the map: republic, empire.
    pub armies: [usize; 2],
}

/// The JSON result of a run.
#[derive(Debug, Serialize)]
pub struct RunResult {
    /// Scenario id.
    pub scenario: String,
    /// Seed.
    pub seed: u64,
    /// Parameter values used.
    pub parameters: BTreeMap<String, String>,
    /// The short hash of the teacher's pack the war is played under, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pack: Option<String>,
    /// How it ended (absent if stopped by --until).
    pub outcome: Option<crate::sim::state::Outcome>,
    /// For a branch from a save, what it changed, in words.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub branch: Option<String>,
    /// Every event, with its month and chronicle line (if it has one).
    pub events: Vec<EventRecord>,
    /// The state at the end of each month.
    pub months: Vec<MonthRecord>,
}

/// One event of the JSON result.
#[derive(Debug, Serialize)]
pub struct EventRecord {
    /// The month it happened in.
    pub month: Month,
    /// The event.
    pub event: crate::sim::Event,
    /// Its chronicle line.
    pub text: Option<String>,
}

/// The state summarised for one month.
pub fn month_record(state: &GameState, month: Month) -> MonthRecord {
    let (r, c, e) = state.holder_counts();
    MonthRecord {
        month,
        holders: (0..state.provinces.len())
            .map(|p| {
                (
                    state.scenario.provinces[p].id.clone(),
                    state.holder(p).key(),
                )
            })
            .collect(),
        tracks: state
            .scenario
            .tracks
            .iter()
            .zip(&state.tracks)
            .map(|(t, v)| (t.id.clone(), *v))
            .collect(),
        france_will_causes: state
            .france
            .will_causes
            .iter()
            .map(|c| (c.cause.to_string(), c.amount))
            .collect(),
        counts: [r, c, e],
        treasury: state.treasury,
        troops: [
            state.troops(crate::sim::Side::Republic),
            state.troops(crate::sim::Side::Empire),
        ],
        armies: [
            state
                .armies
                .iter()
                .filter(|a| a.side == crate::sim::Side::Republic)
                .count(),
            state
                .armies
                .iter()
                .filter(|a| a.side == crate::sim::Side::Empire)
                .count(),
        ],
    }
}

/// Starts a game from a scenario file with parameter overrides; errors are ready to print.
pub fn start(
    lang: Lang,
    path: &std::path::Path,
    overrides: &[(String, String)],
    seed: u64,
    color: bool,
) -> Result<GameState, String> {
    let any = crate::sim::variant::load_any(path)
        .map_err(|e| diagnostics::load_error_report(lang, &e, color))?;
    // A variant's own changes first, so that --set can change them again.
    let overrides = [any.overrides.as_slice(), overrides].concat();
    let params =
        load::parameter_values(&any.loaded.scenario, &overrides).map_err(|m| lang.render(&m))?;
    Ok(GameState::new(any.loaded.scenario, params, seed))
}

/// Why `--until` or `--save-at` cannot do what they ask in this war: a month before the one
/// about to be played or after the scenario's end (they would silently do nothing), or a save
/// that would overwrite a file that is not a save (the scenario itself, say).
fn months_outside_the_war(
    state: &GameState,
    args: &RunArgs,
    save_at: Option<&(Month, PathBuf)>,
) -> Option<Message> {
    let (first, last) = (state.month, state.scenario.end);
    let asked = [
        ("--until", args.until),
        ("--save-at", save_at.map(|(m, _)| *m)),
    ];
    for (option, month) in asked {
        if let Some(m) = month
            && (m < first || m > last)
        {
            return Some(
                Message::new("run-month-outside")
                    .arg("option", option)
                    .arg("month", m.to_string())
                    .arg("first", first.to_string())
                    .arg("last", last.to_string()),
            );
        }
    }
    // Only a save may be written over: never the scenario, a variant or any other file.
    [save_at.map(|(_, f)| f), args.save.as_ref()]
        .into_iter()
        .flatten()
        .find(|file| file.exists() && !load::is_save_file(file))
        .map(|file| Message::new("run-save-over-other").arg("file", file.display().to_string()))
}

/// A war under a teacher's pack: the pack's lever values with the student's `--set` changes
/// (a locked lever refused), the lesson record with the prediction, and the pack's header and
/// questions to print before the chronicle.
fn start_pack(
    lang: Lang,
    path: &std::path::Path,
    args: &RunArgs,
) -> Result<(GameState, String), String> {
    let p = crate::lesson::load(lang, path)?;
    crate::text::scenario::register_scenario_file(&p.scenario_path);
    let values = p.values_with(&args.set).map_err(|m| lang.render(&m))?;
    let mut lesson = crate::sim::lesson::Lesson::new(
        &p.hash,
        &p.pack.title,
        p.pack.sides.clone(),
        p.last_month(),
    );
    if let Some(given) = &args.prediction {
        lesson.prediction = Some(crate::lesson::prediction_answer(lang, &p, given)?);
    }
    let mut state = GameState::new(p.loaded.scenario.clone(), values, args.seed.unwrap_or(1));
    state.lesson = Some(lesson);
    let intro = format!(
        "{}\n{}",
        crate::lesson::header(lang, &p),
        crate::lesson::questions(lang, &p)
    );
    Ok((state, intro))
}

/// Runs `aguila run`.
pub fn run(lang: Lang, args: &RunArgs) -> ExitCode {
    let color = crate::cli::color();
    let save_at = match &args.save_at {
        Some(v) => match (v[0].parse::<Month>(), PathBuf::from(&v[1])) {
            (Ok(m), f) => Some((m, f)),
            (Err(e), _) => {
                let why = lang.render(&e.message());
                eprintln!("{}", error_line(lang, &format!("--save-at: {why}")));
                return ExitCode::from(2);
            }
        },
        None => None,
    };
    let mut branched = None;
    let mut intro = String::new();
    let started = match (&args.load, &args.scenario, &args.pack) {
        (Some(path), _, _) => load::load_state(path)
            .map_err(|e| diagnostics::save_error(lang, &e))
            .and_then(|mut state| {
                if args.set.is_empty() && args.seed.is_none() {
                    return Ok(state);
                }
                let changes = crate::sim::branch::branch(&mut state, &args.set, args.seed)
                    .map_err(|m| lang.render(&m))?;
                branched = Some(branch_statement(lang, &state, path, &changes, args.seed));
                Ok(state)
            }),
        (None, _, Some(pack)) => start_pack(lang, pack, args).map(|(state, text)| {
            intro = text;
            state
        }),
        (None, asked, None) => {
            let path = match asked {
                Some(path) => crate::scenarios::resolve(path),
                None => crate::scenarios::default_path(),
            };
            crate::text::scenario::register_scenario_file(&path);
            start(lang, &path, &args.set, args.seed.unwrap_or(1), color)
        }
    };
    let mut state = match started {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{}", error_line(lang, &e));
            return ExitCode::from(1);
        }
    };
    if let Some(problem) = months_outside_the_war(&state, args, save_at.as_ref()).or_else(|| {
        args.record
            .as_deref()
            .and_then(replay::would_overwrite_other)
    }) {
        eprintln!("{}", error_line(lang, &lang.render(&problem)));
        return ExitCode::from(2);
    }
    let mut recorder = args.record.as_ref().map(|_| replay::Recorder::new(&state));
    let mut result = RunResult {
        scenario: state.scenario.id.clone(),
        seed: state.seed,
        parameters: state
            .scenario
            .parameters
            .iter()
            .zip(&state.params)
            .map(|(p, v)| (p.id.clone(), v.to_string()))
            .collect(),
        pack: state.lesson.as_ref().map(|l| l.pack.clone()),
        outcome: None,
        branch: None,
        events: Vec::new(),
        months: Vec::new(),
    };
    let mut out = intro;
    if let Some(statement) = &branched {
        if args.json {
            result.branch = Some(statement.clone());
        } else {
            out.push_str(statement);
            out.push('\n');
        }
    }
    // A lesson stops at its turn limit, whatever --until asks.
    let until = match (&state.lesson, args.until) {
        (Some(l), Some(u)) => Some(u.min(l.last_month)),
        (Some(l), None) => Some(l.last_month),
        (None, u) => u,
    };
    let mut player = args.policy.player();
    while state.outcome.is_none() {
        let month = state.month;
        if until.is_some_and(|u| month > u) {
            break;
        }
        if let Some((at, file)) = &save_at
            && *at == month
        {
            if let Err(e) = load::save_state(&state, file) {
                eprintln!("{}", error_line(lang, &diagnostics::save_error(lang, &e)));
                return ExitCode::from(1);
            }
            if !args.json {
                let saved = Message::new("run-saved")
                    .arg("month", month.to_string())
                    .arg("file", file.display().to_string());
                out.push_str(&format!("{}\n", lang.render(&saved)));
            }
        }
        let (commands, events) = play_month(&mut state, player.as_mut(), &Side::BOTH);
        if let Some(recorder) = &mut recorder {
            recorder.month(month, commands, &state);
        }
        if args.json {
            for ev in events {
                let text = chronicle::describe(lang, &state, &ev);
                result.events.push(EventRecord {
                    month,
                    event: ev,
                    text,
                });
            }
        } else {
            for line in chronicle::tell(lang, &state, &events) {
                out.push_str(&line.text);
                out.push('\n');
            }
        }
        if args.json {
            result.months.push(month_record(&state, month));
        } else {
            out.push_str(&chronicle::holdings_line(lang, &state));
            out.push('\n');
        }
    }
    if let Some((at, _)) = &save_at
        && *at >= state.month
        && state.outcome.is_some()
    {
        let message = Message::new("run-not-saved").arg("month", at.to_string());
        eprintln!("{}", warning_line(lang, &lang.render(&message)));
    }
    result.outcome = state.outcome.clone();
    if let (Some(recorder), Some(file)) = (recorder, &args.record) {
        if let Err(e) = replay::save_replay(&recorder.finish(), file) {
            eprintln!("{}", error_line(lang, &lang.render(&e.message())));
            return ExitCode::from(1);
        }
        if !args.json {
            let recorded = Message::new("run-recorded").arg("file", file.display().to_string());
            out.push_str(&format!("{}\n", lang.render(&recorded)));
        }
    }
    if let Some(file) = &args.save {
        if let Err(e) = load::save_state(&state, file) {
            eprintln!("{}", error_line(lang, &diagnostics::save_error(lang, &e)));
            return ExitCode::from(1);
        }
        if !args.json {
            let saved = Message::new("run-saved-end")
                .arg("month", state.month.to_string())
                .arg("file", file.display().to_string());
            out.push_str(&format!("{}\n", lang.render(&saved)));
        }
    }
    if args.json {
        match serde_json::to_string_pretty(&result) {
            Ok(s) => println!("{s}"),
            Err(e) => {
                eprintln!("{}", error_line(lang, &e.to_string()));
                return ExitCode::from(1);
            }
        }
    } else {
        print!("{out}");
    }
    ExitCode::SUCCESS
}

/// What a branch changed, in a sentence: the save and its month, each lever from its value to
/// the new one, and the seed.
fn branch_statement(
    lang: Lang,
    state: &GameState,
    save: &std::path::Path,
    changes: &[crate::sim::branch::LeverChange],
    seed: Option<u64>,
) -> String {
    let levers: Vec<String> = changes
        .iter()
        .map(|c| {
            lang.render(
                &Message::new("run-branch-lever")
                    .arg("name", c.id.as_str())
                    .arg("before", c.before.to_string())
                    .arg("after", c.after.to_string()),
            )
        })
        .collect();
    let message = Message::new("run-branch")
        .arg("file", save.display().to_string())
        .arg("month", state.month.to_string())
        .arg("changes", levers.len())
        .arg("levers", levers.join("; "))
        .arg(
            "seed",
            seed.map_or_else(|| "-".to_string(), |s| s.to_string()),
        )
        .arg("new-seed", if seed.is_some() { "yes" } else { "no" });
    lang.render(&message)
}

/// Options of `aguila replay`.
#[derive(Debug, Args)]
pub struct ReplayArgs {
    /// The replay file (written by `aguila run --record`).
    pub file: PathBuf,
    /// Only check that the rules arrive at every recorded month's state; print no chronicle.
    #[arg(long)]
    pub verify: bool,
    /// Language of the chronicle and the messages (en, es, pt, …); default from LANG.
    #[arg(long)]
    pub lang: Option<String>,
}

/// Runs `aguila replay`: plays a recorded war back through the rules, printing its chronicle
/// (unless `--verify`), and says whether it arrived where it was recorded.
pub fn replay(lang: Lang, args: &ReplayArgs) -> ExitCode {
    let recorded = match replay::load_replay(&args.file) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("{}", error_line(lang, &lang.render(&e.message())));
            return ExitCode::from(1);
        }
    };
    let mut out = String::new();
    let played = replay::play_back(&recorded, |state, _, events| {
        if !args.verify {
            for line in chronicle::tell(lang, state, events) {
                out.push_str(&line.text);
                out.push('\n');
            }
            out.push_str(&chronicle::holdings_line(lang, state));
            out.push('\n');
        }
    });
    print!("{out}");
    match played {
        Ok(end) => {
            let message = Message::new("replay-verified")
                .arg("file", args.file.display().to_string())
                .arg("months", recorded.months.len())
                .arg("month", end.month.to_string())
                .arg("over", if end.outcome.is_some() { "yes" } else { "no" });
            println!("{}", lang.render(&message));
            ExitCode::SUCCESS
        }
        Err(e) => {
            let mut why = lang.render(&e.message());
            if let replay::ReplayError::Refused { error, .. } = &e {
                why = format!(
                    "{why}: {}",
                    crate::text::refusals::refusal(lang, &recorded.start, error)
                );
            }
            eprintln!("{}", error_line(lang, &why));
            ExitCode::from(1)
        }
    }
}
