//! The noun phrase a figure counts: "five Kataib Hezbollah weapons storage
//! facilities", "11 of its troops", "one British and two U.S. service
//! members".
//!
//! In: the sentence's tokens and where a figure ends. Out: a [`Phrase`]: its
//! head noun (as a class or singular), the nationalities named in it, and
//! where it ends. Pure syntax over tokens; no rule decides anything here.

use super::lexicon::{Lexicon, singular};
use super::tokens::Token;
use crate::language::{self, MODIFIER_NOISE, NUMBERS, OF_DETERMINERS, PHRASE_ENDS};

/// The noun phrase after a figure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Phrase {
    /// Index of the token after the phrase.
    pub next: usize,
    /// Byte offset where the phrase ends (the figure's end if it is empty).
    pub end: usize,
    /// The head noun as written, if there is one.
    pub head: Option<String>,
    /// The head as a noun class or singular.
    pub noun: Option<String>,
    /// Nationality codes named in the phrase.
    pub who: Vec<String>,
    /// True when the head is a noun the lexicon knows.
    pub known: bool,
    /// True when the head names an event ("election", "shooting"): a year
    /// before it dates it ("the fatal 2003 shooting").
    pub event: bool,
    /// True when the head counts people ("troops", "pirates", "Somalis").
    pub people: bool,
    /// True when the figure is an increment ("another two", "four more").
    pub additional: bool,
    /// Words before the head that narrow it, lower case ("ak-47",
    /// "assault" for "seven AK-47 assault rifles"); nationalities are in
    /// `who`.
    pub modifiers: Vec<String>,
    /// True when the figure picks some of a set named after it ("two of
    /// the bombs", "11 of its troops").
    pub partitive: bool,
}

/// Read the noun phrase that starts at token `from` (just after a figure
/// that ends at byte `figure_end`), at most `max_words` words long.
/// For a `plural` figure the head is the last plural-looking word ("two
/// countries came" counts countries).
pub fn noun_phrase(
    tokens: &[Token<'_>],
    from: usize,
    figure_end: usize,
    lexicon: &Lexicon,
    max_words: usize,
    plural: bool,
) -> Phrase {
    let mut k = from;
    let lower = |k: usize| {
        tokens
            .get(k)
            .map(|t: &Token<'_>| t.lower())
            .unwrap_or_default()
    };
    // "of its troops", "of the group’s fighters", "of US troops"
    let mut partitive = false;
    if lower(k) == "of" {
        k += 1;
        while OF_DETERMINERS.contains(lower(k)) || is_possessive(tokens.get(k)) {
            k += 1;
            partitive = true;
        }
    }
    let mut phrase = Phrase {
        next: from,
        end: figure_end,
        partitive,
        ..Phrase::default()
    };
    let mut words: Vec<&Token<'_>> = Vec::new();
    // A word that may go on a phrase ("magazines" after "fully loaded").
    let goes_on = |t: Option<&Token<'_>>| {
        t.is_some_and(|t| {
            let w = t.lower();
            t.is_word()
                && !PHRASE_ENDS.contains(w)
                && !language::is_calendar_word(w)
                && !is_number_word(w)
                && !t.text.starts_with(|c: char| c.is_ascii_digit())
        })
    };
    while let Some(token) = tokens.get(k) {
        let word = token.lower();
        // "25 107mm rockets": a figure with its unit run on is a modifier.
        let measured = token.text.starts_with(|c: char| c.is_ascii_digit())
            && token.text.ends_with(char::is_alphabetic)
            && !token.text.contains(['-', '‑']);
        // "18 other personnel wounded at": a participle ends the phrase;
        // "13 fully loaded magazines": one before the noun does not.
        // "two previous prosecutors warned such charges": after a plural
        // noun of a plural figure, a word in "-ed" is its verb.
        let after_plural = plural && words.last().is_some_and(|w| looks_plural(w.text, lexicon));
        let participle = (word.ends_with("ed") && (!goes_on(tokens.get(k + 1)) || after_plural))
            || word.ends_with("ing");
        if !goes_on(Some(token)) && !measured
            || words.len() >= max_words
            || (!words.is_empty() && participle && lexicon.noun_class(word).is_none())
            || (!words.is_empty() && is_possessive(Some(token)))
            // "two acquaintances rode bikes": a verb in the past ends it.
            || (!words.is_empty()
                && language::IRREGULAR_PAST.contains(word)
                && language::IRREGULAR_PAST.field(word, 1) != Some("modifier"))
        {
            break;
        }
        // "two pilots booked their flights", "the second reason behind his
        // win": a possessive opens another phrase, after the verb or
        // preposition that ended this one.
        if !words.is_empty() && language::POSSESSIVES.contains(word) {
            // Not a noun that takes a second object ("gave 50 aid workers
            // their pay").
            let ended = words.last().is_some_and(|w| {
                !looks_plural(w.text, lexicon) && lexicon.noun_class(w.lower()).is_none()
            });
            if words.len() > 1 && ended {
                words.pop();
                k -= 1;
            }
            break;
        }
        if let Some(code) = lexicon.demonym(token.text) {
            phrase.who.push(code.to_string());
        }
        words.push(token);
        k += 1;
        // "the second team's coach", "the third time's a charm": the
        // possessive is the head; what follows is the thing it owns. A
        // plural's possessive classes the noun after it ("40 women's shoes",
        // "the top men's seed"), and so does a name's after a plural figure
        // ("37 Marsk's stores").
        if is_possessive(Some(token)) {
            let owner = language::without_possessive(token.text);
            // A plural written so ("women", "fans"), not any noun the
            // lexicon knows ("the second soldier's rifle").
            let plural_owner = singular(owner) != owner.to_lowercase();
            let classifier = plural_owner || (plural && owner.starts_with(char::is_uppercase));
            if !classifier {
                break;
            }
        }
    }
    if plural {
        // "480 x 360 pixel display": a plural figure needs a plural noun.
        let Some(at) = words.iter().rposition(|w| looks_plural(w.text, lexicon)) else {
            return phrase;
        };
        let cut = words.len() - 1 - at;
        words.truncate(at + 1);
        k -= cut;
    }
    let Some(&last) = words.last() else {
        return phrase;
    };
    phrase.next = k;
    phrase.end = last.end;
    let last_text = language::without_possessive(last.text);
    // A phrase that is only a nationality ("one British") has no head of its
    // own: it shares the next part's ("and two U.S. service members").
    if lexicon.demonym(last_text).is_some() && !lexicon.is_people_noun(last_text) {
        return phrase;
    }
    let two = (words.len() >= 2).then(|| format!("{} {}", words[words.len() - 2].text, last_text));
    let class = two
        .as_deref()
        .and_then(|t| lexicon.noun_class(t))
        .or_else(|| lexicon.noun_class(last_text));
    let people = lexicon.is_people_noun(last_text);
    phrase.known = class.is_some() || people;
    phrase.event = two
        .as_deref()
        .and_then(|t| lexicon.event_class(t))
        .or_else(|| lexicon.event_class(last_text))
        .is_some();
    phrase.people = people
        || two.as_deref().is_some_and(|t| lexicon.counts_people(t))
        || lexicon.counts_people(last_text);
    phrase.noun = Some(match class {
        Some(class) => class.to_string(),
        None if people => "person".to_string(),
        None => singular(last_text),
    });
    phrase.head = Some(last_text.to_string());
    let narrowing = if two.as_deref().and_then(|t| lexicon.noun_class(t)).is_some() {
        words.len().saturating_sub(2)
    } else {
        words.len() - 1
    };
    phrase.modifiers = words[..narrowing]
        .iter()
        // Names say whose things they are ("Kataib Hezbollah weapons
        // facilities"), not what kind.
        .filter(|w| {
            lexicon.demonym(w.text).is_none()
                && w.is_word()
                && !(w.text.starts_with(char::is_uppercase)
                    && w.text.chars().any(char::is_lowercase))
        })
        .map(|w| w.lower().to_string())
        .filter(|w| !MODIFIER_NOISE.contains(w))
        .collect();
    phrase
}

/// True for a word that can head a plural noun phrase.
fn looks_plural(word: &str, lexicon: &Lexicon) -> bool {
    let lower = word.to_lowercase();
    // An event's noun in the singular ("31 fire apparatus", "hold caught
    // fire") is no plural head; "three fires" is.
    let singular_event = lexicon.event_class(&lower).is_some() && !lower.ends_with('s');
    (lexicon.noun_class(&lower).is_some() && !singular_event)
        || lexicon.is_people_noun(word)
        || matches!(
            lower.as_str(),
            "people" | "men" | "women" | "children" | "personnel" | "police"
        )
        || (lower.ends_with("men") && lower.len() > 3)
        // "CPUs", "SUVs": an acronym's plural.
        || word
            .strip_suffix('s')
            .is_some_and(|a| a.len() >= 2 && a.chars().all(|c| c.is_ascii_uppercase()))
        || (lower.ends_with('s')
            && !lower.ends_with("ss")
            && !lower.ends_with("us")
            && word.len() > 3)
}

/// Number words start another figure ("killed two co-workers two years
/// ago"): units, tens and scales of the number table, and "dozen".
pub(super) fn is_number_word(word: &str) -> bool {
    word == "dozen" || matches!(NUMBERS.field(word, 2), Some("unit" | "ten" | "scale"))
}

fn is_possessive(token: Option<&Token<'_>>) -> bool {
    token.is_some_and(|t| t.text.ends_with("’s") || t.text.ends_with("'s"))
}

#[cfg(test)]
mod tests {
    use super::super::lexicon::{EntityKind, EntityParams, GazetteerParams, NounParams};
    use super::super::tokens::tokenize;
    use super::*;

    fn lexicon() -> Lexicon {
        let mut lexicon = Lexicon::default();
        lexicon.add_entities(
            "gazetteer",
            GazetteerParams {
                entity: vec![EntityParams {
                    name: "United States".into(),
                    kind: EntityKind::Country,
                    aliases: vec!["US".into()],
                    code: Some("US".into()),
                    demonyms: vec![
                        "U.S.".into(),
                        "US".into(),
                        "American".into(),
                        "British".into(),
                    ],
                    people: vec!["Americans".into()],
                    timezone: None,
                }],
            },
        );
        lexicon.add_nouns(
            "nouns",
            NounParams {
                classes: [(
                    "military".to_string(),
                    vec!["troops".to_string(), "service members".to_string()],
                )]
                .into_iter()
                .collect(),
                events: false,
                people: true,
                verbs: Vec::new(),
                follow_ups: Vec::new(),
            },
        );
        lexicon
    }

    fn phrase_after(text: &str, figure: &str) -> (Phrase, String) {
        let tokens = tokenize(text);
        let at = tokens
            .iter()
            .position(|t| t.text == figure)
            .expect("figure token")
            + 1;
        let p = noun_phrase(&tokens, at, tokens[at - 1].end, &lexicon(), 6, true);
        let words = text[tokens[at - 1].start..p.end].to_string();
        (p, words)
    }

    #[test]
    fn the_head_is_the_last_word_before_a_stop() {
        let (p, words) = phrase_after(
            "hit five Kataib Hezbollah weapons storage facilities “across Iraq”",
            "five",
        );
        assert_eq!(words, "five Kataib Hezbollah weapons storage facilities");
        assert_eq!(p.noun.as_deref(), Some("facility"));
    }

    #[test]
    fn of_and_determiners_are_skipped() {
        let (p, words) = phrase_after("treated 11 of its troops for symptoms", "11");
        assert_eq!(words, "11 of its troops");
        assert_eq!(p.noun.as_deref(), Some("military"));
    }

    #[test]
    fn nationalities_are_collected_and_two_word_classes_found() {
        let (p, _) = phrase_after("and two U.S. service members in a new round", "two");
        assert_eq!(p.who, ["US"]);
        assert_eq!(p.noun.as_deref(), Some("military"));
        assert!(p.known);
    }

    #[test]
    fn a_bare_nationality_has_no_head() {
        let (p, _) = phrase_after("killed one British and two U.S. troops", "one");
        assert_eq!(p.noun, None);
    }

    #[test]
    fn a_plural_figure_counts_the_last_plural_word() {
        let (p, words) = phrase_after("after the two countries came to the brink", "two");
        assert_eq!(words, "two countries");
        assert_eq!(p.noun.as_deref(), Some("country"));
    }

    #[test]
    fn a_participle_ends_the_phrase() {
        let (p, words) = phrase_after(
            "was one of three accidents involving pedestrians in the city",
            "three",
        );
        assert_eq!(words, "three accidents");
        assert_eq!(p.noun.as_deref(), Some("accident"));
    }

    #[test]
    fn a_past_participle_ends_the_phrase() {
        let (p, words) = phrase_after("and 18 other personnel wounded at Camp Taji", "18");
        assert_eq!(words, "18 other personnel");
        assert_eq!(p.noun.as_deref(), Some("personnel"));
    }
}
