//! Command-line interface: `check`, `run` and (with the client) `play`.
use crate::i18n::{self, Message};
use crate::sim::load::{self, Diagnostic, LoadError};
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
    /// Check scenario files and report every error with its place.
    Check {
        /// Scenario files.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Print the findings as JSON (each with a `code` that does not depend on the language).
        #[arg(long)]
        json: bool,
        /// Language of the messages (en, es, pt, …); default from LANG.
        #[arg(long)]
        lang: Option<String>,
    },
    /// Print a scenario's translation template for a language (for translators).
    Texts {
        /// Scenario file.
        file: PathBuf,
        /// Language of the template, and of the messages if the game has it: es, pt, fr…
        #[arg(long)]
        lang: String,
    },
    /// Play a campaign with both sides under the AI (`--policy` easy, normal, hard or baseline).
    Run(crate::run::RunArgs),
    /// Play many campaigns in parallel and report shares, key dates and provinces held.
    Trials(crate::lab::trials::TrialsArgs),
    /// Compare counterfactuals with the same seeds (paired trials).
    Compare(crate::lab::compare::CompareArgs),
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
    i18n::set_language(&lang_in_args(&args).unwrap_or_else(i18n::language_from_env));
    let parsed = crate::cli_help::localized(<Cli as clap::CommandFactory>::command())
        .try_get_matches_from(&args)
        .and_then(|m| <Cli as clap::FromArgMatches>::from_arg_matches(&m));
    let cli = match parsed {
        Ok(cli) => cli,
        Err(e) => return parse_error(&e),
    };
    match cli.command {
        Some(Cmd::Check { files, json, .. }) => check(&files, json),
        Some(Cmd::Run(args)) => crate::run::run(&args),
        Some(Cmd::Trials(args)) => crate::lab::trials::run(&args),
        Some(Cmd::Compare(args)) => crate::lab::compare::run(&args),
        Some(Cmd::Calibrate(args)) => crate::lab::calibrate::run(&args),
        Some(Cmd::Texts { file, lang }) => texts(&file, &lang),
        #[cfg(feature = "client")]
        Some(Cmd::Play(args)) => crate::client::play(args),
        #[cfg(feature = "client")]
        None => crate::client::play(crate::client::PlayArgs {
            lang: cli.lang,
            ..Default::default()
        }),
        #[cfg(not(feature = "client"))]
        None => {
            eprintln!("{}", i18n::tr("cli-no-client"));
            ExitCode::from(2)
        }
    }
}

/// A command line clap could not read, explained in the reader's language; help and version
/// requests are printed as clap writes them.
fn parse_error(e: &clap::Error) -> ExitCode {
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
            // A value parser's own reason (a bad month, a bad `--set`) is already translated.
            let reason = std::error::Error::source(e)
                .map(|r| r.to_string())
                .unwrap_or_else(|| {
                    Message::new("cli-possible-values")
                        .arg("values", context(ContextKind::ValidValue))
                        .to_string()
                });
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
    eprintln!("{}", error_line(&message.to_string()));
    eprintln!("{}", Message::new("cli-see-help"));
    ExitCode::from(2)
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

/// `error: …` in the current language.
pub fn error_line(message: &str) -> String {
    Message::new("cli-error").arg("message", message).render()
}

/// `warning: …` in the current language.
pub fn warning_line(message: &str) -> String {
    Message::new("cli-warning").arg("message", message).render()
}

/// Whether to colour output for a human.
pub fn color() -> bool {
    std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none()
}

fn check(files: &[PathBuf], json: bool) -> ExitCode {
    let mut all: Vec<Diagnostic> = Vec::new();
    let mut failed = false;
    let mut human = String::new();
    for path in files {
        // A variant file is checked with its base: warnings and texts are the base's.
        match crate::sim::variant::load_any(path) {
            Ok(any) => {
                let mut loaded = any.loaded;
                let text = std::fs::read_to_string(&any.scenario_path).unwrap_or_default();
                loaded.warnings.extend(translation_warnings(
                    &any.scenario_path,
                    &loaded.scenario,
                    &text,
                ));
                // A variant's own sources are checked in its own text.
                let own = match any.variant {
                    Some(_) => std::fs::read_to_string(path).unwrap_or_default(),
                    None => String::new(),
                };
                let own_warnings =
                    crate::sim::history_check::source_warnings(&own, &path.display().to_string());
                if !json {
                    human.push_str(&load::render(&loaded.warnings, &text, color()));
                    human.push_str(&load::render(&own_warnings, &own, color()));
                    let summary = Message::new("check-ok")
                        .arg("file", path.display().to_string())
                        .arg("provinces", loaded.scenario.provinces.len())
                        .arg("leaders", loaded.scenario.leaders.len())
                        .arg("events", loaded.scenario.events.len())
                        .arg("warnings", loaded.warnings.len() + own_warnings.len());
                    human.push_str(&format!("{summary}\n"));
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
                    human.push_str(&load::render(&diagnostics, &source_text, color()));
                    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
                    let summary = Message::new("check-failed")
                        .arg("file", file.as_str())
                        .arg("errors", errors);
                    human.push_str(&format!("{summary}\n"));
                }
                all.extend(diagnostics);
            }
            Err(e @ LoadError::Io { .. }) => {
                failed = true;
                if !json {
                    human.push_str(&format!("{e}\n"));
                }
                all.push(io_diagnostic(&e, path));
            }
        }
    }
    if json {
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

fn texts(file: &std::path::Path, lang: &str) -> ExitCode {
    match load::load_scenario_file(file) {
        Ok(loaded) => {
            crate::scenario_texts::register_scenario_file(file);
            print!(
                "{}",
                crate::scenario_texts::template(&loaded.scenario, lang)
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{}", error_line(&e.to_string()));
            ExitCode::from(1)
        }
    }
}

/// Warnings for scenario texts missing from a translation: they fall back to English.
fn translation_warnings(
    path: &std::path::Path,
    scenario: &crate::sim::Scenario,
    text: &str,
) -> Vec<Diagnostic> {
    crate::scenario_texts::register_scenario_file(path);
    let keys = crate::scenario_texts::text_keys(scenario);
    let file = path.display().to_string();
    crate::scenario_texts::missing_translations(&scenario.id, &keys)
        .into_iter()
        .map(|(lang, k)| {
            load::Diagnostic::warning_at_item(
                &file,
                text,
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
