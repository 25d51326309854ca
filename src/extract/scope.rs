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
    "said",
    "says",
    "have",
    "has",
    "been",
    "were",
    "will",
    "would",
    "could",
    "that",
    "this",
    "with",
    "from",
    "they",
    "their",
    "them",
    "than",
    "then",
    "there",
    "which",
    "about",
    "more",
    "after",
    "before",
    "also",
    "into",
    "over",
    "when",
    "where",
    "while",
    "other",
    "some",
    "percent",
    "cent",
    "dlrs",
    "mln",
    "billion",
    "million",
    "thousand",
    "year",
    "years",
    "last",
    "first",
    "week",
    "month",
    "months",
    "today",
    "what",
    "reuter",
    "reuters",
    "told",
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
    /// True in the article's first paragraphs.
    pub lede: bool,
}

fn content(w: &str) -> bool {
    w.chars().count() >= CONTENT_CHARS && w.chars().all(char::is_alphabetic) && !STOP.contains(&w)
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
    let mut previous_of = String::new();
    let name = |from: usize, to: usize| agent_key(sentence, from, to, lexicon);
    let lede_agents: Vec<String> = if sentence.lede {
        let mut found: Vec<String> = Vec::new();
        for (at, _) in events::all(sentence.tokens, lexicon) {
            if let Some(a) = events::agent_of(sentence.tokens, at, lexicon, &name)
                && !found.contains(&a)
            {
                found.push(a);
            }
        }
        found
    } else {
        Vec::new()
    };
    for claim in claims.iter_mut() {
        let start = claim.span.start - sentence.base;
        let end = claim.span.end - sentence.base;
        claim.copy = copy.clone();
        if matches!(claim.kind, ClaimKind::Quote) {
            continue;
        }
        // Places, actors and persons are not figures: no state, part or
        // owner; only where and whose event they are.
        let figure = !matches!(
            claim.kind,
            ClaimKind::Place | ClaimKind::Actor | ClaimKind::Person
        );
        let before = words(&sentence.text[..start]);
        let evidence = words(&sentence.text[start..end]).len();
        let from = before.len().saturating_sub(NEAR);
        let to = (before.len() + evidence + NEAR).min(all.len());
        let near: Vec<String> = all
            .get(from..to)
            .map(<[String]>::to_vec)
            .unwrap_or_default();
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
        if figure {
            claim.context.part = scopes.part(&before);
        }
        if matches!(claim.kind, ClaimKind::Count | ClaimKind::Quantity) {
            claim.context.owner = owner(sentence, start, claim, lexicon);
        }
        if matches!(claim.measure.as_str(), "percent" | "money") {
            let (of, inner_owner) = measured_of(sentence, start, end);
            // A conversion is of what the figure it converts is of.
            claim.subject.of = match of {
                Some(of) => of,
                None if !claim.subject.converts.is_empty() => previous_of.clone(),
                None => String::new(),
            };
            previous_of = claim.subject.of.clone();
            if claim.context.owner.is_none() {
                claim.context.owner = inner_owner;
            }
        }
        claim.context.lede = sentence.lede;
        claim.context.lede_agents = lede_agents.clone();
        let first = sentence.tokens.partition_point(|t| t.start < start);
        let next = sentence.tokens.partition_point(|t| t.start < end);
        if let Some((at, class)) = events::nearest(sentence.tokens, first, next, lexicon) {
            if claim.context.event_noun.is_none() {
                claim.context.event_noun = Some(class.to_string());
            }
            claim.context.agent = events::agent_of(sentence.tokens, at, lexicon, &name);
        }
    }
}

/// The agent named by tokens `from..to`: a country's code (from its name or
/// demonym), a known person's or body's canonical name, or the name as
/// written; never a place ("a Baghdad rocket attack" names where, not who),
/// a date, or a common word that only opens the sentence.
fn agent_key(
    sentence: &SentenceWords<'_>,
    from: usize,
    to: usize,
    lexicon: &Lexicon,
) -> Option<String> {
    let tokens = sentence.tokens;
    let (start, end) = (tokens[from].start, tokens[to - 1].end);
    let text = sentence.text[start..end]
        .trim_end_matches("'s")
        .trim_end_matches("’s");
    if let Some(code) = lexicon.demonym(text) {
        return Some(code.to_string());
    }
    if let Some(m) = sentence
        .mentions
        .iter()
        .find(|m| m.start <= start && start + text.len() <= m.end)
    {
        return match lexicon.kind(m.entity) {
            EntityKind::Country => Some(lexicon.code(m.entity).to_string()),
            EntityKind::Place => None,
            _ => Some(lexicon.name(m.entity).to_string()),
        };
    }
    let lower = text.to_lowercase();
    let single = from + 1 == to;
    if CALENDAR_WORDS.contains(&lower.as_str()) || (single && zipf(&lower) >= OPENER_NAME_ZIPF) {
        return None;
    }
    Some(text.to_string())
}

fn is_capitalised(word: &str) -> bool {
    word.starts_with(char::is_uppercase) && word.chars().any(char::is_lowercase)
}

/// Words a name's clause may put between it and its figure ("Manning
/// completed 28 passes", "the Red Sox have made a $200 million offer").
const OWNER_REACH: usize = 4;

/// Verbs of saying: a name before one is a source, not an owner.
const SAYING: &[&str] = &[
    "said",
    "says",
    "told",
    "tells",
    "reported",
    "reports",
    "announced",
    "estimated",
    "confirmed",
    "stated",
    "added",
    "according",
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
    let source = claim.attribution.as_ref().map(|a| {
        (
            a.span.start.saturating_sub(base),
            a.span.end.saturating_sub(base),
        )
    });
    let place = |t: &Token<'_>| {
        sentence.mentions.iter().any(|m| {
            m.start <= t.start
                && t.end <= m.end
                && matches!(
                    lexicon.kind(m.entity),
                    EntityKind::Country | EntityKind::Place
                )
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
        return Some(
            name.trim_end_matches("'s")
                .trim_end_matches("’s")
                .to_string(),
        );
    }
    None
}

/// Words that move a figure without saying what it is of ("shares fell 4
/// percent", "was down by about 5 percent").
const MOVES: &[&str] = &[
    "rose",
    "fell",
    "dropped",
    "jumped",
    "climbed",
    "gained",
    "lost",
    "declined",
    "increased",
    "decreased",
    "slipped",
    "slumped",
    "surged",
    "grew",
    "shrank",
    "was",
    "were",
    "is",
    "are",
    "by",
    "to",
    "about",
    "some",
    "nearly",
    "around",
    "down",
    "up",
    "almost",
    "roughly",
    "only",
    "just",
    "at",
    "of",
    "rise",
    "fall",
    "drop",
    "rises",
    "falls",
    "drops",
    "accounted",
    "for",
    "made",
    "makes",
    "represent",
    "represents",
    "represented",
];

/// Words that end the phrase a share or sum is of.
const PHRASE_ENDS: &[&str] = &[
    "in", "on", "at", "to", "from", "for", "by", "with", "and", "or", "but", "that", "which",
    "who", "as", "than", "since", "after", "before", "between", "across", "over", "under", "was",
    "were", "is", "are", "had", "has", "have", "will", "would", "could", "said",
];

/// Function words that stand before a head noun.
const DETERMINERS: &[&str] = &["the", "a", "an", "its", "their", "his", "her", "our", "all"];

/// Words that may stand between a figure and the noun it is "of" ("in
/// loans", "for the contract").
const LINKS: &[&str] = &["in", "for", "on", "of"];
/// How far back from a figure the noun whose move it measures may stand.
const MOVED_REACH: usize = 6;

/// What a share or a sum spanning `start..end` of the sentence is of: the
/// head of an "of" phrase after it ("of India's voice traffic": traffic, and
/// India as whose), else the noun right after it ("a $200 million offer",
/// "$28 billion in aid"), else the noun whose move or worth it measures
/// ("shares fell 4 percent", "the loan agreed on Monday is worth $1
/// billion"). A parenthesised conversion after the figure is skipped.
fn measured_of(
    sentence: &SentenceWords<'_>,
    start: usize,
    end: usize,
) -> (Option<String>, Option<String>) {
    let tokens = sentence.tokens;
    let singular = crate::extract::lexicon::singular;
    let mut next = tokens.partition_point(|t| t.start < end);
    // "80 billion euros ($112 billion) in loans"
    if tokens.get(next).is_some_and(|t| t.text == "(")
        && let Some(close) = tokens[next..].iter().position(|t| t.text == ")")
    {
        next += close + 1;
    }
    let lowercase_noun = |t: &Token<'_>| {
        t.is_word()
            && t.text.chars().all(|c| c.is_lowercase() || c == '-')
            && t.text.chars().count() > 2
            && !PHRASE_ENDS.contains(&t.lower())
            && !MOVES.contains(&t.lower())
            && !DETERMINERS.contains(&t.lower())
    };
    if let Some(t) = tokens.get(next)
        && LINKS.contains(&t.lower())
    {
        let mut head = None;
        let mut whose = None;
        for t in tokens[next + 1..].iter().take(6) {
            let lower = t.lower();
            if !t.is_word() || (PHRASE_ENDS.contains(&lower) && head.is_some()) {
                break;
            }
            if DETERMINERS.contains(&lower) || PHRASE_ENDS.contains(&lower) {
                continue;
            }
            if t.text.ends_with("'s") || t.text.ends_with("’s") {
                whose = Some(
                    t.text
                        .trim_end_matches("'s")
                        .trim_end_matches("’s")
                        .to_string(),
                );
                continue;
            }
            if lower.chars().all(char::is_alphabetic) {
                head = Some(singular(lower));
            }
        }
        return (head, whose);
    }
    if let Some(t) = tokens.get(next).filter(|t| lowercase_noun(t)) {
        return (Some(singular(t.lower())), None);
    }
    let first = tokens.partition_point(|t| t.start < start);
    let mut moved = false;
    for t in tokens[..first].iter().rev().take(MOVED_REACH) {
        if !t.is_word() {
            break;
        }
        let lower = t.lower();
        if MOVES.contains(&lower)
            || matches!(
                lower,
                "worth"
                    | "valued"
                    | "totalling"
                    | "totaling"
                    | "amounting"
                    | "costing"
                    | "cost"
                    | "costs"
            )
        {
            moved = true;
            continue;
        }
        if moved && lowercase_noun(t) && !lower.ends_with("ed") {
            return (Some(singular(lower)), None);
        }
    }
    (None, None)
}
