//! Where a sentence places its claims: "In Heraklion, 10,000 people
//! marched", "10 houses were damaged in Takengon", "killed 170,000 people in
//! the province".
//!
//! In: a sentence, its gazetteer mentions and the spans of its sources. Out:
//! the places it names, each with its span, so that every claim takes the
//! one nearest to it. A place the gazetteer knows anywhere in the sentence
//! counts ("the streets of Athens"); a name it does not know counts after a
//! locative word ("in Heraklion", "near the town of Takengon"); so does a
//! bare administrative scope ("in the district"). A claim nearest to a
//! country ("in neighbouring Syria") has no narrower place, and the place of
//! a source ("officials in Washington said") is not the place of what it
//! reports.

use std::sync::LazyLock;

use regex::Regex;

use super::lexicon::{EntityKind, Lexicon, Mention};
use crate::language::{self, NUMBERS, PLACE_TYPES, Table};

/// A place named in a sentence (offsets relative to it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlaceMention {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// The gazetteer's name, the name as written, or the scope ("the district").
    pub name: String,
    /// True for a country: a claim nearest to one is placed no narrower.
    pub country: bool,
}

/// "in Heraklion", "near the town of Takengon", "in the northern city of X".
static NAMED: LazyLock<Regex> = LazyLock::new(|| {
    let types = Table::alternation(PLACE_TYPES.words());
    Regex::new(&format!(
        r"\b(?i:in|at|near|across|throughout)\s+(?:the\s+)?(?:(?:\p{{Ll}}[\p{{L}}-]*\s+){{0,2}}(?:{types})\s+of\s+)?(?P<name>\p{{Lu}}[\p{{L}}'’-]+(?:\s+\p{{Lu}}[\p{{L}}'’-]+){{0,2}})",
    ))
    .expect("place pattern is valid")
});

/// "in the province", "across the district", "in 13 countries": a scope
/// without a name.
static SCOPE: LazyLock<Regex> = LazyLock::new(|| {
    let scopes = Table::alternation(PLACE_TYPES.where_field(1, "yes"));
    let numbers = Table::alternation(
        NUMBERS
            .where_field(2, "unit")
            .chain(NUMBERS.where_field(2, "ten")),
    );
    Regex::new(&format!(
        r"\b(?i:in|across|throughout)\s+(?:the\s+(?P<scope>{scopes})|(?P<several>(?:\d+|several|many|a\s+dozen|{numbers})\s+(?:countries|nations)))\b",
    ))
    .expect("scope pattern is valid")
});

/// Every place `text` names, in text order, outside the `sources` spans;
/// countries the gazetteer knows are among them.
pub fn places(
    text: &str,
    mentions: &[Mention],
    lexicon: &Lexicon,
    sources: &[(usize, usize)],
) -> Vec<PlaceMention> {
    let mut out: Vec<PlaceMention> = mentions
        .iter()
        .filter(|m| {
            matches!(
                lexicon.kind(m.entity),
                EntityKind::Place | EntityKind::Country
            )
        })
        .map(|m| PlaceMention {
            start: m.start,
            end: m.end,
            name: lexicon.name(m.entity).to_string(),
            country: lexicon.kind(m.entity) == EntityKind::Country,
        })
        .collect();
    for c in NAMED.captures_iter(text) {
        let Some(name) = c.name("name") else { continue };
        let first = name
            .as_str()
            .split(|c: char| c.is_whitespace() || c == '\'' || c == '’')
            .next()
            .unwrap_or_default();
        let known = mentions.iter().any(|m| m.start == name.start());
        if known || language::is_calendar_word(&first.to_lowercase()) {
            continue;
        }
        out.push(PlaceMention {
            start: name.start(),
            end: name.end(),
            name: name.as_str().to_string(),
            country: false,
        });
    }
    for c in SCOPE.captures_iter(text) {
        // "in 13 countries" and "in 14 countries" are one scope: abroad,
        // wider than any province. ("In seven villages" is not one: it is
        // where a whole quake's toll was counted.)
        if let Some(several) = c.name("several") {
            out.push(PlaceMention {
                start: several.start(),
                end: several.end(),
                name: "several countries".to_string(),
                country: false,
            });
            continue;
        }
        let Some(scope) = c.name("scope") else {
            continue;
        };
        // "in the province of Aceh" names it; the name was taken above.
        if text[scope.end()..].trim_start().starts_with("of ") {
            continue;
        }
        out.push(PlaceMention {
            start: scope.start(),
            end: scope.end(),
            name: format!("the {}", scope.as_str().to_lowercase()),
            country: false,
        });
    }
    out.retain(|p| !sources.iter().any(|&(s, e)| p.start < e && s < p.end));
    out.sort_by_key(|p| (p.start, p.end));
    out
}

/// The place of the claim at bytes `start..end`: the first place named
/// just after it ("killed 10 people in Takengon", "killed 25 fighters in
/// neighbouring Syria": a country), or else the nearest place before it that
/// is not a country ("In Heraklion, 10,000 marched", "near Erbil in Iraq's
/// north killed a contractor"). A place far after it, or past a comma, is
/// in another clause ("80 wounded … after the tremor, which was felt across
/// the Gulf"; "down by 80 percent, in India by 65 percent"). With
/// `countries`, a country before it places it too (a share: "services in
/// Egypt were down by 80 percent").
pub fn nearest<'p>(
    places: &'p [PlaceMention],
    text: &str,
    start: usize,
    end: usize,
    countries: bool,
) -> Option<&'p PlaceMention> {
    let same_clause = |from: usize, to: usize| {
        text.get(from..to)
            .is_some_and(|between| !between.contains([',', ';', ':']))
    };
    places
        .iter()
        .find(|p| p.start >= end && p.start - end <= AFTER && same_clause(end, p.start))
        .or_else(|| {
            places
                .iter()
                .rev()
                .find(|p| p.end <= start && (countries || !p.country))
        })
}

/// How far after a claim (in bytes) the place it happened in may be named.
const AFTER: usize = 40;

#[cfg(test)]
mod tests {
    use super::*;

    fn named(text: &str) -> Vec<String> {
        places(text, &[], &Lexicon::default(), &[])
            .into_iter()
            .map(|p| p.name)
            .collect()
    }

    #[test]
    fn names_after_locative_words_and_bare_scopes_are_places() {
        assert_eq!(named("In Ravenna, 4,000 people marched."), ["Ravenna"]);
        assert_eq!(
            named("Nine houses fell in the hill town of San Marco, and 40 in the district."),
            ["San Marco", "the district"]
        );
        assert_eq!(
            named("It killed 80 people across the region."),
            ["the region"]
        );
        assert_eq!(
            named("It killed 900 people in 11 countries."),
            ["several countries"]
        );
        assert!(named("Troops in the country were hit.").is_empty());
        assert!(named("Half the homes in five villages fell.").is_empty());
    }

    #[test]
    fn months_weekdays_and_named_scopes_are_not_places_of_their_own() {
        assert!(named("In March, 12 people died; in Tuesday's blast, two.").is_empty());
        assert_eq!(named("in the province of Lerida"), ["Lerida"]);
    }

    #[test]
    fn a_source_s_place_is_left_out_and_the_nearest_place_is_the_claim_s() {
        let text = "Officials in Lisbon said 30 marched in Porto and 12 in Braga.";
        let found = places(text, &[], &Lexicon::default(), &[(0, 22)]);
        let names: Vec<&str> = found.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Porto", "Braga"]);
        let at = |figure: &str| {
            let start = text.find(figure).expect("the figure is in the text");
            nearest(&found, text, start, start + figure.len(), false).map(|p| p.name.clone())
        };
        assert_eq!(at("30"), Some("Porto".to_string()));
        assert_eq!(at("12"), Some("Braga".to_string()));
        let text = "It injured 80 people before the storm, which then flooded homes in Genoa.";
        let found = places(text, &[], &Lexicon::default(), &[]);
        assert_eq!(found.len(), 1);
        let start = text.find("80").expect("the figure is in the text");
        assert_eq!(nearest(&found, text, start, start + 2, false), None);
    }

    #[test]
    fn a_place_past_a_comma_is_another_clause_s_and_a_share_takes_a_country_before_it() {
        let text = "Services in Egypt were down by 80 percent, in India by 65 percent.";
        let found = places(text, &[], &Lexicon::default(), &[]);
        let at = |figure: &str, countries: bool| {
            let start = text.find(figure).expect("the figure is in the text");
            nearest(&found, text, start, start + figure.len(), countries).map(|p| p.name.clone())
        };
        assert_eq!(at("80 percent", true), Some("Egypt".to_string()));
        assert_eq!(at("65 percent", true), Some("India".to_string()));
    }
}
