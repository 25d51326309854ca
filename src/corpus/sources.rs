//! Turning command-line paths into the list of article files and manifests.
//!
//! In: paths as the user gave them (`-` for standard input). Out: article
//! sources in sorted order, each file once whatever the spellings and links
//! that reach it, and the manifest candidates beside them. Directories are
//! walked in sorted order for the article formats' extensions (`*.txt`,
//! `*.html`, `*.jsonl`, …); each directory is visited once (a
//! symbolic-link loop ends); a link that leads out of the named directories
//! is not followed unless asked. Nothing is read here but directory listings
//! and file metadata.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use super::Failure;
use super::manifest::normalise;
use super::read::display_path;
use crate::error::{Error, Result};

/// What makes two paths one file: the device and inode on Unix (a symbolic
/// link, a hard link, `./a` and `/abs/a` all agree); the canonical path
/// elsewhere. Found from metadata, without resolving every directory above
/// the file, so a deep tree costs no more per file than its listing.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FileId(#[cfg(unix)] (u64, u64), #[cfg(not(unix))] PathBuf);

impl FileId {
    /// The identity of the file `meta` describes (found at `path`).
    pub fn of(meta: &fs::Metadata, path: &Path) -> Option<FileId> {
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            let _ = path;
            Some(FileId((meta.dev(), meta.ino())))
        }
        #[cfg(not(unix))]
        {
            let _ = meta;
            fs::canonicalize(path).ok().map(FileId)
        }
    }

    /// The identity of the file at `path` (links followed), if it exists.
    pub fn at(path: &Path) -> Option<FileId> {
        FileId::of(&fs::metadata(path).ok()?, path)
    }
}

/// `path` with every link and `..` resolved: a walk down the whole path, so
/// done once per named directory and per link, never per directory level
/// (that made a deep tree cost cubic time).
fn canonical(path: &Path) -> std::io::Result<PathBuf> {
    #[cfg(test)]
    tests::RESOLVED.with(|c| c.set(c.get() + 1));
    fs::canonicalize(path)
}

/// Where one article comes from.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Source {
    /// A file, by its lexically normalised path (the shortest-sorting
    /// spelling when several reach it).
    File(PathBuf),
    /// Standard input.
    Stdin,
}

/// How to walk the inputs.
#[derive(Debug, Clone, Default)]
pub struct WalkOptions {
    /// Follow symbolic links that lead out of the named directories.
    pub follow: bool,
    /// Record a directory that cannot be listed and go on.
    pub keep_going: bool,
    /// Files never to read as articles (this run's `--output` and `--check`
    /// files), with what they are.
    pub exclude: Vec<(PathBuf, &'static str)>,
}

/// The articles and manifests named by the command line.
#[derive(Debug, Default)]
pub struct Sources {
    /// Articles, sorted by path, each file once, with its identity.
    pub articles: Vec<(Source, Option<FileId>)>,
    /// `*.toml` files in the walked directories and beside named files,
    /// sorted by path, each file once.
    pub manifest_candidates: Vec<PathBuf>,
    /// Directories that could not be listed (only with `keep_going`).
    pub failed: Vec<Failure>,
    /// What was skipped, and why.
    pub warnings: Vec<String>,
}

/// How the walk tells files apart.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Key {
    /// A file that exists.
    Id(FileId),
    /// A path whose file cannot be found (a dangling link): itself.
    Unknown(PathBuf),
}

impl Key {
    fn id(&self) -> Option<&FileId> {
        match self {
            Key::Id(id) => Some(id),
            Key::Unknown(_) => None,
        }
    }
}

/// What the walk collects.
#[derive(Default)]
struct Found {
    /// Each article file once: identity -> the spellings that reach it.
    files: BTreeMap<Key, BTreeSet<PathBuf>>,
    stdin: bool,
    tomls: BTreeMap<Key, BTreeSet<PathBuf>>,
    failed: Vec<Failure>,
    warnings: Vec<String>,
}

/// Expand `inputs` into article sources. The inputs are taken in sorted
/// order, so which spelling names a file reached twice never depends on the
/// order they were given in.
pub fn discover(inputs: &[PathBuf], options: &WalkOptions) -> Result<Sources> {
    let mut inputs = inputs.to_vec();
    inputs.sort();
    inputs.dedup();
    let mut found = Found::default();
    // The named directories, resolved once each: a link leading outside all
    // of them is not followed without `follow`.
    let mut roots = Vec::new();
    for input in &inputs {
        if input.as_os_str() != "-" && input.is_dir() {
            roots.push(canonical(input).map_err(|source| Error::Io {
                path: input.clone(),
                action: "cannot resolve directory",
                source,
            })?);
        }
    }
    let mut visited = BTreeSet::new();
    let mut directories = Vec::new();
    for input in &inputs {
        if input.as_os_str() == "-" {
            found.stdin = true;
            continue;
        }
        let metadata =
            fs::metadata(input).map_err(|source| Error::opening(input, "cannot open", source))?;
        let path = normalise(input);
        let id = FileId::of(&metadata, &path);
        if metadata.is_dir() {
            walk(
                (path.clone(), id),
                &roots,
                options,
                &mut visited,
                &mut found,
            )?;
            directories.push(path);
        } else {
            // A named file's folder may hold its manifest.
            let parent = path
                .parent()
                .filter(|p| !p.as_os_str().is_empty())
                .unwrap_or(Path::new("."));
            tomls_in(parent, &mut found);
            add(&mut found.files, id, path);
        }
    }
    for dir in directories {
        let under = |p: &Path| p.starts_with(&dir);
        let reached = found.files.values().flatten().any(|p| under(p))
            || found
                .failed
                .iter()
                .any(|f| under(&normalise(Path::new(&f.path))))
            || visited_elsewhere(&dir, &found);
        if !reached {
            return Err(Error::NoArticles {
                path: shown(&dir).to_path_buf(),
            });
        }
    }
    let excluded: BTreeMap<FileId, &str> = options
        .exclude
        .iter()
        .filter_map(|(path, what)| Some((FileId::at(path)?, *what)))
        .collect();
    let mut articles = Vec::new();
    for (key, spellings) in found.files {
        let Some(path) = spellings.into_iter().next() else {
            continue;
        };
        let id = key.id().cloned();
        if let Some(what) = id.as_ref().and_then(|id| excluded.get(id)) {
            found.warnings.push(format!(
                "{}: not read as an article: it is this run's {what} file",
                display_path(&path)
            ));
            continue;
        }
        articles.push((Source::File(path), id));
    }
    if found.stdin {
        articles.push((Source::Stdin, None));
    }
    articles.sort();
    // By path, not by identity (inode numbers): which manifest comes first
    // decides which one an error names first, and must not depend on the
    // file system.
    let mut manifest_candidates: Vec<PathBuf> = found
        .tomls
        .into_values()
        .filter_map(|spellings| spellings.into_iter().next())
        .collect();
    manifest_candidates.sort();
    Ok(Sources {
        articles,
        manifest_candidates,
        failed: found.failed,
        warnings: found.warnings,
    })
}

/// Record `path` under its identity; a file without one (it vanished, or
/// a dangling link) is kept under its own path so reading it reports why.
fn add(into: &mut BTreeMap<Key, BTreeSet<PathBuf>>, id: Option<FileId>, path: PathBuf) {
    let key = match id {
        Some(id) => Key::Id(id),
        None => Key::Unknown(path.clone()),
    };
    into.entry(key).or_default().insert(path);
}

/// True when the directory `dir` is another spelling of one walked before
/// it (`seeds` and `/abs/seeds`): its articles are listed under that one.
fn visited_elsewhere(dir: &Path, found: &Found) -> bool {
    let Ok(real) = canonical(dir) else {
        return false;
    };
    found
        .files
        .values()
        .flatten()
        .filter_map(|p| canonical(p).ok())
        .any(|p| p.starts_with(&real))
}

/// `dir` as the file system and people know it: the empty path (what
/// `normalise` makes of `.`) is the current directory.
fn shown(dir: &Path) -> &Path {
    if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    }
}

/// The entries of `dir`, sorted by name.
fn sorted_entries(dir: &Path) -> std::io::Result<Vec<fs::DirEntry>> {
    let mut entries = fs::read_dir(shown(dir))?.collect::<std::io::Result<Vec<_>>>()?;
    entries.sort_by_key(fs::DirEntry::file_name);
    Ok(entries)
}

/// Record the `*.toml` files directly in `dir` as manifest candidates.
fn tomls_in(dir: &Path, found: &mut Found) {
    let Ok(entries) = sorted_entries(dir) else {
        return;
    };
    for entry in entries {
        let path = normalise(&entry.path());
        if is_toml(&path)
            && let Ok(meta) = fs::metadata(&path)
            && meta.is_file()
        {
            add(&mut found.tomls, FileId::of(&meta, &path), path);
        }
    }
}

fn is_toml(path: &Path) -> bool {
    path.extension().is_some_and(|e| e == "toml")
}

fn is_article(path: &Path) -> bool {
    super::formats::InputFormat::by_extension(path).is_some()
}

/// Collect the `*.txt` files and `*.toml` candidates below `root`, depth
/// first in sorted order, with an explicit stack (no recursion limit).
fn walk(
    root: (PathBuf, Option<FileId>),
    roots: &[PathBuf],
    options: &WalkOptions,
    visited: &mut BTreeSet<FileId>,
    found: &mut Found,
) -> Result<()> {
    let mut stack = vec![root];
    while let Some((dir, id)) = stack.pop() {
        // A directory reached twice (a link loop, two links to one place, a
        // folder named twice) is walked once.
        if let Some(id) = id
            && !visited.insert(id)
        {
            continue;
        }
        let entries = match sorted_entries(&dir) {
            Ok(entries) => entries,
            Err(source) => {
                let error = Error::Io {
                    path: shown(&dir).to_path_buf(),
                    action: "cannot list directory",
                    source,
                };
                if !options.keep_going {
                    return Err(error);
                }
                found.failed.push(Failure {
                    path: display_path(shown(&dir)),
                    message: error.to_string(),
                });
                continue;
            }
        };
        let mut subdirs = Vec::new();
        for entry in entries {
            let path = dir.join(entry.file_name());
            let Ok(file_type) = entry.file_type() else {
                continue;
            };
            if file_type.is_symlink() {
                match linked(&path, roots, options, found) {
                    Some(Linked::Dir(meta)) => {
                        let id = FileId::of(&meta, &path);
                        subdirs.push((path, id));
                    }
                    Some(Linked::Other(meta)) => collect(&path, &meta, found),
                    None => {}
                }
            } else if file_type.is_dir() {
                // The entry's own metadata (fstatat on the open directory):
                // no walk down the whole path at every level.
                let id = entry.metadata().ok().and_then(|m| FileId::of(&m, &path));
                subdirs.push((path, id));
            } else if let Ok(meta) = entry.metadata() {
                collect(&path, &meta, found);
            }
        }
        // Popped in sorted order.
        stack.extend(subdirs.into_iter().rev());
    }
    Ok(())
}

/// Record a non-directory entry: an article by its extension (a FIFO or a
/// device named `*.txt` too, so reading it reports it rather than skipping
/// it silently), or a manifest candidate.
fn collect(path: &Path, meta: &fs::Metadata, found: &mut Found) {
    if is_article(path) {
        add(&mut found.files, FileId::of(meta, path), path.to_path_buf());
    } else if is_toml(path) && meta.is_file() {
        add(&mut found.tomls, FileId::of(meta, path), path.to_path_buf());
    }
}

/// What a symbolic link in a walked directory leads to.
enum Linked {
    /// A directory to walk, with its metadata.
    Dir(fs::Metadata),
    /// Anything else, with its metadata.
    Other(fs::Metadata),
}

/// Where the link at `path` leads, or `None` when it is not to be followed:
/// out of every named directory without `--follow` (with a warning), or to a
/// directory inside them (walked anyway). A dangling link named `*.txt` is
/// kept, so reading it reports the error.
fn linked(
    path: &Path,
    roots: &[PathBuf],
    options: &WalkOptions,
    found: &mut Found,
) -> Option<Linked> {
    let Ok(meta) = fs::metadata(path) else {
        if is_article(path) {
            add(&mut found.files, None, path.to_path_buf());
        }
        return None;
    };
    let target = canonical(path).ok()?;
    let inside = roots.iter().any(|root| target.starts_with(root));
    if !inside && !options.follow {
        if meta.is_dir() || is_article(path) {
            found.warnings.push(format!(
                "{}: not followed: a symbolic link to {}, outside the directories named on the \
                 command line (--follow follows such links)",
                display_path(path),
                display_path(&target)
            ));
        }
        return None;
    }
    if meta.is_dir() {
        // Inside the named directories it is walked by its own name.
        return (!inside).then_some(Linked::Dir(meta));
    }
    Some(Linked::Other(meta))
}

#[cfg(test)]
mod tests {
    use super::*;

    thread_local! {
        /// Whole paths resolved on this thread.
        pub(super) static RESOLVED: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
    }

    /// Counted work, not time: a tree 60 levels deep is walked with one
    /// path resolution (its root), not one per level.
    #[test]
    fn a_deep_tree_is_walked_without_resolving_each_level() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut path = dir.path().join("deep");
        for level in 0..60 {
            path.push("d");
            fs::create_dir_all(&path).expect("mkdir");
            fs::write(path.join(format!("{level}.txt")), "Text.").expect("write");
        }
        RESOLVED.with(|c| c.set(0));
        let found = discover(&[dir.path().join("deep")], &WalkOptions::default()).expect("walk");
        assert_eq!(found.articles.len(), 60);
        assert_eq!(RESOLVED.with(std::cell::Cell::get), 1);
    }
}
