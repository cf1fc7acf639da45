//! The classroom around a war: `aguila pack` writes and checks a teacher's pack
//! (`sim::pack`), and `aguila debrief` reads the students' saves against it.
pub mod debrief;
mod evidence;
mod report;

use crate::cli::error_line;
use crate::sim::Side;
use crate::sim::pack::{self, FreeLever, LoadedPack, Pack, Prediction, Question};
use crate::text::{Lang, Message, diagnostics};
use clap::Args;
use std::path::{Component, Path, PathBuf};
use std::process::ExitCode;

/// Options of `aguila pack`.
#[derive(Debug, Args)]
pub struct PackArgs {
    /// Check a pack file instead of writing one.
    #[arg(long, conflicts_with_all = ["scenario", "out"])]
    pub check: Option<PathBuf>,
    /// The scenario the lesson plays.
    #[arg(long, required_unless_present = "check")]
    pub scenario: Option<PathBuf>,
    /// A counterfactual variant of that scenario (repeatable; applied in order).
    #[arg(long = "variant")]
    pub variants: Vec<PathBuf>,
    /// Lock a lever at a value students cannot change: --lock name=value (repeatable).
    #[arg(long = "lock", value_parser = crate::cli::parse_set)]
    pub lock: Vec<(String, String)>,
    /// Let students move a lever, within a range: --free name or --free name=LO..HI.
    #[arg(long = "free", value_parser = parse_free)]
    pub free: Vec<FreeLever>,
    /// The side students play: republic or empire (repeat for both).
    #[arg(long = "side", value_parser = parse_side, required_unless_present = "check")]
    pub sides: Vec<Side>,
    /// Months the lesson plays, from the scenario's start.
    #[arg(long, required_unless_present = "check")]
    pub turns: Option<u32>,
    /// A question students answer (repeatable).
    #[arg(long = "question", required_unless_present = "check")]
    pub questions: Vec<String>,
    /// The prediction students record before they play.
    #[arg(long, required_unless_present = "check")]
    pub prediction: Option<String>,
    /// An answer students choose their prediction from (repeatable; none: a free answer).
    #[arg(long = "choice")]
    pub choices: Vec<String>,
    /// The lesson's title.
    #[arg(long, required_unless_present = "check")]
    pub title: Option<String>,
    /// The pack file to write.
    #[arg(long, required_unless_present = "check")]
    pub out: Option<PathBuf>,
    /// Language of the messages (en, es, pt, …); default from LANG.
    #[arg(long)]
    pub lang: Option<String>,
}

/// `--free name` or `--free name=LO..HI` (either end may be left out: `name=..1866-06`).
pub fn parse_free(text: &str) -> Result<FreeLever, crate::cli::BadValue> {
    let bad = || crate::cli::BadValue(Message::new("pack-free-syntax").arg("text", text));
    let (lever, range) = match text.split_once('=') {
        Some((l, r)) => (l.trim(), Some(r.trim())),
        None => (text.trim(), None),
    };
    if lever.is_empty() {
        return Err(bad());
    }
    let (from, to) = match range {
        None => (None, None),
        Some(r) => {
            let (a, b) = r.split_once("..").ok_or_else(bad)?;
            let end = |s: &str| Some(s.trim().to_string()).filter(|s| !s.is_empty());
            (end(a), end(b))
        }
    };
    Ok(FreeLever {
        lever: lever.to_string(),
        from,
        to,
    })
}

/// `--side republic|empire`.
pub fn parse_side(text: &str) -> Result<Side, crate::cli::BadValue> {
    match text.trim().to_ascii_lowercase().as_str() {
        "republic" => Ok(Side::Republic),
        "empire" => Ok(Side::Empire),
        _ => Err(crate::cli::BadValue(
            Message::new("pack-side-unknown").arg("text", text),
        )),
    }
}

/// Loads a pack for a command, with its errors rendered and located, ready to print.
pub fn load(lang: Lang, path: &Path) -> Result<LoadedPack, String> {
    pack::load_pack(path).map_err(|e| diagnostics::load_error_report(lang, &e, crate::cli::color()))
}

/// The pack's header for people: its title, its short hash and the side(s) played.
pub fn header(lang: Lang, p: &LoadedPack) -> String {
    let sides: Vec<String> = p.pack.sides.iter().map(|s| side_name(lang, *s)).collect();
    lang.render(
        &Message::new("pack-header")
            .arg("title", p.pack.title.as_str())
            .arg("hash", p.hash.as_str())
            .arg("sides", sides.join(", "))
            .arg("turns", p.pack.turns.to_string())
            .arg("last", lang.month(p.last_month())),
    )
}

/// The pack's questions and prediction prompt for people, numbered.
pub fn questions(lang: Lang, p: &LoadedPack) -> String {
    let mut out = format!("{}\n", lang.tr("pack-questions"));
    for (i, q) in p.pack.questions.iter().enumerate() {
        out.push_str(&format!("  {}. {}\n", i + 1, q.text));
    }
    out.push_str(&format!(
        "{}\n",
        lang.render(
            &Message::new("pack-prediction-prompt")
                .arg("prompt", p.pack.prediction.prompt.as_str())
        )
    ));
    for (i, c) in p.pack.prediction.choices.iter().enumerate() {
        out.push_str(&format!("  {}) {c}\n", i + 1));
    }
    out
}

/// A side's name in the reader's language.
pub fn side_name(lang: Lang, side: Side) -> String {
    lang.tr(match side {
        Side::Republic => "lab-winner-republic",
        Side::Empire => "lab-winner-empire",
    })
}

/// A prediction given on the command line, checked against the pack's choices: one of them
/// (by its number or its words), or any words when the pack offers none.
pub fn prediction_answer(lang: Lang, p: &LoadedPack, given: &str) -> Result<String, String> {
    let choices = &p.pack.prediction.choices;
    if choices.is_empty() {
        return Ok(given.trim().to_string());
    }
    if let Ok(n) = given.trim().parse::<usize>()
        && (1..=choices.len()).contains(&n)
    {
        return Ok(choices[n - 1].clone());
    }
    choices
        .iter()
        .find(|c| c.trim().eq_ignore_ascii_case(given.trim()))
        .cloned()
        .ok_or_else(|| {
            lang.render(
                &Message::new("pack-prediction-not-a-choice")
                    .arg("given", given)
                    .arg("choices", choices.join(" | ")),
            )
        })
}

/// Runs `aguila pack`.
pub fn run(lang: Lang, args: &PackArgs) -> ExitCode {
    if let Some(path) = &args.check {
        return if check_one(lang, path) {
            ExitCode::SUCCESS
        } else {
            ExitCode::from(1)
        };
    }
    match write(lang, args) {
        Ok(message) => {
            println!("{message}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{}", error_line(lang, &e));
            ExitCode::from(1)
        }
    }
}

/// `aguila pack --check FILE` (and `aguila check` on a pack): the pack's findings, or its
/// header and hash; whether it passed.
pub fn check_one(lang: Lang, path: &Path) -> bool {
    match pack::load_pack(path) {
        Ok(p) => {
            let text = std::fs::read_to_string(path).unwrap_or_default();
            print!(
                "{}",
                diagnostics::render(lang, &p.loaded.warnings, &text, crate::cli::color())
            );
            println!(
                "{}",
                lang.render(
                    &Message::new("pack-check-ok")
                        .arg("file", path.display().to_string())
                        .arg("hash", p.hash.as_str())
                        .arg("warnings", p.loaded.warnings.len())
                )
            );
            println!("{}", header(lang, &p));
            true
        }
        Err(e) => {
            eprint!(
                "{}",
                diagnostics::load_error_report(lang, &e, crate::cli::color())
            );
            eprintln!("{}", error_line(lang, &diagnostics::load_error(lang, &e)));
            false
        }
    }
}

/// Builds the pack the options describe, checks it as a reader would, and writes it
/// atomically; returns what to tell the teacher.
fn write(lang: Lang, args: &PackArgs) -> Result<String, String> {
    let (Some(scenario), Some(out), Some(turns), Some(prediction), Some(title)) = (
        &args.scenario,
        &args.out,
        args.turns,
        &args.prediction,
        &args.title,
    ) else {
        return Err(lang.tr("pack-needs-options"));
    };
    if out.exists() {
        let text = std::fs::read_to_string(out).unwrap_or_default();
        if out.is_dir() || !pack::is_pack_text(&text) {
            return Err(lang.render(
                &Message::new("pack-out-not-pack").arg("file", out.display().to_string()),
            ));
        }
    }
    let out_dir = match out.parent().filter(|d| !d.as_os_str().is_empty()) {
        Some(d) => d.to_path_buf(),
        None => PathBuf::from("."),
    };
    let relative = |file: &Path| -> Result<String, String> {
        relative_path(&out_dir, file).ok_or_else(|| {
            lang.render(
                &Message::new("check-cannot-read")
                    .arg("file", file.display().to_string())
                    .arg("reason", lang.tr("pack-no-such-file")),
            )
        })
    };
    let pack = Pack {
        format_version: pack::FORMAT_VERSION,
        title: title.clone(),
        scenario: relative(scenario)?,
        variants: args
            .variants
            .iter()
            .map(|v| relative(v))
            .collect::<Result<_, _>>()?,
        locked: args.lock.clone(),
        free: args.free.clone(),
        sides: args.sides.clone(),
        turns,
        questions: args
            .questions
            .iter()
            .map(|q| Question {
                text: q.clone(),
                evidence: Vec::new(),
            })
            .collect(),
        prediction: Prediction {
            prompt: prediction.clone(),
            choices: args.choices.clone(),
        },
    };
    let text = pack_text(&pack).map_err(|e| e.to_string())?;
    // Checked as a reader will check it, at the place it will live, before it is written.
    let loaded = pack::load_pack_str(&text, out)
        .map_err(|e| diagnostics::load_error_report(lang, &e, crate::cli::color()))?;
    crate::lab::write_atomic(lang, out, text.as_bytes())?;
    Ok(lang.render(
        &Message::new("pack-written")
            .arg("file", out.display().to_string())
            .arg("hash", loaded.hash.as_str()),
    ))
}

/// A pack as RON text, with a comment saying how to check it.
pub fn pack_text(pack: &Pack) -> Result<String, ron::Error> {
    let body =
        ron::ser::to_string_pretty(pack, ron::ser::PrettyConfig::default().struct_names(true))?;
    Ok(format!(
        "// A teacher's pack for Águila y Corona; check it with `aguila check FILE`.\n{body}\n"
    ))
}

/// The path of `file` as seen from the folder `dir`, through `..` where needed; `None` if
/// either cannot be found.
fn relative_path(dir: &Path, file: &Path) -> Option<String> {
    let dir = dir.canonicalize().ok()?;
    let file = file.canonicalize().ok()?;
    let a: Vec<Component> = dir.components().collect();
    let b: Vec<Component> = file.components().collect();
    let common = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let mut parts: Vec<String> = vec!["..".to_string(); a.len() - common];
    parts.extend(
        b[common..]
            .iter()
            .map(|c| c.as_os_str().to_string_lossy().into_owned()),
    );
    Some(parts.join("/"))
}
