//! The judgement at the last month: shares that are shares, and a judgement that asks for
//! something held.
use super::script::check_condition;
use super::{Checker, Tables};
use crate::sim::message::Message;
use crate::sim::scenario::*;

pub(super) fn check_judgement(c: &mut Checker, s: &mut Scenario, t: &Tables) {
    for j in &mut s.judgement {
        for (field, share) in [("provinces", j.provinces), ("population", j.population)] {
            if !(0.0..=1.0).contains(&share) {
                c.error_at(
                    c.field(&j.id, field),
                    Message::new("check-judgement-share")
                        .arg("id", j.id.as_str())
                        .arg("field", field),
                    None,
                );
            }
        }
        if !j.capital && j.provinces <= 0.0 && j.population <= 0.0 {
            c.error_at(
                c.item(&j.id),
                Message::new("check-judgement-nothing-held").arg("id", j.id.as_str()),
                Some(Message::new("check-judgement-nothing-held-help")),
            );
        }
        check_condition(c, &mut j.when, t, &format!("judgement.{}", j.id));
    }
}
