//! Actor claims: who or what took part in an event, as a set of entities.
//!
//! In: a sentence and an `actor` rule, whose `measure` picks one of a closed
//! set of finders: `charge` (what someone was charged with, as classes:
//! "charged with DWI and criminally negligent homicide", "facing
//! manslaughter charges"), `vehicle` (make, model, colour and year: "a grey
//! 2013 Toyota Camry"), `nationality` (of a group: "23 Somali and Yemeni
//! pirates", "the pirates were from Somalia and Yemen") and `name` (a name
//! given to a thing: "a dhow named Salahaddin"). Out: actor claims with
//! normalised, sorted entities. Which claims are of one event and role is
//! the slot stage's business.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use regex::Regex;
use serde::Deserialize;

use super::lexicon::{Lexicon, singular};
use crate::gazetteer::{self, PlaceKind};
use crate::language::{DETERMINERS, NUMBERS};

/// Parameters of an `actor` rule.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActorParams {
    /// What the claims measure; also which finder reads the sentence
    /// (`charge`, `vehicle`, `nationality`, `ranking` or `name`) unless
    /// `finder` says.
    pub measure: String,
    /// The finder, when the measure is not one: `classes` reads phrases of
    /// classes after an opener as `charge` does ("broke out on the roof").
    #[serde(default)]
    pub finder: Option<String>,
    /// Class → phrases that name it (charges: "murder" → "murder",
    /// "voluntary homicide"; named things: "vessel" → "dhow", "ship").
    #[serde(default)]
    pub classes: BTreeMap<String, Vec<String>>,
    /// Phrases that open a list of entities ("charged with", "named").
    #[serde(default)]
    pub before: Vec<String>,
    /// True when a class phrase must follow its opener at once ("heading
    /// north", not "going on in South Sudan"); otherwise within 40 bytes
    /// of the opener's start ("charged on Monday with murder").
    #[serde(default)]
    pub adjacent: bool,
    /// Words that close one ("charges" in "manslaughter charges").
    #[serde(default)]
    pub after: Vec<String>,
    /// Words that, between an opener and a class phrase, end the opener's
    /// reach ("attack as she picks her daughter up from school").
    #[serde(default)]
    pub breaks: Vec<String>,
    /// Words one of which the sentence must hold ("charged"), or the
    /// sentence before where this one opens with a pronoun ("The fire
    /// spread fast. It broke out on the roof."); none: any sentence.
    #[serde(default)]
    pub requires: Vec<String>,
    /// Nouns: a vehicle's ("car", "sedan"), a group's ("pirates"), or a
    /// named thing's, each its own class (a `name` rule's `classes` group
    /// them: "dhow" and "boat" are one "vessel").
    #[serde(default)]
    pub nouns: Vec<String>,
    /// Colour → its spellings (vehicles).
    #[serde(default)]
    pub colours: BTreeMap<String, Vec<String>>,
    /// Makers whose name opens a model name (vehicles).
    #[serde(default)]
    pub makes: Vec<String>,
}

/// A compiled `actor` rule.
#[derive(Debug, Clone)]
pub struct ActorRule {
    /// Rule id.
    pub id: String,
    params: ActorParams,
    pattern: Option<Regex>,
    /// A second pattern, for finders with two shapes of sentence.
    second: Option<Regex>,
    /// The `before` phrases in lower case, longest first, matched as
    /// written.
    openers: Option<Regex>,
    /// What every sentence with a hit holds (a noun, a colour or a year
    /// between spaces), a plain search far cheaper than the finder's
    /// patterns: a sentence without it is not read further.
    needs: Option<Regex>,
}

/// An actor claim found in a sentence (offsets relative to it).
#[derive(Debug, Clone, PartialEq)]
pub struct ActorHit {
    /// First byte of the evidence.
    pub start: usize,
    /// One past its last byte.
    pub end: usize,
    /// The entities, normalised and sorted.
    pub names: Vec<String>,
    /// Attributes, `name:value`, sorted.
    pub attributes: Vec<String>,
    /// Who or what they are of ("pirate", "dhow"), where said.
    pub noun: String,
}

fn alternation(words: &[String]) -> String {
    let mut words: Vec<&String> = words.iter().collect();
    words.sort_by_key(|w| std::cmp::Reverse(w.len()));
    words
        .iter()
        .map(|w| regex::escape(w).replace(' ', r"\s+"))
        .collect::<Vec<_>>()
        .join("|")
}

/// Which finder reads a rule's sentences: its `finder`, else its measure.
fn finder(params: &ActorParams) -> &str {
    params.finder.as_deref().unwrap_or(&params.measure)
}

/// Capitalised words: a name.
const NAME: &str = r"\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’\-]+){0,2}";

static NAME_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(NAME).expect("name pattern is valid"));

impl ActorRule {
    /// Compile a rule.
    pub fn new(id: String, params: ActorParams) -> Result<Self, regex::Error> {
        let nouns = alternation(&params.nouns);
        let colours = alternation(
            &params
                .colours
                .values()
                .flatten()
                .cloned()
                .collect::<Vec<_>>(),
        );
        let pattern = match finder(&params) {
            "charge" | "classes" => {
                let mut phrases: Vec<String> = params.classes.values().flatten().cloned().collect();
                phrases.sort();
                Some(Regex::new(&format!(
                    r"(?i)\b(?:{})\b",
                    alternation(&phrases)
                ))?)
            }
            "vehicle" => Some(Regex::new(&format!(
                r"\b(?i:a|an|the|his|her|their|its)\s+(?P<attrs>(?:(?:(?i:{colours})|(?:19|20)\d\d)\s+){{1,3}})?(?P<model>\p{{Lu}}[\p{{L}}\d\-]*(?:\s+\p{{Lu}}[\p{{L}}\d\-]*){{0,2}})(?:\s+(?P<noun>{nouns}))?\b"
            ))?),
            "nationality" => Some(Regex::new(&format!(
                r"\b(?:(?P<count>\d[\d,]*|\p{{Ll}}+)\s+)?(?:\p{{Ll}}+\s+){{0,2}}?(?P<list>\p{{Lu}}\p{{L}}+(?:\s*(?:,|and|or)\s+\p{{Lu}}\p{{L}}+)*)\s+(?P<noun>{nouns})\b"
            ))?),
            "name" => Some(Regex::new(&format!(
                r"\b(?P<noun>{})\b[^.;]{{0,40}}?(?:,\s+|\b(?:{})\s+)(?:the\s+)?(?P<name>{NAME})",
                alternation(
                    &params
                        .nouns
                        .iter()
                        .chain(params.classes.values().flatten())
                        .cloned()
                        .collect::<Vec<_>>()
                ),
                alternation(&params.before)
            ))?),
            "ranking" => Some(Regex::new(&format!(
                r"(?:\b(?P<ord>[\p{{L}}\d]+)-(?:{after})|\b(?:{before})\s?(?P<no>\d{{1,3}}|\p{{Ll}}+))\s+(?:the\s+)?(?P<name>\p{{Lu}}\p{{Ll}}[\p{{L}}'’\-]*(?:\s+\p{{Lu}}[\p{{L}}'’\-]*){{0,3}})",
                after = alternation(&params.after),
                before = alternation(&params.before)
            ))?),
            _ => None,
        };
        let second = match finder(&params) {
            "nationality" => Some(Regex::new(&format!(
                r"\b(?i:the)\s+(?P<noun>{nouns})\s+(?:were|are|was|is)\s+(?:all\s+)?(?:from\s+)?(?P<list>\p{{Lu}}\p{{L}}+(?:\s*(?:,|and)\s+\p{{Lu}}\p{{L}}+)*)",
                nouns = nouns
            ))?),
            _ => None,
        };
        // A hit's noun follows a space, and an attribute stands between
        // spaces. An ASCII boundary after the noun stands wherever the
        // patterns' Unicode one does when every noun ends in an ASCII letter
        // or digit, and the fast search can test it on any text.
        let noun_end = if params
            .nouns
            .iter()
            .all(|n| n.ends_with(|c: char| c.is_ascii_alphanumeric()))
        {
            r"(?-u:\b)"
        } else {
            ""
        };
        let needs = match finder(&params) {
            "vehicle" => Some(Regex::new(&format!(
                r"\s(?:(?i:{colours})|(?:19|20)\d\d)\s|\s(?:{nouns}){noun_end}"
            ))?),
            "nationality" => Some(Regex::new(&format!(r"\s(?:{nouns}){noun_end}"))?),
            _ => None,
        };
        let openers = (!params.before.is_empty())
            .then(|| {
                let mut phrases: Vec<String> = params
                    .before
                    .iter()
                    .map(|b| b.to_ascii_lowercase())
                    .collect();
                phrases.sort_by_key(|p| std::cmp::Reverse(p.len()));
                let escaped: Vec<String> = phrases.iter().map(|p| regex::escape(p)).collect();
                Regex::new(&escaped.join("|"))
            })
            .transpose()?;
        Ok(ActorRule {
            id,
            params,
            pattern,
            second,
            openers,
            needs,
        })
    }

    /// The rule's measure.
    pub fn measure(&self) -> &str {
        &self.params.measure
    }

    /// Every actor claim of `text`.
    pub fn find(&self, text: &str, carried: Option<&str>, lexicon: &Lexicon) -> Vec<ActorHit> {
        let Some(pattern) = &self.pattern else {
            return Vec::new();
        };
        if self.needs.as_ref().is_some_and(|n| !n.is_match(text)) {
            return Vec::new();
        }
        match finder(&self.params) {
            "charge" | "classes" => self.charges(text, carried, pattern),
            "vehicle" => self.vehicles(text, pattern),
            "nationality" => {
                let mut found = nationalities(text, pattern, lexicon);
                if let Some(second) = &self.second {
                    for hit in nationalities(text, second, lexicon) {
                        if !found.iter().any(|f| f.start < hit.end && hit.start < f.end) {
                            found.push(hit);
                        }
                    }
                }
                found
            }
            "ranking" => self.rankings(text, pattern),
            // A dhow and a boat are one vessel: the class is the noun.
            _ => names(text, pattern)
                .into_iter()
                .map(|mut hit| {
                    if let Some(class) = self.class_of(&hit.noun) {
                        hit.noun = class.to_string();
                    }
                    hit
                })
                .collect(),
        }
    }

    fn class_of(&self, phrase: &str) -> Option<&str> {
        let phrase = phrase.split_whitespace().collect::<Vec<_>>().join(" ");
        self.params
            .classes
            .iter()
            .find(|(_, p)| p.iter().any(|p| p.eq_ignore_ascii_case(&phrase)))
            .map(|(c, _)| c.as_str())
    }

    /// "charged with vehicular manslaughter, negligent homicide and DWI";
    /// "facing manslaughter charges"; "the other as an accomplice".
    fn charges(&self, text: &str, carried: Option<&str>, pattern: &Regex) -> Vec<ActorHit> {
        let holds = |t: &str| {
            let t = t.to_ascii_lowercase();
            self.params.requires.iter().any(|w| t.contains(w.as_str()))
        };
        if !self.params.requires.is_empty() && !holds(text) && !carried.is_some_and(holds) {
            return Vec::new();
        }
        let mut hits: Vec<(usize, usize, String)> = pattern
            .find_iter(text)
            .filter_map(|m| Some((m.start(), m.end(), self.class_of(m.as_str())?.to_string())))
            .collect();
        // Most sentences name no class: look for openers only where one is.
        if hits.is_empty() {
            return Vec::new();
        }
        // ASCII lower case keeps every byte where it was.
        let lower = text.to_ascii_lowercase();
        let mut out = Vec::new();
        // Whole words only: "hit" is not in "white", "as an" not in "has an".
        let whole = |&(i, e): &(usize, usize)| {
            let alnum = |c: char| c.is_alphanumeric();
            !lower[..i].chars().next_back().is_some_and(alnum)
                && !lower[e..].chars().next().is_some_and(alnum)
        };
        let opens: Vec<(usize, usize)> = self
            .openers
            .iter()
            .flat_map(|o| o.find_iter(&lower))
            .map(|m| (m.start(), m.end()))
            .filter(whole)
            .collect();
        hits.sort();
        // An opener opens one list: "hit the school in the refugee camp"
        // names one target.
        let mut used: Vec<usize> = Vec::new();
        let mut i = 0;
        while i < hits.len() {
            let (start, _, _) = hits[i];
            // An opening phrase shortly before, or a closing word just after.
            let open = opens
                .iter()
                .filter(|&&(o, e)| {
                    if self.params.adjacent {
                        e < start && text.get(e..start).is_some_and(|gap| gap.trim().is_empty())
                    } else {
                        o < start
                            && start - o <= 40
                            && !used.contains(&o)
                            && !text[e.min(start)..start]
                                .split(|c: char| !c.is_alphanumeric())
                                .any(|w| {
                                    self.params.breaks.iter().any(|b| b.eq_ignore_ascii_case(w))
                                })
                    }
                })
                .max()
                // "air strike" holds "strike": the longer opener is the one.
                .map(|&(o, e)| {
                    opens
                        .iter()
                        .filter(|&&(o2, e2)| o2 <= o && e2 >= e)
                        .map(|&(o2, _)| o2)
                        .min()
                        .unwrap_or(o)
                });
            let mut j = i;
            // The list runs on over commas and "and".
            while j + 1 < hits.len() {
                // "and two police stations": an article or a number may
                // open the next item.
                let gap = text[hits[j].1..hits[j + 1].0].trim();
                let gap = gap
                    .rsplit_once(' ')
                    .filter(|(_, last)| {
                        let last = last.to_lowercase();
                        DETERMINERS.contains(&last) || NUMBERS.contains(&last)
                    })
                    .map_or(gap, |(head, _)| head);
                let joined = matches!(gap.trim(), "" | "," | "and" | ", and" | "or" | ", or");
                if !joined {
                    break;
                }
                j += 1;
            }
            let end = hits[j].1;
            let closing = self.params.after.iter().find_map(|a| {
                let rest = lower.get(end..)?;
                let word = rest.trim_start();
                word.starts_with(a.as_str())
                    .then(|| end + (rest.len() - word.len()) + a.len())
            });
            used.extend(open);
            if open.is_some() || closing.is_some() {
                let mut names: Vec<String> = hits[i..=j].iter().map(|h| h.2.clone()).collect();
                names.sort();
                names.dedup();
                out.push(ActorHit {
                    start: open.unwrap_or(start),
                    end: closing.unwrap_or(end),
                    names,
                    attributes: Vec::new(),
                    noun: String::new(),
                });
            }
            i = j + 1;
        }
        out
    }

    /// "top-ranked North Carolina", "the No. 1 Tar Heels", "world number
    /// one Ana Ruiz": a team's or a player's rank, as attribute `rank`.
    fn rankings(&self, text: &str, pattern: &Regex) -> Vec<ActorHit> {
        let mut out = Vec::new();
        for c in pattern.captures_iter(text) {
            let (Some(whole), Some(name)) = (c.get(0), c.name("name")) else {
                continue;
            };
            let Some(written) = c.name("ord").or(c.name("no")) else {
                continue;
            };
            // "top-ranked" is first; "third-ranked", "No. 3", "number
            // three" read as numbers; "highly-ranked" is no rank.
            let rank = self.class_of(written.as_str()).map_or_else(
                || {
                    crate::normalize::number::find_numbers(written.as_str())
                        .first()
                        .filter(|n| n.end == written.len() && n.amount.lo == n.amount.hi)
                        .map(|n| n.amount.stated)
                        .filter(|v| v.fract() == 0.0 && *v >= 1.0)
                        .map(|v| v.to_string())
                },
                |class| Some(class.to_string()),
            );
            let Some(rank) = rank else {
                continue;
            };
            let team = name
                .as_str()
                .trim_end_matches("’s")
                .trim_end_matches("'s")
                .trim_end_matches(['’', '\'']);
            out.push(ActorHit {
                start: whole.start(),
                end: name.start() + team.len(),
                names: vec![team.to_lowercase()],
                attributes: vec![format!("rank:{rank}")],
                noun: String::new(),
            });
        }
        out
    }

    /// "a grey 2013 Toyota Camry", "his 2013 Toyota Camry", "a 2013 gray Camry".
    fn vehicles(&self, text: &str, pattern: &Regex) -> Vec<ActorHit> {
        let mut out = Vec::new();
        for c in pattern.captures_iter(text) {
            let (Some(whole), Some(model)) = (c.get(0), c.name("model")) else {
                continue;
            };
            let mut attributes = Vec::new();
            for word in c
                .name("attrs")
                .map_or("", |a| a.as_str())
                .split_whitespace()
            {
                if word.chars().all(|ch| ch.is_ascii_digit()) {
                    attributes.push(format!("year:{word}"));
                } else if let Some((colour, _)) =
                    self.params.colours.iter().find(|(_, spellings)| {
                        spellings.iter().any(|s| s.eq_ignore_ascii_case(word))
                    })
                {
                    attributes.push(format!("colour:{colour}"));
                }
            }
            let first = model.as_str().split_whitespace().next().unwrap_or("");
            let make = self.params.makes.iter().any(|m| m == first);
            let noun = c.name("noun").is_some();
            let coloured = attributes.iter().any(|a| a.starts_with("colour:"));
            let dated = attributes.iter().any(|a| a.starts_with("year:"));
            let vehicle = (make && (noun || !attributes.is_empty()))
                || (noun && !attributes.is_empty())
                || (coloured && dated);
            if !vehicle {
                continue;
            }
            attributes.sort();
            out.push(ActorHit {
                start: whole.start(),
                end: whole.end(),
                names: vec![model.as_str().to_lowercase()],
                attributes,
                noun: String::new(),
            });
        }
        out
    }
}

/// The country codes of "Somali and Yemeni", "Somalia and Yemen"; None when
/// one of the words is not a nationality or a country.
fn codes(list: &str, lexicon: &Lexicon) -> Option<Vec<String>> {
    let gazetteer = gazetteer::global();
    let mut out = Vec::new();
    for word in list
        .split([',', ' '])
        .filter(|w| !w.is_empty() && *w != "and" && *w != "or")
    {
        let code = lexicon.demonym(word).map(str::to_string).or_else(|| {
            let &id = gazetteer.lookup(word).first()?;
            let p = gazetteer.get(id);
            (p.kind == PlaceKind::Country).then(|| {
                lexicon
                    .demonym(p.name)
                    .map_or_else(|| p.country.to_string(), str::to_string)
            })
        })?;
        out.push(code);
    }
    out.sort();
    out.dedup();
    (!out.is_empty()).then_some(out)
}

fn nationalities(text: &str, pattern: &Regex, lexicon: &Lexicon) -> Vec<ActorHit> {
    let mut out = Vec::new();
    for c in pattern.captures_iter(text) {
        let Some(whole) = c.get(0) else { continue };
        let (Some(list), Some(noun)) = (c.name("list"), c.name("noun")) else {
            continue;
        };
        let Some(names) = codes(list.as_str(), lexicon) else {
            continue;
        };
        out.push(ActorHit {
            start: whole.start(),
            end: whole.end(),
            names,
            attributes: Vec::new(),
            noun: singular(noun.as_str()),
        });
    }
    out
}

/// "a dhow named Salahaddin", "the dhow, Salahaddin".
fn names(text: &str, pattern: &Regex) -> Vec<ActorHit> {
    let mut out = Vec::new();
    for c in pattern.captures_iter(text) {
        let (Some(noun), Some(name)) = (c.name("noun"), c.name("name")) else {
            continue;
        };
        let Some(first) = NAME_RE.find(name.as_str()) else {
            continue;
        };
        // The naming word before the name is evidence too ("named X").
        let before =
            text[..name.start()].trim_end_matches(|ch: char| ch == ',' || ch.is_whitespace());
        let start = before
            .char_indices()
            .rev()
            .find(|(_, ch)| ch.is_whitespace())
            .map_or(0, |(i, ch)| i + ch.len_utf8());
        out.push(ActorHit {
            start: start.min(name.start()),
            end: name.start() + first.end(),
            names: vec![first.as_str().to_string()],
            attributes: Vec::new(),
            noun: singular(noun.as_str()),
        });
    }
    out
}
