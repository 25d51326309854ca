//! Stories: which articles cover one real-world happening.
//!
//! In: the corpus. Out: [`Stories`]: each document's story, each story's
//! documents and a label made of the names its articles share. Only claims of
//! one story's main event are compared with each other (background events are
//! matched on their own, see `event`).
//!
//! Articles are alike when they name the same rare things (see [`features`]);
//! stories are groups of articles alike on average ([`cluster`]), except
//! that two articles whose ledes date their happening to days apart are
//! never linked ([`days`]: two quakes in one valley, a Sunday's and a
//! Thursday's). Articles without a publication date are grouped like any
//! other (their weekdays still count); and nothing weighs a word by what else
//! is in the input, so a set of articles forms the same stories alone or
//! inside a larger corpus.

pub mod cluster;
pub mod days;
pub mod features;

use rayon::prelude::*;

use crate::claim::Claim;
use crate::corpus::Corpus;
use crate::span::DocId;
use features::Features;

/// Pairs less alike than this are not linked at all.
const MIN_LINK: f32 = 0.06;
/// Groups join while their articles are at least this alike on average.
const JOIN: f64 = 0.15;
/// A group of undated articles joins a dated group only when it is at least
/// this fraction as like it as its own articles are like each other.
const UNDATED_JOIN_RATIO: f64 = 0.8;
/// Groups this small are fragments: an article of one sentence, a stray copy.
const FRAGMENT: usize = 2;
/// A fragment joins the group it is most like when at least this alike.
const FRAGMENT_JOIN: f64 = 0.06;
/// A feature that more articles than this share finds no pairs (see
/// [`cluster::links`]).
const POSTING_CAP: usize = 300;
/// Names in a story's label.
const LABEL_NAMES: usize = 3;

/// One story: the articles that cover one happening.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Story {
    /// `s` and its position: stories are ordered by their first document.
    pub id: String,
    /// The names its articles share most, for people.
    pub label: String,
    /// Its documents, in corpus order.
    #[serde(skip)]
    pub documents: Vec<DocId>,
}

/// Every document's story.
#[derive(Debug, Clone, Default)]
pub struct Stories {
    /// The stories, ordered by their first document.
    pub stories: Vec<Story>,
    /// Story index of each document.
    of: Vec<usize>,
}

impl Stories {
    /// Group the corpus's articles into stories; `claims` give the days
    /// each article tells (see [`days`]).
    pub fn build(corpus: &Corpus, claims: &[Claim]) -> Self {
        let features: Vec<Features> = corpus
            .documents
            .par_iter()
            .map(|d| features::features(&d.text))
            .collect();
        let apart = |a: usize, b: usize| {
            corpus.documents[a]
                .meta
                .days_apart(&corpus.documents[b].meta)
        };
        let mut links = cluster::links(&features, &apart, MIN_LINK, POSTING_CAP);
        let days = days::event_days(corpus, claims);
        links.retain(|l| !days::apart(&days[l.a], &days[l.b]));
        let undated: Vec<bool> = corpus
            .documents
            .iter()
            .map(|d| d.meta.published.is_none())
            .collect();
        let mut groups = cluster::average_link(&undated, &links, JOIN, UNDATED_JOIN_RATIO);
        cluster::join_fragments(&mut groups, &links, FRAGMENT, FRAGMENT_JOIN);
        Self::from_groups(&groups, &features)
    }

    /// Every document in one story: for articles known to tell one story
    /// (a rule's two example articles).
    pub fn one(corpus: &Corpus) -> Self {
        let groups = vec![0; corpus.documents.len()];
        let features: Vec<Features> = corpus
            .documents
            .iter()
            .map(|d| features::features(&d.text))
            .collect();
        Self::from_groups(&groups, &features)
    }

    fn from_groups(groups: &[usize], features: &[Features]) -> Self {
        let mut order: Vec<usize> = Vec::new();
        let mut of = vec![0; groups.len()];
        let mut members: Vec<Vec<DocId>> = Vec::new();
        for (doc, &g) in groups.iter().enumerate() {
            let index = match order.iter().position(|&x| x == g) {
                Some(i) => i,
                None => {
                    order.push(g);
                    members.push(Vec::new());
                    order.len() - 1
                }
            };
            of[doc] = index;
            members[index].push(DocId(doc as u32));
        }
        let stories = members
            .into_iter()
            .enumerate()
            .map(|(i, documents)| Story {
                id: format!("s{i}"),
                label: label(&documents, features),
                documents,
            })
            .collect();
        Stories { stories, of }
    }

    /// The story of a document (an index into [`Stories::stories`]).
    pub fn of(&self, doc: DocId) -> usize {
        self.of[doc.0 as usize]
    }
}

/// The names most of a story's articles give, rarest first among equals;
/// a pair of names ("Betty Ford") stands for its words.
fn label(documents: &[DocId], features: &[Features]) -> String {
    use std::collections::HashMap;
    let mut count: HashMap<features::Key, (usize, f32, &str)> = HashMap::new();
    for d in documents {
        let f = &features[d.0 as usize];
        for (k, text) in &f.names {
            let weight = f
                .weights
                .binary_search_by_key(k, |&(key, _)| key)
                .map_or(0.0, |i| f.weights[i].1);
            let e = count.entry(*k).or_insert((0, 0.0, text));
            e.0 += 1;
            e.1 = e.1.max(weight);
        }
    }
    let mut ranked: Vec<(usize, f32, &str)> = count.into_values().collect();
    ranked.sort_by(|x, y| {
        y.0.cmp(&x.0)
            .then(y.1.total_cmp(&x.1))
            .then_with(|| x.2.cmp(y.2))
    });
    let mut chosen: Vec<&str> = Vec::new();
    for (_, _, text) in ranked {
        let covered = chosen
            .iter()
            .any(|c| c.split(' ').any(|w| text.split(' ').any(|t| t == w)));
        if !covered {
            chosen.push(text);
        }
        if chosen.len() == LABEL_NAMES {
            break;
        }
    }
    if chosen.is_empty() {
        "(no names)".to_string()
    } else {
        chosen.join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Document;

    pub(crate) fn doc(id: u32, text: &str) -> Document {
        let name = format!("{id:03}.txt");
        Document::from_text(DocId(id), &name, &format!("outlet {id}"), text.to_string())
    }

    fn corpus(texts: &[&str]) -> Corpus {
        Corpus {
            documents: texts
                .iter()
                .enumerate()
                .map(|(i, t)| doc(i as u32, t))
                .collect(),
            failed: Vec::new(),
        }
    }

    const QUAKE_A: &str = "A 6.1 magnitude earthquake struck Qeshm island off southern Iran on Sunday, killing ten people in the villages of Tourian and Zirang, the Hormozgan governor said.";
    const QUAKE_B: &str = "Ten people were killed when a 6.1 magnitude quake hit Qeshm island in the Gulf; villages near Tourian were flattened, Hormozgan officials said.";
    const QUAKE_C: &str = "Rescuers searched Tourian and Zirang on Qeshm after the 6.1 magnitude earthquake; the Hormozgan Red Crescent sent tents.";
    const BANK: &str = "Shares of Texaco rose after the Chevron bid, Salomon Brothers analysts told Reuters in New York, and Pennzoil fell.";

    #[test]
    fn articles_naming_the_same_rare_things_are_one_story() {
        let c = corpus(&[QUAKE_A, BANK, QUAKE_B, QUAKE_C]);
        let s = Stories::build(&c, &[]);
        let quake = s.of(DocId(0));
        assert_eq!(s.of(DocId(2)), quake);
        assert_eq!(s.of(DocId(3)), quake);
        assert_ne!(s.of(DocId(1)), quake);
        assert_eq!(s.stories.len(), 2);
        assert!(
            s.stories[quake].label.contains("Qeshm"),
            "{}",
            s.stories[quake].label
        );
    }

    #[test]
    fn stories_do_not_depend_on_other_articles_in_the_input() {
        let alone = Stories::build(&corpus(&[QUAKE_A, QUAKE_B, QUAKE_C]), &[]);
        let mixed = Stories::build(&corpus(&[BANK, QUAKE_A, QUAKE_B, QUAKE_C, BANK]), &[]);
        let together = |s: &Stories, a: u32, b: u32| s.of(DocId(a)) == s.of(DocId(b));
        assert!(together(&alone, 0, 1) && together(&alone, 1, 2));
        assert!(together(&mixed, 1, 2) && together(&mixed, 2, 3));
        assert!(!together(&mixed, 0, 1));
    }

    #[test]
    fn stories_are_numbered_by_their_first_document() {
        let s = Stories::build(&corpus(&[BANK, QUAKE_A, QUAKE_B]), &[]);
        assert_eq!(s.stories[0].id, "s0");
        assert_eq!(s.stories[0].documents, vec![DocId(0)]);
        assert_eq!(s.stories[1].documents, vec![DocId(1), DocId(2)]);
    }
}
