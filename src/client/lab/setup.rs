//! The Lab's setup panel: the scenario, the variants to set against it (the counterfactual
//! pack's files by their translated titles, and levers set by hand with the new-game screen's
//! sliders), trials per variant, the AI's level for each side, and the buttons that start and
//! cancel the trials.
use crate::client::lab::worker::{CancelLab, Experiment, LabResults, StartLab};
use crate::client::menu::{MenuState, check_levers, parameter_row};
use crate::client::theme::ui as colour;
use crate::client::words::WindowLang;
use crate::lab::Setup;
use crate::sim::ai::Difficulty;
use crate::sim::scenario::ParamValue;
use crate::sim::variant::{self, Variant};
use crate::text::{Arg, Lang};
use bevy::prelude::*;
use bevy_egui::egui::{self, RichText};
use std::path::{Path, PathBuf};

/// Trials per variant a class can ask for: enough to see a difference, few enough to wait for.
pub const RUNS: std::ops::RangeInclusive<u64> = 10..=1000;

/// One file of the counterfactual pack.
#[derive(Debug, Clone)]
pub struct PackEntry {
    /// The variant file.
    pub path: PathBuf,
    /// The variant read from it, ready for trials, or why it could not be read.
    pub variant: Result<(Variant, Setup), String>,
    /// Set against the scenario in the next experiment.
    pub chosen: bool,
}

/// The teacher's choices.
#[derive(Resource, Debug)]
pub struct LabSetup {
    /// The scenario file.
    pub scenario_path: PathBuf,
    /// The scenario ready for trials, or why it could not be read.
    pub base: Option<Result<Setup, String>>,
    /// The counterfactual pack beside it.
    pub pack: Vec<PackEntry>,
    /// Whether the levers set by hand are a variant of the experiment.
    pub own_levers: bool,
    /// The levers set by hand, in scenario order.
    pub levers: Vec<ParamValue>,
    /// Trials per variant.
    pub runs: u64,
    /// Seed of the first trial.
    pub seed: u64,
    /// The AI's level for each side.
    pub levels: [Difficulty; 2],
    /// Why the last experiment could not start.
    pub error: Option<String>,
}

impl LabSetup {
    /// A setup for a scenario file, not yet read.
    pub fn new(scenario_path: PathBuf) -> LabSetup {
        LabSetup {
            scenario_path,
            base: None,
            pack: Vec::new(),
            own_levers: false,
            levers: Vec::new(),
            runs: 200,
            seed: 1,
            levels: [Difficulty::Normal; 2],
            error: None,
        }
    }

    /// Reads the scenario and the counterfactual pack in `counterfactuals/` beside it.
    pub fn load(&mut self, lang: Lang) {
        crate::text::scenario::register_scenario_file(&self.scenario_path);
        let base = Setup::load(lang, &self.scenario_path, &[], false);
        if let Ok(b) = &base {
            self.levers = b.params.clone();
        }
        let base_id = base.as_ref().ok().map(|b| b.scenario.id.clone());
        self.base = Some(base);
        self.pack = pack_files(&self.scenario_path)
            .into_iter()
            .map(|path| {
                crate::text::scenario::register_scenario_file(&path);
                let variant = variant::load_any(&path)
                    .map_err(|e| crate::text::diagnostics::load_error(lang, &e))
                    .and_then(|any| {
                        let v = any
                            .variant
                            .clone()
                            .ok_or_else(|| lang.tr("labscreen-not-a-variant"))?;
                        let setup = Setup::from_any(lang, &path, any, &[])?;
                        // Paired trials compare wars on one map: a variant of another
                        // scenario is listed with the reason it cannot be chosen.
                        if base_id.as_ref() != Some(&setup.scenario.id) {
                            return Err(lang.tr_args(
                                "labscreen-other-scenario",
                                &[("file", Arg::Str(path.display().to_string()))],
                            ));
                        }
                        Ok((v, setup))
                    });
                PackEntry {
                    path,
                    variant,
                    chosen: false,
                }
            })
            .collect();
    }

    /// The experiment the choices make: the scenario as it is first, then each chosen
    /// variant, then the levers set by hand.
    pub fn experiment(&self, lang: Lang) -> Result<Experiment, String> {
        let base = match &self.base {
            Some(Ok(b)) => b,
            Some(Err(e)) => return Err(e.clone()),
            None => return Err(lang.tr("menu-no-scenario")),
        };
        let mut first = base.clone();
        first.label = lang.tr("labscreen-baseline");
        let mut setups = vec![first];
        for entry in self.pack.iter().filter(|e| e.chosen) {
            if let Ok((v, setup)) = &entry.variant {
                // Titled in the language of the moment, which may have changed since the pack
                // was read.
                let mut setup = setup.clone();
                setup.label = crate::lab::variant_title(lang, &entry.path, v);
                setups.push(setup);
            }
        }
        if self.own_levers {
            setups.push(self.levers_setup(lang, base)?);
        }
        if !RUNS.contains(&self.runs) {
            return Err(lang.tr_args(
                "labscreen-error-runs",
                &[
                    ("low", Arg::Num(*RUNS.start() as f64)),
                    ("high", Arg::Num(*RUNS.end() as f64)),
                ],
            ));
        }
        Ok(Experiment {
            setups,
            runs: self.runs,
            seed: self.seed,
            levels: self.levels,
            until: None,
        })
    }

    /// The scenario with the levers set by hand, checked against their plausible ranges.
    fn levers_setup(&self, lang: Lang, base: &Setup) -> Result<Setup, String> {
        check_levers(lang, &base.scenario, &self.levers)?;
        let overrides: Vec<(String, String)> = base
            .scenario
            .parameters
            .iter()
            .zip(&self.levers)
            .zip(&base.params)
            .filter(|((_, v), default)| v != default)
            .map(|((p, v), _)| (p.id.clone(), v.to_string()))
            .collect();
        let label = if overrides.is_empty() {
            lang.tr("labscreen-own-levers-unchanged")
        } else {
            lang.tr_args(
                "labscreen-own-levers-label",
                &[("set", Arg::Str(crate::lab::assignments(&overrides)))],
            )
        };
        let mut setup = base.with(&overrides).map_err(|m| lang.render(&m))?;
        setup.label = label;
        Ok(setup)
    }
}

/// A variant's question in the reader's language.
pub fn variant_question(lang: Lang, v: &Variant) -> String {
    crate::text::scenario::text(lang, &v.id, "variant-question", &v.question)
}

/// The variant files in `counterfactuals/` beside a scenario (built into the binary for a
/// built-in scenario), by name.
fn pack_files(scenario: &Path) -> Vec<PathBuf> {
    let dir = scenario
        .parent()
        .unwrap_or_else(|| Path::new("."))
        .join("counterfactuals");
    if let Some(place) = crate::sim::files::builtin_place(&dir) {
        return crate::sim::files::builtin_files_in(&place)
            .into_iter()
            .filter(|f| f.ends_with(".ron"))
            .map(crate::sim::files::builtin_path)
            .collect();
    }
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "ron"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

/// Registers the setup.
pub fn plugin(app: &mut App) {
    app.add_systems(OnEnter(crate::client::Screen::Lab), read_setup);
}

/// When the Lab opens, it reads the scenario chosen in the main menu, unless it has it already
/// (the choices made in the Lab stay while the scenario is the same).
fn read_setup(
    window_lang: Res<WindowLang>,
    menu: Res<MenuState>,
    setup: Option<ResMut<LabSetup>>,
    mut commands: Commands,
) {
    let path = PathBuf::from(menu.scenario_path.trim());
    if setup.is_some_and(|s| s.base.is_some() && s.scenario_path == path) {
        return;
    }
    let mut setup = LabSetup::new(path);
    setup.load(window_lang.0);
    commands.insert_resource(setup);
}

/// The setup panel; returns whether the teacher asked to go back to the menu.
pub fn panel(
    lang: Lang,
    ui: &mut egui::Ui,
    setup: &mut LabSetup,
    results: &LabResults,
    start: &mut MessageWriter<StartLab>,
    cancel: &mut MessageWriter<CancelLab>,
) -> bool {
    let mut back = false;
    ui.label(
        RichText::new(lang.tr("labscreen-title"))
            .heading()
            .color(colour::GOLD),
    );
    ui.label(
        RichText::new(lang.tr("labscreen-intro"))
            .small()
            .color(colour::DIM),
    );
    ui.add_space(6.0);
    match &setup.base {
        Some(Ok(b)) => {
            let title = crate::text::scenario::text(
                lang,
                &b.scenario.id,
                "scenario-title",
                &b.scenario.title,
            );
            ui.label(RichText::new(title).strong());
        }
        Some(Err(e)) => {
            ui.label(RichText::new(e).color(colour::DANGER));
        }
        None => {}
    }
    let running = results.running();
    ui.add_space(4.0);
    ui.label(RichText::new(lang.tr("labscreen-variants")).strong());
    ui.add_enabled_ui(!running, |ui| {
        // The scenario as it is is always played: it is what the variants are measured against.
        let mut always = true;
        ui.add_enabled(
            false,
            egui::Checkbox::new(&mut always, lang.tr("labscreen-history-label")),
        )
        .on_disabled_hover_text(lang.tr("labscreen-history-label.help"));
        for entry in &mut setup.pack {
            match &entry.variant {
                Ok((v, _)) => {
                    let title = crate::lab::variant_title(lang, &entry.path, v);
                    ui.checkbox(&mut entry.chosen, title)
                        .on_hover_text(variant_question(lang, v));
                }
                Err(e) => {
                    ui.label(RichText::new(e).small().color(colour::DANGER));
                }
            }
        }
        ui.checkbox(&mut setup.own_levers, lang.tr("labscreen-own-levers"))
            .on_hover_text(lang.tr("labscreen-own-levers.help"));
        if setup.own_levers
            && let Some(Ok(base)) = &setup.base
        {
            let scenario = base.scenario.clone();
            // One lever a line, wrapping, so that long names stay whole in the narrow panel.
            ui.indent("lab-levers", |ui| {
                for (p, v) in scenario.parameters.iter().zip(setup.levers.iter_mut()) {
                    ui.horizontal_wrapped(|ui| parameter_row(lang, ui, &scenario.id, p, v));
                }
            });
        }
        ui.add_space(6.0);
        egui::Grid::new("lab-settings")
            .num_columns(2)
            .spacing([10.0, 6.0])
            .show(ui, |ui| {
                ui.label(lang.tr("labscreen-runs"));
                ui.add(egui::Slider::new(&mut setup.runs, RUNS).logarithmic(true))
                    .on_hover_text(lang.tr("labscreen-runs.help"));
                ui.end_row();
                ui.label(lang.tr("labscreen-seed"));
                ui.add(egui::DragValue::new(&mut setup.seed))
                    .on_hover_text(lang.tr("labscreen-seed.help"));
                ui.end_row();
            });
        for side in crate::sim::Side::BOTH {
            let key = match side {
                crate::sim::Side::Republic => "republic",
                crate::sim::Side::Empire => "empire",
            };
            ui.label(lang.tr_args("labscreen-ai-level", &[("side", Arg::Str(key.into()))]));
            ui.horizontal(|ui| {
                for (level, key) in [
                    (Difficulty::Easy, "menu-difficulty-easy"),
                    (Difficulty::Normal, "menu-difficulty-normal"),
                    (Difficulty::Hard, "menu-difficulty-hard"),
                ] {
                    ui.selectable_value(&mut setup.levels[side.index()], level, lang.tr(key));
                }
            });
        }
    });
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        if running {
            if ui.button(lang.tr("labscreen-cancel")).clicked() {
                cancel.write(CancelLab);
            }
        } else {
            let run = egui::Button::new(
                RichText::new(lang.tr("labscreen-run"))
                    .strong()
                    .color(egui::Color32::BLACK),
            )
            .fill(colour::GOLD);
            if ui.add(run).clicked() {
                match setup.experiment(lang) {
                    Ok(e) => {
                        setup.error = None;
                        start.write(StartLab(e));
                    }
                    Err(e) => setup.error = Some(e),
                }
            }
        }
        if ui.button(lang.tr("labscreen-back")).clicked() {
            back = true;
        }
    });
    if let Some(e) = &setup.error {
        ui.label(RichText::new(e).color(colour::DANGER));
    }
    back
}
