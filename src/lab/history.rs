//! The historical record the trials are measured against, as the scenario's `history` section
//! gives it (see [`crate::sim::history`]): the curve of provinces held by a side, and the
//! months of the key dates. A scenario without the section has an empty record.
use crate::sim::history::{History, KeyEvent};
use crate::sim::{Month, Side};

/// The historical curve of a side as (month, provinces held), in month order.
pub fn curve(history: &History, side: Side) -> Vec<(Month, u32)> {
    let mut points: Vec<(Month, u32)> = history
        .provinces_held
        .iter()
        .filter(|p| p.side == side)
        .map(|p| (p.month, p.count))
        .collect();
    points.sort_by_key(|&(m, _)| m);
    points
}

/// The provinces a side held at the end of a month, if the record has that point.
pub fn held(history: &History, side: Side, month: Month) -> Option<u32> {
    history
        .provinces_held
        .iter()
        .find(|p| p.side == side && p.month == month)
        .map(|p| p.count)
}

/// The historical month of a key date, if the record has it.
pub fn month_of(history: &History, date: KeyEvent) -> Option<Month> {
    history
        .key_dates
        .iter()
        .find(|d| d.date == date)
        .map(|d| d.month)
}
