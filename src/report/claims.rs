//! The `claims` output: every claim with kind, measure, normalised value,
//! subject, attribution, hedges and evidence at `file:line:col`.

use std::io::Write;

use serde::Serialize;

use super::documents::{DocumentView, doc_id, header};
use super::sentences::SpanView;
use crate::claim::{Claim, ClaimKind};
use crate::cli::Format;
use crate::corpus::{Corpus, Document};
use crate::error::Result;
use crate::span::LineCol;

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
    /// The evidence text.
    pub text: &'a str,
    /// Position of its document in the corpus (for renderers; not in JSON).
    #[serde(skip)]
    pub doc_index: usize,
    /// The sentence it is in.
    pub sentence: &'a str,
    /// The normalised value as people read it ("3 = US 2 + UK 1").
    pub value_shown: String,
    /// The event it is about (in a report, not in a claims listing).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub event: Option<String>,
    /// Why it was compared with nothing, where its fact could not be told.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub uncompared: Option<&'a str>,
    /// Everything else the claim carries.
    #[serde(flatten)]
    pub claim: &'a Claim,
}

/// The id of the `index`th claim of `doc`.
pub fn claim_id(doc: &Document, index: usize) -> String {
    format!("{}.c{index}", doc_id(doc))
}

impl<'a> ClaimView<'a> {
    /// The view of the `index`th claim of `doc`.
    pub fn new(doc: &'a Document, index: usize, claim: &'a Claim) -> Self {
        let at = doc.lines.line_col(&doc.text, claim.span.start);
        ClaimView {
            id: claim_id(doc, index),
            doc: doc_id(doc),
            span: SpanView {
                start: claim.span.start,
                end: claim.span.end,
            },
            line: at.line,
            col: at.col,
            text: claim.span.slice(&doc.text),
            doc_index: doc.id.0 as usize,
            sentence: claim.sentence.slice(&doc.text),
            value_shown: claim.value.to_string(),
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
) -> Result<()> {
    match format {
        Format::Text => {
            for (doc, claims) in corpus.documents.iter().zip(claims) {
                writeln!(out, "{}", header(doc))?;
                if claims.is_empty() {
                    writeln!(out, "  no claims found")?;
                }
                for claim in claims {
                    let at: LineCol = doc.lines.line_col(&doc.text, claim.span.start);
                    writeln!(out, "  {:>7}  {}", at.to_string(), describe(doc, claim))?;
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
