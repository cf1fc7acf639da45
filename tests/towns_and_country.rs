//! Rule tests for the Empire holding the towns and the Republic the country (bands strong
//! against a garrison leave a province contested) and for the volunteers paid from French
//! advances while France withdraws, on the tiny three-province world.
mod common;

use aguila::sim::Event;
use aguila::sim::event::{AttritionCause, ControlCause};
use aguila::sim::scenario::{FranceStatus, Num, Payer, Side};
use aguila::sim::state::Holder;
use aguila::text::Lang;
use aguila::text::chronicle::tell;
use common::*;

/// The north held by the Empire with a garrison of 2,000 and `bands` guerrillas in it, under
/// the rule that bands half a garrison's strength hold the country and leave it the towns
/// (control 20) — or without the rule when `rule` is false.
fn garrisoned_north(bands: u32, rule: bool) -> aguila::sim::GameState {
    World::tiny()
        .control("north", 80.0)
        .army("E", Side::Empire, "north", "imperial", 2000)
        .with(|sc| {
            sc.provinces[0].guerrilla = bands;
            if rule {
                sc.rules.control.bands_hold_country = 0.5;
                sc.rules.control.towns_only = 20.0;
            }
        })
        .build(1)
}

fn control_changes(events: &[Event]) -> Vec<Event> {
    events
        .iter()
        .filter(|e| matches!(e, Event::ControlChanged { .. }))
        .cloned()
        .collect()
}

// Setup: the Empire's north, 2,000 men of garrison, 1,500 in bands (more than half of it).
// Expect: the one control change of the month is the north falling from the Empire to
// contested, by the bands; its control is down to the towns' 20; the garrison is still there;
// the chronicle says the bands hold the country and the garrison only the towns. The next
// month, with the bands still strong enough, nothing more changes hands.
#[test]
fn bands_half_a_garrisons_strength_leave_it_only_the_towns() {
    let mut s = garrisoned_north(1500, true);
    let north = p(&s, "north");
    let events = s.resolve_month();
    assert_eq!(
        control_changes(&events),
        vec![Event::ControlChanged {
            province: north,
            from: Holder::Empire,
            to: Holder::Contested,
            cause: ControlCause::Bands,
        }]
    );
    assert_eq!(s.provinces[north].control, 20.0);
    assert_eq!(location(&s, "E"), "north");
    let told = tell(Lang::english(), &s, &events);
    assert!(
        told.iter().any(|l| l.key == "chronicle-control-towns"
            && l.text
                .contains("the bands hold the country and the garrison only the towns")),
        "{told:?}"
    );
    // The sweeps cost the bands at most 30 % a month: 1,050 left, still half the garrison.
    let next = s.resolve_month();
    assert!(control_changes(&next).is_empty(), "{next:?}");
    assert_eq!(s.holder(north), Holder::Contested);
}

// Setup: the same garrison against 900 bands (under half its strength), and against 1,500
// bands with the rule switched off (bands_hold_country 0).
// Expect: in both the garrison keeps the province: no control change, the Empire holds.
#[test]
fn weaker_bands_or_no_rule_leave_the_garrison_the_province() {
    for (bands, rule) in [(900, true), (1500, false)] {
        let mut s = garrisoned_north(bands, rule);
        let events = s.resolve_month();
        assert!(control_changes(&events).is_empty(), "{events:?}");
        assert_eq!(s.holder(p(&s, "north")), Holder::Empire);
    }
}

// Setup: bands 3,000 strong around a garrison of 2,000 that is already down to the towns
// (control 20).
// Expect: the bands wear it down to the Republic, and the change is told as the bands' doing,
// not as a province left without a garrison.
#[test]
fn bands_wear_a_town_garrison_down_to_the_republic() {
    let mut s = World::tiny()
        .control("north", -30.0)
        .army("E", Side::Empire, "north", "imperial", 2000)
        .with(|sc| {
            sc.provinces[0].guerrilla = 8000;
            sc.rules.control.bands_hold_country = 0.5;
            sc.rules.control.towns_only = 20.0;
        })
        .build(1);
    let north = p(&s, "north");
    let events = s.resolve_month();
    assert_eq!(
        control_changes(&events),
        vec![Event::ControlChanged {
            province: north,
            from: Holder::Contested,
            to: Holder::Republic,
            cause: ControlCause::Bands,
        }]
    );
    let told = tell(Lang::english(), &s, &events);
    assert!(
        told.iter()
            .any(|l| l.key == "chronicle-control-bands" && l.text.contains("worn down")),
        "{told:?}"
    );
}

/// The tiny world with an Empire that has no money and no credit and 10,000 volunteers paid
/// from French advances (upkeep 0.1 per 1,000 a month, a tenth deserting when unpaid).
fn penniless_empire_with_volunteers() -> aguila::sim::GameState {
    World::tiny()
        .with(|sc| {
            let mut volunteers = sc.contingents[1].clone();
            volunteers.id = "volunteers".into();
            volunteers.paid_by = Payer::FrenchAdvance;
            volunteers.recruit = None;
            sc.contingents.push(volunteers);
            sc.rules.economy.tax_per_million = 0.0;
            sc.rules.economy.treasury[1] = Num::Lit(0.0);
        })
        .army("V", Side::Empire, "capital", "volunteers", 10000)
        .build(1)
}

fn empire_upkeep(events: &[Event]) -> f64 {
    events
        .iter()
        .find_map(|e| match e {
            Event::Accounts {
                side: Side::Empire,
                upkeep,
                ..
            } => Some(*upkeep),
            _ => None,
        })
        .expect("the Empire's accounts")
}

// Setup: the penniless Empire's 10,000 volunteers; France withdrawing, then gone.
// Expect: while France withdraws the month's pay (1.0 M pesos) is added to the Empire's debt,
// the treasury pays nothing and nobody deserts; once France is gone the treasury owes the pay,
// cannot meet it, and a tenth of the volunteers desert, the debt unchanged.
#[test]
fn volunteers_are_paid_from_french_advances_while_france_withdraws() {
    let mut s = penniless_empire_with_volunteers();
    s.france.status = FranceStatus::Withdrawing;
    let debt = s.debt;
    let events = s.resolve_month();
    assert!(
        (s.debt - debt - 1.0).abs() < 1e-9,
        "debt {} → {}",
        debt,
        s.debt
    );
    assert_eq!(empire_upkeep(&events), 0.0);
    assert!(!s.unpaid[Side::Empire.index()]);
    assert_eq!(men(&s, "V"), 10000);

    s.france.status = FranceStatus::Gone;
    let debt = s.debt;
    let events = s.resolve_month();
    assert!((s.debt - debt).abs() < 1e-9);
    assert_eq!(empire_upkeep(&events), 1.0);
    assert!(s.unpaid[Side::Empire.index()]);
    let deserted: Vec<u32> = events
        .iter()
        .filter_map(|e| match e {
            Event::Attrition {
                side: Side::Empire,
                cause: AttritionCause::Desertion,
                men,
                ..
            } => Some(*men),
            _ => None,
        })
        .collect();
    assert_eq!(deserted, vec![1000]);
    assert_eq!(men(&s, "V"), 9000);
}
