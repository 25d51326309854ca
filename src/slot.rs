//! Fact slots: which fact each claim states, so that only claims stating
//! the same fact are compared.
//!
//! In: the corpus, its claims and their events. Out: [`Slots`]: a slot is an
//! event, a measure and what the measure is of: the event's toll of killed;
//! a count of villages; money of the Red Sox's offer; the time of the strike;
//! a speaker's quotes. Claims of one slot are compared by the rules; claims
//! of different slots never are. A claim whose slot cannot be told (a count
//! whose noun is not said, a time whose event is not said, a quote with no
//! speaker) is compared with nothing and says why.

use std::collections::BTreeMap;

use crate::claim::{Claim, ClaimKind, Value};
use crate::corpus::Corpus;
use crate::event::Events;

/// The label of dates and times whose event is not said.
const UNATTACHED_LABEL: &str = "date and time of an event not named";

/// One fact slot.
#[derive(Debug, Clone, PartialEq)]
pub struct Slot {
    /// Its event (an index into the events).
    pub event: usize,
    /// What is measured and of what, for people ("killed (military)",
    /// "count of villages", "money of the Red Sox").
    pub label: String,
}

/// Every claim's slot, or why it has none.
#[derive(Debug, Clone, Default)]
pub struct Slots {
    /// The slots, in order of their first claim.
    pub slots: Vec<Slot>,
    of: Vec<Result<usize, String>>,
    /// What each claim with a slot states, for people ("killed (fighter)"):
    /// a slot's claims may count different people, kept apart by gates.
    labels: Vec<String>,
    /// Claims whose article gives their slot several different values.
    listed: Vec<bool>,
}

/// What a claim's slot is made of besides its event: a key for grouping and a
/// label for people.
fn key(corpus: &Corpus, c: &Claim) -> Result<(String, String), String> {
    if c.repeated {
        return Err("it repeats an earlier claim of its article".to_string());
    }
    // "Expect experts in the papers tomorrow": a day after the article came
    // out cannot be the day of what it reports.
    if let (Value::Date { from, .. }, Some(published)) =
        (&c.value, corpus.get(c.span.doc).meta.published)
        && *from > published.date
    {
        return Err(
            "it is a day after its article came out, not the day of what it reports".to_string(),
        );
    }
    if c.kind != ClaimKind::Quote && c.copy.len() < crate::extract::STATEMENT_WORDS {
        return Err(
            "its line is a fragment (a heading, a table row or a stamp), not a statement"
                .to_string(),
        );
    }
    let owner = |label: String| match &c.context.owner {
        Some(o) => (format!("{o}'s {label}"), o.clone()),
        None => (label, String::new()),
    };
    match c.kind {
        ClaimKind::Casualties => {
            // An increment ("another two killed") is not a toll.
            if c.subject.additional {
                return Err("it counts an increment (another, more), not a total".to_string());
            }
            let label = format!("{} ({})", c.measure, c.subject.noun);
            match (&c.context.part, &c.context.place) {
                (None, _) => Ok((format!("casualties/{}", c.measure), label)),
                (Some(_), Some(place)) => Ok((
                    format!("casualties/{}/part/{place}", c.measure),
                    format!("{label} in {place}"),
                )),
                (Some(part), None) => Err(format!(
                    "it is the toll of one {part} its sentence does not name"
                )),
            }
        }
        ClaimKind::Count => {
            if let Value::Amount { amount, .. } = &c.value
                && amount.stated.fract() != 0.0
            {
                return Err("a fraction counts no things: it is an average or a rate".to_string());
            }
            if let Some(name) = &c.context.names {
                return Err(format!(
                    "whose count it is is not clear (its sentence names {name})"
                ));
            }
            if c.subject.additional {
                return Err(
                    "it counts an increment (another, more, other), not a total".to_string()
                );
            }
            if c.subject.restates {
                return Err("it restates how many names the list before it gives".to_string());
            }
            if c.subject.noun.is_empty() {
                return Err("what it counts is not said".to_string());
            }
            let counted = if c.subject.head.is_empty() {
                &c.subject.noun
            } else {
                &c.subject.head
            };
            let (label, who) = owner(format!("count of {}", plural(counted)));
            Ok((format!("count/{}/{who}", c.subject.noun), label))
        }
        ClaimKind::Quantity => {
            let Value::Quantity { unit, .. } = &c.value else {
                return Err("it has no unit".to_string());
            };
            // Conversions of one figure are one sum at two rates, whatever
            // each article calls it.
            if !c.subject.converts.is_empty() {
                return Ok((
                    format!(
                        "quantity/{}/{unit}/converts/{}",
                        c.measure, c.subject.converts
                    ),
                    format!("{} converting {}", c.measure, c.subject.converts),
                ));
            }
            let share = matches!(c.measure.as_str(), "percent" | "money");
            if let (true, Some(name)) = (share, &c.context.names) {
                return Err(format!(
                    "whose figure it is is not clear (its sentence names {name})"
                ));
            }
            if share && c.subject.of.is_empty() && c.context.place.is_none() {
                return Err(format!(
                    "what the {} is of is not said",
                    if c.measure == "money" { "sum" } else { "share" }
                ));
            }
            let from = if share && !c.subject.of.is_empty() {
                format!(" of {}", c.subject.of)
            } else if share {
                format!(" in {}", c.context.place.as_deref().unwrap_or_default())
            } else if c.subject.head.is_empty() {
                String::new()
            } else {
                format!(" from {}", c.subject.head)
            };
            let (label, who) = owner(format!("{}{from}", c.measure));
            // What a share or sum is of is a gate, not part of the slot: one
            // side may say it and the other only where ("52 percent in Egypt").
            Ok((
                format!("quantity/{}/{unit}/{}/{who}", c.measure, c.subject.head),
                label,
            ))
        }
        ClaimKind::Time if matches!(c.value, Value::Clock { .. }) => {
            // Every clock of one story's match is one slot; the rule tells
            // one moment from another.
            Ok(("clock/".to_string(), "game clock".to_string()))
        }
        ClaimKind::Time | ClaimKind::Date => {
            // A date or time whose event is not said meets only its own
            // copy in another outlet (the `unattached` gate).
            if c.subject.noun.is_empty() {
                return Ok(("when/".to_string(), UNATTACHED_LABEL.to_string()));
            }
            Ok((
                format!("when/{}", c.subject.noun),
                format!("date and time of the {}", c.subject.noun),
            ))
        }
        // By surname: "Carolos Papoulias" and "Karolos Papoulias" are one
        // speaker.
        ClaimKind::Quote => {
            // Quoted words with no speaker meet only the same words in
            // another article: one remark, whoever said it.
            let Some(a) = &c.attribution else {
                let Value::Quote { text } = &c.value else {
                    return Err("no speaker is named".to_string());
                };
                return Ok((
                    format!(
                        "quote/{UNNAMED_SPEAKER}/{}",
                        crate::normalize::words::spelled(text).join(" ")
                    ),
                    UNNAMED_QUOTE_LABEL.to_string(),
                ));
            };
            // "he said" in two articles may be two people: such quotes
            // share one slot, where only the same words relate them.
            let surname = match speaker_surname(&a.source) {
                Some(surname) => surname,
                None => UNNAMED_SPEAKER.to_string(),
            };
            Ok((
                format!("quote/{surname}"),
                format!("quotes of {}", a.source),
            ))
        }
        ClaimKind::Place | ClaimKind::Actor | ClaimKind::Person => who_key(c),
    }
}

/// The slot of a place, actor or person claim: places and actors are facts
/// of their event in one role ("where it happened", "charges"); what is
/// said of a person is one fact per person, known by the consonants of
/// their surname (spellings differ: Kouyias, Kougias), the comparison
/// telling two people of one surname apart.
fn who_key(c: &Claim) -> Result<(String, String), String> {
    match &c.value {
        Value::Place { .. } => {
            let label = match c.measure.as_str() {
                "site" => "where it happened".to_string(),
                "home" => "where they are from".to_string(),
                "origin" => "where they came from".to_string(),
                "taken" => "where they were taken".to_string(),
                "base" => "where it is based".to_string(),
                "route" => "which way it went".to_string(),
                other => format!("place ({other})"),
            };
            Ok((format!("place/{}", c.measure), label))
        }
        Value::Actor { .. } => {
            let label = if c.subject.noun.is_empty() {
                c.measure.clone()
            } else {
                format!("{} of the {}", c.measure, c.subject.noun)
            };
            Ok((format!("actor/{}/{}", c.measure, c.subject.noun), label))
        }
        Value::Person { name, .. } => {
            let surname = name.split_whitespace().last().unwrap_or("");
            let key: String = crate::normalize::skeleton::skeleton(surname)
                .chars()
                .filter(|ch| !matches!(ch, 'a' | 'y' | 'h' | 'v' | ' '))
                .map(|ch| if ch == 'g' { 'k' } else { ch })
                .fold(String::new(), |mut key, ch| {
                    if !key.ends_with(ch) {
                        key.push(ch);
                    }
                    key
                });
            Ok((format!("person/{key}"), format!("who {name} is")))
        }
        _ => Err("its value is not a place, actor or person".to_string()),
    }
}

/// The label of quoted words with no speaker.
const UNNAMED_QUOTE_LABEL: &str = "quotes of an unnamed speaker";

/// The slot key of quotes whose speaker is a pronoun or not given.
const UNNAMED_SPEAKER: &str = "(a pronoun)";

/// Speakers no quote can be told apart by.
const PRONOUNS: &[&str] = &["he", "she", "they", "it", "we", "i", "you"];

/// The surname of a quote's source, lower case; `None` when it is a pronoun
/// ("he said" names nobody).
pub fn speaker_surname(source: &str) -> Option<String> {
    let surname = source.split_whitespace().last()?.to_lowercase();
    (!PRONOUNS.contains(&surname.as_str())).then_some(surname)
}

fn plural(noun: &str) -> String {
    let consonant_y = noun.len() > 1
        && noun.ends_with('y')
        && !noun[..noun.len() - 1].ends_with(['a', 'e', 'i', 'o', 'u']);
    if noun.ends_with('s') {
        noun.to_string()
    } else if consonant_y {
        format!("{}ies", &noun[..noun.len() - 1])
    } else {
        format!("{noun}s")
    }
}

/// The note on a claim of a list.
const LISTED: &str = "its article gives this several different values: a list, compared only with near-identical copy";

/// An article that gives one count or quantity several different values
/// ("0.3 pct sulphur … 0.5 pct sulphur", "25 points … 16 points") is listing
/// several things of one kind, not stating one fact: those claims are
/// compared only with near-identical copy of their sentence, which says which
/// of them it is. Tolls, times and dates may change within an article (a
/// toll that rises) and are left to the rules.
fn uncertain_lists(claims: &[Claim], of: &[Result<usize, String>]) -> Vec<bool> {
    let mut listed = vec![false; claims.len()];
    let mut values: BTreeMap<(usize, u32), Vec<usize>> = BTreeMap::new();
    for (i, c) in claims.iter().enumerate() {
        if let (Ok(slot), ClaimKind::Count | ClaimKind::Quantity) = (&of[i], c.kind) {
            values.entry((*slot, c.span.doc.0)).or_default().push(i);
        }
    }
    for members in values.values().filter(|m| m.len() > 1) {
        let first = &claims[members[0]].value;
        let differ = members
            .iter()
            .any(|&i| !same_value(&claims[i].value, first));
        if differ {
            for &i in members {
                listed[i] = true;
            }
        }
    }
    listed
}

/// True when two values state one figure.
fn same_value(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Amount { amount: x, .. }, Value::Amount { amount: y, .. })
        | (Value::Quantity { amount: x, .. }, Value::Quantity { amount: y, .. }) => {
            x.lo == y.lo && x.hi == y.hi
        }
        _ => a == b,
    }
}

impl Slots {
    /// Give every claim its slot. Quotes are a speaker's words within the
    /// main event of their story, whatever their sentence dates.
    pub fn build(corpus: &Corpus, claims: &[Claim], events: &Events) -> Self {
        let mut index: BTreeMap<(usize, String), usize> = BTreeMap::new();
        let mut slots = Vec::new();
        let mut labels = vec![String::new(); claims.len()];
        let of: Vec<Result<usize, String>> = claims
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let (mut k, label) = key(corpus, c)?;
                labels[i] = label.clone();
                let event = events.of(i);
                let background = events.main_of(event) != event;
                let event = if matches!(c.kind, ClaimKind::Quote | ClaimKind::Person) {
                    events.main_of(event)
                } else {
                    event
                };
                // Where a recalled event happened, and who took part, meet
                // only their own article's: a background event is matched
                // across stories by its kind, days and place, and two
                // stories recalling one town are no evidence of one site.
                if background && matches!(c.kind, ClaimKind::Place | ClaimKind::Actor) {
                    k = format!("{k}/in {}", c.span.doc.0);
                }
                Ok(*index.entry((event, k)).or_insert_with(|| {
                    slots.push(Slot { event, label });
                    slots.len() - 1
                }))
            })
            .collect();
        let listed = uncertain_lists(claims, &of);
        Slots {
            slots,
            of,
            labels,
            listed,
        }
    }

    /// The slot of claim `c` (an index into [`Slots::slots`]), or why it has
    /// none.
    pub fn of(&self, c: usize) -> Result<usize, &str> {
        self.of[c].as_ref().map(|&s| s).map_err(String::as_str)
    }

    /// True when claim `c`'s article gives its slot several different
    /// values: it is compared only with near-identical copy.
    pub fn listed(&self, c: usize) -> bool {
        self.listed[c]
    }

    /// A limit on how claim `c` is compared, for people, where there is one.
    pub fn note(&self, c: usize) -> Option<&'static str> {
        if self.listed[c] {
            return Some(LISTED);
        }
        match self.labels[c].as_str() {
            UNATTACHED_LABEL => {
                Some("the event it dates is not said, except with near-identical copy")
            }
            UNNAMED_QUOTE_LABEL => Some("no speaker is named, except with the same words"),
            _ => None,
        }
    }

    /// What claim `c` states, for people (empty when it has no slot).
    pub fn label(&self, c: usize) -> &str {
        &self.labels[c]
    }

    /// The claims of every slot, in claim order.
    pub fn members(&self) -> Vec<Vec<usize>> {
        let mut out = vec![Vec::new(); self.slots.len()];
        for (c, s) in self.of.iter().enumerate() {
            if let Ok(s) = s {
                out[*s].push(c);
            }
        }
        out
    }
}
