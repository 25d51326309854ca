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
use crate::language::{
    self, CONTENT_STOPWORDS, DETERMINERS, LINKS, MOVES, NAME_PLACE_MARKERS, OBJECT_MARKERS,
    PHRASE_ENDS, PLACE_TYPES, SAYING, SHARE_PHRASE_ENDS,
};
use crate::normalize::rarity::zipf;
use crate::normalize::words::{WordSet, word_ranges, words};

/// Words either side of a figure that say what it is of or what happened to
/// it ("Germany's share of the bailout", "flattening seven villages").
const NEAR: usize = 8;
/// Words between "in" and the part it names ("in neighbouring Central Aceh
/// district").
const PART_REACH: usize = 4;
/// A capitalised word that opens a sentence names someone only when it is
/// this rare as an ordinary word ("Manning" does, "Police" does not).
pub(crate) const OPENER_NAME_ZIPF: f32 = 4.5;

/// True when a word in lower case is rare enough as an ordinary word to be
/// a name's ("okafor", "haldeman"; not "police", "update").
pub(crate) fn rare_as_a_word(lower: &str) -> bool {
    zipf(lower) < OPENER_NAME_ZIPF
}
/// Content words are at least this long ("said" and "that" say nothing
/// about what a figure counts; see also `content-stopwords.tsv`).
const CONTENT_CHARS: usize = 4;

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
    /// Phrases that place a sentence in the past of its article ("last
    /// year", "earlier this year", "a similar outage"): its figures are about
    /// an earlier event, even where no date says which.
    #[serde(default)]
    pub past: Vec<String>,
    /// Longer phrases beginning with one of `past` that name the last hours
    /// or days ("in the past 24 hours"): they place a sentence in the
    /// article's own happening, not before it.
    #[serde(default)]
    pub recent: Vec<String>,
    /// Words that, shortly before a figure in its clause, say it is of what
    /// may or will happen, not of what happened ("could miss the next three
    /// matches", "would reach 100"); matched as written, so "May" the month
    /// and "Will" the name are no such words.
    #[serde(default)]
    pub prospect: Vec<String>,
    /// Words that, shortly before a figure in its clause, say it is an
    /// earlier figure since revised ("initially put the toll at 12", "said
    /// earlier that 12 were killed"); matched in any case.
    #[serde(default)]
    pub superseded: Vec<String>,
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
                // After the figure, a verb with an object of its own ("crews
                // with fire engines fought the blaze, which destroyed the
                // warehouse") says what something else did, not the counted
                // things' state.
                let own_object =
                    i > at && words.get(i + 1).is_some_and(|n| DETERMINERS.contains(n));
                (!own_object).then_some((i.abs_diff(at), &state.name))
            })
            .min_by_key(|&(distance, _)| distance)
            .map(|(_, name)| name.clone())
    }

    /// The phrases of the rule that place a sentence in the past, with the
    /// byte offset of each occurrence in `text`.
    fn looking_back(&self, text: &str) -> Vec<(usize, String)> {
        let lower = text.to_lowercase();
        // Lower-casing keeps byte offsets only for ASCII-case text; where it
        // does not, the phrases are not placed.
        if lower.len() != text.len() {
            return Vec::new();
        }
        let mut found = Vec::new();
        for phrase in &self.params.past {
            for (at, _) in lower.match_indices(phrase.as_str()) {
                let bounded = |i: usize| {
                    lower[..i]
                        .chars()
                        .last()
                        .is_none_or(|c| !c.is_alphanumeric())
                };
                let after = at + phrase.len();
                let ends = lower[after..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphanumeric());
                let recent = self
                    .params
                    .recent
                    .iter()
                    .any(|r| lower[at..].starts_with(r.as_str()));
                if bounded(at) && ends && !recent {
                    found.push((at, phrase.clone()));
                }
            }
        }
        found.sort();
        found
    }

    /// The word of `prospect` in `clause` (the last few words before a
    /// figure in its clause, see [`clause_before`]), if any. A figure
    /// right after "of" names a set that is there already ("will compensate
    /// the families of 12 people killed").
    fn prospect(&self, clause: &str) -> Option<String> {
        if clause
            .rsplit(' ')
            .next()
            .is_some_and(|w| w.eq_ignore_ascii_case("of"))
        {
            return None;
        }
        phrase_in(clause, &self.params.prospect)
    }

    /// The word of `superseded` in `clause`, in any case, if any.
    fn superseded(&self, clause: &str) -> Option<String> {
        phrase_in(&clause.to_lowercase(), &self.params.superseded)
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

/// How many words before a figure a word of what may happen, or of an
/// earlier figure, is looked for.
const PROSPECT_REACH: usize = 8;

/// The last few words of `before` (a sentence up to a figure) inside the
/// figure's clause, joined by single spaces.
fn clause_before(before: &str) -> String {
    let clause = before
        .rsplit([',', ';', ':', '(', '—', '“', '"'])
        .next()
        .unwrap_or(before);
    let words: Vec<&str> = clause.split_whitespace().collect();
    words[words.len().saturating_sub(PROSPECT_REACH)..].join(" ")
}

/// The first of `phrases` that stands as whole words in `words`.
fn phrase_in(words: &str, phrases: &[String]) -> Option<String> {
    phrases.iter().find(|p| stands_in(words, p)).cloned()
}

/// True when `phrase` stands in `words` between spaces or the ends: what
/// `" {words} "` holding `" {phrase} "` says, without building either.
fn stands_in(words: &str, phrase: &str) -> bool {
    let starts = std::iter::once(0).chain(words.match_indices(' ').map(|(i, _)| i + 1));
    starts.into_iter().any(|at| {
        words[at..]
            .strip_prefix(phrase)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
    })
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
    w.chars().count() >= CONTENT_CHARS
        && w.chars().all(char::is_alphabetic)
        && !CONTENT_STOPWORDS.contains(w)
}

/// Give each claim of one sentence its scope: near and sentence words, copy
/// fingerprint, state, part, owner and event.
pub fn describe(
    sentence: &SentenceWords<'_>,
    claims: &mut [Claim],
    scopes: &Scopes,
    lexicon: &Lexicon,
) {
    if claims.is_empty() {
        return;
    }
    let ranges: Vec<std::ops::Range<usize>> = word_ranges(sentence.text).collect();
    let all = words(sentence.text);
    let past = scopes.looking_back(sentence.text);
    let copy = WordSet::of(all.iter().map(String::as_str));
    let sentence_words = WordSet::of(all.iter().map(String::as_str).filter(|w| content(w)));
    let mut previous_of = String::new();
    let weekday = events::weekday(sentence.tokens);
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
        // The words before the figure, and those of its evidence.
        let before = &all[..ranges.partition_point(|r| r.start < start)];
        let evidence = ranges.partition_point(|r| r.start < end) - before.len();
        let from = before.len().saturating_sub(NEAR);
        let to = (before.len() + evidence + NEAR).min(all.len());
        let near: &[String] = all.get(from..to).unwrap_or_default();
        let head = crate::extract::lexicon::singular(&claim.subject.head);
        claim.context.near = WordSet::of(
            near.iter()
                .map(String::as_str)
                .filter(|w| content(w) && crate::extract::lexicon::singular(w) != head),
        );
        claim.context.words = sentence_words.clone();
        if claim.kind == ClaimKind::Count {
            claim.context.state = scopes.state_near(near, before.len() - from);
        }
        if figure {
            claim.context.part = scopes.part(before);
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
        if matches!(
            claim.kind,
            ClaimKind::Count | ClaimKind::Quantity | ClaimKind::Casualties
        ) {
            let clause = clause_before(&sentence.text[..start]);
            claim.context.prospect = scopes.prospect(&clause);
            claim.context.superseded = scopes.superseded(&clause);
        }
        claim.context.lede = sentence.lede;
        if claim.context.when.is_none() {
            claim.context.weekday = weekday;
        }
        // A phrase before the figure places it ("Last month, the frigate
        // rescued two vessels"); one after it only within its clause.
        claim.context.past = past
            .iter()
            .find(|(at, _)| {
                *at < start
                    || sentence
                        .text
                        .get(end..*at)
                        .is_some_and(|between| !between.contains([',', ';', ':']))
            })
            .map(|(_, phrase)| phrase.clone());
        if claim.context.owner.is_none()
            && matches!(claim.kind, ClaimKind::Count | ClaimKind::Quantity)
        {
            claim.context.names = named_before(sentence, start, lexicon);
        }
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

/// Words at least this frequent are in the English frequency table: a lone
/// one opening a sentence is an ordinary word, not a name.
const LISTED_ZIPF: f32 = 3.0;
/// Tokens before a figure searched for a name that may own it.
const NAMES_REACH: usize = 12;
/// A name just before a figure in its clause (at most [`NAMES_REACH`]
/// tokens back) that may own it: a capitalised run that is not a place (by
/// the gazetteer, or after "in", "near", "the village of"…), a date, a
/// demonym, a common word that only opens the sentence ("In", "Officials"),
/// or the source ("X said"). A count or a sum after such a name, whose owner
/// could not be told, may be that person's or team's ("Earl Clark finished
/// with 25 points and 16 rebounds").
fn named_before(sentence: &SentenceWords<'_>, start: usize, lexicon: &Lexicon) -> Option<String> {
    let tokens = sentence.tokens;
    let at = tokens.partition_point(|t| t.start < start);
    let from = at.saturating_sub(NAMES_REACH);
    let mut k = at;
    while k > from {
        k -= 1;
        let t = &tokens[k];
        if matches!(t.text, "," | ";" | ":" | "(" | ")" | "“" | "”" | "\"")
            || SAYING.contains(t.lower())
        {
            return None;
        }
        if !(t.is_word() && is_capitalised(t.text)) {
            continue;
        }
        let end = k + 1;
        let mut first = k;
        while first > 0 && tokens[first - 1].is_word() && is_capitalised(tokens[first - 1].text) {
            first -= 1;
        }
        // "In Ravenna", "Officials": common words that open a run are not
        // part of a name; nor is a lone English word opening the sentence
        // ("Jets struck five depots").
        while first < end && zipf(tokens[first].lower()) >= OPENER_NAME_ZIPF {
            first += 1;
        }
        if first == 0 && end == 1 && zipf(tokens[0].lower()) >= LISTED_ZIPF {
            first = end;
        }
        k = first.min(k);
        if first == end {
            continue;
        }
        let (s0, e0) = (tokens[first].start, tokens[end - 1].end);
        let text = &sentence.text[s0..e0];
        let lower = text.to_lowercase();
        let place = sentence.mentions.iter().any(|m| {
            m.start <= s0
                && e0 <= m.end
                && matches!(
                    lexicon.kind(m.entity),
                    EntityKind::Country | EntityKind::Place
                )
        });
        let before = |n: usize| first.checked_sub(n).map(|i| tokens[i].lower());
        // "in Ravenna", "the town of Alden", and "Gulf" of "the Gulf of
        // Marsa": a place's name or kind.
        let located = before(1).is_some_and(|w| NAME_PLACE_MARKERS.contains(w))
            || (before(1) == Some("of") && before(2).is_some_and(|w| PLACE_TYPES.contains(w)))
            || PLACE_TYPES.contains(&lower);
        let object = before(1).is_some_and(|w| OBJECT_MARKERS.contains(w));
        let said = tokens.get(end).is_some_and(|t| SAYING.contains(t.lower()));
        let calendar = language::is_calendar_word(&lower);
        if !(place || located || object || said || calendar || lexicon.demonym(text).is_some()) {
            return Some(text.to_string());
        }
    }
    None
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
    if language::is_calendar_word(&lower) || (single && zipf(&lower) >= OPENER_NAME_ZIPF) {
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
            if !t.is_word() || SAYING.contains(t.lower()) {
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
        // "Yesterday Brandco's shares": a day opening the run is no part of the
        // name.
        let opening = first;
        while first < k && language::is_calendar_word(tokens[first].lower()) {
            first += 1;
        }
        // Only punctuation before it (an opening quotation mark): it opens
        // the sentence.
        let opens = tokens[..opening].iter().all(|t| !t.is_word());
        let lone_opener = opens && first == k;
        // "a frigate in the Gulf of Marsa attacked two boats": the end of a
        // name with "of" inside it, or a name just after "in", "near",
        // "off"…, is where, not who ("load factor at Pan Am rose two points"
        // is Pan Am's).
        let complement = first > 0 && {
            let before = tokens[first - 1].lower();
            let inside_name = before == "of" && first > 1 && is_capitalised(tokens[first - 2].text);
            let where_ = matches!(
                before,
                "in" | "near" | "off" | "inside" | "outside" | "across"
            );
            inside_name || where_
        };
        let in_source = source.is_some_and(|(s, e)| s <= t.start && t.end <= e);
        let calendar = language::is_calendar_word(&lower);
        let demonym = lexicon.demonym(bare).is_some();
        let said = tokens
            .get(k + 1)
            .is_some_and(|n| SAYING.contains(n.lower()));
        if in_source
            || calendar
            || demonym
            || said
            || ((place(t) || complement) && !possessive)
            || (lone_opener && !possessive && zipf(&lower) >= LISTED_ZIPF)
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

/// How far back from a figure the noun whose move it measures may stand.
const MOVED_REACH: usize = 6;

/// What a share or a sum spanning `start..end` of the sentence is of: the
/// head of an "of" phrase after it ("of India's voice traffic": traffic, and
/// India as whose), else the noun right after it ("a $200 million offer",
/// "$28 billion in aid"), else the noun whose move or worth it measures
/// ("shares fell 4 percent", "the loan agreed on Monday is worth $1
/// billion"); a rate is "per" what follows ("$5 per share": per share). A
/// parenthesised conversion after the figure is skipped.
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
            && !SHARE_PHRASE_ENDS.contains(t.lower())
            && !MOVES.contains(t.lower())
            && !DETERMINERS.contains(t.lower())
    };
    // "a $9 billion-per-year arm", "a $5 million-a-year deal": the rate
    // written onto the figure's last word.
    let glued = next
        .checked_sub(1)
        .and_then(|k| tokens.get(k))
        .filter(|t| t.end > end && t.start < end)
        .and_then(|t| {
            let rest = t.text.get(end - t.start..)?.to_lowercase();
            let unit = rest
                .strip_prefix("-per-")
                .or_else(|| rest.strip_prefix("-a-"))?;
            unit.chars()
                .all(char::is_alphabetic)
                .then(|| unit.to_string())
        });
    if let Some(unit) = glued {
        return (Some(format!("per {}", singular(&unit))), None);
    }
    // "12.40 dlrs per share", "$100 million a year": a rate, of one of
    // what follows "per" or the article ("a year ago" is when).
    let per = tokens.get(next).is_some_and(|t| t.lower() == "per");
    let article = tokens
        .get(next)
        .is_some_and(|t| matches!(t.lower(), "a" | "an"));
    if (per || article)
        && let Some(unit) = tokens.get(next + 1).filter(|t| lowercase_noun(t))
        && (per
            || tokens
                .get(next + 2)
                .is_none_or(|t| !crate::language::RATE_BREAKERS.contains(t.lower())))
    {
        return (Some(format!("per {}", singular(unit.lower()))), None);
    }
    if let Some(t) = tokens.get(next)
        && LINKS.contains(t.lower())
    {
        let mut head = None;
        let mut whose = None;
        for (k, t) in tokens.iter().enumerate().skip(next + 1).take(6) {
            let lower = t.lower();
            let adverb = crate::language::VERB_ADVERBS.contains(lower);
            let be = crate::language::is_be_or_auxiliary(t.text, lower);
            // After the noun, a verb or an adverb in "-ly" ends the phrase
            // ("half of the crews gave up", "of the boats quickly sank",
            // "the cars tested failed"); an "-ed" word before a noun in lower
            // case still modifies it after a word that is no plural ("of the
            // senior subordinated notes"). "First" and "later" are as often
            // adjectives ("last year's first quarter").
            let ends_phrase = head.is_some() && {
                let before = tokens[k - 1].lower();
                let plural = before.len() > 3
                    && before.ends_with('s')
                    && !before.ends_with("ss")
                    && !before.ends_with("us")
                    && !before.ends_with("is")
                    && !crate::language::is_function_word(before);
                let modifies = !plural
                    && tokens.get(k + 1).is_some_and(|n| {
                        n.is_word()
                            && n.text.starts_with(char::is_lowercase)
                            && !crate::language::is_function_word(n.text)
                    });
                (lower.len() > 4 && lower.ends_with("ed") && !modifies)
                    || crate::language::IRREGULAR_PAST.contains(lower)
                    || be
                    || (adverb && lower.ends_with("ly"))
                    || MOVES.contains(lower)
                    || SHARE_PHRASE_ENDS.contains(lower)
            };
            if !t.is_word() || ends_phrase {
                break;
            }
            // Before it, no determiner, adverb or form of "be" is its head
            // ("of all those later sent", "of some being placed").
            if DETERMINERS.contains(lower) || SHARE_PHRASE_ENDS.contains(lower) || adverb || be {
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
    // "$100 million worth of crude oil"
    if tokens.get(next).is_some_and(|t| t.lower() == "worth")
        && tokens.get(next + 1).is_some_and(|t| t.lower() == "of")
    {
        let head = tokens[next + 2..]
            .iter()
            .take(6)
            .take_while(|t| t.is_word() && !PHRASE_ENDS.contains(t.lower()))
            .filter(|t| lowercase_noun(t))
            .last();
        return (head.map(|t| singular(t.lower())), None);
    }
    if let Some(t) = tokens
        .get(next)
        .filter(|t| lowercase_noun(t) && !t.lower().ends_with("ed") && !t.lower().ends_with("ing"))
    {
        return (Some(singular(t.lower())), None);
    }
    let first = tokens.partition_point(|t| t.start < start);
    let mut moved = false;
    for t in tokens[..first].iter().rev().take(MOVED_REACH) {
        if !t.is_word() {
            break;
        }
        let lower = t.lower();
        if MOVES.contains(lower)
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
        // "its bid, reportedly worth $5 million", "fees are now at 7
        // pct": an adverb is no noun, and what stands before it may be
        // any word ("on sale immediately at", "put officially at").
        if moved && t.text == lower && crate::language::VERB_ADVERBS.contains(lower) {
            break;
        }
        if moved && lowercase_noun(t) && !lower.ends_with("ed") {
            return (Some(singular(lower)), None);
        }
    }
    (None, None)
}
