//! Article formats: plain text, HTML pages, JSON records, RSS and Atom
//! feeds, WARC archives.
//!
//! In: one file's text and the format it is in (by its extension, its first
//! bytes, or `--input-format`). Out: the [`Article`]s in it, each with its
//! text, an [`OffsetMap`] back to the file's bytes, and the metadata the
//! file itself states (HTML `<meta>` and JSON-LD, a record's fields, a feed
//! item's elements). Every reader keeps every byte of an article's text tied
//! to the bytes of the file it came from, so reports point into the file on
//! disk. The readers interpret markup, never prose.

pub mod date;
pub mod feed;
pub mod html;
pub mod json;
pub mod warc;

use std::path::Path;

use super::Published;
use super::origin::{MappedText, OffsetMap};

/// The formats claimcheck reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, clap::ValueEnum)]
pub enum InputFormat {
    /// Plain UTF-8 text: the file is the article.
    Text,
    /// An HTML page: its main text, title and metadata.
    Html,
    /// JSON Lines, a JSON array of records, or an object holding one: one
    /// article per record.
    Json,
    /// An RSS or Atom feed: one article per item.
    Feed,
    /// A WARC archive (gzipped or not): one article per HTML response.
    Warc,
}

impl InputFormat {
    /// The format a file name says, if it says one (`.warc.gz` included).
    pub fn by_extension(path: &Path) -> Option<InputFormat> {
        let name = path.file_name()?.to_str()?.to_ascii_lowercase();
        if name.ends_with(".warc.gz") {
            return Some(InputFormat::Warc);
        }
        let extension = name.rsplit_once('.')?.1;
        Some(match extension {
            "txt" | "text" => InputFormat::Text,
            "html" | "htm" | "xhtml" => InputFormat::Html,
            "jsonl" | "ndjson" | "json" => InputFormat::Json,
            "rss" | "atom" | "xml" => InputFormat::Feed,
            "warc" => InputFormat::Warc,
            _ => return None,
        })
    }

    /// The format a file's first bytes show: WARC and gzip magic, an XML
    /// feed's root, an HTML page's doctype or root, a JSON record; else text.
    pub fn sniff(bytes: &[u8]) -> InputFormat {
        if bytes.starts_with(b"WARC/") || bytes.starts_with(&[0x1f, 0x8b]) {
            return InputFormat::Warc;
        }
        let head = String::from_utf8_lossy(&bytes[..bytes.len().min(1024)]).to_ascii_lowercase();
        let head = head.trim_start_matches('\u{feff}').trim_start();
        if head.starts_with("<?xml") && (head.contains("<rss") || head.contains("<feed"))
            || head.starts_with("<rss")
            || head.starts_with("<feed")
        {
            InputFormat::Feed
        } else if head.starts_with("<!doctype html") || head.starts_with("<html") {
            InputFormat::Html
        } else if head.starts_with('{') || head.starts_with('[') {
            InputFormat::Json
        } else {
            InputFormat::Text
        }
    }

    /// The lower-case name users write (`--input-format`).
    pub fn name(self) -> &'static str {
        match self {
            InputFormat::Text => "text",
            InputFormat::Html => "html",
            InputFormat::Json => "json",
            InputFormat::Feed => "feed",
            InputFormat::Warc => "warc",
        }
    }
}

/// A piece of metadata a file states, with the byte offset it was read at.
#[derive(Debug, Clone, PartialEq)]
pub struct Stated<T> {
    /// The value.
    pub value: T,
    /// Where in the file it was read.
    pub offset: usize,
}

/// What a file says about one of its articles.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Embedded {
    /// The publisher (`og:site_name`, JSON-LD `publisher`, a record's
    /// `outlet` or `source`, a feed item's `<source>`).
    pub outlet: Option<Stated<String>>,
    /// When it was published.
    pub published: Option<Stated<Published>>,
    /// Its address.
    pub url: Option<String>,
}

/// One article read from a file.
#[derive(Debug)]
pub struct Article {
    /// The text the pipeline reads.
    pub text: String,
    /// Text offsets → file offsets.
    pub map: OffsetMap,
    /// What the file says of it.
    pub meta: Embedded,
    /// Which part of the file it is ("line 3", "item 2"), when the file
    /// holds several articles.
    pub part: Option<String>,
}

impl Article {
    /// An article of `body` (built with its map), metadata and part.
    pub fn new(body: MappedText, meta: Embedded, part: Option<String>) -> Self {
        let (text, map) = body.finish();
        Article {
            text,
            map,
            meta,
            part,
        }
    }
}

/// Which fields of a JSON record hold what (`--field text=body,outlet=source.name`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Fields {
    /// The article text.
    pub text: Option<String>,
    /// The outlet.
    pub outlet: Option<String>,
    /// The publication date.
    pub published: Option<String>,
    /// The URL.
    pub url: Option<String>,
    /// The headline, put before the text.
    pub title: Option<String>,
}

impl Fields {
    /// Parse `name=path,name=path`, where a name is `text`, `outlet`,
    /// `published`, `url` or `title` and a path is a field name, dotted
    /// for nested objects (`source.name`).
    pub fn parse(spec: &str) -> Result<Fields, String> {
        let mut fields = Fields::default();
        for pair in spec.split(',').filter(|p| !p.trim().is_empty()) {
            let (name, path) = pair
                .split_once('=')
                .ok_or_else(|| format!("{pair:?} is not NAME=FIELD"))?;
            let (name, path) = (name.trim(), path.trim());
            if path.is_empty() {
                return Err(format!("{name:?} names no field"));
            }
            let slot = match name {
                "text" => &mut fields.text,
                "outlet" => &mut fields.outlet,
                "published" => &mut fields.published,
                "url" => &mut fields.url,
                "title" => &mut fields.title,
                _ => {
                    return Err(format!(
                        "unknown field {name:?}: expected text, outlet, published, url or title"
                    ));
                }
            };
            *slot = Some(path.to_string());
        }
        Ok(fields)
    }
}

/// What went wrong reading one article of a file, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Byte offset in the file.
    pub offset: usize,
    /// What is wrong.
    pub message: String,
}

/// What a reader found in one file: its articles, and the parts it could
/// not read (each reported, none dropped silently).
#[derive(Debug, Default)]
pub struct Read {
    /// The articles, in file order.
    pub articles: Vec<Article>,
    /// Parts that are not articles or could not be read.
    pub problems: Vec<Problem>,
    /// Parts skipped because they are not articles (a WARC's request
    /// records and images), counted for a warning.
    pub skipped: usize,
    /// What was read but not understood, for warnings (a date in a form
    /// claimcheck does not read): nothing that stops the run.
    pub notes: Vec<Problem>,
}

/// Read the articles of `text` (a whole file) in `format`. Plain text is
/// not read here: the file is its own article.
pub fn read(format: InputFormat, text: &str, fields: &Fields) -> Read {
    match format {
        InputFormat::Text => Read::default(),
        InputFormat::Html => html::read(text),
        InputFormat::Json => json::read(text, fields),
        InputFormat::Feed => feed::read(text),
        InputFormat::Warc => warc::read(text),
    }
}

/// The outlet an article's file states, for tests.
#[cfg(test)]
pub(crate) fn stated_outlet(article: &Article) -> Option<&str> {
    article.meta.outlet.as_ref().map(|o| o.value.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extensions_and_first_bytes_name_the_format() {
        let by = |name: &str| InputFormat::by_extension(Path::new(name));
        assert_eq!(by("a/b.HTML"), Some(InputFormat::Html));
        assert_eq!(by("crawl.warc.gz"), Some(InputFormat::Warc));
        assert_eq!(by("wire.ndjson"), Some(InputFormat::Json));
        assert_eq!(by("feed.atom"), Some(InputFormat::Feed));
        assert_eq!(by("notes.md"), None);
        assert_eq!(by("a.txt.gz"), None);
        assert_eq!(by("README"), None);
        assert_eq!(InputFormat::sniff(b"WARC/1.1\r\n"), InputFormat::Warc);
        assert_eq!(InputFormat::sniff(&[0x1f, 0x8b, 8]), InputFormat::Warc);
        assert_eq!(
            InputFormat::sniff(b"<?xml version=\"1.0\"?>\n<rss version=\"2.0\">"),
            InputFormat::Feed
        );
        assert_eq!(InputFormat::sniff(b"\n<!DOCTYPE html>"), InputFormat::Html);
        assert_eq!(InputFormat::sniff(b"{\"text\": \"x\"}"), InputFormat::Json);
        assert_eq!(
            InputFormat::sniff(b"Three killed in blast"),
            InputFormat::Text
        );
    }

    #[test]
    fn field_specs_name_known_fields() {
        let fields = Fields::parse("text=body, outlet=source.name").expect("valid");
        assert_eq!(fields.text.as_deref(), Some("body"));
        assert_eq!(fields.outlet.as_deref(), Some("source.name"));
        assert!(Fields::parse("author=x").is_err());
        assert!(Fields::parse("text").is_err());
        assert!(Fields::parse("text=").is_err());
    }
}
