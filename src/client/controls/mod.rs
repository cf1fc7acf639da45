//! The commands beyond marching: recruit, detach, merge, assign a leader, stance, disperse,
//! and the Empire's policy and repression, as panel buttons and hotkeys.
//!
//! A button and its hotkey are one [`Control`]: [`command_for`] turns it into the rules'
//! command, or into the reason it cannot be given (the rules' own `check` when they refuse),
//! so that the button shows the reason in its tooltip and the hotkey shows it as a notice.
//! The buttons are drawn by what they control: the [`army`], [`recruit`]ing in a province
//! and the [`empire`]'s policy; the keys are in [`hotkeys`].
use crate::client::words::WindowLang;
use crate::text::Lang;
pub mod army;
mod buttons;
pub mod empire;
pub mod hotkeys;
pub mod recruit;

pub use army::army_controls;
pub use empire::empire_controls;
pub use hotkeys::{HOTKEYS, controls_for_keys};
pub use recruit::province_controls;

use crate::client::bridge::{Match, Notice, OrderRequest, SeatChanged};
use crate::client::input::Selection;
use crate::client::schedule::ClientSet;
use crate::sim::scenario::Polity;
use crate::sim::state::{Army, GameState, Order, Stance};
use crate::sim::{Command, Side};
use bevy::prelude::*;

/// How far one step moves Maximilian's policy (on −100 clerical … +100 liberal).
pub const POLICY_STEP: f64 = 25.0;

/// One of the panels' controls, as a button or a hotkey.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Control {
    /// Raise men in the selected province ([`ControlState`] says which and how many).
    Recruit,
    /// Withdraw this month's recruiting in the selected province (undo).
    CancelRecruits,
    /// Split men off the selected army.
    Detach,
    /// Merge the selected army into another here; `None` is the largest one.
    Merge {
        /// Army receiving the men.
        into: Option<u32>,
    },
    /// Put a leader at the head of the selected army; `None` is the best one free.
    Assign {
        /// Leader index.
        leader: Option<usize>,
    },
    /// Change the selected army's stance.
    Stance(Stance),
    /// Melt the selected army into guerrilla bands.
    Disperse,
    /// Move the policy one step towards the Church (`false`) or the liberals (`true`).
    Policy {
        /// Towards the liberals.
        liberal: bool,
    },
    /// Set the repression level.
    Repression(u8),
    /// One level more (`true`) or less of repression.
    RepressionStep {
        /// Harsher.
        up: bool,
    },
}

/// A button or hotkey was used.
#[derive(Message, Debug, Clone, Copy, PartialEq)]
pub struct ControlUsed(pub Control);

/// The amounts the player has set in the panels.
#[derive(Resource, Debug, Clone, PartialEq)]
pub struct ControlState {
    /// Men to raise.
    pub recruit_men: u32,
    /// Contingent id to raise; the first one the province can raise when unset.
    pub recruit_contingent: Option<String>,
    /// Men to split off, and from which army; other armies split in half.
    pub detach: Option<(u32, u32)>,
}

impl Default for ControlState {
    fn default() -> Self {
        ControlState {
            recruit_men: 1000,
            recruit_contingent: None,
            detach: None,
        }
    }
}

/// Amounts move by hundreds when there are hundreds to move, so that the sliders show
/// round numbers; `requested` is brought within 1..=`max`.
pub fn round_amount(requested: u32, max: u32) -> u32 {
    if max >= 200 {
        requested.clamp(100, max / 100 * 100) / 100 * 100
    } else {
        requested.clamp(1, max.max(1))
    }
}

/// Men the detach control splits off an army.
pub fn detach_amount(army: &Army, controls: &ControlState) -> u32 {
    let max = army.strength().saturating_sub(1);
    match controls.detach {
        Some((id, men)) if id == army.id => men,
        _ => round_amount(army.strength() / 2, max),
    }
}

/// Registers the controls' message, amounts and hotkeys.
pub fn plugin(app: &mut App) {
    app.init_resource::<ControlState>()
        .add_message::<ControlUsed>()
        .add_plugins(hotkeys::plugin)
        .add_systems(
            Update,
            use_controls
                .in_set(ClientSet::Commands)
                .run_if(resource_exists::<Match>),
        )
        .add_systems(
            Update,
            reset_on_seat_change
                .in_set(ClientSet::AfterMonth)
                .run_if(resource_exists::<Match>),
        );
}

/// The contingents a side can raise, by index.
pub fn recruitable(state: &GameState, side: Side) -> Vec<usize> {
    state
        .scenario
        .contingents
        .iter()
        .enumerate()
        .filter(|(_, c)| c.side == side && c.recruit.is_some())
        .map(|(i, _)| i)
        .collect()
}

/// The contingent the recruit control raises in a province.
pub fn recruit_contingent(
    state: &GameState,
    side: Side,
    province: usize,
    controls: &ControlState,
) -> Option<usize> {
    let options = recruitable(state, side);
    if let Some(id) = &controls.recruit_contingent
        && let Some(c) = options
            .iter()
            .copied()
            .find(|&c| state.scenario.contingents[c].id == *id)
    {
        return Some(c);
    }
    options
        .iter()
        .copied()
        .find(|&c| state.recruit_limit(side, province, c).is_ok_and(|m| m > 0))
        .or(options.first().copied())
}

/// The price of `men` of contingent `contingent` as the recruit controls show it: the rules'
/// cost, in the unit that suits it (a few men cost pesos, not "0 thousand pesos").
pub fn recruit_price_shown(lang: Lang, state: &GameState, contingent: usize, men: u32) -> String {
    lang.money(state.recruit_cost(contingent, men))
}

fn selected_army<'a>(
    lang: Lang,
    game: &'a Match,
    selection: &Selection,
) -> Result<&'a Army, String> {
    selection
        .army
        .and_then(|id| game.state.army(id))
        .filter(|a| a.side == game.active)
        .ok_or_else(|| lang.tr("control-need-army"))
}

/// The best leader the side can put at the head of an army now: the most skilled of those
/// commanding no army, else of those beside it.
fn best_leader(state: &GameState, side: Side, army: &Army) -> Option<usize> {
    let leads = |l: usize| state.armies.iter().any(|a| a.leader == Some(l));
    let mut options: Vec<usize> = (0..state.leaders.len())
        .filter(|&l| Some(l) != army.leader && state.leaders[l].side == side)
        .filter(|&l| {
            state
                .check(
                    side,
                    &Command::Assign {
                        leader: state.scenario.leaders[l].id.clone(),
                        army: army.id,
                    },
                )
                .is_ok()
        })
        .collect();
    options.sort_by_key(|&l| (leads(l), std::cmp::Reverse(state.scenario.leaders[l].skill)));
    options.first().copied()
}

/// What a control asks of the rules now, or why it cannot be used: the rules' refusal,
/// or the client's reason when there is nothing to act on.
pub fn command_for(
    lang: Lang,
    control: Control,
    game: &Match,
    selection: &Selection,
    controls: &ControlState,
) -> Result<Command, String> {
    if !game.can_order() {
        return Err(lang.tr("control-not-now"));
    }
    let state = &game.state;
    let side = game.active;
    let command = match control {
        Control::Recruit => {
            let p = selection
                .province
                .ok_or_else(|| lang.tr("control-need-province"))?;
            let c = recruit_contingent(state, side, p, controls)
                .ok_or_else(|| lang.tr("control-no-recruits"))?;
            let men = match state.recruit_limit(side, p, c) {
                Ok(max) if max > 0 => round_amount(controls.recruit_men, max),
                _ => controls.recruit_men,
            };
            Command::Recruit {
                province: state.province_id(p),
                contingent: state.contingent_id(c),
                men,
            }
        }
        Control::CancelRecruits => {
            let p = selection
                .province
                .ok_or_else(|| lang.tr("control-need-province"))?;
            Command::CancelRecruits {
                province: state.province_id(p),
            }
        }
        Control::Detach => {
            let army = selected_army(lang, game, selection)?;
            let men = detach_amount(army, controls);
            Command::Detach { army: army.id, men }
        }
        Control::Merge { into } => {
            let army = selected_army(lang, game, selection)?;
            let into = into
                .or_else(|| {
                    state
                        .armies
                        .iter()
                        .filter(|a| a.side == side && a.id != army.id)
                        .filter(|a| a.location == army.location)
                        .max_by_key(|a| a.strength())
                        .map(|a| a.id)
                })
                .ok_or_else(|| lang.tr("control-none-to-merge"))?;
            Command::Merge {
                army: army.id,
                into,
            }
        }
        Control::Assign { leader } => {
            let army = selected_army(lang, game, selection)?;
            let leader = leader
                .or_else(|| best_leader(state, side, army))
                .ok_or_else(|| lang.tr("control-no-leader"))?;
            if army.leader == Some(leader) {
                return Err(lang.tr("control-already-leads"));
            }
            Command::Assign {
                leader: state.scenario.leaders[leader].id.clone(),
                army: army.id,
            }
        }
        Control::Stance(stance) => {
            let army = selected_army(lang, game, selection)?;
            if army.stance == stance {
                return Err(lang.tr("control-already-stance"));
            }
            Command::SetStance {
                army: army.id,
                stance,
            }
        }
        Control::Disperse => {
            let army = selected_army(lang, game, selection)?;
            if state.orders[side.index()].contains(&Order::Disperse { army: army.id }) {
                return Err(lang.tr("control-already-dispersing"));
            }
            Command::Disperse { army: army.id }
        }
        Control::Policy { liberal } => {
            let step = if liberal { POLICY_STEP } else { -POLICY_STEP };
            let value = (state.policy + step).clamp(-100.0, 100.0);
            if value == state.policy && state.polity == Polity::Empire && side == Side::Empire {
                return Err(lang.tr("control-policy-limit"));
            }
            Command::SetPolicy { value }
        }
        Control::Repression(level) => {
            if f64::from(level) == state.repression && side == Side::Empire {
                return Err(lang.tr("control-already-repression"));
            }
            Command::SetRepression { level }
        }
        Control::RepressionStep { up } => {
            let now = state.repression.round() as i32;
            let level = if up { now + 1 } else { now - 1 };
            if !(0..=3).contains(&level) && side == Side::Empire {
                return Err(lang.tr("control-already-repression"));
            }
            Command::SetRepression {
                level: level.clamp(0, 255) as u8,
            }
        }
    };
    state
        .check(side, &command)
        .map_err(|e| crate::text::refusals::refusal(lang, state, &e))?;
    Ok(command)
}

/// Turns used controls into orders, or into a notice with the reason they were refused.
pub fn use_controls(
    window_lang: Res<WindowLang>,
    mut used: MessageReader<ControlUsed>,
    mut game: ResMut<Match>,
    selection: Res<Selection>,
    controls: Res<ControlState>,
    mut orders: MessageWriter<OrderRequest>,
) {
    let lang = window_lang.0;
    for ControlUsed(control) in used.read() {
        match command_for(lang, *control, &game, &selection, &controls) {
            Ok(command) => {
                orders.write(OrderRequest {
                    side: game.active,
                    command,
                });
            }
            Err(text) => game.notice = Some(Notice { text, error: true }),
        }
    }
}

/// A new player at the seat starts from the default amounts.
fn reset_on_seat_change(mut seat: MessageReader<SeatChanged>, mut controls: ResMut<ControlState>) {
    if seat.read().count() > 0 {
        *controls = ControlState::default();
    }
}
