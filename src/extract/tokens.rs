//! Words of a sentence with their byte ranges.
//!
//! A token is a run of letters and digits that may hold inner `.` `,` `'`
//! `’` `-` between word characters ("U.S.", "5,200", "don’t", "Iran-backed");
//! every other non-space character is a token of its own. Dotted
//! abbreviations keep their final stop ("U.S.", "a.m.").

use std::borrow::Cow;

use crate::corpus::is_space;

/// The byte just after the last of `marks` in `text`, or 0 when none is.
pub fn after_last(text: &str, marks: &[char]) -> usize {
    text.char_indices()
        .rev()
        .find(|(_, c)| marks.contains(c))
        .map_or(0, |(i, c)| i + c.len_utf8())
}

/// One word or punctuation mark.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token<'a> {
    /// First byte, relative to the tokenised text.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// The text.
    pub text: &'a str,
    /// The text in lower case, computed once (borrowed when it already is).
    lowered: Cow<'a, str>,
}

impl<'a> Token<'a> {
    fn new(text: &'a str, start: usize, end: usize) -> Self {
        let slice = &text[start..end];
        let lowered = if slice.chars().any(char::is_uppercase) {
            Cow::Owned(slice.to_lowercase())
        } else {
            Cow::Borrowed(slice)
        };
        Token {
            start,
            end,
            text: slice,
            lowered,
        }
    }

    /// True for a word (letters or digits), false for punctuation.
    pub fn is_word(&self) -> bool {
        self.text.starts_with(|c: char| c.is_alphanumeric())
    }

    /// The text in lower case.
    pub fn lower(&self) -> &str {
        &self.lowered
    }
}

fn joins(c: char) -> bool {
    matches!(c, '.' | ',' | '\'' | '’' | '-' | '‑')
}

/// Split `text` into tokens.
pub fn tokenize(text: &str) -> Vec<Token<'_>> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (start, c) = chars[i];
        if is_space(c) {
            i += 1;
            continue;
        }
        if !c.is_alphanumeric() {
            let end = chars.get(i + 1).map_or(text.len(), |&(b, _)| b);
            out.push(Token::new(text, start, end));
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < chars.len() {
            let c = chars[j].1;
            let next_is_word = chars.get(j + 1).is_some_and(|&(_, n)| n.is_alphanumeric());
            if c.is_alphanumeric() || (joins(c) && next_is_word) {
                j += 1;
            } else {
                break;
            }
        }
        let mut end = chars.get(j).map_or(text.len(), |&(b, _)| b);
        // "U.S." and "a.m." keep their final stop.
        let word = &text[start..end];
        if chars.get(j).is_some_and(|&(_, c)| c == '.') && is_dotted(word) {
            end += 1;
        }
        out.push(Token::new(text, start, end));
        i = chars.partition_point(|&(b, _)| b < end);
    }
    out
}

/// "U.S", "a.m", "U.N": single letters joined by stops.
fn is_dotted(word: &str) -> bool {
    word.contains('.') && word.split('.').all(|p| p.chars().count() == 1)
}

/// Phrases from a rule's parameters as lower-case word lists ("told
/// reporters" is `["told", "reporters"]`), to match against tokens with
/// [`phrase_at`].
pub fn phrases(items: &[String]) -> Vec<Vec<String>> {
    items
        .iter()
        .map(|s| s.split_whitespace().map(str::to_lowercase).collect())
        .collect()
}

/// True when the words of `phrase` start at token `k`, ignoring case.
pub fn phrase_at(tokens: &[Token<'_>], k: usize, phrase: &[String]) -> bool {
    phrase
        .iter()
        .enumerate()
        .all(|(i, w)| tokens.get(k + i).is_some_and(|t| t.lower() == *w))
}

/// True when `text` reads as a headline in title case: four words or more,
/// over 60% of them capitalised.
pub fn title_case(text: &str) -> bool {
    let (words, capitals) = text.split_whitespace().fold((0, 0), |(n, c), w| {
        (n + 1, c + usize::from(w.starts_with(char::is_uppercase)))
    });
    words >= 4 && capitals * 10 > words * 6
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_headline_capitalises_most_of_its_words() {
        assert!(title_case(
            "Female Employee Ana Ruiz Kills Two In Marsk Shooting"
        ));
        assert!(!title_case("Ana Ruiz said two people died in Marsk."));
        assert!(!title_case("Marsk Shooting Ends"));
    }

    fn texts(text: &str) -> Vec<&str> {
        tokenize(text).into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn words_keep_inner_punctuation() {
        assert_eq!(
            texts("U.S. troops, 5,200 Iran-backed don’t 3.5 a.m. (ok)."),
            [
                "U.S.",
                "troops",
                ",",
                "5,200",
                "Iran-backed",
                "don’t",
                "3.5",
                "a.m.",
                "(",
                "ok",
                ")",
                "."
            ]
        );
    }

    #[test]
    fn spans_are_exact_across_nbsp() {
        let text = "killed\u{a0}two";
        let tokens = tokenize(text);
        assert_eq!(tokens[1].start, "killed\u{a0}".len());
        assert_eq!(tokens[1].text, "two");
    }
}
