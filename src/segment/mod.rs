//! Paragraphs and sentences, each with its byte span in the document.
//!
//! In: a [`Document`]. Out: [`Sentence`]s in text order, each knowing its
//! paragraph and the paragraph's [`BlockKind`]. It does not look for claims;
//! it only says where sentences are and which ones are prose.

mod blocks;
mod sentences;

pub use blocks::BlockKind;

use crate::corpus::Document;
use crate::span::Span;

/// One sentence of a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    /// The sentence's bytes, trimmed of white space, document-absolute.
    pub span: Span,
    /// Index of its paragraph in the document, from 0.
    pub paragraph: usize,
    /// What kind of paragraph it belongs to.
    pub kind: BlockKind,
}

/// Split `doc` into sentences, in text order.
pub fn segment(doc: &Document) -> Vec<Sentence> {
    segment_text(doc.id, &doc.text)
}

/// Split a text into sentences; `doc` names the document the spans point into.
pub fn segment_text(doc: crate::span::DocId, text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    for (paragraph, block) in blocks::blocks(text).into_iter().enumerate() {
        let body = &text[block.start..block.end];
        for (start, end) in sentences::sentences(body) {
            out.push(Sentence {
                span: Span::new(doc, block.start + start, block.start + end),
                paragraph,
                kind: block.kind,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::span::DocId;

    #[test]
    fn sentences_never_span_two_paragraphs() {
        let text = "First paragraph has no stop\n\nSecond one starts here. And ends.";
        let got: Vec<&str> = segment_text(DocId(0), text)
            .iter()
            .map(|s| s.span.slice(text))
            .collect();
        assert_eq!(
            got,
            [
                "First paragraph has no stop",
                "Second one starts here.",
                "And ends."
            ]
        );
    }

    #[test]
    fn spans_shift_exactly_with_prepended_filler() {
        let text = "The U.S. struck at 1:30 a.m. Friday. Three were killed.";
        let filler = "Filler – with ünïcode.\n\n";
        let plain = segment_text(DocId(0), text);
        let shifted = segment_text(DocId(0), &format!("{filler}{text}"));
        assert_eq!(shifted.len(), plain.len() + 1);
        for (a, b) in plain.iter().zip(&shifted[1..]) {
            assert_eq!(b.span.start, a.span.start + filler.len());
            assert_eq!(b.span.end, a.span.end + filler.len());
        }
    }
}
