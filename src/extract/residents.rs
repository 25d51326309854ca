//! Whose home a place is: the person named right before it ("Raj Okafor,
//! 59, of Dunmore"; "Okafor, who lived a mile away in Leeds"; "Ana Ruiz, of
//! Springfield, Ohio").
//!
//! An article names the homes of several people (the victim, the driver, a
//! relative quoted), so two homes are one fact only when they are one
//! person's. The owner is that person's surname; a home after a common noun
//! ("the driver, who is from Leeds") has none, and is compared as before.

use std::sync::LazyLock;

use regex::Regex;

use super::lexicon::Lexicon;
use crate::FastSet;
use crate::gazetteer;
use crate::language::{BODY_WORDS, GIVEN_NAMES};

/// A name of one to four capitalised words or initials at the end of the
/// text before a place, past an age and a relative clause: "Raj K. Okafor,
/// 59, ", "Okafor, who lived half a mile away ", "Ana Ruiz ".
static OWNER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:^|[^\p{L}.’'\-])(?P<name>\p{Lu}[\p{L}’'\-]+(?: (?:\p{Lu}\.|\p{Lu}[\p{L}’'\-]+)){0,3})(?P<age>, (?:an? )?\d{1,3}(?:-year-old)?)?(?P<who>, who(?: [\p{Ll}’'\-]+){0,6})?,? ?$",
    )
    .expect("home owner pattern is valid")
});

/// The owner of a home whose cue starts right after `before`; `surnames`
/// are the words the article writes after a given name. The name must be a
/// person's: one of the article's surnames, followed by an age or "who", or
/// opening with a given name; and no body's word ("ABC Television"), no
/// people's name ("the Spaniard, who …") and no place the gazetteer knows.
pub fn owner(before: &str, surnames: &FastSet<String>, lexicon: &Lexicon) -> Option<String> {
    let m = OWNER.captures(before)?;
    let name = m.name("name")?.as_str();
    let words: Vec<&str> = name.split(' ').collect();
    let surname = words.last()?.trim_end_matches("’s").trim_end_matches("'s");
    let known = surnames.contains(surname);
    let person = known
        || m.name("age").is_some()
        || m.name("who").is_some()
        || words.len() > 1 && GIVEN_NAMES.contains(&words[0].to_lowercase());
    let other = words
        .iter()
        .any(|w| BODY_WORDS.contains(&w.to_lowercase()) || lexicon.demonym(w).is_some())
        || lexicon.demonym(name).is_some()
        || matches!(words[0], "The" | "A" | "An")
        || !gazetteer::global().lookup(name).is_empty();
    (person && !other).then(|| surname.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn surnames(words: &[&str]) -> FastSet<String> {
        words.iter().map(|w| (*w).to_string()).collect()
    }

    fn of(before: &str, surnames: &FastSet<String>) -> Option<String> {
        owner(before, surnames, &Lexicon::default())
    }

    #[test]
    fn a_name_an_age_or_a_relative_clause_before_a_home_owns_it() {
        let none = surnames(&[]);
        assert_eq!(
            of("found Raj K. Okafor, 59, ", &none),
            Some("Okafor".to_string())
        );
        assert_eq!(
            of("Okafor, who lived half a mile away ", &none),
            Some("Okafor".to_string())
        );
        // The cue may take the verb: "Okafor, who lives in …".
        assert_eq!(of("Okafor, who ", &none), Some("Okafor".to_string()));
        assert_eq!(
            of("when Okafor ", &surnames(&["Okafor"])),
            Some("Okafor".to_string())
        );
        assert_eq!(of("arrested Jon Pike ", &none), Some("Pike".to_string()));
    }

    #[test]
    fn a_common_noun_a_body_or_an_unknown_single_word_owns_nothing() {
        let none = surnames(&[]);
        assert_eq!(of("the driver, who is ", &none), None);
        assert_eq!(of("a spokesman for Marsk Bank, ", &none), None);
        assert_eq!(of("when Okafor ", &none), None);
        assert_eq!(of("The Okafor, who ", &none), None);
    }
}
