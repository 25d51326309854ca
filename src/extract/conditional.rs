//! Supposed figures: a figure inside a condition ("if we had more than
//! three weeks left", "unless 90 pct of the shares are tendered") is not a
//! fact the article reports, and makes no claim.
//!
//! The condition runs from its word ([`CONDITIONALS`]) to the end of its
//! clause: a comma, a semicolon, a colon, a dash, a parenthesis or "then".
//! A figure before the word ("faces 25 years in prison if convicted") is the
//! main clause's.

use crate::language::CONDITIONALS;

/// True when the figure at byte `at` of `sentence` lies inside a condition
/// that opens earlier in its clause.
pub fn supposed(sentence: &str, at: usize) -> bool {
    let Some(before) = sentence.get(..at) else {
        return false;
    };
    let clause = before
        .rsplit([',', ';', ':', '—', '–', '(', ')'])
        .next()
        .unwrap_or(before);
    let words: Vec<String> = clause
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let mut next: Option<&str> = None;
    for word in words.iter().rev() {
        if word == "then" {
            return false;
        }
        if CONDITIONALS.contains(word) {
            // "dozens, if not hundreds": no condition.
            let exceptions = CONDITIONALS.field(word, 1).unwrap_or("");
            return !next.is_some_and(|n| exceptions.split(' ').any(|e| e == n));
        }
        next = Some(word);
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(sentence: &str, figure: &str) -> bool {
        supposed(sentence, sentence.find(figure).expect("figure in sentence"))
    }

    #[test]
    fn a_figure_in_a_condition_is_supposed() {
        assert!(at(
            "He would not rest if we had more than two weeks left.",
            "two weeks"
        ));
        assert!(at(
            "Unless 90 pct of shares are tendered, it lapses.",
            "90 pct"
        ));
    }

    #[test]
    fn a_figure_before_the_condition_or_past_its_clause_is_reported() {
        assert!(!at("He faces 25 years in prison if convicted.", "25 years"));
        assert!(!at("If it rains, 40 people will be hurt.", "40 people"));
        assert!(!at("If it rains then 40 people will be hurt.", "40 people"));
        assert!(!at("Dozens, if not hundreds of people, fled.", "hundreds"));
        assert!(!at("Dozens if not hundreds of people fled.", "hundreds"));
        assert!(!at(
            "If it rains — and it may — 40 people will be hurt.",
            "40 people"
        ));
    }
}
