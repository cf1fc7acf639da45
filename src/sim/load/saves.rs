//! Saves: the game state written as RON atomically, and read back with its version checked and
//! everything it refers to validated, so that a bad save is an error and never a panic.
use super::diagnostics::{Diagnostic, explain_ron_error};
use super::{ron_options, validate};
use crate::sim::message::{Message, io_reason};
use crate::sim::scenario::FORMAT_VERSION;
use crate::sim::state::GameState;
use std::path::Path;
use std::sync::Arc;

/// Why a save could not be written or read; the text layer words it (`text::diagnostics`).
#[derive(Debug)]
pub enum SaveError {
    /// Reading or writing failed.
    Io {
        /// File.
        file: String,
        /// Cause.
        source: std::io::Error,
    },
    /// Not a save of this game.
    Corrupt {
        /// File.
        file: String,
        /// What is wrong, with line and column where there are some.
        problem: Message,
    },
    /// A save of another format version.
    Version {
        /// File.
        file: String,
        /// Its version.
        found: u32,
        /// Ours.
        expected: u32,
    },
}

impl SaveError {
    /// What went wrong, as a message for the reader.
    pub fn message(&self) -> Message {
        match self {
            SaveError::Io { file, source } => Message::new("save-io")
                .arg("file", file.as_str())
                .arg("reason", io_reason(source)),
            SaveError::Corrupt { file, problem } => Message::new("save-not-readable")
                .arg("file", file.as_str())
                .arg("problem", problem.clone()),
            SaveError::Version {
                file,
                found,
                expected,
            } => Message::new("save-wrong-version")
                .arg("file", file.as_str())
                .arg("found", found.to_string())
                .arg("expected", expected.to_string()),
        }
    }
}

/// Where a RON error is, and what it is.
pub(crate) fn located(e: &ron::error::SpannedError) -> Message {
    Message::new("save-problem-at")
        .arg("line", e.span.start.line.to_string())
        .arg("column", e.span.start.col.to_string())
        .arg("detail", explain_ron_error(&e.code).message)
}

/// How the temporary files of atomic writes begin.
const TEMP_PREFIX: &str = ".aguila-";

/// How old a temporary file must be to count as left behind: no write takes this long, so such
/// a file was left by a process killed in the middle of one.
const STALE_AFTER: std::time::Duration = std::time::Duration::from_secs(15 * 60);

/// Removes the temporary files a killed write left in `dir` (a save can be tens of megabytes).
/// Only this game's, and only old ones: another write may be under way beside this one.
fn remove_stale_temp_files(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let stale = entry.file_name().to_string_lossy().starts_with(TEMP_PREFIX)
            && entry.file_type().is_ok_and(|t| t.is_file())
            && entry
                .metadata()
                .and_then(|m| m.modified())
                .ok()
                .and_then(|t| t.elapsed().ok())
                .is_some_and(|age| age > STALE_AFTER);
        if stale {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// A temporary file in `dir` for an atomic write, created with the permissions any new file of
/// the user's gets (0666 less the umask on Unix) rather than the temporary file's owner-only
/// 0600: what it becomes is a save or a report that classes pass around.
pub fn temp_file_in(dir: &Path) -> std::io::Result<tempfile::NamedTempFile> {
    remove_stale_temp_files(dir);
    let mut builder = tempfile::Builder::new();
    builder.prefix(TEMP_PREFIX);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    builder.tempfile_in(dir)
}

/// Writes the state as RON, atomically: to a temporary file beside the target, then renamed,
/// so that a crash never leaves half a save.
pub fn save_state(state: &GameState, path: &Path) -> Result<(), SaveError> {
    save_state_with::<()>(state, None, path)
}

/// The field of a save that holds the game window's own record of the war (its chronicle, who
/// sat at which side): the rules never read it, so the command line loads such a save as any
/// other, and a save without it (older, or written by `aguila run`) loads with none.
pub const WINDOW_FIELD: &str = "window";

/// Writes the state as [`save_state`] does, with `window` after it as the field
/// [`WINDOW_FIELD`], in the same file and the same atomic write.
pub fn save_state_with<T: serde::Serialize>(
    state: &GameState,
    window: Option<&T>,
    path: &Path,
) -> Result<(), SaveError> {
    let file = path.display().to_string();
    let unwritable = |e: ron::Error| SaveError::Corrupt {
        file: file.clone(),
        problem: Message::new("check-ron-other").arg("detail", e.to_string()),
    };
    let mut text =
        ron::ser::to_string_pretty(state, ron::ser::PrettyConfig::default().struct_names(false))
            .map_err(unwritable)?;
    if let Some(window) = window {
        // The state is a struct written as `( field: value, … )`: the record goes in as one
        // more field before its closing parenthesis.
        let record = ron::ser::to_string(window).map_err(unwritable)?;
        let body = text
            .trim_end()
            .strip_suffix(')')
            .unwrap_or(&text)
            .trim_end();
        let comma = if body.ends_with(',') || body.ends_with('(') {
            ""
        } else {
            ","
        };
        text = format!("{body}{comma}\n    {WINDOW_FIELD}: {record},\n)\n");
    }
    write_text(&text, path)
}

/// Writes a value as RON (a replay, say), atomically as a save is written.
pub(crate) fn write_ron<T: serde::Serialize>(value: &T, path: &Path) -> Result<(), SaveError> {
    let text =
        ron::ser::to_string_pretty(value, ron::ser::PrettyConfig::default().struct_names(false))
            .map_err(|e| SaveError::Corrupt {
                file: path.display().to_string(),
                problem: Message::new("check-ron-other").arg("detail", e.to_string()),
            })?;
    write_text(&text, path)
}

/// Writes text to a temporary file beside `path`, then renames it into place, so that a crash
/// never leaves half a file.
fn write_text(text: &str, path: &Path) -> Result<(), SaveError> {
    let io = |source| SaveError::Io {
        file: path.display().to_string(),
        source,
    };
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut tmp = temp_file_in(dir).map_err(io)?;
    std::io::Write::write_all(&mut tmp, text.as_bytes()).map_err(io)?;
    tmp.as_file().sync_all().map_err(io)?;
    tmp.persist(path).map_err(|e| io(e.error))?;
    Ok(())
}

/// Whether `path` holds a save of this game (of any version), as far as its top level shows:
/// what may be written over by another save. A scenario, a variant or any other file is not.
pub fn is_save_file(path: &Path) -> bool {
    let Ok(text) = std::fs::read_to_string(path) else {
        return false;
    };
    match ron::Options::default().from_str::<ron::Value>(&text) {
        Ok(ron::Value::Map(map)) => ["rng", "armies", "month"]
            .iter()
            .all(|key| map.get(&ron::Value::String((*key).to_string())).is_some()),
        _ => false,
    }
}

/// Reads a save written by [`save_state`], checking its version and re-validating its scenario.
pub fn load_state(path: &Path) -> Result<GameState, SaveError> {
    let file = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|source| SaveError::Io {
        file: file.clone(),
        source,
    })?;
    load_state_str(&text, &file)
}

/// Reads a save with the game window's record ([`save_state_with`]), if it has one.
pub fn load_state_with<T: serde::de::DeserializeOwned>(
    path: &Path,
) -> Result<(GameState, Option<T>), SaveError> {
    let file = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|source| SaveError::Io {
        file: file.clone(),
        source,
    })?;
    let state = load_state_str(&text, &file)?;
    let window = window_record_str(&text, &file)?;
    Ok((state, window))
}

/// The game window's record in save text, if it has one; a record that does not read is a
/// located error like any other part of the save.
pub fn window_record_str<T: serde::de::DeserializeOwned>(
    text: &str,
    file: &str,
) -> Result<Option<T>, SaveError> {
    #[derive(serde::Deserialize)]
    struct WindowOnly<T> {
        #[serde(default = "none")]
        window: Option<T>,
    }
    fn none<T>() -> Option<T> {
        None
    }
    let only: WindowOnly<T> = ron_options()
        .from_str(text)
        .map_err(|e| SaveError::Corrupt {
            file: file.to_string(),
            problem: located(&e),
        })?;
    Ok(only.window)
}

/// Parses save text; `file` names it in errors.
pub fn load_state_str(text: &str, file: &str) -> Result<GameState, SaveError> {
    #[derive(serde::Deserialize)]
    struct VersionOnly {
        format_version: u32,
    }
    // Read the version first, so an old save says "old version" rather than "missing field".
    let version: Result<VersionOnly, _> = ron::Options::default()
        .from_str::<ron::Value>(text)
        .map_err(|e| SaveError::Corrupt {
            file: file.to_string(),
            problem: located(&e),
        })
        .and_then(|v| {
            v.into_rust().map_err(|e| SaveError::Corrupt {
                file: file.to_string(),
                problem: explain_ron_error(&e).message,
            })
        });
    let found = version?.format_version;
    if found != FORMAT_VERSION {
        return Err(SaveError::Version {
            file: file.to_string(),
            found,
            expected: FORMAT_VERSION,
        });
    }
    let mut state: GameState = ron_options()
        .from_str(text)
        .map_err(|e| SaveError::Corrupt {
            file: file.to_string(),
            problem: located(&e),
        })?;
    check_state(&mut state, file)?;
    Ok(state)
}

/// Holds a state read from a file (a save, a replay's start) to what the rules could leave:
/// its scenario valid, every reference inside the lists it points into, every number in range.
pub(crate) fn check_state(state: &mut GameState, file: &str) -> Result<(), SaveError> {
    let corrupt = |problem: Message| SaveError::Corrupt {
        file: file.to_string(),
        problem,
    };
    if state.format_version != FORMAT_VERSION {
        return Err(SaveError::Version {
            file: file.to_string(),
            found: state.format_version,
            expected: FORMAT_VERSION,
        });
    }
    let errors: Vec<Diagnostic> = validate(Arc::make_mut(&mut state.scenario), "", file)
        .into_iter()
        .filter(Diagnostic::is_error)
        .collect();
    if let Some(d) = errors.first() {
        return Err(corrupt(
            Message::new("save-problem-scenario").arg("problem", d.message.clone()),
        ));
    }
    let n = |what: &str, got: usize, want: usize| {
        if got == want {
            Ok(())
        } else {
            Err(corrupt(
                Message::new("save-problem-count")
                    .arg("what", what)
                    .arg("found", got.to_string())
                    .arg("expected", want.to_string()),
            ))
        }
    };
    n(
        "provinces",
        state.provinces.len(),
        state.scenario.provinces.len(),
    )?;
    n("leaders", state.leaders.len(), state.scenario.leaders.len())?;
    n("tracks", state.tracks.len(), state.scenario.tracks.len())?;
    n(
        "parameters",
        state.params.len(),
        state.scenario.parameters.len(),
    )?;
    n("powers", state.powers.len(), state.scenario.powers.len())?;
    n(
        "event-records",
        state.fired.len(),
        state.scenario.events.len(),
    )?;
    let provinces = state.provinces.len();
    let contingents = state.scenario.contingents.len();
    let leaders = state.leaders.len();
    for a in &state.armies {
        if a.location >= provinces
            || a.leader.is_some_and(|l| l >= leaders)
            || a.troops().iter().any(|d| d.contingent >= contingents)
            || a.name.provinces().into_iter().any(|p| p >= provinces)
        {
            return Err(corrupt(
                Message::new("save-problem-army").arg("army", a.id.to_string()),
            ));
        }
    }
    if state.armies.windows(2).any(|w| w[0].id >= w[1].id) {
        return Err(corrupt(Message::new("save-problem-army-order")));
    }
    let events = state.scenario.events.len();
    if state.pending.iter().any(|p| p.event >= events)
        || state.emperor.is_some_and(|l| l >= leaders)
    {
        return Err(corrupt(Message::new("save-problem-references")));
    }
    for (i, order) in state.orders.iter().flatten().enumerate() {
        let bad = match *order {
            crate::sim::state::Order::Move { to, .. }
            | crate::sim::state::Order::Siege { at: to, .. } => to >= provinces,
            crate::sim::state::Order::Recruit {
                province,
                contingent,
                ..
            } => province >= provinces || contingent >= contingents,
            crate::sim::state::Order::Disperse { .. } => false,
        };
        if bad {
            return Err(corrupt(
                Message::new("save-problem-order").arg("order", i.to_string()),
            ));
        }
    }
    if let Some(problem) = state
        .lesson
        .as_ref()
        .and_then(|l| l.problem(&state.scenario))
    {
        return Err(corrupt(problem));
    }
    // The references hold; now every number and every leader as the rules could leave them.
    if let Some(problem) = super::state_problem(state) {
        return Err(corrupt(problem));
    }
    Ok(())
}
