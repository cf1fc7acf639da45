//! The command line in Spanish and Portuguese: `check` diagnostics at the right place in the
//! reader's language, with a `code` for tools that does not change with it; `--set`, `--until`
//! and save errors; `--lang` and LANG on every subcommand.
mod common;

use common::{aguila, stderr, stdout};
use std::process::Command;

const HISTORICAL: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios/historical_1861.ron");

fn broken(name: &str) -> String {
    common::fixture(&format!("broken/{name}.ron"))
        .display()
        .to_string()
}

/// Fails if a text shows a localisation key instead of its translation.
fn assert_no_raw_key(text: &str) {
    for prefix in [
        "check-", "set-", "save-", "variant-", "param-", "cli-", "io-", "texts-", "army-",
    ] {
        assert!(
            !text
                .split(|c: char| !(c.is_alphanumeric() || c == '-'))
                .any(|w| w.starts_with(prefix)),
            "a raw key ({prefix}…) in:\n{text}"
        );
    }
}

#[test]
fn check_speaks_spanish_and_portuguese_at_the_right_place() {
    let file = broken("unknown_province");
    for (lang, message, help) in [
        (
            "es",
            "provincia desconocida `capitol` (en borders[1])",
            "ayuda: ¿quisiste decir `capital`?",
        ),
        (
            "pt",
            "província desconhecida `capitol` (em borders[1])",
            "ajuda: você quis dizer `capital`?",
        ),
    ] {
        let out = aguila(&["check", "--lang", lang, &file]);
        assert_eq!(out.status.code(), Some(1), "{lang}");
        let text = stderr(&out);
        assert!(text.contains(message), "{lang}: {text}");
        assert!(
            text.contains("unknown_province.ron:70:13"),
            "{lang}: {text}"
        );
        assert!(
            text.contains(r#"(a: "capitol", b: "port"),"#),
            "{lang}: {text}"
        );
        assert!(text.contains(help), "{lang}: {text}");
        assert!(!text.contains("did you mean"), "{lang}: {text}");
        assert_no_raw_key(&text);
    }
    let out = aguila(&["check", "--lang", "es", &broken("several_errors")]);
    let text = stderr(&out);
    assert!(text.contains("several_errors.ron: 3 errores"), "{text}");
    assert_no_raw_key(&text);

    // Every broken fixture gives a message in Spanish, never a key.
    for name in [
        "unknown_field",
        "unknown_variant",
        "duplicate_id",
        "support_over_100",
        "border_listed_twice",
        "bad_month",
        "missing_track",
        "wrong_version",
        "share_out_of_range",
        "truncated",
        "empty",
        "choices_without_chooser",
        "not_ron",
    ] {
        let out = aguila(&["check", "--lang", "es", &broken(name)]);
        assert_eq!(out.status.code(), Some(1), "{name}");
        assert_no_raw_key(&stderr(&out));
    }
    let out = aguila(&["check", "--lang", "es", &broken("bad_month")]);
    assert!(
        stderr(&out).contains("`1863-13` no es un mes: escríbelo como AAAA-MM"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn check_json_keeps_the_same_codes_in_every_language() {
    let file = broken("several_errors");
    let codes_and_messages = |lang: &str| {
        let out = aguila(&["check", "--json", "--lang", lang, &file]);
        assert_eq!(out.status.code(), Some(1));
        let v: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("valid JSON");
        v["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| {
                (
                    d["code"]
                        .as_str()
                        .expect("every finding has a code")
                        .to_string(),
                    d["message"].as_str().unwrap().to_string(),
                    (d["line"].as_u64().unwrap(), d["column"].as_u64().unwrap()),
                )
            })
            .collect::<Vec<_>>()
    };
    let en = codes_and_messages("en");
    let es = codes_and_messages("es");
    let pt = codes_and_messages("pt");
    let codes = |v: &[(String, String, (u64, u64))]| {
        v.iter()
            .map(|(c, _, at)| (c.clone(), *at))
            .collect::<Vec<_>>()
    };
    assert_eq!(codes(&en), codes(&es));
    assert_eq!(codes(&en), codes(&pt));
    let unknown = en
        .iter()
        .position(|(c, _, _)| c == "unknown-province")
        .expect("an unknown-province finding");
    assert!(en[unknown].1.contains("unknown province `capitol`"));
    assert!(es[unknown].1.contains("provincia desconocida `capitol`"));
    assert!(pt[unknown].1.contains("província desconhecida `capitol`"));
    assert!(en.iter().any(|(c, _, _)| c == "province-support"), "{en:?}");

    // Syntax errors have codes too.
    let out = aguila(&["check", "--json", "--lang", "pt", &broken("truncated")]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(v["diagnostics"][0]["code"], "ron-eof");
    assert_eq!(v["diagnostics"][0]["line"], 97);
}

#[test]
fn check_summaries_and_translation_warnings_follow_the_language() {
    let out = aguila(&["check", "--lang", "es", HISTORICAL]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("correcto (27 provincias"),
        "{}",
        stdout(&out)
    );
    let out = aguila(&["check", "--lang", "pt", HISTORICAL]);
    assert!(
        stdout(&out).contains("correto (27 províncias"),
        "{}",
        stdout(&out)
    );

    let tiny = common::fixture("tiny.ron");
    let out = aguila(&["check", "--lang", "es", "--verbose", tiny.to_str().unwrap()]);
    let text = stdout(&out);
    assert!(
        text.contains("falta la traducción `pt` de `province-capital`"),
        "{text}"
    );
    assert!(text.contains("junto al escenario"), "{text}");
    let out = aguila(&["check", "--lang", "es", tiny.to_str().unwrap()]);
    let text = stdout(&out);
    assert!(
        text.contains("no tienen traducción `pt` (el primero es `scenario-title`)"),
        "{text}"
    );

    // Without --lang, the system's language.
    let out = Command::new(env!("CARGO_BIN_EXE_aguila"))
        .args(["check", HISTORICAL])
        .env("LANG", "es_MX.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .unwrap();
    assert!(
        stdout(&out).contains("correcto (27 provincias"),
        "{}",
        stdout(&out)
    );

    let out = aguila(&["check", "--lang", "es", "/no/such/file.ron"]);
    assert!(
        stderr(&out)
            .contains("no se puede leer /no/such/file.ron: no existe ese archivo o carpeta"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn run_errors_are_in_the_chosen_language() {
    for (args, says) in [
        (
            vec!["--set", "us_civl_war_end=1866-01", "--lang", "es"],
            "¿quisiste decir `us_civil_war_end`?",
        ),
        (
            vec!["--set", "us_civil_war_end=1899-01", "--lang", "es"],
            "está por encima del rango plausible",
        ),
        (
            vec!["--lang", "pt", "--set", "allies_stay=maybe"],
            "só pode valer true ou false",
        ),
        (
            vec!["--lang", "pt", "--set", "no_equals_sign"],
            "não está no formato nome=valor",
        ),
        (
            vec!["--until", "1863-13", "--lang", "es"],
            "no es un mes: escríbelo como AAAA-MM",
        ),
    ] {
        let mut all = vec!["run", "--scenario", HISTORICAL];
        all.extend(args.iter().copied());
        let out = aguila(&all);
        assert_ne!(out.status.code(), Some(0), "{args:?} accepted");
        assert!(stderr(&out).contains(says), "{args:?}: {}", stderr(&out));
        assert_no_raw_key(&stderr(&out));
    }

    let dir = tempfile::tempdir().unwrap();
    let corrupt = dir.path().join("corrupt.ron");
    std::fs::write(&corrupt, "(format_version: 1, scenario: (").unwrap();
    let out = aguila(&["run", "--load", corrupt.to_str().unwrap(), "--lang", "es"]);
    assert_eq!(out.status.code(), Some(1));
    let text = stderr(&out);
    assert!(
        text.starts_with("error: ")
            && text.contains("no es una partida guardada que se pueda leer"),
        "{text}"
    );
    assert!(text.contains("línea"), "{text}");
}

#[test]
fn a_variant_with_a_bad_value_is_reported_in_the_chosen_language() {
    let dir = tempfile::tempdir().unwrap();
    // A variant names its base inside its scenario folder, never by an absolute path.
    std::fs::copy(HISTORICAL, dir.path().join("historical_1861.ron")).unwrap();
    let variant = dir.path().join("late.ron");
    std::fs::write(
        &variant,
        r#"Variant(
    format_version: 1,
    id: "late",
    title: "Too late",
    question: "What if?",
    plausibility: "None.",
    sources: ["test"],
    base: "historical_1861.ron",
    set: [("us_civil_war_end", "1899-01")],
)
"#,
    )
    .unwrap();
    let out = aguila(&["check", "--json", "--lang", "pt", variant.to_str().unwrap()]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let d = &v["diagnostics"][0];
    assert_eq!(d["code"], "set-out-of-range");
    assert_eq!(d["line"], 9);
    assert!(
        d["message"]
            .as_str()
            .unwrap()
            .contains("está acima da faixa plausível"),
        "{d}"
    );
}

// Setup: command lines clap cannot read (a misspelled option, an unknown command, a value
// outside an option's list, a missing file), in Spanish and Portuguese.
// Expect: the whole error is in that language, with clap's suggestion, and exit code 2; help
// still prints and exits 0.
#[test]
fn command_line_mistakes_are_explained_in_the_chosen_language() {
    for (args, says) in [
        (
            vec![
                "run",
                "--scenario",
                HISTORICAL,
                "--sett",
                "a=b",
                "--lang",
                "es",
            ],
            "no existe la opción '--sett'; ¿quisiste decir '--set'?",
        ),
        (
            vec!["runn", "--lang", "pt"],
            "o comando 'runn' não existe; você quis dizer 'run'?",
        ),
        (
            vec![
                "run",
                "--scenario",
                HISTORICAL,
                "--policy",
                "impossible",
                "--lang",
                "es",
            ],
            "valor no válido 'impossible' para --policy <POLICY>: puede ser easy, normal, hard, baseline",
        ),
        (vec!["check", "--lang", "pt"], "falta: <FILES>"),
    ] {
        let out = aguila(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let text = stderr(&out);
        assert!(text.contains(says), "{args:?}: {text}");
        assert!(
            !text.contains("error: unexpected") && !text.contains("Usage:"),
            "{text}"
        );
        assert_no_raw_key(&text);
    }
    let help = aguila(&["--help"]);
    assert_eq!(help.status.code(), Some(0));
    assert!(stdout(&help).contains("Usage: aguila"));
}

/// The historical scenario with the first `from` replaced by `to`, written to a temporary
/// folder (kept while the returned guard lives); returns the guard and the file's path.
fn historical_with(from: &str, to: &str) -> (tempfile::TempDir, String) {
    let text = std::fs::read_to_string(HISTORICAL).expect("readable");
    assert!(text.contains(from), "the scenario has {from:?}");
    let dir = tempfile::tempdir().expect("a temporary folder");
    let broken = dir.path().join("broken.ron");
    std::fs::write(&broken, text.replacen(from, to, 1)).expect("written");
    let path = broken.to_str().expect("a UTF-8 path").to_string();
    (dir, path)
}

// Setup: the historical scenario with a list where a track's starting number should be.
// Expect: `check` says what it expected in each language, with the same stable code.
#[test]
fn what_a_number_field_expects_is_said_in_the_chosen_language() {
    let (_dir, broken) = historical_with("initial: 0.0", "initial: [1]");
    let file = broken.as_str();
    for (lang, says) in [
        ("en", "Expected a number, or Param(\"parameter_id\")"),
        ("es", "Se esperaba un número, o Param(\"id_del_parámetro\")"),
        (
            "pt",
            "Era esperado um número, ou Param(\"id_do_parâmetro\")",
        ),
    ] {
        let out = aguila(&["check", "--json", "--lang", lang, file]);
        assert_eq!(out.status.code(), Some(1));
        let json: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("JSON");
        let d = &json["diagnostics"][0];
        assert_eq!(d["code"], "invalid-value", "{json}");
        assert_eq!(d["message"], says, "{json}");
    }
}

// Expect: `--help` speaks the chosen language, clap's headings and defaults included, and
// English stays as the doc comments write it.
#[test]
fn the_command_lines_help_is_in_the_chosen_language() {
    let es = stdout(&aguila(&["--help", "--lang", "es"]));
    assert!(es.contains("Uso: aguila"), "{es}");
    assert!(es.contains("Comandos:") && es.contains("Opciones:"), "{es}");
    assert!(es.contains("Juega muchas campañas en paralelo"), "{es}");
    let pt = stdout(&aguila(&["run", "--help", "--lang", "pt"]));
    assert!(pt.contains("Semente aleatória (1 se não for dada)"), "{pt}");
    assert!(pt.contains("[padrão: normal]"), "{pt}");
    assert!(
        !pt.contains("[default") && !pt.contains("possible values"),
        "{pt}"
    );
    let en = stdout(&aguila(&["trials", "--help"]));
    assert!(en.contains("Usage: aguila trials"), "{en}");
    assert!(en.contains("Number of campaigns (per variant)"), "{en}");
}

// Setup: a number where a name (an enum choice) belongs.
// Expect: RON's complaint is explained in the chosen language, not passed on in English.
#[test]
fn a_bad_name_is_explained_in_the_chosen_language() {
    let (_dir, broken) = historical_with("leaning: Liberal", "leaning: 3");
    let out = aguila(&["check", "--lang", "pt", &broken]);
    assert_eq!(out.status.code(), Some(1));
    let said = format!("{}{}", stdout(&out), stderr(&out));
    assert!(said.contains("`3` não é um nome válido aqui"), "{said}");
    assert!(!said.contains("raw identifier"), "{said}");
}

// Setup: a variant file whose parameter value is a list.
// Expect: what a parameter value may be is said in the chosen language.
#[test]
fn what_a_parameter_value_may_be_is_said_in_the_chosen_language() {
    let dir = tempfile::tempdir().unwrap();
    let historical = std::fs::canonicalize(HISTORICAL).unwrap();
    let text = std::fs::read_to_string(&historical).unwrap();
    // The first parameter's default becomes a list, which no parameter value can be.
    let start = text.find("default: ").expect("a parameter default");
    let end = start + text[start..].find(',').unwrap();
    let broken = dir.path().join("broken.ron");
    std::fs::write(
        &broken,
        format!("{}default: [1]{}", &text[..start], &text[end..]),
    )
    .unwrap();
    let out = aguila(&["check", "--json", "--lang", "es", broken.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("JSON");
    assert_eq!(
        json["diagnostics"][0]["message"],
        "Se esperaba el valor de un parámetro: true/false, un número o un mes \"AAAA-MM\"",
        "{json}"
    );
}

/// A language asked for that has no translation is said on stderr with the languages there
/// are, and the messages come in English; a regional code of a known language is no surprise.
#[test]
fn an_unknown_language_is_said_not_silently_replaced() {
    let first_month_in = |code: &str| {
        aguila(&[
            "run",
            "--scenario",
            HISTORICAL,
            "--until",
            "1861-12",
            "--lang",
            code,
        ])
    };
    let o = first_month_in("xx");
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stderr(&o).contains(
            "there is no translation for `xx`: messages are in `en` (languages: en, es, pt"
        ),
        "{}",
        stderr(&o)
    );
    assert!(stdout(&o).contains("December 1861"), "{}", stdout(&o));
    let o = first_month_in("pt-BR");
    assert!(stderr(&o).is_empty(), "{}", stderr(&o));
    assert!(stdout(&o).contains("dezembro de 1861"), "{}", stdout(&o));
}

/// The numbers of `text` written with thousands (digits, a separator, three digits).
fn grouped_numbers(text: &str, separator: char) -> usize {
    let chars: Vec<char> = text.chars().collect();
    chars
        .windows(5)
        .filter(|w| {
            w[0].is_ascii_digit() && w[1] == separator && w[2..].iter().all(char::is_ascii_digit)
        })
        .count()
}

#[test]
fn numbers_follow_the_region_of_the_language() {
    let run = |lang: &str, by_env: bool| {
        let mut args = vec![
            "run",
            "--scenario",
            HISTORICAL,
            "--seed",
            "7",
            "--until",
            "1862-06",
        ];
        if !by_env {
            args.extend(["--lang", lang]);
        }
        let out = Command::new(env!("CARGO_BIN_EXE_aguila"))
            .args(&args)
            .env("LANG", if by_env { lang } else { "C" })
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .output()
            .expect("the binary runs");
        assert!(out.status.success(), "{lang}: {}", stderr(&out));
        stdout(&out)
    };
    // Mexico, the default for Spanish: 3,000 hombres.
    for mexican in [run("es", false), run("es-MX", false)] {
        assert!(grouped_numbers(&mexican, ',') > 0, "{mexican}");
        assert_eq!(grouped_numbers(&mexican, '.'), 0, "{mexican}");
        assert!(mexican.contains("hombres"), "{mexican}");
    }
    // Spain, from --lang or from LANG: 3.000 hombres.
    for spain in [run("es-ES", false), run("es_ES.UTF-8", true)] {
        assert!(grouped_numbers(&spain, '.') > 0, "{spain}");
        assert_eq!(grouped_numbers(&spain, ','), 0, "{spain}");
        assert!(spain.contains("hombres"), "{spain}");
    }
    let portuguese = run("pt", false);
    assert!(grouped_numbers(&portuguese, '.') > 0, "{portuguese}");
    assert_eq!(grouped_numbers(&portuguese, ','), 0, "{portuguese}");
}
