//! The chronicle as a student reads it: one line for one happening, a month's small things
//! summed, armies and commanders named, whose losses, skirmishes told as skirmishes, and each
//! side named for what it was at the date — in more than one language.
mod common;

use aguila::sim::GameState;
use aguila::sim::ai::{self, Difficulty};
use aguila::sim::event::{Event, LeaderFate};
use aguila::sim::scenario::{Polity, Side};
use aguila::text::Lang;
use aguila::text::chronicle::{Line, SKIRMISH_MEN, holdings_line, tell};
use aguila::text::names::{army_name, leader_name};
use std::collections::BTreeMap;

fn province(state: &GameState, id: &str) -> usize {
    state.scenario.graph.ids.provinces[id]
}

fn leader(state: &GameState, id: &str) -> usize {
    state.scenario.graph.ids.leaders[id]
}

fn month_began(state: &GameState) -> Event {
    Event::MonthBegan { month: state.month }
}

/// The lines of a batch, without the month's heading.
fn lines(lang: Lang, state: &GameState, events: &[Event]) -> Vec<Line> {
    tell(lang, state, events)
        .into_iter()
        .filter(|l| l.key != "chronicle-month")
        .collect()
}

/// A battle in `at` between the first army of each side that has a commander.
fn battle(state: &GameState, at: &str, men: [u32; 2], losses: [u32; 2]) -> Event {
    let led = |side: Side| {
        state
            .armies
            .iter()
            .find(|a| a.side == side && a.leader.is_some())
            .expect("the historical armies have commanders")
    };
    let (r, e) = (led(Side::Republic), led(Side::Empire));
    Event::Battle {
        province: province(state, at),
        attacker: Side::Republic,
        men,
        power: [f64::from(men[0]), f64::from(men[1])],
        winner: Side::Republic,
        losses,
        prisoners: 0,
        retreat: None,
        armies: [r.id, e.id],
        commanders: [r.leader, e.leader],
    }
}

#[test]
fn whole_wars_tell_each_happening_once_and_no_kind_more_than_three_times_a_month() {
    let languages = ["en", "es", "pt"].map(Lang::resolve);
    for seed in [1, 7, 12] {
        let mut state = common::historical(seed);
        let mut months = 0;
        while state.outcome.is_none() {
            let (_, events) = ai::play_month(&mut state, [Difficulty::Normal; 2]);
            months += 1;
            for lang in languages {
                let told = lines(lang, &state, &events);
                let mut seen = std::collections::BTreeSet::new();
                let mut kinds: BTreeMap<&str, usize> = BTreeMap::new();
                for line in &told {
                    assert!(
                        seen.insert(&line.text),
                        "seed {seed}, {}: told twice: {}",
                        state.month,
                        line.text
                    );
                    *kinds.entry(line.key.as_str()).or_default() += 1;
                }
                for (kind, n) in kinds {
                    assert!(
                        n <= 3,
                        "seed {seed}, {}: {n} lines of {kind}: {:#?}",
                        state.month,
                        told
                    );
                }
            }
        }
        assert!(months > 24, "seed {seed}: a whole war, not {months} months");
    }
}

#[test]
fn forey_lands_at_veracruz_only_where_the_intervention_holds_it() {
    let mut state = common::historical(1);
    // September 1862, the allies gone, France committed: all Forey waits for is the port.
    state.month = aguila::sim::Month::new(1862, 9);
    state.powers.iter_mut().for_each(|p| *p = None);
    let forey = state
        .scenario
        .events
        .iter()
        .find(|e| e.id == "forey_expedition")
        .unwrap()
        .when
        .clone();
    let veracruz = province(&state, "veracruz");
    for (control, lands) in [(100.0, true), (0.0, false), (-100.0, false)] {
        state.provinces[veracruz].control = control;
        assert_eq!(
            aguila::sim::script::holds(&state, &forey),
            lands,
            "Veracruz held by {:?}",
            state.holder(veracruz)
        );
    }
}

#[test]
fn a_months_evasions_are_summed_for_each_side_and_a_single_one_names_army_and_commander() {
    let state = common::historical(1);
    let (puebla, tlaxcala, mexico) = (
        province(&state, "puebla"),
        province(&state, "tlaxcala"),
        province(&state, "mexico"),
    );
    let imperial = state
        .armies
        .iter()
        .find(|a| a.side == Side::Empire && a.leader.is_some())
        .unwrap();
    let mut events = vec![month_began(&state)];
    for (from, losses) in [(puebla, 50), (puebla, 100), (tlaxcala, 70)] {
        events.push(Event::Evaded {
            army: 999,
            side: Side::Republic,
            leader: None,
            from,
            to: mexico,
            losses,
        });
    }
    events.push(Event::Evaded {
        army: imperial.id,
        side: Side::Empire,
        leader: imperial.leader,
        from: tlaxcala,
        to: puebla,
        losses: 25,
    });
    for (code, summed) in [
        (
            "en",
            "3 forces of the Republic avoid battle and slip away from Puebla and Tlaxcala (220 men lost",
        ),
        (
            "es",
            "3 fuerzas de la República rehúyen la batalla y se retiran de Puebla y Tlaxcala (220 bajas",
        ),
    ] {
        let lang = Lang::resolve(code);
        let told = lines(lang, &state, &events);
        let keys: Vec<&str> = told.iter().map(|l| l.key.as_str()).collect();
        assert_eq!(
            keys,
            ["chronicle-evasions", "chronicle-evaded"],
            "{told:#?}"
        );
        assert!(told[0].text.starts_with(summed), "{}", told[0].text);
        let single = &told[1].text;
        assert!(
            single.contains(&army_name(lang, &state, imperial)),
            "{single}"
        );
        let commander = leader_name(lang, &state, imperial.leader.unwrap());
        assert!(single.contains(&commander), "{single}");
        assert!(single.contains("25"), "{single}");
    }
}

#[test]
fn guerrilla_raids_of_a_month_are_one_line_with_whose_losses() {
    let mut state = common::historical(1);
    state.polity = Polity::Empire;
    state.powers.iter_mut().for_each(|p| *p = None);
    let mut events = vec![month_began(&state)];
    for id in ["puebla", "tlaxcala", "mexico", "michoacan", "jalisco"] {
        events.push(Event::GuerrillaWar {
            province: province(&state, id),
            guerrillas_lost: 20,
            garrison_lost: 148,
        });
    }
    for (code, whose) in [
        (
            "en",
            "Guerrilla raids in 5 provinces (Puebla, Tlaxcala, Estado de México, Michoacán and Jalisco): the garrisons of the Empire lose 740 men, the bands 100.",
        ),
        (
            "es",
            "Incursiones guerrilleras en 5 provincias (Puebla, Tlaxcala, Estado de México, Michoacán y Jalisco): las guarniciones del Imperio pierden 740 hombres; las partidas, 100.",
        ),
        (
            "pt",
            "Ataques guerrilheiros em 5 províncias (Puebla, Tlaxcala, Estado do México, Michoacán e Jalisco): as guarnições do Império perdem 740 homens; os bandos, 100.",
        ),
    ] {
        let told = lines(Lang::resolve(code), &state, &events);
        assert_eq!(told.len(), 1, "{told:#?}");
        assert_eq!(told[0].key, "chronicle-guerrilla");
        assert_eq!(told[0].text, whose);
    }
}

#[test]
fn each_side_is_named_for_what_it_is_at_the_date() {
    let mut state = common::historical(1);
    let fight = battle(&state, "puebla", [6000, 4000], [300, 900]);
    let told = |state: &GameState, code: &str| {
        lines(Lang::resolve(code), state, std::slice::from_ref(&fight))[0]
            .text
            .clone()
    };
    // December 1861: Spain and Britain stand with France.
    assert!(told(&state, "en").contains("defeats the Allied expedition ("));
    assert!(told(&state, "es").contains("derrota a la expedición aliada ("));
    let imperial = state.holder_counts().2;
    let held = holdings_line(Lang::resolve("es"), &state);
    assert!(
        held.contains(&format!(", la expedición aliada {imperial};")),
        "{held}"
    );
    state.powers.iter_mut().for_each(|p| *p = None);
    assert!(told(&state, "en").contains("defeats the Intervention ("));
    assert!(told(&state, "pt").contains("derrota a Intervenção ("));
    state.polity = Polity::Regency;
    assert!(told(&state, "en").contains("defeats the Regency ("));
    state.polity = Polity::Empire;
    assert!(told(&state, "en").contains("defeats the Empire ("));
    assert!(told(&state, "es").contains("derrota al Imperio ("));
    assert!(told(&state, "pt").contains("derrota o Império ("));
    let held = holdings_line(Lang::english(), &state);
    assert!(
        held.contains(&format!(", the Empire {imperial};")),
        "{held}"
    );
}

#[test]
fn a_battle_names_its_armies_and_commanders_and_says_whose_losses() {
    let mut state = common::historical(1);
    state.polity = Polity::Empire;
    state.powers.iter_mut().for_each(|p| *p = None);
    let fight = battle(&state, "puebla", [6000, 4000], [213, 736]);
    let Event::Battle {
        armies, commanders, ..
    } = &fight
    else {
        unreachable!()
    };
    for (code, losses) in [
        ("en", "Losses: the Republic 213, the Empire 736."),
        ("es", "Bajas: la República 213, el Imperio 736."),
    ] {
        let lang = Lang::resolve(code);
        let text = &lines(lang, &state, std::slice::from_ref(&fight))[0].text;
        assert!(text.ends_with(losses), "{text}");
        for (army, commander) in armies.iter().zip(commanders) {
            let army = state.armies.iter().find(|a| a.id == *army).unwrap();
            assert!(text.contains(&army_name(lang, &state, army)), "{text}");
            let commander = leader_name(lang, &state, commander.unwrap());
            assert!(text.contains(&commander), "{text}");
        }
    }
}

#[test]
fn fewer_than_the_threshold_of_men_engaged_is_a_skirmish_and_several_are_summed() {
    let state = common::historical(1);
    let small = battle(&state, "puebla", [6000, SKIRMISH_MEN - 1], [20, 60]);
    let large = battle(&state, "puebla", [6000, SKIRMISH_MEN], [20, 60]);
    for (code, skirmish, battle_word) in [
        ("en", "Skirmish in", "Battle in"),
        ("es", "Escaramuza en", "Batalla en"),
    ] {
        let lang = Lang::resolve(code);
        let one = &lines(lang, &state, std::slice::from_ref(&small))[0];
        assert_eq!(one.key, "chronicle-skirmish-attacker-won");
        assert!(one.text.starts_with(skirmish), "{}", one.text);
        let big = &lines(lang, &state, std::slice::from_ref(&large))[0];
        assert_eq!(big.key, "chronicle-battle-attacker-won");
        assert!(big.text.starts_with(battle_word), "{}", big.text);
        let tlaxcala = battle(&state, "tlaxcala", [300, 200], [10, 40]);
        let two = lines(lang, &state, &[small.clone(), tlaxcala]);
        assert_eq!(two.len(), 1, "{two:#?}");
        assert_eq!(two[0].key, "chronicle-skirmishes");
        assert!(two[0].text.starts_with('2'), "{}", two[0].text);
        assert!(
            two[0].text.contains("6,749") && two[0].text.contains("130"),
            "{}",
            two[0].text
        );
    }
}

#[test]
fn a_happening_a_scripted_event_tells_is_not_told_again() {
    let state = common::historical(1);
    let zaragoza = leader(&state, "ignacio_zaragoza");
    let event = state
        .scenario
        .events
        .iter()
        .position(|e| e.id == "zaragoza_dies")
        .unwrap();
    let died = Event::Leader {
        leader: zaragoza,
        fate: LeaderFate::Died,
        men: 0,
    };
    let fired = Event::EventFired {
        event,
        awaiting_choice: false,
    };
    for code in ["en", "pt"] {
        let lang = Lang::resolve(code);
        let alone = lines(lang, &state, std::slice::from_ref(&died));
        assert_eq!(alone.len(), 1);
        assert_eq!(alone[0].key, "chronicle-leader-died");
        let both = lines(lang, &state, &[died.clone(), fired.clone()]);
        assert_eq!(both.len(), 1, "{both:#?}");
        assert_eq!(both[0].key, "event-zaragoza_dies-text");
        // The heading, then the historical text under it.
        let (title, text) = both[0].text.split_once('\n').unwrap();
        assert!(title.contains(&aguila::text::names::event_title(lang, &state, event)));
        assert_eq!(
            text.trim(),
            aguila::text::names::event_text(lang, &state, event)
        );
    }
}

#[test]
fn provinces_go_by_their_short_names_in_prose_and_by_their_names_without_one() {
    let state = common::historical(1);
    let occupied = Event::ControlChanged {
        province: province(&state, "mexico"),
        from: aguila::sim::state::Holder::Republic,
        to: aguila::sim::state::Holder::Empire,
        cause: aguila::sim::event::ControlCause::Occupation,
    };
    for (code, said) in [
        (
            "en",
            "Estado de México is occupied and now held by the Allied expedition.",
        ),
        (
            "es",
            "Ocupación: Estado de México queda en manos de la expedición aliada.",
        ),
        (
            "pt",
            "Ocupação: Estado do México passa às mãos da expedição aliada.",
        ),
    ] {
        let told = lines(Lang::resolve(code), &state, std::slice::from_ref(&occupied));
        assert_eq!(told[0].text, said);
    }
    // A modder's scenario without short names still names its provinces.
    let tiny = common::World::tiny().build(1);
    let north = province(&tiny, "north");
    assert_eq!(
        aguila::text::names::province_short(Lang::english(), &tiny, north),
        tiny.scenario.provinces[north].name
    );
}

#[test]
fn a_siege_tells_the_defences_left_out_of_the_fortress_s_own() {
    let state = common::historical(1);
    let puebla = province(&state, "puebla");
    let full = state.scenario.provinces[puebla].fortification;
    let siege = Event::SiegeProgress {
        province: puebla,
        fort: 2.84,
    };
    for (code, said) in [
        (
            "en",
            format!(
                "The siege of Puebla goes on; its defences are down to 2.8 of {full} (on a scale of 0 to 5)."
            ),
        ),
        (
            "es",
            format!(
                "Sigue el sitio de Puebla; a sus defensas les queda 2.8 de {full} (en una escala de 0 a 5)."
            ),
        ),
        (
            "pt",
            format!(
                "Continua o cerco na província de Puebla; suas defesas caem a 2,8 de {full} (numa escala de 0 a 5)."
            ),
        ),
    ] {
        let told = lines(Lang::resolve(code), &state, std::slice::from_ref(&siege));
        assert_eq!(told[0].text, said);
    }
}
