//! The attack's confirmation: the odds of the battle, the forces on both sides, and attack,
//! besiege or cancel.
use crate::client::bridge::{Match, OrderRequest};
use crate::client::hud::bar;
use crate::client::input::Selection;
use crate::client::schedule::HudSet;
use crate::client::theme::ui;
use crate::client::words::WindowLang;
use crate::sim::Command;
use crate::text::Arg;
use crate::text::Lang;
use bevy::prelude::*;
use bevy_egui::egui::{self, RichText};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

/// Registers the attack's confirmation.
pub fn plugin(app: &mut App) {
    app.add_systems(EguiPrimaryContextPass, attack_ui.in_set(HudSet::Attack));
}

fn attack_ui(
    window_lang: Res<WindowLang>,
    mut contexts: EguiContexts,
    game: Res<Match>,
    mut selection: ResMut<Selection>,
    mut orders: MessageWriter<OrderRequest>,
) -> Result {
    let lang = window_lang.0;
    let ctx = contexts.ctx_mut()?.clone();
    let mut commands = Vec::new();
    attack_window(lang, &ctx, &game, &mut selection, &mut commands);
    let side = game.active;
    for command in commands {
        orders.write(OrderRequest { side, command });
    }
    Ok(())
}

fn attack_window(
    lang: Lang,
    ctx: &egui::Context,
    game: &Match,
    selection: &mut Selection,
    orders: &mut Vec<Command>,
) {
    let Some(attack) = selection.attack.clone() else {
        return;
    };
    let state = &game.state;
    let province = crate::text::names::province_name(lang, state, attack.province);
    let p = attack.preview;
    let mut close = false;
    egui::Window::new(lang.tr_args("attack-title", &[("province", Arg::Str(province))]))
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
                RichText::new(lang.tr_args(
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
                    ui.label(RichText::new(lang.tr("attack-attacker")).strong());
                    ui.label(RichText::new(lang.tr("attack-defender")).strong());
                    ui.end_row();
                    let rows: [(String, f64, f64); 5] = [
                        (
                            lang.tr("attack-men"),
                            f64::from(p.attacker.men),
                            f64::from(p.defender.men),
                        ),
                        (
                            lang.tr("attack-leadership"),
                            p.attacker.leadership,
                            p.defender.leadership,
                        ),
                        (
                            lang.tr("attack-terrain"),
                            p.attacker.terrain,
                            p.defender.terrain,
                        ),
                        (
                            lang.tr("attack-fortification"),
                            p.attacker.fortification,
                            p.defender.fortification,
                        ),
                        (
                            lang.tr("attack-power"),
                            p.attacker.power(),
                            p.defender.power(),
                        ),
                    ];
                    for (label, a, d) in rows {
                        ui.label(label);
                        ui.label(lang.number((a * 100.0).round() / 100.0));
                        ui.label(lang.number((d * 100.0).round() / 100.0));
                        ui.end_row();
                    }
                });
            ui.label(RichText::new(lang.tr("attack-note")).small().color(ui::DIM));
            ui.horizontal(|ui| {
                let to = state.province_id(attack.province);
                if ui
                    .button(RichText::new(lang.tr("button-attack")).strong())
                    .on_hover_text("Enter")
                    .clicked()
                {
                    orders.push(Command::Move {
                        army: attack.army,
                        to: to.clone(),
                    });
                    close = true;
                }
                if attack.can_besiege && ui.button(lang.tr("button-besiege")).clicked() {
                    orders.push(Command::Siege {
                        army: attack.army,
                        at: to,
                    });
                    close = true;
                }
                if ui
                    .button(lang.tr("button-cancel"))
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
