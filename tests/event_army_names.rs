//! Armies that a scenario's events bring onto the map are named in the reader's language, as
//! the scenario's translation files give them. (Its own test binary: it switches the process's
//! language, which other tests must not see.)
use aguila::i18n;
use aguila::sim::GameState;
use aguila::sim::chronicle::name_text;
use aguila::sim::load;
use aguila::sim::names::ArmyName;

// Setup: the historical scenario, whose events land the Austrian volunteers and the Belgian
// Legion by name.
// Expect: those names read in Spanish and Portuguese as the scenario's translation files give
// them, and a name no file knows is shown as written.
#[test]
fn armies_landed_by_events_are_named_in_each_language() {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/historical_1861.ron");
    let loaded = load::load_scenario_file(&path).expect("the historical scenario loads");
    let params = load::parameter_values(&loaded.scenario, &[]).expect("defaults");
    let state = GameState::new(loaded.scenario, params, 1);
    let austrians = ArmyName::Given("Austrian Volunteer Corps".into());
    let stranger = ArmyName::Given("Nobody's army".into());
    let names = |lang: &str| {
        i18n::set_language(lang);
        let out = (name_text(&state, &austrians), name_text(&state, &stranger));
        i18n::set_language("en");
        out
    };
    assert_eq!(names("es").0, "Cuerpo de Voluntarios Austriacos");
    assert_eq!(names("pt").0, "Corpo de Voluntários Austríacos");
    assert_eq!(names("en").0, "Austrian Volunteer Corps");
    assert_eq!(names("es").1, "Nobody's army");
}
