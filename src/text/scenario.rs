//! Translations of a scenario's own texts (province and contingent names, event titles and
//! texts, choices, parameter explanations…). The RON file holds the English; translations live
//! beside it in `i18n/<language>/<scenario id>.ftl` (built into the binary for the built-in
//! scenarios), keyed as [`text_keys`] lists, and fall back to the English when a key is
//! missing. A translator's file of the same name in the mods folder's `i18n/` is read over it.
use crate::sim::Scenario;
use crate::sim::files;
use crate::text::{Lang, Message};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};

/// One translatable text of a scenario.
#[derive(Debug, Clone, PartialEq)]
pub struct TextKey {
    /// The Fluent key, e.g. `event-almonte_arrives-title`.
    pub key: String,
    /// The English text from the RON file.
    pub english: String,
    /// The id of the item it belongs to, to locate it in the file.
    pub item: String,
}

/// Every translatable text of a scenario, in file order.
pub fn text_keys(s: &Scenario) -> Vec<TextKey> {
    let mut out = Vec::new();
    let mut add = |key: String, english: &str, item: &str| {
        if !english.trim().is_empty() {
            out.push(TextKey {
                key,
                english: english.to_string(),
                item: item.to_string(),
            });
        }
    };
    add("scenario-title".into(), &s.title, &s.id);
    add("scenario-description".into(), &s.description, &s.id);
    for p in &s.parameters {
        add(format!("param-{}", p.id), &p.name, &p.id);
        add(format!("param-{}-explanation", p.id), &p.explanation, &p.id);
    }
    for t in &s.tracks {
        add(format!("track-{}", t.id), &t.name, &t.id);
    }
    for p in &s.powers {
        add(format!("power-{}", p.id), &p.name, &p.id);
    }
    for t in &s.terrains {
        add(format!("terrain-{}", t.id), &t.name, &t.id);
    }
    for p in &s.provinces {
        add(format!("province-{}", p.id), &p.name, &p.id);
        if let Some(short) = &p.short {
            add(format!("province-{}-short", p.id), short, &p.id);
        }
        add(format!("province-{}-capital", p.id), &p.capital, &p.id);
    }
    for c in &s.contingents {
        add(format!("contingent-{}", c.id), &c.name, &c.id);
    }
    for l in &s.leaders {
        add(format!("leader-{}", l.id), &l.name, &l.id);
        add(format!("leader-{}-role", l.id), &l.role, &l.id);
    }
    for a in &s.armies {
        add(format!("army-{}", a.id), &a.name, &a.id);
    }
    for (event, n, name) in crate::sim::names::event_armies(s) {
        add(crate::sim::names::event_army_key(event, n), name, event);
    }
    for e in &s.events {
        add(format!("event-{}-title", e.id), &e.title, &e.id);
        add(format!("event-{}-text", e.id), &e.text, &e.id);
        for c in &e.choices {
            add(format!("choice-{}-{}", e.id, c.id), &c.label, &c.id);
        }
    }
    for v in &s.victory {
        add(format!("victory-{}", v.id), &v.text, &v.id);
    }
    for j in &s.judgement {
        add(format!("victory-{}", j.id), &j.text, &j.id);
    }
    out
}

type Bundles = BTreeMap<(String, String), Option<FluentBundle<FluentResource>>>;

fn cache() -> &'static Mutex<Bundles> {
    static CACHE: OnceLock<Mutex<Bundles>> = OnceLock::new();
    CACHE.get_or_init(|| Mutex::new(BTreeMap::new()))
}

fn extra_dirs() -> &'static Mutex<Vec<PathBuf>> {
    static DIRS: OnceLock<Mutex<Vec<PathBuf>>> = OnceLock::new();
    DIRS.get_or_init(|| Mutex::new(Vec::new()))
}

/// Tells the translator where a scenario file lives, so that `i18n/` beside it is searched.
pub fn register_scenario_file(path: &Path) {
    if let Some(dir) = path.parent() {
        let dir = dir.join("i18n");
        if let Ok(mut dirs) = extra_dirs().lock()
            && !dirs.contains(&dir)
        {
            dirs.push(dir);
            if let Ok(mut c) = cache().lock() {
                c.clear();
            }
        }
    }
}

/// Where a scenario's translation into `lang` may be, the first read last (over the others):
/// the translators' folder (the mods folder's `i18n/`), then beside each scenario file read so
/// far, then the built-in translations (of the built-in ids, wherever their file was read
/// from). An id or a language code that is not a plain name (letters, digits, `_`, `-`) names no
/// file: an id such as `../../x` must not lead the game to read outside the translations'
/// folders.
pub fn candidate_files(scenario_id: &str, lang: &str) -> Vec<PathBuf> {
    if !crate::sim::load::is_plain_id(scenario_id) || !crate::sim::load::is_plain_id(lang) {
        return Vec::new();
    }
    let mut dirs: Vec<PathBuf> = crate::places::mods_dir()
        .map(|d| d.join("i18n"))
        .into_iter()
        .collect();
    dirs.extend(extra_dirs().lock().map(|d| d.clone()).unwrap_or_default());
    for builtin in ["scenarios/i18n", "scenarios/counterfactuals/i18n"] {
        let dir = files::builtin_path(builtin);
        if !dirs.contains(&dir) {
            dirs.push(dir);
        }
    }
    dirs.into_iter()
        .map(|d| d.join(lang).join(format!("{scenario_id}.ftl")))
        .collect()
}

/// The files a scenario's texts in `lang` are read from, the one that wins first (a
/// translator's over the built-in one); `aguila check` names them.
pub fn translation_files(scenario_id: &str, lang: &str) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = Vec::new();
    for f in candidate_files(scenario_id, lang) {
        if files::is_file(&f) && !found.contains(&f) {
            found.push(f);
        }
    }
    found
}

fn load_bundle(scenario_id: &str, lang: &str) -> Option<FluentBundle<FluentResource>> {
    let found = translation_files(scenario_id, lang);
    if found.is_empty() {
        return None;
    }
    let mut bundle = FluentBundle::new_concurrent(vec![lang.parse().ok()?]);
    bundle.set_use_isolating(false);
    // The lowest first, so that each file's texts replace those read before it.
    for file in found.iter().rev() {
        let Ok(text) = files::read_to_string(file) else {
            continue;
        };
        let resource = match FluentResource::try_new(text) {
            Ok(r) => r,
            Err((r, errors)) => {
                // Told in English: the file is broken in one language, and which language the
                // reader wants is not known where the bundle is first needed.
                let message = Message::new("texts-syntax-errors")
                    .arg("file", file.display().to_string())
                    .arg("errors", errors.len());
                let warning = Message::new("cli-warning").arg("message", message);
                eprintln!("{}", Lang::english().render(&warning));
                r
            }
        };
        bundle.add_resource_overriding(resource);
    }
    Some(bundle)
}

fn lookup_in(scenario_id: &str, lang: &str, key: &str) -> Option<String> {
    let mut cache = cache().lock().ok()?;
    let bundle = cache
        .entry((scenario_id.to_string(), lang.to_string()))
        .or_insert_with(|| load_bundle(scenario_id, lang))
        .as_ref()?;
    let pattern = bundle.get_message(key)?.value()?;
    let mut errors = Vec::new();
    Some(
        bundle
            .format_pattern(pattern, None::<&FluentArgs>, &mut errors)
            .into_owned(),
    )
}

/// A scenario text in a given language, or the English from the RON file.
pub fn text(lang: Lang, scenario_id: &str, key: &str, english: &str) -> String {
    if lang.is_fallback() {
        return english.to_string();
    }
    lookup_in(scenario_id, lang.code(), key).unwrap_or_else(|| english.to_string())
}

/// Whether a translation into `lang` has this key.
pub fn has_translation(scenario_id: &str, lang: &str, key: &str) -> bool {
    lookup_in(scenario_id, lang, key).is_some()
}

/// The keys of `keys` missing from the translation into each language other than English.
pub fn missing_translations(scenario_id: &str, keys: &[TextKey]) -> Vec<(String, TextKey)> {
    let mut out = Vec::new();
    for (lang, _) in crate::text::available() {
        if lang.is_fallback() {
            continue;
        }
        for k in keys {
            if !has_translation(scenario_id, lang.code(), &k.key) {
                out.push((lang.code().to_string(), k.clone()));
            }
        }
    }
    out
}

/// A translation template for `lang`: every key with its English as a comment, and the
/// existing translation (or the English, marked) as the value.
pub fn template(s: &Scenario, lang: &str) -> String {
    // The header is a comment in the translator's file, so it is in the language of the
    // messages (the target language if the game has it, English otherwise).
    let header = Message::new("texts-template-header")
        .arg("scenario", s.id.as_str())
        .arg("lang", lang);
    let mut out = String::new();
    for line in Lang::resolve(lang).render(&header).lines() {
        out.push_str(&format!("# {line}\n"));
    }
    out.push('\n');
    for k in text_keys(s) {
        let existing = lookup_in(&s.id, lang, &k.key);
        out.push_str(&format!("# {}\n", k.english.replace('\n', " ")));
        let value = existing.unwrap_or_else(|| k.english.clone());
        out.push_str(&format!("{} = {}\n\n", k.key, value.replace('\n', " ")));
    }
    out
}
