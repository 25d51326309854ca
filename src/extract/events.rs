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
use crate::language::{
    AFTER_SAYING, AGENT_BREAKS, EVENT_IDIOMS, EVENT_ORDER, PRONOUNS_BACK, SAYING, STATE_BOUNDS,
    UTTERANCE_NOUNS,
};

/// How far back in the sentence an event noun may stand.
const BACK: usize = 25;
/// How many words may stand between a date and an event noun after it.
const GAP: usize = 3;

/// The event class of token `k` (or of `k` with the next token, for two-word
/// nouns such as "rocket attack").
fn class_at<'l>(tokens: &[Token<'_>], k: usize, lexicon: &'l Lexicon) -> Option<&'l str> {
    // "opened fire", "under fire", "a storm of protest": an idiom names
    // its own event, or none (`event-idioms.tsv`), from its first word on;
    // read only next to a noun that names an event, as most words are not.
    let word = tokens[k].lower();
    if let Some(next) = tokens.get(k + 1)
        && noun_class_at(tokens, k + 1, lexicon).is_some()
        && let Some(idiom) = EVENT_IDIOMS.field(&format!("{word} {}", next.lower()), 1)
    {
        return (idiom != "none").then_some(idiom);
    }
    let class = noun_class_at(tokens, k, lexicon)?;
    let before = k
        .checked_sub(1)
        .map(|p| format!("{} {word}", tokens[p].lower()));
    let after = tokens.get(k + 1).map(|n| format!("{word} {}", n.lower()));
    match [before, after]
        .into_iter()
        .flatten()
        .find_map(|phrase| EVENT_IDIOMS.field(&phrase, 1))
    {
        Some(idiom) => (idiom != "none").then_some(idiom),
        None => Some(class),
    }
}

/// The event class of the noun at token `k` (or of `k` with the next
/// token), whatever words stand around it.
fn noun_class_at<'l>(tokens: &[Token<'_>], k: usize, lexicon: &'l Lexicon) -> Option<&'l str> {
    let word = tokens[k].lower();
    if lexicon.opens_compound(word)
        && let Some(next) = tokens.get(k + 1)
        && let Some(class) = lexicon.event_class(&format!("{word} {}", next.lower()))
    {
        return Some(class);
    }
    let noun = ["’s", "'s"]
        .iter()
        .find_map(|s| word.strip_suffix(s))
        .unwrap_or(word);
    lexicon.event_class(noun)
}

/// True when the sentence points back at the event of the one before it
/// with a demonstrative before an event noun: "seven were killed in those
/// bombings", "after that attack".
pub fn points_back(tokens: &[Token<'_>], lexicon: &Lexicon) -> bool {
    (1..tokens.len()).any(|k| {
        PRONOUNS_BACK.contains(tokens[k - 1].lower()) && class_at(tokens, k, lexicon).is_some()
    })
}

/// True when the date or place on tokens `first..next` says when or where
/// something was said: a saying verb stands just before it, alone, with its
/// addressee after a verb of telling, or with a word of `after-saying.tsv`
/// or a day ("said on Tuesday", "told AFP late Tuesday", "said yesterday in
/// Marsk"); or it opens the sentence before a short subject and a saying
/// verb ("Last night, Ana Ruiz reported that"). Not "said peasants in
/// Marsk", "said that on Tuesday": what follows is what was said.
pub fn said_on(tokens: &[Token<'_>], first: usize, next: usize) -> bool {
    told_whom(tokens, first)
        || said_just_before(tokens, first, next)
        || said_by_name_before(tokens, first)
        || opens_a_saying(tokens, first, next)
        || restates_a_day_of_saying(tokens, first)
}

/// '“…,” said Tom Pike yesterday': a verb of saying after a comma or a
/// closing mark (a single one after a comma), then its speaker's name (up
/// to `MAX_NAME_WORDS` words in capitals), then the date.
fn said_by_name_before(tokens: &[Token<'_>], first: usize) -> bool {
    let end = first - usize::from(first > 0 && tokens[first - 1].lower() == "on");
    (end.saturating_sub(MAX_NAME_WORDS + 1)..end.saturating_sub(1)).any(|verb| {
        // A closing mark, or a comma, before the verb; a single mark only
        // after a comma ('‘…,’ said Tom Pike').
        let mark = |k: usize| tokens[k].text;
        let closes = verb > 0
            && (matches!(mark(verb - 1), "," | "”" | "\"")
                || (verb > 1 && matches!(mark(verb - 1), "’" | "'") && mark(verb - 2) == ","));
        closes
            && SAYING.contains(tokens[verb].lower())
            && tokens[verb + 1..end]
                .iter()
                .all(|t| t.is_word() && t.text.starts_with(char::is_uppercase))
            && !tokens[verb + 1..end]
                .iter()
                .any(|t| crate::language::is_calendar_word(t.lower()))
    })
}

/// The most words of a speaker's name between an inverted verb of saying
/// and its date.
const MAX_NAME_WORDS: usize = 4;

/// "announced today (4 November 2011)": a date in brackets right after a
/// day of saying restates that day.
fn restates_a_day_of_saying(tokens: &[Token<'_>], first: usize) -> bool {
    first >= 2
        && tokens[first - 1].text == "("
        && crate::language::is_calendar_word(tokens[first - 2].lower())
        && said_on(tokens, first - 2, first - 1)
}

/// "Last night, Ana Ruiz reported that …", "On Tuesday, police said …": a
/// day that opens the sentence (after words of `after-saying.tsv` at most),
/// set off by a comma before a subject of a few words and a verb of saying,
/// is the day of the saying. A longer period ("Last year, the firm reported
/// a loss") still dates what was reported; a subject that opens a clause of
/// its own ("On Tuesday, the man who said") does not say; nor does a verb set
/// off by commas ("On May 3, the firm said, it sold …": the day of what it
/// said).
fn opens_a_saying(tokens: &[Token<'_>], first: usize, next: usize) -> bool {
    let opens = first <= MAX_OPENING_WORDS
        && tokens[..first]
            .iter()
            .all(|t| AFTER_SAYING.contains(t.lower()));
    if !opens
        || next <= first
        || tokens.get(next).is_none_or(|t| t.text != ",")
        || !names_a_day(&tokens[first..next])
    {
        return false;
    }
    let subject = &tokens[next + 1..];
    let Some(verb) = subject
        .iter()
        .take(MAX_SUBJECT_WORDS + 1)
        .position(|t| SAYING.contains(t.lower()))
    else {
        return false;
    };
    verb > 0
        && subject[verb].lower() != "according"
        && subject.get(verb + 1).is_none_or(|t| t.text != ",")
        && subject[..verb].iter().all(|t| {
            let w = t.lower();
            t.text.starts_with(char::is_alphabetic)
                && (!crate::language::NOT_SOURCE.contains(w)
                    || crate::language::PERSONAL_PRONOUNS.contains(w))
        })
}

/// Words that may stand before a date opening a sentence ("Late on
/// Tuesday, …").
const MAX_OPENING_WORDS: usize = 2;
/// The most words of a subject between an opening date and its verb of
/// saying ("On Tuesday, the state news agency said").
const MAX_SUBJECT_WORDS: usize = 4;

/// True when a date's tokens name a day ("Tuesday", "last night", "Feb.
/// 3", "yesterday"), not a longer period ("last year", "in 2009").
fn names_a_day(date: &[Token<'_>]) -> bool {
    let day_of_month = date
        .iter()
        .any(|t| t.text.len() <= 2 && t.text.bytes().all(|b| b.is_ascii_digit()));
    day_of_month
        || date.iter().any(|t| {
            let w = t.lower().trim_end_matches("'s").trim_end_matches("’s");
            crate::language::is_day_word(w) || w == "night"
        })
}

/// "told the Marsk Echo last year", "told a news conference today",
/// "announced the news Friday": a verb of telling and whom it told, or a verb
/// of saying marked `object` and what was said (ending in a word of
/// `utterance-nouns.tsv`). Either is a noun phrase of a few words that opens
/// with an article or a name and has no other article, no pronoun and no
/// "be" in it ("told police a man on Tuesday", "told the BBC he is happy in
/// Spain" go on with what was said).
fn told_whom(tokens: &[Token<'_>], first: usize) -> bool {
    // The addressee, "on" before the date and "to" before the addressee.
    let from = first.saturating_sub(MAX_ADDRESSEE_WORDS + 2);
    let what = first - usize::from(first > 0 && tokens[first - 1].lower() == "on");
    let says_what = |k: usize| {
        k + 1 < what
            && SAYING.field(tokens[k].lower(), 1) == Some("object")
            && UTTERANCE_NOUNS.contains(tokens[what - 1].lower())
    };
    // "confirmed to the Marsk Echo on Friday": a verb of saying in the
    // active voice with "to" before whom it was said to; not "added to the
    // pressure" or "according to", nor "would be reported to the summit".
    // Not a verb inside what another said ("Pike said Okafor reported to
    // the chief in 2009"), nor one after a form of "be" over an adverb
    // ("was first reported to the police on Friday").
    let said_to = |k: usize| {
        let word = tokens[k].lower();
        let passive = tokens[k.saturating_sub(2)..k]
            .iter()
            .any(|t| crate::language::BE.contains(t.lower()));
        SAYING.contains(word)
            && !matches!(word, "added" | "according")
            && tokens.get(k + 1).is_some_and(|t| t.lower() == "to")
            && !passive
            && !tokens[..k].iter().any(|t| SAYING.contains(t.lower()))
    };
    let Some(verb) = (from..first).rev().find(|&k| {
        SAYING.field(tokens[k].lower(), 1) == Some("addressee") || says_what(k) || said_to(k)
    }) else {
        return false;
    };
    // "told the conference the 1979 agreement …", "told reporters
    // yesterday's meeting …", "told the assembly spending in 1988 was …":
    // a date that names a thing or opens a clause is what was said.
    let Some(date) = tokens.get(first) else {
        return false;
    };
    let clause = tokens
        .iter()
        .skip(first + 1)
        .take(2)
        .any(|t| crate::language::is_be_or_auxiliary(t.text, t.lower()));
    if crate::language::ARTICLES.contains(date.lower())
        || date.lower().ends_with("'s")
        || date.lower().ends_with("’s")
        || clause
    {
        return false;
    }
    let mut whom = &tokens[verb + 1 + usize::from(said_to(verb))..first];
    if whom.last().is_some_and(|t| t.lower() == "on") {
        whom = &whom[..whom.len() - 1];
    }
    let article = |t: &Token<'_>| crate::language::ARTICLES.contains(t.lower());
    (2..=MAX_ADDRESSEE_WORDS).contains(&whom.len())
        && whom.iter().all(|t| {
            let w = t.lower();
            t.is_word()
                && w != "that"
                && !SAYING.contains(w)
                // "told us on Friday"; "Us Weekly" is a name.
                && (t.text.starts_with(char::is_uppercase)
                    || !crate::language::PERSONAL_PRONOUNS.contains(w))
                && !crate::language::BE.contains(w)
        })
        && (article(&whom[0]) || whom[0].text.starts_with(char::is_uppercase))
        && !whom[1..].iter().any(article)
}

/// The most words of whom a verb of telling told, before a date of saying.
const MAX_ADDRESSEE_WORDS: usize = 5;

/// A verb of saying right before token `first`, over "on" and one word
/// (see [`said_on`]), or over a short phrase that says where or in what it
/// was said ("announced on Twitter today", "said in a statement Tuesday").
fn said_just_before(tokens: &[Token<'_>], first: usize, next: usize) -> bool {
    said_next_to(tokens, first) || said_in_before(tokens, first, next)
}

/// "said in a statement Tuesday", "announced on Twitter today": a verb of
/// saying, a word of `locatives.tsv` and up to `MEDIUM_WORDS` words with
/// no verb of saying, "that", pronoun, form of "be", figure or word of the
/// calendar among them, then the date (after "on" or not). A figure makes
/// the phrase a value and the date its day ("estimated at 80,000 tonnes in
/// 1986"), as does a date that goes on from the phrase ("reported at the
/// end of 1986", "at the end of last year") or is a possessive ("in the
/// days before Friday's vote"). A passive report's date is its event's ("a
/// fire was reported at the depot on Tuesday").
fn said_in_before(tokens: &[Token<'_>], first: usize, next: usize) -> bool {
    let of = |k: usize| tokens.get(k).is_some_and(|t| t.lower() == "of");
    let possessive = tokens[first..next.min(tokens.len())]
        .iter()
        .chain(tokens.get(next))
        .any(|t| t.text.ends_with("'s") || t.text.ends_with("’s"));
    if of(first) || (first > 0 && of(first - 1)) || possessive {
        return false;
    }
    let end = first - usize::from(first > 0 && tokens[first - 1].lower() == "on");
    (end.saturating_sub(MEDIUM_WORDS + 2)..end.saturating_sub(2)).any(|verb| {
        let phrase = &tokens[verb + 2..end];
        let passive = verb > 0 && crate::language::BE.contains(tokens[verb - 1].lower());
        !passive
            && SAYING.contains(tokens[verb].lower())
            && crate::language::LOCATIVES.contains(tokens[verb + 1].lower())
            && phrase.iter().all(|t| {
                let w = t.lower();
                t.is_word()
                    && w != "that"
                    && !t.text.starts_with(|c: char| c.is_ascii_digit())
                    && !crate::extract::phrase::is_number_word(w)
                    && !crate::language::is_calendar_word(w)
                    && !SAYING.contains(w)
                    && !crate::language::LOCATIVES.contains(w)
                    && !crate::language::PERSONAL_PRONOUNS.contains(w)
                    && !crate::language::BE.contains(w)
            })
    })
}

/// The most words of the phrase between a verb of saying's preposition and
/// the date ("said in a statement Tuesday").
const MEDIUM_WORDS: usize = 3;

/// A verb of saying right before token `first`, over "on" and one word.
fn said_next_to(tokens: &[Token<'_>], first: usize) -> bool {
    let back: Vec<&str> = tokens[first.saturating_sub(3)..first]
        .iter()
        .rev()
        .map(Token::lower)
        .skip_while(|w| *w == "on")
        .collect();
    match back.as_slice() {
        [verb, ..] if SAYING.contains(verb) => true,
        [between, verb, ..] => {
            SAYING.contains(verb)
                && (SAYING.field(verb, 1) == Some("addressee")
                    || crate::language::is_calendar_word(between)
                    || AFTER_SAYING.contains(between))
        }
        _ => false,
    }
}

/// True when a verb of what follows an event stands just before token
/// `first`, over "on", "early" or "late": "was arraigned on Thursday",
/// "was released late Friday".
fn follows_up(tokens: &[Token<'_>], first: usize, lexicon: &Lexicon) -> bool {
    // "he was fired last week": a phrase of up to FOLLOW_UP_WORDS words,
    // listed whole, whose last word alone is an event's ("fired rockets",
    // "shots were fired").
    let Some(at) = tokens[..first]
        .iter()
        .rposition(|t| !matches!(t.lower(), "on" | "early" | "late"))
    else {
        return false;
    };
    let mut phrase = tokens[at].lower().to_string();
    if lexicon.is_follow_up_verb(&phrase) {
        return true;
    }
    tokens[at.saturating_sub(FOLLOW_UP_WORDS - 1)..at]
        .iter()
        .rev()
        .any(|t| {
            phrase.insert(0, ' ');
            phrase.insert_str(0, t.lower());
            lexicon.is_follow_up_verb(&phrase)
        })
}

/// The most words of a phrase in `follow_ups` ("she had been fired").
const FOLLOW_UP_WORDS: usize = 4;

/// The most words between a verb of what follows an event and the event's
/// noun as its object ("charged with the hit-and-run"), and between that
/// noun and a date of the verb ("… hit-and-run by noon on Friday").
const FOLLOW_UP_OBJECT: usize = 3;

/// The nearest event noun before token `first`, within [`BACK`] tokens:
/// its token index and class.
fn event_before<'l>(
    tokens: &[Token<'_>],
    first: usize,
    lexicon: &'l Lexicon,
) -> Option<(usize, &'l str)> {
    (first.saturating_sub(BACK)..first)
        .rev()
        .find_map(|k| class_at(tokens, k, lexicon).map(|class| (k, class)))
}

/// True when a date or time at token `first` dates what followed an event,
/// not the event: right after a verb of `follow_ups` ("was arraigned on
/// Thursday", "turned himself in around 6 p.m."), or, for a `recent` one
/// (a day or a time, not a year or a day long before the article), close
/// after the event's noun that such a verb has as its object ("expected to
/// be charged with the hit-and-run by noon on Friday"). Not where a word of
/// `event-order.tsv` puts the event before ("arrested after the shooting on
/// Saturday night"), and not further on ("charged with killing two women in
/// a Marsk shop on Friday").
pub fn dates_a_follow_up(
    tokens: &[Token<'_>],
    first: usize,
    recent: bool,
    lexicon: &Lexicon,
) -> bool {
    // The event's noun, if any, within reach before the date.
    let noun = || {
        (first.saturating_sub(FOLLOW_UP_OBJECT + 1)..first)
            .rev()
            .find(|&k| class_at(tokens, k, lexicon).is_some())
    };
    follows_up(tokens, first, lexicon)
        || recent
            && noun().is_some_and(|at| {
                let before = &tokens[at.saturating_sub(FOLLOW_UP_OBJECT)..at];
                !before.iter().any(|t| EVENT_ORDER.contains(t.lower()))
                    && (1..=FOLLOW_UP_OBJECT.min(at))
                        .any(|back| follows_up(tokens, at + 1 - back, lexicon))
            })
}

/// True when a word of `state-bounds.tsv` stands just before token `first`
/// or opens the claim there: "under control by 6:40 a.m.", "closed until
/// Monday" (a time's evidence holds its "by").
pub fn bounds_a_state(tokens: &[Token<'_>], first: usize) -> bool {
    first
        .checked_sub(1)
        .into_iter()
        .chain(Some(first))
        .any(|k| {
            tokens
                .get(k)
                .is_some_and(|t| STATE_BOUNDS.contains(t.lower()))
        })
}

/// The event a date or time spanning tokens `first..next` is about;
/// `follow_up` says it dates what followed an event instead (see
/// [`dates_a_follow_up`]).
pub fn event_of(
    tokens: &[Token<'_>],
    (first, next): (usize, usize),
    follow_up: bool,
    lexicon: &Lexicon,
) -> Option<String> {
    // Directly before an event noun: "Wednesday’s rocket attack", "the Jan. 3 killing".
    if next < tokens.len()
        && let Some(class) = class_at(tokens, next, lexicon)
    {
        return Some(class.to_string());
    }
    // "…, an official told AFP late Tuesday": the day something was said,
    // not the day of the event named before it; "was arraigned Thursday":
    // the day of what followed it; "extinguished by 7 a.m.": when a state
    // after it had come or lasted.
    if follow_up || said_on(tokens, first, next) || bounds_a_state(tokens, first) {
        return None;
    }
    // An event noun earlier in the sentence: "launched airstrikes … early Friday".
    if let Some((_, class)) = event_before(tokens, first, lexicon) {
        return Some(class.to_string());
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

/// The event noun nearest to tokens `first..next` in the sentence, before
/// or after: its token index and class ("the quake killed 12", "12 died in
/// the blast").
pub fn nearest<'l>(
    tokens: &[Token<'_>],
    first: usize,
    next: usize,
    lexicon: &'l Lexicon,
) -> Option<(usize, &'l str)> {
    let before = (0..first)
        .rev()
        .find_map(|k| class_at(tokens, k, lexicon).map(|c| (k, c)));
    let after = (next..tokens.len()).find_map(|k| class_at(tokens, k, lexicon).map(|c| (k, c)));
    match (before, after) {
        (Some(b), Some(a)) if a.0 + 1 - next < first - b.0 => Some(a),
        (Some(b), _) => Some(b),
        (None, a) => a,
    }
}

/// Words that may stand between an agent and its event noun ("Iran's own
/// strikes", "an Iranian ballistic missile attack").
const AGENT_GAP: usize = 3;

/// Who carried out the event whose noun is token `at`: a country, people or
/// named body just before it ("Iran strikes", "an Iranian missile attack",
/// "Kataib Hezbollah rocket attacks"), the subject of a verb that carries it
/// out ("Iran then launched its own strikes"), or a name after "by"
/// ("strikes by Israel"). `name` turns the words found into the agent's key
/// (a country's code, a known body's canonical name), or refuses them.
pub fn agent_of(
    tokens: &[Token<'_>],
    at: usize,
    lexicon: &Lexicon,
    name: &dyn Fn(usize, usize) -> Option<String>,
) -> Option<String> {
    let capital = |t: &Token<'_>| t.text.starts_with(char::is_uppercase);
    // A run of capitalised words ending at token `end` (inclusive), less
    // an article that opens the sentence ("The United States").
    let run = |end: usize| {
        let mut first = end;
        while first > 0 && capital(&tokens[first - 1]) && tokens[first - 1].is_word() {
            first -= 1;
        }
        while first < end && matches!(tokens[first].lower(), "the" | "a" | "an") {
            first += 1;
        }
        name(first, end + 1)
    };
    // Just before the noun, over articles and modifiers ("an Iranian
    // ballistic missile attack"); a preposition, an auxiliary or another
    // verb ends the search ("killed in rocket attacks" names no agent).
    let mut k = at;
    let mut gap = 0;
    while k > 0 && gap <= AGENT_GAP {
        k -= 1;
        let t = &tokens[k];
        if !t.is_word() {
            break;
        }
        let bare = t.text.trim_end_matches("'s").trim_end_matches("’s");
        if capital(t) || lexicon.demonym(bare).is_some() {
            return run(k);
        }
        if lexicon.is_event_verb(t.text) {
            // "Iran then launched its own strikes": the verb's subject, just
            // before it (over an adverb), in the active voice.
            let subject = (k.saturating_sub(2)..k)
                .rev()
                .find(|&j| tokens[j].is_word() && capital(&tokens[j]));
            let passive = k > 0 && AGENT_BREAKS.contains(tokens[k - 1].lower());
            return subject.filter(|_| !passive).and_then(run);
        }
        let lower = t.lower();
        if AGENT_BREAKS.contains(lower) || lower.ends_with("ed") || lower.ends_with("ing") {
            break;
        }
        gap += 1;
    }
    // "strikes by Israel"
    if tokens.get(at + 1).is_some_and(|t| t.lower() == "by") {
        let mut end = at + 2;
        while tokens
            .get(end + 1)
            .is_some_and(|t| capital(t) && t.is_word())
        {
            end += 1;
        }
        if tokens
            .get(at + 2)
            .is_some_and(|t| capital(t) && t.is_word())
        {
            return name(at + 2, end + 1);
        }
    }
    None
}

/// Every event noun of a sentence's tokens: its token index and class.
pub fn all<'l>(tokens: &[Token<'_>], lexicon: &'l Lexicon) -> Vec<(usize, &'l str)> {
    (0..tokens.len())
        .filter_map(|k| class_at(tokens, k, lexicon).map(|c| (k, c)))
        .collect()
}

/// The weekday (0 for Monday) a sentence names for what happened, where it
/// names one not tied to a verb of saying nor bounding a state ("struck on
/// Sunday", not "said on Monday" or "closed until Tuesday"): the day of an
/// event even where no date can be computed.
pub fn weekday(tokens: &[Token<'_>]) -> Option<u8> {
    tokens.iter().enumerate().find_map(|(k, t)| {
        let lower = t.lower().trim_end_matches("'s").trim_end_matches("’s");
        if crate::language::WEEKDAYS.field(lower, 2) != Some("name") {
            return None;
        }
        let day: u8 = crate::language::WEEKDAYS.field(lower, 1)?.parse().ok()?;
        (!said_on(tokens, k, k + 1) && !bounds_a_state(tokens, k)).then_some(day - 1)
    })
}
