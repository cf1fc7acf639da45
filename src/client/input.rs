//! From the mouse and keyboard to the rules: what a click on the map means (select, move,
//! attack), and the hotkeys of every common action.
use crate::client::Screen;
use crate::client::bridge::{EndTurnRequest, Match, OrderRequest, SeatChanged};
use crate::client::camera::{DragState, MapView, MapViewport};
use crate::client::map::{MapGeometry, MapMode};
use crate::client::map_data;
use crate::client::overlay;
use crate::client::schedule::ClientSet;
use crate::sim::state::GameState;
use crate::sim::turn::battle::{self, Preview};
use crate::sim::{Command, Side};
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
    /// The army counter under the pointer.
    pub army: Option<u32>,
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
    /// Clear the selection (a click on the sea).
    Clear,
}

/// Works out what a click means for `side`, with `selected` the army being ordered.
pub fn click_outcome(
    state: &GameState,
    side: Side,
    selected: Option<u32>,
    province: Option<usize>,
    army: Option<u32>,
) -> ClickOutcome {
    let clicked_army = army.and_then(|id| state.army(id));
    // A click on one's own counter selects it…
    if let Some(a) = clicked_army
        && a.side == side
        && selected != Some(a.id)
    {
        return ClickOutcome::SelectArmy(a.id);
    }
    let target = province.or(clicked_army.map(|a| a.location));
    let Some(target) = target else {
        return ClickOutcome::Clear;
    };
    // …and with an army selected, a click on a province it can reach orders it there.
    if let Some(mover) = selected
        .and_then(|id| state.army(id))
        .filter(|a| a.side == side)
        && mover.location != target
        && state
            .reachable(side, mover.location)
            .iter()
            .any(|&(p, _)| p == target)
    {
        let to = state.province_id(target);
        if state.has_men_in(side.enemy(), target) {
            let index = state.army_pos(mover.id).unwrap_or_default();
            let preview = battle::preview(state, side, &[index], target);
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
        }
        return ClickOutcome::Order(Command::Move { army: mover.id, to });
    }
    ClickOutcome::SelectProvince(target)
}

/// Registers the input systems.
pub fn plugin(app: &mut App) {
    app.init_resource::<Selection>()
        .init_resource::<HudState>()
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
        .add_systems(Update, clear_on_seat_change.in_set(ClientSet::AfterMonth));
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
    let army = overlay::army_at(&geometry.0, &game.state, &view, &viewport, cursor);
    let province = map_data::province_at(&geometry.0, world.x, world.y)
        .and_then(|i| game.state.province_index(&geometry.0.provinces[i].id));
    clicks.write(MapClicked { province, army });
}

/// Applies clicks to the selection, or sends the order they mean.
pub fn handle_clicks(
    mut clicks: MessageReader<MapClicked>,
    game: Res<Match>,
    mut selection: ResMut<Selection>,
    mut orders: MessageWriter<OrderRequest>,
) {
    for click in clicks.read() {
        let side = game.active;
        let selected = if game.can_order() {
            selection.army
        } else {
            None
        };
        match click_outcome(&game.state, side, selected, click.province, click.army) {
            ClickOutcome::SelectArmy(id) => {
                selection.army = Some(id);
                selection.province = game.state.army(id).map(|a| a.location);
                selection.attack = None;
            }
            ClickOutcome::SelectProvince(p) => {
                selection.province = Some(p);
                selection.army = None;
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
