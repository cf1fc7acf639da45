//! Counterfactual parameters: a value checked against its kind and plausible range, and the
//! `name=value` overrides of `--set` and of variants applied to a scenario's defaults.
use super::diagnostics::suggest;
use crate::sim::message::Message;
use crate::sim::scenario::*;

/// Checks a value against a parameter's kind and plausible range.
pub fn in_range(v: &ParamValue, p: &Parameter) -> Result<(), Message> {
    match range_problem(v, p) {
        Some(problem) => Err(problem),
        None => Ok(()),
    }
}

/// What is wrong with a value for a parameter, if anything.
pub(super) fn range_problem(v: &ParamValue, p: &Parameter) -> Option<Message> {
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
pub(super) fn kind_key(v: &ParamValue) -> &'static str {
    match v {
        ParamValue::Bool(_) => "bool",
        ParamValue::Number(_) => "number",
        ParamValue::Month(_) => "month",
    }
}

fn range_text(p: &Parameter) -> Message {
    match (&p.min, &p.max) {
        (Some(a), Some(b)) => Message::new("param-range-between")
            .arg("min", a.to_string())
            .arg("max", b.to_string()),
        (Some(a), None) => Message::new("param-range-from").arg("min", a.to_string()),
        (None, Some(b)) => Message::new("param-range-up-to").arg("max", b.to_string()),
        (None, None) => Message::new("param-range-any"),
    }
}

/// Parameter values: the defaults with `name=value` overrides applied, or a message naming
/// the bad override (its key is a stable code for tools).
pub fn parameter_values(
    s: &Scenario,
    overrides: &[(String, String)],
) -> Result<Vec<ParamValue>, Message> {
    let defaults = s.parameters.iter().map(|p| p.default.clone()).collect();
    parameter_values_from(s, defaults, overrides)
}

/// `values` (one per parameter, in order) with `name=value` overrides applied, each checked as
/// [`parameter_values`] checks them.
pub fn parameter_values_from(
    s: &Scenario,
    mut values: Vec<ParamValue>,
    overrides: &[(String, String)],
) -> Result<Vec<ParamValue>, Message> {
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
                .arg("problem", why));
        }
        values[i] = value;
    }
    Ok(values)
}

/// Splits `name=value` (for `--set`).
pub fn parse_assignment(text: &str) -> Result<(String, String), Message> {
    match text.split_once('=') {
        Some((k, v)) if !k.trim().is_empty() && !v.trim().is_empty() => {
            Ok((k.trim().to_string(), v.trim().to_string()))
        }
        _ => Err(Message::new("set-not-assignment").arg("text", text)),
    }
}
