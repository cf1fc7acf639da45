//! The men's ledger: no man comes from nowhere. Each side's men under arms at the end of a
//! month must equal those at its start plus what the month's typed events say came and went
//! (levies, reinforcements, battle losses and prisoners, evasions, surrenders, dispersals,
//! attrition and desertion, the bands' raids, corps going home, armies following a leader over
//! or home), and the standing checks every month must pass: every army somewhere, none empty.
//! The soak test (`tests/soak.rs`) runs both after every month of many wars.
use crate::sim::event::{Event, LeaderFate};
use crate::sim::scenario::Side;
use crate::sim::state::GameState;

/// Who has how many men, taken before a month (its commands included) is played.
#[derive(Debug, Clone, PartialEq)]
pub struct Muster {
    /// Men under arms of each side, indexed by [`Side::index`].
    pub men: [i64; 2],
    /// Men of each contingent on the map, in scenario order.
    pub contingents: Vec<i64>,
    /// The side each leader serves, in scenario order: an army that follows its leader over
    /// leaves the side he served.
    leader_sides: Vec<Side>,
}

impl Muster {
    /// The men of `state` as they stand.
    pub fn of(state: &GameState) -> Muster {
        let mut men = [0i64; 2];
        let mut contingents = vec![0i64; state.scenario.contingents.len()];
        for a in &state.armies {
            for d in a.troops() {
                men[a.side.index()] += i64::from(d.strength());
                if let Some(c) = contingents.get_mut(d.contingent) {
                    *c += i64::from(d.strength());
                }
            }
        }
        Muster {
            men,
            contingents,
            leader_sides: state.leaders.iter().map(|l| l.side).collect(),
        }
    }
}

/// What a batch of events says happened to the men.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Accounted {
    /// Men each side gained (levies, reinforcements, bands gathered into armies, armies that
    /// came over with their leader).
    pub gained: [i64; 2],
    /// Men each side lost (killed, wounded, missing, taken, dispersed, dead of fever or
    /// hunger, deserted, sent home, gone over with their leader).
    pub lost: [i64; 2],
    /// Men each contingent gained by name (levies and reinforcements), in scenario order.
    pub named: Vec<i64>,
    /// Men who came over to each side with a leader: they join whatever contingent pays them
    /// there, which the event leaves to the rules.
    pub came_over: [i64; 2],
}

/// A change in the men that the events do not account for.
#[derive(Debug, Clone, PartialEq)]
pub enum Discrepancy {
    /// A side's men changed by other than the events say.
    Side {
        /// The side.
        side: Side,
        /// Men before.
        before: i64,
        /// Men after.
        after: i64,
        /// What the events account for: gains less losses.
        accounted: i64,
    },
    /// A side's contingents rose by more than its levies, reinforcements and the men who came
    /// over to it.
    Contingents {
        /// The side.
        side: Side,
        /// Men its contingents gained beyond those named by levies and reinforcements.
        unnamed: i64,
        /// Men who came over to it with a leader.
        came_over: i64,
    },
}

/// Reads what `events` (a month's, with the commands given in it) say happened to the men,
/// starting from `before`.
pub fn account(state: &GameState, before: &Muster, events: &[Event]) -> Accounted {
    let scenario = &*state.scenario;
    let side_of_contingent = |c: usize| scenario.contingents.get(c).map(|c| c.side);
    let mut sides = before.leader_sides.clone();
    let mut a = Accounted {
        named: vec![0; scenario.contingents.len()],
        ..Accounted::default()
    };
    fn lose(side: Side, men: u32, a: &mut Accounted) {
        a.lost[side.index()] += i64::from(men);
    }
    for ev in events {
        match *ev {
            Event::Recruited {
                side,
                contingent,
                men,
                ..
            }
            | Event::Reinforced {
                side,
                contingent,
                men,
                ..
            } => {
                a.gained[side.index()] += i64::from(men);
                if let Some(n) = a.named.get_mut(contingent) {
                    *n += i64::from(men);
                }
            }
            Event::Battle {
                attacker,
                losses,
                winner,
                prisoners,
                ..
            } => {
                lose(attacker, losses[0], &mut a);
                lose(attacker.enemy(), losses[1], &mut a);
                lose(winner.enemy(), prisoners, &mut a);
            }
            Event::Evaded { side, losses, .. } => lose(side, losses, &mut a),
            Event::Surrendered {
                side, prisoners, ..
            } => lose(side, prisoners, &mut a),
            // Only the Republic disperses its armies into the bands (the command and the order
            // both see to it).
            Event::Dispersed { men, .. } => lose(Side::Republic, men, &mut a),
            Event::Attrition { side, men, .. } => lose(side, men, &mut a),
            // The bands raid the Empire's armies only.
            Event::GuerrillaWar { garrison_lost, .. } => lose(Side::Empire, garrison_lost, &mut a),
            Event::Withdrawn { contingent, men } => {
                if let Some(side) = side_of_contingent(contingent) {
                    lose(side, men, &mut a);
                }
            }
            Event::PowerLeft { power, men } => {
                let contingent = scenario
                    .powers
                    .get(power)
                    .and_then(|p| p.contingent.as_ref())
                    .map(|c| c.idx());
                if let Some(side) = contingent.and_then(side_of_contingent) {
                    lose(side, men, &mut a);
                }
            }
            Event::Leader { leader, fate, men } => {
                let Some(from) = sides.get(leader).copied() else {
                    continue;
                };
                match fate {
                    LeaderFate::Defected => {
                        let to = from.enemy();
                        lose(from, men, &mut a);
                        a.gained[to.index()] += i64::from(men);
                        a.came_over[to.index()] += i64::from(men);
                        sides[leader] = to;
                    }
                    LeaderFate::WentNeutral => lose(from, men, &mut a),
                    LeaderFate::Died | LeaderFate::Captured | LeaderFate::Arrived => {}
                }
            }
            _ => {}
        }
    }
    a
}

/// Whether the events of a month (with its commands) account for every change in the men
/// between `before` and `after`: each side's men exactly, and each side's contingents rising
/// by no more than levies, reinforcements and the men who came over name.
pub fn reconcile(before: &Muster, events: &[Event], after: &GameState) -> Result<(), Discrepancy> {
    let a = account(after, before, events);
    let now = Muster::of(after);
    for side in Side::BOTH {
        let s = side.index();
        let accounted = a.gained[s] - a.lost[s];
        if now.men[s] - before.men[s] != accounted {
            return Err(Discrepancy::Side {
                side,
                before: before.men[s],
                after: now.men[s],
                accounted,
            });
        }
    }
    let mut unnamed = [0i64; 2];
    for (c, def) in after.scenario.contingents.iter().enumerate() {
        let rise = now.contingents[c] - before.contingents.get(c).copied().unwrap_or(0);
        unnamed[def.side.index()] += (rise - a.named[c]).max(0);
    }
    for side in Side::BOTH {
        let s = side.index();
        if unnamed[s] > a.came_over[s] {
            return Err(Discrepancy::Contingents {
                side,
                unnamed: unnamed[s],
                came_over: a.came_over[s],
            });
        }
    }
    Ok(())
}

/// Something a state must never be at a month's end.
#[derive(Debug, Clone, PartialEq)]
pub enum Unsound {
    /// What a loaded save must pass fails (a number not finite or out of its range, a leader
    /// at the head of two armies…): its message key.
    Save(&'static str),
    /// An army stands in no province of the scenario.
    Nowhere {
        /// Army id.
        army: u32,
        /// Its location.
        location: usize,
    },
    /// An army without men, or with a detachment without men.
    Empty {
        /// Army id.
        army: u32,
    },
    /// A detachment of no contingent of the scenario, or of the other side's.
    Stranger {
        /// Army id.
        army: u32,
        /// The detachment's contingent.
        contingent: usize,
    },
    /// The armies are not in id order (looking them up by id would fail), or an id is not
    /// below the next one to be given.
    Order {
        /// The army out of order.
        army: u32,
    },
}

/// What is wrong with the state at a month's end, if anything: every number finite and in its
/// range (the save's check), every army in a province that exists, with men, of its own side's
/// contingents, in id order.
pub fn unsound(state: &GameState) -> Option<Unsound> {
    if let Some(m) = crate::sim::load::state_problem(state) {
        return Some(Unsound::Save(m.key));
    }
    let provinces = state.scenario.provinces.len();
    let mut last = None;
    for a in &state.armies {
        if a.location >= provinces {
            return Some(Unsound::Nowhere {
                army: a.id,
                location: a.location,
            });
        }
        if a.strength() == 0 || a.troops().iter().any(|d| d.strength() == 0) {
            return Some(Unsound::Empty { army: a.id });
        }
        for d in a.troops() {
            let side = state.scenario.contingents.get(d.contingent).map(|c| c.side);
            if side != Some(a.side) {
                return Some(Unsound::Stranger {
                    army: a.id,
                    contingent: d.contingent,
                });
            }
        }
        if last.is_some_and(|l| l >= a.id) || a.id >= state.next_army_id {
            return Some(Unsound::Order { army: a.id });
        }
        last = Some(a.id);
    }
    None
}
