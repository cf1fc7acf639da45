//! The calendar: one turn is one month, written `YYYY-MM` in scenarios, saves and the CLI.
use crate::sim::message::Message;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

/// A calendar month, the unit of game time. Ordered chronologically.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Month {
    /// Months since January of year 0, so that ordering and arithmetic are plain integer maths.
    index: i32,
}

/// Why a `YYYY-MM` string was rejected. It prints as its key and the text, which is how it
/// comes back through serde inside a scenario's error; [`MonthParseError::message`] is what a
/// reader is shown, worded by the text layer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MonthParseError {
    /// The text that was rejected.
    pub text: String,
}

/// How the error starts when serde hands it back as text.
const SERDE_MARK: &str = "bad-month: ";

impl MonthParseError {
    /// The message for the reader.
    pub fn message(&self) -> Message {
        Message::new("bad-month").arg("text", self.text.as_str())
    }

    /// The error again from the text serde made of it, if it is one.
    pub(crate) fn from_serde(text: &str) -> Option<MonthParseError> {
        text.strip_prefix(SERDE_MARK).map(|t| MonthParseError {
            text: t.to_string(),
        })
    }
}

impl fmt::Display for MonthParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{SERDE_MARK}{}", self.text)
    }
}

impl std::error::Error for MonthParseError {}

impl Month {
    /// The month `month` (1–12) of `year`. Panics only on a programming error (month out of range).
    pub fn new(year: i32, month: u32) -> Month {
        assert!((1..=12).contains(&month), "month {month} out of range");
        Month {
            index: year * 12 + month as i32 - 1,
        }
    }

    /// The year, e.g. 1862.
    pub fn year(self) -> i32 {
        self.index.div_euclid(12)
    }

    /// The month of the year, 1–12.
    pub fn month(self) -> u32 {
        self.index.rem_euclid(12) as u32 + 1
    }

    /// The month `n` months later (earlier for negative `n`).
    pub fn plus(self, n: i32) -> Month {
        Month {
            index: self.index + n,
        }
    }

    /// How many months from `earlier` to `self` (negative if `self` is before it).
    pub fn months_since(self, earlier: Month) -> i32 {
        self.index - earlier.index
    }

    /// Whether this month falls in the rainy season of the tropical coast (May to October).
    pub fn is_rainy_season(self) -> bool {
        (5..=10).contains(&self.month())
    }
}

impl fmt::Display for Month {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year(), self.month())
    }
}

impl FromStr for Month {
    type Err = MonthParseError;

    fn from_str(text: &str) -> Result<Month, MonthParseError> {
        let err = || MonthParseError {
            text: text.to_string(),
        };
        let (year, month) = text.trim().split_once('-').ok_or_else(err)?;
        if year.len() != 4 || month.len() != 2 {
            return Err(err());
        }
        let year: i32 = year.parse().map_err(|_| err())?;
        let month: u32 = month.parse().map_err(|_| err())?;
        if !(1..=12).contains(&month) {
            return Err(err());
        }
        Ok(Month::new(year, month))
    }
}

impl Serialize for Month {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Month {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Month, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints_round_trip() {
        let m: Month = "1862-05".parse().unwrap();
        assert_eq!((m.year(), m.month()), (1862, 5));
        assert_eq!(m.to_string(), "1862-05");
        assert_eq!(m.plus(8).to_string(), "1863-01");
        assert_eq!(m.plus(-5).to_string(), "1861-12");
        assert_eq!(m.plus(8).months_since(m), 8);
    }

    #[test]
    fn rejects_malformed_months() {
        for bad in [
            "1862-13", "1862-00", "62-05", "1862/05", "1862-5", "abcd-ef", "",
        ] {
            assert!(bad.parse::<Month>().is_err(), "{bad} should be rejected");
        }
    }

    #[test]
    fn rainy_season_is_may_to_october() {
        let rainy: Vec<u32> = (1..=12)
            .filter(|&m| Month::new(1863, m).is_rainy_season())
            .collect();
        assert_eq!(rainy, vec![5, 6, 7, 8, 9, 10]);
    }
}
