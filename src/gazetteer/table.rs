//! The bundled place table (`rules/lexicon/gazetteer/places.tsv`, built
//! from GeoNames by the script beside it) read into [`Place`]s and name
//! indexes, once per run.

use crate::FastMap;
use crate::normalize::skeleton;

/// The table, compiled in: one place a line (see `build.py` for columns).
pub const TABLE: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/rules/lexicon/gazetteer/places.tsv"
));

/// What a place is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PlaceKind {
    /// A city, town, village or neighbourhood.
    Populated,
    /// A first-level region (a state, province, governorate).
    Region,
    /// A country.
    Country,
}

/// One place of the gazetteer. Strings borrow the compiled-in table.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    /// GeoNames id for a populated place, `A` and the region code for a
    /// region ("AIT.15"), `C` and the ISO code for a country ("CEG").
    pub id: &'static str,
    /// What it is.
    pub kind: PlaceKind,
    /// Its GeoNames name.
    pub name: &'static str,
    /// ISO 3166 code of its country.
    pub country: &'static str,
    /// Its first-level region's code ("IT.15"), empty for a country.
    pub admin1: &'static str,
    /// Its second-level region's name, where known ("Surrey").
    pub admin2: &'static str,
    /// Latitude in degrees.
    pub lat: f32,
    /// Longitude in degrees.
    pub lon: f32,
    /// People living there.
    pub population: u64,
    /// Its IANA time zone, where the table gives one.
    pub zone: &'static str,
}

/// Names reduced to a 64-bit hash of their key, each with the places that
/// bear it: a lookup is one probe, with no string kept per name. Two keys of
/// the table sharing a hash (about one chance in 10^8 over the whole table)
/// would share their places; nothing else can go wrong.
#[derive(Debug, Default)]
pub struct NameIndex {
    /// Key hash → where its places lie in `places`.
    ranges: FastMap<u64, (u32, u32)>,
    /// The places of every name, each name's together, most likely first.
    places: Vec<u32>,
}

impl NameIndex {
    /// Index `(key hash, place)` pairs; `rank` orders the places of one name.
    fn new(mut pairs: Vec<(u64, u32)>, rank: impl Fn(u32) -> Rank) -> NameIndex {
        pairs.sort_unstable_by_key(|&(hash, place)| (hash, rank(place), place));
        pairs.dedup();
        let mut index = NameIndex {
            places: Vec::with_capacity(pairs.len()),
            ..NameIndex::default()
        };
        for (hash, place) in pairs {
            let at = index.places.len() as u32;
            index.places.push(place);
            index.ranges.entry(hash).or_insert((at, at)).1 = at + 1;
        }
        index
    }

    /// The places of the name whose key is `key`, most likely first.
    pub fn get(&self, key: &str) -> &[u32] {
        self.ranges
            .get(&hash(key))
            .map_or(&[], |&(from, to)| &self.places[from as usize..to as usize])
    }
}

fn hash(key: &str) -> u64 {
    use std::hash::BuildHasher;
    foldhash::fast::FixedState::default().hash_one(key)
}

/// The parsed table with its indexes.
#[derive(Debug, Default)]
pub struct Table {
    /// Every place, in table order.
    pub places: Vec<Place>,
    /// Exact key ([`skeleton::key`]) of every name and alternate name →
    /// places, most populous first.
    pub names: NameIndex,
    /// Transliteration skeleton of every name → places, most populous first.
    pub skeletons: NameIndex,
    /// Region code → the region's place.
    pub regions: FastMap<&'static str, u32>,
    /// Country code → the country's place.
    pub countries: FastMap<&'static str, u32>,
    /// Longest name in words, so the matcher knows how far to look.
    pub longest: usize,
    /// Id → place.
    pub ids: FastMap<&'static str, u32>,
}

/// One line of the table, read: the place and, for each of its names, the
/// hashes of its key and skeleton and its length in words.
struct Row {
    place: Place,
    names: Vec<(u64, u64, usize)>,
}

impl Row {
    fn parse(line: &'static str) -> Option<Row> {
        let f: Vec<&'static str> = line.split('\t').collect();
        if f.len() < 11 {
            return None;
        }
        let kind = match f[1] {
            "P" => PlaceKind::Populated,
            "A" => PlaceKind::Region,
            "C" => PlaceKind::Country,
            _ => return None,
        };
        let (Ok(lat), Ok(lon)) = (f[6].parse::<f32>(), f[7].parse::<f32>()) else {
            return None;
        };
        let (mut key, mut bones) = (String::new(), String::new());
        let alternates = f[10].split('|').filter(|a| !a.is_empty());
        let names = std::iter::once(f[2])
            .chain(alternates)
            .filter_map(|name| {
                skeleton::key_into(name, &mut key);
                skeleton::skeleton_of_key(&key, &mut bones);
                let words = key.split(' ').count();
                (!key.is_empty()).then(|| (hash(&key), hash(&bones), words))
            })
            .collect();
        let place = Place {
            id: f[0],
            kind,
            name: f[2],
            country: f[3],
            admin1: f[4],
            admin2: f[5],
            lat,
            lon,
            population: f[8].parse().unwrap_or(0),
            zone: f[9],
        };
        Some(Row { place, names })
    }
}

impl Table {
    /// Read `text` (the table's format), its lines in parallel; malformed
    /// lines are skipped, so a broken table gives fewer places, never a
    /// panic.
    pub fn parse(text: &'static str) -> Table {
        use rayon::prelude::*;
        let lines: Vec<&'static str> = text.lines().filter(|l| !l.starts_with('#')).collect();
        let rows: Vec<Row> = lines.par_iter().filter_map(|l| Row::parse(l)).collect();
        let mut table = Table {
            places: Vec::with_capacity(rows.len()),
            ..Table::default()
        };
        let names = rows.iter().map(|row| row.names.len()).sum();
        let (mut keys, mut skeletons) = (Vec::with_capacity(names), Vec::with_capacity(names));
        for (index, row) in rows.into_iter().enumerate() {
            let index = index as u32;
            let place = row.place;
            table.ids.insert(place.id, index);
            match place.kind {
                PlaceKind::Region => {
                    table.regions.insert(place.admin1, index);
                }
                PlaceKind::Country => {
                    table.countries.insert(place.country, index);
                }
                PlaceKind::Populated => {}
            }
            for (key, bones, words) in row.names {
                table.longest = table.longest.max(words);
                keys.push((key, index));
                skeletons.push((bones, index));
            }
            table.places.push(place);
        }
        let places = &table.places;
        let rank = |i: u32| rank(&places[i as usize]);
        let (names, skeletons) = rayon::join(
            || NameIndex::new(keys, rank),
            || NameIndex::new(skeletons, rank),
        );
        table.names = names;
        table.skeletons = skeletons;
        table
    }
}

/// How likely a place is the one its name means: see [`rank`].
type Rank = (
    std::cmp::Reverse<bool>,
    std::cmp::Reverse<bool>,
    std::cmp::Reverse<u64>,
);

/// Countries and regions before towns of their name; then size.
fn rank(p: &Place) -> Rank {
    (
        std::cmp::Reverse(p.kind == PlaceKind::Country),
        std::cmp::Reverse(p.kind == PlaceKind::Region),
        std::cmp::Reverse(p.population),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "# a comment\n\
        1\tP\tQā’im\tIQ\tIQ.01\t\t34.39\t40.98\t74100\tAsia/Baghdad\tAl Qaim|Qaem\n\
        AIQ.01\tA\tAnbar\tIQ\tIQ.01\t\t33.0\t42.0\t1000000\tAsia/Baghdad\t\n\
        CIQ\tC\tIraq\tIQ\t\t\t33.6\t44.7\t38000000\tAsia/Baghdad\t\n\
        broken line\n";

    #[test]
    fn names_and_alternates_are_indexed_by_key_and_skeleton() {
        let t = Table::parse(SAMPLE);
        assert_eq!(t.places.len(), 3);
        assert_eq!(t.names.get("qaim").len(), 1);
        assert_eq!(t.names.get("al qaim").len(), 1);
        assert!(t.names.get("qaimx").is_empty());
        assert_eq!(t.skeletons.get(&skeleton::skeleton("al-Qaem")), [0]);
        assert_eq!(t.regions.get("IQ.01"), Some(&1));
        assert_eq!(t.countries.get("IQ"), Some(&2));
    }

    #[test]
    fn the_bundled_table_knows_places_in_their_spellings() {
        let t = Table::parse(TABLE);
        assert!(t.places.len() > 100_000, "{} places", t.places.len());
        for name in ["Kerbala", "Karbala", "Deir al-Zour", "Jabalya", "Sunnyvale"] {
            assert!(
                !t.names.get(&skeleton::key(name)).is_empty(),
                "{name} is not in the table"
            );
        }
    }
}
