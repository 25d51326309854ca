//! Quotes: text in curly or straight quotation marks, with its speaker
//! ("Esper said", "said Defense Secretary Mark T. Esper", "the Pentagon said
//! in a statement", "Esper said: “…”"). "He said" and "she said" are resolved
//! by the engine to the last named speaker.
//!
//! In: one paragraph (quotes may run across its sentences). Out: the quoted
//! words' span and the speaker as written.

use std::sync::LazyLock;

use regex::Regex;
use serde::Deserialize;

use crate::language::{
    ABBREVIATIONS, ARTICLES, AUXILIARIES, BE, DESIGNATORS, DETERMINERS, LOCATIVES, NOT_SOURCE,
    PERSONAL_PRONOUNS, PHRASE_ENDS, PRONOUNS_BACK, SAYING, SAYING_PARTICIPLES, SENTENCE_OPENERS,
    STATEMENT_NOUNS, TITLE_LINKS, TITLE_SMALL_WORDS, Table, UTTERANCE_NOUNS, VERB_ADVERBS, WORKS,
    is_auxiliary, is_function_word,
};

/// Parameters of a `quote` rule.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuoteParams {
    /// Verbs that introduce speech ("said", "told", "added").
    pub speech_verbs: Vec<String>,
    /// Other verbs of saying ("admitted", "joked"): no speaker is read
    /// after them, but a paragraph that has one names its own.
    #[serde(default)]
    pub other_speech_verbs: Vec<String>,
    /// Verbs of saying read only right after a quote, with their speaker
    /// before them ('“…,” the letter read'): elsewhere they are no speech
    /// ("please read in the second paragraph").
    #[serde(default)]
    pub after_quote_verbs: Vec<String>,
    /// Verbs by which a medium, named after a quote, gives it to the one
    /// it quoted "as saying" ('“…,” the Marsk Echo quoted witness Ana Ruiz
    /// as saying').
    #[serde(default)]
    pub quoting_verbs: Vec<String>,
    /// Phrases that name a source after a quote, as an inverted verb does,
    /// but never after a subject ("according to"): read only before the
    /// source ('"…," according to the Marsk Port Authority').
    #[serde(default)]
    pub sourcing_phrases: Vec<String>,
    /// What a speaker may have "to say" before a quote ("the directors had
    /// this to say: “…”", "Pike has the following to say"): the words
    /// between "had" and "to say", which are no part of the speaker.
    #[serde(default)]
    pub had_to_say: Vec<String>,
    /// Words that open a speaker described after the verb, in lower case
    /// ("said the company", "said one trader", "said his brother"); none:
    /// the articles (`articles.tsv`).
    #[serde(default)]
    pub described_openers: Vec<String>,
    /// The fewest words a quote needs to be a claim (shorter ones are scare
    /// quotes: “across Iraq”).
    pub min_words: usize,
    /// The fewest words a quote needs when a speaker is named for it ("is
    /// being treated as “potentially suspicious”, police said"); none: as
    /// `min_words`.
    #[serde(default)]
    pub min_words_said: Option<usize>,
    /// Verbs that name or describe something in the speaker's words
    /// ("called the plan “a disaster”", "described her as “…”"): the
    /// subject before them is the quote's speaker.
    #[serde(default)]
    pub naming_verbs: Vec<String>,
    /// Those of `naming_verbs` that take "as" before the quote ("described
    /// her as “…”"); without it the quote is no description of the object.
    #[serde(default)]
    pub naming_verbs_as: Vec<String>,
    /// Words before an "as" that make it no naming verb's ("such as", "as
    /// well as").
    #[serde(default)]
    pub naming_as_not_after: Vec<String>,
    /// Words that, inside a naming verb's object, show it is no object but
    /// another phrase ("called police to the house", "calls for calm").
    #[serde(default)]
    pub naming_object_breaks: Vec<String>,
}

/// A quote found in a paragraph (offsets relative to it).
#[derive(Debug, Clone, PartialEq)]
pub struct QuoteHit {
    /// First byte of the quoted words.
    pub start: usize,
    /// One past their last byte.
    pub end: usize,
    /// The speaker as written, if the paragraph names one.
    pub speaker: Option<String>,
    /// The speaker named after the quote where the one named before it
    /// was preferred: taken when that one is a pronoun that stands for no
    /// one ('He said: “….” Mr McConnell said').
    pub fallback: Option<String>,
    /// True when the speaker was read from a clause ending in a colon
    /// before the quote ("He concluded:", "His exact words:"): a pronoun
    /// there stands for the last sentence subject only.
    pub lead_in: bool,
    /// True when no speaker is named but a verb of saying in its "-ing"
    /// form stands after a comma right before the quote ("Ana Ruiz agreed,
    /// saying: “…”"): the subject of that clause speaks it.
    pub by_subject: bool,
    /// True when the quote opens here and no mark closes it: it goes on in
    /// the next paragraph.
    pub open_ended: bool,
    /// True when the speaker was read from a tag ending the quote's
    /// sentence (`“…” for the post, he said.`): a pronoun there stands for
    /// someone named before that sentence, never in its own opening words.
    pub tagged: bool,
    /// The words between two parts of one quoted sentence, left out of its
    /// text ('“It is debatable,” she wrote, “whether …”'): from the first
    /// part's end to the second's start.
    pub gap: Option<(usize, usize)>,
}

/// The compiled rule.
#[derive(Debug)]
pub struct QuoteRule {
    /// Rule id.
    pub id: String,
    min_words: usize,
    min_words_said: usize,
    /// `,” Esper said`
    after: Regex,
    /// `,” Ana Ruiz, a spokeswoman for the council told`: a name right after
    /// a quote's comma, described with no comma to close the description;
    /// read only after a quote that ends in a comma.
    after_unclosed: Regex,
    /// `,” said Esper`
    after_inverted: Regex,
    /// `,” said commentator Pat Buchanan`, `,” said Marsk police spokesman
    /// Ben Okafor.`: a role in lower case between the verb and the name.
    after_role: Regex,
    /// `,” said the company in a statement`: an article and a few words in
    /// lower case after the verb, ending their clause or followed by an
    /// adjunct (`after-saying.tsv`).
    after_described: Regex,
    /// `,” the letter read`: a thing that bears words before one of
    /// `after_quote_verbs` (none without them).
    after_bearer: Option<Regex>,
    /// `,” the Marsk Echo quoted witness Ana Ruiz as saying`: the one a
    /// medium quoted, named after it (none without `quoting_verbs`).
    after_quoted: Option<Regex>,
    /// `” from the campaign, according to the Marsk Echo.`: a sourcing
    /// phrase ending the quote's sentence, read where nothing else names a
    /// speaker.
    sentence_end: Option<Regex>,
    /// `” for the post, he said.`: a subject (and an aside) and a verb of
    /// saying after a comma ending the quote's sentence, read where nothing
    /// else names a speaker.
    sentence_tag: Regex,
    /// `,” according to a statement from the White House`: whoever issued
    /// the document a described source is, named after "from" or "by" and
    /// ending the clause.
    after_issuer: Regex,
    /// `Esper said: “`
    before: Regex,
    /// `before` with any verb of saying ("agreed", "concluded"), read only
    /// right before a colon that opens a quote.
    before_any: Regex,
    /// Any speech verb.
    verbs: Regex,
    /// Any speech verb or other verb of saying.
    any_verbs: Regex,
    /// A speaker named with a verb anywhere: `said Esper`, `Esper said`.
    named: [Regex; 2],
    /// `Esper called the plan “`, `Esper described her as “`: a naming verb,
    /// its object, and "as" where the verb takes it.
    naming: Option<Regex>,
    /// `Ana Ruiz agreed, saying: “`: a comma, a participle of saying and
    /// a few lower-case words up to the quote.
    participle: Regex,
    /// `Ana Ruiz would not comment but confirmed that she “`: a verb of
    /// saying joined to an earlier verb of its clause by "but" or "and", and
    /// words without a stop or a quotation mark up to the quote.
    coordinated: Regex,
    /// The naming verbs, in lower case.
    naming_verbs: Vec<String>,
    /// The naming verbs that take "as", in lower case.
    naming_as: Vec<String>,
    /// Words before an "as" that make it no naming verb's, in lower case.
    naming_as_not_after: Vec<String>,
    /// Words that show a naming verb's object is another phrase, in lower
    /// case.
    naming_breaks: Vec<String>,
}

/// The most words an attribution inside one quoted sentence may have
/// ("she wrote", "said Marsk's chief engineer, Ana Ruiz").
const INTERRUPTION_WORDS: usize = 10;

/// A run of letters: a word, with its byte range.
static WORD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\p{L}+").expect("word pattern is valid"));

/// The most bytes between a verb of saying joined by "but" or "and" and the
/// quote it opens.
const COORDINATED_REACH: usize = 100;

/// The most characters between a quote and a sourcing phrase that ends its
/// sentence.
const SENTENCE_END_REACH: usize = 150;

/// How many bytes before or after a quote its speaker may stand.
const SPEAKER_REACH: usize = 200;

/// The most bytes of an aside set off by dashes before a quote.
const DASH_ASIDE_BYTES: usize = 300;

/// Where an aside set off by dashes that ends `text` opens ("… after a
/// hearing — where Ruiz said she was “…” — "): the byte of its first dash.
fn aside_between_dashes(text: &str) -> Option<usize> {
    let body = text.trim_end().strip_suffix(['—', '–'])?;
    let from = floor_boundary(body, body.len().saturating_sub(DASH_ASIDE_BYTES));
    let open = from + body[from..].rfind(['—', '–'])?;
    body[..open].ends_with(' ').then_some(open)
}

/// The largest character boundary of `text` at or before `at`.
pub(crate) fn floor_boundary(text: &str, mut at: usize) -> usize {
    at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// The smallest character boundary of `text` at or after `at`.
fn ceil_boundary(text: &str, mut at: usize) -> usize {
    at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at += 1;
    }
    at
}

/// Full stops that end a sentence: after a word of two letters or more
/// that is no abbreviation ("… in Cuba. Amnesty International has called";
/// not "Sgt. Ana Ruiz called", nor "Juror No. 8 said").
fn sentence_stops(text: &str) -> impl Iterator<Item = regex::Match<'_>> {
    static STOP: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(\p{L}{2,})[.!?][\x22”’]?\s+").expect("stop pattern is valid")
    });
    STOP.captures_iter(text)
        .filter(|c| {
            let word = c[1].to_lowercase();
            let after = c.get(0).map_or("", |m| &text[m.end()..]);
            let numbered =
                c[0].starts_with("No.") && after.starts_with(|ch: char| ch.is_ascii_digit());
            !ABBREVIATIONS.contains(&word) && !numbered
        })
        .filter_map(|c| c.get(0))
}

/// `text` after its last full stop that ends a sentence.
fn after_last_stop(text: &str) -> &str {
    sentence_stops(text)
        .last()
        .map_or(text, |m| &text[m.end()..])
}

/// `text` up to its first full stop that ends a sentence ("Mr Florin. He").
fn before_first_stop(text: &str) -> &str {
    sentence_stops(text).next().map_or(text, |m| {
        let stop = m.as_str().trim_end();
        let stop = stop.trim_end_matches(['"', '”', '’']);
        &text[..m.start() + stop.len() - 1]
    })
}

/// True when the words between a title's closing mark and the next quote's
/// opening one join them: nothing, "that", a comma or a colon.
fn links_to_title(between: &str) -> bool {
    let words = between.trim_matches(|c: char| c.is_whitespace() || matches!(c, ',' | ':'));
    words.is_empty() || words.eq_ignore_ascii_case("that")
}

/// The most words a straight double mark may open before a straight single
/// one closes it ('"truly gifted\'').
const MISTYPED_CLOSE_WORDS: usize = 4;
/// A quoted stretch this short whose every word is capitalised is a title
/// ("Take Me Out to the Ball Game").
const TITLE_WORDS: usize = 10;
/// So is one this long right after a noun for a work ("the 2005 book “The
/// Big Show: High Times and Dirty Dealings Backstage at the Academy
/// Awards”").
const WORK_TITLE_WORDS: usize = 20;
/// A speaker: up to seven words without punctuation between them ("defence
/// chief Mark Esper", "the Pentagon", "he", "the 55-year-old", "a source
/// close to the 76ers", "the 400m record holder"; a word that opens with
/// digits takes no full stop after one letter, a figure's unit as in
/// "$8.6m. Nortel"); "No." and its number are one word ("Juror No. 7");
/// the verb after it ends it.
const SPEAKER: &str = r"(?P<who>(?:\d+-?\p{L}(?:[\p{L}’'-][\p{L}’'.-]*)?|\p{L}[\p{L}’'.-]*)(?:\s+(?:No\.\s+\d+\b|\d+-?\p{L}(?:[\p{L}’'-][\p{L}’'.-]*)?|\p{L}[\p{L}’'.-]*)){0,8}?)";
/// The edge of a speech verb: an ASCII word boundary, which the fast search
/// can test on any text (a Unicode `\b` sends a pattern to the slow search
/// at the first curly quote). The verbs are ASCII words, so the two differ
/// only where a letter beyond ASCII runs straight into one.
const WORD_END: &str = r"(?-u:\b)";
/// An aside between commas after a speaker, before the verb ("Ben Bradlee,
/// who oversaw the coverage, said"; "the prosecutor, John W. Nields, wrote").
const ASIDE: &str = r"(?:,\s*(?P<aside>[^,“”\x22\n]{1,150}?),)?";
/// After a quote, where the speaker's name stands right after it, the aside
/// may come in two parts ("…,” Ana Ruiz, chief press officer, Defence,
/// said"). Before a quote the match would start at any earlier comma.
const ASIDE_AFTER: &str =
    r"(?:,\s*(?P<aside>[^,“”\x22\n]{1,150}?)(?P<more>,\s*[^,“”\x22\n]{1,80}?)?,)?";
/// A speaker named after the verb: capitalised words, with "of" or "of the"
/// after a word of `of-titles.tsv` (`{of_titles}`, capitalised) ("said
/// Police Chief Ana Ruiz", "said Secretary of the Interior Ana Ruiz", "said
/// Juror No. 8"), after "the" and up to three lower-case
/// ones ("said the 36-year-old Klitschko") or after an age alone ("said
/// 17-year-old Ana Ruiz"), or two names joined by "and" ("said Ana Ruiz and
/// Tom Pike").
const NAMED: &str = r"(?P<who>(?:the\s+(?:(?:\d[\p{L}\d’'-]*|\p{Ll}+-[\p{L}\d’'-]*|former|chief|senior)\s+){0,3}|\d+-\p{L}[\p{L}\d’'-]*\s+)?(?:(?:{of_titles})\s+of\s+(?:the\s+)?|[\p{Lu}][\p{L}’'.-]*\s+){0,5}(?:No\.\s+\d+\b|[\p{Lu}][\p{L}’'.-]*)(?:\s+and\s+(?:[\p{Lu}][\p{L}’'.-]*\s+){0,5}[\p{Lu}][\p{L}’'.-]*)?)";
/// A speaker named after the verb with a role in lower case before the name,
/// the name ending the clause or followed by an adjunct, after an article
/// (`{articles}`, from `articles.tsv`) or not: "commentator Pat Buchanan,", "the council's senior engineer Ana
/// Ruiz.", "Marsk police spokesman Ben Okafor.", "Marsk Kelmar Capital
/// Markets analyst Tom Pike.", "Zentrax senior threat researcher Tom Pike on
/// Monday", "fisherman's wife Ana Ruiz,", "Okafor's father, Tom Okafor.";
/// up to four words of role ("shadow local energy secretary").
/// The role's words are checked apart (none may be a function word: "said
/// Okafor on Tuesday" has no role). `{titles}` stands for the titles of
/// `abbreviations.tsv` and the end of the clause is added where the pattern
/// is built. Inside the name a word ends in a period only as an initial, a
/// dotted acronym or a title ("Tom J. Pike", "U.S.", "Lt. Ana Ruiz"), so
/// "said analyst Tom Pike. But in" never runs on to "But" before "in".
const ROLE_NAMED: &str = r"(?P<who>(?:(?:{articles})\s+)?(?:[\p{Lu}][\p{L}’'.-]*\s+){0,4}(?P<role>(?:\p{Ll}[\p{Ll}’'-]*\s+){0,3}\p{Ll}[\p{Ll}’'-]*,?\s+)(?:(?:[\p{Lu}][\p{L}’'-]*|\p{Lu}(?:\.\p{Lu})*\.|(?i:{titles})\.)\s+){0,4}[\p{Lu}][\p{L}’'.-]*)";
/// A speaker described after the verb, a noun in lower case after one of
/// `described_openers` (`{openers}`) and up to two words of any case ("said
/// the company", "said a hospital spokeswoman", "said a Nordic diplomat", "said the fisherman's
/// wife", "said the 71-year-old"), with what it is of after a word of
/// `title-links.tsv` (`{links}`): capitalised words ("said a spokesman for
/// Marsk Telecom"), or after one marked "described" (`{described}`) and
/// "the" up to two last words in lower case too ("said an aide for the ferry
/// line"; "said the judge to the defendant" names the judge).
const DESCRIBED: &str = r"(?P<who>(?:{openers})\s+(?:\p{L}[\p{L}’'-]*\s+){0,2}?(?:\p{Ll}[\p{Ll}-]*|\d+-\p{Ll}[\p{Ll}-]*)(?:\s+(?:(?:{described})\s+the\s+(?:\p{Lu}[\p{L}’'.&-]*\s+){0,4}(?:\p{Lu}[\p{L}’'.&-]*|(?:\p{Ll}[\p{Ll}-]+\s+)?\p{Ll}[\p{Ll}-]+)|(?:{links})\s+(?:the\s+)?(?:\p{Lu}[\p{L}’'.&-]*\s+){0,4}\p{Lu}[\p{L}’'.&-]*))?)";
/// A name before the verb: capitalised words only ("Sean B. Tipton said").
const NAME_BEFORE: &str = r"(?P<who>[\p{Lu}][\p{L}’'.-]*(?:\s+[\p{Lu}][\p{L}’'.-]*){0,5})";

/// "Ana Ruiz, lead designer and producer says", "Tom Pike, Director,
/// Marsk Radio said": a name of a few capitalised words opening the clause
/// `clause` (which ends in its verb of saying), then a comma and a role
/// that no comma closes before the verb, as press releases write it. The
/// name speaks, not the role's last words. Not a phrase that opens the
/// sentence ("In Orsova, the mayor said", "Last Tuesday, officials said"),
/// nor a role opened by an article, a pronoun or a quantifier ("Unlike Tom
/// Pike, many residents say"), nor, when a comma follows the verb
/// (`interjected`), a role in capitals alone: 'Ana Ruiz, Okafor said, "was
/// …"' is Okafor's aside ('Tom Pike, chairman of Marsk said, "…"' is
/// Pike's). `says` tells whether the clause's last word is a verb of saying.
fn name_before_role(
    clause: &str,
    says: impl Fn(&str) -> bool,
    interjected: bool,
) -> Option<String> {
    static LABELLED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"^\s*(?P<name>\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){1,3}),\s+(?P<role>[^,;:“”\x22]{2,80}?(?:,\s*[^,;:“”\x22]{2,80}?)?)\s+\p{Ll}+$",
        )
        .expect("labelled speaker pattern is valid")
    });
    let found = LABELLED.captures(clause)?;
    let verb = clause.split_whitespace().next_back()?;
    if !says(verb) {
        return None;
    }
    let name = found.name("name")?.as_str();
    let role: Vec<&str> = found.name("role")?.as_str().split_whitespace().collect();
    let plain = |w: &str| {
        let lower = w.to_lowercase();
        !is_function_word(&lower)
            && !SENTENCE_OPENERS.contains(&lower)
            && !crate::language::is_calendar_word(&lower)
            && !crate::language::is_day_word(&lower)
    };
    // "Harbour Master Okafor, Tom Pike added": a given name opens a name
    // set apart after a description, who speaks; "Marsk Council, MC,
    // members said": an acronym restates the body.
    let opens_role = role.first().is_some_and(|w| {
        let lower = w.to_lowercase();
        !ARTICLES.contains(&lower)
            && !DETERMINERS.contains(&lower)
            && !PERSONAL_PRONOUNS.contains(&lower)
            && !PRONOUNS_BACK.contains(&lower)
            && !crate::language::QUANTIFIERS.contains(&lower)
            && !crate::language::GIVEN_NAMES.contains(&lower)
            && w.chars().any(char::is_lowercase)
    });
    // "NEW YORK, April 13 - Marsk Corp said": a dateline, no name.
    let dateline = !name.chars().any(char::is_lowercase)
        || role
            .iter()
            .any(|w| w.contains(|c: char| c.is_ascii_digit()));
    // "Concerning Orsova, Pike said": a participle opens a phrase ("Sterling
    // Pike" is a given name).
    let opening_phrase = name.split_whitespace().next().is_some_and(|w| {
        let lower = w.to_lowercase();
        lower.ends_with("ing") && !crate::language::GIVEN_NAMES.contains(&lower)
    });
    let named_aside = interjected && !role.iter().any(|w| w.starts_with(char::is_lowercase));
    (name.split_whitespace().all(plain)
        && opens_role
        && !named_aside
        && !dateline
        && !opening_phrase
        && role.len() <= MAX_ROLE_WORDS)
        .then(|| name.to_string())
}

/// The most words of a role after a name (`name_before_role`).
const MAX_ROLE_WORDS: usize = 8;

/// `text` without its quotes.
fn outside_quotes(text: &str) -> String {
    let mut outside = String::with_capacity(text.len());
    let mut last = 0;
    for (open, _, _, close) in quoted(text) {
        outside.push_str(&text[last..open]);
        last = close;
    }
    outside.push_str(&text[last..]);
    outside
}

impl QuoteRule {
    /// Compile a quote rule.
    pub fn new(id: String, params: QuoteParams) -> Result<Self, regex::Error> {
        let verbs = escaped_alternation(&params.speech_verbs);
        // Before a source named after the quote: a verb of saying or a
        // sourcing phrase.
        let sourcing =
            phrase_alternation(params.speech_verbs.iter().chain(&params.sourcing_phrases));
        let after = Regex::new(&format!(
            r"^[\s,.;!?…]*{SPEAKER}{ASIDE_AFTER}\s+(?:(?:has|had|have)\s+)?(?:{verbs}){WORD_END}"
        ))?;
        // A full stop inside the description only within a word ("U.S."):
        // "Ana Ruiz, the mayor. He said" is two sentences.
        let articles = Table::alternation(ARTICLES.words());
        let after_unclosed = Regex::new(&format!(
            r"^\s*{NAME_BEFORE},\s*(?:{articles})\s+(?:[^,.“”\x22\n]|\.\S){{1,80}}?\s+(?:(?:has|had|have)\s+)?(?:{verbs}){WORD_END}"
        ))?;
        // '“…,” the letter read': a thing that bears words, after an
        // article or a possessive ("please read" names no one).
        let read_verbs = escaped_alternation(&params.after_quote_verbs);
        // '“…,” the Marsk Echo later reported': an adverb or an auxiliary
        // before the verb is no part of the bearer. A bearer named without
        // an article or a possessive is capitalised words, maybe with the
        // title of its column or show in quotes after a possessive ('“…,”
        // Marsk Weekly’s “Harbour Notes” is reporting').
        let adverbs = Table::alternation(
            crate::language::VERB_ADVERBS
                .words()
                .chain(crate::language::AUXILIARIES.words()),
        );
        // '“…,” the Marsk Echo quoted witness Ana Ruiz as saying': a role
        // in lower case may come before the name.
        let after_quoted = (!params.quoting_verbs.is_empty())
            .then(|| {
                let quoting = escaped_alternation(&params.quoting_verbs);
                Regex::new(&format!(
                    r"^[\s,.;!?…]*(?:(?i:the)\s+)?(?:\p{{Lu}}[\p{{L}}’'.&-]*\s+){{1,5}}(?:{quoting})\s+(?P<who>(?:\p{{Ll}}+\s+){{0,2}}(?:\p{{Lu}}[\p{{L}}’'.-]*\s+){{0,3}}\p{{Lu}}[\p{{L}}’'.-]*)\s+as\s+saying\b"
                ))
            })
            .transpose()?;
        let after_bearer = (!params.after_quote_verbs.is_empty())
            .then(|| {
                Regex::new(&format!(
                    r"^[\s,.;!?…]*(?P<who>(?:(?i:the)|a|an|his|her|its|their)\s+(?:[\p{{L}}][\p{{L}}’'.-]*\s+){{0,3}}?[\p{{L}}][\p{{L}}’'.-]*|(?:\p{{Lu}}[\p{{L}}’'.&-]*\s+){{0,3}}\p{{Lu}}[\p{{L}}’'.&-]*(?:['’]s\s+[“\x22][^”\x22\n]{{1,40}}[”\x22])?)\s+(?:(?:{adverbs})\s+){{0,2}}(?:{read_verbs}){WORD_END}"
                ))
            })
            .transpose()?;
        let capitalised: Vec<String> = crate::language::OF_TITLES
            .words()
            .map(|w| {
                let mut letters = w.chars();
                letters.next().map_or(String::new(), |first| {
                    first.to_uppercase().chain(letters).collect()
                })
            })
            .collect();
        let of_titles = Table::alternation(capitalised.iter().map(String::as_str));
        let named = NAMED.replace("{of_titles}", &of_titles);
        let after_inverted = Regex::new(&format!(r"^[\s,.;!?…]*(?:{sourcing})\s+{named}"))?;
        let adjuncts = escaped_alternation(crate::language::AFTER_SAYING.words());
        // Where a speaker named after the verb ends: the clause's end, or an
        // adjunct ("said Ana Ruiz on Monday").
        let speaker_end = format!(r"(?:\s*(?:[,.;!?]|$)|\s+(?:{adjuncts}){WORD_END})");
        let titles = Table::alternation(
            ABBREVIATIONS
                .rows()
                .iter()
                .filter(|row| row.get(1) == Some(&"never"))
                .map(|row| row[0]),
        );
        let role_named = ROLE_NAMED
            .replace("{titles}", &titles)
            .replace("{articles}", &articles);
        // "said attorney Ana Ruiz of the Marsk Centre": a role's name may
        // end where a word joins it to an employer (`title-links.tsv`).
        let links = &crate::language::TITLE_LINKS;
        let employer = Table::alternation(links.words());
        let after_role = Regex::new(&format!(
            r"^[\s,.;!?…]*(?:{sourcing})\s+{role_named}(?:{speaker_end}|\s+(?:{employer})\s+(?:the\s+)?\p{{Lu}})"
        ))?;
        let openers = if params.described_openers.is_empty() {
            Table::alternation(ARTICLES.words())
        } else {
            escaped_alternation(&params.described_openers)
        };
        let described = DESCRIBED
            .replace("{openers}", &openers)
            .replace("{links}", &Table::alternation(links.words()))
            .replace(
                "{described}",
                &Table::alternation(
                    links
                        .words()
                        .filter(|w| links.field(w, 1) == Some("described")),
                ),
            );
        let after_described = Regex::new(&format!(
            r"^[\s,.;!?…]*(?:{sourcing})\s+{described}{speaker_end}"
        ))?;
        // '“…” from her campaign, according to the Marsk Echo.': a sourcing
        // phrase that ends the quote's sentence, with other words between.
        let according = phrase_alternation(&params.sourcing_phrases);
        let sentence_end = (!params.sourcing_phrases.is_empty())
            .then(|| {
                Regex::new(&format!(
                    r"^[^.!?“”\x22\n]{{0,{SENTENCE_END_REACH}}}?,\s*(?:{according})\s+{named}\s*[.!?]"
                ))
            })
            .transpose()?;
        let sentence_tag = Regex::new(&format!(
            r"^(?P<lead>[^.!?“”\x22\n]{{0,{SENTENCE_END_REACH}}}?),\s*{SPEAKER}{ASIDE_AFTER}\s+(?:{verbs}){WORD_END}\s*[.!?]"
        ))?;
        let after_issuer = Regex::new(&format!(
            r"^[\s,.;!?…]*(?:{sourcing})\s+(?:the|a|an)\s+(?:\p{{Ll}}[\p{{Ll}}-]*\s+){{0,2}}?\p{{Ll}}[\p{{Ll}}-]*\s+(?:(?:published|issued|released)\s+)?(?:from|by)\s+{named}\s*(?:[,.;!?]|$)"
        ))?;
        // Before the quote: `Esper said: “` or `Esper said that “`, up to
        // the verb (what follows it is checked apart: a counted run at the
        // end makes the backward search build thousands of states).
        // "has", "had" or "have" before the verb is no part of the speaker,
        // nor the words between "had" and "to say" ("had this to say").
        let to_say = if params.had_to_say.is_empty() {
            String::new()
        } else {
            format!(
                r"(?:(?:{})\s+to\s+)?",
                phrase_alternation(&params.had_to_say)
            )
        };
        let perfect = format!(r"(?:(?:has|had|have)\s+{to_say})?");
        let before = Regex::new(&format!(r"{SPEAKER}{ASIDE}\s+{perfect}(?:{verbs})$"))?;
        let any_verbs =
            escaped_alternation(params.speech_verbs.iter().chain(&params.other_speech_verbs));
        let before_any = Regex::new(&format!(r"{SPEAKER}{ASIDE}\s+{perfect}(?:{any_verbs})$"))?;
        let naming = (!params.naming_verbs.is_empty())
            .then(|| naming_pattern(&params))
            .transpose()?;
        // ", saying: “", ", adding in a statement, “", ", telling reporters
        // that “" (the comma may close a quote: 'a “fresh start,”
        // writing'): a few lower-case words may follow the participle, or a
        // "that" clause of up to eight words in any case (", writing that the
        // Kelmar Ferries “", `participle_with_subject` reads its words). After
        // a statement the subject issued no comma is needed ("issued a
        // statement Saturday saying it was “"; not "received a letter from
        // Pike saying").
        // The participles are those of `saying-participles.tsv` marked
        // "quote".
        let participle = {
            let participles = Table::alternation(SAYING_PARTICIPLES.where_field(1, "quote"));
            let statements = Table::alternation(STATEMENT_NOUNS.words());
            let issuing = Table::alternation(crate::language::ISSUING_VERBS.words());
            Regex::new(&format!(
                r"(?:,[”\x22]?|{WORD_END}(?:{issuing})\s+(?:a|an|the)\s+(?:{statements})(?:\s+\p{{L}}[\p{{L}}’'-]*){{0,3}})\s*(?:{participles}){WORD_END}(?:\s+that(?P<clause>(?:\s+[\p{{L}}\d][\p{{L}}\d’'.-]*){{1,8}})|(?:\s+\p{{Ll}}[\p{{L}}’'-]*){{0,4}})\s*[,:]?\s*[“\x22]?$"
            ))?
        };
        let coordinated = Regex::new(&format!(
            r"\s(?:but|and)\s+(?:{any_verbs}){WORD_END}[^.;!?“”\x22]{{0,{COORDINATED_REACH}}}[“\x22]?$"
        ))?;
        Ok(QuoteRule {
            id,
            naming,
            participle,
            coordinated,
            naming_verbs: params
                .naming_verbs
                .iter()
                .map(|v| v.to_lowercase())
                .collect(),
            naming_as: params
                .naming_verbs_as
                .iter()
                .map(|v| v.to_lowercase())
                .collect(),
            naming_as_not_after: params
                .naming_as_not_after
                .iter()
                .map(|v| v.to_lowercase())
                .collect(),
            naming_breaks: params
                .naming_object_breaks
                .iter()
                .map(|v| v.to_lowercase())
                .collect(),
            min_words: params.min_words,
            min_words_said: params.min_words_said.unwrap_or(params.min_words),
            after,
            after_unclosed,
            after_inverted,
            after_role,
            after_described,
            after_bearer,
            after_quoted,
            after_issuer,
            sentence_end,
            sentence_tag,
            before,
            before_any,
            verbs: Regex::new(&format!(r"{WORD_END}(?:{verbs}){WORD_END}"))?,
            any_verbs: Regex::new(&format!(r"{WORD_END}(?:{any_verbs}){WORD_END}"))?,
            // "he told the Marsk Echo": what follows a verb that takes an
            // addressee is who listened, never who spoke.
            named: [
                Regex::new(&format!(
                    r"{WORD_END}(?:{inverted})\s+{named}",
                    inverted =
                        escaped_alternation(params.speech_verbs.iter().filter(|v| {
                            crate::language::SAYING.field(v, 1) != Some("addressee")
                        }))
                ))?,
                Regex::new(&format!(r"{NAME_BEFORE}{ASIDE}\s+(?:{verbs}){WORD_END}"))?,
            ],
        })
    }

    /// True when `text` has a speech verb outside its quotes: the paragraph
    /// names its own speaker, even where the speaker pattern did not read it.
    pub fn attributes_itself(&self, text: &str) -> bool {
        self.verbs.is_match(&outside_quotes(text))
    }

    /// True when `text` has a speech verb or another verb of saying
    /// ("admitted", "joked") outside its quotes.
    pub fn says_anything(&self, text: &str) -> bool {
        self.any_verbs.is_match(&outside_quotes(text))
    }

    /// The last speaker `text` names with a speech verb outside its quotes
    /// ("…, said Sean B. Tipton, a spokesman"): whose words a paragraph of
    /// quote after it goes on with.
    /// A day is no speaker ("Marsk said Friday it told the regulator").
    pub fn named_speaker(&self, text: &str) -> Option<String> {
        let quotes = quoted(text);
        // A name after the verb speaks only where the verb opens its clause
        // after a comma or a closing mark ("…,” said Ana Ruiz"): in "Pike
        // also said Okafor had been picked" the name after it opens what
        // was said.
        let [inverted, before] = &self.named;
        let opens_clause = |at: usize| text[..at].trim_end().ends_with([',', '”', '"', '’', '\'']);
        let inverted = inverted
            .captures_iter(text)
            .filter(|c| c.get(0).is_some_and(|m| opens_clause(m.start())));
        inverted
            .chain(before.captures_iter(text))
            .filter(|c| {
                let at = c.get(0).map_or(0, |m| m.start());
                !quotes
                    .iter()
                    .any(|&(open, _, _, close)| open <= at && at < close)
            })
            .filter_map(|c| {
                let at = c.get(0).map_or(0, |m| m.start());
                let name = speaker_of(&c, false)?;
                (!crate::language::dated_name(&name)).then_some((at, name))
            })
            .max_by_key(|(at, _)| *at)
            .map(|(_, name)| name)
    }

    /// The speaker `text` opens with, named before a speech verb ("Ana Ruiz
    /// said." on the line after '"…,"' or '"…."'): the quote that ended the
    /// paragraph before may be theirs (the engine decides).
    pub fn opening_speaker(&self, text: &str) -> Option<String> {
        let opening = self.named[1]
            .captures(text)
            .filter(|c| c.get(0).is_some_and(|m| m.start() == 0))?;
        speaker_of(&opening, false).filter(|name| !crate::language::dated_name(name))
    }

    /// Every quote of at least `min_words` words in `paragraph`, and every
    /// quote no mark closes there, however short (the next line may go on
    /// with it).
    pub fn find(&self, paragraph: &str) -> Vec<QuoteHit> {
        let mut hits = Vec::new();
        // The speaker named for a title in quotes, and where the title's
        // mark closes: "Woodward wrote in "Secret Man: The Story of
        // Watergate's Deep Throat" that "…"" (only the quote right after it,
        // over "that" or a colon, takes it).
        let mut before_title: Option<(usize, String)> = None;
        let mut stretches = quoted(paragraph);
        if let [only] = stretches.as_mut_slice() {
            self.close_spaced_mark(paragraph, only);
        }
        for (open, start, end, close) in stretches {
            let title_speaker = before_title
                .take()
                .filter(|(after, _)| links_to_title(paragraph.get(*after..open).unwrap_or("x")))
                .map(|(_, speaker)| speaker);
            // No mark closes it: it runs to the paragraph's end.
            let mut unclosed = end == close && start > open;
            // '"By rolling back the rule we protect them, the two men said
            // in a statement.': a tag ends a quote no mark closes.
            let inner_tag = unclosed
                .then(|| self.inner_tag(&paragraph[start..end]))
                .flatten();
            let end = match &inner_tag {
                Some((cut, _)) => {
                    unclosed = false;
                    start + cut
                }
                None => end,
            };
            let body = paragraph[start..end].trim_end_matches([',', ' ', '\u{a0}']);
            let comma_ended = paragraph[start + body.len()..end].contains(',');
            let end = start + body.len();
            let words: Vec<&str> = body.split_whitespace().collect();
            let lead_in = floor_boundary(paragraph, open.saturating_sub(DESIGNATOR_REACH));
            // A quote no mark closes goes on past the paragraph ("Ruiz
            // said: “Yes. / …”): its first words are not all of it.
            let short = words.len() < self.min_words.min(self.min_words_said);
            // '"(Marsk Echo article)': a bracket alone labels where pasted
            // text came from; no one says it.
            let bracketed =
                body.starts_with('(') && body.ends_with(')') && !body[1..].contains('(');
            // 'ibm-moves-into -. html ">carbon consulting to …': a mark
            // before an angle bracket is left of a link's markup.
            let markup = body.starts_with(['<', '>']);
            if (short && !unclosed) || bracketed || markup || designated(&paragraph[lead_in..open])
            {
                continue;
            }
            // A speaker stands within a few words of the quote: search only
            // there, not the whole paragraph.
            let rest = &paragraph[close..ceil_boundary(paragraph, close + SPEAKER_REACH)];
            let before_start = floor_boundary(paragraph, open.saturating_sub(SPEAKER_REACH));
            let next_sentence = opens_next_sentence(&paragraph[..open], body, rest);
            // '“….” The Marsk Echo also reported a third': a bearer after
            // a quote that ends its sentence reports something else.
            let bearer = self.after_bearer.as_ref().filter(|_| !next_sentence);
            let after = [
                Some(&self.after),
                Some(&self.after_unclosed).filter(|_| comma_ended),
                Some(&self.after_role),
                Some(&self.after_inverted),
                Some(&self.after_issuer),
                Some(&self.after_described),
                self.after_quoted.as_ref(),
                bearer,
            ]
            .into_iter()
            .flatten()
            .filter_map(|r| r.captures(rest))
            .filter(|c| {
                !c.get(0)
                    .is_some_and(|m| stops_inside_sentence(m.as_str(), &rest[m.end()..]))
            })
            .find_map(|c| {
                let speaker = speaker_of(&c, true)?;
                let whole = c.get(0)?;
                let who = c.name("who")?;
                Some(if self.after_described.is_match(whole.as_str()) {
                    past_the_noun(speaker, &rest[who.end()..])
                } else {
                    speaker
                })
            });
            let before = || {
                // A term in quotes ("personal enjoyment") is no reported
                // speech: only a quote of a few words reaches past a "that".
                let far = words.len() >= self.min_words;
                self.speaker_before(&paragraph[before_start..open], far)
                    .or_else(|| self.namer_before(&paragraph[before_start..open]))
                    .or_else(|| speaker_label(&paragraph[..open]))
                    .or_else(|| {
                        // 'Pike told the Echo after the hearing — where
                        // Ruiz said she was “…” — “…”': an aside between
                        // dashes right before the quote, which quotes
                        // someone else, is no tag of it.
                        let aside = aside_between_dashes(&paragraph[..open])?;
                        let from = floor_boundary(paragraph, aside.saturating_sub(SPEAKER_REACH));
                        // Only in the quote's sentence ("Sen. Tom Pike"'s
                        // stop ends none: `abbreviations.tsv` "never").
                        let lead = &paragraph[from..aside];
                        let ends_sentence = |at: usize| {
                            let word = lead[..at].rsplit(' ').next().unwrap_or("");
                            ABBREVIATIONS.field(&word.to_lowercase(), 1) != Some("never")
                        };
                        let sentence = lead
                            .match_indices(['.', '!', '?'])
                            .map(|(at, _)| at)
                            .rfind(|&at| lead[at + 1..].starts_with(' ') && ends_sentence(at))
                            .map_or(lead, |at| &lead[at + 2..]);
                        self.speaker_before(sentence, far)
                    })
            };
            // 'X said: “….” It added: “…”', '… “one iota”. Mr Howard
            // later added': a speaker after a quote that ends its sentence
            // opens the next one; a speaker named before the quote is its.
            let after = inner_tag.map(|(_, speaker)| speaker).or(after);
            let (speaker, fallback) = if next_sentence {
                match before() {
                    Some(named) => (Some(named), after),
                    None => (after, None),
                }
            } else {
                (after.or_else(before), None)
            };
            // The clause before a colon names the speaker only where nothing
            // else does.
            let (speaker, from_lead_in) = match speaker {
                Some(named) => (Some(named), false),
                None => {
                    let lead_in = self.lead_in_speaker(&paragraph[before_start..open]);
                    let found = lead_in.is_some();
                    (lead_in, found)
                }
            };
            let lead = &paragraph[before_start..open];
            let by_subject = speaker.is_none()
                && (self.participle_with_subject(lead) || self.coordinated_with_subject(lead));
            // Only for words someone said: no term before its noun ("an
            // “active shooter” situation").
            let said = !by_subject
                && words.len() >= self.min_words
                && !modifies_noun(&paragraph[..open], &paragraph[close..]);
            let ends_sentence = next_sentence || body.ends_with(['.', '!', '?']);
            let mut tagged = false;
            let speaker = speaker.or_else(|| {
                let found = self.sentence_end.as_ref()?.captures(rest)?;
                said.then(|| speaker_of(&found, true)).flatten()
            });
            let speaker = speaker.or_else(|| {
                let found = self
                    .sentence_tag
                    .captures(rest)
                    .filter(|_| !ends_sentence)?;
                // '“…,” Tom Pike, director of research for Marsk Co said.':
                // a name right after the quote, its aside left open, is who
                // spoke, not the role or the employer.
                // Only where the tag itself names a role or an employer, not
                // a person ('“…” Christmas Eve, Tom Pike said').
                let lead = found.name("lead")?.as_str().trim_start_matches([',', ' ']);
                let head = lead.split(',').next().unwrap_or(lead).trim_end();
                let words: Vec<&str> = head.split_whitespace().collect();
                let role_told = found.name("who").is_some_and(|w| !is_name(w.as_str()))
                    || lead.len() > head.len();
                if role_told
                    && words.len() >= 2
                    && is_name(head)
                    && !words.iter().any(|w| is_function_word(w))
                    && !crate::language::dated_name(head)
                {
                    return Some(head.to_string());
                }
                let tag = said.then(|| speaker_of(&found, true)).flatten();
                tagged = tag.is_some();
                tag
            });
            // A clause ending in a colon speaks through its subject only
            // where nothing after the quote names a source ("… blunt: “…”
            // from the bench, according to the Marsk Echo").
            let by_subject = by_subject || (speaker.is_none() && opens_with_colon(lead));
            // "what it calls a “five-day letter”": "it" or "they" often
            // names a body's term, not its words; it admits no short quote.
            let body_pronoun = |s: &String| matches!(s.to_lowercase().as_str(), "it" | "they");
            if speaker.as_ref().is_none_or(body_pronoun)
                && (words.len() < self.min_words
                    || modifies_noun(&paragraph[..open], &paragraph[close..]))
            {
                continue;
            }
            // “Million Dollar Mermaid”, voted “The Most Likely to Succeed.”:
            // a short title, not a quote, unless someone is said to say it.
            // After a noun for a work it may run longer.
            let work = names_a_work(&paragraph[lead_in..open]);
            let most = if work { WORK_TITLE_WORDS } else { TITLE_WORDS };
            let title = words.len() <= most
                && words.iter().all(|w| {
                    w.starts_with(|c: char| c.is_uppercase() || !c.is_alphabetic())
                        || TITLE_SMALL_WORDS.contains(w)
                })
                && (!body.ends_with(['.', '!', '?']) || speaker.is_none() || work);
            if title {
                before_title = speaker.map(|s| (close, s));
                continue;
            }
            let speaker = speaker.or(title_speaker);
            hits.push(QuoteHit {
                start,
                end,
                speaker,
                fallback,
                lead_in: from_lead_in,
                by_subject,
                open_ended: unclosed,
                tagged,
                gap: None,
            });
        }
        self.join_interrupted(paragraph, hits)
    }

    /// The tag in the last sentence of a quote no mark closes (`body`): a
    /// comma, a speaker and a verb of saying (`after`), and at most a few
    /// words more to the end ("…, the two men said in a statement."), never
    /// a reported clause ("…, he said that …"). Where the quote's words
    /// end (the comma) and the speaker as written.
    fn inner_tag(&self, body: &str) -> Option<(usize, String)> {
        /// The most words after the verb: an adjunct ("in a statement").
        const TAIL_WORDS: usize = 6;
        let text = body.trim_end();
        if !text.ends_with(['.', '!', '?']) {
            return None;
        }
        let from = text.len() - after_last_stop(text).len();
        text[from..].match_indices(',').rev().find_map(|(i, _)| {
            let comma = from + i;
            let found = self.after.captures(&text[comma..])?;
            let tail = &text[comma + found.get(0)?.end()..];
            let words: Vec<&str> = tail
                .split_whitespace()
                .filter(|w| w.contains(char::is_alphanumeric))
                .collect();
            // Nothing, or an adjunct ("in a statement", "on Monday"): never
            // an object or a clause ("the clerk said no", "said we had to
            // go").
            let short = words.len() <= TAIL_WORDS
                && !tail.contains(',')
                && words.first().is_none_or(|w| {
                    super::attribution::adjunct(&w.trim_end_matches(['.', '!', '?']).to_lowercase())
                });
            short
                .then(|| speaker_of(&found, true))
                .flatten()
                .map(|speaker| (comma, speaker))
        })
    }

    /// One quoted sentence that an attribution interrupts is one quote:
    /// '“It is debatable,” she wrote, “whether the money was worth it.”'.
    /// The first part ends in a comma, a short clause with a verb of saying
    /// stands between the parts, set off by commas, and the second goes on
    /// in lower case.
    fn join_interrupted(&self, paragraph: &str, hits: Vec<QuoteHit>) -> Vec<QuoteHit> {
        let mut out: Vec<QuoteHit> = Vec::with_capacity(hits.len());
        for hit in hits {
            if let Some(last) = out.last_mut()
                && last.gap.is_none()
                && self.interrupts(paragraph.get(last.end..hit.start).unwrap_or(""))
                && paragraph[hit.start..].starts_with(char::is_lowercase)
            {
                last.gap = Some((last.end, hit.start));
                last.end = hit.end;
                last.open_ended = hit.open_ended;
                if last.speaker.is_none() {
                    last.speaker = hit.speaker;
                }
                continue;
            }
            out.push(hit);
        }
        out
    }

    /// True when `between` two quotes is only a comma inside the first, its
    /// closing mark, and a short clause of saying set off by commas before
    /// the second's opening mark: `,” she wrote, “`.
    fn interrupts(&self, between: &str) -> bool {
        let Some(rest) = between.strip_prefix(',') else {
            return false;
        };
        let Some(rest) = rest.strip_prefix(['”', '"']) else {
            return false;
        };
        let Some(clause) = rest
            .trim_end()
            .strip_suffix(['“', '"'])
            .and_then(|r| r.trim_end().strip_suffix(','))
        else {
            return false;
        };
        clause.split_whitespace().count() <= INTERRUPTION_WORDS
            && !clause.contains(['.', ';', '!', '?', ':'])
            && self.any_verbs.is_match(clause)
    }

    /// The speaker named before a quote: the subject of the speech verb
    /// nearest it that only a few words without quotation marks separate from
    /// it (`Esper said: “`, `Esper said that “`), read within the verb's own
    /// sentence. With `past_that`, a "that" between them lets the verb stand
    /// further off.
    fn speaker_before(&self, ahead: &str, past_that: bool) -> Option<String> {
        /// The most characters between the verb and the quote.
        const GAP: usize = 80;
        /// The most where a "that" between them opens what was said ("Jon
        /// Pike told a House hearing on the new rules that they remove “…”").
        const GAP_THAT: usize = 160;
        static SENTENCE_END: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"\p{Ll}{4,}[.!?][\x22”’]?\s+").expect("sentence end pattern is valid")
        });
        let verbs: Vec<regex::Match<'_>> = self.verbs.find_iter(ahead).collect();
        verbs
            .iter()
            .rev()
            .take_while(|verb| {
                let gap = &ahead[verb.end()..];
                let reach = if past_that && gap.contains(" that ") {
                    GAP_THAT
                } else {
                    GAP
                };
                gap.chars().nth(reach).is_none() && !gap.contains(['“', '”', '"'])
            })
            // 'added to “new factors”': the quote is what the verb
            // goes to, not what was said.
            .filter(|verb| ahead[verb.end()..].trim() != "to")
            .find_map(|verb| {
                let upto = &ahead[..verb.end()];
                let from = SENTENCE_END.find_iter(upto).last().map_or(0, |m| m.end());
                let interjected = ahead[verb.end()..].trim_start().starts_with(',');
                name_before_role(&upto[from..], |_| true, interjected)
                    .or_else(|| speaker_of(&self.before.captures(&upto[from..])?, false))
            })
    }

    /// True when a participle of saying opens the quote (`participle`) and
    /// leaves it to the clause's subject: no verb of saying (the rule's, as
    /// `any_verbs` reads them, or `saying.tsv`'s) or of naming in a "that"
    /// clause between them gives it to another ("adding that Pike called it
    /// “…”", "noting that Pike wrote “…”").
    fn participle_with_subject(&self, lead: &str) -> bool {
        let Some(found) = self.participle.captures(lead) else {
            return false;
        };
        found.name("clause").is_none_or(|clause| {
            !self.any_verbs.is_match(clause.as_str())
                && WORD.find_iter(clause.as_str()).all(|word| {
                    let word = word.as_str().to_lowercase();
                    !crate::language::SAYING.contains(&word) && !self.naming_verbs.contains(&word)
                })
        })
    }

    /// True when a verb of saying joined by "and" or "but" opens the quote
    /// (`coordinated`) and belongs to its sentence's subject: no word of
    /// `clause-openers.tsv` opens a clause between them that is still open
    /// at the verb ("Pike thanked Okafor, who smiled and said “…”" is
    /// Okafor's; "Ana Ruiz, who runs the port, wrote and said “…”" is hers).
    fn coordinated_with_subject(&self, lead: &str) -> bool {
        let Some(found) = self.coordinated.find(lead) else {
            return false;
        };
        let clause = after_last_stop(&lead[..found.start()]);
        WORD.find_iter(clause).all(|word| {
            if !crate::language::CLAUSE_OPENERS.contains(&word.as_str().to_lowercase()) {
                return true;
            }
            // An aside set off by commas closes before the verb.
            clause[..word.start()].trim_end().ends_with(',') && clause[word.end()..].contains(',')
        })
    }

    /// The subject of a naming verb right before a quote: "Ana Ruiz called
    /// the plan “…”", "the board described her as “…”", or the agent of its
    /// passive ("described by the Marsk Echo as “…”"). A passive without an
    /// agent ("has been described as “…”") names no one, nor does an object
    /// that is another phrase ("called police to the house “…”").
    fn namer_before(&self, ahead: &str) -> Option<String> {
        let ahead = after_last_stop(ahead);
        let found = self.naming.as_ref()?.captures(ahead)?;
        let verb = found.name("verb")?;
        let mut object: Vec<&str> = found.name("object")?.as_str().split_whitespace().collect();
        // "denounced the government for what he called a “…”": a naming
        // verb with a subject of its own nearer the quote names it (not a
        // participle: "described the group called Kelmar First as “…”").
        let own_subject = |at: usize| {
            at.checked_sub(1).is_some_and(|p| {
                PERSONAL_PRONOUNS.field(&object[p].to_lowercase(), 1) == Some("subject")
            })
        };
        if (0..object.len())
            .any(|at| self.naming_verbs.contains(&object[at].to_lowercase()) && own_subject(at))
        {
            return self.namer_before(&ahead[verb.end()..]);
        }
        if object
            .last()
            .is_some_and(|w| matches!(w.to_lowercase().as_str(), "a" | "an" | "the"))
        {
            object.pop();
        }
        // "described her as “…”", or as a few words the quote goes on with
        // ("described Pike as a quiet neighbour “who …”"). The "as" says
        // the object is what is named, prepositions and all ("condemned
        // the attack on the ferry as “…”").
        let with_as = self.naming_as.contains(&verb.as_str().to_lowercase());
        if with_as {
            // Not the "as" of "such as" or "as well as".
            let as_at = (0..object.len()).rev().find(|&at| {
                object[at].eq_ignore_ascii_case("as")
                    && at.checked_sub(1).is_none_or(|p| {
                        !self.naming_as_not_after.contains(&object[p].to_lowercase())
                    })
            })?;
            let description = &object[as_at + 1..];
            if description.len() > MAX_DESCRIPTION_BEFORE_QUOTE
                || description
                    .iter()
                    .any(|w| !w.starts_with(char::is_lowercase))
            {
                return None;
            }
            object.truncate(as_at);
        }
        if let Some(("by", agent)) = object.split_first().map(|(by, rest)| (*by, rest)) {
            let agent = agent.join(" ");
            return is_name_phrase(&agent).then_some(agent);
        }
        if !with_as
            && object
                .iter()
                .any(|w| self.naming_breaks.contains(&w.to_lowercase()))
        {
            return None;
        }
        let passive = ahead[..verb.start()]
            .split_whitespace()
            .last()
            .is_some_and(|w| BE.contains(&w.to_lowercase()));
        if passive {
            return None;
        }
        // "a bridge which she described as “…”": the subject follows the
        // relative pronoun, which is the object.
        let who: Vec<&str> = found.name("who")?.as_str().split_whitespace().collect();
        match who.iter().rposition(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "which" | "what" | "whom" | "that"
            )
        }) {
            Some(k) => self.subject_of(&who[k + 1..]),
            // "a service called “…”", "a man described as “…”": with no
            // object the verb is a participle naming its noun.
            None if object.is_empty() => None,
            // "One official who took part in the talks described them as
            // “…”": the subject is before the relative clause.
            None => match who.iter().position(|w| w.eq_ignore_ascii_case("who")) {
                Some(k) => self.subject_of(&who[..k]),
                None => speaker_of(&found, false),
            },
        }
    }

    /// The speaker `words` name as a subject, read as the subject of a verb
    /// of saying after them is read.
    fn subject_of(&self, words: &[&str]) -> Option<String> {
        let said = format!("{} said", words.join(" "));
        speaker_of(&self.before.captures(&said)?, false)
    }

    /// The speaker a clause ending in a colon names for the quote after it: the
    /// subject of any verb of saying right before the colon ("Ana Ruiz
    /// agreed: “…”"), else its subject pronoun ("In typical fashion,
    /// she released a jokey response to the award: “…”" → "she"), a possessive
    /// before a noun for what was said ("His exact words: “…”" → "he"), or the
    /// name after such a noun and "by" or "from" ("Below is a statement by Ana
    /// Okafor, a director: “…”"). `utterance-nouns.tsv` lists the nouns.
    pub fn lead_in_speaker(&self, ahead: &str) -> Option<String> {
        let clause = after_last_stop(ahead).trim_end().strip_suffix(':')?;
        if clause.contains(['“', '”', '"']) {
            return None;
        }
        // "However, Ana Ruiz tried to play it down, adding:": a word that
        // opens sentences (`sentence-openers.tsv`) names no one, unless it
        // is a personal pronoun.
        if let Some(name) = name_before_role(clause, |verb| self.any_verbs.is_match(verb), false) {
            return Some(name);
        }
        if let Some(said) = self.before_any.captures(clause) {
            return speaker_of(&said, false).filter(|s| {
                let lower = s.to_lowercase();
                !SENTENCE_OPENERS.contains(&lower) || PERSONAL_PRONOUNS.contains(&lower)
            });
        }
        let words: Vec<&str> = clause.split_whitespace().collect();
        if words.len() > LEAD_IN_WORDS {
            return None;
        }
        let opening = words
            .iter()
            .take(LEAD_IN_OPENING_WORDS)
            .position(|w| w.ends_with(','))
            .map_or(0, |k| k + 1);
        let words = &words[opening..];
        let bare = |w: &str| w.trim_end_matches([',', ';']).to_lowercase();
        let noun = words
            .iter()
            .position(|w| UTTERANCE_NOUNS.contains(&bare(w)));
        // "The judge had advice for anyone who deals with him:", "the club
        // issued a statement:": the subject of a verb that puts out what
        // was said (`issuing-verbs.tsv`), right before the noun or its
        // article.
        if let Some(k) = noun.filter(|&k| k > 0) {
            let article = k > 1 && crate::language::ARTICLES.contains(&bare(words[k - 1]));
            let verb = if article { k - 2 } else { k - 1 };
            if verb > 0 && crate::language::ISSUING_VERBS.contains(&bare(words[verb])) {
                return self.subject_of(&words[..verb]);
            }
        }
        let first = bare(words.first()?);
        let verb_next = words
            .get(1)
            .is_some_and(|w| w.starts_with(char::is_lowercase));
        match first.as_str() {
            "he" | "she" if verb_next => Some(first),
            "his" => noun.filter(|&k| k <= POSSESSIVE_REACH).map(|_| "he".into()),
            "her" => noun
                .filter(|&k| k <= POSSESSIVE_REACH)
                .map(|_| "she".into()),
            _ => {
                let after = &words[noun? + 1..];
                let (by, rest) = after.split_first()?;
                if !matches!(bare(by).as_str(), "by" | "from") {
                    return None;
                }
                // The name runs to the comma that opens an aside about it.
                let mut name = Vec::new();
                for word in rest
                    .iter()
                    .take_while(|w| w.starts_with(char::is_uppercase))
                {
                    name.push(word.trim_end_matches(','));
                    if word.ends_with(',') {
                        break;
                    }
                }
                let name = name.join(" ");
                is_name_phrase(&name).then_some(name)
            }
        }
    }

    /// `That's all I can say, "Arians said.`: a straight mark with a space
    /// before it (after a comma or a stop, and a single mark closing a
    /// quote inside) opens nothing when its "quote" would run unclosed to the
    /// paragraph's end and starts with its speaker and verb. It closes the
    /// quote the paragraph before began. A pronoun in capitals after the
    /// mark opens a sentence, and the quote with it (`… to Okafor, "He asked
    /// why, and I told him …`); closing, the mark has it in lower case
    /// (`…, "he wrote`).
    fn close_spaced_mark(&self, paragraph: &str, stretch: &mut (usize, usize, usize, usize)) {
        let (open, start, _, close) = *stretch;
        // A quote inside it may close first: `…from the north pier,' "Okafor told`.
        let spaced = paragraph[..open].strip_suffix(' ').is_some_and(|before| {
            before
                .trim_end_matches(['\'', '’'])
                .ends_with([',', '.', '?', '!'])
        });
        let first = paragraph[start..]
            .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
            .next()
            .unwrap_or("");
        if first.starts_with(char::is_uppercase)
            && PERSONAL_PRONOUNS.contains(&first.to_lowercase())
        {
            return;
        }
        let tag = &paragraph[start..];
        let said = [&self.after, &self.after_inverted]
            .iter()
            .filter_map(|r| r.captures(tag))
            .any(|c| speaker_of(&c, true).is_some());
        // '…, "the Marsk statement read.' too: a thing or one reading
        // ("the widow read from the letter"), in lower case, its verb ending
        // the clause or reading "from" ('"The coastguard reported no ships'
        // opens a quote).
        let bearer = tag.starts_with(char::is_lowercase)
            && self
                .after_bearer
                .as_ref()
                .and_then(|r| r.find(tag))
                .is_some_and(|m| {
                    let rest = &tag[m.end()..];
                    rest.starts_with(['.', ','])
                        || rest.starts_with(" from ")
                        || rest.trim().is_empty()
                });
        let said = said || bearer;
        if close == paragraph.len() && paragraph[open..].starts_with('"') && spaced && said {
            *stretch = (0, 0, open - 1, start);
        }
    }
}

/// True when the words after a quote (`rest`, from its closing mark) open a
/// new sentence: the quote (`body`) or a stop right after it ends one, and a
/// capital follows ('“….” It added', '“one iota”. Mr Howard'); not '“…,” he
/// said'. A question or an exclamation ends one only after an introducer
/// (`before`, the words up to the opening mark, end in a colon: 'Pike
/// asked: “…?” Ruiz said'), not in '“Why?” Ruiz asked'.
fn opens_next_sentence(before: &str, body: &str, rest: &str) -> bool {
    let rest = rest.trim_start_matches(|c: char| "\"”’'".contains(c) || c.is_whitespace());
    let introduced = before.trim_end().ends_with(':');
    let (ends, next) = match rest.strip_prefix('.') {
        Some(after) => (true, after.trim_start()),
        None => (
            body.ends_with('.') || (introduced && body.ends_with(['!', '?'])),
            rest,
        ),
    };
    ends && next.starts_with(char::is_uppercase)
}

/// `words` as a regex alternation, each matched as written.
/// `phrases` as one alternation, any run of spaces between their words
/// ("according  to" over a line's wrap).
fn phrase_alternation(phrases: impl IntoIterator<Item = impl AsRef<str>>) -> String {
    phrases
        .into_iter()
        .map(|p| regex::escape(p.as_ref()).replace(' ', r"\s+"))
        .collect::<Vec<_>>()
        .join("|")
}

fn escaped_alternation(words: impl IntoIterator<Item = impl AsRef<str>>) -> String {
    words
        .into_iter()
        .map(|w| regex::escape(w.as_ref()))
        .collect::<Vec<_>>()
        .join("|")
}

/// The most words of a description after a naming verb's "as" that the
/// quote after them goes on with ("as an active community member “who …”").
const MAX_DESCRIPTION_BEFORE_QUOTE: usize = 5;

/// `{SPEAKER}{ASIDE} <naming verb> <object>` up to a quotation mark; the
/// object (with its "as" and article) is checked apart.
fn naming_pattern(params: &QuoteParams) -> Result<Regex, regex::Error> {
    let verbs = escaped_alternation(&params.naming_verbs);
    Regex::new(&format!(
        r"{SPEAKER}{ASIDE}\s+(?:(?:has|had|have)\s+)?(?P<verb>{verbs}){WORD_END}\s+(?P<object>(?:[\p{{L}}\d][\p{{L}}\d’'.-]*\s+){{0,10}}?)$"
    ))
}

/// True for a few words that open with a capital: a named agent ("the Marsk
/// Echo", "Ana Ruiz").
fn is_name_phrase(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let words = match words.first() {
        Some(w) if w.eq_ignore_ascii_case("the") => &words[1..],
        _ => &words[..],
    };
    !words.is_empty() && words.len() <= 6 && words[0].starts_with(char::is_uppercase)
}

/// The subject after a phrase that opens with a preposition ("During the
/// interview Mr Blair" → "Mr Blair", "In a statement the firms" → "the
/// firms"): from the last article, or the last capitalised word after a
/// lower-case word or a day; the name right after a capitalised first word
/// that opens no phrase here ("Will Ana Ruiz" → "Ana Ruiz"). None when
/// that is the preposition's own object ("for the job").
pub(super) fn after_opening_phrase<'a>(words: &[&'a str]) -> Option<Vec<&'a str>> {
    let capital = |w: &str| w.starts_with(char::is_uppercase);
    let opens = |k: usize| {
        let (word, before) = (words[k], words[k - 1].to_lowercase());
        ARTICLES.contains(&word.to_lowercase())
            || (capital(word)
                && (!capital(words[k - 1])
                    || crate::language::is_calendar_word(before.trim_end_matches('.'))))
    };
    let Some(subject) = (2..words.len()).rev().find(|&k| opens(k)) else {
        let first = words.first()?;
        let name = &words[1..];
        let preposition = LOCATIVES.contains(&first.to_lowercase())
            || TITLE_LINKS.contains(&first.to_lowercase());
        let named =
            capital(first) && !preposition && !name.is_empty() && name.iter().all(|w| capital(w));
        return named.then(|| name.to_vec());
    };
    // "the RSPCA": a name keeps its article.
    let article = ARTICLES.contains(&words[subject - 1].to_lowercase());
    Some(words[subject - usize::from(article)..].to_vec())
}

/// True for an auxiliary or an adverb that stands between a speaker and the
/// verb ("did", "also", "later", `verb-adverbs.tsv`): no part of who spoke.
fn before_verb(word: &str) -> bool {
    let lower = word.to_lowercase();
    is_auxiliary(word, &lower) || VERB_ADVERBS.contains(&lower)
}

/// The speaker a match names: the aside when it is a name ("the
/// prosecutor, John W. Nields, wrote") and all of one part, else the words
/// before the verb.
/// A conjunction opening the words before the verb is not the speaker's
/// ("But Kiir said"); a pronoun is the speaker whatever adverb follows it
/// ("He later said", "it said", "they added"), to be resolved by the
/// caller; a relative pronoun names no one ("which said").
/// `after_quote` when the match is read in the words after the quote.
fn speaker_of(found: &regex::Captures<'_>, after_quote: bool) -> Option<String> {
    // "said a lawyer representing Tom Pike": a role whose last word is a
    // participle in "-ing" takes the name as its object, and the speaker
    // is someone else.
    // "said Marsk businessman and blogger Tom Pike": an "and" between two
    // words of the role joins them.
    if found.name("role").is_some_and(|role| {
        let words: Vec<&str> = role.as_str().split_whitespace().collect();
        let joins = |k: usize| words[k] == "and" && k > 0 && k + 1 < words.len();
        (0..words.len()).any(|k| is_function_word(words[k]) && !joins(k))
            || words
                .last()
                .is_some_and(|w| w.trim_end_matches(',').ends_with("ing"))
    }) {
        return None;
    }
    // "said the company Tuesday": a day alone after a role is when, never
    // the name ("said England coach Mike Friday" names him).
    let day_for_name = |who: regex::Match<'_>| {
        let words: Vec<&str> = who.as_str().split_whitespace().collect();
        match words.as_slice() {
            [.., role, last] => {
                role.starts_with(char::is_lowercase)
                    && crate::language::is_day_word(last.trim_end_matches(['.', ',']))
            }
            _ => false,
        }
    };
    if found.name("role").is_some() && found.name("who").is_some_and(day_for_name) {
        return None;
    }
    // An aside in two parts describes a speaker named before it ("Ana Ruiz,
    // chief press officer, Defence, said"), never "However, one dealer,
    // who asked not to be named, told".
    let two_part = found.name("more").is_some();
    if two_part
        && found
            .name("who")
            .is_none_or(|w| w.as_str().split_whitespace().count() < 2 || !is_name(w.as_str()))
    {
        return None;
    }
    // "Sister Ana Ruiz, DC, said": letters after a name are no one else.
    let after_a_name = |a: &str| {
        crate::language::is_post_nominal(a)
            && found.name("who").is_some_and(|w| {
                let words: Vec<&str> = w.as_str().split_whitespace().collect();
                words.len() >= 2 && words[words.len() - 2..].iter().all(|w| is_name(w))
            })
    };
    // "Pike's brother, painter Tom Pike, wrote": a role and a name set
    // apart after a description name the one it describes.
    let role_and_name = |a: &str| {
        let words: Vec<&str> = a.split_whitespace().collect();
        // Nouns of a role, never "the" or "by" ("the Bishop", "headed by
        // Ana Ruiz"), a participle ("termed the Marsk Pact") or an adverb
        // ("formerly Marsk Holdings").
        let role = |w: &&&str| {
            w.starts_with(char::is_lowercase)
                && !is_function_word(w)
                && !w.ends_with("ed")
                && !w.ends_with("ly")
        };
        let roles = words.iter().take_while(role).count();
        (1..=2).contains(&roles)
            && words.len() >= roles + 2
            && words[roles..]
                .iter()
                .all(|w| w.starts_with(char::is_uppercase))
            && found.name("who").is_some_and(|w| !is_name(w.as_str()))
    };
    let named = found.name("aside").filter(|a| {
        !two_part && (is_name(a.as_str()) || role_and_name(a.as_str())) && !after_a_name(a.as_str())
    });
    let who = named.or_else(|| found.name("who"))?;
    // A speaker does not run into another sentence: the part next to the
    // verb speaks ("… was cut. Dr Fox said" is Dr Fox; "said Mr Pike. He"
    // after the verb is Mr Pike). After a quote, a verb in the next
    // sentence ('…," said Mr Pike. He added') says nothing of it.
    let verb_after = found
        .get(0)
        .is_some_and(|m| m.as_str()[who.end() - m.start()..].contains(char::is_alphabetic));
    let who = match (verb_after, after_quote) {
        (true, true) if sentence_stops(who.as_str()).next().is_some() => return None,
        (true, _) => after_last_stop(who.as_str()),
        (false, _) => before_first_stop(who.as_str()),
    };
    let mut words = who.split_whitespace().peekable();
    // '“…,” though Judge Ana Ruiz said', '“…,” but Judge Ana Ruiz said': a
    // clause of its own, whose speaker said something else.
    if after_quote
        && words.peek().is_some_and(|w| {
            let w = w.to_lowercase();
            crate::language::CLAUSE_OPENERS.field(&w, 1) == Some("conjunction")
                || crate::language::COORDINATORS.field(&w, 1) == Some("contrast")
        })
    {
        return None;
    }
    while words
        .next_if(|w| crate::language::COORDINATORS.contains(&w.to_lowercase()))
        .is_some()
    {}
    // "The clerk, who was not allowed to comment, did say …": an
    // auxiliary or an adverb alone before the verb is no one.
    if words.clone().all(before_verb) {
        return None;
    }
    let first = words.peek()?.to_lowercase();
    match first.as_str() {
        first if super::attribution::is_source_pronoun(first) => {
            return words.next().map(str::to_string);
        }
        "which" | "who" | "that" => return None,
        _ => {}
    }
    // "asked whether he was taking a risk he replied", "In response he
    // said": a pronoun right before the verb (past its adverbs) is its
    // subject, whatever stands before it.
    let all: Vec<&str> = words.clone().collect();
    if let Some(pronoun) = all.iter().rev().find(|w| !before_verb(w))
        && matches!(pronoun.to_lowercase().as_str(), "he" | "she")
    {
        return Some(pronoun.to_string());
    }
    let mut rest: Vec<&str> = words.collect();
    // "In a statement the RSPCA said", "On Wednesday Transport Minister Ana
    // Ruiz said": a phrase opening with a preposition is no part of who
    // spoke; "…” for the job, which …, said the Democrat" names no one.
    if PHRASE_ENDS.contains(&first)
        && !ARTICLES.contains(&first)
        && !PRONOUNS_BACK.contains(&first)
        && first != "we"
    {
        rest = after_opening_phrase(&rest)?;
    }
    // "Irannejad was quoted as saying": the form of "be" before the verb is
    // no part of the speaker.
    // "Carlucci also said", "officials have repeatedly said": nor is an
    // adverb or an auxiliary.
    let skipped = |w: &&str| BE.contains(&w.to_lowercase()) || before_verb(w);
    while rest.len() > 1 && rest.last().is_some_and(skipped) {
        rest.pop();
    }
    // "Tessa Jowell who said": a relative pronoun right before the verb
    // makes the verb its clause's, and the name it follows the speaker; "the
    // question which will be asked", "people who said" name no one.
    let relative = |w: &str| crate::language::is_relative_pronoun(w);
    if rest.last().is_some_and(|w| relative(w)) {
        let named = rest.len() > 1
            && matches!(rest[rest.len() - 1], "who" | "whom")
            && rest[rest.len() - 2].starts_with(char::is_uppercase);
        if !named {
            return None;
        }
        rest.pop();
        // "backed by Marsk mayor Ana Ruiz who said" is Marsk mayor Ana
        // Ruiz: the words after the last that ends a phrase.
        let name = rest
            .iter()
            .rposition(|w| PHRASE_ENDS.contains(&w.to_lowercase()))
            .map_or(0, |k| k + 1);
        rest.drain(..name);
    }
    // "Ruiz said it was late and Okafor": the subject is the words after
    // the last one that cannot be part of a name.
    let last = rest.len().checked_sub(1)?;
    // "Ana Ruiz and Tom Pike said": an "and" between capitalised words
    // joins two speakers.
    // Not "a tie at Old Trafford and Okafor said": the names before the
    // "and" must open the subject, all capitalised.
    // A role of one or two words may open them ("producers Ana Ruiz and
    // Tom Pike said"); a participle there stays with them ("beaten Kelmar
    // and Okafor said": both speak).
    let capital = |w: &&str| w.starts_with(char::is_uppercase);
    let role = rest
        .iter()
        .take(2)
        .take_while(|w| w.starts_with(char::is_lowercase) && !is_function_word(w))
        .count();
    let stop = (0..last)
        .rev()
        .find(|&k| NOT_SOURCE.contains(&rest[k].to_lowercase()));
    let from = match stop {
        Some(k)
            if rest[k].eq_ignore_ascii_case("and")
                && k > role
                && rest[role..k].iter().all(capital)
                && rest.get(k + 1).is_some_and(capital) =>
        {
            0
        }
        Some(k) => k + 1,
        None => 0,
    };
    // "When asked …, she said": a word that opens a clause names no one.
    if let [only] = &rest[from..]
        && is_function_word(only)
    {
        return None;
    }
    // "… then held a knife to her throat and told her": the words before
    // the verb end a predicate the verb is joined to, not its subject.
    if rest[from..]
        .last()
        .is_some_and(|w| matches!(w.to_lowercase().as_str(), "and" | "or" | "but"))
    {
        return None;
    }
    // "Okafor's father, Tom Okafor": the role's comma before the name goes.
    let words: Vec<&str> = rest[from..]
        .iter()
        .map(|w| w.strip_suffix(',').unwrap_or(w))
        .collect();
    // "said (the) 17-year-old Ana Ruiz": the age is no part of her name;
    // "the 27-year-old Austrian" names no one without it.
    let age = |w: &str| w.starts_with(|c: char| c.is_ascii_digit()) && w.ends_with("-year-old");
    let named = |name: &[&str]| {
        name.iter().all(|w| w.starts_with(char::is_uppercase))
            && (name.len() > 1 || crate::language::is_person_name(&name.join(" ")))
    };
    let aged = match words.as_slice() {
        ["the", a, name @ ..] if age(a) && named(name) => 2,
        [a, name @ ..] if age(a) && named(name) => 1,
        _ => 0,
    };
    // '"… It's not for me to say"' read as a tag: words opened by a word of
    // `title-links.tsv` ("for", "to", "of") name no one.
    if words
        .get(aged)
        .is_some_and(|w| crate::language::TITLE_LINKS.contains(w))
    {
        return None;
    }
    Some(words[aged..].join(" ").trim_end_matches('.').to_string())
}

/// A speaker described after the verb (`speaker`, the words `after` it
/// following) without the words that follow its noun: a participle of
/// saying ("said another analyst adding"), a participle before "by" ("said
/// one grower quoted by the Marsk Echo"), or a function word ("said another
/// dealer of the day's trade"). The opener and the noun stay ("said the
/// accused", "said the top seed").
fn past_the_noun(speaker: String, after: &str) -> String {
    let mut words: Vec<&str> = speaker.split_whitespace().collect();
    let by_next = after
        .split_whitespace()
        .next()
        .is_some_and(|w| w.eq_ignore_ascii_case("by"));
    let kept = words.len();
    // The participle and its "by" phrase go ("quoted by the Marsk Echo").
    let by = |k: usize| {
        words
            .get(k + 1)
            .map_or(by_next, |w| w.eq_ignore_ascii_case("by"))
    };
    if let Some(k) = (2..words.len()).find(|&k| words[k].ends_with("ed") && by(k)) {
        words.truncate(k);
    }
    // One word goes, and only where a noun is left last ("said one of the
    // homeless" keeps all four).
    let follows_noun =
        |w: &str| is_function_word(w) || crate::language::SAYING_PARTICIPLES.contains(w);
    if words.len() > 2
        && words.last().is_some_and(|w| follows_noun(w))
        && !is_function_word(words[words.len() - 2])
    {
        words.pop();
    }
    if words.len() < kept {
        words.join(" ")
    } else {
        speaker
    }
}

/// True when a speaker's match ends with a full stop that the sentence goes
/// on after in lower case, with no word that links a title to a body ("said
/// a retired U.S. port official"; not "said Tom Pike Jr. of …"): the stop
/// marks an abbreviation, and the speaker runs on past it.
fn stops_inside_sentence(speaker: &str, after: &str) -> bool {
    // "said Tom Pike Jr. of the Marsk Institute": a word that links a title
    // to a body (`title-links.tsv`) goes on with a phrase of its own.
    speaker.ends_with('.')
        && after.split_whitespace().next().is_some_and(|w| {
            w.starts_with(char::is_lowercase) && !crate::language::TITLE_LINKS.contains(w)
        })
}

/// Bytes before a quotation mark searched for a designator: more than the
/// longest ("what are called"), never the whole paragraph for every quote.
const DESIGNATOR_REACH: usize = 40;

/// True when quoted words stand between a determiner or "of" and a noun,
/// as a modifier: 'a flurry of “now they have to sign him” comments', 'the
/// “business as usual” approach'. Nobody is said to say them.
fn modifies_noun(before: &str, after: &str) -> bool {
    let last = before
        .trim_end()
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("")
        .to_lowercase();
    let next = after
        .trim_start_matches(|c: char| !c.is_alphanumeric() && !c.is_whitespace())
        .split_whitespace()
        .next()
        .map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric()))
        .unwrap_or("");
    (last == "of" || DETERMINERS.contains(&last))
        && after.starts_with(|c: char| !c.is_alphanumeric())
        && next.starts_with(char::is_lowercase)
        // '"a massive campaign" directed by': a participle after a phrase.
        && !next.ends_with("ed")
        && !next.ends_with("ing")
        && !is_function_word(next)
        && ![&SAYING, &BE, &AUXILIARIES, &PERSONAL_PRONOUNS, &VERB_ADVERBS]
            .iter()
            .any(|table| table.contains(next))
}

/// True when the words right before a quotation mark make what it quotes a
/// name or a term ("what's called “active shooter” training"): a phrase of
/// `designators.tsv`, or one before a possessive naming the honour's year or
/// giver ("was named 2008's “…”", "named the club's “…”").
fn designated(before: &str) -> bool {
    let lower = before.trim_end().to_lowercase();
    let designates = |lower: &str| {
        DESIGNATORS.words().any(|phrase| {
            lower.strip_suffix(phrase).is_some_and(|rest| {
                rest.is_empty() || rest.ends_with(|c: char| !c.is_alphanumeric() && c != '-')
            })
        })
    };
    if designates(&lower) {
        return true;
    }
    let Some((rest, last)) = lower.rsplit_once(char::is_whitespace) else {
        return false;
    };
    let rest = rest.trim_end();
    let rest = rest.strip_suffix(" the").unwrap_or(rest);
    (last.ends_with("'s") || last.ends_with("’s")) && designates(rest)
}

/// The speaker a transcript's line opens with: `Okafor: "Yes, sir."`.
/// All of `before` is one to three capitalised words and a colon, and one
/// word is rare as an ordinary word ("Update:", "Breaking News:" and "Q:"
/// name no one), and no place ("Orsova:").
fn speaker_label(before: &str) -> Option<String> {
    /// The longest label read, in bytes: a paragraph's words before a
    /// quote are not split whole for every quote in it.
    const MAX_LABEL: usize = 80;
    let label = before.trim().strip_suffix(':')?;
    if label.len() > MAX_LABEL {
        return None;
    }
    let words: Vec<&str> = label.split_whitespace().collect();
    let named = (1..=3).contains(&words.len())
        && words.iter().all(|w| {
            w.len() > 1
                && w.starts_with(char::is_uppercase)
                && w.chars().any(char::is_lowercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '’' | '-'))
        })
        && words
            .iter()
            .any(|w| super::scope::rare_as_a_word(&w.to_lowercase()));
    // "Orsova:", "South Sudan:": a place heads a line, no one speaks (looked
    // up only for a label that may name someone). A small place's other
    // name is no such heading ("Siri:", a village's other name, speaks);
    // a country's, a region's or a city's is ("Burma:", "Bombay:").
    let place = || {
        let places = crate::gazetteer::global();
        let key = crate::normalize::skeleton::key(label);
        places.lookup(label).iter().any(|&id| {
            let place = places.get(id);
            crate::normalize::skeleton::key(place.name) == key
                || place.kind != crate::gazetteer::PlaceKind::Populated
                || place.population >= HEADING_POPULATION
        })
    };
    (named && !place()).then(|| label.to_string())
}

/// The fewest people of a town whose other name heads a line as a place
/// ("Bombay:"); a smaller place's other name may be a speaker's label.
const HEADING_POPULATION: u64 = 100_000;

/// The most words of a clause ending in a colon that introduces a quote.
const LEAD_IN_WORDS: usize = 20;
/// The most words of a phrase set off by a comma before the lead-in's
/// subject ("In typical fashion,").
const LEAD_IN_OPENING_WORDS: usize = 4;
/// The most words between a possessive and its noun for what was said
/// ("His exact words:").
const POSSESSIVE_REACH: usize = 3;

/// True when `before` ends with a noun for a work with a title ("in his
/// 1974 book,"), a comma or colon after it allowed: `works.tsv`.
fn names_a_work(before: &str) -> bool {
    let last = before
        .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ',' | ':'))
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    WORKS.contains(&last.to_lowercase())
}

/// True when every word of `text` is capitalised ("John W. Nields").
fn is_name(text: &str) -> bool {
    let mut words = text.split_whitespace().peekable();
    words.peek().is_some() && words.all(|w| w.starts_with(char::is_uppercase))
}

/// Quoted stretches: (the opening mark, start of the words, end of the
/// words, byte after the closing mark). An unclosed quote runs to the end of
/// the paragraph; a closing mark with no opening one before it ends a quote
/// the paragraph before began, so the quote runs from the paragraph's start.
/// Two apostrophes ('') are a double quotation mark.
pub(super) fn quoted(text: &str) -> Vec<(usize, usize, usize, usize)> {
    let mut out = Vec::new();
    // Most sentences hold no mark that opens or closes a quote ('’' only
    // closes one '‘' opened): nothing to walk.
    if !text.contains(['“', '”', '"', '‘']) && !text.contains("''") {
        return out;
    }
    let mut open: Option<(usize, usize)> = None;
    // Each mark with its width: '' is one mark of two bytes, written '"'.
    // Read one character ahead, never the whole paragraph into memory (a
    // megabyte-long paragraph must not cost 24 bytes a character).
    let mut iter = text.char_indices().peekable();
    let mut marks = std::iter::from_fn(move || {
        let (at, c) = iter.next()?;
        if c == '\'' && iter.peek().is_some_and(|&(_, n)| n == '\'') {
            iter.next();
            Some((at, '"', 2))
        } else {
            Some((at, c, c.len_utf8()))
        }
    });
    let mut opened_any = false;
    let mut prev: Option<char> = None;
    let mut current = marks.next();
    while let Some((at, c, width)) = current {
        let following = marks.next();
        let next = following.map(|(_, n, _)| n);
        // `the country"s plans`, `1985"s`, `I don"t`, `on Marsk” s end`: an
        // apostrophe typed as a quotation mark opens and closes nothing.
        if matches!(c, '"' | '”')
            && prev.is_some_and(char::is_alphanumeric)
            && (contraction_follows(&text[at + width..])
                || text[at + width..]
                    .strip_prefix(' ')
                    .is_some_and(|rest| rest.starts_with('s') && contraction_follows(rest)))
        {
            prev = Some('\'');
            current = following;
            continue;
        }
        match open {
            None => {
                // `calm".` closes: a straight mark between a word (or its
                // own stop or closing mark) and a stop ends a quote; not one
                // after a colon or a dash (`said:"...`).
                let before_stop = prev.is_some_and(|p| {
                    p.is_alphanumeric() || matches!(p, '\'' | '’' | '.' | '!' | '?' | ')')
                }) && next
                    .is_some_and(|n| matches!(n, '.' | ',' | ';' | ':' | '!' | '?' | ')'));
                let opens = c == '“'
                    || (c == '"' && next.is_some_and(|n| !n.is_whitespace()) && !before_stop)
                    || (c == '‘'
                        && prev.is_none_or(|p| !p.is_alphanumeric())
                        && !spaced_apostrophe(&text[at + width..]));
                // A straight mark right after a digit is an inch mark
                // (`17" laptop`), not the end of a quote.
                let closes_earlier = !opened_any
                    && (c == '”' || c == '"' && !prev.is_some_and(|p| p.is_ascii_digit()))
                    && prev.is_some_and(|p| !p.is_whitespace())
                    && (next.is_none_or(char::is_whitespace) || before_stop);
                // '… give way again. "' at the paragraph's end: a mark set
                // off by a space after a sentence's end closes too.
                let closes_spaced = !opened_any
                    && matches!(c, '”' | '"')
                    && next.is_none()
                    && text[..at]
                        .strip_suffix(' ')
                        .is_some_and(|before| before.ends_with(['.', '!', '?']));
                if opens {
                    open = Some((at, width));
                    opened_any = true;
                } else if closes_earlier {
                    out.push((0, 0, at, at + width));
                    opened_any = true;
                } else if closes_spaced {
                    out.push((0, 0, at - 1, at + width));
                    opened_any = true;
                }
            }
            Some((mark, opener_width)) => {
                let start = mark + opener_width;
                let single = text[mark..].starts_with('‘');
                // 'the "truly gifted\' striker': a straight single mark
                // after a word closes a straight double one opened a few
                // words before it, after a word, that nothing else closes
                // ("the Tories' spine" far into a quote is a possessive; a
                // mark opening a line or after a comma opens a speech).
                // A plural's possessive ("the workers' pay") closes
                // nothing.
                let mistyped = c == '\''
                    && text[mark..].starts_with('"')
                    && prev.is_some_and(|p| p.is_alphanumeric() && p != 's')
                    && text[..mark].trim_end().ends_with(char::is_alphabetic)
                    && text[start..at]
                        .split_whitespace()
                        .take(MISTYPED_CLOSE_WORDS + 1)
                        .count()
                        <= MISTYPED_CLOSE_WORDS
                    && next.is_none_or(|n| n.is_whitespace() || matches!(n, '.' | ',' | ';'))
                    && !text[at..].contains(['"', '”']);
                let closes = if single {
                    c == '’' && next.is_none_or(|n| !n.is_alphanumeric())
                } else {
                    c == '”' || c == '"' || mistyped
                };
                if closes {
                    out.push((mark, start, at, at + width));
                    open = None;
                }
            }
        }
        prev = Some(c);
        current = following;
    }
    if let Some((mark, width)) = open {
        out.push((mark, mark + width, text.len(), text.len()));
    }
    out
}

/// True when the clause right before a quote ends in a colon and quotes
/// nothing itself ("Ana Ruiz, the team's coach, managed a joke: “…”"): its
/// subject speaks, when the caller finds one.
fn opens_with_colon(lead: &str) -> bool {
    after_last_stop(lead)
        .trim_end()
        .strip_suffix(':')
        .is_some_and(|clause| !clause.contains(['“', '”', '"']))
}

/// Whether `rest`, right after a mark that follows a letter or digit, goes on as a
/// possessive or a contraction does ("s", "t", "m", "d", "re", "ve", "ll"
/// ending a word).
fn contraction_follows(rest: &str) -> bool {
    ["s", "t", "m", "d", "re", "ve", "ll"].iter().any(|ending| {
        rest.strip_prefix(ending)
            .is_some_and(|tail| tail.chars().next().is_none_or(|n| !n.is_alphanumeric()))
    })
}

/// Whether a '‘' before `rest` is an apostrophe typed as an opening mark: a
/// possessive set off by a space ("Okafor ‘s script") or a decade ("the
/// ‘90s"). Neither opens a quote.
fn spaced_apostrophe(rest: &str) -> bool {
    let ends_word = |tail: &str| tail.chars().next().is_none_or(|n| !n.is_alphanumeric());
    let possessive = rest.strip_prefix('s').is_some_and(ends_word);
    let decade = rest.len() >= 3
        && rest.as_bytes()[..2].iter().all(u8::is_ascii_digit)
        && rest[2..].strip_prefix('s').is_some_and(ends_word);
    possessive || decade
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rule() -> QuoteRule {
        QuoteRule::new(
            "quotes".into(),
            QuoteParams {
                speech_verbs: ["said", "told", "added"].map(String::from).to_vec(),
                other_speech_verbs: vec!["admitted".to_string()],
                after_quote_verbs: vec!["read".to_string()],
                quoting_verbs: Vec::new(),
                sourcing_phrases: vec!["according to".to_string()],
                had_to_say: vec!["this".to_string()],
                described_openers: Vec::new(),
                min_words: 3,
                min_words_said: None,
                naming_verbs: ["called", "described"].map(String::from).to_vec(),
                naming_verbs_as: vec!["described".to_string()],
                naming_as_not_after: vec!["such".to_string()],
                naming_object_breaks: vec!["to".to_string()],
            },
        )
        .expect("compiles")
    }

    #[test]
    fn a_participle_of_saying_before_a_quote_leaves_it_to_the_clause_subject() {
        let r = rule();
        let hit = |text: &str| r.find(text).into_iter().next().expect("a quote");
        let agreed = hit("Ana Ruiz agreed, saying: “The boats will sail at dawn.”");
        assert!(agreed.by_subject && agreed.speaker.is_none());
        let told =
            hit("Ana Ruiz rejected it, telling reporters that “the port never closed at all”.");
        assert!(told.by_subject);
        let clause = hit("Ana Ruiz agreed, saying that the Kelmar Port “will reopen on Monday”.");
        assert!(clause.by_subject);
        // A named speaker, a participle that is no saying, or a verb of
        // saying or naming in the "that" clause, is not it.
        let called = hit("Ana Ruiz agreed, saying that Pike called it “a very bad plan”.");
        assert!(!called.by_subject);
        let said = hit("Ana Ruiz agreed, saying that Pike said “the port will reopen”.");
        assert!(!said.by_subject);
        // The rule's other verbs of saying too, beyond `saying.tsv`.
        let admitted = hit("Ana Ruiz agreed, saying that Pike admitted “the port was shut”.");
        assert!(!admitted.by_subject);
        let named = hit("Tom Pike said: “The boats will sail at dawn.”");
        assert!(!named.by_subject);
        let sailing = hit("The boats left, sailing past “the old harbour wall and the pier”.");
        assert!(!sailing.by_subject);
    }

    #[test]
    fn a_speaker_named_in_a_paragraph_is_never_a_listener_or_a_day() {
        let r = rule();
        assert_eq!(
            r.named_speaker("“We have provided the co-ordinates,” he told the Marsk Echo."),
            None
        );
        assert_eq!(
            r.named_speaker("Marsk said Friday it told the regulator of the loss.")
                .as_deref(),
            Some("Marsk")
        );
        assert_eq!(
            r.named_speaker("“We will go on,” said Ana Ruiz, a spokeswoman.")
                .as_deref(),
            Some("Ana Ruiz")
        );
    }

    #[test]
    fn a_naming_verb_gives_its_subject_or_agent_and_a_bare_passive_no_one() {
        let speaker = |text: &str| found(text).into_iter().next().and_then(|(_, s)| s);
        let quote = "“a marvel of the river and the valley.”";
        assert_eq!(
            speaker(&format!("Ana Ruiz called the bridge {quote}")).as_deref(),
            Some("Ana Ruiz")
        );
        assert_eq!(
            speaker(&format!("It is a bridge which she described as {quote}")).as_deref(),
            Some("she")
        );
        assert_eq!(
            speaker(&format!("It was described by the Marsk Echo as {quote}")).as_deref(),
            Some("the Marsk Echo")
        );
        // No agent, no "as" after a verb that takes it, or an object that
        // is another phrase: no one.
        for text in [
            format!("The bridge has been described as {quote}"),
            format!("Ana Ruiz described the bridge {quote}"),
            format!("Ana Ruiz called police to the bridge {quote}"),
            format!("It is a bridge called {quote}"),
            // Offsets are read in the sentence after the stop.
            format!("Crowds came to Orsova. The bridge was described as {quote}"),
        ] {
            assert_eq!(speaker(&text), None, "{text}");
        }
    }

    fn found(text: &str) -> Vec<(&str, Option<String>)> {
        rule()
            .find(text)
            .into_iter()
            .map(|h| (&text[h.start..h.end], h.speaker))
            .collect()
    }

    /// Asserts that `text` holds exactly one quote, `quote`, spoken by
    /// `speaker` as written.
    fn assert_one_quote(text: &str, quote: &str, speaker: Option<&str>) {
        assert_eq!(
            found(text),
            [(quote, speaker.map(str::to_string))],
            "{text}"
        );
    }

    #[test]
    fn an_attribution_inside_one_quoted_sentence_joins_its_parts() {
        let text = "“The ferry runs,” Ana Ruiz said, “but only twice a day.”";
        let hits = rule().find(text);
        assert_eq!(hits.len(), 1);
        let gap = hits[0].gap.expect("the attribution is the gap");
        assert_eq!(&text[gap.0..gap.1], ",” Ana Ruiz said, “");
        assert_eq!(hits[0].speaker.as_deref(), Some("Ana Ruiz"));
        // Two sentences, or a second part in capitals, stay two quotes.
        for apart in [
            "“The ferry runs,” Ana Ruiz said. “It stops at noon.”",
            "“The ferry runs,” Ana Ruiz said, “It stops at noon.”",
            "“The ferry runs,” Ana Ruiz said as the crowd left the quay for the town square, “but only twice a day.”",
        ] {
            assert_eq!(rule().find(apart).len(), 2, "{apart}");
        }
    }

    #[test]
    fn speaker_after_the_quote() {
        let text = "“We will not tolerate attacks against our people,” Defense Secretary Mark T. Esper said in the statement.";
        assert_one_quote(
            text,
            "We will not tolerate attacks against our people",
            Some("Defense Secretary Mark T. Esper"),
        );
    }

    #[test]
    fn an_aside_between_dashes_opens_at_its_first_dash() {
        let text = "Pike told the Echo after a hearing — where Ruiz said it was “fine” — ";
        assert_eq!(aside_between_dashes(text), text.find('—'));
        // One dash alone, or a dash inside a word, opens no aside.
        assert_eq!(aside_between_dashes("Pike told the Echo — "), None);
        assert_eq!(aside_between_dashes("a well—known — "), None);
        assert_eq!(aside_between_dashes("Pike told the Echo"), None);
    }

    #[test]
    fn speaker_before_the_quote_and_unclosed_quotes() {
        let text = "Asked about it, Esper said: “I’m not going to take any option off the table.";
        assert_one_quote(
            text,
            "I’m not going to take any option off the table.",
            Some("Esper"),
        );
    }

    #[test]
    fn straight_quotes_and_pronouns() {
        let text = "\"These weapons storage facilities include facilities,\" he said.";
        assert_one_quote(
            text,
            "These weapons storage facilities include facilities",
            Some("he"),
        );
    }

    #[test]
    fn speakers_with_titles_in_lower_case_and_inverted_order() {
        let text = "“We will go on with the work,” defence chief Mark Esper told reporters.";
        assert_eq!(
            found(text)[0].1.as_deref(),
            Some("defence chief Mark Esper")
        );
        let text = "“We will go on with the work,” said Police Chief Ana Ruiz.";
        assert_eq!(found(text)[0].1.as_deref(), Some("Police Chief Ana Ruiz"));
    }

    #[test]
    fn titles_in_quotes_are_not_quotes() {
        assert!(found("movie hits such as “Million Dollar Mermaid,” she said.").is_empty());
        assert!(found("best known for \"The Thick of It\" on television.").is_empty());
        assert!(
            found("films such as \"Take Me Out to the Ball Game\" and \"Bathing Beauty.\"")
                .is_empty()
        );
    }

    #[test]
    fn the_speaker_before_a_title_speaks_the_quote_after_it() {
        let text = "Pike said in his memoir, \"The Long Road Home\" that \"the memo was an effective cover for him.\"";
        assert_one_quote(
            text,
            "the memo was an effective cover for him.",
            Some("Pike"),
        );
    }

    #[test]
    fn a_titles_speaker_speaks_no_quote_further_on() {
        let text = "Pike said \"The Long Road Home\" sold well. Reviewers across the country were unkind to it. \"It is a tedious and self-serving account of nothing much at all.\"";
        assert_eq!(found(text)[0].1, None);
    }

    #[test]
    fn scare_quotes_are_not_claims() {
        assert!(found("U.S. forces hit facilities “across Iraq” linked to it.").is_empty());
    }

    #[test]
    fn a_quote_begun_in_the_paragraph_before_ends_in_this_one() {
        let text = "We held on and did what we could for the team.\" Then he left.";
        assert_one_quote(text, "We held on and did what we could for the team.", None);
    }

    #[test]
    fn a_straight_mark_between_a_word_and_a_stop_closes() {
        let text = "Very, very, very calm\". Then he left.";
        assert_one_quote(text, "Very, very, very calm", None);
        // Not the start of a quote running on to the paragraph's end, nor
        // after a quote's own closing mark.
        let text = "We will not go back to the old plan\", Pike said on Monday.";
        assert_one_quote(text, "We will not go back to the old plan", Some("Pike"));
        let text = "It was the 'bad old days'\". Then the hall emptied.";
        assert_one_quote(text, "It was the 'bad old days'", None);
        // After a colon a straight mark opens, whatever follows it.
        let text = "Pike said:\"...and we will go back.\" The hall emptied.";
        assert_one_quote(text, "...and we will go back.", Some("Pike"));
    }

    #[test]
    fn two_apostrophes_are_a_quotation_mark() {
        let text = "''The bay is far too shallow for a wave,'' he was quoted as saying.";
        assert_eq!(found(text)[0].0, "The bay is far too shallow for a wave");
    }

    #[test]
    fn a_short_quote_with_its_speaker_is_a_claim() {
        let mut rule = rule();
        rule.min_words_said = 2;
        let text = "It is being treated as “potentially suspicious”, police said.";
        let hits = rule.find(text);
        assert_eq!(hits.len(), 1);
        assert_eq!(&text[hits[0].start..hits[0].end], "potentially suspicious");
        assert!(
            rule.find("It hit sites “across Iraq” overnight.")
                .is_empty()
        );
    }

    #[test]
    fn only_a_quote_no_mark_closes_goes_on() {
        let rule = rule();
        let closed = rule.find("“The community has a right to be angry over this.”");
        let open = rule.find("“The community has a right to be angry over this.");
        assert_eq!(
            closed.iter().map(|h| h.open_ended).collect::<Vec<_>>(),
            [false]
        );
        assert_eq!(
            open.iter().map(|h| h.open_ended).collect::<Vec<_>>(),
            [true]
        );
    }

    #[test]
    fn apostrophes_do_not_open_quotes() {
        assert!(found("The group’s fighters don’t say it’s over.").is_empty());
        // Typed as an opening mark after a space, an apostrophe still opens nothing.
        assert!(found("There is also Pike ‘s script for the sequel.").is_empty());
        assert!(found("A hit of the ‘90s, the song never left the charts.").is_empty());
        // A straight mark typed for an apostrophe between letters is one too.
        assert!(found("Marsk\"s plan is, Pike said, one he don\"t like at all.").is_empty());
    }
}
