//! The commands beyond marching: recruit, detach, merge, assign a leader, stance, disperse,
//! and the Empire's policy and repression, as panel buttons and hotkeys.
//!
//! A button and its hotkey are one [`Control`]: [`command_for`] turns it into the rules'
//! command, or into the reason it cannot be given (the rules' own `check` when they refuse),
//! so that the button shows the reason in its tooltip and the hotkey shows it as a notice.
use crate::client::Screen;
use crate::client::bridge::{Match, Notice, OrderRequest, SeatChanged};
use crate::client::input::Selection;
use crate::client::texts;
use crate::client::theme::ui;
use crate::client::words::chronicle;
use crate::client::words::{tr, tr_args};
use crate::sim::scenario::{LeaderStatus, Polity};
use crate::sim::state::{Army, GameState, Order, Stance};
use crate::sim::{Command, Side};
use crate::text::Arg;
use bevy::prelude::*;
use bevy_egui::egui::{self, RichText};
use bevy_egui::input::EguiWantsInput;

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

/// A slider over 1..=`max` in the steps of [`round_amount`]; true when the player moved it.
fn amount_slider(ui: &mut egui::Ui, value: &mut u32, max: u32, hint: String) -> bool {
    let (min, top, step) = if max >= 200 {
        (100, max / 100 * 100, 100.0)
    } else {
        (1, max.max(1), 1.0)
    };
    *value = round_amount(*value, max);
    ui.add(
        egui::Slider::new(value, min..=top)
            .step_by(step)
            .suffix(tr("unit-men")),
    )
    .on_hover_text(hint)
    .changed()
}

/// Registers the controls' message, amounts and hotkeys.
pub fn plugin(app: &mut App) {
    app.init_resource::<ControlState>()
        .add_message::<ControlUsed>()
        .add_systems(
            Update,
            control_hotkeys
                .before(use_controls)
                .run_if(in_state(Screen::InGame).and_then(resource_exists::<Match>)),
        )
        .add_systems(
            Update,
            use_controls
                .before(crate::client::bridge::apply_orders)
                .run_if(resource_exists::<Match>),
        )
        .add_systems(
            Update,
            reset_on_seat_change
                .after(crate::client::bridge::poll_turn)
                .run_if(resource_exists::<Match>),
        );
}

/// Hotkeys of the controls, for the help window: (keys, help key).
pub const HOTKEYS: [(&str, &str); 8] = [
    ("F / E / G", "help-stances"),
    ("R", "help-recruit"),
    ("X", "help-detach"),
    ("J", "help-merge"),
    ("L", "help-assign"),
    ("B", "help-disperse"),
    ("[ / ]", "help-policy"),
    (", / .", "help-repression"),
];

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
/// cost in thousands of pesos, rounded.
pub fn recruit_price_shown(state: &GameState, contingent: usize, men: u32) -> f64 {
    (state.recruit_cost(contingent, men) * 1000.0).round()
}

fn selected_army<'a>(game: &'a Match, selection: &Selection) -> Result<&'a Army, String> {
    selection
        .army
        .and_then(|id| game.state.army(id))
        .filter(|a| a.side == game.active)
        .ok_or_else(|| tr("control-need-army"))
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
    control: Control,
    game: &Match,
    selection: &Selection,
    controls: &ControlState,
) -> Result<Command, String> {
    if !game.can_order() {
        return Err(tr("control-not-now"));
    }
    let state = &game.state;
    let side = game.active;
    let command = match control {
        Control::Recruit => {
            let p = selection
                .province
                .ok_or_else(|| tr("control-need-province"))?;
            let c = recruit_contingent(state, side, p, controls)
                .ok_or_else(|| tr("control-no-recruits"))?;
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
                .ok_or_else(|| tr("control-need-province"))?;
            Command::CancelRecruits {
                province: state.province_id(p),
            }
        }
        Control::Detach => {
            let army = selected_army(game, selection)?;
            let men = detach_amount(army, controls);
            Command::Detach { army: army.id, men }
        }
        Control::Merge { into } => {
            let army = selected_army(game, selection)?;
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
                .ok_or_else(|| tr("control-none-to-merge"))?;
            Command::Merge {
                army: army.id,
                into,
            }
        }
        Control::Assign { leader } => {
            let army = selected_army(game, selection)?;
            let leader = leader
                .or_else(|| best_leader(state, side, army))
                .ok_or_else(|| tr("control-no-leader"))?;
            if army.leader == Some(leader) {
                return Err(tr("control-already-leads"));
            }
            Command::Assign {
                leader: state.scenario.leaders[leader].id.clone(),
                army: army.id,
            }
        }
        Control::Stance(stance) => {
            let army = selected_army(game, selection)?;
            if army.stance == stance {
                return Err(tr("control-already-stance"));
            }
            Command::SetStance {
                army: army.id,
                stance,
            }
        }
        Control::Disperse => {
            let army = selected_army(game, selection)?;
            if state.orders[side.index()].contains(&Order::Disperse { army: army.id }) {
                return Err(tr("control-already-dispersing"));
            }
            Command::Disperse { army: army.id }
        }
        Control::Policy { liberal } => {
            let step = if liberal { POLICY_STEP } else { -POLICY_STEP };
            let value = (state.policy + step).clamp(-100.0, 100.0);
            if value == state.policy && state.polity == Polity::Empire && side == Side::Empire {
                return Err(tr("control-policy-limit"));
            }
            Command::SetPolicy { value }
        }
        Control::Repression(level) => {
            if f64::from(level) == state.repression && side == Side::Empire {
                return Err(tr("control-already-repression"));
            }
            Command::SetRepression { level }
        }
        Control::RepressionStep { up } => {
            let now = state.repression.round() as i32;
            let level = if up { now + 1 } else { now - 1 };
            if !(0..=3).contains(&level) && side == Side::Empire {
                return Err(tr("control-already-repression"));
            }
            Command::SetRepression {
                level: level.clamp(0, 255) as u8,
            }
        }
    };
    state
        .check(side, &command)
        .map_err(|e| crate::client::words::refusal(state, &e))?;
    Ok(command)
}

/// Turns used controls into orders, or into a notice with the reason they were refused.
pub fn use_controls(
    mut used: MessageReader<ControlUsed>,
    mut game: ResMut<Match>,
    selection: Res<Selection>,
    controls: Res<ControlState>,
    mut orders: MessageWriter<OrderRequest>,
) {
    for ControlUsed(control) in used.read() {
        match command_for(*control, &game, &selection, &controls) {
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

/// The controls that the keys pressed this frame ask for, for the side playing.
pub fn controls_for_keys(keys: &ButtonInput<KeyCode>, side: Side) -> Vec<Control> {
    // Ctrl+… belongs to other shortcuts (Ctrl+Z undoes).
    if keys.any_pressed([KeyCode::ControlLeft, KeyCode::ControlRight]) {
        return Vec::new();
    }
    let mut bindings = vec![
        (KeyCode::KeyF, Control::Stance(Stance::Field)),
        (KeyCode::KeyE, Control::Stance(Stance::Evade)),
        (KeyCode::KeyG, Control::Stance(Stance::Garrison)),
        (KeyCode::KeyR, Control::Recruit),
        (KeyCode::KeyX, Control::Detach),
        (KeyCode::KeyJ, Control::Merge { into: None }),
        (KeyCode::KeyL, Control::Assign { leader: None }),
    ];
    // The other side's keys mean nothing to a side: no notice for a stray key.
    match side {
        Side::Republic => bindings.push((KeyCode::KeyB, Control::Disperse)),
        Side::Empire => bindings.extend([
            (KeyCode::BracketLeft, Control::Policy { liberal: false }),
            (KeyCode::BracketRight, Control::Policy { liberal: true }),
            (KeyCode::Comma, Control::RepressionStep { up: false }),
            (KeyCode::Period, Control::RepressionStep { up: true }),
        ]),
    }
    bindings
        .into_iter()
        .filter(|(key, _)| keys.just_pressed(*key))
        .map(|(_, control)| control)
        .collect()
}

fn control_hotkeys(
    keys: Res<ButtonInput<KeyCode>>,
    egui_input: Option<Res<EguiWantsInput>>,
    game: Res<Match>,
    mut used: MessageWriter<ControlUsed>,
) {
    if egui_input.is_some_and(|e| e.wants_keyboard_input()) || !game.is_human(game.active) {
        return;
    }
    used.write_batch(
        controls_for_keys(&keys, game.active)
            .into_iter()
            .map(ControlUsed),
    );
}

/// A new player at the seat starts from the default amounts.
fn reset_on_seat_change(mut seat: MessageReader<SeatChanged>, mut controls: ResMut<ControlState>) {
    if seat.read().count() > 0 {
        *controls = ControlState::default();
    }
}

/// A button for a control: enabled when the rules accept it, else greyed with the reason.
fn control_button(
    ui: &mut egui::Ui,
    label: String,
    key: &str,
    help: String,
    result: &Result<Command, String>,
    used: &mut Vec<Control>,
    control: Control,
) {
    let text = if key.is_empty() {
        label
    } else {
        format!("{label}  ({key})")
    };
    let response = ui.add_enabled(result.is_ok(), egui::Button::new(text));
    let response = match result {
        Ok(_) => response.on_hover_text(help),
        Err(reason) => response.on_disabled_hover_ui(|ui| {
            ui.set_max_width(300.0);
            ui.label(help);
            ui.label(RichText::new(reason).color(ui::DANGER));
        }),
    };
    if response.clicked() {
        used.push(control);
    }
}

/// A refusal under a control, so that it is seen without hovering.
fn reason_line(ui: &mut egui::Ui, result: &Result<Command, String>) {
    if let Err(reason) = result {
        ui.label(RichText::new(reason).small().color(ui::DIM));
    }
}

/// The selected army's controls: stance, detach, merge, leader, disperse.
pub fn army_controls(
    ui: &mut egui::Ui,
    game: &Match,
    selection: &Selection,
    controls: &mut ControlState,
    used: &mut Vec<Control>,
) {
    let state = &game.state;
    let Some(army) = selection.army.and_then(|id| state.army(id)) else {
        return;
    };
    let check = |c: Control, controls: &ControlState| command_for(c, game, selection, controls);

    ui.label(tr("details-stance"));
    ui.horizontal_wrapped(|ui| {
        for (stance, key) in [
            (Stance::Field, "F"),
            (Stance::Evade, "E"),
            (Stance::Garrison, "G"),
        ] {
            let selected = army.stance == stance;
            let result = check(Control::Stance(stance), controls);
            // The key goes in the tooltip: three labels with keys do not fit on one line.
            let help = format!("{}  ({key})", texts::stance_help(stance));
            let response = ui.add_enabled(
                result.is_ok() || selected,
                egui::Button::selectable(selected, texts::stance_name(stance)),
            );
            let response = match &result {
                Err(reason) if !selected => response.on_disabled_hover_ui(|ui| {
                    ui.label(help);
                    ui.label(RichText::new(reason).color(ui::DANGER));
                }),
                _ => response.on_hover_text(help),
            };
            if response.clicked() && result.is_ok() {
                used.push(Control::Stance(stance));
            }
        }
        if army.stance == Stance::Besieging {
            ui.label(RichText::new(texts::stance_name(Stance::Besieging)).color(ui::DANGER));
        }
    });

    // The rest is the player's own business: the enemy's armies only show their stance.
    if army.side != game.active || !game.can_order() {
        return;
    }

    ui.add_space(4.0);
    let strength = army.strength();
    if strength >= 2 {
        let mut men = detach_amount(army, controls);
        if amount_slider(ui, &mut men, strength - 1, tr("hint-detach-amount")) {
            controls.detach = Some((army.id, men));
        }
    }
    let result = check(Control::Detach, controls);
    control_button(
        ui,
        tr("button-detach"),
        "X",
        tr("hint-detach"),
        &result,
        used,
        Control::Detach,
    );

    let others: Vec<&Army> = state
        .armies
        .iter()
        .filter(|a| a.side == army.side && a.id != army.id && a.location == army.location)
        .collect();
    if others.is_empty() {
        reason_line(ui, &check(Control::Merge { into: None }, controls));
    }
    let largest = others.iter().max_by_key(|a| a.strength()).map(|a| a.id);
    for other in others {
        let control = Control::Merge {
            into: Some(other.id),
        };
        let result = check(control, controls);
        let key = if Some(other.id) == largest { "J" } else { "" };
        control_button(
            ui,
            tr_args(
                "button-merge",
                &[
                    ("army", Arg::Str(chronicle::army_name(state, other))),
                    ("men", Arg::from(other.strength())),
                ],
            ),
            key,
            tr("hint-merge"),
            &result,
            used,
            control,
        );
    }

    egui::CollapsingHeader::new(tr_args("details-assign", &[("key", Arg::Str("L".into()))]))
        .id_salt(("assign", army.id))
        .show(ui, |ui| {
            let best = best_leader(state, army.side, army);
            let mut any = false;
            for l in 0..state.leaders.len() {
                let def = &state.scenario.leaders[l];
                if state.leaders[l].side != army.side
                    || state.leaders[l].status != LeaderStatus::Active
                    || army.leader == Some(l)
                {
                    continue;
                }
                any = true;
                let control = Control::Assign { leader: Some(l) };
                let result = check(control, controls);
                let mut help = chronicle::leader_role(state, l);
                if let Some(led) = state.armies.iter().find(|a| a.leader == Some(l)) {
                    help.push('\n');
                    help.push_str(&tr_args(
                        "hint-assign-leads",
                        &[
                            ("army", Arg::Str(chronicle::army_name(state, led))),
                            (
                                "province",
                                Arg::Str(chronicle::province_name(state, led.location)),
                            ),
                        ],
                    ));
                }
                help.push('\n');
                help.push_str(&tr("hint-assign"));
                control_button(
                    ui,
                    tr_args(
                        "button-assign",
                        &[
                            ("leader", Arg::Str(chronicle::leader_name(state, l))),
                            ("skill", Arg::from(u32::from(def.skill))),
                        ],
                    ),
                    if best == Some(l) { "L" } else { "" },
                    help,
                    &result,
                    used,
                    control,
                );
            }
            if !any {
                ui.label(
                    RichText::new(tr("control-no-leader"))
                        .small()
                        .color(ui::DIM),
                );
            }
        });

    if army.side == Side::Republic {
        let result = check(Control::Disperse, controls);
        control_button(
            ui,
            tr("button-disperse"),
            "B",
            tr("hint-disperse"),
            &result,
            used,
            Control::Disperse,
        );
    }
}

/// Recruiting in the selected province, for the player who may raise men there.
pub fn province_controls(
    ui: &mut egui::Ui,
    game: &Match,
    selection: &Selection,
    controls: &mut ControlState,
    used: &mut Vec<Control>,
) {
    let state = &game.state;
    let side = game.active;
    let Some(p) = selection.province else {
        return;
    };
    if !game.can_order() || recruitable(state, side).is_empty() {
        return;
    }
    ui.add_space(6.0);
    ui.label(RichText::new(tr("details-recruit")).strong());
    let Some(c) = recruit_contingent(state, side, p, controls) else {
        return;
    };
    let options = recruitable(state, side);
    if options.len() > 1 {
        egui::ComboBox::from_id_salt("recruit-contingent")
            .selected_text(chronicle::contingent_name(state, c))
            .width(260.0)
            .show_ui(ui, |ui| {
                for o in options {
                    let label = chronicle::contingent_name(state, o);
                    if ui.selectable_label(o == c, label).clicked() {
                        controls.recruit_contingent =
                            Some(state.scenario.contingents[o].id.clone());
                    }
                }
            });
    }
    let c = recruit_contingent(state, side, p, controls).unwrap_or(c);
    let manpower = state.provinces[p].manpower.max(0.0).floor();
    ui.label(RichText::new(tr_args("details-manpower", &[("men", Arg::Num(manpower))])).small())
        .on_hover_text(tr("tooltip-manpower"));
    let limit = state.recruit_limit(side, p, c);
    if let Ok(max) = limit
        && max > 0
    {
        let mut men = controls.recruit_men;
        if amount_slider(ui, &mut men, max, tr("hint-recruit-amount")) {
            controls.recruit_men = men;
        }
    }
    let result = command_for(Control::Recruit, game, selection, controls);
    let men = match &result {
        Ok(Command::Recruit { men, .. }) => *men,
        _ => controls.recruit_men,
    };
    let cost = recruit_price_shown(state, c, men);
    let help = tr_args(
        "hint-recruit",
        &[
            ("men", Arg::from(men)),
            ("cost", Arg::Num(cost)),
            (
                "available",
                Arg::Num((state.spendable(side) * 100.0).round() / 100.0),
            ),
            ("max", Arg::from(*limit.as_ref().unwrap_or(&0))),
        ],
    );
    control_button(
        ui,
        tr_args(
            "button-recruit",
            &[("men", Arg::from(men)), ("cost", Arg::Num(cost))],
        ),
        "R",
        help,
        &result,
        used,
        Control::Recruit,
    );
    reason_line(ui, &result);
    let mut pending = false;
    for order in game.shown_orders() {
        if let Order::Recruit {
            province,
            contingent,
            men,
        } = *order
            && province == p
        {
            pending = true;
            ui.label(
                RichText::new(tr_args(
                    "order-recruit",
                    &[
                        ("men", Arg::from(men)),
                        (
                            "contingent",
                            Arg::Str(chronicle::contingent_name(state, contingent)),
                        ),
                    ],
                ))
                .color(ui::GOLD),
            );
        }
    }
    if pending {
        let result = command_for(Control::CancelRecruits, game, selection, controls);
        control_button(
            ui,
            tr("button-cancel-recruits"),
            "",
            tr("button-cancel-recruits.help"),
            &result,
            used,
            Control::CancelRecruits,
        );
    }
}

/// Maximilian's policy and the repression, for the Empire's player.
pub fn empire_controls(
    ui: &mut egui::Ui,
    game: &Match,
    selection: &Selection,
    controls: &ControlState,
    used: &mut Vec<Control>,
) {
    let state = &game.state;
    if game.active != Side::Empire || !game.is_human(Side::Empire) || !game.can_order() {
        return;
    }
    ui.add_space(6.0);
    ui.label(RichText::new(tr("details-empire")).strong().color(ui::GOLD));
    if state.polity == Polity::Empire {
        ui.label(tr_args(
            "details-policy",
            &[("value", Arg::Num(state.policy.round()))],
        ))
        .on_hover_text(tr("tooltip-policy"));
        ui.horizontal_wrapped(|ui| {
            for (liberal, label, key, help) in [
                (false, tr("button-clerical"), "[", tr("hint-clerical")),
                (true, tr("button-liberal"), "]", tr("hint-liberal")),
            ] {
                let control = Control::Policy { liberal };
                let result = command_for(control, game, selection, controls);
                control_button(ui, label, key, help, &result, used, control);
            }
        });
    } else {
        ui.label(
            RichText::new(tr("details-policy-later"))
                .small()
                .color(ui::DIM),
        );
    }
    ui.label(tr("details-repression"))
        .on_hover_text(tr("tooltip-repression"));
    ui.horizontal_wrapped(|ui| {
        for level in 0..=3u8 {
            let selected = state.repression.round() == f64::from(level);
            let control = Control::Repression(level);
            let result = command_for(control, game, selection, controls);
            let name = match level {
                0 => tr("repression-0"),
                1 => tr("repression-1"),
                2 => tr("repression-2"),
                _ => tr("repression-3"),
            };
            let response = ui
                .add_enabled(
                    result.is_ok() || selected,
                    egui::Button::selectable(selected, name),
                )
                .on_hover_text(tr("tooltip-repression"));
            if response.clicked() && result.is_ok() {
                used.push(control);
            }
        }
    });
    ui.label(
        RichText::new(tr("hint-repression-keys"))
            .small()
            .color(ui::DIM),
    );
}
