//! From the mouse and keyboard to the rules: what a click on the map means (select, move,
//! attack), and the hotkeys of every common action.
use crate::client::Screen;
use crate::client::bridge::{EndTurnRequest, Match, Notice, OrderRequest, SeatChanged};
use crate::client::camera::{DragState, MapView, MapViewport};
use crate::client::map::{MapGeometry, MapMode};
use crate::client::map_data;
use crate::client::schedule::ClientSet;
use crate::client::stacks::{self, CounterLayout};
use crate::client::words::WindowLang;
use crate::sim::state::{GameState, Stance};
use crate::sim::turn::battle::{self, Preview};
use crate::sim::{Command, RuleError, Side};
use crate::text::Lang;
use bevy::prelude::*;
use bevy::window::PrimaryWindow;
use bevy_egui::input::EguiWantsInput;

/// An attack waiting for the player's confirmation, with its odds.
#[derive(Debug, Clone, PartialEq)]
pub struct PendingAttack {
    /// The attacking army's id.
    pub army: u32,
    /// Target province index.
    pub province: usize,
    /// The rules' preview of the battle.
    pub preview: Preview,
    /// Whether a siege is possible instead (an enemy fortress held by a garrison).
    pub can_besiege: bool,
}

/// What the player has selected.
#[derive(Resource, Debug, Default, Clone, PartialEq)]
pub struct Selection {
    /// The province shown in the side panel.
    pub province: Option<usize>,
    /// The army whose orders are being given.
    pub army: Option<u32>,
    /// An attack to confirm.
    pub attack: Option<PendingAttack>,
    /// The stack (province, side) whose list of armies is open.
    pub stack: Option<(usize, Side)>,
}

impl Selection {
    /// Provinces the selected army can reach this month.
    pub fn reachable(&self, state: &GameState) -> Vec<usize> {
        self.army
            .and_then(|id| state.army(id))
            .map(|a| {
                state
                    .reachable(a.side, a.location)
                    .into_iter()
                    .map(|(p, _)| p)
                    .collect()
            })
            .unwrap_or_default()
    }
}

/// A click on the map, already resolved to what lies under the pointer.
#[derive(Message, Debug, Clone, Copy, PartialEq, Eq)]
pub struct MapClicked {
    /// The province under the pointer.
    pub province: Option<usize>,
    /// The army under the pointer, when its marker stands for that one army alone.
    pub army: Option<u32>,
    /// The stack (province, side) whose marker is under the pointer.
    pub stack: Option<(usize, Side)>,
}

/// What a click means.
#[derive(Debug, Clone, PartialEq)]
pub enum ClickOutcome {
    /// Select one of the player's armies.
    SelectArmy(u32),
    /// Show a province (and drop the army selection).
    SelectProvince(usize),
    /// Give an order at once.
    Order(Command),
    /// Ask for confirmation of an attack.
    ConfirmAttack(PendingAttack),
    /// Open the list of a stack's armies, to choose one (one's own) or see them (the
    /// enemy's).
    OpenStack((usize, Side)),
    /// The selected army cannot march to the province clicked (out of reach, or a truce
    /// forbids the attack): say why, keep the selection.
    Unreachable {
        /// The army.
        army: u32,
        /// The province clicked.
        province: usize,
        /// The rules' refusal of the march.
        reason: RuleError,
    },
    /// Enemies stand in the selected army's own province: say what will happen to them.
    EnemyHere {
        /// The army.
        army: u32,
        /// Its province.
        province: usize,
    },
    /// Clear the selection (a click on the sea).
    Clear,
}

/// Works out what a click means for `side`, with `selected` the army being ordered: `army`
/// is the army clicked when its marker stands for it alone, `stack` the marker clicked.
pub fn click_outcome(
    state: &GameState,
    side: Side,
    selected: Option<u32>,
    province: Option<usize>,
    army: Option<u32>,
    stack: Option<(usize, Side)>,
) -> ClickOutcome {
    let clicked_army = army.and_then(|id| state.army(id));
    // A click on one's own marker selects its army, or opens the list of its armies…
    if let Some(a) = clicked_army
        && a.side == side
        && selected != Some(a.id)
    {
        return ClickOutcome::SelectArmy(a.id);
    }
    if let Some(st) = stack
        && st.1 == side
        && clicked_army.is_none()
    {
        return ClickOutcome::OpenStack(st);
    }
    let target = province
        .or(clicked_army.map(|a| a.location))
        .or(stack.map(|st| st.0));
    let Some(target) = target else {
        return ClickOutcome::Clear;
    };
    // …and with an army selected, a click on a province it can reach orders it there.
    if let Some(mover) = selected
        .and_then(|id| state.army(id))
        .filter(|a| a.side == side)
    {
        let to = state.province_id(target);
        let reachable = state
            .reachable(side, mover.location)
            .iter()
            .any(|&(p, _)| p == target);
        if mover.location == target {
            if state.has_men_in(side.enemy(), target) {
                return ClickOutcome::EnemyHere {
                    army: mover.id,
                    province: target,
                };
            }
        } else if !reachable {
            let march = Command::Move {
                army: mover.id,
                to: to.clone(),
            };
            if let Err(reason) = state.check(side, &march) {
                return ClickOutcome::Unreachable {
                    army: mover.id,
                    province: target,
                    reason,
                };
            }
        } else if state.has_men_in(side.enemy(), target) {
            // An attack the rules refuse (a truce) says why rather than asking to confirm it.
            let march = Command::Move {
                army: mover.id,
                to: to.clone(),
            };
            if let Err(reason) = state.check(side, &march) {
                return ClickOutcome::Unreachable {
                    army: mover.id,
                    province: target,
                    reason,
                };
            }
            let preview = battle::planned_preview(state, side, target, Some(mover.id));
            let can_besiege = state.provinces[target].fort > 0.0
                && state.holder(target).side() == Some(side.enemy())
                && state
                    .check(
                        side,
                        &Command::Siege {
                            army: mover.id,
                            at: to,
                        },
                    )
                    .is_ok();
            return ClickOutcome::ConfirmAttack(PendingAttack {
                army: mover.id,
                province: target,
                preview,
                can_besiege,
            });
        } else {
            return ClickOutcome::Order(Command::Move { army: mover.id, to });
        }
    }
    // An enemy marker: who stands there.
    if let Some(st) = stack
        && st.1 != side
    {
        return ClickOutcome::OpenStack(st);
    }
    ClickOutcome::SelectProvince(target)
}

/// Why enemies in one's own province are not simply attacked: a siege holds them behind
/// their walls, a truce holds everyone, or the battle comes when the month is resolved.
pub fn enemy_here_reason(lang: Lang, state: &GameState, side: Side, province: usize) -> String {
    let name = crate::text::Arg::Str(crate::text::names::province_name(lang, state, province));
    let besieging = state
        .armies
        .iter()
        .any(|a| a.location == province && a.stance == Stance::Besieging);
    if state.truce_holds() {
        lang.tr_args("click-enemy-here-truce", &[("province", name)])
    } else if besieging {
        let ours = state
            .armies
            .iter()
            .any(|a| a.location == province && a.side == side && a.stance == Stance::Besieging);
        let key = if ours {
            "click-enemy-here-our-siege"
        } else {
            "click-enemy-here-their-siege"
        };
        lang.tr_args(key, &[("province", name)])
    } else {
        lang.tr_args("click-enemy-here-battle", &[("province", name)])
    }
}

/// Registers the input systems.
pub fn plugin(app: &mut App) {
    app.init_resource::<Selection>()
        .init_resource::<HudState>()
        .init_resource::<CounterLayout>()
        .add_message::<MapClicked>()
        .add_message::<QuickSave>()
        .add_systems(OnEnter(Screen::InGame), |mut s: ResMut<Selection>| {
            *s = Selection::default()
        })
        .add_systems(
            Update,
            (pick_on_click, hotkeys)
                .in_set(ClientSet::Input)
                .run_if(in_state(Screen::InGame).and_then(resource_exists::<Match>)),
        )
        .add_systems(
            Update,
            handle_clicks
                .in_set(ClientSet::Commands)
                .run_if(resource_exists::<Match>),
        )
        .add_systems(Update, clear_on_seat_change.in_set(ClientSet::AfterMonth))
        .add_systems(
            bevy_egui::EguiPrimaryContextPass,
            release_button_focus.run_if(in_state(Screen::InGame)),
        );
}

/// egui keeps a clicked button focused, and while anything is focused it takes the
/// keyboard: after a click on a panel button (a besieging army's, say) Enter and Space
/// would press that button again instead of ending the turn, until Esc. Only a text field
/// keeps the keyboard; any other widget lets it go at the end of the frame.
fn release_button_focus(mut contexts: bevy_egui::EguiContexts) -> Result {
    let ctx = contexts.ctx_mut()?;
    if let Some(id) = ctx.memory(|m| m.focused())
        && !ctx.text_edit_focused()
    {
        ctx.memory_mut(|m| m.surrender_focus(id));
    }
    Ok(())
}

/// In hotseat, the next player must not find the previous one's army selected, its reach
/// lit and its orders in the side panel.
fn clear_on_seat_change(mut seat: MessageReader<SeatChanged>, mut selection: ResMut<Selection>) {
    if seat.read().count() > 0 {
        *selection = Selection::default();
    }
}

/// Turns a click (a press and release without a drag) into a [`MapClicked`].
fn pick_on_click(
    buttons: Res<ButtonInput<MouseButton>>,
    mut drag: ResMut<DragState>,
    window: Single<&Window, With<PrimaryWindow>>,
    view: Res<MapView>,
    viewport: Res<MapViewport>,
    geometry: Res<MapGeometry>,
    game: Res<Match>,
    mut layout: ResMut<CounterLayout>,
    mut clicks: MessageWriter<MapClicked>,
) {
    if !buttons.just_released(MouseButton::Left) {
        return;
    }
    let was_click = drag.pressed_at.is_some() && !drag.dragging;
    drag.pressed_at = None;
    drag.dragging = false;
    let Some(cursor) = window.cursor_position().filter(|c| viewport.contains(*c)) else {
        return;
    };
    if !was_click {
        return;
    }
    let world = view.to_world(&viewport, cursor);
    layout.update(&geometry.0, &game.state, &view, &viewport);
    let counter = stacks::counter_at(&layout.counters, cursor);
    let stack = counter.map(|c| (c.province, c.side));
    let army = counter
        .filter(|c| c.armies.len() == 1)
        .and_then(|c| c.armies.first().copied());
    let province = map_data::province_at(&geometry.0, world.x, world.y)
        .and_then(|i| game.state.province_index(&geometry.0.provinces[i].id));
    clicks.write(MapClicked {
        province,
        army,
        stack,
    });
}

/// Applies clicks to the selection, or sends the order they mean.
pub fn handle_clicks(
    window_lang: Res<WindowLang>,
    mut clicks: MessageReader<MapClicked>,
    mut game: ResMut<Match>,
    mut selection: ResMut<Selection>,
    mut orders: MessageWriter<OrderRequest>,
) {
    let lang = window_lang.0;
    for click in clicks.read() {
        let side = game.active;
        let selected = if game.can_order() {
            selection.army
        } else {
            None
        };
        let outcome = click_outcome(
            &game.state,
            side,
            selected,
            click.province,
            click.army,
            click.stack,
        );
        match outcome {
            ClickOutcome::SelectArmy(id) => {
                selection.army = Some(id);
                selection.province = game.state.army(id).map(|a| a.location);
                selection.attack = None;
                selection.stack = None;
            }
            ClickOutcome::SelectProvince(p) => {
                selection.province = Some(p);
                selection.army = None;
                selection.attack = None;
                selection.stack = None;
            }
            ClickOutcome::OpenStack(stack) => {
                selection.stack = Some(stack);
                selection.province = Some(stack.0);
                selection.attack = None;
            }
            ClickOutcome::Order(command) => {
                if game.can_order() {
                    orders.write(OrderRequest { side, command });
                }
            }
            ClickOutcome::ConfirmAttack(attack) => {
                if game.can_order() {
                    selection.attack = Some(attack);
                }
            }
            ClickOutcome::Unreachable { reason, .. } => {
                let text = crate::text::refusals::refusal(lang, &game.state, &reason);
                game.notice = Some(Notice { text, error: true });
            }
            ClickOutcome::EnemyHere { province, .. } => {
                let text = enemy_here_reason(lang, &game.state, side, province);
                game.notice = Some(Notice { text, error: false });
                selection.stack = Some((province, side.enemy()));
                selection.attack = None;
            }
            ClickOutcome::Clear => *selection = Selection::default(),
        }
    }
}

/// Which of the game screen's panels and windows are open.
#[derive(Resource, Debug)]
pub struct HudState {
    /// The help window.
    pub help: bool,
    /// The chronicle panel.
    pub chronicle: bool,
    /// The objectives panel.
    pub objectives: bool,
    /// The save window.
    pub save_open: bool,
    /// The name typed in the save window.
    pub save_name: String,
    /// The player asked to leave for the menu with progress not saved: confirm first.
    pub leave_asked: bool,
}

impl Default for HudState {
    fn default() -> Self {
        HudState {
            help: false,
            chronicle: true,
            objectives: true,
            save_open: false,
            save_name: "campaign".to_string(),
            leave_asked: false,
        }
    }
}

/// Asks to write a quick save (F5) or read it back (F9); the HUD does the file work.
#[derive(Message, Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuickSave {
    /// Write.
    Save,
    /// Read back.
    Load,
}

/// The keyboard: end turn, undo, map modes, help, next army.
fn hotkeys(
    keys: Res<ButtonInput<KeyCode>>,
    egui_input: Option<Res<EguiWantsInput>>,
    game: Res<Match>,
    mut selection: ResMut<Selection>,
    mut mode: ResMut<MapMode>,
    mut hud: ResMut<HudState>,
    mut end_turn: MessageWriter<EndTurnRequest>,
    mut orders: MessageWriter<OrderRequest>,
    mut quick: MessageWriter<QuickSave>,
    mut pace: ResMut<crate::client::bridge::WatchPace>,
) {
    // Esc closes the windows even while egui has the keyboard: egui takes the same press to
    // let go of its focus, so waiting for it would take a second press.
    if keys.just_pressed(KeyCode::Escape) {
        if hud.help || hud.save_open || hud.leave_asked {
            hud.help = false;
            hud.save_open = false;
            hud.leave_asked = false;
        } else {
            *selection = Selection::default();
        }
    }
    if egui_input.is_some_and(|e| e.wants_keyboard_input()) {
        return;
    }
    let side = game.active;
    if keys.any_just_pressed([KeyCode::Enter, KeyCode::NumpadEnter, KeyCode::Space]) {
        if selection.attack.is_some()
            && keys.any_just_pressed([KeyCode::Enter, KeyCode::NumpadEnter])
        {
            // Enter confirms a pending attack before it ends the turn.
            if let Some(a) = selection.attack.take() {
                let to = game.state.province_id(a.province);
                orders.write(OrderRequest {
                    side,
                    command: Command::Move { army: a.army, to },
                });
            }
        } else if game.watching() {
            pace.paused = !pace.paused;
        } else {
            end_turn.write(EndTurnRequest);
        }
    }
    if keys.any_just_pressed([KeyCode::F1, KeyCode::KeyH]) {
        hud.help = !hud.help;
    }
    if keys.just_pressed(KeyCode::KeyC) {
        hud.chronicle = !hud.chronicle;
    }
    if keys.just_pressed(KeyCode::KeyO) {
        hud.objectives = !hud.objectives;
    }
    if keys.just_pressed(KeyCode::F5) {
        quick.write(QuickSave::Save);
    }
    if keys.just_pressed(KeyCode::F9) {
        quick.write(QuickSave::Load);
    }
    for (i, key) in [
        KeyCode::Digit1,
        KeyCode::Digit2,
        KeyCode::Digit3,
        KeyCode::Digit4,
        KeyCode::Digit5,
        KeyCode::Digit6,
    ]
    .into_iter()
    .enumerate()
    {
        if keys.just_pressed(key) {
            *mode = MapMode::ALL[i];
        }
    }
    if keys.just_pressed(KeyCode::KeyM) {
        let i = MapMode::ALL.iter().position(|m| *m == *mode).unwrap_or(0);
        *mode = MapMode::ALL[(i + 1) % MapMode::ALL.len()];
    }
    if !game.can_order() {
        return;
    }
    // Undo: the selected army's order, or the latest order given.
    let ctrl = keys.any_pressed([KeyCode::ControlLeft, KeyCode::ControlRight]);
    if keys.any_just_pressed([KeyCode::Backspace, KeyCode::KeyU])
        || (ctrl && keys.just_pressed(KeyCode::KeyZ))
    {
        let army = selection
            .army
            .filter(|id| game.undo.contains(id))
            .or_else(|| game.undo.last().copied());
        if let Some(army) = army {
            orders.write(OrderRequest {
                side,
                command: Command::CancelOrder { army },
            });
        }
    }
    if keys.just_pressed(KeyCode::Tab) {
        // Cycle through the side's armies.
        let mine: Vec<u32> = game
            .state
            .armies
            .iter()
            .filter(|a| a.side == side)
            .map(|a| a.id)
            .collect();
        if !mine.is_empty() {
            let next = selection
                .army
                .and_then(|id| mine.iter().position(|a| *a == id))
                .map_or(0, |i| (i + 1) % mine.len());
            selection.army = Some(mine[next]);
            selection.province = game.state.army(mine[next]).map(|a| a.location);
            selection.attack = None;
        }
    }
    // The stances' keys (F, E, G) and the other commands' are in `controls`.
}
