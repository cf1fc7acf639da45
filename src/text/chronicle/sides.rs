//! Each side named for what it was at the date (the Republic; the Allied expedition, the
//! Intervention, the Regency or the Empire), in the grammatical case a sentence needs, and
//! lists of names joined as each language joins them.
use crate::sim::scenario::{Polity, Side};
use crate::sim::state::GameState;
use crate::text::{Arg, Lang};

/// Where a side's name stands in a sentence: each language's texts give the article and the
/// preposition for each ("al Imperio", "do Império").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Case {
    /// The subject or object, inside a sentence: "the Empire", "el Imperio", "o Império".
    Subject,
    /// Opening a sentence: "The Empire", "El Imperio", "O Império".
    Lead,
    /// After "to": "to the Empire", "al Imperio", "ao Império".
    To,
    /// After "of": "of the Empire", "del Imperio", "do Império".
    Of,
}

/// What each side is called at a date, one form for each case, as text keys.
const FORMS: [(&str, [&str; 4]); 5] = [
    (
        "republic",
        [
            "side-republic",
            "side-republic.lead",
            "side-republic.to",
            "side-republic.of",
        ],
    ),
    (
        "allies",
        [
            "side-allies",
            "side-allies.lead",
            "side-allies.to",
            "side-allies.of",
        ],
    ),
    (
        "intervention",
        [
            "side-intervention",
            "side-intervention.lead",
            "side-intervention.to",
            "side-intervention.of",
        ],
    ),
    (
        "regency",
        [
            "side-regency",
            "side-regency.lead",
            "side-regency.to",
            "side-regency.of",
        ],
    ),
    (
        "empire",
        [
            "side-empire",
            "side-empire.lead",
            "side-empire.to",
            "side-empire.of",
        ],
    ),
];

/// What a side is at this point of the war: the Empire's side is the Allied expedition while
/// another power stands with it (Spain and Britain until April 1862), then the Intervention
/// until a Regency or an emperor governs; after its fall it is named for what it was then.
pub fn side_form(state: &GameState, side: Side) -> &'static str {
    let polity = match state.polity {
        Polity::Fallen => state.fallen_from.unwrap_or(Polity::Empire),
        polity => polity,
    };
    match side {
        Side::Republic => "republic",
        Side::Empire => match polity {
            Polity::Intervention if state.powers.contains(&Some(Side::Empire)) => "allies",
            Polity::Intervention => "intervention",
            Polity::Regency => "regency",
            Polity::Empire | Polity::Fallen => "empire",
        },
    }
}

/// A side's name at this point of the war, in the case the sentence needs.
pub fn side_name(lang: Lang, state: &GameState, side: Side, case: Case) -> String {
    let form = side_form(state, side);
    let keys = FORMS
        .iter()
        .find(|(f, _)| *f == form)
        .map_or(&FORMS[0].1, |(_, keys)| keys);
    lang.tr(keys[case as usize])
}

/// The arguments that name a side in every case: `name` for the subject, then `name-lead`,
/// `name-to` and `name-of`, so that each language picks the one its sentence needs.
pub fn side_args(
    lang: Lang,
    state: &GameState,
    names: [&'static str; 4],
    side: Side,
) -> [(&'static str, Arg); 4] {
    let cases = [Case::Subject, Case::Lead, Case::To, Case::Of];
    std::array::from_fn(|i| (names[i], Arg::Str(side_name(lang, state, side, cases[i]))))
}

/// Names joined as the language lists them: "A", "A and B", "A, B and C".
pub fn list(lang: Lang, items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => lang.tr_args(
            "chronicle-list",
            &[
                ("first", Arg::Str(rest.join(", "))),
                ("last", Arg::Str(last.clone())),
            ],
        ),
    }
}
