//! The chronicle: one readable, localised line for each event worth telling.
use crate::i18n::{Arg, format_month, format_number, tr, tr_args};
use crate::sim::event::{AttritionCause, ControlCause, Event, LeaderFate};
use crate::sim::names::ArmyName;
use crate::sim::scenario::{FranceStatus, Polity, Side};
use crate::sim::state::{GameState, Holder};

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

/// A scenario text in the current language (the RON file's English if untranslated).
fn scenario_text(state: &GameState, key: String, english: &str) -> String {
    crate::scenario_texts::text(&state.scenario.id, &key, english)
}

/// A province's name in the current language.
pub fn province_name(state: &GameState, p: usize) -> String {
    let def = &state.scenario.provinces[p];
    scenario_text(state, format!("province-{}", def.id), &def.name)
}

/// A contingent's name in the current language.
pub fn contingent_name(state: &GameState, c: usize) -> String {
    let def = &state.scenario.contingents[c];
    scenario_text(state, format!("contingent-{}", def.id), &def.name)
}

/// A foreign power's name in the current language.
pub fn power_name(state: &GameState, p: usize) -> String {
    let def = &state.scenario.powers[p];
    scenario_text(state, format!("power-{}", def.id), &def.name)
}

/// A province capital's name in the current language (Mexico City / Ciudad de México…).
pub fn province_capital(state: &GameState, p: usize) -> String {
    let def = &state.scenario.provinces[p];
    scenario_text(state, format!("province-{}-capital", def.id), &def.capital)
}

/// A leader's role in the current language.
pub fn leader_role(state: &GameState, l: usize) -> String {
    let def = &state.scenario.leaders[l];
    scenario_text(state, format!("leader-{}-role", def.id), &def.role)
}

/// An army's name in the current language, for the chronicle, the command line and the game.
pub fn army_name(state: &GameState, army: &crate::sim::state::Army) -> String {
    name_text(state, &army.name)
}

/// A name in the current language: the scenario's translation of a given name, or a name
/// composed from the province an army was raised in ("Levas de Puebla").
pub fn name_text(state: &GameState, name: &ArmyName) -> String {
    // A save is checked before it is played, but a name must never be the thing that panics.
    let place = |p: usize| {
        if p < state.scenario.provinces.len() {
            province_name(state, p)
        } else {
            p.to_string()
        }
    };
    match name {
        ArmyName::Given(given) => match state.scenario.armies.iter().find(|a| a.name == *given) {
            Some(def) => scenario_text(state, format!("army-{}", def.id), &def.name),
            // Drawn every frame by the client: find the event first, build its key only then.
            None => match crate::sim::names::event_armies(&state.scenario)
                .find(|(_, _, name)| *name == given.as_str())
            {
                Some((event, n, name)) => {
                    scenario_text(state, crate::sim::names::event_army_key(event, n), name)
                }
                None => given.clone(),
            },
        },
        ArmyName::Levies(p) => tr_args("army-levies", &[("province", Arg::Str(place(*p)))]),
        ArmyName::Army(p) => tr_args("army-of", &[("province", Arg::Str(place(*p)))]),
        ArmyName::Reinforcements(p) => {
            tr_args("army-reinforcements", &[("province", Arg::Str(place(*p)))])
        }
        ArmyName::Detachment(of) => tr_args(
            "army-detachment",
            &[("army", Arg::Str(name_text(state, of)))],
        ),
    }
}

/// A leader's name as the current language writes it (Maximilian, Maximiliano…).
pub fn leader_name(state: &GameState, l: usize) -> String {
    let def = &state.scenario.leaders[l];
    scenario_text(state, format!("leader-{}", def.id), &def.name)
}

/// A choice's label in the current language.
pub fn choice_label(state: &GameState, event: usize, choice: usize) -> String {
    let e = &state.scenario.events[event];
    let c = &e.choices[choice];
    scenario_text(state, format!("choice-{}-{}", e.id, c.id), &c.label)
}

/// A victory rule's text in the current language.
pub fn victory_text(state: &GameState, rule: &str, english: &str) -> String {
    scenario_text(state, format!("victory-{rule}"), english)
}

fn province(state: &GameState, p: usize) -> Arg {
    Arg::Str(province_name(state, p))
}

fn men(n: u32) -> Arg {
    Arg::Num(f64::from(n))
}

/// The title of a scenario event.
pub fn event_title(state: &GameState, event: usize) -> String {
    let e = &state.scenario.events[event];
    scenario_text(state, format!("event-{}-title", e.id), &e.title)
}

/// The historical text of a scenario event.
pub fn event_text(state: &GameState, event: usize) -> String {
    let e = &state.scenario.events[event];
    scenario_text(state, format!("event-{}-text", e.id), &e.text)
}

/// A month heading for the chronicle.
pub fn month_heading(month: crate::sim::Month) -> String {
    tr_args(
        "chronicle-month",
        &[("month", Arg::Str(format_month(month)))],
    )
}

/// One line for an event, or `None` for routine events (accounts, ordinary moves, small
/// losses) that would drown the story.
pub fn describe(state: &GameState, event: &Event) -> Option<String> {
    let line = match event {
        Event::MonthBegan { month } => month_heading(*month),
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
            let mut text = tr_args(
                key,
                &[
                    ("province", province(state, *p)),
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
                text.push_str(&tr_args("chronicle-prisoners", &[("men", men(*prisoners))]));
            }
            text
        }
        Event::Evaded {
            from, to, losses, ..
        } => tr_args(
            "chronicle-evaded",
            &[
                ("from", province(state, *from)),
                ("to", province(state, *to)),
                ("men", men(*losses)),
            ],
        ),
        Event::SiegeProgress { province: p, fort } => tr_args(
            "chronicle-siege",
            &[
                ("province", province(state, *p)),
                ("fort", Arg::Num((fort * 10.0).round() / 10.0)),
            ],
        ),
        Event::Surrendered {
            province: p,
            side,
            prisoners,
        } => tr_args(
            "chronicle-surrendered",
            &[
                ("province", province(state, *p)),
                ("side", Arg::Str(side_name(*side))),
                ("men", men(*prisoners)),
            ],
        ),
        Event::Dispersed {
            province: p,
            men: m,
            ..
        } => tr_args(
            "chronicle-dispersed",
            &[("province", province(state, *p)), ("men", men(*m))],
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
            tr_args(
                key,
                &[
                    ("province", province(state, *p)),
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
            tr_args(
                key,
                &[
                    ("side", Arg::Str(side_name(*side))),
                    ("men", men(*m)),
                    ("contingent", Arg::Str(contingent_name(state, *contingent))),
                ],
            )
        }
        Event::GuerrillaWar {
            province: p,
            guerrillas_lost,
            garrison_lost,
        } if guerrillas_lost + garrison_lost >= NOTABLE_LOSSES => tr_args(
            "chronicle-guerrilla",
            &[
                ("province", province(state, *p)),
                ("guerrillas", men(*guerrillas_lost)),
                ("garrison", men(*garrison_lost)),
            ],
        ),
        Event::EventFired { event, .. } => tr_args(
            "chronicle-event",
            &[("title", Arg::Str(event_title(state, *event)))],
        ),
        Event::ChoiceMade {
            event,
            choice,
            side,
        } => tr_args(
            "chronicle-choice",
            &[
                ("side", Arg::Str(side_name(*side))),
                ("choice", Arg::Str(choice_label(state, *event, *choice))),
            ],
        ),
        Event::PowerJoined { power, side } => tr_args(
            "chronicle-power-joined",
            &[
                ("power", Arg::Str(power_name(state, *power))),
                ("side", Arg::Str(side_name(*side))),
            ],
        ),
        Event::PowerLeft { power, men: m } => tr_args(
            "chronicle-power-left",
            &[
                ("power", Arg::Str(power_name(state, *power))),
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
            tr_args(key, &[("leader", Arg::Str(leader_name(state, *leader)))])
        }
        Event::PolityChanged { polity } => tr(match polity {
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
            tr_args(key, &[("will", Arg::Num(will.round()))])
        }
        Event::Reinforced {
            side,
            contingent,
            men: m,
            province: p,
        } if *m >= 1000 => tr_args(
            "chronicle-reinforced",
            &[
                ("side", Arg::Str(side_name(*side))),
                ("men", men(*m)),
                ("contingent", Arg::Str(contingent_name(state, *contingent))),
                ("province", province(state, *p)),
            ],
        ),
        Event::Withdrawn { contingent, men: m } => tr_args(
            "chronicle-withdrawn",
            &[
                ("men", men(*m)),
                ("contingent", Arg::Str(contingent_name(state, *contingent))),
            ],
        ),
        Event::GameOver { outcome } => {
            let winner = match outcome.winner {
                Some(s) => tr_args("chronicle-winner", &[("side", Arg::Str(side_name(s)))]),
                None => tr("chronicle-undecided"),
            };
            if outcome.text.is_empty() {
                winner
            } else {
                format!(
                    "{winner} {}",
                    victory_text(state, &outcome.rule, &outcome.text)
                )
            }
        }
        _ => return None,
    };
    Some(line)
}

/// A summary line of who holds what, for the end of each month.
pub fn holdings_line(state: &GameState) -> String {
    let (r, c, e) = state.holder_counts();
    tr_args(
        "chronicle-holdings",
        &[
            ("republic", r.into()),
            ("contested", c.into()),
            ("empire", e.into()),
            (
                "will",
                Arg::Str(format_number(
                    state.track(crate::sim::turn::track::FRANCE_WILL).round(),
                )),
            ),
        ],
    )
}
