//! The statistics of batch trials: Wilson score intervals for shares, quantiles of numbers
//! and of dates that may not have happened, and paired differences with confidence intervals.
use serde::Serialize;

/// The normal quantile for a two-sided 95 % interval.
pub const Z95: f64 = 1.959_963_984_540_054;

/// A share with its 95 % Wilson score interval.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Share {
    /// Trials with the outcome.
    pub count: usize,
    /// All trials.
    pub total: usize,
    /// count / total (0 when there are no trials).
    pub share: f64,
    /// Lower bound of the interval.
    pub low: f64,
    /// Upper bound of the interval.
    pub high: f64,
}

/// The Wilson score interval for `count` successes in `total` trials, at normal quantile `z`.
/// With no trials it is the whole of [0, 1].
pub fn wilson(count: usize, total: usize, z: f64) -> (f64, f64) {
    if total == 0 {
        return (0.0, 1.0);
    }
    let n = total as f64;
    let p = count as f64 / n;
    let z2 = z * z;
    let centre = (p + z2 / (2.0 * n)) / (1.0 + z2 / n);
    let half = z / (1.0 + z2 / n) * (p * (1.0 - p) / n + z2 / (4.0 * n * n)).sqrt();
    ((centre - half).max(0.0), (centre + half).min(1.0))
}

/// A share with its 95 % Wilson interval.
pub fn share(count: usize, total: usize) -> Share {
    let (low, high) = wilson(count, total, Z95);
    Share {
        count,
        total,
        share: if total == 0 {
            0.0
        } else {
            count as f64 / total as f64
        },
        low,
        high,
    }
}

/// The `q` quantile (0–1) of the values by linear interpolation between order statistics
/// (Hyndman and Fan's type 7, the default of R and NumPy). `None` for no values.
pub fn quantile(values: &[f64], q: f64) -> Option<f64> {
    let mut v: Vec<f64> = values.iter().copied().filter(|x| !x.is_nan()).collect();
    if v.is_empty() {
        return None;
    }
    v.sort_by(f64::total_cmp);
    let h = (v.len() - 1) as f64 * q.clamp(0.0, 1.0);
    let lo = h.floor() as usize;
    let hi = h.ceil() as usize;
    Some(v[lo] + (h - lo as f64) * (v[hi] - v[lo]))
}

/// First quartile, median and third quartile.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Quartiles<T> {
    /// 25th percentile.
    pub p25: T,
    /// Median.
    pub median: T,
    /// 75th percentile.
    pub p75: T,
}

/// Quartiles of numbers (type 7); `None` for no values.
pub fn quartiles(values: &[f64]) -> Option<Quartiles<f64>> {
    Some(Quartiles {
        p25: quantile(values, 0.25)?,
        median: quantile(values, 0.5)?,
        p75: quantile(values, 0.75)?,
    })
}

/// The `q` quantile of values that may be missing, where a missing value counts as later
/// than every present one (an event that did not happen by the end of the trial). The result
/// is an observed value (the inverted empirical distribution, Hyndman and Fan's type 1), so a
/// date stays a month; `None` means "after the end" (or no trials).
pub fn censored_quantile(values: &[Option<i32>], q: f64) -> Option<i32> {
    if values.is_empty() {
        return None;
    }
    let mut v: Vec<Option<i32>> = values.to_vec();
    // None last: later than any month.
    v.sort_by_key(|x| (x.is_none(), *x));
    let n = v.len();
    let rank = ((q.clamp(0.0, 1.0) * n as f64).ceil() as usize).clamp(1, n);
    v[rank - 1]
}

/// Quartiles of values that may be missing (see [`censored_quantile`]).
pub fn censored_quartiles(values: &[Option<i32>]) -> Quartiles<Option<i32>> {
    Quartiles {
        p25: censored_quantile(values, 0.25),
        median: censored_quantile(values, 0.5),
        p75: censored_quantile(values, 0.75),
    }
}

/// The paired difference `b − a` over trials played with the same seeds.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct PairedDiff {
    /// Pairs.
    pub n: usize,
    /// Mean difference.
    pub mean: f64,
    /// Lower bound of the 95 % interval of the mean (normal approximation).
    pub low: f64,
    /// Upper bound.
    pub high: f64,
    /// Median difference.
    pub median: f64,
}

/// The mean paired difference `b[i] − a[i]` with a 95 % interval from the normal
/// approximation (mean ± 1.96 standard errors), and the median difference.
pub fn paired_diff(a: &[f64], b: &[f64]) -> PairedDiff {
    let d: Vec<f64> = a.iter().zip(b).map(|(x, y)| y - x).collect();
    let n = d.len();
    if n == 0 {
        return PairedDiff {
            n,
            mean: 0.0,
            low: 0.0,
            high: 0.0,
            median: 0.0,
        };
    }
    let mean = d.iter().sum::<f64>() / n as f64;
    let half = Z95 * standard_deviation(&d) / (n as f64).sqrt();
    PairedDiff {
        n,
        mean,
        low: mean - half,
        high: mean + half,
        median: quantile(&d, 0.5).unwrap_or(0.0),
    }
}

/// The sample standard deviation (0 for fewer than two values).
pub fn standard_deviation(values: &[f64]) -> f64 {
    let n = values.len();
    if n < 2 {
        return 0.0;
    }
    let mean = values.iter().sum::<f64>() / n as f64;
    (values.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / (n - 1) as f64).sqrt()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wilson_matches_published_values() {
        // Newcombe (1998), Statistics in Medicine 17:857, table I: 81/263 → 0.2553–0.3662.
        let (lo, hi) = wilson(81, 263, Z95);
        assert!((lo - 0.2553).abs() < 5e-4 && (hi - 0.3662).abs() < 5e-4);
    }
}
