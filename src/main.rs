//! The `aguila` command line: check scenarios, run campaigns, start the game.
use std::process::ExitCode;

fn main() -> ExitCode {
    aguila::cli::main()
}
