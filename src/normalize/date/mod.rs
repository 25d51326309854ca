//! Dates, absolute and relative, resolved against the article's publication
//! date: "March 11", "Jan. 3", "2/25/2021", "March 13, 2020", "Wednesday",
//! "early Friday", "Thursday morning", "in the early hours of Friday", "a day
//! earlier", "yesterday", "last year", "late December", "in January", "in the
//! last six months", "since late October", "earlier this year".
//!
//! In: a sentence and a [`DateContext`]. Out: [`DateMatch`]es, each an
//! inclusive interval of calendar days with an optional part of the day.
//! Phrases that need a publication date to mean anything ("on Saturday",
//! "November 19", "last night") are found apart when the date is unknown
//! ([`find_undated`]): the text names a day nobody can place yet.

use jiff::civil::Date;
use serde::Serialize;

mod forms;
#[cfg(test)]
mod tests;

use forms::{ANY, Form, PATTERNS, Told, counts_from_article, resolve};

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
    /// True when the publication date is a UTC date read from the page and
    /// the outlet's zone is not known, at an hour when the Americas are
    /// still on the day before: "today" and "tonight" may be either day.
    pub published_eve: bool,
    /// The last few days the text gave with their year: a month and day it
    /// repeats without one is that day ("on April 8, 2012 … at 10 p.m.
    /// April 8"), not the last April 8 before publication.
    pub stated: [Option<Date>; STATED_DAYS],
    /// The last few months the text gave with their year ("in June 2005"),
    /// as their first days: a day of that month written later without a
    /// year ("killed on June 24") is of that year.
    pub stated_months: [Option<Date>; STATED_DAYS],
}

/// How many days, and how many months, given with their year a document's
/// context remembers.
pub const STATED_DAYS: usize = 4;

impl DateContext {
    /// Remember `day`, given with its year, for a later mention of its month
    /// and day alone; the oldest remembered goes.
    pub fn state(&mut self, day: Date) {
        if self.stated.contains(&Some(day)) {
            return;
        }
        self.stated.rotate_right(1);
        self.stated[0] = Some(day);
    }

    /// Remember the month starting on `first`, given with its year, for a
    /// later day of it written alone; the oldest remembered goes.
    pub fn state_month(&mut self, first: Date) {
        if self.stated_months.contains(&Some(first)) {
            return;
        }
        self.stated_months.rotate_right(1);
        self.stated_months[0] = Some(first);
    }
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
    /// True for "today", "tonight" and "this morning": the day the words
    /// were written or said, which inside a quote is the speaker's day, or
    /// no day at all ("what we face today").
    pub present: bool,
    /// True for a day counted back from the date before it ("the previous
    /// day", "a day earlier"): a second such count ("the previous day's
    /// shooting") counts from that same date, not from this one. A count
    /// forward ("the next day") moves the story on and is the next anchor.
    pub counted: bool,
    /// True when the words give the year ("April 8, 2012"), not only the
    /// month and day: such a day dates a later "April 8" (`DateContext::state`).
    pub year_written: bool,
}

/// True when a date ends with the sentence's full stop after a month's full
/// name ("on 7 July."): an abbreviation keeps its own ("9 Sept.").
fn ends_with_a_stop(c: &regex::Captures<'_>) -> bool {
    c.get(0).is_some_and(|m| m.as_str().ends_with('.'))
        && c.name("month").is_some_and(|m| {
            crate::language::MONTHS.field(&m.as_str().to_lowercase(), 2) == Some("name")
        })
}

/// True when `text` says "last year", the year before the article's: not
/// "the last year", the year up to some day.
pub fn says_last_year(text: &str) -> bool {
    let lower = text.to_lowercase();
    lower
        .match_indices("last year")
        .any(|(at, _)| !lower[..at].ends_with("the "))
}

/// Every date in `sentence`, resolved against `context`, in text order and
/// without overlaps (the earlier, then longer, match wins).
pub fn find_dates(sentence: &str, context: DateContext) -> Vec<DateMatch> {
    let last_year = context.published.and_then(|p| {
        let says = context.last_year || says_last_year(sentence);
        says.then(|| p.year() - 1)
    });
    let mut found: Vec<(DateMatch, Form, regex::Captures<'_>)> = Vec::new();
    let candidates = ANY.matches(sentence);
    for (form, regex) in candidates.iter().map(|i| &PATTERNS[i]) {
        for c in regex.captures_iter(sentence) {
            // "In March, 2000 protesters": the month alone, the count after.
            let Some(c) = without_counted_year(*form, regex, sentence, c) else {
                continue;
            };
            let Some(whole) = c.get(0) else { continue };
            let before = &sentence[..whole.start()];
            let after = &sentence[whole.end()..];
            if dates_nothing(whole.as_str(), after)
                || (*form == Form::Weekday && (names_the_day(before) || any_such_day(before)))
                // "the next Sunday" counts from a day the story tells, not
                // from the article's.
                || (*form == Form::Weekday && c.name("next").is_some() && ends_with_the(before))
                || (*form == Form::Relative && in_a_title(whole.as_str(), before))
                || (*form == Form::Relative && nowadays(whole.as_str(), before, after))
                || (*form == Form::Year && figure_goes_on(after))
                || (*form == Form::MonthDay && thousands_follow(after))
                // "in the last week of June" is part of June, no week back
                // ("a shortfall this year of 5 billion" is this year's).
                || (*form == Form::Window && of_follows(after))
                // "the last week of June" is part of June, and "the next
                // year" the one after a year the story tells, not the
                // article's next.
                || (*form == Form::Span && ends_with_the(before))
            {
                continue;
            }
            // "The season generally starts in early November": no year's.
            if c.name("year").is_none() && habitual(before) {
                continue;
            }
            let told = Told {
                ahead: &|| ahead_of_article(before) || opens_ahead(before, after),
                past: &|| told_in_the_past(before),
            };
            if let Some(m) = resolve(*form, &c, context, last_year, told) {
                let m = DateMatch {
                    start: whole.start(),
                    end: whole.end() - usize::from(ends_with_a_stop(&c)),
                    year_written: c.name("year").is_some(),
                    ..m
                };
                found.push((m, *form, c));
            }
        }
    }
    found.sort_by_key(|(m, ..)| (m.start, std::cmp::Reverse(m.end)));
    let mut out: Vec<DateMatch> = Vec::new();
    for (m, form, c) in found {
        if out.last().is_some_and(|last| m.start < last.end) {
            continue;
        }
        out.push(counted_from_own_day(sentence, (m, form, &c), &out, context).unwrap_or(m));
    }
    out
}

/// `m` (of `form`, matched as `c`) counted again from the date its own
/// sentence gave last before it, when it is a day counted from another
/// ("killed on June 24, after an attack four days earlier"): that day, not
/// the last one of the sentences before, is what it counts from. `None`
/// when `m` counts from nothing in its sentence ("two days ago" counts from
/// the article), when the date before it is longer than a day ("resigned
/// last week"), or when that date is the day something was said ("police
/// said on Friday", not "was reported on Friday"), which no event counts
/// from.
fn counted_from_own_day(
    sentence: &str,
    (m, form, c): (DateMatch, Form, &regex::Captures<'_>),
    earlier: &[DateMatch],
    context: DateContext,
) -> Option<DateMatch> {
    if form != Form::DayOffset || counts_from_article(c) {
        return None;
    }
    let own = earlier.last().filter(|d| d.from == d.to)?;
    // Not a passive report: "a fire was reported on March 3 and put out
    // two days later" counts from March 3.
    let mut back = sentence[..own.start].split_whitespace().rev().peekable();
    back.next_if(|w| w.eq_ignore_ascii_case("on"));
    let said = back
        .next()
        .is_some_and(|w| crate::language::SAYING.contains(&w.to_lowercase()))
        && !back
            .next()
            .is_some_and(|w| crate::language::BE.contains(&w.to_lowercase()));
    if said {
        return None;
    }
    let told = Told {
        ahead: &|| false,
        past: &|| false,
    };
    let anchored = DateContext {
        anchor: Some(own.from),
        ..context
    };
    let again = resolve(form, c, anchored, None, told)?;
    Some(DateMatch {
        from: again.from,
        to: again.to,
        ..m
    })
}

/// True when a year-like figure goes on into another figure: a size ("the
/// 2048 x 1536 display") or a longer date ("in 2009-10-05"), no year.
fn figure_goes_on(after: &str) -> bool {
    let rest = after.trim_start();
    let joined = rest
        .strip_prefix(['x', '×'])
        .map(str::trim_start)
        .or_else(|| after.strip_prefix(['-', '/']));
    joined.is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
}

/// True when a day named from today is written capitalised after a
/// capitalised word: part of a title ("the Marsk Today programme", "Are You
/// Lonesome Tonight"), since the adverb is written in lower case mid-sentence.
fn in_a_title(matched: &str, before: &str) -> bool {
    // Each word capitalised ("Today", "This Morning"); "FED TO ADD RESERVES
    // TODAY", a headline in capitals, dates.
    let title_case = matched.split_whitespace().all(|word| {
        let mut letters = word.chars();
        letters.next().is_some_and(char::is_uppercase) && letters.all(|c| !c.is_uppercase())
    });
    title_case
        && before
            .split(|c: char| c.is_whitespace() || c == '-')
            .rfind(|w| !w.is_empty())
            // "… in the U.S. Overnight on rumours": a word with a full stop
            // may end the sentence before; "RUIZ: Today we", a label.
            .is_some_and(|w| {
                w.starts_with(char::is_uppercase) && w.ends_with(|c: char| c.is_alphanumeric())
            })
}

/// True when "today" opens its sentence before a clause in the plain
/// present ("Today, most ferries still run on diesel"): nowadays, no day.
/// The clause's first words (`NOWADAYS_REACH`, up to a word that opens
/// another clause) must hold a word `tense-marks.tsv` marks "present", not
/// followed by what tells of the day (a form in "-ing" after "be", a
/// participle after "have", "to"), and none it marks "other", no phrase of
/// `future.tsv`, nor a verb in the past before it; "Today's" and words
/// before "today" (other than a quote's mark) make it the article's day, as
/// do a "TODAY" in capitals (a heading) and a "today" that is the subject
/// ("Today is the last day").
fn nowadays(matched: &str, before: &str, after: &str) -> bool {
    if matched != "Today"
        || before.chars().any(char::is_alphanumeric)
        || !after.starts_with([',', ' '])
    {
        return false;
    }
    let clause = after
        .trim_start_matches([',', ' '])
        .split([',', ';', ':', '.', '!', '?', '(', '—'])
        .next()
        .unwrap_or("");
    // The subject and verb of the clause: up to a word opening another
    // ("that", "which"), a few words in.
    let words: Vec<&str> = clause
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take_while(|w| !crate::language::CLAUSE_OPENERS.contains(&w.to_lowercase()))
        .take(NOWADAYS_REACH)
        .collect();
    let mark = |w: &&str| crate::language::TENSE_MARKS.field(&w.to_lowercase(), 1);
    // "Today is the last day of the talks": "today" is the subject, a day.
    if !after.starts_with(',') && words.first().is_some_and(|w| mark(w).is_some()) {
        return false;
    }
    let Some(verb) = words.iter().position(|w| mark(w) == Some("present")) else {
        return false;
    };
    // "Today, police are searching", "Today, Marsk has announced", "Today,
    // 12 are confirmed dead", "Today, police still refused": right after
    // the mark, a form in "-ing" after "be", a participle after "have", a
    // counted subject or an adverb, or "to" tells of the day; "is owned
    // by", "is based in", "is nothing more than" are how things are. One
    // further on is no verb of the clause ("still love the old-fashioned
    // look").
    let marked = words[verb].to_lowercase();
    let be = crate::language::BE.contains(&marked);
    let perfect = matches!(marked.as_str(), "has" | "have");
    let counted = verb
        .checked_sub(1)
        .is_some_and(|k| words[k].starts_with(|c: char| c.is_ascii_digit()));
    let of_the_day = words.get(verb + 1).is_some_and(|w| {
        let lower = w.to_lowercase();
        let ing = lower.len() > 4 && lower.ends_with("ing") && !lower.ends_with("thing");
        let participle = (lower.len() > 4 && lower.ends_with("ed"))
            || crate::language::IRREGULAR_PAST.contains(&lower);
        lower == "to" || (ing && be) || (participle && (perfect || counted || !be))
    });
    let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    let lower: Vec<&str> = lower.iter().map(String::as_str).collect();
    !of_the_day
        && !words.iter().any(|w| mark(w) == Some("other"))
        && !(0..verb).any(|at| in_the_past(&words, at))
        && !table_phrase_in(&lower, &crate::language::FUTURE)
}

/// How many words after "Today" `nowadays` reads for the clause's verb.
const NOWADAYS_REACH: usize = 8;

/// True when the word right before is "the", any case.
fn ends_with_the(before: &str) -> bool {
    before
        .split_whitespace()
        .next_back()
        .is_some_and(|w| w.eq_ignore_ascii_case("the"))
}

/// True when the next word is "of", any case.
fn of_follows(after: &str) -> bool {
    after
        .split_whitespace()
        .next()
        .is_some_and(|w| w.eq_ignore_ascii_case("of"))
}

/// True when a day's figure goes on into thousands ("in late April
/// 7,500,000 shares"): a count, no day of the month.
fn thousands_follow(after: &str) -> bool {
    after.strip_prefix(',').is_some_and(|rest| {
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        digits == 3
    })
}

/// A month's match `c` without the figure after its comma where that is a
/// count (`counts_after_comma`): the match again, up to the comma.
fn without_counted_year<'s>(
    form: Form,
    regex: &regex::Regex,
    sentence: &'s str,
    c: regex::Captures<'s>,
) -> Option<regex::Captures<'s>> {
    let whole = c.get(0)?;
    if form != Form::MonthPart || !counts_after_comma(&c, &sentence[whole.end()..]) {
        return Some(c);
    }
    let comma = whole.start() + whole.as_str().find(',')?;
    regex
        .captures_at(&sentence[..comma], whole.start())
        .filter(|m| m.get(0).is_some_and(|m| m.start() == whole.start()))
}

/// True when the figure a month's comma sets off is a count, not its year:
/// "In March, 2000 protesters marched" (a plural noun follows it: not "in
/// October, 1985 cut its deficit"), "In May, 4000 workers struck" (no year
/// news writes so).
fn counts_after_comma(c: &regex::Captures<'_>, after: &str) -> bool {
    let (Some(whole), Some(year)) = (c.get(0), c.name("year")) else {
        return false;
    };
    if !whole.as_str()[..year.start() - whole.start()].contains(',') {
        return false;
    }
    let noun = after
        .strip_prefix(' ')
        .and_then(|rest| rest.split(|ch: char| !ch.is_alphabetic()).next())
        .is_some_and(|w| {
            w.starts_with(char::is_lowercase)
                && w.len() > 3
                && w.ends_with('s')
                && !crate::language::is_function_word(w)
                && !crate::language::is_be_or_auxiliary(w, w)
        });
    noun || !year
        .as_str()
        .parse::<i16>()
        .is_ok_and(|y| COMMA_YEARS.contains(&y))
}

/// The years a month's comma may set off ("in February, 2003").
const COMMA_YEARS: std::ops::RangeInclusive<i16> = 1800..=2100;

/// True when the words right after a period make it a rough span ("over the
/// next day or two"), a recurring day ("Tuesday of each month") or, after a
/// year (`matched` ends in one), a sum's base ("in 2006 dollars"), none of
/// which dates anything: a phrase of `no-day-ends.tsv`, as whole words.
fn dates_nothing(matched: &str, after: &str) -> bool {
    let rest = after.trim_start();
    if rest.len() == after.len() {
        return false;
    }
    // Bytes, not a slice of the text: a date may end in a curly mark.
    let bytes = matched.as_bytes();
    let year = bytes.len() >= 4 && bytes[bytes.len() - 4..].iter().all(u8::is_ascii_digit);
    crate::language::NO_DAY_ENDS.words().any(|phrase| {
        rest.get(..phrase.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(phrase))
            && !rest[phrase.len()..].starts_with(char::is_alphanumeric)
            && (year || crate::language::NO_DAY_ENDS.field(phrase, 1) != Some("year"))
    })
}

/// True when the word right before a weekday makes it a named day ("Patch
/// Tuesday", "Good Friday"): a capitalised word of `named-days.tsv`.
fn names_the_day(before: &str) -> bool {
    let Some(word) = before.strip_suffix(' ').and_then(|b| b.rsplit(' ').next()) else {
        return false;
    };
    word.starts_with(char::is_uppercase)
        && crate::language::NAMED_DAYS.contains(&word.to_lowercase())
}

/// True when the words right before a weekday, past one adjective, make it
/// no particular day (`any-day.tsv`: "on a Friday afternoon", "every
/// Sunday", "on a rainy Friday", "every other Sunday").
fn any_such_day(before: &str) -> bool {
    let mut words: Vec<&str> = before.split_whitespace().rev().take(3).collect();
    let table = &crate::language::ANY_DAY;
    let adjective = |w: &str| {
        w.chars().all(char::is_lowercase)
            && !table.contains(w)
            && !crate::language::is_function_word(w)
    };
    let skipped = words.first().is_some_and(|w| adjective(w));
    if skipped {
        words.remove(0);
    }
    let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    // "one" only right before the day: "one analyst Friday said" is a day.
    let fits = |phrase: &str| {
        table.contains(phrase) && !(skipped && table.field(phrase, 1) == Some("next"))
    };
    lower.first().is_some_and(|last| fits(last))
        || lower.len() >= 2 && fits(&format!("{} {}", lower[1], lower[0]))
}

/// Words before a date, in its own clause, that may put it ahead ("due to
/// be released to the general public Oct. 26"; "will sign the lease for
/// the old Marsk bakery near the harbour in Orsova on Sept. 8": fifteen).
const AHEAD_REACH: usize = 16;

/// Words before a date, in its own clause, that may say it happens as a
/// rule ("generally starts in early November"; "generally expect a modest
/// pickup in March" is a forecast, not a habit).
const HABIT_REACH: usize = 6;

/// True when the words just before a date, in its clause, put it ahead of
/// the article ("is to be formally sentenced May 3"): a phrase of
/// `future.tsv` among them.
fn ahead_of_article(before: &str) -> bool {
    words_before_match(before, &crate::language::FUTURE, AHEAD_REACH)
}

/// The most words before a date that still make the phrase it stands in
/// open its sentence ("In", "On the"), all of them function words.
const OPENING_WORDS: usize = 3;

/// The words after a date in an opening phrase that may put it ahead ("In
/// Saturday's semifinals, Marsk will play Orsova": ten).
const AHEAD_AFTER_REACH: usize = 10;

/// True when a date in a phrase opening its sentence ("In Saturday's
/// semifinals,"), or in a present-tense clause opening it ("When Pike
/// returns on May 3,"; `present_clause`), is put ahead by the clause that
/// follows ("Marsk and Orsova will play"): a phrase of `future.tsv` marked
/// "after" in that clause, before any verb in the past, verb of saying or
/// conjunction other than one between two names ("On Saturday, police said
/// the man will appear", "On March 3, police arrested a man who will
/// appear" and "After Saturday's loss, Marsk will play" stay past).
fn opens_ahead(before: &str, after: &str) -> bool {
    let opening: Vec<&str> = before.split_whitespace().collect();
    let opens = opening.first().is_some_and(|first| {
        crate::language::CLAUSE_OPENERS.field(&first.to_lowercase(), 1) != Some("conjunction")
    }) && opening.len() <= OPENING_WORDS
        && opening.iter().all(|w| crate::language::is_function_word(w));
    if !opens && !present_clause(&opening) {
        return false;
    }
    // The opening phrase, then the clause after its comma.
    let clause = after
        .splitn(3, [',', ';'])
        .take(2)
        .collect::<Vec<_>>()
        .join(" ");
    let written: Vec<&str> = clause
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(AHEAD_AFTER_REACH)
        .collect();
    let mut words: Vec<String> = Vec::new();
    for (at, word) in written.iter().enumerate() {
        let lower = word.to_lowercase();
        // "Pike and Ruiz will play": a conjunction between names joins a
        // subject.
        let joins_names = at > 0
            && written[at - 1].starts_with(char::is_uppercase)
            && written
                .get(at + 1)
                .is_some_and(|w| w.starts_with(char::is_uppercase));
        if crate::language::SAYING.contains(&lower)
            || (crate::language::COORDINATORS.contains(&lower) && !joins_names)
            || in_the_past(&written, at)
        {
            break;
        }
        words.push(lower);
    }
    crate::language::FUTURE.words().any(|phrase| {
        let parts: Vec<&str> = phrase.split(' ').collect();
        crate::language::FUTURE.field(phrase, 1) == Some("after")
            && words
                .windows(parts.len())
                .any(|w| w.iter().zip(&parts).all(|(a, b)| a == b))
    })
}

/// True when the words before a date are a clause of `ahead-clauses.tsv`
/// in the present tense that opens its sentence ("When Pike returns to
/// court on", after a quote's mark too): no verb in the past, no word of
/// `past-auxiliaries.tsv`, no comma.
fn present_clause(opening: &[&str]) -> bool {
    let past = |at: usize| {
        in_the_past(opening, at)
            || crate::language::PAST_AUXILIARIES.contains(&opening[at].to_lowercase())
    };
    opening.first().is_some_and(|first| {
        let word = first.trim_start_matches(|c: char| !c.is_alphanumeric());
        crate::language::AHEAD_CLAUSES.contains(&word.to_lowercase())
    }) && opening.len() <= CLAUSE_OPENING_WORDS
        && !opening.iter().any(|w| w.contains(','))
        && !(0..opening.len()).any(past)
}

/// The most words of a present-tense clause opening a sentence before a
/// date ("When Pike returns to court on").
const CLAUSE_OPENING_WORDS: usize = 10;

/// True when the clause before a date tells of the past: a verb in the
/// past tense among its words after its last verb of saying ("the mill
/// closed on Thanksgiving"; not "police said they expect traffic on Labor
/// Day", where only the saying is past).
fn told_in_the_past(before: &str) -> bool {
    let words = clause_words(before);
    let said = words
        .iter()
        .rposition(|w| crate::language::SAYING.contains(&w.to_lowercase()))
        .map_or(0, |at| at + 1);
    (said..words.len()).any(|at| in_the_past(&words, at))
}

/// True when the clause before a date says what happens as a rule
/// ("generally", "every year"): a phrase of `habitual.tsv` among its last
/// words.
fn habitual(before: &str) -> bool {
    words_before_match(before, &crate::language::HABITUAL, HABIT_REACH)
}

/// True when the clause `before` ends in holds a phrase of `table` among
/// its last `reach` words. Another date's words do not count ("will
/// take place from October 16 to November 14": the second day is as far
/// ahead as the first), and no phrase runs across them ("is March 1 to
/// March 5" holds no "is to"), nor does a word before a relative pronoun
/// ("will release the name of the man who died on Tuesday"). A phrase may
/// open with "^", the clause's start (or the relative clause's).
fn words_before_match(before: &str, table: &crate::language::Table, reach: usize) -> bool {
    /// Stands for a date's word: no phrase holds it.
    const DATE_WORD: &str = "";
    let written = clause_words(before);
    let lower: Vec<String> = written.iter().map(|w| w.to_lowercase()).collect();
    let all: Vec<&str> = lower
        .iter()
        .map(String::as_str)
        .map(|w| {
            if w.starts_with(|c: char| c.is_ascii_digit())
                || crate::language::month_number(w).is_some()
            {
                DATE_WORD
            } else {
                w
            }
        })
        .collect();
    // "the man who died on Tuesday", "after the rivals defeated them
    // Friday": the words before a relative pronoun, or before a conjunction
    // whose clause tells of the past, say nothing of that clause's day.
    let opened = all
        .iter()
        .enumerate()
        .rposition(
            |(at, w)| match crate::language::CLAUSE_OPENERS.field(w, 1) {
                Some("relative") => true,
                Some("conjunction") => (at + 1..written.len()).any(|k| in_the_past(&written, k)),
                _ => false,
            },
        )
        .map_or(0, |at| at + 1);
    let mut from = all.len();
    let mut words = 0;
    while from > opened && words < reach {
        from -= 1;
        words += usize::from(all[from] != DATE_WORD);
    }
    // "^" stands for the clause's start, where the reach gets to it.
    let mut within: Vec<&str> = Vec::with_capacity(all.len() - from + 1);
    if from == 0 || from == opened {
        within.push(CLAUSE_START);
    }
    within.extend_from_slice(&all[from..]);
    table_phrase_in(&within, table)
}

/// The words, as written, of the clause `before` ends in (after its last
/// comma or semicolon).
fn clause_words(before: &str) -> Vec<&str> {
    let clause = before.rsplit([',', ';']).next().unwrap_or(before);
    clause
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect()
}

/// True when `words[at]` (as written) is a verb in the past tense: a
/// regular one ("defeated") or one of `irregular-past.tsv`. Not a
/// capitalised word ("United", "Armed"), a number word ("hundred"), one in
/// "-eed" ("indeed", "proceed"), nor a participle after a form of "be"
/// ("after he is questioned on Monday", a passive). An adjective in "-ed"
/// still passes ("the scheduled vote").
fn in_the_past(words: &[&str], at: usize) -> bool {
    let written = words[at];
    if written.starts_with(char::is_uppercase) {
        return false;
    }
    let word = written.to_lowercase();
    let regular = word.len() > 4
        && word.ends_with("ed")
        && !word.ends_with("eed")
        && !crate::language::NUMBERS.contains(&word);
    let passive = at
        .checked_sub(1)
        .is_some_and(|p| crate::language::BE.contains(&words[p].to_lowercase()));
    (regular && !passive) || crate::language::IRREGULAR_PAST.contains(&word)
}

/// Stands for the start of a date's clause in a table's phrase ("^ expected
/// to" in `future.tsv`).
const CLAUSE_START: &str = "^";

/// True when one of `table`'s phrases (words joined by spaces) stands in
/// `words`.
fn table_phrase_in(words: &[&str], table: &crate::language::Table) -> bool {
    table.words().any(|phrase| {
        let phrase: Vec<&str> = phrase.split(' ').collect();
        words.windows(phrase.len()).any(|w| w == phrase.as_slice())
    })
}

/// A day the text names that no publication date resolves: "on Saturday",
/// "November 19", "last night" in an article that does not say when it came
/// out.
#[derive(Debug, Clone, PartialEq)]
pub struct UndatedMatch {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// The phrase as a reader names the day: lower case, weekday and month
    /// names capitalised, "on" left out ("Saturday", "November 19", "last
    /// night").
    pub said: String,
    /// Part of the day, where one is named.
    pub part: Option<DayPart>,
    /// As [`DateMatch::present`].
    pub present: bool,
}

/// Every date phrase of `sentence` that only a publication date would
/// resolve, when `context` has none; none when it has one. `dated` are the
/// phrases already resolved, left out.
pub fn find_undated(
    sentence: &str,
    context: DateContext,
    dated: &[DateMatch],
) -> Vec<UndatedMatch> {
    if context.published.is_some() {
        return Vec::new();
    }
    // Any publication date resolves what can be resolved; a phrase that is
    // no date whatever the day (February 30) stays out.
    let probe = DateContext {
        published: Date::new(2001, 1, 3).ok(),
        ..context
    };
    find_dates(sentence, probe)
        .into_iter()
        .filter(|m| !dated.iter().any(|d| m.start < d.end && d.start < m.end))
        .map(|m| UndatedMatch {
            start: m.start,
            end: m.end,
            said: said(&sentence[m.start..m.end]),
            part: m.part,
            present: m.present,
        })
        .collect()
}

/// A date phrase as a reader names the day.
fn said(phrase: &str) -> String {
    let words: Vec<String> = phrase
        .split_whitespace()
        .map(|w| {
            let lower = w.to_lowercase();
            let bare = lower.trim_end_matches("'s").trim_end_matches("’s");
            let key = bare.trim_end_matches(['.', ',']);
            if crate::language::is_calendar_word(key)
                || crate::language::month_number(key).is_some()
            {
                let mut chars = bare.chars();
                chars
                    .next()
                    .map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
            } else {
                bare.to_string()
            }
        })
        .collect();
    let start = usize::from(words.first().is_some_and(|w| w == "on"));
    words[start..].join(" ")
}

/// The byte ranges of every date-like phrase in `sentence`, resolvable or
/// not: the numbers in "on Nov. 12" are a date even when no publication date
/// says which year.
pub fn date_spans(sentence: &str) -> Vec<(usize, usize)> {
    ANY.matches(sentence)
        .iter()
        .flat_map(|i| {
            let (form, regex) = &PATTERNS[i];
            // Captures, dearer than a plain search, only where a month's
            // comma may set off a count.
            let spans: Vec<(usize, usize)> = if *form == Form::MonthPart {
                regex
                    .captures_iter(sentence)
                    .filter_map(|c| without_counted_year(*form, regex, sentence, c)?.get(0))
                    .map(|m| (m.start(), m.end()))
                    .collect()
            } else {
                regex
                    .find_iter(sentence)
                    .map(|m| (m.start(), m.end()))
                    .collect()
            };
            spans
        })
        .collect()
}
