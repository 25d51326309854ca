//! Comparing times of day: both are turned into minutes after midnight UTC on
//! the day of the event (each in its own zone), then compared with a
//! tolerance that depends on the qualifier ("around" allows more).

use jiff::civil::Date;
use jiff::tz::TimeZone;
use serde::Deserialize;

use super::Judgement;
use crate::normalize::time::{Side, format_minutes};
use crate::verdict::Verdict;

/// Parameters of a `time-of-day` comparison rule.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TimeParams {
    /// Minutes two plain times may differ by.
    #[serde(default)]
    pub exact_minutes: u16,
    /// Minutes two times may differ by when either says "around".
    #[serde(default = "ten")]
    pub approximate_minutes: u16,
    /// Minutes a plain time on the quarter hour ("3:30 a.m.") may differ by
    /// from one off it ("3:33 a.m."): the round one may be the other
    /// rounded. Two round times keep `exact_minutes`.
    #[serde(default)]
    pub rounded_minutes: u16,
    /// How far "shortly before" or "just past" a time may be from it, on
    /// its side only.
    #[serde(default = "thirty")]
    pub near_minutes: u16,
}

fn thirty() -> u16 {
    30
}

fn ten() -> u16 {
    10
}

impl Default for TimeParams {
    fn default() -> Self {
        TimeParams {
            exact_minutes: 0,
            approximate_minutes: ten(),
            rounded_minutes: 0,
            near_minutes: thirty(),
        }
    }
}

/// A time of day on a day, in a zone.
#[derive(Debug, Clone)]
pub struct TimeOfDay<'a> {
    /// Minutes after local midnight.
    pub minutes: u16,
    /// "around".
    pub approximate: bool,
    /// "shortly before", "just past", "by", "after": the side of the time
    /// it is on.
    pub side: Option<Side>,
    /// IANA name or `UTC+H`, if known.
    pub zone: Option<&'a str>,
    /// The day, for the zone's offset on it.
    pub day: Option<Date>,
}

/// The zone's offset from UTC in minutes on `day`.
fn offset_minutes(zone: &str, day: Option<Date>) -> Option<i32> {
    if let Some(rest) = zone.strip_prefix("UTC") {
        return if rest.is_empty() {
            Some(0)
        } else {
            rest.parse::<i32>().ok().map(|h| h * 60)
        };
    }
    let tz = TimeZone::get(zone).ok()?;
    let day = day.unwrap_or(jiff::civil::date(2020, 1, 1));
    let instant = day.at(12, 0, 0, 0).to_zoned(tz).ok()?;
    Some(instant.offset().seconds() / 60)
}

/// The instant of `t` on `day` (local midnight plus its minutes, less the
/// zone's offset).
pub fn instant_on(t: &TimeOfDay<'_>, day: Date) -> Option<jiff::Timestamp> {
    let offset = t
        .zone
        .and_then(|z| offset_minutes(z, Some(day)))
        .unwrap_or(0);
    let midnight = day.at(0, 0, 0, 0).to_zoned(TimeZone::UTC).ok()?.timestamp();
    let minutes = i64::from(t.minutes) - i64::from(offset);
    midnight
        .checked_add(jiff::Span::new().minutes(minutes))
        .ok()
}

/// `t` as people read it.
pub fn describe(t: &TimeOfDay<'_>) -> String {
    shown(t)
}

/// Minutes in a week.
pub const WEEK_MINUTES: u32 = 7 * 1440;
/// Two moments at least this far apart are not one time told on two days'
/// clocks.
pub const HALF_DAY_MINUTES: u32 = 720;

/// Minutes after Monday midnight UTC of `t` on `weekday` (0 for Monday) of
/// its own clock. A time that names no zone is on a clock of its own, read
/// as UTC: compare it only with another such time (see [`same_clock`]).
pub fn week_minutes(t: &TimeOfDay<'_>, weekday: u8) -> Option<u32> {
    let offset = match t.zone {
        Some(zone) => offset_minutes(zone, t.day)?,
        None => 0,
    };
    let local = i64::from(weekday) * 1440 + i64::from(t.minutes);
    u32::try_from((local - i64::from(offset)).rem_euclid(i64::from(WEEK_MINUTES))).ok()
}

fn utc_minutes(t: &TimeOfDay<'_>) -> i32 {
    let offset = t.zone.and_then(|z| offset_minutes(z, t.day)).unwrap_or(0);
    (i32::from(t.minutes) - offset).rem_euclid(1440)
}

fn shown(t: &TimeOfDay<'_>) -> String {
    let around = match t.side {
        Some(side) if side.is_bound() && t.approximate => format!("{} around ", side.words()),
        Some(side) => format!("{} ", side.words()),
        None if t.approximate => "around ".to_string(),
        None => String::new(),
    };
    let zone = t.zone.map_or(String::new(), |z| format!(" ({z})"));
    format!("{around}{}{zone}", format_minutes(t.minutes))
}

/// Read two times on one clock where only one says its zone: a time that
/// names none ("2:09 a.m.") is taken for the local time the other names
/// ("2:09 a.m. PST"). Against a time in UTC nothing says which clock the
/// other is on (local, most likely): `None`, they cannot be compared,
/// unless both read the same.
pub fn same_clock<'a>(a: &mut TimeOfDay<'a>, b: &mut TimeOfDay<'a>) -> Option<()> {
    let (known, unknown) = match (a.zone, b.zone) {
        (Some(_), None) => (&*a, &mut *b),
        (None, Some(_)) => (&*b, &mut *a),
        _ => return Some(()),
    };
    let utc = known.zone == Some("UTC");
    if utc && known.minutes != unknown.minutes {
        return None;
    }
    unknown.zone = known.zone;
    Some(())
}

/// The minutes a time may be at, relative to its own: a side's stretch
/// ("shortly before": the `near_minutes` before it), else its tolerance
/// either way.
fn stretch(t: &TimeOfDay<'_>, params: &TimeParams) -> (i32, i32) {
    let near = i32::from(params.near_minutes);
    let tolerance = i32::from(if t.approximate {
        params.approximate_minutes
    } else {
        params.exact_minutes
    });
    match t.side {
        Some(Side::Before) => (-near, 0),
        Some(Side::After) => (0, near),
        // Any time of the half day before it, up to the time itself.
        Some(Side::NoLater) => (1 - HALF_DAY_MINUTES as i32, tolerance),
        // Any time from it to the half day after.
        Some(Side::NoEarlier) => (-tolerance, HALF_DAY_MINUTES as i32 - 1),
        None => (-tolerance, tolerance),
    }
}

/// Judge two times of which one at least is "shortly before", "just past"
/// or "by" another time: they hold together when their stretches meet.
fn judge_sided(a: &TimeOfDay<'_>, b: &TimeOfDay<'_>, params: &TimeParams) -> Judgement {
    // b's minutes after a's, in -720..720.
    let apart = (utc_minutes(b) - utc_minutes(a) + 720).rem_euclid(1440) - 720;
    let (a_lo, a_hi) = stretch(a, params);
    let (b_lo, b_hi) = stretch(b, params);
    let gap = (apart + b_lo - a_hi).max(a_lo - (apart + b_hi)).max(0);
    let pair = format!("{} against {}", shown(a), shown(b));
    let near = params.near_minutes;
    if apart == 0 && a.side == b.side {
        return Judgement::new(Verdict::Agree, format!("{pair}: the same time"));
    }
    if gap == 0 {
        Judgement::new(
            Verdict::Compatible,
            format!(
                "{pair}: {} minutes apart, on the side its qualifier ('shortly before', 'just past', 'by', 'after') allows ({near} minutes for 'shortly')",
                apart.abs()
            ),
        )
    } else {
        Judgement::new(
            Verdict::Contradict,
            format!(
                "{pair}: {} minutes apart, beyond what its qualifier ('shortly before', 'just past', 'by', 'after') allows ({near} minutes for 'shortly', on its side)",
                apart.abs()
            ),
        )
    }
}

/// Minutes in a quarter hour: a time on one may be a time rounded.
const QUARTER_HOUR: u16 = 15;

/// Judge two times of day.
pub fn judge(a: &TimeOfDay<'_>, b: &TimeOfDay<'_>, params: &TimeParams) -> Judgement {
    if a.side.is_some() || b.side.is_some() {
        return judge_sided(a, b, params);
    }
    let diff = (utc_minutes(a) - utc_minutes(b)).rem_euclid(1440);
    let diff = diff.min(1440 - diff) as u16;
    let approximate = a.approximate || b.approximate;
    let on_quarter = |x: &TimeOfDay<'_>, y: &TimeOfDay<'_>| {
        x.minutes.is_multiple_of(QUARTER_HOUR) && !y.minutes.is_multiple_of(QUARTER_HOUR)
    };
    let rounded = !approximate && (on_quarter(a, b) || on_quarter(b, a));
    let (tolerance, which) = if approximate {
        (params.approximate_minutes, "'around'")
    } else if rounded {
        (params.rounded_minutes, "a time on the quarter hour")
    } else {
        (params.exact_minutes, "a plain time")
    };
    let pair = format!("{} against {}", shown(a), shown(b));
    if diff == 0 {
        let verdict = if a.approximate == b.approximate {
            Verdict::Agree
        } else {
            Verdict::Compatible
        };
        return Judgement::new(verdict, format!("{pair}: the same time"));
    }
    if diff <= tolerance {
        return Judgement::new(
            Verdict::Compatible,
            format!(
                "{pair}: {diff} minutes apart, within the tolerance for {which} ({tolerance} minutes)"
            ),
        );
    }
    Judgement::new(
        Verdict::Contradict,
        format!(
            "{pair}: {diff} minutes apart, beyond the tolerance for {which} ({tolerance} minutes)"
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at<'a>(minutes: u16, approximate: bool, zone: &'a str) -> TimeOfDay<'a> {
        TimeOfDay {
            minutes,
            approximate,
            side: None,
            zone: Some(zone),
            day: Some(jiff::civil::date(2020, 3, 13)),
        }
    }

    /// A plain time that names no zone.
    fn zoneless(minutes: u16) -> TimeOfDay<'static> {
        TimeOfDay {
            zone: None,
            ..at(minutes, false, "")
        }
    }

    #[test]
    fn a_time_without_a_zone_is_read_on_the_other_ones_local_clock() {
        let mut pst = at(129, true, "UTC-8");
        let mut plain = zoneless(129);
        assert!(same_clock(&mut pst, &mut plain).is_some());
        assert_eq!(plain.zone, Some("UTC-8"));
        let verdict = judge(&pst, &plain, &TimeParams::default()).verdict;
        assert_eq!(verdict, Verdict::Compatible);
    }

    #[test]
    fn a_time_without_a_zone_is_not_compared_with_a_different_utc_time() {
        let mut gmt = at(623, false, "UTC");
        let mut local = zoneless(833);
        assert!(same_clock(&mut gmt, &mut local).is_none());
        let mut same = zoneless(623);
        assert!(same_clock(&mut gmt, &mut same).is_some());
    }

    #[test]
    fn around_allows_its_tolerance_and_no_more() {
        let p = TimeParams::default();
        let verdict = judge(
            &at(90, true, "Asia/Baghdad"),
            &at(75, true, "Asia/Baghdad"),
            &p,
        );
        assert_eq!(verdict.verdict, Verdict::Contradict);
        assert!(
            verdict
                .explanation
                .contains("15 minutes apart, beyond the tolerance for 'around'")
        );
        assert_eq!(
            judge(
                &at(90, true, "Asia/Baghdad"),
                &at(85, false, "Asia/Baghdad"),
                &p
            )
            .verdict,
            Verdict::Compatible
        );
    }

    #[test]
    fn a_time_on_the_quarter_hour_allows_its_rounding_against_one_off_it() {
        let p = TimeParams {
            rounded_minutes: 7,
            ..TimeParams::default()
        };
        let verdict = |a, b| judge(&at(a, false, "UTC"), &at(b, false, "UTC"), &p).verdict;
        // 3:30 against 3:33 and 3:37: within the rounding.
        assert_eq!(verdict(210, 213), Verdict::Compatible);
        assert_eq!(verdict(217, 210), Verdict::Compatible);
        // 3:30 against 3:38: beyond the rounding.
        assert_eq!(verdict(210, 218), Verdict::Contradict);
        // Two round times keep the plain tolerance, however wide the
        // rounding's: 3:30 against 3:45.
        let wide = TimeParams {
            rounded_minutes: 20,
            ..TimeParams::default()
        };
        let two_round = judge(&at(210, false, "UTC"), &at(225, false, "UTC"), &wide);
        assert_eq!(two_round.verdict, Verdict::Contradict);
        // Off the quarter hour on both sides: plain times.
        assert_eq!(verdict(212, 213), Verdict::Contradict);
        // None allowed by default.
        let plain = judge(
            &at(210, false, "UTC"),
            &at(213, false, "UTC"),
            &TimeParams::default(),
        );
        assert_eq!(plain.verdict, Verdict::Contradict);
    }

    #[test]
    fn shortly_before_just_past_by_and_after_allow_their_side_only() {
        let p = TimeParams::default();
        let sided = |minutes, side| TimeOfDay {
            side: Some(side),
            ..at(minutes, true, "UTC")
        };
        // The verdict of two times, the same in either order.
        let both_ways = |a: &TimeOfDay<'_>, b: &TimeOfDay<'_>| {
            let verdict = judge(a, b, &p).verdict;
            assert_eq!(judge(b, a, &p).verdict, verdict, "{a:?} {b:?}");
            verdict
        };
        // "Shortly before 9pm" holds with 8:49 and with "about 8:45", not
        // with 9:20 or 8:10.
        let before_nine = sided(1260, Side::Before);
        for (other, verdict) in [
            (at(1249, false, "UTC"), Verdict::Compatible),
            (at(1245, true, "UTC"), Verdict::Compatible),
            (at(1280, false, "UTC"), Verdict::Contradict),
            (at(1210, false, "UTC"), Verdict::Contradict),
        ] {
            assert_eq!(both_ways(&before_nine, &other), verdict, "{other:?}");
        }
        // "Just past midnight" against 11:55 p.m. is a few minutes apart
        // across the day's end, on the wrong side.
        let past_midnight = sided(0, Side::After);
        assert_eq!(
            judge(&past_midnight, &at(10, false, "UTC"), &p).verdict,
            Verdict::Compatible
        );
        assert_eq!(
            judge(&past_midnight, &at(1435, false, "UTC"), &p).verdict,
            Verdict::Contradict
        );
        // "By 10 a.m." holds with any time of the morning before it, not
        // with 11 a.m.; "after 10 a.m." with any time of the half day
        // after it, not with 9 a.m.
        for (side, cases) in [
            (
                Side::NoLater,
                [
                    (560, false, Verdict::Compatible),
                    (240, true, Verdict::Compatible),
                    (660, false, Verdict::Contradict),
                ],
            ),
            (
                Side::NoEarlier,
                [
                    (640, false, Verdict::Compatible),
                    (960, true, Verdict::Compatible),
                    (540, false, Verdict::Contradict),
                ],
            ),
        ] {
            let ten = TimeOfDay {
                side: Some(side),
                ..at(600, false, "UTC")
            };
            for (minutes, approximate, verdict) in cases {
                let other = at(minutes, approximate, "UTC");
                assert_eq!(both_ways(&ten, &other), verdict, "{side:?} {other:?}");
            }
        }
    }

    #[test]
    fn a_weekday_places_a_time_in_the_week_on_its_own_clock() {
        // Saturday 15:20 at UTC+3 is 12:20 UTC; Sunday 12:25 UTC is a day on.
        let saturday = week_minutes(&at(920, false, "UTC+3"), 5);
        let sunday = week_minutes(&at(745, false, "UTC"), 6);
        assert_eq!(saturday, Some(5 * 1440 + 920 - 180));
        assert_eq!(sunday, Some(6 * 1440 + 745));
        assert_eq!(week_minutes(&zoneless(30), 2), Some(2 * 1440 + 30));
    }

    #[test]
    fn one_instant_in_two_zones_agrees() {
        // 07:37 UTC is 3:37 EDT.
        let p = TimeParams::default();
        let verdict = judge(
            &at(457, false, "UTC"),
            &at(217, false, "America/New_York"),
            &p,
        );
        assert_eq!(verdict.verdict, Verdict::Agree);
    }
}
