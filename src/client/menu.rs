//! The main menu: a new campaign (scenario, side, opponent, the counterfactual levers and
//! their plausible ranges), loading a save, the way into the Lab, the language, quitting.
use crate::client::Screen;
use crate::client::bridge::{Match, MatchRefreshed, Seat};
use crate::client::settings::Settings;
use crate::client::words::WindowLang;
use crate::client::{saves, texts, theme::ui};
use crate::sim::scenario::{ParamValue, Parameter, Scenario};
use crate::sim::{GameState, Month, Side, load};
use crate::text::Arg;
use crate::text::Lang;
use bevy::prelude::*;
use bevy_egui::egui::{self, RichText};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};
use std::path::{Path, PathBuf};

/// Who plays against the player.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Opponent {
    /// The built-in policy.
    Ai,
    /// A second player at the same machine.
    Hotseat,
    /// Nobody: the AI plays both sides and the player watches.
    Watch,
}

/// A scenario the menu offers: its file (`builtin:…` for a built-in one), id and English
/// title (worded in the reader's language when shown).
#[derive(Debug, Clone, PartialEq)]
pub struct ScenarioChoice {
    /// Its file.
    pub path: PathBuf,
    /// Its id, which names its translations.
    pub id: String,
    /// Its title as the file writes it.
    pub title: String,
}

impl ScenarioChoice {
    /// The title in the reader's language.
    pub fn title(&self, lang: Lang) -> String {
        crate::text::scenario::text(lang, &self.id, "scenario-title", &self.title)
    }
}

/// The scenarios the menu offers: the built-in ones and the mods (not the variants, which are
/// the Lab's), with `current` first if it is a file of neither. A file that cannot be read is
/// offered by its id, and choosing it says why.
pub fn scenario_choices(current: &Path) -> Vec<ScenarioChoice> {
    let mut paths: Vec<(String, PathBuf)> = crate::scenarios::catalogue()
        .into_iter()
        .map(|e| (e.id, e.path))
        .collect();
    if !paths.iter().any(|(_, p)| p == current) {
        let id = current
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned());
        paths.insert(0, (id.unwrap_or_default(), current.to_path_buf()));
    }
    paths
        .into_iter()
        .filter(|(_, path)| {
            let text = crate::sim::files::read_to_string(path).unwrap_or_default();
            !crate::sim::variant::is_variant_text(&text)
        })
        .map(|(id, path)| {
            crate::text::scenario::register_scenario_file(&path);
            match load::load_scenario_file(&path) {
                Ok(loaded) => ScenarioChoice {
                    path,
                    id: loaded.scenario.id,
                    title: loaded.scenario.title,
                },
                Err(_) => ScenarioChoice {
                    path,
                    title: id.clone(),
                    id,
                },
            }
        })
        .collect()
}

/// The main menu's choices.
#[derive(Resource, Debug)]
pub struct MenuState {
    /// The chosen scenario's file.
    pub scenario_path: String,
    /// The scenarios to choose from, by title.
    pub choices: Vec<ScenarioChoice>,
    /// The scenario read from it, or why it could not be read.
    pub scenario: Option<Result<Scenario, String>>,
    /// The side the player takes.
    pub side: Side,
    /// Who plays the other side.
    pub opponent: Opponent,
    /// How well the AI plays.
    pub difficulty: crate::sim::ai::Difficulty,
    /// The parameters' values, in scenario order.
    pub params: Vec<ParamValue>,
    /// The random seed.
    pub seed: u64,
    /// Why the last action failed (a save that would not load…).
    pub error: Option<String>,
    /// Saves on disk.
    pub saves: crate::client::save_list::SaveList,
}

impl MenuState {
    /// A menu for a scenario file.
    pub fn new(scenario_path: PathBuf) -> MenuState {
        MenuState {
            choices: scenario_choices(&scenario_path),
            scenario_path: scenario_path.display().to_string(),
            scenario: None,
            side: Side::Republic,
            opponent: Opponent::Ai,
            difficulty: crate::sim::ai::Difficulty::Normal,
            params: Vec::new(),
            seed: 1862,
            error: None,
            saves: Default::default(),
        }
    }

    /// Reads the scenario file and resets the levers to their historical values.
    pub fn load_scenario(&mut self, lang: Lang) {
        let path = PathBuf::from(self.scenario_path.trim());
        crate::text::scenario::register_scenario_file(&path);
        self.scenario = Some(match load::load_scenario_file(&path) {
            Ok(loaded) => {
                self.params = loaded
                    .scenario
                    .parameters
                    .iter()
                    .map(|p| p.default.clone())
                    .collect();
                Ok(loaded.scenario)
            }
            Err(e) => {
                let mut text = crate::text::diagnostics::load_error(lang, &e);
                if let load::LoadError::Invalid { diagnostics, .. } = &e
                    && let Some(first) = diagnostics.iter().find(|d| d.is_error())
                {
                    text.push_str(": ");
                    text.push_str(&lang.render(&first.message));
                }
                Err(lang.tr_args("menu-scenario-error", &[("error", Arg::Str(text))]))
            }
        });
    }

    /// Starts a new campaign with the menu's choices.
    pub fn start(&self, lang: Lang) -> Result<Match, String> {
        let Some(Ok(scenario)) = &self.scenario else {
            return Err(lang.tr("menu-no-scenario"));
        };
        check_levers(lang, scenario, &self.params)?;
        let state = GameState::new(scenario.clone(), self.params.clone(), self.seed);
        let seats = match self.opponent {
            Opponent::Ai => {
                let mut seats = [Seat::Ai; 2];
                seats[self.side.index()] = Seat::Human;
                seats
            }
            Opponent::Hotseat => [Seat::Human; 2],
            Opponent::Watch => [Seat::Ai; 2],
        };
        let mut game = Match::new(state, seats);
        game.levels = [self.difficulty; 2];
        if self.opponent == Opponent::Watch {
            game.active = self.side;
        }
        game.autosave = Some(saves::autosave_root());
        Ok(game)
    }
}

/// Checks the levers' values against their plausible ranges; the first one outside its range
/// is named in the error.
pub fn check_levers(lang: Lang, scenario: &Scenario, values: &[ParamValue]) -> Result<(), String> {
    for (p, v) in scenario.parameters.iter().zip(values) {
        load::in_range(v, p).map_err(|e| {
            lang.tr_args(
                "menu-bad-parameter",
                &[
                    ("name", Arg::Str(p.name.clone())),
                    ("error", Arg::Str(lang.render(&e))),
                ],
            )
        })?;
    }
    Ok(())
}

/// Registers the main menu.
pub fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::MainMenu), refresh_menu)
        .add_systems(
            EguiPrimaryContextPass,
            menu_ui.run_if(in_state(Screen::MainMenu)),
        );
}

fn refresh_menu(window_lang: Res<WindowLang>, mut menu: ResMut<MenuState>) {
    let lang = window_lang.0;
    menu.saves.entries = crate::client::save_list::list_saves();
    menu.saves.delete_asked = None;
    if menu.scenario.is_none() {
        menu.load_scenario(lang);
    }
}

fn month_slider(lang: Lang, ui: &mut egui::Ui, value: &mut Month, min: Month, max: Month) {
    let mut offset = value.months_since(min);
    let span = max.months_since(min).max(0);
    let label = lang.month(min.plus(offset));
    let slider = egui::Slider::new(&mut offset, 0..=span)
        .show_value(false)
        .text(label);
    if ui.add(slider).changed() {
        *value = min.plus(offset);
    }
}

/// One lever's control (checkbox, slider or month slider) with its explanation and source on
/// hover; the Lab's levers use it too.
pub fn parameter_row(
    lang: Lang,
    ui: &mut egui::Ui,
    scenario_id: &str,
    p: &Parameter,
    value: &mut ParamValue,
) {
    let name = crate::text::scenario::text(lang, scenario_id, &format!("param-{}", p.id), &p.name);
    let explanation = crate::text::scenario::text(
        lang,
        scenario_id,
        &format!("param-{}-explanation", p.id),
        &p.explanation,
    );
    let hover = format!(
        "{}\n\n{}",
        explanation,
        lang.tr_args("menu-source", &[("source", Arg::Str(p.source.clone()))])
    );
    match value {
        ParamValue::Bool(b) => {
            ui.checkbox(b, &name).on_hover_text(hover);
        }
        ParamValue::Number(n) => {
            ui.label(&name).on_hover_text(&hover);
            match (&p.min, &p.max) {
                (Some(ParamValue::Number(lo)), Some(ParamValue::Number(hi))) => {
                    ui.add(egui::Slider::new(n, *lo..=*hi)).on_hover_text(hover);
                }
                _ => {
                    ui.add(egui::DragValue::new(n).speed(0.1))
                        .on_hover_text(hover);
                }
            }
        }
        ParamValue::Month(m) => {
            ui.label(&name).on_hover_text(&hover);
            let lo = match &p.min {
                Some(ParamValue::Month(lo)) => *lo,
                _ => m.plus(-36),
            };
            let hi = match &p.max {
                Some(ParamValue::Month(hi)) => *hi,
                _ => m.plus(36),
            };
            month_slider(lang, ui, m, lo, hi);
        }
    }
}

fn menu_ui(
    mut window_lang: ResMut<WindowLang>,
    mut contexts: EguiContexts,
    mut menu: ResMut<MenuState>,
    mut pack: ResMut<crate::client::pack::PackMenu>,
    mut settings: ResMut<Settings>,
    mut commands: Commands,
    mut next_screen: ResMut<NextState<Screen>>,
    mut refreshed: MessageWriter<MatchRefreshed>,
    mut exit: MessageWriter<AppExit>,
) -> Result {
    let lang = window_lang.0;
    let ctx = contexts.ctx_mut()?.clone();
    let mut root = crate::client::theme::background_ui(&ctx, "menu-root", ctx.viewport_rect());
    let mut start: Option<Match> = None;
    let mut open_lab = false;
    egui::CentralPanel::default().show(&mut root, |ui| {
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                ui.vertical_centered(|ui| {
                    ui.add_space(18.0);
                    ui.label(
                        RichText::new("Águila y Corona")
                            .size(44.0)
                            .color(ui::GOLD)
                            .strong(),
                    );
                    ui.label(
                        RichText::new(lang.tr("menu-subtitle"))
                            .size(17.0)
                            .italics()
                            .color(ui::DIM),
                    );
                    ui.add_space(14.0);
                });
                let width = 620.0_f32.min(ui.available_width());
                let margin = ((ui.available_width() - width) / 2.0).max(0.0);
                ui.horizontal(|ui| {
                    ui.add_space(margin);
                    ui.vertical(|ui| {
                        ui.set_width(width);
                        if pack.loaded.is_some() {
                            // A lesson opened: the teacher's pack comes first.
                            if let Some(game) =
                                crate::client::pack::menu_entry(lang, ui, &mut pack, menu.seed)
                            {
                                start = Some(game);
                            }
                            ui.add_space(10.0);
                        }
                        new_game_section(lang, ui, &mut menu, &mut start);
                        ui.add_space(10.0);
                        if pack.loaded.is_none() {
                            if let Some(game) =
                                crate::client::pack::menu_entry(lang, ui, &mut pack, menu.seed)
                            {
                                start = Some(game);
                            }
                            ui.add_space(10.0);
                        }
                        crate::client::save_list::load_section(lang, ui, &mut menu, &mut start);
                        ui.add_space(10.0);
                        open_lab = crate::client::lab::menu_entry(lang, ui);
                        ui.add_space(10.0);
                        egui::Frame::group(ui.style()).show(ui, |ui| {
                            ui.set_width(width - 14.0);
                            ui.horizontal(|ui| {
                                ui.label(lang.tr("menu-language"));
                                let current = lang;
                                let languages = crate::text::available();
                                let current_name = languages
                                    .iter()
                                    .find(|(l, _)| l.same_language(current))
                                    .map_or_else(|| current.code().to_string(), |(_, n)| n.clone());
                                egui::ComboBox::from_id_salt("language")
                                    .selected_text(current_name)
                                    .show_ui(ui, |ui| {
                                        for (choice, name) in &languages {
                                            if ui
                                                .selectable_label(
                                                    choice.same_language(current),
                                                    name,
                                                )
                                                .clicked()
                                                && !choice.same_language(current)
                                            {
                                                window_lang.0 = *choice;
                                                settings.language = choice.tag();
                                                if let Err(e) = settings.save() {
                                                    warn!("could not remember the language: {e}");
                                                }
                                            }
                                        }
                                    });
                                ui.with_layout(
                                    egui::Layout::right_to_left(egui::Align::Center),
                                    |ui| {
                                        if ui.button(lang.tr("button-quit")).clicked() {
                                            exit.write(AppExit::Success);
                                        }
                                    },
                                );
                            });
                        });
                        if let Some(e) = &menu.error {
                            ui.add_space(6.0);
                            ui.label(RichText::new(e).color(ui::DANGER));
                        }
                        ui.add_space(12.0);
                        ui.label(
                            RichText::new(lang.tr("menu-map-credit"))
                                .small()
                                .color(ui::DIM),
                        );
                    });
                });
            });
    });
    if open_lab {
        next_screen.set(Screen::Lab);
    }
    if let Some(game) = start {
        commands.insert_resource(game);
        refreshed.write(MatchRefreshed);
        next_screen.set(Screen::InGame);
    }
    Ok(())
}

/// The scenarios by title; choosing one reads it and resets the levers.
fn scenario_picker(lang: Lang, ui: &mut egui::Ui, menu: &mut MenuState) {
    let current = PathBuf::from(menu.scenario_path.trim());
    let shown = menu
        .choices
        .iter()
        .find(|c| c.path == current)
        .map_or_else(|| menu.scenario_path.clone(), |c| c.title(lang));
    let mut picked = None;
    egui::ComboBox::from_id_salt("menu-scenario")
        .selected_text(shown)
        .width(ui.available_width().min(420.0))
        .show_ui(ui, |ui| {
            for choice in &menu.choices {
                let label = choice.title(lang);
                let hover = choice.path.display().to_string();
                if ui
                    .selectable_label(choice.path == current, label)
                    .on_hover_text(hover)
                    .clicked()
                {
                    picked = Some(choice.path.clone());
                }
            }
        });
    if let Some(path) = picked
        && path != current
    {
        menu.scenario_path = path.display().to_string();
        menu.load_scenario(lang);
    }
}

fn new_game_section(
    lang: Lang,
    ui: &mut egui::Ui,
    menu: &mut MenuState,
    start: &mut Option<Match>,
) {
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(
            RichText::new(lang.tr("menu-new-game"))
                .heading()
                .color(ui::GOLD),
        );
        ui.horizontal(|ui| {
            ui.label(lang.tr("menu-scenario"));
            scenario_picker(lang, ui, menu);
        });
        match &menu.scenario {
            Some(Ok(s)) => {
                let description = crate::text::scenario::text(
                    lang,
                    &s.id,
                    "scenario-description",
                    &s.description,
                );
                ui.add(egui::Label::new(RichText::new(description).small().color(ui::DIM)).wrap());
            }
            Some(Err(e)) => {
                ui.label(RichText::new(e).color(ui::DANGER));
            }
            None => {}
        }
        ui.add_space(4.0);
        egui::Grid::new("new-game")
            .num_columns(2)
            .spacing([12.0, 6.0])
            .show(ui, |ui| {
                ui.label(lang.tr("menu-side"));
                ui.horizontal(|ui| {
                    for side in Side::BOTH {
                        ui.selectable_value(&mut menu.side, side, texts::side_name(lang, side));
                    }
                });
                ui.end_row();
                ui.label(lang.tr("menu-opponent"));
                ui.horizontal(|ui| {
                    ui.selectable_value(
                        &mut menu.opponent,
                        Opponent::Ai,
                        lang.tr("menu-opponent-ai"),
                    );
                    ui.selectable_value(
                        &mut menu.opponent,
                        Opponent::Hotseat,
                        lang.tr("menu-opponent-hotseat"),
                    )
                    .on_hover_text(lang.tr("menu-opponent-hotseat.help"));
                    ui.selectable_value(
                        &mut menu.opponent,
                        Opponent::Watch,
                        lang.tr("menu-opponent-watch"),
                    )
                    .on_hover_text(lang.tr("menu-opponent-watch.help"));
                });
                ui.end_row();
                if menu.opponent != Opponent::Hotseat {
                    use crate::sim::ai::Difficulty;
                    ui.label(lang.tr("menu-difficulty"));
                    ui.horizontal(|ui| {
                        for (level, key, help) in [
                            (
                                Difficulty::Easy,
                                "menu-difficulty-easy",
                                "menu-difficulty-easy.help",
                            ),
                            (
                                Difficulty::Normal,
                                "menu-difficulty-normal",
                                "menu-difficulty-normal.help",
                            ),
                            (
                                Difficulty::Hard,
                                "menu-difficulty-hard",
                                "menu-difficulty-hard.help",
                            ),
                        ] {
                            ui.selectable_value(&mut menu.difficulty, level, lang.tr(key))
                                .on_hover_text(lang.tr(help));
                        }
                    });
                    ui.end_row();
                }
                ui.label(lang.tr("menu-seed"));
                ui.add(egui::DragValue::new(&mut menu.seed))
                    .on_hover_text(lang.tr("menu-seed.help"));
                ui.end_row();
            });
        let MenuState {
            scenario, params, ..
        } = menu;
        if let Some(Ok(s)) = scenario
            && !s.parameters.is_empty()
        {
            egui::CollapsingHeader::new(lang.tr("menu-parameters"))
                .default_open(false)
                .show(ui, |ui| {
                    ui.label(
                        RichText::new(lang.tr("menu-parameters.help"))
                            .small()
                            .color(ui::DIM),
                    );
                    egui::Grid::new("parameters")
                        .num_columns(2)
                        .striped(true)
                        .show(ui, |ui| {
                            for (p, v) in s.parameters.iter().zip(params.iter_mut()) {
                                if matches!(v, ParamValue::Bool(_)) {
                                    ui.label("");
                                }
                                parameter_row(lang, ui, &s.id, p, v);
                                ui.end_row();
                            }
                        });
                    if ui.button(lang.tr("button-historical")).clicked() {
                        *params = s.parameters.iter().map(|p| p.default.clone()).collect();
                    }
                });
        }
        ui.add_space(6.0);
        let button = egui::Button::new(
            RichText::new(lang.tr("button-start"))
                .strong()
                .size(17.0)
                .color(egui::Color32::BLACK),
        )
        .fill(ui::GOLD)
        .min_size(egui::vec2(200.0, 34.0));
        if ui.add(button).clicked() {
            match menu.start(lang) {
                Ok(game) => {
                    menu.error = None;
                    *start = Some(game);
                }
                Err(e) => menu.error = Some(e),
            }
        }
    });
}
