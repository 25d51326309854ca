//! Language knowledge as data: the word tables in `rules/lexicon/words/`.
//!
//! In: the tables, bundled into the binary. Out: one [`Table`] per file,
//! parsed once on first use, for the normalisers and extractors to consult
//! (month and weekday names, number words, qualifiers, zone abbreviations,
//! place types, verbs of saying, and the function-word lists that end a
//! phrase or a search). Rust holds the grammar; these files hold the words.
//! Unlike rule files, tables are not replaced by `--rules DIR`: like the word
//! frequencies, they are the language the rules are written against.
//!
//! A table is lines of tab-separated fields; `#` starts a comment line. The
//! first field is the key (lower case; it may hold spaces: "more than"); the
//! others are what the table's doc says.

use std::sync::LazyLock;

/// One table: its rows in file order, and the row of each key.
#[derive(Debug)]
pub struct Table {
    /// The file name, for messages.
    pub name: &'static str,
    rows: Vec<Vec<&'static str>>,
    index: crate::FastMap<&'static str, usize>,
}

impl Table {
    /// Parse a table's text. A malformed file is a bug in the bundled data,
    /// caught by this module's tests, so parsing never fails: blank and
    /// comment lines are skipped and every other line is a row.
    fn parse(name: &'static str, text: &'static str) -> Table {
        let rows: Vec<Vec<&'static str>> = text
            .lines()
            .map(str::trim_end)
            .filter(|line| !line.is_empty() && !line.starts_with('#'))
            .map(|line| line.split('\t').map(str::trim).collect())
            .collect();
        let mut index = crate::FastMap::with_capacity_and_hasher(rows.len(), Default::default());
        for (i, row) in rows.iter().enumerate() {
            index.entry(row[0]).or_insert(i);
        }
        Table { name, rows, index }
    }

    /// True when `word` (lower case) is a key of the table.
    pub fn contains(&self, word: &str) -> bool {
        self.index.contains_key(word)
    }

    /// Field `column` (0 is the key) of the row of `word`.
    pub fn field(&self, word: &str, column: usize) -> Option<&'static str> {
        let row = &self.rows[*self.index.get(word)?];
        row.get(column).copied()
    }

    /// The keys, in file order.
    pub fn words(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.rows.iter().map(|row| row[0])
    }

    /// The rows, in file order.
    pub fn rows(&self) -> &[Vec<&'static str>] {
        &self.rows
    }

    /// The keys of the rows whose field `column` is `value`.
    pub fn where_field(
        &self,
        column: usize,
        value: &'static str,
    ) -> impl Iterator<Item = &'static str> + '_ {
        self.rows
            .iter()
            .filter(move |row| row.get(column) == Some(&value))
            .map(|row| row[0])
    }

    /// The keys as a regex alternation, longest first (so "sept" is tried
    /// before "sep"), with spaces matching any white space.
    pub fn alternation<'a>(keys: impl Iterator<Item = &'a str>) -> String {
        let mut keys: Vec<&str> = keys.collect();
        keys.sort_by_key(|k| std::cmp::Reverse(k.len()));
        keys.dedup();
        keys.iter()
            .map(|k| regex::escape(k).replace(' ', r"\s+"))
            .collect::<Vec<_>>()
            .join("|")
    }
}

macro_rules! tables {
    ($($(#[$doc:meta])* $ident:ident = $file:literal;)*) => {
        $(
            $(#[$doc])*
            pub static $ident: LazyLock<Table> = LazyLock::new(|| {
                Table::parse(
                    $file,
                    include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/rules/lexicon/words/", $file)),
                )
            });
        )*
        /// Every table, with its file name, for the tests that pin them.
        pub fn all() -> Vec<&'static Table> {
            vec![$(&*$ident),*]
        }
    };
}

tables! {
    /// Month names and abbreviations: month number, `name` or `abbreviation`.
    MONTHS = "months.tsv";
    /// Weekday names and abbreviations: day number from Monday = 1, form.
    WEEKDAYS = "weekdays.tsv";
    /// Number words: value and role (`unit`, `ten`, `scale`, `plural`, `ordinal`).
    NUMBERS = "numbers.tsv";
    /// Vague quantifiers ("several", "a handful of"): lowest and highest count.
    VAGUE = "vague.tsv";
    /// Qualifiers before a figure: `at_least`, `at_most` or `approximate`, strict.
    QUALIFIERS = "qualifiers.tsv";
    /// Qualifiers after a figure ("or more", "or so"): qualifier, strict, and
    /// the words that must stand before the figure.
    QUALIFIERS_AFTER = "qualifiers-after.tsv";
    /// Zone abbreviations after a time of day: hours from UTC.
    ZONES = "zones.tsv";
    /// Kinds of places ("town", "district"): `yes` where "in the X" is a scope.
    PLACE_TYPES = "place-types.tsv";
    /// Verbs of saying.
    SAYING = "saying.tsv";
    /// Words after a verb of saying that open an adjunct ("said on Tuesday"),
    /// not what was said.
    AFTER_SAYING = "after-saying.tsv";
    /// Words that end the noun phrase a figure counts.
    PHRASE_ENDS = "phrase-ends.tsv";
    /// Words skipped after "of" before a counted noun.
    OF_DETERMINERS = "of-determiners.tsv";
    /// Modifiers that do not narrow what is counted.
    MODIFIER_NOISE = "modifier-noise.tsv";
    /// Words that make a figure an increment: `before`, `after` or `both`.
    INCREMENTS = "increments.tsv";
    /// Words between an outcome's signal and its figure.
    BRIDGE = "bridge.tsv";
    /// Adverbs before an outcome's word that say it did not happen ("nearly
    /// killed").
    NEAR_MISSES = "near-misses.tsv";
    /// Prepositions that join a title to what it is of ("analyst at").
    TITLE_LINKS = "title-links.tsv";
    /// Words that end (`ends`) or open (`opens`) a clause in an apposition.
    APPOSITION_BREAKS = "apposition-breaks.tsv";
    /// Verbs that give a named person a role ("will become", "was named").
    ROLE_VERBS = "role-verbs.tsv";
    /// Adverbs between a speaker and the verb ("also", "later").
    VERB_ADVERBS = "verb-adverbs.tsv";
    /// First words after a source's comma that open a description of it.
    SOURCE_DESCRIPTIONS = "source-descriptions.tsv";
    /// Last words that make a capitalised name a body ("Service", "Group").
    BODY_WORDS = "body-words.tsv";
    /// Words that may follow a place's name and are no noun it modifies.
    AFTER_PLACE = "after-place.tsv";
    /// Words that open a condition, with words after them that undo it.
    CONDITIONALS = "conditionals.tsv";
    /// Verbs in the past tense that do not end in "-ed".
    IRREGULAR_PAST = "irregular-past.tsv";
    /// Words that open a question to be answered yes or no.
    QUESTION_OPENERS = "question-openers.tsv";
    /// Particles and suffixes of people's names ("De", "Jr").
    NAME_PARTS = "name-parts.tsv";
    /// Words of direction that open longer place names ("South Wales").
    COMPASS_WORDS = "compass-words.tsv";
    /// Last words of names of events, not places ("World War II").
    EVENT_NAMES = "event-names.tsv";
    /// Nouns for parties to a relation ("the two sides"), singular.
    PARTY_NOUNS = "party-nouns.tsv";
    /// Nouns after "the" that stand for two people named just before ("the
    /// pair said").
    PAIR_NOUNS = "pair-nouns.tsv";
    /// Nouns for an occasion an ordinal numbers ("50th anniversary").
    OCCASIONS = "occasions.tsv";
    /// Nouns for a way travelled ("a 30-mile chase" is a distance).
    JOURNEYS = "journeys.tsv";
    /// Words besides ordinals that make "half" or "quarter" a period ("the
    /// final quarter").
    PERIOD_WORDS = "period-words.tsv";
    /// Nouns for one variant of a product ("the 13-inch model").
    VARIANT_NOUNS = "variant-nouns.tsv";
    /// Capitalised words that take "of" inside a title or a body's name
    /// ("Chief of Detectives", "Bank of Japan").
    OF_TITLES = "of-titles.tsv";
    /// Words that open a relative or subordinate clause ("who", "when").
    CLAUSE_OPENERS = "clause-openers.tsv";
    /// Conjunctions that join clauses ("but", "and"); "contrast" marks the
    /// ones that set a clause against the one before.
    COORDINATORS = "coordinators.tsv";
    /// Verbs of saying in "-ing" ("noting", "adding").
    SAYING_PARTICIPLES = "saying-participles.tsv";
    /// Words that deny their clause ("not", "didn't").
    NEGATIONS = "negations.tsv";
    /// Nouns that name a toll's victims.
    VICTIM_NOUNS = "victim-nouns.tsv";
    /// Words that say a figure changed by an amount ("rose $1 to $5").
    CHANGES = "changes.tsv";
    /// Verbs after which, with their object, "up to" says where something
    /// got to ("bringing the total up to 64%"), not a cap.
    RAISING_VERBS = "raising-verbs.tsv";
    /// Verbs by which a subject puts out a statement ("issued a statement
    /// saying"): the participle after it speaks for the subject.
    ISSUING_VERBS = "issuing-verbs.tsv";
    /// Words after "a year" that make it a time, not a rate ("$35 a year
    /// ago").
    RATE_BREAKERS = "rate-breakers.tsv";
    /// Words before "from" that make "from 7 to 75" a range, not a change.
    SPREADS = "spreads.tsv";
    /// Nouns a figure counts that are never people (games, weeks).
    NEVER_VICTIMS = "never-victims.tsv";
    /// Words that say nothing about what a figure is of.
    CONTENT_STOPWORDS = "content-stopwords.tsv";
    /// Words that move a figure without saying what it is of.
    MOVES = "moves.tsv";
    /// Words that end the phrase a share or a sum is of.
    SHARE_PHRASE_ENDS = "share-phrase-ends.tsv";
    /// Function words before a head noun.
    DETERMINERS = "determiners.tsv";
    /// Articles.
    ARTICLES = "articles.tsv";
    /// Words between a figure and the noun it is of.
    LINKS = "links.tsv";
    /// Words that end the search for an event's agent.
    AGENT_BREAKS = "agent-breaks.tsv";
    /// Words that are never part of a source's name.
    NOT_SOURCE = "not-source.tsv";
    /// Letters written after a person's name ("MD", "Jr.").
    POST_NOMINALS = "post-nominals.tsv";
    /// Auxiliaries between a source and its verb.
    AUXILIARIES = "auxiliaries.tsv";
    /// Words before a verb of saying that make it no statement ("declined
    /// to say", "didn't say").
    UNSAID = "unsaid.tsv";
    /// Words that mark a clause's tense: `present`, or `other` (past or ahead).
    TENSE_MARKS = "tense-marks.tsv";
    /// Words opening a subject of a verb of saying that name no speaker
    /// ("No one reported", "This confirms").
    NO_SPEAKER = "no-speaker.tsv";
    /// Forms of "be".
    BE = "be.tsv";
    /// Words left out of a source's key.
    SOURCE_NOISE = "source-noise.tsv";
    /// Words a title leaves in lower case.
    TITLE_SMALL_WORDS = "title-small-words.tsv";
    /// Words that say where, before a place's name.
    LOCATIVES = "locatives.tsv";
    /// Words before a name that say it is a place, not an owner.
    NAME_PLACE_MARKERS = "name-place-markers.tsv";
    /// Words after which a name is an object, not an owner.
    OBJECT_MARKERS = "object-markers.tsv";
    /// Parts of a game or bout a clock reading counts time in.
    GAME_PERIODS = "game-periods.tsv";
    /// Parts of the day that put a bare clock time after noon, with the
    /// hours they do it for.
    DAY_PARTS = "day-parts.tsv";
    /// Words between a clock time and the part of the day after it.
    DAY_PART_LINKS = "day-part-links.tsv";
    /// Plurals not made by adding "s" or "es": their singular.
    IRREGULAR_PLURALS = "irregular-plurals.tsv";
    /// Nouns that, bare after "by", say how something was said.
    MANNER_NOUNS = "manner-nouns.tsv";
    /// Nouns that name one person as a source ("the official").
    PERSON_NOUNS = "person-nouns.tsv";
    /// Who something is said to, where a verb could stand ("said to police").
    LISTENERS = "listeners.tsv";
    /// Prepositions of a phrase between a verb of saying and its "that".
    SAYING_PHRASES = "saying-phrases.tsv";
    /// Words around a "one" that stands for a thing named before: `before`,
    /// `after` or `both`.
    PRONOUN_ONE = "pronoun-one.tsv";
    /// Personal pronouns: `subject` or `object`.
    PERSONAL_PRONOUNS = "personal-pronouns.tsv";
    /// Pronouns that open a sentence going on about the one before.
    PRONOUNS_BACK = "pronouns-back.tsv";
    /// Words after "of" that make a figure a part of the one before.
    PART_PRONOUNS = "part-pronouns.tsv";
    /// Words before a date or time that make it the bound of a state
    /// ("by 7 a.m.", "until Monday"), not the moment of an event.
    STATE_BOUNDS = "state-bounds.tsv";
    /// Words that put an event's noun before what a verb of what follows
    /// it did ("arrested after the shooting on Saturday").
    EVENT_ORDER = "event-order.tsv";
    /// Words that make a figure after them a rank ("the number 2 man"), and
    /// words that may stand before those.
    RANKS = "ranks.tsv";
    /// Two words in which an event's noun names another event or none
    /// ("opened fire": a shooting; "under fire": none), and that class.
    EVENT_IDIOMS = "event-idioms.tsv";
    /// "Source:" values that name the wires, not the outlet.
    NOT_AN_OUTLET = "not-an-outlet.tsv";
    /// A wire's sign-off on the last line, and the agency it names.
    SIGN_OFFS = "sign-offs.tsv";
    /// Abbreviations with a full stop: `never` or `maybe` final.
    ABBREVIATIONS = "abbreviations.tsv";
    /// Words that commonly open a sentence.
    SENTENCE_OPENERS = "sentence-openers.tsv";
    /// Words for an indefinite number ("some", "many"): a phrase they open
    /// names a group, no one.
    QUANTIFIERS = "quantifiers.tsv";
    /// Possessive determiners ("their", "his"): one after a figure's noun
    /// opens another phrase.
    POSSESSIVES = "possessives.tsv";
    /// Verbs and nouns of meaning to do something ("tried", "plot"): an
    /// outcome after them and "to" did not happen.
    INTENTIONS = "intentions.tsv";
    /// Words between "no one" and what happened to them ("was seriously").
    PREDICATE_GAP = "predicate-gap.tsv";
    /// Words that say a figure is not known yet: where its outcome stands.
    UNKNOWN = "unknown.tsv";
    /// Nouns of kin: "a father of three" counts his children.
    KIN = "kin.tsv";
    /// Nouns after a figure that count how often: "arrested four times".
    FREQUENCIES = "frequencies.tsv";
    /// Words before a count that make it a run at one end of a series.
    SERIES_RUNS = "series-runs.tsv";
    /// Words before a month and day that put it ahead of the article.
    FUTURE = "future.tsv";
    /// Words that make a clause say what happens as a rule ("generally").
    HABITUAL = "habitual.tsv";
    /// Words before a weekday that make it no particular day ("on a
    /// Friday", "every Sunday").
    ANY_DAY = "any-day.tsv";
    /// Conjunctions whose present-tense clause a future main clause puts
    /// ahead ("When Pike returns on May 3, his lawyers will argue").
    AHEAD_CLAUSES = "ahead-clauses.tsv";
    /// Auxiliaries in the past tense ("was", "had").
    PAST_AUXILIARIES = "past-auxiliaries.tsv";
    /// Verbs whose particle is "over" ("handed over 20 guns").
    OVER_VERBS = "over-verbs.tsv";
    /// Last words of a news outlet's name ("Gazette", "TV").
    OUTLET_WORDS = "outlet-words.tsv";
    /// Nouns that name a news outlet back ("the paper", "the station").
    OUTLET_NOUNS = "outlet-nouns.tsv";
        /// Titles written before a surname ("Mr", "President").
    NAME_TITLES = "name-titles.tsv";
    /// Words after "how" that make it open a question ("how many").
    HOW_QUESTIONS = "how-questions.tsv";
    /// Holidays and feasts: month, and day or weekday and which of the
    /// month's ("Labor Day": 9, monday, 1).
    HOLIDAYS = "holidays.tsv";
    /// Words after a period that make it no day: a rough span ("the next
    /// day or two") or a recurring one ("Tuesday of each month").
    NO_DAY_ENDS = "no-day-ends.tsv";
    /// Capitalised words before a weekday that make it a named day ("Patch
    /// Tuesday", "Good Friday"), not a date.
    NAMED_DAYS = "named-days.tsv";
    /// Nouns for a written statement: after "the" they stand for whoever
    /// issued it ("the statement said").
    STATEMENT_NOUNS = "statement-nouns.tsv";
    /// Nouns that make an ordinal before them a name ("223rd Street").
    ORDINAL_NAMES = "ordinal-names.tsv";
    /// Nouns that end a street's name ("Boulevard", "Street"): a number
    /// before one is an address.
    STREET_TYPES = "street-types.tsv";
    /// Words before quotation marks that make the quoted words a name.
    DESIGNATORS = "designators.tsv";
    /// Nouns for a work whose title may follow in quotation marks.
    WORKS = "works.tsv";
    /// Nouns for what someone said ("words", "response", "statement") that
    /// make a quote after a clause ending in a colon the clause's speaker's.
    UTTERANCE_NOUNS = "utterance-nouns.tsv";
    /// Given names: the word after one is a surname in that article; the
    /// sex the name is mostly given to (`m`, `f`), where it is clear.
    GIVEN_NAMES = "given-names.tsv";
}

/// True for the full name of a month or a weekday, or a day named from
/// today ("Today's operation"), lower case: words that name a time, not a
/// place, a person or a thing counted.
pub fn is_calendar_word(word: &str) -> bool {
    MONTHS.field(word, 2) == Some("name")
        || WEEKDAYS.field(word, 2) == Some("name")
        || DAYS_FROM_TODAY.contains(&word)
}

/// The days named from today, in lower case: "today", "yesterday",
/// "tomorrow", "tonight".
pub const DAYS_FROM_TODAY: [&str; 4] = ["today", "yesterday", "tomorrow", "tonight"];

/// True for a weekday's name or a day named from today, any case ("Friday",
/// "yesterday"): a word that dates ("today the company announced").
/// Months are left out: "May" is a surname too.
pub fn is_day_word(word: &str) -> bool {
    // Callers on the extraction path pass tokens already in lower case:
    // only a word with a capital is copied.
    let lower: std::borrow::Cow<'_, str> = if word.chars().any(char::is_uppercase) {
        word.to_lowercase().into()
    } else {
        word.into()
    };
    WEEKDAYS.field(&lower, 2) == Some("name") || DAYS_FROM_TODAY.contains(&&*lower)
}

/// True for a weekday's full name, any case.
pub fn is_weekday_name(word: &str) -> bool {
    WEEKDAYS.field(&word.to_lowercase(), 2) == Some("name")
}

/// True when the first or last word of a speaker's name is a weekday: a
/// date read as part of the name ("said Friday", "Marsk pirates Saturday
/// said"); inside a name one may stand ("the Sunday Times").
pub fn dated_name(name: &str) -> bool {
    let mut words = name.split_whitespace();
    words.next().is_some_and(is_weekday_name) || words.next_back().is_some_and(is_weekday_name)
}

/// True when a source as written is a statement named back ("the
/// statement", "The news release"): it stands for whoever issued it.
pub fn is_statement_named_back(written: &str) -> bool {
    let lower = written.to_lowercase();
    lower
        .strip_prefix("the ")
        .is_some_and(|noun| STATEMENT_NOUNS.contains(noun.trim()))
}

/// The noun of a source that names a body back ("the company", "The
/// bank"): "the" and one word of `body-words.tsv`, in lower case.
pub fn body_named_back(written: &str) -> Option<String> {
    let lower = written.to_lowercase();
    let noun = lower.strip_prefix("the ")?.trim();
    BODY_WORDS.contains(noun).then(|| noun.to_string())
}

/// True when `name`, a source cited before, may be the body that a source
/// naming one back with `noun` stands for: a name that ends in the noun or
/// has "of" after it ("the bank" for "the Reserve Bank", "the Bank of
/// Marsk"; not "the bank study" or "a director of the bank", which open in
/// a word in lower case), or, for a noun marked "back" ("the company",
/// "the firm"), a name in capitals ending in a company's word
/// (`body-words.tsv`, "company") or in none of that table ("Zentrax"; not
/// "The prospectus"), and in no outlet's word (`outlet-words.tsv`).
pub fn names_body_back(noun: &str, name: &str) -> bool {
    let words: Vec<String> = name
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let Some(last) = words.last() else {
        return false;
    };
    let company = |w: &str| BODY_WORDS.field(w, 1) == Some("company");
    let back = BODY_WORDS.field(noun, 2) == Some("back");
    let proper = name
        .split_whitespace()
        .skip_while(|w| w.eq_ignore_ascii_case("the"))
        .all(|w| !w.starts_with(char::is_lowercase));
    let opens = name
        .split_whitespace()
        .next()
        .is_some_and(|w| !w.starts_with(char::is_lowercase) || w == "the");
    let holds = words
        .iter()
        .enumerate()
        .any(|(at, w)| w == noun && words.get(at + 1).is_none_or(|next| next == "of"));
    (opens && holds)
        || (back
            && proper
            && !OUTLET_WORDS.contains(last)
            && (company(last) || !BODY_WORDS.contains(last)))
}

/// True when `written`, a source, names a news outlet back ("the paper",
/// "The station": `outlet-nouns.tsv`) and `name`, a source cited before, is
/// an outlet: no person ("Orsova Gazette editor Tom Pike"), and a word of
/// its name ends an outlet's (`outlet-words.tsv`: "the Orsova Gazette",
/// "Kelmar-TV Channel 9") and no other body's ("agency" ends both).
pub fn names_outlet_back(written: &str, name: &str) -> bool {
    let lower = written.to_lowercase();
    let named_back = lower
        .strip_prefix("the ")
        .is_some_and(|noun| OUTLET_NOUNS.contains(noun.trim()));
    named_back
        && !is_person_name(name)
        && name
            .split(|c: char| !c.is_alphanumeric())
            .map(str::to_lowercase)
            .any(|w| OUTLET_WORDS.contains(&w) && !BODY_WORDS.contains(&w))
}

/// True for an auxiliary or adverb between a source and its verb
/// (`auxiliaries.tsv`): `written` as in the text, `lower` in lower case. A
/// modal counts only in lower case ("American Can said" is a company).
pub fn is_auxiliary(written: &str, lower: &str) -> bool {
    AUXILIARIES.contains(lower)
        && (written == lower || AUXILIARIES.field(lower, 1) != Some("modal"))
}

/// `word` without a possessive's "'s" ("team’s" is "team").
pub fn without_possessive(word: &str) -> &str {
    word.strip_suffix("’s")
        .or_else(|| word.strip_suffix("'s"))
        .unwrap_or(word)
}

/// True for a form of "be" or an auxiliary (`be.tsv`, `auxiliaries.tsv`): a
/// word that opens a predicate ("the 17-inch will sell", "said the idea
/// was").
pub fn is_be_or_auxiliary(written: &str, lower: &str) -> bool {
    BE.contains(lower) || is_auxiliary(written, lower)
}

/// True for letters written after a person's name, with or without stops
/// ("MD", "Ph.D.", "Jr."; `post-nominals.tsv`): no one else's name.
pub fn is_post_nominal(text: &str) -> bool {
    let letters: String = text.chars().filter(|c| !matches!(c, '.' | ' ')).collect();
    !letters.is_empty() && POST_NOMINALS.contains(&letters.to_lowercase())
}

/// A pattern for the letters of `post-nominals.tsv` as written, in any
/// case, with or without a stop after each letter ("MD", "M.D.", "Ph.D.",
/// "Jr."), for a regex that sets them apart after a name.
pub fn post_nominal_pattern() -> String {
    let mut letters: Vec<&str> = POST_NOMINALS.words().collect();
    letters.sort_by_key(|w| std::cmp::Reverse(w.len()));
    let each: Vec<String> = letters
        .iter()
        .map(|w| w.chars().map(|c| format!(r"{c}\.?")).collect())
        .collect();
    format!("(?i:{})", each.join("|"))
}

/// True for a word that opens a predicate: a form of "be" or an auxiliary
/// verb, not an adverb of `auxiliaries.tsv` ("said 40 jobs would go",
/// "according to Marsk Radio there were"; not "said Okafor later").
pub fn opens_predicate(written: &str, lower: &str) -> bool {
    is_be_or_auxiliary(written, lower) && AUXILIARIES.field(lower, 1) != Some("adverb")
}

/// True for a word, any case, that is never part of a name: one that ends a
/// phrase or opens a clause ("in", "the", "if", "he"). A role in lower case
/// inside a speaker's name ("police spokesman") has none.
pub fn is_function_word(word: &str) -> bool {
    let lower = word.to_lowercase();
    NOT_SOURCE.contains(&lower) || PHRASE_ENDS.contains(&lower)
}

/// Whether a person named `name` can be the one "he" or "she" (`pronoun`,
/// any case) stands for: not when a courtesy title ("Mr", "Ms") or a given
/// name mostly given to one sex says otherwise ("she" is not Hugh Pike).
/// A name that says nothing of its bearer's sex ("Page", "Terry Pike") fits
/// either; a name in capitals only ("CNA asked him") is a body's, no one's.
/// "It" fits one body and "they" a group of people in the plural; any other
/// pronoun fits anyone.
pub fn pronoun_fits(pronoun: &str, name: &str) -> bool {
    let wanted = match pronoun.to_lowercase().as_str() {
        "he" => "m",
        "she" => "f",
        "it" => return is_body_name(name),
        "they" => return is_group_name(name),
        _ => return true,
    };
    name.chars().any(char::is_lowercase) && sex_of(name).is_none_or(|sex| sex == wanted)
}

/// True when `name` says its bearer is the one "he" or "she" (`pronoun`)
/// stands for, by a given name or a courtesy title ("Yvonne Pike", "Mr
/// Pike"); a surname alone says nothing.
pub fn pronoun_surely_fits(pronoun: &str, name: &str) -> bool {
    let wanted = match pronoun.to_lowercase().as_str() {
        "he" => "m",
        "she" => "f",
        _ => return false,
    };
    sex_of(name) == Some(wanted)
}

/// The sex a person's name says, `m` or `f`, by the given names right
/// before the surname or a courtesy title; `None` when it says none.
fn sex_of(name: &str) -> Option<&'static str> {
    // The given names right before the surname, past initials and
    // suffixes, read from the first: "awards pundit Tom Pike", "Hugh M.
    // Pike Jr.", "Jose Maria Ruiz" (a role before the name, "Chelsea
    // chief executive Peter Marsk", says nothing); else a courtesy title.
    let mut words: Vec<&str> = name
        .split_whitespace()
        .map(|w| w.trim_end_matches(['.', ',']))
        .filter(|w| w.chars().count() > 1 && !matches!(*w, "Jr" | "Sr" | "II" | "III"))
        .collect();
    words.pop();
    let given = |w: &&&str| GIVEN_NAMES.contains(&w.to_lowercase());
    let run = words.iter().rev().take_while(given).count();
    match words.last().copied() {
        Some("Mr") => Some("m"),
        Some("Mrs" | "Ms" | "Miss") => Some("f"),
        Some(_) if run > 0 => GIVEN_NAMES.field(&words[words.len() - run].to_lowercase(), 1),
        _ => None,
    }
}

/// True when a source as written names one body, not a person or a group
/// of people: "it" can stand for "Marsk Motors Corp", "the ministry",
/// "China" or "OPEC", never for "Mr Pike", "Ana Ruiz" (a given name before
/// a name), "officials" or "Traders" (a plural), or a stray lower-case word.
fn is_body_name(name: &str) -> bool {
    let words = source_words(name);
    let Some(last) = words.last() else {
        return false;
    };
    let stray = words.len() == 1 && last.starts_with(char::is_lowercase);
    !stray && !is_personal(&words) && !is_plural(&words)
}

/// True when a source as written names a group of people in the plural:
/// "they" can stand for "Marsk trade sources", "Analysts" or "police",
/// never for "Ana Ruiz's lawyers" (a person's name) or "the ministry".
fn is_group_name(name: &str) -> bool {
    let words = source_words(name);
    is_plural(&words) && !is_personal(&words)
}

/// A source's words without the marks around them.
fn source_words(name: &str) -> Vec<&str> {
    name.split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect()
}

/// True when `word` (any case) is a relative pronoun ("who", "which"):
/// marked so in `clause-openers.tsv`.
pub fn is_relative_pronoun(word: &str) -> bool {
    CLAUSE_OPENERS.field(&word.to_lowercase(), 1) == Some("relative")
}

/// True when a source as written names one person ("Ana Ruiz", "Mr Pike",
/// "the official"), not a body or a group: "he" or "she" may stand for it.
pub fn is_person_name(name: &str) -> bool {
    let words = source_words(name);
    is_personal(&words) && !is_plural(&words)
}

/// True when the words name a person: a courtesy title, a given name
/// before another capitalised word ("Ana Ruiz"; "India" alone is no one,
/// nor "the India Kelmar Daily", "Georgia Zentrax Company" or "Tom Pike
/// and Co", which end in a word of an outlet's or a body's name; "Ana Ruiz
/// of Zentrax Inc" is Ana Ruiz), or a noun for one person at their head
/// ("the official").
fn is_personal(words: &[&str]) -> bool {
    let last = words.last().map(|w| w.to_lowercase());
    // The head is the last word, or the one before a phrase after it ("a
    // tax expert at the Marsk bank", "an aide to the mayor"; "a Bank of
    // Orsova official").
    let head = [words.last(), before_phrase(words).last()]
        .into_iter()
        .flatten()
        .any(|w| PERSON_NOUNS.contains(&w.to_lowercase()));
    // A preposition joins a person to an employer (`title-links.tsv`: "Ana
    // Ruiz of Zentrax Inc", "Tom Pike at Kelmar Partners"); "and" joins a
    // firm's names ("Tom Pike and Co").
    let institution = last
        .as_ref()
        .is_some_and(|w| OUTLET_WORDS.contains(w) || BODY_WORDS.contains(w))
        && !words
            .iter()
            .any(|w| TITLE_LINKS.contains(&w.to_lowercase()));
    head || words.iter().enumerate().any(|(i, w)| {
        let lower = w.to_lowercase();
        // "Commissioner Pike": a title before a surname (`name-titles.tsv`).
        let titled = NAME_TITLES.contains(lower.trim_end_matches('.'))
            && words
                .get(i + 1)
                .is_some_and(|n| n.starts_with(char::is_uppercase));
        matches!(lower.as_str(), "mr" | "mrs" | "ms" | "miss")
            || (titled && !institution)
            || (GIVEN_NAMES.contains(&lower)
                && !institution
                && words
                    .get(i + 1)
                    .is_some_and(|n| n.starts_with(char::is_uppercase)))
    })
}

/// The words before a phrase that follows a source's head: up to its first
/// word in lower case that is a function word ("an expert" of "an expert on
/// the Marsk islands"); all of them where none follows.
fn before_phrase<'w>(words: &'w [&'w str]) -> &'w [&'w str] {
    let phrase_at = (1..words.len())
        .find(|&k| words[k].starts_with(char::is_lowercase) && is_function_word(words[k]))
        .unwrap_or(words.len());
    &words[..phrase_at]
}

/// True when the last word is a plural noun: in lower case ("trade
/// sources", "Bank of Orsova sources", "police"), or capitalised as the
/// only word ("Officials", "MPs"); "General Motors" is a name. (The head
/// before a phrase is no surer here: "a group of senators" is "they".)
fn is_plural(words: &[&str]) -> bool {
    let Some(last) = words.last() else {
        return false;
    };
    if last.starts_with(char::is_uppercase) && words.len() > 1 {
        return false;
    }
    let lower = last.to_lowercase();
    (lower.ends_with('s') && !lower.ends_with("ss") && !lower.ends_with("us"))
        || IRREGULAR_PLURALS.contains(&lower)
}

/// The number of a month from its name or abbreviation, any case.
pub fn month_number(name: &str) -> Option<i8> {
    MONTHS.field(&name.to_lowercase(), 1)?.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn function_words_are_never_part_of_a_name_whatever_their_case() {
        for word in ["In", "the", "If", "he", "during"] {
            assert!(is_function_word(word), "{word}");
        }
        for word in ["spokesman", "police", "Okafor"] {
            assert!(!is_function_word(word), "{word}");
        }
    }

    #[test]
    fn a_body_named_back_stands_for_a_name_that_may_be_that_body() {
        assert_eq!(body_named_back("The bank").as_deref(), Some("bank"));
        assert_eq!(body_named_back("the spokesman"), None);
        // A name ending in the noun, or with "of" after it.
        assert!(names_body_back("bank", "the Reserve Bank"));
        assert!(names_body_back("bank", "the Bank of Marsk"));
        assert!(!names_body_back("bank", "the central bank study"));
        assert!(!names_body_back("bank", "a director of the bank"));
        // "The company": a company's name, or one with no body's word; not a
        // ministry's, an outlet's or a description's.
        assert!(names_body_back("company", "Zentrax Corp"));
        assert!(names_body_back("company", "Zentrax"));
        assert!(!names_body_back("company", "the Marsk Finance Ministry"));
        assert!(!names_body_back("company", "the Orsova Gazette"));
        assert!(!names_body_back("company", "The prospectus"));
        // "The bank" is no name for any company ("Zentrax Motors").
        assert!(!names_body_back("bank", "Zentrax Motors"));
    }

    #[test]
    fn the_paper_or_the_station_named_back_stands_for_an_outlet_only() {
        assert!(names_outlet_back("The paper", "the Orsova Gazette"));
        assert!(names_outlet_back("the station", "Kelmar-TV Channel 9"));
        // Not a person the outlet employs, a body, or another noun.
        assert!(!names_outlet_back(
            "The paper",
            "Orsova Gazette editor Tom Pike"
        ));
        assert!(!names_outlet_back("The paper", "the Marsk Port Agency"));
        assert!(!names_outlet_back("The company", "the Orsova Gazette"));
    }

    #[test]
    fn a_given_name_opening_an_institution_s_name_makes_no_person() {
        // All in capitals and ending in an outlet's or a body's word.
        assert!(!is_person_name("the Savannah Kelmar Gazette"));
        assert!(!is_person_name("Georgia Zentrax Company"));
        assert!(!is_person_name("Tom Pike and Co Inc"));
        // A person and an employer, joined by a word in lower case.
        assert!(is_person_name("Ana Ruiz of Zentrax Inc"));
        assert!(is_person_name("Tom Pike at Kelmar Partners Group"));
        assert!(is_person_name("Ana Ruiz"));
    }

    #[test]
    fn every_table_file_is_loaded_and_has_rows() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/rules/lexicon/words");
        let mut files: Vec<String> = std::fs::read_dir(dir)
            .expect("the tables' folder exists")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        files.sort();
        let mut loaded: Vec<String> = all().iter().map(|t| t.name.to_string()).collect();
        loaded.sort();
        assert_eq!(
            files, loaded,
            "every table file is registered, and only those"
        );
        for table in all() {
            assert!(!table.rows().is_empty(), "{} has no rows", table.name);
            for row in table.rows() {
                assert_eq!(
                    row[0],
                    row[0].to_lowercase(),
                    "{}: keys are lower case",
                    table.name
                );
            }
        }
    }

    #[test]
    fn a_pronoun_fits_a_name_its_sex_does_not_rule_out() {
        assert!(pronoun_fits("she", "Bettie Okafor"));
        assert!(!pronoun_fits("she", "Hugh Okafor"));
        assert!(pronoun_fits("He", "Hugh Okafor"));
        assert!(!pronoun_fits("he", "Ms. Ruiz"));
        assert!(!pronoun_fits("she", "Mr Pike"));
        // A surname alone, or a given name both sexes have, fits either.
        assert!(pronoun_fits("she", "Okafor"));
        assert!(pronoun_fits("he", "Terry Pike"));
        // The given name is the word before the surname, past initials.
        assert!(!pronoun_fits("she", "awards pundit Tom Marsk"));
        assert!(!pronoun_fits("she", "Hugh M. Okafor Jr."));
        assert!(pronoun_fits("he", "Chelsea chief executive Peter Marsk"));
        assert!(pronoun_fits("he", "Jose Maria Okafor"));
        // Names both sexes have, and rare ones, say nothing.
        assert!(pronoun_fits("he", "Robin Okafor"));
        assert!(pronoun_fits("he", "Nicola Marsk"));
        // An acronym is a body: "he" is never it.
        assert!(!pronoun_fits("he", "KNA"));
        // "It" is one body, never a person or a group of people.
        assert!(pronoun_fits("it", "KNA"));
        assert!(pronoun_fits("it", "the Marsk Finance Ministry"));
        assert!(pronoun_fits("it", "China"));
        assert!(pronoun_fits("it", "Marsk Motors"));
        assert!(!pronoun_fits("it", "Ana Okafor"));
        assert!(!pronoun_fits("it", "Mr Pike"));
        // person-nouns.tsv
        assert!(!pronoun_fits("it", "the official"));
        assert!(!pronoun_fits("it", "a Western diplomat"));
        // The head before a phrase after it.
        assert!(!pronoun_fits("it", "A tax expert in the Marsk court"));
        assert!(!pronoun_fits("it", "an aide to Okafor"));
        assert!(pronoun_fits("it", "the Bank of Orsova"));
        assert!(!pronoun_fits("it", "a Bank of Orsova official"));
        assert!(!pronoun_fits("it", "Marsk officials"));
        assert!(!pronoun_fits("it", "Officials"));
        assert!(!pronoun_fits("it", "police"));
        assert!(!pronoun_fits("it", "will"));
        // "They" is a group of people in the plural.
        assert!(pronoun_fits("they", "Marsk trade sources"));
        assert!(pronoun_fits("they", "police"));
        assert!(pronoun_fits("they", "Traders"));
        assert!(!pronoun_fits("they", "the Marsk ministry"));
        assert!(!pronoun_fits("they", "Marsk Motors"));
        assert!(!pronoun_fits("they", "Ana Okafor's lawyers"));
    }

    #[test]
    fn a_pronoun_surely_fits_only_a_name_that_says_the_sex() {
        assert!(pronoun_surely_fits("she", "Yvonne Okafor"));
        assert!(pronoun_surely_fits("He", "Mr Pike"));
        assert!(!pronoun_surely_fits("she", "Okafor"));
        assert!(!pronoun_surely_fits("she", "Robin Okafor"));
        assert!(!pronoun_surely_fits("he", "Yvonne Okafor"));
        assert!(!pronoun_surely_fits("it", "Marsk Motors"));
    }

    #[test]
    fn calendar_words_are_full_names_only() {
        assert!(is_calendar_word("september"));
        assert!(is_calendar_word("sunday"));
        assert!(!is_calendar_word("sun"));
        assert!(!is_calendar_word("mar"));
        assert_eq!(month_number("Sept"), Some(9));
        assert_eq!(month_number("DECEMBER"), Some(12));
    }
}
