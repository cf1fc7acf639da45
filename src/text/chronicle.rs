//! The chronicle: what happened, told in a given language so that a student can follow it —
//! one line for one happening, a month's many small things summed in one line, armies and
//! commanders named, each side named for what it was at the date.
pub(crate) mod sides;
mod summary;

pub use sides::{Case, list, side_form, side_name};

use crate::sim::event::{ControlCause, Event, LeaderFate};
use crate::sim::names::ArmyName;
use crate::sim::scenario::{Condition, Effect, EventDef, FranceStatus, LeaderStatus, Polity, Side};
use crate::sim::state::GameState;
use crate::sim::turn::track::FRANCE_WILL;
use crate::text::names::{
    choice_label, contingent_name, event_text, event_title, leader_name, name_text, power_name,
    province_short,
};
use crate::text::{Arg, Lang};
pub(crate) use sides::side_args;

/// A fight where the smaller side has fewer men than this is a skirmish, not a battle: a fight
/// is as large as the weaker side lets it be, and Tacámbaro (11 April 1865), the smallest fight
/// the history notes call a battle, pitted some 300 Belgians against 3,000 (docs/history/war.md
/// §2.2), while the guerrilla war's 322 "actions" of 1865 cost some 22 killed and wounded each
/// (§2.1): fights of a company or two. A column of thousands overrunning 95 men is told as the
/// skirmish it was.
pub const SKIRMISH_MEN: u32 = 250;

/// Whether a fight with these men engaged (attacker, defender) is a skirmish.
pub fn is_skirmish(engaged: [u32; 2]) -> bool {
    engaged[0].min(engaged[1]) < SKIRMISH_MEN
}

/// One line of the chronicle, and the kind of thing it tells: the key of the message that
/// words it (a scripted event's own text key for the scenario's events).
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    /// The message key: lines of one key are one kind.
    pub key: String,
    /// The text, in the reader's language.
    pub text: String,
}

impl Line {
    fn new(key: &str, text: String) -> Line {
        Line {
            key: key.to_string(),
            text,
        }
    }
}

/// A month heading for the chronicle.
pub fn month_heading(lang: Lang, month: crate::sim::Month) -> String {
    lang.tr_args("chronicle-month", &[("month", Arg::Str(lang.month(month)))])
}

/// The chronicle of a batch of events (a month, or one command's consequences), with `state`
/// as it stands after them: the month's heading first, then each happening once, then the
/// month's small happenings summed, then the end of the war if it came.
pub fn tell(lang: Lang, state: &GameState, events: &[Event]) -> Vec<Line> {
    let context = Context::new(state, events);
    let mut lines = Vec::new();
    let mut tally = summary::Tally::default();
    let mut end = None;
    for ev in events {
        if let Event::MonthBegan { month } = ev {
            lines.insert(0, Line::new("chronicle-month", month_heading(lang, *month)));
        } else if let Event::GameOver { .. } = ev {
            end = line(lang, state, &context, ev);
        } else if !context.told_by_script(ev) && !tally.take(ev) {
            lines.extend(line(lang, state, &context, ev));
        }
    }
    lines.extend(tally.lines(lang, state, &context));
    lines.extend(end);
    lines
}

/// The text of a single event told alone (for the JSON record of each event), or `None` for
/// routine events that would drown the story.
pub fn describe(lang: Lang, state: &GameState, event: &Event) -> Option<String> {
    let lines = tell(lang, state, std::slice::from_ref(event));
    (!lines.is_empty()).then(|| {
        lines
            .into_iter()
            .map(|l| l.text)
            .collect::<Vec<_>>()
            .join("\n")
    })
}

/// One happening of a batch (`events[index]`) told on its own line, with what the whole batch
/// says (the names of armies destroyed in it), as the turn report lists it; `None` for a
/// routine happening the chronicle only sums.
pub fn tell_event(lang: Lang, state: &GameState, events: &[Event], index: usize) -> Option<String> {
    let context = Context::new(state, events);
    line(lang, state, &context, events.get(index)?).map(|l| l.text)
}

/// What the whole batch says that single events need: the scripted events that fired, and
/// the names of armies destroyed in it (gone from the state by the time it is told).
pub(crate) struct Context<'a> {
    fired: Vec<&'a EventDef>,
    destroyed: Vec<(u32, &'a ArmyName)>,
}

impl<'a> Context<'a> {
    fn new(state: &'a GameState, events: &'a [Event]) -> Context<'a> {
        let mut fired = Vec::new();
        let mut destroyed = Vec::new();
        for ev in events {
            match ev {
                Event::EventFired { event, .. } => {
                    if let Some(def) = state.scenario.events.get(*event) {
                        fired.push(def);
                    }
                }
                Event::ArmyDestroyed { army, name, .. } => destroyed.push((*army, name)),
                _ => {}
            }
        }
        Context { fired, destroyed }
    }

    /// Whether a scripted event that fired in the same batch already tells this happening:
    /// it caused it (its effects) or fires exactly because of it (its whole condition), as
    /// "Zaragoza is dead" tells Zaragoza's death.
    fn told_by_script(&self, ev: &Event) -> bool {
        self.fired.iter().any(|def| tells(def, ev))
    }

    /// An army's name by id, whether it still stands or fell in this batch.
    pub(crate) fn army_name(&self, lang: Lang, state: &GameState, id: u32) -> Option<String> {
        state
            .armies
            .iter()
            .find(|a| a.id == id)
            .map(|a| &a.name)
            .or_else(|| {
                self.destroyed
                    .iter()
                    .find(|(d, _)| *d == id)
                    .map(|(_, n)| *n)
            })
            .map(|name| name_text(lang, state, name))
    }

    /// An army and its commander as the chronicle names them: "Army of the East under
    /// Ignacio Zaragoza".
    pub(crate) fn force(
        &self,
        lang: Lang,
        state: &GameState,
        army: u32,
        leader: Option<usize>,
    ) -> String {
        let commander = leader
            .filter(|&l| l < state.scenario.leaders.len())
            .map(|l| leader_name(lang, state, l));
        match (self.army_name(lang, state, army), commander) {
            (Some(army), Some(leader)) => lang.tr_args(
                "chronicle-force-led",
                &[("army", Arg::Str(army)), ("leader", Arg::Str(leader))],
            ),
            (Some(army), None) => army,
            (None, Some(leader)) => leader,
            (None, None) => lang.tr("chronicle-force-unnamed"),
        }
    }
}

/// Whether the scripted event `def` tells the happening `ev`.
fn tells(def: &EventDef, ev: &Event) -> bool {
    match ev {
        Event::Leader { leader, fate, .. } => {
            let caused = def.effects.iter().any(|e| match (e, fate) {
                (Effect::LeaderDies(r), LeaderFate::Died)
                | (Effect::LeaderDefects(r), LeaderFate::Defected)
                | (Effect::LeaderArrives(r), LeaderFate::Arrived) => r.idx() == *leader,
                _ => false,
            });
            let because = match (&def.when, fate) {
                (Condition::Leader(r, LeaderStatus::Dead), LeaderFate::Died)
                | (Condition::Leader(r, LeaderStatus::Captured), LeaderFate::Captured)
                | (Condition::Leader(r, LeaderStatus::Neutral), LeaderFate::WentNeutral)
                | (Condition::Leader(r, LeaderStatus::Active), LeaderFate::Arrived)
                | (Condition::LeaderSide(r, _), LeaderFate::Defected) => r.idx() == *leader,
                _ => false,
            };
            caused || because
        }
        Event::PolityChanged { polity } => def
            .effects
            .iter()
            .any(|e| matches!(e, Effect::SetPolity(p, _) if p == polity)),
        Event::FranceChanged { status, .. } => {
            matches!(&def.when, Condition::France(s) if s == status)
        }
        Event::PowerJoined { power, .. } => def
            .effects
            .iter()
            .any(|e| matches!(e, Effect::PowerJoins(r, _) if r.idx() == *power)),
        Event::PowerLeft { power, .. } => def
            .effects
            .iter()
            .any(|e| matches!(e, Effect::PowerLeaves(r) if r.idx() == *power)),
        _ => false,
    }
}

fn province(lang: Lang, state: &GameState, p: usize) -> Arg {
    Arg::Str(province_short(lang, state, p))
}

fn men(n: u32) -> Arg {
    Arg::Num(f64::from(n))
}

/// Arguments naming a side in every case, under names given once for all four.
macro_rules! side {
    ($lang:expr, $state:expr, $name:literal, $side:expr) => {
        $crate::text::chronicle::side_args(
            $lang,
            $state,
            [
                $name,
                concat!($name, "-lead"),
                concat!($name, "-to"),
                concat!($name, "-of"),
            ],
            $side,
        )
    };
}
pub(crate) use side;

/// Words a message with the given arguments as one line of its kind.
fn said(lang: Lang, key: &str, args: &[(&str, Arg)]) -> Line {
    Line::new(key, lang.tr_args(key, args))
}

/// One line for one event told on its own, or `None` for routine events.
fn line(lang: Lang, state: &GameState, context: &Context, event: &Event) -> Option<Line> {
    let line = match event {
        Event::Battle {
            province: p,
            attacker,
            men: engaged,
            winner,
            losses,
            prisoners,
            armies,
            commanders,
            ..
        } => {
            let skirmish = is_skirmish(*engaged);
            let key = match (skirmish, winner == attacker) {
                (true, true) => "chronicle-skirmish-attacker-won",
                (true, false) => "chronicle-skirmish-defender-held",
                (false, true) => "chronicle-battle-attacker-won",
                (false, false) => "chronicle-battle-defender-held",
            };
            let mut args = vec![
                ("province", province(lang, state, *p)),
                ("attackers", men(engaged[0])),
                ("defenders", men(engaged[1])),
                ("attacker_losses", men(losses[0])),
                ("defender_losses", men(losses[1])),
                (
                    "attacker_force",
                    Arg::Str(context.force(lang, state, armies[0], commanders[0])),
                ),
                (
                    "defender_force",
                    Arg::Str(context.force(lang, state, armies[1], commanders[1])),
                ),
            ];
            args.extend(side!(lang, state, "attacker", *attacker));
            args.extend(side!(lang, state, "defender", attacker.enemy()));
            let mut line = said(lang, key, &args);
            if *prisoners > 0 {
                let mut args = vec![("men", men(*prisoners))];
                args.extend(side!(lang, state, "side", winner.enemy()));
                line.text.push(' ');
                line.text
                    .push_str(&lang.tr_args("chronicle-prisoners", &args));
            }
            line
        }
        Event::SiegeProgress { province: p, fort } => said(
            lang,
            "chronicle-siege",
            &[
                ("province", province(lang, state, *p)),
                ("fort", Arg::Num((fort * 10.0).round() / 10.0)),
                (
                    "full",
                    Arg::Num(f64::from(state.scenario.provinces[*p].fortification)),
                ),
            ],
        ),
        Event::Surrendered {
            province: p,
            side,
            prisoners,
        } => {
            let mut args = vec![
                ("province", province(lang, state, *p)),
                ("men", men(*prisoners)),
            ];
            args.extend(side!(lang, state, "side", *side));
            said(lang, "chronicle-surrendered", &args)
        }
        Event::EventFired { event, .. } => {
            let def = &state.scenario.events[*event];
            let title = lang.tr_args(
                "chronicle-event",
                &[("title", Arg::Str(event_title(lang, state, *event)))],
            );
            Line {
                key: format!("event-{}-text", def.id),
                text: format!("{title}\n    {}", event_text(lang, state, *event)),
            }
        }
        Event::ChoiceMade {
            event,
            choice,
            side,
        } => {
            let mut args = vec![(
                "choice",
                Arg::Str(choice_label(lang, state, *event, *choice)),
            )];
            args.extend(side!(lang, state, "side", *side));
            said(lang, "chronicle-choice", &args)
        }
        Event::PowerJoined { power, side } => {
            let mut args = vec![("power", Arg::Str(power_name(lang, state, *power)))];
            args.extend(side!(lang, state, "side", *side));
            said(lang, "chronicle-power-joined", &args)
        }
        Event::PowerLeft { power, men: m } => said(
            lang,
            "chronicle-power-left",
            &[
                ("power", Arg::Str(power_name(lang, state, *power))),
                ("men", men(*m)),
            ],
        ),
        Event::PolityChanged { polity } => {
            let key = match polity {
                Polity::Intervention => "chronicle-polity-intervention",
                Polity::Regency => "chronicle-polity-regency",
                Polity::Empire => "chronicle-polity-empire",
                Polity::Fallen => "chronicle-polity-fallen",
            };
            Line::new(key, lang.tr(key))
        }
        Event::FranceChanged { status, will } => {
            let key = match status {
                FranceStatus::Committed => "chronicle-france-committed",
                FranceStatus::Withdrawing => "chronicle-france-withdrawing",
                FranceStatus::Gone => "chronicle-france-gone",
            };
            said(
                lang,
                key,
                &[
                    ("will", Arg::Num(will.round())),
                    ("max", Arg::Num(will_max(state))),
                ],
            )
        }
        Event::Reinforced {
            side,
            contingent,
            men: m,
            province: p,
        } if *m >= 1000 => {
            let mut args = vec![
                ("men", men(*m)),
                (
                    "contingent",
                    Arg::Str(contingent_name(lang, state, *contingent)),
                ),
                ("province", province(lang, state, *p)),
            ];
            args.extend(side!(lang, state, "side", *side));
            said(lang, "chronicle-reinforced", &args)
        }
        Event::GameOver { outcome } => Line::new(
            "chronicle-winner",
            crate::text::outcome::outcome_text(lang, state, outcome),
        ),
        _ => return None,
    };
    Some(line)
}

/// Whether a control change is told as an occupation, a drift, or a province falling into
/// dispute: the summary groups changes by this.
pub(crate) fn control_key(cause: ControlCause, to_side: Option<Side>) -> &'static str {
    match (to_side, cause) {
        (None, ControlCause::Bands) => "chronicle-control-towns",
        (None, _) => "chronicle-control-contested",
        (Some(_), ControlCause::Bands) => "chronicle-control-bands",
        (Some(_), ControlCause::Occupation) => "chronicle-control-occupied",
        (Some(_), ControlCause::Drift) => "chronicle-control-drift",
    }
}

/// A summary line of who holds what, for the end of each month, with each side named as it is
/// then and France's will out of its track's top.
pub fn holdings_line(lang: Lang, state: &GameState) -> String {
    let (r, c, e) = state.holder_counts();
    let mut args = vec![
        ("republic", r.into()),
        ("contested", c.into()),
        ("empire", e.into()),
        (
            "will",
            Arg::Str(lang.number(state.track(FRANCE_WILL).round())),
        ),
        ("max", Arg::Num(will_max(state))),
    ];
    args.extend(side!(lang, state, "empire_side", Side::Empire));
    lang.tr_args("chronicle-holdings", &args)
}

/// The top of France's will track, the scale its value is told on.
fn will_max(state: &GameState) -> f64 {
    state
        .scenario
        .tracks
        .iter()
        .find(|t| t.id == FRANCE_WILL)
        .map_or(100.0, |t| t.max)
}
