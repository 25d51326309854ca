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
            if c.subject.additional {
                return Err(
                    "it counts an increment (another, more, other), not a total".to_string()
                );
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
            if share && c.subject.of.is_empty() {
                return Err(format!(
                    "what the {} is of is not said",
                    if c.measure == "money" { "sum" } else { "share" }
                ));
            }
            let from = if share {
                format!(" of {}", c.subject.of)
            } else if c.subject.head.is_empty() {
                String::new()
            } else {
                format!(" from {}", c.subject.head)
            };
            let (label, who) = owner(format!("{}{from}", c.measure));
            Ok((
                format!(
                    "quantity/{}/{unit}/{}/{}/{who}",
                    c.measure, c.subject.head, c.subject.of
                ),
                label,
            ))
        }
        ClaimKind::Time | ClaimKind::Date => {
            if c.subject.noun.is_empty() {
                return Err("the event it dates is not said".to_string());
            }
            Ok((
                format!("when/{}", c.subject.noun),
                format!("date and time of the {}", c.subject.noun),
            ))
        }
        // By surname: "Carolos Papoulias" and "Karolos Papoulias" are one
        // speaker.
        ClaimKind::Quote => {
            let Some(a) = &c.attribution else {
                return Err("no speaker is named".to_string());
            };
            let surname = a
                .source
                .split_whitespace()
                .last()
                .unwrap_or("")
                .to_lowercase();
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

impl Slots {
    /// Give every claim its slot. Quotes are a speaker's words within the
    /// main event of their story, whatever their sentence dates.
    pub fn build(corpus: &Corpus, claims: &[Claim], events: &Events) -> Self {
        let mut index: BTreeMap<(usize, String), usize> = BTreeMap::new();
        let mut slots = Vec::new();
        let mut labels = vec![String::new(); claims.len()];
        let of = claims
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let (k, label) = key(corpus, c)?;
                labels[i] = label.clone();
                let event = events.of(i);
                let event = if matches!(c.kind, ClaimKind::Quote | ClaimKind::Person) {
                    events.main_of(event)
                } else {
                    event
                };
                Ok(*index.entry((event, k)).or_insert_with(|| {
                    slots.push(Slot { event, label });
                    slots.len() - 1
                }))
            })
            .collect();
        Slots { slots, of, labels }
    }

    /// The slot of claim `c` (an index into [`Slots::slots`]), or why it has
    /// none.
    pub fn of(&self, c: usize) -> Result<usize, &str> {
        self.of[c].as_ref().map(|&s| s).map_err(String::as_str)
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
