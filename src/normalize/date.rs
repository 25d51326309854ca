//! Dates, absolute and relative, resolved against the article's publication
//! date: "March 11", "Jan. 3", "2/25/2021", "March 13, 2020", "Wednesday",
//! "early Friday", "Thursday morning", "in the early hours of Friday", "a day
//! earlier", "yesterday", "last year", "late December", "in January", "in the
//! last six months", "since late October", "earlier this year".
//!
//! In: a sentence and a [`DateContext`]. Out: [`DateMatch`]es, each an
//! inclusive interval of calendar days with an optional part of the day.
//! Phrases that need a publication date to mean anything are left out when
//! the date is unknown.

use std::sync::LazyLock;

use jiff::ToSpan;
use jiff::civil::{Date, Weekday};
use regex::{Captures, Regex};
use serde::Serialize;

use crate::language::{MONTHS, NUMBERS, Table, WEEKDAYS};

/// A part of the day named with a date ("early Friday", "Thursday morning").
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DayPart {
    /// "early Friday", "in the early hours of Friday": 00:00–06:00.
    Early,
    /// "Friday morning": 00:00–12:00 (news counts the small hours as morning).
    Morning,
    /// "Friday afternoon": 12:00–18:00.
    Afternoon,
    /// "Friday evening": 17:00–24:00.
    Evening,
    /// "Wednesday night": 18:00–06:00 the next day.
    Night,
    /// "late Thursday": 16:00–24:00.
    Late,
    /// "overnight": 20:00 the day before – 06:00.
    Overnight,
}

impl DayPart {
    /// The hours this part covers, relative to the start of its day (may run
    /// below 0 or past 24).
    pub fn hours(self) -> (i64, i64) {
        match self {
            DayPart::Early => (0, 6),
            DayPart::Morning => (0, 12),
            DayPart::Afternoon => (12, 18),
            DayPart::Evening => (17, 24),
            DayPart::Night => (18, 30),
            DayPart::Late => (16, 24),
            DayPart::Overnight => (-4, 6),
        }
    }

    /// The words for people.
    pub fn word(self) -> &'static str {
        match self {
            DayPart::Early => "early",
            DayPart::Morning => "morning",
            DayPart::Afternoon => "afternoon",
            DayPart::Evening => "evening",
            DayPart::Night => "night",
            DayPart::Late => "late",
            DayPart::Overnight => "overnight",
        }
    }
}

/// What dates are resolved against.
#[derive(Debug, Clone, Copy, Default)]
pub struct DateContext {
    /// The article's publication date.
    pub published: Option<Date>,
    /// The last date the text resolved before this sentence, for "a day
    /// earlier" and "the day before".
    pub anchor: Option<Date>,
    /// True when the sentence's paragraph says "last year": a month and day
    /// without a year then fall in the year before publication.
    pub last_year: bool,
}

/// A date found in text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DateMatch {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// First day of the interval.
    pub from: Date,
    /// Last day of the interval (inclusive).
    pub to: Date,
    /// Part of the day, where one is named.
    pub part: Option<DayPart>,
}

/// A month's name or abbreviation (from `months.tsv`), as a named group.
static MONTH: LazyLock<String> =
    LazyLock::new(|| format!("(?P<month>{})", Table::alternation(MONTHS.words())));

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
})
;

/// All patterns at once, to learn in one pass which can match a sentence.
static ANY: LazyLock<regex::RegexSet> = LazyLock::new(|| {
    regex::RegexSet::new(PATTERNS.iter().map(|(_, r)| r.as_str())).expect("date patterns are valid")
});

static PATTERNS: LazyLock<Vec<(Form, Regex)>> = LazyLock::new(|| {
    let (month, weekday, small): (&str, &str, &str) = (&MONTH, &WEEKDAY, &SMALL_NUMBER);
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
                r"\b{month}\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>\d{{4}})\b)?"
            ),
        ),
        p(
            Form::MonthDay,
            &format!(
                r"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{month}\b\.?(?:,?\s+(?P<year>\d{{4}})\b)?"
            ),
        ),
        p(
            Form::Weekday,
            &format!(
                r"\b(?:(?P<pre>early|late)\s+(?:on\s+)?|in\s+the\s+(?P<hours>early\s+hours|small\s+hours)\s+of\s+)?{weekday}(?:['’]s)?(?:\s+(?P<post>morning|afternoon|evening|night))?\b"
            ),
        ),
        p(
            Form::Relative,
            r"\b(?:(?P<pre>early|late)\s+)?(?P<word>today|yesterday|tomorrow|tonight|overnight)(?:\s+(?P<post>morning|afternoon|evening|night))?\b",
        ),
        p(
            Form::DayOffset,
            &format!(r"\b(?:a|one|the)\s+day\s+(?P<dir>earlier|later)\b|\bthe\s+(?P<prev>previous|next)\s+day\b|\b(?P<n>{small}|\d)\s+days\s+(?P<ago>ago|earlier|later)\b"),
        ),
        p(
            Form::Span,
            r"\b(?:(?P<earlier>earlier)\s+)?(?P<which>last|this|next)\s+(?P<unit>year|month|week)\b",
        ),
        p(
            Form::Window,
            &format!(r"\b(?:in|over|during)\s+the\s+(?:last|past)\s+(?P<n>\d+|{small})\s+(?P<unit>days|weeks|months|years)\b"),
        ),
        p(
            Form::Year,
            r"\b(?:in|since|of|the|by|from|during|until|before|after)\s+(?:(?:early|late|mid)[\s-]+)?(?P<year>(?:19|20)\d{2})\b",
        ),
        p(
            Form::MonthPart,
            &format!(
                r"\b(?P<since>since\s+)?(?:(?P<part>early|mid|late)[\s-]+|in\s+){month}\b(?:\s+(?P<year>\d{{4}})\b|\s+(?:of\s+)?(?P<rel>last|this)\s+year\b)?"
            ),
        ),
    ]
});

#[derive(Debug, Clone, Copy, PartialEq)]
enum Form {
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
}

/// Every date in `sentence`, resolved against `context`, in text order and
/// without overlaps (the earlier, then longer, match wins).
pub fn find_dates(sentence: &str, context: DateContext) -> Vec<DateMatch> {
    let last_year = context.published.and_then(|p| {
        let says = context.last_year || sentence.to_lowercase().contains("last year");
        says.then(|| p.year() - 1)
    });
    let mut found: Vec<DateMatch> = Vec::new();
    let candidates = ANY.matches(sentence);
    for (form, regex) in candidates.iter().map(|i| &PATTERNS[i]) {
        for c in regex.captures_iter(sentence) {
            let Some(whole) = c.get(0) else { continue };
            if let Some(m) = resolve(*form, &c, context, last_year) {
                found.push(DateMatch {
                    start: whole.start(),
                    end: whole.end(),
                    ..m
                });
            }
        }
    }
    found.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
    let mut out: Vec<DateMatch> = Vec::new();
    for m in found {
        if out.last().is_none_or(|last| m.start >= last.end) {
            out.push(m);
        }
    }
    out
}

/// The byte ranges of every date-like phrase in `sentence`, resolvable or
/// not: the numbers in "on Nov. 12" are a date even when no publication date
/// says which year.
pub fn date_spans(sentence: &str) -> Vec<(usize, usize)> {
    ANY.matches(sentence)
        .iter()
        .flat_map(|i| {
            PATTERNS[i]
                .1
                .find_iter(sentence)
                .map(|m| (m.start(), m.end()))
        })
        .collect()
}

fn day(from: Date, part: Option<DayPart>) -> DateMatch {
    DateMatch {
        start: 0,
        end: 0,
        from,
        to: from,
        part,
    }
}

fn interval(from: Date, to: Date) -> DateMatch {
    DateMatch {
        to,
        ..day(from, None)
    }
}

fn resolve(
    form: Form,
    c: &Captures<'_>,
    cx: DateContext,
    last_year: Option<i16>,
) -> Option<DateMatch> {
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
            let date = match num("year").or(last_year) {
                Some(year) => Date::new(year, month, d).ok()?,
                None => most_recent(published?, |y| Date::new(y, month, d).ok())?,
            };
            Some(day(date, None))
        }
        Form::Weekday => {
            let weekday = weekday_of(c.name("weekday")?.as_str())?;
            let part = part_of(c.name("pre").or(c.name("hours")), c.name("post"));
            let p = published?;
            let back = (p.weekday().to_monday_zero_offset() - weekday.to_monday_zero_offset())
                .rem_euclid(7);
            Some(day(p.checked_sub((back as i64).days()).ok()?, part))
        }
        Form::Relative => {
            let p = published?;
            let word = c.name("word")?.as_str().to_lowercase();
            let (offset, default_part) = match word.as_str() {
                "yesterday" => (-1, None),
                "tomorrow" => (1, None),
                "tonight" => (0, Some(DayPart::Night)),
                "overnight" => (0, Some(DayPart::Overnight)),
                _ => (0, None),
            };
            let part = part_of(c.name("pre"), c.name("post")).or(default_part);
            Some(day(p.checked_add((offset as i64).days()).ok()?, part))
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
            let base = if c.name("ago").is_some() {
                published?
            } else {
                base
            };
            let offset = if later { n } else { -n };
            Some(day(base.checked_add((offset as i64).days()).ok()?, None))
        }
        Form::Span => {
            let p = published?;
            let which = c.name("which")?.as_str().to_lowercase();
            let shift = match which.as_str() {
                "last" => -1,
                "next" => 1,
                _ => 0,
            };
            let (from, to) = match c.name("unit")?.as_str().to_lowercase().as_str() {
                "year" => {
                    let y = p.year() + shift;
                    (Date::new(y, 1, 1).ok()?, Date::new(y, 12, 31).ok()?)
                }
                "month" => {
                    let first = p
                        .first_of_month()
                        .checked_add((shift as i64).months())
                        .ok()?;
                    (first, first.last_of_month())
                }
                _ => {
                    let monday = p
                        .checked_sub((p.weekday().to_monday_zero_offset() as i64).days())
                        .ok()?
                        .checked_add((7 * shift as i64).days())
                        .ok()?;
                    (monday, monday.checked_add(6.days()).ok()?)
                }
            };
            let to = if c.name("earlier").is_some() || (shift == 0 && to > p) {
                p
            } else {
                to
            };
            Some(interval(from, to))
        }
        Form::Window => {
            let p = published?;
            let n = small_number(c.name("n")?.as_str())? as i64;
            let span = match c.name("unit")?.as_str().to_lowercase().as_str() {
                "days" => n.days(),
                "weeks" => (7 * n).days(),
                "months" => n.months(),
                _ => n.years(),
            };
            Some(interval(p.checked_sub(span).ok()?, p))
        }
        Form::Year => {
            let year = num("year")?;
            Some(interval(
                Date::new(year, 1, 1).ok()?,
                Date::new(year, 12, 31).ok()?,
            ))
        }
        Form::MonthPart => {
            let month = month_number(c.name("month")?.as_str())?;
            // "in April last year" (or a sentence that says "last year")
            // is last year's April; "in April this year", this year's.
            let rel = c.name("rel").map(|r| r.as_str().to_lowercase());
            let first = match (num("year"), rel.as_deref()) {
                (Some(year), _) => Date::new(year, month, 1).ok()?,
                (None, Some("this")) => Date::new(published?.year(), month, 1).ok()?,
                (None, Some(_)) => Date::new(published?.year() - 1, month, 1).ok()?,
                (None, None) => match last_year {
                    Some(year) => Date::new(year, month, 1).ok()?,
                    None => most_recent(published?, |y| Date::new(y, month, 1).ok())?,
                },
            };
            let last = first.last_of_month();
            let (from, to) = match c.name("part").map(|p| p.as_str().to_lowercase()).as_deref() {
                Some("early") => (first, Date::new(first.year(), month, 10).ok()?),
                Some("mid") => (
                    Date::new(first.year(), month, 11).ok()?,
                    Date::new(first.year(), month, 20).ok()?,
                ),
                Some("late") => (Date::new(first.year(), month, 21).ok()?, last),
                _ => (first, last),
            };
            let to = if c.name("since").is_some() {
                published.unwrap_or(to).max(to)
            } else {
                to
            };
            Some(interval(from, to))
        }
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

fn small_number(word: &str) -> Option<i16> {
    word.parse().ok().or_else(|| {
        let lower = word.to_lowercase();
        (NUMBERS.field(&lower, 2) == Some("unit"))
            .then(|| NUMBERS.field(&lower, 1)?.parse().ok())
            .flatten()
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn cx(published: Date) -> DateContext {
        DateContext {
            published: Some(published),
            anchor: None,
            last_year: false,
        }
    }

    fn one(text: &str, context: DateContext) -> (String, Date, Date, Option<DayPart>) {
        let found = find_dates(text, context);
        assert_eq!(found.len(), 1, "one date in {text:?}: {found:?}");
        let m = found[0];
        (text[m.start..m.end].to_string(), m.from, m.to, m.part)
    }

    #[test]
    fn weekdays_resolve_to_the_latest_such_day_by_publication() {
        let friday = date(2020, 3, 13);
        let (phrase, from, _, part) = one("The United States on Thursday launched", cx(friday));
        assert_eq!(
            (phrase.as_str(), from, part),
            ("Thursday", date(2020, 3, 12), None)
        );
        let (_, from, _, part) = one("airstrikes in Iraq early Friday, responding", cx(friday));
        assert_eq!((from, part), (friday, Some(DayPart::Early)));
        let (phrase, from, _, part) = one("in the early hours of Friday in response", cx(friday));
        assert_eq!(phrase, "in the early hours of Friday");
        assert_eq!((from, part), (friday, Some(DayPart::Early)));
        let thursday = date(2020, 3, 12);
        let (_, from, _, part) = one("at Camp Taji on Wednesday night in", cx(thursday));
        assert_eq!((from, part), (date(2020, 3, 11), Some(DayPart::Night)));
        let (phrase, from, _, _) = one("in response to Wednesday’s rocket attack", cx(friday));
        assert_eq!((phrase.as_str(), from), ("Wednesday’s", date(2020, 3, 11)));
        let (_, _, _, part) = one("told reporters on Thursday morning that", cx(friday));
        assert_eq!(part, Some(DayPart::Morning));
    }

    #[test]
    fn month_days_take_the_year_of_publication_or_last_year() {
        let (phrase, from, ..) = one("in Baghdad on January 3, prompting", cx(date(2020, 3, 13)));
        assert_eq!((phrase.as_str(), from), ("January 3", date(2020, 1, 3)));
        let text = "in response to the Jan. 3 killing of Soleimani in Baghdad last year, via";
        let found = find_dates(text, cx(date(2021, 2, 25)));
        assert_eq!(found[0].from, date(2020, 1, 3));
        assert_eq!(&text[found[0].start..found[0].end], "Jan. 3");
        let (_, from, ..) = one("seen March 11 on the outskirts", cx(date(2020, 3, 13)));
        assert_eq!(from, date(2020, 3, 11));
        let (_, from, ..) = one("on December 28 a contractor", cx(date(2020, 1, 5)));
        assert_eq!(from, date(2019, 12, 28));
    }

    #[test]
    fn last_year_in_the_paragraph_sets_the_year() {
        let context = DateContext {
            last_year: true,
            ..cx(date(2021, 2, 25))
        };
        assert_eq!(
            one("Earlier, on Jan. 8, troops were hurt.", context).1,
            date(2020, 1, 8)
        );
    }

    #[test]
    fn full_dates_need_no_context() {
        let none = DateContext::default();
        assert_eq!(one("March 13, 2020", none).1, date(2020, 3, 13));
        assert_eq!(one("2/25/2021", none).1, date(2021, 2, 25));
        assert_eq!(one("on 5 May 2010 in Athens", none).1, date(2010, 5, 5));
    }

    #[test]
    fn relative_days_use_publication_and_the_anchor() {
        let p = date(2020, 3, 13);
        assert_eq!(one("stormed it yesterday", cx(p)).1, date(2020, 3, 12));
        let anchored = DateContext {
            published: Some(p),
            anchor: Some(date(2020, 3, 12)),
            last_year: false,
        };
        let (phrase, from, ..) = one("the base in Iraq a day earlier, the", anchored);
        assert_eq!(
            (phrase.as_str(), from),
            ("a day earlier", date(2020, 3, 11))
        );
        let (_, from, _, part) = one("The quake struck yesterday afternoon", cx(p));
        assert_eq!((from, part), (date(2020, 3, 12), Some(DayPart::Afternoon)));
    }

    #[test]
    fn a_month_of_last_year_is_last_years_month() {
        let p = date(2016, 3, 1);
        let (phrase, from, to, _) = one("In June last year a storm flooded the valley", cx(p));
        assert_eq!(
            (phrase.as_str(), from, to),
            ("In June last year", date(2015, 6, 1), date(2015, 6, 30))
        );
        let (_, from, _, _) = one("in February this year", cx(p));
        assert_eq!(from, date(2016, 2, 1));
        // Without a year, the most recent June.
        let (_, from, _, _) = one("in June, a storm flooded the valley", cx(p));
        assert_eq!(from, date(2015, 6, 1));
    }

    #[test]
    fn spans_of_time_resolve_to_intervals() {
        let p = date(2021, 2, 25);
        let (phrase, from, to, _) = one("in Baghdad last year.", cx(p));
        assert_eq!(
            (phrase.as_str(), from, to),
            ("last year", date(2020, 1, 1), date(2020, 12, 31))
        );
        let (_, from, to, _) = one(
            "to the brink of war earlier this year.",
            cx(date(2020, 3, 12)),
        );
        assert_eq!((from, to), (date(2020, 1, 1), date(2020, 3, 12)));
        let (_, from, to, _) = one(
            "in 12 attacks in the last six months.",
            cx(date(2020, 3, 13)),
        );
        assert_eq!((from, to), (date(2019, 9, 13), date(2020, 3, 13)));
        let (phrase, from, to, _) = one("In late December, the US accused", cx(date(2020, 3, 12)));
        assert_eq!(phrase, "late December");
        assert_eq!((from, to), (date(2019, 12, 21), date(2019, 12, 31)));
        let (phrase, from, to, _) = one(
            "in the country since late October, an",
            cx(date(2020, 3, 12)),
        );
        assert_eq!(phrase, "since late October");
        assert_eq!((from, to), (date(2019, 10, 21), date(2020, 3, 12)));
        let (_, from, to, _) = one("In January, lawmakers voted", cx(date(2020, 3, 12)));
        assert_eq!((from, to), (date(2020, 1, 1), date(2020, 1, 31)));
    }

    #[test]
    fn a_year_alone_is_the_whole_year() {
        let (phrase, from, to, _) = one("the tsunami in 2004 killed many", DateContext::default());
        assert_eq!(
            (phrase.as_str(), from, to),
            ("in 2004", date(2004, 1, 1), date(2004, 12, 31))
        );
        assert!(find_dates("it sold 2004 units", DateContext::default()).is_empty());
    }

    #[test]
    fn relative_phrases_need_a_publication_date() {
        assert!(find_dates("on Thursday and yesterday", DateContext::default()).is_empty());
        assert_eq!(date_spans("convicted on Nov. 12 of murder").len(), 1);
    }
}
