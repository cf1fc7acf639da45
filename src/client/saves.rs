//! Saving and loading games with the rules' versioned RON save, and the quick save keys.
//! A save keeps, beside the rules' state, what the window knows of the war (its chronicle,
//! who sits at which side, which campaign it belongs to); the autosave keeps the last few
//! months of each campaign. A save that cannot be read gives a clear message and the game
//! goes on.
use crate::client::bridge::{ChronicleEntry, Match, MatchRefreshed, Notice, Seat};
use crate::client::input::QuickSave;
use crate::client::settings;
use crate::client::words::WindowLang;
use crate::sim::load::{self, SaveError};
use crate::sim::{GameState, Month, Side};
use crate::text::Arg;
use crate::text::Lang;
use bevy::prelude::*;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// How many autosaves each campaign keeps: the newest months, so that a bad month can be
/// played again without the folder filling up.
pub const AUTOSAVES_KEPT: usize = 3;

/// What the window writes into a save beside the rules' state.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WindowRecord {
    /// The campaign this save belongs to: its autosaves go in a folder of this name.
    pub campaign: String,
    /// Which sides were played at this machine, by [`Side::index`].
    pub human: [bool; 2],
    /// The side the window spoke for.
    pub active: Side,
    /// The whole chronicle, as it was told.
    pub chronicle: Vec<ChronicleEntry>,
}

impl WindowRecord {
    /// The record of a match.
    pub fn of(game: &Match) -> WindowRecord {
        WindowRecord {
            campaign: game.campaign.clone(),
            human: Side::BOTH.map(|s| game.is_human(s)),
            active: game.active,
            chronicle: game.chronicle.clone(),
        }
    }
}

/// Registers the quick save keys.
pub fn plugin(app: &mut App) {
    app.add_systems(Update, quick_save.run_if(resource_exists::<Match>));
}

/// The quick save file.
pub fn quicksave_file() -> PathBuf {
    settings::saves_dir().join("quicksave.ron")
}

/// The folder that holds every campaign's autosaves.
pub fn autosave_root() -> PathBuf {
    settings::saves_dir().join("autosave")
}

/// A campaign's autosave of the month about to be played, under `root`. The campaign's name
/// is cleaned as a typed save name is, so that it never leads outside `root`.
pub fn autosave_path(root: &Path, campaign: &str, month: Month) -> PathBuf {
    root.join(clean_name(campaign)).join(format!("{month}.ron"))
}

/// Deletes a campaign folder's autosaves beyond the [`AUTOSAVES_KEPT`] written last.
pub fn prune_autosaves(dir: &Path) {
    let mut files = ron_files(dir);
    files.sort_by_key(|(modified, path)| (std::cmp::Reverse(*modified), path.clone()));
    for (_, old) in files.into_iter().skip(AUTOSAVES_KEPT) {
        // A file that cannot be removed stays: one autosave too many is no harm.
        let _ = std::fs::remove_file(old);
    }
}

/// The `.ron` files of a folder with the time each was written, in no particular order.
pub fn ron_files(dir: &Path) -> Vec<(std::time::SystemTime, PathBuf)> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "ron"))
        .map(|p| {
            let modified = std::fs::metadata(&p)
                .and_then(|m| m.modified())
                .unwrap_or(std::time::UNIX_EPOCH);
            (modified, p)
        })
        .collect()
}

/// Letters, digits, dashes and underscores of a name; anything else becomes `_`.
fn clean_name(name: &str) -> String {
    let clean: String = name
        .trim()
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect();
    if clean.is_empty() {
        "campaign".to_string()
    } else {
        clean
    }
}

/// A file name from what the player typed: letters, digits, dashes; `.ron` added.
pub fn save_path(name: &str) -> PathBuf {
    settings::saves_dir().join(format!("{}.ron", clean_name(name)))
}

/// Writes a save of a match (the state and the window's record); the error is in the
/// player's language.
pub fn save_game(lang: Lang, game: &Match, path: &Path) -> Result<(), String> {
    write_save(lang, &game.state, &WindowRecord::of(game), path)
}

/// Writes a state and a window record; the error is in the player's language.
pub fn write_save(
    lang: Lang,
    state: &GameState,
    record: &WindowRecord,
    path: &Path,
) -> Result<(), String> {
    let failed = |error: String| {
        lang.tr_args(
            "save-failed",
            &[
                ("file", Arg::Str(path.display().to_string())),
                ("error", Arg::Str(error)),
            ],
        )
    };
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| failed(e.to_string()))?;
    }
    load::save_state_with(state, Some(record), path)
        .map_err(|e| failed(crate::text::diagnostics::save_error(lang, &e)))
}

/// Reads a save and the window's record if it has one (a save written by `aguila run`, or
/// before the record existed, has none); the error says what is wrong in the player's
/// language.
pub fn load_game(lang: Lang, path: &Path) -> Result<(GameState, Option<WindowRecord>), String> {
    let file = Arg::Str(path.display().to_string());
    load::load_state_with(path).map_err(|e| match e {
        SaveError::Io { source, .. } => lang.tr_args(
            "load-failed-io",
            &[("file", file), ("error", Arg::Str(source.to_string()))],
        ),
        SaveError::Corrupt { problem, .. } => lang.tr_args(
            "load-failed-corrupt",
            &[("file", file), ("error", Arg::from(problem))],
        ),
        SaveError::Version {
            found, expected, ..
        } => lang.tr_args(
            "load-failed-version",
            &[
                ("file", file),
                ("found", Arg::from(found)),
                ("expected", Arg::from(expected)),
            ],
        ),
    })
}

/// The match a loaded save continues: its seats, side and chronicle from its record, or
/// `seats` for a save without one.
pub fn resume(state: GameState, record: Option<WindowRecord>, seats: [Seat; 2]) -> Match {
    let Some(record) = record else {
        return Match::new(state, seats);
    };
    let seats = record
        .human
        .map(|human| if human { Seat::Human } else { Seat::Ai });
    let mut game = Match::new(state, seats);
    game.campaign = record.campaign;
    game.chronicle = record.chronicle;
    if game.watching() || game.is_human(record.active) {
        game.active = record.active;
    }
    game
}

/// Writes a save; the notice says where it went, or why it failed.
pub fn save_with_notice(lang: Lang, game: &mut Match, path: &Path) -> Notice {
    match save_game(lang, game, path) {
        Ok(()) => {
            game.mark_saved(game.changes);
            Notice {
                text: lang.tr_args(
                    "save-done",
                    &[("file", Arg::Str(path.display().to_string()))],
                ),
                error: false,
            }
        }
        Err(text) => Notice { text, error: true },
    }
}

/// F5 writes the quick save, F9 reads it back.
fn quick_save(
    window_lang: Res<WindowLang>,
    mut requests: MessageReader<QuickSave>,
    mut game: ResMut<Match>,
    mut refreshed: MessageWriter<MatchRefreshed>,
) {
    let lang = window_lang.0;
    for req in requests.read() {
        if game.resolving {
            continue;
        }
        let path = quicksave_file();
        match req {
            QuickSave::Save => {
                let notice = save_with_notice(lang, &mut game, &path);
                game.notice = Some(notice);
            }
            QuickSave::Load => match load_game(lang, &path) {
                Ok((state, record)) => {
                    let seats = game.seats;
                    let autosave = game.autosave.clone();
                    let levels = game.levels;
                    *game = resume(state, record, seats);
                    game.autosave = autosave;
                    game.levels = levels;
                    game.notice = Some(Notice {
                        text: lang.tr_args(
                            "load-done",
                            &[("file", Arg::Str(path.display().to_string()))],
                        ),
                        error: false,
                    });
                    refreshed.write(MatchRefreshed);
                }
                Err(text) => game.notice = Some(Notice { text, error: true }),
            },
        }
    }
}
