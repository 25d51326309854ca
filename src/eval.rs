//! Scoring a report against an answer key, exactly as tests/keys/KEY-FORMAT.md defines
//! it: a key claim is found when a claim of the same document overlaps its
//! quote; a key relation holds when every cross-document pair of its claims is
//! related with an accepted verdict (and, for `distinct`, with no other); an
//! unexpected contradiction is one no key relation expects.
//!
//! In: the key file, the corpus, its claims and relations. Out: a [`Score`]
//! with every miss spelled out.

use std::path::Path;

use serde::Deserialize;
use toml::Spanned;

use crate::claim::Claim;
use crate::corpus::Corpus;
use crate::error::Result;
use crate::rules::error_at;
use crate::span::{DocId, Span};
use crate::verdict::Verdict;

/// A relation between two claims, by their index in the flat claim list.
#[derive(Debug, Clone, PartialEq)]
pub struct RelationRef {
    /// First claim.
    pub a: usize,
    /// Second claim.
    pub b: usize,
    /// The verdict.
    pub verdict: Verdict,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawKey {
    #[serde(default)]
    claim: Vec<RawClaim>,
    #[serde(default)]
    relation: Vec<RawRelation>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawClaim {
    #[serde(default)]
    #[expect(
        dead_code,
        reason = "a hint for people; the key format allows it and scoring ignores it"
    )]
    kind: Option<String>,
    doc: String,
    quote: Spanned<String>,
    #[serde(default)]
    nth: Option<usize>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRelation {
    id: String,
    verdict: Verdicts,
    #[serde(default)]
    #[expect(dead_code, reason = "an explanation for people; scoring ignores it")]
    note: Option<String>,
    claims: Vec<RawClaim>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum Verdicts {
    One(Verdict),
    Many(Vec<Verdict>),
}

/// A quote of a key, located in its document.
#[derive(Debug, Clone)]
pub struct KeyQuote {
    /// The document's file name.
    pub doc: String,
    /// The quoted words.
    pub quote: String,
    /// Where they are (None when the document is not among the inputs).
    pub span: Option<Span>,
}

/// A relation of a key.
#[derive(Debug, Clone)]
pub struct KeyRelation {
    /// Its id.
    pub id: String,
    /// Accepted verdicts.
    pub verdicts: Vec<Verdict>,
    /// Its claims.
    pub claims: Vec<KeyQuote>,
}

/// An answer key, located in a corpus.
#[derive(Debug, Clone)]
pub struct Key {
    /// Claims that must be found.
    pub claims: Vec<KeyQuote>,
    /// Relations that must hold.
    pub relations: Vec<KeyRelation>,
}

/// The outcome of scoring.
#[derive(Debug, Clone, Default)]
pub struct Score {
    /// Key claims found.
    pub claims_found: usize,
    /// Key claims.
    pub claims_total: usize,
    /// Key relations that hold.
    pub relations_held: usize,
    /// Key relations.
    pub relations_total: usize,
    /// Contradictions in the report.
    pub contradictions: usize,
    /// Contradictions no key relation expects.
    pub unexpected: usize,
    /// One line per miss and per unexpected contradiction.
    pub misses: Vec<String>,
}

impl Score {
    /// The score line of KEY-FORMAT.md.
    pub fn line(&self) -> String {
        format!(
            "claims {}/{}, relations {}/{}, contradictions reported {}, unexpected {}",
            self.claims_found,
            self.claims_total,
            self.relations_held,
            self.relations_total,
            self.contradictions,
            self.unexpected
        )
    }

    /// True when nothing was missed and nothing unexpected reported.
    pub fn is_clean(&self) -> bool {
        self.misses.is_empty()
    }
}

impl Key {
    /// Load the key at `path` and locate its quotes in `corpus`.
    pub fn load(path: &Path, corpus: &Corpus) -> Result<Key> {
        let text = crate::corpus::read::read_text(
            path,
            crate::corpus::read::DEFAULT_MAX_SIZE,
            "cannot read key",
        )?;
        let raw: RawKey = toml::from_str(&text).map_err(|e| {
            error_at(
                path,
                &text,
                e.span().map_or(0, |s| s.start),
                format!("answer key: {}", e.message()),
            )
        })?;
        let locate = |c: &RawClaim| -> Result<KeyQuote> {
            let Some(doc) = corpus.documents.iter().find(|d| d.name == c.doc) else {
                return Ok(KeyQuote {
                    doc: c.doc.clone(),
                    quote: c.quote.get_ref().clone(),
                    span: None,
                });
            };
            let nth = c.nth.unwrap_or(1).max(1);
            let quote = c.quote.get_ref();
            let start = doc
                .text
                .match_indices(quote.as_str())
                .nth(nth - 1)
                .map(|(i, _)| i);
            let Some(start) = start else {
                return Err(error_at(
                    path,
                    &text,
                    c.quote.span().start,
                    format!("quote (occurrence {nth}) is not in {}: {quote:?}", doc.path),
                ));
            };
            Ok(KeyQuote {
                doc: c.doc.clone(),
                quote: quote.clone(),
                span: Some(Span::new(doc.id, start, start + quote.len())),
            })
        };
        let claims = raw.claim.iter().map(locate).collect::<Result<Vec<_>>>()?;
        let mut relations = Vec::new();
        for r in &raw.relation {
            relations.push(KeyRelation {
                id: r.id.clone(),
                verdicts: match &r.verdict {
                    Verdicts::One(v) => vec![*v],
                    Verdicts::Many(v) => v.clone(),
                },
                claims: r.claims.iter().map(locate).collect::<Result<Vec<_>>>()?,
            });
        }
        Ok(Key { claims, relations })
    }

    /// Score `claims` and `relations` (indices into `claims`) against the key.
    pub fn score(&self, claims: &[Claim], relations: &[RelationRef]) -> Score {
        let mut score = Score {
            claims_total: self.claims.len(),
            relations_total: self.relations.len(),
            ..Score::default()
        };
        let overlapping = |q: &KeyQuote| -> Vec<usize> {
            let Some(span) = q.span else {
                return Vec::new();
            };
            claims
                .iter()
                .enumerate()
                .filter(|(_, c)| c.span.overlaps(&span))
                .map(|(i, _)| i)
                .collect()
        };
        for q in &self.claims {
            if overlapping(q).is_empty() {
                let why = if q.span.is_none() {
                    " (document not among the inputs)"
                } else {
                    ""
                };
                score
                    .misses
                    .push(format!("missed claim: {}: {:?}{why}", q.doc, q.quote));
            } else {
                score.claims_found += 1;
            }
        }
        for r in &self.relations {
            match relation_miss(r, &overlapping, relations) {
                None => score.relations_held += 1,
                Some(why) => score
                    .misses
                    .push(format!("relation {} does not hold: {why}", r.id)),
            }
        }
        for rel in relations
            .iter()
            .filter(|r| r.verdict == Verdict::Contradict)
        {
            score.contradictions += 1;
            let expected = self.relations.iter().any(|r| {
                r.verdicts.contains(&Verdict::Contradict)
                    && r.claims.iter().any(|q| overlapping(q).contains(&rel.a))
                    && r.claims.iter().any(|q| overlapping(q).contains(&rel.b))
            });
            if !expected {
                score.unexpected += 1;
                let (a, b) = (&claims[rel.a], &claims[rel.b]);
                score.misses.push(format!(
                    "unexpected contradiction: {} against {}",
                    describe(a.span.doc, a),
                    describe(b.span.doc, b)
                ));
            }
        }
        score
    }
}

fn describe(doc: DocId, claim: &Claim) -> String {
    format!(
        "d{}@{}..{} ({})",
        doc.0,
        claim.span.start,
        claim.span.end,
        claim.summary()
    )
}

/// Why a key relation does not hold, or None when it does.
fn relation_miss(
    r: &KeyRelation,
    overlapping: &dyn Fn(&KeyQuote) -> Vec<usize>,
    relations: &[RelationRef],
) -> Option<String> {
    for (i, x) in r.claims.iter().enumerate() {
        for y in &r.claims[i + 1..] {
            if x.doc == y.doc {
                continue;
            }
            let (xs, ys) = (overlapping(x), overlapping(y));
            let between: Vec<Verdict> = relations
                .iter()
                .filter(|rel| {
                    (xs.contains(&rel.a) && ys.contains(&rel.b))
                        || (xs.contains(&rel.b) && ys.contains(&rel.a))
                })
                .map(|rel| rel.verdict)
                .collect();
            let pair = format!("{} {:?} / {} {:?}", x.doc, x.quote, y.doc, y.quote);
            let accepts_distinct = r.verdicts.contains(&Verdict::Distinct);
            if between.contains(&Verdict::Contradict) && !r.verdicts.contains(&Verdict::Contradict)
            {
                return Some(format!("{pair}: reported as contradict"));
            }
            if accepts_distinct {
                if let Some(v) = between.iter().find(|v| !r.verdicts.contains(v)) {
                    return Some(format!("{pair}: reported as {}", v.name()));
                }
            } else if !between.iter().any(|v| r.verdicts.contains(v)) {
                let got = if between.is_empty() {
                    "not related".to_string()
                } else {
                    let names: Vec<&str> = between.iter().map(|v| v.name()).collect();
                    format!("reported as {}", names.join(", "))
                };
                return Some(format!("{pair}: {got}"));
            }
        }
    }
    None
}
