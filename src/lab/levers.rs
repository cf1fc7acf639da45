//! Every lever of a scenario played at its low and its high plausible value against the
//! scenario as it is, on the same seeds: the machinery that `aguila sensitivity` and the lever
//! targets of `aguila calibrate` share.
use crate::lab::batch::{self, BatchStop, Control, Plan};
use crate::lab::compare::{Measure, paired_effect};
use crate::lab::stats::PairedDiff;
use crate::lab::{Setup, Trial};
use crate::sim::scenario::{LeverClaim, ParamValue, Parameter};
use serde::Serialize;

/// One lever played at both ends of its range.
#[derive(Debug, Clone)]
pub struct LeverRun {
    /// The parameter's index in the scenario.
    pub index: usize,
    /// Its low plausible value (`false` for a yes/no lever).
    pub low: ParamValue,
    /// Its high plausible value (`true` for a yes/no lever).
    pub high: ParamValue,
    /// The trials at the low value, seed by seed as the base's.
    pub low_trials: Vec<Trial>,
    /// The trials at the high value.
    pub high_trials: Vec<Trial>,
}

/// The scenario as it is and every lever at both ends, all on the same seeds.
#[derive(Debug, Clone)]
pub struct LeverStudy {
    /// The scenario as it is (with its own changes, if a variant).
    pub base: Setup,
    /// Its trials.
    pub base_trials: Vec<Trial>,
    /// Every lever that has a range, in the scenario's order.
    pub levers: Vec<LeverRun>,
}

/// What one lever does to one measure: paired differences with 95 % intervals.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Effect {
    /// The measure.
    pub measure: Measure,
    /// Low value minus the scenario as it is.
    pub low: PairedDiff,
    /// High value minus the scenario as it is.
    pub high: PairedDiff,
    /// High value minus low value: the lever's effect over its whole range.
    pub span: PairedDiff,
}

/// Whether a lever moves its outcome the way the scenario states.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// A clear effect (its interval excludes zero) in the stated direction.
    AsStated,
    /// A clear effect the other way.
    Against,
    /// No clear effect over the whole range: the interval includes zero.
    NoClearEffect,
}

impl LeverRun {
    /// The parameter this run plays.
    pub fn parameter<'a>(&self, study: &'a LeverStudy) -> &'a Parameter {
        &study.base.scenario.parameters[self.index]
    }

    /// What the lever does to a measure.
    pub fn effect(&self, study: &LeverStudy, measure: Measure) -> Effect {
        let start = study.base.scenario.start;
        let base = &study.base_trials;
        Effect {
            measure,
            low: paired_effect(measure, start, base, &self.low_trials),
            high: paired_effect(measure, start, base, &self.high_trials),
            span: paired_effect(measure, start, &self.low_trials, &self.high_trials),
        }
    }

    /// Whether the lever moves as its claim states, over its whole range.
    pub fn verdict(&self, study: &LeverStudy, claim: &LeverClaim) -> Verdict {
        verdict(claim, &self.effect(study, claim.outcome).span)
    }
}

/// Judges a lever's effect over its range (high − low) against its stated direction.
pub fn verdict(claim: &LeverClaim, span: &PairedDiff) -> Verdict {
    let sign = claim.direction.sign();
    if span.low > 0.0 || span.high < 0.0 {
        if span.mean * sign > 0.0 {
            Verdict::AsStated
        } else {
            Verdict::Against
        }
    } else {
        Verdict::NoClearEffect
    }
}

/// The settings a study plays: the base first, then each lever's low and high value, a value
/// equal to the base's own played once (as the base). Returns the setups and, for each lever,
/// its index and the positions of its low and high setups in the list.
fn settings(base: &Setup) -> (Vec<Setup>, Vec<(usize, usize, usize)>) {
    let mut setups = vec![base.clone()];
    let mut levers = Vec::new();
    for (index, p) in base.scenario.parameters.iter().enumerate() {
        let Some((low, high)) = p.span() else {
            continue;
        };
        // The values come from the lever's own range, so they need no checking.
        let mut place = |value: &ParamValue| -> usize {
            if *value == base.params[index] {
                return 0;
            }
            let change = (p.id.clone(), value.to_string());
            let mut setup = base.clone();
            setup.label = crate::lab::assignments(std::slice::from_ref(&change));
            setup.overrides.push(change);
            setup.params[index] = value.clone();
            setups.push(setup);
            setups.len() - 1
        };
        let lo = place(&low);
        let hi = place(&high);
        levers.push((index, lo, hi));
    }
    (setups, levers)
}

/// Plays the scenario as it is and every lever at its low and high plausible value, the plan's
/// trials each on the same seeds for every setting.
pub fn play_levers(base: &Setup, plan: &Plan, control: &Control) -> Result<LeverStudy, BatchStop> {
    let (setups, places) = settings(base);
    let mut results = batch::play_batch(&setups, plan, control)?;
    let levers = places
        .iter()
        .map(|&(index, lo, hi)| {
            let p = &base.scenario.parameters[index];
            let (low, high) = p.span().unwrap_or((p.default.clone(), p.default.clone()));
            LeverRun {
                index,
                low,
                high,
                low_trials: results[lo].clone(),
                high_trials: results[hi].clone(),
            }
        })
        .collect();
    Ok(LeverStudy {
        base: base.clone(),
        base_trials: std::mem::take(&mut results[0]),
        levers,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::scenario::Direction;

    fn span(mean: f64, low: f64, high: f64) -> PairedDiff {
        PairedDiff {
            n: 100,
            mean,
            low,
            high,
            median: mean,
        }
    }

    #[test]
    fn a_lever_moves_as_stated_only_with_a_clear_effect_its_way() {
        let claim = |direction| LeverClaim {
            outcome: Measure::EmpireEnds,
            direction,
            why: "why".into(),
            source: "docs/history/war.md §3".into(),
        };
        let later = claim(Direction::Later);
        assert_eq!(verdict(&later, &span(3.0, 1.0, 5.0)), Verdict::AsStated);
        assert_eq!(verdict(&later, &span(-3.0, -5.0, -1.0)), Verdict::Against);
        assert_eq!(
            verdict(&later, &span(0.5, -0.5, 1.5)),
            Verdict::NoClearEffect
        );
        assert_eq!(
            verdict(&later, &span(0.0, 0.0, 0.0)),
            Verdict::NoClearEffect
        );
        let earlier = claim(Direction::Earlier);
        assert_eq!(
            verdict(&earlier, &span(-3.0, -5.0, -1.0)),
            Verdict::AsStated
        );
        assert_eq!(verdict(&earlier, &span(3.0, 1.0, 5.0)), Verdict::Against);
    }
}
