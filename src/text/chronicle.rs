//! The chronicle: one readable line, in a given language, for each event worth telling.
use crate::sim::event::{AttritionCause, ControlCause, Event, LeaderFate};
use crate::sim::scenario::{FranceStatus, Polity, Side};
use crate::sim::state::{GameState, Holder};
use crate::text::names::{
    choice_label, contingent_name, event_title, leader_name, power_name, province_name,
};
use crate::text::{Arg, Lang};

/// Smallest losses outside battle worth a line.
const NOTABLE_LOSSES: u32 = 300;

/// A side as the selector the chronicle's messages choose their words by (`republic`,
/// `empire`): articles and contractions differ by language and by place in the sentence, so
/// the translation, not the code, picks "al Imperio" or "do Império".
fn side_name(side: Side) -> String {
    side.key().to_string()
}

/// A holder as a selector (`republic`, `empire`, `contested`).
fn holder_name(holder: Holder) -> String {
    holder.key().to_string()
}

fn province(lang: Lang, state: &GameState, p: usize) -> Arg {
    Arg::Str(province_name(lang, state, p))
}

fn men(n: u32) -> Arg {
    Arg::Num(f64::from(n))
}

/// A month heading for the chronicle.
pub fn month_heading(lang: Lang, month: crate::sim::Month) -> String {
    lang.tr_args("chronicle-month", &[("month", Arg::Str(lang.month(month)))])
}

/// One line for an event, or `None` for routine events (accounts, ordinary moves, small
/// losses) that would drown the story.
pub fn describe(lang: Lang, state: &GameState, event: &Event) -> Option<String> {
    let line = match event {
        Event::MonthBegan { month } => month_heading(lang, *month),
        Event::Battle {
            province: p,
            attacker,
            men: engaged,
            winner,
            losses,
            prisoners,
            ..
        } => {
            let key = if winner == attacker {
                "chronicle-battle-attacker-won"
            } else {
                "chronicle-battle-defender-held"
            };
            let mut text = lang.tr_args(
                key,
                &[
                    ("province", province(lang, state, *p)),
                    ("attacker", Arg::Str(side_name(*attacker))),
                    ("defender", Arg::Str(side_name(attacker.enemy()))),
                    ("attackers", men(engaged[0])),
                    ("defenders", men(engaged[1])),
                    ("attacker_losses", men(losses[0])),
                    ("defender_losses", men(losses[1])),
                ],
            );
            if *prisoners > 0 {
                text.push(' ');
                text.push_str(&lang.tr_args("chronicle-prisoners", &[("men", men(*prisoners))]));
            }
            text
        }
        Event::Evaded {
            from, to, losses, ..
        } => lang.tr_args(
            "chronicle-evaded",
            &[
                ("from", province(lang, state, *from)),
                ("to", province(lang, state, *to)),
                ("men", men(*losses)),
            ],
        ),
        Event::SiegeProgress { province: p, fort } => lang.tr_args(
            "chronicle-siege",
            &[
                ("province", province(lang, state, *p)),
                ("fort", Arg::Num((fort * 10.0).round() / 10.0)),
            ],
        ),
        Event::Surrendered {
            province: p,
            side,
            prisoners,
        } => lang.tr_args(
            "chronicle-surrendered",
            &[
                ("province", province(lang, state, *p)),
                ("side", Arg::Str(side_name(*side))),
                ("men", men(*prisoners)),
            ],
        ),
        Event::Dispersed {
            province: p,
            men: m,
            ..
        } => lang.tr_args(
            "chronicle-dispersed",
            &[("province", province(lang, state, *p)), ("men", men(*m))],
        ),
        Event::ControlChanged {
            province: p,
            to,
            cause,
            ..
        } => {
            let key = match cause {
                ControlCause::Occupation => "chronicle-control-occupied",
                ControlCause::Drift => "chronicle-control-drift",
            };
            lang.tr_args(
                key,
                &[
                    ("province", province(lang, state, *p)),
                    ("holder", Arg::Str(holder_name(*to))),
                ],
            )
        }
        Event::Attrition {
            side,
            men: m,
            cause,
            contingent,
        } if *m >= NOTABLE_LOSSES => {
            let key = match cause {
                AttritionCause::Fever => "chronicle-fever",
                AttritionCause::Supply => "chronicle-supply",
                AttritionCause::Desertion => "chronicle-desertion",
                AttritionCause::Siege => "chronicle-siege-losses",
                AttritionCause::Guerrilla => "chronicle-guerrilla-losses",
            };
            lang.tr_args(
                key,
                &[
                    ("side", Arg::Str(side_name(*side))),
                    ("men", men(*m)),
                    (
                        "contingent",
                        Arg::Str(contingent_name(lang, state, *contingent)),
                    ),
                ],
            )
        }
        Event::GuerrillaWar {
            province: p,
            guerrillas_lost,
            garrison_lost,
        } if guerrillas_lost + garrison_lost >= NOTABLE_LOSSES => lang.tr_args(
            "chronicle-guerrilla",
            &[
                ("province", province(lang, state, *p)),
                ("guerrillas", men(*guerrillas_lost)),
                ("garrison", men(*garrison_lost)),
            ],
        ),
        Event::EventFired { event, .. } => lang.tr_args(
            "chronicle-event",
            &[("title", Arg::Str(event_title(lang, state, *event)))],
        ),
        Event::ChoiceMade {
            event,
            choice,
            side,
        } => lang.tr_args(
            "chronicle-choice",
            &[
                ("side", Arg::Str(side_name(*side))),
                (
                    "choice",
                    Arg::Str(choice_label(lang, state, *event, *choice)),
                ),
            ],
        ),
        Event::PowerJoined { power, side } => lang.tr_args(
            "chronicle-power-joined",
            &[
                ("power", Arg::Str(power_name(lang, state, *power))),
                ("side", Arg::Str(side_name(*side))),
            ],
        ),
        Event::PowerLeft { power, men: m } => lang.tr_args(
            "chronicle-power-left",
            &[
                ("power", Arg::Str(power_name(lang, state, *power))),
                ("men", men(*m)),
            ],
        ),
        Event::Leader { leader, fate } => {
            let key = match fate {
                LeaderFate::Died => "chronicle-leader-died",
                LeaderFate::Captured => "chronicle-leader-captured",
                LeaderFate::Defected => "chronicle-leader-defected",
                LeaderFate::WentNeutral => "chronicle-leader-neutral",
                LeaderFate::Arrived => "chronicle-leader-arrived",
            };
            lang.tr_args(
                key,
                &[("leader", Arg::Str(leader_name(lang, state, *leader)))],
            )
        }
        Event::PolityChanged { polity } => lang.tr(match polity {
            Polity::Intervention => "chronicle-polity-intervention",
            Polity::Regency => "chronicle-polity-regency",
            Polity::Empire => "chronicle-polity-empire",
            Polity::Fallen => "chronicle-polity-fallen",
        }),
        Event::FranceChanged { status, will } => {
            let key = match status {
                FranceStatus::Committed => "chronicle-france-committed",
                FranceStatus::Withdrawing => "chronicle-france-withdrawing",
                FranceStatus::Gone => "chronicle-france-gone",
            };
            lang.tr_args(key, &[("will", Arg::Num(will.round()))])
        }
        Event::Reinforced {
            side,
            contingent,
            men: m,
            province: p,
        } if *m >= 1000 => lang.tr_args(
            "chronicle-reinforced",
            &[
                ("side", Arg::Str(side_name(*side))),
                ("men", men(*m)),
                (
                    "contingent",
                    Arg::Str(contingent_name(lang, state, *contingent)),
                ),
                ("province", province(lang, state, *p)),
            ],
        ),
        Event::Withdrawn { contingent, men: m } => lang.tr_args(
            "chronicle-withdrawn",
            &[
                ("men", men(*m)),
                (
                    "contingent",
                    Arg::Str(contingent_name(lang, state, *contingent)),
                ),
            ],
        ),
        Event::GameOver { outcome } => crate::text::outcome::outcome_text(lang, state, outcome),
        _ => return None,
    };
    Some(line)
}

/// A summary line of who holds what, for the end of each month.
pub fn holdings_line(lang: Lang, state: &GameState) -> String {
    let (r, c, e) = state.holder_counts();
    lang.tr_args(
        "chronicle-holdings",
        &[
            ("republic", r.into()),
            ("contested", c.into()),
            ("empire", e.into()),
            (
                "will",
                Arg::Str(lang.number(state.track(crate::sim::turn::track::FRANCE_WILL).round())),
            ),
        ],
    )
}
