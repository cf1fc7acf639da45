//! `aguila scenarios` (the scenarios a command can name by id, with their titles) and the
//! lines of `aguila check` that say which files it used: the built-in scenario, a mod in its
//! place or a file, and the translations read over the built-in ones.
use crate::scenarios::{self, Origin};
use crate::sim::variant::{self, AnyScenario};
use crate::text::{Lang, Message};
use std::path::Path;
use std::process::ExitCode;

/// Runs `aguila scenarios`: one line a scenario (id, where it comes from, title in the
/// reader's language), then where the mods folder is.
pub fn list(lang: Lang) -> ExitCode {
    let rows: Vec<[String; 3]> = scenarios::catalogue()
        .iter()
        .map(|e| {
            let kind = match e.origin {
                Origin::BuiltIn => lang.tr("scenarios-builtin"),
                Origin::Mod { replaces: true } => lang.tr("scenarios-mod-replaces"),
                Origin::Mod { replaces: false } | Origin::File { .. } => lang.tr("scenarios-mod"),
            };
            let mut title = title(lang, &e.path);
            if e.origin != Origin::BuiltIn {
                title = format!("{title} ({})", e.path.display());
            }
            [e.id.clone(), kind, title]
        })
        .collect();
    let width = |c: usize| rows.iter().map(|r| r[c].chars().count()).max().unwrap_or(0);
    let (id_width, kind_width) = (width(0), width(1));
    for [id, kind, title] in &rows {
        println!("{id:<id_width$}  {kind:<kind_width$}  {title}");
    }
    println!();
    match crate::places::mods_dir() {
        Some(folder) => println!(
            "{}",
            lang.render(
                &Message::new("scenarios-mods-folder").arg("folder", folder.display().to_string())
            )
        ),
        None => println!("{}", lang.tr("scenarios-no-mods-folder")),
    }
    ExitCode::SUCCESS
}

/// A scenario's or variant's title in the reader's language (a variant's says whose
/// counterfactual it is), or why the file cannot be read.
fn title(lang: Lang, path: &Path) -> String {
    crate::text::scenario::register_scenario_file(path);
    match variant::load_any(path) {
        Ok(any) => match &any.variant {
            Some(v) => {
                let of = Message::new("scenarios-variant-of")
                    .arg("base", any.loaded.scenario.id.as_str());
                format!(
                    "{} ({})",
                    crate::lab::variant_title(lang, path, v),
                    lang.render(&of)
                )
            }
            None => {
                let s = &any.loaded.scenario;
                crate::text::scenario::text(lang, &s.id, "scenario-title", &s.title)
            }
        },
        Err(e) => {
            lang.render(&Message::new("scenarios-broken").arg("problem", lang.render(&e.message())))
        }
    }
}

/// The lines `aguila check` adds for a file that loaded: where the scenario (and a variant's
/// base) came from, and the files its texts are read from in each language.
pub fn used_lines(lang: Lang, path: &Path, any: &AnyScenario) -> String {
    // The translations beside the file (and beside a variant's base) count from here on.
    crate::text::scenario::register_scenario_file(path);
    crate::text::scenario::register_scenario_file(&any.scenario_path);
    let mut out = String::new();
    let mut ids = Vec::new();
    if let Some(v) = &any.variant {
        out.push_str(&origin_line(lang, path, &v.id));
        ids.push(v.id.clone());
    }
    let scenario_id = any.loaded.scenario.id.clone();
    out.push_str(&origin_line(lang, &any.scenario_path, &scenario_id));
    ids.push(scenario_id);
    for (other, _) in crate::text::available() {
        if other.is_fallback() {
            continue;
        }
        for id in &ids {
            let found = crate::text::scenario::translation_files(id, other.code());
            let message = match found.split_first() {
                None => Message::new("check-used-texts-none"),
                Some((top, rest)) => {
                    let mut files = top.display().to_string();
                    for below in rest {
                        files = lang.render(
                            &Message::new("check-used-over")
                                .arg("top", files)
                                .arg("below", below.display().to_string()),
                        );
                    }
                    Message::new("check-used-texts").arg("files", files)
                }
            };
            let line = message.arg("id", id.as_str()).arg("lang", other.code());
            out.push_str(&format!("  {}\n", lang.render(&line)));
        }
    }
    out
}

/// The translators' files of the interface read over the built-in texts, one line each.
pub fn interface_lines(lang: Lang) -> String {
    crate::text::added_files()
        .iter()
        .map(|f| {
            let m = Message::new("check-used-interface").arg("file", f.display().to_string());
            format!("{}\n", lang.render(&m))
        })
        .collect()
}

/// Where the file at `path`, of id `id`, came from, as one indented line.
fn origin_line(lang: Lang, path: &Path, id: &str) -> String {
    let key = match scenarios::origin(path, id) {
        Origin::BuiltIn => "check-used-builtin",
        Origin::Mod { replaces: true } => "check-used-mod-replaces",
        Origin::Mod { replaces: false } => "check-used-mod",
        Origin::File { replaces: true } => "check-used-file-replaces",
        Origin::File { replaces: false } => "check-used-file",
    };
    let m = Message::new(key)
        .arg("id", id)
        .arg("path", path.display().to_string());
    format!("  {}\n", lang.render(&m))
}
