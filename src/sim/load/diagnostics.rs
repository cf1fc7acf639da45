//! Findings about a file: where they are (line, column, span), how bad, a stable code for
//! tools, and the message and help as keys for the text layer; RON's errors explained the same way.
use crate::sim::date::MonthParseError;
use crate::sim::message::{Arg, Message};
use serde::Serialize;

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
#[derive(Debug, Clone, PartialEq)]
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
    /// What is wrong, for the text layer to word.
    pub message: Message,
    /// How to fix it, e.g. "did you mean `puebla`?".
    pub help: Option<Message>,
    offset: usize,
    len: usize,
}

/// The stable code of a message: its key without the `check-` prefix the checker's keys share.
pub(super) fn code_of(message: &Message) -> String {
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
            message,
            help: None,
            offset: 0,
            len: 1,
        }
    }

    /// A finding placed at a byte span of `text`, with line and column worked out from it.
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
            message,
            help,
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

    /// A warning placed at the declaration of the item with this id, found through a
    /// [`Locator`] of the text: for many findings in one file.
    pub fn warning_located(
        file: &str,
        at: &Locator,
        item: &str,
        message: Message,
        help: Option<Message>,
    ) -> Diagnostic {
        let (offset, len) = at.item_span(item);
        let (line, column) = at.line_col(offset);
        Diagnostic {
            file: file.to_string(),
            line,
            column,
            severity: Severity::Warning,
            code: code_of(&message),
            message,
            help,
            offset,
            len: len.max(1),
        }
    }

    /// A warning placed at the declaration of the item with this id (`id: "x"`) in `text`.
    pub fn warning_at_item(
        file: &str,
        text: &str,
        item: &str,
        message: Message,
        help: Option<Message>,
    ) -> Diagnostic {
        Diagnostic::at_span(
            file,
            text,
            item_span(text, item),
            Severity::Warning,
            message,
            help,
        )
    }

    /// Whether this is an error (not a warning).
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// The byte span of the file it points at, for drawing it under the line.
    pub fn span(&self) -> (usize, usize) {
        (self.offset, self.len)
    }
}

/// Where an item with this id is declared (`id: "x"`) in `text`; the file's start if nowhere.
pub(crate) fn item_span(text: &str, id: &str) -> (usize, usize) {
    let quoted = format!("\"{id}\"");
    let declared = text.match_indices(&quoted).find(|(i, _)| {
        let before = text[..*i].trim_end();
        before.ends_with(':') && before[..before.len() - 1].trim_end().ends_with("id")
    });
    match declared {
        Some((i, _)) => (i, quoted.len()),
        None => (0, 1),
    }
}

/// Places findings in one text without searching it again for each: the lines' starts and
/// the items' declarations are indexed once, so thousands of findings (a translation missing
/// for every event of a large scenario) cost one pass over the file, not one each.
pub struct Locator<'a> {
    text: &'a str,
    line_starts: Vec<usize>,
    items: std::collections::BTreeMap<&'a str, usize>,
}

impl<'a> Locator<'a> {
    /// Indexes `text`.
    pub fn new(text: &'a str) -> Locator<'a> {
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        let mut items = std::collections::BTreeMap::new();
        for (i, _) in text.match_indices("id") {
            if let Some((start, id)) = declared_after(text, i + 2) {
                items.entry(id).or_insert(start);
            }
        }
        Locator {
            text,
            line_starts,
            items,
        }
    }

    /// Where the item with this id is declared, as [`item_span`] finds it.
    pub fn item_span(&self, id: &str) -> (usize, usize) {
        self.items
            .get(id)
            .map_or((0, 1), |&start| (start, id.len() + 2))
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let line = self.line_starts.partition_point(|&s| s <= offset);
        let start = self.line_starts[line - 1];
        let column = self
            .text
            .get(start..offset)
            .map_or(0, |l| l.chars().count())
            + 1;
        (line, column)
    }
}

/// The double quote mark.
const QUOTE: char = '\u{22}';

/// The quoted id declared right after a field name ending in `id` (`id: "x"`), with the offset
/// of its opening quote.
fn declared_after(text: &str, after_name: usize) -> Option<(usize, &str)> {
    let rest = text.get(after_name..)?;
    let colon = rest.len() - rest.trim_start().len();
    let rest = rest.trim_start().strip_prefix(':')?;
    let gap = rest.len() - rest.trim_start().len();
    let quote = after_name + colon + 1 + gap;
    // The quote mark as `QUOTE`: a lone quote in a char literal would unbalance the tools that
    // pair the quotes of this file (the translation keys' scanner).
    let body = rest.trim_start().strip_prefix(QUOTE)?;
    let end = body.find([QUOTE, '\\', '\n'])?;
    body[end..]
        .starts_with(QUOTE)
        .then(|| (quote, &body[..end]))
}

/// The finding for a file RON cannot read, at the place RON gives.
pub(super) fn syntax(e: &ron::error::SpannedError, text: &str, file: &str) -> Diagnostic {
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

/// A RON error explained: a stable code, and the message and help for the text layer.
pub(crate) struct RonExplained {
    /// Stable code, e.g. `unknown-field`, `ron-eof`.
    pub code: String,
    /// What is wrong.
    pub message: Message,
    /// How to fix it.
    pub help: Option<Message>,
}

/// Explains a RON error as a message. Field, struct and variant names stay as written, since
/// they are code; serde's descriptions of kinds of value ("a sequence") become messages too.
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
        // Custom errors come from our own types (a month, say) as a key and the text they
        // refused. The schema's untagged types say what they expect in a fixed string (the
        // `expecting` attributes in scenario.rs); both become messages.
        E::Message(text) => match (expectation_key(text), MonthParseError::from_serde(text)) {
            (Some(key), _) => (Message::new(key), None, Some("invalid-value")),
            (None, Some(bad)) => (bad.message(), None, Some("invalid-value")),
            (None, None) => (
                Message::new("check-ron-other").arg("detail", text.as_str()),
                None,
                Some("invalid-value"),
            ),
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
        message,
        help,
    }
}

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
/// unsigned integer `3`") as a message; one it does not know is kept as written.
fn serde_phrase(phrase: &str) -> Arg {
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
            _ => return Arg::Str(phrase.to_string()),
        };
        Message::new(key)
    };
    message.into()
}

/// Converts a 1-based line and character column to a byte offset.
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

pub(super) fn line_col(text: &str, offset: usize) -> (usize, usize) {
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The index finds what the one-off search finds, at every line and item of a real file.
    #[test]
    fn locator_places_items_and_lines_as_the_plain_search_does() {
        let text = include_str!("../../../scenarios/historical_1861.ron");
        let at = Locator::new(text);
        for (i, _) in text.match_indices("id: \"").step_by(7) {
            let id = &text[i + 5..][..text[i + 5..].find(QUOTE).unwrap_or(0)];
            assert_eq!(at.item_span(id), item_span(text, id), "item {id}");
        }
        assert_eq!(
            at.item_span("no_such_item"),
            item_span(text, "no_such_item")
        );
        for offset in (0..text.len()).step_by(997).chain([0, text.len()]) {
            if text.is_char_boundary(offset) {
                assert_eq!(
                    at.line_col(offset),
                    line_col(text, offset),
                    "offset {offset}"
                );
            }
        }
        let odd = "a\n  event_id :  \"x\"\r\nid:\"y\"";
        let at = Locator::new(odd);
        assert_eq!(at.item_span("x"), item_span(odd, "x"));
        assert_eq!(at.item_span("y"), item_span(odd, "y"));
        assert_eq!(at.line_col(odd.len()), line_col(odd, odd.len()));
    }
}
