//! Documents and their metadata: the first stage of the pipeline.
//!
//! In: paths from the command line, an optional manifest. Out: a [`Corpus`] of
//! [`Document`]s sorted by path, each with its text exactly as read from disk
//! and its [`Metadata`] (from a manifest, else from the text, else marked
//! unknown). It reads and validates; it does not segment or interpret prose.

pub mod facts;
pub mod infer;
pub mod manifest;
pub mod read;
pub mod sources;

use std::path::{Path, PathBuf};

use jiff::civil::Date;
use serde::Serialize;

use crate::error::{Error, Result};
use crate::span::{DocId, LineIndex};
use manifest::{Manifest, ManifestEntry};
use read::display_path;
use sources::{FileId, Source, WalkOptions};

/// The display path of the article read from standard input.
pub const STDIN_PATH: &str = "<stdin>";

/// When an article was published.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Published {
    /// The calendar date of publication where it was published.
    pub date: Date,
    /// The exact instant, where the manifest gives a date-time with offset.
    pub instant: Option<jiff::Timestamp>,
}

impl Published {
    /// Parse `2020-03-13` or an RFC 3339 date-time with offset
    /// (`2020-03-13T09:30:00+03:00`).
    pub fn parse(text: &str) -> Option<Self> {
        if let Ok(date) = text.parse::<Date>()
            && text.len() == 10
        {
            return Some(Published {
                date,
                instant: None,
            });
        }
        let instant = text.parse::<jiff::Timestamp>().ok()?;
        let date = text.get(..10)?.parse::<Date>().ok()?;
        Some(Published {
            date,
            instant: Some(instant),
        })
    }
}

/// Where a piece of metadata came from, so reports can say how sure it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Provenance {
    /// A manifest entry.
    Manifest,
    /// The article's own text, at this byte offset.
    Text {
        /// Byte offset of the words it was read from.
        offset: usize,
    },
    /// The file name (outlet only).
    FileName,
    /// An option on the command line (`check --outlet`, ...).
    CommandLine,
    /// Nothing said it.
    Unknown,
}

/// Who published an article, when, and where.
#[derive(Debug, Clone, PartialEq)]
pub struct Metadata {
    /// The outlet; the file stem when nothing better is known.
    pub outlet: String,
    /// Where the outlet came from.
    pub outlet_from: Provenance,
    /// When the article was published, if known.
    pub published: Option<Published>,
    /// Where the date came from.
    pub published_from: Provenance,
    /// The IANA time zone of the outlet, if known.
    pub timezone: Option<String>,
    /// The article's URL, if known.
    pub url: Option<String>,
    /// The month and day of a wire dateline that gives no year
    /// ("WASHINGTON, April 2 -"), where the article has one.
    pub dateline: Option<(i8, i8)>,
}

impl Metadata {
    /// True when both articles are known to come from one outlet (a file
    /// name is no outlet: `bbc/tech/001.txt` and `bbc/sport/001.txt` share
    /// a stem, not a publisher).
    pub fn same_outlet(&self, other: &Metadata) -> bool {
        let named = |m: &Metadata| m.outlet_from != Provenance::FileName;
        named(self) && named(other) && self.outlet == other.outlet
    }

    /// How many days apart two articles came out, by their publication
    /// dates, or else by their datelines' months and days (taken to be of
    /// one year, the nearer way round).
    pub fn days_apart(&self, other: &Metadata) -> Option<i32> {
        if let (Some(a), Some(b)) = (self.published, other.published) {
            return Some((a.date - b.date).get_days().abs());
        }
        let ((ma, da), (mb, db)) = (self.dateline?, other.dateline?);
        let day = |m: i8, d: i8| jiff::civil::date(2001, m, d).day_of_year();
        let gap = (day(ma, da) - day(mb, db)).abs();
        Some(i32::from(gap.min(365 - gap)))
    }
}

/// One article.
#[derive(Debug, Clone)]
pub struct Document {
    /// Position in the sorted corpus.
    pub id: DocId,
    /// The path as given (relative paths stay relative), `/`-separated.
    pub path: String,
    /// The file name alone, as answer keys name articles.
    pub name: String,
    /// The text exactly as read (see [`Document::replaced_bytes`]).
    pub text: String,
    /// Line starts of `text`, for `line:col` in reports.
    pub lines: LineIndex,
    /// Outlet, date, time zone, URL.
    pub meta: Metadata,
    /// With `--lossy`: how many invalid bytes were each replaced by one `?`
    /// (one byte for one byte, so spans still match the file on disk).
    pub replaced_bytes: usize,
}

/// How to load articles.
#[derive(Debug, Clone)]
pub struct LoadOptions {
    /// An explicit manifest: its entries win over those of manifests found
    /// beside the articles.
    pub manifest: Option<PathBuf>,
    /// Read invalid UTF-8 with replacement instead of failing.
    pub lossy: bool,
    /// Go on past an article that cannot be read, recording it in
    /// [`Corpus::failed`], instead of stopping the run.
    pub keep_going: bool,
    /// Follow symbolic links that lead out of the named directories.
    pub follow: bool,
    /// The most bytes one article or manifest may have.
    pub max_size: u64,
    /// Files not to read as articles, with what they are (`--output`).
    pub exclude: Vec<(PathBuf, &'static str)>,
}

impl Default for LoadOptions {
    fn default() -> Self {
        LoadOptions {
            manifest: None,
            lossy: false,
            keep_going: false,
            follow: false,
            max_size: read::DEFAULT_MAX_SIZE,
            exclude: Vec::new(),
        }
    }
}

/// An article that could not be read, under `--keep-going`.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Failure {
    /// The path as given.
    pub path: String,
    /// What went wrong (the error's message).
    pub message: String,
}

/// The loaded articles, sorted by path.
#[derive(Debug, Default)]
pub struct Corpus {
    /// The documents; `documents[i].id == DocId(i)`.
    pub documents: Vec<Document>,
    /// Articles that could not be read (only with `keep_going`).
    pub failed: Vec<Failure>,
}

impl Corpus {
    /// The document with this id.
    pub fn get(&self, id: DocId) -> &Document {
        &self.documents[id.0 as usize]
    }
}

/// Load every article named by `inputs`.
pub fn load(inputs: &[PathBuf], options: &LoadOptions) -> Result<Corpus> {
    Ok(load_reporting(inputs, options)?.corpus)
}

/// A loaded corpus and what the loading skipped or overrode, for the
/// command to say on standard error.
#[derive(Debug)]
pub struct Loaded {
    /// The articles.
    pub corpus: Corpus,
    /// One line each: links not followed, files not read, manifest
    /// entries overridden or unmatched.
    pub warnings: Vec<String>,
}

/// Load every article named by `inputs`, with warnings.
pub fn load_reporting(inputs: &[PathBuf], options: &LoadOptions) -> Result<Loaded> {
    let walk = WalkOptions {
        follow: options.follow,
        keep_going: options.keep_going,
        exclude: options.exclude.clone(),
    };
    let found = sources::discover(inputs, &walk)?;
    let mut warnings = found.warnings;
    let explicit = match &options.manifest {
        Some(path) => Some(manifest::parse(
            path,
            &read_manifest(path, options.max_size)?,
        )?),
        None => None,
    };
    let explicit_id = options.manifest.as_deref().and_then(FileId::at);
    let mut discovered = Vec::new();
    for path in &found.manifest_candidates {
        if explicit_id.is_some() && FileId::at(path) == explicit_id {
            continue;
        }
        let text = read_manifest(path, options.max_size)?;
        if manifest::looks_like_manifest(&text) {
            discovered.push(manifest::parse(path, &text)?);
        }
    }
    let unmatched = explicit.as_ref().map(|m| unmatched(m, &found.articles));
    let manifest = manifest::merge(explicit, discovered, &mut warnings)?;
    warnings.extend(unmatched.flatten());
    let mut documents = Vec::with_capacity(found.articles.len());
    let mut failed = found.failed;
    for (source, id) in &found.articles {
        let doc_id = DocId(u32::try_from(documents.len()).map_err(|_| {
            Error::Usage("more than 4,294,967,295 articles in one run".to_string())
        })?);
        let entry = id.as_ref().and_then(|id| manifest.entries.get(id));
        match read_document(doc_id, source, entry, options) {
            Ok(doc) => documents.push(doc),
            Err(e) if options.keep_going => failed.push(Failure {
                path: match source {
                    Source::File(path) => display_path(path),
                    Source::Stdin => STDIN_PATH.to_string(),
                },
                message: e.to_string(),
            }),
            Err(e) => return Err(e),
        }
    }
    failed.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(Loaded {
        corpus: Corpus { documents, failed },
        warnings,
    })
}

/// One warning when the explicit manifest lists files that are not among
/// the articles read (a typo, or the wrong folder).
fn unmatched(manifest: &Manifest, articles: &[(Source, Option<FileId>)]) -> Option<String> {
    let read: std::collections::BTreeSet<&FileId> =
        articles.iter().filter_map(|(_, id)| id.as_ref()).collect();
    let mut missing: Vec<&ManifestEntry> = manifest
        .entries
        .iter()
        .filter(|(id, _)| !read.contains(id))
        .map(|(_, entry)| entry)
        .collect();
    if missing.is_empty() {
        return None;
    }
    missing.sort_by_key(|e| e.origin.at.line);
    let shown: Vec<String> = missing
        .iter()
        .take(3)
        .map(|e| format!("{:?} (line {})", e.origin.file, e.origin.at.line))
        .collect();
    Some(format!(
        "{}: {} of its {} entries match no article of this run: {}{}",
        manifest.path.display(),
        missing.len(),
        manifest.entries.len(),
        shown.join(", "),
        if missing.len() > 3 { ", …" } else { "" }
    ))
}

fn read_manifest(path: &Path, max_size: u64) -> Result<String> {
    read::read_text(path, max_size, "cannot read manifest")
}

fn read_document(
    id: DocId,
    source: &Source,
    entry: Option<&ManifestEntry>,
    options: &LoadOptions,
) -> Result<Document> {
    let (path, bytes) = match source {
        Source::File(path) => (
            path.clone(),
            read::read_file(path, options.max_size, "cannot read")?,
        ),
        Source::Stdin => (read::stdin_path(), read::read_stdin(options.max_size)?),
    };
    let (text, replaced_bytes) = read::decode(&path, bytes, options.lossy)?;
    if text.chars().all(is_space) {
        return Err(Error::Empty { path });
    }
    let meta = metadata(&path, &text, entry);
    Ok(Document {
        id,
        path: display_path(&path),
        name: path
            .file_name()
            .map_or_else(|| "stdin".to_string(), |n| n.to_string_lossy().into_owned()),
        lines: LineIndex::new(&text),
        text,
        meta,
        replaced_bytes,
    })
}

/// White space for every stage: Unicode white space (NBSP and the other
/// Unicode spaces included) and the byte-order mark.
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}'
}

fn metadata(path: &Path, text: &str, entry: Option<&ManifestEntry>) -> Metadata {
    let stem = path
        .file_stem()
        .map_or_else(|| "stdin".to_string(), |s| s.to_string_lossy().into_owned());
    let (outlet, outlet_from) = match entry.and_then(|e| e.outlet.clone()) {
        Some(outlet) => (outlet, Provenance::Manifest),
        None => match infer::outlet(text).or_else(|| infer::sign_off(text)) {
            Some(found) => (
                found.value,
                Provenance::Text {
                    offset: found.offset,
                },
            ),
            None => (stem, Provenance::FileName),
        },
    };
    let (published, published_from) = match entry.and_then(|e| e.published) {
        Some(published) => (Some(published), Provenance::Manifest),
        None => match infer::published(text) {
            Some(found) => (
                Some(found.value),
                Provenance::Text {
                    offset: found.offset,
                },
            ),
            None => (None, Provenance::Unknown),
        },
    };
    Metadata {
        outlet,
        outlet_from,
        published,
        published_from,
        timezone: entry.and_then(|e| e.timezone.clone()),
        url: entry.and_then(|e| e.url.clone()),
        dateline: infer::dateline(text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn published_accepts_dates_and_date_times_with_offsets() {
        let date = Published::parse("2020-03-13").expect("date");
        assert_eq!(date.date, jiff::civil::date(2020, 3, 13));
        assert!(date.instant.is_none());
        let full = Published::parse("2020-03-13T01:30:00+03:00").expect("date-time");
        assert_eq!(full.date, jiff::civil::date(2020, 3, 13));
        assert!(full.instant.is_some());
        assert!(Published::parse("13 March").is_none());
        assert!(Published::parse("2020-03-13T01:30:00").is_none());
    }
}
