//! The bundled place table (`rules/lexicon/gazetteer/places.tsv`, built
//! from GeoNames by the script beside it) read into [`Place`]s and name
//! indexes, once per run.

use std::collections::HashMap;

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

/// The parsed table with its indexes.
#[derive(Debug, Default)]
pub struct Table {
    /// Every place, in table order.
    pub places: Vec<Place>,
    /// Exact key ([`skeleton::key`]) of every name and alternate name →
    /// places, most populous first.
    pub names: HashMap<String, Vec<u32>>,
    /// Skeleton of every name → places, most populous first: built on the
    /// first loose lookup, since most runs never need it.
    skeletons: std::sync::OnceLock<HashMap<String, Vec<u32>>>,
    /// Region code → the region's place.
    pub regions: HashMap<&'static str, u32>,
    /// Country code → the country's place.
    pub countries: HashMap<&'static str, u32>,
    /// Longest name in words, so the matcher knows how far to look.
    pub longest: usize,
    /// Id → place.
    pub ids: HashMap<&'static str, u32>,
}

impl Table {
    /// Read `text` (the table's format); malformed lines are skipped, so a
    /// broken table gives fewer places, never a panic.
    pub fn parse(text: &'static str) -> Table {
        let mut table = Table::default();
        for line in text.lines().filter(|l| !l.starts_with('#')) {
            let f: Vec<&'static str> = line.split('\t').collect();
            if f.len() < 11 {
                continue;
            }
            let kind = match f[1] {
                "P" => PlaceKind::Populated,
                "A" => PlaceKind::Region,
                "C" => PlaceKind::Country,
                _ => continue,
            };
            let (Ok(lat), Ok(lon)) = (f[6].parse::<f32>(), f[7].parse::<f32>()) else {
                continue;
            };
            let index = table.places.len() as u32;
            table.ids.insert(f[0], index);
            table.places.push(Place {
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
            });
            match kind {
                PlaceKind::Region => {
                    table.regions.insert(f[4], index);
                }
                PlaceKind::Country => {
                    table.countries.insert(f[3], index);
                }
                PlaceKind::Populated => {}
            }
            let alternates = f[10].split('|').filter(|a| !a.is_empty());
            for name in std::iter::once(f[2]).chain(alternates) {
                let key = skeleton::key(name);
                if key.is_empty() {
                    continue;
                }
                table.longest = table.longest.max(key.split(' ').count());
                push(&mut table.names, key, index);
            }
        }
        let places = &table.places;
        for list in table.names.values_mut() {
            list.sort_by_key(|i| rank(&places[*i as usize]));
            list.dedup();
        }
        table
    }
}

impl Table {
    /// The skeleton index, built once from the names index.
    pub fn skeletons(&self) -> &HashMap<String, Vec<u32>> {
        self.skeletons.get_or_init(|| {
            let mut map: HashMap<String, Vec<u32>> = HashMap::new();
            for (key, places) in &self.names {
                let list = map.entry(skeleton::skeleton(key)).or_default();
                list.extend(places);
            }
            for list in map.values_mut() {
                list.sort_by_key(|i| rank(&self.places[*i as usize]));
                list.dedup();
            }
            map
        })
    }
}

/// Countries and regions before towns of their name; then size.
fn rank(
    p: &Place,
) -> (
    std::cmp::Reverse<bool>,
    std::cmp::Reverse<bool>,
    std::cmp::Reverse<u64>,
) {
    (
        std::cmp::Reverse(p.kind == PlaceKind::Country),
        std::cmp::Reverse(p.kind == PlaceKind::Region),
        std::cmp::Reverse(p.population),
    )
}

fn push(map: &mut HashMap<String, Vec<u32>>, key: String, index: u32) {
    let list = map.entry(key).or_default();
    if list.last() != Some(&index) {
        list.push(index);
    }
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
        assert_eq!(t.names.get("qaim").map(Vec::len), Some(1));
        assert_eq!(t.names.get("al qaim").map(Vec::len), Some(1));
        assert!(t.skeletons().contains_key(&skeleton::skeleton("al-Qaem")));
        assert_eq!(t.regions.get("IQ.01"), Some(&1));
        assert_eq!(t.countries.get("IQ"), Some(&2));
    }

    #[test]
    fn the_bundled_table_knows_places_in_their_spellings() {
        let t = Table::parse(TABLE);
        assert!(t.places.len() > 100_000, "{} places", t.places.len());
        for name in ["Kerbala", "Karbala", "Deir al-Zour", "Jabalya", "Sunnyvale"] {
            assert!(
                t.names.contains_key(&skeleton::key(name)),
                "{name} is not in the table"
            );
        }
    }
}
