//! The map between the panels: measures the space the panels left for it, paints the
//! armies and markers over it, and shows its legend and notices.
use crate::client::bridge::Match;
use crate::client::camera::{MapView, MapViewport};
use crate::client::hud::{FreeArea, hover, legend};
use crate::client::input::Selection;
use crate::client::map::{MapGeometry, MapMode};
use crate::client::map_data;
use crate::client::overlay;
use crate::client::schedule::HudSet;
use crate::client::stacks::{self, CounterLayout};
use crate::client::theme::ui;
use crate::client::words::WindowLang;
use bevy::prelude::*;
use bevy::window::PrimaryWindow;
use bevy_egui::egui::{self, RichText};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

/// Registers the map's part of the game screen.
pub fn plugin(app: &mut App) {
    app.add_systems(EguiPrimaryContextPass, map_area_ui.in_set(HudSet::Map));
}

fn map_area_ui(
    window_lang: Res<WindowLang>,
    mut contexts: EguiContexts,
    free: Res<FreeArea>,
    game: Res<Match>,
    selection: Res<Selection>,
    mode: Res<MapMode>,
    mut viewport: ResMut<MapViewport>,
    view: Res<MapView>,
    geometry: Res<MapGeometry>,
    mut layout: ResMut<CounterLayout>,
    window: Single<&Window, With<PrimaryWindow>>,
) -> Result {
    let lang = window_lang.0;
    let ctx = contexts.ctx_mut()?.clone();
    // The map shows through what the panels leave.
    let free = free.0;
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
    layout.update(&geometry.0, &game.state, &view, &viewport);
    overlay::paint(
        lang,
        &painter,
        &geometry.0,
        &game,
        &selection,
        &view,
        &viewport,
        &layout.counters,
    );
    legend::legend(lang, &ctx, free, *mode);

    // What is under the pointer, told before any click.
    if let Some(at) = pointer
        .filter(|p| viewport.contains(Vec2::new(p.x, p.y)))
        .filter(|_| !ctx.input(|i| i.pointer.any_down()))
    {
        let cursor = Vec2::new(at.x, at.y);
        let counter = stacks::counter_at(&layout.counters, cursor);
        let world = view.to_world(&viewport, cursor);
        let province = map_data::province_at(&geometry.0, world.x, world.y)
            .and_then(|i| game.state.province_index(&geometry.0.provinces[i].id));
        hover::map_tooltip(lang, &ctx, &game, &selection, at, counter, province);
    }

    if let Some(notice) = &game.notice {
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
    if game.resolving {
        egui::Area::new("resolving".into())
            .anchor(egui::Align2::CENTER_TOP, egui::vec2(0.0, free.min.y + 12.0))
            .show(&ctx, |ui| {
                egui::Frame::popup(ui.style()).show(ui, |ui| {
                    // No spinner: its animation would draw frames and take the CPU from
                    // the month being resolved.
                    ui.label(lang.tr("resolving-month"));
                });
            });
    }
    Ok(())
}
