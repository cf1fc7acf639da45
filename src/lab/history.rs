//! The historical record the trials are measured against: the provinces held by the
//! Intervention/Empire side at the end of each year, and the windows of the calibration
//! targets of issue 3 ("Calibration against history").
//!
//! Source: the project's history notes, `docs/history/calibration.md` §1, column "Empire" (of
//! the 27 provinces of 1861), and §2 for the dates (`docs/history/war.md` §3 and §8): the capital
//! fell on 10 June 1863 (Forey's entry), France announced the withdrawal in January 1866
//! (Napoleon III to the Chambers, 22 Jan 1866; Bancroft p.228), Bazaine embarked last at
//! Veracruz on 12 March 1867 (Bancroft p.288), and the Empire ended with Querétaro (15 May 1867) and
//! Maximilian's execution (19 June 1867).
use crate::sim::Month;

/// Provinces held by the Intervention/Empire side at the end of a month, from
/// `docs/history/calibration.md` §1 (snapshots 1861-12-31 … 1867-06-19).
pub const EMPIRE_PROVINCES: [(i32, u32, u32); 7] = [
    (1861, 12, 0),
    (1862, 12, 1),
    (1863, 12, 8),
    (1864, 12, 18),
    (1865, 12, 18),
    (1866, 12, 5),
    (1867, 6, 0),
];

/// The historical curve as (month, provinces held by the empire side).
pub fn empire_curve() -> Vec<(Month, u32)> {
    EMPIRE_PROVINCES
        .iter()
        .map(|&(y, m, n)| (Month::new(y, m), n))
        .collect()
}

/// Historical months of the key dates (`docs/history/timeline.md`: 1863-06-10,
/// 1866-01-22, 1867-03-12, 1867-05-15).
pub const CAPITAL_FELL: (i32, u32) = (1863, 6);
/// France announces the withdrawal (22 January 1866).
pub const WITHDRAWAL_ANNOUNCED: (i32, u32) = (1866, 1);
/// The last French troops leave Veracruz (March 1867).
pub const FRENCH_GONE: (i32, u32) = (1867, 3);
/// Querétaro falls and Maximilian is taken (May 1867).
pub const EMPIRE_ENDED: (i32, u32) = (1867, 5);
