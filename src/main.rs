//! The `aguila` command line: check scenarios, run campaigns, start the game.
use std::process::ExitCode;

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    aguila::cli::main()
}
