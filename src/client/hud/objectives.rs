//! The goal in view: for the side being played, each way the scenario lets it win (its
//! victory rules, and the judgement at the last month) with what holds now, and what wears
//! France down, with this month's causes. Every line is the rules' own test of the state.
use crate::client::bridge::Match;
use crate::client::hud::FreeArea;
use crate::client::input::HudState;
use crate::client::schedule::HudSet;
use crate::client::texts;
use crate::client::theme::ui;
use crate::client::words::WindowLang;
use crate::sim::outcome::Holdings;
use crate::sim::scenario::{Condition, LeaderStatus};
use crate::sim::state::GameState;
use crate::sim::turn::track;
use crate::sim::{Side, script};
use crate::text::{Arg, Lang};
use bevy::prelude::*;
use bevy_egui::egui::{self, RichText};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

/// Registers the objectives panel.
pub fn plugin(app: &mut App) {
    app.add_systems(EguiPrimaryContextPass, objectives_ui.in_set(HudSet::Attack));
}

/// One requirement of a way to win, and whether it holds now.
#[derive(Debug, Clone, PartialEq)]
pub struct Requirement {
    /// What it asks, with where things stand.
    pub text: String,
    /// Whether it holds now.
    pub met: bool,
}

/// One way to win: its text and its requirements.
#[derive(Debug, Clone, PartialEq)]
pub struct WayToWin {
    /// The scenario's rule id.
    pub id: String,
    /// The scenario's words for it.
    pub text: String,
    /// What it asks.
    pub requirements: Vec<Requirement>,
}

/// How `side` can win: the victory rules that end the war at once, then the judgements of
/// the last month.
pub fn ways_to_win(lang: Lang, state: &GameState, side: Side) -> (Vec<WayToWin>, Vec<WayToWin>) {
    let sudden = state
        .scenario
        .victory
        .iter()
        .filter(|v| v.winner == Some(side))
        .map(|v| WayToWin {
            id: v.id.clone(),
            text: crate::text::names::victory_text(lang, state, &v.id, &v.text),
            requirements: requirements(lang, state, &v.when, false),
        })
        .collect();
    let held = Holdings::of(state);
    let judged = state
        .scenario
        .judgement
        .iter()
        .filter(|j| j.winner == side)
        .map(|j| {
            let mut reqs = Vec::new();
            if j.capital {
                let p = state.scenario.national_capital.idx();
                reqs.push(Requirement {
                    text: lang.tr_args(
                        "objective-capital",
                        &[(
                            "province",
                            Arg::Str(crate::text::names::province_name(lang, state, p)),
                        )],
                    ),
                    met: held.capital == Some(side),
                });
            }
            if j.provinces > 0.0 {
                let needed = (j.provinces * f64::from(held.total)).ceil();
                reqs.push(Requirement {
                    text: lang.tr_args(
                        "objective-provinces",
                        &[
                            ("held", Arg::from(held.provinces[side.index()])),
                            ("total", Arg::from(held.total)),
                            ("needed", Arg::Num(needed)),
                        ],
                    ),
                    met: held.province_share(side) >= j.provinces,
                });
            }
            if j.population > 0.0 {
                reqs.push(Requirement {
                    text: lang.tr_args(
                        "objective-population",
                        &[
                            (
                                "share",
                                Arg::Num((held.population[side.index()] * 100.0).round()),
                            ),
                            ("needed", Arg::Num((j.population * 100.0).round())),
                        ],
                    ),
                    met: held.population[side.index()] >= j.population,
                });
            }
            reqs.extend(requirements(lang, state, &j.when, false));
            WayToWin {
                id: j.id.clone(),
                text: crate::text::names::victory_text(lang, state, &j.id, &j.text),
                requirements: reqs,
            }
        })
        .collect();
    (sudden, judged)
}

fn side_arg(lang: Lang, side: Side) -> Arg {
    Arg::Str(texts::side_name(lang, side))
}

/// The requirements of a condition, one per test, each with whether it holds; `negated`
/// when the condition sits under a `Not`.
pub fn requirements(
    lang: Lang,
    state: &GameState,
    cond: &Condition,
    negated: bool,
) -> Vec<Requirement> {
    let met = script::holds(state, cond) != negated;
    let line = |key: &str, args: &[(&str, Arg)]| Requirement {
        text: lang.tr_args(key, args),
        met,
    };
    match cond {
        Condition::Always => Vec::new(),
        Condition::All(cs) if !negated => cs
            .iter()
            .flat_map(|c| requirements(lang, state, c, false))
            .collect(),
        Condition::Not(c) => requirements(lang, state, c, !negated),
        Condition::Any(cs) if !negated => {
            let options: Vec<String> = cs
                .iter()
                .flat_map(|c| requirements(lang, state, c, false))
                .map(|r| r.text)
                .collect();
            vec![line(
                "objective-any",
                &[("what", Arg::Str(options.join(" / ")))],
            )]
        }
        Condition::Holds(side, p) => vec![line(
            if negated {
                "objective-holds-not"
            } else {
                "objective-holds"
            },
            &[
                ("side", side_arg(lang, *side)),
                (
                    "province",
                    Arg::Str(crate::text::names::province_name(lang, state, p.idx())),
                ),
            ],
        )],
        Condition::ProvincesAtLeast(side, n) => vec![line(
            if negated {
                "objective-provinces-at-least-not"
            } else {
                "objective-provinces-at-least"
            },
            &[
                ("side", side_arg(lang, *side)),
                ("count", Arg::from(*n)),
                ("now", Arg::from(state.provinces_held(*side))),
            ],
        )],
        Condition::TroopsBelow(side, n) => vec![line(
            if negated {
                "objective-troops-below-not"
            } else {
                "objective-troops-below"
            },
            &[
                ("side", side_arg(lang, *side)),
                ("count", Arg::from(*n)),
                ("now", Arg::from(state.troops(*side))),
            ],
        )],
        Condition::TrackBelow(t, v) | Condition::TrackAtLeast(t, v) => {
            let below = matches!(cond, Condition::TrackBelow(..)) != negated;
            let def = &state.scenario.tracks[t.idx()];
            vec![line(
                if below {
                    "objective-track-below"
                } else {
                    "objective-track-at-least"
                },
                &[
                    (
                        "track",
                        Arg::Str(texts::track_name(lang, &def.id, &def.name)),
                    ),
                    ("value", Arg::Num(*v)),
                    ("now", Arg::Num(state.tracks[t.idx()].round())),
                ],
            )]
        }
        Condition::Leader(l, status) => {
            let status_key = match status {
                LeaderStatus::Offstage => "objective-leader-offstage",
                LeaderStatus::Active => "objective-leader-active",
                LeaderStatus::Dead => "objective-leader-dead",
                LeaderStatus::Captured => "objective-leader-captured",
                LeaderStatus::Neutral => "objective-leader-neutral",
            };
            let text = lang.tr_args(
                status_key,
                &[(
                    "leader",
                    Arg::Str(crate::text::names::leader_name(lang, state, l.idx())),
                )],
            );
            vec![Requirement {
                text: if negated {
                    lang.tr_args("objective-not", &[("what", Arg::Str(text))])
                } else {
                    text
                },
                met,
            }]
        }
        Condition::Polity(p) => vec![line(
            if negated {
                "objective-polity-not"
            } else {
                "objective-polity"
            },
            &[
                ("polity", Arg::Str(texts::polity_name(lang, *p))),
                ("now", Arg::Str(texts::polity_name(lang, state.polity))),
            ],
        )],
        Condition::France(s) => vec![line(
            if negated {
                "objective-france-not"
            } else {
                "objective-france"
            },
            &[
                ("status", Arg::Str(texts::france_status_name(lang, *s))),
                (
                    "now",
                    Arg::Str(texts::france_status_name(lang, state.france.status)),
                ),
            ],
        )],
        // Anything rarer: said as a whole, still tested by the rules.
        _ => vec![line(
            if negated {
                "objective-other-not"
            } else {
                "objective-other"
            },
            &[],
        )],
    }
}

fn objectives_ui(
    window_lang: Res<WindowLang>,
    mut contexts: EguiContexts,
    free: Res<FreeArea>,
    game: Res<Match>,
    mut hud: ResMut<HudState>,
) -> Result {
    let lang = window_lang.0;
    let ctx = contexts.ctx_mut()?.clone();
    let side = game.active;
    let mut open = hud.objectives;
    // The objectives speak to the side at the screen; a watcher has none.
    if !open || game.watching() {
        return Ok(());
    }
    let title = lang.tr_args("objectives-title", &[("side", side_arg(lang, side))]);
    egui::Window::new(title)
        .id(egui::Id::new("objectives"))
        .open(&mut open)
        .collapsible(true)
        .resizable(false)
        .default_width(290.0)
        // Over the Pacific and Baja California, where few armies march.
        .default_pos(free.0.left_top() + egui::vec2(10.0, 52.0))
        .show(&ctx, |ui| {
            egui::ScrollArea::vertical()
                .max_height(free.0.height() * 0.42)
                .show(ui, |ui| objectives_body(lang, ui, &game, side));
        });
    if !open {
        hud.objectives = false;
    }
    Ok(())
}

fn show_way(ui: &mut egui::Ui, way: &WayToWin) {
    ui.label(RichText::new(&way.text).strong());
    for r in &way.requirements {
        let (mark, colour) = if r.met {
            ("[x]", ui::REPUBLIC)
        } else {
            ("[ ]", ui::DIM)
        };
        ui.label(
            RichText::new(format!("{mark} {}", r.text))
                .small()
                .color(colour),
        );
    }
    ui.add_space(4.0);
}

fn objectives_body(lang: Lang, ui: &mut egui::Ui, game: &Match, side: Side) {
    let state = &game.state;
    let (sudden, judged) = ways_to_win(lang, state, side);
    if !sudden.is_empty() {
        ui.label(RichText::new(lang.tr("objectives-sudden")).color(ui::GOLD));
        for way in &sudden {
            show_way(ui, way);
        }
    }
    if !judged.is_empty() {
        ui.label(
            RichText::new(lang.tr_args(
                "objectives-judgement",
                &[("month", Arg::Str(lang.month(state.scenario.end)))],
            ))
            .color(ui::GOLD),
        );
        for way in &judged {
            show_way(ui, way);
        }
    }
    france_section(lang, ui, game);
}

/// What wears France down: its will, where it gives up, and this month's causes.
fn france_section(lang: Lang, ui: &mut egui::Ui, game: &Match) {
    let state = &game.state;
    let Some(t) = state.track_index(track::FRANCE_WILL) else {
        return;
    };
    ui.separator();
    ui.label(RichText::new(lang.tr("objectives-france")).color(ui::GOLD));
    ui.label(lang.tr_args(
        "objectives-france-will",
        &[
            ("will", Arg::Num(state.tracks[t].round())),
            (
                "threshold",
                Arg::Num(state.scenario.rules.france.withdrawal_threshold),
            ),
            (
                "status",
                Arg::Str(texts::france_status_name(lang, state.france.status)),
            ),
        ],
    ));
    let drains: Vec<String> = [
        "spending",
        "casualties",
        "time",
        "us_pressure",
        "european_crisis",
        "home_opinion",
        "clerical_policy",
        "battles",
    ]
    .iter()
    .map(|c| texts::cause_name(lang, c))
    .collect();
    ui.label(
        RichText::new(lang.tr_args(
            "objectives-france-drains",
            &[("causes", Arg::Str(drains.join(", ")))],
        ))
        .small(),
    );
    match &game.track_changes[t] {
        Some(change) => {
            ui.label(RichText::new(lang.tr("objectives-this-month")).small());
            let mut causes: Vec<_> = change.causes.iter().filter(|c| c.amount != 0.0).collect();
            causes.sort_by(|a, b| a.amount.total_cmp(&b.amount));
            for c in causes {
                let colour = if c.amount >= 0.0 {
                    ui::REPUBLIC
                } else {
                    ui::DANGER
                };
                ui.label(
                    RichText::new(format!(
                        "{}  {}",
                        texts::signed(lang, c.amount),
                        texts::cause_name(lang, &c.cause)
                    ))
                    .small()
                    .color(colour),
                );
            }
        }
        None => {
            ui.label(
                RichText::new(lang.tr("tooltip-no-change-yet"))
                    .small()
                    .italics(),
            );
        }
    }
}
