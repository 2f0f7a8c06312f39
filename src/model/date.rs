//! Partial dates: ISO 8601 / EDTF text at the precision the source gives, with calendar bounds.
//!
//! Accepted forms: `2023`, `2023-11`, `2023-11-13`, `XXXX-11`, `XXXX-11-26` (year not given),
//! and intervals `START/END` of those, where either side may be `..` (open).

use std::fmt;

/// One point of a partial date. `year` is `None` when the source gives no year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DatePoint {
    pub year: Option<i32>,
    pub month: Option<u32>,
    pub day: Option<u32>,
}

/// A date at the precision known: a single point, or an interval of two (each possibly open).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PartialDate {
    Point(DatePoint),
    Interval(Option<DatePoint>, Option<DatePoint>),
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0:?} is not a date diplocat can store: {1}; write 2023, 2023-11, 2023-11-13, XXXX-11-26 (year unknown) or START/END")]
pub struct DateError(pub String, pub &'static str);

pub fn days_in_month(year: Option<i32>, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 => match year {
            Some(y) if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
            Some(_) => 28,
            None => 29,
        },
        _ => 0,
    }
}

impl DatePoint {
    pub fn ymd(year: i32, month: u32, day: u32) -> DatePoint {
        DatePoint {
            year: Some(year),
            month: Some(month),
            day: Some(day),
        }
    }

    /// The day `by` days from this one (before it when negative), for a point with its day.
    /// Without the year, only within the month (February has 28 days at least).
    pub fn add_days(&self, by: i64) -> Option<DatePoint> {
        use chrono::Datelike;
        let (month, day) = (self.month?, self.day?);
        match self.year {
            Some(y) => {
                let date = chrono::NaiveDate::from_ymd_opt(y, month, day)?
                    .checked_add_signed(chrono::Duration::days(by))?;
                Some(DatePoint::ymd(date.year(), date.month(), date.day()))
            }
            None => {
                let day = i64::from(day) + by;
                (1..=28).contains(&day).then(|| DatePoint {
                    year: None,
                    month: Some(month),
                    day: u32::try_from(day).ok(),
                })
            }
        }
    }

    fn parse(s: &str, whole: &str) -> Result<DatePoint, DateError> {
        let err = |why| DateError(whole.to_string(), why);
        let mut parts = s.split('-');
        let y = parts.next().unwrap_or("");
        let year = if y == "XXXX" {
            None
        } else if y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()) {
            Some(
                y.parse::<i32>()
                    .map_err(|_| err("the year is not a number"))?,
            )
        } else if s.chars().any(char::is_alphabetic) {
            // "June 2025", "13 Nov 2023": a date written in words.
            return Err(err(
                "a date is written in digits, year first (2025-06 for June 2025)",
            ));
        } else if whole.contains('.') || whole.matches('/').count() >= 2 {
            // "2024/05/01", "14.05.2024", "22/01/2024": other separators, other orders.
            return Err(err(
                "a date is written year first with hyphens (2024-05-01 for 1 May 2024)",
            ));
        } else {
            return Err(err("the year must have four digits (or XXXX when unknown)"));
        };
        let month = match parts.next() {
            None => None,
            Some(m) if m.len() == 2 && m.bytes().all(|b| b.is_ascii_digit()) => {
                let m: u32 = m.parse().map_err(|_| err("the month is not a number"))?;
                if !(1..=12).contains(&m) {
                    return Err(err("there is no such month"));
                }
                Some(m)
            }
            Some(_) => return Err(err("the month must have two digits")),
        };
        let day = match parts.next() {
            None => None,
            Some(d) if d.len() == 2 && d.bytes().all(|b| b.is_ascii_digit()) => {
                let d: u32 = d.parse().map_err(|_| err("the day is not a number"))?;
                let month = month.unwrap_or(1);
                if d == 0 || d > days_in_month(year, month) {
                    return Err(err("there is no such day in that month"));
                }
                Some(d)
            }
            Some(_) => return Err(err("the day must have two digits")),
        };
        if parts.next().is_some() {
            return Err(err("too many parts"));
        }
        if year.is_none() && month.is_none() {
            return Err(err("a date needs at least a year or a month"));
        }
        Ok(DatePoint { year, month, day })
    }

    /// First calendar day this point can mean, if the year is known.
    pub fn earliest(&self) -> Option<String> {
        let y = self.year?;
        Some(format!(
            "{y:04}-{:02}-{:02}",
            self.month.unwrap_or(1),
            self.day.unwrap_or(1)
        ))
    }

    /// Last calendar day this point can mean, if the year is known.
    pub fn latest(&self) -> Option<String> {
        let y = self.year?;
        let m = self.month.unwrap_or(12);
        let d = self.day.unwrap_or_else(|| days_in_month(Some(y), m));
        Some(format!("{y:04}-{m:02}-{d:02}"))
    }
}

impl fmt::Display for DatePoint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.year {
            Some(y) => write!(f, "{y:04}")?,
            None => f.write_str("XXXX")?,
        }
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
            if let Some(d) = self.day {
                write!(f, "-{d:02}")?;
            }
        }
        Ok(())
    }
}

impl From<chrono::NaiveDate> for PartialDate {
    /// One whole calendar day.
    fn from(d: chrono::NaiveDate) -> PartialDate {
        use chrono::Datelike;
        PartialDate::Point(DatePoint::ymd(d.year(), d.month(), d.day()))
    }
}

impl PartialDate {
    pub fn parse(s: &str) -> Result<PartialDate, DateError> {
        let t = s.trim();
        if t != s || t.is_empty() {
            return Err(DateError(
                s.to_string(),
                "it is empty or has spaces around it",
            ));
        }
        match t.split_once('/') {
            None => Ok(PartialDate::Point(DatePoint::parse(t, s)?)),
            Some((a, b)) => {
                let start = if a == ".." {
                    None
                } else {
                    Some(DatePoint::parse(a, s)?)
                };
                let end = if b == ".." {
                    None
                } else {
                    Some(DatePoint::parse(b, s)?)
                };
                if start.is_none() && end.is_none() {
                    return Err(DateError(s.to_string(), "both ends are open"));
                }
                if let (Some(a), Some(b)) = (start, end) {
                    if let (Some(ea), Some(lb)) = (a.earliest(), b.latest()) {
                        if ea > lb {
                            return Err(DateError(
                                s.to_string(),
                                "the interval ends before it starts",
                            ));
                        }
                    }
                }
                Ok(PartialDate::Interval(start, end))
            }
        }
    }

    pub fn earliest(&self) -> Option<String> {
        match self {
            PartialDate::Point(p) => p.earliest(),
            PartialDate::Interval(a, _) => a.as_ref().and_then(DatePoint::earliest),
        }
    }

    pub fn latest(&self) -> Option<String> {
        match self {
            PartialDate::Point(p) => p.latest(),
            PartialDate::Interval(_, b) => b.as_ref().and_then(DatePoint::latest),
        }
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PartialDate::Point(p) => p.fmt(f),
            PartialDate::Interval(a, b) => {
                match a {
                    Some(a) => a.fmt(f)?,
                    None => f.write_str("..")?,
                }
                f.write_str("/")?;
                match b {
                    Some(b) => b.fmt(f),
                    None => f.write_str(".."),
                }
            }
        }
    }
}

/// Parses a date for use as a report parameter or filter: `2023`, `2023-11` or `2023-11-13`.
pub fn parse_bound(s: &str) -> Result<PartialDate, DateError> {
    let d = PartialDate::parse(s)?;
    match d {
        PartialDate::Point(DatePoint { year: Some(_), .. }) => Ok(d),
        _ => Err(DateError(
            s.to_string(),
            "a filter date needs a year and no interval",
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_stored_form_prints_back_unchanged() -> Result<(), DateError> {
        for s in [
            "2023",
            "2023-11",
            "2023-11-13",
            "XXXX-11-26",
            "XXXX-05",
            "2023-10-02/2023-10-05",
            "1991/..",
            "../2020-01-30",
            "2024-02-29",
        ] {
            assert_eq!(PartialDate::parse(s)?.to_string(), s);
        }
        Ok(())
    }

    #[test]
    fn a_date_in_words_is_told_to_be_written_in_digits() {
        for s in ["June 2025", "13 Nov 2023"] {
            let e = PartialDate::parse(s).err().map(|e| e.1);
            assert_eq!(
                e,
                Some("a date is written in digits, year first (2025-06 for June 2025)"),
                "{s}"
            );
        }
        for s in ["2024/05/01", "14.05.2024", "22/01/2024"] {
            let e = PartialDate::parse(s).err().map(|e| e.1);
            assert_eq!(
                e,
                Some("a date is written year first with hyphens (2024-05-01 for 1 May 2024)"),
                "{s}"
            );
        }
        let e = PartialDate::parse("25-06").err().map(|e| e.1);
        assert_eq!(
            e,
            Some("the year must have four digits (or XXXX when unknown)")
        );
    }

    #[test]
    fn bounds_cover_the_whole_precision() -> Result<(), DateError> {
        let d = PartialDate::parse("2023-02")?;
        assert_eq!(d.earliest().as_deref(), Some("2023-02-01"));
        assert_eq!(d.latest().as_deref(), Some("2023-02-28"));
        let d = PartialDate::parse("2020/2021-06")?;
        assert_eq!(d.earliest().as_deref(), Some("2020-01-01"));
        assert_eq!(d.latest().as_deref(), Some("2021-06-30"));
        let d = PartialDate::parse("XXXX-11-26")?;
        assert_eq!(d.earliest(), None);
        assert_eq!(d.latest(), None);
        Ok(())
    }

    #[test]
    fn impossible_dates_are_refused() {
        for s in [
            "2023-02-30",
            "2023-13",
            "next Tuesday",
            "",
            " 2023",
            "23-01-01",
            "2023-1-1",
            "2024-01-02/2023-01-01",
            "../..",
            "XXXX",
            "2023-00",
            "2023-11-13-01",
        ] {
            assert!(PartialDate::parse(s).is_err(), "{s:?} was accepted");
        }
    }

    /// A stored date's text: a year (or XXXX), a month, a day, or an interval of two.
    fn point() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        (
            prop_oneof![Just(None), (1000i32..=2999).prop_map(Some)],
            proptest::option::of(1u32..=12),
            proptest::option::of(1u32..=31),
        )
            .prop_map(|(y, m, d)| {
                let mut s = y.map_or("XXXX".to_string(), |y| format!("{y:04}"));
                if let Some(m) = m {
                    s.push_str(&format!("-{m:02}"));
                    if let Some(d) = d {
                        s.push_str(&format!("-{d:02}"));
                    }
                }
                s
            })
    }

    proptest::proptest! {
        /// Every date that parses prints back unchanged; impossible days are refused.
        #[test]
        fn partial_dates_parse_and_print_back_unchanged(
            a in point(),
            b in point(),
            form in 0..4u8,
        ) {
            let text = match form {
                0 => a.clone(),
                1 => format!("{a}/{b}"),
                2 => format!("{a}/.."),
                _ => format!("../{b}"),
            };
            match PartialDate::parse(&text) {
                Ok(d) => {
                    proptest::prop_assert_eq!(d.to_string(), text.clone());
                    if let (Some(e), Some(l)) = (d.earliest(), d.latest()) {
                        proptest::prop_assert!(e <= l, "{} > {}", e, l);
                    }
                }
                Err(e) => proptest::prop_assert!(
                    e.1.contains("no such day") || e.1.contains("ends before") || e.1.contains("year"),
                    "{:?} refused: {}", text, e.1
                ),
            }
        }

        /// Any string at all: refused with a reason, or printed back unchanged.
        #[test]
        fn any_text_is_refused_or_printed_back_unchanged(text in "\\PC{0,24}|[0-9X./-]{0,16}") {
            if let Ok(d) = PartialDate::parse(&text) {
                proptest::prop_assert_eq!(d.to_string(), text);
            }
        }
    }
}
