//! The names of a scenario's things (provinces, armies, leaders, events…) in a given
//! language: the scenario's translation where it has one, the RON file's English otherwise.
use crate::sim::names::ArmyName;
use crate::sim::state::{Army, GameState};
use crate::text::{Arg, Lang};

/// A scenario text in the given language (the RON file's English if untranslated).
fn scenario_text(lang: Lang, state: &GameState, key: String, english: &str) -> String {
    crate::text::scenario::text(lang, &state.scenario.id, &key, english)
}

/// A province's name in the given language.
pub fn province_name(lang: Lang, state: &GameState, p: usize) -> String {
    let def = &state.scenario.provinces[p];
    scenario_text(lang, state, format!("province-{}", def.id), &def.name)
}

/// A province's short name for prose ("Estado de México" for "Estado de México (incl. later
/// Hidalgo and Morelos)"): the scenario's `short` name, translated, else the full name. A
/// language that translates the name but not the short name gets its full name, never
/// another language's short one.
pub fn province_short(lang: Lang, state: &GameState, p: usize) -> String {
    let def = &state.scenario.provinces[p];
    let key = format!("province-{}-short", def.id);
    match &def.short {
        Some(short)
            if lang.is_fallback()
                || crate::text::scenario::has_translation(
                    &state.scenario.id,
                    lang.code(),
                    &key,
                ) =>
        {
            scenario_text(lang, state, key, short)
        }
        _ => province_name(lang, state, p),
    }
}

/// A contingent's name in the given language.
pub fn contingent_name(lang: Lang, state: &GameState, c: usize) -> String {
    let def = &state.scenario.contingents[c];
    scenario_text(lang, state, format!("contingent-{}", def.id), &def.name)
}

/// A foreign power's name in the given language.
pub fn power_name(lang: Lang, state: &GameState, p: usize) -> String {
    let def = &state.scenario.powers[p];
    scenario_text(lang, state, format!("power-{}", def.id), &def.name)
}

/// A province capital's name in the given language (Mexico City / Ciudad de México…).
pub fn province_capital(lang: Lang, state: &GameState, p: usize) -> String {
    let def = &state.scenario.provinces[p];
    scenario_text(
        lang,
        state,
        format!("province-{}-capital", def.id),
        &def.capital,
    )
}

/// A leader's role in the given language.
pub fn leader_role(lang: Lang, state: &GameState, l: usize) -> String {
    let def = &state.scenario.leaders[l];
    scenario_text(lang, state, format!("leader-{}-role", def.id), &def.role)
}

/// An army's name in the given language, for the chronicle, the command line and the game.
pub fn army_name(lang: Lang, state: &GameState, army: &Army) -> String {
    name_text(lang, state, &army.name)
}

/// A name in the given language: the scenario's translation of a given name, or a name
/// composed from the province an army was raised in ("Levas de Puebla").
pub fn name_text(lang: Lang, state: &GameState, name: &ArmyName) -> String {
    // A save is checked before it is played, but a name must never be the thing that panics.
    let place = |p: usize| {
        if p < state.scenario.provinces.len() {
            province_name(lang, state, p)
        } else {
            p.to_string()
        }
    };
    match name {
        ArmyName::Given(given) => match state.scenario.armies.iter().find(|a| a.name == *given) {
            Some(def) => scenario_text(lang, state, format!("army-{}", def.id), &def.name),
            // Drawn every frame by the client: find the event first, build its key only then.
            None => match crate::sim::names::event_armies(&state.scenario)
                .find(|(_, _, name)| *name == given.as_str())
            {
                Some((event, n, name)) => scenario_text(
                    lang,
                    state,
                    crate::sim::names::event_army_key(event, n),
                    name,
                ),
                None => given.clone(),
            },
        },
        ArmyName::Levies(p) => lang.tr_args("army-levies", &[("province", Arg::Str(place(*p)))]),
        ArmyName::Army(p) => lang.tr_args("army-of", &[("province", Arg::Str(place(*p)))]),
        ArmyName::Reinforcements(p) => {
            lang.tr_args("army-reinforcements", &[("province", Arg::Str(place(*p)))])
        }
        ArmyName::Detachment(of) => lang.tr_args(
            "army-detachment",
            &[("army", Arg::Str(name_text(lang, state, of)))],
        ),
    }
}

/// A leader's name as the language writes it (Maximilian, Maximiliano…).
pub fn leader_name(lang: Lang, state: &GameState, l: usize) -> String {
    let def = &state.scenario.leaders[l];
    scenario_text(lang, state, format!("leader-{}", def.id), &def.name)
}

/// A choice's label in the given language.
pub fn choice_label(lang: Lang, state: &GameState, event: usize, choice: usize) -> String {
    let e = &state.scenario.events[event];
    let c = &e.choices[choice];
    scenario_text(lang, state, format!("choice-{}-{}", e.id, c.id), &c.label)
}

/// A victory rule's text in the given language.
pub fn victory_text(lang: Lang, state: &GameState, rule: &str, english: &str) -> String {
    scenario_text(lang, state, format!("victory-{rule}"), english)
}

/// The title of a scenario event.
pub fn event_title(lang: Lang, state: &GameState, event: usize) -> String {
    let e = &state.scenario.events[event];
    scenario_text(lang, state, format!("event-{}-title", e.id), &e.title)
}

/// The historical text of a scenario event.
pub fn event_text(lang: Lang, state: &GameState, event: usize) -> String {
    let e = &state.scenario.events[event];
    scenario_text(lang, state, format!("event-{}-text", e.id), &e.text)
}
