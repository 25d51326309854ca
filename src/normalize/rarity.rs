//! How rare a word is in general English, from a fixed frequency table
//! (`rules/lexicon/word-frequency.tsv`), so that a word's weight never
//! depends on what else is in the input.

use std::sync::LazyLock;

/// The bundled table: `word<TAB>zipf` lines, `#` comments.
const TABLE: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/rules/lexicon/word-frequency.tsv"
));

/// The Zipf value given to words the table does not list (it lists those of
/// 3.0 and above).
const UNLISTED_ZIPF: f32 = 2.0;

/// A word this frequent (Zipf 6: once in a thousand words) says nothing
/// about which story an article tells.
const COMMON_ZIPF: f32 = 6.0;

static ZIPF: LazyLock<crate::FastMap<&'static str, f32>> = LazyLock::new(|| {
    TABLE
        .lines()
        .filter(|line| !line.starts_with('#') && !line.is_empty())
        .filter_map(|line| {
            let (word, zipf) = line.split_once('\t')?;
            Some((word, zipf.parse().ok()?))
        })
        .collect()
});

/// The Zipf frequency of a lower-case word: log10 of its occurrences per
/// billion words of general English.
pub fn zipf(word: &str) -> f32 {
    ZIPF.get(word).copied().unwrap_or(UNLISTED_ZIPF)
}

/// How much a lower-case word tells about a story: 0 for the commonest
/// words, 4 for words rarer than the table lists.
pub fn rarity(word: &str) -> f32 {
    (COMMON_ZIPF - zipf(word)).max(0.0)
}

/// How much an ordinary word (written in lower case) tells about a story:
/// like [`rarity`], except that a hyphenated word the table does not list is
/// as rare as its rarest part: "year-old" is everyday news copy, not a word
/// rarer than any listed. Names keep [`rarity`]: "T-Mobile" is rare though
/// "mobile" is not.
pub fn word_rarity(word: &str) -> f32 {
    if ZIPF.contains_key(word) || !word.contains('-') {
        return rarity(word);
    }
    word.split('-')
        .filter(|part| !part.is_empty())
        .map(rarity)
        .reduce(f32::max)
        .unwrap_or_else(|| rarity(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_loads_and_orders_words_by_frequency() {
        assert!(ZIPF.len() > 20_000, "{} words", ZIPF.len());
        assert!(zipf("the") > zipf("earthquake"));
        assert!(zipf("earthquake") > zipf("aftershock"));
    }

    #[test]
    fn common_words_weigh_nothing_and_unknown_names_most() {
        assert_eq!(rarity("the"), 0.0);
        assert_eq!(rarity("qeshm"), COMMON_ZIPF - UNLISTED_ZIPF);
        assert!(rarity("qeshm") > rarity("iran"));
    }

    #[test]
    fn an_unlisted_hyphenated_word_is_as_rare_as_its_rarest_part() {
        assert!(!ZIPF.contains_key("year-old"), "the table lists it now");
        assert_eq!(word_rarity("year-old"), rarity("year").max(rarity("old")));
        assert!(word_rarity("year-old") < 1.0);
        assert_eq!(word_rarity("quake-hit"), rarity("quake"));
        assert_eq!(word_rarity("qeshm"), rarity("qeshm"));
        assert_eq!(word_rarity("-"), rarity("-"));
    }
}
