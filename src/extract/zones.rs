//! The clock a time is told on when its words name none: the zone of the
//! place its sentence says something happened in, else the zone of the
//! event's place.
//!
//! In: one document's text, its lexicon mentions, the gazetteer's places in
//! its first sentences and the countries it names. Out: [`Zones`], which
//! gives each sentence its zone. The event's place is the place the
//! document mentions most; a country's zone (Canada's is Toronto's) is made
//! finer by the city of a wire dateline ("DENVER, June 29 -"), else the first
//! city the headline or lede puts something in ("at an east Vancouver
//! business"), else the zone most of the document's cities share, where the
//! city lies in that country.

use super::lexicon::{EntityKind, Lexicon, Mention};
use crate::gazetteer::{self, Found, PlaceKind};

/// The first readable sentences (most often a headline and the lede) whose
/// places say where the event is: a city named further down is as often
/// another story's.
const LEDE_SENTENCES: usize = 2;

/// Mentions of cities in one zone a document needs before that zone is
/// taken for its country's (see `document_city`).
const DOCUMENT_CITY_MENTIONS: usize = 2;

/// A document's zones.
pub(super) struct Zones<'l> {
    lexicon: &'l Lexicon,
    /// The event's city: the dateline's, the lede's, or the one most of the
    /// document's cities share (see `document_city`).
    city: Option<City>,
    /// The zone of the event's place.
    event: Option<String>,
}

/// A city or region a document puts something in, and its zone.
struct City {
    /// Its IANA zone.
    zone: &'static str,
    /// Its country's ISO code.
    country: &'static str,
    /// True when its name can be no other place, or it lies in a country
    /// the document names.
    sure: bool,
}

impl<'l> Zones<'l> {
    /// The zones of a document: `text` (for its dateline), the lexicon's
    /// `mentions` in each readable sentence, the gazetteer's places in each
    /// (`sentences`, in order, with their text) and the ISO codes of the
    /// `countries` it names. Where no mention has a zone, the event's city
    /// gives it only when the city is sure: a dateline's always, a lede's
    /// when its name can be no other place or lies in a named country ("in
    /// the North Bay" is no Ontario town's).
    pub(super) fn of_document(
        lexicon: &'l Lexicon,
        text: &str,
        mentions: &[Vec<Mention>],
        sentences: &[(&str, &[Found])],
        countries: &[&str],
    ) -> Self {
        let city = dateline_city(text)
            .or_else(|| lede_city(sentences, countries))
            .or_else(|| document_city(sentences, countries));
        let mut zones = Zones {
            lexicon,
            city,
            event: None,
        };
        zones.event = match dominant_zone(lexicon, mentions) {
            Some(dominant) => Some(zones.finer(dominant)),
            None => (zones.city.as_ref())
                .filter(|c| c.sure)
                .map(|c| c.zone.to_string()),
        };
        zones
    }

    /// The zone of a sentence's times: that of the first of its `located`
    /// mentions with a zone ("in Iraq"), made finer by the event's city,
    /// else the event's.
    pub(super) fn of_sentence<'m>(
        &self,
        mut located: impl Iterator<Item = &'m Mention>,
    ) -> Option<String> {
        located
            .find_map(|m| {
                let zone = self.lexicon.timezone(m.entity)?;
                Some(self.finer((zone, m.entity)))
            })
            .or_else(|| self.event.clone())
    }

    /// The zone of an entity, made finer by the event's city where the
    /// entity is a country the city lies in (Canada's zone is Toronto's; a
    /// Vancouver story's is Vancouver's).
    fn finer(&self, (zone, entity): (&str, usize)) -> String {
        match &self.city {
            Some(city)
                if self.lexicon.kind(entity) == EntityKind::Country
                    && self.lexicon.code(entity) == city.country =>
            {
                city.zone.to_string()
            }
            _ => zone.to_string(),
        }
    }
}

/// The zone of the place the document mentions most, and the first entity
/// that gives it.
fn dominant_zone<'l>(lexicon: &'l Lexicon, mentions: &[Vec<Mention>]) -> Option<(&'l str, usize)> {
    let mut counts: Vec<(&str, usize, usize)> = Vec::new();
    for m in mentions.iter().flatten() {
        if let Some(zone) = lexicon.timezone(m.entity) {
            match counts.iter_mut().find(|(z, _, _)| *z == zone) {
                Some((_, n, _)) => *n += 1,
                None => counts.push((zone, 1, m.entity)),
            }
        }
    }
    let best = counts.iter().map(|&(_, n, _)| n).max()?;
    counts
        .into_iter()
        .find(|&(_, n, _)| n == best)
        .map(|(zone, _, entity)| (zone, entity))
}

/// The city a wire dateline names ("VANCOUVER, British Columbia, March 11
/// -"): where the story was filed, and so where its days are told.
fn dateline_city(text: &str) -> Option<City> {
    let gazetteer = gazetteer::global();
    let name = crate::corpus::infer::dateline_place(text)?;
    // A dateline names a city, the likeliest of its name: "WASHINGTON" is
    // the capital, not the state, and "SYDNEY" Australia's, whatever
    // countries the story names (a lesser one carries its state: "SYDNEY,
    // Nova Scotia").
    let &id = gazetteer.lookup(name).iter().find(|&&id| {
        let place = gazetteer.get(id);
        place.kind == PlaceKind::Populated && !place.zone.is_empty()
    })?;
    let place = gazetteer.get(id);
    Some(City {
        zone: place.zone,
        country: place.country,
        sure: true,
    })
}

/// Where neither a dateline nor the lede names a city: the zone most of the
/// document's cities share, each read as the one of its name in a country
/// the document names where there is one ("in Fort Smith", "between Pocola
/// and Spiro" make a story that names the U.S. a Central time one, not New
/// York's). Never sure: it only makes the zone of the country it lies in
/// finer, and only where at least [`DOCUMENT_CITY_MENTIONS`] mentions
/// agree (one city named in passing is no story's place) and no other zone
/// has as many.
fn document_city(sentences: &[(&str, &[Found])], countries: &[&str]) -> Option<City> {
    let gazetteer = gazetteer::global();
    let mut counts: Vec<(&'static str, &'static str, usize)> = Vec::new();
    for f in sentences.iter().flat_map(|&(_, found)| found.iter()) {
        let Some(id) = gazetteer.resolve(&f.candidates, countries) else {
            continue;
        };
        let place = gazetteer.get(id);
        if place.kind == PlaceKind::Country || place.zone.is_empty() {
            continue;
        }
        match counts.iter_mut().find(|(zone, _, _)| *zone == place.zone) {
            Some((_, _, n)) => *n += 1,
            None => counts.push((place.zone, place.country, 1)),
        }
    }
    // A tie says nothing, whatever order the cities come in.
    let best = counts.iter().map(|&(_, _, n)| n).max()?;
    if counts.iter().filter(|&&(_, _, n)| n == best).count() > 1 {
        return None;
    }
    counts
        .into_iter()
        .find(|&(_, _, n)| n == best && n >= DOCUMENT_CITY_MENTIONS)
        .map(|(zone, country, _)| City {
            zone,
            country,
            sure: false,
        })
}

/// The first city or region the first readable sentences (the headline
/// and lede) put something in ("in", "near", "at an east …") that has a
/// zone: the candidate in a country the document names, else the
/// likeliest.
fn lede_city(sentences: &[(&str, &[Found])], countries: &[&str]) -> Option<City> {
    let gazetteer = gazetteer::global();
    // "in the Gulf of Aden": a name that "of" and a capitalised word go on
    // is a longer name's first word, no place of its own.
    let goes_on = |text: &str, f: &Found| {
        text[f.end..]
            .strip_prefix(" of ")
            .is_some_and(|rest| rest.starts_with(char::is_uppercase))
    };
    sentences
        .iter()
        .take(LEDE_SENTENCES)
        .flat_map(|&(text, found)| found.iter().map(move |f| (text, f)))
        .filter(|&(text, f)| f.located && !goes_on(text, f))
        .find_map(|(_, f)| {
            let place = gazetteer.get(gazetteer.resolve(&f.candidates, countries)?);
            (place.kind != PlaceKind::Country && !place.zone.is_empty()).then(|| City {
                zone: place.zone,
                country: place.country,
                sure: f.candidates.len() == 1 || countries.contains(&place.country),
            })
        })
}
