//! The paragraph a teacher reads aloud after `aguila compare`: it leads with the largest clear
//! effect, gives each clear effect with its interval in words, and says plainly which outcomes
//! the trials cannot tell apart (their interval includes zero), never a difference that is
//! only noise.
use crate::lab::compare::Measure;
use crate::lab::outputs::machine_key;
use crate::lab::stats::PairedDiff;
use crate::lab::{self};
use crate::text::Lang;

/// One outcome compared between paired trials.
#[derive(Debug, Clone, Copy)]
pub struct Finding {
    /// The outcome.
    pub measure: Measure,
    /// Variant minus baseline, with its 95 % interval (a share as a fraction).
    pub diff: PairedDiff,
    /// How much the outcome varies from war to war under the baseline (its standard
    /// deviation): a share's effect is set against the dates' by its size against it.
    pub spread: f64,
}

impl Finding {
    /// Whether the trials tell a difference: the interval excludes zero.
    pub fn is_clear(&self) -> bool {
        self.diff.low > 0.0 || self.diff.high < 0.0
    }

    /// The effect's size against the war-to-war variation, for ranking.
    fn size(&self) -> f64 {
        let spread = if self.spread > 0.0 { self.spread } else { 1.0 };
        self.diff.mean.abs() / spread
    }
}

/// What the paragraph is about.
#[derive(Debug, Clone)]
pub struct Comparand<'a> {
    /// Paired trials.
    pub runs: usize,
    /// The variant's name (its title, in the reader's language).
    pub variant: &'a str,
    /// The baseline's name.
    pub baseline: &'a str,
    /// The Republic's win share under the baseline and under the variant.
    pub wins: (f64, f64),
}

/// The paragraph for people.
pub fn paragraph(lang: Lang, about: &Comparand, findings: &[Finding]) -> String {
    let clear = largest_first(findings);
    let unclear: Vec<&Finding> = findings.iter().filter(|f| !f.is_clear()).collect();
    let runs = (about.runs as f64).into();
    let names = |fs: &[&Finding]| {
        list(
            lang,
            &fs.iter()
                .map(|f| lang.tr_args("lab-honest-noun", &[("measure", key(f).into())]))
                .collect::<Vec<_>>(),
        )
    };
    let Some((first, rest)) = clear.split_first() else {
        return lang.tr_args(
            "lab-honest-none",
            &[
                ("runs", runs),
                ("variant", about.variant.to_string().into()),
                ("baseline", about.baseline.to_string().into()),
                ("list", names(&unclear).into()),
            ],
        );
    };
    let mut out = lang.tr_args(
        "lab-honest-lead",
        &[
            ("runs", runs),
            ("variant", about.variant.to_string().into()),
            ("baseline", about.baseline.to_string().into()),
            ("effect", effect(lang, about, first).into()),
        ],
    );
    for f in rest {
        out.push(' ');
        out.push_str(&lang.tr_args(
            "lab-honest-also",
            &[("effect", effect(lang, about, f).into())],
        ));
    }
    if !unclear.is_empty() {
        out.push(' ');
        out.push_str(&lang.tr_args(
            "lab-honest-unclear",
            &[
                ("list", names(&unclear).into()),
                ("count", unclear.len().into()),
            ],
        ));
    }
    out
}

/// The clear findings, largest first: dates by how many months they move, and the win share
/// before the first date it outweighs, each measured against its war-to-war variation (months
/// and shares have no common unit).
fn largest_first(findings: &[Finding]) -> Vec<&Finding> {
    let clear = findings.iter().filter(|f| f.is_clear());
    let mut out: Vec<&Finding> = clear.clone().filter(|f| f.measure.is_date()).collect();
    out.sort_by(|a, b| b.diff.mean.abs().total_cmp(&a.diff.mean.abs()));
    for share in clear.filter(|f| !f.measure.is_date()) {
        let at = out
            .iter()
            .position(|d| share.size() > d.size())
            .unwrap_or(out.len());
        out.insert(at, share);
    }
    out
}

fn key(f: &Finding) -> String {
    machine_key(&f.measure)
}

/// Rounded to a tenth, as it is shown, so that the plural agrees with the number read.
fn tenth(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

/// One clear effect in words: how much, which way, and its interval in the same direction.
fn effect(lang: Lang, about: &Comparand, f: &Finding) -> String {
    let d = f.diff;
    let k = if f.measure.is_date() { 1.0 } else { 100.0 };
    let (near, far) = (d.low.abs().min(d.high.abs()), d.low.abs().max(d.high.abs()));
    let up = d.mean > 0.0;
    let mut args = vec![
        ("measure", key(f).into()),
        ("amount", tenth(d.mean.abs() * k).into()),
        ("low", tenth(near * k).into()),
        ("high", tenth(far * k).into()),
    ];
    if f.measure.is_date() {
        args.push(("direction", if up { "later" } else { "earlier" }.into()));
        lang.tr_args("lab-honest-date", &args)
    } else {
        args.push(("direction", if up { "more" } else { "less" }.into()));
        args.push(("share-baseline", lab::percent(lang, about.wins.0).into()));
        args.push(("share-variant", lab::percent(lang, about.wins.1).into()));
        lang.tr_args("lab-honest-wins", &args)
    }
}

/// Items joined as the language joins a list: "a, b and c".
fn list(lang: Lang, items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => {
            let head = init.iter().skip(1).fold(init[0].clone(), |acc, x| {
                lang.tr_args(
                    "lab-list-more",
                    &[("first", acc.into()), ("last", x.clone().into())],
                )
            });
            lang.tr_args(
                "lab-list-two",
                &[("first", head.into()), ("last", last.clone().into())],
            )
        }
    }
}
