//! Validation of the scenario's scripts: conditions, effects, events and their choices, the AI's
//! strategies and the rules' own numbers.
use super::{Checker, Tables, check_month, check_num};
use crate::sim::message::Message;
use crate::sim::scenario::*;
use std::collections::BTreeSet;

pub(super) fn check_condition(c: &mut Checker, cond: &mut Condition, t: &Tables, path: &str) {
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
            if c.resolve_param(p, t, path)
                .is_some_and(|kind| kind != "true/false")
            {
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

pub(super) fn check_effect(c: &mut Checker, e: &mut Effect, t: &Tables, path: &str) {
    match e {
        Effect::AddTrack(tr, n) | Effect::SetTrack(tr, n) => {
            c.resolve(tr, &t.tracks, path);
            check_num(c, n, t, path);
        }
        Effect::SetFlag(_) | Effect::ClearFlag(_) => {}
        Effect::AddTreasury(_, n)
        | Effect::AddDebt(n)
        | Effect::ChargeCorpsToEmpire(n)
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

pub(super) fn check_events(c: &mut Checker, s: &mut Scenario, t: &Tables) {
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
pub(super) fn check_strategy(c: &mut Checker, s: &Scenario) {
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

pub(super) fn check_rules(c: &mut Checker, s: &mut Scenario, t: &Tables) {
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
        ("economy.debt_service", r.economy.debt_service),
        ("economy.manpower_share", r.economy.manpower_share),
        ("economy.manpower_regrowth", r.economy.manpower_regrowth),
        ("attrition.fever", r.attrition.fever),
        ("attrition.out_of_supply", r.attrition.out_of_supply),
        (
            "france.us_weight_during_civil_war",
            r.france.us_weight_during_civil_war,
        ),
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
    // The bands' rule leaves a garrison the towns only: a control below the held threshold.
    let control = &r.control;
    if control.bands_hold_country < 0.0
        || control.bands_hold_country > 0.0
            && !(0.0..control.held_threshold).contains(&control.towns_only)
    {
        let at = c
            .nth("towns_only", 0)
            .map_or(at, |o| (o, "towns_only".len()));
        c.error_at(at, Message::new("check-rule-towns-only"), None);
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
