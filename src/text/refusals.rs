//! Why the rules refused a command, worded for the player: the refusal names provinces,
//! contingents, armies and leaders by index, and this layer names them in the reader's language.
use crate::sim::{GameState, RuleError};
use crate::text::names::{army_name, contingent_name, leader_name, province_name};
use crate::text::{Arg, Lang};

/// Why the rules refused a command, in the reader's language.
pub fn refusal(lang: Lang, state: &GameState, e: &RuleError) -> String {
    let s = |v: String| Arg::Str(v);
    // A refusal is about the state it was checked against; should the state have moved on
    // (an army since disbanded), the id stands in for the name rather than a panic.
    let province = |p: usize| {
        s(if p < state.scenario.provinces.len() {
            province_name(lang, state, p)
        } else {
            p.to_string()
        })
    };
    match e {
        RuleError::GameOver => lang.tr("refused-game-over"),
        RuleError::NoSuchArmy(_) => lang.tr("refused-no-army"),
        RuleError::NotYourArmy(_) => lang.tr("refused-not-yours"),
        RuleError::Unknown { id, .. } => lang.tr_args("refused-unknown", &[("id", s(id.clone()))]),
        RuleError::NotReachable { army, to } => {
            let army = state
                .armies
                .iter()
                .find(|a| a.id == *army)
                .map_or_else(|| army.to_string(), |a| army_name(lang, state, a));
            lang.tr_args(
                "refused-not-reachable",
                &[("army", s(army)), ("to", province(*to))],
            )
        }
        RuleError::NothingToBesiege(p) => {
            lang.tr_args("refused-nothing-to-besiege", &[("province", province(*p))])
        }
        RuleError::BesiegeByOrder => lang.tr("refused-besiege-by-order"),
        RuleError::CannotDisperse => lang.tr("refused-cannot-disperse"),
        RuleError::CannotRecruit(c) => lang.tr_args(
            "refused-cannot-recruit",
            &[("contingent", s(contingent_name(lang, state, *c)))],
        ),
        RuleError::NoRecruitsHere {
            province: p,
            min_support,
        } => lang.tr_args(
            "refused-no-recruits",
            &[
                ("province", province(*p)),
                ("support", Arg::Num(*min_support)),
            ],
        ),
        RuleError::TooManyRecruits { province: p, max } => lang.tr_args(
            "refused-too-many-recruits",
            &[("province", province(*p)), ("max", Arg::from(*max))],
        ),
        RuleError::CannotAfford {
            cost, available, ..
        } => lang.tr_args(
            "refused-cannot-afford",
            &[
                ("cost", Arg::Num(*cost)),
                ("available", Arg::Num(*available)),
            ],
        ),
        RuleError::BadDetach { has, .. } => {
            lang.tr_args("refused-bad-detach", &[("men", Arg::from(*has))])
        }
        RuleError::NotTogether => lang.tr("refused-not-together"),
        RuleError::LeaderUnavailable(l) => lang.tr_args(
            "refused-leader",
            &[("leader", s(leader_name(lang, state, *l)))],
        ),
        RuleError::NoEmperor => lang.tr("refused-no-emperor"),
        RuleError::EmpireOnly => lang.tr("refused-empire-only"),
        RuleError::OutOfRange { .. } => lang.tr("refused-out-of-range"),
        RuleError::Truce => lang.tr("refused-truce"),
        RuleError::NoPendingChoice(_) => lang.tr("refused-no-choice"),
    }
}
