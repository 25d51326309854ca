//! Words as sets: a sentence's or a neighbourhood's words, lower-cased and
//! hashed once at extraction, so comparison can ask what two claims' words
//! share without reading the text again.

use std::sync::LazyLock;

use regex::Regex;

/// The words of `text`, lower case, without punctuation ("Iran-backed" is
/// two words; "don’t" one).
pub fn words(text: &str) -> Vec<String> {
    word_ranges(text).map(|r| word(&text[r])).collect()
}

/// The last `n` words of `text` as [`words`] reads them, in order: the
/// words before them are found but never copied.
pub fn last_words(text: &str, n: usize) -> Vec<String> {
    let ranges: Vec<_> = word_ranges(text).collect();
    ranges[ranges.len().saturating_sub(n)..]
        .iter()
        .map(|range| word(&text[range.clone()]))
        .collect()
}

/// The byte ranges of the words [`words`] reads in `text`, in order.
pub fn word_ranges(text: &str) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
    let inside = |c: char| c.is_alphanumeric() || c == '\'' || c == '’';
    let mut at = 0;
    std::iter::from_fn(move || {
        loop {
            let rest = &text[at..];
            let start = at + rest.find(inside)?;
            let end = text[start..]
                .find(|c: char| !inside(c))
                .map_or(text.len(), |n| start + n);
            at = end;
            if !matches!(&text[start..end], "'" | "’") {
                return Some(start..end);
            }
        }
    })
}

/// One word as [`words`] gives it: lower case, with a straight apostrophe.
fn word(raw: &str) -> String {
    if raw.is_ascii() {
        raw.to_ascii_lowercase()
    } else {
        raw.replace('’', "'").to_lowercase()
    }
}

/// The words of `text` as [`words`] reads them, with contractions spelt out
/// ("wouldn't" is "would not") and a clock time's zero minutes dropped
/// ("9:00 p.m." is "9 p.m."): spelling, not meaning. Quotes are compared so.
pub fn spelled(text: &str) -> Vec<String> {
    static ZERO_MINUTES: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\b(\d{1,2}):00\b").expect("valid pattern"));
    let mut out = Vec::new();
    for w in words(&ZERO_MINUTES.replace_all(text, "$1")) {
        match w.strip_suffix("n't") {
            Some(stem) if !stem.is_empty() => {
                out.push(match stem {
                    "wo" => "will".to_string(),
                    "ca" => "can".to_string(),
                    _ => stem.to_string(),
                });
                out.push("not".to_string());
            }
            _ => out.push(w),
        }
    }
    out
}

/// A multiset of words, hashed (FNV-1a, 32 bits) and sorted.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WordSet(Vec<u32>);

fn hash(word: &str) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    for b in word.bytes() {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    h
}

impl WordSet {
    /// The set of these words (duplicates kept).
    pub fn of<'w>(words: impl IntoIterator<Item = &'w str>) -> Self {
        let mut hashes: Vec<u32> = words.into_iter().map(hash).collect();
        hashes.sort_unstable();
        WordSet(hashes)
    }

    /// How many words it holds.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// True when it holds none.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// How many words the two have in common, duplicates matched one to one.
    pub fn common(&self, other: &WordSet) -> usize {
        let (a, b) = (&self.0, &other.0);
        let (mut i, mut j, mut n) = (0, 0, 0);
        while i < a.len() && j < b.len() {
            match a[i].cmp(&b[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    n += 1;
                    i += 1;
                    j += 1;
                }
            }
        }
        n
    }

    /// The share of the longer set's words the two have in common (0 to 1).
    pub fn overlap(&self, other: &WordSet) -> f64 {
        let longer = self.len().max(other.len());
        if longer == 0 {
            return 0.0;
        }
        self.common(other) as f64 / longer as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_split_on_punctuation_and_lower_case() {
        assert_eq!(
            words("Iran-backed “militia”, don’t"),
            ["iran", "backed", "militia", "don't"]
        );
    }

    #[test]
    fn last_words_are_the_tail_of_words() {
        let text = "the 2nd Army’s ’ Iran-backed UNIT";
        for n in 0..8 {
            let all = words(text);
            assert_eq!(last_words(text, n), all[all.len().saturating_sub(n)..]);
        }
        assert!(last_words("— …", 2).is_empty());
    }

    #[test]
    fn word_ranges_are_where_the_words_stand() {
        let text = "Iran-backed “militia”, don’t ’ x";
        let found: Vec<&str> = word_ranges(text).map(|r| &text[r]).collect();
        assert_eq!(found, ["Iran", "backed", "militia", "don’t", "x"]);
    }

    #[test]
    fn common_counts_shared_words_once_each() {
        let a = WordSet::of(["the", "blast", "the", "bank"]);
        let b = WordSet::of(["the", "bank", "fire"]);
        assert_eq!(a.common(&b), 2);
        assert!((a.overlap(&b) - 0.5).abs() < 1e-9);
        assert_eq!(WordSet::default().overlap(&b), 0.0);
    }
}
