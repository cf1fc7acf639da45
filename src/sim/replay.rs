//! Replays: a war as the state it began from (scenario, levers, seed and generator inside) and
//! every month's commands in the order they were applied, with a digest of the state after
//! each month. Played back, the rules must arrive at every recorded digest; a file whose
//! digests do not match its own content was edited and is refused before anything is played.
use crate::sim::command::{Command, RuleError};
use crate::sim::date::Month;
use crate::sim::event::Event;
use crate::sim::load::{SaveError, check_state, located, ron_options, write_ron};
use crate::sim::message::Message;
use crate::sim::scenario::Side;
use crate::sim::state::GameState;
use serde::{Deserialize, Serialize};
use std::path::Path;

/// The replay format this version writes and reads.
pub const REPLAY_FORMAT: u32 = 1;

/// The most months a replay may record: far more than any war of the game lasts.
pub const MAX_MONTHS: usize = 1200;

/// One month of a replay.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RecordedMonth {
    /// The month played.
    pub month: Month,
    /// Its commands, with their sides, in the order they were applied.
    pub commands: Vec<(Side, Command)>,
    /// The digest of the state once the month resolved.
    pub digest: String,
}

/// A recorded war.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Replay {
    /// Must equal [`REPLAY_FORMAT`].
    pub replay_format: u32,
    /// The war as its first recorded month found it.
    pub start: GameState,
    /// Every month played, in order.
    pub months: Vec<RecordedMonth>,
    /// The digest of everything above, so that an edited file is told from a recorded one.
    pub digest: String,
}

/// A short fingerprint of bytes (64-bit FNV-1a, in hex): the same on every machine.
pub fn content_hash(bytes: &[u8]) -> String {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    let hash = bytes
        .iter()
        .fold(OFFSET, |h, &b| (h ^ u64::from(b)).wrapping_mul(PRIME));
    format!("{hash:016x}")
}

/// The digest of a state: of everything in it, its generator included, as a save writes it.
pub fn state_digest(state: &GameState) -> String {
    content_hash(ron::to_string(state).unwrap_or_default().as_bytes())
}

/// Records a war month by month.
pub struct Recorder {
    start: GameState,
    months: Vec<RecordedMonth>,
}

impl Recorder {
    /// Starts recording a war at the month it is about to play.
    pub fn new(start: &GameState) -> Recorder {
        Recorder {
            start: start.clone(),
            months: Vec::new(),
        }
    }

    /// Notes a month: its commands in the order applied, and the state once it resolved.
    pub fn month(&mut self, month: Month, commands: Vec<(Side, Command)>, after: &GameState) {
        self.months.push(RecordedMonth {
            month,
            commands,
            digest: state_digest(after),
        });
    }

    /// The replay of what was recorded.
    pub fn finish(self) -> Replay {
        let mut replay = Replay {
            replay_format: REPLAY_FORMAT,
            start: self.start,
            months: self.months,
            digest: String::new(),
        };
        replay.seal();
        replay
    }
}

impl Replay {
    /// Sets the replay's digest to its content: what recording does, and what a tool that
    /// rewrites a replay on purpose (trimming its last months, say) must do after.
    pub fn seal(&mut self) {
        self.digest = content_digest(self);
    }
}

/// The digest of a replay's content, its own digest left out.
fn content_digest(replay: &Replay) -> String {
    let unsigned = (
        replay.replay_format,
        &replay.start,
        &replay.months,
        "aguila-replay",
    );
    content_hash(ron::to_string(&unsigned).unwrap_or_default().as_bytes())
}

/// Why a replay cannot be played back, or where it left its record.
#[derive(Debug)]
pub enum ReplayError {
    /// The file could not be read or written, or is not a replay, or its start is unsound.
    File(SaveError),
    /// A replay of another format.
    Format {
        /// Its format.
        found: u32,
    },
    /// Its content does not match its digest: it was changed after it was recorded.
    Edited,
    /// It records more months than a replay may, or months out of order.
    Months,
    /// A recorded command the rules refuse at its month.
    Refused {
        /// The month.
        month: Month,
        /// Its place among the month's commands, from 1.
        number: usize,
        /// The side that gave it.
        side: Side,
        /// Why the rules refuse it.
        error: RuleError,
    },
    /// The rules, playing the recorded commands, did not arrive at the recorded state.
    Diverged {
        /// The first month whose end differs.
        month: Month,
    },
}

impl ReplayError {
    /// What went wrong, as a message for the reader (a refusal's reason is worded by the text
    /// layer, which needs the state; it is left to the caller).
    pub fn message(&self) -> Message {
        match self {
            ReplayError::File(e) => e.message(),
            ReplayError::Format { found } => Message::new("replay-format")
                .arg("found", found.to_string())
                .arg("expected", REPLAY_FORMAT.to_string()),
            ReplayError::Edited => Message::new("replay-edited"),
            ReplayError::Months => Message::new("replay-months").arg("max", MAX_MONTHS),
            ReplayError::Refused { month, number, .. } => Message::new("replay-refused")
                .arg("month", month.to_string())
                .arg("number", *number),
            ReplayError::Diverged { month } => {
                Message::new("replay-diverged").arg("month", month.to_string())
            }
        }
    }
}

/// Writes a replay atomically.
pub fn save_replay(replay: &Replay, path: &Path) -> Result<(), ReplayError> {
    write_ron(replay, path).map_err(ReplayError::File)
}

/// Reads a replay: its format, its start held to what a save must be, and its digest.
pub fn load_replay(path: &Path) -> Result<Replay, ReplayError> {
    let file = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|source| {
        ReplayError::File(SaveError::Io {
            file: file.clone(),
            source,
        })
    })?;
    load_replay_str(&text, &file)
}

/// Parses replay text; `file` names it in errors.
pub fn load_replay_str(text: &str, file: &str) -> Result<Replay, ReplayError> {
    #[derive(Deserialize)]
    struct FormatOnly {
        replay_format: u32,
    }
    let corrupt = |problem: Message| {
        ReplayError::File(SaveError::Corrupt {
            file: file.to_string(),
            problem,
        })
    };
    let format: FormatOnly = ron::Options::default()
        .from_str::<ron::Value>(text)
        .map_err(|e| corrupt(located(&e)))?
        .into_rust()
        .map_err(|e| corrupt(crate::sim::load::explain_ron_error(&e).message))?;
    if format.replay_format != REPLAY_FORMAT {
        return Err(ReplayError::Format {
            found: format.replay_format,
        });
    }
    let mut replay: Replay = ron_options()
        .from_str(text)
        .map_err(|e| corrupt(located(&e)))?;
    if content_digest(&replay) != replay.digest {
        return Err(ReplayError::Edited);
    }
    check_state(&mut replay.start, file).map_err(ReplayError::File)?;
    let in_order = replay
        .months
        .iter()
        .zip(std::iter::successors(Some(replay.start.month), |m| {
            Some(m.plus(1))
        }))
        .all(|(recorded, expected)| recorded.month == expected);
    if replay.months.len() > MAX_MONTHS || !in_order {
        return Err(ReplayError::Months);
    }
    Ok(replay)
}

/// Plays a replay back: each month's commands through the rules' checks, then the month, and
/// the state held against the recorded digest. `each` sees every month's events as they come.
/// Returns the state at the end.
pub fn play_back(
    replay: &Replay,
    mut each: impl FnMut(&GameState, Month, &[Event]),
) -> Result<GameState, ReplayError> {
    let mut state = replay.start.clone();
    for recorded in &replay.months {
        let month = state.month;
        if state.outcome.is_some() || month != recorded.month {
            return Err(ReplayError::Months);
        }
        let mut events = Vec::new();
        for (i, (side, cmd)) in recorded.commands.iter().enumerate() {
            match state.apply(*side, cmd) {
                Ok(ev) => events.extend(ev),
                Err(error) => {
                    return Err(ReplayError::Refused {
                        month,
                        number: i + 1,
                        side: *side,
                        error,
                    });
                }
            }
        }
        state.resolve_month_into(&mut events);
        each(&state, month, &events);
        if state_digest(&state) != recorded.digest {
            return Err(ReplayError::Diverged { month });
        }
    }
    Ok(state)
}

/// Why writing a replay to `path` would harm a file that is not a replay: a scenario, a save or
/// anything else. Only a replay may be written over.
pub fn would_overwrite_other(path: &Path) -> Option<Message> {
    let text = std::fs::read_to_string(path).ok()?;
    let is_replay = matches!(
        ron::Options::default().from_str::<ron::Value>(&text),
        Ok(ron::Value::Map(map))
            if map.get(&ron::Value::String("replay_format".into())).is_some()
    );
    (!is_replay).then(|| Message::new("replay-over-other").arg("file", path.display().to_string()))
}
