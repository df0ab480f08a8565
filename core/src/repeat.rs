//! The repeat rule a worker wrote: read, checked and expanded here.
//!
//! Plans carry an RFC 5545 RRULE as text. The text is read part by part into a
//! [`RepeatRule`] that can only say what a plan may mean: at most one session a day, at
//! the schedule's start time, within the years a plan may name. Refusals say which part
//! is wrong and how to write it, and never repeat the rule: problems can end up in logs.
//!
//! Such a rule picks days, so it is expanded day by day through the RFC's filters
//! (docs/decisions.md, 92): a general rule engine (the rrule crate, used before) named
//! every time zone in the world and so kept all of their tables in the phone's library.
//! core/tests/independent_rrule.rs compares the expansion with python-dateutil's.

use std::ops::RangeInclusive;

use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc, Weekday};

use crate::calendar::{PLAN_YEARS, UK};
use crate::problem::Problem;

/// Rules are a few dozen characters; this is far more than any rule needs.
const MAX_RULE_CHARS: usize = 300;
/// "Every 52 weeks" is the sparsest rule anyone needs; this leaves room.
const INTERVALS: RangeInclusive<u16> = 1..=366;

/// A part of a rule, named in messages in the RFC's own capitals.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Freq,
    Interval,
    Count,
    Until,
    ByDay,
    ByMonthDay,
    ByMonth,
    BySetPos,
    WeekStart,
}

impl Part {
    fn named(name: &str) -> Option<Part> {
        Some(match name {
            "FREQ" => Part::Freq,
            "INTERVAL" => Part::Interval,
            "COUNT" => Part::Count,
            "UNTIL" => Part::Until,
            "BYDAY" => Part::ByDay,
            "BYMONTHDAY" => Part::ByMonthDay,
            "BYMONTH" => Part::ByMonth,
            "BYSETPOS" => Part::BySetPos,
            "WKST" => Part::WeekStart,
            _ => return None,
        })
    }

    fn name(self) -> &'static str {
        match self {
            Part::Freq => "FREQ",
            Part::Interval => "INTERVAL",
            Part::Count => "COUNT",
            Part::Until => "UNTIL",
            Part::ByDay => "BYDAY",
            Part::ByMonthDay => "BYMONTHDAY",
            Part::ByMonth => "BYMONTH",
            Part::BySetPos => "BYSETPOS",
            Part::WeekStart => "WKST",
        }
    }
}

impl std::fmt::Display for Part {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// Why a repeat rule cannot be used. The wording never contains the rule's text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RuleError {
    #[error("the repeat rule has characters a rule never contains")]
    NotPlainText,
    #[error("the repeat rule is longer than {MAX_RULE_CHARS} characters")]
    TooLong,
    #[error("part {0} of the repeat rule is not written NAME=VALUE")]
    NotNameValue(usize),
    #[error("part {0} of the repeat rule is not one this app reads")]
    UnknownPart(usize),
    #[error("{0} would give more than one session a day, each at its own time")]
    TimeOfDay(&'static str),
    #[error("{0} picks days in a way this app does not read")]
    DayOfYear(&'static str),
    #[error("{0} is given twice in the repeat rule")]
    Twice(Part),
    #[error("the repeat rule has no FREQ: it does not say how often sessions repeat")]
    NoFrequency,
    #[error("the repeat rule repeats more often than once a day")]
    MoreThanDaily,
    #[error("the value of {0} is not one a rule can have")]
    BadValue(Part),
    #[error("INTERVAL=0 would never repeat: an interval counts days, weeks, months or years between sessions")]
    ZeroInterval,
    #[error("COUNT=0 would give no sessions")]
    ZeroCount,
    #[error("the repeat rule has both COUNT and UNTIL")]
    CountAndUntil,
    #[error("a numbered day in BYDAY only works in a rule that repeats monthly or yearly")]
    NumberedDayNotMonthly,
    #[error("a numbered day in BYDAY is out of range: a month has at most five of each day")]
    NumberedDayPastMonth,
    #[error("a numbered day in BYDAY is out of range: a year has at most 53 of each day, or 52 counted from its end")]
    NumberedDayPastYear,
    #[error("BYDAY counted five from the end of the month only works in a rule that repeats every month")]
    FifthFromEndNeedsEveryMonth,
    #[error("BYMONTHDAY cannot be used in a weekly rule")]
    MonthDayInWeekly,
    #[error("BYSETPOS needs BYDAY, BYMONTHDAY or BYMONTH to choose among")]
    PositionWithoutDays,
    #[error("UNTIL names a year outside {}-{}, the years a plan may name", PLAN_YEARS.start(), PLAN_YEARS.end())]
    UntilOutsideYears,
    #[error("UNTIL names a time the clocks skip or repeat that night")]
    UntilAtClockChange,
    #[error("the repeat rule ends (UNTIL) before its first session starts")]
    UntilBeforeStart,
}

impl RuleError {
    /// The problem this is in a plan, at `path`: its words (in `assets/l10n-problems`)
    /// say how to write the rule instead, and never repeat it.
    pub fn problem(&self, path: String) -> Problem {
        let problem = |id| Problem::new(path, id);
        match self {
            RuleError::NotPlainText => problem("rule-not-plain-text"),
            RuleError::TooLong => problem("rule-too-long").with("max", MAX_RULE_CHARS),
            RuleError::NotNameValue(position) => problem("rule-not-name-value").with("position", *position),
            RuleError::UnknownPart(position) => problem("rule-unknown-part").with("position", *position),
            RuleError::TimeOfDay(part) => problem("rule-time-of-day").with("part", *part),
            RuleError::DayOfYear(part) => problem("rule-day-of-year").with("part", *part),
            RuleError::Twice(part) => problem("rule-part-twice").with("part", part.name()),
            RuleError::NoFrequency => problem("rule-no-freq"),
            RuleError::MoreThanDaily => problem("rule-more-than-daily"),
            RuleError::BadValue(part) => problem("rule-bad-value").with("part", part.name()),
            RuleError::ZeroInterval => problem("rule-interval-zero"),
            RuleError::ZeroCount => problem("rule-count-zero"),
            RuleError::CountAndUntil => problem("rule-count-and-until"),
            RuleError::NumberedDayNotMonthly => problem("rule-numbered-day-not-monthly"),
            RuleError::NumberedDayPastMonth => problem("rule-numbered-day-past-month"),
            RuleError::NumberedDayPastYear => problem("rule-numbered-day-past-year"),
            RuleError::FifthFromEndNeedsEveryMonth => problem("rule-fifth-from-end"),
            RuleError::MonthDayInWeekly => problem("rule-month-day-in-weekly"),
            RuleError::PositionWithoutDays => problem("rule-position-without-days"),
            RuleError::UntilOutsideYears => problem("rule-until-outside-years")
                .with("from", i64::from(*PLAN_YEARS.start()))
                .with("to", i64::from(*PLAN_YEARS.end())),
            RuleError::UntilAtClockChange => problem("rule-until-clock-change"),
            RuleError::UntilBeforeStart => problem("rule-until-before-start"),
        }
    }
}

/// How often a rule's period comes round: family time is never more often than daily.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Frequency {
    Daily,
    Weekly,
    Monthly,
    Yearly,
}

/// When a rule stops.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum End {
    Count(u32),
    /// The last day, inclusive, in UK time.
    UntilDate(NaiveDate),
    /// A UK wall-clock time.
    UntilLocal(NaiveDateTime),
    UntilUtc(DateTime<Utc>),
}

/// A repeat rule that can only mean what a plan may say.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RepeatRule {
    pub frequency: Frequency,
    pub interval: u16,
    pub end: Option<End>,
    /// `(n, day)`: the nth such day in the period (negative from its end), or every one.
    pub days: Vec<(Option<i8>, Weekday)>,
    pub month_days: Vec<i8>,
    pub months: Vec<u8>,
    pub positions: Vec<i16>,
    pub week_start: Option<Weekday>,
}

impl std::str::FromStr for RepeatRule {
    type Err = RuleError;

    fn from_str(text: &str) -> Result<RepeatRule, RuleError> {
        // Only printable ASCII ever reaches the splitting below, so no byte index can
        // fall inside a character (the crate panicked on "BYDAY=ÉE").
        if !text.bytes().all(|b| b.is_ascii_graphic()) {
            return Err(RuleError::NotPlainText);
        }
        if text.len() > MAX_RULE_CHARS {
            return Err(RuleError::TooLong);
        }
        let text = text.to_ascii_uppercase();
        let body = text.strip_prefix("RRULE:").unwrap_or(&text);
        let mut parts: Vec<(Part, &str)> = Vec::new();
        for (i, part) in body.split(';').enumerate() {
            let position = i + 1;
            let (name, value) = part.split_once('=').ok_or(RuleError::NotNameValue(position))?;
            if name.is_empty() || value.is_empty() {
                return Err(RuleError::NotNameValue(position));
            }
            let part = match name {
                "BYHOUR" => return Err(RuleError::TimeOfDay("BYHOUR")),
                "BYMINUTE" => return Err(RuleError::TimeOfDay("BYMINUTE")),
                "BYSECOND" => return Err(RuleError::TimeOfDay("BYSECOND")),
                "BYYEARDAY" => return Err(RuleError::DayOfYear("BYYEARDAY")),
                "BYWEEKNO" => return Err(RuleError::DayOfYear("BYWEEKNO")),
                "BYEASTER" => return Err(RuleError::DayOfYear("BYEASTER")),
                _ => Part::named(name).ok_or(RuleError::UnknownPart(position))?,
            };
            if parts.iter().any(|(seen, _)| *seen == part) {
                return Err(RuleError::Twice(part));
            }
            parts.push((part, value));
        }
        let mut rule = RepeatRule {
            frequency: Frequency::Weekly,
            interval: 1,
            end: None,
            days: Vec::new(),
            month_days: Vec::new(),
            months: Vec::new(),
            positions: Vec::new(),
            week_start: None,
        };
        let mut frequency = None;
        for (part, value) in parts {
            let bad = || RuleError::BadValue(part);
            match part {
                Part::Freq => frequency = Some(parse_frequency(value)?),
                Part::Interval => {
                    rule.interval = match number::<u16>(value).ok_or_else(bad)? {
                        0 => return Err(RuleError::ZeroInterval),
                        n if INTERVALS.contains(&n) => n,
                        _ => return Err(bad()),
                    }
                }
                Part::Count => {
                    let count = number::<u32>(value).ok_or_else(bad)?;
                    if count == 0 {
                        return Err(RuleError::ZeroCount);
                    }
                    if rule.end.is_some() {
                        return Err(RuleError::CountAndUntil);
                    }
                    rule.end = Some(End::Count(count));
                }
                Part::Until => {
                    if rule.end.is_some() {
                        return Err(RuleError::CountAndUntil);
                    }
                    rule.end = Some(parse_until(value)?);
                }
                Part::ByDay => rule.days = list(value, parse_day).ok_or_else(bad)?,
                Part::ByMonthDay => rule.month_days = list(value, |v| in_range(v, 1..=31)).ok_or_else(bad)?,
                Part::ByMonth => {
                    rule.months = list(value, |v| number::<u8>(v).filter(|m| (1..=12).contains(m))).ok_or_else(bad)?
                }
                Part::BySetPos => rule.positions = list(value, |v| in_range(v, 1..=366)).ok_or_else(bad)?,
                Part::WeekStart => rule.week_start = Some(weekday(value).ok_or_else(bad)?),
            }
        }
        rule.frequency = frequency.ok_or(RuleError::NoFrequency)?;
        rule.check_combination()?;
        Ok(rule)
    }
}

fn parse_frequency(value: &str) -> Result<Frequency, RuleError> {
    match value {
        "DAILY" => Ok(Frequency::Daily),
        "WEEKLY" => Ok(Frequency::Weekly),
        "MONTHLY" => Ok(Frequency::Monthly),
        "YEARLY" => Ok(Frequency::Yearly),
        "HOURLY" | "MINUTELY" | "SECONDLY" => Err(RuleError::MoreThanDaily),
        _ => Err(RuleError::BadValue(Part::Freq)),
    }
}

/// `YYYYMMDD`, `YYYYMMDDTHHMMSS` (UK time) or `YYYYMMDDTHHMMSSZ` (UTC).
fn parse_until(value: &str) -> Result<End, RuleError> {
    let bad = RuleError::BadValue(Part::Until);
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    let (date, time) = match value.split_once('T') {
        None => (value, None),
        Some((date, time)) => (date, Some(time)),
    };
    if date.len() != 8 || !digits(date) {
        return Err(bad);
    }
    let year: i32 = date[..4].parse().map_err(|_| bad.clone())?;
    let date = NaiveDate::from_ymd_opt(year, date[4..6].parse().unwrap_or(0), date[6..].parse().unwrap_or(0))
        .ok_or(bad.clone())?;
    if !PLAN_YEARS.contains(&year) {
        return Err(RuleError::UntilOutsideYears);
    }
    let Some(time) = time else { return Ok(End::UntilDate(date)) };
    let (clock, utc) = match time.strip_suffix('Z') {
        Some(clock) => (clock, true),
        None => (time, false),
    };
    if clock.len() != 6 || !digits(clock) {
        return Err(bad);
    }
    let [h, m, s] = [0, 2, 4].map(|i| clock[i..i + 2].parse::<u32>().unwrap_or(99));
    let local = date.and_time(NaiveTime::from_hms_opt(h, m, s).ok_or(bad)?);
    Ok(if utc { End::UntilUtc(local.and_utc()) } else { End::UntilLocal(local) })
}

fn number<T: std::str::FromStr>(value: &str) -> Option<T> {
    // A sign or spaces are not part of a count.
    value.bytes().all(|b| b.is_ascii_digit()).then(|| value.parse().ok()).flatten()
}

/// A signed number whose size is in `sizes`: 1..=31 allows -31..=-1 and 1..=31.
fn in_range<T: TryFrom<i32>>(value: &str, sizes: RangeInclusive<i32>) -> Option<T> {
    let (negative, digits) = match value.as_bytes().first()? {
        b'-' => (true, &value[1..]),
        b'+' => (false, &value[1..]),
        _ => (false, value),
    };
    let size: i32 = number(digits)?;
    if !sizes.contains(&size) {
        return None;
    }
    T::try_from(if negative { -size } else { size }).ok()
}

fn list<T>(value: &str, item: impl Fn(&str) -> Option<T>) -> Option<Vec<T>> {
    value.split(',').map(item).collect()
}

fn weekday(value: &str) -> Option<Weekday> {
    Some(match value {
        "MO" => Weekday::Mon,
        "TU" => Weekday::Tue,
        "WE" => Weekday::Wed,
        "TH" => Weekday::Thu,
        "FR" => Weekday::Fri,
        "SA" => Weekday::Sat,
        "SU" => Weekday::Sun,
        _ => return None,
    })
}

/// `SA`, `1SA`, `+2SA`, `-1SA`.
fn parse_day(value: &str) -> Option<(Option<i8>, Weekday)> {
    let split = value.len().checked_sub(2)?;
    let day = weekday(&value[split..])?;
    let n = &value[..split];
    if n.is_empty() {
        return Some((None, day));
    }
    // Any size is read here; whether it fits the period is checked with the frequency.
    Some((Some(in_range(n, 1..=99)?), day))
}

impl RepeatRule {
    /// Rules RFC 5545 forbids, or that this app would read differently from it.
    fn check_combination(&self) -> Result<(), RuleError> {
        let numbered = || self.days.iter().filter_map(|(n, _)| *n);
        match self.frequency {
            Frequency::Daily | Frequency::Weekly if numbered().next().is_some() => {
                return Err(RuleError::NumberedDayNotMonthly);
            }
            Frequency::Monthly if numbered().any(|n| !(1..=5).contains(&n.abs())) => {
                return Err(RuleError::NumberedDayPastMonth);
            }
            Frequency::Yearly if !self.months.is_empty() && numbered().any(|n| !(1..=5).contains(&n.abs())) => {
                return Err(RuleError::NumberedDayPastMonth);
            }
            Frequency::Yearly if numbered().any(|n| !(-52..=53).contains(&n)) => {
                return Err(RuleError::NumberedDayPastYear);
            }
            _ => {}
        }
        if self.frequency == Frequency::Monthly
            && numbered().any(|n| n == -5)
            && (self.interval != 1 || !self.positions.is_empty())
        {
            return Err(RuleError::FifthFromEndNeedsEveryMonth);
        }
        let positions = match self.frequency {
            Frequency::Weekly => 53,
            Frequency::Monthly => 31,
            Frequency::Daily | Frequency::Yearly => 366,
        };
        if self.positions.iter().any(|p| p.abs() > positions) {
            return Err(RuleError::BadValue(Part::BySetPos));
        }
        if self.frequency == Frequency::Weekly && !self.month_days.is_empty() {
            return Err(RuleError::MonthDayInWeekly);
        }
        if !self.positions.is_empty() && self.days.is_empty() && self.month_days.is_empty() && self.months.is_empty() {
            return Err(RuleError::PositionWithoutDays);
        }
        Ok(())
    }

    /// The last instant a session may start, from UNTIL, in UK time.
    fn until(&self) -> Result<Option<DateTime<Utc>>, RuleError> {
        Ok(match self.end {
            None | Some(End::Count(_)) => None,
            // The whole of the last day, as the child's clock shows it.
            Some(End::UntilDate(date)) => {
                let next = UK.from_local_datetime(&date.succ_opt().unwrap_or(date).and_time(NaiveTime::MIN));
                Some(
                    next.earliest().ok_or(RuleError::UntilAtClockChange)?.with_timezone(&Utc)
                        - chrono::Duration::seconds(1),
                )
            }
            Some(End::UntilLocal(local)) => {
                Some(UK.from_local_datetime(&local).single().ok_or(RuleError::UntilAtClockChange)?.with_timezone(&Utc))
            }
            Some(End::UntilUtc(instant)) => Some(instant),
        })
    }

    /// The instants of the rule's sessions in order, from its first session's `start`
    /// to the end of the plan years: each day the rule picks, at the start's UK time.
    pub fn anchored(&self, start: DateTime<Utc>) -> Result<impl Iterator<Item = DateTime<Utc>> + use<>, RuleError> {
        let until = self.until()?;
        if until.is_some_and(|u| u < start) {
            return Err(RuleError::UntilBeforeStart);
        }
        let first = crate::calendar::uk_local(start);
        let last = crate::calendar::end_of_plan_years().date_naive();
        let count = match self.end {
            Some(End::Count(count)) => count as usize,
            _ => usize::MAX,
        };
        let (rule, implied) = (self.clone(), self.implied(first.date()));
        Ok(first
            .date()
            .iter_days()
            .take_while(move |day| *day <= last)
            .filter(move |day| rule.picks(first.date(), &implied, *day))
            .filter_map(move |day| session_instant(day.and_time(first.time())))
            .take_while(move |instant| until.is_none_or(|u| *instant <= u))
            .take(count))
    }
}

/// Which days a rule picks: each day is tried by the rule's filters (RFC 5545 section
/// 3.3.10, with the parts DTSTART implies), so a rule costs at most one cheap test per
/// day of the plan years, and one that never matches is known as soon as they end.
impl RepeatRule {
    /// The first day from `start` the rule gives a session on, if any by `last`.
    pub fn first_day(&self, start: NaiveDateTime, last: NaiveDate) -> Option<NaiveDate> {
        let implied = self.implied(start.date());
        let until = self.until().ok().flatten();
        let mut day = start.date();
        while day <= last {
            if until.is_some_and(|u| session_instant(day.and_time(start.time())).is_none_or(|t| t > u)) {
                return None;
            }
            if self.picks(start.date(), &implied, day) {
                return Some(day);
            }
            day = day.succ_opt()?;
        }
        None
    }

    /// Whether the rule that started on `start` has a session on `day`.
    fn picks(&self, start: NaiveDate, implied: &Filters, day: NaiveDate) -> bool {
        self.in_step(start, day) && implied.picks(day) && implied.in_position(self.frequency, day)
    }

    /// The rule with the parts RFC 5545 takes from DTSTART when they are left out.
    fn implied(&self, start: NaiveDate) -> Filters {
        let mut f = Filters {
            days: self.days.clone(),
            month_days: self.month_days.clone(),
            months: self.months.clone(),
            positions: self.positions.clone(),
            week_start: self.week_start.unwrap_or(Weekday::Mon),
            numbered_in_month: self.frequency == Frequency::Monthly || !self.months.is_empty(),
        };
        let day_given = !f.days.is_empty() || !f.month_days.is_empty();
        match self.frequency {
            Frequency::Daily => {}
            Frequency::Weekly if f.days.is_empty() => f.days = vec![(None, start.weekday())],
            Frequency::Weekly => {}
            Frequency::Monthly if !day_given => f.month_days = vec![start.day() as i8],
            Frequency::Monthly => {}
            Frequency::Yearly if !day_given => {
                f.month_days = vec![start.day() as i8];
                if f.months.is_empty() {
                    f.months = vec![start.month() as u8];
                }
            }
            Frequency::Yearly => {}
        }
        f
    }

    /// Whether `day` is in a period the interval steps on to from the start's.
    fn in_step(&self, start: NaiveDate, day: NaiveDate) -> bool {
        let interval = i64::from(self.interval);
        let periods = match self.frequency {
            Frequency::Daily => (day - start).num_days(),
            Frequency::Weekly => {
                let week_start = self.week_start.unwrap_or(Weekday::Mon);
                (week_of(day, week_start) - week_of(start, week_start)).num_days() / 7
            }
            Frequency::Monthly => {
                i64::from(day.year() - start.year()) * 12 + i64::from(day.month()) - i64::from(start.month())
            }
            Frequency::Yearly => i64::from(day.year() - start.year()),
        };
        periods % interval == 0
    }
}

/// The instant a session at this UK time starts: the first when the clocks repeat it,
/// an hour on when they skip it, as RFC 5545 places them.
fn session_instant(local: NaiveDateTime) -> Option<DateTime<Utc>> {
    let instant = |t: NaiveDateTime| UK.from_local_datetime(&t).earliest();
    instant(local).or_else(|| instant(local + chrono::Duration::hours(1))).map(|t| t.with_timezone(&Utc))
}

fn week_of(day: NaiveDate, week_start: Weekday) -> NaiveDate {
    day - chrono::Duration::days(i64::from(day.weekday().days_since(week_start)))
}

fn days_in_month(day: NaiveDate) -> u32 {
    let first_of_next = if day.month() == 12 {
        NaiveDate::from_ymd_opt(day.year() + 1, 1, 1)
    } else {
        NaiveDate::from_ymd_opt(day.year(), day.month() + 1, 1)
    };
    first_of_next.and_then(|d| d.pred_opt()).map_or(31, |d| d.day())
}

struct Filters {
    days: Vec<(Option<i8>, Weekday)>,
    month_days: Vec<i8>,
    months: Vec<u8>,
    positions: Vec<i16>,
    week_start: Weekday,
    /// A numbered day counts within the month (monthly, or yearly with BYMONTH).
    numbered_in_month: bool,
}

impl Filters {
    fn picks(&self, day: NaiveDate) -> bool {
        let length = days_in_month(day) as i32;
        let date = day.day() as i32;
        let month_ok = self.months.is_empty() || self.months.contains(&(day.month() as u8));
        let month_day_ok = self.month_days.is_empty()
            || self.month_days.iter().any(|&n| {
                let n = i32::from(n);
                if n > 0 { n == date } else { length + 1 + n == date }
            });
        let day_ok = self.days.is_empty()
            || self.days.iter().any(|&(n, weekday)| {
                weekday == day.weekday()
                    && n.is_none_or(|n| {
                        let (index, size) = if self.numbered_in_month {
                            (date - 1, length)
                        } else {
                            (day.ordinal0() as i32, if day.leap_year() { 366 } else { 365 })
                        };
                        let n = i32::from(n);
                        if n > 0 { index / 7 + 1 == n } else { (size - 1 - index) / 7 + 1 == -n }
                    })
            });
        month_ok && month_day_ok && day_ok
    }

    /// With BYSETPOS, whether `day` is at one of the positions among the days picked
    /// in its period.
    fn in_position(&self, frequency: Frequency, day: NaiveDate) -> bool {
        if self.positions.is_empty() {
            return true;
        }
        let (first, last) = match frequency {
            Frequency::Daily => (day, day),
            Frequency::Weekly => {
                let first = week_of(day, self.week_start);
                (first, first + chrono::Duration::days(6))
            }
            Frequency::Monthly => {
                let first = day.with_day(1).unwrap_or(day);
                (first, first + chrono::Duration::days(i64::from(days_in_month(day)) - 1))
            }
            Frequency::Yearly => (
                NaiveDate::from_ymd_opt(day.year(), 1, 1).unwrap_or(day),
                NaiveDate::from_ymd_opt(day.year(), 12, 31).unwrap_or(day),
            ),
        };
        let picked: Vec<NaiveDate> = first.iter_days().take_while(|d| *d <= last).filter(|d| self.picks(*d)).collect();
        let count = picked.len() as i32;
        let Some(at) = picked.iter().position(|d| *d == day) else { return false };
        let at = at as i32 + 1;
        self.positions.iter().any(|&p| {
            let p = i32::from(p);
            if p > 0 { p == at } else { count + 1 + p == at }
        })
    }
}
