//! Which event a date or time is about: "launched airstrikes … early Friday"
//! dates the strikes; "Wednesday’s rocket attack" and "the Jan. 3 killing"
//! date what follows; "on Thursday launched airstrikes" dates the strikes
//! through a verb that carries them out, but "on Thursday threatened a
//! strike" does not.
//!
//! In: a sentence's tokens and the token range of a date or time. Out: the
//! event class of the noun it is attached to, from the lexicon's event nouns.

use super::lexicon::Lexicon;
use super::tokens::Token;

/// How far back in the sentence an event noun may stand.
const BACK: usize = 25;
/// How many words may stand between a date and an event noun after it.
const GAP: usize = 3;

/// The event class of token `k` (or of `k` with the next token, for two-word
/// nouns such as "rocket attack").
fn class_at<'l>(tokens: &[Token<'_>], k: usize, lexicon: &'l Lexicon) -> Option<&'l str> {
    if let Some(next) = tokens.get(k + 1) {
        let two = format!("{} {}", tokens[k].text, next.text);
        if let Some(class) = lexicon.event_class(&two) {
            return Some(class);
        }
    }
    lexicon.event_class(tokens[k].text.trim_end_matches("’s").trim_end_matches("'s"))
}

/// The event a date or time spanning tokens `first..next` is about.
pub fn event_of(
    tokens: &[Token<'_>],
    first: usize,
    next: usize,
    lexicon: &Lexicon,
) -> Option<String> {
    // Directly before an event noun: "Wednesday’s rocket attack", "the Jan. 3 killing".
    if next < tokens.len()
        && let Some(class) = class_at(tokens, next, lexicon)
    {
        return Some(class.to_string());
    }
    // An event noun earlier in the sentence: "launched airstrikes … early Friday".
    let start = first.saturating_sub(BACK);
    for k in (start..first).rev() {
        if let Some(class) = class_at(tokens, k, lexicon) {
            return Some(class.to_string());
        }
    }
    // After a verb that carries it out: "on Thursday launched airstrikes".
    let mut k = next;
    while k < tokens.len() && k <= next + GAP {
        let token = &tokens[k];
        if !token.is_word() {
            return None;
        }
        if let Some(class) = class_at(tokens, k, lexicon) {
            return Some(class.to_string());
        }
        if token.lower().ends_with("ed") && !lexicon.is_event_verb(token.text) {
            return None;
        }
        k += 1;
    }
    None
}
