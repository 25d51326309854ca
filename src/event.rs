//! Events: which happening each claim is about.
//!
//! In: the corpus, its claims and stories. Out: [`Events`]: every claim's
//! event. A claim is about its story's main event unless its sentence or
//! paragraph dates it well before the article's day ("last year's quake",
//! "the January attack", a 2008 robbery recalled in 2013): then it is about a
//! background event, known by its kind (the event noun nearest it), its days
//! and its place. Background mentions of one event are joined within an
//! article by their days, across articles by kind, days and place, across
//! stories too (an attack recalled by two stories a year apart is one
//! attack), never because two stories share a noun.

use std::collections::BTreeMap;

use jiff::civil::Date;

use crate::claim::{Claim, ClaimKind};
use crate::corpus::Corpus;
use crate::gazetteer::PlaceId;
use crate::story::Stories;

/// A claim dated this many days or more before its article's day is about a
/// background event.
const BACKGROUND_DAYS: i32 = 30;
/// An undated claim about another event than its story's main one (another
/// agent did it) happened at most this many days before its article.
const UNDATED_REACH_DAYS: i32 = 90;
/// The most days a vague mention ("the January attack") spans and still
/// joins another story's event without a place: a year is too wide.
const VAGUE_ACROSS_DAYS: i32 = 92;
/// Days of two mentions this close are one event's days.
const SLACK_DAYS: i32 = 3;
/// A mention dated to at most this many days (a day, a week, a month) is
/// precise enough to find its event in another article.
const PRECISE_DAYS: i32 = 31;

/// Whether an event is what its story reports or one recalled in passing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    /// The happening its story covers.
    Main,
    /// An earlier happening its articles recall.
    Background,
}

/// One event.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Event {
    /// `e` and its position: main events in story order, then background
    /// events in order of first mention.
    pub id: String,
    /// Main or background.
    pub kind: EventKind,
    /// The story it belongs to (a background event: the story that first
    /// recalls it), an index into the stories.
    #[serde(skip)]
    pub story: usize,
    /// What it is, for people.
    pub label: String,
    /// Its days, where the text gives them.
    #[serde(skip)]
    pub when: Option<(Date, Date)>,
}

/// Every claim's event.
#[derive(Debug, Clone, Default)]
pub struct Events {
    /// The events.
    pub events: Vec<Event>,
    of: Vec<usize>,
}

/// A background mention: a claim dated well before its article.
#[derive(Debug, Clone)]
struct Mention {
    claim: usize,
    doc: u32,
    story: usize,
    when: (Date, Date),
    class: Option<String>,
    place: Option<String>,
    country: Option<String>,
    agent: Option<String>,
    /// True when the text gives no day: `when` is only how far back its
    /// article can reach.
    undated: bool,
    /// False when not even that is known (no day for its article): it can
    /// be one event only with mentions of its own story that look back the
    /// same way.
    anchored: bool,
    /// The words that place it in the past ("last month"), if any.
    past: Option<String>,
    /// True when another agent or country than the ledes' sets it apart:
    /// only the main event's very day, without slack, makes it the main
    /// event's.
    set_apart: bool,
}

impl Mention {
    fn precise(&self) -> bool {
        !self.undated && (self.when.1 - self.when.0).get_days() <= PRECISE_DAYS
    }
}

/// The event noun class a claim is about: a date's or time's own event, or
/// the event its sentence names.
pub fn class_of(c: &Claim) -> Option<&str> {
    match c.kind {
        ClaimKind::Date | ClaimKind::Time if !c.subject.noun.is_empty() => Some(&c.subject.noun),
        _ => c.context.event_noun.as_deref(),
    }
}

/// The first-level region a place name stands for, where every place the
/// gazetteer knows by that name lies in one region ("Upper Nile"), of the
/// country it is said to be in ("South Sudan's Unity"); `None` for a
/// country, an unknown name or one of places in several regions.
fn region(name: &str) -> Option<PlaceId> {
    let gazetteer = crate::gazetteer::global();
    let (within, bare) = match name.split_once("’s ").or_else(|| name.split_once("'s ")) {
        Some((country, bare)) => {
            let country = gazetteer
                .lookup(country)
                .iter()
                .find_map(|&id| gazetteer.country_of(id))?;
            (Some(gazetteer.get(country).country), bare)
        }
        None => (None, name),
    };
    let mut regions = gazetteer
        .lookup(bare)
        .iter()
        .filter(|&&id| within.is_none_or(|c| gazetteer.get(id).country == c))
        .map(|&id| gazetteer.region_of(id));
    let first = regions.next()??;
    regions.all(|r| r == Some(first)).then_some(first)
}

fn overlap(a: (Date, Date), b: (Date, Date)) -> bool {
    let slack = jiff::Span::new().days(SLACK_DAYS);
    let (Ok(a0), Ok(b0)) = (a.0.checked_sub(slack), b.0.checked_sub(slack)) else {
        return false;
    };
    a0 <= b.1 && b0 <= a.1
}

fn median(mut days: Vec<Date>) -> Option<Date> {
    days.sort();
    days.get(days.len() / 2).copied()
}

impl Events {
    /// Give every claim its event.
    pub fn build(corpus: &Corpus, claims: &[Claim], stories: &Stories) -> Self {
        let story_day: Vec<Option<Date>> = stories
            .stories
            .iter()
            .map(|s| {
                median(
                    s.documents
                        .iter()
                        .filter_map(|&d| corpus.get(d).meta.published.map(|p| p.date))
                        .collect(),
                )
            })
            .collect();
        // An article with no date of its own, in a story with none, is read
        // against the latest day it gives anything.
        let mut latest: BTreeMap<u32, Date> = BTreeMap::new();
        for c in claims {
            if let Some((from, to)) = c.context.when
                && (to - from).get_days() <= PRECISE_DAYS
            {
                let e = latest.entry(c.span.doc.0).or_insert(to);
                *e = (*e).max(to);
            }
        }
        let mut mentions = Vec::new();
        // Who carried out each story's main event, as its articles' ledes
        // say: a claim whose sentence names another agent for its event is
        // about another event ("Iran then launched its own strikes" in a
        // story about US strikes).
        let mut main_agents: Vec<Vec<&str>> = vec![Vec::new(); story_day.len()];
        // And where: a claim its sentence places in another country than the
        // ledes give is about another event ("15 were killed by floods in
        // southern Chile" in a story about floods in Peru).
        let mut main_countries: Vec<Vec<&str>> = vec![Vec::new(); story_day.len()];
        // Or in another region of the country ("the bombing of a town in
        // Upper Nile state" in a story about a camp in Unity state).
        let mut main_regions: Vec<Vec<PlaceId>> = vec![Vec::new(); story_day.len()];
        for c in claims.iter().filter(|c| c.context.lede) {
            let story = stories.of(c.span.doc);
            if let Some(r) = c.context.place.as_deref().and_then(region)
                && !main_regions[story].contains(&r)
            {
                main_regions[story].push(r);
            }
            for agent in &c.context.lede_agents {
                if !main_agents[story].contains(&agent.as_str()) {
                    main_agents[story].push(agent);
                }
            }
            if let Some(country) = &c.context.country
                && !main_countries[story].contains(&country.as_str())
            {
                main_countries[story].push(country);
            }
        }
        // The day each story's articles date its own claims to most often:
        // a claim dated then is about the main event, however late an article
        // recalls it.
        let mut main_days: Vec<BTreeMap<Date, usize>> = vec![BTreeMap::new(); story_day.len()];
        for (i, c) in claims.iter().enumerate() {
            if c.kind == ClaimKind::Quote {
                continue;
            }
            let doc = corpus.get(c.span.doc);
            let story = stories.of(c.span.doc);
            let day = doc
                .meta
                .published
                .map(|p| p.date)
                .or(story_day[story])
                .or_else(|| latest.get(&c.span.doc.0).copied());
            let mention = |when, undated, anchored| Mention {
                claim: i,
                doc: c.span.doc.0,
                story,
                when,
                class: class_of(c).map(str::to_string),
                place: c.context.place.clone(),
                country: c.context.country.clone(),
                agent: c.context.agent.clone(),
                undated,
                anchored,
                past: c.context.past.clone(),
                set_apart: false,
            };
            let other_agent = c.context.agent.as_deref().is_some_and(|a| {
                !c.context.lede
                    && !main_agents[story].is_empty()
                    && !main_agents[story].contains(&a)
            });
            let elsewhere = !c.context.lede
                && (c.context.country.as_deref().is_some_and(|country| {
                    !main_countries[story].is_empty() && !main_countries[story].contains(&country)
                }) || c
                    .context
                    .place
                    .as_deref()
                    .and_then(region)
                    .is_some_and(|r| {
                        !main_regions[story].is_empty() && !main_regions[story].contains(&r)
                    }));
            match (c.context.when, day) {
                (Some(when), Some(day)) if (day - when.1).get_days() >= BACKGROUND_DAYS => {
                    mentions.push(mention(when, false, true));
                }
                // Dated, but another agent's or in another country: another
                // event unless it falls on the main event's day.
                (Some(when), _) if other_agent || elsewhere => {
                    mentions.push(Mention {
                        set_apart: true,
                        ..mention(when, false, true)
                    });
                }
                (Some(when), _) if when.0 == when.1 => {
                    *main_days[story].entry(when.0).or_default() += 1;
                }
                (None, Some(day)) if other_agent || elsewhere || c.context.past.is_some() => {
                    let reach = day
                        .checked_sub(jiff::Span::new().days(UNDATED_REACH_DAYS))
                        .unwrap_or(day);
                    mentions.push(mention((reach, day), true, true));
                }
                // "Last year five cables were cut": an earlier event, though
                // nothing says when.
                (None, None) if elsewhere || c.context.past.is_some() => {
                    mentions.push(mention((Date::MIN, Date::MAX), true, false));
                }
                _ => {}
            }
        }
        let main_day: Vec<Option<Date>> = main_days
            .iter()
            .map(|days| {
                let best = days.values().copied().max()?;
                days.iter()
                    .rev()
                    .find(|(_, n)| **n == best)
                    .map(|(d, _)| *d)
            })
            .collect();
        mentions.retain(|m| {
            m.undated
                || !main_day[m.story].is_some_and(|d| {
                    if m.set_apart {
                        m.when.0 <= d && d <= m.when.1
                    } else {
                        overlap(m.when, (d, d))
                    }
                })
        });
        let groups = group(&mentions);
        let mut events: Vec<Event> = stories
            .stories
            .iter()
            .enumerate()
            .map(|(s, story)| Event {
                id: format!("e{s}"),
                kind: EventKind::Main,
                story: s,
                label: story.label.clone(),
                when: None,
            })
            .collect();
        let mut of: Vec<usize> = claims.iter().map(|c| stories.of(c.span.doc)).collect();
        // Groups in order of their first mention (mentions are in claim order).
        let mut members: Vec<(usize, Vec<&Mention>)> = Vec::new();
        let mut slot_of: BTreeMap<usize, usize> = BTreeMap::new();
        for (m, &g) in mentions.iter().zip(&groups) {
            let k = *slot_of.entry(g).or_insert_with(|| {
                members.push((g, Vec::new()));
                members.len() - 1
            });
            members[k].1.push(m);
        }
        for (_, group) in &members {
            let index = events.len();
            events.push(background(index, group));
            for m in group {
                of[m.claim] = index;
            }
        }
        Events { events, of }
    }

    /// The event of claim `c` (an index into [`Events::events`]).
    pub fn of(&self, c: usize) -> usize {
        self.of[c]
    }

    /// The main event of the story event `e` belongs to.
    pub fn main_of(&self, e: usize) -> usize {
        self.events[e].story
    }
}

/// A background event from its mentions: the narrowest days they give, the
/// kind and place most give.
fn background(index: usize, members: &[&Mention]) -> Event {
    let when = members
        .iter()
        .map(|m| m.when)
        .min_by_key(|w| (w.1 - w.0).get_days())
        .expect("a group has a member");
    let most = |get: &dyn Fn(&Mention) -> Option<&String>| -> Option<String> {
        let mut counts: BTreeMap<&String, usize> = BTreeMap::new();
        for m in members {
            if let Some(v) = get(m) {
                *counts.entry(v).or_default() += 1;
            }
        }
        let best = counts.values().copied().max()?;
        counts
            .into_iter()
            .find(|(_, n)| *n == best)
            .map(|(v, _)| v.clone())
    };
    let class = most(&|m| m.class.as_ref()).unwrap_or_else(|| "event".to_string());
    let place = most(&|m| m.place.as_ref()).or_else(|| most(&|m| m.country.as_ref()));
    let days = if when.0 == when.1 {
        when.0.to_string()
    } else {
        format!("{} to {}", when.0, when.1)
    };
    let agent = most(&|m| m.agent.as_ref());
    let label = if members.iter().all(|m| m.undated) {
        // Only how far back the articles reach is known, if that.
        // Only how far back the articles reach is known, not the days.
        let by = agent.map_or_else(String::new, |a| format!(" by {a}"));
        match place {
            Some(p) => format!("an earlier {class}{by} in {p}, undated"),
            None => format!("an earlier {class}{by}, undated"),
        }
    } else {
        match place {
            Some(p) => format!("the {class} in {p}, {days}"),
            None => format!("the {class} of {days}"),
        }
    };
    Event {
        id: format!("e{index}"),
        kind: EventKind::Background,
        story: members[0].story,
        label,
        when: Some(when),
    }
}

/// Join mentions of one event: within an article by overlapping days;
/// across articles when both are precise, their days overlap, their kinds
/// agree (across stories: both named and equal) and their places do not
/// differ. A vague mention ("last year") joins the one precise group it
/// falls in, never two, and one of another story only where it spans a
/// month at most or both name the same place. Returns a group number per
/// mention.
fn group(mentions: &[Mention]) -> Vec<usize> {
    let mut parent: Vec<usize> = (0..mentions.len()).collect();
    fn root(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    fn join(parent: &mut [usize], a: usize, b: usize) {
        let (x, y) = (root(parent, a), root(parent, b));
        if x != y {
            parent[x.max(y)] = x.min(y);
        }
    }
    // A place against a country says nothing: Baghdad may be in Iraq.
    let places_agree = |a: &Mention, b: &Mention| {
        let same = |x: &Option<String>, y: &Option<String>| match (x, y) {
            (Some(x), Some(y)) => x == y,
            _ => true,
        };
        same(&a.place, &b.place) && same(&a.country, &b.country)
    };
    let kinds_agree = |a: &Mention, b: &Mention| match (&a.class, &b.class) {
        (Some(x), Some(y)) => x == y,
        _ => a.story == b.story,
    };
    let agents_agree = |a: &Mention, b: &Mention| match (&a.agent, &b.agent) {
        (Some(x), Some(y)) => x == y,
        _ => true,
    };
    // Sweep in order of first day: only mentions whose days can overlap meet.
    let mut order: Vec<usize> = (0..mentions.len())
        .filter(|&i| mentions[i].anchored)
        .collect();
    order.sort_by_key(|&i| (mentions[i].when.0, i));
    for (n, &i) in order.iter().enumerate() {
        let a = &mentions[i];
        for &j in &order[n + 1..] {
            let b = &mentions[j];
            if (b.when.0 - a.when.1).get_days() > SLACK_DAYS {
                break;
            }
            if !overlap(a.when, b.when) {
                continue;
            }
            let same_doc = a.doc == b.doc;
            let precise = a.precise() && b.precise();
            let joined = if same_doc {
                precise && agents_agree(a, b)
            } else {
                precise && kinds_agree(a, b) && places_agree(a, b) && agents_agree(a, b)
            };
            if joined {
                join(&mut parent, i, j);
            }
        }
    }
    // A vague mention ("last year", "some time before the article") joins
    // the one precise group it falls in, never two; one with no days at all
    // looks only in its own article.
    let mut precise: Vec<usize> = (0..mentions.len())
        .filter(|&j| mentions[j].precise())
        .collect();
    precise.sort_by_key(|&j| (mentions[j].when.0, j));
    let mut by_doc: BTreeMap<u32, Vec<usize>> = BTreeMap::new();
    for &j in &precise {
        by_doc.entry(mentions[j].doc).or_default().push(j);
    }
    for i in 0..mentions.len() {
        let a = &mentions[i];
        if a.precise() || root(&mut parent, i) != i {
            continue;
        }
        let candidates: &[usize] = if a.anchored {
            let from = precise.partition_point(|&j| mentions[j].when.0 < a.when.0);
            let to = precise.partition_point(|&j| mentions[j].when.0 <= a.when.1);
            &precise[from..to]
        } else {
            by_doc.get(&a.doc).map_or(&[], Vec::as_slice)
        };
        let mut found: Vec<usize> = Vec::new();
        for &j in candidates {
            let b = &mentions[j];
            // The same agent, or else the same kind, names the event.
            let named = match &a.agent {
                Some(x) => b.agent.as_ref() == Some(x),
                None => b.class.is_some() && a.class == b.class,
            };
            // Another story's event only within a month ("the January
            // attack") or at the same named place: a year and a noun ("the
            // 2012 shooting") are no more than a shared noun across stories.
            let reaches = b.story == a.story
                || (a.when.1 - a.when.0).get_days() <= VAGUE_ACROSS_DAYS
                || (a.place.is_some() && a.place == b.place);
            if (b.doc != a.doc || agents_agree(a, b))
                && a.when.0 <= b.when.0
                && b.when.1 <= a.when.1
                && named
                && reaches
                && places_agree(a, b)
            {
                let r = root(&mut parent, j);
                if !found.contains(&r) {
                    found.push(r);
                }
            }
        }
        if let [only] = found.as_slice() {
            join(&mut parent, i, *only);
        }
    }
    // Vague mentions that found no precise group are one event when they
    // give the same days and agent in one article ("in 2014" twice), or,
    // with no days at all, look back the same way in one story with the same
    // kind and agent ("Last month, the frigate rescued two vessels").
    type Alike<'m> = (
        u64,
        (Date, Date),
        Option<&'m String>,
        Option<&'m String>,
        Option<&'m String>,
    );
    let mut alike: BTreeMap<Alike<'_>, usize> = BTreeMap::new();
    for (i, a) in mentions.iter().enumerate() {
        if a.precise() || root(&mut parent, i) != i {
            continue;
        }
        let key = if a.anchored {
            (u64::from(a.doc), a.when, a.agent.as_ref(), None, None)
        } else {
            (
                (1 << 32) | a.story as u64,
                a.when,
                a.agent.as_ref(),
                a.class.as_ref(),
                a.past.as_ref(),
            )
        };
        match alike.get(&key) {
            Some(&first) => join(&mut parent, first, i),
            None => {
                alike.insert(key, i);
            }
        }
    }
    (0..mentions.len()).map(|i| root(&mut parent, i)).collect()
}
