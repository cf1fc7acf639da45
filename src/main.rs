//! The `aguila` command line: check scenarios, run campaigns, start the game.
use std::process::ExitCode;

// The command-line build (batch trials, benchmarks) allocates many short lists a month on
// several threads, where mimalloc is 13 % faster; the game keeps the system allocator, which
// holds some 50 MB less for Bevy's many threads (the client's memory target is 300 MB).
#[cfg(not(feature = "client"))]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    aguila::cli::main()
}
