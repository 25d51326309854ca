//! Which articles tell the same story: only their claims are compared.
//!
//! In: the corpus. Out: for each document the set of its salient names (the
//! capitalised words of its prose, lower-cased, less common sentence
//! openers); two documents are about the same story when they share enough
//! of them. This keeps a week of unrelated wire copy from being compared
//! figure by figure, and costs one set intersection per compared pair.

use std::collections::BTreeSet;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::sync::LazyLock;

use regex::Regex;

use crate::corpus::Corpus;
use crate::normalize::date::CALENDAR_WORDS;
use crate::span::DocId;

/// Names two articles must share at the least.
const MIN_SHARED: usize = 2;
/// An article naming fewer than this tells too little to rule a story out.
const TOO_FEW: usize = 5;
/// And the share of the smaller article's names they must make up.
const MIN_SHARE: f64 = 0.1;

/// In a corpus of at least this many articles, names that most articles
/// share ("New York", "Securities and Exchange Commission") are dropped.
const LARGE_CORPUS: usize = 50;
/// The share of articles a name may appear in and still tell stories apart.
const MAX_DOCUMENT_SHARE: f64 = 0.02;

/// Capitalised words that say nothing about the story (as do months and
/// weekdays).
const COMMON: &[&str] = &[
    "the", "a", "an", "in", "on", "at", "but", "he", "she", "it", "they", "we", "i", "this",
    "that", "these", "those", "there", "his", "her", "their", "its", "our", "and", "or", "for",
    "as", "after", "before", "when", "while", "if", "so", "mr", "mrs", "ms", "dr", "said",
    "reuter", "reuters", "source", "image", "updated", "also", "some",
];

static NAME: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b\p{Lu}[\p{L}’'-]{2,}").expect("name pattern is valid"));

/// The salient names of every document.
#[derive(Debug)]
pub struct Stories {
    names: Vec<Vec<u64>>,
    /// In a large corpus an article with too few names is not taken for
    /// part of another's story; among a few articles it is given the benefit.
    large: bool,
}

fn hashed(word: &str) -> u64 {
    let mut h = DefaultHasher::new();
    word.hash(&mut h);
    h.finish()
}

impl Stories {
    /// Read every document's names; in a large corpus, drop the names too
    /// many articles share to tell stories apart.
    pub fn new(corpus: &Corpus) -> Self {
        let mut names: Vec<Vec<u64>> = corpus
            .documents
            .iter()
            .map(|doc| {
                let set: BTreeSet<u64> = NAME
                    .find_iter(&doc.text)
                    .map(|m| m.as_str().trim_end_matches(['’', '\'']).to_lowercase())
                    .filter(|w| {
                        !COMMON.contains(&w.as_str()) && !CALENDAR_WORDS.contains(&w.as_str())
                    })
                    .map(|w| hashed(&w))
                    .collect();
                set.into_iter().collect()
            })
            .collect();
        let large = names.len() >= LARGE_CORPUS;
        if large {
            let mut frequency: std::collections::HashMap<u64, usize> =
                std::collections::HashMap::new();
            for set in &names {
                for &name in set {
                    *frequency.entry(name).or_default() += 1;
                }
            }
            let limit = ((names.len() as f64) * MAX_DOCUMENT_SHARE).ceil() as usize;
            for set in &mut names {
                set.retain(|name| frequency.get(name).is_some_and(|&n| n <= limit));
            }
        }
        Stories { names, large }
    }

    /// True when documents `a` and `b` share enough names to be one story.
    /// When one names too few to tell, a small set of articles (one event's
    /// coverage) counts them related and a large corpus does not.
    pub fn related(&self, a: DocId, b: DocId) -> bool {
        let (x, y) = (&self.names[a.0 as usize], &self.names[b.0 as usize]);
        let (mut i, mut j, mut shared) = (0, 0, 0);
        while i < x.len() && j < y.len() {
            match x[i].cmp(&y[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    shared += 1;
                    i += 1;
                    j += 1;
                }
            }
        }
        let smaller = x.len().min(y.len());
        if smaller < TOO_FEW {
            return !self.large;
        }
        shared >= MIN_SHARED && (shared as f64) / (smaller as f64) >= MIN_SHARE
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::{Document, Metadata, Provenance};
    use crate::span::LineIndex;

    fn doc(id: u32, text: &str) -> Document {
        Document {
            id: DocId(id),
            path: format!("{id}.txt"),
            name: format!("{id}.txt"),
            text: text.to_string(),
            lines: LineIndex::new(text),
            meta: Metadata {
                outlet: "x".into(),
                outlet_from: Provenance::FileName,
                published: None,
                published_from: Provenance::Unknown,
                timezone: None,
                url: None,
            },
            replaced_bytes: 0,
        }
    }

    #[test]
    fn articles_naming_the_same_people_and_places_are_one_story() {
        let corpus = Corpus {
            documents: vec![
                doc(
                    0,
                    "Jets hit Kataib Hezbollah sites in Iraq near Baghdad. Esper said the Pentagon acted with Britain.",
                ),
                doc(
                    1,
                    "The Pentagon said Kataib Hezbollah was hit in Iraq. Esper spoke in Washington after Baghdad asked.",
                ),
                doc(
                    2,
                    "Shares in Texaco rose 5 pct on Monday after the Chevron bid, Salomon Brothers said in New York.",
                ),
                doc(3, "Short note from Iraq."),
            ],
            failed: Vec::new(),
        };
        let stories = Stories::new(&corpus);
        assert!(stories.related(DocId(0), DocId(1)));
        assert!(!stories.related(DocId(0), DocId(2)));
        // Too few names to rule the story out.
        assert!(stories.related(DocId(2), DocId(3)));
    }
}
