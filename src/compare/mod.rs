//! Comparing claims across outlets.
//!
//! In: the corpus, its claims and their fact slots, and the compiled
//! comparison rules. Out: [`Relation`]s between claims of different
//! documents, each with the verdict, the rule that decided it (and the gate,
//! where one kept the pair apart or overturned a contradiction) and an
//! explanation a person can read; and the topics the reports group them in.
//!
//! Only claims of different outlets are compared (two articles of one outlet
//! are its own update, not a second report), and only claims of one slot
//! (one event, one measure of one thing: see `slot`), so the cost grows with
//! the claims per slot, never with all pairs of a corpus. Within a slot the [`gate`]s run first, then the
//! rule of the claims' kind ([`judge`]). Comparison reads claims and document
//! metadata, never text.

pub mod amount;
pub mod clock;
pub mod date;
pub mod gate;
pub mod judge;
pub mod pairs;
pub mod quote;
pub mod time;
pub mod who;

use std::collections::HashSet;

use crate::claim::{Claim, ClaimKind};
use crate::corpus::Corpus;
use crate::rules::Severity;
use crate::slot::Slots;
use crate::verdict::Verdict;
use amount::AmountParams;
use date::DateParams;
use gate::{AFTER, Apart, BEFORE, Overturn, Pair, shared_copy};
use quote::QuoteParams;
use time::TimeParams;

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
    /// Game clocks of one match.
    Clock(clock::ClockCompareParams),
    /// Places of one role.
    Place(who::PlaceCompareParams),
    /// Actors of one role: charges, vehicles, nationalities, names.
    Actor(who::ActorCompareParams),
    /// What is said of one named person.
    Person(who::PersonCompareParams),
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
            CompareKind::Time(_) => {
                c.kind == ClaimKind::Time && !matches!(c.value, crate::claim::Value::Clock { .. })
            }
            CompareKind::Clock(_) => matches!(c.value, crate::claim::Value::Clock { .. }),
            CompareKind::Date(_) => c.kind == ClaimKind::Date,
            CompareKind::Quote(_) => c.kind == ClaimKind::Quote,
            CompareKind::Place(_) => c.kind == ClaimKind::Place,
            CompareKind::Actor(p) => c.kind == ClaimKind::Actor && p.measures.contains(&c.measure),
            CompareKind::Person(_) => c.kind == ClaimKind::Person,
        }
    }

    /// True when an article's own other value does not excuse a
    /// contradiction of this rule (see [`who::ActorCompareParams`]).
    fn one_per_event(&self) -> bool {
        matches!(&self.kind, CompareKind::Actor(p) if p.one_per_event)
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
    /// The gate that kept the two apart or overturned a contradiction.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gate: Option<&'static str>,
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

/// A group of claims reports show together: one fact slot, or one claim
/// that has none.
#[derive(Debug, Clone, PartialEq)]
pub struct Topic {
    /// Claim indices, sorted.
    pub claims: Vec<usize>,
    /// Its slot, if its claims have one.
    pub slot: Option<usize>,
}

/// What the comparison found.
#[derive(Debug, Clone, Default)]
pub struct Comparison {
    /// Relations, sorted by (a, b).
    pub relations: Vec<Relation>,
    /// Every slot's claims, then every claim with no slot alone.
    pub topics: Vec<Topic>,
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

/// Compare the claims of every slot with each other, across documents.
pub fn compare(
    rules: &[CompareRule],
    corpus: &Corpus,
    claims: &[Claim],
    slots: &Slots,
) -> Comparison {
    let mut ordered: Vec<&CompareRule> = rules.iter().collect();
    ordered.sort_by_key(|r| !r.specific());
    let members = slots.members();
    let mut relations = Vec::new();
    for members in &members {
        for (n, &i) in members.iter().enumerate() {
            let Some(rule) = ordered.iter().find(|r| r.applies(&claims[i])) else {
                continue;
            };
            for &j in &members[n + 1..] {
                let (da, db) = (claims[i].span.doc, claims[j].span.doc);
                if da == db || corpus.get(da).meta.same_outlet(&corpus.get(db).meta) {
                    continue;
                }
                // A claim of a list meets only its own sentence's copy.
                let listed = slots.listed(i) || slots.listed(j);
                if listed && !shared_copy(&claims[i], &claims[j]) {
                    continue;
                }
                if let Some(relation) = relate(rule, corpus, claims, i, j) {
                    relations.push(relation);
                }
            }
        }
    }
    relations.sort_by_key(|r| (r.a, r.b));
    let firm: HashSet<&str> = rules
        .iter()
        .filter(|r| r.one_per_event())
        .map(|r| r.id.as_str())
        .collect();
    pairs::weigh(corpus, claims, slots, &firm, &mut relations);
    relations.iter_mut().for_each(finish);
    let mut topics = related_groups(claims.len(), &members, &relations);
    topics.extend(
        (0..claims.len())
            .filter(|&c| slots.of(c).is_err())
            .map(|c| Topic {
                claims: vec![c],
                slot: None,
            }),
    );
    Comparison { relations, topics }
}

/// The topics of the slots: within each slot, the claims joined by a
/// relation other than `distinct`, and every other claim alone (a slot may
/// hold claims a gate kept apart: a toll of soldiers and one of fighters).
fn related_groups(count: usize, members: &[Vec<usize>], relations: &[Relation]) -> Vec<Topic> {
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
    let mut topics = Vec::new();
    for (s, members) in members.iter().enumerate() {
        let mut groups: std::collections::BTreeMap<usize, Vec<usize>> = Default::default();
        for &c in members {
            groups.entry(root(&mut parent, c)).or_default().push(c);
        }
        topics.extend(groups.into_values().map(|claims| Topic {
            claims,
            slot: Some(s),
        }));
    }
    topics
}

/// End a relation's explanation, once the pair checks have had their say:
/// whose disagreement a contradiction is, and whether the two sentences are
/// one agency's copy.
fn finish(r: &mut Relation) {
    if r.verdict == Verdict::Contradict {
        r.explanation.push_str(if r.same_source {
            "; both cite the same source, so the outlets report it differently"
        } else {
            "; the sources themselves disagree"
        });
    }
    if r.shared_copy {
        r.explanation.push_str(
            "; the sentences are near-identical: one agency's copy, not two independent reports",
        );
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
    let pair = Pair {
        kind: &rule.kind,
        corpus,
        a,
        b,
    };
    let mut gate_name = None;
    let mut judgement = None;
    for gate in BEFORE {
        match gate.check(&pair) {
            None => continue,
            Some(Apart::Unrelated(_)) => return None,
            Some(Apart::Distinct(why)) => {
                gate_name = Some(gate.name);
                judgement = Some(Judgement::new(
                    Verdict::Distinct,
                    format!("kept apart by `{}`: {why}", gate.name),
                ));
                break;
            }
            Some(Apart::Decided(verdict, why)) => {
                gate_name = Some(gate.name);
                judgement = Some(Judgement::new(verdict, format!("{why} (`{}`)", gate.name)));
                break;
            }
        }
    }
    let mut judgement = match judgement {
        Some(j) => j,
        None => judge::judge(&pair)?,
    };
    if judgement.verdict == Verdict::Contradict
        && let Some((gate, overturn)) = AFTER
            .iter()
            .find_map(|g| g.check(&pair).map(|found| (g, found)))
    {
        match overturn {
            Overturn::Unrelated => return None,
            Overturn::Verdict(verdict, why) => {
                gate_name = Some(gate.name);
                judgement = Judgement::new(
                    verdict,
                    format!("{}; {why} (`{}`)", judgement.explanation, gate.name),
                );
            }
        }
    }
    let same_source = judge::cite_one_source(a, b);
    // Quotes repeat the same words by nature; only other sentences can show
    // copy shared through an agency.
    let shared_copy = a.kind != ClaimKind::Quote && shared_copy(a, b);
    let explanation = format!(
        "{} ({}) against {} ({}): {}",
        a.value,
        side(corpus, a),
        b.value,
        side(corpus, b),
        judgement.explanation
    );
    Some(Relation {
        a: i,
        b: j,
        verdict: judgement.verdict,
        rule: rule.id.clone(),
        gate: gate_name,
        severity: rule.severity,
        explanation,
        same_source,
        shared_copy,
    })
}
