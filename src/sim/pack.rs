//! The teacher's pack: one RON file that sets up a lesson over a scenario: the levers it locks
//! and those students may move (within a range), the side(s) they play, how many months, the
//! questions, and the prediction students record before they play.
//!
//! ```ron
//! Pack(
//!     format_version: 1,
//!     title: "What if the US Civil War had lasted longer?",
//!     scenario: "../historical_1861.ron",
//!     variants: [],
//!     locked: [("allies_stay", "false")],
//!     free: [(lever: "us_civil_war_end", from: "1865-04", to: "1867-06")],
//!     sides: [Republic],
//!     turns: 54,
//!     questions: [(text: "When did France announce it would leave?", evidence: [WithdrawalAnnounced])],
//!     prediction: (prompt: "Will France leave earlier or later?", choices: ["Earlier", "Later"]),
//! )
//! ```
//!
//! `scenario` and `variants` are relative to the pack and confined like a variant's `base`:
//! the folder above the pack's own, or below it. Every lever not `free` stays at the pack's
//! value (its `locked` value, else a variant's, else the scenario's default). The texts are the
//! teacher's own words and are not translated.
use crate::sim::date::Month;
use crate::sim::load::{self, Diagnostic, LoadError, Loaded};
use crate::sim::message::Message;
use crate::sim::scenario::{ParamValue, Side};
use crate::sim::variant::{self, BasePlace, diagnostic_at, field_span, quoted_span};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// The pack format this build reads and writes.
pub const FORMAT_VERSION: u32 = 1;

/// A pack longer than this many months is warned about: at about 45 seconds a month, the
/// students would not reach its end in a 45-minute lesson.
pub const LESSON_MONTHS: u32 = 60;

/// A teacher's pack.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename = "Pack")]
pub struct Pack {
    /// Must equal [`FORMAT_VERSION`].
    pub format_version: u32,
    /// The lesson's title.
    pub title: String,
    /// The scenario, relative to this file.
    pub scenario: String,
    /// Counterfactual variant files of that scenario, applied in order, relative to this file.
    #[serde(default)]
    pub variants: Vec<String>,
    /// Levers set to a value students cannot change: `(name, value)`, written as `--set`.
    #[serde(default)]
    pub locked: Vec<(String, String)>,
    /// Levers students may move, each within a range inside its plausible one.
    #[serde(default)]
    pub free: Vec<FreeLever>,
    /// The side(s) students play.
    pub sides: Vec<Side>,
    /// How many months the lesson plays, from the scenario's start.
    pub turns: u32,
    /// The questions students answer.
    pub questions: Vec<Question>,
    /// What students predict before they play.
    pub prediction: Prediction,
}

/// A lever students may move.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FreeLever {
    /// The lever's id.
    pub lever: String,
    /// The lowest value allowed (absent: the lever's plausible minimum).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    /// The highest value allowed (absent: the lever's plausible maximum).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
}

/// A question of the lesson, with the measures the debrief sets beside it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// The question, in the teacher's words.
    pub text: String,
    /// What the debrief shows beside it (empty: the key dates).
    #[serde(default)]
    pub evidence: Vec<Evidence>,
}

/// A measure of a war that the debrief can set beside a question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Evidence {
    /// The month the capital fell.
    CapitalFalls,
    /// The month a Regency was proclaimed.
    Regency,
    /// The month the Empire was proclaimed.
    Empire,
    /// The month France announced its withdrawal.
    WithdrawalAnnounced,
    /// The month the last French troops left.
    FrenchGone,
    /// The month the Empire ended.
    EmpireEnds,
    /// Who won, or where the war stood at the lesson's end.
    Winner,
    /// Provinces held against the history.
    Provinces,
    /// France's will and what drained it.
    FranceWill,
}

/// The prediction students record before they play.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Prediction {
    /// The prompt.
    pub prompt: String,
    /// The answers to choose from; empty for a free answer.
    #[serde(default)]
    pub choices: Vec<String>,
}

/// A free lever's range, resolved against the scenario.
#[derive(Debug, Clone, PartialEq)]
pub struct FreeRange {
    /// The parameter's index in the scenario.
    pub index: usize,
    /// Lowest value allowed (for a yes/no lever: `None`, both are allowed).
    pub from: Option<ParamValue>,
    /// Highest value allowed.
    pub to: Option<ParamValue>,
}

impl FreeRange {
    /// Whether `v` lies in this range.
    pub fn contains(&self, v: &ParamValue) -> bool {
        self.from.as_ref().is_none_or(|f| at_most(f, v))
            && self.to.as_ref().is_none_or(|t| at_most(v, t))
    }
}

/// Whether `a` is not above `b` (values of different kinds are not compared).
fn at_most(a: &ParamValue, b: &ParamValue) -> bool {
    match (a, b) {
        (ParamValue::Number(x), ParamValue::Number(y)) => x <= y,
        (ParamValue::Month(x), ParamValue::Month(y)) => x <= y,
        _ => true,
    }
}

/// A pack loaded and checked, with its scenario.
#[derive(Debug, Clone)]
pub struct LoadedPack {
    /// The pack as written.
    pub pack: Pack,
    /// The pack file.
    pub path: PathBuf,
    /// The scenario file, resolved.
    pub scenario_path: PathBuf,
    /// The scenario.
    pub loaded: Loaded,
    /// The pack's changes from the scenario's defaults: the variants' then the locks.
    pub overrides: Vec<(String, String)>,
    /// The lever values a war of the pack starts with: the defaults with `overrides`, and each
    /// free lever brought inside its range.
    pub values: Vec<ParamValue>,
    /// The levers students may move.
    pub free: Vec<FreeRange>,
    /// The short hash of the pack and every file it reads (8 hex digits).
    pub hash: String,
}

impl LoadedPack {
    /// The last month of the lesson.
    pub fn last_month(&self) -> Month {
        self.loaded
            .scenario
            .start
            .plus(self.pack.turns.saturating_sub(1) as i32)
    }

    /// The free range of lever `index`, if students may move it.
    pub fn free_range(&self, index: usize) -> Option<&FreeRange> {
        self.free.iter().find(|f| f.index == index)
    }

    /// The lever values with a student's changes (`--set`), each one refused if the lever is
    /// unknown, locked, or moved outside its free range.
    pub fn values_with(&self, set: &[(String, String)]) -> Result<Vec<ParamValue>, Message> {
        let scenario = &self.loaded.scenario;
        let mut values = self.values.clone();
        for (name, text) in set {
            // Unknown levers and unreadable values get the scenario's own message.
            let parsed = load::parameter_values(scenario, &[(name.clone(), text.clone())])?;
            let Some(i) = scenario.parameters.iter().position(|p| p.id == *name) else {
                continue;
            };
            let Some(range) = self.free_range(i) else {
                return Err(Message::new("pack-lever-locked")
                    .arg("name", name.as_str())
                    .arg("value", values[i].to_string())
                    .arg("free", self.free_names()));
            };
            if !range.contains(&parsed[i]) {
                return Err(Message::new("pack-lever-outside")
                    .arg("name", name.as_str())
                    .arg("value", text.as_str())
                    .arg("from", show(&range.from))
                    .arg("to", show(&range.to)));
            }
            values[i] = parsed[i].clone();
        }
        Ok(values)
    }

    /// The free levers' ids, for messages ("none" when there are none).
    pub fn free_names(&self) -> String {
        let names: Vec<&str> = self
            .free
            .iter()
            .map(|f| self.loaded.scenario.parameters[f.index].id.as_str())
            .collect();
        if names.is_empty() {
            "none".to_string()
        } else {
            names.join(", ")
        }
    }
}

/// A bound for people; "-" when open.
fn show(v: &Option<ParamValue>) -> String {
    v.as_ref()
        .map_or_else(|| "-".to_string(), ToString::to_string)
}

/// The short hash of some files' bytes, in order: FNV-1a (stable across builds and machines),
/// its first 8 hex digits, with a separator between files so that moving bytes from one file
/// to the next changes it.
pub fn short_hash(files: &[&[u8]]) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for bytes in files {
        for &b in bytes.iter().chain(std::iter::once(&0xffu8)) {
            hash = (hash ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    format!("{hash:016x}")[..8].to_string()
}

/// Whether the text is a pack file: its first token, after comments, is `Pack`.
pub fn is_pack_text(text: &str) -> bool {
    let mut rest = text;
    loop {
        rest = rest.trim_start();
        if let Some(r) = rest.strip_prefix("//") {
            rest = r.split_once('\n').map_or("", |(_, after)| after);
        } else if let Some(r) = rest.strip_prefix("/*") {
            rest = r.split_once("*/").map_or("", |(_, after)| after);
        } else {
            return rest.starts_with("Pack");
        }
    }
}

/// Reads and checks a pack file and the files it names.
pub fn load_pack(path: &Path) -> Result<LoadedPack, LoadError> {
    let text = std::fs::read_to_string(path).map_err(|source| LoadError::Io {
        file: path.display().to_string(),
        source,
    })?;
    load_pack_str(&text, path)
}

/// Parses and checks a pack's text; `path` is where it lives (for its files and messages).
pub fn load_pack_str(text: &str, path: &Path) -> Result<LoadedPack, LoadError> {
    let file = path.display().to_string();
    let invalid = |diagnostics: Vec<Diagnostic>| LoadError::Invalid {
        file: file.clone(),
        source_text: text.to_string(),
        diagnostics,
    };
    let at = |span: (usize, usize), message: Message, help: Option<Message>| {
        diagnostic_at(&file, text, span, message, help)
    };
    let pack: Pack = match load::ron_options().from_str(text) {
        Ok(p) => p,
        Err(e) => {
            let offset = load::offset_of(text, e.span.start.line.max(1), e.span.start.col);
            let explained = load::explain_ron_error(&e.code);
            let help = explained.help.or(Some(Message::new("pack-invalid-help")));
            return Err(invalid(vec![
                at(
                    (offset, 1),
                    Message::new("pack-invalid").arg("problem", explained.message),
                    help,
                )
                .with_code(format!("pack-{}", explained.code)),
            ]));
        }
    };
    let mut errors = own_field_errors(&pack, text, &file);
    let dir = path.parent().unwrap_or_else(|| Path::new(""));
    let mut files = vec![pack.scenario.clone()];
    files.extend(pack.variants.iter().cloned());
    for written in &files {
        let place = variant::base_place(dir, written);
        let message = match &place {
            BasePlace::Inside => continue,
            BasePlace::Outside(folder) => Message::new("pack-file-outside")
                .arg("file", written.as_str())
                .arg("folder", folder.display().to_string()),
            BasePlace::Missing => Message::new("pack-file-missing")
                .arg("file", written.as_str())
                .arg("path", dir.join(written).display().to_string()),
        };
        errors.push(at(quoted_span(text, written, 0), message, None));
    }
    if !errors.is_empty() {
        return Err(invalid(errors));
    }
    let scenario_path = dir.join(&pack.scenario);
    let scenario_bytes = std::fs::read(&scenario_path).unwrap_or_default();
    if variant::is_variant_text(&String::from_utf8_lossy(&scenario_bytes))
        || is_pack_text(&String::from_utf8_lossy(&scenario_bytes))
    {
        return Err(invalid(vec![at(
            quoted_span(text, &pack.scenario, 0),
            Message::new("pack-scenario-not-scenario").arg("file", pack.scenario.as_str()),
            Some(Message::new("pack-scenario-not-scenario-help")),
        )]));
    }
    let loaded = load::load_scenario_file(&scenario_path)?;
    let mut overrides = Vec::new();
    let mut hashed = vec![text.as_bytes().to_vec(), scenario_bytes];
    let real_scenario = scenario_path.canonicalize().ok();
    for written in &pack.variants {
        let variant_path = dir.join(written);
        let any = variant::load_any(&variant_path)?;
        if any.variant.is_none() || any.scenario_path.canonicalize().ok() != real_scenario {
            errors.push(at(
                quoted_span(text, written, 0),
                Message::new("pack-variant-other-scenario")
                    .arg("file", written.as_str())
                    .arg("scenario", pack.scenario.as_str()),
                None,
            ));
            continue;
        }
        overrides.extend(any.overrides);
        hashed.push(std::fs::read(&variant_path).unwrap_or_default());
    }
    let scenario = &loaded.scenario;
    // Each lock on its own, so that every bad one is reported at its place.
    for (name, value) in &pack.locked {
        if let Err(message) = load::parameter_values(scenario, &[(name.clone(), value.clone())]) {
            errors.push(at(quoted_span(text, name, 0), message, None));
        }
    }
    overrides.extend(pack.locked.iter().cloned());
    let mut free = Vec::new();
    for f in &pack.free {
        match free_range(scenario, f) {
            Ok(range) => free.push(range),
            Err(message) => errors.push(at(quoted_span(text, &f.lever, 0), message, None)),
        }
        if pack.locked.iter().any(|(n, _)| *n == f.lever) {
            errors.push(at(
                quoted_span(text, &f.lever, 1),
                Message::new("pack-lever-locked-and-free").arg("name", f.lever.as_str()),
                None,
            ));
        }
    }
    let months = scenario.end.months_since(scenario.start) + 1;
    if pack.turns == 0 || i64::from(pack.turns) > i64::from(months) {
        errors.push(at(
            field_span(text, "turns"),
            Message::new("pack-turns-outside")
                .arg("turns", pack.turns.to_string())
                .arg("months", months.to_string()),
            None,
        ));
    }
    if !errors.is_empty() {
        return Err(invalid(errors));
    }
    let mut values = load::parameter_values(scenario, &overrides)
        .map_err(|m| invalid(vec![at((0, 1), m, None)]))?;
    for range in &free {
        // A free lever starts inside its range: at the pack's value, or the range's low end.
        if !range.contains(&values[range.index])
            && let Some(from) = &range.from
        {
            values[range.index] = from.clone();
        }
    }
    let mut warnings = loaded.warnings.clone();
    if pack.turns > LESSON_MONTHS {
        warnings.push(Diagnostic::at_span(
            &file,
            text,
            field_span(text, "turns"),
            load::Severity::Warning,
            Message::new("pack-turns-long")
                .arg("turns", pack.turns.to_string())
                .arg("most", LESSON_MONTHS.to_string()),
            None,
        ));
    }
    let refs: Vec<&[u8]> = hashed.iter().map(Vec::as_slice).collect();
    Ok(LoadedPack {
        hash: short_hash(&refs),
        path: path.to_path_buf(),
        scenario_path,
        loaded: Loaded {
            scenario: loaded.scenario,
            warnings,
        },
        overrides,
        values,
        free,
        pack,
    })
}

/// The errors in the pack's own fields, before any other file is read.
fn own_field_errors(pack: &Pack, text: &str, file: &str) -> Vec<Diagnostic> {
    let at = |span, message, help| diagnostic_at(file, text, span, message, help);
    let mut errors = Vec::new();
    if pack.format_version != FORMAT_VERSION {
        errors.push(at(
            field_span(text, "format_version"),
            Message::new("pack-format-version")
                .arg("found", pack.format_version.to_string())
                .arg("expected", FORMAT_VERSION.to_string()),
            None,
        ));
    }
    let empty = |field: &str| Message::new("pack-empty-field").arg("field", field);
    if pack.title.trim().is_empty() {
        errors.push(at(field_span(text, "title"), empty("title"), None));
    }
    if pack.prediction.prompt.trim().is_empty() {
        errors.push(at(field_span(text, "prompt"), empty("prompt"), None));
    }
    if pack.questions.is_empty() || pack.questions.iter().any(|q| q.text.trim().is_empty()) {
        errors.push(at(field_span(text, "questions"), empty("questions"), None));
    }
    if pack.prediction.choices.len() == 1
        || pack.prediction.choices.iter().any(|c| c.trim().is_empty())
    {
        errors.push(at(
            field_span(text, "choices"),
            Message::new("pack-one-choice"),
            None,
        ));
    }
    if pack.sides.is_empty() || (pack.sides.len() == 2 && pack.sides[0] == pack.sides[1]) {
        errors.push(at(
            field_span(text, "sides"),
            Message::new("pack-sides"),
            None,
        ));
    }
    let levers: Vec<&str> = pack
        .locked
        .iter()
        .map(|(n, _)| n.as_str())
        .chain(pack.free.iter().map(|f| f.lever.as_str()))
        .collect();
    for (i, name) in levers.iter().enumerate() {
        if levers[..i].contains(name) {
            let n = levers[..i].iter().filter(|n| *n == name).count();
            errors.push(at(
                quoted_span(text, name, n),
                Message::new("pack-lever-twice").arg("name", *name),
                None,
            ));
        }
    }
    errors
}

/// A free lever's range checked against the scenario: a known lever, bounds of its kind inside
/// its plausible range, the low not above the high.
fn free_range(scenario: &crate::sim::Scenario, f: &FreeLever) -> Result<FreeRange, Message> {
    // An unknown name gets the scenario's own message, with its did-you-mean.
    let Some(index) = scenario.parameters.iter().position(|p| p.id == f.lever) else {
        return Err(
            load::parameter_values(scenario, &[(f.lever.clone(), "0".to_string())])
                .err()
                .unwrap_or_else(|| Message::new("set-unknown-parameter")),
        );
    };
    let p = &scenario.parameters[index];
    let bound = |text: &Option<String>,
                 fallback: &Option<ParamValue>|
     -> Result<Option<ParamValue>, Message> {
        match text {
            None => Ok(fallback.clone()),
            Some(t) => {
                let parsed = load::parameter_values(scenario, &[(f.lever.clone(), t.clone())])?;
                Ok(Some(parsed[index].clone()))
            }
        }
    };
    if matches!(p.default, ParamValue::Bool(_)) {
        if f.from.is_some() || f.to.is_some() {
            return Err(Message::new("pack-range-on-yes-no").arg("name", f.lever.as_str()));
        }
        return Ok(FreeRange {
            index,
            from: None,
            to: None,
        });
    }
    let from = bound(&f.from, &p.min)?;
    let to = bound(&f.to, &p.max)?;
    let range = FreeRange { index, from, to };
    if let (Some(a), Some(b)) = (&range.from, &range.to)
        && !at_most(a, b)
    {
        return Err(Message::new("pack-range-reversed")
            .arg("name", f.lever.as_str())
            .arg("from", a.to_string())
            .arg("to", b.to_string()));
    }
    Ok(range)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_short_hash_is_stable_and_sees_where_bytes_lie() {
        assert_eq!(
            short_hash(&[b"pack", b"scenario"]),
            short_hash(&[b"pack", b"scenario"])
        );
        assert_eq!(short_hash(&[b""]).len(), 8);
        assert_ne!(short_hash(&[b"ab", b"c"]), short_hash(&[b"a", b"bc"]));
    }

    #[test]
    fn a_pack_is_known_by_its_first_word_after_comments() {
        assert!(is_pack_text(
            "// a lesson\n/* note */ Pack(format_version: 1)"
        ));
        assert!(!is_pack_text("Variant(format_version: 1)"));
        assert!(!is_pack_text("(id: \"x\")"));
    }
}
