//! Comparing the dates of one event: each date (with its part of the day)
//! becomes an interval of instants in every zone it may be counted in (the
//! outlet's, the event's place); overlapping intervals are compatible, which
//! is how "on Thursday" in Washington and "early Friday" in Baghdad can be the
//! same night. Dates further apart than the rule's window are different
//! events and are not compared.

use jiff::civil::Date;
use jiff::tz::TimeZone;
use jiff::{Timestamp, ToSpan};
use serde::Deserialize;

use super::Judgement;
use crate::normalize::date::DayPart;
use crate::verdict::Verdict;

/// Parameters of a `date` comparison rule.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DateParams {
    /// Dates of one event further apart than this many days are taken for
    /// different events, not a contradiction.
    #[serde(default = "three")]
    pub window_days: i32,
    /// Date intervals longer than this many days are periods, not event
    /// dates, and are not compared.
    #[serde(default = "fourteen")]
    pub longest_days: i32,
}

fn three() -> i32 {
    3
}

fn fourteen() -> i32 {
    14
}

impl Default for DateParams {
    fn default() -> Self {
        DateParams {
            window_days: three(),
            longest_days: fourteen(),
        }
    }
}

/// A date claim's days.
#[derive(Debug, Clone)]
pub struct Days<'a> {
    /// First day.
    pub from: Date,
    /// Last day.
    pub to: Date,
    /// Part of the day.
    pub part: Option<DayPart>,
    /// Zones it may be counted in.
    pub zones: &'a [String],
    /// False when its article's time zone is not known: a day part
    /// ("early Tuesday", "tonight") is then said on a clock that may be
    /// anywhere, from UTC+14 to UTC-12.
    pub writer_zone_known: bool,
}

fn instants(d: &Days<'_>) -> Vec<(Timestamp, Timestamp)> {
    let (start_h, end_h) = match d.part {
        Some(part) => part.hours(),
        None => (0, 24 * (i64::from((d.to - d.from).get_days()) + 1)),
    };
    let zones: Vec<TimeZone> = if d.zones.is_empty() {
        vec![TimeZone::UTC]
    } else {
        d.zones
            .iter()
            .filter_map(|z| TimeZone::get(z).ok())
            .collect()
    };
    let mut out: Vec<(Timestamp, Timestamp)> = zones
        .into_iter()
        .filter_map(|tz| hours_of(d.from, &tz, start_h, &tz, end_h))
        .collect();
    if d.part.is_some() && !d.writer_zone_known {
        // Its earliest start is where the day begins first, its latest end
        // where it ends last.
        let fixed = |hours: i8| TimeZone::fixed(jiff::tz::offset(hours));
        out.extend(hours_of(
            d.from,
            &fixed(EASTMOST_HOURS),
            start_h,
            &fixed(WESTMOST_HOURS),
            end_h,
        ));
    }
    out
}

/// From `start_h` hours after `day`'s midnight in `east` to `end_h` hours
/// after it in `west`.
fn hours_of(
    day: Date,
    east: &TimeZone,
    start_h: i64,
    west: &TimeZone,
    end_h: i64,
) -> Option<(Timestamp, Timestamp)> {
    let midnight = |tz: &TimeZone| Some(day.at(0, 0, 0, 0).to_zoned(tz.clone()).ok()?.timestamp());
    let start = midnight(east)?.checked_add(start_h.hours()).ok()?;
    let end = midnight(west)?.checked_add(end_h.hours()).ok()?;
    Some((start, end))
}

/// The zones furthest east and west a day part may be said in.
const EASTMOST_HOURS: i8 = 14;
const WESTMOST_HOURS: i8 = -12;

fn shown(d: &Days<'_>) -> String {
    let part = d.part.map_or(String::new(), |p| format!(" ({})", p.word()));
    if d.from == d.to {
        format!("{}{part}", d.from)
    } else {
        format!("{}..{}{part}", d.from, d.to)
    }
}

/// Judge a time of day (as a UTC instant on each candidate day) against a
/// date's interval: inside it (in any of its zones) is compatible; outside on
/// every candidate day contradicts.
pub fn judge_time(days: &Days<'_>, instants_of_time: &[Timestamp], shown_time: &str) -> Judgement {
    let intervals = instants(days);
    let inside = instants_of_time
        .iter()
        .any(|t| intervals.iter().any(|(start, end)| start <= t && t < end));
    let pair = format!("{shown_time} against {}", shown(days));
    if inside {
        Judgement::new(
            Verdict::Compatible,
            format!("{pair}: the time falls within that day part"),
        )
    } else {
        Judgement::new(
            Verdict::Contradict,
            format!("{pair}: the time is outside that day part in every time zone"),
        )
    }
}

/// True when the dates are close enough to be about one event.
pub fn comparable(a: &Days<'_>, b: &Days<'_>, params: &DateParams) -> bool {
    let long = |d: &Days<'_>| (d.to - d.from).get_days() > params.longest_days;
    if long(a) || long(b) {
        return false;
    }
    let gap = if a.to < b.from {
        (b.from - a.to).get_days()
    } else if b.to < a.from {
        (a.from - b.to).get_days()
    } else {
        0
    };
    gap <= params.window_days
}

/// Judge two dates of one event.
pub fn judge(a: &Days<'_>, b: &Days<'_>) -> Judgement {
    let pair = format!("{} against {}", shown(a), shown(b));
    if a.from == b.from && a.to == b.to && a.part == b.part {
        return Judgement::new(Verdict::Agree, format!("{pair}: the same day"));
    }
    let overlap = instants(a)
        .iter()
        .any(|x| instants(b).iter().any(|y| x.0 < y.1 && y.0 < x.1));
    if overlap {
        let zones = if a.zones != b.zones {
            " (counted in the outlets' and the event's time zones)"
        } else {
            ""
        };
        return Judgement::new(
            Verdict::Compatible,
            format!("{pair}: can be the same time{zones}"),
        );
    }
    Judgement::new(
        Verdict::Contradict,
        format!("{pair}: no time zone makes them the same day"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn days<'a>(d: Date, part: Option<DayPart>, zones: &'a [String]) -> Days<'a> {
        Days {
            from: d,
            to: d,
            part,
            zones,
            writer_zone_known: true,
        }
    }

    #[test]
    fn thursday_in_bonn_and_early_friday_in_baghdad_are_one_night() {
        let bonn = ["Europe/Berlin".to_string(), "Asia/Baghdad".to_string()];
        let baghdad = ["America/New_York".to_string(), "Asia/Baghdad".to_string()];
        let thursday = days(date(2020, 3, 12), None, &bonn);
        let early_friday = days(date(2020, 3, 13), Some(DayPart::Early), &baghdad);
        assert_eq!(judge(&thursday, &early_friday).verdict, Verdict::Compatible);
    }

    #[test]
    fn two_days_apart_in_one_zone_contradict() {
        let zone = ["Asia/Baghdad".to_string()];
        let verdict = judge(
            &days(date(2020, 3, 11), None, &zone),
            &days(date(2020, 3, 13), None, &zone),
        );
        assert_eq!(verdict.verdict, Verdict::Contradict);
    }

    #[test]
    fn dates_a_year_apart_are_different_events() {
        let zone = ["UTC".to_string()];
        let p = DateParams::default();
        assert!(!comparable(
            &days(date(2020, 3, 12), None, &zone),
            &days(date(2021, 2, 25), None, &zone),
            &p
        ));
    }
}
