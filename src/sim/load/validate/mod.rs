//! The validation pass: every check of a parsed scenario, its references resolved to indices,
//! each finding located in the file. The map and the forces, and the scripts, have rooms below.
mod judgement;
mod map;
mod numbers;
mod ranges;
mod script;

use judgement::check_judgement;
use map::{check_borders, check_forces, check_provinces, check_tracks};
use script::{check_events, check_rules};

use super::diagnostics::{Diagnostic, Severity, item_span, suggest};
use super::parameters::{kind_key, range_problem};
use crate::sim::ids::{ParameterKind, Ref, RefKind};
use crate::sim::message::Message;
use crate::sim::scenario::*;
use crate::sim::turn::track;
use std::collections::{BTreeMap, BTreeSet};

/// Collects findings and places them in the text.
pub(super) struct Checker<'a> {
    text: &'a str,
    file: &'a str,
    out: Vec<Diagnostic>,
    seen_refs: BTreeMap<String, usize>,
    /// Where each parameter is read, by parameter index.
    parameter_uses: BTreeMap<usize, Vec<String>>,
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
        item_span(self.text, id)
    }

    /// Where a field of the item with this id is written; the item if the field is not there.
    fn field(&self, id: &str, field: &str) -> (usize, usize) {
        let (start, len) = self.item(id);
        // A save's scenario is checked without its text: nothing to search then.
        let after = self.text.get(start..).unwrap_or_default();
        let pattern = format!("{field}:");
        // Stay inside the item: stop at the next `id:` declaration.
        let rest = after.get(len..).unwrap_or_default();
        let limit = rest.find("id:").map_or(after.len(), |i| i + len);
        match after.get(..limit).unwrap_or_default().find(&pattern) {
            Some(i) => (start + i, field.len()),
            None => (start, len),
        }
    }

    /// Where a field of a section of the rules is written (`rules: ( combat: ( luck: …`); the
    /// section, or the rules, if it is not there.
    fn rule_field(&self, section: &str, field: &str) -> (usize, usize) {
        let Some(rules) = self.nth("rules:", 0) else {
            return (0, 1);
        };
        let section_at = self.text[rules..]
            .find(&format!("{section}:"))
            .map_or(rules, |i| rules + i);
        match self.text[section_at..].find(&format!("{field}:")) {
            Some(i) => (section_at + i, field.len()),
            None => (section_at, section.len()),
        }
    }

    /// Resolves a reference to a parameter read at `path`, noting where it is read; its kind
    /// (`number`, `month`, `true/false`) if it is known.
    fn resolve_param(
        &mut self,
        p: &mut Ref<ParameterKind>,
        t: &Tables,
        path: &str,
    ) -> Option<&'static str> {
        if !self.resolve(p, &t.parameters, path) {
            return None;
        }
        self.parameter_uses
            .entry(p.idx())
            .or_default()
            .push(path.to_string());
        Some(t.param_kinds[p.idx()])
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
pub(super) struct Tables {
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
        parameter_uses: BTreeMap::new(),
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
    if !super::is_plain_id(&s.id) {
        let at = c.nth("id:", 0).map_or((0, 1), |o| (o, 3));
        c.error_at(
            at,
            Message::new("check-id-not-plain").arg("id", s.id.as_str()),
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
        // A judgement's texts share the `victory-<id>` keys: one list of ids for both.
        (
            "victory",
            &ids(s
                .victory
                .iter()
                .map(|x| &x.id)
                .chain(s.judgement.iter().map(|x| &x.id))
                .collect()),
        ),
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
    numbers::check_finite_numbers(&mut c);
    ranges::check_ranges(&mut c, s);
    check_tracks(&mut c, s, &t);
    check_provinces(&mut c, s, &t);
    check_borders(&mut c, s, &t);
    check_forces(&mut c, s, &t);
    check_events(&mut c, s, &t);
    check_rules(&mut c, s, &t);
    check_judgement(&mut c, s, &t);
    c.out
        .extend(crate::sim::history_check::check(s, text, file));
    s.parameter_uses = (0..s.parameters.len())
        .map(|i| c.parameter_uses.remove(&i).unwrap_or_default())
        .collect();
    c.out.sort_by_key(|d| (d.span().0, d.severity));
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
                    .arg("problem", problem),
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
        if let Some(claim) = &p.moves {
            check_lever_claim(c, p, claim);
        }
    }
}

/// A lever's stated direction must suit its outcome, have a range to be played over, and
/// say why with a source.
fn check_lever_claim(c: &mut Checker, p: &Parameter, claim: &LeverClaim) {
    if claim.outcome.is_date() != claim.direction.is_for_dates() {
        c.error_at(
            c.field(&p.id, "direction"),
            Message::new("check-lever-direction")
                .arg("id", p.id.as_str())
                .arg(
                    "kind",
                    if claim.outcome.is_date() {
                        "date"
                    } else {
                        "share"
                    },
                ),
            None,
        );
    }
    if p.span().is_none() {
        c.error_at(
            c.field(&p.id, "moves"),
            Message::new("check-lever-no-range").arg("id", p.id.as_str()),
            None,
        );
    }
    if claim.why.trim().is_empty() || claim.source.trim().is_empty() {
        c.error_at(
            c.field(&p.id, "moves"),
            Message::new("check-lever-unexplained").arg("id", p.id.as_str()),
            None,
        );
    }
}

fn check_num(c: &mut Checker, n: &mut Num, t: &Tables, path: &str) {
    if let Num::Param(ParamOnly::Param(p)) = n
        && c.resolve_param(p, t, path)
            .is_some_and(|kind| kind == "month")
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
        && c.resolve_param(p, t, path)
            .is_some_and(|kind| kind != "month")
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
