//! Command-line interface: `check`, `run` and (with the client) `play`.
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
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Cmd {
    /// Check scenario files and report every error with its place.
    Check {
        /// Scenario files.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Print the findings as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Print a scenario's translation template for a language (for translators).
    Texts {
        /// Scenario file.
        file: PathBuf,
        /// Language code, e.g. es, pt, fr.
        #[arg(long)]
        lang: String,
    },
    /// Play a campaign with both sides under the built-in baseline policy.
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
    let cli = Cli::parse();
    match cli.command {
        Some(Cmd::Check { files, json }) => check(&files, json),
        Some(Cmd::Run(args)) => crate::run::run(&args),
        Some(Cmd::Trials(args)) => crate::lab::trials::run(&args),
        Some(Cmd::Compare(args)) => crate::lab::compare::run(&args),
        Some(Cmd::Calibrate(args)) => crate::lab::calibrate::run(&args),
        Some(Cmd::Texts { file, lang }) => texts(&file, &lang),
        #[cfg(feature = "client")]
        Some(Cmd::Play(args)) => crate::client::play(args),
        #[cfg(feature = "client")]
        None => crate::client::play(crate::client::PlayArgs::default()),
        #[cfg(not(feature = "client"))]
        None => {
            eprintln!(
                "This build has no game window (it was built without the `client` feature).\n\
                 Try `aguila run --scenario scenarios/historical_1861.ron --seed 7`, or `aguila --help`."
            );
            ExitCode::from(2)
        }
    }
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
                if !json {
                    human.push_str(&load::render(&loaded.warnings, &text, color()));
                    human.push_str(&format!(
                        "{}: ok ({} provinces, {} leaders, {} events, {} warning(s))\n",
                        path.display(),
                        loaded.scenario.provinces.len(),
                        loaded.scenario.leaders.len(),
                        loaded.scenario.events.len(),
                        loaded.warnings.len()
                    ));
                }
                all.extend(loaded.warnings);
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
                    human.push_str(&format!("{file}: {errors} error(s)\n"));
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
            eprintln!("error: {e}");
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
                format!(
                    "no `{lang}` translation for `{}`; English is shown instead",
                    k.key
                ),
                Some(format!(
                    "add `{} = …` to i18n/{lang}/{}.ftl beside the scenario",
                    k.key, scenario.id
                )),
            )
        })
        .collect()
}

fn io_diagnostic(e: &LoadError, path: &std::path::Path) -> Diagnostic {
    Diagnostic::file_error(&path.display().to_string(), e.to_string())
}
