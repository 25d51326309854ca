//! The date patterns (built from the month, weekday and number tables) and
//! how each form resolves against a publication date.

use std::sync::LazyLock;

use jiff::civil::{Date, Weekday};
use jiff::{Span, ToSpan};
use regex::{Captures, Regex};

use super::{DateContext, DateMatch, DayPart};
use crate::language::{HOLIDAYS, MONTHS, NUMBERS, QUALIFIERS, Table, VAGUE, WEEKDAYS};

/// The most years a span of years runs ("the 1998-1999 season", "the
/// 1939-45 war"); a longer one is no span of one thing.
const MAX_YEAR_SPAN: i16 = 10;
/// Days back from publication within which a month and day without a year
/// is the recent one even where the text gave that day with an older year.
const STATED_REACH_DAYS: i32 = 31;
/// Days either side of a day given with its year within which a month and
/// day without one is of that year ("March 29, 2013 … March 30").
const STATED_NEAR_DAYS: i32 = 7;

/// A month's name or abbreviation (from `months.tsv`), as a named group.
static MONTH: LazyLock<String> =
    LazyLock::new(|| format!("(?P<month>{})", Table::alternation(MONTHS.words())));

/// A second month joined to the first ("in May and June"), as a named group.
static THEN_MONTH: LazyLock<String> =
    LazyLock::new(|| format!("(?P<then>{})", Table::alternation(MONTHS.words())));

/// A holiday's name (from `holidays.tsv`), as a named group: its
/// apostrophe matches a straight or curly one, or none.
static HOLIDAY: LazyLock<String> = LazyLock::new(|| {
    format!(
        "(?P<holiday>{})",
        Table::alternation(HOLIDAYS.words()).replace('\'', "['’]?")
    )
});

/// A weekday's full name (from `weekdays.tsv`), as a named group.
static WEEKDAY: LazyLock<String> = LazyLock::new(|| {
    format!(
        "(?P<weekday>{})",
        Table::alternation(WEEKDAYS.where_field(2, "name"))
    )
});

/// The number words a window or an offset counts in ("the last six months").
static SMALL_NUMBER: LazyLock<String> = LazyLock::new(|| {
    Table::alternation(
        NUMBERS
            .rows()
            .iter()
            .filter(|r| r[2] == "unit" && r[1].parse::<u8>().is_ok_and(|v| (1..=12).contains(&v)))
            .map(|r| r[0]),
    )
});

/// The tens in words ("twenty" to "ninety"), alone or before a unit
/// ("thirty years ago", "twenty-five years ago").
static TENS_NUMBER: LazyLock<String> = LazyLock::new(|| {
    let tens = Table::alternation(
        NUMBERS
            .rows()
            .iter()
            .filter(|r| r[2] == "ten")
            .map(|r| r[0]),
    );
    let units = Table::alternation(
        NUMBERS
            .rows()
            .iter()
            .filter(|r| r[2] == "unit" && r[1].parse::<u8>().is_ok_and(|v| (1..=9).contains(&v)))
            .map(|r| r[0]),
    );
    format!(r"(?:{tens})(?:[\s-](?:{units}))?")
});

/// The qualifiers in words (`qualifiers.tsv`; not the signs) that bound or
/// round a count of weeks or years ago ("roughly one week ago", "more than a
/// year ago"). A participle alone is a verb there ("the ministry estimated
/// a month ago").
static QUALIFIER: LazyLock<String> = LazyLock::new(|| {
    Table::alternation(QUALIFIERS.words().filter(|w| {
        w.starts_with(|c: char| c.is_alphabetic()) && (w.contains(' ') || !w.ends_with("ed"))
    }))
});

/// All patterns at once, to learn in one pass which can match a sentence.
/// A filter, so it may match more than the patterns do: its word
/// boundaries are ASCII ones, which the fast search can test on any text
/// (a Unicode `\b` sends a set to the slow one at the first byte beyond
/// ASCII, and news copy has curly quotes in every paragraph). An ASCII
/// boundary stands wherever a Unicode one does beside an ASCII letter,
/// digit or mark, which is all these patterns put a `\b` next to.
pub(super) static ANY: LazyLock<regex::RegexSet> = LazyLock::new(|| {
    regex::RegexSet::new(
        PATTERNS
            .iter()
            .map(|(_, r)| r.as_str().replace(r"\b", r"(?-u:\b)")),
    )
    .expect("date patterns are valid")
});

/// Vague amounts (`vague.tsv`) a count of days or years ago may be: "a few
/// days ago", "several months ago".
static VAGUE_COUNT: LazyLock<String> = LazyLock::new(|| Table::alternation(VAGUE.words()));

pub(super) static PATTERNS: LazyLock<Vec<(Form, Regex)>> = LazyLock::new(|| {
    let (month, weekday, small): (&str, &str, &str) = (&MONTH, &WEEKDAY, &SMALL_NUMBER);
    let tens: &str = &TENS_NUMBER;
    let then: &str = &THEN_MONTH;
    let holiday: &str = &HOLIDAY;
    let qualifier: &str = &QUALIFIER;
    let vague: &str = &VAGUE_COUNT;
    let p = |form, pattern: &str| {
        let regex = Regex::new(&format!("(?i){pattern}")).expect("date pattern is valid");
        (form, regex)
    };
    vec![
        p(
            Form::Numeric,
            r"\b(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>\d{4})\b",
        ),
        p(Form::Iso, r"\b(?P<year>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b"),
        p(
            Form::MonthDay,
            &format!(
                r"\b(?:(?P<pre>early|late)\s+(?:on\s+)?)?(?:(?:(?:next|last|this\s+coming)\s+)?{weekday},?\s+)?{month}\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>\d{{4}})\b)?"
            ),
        ),
        p(
            Form::MonthDay,
            &format!(
                r"\b(?:(?:(?:next|last|this\s+coming)\s+)?{weekday},?\s+(?:the\s+)?)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{month}\b\.?(?:,?\s+(?P<year>\d{{4}})\b)?"
            ),
        ),
        p(
            Form::Holiday,
            &format!(r"\bon\s+{holiday}\b(?:\s+(?:in\s+)?(?P<year>(?:19|20)\d{{2}})\b)?"),
        ),
        p(
            Form::Weekday,
            &format!(
                r"\b(?:(?P<pre>early|late)\s+(?:on\s+)?|in\s+the\s+(?P<hours>early\s+hours|small\s+hours)\s+of\s+|(?P<last>last)\s+|(?P<next>next|this\s+coming)\s+)?{weekday}(?:['’]s)?(?:\s+(?P<post>morning|afternoon|evening|night))?(?:\s+(?:of\s+)?(?P<week>last|this|next)\s+week)?\b"
            ),
        ),
        p(
            Form::Relative,
            r"\b(?:(?P<pre>early|late)\s+)?(?P<word>today|yesterday|tomorrow|tonight|overnight|last\s+night|last\s+evening|this\s+(?:morning|afternoon|evening))(?:\s+(?P<post>morning|afternoon|evening|night))?\b",
        ),
        p(
            Form::DayOffset,
            &format!(
                r"\b(?:a|one|the)\s+day\s+(?P<dir>earlier|later)\b|\bthe\s+(?P<prev>previous|next)\s+day\b|\b(?P<n>{small}|\d)\s+days\s+(?P<ago>ago|earlier|later)\b"
            ),
        ),
        p(
            Form::Ago,
            &format!(
                r"\b(?:(?P<about>{qualifier})\s+)?(?:(?P<n>an?|one|{tens}|{small}|\d[\d,]*)|(?P<vague>{vague}))\s+(?P<unit>days?|weeks?|fortnights?|months?|years?)\s+ago\b"
            ),
        ),
        p(
            Form::YearPart,
            r"\b(?:the\s+)?(?:(?P<half>first|second)\s+half|(?P<end>end))\s+of\s+(?P<which>the|this|next|last)\s+year\b|\b(?P<yearend>year[\s-]end)\b|\b(?:the\s+)?(?P<new>new\s+year)\b",
        ),
        p(
            Form::MonthEnd,
            &format!(r"\b(?:the\s+)?end\s+of\s+{month}\b"),
        ),
        // "in November-end" starts where "in November" does, and is longer.
        p(Form::MonthEnd, &format!(r"\b(?:in\s+)?{month}[\s-]end\b")),
        p(
            Form::Span,
            r"\b(?:(?P<earlier>earlier)\s+|(?P<part>early|mid|late)[\s-]+)?(?P<which>last|this|next)\s+(?P<unit>year|month|week)\b",
        ),
        p(
            Form::Window,
            &format!(
                r"\b(?:in|over|during|within)\s+the\s+(?:(?P<past>last|past)\s+(?:(?P<n>\d+|{small})\s+)?|(?:next|coming)\s+)(?P<unit>days?|weeks?|months?|years?)\b"
            ),
        ),
        // "from 1995 to 1998", "between 2001 and 2004": the years between;
        // "in 2009 and 2010", "in 2009 or 2010": two years running, the
        // years the claim spans ("in 1997 and 2001" is two years apart: the
        // first alone, by the next pattern).
        p(
            Form::Year,
            r"\b(?:from|between)\s+(?P<year>(?:19|20)\d{2})\s+(?:to|and|through|until)\s+(?P<through>(?:19|20)\d{2})\b",
        ),
        // "ran the mill in 1991 to 1996": the years between too.
        p(
            Form::Year,
            r"\bin\s+(?P<year>(?:19|20)\d{2})\s+(?:to|through|until)\s+(?P<through>(?:19|20)\d{2})\b",
        ),
        p(
            Form::Year,
            r"\bin\s+(?P<year>(?:19|20)\d{2})\s+(?P<joined>and|or)\s+(?P<through>(?:19|20)\d{2})\b",
        ),
        p(
            Form::Year,
            r"\b(?:(?P<since>since)|(?P<bound>before|after)|in|of|the|by|from|during|until)\s+(?:(?P<part>early|late|mid)[\s-]+)?(?P<year>(?:19|20)\d{2})(?:[-–/](?P<through>(?:19|20)?\d{2}))?\b",
        ),
        // "the 1990s", "since the mid-1990's": a decade; "1985's level"
        // is a year's, and "1990's" only after "the" a decade; "the 1900s"
        // is a century, left alone.
        p(
            Form::Decade,
            r"\b(?:(?P<since>since)\s+)?the\s+(?:(?P<part>early|late|mid)[\s-]+)?(?P<year>19[1-9]0|20\d0)['’]?s\b",
        ),
        // "in May and June", "in December or January": two months running,
        // the months the claim spans (a year after them is the second's);
        // "in January and June" dates the first alone, by the next pattern.
        p(
            Form::MonthPart,
            &format!(
                r"\bin\s+{month}\s+(?:and|or)\s+{then}\b(?:,?\s+(?P<year>\d{{4}})\b|\s+(?:of\s+)?(?P<rel>last|this)\s+year\b)?"
            ),
        ),
        p(
            Form::MonthPart,
            &format!(
                r"\b(?P<since>since\s+)?(?:(?P<part>early|mid|late)[\s-]+|in\s+){month}\b(?:,?\s+(?P<year>\d{{4}})\b|\s+(?:of\s+)?(?P<rel>last|this)\s+year\b)?"
            ),
        ),
    ]
});

#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Form {
    Numeric,
    Iso,
    MonthDay,
    Weekday,
    Relative,
    DayOffset,
    Span,
    Window,
    MonthPart,
    Year,
    /// "a week ago", "two months ago": a round figure, so the days a quarter
    /// of its span either side of the exact day ("a month ago" said on 10 May
    /// may be 8 April); half of it after a qualifier ("about a month ago"),
    /// on the side its bound says ("more than a month ago").
    Ago,
    /// "the second half of the year", "the end of this year", "the new year".
    YearPart,
    /// "the end of November", "November-end".
    MonthEnd,
    /// "the 1990s", "the mid-1990's": a decade, or its first, middle or
    /// last years.
    Decade,
    /// "on Valentine's Day", "on Christmas Eve 2012", "on Labor Day": a
    /// day of `holidays.tsv`.
    Holiday,
}

fn day(from: Date, part: Option<DayPart>) -> DateMatch {
    DateMatch {
        start: 0,
        end: 0,
        from,
        to: from,
        part,
        present: false,
        counted: false,
        year_written: false,
    }
}

fn interval(from: Date, to: Date) -> DateMatch {
    DateMatch {
        to,
        ..day(from, None)
    }
}

/// `n` of a calendar unit ("days", "week", "fortnight", "months", "year"),
/// and about how many days that is. Checked: "32000 years" is beyond any
/// calendar, an error and not a panic.
fn unit_span(unit: &str, n: i64) -> (Result<Span, jiff::Error>, i64) {
    match unit.trim_end_matches('s') {
        "day" => (Span::new().try_days(n), n),
        "week" => (Span::new().try_days(7 * n), 7 * n),
        "fortnight" => (Span::new().try_days(14 * n), 14 * n),
        "month" => (Span::new().try_months(n), 30 * n),
        _ => (Span::new().try_years(n), 365 * n),
    }
}

/// True when a day counted in days counts from the article ("two days
/// ago"), not from a day the story told ("two days earlier").
pub(super) fn counts_from_article(c: &Captures<'_>) -> bool {
    c.name("ago")
        .is_some_and(|w| w.as_str().eq_ignore_ascii_case("ago"))
}

/// What the words before a date tell of its time, asked only of a month
/// or a holiday without a year and of a weekday, as reading the words
/// costs more than the rest.
#[derive(Clone, Copy)]
pub(super) struct Told<'a> {
    /// True when they put it ahead of the article ("will reopen").
    pub ahead: &'a dyn Fn() -> bool,
    /// True when they tell of the past ("it shut").
    pub past: &'a dyn Fn() -> bool,
}

/// The day or days match `c` of `form` names. `told` says whether the
/// words before it put it ahead of the article or in the past.
pub(super) fn resolve(
    form: Form,
    c: &Captures<'_>,
    cx: DateContext,
    last_year: Option<i16>,
    told: Told<'_>,
) -> Option<DateMatch> {
    let ahead = told.ahead;
    let num = |name: &str| c.name(name).and_then(|m| m.as_str().parse::<i16>().ok());
    let published = cx.published;
    match form {
        Form::Numeric => {
            let (a, b) = (num("a")?, num("b")?);
            let (m, d) = if a > 12 { (b, a) } else { (a, b) };
            Some(day(Date::new(num("year")?, m as i8, d as i8).ok()?, None))
        }
        Form::Iso => Some(day(
            Date::new(num("year")?, num("m")? as i8, num("d")? as i8).ok()?,
            None,
        )),
        Form::MonthDay => {
            let month = month_number(c.name("month")?.as_str())?;
            let d = num("day")? as i8;
            let make = |y| Date::new(y, month, d).ok();
            // "Friday, Oct. 5": the one of the last and the next Oct. 5 that
            // falls on a Friday, where one does.
            let on_weekday = c
                .name("weekday")
                .and_then(|w| weekday_of(w.as_str()))
                .and_then(|w| {
                    let p = published?;
                    [most_recent(p, make), next_from(p, make)]
                        .into_iter()
                        .flatten()
                        .find(|date| date.weekday() == w)
                });
            // A day given with its year before, when that day was past at
            // publication: a payment date repeating a bond's maturity day
            // ("due March 31, 1994 … payable March 31") is another year's.
            // Nor where the last such day was lately: an anniversary piece's
            // "on April 15" is this year's, the day given before last year's.
            // A day a few days from one given with its year is of that
            // year too ("Good Friday, March 29, 2013 … around 2 a.m. March
            // 30").
            let stated = |p: Date| {
                let recent = most_recent(p, make)?;
                let lately = (p - recent).get_days() <= STATED_REACH_DAYS;
                let days = cx.stated.iter().flatten().find_map(|s| {
                    let day = make(s.year())?;
                    let near = (day - *s).get_days().abs() <= STATED_NEAR_DAYS;
                    (near && day < p && !lately).then_some(day)
                });
                // "in June 2005 … killed on June 24": a day of a month
                // given with its year, where the last such day before
                // publication fell in an earlier year (one this year is
                // still this year's: "opened in March 2001 … fell on March
                // 2" in June 2011).
                days.or_else(|| {
                    (recent.year() < p.year())
                        .then(|| {
                            cx.stated_months.iter().flatten().find_map(|s| {
                                let day = make(s.year())?;
                                (s.month() == month && day < p && !lately).then_some(day)
                            })
                        })
                        .flatten()
                })
            };
            let date = match num("year").or(last_year) {
                Some(year) => Date::new(year, month, d).ok()?,
                None if on_weekday.is_some() => on_weekday?,
                None if ahead() => next_from(published?, make)?,
                None => published
                    .and_then(stated)
                    .or_else(|| most_recent(published?, make))?,
            };
            // "early Jan. 6" is early in that day, not early in January.
            Some(day(date, part_of(c.name("pre"), None)))
        }
        Form::Holiday => {
            // A name, capitalised: "the Fourth of July", not "a
            // thanksgiving day".
            let name = c.name("holiday")?.as_str();
            let last = name.split_whitespace().next_back()?;
            if !last.starts_with(char::is_uppercase) {
                return None;
            }
            let make = holiday(name)?;
            let date = match num("year").or(last_year) {
                Some(year) => make(year)?,
                None if ahead() => next_from(published?, make)?,
                None if (told.past)() => most_recent(published?, make)?,
                None => nearest(published?, make)?,
            };
            Some(day(date, None))
        }
        Form::Weekday => {
            let weekday = weekday_of(c.name("weekday")?.as_str())?;
            let part = part_of(c.name("pre").or(c.name("hours")), c.name("post"));
            let p = published?;
            // "Monday last week", "Tuesday of next week": that day of the
            // week before, the article's own or the week after.
            if let Some(week) = c.name("week") {
                let weeks: i64 = match week.as_str().to_lowercase().as_str() {
                    "last" => -1,
                    "next" => 1,
                    _ => 0,
                };
                let offset = i64::from(weekday.to_monday_zero_offset())
                    - i64::from(p.weekday().to_monday_zero_offset())
                    + 7 * weeks;
                return Some(day(p.checked_add(offset.days()).ok()?, part));
            }
            let until = (weekday.to_monday_zero_offset() - p.weekday().to_monday_zero_offset())
                .rem_euclid(7);
            // "next Sunday", "this coming Friday": the first such day after
            // the article's (a week on when it is that day). "will hold a
            // vigil Thursday": the day the words put ahead, which on that
            // weekday is the article's own.
            let forward = if c.name("next").is_some() {
                Some(if until == 0 { 7 } else { until })
            } else if c.name("last").is_none() && ahead() {
                Some(until)
            } else {
                None
            };
            if let Some(days) = forward {
                return Some(day(p.checked_add((days as i64).days()).ok()?, part));
            }
            let mut back = (p.weekday().to_monday_zero_offset() - weekday.to_monday_zero_offset())
                .rem_euclid(7);
            // "last Friday" said on a Friday is a week ago.
            if back == 0 && c.name("last").is_some() {
                back = 7;
            }
            Some(day(p.checked_sub((back as i64).days()).ok()?, part))
        }
        Form::Relative => {
            let p = published?;
            let word = c.name("word")?.as_str().to_lowercase();
            let word = word.split_whitespace().collect::<Vec<_>>().join(" ");
            let (offset, default_part) = match word.as_str() {
                "yesterday" => (-1, None),
                "last night" => (-1, Some(DayPart::Night)),
                "last evening" => (-1, Some(DayPart::Evening)),
                "tomorrow" => (1, None),
                "tonight" => (0, Some(DayPart::Night)),
                "this morning" => (0, Some(DayPart::Morning)),
                "this afternoon" => (0, Some(DayPart::Afternoon)),
                "this evening" => (0, Some(DayPart::Evening)),
                "overnight" => (0, Some(DayPart::Overnight)),
                _ => (0, None),
            };
            // "late this morning" is still the morning, "late last night"
            // the night; "early this morning" its small hours.
            let part = match (part_of(c.name("pre"), c.name("post")), default_part) {
                (Some(DayPart::Early), Some(DayPart::Morning)) => Some(DayPart::Early),
                (Some(DayPart::Early | DayPart::Late), Some(own)) => Some(own),
                (part, own) => part.or(own),
            };
            let said = p.checked_add((offset as i64).days()).ok()?;
            // Written where it may still be the day before: either day.
            let first = if cx.published_eve {
                said.yesterday().ok()?
            } else {
                said
            };
            Some(DateMatch {
                to: said,
                present: matches!(word.as_str(), "today" | "tonight") || word.starts_with("this "),
                ..day(first, part)
            })
        }
        Form::DayOffset => {
            let base = cx.anchor.or(published)?;
            let n = match c.name("n") {
                Some(n) => small_number(n.as_str())?,
                None => 1,
            };
            let later = c
                .name("dir")
                .or(c.name("ago"))
                .or(c.name("prev"))
                .is_some_and(|d| matches!(d.as_str().to_lowercase().as_str(), "later" | "next"));
            // "four days ago" counts from the article; "four days earlier"
            // from the day the story told last.
            let from_article = counts_from_article(c);
            let base = if from_article { published? } else { base };
            let offset = if later { n } else { -n };
            Some(DateMatch {
                counted: !later && !from_article,
                ..day(base.checked_add((offset as i64).days()).ok()?, None)
            })
        }
        Form::Ago => {
            let p = published?;
            let unit = c.name("unit")?.as_str().to_lowercase();
            let span_of = |n: i64| unit_span(&unit, n);
            let ago = |n: i64| p.checked_sub(span_of(n).0.ok()?).ok();
            // "a few days ago": the days the vague amount allows, from its
            // most back to its fewest (`vague_counts`).
            if let Some(vague) = c.name("vague") {
                let (fewest, most) = vague_counts(vague.as_str())?;
                return Some(interval(ago(most)?, ago(fewest)?));
            }
            let n = match c.name("n")?.as_str().to_lowercase().as_str() {
                "a" | "an" => 1,
                n => small_number(n)? as i64,
            };
            // "12 days ago", "a day ago" is that day; "about 12 days ago" is
            // round as weeks are. ("1,000 days ago" is read whole, and is
            // no small number.)
            if unit.starts_with("day") && c.name("about").is_none() {
                return Some(day(ago(n)?, None));
            }
            let days = span_of(n).1;
            let exact = ago(n)?;
            // After a qualifier, half the span: before the exact day for a
            // lower bound ("more than a year ago"), up to the article for an
            // upper one ("less than a week ago"), either side for an
            // approximation ("roughly one week ago").
            let qualifier = c.name("about").and_then(|q| {
                let phrase = q.as_str().to_lowercase();
                let phrase = phrase.split_whitespace().collect::<Vec<_>>().join(" ");
                QUALIFIERS.field(&phrase, 1)
            });
            let share = if qualifier.is_some() { 2 } else { 4 };
            let slack = Span::new().try_days(days / share).ok()?;
            let early = exact.checked_sub(slack).ok()?;
            let late = exact.checked_add(slack).ok()?.min(p);
            Some(match qualifier {
                Some("at_least") => interval(early, exact),
                Some("at_most") => interval(exact, p),
                _ => interval(early, late),
            })
        }
        Form::YearPart => {
            let p = published?;
            let shift = match c
                .name("which")
                .map(|w| w.as_str().to_lowercase())
                .as_deref()
            {
                Some("next") => 1,
                Some("last") => -1,
                _ => 0,
            };
            let y = p.year() + shift;
            let (from, to) = if c.name("new").is_some() {
                (Date::new(y + 1, 1, 1).ok()?, Date::new(y + 1, 1, 1).ok()?)
            } else if let Some(half) = c.name("half") {
                if half.as_str().eq_ignore_ascii_case("first") {
                    (Date::new(y, 1, 1).ok()?, Date::new(y, 6, 30).ok()?)
                } else {
                    (Date::new(y, 7, 1).ok()?, Date::new(y, 12, 31).ok()?)
                }
            } else {
                (Date::new(y, 12, 1).ok()?, Date::new(y, 12, 31).ok()?)
            };
            Some(interval(from, to))
        }
        Form::MonthEnd => {
            let month = month_number(c.name("month")?.as_str())?;
            let first = match last_year {
                Some(year) => Date::new(year, month, 1).ok()?,
                None => month_without_year(published?, month, ahead())?,
            };
            Some(interval(
                Date::new(first.year(), month, 21).ok()?,
                first.last_of_month(),
            ))
        }
        Form::Span => {
            let p = published?;
            let which = c.name("which")?.as_str().to_lowercase();
            let shift = match which.as_str() {
                "last" => -1,
                "next" => 1,
                _ => 0,
            };
            // "late last week", "early this month", "late last year": the
            // part named of it.
            let part = c.name("part").map(|p| p.as_str().to_lowercase());
            let (from, to) = match c.name("unit")?.as_str().to_lowercase().as_str() {
                "year" => {
                    let y = p.year() + shift;
                    let (first, last) = year_part(part.as_deref());
                    let end = Date::new(y, last, 1).ok()?.last_of_month();
                    (Date::new(y, first, 1).ok()?, end)
                }
                "month" => {
                    let first = p
                        .first_of_month()
                        .checked_add((shift as i64).months())
                        .ok()?;
                    month_part(first, first.last_of_month(), part.as_deref())?
                }
                _ => {
                    let monday = p
                        .checked_sub((p.weekday().to_monday_zero_offset() as i64).days())
                        .ok()?
                        .checked_add((7 * shift as i64).days())
                        .ok()?;
                    let (first, last) = week_part(part.as_deref());
                    (
                        monday.checked_add(first.days()).ok()?,
                        monday.checked_add(last.days()).ok()?,
                    )
                }
            };
            // "earlier this month" ends on the article's day; "this month"
            // is all of it ("goes on trial this month", "will be hosted this
            // year").
            let to = if c.name("earlier").is_some() { p } else { to };
            Some(interval(from, to))
        }
        // "in the past two weeks" ends on the article's day; "over the next
        // year" starts on it (a year from it, not next calendar year). "over
        // the next five years" is left to the durations, and "in the coming
        // months" is no span a figure tells.
        Form::Window => {
            let p = published?;
            let unit = c.name("unit")?.as_str().to_lowercase();
            let past = c.name("past").is_some();
            let n = match c.name("n") {
                Some(n) => small_number(n.as_str())? as i64,
                None if !unit.ends_with('s') => 1,
                None => return None,
            };
            let span = unit_span(&unit, n).0.ok()?;
            Some(if past {
                interval(p.checked_sub(span).ok()?, p)
            } else {
                interval(p, p.checked_add(span).ok()?)
            })
        }
        // "before 1997", "after 2012": a bound, open on its other side.
        // "before late 1986" ends where late 1986 starts.
        Form::Year if c.name("through").is_none() && c.name("bound").is_some() => {
            let year = num("year")?;
            let (first, last) = year_part(c.name("part").map(|p| p.as_str()));
            let before = c.name("bound")?.as_str().eq_ignore_ascii_case("before");
            Some(if before {
                let start = Date::new(year, first, 1).ok()?;
                interval(Date::MIN, start.yesterday().ok()?)
            } else {
                let end = Date::new(year, last, 1).ok()?.last_of_month();
                interval(end.tomorrow().ok()?, Date::MAX)
            })
        }
        Form::Year if c.name("bound").is_some() => None,
        Form::Decade => {
            let decade = num("year")?;
            let part = c.name("part").map(|p| p.as_str().to_lowercase());
            let (first, last) = match part.as_deref() {
                Some("early") => (0, 3),
                Some("mid") => (3, 6),
                Some("late") => (6, 9),
                _ => (0, 9),
            };
            let end = Date::new(decade + last, 12, 31).ok()?;
            // "since the 1990s" runs on to the article's day.
            let to = match (c.name("since"), published) {
                (Some(_), Some(p)) => p.max(end),
                _ => end,
            };
            Some(interval(Date::new(decade + first, 1, 1).ok()?, to))
        }
        Form::Year => {
            let year = num("year")?;
            // "the 1998-1999 season", "1998-99": a span of years.
            let last = match c.name("through") {
                Some(t) if t.len() == 2 => year - year % 100 + num("through")?,
                Some(_) => num("through")?,
                None => year,
            };
            if !(year..=year + MAX_YEAR_SPAN).contains(&last)
                || (c.name("joined").is_some() && last != year + 1)
            {
                return None;
            }
            // "in early 1970": its first four months; "mid-2012", the middle
            // four; "late 1999", the last four. A span of years keeps its
            // whole years.
            let part = c.name("part").filter(|_| last == year);
            let (first, final_month) = year_part(part.map(|p| p.as_str()));
            // "since early 1985" runs on past its part.
            let final_month = if c.name("since").is_some() {
                12
            } else {
                final_month
            };
            let end = Date::new(last, final_month, 1).ok()?.last_of_month();
            // "since 2010" runs from that year to the article's day.
            let to = match (c.name("since"), published) {
                (Some(_), Some(p)) => p.max(end),
                _ => end,
            };
            Some(interval(Date::new(year, first, 1).ok()?, to))
        }
        Form::MonthPart => {
            let month = month_number(c.name("month")?.as_str())?;
            // "in May and June": the next month, or no date by this pattern.
            let then = match c.name("then") {
                Some(then) => Some(month_number(then.as_str()).filter(|&t| t == month % 12 + 1)?),
                None => None,
            };
            // "in April last year" (or a sentence that says "last year")
            // is last year's April; "in April this year", this year's.
            let rel = c.name("rel").map(|r| r.as_str().to_lowercase());
            // A year said after two months is the second's.
            let in_year = |year: i16| match then {
                Some(then) => Date::new(year, then, 1).ok()?.checked_sub(1.month()).ok(),
                None => Date::new(year, month, 1).ok(),
            };
            let first = match (num("year"), rel.as_deref()) {
                (Some(year), _) => in_year(year)?,
                (None, Some("this")) => in_year(published?.year())?,
                (None, Some(_)) => in_year(published?.year() - 1)?,
                (None, None) => match last_year {
                    Some(year) => Date::new(year, month, 1).ok()?,
                    None => month_without_year(published?, month, ahead())?,
                },
            };
            let last = match then {
                Some(_) => first.checked_add(1.month()).ok()?.last_of_month(),
                None => first.last_of_month(),
            };
            let part = c.name("part").map(|p| p.as_str().to_lowercase());
            let (from, to) = month_part(first, last, part.as_deref())?;
            let to = if c.name("since").is_some() {
                published.unwrap_or(to).max(to)
            } else {
                to
            };
            Some(interval(from, to))
        }
    }
}

/// The days of a month's part, from its first day to `last` (the month's
/// last, or a later month's for "in May and June"): "early" the 1st to the
/// 10th, "mid" the 11th to the 20th, "late" the 21st on; none, all of them.
fn month_part(first: Date, last: Date, part: Option<&str>) -> Option<(Date, Date)> {
    let day = |d: i8| Date::new(first.year(), first.month(), d).ok();
    Some(match part {
        Some("early") => (first, day(10)?),
        Some("mid") => (day(11)?, day(20)?),
        Some("late") => (day(21)?, last),
        _ => (first, last),
    })
}

/// The first and last days of a week's part, counted from its Monday:
/// "early" Monday to Wednesday, "mid" Tuesday to Thursday, "late" Thursday
/// to Sunday; none, all seven.
fn week_part(part: Option<&str>) -> (i64, i64) {
    match part {
        Some("early") => (0, 2),
        Some("mid") => (1, 3),
        Some("late") => (3, 6),
        _ => (0, 6),
    }
}

/// The first and last months of a year's part: "early" its first four,
/// "mid" the middle four, "late" the last four; none, all twelve.
fn year_part(part: Option<&str>) -> (i8, i8) {
    match part.map(str::to_lowercase).as_deref() {
        Some("early") => (1, 4),
        Some("mid") => (5, 8),
        Some("late") => (9, 12),
        _ => (1, 12),
    }
}

/// The first day of a month named without a year: the last such month
/// begun by `published` (a week ahead allowed), or, where the words put it
/// `ahead` ("expected to close by the end of January"), the next one not
/// over a week before `published`.
fn month_without_year(published: Date, month: i8, ahead: bool) -> Option<Date> {
    let first = |y: i16| Date::new(y, month, 1).ok();
    if !ahead {
        return most_recent(published, first);
    }
    let floor = published.checked_sub(7.days()).ok()?;
    let this = first(published.year())?;
    if this.last_of_month() >= floor {
        Some(this)
    } else {
        first(published.year() + 1)
    }
}

/// The latest date `make(year)` that is not after `published` (allowing a
/// week ahead for announced dates).
fn most_recent(published: Date, make: impl Fn(i16) -> Option<Date>) -> Option<Date> {
    let limit = published.checked_add(7.days()).ok()?;
    let this = make(published.year())?;
    if this <= limit {
        Some(this)
    } else {
        make(published.year() - 1)
    }
}

/// The date `make(year)` nearest `published`, of the year before, that
/// year or the year after.
fn nearest(published: Date, make: impl Fn(i16) -> Option<Date>) -> Option<Date> {
    let y = published.year();
    [y - 1, y, y + 1]
        .into_iter()
        .filter_map(&make)
        .min_by_key(|date| (*date - published).get_days().abs())
}

/// The first date `make(year)` not before `published` (less a week, for an
/// announcement read a few days late): a day said to lie ahead.
fn next_from(published: Date, make: impl Fn(i16) -> Option<Date>) -> Option<Date> {
    let floor = published.checked_sub(7.days()).ok()?;
    let this = make(published.year())?;
    if this >= floor {
        Some(this)
    } else {
        make(published.year() + 1)
    }
}

fn part_of(pre: Option<regex::Match<'_>>, post: Option<regex::Match<'_>>) -> Option<DayPart> {
    let word = |m: regex::Match<'_>| m.as_str().to_lowercase();
    if let Some(post) = post {
        return Some(match word(post).as_str() {
            "morning" => DayPart::Morning,
            "afternoon" => DayPart::Afternoon,
            "evening" => DayPart::Evening,
            _ => DayPart::Night,
        });
    }
    pre.map(|pre| {
        if word(pre).starts_with("late") {
            DayPart::Late
        } else {
            DayPart::Early
        }
    })
}

/// The day a holiday's name (as written) falls on in a given year, from
/// `holidays.tsv`: a fixed month and day, or the first, second, … or last
/// such weekday of the month.
fn holiday(written: &str) -> Option<impl Fn(i16) -> Option<Date>> {
    let plain = |s: &str| {
        s.to_lowercase()
            .replace(['\'', '’'], "")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    let wanted = plain(written);
    let row = HOLIDAYS.rows().iter().find(|row| plain(row[0]) == wanted)?;
    let month: i8 = row.get(1)?.parse().ok()?;
    let on: &str = row.get(2)?;
    let which: Option<&str> = row.get(3).copied();
    let fixed: Option<i8> = on.parse().ok();
    let weekday = weekday_of(on);
    Some(move |year: i16| -> Option<Date> {
        if let Some(d) = fixed {
            return Date::new(year, month, d).ok();
        }
        let nth: i8 = match which? {
            "last" => -1,
            n => n.parse().ok()?,
        };
        Date::new(year, month, 1)
            .ok()?
            .nth_weekday_of_month(nth, weekday?)
            .ok()
    })
}

/// The day the holiday `name` (as written) falls on in `year`.
#[cfg(test)]
pub(super) fn holiday_on(name: &str, year: i16) -> Option<Date> {
    holiday(name)?(year)
}

fn month_number(name: &str) -> Option<i8> {
    crate::language::month_number(name)
}

fn weekday_of(name: &str) -> Option<Weekday> {
    let days = [
        Weekday::Monday,
        Weekday::Tuesday,
        Weekday::Wednesday,
        Weekday::Thursday,
        Weekday::Friday,
        Weekday::Saturday,
        Weekday::Sunday,
    ];
    let n: usize = WEEKDAYS.field(&name.to_lowercase(), 1)?.parse().ok()?;
    days.get(n.checked_sub(1)?).copied()
}

/// The fewest and most a vague amount before a unit of time ago allows
/// (`vague.tsv`): "a few" 2 to 9. One open above ("several", at least 3) is
/// read up to three times its least: a date is some days, never all time
/// before.
fn vague_counts(words: &str) -> Option<(i64, i64)> {
    let key = words
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    let fewest: i64 = VAGUE.field(&key, 1)?.parse().ok()?;
    let most = VAGUE
        .field(&key, 2)
        .and_then(|m| m.parse().ok())
        .unwrap_or(3 * fewest);
    Some((fewest, most))
}

/// A count written in figures or in words ("3", "three", "thirty",
/// "twenty-five").
fn small_number(word: &str) -> Option<i16> {
    word.parse().ok().or_else(|| {
        // "twenty-five": a ten and a unit, summed.
        word.to_lowercase()
            .split(['-', ' '])
            .filter(|w| !w.is_empty())
            .map(|w| {
                matches!(NUMBERS.field(w, 2), Some("unit" | "ten"))
                    .then(|| NUMBERS.field(w, 1)?.parse::<i16>().ok())
                    .flatten()
            })
            .sum::<Option<i16>>()
            .filter(|&n| n > 0)
    })
}
