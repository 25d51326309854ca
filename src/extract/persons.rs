//! Person claims: a named person and what the text says they are.
//!
//! In: a sentence and the `person` rule's title words and ranks. Out: one
//! claim per person named with a title or an age: "navy spokesman Commander
//! Nirad Sinha", "Peter Guest, Assistant Chief Fire Officer", "the United
//! Nations' director of operations in Gaza, John Ging", "Epaminondas
//! Korkoneas, 37". The title is kept as written (lower case); a rank of the
//! rule's ladder is picked out of it, since two ranks of one person
//! contradict where two job titles need not.

use std::sync::LazyLock;

use regex::Regex;
use serde::Deserialize;

use super::lexicon::{EntityKind, Lexicon};
use super::tokens::{after_last, title_case};
use crate::FastSet;
use crate::gazetteer;
use crate::language::{APPOSITION_BREAKS, GIVEN_NAMES, NAME_PARTS, STATEMENT_NOUNS, TITLE_LINKS};
use crate::normalize::rarity::zipf;

/// Parameters of a `person` rule.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PersonParams {
    /// Nouns that head a title ("director", "spokesman", "lawyer").
    pub titles: Vec<String>,
    /// Ranks of one ladder ("captain", "commander", "commodore"): a title
    /// holding one names that rank.
    pub ranks: Vec<String>,
    /// Words before a name that are courtesy, not title ("Mr", "Ms").
    pub courtesy: Vec<String>,
    /// Ranks that are also adjectives: before a noun ("general manager")
    /// or after an office of `offices_before_adjective_ranks` ("Attorney
    /// General"). Such a word names a rank only at the title's end and not
    /// after such an office ("General", "Major General", "Marine General").
    #[serde(default)]
    pub adjective_ranks: Vec<String>,
    /// Offices an adjective rank follows as part of the office's name
    /// ("attorney", "secretary", "surgeon": "Surgeon General").
    #[serde(default)]
    pub offices_before_adjective_ranks: Vec<String>,
    /// Words in lower case that date a title before it ("former", "then"):
    /// before a capitalised title they are the title's.
    #[serde(default)]
    pub title_modifiers: Vec<String>,
}

/// A compiled `person` rule.
#[derive(Debug, Clone)]
pub struct PersonRule {
    /// Rule id.
    pub id: String,
    params: PersonParams,
}

/// A person claim found in a sentence (offsets relative to it).
#[derive(Debug, Clone, PartialEq)]
pub struct PersonHit {
    /// First byte of the evidence.
    pub start: usize,
    /// One past its last byte.
    pub end: usize,
    /// The name without title.
    pub name: String,
    /// The title, lower case.
    pub title: String,
    /// The rank the title names.
    pub rank: Option<String>,
    /// Age in years.
    pub age: Option<u16>,
}

/// Two to seven capitalised words: a name ("Nirad Sinha", "Hassan Abu Askhar")
/// with the capitalised title before it ("SeaMicro Chief Executive Andrew
/// Feldman").
static NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b\p{Lu}[\p{L}'’\-]+(?:\s+(?:\p{Lu}\.\s+)?\p{Lu}[\p{L}'’\-]+){1,6}\b")
        .expect("person name pattern is valid")
});

/// ", 37" after a name, not a figure of something else.
static AGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^,\s+(\d{1,3})(?:,|\s+(?:and|was|is|who|were|of|from)\b|\.|$)")
        .expect("age pattern is valid")
});

/// Marks that end a clause.
const STOPS: &[char] = &[',', ';', ':', '.', '"', '“', '”', '(', ')'];

/// What sets an apposition off from the name before it.
const APPOSITION_MARKS: &[&str] = &[", ", " - ", " – ", " — "];

/// A verb that gives a person a role, after the name or its apposition:
/// "will become general manager of …", ", who was named chief executive".
/// A relative clause may put a few words before the verb ("who recently
/// joined Marsk to serve as …").
static ROLE: LazyLock<Regex> = LazyLock::new(|| {
    use crate::language::{ROLE_VERBS, Table};
    let all = Table::alternation(ROLE_VERBS.words());
    let bare = Table::alternation(
        ROLE_VERBS
            .words()
            .filter(|v| ROLE_VERBS.field(v, 1).is_none()),
    );
    Regex::new(&format!(
        r"^(?:,\s+who(?:\s+[\p{{L}}’']+){{0,4}}?\s+(?:{all})|(?:\s+\p{{Ll}}+ly)?\s+(?:{bare}))\s+(?:(?:the|a|an|its|their)\s+)?"
    ))
    .expect("role pattern is valid")
});

/// Where an apposition's phrase ends: at a mark that ends a clause or at a
/// dash between words (a hyphen inside a word, "co-founder", ends nothing).
fn phrase_end(rest: &str) -> usize {
    // "a spokesman for the U.S. advocacy group": the full stops of an
    // abbreviation (a letter or one stop right after it) end nothing.
    let abbreviation_stop = |at: usize| {
        let before = rest[..at].rsplit(|c: char| c.is_whitespace()).next();
        let after = rest[at + 1..].chars().next();
        after.is_some_and(char::is_alphabetic)
            || before.is_some_and(|w| w.contains('.') || w.chars().count() == 1)
    };
    let mark = rest
        .match_indices([',', '.', ';', '"', '“', '”', '(', ')'])
        .find(|&(at, m)| m != "." || !abbreviation_stop(at))
        .map_or(rest.len(), |(at, _)| at);
    APPOSITION_MARKS[1..]
        .iter()
        .filter_map(|dash| rest.find(dash))
        .fold(mark, usize::min)
}

/// True for an initial as written: a capital letter and a full stop ("L.").
fn is_initial(word: &str) -> bool {
    let mut chars = word.chars();
    matches!((chars.next(), chars.next(), chars.next()), (Some(c), Some('.'), None) if c.is_uppercase())
}

/// True when a word, as written, ends a title: "who", "said" ("Doctor
/// Who" ends nothing).
fn ends_title(word: &&str) -> bool {
    let word = word.trim_matches(|c: char| !c.is_alphanumeric());
    matches!(APPOSITION_BREAKS.field(word, 1), Some("ends" | "both"))
}

/// How many of `words` a title takes: up to a word that ends one (from
/// `skip` on), or a date ("general manager on May 26", "leader since
/// 2002"), without the function words left dangling before it.
fn title_len(words: &[&str], skip: usize) -> usize {
    let dated = |w: &&str| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        crate::language::is_calendar_word(&w.to_lowercase())
            || (w.len() == 4 && w.starts_with(['1', '2']) && w.chars().all(|c| c.is_ascii_digit()))
    };
    // "general manager of HP Services in a written statement": where the
    // title was given is no part of it.
    let said_in = |k: usize| {
        words[k] == "in"
            && words[k + 1..].iter().take(3).any(|w| {
                let w = w
                    .trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase();
                STATEMENT_NOUNS.contains(&w)
            })
    };
    // "chairman as well as chief executive": one title joined to another.
    let as_well_as = |from: usize| {
        let phrase = words.get(from..from + 3).unwrap_or_default();
        phrase
            .iter()
            .map(|w| w.to_lowercase())
            .eq(["as", "well", "as"])
    };
    let joined = |k: usize| as_well_as(k) || (k >= 2 && as_well_as(k - 2));
    let mut end = (skip..words.len())
        .find(|&k| (ends_title(&words[k]) && !joined(k)) || dated(&words[k]) || said_in(k))
        .unwrap_or(words.len());
    while end > 1
        && words[end - 1].starts_with(char::is_lowercase)
        && crate::language::is_function_word(words[end - 1])
    {
        end -= 1;
    }
    end
}

/// True when a word, any case, opens a clause: "But", "when", "who".
fn opens_clause(word: &str) -> bool {
    matches!(
        APPOSITION_BREAKS.field(&word.to_lowercase(), 1),
        Some("opens" | "both")
    )
}

/// Capitalised words cut after the name their given name opens: in a
/// title-case headline every word is capitalised, so the name is its last
/// given name, the word after it (and an initial or a particle), and then
/// only suffixes and rare words ("Female Employee Yvonne
/// Hiller Kills Two In" ends with "Hiller"; "Julie Ann Brandau", "Willy De
/// Clercq" and "Joseph Comeaux Jr" stay whole). Where the word after the
/// given names is a function word ("My Summer Of Love") nothing is cut.
fn headline_name(name: &str) -> &str {
    let ws = words_of(name);
    let given = |w: &str| GIVEN_NAMES.contains(&w.to_lowercase());
    let part = |w: &str, kind: &str| {
        let w = w.trim_end_matches(['.', ',']).to_lowercase();
        NAME_PARTS.field(&w, 1) == Some(kind)
    };
    // The last given name: "West German Finance Minister Gerhard
    // Stoltenberg" is Gerhard's, though "German" is a given name too.
    let Some(p) = ws.iter().rposition(|w| given(w)) else {
        return name;
    };
    let mut last = p + 1;
    while ws
        .get(last)
        .is_some_and(|w| w.ends_with('.') || part(w, "particle"))
    {
        last += 1;
    }
    match ws.get(last) {
        Some(w) if !crate::language::is_function_word(w) => {}
        _ => return name,
    }
    while ws
        .get(last + 1)
        .is_some_and(|w| part(w, "suffix") || zipf(&w.to_lowercase()) < RARE_NAME_WORD)
    {
        last += 1;
    }
    if last + 1 >= ws.len() {
        return name;
    }
    // Past the kept words, in order.
    let end = ws[..=last].iter().fold(0, |at, w| {
        name[at..].find(w).map_or(at, |i| at + i + w.len())
    });
    &name[..end]
}

/// Below this Zipf frequency a capitalised word after a surname is taken for
/// more of the name, above it for the headline's next word ("Dies").
const RARE_NAME_WORD: f32 = 3.0;
/// In a headline in title case, a run of words each at least this common
/// (Zipf), none a given name, is a headline's words, not a name.
const HEADLINE_WORD: f32 = 4.0;
/// The fewest such words that make a run no name.
const HEADLINE_RUN: usize = 3;

/// True for a "name" in a title-case headline that is the headline's own
/// words: "Deputy's Alleged Killer Held" (three ordinary words or more, no
/// given name among them; "Barack Obama" may be two).
fn headline_words(name: &str) -> bool {
    let words = words_of(name);
    words.len() >= HEADLINE_RUN
        && words.iter().all(|w| {
            let lower = w.to_lowercase();
            !GIVEN_NAMES.contains(&lower) && zipf(&lower) >= HEADLINE_WORD
        })
}

fn words_of(s: &str) -> Vec<&str> {
    s.split_whitespace().collect()
}

impl PersonRule {
    /// Compile a rule.
    pub fn new(id: String, params: PersonParams) -> Self {
        PersonRule { id, params }
    }

    /// True for a word that is a person's title or rank ("spokesman",
    /// "Gen."), any case, a possessive's ending aside.
    pub(super) fn is_title(&self, word: &str) -> bool {
        let w = word
            .trim_end_matches(['’', '\''])
            .trim_end_matches("'s")
            .to_lowercase();
        self.params.titles.contains(&w) || self.params.ranks.contains(&w)
    }

    fn rank_in(&self, title: &str) -> Option<String> {
        let words: Vec<String> = words_of(title).iter().map(|w| w.to_lowercase()).collect();
        let is_rank = |w: &String| self.params.ranks.contains(w);
        words.iter().enumerate().rev().find_map(|(i, w)| {
            let office =
                |before: &String| self.params.offices_before_adjective_ranks.contains(before);
            let adjective = self.params.adjective_ranks.contains(w)
                && (i + 1 < words.len() || i > 0 && office(&words[i - 1]));
            (is_rank(w) && !adjective).then(|| w.clone())
        })
    }

    /// The role a verb right after a name gives its person ("will become
    /// general manager of Marsk's new division"), and where its evidence
    /// ends in `after`: the role's words up to the clause's end, or up to a
    /// word that ends an apposition, with a title word among its first five.
    fn role_after(&self, after: &str) -> Option<(String, usize)> {
        let verb = ROLE.find(after)?;
        let rest = &after[verb.end()..];
        let phrase = &rest[..phrase_end(rest)];
        let all = words_of(phrase);
        let words = &all[..title_len(&all, 0)];
        let last = words.last()?;
        // Modifiers, then the title: "senior adviser", "Marsk's deputy
        // leader"; not a verb or a preposition first ("is out as head
        // coach", "was considering becoming foreign secretary").
        let head = words.iter().take(5).position(|w| self.is_title(w))?;
        let modifier = |w: &&str| {
            !crate::language::is_function_word(w) && !w.ends_with("ing") && !w.ends_with("ed")
        };
        if words.len() > 14 || !words[..head].iter().all(modifier) {
            return None;
        }
        let end = verb.end() + (last.as_ptr() as usize - rest.as_ptr() as usize) + last.len();
        Some((words.join(" ").to_lowercase(), end))
    }

    /// True when `name` is a person's name, not a place, body or date.
    fn plausible(&self, name: &str, lexicon: &Lexicon) -> bool {
        let words = words_of(name);
        if words.len() < 2
            || words
                .iter()
                .any(|w| crate::language::is_calendar_word(&w.to_lowercase()))
        {
            return false;
        }
        // "Mafia Leader Who Feigned Insanity": a title-case headline's
        // relative clause, not a name.
        let relative = APPOSITION_BREAKS.field(&words[0].to_lowercase(), 1) == Some("both");
        if matches!(words[0], "The" | "A" | "An" | "In" | "On" | "At") || relative {
            return false;
        }
        let body = lexicon.mentions(name).iter().any(|m| {
            !matches!(lexicon.kind(m.entity), EntityKind::Person) && m.end - m.start == name.len()
        });
        // "Los Angeles County Sheriff", "Mohave County Attorney": a place
        // and an office, not a person's name.
        let place = (2..=words.len().min(3))
            .any(|n| !gazetteer::global().lookup(&words[..n].join(" ")).is_empty())
            || !gazetteer::global().lookup(name).is_empty();
        // "National Marine Fisheries Service", "Marsk Acceptance Corp
        // Canada": a body's word.
        // "Zentrax Services": a body's word in the plural too, but not as the
        // surname right after a given name ("Wilson Banks"; "Samuel
        // Corporate Services", "Warner Traffic Services" are bodies).
        let surname_after_given =
            words.len() == 2 && GIVEN_NAMES.contains(&words[0].to_lowercase());
        let institution = words.iter().any(|w| {
            let w = w
                .trim_end_matches("’s")
                .trim_end_matches("'s")
                .to_lowercase();
            let body = |w: &str| crate::language::BODY_WORDS.contains(w);
            body(&w) || (!surname_after_given && w.strip_suffix('s').is_some_and(body))
        });
        // "SeaMicro CEO": an office, not a name. "MANILA BANK CHIEF": a
        // headline in capitals.
        let office = words.last().is_some_and(|w| self.is_title(w))
            || words.first().is_some_and(|w| self.is_title(w))
            || words.iter().all(|w| {
                w.chars()
                    .filter(|c| c.is_alphabetic())
                    .all(char::is_uppercase)
            });
        // "Even IBM, the leader in …": a surname in capitals only is a
        // body's acronym; a numeral ("Pope Benedict XVI") or the letters of
        // an honour ("Tom Okafor QC", `name-parts.tsv`) are the name's.
        let acronym = words.last().is_some_and(|w| {
            w.chars().count() > 1
                && w.chars().all(|c| c.is_ascii_uppercase())
                && !w.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L'))
                && !NAME_PARTS.contains(&w.to_lowercase())
        });
        !body
            && !place
            && !institution
            && !office
            && !acronym
            && !words.iter().all(|w| lexicon.demonym(w).is_some())
    }

    /// "Okafor, who will become general manager of …": a surname standing
    /// alone that the article writes after a given name elsewhere
    /// (`surnames`), with the role a verb gives it, where no hit in `found`
    /// covers it.
    fn surname_roles(
        &self,
        text: &str,
        surnames: &FastSet<String>,
        found: &[PersonHit],
    ) -> Vec<PersonHit> {
        static WORD: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"\b\p{Lu}[\p{L}'’\-]+\b").expect("capitalised word pattern is valid")
        });
        let capitalised = |w: Option<&str>| w.is_some_and(|w| w.starts_with(char::is_uppercase));
        let mut out = Vec::new();
        for m in WORD.find_iter(text) {
            let alone = !capitalised(text[..m.start()].split_whitespace().last())
                && !capitalised(text[m.end()..].split_whitespace().next());
            let covered = found
                .iter()
                .any(|h| h.start <= m.start() && m.end() <= h.end);
            if !alone || covered || !surnames.contains(m.as_str()) {
                continue;
            }
            if let Some((role, role_end)) = self.role_after(&text[m.end()..]) {
                out.push(PersonHit {
                    start: m.start(),
                    end: m.end() + role_end,
                    name: m.as_str().to_string(),
                    rank: None,
                    title: role,
                    age: None,
                });
            }
        }
        out
    }

    /// Every person named with a title or an age in `text`; `surnames` are
    /// the words its article writes after a given name, a person's when
    /// they stand alone.
    pub fn find(
        &self,
        text: &str,
        surnames: &FastSet<String>,
        lexicon: &Lexicon,
    ) -> Vec<PersonHit> {
        let mut out = self.named(text, lexicon);
        let alone = self.surname_roles(text, surnames, &out);
        out.extend(alone);
        out.sort_by_key(|h| h.start);
        out
    }

    /// Every person named in full with a title or an age in `text`.
    fn named(&self, text: &str, lexicon: &Lexicon) -> Vec<PersonHit> {
        let mut out = Vec::new();
        // A headline: capitalised words, and no full stop to end it.
        let headline = title_case(text) && !text.trim_end().ends_with('.');
        // Where the last name with a title right before it ended, and that
        // title: "policemen Jon Pike and Dan Marsk" makes both policemen.
        let mut shared: Option<(usize, String)> = None;
        for m in NAME.find_iter(text) {
            // Leading title and courtesy words belong to the title:
            // "Commander Nirad Sinha", "Lawyer Alexis Kougias".
            let mut start = m.start();
            let mut title_words: Vec<&str> = Vec::new();
            let mut name = m.as_str();
            // "But Marsk’s Ana Ruiz": a word that opens a clause is no part
            // of a name or its title ("The", "In" are left for `plausible`
            // to refuse: a body, a place).
            if let Some(first) = words_of(name).first()
                && words_of(name).len() > 2
                && opens_clause(first)
            {
                let rest = name[first.len()..].trim_start();
                start += name.len() - rest.len();
                name = rest;
            }
            // "Female Employee Yvonne Hiller Kills Two In": a headline in
            // title case capitalises every word, so a name ends with the
            // word after its given name.
            let cut = if headline {
                name.len() - headline_name(name).len()
            } else {
                0
            };
            name = &name[..name.len() - cut];
            let name_start = start;
            loop {
                let ws = words_of(name);
                // Keep two words of name at least.
                let Some(&first) = ws.first().filter(|_| ws.len() > 2) else {
                    break;
                };
                let courtesy = self
                    .params
                    .courtesy
                    .iter()
                    .any(|c| c == first.trim_end_matches('.'));
                // "Deputy Prime Minister Jon Pike": a capitalised word before
                // a title word that leaves two words of name is the title's.
                let title_follows = ws[1..ws.len() - 2].iter().any(|w| self.is_title(w));
                if !(self.is_title(first) || courtesy || title_follows) {
                    break;
                }
                if !courtesy {
                    title_words.push(first);
                }
                let rest = name[first.len()..].trim_start();
                start += name.len() - rest.len();
                name = rest;
            }
            // "Secretary of Defense Mark Esper": words before a given name
            // that is not itself after a given name are the title's.
            // Not where the given name is part of a place's ("Los Angeles
            // County Sheriff").
            let ws = words_of(name);
            let given = |w: &str| GIVEN_NAMES.contains(&w.to_lowercase());
            let in_place = |p: usize| {
                !gazetteer::global()
                    .lookup(&format!("{} {}", ws[p - 1], ws[p]))
                    .is_empty()
            };
            if let Some(p) = (1..ws.len().saturating_sub(1))
                .find(|&p| given(ws[p]) && !ws[..p].iter().any(|w| given(w)))
                .filter(|&p| {
                    // "US Marine General Kenneth": a title after it says
                    // "Marine" is no given name here.
                    // "When Matt Smith", "Who's Matt Smith": a function word
                    // is no title.
                    let function = |w: &&str| {
                        let stem = w.split(['\'', '’']).next().unwrap_or(w);
                        crate::language::is_function_word(stem)
                    };
                    // "Ka'Loni Marie Flynn": a word with a capital after its
                    // apostrophe is a name's, never a title's.
                    let name_part = |w: &&str| {
                        w.split_once(['\'', '’'])
                            .is_some_and(|(_, rest)| rest.starts_with(char::is_uppercase))
                    };
                    !in_place(p)
                        && !ws[..p].iter().any(function)
                        && !ws[..p].iter().any(name_part)
                        && !ws[p + 1..].iter().any(|w| self.is_title(w))
                })
            {
                // "Harbour Board Chairman L. Tom Okafor": an initial
                // before the given name is the name's.
                let mut p = p;
                while p > 0 && is_initial(ws[p - 1]) {
                    p -= 1;
                }
                // "Intel’s Jason Waxman": the owner right before the name is
                // no title ("Sheriff's Deputy Ana Ruiz" keeps its title).
                let owner = p.checked_sub(1).is_some_and(|q| {
                    ws[q].ends_with(['’', '\'']) || ws[q].ends_with("’s") || ws[q].ends_with("'s")
                });
                if !owner {
                    title_words.extend(&ws[..p]);
                }
                // Past the title's words, in order ("Denmark Mark Jones").
                let at = ws[..p].iter().fold(0, |at, w| {
                    name[at..].find(w).map_or(at, |i| at + i + w.len())
                });
                let rest = name[at..].trim_start();
                start += name.len() - rest.len();
                name = rest;
            }
            // "President Joe Biden’s": the possessive is not the name's.
            let whole = name.len();
            let name = crate::language::without_possessive(name);
            let possessive = whole - name.len() + cut;
            // "the Joint Chiefs", "of the Red Cross": a body, not a person.
            let previous = text[..m.start()].split_whitespace().last().unwrap_or("");
            if matches!(previous, "the" | "The") || !self.plausible(name, lexicon) {
                continue;
            }
            if headline && headline_words(name) {
                continue;
            }
            // A rank counts only as a capitalised title before the name
            // ("Commander Nirad Sinha"): "a senior commander" is a job.
            let rank = self.rank_in(&title_words.join(" "));
            let mut ev_start = name_start;
            // Title words before it, in the same clause: "navy spokesman",
            // "athletic director", "director of athletics".
            let before = &text[..m.start()];
            let clause = after_last(before, STOPS);
            let lead: Vec<&str> = words_of(&before[clause..]);
            // "Interior Secretary Ana Ruiz and Commerce Secretary Jon Pike":
            // the words before the coordinator are the other person's.
            let after_person = out.last().is_some_and(|p: &PersonHit| {
                text.get(p.end..m.start())
                    .is_some_and(|gap| matches!(gap.trim(), "and" | "or"))
            });
            let lead = if after_person { Vec::new() } else { lead };
            let recent = &lead[lead.len().saturating_sub(4)..];
            if title_words.is_empty()
                && let Some((at, title)) = shared.take()
                && text.get(at..m.start()) == Some(" and ")
            {
                out.push(PersonHit {
                    start: name_start,
                    end: m.end() - possessive,
                    name: name.to_string(),
                    rank: None,
                    title,
                    age: None,
                });
                continue;
            }
            // "general manager of Intel’s High Density Computing",
            // "principal analyst at Mercury Research": a name after the
            // title's preposition is what the title is of, not its holder.
            // "Secretary of State Ana Ruiz" keeps its title: its last word
            // ("State") stands inside the capitalised name.
            if title_words.is_empty()
                && recent
                    .last()
                    .is_some_and(|w| crate::language::is_function_word(w))
                && recent.iter().any(|w| self.is_title(w))
            {
                continue;
            }
            // "the lawyer for policemen Ana Ruiz": a title right before the
            // name, after a preposition, is the name's own; the one before
            // the preposition is someone else's.
            let own = recent.last().is_some_and(|w| self.is_title(w));
            let first_title = recent.iter().position(|w| self.is_title(w));
            let k = first_title.map(|k| {
                let after_function = recent
                    .iter()
                    .rposition(|w| TITLE_LINKS.contains(&w.to_lowercase()))
                    .filter(|&f| own && f > k)
                    .map(|f| f + 1);
                after_function.unwrap_or(k)
            });
            if let Some(k) = k {
                let from = recent.len() - k;
                let mut head = lead.len() - from;
                // Take modifiers before the head ("assistant chief fire officer").
                while head > 0
                    && lead.len() - head < 6
                    && !matches!(
                        lead[head - 1].to_lowercase().as_str(),
                        "the"
                            | "a"
                            | "an"
                            | "said"
                            | "says"
                            | "by"
                            | "and"
                            | "to"
                            | "with"
                            | "for"
                            | "told"
                    )
                    && !crate::language::is_function_word(lead[head - 1])
                    && lead[head - 1]
                        .chars()
                        .all(|c| c.is_alphabetic() || c == '-')
                    && !lead[head - 1].ends_with("ed")
                    && (head == 1 || !lead[head - 1].starts_with(char::is_uppercase))
                {
                    head -= 1;
                }
                let words = &lead[head..];
                if let Some(first) = words.first()
                    && let Some(at) = before[clause..].rfind(first)
                {
                    ev_start = clause + at;
                }
                let mut t: Vec<&str> = words.to_vec();
                t.extend(&title_words);
                title_words = t;
            }
            // "former Senator Ana Ruiz": a word before a capitalised
            // title that dates it is the title's own.
            if !title_words.is_empty() {
                let lead = text[..ev_start].trim_end();
                if let Some(word) = lead.rsplit(char::is_whitespace).next()
                    && self.params.title_modifiers.iter().any(|m| m == word)
                {
                    ev_start = lead.len() - word.len();
                    title_words.insert(0, word);
                }
            }
            let mut end = m.end() - possessive;
            let after = &text[m.end()..];
            let mut age = None;
            if let Some(a) = AGE.captures(after)
                && let Some(years) = a.get(1)
            {
                age = years.as_str().parse().ok();
                end = m.end() + years.end();
            }
            // "Peter Guest, Assistant Chief Fire Officer,": an apposition,
            // set off by a comma or a dash ("Jon Pike - director of sales at
            // Marsk - said").
            if title_words.is_empty()
                && age.is_none()
                && let Some(sep) = APPOSITION_MARKS.iter().find(|s| after.starts_with(**s))
            {
                let rest = &after[sep.len()..];
                let stop = phrase_end(rest);
                // "Dave Andersen, the professor who coined the term": the
                // relative clause is no part of the title.
                let phrase = &rest[..stop];
                let all = words_of(phrase);
                let words = &all[..title_len(&all, 1)];
                let body = words.iter().position(|w| !matches!(*w, "the" | "a" | "an"));
                // "Beaumont Hospital, where spokeswoman …", "Vito Genovese,
                // Gigante rose to the head of …": a clause, not a title,
                // when the title word comes late or a clause word opens it.
                let clause = words.first().is_some_and(|w| opens_clause(w));
                // "Oracle OpenWorld, HP CEO Mark Hurd gave": a phrase that
                // opens with a title and a given name names that person; it
                // is no apposition ("the lawyer for policemen Jon Pike" is).
                let another = words.windows(2).enumerate().any(|(i, w)| {
                    self.is_title(w[0])
                        && GIVEN_NAMES.contains(&w[1].to_lowercase())
                        && words[..i].iter().all(|w| w.starts_with(char::is_uppercase))
                });
                let head = !clause && !another && words.iter().take(5).any(|w| self.is_title(w));
                if head && words.len() <= 14 && body.is_some() {
                    let skip = body.unwrap_or(0);
                    title_words = words[skip..].to_vec();
                    // The evidence ends with the title's last word.
                    let kept = words.last().map_or(stop, |w| {
                        w.as_ptr() as usize - phrase.as_ptr() as usize + w.len()
                    });
                    end = m.end() + sep.len() + kept;
                }
            }
            // "the United Nations' director of operations in Gaza, John Ging".
            // Not a title that is already the person's before it: "said Jon
            // Pike, general manager, Marsk Data" names Marsk Data's manager.
            if title_words.is_empty() && age.is_none() && before.ends_with(", ") {
                let inner = &before[..before.len() - 2];
                let from = after_last(inner, STOPS);
                let anothers = out
                    .last()
                    .is_some_and(|p: &PersonHit| p.start <= from && p.end >= inner.len());
                let words = words_of(&inner[from..]);
                let head = words.iter().any(|w| self.is_title(w));
                let verb = words
                    .iter()
                    .any(|w| matches!(*w, "said" | "says" | "told" | "is" | "was"));
                if head && !verb && !anothers && words.len() <= 12 {
                    // The phrase opens at the last determiner before its
                    // first title word ("The LDP … are challenging the
                    // incumbent governor, Tom Pike"), else at its first
                    // word that is no function word ("…, and the interior
                    // secretary, Ana Ruiz"); an article is the
                    // evidence's, not the title's ("his lawyer" keeps "his").
                    let determiner = |w: &str| {
                        matches!(
                            w.to_lowercase().as_str(),
                            "the" | "a" | "an" | "its" | "their" | "his" | "her" | "our"
                        )
                    };
                    let first_title = words.iter().position(|w| self.is_title(w)).unwrap_or(0);
                    let open = words[..=first_title]
                        .iter()
                        .rposition(|w| determiner(w))
                        .or_else(|| {
                            words
                                .iter()
                                .position(|w| !crate::language::is_function_word(w))
                        })
                        .unwrap_or(0);
                    let article = matches!(words[open].to_lowercase().as_str(), "the" | "a" | "an");
                    let skip = open + usize::from(article);
                    title_words = words[skip..].to_vec();
                    let lead = &inner[from..];
                    ev_start = from
                        + words
                            .get(open)
                            .map_or(0, |w| w.as_ptr() as usize - lead.as_ptr() as usize);
                }
            }
            let start = ev_start.min(start);
            // "Jon Pike, Marsk's CEO, who will become president of …": the
            // role a verb gives the person is a title too.
            if let Some((role, role_end)) = self.role_after(&text[end..]) {
                out.push(PersonHit {
                    start,
                    end: end + role_end,
                    name: name.to_string(),
                    // A rank counts only capitalised before a name: "was a
                    // major shareholder" names none.
                    rank: None,
                    title: role,
                    age: None,
                });
            }
            if title_words.is_empty() && age.is_none() {
                continue;
            }
            let title = title_words.join(" ").to_lowercase();
            // Only a plural title is shared: "coach Jon Pike and Ana Ruiz"
            // names a coach and someone else.
            let plural = title_words.last().is_some_and(|w| {
                let w = w.to_lowercase();
                w.ends_with("men") || (w.ends_with('s') && !w.ends_with("ss"))
            });
            shared =
                (own && plural && age.is_none()).then(|| (m.end() - possessive, title.clone()));
            out.push(PersonHit {
                start,
                end,
                name: name.to_string(),
                rank,
                title,
                age,
            });
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rule() -> PersonRule {
        let list = |words: &[&str]| words.iter().map(|w| w.to_string()).collect();
        PersonRule::new(
            "persons".to_string(),
            PersonParams {
                titles: list(&["attorney", "secretary", "manager"]),
                ranks: list(&["major", "general", "commander"]),
                courtesy: Vec::new(),
                adjective_ranks: list(&["general"]),
                offices_before_adjective_ranks: list(&["attorney", "secretary"]),
                title_modifiers: list(&["former"]),
            },
        )
    }

    #[test]
    fn general_after_an_office_or_before_a_noun_is_no_rank() {
        let rank = |title: &str| rule().rank_in(title);
        assert_eq!(rank("attorney general"), None);
        assert_eq!(rank("secretary general"), None);
        assert_eq!(rank("assistant general manager"), None);
        assert_eq!(rank("general").as_deref(), Some("general"));
        assert_eq!(rank("major general").as_deref(), Some("general"));
        assert_eq!(rank("us marine general").as_deref(), Some("general"));
        assert_eq!(
            rank("navy spokesman commander").as_deref(),
            Some("commander")
        );
    }
}
