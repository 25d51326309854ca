//! Manifests: TOML files that give each article its outlet, publication date,
//! time zone and URL.
//!
//! In: the manifest's text and path. Out: validated [`ManifestEntry`]s keyed by
//! the article's path. Unknown keys, dates that do not parse, time zones that
//! are not IANA names, files that are not there and paths that leave the
//! manifest's directory are errors with the manifest's line and column.

use std::collections::BTreeMap;
use std::path::{Component, Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use super::Published;
use crate::error::{Error, Result};
use crate::span::LineIndex;

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
}

/// A parsed manifest: entries by the path of the file they describe (the
/// manifest's directory joined with the entry's `file`).
#[derive(Debug, Default)]
pub struct Manifest {
    /// Entries keyed by lexically normalised path.
    pub entries: BTreeMap<PathBuf, ManifestEntry>,
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
    published: Option<Spanned<String>>,
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
    let mut manifest = Manifest::default();
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
        if !target.is_file() {
            return Err(fail(
                file_at,
                format!(
                    "manifest names {:?}, but {} is not there",
                    entry.file.get_ref(),
                    target.display()
                ),
            ));
        }
        let published = match &entry.published {
            Some(value) => Some(Published::parse(value.get_ref()).ok_or_else(|| {
                fail(
                    value.span().start,
                    format!(
                        "published {:?} is not a date (2020-03-13) or a date-time with offset \
                         (2020-03-13T09:30:00+03:00)",
                        value.get_ref()
                    ),
                )
            })?),
            None => None,
        };
        let timezone = match &entry.timezone {
            Some(value) => {
                let name = value.get_ref();
                jiff::tz::TimeZone::get(name).map_err(|_| {
                    fail(
                        value.span().start,
                        format!(
                            "timezone {name:?} is not an IANA time zone name \
                             (such as \"Europe/Berlin\" or \"Asia/Baghdad\")"
                        ),
                    )
                })?;
                Some(name.clone())
            }
            None => None,
        };
        let value = ManifestEntry {
            outlet: entry.outlet.filter(|o| !o.trim().is_empty()),
            published,
            timezone,
            url: entry.url,
        };
        if manifest.entries.insert(target.clone(), value).is_some() {
            return Err(fail(
                file_at,
                format!("manifest names {:?} twice", entry.file.get_ref()),
            ));
        }
    }
    Ok(manifest)
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
