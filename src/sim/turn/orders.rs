//! Orders carried out before anyone marches: armies dispersing into the bands and levies
//! raised.
use crate::sim::event::*;
use crate::sim::scenario::*;
use crate::sim::state::*;

impl GameState {
    pub(super) fn carry_out_orders(&mut self, orders: &[Vec<Order>; 2], ev: &mut Vec<Event>) {
        for side in Side::BOTH {
            for order in &orders[side.index()] {
                match *order {
                    Order::Disperse { army } => {
                        // An army that went over to the enemy since the order is no longer
                        // the side's to disperse.
                        let Some(pos) =
                            self.army_pos(army).filter(|&i| self.armies[i].side == side)
                        else {
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
                        let cost = self.recruit_cost(contingent, men);
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
}
