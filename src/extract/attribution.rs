//! Who a sentence's claims are attributed to ("according to the Iraqi
//! military", "the Pentagon said", "an airport official told Reuters", "U.S.
//! defense officials said") and the hedges it carries ("believed to be",
//! "unclear whether", "reportedly").
//!
//! In: a sentence's tokens. Out: the source as written with its span, and the
//! hedges found.

use serde::Deserialize;

use super::scope::rare_as_a_word;
use super::tokens::{Token, phrase_at, phrases};
use crate::language::{
    ABBREVIATIONS, AFTER_SAYING, ARTICLES, AUXILIARIES, BE, DETERMINERS, LISTENERS, LOCATIVES,
    MANNER_NOUNS, NOT_SOURCE, PERSONAL_PRONOUNS, PHRASE_ENDS, PRONOUNS_BACK, QUALIFIERS,
    SOURCE_NOISE, TITLE_LINKS, UNSAID, VERB_ADVERBS, is_auxiliary, is_calendar_word,
};

/// Parameters of an `attribution` rule.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AttributionParams {
    /// Words that introduce a source ("according to").
    #[serde(default)]
    pub introducers: Vec<String>,
    /// Verbs whose subject is the source ("said", "told", "confirmed").
    #[serde(default)]
    pub verbs: Vec<String>,
    /// Verbs of telling, whose object (who was told, a few words) comes
    /// before what was said ("told reporters", "told The Associated Press").
    #[serde(default)]
    pub telling: Vec<String>,
    /// Verbs whose subject is the source only when "that" or "how" follows
    /// them, maybe after the day ("Apple claims that", "the agent testified
    /// Tuesday that", "explained how"): alone they are as often nouns or
    /// other senses ("insurance claims rose").
    #[serde(default)]
    pub before_that: Vec<String>,
    /// Verbs of reporting, as often nouns ("denied reports that", "on news
    /// reports that"): their subject is the source only where it ends the
    /// sentence set off by a comma ("…, the Marsk Echo reports.") or opens
    /// it in capitalised words with "that" after the verb ("Marsk TV also
    /// reports that").
    #[serde(default)]
    pub reporting: Vec<String>,
    /// Verbs whose subject is the source when what was said follows as a
    /// verb in "-ing" ("Okafor admits to having three sons", "she
    /// acknowledged paying $5,000").
    #[serde(default)]
    pub before_gerund: Vec<String>,
    /// Verbs of estimating whose subject is the source only when "at"
    /// follows within a few words ("the institute puts the market at $748
    /// billion"); "put Thompson on the canvas" is no estimate.
    #[serde(default)]
    pub estimating: Vec<String>,
    /// Verbs of identifying whose subject is the source only when "as"
    /// follows within a few words ("police identified the victims as a
    /// 47-year-old man"); "identified the problem" names no one.
    #[serde(default)]
    pub identifying: Vec<String>,
    /// Verbs whose passive names its source after "by" ("the figure
    /// reported by the Marsk Echo", "as estimated by the ministry").
    #[serde(default)]
    pub by_agent: Vec<String>,
    /// Verbs whose passive agent, with "as" after it, is the source only of
    /// what follows the "as" ("he was described by police as a 38-year-old").
    #[serde(default)]
    pub describing: Vec<String>,
    /// Verbs of quoting whose object is the source when "as saying" follows
    /// it ("Tass quoted the minister as saying"): the medium only reports.
    #[serde(default)]
    pub quoting: Vec<String>,
    /// Verbs that name a source when "there" and a form of "be" follow them
    /// ("the embassy estimates there are about 300"); not participles that
    /// may stand after a noun ("the drugs found there were").
    #[serde(default)]
    pub before_there: Vec<String>,
    /// Verbs of saying that mean adding a figure when one follows them,
    /// bound or not ("Ana Ruiz added 16 points", "the economy added about
    /// 337,000 jobs"): then they name no source.
    #[serde(default)]
    pub adding: Vec<String>,
    /// Words that open a thing added, after a verb of `adding` ("added a
    /// category", "added another plant"): then it names no source either.
    #[serde(default)]
    pub adding_objects: Vec<String>,

    /// Hedging phrases kept on every claim of the sentence.
    #[serde(default)]
    pub hedges: Vec<String>,
}

/// The compiled rule.
#[derive(Debug)]
pub struct AttributionRule {
    /// Rule id.
    pub id: String,
    introducers: Vec<Vec<String>>,
    verbs: Vec<String>,
    telling: Vec<String>,
    before_that: Vec<String>,
    reporting: Vec<String>,
    before_gerund: Vec<String>,
    estimating: Vec<String>,
    identifying: Vec<String>,
    by_agent: Vec<String>,
    describing: Vec<String>,
    quoting: Vec<String>,
    before_there: Vec<String>,
    adding: Vec<String>,
    adding_objects: Vec<String>,
    hedges: Vec<Vec<String>>,
    /// Every word of a list `is_verb` reads: no other word is a verb of
    /// saying, whatever follows it.
    saying_words: crate::FastSet<String>,
}

/// A source found in a sentence (offsets relative to it).
#[derive(Debug, Clone, PartialEq)]
pub struct SourceHit {
    /// The source as written ("the Iraqi military").
    pub source: String,
    /// Start of the attributing words.
    pub start: usize,
    /// End of the attributing words.
    pub end: usize,
    /// True when the source may be the source of words before it: "…,
    /// according to X", "…, said X", "…, X said on Tuesday". False when the
    /// verb reports what follows it ("…, but observers said nothing had
    /// changed"): then the source covers only the words after it.
    pub covers_before: bool,
    /// True for the agent of a passive verb of saying ("the $184 million
    /// reported by the Marsk Echo"): it names the source of the figure just
    /// before its verb, whatever source the sentence named earlier.
    pub agent: bool,
    /// True for the one a medium quoted ("Tass quoted the minister as
    /// saying"): a later "it said" stands for a body named before, never
    /// for them.
    pub quoted: bool,
    /// Where what the source says ends, when that is before the sentence's
    /// end ("described by police as a 38-year-old, …": the "as" phrase).
    pub reach: Option<usize>,
}

/// The most words taken as the object of a verb of telling where it is no
/// name ("told local reporters").
const MAX_TOLD: usize = 3;

/// The most capitalised words taken as the name a verb of telling has for
/// its object ("told The San Diego Union-Tribune").
const MAX_TOLD_NAME: usize = 6;

/// The most words between a verb of estimating or identifying and its "at"
/// or "as" ("puts the market for repairs at", "identified the other
/// victims as").
const MAX_ESTIMATED: usize = 10;

/// The most words of a source named after its verb.
const MAX_SOURCE_WORDS: usize = 8;

/// The most words of a description after a source named after its verb
/// that ends the sentence ("said Ana Okafor, a spokeswoman for the police").
const MAX_DESCRIPTION_WORDS: usize = 12;

/// The most words of a described source named after its verb that ends
/// its sentence ("said a spokesman for …"); more are a clause of what was
/// said ("said the farm credit system faces …").
const MAX_DESCRIBED_WORDS: usize = 3;

/// The most words after a described source named after its verb before
/// the sentence's end ("said a spokesman for the facility.").
const MAX_TAIL_WORDS: usize = 4;

/// The most words of a source whose name runs on in capitals past
/// [`MAX_SOURCE_WORDS`].
const MAX_NAMED_SOURCE_WORDS: usize = 14;
/// The most words read back to the head of a subject that the words next to
/// its verb only end ("the president" of "the president of the …").
const MAX_HEAD_WORDS: usize = 3;

/// The most letters of a capitalised word that, with a full stop and a name
/// after it, is taken for an abbreviated title ("Inf.", "Sen.").
const SHORT_ABBREVIATION: usize = 4;

/// The longest aside (in tokens) between a source and its verb.
const MAX_ASIDE: usize = 10;

/// The longest aside (in tokens) that opens with "who" or "whose", or with
/// an article after a name ("Ana Ruiz, a spokesman for the U.S. advocacy
/// group the Marsk Project, said").
const MAX_RELATIVE_ASIDE: usize = 32;

/// Most words of a list's tail that ends a description set apart after a
/// name ("…, transport and regional trade, said").
const MAX_LIST_TAIL: usize = 5;

/// The source after its verb, where the verb opens its clause after a
/// closing quote or a comma that closes no aside: "…, said Scherlinck",
/// "…,” said a government spokesman, Rabie Atti", "…, said Ina, a nurse".
/// A comma that closes an aside ("Milley, the chairman, told reporters")
/// leaves the subject before it.
fn inverted(sentence: &str, tokens: &[Token<'_>], verb: usize, telling: bool) -> Option<SourceHit> {
    let before = tokens.get(verb.checked_sub(1)?)?;
    let quote = matches!(before.text, "”" | "\"" | "’");
    // Commas inside a quote before it open no aside ('"We heard bang,
    // bang," smelled smoke, said Ana Ruiz').
    let comma = before.text == ","
        && !tokens[..verb - 1]
            .iter()
            .rev()
            .take(2 * MAX_ASIDE)
            .take_while(|t| !matches!(t.text, "”" | "\"" | "“"))
            .any(|t| t.text == ",");
    // After an aside's comma the verb may still open its clause, where the
    // source runs to the sentence's end ("…, whose head was crushed, said
    // local hospital director Ana Okafor.").
    // Not a verb of telling: "…, an analyst, told Reuters." and "…," Ana
    // Ruiz, told Reuters' name who was told.
    let after_aside = before.text == "," && !comma && !telling;
    if !(quote || (comma && !telling) || after_aside) {
        return None;
    }
    let mut from = verb + 1;
    // "said Tuesday": the day is when, not who.
    while tokens
        .get(from)
        .is_some_and(|t| is_calendar_word(t.lower()))
    {
        from += 1;
    }
    // A name, a title or a figure ("said Dr Ana Ruiz", "said the mayor",
    // "said doctor Ana Ruiz", "said 61-year-old …"), not an adverb ("said
    // shortly after").
    let first = tokens.get(from)?;
    let named = tokens[from..]
        .iter()
        .take(3)
        .take_while(|t| t.is_word())
        .any(|t| t.text.starts_with(char::is_uppercase));
    let mut end = from;
    let words = |end: usize| tokens[from..end].iter().filter(|t| t.is_word()).count();
    while end < tokens.len() && words(end) < MAX_SOURCE_WORDS {
        let t = &tokens[end];
        // "Sean B. Tipton": an initial's full stop is part of the name.
        let initial = t.text == "."
            && end > from
            && tokens[end - 1].text.len() == 1
            && tokens[end - 1].text.starts_with(char::is_uppercase);
        // "said Military Commander Col. Inf. Irham Waroiham": a title's
        // abbreviation keeps its full stop, with a name after it.
        let abbreviation = t.text == "."
            && end > from
            && tokens[end - 1].text.starts_with(char::is_uppercase)
            && (ABBREVIATIONS.field(tokens[end - 1].lower(), 1) == Some("never")
                || tokens[end - 1].text.chars().count() <= SHORT_ABBREVIATION)
            && tokens.get(end + 1).is_some_and(|n| {
                (n.is_word() && n.text.starts_with(char::is_uppercase)) || is_numeral(n)
            });
        // "said Juror No. 8": the number after a title's abbreviation.
        let numbered = is_numeral(t) && end > from + 1 && tokens[end - 1].text == ".";
        let word = t.is_word() && (end == from || !crate::language::is_function_word(t.text));
        // "said Zadan and Meron": two names joined are both the source.
        let capital = |k: usize| {
            tokens
                .get(k)
                .is_some_and(|t| t.is_word() && t.text.starts_with(char::is_uppercase))
        };
        // "said Chief of Detectives Ana Ruiz", "said Secretary of the
        // Interior Ana Ruiz": "of" or "of the" after a word of
        // `of-titles.tsv` joins a title's words; after a name it ends the
        // source ("said Ruiz of Okafor" speaks of Okafor).
        let of_the = |k: usize| {
            tokens[k].lower() == "of" && tokens.get(k + 1).is_some_and(|n| n.lower() == "the")
        };
        let joined = end > from
            && match t.lower() {
                "and" => capital(end - 1) && capital(end + 1),
                // "said Sen. Angus King of Maine": after a given name the
                // word is a surname.
                "of" => {
                    capital(end - 1)
                        && crate::language::OF_TITLES.contains(tokens[end - 1].lower())
                        && (end < from + 2
                            || !crate::language::GIVEN_NAMES.contains(tokens[end - 2].lower()))
                        && (capital(end + 1) || (of_the(end) && capital(end + 2)))
                }
                "the" => of_the(end - 1) && capital(end + 1),
                _ => false,
            };
        // "said the idea was …", "said 40 jobs would go": a clause.
        if end > from && crate::language::opens_predicate(t.text, t.lower()) {
            return None;
        }
        if !(word || initial || abbreviation || joined || numbered) {
            break;
        }
        end += 1;
    }
    // Nothing after the verb to name: no source, never an empty or
    // reversed slice.
    if end == from {
        return None;
    }
    // 'Mr Johnson, who …, said Mr Blair “should butt out”': a quote
    // opening right after the name makes it the subject of what was said.
    let opens_quote = tokens.get(end).is_some_and(|t| {
        t.text == "“"
            || (t.text == "\""
                && tokens
                    .get(end + 1)
                    .is_some_and(|n| n.start == t.end && n.is_word()))
    });
    // After a quote's close the name still speaks ('“…,” said Tom Pike
    // “and …”').
    if opens_quote && !quote {
        return None;
    }
    // "said local hospital director Ana Okafor.": a title, then the name
    // that ends the sentence, or a description of it that does ("said Ana
    // Okafor, a spokeswoman for the Marsk Police.").
    let ends = |k: usize| {
        tokens
            .get(k)
            .is_none_or(|t| matches!(t.text, "." | "!" | "?"))
    };
    // "said Dave Orton, president and chief executive of ATI.": a title
    // needs no article.
    let described =
        |t: &Token<'_>| ARTICLES.contains(t.lower()) || (t.is_word() && opens_a_title(t.text));
    // "said the fire chief, James Steele.": the name of a described source
    // may follow it, ending the sentence; it opens with a given name ("said
    // the chief, Marsk Police." names a body, no one). The name is the
    // source.
    let named_after = (ARTICLES.contains(first.lower())
        && tokens.get(end).is_some_and(|t| t.text == ","))
    .then(|| {
        let name = tokens[end + 1..]
            .iter()
            .take_while(|t| t.is_word() && t.text.starts_with(char::is_uppercase))
            .count();
        let given = tokens
            .get(end + 1)
            .is_some_and(|t| crate::language::GIVEN_NAMES.contains(t.lower()));
        ((2..=MAX_NAME_WORDS).contains(&name) && given && ends(end + 1 + name))
            .then_some(end + 1..end + 1 + name)
    })
    .flatten();
    let apposed = tokens.get(end).is_some_and(|t| t.text == ",")
        && tokens.get(end + 1).is_some_and(described)
        && {
            let rest = &tokens[end + 1..];
            let words = rest
                .iter()
                .take_while(|t| {
                    t.is_word() && !crate::language::is_be_or_auxiliary(t.text, t.lower())
                })
                .count();
            words <= MAX_DESCRIPTION_WORDS && ends(end + 1 + words)
        };
    // "said Ana Okafor of Zentrax.": the body she speaks for, capitalised,
    // ending the sentence.
    let affiliated = tokens.get(end).is_some_and(|t| t.lower() == "of") && {
        let body = tokens[end + 1..]
            .iter()
            .take_while(|t| t.is_word() && t.text.starts_with(char::is_uppercase))
            .count();
        body > 0 && ends(end + 1 + body)
    };
    let closes = ends(end) || apposed || affiliated;
    // Not a clause: "said it acquired Marsk Corp."
    let named_at_end = closes
        && tokens[end - 1].text.starts_with(char::is_uppercase)
        && !crate::language::is_function_word(first.text)
        && !PRONOUNS_BACK.contains(first.lower());
    let opens = named
        || named_at_end
        || first.text.starts_with(|c: char| c.is_ascii_digit())
        || ARTICLES.contains(first.lower());
    // "…, in Springfield, Missouri, on Monday, said a spokesman for the
    // prison.": a described source that ends the sentence, too.
    let tail = tokens[end..].iter().take_while(|t| t.is_word()).count();
    // Its tail names whom the source speaks for ("for the prison", "at the
    // bank"); a clause ("said the bid undervalued the company", "said the
    // strike ended") is what was said.
    let speaks_for = tokens
        .get(end)
        .is_some_and(|t| matches!(t.lower(), "for" | "at" | "with" | "from"));
    let described_at_end = ARTICLES.contains(first.lower())
        && end - from <= MAX_DESCRIBED_WORDS
        && speaks_for
        && tail <= MAX_TAIL_WORDS
        && tokens
            .get(end + tail)
            .is_none_or(|t| matches!(t.text, "." | "!" | "?"));
    if !opens || after_aside && !(named_at_end || described_at_end || named_after.is_some()) {
        return None;
    }
    let words = match named_after {
        Some(name) if after_aside && !(named_at_end || described_at_end) => name,
        _ => from..end,
    };
    Some(SourceHit::after_verb(sentence, tokens, verb, words, false))
}

/// True when `word`, right after a source's name and its comma, may open
/// a title that describes the source without an article ("said Ana Ruiz,
/// president of Marsk", "managing director of Kelmar"): a lower-case word
/// that is no function word and no participle of saying, which open a
/// clause ("said Ana Ruiz, who …", "said Ana Ruiz, adding that …").
pub(super) fn opens_a_title(word: &str) -> bool {
    word.starts_with(char::is_lowercase)
        && !crate::language::is_function_word(word)
        && !crate::language::SAYING_PARTICIPLES.contains(&word.to_lowercase())
}

/// True when a word after "who" opens a subject of its own, not the
/// clause's verb: a name, an article or determiner, a pronoun ("who the
/// ministry says", "who Ana Ruiz said", "who they said"). A single word
/// between "who" and the verb is its subject too ("who police said").
fn opens_a_subject(token: &Token<'_>) -> bool {
    let word = token.lower();
    is_capitalised(token)
        || ARTICLES.contains(word)
        || DETERMINERS.contains(word)
        || crate::language::PERSONAL_PRONOUNS.contains(word)
}

/// Where the phrase after "as" that follows byte `from` ends: at a full
/// stop, a semicolon, a closing quotation mark, or a comma before a word
/// ("as a 5 foot, 8 inch 38-year-old male weighing 180 pounds, with" ends
/// before ", with").
fn as_phrase_end(tokens: &[Token<'_>], from: usize) -> Option<usize> {
    let start = tokens.iter().position(|t| t.start >= from)? + 1;
    tokens[start..].iter().enumerate().find_map(|(i, t)| {
        let next = tokens.get(start + i + 1);
        let ends = match t.text {
            "." | ";" | "”" => true,
            // A straight mark closes only after the phrase's first word.
            "\"" => i > 0,
            "," => next.is_none_or(|n| !n.text.starts_with(|c: char| c.is_ascii_digit())),
            _ => false,
        };
        ends.then_some(t.start)
    })
}

/// The most tokens between a denial and the ", but" that corrects it ("not
/// one buyer, but several").
const DENIAL_REACH: usize = 3;

/// True when the token at `noun` is a statement's noun that an article and a
/// verb of `issuing-verbs.tsv` come before ("released a statement", "put
/// out a statement"), not one received or disputed.
fn issued_statement(tokens: &[Token<'_>], noun: usize) -> bool {
    let word = |k: Option<usize>| k.and_then(|k| tokens.get(k)).map(Token::lower);
    if !crate::language::STATEMENT_NOUNS.contains(tokens[noun].lower())
        || !word(noun.checked_sub(1)).is_some_and(|w| ARTICLES.contains(w))
    {
        return false;
    }
    let one = word(noun.checked_sub(2)).unwrap_or_default();
    let two = format!("{} {one}", word(noun.checked_sub(3)).unwrap_or_default());
    crate::language::ISSUING_VERBS.contains(one) || crate::language::ISSUING_VERBS.contains(&two)
}

/// True when the verb at `verb` is a participle right after a noun phrase
/// (adverbs between them passed over): not after a form of "be", "as", a
/// bracket or a comma.
fn after_noun(tokens: &[Token<'_>], verb: usize) -> bool {
    tokens[..verb]
        .iter()
        .rev()
        .find(|t| {
            // "later", "already" or a lower-case "-ly" word ("July" and
            // "Italy" are nouns).
            let adverb = t.text.ends_with("ly") && t.text.starts_with(char::is_lowercase);
            !(t.is_word() && (adverb || VERB_ADVERBS.contains(t.lower())))
        })
        .is_some_and(|t| {
            let word = t.lower();
            !(word == "as"
                || BE.contains(word)
                || is_auxiliary(t.text, word)
                || matches!(t.text, "(" | "," | ";" | "-" | "--" | "—"))
        })
}

impl SourceHit {
    /// The source `tokens[words]` named after the verb at `verb` ("…, said
    /// Ana Ruiz", "reported by the Marsk Echo"): it may cover words before
    /// the verb. The agent of a participle right after a noun is the
    /// source of that noun's figure alone ("an eight-year offer, less than
    /// the $184 million reported by the Marsk Echo"); after a form of "be",
    /// "as" or a bracket it covers the sentence ("…, officials were quoted
    /// by the Echo as saying", "(reported by the Echo)").
    fn after_verb(
        sentence: &str,
        tokens: &[Token<'_>],
        verb: usize,
        words: std::ops::Range<usize>,
        agent: bool,
    ) -> Self {
        let (first, last) = (&tokens[words.start], &tokens[words.end - 1]);
        SourceHit {
            source: sentence[first.start..last.end].to_string(),
            start: tokens[verb].start,
            end: last.end,
            covers_before: !agent || !after_noun(tokens, verb),
            agent,
            quoted: false,
            reach: None,
        }
    }
}

/// The agent after "by" of a passive verb of saying at `verb` ("reported by
/// Marsk radio host Tom Pike", "as estimated by the ministry"): words up to
/// a comma, a function word (except "of", "for" or "and" before a name: "the
/// Office for National Statistics"), an adjunct ("on Tuesday") or a
/// relative pronoun. None when no name or noun follows "by" ("reported by
/// 5 p.m.", "by about 20 percent", "by Tuesday", "by him"), and when the
/// verb is active with "by" saying how ("Ruiz confirmed by phone that").
fn passive_agent(sentence: &str, tokens: &[Token<'_>], verb: usize) -> Option<SourceHit> {
    let from = verb + 2;
    let first = tokens.get(from)?;
    let function =
        crate::language::is_function_word(first.text) && !ARTICLES.contains(first.lower());
    if !first.is_word()
        || first.text.contains(|c: char| c.is_ascii_digit())
        || function
        || adjunct(first.lower())
        || PRONOUNS_BACK.contains(first.lower())
    {
        return None;
    }
    if says_how(tokens, verb, first) {
        return None;
    }
    let mut end = from;
    while end < tokens.len() && end - from < MAX_SOURCE_WORDS {
        let t = &tokens[end];
        let of_name = matches!(t.lower(), "of" | "for" | "and")
            && tokens
                .get(end + 1)
                .is_some_and(|n| n.is_word() && n.text.starts_with(char::is_uppercase));
        let function = crate::language::is_function_word(t.text) && !of_name;
        if !t.is_word() || (end > from && (function || adjunct(t.lower()))) {
            break;
        }
        end += 1;
    }
    // "by the" alone, or a function word last: no one named; nor "by him".
    let pronoun = end == from + 1 && PERSONAL_PRONOUNS.field(first.lower(), 1) == Some("object");
    if pronoun || crate::language::is_function_word(tokens[end - 1].text) {
        return None;
    }
    let hit = SourceHit::after_verb(sentence, tokens, verb, from..end, true);
    Some(hit)
}

/// True for a preposition, any case, that joins a subject's head to what
/// follows it ("of", "at", "in": `title-links.tsv`, `locatives.tsv`) or
/// opens a phrase before the subject ("In a statement the RSPCA said").
fn opens_with_preposition(token: &Token<'_>) -> bool {
    TITLE_LINKS.contains(token.lower()) || LOCATIVES.contains(token.lower())
}

/// Where the subject after a phrase opening its sentence with a preposition
/// in capitals starts ("In a statement the RSPCA said", "LONDON - In January
/// Henkel said"); none inside a sentence ("…, in particular the UK, said the
/// report").
fn subject_after_opening_phrase(tokens: &[Token<'_>], head: usize, last: usize) -> Option<usize> {
    if !is_capitalised(&tokens[head]) {
        return None;
    }
    let words: Vec<&str> = tokens[head..last].iter().map(|t| t.text).collect();
    let subject = super::quote::after_opening_phrase(&words)?;
    Some(head + words.len() - subject.len())
}

/// True when "by" after the verb at `verb` says how, not who: a manner noun
/// in lower case follows it ("confirmed by phone", `manner-nouns.tsv`; not
/// "released by Video Marsk Ltd"), or a subject
/// pronoun stands before the verb ("he announced by"). Adverbs and
/// auxiliaries before the verb are passed over.
fn says_how(tokens: &[Token<'_>], verb: usize, after_by: &Token<'_>) -> bool {
    let subject = tokens[..verb]
        .iter()
        .rfind(|t| !VERB_ADVERBS.contains(t.lower()) && !is_auxiliary(t.text, t.lower()));
    let manner = after_by.text == after_by.lower() && MANNER_NOUNS.contains(after_by.lower());
    manner || subject.is_some_and(|t| PERSONAL_PRONOUNS.field(t.lower(), 1) == Some("subject"))
}

/// Where the words before token `last` (and after `start`) that say when
/// a verb happened begin: a day ("Prosecutors Tuesday put", "AMD on
/// Wednesday announced"), "last week", "this month", "early this week"
/// ("The Marsk ministry last week announced"; not after a preposition:
/// "figures from last month showed"); `last` where there are none.
fn before_time(tokens: &[Token<'_>], start: usize, mut last: usize) -> usize {
    loop {
        let day_after = |at: usize| {
            tokens
                .get(at)
                .is_some_and(|t| crate::language::is_day_word(t.lower()))
        };
        let period = last >= start + 2
            && matches!(tokens[last - 2].lower(), "last" | "this" | "next")
            && matches!(
                tokens[last - 1].lower(),
                "week" | "weekend" | "month" | "year"
            );
        if last > start
            && (dates_a_verb(tokens, last - 1)
                || (tokens[last - 1].lower() == "on" && day_after(last)))
        {
            last -= 1;
        } else if period {
            let mut first = last - 2;
            if first > start && matches!(tokens[first - 1].lower(), "early" | "late") {
                first -= 1;
            }
            if first == start || crate::language::is_function_word(tokens[first - 1].text) {
                return last;
            }
            last = first;
        } else {
            return last;
        }
    }
}

/// True when token `at` is the stop of an initial: one capital letter glued
/// to it, between capitalised words ("Ana B. Ruiz", "Chairman J. Tom
/// Pike").
fn initial_stop(tokens: &[Token<'_>], at: usize) -> bool {
    at >= 2
        && tokens[at].text == "."
        && tokens[at - 1].end == tokens[at].start
        && tokens[at - 1].text.chars().count() == 1
        && tokens[at - 1].text.starts_with(char::is_uppercase)
        && is_capitalised(&tokens[at - 2])
        && tokens.get(at + 1).is_some_and(is_capitalised)
}

/// True when the initial whose stop is token `at` (`initial_stop`) is a
/// person's: a given name, a title (`name-titles.tsv`) or another initial
/// before it, or a given name after it ("Ana B. Ruiz", "Minister P. Tom
/// Pike"; not "top of Group A. Coach Tom Pike", where the letter ends a
/// name and the sentence).
fn initial_of_person(tokens: &[Token<'_>], at: usize) -> bool {
    // `initial_stop` makes sure there are two tokens before the stop.
    initial_stop(tokens, at)
        && (crate::language::GIVEN_NAMES.contains(tokens[at - 2].lower())
            || crate::language::NAME_TITLES.contains(tokens[at - 2].lower())
            || (at >= 4 && initial_stop(tokens, at - 2))
            || tokens
                .get(at + 1)
                .is_some_and(|t| crate::language::GIVEN_NAMES.contains(t.lower())))
}

/// True when "that", "how" or "why" opens what was said after the verb at `verb`,
/// right after it, after the day it was said on ("testified Tuesday that",
/// "wrote on Monday that", "explained how") or after a short phrase
/// (`that_after_phrase`: "testified during the trial that"); not "how" before a word
/// of `how-questions.tsv`, where it opens a question ("explained how to
/// apply", "could hardly estimate how many").
fn reported_clause_after(tokens: &[Token<'_>], verb: usize) -> bool {
    let day = |at: usize| {
        tokens
            .get(at)
            .is_some_and(|t| crate::language::is_day_word(t.lower()))
    };
    let mut at = verb + 1;
    if tokens.get(at).is_some_and(|t| t.lower() == "on") && day(at + 1) {
        at += 2;
    } else if day(at) {
        at += 1;
    }
    let question = tokens
        .get(at + 1)
        .is_some_and(|t| crate::language::HOW_QUESTIONS.contains(t.lower()));
    tokens.get(at).is_some_and(|t| {
        t.lower() == "that" || t.lower() == "why" || (t.lower() == "how" && !question)
    }) || that_after_phrase(tokens, verb, at)
}

/// True when a short phrase opened by a preposition (`saying-phrases.tsv`)
/// starts at `at`, after the active verb at `verb`, and "that" ends it, opening
/// a clause: "testified during the third day of the trial that Pike
/// lied"; not "testified in the trial that ended", where "that" opens a
/// relative clause, nor "was charged in a case that Ruiz opened".
fn that_after_phrase(tokens: &[Token<'_>], verb: usize, at: usize) -> bool {
    let passive = verb
        .checked_sub(1)
        .is_some_and(|be| BE.contains(tokens[be].lower()));
    if passive
        || !tokens
            .get(at)
            .is_some_and(|t| crate::language::SAYING_PHRASES.contains(t.lower()))
    {
        return false;
    }
    // "testified at that hearing": a "that" right after the preposition
    // is a determiner.
    let Some(that) = tokens[at + 1..]
        .iter()
        .take(MAX_SAYING_PHRASE)
        .take_while(|t| t.is_word())
        .position(|t| t.lower() == "that")
        .filter(|&that| that > 0)
    else {
        return false;
    };
    tokens.get(at + 1 + that + 1).is_some_and(|t| {
        let lower = t.lower();
        is_capitalised(t)
            || is_numeral(t)
            || ARTICLES.contains(lower)
            || DETERMINERS.contains(lower)
            || PERSONAL_PRONOUNS.field(lower, 1) == Some("subject")
    })
}

/// True when the subject starting at `first` opens a second clause of what
/// someone said ("testified that Pike was lucid and that he had admitted
/// to others that"): its verb reports inside that clause, nothing before.
fn second_reported_clause(tokens: &[Token<'_>], first: usize) -> bool {
    first > 1
        && tokens[first - 1].lower() == "that"
        && matches!(
            crate::language::COORDINATORS.field(tokens[first - 2].lower(), 1),
            Some("joins" | "contrast")
        )
}

/// True for a pronoun, in lower case, that a source hit keeps for the
/// caller to resolve ("he", "she", "it", "they").
pub fn is_source_pronoun(word: &str) -> bool {
    matches!(word, "he" | "she" | "it" | "they")
}

/// True when a figure follows the word at `k`, right after it or after a
/// bound, and no verb follows the figure's words ("added 16 points", "added
/// more than five million customers"; not "added two suspects were held").
fn figure_after(tokens: &[Token<'_>], k: usize) -> bool {
    let is_figure = |t: &Token<'_>| {
        t.text.starts_with(|c: char| c.is_ascii_digit()) || super::phrase::is_number_word(t.lower())
    };
    let clause_after = |at: usize| {
        tokens[at + 1..]
            .iter()
            .take(MAX_FIGURE_WORDS)
            .any(|t| crate::language::is_be_or_auxiliary(t.text, t.lower()))
    };
    (k + 1..tokens.len().min(k + 1 + MAX_BOUND_WORDS + 1)).any(|at| {
        let bound = tokens[k + 1..at]
            .iter()
            .map(Token::lower)
            .collect::<Vec<_>>()
            .join(" ");
        (at == k + 1 || QUALIFIERS.contains(&bound)) && is_figure(&tokens[at]) && !clause_after(at)
    })
}

/// True when the verb at `k` has a relative pronoun before its subject
/// and an auxiliary or a form of "be" right after it: "that Zentrax claims
/// will last", "which the Marsk Echo estimates is". The subject is a name
/// of a few words, after an article or not. "That" after a verb of saying
/// (`says`) opens what was said, no relative clause ("dealers said that
/// Kelmar notes were lower").
fn said_of_a_relative(tokens: &[Token<'_>], k: usize, says: impl Fn(&str) -> bool) -> bool {
    let next_is_verb = tokens
        .get(k + 1)
        .is_some_and(|t| crate::language::is_be_or_auxiliary(t.text, t.lower()));
    let relative = |j: usize| {
        let after_saying = j.checked_sub(1).is_some_and(|p| says(tokens[p].lower()));
        (tokens[j].lower() == "that" && !after_saying)
            || crate::language::is_relative_pronoun(tokens[j].text)
    };
    next_is_verb
        && (k.saturating_sub(MAX_RELATIVE_SUBJECT_WORDS + 1)..k.saturating_sub(1)).any(|j| {
            let subject = &tokens[j + 1..k];
            let words = subject
                .iter()
                .all(|t| t.text.chars().all(char::is_alphanumeric));
            // "the" may open a name ("the Marsk Echo"), not a phrase of
            // common nouns, which may end in a noun that looks like the verb
            // ("that the flower show will", "the Kelmar forecasts were").
            let name = match subject.first() {
                Some(t) if ARTICLES.contains(t.lower()) => &subject[1..],
                _ => subject,
            };
            let named = !name.is_empty() && name.iter().all(is_capitalised);
            relative(j) && words && named
        })
}

/// The most words the subject of a relative clause's verb of saying has
/// ("that the Marsk Echo claims").
const MAX_RELATIVE_SUBJECT_WORDS: usize = 4;

/// Most words of a phrase between a verb of saying and its "that"
/// ("testified during the third day of his cousin's trial that").
const MAX_SAYING_PHRASE: usize = 10;

/// How many words after a figure are looked at for the verb of a clause it
/// opens ("two suspects were held").
const MAX_FIGURE_WORDS: usize = 4;

/// The most words a bound before a figure has ("no fewer than").
const MAX_BOUND_WORDS: usize = 3;

/// True when the verb at `k` ends its sentence with its subject set off by
/// a comma a few words before ("…, a report from the Marsk Echo
/// revealed."): words without figures, not opening or ending on a function
/// word ("…, slightly higher than forecast", "…, to pay for damage
/// claims"). Asked only of verbs that otherwise need a "that", and of verbs
/// of reporting.
fn ends_after_subject(tokens: &[Token<'_>], k: usize) -> bool {
    let from = k.saturating_sub(MAX_ASIDE);
    let subject = match tokens[from..k].iter().rposition(|t| t.text == ",") {
        Some(c) if tokens.get(k + 1).is_none_or(|t| t.text == ".") => &tokens[from + c + 1..k],
        _ => return false,
    };
    let function = |t: &Token<'_>| crate::language::is_function_word(t.text);
    let opens = subject.first().is_some_and(|t| {
        !function(t) || ARTICLES.contains(t.lower()) || PRONOUNS_BACK.contains(t.lower())
    });
    // "Troy police Sgt. Ana Ruiz testified.": a title's full stop before a
    // name is part of the subject.
    let title_stop = |i: usize| {
        subject[i].text == "."
            && i > 0
            && ABBREVIATIONS.field(subject[i - 1].lower(), 1) == Some("never")
            && subject
                .get(i + 1)
                .is_some_and(|n| n.text.starts_with(char::is_uppercase))
    };
    opens
        && subject
            .last()
            .is_some_and(|t| !function(t) || subject.len() == 1)
        && subject.iter().enumerate().all(|(i, t)| {
            (t.is_word() || title_stop(i)) && !t.text.contains(|c: char| c.is_ascii_digit())
        })
}

/// True when token `at` is a day word that dates a verb near it ("Okafor
/// Tuesday said", "today"), not one that ends a name: a day named from today,
/// capitalised after a capitalised word, is a title's ("Orsova Today said"),
/// since the adverb is written in lower case.
fn dates_a_verb(tokens: &[Token<'_>], at: usize) -> bool {
    let word = &tokens[at];
    let titled = at > 0
        && word.text.starts_with(char::is_uppercase)
        && !crate::language::is_weekday_name(word.text)
        && is_capitalised(&tokens[at - 1]);
    crate::language::is_day_word(word.lower()) && !titled
}

/// True when the words before token `k`, past its adverbs and auxiliaries
/// ("also"), open the sentence, or its clause after the comma that ends an
/// opening phrase ("However, Ana Ruiz of Marsk Radio reports that"), and
/// are all capitalised but an "of" between two of them: a name, possessives
/// included ("Marsk TV", "Orsova Radio’s Ana Ruiz"). One word must be an
/// acronym ("KLM"): a capitalised word alone opening the sentence is as
/// often an adjective before the noun ("Unconfirmed reports that …").
fn named_opening(tokens: &[Token<'_>], k: usize) -> bool {
    let mut end = k;
    while end > 0
        && (VERB_ADVERBS.contains(tokens[end - 1].lower())
            || is_auxiliary(tokens[end - 1].text, tokens[end - 1].lower()))
    {
        end -= 1;
    }
    let start = tokens[..end]
        .iter()
        .rposition(|t| t.text == ",")
        .map_or(0, |comma| comma + 1);
    let subject = &tokens[start..end];
    let capitalised = |t: &Token<'_>| t.is_word() && t.text.starts_with(char::is_uppercase);
    let acronym = |t: &Token<'_>| t.text.chars().skip(1).any(char::is_uppercase);
    let named = match subject {
        [only] => acronym(only),
        _ => subject.len() <= MAX_SOURCE_WORDS,
    };
    named
        && !subject.is_empty()
        && subject.iter().enumerate().all(|(i, t)| {
            capitalised(t)
                || (t.lower() == "of" && i > 0 && subject.get(i + 1).is_some_and(&capitalised))
        })
}

impl AttributionRule {
    /// True when the word at `k` is a verb of saying that speaks for what
    /// follows it: one of `saying.tsv` or of the rule's verbs, or one that
    /// says only before "that" ("noted", "forecast") with "that" or a comma
    /// after it ("dealers noted, adding"; not "a forecast for the year").
    fn says_between(&self, tokens: &[Token<'_>], k: usize) -> bool {
        let word = tokens[k].lower();
        let listed = |list: &[String]| list.iter().any(|v| v == word);
        let framed = tokens
            .get(k + 1)
            .is_some_and(|t| t.text == "," || t.lower() == "that");
        crate::language::SAYING.contains(word)
            || listed(&self.verbs)
            || listed(&self.telling)
            || (framed && (listed(&self.before_that) || listed(&self.reporting)))
    }

    /// The subject of the clause that a verb of saying joined by "and", or
    /// a participle of saying set off by a comma, goes on from, the clause
    /// ending at token `end` ("Police arrested two men and said", "Ana Ruiz
    /// visited the port on Monday and later told", "… but Ana Ruiz decided
    /// to keep one running, noting that"), as a range of tokens: the sentence's
    /// opening subject, or that of a clause joined after its verb by a
    /// coordinator, after an opening phrase set off by a comma. It opens
    /// with a capital (or, after such a phrase, any word but a function
    /// word) and runs up to `MAX_SOURCE_WORDS` words with no article,
    /// pronoun or other word that is never a source's after its first
    /// ("Police found the car abandoned and said" names none), up to a verb
    /// in the past ("-ed", `irregular-past.tsv`; not one after an article
    /// or an adverb, as in "The newly elected mayor"), past the auxiliaries,
    /// adverbs and time words before it (`before_time`). None where that
    /// verb is one of `saying.tsv` (its own source covers what follows), or
    /// a clause opens, a mark breaks or a verb of saying stands between it
    /// and `end` ("After Pike arrived and said", "Fares climbed, dealers
    /// noted, adding that").
    fn clause_subject(&self, tokens: &[Token<'_>], end: usize) -> Option<(usize, usize)> {
        let article = |k: usize| {
            let word = tokens[k].lower();
            ARTICLES.contains(word) || DETERMINERS.contains(word)
        };
        // "The injured driver", "the newly elected mayor": an adjective.
        let past = |k: usize| {
            let t = &tokens[k];
            let adjective = k.checked_sub(1).is_some_and(|p| {
                article(p)
                    || (tokens[p].lower().ends_with("ly") && p.checked_sub(1).is_some_and(article))
            });
            t.text.starts_with(char::is_lowercase)
                && !adjective
                && !crate::extract::phrase::is_number_word(t.lower())
                && ((t.text.len() > 4 && t.lower().ends_with("ed"))
                    || crate::language::IRREGULAR_PAST.contains(t.lower()))
        };
        let mut start = match tokens.first() {
            Some(t)
                if !ARTICLES.contains(t.lower())
                    && (opens_with_preposition(t) || crate::language::is_function_word(t.text)) =>
            {
                tokens[..end].iter().position(|t| t.text == ",")? + 1
            }
            _ => 0,
        };
        // "Meanwhile Ms Okafor spoke", "Meanwhile, Pike objected": an
        // adverb that opens the sentence, before a capitalised word, is no
        // part of the subject ("Once the strike ended" opens a clause).
        if start == 0
            && tokens
                .first()
                .is_some_and(|t| VERB_ADVERBS.contains(t.lower()))
        {
            if tokens.get(1).is_some_and(|t| t.text == ",") {
                start = 2;
            } else if tokens.get(1).is_some_and(is_capitalised) {
                start = 1;
            }
        }
        let mut verb = (start + 1..end).find(|&k| past(k))?;
        // "The harbour master wanted them closed but Ana Ruiz decided": the
        // clause joined last, where a subject in capitals and a verb of its
        // own follow.
        // "…, but his wife, Ana Pike, released": after a conjunction of
        // contrast a determiner may open it ("praised the crews and the
        // volunteers" is one object).
        while let Some(joined) = (verb + 1..end).rev().find(|&j| {
            let word = tokens[j].lower();
            let contrast = crate::language::COORDINATORS.field(word, 1) == Some("contrast");
            matches!(word, "but" | "and" | "while" | "whereas")
                && tokens.get(j + 1).is_some_and(|t| {
                    is_capitalised(t) || (contrast && DETERMINERS.contains(t.lower()))
                })
                && (j + 2..end).any(past)
        }) {
            start = joined + 1;
            verb = (start + 1..end).find(|&k| past(k))?;
        }
        let opening = tokens
            .get(start)
            .filter(|t| start > 0 || is_capitalised(t))?;
        if crate::language::CLAUSE_OPENERS.contains(opening.lower())
            || (crate::language::is_function_word(opening.lower())
                && !ARTICLES.contains(opening.lower()))
            || crate::language::SAYING.contains(tokens[verb].lower())
        {
            return None;
        }
        let mut last = verb;
        loop {
            let timed = before_time(tokens, start + 1, last);
            if timed < last {
                last = timed;
            } else if last > start + 1
                && (is_auxiliary(tokens[last - 1].text, tokens[last - 1].lower())
                    || VERB_ADVERBS.contains(tokens[last - 1].lower()))
            {
                last -= 1;
            } else {
                break;
            }
        }
        // "His wife, Ana Pike, released": a name set apart last is who the
        // words before it describe.
        if let Some(name) = appositive_name(tokens, start, last) {
            (start, last) = name;
        }
        let subject = &tokens[start..last];
        let named = subject.len() <= MAX_SOURCE_WORDS
            && subject.iter().enumerate().all(|(at, t)| {
                let w = t.lower();
                t.is_word()
                    && (at == 0
                        || !(NOT_SOURCE.contains(w)
                            || ARTICLES.contains(w)
                            || DETERMINERS.contains(w)
                            || PERSONAL_PRONOUNS.contains(w)))
            });
        let breaks = (verb + 1..end).any(|k| {
            let t = &tokens[k];
            matches!(t.text, ";" | ":" | "(" | "\"" | "“" | "”")
                || crate::language::CLAUSE_OPENERS.contains(t.lower())
                || self.says_between(tokens, k)
        });
        (named && !breaks).then_some((start, last))
    }

    /// A source found by `clause_subject`: its subject (`first` up to
    /// `end`), said by the verb or participle at `verb`; what the subject
    /// did is the writer's account.
    fn by_clause_subject(
        sentence: &str,
        tokens: &[Token<'_>],
        (first, end): (usize, usize),
        verb: usize,
    ) -> SourceHit {
        // "…, saying sales may slow, but dealers expect 12 closures": a
        // clause set against the participle's is the writer's; right after
        // a denial ("was not one buyer, but several") it is still what was
        // said.
        let contrast = (verb..tokens.len().saturating_sub(1))
            .find(|&k| {
                tokens[k].text == ","
                    && crate::language::COORDINATORS.field(tokens[k + 1].lower(), 1)
                        == Some("contrast")
            })
            .filter(|&k| {
                !tokens[k.saturating_sub(DENIAL_REACH).max(verb)..k]
                    .iter()
                    .any(|t| crate::language::NEGATIONS.contains(t.lower()))
            })
            .map(|k| tokens[k].start);
        SourceHit {
            source: sentence[tokens[first].start..tokens[end - 1].end].to_string(),
            start: tokens[first].start,
            end: tokens[verb].end,
            covers_before: false,
            agent: false,
            quoted: false,
            reach: contrast,
        }
    }

    /// True when `word` (lower case) is one of the rule's verbs of telling
    /// ("told"), whose object names who was told.
    pub fn tells(&self, word: &str) -> bool {
        self.telling.iter().any(|v| v == word)
    }

    /// Compile an attribution rule.
    pub fn new(id: String, params: AttributionParams) -> Self {
        let lowered = |words: &[String]| words.iter().map(|v| v.to_lowercase()).collect();
        let saying_words = [
            &params.verbs,
            &params.before_that,
            &params.reporting,
            &params.before_there,
            &params.before_gerund,
            &params.estimating,
            &params.identifying,
            &params.quoting,
        ]
        .into_iter()
        .flatten()
        .map(|v| v.to_lowercase())
        .collect();
        AttributionRule {
            id,
            introducers: phrases(&params.introducers),
            verbs: lowered(&params.verbs),
            telling: lowered(&params.telling),
            before_that: lowered(&params.before_that),
            reporting: lowered(&params.reporting),
            before_gerund: lowered(&params.before_gerund),
            estimating: lowered(&params.estimating),
            identifying: lowered(&params.identifying),
            by_agent: lowered(&params.by_agent),
            describing: lowered(&params.describing),
            quoting: lowered(&params.quoting),
            adding: lowered(&params.adding),
            adding_objects: lowered(&params.adding_objects),

            before_there: lowered(&params.before_there),
            hedges: phrases(&params.hedges),
            saying_words,
        }
    }

    /// Every source a sentence names, in text order.
    pub fn sources(&self, sentence: &str, tokens: &[Token<'_>]) -> Vec<SourceHit> {
        let mut hits = Vec::new();
        for k in 0..tokens.len() {
            if let Some(intro) = self.introducers.iter().find(|w| phrase_at(tokens, k, w)) {
                let from = k + intro.len();
                let mut end = from;
                // "according to the New York City Office of the Chief
                // Medical Examiner": a name runs on past the usual reach.
                // "according to the report the trend …": an article right
                // after a noun, before a word in lower case, opens the
                // clause the source is for ("officials of both the union",
                // "analysts the Radicati Group" run on).
                let clause_opens = |at: usize| {
                    if at <= from {
                        return false;
                    }
                    let before = tokens[at - 1].lower();
                    ARTICLES.contains(tokens[at].lower())
                        && !crate::language::is_function_word(before)
                        && !matches!(before, "both" | "all" | "half")
                        && !before.ends_with("ing")
                        && tokens
                            .get(at + 1)
                            .is_some_and(|t| t.text.starts_with(char::is_lowercase))
                };
                // "spokesperson Const. Tom Pike", "Ana B. Ruiz": the
                // stop of a title's abbreviation (`abbreviations.tsv`, "never"
                // ends a sentence) or of an initial, before a name.
                let stop_in_name = |at: usize| {
                    at > from
                        && (initial_stop(tokens, at)
                            || (tokens[at].text == "."
                                && tokens[at - 1].end == tokens[at].start
                                && ABBREVIATIONS.field(tokens[at - 1].lower(), 1) == Some("never")
                                && tokens.get(at + 1).is_some_and(is_capitalised)))
                };
                while end < tokens.len()
                    && (tokens[end].is_word() || stop_in_name(end))
                    && !clause_opens(end)
                    && (end - from < MAX_SOURCE_WORDS
                        || (end - from < MAX_NAMED_SOURCE_WORDS && is_capitalised(&tokens[end])))
                {
                    end += 1;
                }
                // "according to Marsk Radio there were …", "according to
                // Marsk police she was …": a predicate, or a subject
                // pronoun, opens the clause the source is for; the function
                // words before it are no part of the source ("according to
                // whether they had …" names no one).
                let clause = (from..end).find(|&at| {
                    let t = &tokens[at];
                    crate::language::opens_predicate(t.text, t.lower())
                        || (t.text == t.lower()
                            && crate::language::PERSONAL_PRONOUNS.field(t.lower(), 1)
                                == Some("subject"))
                });
                if let Some(at) = clause {
                    end = at;
                }
                while end > from && crate::language::is_function_word(tokens[end - 1].text) {
                    end -= 1;
                }
                if end > from {
                    hits.push(SourceHit {
                        source: sentence[tokens[from].start..tokens[end - 1].end].to_string(),
                        start: tokens[k].start,
                        end: tokens[end - 1].end,
                        covers_before: true,
                        agent: false,
                        quoted: false,
                        reach: None,
                    });
                }
            }
            // "the figure reported by the Marsk Echo": the agent spoke; but
            // "Ana Ruiz was quoted by the Marsk Echo as saying": the one
            // quoted, the subject, spoke (read as a verb of saying below).
            if self.by_agent.iter().any(|v| v == tokens[k].lower())
                && tokens.get(k + 1).is_some_and(|t| t.lower() == "by")
                && !self.quoted_by_as_saying(tokens, k)
            {
                hits.extend(passive_agent(sentence, tokens, k));
                continue;
            }
            // "described by police as a 38-year-old": the agent says what
            // follows "as", nothing before it.
            if self.describing.iter().any(|v| v == tokens[k].lower())
                && tokens.get(k + 1).is_some_and(|t| t.lower() == "by")
            {
                let described = passive_agent(sentence, tokens, k).filter(|hit| {
                    tokens
                        .iter()
                        .find(|t| t.start >= hit.end)
                        .is_some_and(|t| t.lower() == "as")
                });
                hits.extend(described.map(|hit| SourceHit {
                    covers_before: false,
                    agent: false,
                    reach: as_phrase_end(tokens, hit.end),
                    ..hit
                }));
                continue;
            }
            // "Tass quoted the minister as saying": the one quoted spoke.
            if self.quoting.iter().any(|v| v == tokens[k].lower())
                && let Some(hit) = Self::quoted_as_saying(sentence, tokens, k)
            {
                hits.push(hit);
                continue;
            }
            // "Ana Ruiz decided to keep one running, noting that Pike owns
            // 12 boats": a participle of saying set off by a comma, before
            // "that", says what follows for its clause's subject; one marked
            // "clause" says it without "that" too ("Pike dismissed the
            // rumors, saying the plant had lost several buyers").
            // "The club released a statement saying 40 fans were hurt": so
            // does one right after a statement the subject put out.
            let participle = tokens[k].lower();
            if k > 1
                && crate::language::SAYING_PARTICIPLES.contains(participle)
                && (tokens[k - 1].text == "," || issued_statement(tokens, k - 1))
                && tokens.get(k + 1).is_some_and(|t| {
                    t.lower() == "that"
                        || (t.is_word()
                            && crate::language::SAYING_PARTICIPLES.field(participle, 2)
                                == Some("clause"))
                })
                && let Some(subject) = self.clause_subject(tokens, k - 1)
            {
                hits.push(Self::by_clause_subject(sentence, tokens, subject, k));
                continue;
            }
            // "an estimated 1,500 houses", "the reported toll", "the
            // government's announced plan": an adjective. "Moody's said its
            // review", "Scotty's said sales" and "Lloyd's noted that" still
            // say: "said" is no adjective, nor a verb before a function word.
            let previous = tokens[k.saturating_sub(1)].lower();
            let possessive = (previous.ends_with("'s") || previous.ends_with("’s"))
                && !matches!(tokens[k].lower(), "said" | "says" | "say" | "told")
                && tokens.get(k + 1).is_some_and(|next| {
                    next.is_word()
                        && !is_capitalised(next)
                        && !crate::language::is_function_word(next.text)
                        && !DETERMINERS.contains(next.lower())
                        && PERSONAL_PRONOUNS.field(next.lower(), 1).is_none()
                });
            if k == 0 || !self.is_verb(tokens, k) || ARTICLES.contains(previous) || possessive {
                continue;
            }
            // "declined to say", "investigators didn't say why": nothing said.
            // "the girls he claimed as brides", "orders reported as 1.5 pct
            // higher": what they are taken for ("said as of Friday" still
            // says).
            let taken_as = !matches!(tokens[k].lower(), "said" | "says" | "say" | "told")
                && tokens.get(k + 1).is_some_and(|t| t.lower() == "as");
            // "admits to having": a gerund after "to" is what was admitted.
            let admitted = self.before_gerund.iter().any(|v| v == tokens[k].lower())
                && gerund_after(tokens, k);
            // "claimed to have killed" is the subject's claim: only "said"
            // and the verbs with a passive (`by_agent`) are hearsay before
            // "to" and a verb.
            let passive =
                tokens[k].lower() == "said" || self.by_agent.iter().any(|v| v == tokens[k].lower());
            if unsaid(tokens, k) || taken_as || (passive && hearsay(tokens, k) && !admitted) {
                continue;
            }
            let telling = self.telling.iter().any(|v| v == tokens[k].lower());
            if let Some(hit) = inverted(sentence, tokens, k, telling) {
                hits.push(hit);
                continue;
            }
            let mut last = k;
            // "Ana Ruiz recently confirmed": an adverb is no part of who,
            // nor "was" before "quoted by … as saying", nor "is" before
            // "reporting".
            let passive_quote = self.quoted_by_as_saying(tokens, k);
            let progressive = tokens[k].lower().ends_with("ing");
            while last > 0
                && (is_auxiliary(tokens[last - 1].text, tokens[last - 1].lower())
                    || VERB_ADVERBS.contains(tokens[last - 1].lower())
                    || ((passive_quote || progressive) && BE.contains(tokens[last - 1].lower())))
            {
                last -= 1;
            }
            // "Police arrested two men and said": the subject of the first
            // verb says what follows; what it did is the writer's account.
            if last > 0
                && tokens[last - 1].lower() == "and"
                && let Some(subject) = self.clause_subject(tokens, last - 1)
            {
                hits.push(Self::by_clause_subject(sentence, tokens, subject, k));
                continue;
            }
            // "the Survey in Golden, Colo., said", "Milley, the chairman, told":
            // step over one aside between commas to the subject before it.
            let mut aside = None;
            if last > 0 && tokens[last - 1].text == "," {
                let comma = mark_before(tokens, last - 1, ",").filter(|&c| {
                    // "Blackmore, who is the leader of one of two groups
                    // within the community, openly admits": a relative
                    // clause is an aside of up to MAX_RELATIVE_ASIDE.
                    // "In California, a …, said" is no name and its
                    // description: the word before the comma must be a name's.
                    let named = c > 0
                        && is_capitalised(&tokens[c - 1])
                        && !crate::language::is_function_word(tokens[c - 1].text)
                        && c.checked_sub(2)
                            .is_none_or(|p| !crate::language::is_function_word(tokens[p].text));
                    let relative = tokens.get(c + 1).is_some_and(|t| {
                        matches!(t.lower(), "who" | "whose")
                            || (ARTICLES.contains(t.lower()) && named)
                    });
                    last - 1 - c
                        <= if relative {
                            MAX_RELATIVE_ASIDE
                        } else {
                            MAX_ASIDE
                        }
                });
                if let Some(comma) = comma {
                    let comma = list_in_aside(tokens, comma, last - 1).unwrap_or(comma);
                    aside = Some((comma + 1, last - 1));
                    last = comma;
                }
                // "Ana Ruiz, 44, a nurse, said": an age set apart after the
                // name is no part of who spoke.
                if last > 1 && is_age(&tokens[last - 1]) && tokens[last - 2].text == "," {
                    last -= 2;
                }
            }
            // "the Statistics Institute (IBGE) said", "Rep. Ana Ruiz
            // (D-Mass.) said": a short bracket after the name is no part of
            // who spoke.
            // An acronym in it spells where the name starts ("the
            // Organisation for Economic Cooperation and Development (OECD)").
            let mut spelled = None;
            if last > 1 && tokens[last - 1].text == ")" {
                // One word in it: an acronym, a ticker, a party and state;
                // "China (and Hong Kong) added up" is no bracket of a name.
                // A market's ticker may follow any noun ("the Marsk-based
                // company (NASDAQ: ZTX) said").
                let open = mark_before(tokens, last - 1, "(").filter(|&o| {
                    last - 1 - o <= MAX_ASIDE
                        && o > 0
                        && ((is_capitalised(&tokens[o - 1])
                            && !sentence[tokens[o].end..tokens[last - 1].start]
                                .contains(char::is_whitespace))
                            || is_ticker(&tokens[o + 1..last - 1]))
                });
                if let Some(open) = open {
                    spelled = match &tokens[open + 1..last - 1] {
                        [acronym] => acronym_start(tokens, open, acronym.text),
                        _ => None,
                    }
                    .or_else(|| name_start(tokens, open));
                    last = open;
                }
            }
            // "Prosecutors Tuesday put on": the day is when, not who.
            // "AMD on Wednesday announced": "on" before the day too.
            last = before_time(tokens, 0, last);
            let covers_before = !self.reports_what_follows(tokens, k);
            // "…, he said", "…, it said", "…, they said": the pronoun is kept
            // for the caller to resolve. "Kelmar Corp said it estimated
            // that …": an "it" or "they" after a source of its own sentence
            // is that source, which stays the claim's.
            let pronoun = if last > 0 {
                tokens[last - 1].lower()
            } else {
                ""
            };
            // "Tom Pike said he estimates retail sales at": "he" or "she"
            // right after a verb of saying is reported in its words, too.
            let reported = matches!(pronoun, "he" | "she")
                && last > 1
                && self.verbs.iter().any(|v| v == tokens[last - 2].lower());
            if (matches!(pronoun, "it" | "they") || reported) && !hits.is_empty() {
                continue;
            }
            if is_source_pronoun(pronoun) {
                hits.push(SourceHit {
                    source: tokens[last - 1].text.to_string(),
                    start: tokens[last - 1].start,
                    end: tokens[k].end,
                    covers_before: covers_before && !second_reported_clause(tokens, last - 1),
                    agent: false,
                    quoted: false,
                    reach: None,
                });
                continue;
            }
            let (mut first, mut joined) = Self::subject_start(tokens, last);
            // "Her spokesman, Bill McAllister, says Palin told a pastor",
            // "Sears said its unit reported": a verb whose subject opens
            // right after another verb of saying is reported in that one's
            // words; the one reporting it is the source. A participle
            // after an article or an adverb is none ("A confirmed Taliban
            // commander told", "the newly announced coach").
            let finite = |k: usize| {
                self.verbs.iter().any(|v| v == tokens[k].lower())
                    && k.checked_sub(1).is_none_or(|p| {
                        let before = tokens[p].lower();
                        !ARTICLES.contains(before)
                            && !DETERMINERS.contains(before)
                            && !before.ends_with("ly")
                    })
            };
            if (first.saturating_sub(1)..last).any(finite) {
                continue;
            }
            // "an American activist who spoke to aid workers at the camp
            // later said": the relative clause is no part of who spoke; the
            // noun it describes is. Not "a man who said" (the verb is the
            // clause's own), "a man who police said fired" (one word between:
            // the clause's own subject spoke) nor "the WHO said". The walk
            // back reads at most seven words, so longer clauses stay as
            // they were.
            if first > 1
                && first < last
                && tokens[first - 1].text == "who"
                && first + 1 < last
                && !opens_a_subject(&tokens[first])
            {
                last = first - 1;
                (first, joined) = Self::subject_start(tokens, last);
            }
            // "a tie at Old Trafford and Okafor said": names after a word
            // that opens no subject are its object, not a speaker. After
            // "of" they end a body's name ("the Department of Trade and
            // Industry said"): its head is read back to below.
            if let Some(and) = joined
                && first > 0
                && tokens[first - 1].is_word()
            {
                if tokens[first - 1].lower() == "of" {
                    first -= 1;
                } else {
                    first = and + 1;
                }
            }
            // "the president of the Marsk Federation of Kelmar Banks said":
            // words opening with a preposition end a longer subject; read
            // back over a few more words to its head ("the president of
            // …"). With no head before them
            // ("Zentrax Ltd. in Orsova said": the walk stops at the stop)
            // the subject is what follows the phrase ("In a statement the
            // RSPCA said" → "the RSPCA"), else they name no one.
            // "AT&T said": a word written on into a mark is no preposition.
            let written_on = tokens
                .get(first + 1)
                .is_some_and(|n| n.start == tokens[first].end);
            if first < last && opens_with_preposition(&tokens[first]) && !written_on {
                let head = first;
                while first > 0
                    && head - first < MAX_HEAD_WORDS
                    && tokens[first - 1].is_word()
                    && !NOT_SOURCE.contains(tokens[first - 1].lower())
                    && !crate::language::is_day_word(tokens[first - 1].lower())
                {
                    first -= 1;
                }
                if first == head {
                    match subject_after_opening_phrase(tokens, head, last) {
                        Some(start) => first = start,
                        // "At least one official said", "ON Semiconductor
                        // said": no phrase to pass over at a sentence's start.
                        None if is_capitalised(&tokens[head]) => {}
                        None => continue,
                    }
                }
            }
            if let Some(start) = spelled {
                first = start;
            }
            // "The strike was held to protest the measures announced": the
            // words after a form of "be" are a predicate, not a subject.
            let predicate = first > 0 && BE.contains(tokens[first - 1].lower());
            if first < last && !predicate {
                // "Subsea cable operator, Seacom, announced": a name set
                // apart after a description is who spoke.
                // "Captain Ana Ruiz, Chief Press Officer, Marsk Navy, said":
                // with two asides, the name set apart before them spoke.
                let before_asides = aside.and_then(|_| name_before_aside(tokens, first, last));
                let (first, last) = match (before_asides, aside) {
                    (Some(name), _) => name,
                    (None, Some((a, b)))
                        if is_name(&tokens[a..b]) && !names(tokens, first, last) =>
                    {
                        (a, b)
                    }
                    _ => (first, last),
                };
                // "missed both shots and, Pike said, appeared upset": a
                // source set off after "and" or "but" speaks for what
                // follows it only.
                let interjected = first >= 2
                    && tokens[first - 1].text == ","
                    && crate::language::COORDINATORS
                        .field(tokens[first - 2].lower(), 1)
                        .is_some();
                // "Zentrax earlier today said": an adverb after the name is
                // no part of it.
                let mut last = last;
                while last > first + 1
                    && tokens[last - 1].text.starts_with(char::is_lowercase)
                    && VERB_ADVERBS.contains(tokens[last - 1].lower())
                {
                    last -= 1;
                }
                // "having previously indicated", "earlier today said": a
                // participle or an adverb alone names no one.
                let lone = &tokens[first];
                if last == first + 1
                    && lone.text.starts_with(char::is_lowercase)
                    && (lone.lower().ends_with("ing") || VERB_ADVERBS.contains(lone.lower()))
                {
                    continue;
                }
                // "No one reported damage", "This confirms the figures"; not
                // "No 10 said" (a number after it names a place).
                let no_speaker = &crate::language::NO_SPEAKER;
                let numbered = tokens
                    .get(first + 1)
                    .is_some_and(|t| t.text.starts_with(|c: char| c.is_ascii_digit()));
                if no_speaker.contains(lone.lower())
                    && !numbered
                    && (last == first + 1 || no_speaker.field(lone.lower(), 1) != Some("alone"))
                {
                    continue;
                }
                hits.push(SourceHit {
                    source: sentence[tokens[first].start..tokens[last - 1].end].to_string(),
                    start: tokens[first].start,
                    end: tokens[k].end,
                    covers_before: covers_before
                        && !interjected
                        && !second_reported_clause(tokens, first),
                    agent: false,
                    quoted: false,
                    reach: None,
                });
            }
        }
        hits
    }

    /// Where the subject ending before token `last` starts: a few words back,
    /// up to a word that is never part of a source ("that", "but"), crossing
    /// the "and" of two named speakers once (its index is the second value).
    /// Marks inside a written word are part of it ("the Calif.-based
    /// company"), and a place's "Marsk, Ore." before such a word too, as is
    /// a middle initial's stop (`initial_stop`: "Ana B. Ruiz").
    fn subject_start(tokens: &[Token<'_>], last: usize) -> (usize, Option<usize>) {
        let mut first = last;
        let mut joined: Option<usize> = None;
        // "&", "/" or "-" with letters right before and after it ("B&B",
        // "Ore.-based"); "." only before such a hyphen.
        let letter = |t: &Token<'_>| t.text.starts_with(char::is_alphabetic);
        let inside_word = |k: usize| {
            let next = tokens.get(k + 1);
            let prev = &tokens[k.saturating_sub(1)];
            k > 0
                && prev.end == tokens[k].start
                && next.is_some_and(|n| tokens[k].end == n.start)
                && match tokens[k].text {
                    "&" | "/" => letter(prev) && next.is_some_and(letter),
                    "-" => (letter(prev) || prev.text == ".") && next.is_some_and(letter),
                    "." => letter(prev) && next.is_some_and(|n| n.text == "-"),
                    _ => false,
                }
        };
        // "Ana B. Ruiz said": the stop of a middle initial (not past an
        // "and" before a firm's word, `body-words.tsv` "company": "Tom E.
        // Okafor and Sons" keeps its last names).
        let firm_joined = |joined: Option<usize>| {
            joined
                .and_then(|and| tokens.get(and + 1))
                .is_some_and(|t| crate::language::BODY_WORDS.field(t.lower(), 1) == Some("company"))
        };
        // "Juror No. 7 said": the stop of "No." before a number.
        let numbered = |k: usize| {
            tokens[k].text == "."
                && k > 0
                && tokens[k - 1].lower() == "no"
                && tokens.get(k + 1).is_some_and(is_numeral)
        };
        while first > 0
            && last - first < 7
            && (tokens[first - 1].is_word()
                || plural_possessive(tokens, first - 1)
                || (first < last
                    && (inside_word(first - 1)
                        || numbered(first - 1)
                        || (initial_of_person(tokens, first - 1) && !firm_joined(joined)))))
            && !dates_a_verb(tokens, first - 1)
        {
            if !tokens[first - 1].is_word() && !plural_possessive(tokens, first - 1) {
                // A state's abbreviation before "-based" ("Ore.-based").
                let state = tokens[first - 1].text == "." && tokens[first].text == "-";
                first -= 1;
                // "The Marsk, Ore.-based firm": the town before its state.
                while first > 0
                    && tokens[first - 1].is_word()
                    && tokens[first - 1].end == tokens[first].start
                {
                    first -= 1;
                }
                if state
                    && first > 2
                    && tokens[first - 1].text == ","
                    && is_capitalised(&tokens[first - 2])
                    && ARTICLES.contains(tokens[first - 3].lower())
                {
                    first -= 3;
                }
                continue;
            }
            let word = &tokens[first - 1];
            if NOT_SOURCE.contains(word.lower()) {
                if joined.is_some() || !joins_names(tokens, first - 1) {
                    break;
                }
                joined = Some(first - 1);
            } else if joined.is_some()
                && !is_capitalised(word)
                && !(joined == Some(first) && names_people(word))
            {
                break;
            }
            first -= 1;
        }
        (first, joined)
    }

    /// True when token `k` is a verb of saying: one of `verbs`, one of
    /// `before_that` with "that" or "how" after it (`reported_clause_after`;
    /// and no "to" before it; a form in "-ing" only after a form of "be"),
    /// one of `estimating` with "at" a few words after it (one that is also
    /// in `before_that` only with an object after it, no verb), or one of
    /// `identifying` with "as".
    fn is_verb(&self, tokens: &[Token<'_>], k: usize) -> bool {
        let word = tokens[k].lower();
        if !self.saying_words.contains(word) {
            return false;
        }
        let is = |list: &[String]| list.iter().any(|v| v == word);
        if is(&self.adding) && (figure_after(tokens, k) || self.adds_a_thing(tokens, k)) {
            return false;
        }
        // "Marsk TV is reporting that": a form in "-ing" says only after a
        // form of "be" ("In reporting that results fell" names no one).
        if word.ends_with("ing")
            && is(&self.before_that)
            && k.checked_sub(1)
                .is_none_or(|p| !BE.contains(tokens[p].lower()))
        {
            return false;
        }
        is(&self.verbs)
            || (is(&self.before_that) && ends_after_subject(tokens, k))
            // "the embassy estimates there are about 300": a clause that
            // opens with "there" and a form of "be" needs no "that".
            // "a battery that Zentrax claims will last eight hours": in a
            // relative clause whose pronoun is what was said, a verb or
            // form of "be" follows with no "that".
            || ((is(&self.before_that) || is(&self.reporting))
                && said_of_a_relative(tokens, k, |w| {
                    [&self.verbs, &self.before_that, &self.reporting]
                        .iter()
                        .any(|list| list.iter().any(|v| v == w))
                }))
            || (is(&self.before_there)
                && tokens.get(k + 1).is_some_and(|t| t.lower() == "there")
                && tokens.get(k + 2).is_some_and(|t| BE.contains(t.lower())))
            // "Trooper Ana Ruiz testified she pulled him over": a verb in
            // the past with a subject pronoun after it drops the "that";
            // not a noun ("the claims he filed").
            || (is(&self.before_that)
                && word.ends_with("ed")
                && tokens.get(k + 1).is_some_and(|t| {
                    t.lower() != "it" && PERSONAL_PRONOUNS.field(t.lower(), 1) == Some("subject")
                }))
                        || (is(&self.before_that)
                && reported_clause_after(tokens, k)
                // "prompted analysts to forecast that": no one's statement.
                && k.checked_sub(1).is_none_or(|p| tokens[p].lower() != "to"))
            || (is(&self.reporting)
                && (ends_after_subject(tokens, k)
                    || (named_opening(tokens, k)
                        && reported_clause_after(tokens, k))))
            || (is(&self.before_gerund) && gerund_after(tokens, k))
            // "Firefighters estimate the damage at": a verb that is as
            // often a noun (also in `before_that`) needs an object after
            // it, no verb ("the price estimate for Zentrax stands at",
            // "estimates remained at", "estimates show it grew at" are
            // nouns).
            || (is(&self.estimating)
                && particle_after(tokens, k, "at")
                && (!is(&self.before_that)
                    || (object_after(tokens, k)
                        && tokens.get(k + 1).is_some_and(|t| {
                            let next = t.lower();
                            ![&self.verbs, &self.before_that, &self.estimating]
                                .iter()
                                .any(|list| list.iter().any(|v| v == next))
                        }))))
            || (is(&self.identifying) && particle_after(tokens, k, "as"))
            || self.quoted_by_as_saying(tokens, k)
    }

    /// True when a word of `adding_objects` follows the verb at `k` and no
    /// verb of a clause comes after it before a comma, a form of "be" or a
    /// modal: "added a category" and "added a striker earlier this month"
    /// add a thing, "added a bill adopted last week could affect it" says
    /// that it could.
    fn adds_a_thing(&self, tokens: &[Token<'_>], k: usize) -> bool {
        let finite = |t: &Token<'_>| {
            BE.contains(t.lower()) || AUXILIARIES.field(t.lower(), 1) == Some("modal")
        };
        tokens
            .get(k + 1)
            .is_some_and(|t| self.adding_objects.iter().any(|o| o == t.lower()))
            && !tokens[k + 1..]
                .iter()
                .take_while(|t| t.text != ",")
                .any(finite)
    }

    /// True when token `k` is a verb of quoting in the passive with its
    /// medium and "as saying" after it: "was quoted by the Marsk Echo as
    /// saying". Its subject spoke.
    fn quoted_by_as_saying(&self, tokens: &[Token<'_>], k: usize) -> bool {
        self.quoting.iter().any(|v| v == tokens[k].lower())
            && tokens.get(k + 1).is_some_and(|t| t.lower() == "by")
            && tokens[k + 1..]
                .windows(2)
                .take(MAX_SOURCE_WORDS + 2)
                .take_while(|w| w[0].is_word())
                .any(|w| w[0].lower() == "as" && w[1].lower() == "saying")
    }

    /// The one a verb of quoting at `verb` names as the speaker, a few words
    /// before "as saying" ("quoted the minister as saying"; "quoted him as
    /// saying" gives "he", for the caller to resolve).
    fn quoted_as_saying(sentence: &str, tokens: &[Token<'_>], verb: usize) -> Option<SourceHit> {
        // "Baker was quoted today as saying", "was also quoted in the
        // statement as saying": a passive names no medium, and the words
        // after it are no one.
        let mut before = verb;
        while before > 0
            && (VERB_ADVERBS.contains(tokens[before - 1].lower())
                || is_auxiliary(tokens[before - 1].text, tokens[before - 1].lower()))
        {
            before -= 1;
        }
        if before > 0 && BE.contains(tokens[before - 1].lower()) {
            return None;
        }
        let from = verb + 1;
        let saying = (from + 1..tokens.len().min(from + MAX_SOURCE_WORDS + 2))
            .find(|&i| tokens[i].lower() == "saying" && tokens[i - 1].lower() == "as")?;
        let mut object = &tokens[from..saying - 1];
        // "quoted him Tuesday as saying", "quoted one official on Monday
        // as saying": the day is when, not who.
        while let [rest @ .., last] = object
            && !rest.is_empty()
            && crate::language::is_day_word(last.lower())
        {
            object = match rest {
                [before_on @ .., on] if !before_on.is_empty() && on.lower() == "on" => before_on,
                _ => rest,
            };
        }
        if object.is_empty()
            || !object.iter().all(Token::is_word)
            || opens_with_preposition(&object[0])
        {
            return None;
        }
        let written = &sentence[object[0].start..object[object.len() - 1].end];
        let source = match object {
            [one] => PERSONAL_PRONOUNS.field(one.lower(), 2).unwrap_or(written),
            _ => written,
        };
        Some(SourceHit {
            source: source.to_string(),
            start: tokens[verb].start,
            end: tokens[saying].end,
            // "quoted her as saying: “…”" reports what follows.
            covers_before: !tokens[saying + 1..].iter().any(Token::is_word),
            agent: false,
            quoted: true,
            reach: None,
        })
    }

    /// True when the verb of saying at `verb` is followed by what was said
    /// ("observers said nothing had changed", "told reporters the toll had
    /// risen"), not by the sentence's end, a comma or an adjunct ("police
    /// said on Tuesday", "told The Associated Press.").
    fn reports_what_follows(&self, tokens: &[Token<'_>], verb: usize) -> bool {
        let mut next = verb + 1;
        // "confirmed to the Marsk Echo on Friday": "to" and a name or an
        // article is whom it was said to, as after a verb of telling.
        let to_listener = tokens.get(next).is_some_and(|t| t.lower() == "to")
            && tokens.get(next + 1).is_some_and(|t| {
                ARTICLES.contains(t.lower()) || t.text.starts_with(char::is_uppercase)
            });
        if to_listener {
            next += 1;
        }
        if to_listener || self.telling.iter().any(|v| v == tokens[verb].lower()) {
            let words = || {
                tokens[next..]
                    .iter()
                    .take_while(|t| t.is_word() && !adjunct(t.lower()) && t.lower() != "that")
            };
            // A name is told whole, after an article or not ("told the
            // San Diego Union-Tribune."), other words up to a few ("told
            // local reporters").
            let article = words().next().is_some_and(|t| ARTICLES.contains(t.lower()));
            let name = words()
                .skip(usize::from(article))
                .take(MAX_TOLD_NAME)
                .take_while(|t| t.text.starts_with(char::is_uppercase))
                .count();
            let name = if name > 0 {
                name + usize::from(article)
            } else {
                0
            };
            next += name.max(words().take(MAX_TOLD).count());
        }
        // "In 2030 Ana Ruiz told a weekly: “…”": a verb that opens a quote
        // reports the quote, not the writer's words before it, unless a
        // quote it breaks into came first ("“…,” she said, “…”"), the quote
        // goes on with the sentence ('12 died, police said, "and more may"')
        // or the sentence opens with the speaker's saying ("Noting that …,").
        let mark = |t: &Token<'_>| matches!(t.text, "\"" | "“" | "”");
        let opens_quote = tokens
            .get(next)
            .is_some_and(|t| matches!(t.text, "," | ":"))
            && tokens.get(next + 1).is_some_and(mark)
            && tokens
                .get(next + 2)
                .is_some_and(|t| !crate::language::COORDINATORS.contains(t.lower()))
            && !tokens[..verb].iter().any(mark)
            && !tokens
                .first()
                .is_some_and(|t| crate::language::SAYING_PARTICIPLES.contains(t.lower()));
        opens_quote
            || tokens
                .get(next)
                .is_some_and(|t| t.is_word() && !adjunct(t.lower()))
    }

    /// The first source a sentence names, if any.
    pub fn source(&self, sentence: &str, tokens: &[Token<'_>]) -> Option<SourceHit> {
        self.sources(sentence, tokens).into_iter().next()
    }

    /// The hedges in a sentence, as written.
    pub fn hedges(&self, sentence: &str, tokens: &[Token<'_>]) -> Vec<String> {
        let mut out = Vec::new();
        for k in 0..tokens.len() {
            if let Some(h) = self.hedges.iter().find(|h| phrase_at(tokens, k, h)) {
                out.push(sentence[tokens[k].start..tokens[k + h.len() - 1].end].to_string());
            }
        }
        out
    }
}

/// True when the verb of saying at `verb` states nothing: an infinitive or
/// a negation before it, over any auxiliaries ("would not say", "has
/// declined to say").
fn unsaid(tokens: &[Token<'_>], verb: usize) -> bool {
    tokens[..verb]
        .iter()
        .rev()
        .find(|t| !is_auxiliary(t.text, t.lower()))
        .is_some_and(|t| UNSAID.contains(&t.lower().replace('’', "'")))
}

/// True when the verb of saying at `verb` has "to" and a verb after it:
/// what something is said, reported or estimated to do or be ("a battery
/// said to last ten hours", "is reported to have fled", "watches estimated
/// to be worth") is hearsay that names no one who said it (the caller
/// asks it only of verbs with a passive). "said to reporters", "confirmed
/// to him" still name who spoke before the verb.
fn hearsay(tokens: &[Token<'_>], verb: usize) -> bool {
    let to = tokens.get(verb + 1).is_some_and(|t| t.lower() == "to");
    to && tokens.get(verb + 2).is_some_and(is_bare_verb)
}

/// True when token `k` is the apostrophe of a plural's possessive ("the
/// players' union"), part of the phrase it stands in; not a time's ("two
/// weeks' ago").
fn plural_possessive(tokens: &[Token<'_>], k: usize) -> bool {
    matches!(tokens[k].text, "'" | "’")
        && tokens.get(k + 1).is_none_or(|t| t.lower() != "ago")
        && k.checked_sub(1)
            .is_some_and(|p| tokens[p].end == tokens[k].start && tokens[p].lower().ends_with('s'))
}

/// True for a word that can be a verb's bare form after "to": in lower case
/// throughout ("confirmed to eHARBOUR" names a listener),
/// no determiner or pronoun, and not a plural ("reporters"); "-ss" and "-us"
/// ("discuss", "focus") are no plurals, and a listener ("police",
/// "himself", `listeners.tsv`) is none. "to date" is an adverb ("said to
/// date it has spent").
fn is_bare_verb(token: &Token<'_>) -> bool {
    let word = token.lower();
    if word == "date" || LISTENERS.contains(word) {
        return false;
    }
    let plural = word.ends_with('s') && !word.ends_with("ss") && !word.ends_with("us");
    // "confirmed to eHARBOUR that": a capital inside a word makes it a name.
    token.is_word()
        && !token.text.chars().any(char::is_uppercase)
        && !plural
        && !DETERMINERS.contains(word)
        && PERSONAL_PRONOUNS.field(word, 1).is_none()
}

/// True for a word that links the capitalised words of one name: a
/// function word ("Institute for Geography and Statistics") or a particle
/// ("Banque Nationale de Paris", `name-parts.tsv`).
fn links_a_name(word: &Token<'_>) -> bool {
    word.is_word()
        && (crate::language::is_function_word(word.text)
            || crate::language::NAME_PARTS.field(word.lower(), 1) == Some("particle"))
}

/// Where the name an acronym stands for starts, the acronym right after
/// it in brackets at `open`: each capitalised word back from the bracket
/// gives the acronym's next letter from its end, over function words
/// ("Organisation for Economic Cooperation and Development (OECD)"), with
/// an article before it. None when the words do not spell it.
fn acronym_start(tokens: &[Token<'_>], open: usize, acronym: &str) -> Option<usize> {
    if acronym.len() < 2 || !acronym.chars().all(|c| c.is_ascii_uppercase()) {
        return None;
    }
    let mut letters = acronym.chars().rev().peekable();
    let mut k = open;
    while letters.peek().is_some() && k > 0 {
        let word = &tokens[k - 1];
        if is_capitalised(word) {
            if !word.text.starts_with(*letters.peek()?) {
                return None;
            }
            letters.next();
        } else if !links_a_name(word) {
            return None;
        }
        k -= 1;
    }
    if letters.peek().is_some() {
        return None;
    }
    let article = k > 0 && ARTICLES.contains(tokens[k - 1].lower());
    Some(k - usize::from(article))
}

/// Where the capitalised name before a bracket at `open` starts, over the
/// function words between its capitalised words ("the Brazilian Institute
/// for Geography and Statistics (IBGE)"), with an article before it. None
/// when no capitalised word stands right before the bracket.
fn name_start(tokens: &[Token<'_>], open: usize) -> Option<usize> {
    let mut start = open;
    let mut k = open;
    while k > 0 {
        let word = &tokens[k - 1];
        // "But Goldman Sachs (GS)", "Today Apple (AAPL)": an opening word
        // or a day is no part of the name.
        let named = is_capitalised(word)
            && word.is_word()
            && !crate::language::is_function_word(word.text)
            && !crate::language::is_day_word(word.lower());
        if named {
            start = k - 1;
        } else if !(links_a_name(word) && k > 1 && is_capitalised(&tokens[k - 2])) {
            break;
        }
        k -= 1;
    }
    // "the Monetary authority of Singapore (MAS)": a name cut at a linking
    // word is part of one.
    if start == open
        || (start > 0
            && links_a_name(&tokens[start - 1])
            && !ARTICLES.contains(tokens[start - 1].lower()))
    {
        return None;
    }
    let article = start > 0 && ARTICLES.contains(tokens[start - 1].lower());
    Some(start - usize::from(article))
}

/// True when token `k` is an "and" between two capitalised words: one
/// subject of two named speakers ("Sgt. Ana Ruiz and Governor Tom Pike
/// announced").
fn joins_names(tokens: &[Token<'_>], k: usize) -> bool {
    let capital = |t: Option<&Token<'_>>| t.is_some_and(is_capitalised);
    let people = |t: Option<&Token<'_>>| t.is_some_and(names_people);
    tokens[k].lower() == "and"
        && k > 0
        && ((capital(tokens.get(k - 1)) && capital(tokens.get(k + 1)))
            || (people(tokens.get(k - 1)) && people(tokens.get(k + 1))))
}

/// True for a noun for persons (`person-nouns.tsv`, in the singular or
/// plural): "officials and witnesses said" are two sources of one statement.
fn names_people(token: &Token<'_>) -> bool {
    crate::language::PERSON_NOUNS.contains(&crate::extract::lexicon::singular(token.text))
}

/// True when `particle` follows the verb at `verb` within a few words and
/// no punctuation ("puts the market for repairs at", "identified them as").
fn particle_after(tokens: &[Token<'_>], verb: usize, particle: &str) -> bool {
    tokens[verb + 1..]
        .iter()
        .take(MAX_ESTIMATED)
        .take_while(|t| t.is_word())
        .any(|t| t.lower() == particle)
}

/// True for a market and its ticker as a bracket gives them: "NASDAQ:
/// ZTX", "Nasdaq: ZTX", "NYSE: ZTX.N", "HKEX: 0700".
fn is_ticker(tokens: &[Token<'_>]) -> bool {
    matches!(tokens, [market, colon, rest @ ..]
    if colon.text == ":"
        && market.text.starts_with(|c: char| c.is_ascii_uppercase())
        && market.text.chars().all(|c| c.is_ascii_alphabetic())
        && !rest.is_empty()
        && rest.iter().all(|t| {
            t.text
                .chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '.')
        }))
}

/// The last token before `end` written as `mark` ("," of an aside, "(" of
/// a bracket).
fn mark_before(tokens: &[Token<'_>], end: usize, mark: &str) -> Option<usize> {
    tokens[..end].iter().rposition(|t| t.text == mark)
}

/// True when a verb in "-ing" follows the verb at `verb`, maybe after
/// "to": "admits to having", "acknowledged paying".
fn gerund_after(tokens: &[Token<'_>], verb: usize) -> bool {
    // "was recalled following the deaths": a passive says nothing.
    if verb > 0 && BE.contains(tokens[verb - 1].lower()) {
        return false;
    }
    let next = match tokens.get(verb + 1) {
        Some(t) if t.lower() == "to" => verb + 2,
        _ => verb + 1,
    };
    tokens.get(next).is_some_and(|t| {
        t.is_word()
            && !is_capitalised(t)
            && t.lower().ends_with("ing")
            && !crate::language::is_function_word(t.text)
    })
}

/// True for a token of digits ("8" of "Juror No. 8").
fn is_numeral(token: &Token<'_>) -> bool {
    !token.text.is_empty() && token.text.bytes().all(|b| b.is_ascii_digit())
}

/// True for a bare number of years as written after a name ("44").
fn is_age(token: &Token<'_>) -> bool {
    token.text.len() <= 3 && token.text.bytes().all(|b| b.is_ascii_digit())
}

/// The comma that opens a description whose last words, from `comma` to
/// `close`, are the tail of a list: "Ana Ruiz, the minister of trade,
/// industry and energy, said" sets apart all the words after "Ana Ruiz".
/// None unless the tail is a few words with a coordinator inside (not a
/// relative clause, a participle's or one more description after "and":
/// "the group, led by Tom Pike and Ana Ruiz, said") and the description
/// opens with an article right after a capitalised name.
fn list_in_aside(tokens: &[Token<'_>], comma: usize, close: usize) -> Option<usize> {
    let tail = &tokens[comma + 1..close];
    let listed = tail.first().is_some_and(|t| {
        let lower = t.lower();
        t.is_word()
            && !crate::language::is_function_word(lower)
            && !lower.ends_with("ed")
            && !lower.ends_with("ing")
    }) && tail[1..].iter().any(|t| matches!(t.lower(), "and" | "or"));
    if !listed || tail.len() > MAX_LIST_TAIL {
        return None;
    }
    let open = mark_before(tokens, comma, ",")?;
    (close - open <= MAX_RELATIVE_ASIDE
        && open > 0
        && is_capitalised(&tokens[open - 1])
        && tokens
            .get(open + 1)
            .is_some_and(|t| ARTICLES.contains(t.lower())))
    .then_some(open)
}

/// The name set apart by commas at the end of the subject `start..last`
/// ("His wife , Ana Pike ,"): a few capitalised words after a description
/// that a determiner opens and a word in lower case ends, with no comma of
/// its own ("Police in Marsk, Ohio," is a place and its state).
fn appositive_name(tokens: &[Token<'_>], start: usize, last: usize) -> Option<(usize, usize)> {
    if last < start + 4 || tokens[last - 1].text != "," {
        return None;
    }
    let comma = mark_before(tokens, last - 1, ",").filter(|&c| c > start + 1)?;
    let name = &tokens[comma + 1..last - 1];
    let described = &tokens[start..comma];
    let lower = |t: &Token<'_>| t.text.starts_with(char::is_lowercase);
    (!name.is_empty()
        && name.len() <= MAX_NAME_WORDS
        && name.iter().all(is_capitalised)
        && described.iter().all(Token::is_word)
        && DETERMINERS.contains(described[0].lower())
        && described.last().is_some_and(lower))
    .then_some((comma + 1, last - 1))
}

/// True when the word after the verb at `verb` opens its object: an
/// article or a determiner, or a word that neither ends a phrase (a
/// preposition, a pronoun) nor reads as a verb in the past.
fn object_after(tokens: &[Token<'_>], verb: usize) -> bool {
    tokens.get(verb + 1).is_some_and(|t| {
        let lower = t.lower();
        ARTICLES.contains(lower)
            || DETERMINERS.contains(lower)
            || (t.is_word() && !PHRASE_ENDS.contains(lower) && !lower.ends_with("ed"))
    })
}

/// True for a token that opens with a capital letter.
fn is_capitalised(token: &Token<'_>) -> bool {
    token.text.starts_with(char::is_uppercase)
}

/// True for a few words that are all capitalised: a name ("Seacom", "Ana
/// Ruiz").
fn is_name(tokens: &[Token<'_>]) -> bool {
    !tokens.is_empty()
        && tokens.len() <= MAX_NAME_WORDS
        && tokens
            .iter()
            .all(|t| t.is_word() && t.text.starts_with(char::is_uppercase))
}

/// The name set apart before the description `tokens[first..last]` ("Ana
/// Ruiz, Chief Press Officer, …"): a name (`is_rare_name`) between a comma
/// (or the sentence's start or a quotation mark) and the comma before
/// `first`, past a conjunction opening it ("But Ana Ruiz"). None when the
/// description is a name itself, other than letters after a name ("Ana
/// Ruiz, MD, a professor …"; "Meanwhile, Tom Pike, head of …") or
/// anything else stands there ("In Orsova, the governor, …", "a Belfast",
/// "Yesterday, the company's chairman, …").
fn name_before_aside(tokens: &[Token<'_>], first: usize, last: usize) -> Option<(usize, usize)> {
    let comma = first.checked_sub(1).filter(|&c| tokens[c].text == ",")?;
    let mut start = (0..comma)
        .rev()
        .find(|&k| !tokens[k].is_word())
        .map_or(0, |k| k + 1);
    let opens = start == 0 || matches!(tokens[start - 1].text, "," | "\"" | "“" | "”");
    if start < comma && crate::language::COORDINATORS.contains(tokens[start].lower()) {
        start += 1;
    }
    let named = opens
        && start < comma
        && !crate::language::is_function_word(tokens[start].text)
        && !crate::language::is_day_word(tokens[start].lower())
        && is_rare_name(&tokens[start..comma])
        && (!is_rare_name(&tokens[first..last]) || post_nominal(&tokens[first..last]));
    named.then_some((start, comma))
}

/// True for letters after a name ("MD", "M.D.", "QC";
/// `post-nominals.tsv`) that name no one else ("Ana Ruiz, MD, a professor
/// at Marsk University, said").
fn post_nominal(tokens: &[Token<'_>]) -> bool {
    let written: String = tokens.iter().map(|t| t.text).collect();
    crate::language::is_post_nominal(&written)
}

/// True for a name (`is_name`) with a word in it that is rare as an
/// ordinary word: "Ana Ruiz", "Marsk Council"; not "Chief Press Officer",
/// "Meanwhile".
fn is_rare_name(tokens: &[Token<'_>]) -> bool {
    is_name(tokens) && tokens.iter().any(|t| rare_as_a_word(t.lower()))
}

/// True when the subject `tokens[first..last]` names someone: a capitalised
/// word inside the sentence, or a one-word subject opening the sentence that
/// is rare as an ordinary word ("Okafor, …, said" names; "Police, …, said"
/// and "Subsea cable operator, …, announced" do not).
fn names(tokens: &[Token<'_>], first: usize, last: usize) -> bool {
    (first..last).any(|k| {
        let t = &tokens[k];
        t.text.starts_with(char::is_uppercase)
            && (k > 0 || (last - first == 1 && rare_as_a_word(t.lower())))
    })
}

/// The most words of a name set apart between commas.
const MAX_NAME_WORDS: usize = 4;

/// True for a word that opens an adjunct after a verb of saying (a
/// weekday, "on", "in", "late"), not what was said.
pub(super) fn adjunct(lower: &str) -> bool {
    AFTER_SAYING.contains(lower) || is_calendar_word(lower)
}

/// A source's name reduced for comparison: its words less articles and
/// titles, sorted, so "an Iraqi military statement" and "the Iraqi military"
/// are one source.
pub fn source_key(source: &str) -> String {
    let mut words: Vec<String> = crate::normalize::words::words(source)
        .into_iter()
        .filter(|w| !SOURCE_NOISE.contains(w))
        .collect();
    words.sort();
    words.join(" ")
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn rule() -> AttributionRule {
        AttributionRule::new(
            "attribution".into(),
            AttributionParams {
                introducers: vec!["according to".into()],
                verbs: ["said", "told", "estimated", "announced", "added"]
                    .map(String::from)
                    .to_vec(),
                telling: vec!["told".into()],
                before_that: vec!["claims".into(), "testified".into()],
                reporting: vec!["reports".into()],
                before_gerund: vec!["admitted".into()],
                estimating: vec!["put".into()],
                identifying: vec!["identified".into()],
                by_agent: vec!["reported".into()],
                describing: vec!["described".into()],
                quoting: vec!["quoted".into()],
                adding: vec!["added".into()],
                adding_objects: vec!["a".into()],

                before_there: vec!["estimates".into()],
                hedges: vec!["believed to be".into(), "reportedly".into()],
            },
        )
    }

    fn source(text: &str) -> Option<String> {
        rule().source(text, &tokenize(text)).map(|s| s.source)
    }

    /// Every source hit of `text`, in order.
    fn hits(text: &str) -> Vec<SourceHit> {
        rule().sources(text, &tokenize(text))
    }

    #[test]
    fn the_one_a_medium_quotes_is_the_source_not_a_passives_adverb() {
        let quoted = "Tass quoted the harbour master as saying 40 boats sank.";
        assert_eq!(source(quoted).as_deref(), Some("the harbour master"));
        let him = "Tass quoted him as saying 40 boats sank.";
        assert_eq!(source(him).as_deref(), Some("he"));
        assert_eq!(
            source("Pike was quoted today as saying 40 boats sank."),
            None
        );
        let also = "Pike was also quoted in the statement as saying 40 boats sank.";
        assert_eq!(source(also), None);
        let dated = "Tass quoted the harbour master on Monday as saying 40 boats sank.";
        assert_eq!(source(dated).as_deref(), Some("the harbour master"));
        let tuesday = "Tass quoted him Tuesday as saying 40 boats sank.";
        assert_eq!(source(tuesday).as_deref(), Some("he"));
    }

    #[test]
    fn after_an_aside_said_and_a_name_ending_the_sentence_name_the_source() {
        let sources =
            |text: &str| -> Vec<String> { hits(text).into_iter().map(|h| h.source).collect() };
        let found = sources(
            "Among the dead was a girl, whose house fell, said hospital director Ana Okafor.",
        );
        assert!(
            found.contains(&"hospital director Ana Okafor".to_string()),
            "{found:?}"
        );
        // Told names who was told; "said it …" opens a clause.
        let found = sources("Sales fell, Jon Okafor, an analyst with Marsk, told Reuters.");
        assert!(!found.contains(&"Reuters".to_string()), "{found:?}");
        let found = sources("Marsk, of Dunmore, Ohio, said it bought Pike Farms Inc.");
        assert!(found.iter().all(|s| !s.contains("Pike")), "{found:?}");
    }

    #[test]
    fn a_source_after_its_verb_or_set_apart_before_it_is_the_source() {
        let cases = [
            (
                "Okafor was denied a permit in March, said Dunmore, who would not say why.",
                Some("Dunmore"),
            ),
            (
                "\u{201c}We will rebuild,\u{201d} said a city spokesman, Ana Ruiz.",
                Some("a city spokesman"),
            ),
            (
                "Two hotels fell, said Sean B. Tipton, a witness.",
                Some("Sean B. Tipton"),
            ),
            (
                "Two hotels fell, said doctor Ana Ruiz to AFP.",
                Some("doctor Ana Ruiz"),
            ),
            (
                "\u{201c}It is a gift,\u{201d} said Okafor and Dunmore in a statement.",
                Some("Okafor and Dunmore"),
            ),
            // A name set apart after a description is who spoke.
            (
                "Subsea cable operator, Marsk Telecom, announced that two lines were cut.",
                Some("Marsk Telecom"),
            ),
            (
                "The rescue service, Marsk Fire, said two were hurt.",
                Some("Marsk Fire"),
            ),
            // A named subject keeps its words, whatever the aside.
            (
                "Okafor, Marsk Telecom's Chairman, said two lines were cut.",
                Some("Okafor"),
            ),
            (
                "Two lines were cut, and Ana Okafor, Marsk Telecom Chairman, said so.",
                Some("Ana Okafor"),
            ),
            // A clause after "said", an adverb, and a comma that closes an
            // aside leave no source after the verb.
            ("The fire spread, said authorities were grateful.", None),
            ("The walls fell, said shortly after the quake hit.", None),
            ("The walls fell, said \u{2014} nothing more.", None),
            ("The walls fell, said", None),
        ];
        for (text, want) in cases {
            assert_eq!(source(text).as_deref(), want, "in {text:?}");
        }
        assert_eq!(
            source("Ana Ruiz, the chief of the Marsk fire and rescue service, said two were hurt."),
            Some("Ana Ruiz".into())
        );
    }

    #[test]
    fn adding_a_figure_is_no_saying_but_adding_a_clause_is() {
        assert_eq!(source("The economy added about 40,000 jobs in May."), None);
        assert_eq!(source("Okafor added no fewer than 12 points."), None);
        assert_eq!(
            source("Okafor added the plant had 16 lines.").as_deref(),
            Some("Okafor")
        );
        assert_eq!(source("The Marsk board added a flower show."), None);
        assert_eq!(
            source("The Orsova club added a striker earlier this month."),
            None
        );
        assert_eq!(
            source("Okafor added a bill passed last week could hurt the plant.").as_deref(),
            Some("Okafor")
        );
    }

    #[test]
    fn according_to_names_the_source() {
        assert_eq!(
            source("The bombardment took place around 1:30 a.m., according to the Iraqi military."),
            Some("the Iraqi military".into())
        );
    }

    #[test]
    fn the_subject_of_said_is_the_source() {
        assert_eq!(
            source("It hit an airport, an airport official told Reuters."),
            Some("an airport official".into())
        );
        assert_eq!(
            source("U.S. defense officials said militias did it."),
            Some("U.S. defense officials".into())
        );
        assert_eq!(
            source("US officials have said they will act."),
            Some("US officials".into())
        );
        assert_eq!(source("Nothing was said about it."), None);
        assert_eq!(
            source("The strike was held to protest the cuts announced last week."),
            None
        );
        assert_eq!(source("The storm damaged an estimated 1,500 homes."), None);
        // A subject longer than the words read next to the verb is read
        // back to its head; a place whose head stands before punctuation
        // heads nothing.
        assert_eq!(
            source("The president of the Marsk Federation of Kelmar Banks said 40 lost jobs."),
            Some("The president of the Marsk Federation of Kelmar Banks".into())
        );
        assert_eq!(source("Zentrax Ltd. in Orsova said 40 lost jobs."), None);
        // A name with a quote right after it is what was said of, not who
        // said it.
        for text in [
            "Ana Ruiz, who edits the Marsk Echo, said Tom Pike “should resign” over 12 votes.",
            "Ana Ruiz, who edits the Marsk Echo, said Tom Pike \"should resign\" over 12 votes.",
        ] {
            assert_eq!(source(text), Some("Ana Ruiz".into()), "{text}");
        }
        // After a quote's close the name is the speaker still.
        assert_eq!(
            source("“Twelve boats sank,” said Tom Pike “and two men.”"),
            Some("Tom Pike".into())
        );
        // A participle inside a subject is no verb reporting it.
        assert_eq!(
            source("An announced bidder told Reuters 12 firms bid."),
            Some("An announced bidder".into())
        );
        // A verb of saying after another one's is in its words.
        let reported = hits("Her aide, Ana Ruiz, said the mayor told a pastor 12 were hurt.");
        assert_eq!(
            reported
                .iter()
                .map(|h| h.source.as_str())
                .collect::<Vec<_>>(),
            ["Ana Ruiz"]
        );
    }

    #[test]
    fn a_verb_names_a_source_only_in_its_frame_and_a_day_is_no_part_of_it() {
        let cases = [
            // A verb that is also a noun names a source only before "that".
            (
                "Marsk Labs claims that the screen measures 17 inches.",
                Some("Marsk Labs"),
            ),
            (
                "An agent testified that Okafor paid $4,000.",
                Some("An agent"),
            ),
            ("Insurance claims rose 5 percent in March.", None),
            ("He testified for three days.", None),
            // A verb of estimating names a source only before its "at".
            (
                "Prosecutors put the losses from the fraud at $4 million.",
                Some("Prosecutors"),
            ),
            ("Okafor put Dunmore on the canvas in the fifth round.", None),
            // A day before the subject or between it and its verb is no
            // part of it; a month name is part of a name.
            (
                "Marsk Motors on Wednesday announced a deal worth $334 million.",
                Some("Marsk Motors"),
            ),
            (
                "As expected, today the company announced a loss of $3 million.",
                Some("the company"),
            ),
            ("Ana August said two ships were lost.", Some("Ana August")),
        ];
        for (text, want) in cases {
            assert_eq!(source(text).as_deref(), want, "in {text:?}");
        }
    }

    #[test]
    fn each_source_of_a_sentence_is_found_in_order() {
        let text = "The centre said it measured 5.9, but the survey said it was 6.1.";
        let found: Vec<String> = rule()
            .sources(text, &tokenize(text))
            .into_iter()
            .map(|s| s.source)
            .collect();
        assert_eq!(found, ["The centre", "the survey"]);
        let text = "It was 6.1, the Geological Survey in Golden, Colo., said.";
        assert_eq!(source(text), Some("the Geological Survey in Golden".into()));
    }

    #[test]
    fn a_source_whose_verb_reports_what_follows_covers_nothing_before_it() {
        let covers =
            |text: &str| -> Vec<bool> { hits(text).iter().map(|s| s.covers_before).collect() };
        let cases = [
            (
                "Marsk voted on Sunday, but observers said nothing had changed.",
                false,
            ),
            ("Two died, she told reporters the toll would rise.", false),
            ("Two died, police said.", true),
            ("Two died, police said on Tuesday.", true),
            ("Two died, a navy spokesman said here.", true),
            ("Two died, police said late Tuesday night.", true),
            ("Two died, an official told The Associated Press.", true),
            ("Two died, an official told reporters in Marsk.", true),
            ("Two died, said Dunmore, a witness.", true),
            ("Two died, according to the police.", true),
            ("In 2030 Ana Ruiz told a weekly: \"I am the one.\"", false),
            ("Two died, police said, \"and more may.\"", true),
            ("On Friday, police said, “Two died.”", false),
            ("“Two died,” she said, “and more may.”", true),
            ("Noting that two died, Ana Ruiz said: “It is sad.”", true),
        ];
        for (text, want) in cases {
            assert_eq!(covers(text), [want], "in {text:?}");
        }
    }

    #[test]
    fn a_passive_verbs_agent_after_by_is_a_source_and_a_day_is_not() {
        let cases = [
            (
                "The toll reported by the Office for National Statistics on Monday rose.",
                Some("the Office for National Statistics"),
            ),
            (
                "The $90 million reported by Marsk radio host Tom Pike, who broke it.",
                Some("Marsk radio host Tom Pike"),
            ),
            ("The results will be reported by Tuesday.", None),
            ("It was reported by the.", None),
            ("The tally will be reported by 5 p.m. on Friday.", None),
            ("Sales were reported by about 20 percent more.", None),
            ("The toll was reported by him.", None),
            ("Ana Ruiz reported by phone that 12 died.", None),
            ("He reported by email that 12 died.", None),
            ("Ruiz reported by phone that 12 died.", None),
            (
                "The clip was reported by Video Marsk Ltd on Monday.",
                Some("Video Marsk Ltd"),
            ),
            (
                "The toll of 45 dead in Kelmar reported by state media on Monday rose.",
                Some("state media"),
            ),
            (
                "Deaths were reported by hospitals on Monday.",
                Some("hospitals"),
            ),
            (
                "The 40 deaths reported by hospitals on Monday stood.",
                Some("hospitals"),
            ),
        ];
        for (text, want) in cases {
            let agent = hits(text).into_iter().find(|h| h.agent).map(|h| h.source);
            assert_eq!(agent.as_deref(), want, "in {text:?}");
        }
    }

    #[test]
    fn a_passive_agent_after_a_noun_covers_that_noun_alone() {
        let covers = |text: &str| {
            hits(text)
                .into_iter()
                .find(|h| h.agent)
                .map(|h| h.covers_before)
        };
        for text in [
            "An eight-year offer, less than the $90 million reported by the Marsk Echo.",
            "The 12 deaths already reported by hospitals stood.",
        ] {
            assert_eq!(covers(text), Some(false), "in {text:?}");
        }
        for text in [
            "Ten died, and the toll was reported by the Marsk Echo.",
            "Two crooks robbed a bank (reported by the Marsk Echo).",
            "Borrowing was £35bn, as already reported by the Marsk Office.",
        ] {
            assert_eq!(covers(text), Some(true), "in {text:?}");
        }
    }

    #[test]
    fn hedges_are_kept() {
        let text = "The group is believed to be responsible, and reportedly fired rockets.";
        assert_eq!(
            rule().hedges(text, &tokenize(text)),
            ["believed to be", "reportedly"]
        );
    }
}
