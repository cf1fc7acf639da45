//! Checks of a scenario's `history` section (months in range, counts within the map, finite
//! shares, targets that find their historical values) and of its `source` strings: a warning
//! for a source that is empty or cites a file the repository does not have.
use crate::sim::load::{Diagnostic, Severity};
use crate::sim::message::Message;
use crate::sim::scenario::{History, Scenario, TargetDef};
use std::path::{Path, PathBuf};

/// The notes under `docs/history/`, known when the binary is built so that a source citing one
/// is accepted wherever the binary runs. A test holds this list to the folder.
pub const HISTORY_NOTES: [&str; 9] = [
    "README.md",
    "borders.md",
    "calibration.md",
    "forces.md",
    "judgement.md",
    "leaders.md",
    "provinces.md",
    "timeline.md",
    "war.md",
];

/// Every finding of this file's checks on a scenario: errors in `history`, warnings on sources.
pub(crate) fn check(s: &Scenario, text: &str, file: &str) -> Vec<Diagnostic> {
    let tokens = tokens(text);
    let mut out = check_history(s, text, file, &tokens);
    out.extend(source_warnings_in(text, file, &tokens));
    out
}

/// The source warnings of any RON file (a scenario or a variant), found by reading its text.
pub fn source_warnings(text: &str, file: &str) -> Vec<Diagnostic> {
    source_warnings_in(text, file, &tokens(text))
}

// ----- the history section -----------------------------------------------------------------

fn check_history(s: &Scenario, text: &str, file: &str, tokens: &[Token]) -> Vec<Diagnostic> {
    let h: &History = &s.history;
    let section = field_value(tokens, 0, tokens.len(), "history", 1);
    let list = |name: &str| {
        section
            .and_then(|(from, to)| {
                field_value(tokens, from + 1, to, name, depth_at(tokens, from) + 1)
            })
            .map(|(from, to)| items(tokens, from, to))
            .unwrap_or_default()
    };
    let held_items = list("provinces_held");
    let date_items = list("key_dates");
    let target_items = list("targets");
    let region_items = list("regions");
    let mut out = Vec::new();
    let mut error = |items: &[(usize, usize)], i: usize, field: &str, message: Message| {
        let span = items
            .get(i)
            .map_or(section_span(tokens, section), |&(from, to)| {
                field_value(tokens, from, to, field, depth_at(tokens, from) + 1)
                    .map_or(span_of(&tokens[from]), |(f, _)| span_of(&tokens[f]))
            });
        out.push(Diagnostic::at_span(
            file,
            text,
            span,
            Severity::Error,
            message,
            None,
        ));
    };
    let provinces = s.provinces.len();
    let in_scenario = |m| m >= s.start && m <= s.end;
    let outside = |what: &str, m: crate::sim::Month| {
        Message::new("check-history-month")
            .arg("what", what.to_string())
            .arg("month", m.to_string())
            .arg("start", s.start.to_string())
            .arg("end", s.end.to_string())
    };
    for (i, p) in h.provinces_held.iter().enumerate() {
        if !in_scenario(p.month) {
            error(&held_items, i, "month", outside("provinces_held", p.month));
        }
        if p.count as usize > provinces {
            error(
                &held_items,
                i,
                "count",
                Message::new("check-history-count")
                    .arg("count", p.count.to_string())
                    .arg("provinces", provinces.to_string()),
            );
        }
        if h.provinces_held[..i]
            .iter()
            .any(|q| q.month == p.month && q.side == p.side)
        {
            error(
                &held_items,
                i,
                "month",
                Message::new("check-history-twice")
                    .arg("what", format!("{:?} {}", p.side, p.month)),
            );
        }
    }
    for (i, d) in h.key_dates.iter().enumerate() {
        if !in_scenario(d.month) {
            error(&date_items, i, "month", outside("key_dates", d.month));
        }
        if h.key_dates[..i].iter().any(|e| e.date == d.date) {
            error(
                &date_items,
                i,
                "date",
                Message::new("check-history-twice").arg("what", format!("{:?}", d.date)),
            );
        }
    }
    let is_province = |id: &str| s.provinces.iter().any(|p| p.id == id);
    let unknown_province =
        |id: &str| Message::new("check-history-unknown-province").arg("id", id.to_string());
    for (i, r) in h.regions.iter().enumerate() {
        if h.regions[..i].iter().any(|q| q.id == r.id) {
            error(
                &region_items,
                i,
                "id",
                Message::new("check-history-twice").arg("what", r.id.clone()),
            );
        }
        if r.provinces.is_empty() {
            error(
                &region_items,
                i,
                "provinces",
                Message::new("check-history-empty-region").arg("id", r.id.clone()),
            );
        }
        for (k, p) in r.provinces.iter().enumerate() {
            if !is_province(p) {
                error(&region_items, i, "provinces", unknown_province(p));
            } else if r.provinces[..k].contains(p) {
                error(
                    &region_items,
                    i,
                    "provinces",
                    Message::new("check-history-twice").arg("what", p.clone()),
                );
            }
        }
    }
    for (i, t) in h.targets.iter().enumerate() {
        match t {
            TargetDef::RegionHeld {
                region,
                month,
                held,
                at_least,
                at_most,
                ..
            } => {
                if !in_scenario(*month) {
                    error(&target_items, i, "month", outside("RegionHeld", *month));
                }
                match h.regions.iter().find(|r| &r.id == region) {
                    None => error(
                        &target_items,
                        i,
                        "region",
                        Message::new("check-history-unknown-region").arg("id", region.clone()),
                    ),
                    Some(r) => {
                        for (field, count) in [("held", held), ("at_most", at_most)] {
                            if *count as usize > r.provinces.len() {
                                error(
                                    &target_items,
                                    i,
                                    field,
                                    Message::new("check-history-region-size")
                                        .arg("count", count.to_string())
                                        .arg("region", region.clone())
                                        .arg("provinces", r.provinces.len().to_string()),
                                );
                            }
                        }
                    }
                }
                if at_most < at_least {
                    error(&target_items, i, "at_most", reversed(at_least, at_most));
                }
            }
            TargetDef::Contested {
                province,
                from,
                to,
                at_least,
                ..
            } => {
                if !is_province(province) {
                    error(&target_items, i, "province", unknown_province(province));
                }
                for (field, m) in [("from", from), ("to", to)] {
                    if !in_scenario(*m) {
                        error(&target_items, i, field, outside("Contested", *m));
                    }
                }
                if to < from {
                    error(&target_items, i, "to", reversed(from, to));
                }
                if let Some(m) = bad_share(*at_least) {
                    error(&target_items, i, "at_least", m);
                }
            }
            TargetDef::Date { date, from, to, .. } => {
                if to < from {
                    error(&target_items, i, "to", reversed(from, to));
                }
                if !h.key_dates.iter().any(|d| d.date == *date) {
                    error(
                        &target_items,
                        i,
                        "date",
                        Message::new("check-history-no-date").arg("date", format!("{date:?}")),
                    );
                }
            }
            TargetDef::Wins { at_least, .. } => {
                if let Some(m) = bad_share(*at_least) {
                    error(&target_items, i, "at_least", m);
                }
            }
            TargetDef::ProvincesHeld {
                side,
                month,
                tolerance,
                ..
            } => {
                if *tolerance as usize > provinces {
                    error(
                        &target_items,
                        i,
                        "tolerance",
                        Message::new("check-history-count")
                            .arg("count", tolerance.to_string())
                            .arg("provinces", provinces.to_string()),
                    );
                }
                if !h
                    .provinces_held
                    .iter()
                    .any(|p| p.side == *side && p.month == *month)
                {
                    error(
                        &target_items,
                        i,
                        "month",
                        Message::new("check-history-no-count")
                            .arg("side", format!("{side:?}"))
                            .arg("month", month.to_string()),
                    );
                }
            }
            TargetDef::Later { variant, .. } => {
                if variant.trim().is_empty() {
                    error(
                        &target_items,
                        i,
                        "variant",
                        Message::new("check-history-no-variant"),
                    );
                }
            }
        }
    }
    out
}

/// The error of a window that ends before it starts.
fn reversed(from: impl ToString, to: impl ToString) -> Message {
    Message::new("check-history-window")
        .arg("from", from.to_string())
        .arg("to", to.to_string())
}

/// The error of a share that is not a number from 0 to 1, if it is not.
fn bad_share(share: f64) -> Option<Message> {
    (!(share.is_finite() && (0.0..=1.0).contains(&share)))
        .then(|| Message::new("check-history-share").arg("share", share.to_string()))
}

fn section_span(tokens: &[Token], section: Option<(usize, usize)>) -> (usize, usize) {
    section.map_or((0, 1), |(from, _)| span_of(&tokens[from]))
}

// ----- sources -------------------------------------------------------------------------------

fn source_warnings_in(text: &str, file: &str, tokens: &[Token]) -> Vec<Diagnostic> {
    let folder = Path::new(file)
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default();
    let mut out = Vec::new();
    for (span, value) in sources(tokens) {
        if value.trim().is_empty() {
            out.push(Diagnostic::at_span(
                file,
                text,
                span,
                Severity::Warning,
                Message::new("check-source-empty"),
                Some(Message::new("check-source-help")),
            ));
            continue;
        }
        for path in cited_paths(&value) {
            if !in_repository(&folder, &path) {
                // Point at the path inside the string when it is written there as cited.
                let at = text[span.0..span.0 + span.1]
                    .find(&path)
                    .map_or(span, |i| (span.0 + i, path.len()));
                out.push(Diagnostic::at_span(
                    file,
                    text,
                    at,
                    Severity::Warning,
                    Message::new("check-source-missing").arg("path", path),
                    Some(Message::new("check-source-help")),
                ));
            }
        }
    }
    out
}

/// The files a source string cites: every run of path characters with a `/` in it that ends
/// in `.md` or `.csv` (`docs/history/timeline.md`), except the tails of web addresses
/// (`https://…/x.md`).
pub fn cited_paths(source: &str) -> Vec<String> {
    let is_path_char = |c: char| c.is_alphanumeric() || "_-./".contains(c);
    let mut out = Vec::new();
    let mut start = None;
    let chars: Vec<(usize, char)> = source.char_indices().collect();
    for (k, &(i, c)) in chars.iter().enumerate() {
        let inside = is_path_char(c);
        if inside && start.is_none() {
            start = Some(i);
        }
        let last = k + 1 == chars.len();
        if let Some(s) = start
            && (!inside || last)
        {
            let end = if inside { source.len() } else { i };
            let word = source[s..end].trim_end_matches('.');
            let after_colon = source[..s].ends_with(':');
            if word.contains('/')
                && !after_colon
                && (word.ends_with(".md") || word.ends_with(".csv"))
            {
                out.push(word.to_string());
            }
            start = None;
        }
    }
    out
}

/// Whether a cited path is a file of the repository: a relative path without `..`, found in
/// the scenario's folder or the nearest ancestor that has it (going no higher than the
/// repository's root, the first ancestor with a `.git`), or one of the notes under
/// `docs/history/` this binary was built with.
fn in_repository(folder: &Path, path: &str) -> bool {
    let relative = Path::new(path);
    if relative.is_absolute()
        || relative
            .components()
            .any(|c| !matches!(c, std::path::Component::Normal(_)))
    {
        return false;
    }
    if let Some(name) = path.strip_prefix("docs/history/")
        && HISTORY_NOTES.contains(&name)
    {
        return true;
    }
    // A built-in scenario cites the built-in files of its repository, and nothing else.
    if crate::sim::files::is_builtin(folder) {
        return crate::sim::files::builtin_text(path).is_some();
    }
    let start: PathBuf = std::fs::canonicalize(folder).unwrap_or_else(|_| folder.to_path_buf());
    for dir in start.ancestors() {
        if dir.join(relative).is_file() {
            return true;
        }
        if dir.join(".git").exists() {
            return false;
        }
    }
    false
}

// ----- reading the RON text ------------------------------------------------------------------

/// A piece of RON text: an identifier, a string literal (with its value), or one other
/// character. Comments and white space are dropped.
#[derive(Debug)]
enum Token {
    Ident(usize, usize, String),
    Str(usize, usize, String),
    Punct(usize, char),
}

fn span_of(t: &Token) -> (usize, usize) {
    match t {
        Token::Ident(a, b, _) | Token::Str(a, b, _) => (*a, b - a),
        Token::Punct(a, c) => (*a, c.len_utf8()),
    }
}

fn tokens(text: &str) -> Vec<Token> {
    let bytes: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::new();
    let mut k = 0;
    let at = |k: usize| bytes.get(k).map(|&(_, c)| c);
    let offset = |k: usize| bytes.get(k).map_or(text.len(), |&(i, _)| i);
    while let Some(c) = at(k) {
        if c.is_whitespace() {
            k += 1;
        } else if c == '/' && at(k + 1) == Some('/') {
            while at(k).is_some_and(|c| c != '\n') {
                k += 1;
            }
        } else if c == '/' && at(k + 1) == Some('*') {
            k += 2;
            while at(k).is_some() && !(at(k) == Some('*') && at(k + 1) == Some('/')) {
                k += 1;
            }
            k += 2;
        } else if c == '"' {
            let start = k;
            let mut value = String::new();
            k += 1;
            while let Some(c) = at(k) {
                k += 1;
                match c {
                    '"' => break,
                    '\\' => {
                        if let Some(e) = at(k) {
                            value.push(e);
                            k += 1;
                        }
                    }
                    _ => value.push(c),
                }
            }
            out.push(Token::Str(offset(start), offset(k), value));
        } else if c.is_alphanumeric() || c == '_' {
            let start = k;
            while at(k).is_some_and(|c| c.is_alphanumeric() || c == '_') {
                k += 1;
            }
            let (a, b) = (offset(start), offset(k));
            out.push(Token::Ident(a, b, text[a..b].to_string()));
        } else {
            out.push(Token::Punct(offset(k), c));
            k += 1;
        }
    }
    out
}

/// Nesting depth (brackets and parentheses) just before token `i`.
fn depth_at(tokens: &[Token], i: usize) -> usize {
    let mut depth: usize = 0;
    for t in &tokens[..i] {
        match t {
            Token::Punct(_, '(' | '[') => depth += 1,
            Token::Punct(_, ')' | ']') => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    depth
}

/// The value of the field `name:` at nesting `depth` between tokens `from` and `to`: the
/// token range of its value (its first token, and one past its last).
fn field_value(
    tokens: &[Token],
    from: usize,
    to: usize,
    name: &str,
    depth: usize,
) -> Option<(usize, usize)> {
    let mut d = depth_at(tokens, from);
    for i in from..to {
        if d == depth
            && ident_is(&tokens[i], name)
            && matches!(tokens.get(i + 1), Some(Token::Punct(_, ':')))
        {
            return Some((i + 2, closing(tokens, i + 2).min(to)));
        }
        match tokens[i] {
            Token::Punct(_, '(' | '[') => d += 1,
            Token::Punct(_, ')' | ']') => d = d.saturating_sub(1),
            _ => {}
        }
    }
    None
}

fn ident_is(token: &Token, name: &str) -> bool {
    matches!(token, Token::Ident(_, _, text) if text == name)
}

/// One past the token that closes the bracket opened at `open` (for a value that is not
/// bracketed, one past the value).
fn closing(tokens: &[Token], open: usize) -> usize {
    let mut d = 0usize;
    for (i, t) in tokens.iter().enumerate().skip(open) {
        match t {
            Token::Punct(_, '(' | '[') => d += 1,
            Token::Punct(_, ')' | ']') => {
                d = d.saturating_sub(1);
                if d == 0 {
                    return i + 1;
                }
            }
            _ if d == 0 => return i + 1,
            _ => {}
        }
    }
    tokens.len()
}

/// The items of the list whose `[` is token `open` (up to `to`): each item's first token
/// and one past its last.
fn items(tokens: &[Token], open: usize, to: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = open + 1;
    while i + 1 < to {
        if matches!(tokens[i], Token::Punct(_, ',')) {
            i += 1;
            continue;
        }
        // An item is a value, optionally a variant name before its parenthesis.
        let mut end = closing(tokens, i);
        if matches!(tokens[i], Token::Ident(..))
            && matches!(tokens.get(i + 1), Some(Token::Punct(_, '(')))
        {
            end = closing(tokens, i + 1);
        }
        if end > to {
            break;
        }
        out.push((i, end));
        i = end;
    }
    out
}

/// Every `source: "…"` and each string of every `sources: [ … ]`, with its span and value.
fn sources(tokens: &[Token]) -> Vec<((usize, usize), String)> {
    let mut out = Vec::new();
    for i in 0..tokens.len() {
        if !matches!(tokens.get(i + 1), Some(Token::Punct(_, ':'))) {
            continue;
        }
        if ident_is(&tokens[i], "source")
            && let Some(Token::Str(a, b, v)) = tokens.get(i + 2)
        {
            out.push(((*a, b - a), v.clone()));
        } else if ident_is(&tokens[i], "sources")
            && matches!(tokens.get(i + 2), Some(Token::Punct(_, '[')))
        {
            for t in &tokens[i + 3..closing(tokens, i + 2).saturating_sub(1)] {
                if let Token::Str(a, b, v) = t {
                    out.push(((*a, b - a), v.clone()));
                }
            }
        }
    }
    out
}
