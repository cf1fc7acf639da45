//! Resolving a month: orders, movement, battles and sieges, control, guerrillas, attrition,
//! the economy, leaders, the off-map tracks, events, France's withdrawal and victory.
use crate::sim::combat;
use crate::sim::event::*;
use crate::sim::rng;
use crate::sim::scenario::*;
use crate::sim::script;
use crate::sim::state::*;

/// Track ids the rules themselves read and move.
pub mod track {
    /// France's political will to stay.
    pub const FRANCE_WILL: &str = "france_will";
    /// Pressure from the United States.
    pub const US_PRESSURE: &str = "us_pressure";
    /// The European crisis (Prussia against Austria).
    pub const EUROPEAN_CRISIS: &str = "european_crisis";
    /// The Republic's legitimacy.
    pub const REPUBLIC_LEGITIMACY: &str = "republic_legitimacy";
    /// All of them.
    pub const REQUIRED: [&str; 4] = [
        FRANCE_WILL,
        US_PRESSURE,
        EUROPEAN_CRISIS,
        REPUBLIC_LEGITIMACY,
    ];

    /// One of the tracks the rules move themselves, by its place in [`REQUIRED`].
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum Required {
        /// [`FRANCE_WILL`].
        FranceWill,
        /// [`US_PRESSURE`].
        UsPressure,
        /// [`EUROPEAN_CRISIS`].
        EuropeanCrisis,
        /// [`REPUBLIC_LEGITIMACY`].
        RepublicLegitimacy,
    }

    impl Required {
        /// Its id.
        pub fn id(self) -> &'static str {
            REQUIRED[self as usize]
        }
    }
}

impl GameState {
    /// Resolves the current month with the orders given, then moves to the next month.
    /// Returns everything that happened, in order.
    pub fn resolve_month(&mut self) -> Vec<Event> {
        // A month typically tells a few dozen things; one allocation up front, not a dozen.
        let mut ev = Vec::with_capacity(64);
        self.resolve_month_into(&mut ev);
        ev
    }

    /// [`GameState::resolve_month`], adding what happened to `ev`.
    pub fn resolve_month_into(&mut self, ev: &mut Vec<Event>) {
        if self.outcome.is_some() {
            return;
        }
        ev.push(Event::MonthBegan { month: self.month });
        self.france.month_casualties = 0;
        self.france.month_victories = 0;
        self.settle_unanswered_choices(ev);
        let mut orders = std::mem::take(&mut self.orders);
        self.carry_out_orders(&orders, ev);
        let entered = self.move_armies(&orders, ev);
        // Carried out; the emptied lists go back for next month's orders, so that they are not
        // grown again from nothing.
        for list in &mut orders {
            list.clear();
        }
        self.orders = orders;
        // One table of who stands where: the battles and sieges keep it up to date as they
        // thin and move armies, so that control and the guerrillas read it without counting
        // every army again.
        let mut men = Vec::with_capacity(self.provinces.len());
        self.presence_into(&mut men);
        // The scenario never changes during a game: one shared handle for all the phases,
        // rather than one each (every copy of an `Arc` is an atomic operation).
        let scenario = std::sync::Arc::clone(&self.scenario);
        let scenario = &*scenario;
        self.fight_battles(scenario, &entered, &mut men, ev);
        self.press_sieges(scenario, &mut men, ev);
        debug_assert_eq!(men, self.presence(), "after the sieges");
        // Control changes nothing in the armies, so the guerrillas see the same table.
        self.update_control(scenario, &men, ev);
        self.guerrilla_war(scenario, &men, ev);
        self.attrition(scenario, ev);
        self.economy(scenario, ev);
        self.leaders_month(scenario, ev);
        self.move_tracks(&mut men, ev);
        self.fire_events(ev);
        self.france_month(scenario, ev);
        self.check_victory(ev);
        self.ready = [false; 2];
        if self.outcome.is_none() {
            self.month = self.month.plus(1);
        }
    }

    fn settle_unanswered_choices(&mut self, ev: &mut Vec<Event>) {
        let pending = std::mem::take(&mut self.pending);
        for p in pending {
            let def = &self.scenario.events[p.event];
            let side = def.chooser.unwrap_or(Side::Empire);
            let choice = best_choice(&def.choices);
            self.choose(side, p.event, choice, ev);
        }
    }

    fn carry_out_orders(&mut self, orders: &[Vec<Order>; 2], ev: &mut Vec<Event>) {
        for side in Side::BOTH {
            for order in &orders[side.index()] {
                match *order {
                    Order::Disperse { army } => {
                        let Some(pos) = self.army_pos(army) else {
                            continue;
                        };
                        let a = self.armies.remove(pos);
                        let men = a.strength();
                        // The chief stays with the bands, free to lead the next army.
                        self.provinces[a.location].guerrilla += f64::from(men);
                        ev.push(Event::Dispersed {
                            army,
                            province: a.location,
                            men,
                        });
                    }
                    Order::Recruit {
                        province,
                        contingent,
                        men,
                    } => {
                        if self.recruit_limit(side, province, contingent).is_err() {
                            continue;
                        }
                        let cost = self.scenario.contingents[contingent]
                            .recruit
                            .as_ref()
                            .map_or(0.0, |r| r.cost_per_1000 * f64::from(men) / 1000.0);
                        self.treasury[side.index()] -= cost;
                        self.provinces[province].manpower -= f64::from(men);
                        let army = self.reinforce_at(
                            side,
                            province,
                            contingent,
                            men,
                            crate::sim::names::ArmyName::Levies,
                        );
                        ev.push(Event::Recruited {
                            side,
                            province,
                            contingent,
                            men,
                            army,
                        });
                    }
                    Order::Move { .. } | Order::Siege { .. } => {}
                }
            }
        }
    }

    /// Adds men to the side's first field army in the province, or forms a new one. Returns
    /// its id. Arriving men never join a garrison (nor a siege line): a garrison holds its
    /// walls and never marches, so reinforcements and levies shut into it would be lost to the
    /// war; they form a new army instead, free to take the field.
    pub(crate) fn reinforce_at(
        &mut self,
        side: Side,
        province: usize,
        contingent: usize,
        men: u32,
        what: fn(usize) -> crate::sim::names::ArmyName,
    ) -> u32 {
        // Join an army that already has men of this contingent, so that foreign corps (which
        // may go home) and leaders' private armies (which may change sides) stay apart.
        if let Some(a) = self.armies.iter_mut().find(|a| {
            (a.side == side) & (a.location == province)
                && !matches!(a.stance, Stance::Besieging | Stance::Garrison)
                && a.troops.iter().any(|d| d.contingent == contingent)
        }) {
            if let Some(d) = a.troops.iter_mut().find(|d| d.contingent == contingent) {
                d.strength += men;
                a.men += men;
            }
            return a.id;
        }
        let name = what(province);
        script::spawn_army(
            self,
            name,
            side,
            province,
            None,
            vec![Detachment {
                contingent,
                strength: men,
            }],
        )
    }

    /// Moves armies; returns the ids of armies that entered a province this month.
    fn move_armies(&mut self, orders: &[Vec<Order>; 2], ev: &mut Vec<Event>) -> Vec<u32> {
        let truce = self.truce_holds();
        let mut entered = Vec::with_capacity(orders[0].len() + orders[1].len());
        for side in Side::BOTH {
            for order in &orders[side.index()] {
                let (army, to, siege) = match *order {
                    Order::Move { army, to } => (army, to, false),
                    Order::Siege { army, at } => (army, at, true),
                    _ => continue,
                };
                let Some(pos) = self.army_pos(army) else {
                    continue;
                };
                let from = self.armies[pos].location;
                if to != from {
                    let Some((_, by_sea)) = self.neighbours(side, from).find(|&(p, _)| p == to)
                    else {
                        continue;
                    };
                    if truce && self.has_men_in(side.enemy(), to) {
                        continue;
                    }
                    self.armies[pos].location = to;
                    entered.push(army);
                    ev.push(Event::ArmyMoved {
                        army,
                        side,
                        from,
                        to,
                        by_sea,
                    });
                }
                self.armies[pos].stance = if siege {
                    Stance::Besieging
                } else if self.armies[pos].stance == Stance::Besieging || to != from {
                    // Marching armies leave their walls and their siege lines behind.
                    match self.armies[pos].stance {
                        Stance::Evade => Stance::Evade,
                        _ => Stance::Field,
                    }
                } else {
                    self.armies[pos].stance
                };
            }
        }
        entered
    }

    /// The positions of the armies (of both sides) in province `p`, in army order, into `here`.
    fn armies_at(&self, p: usize, here: &mut Vec<usize>) {
        here.clear();
        here.extend((0..self.armies.len()).filter(|&i| self.armies[i].location == p));
    }

    /// Whether province `p`, where the armies at positions `here` stand, is under siege: one
    /// side all besieging, the other all in garrison behind walls.
    fn siege_sides(&self, p: usize, here: &[usize]) -> Option<(Side, Side)> {
        if self.provinces[p].fort <= 0.0 {
            return None;
        }
        for besieger in Side::BOTH {
            let (mut besiegers, mut garrisons, mut broken) = (0, 0, false);
            for a in here.iter().map(|&i| &self.armies[i]) {
                if a.side == besieger {
                    besiegers += 1;
                    broken |= a.stance != Stance::Besieging;
                } else {
                    garrisons += 1;
                    broken |= a.stance != Stance::Garrison;
                }
            }
            if besiegers > 0 && garrisons > 0 && !broken {
                return Some((besieger, besieger.enemy()));
            }
        }
        None
    }

    fn fight_battles(
        &mut self,
        scenario: &Scenario,
        entered: &[u32],
        men: &mut [[u32; 2]],
        ev: &mut Vec<Event>,
    ) {
        if self.truce_holds() {
            return;
        }
        // `men` comes in as who stands where and leaves as who stands where after the battles:
        // kept up to date with every army an evasion or a battle thins or moves, so that a
        // retreat looks for the enemy there rather than among all the armies. Where to fight is
        // decided on the table as the month's battles began.
        let at_start = men.to_vec();
        let present = men;
        // The armies standing in the province being fought over, listed once: nothing below
        // brings an army in, evading only takes armies out, and none is removed before the
        // battle is over, so the positions hold.
        // Sized once for the most armies a province could hold, rather than regrown.
        let mut here = Vec::with_capacity(self.armies.len());
        // Each side's armies still standing in the province, refilled province by province.
        let (mut attackers, mut defenders) = (Vec::with_capacity(8), Vec::with_capacity(8));
        for p in 0..self.provinces.len() {
            if at_start[p][0] == 0 || at_start[p][1] == 0 {
                continue;
            }
            self.armies_at(p, &mut here);
            if self.siege_sides(p, &here).is_some() {
                continue;
            }
            let arrived = |s: Side| {
                here.iter().any(|&i| {
                    let a = &self.armies[i];
                    a.side == s && entered.contains(&a.id)
                })
            };
            let attacker = match (arrived(Side::Republic), arrived(Side::Empire)) {
                (true, false) => Side::Republic,
                (false, true) => Side::Empire,
                _ => {
                    self.still_here(&here, Side::Republic, p, &mut attackers);
                    self.still_here(&here, Side::Empire, p, &mut defenders);
                    if combat::force(self, &attackers, false, p).power()
                        > combat::force(self, &defenders, false, p).power()
                    {
                        Side::Republic
                    } else {
                        Side::Empire
                    }
                }
            };
            self.evade(scenario, attacker.enemy(), p, &here, present, ev);
            debug_assert_eq!(*present, self.presence(), "after evading in {p}");
            self.still_here(&here, attacker.enemy(), p, &mut defenders);
            if defenders.iter().all(|&i| self.armies[i].strength() == 0) {
                continue;
            }
            self.still_here(&here, attacker, p, &mut attackers);
            self.battle(scenario, attacker, p, &attackers, &defenders, present, ev);
            debug_assert_eq!(*present, self.presence(), "after the battle in {p}");
        }
    }

    /// Those of the armies at positions `here` that are of `side` and still in `p`, into `out`.
    fn still_here(&self, here: &[usize], side: Side, p: usize, out: &mut Vec<usize>) {
        out.clear();
        out.extend(
            here.iter()
                .copied()
                .filter(|&i| (self.armies[i].side == side) & (self.armies[i].location == p)),
        );
    }

    /// Defending armies that avoid battle try to slip away.
    fn evade(
        &mut self,
        scenario: &Scenario,
        side: Side,
        p: usize,
        here: &[usize],
        present: &mut [[u32; 2]],
        ev: &mut Vec<Event>,
    ) {
        let rules = &scenario.rules.combat;
        // Evading moves armies but never removes one, so positions hold through the loop.
        for &pos in here {
            let a = &self.armies[pos];
            if (a.side != side) | (a.stance != Stance::Evade) {
                continue;
            }
            let id = a.id;
            let Some(to) = self.retreat_target(side, p, present) else {
                continue;
            };
            let skill = self.armies[pos]
                .leader
                .map_or(0.0, |l| f64::from(self.scenario.leaders[l].skill));
            if !rng::chance(&mut self.rng, rules.evade_chance + 0.05 * skill) {
                continue;
            }
            let before = self.armies[pos].strength();
            let lost = self.lose_share(pos, rules.evade_losses);
            self.armies[pos].location = to;
            present[p][side.index()] -= before;
            present[to][side.index()] += before - lost;
            ev.push(Event::Evaded {
                army: id,
                from: p,
                to,
                losses: lost,
            });
        }
    }

    /// Removes a share of an army's men; returns the men lost.
    fn lose_share(&mut self, pos: usize, share: f64) -> u32 {
        let mut lost = 0;
        let mut french = 0;
        let mut spent = false;
        for d in &mut self.armies[pos].troops {
            let n = combat::whole_men(f64::from(d.strength) * share).min(d.strength);
            d.strength -= n;
            spent |= d.strength == 0;
            lost += n;
            if self.scenario.contingents[d.contingent].paid_by == Payer::France {
                french += n;
            }
        }
        self.france.month_casualties += french;
        self.france.casualties += french;
        self.armies[pos].men -= lost;
        if spent {
            self.maybe_spent.mark(&mut self.armies[pos]);
        }
        lost
    }

    /// Where a beaten or evading army of `side` in `p` falls back: a land neighbour with no
    /// enemy army, its own side's first, then contested, then the enemy's.
    /// `present` is how many men of each side stand in each province now.
    fn retreat_target(&self, side: Side, p: usize, present: &[[u32; 2]]) -> Option<usize> {
        let land = self
            .scenario
            .graph
            .land
            .get(p)
            .map_or(&[][..], Vec::as_slice);
        let enemy = side.enemy();
        let occupied = |q: usize| {
            if q == p {
                // The fight here is not over: count the armies themselves.
                self.armies
                    .iter()
                    .any(|a| (a.side == enemy) & (a.location == q) && a.strength() > 0)
            } else {
                present[q][enemy.index()] > 0
            }
        };
        let mut best: Option<(u8, usize)> = None;
        for &q in land {
            let score = match self.holder(q).side() {
                Some(s) if s == side => 2,
                None => 1,
                Some(_) => 0,
            };
            // Ties go to the lowest index; only a better place is worth looking for the enemy.
            if best.is_none_or(|(s, b)| score > s || (score == s && q < b)) && !occupied(q) {
                best = Some((score, q));
            }
        }
        best.map(|(_, q)| q)
    }

    /// A battle in `p` between the armies at positions `att` (the attacker's) and `def`.
    fn battle(
        &mut self,
        scenario: &Scenario,
        attacker: Side,
        p: usize,
        att: &[usize],
        def: &[usize],
        present: &mut [[u32; 2]],
        ev: &mut Vec<Event>,
    ) {
        let rules = &scenario.rules.combat;
        let defender = attacker.enemy();
        let fa = combat::force(self, att, false, p);
        let fd = combat::force(self, def, true, p);
        let ua = rng::between(&mut self.rng, 1.0 - rules.luck, 1.0 + rules.luck);
        let ud = rng::between(&mut self.rng, 1.0 - rules.luck, 1.0 + rules.luck);
        let pa = fa.power() * ua;
        let pd = fd.power() * ud;
        let winner = if pa > pd { attacker } else { defender };
        let loser = winner.enemy();
        let ratio = if winner == attacker {
            pa / pd.max(1e-9)
        } else {
            pd / pa.max(1e-9)
        };
        let (win_share, lose_share) =
            combat::loss_shares(ratio, rules.winner_losses, rules.loser_losses);
        let french_present = |s: &Self, idx: &[usize]| {
            idx.iter().any(|&i| {
                s.armies[i]
                    .troops
                    .iter()
                    .any(|d| s.scenario.contingents[d.contingent].paid_by == Payer::France)
            })
        };
        let french_fought = french_present(self, if attacker == Side::Empire { att } else { def });
        let (win_idx, lose_idx) = if winner == attacker {
            (att, def)
        } else {
            (def, att)
        };
        let mut losses = [0u32; 2];
        let wi = if winner == attacker { 0 } else { 1 };
        for &i in win_idx {
            losses[wi] += self.lose_share(i, win_share);
        }
        for &i in lose_idx {
            losses[1 - wi] += self.lose_share(i, lose_share);
        }
        present[p][winner.index()] -= losses[wi];
        present[p][loser.index()] -= losses[1 - wi];
        let retreat = self.retreat_target(loser, p, present);
        let captured = ratio >= rules.capture_ratio || retreat.is_none();
        let mut prisoners = 0;
        // Losses, capture and retreat remove no army (the empty are cleared at the end), so
        // the losers' positions hold through the loop.
        for &pos in lose_idx {
            let leader = self.armies[pos].leader;
            if captured {
                let men = self.armies[pos].strength();
                prisoners += men;
                present[p][loser.index()] -= self.lose_share(pos, 1.0);
                if let Some(l) = leader {
                    script::leader_leaves(self, l, LeaderFate::Captured, ev);
                }
            } else {
                if let Some(to) = retreat {
                    let men = self.armies[pos].strength();
                    present[p][loser.index()] -= men;
                    present[to][loser.index()] += men;
                    self.armies[pos].location = to;
                    self.armies[pos].stance = match self.armies[pos].stance {
                        Stance::Evade => Stance::Evade,
                        _ => Stance::Field,
                    };
                }
                if let Some(l) = leader
                    && rng::chance(&mut self.rng, rules.leader_loss_chance)
                {
                    script::leader_leaves(self, l, LeaderFate::Died, ev);
                }
            }
        }
        let w = winner.index();
        self.experience[w] = (self.experience[w]
            + rules.experience_per_victory
            + rules.arms_captured * f64::from(prisoners) / 1000.0)
            .min(rules.experience_cap);
        if french_fought {
            self.france.month_victories += if winner == Side::Empire { 1 } else { -1 };
            if winner == Side::Republic {
                self.france.honour_troops += self.scenario.rules.france.honour_troops;
            }
        }
        ev.push(Event::Battle {
            province: p,
            attacker,
            men: [fa.men, fd.men],
            power: [pa, pd],
            winner,
            losses,
            prisoners,
            retreat: if captured { None } else { retreat },
        });
        script::remove_empty_armies(self, ev);
    }

    /// Sieges wear down the walls and the garrisons. `men`, who stands where, is kept up to
    /// date with the garrisons' losses.
    fn press_sieges(&mut self, scenario: &Scenario, men: &mut [[u32; 2]], ev: &mut Vec<Event>) {
        let rules = &scenario.rules.combat;
        let mut besieging = vec![false; self.provinces.len()];
        for a in self.armies.iter().filter(|a| a.stance == Stance::Besieging) {
            besieging[a.location] = true;
        }
        let mut here = Vec::with_capacity(self.armies.len());
        let mut garrison_armies = Vec::with_capacity(8);
        for p in 0..self.provinces.len() {
            let contested = men[p][0] > 0 && men[p][1] > 0;
            let sides = if contested {
                self.armies_at(p, &mut here);
                self.siege_sides(p, &here)
            } else {
                None
            };
            let Some((besieger, garrison)) = sides else {
                if self.provinces[p].siege_months == 0
                    && self.provinces[p].fort >= f64::from(self.scenario.provinces[p].fortification)
                    && !besieging[p]
                {
                    continue;
                }
                self.provinces[p].siege_months = 0;
                let base = f64::from(self.scenario.provinces[p].fortification);
                self.provinces[p].fort = (self.provinces[p].fort + 0.1).min(base);
                // Walls mend for years after a siege; only a broken siege line has lines to lift.
                if besieging[p] {
                    for a in &mut self.armies {
                        if a.location == p && a.stance == Stance::Besieging {
                            a.stance = Stance::Field;
                        }
                    }
                }
                continue;
            };
            let besiegers = f64::from(men[p][besieger.index()]);
            let prov = &mut self.provinces[p];
            prov.siege_months += 1;
            prov.fort = (prov.fort - rules.siege_per_10000 * besiegers / 10_000.0).max(0.0);
            let fort = prov.fort;
            // Losses and surrender remove no army before the siege is done with, so the
            // garrison's positions hold.
            self.still_here(&here, garrison, p, &mut garrison_armies);
            for &pos in &garrison_armies {
                men[p][garrison.index()] -= self.lose_share(pos, rules.siege_attrition);
            }
            if fort <= 0.0 {
                let mut prisoners = 0;
                for &pos in &garrison_armies {
                    prisoners += self.armies[pos].strength();
                    let leader = self.armies[pos].leader;
                    men[p][garrison.index()] -= self.lose_share(pos, 1.0);
                    if let Some(l) = leader {
                        script::leader_leaves(self, l, LeaderFate::Captured, ev);
                    }
                }
                let w = besieger.index();
                self.experience[w] = (self.experience[w]
                    + rules.experience_per_victory
                    + rules.arms_captured * f64::from(prisoners) / 1000.0)
                    .min(rules.experience_cap);
                ev.push(Event::Surrendered {
                    province: p,
                    side: garrison,
                    prisoners,
                });
            } else {
                ev.push(Event::SiegeProgress { province: p, fort });
            }
            script::remove_empty_armies(self, ev);
        }
    }

    fn update_control(&mut self, scenario: &Scenario, men: &[[u32; 2]], ev: &mut Vec<Event>) {
        let rules = &scenario.rules.control;
        for p in 0..self.provinces.len() {
            let before = self.holder(p);
            let r = men[p][Side::Republic.index()];
            let e = men[p][Side::Empire.index()];
            let guerrilla = self.provinces[p].guerrilla;
            let mut cause = ControlCause::Drift;
            let c = self.provinces[p].control;
            // A large enough army seizes a province at once; any garrison, however small,
            // holds it against drift, but guerrillas wear down an Imperial one. Where the bands
            // outnumber it, an Imperial army holds the towns, not the country: it seizes
            // nothing and the bands wear it down (docs/history/war.md §1: cities fall easily, the
            // countryside does not; Chihuahua taken, given up and taken again).
            let seizes = e >= rules.min_occupier && f64::from(e) > guerrilla;
            let new = if r > 0 && e > 0 {
                c
            } else if e > 0 {
                if seizes {
                    cause = ControlCause::Occupation;
                }
                let seized = if seizes { c.max(rules.occupation) } else { c };
                seized + rules.garrison_push * f64::from(e) / 1000.0
                    - rules.guerrilla_push * guerrilla / 1000.0
            } else if r > 0 {
                if r >= rules.min_occupier {
                    cause = ControlCause::Occupation;
                }
                let seized = if r >= rules.min_occupier {
                    c.min(-rules.occupation)
                } else {
                    c
                };
                seized - rules.garrison_push * f64::from(r) / 1000.0
            } else {
                let drift = match self.scenario.provinces[p].leaning {
                    Leaning::Liberal => rules.drift_liberal,
                    Leaning::Mixed => rules.drift_mixed,
                    Leaning::Conservative => rules.drift_conservative,
                };
                c + drift - rules.guerrilla_push * guerrilla / 1000.0
            };
            self.provinces[p].control = new.clamp(-100.0, 100.0);
            if let Some(side) = self.holder(p).side() {
                script::shift_support(self, p, side, rules.support_shift);
            }
            let after = self.holder(p);
            if after != before {
                ev.push(Event::ControlChanged {
                    province: p,
                    from: before,
                    to: after,
                    cause,
                });
            }
        }
    }

    fn guerrilla_war(&mut self, scenario: &Scenario, men: &[[u32; 2]], ev: &mut Vec<Event>) {
        let rules = &scenario.rules.guerrilla;
        let coalesce_contingent = rules.contingent.idx();
        // Three passes: the bands grow and each province's raid is worked out; the raids fall
        // on the Empire's armies, in one pass down the list of armies (each army is in one
        // province, so the order they are hit in changes nothing); then the news, province by
        // province, and the bands that gather into armies.
        let mut raids: Vec<Raid> = Vec::with_capacity(self.provinces.len());
        for p in 0..self.provinces.len() {
            let def = &self.scenario.provinces[p];
            let terrain = self.scenario.terrains[def.terrain.idx()].guerrilla;
            let thousands = f64::from(def.population) / 1000.0;
            let support = self.provinces[p].support[Side::Republic.index()] / 100.0;
            let holder = self.holder(p);
            let mut g = self.provinces[p].guerrilla;
            if holder != Holder::Republic {
                let growth = rules.growth_per_1000
                    * thousands
                    * support
                    * terrain
                    * (1.0 + self.repression * rules.repression_growth);
                let cap = rules.cap_per_1000 * thousands * support;
                if g < cap {
                    g = (g + growth).min(cap);
                }
            }
            let garrison = men[p][Side::Empire.index()];
            let mut raid = Raid {
                share: None,
                guerrillas_lost: 0.0,
                garrison_lost: 0,
            };
            if garrison > 0 && g >= 1.0 {
                let hit = (rules.counter_rate * f64::from(garrison) / 1000.0
                    * (1.0 + self.repression * rules.repression_suppression)
                    / terrain)
                    .min(rules.battle_loss_cap);
                raid.guerrillas_lost = g * hit;
                raid.share = Some((rules.raid_rate * g / 1000.0 * terrain).min(0.2));
            }
            self.provinces[p].guerrilla = g;
            raids.push(raid);
        }
        for pos in 0..self.armies.len() {
            let a = &self.armies[pos];
            if a.side != Side::Empire {
                continue;
            }
            let p = a.location;
            if let Some(share) = raids[p].share {
                raids[p].garrison_lost += self.lose_share(pos, share);
            }
        }
        for (p, raid) in raids.iter().enumerate() {
            let thousands = f64::from(self.scenario.provinces[p].population) / 1000.0;
            let mut g = self.provinces[p].guerrilla;
            if raid.share.is_some() {
                let g_lost = raid.guerrillas_lost;
                g -= g_lost;
                if g_lost >= 1.0 || raid.garrison_lost > 0 {
                    ev.push(Event::GuerrillaWar {
                        province: p,
                        guerrillas_lost: combat::whole_men(g_lost),
                        garrison_lost: raid.garrison_lost,
                    });
                }
            }
            let regrowth = self.scenario.rules.economy.manpower_regrowth;
            let ceiling = self.scenario.rules.economy.manpower_share * 1000.0 * thousands;
            let pool = &mut self.provinces[p].manpower;
            *pool = (*pool + regrowth * 1000.0 * thousands).min(ceiling);
            // Bands gather into an army wherever no Imperial soldier stands, in the Empire's
            // country as in the Republic's: the Republic fought on with dispersed regional
            // forces and rebuilt its armies far from the French columns (docs/history/war.md §2, §8).
            let garrison = men[p][Side::Empire.index()];
            if garrison == 0 && g >= rules.coalesce_at {
                let men = combat::whole_men(g * rules.coalesce_share);
                g -= f64::from(men);
                let army = self.reinforce_at(
                    Side::Republic,
                    p,
                    coalesce_contingent,
                    men,
                    crate::sim::names::ArmyName::Army,
                );
                ev.push(Event::Recruited {
                    side: Side::Republic,
                    province: p,
                    contingent: coalesce_contingent,
                    men,
                    army,
                });
            }
            self.provinces[p].guerrilla = g.max(0.0);
        }
        script::remove_empty_armies(self, ev);
    }

    fn attrition(&mut self, scenario: &Scenario, ev: &mut Vec<Event>) {
        let rules = &scenario.rules.attrition;
        let rainy = self.month.is_rainy_season();
        for pos in 0..self.armies.len() {
            let a = &self.armies[pos];
            let p = a.location;
            let side = a.side;
            let fever = rainy && self.scenario.provinces[p].fever_coast;
            let cut_off = self.holder(p).side() == Some(side.enemy())
                && !self
                    .neighbours(side, p)
                    .any(|(q, _)| self.holder(q).side() == Some(side));
            if !fever && !cut_off {
                continue;
            }
            for k in 0..self.armies[pos].troops.len() {
                let d = &self.armies[pos].troops[k];
                let c = d.contingent;
                let fever_hits = fever && self.scenario.contingents[c].fever;
                let losses = [
                    (fever_hits, AttritionCause::Fever, rules.fever),
                    (cut_off, AttritionCause::Supply, rules.out_of_supply),
                ];
                for (cause, share) in losses
                    .into_iter()
                    .filter(|&(hits, _, _)| hits)
                    .map(|(_, cause, share)| (cause, share))
                {
                    let d = &mut self.armies[pos].troops[k];
                    let n = combat::whole_men(f64::from(d.strength) * share).min(d.strength);
                    if n == 0 {
                        continue;
                    }
                    d.strength -= n;
                    let emptied = d.strength == 0;
                    self.armies[pos].men -= n;
                    if emptied {
                        self.maybe_spent.mark(&mut self.armies[pos]);
                    }
                    if self.scenario.contingents[c].paid_by == Payer::France {
                        self.france.month_casualties += n;
                        self.france.casualties += n;
                    }
                    ev.push(Event::Attrition {
                        side,
                        contingent: c,
                        men: n,
                        cause,
                    });
                }
            }
        }
        script::remove_empty_armies(self, ev);
    }

    fn economy(&mut self, scenario: &Scenario, ev: &mut Vec<Event>) {
        let rules = &scenario.rules.economy;
        let us_at_war = self.flags.contains(&self.scenario.rules.us.civil_war_flag);
        let us_supply_per_pressure = self.scenario.rules.us.supply_per_pressure;
        let francs_per_peso = self.scenario.rules.france.francs_per_peso;
        let mut customs = [0.0; 2];
        let mut silver = [0.0; 2];
        let mut taxes = [0.0; 2];
        for p in 0..self.provinces.len() {
            let def = &self.scenario.provinces[p];
            let c = self.provinces[p].control;
            let (side, yield_share) = match self.holder(p) {
                Holder::Republic => (Side::Republic, 1.0),
                Holder::Empire => (Side::Empire, 1.0),
                Holder::Contested if c < 0.0 => (Side::Republic, rules.contested_yield),
                Holder::Contested => (Side::Empire, rules.contested_yield),
            };
            let disruption = if side == Side::Empire {
                1.0 - (rules.guerrilla_disruption * self.provinces[p].guerrilla / 1000.0).min(0.8)
            } else {
                1.0
            };
            let k = yield_share * disruption;
            let s = side.index();
            customs[s] += def.customs / 12.0 * k;
            silver[s] += def.silver / 12.0 * k;
            taxes[s] += rules.tax_per_million * f64::from(def.population) / 1e6 * k;
        }
        if self.debt >= rules.debt_pledge_at {
            customs[Side::Empire.index()] *= 1.0 - rules.customs_pledge;
        }
        let mut aid = [0.0; 2];
        if matches!(self.polity, Polity::Regency | Polity::Empire)
            && self.france.status == FranceStatus::Committed
        {
            aid[Side::Empire.index()] += rules.french_loan;
            self.debt += rules.french_loan;
        }
        self.debt *= 1.0 + rules.debt_interest;
        if !us_at_war {
            let border_held = (0..self.provinces.len())
                .filter(|&p| {
                    self.scenario.provinces[p].us_border && self.holder(p) != Holder::Empire
                })
                .count() as f64;
            aid[Side::Republic.index()] +=
                us_supply_per_pressure * self.required(track::Required::UsPressure) * border_held;
        }
        let mut upkeep = [0.0; 2];
        let mut francs = 0.0;
        for a in &self.armies {
            for d in &a.troops {
                let c = &self.scenario.contingents[d.contingent];
                let cost = c.upkeep * f64::from(d.strength) / 1000.0;
                match c.paid_by {
                    Payer::Treasury => upkeep[c.side.index()] += cost,
                    Payer::France => francs += cost * francs_per_peso,
                    Payer::Foreign => {}
                }
            }
        }
        self.france.spent_francs += francs;
        self.month_francs = francs;
        for side in Side::BOTH {
            let s = side.index();
            let t = self.treasury[s] + customs[s] + silver[s] + taxes[s] + aid[s] - upkeep[s];
            self.unpaid[s] = t < -rules.credit[s];
            self.treasury[s] = t.max(-rules.credit[s]);
            ev.push(Event::Accounts {
                side,
                customs: customs[s],
                silver: silver[s],
                taxes: taxes[s],
                aid: aid[s],
                upkeep: upkeep[s],
                treasury: self.treasury[s],
            });
            if self.unpaid[s] {
                for ci in 0..self.scenario.contingents.len() {
                    let c = &self.scenario.contingents[ci];
                    if c.side != side || c.paid_by != Payer::Treasury || c.desertion_unpaid <= 0.0 {
                        continue;
                    }
                    let share = c.desertion_unpaid;
                    let mut men = 0;
                    for a in &mut self.armies {
                        let mut spent = false;
                        for d in &mut a.troops {
                            if d.contingent == ci {
                                let n = combat::whole_men(f64::from(d.strength) * share)
                                    .min(d.strength);
                                d.strength -= n;
                                spent |= d.strength == 0;
                                a.men -= n;
                                men += n;
                            }
                        }
                        if spent {
                            self.maybe_spent.mark(a);
                        }
                    }
                    if men > 0 {
                        ev.push(Event::Attrition {
                            side,
                            contingent: ci,
                            men,
                            cause: AttritionCause::Desertion,
                        });
                    }
                }
            }
        }
        script::remove_empty_armies(self, ev);
    }

    fn leaders_month(&mut self, scenario: &Scenario, ev: &mut Vec<Event>) {
        let politics = &scenario.rules.politics;
        let (republic, _, empire) = self.holder_counts();
        let held = [republic, empire];
        for l in 0..self.leaders.len() {
            let def = &self.scenario.leaders[l];
            if self.leaders[l].status == LeaderStatus::Offstage
                && !def.offstage
                && def
                    .arrives
                    .as_ref()
                    .is_some_and(|m| self.month >= self.month_of(m))
            {
                self.leaders[l].status = LeaderStatus::Active;
                ev.push(Event::Leader {
                    leader: l,
                    fate: LeaderFate::Arrived,
                });
            }
            let def = &self.scenario.leaders[l];
            if let Some(m) = &def.natural_death
                && self.month >= self.month_of(m)
                && matches!(
                    self.leaders[l].status,
                    LeaderStatus::Active | LeaderStatus::Captured
                )
            {
                script::leader_leaves(self, l, LeaderFate::Died, ev);
                continue;
            }
            if self.leaders[l].status != LeaderStatus::Active {
                continue;
            }
            let def = &self.scenario.leaders[l];
            let side = self.leaders[l].side;
            let mut delta = 0.0;
            if def.conservative
                && side == Side::Empire
                && self.polity == Polity::Empire
                && self.policy > 0.0
            {
                delta -= politics.liberal_loyalty_loss * self.policy / 100.0;
            }
            let Some(w) = def.wavering.clone() else {
                let ls = &mut self.leaders[l];
                ls.loyalty = (ls.loyalty + delta).clamp(0.0, 100.0);
                continue;
            };
            let losing = held[side.index()] < held[side.enemy().index()];
            let unpaid = self.unpaid[side.index()];
            if losing {
                delta -= w.losing_drain;
            }
            if unpaid {
                delta -= w.unpaid_drain;
            }
            if !losing && !unpaid {
                delta += w.recovery;
            }
            let ls = &mut self.leaders[l];
            ls.loyalty = (ls.loyalty + delta).clamp(0.0, 100.0);
            if ls.loyalty <= w.threshold {
                let fate = match w.then {
                    Disloyalty::Defect => LeaderFate::Defected,
                    Disloyalty::Neutral => LeaderFate::WentNeutral,
                };
                script::leader_leaves(self, l, fate, ev);
            }
        }
    }

    fn move_tracks(&mut self, men: &mut Vec<[u32; 2]>, ev: &mut Vec<Event>) {
        // Only the plain numeric parts of the rules are copied: no strings, no allocation.
        let r = RulesView {
            france: FranceNumbers::of(&self.scenario.rules.france),
            politics: self.scenario.rules.politics.clone(),
            us_growth_during_war: self.scenario.rules.us.growth_during_war,
            us_growth_after_war: self.scenario.rules.us.growth_after_war,
            us_per_repression: self.scenario.rules.us.per_repression,
            us_arms_per_pressure: self.scenario.rules.us.arms_per_pressure,
            europe_decay: self.scenario.rules.europe.decay,
            experience_cap: self.scenario.rules.combat.experience_cap,
            repression_backlash: self.scenario.rules.guerrilla.repression_backlash,
        };
        let civil_war = self.flags.contains(&self.scenario.rules.us.civil_war_flag);
        let idx = |s: &Self, t| s.required_track(t).unwrap_or(usize::MAX);
        let will = idx(self, track::Required::FranceWill);
        let us = idx(self, track::Required::UsPressure);
        let crisis = idx(self, track::Required::EuropeanCrisis);
        let legit = idx(self, track::Required::RepublicLegitimacy);
        let us_value = self.tracks[us];
        let crisis_value = self.tracks[crisis];
        let clerical = if self.polity == Polity::Empire {
            (-self.policy / 100.0).max(0.0)
        } else {
            0.0
        };
        let liberal = if self.polity == Polity::Empire {
            (self.policy / 100.0).max(0.0)
        } else {
            0.0
        };
        let empire_stands = matches!(self.polity, Polity::Regency | Polity::Empire);

        let cause = |name: &'static str, amount: f64| Cause {
            cause: name.into(),
            amount,
        };
        if self.france.status != FranceStatus::Gone {
            let f = &r.france;
            self.change_track(
                will,
                &[
                    cause("spending", -f.will_per_million * self.month_francs),
                    cause(
                        "casualties",
                        -f.will_per_1000_casualties * f64::from(self.france.month_casualties)
                            / 1000.0,
                    ),
                    cause("time", -f.will_per_month),
                    cause("us_pressure", -f.will_per_us_pressure * us_value),
                    cause("european_crisis", -f.will_per_crisis * crisis_value),
                    cause(
                        "battles",
                        f.will_per_victory * f64::from(self.france.month_victories),
                    ),
                    cause(
                        "clerical_policy",
                        -r.politics.clerical_france_loss * clerical,
                    ),
                ],
                ev,
            );
        }
        let growth = if civil_war {
            if empire_stands {
                r.us_growth_during_war
            } else {
                0.0
            }
        } else if empire_stands || self.france.status != FranceStatus::Gone {
            r.us_growth_after_war
        } else {
            0.0
        };
        self.change_track(
            us,
            &[
                cause(
                    if civil_war {
                        "non_recognition"
                    } else {
                        "us_after_civil_war"
                    },
                    growth,
                ),
                cause("repression", r.us_per_repression * self.repression),
                cause(
                    "clerical_policy",
                    r.politics.clerical_us_pressure * clerical,
                ),
            ],
            ev,
        );
        self.change_track(crisis, &[cause("decay", -r.europe_decay)], ev);
        let head_free =
            self.leaders[self.scenario.republic_head.idx()].status == LeaderStatus::Active;
        let missing = r
            .politics
            .legitimacy_floor
            .saturating_sub(self.provinces_held(Side::Republic));
        self.change_track(
            legit,
            &[
                if head_free {
                    cause("head_of_state_free", r.politics.legitimacy_free)
                } else {
                    cause("head_of_state_lost", -r.politics.legitimacy_lost)
                },
                cause(
                    "territory",
                    -r.politics.legitimacy_per_missing_province * f64::from(missing),
                ),
            ],
            ev,
        );
        // Arms across the border and captured rifles make the Republic's armies better.
        if !civil_war {
            let e = &mut self.experience[Side::Republic.index()];
            *e = (*e + r.us_arms_per_pressure * us_value / 100.0).min(r.experience_cap);
        }
        // Maximilian's liberalism costs him the conservatives; repression makes martyrs.
        self.presence_into(men);
        for p in 0..self.provinces.len() {
            if liberal > 0.0 {
                let points = match self.scenario.provinces[p].leaning {
                    Leaning::Conservative | Leaning::Mixed => {
                        -r.politics.liberal_conservative_loss * liberal
                    }
                    Leaning::Liberal => r.politics.liberal_support_gain * liberal,
                };
                script::shift_support(self, p, Side::Empire, points);
            }
            if self.repression > 0.0 && men[p][Side::Empire.index()] > 0 {
                let points = r.repression_backlash * self.repression;
                script::shift_support(self, p, Side::Republic, points);
            }
        }
    }

    /// Moves track `t` by the sum of the causes that move it at all, and tells of the change
    /// with those causes, largest first.
    fn change_track(&mut self, t: usize, causes: &[Cause], ev: &mut Vec<Event>) {
        let moving = || causes.iter().filter(|c| c.amount != 0.0);
        if moving().next().is_none() {
            return;
        }
        let from = self.tracks[t];
        let total: f64 = moving().map(|c| c.amount).sum();
        script::add_track(self, t, total);
        let to = self.tracks[t];
        if to != from {
            let mut causes: Vec<Cause> = moving().cloned().collect();
            causes.sort_by(|a, b| b.amount.abs().total_cmp(&a.amount.abs()));
            ev.push(Event::TrackChanged {
                track: t,
                from,
                to,
                causes,
            });
        }
    }

    fn fire_events(&mut self, ev: &mut Vec<Event>) {
        for i in 0..self.scenario.events.len() {
            let def = &self.scenario.events[i];
            if (def.once && self.fired[i].is_some()) || self.pending.iter().any(|p| p.event == i) {
                continue;
            }
            if !script::holds(self, &def.when) {
                continue;
            }
            let chance = def.chance;
            if !rng::chance(&mut self.rng, chance) {
                continue;
            }
            self.fired[i] = Some(self.month);
            let scenario = std::sync::Arc::clone(&self.scenario);
            let def = &scenario.events[i];
            let effects = &def.effects;
            let has_choices = !def.choices.is_empty();
            let chooser = def.chooser;
            ev.push(Event::EventFired {
                event: i,
                awaiting_choice: has_choices && chooser.is_some(),
            });
            for e in effects {
                script::apply(self, e, ev);
            }
            // Validation guarantees a chooser wherever there are choices.
            if has_choices && chooser.is_some() {
                self.pending.push(PendingChoice {
                    event: i,
                    since: self.month,
                });
            }
        }
    }

    fn france_month(&mut self, scenario: &Scenario, ev: &mut Vec<Event>) {
        let f = &scenario.rules.france;
        let will = self.required(track::Required::FranceWill);
        let french = (0..scenario.contingents.len())
            .filter(|&c| scenario.contingents[c].paid_by == Payer::France);
        if self.france.status == FranceStatus::Committed && will <= f.withdrawal_threshold {
            self.france.status = FranceStatus::Withdrawing;
            self.france.announced = Some(self.month);
            ev.push(Event::FranceChanged {
                status: FranceStatus::Withdrawing,
                will,
            });
        }
        match self.france.status {
            FranceStatus::Withdrawing => {
                // The schedule's clock: a month per month, and faster while Europe is in crisis.
                if self.france.announced.is_some_and(|m| m != self.month) {
                    let crisis = self.required(track::Required::EuropeanCrisis);
                    self.france.schedule_clock +=
                        1.0 + f.withdrawal_haste_per_crisis * crisis / 100.0;
                }
                let since = self.france.schedule_clock.max(0.0).floor() as u32;
                while let Some(&(after, share)) =
                    f.withdrawal_schedule.get(self.france.withdrawal_step)
                {
                    if since < after {
                        break;
                    }
                    for c in french.clone() {
                        let men = script::remove_contingent_share(self, c, share, ev);
                        if men > 0 {
                            ev.push(Event::Withdrawn { contingent: c, men });
                        }
                    }
                    self.france.withdrawal_step += 1;
                }
                let left: u32 = french.clone().map(|c| self.contingent_strength(c)).sum();
                if self.france.withdrawal_step >= f.withdrawal_schedule.len() || left == 0 {
                    for c in french {
                        script::remove_contingent_share(self, c, 1.0, ev);
                    }
                    self.france.status = FranceStatus::Gone;
                    self.france.gone = Some(self.month);
                    ev.push(Event::FranceChanged {
                        status: FranceStatus::Gone,
                        will,
                    });
                }
            }
            FranceStatus::Committed => {
                if f.reinforce_when
                    .as_ref()
                    .is_some_and(|c| !script::holds(self, c))
                {
                    return;
                }
                let c = f.contingent.idx();
                let ceiling = ((f.troops_per_will * will) as u32 + self.france.honour_troops)
                    .min(f.max_troops);
                let have = self.contingent_strength(c);
                let landing = f.landing.idx();
                if have < ceiling
                    && self.holder(landing).side() != Some(Side::Republic)
                    && !self.has_men_in(Side::Republic, landing)
                {
                    let men = (ceiling - have).min(f.reinforcement_per_month);
                    self.reinforce_at(
                        Side::Empire,
                        landing,
                        c,
                        men,
                        crate::sim::names::ArmyName::Reinforcements,
                    );
                    ev.push(Event::Reinforced {
                        side: Side::Empire,
                        contingent: c,
                        men,
                        province: landing,
                    });
                }
            }
            FranceStatus::Gone => {}
        }
    }

    fn check_victory(&mut self, ev: &mut Vec<Event>) {
        let found = self
            .scenario
            .victory
            .iter()
            .find(|v| script::holds(self, &v.when))
            .map(|v| Outcome {
                winner: v.winner,
                rule: v.id.clone(),
                text: v.text.clone(),
                month: self.month,
            });
        let outcome = found.or_else(|| {
            (self.month >= self.scenario.end).then(|| Outcome {
                winner: None,
                rule: "end_of_scenario".into(),
                // The chronicle says "undecided" in the player's language; no scenario text.
                text: String::new(),
                month: self.month,
            })
        });
        if let Some(outcome) = outcome {
            if outcome.winner == Some(Side::Republic) && self.polity != Polity::Fallen {
                self.polity = Polity::Fallen;
                ev.push(Event::PolityChanged {
                    polity: Polity::Fallen,
                });
            }
            ev.push(Event::GameOver {
                outcome: outcome.clone(),
            });
            self.outcome = Some(outcome);
        }
    }
}

/// The numbers of the rules the monthly tracks need, copied without their strings.
struct RulesView {
    france: FranceNumbers,
    politics: PoliticsRules,
    us_growth_during_war: f64,
    us_growth_after_war: f64,
    us_per_repression: f64,
    us_arms_per_pressure: f64,
    europe_decay: f64,
    experience_cap: f64,
    repression_backlash: f64,
}

/// France's numeric rules.
struct FranceNumbers {
    will_per_million: f64,
    will_per_1000_casualties: f64,
    will_per_month: f64,
    will_per_us_pressure: f64,
    will_per_crisis: f64,
    will_per_victory: f64,
}

impl FranceNumbers {
    fn of(f: &FranceRules) -> FranceNumbers {
        FranceNumbers {
            will_per_million: f.will_per_million,
            will_per_1000_casualties: f.will_per_1000_casualties,
            will_per_month: f.will_per_month,
            will_per_us_pressure: f.will_per_us_pressure,
            will_per_crisis: f.will_per_crisis,
            will_per_victory: f.will_per_victory,
        }
    }
}

/// The choice the AI prefers: the highest weight, the first on ties.
pub fn best_choice(choices: &[ChoiceDef]) -> usize {
    let mut best = 0;
    for (i, c) in choices.iter().enumerate() {
        if c.ai_weight > choices[best].ai_weight {
            best = i;
        }
    }
    best
}

/// What the bands do to one province's garrison this month.
struct Raid {
    /// The share of each Imperial army's men they take, if they raid.
    share: Option<f64>,
    /// Bands lost to the garrison's sweeps.
    guerrillas_lost: f64,
    /// Men the garrison lost.
    garrison_lost: u32,
}
