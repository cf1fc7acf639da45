//! Starting a game from a scenario, and checking and applying players' commands.
use crate::sim::army;
use crate::sim::command::{Command, RuleError};
use crate::sim::event::Event;
use crate::sim::rng;
use crate::sim::scenario::*;
use crate::sim::script;
use crate::sim::state::*;
use std::collections::BTreeSet;
use std::sync::Arc;

impl GameState {
    /// A new game of a validated scenario with the given parameter values and seed.
    pub fn new(
        scenario: impl Into<Arc<Scenario>>,
        params: Vec<ParamValue>,
        seed: u64,
    ) -> GameState {
        let scenario: Arc<Scenario> = scenario.into();
        let mut state = GameState {
            format_version: FORMAT_VERSION,
            params,
            seed,
            rng: rng::seeded(seed),
            month: scenario.start,
            provinces: scenario
                .provinces
                .iter()
                .map(|p| ProvinceState {
                    control: p.control,
                    support: [p.support.republic, p.support.empire],
                    guerrilla: f64::from(p.guerrilla),
                    fort: f64::from(p.fortification),
                    siege_months: 0,
                    manpower: f64::from(p.population) * scenario.rules.economy.manpower_share,
                })
                .collect(),
            armies: Vec::new(),
            next_army_id: 1,
            leaders: scenario
                .leaders
                .iter()
                .map(|l| LeaderState {
                    side: l.side,
                    status: if l.offstage || l.arrives.is_some() {
                        LeaderStatus::Offstage
                    } else {
                        LeaderStatus::Active
                    },
                    loyalty: l.loyalty,
                })
                .collect(),
            tracks: vec![0.0; scenario.tracks.len()],
            flags: scenario.flags.iter().cloned().collect::<BTreeSet<String>>(),
            powers: scenario.powers.iter().map(|p| p.allied_with).collect(),
            treasury: [0.0; 2],
            unpaid: [false; 2],
            debt: 0.0,
            experience: [0.0; 2],
            polity: Polity::Intervention,
            fallen_from: None,
            emperor: None,
            policy: 0.0,
            repression: 0.0,
            france: FranceState::at_start(),
            month_francs: 0.0,
            fired: vec![None; scenario.events.len()],
            pending: Vec::new(),
            orders: [Vec::new(), Vec::new()],
            ready: [false; 2],
            outcome: None,
            lesson: None,
            maybe_spent: crate::sim::state::MaybeSpent(true),
            scenario,
        };
        for (i, t) in state.scenario.tracks.iter().enumerate() {
            state.tracks[i] = state.num(&t.initial).clamp(t.min, t.max);
        }
        state.france.start_will = state.required(crate::sim::turn::track::Required::FranceWill);
        state.treasury = [
            state.num(&state.scenario.rules.economy.treasury[0]),
            state.num(&state.scenario.rules.economy.treasury[1]),
        ];
        for a in state.scenario.armies.clone() {
            let troops = a
                .troops
                .iter()
                .map(|d| Detachment::new(d.contingent.idx(), d.strength))
                .collect();
            let leader = a.leader.as_ref().map(|l| l.idx());
            army::spawn_army(
                &mut state,
                crate::sim::names::ArmyName::Given(a.name.clone()),
                a.side,
                a.location.idx(),
                leader,
                troops,
            );
        }
        state
    }

    /// The province a command's id names, through the scenario's map of ids.
    fn province_by_id(&self, id: &str) -> Result<usize, RuleError> {
        self.province_index(id)
            .ok_or_else(|| unknown("province", id))
    }

    /// The contingent a command's id names, through the scenario's map of ids.
    fn contingent_by_id(&self, id: &str) -> Result<usize, RuleError> {
        self.contingent_index(id)
            .ok_or_else(|| unknown("contingent", id))
    }

    fn own_army(&self, side: Side, id: u32) -> Result<usize, RuleError> {
        let pos = self.army_pos(id).ok_or(RuleError::NoSuchArmy(id))?;
        if self.armies[pos].side != side {
            return Err(RuleError::NotYourArmy(id));
        }
        Ok(pos)
    }

    /// Whether the truce (if any) forbids attacks now.
    pub fn truce_holds(&self) -> bool {
        self.scenario
            .truce
            .as_ref()
            .is_some_and(|c| script::holds(self, c))
    }

    /// Checks a command without changing anything.
    pub fn check(&self, side: Side, cmd: &Command) -> Result<(), RuleError> {
        self.resolve(side, cmd).map(|_| ())
    }

    /// Checks a command and returns the indices its ids name, for [`GameState::apply`].
    fn resolve(&self, side: Side, cmd: &Command) -> Result<Resolved, RuleError> {
        if self.outcome.is_some() {
            return Err(RuleError::GameOver);
        }
        match cmd {
            Command::Move { army, to } => {
                let pos = self.own_army(side, *army)?;
                let to = self.province_by_id(to)?;
                self.check_reach(pos, to)?;
                if self.truce_holds() && self.has_men_in(side.enemy(), to) {
                    return Err(RuleError::Truce);
                }
                Ok(Resolved::new(pos, to))
            }
            Command::Siege { army, at } => {
                let pos = self.own_army(side, *army)?;
                let at = self.province_by_id(at)?;
                if at != self.armies[pos].location {
                    self.check_reach(pos, at)?;
                }
                if self.truce_holds() {
                    return Err(RuleError::Truce);
                }
                let fortress = self.provinces[at].fort > 0.0
                    && self.holder(at).side() == Some(side.enemy())
                    && self.has_men_in(side.enemy(), at);
                if !fortress {
                    return Err(RuleError::NothingToBesiege(at));
                }
                Ok(Resolved::new(pos, at))
            }
            Command::Disperse { army } => {
                let pos = self.own_army(side, *army)?;
                if side != Side::Republic {
                    return Err(RuleError::CannotDisperse);
                }
                Ok(Resolved::new(pos, 0))
            }
            Command::Recruit {
                province,
                contingent,
                men,
            } => {
                let p = self.province_by_id(province)?;
                let c = self.contingent_by_id(contingent)?;
                self.check_recruit(side, p, c, *men)?;
                Ok(Resolved {
                    province: p,
                    other: c,
                    ..Resolved::default()
                })
            }
            Command::CancelOrder { army } => {
                let pos = self.own_army(side, *army)?;
                Ok(Resolved::new(pos, 0))
            }
            Command::CancelRecruits { province } => {
                let p = self.province_by_id(province)?;
                Ok(Resolved::new(0, p))
            }
            Command::SetStance { army, stance } => {
                let pos = self.own_army(side, *army)?;
                if *stance == Stance::Besieging {
                    return Err(RuleError::BesiegeByOrder);
                }
                Ok(Resolved::new(pos, 0))
            }
            Command::Detach { army, men } => {
                let pos = self.own_army(side, *army)?;
                let has = self.armies[pos].strength();
                if *men == 0 || *men >= has {
                    return Err(RuleError::BadDetach { has, asked: *men });
                }
                Ok(Resolved::new(pos, 0))
            }
            Command::Merge { army, into } => {
                let a = self.own_army(side, *army)?;
                let b = self.own_army(side, *into)?;
                if a == b || self.armies[a].location != self.armies[b].location {
                    return Err(RuleError::NotTogether);
                }
                Ok(Resolved {
                    army: a,
                    other: b,
                    ..Resolved::default()
                })
            }
            Command::Assign { leader, army } => {
                let pos = self.own_army(side, *army)?;
                let l = self
                    .leader_index(leader)
                    .ok_or_else(|| RuleError::Unknown {
                        kind: "leader",
                        id: leader.clone(),
                    })?;
                let ls = &self.leaders[l];
                if ls.side != side || ls.status != LeaderStatus::Active {
                    return Err(RuleError::LeaderUnavailable(l));
                }
                // A leader already at the head of an army can only change to one beside it.
                if let Some(cur) = self.armies.iter().find(|a| a.leader == Some(l))
                    && cur.location != self.armies[pos].location
                {
                    return Err(RuleError::LeaderUnavailable(l));
                }
                Ok(Resolved {
                    army: pos,
                    other: l,
                    ..Resolved::default()
                })
            }
            Command::SetPolicy { value } => {
                if side != Side::Empire {
                    return Err(RuleError::EmpireOnly);
                }
                if self.polity != Polity::Empire {
                    return Err(RuleError::NoEmperor);
                }
                if !(-100.0..=100.0).contains(value) {
                    return Err(RuleError::OutOfRange {
                        what: "policy",
                        min: -100.0,
                        max: 100.0,
                    });
                }
                Ok(Resolved::default())
            }
            Command::SetRepression { level } => {
                if side != Side::Empire {
                    return Err(RuleError::EmpireOnly);
                }
                if *level > 3 {
                    return Err(RuleError::OutOfRange {
                        what: "repression",
                        min: 0.0,
                        max: 3.0,
                    });
                }
                Ok(Resolved::default())
            }
            Command::Choose { event, choice } => {
                self.find_choice(side, event, choice)?;
                Ok(Resolved::default())
            }
            Command::EndTurn => Ok(Resolved::default()),
        }
    }

    fn check_reach(&self, pos: usize, to: usize) -> Result<(), RuleError> {
        let army = &self.armies[pos];
        if !self.can_reach(army.side, army.location, to) {
            return Err(RuleError::NotReachable { army: army.id, to });
        }
        Ok(())
    }

    /// Most men a province can raise this month for a contingent, or why it cannot.
    pub fn recruit_limit(
        &self,
        side: Side,
        province: usize,
        contingent: usize,
    ) -> Result<u32, RuleError> {
        let c = &self.scenario.contingents[contingent];
        let Some(rec) = c.recruit.as_ref().filter(|_| c.side == side) else {
            return Err(RuleError::CannotRecruit(contingent));
        };
        let p = &self.provinces[province];
        if self.holder(province).side() != Some(side) || p.support[side.index()] < rec.min_support {
            return Err(RuleError::NoRecruitsHere {
                province,
                min_support: rec.min_support,
            });
        }
        let already: u32 = self.orders[side.index()]
            .iter()
            .filter_map(|o| match *o {
                Order::Recruit {
                    province: op, men, ..
                } if op == province => Some(men),
                _ => None,
            })
            .sum();
        let pool = p.manpower.max(0.0) as u32;
        Ok(rec.max_per_province.min(pool).saturating_sub(already))
    }

    /// What raising `men` of contingent `contingent` costs, in millions of pesos: the one rule
    /// that the orders' checks, the month's resolution, the AI and the window all use.
    pub fn recruit_cost(&self, contingent: usize, men: u32) -> f64 {
        self.scenario.contingents[contingent]
            .recruit
            .as_ref()
            .map_or(0.0, |r| r.cost_per_1000 * f64::from(men) / 1000.0)
    }

    /// Money a side can still commit this month: treasury plus credit, less recruits ordered.
    pub fn spendable(&self, side: Side) -> f64 {
        let ordered: f64 = self.orders[side.index()]
            .iter()
            .filter_map(|o| match *o {
                Order::Recruit {
                    contingent, men, ..
                } => Some(self.recruit_cost(contingent, men)),
                _ => None,
            })
            .sum();
        self.treasury[side.index()] - ordered
    }

    fn check_recruit(
        &self,
        side: Side,
        province: usize,
        contingent: usize,
        men: u32,
    ) -> Result<(), RuleError> {
        let max = self.recruit_limit(side, province, contingent)?;
        if men == 0 || men > max {
            return Err(RuleError::TooManyRecruits { province, max });
        }
        let cost = self.recruit_cost(contingent, men);
        let available = self.spendable(side);
        if cost > available {
            return Err(RuleError::CannotAfford {
                men,
                cost,
                available,
            });
        }
        Ok(())
    }

    fn find_choice(
        &self,
        side: Side,
        event: &str,
        choice: &str,
    ) -> Result<(usize, usize, usize), RuleError> {
        let not_pending = || RuleError::NoPendingChoice(event.to_string());
        let (slot, pending) = self
            .pending
            .iter()
            .enumerate()
            .find(|(_, p)| self.scenario.events[p.event].id == event)
            .ok_or_else(not_pending)?;
        let def = &self.scenario.events[pending.event];
        if def.chooser != Some(side) {
            return Err(not_pending());
        }
        let c = def
            .choices
            .iter()
            .position(|c| c.id == choice)
            .ok_or_else(|| RuleError::Unknown {
                kind: "choice",
                id: choice.to_string(),
            })?;
        Ok((slot, pending.event, c))
    }

    /// Checks and applies a command. Orders are stored for the month's resolution; other
    /// commands act at once. Returns what happened.
    pub fn apply(&mut self, side: Side, cmd: &Command) -> Result<Vec<Event>, RuleError> {
        let r = self.resolve(side, cmd)?;
        let mut events = Vec::new();
        let orders = &mut self.orders[side.index()];
        match cmd {
            Command::Move { army, .. } => {
                set_army_order(
                    orders,
                    *army,
                    Order::Move {
                        army: *army,
                        to: r.province,
                    },
                );
            }
            Command::Siege { army, .. } => {
                set_army_order(
                    orders,
                    *army,
                    Order::Siege {
                        army: *army,
                        at: r.province,
                    },
                );
            }
            Command::Disperse { army } => {
                set_army_order(orders, *army, Order::Disperse { army: *army });
            }
            Command::Recruit { men, .. } => {
                orders.push(Order::Recruit {
                    province: r.province,
                    contingent: r.other,
                    men: *men,
                });
            }
            Command::CancelOrder { army } => orders.retain(|o| o.army() != Some(*army)),
            Command::CancelRecruits { .. } => {
                orders.retain(
                    |o| !matches!(*o, Order::Recruit { province, .. } if province == r.province),
                );
            }
            Command::SetStance { stance, .. } => self.armies[r.army].stance = *stance,
            Command::Detach { men, .. } => {
                let taken = self.detach_men(r.army, *men);
                let source = &self.armies[r.army];
                let name = crate::sim::names::ArmyName::Detachment(Box::new(source.name.clone()));
                let location = source.location;
                army::remove_empty_armies(self, &mut events);
                let id = army::spawn_army(self, name, side, location, None, taken);
                if let Some(p) = self.army_pos(id) {
                    self.armies[p].stance = Stance::Garrison;
                }
            }
            Command::Merge { army, .. } => {
                let (a, b) = (r.army, r.other);
                self.merge_armies(a, b);
                // The abler of the two commanders leads the army they make (the other is free
                // for another command); no commander counts below any.
                let folded = self.armies[a].leader.take();
                let skill = |l: Option<usize>| l.map(|l| self.scenario.leaders[l].skill);
                if skill(folded) > skill(self.armies[b].leader) {
                    self.armies[b].leader = folded;
                }
                self.orders[side.index()].retain(|o| o.army() != Some(*army));
                army::remove_empty_armies(self, &mut events);
            }
            Command::Assign { .. } => {
                let l = r.other;
                army::unassign(self, l);
                self.armies[r.army].leader = Some(l);
            }
            Command::SetPolicy { value } => self.policy = *value,
            Command::SetRepression { level } => self.repression = f64::from(*level),
            Command::Choose { event, choice } => {
                let (slot, e, c) = self.find_choice(side, event, choice)?;
                self.pending.remove(slot);
                self.choose(side, e, c, &mut events);
            }
            Command::EndTurn => self.ready[side.index()] = true,
        }
        self.log_lesson(&events);
        Ok(events)
    }

    /// Applies a choice's effects.
    pub(crate) fn choose(
        &mut self,
        side: Side,
        event: usize,
        choice: usize,
        events: &mut Vec<Event>,
    ) {
        let scenario = std::sync::Arc::clone(&self.scenario);
        let effects = &scenario.events[event].choices[choice].effects;
        events.push(Event::ChoiceMade {
            event,
            choice,
            side,
        });
        for e in effects {
            script::apply(self, e, events);
        }
    }
}

/// What [`GameState::resolve`] found a command's ids to be: an army's position, a province, and
/// a contingent, leader or second army, as the command needs.
#[derive(Debug, Clone, Copy, Default)]
struct Resolved {
    army: usize,
    province: usize,
    other: usize,
}

impl Resolved {
    fn new(army: usize, province: usize) -> Resolved {
        Resolved {
            army,
            province,
            other: 0,
        }
    }
}

fn set_army_order(orders: &mut Vec<Order>, army: u32, order: Order) {
    // An army has at most one order, so finding it beats rewriting the list.
    if let Some(old) = orders.iter().position(|o| o.army() == Some(army)) {
        orders.remove(old);
    }
    orders.push(order);
}

/// The refusal of an id that names no `kind` of the scenario.
fn unknown(kind: &'static str, id: &str) -> RuleError {
    RuleError::Unknown {
        kind,
        id: id.to_string(),
    }
}
