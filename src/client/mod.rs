//! The Bevy game client: it sends commands to the rules and shows their events.
use clap::Args;
use std::path::PathBuf;
use std::process::ExitCode;

/// Options of `aguila play`.
#[derive(Debug, Args, Default)]
pub struct PlayArgs {
    /// Scenario file to start from.
    #[arg(long)]
    pub scenario: Option<PathBuf>,
    /// Start, play a few turns with the AI on both sides, save a screenshot here and exit.
    #[arg(long)]
    pub smoke: Option<PathBuf>,
}

/// Opens the game window.
pub fn play(_args: PlayArgs) -> ExitCode {
    eprintln!("The game window is not built yet.");
    ExitCode::from(2)
}
