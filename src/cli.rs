//! Command-line interface: `check`, `scenarios`, `run`, the batch commands and (with the
//! client) `play`.
use crate::sim::files;
use crate::sim::load::{self, Diagnostic, LoadError};
use crate::text::{Lang, Message, diagnostics};
use clap::{Parser, Subcommand};
use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

/// Águila y Corona: the Second French Intervention in Mexico, 1861–1867.
#[derive(Debug, Parser)]
#[command(name = "aguila", version, about)]
pub struct Cli {
    /// What to do; without a command the game window opens.
    #[command(subcommand)]
    pub command: Option<Cmd>,
    /// Language (en, es, pt, …) for the game window when no command is given; every command
    /// also takes its own `--lang`. Default from LANG.
    #[arg(long)]
    pub lang: Option<String>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Cmd {
    /// Check scenario files and report every error with its place, and which files it used.
    Check {
        /// Scenario or variant files, or ids of built-in or mod scenarios.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Print the findings as JSON (each with a `code` that does not depend on the language).
        #[arg(long)]
        json: bool,
        /// Language of the messages (en, es, pt, …); default from LANG.
        #[arg(long)]
        lang: Option<String>,
        /// List every scenario text a translation lacks, not one line per language.
        #[arg(long)]
        verbose: bool,
    },
    /// List the scenarios a command can name by id: the built-in ones and the mods.
    Scenarios {
        /// Language of the titles (en, es, pt, …); default from LANG.
        #[arg(long)]
        lang: Option<String>,
    },
    /// Print a scenario's translation template for a language (for translators).
    Texts {
        /// Scenario file, or the id of a built-in or mod scenario.
        file: PathBuf,
        /// Language of the template, and of the messages if the game has it: es, pt, fr…
        #[arg(long)]
        lang: String,
    },
    /// Play a campaign with both sides under the AI (`--policy` easy, normal, hard or baseline).
    Run(crate::run::RunArgs),
    /// Play a recorded war back (`run --record`) and check that it arrives where it was recorded.
    Replay(crate::run::ReplayArgs),
    /// Play many campaigns in parallel and report shares, key dates and provinces held.
    Trials(crate::lab::trials::TrialsArgs),
    /// Compare counterfactuals with the same seeds (paired trials).
    Compare(crate::lab::compare::CompareArgs),
    /// Play one lever over several values on the same seeds (a table and a chart).
    Sweep(crate::lab::sweep::SweepArgs),
    /// Play every lever at its low and high plausible value against the default (a tornado).
    Sensitivity(crate::lab::sensitivity::SensitivityArgs),
    /// Write a teacher's pack (a lesson over a scenario), or check one with --check.
    Pack(crate::lesson::PackArgs),
    /// Read students' saves against their pack: a debrief in Markdown and CSV.
    Debrief(crate::lesson::debrief::DebriefArgs),
    /// Hold the model against the historical calibration targets.
    Calibrate(crate::lab::calibrate::CalibrateArgs),
    /// Open the game window.
    #[cfg(feature = "client")]
    Play(crate::client::PlayArgs),
}

/// Runs the command line; returns the process exit code.
pub fn main() -> ExitCode {
    let args: Vec<String> = std::env::args_os()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    // The language of the whole line, read before clap parses it, so that the errors of
    // value parsers (a bad `--set`, a bad month) and every subcommand's words are in it.
    let asked = lang_in_args(&args);
    let lang = Lang::from_option(asked.as_deref());
    // A language asked for by name that has no translation is said, not silently replaced
    // (`texts --lang` names the language of a translation still to be written).
    if let Some(code) = &asked
        && Lang::known(code).is_none()
        && args.get(1).map(String::as_str) != Some("texts")
    {
        let message = Message::new("cli-lang-unknown")
            .arg("code", code.as_str())
            .arg("used", lang.code())
            .arg("available", Lang::codes().join(", "));
        eprintln!("{}", warning_line(lang, &lang.render(&message)));
    }
    let parsed = crate::cli_help::localized(lang, <Cli as clap::CommandFactory>::command())
        .try_get_matches_from(&args)
        .and_then(|m| <Cli as clap::FromArgMatches>::from_arg_matches(&m));
    let cli = match parsed {
        Ok(cli) => cli,
        Err(e) => return parse_error(lang, &e),
    };
    match cli.command {
        Some(Cmd::Check {
            files,
            json,
            verbose,
            ..
        }) => check(lang, &files, json, verbose),
        Some(Cmd::Run(args)) => crate::run::run(lang, &args),
        Some(Cmd::Replay(args)) => crate::run::replay(lang, &args),
        Some(Cmd::Trials(args)) => crate::lab::trials::run(lang, &args),
        Some(Cmd::Compare(args)) => crate::lab::compare::run(lang, &args),
        Some(Cmd::Sweep(args)) => crate::lab::sweep::run(lang, &args),
        Some(Cmd::Sensitivity(args)) => crate::lab::sensitivity::run(lang, &args),
        Some(Cmd::Calibrate(args)) => crate::lab::calibrate::run(lang, &args),
        Some(Cmd::Pack(args)) => crate::lesson::run(lang, &args),
        Some(Cmd::Debrief(args)) => crate::lesson::debrief::run(lang, &args),
        Some(Cmd::Texts { file, lang: target }) => texts(lang, &file, &target),
        Some(Cmd::Scenarios { .. }) => crate::cli_scenarios::list(lang),
        #[cfg(feature = "client")]
        Some(Cmd::Play(args)) => crate::client::play(args),
        #[cfg(feature = "client")]
        None => crate::client::play(crate::client::PlayArgs {
            lang: cli.lang,
            ..Default::default()
        }),
        #[cfg(not(feature = "client"))]
        None => {
            eprintln!("{}", lang.tr("cli-no-client"));
            ExitCode::from(2)
        }
    }
}

/// A command line clap could not read, explained in the reader's language; help and version
/// requests are printed as clap writes them.
fn parse_error(lang: Lang, e: &clap::Error) -> ExitCode {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    let context = |kind: ContextKind| match e.get(kind) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(v)) => v.join(", "),
        Some(other) => other.to_string(),
        None => String::new(),
    };
    // The messages select on "none" when clap has no suggestion to make.
    let or_none = |s: String| if s.is_empty() { "none".to_string() } else { s };
    let message = match e.kind() {
        ErrorKind::DisplayHelp
        | ErrorKind::DisplayVersion
        | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
        }
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
            // A value parser's own reason (a bad month, a bad `--set`) is a message to word.
            let reason = match std::error::Error::source(e) {
                Some(r) => match r.downcast_ref::<BadValue>() {
                    Some(BadValue(m)) => lang.render(m),
                    None => r.to_string(),
                },
                None => lang.render(
                    &Message::new("cli-possible-values")
                        .arg("values", context(ContextKind::ValidValue)),
                ),
            };
            Message::new("cli-invalid-value")
                .arg("value", context(ContextKind::InvalidValue))
                .arg("option", context(ContextKind::InvalidArg))
                .arg("reason", reason)
        }
        ErrorKind::UnknownArgument => Message::new("cli-unknown-option")
            .arg("option", context(ContextKind::InvalidArg))
            .arg("suggestion", or_none(context(ContextKind::SuggestedArg))),
        ErrorKind::InvalidSubcommand => Message::new("cli-unknown-command")
            .arg("command", context(ContextKind::InvalidSubcommand))
            .arg(
                "suggestion",
                or_none(context(ContextKind::SuggestedSubcommand)),
            ),
        ErrorKind::MissingRequiredArgument => {
            Message::new("cli-missing").arg("options", context(ContextKind::InvalidArg))
        }
        ErrorKind::ArgumentConflict => Message::new("cli-conflict")
            .arg("option", context(ContextKind::InvalidArg))
            .arg("other", context(ContextKind::PriorArg)),
        _ => {
            let _ = e.print();
            return ExitCode::from(2);
        }
    };
    eprintln!("{}", error_line(lang, &lang.render(&message)));
    eprintln!("{}", lang.tr("cli-see-help"));
    ExitCode::from(2)
}

/// A value the command line refused (a bad month, a bad `--set`), as a message that the
/// parse error words in the reader's language.
#[derive(Debug)]
pub struct BadValue(pub Message);

/// The message's key, for logs; a reader is shown it worded by [`parse_error`].
impl std::fmt::Display for BadValue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0.key)
    }
}

impl std::error::Error for BadValue {}

/// `--until`, `--save-at`: a month `YYYY-MM`.
pub fn parse_month(text: &str) -> Result<crate::sim::Month, BadValue> {
    text.parse()
        .map_err(|e: crate::sim::date::MonthParseError| BadValue(e.message()))
}

/// `--set name=value`.
pub fn parse_set(text: &str) -> Result<(String, String), BadValue> {
    load::parse_assignment(text).map_err(BadValue)
}

/// The language asked for with `--lang` anywhere on the line. It is read before clap parses
/// the line, so that the errors of value parsers (a bad `--set`, a bad month) and every
/// subcommand's messages are in that language.
fn lang_in_args(args: &[String]) -> Option<String> {
    let mut it = args.iter().skip(1);
    while let Some(a) = it.next() {
        if a == "--" {
            break;
        }
        if a == "--lang" {
            return it.next().cloned();
        }
        if let Some(v) = a.strip_prefix("--lang=") {
            return Some(v.to_string());
        }
    }
    None
}

/// `error: …` in the reader's language.
pub fn error_line(lang: Lang, message: &str) -> String {
    lang.render(&Message::new("cli-error").arg("message", message))
}

/// `warning: …` in the reader's language.
pub fn warning_line(lang: Lang, message: &str) -> String {
    lang.render(&Message::new("cli-warning").arg("message", message))
}

/// Whether to colour output for a human.
pub fn color() -> bool {
    std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none()
}

fn check(lang: Lang, files: &[PathBuf], json: bool, verbose: bool) -> ExitCode {
    let mut all: Vec<Diagnostic> = Vec::new();
    let mut failed = false;
    let mut human = String::new();
    for asked in files {
        // An id names the mod or built-in scenario of that id.
        let path = &crate::scenarios::resolve(asked);
        // A teacher's pack is checked with everything it names, and says its hash.
        if crate::sim::pack::is_pack_text(&std::fs::read_to_string(path).unwrap_or_default()) {
            if !json {
                failed |= !crate::lesson::check_one(lang, path);
                continue;
            }
            match crate::sim::pack::load_pack(path) {
                Ok(p) => all.extend(p.loaded.warnings),
                Err(LoadError::Invalid { diagnostics, .. }) => {
                    failed = true;
                    all.extend(diagnostics);
                }
                Err(e) => {
                    failed = true;
                    all.push(io_diagnostic(&e, path));
                }
            }
            continue;
        }
        // A variant file is checked with its base: warnings and texts are the base's.
        match crate::sim::variant::load_any(path) {
            Ok(any) => {
                let used = crate::cli_scenarios::used_lines(lang, path, &any);
                let mut loaded = any.loaded;
                let text = files::read_to_string(&any.scenario_path).unwrap_or_default();
                // Tools get every missing text located; a reader one line per language.
                loaded.warnings.extend(translation_warnings(
                    &any.scenario_path,
                    &loaded.scenario,
                    &text,
                    json || verbose,
                ));
                // A variant's own sources are checked in its own text.
                let own = match any.variant {
                    Some(_) => files::read_to_string(path).unwrap_or_default(),
                    None => String::new(),
                };
                let own_warnings =
                    crate::sim::history_check::source_warnings(&own, &path.display().to_string());
                if !json {
                    human.push_str(&diagnostics::render(lang, &loaded.warnings, &text, color()));
                    human.push_str(&diagnostics::render(lang, &own_warnings, &own, color()));
                    let summary = Message::new("check-ok")
                        .arg("file", path.display().to_string())
                        .arg("provinces", loaded.scenario.provinces.len())
                        .arg("leaders", loaded.scenario.leaders.len())
                        .arg("events", loaded.scenario.events.len())
                        .arg("warnings", loaded.warnings.len() + own_warnings.len());
                    human.push_str(&format!("{}\n", lang.render(&summary)));
                    human.push_str(&used);
                }
                all.extend(loaded.warnings);
                all.extend(own_warnings);
            }
            Err(LoadError::Invalid {
                file,
                source_text,
                diagnostics,
            }) => {
                failed = true;
                if !json {
                    human.push_str(&crate::text::diagnostics::render(
                        lang,
                        &diagnostics,
                        &source_text,
                        color(),
                    ));
                    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
                    let summary = Message::new("check-failed")
                        .arg("file", file.as_str())
                        .arg("errors", errors);
                    human.push_str(&format!("{}\n", lang.render(&summary)));
                }
                all.extend(diagnostics);
            }
            Err(e @ LoadError::Io { .. }) => {
                failed = true;
                if !json {
                    human.push_str(&format!("{}\n", diagnostics::load_error(lang, &e)));
                }
                all.push(io_diagnostic(&e, path));
            }
        }
    }
    if !json {
        human.push_str(&crate::cli_scenarios::interface_lines(lang));
    }
    if json {
        let all: Vec<serde_json::Value> =
            all.iter().map(|d| diagnostics::to_json(lang, d)).collect();
        println!(
            "{}",
            serde_json::to_string_pretty(&serde_json::json!({ "ok": !failed, "diagnostics": all }))
                .unwrap_or_default()
        );
    } else if failed {
        eprint!("{human}");
    } else {
        print!("{human}");
    }
    if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn texts(lang: Lang, asked: &std::path::Path, target: &str) -> ExitCode {
    let file = &crate::scenarios::resolve(asked);
    match load::load_scenario_file(file) {
        Ok(loaded) => {
            crate::text::scenario::register_scenario_file(file);
            print!(
                "{}",
                crate::text::scenario::template(&loaded.scenario, target)
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{}", error_line(lang, &diagnostics::load_error(lang, &e)));
            ExitCode::from(1)
        }
    }
}

/// Warnings for scenario texts missing from a translation: they fall back to English. Each
/// text its own warning when `each`, else one warning per language, at its first missing text.
fn translation_warnings(
    path: &std::path::Path,
    scenario: &crate::sim::Scenario,
    text: &str,
    each: bool,
) -> Vec<Diagnostic> {
    crate::text::scenario::register_scenario_file(path);
    let keys = crate::text::scenario::text_keys(scenario);
    let file = path.display().to_string();
    let at = load::Locator::new(text);
    let missing = crate::text::scenario::missing_translations(&scenario.id, &keys);
    if !each {
        let mut by_language: Vec<(String, usize, crate::text::scenario::TextKey)> = Vec::new();
        for (lang, k) in missing {
            match by_language.iter_mut().find(|(l, _, _)| *l == lang) {
                Some((_, count, _)) => *count += 1,
                None => by_language.push((lang, 1, k)),
            }
        }
        return by_language
            .into_iter()
            .map(|(lang, count, first)| {
                load::Diagnostic::warning_located(
                    &file,
                    &at,
                    &first.item,
                    Message::new("check-missing-translations")
                        .arg("lang", lang.as_str())
                        .arg("count", count)
                        .arg("first", first.key.as_str()),
                    Some(
                        Message::new("check-missing-translations-help")
                            .arg("lang", lang.as_str())
                            .arg("file", file.as_str()),
                    ),
                )
                .with_code("missing-translation")
            })
            .collect();
    }
    missing
        .into_iter()
        .map(|(lang, k)| {
            load::Diagnostic::warning_located(
                &file,
                &at,
                &k.item,
                Message::new("check-missing-translation")
                    .arg("lang", lang.as_str())
                    .arg("key", k.key.as_str()),
                Some(
                    Message::new("check-missing-translation-help")
                        .arg("lang", lang.as_str())
                        .arg("key", k.key.as_str())
                        .arg("scenario", scenario.id.as_str()),
                ),
            )
        })
        .collect()
}

fn io_diagnostic(e: &LoadError, path: &std::path::Path) -> Diagnostic {
    Diagnostic::file_error(&path.display().to_string(), e.message())
}
