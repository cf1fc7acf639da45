//! The list a stack opens to: every army of one side in one province, one a row; the
//! player's own can be chosen to give it orders, the enemy's are shown as the player's side
//! sees them.
use crate::client::bridge::Match;
use crate::client::input::Selection;
use crate::client::schedule::HudSet;
use crate::client::words::WindowLang;
use crate::client::{texts, theme, theme::ui};
use crate::sim::state::Army;
use crate::text::{Arg, Lang};
use bevy::prelude::*;
use bevy_egui::egui::{self, RichText};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

/// Registers the stack's list.
pub fn plugin(app: &mut App) {
    app.add_systems(EguiPrimaryContextPass, stack_list_ui.in_set(HudSet::Attack));
}

fn stack_list_ui(
    window_lang: Res<WindowLang>,
    mut contexts: EguiContexts,
    game: Res<Match>,
    mut selection: ResMut<Selection>,
) -> Result {
    let Some((province, side)) = selection.stack else {
        return Ok(());
    };
    let lang = window_lang.0;
    let ctx = contexts.ctx_mut()?.clone();
    match stack_window(lang, &ctx, &game, &selection, province, side) {
        StackChoice::Keep => {}
        StackChoice::Close => selection.stack = None,
        StackChoice::Select(id) => {
            selection.army = Some(id);
            selection.province = Some(province);
            selection.stack = None;
            selection.attack = None;
        }
    }
    Ok(())
}

/// What the player did with the list.
enum StackChoice {
    Keep,
    Close,
    Select(u32),
}

/// The armies of `side` in `province`, largest first.
pub fn stack_armies(game: &Match, province: usize, side: crate::sim::Side) -> Vec<&Army> {
    let mut armies: Vec<&Army> = game
        .state
        .armies
        .iter()
        .filter(|a| a.location == province && a.side == side)
        .collect();
    armies.sort_by_key(|a| (std::cmp::Reverse(a.strength()), a.id));
    armies
}

fn stack_window(
    lang: Lang,
    ctx: &egui::Context,
    game: &Match,
    selection: &Selection,
    province: usize,
    side: crate::sim::Side,
) -> StackChoice {
    let state = &game.state;
    let armies = stack_armies(game, province, side);
    if armies.is_empty() {
        return StackChoice::Close;
    }
    let own = side == game.active && game.can_order();
    let mut choice = StackChoice::Keep;
    let mut open = true;
    let title = lang.tr_args(
        "stack-title",
        &[
            ("side", Arg::Str(texts::side_name(lang, side))),
            (
                "province",
                Arg::Str(crate::text::names::province_name(lang, state, province)),
            ),
        ],
    );
    egui::Window::new(title)
        .id(egui::Id::new("stack-list"))
        .open(&mut open)
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::LEFT_TOP, egui::vec2(12.0, 120.0))
        .show(ctx, |ui| {
            let men: u32 = armies.iter().map(|a| a.strength()).sum();
            ui.label(
                RichText::new(lang.tr_args(
                    "stack-total",
                    &[
                        ("armies", Arg::from(armies.len() as u32)),
                        ("men", Arg::from(men)),
                    ],
                ))
                .color(ui::DIM),
            );
            for a in &armies {
                let mut line = format!(
                    "{} — {}",
                    crate::text::names::army_name(lang, state, a),
                    lang.number(f64::from(a.strength()))
                );
                if let Some(l) = a.leader {
                    line.push_str(&format!(
                        " · {}",
                        crate::text::names::leader_name(lang, state, l)
                    ));
                }
                line.push_str(&format!(" · {}", texts::stance_name(lang, a.stance)));
                let text = RichText::new(line).color(theme::side_colour(a.side));
                if own {
                    if ui
                        .selectable_label(selection.army == Some(a.id), text)
                        .clicked()
                    {
                        choice = StackChoice::Select(a.id);
                    }
                } else {
                    ui.label(text);
                }
            }
            if own {
                ui.label(
                    RichText::new(lang.tr("stack-choose"))
                        .small()
                        .color(ui::DIM),
                );
            }
        });
    if !open {
        choice = StackChoice::Close;
    }
    choice
}
