//! Reading scenarios and saves: RON parsing, the validation pass, and diagnostics that point
//! at the file, line and column with a "did you mean".
use crate::i18n::{Message, io_reason};
use crate::sim::ids::{Ref, RefKind};
use crate::sim::scenario::*;
use crate::sim::state::GameState;
use crate::sim::turn::track;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::sync::Arc;

/// How bad a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The scenario cannot be played.
    Error,
    /// Playable, but probably not what the author meant.
    Warning,
}

/// One finding about a scenario, located in its file.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Diagnostic {
    /// The file.
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    /// Error or warning.
    pub severity: Severity,
    /// What kind of finding, in words that stay the same in every language
    /// (`unknown-province`, `ron-eof`…), so that tools need not read the message.
    pub code: String,
    /// What is wrong, in the language chosen when the file was checked.
    pub message: String,
    /// How to fix it, e.g. "did you mean `puebla`?".
    pub help: Option<String>,
    #[serde(skip)]
    offset: usize,
    #[serde(skip)]
    len: usize,
}

/// The stable code of a message: its key without the `check-` prefix the checker's keys share.
fn code_of(message: &Message) -> String {
    message
        .key
        .strip_prefix("check-")
        .unwrap_or(message.key)
        .to_string()
}

impl Diagnostic {
    /// An error about a whole file (one that cannot be read, say), placed at its start.
    pub fn file_error(file: &str, message: Message) -> Diagnostic {
        Diagnostic {
            file: file.to_string(),
            line: 1,
            column: 1,
            severity: Severity::Error,
            code: code_of(&message),
            message: message.render(),
            help: None,
            offset: 0,
            len: 1,
        }
    }

    /// A finding placed at a byte span of `text`, with line and column worked out from it.
    /// The texts are rendered in the current language.
    pub fn at_span(
        file: &str,
        text: &str,
        (offset, len): (usize, usize),
        severity: Severity,
        message: Message,
        help: Option<Message>,
    ) -> Diagnostic {
        let offset = offset.min(text.len());
        let (line, column) = line_col(text, offset);
        Diagnostic {
            file: file.to_string(),
            line,
            column,
            severity,
            code: code_of(&message),
            message: message.render(),
            help: help.map(|h| h.render()),
            offset,
            len: len.max(1),
        }
    }

    /// The same finding under another code, for messages shared by several kinds of finding
    /// (one text for every unknown id, but `unknown-province`, `unknown-leader`… for tools).
    pub fn with_code(mut self, code: impl Into<String>) -> Diagnostic {
        self.code = code.into();
        self
    }

    /// A warning placed at the declaration of the item with this id (`id: "x"`) in `text`.
    pub fn warning_at_item(
        file: &str,
        text: &str,
        item: &str,
        message: Message,
        help: Option<Message>,
    ) -> Diagnostic {
        let checker = Checker {
            text,
            file,
            out: Vec::new(),
            seen_refs: BTreeMap::new(),
        };
        Diagnostic::at_span(
            file,
            text,
            checker.item(item),
            Severity::Warning,
            message,
            help,
        )
    }

    /// Whether this is an error (not a warning).
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// Why a file could not be loaded. It prints in the current language.
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

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message().render())
    }
}

impl std::error::Error for LoadError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            LoadError::Io { source, .. } => Some(source),
            LoadError::Invalid { .. } => None,
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

/// Reads, parses and validates a scenario file.
pub fn load_scenario_file(path: &Path) -> Result<Loaded, LoadError> {
    let file = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|source| LoadError::Io {
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
        Err(e) => return Err(invalid(vec![syntax_diagnostic(&e, text, file)])),
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

fn syntax_diagnostic(e: &ron::error::SpannedError, text: &str, file: &str) -> Diagnostic {
    let line = e.span.start.line.max(1);
    let column = e.span.start.col.max(1);
    let offset = offset_of(text, line, column);
    let explained = explain_ron_error(&e.code);
    Diagnostic {
        file: file.to_string(),
        line,
        column,
        severity: Severity::Error,
        code: explained.code,
        message: explained.message,
        help: explained.help,
        offset,
        len: 1,
    }
}

/// A RON error in words: a stable code, and the message and help in the current language.
pub(crate) struct RonExplained {
    /// Stable code, e.g. `unknown-field`, `ron-eof`.
    pub code: String,
    /// What is wrong.
    pub message: String,
    /// How to fix it.
    pub help: Option<String>,
}

/// Explains a RON error in the reader's language. Field, struct and variant names stay as
/// written, since they are code; serde's own descriptions of types ("a sequence") stay English.
pub(crate) fn explain_ron_error(code: &ron::Error) -> RonExplained {
    use ron::Error as E;
    let options = |found: &str, expected: &[&str]| -> Option<Message> {
        match suggest(found, expected.iter().copied()) {
            Some(s) => Some(Message::new("check-did-you-mean").arg("suggestion", s)),
            None if expected.is_empty() => None,
            None => Some(Message::new("check-expected-one-of").arg("list", expected.join(", "))),
        }
    };
    // Messages that add where the problem is ("in Province") share the code of those that
    // do not, so that tools see one kind of finding.
    let within = |plain: Message, located: Message, outer: &Option<String>| match outer {
        Some(o) => located.arg("outer", o.as_str()),
        None => plain,
    };
    let (message, help, code): (Message, Option<Message>, Option<&str>) = match code {
        E::NoSuchStructField {
            expected,
            found,
            outer,
        } => (
            within(
                Message::new("check-unknown-field"),
                Message::new("check-unknown-field-in"),
                outer,
            )
            .arg("field", found.as_str()),
            options(found, expected),
            Some("unknown-field"),
        ),
        E::MissingStructField { field, outer } => (
            within(
                Message::new("check-missing-field"),
                Message::new("check-missing-field-in"),
                outer,
            )
            .arg("field", *field),
            None,
            Some("missing-field"),
        ),
        E::NoSuchEnumVariant {
            expected,
            found,
            outer,
        } => (
            within(
                Message::new("check-unknown-variant"),
                Message::new("check-unknown-variant-in"),
                outer,
            )
            .arg("variant", found.as_str()),
            options(found, expected),
            Some("unknown-variant"),
        ),
        E::DuplicateStructField { field, .. } => (
            Message::new("check-duplicate-field").arg("field", *field),
            None,
            None,
        ),
        // Custom errors come from our own types (a month, say), already in the reader's words.
        // The schema's untagged types say what they expect in English (serde takes a fixed
        // string, the `expecting` attributes in scenario.rs); say it in the reader's language.
        E::Message(text) => match expectation_key(text) {
            Some(key) => (Message::new(key), None, Some("invalid-value")),
            None => {
                return RonExplained {
                    code: "invalid-value".into(),
                    message: text.clone(),
                    help: None,
                };
            }
        },
        E::Eof => (
            Message::new("check-ron-eof"),
            Some(Message::new("check-ron-eof-help")),
            None,
        ),
        E::ExpectedArray => (Message::new("check-ron-expected-array"), None, None),
        E::ExpectedArrayEnd => (Message::new("check-ron-expected-array-end"), None, None),
        E::ExpectedBoolean => (Message::new("check-ron-expected-boolean"), None, None),
        E::ExpectedComma => (Message::new("check-ron-expected-comma"), None, None),
        E::ExpectedFloat => (Message::new("check-ron-expected-number"), None, None),
        E::ExpectedInteger => (Message::new("check-ron-expected-integer"), None, None),
        E::ExpectedOption => (Message::new("check-ron-expected-option"), None, None),
        E::ExpectedOptionEnd | E::ExpectedStructLikeEnd => {
            (Message::new("check-ron-expected-paren-end"), None, None)
        }
        E::ExpectedMap => (Message::new("check-ron-expected-map"), None, None),
        E::ExpectedMapColon => (Message::new("check-ron-expected-colon"), None, None),
        E::ExpectedMapEnd => (Message::new("check-ron-expected-map-end"), None, None),
        E::ExpectedStructLike => (Message::new("check-ron-expected-paren"), None, None),
        E::ExpectedNamedStructLike("") => (Message::new("check-ron-expected-paren"), None, None),
        E::ExpectedNamedStructLike(name) => (
            Message::new("check-ron-expected-paren-for").arg("name", *name),
            None,
            Some("ron-expected-paren"),
        ),
        E::ExpectedDifferentStructName { expected, found } => (
            Message::new("check-ron-wrong-struct-name")
                .arg("expected", *expected)
                .arg("found", found.as_str()),
            None,
            None,
        ),
        E::ExpectedUnit => (Message::new("check-ron-expected-unit"), None, None),
        E::ExpectedString => (Message::new("check-ron-expected-string"), None, None),
        E::ExpectedStringEnd => (Message::new("check-ron-expected-string-end"), None, None),
        E::ExpectedIdentifier => (Message::new("check-ron-expected-identifier"), None, None),
        E::IntegerOutOfBounds => (Message::new("check-ron-integer-out-of-bounds"), None, None),
        E::UnexpectedChar(c) => (
            Message::new("check-ron-unexpected-char").arg("char", c.to_string()),
            None,
            None,
        ),
        E::TrailingCharacters => (Message::new("check-ron-trailing"), None, None),
        E::UnclosedBlockComment => (Message::new("check-ron-unclosed-comment"), None, None),
        E::InvalidValueForType { expected, found } => (
            Message::new("check-ron-invalid-type")
                .arg("expected", serde_phrase(expected))
                .arg("found", serde_phrase(found)),
            None,
            None,
        ),
        E::ExpectedDifferentLength { expected, found } => (
            Message::new("check-ron-wrong-length")
                .arg("expected", expected.as_str())
                .arg("found", *found),
            None,
            None,
        ),
        E::SuggestRawIdentifier(word) | E::InvalidIdentifier(word) => (
            Message::new("check-ron-bad-name").arg("word", word.as_str()),
            None,
            Some("ron-bad-name"),
        ),
        E::InvalidEscape(_) => (Message::new("check-ron-bad-escape"), None, None),
        E::UnclosedLineComment => (Message::new("check-ron-unclosed-comment"), None, None),
        E::ExpectedChar => (Message::new("check-ron-expected-char"), None, None),
        E::FloatUnderscore | E::UnderscoreAtBeginning | E::InvalidIntegerDigit { .. } => (
            Message::new("check-ron-bad-number"),
            None,
            Some("ron-bad-number"),
        ),
        E::ExceededRecursionLimit => (Message::new("check-ron-too-deep"), None, None),
        E::Utf8Error(_) => (Message::new("check-ron-not-utf8"), None, None),
        other => (
            Message::new("check-ron-other").arg("detail", other.to_string()),
            None,
            None,
        ),
    };
    RonExplained {
        code: code.map_or_else(|| code_of(&message), str::to_string),
        message: message.render(),
        help: help.map(|h| h.render()),
    }
}

/// Converts a 1-based line and character column to a byte offset.
/// The message key for one of the schema's `expecting` strings (scenario.rs), if it is one.
fn expectation_key(text: &str) -> Option<&'static str> {
    const EXPECTING: [(&str, &str); 3] = [
        ("a number, or Param(\"parameter_id\")", "check-expected-num"),
        (
            "a month as \"YYYY-MM\", or Param(\"parameter_id\")",
            "check-expected-month",
        ),
        (
            "a parameter value: true/false, a number, or a month \"YYYY-MM\"",
            "check-expected-param-value",
        ),
    ];
    EXPECTING
        .iter()
        .find(|(expecting, _)| text.starts_with(expecting))
        .map(|(_, key)| *key)
}

/// serde's English description of a kind of value ("a sequence", "struct Border", "the
/// unsigned integer `3`") in the reader's language; one it does not know is kept as written.
fn serde_phrase(phrase: &str) -> String {
    let quoted = |rest: &str| rest.trim().trim_matches('`').to_string();
    let message = if let Some(name) = phrase.strip_prefix("struct ") {
        Message::new("serde-struct").arg("name", name)
    } else if let Some(name) = phrase.strip_prefix("enum ") {
        Message::new("serde-enum").arg("name", name)
    } else if let Some(v) = phrase.strip_prefix("the string ") {
        Message::new("serde-the-string").arg("value", v)
    } else if let Some(v) = phrase
        .strip_prefix("the unsigned integer ")
        .or_else(|| phrase.strip_prefix("the signed integer "))
    {
        Message::new("serde-the-integer").arg("value", quoted(v))
    } else if let Some(v) = phrase.strip_prefix("the floating point ") {
        Message::new("serde-the-number").arg("value", quoted(v))
    } else if let Some(v) = phrase.strip_prefix("the boolean ") {
        Message::new("serde-the-boolean").arg("value", quoted(v))
    } else {
        let key = match phrase {
            "a sequence" | "a tuple" => "serde-sequence",
            "a map" => "serde-map",
            "a string" | "a borrowed string" | "a character" | "a char" => "serde-string",
            "a boolean" | "bool" => "serde-boolean",
            "f32" | "f64" | "a floating point" => "serde-number",
            "u8" | "u16" | "u32" | "u64" | "u128" | "i8" | "i16" | "i32" | "i64" | "i128"
            | "usize" | "an integer" => "serde-integer",
            "unit value" | "unit" | "a unit" => "serde-unit",
            "option" | "an option" => "serde-option",
            "variant identifier" | "field identifier" | "an identifier" => "serde-identifier",
            _ => return phrase.to_string(),
        };
        Message::new(key)
    };
    message.to_string()
}

pub(crate) fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let mut offset = 0;
    for (i, l) in text.split_inclusive('\n').enumerate() {
        if i + 1 == line {
            return offset
                + l.char_indices()
                    .nth(column.saturating_sub(1))
                    .map_or(l.len(), |(b, _)| b);
        }
        offset += l.len();
    }
    text.len()
}

fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

/// The closest candidate to a misspelled name, if one is close enough.
pub fn suggest<'a>(wrong: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|c| {
            (
                strsim::damerau_levenshtein(&wrong.to_lowercase(), &c.to_lowercase()),
                c,
            )
        })
        .filter(|&(d, c)| d <= 2.max(c.chars().count() / 3))
        .min_by_key(|&(d, c)| (d, c))
        .map(|(_, c)| c)
}

/// Collects findings and places them in the text.
struct Checker<'a> {
    text: &'a str,
    file: &'a str,
    out: Vec<Diagnostic>,
    seen_refs: BTreeMap<String, usize>,
}

impl Checker<'_> {
    fn push(
        &mut self,
        severity: Severity,
        offset: usize,
        len: usize,
        message: Message,
        help: Option<Message>,
    ) {
        self.out.push(Diagnostic::at_span(
            self.file,
            self.text,
            (offset, len),
            severity,
            message,
            help,
        ));
    }

    /// Offset of the `n`th occurrence of `needle`.
    fn nth(&self, needle: &str, n: usize) -> Option<usize> {
        self.text.match_indices(needle).nth(n).map(|(i, _)| i)
    }

    /// Where an item with this id is declared (`id: "x"`).
    fn item(&self, id: &str) -> (usize, usize) {
        let quoted = format!("\"{id}\"");
        let declared = self.text.match_indices(&quoted).find(|(i, _)| {
            let before = self.text[..*i].trim_end();
            before.ends_with(':') && before[..before.len() - 1].trim_end().ends_with("id")
        });
        match declared {
            Some((i, _)) => (i, quoted.len()),
            None => (0, 1),
        }
    }

    /// Where a field of the item with this id is written; the item if the field is not there.
    fn field(&self, id: &str, field: &str) -> (usize, usize) {
        let (start, len) = self.item(id);
        let after = &self.text[start..];
        let pattern = format!("{field}:");
        // Stay inside the item: stop at the next `id:` declaration.
        let limit = after[len..].find("id:").map_or(after.len(), |i| i + len);
        match after[..limit].find(&pattern) {
            Some(i) => (start + i, field.len()),
            None => (start, len),
        }
    }

    fn error_at(&mut self, (offset, len): (usize, usize), message: Message, help: Option<Message>) {
        self.push(Severity::Error, offset, len, message, help);
    }

    fn warn_at(&mut self, (offset, len): (usize, usize), message: Message, help: Option<Message>) {
        self.push(Severity::Warning, offset, len, message, help);
    }

    fn resolve<K: RefKind>(&mut self, r: &mut Ref<K>, ids: &[String], path: &str) -> bool {
        if let Some(i) = ids.iter().position(|x| *x == r.id) {
            r.set_idx(i);
            return true;
        }
        let quoted = format!("\"{}\"", r.id);
        let n = *self.seen_refs.get(&r.id).unwrap_or(&0);
        let at = self.nth(&quoted, n).map_or((0, 1), |o| (o, quoted.len()));
        self.seen_refs.insert(r.id.clone(), n + 1);
        let help = suggest(&r.id, ids.iter().map(String::as_str))
            .map(|s| Message::new("check-did-you-mean").arg("suggestion", s))
            .or_else(|| {
                let mut known: Vec<&str> = ids.iter().map(String::as_str).take(8).collect();
                if ids.len() > 8 {
                    known.push("…");
                }
                Some(
                    Message::new("check-known-ids")
                        .arg("kind", K::NAME)
                        .arg("ids", known.join(", ")),
                )
            });
        let message = Message::new("check-unknown-ref")
            .arg("kind", K::NAME)
            .arg("id", r.id.as_str())
            .arg("path", path);
        self.out.push(
            Diagnostic::at_span(self.file, self.text, at, Severity::Error, message, help)
                .with_code(format!("unknown-{}", K::NAME)),
        );
        false
    }
}

/// Id lists of everything that can be referenced.
struct Tables {
    provinces: Vec<String>,
    leaders: Vec<String>,
    contingents: Vec<String>,
    tracks: Vec<String>,
    parameters: Vec<String>,
    param_kinds: Vec<&'static str>,
    terrains: Vec<String>,
    powers: Vec<String>,
    events: Vec<String>,
}

/// Checks a parsed scenario and resolves its references. Returns every finding; the
/// scenario is playable when none of them is an error.
pub fn validate(s: &mut Scenario, text: &str, file: &str) -> Vec<Diagnostic> {
    let mut c = Checker {
        text,
        file,
        out: Vec::new(),
        seen_refs: BTreeMap::new(),
    };
    if s.format_version != FORMAT_VERSION {
        let at = c.nth("format_version", 0).map_or((0, 1), |o| (o, 14));
        c.error_at(
            at,
            Message::new("check-format-version")
                .arg("found", s.format_version.to_string())
                .arg("expected", FORMAT_VERSION.to_string()),
            None,
        );
    }
    if s.end <= s.start {
        let at = c.nth("end:", 0).map_or((0, 1), |o| (o, 3));
        c.error_at(
            at,
            Message::new("check-ends-before-start")
                .arg("end", s.end.to_string())
                .arg("start", s.start.to_string()),
            None,
        );
    }
    let ids = |v: Vec<&String>| v.into_iter().cloned().collect::<Vec<String>>();
    let t = Tables {
        provinces: ids(s.provinces.iter().map(|x| &x.id).collect()),
        leaders: ids(s.leaders.iter().map(|x| &x.id).collect()),
        contingents: ids(s.contingents.iter().map(|x| &x.id).collect()),
        tracks: ids(s.tracks.iter().map(|x| &x.id).collect()),
        parameters: ids(s.parameters.iter().map(|x| &x.id).collect()),
        param_kinds: s.parameters.iter().map(|p| p.default.kind()).collect(),
        terrains: ids(s.terrains.iter().map(|x| &x.id).collect()),
        powers: ids(s.powers.iter().map(|x| &x.id).collect()),
        events: ids(s.events.iter().map(|x| &x.id).collect()),
    };
    for (what, list) in [
        ("province", &t.provinces),
        ("leader", &t.leaders),
        ("contingent", &t.contingents),
        ("track", &t.tracks),
        ("parameter", &t.parameters),
        ("terrain", &t.terrains),
        ("power", &t.powers),
        ("event", &t.events),
        ("army", &ids(s.armies.iter().map(|x| &x.id).collect())),
        ("victory", &ids(s.victory.iter().map(|x| &x.id).collect())),
    ] {
        let mut seen = BTreeSet::new();
        for id in list {
            if !seen.insert(id) {
                let at = c
                    .nth(&format!("\"{id}\""), 1)
                    .map_or((0, 1), |o| (o, id.len() + 2));
                let message = Message::new("check-duplicate-id")
                    .arg("kind", what)
                    .arg("id", id.as_str());
                c.error_at(at, message, Some(Message::new("check-ids-unique")));
            }
        }
    }
    for required in track::REQUIRED {
        if !t.tracks.iter().any(|x| x == required) {
            let at = c.nth("tracks:", 0).map_or((0, 1), |o| (o, 7));
            c.error_at(
                at,
                Message::new("check-missing-track").arg("track", required),
                None,
            );
        }
    }
    check_parameters(&mut c, s);
    check_tracks(&mut c, s, &t);
    check_provinces(&mut c, s, &t);
    check_borders(&mut c, s, &t);
    check_forces(&mut c, s, &t);
    check_events(&mut c, s, &t);
    check_rules(&mut c, s, &t);
    c.out.sort_by_key(|d| (d.offset, d.severity));
    c.out
}

fn check_parameters(c: &mut Checker, s: &Scenario) {
    for p in &s.parameters {
        for (name, bound) in [("min", &p.min), ("max", &p.max)] {
            if let Some(b) = bound
                && b.kind() != p.default.kind()
            {
                c.error_at(
                    c.field(&p.id, name),
                    Message::new("check-param-bound-kind")
                        .arg("id", p.id.as_str())
                        .arg("bound", name)
                        .arg("bound_kind", kind_key(b))
                        .arg("default_kind", kind_key(&p.default)),
                    None,
                );
            }
        }
        if let Some(problem) = range_problem(&p.default, p) {
            c.error_at(
                c.field(&p.id, "default"),
                Message::new("check-param-default")
                    .arg("id", p.id.as_str())
                    .arg("problem", problem.render()),
                None,
            );
        }
        if p.explanation.trim().is_empty() || p.source.trim().is_empty() {
            c.error_at(
                c.item(&p.id),
                Message::new("check-param-unexplained").arg("id", p.id.as_str()),
                None,
            );
        }
    }
}

/// Checks a value against a parameter's kind and plausible range; the error is in the
/// current language.
pub fn in_range(v: &ParamValue, p: &Parameter) -> Result<(), String> {
    match range_problem(v, p) {
        Some(problem) => Err(problem.render()),
        None => Ok(()),
    }
}

/// What is wrong with a value for a parameter, if anything.
fn range_problem(v: &ParamValue, p: &Parameter) -> Option<Message> {
    if v.kind() != p.default.kind() {
        return Some(
            Message::new("param-wrong-kind")
                .arg("expected", kind_key(&p.default))
                .arg("found", kind_key(v)),
        );
    }
    let below = |b: &ParamValue| match (v, b) {
        (ParamValue::Number(x), ParamValue::Number(y)) => x < y,
        (ParamValue::Month(x), ParamValue::Month(y)) => x < y,
        _ => false,
    };
    if let Some(min) = &p.min
        && below(min)
    {
        return Some(
            Message::new("param-below-range")
                .arg("value", v.to_string())
                .arg("range", range_text(p)),
        );
    }
    if let Some(max) = &p.max
        && !below(max)
        && v != max
    {
        return Some(
            Message::new("param-above-range")
                .arg("value", v.to_string())
                .arg("range", range_text(p)),
        );
    }
    None
}

/// A parameter's kind as the messages' selectors name it.
fn kind_key(v: &ParamValue) -> &'static str {
    match v {
        ParamValue::Bool(_) => "bool",
        ParamValue::Number(_) => "number",
        ParamValue::Month(_) => "month",
    }
}

fn range_text(p: &Parameter) -> String {
    let m = match (&p.min, &p.max) {
        (Some(a), Some(b)) => Message::new("param-range-between")
            .arg("min", a.to_string())
            .arg("max", b.to_string()),
        (Some(a), None) => Message::new("param-range-from").arg("min", a.to_string()),
        (None, Some(b)) => Message::new("param-range-up-to").arg("max", b.to_string()),
        (None, None) => Message::new("param-range-any"),
    };
    m.render()
}

fn check_num(c: &mut Checker, n: &mut Num, t: &Tables, path: &str) {
    if let Num::Param(ParamOnly::Param(p)) = n
        && c.resolve(p, &t.parameters, path)
        && t.param_kinds[p.idx()] == "month"
    {
        let at = c.item(&p.id);
        c.error_at(
            at,
            Message::new("check-param-month-for-number")
                .arg("id", p.id.as_str())
                .arg("path", path),
            None,
        );
    }
}

fn check_month(c: &mut Checker, m: &mut MonthRef, t: &Tables, path: &str) {
    if let MonthRef::Param(ParamOnly::Param(p)) = m
        && c.resolve(p, &t.parameters, path)
        && t.param_kinds[p.idx()] != "month"
    {
        let at = c.item(&p.id);
        c.error_at(
            at,
            Message::new("check-param-not-month")
                .arg("id", p.id.as_str())
                .arg("path", path),
            None,
        );
    }
}

fn check_tracks(c: &mut Checker, s: &mut Scenario, t: &Tables) {
    for tr in &mut s.tracks {
        if tr.min >= tr.max {
            c.error_at(
                c.field(&tr.id, "min"),
                Message::new("check-track-min-max").arg("id", tr.id.as_str()),
                None,
            );
        }
        if let Num::Lit(v) = tr.initial
            && !(tr.min..=tr.max).contains(&v)
        {
            c.error_at(
                c.field(&tr.id, "initial"),
                Message::new("check-track-initial")
                    .arg("id", tr.id.as_str())
                    .arg("value", v.to_string())
                    .arg("min", tr.min.to_string())
                    .arg("max", tr.max.to_string()),
                None,
            );
        }
        let path = format!("tracks.{}.initial", tr.id);
        check_num(c, &mut tr.initial, t, &path);
    }
    for p in &mut s.powers {
        if let Some(k) = &mut p.contingent {
            let path = format!("powers.{}.contingent", p.id);
            c.resolve(k, &t.contingents, &path);
        }
    }
}

fn check_provinces(c: &mut Checker, s: &mut Scenario, t: &Tables) {
    for p in &mut s.provinces {
        let path = format!("provinces.{}", p.id);
        c.resolve(&mut p.terrain, &t.terrains, &format!("{path}.terrain"));
        let sup = p.support;
        if !(0.0..=100.0).contains(&sup.republic)
            || !(0.0..=100.0).contains(&sup.empire)
            || sup.republic + sup.empire > 100.0
        {
            c.error_at(
                c.field(&p.id, "support"),
                Message::new("check-province-support").arg("id", p.id.as_str()),
                None,
            );
        }
        if !(-100.0..=100.0).contains(&p.control) {
            c.error_at(
                c.field(&p.id, "control"),
                Message::new("check-province-control").arg("id", p.id.as_str()),
                None,
            );
        }
        if p.fortification > 5 {
            c.error_at(
                c.field(&p.id, "fortification"),
                Message::new("check-province-fortification").arg("id", p.id.as_str()),
                None,
            );
        }
        if p.customs < 0.0 || p.silver < 0.0 {
            c.error_at(
                c.item(&p.id),
                Message::new("check-province-revenue").arg("id", p.id.as_str()),
                None,
            );
        }
        if p.population == 0 {
            c.warn_at(
                c.field(&p.id, "population"),
                Message::new("check-province-no-people").arg("id", p.id.as_str()),
                None,
            );
        }
    }
    for terrain in &s.terrains {
        if terrain.defence <= 0.0 || terrain.guerrilla <= 0.0 {
            c.error_at(
                c.item(&terrain.id),
                Message::new("check-terrain-multipliers").arg("id", terrain.id.as_str()),
                None,
            );
        }
    }
    c.resolve(&mut s.national_capital, &t.provinces, "national_capital");
    c.resolve(&mut s.republic_head, &t.leaders, "republic_head");
}

fn check_borders(c: &mut Checker, s: &mut Scenario, t: &Tables) {
    let n = s.provinces.len();
    let mut graph = vec![Vec::new(); n];
    for (kind, field, list) in [
        ("border", "borders", &mut s.borders),
        ("sea-lane", "sea_lanes", &mut s.sea_lanes),
    ] {
        let mut seen = BTreeSet::new();
        for (i, b) in list.iter_mut().enumerate() {
            let path = format!("{field}[{i}]");
            let ok =
                c.resolve(&mut b.a, &t.provinces, &path) & c.resolve(&mut b.b, &t.provinces, &path);
            if !ok {
                continue;
            }
            let (x, y) = (b.a.idx().min(b.b.idx()), b.a.idx().max(b.b.idx()));
            let at = c
                .nth(&format!("\"{}\"", b.a.id), 0)
                .map_or((0, 1), |o| (o, b.a.id.len() + 2));
            if x == y {
                let message = Message::new("check-border-to-itself")
                    .arg("kind", kind)
                    .arg("id", b.a.id.as_str());
                c.error_at(at, message, None);
            } else if !seen.insert((x, y)) {
                c.error_at(
                    at,
                    Message::new("check-border-twice")
                        .arg("kind", kind)
                        .arg("a", b.a.id.as_str())
                        .arg("b", b.b.id.as_str()),
                    Some(Message::new("check-border-twice-help")),
                );
            } else if kind == "border" {
                graph[x].push(y);
                graph[y].push(x);
            }
        }
    }
    let mut sea = vec![Vec::new(); n];
    for b in &s.sea_lanes {
        let (x, y) = (b.a.idx_checked(), b.b.idx_checked());
        if let (Some(x), Some(y)) = (x, y)
            && x != y
            && x < n
            && y < n
            && !graph[x].contains(&y)
        {
            sea[x].push(y);
            sea[y].push(x);
        }
    }
    for list in graph.iter_mut().chain(sea.iter_mut()) {
        list.sort_unstable();
        list.dedup();
    }
    // With duplicated ids (already reported) the first of each wins, as a scan would find.
    fn index<'a>(ids: impl Iterator<Item = &'a String>) -> rustc_hash::FxHashMap<String, usize> {
        let mut map = rustc_hash::FxHashMap::default();
        for (i, id) in ids.enumerate() {
            map.entry(id.clone()).or_insert(i);
        }
        map
    }
    let hops = [false, true].map(|by_sea| {
        let mut hops = vec![u32::MAX; n * n];
        for from in 0..n {
            crate::sim::view::breadth_first(&graph, by_sea.then_some(&sea[..]), &[from], |p, d| {
                hops[from * n + p] = d;
            });
        }
        hops
    });
    s.graph = crate::sim::scenario::Graph {
        land: graph.clone(),
        sea,
        hops,
        ids: crate::sim::scenario::Ids {
            provinces: index(s.provinces.iter().map(|p| &p.id)),
            contingents: index(s.contingents.iter().map(|c| &c.id)),
            leaders: index(s.leaders.iter().map(|l| &l.id)),
        },
        names: crate::sim::scenario::shared_names(
            s.provinces.iter().map(|p| p.id.as_str()),
            s.contingents.iter().map(|c| c.id.as_str()),
        ),
        required_tracks: Some(track::REQUIRED.map(|id| {
            s.tracks
                .iter()
                .position(|t| t.id == id)
                .unwrap_or(usize::MAX)
        })),
    };
    // Every province should be reachable by land from the first, or armies can never reach it.
    if n > 0 {
        let mut reached = vec![false; n];
        let mut stack = vec![0];
        reached[0] = true;
        while let Some(p) = stack.pop() {
            for &q in &graph[p] {
                if !reached[q] {
                    reached[q] = true;
                    stack.push(q);
                }
            }
        }
        for (p, r) in reached.iter().enumerate() {
            if !r {
                let id = s.provinces[p].id.clone();
                c.warn_at(
                    c.item(&id),
                    Message::new("check-no-land-route")
                        .arg("id", id.as_str())
                        .arg("first", s.provinces[0].id.as_str()),
                    None,
                );
            }
        }
    }
}

fn check_forces(c: &mut Checker, s: &mut Scenario, t: &Tables) {
    for k in &s.contingents {
        if k.quality <= 0.0 || k.upkeep < 0.0 || !(0.0..=1.0).contains(&k.desertion_unpaid) {
            c.error_at(
                c.item(&k.id),
                Message::new("check-contingent-values").arg("id", k.id.as_str()),
                None,
            );
        }
    }
    for l in &mut s.leaders {
        if l.skill > 5 {
            c.error_at(
                c.field(&l.id, "skill"),
                Message::new("check-leader-skill").arg("id", l.id.as_str()),
                None,
            );
        }
        if !(0.0..=100.0).contains(&l.loyalty) {
            c.error_at(
                c.field(&l.id, "loyalty"),
                Message::new("check-leader-loyalty").arg("id", l.id.as_str()),
                None,
            );
        }
        let path = format!("leaders.{}", l.id);
        if let Some(m) = &mut l.arrives {
            check_month(c, m, t, &format!("{path}.arrives"));
        }
        if let Some(m) = &mut l.natural_death {
            check_month(c, m, t, &format!("{path}.natural_death"));
        }
    }
    let contingent_sides: Vec<Side> = s.contingents.iter().map(|k| k.side).collect();
    let leader_sides: Vec<Side> = s.leaders.iter().map(|l| l.side).collect();
    let mut led = BTreeSet::new();
    for a in &mut s.armies {
        let path = format!("armies.{}", a.id);
        c.resolve(&mut a.location, &t.provinces, &format!("{path}.location"));
        if let Some(l) = &mut a.leader
            && c.resolve(l, &t.leaders, &format!("{path}.leader"))
        {
            if leader_sides[l.idx()] != a.side {
                c.error_at(
                    c.field(&a.id, "leader"),
                    Message::new("check-army-leader-side")
                        .arg("id", a.id.as_str())
                        .arg("leader", l.id.as_str()),
                    None,
                );
            }
            if !led.insert(l.idx()) {
                c.error_at(
                    c.field(&a.id, "leader"),
                    Message::new("check-leader-two-armies").arg("id", l.id.as_str()),
                    None,
                );
            }
        }
        if a.troops.is_empty() {
            c.error_at(
                c.field(&a.id, "troops"),
                Message::new("check-army-no-troops").arg("id", a.id.as_str()),
                None,
            );
        }
        for d in &mut a.troops {
            if c.resolve(&mut d.contingent, &t.contingents, &format!("{path}.troops"))
                && contingent_sides[d.contingent.idx()] != a.side
            {
                c.error_at(
                    c.field(&a.id, "troops"),
                    Message::new("check-army-foreign-troops")
                        .arg("id", a.id.as_str())
                        .arg("side", a.side.key())
                        .arg("contingent", d.contingent.id.as_str()),
                    None,
                );
            }
        }
    }
}

fn check_condition(c: &mut Checker, cond: &mut Condition, t: &Tables, path: &str) {
    match cond {
        Condition::Always
        | Condition::AtEnd
        | Condition::Flag(_)
        | Condition::ProvincesAtLeast(..) => {}
        Condition::TroopsBelow(..) | Condition::Polity(_) | Condition::France(_) => {}
        Condition::PolicyAtLeast(_)
        | Condition::PolicyBelow(_)
        | Condition::RepressionAtLeast(_) => {}
        Condition::GuerrillasAtLeast(_)
        | Condition::DebtAtLeast(_)
        | Condition::MonthsSinceWithdrawal(_) => {}
        Condition::All(cs) | Condition::Any(cs) => {
            for x in cs {
                check_condition(c, x, t, path);
            }
        }
        Condition::Not(x) => check_condition(c, x, t, path),
        Condition::From(m) | Condition::Before(m) => check_month(c, m, t, path),
        Condition::Param(p) => {
            if c.resolve(p, &t.parameters, path) && t.param_kinds[p.idx()] != "true/false" {
                let at = c.item(&p.id);
                c.error_at(
                    at,
                    Message::new("check-param-not-bool")
                        .arg("id", p.id.as_str())
                        .arg("path", path),
                    None,
                );
            }
        }
        Condition::Holds(_, p) => {
            c.resolve(p, &t.provinces, path);
        }
        Condition::TrackAtLeast(tr, _) | Condition::TrackBelow(tr, _) => {
            c.resolve(tr, &t.tracks, path);
        }
        Condition::Leader(l, _) | Condition::LeaderSide(l, _) => {
            c.resolve(l, &t.leaders, path);
        }
        Condition::ContingentAtLeast(k, _) => {
            c.resolve(k, &t.contingents, path);
        }
        Condition::PowerWith(p, _) => {
            c.resolve(p, &t.powers, path);
        }
        Condition::MonthsSince(e, _) => {
            c.resolve(e, &t.events, path);
        }
    }
}

fn check_effect(c: &mut Checker, e: &mut Effect, t: &Tables, path: &str) {
    match e {
        Effect::AddTrack(tr, n) | Effect::SetTrack(tr, n) => {
            c.resolve(tr, &t.tracks, path);
            check_num(c, n, t, path);
        }
        Effect::SetFlag(_) | Effect::ClearFlag(_) => {}
        Effect::AddTreasury(_, n)
        | Effect::AddDebt(n)
        | Effect::SetPolicy(n)
        | Effect::SetRepression(n) => check_num(c, n, t, path),
        Effect::AddArmy {
            location,
            leader,
            troops,
            ..
        } => {
            c.resolve(location, &t.provinces, path);
            if let Some(l) = leader {
                c.resolve(l, &t.leaders, path);
            }
            for d in troops {
                c.resolve(&mut d.contingent, &t.contingents, path);
            }
        }
        Effect::RemoveTroops(k, n) => {
            c.resolve(k, &t.contingents, path);
            check_num(c, n, t, path);
        }
        Effect::PowerJoins(p, _) | Effect::PowerLeaves(p) => {
            c.resolve(p, &t.powers, path);
        }
        Effect::LeaderDies(l)
        | Effect::LeaderDefects(l)
        | Effect::LeaderArrives(l)
        | Effect::LeaderAway(l) => {
            c.resolve(l, &t.leaders, path);
        }
        Effect::AddLoyalty(l, n) => {
            c.resolve(l, &t.leaders, path);
            check_num(c, n, t, path);
        }
        Effect::ShiftSupport {
            points, province, ..
        } => {
            check_num(c, points, t, path);
            if let Some(p) = province {
                c.resolve(p, &t.provinces, path);
            }
        }
        Effect::SetPolity(_, l) => {
            if let Some(l) = l {
                c.resolve(l, &t.leaders, path);
            }
        }
    }
}

fn check_events(c: &mut Checker, s: &mut Scenario, t: &Tables) {
    for ev in &mut s.events {
        let path = format!("events.{}", ev.id);
        check_condition(c, &mut ev.when, t, &format!("{path}.when"));
        if !(0.0..=1.0).contains(&ev.chance) {
            c.error_at(
                c.field(&ev.id, "chance"),
                Message::new("check-event-chance").arg("id", ev.id.as_str()),
                None,
            );
        }
        for e in &mut ev.effects {
            check_effect(c, e, t, &format!("{path}.effects"));
        }
        if ev.chooser.is_some() && ev.choices.is_empty() {
            c.error_at(
                c.field(&ev.id, "chooser"),
                Message::new("check-event-chooser-without-choices").arg("id", ev.id.as_str()),
                None,
            );
        }
        if ev.chooser.is_none() && !ev.choices.is_empty() {
            c.error_at(
                c.field(&ev.id, "choices"),
                Message::new("check-event-choices-without-chooser").arg("id", ev.id.as_str()),
                Some(Message::new("check-event-choices-without-chooser-help")),
            );
        }
        let mut seen = BTreeSet::new();
        for ch in &mut ev.choices {
            if !seen.insert(ch.id.clone()) {
                c.error_at(
                    c.item(&ev.id),
                    Message::new("check-choice-twice")
                        .arg("event", ev.id.as_str())
                        .arg("id", ch.id.as_str()),
                    None,
                );
            }
            if ch.ai_weight < 0.0 {
                c.error_at(
                    c.item(&ch.id),
                    Message::new("check-choice-weight").arg("id", ch.id.as_str()),
                    None,
                );
            }
            for e in &mut ch.effects {
                check_effect(c, e, t, &format!("{path}.choices.{}", ch.id));
            }
        }
        if ev.source.trim().is_empty() {
            c.warn_at(
                c.item(&ev.id),
                Message::new("check-event-no-source").arg("id", ev.id.as_str()),
                None,
            );
        }
    }
    for v in &mut s.victory {
        let path = format!("victory.{}", v.id);
        check_condition(c, &mut v.when, t, &path);
    }
    if let Some(truce) = &mut s.truce {
        check_condition(c, truce, t, "truce");
    }
    for o in &mut s.objectives {
        c.resolve(&mut o.province, &t.provinces, "objectives");
    }
    for st in &mut s.strategy {
        if let Some(when) = &mut st.offensive_when {
            check_condition(c, when, t, "strategy.offensive_when");
        }
    }
    check_strategy(c, s);
}

/// The AI's strategies: one per side at most, odds that are odds, weights that make sense.
fn check_strategy(c: &mut Checker, s: &Scenario) {
    let at = c.nth("strategy:", 0).map_or((0, 1), |o| (o, 9));
    let mut seen = Vec::new();
    for st in &s.strategy {
        if seen.contains(&st.side) {
            c.error_at(
                at,
                Message::new("check-strategy-twice").arg("side", format!("{:?}", st.side)),
                None,
            );
        }
        seen.push(st.side);
        for (name, v) in [
            ("attack_odds", st.attack_odds),
            ("avoid_odds", st.avoid_odds),
        ] {
            if !(0.0..=1.0).contains(&v) {
                let at = c.nth(name, 0).map_or(at, |o| (o, name.len()));
                c.error_at(
                    at,
                    Message::new("check-rule-share")
                        .arg("name", format!("strategy.{name}"))
                        .arg("value", v.to_string()),
                    None,
                );
            }
        }
        let weights = [
            st.capital,
            st.customs,
            st.silver,
            st.us_border,
            st.support,
            st.preserve_army,
            st.garrison_value,
            st.reserve,
        ];
        if weights.iter().any(|w| !w.is_finite() || *w < 0.0)
            || st.repression_at.len() > 3
            || st.repression_at.windows(2).any(|w| w[1] < w[0])
        {
            c.error_at(
                at,
                Message::new("check-strategy-weights").arg("side", format!("{:?}", st.side)),
                None,
            );
        }
    }
}

fn check_rules(c: &mut Checker, s: &mut Scenario, t: &Tables) {
    let r = &mut s.rules;
    let at = c.nth("rules:", 0).map_or((0, 1), |o| (o, 5));
    for (name, v) in [
        ("combat.luck", r.combat.luck),
        ("combat.loser_losses", r.combat.loser_losses),
        ("combat.winner_losses", r.combat.winner_losses),
        ("combat.evade_losses", r.combat.evade_losses),
        ("combat.evade_chance", r.combat.evade_chance),
        ("combat.siege_attrition", r.combat.siege_attrition),
        ("combat.leader_loss_chance", r.combat.leader_loss_chance),
        ("guerrilla.battle_loss_cap", r.guerrilla.battle_loss_cap),
        ("guerrilla.coalesce_share", r.guerrilla.coalesce_share),
        ("economy.contested_yield", r.economy.contested_yield),
        ("economy.customs_pledge", r.economy.customs_pledge),
        ("economy.manpower_share", r.economy.manpower_share),
        ("economy.manpower_regrowth", r.economy.manpower_regrowth),
        ("attrition.fever", r.attrition.fever),
        ("attrition.out_of_supply", r.attrition.out_of_supply),
    ] {
        if !(0.0..=1.0).contains(&v) {
            let at = c
                .nth(name.rsplit('.').next().unwrap_or(name), 0)
                .map_or(at, |o| (o, name.len()));
            c.error_at(
                at,
                Message::new("check-rule-share")
                    .arg("name", name)
                    .arg("value", v.to_string()),
                None,
            );
        }
    }
    if r.control.held_threshold <= 0.0 || r.control.held_threshold > 100.0 {
        c.error_at(at, Message::new("check-rule-held-threshold"), None);
    }
    let mut last = 0;
    for &(after, share) in &r.france.withdrawal_schedule {
        if after < last || !(0.0..=1.0).contains(&share) {
            let at = c.nth("withdrawal_schedule", 0).map_or(at, |o| (o, 19));
            c.error_at(at, Message::new("check-rule-withdrawal-schedule"), None);
            break;
        }
        last = after;
    }
    for (i, n) in r.economy.treasury.iter_mut().enumerate() {
        check_num(c, n, t, &format!("rules.economy.treasury[{i}]"));
    }
    c.resolve(
        &mut r.france.contingent,
        &t.contingents,
        "rules.france.contingent",
    );
    c.resolve(&mut r.france.landing, &t.provinces, "rules.france.landing");
    if let Some(cond) = &mut r.france.reinforce_when {
        check_condition(c, cond, t, "rules.france.reinforce_when");
    }
    c.resolve(
        &mut r.guerrilla.contingent,
        &t.contingents,
        "rules.guerrilla.contingent",
    );
}

/// Parameter values: the defaults with `name=value` overrides applied, or a message naming
/// the bad override (its key is a stable code for tools).
pub fn parameter_values(
    s: &Scenario,
    overrides: &[(String, String)],
) -> Result<Vec<ParamValue>, Message> {
    let mut values: Vec<ParamValue> = s.parameters.iter().map(|p| p.default.clone()).collect();
    for (name, text) in overrides {
        let Some(i) = s.parameters.iter().position(|p| p.id == *name) else {
            let known: Vec<&str> = s.parameters.iter().map(|p| p.id.as_str()).collect();
            let message = match suggest(name, known.iter().copied()) {
                Some(x) => Message::new("set-unknown-parameter-suggest").arg("suggestion", x),
                None => Message::new("set-unknown-parameter"),
            };
            return Err(message
                .arg("name", name.as_str())
                .arg("known", known.join(", ")));
        };
        let p = &s.parameters[i];
        let problem = |m: Message| m.arg("name", name.as_str()).arg("value", text.as_str());
        let value = match p.default {
            ParamValue::Bool(_) => match text.as_str() {
                "true" | "yes" => ParamValue::Bool(true),
                "false" | "no" => ParamValue::Bool(false),
                _ => return Err(problem(Message::new("set-not-bool"))),
            },
            ParamValue::Number(_) => ParamValue::Number(
                text.parse::<f64>()
                    .ok()
                    .filter(|v| v.is_finite())
                    .ok_or_else(|| problem(Message::new("set-not-number")))?,
            ),
            ParamValue::Month(_) => ParamValue::Month(text.parse().map_err(
                |_: crate::sim::date::MonthParseError| problem(Message::new("set-not-month")),
            )?),
        };
        if let Some(why) = range_problem(&value, p) {
            return Err(Message::new("set-out-of-range")
                .arg("name", name.as_str())
                .arg("problem", why.render()));
        }
        values[i] = value;
    }
    Ok(values)
}

/// Splits `name=value` (for `--set`); the error is in the current language.
pub fn parse_assignment(text: &str) -> Result<(String, String), String> {
    match text.split_once('=') {
        Some((k, v)) if !k.trim().is_empty() && !v.trim().is_empty() => {
            Ok((k.trim().to_string(), v.trim().to_string()))
        }
        _ => Err(Message::new("set-not-assignment")
            .arg("text", text)
            .render()),
    }
}

/// Renders diagnostics as a human reads them: message, file:line:column, the source line
/// with a marker, and the help.
pub fn render(diagnostics: &[Diagnostic], source_text: &str, color: bool) -> String {
    use miette::{
        GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteDiagnostic, NamedSource,
    };
    let theme = if color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    let handler = GraphicalReportHandler::new_themed(theme).with_context_lines(1);
    let mut out = String::new();
    for d in diagnostics {
        let md = MietteDiagnostic::new(d.message.clone())
            .with_severity(match d.severity {
                Severity::Error => miette::Severity::Error,
                Severity::Warning => miette::Severity::Warning,
            })
            .with_label(LabeledSpan::at(
                d.offset..d.offset + d.len,
                crate::i18n::tr("check-here"),
            ));
        let report = miette::Report::new(md)
            .with_source_code(NamedSource::new(&d.file, source_text.to_string()));
        let _ = handler.render_report(&mut out, report.as_ref());
        // miette writes its own "help:" in English; the help goes under the snippet the same
        // way, in the reader's language.
        if let Some(h) = &d.help {
            out.push_str(&format!(
                "  {}\n",
                Message::new("check-help").arg("help", h.as_str())
            ));
        }
        out.push('\n');
    }
    out
}

/// Why a save could not be written or read. It prints in the current language.
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
        /// What is wrong, with line and column, in the language current when it was read.
        message: String,
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

impl std::fmt::Display for SaveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            SaveError::Io { file, source } => format!("{file}: {}", io_reason(source)),
            SaveError::Corrupt { file, message } => Message::new("save-not-readable")
                .arg("file", file.as_str())
                .arg("problem", message.as_str())
                .render(),
            SaveError::Version {
                file,
                found,
                expected,
            } => Message::new("save-wrong-version")
                .arg("file", file.as_str())
                .arg("found", found.to_string())
                .arg("expected", expected.to_string())
                .render(),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for SaveError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            SaveError::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}

/// Where a RON error is, and what it is, in the reader's language.
fn located(e: &ron::error::SpannedError) -> String {
    Message::new("save-problem-at")
        .arg("line", e.span.start.line.to_string())
        .arg("column", e.span.start.col.to_string())
        .arg("detail", explain_ron_error(&e.code).message)
        .render()
}

/// Writes the state as RON, atomically: to a temporary file beside the target, then renamed,
/// so that a crash never leaves half a save.
pub fn save_state(state: &GameState, path: &Path) -> Result<(), SaveError> {
    let file = path.display().to_string();
    let io = |source| SaveError::Io {
        file: file.clone(),
        source,
    };
    let text =
        ron::ser::to_string_pretty(state, ron::ser::PrettyConfig::default().struct_names(false))
            .map_err(|e| SaveError::Corrupt {
                file: file.clone(),
                message: e.to_string(),
            })?;
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut tmp = tempfile::NamedTempFile::new_in(dir).map_err(io)?;
    std::io::Write::write_all(&mut tmp, text.as_bytes()).map_err(io)?;
    tmp.as_file().sync_all().map_err(io)?;
    tmp.persist(path).map_err(|e| io(e.error))?;
    Ok(())
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

/// Parses save text; `file` names it in errors.
pub fn load_state_str(text: &str, file: &str) -> Result<GameState, SaveError> {
    #[derive(serde::Deserialize)]
    struct VersionOnly {
        format_version: u32,
    }
    let corrupt = |message: Message| SaveError::Corrupt {
        file: file.to_string(),
        message: message.render(),
    };
    // Read the version first, so an old save says "old version" rather than "missing field".
    let version: Result<VersionOnly, _> = ron::Options::default()
        .from_str::<ron::Value>(text)
        .map_err(|e| SaveError::Corrupt {
            file: file.to_string(),
            message: located(&e),
        })
        .and_then(|v| {
            v.into_rust().map_err(|e| SaveError::Corrupt {
                file: file.to_string(),
                message: explain_ron_error(&e).message,
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
            message: located(&e),
        })?;
    let errors: Vec<Diagnostic> = validate(Arc::make_mut(&mut state.scenario), "", file)
        .into_iter()
        .filter(Diagnostic::is_error)
        .collect();
    if let Some(d) = errors.first() {
        return Err(corrupt(
            Message::new("save-problem-scenario").arg("problem", d.message.as_str()),
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
    Ok(state)
}
