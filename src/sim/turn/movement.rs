//! Movement: armies march or sail to the province ordered, or take up a siege line.
use crate::sim::event::*;
use crate::sim::scenario::Side;
use crate::sim::state::*;

impl GameState {
    /// Moves armies; returns the ids of armies that entered a province this month.
    pub(super) fn move_armies(
        &mut self,
        orders: &[Vec<Order>; 2],
        ev: &mut Vec<Event>,
    ) -> Vec<u32> {
        let truce = self.truce_holds();
        let mut entered = Vec::with_capacity(orders[0].len() + orders[1].len());
        for side in Side::BOTH {
            for order in &orders[side.index()] {
                let (army, to, siege) = match *order {
                    Order::Move { army, to } => (army, to, false),
                    Order::Siege { army, at } => (army, at, true),
                    _ => continue,
                };
                // An army that went over to the enemy since the order no longer obeys it.
                let Some(pos) = self.army_pos(army).filter(|&i| self.armies[i].side == side) else {
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
}
