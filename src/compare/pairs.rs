//! Article pairs: what all the relations between two articles say together.
//!
//! A rule judges one pair of claims; some things only show across all the
//! claims two articles share. After every slot is compared, two checks run
//! on the contradictions, in order:
//!
//! - [`OWN_VALUE`]: an article that itself gives the other side's value in
//!   the same slot does not disagree with it: its other value is about
//!   something else (an earlier, smaller quake; a toll before it rose).
//!   Not where one event has one value of the role (a rule's
//!   `one_per_event`): an article that gives two charges that exclude each
//!   other contradicts itself, and its lede still contradicts the others.
//! - [`TWO_EVENTS`]: two articles that disagree on several facts of one
//!   event and agree on none report two events (a quake and a later one in
//!   the same place; two fights of one boxer), not one event twice.
//! - [`UNCORROBORATED`]: where an article has no date, only what the two
//!   articles state ties them to one event (their story is shared names and
//!   words: one island's two quakes share them all). A figure they differ on
//!   is a disagreement only when they agree on some other fact (or name
//!   the same actors, one list within the other's); otherwise
//!   nothing shows the figure is of the same event, and it is not compared.
//!   Quotes are exempt: near-identical words of one speaker are their own
//!   evidence of one remark.
//!
//! Each turns the relations it names `distinct`, with its name in `gate`.
//!
//! Where something is, or where people are from, is the setting, not the
//! event: two quakes in one valley and two cable cuts in one sea agree on
//! their places. Agreeing on a place or a nationality is no sign of one event
//! for either check.

use std::collections::{BTreeMap, HashSet};

use super::Relation;
use crate::claim::{Claim, ClaimKind};
use crate::corpus::Corpus;
use crate::slot::Slots;
use crate::span::DocId;
use crate::verdict::Verdict;

/// Gate name: the article gives the other side's value itself.
pub const OWN_VALUE: &str = "own-value";
/// Gate name: the two articles report two events.
pub const TWO_EVENTS: &str = "two-events";
/// Gate name: an undated pair differs on a fact and agrees on none.
pub const UNCORROBORATED: &str = "uncorroborated";
/// Facts of one event two articles must disagree on, agreeing on none, to
/// be taken for reports of two events.
const TWO_EVENTS_CONFLICTS: usize = 2;

/// Run the pair checks over `relations` (sorted by claims).
/// `firm` names the rules whose contradictions an article's own other value
/// does not excuse (one value per event: one set of charges).
pub fn weigh(
    corpus: &Corpus,
    claims: &[Claim],
    slots: &Slots,
    firm: &HashSet<&str>,
    relations: &mut [Relation],
) {
    own_value(claims, firm, relations);
    two_events(claims, slots, relations);
    uncorroborated(corpus, claims, relations);
}

/// True when a relation says both claims can hold.
fn holds(verdict: Verdict) -> bool {
    matches!(verdict, Verdict::Agree | Verdict::Compatible)
}

/// True when agreeing on claim `c` shows two articles report one event: not
/// a place or a nationality (see the module doc).
fn ties_events(claims: &[Claim], c: usize) -> bool {
    let claim = &claims[c];
    !(claim.kind == ClaimKind::Place
        || (claim.kind == ClaimKind::Actor && claim.measure == "nationality"))
}

fn doc(claims: &[Claim], c: usize) -> DocId {
    claims[c].span.doc
}

fn own_value(claims: &[Claim], firm: &HashSet<&str>, relations: &mut [Relation]) {
    // (claim, document): the document has a claim that gives this one's
    // value: agrees with it, or for times is within the tolerance "about"
    // or a time on the quarter hour allows. A compatible count may only be a bound ("more than 3" holds
    // with 4 and gives no figure), and "early Friday" holds with a time and
    // gives no time.
    let gives = |r: &Relation| {
        let (a, b) = (&claims[r.a], &claims[r.b]);
        a.kind == b.kind
            && (r.verdict == Verdict::Agree
                || (r.verdict == Verdict::Compatible && a.kind == ClaimKind::Time))
    };
    let held: HashSet<(usize, DocId)> = relations
        .iter()
        .filter(|r| gives(r))
        .flat_map(|r| [(r.a, doc(claims, r.b)), (r.b, doc(claims, r.a))])
        .collect();
    for r in relations
        .iter_mut()
        .filter(|r| r.verdict == Verdict::Contradict && !firm.contains(r.rule.as_str()))
    {
        let (a, b) = (&claims[r.a], &claims[r.b]);
        let why = if held.contains(&(r.b, a.span.doc)) {
            format!("the first article gives {} too", b.value)
        } else if held.contains(&(r.a, b.span.doc)) {
            format!("the second article gives {} too", a.value)
        } else {
            continue;
        };
        overturn(
            r,
            OWN_VALUE,
            &format!("{why}, so the value it differs on is about something else"),
        );
    }
}

fn two_events(claims: &[Claim], slots: &Slots, relations: &mut [Relation]) {
    // (documents, event) -> (slots disagreed on, slots agreed on).
    type Tally = (HashSet<usize>, HashSet<usize>);
    let mut tallies: BTreeMap<(DocId, DocId, usize), Tally> = BTreeMap::new();
    let key = |r: &Relation| {
        let slot = slots.of(r.a).ok()?;
        Some((
            (doc(claims, r.a), doc(claims, r.b), slots.slots[slot].event),
            slot,
        ))
    };
    for r in relations.iter() {
        let Some((k, slot)) = key(r) else { continue };
        let tally = tallies.entry(k).or_default();
        match r.verdict {
            Verdict::Contradict => tally.0.insert(slot),
            v if holds(v) && ties_events(claims, r.a) => tally.1.insert(slot),
            _ => false,
        };
    }
    for r in relations
        .iter_mut()
        .filter(|r| r.verdict != Verdict::Distinct)
    {
        let Some((k, _)) = key(r) else { continue };
        let (conflicts, agreements) = &tallies[&k];
        if conflicts.len() >= TWO_EVENTS_CONFLICTS && agreements.is_empty() {
            let why = format!(
                "the two articles disagree on {} facts of this event and agree on none, so they report two events",
                conflicts.len()
            );
            overturn(r, TWO_EVENTS, &why);
        }
    }
}

fn uncorroborated(corpus: &Corpus, claims: &[Claim], relations: &mut [Relation]) {
    let dated = |d: DocId| corpus.get(d).meta.published.is_some();
    let agreeing: HashSet<(DocId, DocId)> = relations
        .iter()
        .filter(|r| corroborates(claims, r))
        .map(|r| (doc(claims, r.a), doc(claims, r.b)))
        .collect();
    for r in relations
        .iter_mut()
        .filter(|r| r.verdict == Verdict::Contradict && claims[r.a].kind != ClaimKind::Quote)
    {
        let docs = (doc(claims, r.a), doc(claims, r.b));
        if (dated(docs.0) && dated(docs.1)) || agreeing.contains(&docs) {
            continue;
        }
        overturn(
            r,
            UNCORROBORATED,
            "an article has no date and the two agree on no other fact, so nothing shows they report one event",
        );
    }
}

/// True when a relation ties two undated articles to one event: they agree
/// on a fact, or one's actors are a part of the other's (a shorter list of
/// the same charges, a less specific name of one car). A compatible figure
/// may only be a bound that holds with the other, and ties nothing.
fn corroborates(claims: &[Claim], r: &Relation) -> bool {
    let named = matches!(claims[r.a].kind, ClaimKind::Actor | ClaimKind::Person);
    ties_events(claims, r.a)
        && (r.verdict == Verdict::Agree || (r.verdict == Verdict::Compatible && named))
}

fn overturn(r: &mut Relation, gate: &'static str, why: &str) {
    r.verdict = Verdict::Distinct;
    r.gate = Some(gate);
    r.explanation = format!("{}; but {why} (`{gate}`)", r.explanation);
}
