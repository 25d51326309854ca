//! Times of day: "1:30 a.m.", "around 1:15 am local time", "1353 (1023
//! GMT)", "09:10 hours", "0737 GMT", "7:37 AM local time".
//!
//! In: text. Out: [`TimeMatch`]es with minutes after midnight, whether the
//! time is approximate, and what the text says of its zone. Which zone "local
//! time" or a bare time means is the extractor's business (it knows the
//! place); this module only reads the words.

use std::sync::LazyLock;

use regex::Regex;
use serde::Serialize;

use crate::language::{DAY_PART_LINKS, DAY_PARTS, GAME_PERIODS, Table, ZONES};

/// What the text says about a time's zone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "type", content = "name")]
pub enum ZoneHint {
    /// Nothing: the place the article is about, else the article's zone.
    Unspecified,
    /// "local time": the place of the event.
    Local,
    /// A named zone or offset: GMT, UTC, BST, AEST, MST … as a fixed offset
    /// in seconds east of UTC.
    Fixed(i32),
    /// A region's clock, named by an abbreviation writers use for it in
    /// summer and winter alike ("2:09 a.m. PST" in March, when California
    /// keeps daylight time): the region's IANA zone (`zones.tsv`, third
    /// field), and the offset the abbreviation states, in seconds east of
    /// UTC, for a bracketed reading ("(11 p.m. EDT Monday)"). The zone
    /// wins over the stated offset: "EDT" in January is New York's EST.
    Regional(&'static str, i32),
    /// Nothing, but the same instant follows in brackets in a fixed zone
    /// ("22:05 this evening (06:05 GMT)"): the offset, in seconds east of
    /// UTC, their difference gives. A difference of a day is lost, so it
    /// is one of two offsets a day apart where both are real (UTC-12 and
    /// UTC+12): the place's zone, where known, says which.
    Paired(i32),
}

/// Offsets this many seconds or more from UTC have a twin a day away that
/// is also a real zone (UTC-12 and UTC+12, UTC-11 and UTC+13).
const AMBIGUOUS_OFFSET: i32 = 10 * 3600;

impl ZoneHint {
    /// The zone a time is in (an IANA name or `UTC±H`), given the zone of
    /// the place its sentence names and the article's zone. Words that name
    /// a zone win; "local time" is the place's; a bracketed reading's
    /// offset ([`ZoneHint::Paired`]) yields to the place's zone and stands
    /// where only one offset fits; nothing said is the place's, else the
    /// article's.
    pub fn resolve(&self, place: Option<&str>, article: Option<&str>) -> Option<String> {
        match *self {
            ZoneHint::Fixed(seconds) => Some(fixed_zone(seconds)),
            ZoneHint::Regional(zone, _) => Some(zone.to_string()),
            ZoneHint::Paired(seconds) => place
                .map(str::to_string)
                .or_else(|| (seconds.abs() < AMBIGUOUS_OFFSET).then(|| fixed_zone(seconds))),
            ZoneHint::Local => place.map(str::to_string),
            ZoneHint::Unspecified => place.or(article).map(str::to_string),
        }
    }
}

/// A fixed offset as a zone name: `UTC`, `UTC-8`.
fn fixed_zone(seconds: i32) -> String {
    if seconds == 0 {
        "UTC".to_string()
    } else {
        format!("UTC{:+}", seconds / 3600)
    }
}

/// Which side of a time its qualifier puts the moment on: "shortly before
/// 9 p.m.", "nearly 11 p.m." (before); "just past 2:30 a.m.", "shortly after
/// midnight" (after); "by 10 a.m.", "before 10 a.m." (at it or any time
/// before); "after 10 a.m." (at it or any time after).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    /// A little before the time.
    Before,
    /// A little after the time.
    After,
    /// At the time or earlier: a deadline ("rescued by 10 a.m.").
    NoLater,
    /// At the time or later: "began after 10 a.m.".
    NoEarlier,
}

impl Side {
    /// The side a qualifier names, if it names one.
    fn of(qualifier: &str) -> Option<Side> {
        let lower = qualifier.to_lowercase();
        if ["before", "nearly", "almost"]
            .iter()
            .any(|w| lower.contains(w))
        {
            Some(Side::Before)
        } else if ["after", "past"].iter().any(|w| lower.contains(w)) {
            Some(Side::After)
        } else {
            None
        }
    }

    /// True for a bound ("by", "after"), which may itself be approximate
    /// ("by about 10am"); a near side ("shortly before") already is.
    pub fn is_bound(self) -> bool {
        matches!(self, Side::NoLater | Side::NoEarlier)
    }

    /// How people say it, before the time.
    pub fn words(self) -> &'static str {
        match self {
            Side::Before => "just before",
            Side::After => "just after",
            Side::NoLater => "by",
            Side::NoEarlier => "after",
        }
    }
}

/// A time of day found in text.
#[derive(Debug, Clone, PartialEq)]
pub struct TimeMatch {
    /// First byte (of the qualifier, where there is one).
    pub start: usize,
    /// One past the last byte (of the zone words, where there are some).
    pub end: usize,
    /// Minutes after midnight, 0..1440.
    pub minutes: u16,
    /// "around", "about", "shortly after" …
    pub approximate: bool,
    /// The side of the time "shortly before", "just past", "by", "before"
    /// or "after" puts it on.
    pub side: Option<Side>,
    /// The zone as the text gives it.
    pub zone: ZoneHint,
}

static TIME: LazyLock<Regex> = LazyLock::new(|| {
    let zones = Table::alternation(ZONES.words());
    Regex::new(&format!(
        r"(?ix)
        (?:(?P<by>\b(?:by|before)\s+)|(?P<after>\bafter\s+))?
        (?P<qual>\b(?:at\s+)?(?:around|about|approximately|roughly|nearly|almost|(?:shortly|just|a\s+little)\s+(?:after|before|past))\s+)?
        (?:
            \b(?P<h12>\d{{1,2}})(?:[:.](?P<m12>\d{{2}}))?\s*(?P<ampm>[ap]\.?\s?m\b\.?)
          | \b(?P<h24>[01]?\d|2[0-3]):(?P<m24>[0-5]\d)(?:\s*(?:hours|hrs|h)\b)?
          | \b(?P<hhmm>(?:[01]\d|2[0-3])[0-5]\d)(?:\s*(?:hours|hrs|h)\b|\s*(?:GMT|UTC)\b)
          | \b(?P<noon>noon|midday|midnight)\b
        )
        (?P<zone>\s*(?:local\s+time|\(?(?:{zones})\b\)?))?"
    ))
    .expect("time pattern is valid")
});

/// What follows a clock reading that counts time in a game or bout: "of
/// the sixth round", "into the second half", "left in the quarter", "to
/// play", "the 2:15 mark", "6:00 minutes remaining".
static GAME_CLOCK: LazyLock<Regex> = LazyLock::new(|| {
    let periods = Table::alternation(GAME_PERIODS.words());
    Regex::new(&format!(
        r"(?i)^\s+(?:minutes?\s+)?(?:(?:of|into|in)\s+(?:the\s+)?(?:\w+\s+)?(?:{periods})\b|(?:left|remaining|to\s+go|to\s+play|mark)\b)"
    ))
    .expect("game clock pattern is valid")
});

/// A period of a game or bout named earlier in the sentence: an ordinal
/// after "the" with a period's noun ("in the sixth round"), or an ordinal
/// word alone after "in the" before a comma ("dropped him again in the
/// fourth, and … stopped the fight at 1:48"); a bare clock reading after one
/// counts time in it.
static PERIOD_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    let periods = Table::alternation(GAME_PERIODS.words());
    let ordinals = Table::alternation(
        crate::language::NUMBERS
            .rows()
            .iter()
            .filter(|row| row.get(2) == Some(&"ordinal"))
            .map(|row| row[0]),
    );
    Regex::new(&format!(
        r"(?i)\bthe\s+(?:{ordinals}|\d+(?:st|nd|rd|th))\s+(?:{periods})\b|\bin\s+the\s+(?:{ordinals})\s*[,;]"
    ))
    .expect("period pattern is valid")
});

/// Every time of day in `text`, in order.
pub fn find_times(text: &str) -> Vec<TimeMatch> {
    let mut found = times(text);
    zone_from_pairs(text, &mut found);
    meridiem_from_ranges(text, &mut found);
    found
}

/// "between 10:37 and 10:58 p.m.", "10:37 to 10:58 p.m.": a bare clock time
/// that opens a range shares the "p.m." of the time closing it, where that
/// keeps it before the close, and any opener shares the close's zone
/// ("6:20-6:50 a.m. PT").
fn meridiem_from_ranges(text: &str, found: &mut [TimeMatch]) {
    const NOON: u16 = 12 * 60;
    for i in 1..found.len() {
        let joins = matches!(
            text[found[i - 1].end..found[i].start].trim(),
            "and" | "to" | "until" | "till" | "-" | "–"
        );
        if joins && found[i - 1].zone == ZoneHint::Unspecified {
            found[i - 1].zone = found[i].zone.clone();
        }
        let (first, second) = (&found[i - 1], &found[i]);
        let bare = text[first.start..first.end]
            .split_once(':')
            .is_some_and(|(h, m)| {
                h.len() <= 2
                    && m.len() == 2
                    && h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit())
            });
        // The close's own "p.m." ("PDT" or "approximately" is none), or a
        // part of the day that put the close after noon ("between 7:00
        // and 9:00 in the evening").
        let closing = text[second.start..second.end].to_lowercase();
        let by_day_part = closing
            .rsplit(char::is_whitespace)
            .next()
            .and_then(|written| written.split_once(':'))
            .and_then(|(hour, _)| hour.parse::<u16>().ok())
            .is_some_and(|hour| hour < 12);
        let afternoon = (closing.contains("p.m") || closing.contains("pm") || by_day_part)
            && second.minutes >= NOON;
        if bare
            && afternoon
            && joins
            && (60..NOON).contains(&first.minutes)
            && first.minutes + NOON <= second.minutes
        {
            found[i - 1].minutes += NOON;
        }
    }
}

/// The most words between a local time and the bracket that opens its
/// fixed-zone reading ("22:05 this evening (06:05 GMT").
const PAIR_GAP_WORDS: usize = 4;

/// "at 22:05 this evening (06:05 GMT Friday)": a time whose zone the text
/// leaves to the place, followed in brackets by the same instant in a fixed
/// zone, is in the zone their difference gives (here UTC-8): see
/// [`ZoneHint::Paired`]. Only whole hours are read so.
fn zone_from_pairs(text: &str, found: &mut [TimeMatch]) {
    for i in 1..found.len() {
        let (first, second) = (&found[i - 1], &found[i]);
        let fixed = match second.zone {
            ZoneHint::Fixed(fixed) | ZoneHint::Regional(_, fixed) => fixed,
            _ => continue,
        };
        let gap = &text[first.end..second.start];
        let Some(words) = gap.trim_end().strip_suffix('(') else {
            continue;
        };
        let plain = words.chars().all(|c| c.is_alphabetic() || c == ' ');
        if first.zone == ZoneHint::Unspecified
            && plain
            && words.split_whitespace().count() <= PAIR_GAP_WORDS
        {
            let apart = (i32::from(first.minutes) - i32::from(second.minutes)) * 60 + fixed;
            let offset = (apart + 12 * 3600).rem_euclid(24 * 3600) - 12 * 3600;
            if offset % 3600 == 0 {
                found[i - 1].zone = ZoneHint::Paired(offset);
            }
        }
    }
}

/// A part of the day (`day-parts.tsv`) right after a bare clock time, up
/// to three words of `day-part-links.tsv` or a day's name between ("at 9:30
/// in the evening", "at 7:15 Tuesday night", "about 5:00 on the night of
/// May 29th"), or right before it ("Friday evening at 8:15").
static DAY_PART_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    let parts = Table::alternation(DAY_PARTS.words());
    let links = Table::alternation(DAY_PART_LINKS.words());
    Regex::new(&format!(
        r"(?i)^\s*,?\s*(?:(?:{links}|\p{{L}}+day)\s+){{0,3}}(?P<part>{parts})\b(?P<next>\s+\p{{L}}+)?"
    ))
    .expect("day part pattern is valid")
});
static DAY_PART_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    let parts = Table::alternation(DAY_PARTS.words());
    Regex::new(&format!(r"(?i)\b(?P<part>{parts})\s+(?:at\s+)?$"))
        .expect("day part pattern is valid")
});

/// True when a part of the day next to a bare clock time of `hour` puts it
/// after noon (`day-parts.tsv` gives the hours each part does it for). A
/// part that modifies a noun after it ("at 5:00 the night shift began")
/// names no part of the day.
fn day_part_after_noon(before: &str, after: &str, hour: u16) -> bool {
    let part = DAY_PART_AFTER
        .captures(after)
        .filter(|found| {
            found.name("next").is_none_or(|next| {
                let next = next.as_str().trim_start();
                !next.starts_with(char::is_lowercase) || crate::language::is_function_word(next)
            })
        })
        .and_then(|found| found.name("part"))
        .or_else(|| DAY_PART_BEFORE.captures(before)?.name("part"));
    let Some(part) = part else {
        return false;
    };
    let hour_of = |column| {
        DAY_PARTS
            .field(&part.as_str().to_lowercase(), column)
            .and_then(|h| h.parse::<u16>().ok())
    };
    matches!((hour_of(1), hour_of(2)), (Some(first), Some(last)) if (first..=last).contains(&hour))
}

fn times(text: &str) -> Vec<TimeMatch> {
    TIME.captures_iter(text)
        .filter_map(|c| {
            let whole = c.get(0)?;
            // "at 2:56 of the sixth round", "in the fourth, … at 1:48": time
            // elapsed, not of day.
            if c.name("h24").is_some()
                && c.name("zone").is_none()
                && (GAME_CLOCK.is_match(&text[whole.end()..])
                    || PERIOD_BEFORE.is_match(&text[..whole.start()]))
            {
                return None;
            }
            let num = |name: &str| c.name(name).and_then(|m| m.as_str().parse::<u16>().ok());
            let (hour, minute) = if let Some(h) = num("h12") {
                let pm = c.name("ampm")?.as_str().to_lowercase().starts_with('p');
                if !(1..=12).contains(&h) {
                    return None;
                }
                ((h % 12) + if pm { 12 } else { 0 }, num("m12").unwrap_or(0))
            } else if let Some(word) = c.name("noon") {
                // "midnight regulations", "a noon deadline": a word that
                // modifies the noun after it names no moment.
                let next = text[whole.end()..]
                    .strip_prefix(' ')
                    .and_then(|rest| rest.split(|ch: char| !ch.is_alphabetic()).next())
                    .unwrap_or("");
                // Only after a determiner or a possessive ("the midday close",
                // "Bush's midnight rules"): "at midday here" is a moment.
                // '"These midnight rules': the quotation mark is no part of
                // the word.
                let previous = text[..whole.start()]
                    .split_whitespace()
                    .next_back()
                    .unwrap_or("")
                    .trim_start_matches(|ch: char| !ch.is_alphanumeric())
                    .to_lowercase();
                let determined = crate::language::DETERMINERS.contains(&previous)
                    || crate::language::ARTICLES.contains(&previous)
                    || previous.ends_with("'s")
                    || previous.ends_with("’s")
                    || previous.ends_with("-called");
                let modifies = c.name("zone").is_none()
                    && determined
                    && next.starts_with(char::is_lowercase)
                    && !crate::language::is_function_word(next)
                    && !crate::language::is_calendar_word(next);
                if modifies {
                    return None;
                }
                let midnight = word.as_str().eq_ignore_ascii_case("midnight");
                (if midnight { 0 } else { 12 }, 0)
            } else if let Some(h) = num("h24") {
                // "9:30 EST Tuesday night" is after noon: a region's clock
                // (`zones.tsv` third field) or local time is read in twelve
                // hours, unless its hour has a leading zero ("09:30 EST");
                // "9:15 GMT", "09:30 CET" are a 24-hour clock's.
                let leading_zero = c.name("h24").is_some_and(|m| m.as_str().starts_with('0'));
                let twelve_hour = c.name("zone").is_none_or(|zone| {
                    !leading_zero
                        && matches!(
                            zone_of(zone.as_str()),
                            ZoneHint::Regional(..) | ZoneHint::Local
                        )
                });
                let after_noon = twelve_hour
                    && day_part_after_noon(&text[..whole.start()], &text[whole.end()..], h);
                (if after_noon { h + 12 } else { h }, num("m24")?)
            } else {
                let hhmm = num("hhmm")?;
                (hhmm / 100, hhmm % 100)
            };
            if minute >= 60 {
                return None;
            }
            let mut zone = zone_of(c.name("zone").map_or("", |m| m.as_str()));
            // "0737 GMT": the zone was read as part of the number.
            if c.name("hhmm").is_some() && zone == ZoneHint::Unspecified {
                zone = zone_of(whole.as_str().rsplit(' ').next().unwrap_or(""));
            }
            let end = c
                .name("zone")
                .map(|z| z.start() + z.as_str().trim_end_matches(')').len())
                .unwrap_or(whole.end());
            Some(TimeMatch {
                start: whole.start(),
                end: if c.name("zone").is_some() {
                    end
                } else {
                    whole.end()
                },
                minutes: hour * 60 + minute,
                approximate: c.name("qual").is_some(),
                side: if c.name("by").is_some() {
                    // "not expected to open before 11 p.m.": denied, the
                    // bound turns round ("not sold by noon" keeps
                    // its deadline).
                    let before = c.name("by").is_some_and(|b| {
                        b.as_str()
                            .get(..6)
                            .is_some_and(|w| w.eq_ignore_ascii_case("before"))
                    });
                    if before && denied(&text[..whole.start()]) {
                        Some(Side::NoEarlier)
                    } else {
                        Some(Side::NoLater)
                    }
                } else if c.name("after").is_some() {
                    Some(Side::NoEarlier)
                } else {
                    c.name("qual").and_then(|q| Side::of(q.as_str()))
                },
                zone,
            })
        })
        .collect()
}

/// The most words back from a bound that a negation still denies.
const NEGATION_REACH: usize = 6;

/// True when a word of `negations.tsv` stands among the last few words of
/// `before`, with no mark of punctuation and no article after it: the
/// clause is denied ("could not confirm the man fled before 2 a.m." denies
/// the confirming, not the time).
fn denied(before: &str) -> bool {
    before
        .split_whitespace()
        .rev()
        .take(NEGATION_REACH)
        .take_while(|w| {
            !w.ends_with([',', ';', ':', '.'])
                && !crate::language::ARTICLES.contains(&w.to_lowercase())
        })
        .any(|w| crate::language::NEGATIONS.contains(&w.to_lowercase().replace('’', "'")))
}

fn zone_of(words: &str) -> ZoneHint {
    let key = words
        .trim_matches(|c: char| c.is_whitespace() || c == '(' || c == ')')
        .to_lowercase();
    if key.starts_with("local") {
        return ZoneHint::Local;
    }
    let Some(seconds) = ZONES
        .field(&key, 1)
        .and_then(|hours| hours.parse::<i32>().ok())
        .map(|hours| hours * 3600)
    else {
        return ZoneHint::Unspecified;
    };
    match ZONES.field(&key, 2) {
        Some(region) => ZoneHint::Regional(region, seconds),
        None => ZoneHint::Fixed(seconds),
    }
}

/// `minutes` as `H:MM a.m.` for people.
pub fn format_minutes(minutes: u16) -> String {
    let (h, m) = (minutes / 60, minutes % 60);
    let (h12, half) = match h {
        0 => (12, "a.m."),
        1..=11 => (h, "a.m."),
        12 => (12, "p.m."),
        _ => (h - 12, "p.m."),
    };
    format!("{h12}:{m:02} {half}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str) -> TimeMatch {
        let found = find_times(text);
        assert_eq!(found.len(), 1, "one time in {text:?}: {found:?}");
        found[0].clone()
    }

    #[test]
    fn a_local_time_with_its_reading_in_a_fixed_zone_takes_that_offset() {
        let text = "The blast came at 22:05 this evening (06:05 GMT Friday) near the port.";
        let found = find_times(text);
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].zone, ZoneHint::Paired(-8 * 3600));
        assert_eq!(found[1].zone, ZoneHint::Fixed(0));
        // Only the time right before the bracket takes its offset.
        let apart = find_times("It began at 9:00, lasted until 11:00 (1500 GMT).");
        assert_eq!(apart[0].zone, ZoneHint::Unspecified);
        assert_eq!(apart[1].zone, ZoneHint::Paired(-4 * 3600));
        let auckland = find_times("It struck at midnight (1200 GMT).");
        assert_eq!(auckland[0].zone, ZoneHint::Paired(-12 * 3600));
        // A US zone in the bracket gives its stated offset too.
        let us = find_times("It struck at 6:00 Tuesday (11 p.m. EDT Monday).");
        assert_eq!(us[0].zone, ZoneHint::Paired(3 * 3600));
    }

    #[test]
    fn a_zone_said_wins_and_a_paired_offset_yields_to_the_place() {
        let paris = Some("Europe/Paris");
        let ny = Some("America/New_York");
        assert_eq!(
            ZoneHint::Fixed(0).resolve(paris, ny).as_deref(),
            Some("UTC")
        );
        assert_eq!(
            ZoneHint::Fixed(3 * 3600).resolve(None, None).as_deref(),
            Some("UTC+3")
        );
        assert_eq!(
            ZoneHint::Paired(-8 * 3600).resolve(None, ny).as_deref(),
            Some("UTC-8")
        );
        assert_eq!(ZoneHint::Paired(3600).resolve(paris, ny).as_deref(), paris);
        assert_eq!(ZoneHint::Paired(-12 * 3600).resolve(None, ny), None);
        assert_eq!(ZoneHint::Local.resolve(None, ny), None);
        assert_eq!(ZoneHint::Unspecified.resolve(None, ny).as_deref(), ny);
    }

    #[test]
    fn a_bare_time_opening_a_range_shares_its_closing_pm() {
        let minutes = |text: &str| {
            find_times(text)
                .iter()
                .map(|t| t.minutes)
                .collect::<Vec<_>>()
        };
        // The first two share the close's "p.m."; where the morning reading
        // stays before the close, or nothing joins the two, the bare time
        // keeps it; a close in the 24-hour clock has no "p.m." to share,
        // whatever words with a "p" stand by it.
        // Minutes after midnight: 1357 is 10:37 p.m.
        let cases: [(&str, [u16; 2]); 5] = [
            ("Between 10:37 and 10:58 p.m. the phone rang.", [1357, 1378]),
            (
                "The session runs from 6:00 to 9:00 P.M. each day.",
                [1080, 1260],
            ),
            ("From 9:30 to 1:15 p.m. the road was shut.", [570, 795]),
            (
                "At 10:37 the alarm went; at 10:58 p.m. it stopped.",
                [637, 1378],
            ),
            (
                "From 9:00 to approximately 21:00 the road was shut.",
                [540, 1260],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(minutes(text), want, "{text}");
        }
    }

    #[test]
    fn twelve_hour_times_with_qualifiers() {
        let text = "took place around 1:30 a.m., according to";
        let t = one(text);
        assert_eq!(&text[t.start..t.end], "around 1:30 a.m.");
        assert_eq!(t.minutes, 90);
        assert!(t.approximate);
        assert_eq!(t.zone, ZoneHint::Unspecified);
        assert_eq!(t.side, None);
        // "by", "before" and "after" alone bound the time on one side; they
        // are not an approximation.
        for (text, evidence, side) in [
            ("out by 9:15 p.m. that", "by 9:15 p.m.", Side::NoLater),
            ("left before 7 a.m. on", "before 7 a.m.", Side::NoLater),
            ("began after 10 a.m. and", "after 10 a.m.", Side::NoEarlier),
            (
                "was not expected to open before 11 p.m. on",
                "before 11 p.m.",
                Side::NoEarlier,
            ),
            (
                "won't be done before 5 p.m. on",
                "before 5 p.m.",
                Side::NoEarlier,
            ),
            ("not sold by 5 p.m. on", "by 5 p.m.", Side::NoLater),
            (
                "could not confirm the man fled before 2 a.m. on",
                "before 2 a.m.",
                Side::NoLater,
            ),
            (
                "did not stop. It left before 7 a.m.",
                "before 7 a.m.",
                Side::NoLater,
            ),
        ] {
            let t = one(text);
            assert_eq!((&text[t.start..t.end], t.side), (evidence, Some(side)));
            assert!(!t.approximate, "{text}");
        }
        for (text, evidence, side) in [
            (
                "stopped just past 2:30 a.m. in",
                "just past 2:30 a.m.",
                Side::After,
            ),
            ("ended nearly 11 p.m. that", "nearly 11 p.m.", Side::Before),
            (
                "struck a little before 10 p.m. on",
                "a little before 10 p.m.",
                Side::Before,
            ),
            (
                "all rescued by about 10am on",
                "by about 10am",
                Side::NoLater,
            ),
            (
                "called shortly before 9pm on",
                "shortly before 9pm",
                Side::Before,
            ),
        ] {
            let t = one(text);
            assert!(t.approximate, "{text}");
            assert_eq!(t.side, Some(side), "{text}");
            assert_eq!(&text[t.start..t.end], evidence);
        }
    }

    #[test]
    fn local_time_is_kept_as_a_zone_hint() {
        let text = "army around 1:15 am local time. The";
        let t = one(text);
        assert_eq!(&text[t.start..t.end], "around 1:15 am local time");
        assert_eq!((t.minutes, t.zone), (75, ZoneHint::Local));
    }

    #[test]
    fn nbsp_between_time_and_meridiem() {
        let t = one("at 1:15\u{a0}a.m. Friday");
        assert_eq!(t.minutes, 75);
    }

    #[test]
    fn twenty_four_hour_times_and_named_zones() {
        let text = "The quake struck at 0737 GMT on Monday";
        let t = one(text);
        assert_eq!((t.minutes, t.zone.clone()), (457, ZoneHint::Fixed(0)));
        assert_eq!(&text[t.start..t.end], "0737 GMT");
        assert_eq!(one("at 09:10 hours local").minutes, 550);
        assert_eq!(one("7:37 AM local time").zone, ZoneHint::Local);
        assert_eq!(one("3:37 a.m. BST").zone, ZoneHint::Fixed(3600));
        // US zones are their region's clock, daylight time or not.
        assert_eq!(
            one("3:37 a.m. EDT").zone,
            ZoneHint::Regional("America/New_York", -4 * 3600)
        );
        assert_eq!(
            one("2:09 a.m. PST").zone.resolve(None, None).as_deref(),
            Some("America/Los_Angeles")
        );
        assert_eq!(one("9 p.m.").minutes, 21 * 60);
        assert_eq!(one("12:05 a.m.").minutes, 5);
    }

    #[test]
    fn plain_numbers_and_years_are_not_times() {
        assert!(find_times("in 2014 some 5,200 troops and 1.5 million").is_empty());
        assert!(find_times("a 6.1 quake").is_empty());
    }

    #[test]
    fn minutes_format_for_people() {
        assert_eq!(format_minutes(90), "1:30 a.m.");
        assert_eq!(format_minutes(0), "12:00 a.m.");
        assert_eq!(format_minutes(13 * 60 + 53), "1:53 p.m.");
    }
}
