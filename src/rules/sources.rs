//! Where rule files come from: the bundled ones (compiled into the binary by
//! `build.rs`), a `--rules` directory's, and the two laid together by id.

use std::fs;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

include!(concat!(env!("OUT_DIR"), "/bundled_rules.rs"));

/// One rule file's source.
#[derive(Debug, Clone)]
pub struct RuleSource {
    /// Where it came from (`rules/extract/killed.toml`).
    pub path: PathBuf,
    /// Its text.
    pub text: String,
    /// Whether it is one of the bundled rule files (not a `--rules` one).
    pub bundled: bool,
}

/// The bundled rule files.
pub fn bundled() -> Vec<RuleSource> {
    BUNDLED
        .iter()
        .map(|(path, text)| RuleSource {
            path: PathBuf::from(path),
            text: (*text).to_string(),
            bundled: true,
        })
        .collect()
}

/// The bundled rule files with `over` (a `--rules` directory's) laid over
/// them by id, the file stem: a file whose id a bundled rule has takes that
/// rule's place; a file with a new id is added after the bundled ones.
pub fn layered(over: Vec<RuleSource>) -> Vec<RuleSource> {
    let mut sources = bundled();
    let mut replaced = vec![false; sources.len()];
    for source in over {
        let id = source.path.file_stem();
        let same = sources
            .iter()
            .zip(&replaced)
            .position(|(s, &done)| !done && s.bundled && s.path.file_stem() == id);
        match same {
            Some(i) => {
                sources[i] = source;
                replaced[i] = true;
            }
            None => sources.push(source),
        }
    }
    sources
}

/// Every `*.toml` file below `dir`, in sorted order.
pub fn from_dir(dir: &Path) -> Result<Vec<RuleSource>> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> Result<()> {
        let io = |source| Error::Io {
            path: dir.to_path_buf(),
            action: "cannot list rules directory",
            source,
        };
        let mut paths = Vec::new();
        for entry in fs::read_dir(dir).map_err(io)? {
            paths.push(entry.map_err(io)?.path());
        }
        paths.sort();
        for path in paths {
            if path.is_dir() {
                walk(&path, out)?;
            } else if path.extension().is_some_and(|e| e == "toml") {
                out.push(path);
            }
        }
        Ok(())
    }
    if !dir.is_dir() {
        return Err(Error::NotFound {
            path: dir.to_path_buf(),
        });
    }
    let mut paths = Vec::new();
    walk(dir, &mut paths)?;
    if paths.is_empty() {
        return Err(Error::Usage(format!(
            "{}: no rule files (*.toml) found",
            dir.display()
        )));
    }
    paths
        .into_iter()
        .map(|path| {
            let text = crate::corpus::read::read_text(
                &path,
                crate::corpus::read::DEFAULT_MAX_SIZE,
                "cannot read rule file",
            )?;
            Ok(RuleSource {
                path,
                text,
                bundled: false,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(path: &str, text: &str) -> RuleSource {
        RuleSource {
            path: PathBuf::from(path),
            text: text.to_string(),
            bundled: false,
        }
    }

    #[test]
    fn a_layer_replaces_bundled_rules_by_id_in_place_and_adds_new_ones() {
        let bundled = bundled();
        let killed = bundled
            .iter()
            .position(|s| s.path.ends_with("extract/killed.toml"))
            .expect("a bundled killed rule");
        let layered = layered(vec![
            source("mine/killed.toml", "mine"),
            source("mine/new-rule.toml", "new"),
        ]);
        assert_eq!(layered.len(), bundled.len() + 1);
        assert_eq!(layered[killed].path, Path::new("mine/killed.toml"));
        assert!(!layered[killed].bundled);
        assert_eq!(
            layered.last().map(|s| s.path.as_path()),
            Some(Path::new("mine/new-rule.toml"))
        );
        let others = |v: &[RuleSource]| -> Vec<PathBuf> {
            v.iter()
                .filter(|s| s.bundled)
                .map(|s| s.path.clone())
                .collect()
        };
        let mut expected = others(&bundled);
        expected.remove(killed);
        assert_eq!(others(&layered), expected, "every other bundled rule stays");
    }

    #[test]
    fn every_bundled_file_is_listed() {
        let on_disk = from_dir(Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/rules")))
            .expect("rules dir")
            .len();
        assert_eq!(bundled().len(), on_disk);
    }
}
