//! The rules' refusals name provinces, contingents and leaders in the reader's language, as the
//! scenario's translation files give them, not in the scenario's English.
use aguila::sim::load;
use aguila::sim::{Command, GameState, RuleError, Side};

// Setup: the historical scenario read in Spanish; the State of México is the Republic's.
// Action: the Empire tries to raise men there.
// Expect: the refusal names the province as the Spanish translation does.
#[test]
fn a_refusal_names_the_province_in_the_readers_language() {
    aguila::i18n::set_language("es");
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/historical_1861.ron");
    let loaded = load::load_scenario_file(&path).expect("the historical scenario loads");
    let params = load::parameter_values(&loaded.scenario, &[]).expect("defaults");
    let state = GameState::new(loaded.scenario, params, 1);
    let refused = state.check(
        Side::Empire,
        &Command::Recruit {
            province: "mexico".into(),
            contingent: "imperial_army".into(),
            men: 100,
        },
    );
    match refused {
        Err(RuleError::NoRecruitsHere { province, .. }) => {
            assert!(province.contains("con los futuros"), "{province}")
        }
        other => panic!("expected a refusal for the province, got {other:?}"),
    }
}
