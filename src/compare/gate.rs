//! The keep-apart gates: before a rule judges two claims of one slot, each
//! gate in [`BEFORE`] may say they are not one fact (and the pair is left
//! unrelated) or that they are alike but about different things (`distinct`,
//! with the gate's reason). After the rule has judged, each gate in [`AFTER`]
//! may say why a contradiction is not one. Gates read claims and document
//! metadata only, never text; the relation's explanation names the gate.

use jiff::civil::Date;

use super::CompareKind;
use super::amount::{self, AmountParams};
use super::judge::time_of;
use super::time;
use crate::claim::{Claim, ClaimKind, Subject, Value};
use crate::corpus::Corpus;
use crate::verdict::Verdict;

/// Claims whose event days are this many days apart are different events.
const EVENT_SLACK_DAYS: i32 = 3;
/// An undated claim may be about an event up to this many days before its
/// article was published.
const UNDATED_REACH_DAYS: i32 = 90;
/// Two undated claims are about one event only if their articles came out
/// within this many days; periods counted from days this far apart differ.
const UNDATED_PUBLISHED_DAYS: i32 = 7;
/// Undated counts and quantities (a backlog of ships, a cash balance) are
/// one fact only if their articles came out within this many days: such
/// figures change daily, unlike an event's toll.
const UNDATED_FIGURE_DAYS: i32 = 1;

/// Two claims of one slot, and what judges them.
pub struct Pair<'a> {
    /// The comparison kind and its parameters.
    pub kind: &'a CompareKind,
    /// For the documents' publication facts.
    pub corpus: &'a Corpus,
    /// The claim of the earlier document.
    pub a: &'a Claim,
    /// The other.
    pub b: &'a Claim,
}

impl Pair<'_> {
    fn amount(&self) -> Option<&AmountParams> {
        match self.kind {
            CompareKind::Amount(p) => Some(p),
            _ => None,
        }
    }

    fn both(&self, kind: ClaimKind) -> bool {
        self.a.kind == kind && self.b.kind == kind
    }
}

/// What a gate says of a pair.
#[derive(Debug, Clone, PartialEq)]
pub enum Apart {
    /// Not one fact: leave the pair unrelated.
    Unrelated(String),
    /// Alike, but about different things: relate them as `distinct`.
    Distinct(String),
    /// One is a part of the other, and that decides: relate them so.
    Decided(Verdict, String),
}

/// A check that keeps claims of one slot apart before a rule judges them.
pub struct Gate {
    /// Its name, as explanations give it.
    pub name: &'static str,
    /// What it keeps apart, in one line.
    pub summary: &'static str,
    check: fn(&Pair<'_>) -> Option<Apart>,
}

impl Gate {
    /// What the gate says of `pair`, if anything.
    pub fn check(&self, pair: &Pair<'_>) -> Option<Apart> {
        (self.check)(pair)
    }
}

/// What an after-gate does with a contradiction.
#[derive(Debug, Clone, PartialEq)]
pub enum Overturn {
    /// Nothing shows the two are one fact: the pair is not compared, as
    /// the gate's summary says.
    Unrelated,
    /// Replace the verdict, for this reason.
    Verdict(Verdict, String),
}

/// A check that may overturn a rule's contradiction.
pub struct AfterGate {
    /// Its name, as explanations give it.
    pub name: &'static str,
    /// What it overturns, in one line.
    pub summary: &'static str,
    check: fn(&Pair<'_>) -> Option<Overturn>,
}

impl AfterGate {
    /// What replaces a contradiction, if anything.
    pub fn check(&self, pair: &Pair<'_>) -> Option<Overturn> {
        (self.check)(pair)
    }
}

/// The gates run before judging, in order; the first that speaks decides.
pub const BEFORE: &[Gate] = &[
    Gate {
        name: "unattached",
        summary: "dates and times whose event is not said are compared only inside one agency's copy",
        check: unattached,
    },
    Gate {
        name: "shares-of",
        summary: "shares and sums of different things ('of traffic', 'of the vote') are not one figure",
        check: shares_of,
    },
    Gate {
        name: "victims",
        summary: "tolls and counts of different people (classes or nationalities) are not one figure",
        check: victims,
    },
    Gate {
        name: "parts",
        summary: "one nationality's figure is a part of a figure that names none: within it, compatible",
        check: parts,
    },
    Gate {
        name: "counted-things",
        summary: "counts of different things ('three bank workers', 'two women') are not one figure, unless one is the class's own word ('60 people', '60 residents') and the figures meet",
        check: counted_things,
    },
    Gate {
        name: "positions",
        summary: "a position in a series ('the fifth round') is no count of it, and two positions are two members",
        check: positions,
    },
    Gate {
        name: "compounds",
        summary: "how many make up a thing ('a four-truck convoy') is not how many something was done to ('stopped two trucks')",
        check: compounds,
    },
    Gate {
        name: "partitive",
        summary: "some of a set ('two of the bombs fell in the camp') is a part of the set's count ('four bombs')",
        check: partitive,
    },
    Gate {
        name: "kinds",
        summary: "counts of kinds that neither includes ('bolt-action rifles', 'hunting rifles') are distinct; a narrower kind within a broader count is a part of it, and a broader count smaller than it may count the others",
        check: kinds,
    },
    Gate {
        name: "reference-points",
        summary: "distances from different places, or of different things (a town's and the event's), measure different things",
        check: reference_points,
    },
    Gate {
        name: "conversions",
        summary: "amounts converting different figures add nothing to the figures' own comparison",
        check: conversions,
    },
    Gate {
        name: "far-apart",
        summary: "figures further apart than the rule's ratio or difference count different things",
        check: far_apart,
    },
    Gate {
        name: "neighbouring-words",
        summary: "counts, sums and shares whose neighbouring words share nothing are of different things",
        check: neighbouring_words,
    },
    Gate {
        name: "prospects",
        summary: "a figure of what may or will happen ('could miss three matches') is not one of what happened ('missed five matches')",
        check: prospects,
    },
    Gate {
        name: "event-days",
        summary: "claims dated to days too far apart, or outside the reach of an undated article, are of different events",
        check: event_days,
    },
    Gate {
        name: "periods",
        summary: "counts over different periods are distinct",
        check: periods,
    },
    Gate {
        name: "states",
        summary: "counts of things in different states (destroyed, damaged) are distinct sets",
        check: states,
    },
    Gate {
        name: "places",
        summary: "counts and tolls of different places are distinct",
        check: places,
    },
    Gate {
        name: "homes",
        summary: "the homes of two different named people ('Okafor, of Leeds', 'Pike, of York') are distinct",
        check: homes,
    },
    Gate {
        name: "shares",
        summary: "a share of one place and a share of another, or of the whole, are distinct",
        check: shares,
    },
    Gate {
        name: "bearings",
        summary: "distances from one place in directions further apart than the rule allows put the event in two places: they contradict",
        check: bearings,
    },
];

/// The gates run on a contradiction, in order; the first that speaks
/// replaces it.
pub const AFTER: &[AfterGate] = &[
    AfterGate {
        name: "one-fact",
        summary: "a contradiction needs evidence that both claims state one fact: both in their articles' ledes (first three paragraphs), one agent named for both, one person's home, distances from one named place, shared words next to the figures, or an event their own sentences name",
        check: one_fact,
    },
    AfterGate {
        name: "different-days",
        summary: "times on different days are different moments (a main shock and its aftershock), not a contradiction",
        check: different_days,
    },
    AfterGate {
        name: "earlier-figures",
        summary: "a figure its sentence calls an earlier one ('initially', 'said earlier') may differ from a later one: an update, compatible",
        check: earlier_figures,
    },
    AfterGate {
        name: "own-sources",
        summary: "figures each side gives from its own source may both stand, where the rule says so",
        check: own_sources,
    },
];

/// Word overlap of two sentences above which they are one agency's copy.
pub const SHARED_COPY: f64 = 0.7;

/// True when the two claims' sentences are near-identical: one agency's copy.
pub fn shared_copy(a: &Claim, b: &Claim) -> bool {
    !a.copy.is_empty() && !b.copy.is_empty() && a.copy.overlap(&b.copy) >= SHARED_COPY
}

fn unattached(p: &Pair<'_>) -> Option<Apart> {
    // A game clock is of its story's match.
    let loose = |c: &Claim| {
        matches!(c.kind, ClaimKind::Date | ClaimKind::Time)
            && c.subject.noun.is_empty()
            && !matches!(c.value, crate::claim::Value::Clock { .. })
    };
    ((loose(p.a) || loose(p.b)) && !shared_copy(p.a, p.b))
        .then(|| Apart::Unrelated("the event it dates is not said".to_string()))
}

fn shares_of(p: &Pair<'_>) -> Option<Apart> {
    p.amount()?;
    let (a, b) = (&p.a.subject.of, &p.b.subject.of);
    (!a.is_empty() && !b.is_empty() && a != b && !one_sum(p.a, p.b))
        .then(|| Apart::Unrelated(format!("a share or sum of {a} and one of {b}")))
}

fn figure_kinds(p: &Pair<'_>) -> bool {
    p.amount().is_some() && p.a.kind != ClaimKind::Quantity
}

fn victims(p: &Pair<'_>) -> Option<Apart> {
    let params = p.amount()?;
    if !figure_kinds(p) {
        return None;
    }
    let (a, b) = (&p.a.subject, &p.b.subject);
    let class = params.same_class(&a.noun, &b.noun);
    // "Two Americans and a Briton" and "a US contractor" are different
    // people; a side that names no nationality can be anyone.
    let who = a.who.is_empty() || b.who.is_empty() || a.who == b.who;
    (!(class && who)).then(|| {
        Apart::Unrelated(format!(
            "{} and {} are different people",
            describe(p.a),
            describe(p.b)
        ))
    })
}

fn describe(c: &Claim) -> String {
    if c.subject.who.is_empty() {
        c.subject.noun.clone()
    } else {
        format!("{} ({})", c.subject.noun, c.subject.who.join(", "))
    }
}

fn parts(p: &Pair<'_>) -> Option<Apart> {
    p.amount()?;
    if !figure_kinds(p) {
        return None;
    }
    // People, not things: "two Israeli tank shells" are not a part of
    // "three shells".
    if !p.a.subject.people || !p.b.subject.people {
        return None;
    }
    let (a, b) = (&p.a.subject, &p.b.subject);
    let (x, y) = (amount::of(&p.a.value)?, amount::of(&p.b.value)?);
    // One nationality's part of a toll that names none: "11 Yemeni
    // pirates" within "23 pirates".
    let by_who = |n: &Subject, w: &Subject| !n.who.is_empty() && w.who.is_empty();
    let (part, whole, pa, wa) = if by_who(a, b) {
        (a, b, x, y)
    } else if by_who(b, a) {
        (b, a, y, x)
    } else {
        return None;
    };
    // A whole that lists its parts is judged part by part by the rule.
    let listed = |v: &Value| matches!(v, Value::Amount { parts, .. } if !parts.is_empty());
    if listed(&p.a.value) || listed(&p.b.value) {
        return None;
    }
    // The same figure said more narrowly is the same fact: the rule judges.
    if pa == wa {
        return None;
    }
    let what = |s: &Subject| format!("{} {}", s.who.join(" "), s.noun);
    (pa.lo <= wa.hi).then(|| {
        Apart::Decided(
            Verdict::Compatible,
            format!("{pa} {} are a part of {wa} {}", what(part), what(whole)),
        )
    })
}

fn counted_things(p: &Pair<'_>) -> Option<Apart> {
    let params = p.amount()?;
    if !p.both(ClaimKind::Count) {
        return None;
    }
    let (a, b) = (&p.a.subject, &p.b.subject);
    let one_class = a.noun == b.noun && !params.broad_classes.contains(&a.noun);
    if a.head == b.head || one_class {
        return None;
    }
    // "60 people" may be the "60 residents": the class's own word names
    // anyone in it, so the two are one figure where their values meet,
    // and otherwise may count different people.
    let generic = |s: &Subject| s.head == s.noun;
    let meet = || {
        let (x, y) = (amount::of(&p.a.value)?, amount::of(&p.b.value)?);
        Some(x.lo <= y.hi && y.lo <= x.hi)
    };
    if a.noun == b.noun && (generic(a) || generic(b)) && meet() == Some(true) {
        return None;
    }
    Some(Apart::Unrelated(format!(
        "{} and {} are different things",
        a.head, b.head
    )))
}

fn positions(p: &Pair<'_>) -> Option<Apart> {
    p.amount()?;
    let (a, b) = (p.a.subject.position, p.b.subject.position);
    if !a && !b {
        return None;
    }
    if a != b {
        return Some(Apart::Unrelated(
            "a position in a series is not a count of it".to_string(),
        ));
    }
    let (x, y) = (amount::of(&p.a.value)?, amount::of(&p.b.value)?);
    (x != y).then(|| {
        Apart::Distinct(format!(
            "positions {x} and {y} in a series of {} are different members of it",
            p.a.subject.head
        ))
    })
}

fn compounds(p: &Pair<'_>) -> Option<Apart> {
    p.amount()?;
    (p.both(ClaimKind::Count) && p.a.subject.compound != p.b.subject.compound).then(|| {
        Apart::Unrelated(
            "one counts what makes up a thing ('a four-truck convoy'), the other a count of its own"
                .to_string(),
        )
    })
}

fn partitive(p: &Pair<'_>) -> Option<Apart> {
    p.amount()?;
    if !p.both(ClaimKind::Count) || p.a.subject.partitive == p.b.subject.partitive {
        return None;
    }
    let (x, y) = (amount::of(&p.a.value)?, amount::of(&p.b.value)?);
    let (part, whole) = if p.a.subject.partitive {
        (x, y)
    } else {
        (y, x)
    };
    // A part larger than the whole is still the rule's to judge.
    (part.lo <= whole.hi).then(|| {
        Apart::Decided(
            Verdict::Compatible,
            format!("{part} of the {} are some of {whole}", p.a.subject.head),
        )
    })
}

fn kinds(p: &Pair<'_>) -> Option<Apart> {
    p.amount()?;
    if !p.both(ClaimKind::Count) {
        return None;
    }
    let (ma, mb) = (&p.a.subject.modifiers, &p.b.subject.modifiers);
    let within = |x: &[String], y: &[String]| x.iter().all(|w| y.contains(w));
    let (x, y) = (amount::of(&p.a.value)?, amount::of(&p.b.value)?);
    if x == y || within(ma, mb) && within(mb, ma) {
        return None;
    }
    let kind = |m: &[String]| format!("{} {}", m.join(" "), p.a.subject.head);
    // The side whose words include the other's counts a narrower kind.
    let (narrow, broad) = if within(mb, ma) {
        ((x, ma), (y, mb))
    } else if within(ma, mb) {
        ((y, mb), (x, ma))
    } else {
        return Some(Apart::Distinct(format!(
            "{} and {} are different kinds",
            kind(ma),
            kind(mb)
        )));
    };
    if narrow.0.lo > broad.0.hi {
        // "nine bolt-action rifles" and "four rifles": the broader count may be
        // of the others; nothing says which.
        return Some(Apart::Unrelated(format!(
            "{} {} is fewer than {} {}: it may count the others",
            broad.0,
            kind(broad.1).trim_start(),
            narrow.0,
            kind(narrow.1)
        )));
    }
    Some(Apart::Decided(
        Verdict::Compatible,
        format!(
            "{} {} are a part of {} {}",
            narrow.0,
            kind(narrow.1),
            broad.0,
            kind(broad.1).trim_start()
        ),
    ))
}

fn reference_points(p: &Pair<'_>) -> Option<Apart> {
    p.amount()?;
    if !p.both(ClaimKind::Quantity) {
        return None;
    }
    let (a, b) = (&p.a.subject, &p.b.subject);
    if a.head != b.head {
        return Some(Apart::Unrelated(format!(
            "measured from different places ({} and {})",
            a.head, b.head
        )));
    }
    (a.located != b.located).then(|| {
        let what = |l: &str| {
            if l.is_empty() {
                "the event's".to_string()
            } else {
                format!("a {l}'s")
            }
        };
        Apart::Unrelated(format!(
            "distances of different things ({} and {})",
            what(&a.located),
            what(&b.located)
        ))
    })
}

fn conversions(p: &Pair<'_>) -> Option<Apart> {
    let (ca, cb) = (&p.a.subject.converts, &p.b.subject.converts);
    (!ca.is_empty() && !cb.is_empty() && ca != cb)
        .then(|| Apart::Unrelated(format!("conversions of different figures ({ca} and {cb})")))
}

fn far_apart(p: &Pair<'_>) -> Option<Apart> {
    let params = p.amount()?;
    let (x, y) = (amount::of(&p.a.value)?, amount::of(&p.b.value)?);
    (!amount::same_figure(x, y, params))
        .then(|| Apart::Unrelated(format!("{x} and {y} are too far apart to be one figure")))
}

/// True when both claims convert the same figure ("euro110 billion ($141
/// billion)" and "110 billion ($158 billion)").
pub fn one_sum(a: &Claim, b: &Claim) -> bool {
    !a.subject.converts.is_empty() && a.subject.converts == b.subject.converts
}

fn neighbouring_words(p: &Pair<'_>) -> Option<Apart> {
    p.amount()?;
    let (a, b) = (p.a, p.b);
    // "11 nations" and "seven leading nations", "962 rigs" and "492 rigs":
    // counts, sums and shares of different things unless their words share
    // one besides the counted noun. What a sum or a share is of is said next
    // to it; what a count is of, anywhere in its sentence.
    let shared = match a.kind {
        ClaimKind::Count => a.context.words.common(&b.context.words) > 0,
        ClaimKind::Quantity if matches!(a.measure.as_str(), "money" | "percent") => {
            one_sum(a, b) || a.context.near.common(&b.context.near) > 0
        }
        _ => true,
    };
    (!shared).then(|| Apart::Unrelated("their neighbouring words share nothing".to_string()))
}

fn prospects(p: &Pair<'_>) -> Option<Apart> {
    p.amount()?;
    let (a, b) = (&p.a.context.prospect, &p.b.context.prospect);
    let word = a.as_ref().xor(b.as_ref())?;
    Some(Apart::Unrelated(format!(
        "one is of what may or will happen ('{word}'), the other of what happened"
    )))
}

fn gap_days(a: (Date, Date), b: (Date, Date)) -> i32 {
    if a.1 < b.0 {
        (b.0 - a.1).get_days()
    } else if b.1 < a.0 {
        (a.0 - b.1).get_days()
    } else {
        0
    }
}

/// Why two claims cannot be about one event, or None when they can.
pub fn different_event(corpus: &Corpus, a: &Claim, b: &Claim) -> Option<String> {
    let published = |c: &Claim| corpus.get(c.span.doc).meta.published.map(|p| p.date);
    match (a.context.when, b.context.when) {
        (Some(x), Some(y)) => (gap_days(x, y) > EVENT_SLACK_DAYS)
            .then(|| format!("different days ({} and {})", x.0, y.0)),
        (Some(x), None) | (None, Some(x)) => {
            let undated = if a.context.when.is_none() { a } else { b };
            let p = published(undated)?;
            let reach = (p - x.1).get_days();
            (!(-1..=UNDATED_REACH_DAYS).contains(&reach))
                .then(|| format!("the event of {} is not before {p}", x.0))
        }
        (None, None) => {
            let apart = corpus
                .get(a.span.doc)
                .meta
                .days_apart(&corpus.get(b.span.doc).meta)?;
            let window = if matches!(a.kind, ClaimKind::Count | ClaimKind::Quantity) {
                UNDATED_FIGURE_DAYS
            } else {
                UNDATED_PUBLISHED_DAYS
            };
            (apart > window).then(|| format!("published {apart} days apart"))
        }
    }
}

fn event_days(p: &Pair<'_>) -> Option<Apart> {
    if matches!(p.kind, CompareKind::Quote(_) | CompareKind::Date(_)) {
        return None;
    }
    if p.a.kind == ClaimKind::Date || p.b.kind == ClaimKind::Date {
        return None;
    }
    different_event(p.corpus, p.a, p.b)
        .or_else(|| different_weekdays(p.a, p.b))
        .map(Apart::Unrelated)
}

/// Why two claims are of different days by the weekdays their sentences
/// name (or the weekday of the one's date), or None: more than a day apart
/// either way round the week.
fn different_weekdays(a: &Claim, b: &Claim) -> Option<String> {
    // Two dates are judged by their days, with slack (`different_event`).
    if a.context.weekday.is_none() && b.context.weekday.is_none() {
        return None;
    }
    let day = |c: &Claim| {
        c.context.weekday.or_else(|| {
            let (from, to) = c.context.when?;
            (from == to).then(|| from.weekday().to_monday_zero_offset() as u8)
        })
    };
    let (x, y) = (day(a)?, day(b)?);
    let gap = x.abs_diff(y);
    (gap.min(7 - gap) > 1).then(|| "named on weekdays more than a day apart".to_string())
}

fn periods(p: &Pair<'_>) -> Option<Apart> {
    p.amount()?;
    let (wa, wb) = (p.a.context.window?, p.b.context.window?);
    (p.both(ClaimKind::Count) && gap_days((wa.0, wa.0), (wb.0, wb.0)) > UNDATED_PUBLISHED_DAYS)
        .then(|| {
            Apart::Distinct(format!(
                "counted over different periods (from {} and from {})",
                wa.0, wb.0
            ))
        })
}

fn states(p: &Pair<'_>) -> Option<Apart> {
    p.amount()?;
    let (sa, sb) = (p.a.context.state.as_ref()?, p.b.context.state.as_ref()?);
    (p.both(ClaimKind::Count) && sa != sb)
        .then(|| Apart::Distinct(format!("different sets counted ({sa} and {sb})")))
}

fn places(p: &Pair<'_>) -> Option<Apart> {
    p.amount()?;
    let (pa, pb) = (p.a.context.place.as_ref()?, p.b.context.place.as_ref()?);
    (pa != pb && matches!(p.a.kind, ClaimKind::Count | ClaimKind::Casualties))
        .then(|| Apart::Distinct(format!("different places ({pa} and {pb})")))
}

/// The owners of two homes (or two places people came from), where both
/// are named.
fn home_owners<'c>(p: &Pair<'c>) -> Option<(&'c str, &'c str)> {
    let home =
        |c: &Claim| c.kind == ClaimKind::Place && matches!(c.measure.as_str(), "home" | "origin");
    if !(home(p.a) && home(p.b)) {
        return None;
    }
    Some((p.a.context.owner.as_deref()?, p.b.context.owner.as_deref()?))
}

fn homes(p: &Pair<'_>) -> Option<Apart> {
    let (a, b) = home_owners(p)?;
    (!a.eq_ignore_ascii_case(b))
        .then(|| Apart::Distinct(format!("the homes of two people ({a} and {b})")))
}

fn bearings(p: &Pair<'_>) -> Option<Apart> {
    let limit = p.amount()?.max_bearing_difference?;
    let (x, y) = (p.a.subject.bearing?, p.b.subject.bearing?);
    let apart = x.abs_diff(y).min(360 - x.abs_diff(y));
    (apart > limit).then(|| {
        Apart::Decided(
            Verdict::Contradict,
            format!(
                "directions {apart}° apart from {} (bearings {x}° and {y}°), more than {limit}°: the two put the event in different places",
                p.a.subject.head
            ),
        )
    })
}

fn shares(p: &Pair<'_>) -> Option<Apart> {
    p.amount()?;
    // "destroyed 100 percent in the village of X" is a share of one place;
    // a share with no place is of the whole.
    if p.a.measure != "percent" || p.a.context.place == p.b.context.place {
        return None;
    }
    let named = |c: &Claim| {
        c.context
            .place
            .clone()
            .unwrap_or_else(|| "the whole".into())
    };
    Some(Apart::Distinct(format!(
        "shares of different places ({} and {})",
        named(p.a),
        named(p.b)
    )))
}

/// The days a time of day can be on: the one its text gives, or else its
/// article's day or the day before.
pub fn time_days(corpus: &Corpus, c: &Claim) -> Option<(Date, Date)> {
    match c.context.when {
        Some((from, to)) if from == to => Some((from, to)),
        Some(_) => None,
        None => {
            let p = corpus.get(c.span.doc).meta.published?.date;
            Some((p.yesterday().ok()?, p))
        }
    }
}

/// Content words next to two figures that they must share, at the least,
/// before differing figures count as one fact told two ways.
const SHARED_NEAR: usize = 2;

/// Whether anything shows that two claims a rule found contradictory state
/// one fact: alike values are cheap evidence, differing ones are not.
///
/// One agency's copy is no such evidence: a wire's template sentence
/// ("the Fed arranged 1.5 billion dlrs of repurchase agreements") carries a
/// new figure every day.
fn shown_one_fact(p: &Pair<'_>) -> bool {
    let (a, b) = (p.a, p.b);
    match a.kind {
        // One speaker's words.
        ClaimKind::Quote => true,
        // Each names the event in its own sentence, not one taken from the
        // article (a price table's heading, "LIVESTOCK PRICES 10:05 EDT", names none).
        ClaimKind::Time | ClaimKind::Date => {
            let named = |c: &Claim| !c.context.event_from_article && !c.subject.noun.is_empty();
            named(a) && named(b)
        }
        _ => {
            let common = a.context.near.common(&b.context.near);
            // Two ledes say what their articles report, but a count of a
            // common noun ("two unions", "six sides") in two ledes is one
            // fact only if something next to it is shared too.
            let both_ledes =
                a.context.lede && b.context.lede && (a.kind != ClaimKind::Count || common > 0);
            let one_agent = a.context.agent.is_some() && a.context.agent == b.context.agent;
            // One person's home, named for both.
            let one_home = home_owners(p).is_some_and(|(x, y)| x.eq_ignore_ascii_case(y));
            // Two distances from one named place ("30 km south of Dunmore").
            let one_place = a.kind == ClaimKind::Quantity
                && a.subject.head.starts_with(char::is_uppercase)
                && a.subject.head == b.subject.head;
            let needed = match p.kind {
                CompareKind::Actor(params) => params.shared_words.unwrap_or(SHARED_NEAR),
                _ if a.kind == ClaimKind::Casualties => 1,
                _ => SHARED_NEAR,
            };
            both_ledes || one_agent || one_home || one_place || common >= needed
        }
    }
}

fn one_fact(p: &Pair<'_>) -> Option<Overturn> {
    (!shown_one_fact(p)).then_some(Overturn::Unrelated)
}

fn different_days(p: &Pair<'_>) -> Option<Overturn> {
    if !p.both(ClaimKind::Time) {
        return None;
    }
    // "at 1353 on Sunday" and "at 09:10 on Monday": another moment on
    // another day is another shock, wave or strike.
    let dated = || {
        let (x, y) = (time_days(p.corpus, p.a)?, time_days(p.corpus, p.b)?);
        (x.1 < y.0 || y.1 < x.0).then(|| format!("{} and {}", x.1, y.1))
    };
    dated()
        .or_else(|| different_weekday_moments(p))
        .map(|days| {
            Overturn::Verdict(
                Verdict::Distinct,
                format!("but on different days ({days}): not one moment"),
            )
        })
}

/// Where no date can be computed: two times whose sentences (or articles'
/// ledes) name different weekdays, read on one clock, at least half a day
/// apart in the week ("15:20 local time" on Saturday and "3:25 p.m. local
/// time" on Sunday are a day apart, not five minutes).
fn different_weekday_moments(p: &Pair<'_>) -> Option<String> {
    // Weekdays only: a date's weekday may be told on another clock than
    // the time's (Thursday night in Washington is early Friday in Baghdad).
    let (wa, wb) = (p.a.context.weekday?, p.b.context.weekday?);
    if wa == wb {
        return None;
    }
    let (mut ta, mut tb) = (time_of(p.a, None)?, time_of(p.b, None)?);
    time::same_clock(&mut ta, &mut tb)?;
    let gap = time::week_minutes(&ta, wa)?.abs_diff(time::week_minutes(&tb, wb)?);
    (gap.min(time::WEEK_MINUTES - gap) >= time::HALF_DAY_MINUTES)
        .then(|| format!("{} and {}", weekday_name(wa), weekday_name(wb)))
}

fn weekday_name(w: u8) -> &'static str {
    const NAMES: [&str; 7] = [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ];
    NAMES[usize::from(w % 7)]
}

fn earlier_figures(p: &Pair<'_>) -> Option<Overturn> {
    p.amount()?;
    let (a, b) = (&p.a.context.superseded, &p.b.context.superseded);
    let word = a.as_ref().xor(b.as_ref())?;
    Some(Overturn::Verdict(
        Verdict::Compatible,
        format!("but one figure is an earlier one ('{word}'), since revised: an update"),
    ))
}

fn own_sources(p: &Pair<'_>) -> Option<Overturn> {
    let verdict = p.amount()?.different_sources?;
    let (sa, sb) = (p.a.attribution.as_ref()?, p.b.attribution.as_ref()?);
    (sa.key != sb.key).then(|| {
        Overturn::Verdict(
            verdict,
            format!(
                "but each side reports its own source ({} and {}), and both readings can stand",
                sa.source, sb.source
            ),
        )
    })
}
