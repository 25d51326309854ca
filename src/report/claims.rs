//! The `claims` output: every claim with kind, measure, normalised value,
//! subject, attribution, hedges and evidence at `file:line:col`.

use std::io::Write;

use serde::Serialize;

use super::documents::{DocumentView, doc_id, header};
use super::escape::terminal;
use super::sentences::SpanView;
use crate::claim::{Claim, ClaimKind};
use crate::cli::Format;
use crate::corpus::{Corpus, Document};
use crate::error::Result as RunResult;
use crate::span::{LineCol, Span};

/// A claim as JSON shows it.
#[derive(Debug, Serialize)]
pub struct ClaimView<'a> {
    /// Stable id: document id, then position in the document.
    pub id: String,
    /// Document id.
    pub doc: String,
    /// Evidence span (bytes in the file as read).
    pub span: SpanView,
    /// Evidence position for people.
    pub line: usize,
    /// Evidence column (characters).
    pub col: usize,
    /// Where the evidence ends (one past it), for SARIF regions; not in JSON.
    #[serde(skip)]
    pub end: LineCol,
    /// The evidence text.
    pub text: &'a str,
    /// Position of its document in the corpus (for renderers; not in JSON).
    #[serde(skip)]
    pub doc_index: usize,
    /// The evidence in its sentence, with bounded context either side (the
    /// JSON `sentence`).
    pub sentence: Excerpt<'a>,
    /// The normalised value as people read it ("3 = US 2 + UK 1").
    pub value_shown: String,
    /// The event it is about (in a report, not in a claims listing).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub event: Option<&'a str>,
    /// Why it was compared with nothing, where its fact could not be told,
    /// or how its comparison was limited.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub uncompared: Option<&'a str>,
    /// Everything else the claim carries.
    #[serde(flatten)]
    pub claim: &'a Claim,
}

/// Bytes of the sentence kept on either side of the evidence in an excerpt
/// (fewer where a word would be cut).
pub const EXCERPT_CONTEXT: usize = 200;

/// A claim's evidence in its sentence, with at most [`EXCERPT_CONTEXT`]
/// bytes of the sentence on either side, cut at word boundaries. Reports
/// show this rather than the whole sentence, so a report grows with the
/// claims, not with claims times the length of their sentences (one
/// 72 KB "sentence" with thousands of figures). Serialised as its text,
/// with `…` where the sentence was cut.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Excerpt<'a> {
    /// The sentence's words before the evidence, after the cut.
    pub before: &'a str,
    /// The evidence, whole.
    pub evidence: &'a str,
    /// The sentence's words after the evidence, before the cut.
    pub after: &'a str,
    /// Whether the sentence goes on before `before`.
    pub cut_before: bool,
    /// Whether the sentence goes on after `after`.
    pub cut_after: bool,
}

/// The ellipsis that marks a cut.
const CUT: &str = "…";

impl<'a> Excerpt<'a> {
    /// The excerpt of `sentence` around `evidence`, both spans into `text`.
    pub fn new(text: &'a str, sentence: Span, evidence: Span) -> Self {
        let (start, end) = (evidence.start.min(text.len()), evidence.end.min(text.len()));
        let from = sentence.start.min(start);
        let to = sentence.end.clamp(end, text.len());
        let mut lo = start.saturating_sub(EXCERPT_CONTEXT).max(from);
        while !text.is_char_boundary(lo) {
            lo += 1;
        }
        let mut hi = (end + EXCERPT_CONTEXT).min(to);
        while !text.is_char_boundary(hi) {
            hi -= 1;
        }
        let mut before = &text[lo..start];
        let cut_before = lo > from;
        if cut_before {
            // Drop the word the cut went through.
            before = before
                .find(char::is_whitespace)
                .map_or("", |i| &before[i..])
                .trim_start();
        }
        let mut after = &text[end..hi];
        let cut_after = hi < to;
        if cut_after {
            after = after
                .rfind(char::is_whitespace)
                .map_or("", |i| &after[..i])
                .trim_end();
        }
        Excerpt {
            before,
            evidence: &text[start..end],
            after,
            cut_before,
            cut_after,
        }
    }

    /// The excerpt as one text, `…` marking each cut.
    pub fn text(&self) -> String {
        let (head, tail) = self.marks();
        format!("{head}{}{}{}{tail}", self.before, self.evidence, self.after)
    }

    /// The byte range of the evidence in [`Excerpt::text`].
    pub fn evidence_range(&self) -> (usize, usize) {
        let start = self.marks().0.len() + self.before.len();
        (start, start + self.evidence.len())
    }

    /// What goes before and after the text: `…` where it was cut.
    pub fn marks(&self) -> (&'static str, &'static str) {
        (
            if self.cut_before { CUT } else { "" },
            if self.cut_after { CUT } else { "" },
        )
    }
}

impl Serialize for Excerpt<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(&format_args!(
            "{}{}{}{}{}",
            self.marks().0,
            self.before,
            self.evidence,
            self.after,
            self.marks().1
        ))
    }
}

/// The id of the `index`th claim of `doc`.
pub fn claim_id(doc: &Document, index: usize) -> String {
    format!("{}.c{index}", doc_id(doc))
}

impl<'a> ClaimView<'a> {
    /// The view of the `index`th claim of `doc`.
    pub fn new(doc: &'a Document, index: usize, claim: &'a Claim) -> Self {
        let at = doc.locate(claim.span.start, claim.span.end);
        ClaimView {
            id: claim_id(doc, index),
            doc: doc_id(doc),
            span: SpanView {
                start: at.start,
                end: at.end,
            },
            line: at.from.line,
            col: at.from.col,
            end: at.to,
            text: claim.span.slice(&doc.text),
            doc_index: doc.id.0 as usize,
            sentence: Excerpt::new(&doc.text, claim.sentence, claim.span),
            value_shown: claim.value_shown(),
            event: None,
            uncompared: None,
            claim,
        }
    }
}

/// One line for people describing a claim (without its location).
pub fn describe(doc: &Document, claim: &Claim) -> String {
    let mut line = if claim.kind == ClaimKind::Quote {
        // A quote's value is its evidence: say it once.
        claim.summary()
    } else {
        format!("{}  “{}”", claim.summary(), claim.span.slice(&doc.text))
    };
    if let Some(a) = &claim.attribution {
        line.push_str(&format!("  (citing {})", a.source));
    }
    if !claim.hedges.is_empty() {
        line.push_str(&format!("  [hedged: {}]", claim.hedges.join(", ")));
    }
    if claim.block.name() != "prose" {
        line.push_str(&format!("  [{}]", claim.block.name()));
    }
    if claim.repeated {
        line.push_str("  [restated elsewhere in the article]");
    }
    line
}

/// Write every document's claims; `claims[i]` belongs to `corpus.documents[i]`.
pub fn write(
    out: &mut dyn Write,
    format: Format,
    corpus: &Corpus,
    claims: &[Vec<Claim>],
) -> RunResult<()> {
    match format {
        Format::Text => {
            for (doc, claims) in corpus.documents.iter().zip(claims) {
                writeln!(out, "{}", terminal(&header(doc)))?;
                if claims.is_empty() {
                    writeln!(out, "  no claims found")?;
                }
                for claim in claims {
                    let at: LineCol = doc.locate(claim.span.start, claim.span.end).from;
                    let line = terminal(&describe(doc, claim));
                    writeln!(out, "  {:>7}  {line}", at.to_string())?;
                }
                writeln!(out)?;
            }
        }
        Format::Json => {
            let docs: Vec<_> = corpus.documents.iter().map(DocumentView::new).collect();
            let mut views = Vec::new();
            for (doc, claims) in corpus.documents.iter().zip(claims) {
                views.extend(
                    claims
                        .iter()
                        .enumerate()
                        .map(|(i, c)| ClaimView::new(doc, i, c)),
                );
            }
            // Serialised straight from the views: no copy of the whole listing.
            #[derive(Serialize)]
            struct Listing<'a> {
                documents: Vec<DocumentView<'a>>,
                claims: Vec<ClaimView<'a>>,
            }
            let listing = Listing {
                documents: docs,
                claims: views,
            };
            serde_json::to_writer_pretty(&mut *out, &listing).map_err(std::io::Error::from)?;
            writeln!(out)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::span::DocId;

    fn excerpt(text: &str, evidence: &str) -> Excerpt<'static> {
        let text: &'static str = Box::leak(text.to_string().into_boxed_str());
        let start = text.find(evidence).expect("evidence in text");
        Excerpt::new(
            text,
            Span::new(DocId(0), 0, text.len()),
            Span::new(DocId(0), start, start + evidence.len()),
        )
    }

    #[test]
    fn a_short_sentence_is_its_own_excerpt() {
        let shown = excerpt(
            "Three people were killed, police said.",
            "Three people were killed",
        );
        assert_eq!(shown.text(), "Three people were killed, police said.");
        assert!(!shown.cut_before && !shown.cut_after);
    }

    #[test]
    fn a_long_sentence_is_cut_at_words_with_ellipses_and_the_evidence_kept() {
        let words = "word ".repeat(1000);
        let text = format!("{words}3 killed {words}end.");
        let shown = excerpt(&text, "3 killed");
        let whole = shown.text();
        assert!(
            whole.starts_with("…word ") && whole.ends_with(" word…"),
            "{whole}"
        );
        assert!(whole.len() <= 2 * EXCERPT_CONTEXT + "3 killed".len() + 2 * CUT.len());
        let (from, to) = shown.evidence_range();
        assert_eq!(&whole[from..to], "3 killed");
    }

    #[test]
    fn a_cut_never_splits_a_character() {
        let text = format!("{}7 dead {}", "é".repeat(300), "ü".repeat(300));
        let shown = excerpt(&text, "7 dead");
        assert_eq!(shown.evidence, "7 dead");
        assert!(shown.text().len() < 2 * EXCERPT_CONTEXT + 20);
    }
}
