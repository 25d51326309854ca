//! Supposed figures: a figure inside a condition ("if we had more than
//! three weeks left", "unless 90 pct of the shares are tendered") is not a
//! fact the article reports, and makes no claim.
//!
//! The condition runs from its word ([`CONDITIONALS`]) to the end of its
//! clause: a comma, a semicolon, a colon, a dash, a parenthesis or "then".
//! A figure before the word ("faces 25 years in prison if convicted") is the
//! main clause's. A word marked "present" ("when") opens a condition only
//! where it opens its clause, the figure follows it at once, and the clause
//! says "is" or "are":
//! "when one is killed, all of us lose" supposes, "when the bomb went off,
//! two died" reports.
//!
//! A figure a question asks about is supposed too: "Should the club go
//! higher than $25 million?" ([`QUESTION_OPENERS`]).

use crate::language::{CONDITIONALS, QUESTION_OPENERS};

/// The most words between a word marked "present" and the figure it
/// supposes.
const MAX_WORDS_TO_FIGURE: usize = 2;

/// What ends a clause.
const CLAUSE_ENDS: [char; 7] = [',', ';', ':', '—', '–', '(', ')'];

/// True when the figure at byte `at` of `sentence` lies inside a condition
/// that opens earlier in its clause.
pub fn supposed(sentence: &str, at: usize) -> bool {
    let (Some(before), Some(after)) = (sentence.get(..at), sentence.get(at..)) else {
        return false;
    };
    if asked(before, after) {
        return true;
    }
    let clause = before.rsplit(CLAUSE_ENDS).next().unwrap_or(before);
    let words: Vec<String> = clause
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    // "is" or "are" between the word and the end of the figure's clause.
    let rest_of_clause = after.split(CLAUSE_ENDS).next().unwrap_or(after);
    let present = |between: &[String]| {
        between
            .iter()
            .map(String::as_str)
            .any(|w| matches!(w, "is" | "are"))
            || rest_of_clause
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| matches!(w.to_lowercase().as_str(), "is" | "are"))
    };
    let mut next: Option<&str> = None;
    for (back, word) in words.iter().rev().enumerate() {
        if word == "then" {
            return false;
        }
        if CONDITIONALS.contains(word) {
            // "When one is killed, …": the word opens its clause, the
            // figure opens what follows, and the verb is in the present.
            // Not "at a time when several stars are under suspicion", "when
            // you consider that profits are about $400 million", nor "when
            // they fell 11.9 pct": inside such a clause an outer condition
            // may still stand.
            let opens_clause = back + 1 == words.len();
            if CONDITIONALS.field(word, 2) == Some("present")
                && !(opens_clause
                    && back <= MAX_WORDS_TO_FIGURE
                    && present(&words[words.len() - back..]))
            {
                next = Some(word);
                continue;
            }
            // "dozens, if not hundreds": no condition.
            let exceptions = CONDITIONALS.field(word, 1).unwrap_or("");
            return !next.is_some_and(|n| exceptions.split(' ').any(|e| e == n));
        }
        next = Some(word);
    }
    false
}

/// True when the figure between `before` and `after` (its sentence) lies in
/// a question to be answered yes or no: the question's first word is one of
/// `QUESTION_OPENERS` and a question mark ends it after the figure, with no
/// full stop between ('“Will 40 ships be enough?” he asked').
fn asked(before: &str, after: &str) -> bool {
    let opened = before.rsplit(". ").next().unwrap_or(before);
    let opened = opened.rsplit(['!', '?']).next().unwrap_or(opened);
    let mut words = words_of(opened).chain(words_of(after));
    let first = words.next().unwrap_or_default().to_lowercase();
    // Most sentences open with no question's word: nothing more to read.
    if !QUESTION_OPENERS.contains(&first) {
        return false;
    }
    // "Will Smith earned …?": a name, not a question's verb.
    let named = QUESTION_OPENERS.field(&first, 1) == Some("name")
        && words
            .next()
            .is_some_and(|w| w.starts_with(char::is_uppercase));
    let Some(mark) = after.find('?') else {
        return false;
    };
    let ends = |text: &str| text.contains(". ") || text.contains('!');
    !named && !ends(&after[..mark])
}

/// The words of `text`, a figure's sign kept ("$25").
fn words_of(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric() && c != '$')
        .filter(|w| !w.is_empty())
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
        assert!(at("When one is killed, all of us lose.", "one"));
        assert!(at("Whenever two ships collide, the port shuts.", "two"));
    }

    #[test]
    fn a_figure_a_yes_or_no_question_asks_about_is_supposed() {
        assert!(at(
            "Should the Marsk club go higher than $25 million a season?",
            "$25"
        ));
        assert!(at("“Will 40 ships be enough?” he asked.", "40 ships"));
        // A question that takes the figure as given, or one ended before it.
        assert!(!at("Why did 12 people die in the fire?", "12 people"));
        assert!(!at("Was it safe? Twelve people died.", "Twelve"));
        assert!(!at("Is it safe, now that 12 people died.", "12 people"));
        // A figure with a decimal point is asked about as any other.
        assert!(at("Should the club pay $25.5 million?", "$25.5"));
        // "Will" and "May" before a capitalised word are a name and a month.
        assert!(!at("Will Smith earned $20 million, but why?", "$20"));
        assert!(!at(
            "May sales rose 5 percent, but can it last?",
            "5 percent"
        ));
    }

    #[test]
    fn a_when_clause_in_the_past_reports() {
        assert!(!at("When the bomb went off, two were killed.", "two"));
        assert!(!at("When two ships collided, the port shut.", "two"));
        assert!(!at("That is not enough when you had 10 ships.", "10 ships"));
        assert!(!at(
            "It comes at a time when several stars are under suspicion.",
            "several"
        ));
        // An outer condition still stands around a "when" clause.
        assert!(at(
            "If you want the pension you were promised when you started you must work five years more.",
            "five years"
        ));
        assert!(!at(
            "It is a lot when you consider that profits are usually about $400 million.",
            "$400"
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
