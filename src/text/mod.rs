//! The text layer: every word a player reads, in the language the caller names, through
//! Project Fluent. The rules speak in ids, numbers and [`Message`]s; this layer words them.
//!
//! A [`Lang`] is a plain value the client, the command line and the lab pass to whatever
//! words a text; nothing here keeps a current language. Keys are looked up in that language,
//! then in English. English, Spanish and Portuguese
//! are compiled in, so the program works from any folder; a folder `i18n/<code>/` in the
//! platform's data folder ([`crate::places::translations_dir`]) adds a language at run time, or
//! replaces texts of a built-in one.
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::path::PathBuf;
use std::sync::OnceLock;
use unic_langid::LanguageIdentifier;

pub mod chronicle;
pub mod diagnostics;
pub mod names;
pub mod outcome;
pub mod refusals;
pub mod scenario;

pub use crate::sim::message::{Arg, Message};

/// The files every language has, compiled in for the three built-in languages.
const EMBEDDED: &[(&str, &str)] = &[
    ("en", include_str!("../../assets/i18n/en/main.ftl")),
    ("en", include_str!("../../assets/i18n/en/client.ftl")),
    ("en", include_str!("../../assets/i18n/en/france.ftl")),
    ("en", include_str!("../../assets/i18n/en/chronicle.ftl")),
    ("en", include_str!("../../assets/i18n/en/outcome.ftl")),
    ("en", include_str!("../../assets/i18n/en/lab_levers.ftl")),
    ("en", include_str!("../../assets/i18n/en/lab-screen.ftl")),
    ("en", include_str!("../../assets/i18n/en/scenarios.ftl")),
    ("en", include_str!("../../assets/i18n/en/lesson.ftl")),
    ("en", include_str!("../../assets/i18n/en/map.ftl")),
    ("en", include_str!("../../assets/i18n/en/report.ftl")),
    ("es", include_str!("../../assets/i18n/es/main.ftl")),
    ("es", include_str!("../../assets/i18n/es/client.ftl")),
    ("es", include_str!("../../assets/i18n/es/france.ftl")),
    ("es", include_str!("../../assets/i18n/es/chronicle.ftl")),
    ("es", include_str!("../../assets/i18n/es/outcome.ftl")),
    ("es", include_str!("../../assets/i18n/es/lab_levers.ftl")),
    ("es", include_str!("../../assets/i18n/es/lab-screen.ftl")),
    ("es", include_str!("../../assets/i18n/es/scenarios.ftl")),
    ("es", include_str!("../../assets/i18n/es/lesson.ftl")),
    ("es", include_str!("../../assets/i18n/es/map.ftl")),
    ("es", include_str!("../../assets/i18n/es/report.ftl")),
    ("pt", include_str!("../../assets/i18n/pt/main.ftl")),
    ("pt", include_str!("../../assets/i18n/pt/client.ftl")),
    ("pt", include_str!("../../assets/i18n/pt/france.ftl")),
    ("pt", include_str!("../../assets/i18n/pt/chronicle.ftl")),
    ("pt", include_str!("../../assets/i18n/pt/outcome.ftl")),
    ("pt", include_str!("../../assets/i18n/pt/lab_levers.ftl")),
    ("pt", include_str!("../../assets/i18n/pt/lab-screen.ftl")),
    ("pt", include_str!("../../assets/i18n/pt/scenarios.ftl")),
    ("pt", include_str!("../../assets/i18n/pt/lesson.ftl")),
    ("pt", include_str!("../../assets/i18n/pt/map.ftl")),
    ("pt", include_str!("../../assets/i18n/pt/report.ftl")),
];

/// The language everything falls back to.
pub const FALLBACK: &str = "en";

struct Language {
    code: String,
    bundle: FluentBundle<FluentResource>,
}

struct Catalog {
    languages: Vec<Language>,
    /// Files with Fluent syntax errors and how many, told once the catalog can word it.
    broken: Vec<(String, usize)>,
    /// The translators' files read at run time, over the built-in texts, in their order.
    added: Vec<PathBuf>,
}

static CATALOG: OnceLock<Catalog> = OnceLock::new();
static BROKEN_TOLD: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

fn new_bundle(code: &str) -> Option<FluentBundle<FluentResource>> {
    let id: LanguageIdentifier = code.parse().ok()?;
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Unicode isolation marks around arguments confuse terminals and tests; the texts are
    // left-to-right in every language we ship.
    bundle.set_use_isolating(false);
    Some(bundle)
}

fn add_source(
    bundle: &mut FluentBundle<FluentResource>,
    text: &str,
    origin: &str,
    broken: &mut Vec<(String, usize)>,
) {
    let resource = match FluentResource::try_new(text.to_string()) {
        Ok(r) => r,
        Err((r, errors)) => {
            broken.push((origin.to_string(), errors.len()));
            r
        }
    };
    bundle.add_resource_overriding(resource);
}

/// Folders that may hold extra or updated translations: the translators' folder of the
/// platform's data folder. Nothing is read from where the program was built or started.
pub fn search_dirs() -> Vec<PathBuf> {
    crate::places::translations_dir().into_iter().collect()
}

/// The translators' files the interface texts were read from at run time, over the built-in
/// ones (`aguila check` names them).
pub fn added_files() -> Vec<PathBuf> {
    catalog().added.clone()
}

fn catalog() -> &'static Catalog {
    let catalog = CATALOG.get_or_init(|| {
        let mut languages: Vec<Language> = Vec::new();
        let mut broken = Vec::new();
        let mut added = Vec::new();
        let language = |code: &str, languages: &mut Vec<Language>| -> Option<usize> {
            if let Some(i) = languages.iter().position(|l| l.code == code) {
                return Some(i);
            }
            languages.push(Language {
                code: code.to_string(),
                bundle: new_bundle(code)?,
            });
            Some(languages.len() - 1)
        };
        for (code, text) in EMBEDDED {
            if let Some(i) = language(code, &mut languages) {
                add_source(&mut languages[i].bundle, text, code, &mut broken);
            }
        }
        // Run-time folders: a translator's new language, or newer texts for a built-in one.
        let mut seen = std::collections::BTreeSet::new();
        for dir in search_dirs() {
            let Ok(entries) = std::fs::read_dir(&dir) else {
                continue;
            };
            let mut entries: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
            entries.sort();
            for lang_dir in entries.into_iter().filter(|p| p.is_dir()) {
                let Some(code) = lang_dir
                    .file_name()
                    .and_then(|n| n.to_str())
                    .map(str::to_string)
                else {
                    continue;
                };
                let Ok(canonical) = lang_dir.canonicalize() else {
                    continue;
                };
                if !seen.insert(canonical) {
                    continue;
                }
                let mut files: Vec<PathBuf> = std::fs::read_dir(&lang_dir)
                    .into_iter()
                    .flatten()
                    .flatten()
                    .map(|e| e.path())
                    .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
                    .collect();
                files.sort();
                let Some(i) = language(&code, &mut languages) else {
                    continue;
                };
                for f in files {
                    if let Ok(text) = std::fs::read_to_string(&f) {
                        add_source(
                            &mut languages[i].bundle,
                            &text,
                            &f.display().to_string(),
                            &mut broken,
                        );
                        added.push(f);
                    }
                }
            }
        }
        Catalog {
            languages,
            broken,
            added,
        }
    });
    // Told after the catalog exists, since the warning is itself a translated text; the flag
    // is set first so that rendering it does not tell it again.
    if !catalog.broken.is_empty() && !BROKEN_TOLD.swap(true, std::sync::atomic::Ordering::SeqCst) {
        for (origin, errors) in &catalog.broken {
            let message = Message::new("texts-syntax-errors")
                .arg("file", origin.as_str())
                .arg("errors", *errors);
            let english = Lang::english();
            eprintln!(
                "{}",
                english.render(&Message::new("cli-warning").arg("message", message))
            );
        }
    }
    catalog
}

/// A language the texts are worded in, with the region whose way of writing numbers it
/// follows ("es-ES" writes 3.000 and 1,9 where Mexico writes 3,000 and 1.9): a small copyable
/// value, passed explicitly to every function that words something. Made from a code by
/// [`Lang::resolve`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Lang {
    /// The language's place in the catalogue.
    index: u16,
    /// The region's two capital letters ("ES"), or none.
    region: Option<[u8; 2]>,
}

/// The region of a language code ("es_ES.UTF-8" → "ES"), if it names one of two letters.
fn region_of(code: &str) -> Option<[u8; 2]> {
    let tag = code.trim().split(['.', '@']).next().unwrap_or("");
    let region = tag.split(['-', '_']).nth(1)?;
    match region.as_bytes() {
        [a, b] if a.is_ascii_alphabetic() && b.is_ascii_alphabetic() => {
            Some([a.to_ascii_uppercase(), b.to_ascii_uppercase()])
        }
        _ => None,
    }
}

impl Default for Lang {
    /// English, the language every text falls back to.
    fn default() -> Lang {
        Lang::english()
    }
}

impl Lang {
    /// English.
    pub fn english() -> Lang {
        // The catalogue loads the embedded English first, so it is always the first language;
        // every text falls back to it, so it is not looked up by its code each time.
        Lang::at(0)
    }

    fn at(index: usize) -> Lang {
        Lang {
            index: index as u16,
            region: None,
        }
    }

    /// The language for a code; unknown codes fall back to the base language ("pt-BR" →
    /// "pt"), then to English. The code's region stays with it for numbers.
    pub fn resolve(code: &str) -> Lang {
        Lang::known(code)
            .or_else(|| Lang::known(FALLBACK))
            .unwrap_or_default()
    }

    /// The language for a code or its base language ("pt-BR" → "pt"), if the catalogue has it.
    pub fn known(code: &str) -> Option<Lang> {
        let code = code.trim().replace('_', "-");
        let base = code
            .split(['-', '.', '@'])
            .next()
            .unwrap_or("")
            .to_lowercase();
        let langs = &catalog().languages;
        let find = |c: &str| langs.iter().position(|l| l.code == c);
        let index = find(&code).or_else(|| find(&base))?;
        Some(Lang {
            index: index as u16,
            region: region_of(&code),
        })
    }

    /// The codes of every language the catalogue has, in its order.
    pub fn codes() -> Vec<&'static str> {
        catalog()
            .languages
            .iter()
            .map(|l| l.code.as_str())
            .collect()
    }

    /// The language from the environment (LC_ALL, LC_MESSAGES, LANG), English if none fits.
    pub fn from_env() -> Lang {
        for var in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let Ok(v) = std::env::var(var)
                && !v.is_empty()
                && v != "C"
                && v != "POSIX"
            {
                return Lang::resolve(&v);
            }
        }
        Lang::english()
    }

    /// The language asked for on a command line, or the environment's.
    pub fn from_option(code: Option<&str>) -> Lang {
        code.map_or_else(Lang::from_env, Lang::resolve)
    }

    fn language(self) -> &'static Language {
        let langs = &catalog().languages;
        &langs[usize::from(self.index).min(langs.len() - 1)]
    }

    /// The language's code, e.g. `es`.
    pub fn code(self) -> &'static str {
        &self.language().code
    }

    /// The language's code with its region, e.g. `es-ES`, as a setting remembers it.
    pub fn tag(self) -> String {
        match self.region {
            Some([a, b]) => format!("{}-{}{}", self.code(), char::from(a), char::from(b)),
            None => self.code().to_string(),
        }
    }

    /// The same language as another, whatever the region.
    pub fn same_language(self, other: Lang) -> bool {
        self.index == other.index
    }

    /// Whether this is English, the language of the scenario files' own texts.
    pub fn is_fallback(self) -> bool {
        self.code() == FALLBACK
    }

    /// The text for `key`.
    pub fn tr(self, key: &str) -> String {
        translate_in(self, key, &[])
    }

    /// The text for `key` with arguments.
    pub fn tr_args(self, key: &str, args: &[(&str, Arg)]) -> String {
        translate_in(self, key, args)
    }

    /// A message in this language.
    pub fn render(self, message: &Message) -> String {
        translate_in(self, message.key, &message.args)
    }

    /// Whether the language itself (not its fallback) has this key.
    pub fn has_key(self, key: &str) -> bool {
        lookup(self.language(), key, None).is_some()
    }

    /// A number with the digit grouping of the language and its region: 28,690 in English
    /// and Mexican Spanish (the default for Spanish), 28.690 in Spain and Portuguese; rounded
    /// to an integer unless it is small. A catalogue gives a region its own separators as
    /// `number-group-separator-ES`.
    pub fn number(self, n: f64) -> String {
        let sep = |key: &str, default: &str| {
            self.region
                .and_then(|[a, b]| {
                    let regional = format!("{key}-{}{}", char::from(a), char::from(b));
                    lookup(self.language(), &regional, None)
                })
                .or_else(|| lookup(self.language(), key, None))
                .unwrap_or_else(|| default.to_string())
        };
        group_digits(
            n,
            &sep("number-group-separator", ","),
            &sep("number-decimal-separator", "."),
        )
    }

    /// An amount of money given in millions of pesos, as the language writes it in the unit
    /// that suits it: "450 pesos", "12 thousand pesos", "1.9 million pesos" (never "0
    /// thousand pesos" for a small sum).
    pub fn money(self, millions: f64) -> String {
        let pesos = millions * 1_000_000.0;
        let (key, amount) = if pesos.abs() < 1_000.0 {
            ("money-pesos", pesos.round())
        } else if pesos.abs() < 1_000_000.0 {
            ("money-thousands", (pesos / 100.0).round() / 10.0)
        } else {
            ("money-millions", (millions * 10.0).round() / 10.0)
        };
        self.tr_args(key, &[("amount", Arg::Num(amount))])
    }

    /// A month as the language writes it: "May 1862", "mayo de 1862", "maio de 1862".
    pub fn month(self, m: crate::sim::Month) -> String {
        self.tr_args(
            "month-year",
            &[
                ("month", m.month().into()),
                ("year", Arg::Str(m.year().to_string())),
            ],
        )
    }
}

/// The languages available: each with its own name ("Español").
pub fn available() -> Vec<(Lang, String)> {
    (0..catalog().languages.len())
        .map(|i| {
            let lang = Lang::at(i);
            let name = lookup(lang.language(), "language-name", None)
                .unwrap_or_else(|| lang.code().to_string());
            (lang, name)
        })
        .collect()
}

fn lookup(lang: &Language, key: &str, args: Option<&FluentArgs>) -> Option<String> {
    let (id, attr) = match key.split_once('.') {
        Some((id, attr)) => (id, Some(attr)),
        None => (key, None),
    };
    let msg = lang.bundle.get_message(id)?;
    let pattern = match attr {
        Some(a) => msg.get_attribute(a)?.value(),
        None => msg.value()?,
    };
    let mut errors = Vec::new();
    Some(
        lang.bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned(),
    )
}

fn translate_in(lang: Lang, key: &str, args: &[(&str, Arg)]) -> String {
    let mut fargs = FluentArgs::new();
    for (name, value) in args {
        match value {
            Arg::Str(s) => fargs.set(*name, FluentValue::from(s.clone())),
            // Numbers go in as Fluent numbers so that plural selectors work, and also as
            // `<name>-text`, formatted with the language's separators, for display.
            Arg::Num(n) => {
                fargs.set(*name, FluentValue::from(*n));
                fargs.set(format!("{name}-text"), FluentValue::from(lang.number(*n)));
            }
            Arg::Msg(m) => fargs.set(*name, FluentValue::from(lang.render(m))),
        }
    }
    let english = Lang::english();
    for l in [lang, english] {
        if let Some(text) = lookup(l.language(), key, Some(&fargs)) {
            return text;
        }
    }
    key.to_string()
}

/// Groups the digits of a number with the given separators.
fn group_digits(n: f64, group: &str, decimal: &str) -> String {
    let negative = n < 0.0;
    let abs = n.abs();
    let (int, frac) = if abs >= 100.0 || abs.fract() == 0.0 {
        (format!("{:.0}", abs), String::new())
    } else {
        let s = format!("{:.1}", abs);
        let (i, f) = s.split_once('.').unwrap_or((&s, "0"));
        (i.to_string(), f.to_string())
    };
    let mut grouped = String::new();
    for (i, ch) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push_str(group);
        }
        grouped.push(ch);
    }
    let mut out = if negative {
        format!("-{grouped}")
    } else {
        grouped
    };
    if !frac.is_empty() && frac != "0" {
        out.push_str(decimal);
        out.push_str(&frac);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_follow_each_language() {
        let m = crate::sim::Month::new(1862, 5);
        assert_eq!(Lang::resolve("en").month(m), "May 1862");
        assert_eq!(Lang::resolve("es").month(m), "mayo de 1862");
        assert_eq!(Lang::resolve("pt").month(m), "maio de 1862");
    }

    #[test]
    fn numbers_use_each_languages_grouping() {
        let [en, es, pt] = ["en", "es", "pt"].map(Lang::resolve);
        assert_eq!(en.number(28690.0), "28,690");
        assert_eq!(es.number(28690.0), "28,690");
        assert_eq!(pt.number(28690.0), "28.690");
        assert_eq!(pt.number(2.5), "2,5");
        assert_eq!(en.number(-1234567.0), "-1,234,567");
    }

    #[test]
    fn numbers_follow_the_region() {
        let es = Lang::resolve("es");
        assert_eq!(
            (es.number(3000.0), es.number(1.9)),
            ("3,000".into(), "1.9".into())
        );
        let mx = Lang::resolve("es-MX");
        assert_eq!(
            (mx.number(3000.0), mx.number(1.9)),
            ("3,000".into(), "1.9".into())
        );
        let spain = Lang::resolve("es_ES.UTF-8");
        assert_eq!(spain.code(), "es");
        assert_eq!(spain.tag(), "es-ES");
        assert_eq!(
            (spain.number(3000.0), spain.number(1.9)),
            ("3.000".into(), "1,9".into())
        );
        assert_eq!(Lang::resolve("pt").number(3000.0), "3.000");
        assert_eq!(Lang::resolve("pt-BR").number(1.9), "1,9");
        assert!(spain.same_language(es));
        assert_eq!(Lang::resolve("en-GB").number(3000.0), "3,000");
    }

    #[test]
    fn money_is_written_in_the_unit_that_suits_it() {
        let en = Lang::english();
        assert_eq!(en.money(0.000_45), "450 pesos");
        assert_eq!(en.money(0.012), "12 thousand pesos");
        assert_eq!(en.money(0.0025), "2.5 thousand pesos");
        assert_eq!(en.money(1.9), "1.9 million pesos");
        assert_eq!(Lang::resolve("es-ES").money(1.9), "1,9 millones de pesos");
        assert_eq!(Lang::resolve("es").money(1.0), "1 millón de pesos");
        assert_eq!(Lang::resolve("pt").money(2.0), "2 milhões de pesos");
    }

    #[test]
    fn english_is_the_first_language_of_the_catalogue() {
        assert_eq!(Lang::english().code(), FALLBACK);
        assert_eq!(Lang::resolve(FALLBACK), Lang::english());
        assert!(Lang::english().is_fallback());
    }

    #[test]
    fn unknown_languages_fall_back() {
        assert_eq!(Lang::resolve("pt_BR.UTF-8").code(), "pt");
        assert_eq!(Lang::resolve("es-MX").code(), "es");
        assert_eq!(Lang::resolve("xx").code(), "en");
    }

    #[test]
    fn nested_messages_are_worded_in_the_same_language() {
        let es = Lang::resolve("es");
        let inner = Message::new("io-not-found");
        let outer = Message::new("check-cannot-read")
            .arg("file", "x.ron")
            .arg("reason", inner.clone());
        let text = es.render(&outer);
        assert!(text.contains("x.ron"), "{text}");
        assert!(text.contains(&es.render(&inner)), "{text}");
        assert_ne!(es.render(&inner), Lang::english().render(&inner));
    }
}
