//! The outcomes of many AI-vs-AI wars of the historical scenario: never an Empire victory
//! while the Republic holds the capital or most of the map, and never an outcome told at
//! Querétaro unless the war ended there.
use aguila::lab::batch::Plan;
use aguila::lab::{self, Policy, Setup};
use aguila::sim::outcome::EndPlace;
use aguila::sim::{GameState, Side};
use aguila::text::Lang;
use aguila::text::outcome::outcome_text;
use std::path::Path;

const HISTORICAL: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios/historical_1861.ron");
/// As many wars as a test build plays in parallel in well under a minute.
const WARS: u64 = 1000;

#[test]
fn no_false_victory_and_no_borrowed_place_over_many_wars() {
    let lang = Lang::english();
    let setup = Setup::load(lang, Path::new(HISTORICAL), &[], false).expect("scenario loads");
    let plan = Plan {
        runs: WARS,
        seed: 1,
        until: None,
        policy: Policy::Normal,
        jobs: 0,
    };
    let trials = lab::run_batch(lang, std::slice::from_ref(&setup), &plan)
        .expect("trials run")
        .pop()
        .expect("one setup");
    let names = GameState::new(setup.scenario.clone(), setup.params.clone(), 1);
    let queretaro = names
        .province_index("queretaro")
        .expect("Querétaro is on the map");
    let languages = ["en", "es", "pt"].map(Lang::resolve);
    for t in &trials {
        let o = t.outcome.as_ref().expect("every war ends");
        if o.winner == Some(Side::Empire) {
            let republic = o.held.provinces[Side::Republic.index()];
            assert!(
                o.held.capital != Some(Side::Republic) && 2 * republic <= o.held.total,
                "seed {}: an Empire victory ({}) while the Republic holds {:?}",
                t.seed,
                o.rule,
                o.held
            );
        }
        let at_queretaro = matches!(
            o.place,
            Some(EndPlace::LeaderTaken { province, .. }
                | EndPlace::LeaderFell { province, .. }
                | EndPlace::LastDefeat { province }) if province == queretaro
        );
        for lang in languages {
            let text = outcome_text(lang, &names, o);
            assert!(
                at_queretaro || !text.contains("Querétaro"),
                "seed {}: {text}",
                t.seed
            );
        }
    }
}
