//! Saving and loading games with the rules' versioned RON save, and the quick save keys.
//! A save that cannot be read gives a clear message and the game goes on.
use crate::client::bridge::{Match, MatchRefreshed, Notice};
use crate::client::input::QuickSave;
use crate::client::settings;
use crate::client::words::WindowLang;
use crate::sim::GameState;
use crate::sim::load::{self, SaveError};
use crate::text::Arg;
use crate::text::Lang;
use bevy::prelude::*;
use std::path::{Path, PathBuf};

/// Registers the quick save keys.
pub fn plugin(app: &mut App) {
    app.add_systems(Update, quick_save.run_if(resource_exists::<Match>));
}

/// The quick save file.
pub fn quicksave_file() -> PathBuf {
    settings::saves_dir().join("quicksave.ron")
}

/// A file name from what the player typed: letters, digits, dashes; `.ron` added.
pub fn save_path(name: &str) -> PathBuf {
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
    let clean = if clean.is_empty() {
        "campaign".to_string()
    } else {
        clean
    };
    settings::saves_dir().join(format!("{clean}.ron"))
}

/// Writes a save; the error is in the player's language.
pub fn save_game(lang: Lang, state: &GameState, path: &Path) -> Result<(), String> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| {
            lang.tr_args(
                "save-failed",
                &[
                    ("file", Arg::Str(path.display().to_string())),
                    ("error", Arg::Str(e.to_string())),
                ],
            )
        })?;
    }
    load::save_state(state, path).map_err(|e| {
        lang.tr_args(
            "save-failed",
            &[
                ("file", Arg::Str(path.display().to_string())),
                (
                    "error",
                    Arg::Str(crate::text::diagnostics::save_error(lang, &e)),
                ),
            ],
        )
    })
}

/// Reads a save; the error says what is wrong in the player's language.
pub fn load_game(lang: Lang, path: &Path) -> Result<GameState, String> {
    let file = Arg::Str(path.display().to_string());
    load::load_state(path).map_err(|e| match e {
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

/// Writes a save; the notice says where it went, or why it failed.
pub fn save_with_notice(lang: Lang, state: &GameState, path: &Path) -> Notice {
    match save_game(lang, state, path) {
        Ok(()) => Notice {
            text: lang.tr_args(
                "save-done",
                &[("file", Arg::Str(path.display().to_string()))],
            ),
            error: false,
        },
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
                game.notice = Some(save_with_notice(lang, &game.state, &path));
            }
            QuickSave::Load => match load_game(lang, &path) {
                Ok(state) => {
                    let seats = game.seats;
                    let autosave = game.autosave.clone();
                    *game = Match::new(state, seats);
                    game.autosave = autosave;
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
