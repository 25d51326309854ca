//! `--baseline FILE` and `--write-baseline FILE`: accepted findings, known
//! by their fingerprints (`report::fingerprint`), are not reported and fail
//! nothing.
//!
//! The file is text, one finding a line: its fingerprint (16 lowercase
//! hexadecimal digits, SARIF's `claimcheck/v1`), then for people the rule
//! and both sides' files and evidence, which claimcheck does not read.
//! Lines starting with `#` and blank lines are ignored. Written sorted by
//! fingerprint, once each, so a baseline diffs cleanly.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use crate::analysis::Analysis;
use crate::corpus::{Corpus, read};
use crate::error::{Error, Result};
use crate::report::escape::terminal;
use crate::report::fingerprint;
use crate::span::LineCol;
use crate::verdict::Verdict;

/// How a baseline file starts.
const HEADER: &str = "# claimcheck baseline: accepted findings, one a line: the fingerprint, \
then the rule and both sides (for people; not read)\n";

/// The fingerprints of a baseline file.
#[derive(Debug, Default)]
pub struct Baseline {
    fingerprints: BTreeSet<String>,
}

impl Baseline {
    /// Read a baseline file; a line whose first word is not a fingerprint
    /// is an error naming its line and column.
    pub fn read(path: &Path) -> Result<Self> {
        let text = read::read_text(path, read::DEFAULT_MAX_SIZE, "cannot read the baseline")?;
        let mut fingerprints = BTreeSet::new();
        for (n, line) in text.lines().enumerate() {
            let trimmed = line.trim_start();
            let Some(word) = trimmed.split_whitespace().next() else {
                continue;
            };
            if word.starts_with('#') {
                continue;
            }
            if word.len() != 16 || !word.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')) {
                return Err(Error::Config {
                    path: path.to_path_buf(),
                    at: LineCol {
                        line: n + 1,
                        col: line[..line.len() - trimmed.len()].chars().count() + 1,
                    },
                    message: format!(
                        "baseline: {:?} is not a fingerprint (16 lowercase hexadecimal digits, \
                         as --write-baseline writes them)",
                        terminal(word)
                    ),
                });
            }
            fingerprints.insert(word.to_string());
        }
        Ok(Baseline { fingerprints })
    }

    /// Drop from `analysis` the contradictions the baseline lists.
    pub fn apply(&self, corpus: &Corpus, analysis: &mut Analysis) {
        if self.fingerprints.is_empty() {
            return;
        }
        let Analysis {
            claims, comparison, ..
        } = analysis;
        comparison.relations.retain(|r| {
            r.verdict != Verdict::Contradict
                || !self
                    .fingerprints
                    .contains(&fingerprint::of_relation(corpus, claims, r))
        });
    }
}

/// The baseline file of every contradiction of `analysis`.
pub fn render(corpus: &Corpus, analysis: &Analysis) -> String {
    let mut lines: BTreeMap<String, String> = BTreeMap::new();
    for relation in &analysis.comparison.relations {
        if relation.verdict != Verdict::Contradict {
            continue;
        }
        let side = |c: usize| {
            let claim = &analysis.claims[c];
            let doc = corpus.get(claim.span.doc);
            format!(
                "{} \u{201c}{}\u{201d}",
                terminal(&doc.path),
                terminal(claim.span.slice(&doc.text))
            )
        };
        let fingerprint = fingerprint::of_relation(corpus, &analysis.claims, relation);
        let line = format!(
            "{fingerprint} {} {} | {}",
            terminal(&relation.rule),
            side(relation.a),
            side(relation.b)
        );
        lines.entry(fingerprint).or_insert(line);
    }
    let mut out = String::from(HEADER);
    for line in lines.into_values() {
        out.push_str(&line);
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_text(text: &str) -> Result<Baseline> {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("b.baseline");
        std::fs::write(&path, text).expect("write");
        Baseline::read(&path)
    }

    #[test]
    fn comments_blank_lines_and_descriptions_are_skipped() {
        let baseline = read_text(&format!(
            "{HEADER}\n  0123456789abcdef times a.txt \u{201c}x\u{201d}\n# fedcba9876543210\n"
        ))
        .expect("reads");
        assert_eq!(
            baseline.fingerprints.into_iter().collect::<Vec<_>>(),
            ["0123456789abcdef"]
        );
    }

    #[test]
    fn a_word_that_is_not_a_fingerprint_names_its_place() {
        let err = read_text("0123456789abcdef\n  0123456789ABCDEF\n").expect_err("upper case");
        let message = err.to_string();
        assert!(
            message.ends_with(
                "b.baseline:2:3: baseline: \"0123456789ABCDEF\" is not a fingerprint \
                 (16 lowercase hexadecimal digits, as --write-baseline writes them)"
            ),
            "{message}"
        );
    }
}
