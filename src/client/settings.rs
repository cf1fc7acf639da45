//! What the game remembers between sessions (the language) and where it keeps its files:
//! settings in the platform's config folder, saves and the Lab's exports in its data folder.
use bevy::prelude::*;
use serde::{Deserialize, Serialize};
use std::path::PathBuf;

/// The player's settings, written as RON.
#[derive(Debug, Clone, Default, Serialize, Deserialize, Resource)]
pub struct Settings {
    /// Language code chosen in the main menu; empty to follow the system.
    #[serde(default)]
    pub language: String,
}

use crate::places::project_dirs;

/// The settings file, if the platform has a config folder.
pub fn settings_file() -> Option<PathBuf> {
    project_dirs().map(|d| d.config_dir().join("settings.ron"))
}

/// The folder for saves and the autosave; the working directory's `saves/` as a last resort.
pub fn saves_dir() -> PathBuf {
    project_dirs()
        .map(|d| d.data_dir().join("saves"))
        .unwrap_or_else(|| PathBuf::from("saves"))
}

/// The folder the Lab exports its experiments into; the working directory's `lab/` as a last
/// resort.
pub fn lab_dir() -> PathBuf {
    project_dirs()
        .map(|d| d.data_dir().join("lab"))
        .unwrap_or_else(|| PathBuf::from("lab"))
}

impl Settings {
    /// Reads the settings; a missing or unreadable file gives the defaults (settings are a
    /// comfort, never a reason not to start).
    pub fn load() -> Settings {
        settings_file()
            .and_then(|f| std::fs::read_to_string(f).ok())
            .and_then(|text| ron::from_str(&text).ok())
            .unwrap_or_default()
    }

    /// Writes the settings; returns why not if it failed.
    pub fn save(&self) -> Result<(), String> {
        let file = settings_file().ok_or_else(|| "no configuration folder".to_string())?;
        if let Some(dir) = file.parent() {
            std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        }
        let text = ron::ser::to_string_pretty(self, ron::ser::PrettyConfig::default())
            .map_err(|e| e.to_string())?;
        std::fs::write(&file, text).map_err(|e| format!("{}: {e}", file.display()))
    }
}
