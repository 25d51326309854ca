//! What an article says that tells its story apart: the names it gives
//! (people, places, bodies, products), pairs of names ("Betty Ford"), its
//! rarer words ("quake", "rehab"), figures with what they count ("26
//! pirates") and years. Each is weighted by how rare it is in general English
//! (never by what else is in the input), counted once per article, and the
//! whole scaled to unit length, so two articles' likeness is one dot product.

use std::sync::LazyLock;

use regex::Regex;

use crate::extract::scope::OPENER_NAME_ZIPF;
use crate::normalize::rarity::{rarity, word_rarity, zipf};

/// Weight of a pair of names, a figure with its noun, and a year: each says
/// more than any one word.
const COMPOUND_WEIGHT: f32 = 3.0;
/// Features lighter than this are left out.
const MIN_WEIGHT: f32 = 0.5;
/// Ordinary words shorter than this are left out.
const MIN_WORD_CHARS: usize = 4;

static TOKEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\p{L}[\p{L}\p{M}'’-]*|\d[\d,.]*\d|\d").expect("token pattern is valid")
});

/// One feature of an article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Key(pub u64);

/// An article's features: sorted by key, weights scaled to unit length.
#[derive(Debug, Clone, Default)]
pub struct Features {
    /// (feature, weight), sorted by feature.
    pub weights: Vec<(Key, f32)>,
    /// Names and pairs of names as first written, for story labels.
    pub names: Vec<(Key, String)>,
}

impl Features {
    /// The dot product of two articles' features: their likeness, 0 to 1.
    pub fn similarity(&self, other: &Features) -> f32 {
        let (mut i, mut j, mut sum) = (0, 0, 0.0);
        let (a, b) = (&self.weights, &other.weights);
        while i < a.len() && j < b.len() {
            match a[i].0.cmp(&b[j].0) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    sum += a[i].1 * b[j].1;
                    i += 1;
                    j += 1;
                }
            }
        }
        sum
    }
}

/// FNV-1a over a kind byte and the feature's text: stable across runs and
/// platforms.
fn key(kind: u8, text: &str) -> Key {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in std::iter::once(kind).chain(text.bytes()) {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    Key(h)
}

/// A word lower-cased, with curly apostrophes straightened and a possessive
/// dropped ("Lohan’s" → "lohan").
fn normal(word: &str) -> String {
    let lower = word.to_lowercase().replace('’', "'");
    match lower.strip_suffix("'s") {
        Some(stem) if !stem.is_empty() => stem.to_string(),
        _ => lower.trim_end_matches('\'').to_string(),
    }
}

fn is_year(token: &str) -> bool {
    token.len() == 4
        && token
            .parse::<u16>()
            .is_ok_and(|y| (1900..=2039).contains(&y))
}

/// What kind of word a token is.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Class {
    Name,
    Word,
    Number,
}

/// The features of one article.
pub fn features(text: &str) -> Features {
    let mut found: Vec<(Key, f32)> = Vec::new();
    let mut names: Vec<(Key, String)> = Vec::new();
    let mut previous: Option<(Class, usize, &str)> = None;
    let mut end = 0;
    for m in TOKEN.find_iter(text) {
        let token = m.as_str();
        let gap = &text[end..m.start()];
        end = m.end();
        let opens = previous.is_none() || gap.contains(['\n', '.', '!', '?', ':']);
        let class = if token.starts_with(|c: char| c.is_ascii_digit()) {
            Class::Number
        } else if token.starts_with(char::is_uppercase)
            && token.chars().any(char::is_lowercase)
            && (!opens || zipf(&normal(token)) < OPENER_NAME_ZIPF)
        {
            Class::Name
        } else {
            Class::Word
        };
        let adjacent = gap == " ";
        match class {
            Class::Name => {
                let word = normal(token);
                let k = key(b'n', &word);
                found.push((k, rarity(&word)));
                names.push((
                    k,
                    token.trim_end_matches("’s").trim_end_matches("'s").into(),
                ));
                if let Some((Class::Name, start, _)) = previous
                    && adjacent
                {
                    let pair = &text[start..m.end()];
                    let k = key(b'b', &normal(pair));
                    found.push((k, COMPOUND_WEIGHT));
                    names.push((k, pair.trim_end_matches("’s").trim_end_matches("'s").into()));
                }
            }
            Class::Word => {
                let word = normal(token);
                if word.chars().count() >= MIN_WORD_CHARS {
                    found.push((key(b'w', &word), word_rarity(&word)));
                }
                if let Some((Class::Number, _, number)) = previous
                    && adjacent
                {
                    found.push((key(b'#', &format!("{number} {word}")), COMPOUND_WEIGHT));
                }
            }
            Class::Number if is_year(token) => found.push((key(b'y', token), COMPOUND_WEIGHT)),
            Class::Number => {}
        }
        previous = Some((class, m.start(), token));
    }
    found.retain(|&(_, w)| w > MIN_WEIGHT);
    found.sort_by_key(|&(k, _)| k);
    found.dedup_by_key(|&mut (k, _)| k);
    let norm = found.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
    if norm > 0.0 {
        found.iter_mut().for_each(|(_, w)| *w /= norm);
    }
    names.sort_by_key(|n| n.0);
    names.dedup_by_key(|(k, _)| *k);
    Features {
        weights: found,
        names,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn has(f: &Features, kind: u8, text: &str) -> bool {
        f.weights
            .binary_search_by_key(&key(kind, text), |&(k, _)| k)
            .is_ok()
    }

    #[test]
    fn names_pairs_figures_and_years_are_features() {
        let f = features(
            "Lindsay Lohan checked into the Betty Ford Center on Thursday.\nIn 2013 police held 26 pirates.",
        );
        assert!(has(&f, b'n', "lohan"));
        assert!(has(&f, b'b', "betty ford"));
        assert!(has(&f, b'#', "26 pirates"));
        assert!(has(&f, b'y', "2013"));
        assert!(has(&f, b'w', "pirates"));
        assert!(!has(&f, b'w', "the"), "common words weigh nothing");
    }

    #[test]
    fn a_common_word_opening_a_sentence_is_no_name() {
        let f = features("Police said the Qeshm quake was strong. Qeshm is an island.");
        assert!(!has(&f, b'n', "police"));
        assert!(has(&f, b'w', "police"));
        assert!(has(&f, b'n', "qeshm"));
    }

    #[test]
    fn features_have_unit_length_and_similarity_is_symmetric() {
        let a = features("The Qeshm earthquake killed ten people in Iran.");
        let b = features("Ten people died when a quake struck Qeshm island, Iran said.");
        let length: f32 = a.weights.iter().map(|(_, w)| w * w).sum();
        assert!((length - 1.0).abs() < 1e-4);
        assert!((a.similarity(&b) - b.similarity(&a)).abs() < 1e-6);
        assert!((a.similarity(&a) - 1.0).abs() < 1e-4);
        let c = features("Shares of Texaco rose after the Chevron bid, Salomon Brothers said.");
        assert!(a.similarity(&b) > a.similarity(&c));
    }

    #[test]
    fn everyday_hyphenated_words_tell_no_story_apart() {
        // Unrelated one-line articles that share only "year-old".
        let a = features("When the 26-year-old unknown was unveiled on stage, viewers gasped.");
        let b = features("A 60-year-old clerk was accused of robbing the Marsk ice cream shop.");
        assert!(a.similarity(&b) < 0.05, "{}", a.similarity(&b));
    }

    #[test]
    fn possessives_and_curly_apostrophes_name_the_same_thing() {
        let a = features("The Angels made Teixeira’s offer.");
        assert!(has(&a, b'n', "teixeira"));
    }
}
