//! Names reduced for matching across spellings and transliterations:
//! Kataib, Kataeb and Kait'ib; Salahuddin and Salahaddin; Kerbala and
//! Karbala; Deir ez-Zor and Deir al-Zour.
//!
//! A name's [`key`] is its ASCII transliteration in lower case with
//! apostrophes, dots and hyphens dropped (exact lookups); its [`skeleton`]
//! goes further: Arabic articles dropped, letters that transliterations trade
//! merged (k/q/c, j/y, v/w, ph/f, kh/k, ou/u), doubled letters single and
//! every run of vowels one `a`. Two skeletons at most [`close`] apart are
//! one name spelt two ways. Nothing here knows any particular name.

/// Arabic articles written as words of their own ("al-Qaim", "Deir ez-Zor",
/// "Abu Bakr as-Siddiq"): not part of what identifies a name.
const ARTICLES: &[&str] = &[
    "al", "el", "al'", "ad", "ed", "az", "ez", "as", "es", "ash", "esh", "ar", "er", "an", "en",
    "at", "et", "ul", "ud",
];

/// The exact-lookup key: ASCII, lower case, words separated by one space;
/// apostrophes and dots dropped, hyphens are spaces ("Qā’im" → "qaim",
/// "Deir ez-Zor" → "deir ez zor", "St. Louis" → "st louis").
pub fn key(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    key_into(name, &mut out);
    out
}

/// [`key`] written into `out` (cleared first), so a caller that keys many
/// names reuses one buffer.
pub fn key_into(name: &str, out: &mut String) {
    out.clear();
    let mut space = false;
    let mut push = |c: char| {
        if c.is_ascii_alphanumeric() {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.push(c.to_ascii_lowercase());
        } else if !matches!(c, '\'' | '.' | '`') {
            space = true;
        }
    };
    for c in name.chars() {
        if c.is_ascii() {
            push(c);
        } else {
            // A letter outside ASCII by its transliteration ("ā" → "a").
            deunicode::deunicode_char(c)
                .unwrap_or(" ")
                .chars()
                .for_each(&mut push);
        }
    }
}

/// The transliteration skeleton of a name (see the module doc).
pub fn skeleton(name: &str) -> String {
    let mut out = String::new();
    skeleton_of_key(&key(name), &mut out);
    out
}

/// The skeleton of a name already reduced to its [`key`], written into `out`
/// (cleared first).
pub fn skeleton_of_key(key: &str, out: &mut String) {
    out.clear();
    for word in key.split(' ').filter(|w| !ARTICLES.contains(w)) {
        if !out.is_empty() {
            out.push(' ');
        }
        let bytes = word.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            let next = bytes.get(i + 1).copied();
            let (mapped, skip) = match (bytes[i], next) {
                (b'p', Some(b'h')) => ('f', 2),
                (b'k' | b'c', Some(b'h')) => ('k', 2),
                (b'g', Some(b'h')) => ('g', 2),
                (b'd', Some(b'h')) => ('d', 2),
                (b't', Some(b'h')) => ('t', 2),
                (b'q' | b'c', _) => ('k', 1),
                (b'j' | b'y', _) => ('y', 1),
                (b'w' | b'v', _) => ('v', 1),
                (b'z', _) => ('s', 1),
                (b'a' | b'e' | b'i' | b'o' | b'u', _) => ('a', 1),
                (c, _) => (char::from(c), 1),
            };
            i += skip;
            // Doubled letters and runs of vowels are one.
            if !out.ends_with(mapped) {
                out.push(mapped);
            }
        }
    }
    let trimmed = out.trim_end().len();
    out.truncate(trimmed);
}

/// Edit distance (insertions, deletions, substitutions) of two short
/// strings, stopping early once it passes `limit`.
pub fn distance(a: &str, b: &str, limit: usize) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a.len().abs_diff(b.len()) > limit {
        return limit + 1;
    }
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        let mut best = row[0];
        for (j, cb) in b.iter().enumerate() {
            let substitute = previous + usize::from(ca != cb);
            previous = row[j + 1];
            row[j + 1] = substitute.min(row[j] + 1).min(row[j + 1] + 1);
            best = best.min(row[j + 1]);
        }
        if best > limit {
            return limit + 1;
        }
    }
    row[b.len()]
}

/// True when two names are one name spelt two ways: the same skeleton, or
/// skeletons of five letters or more one edit apart. Figures are never
/// spelt two ways: "115th Street" is not "117th Street".
pub fn close(a: &str, b: &str) -> bool {
    let digits = |s: &str| s.chars().filter(char::is_ascii_digit).collect::<String>();
    if digits(a) != digits(b) {
        return false;
    }
    let (x, y) = (skeleton(a), skeleton(b));
    if x.is_empty() || y.is_empty() {
        return false;
    }
    x == y || (x.len().min(y.len()) >= 5 && distance(&x, &y, 1) <= 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_drop_diacritics_apostrophes_and_dots() {
        assert_eq!(key("Al Qā’im"), "al qaim");
        assert_eq!(key("Deir ez-Zor"), "deir ez zor");
        assert_eq!(key("St. Louis"), "st louis");
        assert_eq!(key("Jabālyā"), "jabalya");
    }

    #[test]
    fn transliterations_share_a_skeleton() {
        assert_eq!(skeleton("Kataib Hezbollah"), skeleton("Kataeb Hezbollah"));
        assert_eq!(skeleton("Kataib Hezbollah"), skeleton("Kait'ib Hezbollah"));
        assert_eq!(skeleton("Kerbala"), skeleton("Karbala"));
        assert_eq!(skeleton("Deir ez-Zor"), skeleton("Deir al-Zour"));
        assert_eq!(skeleton("al-Qaem"), skeleton("Qaim"));
        assert_eq!(skeleton("al-Muhandis"), skeleton("al-Mouhandis"));
        assert_eq!(skeleton("Salahuddin"), skeleton("Salahaddin"));
    }

    #[test]
    fn names_with_other_figures_are_never_close() {
        assert!(!close("115th Street", "117th Street"));
        assert!(!close("Route 9", "Route 8"));
        assert!(close("Kataib Hezbollah 2", "Kataeb Hezbollah 2"));
    }

    #[test]
    fn one_letter_apart_is_close_only_for_long_names() {
        assert!(close("Alexis Kouyias", "Alexis Kougias"));
        assert!(close("Salaluddin", "Salahaddin"));
        assert!(close("Vassilis Saraliotis", "Vassilios Saraliotis"));
        assert!(!close("Ravi Singh", "Manpreet Singh"));
        assert!(!close("Lu", "Su"));
        assert!(!close("Korkoneas", "Saraliotis"));
    }

    #[test]
    fn distance_counts_edits_and_stops_past_its_limit() {
        assert_eq!(distance("kitten", "sitting", 5), 3);
        assert_eq!(distance("abc", "abc", 0), 0);
        assert_eq!(distance("a", "abcdef", 1), 2);
    }
}
