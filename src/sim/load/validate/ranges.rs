//! Numbers a scenario may write but the rules cannot mean: a share above one, a negative rate,
//! an army of four billion men. Each is an error at the place it is written, so that a modder's
//! slip (a percentage written where a share belongs) is caught before a war plays it.
use super::Checker;
use crate::sim::load::MAX_DETACHMENT;
use crate::sim::message::Message;
use crate::sim::scenario::*;

/// What a number may be.
#[derive(Clone, Copy)]
enum Allowed {
    /// A share, from 0 to 1.
    Share,
    /// Zero or more.
    NonNegative,
    /// More than zero.
    Positive,
    /// From the first to the second.
    Between(f64, f64),
}

impl Allowed {
    fn admits(self, v: f64) -> bool {
        // NaN is the finite-number check's to report, not reported twice here.
        v.is_nan()
            || match self {
                Allowed::Share => (0.0..=1.0).contains(&v),
                Allowed::NonNegative => v >= 0.0,
                Allowed::Positive => v > 0.0,
                Allowed::Between(lo, hi) => (lo..=hi).contains(&v),
            }
    }

    fn message(self, path: &str, value: f64) -> Message {
        let (kind, lo, hi) = match self {
            Allowed::Share => ("share", 0.0, 1.0),
            Allowed::NonNegative => ("non-negative", 0.0, 0.0),
            Allowed::Positive => ("positive", 0.0, 0.0),
            Allowed::Between(lo, hi) => ("between", lo, hi),
        };
        Message::new("check-number-out-of-range")
            .arg("path", path)
            .arg("value", value.to_string())
            .arg("kind", kind)
            .arg("min", lo.to_string())
            .arg("max", hi.to_string())
    }
}

use Allowed::*;

/// The most people a province may have: more than any country held in the 1860s.
const MAX_POPULATION: f64 = 100_000_000.0;

/// Checks the coefficients of the rules that `check_rules` (the shares, the held threshold,
/// the withdrawal schedule) does not, and every count of the map and forces.
pub(super) fn check_ranges(c: &mut Checker, s: &Scenario) {
    let r = &s.rules;
    let k = &r.combat;
    let combat = [
        ("skill_bonus", k.skill_bonus, NonNegative),
        ("fort_bonus", k.fort_bonus, NonNegative),
        ("capture_ratio", k.capture_ratio, Between(1.0, 1000.0)),
        ("siege_per_10000", k.siege_per_10000, Between(0.0, 5.0)),
        ("experience_per_victory", k.experience_per_victory, Share),
        ("experience_cap", k.experience_cap, Between(0.0, 10.0)),
        ("arms_captured", k.arms_captured, Share),
    ];
    let k = &r.control;
    let control = [
        ("occupation", k.occupation, Between(0.0, 100.0)),
        ("garrison_push", k.garrison_push, Between(0.0, 100.0)),
        ("drift_liberal", k.drift_liberal, Between(-100.0, 100.0)),
        ("drift_mixed", k.drift_mixed, Between(-100.0, 100.0)),
        (
            "drift_conservative",
            k.drift_conservative,
            Between(-100.0, 100.0),
        ),
        ("guerrilla_push", k.guerrilla_push, Between(0.0, 100.0)),
        ("support_shift", k.support_shift, Between(0.0, 100.0)),
    ];
    let k = &r.guerrilla;
    let guerrilla = [
        ("growth_per_1000", k.growth_per_1000, Between(0.0, 1000.0)),
        ("cap_per_1000", k.cap_per_1000, Between(0.0, 1000.0)),
        ("counter_rate", k.counter_rate, Share),
        ("raid_rate", k.raid_rate, Share),
        ("repression_growth", k.repression_growth, NonNegative),
        (
            "repression_suppression",
            k.repression_suppression,
            NonNegative,
        ),
        ("repression_backlash", k.repression_backlash, NonNegative),
        ("coalesce_at", k.coalesce_at, NonNegative),
    ];
    let k = &r.economy;
    let economy = [
        ("tax_per_million", k.tax_per_million, NonNegative),
        ("guerrilla_disruption", k.guerrilla_disruption, NonNegative),
        ("credit", k.credit[0].min(k.credit[1]), NonNegative),
        ("french_loan", k.french_loan, NonNegative),
        ("debt_interest", k.debt_interest, Share),
        ("debt_pledge_at", k.debt_pledge_at, NonNegative),
    ];
    let k = &r.france;
    let france = [
        ("will_per_million", k.will_per_million, NonNegative),
        ("francs_per_peso", k.francs_per_peso, Positive),
        (
            "will_per_1000_casualties",
            k.will_per_1000_casualties,
            NonNegative,
        ),
        ("will_per_month", k.will_per_month, NonNegative),
        ("will_per_us_pressure", k.will_per_us_pressure, NonNegative),
        ("will_per_crisis", k.will_per_crisis, NonNegative),
        ("will_per_victory", k.will_per_victory, NonNegative),
        ("will_per_opinion", k.will_per_opinion, NonNegative),
        (
            "withdrawal_haste_per_crisis",
            k.withdrawal_haste_per_crisis,
            NonNegative,
        ),
        ("troops_per_will", k.troops_per_will, NonNegative),
        (
            "max_troops",
            k.max_troops.into(),
            Between(0.0, f64::from(MAX_DETACHMENT)),
        ),
        (
            "reinforcement_per_month",
            k.reinforcement_per_month.into(),
            Between(0.0, f64::from(MAX_DETACHMENT)),
        ),
        (
            "honour_troops",
            k.honour_troops.into(),
            Between(0.0, f64::from(MAX_DETACHMENT)),
        ),
    ];
    let k = &r.us;
    let us = [
        ("growth_during_war", k.growth_during_war, NonNegative),
        ("growth_after_war", k.growth_after_war, NonNegative),
        ("supply_per_pressure", k.supply_per_pressure, NonNegative),
        ("per_repression", k.per_repression, NonNegative),
        ("arms_per_pressure", k.arms_per_pressure, NonNegative),
    ];
    let europe = [("decay", r.europe.decay, NonNegative)];
    let k = &r.politics;
    let politics = [
        ("legitimacy_free", k.legitimacy_free, NonNegative),
        ("legitimacy_lost", k.legitimacy_lost, NonNegative),
        (
            "legitimacy_per_missing_province",
            k.legitimacy_per_missing_province,
            NonNegative,
        ),
        (
            "liberal_conservative_loss",
            k.liberal_conservative_loss,
            NonNegative,
        ),
        ("liberal_loyalty_loss", k.liberal_loyalty_loss, NonNegative),
        ("clerical_france_loss", k.clerical_france_loss, NonNegative),
        ("clerical_us_pressure", k.clerical_us_pressure, NonNegative),
        ("liberal_support_gain", k.liberal_support_gain, NonNegative),
    ];
    let sections: [(&str, &[(&str, f64, Allowed)]); 8] = [
        ("combat", &combat),
        ("control", &control),
        ("guerrilla", &guerrilla),
        ("economy", &economy),
        ("france", &france),
        ("us", &us),
        ("europe", &europe),
        ("politics", &politics),
    ];
    for (section, fields) in sections {
        for &(name, value, allowed) in fields {
            if !allowed.admits(value) {
                let path = format!("rules.{section}.{name}");
                let at = c.rule_field(section, name);
                c.error_at(at, allowed.message(&path, value), None);
            }
        }
    }
    check_counts(c, s);
}

/// The map's and the forces' own numbers.
fn check_counts(c: &mut Checker, s: &Scenario) {
    for p in &s.provinces {
        for (name, value, allowed) in [
            (
                "population",
                f64::from(p.population),
                Between(0.0, MAX_POPULATION),
            ),
            (
                "guerrilla",
                f64::from(p.guerrilla),
                Between(0.0, f64::from(MAX_DETACHMENT)),
            ),
        ] {
            if !allowed.admits(value) {
                let path = format!("provinces.{}.{name}", p.id);
                c.error_at(c.field(&p.id, name), allowed.message(&path, value), None);
            }
        }
    }
    for k in &s.contingents {
        // Quality, upkeep and desertion have their own check (`check_forces`).
        let mut fields = vec![("quality", k.quality, Between(0.0, 10.0))];
        if let Some(recruit) = &k.recruit {
            fields.push(("cost_per_1000", recruit.cost_per_1000, NonNegative));
            fields.push(("min_support", recruit.min_support, Between(0.0, 100.0)));
            fields.push((
                "max_per_province",
                recruit.max_per_province.into(),
                Between(0.0, f64::from(MAX_DETACHMENT)),
            ));
        }
        for (name, value, allowed) in fields {
            if !allowed.admits(value) {
                let path = format!("contingents.{}.{name}", k.id);
                c.error_at(c.field(&k.id, name), allowed.message(&path, value), None);
            }
        }
    }
    for l in &s.leaders {
        // Skill and loyalty have their own check (`check_forces`).
        let mut fields = vec![("daring", l.daring, Between(0.0, 0.9))];
        if let Some(w) = &l.wavering {
            fields.push(("threshold", w.threshold, Between(0.0, 100.0)));
            fields.push(("losing_drain", w.losing_drain, Between(0.0, 100.0)));
            fields.push(("unpaid_drain", w.unpaid_drain, Between(0.0, 100.0)));
            fields.push(("recovery", w.recovery, Between(0.0, 100.0)));
        }
        for (name, value, allowed) in fields {
            if !allowed.admits(value) {
                let path = format!("leaders.{}.{name}", l.id);
                c.error_at(c.field(&l.id, name), allowed.message(&path, value), None);
            }
        }
    }
    for a in &s.armies {
        for d in &a.troops {
            let allowed = Between(0.0, f64::from(MAX_DETACHMENT));
            if !allowed.admits(d.strength.into()) {
                let path = format!("armies.{}.troops.{}.strength", a.id, d.contingent.id);
                let message = allowed.message(&path, d.strength.into());
                c.error_at(c.field(&a.id, "strength"), message, None);
            }
        }
    }
}
