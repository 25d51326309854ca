//! Sentence boundaries inside one paragraph of English news prose.
//!
//! In: a paragraph's text. Out: byte ranges of its sentences, relative to the
//! paragraph. A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes
//! or brackets) followed by white space and a capital, a digit or an opening
//! quote, unless the full stop belongs to an abbreviation (U.S., Gen., Lt.
//! Col., Feb., a.m.), an initial (Mark T. Esper) or a list number. After an
//! abbreviation that can also end a sentence (U.S., a.m., Inc.), the next word
//! decides: a word that commonly opens a sentence ("The", "He") splits.

use crate::corpus::is_space;
use crate::language::{ABBREVIATIONS, MONTHS, NUMBERS, SENTENCE_OPENERS};

/// Byte ranges of the sentences of `paragraph`, trimmed of white space.
/// Walks byte offsets (no copy of the paragraph's characters), so a 50 MB
/// paragraph costs what its text costs.
pub fn sentences(paragraph: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut pos = 0;
    while let Some(found) = paragraph[pos..].find(['.', '!', '?', '…']) {
        let at = pos + found;
        let Some(c) = paragraph[at..].chars().next() else {
            break;
        };
        // Take further terminators and closing quotes or brackets.
        let after_mark = at + c.len_utf8();
        let end = after_mark
            + paragraph[after_mark..]
                .chars()
                .take_while(|&ch| is_closer(ch))
                .map(char::len_utf8)
                .sum::<usize>();
        // White space, then the next sentence's first character.
        let next = end
            + paragraph[end..]
                .chars()
                .take_while(|&ch| is_space(ch))
                .map(char::len_utf8)
                .sum::<usize>();
        if next == end || next == paragraph.len() {
            pos = end;
            continue;
        }
        let mut ahead = paragraph[next..].chars();
        let (Some(first), second) = (ahead.next(), ahead.next()) else {
            break;
        };
        let next_word = word_at(paragraph, next);
        if !trailing_credit(&paragraph[next..])
            && starts_sentence(first, second)
            && (c != '.'
                || period_ends_sentence(
                    &paragraph[start..at],
                    start == 0,
                    next_word,
                    &paragraph[next..],
                ))
        {
            out.push((start, end));
            start = next;
        }
        pos = next;
    }
    if start < paragraph.len() {
        out.push((start, paragraph.len()));
    }
    out.into_iter()
        .filter_map(|(s, e)| super::blocks::trim(paragraph, s, e))
        .collect()
}

/// True when `rest` (the paragraph from a would-be sentence start) is one
/// bracketed group that ends the paragraph: a photo credit such as
/// "(Iraqi Media Security Cell/Reuters)", which belongs to the caption.
fn trailing_credit(rest: &str) -> bool {
    let rest = rest.trim_end_matches(is_space);
    let closes = |open: char, close: char| {
        rest.starts_with(open)
            && rest.ends_with(close)
            && rest[1..].find(close) == Some(rest.len() - 2)
    };
    closes('(', ')') || closes('[', ']')
}

fn is_closer(c: char) -> bool {
    matches!(
        c,
        '.' | '!' | '?' | '…' | '"' | '\'' | '”' | '’' | ')' | ']' | '»'
    )
}

fn is_opening_quote(c: char) -> bool {
    matches!(c, '"' | '\'' | '“' | '‘' | '(' | '[' | '«')
}

/// True when `c` (followed by `after`) can open a sentence.
fn starts_sentence(c: char, after: Option<char>) -> bool {
    c.is_uppercase()
        || c.is_ascii_digit()
        || (is_opening_quote(c) && after.is_some_and(|a| !a.is_lowercase() && !is_space(a)))
}

/// The word starting at byte `at` (letters only, opening quotes skipped).
fn word_at(text: &str, at: usize) -> &str {
    let rest = text[at..].trim_start_matches(is_opening_quote);
    let len = rest
        .find(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .unwrap_or(rest.len());
    &rest[..len]
}

/// Decide whether a full stop ends the sentence, given the text of the
/// sentence so far (up to the full stop), whether it is the paragraph's first
/// sentence, the word after the stop and the text from it.
fn period_ends_sentence(
    before: &str,
    first_in_paragraph: bool,
    next_word: &str,
    after: &str,
) -> bool {
    let token = before
        .rsplit(|c: char| is_space(c) || is_opening_quote(c) || matches!(c, '—' | '–' | '/'))
        .next()
        .unwrap_or("");
    let key = token.to_lowercase();
    let opener = SENTENCE_OPENERS.contains(&next_word.to_lowercase());
    if ABBREVIATIONS.field(&key, 1) == Some("never") || split_figure(token, after) {
        return false;
    }
    // "1. Skip to content": a list number at the start of a paragraph.
    if first_in_paragraph
        && before.trim_matches(is_space) == token
        && token.chars().all(|c| c.is_ascii_digit())
    {
        return false;
    }
    // An initial (Mark T. Esper) or dotted abbreviation (U.S., U.N., a.m.).
    let single_initial = token.chars().count() == 1 && token.chars().all(char::is_uppercase);
    let dotted = token.contains('.')
        && token
            .split('.')
            .all(|part| part.chars().count() <= 2 && part.chars().all(char::is_alphabetic));
    let maybe = ABBREVIATIONS.field(&key, 1) == Some("maybe")
        || MONTHS.field(&key, 2) == Some("abbreviation");
    if single_initial || dotted || maybe {
        return opener;
    }
    true
}

/// True when a full stop splits a figure that a stray space broke: "$2. 6
/// million", "£1. 7m" (digits before it, digits and a scale word after),
/// a sum's cents ("$249. 95": two digits after a currency's figure), or a
/// sum's decimals with a money scale written onto them ("$27. 5MM").
fn split_figure(token: &str, after: &str) -> bool {
    if !token.ends_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let digits = after.len() - after.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if digits == 0 || digits > 3 {
        return false;
    }
    let signed = token.contains(crate::normalize::number::CURRENCY_SIGNS);
    let cents = digits == 2 && signed && !after[digits..].starts_with(char::is_alphanumeric);
    if cents {
        return true;
    }
    let word = after[digits..]
        .trim_start_matches([' ', '-'])
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("")
        .to_lowercase();
    NUMBERS.field(&word, 2) == Some("scale")
        || (signed && NUMBERS.field(&word, 2) == Some("money-scale"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text)
            .into_iter()
            .map(|(s, e)| &text[s..e])
            .collect()
    }

    #[test]
    fn a_stray_space_inside_a_figure_does_not_end_a_sentence() {
        let text = "Thieves took gems worth $2. 6 million. Police in 2009. 6 men ran.";
        assert_eq!(
            split(text),
            [
                "Thieves took gems worth $2. 6 million.",
                "Police in 2009.",
                "6 men ran."
            ]
        );
        let text = "It sells for $249. 95. Police counted 12. 40 people came.";
        assert_eq!(
            split(text),
            [
                "It sells for $249. 95.",
                "Police counted 12.",
                "40 people came."
            ]
        );
        // A money scale ("MM") only after a currency's figure: "12. 5mm" is
        // a sentence's end and a size.
        let text = "Pike earns $27. 5MM a year. The bolt was 12. 5mm long.";
        assert_eq!(
            split(text),
            [
                "Pike earns $27. 5MM a year.",
                "The bolt was 12.",
                "5mm long."
            ]
        );
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        let text = "U.S. forces hit Lt. Col. Smith's base on Feb. 15 at No. 2 gate. Gen. Mark A. Milley spoke. Mr. Esper said no.";
        assert_eq!(
            split(text),
            [
                "U.S. forces hit Lt. Col. Smith's base on Feb. 15 at No. 2 gate.",
                "Gen. Mark A. Milley spoke.",
                "Mr. Esper said no."
            ]
        );
    }

    #[test]
    fn an_ambiguous_abbreviation_ends_a_sentence_before_an_opener() {
        let text = "The troops came home to the U.S. The war was over.";
        assert_eq!(
            split(text),
            ["The troops came home to the U.S.", "The war was over."]
        );
    }

    #[test]
    fn times_of_day_stay_whole() {
        let text = "The strikes came at 1:30 a.m. Friday, officials said. It was dark at 9 p.m. The raid began.";
        assert_eq!(
            split(text),
            [
                "The strikes came at 1:30 a.m. Friday, officials said.",
                "It was dark at 9 p.m.",
                "The raid began."
            ]
        );
    }

    #[test]
    fn initials_stay_with_their_names() {
        let text =
            "Defense Secretary Mark T. Esper said it. Kenneth F. McKenzie Jr. told reporters.";
        assert_eq!(
            split(text),
            [
                "Defense Secretary Mark T. Esper said it.",
                "Kenneth F. McKenzie Jr. told reporters."
            ]
        );
    }

    #[test]
    fn decimals_and_thousands_do_not_split() {
        let text = "Some 5,200 troops are there. The quake measured 3.5 and 6.1. 18 were hurt.";
        assert_eq!(
            split(text),
            [
                "Some 5,200 troops are there.",
                "The quake measured 3.5 and 6.1.",
                "18 were hurt."
            ]
        );
    }

    #[test]
    fn closing_quotes_belong_to_the_sentence_they_end() {
        let text = "“We will act,” Esper said in the statement. “As we have shown, we will.” He left. \"Straight quotes.\" Done.";
        assert_eq!(
            split(text),
            [
                "“We will act,” Esper said in the statement.",
                "“As we have shown, we will.”",
                "He left.",
                "\"Straight quotes.\"",
                "Done."
            ]
        );
    }

    #[test]
    fn an_ellipsis_inside_a_quote_before_lower_case_does_not_split() {
        let text = "“If that becomes the case …” defence chief Mark Esper told reporters.";
        assert_eq!(split(text), [text]);
    }

    #[test]
    fn nbsp_counts_as_white_space_between_sentences() {
        let text = "Troops were killed.\u{a0}The\u{a0}strikes followed.\u{a0}";
        assert_eq!(
            split(text),
            ["Troops were killed.", "The\u{a0}strikes followed."]
        );
    }

    #[test]
    fn a_list_number_does_not_make_a_sentence() {
        assert_eq!(split("1. Skip to content"), ["1. Skip to content"]);
    }

    #[test]
    fn a_trailing_photo_credit_stays_with_its_caption() {
        let text = "A truck is seen March 11. (Iraqi Media Security Cell/Reuters)";
        assert_eq!(split(text), [text]);
        let credit = "Image: picture-alliance/AP Photo/K. Mohammed";
        assert_eq!(split(credit), [credit]);
    }

    #[test]
    fn question_and_exclamation_marks_end_sentences() {
        assert_eq!(
            split("Why now? Nobody knows! Fine."),
            ["Why now?", "Nobody knows!", "Fine."]
        );
    }
}
