//! What a figure is about beyond its noun, read once from the words around it
//! so comparison never reads text: the words near it (what a sum or share is
//! of) and of its sentence, every word of the sentence (to spot one agency's
//! copy), what happened to what it counts ("destroyed", "damaged"), a part of
//! the whole its sentence narrows it to ("in one village"), whose figure it is
//! ("Manning completed 28 of 41 passes"), and the event its sentence names.
//!
//! The states and part words come from a `scopes` rule in `rules/lexicon/`.

use serde::Deserialize;

use super::events;
use super::lexicon::{EntityKind, Lexicon, Mention};
use super::tokens::Token;
use crate::claim::{Claim, ClaimKind};
use crate::normalize::date::CALENDAR_WORDS;
use crate::normalize::rarity::zipf;
use crate::normalize::words::{WordSet, words};

/// Words either side of a figure that say what it is of or what happened to
/// it ("Germany's share of the bailout", "flattening seven villages").
const NEAR: usize = 8;
/// Words between "in" and the part it names ("in neighbouring Central Aceh
/// district").
const PART_REACH: usize = 4;
/// A capitalised word that opens a sentence names someone only when it is
/// this rare as an ordinary word ("Manning" does, "Police" does not).
const OPENER_NAME_ZIPF: f32 = 4.5;
/// Content words are at least this long ("said" and "that" say nothing
/// about what a figure counts; see also [`STOP`]).
const CONTENT_CHARS: usize = 4;

/// Words that say nothing about what a figure counts.
const STOP: &[&str] = &[
    "said", "says", "have", "has", "been", "were", "will", "would", "could", "that", "this",
    "with", "from", "they", "their", "them", "than", "then", "there", "which", "about", "more",
    "after", "before", "also", "into", "over", "when", "where", "while", "other", "some",
    "percent", "cent", "dlrs", "mln", "billion", "million", "thousand", "year", "years", "last",
    "first", "week", "month", "months", "today", "what", "reuter", "reuters", "told",
    "according",
];

/// A state of the things a figure counts and the word stems that say it.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct State {
    /// Its name ("destroyed").
    pub name: String,
    /// Beginnings of words that say it ("flatten", "level", "destr").
    pub stems: Vec<String>,
}

/// Parameters of a `scopes` rule.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScopeParams {
    /// States of what is counted: counts in different states count
    /// different sets.
    #[serde(default)]
    pub states: Vec<State>,
    /// Words that, after "in" before a figure, narrow it to a part of the
    /// whole ("in one village in X district, two died").
    #[serde(default)]
    pub parts: Vec<String>,
}

/// The compiled `scopes` rule.
#[derive(Debug, Clone, Default)]
pub struct Scopes {
    /// Rule id (empty when no rule is loaded).
    pub id: String,
    params: ScopeParams,
}

impl Scopes {
    /// Compile a `scopes` rule.
    pub fn new(id: String, params: ScopeParams) -> Self {
        Scopes { id, params }
    }

    /// The state said by the word of `words` nearest to position `at`.
    fn state_near(&self, words: &[String], at: usize) -> Option<String> {
        words
            .iter()
            .enumerate()
            .filter_map(|(i, w)| {
                let state = self
                    .params
                    .states
                    .iter()
                    .find(|s| s.stems.iter().any(|stem| w.starts_with(stem.as_str())))?;
                Some((i.abs_diff(at), &state.name))
            })
            .min_by_key(|&(distance, _)| distance)
            .map(|(_, name)| name.clone())
    }

    /// The part word after an "in" among `before` (the words before a
    /// figure), if any.
    fn part(&self, before: &[String]) -> Option<String> {
        before.iter().enumerate().find_map(|(i, w)| {
            if w != "in" {
                return None;
            }
            before[i + 1..]
                .iter()
                .take(PART_REACH)
                .find(|x| self.params.parts.contains(x))
                .cloned()
        })
    }
}

/// What one sentence offers every claim in it.
pub struct SentenceWords<'a> {
    /// The sentence text.
    pub text: &'a str,
    /// Its absolute start in the document.
    pub base: usize,
    /// Its tokens.
    pub tokens: &'a [Token<'a>],
    /// The gazetteer's mentions in it.
    pub mentions: &'a [Mention],
}

fn content(w: &str) -> bool {
    w.chars().count() >= CONTENT_CHARS
        && w.chars().all(char::is_alphabetic)
        && !STOP.contains(&w)
}

/// Give each claim of one sentence its scope: near and sentence words, copy
/// fingerprint, state, part, owner and event.
pub fn describe(
    sentence: &SentenceWords<'_>,
    claims: &mut [Claim],
    scopes: &Scopes,
    lexicon: &Lexicon,
) {
    let all = words(sentence.text);
    let copy = WordSet::of(all.iter().map(String::as_str));
    let sentence_words = WordSet::of(all.iter().map(String::as_str).filter(|w| content(w)));
    for claim in claims.iter_mut() {
        let start = claim.span.start - sentence.base;
        let end = claim.span.end - sentence.base;
        claim.copy = copy.clone();
        if matches!(claim.kind, ClaimKind::Quote) {
            continue;
        }
        let before = words(&sentence.text[..start]);
        let evidence = words(&sentence.text[start..end]).len();
        let from = before.len().saturating_sub(NEAR);
        let to = (before.len() + evidence + NEAR).min(all.len());
        let near: Vec<String> = all.get(from..to).map(<[String]>::to_vec).unwrap_or_default();
        let head = crate::extract::lexicon::singular(&claim.subject.head);
        claim.context.near = WordSet::of(
            near.iter()
                .map(String::as_str)
                .filter(|w| content(w) && crate::extract::lexicon::singular(w) != head),
        );
        claim.context.words = sentence_words.clone();
        if claim.kind == ClaimKind::Count {
            claim.context.state = scopes.state_near(&near, before.len() - from);
        }
        claim.context.part = scopes.part(&before);
        if matches!(claim.kind, ClaimKind::Count | ClaimKind::Quantity) {
            claim.context.owner = owner(sentence, start, claim, lexicon);
        }
        let first = sentence.tokens.partition_point(|t| t.start < start);
        let next = sentence.tokens.partition_point(|t| t.start < end);
        if claim.context.event.is_none() {
            claim.context.event = events::nearest(sentence.tokens, first, next, lexicon);
        }
    }
}

fn is_capitalised(word: &str) -> bool {
    word.starts_with(char::is_uppercase) && word.chars().any(char::is_lowercase)
}

/// Words a name's clause may put between it and its figure ("Manning
/// completed 28 passes", "the Red Sox have made a $200 million offer").
const OWNER_REACH: usize = 4;

/// Verbs of saying: a name before one is a source, not an owner.
const SAYING: &[&str] = &[
    "said", "says", "told", "tells", "reported", "reports", "announced", "estimated", "confirmed",
    "stated", "added", "according",
];

/// Whose figure it is: a name at most a few lower-case words before it in
/// its clause, that is neither a place, nor a date, nor a demonym, nor a
/// source ("Manning completed 28 of 41 passes", "Germany's share, $28bn").
/// A lone capitalised word opening the sentence is taken only as a
/// possessive ("Jets struck five depots" names no owner).
fn owner(
    sentence: &SentenceWords<'_>,
    start: usize,
    claim: &Claim,
    lexicon: &Lexicon,
) -> Option<String> {
    let tokens = sentence.tokens;
    let at = tokens.partition_point(|t| t.start < start);
    let base = sentence.base;
    let source = claim
        .attribution
        .as_ref()
        .map(|a| (a.span.start.saturating_sub(base), a.span.end.saturating_sub(base)));
    let place = |t: &Token<'_>| {
        sentence.mentions.iter().any(|m| {
            m.start <= t.start
                && t.end <= m.end
                && matches!(lexicon.kind(m.entity), EntityKind::Country | EntityKind::Place)
        })
    };
    let mut between = 0;
    let mut k = at;
    while k > 0 {
        k -= 1;
        let t = &tokens[k];
        let possessive = t.text.ends_with("'s") || t.text.ends_with("’s");
        let bare = t.text.trim_end_matches("'s").trim_end_matches("’s");
        if !is_capitalised(bare) {
            if !t.is_word() || SAYING.contains(&t.lower()) {
                return None;
            }
            between += 1;
            if between > OWNER_REACH {
                return None;
            }
            continue;
        }
        let lower = bare.to_lowercase();
        let mut first = k;
        while first > 0 && is_capitalised(tokens[first - 1].text) {
            first -= 1;
        }
        let lone_opener = first == 0 && first == k;
        let in_source = source.is_some_and(|(s, e)| s <= t.start && t.end <= e);
        let calendar = CALENDAR_WORDS.contains(&lower.as_str());
        let demonym = lexicon.demonym(bare).is_some();
        let said = tokens
            .get(k + 1)
            .is_some_and(|n| SAYING.contains(&n.lower()));
        if in_source
            || calendar
            || demonym
            || said
            || (place(t) && !possessive)
            || (lone_opener && !possessive && zipf(&lower) >= OPENER_NAME_ZIPF)
            || (lone_opener && !possessive)
        {
            return None;
        }
        let name = &sentence.text[tokens[first].start..t.end];
        return Some(name.trim_end_matches("'s").trim_end_matches("’s").to_string());
    }
    None
}
