//! Figures that are not numbers: none ("no one was killed", "nobody was
//! hurt", "there were no casualties") and not yet known ("no immediate word
//! on casualties", "it was not immediately clear how many people died").
//!
//! None is a figure like any other once an outcome claims it, but only an
//! outcome said right after it ("no one knows how many were killed" says
//! nothing of the killed); a figure not yet known is read from its words
//! and the outcome nearest them. None or not known of a whole is none or not
//! known of each of its parts (the outcome rules' `part_of`): "no
//! casualties" is no one killed and no one injured.

use std::sync::LazyLock;

use super::rules::OutcomeRule;
use super::signals::matches_at;
use super::{Figure, FigureHit, Source};
use crate::claim::{ClaimKind, Subject, Value};
use crate::extract::tokens::Token;
use crate::language::{PREDICATE_GAP, UNKNOWN};
use crate::normalize::number::{Amount, Qualifier};

/// How many words may stand between words that say a figure is unknown and
/// the outcome they are about.
const UNKNOWN_REACH: usize = 6;

/// Figures of none: "no one", "nobody", "none", and "no" before a noun
/// ("no casualties", "no Americans").
pub(super) fn none_figures(tokens: &[Token<'_>]) -> Vec<Figure> {
    let mut out = Vec::new();
    for (k, token) in tokens.iter().enumerate() {
        let next = match token.lower() {
            "nobody" | "none" | "no-one" => k + 1,
            "no" if opens_a_qualifier(tokens, k) => continue,
            "no" if tokens.get(k + 1).is_some_and(|t| t.lower() == "one") => k + 2,
            "no" if tokens.get(k + 1).is_some_and(Token::is_word) => k + 1,
            _ => continue,
        };
        out.push(Figure {
            start: token.start,
            end: tokens[next - 1].end,
            amount: Amount::exact(0.0),
            strict: false,
            ordinal: false,
            first: k,
            next,
            source: Source::None,
        });
    }
    out
}

/// True when a qualifier's phrase of words opens at token `k` ("no more
/// than 12", "no fewer than"): its "no" bounds the figure after it.
fn opens_a_qualifier(tokens: &[Token<'_>], k: usize) -> bool {
    crate::language::QUALIFIERS.words().any(|phrase| {
        phrase.contains(' ')
            && phrase
                .split(' ')
                .enumerate()
                .all(|(i, w)| tokens.get(k + i).is_some_and(|t| t.lower() == w))
    })
}

/// True when only words of the predicate-gap table stand in tokens
/// `from..to`: "no one [was seriously] hurt".
pub(super) fn close(tokens: &[Token<'_>], from: usize, to: usize) -> bool {
    tokens
        .get(from.min(to)..to)
        .is_some_and(|gap| gap.iter().all(|t| PREDICATE_GAP.contains(t.lower())))
}

/// The outcome nearest tokens `range` in the direction the marker says,
/// within [`UNKNOWN_REACH`] words of its clause: the rule's index and the
/// signal's tokens.
fn outcome_near(
    tokens: &[Token<'_>],
    (start, end): (usize, usize),
    after: bool,
    rules: &[OutcomeRule],
) -> Option<(usize, usize, usize)> {
    let clause_break = |t: &Token<'_>| matches!(t.text, "," | ";" | ":" | "." | "(" | ")");
    let candidates: Vec<usize> = if after {
        (end..tokens.len().min(end + UNKNOWN_REACH)).collect()
    } else {
        (start.saturating_sub(UNKNOWN_REACH)..start).rev().collect()
    };
    for k in candidates {
        if clause_break(&tokens[k]) {
            return None;
        }
        for (r, rule) in rules.iter().enumerate() {
            if let Some(words) = rule.signals().find(|w| matches_at(tokens, k, w)) {
                return Some((r, k, k + words.len()));
            }
        }
    }
    None
}

/// The words of each row of the unknown table, and whether its outcome comes
/// after them: split once, not for every sentence.
static UNKNOWN_MARKERS: LazyLock<Vec<(Vec<String>, bool)>> = LazyLock::new(|| {
    UNKNOWN
        .rows()
        .iter()
        .map(|row| {
            let words = row[0].split_whitespace().map(str::to_string).collect();
            (words, row.get(1) == Some(&"after"))
        })
        .collect()
});

/// Figures the text says are not known yet, each with the outcome it is of.
pub(super) fn unknown_hits(tokens: &[Token<'_>], rules: &[OutcomeRule]) -> Vec<FigureHit> {
    let markers = &*UNKNOWN_MARKERS;
    let mut hits = Vec::new();
    let mut k = 0;
    while k < tokens.len() {
        let Some((words, after)) = markers.iter().find(|(w, _)| matches_at(tokens, k, w)) else {
            k += 1;
            continue;
        };
        let end = k + words.len();
        if let Some((r, s, e)) = outcome_near(tokens, (k, end), *after, rules) {
            let rule = &rules[r];
            let (first, last) = (k.min(s), end.max(e) - 1);
            hits.push(FigureHit {
                rule: rule.id.clone(),
                kind: kind_of(rule),
                measure: rule.params.measure.clone(),
                start: tokens[first].start,
                end: tokens[last].end,
                value: Value::Amount {
                    amount: Amount::unknown(),
                    parts: Vec::new(),
                },
                subject: Subject {
                    noun: "person".to_string(),
                    part_of: rule.params.part_of.clone().unwrap_or_default(),
                    ..Subject::default()
                },
            });
        }
        k = end;
    }
    hits
}

/// Casualties or a count, as the rule says.
pub(super) fn kind_of(rule: &OutcomeRule) -> ClaimKind {
    if rule.params.count {
        ClaimKind::Count
    } else {
        ClaimKind::Casualties
    }
}

/// For every hit of none or not known of a whole (an outcome that is itself
/// no part of another), the same of each outcome that is a part of it: "no
/// casualties" is no one killed and no one injured. (None injured is not
/// spelt out as none in hospital: one level is what a reader draws.)
pub(super) fn parts_of_categorical(hits: &[FigureHit], rules: &[OutcomeRule]) -> Vec<FigureHit> {
    let categorical = |hit: &FigureHit| match &hit.value {
        Value::Amount { amount, .. } => {
            amount.qualifier == Qualifier::Unknown
                || (amount.qualifier == Qualifier::Exact && amount.stated == 0.0)
        }
        _ => false,
    };
    let mut out = Vec::new();
    let whole = |hit: &FigureHit| {
        rules
            .iter()
            .any(|r| r.id == hit.rule && r.params.part_of.is_none())
    };
    for hit in hits.iter().filter(|h| categorical(h) && whole(h)) {
        for rule in rules
            .iter()
            .filter(|r| r.params.part_of.as_deref() == Some(hit.measure.as_str()))
        {
            out.push(FigureHit {
                rule: rule.id.clone(),
                kind: kind_of(rule),
                measure: rule.params.measure.clone(),
                subject: Subject {
                    part_of: hit.measure.clone(),
                    ..hit.subject.clone()
                },
                ..hit.clone()
            });
        }
    }
    out
}
