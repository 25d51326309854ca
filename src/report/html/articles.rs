//! The HTML page's table of articles: one row per document with its outlet,
//! publication date, where the date came from, time zone, story, and a link
//! to the original (an `http`/`https` URL only) or else its path.
//!
//! An article whose date is unknown is the main cause of wrong pairings, so
//! its row carries the class `undated` and says "date unknown" in words, not
//! in colour alone. Every piece of text is escaped: paths, outlets and URLs
//! come from outside.

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;

use super::escape;
use crate::corpus::Provenance;
use crate::error::Result;
use crate::report::documents::DocumentView;
use crate::report::model::Report;

/// Where a date came from, in words.
fn provenance(from: Provenance) -> String {
    match from {
        Provenance::Manifest => "manifest".to_string(),
        Provenance::Text { offset } => format!("text of the page at byte {offset}"),
        Provenance::File { offset } => format!("the file's own metadata at byte {offset}"),
        Provenance::FileName => "file name".to_string(),
        Provenance::CommandLine => "command line".to_string(),
        Provenance::Unknown => "unknown".to_string(),
    }
}

/// The URL, if it is one a page may link to: `http` or `https`, never
/// `javascript:`, `data:` or `file:`.
fn linkable(url: &str) -> Option<&str> {
    let url = url.trim();
    let scheme = url.split_once(':')?.0;
    (scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https")).then_some(url)
}

/// The cell that says where the original is: a link to its URL, or its path
/// (with a URL that may not be linked shown as text).
fn source_cell(doc: &DocumentView<'_>) -> String {
    match doc.url {
        Some(url) => match linkable(url) {
            Some(url) => format!(
                "<a href=\"{0}\" rel=\"noopener noreferrer\">{0}</a>",
                escape(url)
            ),
            None => format!(
                "<code>{}</code> (not linked: <code>{}</code>)",
                escape(&doc.label()),
                escape(url)
            ),
        },
        None => format!("<code>{}</code>", escape(&doc.label())),
    }
}

/// The cell of the story: its id and label, the id a link to its findings
/// when the page has them.
fn story_cell(
    doc: &DocumentView<'_>,
    labels: &BTreeMap<&str, &str>,
    with_findings: &BTreeSet<&str>,
) -> String {
    let Some(story) = doc.story.as_deref() else {
        return String::new();
    };
    let id = if with_findings.contains(story) {
        format!("<a href=\"#story-{0}\">{0}</a>", escape(story))
    } else {
        escape(story)
    };
    match labels.get(story) {
        Some(label) => format!("{id}: {}", escape(label)),
        None => id,
    }
}

/// Write the articles table; `with_findings` are the stories whose findings
/// the page shows (a section `story-ID`).
pub(super) fn table(
    out: &mut dyn Write,
    report: &Report<'_>,
    with_findings: &BTreeSet<&str>,
) -> Result<()> {
    let undated = report
        .documents
        .iter()
        .filter(|d| d.published.is_none())
        .count();
    writeln!(
        out,
        "<section id=\"articles\">\n<h2>Articles</h2>\n<p>{} articles, {undated} with no known publication date (their claims are paired on their text alone).</p>",
        report.documents.len()
    )?;
    writeln!(
        out,
        "<div class=\"scroll\">\n<table id=\"articles-table\">\n<thead><tr><th>Outlet</th><th>Published</th><th>Date from</th><th>Time zone</th><th>Story</th><th>Original</th></tr></thead>\n<tbody>"
    )?;
    let labels: BTreeMap<&str, &str> = report
        .stories
        .iter()
        .map(|s| (s.id.as_str(), s.label.as_str()))
        .collect();
    for doc in &report.documents {
        let (class, published) = match &doc.published {
            Some(date) => ("", escape(date)),
            None => (
                " class=\"undated\"",
                "<strong class=\"unknown\">date unknown</strong>".to_string(),
            ),
        };
        writeln!(
            out,
            "<tr id=\"article-{}\"{class} data-outlet=\"{}\"><td>{}</td><td>{published}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            escape(&doc.id),
            escape(doc.outlet),
            escape(doc.outlet),
            provenance(doc.published_from),
            doc.timezone.map_or_else(|| "unknown".to_string(), escape),
            story_cell(doc, &labels, with_findings),
            source_cell(doc)
        )?;
    }
    super::end_table_section(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_http_and_https_urls_are_linked() {
        assert_eq!(
            linkable("https://marsk.example/a"),
            Some("https://marsk.example/a")
        );
        assert_eq!(
            linkable(" HTTP://dunmore.example "),
            Some("HTTP://dunmore.example")
        );
        assert_eq!(linkable("javascript:alert(1)"), None);
        assert_eq!(linkable("JavaScript:alert(1)"), None);
        assert_eq!(linkable("data:text/html,x"), None);
        assert_eq!(linkable("file:///etc/passwd"), None);
        assert_eq!(linkable("//ardonia.example"), None);
    }

    #[test]
    fn provenance_names_the_byte_a_printed_date_was_read_at() {
        assert_eq!(
            provenance(Provenance::Text { offset: 42 }),
            "text of the page at byte 42"
        );
        assert_eq!(provenance(Provenance::Manifest), "manifest");
        assert_eq!(provenance(Provenance::Unknown), "unknown");
    }
}
