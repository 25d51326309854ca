//! The days an article says its happening fell on, and when two articles'
//! days rule out one story.
//!
//! Two quakes in one valley a year apart, or a boxer's two fights, are told
//! with the same rare names; what tells them apart is the day. An article's
//! event days are the days its date claims give for a named event ("a quake
//! struck on Sunday", "early Thursday, March 14, 2013") that are not recalled
//! from long before it came out. A day is a calendar day where one could be
//! computed, or else a weekday ("Sunday" in an article with no publication
//! date). Two articles whose event days are all at least two days apart are
//! about different happenings, however alike their names: the link between
//! them is dropped before clustering. Only the lede's days count: a later
//! paragraph may date what led up to the happening ("the offensive began on
//! Saturday"). One day apart is no proof: the same
//! night is "Thursday" in Washington and "early Friday" in Baghdad.

use jiff::civil::Date;

use crate::claim::{Claim, ClaimKind, Value};
use crate::corpus::Corpus;

/// A date this many days or more before its article is a recalled event.
const RECALLED_DAYS: i32 = 30;
/// Days closer than this may be one happening told in two time zones.
const APART_DAYS: i32 = 2;
/// A period longer than this ("in March", "last week") names no day.
const DAY_SPAN: i32 = 1;

/// A day an article gives its happening.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Day {
    /// A calendar day.
    Date(Date),
    /// A weekday, 0 for Monday, where no date could be computed.
    Weekday(u8),
}

impl Day {
    fn weekday(self) -> u8 {
        match self {
            Day::Date(d) => d.weekday().to_monday_zero_offset() as u8,
            Day::Weekday(w) => w,
        }
    }

    /// True when the two days may be one happening's day.
    fn near(self, other: Day) -> bool {
        if let (Day::Date(a), Day::Date(b)) = (self, other) {
            return (a - b).get_days().abs() < APART_DAYS;
        }
        let gap = (i32::from(self.weekday()) - i32::from(other.weekday())).rem_euclid(7);
        gap.min(7 - gap) < APART_DAYS
    }
}

/// Each document's event days, from its lede, in corpus order (see the
/// module comment).
pub fn event_days(corpus: &Corpus, claims: &[Claim]) -> Vec<Vec<Day>> {
    let mut days = vec![Vec::new(); corpus.documents.len()];
    for c in claims.iter().filter(|c| c.kind == ClaimKind::Date) {
        if !c.context.lede || c.context.event_noun.is_none() {
            continue;
        }
        let doc = c.span.doc.0 as usize;
        let published = corpus.documents[doc].meta.published.map(|p| p.date);
        let day = match (&c.value, c.context.weekday) {
            (Value::Date { from, to, .. }, _) if (*to - *from).get_days() < DAY_SPAN => {
                let recalled = published.is_some_and(|p| (p - *from).get_days() >= RECALLED_DAYS);
                (!recalled).then_some(Day::Date(*from))
            }
            (Value::Day { .. }, Some(w)) => Some(Day::Weekday(w)),
            _ => None,
        };
        if let Some(day) = day
            && !days[doc].contains(&day)
        {
            days[doc].push(day);
        }
    }
    days
}

/// True when both articles give event days and none of one's is near any of
/// the other's: they tell different happenings.
pub fn apart(a: &[Day], b: &[Day]) -> bool {
    !a.is_empty() && !b.is_empty() && a.iter().all(|&x| b.iter().all(|&y| !x.near(y)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn days_two_or_more_apart_are_different_happenings() {
        let thursday = Day::Date(date(2013, 3, 14));
        assert!(apart(&[thursday], &[Day::Weekday(6)]));
        assert!(apart(&[thursday], &[Day::Date(date(2013, 3, 16))]));
    }

    #[test]
    fn a_day_apart_may_be_one_night_in_two_zones() {
        let thursday = Day::Date(date(2020, 3, 12));
        assert!(!apart(&[thursday], &[Day::Date(date(2020, 3, 13))]));
        assert!(!apart(&[thursday], &[Day::Weekday(4)]));
        // Sunday and Monday are neighbours across the week's end.
        assert!(!apart(&[Day::Weekday(6)], &[Day::Weekday(0)]));
    }

    #[test]
    fn one_shared_day_keeps_articles_together_and_no_days_prove_nothing() {
        let sunday = Day::Weekday(6);
        let tuesday = Day::Weekday(1);
        assert!(!apart(&[tuesday, sunday], &[sunday]));
        assert!(!apart(&[], &[sunday]));
    }
}
