//! Reading scenarios and saves: RON parsing, the validation pass, and diagnostics that point
//! at the file, line and column with a "did you mean".
use crate::sim::ids::{Ref, RefKind};
use crate::sim::scenario::*;
use crate::sim::state::GameState;
use crate::sim::turn::track;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

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
    /// What is wrong.
    pub message: String,
    /// How to fix it, e.g. "did you mean `puebla`?".
    pub help: Option<String>,
    #[serde(skip)]
    offset: usize,
    #[serde(skip)]
    len: usize,
}

impl Diagnostic {
    /// An error about a whole file (one that cannot be read, say), placed at its start.
    pub fn file_error(file: &str, message: String) -> Diagnostic {
        Diagnostic {
            file: file.to_string(),
            line: 1,
            column: 1,
            severity: Severity::Error,
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
        message: String,
        help: Option<String>,
    ) -> Diagnostic {
        let offset = offset.min(text.len());
        let (line, column) = line_col(text, offset);
        Diagnostic {
            file: file.to_string(),
            line,
            column,
            severity,
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
        message: String,
        help: Option<String>,
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

/// Why a file could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The file could not be read.
    #[error("cannot read {file}: {source}")]
    Io {
        /// The file.
        file: String,
        /// The cause.
        source: std::io::Error,
    },
    /// The file was read but is not a valid scenario or save.
    #[error("{file} has {} error(s)", .diagnostics.iter().filter(|d| d.is_error()).count())]
    Invalid {
        /// The file.
        file: String,
        /// Its text, for rendering the diagnostics.
        source_text: String,
        /// Every finding, errors and warnings.
        diagnostics: Vec<Diagnostic>,
    },
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
    let (message, help) = explain_ron_error(&e.code);
    Diagnostic {
        file: file.to_string(),
        line,
        column,
        severity: Severity::Error,
        message,
        help,
        offset,
        len: 1,
    }
}

fn explain_ron_error(code: &ron::Error) -> (String, Option<String>) {
    use ron::Error as E;
    match code {
        E::NoSuchStructField {
            expected,
            found,
            outer,
        } => {
            let within = outer
                .as_deref()
                .map(|o| format!(" in {o}"))
                .unwrap_or_default();
            (
                format!("unknown field `{found}`{within}"),
                suggest(found, expected.iter().copied())
                    .map(|s| format!("did you mean `{s}`?"))
                    .or_else(|| Some(format!("expected one of: {}", expected.join(", ")))),
            )
        }
        E::MissingStructField { field, outer } => {
            let within = outer
                .as_deref()
                .map(|o| format!(" in {o}"))
                .unwrap_or_default();
            (format!("missing field `{field}`{within}"), None)
        }
        E::NoSuchEnumVariant {
            expected,
            found,
            outer,
        } => {
            let within = outer
                .as_deref()
                .map(|o| format!(" of {o}"))
                .unwrap_or_default();
            (
                format!("unknown variant `{found}`{within}"),
                suggest(found, expected.iter().copied())
                    .map(|s| format!("did you mean `{s}`?"))
                    .or_else(|| Some(format!("expected one of: {}", expected.join(", ")))),
            )
        }
        E::DuplicateStructField { field, .. } => (format!("field `{field}` is given twice"), None),
        other => (other.to_string(), None),
    }
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
        message: String,
        help: Option<String>,
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

    fn error_at(&mut self, (offset, len): (usize, usize), message: String, help: Option<String>) {
        self.push(Severity::Error, offset, len, message, help);
    }

    fn warn_at(&mut self, (offset, len): (usize, usize), message: String, help: Option<String>) {
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
            .map(|s| format!("did you mean `{s}`?"))
            .or_else(|| {
                let mut known: Vec<&str> = ids.iter().map(String::as_str).take(8).collect();
                if ids.len() > 8 {
                    known.push("…");
                }
                Some(format!("known {}s: {}", K::NAME, known.join(", ")))
            });
        self.error_at(
            at,
            format!("unknown {} `{}` (at {path})", K::NAME, r.id),
            help,
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
            format!(
                "format_version is {}, but this version of the game reads format {FORMAT_VERSION}",
                s.format_version
            ),
            None,
        );
    }
    if s.end <= s.start {
        let at = c.nth("end:", 0).map_or((0, 1), |o| (o, 3));
        c.error_at(
            at,
            format!(
                "the scenario ends ({}) before it starts ({})",
                s.end, s.start
            ),
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
        (
            "victory rule",
            &ids(s.victory.iter().map(|x| &x.id).collect()),
        ),
    ] {
        let mut seen = BTreeSet::new();
        for id in list {
            if !seen.insert(id) {
                let at = c
                    .nth(&format!("\"{id}\""), 1)
                    .map_or((0, 1), |o| (o, id.len() + 2));
                c.error_at(
                    at,
                    format!("{what} id `{id}` is used twice"),
                    Some("ids must be unique".into()),
                );
            }
        }
    }
    for required in track::REQUIRED {
        if !t.tracks.iter().any(|x| x == required) {
            let at = c.nth("tracks:", 0).map_or((0, 1), |o| (o, 7));
            c.error_at(at, format!("the rules need a track `{required}`"), None);
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
                    format!(
                        "parameter `{}`: {name} is a {} but the default is a {}",
                        p.id,
                        b.kind(),
                        p.default.kind()
                    ),
                    None,
                );
            }
        }
        if let Err(msg) = in_range(&p.default, p) {
            c.error_at(
                c.field(&p.id, "default"),
                format!("parameter `{}`: the default {msg}", p.id),
                None,
            );
        }
        if p.explanation.trim().is_empty() || p.source.trim().is_empty() {
            c.error_at(
                c.item(&p.id),
                format!("parameter `{}` needs an explanation and a source", p.id),
                None,
            );
        }
    }
}

/// Checks a value against a parameter's kind and plausible range.
pub fn in_range(v: &ParamValue, p: &Parameter) -> Result<(), String> {
    if v.kind() != p.default.kind() {
        return Err(format!(
            "must be a {}, not a {}",
            p.default.kind(),
            v.kind()
        ));
    }
    let below = |b: &ParamValue| match (v, b) {
        (ParamValue::Number(x), ParamValue::Number(y)) => x < y,
        (ParamValue::Month(x), ParamValue::Month(y)) => x < y,
        _ => false,
    };
    if let Some(min) = &p.min
        && below(min)
    {
        return Err(format!(
            "{v} is below the plausible range {}",
            range_text(p)
        ));
    }
    if let Some(max) = &p.max
        && !below(max)
        && v != max
    {
        return Err(format!(
            "{v} is above the plausible range {}",
            range_text(p)
        ));
    }
    Ok(())
}

fn range_text(p: &Parameter) -> String {
    match (&p.min, &p.max) {
        (Some(a), Some(b)) => format!("{a} to {b}"),
        (Some(a), None) => format!("from {a}"),
        (None, Some(b)) => format!("up to {b}"),
        (None, None) => "(any)".into(),
    }
}

fn check_num(c: &mut Checker, n: &mut Num, t: &Tables, path: &str) {
    if let Num::Param(ParamOnly::Param(p)) = n
        && c.resolve(p, &t.parameters, path)
        && t.param_kinds[p.idx()] == "month"
    {
        let at = c.item(&p.id);
        c.error_at(
            at,
            format!(
                "parameter `{}` is a month, but a number is needed at {path}",
                p.id
            ),
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
            format!(
                "parameter `{}` is not a month, but a month is needed at {path}",
                p.id
            ),
            None,
        );
    }
}

fn check_tracks(c: &mut Checker, s: &mut Scenario, t: &Tables) {
    for tr in &mut s.tracks {
        if tr.min >= tr.max {
            c.error_at(
                c.field(&tr.id, "min"),
                format!("track `{}`: min must be below max", tr.id),
                None,
            );
        }
        if let Num::Lit(v) = tr.initial
            && !(tr.min..=tr.max).contains(&v)
        {
            c.error_at(
                c.field(&tr.id, "initial"),
                format!(
                    "track `{}` starts at {v}, outside its range {} to {}",
                    tr.id, tr.min, tr.max
                ),
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
                format!(
                    "province `{}`: support must be 0–100 for each side and add up to at most 100",
                    p.id
                ),
                None,
            );
        }
        if !(-100.0..=100.0).contains(&p.control) {
            c.error_at(
                c.field(&p.id, "control"),
                format!("province `{}`: control must be between -100 and 100", p.id),
                None,
            );
        }
        if p.fortification > 5 {
            c.error_at(
                c.field(&p.id, "fortification"),
                format!("province `{}`: fortification is 0–5", p.id),
                None,
            );
        }
        if p.customs < 0.0 || p.silver < 0.0 {
            c.error_at(
                c.item(&p.id),
                format!("province `{}`: revenue cannot be negative", p.id),
                None,
            );
        }
        if p.population == 0 {
            c.warn_at(
                c.field(&p.id, "population"),
                format!("province `{}` has no people", p.id),
                None,
            );
        }
    }
    for terrain in &s.terrains {
        if terrain.defence <= 0.0 || terrain.guerrilla <= 0.0 {
            c.error_at(
                c.item(&terrain.id),
                format!("terrain `{}`: multipliers must be positive", terrain.id),
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
    for (kind, list) in [("border", &mut s.borders), ("sea lane", &mut s.sea_lanes)] {
        let mut seen = BTreeSet::new();
        for (i, b) in list.iter_mut().enumerate() {
            let path = format!("{kind}s[{i}]");
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
                c.error_at(at, format!("{kind} from `{}` to itself", b.a.id), None);
            } else if !seen.insert((x, y)) {
                c.error_at(
                    at,
                    format!(
                        "{kind} between `{}` and `{}` is listed twice",
                        b.a.id, b.b.id
                    ),
                    Some("borders go both ways: list each pair once".into()),
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
    s.graph = crate::sim::scenario::Graph {
        land: graph.clone(),
        sea,
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
                    format!(
                        "province `{id}` has no land route to `{}`",
                        s.provinces[0].id
                    ),
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
                format!(
                    "contingent `{}`: quality must be positive, upkeep not negative, desertion 0–1",
                    k.id
                ),
                None,
            );
        }
    }
    for l in &mut s.leaders {
        if l.skill > 5 {
            c.error_at(
                c.field(&l.id, "skill"),
                format!("leader `{}`: skill is 0–5", l.id),
                None,
            );
        }
        if !(0.0..=100.0).contains(&l.loyalty) {
            c.error_at(
                c.field(&l.id, "loyalty"),
                format!("leader `{}`: loyalty is 0–100", l.id),
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
                    format!(
                        "army `{}`: its leader `{}` serves the other side",
                        a.id, l.id
                    ),
                    None,
                );
            }
            if !led.insert(l.idx()) {
                c.error_at(
                    c.field(&a.id, "leader"),
                    format!("leader `{}` commands two armies", l.id),
                    None,
                );
            }
        }
        if a.troops.is_empty() {
            c.error_at(
                c.field(&a.id, "troops"),
                format!("army `{}` has no troops", a.id),
                None,
            );
        }
        for d in &mut a.troops {
            if c.resolve(&mut d.contingent, &t.contingents, &format!("{path}.troops"))
                && contingent_sides[d.contingent.idx()] != a.side
            {
                c.error_at(
                    c.field(&a.id, "troops"),
                    format!(
                        "army `{}` ({:?}) holds men of `{}`, a contingent of the other side",
                        a.id, a.side, d.contingent.id
                    ),
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
                    format!(
                        "parameter `{}` is used as a condition at {path} but is not true/false",
                        p.id
                    ),
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
                format!("event `{}`: chance is a probability, 0–1", ev.id),
                None,
            );
        }
        for e in &mut ev.effects {
            check_effect(c, e, t, &format!("{path}.effects"));
        }
        if ev.chooser.is_some() && ev.choices.is_empty() {
            c.error_at(
                c.field(&ev.id, "chooser"),
                format!("event `{}` has a chooser but no choices", ev.id),
                None,
            );
        }
        if ev.chooser.is_none() && !ev.choices.is_empty() {
            c.error_at(
                c.field(&ev.id, "choices"),
                format!("event `{}` offers choices but names no chooser", ev.id),
                Some("add `chooser: Republic` or `chooser: Empire`".into()),
            );
        }
        let mut seen = BTreeSet::new();
        for ch in &mut ev.choices {
            if !seen.insert(ch.id.clone()) {
                c.error_at(
                    c.item(&ev.id),
                    format!("event `{}`: choice `{}` is listed twice", ev.id, ch.id),
                    None,
                );
            }
            if ch.ai_weight < 0.0 {
                c.error_at(
                    c.item(&ch.id),
                    format!("choice `{}`: ai_weight cannot be negative", ch.id),
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
                format!("event `{}` has no source", ev.id),
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
                format!("rules.{name} is a share and must be between 0 and 1, not {v}"),
                None,
            );
        }
    }
    if r.control.held_threshold <= 0.0 || r.control.held_threshold > 100.0 {
        c.error_at(
            at,
            "rules.control.held_threshold must be in (0, 100]".into(),
            None,
        );
    }
    let mut last = 0;
    for &(after, share) in &r.france.withdrawal_schedule {
        if after < last || !(0.0..=1.0).contains(&share) {
            let at = c.nth("withdrawal_schedule", 0).map_or(at, |o| (o, 19));
            c.error_at(
                at,
                "rules.france.withdrawal_schedule: months must rise and shares be 0–1".into(),
                None,
            );
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
/// the bad override.
pub fn parameter_values(
    s: &Scenario,
    overrides: &[(String, String)],
) -> Result<Vec<ParamValue>, String> {
    let mut values: Vec<ParamValue> = s.parameters.iter().map(|p| p.default.clone()).collect();
    for (name, text) in overrides {
        let Some(i) = s.parameters.iter().position(|p| p.id == *name) else {
            let hint = suggest(name, s.parameters.iter().map(|p| p.id.as_str()))
                .map(|x| format!(" (did you mean `{x}`?)"))
                .unwrap_or_default();
            let known: Vec<&str> = s.parameters.iter().map(|p| p.id.as_str()).collect();
            return Err(format!(
                "unknown parameter `{name}`{hint}; the scenario's parameters are: {}",
                known.join(", ")
            ));
        };
        let p = &s.parameters[i];
        let value = match p.default {
            ParamValue::Bool(_) => match text.as_str() {
                "true" | "yes" => ParamValue::Bool(true),
                "false" | "no" => ParamValue::Bool(false),
                _ => return Err(format!("parameter `{name}` is true or false, not `{text}`")),
            },
            ParamValue::Number(_) => ParamValue::Number(
                text.parse::<f64>()
                    .ok()
                    .filter(|v| v.is_finite())
                    .ok_or_else(|| format!("parameter `{name}` is a number, not `{text}`"))?,
            ),
            ParamValue::Month(_) => ParamValue::Month(
                text.parse()
                    .map_err(|e| format!("parameter `{name}`: {e}"))?,
            ),
        };
        in_range(&value, p).map_err(|m| format!("parameter `{name}`: {m}"))?;
        values[i] = value;
    }
    Ok(values)
}

/// Splits `name=value`.
pub fn parse_assignment(text: &str) -> Result<(String, String), String> {
    match text.split_once('=') {
        Some((k, v)) if !k.trim().is_empty() && !v.trim().is_empty() => {
            Ok((k.trim().to_string(), v.trim().to_string()))
        }
        _ => Err(format!("`{text}` is not name=value")),
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
        let mut md = MietteDiagnostic::new(d.message.clone())
            .with_severity(match d.severity {
                Severity::Error => miette::Severity::Error,
                Severity::Warning => miette::Severity::Warning,
            })
            .with_label(LabeledSpan::at(d.offset..d.offset + d.len, "here"));
        if let Some(h) = &d.help {
            md = md.with_help(h.clone());
        }
        let report = miette::Report::new(md)
            .with_source_code(NamedSource::new(&d.file, source_text.to_string()));
        let _ = handler.render_report(&mut out, report.as_ref());
        out.push('\n');
    }
    out
}

/// Why a save could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    /// Reading or writing failed.
    #[error("{file}: {source}")]
    Io {
        /// File.
        file: String,
        /// Cause.
        source: std::io::Error,
    },
    /// Not a save of this game.
    #[error("{file} is not a readable save: {message}")]
    Corrupt {
        /// File.
        file: String,
        /// What is wrong, with line and column.
        message: String,
    },
    /// A save of another format version.
    #[error("{file} was saved in format {found}; this version of the game reads format {expected}")]
    Version {
        /// File.
        file: String,
        /// Its version.
        found: u32,
        /// Ours.
        expected: u32,
    },
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
    let corrupt = |message: String| SaveError::Corrupt {
        file: file.to_string(),
        message,
    };
    // Read the version first, so an old save says "old version" rather than "missing field".
    let version: Result<VersionOnly, _> = ron::Options::default()
        .from_str::<ron::Value>(text)
        .map_err(|e| {
            corrupt(format!(
                "line {}, column {}: {}",
                e.span.start.line, e.span.start.col, e.code
            ))
        })
        .and_then(|v| v.into_rust().map_err(|e| corrupt(e.to_string())));
    let found = version?.format_version;
    if found != FORMAT_VERSION {
        return Err(SaveError::Version {
            file: file.to_string(),
            found,
            expected: FORMAT_VERSION,
        });
    }
    let mut state: GameState = ron_options().from_str(text).map_err(|e| {
        corrupt(format!(
            "line {}, column {}: {}",
            e.span.start.line, e.span.start.col, e.code
        ))
    })?;
    let errors: Vec<Diagnostic> = validate(&mut state.scenario, "", file)
        .into_iter()
        .filter(Diagnostic::is_error)
        .collect();
    if let Some(d) = errors.first() {
        return Err(corrupt(format!("its scenario is invalid: {}", d.message)));
    }
    let n = |what: &str, got: usize, want: usize| {
        if got == want {
            Ok(())
        } else {
            Err(corrupt(format!(
                "it has {got} {what} where its scenario has {want}"
            )))
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
        "event records",
        state.fired.len(),
        state.scenario.events.len(),
    )?;
    let provinces = state.provinces.len();
    let contingents = state.scenario.contingents.len();
    let leaders = state.leaders.len();
    for a in &state.armies {
        if a.location >= provinces
            || a.leader.is_some_and(|l| l >= leaders)
            || a.troops.iter().any(|d| d.contingent >= contingents)
        {
            return Err(corrupt(format!(
                "army {} refers to something its scenario does not have",
                a.id
            )));
        }
    }
    if state.armies.windows(2).any(|w| w[0].id >= w[1].id) {
        return Err(corrupt("its armies are not in id order".into()));
    }
    let events = state.scenario.events.len();
    if state.pending.iter().any(|p| p.event >= events)
        || state.emperor.is_some_and(|l| l >= leaders)
    {
        return Err(corrupt(
            "it refers to an event or leader its scenario does not have".into(),
        ));
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
            return Err(corrupt(format!(
                "order {i} refers to something its scenario does not have"
            )));
        }
    }
    Ok(state)
}
