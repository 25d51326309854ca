//! Lexicons compiled from rule files: the gazetteer (people, groups, places,
//! countries with their aliases, demonyms and time zones) and noun classes
//! (troops, soldiers and service members are all "military").
//!
//! In: `gazetteer` and `nouns` rule parameters. Out: lookups used by every
//! extractor. Unknown capitalised names are not the gazetteer's business:
//! extractors keep them as written.

use std::borrow::Cow;
use std::collections::BTreeMap;

use regex::Regex;
use serde::Deserialize;

use crate::{FastMap, FastSet};

/// Parameters of a `gazetteer` rule.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GazetteerParams {
    /// The entities.
    pub entity: Vec<EntityParams>,
}

/// One entity of a gazetteer.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EntityParams {
    /// Canonical name.
    pub name: String,
    /// person, group, organisation, place or country.
    #[serde(rename = "type")]
    pub kind: EntityKind,
    /// Other ways the name is written (the canonical name counts too).
    #[serde(default)]
    pub aliases: Vec<String>,
    /// A short code for the entity's people in figures ("US" in "US 2 + UK 1").
    #[serde(default)]
    pub code: Option<String>,
    /// Adjectives for its people ("American", "U.S.", "British"), for countries.
    #[serde(default)]
    pub demonyms: Vec<String>,
    /// Nouns for its people ("Americans", "Briton", "Iraqis"), for countries.
    #[serde(default)]
    pub people: Vec<String>,
    /// The IANA zone of a place or country, for "local time".
    #[serde(default)]
    pub timezone: Option<String>,
}

/// What an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EntityKind {
    /// A person.
    Person,
    /// An armed group, party or movement.
    Group,
    /// A government body, agency or company.
    Organisation,
    /// A city, base, region or site.
    Place,
    /// A country.
    Country,
}

/// Parameters of a `nouns` rule: classes of nouns that count the same thing.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NounParams {
    /// Class name → nouns (singular or plural, one or two words).
    pub classes: BTreeMap<String, Vec<String>>,
    /// True when these classes name events ("strike", "attack"): a date or
    /// time is about the event noun it is attached to.
    #[serde(default)]
    pub events: bool,
    /// True when these classes count people ("military", "person"): a
    /// nationality narrows such a count to a part of it.
    #[serde(default)]
    pub people: bool,
    /// Verbs that carry out an event ("launched airstrikes"), allowed
    /// between a date and its event noun.
    #[serde(default)]
    pub verbs: Vec<String>,
    /// Verbs of what follows an event (a court hearing, a dismissal, a
    /// release): a date right after one dates it, not the event ("was
    /// arraigned on Thursday").
    #[serde(default)]
    pub follow_ups: Vec<String>,
}

/// An entity named in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// First byte, relative to the searched text.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// Index of the entity in the gazetteer.
    pub entity: usize,
}

/// The compiled gazetteer and noun classes.
#[derive(Debug, Default)]
pub struct Lexicon {
    entities: Vec<EntityParams>,
    /// The rule each entity came from.
    entity_rules: Vec<String>,
    /// The rule each noun class came from.
    class_rules: BTreeMap<String, String>,
    /// Alias → entity index; the regex alternation is built from its keys.
    aliases: BTreeMap<String, usize>,
    matcher: Option<Regex>,
    /// Demonym → (entity index, true when it is a noun for the people).
    demonyms: BTreeMap<String, (usize, bool)>,
    /// Noun (lower case) → class; looked up for every word of a sentence.
    nouns: FastMap<String, String>,
    /// First words of the nouns of two words or more ("rocket" of "rocket
    /// attack"): only they are looked up with the word after them.
    compound_openers: FastSet<String>,
    event_classes: Vec<String>,
    people_classes: Vec<String>,
    event_verbs: Vec<String>,
    follow_up_verbs: Vec<String>,
}

/// Apostrophe variants written for one name: Kait'ib and Kait’ib.
fn variants(alias: &str) -> Vec<String> {
    let mut out = vec![alias.to_string()];
    for (a, b) in [('\'', '’'), ('’', '\'')] {
        if alias.contains(a) {
            out.push(alias.replace(a, &b.to_string()));
        }
    }
    out
}

impl Lexicon {
    /// Add a gazetteer rule's entities.
    pub fn add_entities(&mut self, rule: &str, params: GazetteerParams) {
        for entity in params.entity {
            self.entity_rules.push(rule.to_string());
            let index = self.entities.len();
            for alias in std::iter::once(&entity.name).chain(&entity.aliases) {
                for v in variants(alias) {
                    self.aliases.entry(v).or_insert(index);
                }
            }
            for demonym in &entity.demonyms {
                self.demonyms.insert(demonym.clone(), (index, false));
            }
            for noun in &entity.people {
                self.demonyms.insert(noun.clone(), (index, true));
            }
            self.entities.push(entity);
        }
    }

    /// Add a noun-class rule's classes.
    pub fn add_nouns(&mut self, rule: &str, params: NounParams) {
        self.event_verbs
            .extend(params.verbs.iter().map(|v| v.to_lowercase()));
        self.follow_up_verbs
            .extend(params.follow_ups.iter().map(|v| v.to_lowercase()));
        for (class, nouns) in params.classes {
            if params.events {
                self.event_classes.push(class.clone());
            }
            if params.people {
                self.people_classes.push(class.clone());
            }
            self.class_rules.insert(class.clone(), rule.to_string());
            for noun in nouns {
                let noun = noun.to_lowercase();
                if let Some((first, _)) = noun.split_once(' ') {
                    self.compound_openers.insert(first.to_string());
                }
                self.nouns.insert(noun, class.clone());
            }
        }
    }

    /// Build the matcher once all rules are in.
    pub fn finish(&mut self) -> Result<(), regex::Error> {
        let mut aliases: Vec<&str> = self.aliases.keys().map(String::as_str).collect();
        aliases.sort_by_key(|a| std::cmp::Reverse(a.len()));
        if aliases.is_empty() {
            return Ok(());
        }
        // A word boundary only where the alias ends in a word character:
        // "U.S." ends a word with its full stop ("in the U.S., officials").
        let alternation: Vec<String> = aliases
            .iter()
            .map(|a| {
                let end = if a.ends_with(|c: char| c.is_alphanumeric() || c == '_') {
                    r"\b"
                } else {
                    ""
                };
                format!("{}{end}", regex::escape(a))
            })
            .collect();
        self.matcher = Some(Regex::new(&format!(r"\b(?:{})", alternation.join("|")))?);
        Ok(())
    }

    /// Every known entity named in `text`, leftmost-longest, in order.
    pub fn mentions(&self, text: &str) -> Vec<Mention> {
        let Some(matcher) = &self.matcher else {
            return Vec::new();
        };
        matcher
            .find_iter(text)
            .filter_map(|m| {
                let entity = *self.aliases.get(m.as_str())?;
                Some(Mention {
                    start: m.start(),
                    end: m.end(),
                    entity,
                })
            })
            .collect()
    }

    /// The canonical name of entity `index`.
    pub fn name(&self, index: usize) -> &str {
        &self.entities[index].name
    }

    /// The rule entity `index` came from.
    pub fn entity_rule(&self, index: usize) -> &str {
        &self.entity_rules[index]
    }

    /// The rule a noun class came from.
    pub fn class_rule(&self, class: &str) -> Option<&str> {
        self.class_rules.get(class).map(String::as_str)
    }

    /// What entity `index` is.
    pub fn kind(&self, index: usize) -> EntityKind {
        self.entities[index].kind
    }

    /// The time zone of entity `index`, if it is a place with one.
    pub fn timezone(&self, index: usize) -> Option<&str> {
        self.entities[index].timezone.as_deref()
    }

    /// The country a demonym token names ("Americans" → United States), as
    /// its short code or name.
    pub fn demonym(&self, word: &str) -> Option<&str> {
        let (index, _) = *self.demonyms.get(word)?;
        let entity = &self.entities[index];
        Some(entity.code.as_deref().unwrap_or(&entity.name))
    }

    /// The short code of entity `index` ("US"), or its name.
    pub fn code(&self, index: usize) -> &str {
        let entity = &self.entities[index];
        entity.code.as_deref().unwrap_or(&entity.name)
    }

    /// True when `word` is a noun for a people ("Americans", "Briton").
    pub fn is_people_noun(&self, word: &str) -> bool {
        self.demonyms.get(word).is_some_and(|&(_, noun)| noun)
    }

    /// The event class of a noun ("airstrikes" → "strike"), if it names an event.
    pub fn event_class(&self, noun: &str) -> Option<&str> {
        self.noun_class(noun)
            .filter(|c| self.event_classes.iter().any(|e| e == c))
    }

    /// True when a noun's class counts people ("troops": military).
    pub fn counts_people(&self, noun: &str) -> bool {
        self.noun_class(noun)
            .is_some_and(|c| self.people_classes.iter().any(|p| p == c))
            || self.is_people_noun(noun)
    }

    /// True for a verb that carries out an event ("launched").
    pub fn is_event_verb(&self, word: &str) -> bool {
        self.event_verbs.iter().any(|v| v == &word.to_lowercase())
    }

    /// True for a verb of what follows an event ("arraigned", "released").
    pub fn is_follow_up_verb(&self, word: &str) -> bool {
        self.follow_up_verbs
            .iter()
            .any(|v| v == &word.to_lowercase())
    }

    /// The class of a noun (one or two words, any case), if the lexicon has one.
    pub fn noun_class(&self, noun: &str) -> Option<&str> {
        let lower = if noun.chars().any(char::is_uppercase) {
            Cow::Owned(noun.to_lowercase())
        } else {
            Cow::Borrowed(noun)
        };
        self.nouns.get(lower.as_ref()).map(String::as_str)
    }

    /// True when some noun of two words or more opens with `word` (lower
    /// case).
    pub fn opens_compound(&self, word: &str) -> bool {
        self.compound_openers.contains(word)
    }
}

/// A plural noun's singular, for nouns outside every class ("facilities" →
/// "facility", "locations" → "location").
pub fn singular(noun: &str) -> String {
    let lower = noun.to_lowercase();
    if let Some(one) = crate::language::IRREGULAR_PLURALS.field(&lower, 1) {
        return one.to_string();
    }
    if let Some(stem) = lower.strip_suffix("ies") {
        return format!("{stem}y");
    }
    for ending in ["ches", "shes", "sses", "xes"] {
        if lower.ends_with(ending) {
            return lower[..lower.len() - 2].to_string();
        }
    }
    if lower.ends_with('s') && !lower.ends_with("ss") && !lower.ends_with("us") {
        return lower[..lower.len() - 1].to_string();
    }
    lower
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lexicon() -> Lexicon {
        let mut lexicon = Lexicon::default();
        lexicon.add_entities(
            "gazetteer",
            GazetteerParams {
                entity: vec![
                    EntityParams {
                        name: "Kataib Hezbollah".into(),
                        kind: EntityKind::Group,
                        aliases: vec!["Kait'ib Hezbollah".into()],
                        code: None,
                        demonyms: vec![],
                        people: vec![],
                        timezone: None,
                    },
                    EntityParams {
                        name: "United States".into(),
                        kind: EntityKind::Country,
                        aliases: vec!["US".into(), "U.S.".into()],
                        code: Some("US".into()),
                        demonyms: vec!["American".into()],
                        people: vec!["Americans".into()],
                        timezone: None,
                    },
                ],
            },
        );
        lexicon.finish().expect("matcher builds");
        lexicon
    }

    #[test]
    fn nouns_of_one_or_two_words_in_any_case_find_their_class() {
        let mut lexicon = Lexicon::default();
        let classes = [("attack", vec!["attack", "rocket attack"])]
            .into_iter()
            .map(|(c, nouns)| (c.to_string(), nouns.into_iter().map(String::from).collect()))
            .collect();
        lexicon.add_nouns(
            "events",
            NounParams {
                classes,
                events: true,
                ..NounParams::default()
            },
        );
        assert_eq!(lexicon.noun_class("Rocket Attack"), Some("attack"));
        assert_eq!(lexicon.event_class("attack"), Some("attack"));
        assert!(lexicon.opens_compound("rocket"));
        assert!(!lexicon.opens_compound("attack"));
        assert_eq!(lexicon.noun_class("rocket"), None);
    }

    #[test]
    fn an_alias_ending_in_a_full_stop_is_found_before_punctuation_and_at_the_end() {
        let lexicon = lexicon();
        for text in ["in the U.S., officials said", "sold in the U.S."] {
            let found = lexicon.mentions(text);
            assert_eq!(found.len(), 1, "{text}");
            assert_eq!(&text[found[0].start..found[0].end], "U.S.");
        }
        // A word alias still ends at a word's end: "USB" names no country.
        assert!(lexicon.mentions("a USB stick").is_empty());
    }

    #[test]
    fn aliases_match_with_either_apostrophe() {
        let lexicon = lexicon();
        let text = "members of Kait’ib Hezbollah and Kataib Hezbollah";
        let names: Vec<&str> = lexicon
            .mentions(text)
            .iter()
            .map(|m| lexicon.name(m.entity))
            .collect();
        assert_eq!(names, ["Kataib Hezbollah", "Kataib Hezbollah"]);
    }

    #[test]
    fn demonyms_give_the_country_code() {
        assert_eq!(lexicon().demonym("Americans"), Some("US"));
        assert_eq!(lexicon().demonym("us"), None);
    }

    #[test]
    fn singulars() {
        assert_eq!(singular("facilities"), "facility");
        assert_eq!(singular("locations"), "location");
        assert_eq!(singular("people"), "person");
        assert_eq!(singular("attacks"), "attack");
        assert_eq!(singular("churches"), "church");
        assert_eq!(singular("campuses"), "campus");
        assert_eq!(singular("causes"), "cause");
        assert_eq!(singular("personnel"), "personnel");
        assert_eq!(singular("series"), "series");
        // irregular-plurals.tsv
        assert_eq!(singular("wives"), "wife");
        assert_eq!(singular("Gunmen"), "gunman");
        assert_eq!(singular("detectives"), "detective");
    }
}
