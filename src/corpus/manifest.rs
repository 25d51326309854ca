//! Manifests: TOML files that give each article its outlet, publication date,
//! time zone and URL.
//!
//! In: the manifest's text and path. Out: validated [`ManifestEntry`]s keyed by
//! the identity of the file they describe, so an entry applies however the
//! article is spelled on the command line. Unknown keys, dates that do not
//! parse, time zones that are not IANA names, files that are not there and
//! paths that leave the manifest's directory are errors with the manifest's
//! line and column; so is a file that two manifests describe.

use std::collections::BTreeMap;
use std::path::{Component, Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use super::Published;
use super::facts::{DateText, check_zone};
use super::sources::FileId;
use crate::error::{Error, Result};
use crate::span::{LineCol, LineIndex};

/// The publication facts of one article, as a manifest gives them.
#[derive(Debug, Clone, PartialEq)]
pub struct ManifestEntry {
    /// The outlet that published the article.
    pub outlet: Option<String>,
    /// When it was published.
    pub published: Option<Published>,
    /// Its IANA time zone, already checked to exist.
    pub timezone: Option<String>,
    /// Where it was published.
    pub url: Option<String>,
    /// Where the entry is written: `manifest.toml:LINE:COL` and the file
    /// name as it gives it.
    pub origin: Origin,
}

/// Where a manifest entry is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    /// The manifest.
    pub manifest: PathBuf,
    /// The entry's `file` value in it.
    pub at: LineCol,
    /// The `file` value.
    pub file: String,
}

impl std::fmt::Display for Origin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.manifest.display(), self.at)
    }
}

/// A parsed manifest: entries by the identity of the file they describe
/// (the manifest's directory joined with the entry's `file`).
#[derive(Debug, Default)]
pub struct Manifest {
    /// The manifest file.
    pub path: PathBuf,
    /// Entries keyed by file identity.
    pub entries: BTreeMap<FileId, ManifestEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawManifest {
    #[serde(default)]
    doc: Vec<RawEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEntry {
    file: Spanned<String>,
    outlet: Option<String>,
    published: Option<Spanned<DateText>>,
    timezone: Option<Spanned<String>>,
    url: Option<String>,
}

/// True when a TOML file found in an article directory is a claimcheck
/// manifest (it has a `doc` table array) rather than some other TOML file.
/// A file that does not parse counts as a manifest, so its error is shown.
pub fn looks_like_manifest(text: &str) -> bool {
    match text.parse::<toml::Table>() {
        Ok(table) => table.contains_key("doc"),
        Err(_) => true,
    }
}

/// Parse and validate the manifest at `path` whose content is `text`.
pub fn parse(path: &Path, text: &str) -> Result<Manifest> {
    let lines = LineIndex::new(text);
    let at = |offset: usize| lines.line_col(text, offset);
    let raw: RawManifest = toml::from_str(text).map_err(|e| Error::Config {
        path: path.to_path_buf(),
        at: at(e.span().map_or(0, |s| s.start)),
        message: format!("manifest: {}", e.message()),
    })?;
    let fail = |offset: usize, message: String| Error::Config {
        path: path.to_path_buf(),
        at: at(offset),
        message,
    };
    let base = path.parent().unwrap_or(Path::new(""));
    let mut manifest = Manifest {
        path: path.to_path_buf(),
        entries: BTreeMap::new(),
    };
    for entry in raw.doc {
        let file_at = entry.file.span().start;
        let relative = Path::new(entry.file.get_ref());
        if escapes(relative) {
            return Err(fail(
                file_at,
                format!(
                    "manifest entry {:?} points outside the manifest's directory; \
                     name files relative to it, without '..' or a leading '/'",
                    entry.file.get_ref()
                ),
            ));
        }
        let target = normalise(&base.join(relative));
        let id = std::fs::metadata(&target)
            .ok()
            .filter(std::fs::Metadata::is_file)
            .and_then(|meta| FileId::of(&meta, &target));
        let Some(id) = id else {
            return Err(fail(
                file_at,
                format!(
                    "manifest names {:?}, but {} is not there",
                    entry.file.get_ref(),
                    target.display()
                ),
            ));
        };
        let published = match &entry.published {
            Some(value) => Some(Published::parse(&value.get_ref().0).ok_or_else(|| {
                fail(
                    value.span().start,
                    format!(
                        "published {:?} is not a date (2020-03-13) or a date-time with offset \
                         (2020-03-13T09:30:00+03:00)",
                        value.get_ref().0
                    ),
                )
            })?),
            None => None,
        };
        let timezone = match &entry.timezone {
            Some(value) => {
                check_zone(value.get_ref()).map_err(|message| fail(value.span().start, message))?;
                Some(value.get_ref().clone())
            }
            None => None,
        };
        let value = ManifestEntry {
            outlet: entry.outlet.filter(|o| !o.trim().is_empty()),
            published,
            timezone,
            url: entry.url,
            origin: Origin {
                manifest: path.to_path_buf(),
                at: at(file_at),
                file: entry.file.get_ref().clone(),
            },
        };
        if let Some(first) = manifest.entries.get(&id) {
            return Err(fail(
                file_at,
                format!(
                    "manifest names {:?} twice (first at {first}), or two names of one file",
                    entry.file.get_ref(),
                    first = first.origin
                ),
            ));
        }
        manifest.entries.insert(id, value);
    }
    Ok(manifest)
}

/// The manifests of a run, merged: the one given with `--manifest`
/// (`explicit`) wins over those found beside the articles, with a warning
/// naming what it overrides; two found manifests describing one file are an
/// error naming both.
pub fn merge(
    explicit: Option<Manifest>,
    found: Vec<Manifest>,
    warnings: &mut Vec<String>,
) -> Result<Manifest> {
    let mut merged = Manifest::default();
    for manifest in found {
        let path = manifest.path.clone();
        let mut overridden = 0;
        let mut overriding = None;
        // In the order the manifest lists them, so the entry an error names
        // never depends on inode numbers.
        let mut entries: Vec<(FileId, ManifestEntry)> = manifest.entries.into_iter().collect();
        entries.sort_by_key(|(_, entry)| (entry.origin.at.line, entry.origin.at.col));
        for (id, entry) in entries {
            if let Some(first) = merged.entries.get(&id) {
                return Err(Error::Config {
                    path: entry.origin.manifest.clone(),
                    at: entry.origin.at,
                    message: format!(
                        "manifest names {:?}, a file that {} describes too; give each article \
                         one manifest entry (or pass the one to use with --manifest)",
                        entry.origin.file, first.origin
                    ),
                });
            }
            if let Some(over) = explicit.as_ref().and_then(|m| m.entries.get(&id)) {
                overridden += 1;
                overriding = Some(over.origin.manifest.clone());
                continue;
            }
            merged.entries.insert(id, entry);
        }
        if let Some(by) = overriding {
            warnings.push(format!(
                "--manifest {} overrides {overridden} entr{} of {} (the manifest given on the \
                 command line wins)",
                by.display(),
                if overridden == 1 { "y" } else { "ies" },
                path.display()
            ));
        }
    }
    if let Some(explicit) = explicit {
        merged.entries.extend(explicit.entries);
    }
    Ok(merged)
}

/// True when a manifest's relative path could leave its directory.
fn escapes(path: &Path) -> bool {
    path.components()
        .any(|c| !matches!(c, Component::Normal(_) | Component::CurDir))
}

/// Lexically normalise a path: drop `.` components and fold `x/..`, without
/// touching the file system, so paths given two ways compare equal.
pub fn normalise(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                if !out.pop() {
                    out.push("..");
                }
            }
            other => out.push(other),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalise_drops_dots_and_folds_parents() {
        assert_eq!(normalise(Path::new("./a/./b/../c")), PathBuf::from("a/c"));
        assert_eq!(normalise(Path::new("../x")), PathBuf::from("../x"));
    }

    #[test]
    fn escaping_paths_are_recognised() {
        assert!(escapes(Path::new("../../etc/passwd")));
        assert!(escapes(Path::new("/etc/passwd")));
        assert!(!escapes(Path::new("sub/a.txt")));
    }

    #[test]
    fn other_toml_files_are_not_manifests() {
        assert!(!looks_like_manifest("name = \"corpus\"\n[source]\nx = 1\n"));
        assert!(looks_like_manifest("[[doc]]\nfile = \"a.txt\"\n"));
        assert!(looks_like_manifest("[[doc]\n"));
    }
}
