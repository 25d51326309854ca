//! Comparing claims across outlets.
//!
//! In: every claim of the corpus and the compiled comparison rules. Out:
//! [`Relation`]s between claims of different documents, each with the verdict,
//! the rule that decided it and an explanation a person can read; and the
//! topics (groups of claims about one event and one measure).
//!
//! Claims are compared only inside a bucket (what is measured: killed, time
//! of day of a strike, a speaker's quotes), only when they can be about the
//! same event, and only with neighbours in time, so the cost grows with the
//! claims per topic, never with all pairs of a corpus.

pub mod amount;
pub mod date;
pub mod quote;
pub mod stories;
pub mod time;

use std::collections::BTreeMap;

use crate::claim::{Claim, ClaimKind, Value};
use crate::corpus::Corpus;
use crate::rules::Severity;
use crate::verdict::Verdict;
use amount::{AmountParams, Order};
use date::{DateParams, Days};
use quote::QuoteParams;
use time::{TimeOfDay, TimeParams};

/// Claims whose event days are this many days apart are different events.
const EVENT_SLACK_DAYS: i32 = 3;
/// An undated claim may be about an event up to this many days before its
/// article was published.
const UNDATED_REACH_DAYS: i32 = 90;
/// Two undated claims are about one event only if their articles came out
/// within this many days.
const UNDATED_PUBLISHED_DAYS: i32 = 7;
/// Neighbours in time compared with each claim, at most (keeps a topic with
/// hundreds of claims linear, not quadratic).
const MAX_NEIGHBOURS: usize = 64;
/// Bucket members looked at after each claim, at most (a document with a
/// million claims of one kind must not make the search quadratic).
const MAX_SCANNED: usize = 1024;
/// Word overlap of two sentences above which they are one agency's copy.
const SHARED_COPY: f64 = 0.7;

/// A verdict with its reason.
#[derive(Debug, Clone, PartialEq)]
pub struct Judgement {
    /// The verdict.
    pub verdict: Verdict,
    /// Why, for people.
    pub explanation: String,
}

impl Judgement {
    /// A judgement.
    pub fn new(verdict: Verdict, explanation: String) -> Self {
        Judgement {
            verdict,
            explanation,
        }
    }
}

/// The closed set of comparison kinds, with their parameters.
#[derive(Debug, Clone)]
pub enum CompareKind {
    /// Figures.
    Amount(AmountParams),
    /// Times of day.
    Time(TimeParams),
    /// Dates of events.
    Date(DateParams),
    /// Quotes of one speaker.
    Quote(QuoteParams),
}

/// A compiled comparison rule.
#[derive(Debug, Clone)]
pub struct CompareRule {
    /// Rule id.
    pub id: String,
    /// How much a contradiction it finds matters.
    pub severity: Severity,
    /// What it compares and how.
    pub kind: CompareKind,
}

impl CompareRule {
    /// True when this rule compares claims like `c`.
    fn applies(&self, c: &Claim) -> bool {
        match &self.kind {
            CompareKind::Amount(p) => {
                p.kinds.iter().any(|k| k == c.kind.name())
                    && (p.measures.is_empty() || p.measures.contains(&c.measure))
            }
            CompareKind::Time(_) => c.kind == ClaimKind::Time,
            CompareKind::Date(_) => c.kind == ClaimKind::Date,
            CompareKind::Quote(_) => c.kind == ClaimKind::Quote,
        }
    }

    /// True when the rule names measures (it is chosen before general ones).
    fn specific(&self) -> bool {
        matches!(&self.kind, CompareKind::Amount(p) if !p.measures.is_empty())
    }
}

/// How two claims of different documents relate. Reports show it as is,
/// with the claims named by their ids instead of indices.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Relation {
    /// Index of the first claim (the one in the earlier document).
    #[serde(skip)]
    pub a: usize,
    /// Index of the second claim.
    #[serde(skip)]
    pub b: usize,
    /// The verdict.
    pub verdict: Verdict,
    /// The rule that decided it.
    pub rule: String,
    /// How much it matters.
    pub severity: Severity,
    /// Why, for people, with outlets and sources.
    pub explanation: String,
    /// True when both sides cite the same source.
    pub same_source: bool,
    /// True when the two sentences are near-identical: one agency's copy,
    /// not two independent reports.
    pub shared_copy: bool,
}

/// What the comparison found.
#[derive(Debug, Clone, Default)]
pub struct Comparison {
    /// Relations, sorted by (a, b).
    pub relations: Vec<Relation>,
    /// Topics: each a sorted list of claim indices; claims related to no
    /// claim of another document form topics of their own.
    pub topics: Vec<Vec<usize>>,
}

impl Comparison {
    /// The relations as answer-key scoring reads them.
    pub fn relation_refs(&self) -> Vec<crate::eval::RelationRef> {
        self.relations
            .iter()
            .map(|r| crate::eval::RelationRef {
                a: r.a,
                b: r.b,
                verdict: r.verdict,
            })
            .collect()
    }
}

/// The bucket a claim is compared in, if it is compared at all.
fn bucket(corpus: &Corpus, c: &Claim) -> Option<String> {
    // An increment ("another two killed") is not a toll; "another 20,000
    // marched" in another city is still a count of its own.
    if c.repeated || (c.subject.additional && c.kind == ClaimKind::Casualties) {
        return None;
    }
    // "Expect experts in the papers tomorrow": a day after the article came
    // out cannot be the day of what it reports.
    if let (Value::Date { from, .. }, Some(published)) =
        (&c.value, corpus.get(c.span.doc).meta.published)
        && *from > published.date
    {
        return None;
    }
    match c.kind {
        ClaimKind::Casualties | ClaimKind::Count => {
            Some(format!("{}/{}", c.kind.name(), c.measure))
        }
        ClaimKind::Quantity => match &c.value {
            Value::Quantity { unit, .. } => Some(format!("quantity/{}/{unit}", c.measure)),
            _ => None,
        },
        // A date or time attached to no event is compared only inside
        // near-identical copy (see `relate`).
        // Times and dates of one event meet: "0737 GMT" against "yesterday
        // afternoon".
        ClaimKind::Time | ClaimKind::Date => Some(format!("when/{}", c.subject.noun)),
        // By surname: "Carolos Papoulias" and "Karolos Papoulias" are one speaker.
        ClaimKind::Quote => c.attribution.as_ref().and_then(|a| {
            let surname = a.source.split_whitespace().last()?;
            Some(format!("quote/{}", surname.to_lowercase()))
        }),
    }
}

/// Compare every claim with the claims of other documents that share its
/// bucket. `claims` is the whole corpus's claims (each knows its document).
pub fn compare(rules: &[CompareRule], corpus: &Corpus, claims: &[Claim]) -> Comparison {
    let mut ordered: Vec<&CompareRule> = rules.iter().collect();
    ordered.sort_by_key(|r| !r.specific());
    let mut buckets: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, c) in claims.iter().enumerate() {
        if let Some(key) = bucket(corpus, c) {
            buckets.entry(key).or_default().push(i);
        }
    }
    let mentioned = mentioned(corpus, claims);
    let stories = stories::Stories::new(corpus);
    let mut relations = Vec::new();
    for members in buckets.values() {
        let mut members = members.clone();
        members.sort_by_key(|&i| (anchor(corpus, &claims[i]), i));
        for (n, &i) in members.iter().enumerate() {
            let Some(rule) = ordered.iter().find(|r| r.applies(&claims[i])) else {
                continue;
            };
            // Bounded twice: the neighbours looked at, and those compared.
            let near = members[n + 1..]
                .iter()
                .take(MAX_SCANNED)
                .filter(|&&j| claims[j].span.doc != claims[i].span.doc);
            for &j in near.take(MAX_NEIGHBOURS) {
                if elsewhere(&mentioned, &claims[i], &claims[j])
                    || !stories.related(claims[i].span.doc, claims[j].span.doc)
                {
                    continue;
                }
                if let Some(relation) = relate(rule, corpus, claims, i, j) {
                    relations.push(relation);
                }
            }
        }
    }
    relations.sort_by_key(|r| (r.a, r.b));
    let topics = topics(claims.len(), &relations);
    Comparison { relations, topics }
}

/// The day a claim's event is anchored to, for ordering neighbours.
fn anchor(corpus: &Corpus, c: &Claim) -> Option<jiff::civil::Date> {
    c.context
        .when
        .map(|w| w.0)
        .or_else(|| corpus.get(c.span.doc).meta.published.map(|p| p.date))
}

fn gap_days(
    a: (jiff::civil::Date, jiff::civil::Date),
    b: (jiff::civil::Date, jiff::civil::Date),
) -> i32 {
    if a.1 < b.0 {
        (b.0 - a.1).get_days()
    } else if b.1 < a.0 {
        (a.0 - b.1).get_days()
    } else {
        0
    }
}

/// Why two claims cannot be about one event, or None when they can.
fn different_event(corpus: &Corpus, a: &Claim, b: &Claim) -> Option<String> {
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
            let (pa, pb) = (published(a)?, published(b)?);
            ((pa - pb).get_days().abs() > UNDATED_PUBLISHED_DAYS)
                .then(|| "published far apart".to_string())
        }
    }
}

/// Who is counted is compatible: classes the rule takes for the same people,
/// and the same nationalities where both sides name them.
fn same_victims(p: &AmountParams, a: &Claim, b: &Claim) -> bool {
    let class = p.same_class(&a.subject.noun, &b.subject.noun);
    // "Two Americans and a Briton" and "a US contractor" are different people;
    // a side that names no nationality can be anyone.
    let who =
        a.subject.who.is_empty() || b.subject.who.is_empty() || a.subject.who == b.subject.who;
    class && who
}

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

/// The entities each document names in its claims' sentences.
fn mentioned(corpus: &Corpus, claims: &[Claim]) -> Vec<Vec<String>> {
    let mut out: Vec<Vec<String>> = vec![Vec::new(); corpus.documents.len()];
    for c in claims {
        let names = &mut out[c.span.doc.0 as usize];
        for e in &c.entities {
            if !names.contains(e) {
                names.push(e.clone());
            }
        }
    }
    out
}

/// True when one side says it happened in a country the other's article
/// never names: "killed in eastern China" is not an Iranian quake's toll.
fn elsewhere(mentioned: &[Vec<String>], a: &Claim, b: &Claim) -> bool {
    let never_named = |c: &Claim, other: &Claim| {
        c.context
            .country
            .as_ref()
            .is_some_and(|country| !mentioned[other.span.doc.0 as usize].contains(country))
    };
    never_named(a, b) || never_named(b, a)
}

fn judge(rule: &CompareRule, corpus: &Corpus, a: &Claim, b: &Claim) -> Option<Judgement> {
    match (&rule.kind, &a.value, &b.value) {
        (
            CompareKind::Amount(p),
            Value::Amount { amount: x, .. },
            Value::Amount { amount: y, .. },
        )
        | (
            CompareKind::Amount(p),
            Value::Quantity { amount: x, .. },
            Value::Quantity { amount: y, .. },
        ) => {
            if a.kind != ClaimKind::Quantity && !same_victims(p, a, b) {
                return None;
            }
            if is_partial(corpus, p, a) || is_partial(corpus, p, b) {
                return None;
            }
            let heads_differ = a.subject.head != b.subject.head;
            let one_class =
                a.subject.noun == b.subject.noun && !p.broad_classes.contains(&a.subject.noun);
            let apart = match a.kind {
                // Distances from different places measure different things.
                ClaimKind::Quantity => heads_differ,
                // "Three bank workers" and "two women" count different sets.
                ClaimKind::Count => heads_differ && !one_class,
                _ => false,
            };
            if apart {
                return None;
            }
            // "euro110 billion ($141 billion)" and "110 billion ($158
            // billion)": one sum converted at two rates. Conversions of
            // different figures add nothing to the figures' own comparison.
            let (ca, cb) = (&a.subject.converts, &b.subject.converts);
            let one_sum = !ca.is_empty() && ca == cb;
            if !ca.is_empty() && !cb.is_empty() && !one_sum {
                return None;
            }
            if !amount::same_figure(x, y, p) {
                return None;
            }
            // "11 nations" and "seven leading nations", "962 rigs" and "492
            // rigs": counts, sums and shares of different things unless the
            // sentences share a word besides the counted noun. What a sum of
            // money or a percentage is of is said next to it.
            let shared = match a.kind {
                ClaimKind::Count => share_context(corpus, a, b, None),
                ClaimKind::Quantity if matches!(a.measure.as_str(), "money" | "percent") => {
                    one_sum || share_context(corpus, a, b, Some(CONTEXT_REACH))
                }
                _ => true,
            };
            if !shared {
                return None;
            }
            if different_event(corpus, a, b).is_some() {
                return None;
            }
            if let (Some(wa), Some(wb)) = (a.context.window, b.context.window)
                && a.kind == ClaimKind::Count
                && gap_days((wa.0, wa.0), (wb.0, wb.0)) > UNDATED_PUBLISHED_DAYS
            {
                return Some(Judgement::new(
                    Verdict::Distinct,
                    format!(
                        "counted over different periods (from {} and from {})",
                        wa.0, wb.0
                    ),
                ));
            }
            if a.kind == ClaimKind::Count
                && let (Some(sa), Some(sb)) = (state(corpus, p, a), state(corpus, p, b))
                && sa != sb
            {
                return Some(Judgement::new(
                    Verdict::Distinct,
                    format!("different sets counted ({sa} and {sb})"),
                ));
            }
            if let (Some(pa), Some(pb)) = (&a.context.place, &b.context.place)
                && pa != pb
                && matches!(a.kind, ClaimKind::Count | ClaimKind::Casualties)
            {
                return Some(Judgement::new(
                    Verdict::Distinct,
                    format!("different places ({pa} and {pb})"),
                ));
            }
            // "destroyed 100 percent in the village of X" is a share of one
            // place; a share with no place is of the whole.
            if a.measure == "percent" && a.context.place != b.context.place {
                let named = |c: &Claim| {
                    c.context
                        .place
                        .clone()
                        .unwrap_or_else(|| "the whole".into())
                };
                return Some(Judgement::new(
                    Verdict::Distinct,
                    format!("shares of different places ({} and {})", named(a), named(b)),
                ));
            }
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
            if one_sum {
                judgement.explanation = format!(
                    "both convert the same figure, {ca}, at their own rates: {}",
                    judgement.explanation
                );
            }
            Some(
                match (p.different_sources, &a.attribution, &b.attribution) {
                    (Some(verdict), Some(sa), Some(sb))
                        if judgement.verdict == Verdict::Contradict
                            && source_key(&sa.source) != source_key(&sb.source) =>
                    {
                        Judgement::new(
                            verdict,
                            format!(
                                "{}; but each side reports its own source ({} and {}), and both readings can stand",
                                judgement.explanation, sa.source, sb.source
                            ),
                        )
                    }
                    _ => judgement,
                },
            )
        }
        (
            CompareKind::Time(p),
            Value::Time {
                minutes: ma,
                approximate: xa,
                zone: za,
            },
            Value::Time {
                minutes: mb,
                approximate: xb,
                zone: zb,
            },
        ) => different_event(corpus, a, b).is_none().then(|| {
            let day = |c: &Claim| {
                c.context
                    .when
                    .map(|w| w.0)
                    .or_else(|| corpus.get(c.span.doc).meta.published.map(|p| p.date))
            };
            let ta = TimeOfDay {
                minutes: *ma,
                approximate: *xa,
                zone: za.as_deref(),
                day: day(a),
            };
            let tb = TimeOfDay {
                minutes: *mb,
                approximate: *xb,
                zone: zb.as_deref(),
                day: day(b),
            };
            let judgement = time::judge(&ta, &tb, p);
            // "at 1353 on Sunday" and "at 09:10 on Monday": another moment
            // on another day is another shock, wave or strike.
            match (time_days(corpus, a), time_days(corpus, b)) {
                (Some(x), Some(y))
                    if judgement.verdict == Verdict::Contradict && (x.1 < y.0 || y.1 < x.0) =>
                {
                    Judgement::new(
                        Verdict::Distinct,
                        format!(
                            "{}, but on different days ({} and {}): not one moment",
                            judgement.explanation, x.1, y.1
                        ),
                    )
                }
                _ => judgement,
            }
        }),
        (
            CompareKind::Date(p),
            Value::Date {
                from: fa,
                to: ta,
                part: pa,
                zones: za,
            },
            Value::Date {
                from: fb,
                to: tb,
                part: pb,
                zones: zb,
            },
        ) => {
            let da = Days {
                from: *fa,
                to: *ta,
                part: *pa,
                zones: za,
            };
            let db = Days {
                from: *fb,
                to: *tb,
                part: *pb,
                zones: zb,
            };
            date::comparable(&da, &db, p).then(|| date::judge(&da, &db))
        }
        (CompareKind::Quote(p), Value::Quote { text: qa }, Value::Quote { text: qb }) => {
            quote::judge(qa, qb, p)
        }
        (CompareKind::Time(_) | CompareKind::Date(_), Value::Time { .. }, Value::Date { .. }) => {
            time_against_day(corpus, a, b)
        }
        (CompareKind::Time(_) | CompareKind::Date(_), Value::Date { .. }, Value::Time { .. }) => {
            time_against_day(corpus, b, a)
        }
        _ => None,
    }
}

/// The days a time of day can be on: the one its text gives, or else its
/// article's day or the day before.
fn time_days(corpus: &Corpus, c: &Claim) -> Option<(jiff::civil::Date, jiff::civil::Date)> {
    match c.context.when {
        Some((from, to)) if from == to => Some((from, to)),
        Some(_) => None,
        None => {
            let p = corpus.get(c.span.doc).meta.published?.date;
            Some((p.yesterday().ok()?, p))
        }
    }
}

/// A time of day against a date with a day part ("7:37 AM local time"
/// against "yesterday afternoon"). A time whose sentence gives no day may be
/// on its article's day or the day before.
fn time_against_day(corpus: &Corpus, time: &Claim, day: &Claim) -> Option<Judgement> {
    let (
        Value::Time {
            minutes,
            approximate,
            zone,
        },
        Value::Date {
            from,
            to,
            part,
            zones,
        },
    ) = (&time.value, &day.value)
    else {
        return None;
    };
    part.as_ref()?;
    let t = TimeOfDay {
        minutes: *minutes,
        approximate: *approximate,
        zone: zone.as_deref(),
        day: None,
    };
    let candidates: Vec<jiff::civil::Date> = match time.context.when {
        Some((d, _)) => vec![d],
        None => {
            let p = corpus.get(time.span.doc).meta.published?.date;
            vec![p, p.yesterday().ok()?]
        }
    };
    if !candidates
        .iter()
        .any(|c| (*c - *from).get_days().abs() <= 1)
    {
        return None;
    }
    let days = Days {
        from: *from,
        to: *to,
        part: *part,
        zones,
    };
    let instants: Vec<jiff::Timestamp> = candidates
        .iter()
        .filter_map(|d| time::instant_on(&t, *d))
        .collect();
    Some(date::judge_time(&days, &instants, &time::describe(&t)))
}

/// A source's name reduced for comparison: "an Iraqi military statement"
/// and "the Iraqi military" are one source.
fn source_key(source: &str) -> Vec<String> {
    const NOISE: &[&str] = &[
        "the",
        "a",
        "an",
        "statement",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "official",
        "officials",
        "in",
        "its",
    ];
    let mut words: Vec<String> = quote::words(source)
        .into_iter()
        .filter(|w| !NOISE.contains(&w.as_str()))
        .collect();
    words.sort();
    words
}

/// True when the claim's sentence narrows it to a part before the figure
/// ("in a village in X district").
fn is_partial(corpus: &Corpus, p: &AmountParams, c: &Claim) -> bool {
    if p.partial_words.is_empty() {
        return false;
    }
    let text = &corpus.get(c.span.doc).text;
    let before = quote::words(&text[c.sentence.start..c.span.start.max(c.sentence.start)]);
    // "in a village in X district": "in", then within a few words the part.
    before.iter().enumerate().any(|(i, w)| {
        w == "in"
            && before[i + 1..]
                .iter()
                .take(PARTIAL_REACH)
                .any(|x| p.partial_words.contains(x))
    })
}

/// Words between "in" and the part it names ("in neighbouring Central Aceh district").
const PARTIAL_REACH: usize = 4;

/// True when both claims cite the same source.
fn cite_one_source(a: &Claim, b: &Claim) -> bool {
    match (&a.attribution, &b.attribution) {
        (Some(x), Some(y)) => {
            let (kx, ky) = (source_key(&x.source), source_key(&y.source));
            !kx.is_empty() && kx == ky
        }
        _ => false,
    }
}

/// How a side is named in an explanation: "DW, citing an Iraqi military statement".
fn side(corpus: &Corpus, c: &Claim) -> String {
    let outlet = &corpus.get(c.span.doc).meta.outlet;
    match &c.attribution {
        Some(a) => format!("{outlet}, citing {}", a.source),
        None => outlet.clone(),
    }
}

fn relate(
    rule: &CompareRule,
    corpus: &Corpus,
    claims: &[Claim],
    i: usize,
    j: usize,
) -> Option<Relation> {
    let (i, j) = if (claims[i].span.doc, claims[i].span.start)
        <= (claims[j].span.doc, claims[j].span.start)
    {
        (i, j)
    } else {
        (j, i)
    };
    let (a, b) = (&claims[i], &claims[j]);
    let unattached =
        matches!(a.kind, ClaimKind::Date | ClaimKind::Time) && a.subject.noun.is_empty();
    if unattached && !shared_copy(corpus, a, b) {
        return None;
    }
    let judgement = judge(rule, corpus, a, b)?;
    let same_source = cite_one_source(a, b);
    // Quotes repeat the same words by nature; only other sentences can show
    // copy shared through an agency.
    let shared_copy = a.kind != ClaimKind::Quote && shared_copy(corpus, a, b);
    let mut explanation = format!(
        "{} ({}) against {} ({}): {}",
        a.value,
        side(corpus, a),
        b.value,
        side(corpus, b),
        judgement.explanation
    );
    if judgement.verdict == Verdict::Contradict {
        explanation.push_str(if same_source {
            "; both cite the same source, so the outlets report it differently"
        } else {
            "; the sources themselves disagree"
        });
    }
    if shared_copy {
        explanation.push_str(
            "; the sentences are near-identical: one agency's copy, not two independent reports",
        );
    }
    Some(Relation {
        a: i,
        b: j,
        verdict: judgement.verdict,
        rule: rule.id.clone(),
        severity: rule.severity,
        explanation,
        same_source,
        shared_copy,
    })
}

/// Words that say nothing about what a figure counts.
const CONTEXT_STOP: &[&str] = &[
    "said",
    "says",
    "have",
    "has",
    "been",
    "were",
    "will",
    "would",
    "could",
    "that",
    "this",
    "with",
    "from",
    "they",
    "their",
    "them",
    "than",
    "then",
    "there",
    "which",
    "about",
    "more",
    "after",
    "before",
    "also",
    "into",
    "over",
    "when",
    "where",
    "while",
    "other",
    "some",
    "percent",
    "cent",
    "dlrs",
    "mln",
    "billion",
    "million",
    "thousand",
    "year",
    "years",
    "last",
    "first",
    "week",
    "month",
    "months",
    "today",
    "what",
    "reuter",
    "reuters",
    "told",
    "according",
];

/// Words either side of a sum of money or a percentage that say what it is
/// of ("Germany's share of the bailout", "out of public services").
const CONTEXT_REACH: usize = 8;

/// The words of a claim's sentence within `reach` words either side of its
/// evidence, and where the evidence starts among them.
fn words_near(corpus: &Corpus, c: &Claim, reach: usize) -> (Vec<String>, usize) {
    let text = &corpus.get(c.span.doc).text;
    let sentence = quote::words(c.sentence.slice(text));
    let before = quote::words(text.get(c.sentence.start..c.span.start).unwrap_or("")).len();
    let evidence = quote::words(c.span.slice(text)).len();
    let from = before.saturating_sub(reach);
    let to = (before + evidence + reach).min(sentence.len());
    let near = sentence
        .get(from..to)
        .map(<[String]>::to_vec)
        .unwrap_or_default();
    (near, before - from)
}

/// What the words next to a count say happened to what it counts
/// ("flattening seven villages": destroyed).
fn state<'p>(corpus: &Corpus, p: &'p AmountParams, c: &Claim) -> Option<&'p str> {
    if p.states.is_empty() {
        return None;
    }
    let (words, at) = words_near(corpus, c, CONTEXT_REACH);
    p.state_near(&words, at)
}

/// Content words (four letters or more) of a claim's sentence, or of the
/// `reach` words either side of its evidence, less the noun it counts.
fn context_words(corpus: &Corpus, c: &Claim, reach: Option<usize>) -> Vec<String> {
    let words = match reach {
        None => quote::words(c.sentence.slice(&corpus.get(c.span.doc).text)),
        Some(reach) => words_near(corpus, c, reach).0,
    };
    let mut words: Vec<String> = words
        .into_iter()
        .filter(|w| w.chars().count() >= 4 && w.chars().all(char::is_alphabetic))
        .filter(|w| !CONTEXT_STOP.contains(&w.as_str()))
        .filter(|w| crate::extract::lexicon::singular(w) != c.subject.head)
        .collect();
    words.sort();
    words.dedup();
    words
}

fn share_context(corpus: &Corpus, a: &Claim, b: &Claim, reach: Option<usize>) -> bool {
    let wb = context_words(corpus, b, reach);
    context_words(corpus, a, reach)
        .iter()
        .any(|w| wb.binary_search(w).is_ok())
}

/// True when the two claims' sentences are near-identical: one agency's copy.
fn shared_copy(corpus: &Corpus, a: &Claim, b: &Claim) -> bool {
    let words = |c: &Claim| quote::words(c.sentence.slice(&corpus.get(c.span.doc).text));
    let (wa, wb) = (words(a), words(b));
    let common = wa.iter().filter(|w| wb.contains(w)).count();
    !wa.is_empty()
        && !wb.is_empty()
        && (common as f64) / (wa.len().max(wb.len()) as f64) >= SHARED_COPY
}

/// Topics: claims joined by any relation but `distinct`, then every other
/// claim alone.
fn topics(count: usize, relations: &[Relation]) -> Vec<Vec<usize>> {
    let mut parent: Vec<usize> = (0..count).collect();
    fn root(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    for r in relations.iter().filter(|r| r.verdict != Verdict::Distinct) {
        let (x, y) = (root(&mut parent, r.a), root(&mut parent, r.b));
        if x != y {
            parent[x.max(y)] = x.min(y);
        }
    }
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for i in 0..count {
        let r = root(&mut parent, i);
        groups.entry(r).or_default().push(i);
    }
    groups.into_values().collect()
}
