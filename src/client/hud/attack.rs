//! The attack's confirmation: the odds of the battle, the forces on both sides, and attack,
//! besiege or cancel.
use crate::client::bridge::{Match, OrderRequest};
use crate::client::hud::bar;
use crate::client::input::Selection;
use crate::client::schedule::HudSet;
use crate::client::theme::ui;
use crate::client::words::WindowLang;
use crate::sim::Command;
use crate::sim::state::GameState;
use crate::sim::turn::battle::{self, Preview};
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

/// The colour of a chance of winning: good, even, bad.
pub fn chance_colour(chance: f64) -> egui::Color32 {
    if chance >= 0.6 {
        ui::REPUBLIC
    } else if chance >= 0.4 {
        ui::GOLD
    } else {
        ui::DANGER
    }
}

/// A factor as the preview writes it: two decimals at most.
fn factor(lang: Lang, f: f64) -> String {
    format!("× {}", lang.number((f * 100.0).round() / 100.0))
}

/// The rows of the odds, each factor on its own row, in the order the rules multiply them:
/// (label, attacker's, defender's), the last being the product, the strength before luck.
pub fn odds_rows(lang: Lang, p: &Preview) -> Vec<(String, String, String)> {
    let (a, d) = (&p.attacker, &p.defender);
    vec![
        (
            lang.tr("attack-men"),
            lang.number(f64::from(a.men)),
            lang.number(f64::from(d.men)),
        ),
        (
            lang.tr("attack-quality"),
            factor(lang, a.quality),
            factor(lang, d.quality),
        ),
        (
            lang.tr("attack-experience"),
            factor(lang, a.experience),
            factor(lang, d.experience),
        ),
        (
            lang.tr("attack-leadership"),
            factor(lang, a.leadership),
            factor(lang, d.leadership),
        ),
        (
            lang.tr("attack-terrain"),
            factor(lang, a.terrain),
            factor(lang, d.terrain),
        ),
        (
            lang.tr("attack-fortification"),
            factor(lang, a.fortification),
            factor(lang, d.fortification),
        ),
        (
            lang.tr("attack-power"),
            format!("= {}", lang.number(a.power().round())),
            format!("= {}", lang.number(d.power().round())),
        ),
    ]
}

/// The odds of a battle: the chance, and the grid of factors with both sides' strengths.
pub fn odds_grid(lang: Lang, ui: &mut egui::Ui, id: &str, p: &Preview) {
    let chance = p.win_chance;
    let colour = chance_colour(chance);
    ui.label(
        RichText::new(lang.tr_args(
            "attack-odds",
            &[("percent", Arg::Num((chance * 100.0).round()))],
        ))
        .heading()
        .color(colour),
    );
    bar(ui, chance as f32, colour, String::new());
    let rows = odds_rows(lang, p);
    let last = rows.len() - 1;
    egui::Grid::new(("forces", id))
        .num_columns(3)
        .striped(true)
        .show(ui, |ui| {
            ui.label("");
            ui.label(RichText::new(lang.tr("attack-attacker")).strong());
            ui.label(RichText::new(lang.tr("attack-defender")).strong());
            ui.end_row();
            for (i, (label, a, d)) in rows.into_iter().enumerate() {
                if i == last {
                    ui.label(RichText::new(label).strong());
                    ui.label(RichText::new(a).strong());
                    ui.label(RichText::new(d).strong());
                } else {
                    ui.label(label);
                    ui.label(a);
                    ui.label(d);
                }
                ui.end_row();
            }
        });
}

/// The side's armies the preview counts, with their men, one a line.
pub fn counted_armies(lang: Lang, ui: &mut egui::Ui, state: &GameState, armies: &[usize]) {
    ui.label(
        RichText::new(lang.tr("attack-counted"))
            .small()
            .color(ui::DIM),
    );
    for &i in armies {
        let a = &state.armies[i];
        ui.label(
            RichText::new(lang.tr_args(
                "attack-counted-army",
                &[
                    (
                        "army",
                        Arg::Str(crate::text::names::army_name(lang, state, a)),
                    ),
                    ("men", Arg::from(a.strength())),
                ],
            ))
            .small(),
        );
    }
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
    // Drawn from the orders as they stand now: every army already ordered there counts.
    let attackers =
        battle::planned_attackers(state, game.active, attack.province, Some(attack.army));
    let p = battle::preview(state, game.active, &attackers, attack.province);
    let mut close = false;
    egui::Window::new(lang.tr_args("attack-title", &[("province", Arg::Str(province))]))
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_CENTER, egui::vec2(-150.0, 0.0))
        .show(ctx, |ui| {
            odds_grid(lang, ui, "attack", &p);
            counted_armies(lang, ui, state, &attackers);
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
