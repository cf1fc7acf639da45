//! Armies raised during a game (levies, detachments) are named in the reader's language, and
//! their names survive a save.
//!
//! The language is one global setting, so this file keeps to one test that changes it.
mod common;

use aguila::i18n;
use aguila::sim::chronicle::army_name;
use aguila::sim::load;
use aguila::sim::names::ArmyName;
use aguila::sim::{Command, GameState, Side};
use common::{World, recruit};

fn name_of(state: &GameState, name: &ArmyName) -> String {
    let army = state
        .armies
        .iter()
        .find(|a| a.name == *name)
        .unwrap_or_else(|| panic!("no army named {name:?} in {:#?}", state.armies));
    army_name(state, army)
}

#[test]
fn raised_armies_are_named_in_each_language_and_kept_in_saves() {
    aguila::scenario_texts::register_scenario_file(&common::fixture("tiny.ron"));
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
    for (lang, raised, split) in [
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
        i18n::set_language(lang);
        assert_eq!(name_of(&s, &levies), raised, "{lang}");
        assert_eq!(name_of(&s, &detachment), split, "{lang}");
        // A name the scenario gives stays as given.
        assert_eq!(name_of(&s, &ArmyName::Given("R".into())), "R", "{lang}");
    }
    i18n::set_language("en");

    let text = ron::to_string(&s).unwrap();
    let back = load::load_state_str(&text, "save.ron").expect("the save reads back");
    let names = |g: &GameState| g.armies.iter().map(|a| a.name.clone()).collect::<Vec<_>>();
    assert_eq!(names(&back), names(&s));

    // A composed name pointing at a province the scenario does not have is refused, not shown.
    let mut broken = s.clone();
    broken.armies[0].name = ArmyName::Detachment(Box::new(ArmyName::Levies(99)));
    let err = load::load_state_str(&ron::to_string(&broken).unwrap(), "bad.ron")
        .expect_err("an army named after an unknown province is refused")
        .to_string();
    assert!(err.contains("bad.ron") && err.contains("army"), "{err}");
}
