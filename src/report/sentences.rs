//! The `sentences` output: every sentence with its kind and `line:col`, so a
//! rule writer sees exactly what extraction will read.

use std::io::Write;

use serde::Serialize;

use super::documents::{DocumentView, header};
use super::escape::terminal;
use crate::cli::Format;
use crate::corpus::Corpus;
use crate::error::Result;
use crate::segment::{BlockKind, Sentence};

#[derive(Serialize)]
struct SentenceView<'a> {
    doc: String,
    paragraph: usize,
    kind: BlockKind,
    span: SpanView,
    line: usize,
    col: usize,
    text: &'a str,
}

/// A byte span as JSON shows it.
#[derive(Debug, Serialize)]
pub struct SpanView {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

/// Write the sentences of every document; `segmented[i]` belongs to
/// `corpus.documents[i]`.
pub fn write(
    out: &mut dyn Write,
    format: Format,
    corpus: &Corpus,
    segmented: &[Vec<Sentence>],
) -> Result<()> {
    match format {
        Format::Text => {
            for (doc, sentences) in corpus.documents.iter().zip(segmented) {
                writeln!(out, "{}", terminal(&header(doc)))?;
                for s in sentences {
                    let at = doc.locate(s.span.start, s.span.end).from;
                    let text = terminal(s.span.slice(&doc.text));
                    writeln!(out, "  {:>7} {:<10} {text}", at.to_string(), s.kind.name())?;
                }
                writeln!(out)?;
            }
        }
        Format::Json => {
            let docs: Vec<_> = corpus.documents.iter().map(DocumentView::new).collect();
            let mut views = Vec::new();
            for (doc, sentences) in corpus.documents.iter().zip(segmented) {
                for s in sentences {
                    let at = doc.locate(s.span.start, s.span.end);
                    views.push(SentenceView {
                        doc: super::documents::doc_id(doc),
                        paragraph: s.paragraph,
                        kind: s.kind,
                        span: SpanView {
                            start: at.start,
                            end: at.end,
                        },
                        line: at.from.line,
                        col: at.from.col,
                        text: s.span.slice(&doc.text),
                    });
                }
            }
            let value = serde_json::json!({ "documents": docs, "sentences": views });
            serde_json::to_writer_pretty(&mut *out, &value).map_err(std::io::Error::from)?;
            writeln!(out)?;
        }
    }
    Ok(())
}
