//! The main menu's list of saves: each with the month of the war, the side played, the
//! scenario and when it was written, to load or (after a confirmation) to delete. The
//! campaigns' autosaves are listed with the player's own saves.
use crate::client::bridge::{Match, Seat};
use crate::client::menu::{MenuState, Opponent};
use crate::client::{saves, settings, theme::ui};
use crate::sim::{Month, Side};
use crate::text::{Arg, Lang};
use bevy_egui::egui::{self, RichText};
use serde::Deserialize;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

/// How many saves the menu shows.
const SHOWN: usize = 12;

/// What the list says of one save, read from the file's head without checking it all (the
/// full check comes when it is loaded).
#[derive(Debug, Clone, PartialEq)]
pub struct SaveInfo {
    /// The file.
    pub path: PathBuf,
    /// When it was written.
    pub written: SystemTime,
    /// The month about to be played in it, if it could be read.
    pub month: Option<Month>,
    /// The scenario's id and its English title.
    pub scenario: Option<(String, String)>,
    /// The sides played at the machine, if the save says.
    pub human: Option<[bool; 2]>,
    /// Written after a month by the game itself.
    pub autosave: bool,
}

/// The saves in the menu and the one whose deletion waits for a confirmation.
#[derive(Debug, Default)]
pub struct SaveList {
    /// Newest first.
    pub entries: Vec<SaveInfo>,
    /// A save the player asked to delete.
    pub delete_asked: Option<PathBuf>,
}

#[derive(Deserialize)]
struct Head {
    month: Month,
    scenario: ScenarioHead,
    #[serde(default)]
    window: Option<WindowHead>,
}

#[derive(Deserialize)]
struct ScenarioHead {
    id: String,
    title: String,
}

#[derive(Deserialize)]
struct WindowHead {
    human: [bool; 2],
}

/// What a save file says of itself; a file that does not read still shows, by name.
pub fn read_info(path: &Path, written: SystemTime, autosave: bool) -> SaveInfo {
    let head: Option<Head> = std::fs::read_to_string(path)
        .ok()
        .and_then(|text| crate::sim::load::ron_options().from_str(&text).ok());
    SaveInfo {
        path: path.to_path_buf(),
        written,
        month: head.as_ref().map(|h| h.month),
        scenario: head
            .as_ref()
            .map(|h| (h.scenario.id.clone(), h.scenario.title.clone())),
        human: head.and_then(|h| h.window).map(|w| w.human),
        autosave,
    }
}

/// The saves in `dir` and its campaigns' autosaves under `autosave_root`, newest first.
pub fn list_saves_in(dir: &Path, autosave_root: &Path) -> Vec<SaveInfo> {
    let mut files: Vec<(SystemTime, PathBuf, bool)> = saves::ron_files(dir)
        .into_iter()
        .map(|(t, p)| (t, p, false))
        .collect();
    if let Ok(campaigns) = std::fs::read_dir(autosave_root) {
        for campaign in campaigns.flatten().map(|e| e.path()) {
            files.extend(
                saves::ron_files(&campaign)
                    .into_iter()
                    .map(|(t, p)| (t, p, true)),
            );
        }
    }
    files.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
    files
        .into_iter()
        .map(|(t, p, auto)| read_info(&p, t, auto))
        .collect()
}

/// The saves of the saves folder, newest first.
pub fn list_saves() -> Vec<SaveInfo> {
    list_saves_in(&settings::saves_dir(), &saves::autosave_root())
}

/// Deletes a save, only if it lies in the saves folder (or a campaign's autosave folder):
/// the list never deletes anything else.
pub fn delete_save(lang: Lang, path: &Path, saves_dir: &Path) -> Result<(), String> {
    let inside = path
        .canonicalize()
        .ok()
        .zip(saves_dir.canonicalize().ok())
        .is_some_and(|(file, dir)| file.starts_with(dir));
    let failed = |error: String| {
        lang.tr_args(
            "save-delete-failed",
            &[
                ("file", Arg::Str(path.display().to_string())),
                ("error", Arg::Str(error)),
            ],
        )
    };
    if !inside {
        return Err(failed(lang.tr("save-delete-outside")));
    }
    std::fs::remove_file(path).map_err(|e| failed(e.to_string()))
}

/// A date and time of the file system as `2026-12-06 05:40` (UTC), the same in every
/// language.
pub fn written_text(t: SystemTime) -> String {
    let secs = t
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let days = (secs / 86_400) as i64;
    let (h, m) = ((secs % 86_400) / 3600, (secs % 3600) / 60);
    // Days since 1970-01-01 to a civil date (H. Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02} {h:02}:{m:02}")
}

/// Who played a save, as the list tells it.
pub fn players_text(lang: Lang, human: Option<[bool; 2]>) -> String {
    match human {
        Some([true, true]) => lang.tr("save-players-hotseat"),
        Some([false, false]) => lang.tr("save-players-watch"),
        Some(human) => {
            let side = if human[Side::Republic.index()] {
                Side::Republic
            } else {
                Side::Empire
            };
            crate::client::texts::side_name(lang, side)
        }
        None => lang.tr("save-players-unknown"),
    }
}

/// One line of the list: the war's month, the side, the scenario.
pub fn summary_text(lang: Lang, info: &SaveInfo) -> String {
    let month = info
        .month
        .map_or_else(|| lang.tr("save-unreadable"), |m| lang.month(m));
    let scenario = info
        .scenario
        .as_ref()
        .map_or_else(String::new, |(id, title)| {
            crate::text::scenario::text(lang, id, "scenario-title", title)
        });
    lang.tr_args(
        "save-summary",
        &[
            ("month", Arg::Str(month)),
            ("side", Arg::Str(players_text(lang, info.human))),
            ("scenario", Arg::Str(scenario)),
        ],
    )
}

/// The menu's section: the saves to load or delete.
pub fn load_section(
    lang: Lang,
    ui: &mut egui::Ui,
    menu: &mut MenuState,
    start: &mut Option<Match>,
) {
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(
            RichText::new(lang.tr("menu-load-game"))
                .heading()
                .color(ui::GOLD),
        );
        if menu.saves.entries.is_empty() {
            ui.label(
                RichText::new(lang.tr("menu-no-saves"))
                    .italics()
                    .color(ui::DIM),
            );
        }
        let mut chosen: Option<PathBuf> = None;
        let mut delete: Option<PathBuf> = None;
        // One save to a row of buttons, its words below at the section's full width (a grid
        // cell squeezed them to a word a line).
        for info in menu.saves.entries.iter().take(SHOWN) {
            let name = info
                .path
                .file_stem()
                .map(|s| s.to_string_lossy().to_string())
                .unwrap_or_default();
            let name = if info.autosave {
                lang.tr("save-autosave-name")
            } else {
                name
            };
            ui.horizontal(|ui| {
                if ui
                    .button(name)
                    .on_hover_text(info.path.display().to_string())
                    .clicked()
                {
                    chosen = Some(info.path.clone());
                }
                ui.label(
                    RichText::new(written_text(info.written))
                        .small()
                        .color(ui::DIM),
                );
                if menu.saves.delete_asked.as_ref() == Some(&info.path) {
                    let confirm = RichText::new(lang.tr("save-delete-confirm")).color(ui::DANGER);
                    if ui.button(confirm).clicked() {
                        delete = Some(info.path.clone());
                    }
                    if ui.button(lang.tr("button-cancel")).clicked() {
                        menu.saves.delete_asked = None;
                    }
                } else if ui
                    .small_button(lang.tr("save-delete"))
                    .on_hover_text(lang.tr("save-delete.hint"))
                    .clicked()
                {
                    menu.saves.delete_asked = Some(info.path.clone());
                }
            });
            ui.add(egui::Label::new(summary_text(lang, info)).wrap());
            ui.add_space(4.0);
        }
        if let Some(path) = delete {
            menu.saves.delete_asked = None;
            match delete_save(lang, &path, &settings::saves_dir()) {
                Ok(()) => {
                    menu.saves.entries.retain(|i| i.path != path);
                    menu.error = None;
                }
                Err(e) => menu.error = Some(e),
            }
        }
        if let Some(path) = chosen {
            match saves::load_game(lang, &path) {
                Ok((state, record)) => {
                    let seats = match menu.opponent {
                        Opponent::Hotseat => [Seat::Human; 2],
                        Opponent::Watch => [Seat::Ai; 2],
                        Opponent::Ai => {
                            let mut seats = [Seat::Ai; 2];
                            seats[menu.side.index()] = Seat::Human;
                            seats
                        }
                    };
                    let mut game = saves::resume(state, record, seats);
                    game.levels = [menu.difficulty; 2];
                    game.autosave = Some(saves::autosave_root());
                    menu.error = None;
                    *start = Some(game);
                }
                // A save that cannot be read is reported here and the menu goes on.
                Err(e) => menu.error = Some(e),
            }
        }
    });
}
