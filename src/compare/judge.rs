//! A rule's judgement of two claims that passed the gates: the comparison
//! kind reads the two values (and, for times, the days they fall on) and says
//! agree, compatible, contradict or distinct, and why.

use jiff::civil::Date;

use super::amount::{self, AmountParams, Order};
use super::date::{self, Days};
use super::gate::{Pair, one_sum};
use super::time::{self, TimeOfDay};
use super::{CompareKind, Judgement, quote};
use crate::claim::{Claim, Value};
use crate::corpus::Corpus;
use crate::verdict::Verdict;

/// Which of two claims' articles came out first, where both dates say.
fn order(corpus: &Corpus, a: &Claim, b: &Claim) -> Order {
    let when = |c: &Claim| {
        corpus
            .get(c.span.doc)
            .meta
            .published
            .map(|p| (p.date, p.instant))
    };
    match (when(a), when(b)) {
        (Some(x), Some(y)) if x.0 != y.0 || (x.1.is_some() && y.1.is_some() && x.1 != y.1) => {
            if x < y {
                Order::FirstEarlier
            } else {
                Order::SecondEarlier
            }
        }
        _ => Order::Unknown,
    }
}

/// True when both claims cite the same source.
pub fn cite_one_source(a: &Claim, b: &Claim) -> bool {
    match (&a.attribution, &b.attribution) {
        (Some(x), Some(y)) => !x.key.is_empty() && x.key == y.key,
        _ => false,
    }
}

/// The judgement of the pair's comparison kind, or None when the kind does
/// not compare such values.
pub fn judge(pair: &Pair<'_>) -> Option<Judgement> {
    let (a, b, corpus) = (pair.a, pair.b, pair.corpus);
    match (pair.kind, &a.value, &b.value) {
        (CompareKind::Amount(p), _, _) => {
            let (x, y) = (amount::of(&a.value)?, amount::of(&b.value)?);
            // Two outlets quoting one agency must agree to the letter.
            let strict;
            let p = if p.exact_for_same_source && cite_one_source(a, b) {
                strict = AmountParams {
                    tolerance: amount::Tolerance {
                        exact: 0.0,
                        approximate: 0.0,
                    },
                    ..p.clone()
                };
                &strict
            } else {
                p
            };
            let mut judgement = amount::judge(x, y, p, order(corpus, a, b));
            if one_sum(a, b) {
                // A conversion is the writer's sum at the day's rate: rates
                // move, so two conversions of one figure never contradict.
                if judgement.verdict == Verdict::Contradict {
                    judgement = Judgement::new(
                        Verdict::Compatible,
                        format!("{x} against {y}: rates differ, which is no disagreement"),
                    );
                }
                judgement.explanation = format!(
                    "both convert the same figure, {}, at their own rates: {}",
                    a.subject.converts, judgement.explanation
                );
            }
            Some(judgement)
        }
        (CompareKind::Time(p), Value::Time { .. }, Value::Time { .. }) => {
            let day = |c: &Claim| {
                c.context
                    .when
                    .map(|w| w.0)
                    .or_else(|| corpus.get(c.span.doc).meta.published.map(|p| p.date))
            };
            let (mut ta, mut tb) = (time_of(a, day(a))?, time_of(b, day(b))?);
            time::same_clock(&mut ta, &mut tb)?;
            Some(time::judge(&ta, &tb, p))
        }
        (
            CompareKind::Clock(p),
            Value::Clock {
                period: pa,
                left: la,
            },
            Value::Clock {
                period: pb,
                left: lb,
            },
        ) => Some(super::clock::judge(
            (pa.as_deref(), *la),
            (pb.as_deref(), *lb),
            p,
        )),
        (CompareKind::Date(p), Value::Date { .. }, Value::Date { .. }) => {
            let (da, db) = (days_of(corpus, a)?, days_of(corpus, b)?);
            date::comparable(&da, &db, p).then(|| date::judge(&da, &db))
        }
        (CompareKind::Quote(p), Value::Quote { text: qa }, Value::Quote { text: qb }) => {
            let named = |c: &Claim| {
                c.attribution
                    .as_ref()
                    .and_then(|a| crate::slot::speaker_surname(&a.source))
                    .is_some()
            };
            // Two quotes of unnamed speakers are one remark only in the
            // same words (or one cut from the other), and a few words are no
            // remark.
            let remark = |q: &str| crate::normalize::words::spelled(q).len() >= p.min_words;
            if !(named(a) && named(b) || quote::same_words(qa, qb) && remark(qa) && remark(qb)) {
                return None;
            }
            quote::judge(qa, qb, p)
        }
        (CompareKind::Place(p), _, _) => super::who::places(a, b, p),
        (CompareKind::Actor(p), _, _) => super::who::actors(&a.value, &b.value, p),
        (CompareKind::Person(p), _, _) => super::who::persons(&a.value, &b.value, p),
        (CompareKind::Time(_) | CompareKind::Date(_), Value::Time { .. }, Value::Date { .. }) => {
            time_against_day(corpus, a, b)
        }
        (CompareKind::Time(_) | CompareKind::Date(_), Value::Date { .. }, Value::Time { .. }) => {
            time_against_day(corpus, b, a)
        }
        _ => None,
    }
}

/// A time claim's time of day, on `day` where known (for its zone's offset).
pub fn time_of(c: &Claim, day: Option<Date>) -> Option<TimeOfDay<'_>> {
    match &c.value {
        Value::Time {
            minutes,
            approximate,
            side,
            zone,
        } => Some(TimeOfDay {
            minutes: *minutes,
            approximate: *approximate,
            side: *side,
            zone: zone.as_deref(),
            day,
        }),
        _ => None,
    }
}

fn days_of<'a>(corpus: &Corpus, c: &'a Claim) -> Option<Days<'a>> {
    match &c.value {
        Value::Date {
            from,
            to,
            part,
            zones,
        } => Some(Days {
            from: *from,
            to: *to,
            part: *part,
            zones,
            writer_zone_known: corpus.get(c.span.doc).meta.timezone.is_some(),
        }),
        _ => None,
    }
}

/// A time of day against a date with a day part ("7:37 AM local time"
/// against "yesterday afternoon"). A time whose sentence gives no day may be
/// on its article's day or the day before; it is compared only with a day
/// part of one of those days (a report two days on, "early on Sunday …
/// shortly after 06:00 BST", does not say which day its time is on).
fn time_against_day(corpus: &Corpus, time: &Claim, day: &Claim) -> Option<Judgement> {
    let t = time_of(time, None)?;
    let days = days_of(corpus, day)?;
    days.part.as_ref()?;
    // How far the time's day may be from the other's: a day either way
    // where the time's own day is known (time zones), none where it is a
    // guess.
    let (candidates, reach): (Vec<Date>, i32) = match time.context.when {
        Some((d, _)) => (vec![d], 1),
        None => {
            let p = corpus.get(time.span.doc).meta.published?.date;
            (vec![p, p.yesterday().ok()?], 0)
        }
    };
    if !candidates
        .iter()
        .any(|c| (*c - days.from).get_days().abs() <= reach)
    {
        return None;
    }
    let instants: Vec<jiff::Timestamp> = candidates
        .iter()
        .filter_map(|d| time::instant_on(&t, *d))
        .collect();
    Some(date::judge_time(&days, &instants, &time::describe(&t)))
}
