//! Documents and their metadata: the first stage of the pipeline.
//!
//! In: paths from the command line, an optional manifest. Out: a [`Corpus`] of
//! [`Document`]s sorted by path, each with its text exactly as read from disk
//! and its [`Metadata`] (from a manifest, else from the text, else marked
//! unknown). It reads and validates; it does not segment or interpret prose.

pub mod infer;
pub mod manifest;
pub mod sources;

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use jiff::civil::Date;
use serde::Serialize;

use crate::error::{Error, Result};
use crate::span::{DocId, LineIndex};
use manifest::{Manifest, ManifestEntry};
use sources::Source;

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
#[derive(Debug, Clone, Default)]
pub struct LoadOptions {
    /// An explicit manifest, in addition to any found in input directories.
    pub manifest: Option<PathBuf>,
    /// Read invalid UTF-8 with replacement instead of failing.
    pub lossy: bool,
    /// Go on past an article that cannot be read, recording it in
    /// [`Corpus::failed`], instead of stopping the run.
    pub keep_going: bool,
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
    let found = sources::discover(inputs)?;
    let mut manifest = Manifest::default();
    let explicit = options.manifest.iter().map(|p| (p.clone(), true));
    let discovered = found.manifest_candidates.iter().map(|p| (p.clone(), false));
    for (path, explicit) in explicit.chain(discovered) {
        let text = read_manifest(&path)?;
        if explicit || manifest::looks_like_manifest(&text) {
            manifest
                .entries
                .extend(manifest::parse(&path, &text)?.entries);
        }
    }
    let mut documents = Vec::with_capacity(found.articles.len());
    let mut failed = Vec::new();
    for source in &found.articles {
        let id = DocId(u32::try_from(documents.len()).map_err(|_| {
            Error::Usage("more than 4,294,967,295 articles in one run".to_string())
        })?);
        match read_document(id, source, &manifest, options.lossy) {
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
    Ok(Corpus { documents, failed })
}

fn read_manifest(path: &Path) -> Result<String> {
    fs::read_to_string(path).map_err(|source| Error::opening(path, "cannot read manifest", source))
}

fn read_document(id: DocId, source: &Source, manifest: &Manifest, lossy: bool) -> Result<Document> {
    let (path, bytes) = match source {
        Source::File(path) => {
            let bytes = fs::read(path).map_err(|source| Error::Io {
                path: path.clone(),
                action: "cannot read",
                source,
            })?;
            (path.clone(), bytes)
        }
        Source::Stdin => {
            let mut bytes = Vec::new();
            std::io::stdin()
                .read_to_end(&mut bytes)
                .map_err(|source| Error::Io {
                    path: PathBuf::from(STDIN_PATH),
                    action: "cannot read",
                    source,
                })?;
            (PathBuf::from(STDIN_PATH), bytes)
        }
    };
    let (text, replaced_bytes) = decode(&path, bytes, lossy)?;
    if text.chars().all(is_space) {
        return Err(Error::Empty { path });
    }
    let entry = manifest.entries.get(&path);
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

/// Decode `bytes` as UTF-8. With `lossy`, each invalid byte becomes one `?`
/// so every later byte offset still matches the file.
fn decode(path: &Path, bytes: Vec<u8>, lossy: bool) -> Result<(String, usize)> {
    if let Some(offset) = bytes.iter().position(|&b| b == 0) {
        return Err(Error::Binary {
            path: path.to_path_buf(),
            offset,
        });
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok((text, 0)),
        Err(error) => {
            let bytes = error.into_bytes();
            if !lossy {
                let offset = std::str::from_utf8(&bytes)
                    .err()
                    .map_or(0, |e| e.valid_up_to());
                let prefix = String::from_utf8_lossy(&bytes[..offset]);
                let at = LineIndex::new(&prefix).line_col(&prefix, offset);
                return Err(Error::InvalidUtf8 {
                    path: path.to_path_buf(),
                    offset,
                    at,
                });
            }
            Ok(replace_invalid(&bytes))
        }
    }
}

fn replace_invalid(mut bytes: &[u8]) -> (String, usize) {
    let mut text = String::with_capacity(bytes.len());
    let mut replaced = 0;
    loop {
        match std::str::from_utf8(bytes) {
            Ok(rest) => {
                text.push_str(rest);
                return (text, replaced);
            }
            Err(e) => {
                let valid = e.valid_up_to();
                let bad = e.error_len().unwrap_or(bytes.len() - valid);
                text.push_str(std::str::from_utf8(&bytes[..valid]).unwrap_or_default());
                text.extend(std::iter::repeat_n('?', bad));
                replaced += bad;
                bytes = &bytes[valid + bad..];
            }
        }
    }
}

fn display_path(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}

fn metadata(path: &Path, text: &str, entry: Option<&ManifestEntry>) -> Metadata {
    let stem = path
        .file_stem()
        .map_or_else(|| "stdin".to_string(), |s| s.to_string_lossy().into_owned());
    let (outlet, outlet_from) = match entry.and_then(|e| e.outlet.clone()) {
        Some(outlet) => (outlet, Provenance::Manifest),
        None => match infer::outlet(text) {
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
                Some(Published {
                    date: found.value,
                    instant: None,
                }),
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
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lossy_decoding_keeps_byte_offsets() {
        let bytes = b"caf\xe9 after".to_vec();
        let (text, replaced) = decode(Path::new("x.txt"), bytes.clone(), true).expect("lossy");
        assert_eq!(text.len(), bytes.len());
        assert_eq!(replaced, 1);
        assert_eq!(text.find("after"), Some(5));
    }

    #[test]
    fn invalid_utf8_names_the_byte_offset() {
        let err = decode(Path::new("x.txt"), b"ab\ncd\xff".to_vec(), false).expect_err("invalid");
        let message = err.to_string();
        assert!(message.contains("byte 5"), "{message}");
        assert!(message.contains("line 2, column 3"), "{message}");
    }

    #[test]
    fn nul_bytes_mean_binary_data() {
        let err = decode(Path::new("x.bin"), b"ab\0c".to_vec(), false).expect_err("binary");
        assert!(err.to_string().contains("binary data"), "{err}");
    }

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
