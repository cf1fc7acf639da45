//! The game screen's egui panels and windows: the top bar with its explained numbers, the
//! selected province and army, the chronicle, event pop-ups, the attack confirmation, help,
//! the hotseat hand-over and saving.
use crate::client::Screen;
use crate::client::bridge::{EndTurnRequest, Match, OrderRequest, WatchPace};
use crate::client::camera::{MapView, MapViewport};
use crate::client::controls::{self, Control, ControlState, ControlUsed};
use crate::client::input::{HudState, Selection};
use crate::client::map::{MapGeometry, MapMode};
use crate::client::words::chronicle;
use crate::client::words::{format_month, format_number, tr, tr_args};
use crate::client::{overlay, saves, texts, theme, theme::ui};
use crate::sim::state::{Holder, Order};
use crate::sim::turn::track;
use crate::sim::{Command, Side};
use crate::text::Arg;
use bevy::prelude::*;
use bevy::window::PrimaryWindow;
use bevy_egui::egui::{self, Color32, RichText};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

/// Registers the game screen's interface.
pub fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        game_ui.run_if(in_state(Screen::InGame).and_then(resource_exists::<Match>)),
    );
}

/// What the interface asks of the rest of the game this frame.
#[derive(Default)]
struct Actions {
    orders: Vec<Command>,
    controls: Vec<Control>,
    end_turn: bool,
    close_popup: bool,
    to_menu: bool,
    save: Option<std::path::PathBuf>,
}

fn game_ui(
    mut contexts: EguiContexts,
    mut game: ResMut<Match>,
    mut selection: ResMut<Selection>,
    mut mode: ResMut<MapMode>,
    mut hud: ResMut<HudState>,
    mut viewport: ResMut<MapViewport>,
    view: Res<MapView>,
    geometry: Res<MapGeometry>,
    window: Single<&Window, With<PrimaryWindow>>,
    mut orders: MessageWriter<OrderRequest>,
    mut end_turn: MessageWriter<EndTurnRequest>,
    mut next_screen: ResMut<NextState<Screen>>,
    mut pace: ResMut<WatchPace>,
    mut control_state: ResMut<ControlState>,
    mut used: MessageWriter<ControlUsed>,
) -> Result {
    let ctx = contexts.ctx_mut()?.clone();
    let mut actions = Actions::default();
    let g: &Match = &game;
    let mut root = egui::Ui::new(
        ctx.clone(),
        "game-root".into(),
        egui::UiBuilder::new()
            .layer_id(egui::LayerId::background())
            .max_rect(ctx.viewport_rect()),
    );

    egui::Panel::top("top-bar")
        .frame(
            egui::Frame::side_top_panel(&ctx.global_style())
                .inner_margin(egui::Margin::symmetric(10, 6)),
        )
        .show(&mut root, |ui| {
            top_bar(ui, g, &mut mode, &mut hud, &mut pace, &mut actions)
        });
    if hud.chronicle {
        egui::Panel::bottom("chronicle")
            .resizable(true)
            .default_size(150.0)
            .show(&mut root, |ui| chronicle_panel(ui, g));
    }
    egui::Panel::right("details")
        .resizable(false)
        .exact_size(300.0)
        .show(&mut root, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| {
                details_panel(ui, g, &mut selection, &mut control_state, &mut actions)
            });
        });

    // The map shows through what the panels leave.
    let free = root.available_rect_before_wrap();
    let pointer = ctx.input(|i| i.pointer.latest_pos());
    let over_window = pointer
        .and_then(|p| ctx.layer_id_at(p))
        .is_some_and(|l| l.order != egui::Order::Background);
    let new_viewport = MapViewport {
        min: Vec2::new(free.min.x, free.min.y),
        max: Vec2::new(free.max.x, free.max.y),
        window: Vec2::new(window.width(), window.height()),
        pointer_over_window: over_window,
        measured: true,
    };
    if *viewport != new_viewport {
        *viewport = new_viewport;
    }
    let painter = ctx
        .layer_painter(egui::LayerId::background())
        .with_clip_rect(free);
    overlay::paint(&painter, &geometry.0, g, &selection, &view, &viewport);
    legend(&ctx, free, *mode);

    if let Some(notice) = &g.notice {
        let colour = if notice.error { ui::DANGER } else { ui::GOLD };
        egui::Area::new("notice".into())
            .fixed_pos(free.left_top() + egui::vec2(12.0, 10.0))
            .show(&ctx, |ui| {
                egui::Frame::popup(ui.style())
                    .stroke(egui::Stroke::new(1.5, colour))
                    .show(ui, |ui| {
                        ui.set_max_width(free.width() * 0.6);
                        ui.label(RichText::new(&notice.text).color(colour));
                    });
            });
    }
    if g.resolving {
        egui::Area::new("resolving".into())
            .anchor(egui::Align2::CENTER_TOP, egui::vec2(0.0, free.min.y + 12.0))
            .show(&ctx, |ui| {
                egui::Frame::popup(ui.style()).show(ui, |ui| {
                    // No spinner: its animation would draw frames and take the CPU from
                    // the month being resolved.
                    ui.label(tr("resolving-month"));
                });
            });
    }
    attack_window(&ctx, g, &mut selection, &mut actions);
    if !g.watching() {
        popup_window(&ctx, g, &mut actions);
    }
    help_window(&ctx, &mut hud);
    save_window(&ctx, &mut hud, &mut actions);
    handover_window(&ctx, g, &mut actions);

    // Act on what was clicked.
    let side = game.active;
    for command in actions.orders {
        orders.write(OrderRequest { side, command });
    }
    for control in actions.controls {
        used.write(ControlUsed(control));
    }
    if actions.end_turn {
        end_turn.write(EndTurnRequest);
    }
    if actions.close_popup
        && let Some((shown, _)) = game.visible_popup()
    {
        game.popups.remove(shown);
    }
    if let Some(path) = actions.save {
        game.notice = Some(match saves::save_game(&game.state, &path) {
            Ok(()) => crate::client::bridge::Notice {
                text: tr_args(
                    "save-done",
                    &[("file", Arg::Str(path.display().to_string()))],
                ),
                error: false,
            },
            Err(text) => crate::client::bridge::Notice { text, error: true },
        });
    }
    if actions.to_menu {
        next_screen.set(Screen::MainMenu);
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

fn track_tooltip(ui: &mut egui::Ui, game: &Match, id: &str) {
    ui.set_max_width(340.0);
    let Some(t) = game.state.track_index(id) else {
        return;
    };
    let def = &game.state.scenario.tracks[t];
    ui.label(RichText::new(texts::track_name(id, &def.name)).strong());
    if let Some(help) = texts::track_help(id) {
        ui.label(help);
    }
    ui.separator();
    match &game.track_changes[t] {
        Some(change) => {
            ui.label(tr_args(
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
                        ui.label(texts::cause_name(&c.cause));
                        let colour = if c.amount >= 0.0 {
                            ui::REPUBLIC
                        } else {
                            ui::DANGER
                        };
                        ui.label(RichText::new(texts::signed(c.amount)).color(colour));
                        ui.end_row();
                    }
                });
        }
        None => {
            ui.label(RichText::new(tr("tooltip-no-change-yet")).italics());
        }
    }
    ui.label(
        RichText::new(tr_args(
            "tooltip-range",
            &[("min", Arg::Num(def.min)), ("max", Arg::Num(def.max))],
        ))
        .small()
        .color(ui::DIM),
    );
}

fn top_bar(
    ui: &mut egui::Ui,
    game: &Match,
    mode: &mut MapMode,
    hud: &mut HudState,
    pace: &mut WatchPace,
    actions: &mut Actions,
) {
    let state = &game.state;
    ui.horizontal(|ui| {
        ui.label(
            RichText::new(format_month(state.month))
                .heading()
                .color(ui::GOLD),
        );
        ui.separator();
        let who = if game.watching() {
            tr("topbar-watching")
        } else {
            tr_args(
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
            &tr("topbar-treasury"),
            tr_args(
                "money",
                &[("amount", Arg::Num((treasury * 10.0).round() / 10.0))],
            ),
            ui::TEXT,
            |ui| {
                ui.label(
                    RichText::new(tr_args(
                        "tooltip-treasury",
                        &[("side", Arg::Str(side.key().into()))],
                    ))
                    .strong(),
                );
                match game.accounts[side.index()] {
                    Some(a) => {
                        egui::Grid::new("accounts").num_columns(2).show(ui, |ui| {
                            for (key, amount) in [
                                (tr("accounts-customs"), a.customs),
                                (tr("accounts-silver"), a.silver),
                                (tr("accounts-taxes"), a.taxes),
                                (tr("accounts-aid"), a.aid),
                                (tr("accounts-upkeep"), -a.upkeep),
                            ] {
                                ui.label(key);
                                ui.label(texts::signed(amount));
                                ui.end_row();
                            }
                        });
                    }
                    None => {
                        ui.label(RichText::new(tr("tooltip-no-change-yet")).italics());
                    }
                }
                if state.unpaid[side.index()] {
                    ui.label(RichText::new(tr("tooltip-unpaid")).color(ui::DANGER));
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
            let name = texts::track_short_name(id, &state.scenario.tracks[t].name);
            let value = state.tracks[t];
            // Last month's change beside the value (the font has no arrow glyphs).
            let delta = match &game.track_changes[t] {
                Some(c) if (c.to - c.from).abs() >= 0.05 => {
                    format!("  {}", texts::signed(c.to - c.from))
                }
                _ => String::new(),
            };
            stat(
                ui,
                &name,
                format!("{}{delta}", format_number(value.round())),
                ui::TEXT,
                |ui| track_tooltip(ui, game, id),
            );
        }
        let (r, c, e) = state.holder_counts();
        stat(
            ui,
            &tr("topbar-provinces"),
            format!("{r} · {c} · {e}"),
            ui::TEXT,
            |ui| {
                ui.label(tr_args(
                    "tooltip-provinces",
                    &[
                        ("republic", Arg::from(r)),
                        ("contested", Arg::from(c)),
                        ("empire", Arg::from(e)),
                    ],
                ));
                ui.label(RichText::new(texts::polity_name(state.polity)).small());
                ui.label(RichText::new(texts::france_status_name(state.france.status)).small());
            },
        );

        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if game.watching() {
                let label = if pace.paused {
                    tr("button-resume")
                } else {
                    tr("button-pause")
                };
                if ui.button(label).clicked() {
                    pace.paused = !pace.paused;
                }
            } else {
                let enabled = game.can_order();
                let button = egui::Button::new(
                    RichText::new(tr("button-end-turn"))
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
                    .on_hover_text(tr("hint-end-turn"))
                    .clicked()
                {
                    actions.end_turn = true;
                }
            }
            if ui.button(tr("button-menu")).clicked() {
                actions.to_menu = true;
            }
            if ui.button(tr("button-help")).on_hover_text("F1").clicked() {
                hud.help = !hud.help;
            }
            if ui.button(tr("button-save")).on_hover_text("F5").clicked() {
                hud.save_open = true;
            }
            egui::ComboBox::from_id_salt("map-mode")
                .selected_text(mode.name())
                .show_ui(ui, |ui| {
                    for (i, m) in MapMode::ALL.into_iter().enumerate() {
                        ui.selectable_value(mode, m, format!("{}  ({})", m.name(), i + 1));
                    }
                })
                .response
                .on_hover_text(tr("hint-map-mode"));
        });
    });
}

fn chronicle_panel(ui: &mut egui::Ui, game: &Match) {
    ui.horizontal(|ui| {
        ui.label(
            RichText::new(tr("chronicle-title"))
                .strong()
                .color(ui::GOLD),
        );
        ui.label(RichText::new(tr("chronicle-hint")).small().color(ui::DIM));
    });
    egui::ScrollArea::vertical()
        .stick_to_bottom(true)
        .auto_shrink([false, false])
        .show(ui, |ui| {
            let start = game.chronicle.len().saturating_sub(300);
            if game.chronicle.is_empty() {
                ui.label(
                    RichText::new(tr("chronicle-empty"))
                        .italics()
                        .color(ui::DIM),
                );
            }
            for entry in &game.chronicle[start..] {
                if entry.heading {
                    ui.label(RichText::new(&entry.text).strong().color(ui::GOLD));
                } else {
                    ui.label(texts::sentence(&entry.text));
                }
            }
        });
}

fn bar(ui: &mut egui::Ui, fraction: f32, colour: Color32, text: String) {
    ui.add(
        egui::ProgressBar::new(fraction.clamp(0.0, 1.0))
            .fill(colour)
            .text(text)
            .desired_height(14.0),
    );
}

fn details_panel(
    ui: &mut egui::Ui,
    game: &Match,
    selection: &mut Selection,
    controls: &mut ControlState,
    actions: &mut Actions,
) {
    if let Some(army) = selection.army.and_then(|id| game.state.army(id)) {
        army_details(ui, game, army, selection, controls, actions);
        ui.separator();
    }
    province_details(ui, game, selection, controls, actions);
    controls::empire_controls(ui, game, selection, controls, &mut actions.controls);
}

fn province_details(
    ui: &mut egui::Ui,
    game: &Match,
    selection: &mut Selection,
    controls: &mut ControlState,
    actions: &mut Actions,
) {
    let state = &game.state;
    let Some(p) = selection.province else {
        ui.add_space(6.0);
        ui.label(
            RichText::new(tr("details-none-title"))
                .strong()
                .color(ui::GOLD),
        );
        ui.label(tr("details-none"));
        ui.add_space(8.0);
        for (colour, name) in overlay::side_legend() {
            ui.horizontal(|ui| {
                let (rect, _) =
                    ui.allocate_exact_size(egui::vec2(14.0, 14.0), egui::Sense::hover());
                ui.painter().rect_filled(rect, 2.0, colour);
                ui.label(name);
            });
        }
        return;
    };
    let def = &state.scenario.provinces[p];
    let ps = &state.provinces[p];
    ui.label(
        RichText::new(chronicle::province_name(state, p))
            .heading()
            .color(ui::GOLD),
    );
    ui.label(
        RichText::new(tr_args(
            "details-capital",
            &[("capital", Arg::Str(chronicle::province_capital(state, p)))],
        ))
        .color(ui::DIM),
    );
    let holder = state.holder(p);
    let holder_colour = match holder {
        Holder::Republic => ui::REPUBLIC,
        Holder::Empire => ui::EMPIRE,
        Holder::Contested => Color32::from_rgb(0xd1, 0xb8, 0x80),
    };
    ui.horizontal(|ui| {
        ui.label(tr("details-held-by"));
        ui.label(
            RichText::new(texts::holder_name(holder))
                .strong()
                .color(holder_colour),
        );
    })
    .response
    .on_hover_text(tr_args(
        "tooltip-control",
        &[("control", Arg::Num(ps.control.round()))],
    ));
    let terrain = &state.scenario.terrains[def.terrain.idx()];
    egui::Grid::new("province-facts")
        .num_columns(2)
        .show(ui, |ui| {
            ui.label(tr("details-terrain"));
            ui.label(texts::terrain_name(&terrain.id, &terrain.name))
                .on_hover_text(tr_args(
                    "tooltip-terrain",
                    &[("defence", Arg::Num(terrain.defence))],
                ));
            ui.end_row();
            ui.label(tr("details-population"));
            ui.label(format_number(f64::from(def.population)));
            ui.end_row();
            ui.label(tr("details-guerrilla"));
            ui.label(format_number(ps.guerrilla.round()));
            ui.end_row();
            if ps.fort > 0.0 || def.fortification > 0 {
                ui.label(tr("details-fort"));
                ui.label(format!(
                    "{} / {}",
                    format_number((ps.fort * 10.0).round() / 10.0),
                    def.fortification
                ));
                ui.end_row();
            }
            if def.customs > 0.0 || def.silver > 0.0 {
                ui.label(tr("details-revenue"));
                ui.label(tr_args(
                    "money-year",
                    &[("amount", Arg::Num(def.customs + def.silver))],
                ))
                .on_hover_text(tr_args(
                    "tooltip-revenue",
                    &[
                        ("customs", Arg::Num(def.customs)),
                        ("silver", Arg::Num(def.silver)),
                    ],
                ));
                ui.end_row();
            }
        });
    let mut tags = Vec::new();
    if def.port {
        tags.push(tr("tag-port"));
    }
    if def.us_border {
        tags.push(tr("tag-us-border"));
    }
    if def.fever_coast {
        tags.push(tr("tag-fever"));
    }
    if !tags.is_empty() {
        ui.label(RichText::new(tags.join(" · ")).small().color(ui::DIM));
    }
    ui.add_space(4.0);
    ui.label(RichText::new(tr("details-support")).small());
    bar(
        ui,
        (ps.support[0] / 100.0) as f32,
        ui::REPUBLIC,
        format!(
            "{} {}",
            texts::side_name(Side::Republic),
            format_number(ps.support[0].round())
        ),
    );
    bar(
        ui,
        (ps.support[1] / 100.0) as f32,
        ui::EMPIRE,
        format!(
            "{} {}",
            texts::side_name(Side::Empire),
            format_number(ps.support[1].round())
        ),
    );

    let here: Vec<_> = state.armies.iter().filter(|a| a.location == p).collect();
    if !here.is_empty() {
        ui.add_space(6.0);
        ui.label(RichText::new(tr("details-armies-here")).strong());
        for a in here {
            let text = RichText::new(format!(
                "{} — {}",
                chronicle::army_name(state, a),
                format_number(f64::from(a.strength()))
            ))
            .color(theme::side_colour(a.side));
            if a.side == game.active && game.can_order() {
                if ui
                    .selectable_label(selection.army == Some(a.id), text)
                    .clicked()
                {
                    selection.army = Some(a.id);
                    selection.attack = None;
                }
            } else {
                ui.label(text);
            }
        }
    }
    controls::province_controls(ui, game, selection, controls, &mut actions.controls);
}

fn army_details(
    ui: &mut egui::Ui,
    game: &Match,
    army: &crate::sim::state::Army,
    selection: &Selection,
    controls: &mut ControlState,
    actions: &mut Actions,
) {
    let state = &game.state;
    ui.label(
        RichText::new(chronicle::army_name(state, army))
            .heading()
            .color(theme::side_colour(army.side)),
    );
    ui.label(RichText::new(tr_args(
        "details-army-of",
        &[
            ("side", Arg::Str(texts::side_name(army.side))),
            ("men", Arg::from(army.strength())),
        ],
    )));
    if let Some(l) = army.leader {
        let leader = &state.scenario.leaders[l];
        ui.label(tr_args(
            "details-leader",
            &[
                ("leader", Arg::Str(chronicle::leader_name(state, l))),
                ("skill", Arg::from(u32::from(leader.skill))),
            ],
        ))
        .on_hover_text(chronicle::leader_role(state, l));
    }
    egui::Grid::new("troops").num_columns(2).show(ui, |ui| {
        for d in army.troops() {
            ui.label(RichText::new(chronicle::contingent_name(state, d.contingent)).small());
            ui.label(format_number(f64::from(d.strength())))
                .on_hover_text(tr_args(
                    "tooltip-quality",
                    &[(
                        "quality",
                        Arg::Num((state.quality(d.contingent) * 100.0).round() / 100.0),
                    )],
                ));
            ui.end_row();
        }
    });
    let mine = army.side == game.active && game.can_order();
    // Only the player's own pending orders: never the other side's, above all in hotseat.
    let order = game
        .shown_orders()
        .iter()
        .find(|o| o.army() == Some(army.id));
    if army.side == game.active {
        let order_text = match order {
            Some(Order::Move { to, .. }) => tr_args(
                "order-move",
                &[("province", Arg::Str(chronicle::province_name(state, *to)))],
            ),
            Some(Order::Siege { at, .. }) => tr_args(
                "order-siege",
                &[("province", Arg::Str(chronicle::province_name(state, *at)))],
            ),
            Some(Order::Disperse { .. }) => tr("order-disperse"),
            _ => tr("order-none"),
        };
        ui.label(RichText::new(order_text).color(ui::GOLD));
    }
    if mine {
        ui.horizontal_wrapped(|ui| {
            if order.is_some()
                && ui
                    .button(tr("button-undo"))
                    .on_hover_text(tr("hint-undo"))
                    .clicked()
            {
                actions.orders.push(Command::CancelOrder { army: army.id });
            }
            let siege = Command::Siege {
                army: army.id,
                at: state.province_id(army.location),
            };
            if state.check(army.side, &siege).is_ok()
                && ui.button(tr("button-besiege-here")).clicked()
            {
                actions.orders.push(siege);
            }
        });
        ui.label(RichText::new(tr("hint-move")).small().color(ui::DIM));
    }
    controls::army_controls(ui, game, selection, controls, &mut actions.controls);
}

fn attack_window(
    ctx: &egui::Context,
    game: &Match,
    selection: &mut Selection,
    actions: &mut Actions,
) {
    let Some(attack) = selection.attack.clone() else {
        return;
    };
    let state = &game.state;
    let province = chronicle::province_name(state, attack.province);
    let p = attack.preview;
    let mut close = false;
    egui::Window::new(tr_args("attack-title", &[("province", Arg::Str(province))]))
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_CENTER, egui::vec2(-150.0, 0.0))
        .show(ctx, |ui| {
            let chance = p.win_chance;
            let colour = if chance >= 0.6 {
                ui::REPUBLIC
            } else if chance >= 0.4 {
                ui::GOLD
            } else {
                ui::DANGER
            };
            ui.label(
                RichText::new(tr_args(
                    "attack-odds",
                    &[("percent", Arg::Num((chance * 100.0).round()))],
                ))
                .heading()
                .color(colour),
            );
            bar(ui, chance as f32, colour, String::new());
            egui::Grid::new("forces")
                .num_columns(3)
                .striped(true)
                .show(ui, |ui| {
                    ui.label("");
                    ui.label(RichText::new(tr("attack-attacker")).strong());
                    ui.label(RichText::new(tr("attack-defender")).strong());
                    ui.end_row();
                    let rows: [(String, f64, f64); 5] = [
                        (
                            tr("attack-men"),
                            f64::from(p.attacker.men),
                            f64::from(p.defender.men),
                        ),
                        (
                            tr("attack-leadership"),
                            p.attacker.leadership,
                            p.defender.leadership,
                        ),
                        (tr("attack-terrain"), p.attacker.terrain, p.defender.terrain),
                        (
                            tr("attack-fortification"),
                            p.attacker.fortification,
                            p.defender.fortification,
                        ),
                        (tr("attack-power"), p.attacker.power(), p.defender.power()),
                    ];
                    for (label, a, d) in rows {
                        ui.label(label);
                        ui.label(format_number((a * 100.0).round() / 100.0));
                        ui.label(format_number((d * 100.0).round() / 100.0));
                        ui.end_row();
                    }
                });
            ui.label(RichText::new(tr("attack-note")).small().color(ui::DIM));
            ui.horizontal(|ui| {
                let to = state.province_id(attack.province);
                if ui
                    .button(RichText::new(tr("button-attack")).strong())
                    .on_hover_text("Enter")
                    .clicked()
                {
                    actions.orders.push(Command::Move {
                        army: attack.army,
                        to: to.clone(),
                    });
                    close = true;
                }
                if attack.can_besiege && ui.button(tr("button-besiege")).clicked() {
                    actions.orders.push(Command::Siege {
                        army: attack.army,
                        at: to,
                    });
                    close = true;
                }
                if ui
                    .button(tr("button-cancel"))
                    .on_hover_text("Esc")
                    .clicked()
                {
                    close = true;
                }
            });
        });
    if close {
        selection.attack = None;
    }
}

fn popup_window(ctx: &egui::Context, game: &Match, actions: &mut Actions) {
    let Some((_, popup)) = game.visible_popup() else {
        return;
    };
    let state = &game.state;
    let def = &state.scenario.events[popup.event];
    egui::Window::new(chronicle::event_title(state, popup.event))
        .id(egui::Id::new(("event", popup.event)))
        .collapsible(false)
        .resizable(false)
        .default_width(420.0)
        .anchor(egui::Align2::CENTER_CENTER, egui::vec2(-150.0, -20.0))
        .show(ctx, |ui| {
            ui.set_max_width(420.0);
            ui.label(RichText::new(format_month(popup.month)).color(ui::GOLD));
            ui.add_space(4.0);
            ui.label(chronicle::event_text(state, popup.event));
            ui.add_space(4.0);
            ui.label(
                RichText::new(tr_args(
                    "event-source",
                    &[("source", Arg::Str(def.source.clone()))],
                ))
                .small()
                .italics()
                .color(ui::DIM),
            );
            ui.separator();
            match popup.chooser {
                Some(side) if side == game.active => {
                    ui.label(
                        RichText::new(tr_args(
                            "event-choose",
                            &[("side", Arg::Str(side.key().into()))],
                        ))
                        .strong(),
                    );
                    for (c, choice) in def.choices.iter().enumerate() {
                        if ui
                            .button(chronicle::choice_label(state, popup.event, c))
                            .clicked()
                        {
                            actions.orders.push(Command::Choose {
                                event: def.id.clone(),
                                choice: choice.id.clone(),
                            });
                        }
                    }
                }
                _ => {
                    if ui.button(tr("button-continue")).clicked() {
                        actions.close_popup = true;
                    }
                }
            }
            if game.popups.len() > 1 {
                ui.label(
                    RichText::new(tr_args(
                        "event-more",
                        &[("count", Arg::from(game.popups.len() - 1))],
                    ))
                    .small()
                    .color(ui::DIM),
                );
            }
        });
}

/// Hotseat: an opaque screen over everything between two players' turns, so that the
/// next player sees neither the map as the previous one left it nor their pending orders.
fn handover_window(ctx: &egui::Context, game: &Match, actions: &mut Actions) {
    if !game.handover {
        return;
    }
    let screen = ctx.viewport_rect();
    egui::Area::new("handover".into())
        .order(egui::Order::Foreground)
        .fixed_pos(screen.min)
        .show(ctx, |ui| {
            let (rect, _) = ui.allocate_exact_size(screen.size(), egui::Sense::click());
            ui.painter().rect_filled(rect, 0.0, ui::PANEL);
            let mut column = ui.new_child(
                egui::UiBuilder::new()
                    .max_rect(rect.shrink2(egui::vec2(rect.width() * 0.25, rect.height() * 0.3)))
                    .layout(egui::Layout::top_down(egui::Align::Center)),
            );
            column.label(
                RichText::new(tr("handover-title"))
                    .size(20.0)
                    .color(ui::DIM),
            );
            column.add_space(10.0);
            column.label(
                RichText::new(tr_args(
                    "handover-text",
                    &[("side", Arg::Str(game.active.key().into()))],
                ))
                .size(34.0)
                .strong()
                .color(theme::side_colour(game.active)),
            );
            column.add_space(10.0);
            column.label(RichText::new(tr("handover-hint")).color(ui::TEXT));
            column.add_space(18.0);
            let button = egui::Button::new(
                RichText::new(tr("button-ready"))
                    .strong()
                    .size(18.0)
                    .color(Color32::BLACK),
            )
            .fill(ui::GOLD)
            .min_size(egui::vec2(180.0, 40.0));
            if column.add(button).on_hover_text("Enter").clicked() {
                actions.end_turn = true;
            }
        });
}

fn help_window(ctx: &egui::Context, hud: &mut HudState) {
    let mut open = hud.help;
    egui::Window::new(tr("help-title"))
        .open(&mut open)
        .collapsible(false)
        .default_width(420.0)
        .show(ctx, |ui| {
            ui.label(tr("help-intro"));
            ui.separator();
            egui::Grid::new("hotkeys")
                .num_columns(2)
                .striped(true)
                .show(ui, |ui| {
                    for (keys, what) in [
                        ("Enter / Space", tr("help-end-turn")),
                        (&*tr("help-click-key"), tr("help-click")),
                        ("Tab", tr("help-next-army")),
                        ("Backspace / U / Ctrl+Z", tr("help-undo")),
                        ("1 – 5, M", tr("help-map-modes")),
                        (&*tr("help-pan-key"), tr("help-pan")),
                        (&*tr("help-zoom-key"), tr("help-zoom")),
                        ("Home", tr("help-fit")),
                        ("C", tr("help-chronicle")),
                        ("F5 / F9", tr("help-quick-save")),
                        ("F1 / H", tr("help-help")),
                        ("Esc", tr("help-escape")),
                    ] {
                        ui.label(RichText::new(keys).monospace().color(ui::GOLD));
                        ui.label(what);
                        ui.end_row();
                    }
                    for (keys, what) in controls::HOTKEYS {
                        ui.label(RichText::new(keys).monospace().color(ui::GOLD));
                        ui.label(tr(what));
                        ui.end_row();
                    }
                });
            ui.separator();
            ui.label(RichText::new(tr("help-legend")).small());
        });
    hud.help = open;
}

fn save_window(ctx: &egui::Context, hud: &mut HudState, actions: &mut Actions) {
    if !hud.save_open {
        return;
    }
    let mut open = true;
    egui::Window::new(tr("save-title"))
        .open(&mut open)
        .collapsible(false)
        .resizable(false)
        .show(ctx, |ui| {
            ui.horizontal(|ui| {
                ui.label(tr("save-name"));
                ui.text_edit_singleline(&mut hud.save_name);
            });
            ui.label(
                RichText::new(saves::save_path(&hud.save_name).display().to_string())
                    .small()
                    .color(ui::DIM),
            );
            if ui.button(tr("button-save")).clicked() {
                actions.save = Some(saves::save_path(&hud.save_name));
                hud.save_open = false;
            }
        });
    if !open {
        hud.save_open = false;
    }
}

fn legend(ctx: &egui::Context, free: egui::Rect, mode: MapMode) {
    egui::Area::new("legend".into())
        .fixed_pos(free.left_bottom() + egui::vec2(10.0, -10.0))
        .pivot(egui::Align2::LEFT_BOTTOM)
        .interactable(false)
        .show(ctx, |ui| {
            egui::Frame::popup(ui.style())
                .fill(ui::PANEL.gamma_multiply(0.92))
                .show(ui, |ui| {
                    ui.label(RichText::new(mode.name()).strong().color(ui::GOLD));
                    let entries: Vec<(Color32, String)> = match mode {
                        MapMode::Political => vec![
                            (ui::REPUBLIC, texts::holder_name(Holder::Republic)),
                            (ui::EMPIRE, texts::holder_name(Holder::Empire)),
                            (Color32::from_rgb(0xd1, 0xb8, 0x80), tr("legend-contested")),
                        ],
                        MapMode::Terrain => vec![
                            (Color32::from_rgb(204, 178, 125), tr("terrain-plateau")),
                            (Color32::from_rgb(153, 194, 138), tr("terrain-coast")),
                            (Color32::from_rgb(148, 128, 107), tr("terrain-mountain")),
                            (Color32::from_rgb(227, 204, 148), tr("terrain-desert")),
                            (Color32::from_rgb(79, 138, 79), tr("terrain-jungle")),
                        ],
                        MapMode::Support => vec![
                            (ui::REPUBLIC, tr("legend-support-republic")),
                            (Color32::from_rgb(232, 224, 199), tr("legend-support-even")),
                            (ui::EMPIRE, tr("legend-support-empire")),
                        ],
                        MapMode::Guerrilla => vec![
                            (
                                Color32::from_rgb(232, 224, 199),
                                tr("legend-guerrilla-none"),
                            ),
                            (Color32::from_rgb(158, 41, 28), tr("legend-guerrilla-many")),
                        ],
                        MapMode::Supply => vec![
                            (Color32::from_rgb(143, 191, 122), tr("legend-supply-own")),
                            (Color32::from_rgb(224, 179, 89), tr("legend-supply-front")),
                            (Color32::from_rgb(189, 84, 64), tr("legend-supply-cut")),
                        ],
                    };
                    for (colour, label) in entries {
                        ui.horizontal(|ui| {
                            let (rect, _) = ui
                                .allocate_exact_size(egui::vec2(12.0, 12.0), egui::Sense::hover());
                            ui.painter().rect_filled(rect, 2.0, colour);
                            ui.label(RichText::new(label).small());
                        });
                    }
                    legend_symbols(ui);
                });
        });
}

/// The map's symbols, drawn as on the map so the legend matches it.
fn legend_symbols(ui: &mut egui::Ui) {
    let small = egui::FontId::proportional(11.0);
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing.x = 4.0;
        let (rect, _) = ui.allocate_exact_size(egui::vec2(10.0, 12.0), egui::Sense::hover());
        ui.painter().rect_filled(
            egui::Rect::from_center_size(rect.center(), egui::vec2(9.0, 9.0)),
            1.0,
            ui::INK,
        );
        ui.painter().rect_filled(
            egui::Rect::from_center_size(rect.center(), egui::vec2(5.0, 5.0)),
            0.0,
            Color32::WHITE,
        );
        ui.label(RichText::new(tr("legend-fortress")).small());
        let (rect, _) = ui.allocate_exact_size(egui::vec2(10.0, 12.0), egui::Sense::hover());
        ui.painter().circle(
            rect.center(),
            4.0,
            Color32::WHITE,
            egui::Stroke::new(1.5, ui::INK),
        );
        ui.label(RichText::new(tr("legend-capital")).small());
        ui.label(
            RichText::new("⚓")
                .font(small.clone())
                .color(Color32::from_rgb(0x9c, 0xc0, 0xe8)),
        );
        ui.label(RichText::new(tr("legend-port")).small());
        ui.label(
            RichText::new("$")
                .font(small.clone())
                .color(Color32::from_rgb(0x9c, 0xc0, 0xe8)),
        );
        ui.label(RichText::new(tr("legend-customs")).small());
        ui.label(RichText::new("★").font(small));
        ui.label(RichText::new(tr("legend-general")).small());
    });
}
