//! Calibration by place, not only by number: the provinces of a region each side holds at a
//! year's end, and how often a province the war was fought over is contested or changes hands
//! (the `RegionHeld` and `Contested` targets of the scenario's `history` section).
use crate::lab::calibrate::Target;
use crate::lab::{self, Trial, stats};
use crate::sim::history::Region;
use crate::sim::state::Holder;
use crate::sim::{Month, Scenario, Side};
use crate::text::Lang;

/// Who held province `p` at the end of `month` in a trial; a trial that ended earlier keeps
/// its last holders, as the lab's summaries count it.
fn holder_at(trial: &Trial, start: Month, month: Month, p: usize) -> Option<Holder> {
    let i = usize::try_from(month.months_since(start)).ok()?;
    trial
        .holders
        .get(i)
        .or(trial.holders.last())
        .and_then(|h| h.get(p).copied())
}

/// The map index of each province of a region (ids the scenario's check has already found).
fn region_provinces(scenario: &Scenario, region: &Region) -> Vec<usize> {
    region
        .provinces
        .iter()
        .filter_map(|id| scenario.provinces.iter().position(|p| &p.id == id))
        .collect()
}

/// The number of a region's provinces `side` held at the end of `month`, in each trial.
pub fn region_counts(
    scenario: &Scenario,
    trials: &[Trial],
    region: &Region,
    side: Side,
    month: Month,
) -> Vec<f64> {
    let provinces = region_provinces(scenario, region);
    trials
        .iter()
        .map(|t| {
            provinces
                .iter()
                .filter(|&&p| {
                    holder_at(t, scenario.start, month, p).and_then(Holder::side) == Some(side)
                })
                .count() as f64
        })
        .collect()
}

/// In each trial, the share of the months from `from` to `to` in which province `p` was
/// contested or changed hands since the month before.
pub fn contested_shares(
    scenario: &Scenario,
    trials: &[Trial],
    p: usize,
    from: Month,
    to: Month,
) -> Vec<f64> {
    let months = (to.months_since(from) + 1).max(1);
    trials
        .iter()
        .map(|t| {
            let fought = (0..months)
                .filter(|&k| {
                    let m = from.plus(k);
                    let now = holder_at(t, scenario.start, m, p);
                    let before = holder_at(t, scenario.start, m.plus(-1), p);
                    now == Some(Holder::Contested) || (before.is_some() && before != now)
                })
                .count();
            fought as f64 / f64::from(months)
        })
        .collect()
}

/// What a target of counts reports: the median and quartiles of `values`.
fn quartiles_text(lang: Lang, values: &[f64]) -> (String, Option<stats::Quartiles<f64>>) {
    match stats::quartiles(values) {
        Some(q) => (
            lang.tr_args(
                "lab-calibrate-quartiles",
                &[
                    ("median", lang.number(q.median).into()),
                    ("p25", lang.number(q.p25).into()),
                    ("p75", lang.number(q.p75).into()),
                ],
            ),
            Some(q),
        ),
        None => (lang.tr("lab-calibrate-unmeasured"), None),
    }
}

/// A `RegionHeld` target: the median count of the region's provinces held by `side` at the
/// end of `month` against the window `at_least … at_most`.
pub struct RegionTarget<'a> {
    /// The id of a region of the scenario's history.
    pub region: &'a str,
    /// The side counted.
    pub side: Side,
    /// The month at whose end it is counted.
    pub month: Month,
    /// What the history says the side held there.
    pub held: u32,
    /// The window.
    pub at_least: u32,
    /// The window's top.
    pub at_most: u32,
}

/// The report of a `RegionHeld` target.
pub fn region_target(
    lang: Lang,
    scenario: &Scenario,
    trials: &[Trial],
    t: &RegionTarget,
) -> Target {
    // The scenario's check has found the region; a missing one is simply not measured.
    let counts = scenario
        .history
        .regions
        .iter()
        .find(|r| r.id == t.region)
        .map_or_else(Vec::new, |r| {
            region_counts(scenario, trials, r, t.side, t.month)
        });
    let (model, q) = quartiles_text(lang, &counts);
    // A year's end is named by its year, as the history tables name their snapshots.
    let when = if t.month.month() == 12 {
        t.month.year().to_string()
    } else {
        t.month.to_string()
    };
    Target {
        id: format!("{}_{}_{when}", t.side.key(), t.region),
        name: lang.tr_args(
            "lab-calibrate-region",
            &[
                ("region", t.region.replace('_', "-").into()),
                ("side", t.side.key().into()),
                ("month", when.into()),
            ],
        ),
        history: t.held.to_string(),
        model,
        window: format!("{} … {}", t.at_least, t.at_most),
        inside: q.map(|q| q.median >= f64::from(t.at_least) && q.median <= f64::from(t.at_most)),
    }
}

/// The report of a `Contested` target: the mean share of months the province was fought
/// over, at least `at_least`.
pub fn contested_target(
    lang: Lang,
    scenario: &Scenario,
    trials: &[Trial],
    province: &str,
    (from, to): (Month, Month),
    at_least: f64,
) -> Target {
    let p = scenario.provinces.iter().position(|d| d.id == province);
    let shares = p.map_or_else(Vec::new, |p| {
        contested_shares(scenario, trials, p, from, to)
    });
    let name = p.map_or_else(
        || province.to_string(),
        |p| {
            let def = &scenario.provinces[p];
            crate::text::scenario::text(
                lang,
                &scenario.id,
                &format!("province-{}", def.id),
                &def.name,
            )
        },
    );
    let mean = (!shares.is_empty()).then(|| shares.iter().sum::<f64>() / shares.len() as f64);
    let model = match (mean, stats::quartiles(&shares)) {
        (Some(mean), Some(q)) => lang.tr_args(
            "lab-calibrate-share-months",
            &[
                ("mean", lab::percent(lang, mean).into()),
                ("p25", lab::percent(lang, q.p25).into()),
                ("p75", lab::percent(lang, q.p75).into()),
            ],
        ),
        _ => lang.tr("lab-calibrate-unmeasured"),
    };
    Target {
        id: format!("contested_{province}_{from}_{to}"),
        name: lang.tr_args(
            "lab-calibrate-contested",
            &[
                ("province", name.into()),
                ("from", from.to_string().into()),
                ("to", to.to_string().into()),
            ],
        ),
        history: lang.tr("lab-calibrate-history-contested"),
        model,
        window: lang.tr_args(
            "lab-calibrate-at-least",
            &[("share", lab::percent(lang, at_least).into())],
        ),
        inside: mean.map(|m| m >= at_least),
    }
}
