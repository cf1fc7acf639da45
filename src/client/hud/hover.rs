//! What the pointer is over on the map, told before any click: a stack's armies (the
//! enemy's too, as far as the player's side can see them), a province's facts, and for the
//! selected army what a click there would do: march, attack with the odds, or why not.
use crate::client::bridge::Match;
use crate::client::hud::attack;
use crate::client::input::Selection;
use crate::client::stacks::Counter;
use crate::client::{texts, theme, theme::ui};
use crate::sim::state::{Army, GameState, Order};
use crate::sim::turn::battle;
use crate::sim::{Command, Side};
use crate::text::{Arg, Lang};
use bevy_egui::egui::{self, RichText};

/// What a click on `province` would do with the selected army, as a line to show before
/// the click; `None` when no army of the player's is selected.
pub fn march_hint(
    lang: Lang,
    game: &Match,
    selection: &Selection,
    province: usize,
) -> Option<Hint> {
    let state = &game.state;
    let side = game.active;
    let mover = selection
        .army
        .and_then(|id| state.army(id))
        .filter(|a| a.side == side && game.can_order())?;
    let name = Arg::Str(crate::text::names::province_name(lang, state, province));
    if mover.location == province {
        if state.has_men_in(side.enemy(), province) {
            return Some(Hint::Reason(crate::client::input::enemy_here_reason(
                lang, state, side, province,
            )));
        }
        return Some(Hint::Line(lang.tr("hover-army-here")));
    }
    let by_sea = state
        .reachable(side, mover.location)
        .into_iter()
        .find(|&(p, _)| p == province)
        .map(|(_, sea)| sea);
    match by_sea {
        None => {
            let march = Command::Move {
                army: mover.id,
                to: state.province_id(province),
            };
            let reason = state
                .check(side, &march)
                .err()
                .map(|e| crate::text::refusals::refusal(lang, state, &e))
                .unwrap_or_else(|| lang.tr("hover-out-of-reach"));
            Some(Hint::Reason(reason))
        }
        Some(_) if state.has_men_in(side.enemy(), province) => {
            let march = Command::Move {
                army: mover.id,
                to: state.province_id(province),
            };
            if let Err(e) = state.check(side, &march) {
                return Some(Hint::Reason(crate::text::refusals::refusal(
                    lang, state, &e,
                )));
            }
            let attackers = battle::planned_attackers(state, side, province, Some(mover.id));
            let preview = battle::preview(state, side, &attackers, province);
            Some(Hint::Attack(attackers, preview))
        }
        Some(true) => Some(Hint::Line(
            lang.tr_args("hover-sail-here", &[("province", name)]),
        )),
        Some(false) => Some(Hint::Line(
            lang.tr_args("hover-march-here", &[("province", name)]),
        )),
    }
}

/// What a click would do.
#[derive(Debug, Clone, PartialEq)]
pub enum Hint {
    /// An order given at once.
    Line(String),
    /// Why the click gives no order.
    Reason(String),
    /// An attack, with the armies it counts and its odds.
    Attack(Vec<usize>, battle::Preview),
}

fn show_hint(lang: Lang, ui: &mut egui::Ui, state: &GameState, hint: Hint) {
    ui.separator();
    match hint {
        Hint::Line(text) => {
            ui.label(RichText::new(text).color(ui::GOLD));
        }
        Hint::Reason(text) => {
            ui.label(RichText::new(text).color(ui::DANGER));
        }
        Hint::Attack(attackers, preview) => {
            attack::odds_grid(lang, ui, "hover", &preview);
            attack::counted_armies(lang, ui, state, &attackers);
            ui.label(
                RichText::new(lang.tr("hover-click-to-attack"))
                    .small()
                    .color(ui::GOLD),
            );
        }
    }
}

/// One army as a tooltip line: name, men, general, stance; and for the player's own, its
/// order.
fn army_line(lang: Lang, ui: &mut egui::Ui, game: &Match, army: &Army) {
    let state = &game.state;
    ui.label(
        RichText::new(format!(
            "{} — {}",
            crate::text::names::army_name(lang, state, army),
            lang.number(f64::from(army.strength()))
        ))
        .strong()
        .color(theme::side_colour(army.side)),
    );
    let mut facts = vec![texts::stance_name(lang, army.stance)];
    if let Some(l) = army.leader {
        facts.push(lang.tr_args(
            "details-leader",
            &[
                (
                    "leader",
                    Arg::Str(crate::text::names::leader_name(lang, state, l)),
                ),
                (
                    "skill",
                    Arg::from(u32::from(state.scenario.leaders[l].skill)),
                ),
            ],
        ));
    }
    for d in army.troops() {
        facts.push(format!(
            "{} {}",
            crate::text::names::contingent_name(lang, state, d.contingent),
            lang.number(f64::from(d.strength()))
        ));
    }
    if army.side == game.active {
        let order = game
            .shown_orders()
            .iter()
            .find(|o| o.army() == Some(army.id));
        let province = |p: usize| Arg::Str(crate::text::names::province_name(lang, state, p));
        facts.push(match order {
            Some(Order::Move { to, .. }) => {
                lang.tr_args("order-move", &[("province", province(*to))])
            }
            Some(Order::Siege { at, .. }) => {
                lang.tr_args("order-siege", &[("province", province(*at))])
            }
            Some(Order::Disperse { .. }) => lang.tr("order-disperse"),
            _ => lang.tr("order-none"),
        });
    }
    ui.label(RichText::new(facts.join(" · ")).small());
}

/// The tooltip of a stack.
fn stack_tooltip(lang: Lang, ui: &mut egui::Ui, game: &Match, selection: &Selection, c: &Counter) {
    let state = &game.state;
    let men: u32 = c
        .armies
        .iter()
        .filter_map(|id| state.army(*id))
        .map(Army::strength)
        .sum();
    ui.label(
        RichText::new(lang.tr_args(
            "hover-stack",
            &[
                ("side", Arg::Str(texts::side_name(lang, c.side))),
                (
                    "province",
                    Arg::Str(crate::text::names::province_name(lang, state, c.province)),
                ),
                ("armies", Arg::from(c.armies.len() as u32)),
                ("men", Arg::from(men)),
            ],
        ))
        .strong(),
    );
    for id in &c.armies {
        if let Some(a) = state.army(*id) {
            army_line(lang, ui, game, a);
        }
    }
    let own = c.side == game.active;
    let clicking_selects =
        own && !(c.armies.len() == 1 && selection.army == c.armies.first().copied());
    if clicking_selects {
        let key = if c.armies.len() > 1 {
            "hover-click-to-choose"
        } else {
            "hover-click-to-select"
        };
        ui.label(RichText::new(lang.tr(key)).small().color(ui::DIM));
    } else if let Some(hint) = march_hint(lang, game, selection, c.province) {
        show_hint(lang, ui, state, hint);
    } else if !own {
        ui.label(
            RichText::new(lang.tr("hover-click-to-see"))
                .small()
                .color(ui::DIM),
        );
    }
}

/// The tooltip of a province.
fn province_tooltip(lang: Lang, ui: &mut egui::Ui, game: &Match, selection: &Selection, p: usize) {
    let state = &game.state;
    let def = &state.scenario.provinces[p];
    let ps = &state.provinces[p];
    ui.label(
        RichText::new(crate::text::names::province_name(lang, state, p))
            .strong()
            .color(ui::GOLD),
    );
    let holder = texts::holder_name(lang, state.holder(p));
    let terrain = &state.scenario.terrains[def.terrain.idx()];
    let mut facts = vec![
        holder,
        texts::terrain_name(lang, &terrain.id, &terrain.name),
    ];
    if ps.fort > 0.0 {
        facts.push(format!(
            "{} {}",
            lang.tr("details-fort"),
            lang.number((ps.fort * 10.0).round() / 10.0)
        ));
    }
    ui.label(facts.join(" · "));
    let mut lines = Vec::new();
    for side in Side::BOTH {
        let men = state.strength_in(side, p);
        if men > 0 {
            lines.push(format!(
                "{}: {}",
                texts::side_name(lang, side),
                lang.number(f64::from(men))
            ));
        }
    }
    if ps.guerrilla >= 1.0 {
        lines.push(format!(
            "{}: {}",
            lang.tr("details-guerrilla"),
            lang.number(ps.guerrilla.round())
        ));
    }
    if !lines.is_empty() {
        ui.label(RichText::new(lines.join(" · ")).small());
    }
    if def.customs > 0.0 || def.silver > 0.0 {
        ui.label(
            RichText::new(lang.tr_args(
                "tooltip-revenue",
                &[
                    ("customs", Arg::Num(def.customs)),
                    ("silver", Arg::Num(def.silver)),
                ],
            ))
            .small(),
        );
    }
    ui.label(
        RichText::new(lang.tr_args(
            "details-manpower",
            &[("men", Arg::Num(ps.manpower.round()))],
        ))
        .small(),
    );
    if let Some(hint) = march_hint(lang, game, selection, p) {
        show_hint(lang, ui, state, hint);
    }
}

/// Shows the tooltip of what lies under the pointer on the map, if anything.
pub fn map_tooltip(
    lang: Lang,
    ctx: &egui::Context,
    game: &Match,
    selection: &Selection,
    pointer: egui::Pos2,
    counter: Option<&Counter>,
    province: Option<usize>,
) {
    if counter.is_none() && province.is_none() {
        return;
    }
    // Beside the pointer, on the side with more room.
    let screen = ctx.viewport_rect();
    let right = pointer.x > screen.center().x;
    let below = pointer.y < screen.center().y;
    let pivot = match (right, below) {
        (false, true) => egui::Align2::LEFT_TOP,
        (true, true) => egui::Align2::RIGHT_TOP,
        (false, false) => egui::Align2::LEFT_BOTTOM,
        (true, false) => egui::Align2::RIGHT_BOTTOM,
    };
    let offset = egui::vec2(
        if right { -16.0 } else { 16.0 },
        if below { 16.0 } else { -16.0 },
    );
    egui::Area::new("map-hover".into())
        .order(egui::Order::Tooltip)
        .interactable(false)
        .pivot(pivot)
        .fixed_pos(pointer + offset)
        .show(ctx, |ui| {
            egui::Frame::popup(ui.style()).show(ui, |ui| {
                ui.set_max_width(320.0);
                match (counter, province) {
                    (Some(c), _) => stack_tooltip(lang, ui, game, selection, c),
                    (None, Some(p)) => province_tooltip(lang, ui, game, selection, p),
                    (None, None) => {}
                }
            });
        });
}
