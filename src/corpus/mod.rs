//! Documents and their metadata: the first stage of the pipeline.
//!
//! In: paths from the command line, an optional manifest. Out: a [`Corpus`] of
//! [`Document`]s sorted by path, each with its text exactly as read from disk
//! and its [`Metadata`] (from a manifest, else from the text, else marked
//! unknown). It reads and validates; it does not segment or interpret prose.

pub mod facts;
pub mod formats;
pub mod infer;
pub mod manifest;
pub mod origin;
pub mod read;
pub mod sources;

use std::path::{Path, PathBuf};

use jiff::civil::Date;
use serde::Serialize;

use crate::error::{Error, Result};
use crate::span::{DocId, LineIndex};
use formats::{Fields, InputFormat};
use manifest::{Manifest, ManifestEntry};
use origin::{FileSpan, Origin, SourceFile};
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
    /// The file's own markup or fields (HTML `<meta>` or JSON-LD, a JSON
    /// record's field, a feed item's element), at this byte offset of the
    /// file.
    File {
        /// Byte offset in the file where it was stated.
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
    /// Where the text lies in its file, when the file is not plain text
    /// (HTML, a JSON record, a feed item, a WARC record); `None` when the
    /// text is the file.
    pub origin: Option<Origin>,
    /// Which part of its file the article is ("line 3", "item 2"), when
    /// the file holds several.
    pub part: Option<String>,
}

impl Document {
    /// An article given as text rather than read from a file (rule examples,
    /// fuzzing, tests): named `name`, from `outlet` as a file name would
    /// give it, with no date, zone or address known.
    pub fn from_text(id: DocId, name: &str, outlet: &str, text: String) -> Document {
        Document {
            id,
            path: name.to_string(),
            name: name.to_string(),
            lines: LineIndex::new(&text),
            text,
            meta: Metadata {
                outlet: outlet.to_string(),
                outlet_from: Provenance::FileName,
                published: None,
                published_from: Provenance::Unknown,
                timezone: None,
                url: None,
                dateline: None,
            },
            replaced_bytes: 0,
            origin: None,
            part: None,
        }
    }

    /// Where text bytes `start..end` lie in the file on disk: the same
    /// offsets for a plain-text article, mapped back through the markup
    /// for any other.
    pub fn locate(&self, start: usize, end: usize) -> FileSpan {
        match &self.origin {
            Some(origin) => origin.locate(start, end),
            None => FileSpan {
                start,
                end,
                from: self.lines.line_col(&self.text, start),
                to: self.lines.line_col(&self.text, end),
            },
        }
    }

    /// The path, with the part of the file when it holds several articles
    /// (`wire.jsonl (line 3)`).
    pub fn label(&self) -> String {
        match &self.part {
            Some(part) => format!("{} ({part})", self.path),
            None => self.path.clone(),
        }
    }
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
    /// Read every file in this format (`--input-format`), instead of by
    /// its extension or first bytes.
    pub format: Option<InputFormat>,
    /// Which JSON fields hold what (`--field`).
    pub fields: Fields,
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
            format: None,
            fields: Fields::default(),
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
        let entry = id.as_ref().and_then(|id| manifest.entries.get(id));
        let shown = match source {
            Source::File(path) => display_path(path),
            Source::Stdin => STDIN_PATH.to_string(),
        };
        match read_documents(source, entry, options, &mut warnings) {
            Ok(read) => {
                for mut doc in read.documents {
                    doc.id = DocId(u32::try_from(documents.len()).map_err(|_| {
                        Error::Usage("more than 4,294,967,295 articles in one run".to_string())
                    })?);
                    documents.push(doc);
                }
                for e in read.failed {
                    if !options.keep_going {
                        return Err(e);
                    }
                    failed.push(Failure {
                        path: shown.clone(),
                        message: e.to_string(),
                    });
                }
            }
            Err(e) if options.keep_going => failed.push(Failure {
                path: shown,
                message: e.to_string(),
            }),
            Err(e) => return Err(e),
        }
    }
    failed.sort_by(|a, b| a.path.cmp(&b.path));
    if documents.is_empty() && failed.is_empty() && !found.articles.is_empty() {
        // Every file was skipped: say why here, as no run follows to warn.
        return Err(Error::Usage(format!(
            "no articles read; every file was skipped:\n  {}",
            warnings.join("\n  ")
        )));
    }
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

/// The articles of one file, and its parts that could not be read.
struct FileRead {
    documents: Vec<Document>,
    /// What is wrong with the parts that are not articles, each error
    /// naming its place in the file.
    failed: Vec<Error>,
}

/// Read the articles of one source in its format. Document ids are set by
/// the caller.
fn read_documents(
    source: &Source,
    entry: Option<&ManifestEntry>,
    options: &LoadOptions,
    warnings: &mut Vec<String>,
) -> Result<FileRead> {
    let (path, bytes) = match source {
        Source::File(path) => (
            path.clone(),
            read::read_file(path, options.max_size, "cannot read")?,
        ),
        Source::Stdin => (read::stdin_path(), read::read_stdin(options.max_size)?),
    };
    let format = options
        .format
        .or_else(|| InputFormat::by_extension(&path))
        .unwrap_or_else(|| InputFormat::sniff(&bytes));
    let name = path
        .file_name()
        .map_or_else(|| "stdin".to_string(), |n| n.to_string_lossy().into_owned());
    let document = |text: String, meta, replaced_bytes, origin, part| Document {
        id: DocId(0),
        path: display_path(&path),
        name: name.clone(),
        lines: LineIndex::new(&text),
        text,
        meta,
        replaced_bytes,
        origin,
        part,
    };
    if format == InputFormat::Text {
        let (text, replaced_bytes) = read::decode(&path, bytes, options.lossy)?;
        if text.chars().all(is_space) {
            return Err(Error::Empty { path });
        }
        let meta = metadata(&path, &text, entry, &formats::Embedded::default());
        return Ok(FileRead {
            documents: vec![document(text, meta, replaced_bytes, None, None)],
            failed: Vec::new(),
        });
    }
    let bytes = if format == InputFormat::Warc {
        read::unpacked(&path, bytes, options.max_size)?
    } else {
        bytes
    };
    // A WARC archive holds images and other binary payloads: read it with
    // invalid bytes replaced, byte for byte, whatever --lossy says.
    let lossy = options.lossy || format == InputFormat::Warc;
    let (text, replaced_bytes) = read::decode(&path, bytes, lossy)?;
    let found = formats::read(format, &text, &options.fields);
    let file = SourceFile::new(text);
    let at = |offset: usize| file.lines.line_col(&file.text, offset);
    let problem = |message: String, offset: usize| Error::Format {
        path: path.clone(),
        at: at(offset),
        message,
    };
    let shown = display_path(&path);
    if found.articles.is_empty() {
        // A file of the walk that holds no article (a sitemap, a data file,
        // a saved report) is skipped, and said; it stops nothing.
        let why = found.problems.first().map_or_else(
            || format!("no articles in it, read as {}", format.name()),
            |p| {
                let at = at(p.offset);
                format!("{}:{}: {}", at.line, at.col, p.message)
            },
        );
        warnings.push(format!("{shown}: skipped, not read as articles: {why}"));
        return Ok(FileRead {
            documents: Vec::new(),
            failed: Vec::new(),
        });
    }
    if found.skipped > 0 {
        warnings.push(format!(
            "{shown}: {} records that are not HTML responses skipped",
            found.skipped
        ));
    }
    if lossy && !options.lossy && replaced_bytes > 0 {
        warnings.push(format!(
            "{shown}: {replaced_bytes} bytes that are not UTF-8 read as `?` (binary records, or \
             pages in another charset)"
        ));
    }
    for note in &found.notes {
        let at = at(note.offset);
        warnings.push(format!("{shown}:{}:{}: {}", at.line, at.col, note.message));
    }
    let documents = found
        .articles
        .into_iter()
        .map(|article| {
            let meta = metadata(&path, &article.text, entry, &article.meta);
            let origin = Origin {
                file: file.clone(),
                map: article.map,
            };
            // Bytes replaced in a WARC's binary records are no article's.
            let replaced = if lossy && !options.lossy {
                0
            } else {
                replaced_bytes
            };
            document(article.text, meta, replaced, Some(origin), article.part)
        })
        .collect();
    let failed = found
        .problems
        .into_iter()
        .map(|p| problem(p.message, p.offset))
        .collect();
    Ok(FileRead { documents, failed })
}

/// White space for every stage: Unicode white space (NBSP and the other
/// Unicode spaces included) and the byte-order mark.
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}'
}

/// An article's metadata: the manifest's, else what the file states
/// (HTML meta tags, a record's fields), else what the text says, else the
/// file name.
fn metadata(
    path: &Path,
    text: &str,
    entry: Option<&ManifestEntry>,
    stated: &formats::Embedded,
) -> Metadata {
    let stem = path
        .file_stem()
        .map_or_else(|| "stdin".to_string(), |s| s.to_string_lossy().into_owned());
    let (outlet, outlet_from) = match (entry.and_then(|e| e.outlet.clone()), &stated.outlet) {
        (Some(outlet), _) => (outlet, Provenance::Manifest),
        (None, Some(found)) => (
            found.value.clone(),
            Provenance::File {
                offset: found.offset,
            },
        ),
        (None, None) => match infer::outlet(text).or_else(|| infer::sign_off(text)) {
            Some(found) => (
                found.value,
                Provenance::Text {
                    offset: found.offset,
                },
            ),
            None => (stem, Provenance::FileName),
        },
    };
    let (published, published_from) = match (entry.and_then(|e| e.published), &stated.published) {
        (Some(published), _) => (Some(published), Provenance::Manifest),
        (None, Some(found)) => (
            Some(found.value),
            Provenance::File {
                offset: found.offset,
            },
        ),
        (None, None) => match infer::published(text) {
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
        url: entry
            .and_then(|e| e.url.clone())
            .or_else(|| stated.url.clone()),
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
