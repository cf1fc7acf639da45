//! The window's language, and the text layer's functions worded in it for the panels. The
//! language is chosen at start and in the menu; the panels word everything through here.
use crate::sim::names::ArmyName;
use crate::sim::state::Army;
use crate::sim::{Event, GameState, Month, RuleError};
use crate::text::{self, Arg, Lang};
use std::sync::RwLock;

static WINDOW_LANG: RwLock<Option<Lang>> = RwLock::new(None);

/// The language the window is shown in.
pub fn lang() -> Lang {
    WINDOW_LANG.read().ok().and_then(|l| *l).unwrap_or_default()
}

/// Shows the window in the language of `code` (or the closest one there is); returns it.
pub fn set_lang(code: &str) -> Lang {
    let lang = Lang::resolve(code);
    if let Ok(mut current) = WINDOW_LANG.write() {
        *current = Some(lang);
    }
    lang
}

/// The text for `key`.
pub fn tr(key: &str) -> String {
    lang().tr(key)
}

/// The text for `key` with arguments.
pub fn tr_args(key: &str, args: &[(&str, Arg)]) -> String {
    lang().tr_args(key, args)
}

/// A number in the window's format.
pub fn format_number(n: f64) -> String {
    lang().number(n)
}

/// A month as the window's language writes it.
pub fn format_month(m: Month) -> String {
    lang().month(m)
}

/// Why the rules refused a command.
pub fn refusal(state: &GameState, e: &RuleError) -> String {
    text::refusals::refusal(lang(), state, e)
}

/// Why a file could not be loaded, in one line.
pub fn load_error(e: &crate::sim::load::LoadError) -> String {
    text::diagnostics::load_error(lang(), e)
}

/// Why a save could not be written or read, in one line.
pub fn save_error(e: &crate::sim::load::SaveError) -> String {
    text::diagnostics::save_error(lang(), e)
}

/// A scenario text, or the RON file's English.
pub fn scenario_text(scenario_id: &str, key: &str, english: &str) -> String {
    text::scenario::text(lang(), scenario_id, key, english)
}

/// The names of the scenario's things and the chronicle's lines, in the window's language.
pub mod chronicle {
    use super::*;
    use crate::text::names;

    /// A province's name.
    pub fn province_name(state: &GameState, p: usize) -> String {
        names::province_name(lang(), state, p)
    }
    /// A province capital's name.
    pub fn province_capital(state: &GameState, p: usize) -> String {
        names::province_capital(lang(), state, p)
    }
    /// A contingent's name.
    pub fn contingent_name(state: &GameState, c: usize) -> String {
        names::contingent_name(lang(), state, c)
    }
    /// A leader's name.
    pub fn leader_name(state: &GameState, l: usize) -> String {
        names::leader_name(lang(), state, l)
    }
    /// A leader's role.
    pub fn leader_role(state: &GameState, l: usize) -> String {
        names::leader_role(lang(), state, l)
    }
    /// An army's name.
    pub fn army_name(state: &GameState, army: &Army) -> String {
        names::army_name(lang(), state, army)
    }
    /// A name an army carries.
    pub fn name_text(state: &GameState, name: &ArmyName) -> String {
        names::name_text(lang(), state, name)
    }
    /// An event's title.
    pub fn event_title(state: &GameState, event: usize) -> String {
        names::event_title(lang(), state, event)
    }
    /// An event's historical text.
    pub fn event_text(state: &GameState, event: usize) -> String {
        names::event_text(lang(), state, event)
    }
    /// A choice's label.
    pub fn choice_label(state: &GameState, event: usize, choice: usize) -> String {
        names::choice_label(lang(), state, event, choice)
    }
    /// A victory rule's text.
    pub fn victory_text(state: &GameState, rule: &str, english: &str) -> String {
        names::victory_text(lang(), state, rule, english)
    }
    /// The chronicle's line for an event, if it has one.
    pub fn describe(state: &GameState, event: &Event) -> Option<String> {
        crate::text::chronicle::describe(lang(), state, event)
    }
}
