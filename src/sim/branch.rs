//! Branches: a war taken up from a saved month with other levers and, if asked, a new seed.
//! Only a lever the rules will still read may change; one read only when the war began, or one
//! whose moment the war has already lived, is refused with the reason, so that a branch never
//! claims a counterfactual it did not play.
use crate::sim::date::Month;
use crate::sim::load::parameter_values_from;
use crate::sim::message::Message;
use crate::sim::rng;
use crate::sim::scenario::ParamValue;
use crate::sim::state::GameState;

/// A lever a branch changed: its id, the value the war had, the value the branch plays.
#[derive(Debug, Clone, PartialEq)]
pub struct LeverChange {
    /// The parameter's id.
    pub id: String,
    /// Its value in the saved war.
    pub before: ParamValue,
    /// Its value in the branch.
    pub after: ParamValue,
}

/// Gives a war in progress other levers (`name=value`) and, with `seed`, a new random
/// generator: the branch plays on from the month about to be played. Returns the levers that
/// changed, or why one cannot change here.
pub fn branch(
    state: &mut GameState,
    overrides: &[(String, String)],
    seed: Option<u64>,
) -> Result<Vec<LeverChange>, Message> {
    let values = parameter_values_from(&state.scenario, state.params.clone(), overrides)?;
    let mut changes = Vec::new();
    for (i, (before, after)) in state.params.iter().zip(&values).enumerate() {
        if before == after {
            continue;
        }
        let id = state.scenario.parameters[i].id.clone();
        if let Some(why) = cannot_change(state, i, before, after) {
            return Err(why
                .arg("name", id.as_str())
                .arg("month", state.month.to_string()));
        }
        changes.push(LeverChange {
            id,
            before: before.clone(),
            after: after.clone(),
        });
    }
    state.params = values;
    if let Some(seed) = seed {
        state.seed = seed;
        state.rng = rng::seeded(seed);
    }
    Ok(changes)
}

/// Why parameter `i` cannot go from `before` to `after` in a war about to play `state.month`.
fn cannot_change(
    state: &GameState,
    i: usize,
    before: &ParamValue,
    after: &ParamValue,
) -> Option<Message> {
    let scenario = &state.scenario;
    if scenario.read_only_at_start(i) {
        return Some(Message::new("branch-read-at-start"));
    }
    let now = state.month;
    let passed = |m: &Month| *m < now;
    match (before, after) {
        (ParamValue::Month(b), _) if passed(b) => {
            return Some(Message::new("branch-month-passed").arg("was", b.to_string()));
        }
        (_, ParamValue::Month(a)) if passed(a) => {
            return Some(Message::new("branch-month-before").arg("value", a.to_string()));
        }
        _ => {}
    }
    // A lever read only by events that have fired (each fires once) has done all it can.
    let uses = scenario.parameter_uses.get(i)?;
    let fired_event = |path: &String| -> Option<String> {
        let id = path.strip_prefix("events.")?.split('.').next()?;
        let e = scenario.events.iter().position(|e| e.id == id)?;
        state.fired[e].map(|_| id.to_string())
    };
    let all_fired: Option<Vec<String>> = uses.iter().map(fired_event).collect();
    match all_fired {
        Some(events) if !events.is_empty() => {
            let mut events = events;
            events.dedup();
            Some(Message::new("branch-events-fired").arg("events", events.join(", ")))
        }
        _ => None,
    }
}
