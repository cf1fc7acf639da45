//! The turn report window: what the month just resolved changed (battles, provinces won and
//! lost, armies destroyed, events), each line with a button that selects its province and
//! brings it to the middle of the map. It opens after every month; T opens and closes it.
use crate::client::bridge::Match;
use crate::client::camera::MapView;
use crate::client::input::Selection;
use crate::client::map::MapGeometry;
use crate::client::report::{ReportKind, TurnReport};
use crate::client::schedule::{ClientSet, HudSet};
use crate::client::theme::ui;
use crate::client::words::WindowLang;
use crate::client::{Screen, texts};
use crate::text::{Arg, Lang};
use bevy::prelude::*;
use bevy_egui::egui::{self, RichText};
use bevy_egui::input::EguiWantsInput;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

/// Asks to select a province and centre the map on it.
#[derive(Message, Debug, Clone, Copy, PartialEq, Eq)]
pub struct GoTo(pub usize);

/// Registers the report window, its key and the "go to" it sends.
pub fn plugin(app: &mut App) {
    app.add_message::<GoTo>()
        .add_systems(EguiPrimaryContextPass, report_ui.in_set(HudSet::Event))
        .add_systems(
            Update,
            (
                toggle_report
                    .in_set(ClientSet::Input)
                    .run_if(in_state(Screen::InGame)),
                go_to.in_set(ClientSet::Commands),
            )
                .run_if(resource_exists::<Match>),
        );
}

/// T opens and closes the report; Esc closes it.
fn toggle_report(
    keys: Res<ButtonInput<KeyCode>>,
    egui_input: Option<Res<EguiWantsInput>>,
    mut game: ResMut<Match>,
) {
    if keys.just_pressed(KeyCode::Escape) && game.report_open {
        game.report_open = false;
    } else if keys.just_pressed(KeyCode::KeyT)
        && game.report.is_some()
        && !egui_input.is_some_and(|e| e.wants_keyboard_input())
    {
        game.report_open = !game.report_open;
    }
}

/// Selects the province and centres the map on its capital.
pub fn go_to(
    mut requests: MessageReader<GoTo>,
    game: Res<Match>,
    mut selection: ResMut<Selection>,
    geometry: Option<Res<MapGeometry>>,
    view: Option<ResMut<MapView>>,
) {
    let Some(GoTo(province)) = requests.read().last().copied() else {
        return;
    };
    selection.province = Some(province);
    selection.army = None;
    selection.attack = None;
    let Some(def) = game.state.scenario.provinces.get(province) else {
        return;
    };
    if let (Some(geometry), Some(mut view)) = (geometry, view)
        && let Some(shape) = geometry.0.provinces.iter().find(|s| s.id == def.id)
    {
        view.centre = Vec2::new(shape.capital.x, shape.capital.y);
    }
}

fn report_ui(
    window_lang: Res<WindowLang>,
    mut contexts: EguiContexts,
    mut game: ResMut<Match>,
    mut go: MessageWriter<GoTo>,
) -> Result {
    let lang = window_lang.0;
    let ctx = contexts.ctx_mut()?.clone();
    if !game.report_open || game.handover {
        return Ok(());
    }
    let Some(report) = game.report.as_ref() else {
        return Ok(());
    };
    let mut close = false;
    let mut target = None;
    let title = lang.tr_args(
        "report-title",
        &[("month", Arg::Str(lang.month(report.month)))],
    );
    // The title is written inside, where it wraps: a title bar cut "O que aconteceu em
    // dezembro de …" off.
    egui::Window::new(&title)
        .id(egui::Id::new("turn-report"))
        .title_bar(false)
        .collapsible(false)
        .resizable(true)
        .default_width(400.0)
        .default_pos(egui::pos2(16.0, 70.0))
        .show(&ctx, |ui| {
            ui.add(egui::Label::new(RichText::new(&title).heading().color(ui::TEXT)).wrap());
            report_body(lang, ui, report, &mut target);
            ui.separator();
            ui.horizontal(|ui| {
                if ui.button(lang.tr("button-close")).clicked() {
                    close = true;
                }
                ui.label(RichText::new(lang.tr("report-hint")).small().color(ui::DIM));
            });
        });
    if close {
        game.report_open = false;
    }
    if let Some(p) = target {
        go.write(GoTo(p));
    }
    Ok(())
}

/// The report's lines under a heading for each kind; `target` gets the province whose "go
/// to" was clicked.
fn report_body(lang: Lang, ui: &mut egui::Ui, report: &TurnReport, target: &mut Option<usize>) {
    if report.is_quiet() {
        ui.label(
            RichText::new(lang.tr("report-quiet"))
                .italics()
                .color(ui::DIM),
        );
        return;
    }
    egui::ScrollArea::vertical()
        .max_height(380.0)
        .auto_shrink([false, true])
        .show(ui, |ui| {
            for kind in ReportKind::ALL {
                let mut lines = report.of(kind).peekable();
                if lines.peek().is_none() {
                    continue;
                }
                let colour = match kind {
                    ReportKind::Won => ui::REPUBLIC,
                    ReportKind::Lost | ReportKind::Destroyed => ui::DANGER,
                    _ => ui::GOLD,
                };
                ui.label(
                    RichText::new(lang.tr(kind.heading_key()))
                        .strong()
                        .color(colour),
                );
                for item in lines {
                    ui.horizontal_top(|ui| {
                        if let Some(p) = item.province
                            && ui
                                .small_button(lang.tr("report-go-to"))
                                .on_hover_text(lang.tr("report-go-to.hint"))
                                .clicked()
                        {
                            *target = Some(p);
                        }
                        ui.add(egui::Label::new(texts::sentence(&item.text)).wrap());
                    });
                }
                ui.add_space(4.0);
            }
        });
}
