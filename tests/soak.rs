//! The soak: many AI-against-AI wars with random commands, valid and not, mixed into the AI's
//! orders, and after every month the men's ledger balanced (no man comes from nowhere:
//! `sim::ledger`), every number finite and in range, every army in a province that exists and
//! none empty. `AGUILA_SOAK_WARS` sets how many wars (200 by default); they play in parallel.
//!
//! `AGUILA_SOAK_WARS=100000 cargo test --release --no-default-features --test soak -- --nocapture`
//! is the long soak.
mod common;

use aguila::sim::ai::{Ai, Difficulty};
use aguila::sim::baseline::Baseline;
use aguila::sim::ledger::{self, Discrepancy, Muster, Unsound};
use aguila::sim::policy::{self, Applied, Policy};
use aguila::sim::rng;
use aguila::sim::scenario::{ParamValue, Parameter, Scenario, Side};
use aguila::sim::state::Stance;
use aguila::sim::{Command, Event, GameState, load};
use rand_chacha::ChaCha8Rng;
use rand_chacha::rand_core::Rng;
use rayon::prelude::*;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Arc;

/// The historical scenario, loaded once for every war.
fn historical() -> Arc<Scenario> {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/historical_1861.ron");
    Arc::new(load::load_scenario_file(&path).expect("loads").scenario)
}

/// A number in `0..n`.
fn below(rng: &mut ChaCha8Rng, n: usize) -> usize {
    (rng::unit(rng) * n as f64) as usize % n.max(1)
}

/// Ids no scenario gives anything: empty, misspelt, a path, a line separator.
const NONSENSE: [&str; 7] = [
    "",
    "nowhere",
    "../../etc/passwd",
    "VERACRUZ",
    "veracruz ",
    "\u{2028}",
    "0",
];

/// A policy that plays as `inner` does, with random commands (of any army, province,
/// contingent or leader, the other side's and ids that name nothing) slipped among its own:
/// the rules must refuse or carry out each, never panic, and keep their books.
struct Chaos {
    inner: Box<dyn Policy>,
    rng: ChaCha8Rng,
    /// Most random commands a side gives in a month.
    most: usize,
    /// Random commands given this month.
    month: Vec<Command>,
    /// Random commands given in all.
    given: u64,
}

impl Chaos {
    fn army(&mut self, state: &GameState) -> u32 {
        match below(&mut self.rng, 10) {
            0..=5 if !state.armies.is_empty() => {
                state.armies[below(&mut self.rng, state.armies.len())].id
            }
            6 => state.next_army_id,
            7 => 0,
            8 => u32::MAX,
            _ => self.rng.next_u32(),
        }
    }

    fn some_id(&mut self, real: impl Fn(usize) -> String, count: usize) -> String {
        if count > 0 && below(&mut self.rng, 10) < 8 {
            real(below(&mut self.rng, count))
        } else {
            NONSENSE[below(&mut self.rng, NONSENSE.len())].to_string()
        }
    }

    fn province(&mut self, state: &GameState) -> String {
        let sc = &state.scenario;
        self.some_id(|i| sc.provinces[i].id.clone(), sc.provinces.len())
    }

    fn men(&mut self) -> u32 {
        match below(&mut self.rng, 6) {
            0 => 0,
            1 => 1,
            2 => u32::MAX,
            3 => u32::MAX / 2 + 1,
            _ => 1 + below(&mut self.rng, 20_000) as u32,
        }
    }

    fn command(&mut self, state: &GameState) -> Command {
        let sc = Arc::clone(&state.scenario);
        match below(&mut self.rng, 16) {
            0..=2 => Command::Move {
                army: self.army(state),
                to: self.province(state).into(),
            },
            3 | 4 => Command::Siege {
                army: self.army(state),
                at: self.province(state).into(),
            },
            5 => Command::Disperse {
                army: self.army(state),
            },
            6 | 7 => Command::Recruit {
                province: self.province(state).into(),
                contingent: self
                    .some_id(|i| sc.contingents[i].id.clone(), sc.contingents.len())
                    .into(),
                men: self.men(),
            },
            8 | 9 => Command::SetStance {
                army: self.army(state),
                stance: [
                    Stance::Field,
                    Stance::Evade,
                    Stance::Garrison,
                    Stance::Besieging,
                ][below(&mut self.rng, 4)],
            },
            10 => Command::Detach {
                army: self.army(state),
                men: self.men(),
            },
            11 => Command::Merge {
                army: self.army(state),
                into: self.army(state),
            },
            12 => Command::Assign {
                leader: self.some_id(|i| sc.leaders[i].id.clone(), sc.leaders.len()),
                army: self.army(state),
            },
            13 => match below(&mut self.rng, 3) {
                0 => Command::SetPolicy {
                    value: [f64::NAN, f64::INFINITY, -250.0, 100.0, -100.0, 0.5]
                        [below(&mut self.rng, 6)],
                },
                1 => Command::SetRepression {
                    level: self.rng.next_u32() as u8,
                },
                _ => Command::CancelRecruits {
                    province: self.province(state).into(),
                },
            },
            14 => {
                let event = self.some_id(|i| sc.events[i].id.clone(), sc.events.len());
                let choices = sc
                    .events
                    .iter()
                    .find(|e| e.id == event)
                    .map_or(&[][..], |e| &e.choices[..]);
                Command::Choose {
                    choice: self.some_id(|i| choices[i].id.clone(), choices.len()),
                    event,
                }
            }
            _ => Command::CancelOrder {
                army: self.army(state),
            },
        }
    }
}

impl Policy for Chaos {
    fn begin_month(&mut self, state: &GameState) {
        self.month.clear();
        self.inner.begin_month(state);
    }

    fn orders(&mut self, state: &GameState, side: Side, applied: &Applied) -> Vec<Command> {
        let mut orders = self.inner.orders(state, side, applied);
        // Given before the policy's own, among them or after: a random command may take an
        // army or the money the policy counted on, and the policy's later ones must be
        // refused or carried out as well.
        for _ in 0..below(&mut self.rng, self.most + 1) {
            let cmd = self.command(state);
            let at = below(&mut self.rng, orders.len() + 1);
            orders.insert(at, cmd.clone());
            self.month.push(cmd);
            self.given += 1;
        }
        orders
    }
}

/// A value inside a parameter's plausible range, picked by `t` in [0, 1].
fn pick(p: &Parameter, t: f64) -> String {
    let number = |v: &Option<ParamValue>, d: f64| match v {
        Some(ParamValue::Number(x)) => *x,
        _ => d,
    };
    let month = |v: &Option<ParamValue>, d| match v {
        Some(ParamValue::Month(m)) => *m,
        _ => d,
    };
    match &p.default {
        ParamValue::Bool(_) => (t < 0.5).to_string(),
        ParamValue::Number(d) => {
            let (lo, hi) = (number(&p.min, *d), number(&p.max, *d));
            format!("{}", lo + (hi - lo) * t)
        }
        ParamValue::Month(d) => {
            let (lo, hi) = (month(&p.min, *d), month(&p.max, *d));
            lo.plus((f64::from(hi.months_since(lo)) * t) as i32)
                .to_string()
        }
    }
}

/// What one war did, summed over the soak.
#[derive(Debug, Default, Clone, Copy)]
struct Tally {
    wars: u64,
    months: u64,
    random_given: u64,
    random_taken: u64,
    commands_taken: u64,
    men_raised: u64,
    men_lost: u64,
    defections: u64,
    hunger_reports: u64,
}

impl Tally {
    fn add(self, o: Tally) -> Tally {
        Tally {
            wars: self.wars + o.wars,
            months: self.months + o.months,
            random_given: self.random_given + o.random_given,
            random_taken: self.random_taken + o.random_taken,
            commands_taken: self.commands_taken + o.commands_taken,
            men_raised: self.men_raised + o.men_raised,
            men_lost: self.men_lost + o.men_lost,
            defections: self.defections + o.defections,
            hunger_reports: self.hunger_reports + o.hunger_reports,
        }
    }
}

/// What went wrong in a war: its seed, month and what.
type Failure = (u64, String, String);

/// Plays war `seed` to its end under a chaos-wrapped policy, checking every month.
fn soak_war(scenario: &Arc<Scenario>, seed: u64) -> Result<Tally, Failure> {
    let mut pick_rng = rng::seeded(seed ^ 0x5eed_50a4);
    // One war in four with random plausible levers (allies staying, a longer US war…).
    let overrides: Vec<(String, String)> = if seed % 4 == 3 {
        scenario
            .parameters
            .iter()
            .map(|p| (p.id.clone(), pick(p, rng::unit(&mut pick_rng))))
            .collect()
    } else {
        Vec::new()
    };
    let params = load::parameter_values(scenario, &overrides).expect("plausible levers");
    let mut state = GameState::new(Arc::clone(scenario), params, seed);
    let level = |k: u64| Difficulty::ALL[(k % 3) as usize];
    let inner: Box<dyn Policy> = if seed % 10 == 9 {
        Box::new(Baseline)
    } else {
        Box::new(Ai::new([level(seed / 3), level(seed / 9)]))
    };
    let mut chaos = Chaos {
        inner,
        rng: rng::seeded(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15)),
        most: (seed % 7) as usize,
        month: Vec::new(),
        given: 0,
    };
    let fail = |state: &GameState, what: String| (seed, state.month.to_string(), what);
    if let Some(u) = ledger::unsound(&state) {
        return Err(fail(&state, format!("unsound at the start: {u:?}")));
    }
    let mut tally = Tally {
        wars: 1,
        ..Tally::default()
    };
    while state.outcome.is_none() {
        let before = Muster::of(&state);
        let month = state.month;
        let (log, events) = policy::play_month(&mut state, &mut chaos, &Side::BOTH);
        tally.months += 1;
        tally.commands_taken += log.len() as u64;
        // A random command the rules took is in the month's log (an equal one of the
        // policy's own is counted too: rare, and only in this figure).
        tally.random_taken += chaos
            .month
            .iter()
            .filter(|c| log.iter().any(|(_, l)| l == *c))
            .count() as u64;
        if let Err(d) = ledger::reconcile(&before, &events, &state) {
            return Err((seed, month.to_string(), format!("{d:?}")));
        }
        if let Some(u) = ledger::unsound(&state) {
            return Err((seed, month.to_string(), format!("{u:?}")));
        }
        let a = ledger::account(&state, &before, &events);
        tally.men_raised += (a.gained[0] + a.gained[1]) as u64;
        tally.men_lost += (a.lost[0] + a.lost[1]) as u64;
        for e in &events {
            match e {
                Event::Leader {
                    fate: aguila::sim::event::LeaderFate::Defected,
                    ..
                } => tally.defections += 1,
                Event::Attrition {
                    cause: aguila::sim::event::AttritionCause::Siege,
                    ..
                } => tally.hunger_reports += 1,
                _ => {}
            }
        }
        if tally.months > 200 {
            return Err(fail(&state, "the war did not end".into()));
        }
    }
    tally.random_given = chaos.given;
    Ok(tally)
}

/// How many wars to play: `AGUILA_SOAK_WARS`, or 200.
fn wars() -> u64 {
    match std::env::var("AGUILA_SOAK_WARS") {
        Ok(v) => v
            .trim()
            .parse()
            .unwrap_or_else(|_| panic!("AGUILA_SOAK_WARS is a number of wars, not {v:?}")),
        Err(_) => 200,
    }
}

// Setup: `AGUILA_SOAK_WARS` wars of the historical scenario (seeds 1…), each side under the AI
// at a level picked by the seed (one war in ten under the baseline), one in four with random
// plausible levers, and up to six random commands a side a month slipped among its orders.
// Expect: no panic; after every month each side's men changed by exactly what the events
// account for, no contingent grew beyond the men named joining it, every number is finite and
// in range, every army stands in a province, has men and is of its own side's contingents;
// every war ends.
#[test]
fn wars_with_random_commands_keep_their_books() {
    let scenario = historical();
    let n = wars();
    let started = std::time::Instant::now();
    let results: Vec<Result<Tally, Failure>> = (1..=n)
        .into_par_iter()
        .map(|seed| {
            catch_unwind(AssertUnwindSafe(|| soak_war(&scenario, seed))).unwrap_or_else(|p| {
                let what = p
                    .downcast_ref::<String>()
                    .cloned()
                    .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
                    .unwrap_or_default();
                Err((seed, "?".into(), format!("panic: {what}")))
            })
        })
        .collect();
    let elapsed = started.elapsed();
    let mut total = Tally::default();
    let mut failures = Vec::new();
    for r in results {
        match r {
            Ok(t) => total = total.add(t),
            Err(f) => failures.push(f),
        }
    }
    println!(
        "soak: {} wars ({} failed), {} months, {} random commands given ({} carried out, the \
         rest refused), {} commands taken in all, {} men raised, {} men lost, {} defections, \
         {} reports of hunger in sieges, in {:.1} s",
        n,
        failures.len(),
        total.months,
        total.random_given,
        total.random_taken,
        total.commands_taken,
        total.men_raised,
        total.men_lost,
        total.defections,
        total.hunger_reports,
        elapsed.as_secs_f64()
    );
    assert!(
        failures.is_empty(),
        "{} of {n} wars failed; the first: {:?}",
        failures.len(),
        &failures[..failures.len().min(5)]
    );
    assert_eq!(total.wars, n);
    assert!(total.random_given > 0 || n < 3, "the chaos gave commands");
}

// Setup: a month of the historical war (seed 5) played, and its events with one kind taken
// out at a time.
// Expect: the whole list balances; without the levies, the battles or the losses outside
// battle the ledger finds men it cannot account for.
#[test]
fn the_ledger_finds_men_the_events_do_not_account_for() {
    let mut state = common::historical(5);
    let mut checked = [false; 3];
    while state.outcome.is_none() && checked.iter().any(|c| !c) {
        let before = Muster::of(&state);
        let (_, events) = aguila::sim::ai::play_month(&mut state, [Difficulty::Normal; 2]);
        assert_eq!(ledger::reconcile(&before, &events, &state), Ok(()));
        let kinds: [fn(&Event) -> bool; 3] = [
            |e| matches!(e, Event::Recruited { .. } | Event::Reinforced { .. }),
            |e| matches!(e, Event::Battle { .. }),
            |e| matches!(e, Event::Attrition { .. }),
        ];
        for (k, is_kind) in kinds.into_iter().enumerate() {
            if !events.iter().any(is_kind) {
                continue;
            }
            let without: Vec<Event> = events.iter().filter(|e| !is_kind(e)).cloned().collect();
            let found = ledger::reconcile(&before, &without, &state);
            assert!(
                matches!(found, Err(Discrepancy::Side { .. })),
                "kind {k}: {found:?}"
            );
            checked[k] = true;
        }
    }
    assert_eq!(
        checked, [true; 3],
        "a war has levies, battles and attrition"
    );
}

// Setup: the historical war's first state, with one army moved off the map, then one army's
// contingent swapped for the other side's.
// Expect: each is found.
#[test]
fn the_standing_checks_find_an_army_nowhere_and_a_stranger() {
    let state = common::historical(1);
    assert_eq!(ledger::unsound(&state), None);
    let mut off = state.clone();
    off.armies[0].location = 999;
    assert_eq!(
        ledger::unsound(&off),
        Some(Unsound::Nowhere {
            army: off.armies[0].id,
            location: 999
        })
    );
    let mut turned = state.clone();
    turned.armies[0].side = turned.armies[0].side.enemy();
    assert!(matches!(
        ledger::unsound(&turned),
        Some(Unsound::Stranger { .. } | Unsound::Save(_))
    ));
}
