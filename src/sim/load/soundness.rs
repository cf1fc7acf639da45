//! Whether a game state is one the rules could have reached: every number finite and in its
//! range, every leader in one army of his own side, the month inside the scenario. A save is
//! untrusted input (players pass them around), so it is held to this before it is played; the
//! property tests hold every month of every war to the same check.
use crate::sim::message::Message;
use crate::sim::scenario::LeaderStatus;
use crate::sim::state::GameState;

/// Most men one detachment may hold: several times the largest army of the war, so that no
/// sum of a side's men can overflow.
pub const MAX_DETACHMENT: u32 = 1_000_000;
/// Most men all the armies of a state may hold together.
pub const MAX_MEN: u64 = 10_000_000;
/// Slack for sums of shares that the rules round (support of two sides, treasuries at credit).
const SLACK: f64 = 1e-6;

/// What is wrong with `state`, or `None` if it is sound. Assumes the references were checked
/// (indices inside the scenario's lists), as [`super::load_state_str`] does first.
pub fn state_problem(state: &GameState) -> Option<Message> {
    numbers(state)
        .or_else(|| armies(state))
        .or_else(|| leaders(state))
        .or_else(|| calendar(state))
}

/// A number outside `lo..=hi` (or not a number at all), named by `what`.
fn out_of_range(what: impl FnOnce() -> String, value: f64, lo: f64, hi: f64) -> Option<Message> {
    // Written so that NaN fails too.
    let inside = value >= lo - SLACK && value <= hi + SLACK;
    (!inside).then(|| {
        Message::new("save-problem-value")
            .arg("what", what())
            .arg("value", value.to_string())
            .arg("low", lo.to_string())
            .arg("high", hi.to_string())
    })
}

/// Every number of the provinces, tracks, treasuries and France in its range.
fn numbers(state: &GameState) -> Option<Message> {
    let scenario = &*state.scenario;
    let max = f64::MAX;
    for (p, (def, prov)) in scenario.provinces.iter().zip(&state.provinces).enumerate() {
        let id = &def.id;
        let checks = [
            ("control", prov.control, -100.0, 100.0),
            ("support.republic", prov.support[0], 0.0, 100.0),
            ("support.empire", prov.support[1], 0.0, 100.0),
            ("support", prov.support[0] + prov.support[1], 0.0, 100.0),
            ("guerrilla", prov.guerrilla, 0.0, max),
            ("fort", prov.fort, 0.0, f64::from(def.fortification)),
            ("manpower", prov.manpower, 0.0, max),
        ];
        for (field, value, lo, hi) in checks {
            if let Some(m) =
                out_of_range(|| format!("provinces[{p}] ({id}).{field}"), value, lo, hi)
            {
                return Some(m);
            }
        }
    }
    for (t, value) in scenario.tracks.iter().zip(&state.tracks) {
        if let Some(m) = out_of_range(|| format!("tracks.{}", t.id), *value, t.min, t.max) {
            return Some(m);
        }
    }
    let credit = scenario.rules.economy.credit;
    let cap = scenario.rules.combat.experience_cap;
    let f = &state.france;
    let checks = [
        ("treasury.republic", state.treasury[0], -credit[0], max),
        ("treasury.empire", state.treasury[1], -credit[1], max),
        ("experience.republic", state.experience[0], 0.0, cap),
        ("experience.empire", state.experience[1], 0.0, cap),
        ("debt", state.debt, 0.0, max),
        ("policy", state.policy, -100.0, 100.0),
        ("repression", state.repression, 0.0, 3.0),
        ("month_francs", state.month_francs, 0.0, max),
        ("france.spent_francs", f.spent_francs, 0.0, max),
        ("france.schedule_clock", f.schedule_clock, 0.0, max),
        ("france.charged_per_man", f.charged_per_man, 0.0, max),
    ];
    for (field, value, lo, hi) in checks {
        if let Some(m) = out_of_range(|| field.to_string(), value, lo, hi) {
            return Some(m);
        }
    }
    for (l, leader) in state.leaders.iter().enumerate() {
        let id = &scenario.leaders[l].id;
        if let Some(m) = out_of_range(
            || format!("leaders[{l}] ({id}).loyalty"),
            leader.loyalty,
            0.0,
            100.0,
        ) {
            return Some(m);
        }
    }
    None
}

/// No detachment larger than [`MAX_DETACHMENT`], no more than [`MAX_MEN`] in all, ids below
/// the next id.
fn armies(state: &GameState) -> Option<Message> {
    let mut all: u64 = 0;
    for a in &state.armies {
        if a.id >= state.next_army_id {
            return Some(Message::new("save-problem-army-id").arg("army", a.id.to_string()));
        }
        for d in a.troops() {
            if d.strength() > MAX_DETACHMENT {
                return Some(
                    Message::new("save-problem-men")
                        .arg("army", a.id.to_string())
                        .arg("men", d.strength().to_string())
                        .arg("most", MAX_DETACHMENT.to_string()),
                );
            }
            all += u64::from(d.strength());
        }
    }
    (all > MAX_MEN).then(|| {
        Message::new("save-problem-all-men")
            .arg("men", all.to_string())
            .arg("most", MAX_MEN.to_string())
    })
}

/// Each leader commands at most one army, of the side he serves, and only while serving.
fn leaders(state: &GameState) -> Option<Message> {
    let mut commands: Vec<Option<u32>> = vec![None; state.leaders.len()];
    for a in &state.armies {
        let Some(l) = a.leader else { continue };
        let id = state.scenario.leaders[l].id.as_str();
        let leader = &state.leaders[l];
        let problem = if commands[l].is_some() {
            "two-armies"
        } else if leader.side != a.side {
            "other-side"
        } else if leader.status != LeaderStatus::Active {
            "not-serving"
        } else {
            commands[l] = Some(a.id);
            continue;
        };
        return Some(
            Message::new("save-problem-leader")
                .arg("leader", id)
                .arg("army", a.id.to_string())
                .arg("problem", problem),
        );
    }
    None
}

/// The month inside the scenario's dates; choices waiting only on events that offer some,
/// fired no later than now.
fn calendar(state: &GameState) -> Option<Message> {
    let scenario = &*state.scenario;
    if state.month < scenario.start || state.month > scenario.end {
        return Some(
            Message::new("save-problem-month")
                .arg("month", state.month.to_string())
                .arg("start", scenario.start.to_string())
                .arg("end", scenario.end.to_string()),
        );
    }
    for p in &state.pending {
        let event = &scenario.events[p.event];
        if event.choices.is_empty() || p.since > state.month {
            return Some(Message::new("save-problem-choice").arg("event", event.id.as_str()));
        }
    }
    None
}
