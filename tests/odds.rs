//! The odds preview adds up: a force is the product of the factors the preview shows (men,
//! quality, experience, leadership, terrain, fortification), and the preview of a province
//! counts every army its side has ordered there, as the month's battle does.
mod common;

use aguila::sim::Event;
use aguila::sim::scenario::Side;
use aguila::sim::turn::battle;
use common::*;

fn product(f: &battle::Force) -> f64 {
    f64::from(f.men) * f.quality * f.experience * f.leadership * f.terrain * f.fortification
}

// Setup: the historical war's opening armies, each side all together in one province.
// Expect: for both sides, attacking or defending, the shown factors multiply to the power.
#[test]
fn a_force_is_the_product_of_the_factors_shown() {
    let state = historical(7);
    for side in Side::BOTH {
        let armies: Vec<usize> = (0..state.armies.len())
            .filter(|&i| state.armies[i].side == side)
            .collect();
        for defending in [false, true] {
            let at = state.armies[armies[0]].location;
            let f = battle::force(&state, &armies, defending, at);
            assert!(
                (product(&f) - f.power()).abs() < 1e-9 * f.power(),
                "{side:?}: {} against {}",
                product(&f),
                f.power()
            );
        }
    }
}

// Setup: 3,000 French (quality 2) and 2,000 Imperials (quality 1) under a general of skill 4
// in the port; 8,000 Republicans in the capital next door.
// Expect: the quality row is the men's mean, 1.6; the preview of one army ordered counts it
// alone, of both ordered both; the month's battle is fought by exactly the men previewed.
#[test]
fn the_preview_counts_every_army_ordered_against_the_province() {
    let mut s = World::tiny()
        .army("E", Side::Empire, "port", "french", 3000)
        .army("E2", Side::Empire, "port", "imperial", 2000)
        .led_by("general_e")
        .army("R", Side::Republic, "capital", "regulars", 8000)
        .build(5);
    let capital = p(&s, "capital");
    let (e, e2) = (army_id(&s, "E"), army_id(&s, "E2"));

    let before = battle::planned_preview(&s, Side::Empire, capital, Some(e));
    assert_eq!(before.attacker.men, 3000);
    assert_eq!(before.attacker.leadership, 1.0);

    order_move(&mut s, Side::Empire, "E", "capital");
    let one = battle::planned_preview(&s, Side::Empire, capital, None);
    assert_eq!(one, before, "the order given is the one previewed");
    let hover = battle::planned_preview(&s, Side::Empire, capital, Some(e2));
    order_move(&mut s, Side::Empire, "E2", "capital");
    let both = battle::planned_preview(&s, Side::Empire, capital, None);
    assert_eq!(hover, both, "the hover showed what the order gives");
    assert_eq!(both.attacker.men, 5000);
    assert!((both.attacker.quality - 1.6).abs() < 1e-12);
    assert!(
        both.attacker.leadership > 1.0,
        "the general leads them both"
    );
    assert!(both.win_chance > one.win_chance);
    assert!((product(&both.attacker) - both.attacker.power()).abs() < 1e-9);

    let events = s.resolve_month();
    let men = events
        .iter()
        .find_map(|ev| match ev {
            Event::Battle { men, .. } => Some(*men),
            _ => None,
        })
        .expect("a battle in the capital");
    assert_eq!(men, [both.attacker.men, both.defender.men]);
}

// Setup: two Imperial armies in the port, one ordered away to the capital.
// Expect: the army marching away no longer counts for the port; the one staying does.
#[test]
fn an_army_ordered_away_is_not_counted_where_it_stands() {
    let mut s = World::tiny()
        .army("E", Side::Empire, "port", "french", 3000)
        .army("E2", Side::Empire, "port", "imperial", 2000)
        .build(5);
    let port = p(&s, "port");
    order_move(&mut s, Side::Empire, "E", "capital");
    let staying = battle::planned_attackers(&s, Side::Empire, port, None);
    let ids: Vec<u32> = staying.iter().map(|&i| s.armies[i].id).collect();
    assert_eq!(ids, vec![army_id(&s, "E2")]);
}
