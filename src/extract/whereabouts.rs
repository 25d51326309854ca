//! Place claims: where something happened ("off the coast of Sicily",
//! "near the Alexandria cable station", "in the Exarchia district of
//! Athens"), where someone is from or lives ("of Schenectady, New York", "a
//! Schenectady man"), where someone was taken ("rushed to Jamaica
//! Hospital"), where a company is based, and which way traffic went.
//!
//! In: a sentence, the gazetteer's places in it, and the `place` rule's
//! words. Out: place claims, each with its role as the measure and every
//! name of its phrase, with the gazetteer's id for those it knows. A name
//! the gazetteer does not know counts when it is built like a place ("117th
//! Street", "Jamaica Hospital", "the Jabaliya refugee camp") or follows a
//! word that places something ("in Heraklion"). It does not decide which
//! event a place is of: the event stage does.

use std::sync::LazyLock;

use regex::Regex;
use serde::Deserialize;

use super::lexicon::{EntityKind, Lexicon, Mention};
use crate::FastSet;
use crate::gazetteer::{self, Found, PlaceId, PlaceKind};
use crate::language::{
    AFTER_PLACE, BODY_WORDS, COMPASS_WORDS, EVENT_NAMES, GIVEN_NAMES, NAME_TITLES, OUTLET_WORDS,
    PLACE_TYPES,
};
use crate::normalize::rarity::zipf;

/// True when a name's last word (before a roman numeral or a year) names an
/// event, not a place (`event-names.tsv`): "World War II", "Gulf War".
fn event_name(name: &str) -> bool {
    let numeral = |w: &&str| {
        w.chars().all(|c| matches!(c, 'I' | 'V' | 'X')) || w.chars().all(|c| c.is_ascii_digit())
    };
    name.split(' ')
        .rev()
        .find(|w| !numeral(w))
        .is_some_and(|w| EVENT_NAMES.contains(&w.to_lowercase()))
}

/// Parameters of a `place` rule.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlaceParams {
    /// Role → phrases that, just before a place, give it that role ("site":
    /// "in", "off the coast of"; "home": "from"; "taken": "taken to").
    pub cues: std::collections::BTreeMap<String, Vec<String>>,
    /// Role → words earlier in the clause that give a place after "in" or
    /// "to" that role instead ("taken": "rushed", "pronounced").
    pub verbs: std::collections::BTreeMap<String, Vec<String>>,
    /// Role → nouns after a place name that give it that role ("home":
    /// "man", "native"; "base": "based").
    pub after: std::collections::BTreeMap<String, Vec<String>>,
    /// Role → lower-case nouns right after a cue's place name that give it
    /// that role ("taken": "is in a Portland hospital").
    #[serde(default)]
    pub after_cue: std::collections::BTreeMap<String, Vec<String>>,
    /// Last words that make a capitalised name a place ("Street", "Hospital").
    pub structures: Vec<String>,
    /// Lower-case nouns after a name that make it a place ("camp",
    /// "district", "neighborhood").
    pub nouns: Vec<String>,
    /// Cues after which a name the gazetteer does not know still counts.
    pub open: Vec<String>,
    /// Cues after which a name right before a lower-case word (not a
    /// function word) modifies that word and places nothing: "an attack on
    /// US forces", "a strike via a U.S. drone".
    #[serde(default)]
    pub modifier_cues: Vec<String>,
    /// Nouns that stand before "of" and a place without being one: "the
    /// city of", "the outskirts of", "the corner of".
    pub within: Vec<String>,
    /// Words right before a cue of home that measure a distance from the
    /// place ("135 kilometers from", "miles away from"): the place is the
    /// point something is measured from, so the claim says where it is (a
    /// site), never where anyone lives.
    #[serde(default)]
    pub measured_from: Vec<String>,
}

/// A compiled `place` rule.
#[derive(Debug, Clone)]
pub struct PlaceRule {
    /// Rule id.
    pub id: String,
    params: PlaceParams,
    cue: Regex,
    /// A name just before one of the rule's role nouns: "A Schenectady
    /// man", "The Missouri native", "Sunnyvale, Calif.-based".
    before_noun: Regex,
    /// The names after a cue (see [`names_pattern`]).
    names: Regex,
}

/// What a document says that tells which of its names are places: read
/// once per document, before its sentences.
#[derive(Debug, Clone, Copy)]
pub struct InDocument<'a> {
    /// ISO codes of the countries it names (see [`countries_named`]).
    pub countries: &'a [&'a str],
    /// Words it writes after a given name (see [`surnames`]).
    pub surnames: &'a FastSet<String>,
}

/// A place claim found in a sentence (offsets relative to it).
#[derive(Debug, Clone, PartialEq)]
pub struct PlaceHit {
    /// First byte of the evidence.
    pub start: usize,
    /// One past its last byte.
    pub end: usize,
    /// Its role ("site", "home", "origin", "taken", "base", "route").
    pub role: String,
    /// The cue as written, lower case.
    pub relation: String,
    /// Names as written.
    pub names: Vec<String>,
    /// Gazetteer ids of the names it knows.
    pub places: Vec<String>,
    /// Whose home it is: the surname of the person named right before it
    /// (see [`super::residents`]).
    pub owner: Option<String>,
}

/// A group of capitalised words, ordinals or particles: one name.
const GROUP: &str = r"(?:\p{Lu}[\p{L}'’.\-]*|\d+(?:st|nd|rd|th)\b)(?:[ \-](?:\p{Lu}[\p{L}'’.\-]*|\d+(?:st|nd|rd|th)\b|(?:of|de|al|el|ez|du|la|le)[ \-]\p{Lu}[\p{L}'’.\-]*)){0,3}";

/// Names after a cue: groups joined by "and", commas, "in", "of", after
/// an optional "the <word> of" whose word is one of `within` ("the city
/// of", "the corner of").
fn names_pattern(within: &[String]) -> String {
    let within: Vec<String> = within.iter().map(|w| regex::escape(w)).collect();
    let within = within.join("|");
    format!(
        r"^(?:(?:the|a|an)\s+)?(?:(?:\p{{Ll}}[\p{{L}}\-]*\s+){{0,3}}?(?:{within})\s+of\s+(?:the\s+)?)?(?:(?:north|south|east|west|central|nearby|neighbouring|neighboring|coastal|remote|downtown|\p{{Ll}}+(?:ern|ist|gy))\s+)?(?P<names>{GROUP}(?:(?:\s*,\s*|\s+and\s+|\s+in\s+|\s+of\s+|\s*,\s+and\s+)(?:the\s+)?{GROUP}){{0,3}})"
    )
}

static GROUPS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(GROUP).expect("place group pattern is valid"));

impl PlaceRule {
    /// Compile a rule.
    pub fn new(id: String, params: PlaceParams) -> Result<Self, regex::Error> {
        let mut cues: Vec<&str> = params.cues.values().flatten().map(String::as_str).collect();
        cues.sort_by_key(|c| std::cmp::Reverse(c.len()));
        let alternation: Vec<String> = cues
            .iter()
            .map(|c| regex::escape(c).replace(' ', r"\s+"))
            .collect();
        let cue = Regex::new(&format!(r"(?i)\b(?:{})\s+", alternation.join("|")))?;
        let mut nouns: Vec<&str> = params
            .after
            .values()
            .flatten()
            .map(String::as_str)
            .collect();
        nouns.sort_by_key(|n| std::cmp::Reverse(n.len()));
        let nouns: Vec<String> = nouns.iter().map(|n| regex::escape(n)).collect();
        let before_noun = Regex::new(&format!(
            r"(?P<names>{GROUP}(?:,\s+{GROUP})?)(?:\s*-\s*|\s+)(?P<noun>{})\b",
            nouns.join("|")
        ))?;
        let names = Regex::new(&names_pattern(&params.within))?;
        Ok(PlaceRule {
            id,
            params,
            cue,
            before_noun,
            names,
        })
    }

    fn role_of_cue(&self, cue: &str) -> Option<&str> {
        let cue = cue.split_whitespace().collect::<Vec<_>>().join(" ");
        self.params
            .cues
            .iter()
            .find(|(_, cues)| cues.iter().any(|c| c.eq_ignore_ascii_case(&cue)))
            .map(|(role, _)| role.as_str())
    }

    /// True when, after cue `relation`, the names are followed by a word
    /// they modify ("on US forces"): see [`PlaceParams::modifier_cues`].
    fn modifies_next(&self, relation: &str, after: &str) -> bool {
        if !self.params.modifier_cues.iter().any(|c| c == relation) {
            return false;
        }
        let Some(mut next) = after.strip_prefix(' ') else {
            return false;
        };
        // "on US or coalition forces": the name and the word after the
        // coordinator modify the noun together.
        for coordinator in ["or ", "and "] {
            next = next.strip_prefix(coordinator).unwrap_or(next);
        }
        noun_follows(next)
    }

    /// True when an unknown name modifies the lower-case noun after it
    /// ("accused in Kraft shootings", "in Blazers history"), so it names no
    /// place: not where a place's word follows within three words ("in
    /// Lampahan city", "in a West Texas jail", "in Sudan's Blue Nile
    /// state"), a verb ("Greenwich Village muttering"), or a word that may
    /// follow a place ("in Sumatra alone").
    fn modifies(&self, after: &str) -> bool {
        if !noun_follows(after) {
            return false;
        }
        let clause = after.split([',', '.', ';', ':', '(']).next().unwrap_or("");
        let words: Vec<String> = clause
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
            .take(3)
            .map(str::to_lowercase)
            .collect();
        let first = words.first().map_or("", String::as_str);
        let place_word = |w: &String| {
            PLACE_TYPES.contains(w)
                || self.params.within.contains(w)
                || self.params.nouns.contains(w)
                || self
                    .params
                    .structures
                    .iter()
                    .any(|s| s.trim_end_matches('.').eq_ignore_ascii_case(w))
        };
        !(words.iter().any(place_word)
            || first.ends_with("ing")
            || first.ends_with("ed")
            || AFTER_PLACE.contains(first))
    }

    /// True when the words before a cue end with a word of distance
    /// ("about 135 kilometers", "miles away").
    fn measures_from(&self, before: &str) -> bool {
        before
            .split(|c: char| !c.is_alphanumeric())
            .rfind(|w| !w.is_empty())
            .is_some_and(|w| {
                self.params
                    .measured_from
                    .iter()
                    .any(|m| m.eq_ignore_ascii_case(w))
            })
    }

    /// The role the lower-case noun right after a cue's place name gives it
    /// (`after_cue`: "in a Portland hospital" is where someone was taken),
    /// and where that noun ends.
    fn role_of_noun(&self, after: &str) -> Option<(&str, usize)> {
        let rest = after.trim_start();
        let word = rest.split(|c: char| !c.is_alphabetic()).next()?;
        if !word.starts_with(char::is_lowercase) {
            return None;
        }
        let (role, _) = self
            .params
            .after_cue
            .iter()
            .find(|(_, nouns)| nouns.iter().any(|n| n == word))?;
        Some((role, after.len() - rest.len() + word.len()))
    }

    /// A verb earlier in the clause that gives the place another role.
    fn role_of_verb(&self, clause: &str) -> Option<&str> {
        // Only the last words are read: the clause may run long.
        let recent: Vec<String> = clause
            .split(|c: char| !c.is_alphanumeric())
            .rev()
            .filter(|w| !w.is_empty())
            .take(8)
            .map(str::to_lowercase)
            .collect();
        self.params
            .verbs
            .iter()
            .find(|(_, verbs)| recent.iter().any(|w| verbs.contains(w)))
            .map(|(role, _)| role.as_str())
    }

    /// Every place claim of `text`, with `found` the gazetteer's places in it
    /// and `doc` what its document says of its names (the countries it names
    /// tell which of several places of one name is meant; a surname is a
    /// person there, not a place).
    pub fn find(
        &self,
        text: &str,
        found: &[Found],
        doc: &InDocument<'_>,
        lexicon: &Lexicon,
    ) -> Vec<PlaceHit> {
        let mut out: Vec<PlaceHit> = Vec::new();
        // A headline in title case capitalises every word: no names to read.
        if crate::extract::tokens::title_case(text) {
            return out;
        }
        for cue in self.cue.find_iter(text) {
            let Some(mut role) = self.role_of_cue(cue.as_str()).map(str::to_string) else {
                continue;
            };
            let relation = cue.as_str().trim().to_lowercase();
            let clause_start =
                crate::extract::tokens::after_last(&text[..cue.start()], &[',', ';', '“', '"']);
            let verb_role = self.role_of_verb(&text[clause_start..cue.start()]);
            if let Some(verb_role) = verb_role {
                role = verb_role.to_string();
            } else if role == "home" && self.measures_from(&text[..cue.start()]) {
                role = "site".to_string();
            }
            // "to" places something only after its verbs ("rushed to",
            // not "connected to Shia militias" or "a tribute to Page");
            // "of" only in an apposition ("Dhillon, of Leeds").
            if relation == "to" && (role == "site" || verb_role.is_none()) {
                continue;
            }
            let owner = (role == "home" || role == "origin")
                .then(|| super::residents::owner(&text[..cue.start()], doc.surnames, lexicon))
                .flatten();
            if relation == "of" && !text[..cue.start()].trim_end_matches(' ').ends_with(',') {
                continue;
            }
            let rest = &text[cue.end()..];
            let Some(m) = self.names.captures(rest) else {
                continue;
            };
            let Some(names) = m.name("names") else {
                continue;
            };
            let base = cue.end() + names.start();
            let mut tail = base + trim_stop(names.as_str()).len();
            // "the Jabaliya refugee camp", "the Exarchia district".
            let after = &text[tail..];
            let mut noun_after = false;
            let names_end = tail;
            let mut read = 0;
            for word in after.split_whitespace().take(2) {
                let word = word.trim_end_matches([',', '.', ';', ':']);
                if self.params.nouns.iter().any(|n| n == word) {
                    noun_after = true;
                    // Past this word, found from where the last one ended.
                    read += after[read..].find(word).unwrap_or(0) + word.len();
                    tail = names_end + read;
                } else {
                    break;
                }
            }
            // "at a Tehran mosque" places the mosque in Tehran; "on US
            // forces" places nothing.
            let article = !rest[..names.start()].trim().is_empty();
            if !article && self.modifies_next(&relation, &text[tail..]) {
                continue;
            }
            // "from the Red Sox", "in the Pentagon": a name after "the" that
            // the gazetteer does not know and no place word describes is a
            // team or a body more often than a place.
            // Nor is one that modifies the noun after it ("accused in
            // Kraft shootings").
            let articled = rest[..names.start()].eq_ignore_ascii_case("the ");
            let open = !articled
                && !self.modifies(&text[tail..])
                && self
                    .params
                    .open
                    .iter()
                    .any(|c| c.eq_ignore_ascii_case(&relation));
            let hit = self.hit(
                (cue.start(), tail),
                base,
                names.as_str(),
                (noun_after, open),
                found,
                doc,
                lexicon,
            );
            // "is in a Portland hospital": the noun after the name says
            // what the place is to someone (treated there: taken).
            let noun_role = verb_role
                .is_none()
                .then(|| self.role_of_noun(&text[names_end..]))
                .flatten();
            let hit = hit.map(|mut h| {
                if let Some((noun_role, noun_end)) = noun_role
                    && h.end >= names_end
                {
                    role = noun_role.to_string();
                    h.end = h.end.max(names_end + noun_end);
                }
                h
            });
            if let Some(mut hit) = hit {
                hit.role = role;
                hit.relation = relation;
                hit.owner = owner;
                if !out.iter().any(|o| o.start < hit.end && hit.start < o.end) {
                    out.push(hit);
                }
            }
        }
        for m in self.before_noun.captures_iter(text) {
            let (Some(names), Some(noun)) = (m.name("names"), m.name("noun")) else {
                continue;
            };
            // "A Leeds man": the article is not part of the name.
            let opening = ["A ", "An ", "The "]
                .iter()
                .find(|a| names.as_str().starts_with(**a))
                .map_or(0, |a| a.len());
            let (names_start, names_text) = (names.start() + opening, &names.as_str()[opening..]);
            if names_text.is_empty() {
                continue;
            }
            let Some((role, _)) = self
                .params
                .after
                .iter()
                .find(|(_, nouns)| nouns.iter().any(|n| n == noun.as_str()))
            else {
                continue;
            };
            if out
                .iter()
                .any(|o| o.start < noun.end() && names_start < o.end)
            {
                continue;
            }
            let hit = self.hit(
                (names_start, noun.end()),
                names_start,
                names_text,
                (false, false),
                found,
                doc,
                lexicon,
            );
            // "an Indian immigrant": a nationality says where from.
            let hit = hit.or_else(|| {
                let code = lexicon.demonym(names_text)?;
                let id = gazetteer::global()
                    .by_id(&format!("C{code}"))
                    .map(|id| gazetteer::global().get(id).id.to_string())?;
                Some(PlaceHit {
                    start: names_start,
                    end: noun.end(),
                    role: String::new(),
                    relation: String::new(),
                    names: vec![
                        gazetteer::global()
                            .get(gazetteer::global().by_id(&id)?)
                            .name
                            .to_string(),
                    ],
                    places: vec![id],
                    owner: None,
                })
            });
            let known = |h: &PlaceHit| {
                !h.places.is_empty()
                    || h.names
                        .iter()
                        .any(|n| !gazetteer::global().lookup(n).is_empty())
            };
            if let Some(mut hit) = hit.filter(known) {
                hit.role = role.clone();
                hit.relation = noun.as_str().to_string();
                out.push(hit);
            }
        }
        out.sort_by_key(|h| h.start);
        out
    }

    #[expect(
        clippy::too_many_arguments,
        reason = "the phrase's parts, each read once"
    )]
    fn hit(
        &self,
        (start, end): (usize, usize),
        base: usize,
        names: &str,
        (noun_after, open): (bool, bool),
        found: &[Found],
        doc: &InDocument<'_>,
        lexicon: &Lexicon,
    ) -> Option<PlaceHit> {
        let gazetteer = gazetteer::global();
        let countries = doc.countries;
        let mut written = Vec::new();
        let mut places = Vec::new();
        let dated = calendar_cut(names);
        let names = &names[..dated.unwrap_or(names.len())];
        let groups: Vec<regex::Match<'_>> = GROUPS.find_iter(names).collect();
        let mut kept_end = 0;
        for (k, g) in groups.iter().enumerate() {
            let name = g.as_str().trim_end_matches(['.', ',']);
            // "101st Avenue-where he was held": a dash before a clause's
            // word ends the name.
            let (name, name_end) = match name.rsplit_once('-') {
                Some((head, tail)) if crate::language::is_function_word(tail) => {
                    (head, g.start() + head.len())
                }
                _ => (name, g.end()),
            };
            let last = name.rsplit([' ', '-']).next().unwrap_or(name);
            // "115th St." has lost its full stop with the others: "St."
            // and "Ave." are the structures "St" and "Ave".
            let structural = self
                .params
                .structures
                .iter()
                .any(|s| s.trim_end_matches('.') == last);
            let at = base + g.start();
            // The gazetteer's reading of the words, where it found them.
            // Not a compass word that opens a longer name ("South" of "South
            // Wales"): the rest of the name says where.
            let compass_only = |f: &Found| {
                f.end < at + name.len()
                    && names
                        .get(g.start()..g.start() + (f.end - f.start))
                        .is_some_and(|w| COMPASS_WORDS.contains(&w.to_lowercase()))
            };
            let known = found
                .iter()
                .find(|f| f.start == at && f.end >= at + name.len().min(f.end - f.start))
                .filter(|f| !compass_only(f))
                .map(|f| f.candidates.as_slice())
                .or_else(|| {
                    // "Southern Iran": a compass word before a known name.
                    let bare = COMPASS
                        .iter()
                        .find_map(|c| name.strip_prefix(c))
                        .map_or(name, str::trim_start);
                    let exact = gazetteer.lookup(bare);
                    let c = if exact.is_empty() && !bare.contains(' ') {
                        gazetteer.lookup_loosely(bare)
                    } else {
                        exact
                    };
                    (!c.is_empty() && !common(bare)).then_some(c)
                });
            let described = structural || (noun_after && k + 1 == groups.len());
            // "Teixeira" in an article about Mark Teixeira is the man.
            let person = lexicon.mentions(name).iter().any(|m| {
                matches!(
                    lexicon.kind(m.entity),
                    EntityKind::Person | EntityKind::Group | EntityKind::Organisation
                )
            }) || (!described && is_surname(name, doc.surnames));
            // "Iran-backed", "US-led", "Iraq’s": a modifier, not a place.
            let modifier = name.split(' ').any(|w| {
                w.rsplit_once('-')
                    .is_some_and(|(_, t)| t.starts_with(char::is_lowercase))
            }) || name.ends_with("’s")
                || name.ends_with("'s");
            if modifier {
                if k == 0 {
                    return None;
                }
                continue;
            }
            // A country the lexicon knows by another name ("U.S.", whose
            // last full stop the name has lost).
            let country = lexicon
                .mentions(g.as_str())
                .iter()
                .find(|m| {
                    lexicon.kind(m.entity) == EntityKind::Country
                        && m.end - m.start + 1 >= name.len()
                })
                .map(|m| gazetteer.lookup(lexicon.name(m.entity)))
                .filter(|c| !c.is_empty());
            let known = country.or(known);
            let first = name.split([' ', '-']).next().unwrap_or(name).to_lowercase();
            let calendar = crate::language::is_calendar_word(&first);
            // "on DUI suspicion": letters in capitals are an abbreviation,
            // a place only where it names a country ("U.S.", "UK").
            let letters = name.chars().filter(|c| c.is_alphabetic());
            let a_country = |c: &[u32]| {
                c.first()
                    .is_some_and(|&id| gazetteer.get(id).kind == PlaceKind::Country)
            };
            let acronym = letters.clone().count() > 1
                && letters.clone().all(char::is_uppercase)
                && !known.is_some_and(a_country);
            // "in the East", "the West": a direction alone names a conference,
            // a bloc or a vague part of somewhere, no place one can check.
            let direction = COMPASS_WORDS.contains(&name.to_lowercase());
            // "in World War II", "at the Beijing Olympics": an event.
            let event = event_name(name);
            // "in The Marsk Times", "from Kelmar TV": an outlet, unless the
            // gazetteer knows the whole name ("Newport News").
            let outlet =
                OUTLET_WORDS.contains(&last.to_lowercase()) && gazetteer.lookup(name).is_empty();
            if person
                || calendar
                || acronym
                || direction
                || event
                || outlet
                || lexicon.demonym(name).is_some() && known.is_none()
            {
                if k == 0 {
                    return None;
                }
                continue;
            }
            match known {
                Some(candidates) if !structural => {
                    // A small place of another country than the document's
                    // is another place of the same name: leave it unknown.
                    let id = gazetteer.resolve(candidates, countries).filter(|&id| {
                        let p = gazetteer.get(id);
                        countries.is_empty()
                            || countries.contains(&p.country)
                            || p.kind == PlaceKind::Country
                            || (p.kind == PlaceKind::Populated && p.population >= 1_000_000)
                    });
                    if let Some(id) = id {
                        places.push(gazetteer.get(id).id.to_string());
                    }
                    written.push(name.to_string());
                    kept_end = name_end;
                }
                _ if described || (open && !common(name) && !body(name)) => {
                    written.push(name.to_string());
                    kept_end = name_end;
                }
                _ if k == 0 => return None,
                _ => {}
            }
        }
        if written.is_empty() {
            return None;
        }
        // "In Ohio, Governor Ana Ruiz": the evidence ends with the last name
        // that is a place, or a state's abbreviation right after it
        // ("Springfield, Mo.").
        let trimmed = kept_end;
        for g in groups.iter().filter(|g| g.start() >= trimmed) {
            let abbreviation = g.as_str().ends_with('.') && g.as_str().len() <= 6;
            if abbreviation && matches!(&names[kept_end..g.start()], ", " | " ") {
                kept_end = g.end();
            } else {
                break;
            }
        }
        let last_end = groups.last().map_or(0, regex::Match::end);
        let end = if kept_end < last_end || dated.is_some() {
            base + kept_end
        } else {
            end
        };
        Some(PlaceHit {
            start,
            end,
            role: String::new(),
            relation: String::new(),
            names: written,
            places,
            owner: None,
        })
    }
}

/// Where a day's or a month's name after the first word ends the names:
/// "in Queens Friday night" places Queens. The first word is the
/// caller's to judge.
fn calendar_cut(names: &str) -> Option<usize> {
    names
        .match_indices([' ', ','])
        .map(|(i, _)| i)
        .find(|&i| {
            let word = names[i..]
                .trim_start_matches([' ', ','])
                .split(|c: char| !c.is_alphabetic())
                .next()
                .unwrap_or("");
            crate::language::is_calendar_word(&word.to_lowercase())
        })
        .map(|i| names[..i].trim_end_matches([' ', ',']).len())
}

/// A name without the full stop that ends its sentence ("Hospital."), but
/// with an abbreviation's ("St.", "N.Y.").
fn trim_stop(names: &str) -> &str {
    let Some(stem) = names.strip_suffix('.') else {
        return names;
    };
    let last = stem.rsplit([' ', '-']).next().unwrap_or(stem);
    if last.len() <= 3 || last.contains('.') {
        names
    } else {
        stem
    }
}

/// Compass words that may open a name without being part of it.
const COMPASS: &[&str] = &[
    "Northern ",
    "Southern ",
    "Eastern ",
    "Western ",
    "Central ",
    "North-western ",
    "North-eastern ",
    "South-western ",
    "South-eastern ",
];

/// True for a one-word name that is a common English word ("Police").
fn common(name: &str) -> bool {
    !name.contains(' ') && zipf(&name.to_lowercase()) >= 4.0
}

/// True for a name no gazetteer knows whose last word names a body
/// ("Wrather Corp", "the Conservative Party"): a firm or a party, no place.
fn body(name: &str) -> bool {
    let last = name.rsplit(' ').next().unwrap_or(name).to_lowercase();
    BODY_WORDS.contains(&last)
}

/// True when `after` (right after a name) opens with a lower-case word that
/// is no function word and no day or month: the name modifies it ("Kraft
/// shootings", "US forces").
fn noun_follows(after: &str) -> bool {
    let word: &str = after
        .trim_start_matches(' ')
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    word.starts_with(char::is_lowercase)
        && !crate::language::is_function_word(word)
        && !crate::language::is_calendar_word(word)
}

/// The words `text` writes right after a given name ("Mark Teixeira",
/// "Bettie Page", "Lisa M. Su") or a title (`name-titles.tsv`: "President
/// Pike", "Sen. Ruiz"): in that document they are people's surnames. A
/// pair the gazetteer knows whole ("Virginia Beach"), a given name that is
/// also a country ("Jordan") and a country after a title say nothing.
pub fn surnames(text: &str) -> FastSet<String> {
    static CAPITALISED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"\b\p{Lu}[\p{L}'’\-]*\.?").expect("capitalised-word pattern is valid")
    });
    let gazetteer = gazetteer::global();
    let is_country = |ids: &[PlaceId]| {
        ids.iter()
            .any(|&id| gazetteer.get(id).kind == PlaceKind::Country)
    };
    let words: Vec<regex::Match<'_>> = CAPITALISED.find_iter(text).collect();
    let mut out = FastSet::default();
    let adjacent = |a: &regex::Match<'_>, b: &regex::Match<'_>| &text[a.end()..b.start()] == " ";
    for (i, given) in words.iter().enumerate() {
        let first = given.as_str();
        let title = NAME_TITLES.contains(&first.trim_end_matches('.').to_lowercase());
        if title {
            if let Some(next) = words.get(i + 1).filter(|n| adjacent(given, n)) {
                let name = next.as_str().trim_end_matches('.');
                let name = crate::language::without_possessive(name);
                if name.chars().count() >= 2
                    && !GIVEN_NAMES.contains(&name.to_lowercase())
                    && !NAME_TITLES.contains(&name.to_lowercase())
                    && !is_country(gazetteer.lookup(name))
                {
                    out.insert(name.to_string());
                }
            }
            continue;
        }
        if first.ends_with('.') || !GIVEN_NAMES.contains(&first.to_lowercase()) {
            continue;
        }
        // The next word, past one initial ("Lisa M. Su").
        let mut next = i + 1;
        let Some(mut surname) = words.get(next) else {
            continue;
        };
        if !adjacent(given, surname) {
            continue;
        }
        if surname.as_str().len() == 2 && surname.as_str().ends_with('.') {
            next += 1;
            match words.get(next) {
                Some(w) if adjacent(surname, w) => surname = w,
                _ => continue,
            }
        }
        let name = surname.as_str().trim_end_matches('.');
        let name = crate::language::without_possessive(name);
        if name.chars().count() < 2
            || is_country(gazetteer.lookup(first))
            || !gazetteer
                .lookup(&text[given.start()..surname.end()])
                .is_empty()
        {
            continue;
        }
        out.insert(name.to_string());
    }
    out
}

/// True when `name` is one of the document's surnames, alone or at the end
/// of a longer name ("Attorney-General Wally Oppal").
fn is_surname(name: &str, surnames: &FastSet<String>) -> bool {
    let last = name.rsplit(' ').next().unwrap_or(name);
    surnames.contains(name) || (last.len() < name.len() && surnames.contains(last))
}

/// True when a place id is a country's.
pub fn is_country(id: &str) -> bool {
    id.starts_with('C')
}

/// The ISO codes of the countries among `found`, and of the countries of
/// its places that are large and unambiguous, for [`PlaceRule::find`].
pub fn countries_named(found: &[&Found]) -> Vec<&'static str> {
    let gazetteer = gazetteer::global();
    let mut out: Vec<&'static str> = Vec::new();
    for f in found {
        let Some(&first) = f.candidates.first() else {
            continue;
        };
        let p = gazetteer.get(first);
        let sure = p.kind == PlaceKind::Country || f.candidates.len() == 1;
        if sure && !out.contains(&p.country) {
            out.push(p.country);
        }
    }
    out
}

/// `mentions` without the countries named at the end of a longer place of
/// another country that the gazetteer found (`found`, of the same text):
/// "New Mexico" is in the United States and "Northern Ireland" in the
/// United Kingdom, so neither names Mexico or Ireland; "Mexico City" still
/// names Mexico.
pub fn countries_outside_other_places(
    mentions: Vec<Mention>,
    found: &[Found],
    lexicon: &Lexicon,
) -> Vec<Mention> {
    let gazetteer = gazetteer::global();
    let iso = |entity: usize| {
        let country = gazetteer
            .lookup(lexicon.name(entity))
            .iter()
            .find_map(|&id| {
                let p = gazetteer.get(id);
                (p.kind == PlaceKind::Country).then_some(p.country)
            });
        country.unwrap_or_else(|| lexicon.code(entity))
    };
    mentions
        .into_iter()
        .filter(|m| {
            lexicon.kind(m.entity) != EntityKind::Country
                || !found.iter().any(|f| {
                    let longer = f.start < m.start && m.end <= f.end;
                    longer
                        && f.candidates.first().is_some_and(|&id| {
                            let place = gazetteer.get(id);
                            place.kind != PlaceKind::Country && place.country != iso(m.entity)
                        })
                })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_after_a_given_name_is_a_surname() {
        let found = surnames("Scouts watched Mark Lincoln, Lisa M. Su and Tom Dunmore's agent.");
        for name in ["Lincoln", "Su", "Dunmore"] {
            assert!(found.contains(name), "{name} in {found:?}");
        }
        assert_eq!(found.len(), 3, "{found:?}");
    }

    #[test]
    fn places_named_whole_and_given_names_that_are_countries_make_no_surname() {
        // "Virginia Beach" is a city; "Jordan" is also a country.
        let found = surnames("Crowds in Virginia Beach cheered as Jordan Lincoln spoke.");
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_longer_name_ending_in_a_surname_is_a_person() {
        let surnames: FastSet<String> = ["Oppal".to_string()].into_iter().collect();
        assert!(is_surname("Attorney-General Wally Oppal", &surnames));
        assert!(is_surname("Oppal", &surnames));
        assert!(!is_surname("Oppal Street", &surnames));
    }
}
