//! The bridge between the window and the rules: the one place that calls the rules'
//! `apply` and `resolve_month`. Screens ask for things with messages ([`OrderRequest`],
//! [`EndTurnRequest`]); the bridge answers with the rules' events ([`SimEvent`]) and keeps
//! what the screens show between months (chronicle, track causes, the other side's moves).
use crate::client::Screen;
use crate::client::report::{self, TurnReport};
use crate::client::saves;
use crate::client::schedule::ClientSet;
use crate::client::words::WindowLang;
use crate::sim::ai::{Ai, Difficulty};
use crate::sim::event::{Cause, Event};
use crate::sim::policy;
use crate::sim::{Command, GameState, Month, Side};
use crate::text::Lang;
use bevy::prelude::*;
use bevy::tasks::{AsyncComputeTaskPool, IoTaskPool, Task, futures::check_ready};
use bevy::window::RequestRedraw;
use bevy::winit::{EventLoopProxyWrapper, WinitUserEvent};
use std::collections::VecDeque;
use std::path::PathBuf;
use std::time::Instant;

/// Who gives a side's orders.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Seat {
    /// A player at this machine.
    Human,
    /// The built-in policy.
    Ai,
}

/// One line of the chronicle, kept in saves as it was told.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ChronicleEntry {
    /// The month it happened in.
    pub month: Month,
    /// The localised line.
    pub text: String,
    /// A month heading rather than an event.
    pub heading: bool,
}

/// A scenario event to show in a pop-up.
#[derive(Debug, Clone, PartialEq)]
pub struct Popup {
    /// Event index.
    pub event: usize,
    /// When it fired.
    pub month: Month,
    /// The human side that must choose, if it waits for a choice.
    pub chooser: Option<Side>,
}

/// A move made last month, drawn as an arrow so the player sees what the other side did.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MoveTrace {
    /// Whose army.
    pub side: Side,
    /// From province index.
    pub from: usize,
    /// To province index.
    pub to: usize,
    /// By sea.
    pub by_sea: bool,
}

/// The latest change of a track, with its causes, for the top bar's tooltips.
#[derive(Debug, Clone, PartialEq)]
pub struct TrackChange {
    /// Value before.
    pub from: f64,
    /// Value after.
    pub to: f64,
    /// Causes, largest first.
    pub causes: Vec<Cause>,
}

/// Provinces held at the end of a month, for the game-over chart.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct HeldPoint {
    /// The month.
    pub month: Month,
    /// Held by the Republic.
    pub republic: u32,
    /// Held by the Empire.
    pub empire: u32,
}

/// A side's monthly accounts, for the treasury tooltip.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Accounts {
    /// Customs collected.
    pub customs: f64,
    /// Silver.
    pub silver: f64,
    /// Taxes.
    pub taxes: f64,
    /// Loans and aid.
    pub aid: f64,
    /// Troops' pay.
    pub upkeep: f64,
}

/// A message to the player in the status line.
#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    /// The text.
    pub text: String,
    /// Whether it reports a refusal or a failure.
    pub error: bool,
}

/// The game being played: the rules' state and what the screens remember about it.
#[derive(Resource)]
pub struct Match {
    /// The rules' state; only the bridge changes it.
    pub state: GameState,
    /// Who plays each side, indexed by [`Side::index`].
    pub seats: [Seat; 2],
    /// The side whose orders the window is taking (the viewer, in AI-against-AI).
    pub active: Side,
    /// Every chronicle line so far.
    pub chronicle: Vec<ChronicleEntry>,
    /// Provinces held month by month.
    pub held: Vec<HeldPoint>,
    /// The latest change of each track, by track index.
    pub track_changes: Vec<Option<TrackChange>>,
    /// Moves made last month.
    pub last_moves: Vec<MoveTrace>,
    /// Each side's latest monthly accounts.
    pub accounts: [Option<Accounts>; 2],
    /// Events waiting to be shown.
    pub popups: VecDeque<Popup>,
    /// The status line.
    pub notice: Option<Notice>,
    /// Armies given an order this month, latest last, for undo.
    pub undo: Vec<u32>,
    /// A hotseat player has ended the turn and the other must take the seat.
    pub handover: bool,
    /// The month is being resolved off the main thread.
    pub resolving: bool,
    /// When the end of turn was asked for, to measure the wait.
    pub resolve_started: Option<Instant>,
    /// How long the last end of turn took, in milliseconds.
    pub last_turn_ms: Option<f64>,
    /// Where the autosave goes, if anywhere.
    pub autosave: Option<PathBuf>,
    /// Months resolved in this session.
    pub months_played: u32,
    /// How well the AI plays each side it holds, by [`Side::index`].
    pub levels: [Difficulty; 2],
    /// The campaign's name: its autosaves go in a folder of this name.
    pub campaign: String,
    /// How many orders and months the match has taken in.
    pub changes: u64,
    /// [`Match::changes`] when the match was last saved (or started, or loaded).
    pub saved_changes: u64,
    /// What the last month changed, for the turn report.
    pub report: Option<TurnReport>,
    /// Whether the turn report window is open.
    pub report_open: bool,
}

impl Match {
    /// A match from a state: the sides' seats decide who the window speaks for.
    pub fn new(state: GameState, seats: [Seat; 2]) -> Match {
        let active = Side::BOTH
            .into_iter()
            .find(|s| seats[s.index()] == Seat::Human)
            .unwrap_or(Side::Republic);
        let (republic, _, empire) = state.holder_counts();
        let held = vec![HeldPoint {
            month: state.month.plus(-1),
            republic,
            empire,
        }];
        let mut m = Match {
            track_changes: vec![None; state.tracks.len()],
            state,
            seats,
            active,
            chronicle: Vec::new(),
            held,
            last_moves: Vec::new(),
            accounts: [None; 2],
            popups: VecDeque::new(),
            notice: None,
            undo: Vec::new(),
            handover: false,
            resolving: false,
            resolve_started: None,
            last_turn_ms: None,
            autosave: None,
            months_played: 0,
            levels: [Difficulty::Normal; 2],
            campaign: String::new(),
            changes: 0,
            saved_changes: 0,
            report: None,
            report_open: false,
        };
        m.campaign = new_campaign_name(&m.state);
        m.queue_pending_choices();
        m
    }

    /// Whether a side is played at this machine.
    pub fn is_human(&self, side: Side) -> bool {
        self.seats[side.index()] == Seat::Human
    }

    /// The pop-up to show now, with its place in the queue: the first one that is news, or a
    /// choice for the player at the screen. A choice for the other player at this machine
    /// (hotseat) waits for that player's turn.
    pub fn visible_popup(&self) -> Option<(usize, &Popup)> {
        self.popups.iter().enumerate().find(|(_, p)| {
            p.chooser
                .is_none_or(|side| side == self.active || !self.is_human(side))
        })
    }

    /// Whether nobody plays at this machine: the window only watches.
    pub fn watching(&self) -> bool {
        !Side::BOTH.into_iter().any(|s| self.is_human(s))
    }

    /// The pending orders the window may show: only the active player's own, never the
    /// other player's in hotseat, and none while the seat is being handed over.
    pub fn shown_orders(&self) -> &[crate::sim::state::Order] {
        let shown = !self.handover && (self.is_human(self.active) || self.watching());
        if shown {
            &self.state.orders[self.active.index()]
        } else {
            &[]
        }
    }

    /// Whether two players share this machine.
    pub fn hotseat(&self) -> bool {
        Side::BOTH.into_iter().all(|s| self.is_human(s))
    }

    /// Whether something happened since the last save (orders, a month) that leaving would
    /// lose.
    pub fn unsaved(&self) -> bool {
        self.changes != self.saved_changes
    }

    /// Notes that a save holds the match as it stood after `changes` batches.
    pub fn mark_saved(&mut self, changes: u64) {
        self.saved_changes = self.saved_changes.max(changes);
    }

    /// The side whose point of view the turn report takes: the one player's, or none when
    /// two players share the machine or nobody plays.
    pub fn reader(&self) -> Option<Side> {
        (!self.hotseat() && self.is_human(self.active)).then_some(self.active)
    }

    /// Whether the window may give orders for the active side now.
    pub fn can_order(&self) -> bool {
        self.is_human(self.active)
            && !self.resolving
            && !self.handover
            && self.state.outcome.is_none()
    }

    /// Pop-ups for choices already waiting (after loading a save).
    fn queue_pending_choices(&mut self) {
        for p in &self.state.pending {
            let chooser = self.state.scenario.events[p.event].chooser;
            if let Some(side) = chooser.filter(|s| self.is_human(*s)) {
                let popup = Popup {
                    event: p.event,
                    month: p.since,
                    chooser: Some(side),
                };
                if !self.popups.contains(&popup) {
                    self.popups.push_back(popup);
                }
            }
        }
    }

    /// Takes in the events of a command or a month: chronicle, causes, moves, pop-ups.
    pub fn absorb(&mut self, lang: Lang, events: &[Event]) {
        let began = events.iter().find_map(|ev| match ev {
            Event::MonthBegan { month } => Some(*month),
            _ => None,
        });
        let month = began
            .or_else(|| self.chronicle.last().map(|c| c.month))
            .unwrap_or(self.state.month);
        for line in crate::text::chronicle::tell(lang, &self.state, events) {
            self.chronicle.push(ChronicleEntry {
                month,
                heading: line.key == "chronicle-month",
                text: line.text,
            });
        }
        for ev in events {
            match ev {
                Event::TrackChanged {
                    track,
                    from,
                    to,
                    causes,
                } => {
                    if let Some(slot) = self.track_changes.get_mut(*track) {
                        *slot = Some(TrackChange {
                            from: *from,
                            to: *to,
                            causes: causes.clone(),
                        });
                    }
                }
                Event::ArmyMoved {
                    side,
                    from,
                    to,
                    by_sea,
                    ..
                } => self.last_moves.push(MoveTrace {
                    side: *side,
                    from: *from,
                    to: *to,
                    by_sea: *by_sea,
                }),
                Event::EventFired {
                    event,
                    awaiting_choice,
                } => {
                    let chooser = self.state.scenario.events[*event].chooser;
                    let human_chooses =
                        *awaiting_choice && chooser.is_some_and(|s| self.is_human(s));
                    // Watching AI against AI, events only go to the chronicle: nobody is
                    // there to close pop-ups.
                    if human_chooses || !self.watching() {
                        // An event that fires again while its news still waits replaces it:
                        // two copies would look like one window that "Continue" cannot close.
                        if !human_chooses {
                            self.popups
                                .retain(|p| p.event != *event || p.chooser.is_some());
                        }
                        self.popups.push_back(Popup {
                            event: *event,
                            month: self.chronicle.last().map_or(month, |c| c.month),
                            chooser: if human_chooses { chooser } else { None },
                        });
                    }
                }
                Event::Accounts {
                    side,
                    customs,
                    silver,
                    taxes,
                    aid,
                    upkeep,
                    ..
                } => {
                    self.accounts[side.index()] = Some(Accounts {
                        customs: *customs,
                        silver: *silver,
                        taxes: *taxes,
                        aid: *aid,
                        upkeep: *upkeep,
                    });
                }
                Event::ChoiceMade { event, .. } => {
                    self.popups
                        .retain(|p| p.event != *event || p.chooser.is_none());
                }
                _ => {}
            }
        }
    }
}

/// A player asks for a command.
#[derive(Message, Debug, Clone)]
pub struct OrderRequest {
    /// For which side.
    pub side: Side,
    /// The command.
    pub command: Command,
}

/// The active player ends the turn.
#[derive(Message, Debug, Clone, Copy, Default)]
pub struct EndTurnRequest;

/// Something the rules reported, for the screens to show.
#[derive(Message, Debug, Clone)]
pub struct SimEvent(pub Event);

/// Another player takes the seat (hotseat): what the previous one selected must go.
#[derive(Message, Debug, Clone, Copy, Default)]
pub struct SeatChanged;

/// The whole state changed (a new month, a loaded game): redraw everything.
#[derive(Message, Debug, Clone, Copy, Default)]
pub struct MatchRefreshed;

/// What a month's resolution off the main thread gives back.
pub struct TurnResult {
    /// The state after the month.
    pub state: GameState,
    /// What happened: the AI's commands' events, then the month's.
    pub events: Vec<Event>,
    /// Time spent on the worker (AI orders and the month), in milliseconds.
    pub work_ms: f64,
}

/// The autosave being written after a month, off the main thread and off the player's wait:
/// its error if it failed, and the match's [`Match::changes`] it holds.
#[derive(Component)]
pub struct AutosaveTask(pub Task<(Option<String>, u64)>);

/// The month being resolved.
#[derive(Component)]
pub struct TurnTask(pub Task<TurnResult>);

/// Pace of AI-against-AI: a month every so often, unless paused.
#[derive(Resource, Debug)]
pub struct WatchPace {
    /// Stopped by the viewer.
    pub paused: bool,
    /// Seconds between months.
    pub seconds: f32,
    /// When the last month ended.
    pub last: Option<Instant>,
}

impl Default for WatchPace {
    fn default() -> Self {
        WatchPace {
            paused: false,
            seconds: 1.5,
            last: None,
        }
    }
}

/// A new campaign's name: the scenario, the seed, the moment it began and its number in this
/// session, so that two campaigns never share their autosaves.
fn new_campaign_name(state: &GameState) -> String {
    static STARTED: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
    let number = STARTED.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let began = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    format!("{}-{}-{began}-{number}", state.scenario.id, state.seed)
}

/// Registers the bridge's messages and systems.
pub fn plugin(app: &mut App) {
    app.add_message::<OrderRequest>()
        .add_message::<EndTurnRequest>()
        .add_message::<SimEvent>()
        .add_message::<MatchRefreshed>()
        .add_message::<SeatChanged>()
        .add_message::<RequestRedraw>()
        .init_resource::<WatchPace>()
        .add_systems(
            Update,
            (
                apply_orders,
                end_turns,
                watch_ai_play,
                poll_turn,
                poll_autosave,
            )
                .chain()
                .in_set(ClientSet::Rules)
                .run_if(resource_exists::<Match>),
        )
        // A month is often done before the frame that started it ends: taking it then
        // saves waiting for a whole (software-rendered) frame.
        .add_systems(Last, poll_turn.run_if(resource_exists::<Match>));
}

/// Applies the players' commands; a refusal becomes a notice, never a crash.
pub fn apply_orders(
    window_lang: Res<WindowLang>,
    mut requests: MessageReader<OrderRequest>,
    mut game: ResMut<Match>,
    mut sim_events: MessageWriter<SimEvent>,
) {
    let lang = window_lang.0;
    for req in requests.read() {
        if game.resolving {
            continue;
        }
        match game.state.apply(req.side, &req.command) {
            Ok(events) => {
                match &req.command {
                    Command::Move { army, .. }
                    | Command::Siege { army, .. }
                    | Command::Disperse { army } => {
                        let army = *army;
                        game.undo.retain(|a| *a != army);
                        game.undo.push(army);
                    }
                    Command::CancelOrder { army } => {
                        let army = *army;
                        game.undo.retain(|a| *a != army);
                    }
                    Command::Choose { event, .. } => {
                        let index = game
                            .state
                            .scenario
                            .events
                            .iter()
                            .position(|e| e.id == *event);
                        game.popups.retain(|p| Some(p.event) != index);
                    }
                    _ => {}
                }
                game.notice = None;
                // An order changes the game even when it tells nothing yet.
                game.changes += 1;
                game.absorb(lang, &events);
                sim_events.write_batch(events.into_iter().map(SimEvent));
            }
            Err(e) => {
                game.notice = Some(Notice {
                    text: crate::text::refusals::refusal(lang, &game.state, &e),
                    error: true,
                });
            }
        }
    }
}

/// Ends the active side's turn: hands the seat over in hotseat, or starts the month.
pub fn end_turns(
    mut requests: MessageReader<EndTurnRequest>,
    mut game: ResMut<Match>,
    mut commands: Commands,
    wake: Option<Res<EventLoopProxyWrapper>>,
    mut seat: MessageWriter<SeatChanged>,
) {
    if requests.read().count() == 0
        || game.resolving
        || game.state.outcome.is_some()
        || crate::client::pack::lesson_over(&game.state)
    {
        return;
    }
    if game.handover {
        // The next player has taken the seat.
        game.handover = false;
        return;
    }
    let active = game.active;
    if game.is_human(active) {
        let _ = game.state.apply(active, &Command::EndTurn);
        let other = active.enemy();
        if game.is_human(other) && !game.state.ready[other.index()] {
            game.active = other;
            game.handover = true;
            game.undo.clear();
            seat.write(SeatChanged);
            return;
        }
    }
    start_month(&mut game, &mut commands, wake.as_deref());
}

/// Sends the month off the main thread: the AI's orders, then the resolution. The worker
/// wakes the window when it is done: a reactive window sleeps until input, and drawing
/// frames while waiting would take the CPU from the worker on a small machine.
fn start_month(game: &mut Match, commands: &mut Commands, wake: Option<&EventLoopProxyWrapper>) {
    let ai_sides: Vec<Side> = Side::BOTH
        .into_iter()
        .filter(|s| !game.is_human(*s))
        .collect();
    let state = game.state.clone();
    let levels = game.levels;
    let wake = wake.map(|w| (**w).clone());
    game.resolving = true;
    game.resolve_started = Some(Instant::now());
    game.notice = None;
    let task = AsyncComputeTaskPool::get().spawn(async move {
        let result = play_month(state, &ai_sides, levels);
        if let Some(proxy) = wake {
            // A closed event loop means the window is gone: nothing to wake.
            let _ = proxy.send_event(WinitUserEvent::WakeUp);
        }
        result
    });
    commands.spawn((Name::new("Month being resolved"), TurnTask(task)));
}

/// The work of one month, run on a worker thread.
pub fn play_month(mut state: GameState, ai_sides: &[Side], levels: [Difficulty; 2]) -> TurnResult {
    let began = Instant::now();
    // The human seats' orders were applied as they were given.
    let (_, events) = policy::play_month(&mut state, &mut Ai::new(levels), ai_sides);
    TurnResult {
        state,
        events,
        work_ms: began.elapsed().as_secs_f64() * 1000.0,
    }
}

/// Writes the autosave of the month about to be played on an I/O thread once the player has
/// it, in the campaign's own folder, and keeps only the newest few there.
fn start_autosave(lang: Lang, game: &Match, commands: &mut Commands) {
    let Some(root) = game.autosave.clone() else {
        return;
    };
    let path = saves::autosave_path(&root, &game.campaign, game.state.month);
    let state = game.state.clone();
    let record = saves::WindowRecord::of(game);
    let changes = game.changes;
    let task = IoTaskPool::get().spawn(async move {
        let result = saves::write_save(lang, &state, &record, &path).err();
        if result.is_none()
            && let Some(dir) = path.parent()
        {
            saves::prune_autosaves(dir);
        }
        (result, changes)
    });
    commands.spawn((Name::new("Autosave"), AutosaveTask(task)));
}

/// Reports a failed autosave.
fn poll_autosave(
    window_lang: Res<WindowLang>,
    mut tasks: Query<(Entity, &mut AutosaveTask)>,
    mut game: ResMut<Match>,
    mut commands: Commands,
) {
    let lang = window_lang.0;
    for (entity, mut task) in &mut tasks {
        let Some((error, changes)) = check_ready(&mut task.0) else {
            continue;
        };
        commands.entity(entity).despawn();
        match error {
            Some(e) => {
                game.notice = Some(Notice {
                    text: lang.tr_args("notice-autosave-failed", &[("error", e.into())]),
                    error: true,
                });
            }
            None => game.mark_saved(changes),
        }
    }
}

/// In AI-against-AI, starts the next month when its time has come.
fn watch_ai_play(
    mut game: ResMut<Match>,
    mut pace: ResMut<WatchPace>,
    mut commands: Commands,
    wake: Option<Res<EventLoopProxyWrapper>>,
) {
    if !game.watching()
        || game.resolving
        || pace.paused
        || game.state.outcome.is_some()
        || crate::client::pack::lesson_over(&game.state)
    {
        return;
    }
    let due = pace
        .last
        .is_none_or(|t| t.elapsed().as_secs_f32() >= pace.seconds);
    if due {
        pace.last = Some(Instant::now());
        start_month(&mut game, &mut commands, wake.as_deref());
    }
}

/// Takes in a resolved month when the worker is done.
pub fn poll_turn(
    window_lang: Res<WindowLang>,
    mut tasks: Query<(Entity, &mut TurnTask)>,
    mut game: ResMut<Match>,
    mut commands: Commands,
    mut sim_events: MessageWriter<SimEvent>,
    mut refreshed: MessageWriter<MatchRefreshed>,
    mut next_screen: ResMut<NextState<Screen>>,
    mut pace: ResMut<WatchPace>,
    mut seat: MessageWriter<SeatChanged>,
    mut redraw: MessageWriter<RequestRedraw>,
) {
    let lang = window_lang.0;
    for (entity, mut task) in &mut tasks {
        let Some(result) = check_ready(&mut task.0) else {
            continue;
        };
        commands.entity(entity).despawn();
        let resolved_month = game.state.month;
        game.state = result.state;
        game.last_moves.clear();
        game.undo.clear();
        game.changes += 1;
        game.absorb(lang, &result.events);
        let reader = game.reader();
        game.report = Some(report::build(
            lang,
            &game.state,
            resolved_month,
            &result.events,
            reader,
        ));
        // The report opens by itself for a player; a watcher of the AI's war opens it when
        // wanted, or it would cover the map every month.
        game.report_open = !game.watching() && game.state.outcome.is_none();
        let (republic, _, empire) = game.state.holder_counts();
        game.held.push(HeldPoint {
            month: resolved_month,
            republic,
            empire,
        });
        game.resolving = false;
        game.months_played += 1;
        game.active = Side::BOTH
            .into_iter()
            .find(|s| game.is_human(*s))
            .unwrap_or(game.active);
        if game.hotseat() && game.state.outcome.is_none() {
            // The player who ended the month is still at the screen.
            game.handover = true;
            seat.write(SeatChanged);
        }
        if let Some(start) = game.resolve_started.take() {
            let ms = start.elapsed().as_secs_f64() * 1000.0;
            game.last_turn_ms = Some(ms);
            info!(
                "month {resolved_month} resolved in {ms:.1} ms (worker {:.1} ms)",
                result.work_ms
            );
        }
        start_autosave(lang, &game, &mut commands);
        pace.last = Some(Instant::now());
        sim_events.write_batch(result.events.into_iter().map(SimEvent));
        refreshed.write(MatchRefreshed);
        // The screens take the month in the next frame: make sure there is one.
        redraw.write(RequestRedraw);
        if game.state.outcome.is_some() {
            next_screen.set(Screen::GameOver);
        }
    }
}
