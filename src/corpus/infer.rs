//! What an article's own text says about where and when it was published,
//! for articles that have no manifest entry: a `Source: X` line, and a date
//! printed near the top (`March 13, 2020`, `2/25/2021`, `Updated: …`).
//!
//! In: the article's text. Out: an outlet and a date, each with the byte span
//! of the words it was read from. Deliberately conservative: only short lines
//! that are about nothing but the outlet or the date count, so a date inside
//! the story is never taken for the publication date.

use std::sync::LazyLock;

use jiff::civil::Date;
use regex::Regex;

use super::Published;

/// How many non-blank lines from the top may hold a printed publication date.
const HEADER_LINES: usize = 12;
/// A header line longer than this is prose, not a dateline.
const HEADER_LINE_MAX: usize = 90;

/// A short line that ends like a clause and has at least this many
/// lower-case words is a sentence of the story ("Okafor was born on March 3,
/// 1951.", "On Friday, June 2, 1961, Marsk woke to the news:"), and the date
/// in it is the story's, not the page's.
const PROSE_LOWER_WORDS: usize = 2;

/// Two-digit years below this are this century's ("11/28/05" is 2005),
/// the rest the last's ("3/4/98").
const TWO_DIGIT_PIVOT: i16 = 70;

/// A fact read from the article's text, with where it was read.
#[derive(Debug, Clone, PartialEq)]
pub struct Inferred<T> {
    /// The value.
    pub value: T,
    /// Byte offset of the words it was read from.
    pub offset: usize,
}

static SOURCE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?m)^[ \t]*Source:[ \t\u{a0}]*([^\r\n]{2,60}?)[ \t\u{a0}]*\r?$")
        .expect("source-line pattern is valid")
});

/// The outlet named by a `Source: X` line (the last one, which is where
/// syndicated pages print it), unless it only names "news agencies".
pub fn outlet(text: &str) -> Option<Inferred<String>> {
    let captures = SOURCE_LINE.captures_iter(text).last()?;
    let name = captures.get(1)?;
    let value = name.as_str().trim().to_string();
    if crate::language::NOT_AN_OUTLET.contains(&value.to_lowercase()) {
        return None;
    }
    Some(Inferred {
        value,
        offset: name.start(),
    })
}

/// The agency a wire's sign-off names, alone on the last non-blank line
/// ("Reuter"): copy that ends so is that agency's.
pub fn sign_off(text: &str) -> Option<Inferred<String>> {
    let end = text.trim_end_matches(crate::corpus::is_space).len();
    let start = text[..end].rfind('\n').map_or(0, |i| i + 1);
    let line = &text[start..end];
    let word = line.trim_start_matches(crate::corpus::is_space);
    let agency = crate::language::SIGN_OFFS.field(&word.to_lowercase(), 1)?;
    Some(Inferred {
        value: agency.to_string(),
        offset: end - word.len(),
    })
}

/// A month's first three letters (from `months.tsv`) and any letters after
/// them: a dateline may misspell the rest ("Novemer 27, 2005").
static MONTH_NAMES: LazyLock<String> = LazyLock::new(|| {
    let heads = crate::language::MONTHS.words().filter(|w| w.len() == 3);
    format!("(?:{})[a-z]*", crate::language::Table::alternation(heads))
});

static MONTH_DAY_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        // A month glued to the word before it by a lost line break
        // ("charged againJuly 23, 2008") still starts a date.
        r"(?i)(?:\b|(?-i:[a-z]))({})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+|-)(\d{{4}})\b",
        *MONTH_NAMES
    ))
    .expect("month-day-year pattern is valid")
});
static DAY_MONTH_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({})\.?,?\s+(\d{{4}})\b",
        *MONTH_NAMES
    ))
    .expect("day-month-year pattern is valid")
});
static NUMERIC: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})\b").expect("numeric date pattern is valid")
});
/// A time of day and nothing else, after "at" or not ("at 1:30 PM"), with
/// up to two zones ("07:05 PM ET EDT"), and perhaps when the page was updated ("06:44 PM ET Updated:
/// 10/04/11 06:12 AM ET"): what may follow a two-digit-year date on its line.
static CLOCK_ONLY: LazyLock<Regex> = LazyLock::new(|| {
    let clock = r"\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4}){0,2}";
    Regex::new(&format!(
        r"(?i)^\s+(?:at\s+)?{clock}(?:\s+Updated:?\s+\d{{1,2}}/\d{{1,2}}/\d{{2,4}}\s+{clock})?\s*$"
    ))
    .expect("clock-only pattern is valid")
});
/// A date year first: ISO's "2012-08-08", and the dotted or slashed forms
/// some sites print ("Published: 2014.03.02 09:01 AM", "2014/03/02").
static ISO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(\d{4})([-./])(\d{2})([-./])(\d{2})\b")
        .expect("year-first date pattern is valid")
});

/// The first date printed on a short line near the top of the article: the
/// publication date as the page shows it, with the instant where the line
/// gives a time in GMT or UTC ("Posted: 01:47 GMT, 6 June 2016"). A
/// line that says "Updated" only counts when no other date comes before it.
pub fn published(text: &str) -> Option<Inferred<Published>> {
    let mut offset = 0;
    let mut seen = 0;
    for line in text.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        let trimmed = line.trim();
        if trimmed.is_empty() {
            continue;
        }
        seen += 1;
        if seen > HEADER_LINES {
            break;
        }
        if trimmed.chars().count() > HEADER_LINE_MAX || reads_as_prose(trimmed) {
            continue;
        }
        if let Some((date, at)) = date_in(line) {
            let instant = utc_clock(line).and_then(|(h, m)| {
                let time = jiff::civil::Time::new(h, m, 0, 0).ok()?;
                date.to_datetime(time)
                    .to_zoned(jiff::tz::TimeZone::UTC)
                    .ok()
                    .map(|z| z.timestamp())
            });
            return Some(Inferred {
                value: Published { date, instant },
                offset: start + at,
            });
        }
    }
    None
}

/// True when a line ends like a clause (a full stop, colon, semicolon or
/// comma) and has [`PROSE_LOWER_WORDS`] lower-case words of two letters or
/// more: a sentence, where a dateline is a date with a few labels
/// ("Posted:", "Last updated at", "a.m.") and ends in the date or a time.
fn reads_as_prose(line: &str) -> bool {
    let ends_clause = line
        .trim_end_matches(['"', '\'', '”', '’', ')'])
        .ends_with(['.', ':', ';', ',']);
    ends_clause
        && line
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| w.chars().count() >= 2 && w.chars().all(char::is_lowercase))
            .count()
            >= PROSE_LOWER_WORDS
}

/// The first time of day in GMT or UTC on a line ("01:47 GMT"), as hours
/// and minutes.
fn utc_clock(line: &str) -> Option<(i8, i8)> {
    static CLOCK: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"\b([01]?\d|2[0-3]):([0-5]\d)\s*(?:GMT|UTC)\b").expect("clock pattern is valid")
    });
    let found = CLOCK.captures(line)?;
    Some((found[1].parse().ok()?, found[2].parse().ok()?))
}

/// A wire dateline at the start of one of the first lines: "WASHINGTON,
/// April 2 -", "THE HAGUE, March 9 -".
fn dateline_captures(text: &str) -> Option<regex::Captures<'_>> {
    static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?m)^(?P<place>\p{Lu}[\p{Lu} .'’-]*),\s+(?:[^,\n]{1,40},\s+)?(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(?P<day>\d{1,2})\s*[-–—]",
        )
        .expect("dateline pattern is valid")
    });
    // The header is the first lines; a dateline further down is prose.
    let end = text
        .match_indices('\n')
        .nth(HEADER_LINES - 1)
        .map_or(text.len(), |(at, _)| at);
    DATELINE.captures(&text[..end])
}

/// How long the wire dateline `text` opens with is, up to and with its dash
/// ("WASHINGTON, April 2 -"); none when it opens with none. Cheap for
/// text that cannot open with one: the pattern is searched only where a
/// capital is followed by a capital, a space or a place's punctuation.
pub fn dateline_len(text: &str) -> Option<usize> {
    let mut chars = text.chars();
    let opens = chars.next().is_some_and(char::is_uppercase)
        && chars
            .next()
            .is_some_and(|c| c.is_uppercase() || matches!(c, ' ' | '.' | '\'' | '’' | '-'));
    if !opens {
        return None;
    }
    dateline_captures(text)
        .and_then(|c| c.get(0))
        .filter(|m| m.start() == 0)
        .map(|m| m.end())
}

/// A wire dateline's month and day: "WASHINGTON, April 2 -". It gives no
/// year.
pub fn dateline(text: &str) -> Option<(i8, i8)> {
    let found = dateline_captures(text)?;
    let month = crate::language::month_number(&found["month"])?;
    let day: i8 = found["day"].parse().ok()?;
    jiff::civil::Date::new(2001, month, day).ok()?;
    Some((month, day))
}

/// The place a wire dateline names, as written: "WASHINGTON", "THE HAGUE",
/// "VANCOUVER" of "VANCOUVER, British Columbia, March 11 -".
pub fn dateline_place(text: &str) -> Option<&str> {
    dateline_captures(text)
        .and_then(|c| c.name("place"))
        .map(|m| m.as_str().trim())
}

/// The most words of a label before a two-digit-year date ("First Posted:").
const LABEL_WORDS: usize = 2;

/// The first full date (with a year) in `line`, and its byte offset there.
pub fn date_in(line: &str) -> Option<(Date, usize)> {
    let month = |name: &str| crate::language::month_number(name.get(..3)?);
    let num = |s: &str| s.parse::<i16>().ok();
    let mut found: Vec<(usize, Option<Date>)> = Vec::new();
    if let Some(c) = MONTH_DAY_YEAR.captures(line) {
        let date = (|| Date::new(num(&c[3])?, month(&c[1])?, num(&c[2])? as i8).ok())();
        found.push((c.get(1)?.start(), date));
    }
    if let Some(c) = DAY_MONTH_YEAR.captures(line) {
        let date = (|| Date::new(num(&c[3])?, month(&c[2])?, num(&c[1])? as i8).ok())();
        found.push((c.get(0)?.start(), date));
    }
    if let Some(c) = NUMERIC.captures(line) {
        // Month first, as US outlets print it, unless the first number
        // cannot be a month (27/09/2013).
        let (a, b, year) = (num(&c[1])?, num(&c[2])?, num(&c[3])?);
        let (m, d) = if a > 12 { (b, a) } else { (a, b) };
        // "11/28/05": a two-digit year only on a line that is nothing else
        // but a label of a word or two before it ("POSTED 04/02/07", "First
        // Posted: 08/04/11") and a time after it ("12/16/08 1:30 AM EST").
        let at = c.get(0)?;
        let label = line[..at.start()].trim();
        let labelled = label.is_empty()
            || label.split_whitespace().count() <= LABEL_WORDS
                && label
                    .trim_end_matches(':')
                    .chars()
                    .all(|c| c.is_alphabetic() || c == ' ');
        let rest = line[at.end()..]
            .trim_start_matches(',')
            .trim_end()
            .trim_end_matches('|');
        let alone = labelled && (rest.trim().is_empty() || CLOCK_ONLY.is_match(rest));
        let year = match c[3].len() {
            2 if !alone => None,
            2 if year < TWO_DIGIT_PIVOT => Some(2000 + year),
            2 => Some(1900 + year),
            _ => Some(year),
        };
        let date = year.and_then(|y| Date::new(y, m as i8, d as i8).ok());
        found.push((c.get(0)?.start(), date));
    }
    // The same separator both times: "2012.08/08" is no date.
    if let Some(c) = ISO.captures_iter(line).find(|c| c[2] == c[4]) {
        let date = (|| Date::new(num(&c[1])?, num(&c[3])? as i8, num(&c[5])? as i8).ok())();
        found.push((c.get(0)?.start(), date));
    }
    found
        .into_iter()
        .filter_map(|(at, date)| Some((date?, at)))
        .min_by_key(|&(_, at)| at)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_wire_sign_off_on_the_last_line_names_the_agency() {
        let text = "OIL PRICES RISE\nLONDON, March 2 - Prices rose.\n Reuter\n\n";
        let found = sign_off(text).expect("a sign-off");
        assert_eq!(found.value, "Reuters");
        assert_eq!(&text[found.offset..found.offset + 6], "Reuter");
        assert_eq!(sign_off("Prices rose, Reuter said.\n"), None);
        assert_eq!(sign_off("Reuter\nPrices rose.\n"), None);
    }
    use jiff::civil::date;

    #[test]
    fn source_line_names_the_outlet() {
        let text = "Body text.\n\nSource: Washington Post";
        let got = outlet(text).expect("a source line");
        assert_eq!(got.value, "Washington Post");
        assert_eq!(&text[got.offset..], "Washington Post");
    }

    #[test]
    fn news_agencies_is_not_an_outlet() {
        assert_eq!(outlet("Text.\nSource: News Agencies\n"), None);
    }

    #[test]
    fn printed_dates_in_the_header_are_found() {
        let cases = [
            ("Headline\n\nMarch 13, 2020\n\nBody.", date(2020, 3, 13)),
            (
                "Title\nAuthor\n2/25/2021\nUpdated:\n2/26/2021\n",
                date(2021, 2, 25),
            ),
            ("Title\nUpdated 5/5/2010 1:41 PM\nBody.", date(2010, 5, 5)),
            ("Title\nWed May 5, 2010 7:12pm BST\n", date(2010, 5, 5)),
            (
                "Title\nUpdated Thu 6 May 2010, 9:03am AEST\n",
                date(2010, 5, 6),
            ),
            (
                "Title\nFirst Posted 23:37:00 05/05/2010\n",
                date(2010, 5, 5),
            ),
            ("Title\nPosted 27/09/2013\n", date(2013, 9, 27)),
            ("11/28/05\nHeadline\n", date(2005, 11, 28)),
            ("3/4/98\nHeadline\n", date(1998, 3, 4)),
            ("Headline\n12/16/08 1:30 AM EST\n", date(2008, 12, 16)),
            ("8/2/13 at 1:30 PM\nHeadline\n", date(2013, 8, 2)),
            ("Headline\nPOSTED 04/02/07\n", date(2007, 4, 2)),
            // Two zones, a two-word label, an update after the time.
            ("Headline\n06/06/13 07:05 PM ET EDT\n", date(2013, 6, 6)),
            (
                "Headline\nFirst Posted: 08/04/11 06:44 PM ET Updated: 10/04/11 06:12 AM ET\n",
                date(2011, 8, 4),
            ),
            (
                "Headline\nPOSTED: 05/02/07, 9:00 PM PDT |\n",
                date(2007, 5, 2),
            ),
            (
                "Marsk council votes againMay 4, 2009.4:49 pm\nBody.",
                date(2009, 5, 4),
            ),
            // The month's first three letters name it; the rest may be misspelt.
            ("Headline\nNovemer 27, 2005\nBody.", date(2005, 11, 27)),
            ("Headline\n27 Sept. 2005\nBody.", date(2005, 9, 27)),
            ("Headline\nPublished: 09th June 2013\n", date(2013, 6, 9)),
            // Year first, with dashes, dots or slashes.
            ("Headline\nPosted 2014-03-02\n", date(2014, 3, 2)),
            (
                "Headline\nPublished: 2014.03.02 09:01 AM\n",
                date(2014, 3, 2),
            ),
            ("Headline\n2014/03/02\n", date(2014, 3, 2)),
            (
                "Headline\nSunday, November 27-2005 at 16:12\n",
                date(2005, 11, 27),
            ),
        ];
        for (text, want) in cases {
            let got = published(text).map(|d| d.value.date);
            assert_eq!(got, Some(want), "in {text:?}");
        }
    }

    #[test]
    fn a_time_in_gmt_on_the_date_line_gives_the_instant() {
        let text = "Headline\nPosted: 01:47 GMT, 6 June 2016 | Updated: 20:05 GMT\n";
        let found = published(text).map(|d| d.value);
        let want: jiff::Timestamp = "2016-06-06T01:47:00Z".parse().expect("instant");
        assert_eq!(found.and_then(|p| p.instant), Some(want));
        let local = published("Title\nWed May 5, 2010 7:12pm BST\n").map(|d| d.value);
        assert_eq!(local.and_then(|p| p.instant), None);
    }

    #[test]
    fn a_date_inside_a_long_paragraph_is_not_the_publication_date() {
        let text = format!(
            "Title\n{} on March 3, 2019 it said.\n",
            "Long prose ".repeat(10)
        );
        assert_eq!(published(&text), None);
        // Short sentences of the story are not datelines either.
        for prose in [
            "Title\nOkafor was born on March 3, 1951, in Dunmore.\n",
            "Title\nOn Friday, June 2, 1961, Marsk woke to the news:\n",
            "Title\nThe notes mature on May 8, 1987.\n",
        ] {
            assert_eq!(published(prose), None, "in {prose:?}");
        }
        assert_eq!(
            published("Title\nPosted on Monday, May 8, 1987.\n").map(|d| d.value.date),
            Some(date(1987, 5, 8)),
            "one label word is still a dateline"
        );
        // A two-digit year counts only on a line of its own.
        assert_eq!(published("Title\nSee page 3/4/98 for more\n"), None);
    }

    #[test]
    fn wire_datelines_give_a_month_and_day() {
        assert_eq!(
            dateline("U.S. TO SELL BILLS\nWASHINGTON, April 2 - The Treasury said"),
            Some((4, 2))
        );
        assert_eq!(
            dateline("THE HAGUE, March 9 - The Dutch surplus fell"),
            Some((3, 9))
        );
        assert_eq!(dateline("Police said on March 9 - no one was hurt"), None);
        assert_eq!(
            dateline_place("BANK RATE CUT\nVANCOUVER, British Columbia, March 11 - The bank"),
            Some("VANCOUVER")
        );
        assert_eq!(
            dateline_place("THE HAGUE, March 9 - The Dutch"),
            Some("THE HAGUE")
        );
        assert_eq!(dateline_place("Police said on March 9 - no one"), None);
        // A state after the city, and a dash with no space before it.
        assert_eq!(dateline("DRESHER, Pa., April 1 - Selas said"), Some((4, 1)));
        assert_eq!(dateline("LONDON, Oct 20- Allied said"), Some((10, 20)));
    }

    #[test]
    fn impossible_dates_are_ignored() {
        assert_eq!(date_in("13/13/2020"), None);
        assert_eq!(date_in("February 30, 2020"), None);
        assert_eq!(date_in("2020.02.30"), None);
        // Two separators are no date.
        assert_eq!(date_in("2020.02/03"), None);
    }
}
