//! The Lab's export: the trials, provinces held, the tracks by month and the paired
//! differences as CSV, the charts of provinces held and of the tracks as PNG and SVG, and the
//! whole experiment as one Markdown report that shows the PNGs; all written together into a
//! new folder of its own under the platform's data folder (or a folder the teacher types),
//! whose path is shown.
use crate::client::lab::results::level_name;
use crate::client::lab::worker::LabResults;
use crate::client::theme::ui as colour;
use crate::lab::{self, compare, history};
use crate::sim::Side;
use crate::text::{Arg, Lang};
use bevy::prelude::*;
use bevy_egui::egui::{self, RichText};
use std::path::{Path, PathBuf};

/// Where the next export goes, and how the last one went.
#[derive(Resource, Debug)]
pub struct LabExport {
    /// The folder, as typed; each export makes a new folder inside it.
    pub folder: String,
    /// The folder written, or why not.
    pub last: Option<Result<PathBuf, String>>,
}

impl Default for LabExport {
    fn default() -> Self {
        LabExport {
            folder: crate::client::settings::lab_dir().display().to_string(),
            last: None,
        }
    }
}

/// Registers the export.
pub fn plugin(app: &mut App) {
    app.init_resource::<LabExport>();
}

/// The export row: the folder, the button, and where the files went.
pub fn panel(lang: Lang, ui: &mut egui::Ui, results: &LabResults, export: &mut LabExport) {
    ui.horizontal(|ui| {
        ui.label(lang.tr("labscreen-export-folder"));
        ui.add(egui::TextEdit::singleline(&mut export.folder).desired_width(300.0));
        let ready = results.done() > 0;
        if ui
            .add_enabled(ready, egui::Button::new(lang.tr("labscreen-export")))
            .on_hover_text(lang.tr("labscreen-export.help"))
            .clicked()
        {
            export.last = Some(write(lang, results, Path::new(export.folder.trim())));
        }
    });
    match &export.last {
        Some(Ok(dir)) => {
            ui.label(
                RichText::new(lang.tr_args(
                    "labscreen-exported",
                    &[("dir", Arg::Str(dir.display().to_string()))],
                ))
                .color(colour::GOLD),
            );
        }
        Some(Err(e)) => {
            ui.label(RichText::new(e).color(colour::DANGER));
        }
        None => {}
    }
}

/// A new folder `experiment-N` inside `parent` (made if need be, but never over a file).
fn new_folder(lang: Lang, parent: &Path) -> Result<PathBuf, String> {
    let cannot_create = |dir: &Path, e: &std::io::Error| {
        lang.tr_args(
            "lab-error-out-create",
            &[
                ("path", Arg::Str(dir.display().to_string())),
                ("reason", crate::sim::message::io_reason(e).into()),
            ],
        )
    };
    if parent.exists() && !parent.is_dir() {
        return Err(lang.tr_args(
            "labscreen-error-not-folder",
            &[("path", Arg::Str(parent.display().to_string()))],
        ));
    }
    std::fs::create_dir_all(parent).map_err(|e| cannot_create(parent, &e))?;
    let mut n = 1;
    loop {
        let dir = parent.join(format!("experiment-{n}"));
        match std::fs::create_dir(&dir) {
            Ok(()) => return Ok(dir),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => n += 1,
            Err(e) => return Err(cannot_create(&dir, &e)),
        }
    }
}

/// Writes the experiment's files into a new folder inside `parent`; returns that folder.
pub fn write(lang: Lang, results: &LabResults, parent: &Path) -> Result<PathBuf, String> {
    let Some(e) = &results.experiment else {
        return Err(lang.tr("labscreen-nothing-to-export"));
    };
    let Some(base) = e.setups.first() else {
        return Err(lang.tr("labscreen-nothing-to-export"));
    };
    let sets: Vec<(&lab::Summary, &[lab::Trial])> = results
        .summaries
        .iter()
        .zip(&results.trials)
        .map(|(s, t)| (s, t.as_slice()))
        .collect();
    let summaries: Vec<&lab::Summary> = results.summaries.iter().collect();
    let mut files: Vec<(String, Vec<u8>)> = vec![
        ("trials.csv".into(), lab::trials_csv(&sets).into_bytes()),
        (
            "provinces.csv".into(),
            lab::provinces_csv(&summaries).into_bytes(),
        ),
        (
            "tracks.csv".into(),
            lab::tracks::tracks_csv(&summaries).into_bytes(),
        ),
    ];
    if !results.comparisons.is_empty() {
        files.push((
            "differences.csv".into(),
            differences_csv(results).into_bytes(),
        ));
    }
    let provinces = lab::chart::provinces_svg(
        lang,
        &summaries,
        base.scenario.start,
        base.scenario.end,
        base.scenario.provinces.len() as u32,
        &history::curve(&base.scenario.history, Side::Empire),
    );
    let tracks = lab::tracks::svg(lang, &summaries, &base.scenario);
    files.extend(lab::trials::charts(
        lang,
        &[("provinces.svg", provinces), ("tracks.svg", tracks)],
    )?);
    files.push(("report.md".into(), report(lang, results).into_bytes()));
    // The folder is made only once every file is ready, and filled all at once.
    let dir = new_folder(lang, parent)?;
    lab::outputs::write_set(lang, &dir, &files)?;
    Ok(dir)
}

/// The paired differences as CSV: one row per variant and measure, each naming what replays
/// the variant's trials (the scenario's hash, the parameters, the first seed and the trials).
fn differences_csv(results: &LabResults) -> String {
    let mut out = String::from(
        "scenario_hash,parameters,first_seed,trials,variant,baseline,measure,pairs,mean,low,high,median\n",
    );
    let quoted = |s: &str| format!("\"{}\"", s.replace('"', "\"\""));
    for (k, c) in results.comparisons.iter().enumerate() {
        let replay = results
            .summaries
            .get(k + 1)
            .map(lab::replay_fields)
            .unwrap_or_default();
        for (m, d) in &c.differences {
            let measure = lab::outputs::machine_key(m);
            out.push_str(&format!(
                "{replay},{},{},{measure},{},{},{},{},{}\n",
                quoted(&c.variant),
                quoted(&c.baseline),
                d.n,
                d.mean,
                d.low,
                d.high,
                d.median
            ));
        }
    }
    out
}

/// The whole experiment as Markdown: what was played, then the command line's tables for
/// each variant, the chart, and each comparison with its paragraph.
pub fn report(lang: Lang, results: &LabResults) -> String {
    let mut md = String::new();
    let Some(e) = &results.experiment else {
        return md;
    };
    let fenced = |md: &mut String, text: &str| {
        md.push_str("```text\n");
        md.push_str(text);
        md.push_str("```\n\n");
    };
    md.push_str(&format!("# {}\n\n", lang.tr("labscreen-report-title")));
    if let Some(base) = e.setups.first() {
        let title = crate::text::scenario::text(
            lang,
            &base.scenario.id,
            "scenario-title",
            &base.scenario.title,
        );
        md.push_str(&format!("{title}\n\n"));
    }
    let level = |side: Side| level_name(lang, e.levels[side.index()]);
    md.push_str(
        &lang.tr_args(
            "labscreen-report-setup",
            &[
                ("runs", Arg::Num(results.done() as f64)),
                ("asked", Arg::Num(e.runs as f64)),
                ("first", Arg::Str(e.seed.to_string())),
                (
                    "last",
                    Arg::Str(
                        e.seed
                            .wrapping_add(results.done().saturating_sub(1))
                            .to_string(),
                    ),
                ),
                ("republic", Arg::Str(level(Side::Republic))),
                ("empire", Arg::Str(level(Side::Empire))),
            ],
        ),
    );
    md.push_str("\n\n");
    for (k, s) in results.summaries.iter().enumerate() {
        let changes = if s.overrides.is_empty() {
            lang.tr("labscreen-report-no-changes")
        } else {
            format!("`{}`", lab::assignments(&s.overrides))
        };
        md.push_str(&format!("{}. **{}** — {}\n", k + 1, s.label, changes));
    }
    md.push('\n');
    for s in &results.summaries {
        md.push_str(&format!("## {}\n\n", s.label));
        md.push_str(&format!("{}\n\n", lang.tr("lab-section-winners")));
        fenced(&mut md, &lab::winners_table(lang, s));
        md.push_str(&format!("{}\n\n", lang.tr("lab-section-dates")));
        fenced(&mut md, &lab::dates_table(lang, s));
        md.push_str(&format!("{}\n\n", lang.tr("lab-section-provinces")));
        fenced(&mut md, &lab::provinces_table(lang, s));
    }
    // The pictures as PNG, which every Markdown viewer shows; the SVG beside each is the same
    // chart to scale without loss.
    for (title, file) in [
        (lang.tr("lab-chart-title"), "provinces"),
        (lang.tr("lab-tracks-title"), "tracks"),
    ] {
        md.push_str(&format!(
            "## {title}\n\n![{title}]({file}.png)\n\n[{file}.svg]({file}.svg)\n\n"
        ));
    }
    for c in &results.comparisons {
        let heading = lang.tr_args(
            "lab-compare-differences",
            &[
                ("variant", Arg::Str(c.variant.clone())),
                ("baseline", Arg::Str(c.baseline.clone())),
            ],
        );
        // The command line's line ends with a colon before its table; a heading does not.
        md.push_str(&format!("## {}\n\n", heading.trim_end_matches(':')));
        fenced(&mut md, &compare::differences_table(lang, c));
        md.push_str(&format!("{}\n\n", lang.tr("lab-compare-note")));
        md.push_str(&format!("> {}\n\n", c.paragraph));
    }
    md.push_str(&lang.tr("labscreen-report-files"));
    md.push('\n');
    md
}
