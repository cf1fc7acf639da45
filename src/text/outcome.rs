//! The outcome of a war, told from the facts the rules recorded: who won and when, the rule's
//! own text, where the end came, and what each side held.
use crate::sim::outcome::{EndPlace, Outcome};
use crate::sim::scenario::Side;
use crate::sim::state::GameState;
use crate::text::chronicle::sides::side_args;
use crate::text::names::{leader_name, province_short, victory_text};
use crate::text::{Arg, Lang};

/// The whole outcome in one paragraph: the headline, then [`outcome_story`].
pub fn outcome_text(lang: Lang, state: &GameState, outcome: &Outcome) -> String {
    format!(
        "{} {}",
        outcome_headline(lang, state, outcome),
        outcome_story(lang, state, outcome)
    )
}

/// The message's arguments with the Empire's side named for what it was at the end (the
/// Intervention, the Regency or the Empire): `empire`, `empire-lead`, `empire-to`, `empire-of`.
fn with_empire_side<'a>(
    lang: Lang,
    state: &GameState,
    args: &[(&'a str, Arg)],
) -> Vec<(&'a str, Arg)> {
    let names = ["empire", "empire-lead", "empire-to", "empire-of"];
    let mut all = args.to_vec();
    all.extend(side_args(lang, state, names, Side::Empire));
    all
}

/// Who won, and the month: "Victory for the Republic, May 1867."
pub fn outcome_headline(lang: Lang, state: &GameState, outcome: &Outcome) -> String {
    let side = outcome.winner.map_or("none", Side::key);
    let args = [
        ("side", side.into()),
        ("month", Arg::Str(lang.month(outcome.month))),
    ];
    lang.tr_args("outcome-headline", &with_empire_side(lang, state, &args))
}

/// Why it ended (the rule's text), where, and what each side held then.
pub fn outcome_story(lang: Lang, state: &GameState, outcome: &Outcome) -> String {
    let mut parts = Vec::with_capacity(4);
    if !outcome.text.is_empty() {
        parts.push(victory_text(lang, state, &outcome.rule, &outcome.text));
    }
    if let Some(place) = outcome.place {
        parts.push(place_line(lang, state, outcome, place));
    }
    let held = &outcome.held;
    let capital = state.scenario.national_capital.idx();
    let args = [
        ("holder", held.capital.map_or("contested", Side::key).into()),
        ("capital", Arg::Str(province_short(lang, state, capital))),
    ];
    parts.push(lang.tr_args("outcome-capital", &with_empire_side(lang, state, &args)));
    let percent = |side: Side| Arg::Num((held.population[side.index()] * 100.0).round());
    let args = [
        ("republic", held.provinces[Side::Republic.index()].into()),
        ("empire-held", held.provinces[Side::Empire.index()].into()),
        ("contested", held.contested.into()),
        ("total", held.total.into()),
        ("republic-people", percent(Side::Republic)),
        ("empire-people", percent(Side::Empire)),
    ];
    parts.push(lang.tr_args("outcome-held", &with_empire_side(lang, state, &args)));
    parts.join(" ")
}

fn place_line(lang: Lang, state: &GameState, outcome: &Outcome, place: EndPlace) -> String {
    match place {
        EndPlace::LeaderTaken { leader, province } => lang.tr_args(
            "outcome-leader-taken",
            &[
                ("leader", Arg::Str(leader_name(lang, state, leader))),
                ("province", Arg::Str(province_short(lang, state, province))),
            ],
        ),
        EndPlace::LeaderFell { leader, province } => lang.tr_args(
            "outcome-leader-fell",
            &[
                ("leader", Arg::Str(leader_name(lang, state, leader))),
                ("province", Arg::Str(province_short(lang, state, province))),
            ],
        ),
        EndPlace::LastDefeat { province } => {
            let loser = outcome.winner.map_or(Side::Empire, Side::enemy);
            let args = [
                ("side", loser.key().into()),
                ("province", Arg::Str(province_short(lang, state, province))),
            ];
            lang.tr_args("outcome-last-defeat", &with_empire_side(lang, state, &args))
        }
    }
}
