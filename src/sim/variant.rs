//! Counterfactual variant files: a short RON file that names a base scenario and changes some
//! of its parameters, with the question it asks, why it is plausible and its sources.
//!
//! ```ron
//! Variant(
//!     format_version: 1,
//!     id: "us_civil_war_1867",
//!     title: "The US Civil War lasts until 1867",
//!     question: "…",
//!     plausibility: "…",
//!     sources: ["…"],
//!     base: "../historical_1861.ron",
//!     set: [("us_civil_war_end", "1867-01")],
//! )
//! ```
//!
//! `base` is relative to the variant file. Every value in `set` goes through
//! [`load::parameter_values`], so it is checked against the base scenario's parameters and
//! their plausible ranges. [`load_any`] reads either kind of file, so every command that takes
//! a scenario also takes a variant.
use crate::sim::files;
use crate::sim::load::{self, Diagnostic, LoadError, Loaded, Severity};
use crate::sim::message::Message;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// The variant format this build reads.
pub const FORMAT_VERSION: u32 = 1;

/// A counterfactual: a base scenario with some parameters changed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename = "Variant")]
pub struct Variant {
    /// Must equal [`FORMAT_VERSION`].
    pub format_version: u32,
    /// Short machine name, e.g. `us_civil_war_1867`.
    pub id: String,
    /// Title, phrased as the change: "The US Civil War lasts until 1867".
    pub title: String,
    /// The question the variant asks.
    pub question: String,
    /// Why the change is plausible.
    pub plausibility: String,
    /// Where the argument comes from.
    pub sources: Vec<String>,
    /// The base scenario, relative to this file.
    pub base: String,
    /// Parameter changes, `(name, value)`, written as on the command line (`--set name=value`).
    pub set: Vec<(String, String)>,
}

/// A scenario file or a variant file, loaded and checked.
#[derive(Debug, Clone)]
pub struct AnyScenario {
    /// The scenario (for a variant: its base).
    pub loaded: Loaded,
    /// The parameter overrides the file asks for (empty for a plain scenario).
    pub overrides: Vec<(String, String)>,
    /// The scenario file itself (for a variant: the base, resolved).
    pub scenario_path: PathBuf,
    /// The variant, if the file was one.
    pub variant: Option<Variant>,
}

/// Whether the text is a variant file: its first token, after comments, is `Variant`.
pub fn is_variant_text(text: &str) -> bool {
    let mut rest = text;
    loop {
        rest = rest.trim_start();
        if let Some(r) = rest.strip_prefix("//") {
            rest = r.split_once('\n').map_or("", |(_, after)| after);
        } else if let Some(r) = rest.strip_prefix("/*") {
            rest = r.split_once("*/").map_or("", |(_, after)| after);
        } else {
            return rest.starts_with("Variant");
        }
    }
}

/// Where a variant's `base` leads.
#[derive(Debug, PartialEq)]
pub(crate) enum BasePlace {
    /// A file inside the scenario folder.
    Inside,
    /// Inside the scenario folder, but no file is there.
    Missing,
    /// Outside the scenario folder (an absolute path, `..` above it, or a link out of it):
    /// the folder it had to stay in.
    Outside(PathBuf),
}

/// Where the base written `written` in a variant of folder `dir` leads. A variant may name a
/// scenario in the folder that holds its own folder (a scenario's folder, with its
/// counterfactuals below it) or anywhere below that, and nothing else: variants are passed
/// around between classes, and one must not read (nor show) any other file on the machine.
pub(crate) fn base_place(dir: &Path, written: &str) -> BasePlace {
    if files::is_builtin(dir) {
        return builtin_base_place(dir, written);
    }
    let dir = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    let Ok(real_dir) = dir.canonicalize() else {
        return BasePlace::Missing;
    };
    let folder = real_dir.parent().unwrap_or(&real_dir).to_path_buf();
    let written = Path::new(written);
    if written.has_root() || written.is_absolute() {
        return BasePlace::Outside(folder);
    }
    match dir.join(written).canonicalize() {
        // Links resolved: the real file must be inside too.
        Ok(real) if !real.starts_with(&folder) => BasePlace::Outside(folder),
        Ok(real) if real.is_file() => BasePlace::Inside,
        Ok(_) => BasePlace::Missing,
        Err(_) => {
            // Nothing there: say "outside" if the path itself climbs out.
            let mut depth = 1i32;
            for part in written.components() {
                match part {
                    std::path::Component::ParentDir => depth -= 1,
                    std::path::Component::Normal(_) => depth += 1,
                    _ => {}
                }
                if depth < 0 {
                    return BasePlace::Outside(folder);
                }
            }
            BasePlace::Missing
        }
    }
}

/// [`base_place`] for a built-in variant: its base must be a built-in file inside the same
/// scenario folder, resolved in the text of the paths (nothing of the disk is looked at).
fn builtin_base_place(dir: &Path, written: &str) -> BasePlace {
    let folder = dir.parent().unwrap_or(dir).to_path_buf();
    let written_path = Path::new(written);
    if written_path.has_root() || written_path.is_absolute() || files::is_builtin(written_path) {
        return BasePlace::Outside(folder);
    }
    let (Some(place), Some(folder_place)) = (
        files::builtin_place(&dir.join(written)),
        files::builtin_place(&folder),
    ) else {
        return BasePlace::Outside(folder);
    };
    let inside = Path::new(&place).starts_with(&folder_place) && place != folder_place;
    if !inside {
        BasePlace::Outside(folder)
    } else if files::builtin_text(&place).is_some() {
        BasePlace::Inside
    } else {
        BasePlace::Missing
    }
}

/// Reads a scenario or a variant file; for a variant, loads its base and checks its changes.
pub fn load_any(path: &Path) -> Result<AnyScenario, LoadError> {
    let file = path.display().to_string();
    let text = files::read_to_string(path).map_err(|source| LoadError::Io {
        file: file.clone(),
        source,
    })?;
    if !is_variant_text(&text) {
        let loaded = load::load_scenario_str(&text, &file)?;
        return Ok(AnyScenario {
            loaded,
            overrides: Vec::new(),
            scenario_path: path.to_path_buf(),
            variant: None,
        });
    }
    load_variant_str(&text, path)
}

/// Parses and checks a variant's text; `path` is where it lives (for `base` and messages).
pub fn load_variant_str(text: &str, path: &Path) -> Result<AnyScenario, LoadError> {
    let file = path.display().to_string();
    let invalid = |diagnostics: Vec<Diagnostic>| LoadError::Invalid {
        file: file.clone(),
        source_text: text.to_string(),
        diagnostics,
    };
    let variant: Variant = match load::ron_options().from_str(text) {
        Ok(v) => v,
        Err(e) => {
            let offset = load::offset_of(text, e.span.start.line.max(1), e.span.start.col);
            let explained = load::explain_ron_error(&e.code);
            return Err(invalid(vec![
                diagnostic_at(
                    &file,
                    text,
                    (offset, 1),
                    Message::new("variant-invalid").arg("problem", explained.message),
                    Some(Message::new("variant-invalid-help")),
                )
                .with_code(format!("variant-{}", explained.code)),
            ]));
        }
    };
    let mut errors = Vec::new();
    if variant.format_version != FORMAT_VERSION {
        errors.push(diagnostic_at(
            &file,
            text,
            field_span(text, "format_version"),
            Message::new("variant-format-version")
                .arg("found", variant.format_version.to_string())
                .arg("expected", FORMAT_VERSION.to_string()),
            None,
        ));
    }
    for (name, value) in [
        ("id", &variant.id),
        ("title", &variant.title),
        ("question", &variant.question),
        ("plausibility", &variant.plausibility),
    ] {
        if value.trim().is_empty() {
            errors.push(diagnostic_at(
                &file,
                text,
                field_span(text, name),
                Message::new("variant-empty-field").arg("field", name),
                None,
            ));
        }
    }
    if variant.sources.iter().all(|s| s.trim().is_empty()) {
        errors.push(diagnostic_at(
            &file,
            text,
            field_span(text, "sources"),
            Message::new("variant-no-source"),
            None,
        ));
    }
    if variant.set.is_empty() {
        errors.push(diagnostic_at(
            &file,
            text,
            field_span(text, "set"),
            Message::new("variant-no-change"),
            Some(Message::new("variant-no-change-help")),
        ));
    }
    for (i, (name, _)) in variant.set.iter().enumerate() {
        if variant.set[..i].iter().any(|(n, _)| n == name) {
            errors.push(diagnostic_at(
                &file,
                text,
                quoted_span(text, name, 1),
                Message::new("variant-set-twice").arg("name", name.as_str()),
                None,
            ));
        }
    }
    let dir = path.parent().unwrap_or_else(|| Path::new(""));
    let mut base = dir.join(&variant.base);
    // A built-in base is named by its place, dots resolved, as every built-in file is.
    if let Some(place) = files::builtin_place(&base) {
        base = files::builtin_path(&place);
    }
    let place = base_place(dir, &variant.base);
    if let BasePlace::Outside(folder) = &place {
        // Refused before the file is opened: nothing of it is read or shown.
        errors.push(diagnostic_at(
            &file,
            text,
            quoted_span(text, &variant.base, 0),
            Message::new("variant-base-outside")
                .arg("base", variant.base.as_str())
                .arg("folder", folder.display().to_string()),
            Some(Message::new("variant-base-outside-help")),
        ));
    } else if place == BasePlace::Missing {
        errors.push(diagnostic_at(
            &file,
            text,
            quoted_span(text, &variant.base, 0),
            Message::new("variant-no-base")
                .arg("base", variant.base.as_str())
                .arg("path", base.display().to_string()),
            Some(Message::new("variant-no-base-help")),
        ));
    }
    if !errors.is_empty() {
        return Err(invalid(errors));
    }
    if is_variant_text(&files::read_to_string(&base).unwrap_or_default()) {
        return Err(invalid(vec![diagnostic_at(
            &file,
            text,
            quoted_span(text, &variant.base, 0),
            Message::new("variant-base-is-variant").arg("base", variant.base.as_str()),
            Some(Message::new("variant-base-is-variant-help")),
        )]));
    }
    let loaded = load::load_scenario_file(&base)?;
    // Each change on its own, so that every bad one is reported at its place.
    for (name, value) in &variant.set {
        if let Err(message) =
            load::parameter_values(&loaded.scenario, &[(name.clone(), value.clone())])
        {
            errors.push(diagnostic_at(
                &file,
                text,
                quoted_span(text, name, 0),
                message,
                None,
            ));
        }
    }
    if !errors.is_empty() {
        return Err(invalid(errors));
    }
    Ok(AnyScenario {
        loaded,
        overrides: variant.set.clone(),
        scenario_path: base,
        variant: Some(variant),
    })
}

/// An error placed at `(offset, len)` of `text`.
pub(crate) fn diagnostic_at(
    file: &str,
    text: &str,
    span: (usize, usize),
    message: Message,
    help: Option<Message>,
) -> Diagnostic {
    Diagnostic::at_span(file, text, span, Severity::Error, message, help)
}

/// The span of `field:` in the text (the file's start if absent).
pub(crate) fn field_span(text: &str, field: &str) -> (usize, usize) {
    let pattern = format!("{field}:");
    text.match_indices(&pattern)
        .find(|(i, _)| {
            text[..*i]
                .chars()
                .last()
                .is_none_or(|c| !c.is_alphanumeric() && c != '_')
        })
        .map_or((0, 1), |(i, _)| (i, field.len()))
}

/// The span of the `n`th (0-based) occurrence of `"value"` in the text.
pub(crate) fn quoted_span(text: &str, value: &str, n: usize) -> (usize, usize) {
    let quoted = format!("\"{value}\"");
    text.match_indices(&quoted)
        .nth(n)
        .or_else(|| text.match_indices(&quoted).next())
        .map_or((0, 1), |(i, _)| (i, quoted.len()))
}
