//! The turn report: what a resolved month changed, drawn from its typed events and worded by
//! the text layer — the battles and surrenders, the provinces won and lost, the armies
//! destroyed and the scenario's events — each with the province to go to on the map.
use crate::sim::Month;
use crate::sim::event::Event;
use crate::sim::scenario::Side;
use crate::sim::state::GameState;
use crate::text::chronicle::{Case, side_args, side_name, tell_event};
use crate::text::names::{event_title, name_text, province_short};
use crate::text::{Arg, Lang};

/// The kinds of line of a report, in the order the report shows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum ReportKind {
    /// A battle or a skirmish.
    Battle,
    /// A besieged garrison gave up.
    Surrender,
    /// A province the reader's side took.
    Won,
    /// A province the reader's side lost.
    Lost,
    /// A province that changed hands, told to a reader who plays neither side.
    Changed,
    /// An army that ceased to exist.
    Destroyed,
    /// A scenario event.
    Event,
}

impl ReportKind {
    /// Every kind, in the report's order.
    pub const ALL: [ReportKind; 7] = [
        ReportKind::Battle,
        ReportKind::Surrender,
        ReportKind::Won,
        ReportKind::Lost,
        ReportKind::Changed,
        ReportKind::Destroyed,
        ReportKind::Event,
    ];

    /// The key of the heading of this kind's lines.
    pub fn heading_key(self) -> &'static str {
        match self {
            ReportKind::Battle => "report-battles",
            ReportKind::Surrender => "report-surrenders",
            ReportKind::Won => "report-won",
            ReportKind::Lost => "report-lost",
            ReportKind::Changed => "report-changed",
            ReportKind::Destroyed => "report-destroyed",
            ReportKind::Event => "report-events",
        }
    }
}

/// One line of a report.
#[derive(Debug, Clone, PartialEq)]
pub struct ReportItem {
    /// What kind of happening it tells.
    pub kind: ReportKind,
    /// The text, in the reader's language.
    pub text: String,
    /// Where it happened, to go to on the map.
    pub province: Option<usize>,
}

/// What one month changed.
#[derive(Debug, Clone, PartialEq)]
pub struct TurnReport {
    /// The month resolved.
    pub month: Month,
    /// Its lines, by kind in [`ReportKind::ALL`]'s order, then as they happened.
    pub items: Vec<ReportItem>,
}

impl TurnReport {
    /// The lines of one kind.
    pub fn of(&self, kind: ReportKind) -> impl Iterator<Item = &ReportItem> {
        self.items.iter().filter(move |i| i.kind == kind)
    }

    /// Whether nothing the report tells happened.
    pub fn is_quiet(&self) -> bool {
        self.items.is_empty()
    }
}

/// The report of a month from its events, with `state` as it stands after them; `reader` is
/// the side the reader plays, if one (provinces are then "won" and "lost" rather than told
/// as changing hands).
pub fn build(
    lang: Lang,
    state: &GameState,
    month: Month,
    events: &[Event],
    reader: Option<Side>,
) -> TurnReport {
    let mut items = Vec::new();
    let province = |p: usize| Arg::Str(province_short(lang, state, p));
    for (i, ev) in events.iter().enumerate() {
        let item = |kind, text: String, province: Option<usize>| ReportItem {
            kind,
            text,
            province,
        };
        match ev {
            Event::Battle { province: p, .. } => {
                if let Some(text) = tell_event(lang, state, events, i) {
                    items.push(item(ReportKind::Battle, text, Some(*p)));
                }
            }
            Event::Surrendered { province: p, .. } => {
                if let Some(text) = tell_event(lang, state, events, i) {
                    items.push(item(ReportKind::Surrender, text, Some(*p)));
                }
            }
            Event::ControlChanged {
                province: p,
                from,
                to,
                ..
            } => {
                let mut args = vec![("province", province(*p))];
                let mut holder = |side| {
                    args.extend(side_args(
                        lang,
                        state,
                        ["holder", "holder-lead", "holder-to", "holder-of"],
                        side,
                    ))
                };
                let (kind, key) = match (reader, to.side()) {
                    (Some(me), Some(side)) if side == me => {
                        (ReportKind::Won, "report-province-won")
                    }
                    (Some(me), now) if from.side() == Some(me) => match now {
                        Some(enemy) => {
                            holder(enemy);
                            (ReportKind::Lost, "report-province-lost")
                        }
                        None => (ReportKind::Lost, "report-province-lost-contested"),
                    },
                    (_, Some(side)) => {
                        holder(side);
                        (ReportKind::Changed, "report-province-taken")
                    }
                    (_, None) => (ReportKind::Changed, "report-province-contested"),
                };
                items.push(item(kind, lang.tr_args(key, &args), Some(*p)));
            }
            Event::ArmyDestroyed { army, name, side } => {
                let text = lang.tr_args(
                    "report-army-destroyed",
                    &[
                        ("army", Arg::Str(name_text(lang, state, name))),
                        (
                            "side",
                            Arg::Str(side_name(lang, state, *side, Case::Subject)),
                        ),
                    ],
                );
                items.push(item(
                    ReportKind::Destroyed,
                    text,
                    last_place(events, i, *army),
                ));
            }
            Event::EventFired { event, .. } => {
                let text = event_title(lang, state, *event);
                items.push(item(ReportKind::Event, text, None));
            }
            _ => {}
        }
    }
    // Kinds in the report's order; within a kind, as they happened (a stable sort).
    items.sort_by_key(|i| i.kind);
    TurnReport { month, items }
}

/// Where an army was last seen in the events before `before`: the battle it fought, or the
/// province it marched to.
fn last_place(events: &[Event], before: usize, army: u32) -> Option<usize> {
    events[..before].iter().rev().find_map(|ev| match ev {
        Event::Battle {
            province, armies, ..
        } if armies.contains(&army) => Some(*province),
        Event::ArmyMoved { army: a, to, .. } if *a == army => Some(*to),
        Event::Evaded { army: a, to, .. } if *a == army => Some(*to),
        Event::Dispersed {
            army: a, province, ..
        } if *a == army => Some(*province),
        _ => None,
    })
}
