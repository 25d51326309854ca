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

/// Verbs of saying that a date may follow.
const SAYING: &[&str] = &[
    "said",
    "says",
    "told",
    "tells",
    "announced",
    "added",
    "stated",
    "reported",
    "confirmed",
];

/// True when a saying verb stands just before token `first`, alone or with
/// its addressee: "said on Tuesday", "told AFP late Tuesday", "told
/// reporters on Monday".
fn said_on(tokens: &[Token<'_>], first: usize) -> bool {
    let back: Vec<&str> = tokens[first.saturating_sub(3)..first]
        .iter()
        .rev()
        .map(Token::lower)
        .skip_while(|w| *w == "on")
        .collect();
    match back.as_slice() {
        [verb, ..] if SAYING.contains(verb) => true,
        [_, verb, ..] => SAYING.contains(verb),
        _ => false,
    }
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
    // "…, an official told AFP late Tuesday": the day something was said,
    // not the day of the event named before it.
    if said_on(tokens, first) {
        return None;
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

/// The event class of the event noun nearest to tokens `first..next` in the
/// sentence, before or after: what a figure's sentence is about ("the quake
/// killed 12", "12 died in the blast").
pub fn nearest(tokens: &[Token<'_>], first: usize, next: usize, lexicon: &Lexicon) -> Option<String> {
    let before = (0..first).rev().find_map(|k| class_at(tokens, k, lexicon).map(|c| (first - k, c)));
    let after = (next..tokens.len()).find_map(|k| class_at(tokens, k, lexicon).map(|c| (k + 1 - next, c)));
    match (before, after) {
        (Some(b), Some(a)) if a.0 < b.0 => Some(a.1.to_string()),
        (Some(b), _) => Some(b.1.to_string()),
        (None, Some(a)) => Some(a.1.to_string()),
        (None, None) => None,
    }
}
