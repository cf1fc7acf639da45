//! Every localisation key used in the code exists in every language, and no language file
//! keeps keys the code no longer uses.
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

const LANGUAGES: [&str; 3] = ["en", "es", "pt"];
/// Keys read by the i18n module itself rather than through `tr`.
const USED_BY_I18N: [&str; 3] = [
    "language-name",
    "number-group-separator",
    "number-decimal-separator",
];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The string literal starting at `text` (after optional spaces), if any.
fn literal(text: &str) -> Option<&str> {
    let t = text.trim_start();
    let rest = t.strip_prefix('"')?;
    rest.find('"').map(|end| &rest[..end])
}

/// Keys passed as literals to tr(…), tr_args(…), Message::new(…), or as the second argument
/// of tr_in(…) and has_key(…), in the crate's sources (tests excluded: they may probe on
/// purpose).
fn keys_in_code() -> BTreeSet<String> {
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    let mut keys = BTreeSet::new();
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        // Unit tests at the end of a file probe the machinery with keys of their own choosing.
        let code = text.split("#[cfg(test)]").next().unwrap_or("");
        for (call, second) in [
            ("tr(", false),
            ("tr_args(", false),
            ("Message::new(", false),
            ("tr_in(", true),
            ("has_key(", true),
        ] {
            for (i, _) in code.match_indices(call) {
                let before = code[..i].chars().last();
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                let mut args = &code[i + call.len()..];
                if second {
                    match args.find(',') {
                        Some(comma) => args = &args[comma + 1..],
                        None => continue,
                    }
                }
                if let Some(key) = literal(args) {
                    keys.insert(key.to_string());
                }
            }
        }
        // Keys chosen in a `match` and passed on as a variable: any literal that some language
        // defines as a key counts as used (and must then exist in every language). Literals no
        // language defines are taken for other strings (egui ids and the like).
        let defined: BTreeSet<String> =
            LANGUAGES.iter().flat_map(|l| keys_in_language(l)).collect();
        for piece in code.split('"').skip(1).step_by(2) {
            if defined.contains(piece) {
                keys.insert(piece.to_string());
            }
        }
    }
    keys
}

/// Message ids and `message.attribute` ids defined in a language's .ftl files.
fn keys_in_language(code: &str) -> BTreeSet<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets/i18n")
        .join(code);
    let mut keys = BTreeSet::new();
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    files.sort();
    for f in files
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
    {
        let mut current: Option<String> = None;
        for line in std::fs::read_to_string(f).unwrap().lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let indented = line.starts_with(' ');
            let trimmed = line.trim_start();
            if !indented {
                let id = trimmed.split('=').next().unwrap_or("").trim();
                if !id.is_empty() && !id.starts_with('-') && trimmed.contains('=') {
                    assert!(
                        keys.insert(id.to_string()),
                        "{code}: `{id}` is defined twice"
                    );
                    current = Some(id.to_string());
                } else {
                    current = None;
                }
            } else if let (Some(msg), Some(attr)) = (&current, trimmed.strip_prefix('.')) {
                let name = attr.split('=').next().unwrap_or("").trim();
                keys.insert(format!("{msg}.{name}"));
            }
        }
    }
    keys
}

#[test]
fn every_key_in_the_code_is_translated_in_every_language() {
    let used = keys_in_code();
    assert!(used.len() > 50, "the scanner found too few keys: {used:?}");
    for lang in LANGUAGES {
        let defined = keys_in_language(lang);
        let missing: Vec<_> = used.iter().filter(|k| !defined.contains(*k)).collect();
        assert!(missing.is_empty(), "{lang} lacks {missing:?}");
    }
}

#[test]
fn no_language_file_keeps_keys_the_code_no_longer_uses() {
    let mut used = keys_in_code();
    used.extend(USED_BY_I18N.iter().map(|k| k.to_string()));
    for lang in LANGUAGES {
        // A region's own separators (`number-group-separator-ES`) are looked up by the
        // region's code.
        let regional = |k: &str| {
            USED_BY_I18N[1..]
                .iter()
                .any(|base| k.strip_prefix(base).is_some_and(|r| r.starts_with('-')))
        };
        let unused: Vec<_> = keys_in_language(lang)
            .into_iter()
            .filter(|k| !used.contains(k) && !regional(k))
            .collect();
        assert!(
            unused.is_empty(),
            "{lang} has keys no code uses: {unused:?}"
        );
    }
}

#[test]
fn no_translation_is_a_placeholder_or_a_copy_of_the_english() {
    let english = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/i18n/en/main.ftl"),
    )
    .unwrap();
    for lang in LANGUAGES {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("assets/i18n")
            .join(lang);
        for f in std::fs::read_dir(&dir).unwrap().flatten() {
            let text = std::fs::read_to_string(f.path()).unwrap();
            for bad in ["TODO", "FIXME", "TRANSLATE", "XXX", "lorem"] {
                assert!(
                    !text.contains(bad),
                    "{}: contains {bad}",
                    f.path().display()
                );
            }
        }
        if lang != "en" {
            let main = std::fs::read_to_string(dir.join("main.ftl")).unwrap();
            assert_ne!(main, english, "{lang}/main.ftl is the English text");
        }
    }
}

/// The variables (`$name`, with `-text` and a side's cases folded into `name`) each message of
/// a language uses.
fn variables_in_language(code: &str) -> std::collections::BTreeMap<String, BTreeSet<String>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets/i18n")
        .join(code);
    let mut out = std::collections::BTreeMap::new();
    for f in std::fs::read_dir(&dir).unwrap().flatten() {
        if f.path().extension().is_none_or(|e| e != "ftl") {
            continue;
        }
        let mut current: Option<String> = None;
        for line in std::fs::read_to_string(f.path()).unwrap().lines() {
            if line.starts_with('#') {
                continue;
            }
            if !line.starts_with(' ') && !line.starts_with('}') && line.contains('=') {
                let id = line.split('=').next().unwrap_or("").trim().to_string();
                current = Some(id);
            }
            let Some(id) = &current else { continue };
            let vars: &mut BTreeSet<String> = out.entry(id.clone()).or_default();
            for piece in line.split('$').skip(1) {
                let name: String = piece
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '-')
                    .collect();
                // A number comes with its `-text`, a side with its cases (`-lead`, `-to`,
                // `-of`): the code gives them together, so each counts as the one variable.
                let base = ["-text", "-lead", "-to", "-of"]
                    .iter()
                    .fold(name.as_str(), |n, suffix| n.trim_end_matches(suffix));
                vars.insert(base.to_string());
            }
        }
    }
    out
}

#[test]
fn translations_use_only_the_variables_the_code_gives() {
    // The English messages are written with the code, so their variables are the ones passed;
    // a translation that names another (a typo, say) would show `{$name}` to the reader.
    let english = variables_in_language("en");
    for lang in LANGUAGES.iter().filter(|l| **l != "en") {
        for (id, vars) in variables_in_language(lang) {
            let Some(known) = english.get(&id) else {
                continue;
            };
            let unknown: Vec<_> = vars.difference(known).collect();
            assert!(
                unknown.is_empty(),
                "{lang}: `{id}` uses {unknown:?}, which the English does not"
            );
        }
    }
}
