//! Reading scenarios: RON parsing and the validation pass, with diagnostics that point at the
//! file, line and column. Saves, parameters and the diagnostics themselves have rooms of their
//! own beside this one.
mod diagnostics;
mod parameters;
mod saves;
mod soundness;
mod validate;

pub use diagnostics::{Diagnostic, Locator, Severity, suggest};
pub(crate) use diagnostics::{explain_ron_error, offset_of};
pub use parameters::{in_range, parameter_values, parameter_values_from, parse_assignment};
pub use saves::{
    SaveError, WINDOW_FIELD, is_save_file, load_state, load_state_str, load_state_with, save_state,
    save_state_with, temp_file_in, window_record_str,
};
pub(crate) use saves::{check_state, located, write_ron};
pub use soundness::{MAX_DETACHMENT, MAX_MEN, state_problem};

/// Whether `id` is a plain name (ASCII letters, digits, `_` and `-`, not empty): what a
/// scenario's or a variant's id must be, since it names the scenario's translation files.
pub fn is_plain_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}
pub use validate::validate;

use crate::sim::message::{Message, io_reason};
use crate::sim::scenario::Scenario;
use std::path::Path;

/// Why a file could not be loaded; the text layer words it (`text::diagnostics`).
#[derive(Debug)]
pub enum LoadError {
    /// The file could not be read.
    Io {
        /// The file.
        file: String,
        /// The cause.
        source: std::io::Error,
    },
    /// The file was read but is not a valid scenario or save.
    Invalid {
        /// The file.
        file: String,
        /// Its text, for rendering the diagnostics.
        source_text: String,
        /// Every finding, errors and warnings.
        diagnostics: Vec<Diagnostic>,
    },
}

impl LoadError {
    /// What went wrong, as a message to render in the reader's language.
    pub fn message(&self) -> Message {
        match self {
            LoadError::Io { file, source } => Message::new("check-cannot-read")
                .arg("file", file.as_str())
                .arg("reason", io_reason(source)),
            LoadError::Invalid {
                file, diagnostics, ..
            } => Message::new("check-file-has-errors")
                .arg("file", file.as_str())
                .arg(
                    "errors",
                    diagnostics.iter().filter(|d| d.is_error()).count(),
                ),
        }
    }
}

/// A scenario that passed validation, with the warnings it still has.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// The resolved scenario.
    pub scenario: Scenario,
    /// Warnings (never errors).
    pub warnings: Vec<Diagnostic>,
}

/// Reads, parses and validates a scenario file (from the disk, or a built-in one).
pub fn load_scenario_file(path: &Path) -> Result<Loaded, LoadError> {
    let file = path.display().to_string();
    let text = crate::sim::files::read_to_string(path).map_err(|source| LoadError::Io {
        file: file.clone(),
        source,
    })?;
    load_scenario_str(&text, &file)
}

/// Parses and validates scenario text; `file` names it in diagnostics.
pub fn load_scenario_str(text: &str, file: &str) -> Result<Loaded, LoadError> {
    let invalid = |diagnostics| LoadError::Invalid {
        file: file.to_string(),
        source_text: text.to_string(),
        diagnostics,
    };
    let mut scenario: Scenario = match ron_options().from_str(text) {
        Ok(s) => s,
        Err(e) => return Err(invalid(vec![diagnostics::syntax(&e, text, file)])),
    };
    let diagnostics = validate(&mut scenario, text, file);
    if diagnostics.iter().any(Diagnostic::is_error) {
        return Err(invalid(diagnostics));
    }
    Ok(Loaded {
        scenario,
        warnings: diagnostics,
    })
}

/// The RON options used for every file: implicit `Some` so `leader: "x"` works for options.
pub fn ron_options() -> ron::Options {
    ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
}
