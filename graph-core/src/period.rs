//! Periods (`2027`, `2027-Q3`) and calendar dates (`2026-11-01`), as the CSV files write them.

use std::fmt;
use std::str::FromStr;

/// A planning period: a whole year or one quarter of it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(into = "String", try_from = "String")]
pub enum Period {
    /// A calendar year, such as `2027`.
    Year(u16),
    /// A quarter (1–4) of a year, such as `2027-Q3`.
    Quarter(u16, u8),
}

impl Period {
    /// The calendar year the period falls in.
    pub fn year(self) -> u16 {
        match self {
            Period::Year(year) | Period::Quarter(year, _) => year,
        }
    }

    /// The first quarter index covered, counted from year 0, for ordering and overlap tests.
    fn first_quarter(self) -> u32 {
        match self {
            Period::Year(year) => u32::from(year) * 4,
            Period::Quarter(year, quarter) => u32::from(year) * 4 + u32::from(quarter) - 1,
        }
    }

    /// The last quarter index covered, counted from year 0.
    fn last_quarter(self) -> u32 {
        match self {
            Period::Year(year) => u32::from(year) * 4 + 3,
            Period::Quarter(..) => self.first_quarter(),
        }
    }

    /// Whether the two periods share at least one quarter.
    pub fn overlaps(self, other: Period) -> bool {
        self.first_quarter() <= other.last_quarter() && other.first_quarter() <= self.last_quarter()
    }

    /// Whether the span `start..=end` covers any part of this period.
    pub fn overlaps_span(self, start: Period, end: Period) -> bool {
        self.first_quarter() <= end.last_quarter() && start.first_quarter() <= self.last_quarter()
    }

    /// Whether `self` starts after `other` ends.
    pub fn is_after(self, other: Period) -> bool {
        self.first_quarter() > other.last_quarter()
    }
}

impl Ord for Period {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        // A year sorts before its own quarters.
        (self.first_quarter(), matches!(self, Period::Quarter(..)))
            .cmp(&(other.first_quarter(), matches!(other, Period::Quarter(..))))
    }
}

impl PartialOrd for Period {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Period::Year(year) => write!(f, "{year}"),
            Period::Quarter(year, quarter) => write!(f, "{year}-Q{quarter}"),
        }
    }
}

impl From<Period> for String {
    fn from(period: Period) -> String {
        period.to_string()
    }
}

impl TryFrom<String> for Period {
    type Error = PeriodError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        value.parse()
    }
}

/// Why a text is not a period.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PeriodError {
    /// Not of the form `YYYY` or `YYYY-Qn`.
    #[error("is geen periode (verwacht JJJJ of JJJJ-Qn, zoals 2027 of 2027-Q3)")]
    Format,
    /// A quarter outside 1–4.
    #[error("heeft kwartaal {0}; een jaar heeft de kwartalen Q1 tot en met Q4")]
    Quarter(u8),
    /// A year outside the range the tool plans for.
    #[error("heeft jaar {0}; de tool rekent met jaren van 1900 tot en met 2199")]
    Year(u16),
}

fn parse_year(text: &str) -> Result<u16, PeriodError> {
    if text.len() != 4 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return Err(PeriodError::Format);
    }
    let year: u16 = text.parse().map_err(|_| PeriodError::Format)?;
    if !(1900..=2199).contains(&year) {
        return Err(PeriodError::Year(year));
    }
    Ok(year)
}

impl FromStr for Period {
    type Err = PeriodError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let text = text.trim();
        match text.split_once(['-', ' ']) {
            None => parse_year(text).map(Period::Year),
            Some((year, quarter)) => {
                let year = parse_year(year)?;
                let digits = quarter
                    .strip_prefix('Q')
                    .or_else(|| quarter.strip_prefix('q'))
                    .ok_or(PeriodError::Format)?;
                if digits.len() != 1 {
                    return Err(PeriodError::Format);
                }
                let quarter: u8 = digits.parse().map_err(|_| PeriodError::Format)?;
                if !(1..=4).contains(&quarter) {
                    return Err(PeriodError::Quarter(quarter));
                }
                Ok(Period::Quarter(year, quarter))
            }
        }
    }
}

/// A calendar date, as used for `peildatum`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
pub struct Date {
    /// Year.
    pub year: u16,
    /// Month, 1–12.
    pub month: u8,
    /// Day of the month, 1–31.
    pub day: u8,
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// Why a text is not a date.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    /// Not of the form `JJJJ-MM-DD` or `DD-MM-JJJJ`.
    #[error("is geen datum (verwacht JJJJ-MM-DD, zoals 2026-11-01, of DD-MM-JJJJ)")]
    Format,
    /// A date that does not exist, such as 31 February.
    #[error("bestaat niet in de kalender")]
    NoSuchDay,
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => {
            29
        }
        2 => 28,
        _ => 0,
    }
}

impl FromStr for Date {
    type Err = DateError;

    /// Reads ISO dates (`2026-11-01`) and the Dutch order Excel writes (`1-11-2026`).
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let parts: Vec<&str> = text.trim().split(['-', '/']).collect();
        let [a, b, c] = parts.as_slice() else {
            return Err(DateError::Format);
        };
        let number = |s: &str, max_len: usize| -> Result<u16, DateError> {
            if s.is_empty() || s.len() > max_len || !s.bytes().all(|b| b.is_ascii_digit()) {
                return Err(DateError::Format);
            }
            s.parse().map_err(|_| DateError::Format)
        };
        let (year, month, day) = if a.len() == 4 {
            (number(a, 4)?, number(b, 2)?, number(c, 2)?)
        } else if c.len() == 4 {
            (number(c, 4)?, number(b, 2)?, number(a, 2)?)
        } else {
            return Err(DateError::Format);
        };
        if !(1900..=2199).contains(&year) || !(1..=12).contains(&month) {
            return Err(DateError::NoSuchDay);
        }
        // Both values are at most 12 and 99 here, so the casts cannot truncate.
        let (month, day) = (month as u8, day as u8);
        if day == 0 || day > days_in_month(year, month) {
            return Err(DateError::NoSuchDay);
        }
        Ok(Date { year, month, day })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_parse_and_print() {
        for text in ["2025", "2027-Q3", "1999", "2199-Q4"] {
            let period: Period = text.parse().unwrap();
            assert_eq!(period.to_string(), text);
        }
        assert_eq!("2027-q2".parse::<Period>(), Ok(Period::Quarter(2027, 2)));
        assert_eq!("2026-Q5".parse::<Period>(), Err(PeriodError::Quarter(5)));
        assert_eq!("2026-Q0".parse::<Period>(), Err(PeriodError::Quarter(0)));
        assert_eq!("26".parse::<Period>(), Err(PeriodError::Format));
        assert_eq!("2026-3".parse::<Period>(), Err(PeriodError::Format));
        assert_eq!("3000".parse::<Period>(), Err(PeriodError::Year(3000)));
        assert_eq!("".parse::<Period>(), Err(PeriodError::Format));
    }

    #[test]
    fn periods_order_and_overlap() {
        let y = Period::Year(2027);
        let q = Period::Quarter(2027, 2);
        assert!(y < q);
        assert!(q < Period::Year(2028));
        assert!(Period::Quarter(2026, 4) < y);
        assert!(y.overlaps(q));
        assert!(!Period::Quarter(2027, 1).overlaps(q));
        assert!(y.overlaps_span(Period::Quarter(2026, 3), Period::Quarter(2027, 1)));
        assert!(!y.overlaps_span(Period::Year(2025), Period::Quarter(2026, 4)));
        assert!(Period::Year(2028).is_after(q));
    }

    #[test]
    fn dates() {
        assert_eq!(
            "2026-11-01".parse::<Date>().unwrap().to_string(),
            "2026-11-01"
        );
        assert_eq!(
            "1-11-2026".parse::<Date>().unwrap().to_string(),
            "2026-11-01"
        );
        assert_eq!(
            "29-02-2024".parse::<Date>().unwrap().to_string(),
            "2024-02-29"
        );
        assert_eq!("31-02-2026".parse::<Date>(), Err(DateError::NoSuchDay));
        assert_eq!("2026-13-01".parse::<Date>(), Err(DateError::NoSuchDay));
        assert_eq!("gisteren".parse::<Date>(), Err(DateError::Format));
        assert_eq!("2026-11".parse::<Date>(), Err(DateError::Format));
    }
}
