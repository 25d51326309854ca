//! Turning command-line paths into the list of article files and manifests.
//!
//! In: paths as the user gave them (`-` for standard input). Out: article
//! sources in sorted order and the manifests found beside them. Directories
//! are walked recursively for `*.txt` in sorted order; symbolic-link loops are
//! walked once. Nothing is read here but directory listings.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use super::manifest::normalise;
use crate::error::{Error, Result};

/// Where one article comes from.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Source {
    /// A file, by its lexically normalised path.
    File(PathBuf),
    /// Standard input.
    Stdin,
}

/// The articles and manifests named by the command line.
#[derive(Debug, Default)]
pub struct Sources {
    /// Articles, sorted, each once.
    pub articles: Vec<Source>,
    /// `*.toml` files found directly in directories given on the command line.
    pub manifest_candidates: Vec<PathBuf>,
}

/// Expand `inputs` into article sources.
pub fn discover(inputs: &[PathBuf]) -> Result<Sources> {
    let mut articles = BTreeSet::new();
    let mut manifests = BTreeSet::new();
    for input in inputs {
        if input.as_os_str() == "-" {
            articles.insert(Source::Stdin);
            continue;
        }
        let metadata =
            fs::metadata(input).map_err(|source| Error::opening(input, "cannot open", source))?;
        if metadata.is_dir() {
            manifests.extend(tomls_in(input)?);
            let mut visited = BTreeSet::new();
            if walk(input, &mut visited, &mut articles)? == 0 {
                return Err(Error::NoArticles {
                    path: input.clone(),
                });
            }
        } else {
            articles.insert(Source::File(normalise(input)));
        }
    }
    Ok(Sources {
        articles: articles.into_iter().collect(),
        manifest_candidates: manifests.into_iter().collect(),
    })
}

fn sorted_entries(dir: &Path) -> Result<Vec<PathBuf>> {
    let read_error = |source| Error::Io {
        path: dir.to_path_buf(),
        action: "cannot list directory",
        source,
    };
    let mut entries = Vec::new();
    for entry in fs::read_dir(dir).map_err(read_error)? {
        entries.push(entry.map_err(read_error)?.path());
    }
    entries.sort();
    Ok(entries)
}

fn tomls_in(dir: &Path) -> Result<Vec<PathBuf>> {
    Ok(sorted_entries(dir)?
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "toml") && p.is_file())
        .map(|p| normalise(&p))
        .collect())
}

/// Collect the `*.txt` files below `dir` into `out`; returns how many were
/// found (counting ones already collected from another input).
fn walk(dir: &Path, visited: &mut BTreeSet<PathBuf>, out: &mut BTreeSet<Source>) -> Result<usize> {
    // A directory reached twice (a symbolic-link loop, or two links to one
    // place) is walked once.
    let real = fs::canonicalize(dir).map_err(|source| Error::Io {
        path: dir.to_path_buf(),
        action: "cannot resolve directory",
        source,
    })?;
    if !visited.insert(real) {
        return Ok(0);
    }
    let mut found = 0;
    for path in sorted_entries(dir)? {
        if path.is_dir() {
            found += walk(&path, visited, out)?;
        } else if path.extension().is_some_and(|e| e == "txt") {
            out.insert(Source::File(normalise(&path)));
            found += 1;
        }
    }
    Ok(found)
}
