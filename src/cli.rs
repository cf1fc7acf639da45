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
    /// Play a campaign with both sides under the built-in baseline policy.
    Run(crate::run::RunArgs),
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
        match load::load_scenario_file(path) {
            Ok(loaded) => {
                if !json {
                    human.push_str(&load::render(
                        &loaded.warnings,
                        &std::fs::read_to_string(path).unwrap_or_default(),
                        color(),
                    ));
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

fn io_diagnostic(e: &LoadError, path: &std::path::Path) -> Diagnostic {
    Diagnostic::file_error(&path.display().to_string(), e.to_string())
}
