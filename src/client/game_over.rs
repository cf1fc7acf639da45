//! The game-over screen: how the war ended, the chronicle, and a chart of the provinces
//! each side held month by month against the historical curve.
use crate::client::Screen;
use crate::client::bridge::Match;
use crate::client::theme::ui;
use crate::client::words::WindowLang;
use crate::sim::Month;
use crate::text::Arg;
use bevy::prelude::*;
use bevy_egui::egui::{self, RichText};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};
use egui_plot::{Legend, Line, LineStyle, Plot, PlotPoints, Points};

/// A month as a position on the chart's time axis (years with fractions).
pub fn year_fraction(m: Month) -> f64 {
    f64::from(m.year()) + f64::from(m.month() - 1) / 12.0
}

/// Registers the screen.
pub fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        game_over_ui.run_if(in_state(Screen::GameOver).and_then(resource_exists::<Match>)),
    );
}

fn game_over_ui(
    window_lang: Res<WindowLang>,
    mut contexts: EguiContexts,
    game: Res<Match>,
    mut next_screen: ResMut<NextState<Screen>>,
    mut exit: MessageWriter<AppExit>,
) -> Result {
    let lang = window_lang.0;
    let ctx = contexts.ctx_mut()?.clone();
    let mut root = crate::client::theme::background_ui(&ctx, "game-over-root", ctx.viewport_rect());
    let state = &game.state;
    egui::CentralPanel::default().show(&mut root, |ui| {
        ui.vertical_centered(|ui| {
            let headline = match state.outcome.as_ref().and_then(|o| o.winner) {
                Some(side) => {
                    lang.tr_args("gameover-winner", &[("side", Arg::Str(side.key().into()))])
                }
                None => lang.tr("gameover-undecided"),
            };
            ui.label(RichText::new(headline).size(32.0).strong().color(ui::GOLD));
            if let Some(o) = &state.outcome {
                ui.label(RichText::new(lang.month(o.month)).color(ui::DIM));
                let story = crate::text::outcome::outcome_story(lang, state, o);
                ui.label(RichText::new(story).size(16.0));
            }
        });
        ui.separator();
        ui.columns(2, |cols| {
            cols[0].label(RichText::new(lang.tr("gameover-chart")).strong());
            let empire: PlotPoints = game
                .held
                .iter()
                .map(|h| [year_fraction(h.month), f64::from(h.empire)])
                .collect();
            let republic: PlotPoints = game
                .held
                .iter()
                .map(|h| [year_fraction(h.month), f64::from(h.republic)])
                .collect();
            let history: Vec<[f64; 2]> =
                crate::lab::history::curve(&state.scenario.history, crate::sim::Side::Empire)
                    .into_iter()
                    .map(|(m, n)| [year_fraction(m), f64::from(n)])
                    .collect();
            Plot::new("held")
                .legend(Legend::default())
                .height(320.0)
                .include_y(0.0)
                .include_y(27.0)
                .allow_drag(false)
                .allow_zoom(false)
                .allow_scroll(false)
                .x_axis_label(lang.tr("gameover-axis-year"))
                .y_axis_label(lang.tr("gameover-axis-provinces"))
                .show(&mut cols[0], |plot| {
                    plot.line(
                        Line::new(lang.tr("gameover-series-empire"), empire)
                            .color(ui::EMPIRE)
                            .width(2.5),
                    );
                    plot.line(
                        Line::new(lang.tr("gameover-series-republic"), republic)
                            .color(ui::REPUBLIC)
                            .width(2.0),
                    );
                    plot.line(
                        Line::new(
                            lang.tr("gameover-series-history"),
                            PlotPoints::from(history.clone()),
                        )
                        .color(ui::GOLD)
                        .style(LineStyle::dashed_loose()),
                    );
                    plot.points(
                        Points::new(
                            lang.tr("gameover-series-history"),
                            PlotPoints::from(history),
                        )
                        .color(ui::GOLD)
                        .radius(4.0),
                    );
                });
            cols[0].label(
                RichText::new(lang.tr("gameover-chart-note"))
                    .small()
                    .color(ui::DIM),
            );

            cols[1].label(RichText::new(lang.tr("chronicle-title")).strong());
            egui::ScrollArea::vertical()
                .max_height(360.0)
                .show(&mut cols[1], |ui| {
                    for entry in &game.chronicle {
                        if entry.heading {
                            ui.label(RichText::new(&entry.text).strong().color(ui::GOLD));
                        } else {
                            ui.label(crate::client::texts::sentence(&entry.text));
                        }
                    }
                });
        });
        ui.separator();
        ui.horizontal(|ui| {
            if ui
                .button(RichText::new(lang.tr("button-new-campaign")).strong())
                .clicked()
            {
                next_screen.set(Screen::MainMenu);
            }
            if ui.button(lang.tr("button-quit")).clicked() {
                exit.write(AppExit::Success);
            }
        });
    });
    Ok(())
}
