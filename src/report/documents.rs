//! How a document is shown: its path, outlet, publication date and time zone,
//! each with where it came from, so a report says plainly what is unknown.

use serde::Serialize;

use crate::corpus::{Document, Provenance};

/// A document as every JSON output shows it.
#[derive(Debug, Serialize)]
pub struct DocumentView<'a> {
    /// Stable id within the report (`d` + position in sorted order).
    pub id: String,
    /// Path as given.
    pub path: &'a str,
    /// File name alone.
    pub name: &'a str,
    /// Which part of the file it is ("line 3", "item 2"), when the file
    /// holds several articles.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub part: Option<&'a str>,
    /// Outlet.
    pub outlet: &'a str,
    /// The story it tells (in a report, not in a claims listing).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub story: Option<String>,
    /// Where the outlet came from.
    pub outlet_from: Provenance,
    /// Publication date (`YYYY-MM-DD`), or null when unknown.
    pub published: Option<String>,
    /// Where the date came from.
    pub published_from: Provenance,
    /// IANA time zone, or null when unknown.
    pub timezone: Option<&'a str>,
    /// URL, or null when unknown.
    pub url: Option<&'a str>,
    /// Invalid bytes replaced under `--lossy`.
    #[serde(skip_serializing_if = "is_zero")]
    pub replaced_bytes: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

impl<'a> DocumentView<'a> {
    /// The view of `doc`.
    pub fn new(doc: &'a Document) -> Self {
        DocumentView {
            id: doc_id(doc),
            path: &doc.path,
            name: &doc.name,
            part: doc.part.as_deref(),
            outlet: &doc.meta.outlet,
            story: None,
            outlet_from: doc.meta.outlet_from,
            published: doc.meta.published.map(|p| p.date.to_string()),
            published_from: doc.meta.published_from,
            timezone: doc.meta.timezone.as_deref(),
            url: doc.meta.url.as_deref(),
            replaced_bytes: doc.replaced_bytes,
        }
    }
}

impl DocumentView<'_> {
    /// The path, with the part of the file when it holds several articles
    /// (`wire.jsonl (line 3)`).
    pub fn label(&self) -> String {
        match self.part {
            Some(part) => format!("{} ({part})", self.path),
            None => self.path.to_string(),
        }
    }
}

/// The id of a document in reports.
pub fn doc_id(doc: &Document) -> String {
    format!("d{}", doc.id.0)
}

/// One line for people: `path: outlet …, published …, time zone …`.
pub fn header(doc: &Document) -> String {
    let meta = &doc.meta;
    let outlet = match meta.outlet_from {
        Provenance::FileName => format!("outlet unknown (named {:?} after the file)", meta.outlet),
        Provenance::Text { .. } => format!("{} (from its Source line)", meta.outlet),
        Provenance::File { .. } => format!("{} (as the file states)", meta.outlet),
        _ => meta.outlet.clone(),
    };
    let published = match (meta.published, meta.published_from) {
        (Some(p), Provenance::Text { .. }) => format!("published {} (as printed)", p.date),
        (Some(p), Provenance::File { .. }) => format!("published {} (as the file states)", p.date),
        (Some(p), _) => format!("published {}", p.date),
        (None, _) => "publication date unknown".to_string(),
    };
    let zone = meta
        .timezone
        .as_deref()
        .map_or_else(|| "time zone unknown".to_string(), |z| z.to_string());
    format!("{}: {outlet}; {published}; {zone}", doc.label())
}
