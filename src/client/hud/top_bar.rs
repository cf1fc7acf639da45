//! The top bar: the month, who plays, the treasury and the tracks with tooltips that explain
//! them, and the buttons to end the turn (or pause the AI), the menu, help, saving and the
//! map mode.
use crate::client::bridge::{EndTurnRequest, Match, WatchPace};
use crate::client::hud::save_window::LeaveRequest;
use crate::client::hud::{FreeArea, show_panel};
use crate::client::input::HudState;
use crate::client::map::MapMode;
use crate::client::schedule::HudSet;
use crate::client::words::WindowLang;
use crate::client::{texts, theme, theme::ui};
use crate::sim::turn::track;
use crate::text::Arg;
use crate::text::Lang;
use bevy::prelude::*;
use bevy_egui::egui::{self, Color32, RichText};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

/// Registers the top bar.
pub fn plugin(app: &mut App) {
    app.add_systems(EguiPrimaryContextPass, top_bar_ui.in_set(HudSet::TopBar));
}

/// What the top bar's buttons asked for this frame.
#[derive(Default)]
struct TopBarActions {
    end_turn: bool,
    to_menu: bool,
}

fn top_bar_ui(
    window_lang: Res<WindowLang>,
    mut contexts: EguiContexts,
    mut free: ResMut<FreeArea>,
    game: Res<Match>,
    mut mode: ResMut<MapMode>,
    mut hud: ResMut<HudState>,
    mut pace: ResMut<WatchPace>,
    mut end_turn: MessageWriter<EndTurnRequest>,
    mut leave: MessageWriter<LeaveRequest>,
) -> Result {
    let lang = window_lang.0;
    let ctx = contexts.ctx_mut()?.clone();
    let mut actions = TopBarActions::default();
    show_panel(&ctx, &mut free, "top-bar-root", |root| {
        egui::Panel::top("top-bar")
            .frame(
                egui::Frame::side_top_panel(&ctx.global_style())
                    .inner_margin(egui::Margin::symmetric(10, 6)),
            )
            .show(root, |ui| {
                top_bar(
                    lang,
                    ui,
                    &game,
                    &mut mode,
                    &mut hud,
                    &mut pace,
                    &mut actions,
                )
            });
    });
    if actions.end_turn {
        end_turn.write(EndTurnRequest);
    }
    if actions.to_menu {
        leave.write(LeaveRequest);
    }
    Ok(())
}

/// A number with a tooltip that explains it.
fn stat(
    ui: &mut egui::Ui,
    label: &str,
    value: String,
    colour: Color32,
    tooltip: impl FnOnce(&mut egui::Ui),
) {
    ui.vertical(|ui| {
        ui.spacing_mut().item_spacing.y = 0.0;
        ui.label(RichText::new(label).small().color(ui::DIM));
        ui.label(RichText::new(value).strong().color(colour));
    })
    .response
    .on_hover_ui(tooltip);
}

fn track_tooltip(lang: Lang, ui: &mut egui::Ui, game: &Match, id: &str) {
    ui.set_max_width(340.0);
    let Some(t) = game.state.track_index(id) else {
        return;
    };
    let def = &game.state.scenario.tracks[t];
    ui.label(RichText::new(texts::track_name(lang, id, &def.name)).strong());
    if let Some(help) = texts::track_help(lang, id) {
        ui.label(help);
    }
    ui.separator();
    match &game.track_changes[t] {
        Some(change) => {
            ui.label(lang.tr_args(
                "tooltip-track-change",
                &[
                    ("from", Arg::Num(change.from.round())),
                    ("to", Arg::Num(change.to.round())),
                ],
            ));
            egui::Grid::new(("causes", id))
                .num_columns(2)
                .show(ui, |ui| {
                    for c in &change.causes {
                        ui.label(texts::cause_name(lang, &c.cause));
                        let colour = if c.amount >= 0.0 {
                            ui::REPUBLIC
                        } else {
                            ui::DANGER
                        };
                        ui.label(RichText::new(texts::signed(lang, c.amount)).color(colour));
                        ui.end_row();
                    }
                });
        }
        None => {
            ui.label(RichText::new(lang.tr("tooltip-no-change-yet")).italics());
        }
    }
    ui.label(
        RichText::new(lang.tr_args(
            "tooltip-range",
            &[("min", Arg::Num(def.min)), ("max", Arg::Num(def.max))],
        ))
        .small()
        .color(ui::DIM),
    );
}

fn top_bar(
    lang: Lang,
    ui: &mut egui::Ui,
    game: &Match,
    mode: &mut MapMode,
    hud: &mut HudState,
    pace: &mut WatchPace,
    actions: &mut TopBarActions,
) {
    let state = &game.state;
    ui.horizontal(|ui| {
        ui.label(
            RichText::new(lang.month(state.month))
                .heading()
                .color(ui::GOLD),
        );
        ui.separator();
        let who = if game.watching() {
            lang.tr("topbar-watching")
        } else {
            lang.tr_args(
                "topbar-playing",
                &[("side", Arg::Str(game.active.key().into()))],
            )
        };
        ui.label(
            RichText::new(who)
                .strong()
                .color(theme::side_colour(game.active)),
        );
        ui.separator();

        let side = game.active;
        let treasury = state.treasury[side.index()];
        stat(
            ui,
            &lang.tr("topbar-treasury"),
            lang.tr_args(
                "money",
                &[("amount", Arg::Num((treasury * 10.0).round() / 10.0))],
            ),
            ui::TEXT,
            |ui| {
                ui.label(
                    RichText::new(
                        lang.tr_args("tooltip-treasury", &[("side", Arg::Str(side.key().into()))]),
                    )
                    .strong(),
                );
                match game.accounts[side.index()] {
                    Some(a) => {
                        egui::Grid::new("accounts").num_columns(2).show(ui, |ui| {
                            for (key, amount) in [
                                (lang.tr("accounts-customs"), a.customs),
                                (lang.tr("accounts-silver"), a.silver),
                                (lang.tr("accounts-taxes"), a.taxes),
                                (lang.tr("accounts-aid"), a.aid),
                                (lang.tr("accounts-upkeep"), -a.upkeep),
                            ] {
                                ui.label(key);
                                ui.label(texts::signed(lang, amount));
                                ui.end_row();
                            }
                        });
                        let net = a.customs + a.silver + a.taxes + a.aid - a.upkeep;
                        ui.label(
                            RichText::new(lang.tr_args(
                                "tooltip-treasury-net",
                                &[("amount", Arg::Str(texts::signed(lang, net)))],
                            ))
                            .strong(),
                        );
                    }
                    None => {
                        ui.label(RichText::new(lang.tr("tooltip-no-change-yet")).italics());
                    }
                }
                if state.unpaid[side.index()] {
                    ui.label(RichText::new(lang.tr("tooltip-unpaid")).color(ui::DANGER));
                }
            },
        );
        for id in [
            track::FRANCE_WILL,
            track::US_PRESSURE,
            track::EUROPEAN_CRISIS,
            track::REPUBLIC_LEGITIMACY,
        ] {
            let Some(t) = state.track_index(id) else {
                continue;
            };
            let name = texts::track_short_name(lang, id, &state.scenario.tracks[t].name);
            let value = state.tracks[t];
            // Last month's change beside the value (the font has no arrow glyphs).
            let delta = match &game.track_changes[t] {
                Some(c) if (c.to - c.from).abs() >= 0.05 => {
                    format!("  {}", texts::signed(lang, c.to - c.from))
                }
                _ => String::new(),
            };
            stat(
                ui,
                &name,
                format!("{}{delta}", lang.number(value.round())),
                ui::TEXT,
                |ui| track_tooltip(lang, ui, game, id),
            );
        }
        let (r, c, e) = state.holder_counts();
        stat(
            ui,
            &lang.tr("topbar-provinces"),
            format!("{r} · {c} · {e}"),
            ui::TEXT,
            |ui| {
                ui.label(lang.tr_args(
                    "tooltip-provinces",
                    &[
                        ("republic", Arg::from(r)),
                        ("contested", Arg::from(c)),
                        ("empire", Arg::from(e)),
                    ],
                ));
                // The trend: what each side held a month before.
                if let [.., before, _] = game.held.as_slice() {
                    ui.label(
                        RichText::new(lang.tr_args(
                            "tooltip-provinces-trend",
                            &[
                                ("republic", Arg::from(before.republic)),
                                ("empire", Arg::from(before.empire)),
                            ],
                        ))
                        .small(),
                    );
                }
                ui.label(RichText::new(texts::polity_name(lang, state.polity)).small());
                ui.label(
                    RichText::new(texts::france_status_name(lang, state.france.status)).small(),
                );
            },
        );

        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if game.watching() {
                let label = if pace.paused {
                    lang.tr("button-resume")
                } else {
                    lang.tr("button-pause")
                };
                if ui.button(label).clicked() {
                    pace.paused = !pace.paused;
                }
            } else {
                let enabled = game.can_order();
                let button = egui::Button::new(
                    RichText::new(lang.tr("button-end-turn"))
                        .strong()
                        .color(Color32::BLACK),
                )
                .fill(if enabled {
                    ui::GOLD
                } else {
                    Color32::from_gray(90)
                })
                .min_size(egui::vec2(120.0, 30.0));
                if ui
                    .add_enabled(enabled, button)
                    .on_hover_text(lang.tr("hint-end-turn"))
                    .clicked()
                {
                    actions.end_turn = true;
                }
            }
            if ui.button(lang.tr("button-menu")).clicked() {
                actions.to_menu = true;
            }
            if ui
                .button(lang.tr("button-help"))
                .on_hover_text("F1")
                .clicked()
            {
                hud.help = !hud.help;
            }
            if ui
                .button(lang.tr("button-save"))
                .on_hover_text("F5")
                .clicked()
            {
                hud.save_open = true;
            }
            egui::ComboBox::from_id_salt("map-mode")
                .selected_text(mode.name(lang))
                .show_ui(ui, |ui| {
                    for (i, m) in MapMode::ALL.into_iter().enumerate() {
                        ui.selectable_value(mode, m, format!("{}  ({})", m.name(lang), i + 1));
                    }
                })
                .response
                .on_hover_text(lang.tr("hint-map-mode"));
        });
    });
}
