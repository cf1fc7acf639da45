//! The teacher's pack in the game: "Open a teacher's pack" in the main menu (and
//! `aguila play --pack FILE`) shows the pack's title, short hash and questions, asks for the
//! prediction, shows the locked levers locked and lets students move only the free ones within
//! their ranges, restricts the side, and ends the lesson at the pack's turn limit with the war
//! saved for the debrief.
use crate::client::Screen;
use crate::client::bridge::{Match, Seat};
use crate::client::settings;
use crate::client::theme::ui as colour;
use crate::client::words::WindowLang;
use crate::sim::lesson::Lesson;
use crate::sim::pack::LoadedPack;
use crate::sim::scenario::ParamValue;
use crate::sim::{GameState, Side};
use crate::text::{Arg, Lang};
use bevy::prelude::*;
use bevy_egui::egui::{self, RichText};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};
use std::path::{Path, PathBuf};

/// The pack entry of the main menu.
#[derive(Resource, Debug, Default)]
pub struct PackMenu {
    /// The pack file, as typed.
    pub path: String,
    /// The pack read from it, or why it could not be read.
    pub loaded: Option<Result<LoadedPack, String>>,
    /// The lever values students set (the locked ones stay at the pack's).
    pub values: Vec<ParamValue>,
    /// The side played, among the pack's.
    pub side: Option<Side>,
    /// The prediction chosen (for a pack with choices).
    pub choice: Option<usize>,
    /// The prediction written (for a pack without choices).
    pub prediction: String,
    /// Why the lesson could not start.
    pub error: Option<String>,
}

impl PackMenu {
    /// A menu entry with a pack already opened (`aguila play --pack FILE`).
    pub fn opened(lang: Lang, path: &Path) -> PackMenu {
        let mut menu = PackMenu {
            path: path.display().to_string(),
            ..PackMenu::default()
        };
        menu.open(lang);
        menu
    }

    /// Reads and checks the pack file; its levers start at the pack's values.
    pub fn open(&mut self, lang: Lang) {
        let path = PathBuf::from(self.path.trim());
        let loaded = crate::sim::pack::load_pack(&path).map_err(|e| {
            let mut text = crate::text::diagnostics::load_error(lang, &e);
            if let crate::sim::load::LoadError::Invalid { diagnostics, .. } = &e
                && let Some(first) = diagnostics.iter().find(|d| d.is_error())
            {
                text.push_str(&format!(
                    " ({}:{}) {}",
                    first.line,
                    first.column,
                    lang.render(&first.message)
                ));
            }
            text
        });
        if let Ok(p) = &loaded {
            crate::text::scenario::register_scenario_file(&p.scenario_path);
            self.values = p.values.clone();
            self.side = p.pack.sides.first().copied();
        }
        self.choice = None;
        self.error = None;
        self.loaded = Some(loaded);
    }

    /// The student's prediction, if recorded.
    fn answer(&self, p: &LoadedPack) -> Option<String> {
        match self.choice {
            Some(i) => p.pack.prediction.choices.get(i).cloned(),
            None if p.pack.prediction.choices.is_empty() => {
                Some(self.prediction.trim().to_string()).filter(|s| !s.is_empty())
            }
            None => None,
        }
    }

    /// Starts the lesson: the pack's scenario and levers, the prediction in the state, the
    /// student's side(s) at the controls and the computer on the other, saved every month.
    pub fn start(&self, lang: Lang, seed: u64) -> Result<Match, String> {
        let Some(Ok(p)) = &self.loaded else {
            return Err(lang.tr("packscreen-not-open"));
        };
        let Some(prediction) = self.answer(p) else {
            return Err(lang.tr("packscreen-predict-first"));
        };
        // The sliders keep free levers inside their ranges; the rules' check says the rest.
        let changed: Vec<(String, String)> = p
            .free
            .iter()
            .map(|f| {
                (
                    p.loaded.scenario.parameters[f.index].id.clone(),
                    self.values[f.index].to_string(),
                )
            })
            .collect();
        let values = p.values_with(&changed).map_err(|m| lang.render(&m))?;
        let mut lesson = Lesson::new(&p.hash, &p.pack.title, p.pack.sides.clone(), p.last_month());
        lesson.prediction = Some(prediction);
        let mut state = GameState::new(p.loaded.scenario.clone(), values, seed);
        state.lesson = Some(lesson);
        let both = p.pack.sides.len() == 2;
        let mut seats = [Seat::Ai; 2];
        for side in &p.pack.sides {
            seats[side.index()] = Seat::Human;
        }
        let mut game = Match::new(state, seats);
        if !both && let Some(side) = self.side {
            game.active = side;
        }
        game.autosave = Some(lesson_file(&p.hash, seed));
        Ok(game)
    }
}

/// Where a lesson's war is saved after every month: the file students hand in.
pub fn lesson_file(hash: &str, seed: u64) -> PathBuf {
    settings::saves_dir().join(format!("lesson-{hash}-{seed}.ron"))
}

/// Whether a war's lesson is over: the month about to be played is past the pack's limit.
pub fn lesson_over(state: &GameState) -> bool {
    state.lesson.as_ref().is_some_and(|l| l.over(state.month))
}

/// Registers the lesson's panel in the game.
pub fn plugin(app: &mut App) {
    app.init_resource::<PackMenu>().add_systems(
        EguiPrimaryContextPass,
        lesson_panel.run_if(in_state(Screen::InGame).and_then(resource_exists::<Match>)),
    );
}

/// The main menu's entry: a pack file to open, and once open its lesson.
pub fn menu_entry(lang: Lang, ui: &mut egui::Ui, menu: &mut PackMenu, seed: u64) -> Option<Match> {
    let mut start = None;
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(
            RichText::new(lang.tr("packscreen-menu-title"))
                .heading()
                .color(colour::GOLD),
        );
        ui.horizontal(|ui| {
            ui.label(lang.tr("packscreen-file"));
            ui.text_edit_singleline(&mut menu.path);
            if ui.button(lang.tr("packscreen-open")).clicked() {
                menu.open(lang);
            }
        });
        match &menu.loaded {
            Some(Err(e)) => {
                ui.label(RichText::new(e.as_str()).color(colour::DANGER));
            }
            Some(Ok(_)) => start = lesson_setup(lang, ui, menu, seed),
            None => {}
        }
    });
    start
}

/// The opened pack: title and hash, questions, the prediction, the side, the levers.
fn lesson_setup(lang: Lang, ui: &mut egui::Ui, menu: &mut PackMenu, seed: u64) -> Option<Match> {
    let Some(Ok(p)) = &menu.loaded else {
        return None;
    };
    let p = p.clone();
    ui.label(RichText::new(p.pack.title.as_str()).strong().size(18.0));
    ui.label(
        RichText::new(lang.tr_args(
            "packscreen-hash",
            &[
                ("hash", Arg::Str(p.hash.clone())),
                ("turns", Arg::from(p.pack.turns)),
                ("last", Arg::Str(lang.month(p.last_month()))),
            ],
        ))
        .color(colour::DIM),
    );
    ui.label(RichText::new(lang.tr("packscreen-questions")).strong());
    for (i, q) in p.pack.questions.iter().enumerate() {
        ui.label(format!("{}. {}", i + 1, q.text));
    }
    ui.add_space(4.0);
    ui.label(RichText::new(lang.tr("packscreen-prediction")).strong());
    ui.label(p.pack.prediction.prompt.as_str());
    if p.pack.prediction.choices.is_empty() {
        ui.text_edit_multiline(&mut menu.prediction);
    } else {
        for (i, c) in p.pack.prediction.choices.iter().enumerate() {
            ui.radio_value(&mut menu.choice, Some(i), c.as_str());
        }
    }
    ui.add_space(4.0);
    ui.horizontal(|ui| {
        ui.label(lang.tr("menu-side"));
        for side in &p.pack.sides {
            ui.selectable_value(
                &mut menu.side,
                Some(*side),
                crate::client::texts::side_name(lang, *side),
            );
        }
    });
    let scenario = &p.loaded.scenario;
    ui.label(RichText::new(lang.tr("packscreen-levers")).strong());
    for (i, param) in scenario.parameters.iter().enumerate() {
        let mut shown = param.clone();
        let free = p.free_range(i);
        if let Some(range) = free {
            // The slider runs over the pack's range, not the lever's whole plausible one.
            shown.min = range.from.clone().or(shown.min);
            shown.max = range.to.clone().or(shown.max);
        }
        ui.horizontal(|ui| {
            if free.is_none() {
                ui.disable();
            }
            crate::client::menu::parameter_row(lang, ui, &scenario.id, &shown, &mut menu.values[i]);
            if free.is_none() {
                ui.label(
                    RichText::new(lang.tr("packscreen-locked"))
                        .small()
                        .color(colour::DIM),
                );
            }
        });
    }
    let button = egui::Button::new(
        RichText::new(lang.tr("packscreen-start"))
            .strong()
            .color(egui::Color32::BLACK),
    )
    .fill(colour::GOLD);
    let mut start = None;
    if ui.add(button).clicked() {
        match menu.start(lang, seed) {
            Ok(game) => {
                menu.error = None;
                start = Some(game);
            }
            Err(e) => menu.error = Some(e),
        }
    }
    if let Some(e) = &menu.error {
        ui.label(RichText::new(e.as_str()).color(colour::DANGER));
    }
    start
}

/// In a lesson: the pack's title, hash and questions in a small window, and at the turn limit
/// the end of the lesson with where the war is saved.
fn lesson_panel(
    window_lang: Res<WindowLang>,
    mut contexts: EguiContexts,
    game: Res<Match>,
    pack: Res<PackMenu>,
    mut next_screen: ResMut<NextState<Screen>>,
) -> Result {
    let Some(lesson) = &game.state.lesson else {
        return Ok(());
    };
    let lang = window_lang.0;
    let ctx = contexts.ctx_mut()?;
    let over = lesson_over(&game.state) || game.state.outcome.is_some();
    egui::Window::new(lang.tr_args(
        "packscreen-lesson",
        &[
            ("title", Arg::Str(lesson.title.clone())),
            ("hash", Arg::Str(lesson.pack.clone())),
        ],
    ))
    .id(egui::Id::new("lesson-panel"))
    .default_open(over)
    .anchor(egui::Align2::RIGHT_BOTTOM, [-12.0, -12.0])
    .resizable(false)
    .show(ctx, |ui| {
        ui.label(lang.tr_args(
            "packscreen-until",
            &[("last", Arg::Str(lang.month(lesson.last_month)))],
        ));
        if let Some(Ok(p)) = &pack.loaded
            && p.hash == lesson.pack
        {
            for (i, q) in p.pack.questions.iter().enumerate() {
                ui.label(format!("{}. {}", i + 1, q.text));
            }
        }
        if let Some(p) = &lesson.prediction {
            ui.label(lang.tr_args(
                "packscreen-your-prediction",
                &[("prediction", Arg::Str(p.clone()))],
            ));
        }
        if over {
            let file = game
                .autosave
                .as_ref()
                .map_or_else(String::new, |f| f.display().to_string());
            ui.label(
                RichText::new(lang.tr_args("packscreen-over", &[("file", Arg::Str(file))]))
                    .strong()
                    .color(colour::GOLD),
            );
            if ui.button(lang.tr("packscreen-back")).clicked() {
                next_screen.set(Screen::MainMenu);
            }
        }
    });
    Ok(())
}
