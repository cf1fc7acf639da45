//! Localisation with Project Fluent: every text a player reads, in English, Spanish and
//! Portuguese, and any other language a translator drops into `assets/i18n/<code>/`.
//!
//! Keys are looked up in the current language, then in English. English, Spanish and Portuguese
//! are compiled in, so the command line works from any folder; a folder `assets/i18n/<code>/`
//! next to the working directory or the executable adds (or overrides) a language at run time.
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::path::{Path, PathBuf};
use std::sync::{OnceLock, RwLock};
use unic_langid::LanguageIdentifier;

/// The files every language has, compiled in for the three built-in languages.
const EMBEDDED: &[(&str, &str)] = &[
    ("en", include_str!("../assets/i18n/en/main.ftl")),
    ("en", include_str!("../assets/i18n/en/client.ftl")),
    ("es", include_str!("../assets/i18n/es/main.ftl")),
    ("es", include_str!("../assets/i18n/es/client.ftl")),
    ("pt", include_str!("../assets/i18n/pt/main.ftl")),
    ("pt", include_str!("../assets/i18n/pt/client.ftl")),
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
}

static CATALOG: OnceLock<Catalog> = OnceLock::new();
static BROKEN_TOLD: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
static CURRENT: RwLock<String> = RwLock::new(String::new());

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

/// Folders that may hold extra or updated translations.
pub fn search_dirs() -> Vec<PathBuf> {
    let mut dirs = vec![PathBuf::from("assets/i18n")];
    if let Ok(exe) = std::env::current_exe()
        && let Some(dir) = exe.parent()
    {
        dirs.push(dir.join("assets/i18n"));
    }
    if let Some(root) = option_env!("CARGO_MANIFEST_DIR") {
        dirs.push(Path::new(root).join("assets/i18n"));
    }
    dirs
}

fn catalog() -> &'static Catalog {
    let catalog = CATALOG.get_or_init(|| {
        let mut languages: Vec<Language> = Vec::new();
        let mut broken = Vec::new();
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
                    }
                }
            }
        }
        Catalog { languages, broken }
    });
    // Told after the catalog exists, since the warning is itself a translated text; the flag
    // is set first so that rendering it does not tell it again.
    if !catalog.broken.is_empty() && !BROKEN_TOLD.swap(true, std::sync::atomic::Ordering::SeqCst) {
        for (origin, errors) in &catalog.broken {
            let message = Message::new("texts-syntax-errors")
                .arg("file", origin.as_str())
                .arg("errors", *errors);
            eprintln!(
                "{}",
                Message::new("cli-warning").arg("message", message.render())
            );
        }
    }
    catalog
}

/// The languages available: (code, the language's own name).
pub fn available() -> Vec<(String, String)> {
    catalog()
        .languages
        .iter()
        .map(|l| {
            (
                l.code.clone(),
                lookup(l, "language-name", None).unwrap_or_else(|| l.code.clone()),
            )
        })
        .collect()
}

/// Chooses the language; unknown codes fall back to the base language ("pt-BR" → "pt"), then
/// to English. Returns the code chosen.
pub fn set_language(code: &str) -> String {
    let chosen = resolve(code);
    if let Ok(mut current) = CURRENT.write() {
        *current = chosen.clone();
    }
    chosen
}

fn resolve(code: &str) -> String {
    let code = code.trim().replace('_', "-");
    let base = code
        .split(['-', '.', '@'])
        .next()
        .unwrap_or("")
        .to_lowercase();
    let langs = &catalog().languages;
    if langs.iter().any(|l| l.code == code) {
        code
    } else if langs.iter().any(|l| l.code == base) {
        base
    } else {
        FALLBACK.to_string()
    }
}

/// The language from the environment (LC_ALL, LC_MESSAGES, LANG), English if none fits.
pub fn language_from_env() -> String {
    for var in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        if let Ok(v) = std::env::var(var)
            && !v.is_empty()
            && v != "C"
            && v != "POSIX"
        {
            return resolve(&v);
        }
    }
    FALLBACK.to_string()
}

/// The current language code.
pub fn language() -> String {
    let current = CURRENT.read().map(|c| c.clone()).unwrap_or_default();
    if current.is_empty() {
        FALLBACK.to_string()
    } else {
        current
    }
}

/// An argument to a message.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// Text.
    Str(String),
    /// A number (for plurals and formatting).
    Num(f64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Str(s.to_string())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Str(s)
    }
}
impl From<f64> for Arg {
    fn from(n: f64) -> Arg {
        Arg::Num(n)
    }
}
impl From<u32> for Arg {
    fn from(n: u32) -> Arg {
        Arg::Num(f64::from(n))
    }
}
impl From<i32> for Arg {
    fn from(n: i32) -> Arg {
        Arg::Num(f64::from(n))
    }
}
impl From<usize> for Arg {
    fn from(n: usize) -> Arg {
        Arg::Num(n as f64)
    }
}
impl From<u64> for Arg {
    fn from(n: u64) -> Arg {
        Arg::Num(n as f64)
    }
}

/// A text kept as its key and arguments, so that code can build it where the facts are and
/// render it, in the reader's language, where it is shown.
#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    /// The Fluent key.
    pub key: &'static str,
    /// Named arguments.
    pub args: Vec<(&'static str, Arg)>,
}

impl Message {
    /// A message without arguments yet.
    pub fn new(key: &'static str) -> Message {
        Message {
            key,
            args: Vec::new(),
        }
    }

    /// Adds an argument.
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Message {
        self.args.push((name, value.into()));
        self
    }

    /// The text in the current language.
    pub fn render(&self) -> String {
        tr_args(self.key, &self.args)
    }

    /// The text in a given language.
    pub fn render_in(&self, code: &str) -> String {
        tr_in(code, self.key, &self.args)
    }
}

impl std::fmt::Display for Message {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.render())
    }
}

impl From<Message> for String {
    fn from(m: Message) -> String {
        m.render()
    }
}

/// Why a file operation failed, in the current language for the usual causes; the system's
/// own words otherwise.
pub fn io_reason(e: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    let key = match e.kind() {
        K::NotFound => "io-not-found",
        K::PermissionDenied => "io-permission-denied",
        K::InvalidData => "io-not-text",
        K::IsADirectory => "io-is-a-directory",
        K::AlreadyExists => "io-already-exists",
        K::StorageFull => "io-storage-full",
        _ => return e.to_string(),
    };
    tr(key)
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

fn translate_in(code: &str, key: &str, args: &[(&str, Arg)]) -> String {
    let mut fargs = FluentArgs::new();
    for (name, value) in args {
        match value {
            Arg::Str(s) => fargs.set(*name, FluentValue::from(s.clone())),
            // Numbers go in as Fluent numbers so that plural selectors work, and also as
            // `<name>-text`, formatted with the language's separators, for display.
            Arg::Num(n) => {
                fargs.set(*name, FluentValue::from(*n));
                fargs.set(
                    format!("{name}-text"),
                    FluentValue::from(format_number_in(code, *n)),
                );
            }
        }
    }
    let langs = &catalog().languages;
    for c in [code, FALLBACK] {
        if let Some(lang) = langs.iter().find(|l| l.code == c)
            && let Some(text) = lookup(lang, key, Some(&fargs))
        {
            return text;
        }
    }
    key.to_string()
}

/// The text for `key` in the current language.
pub fn tr(key: &str) -> String {
    translate_in(&language(), key, &[])
}

/// The text for `key` with arguments, in the current language.
pub fn tr_args(key: &str, args: &[(&str, Arg)]) -> String {
    translate_in(&language(), key, args)
}

/// The text for `key` in a given language (for tests and side-by-side views).
pub fn tr_in(code: &str, key: &str, args: &[(&str, Arg)]) -> String {
    translate_in(code, key, args)
}

/// Whether the language (not its fallback) has this key.
pub fn has_key(code: &str, key: &str) -> bool {
    catalog()
        .languages
        .iter()
        .find(|l| l.code == code)
        .is_some_and(|l| lookup(l, key, None).is_some())
}

/// A number with the language's digit grouping: 28,690 / 28.690, rounded to an integer
/// unless it is small.
pub fn format_number_in(code: &str, n: f64) -> String {
    let langs = &catalog().languages;
    let sep = |key: &str, default: &str| {
        langs
            .iter()
            .find(|l| l.code == code)
            .and_then(|l| lookup(l, key, None))
            .unwrap_or_else(|| default.to_string())
    };
    let group = sep("number-group-separator", ",");
    let decimal = sep("number-decimal-separator", ".");
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
            grouped.push_str(&group);
        }
        grouped.push(ch);
    }
    let mut out = if negative {
        format!("-{grouped}")
    } else {
        grouped
    };
    if !frac.is_empty() && frac != "0" {
        out.push_str(&decimal);
        out.push_str(&frac);
    }
    out
}

/// A number in the current language's format.
pub fn format_number(n: f64) -> String {
    format_number_in(&language(), n)
}

/// A month as the language writes it: "May 1862", "mayo de 1862", "maio de 1862".
pub fn format_month(m: crate::sim::Month) -> String {
    tr_args(
        "month-year",
        &[
            ("month", m.month().into()),
            ("year", Arg::Str(m.year().to_string())),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_follow_each_language() {
        let m = crate::sim::Month::new(1862, 5);
        let f = |code: &str| {
            tr_in(
                code,
                "month-year",
                &[
                    ("month", m.month().into()),
                    ("year", Arg::Str("1862".into())),
                ],
            )
        };
        assert_eq!(f("en"), "May 1862");
        assert_eq!(f("es"), "mayo de 1862");
        assert_eq!(f("pt"), "maio de 1862");
    }

    #[test]
    fn numbers_use_each_languages_grouping() {
        assert_eq!(format_number_in("en", 28690.0), "28,690");
        assert_eq!(format_number_in("es", 28690.0), "28,690");
        assert_eq!(format_number_in("pt", 28690.0), "28.690");
        assert_eq!(format_number_in("pt", 2.5), "2,5");
        assert_eq!(format_number_in("en", -1234567.0), "-1,234,567");
    }

    #[test]
    fn unknown_languages_fall_back() {
        assert_eq!(resolve("pt_BR.UTF-8"), "pt");
        assert_eq!(resolve("es-MX"), "es");
        assert_eq!(resolve("xx"), "en");
    }
}
