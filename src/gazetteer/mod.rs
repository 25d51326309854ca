//! The gazetteer: places of the world from GeoNames (CC BY 4.0), with their
//! country, first- and second-level regions, coordinates, time zone and
//! alternate names, compiled into the binary and read once per run.
//!
//! In: names and texts. Out: the places a text names ([`Gazetteer::find`]),
//! the places a name may be ([`Gazetteer::lookup`], exact or by
//! transliteration skeleton), and what one place is to another
//! ([`Gazetteer::contains`], [`Gazetteer::distance_km`]). It does not decide
//! which place a claim is about: extraction does, from the sentence.
//!
//! A name in a text counts only as whole words, capitalised, and not as part
//! of a longer capitalised name ("Roy Williams", "Jamaica Hospital"). A
//! single word that is also common English ("Police", "Split", "Mobile",
//! "Of", by the frequency table) or a small place needs a word that places
//! it ("in", "near", "outside", "from", "the town of") before it.

mod table;

use std::sync::LazyLock;

pub use table::{Place, PlaceKind};
use table::{TABLE, Table};

use crate::normalize::rarity::zipf;
use crate::normalize::skeleton;

/// A place index into the gazetteer.
pub type PlaceId = u32;

/// Words before a name that place something there.
const LOCATIVE: &[&str] = &[
    "in", "near", "outside", "at", "from", "of", "to", "off", "across", "around", "toward",
    "towards", "into", "inside", "between", "through", "via", "north", "south", "east", "west",
    "northern", "southern", "eastern", "western", "central",
];

/// Nouns that say the next name is a place ("the town of X").
const PLACE_NOUNS: &[&str] = &[
    "city",
    "town",
    "village",
    "district",
    "province",
    "region",
    "state",
    "county",
    "capital",
    "port",
    "island",
    "neighbourhood",
    "neighborhood",
    "suburb",
    "governorate",
    "area",
];

/// A place this populous is known enough to count without a locative word.
const KNOWN_POPULATION: u64 = 100_000;
/// A word this frequent in English (Zipf) is a word first and a place only
/// after a locative word, unless the place is very large.
const COMMON_ZIPF: f32 = 4.0;
/// A place this populous counts even when its name is a common word
/// ("London", "Paris").
const FAMOUS_POPULATION: u64 = 1_000_000;

/// A place named in a text (offsets relative to it).
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// The places the name may be, most likely first.
    pub candidates: Vec<PlaceId>,
    /// True when a locative word or a place noun comes just before it.
    pub located: bool,
}

/// The gazetteer.
#[derive(Debug)]
pub struct Gazetteer {
    table: Table,
}

static GLOBAL: LazyLock<Gazetteer> = LazyLock::new(|| Gazetteer {
    table: Table::parse(TABLE),
});

/// The bundled gazetteer, read on first use.
pub fn global() -> &'static Gazetteer {
    &GLOBAL
}

/// A word of a text: byte range and whether a name may go on across the
/// separator after it.
struct Word {
    start: usize,
    end: usize,
    joins_next: bool,
}

fn words(text: &str) -> Vec<Word> {
    let mut out: Vec<Word> = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        let inner = c.is_alphabetic() || ((c == '\'' || c == '’') && start.is_some());
        match (inner, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push(Word {
                    start: s,
                    end: i,
                    joins_next: false,
                });
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(Word {
            start: s,
            end: text.len(),
            joins_next: false,
        });
    }
    for i in 0..out.len().saturating_sub(1) {
        let gap = &text[out[i].end..out[i + 1].start];
        out[i].joins_next = matches!(gap, " " | "-" | ". " | "‑");
    }
    out
}

fn capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

fn all_caps(word: &str) -> bool {
    word.chars().filter(|c| c.is_alphabetic()).count() > 1 && !word.chars().any(char::is_lowercase)
}

impl Gazetteer {
    /// A gazetteer over a table in the bundled format (for tests).
    pub fn from_table(text: &'static str) -> Self {
        Gazetteer {
            table: Table::parse(text),
        }
    }

    /// Place `id`.
    pub fn get(&self, id: PlaceId) -> &Place {
        &self.table.places[id as usize]
    }

    /// The place of id `id` ("361058", "AIT.15", "CEG").
    pub fn by_id(&self, id: &str) -> Option<PlaceId> {
        self.table.ids.get(id).copied()
    }

    /// The places `name` may be, exactly as spelt (ignoring case, diacritics,
    /// apostrophes and hyphens), most likely first.
    pub fn lookup(&self, name: &str) -> &[PlaceId] {
        self.table.names.get(&skeleton::key(name))
    }

    /// The places `name` may be spelt another way ("Kerbala", "al-Qaem"):
    /// the exact matches, else those of its transliteration skeleton.
    pub fn lookup_loosely(&self, name: &str) -> &[PlaceId] {
        let exact = self.lookup(name);
        if !exact.is_empty() {
            return exact;
        }
        self.table.skeletons.get(&skeleton::skeleton(name))
    }

    /// The country of place `id`, as a place.
    pub fn country_of(&self, id: PlaceId) -> Option<PlaceId> {
        self.table.countries.get(self.get(id).country).copied()
    }

    /// The first-level region of place `id`, as a place.
    pub fn region_of(&self, id: PlaceId) -> Option<PlaceId> {
        let p = self.get(id);
        if p.kind == PlaceKind::Country {
            return None;
        }
        self.table.regions.get(p.admin1).copied()
    }

    /// True when `inner` lies within `outer` (a town in its region or
    /// country, a region in its country), or is it.
    pub fn contains(&self, outer: PlaceId, inner: PlaceId) -> bool {
        let (o, i) = (self.get(outer), self.get(inner));
        outer == inner
            || match o.kind {
                PlaceKind::Country => o.country == i.country,
                PlaceKind::Region => i.kind == PlaceKind::Populated && o.admin1 == i.admin1,
                PlaceKind::Populated => false,
            }
    }

    /// Great-circle distance between two places in kilometres.
    pub fn distance_km(&self, a: PlaceId, b: PlaceId) -> f64 {
        let (a, b) = (self.get(a), self.get(b));
        haversine(
            (f64::from(a.lat), f64::from(a.lon)),
            (f64::from(b.lat), f64::from(b.lon)),
        )
    }

    /// The candidate of `candidates` in one of `countries` (ISO codes), else
    /// the first (the most likely).
    pub fn resolve(&self, candidates: &[PlaceId], countries: &[&str]) -> Option<PlaceId> {
        candidates
            .iter()
            .copied()
            .find(|&c| countries.contains(&self.get(c).country))
            .or_else(|| candidates.first().copied())
    }

    /// Every place `text` names, leftmost-longest, as whole words (see the
    /// module doc for what a name must look like to count).
    pub fn find(&self, text: &str) -> Vec<Found> {
        let words = words(text);
        let mut out = Vec::new();
        let mut i = 0;
        while i < words.len() {
            let Some((n, candidates)) = self.longest_at(text, &words, i) else {
                i += 1;
                continue;
            };
            let (start, end) = (words[i].start, words[i + n - 1].end);
            let located =
                self.located_before(text, &words, i) || self.located_after(text, &words, i + n);
            if self.plausible(text, &words, i, n, candidates, located) {
                out.push(Found {
                    start,
                    end,
                    candidates: candidates.to_vec(),
                    located,
                });
            }
            i += n;
        }
        out
    }

    /// The longest name starting at word `i`: (its length in words, its places).
    fn longest_at<'g>(
        &'g self,
        text: &str,
        words: &[Word],
        i: usize,
    ) -> Option<(usize, &'g [PlaceId])> {
        let first = &text[words[i].start..words[i].end];
        // "al-Qaim": an article may open a name.
        let article = matches!(first, "al" | "el") && words[i].joins_next;
        if !capitalised(first) && !article {
            return None;
        }
        let mut best = None;
        let mut n = 1;
        let mut key = String::new();
        while n <= self.table.longest && i + n <= words.len() {
            let slice = &text[words[i].start..words[i + n - 1].end];
            skeleton::key_into(slice, &mut key);
            let found = self.table.names.get(&key);
            if !found.is_empty() {
                best = Some((n, found));
            }
            if !words[i + n - 1].joins_next {
                break;
            }
            let next = &text[words[i + n].start..words[i + n].end];
            // Names go on with capitalised words and short particles
            // ("Deir ez-Zor", "Bandar-e Abbas"), no further.
            if !capitalised(next) && next.len() > 3 {
                break;
            }
            n += 1;
        }
        best
    }

    /// True when word `i` follows a locative word or a place noun ("in X",
    /// "the town of X", "northern X").
    fn located_before(&self, text: &str, words: &[Word], i: usize) -> bool {
        let before = |k: usize| {
            i.checked_sub(k)
                .map(|j| text[words[j].start..words[j].end].to_lowercase())
        };
        let Some(w1) = before(1) else { return false };
        if LOCATIVE.contains(&w1.as_str()) {
            return true;
        }
        // "the town of X", "the northern city of X", "X's neighbour, the
        // province of X".
        (w1 == "of" || w1 == "the")
            && (2..=3).any(|k| before(k).is_some_and(|w| PLACE_NOUNS.contains(&w.as_str())))
    }

    /// True when the words from `next` on place the name before them: ",
    /// north of Baghdad", ", Surrey", ", Egypt".
    fn located_after(&self, text: &str, words: &[Word], next: usize) -> bool {
        let Some(w) = words.get(next) else {
            return false;
        };
        if !text[words[next - 1].end..w.start].starts_with(", ") {
            return false;
        }
        let word = &text[w.start..w.end];
        const DIRECTIONS: &[&str] = &[
            "north",
            "south",
            "east",
            "west",
            "northeast",
            "northwest",
            "southeast",
            "southwest",
            "near",
            "outside",
        ];
        if DIRECTIONS.contains(&word) {
            return true;
        }
        capitalised(word)
            && self
                .lookup(word)
                .first()
                .is_some_and(|&p| self.get(p).kind != PlaceKind::Populated)
    }

    /// Whether the name at words `i..i + n` is a place here, not a word or
    /// part of another name.
    fn plausible(
        &self,
        text: &str,
        words: &[Word],
        i: usize,
        n: usize,
        candidates: &[PlaceId],
        located: bool,
    ) -> bool {
        let Some(&best) = candidates.first() else {
            return false;
        };
        let best = self.get(best);
        let name = &text[words[i].start..words[i + n - 1].end];
        if all_caps(name) {
            return false;
        }
        let big = best.kind != PlaceKind::Populated || best.population >= KNOWN_POPULATION;
        // Part of a longer capitalised name: "Roy Williams", "Jamaica
        // Hospital", "Sunnyvale Police" (a word before counts only inside a
        // sentence; the first word of a sentence is capitalised anyway).
        let sentence_start = i == 0 || {
            let gap = &text[words[i - 1].end..words[i].start];
            gap.contains(['.', '!', '?', '"', '“', ':', '\n'])
        };
        if !sentence_start && !located {
            let previous = &text[words[i - 1].start..words[i - 1].end];
            let article = matches!(previous, "A" | "An" | "The");
            if capitalised(previous) && words[i - 1].joins_next && !article {
                return false;
            }
        }
        if let Some(next) = words.get(i + n)
            && words[i + n - 1].joins_next
        {
            let next = &text[next.start..next.end];
            if capitalised(next) && !(big && located) {
                return false;
            }
        }
        if n == 1 {
            let lower = name.to_lowercase();
            let common = zipf(&lower) >= COMMON_ZIPF && best.population < FAMOUS_POPULATION;
            if common && best.kind == PlaceKind::Populated && !located {
                return false;
            }
            // A common word at the start of a sentence is that word.
            if common && sentence_start && best.kind == PlaceKind::Populated {
                return false;
            }
        }
        big || located
    }
}

/// Great-circle distance in kilometres between two (lat, lon) points in degrees.
pub fn haversine(a: (f64, f64), b: (f64, f64)) -> f64 {
    const EARTH_KM: f64 = 6371.0;
    let (la1, la2) = (a.0.to_radians(), b.0.to_radians());
    let (dla, dlo) = ((b.0 - a.0).to_radians(), (b.1 - a.1).to_radians());
    let h = (dla / 2.0).sin().powi(2) + la1.cos() * la2.cos() * (dlo / 2.0).sin().powi(2);
    2.0 * EARTH_KM * h.sqrt().min(1.0).asin()
}

#[cfg(test)]
mod tests;
