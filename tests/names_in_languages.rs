//! Names in the reader's language: armies raised during a game (levies, detachments), armies
//! that events land, and the provinces a refusal names, each worded by the text layer in the
//! language it is asked for, as the scenario's translation files give them.
mod common;

use aguila::sim::load;
use aguila::sim::names::ArmyName;
use aguila::sim::{Command, GameState, RuleError, Side};
use aguila::text::Lang;
use aguila::text::names::{army_name, name_text};
use aguila::text::refusals::refusal;
use common::{World, recruit};

fn name_of(lang: Lang, state: &GameState, name: &ArmyName) -> String {
    let army = state
        .armies
        .iter()
        .find(|a| a.name == *name)
        .unwrap_or_else(|| panic!("no army named {name:?} in {:#?}", state.armies));
    army_name(lang, state, army)
}

fn historical() -> GameState {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/historical_1861.ron");
    let loaded = load::load_scenario_file(&path).expect("the historical scenario loads");
    let params = load::parameter_values(&loaded.scenario, &[]).expect("defaults");
    GameState::new(loaded.scenario, params, 1)
}

#[test]
fn raised_armies_are_named_in_each_language_and_kept_in_saves() {
    aguila::text::scenario::register_scenario_file(&common::fixture("tiny.ron"));
    let mut s = World::tiny()
        .army("R", Side::Republic, "north", "regulars", 3000)
        .build(1);
    s.apply(Side::Republic, &recruit("capital", "regulars", 1000))
        .expect("recruiting in the capital is allowed");
    s.resolve_month();
    let capital = common::p(&s, "capital");
    let levies = ArmyName::Levies(capital);
    let army = s
        .armies
        .iter()
        .find(|a| a.name == levies)
        .map(|a| a.id)
        .expect("the recruits form an army of their own");
    s.apply(Side::Republic, &Command::Detach { army, men: 400 })
        .expect("detaching is allowed");
    let detachment = ArmyName::Detachment(Box::new(levies.clone()));

    // The tiny world's Spanish texts call the capital "La Capital"; it has no Portuguese ones.
    for (code, raised, split) in [
        ("en", "Levies of Capital", "Levies of Capital (detachment)"),
        (
            "es",
            "Reclutas de La Capital",
            "Reclutas de La Capital (destacamento)",
        ),
        (
            "pt",
            "Recrutas de Capital",
            "Recrutas de Capital (destacamento)",
        ),
    ] {
        let lang = Lang::resolve(code);
        assert_eq!(name_of(lang, &s, &levies), raised, "{code}");
        assert_eq!(name_of(lang, &s, &detachment), split, "{code}");
        // A name the scenario gives stays as given.
        assert_eq!(
            name_of(lang, &s, &ArmyName::Given("R".into())),
            "R",
            "{code}"
        );
    }

    let text = ron::to_string(&s).unwrap();
    let back = load::load_state_str(&text, "save.ron").expect("the save reads back");
    let names = |g: &GameState| g.armies.iter().map(|a| a.name.clone()).collect::<Vec<_>>();
    assert_eq!(names(&back), names(&s));

    // A composed name pointing at a province the scenario does not have is refused, not shown.
    let mut broken = s.clone();
    broken.armies[0].name = ArmyName::Detachment(Box::new(ArmyName::Levies(99)));
    let err = load::load_state_str(&ron::to_string(&broken).unwrap(), "bad.ron")
        .expect_err("an army named after an unknown province is refused");
    let err = aguila::text::diagnostics::save_error(Lang::english(), &err);
    assert!(err.contains("bad.ron") && err.contains("army"), "{err}");
}

// Setup: the historical scenario, whose events land the Austrian volunteers and the Belgian
// Legion by name.
// Expect: those names read in Spanish and Portuguese as the scenario's translation files give
// them, and a name no file knows is shown as written.
#[test]
fn armies_landed_by_events_are_named_in_each_language() {
    let state = historical();
    let austrians = ArmyName::Given("Austrian Volunteer Corps".into());
    let stranger = ArmyName::Given("Nobody's army".into());
    let names = |code: &str| {
        let lang = Lang::resolve(code);
        (
            name_text(lang, &state, &austrians),
            name_text(lang, &state, &stranger),
        )
    };
    assert_eq!(names("es").0, "Cuerpo de Voluntarios Austriacos");
    assert_eq!(names("pt").0, "Corpo de Voluntários Austríacos");
    assert_eq!(names("en").0, "Austrian Volunteer Corps");
    assert_eq!(names("es").1, "Nobody's army");
}

// Setup: the historical scenario; the State of México is the Republic's.
// Action: the Empire tries to raise men there.
// Expect: the refusal names the province by index, and the text layer words it as each
// language's translation does.
#[test]
fn a_refusal_names_the_province_in_the_readers_language() {
    let state = historical();
    let refused = state
        .check(
            Side::Empire,
            &Command::Recruit {
                province: "mexico".into(),
                contingent: "imperial_army".into(),
                men: 100,
            },
        )
        .expect_err("the Empire cannot recruit in a Republican province");
    let mexico = common::p(&state, "mexico");
    assert!(
        matches!(refused, RuleError::NoRecruitsHere { province, .. } if province == mexico),
        "{refused:?}"
    );
    let spanish = refusal(Lang::resolve("es"), &state, &refused);
    assert!(spanish.contains("con los futuros"), "{spanish}");
    let english = refusal(Lang::english(), &state, &refused);
    assert!(
        english.contains(&state.scenario.provinces[mexico].name),
        "{english}"
    );
    assert_ne!(spanish, english);
}
