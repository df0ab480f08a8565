//! Values exactly as docs/plan-format.md ("Writing values") writes them, and nothing looser.
//!
//! chrono's own parsers accept more than the format allows ("26-01-05" as the year 26,
//! "9:00", "17:00:60", "mon"), and a plan must mean exactly what it says, so these read
//! the written forms by hand. Their error messages never repeat the text: problems can
//! end up in logs (`reading` words the refusal from where the value is).

use chrono::{NaiveDate, NaiveDateTime, NaiveTime, Weekday};
use serde::{Deserialize, Deserializer, Serialize, Serializer, de::Error as _};

/// `n` ASCII digits, exactly.
fn digits(text: &str, n: usize) -> Option<u32> {
    (text.len() == n && text.bytes().all(|b| b.is_ascii_digit())).then(|| text.parse().ok()).flatten()
}

/// `YYYY-MM-DD`, a real day, with a four-digit year from 1000.
pub fn date(text: &str) -> Option<NaiveDate> {
    let (year, rest) = (text.get(..4)?, text.get(4..)?);
    let (month, day) = rest.strip_prefix('-')?.split_once('-')?;
    let year = digits(year, 4).filter(|y| *y >= 1000)?;
    NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, digits(month, 2)?, digits(day, 2)?)
}

/// `HH:MM` or `HH:MM:SS`, 00:00 to 23:59:59 (no leap seconds, no fractions).
pub fn time_of_day(text: &str) -> Option<NaiveTime> {
    let mut parts = text.split(':');
    let (hour, minute) = (digits(parts.next()?, 2)?, digits(parts.next()?, 2)?);
    let second = parts.next().map_or(Some(0), |s| digits(s, 2))?;
    if parts.next().is_some() || second > 59 {
        return None;
    }
    NaiveTime::from_hms_opt(hour, minute, second)
}

/// `YYYY-MM-DDTHH:MM` (`:SS` accepted), no offset.
pub fn local_date_time(text: &str) -> Option<NaiveDateTime> {
    let (day, time) = text.split_once('T')?;
    Some(date(day)?.and_time(time_of_day(time)?))
}

/// `MM-DD`: month and day as numbers of a leap year.
pub fn month_day(text: &str) -> Option<(u32, u32)> {
    let (month, day) = text.split_once('-')?;
    let (month, day) = (digits(month, 2)?, digits(day, 2)?);
    // 2024 is a leap year, so 02-29 is a day of the year.
    NaiveDate::from_ymd_opt(2024, month, day).map(|_| (month, day))
}

/// `Mon` … `Sun`, as written in the format (chrono also takes "mon", "MONDAY").
pub fn weekday(text: &str) -> Option<Weekday> {
    const NAMES: [(&str, Weekday); 7] = [
        ("Mon", Weekday::Mon),
        ("Tue", Weekday::Tue),
        ("Wed", Weekday::Wed),
        ("Thu", Weekday::Thu),
        ("Fri", Weekday::Fri),
        ("Sat", Weekday::Sat),
        ("Sun", Weekday::Sun),
    ];
    NAMES.iter().find(|(name, _)| *name == text).map(|(_, day)| *day)
}

/// Reads a string with `parse`; the refusal names the form, never the text.
fn read<'de, D: Deserializer<'de>, T>(d: D, parse: fn(&str) -> Option<T>, form: &str) -> Result<T, D::Error> {
    let text = String::deserialize(d)?;
    parse(&text).ok_or_else(|| D::Error::custom(format!("not {form}")))
}

fn read_option<'de, D: Deserializer<'de>, T>(
    d: D,
    parse: fn(&str) -> Option<T>,
    form: &str,
) -> Result<Option<T>, D::Error> {
    Option::<String>::deserialize(d)?
        .map(|text| parse(&text).ok_or_else(|| D::Error::custom(format!("not {form}"))))
        .transpose()
}

/// `#[serde(with)]` for dates.
pub mod as_date {
    use super::*;

    pub fn serialize<S: Serializer>(d: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
        d.serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
        read(d, date, "a date")
    }

    pub mod option {
        use super::*;

        pub fn serialize<S: Serializer>(d: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
            d.serialize(s)
        }

        pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
            read_option(d, date, "a date")
        }
    }
}

/// `#[serde(with)]` for UK local times, written to the minute.
pub mod as_local_minutes {
    use super::*;

    const FORMAT: &str = "%Y-%m-%dT%H:%M";

    pub fn serialize<S: Serializer>(t: &NaiveDateTime, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&t.format(FORMAT))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDateTime, D::Error> {
        read(d, local_date_time, "a local date and time")
    }

    pub mod option {
        use super::*;

        pub fn serialize<S: Serializer>(t: &Option<NaiveDateTime>, s: S) -> Result<S::Ok, S::Error> {
            match t {
                Some(t) => super::serialize(t, s),
                None => s.serialize_none(),
            }
        }

        pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDateTime>, D::Error> {
            read_option(d, local_date_time, "a local date and time")
        }
    }
}

/// `#[serde(with)]` for times of day.
pub mod as_time_of_day {
    use super::*;

    pub fn serialize<S: Serializer>(t: &NaiveTime, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&t.format("%H:%M"))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveTime, D::Error> {
        read(d, time_of_day, "a time of day")
    }
}

/// `#[serde(with)]` for lists of weekdays.
pub mod as_weekdays {
    use super::*;

    pub fn serialize<S: Serializer>(days: &[Weekday], s: S) -> Result<S::Ok, S::Error> {
        days.serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Weekday>, D::Error> {
        #[derive(Deserialize)]
        struct Day(#[serde(deserialize_with = "one")] Weekday);

        fn one<'de, D: Deserializer<'de>>(d: D) -> Result<Weekday, D::Error> {
            read(d, weekday, "a weekday")
        }

        Ok(Vec::<Day>::deserialize(d)?.into_iter().map(|Day(day)| day).collect())
    }
}

/// `#[serde(with)]` for counts. JSON Schema counts `7.0` as the integer 7, so the checker
/// does too (the schema and the checker agree); `7.5` is not a whole number.
pub mod as_whole_number {
    use super::*;

    fn whole<E: serde::de::Error>(number: serde_json::Number) -> Result<u32, E> {
        let value = number.as_u64().or_else(|| {
            // Every u32 is exact in an f64, so nothing is rounded into range.
            number.as_f64().filter(|f| f.fract() == 0.0 && *f >= 0.0 && *f <= f64::from(u32::MAX)).map(|f| f as u64)
        });
        value.and_then(|v| u32::try_from(v).ok()).ok_or_else(|| E::custom("not a whole number"))
    }

    pub fn serialize<S: Serializer>(n: &u32, s: S) -> Result<S::Ok, S::Error> {
        n.serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<u32, D::Error> {
        whole(serde_json::Number::deserialize(d)?)
    }

    pub mod option {
        use super::*;

        pub fn serialize<S: Serializer>(n: &Option<u32>, s: S) -> Result<S::Ok, S::Error> {
            n.serialize(s)
        }

        pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<u32>, D::Error> {
            Option::<serde_json::Number>::deserialize(d)?.map(whole).transpose()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_only_the_written_forms() {
        assert_eq!(date("2026-11-18"), NaiveDate::from_ymd_opt(2026, 11, 18));
        for lenient in
            ["26-01-05", "0000-01-01", "-001-01-01", "+2026-01-01", "2026-1-1", " 2026-11-18 ", "2026-11-18\n"]
        {
            assert_eq!(date(lenient), None, "{lenient:?}");
        }
        assert_eq!(date("2026-02-30"), None);
        assert_eq!(time_of_day("09:00"), NaiveTime::from_hms_opt(9, 0, 0));
        assert_eq!(time_of_day("09:00:30"), NaiveTime::from_hms_opt(9, 0, 30));
        for lenient in ["9:00", "17:00:60", "09:00:00.123456", "24:00", "09:00:"] {
            assert_eq!(time_of_day(lenient), None, "{lenient:?}");
        }
        assert!(local_date_time("2026-11-22T10:00").is_some());
        assert_eq!(local_date_time("2026-11-22T1:00"), None);
        assert_eq!(local_date_time("2026-02-30T16:00"), None);
        assert_eq!(month_day("07-19"), Some((7, 19)));
        assert_eq!(month_day("02-29"), Some((2, 29)));
        assert_eq!(month_day("7-19"), None);
        assert_eq!(weekday("Tue"), Some(Weekday::Tue));
        assert_eq!((weekday("mon"), weekday("TUE"), weekday("Monday")), (None, None, None));
    }
}
