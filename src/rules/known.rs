//! Naming rules by id on the command line (`explain RULE`, `--select`,
//! `--ignore`): an id no rule has is an error that says which ids come close
//! and how to list them all.

use crate::error::Error;

/// The usage error for `id`, which names no rule among `known`: the close
/// ids (by edit distance, or one containing the other), then how to list
/// every rule. `what` says where the id was given (`explain`, `--select`).
pub fn unknown<'k>(what: &str, id: &str, known: impl IntoIterator<Item = &'k str>) -> Error {
    let close = close_ids(id, known);
    let hint = if close.is_empty() {
        String::new()
    } else {
        format!("; did you mean {}?", close.join(", "))
    };
    Error::Usage(format!(
        "{what}: no rule has the id {id:?}{hint} (`claimcheck rules` lists every rule)"
    ))
}

/// The ids of `known` close to `id`, sorted: at most a third of its
/// characters (and at least one) edited away, or one holding the other.
fn close_ids<'k>(id: &str, known: impl IntoIterator<Item = &'k str>) -> Vec<&'k str> {
    let id = id.to_lowercase();
    let most = (id.chars().count() / 3).max(1);
    let mut close: Vec<&str> = known
        .into_iter()
        .filter(|k| {
            let k = k.to_lowercase();
            edits(&id, &k) <= most || (id.len() >= 3 && (k.contains(&id) || id.contains(&k)))
        })
        .collect();
    close.sort_unstable();
    close.dedup();
    close
}

/// Levenshtein distance, in characters.
fn edits(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let substitute = diagonal + usize::from(ca != cb);
            diagonal = row[j + 1];
            row[j + 1] = substitute.min(row[j] + 1).min(diagonal + 1);
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edits_count_insertions_deletions_and_substitutions() {
        assert_eq!(edits("times", "times"), 0);
        assert_eq!(edits("tmes", "times"), 1);
        assert_eq!(edits("tims", "times"), 1);
        assert_eq!(edits("kitten", "sitting"), 3);
        assert_eq!(edits("", "abc"), 3);
    }

    #[test]
    fn close_ids_are_near_misspellings_and_containing_ids() {
        let known = [
            "times",
            "running-tolls",
            "running-counts",
            "killed",
            "figures",
        ];
        assert_eq!(close_ids("tmes", known), ["times"]);
        assert_eq!(
            close_ids("running", known),
            ["running-counts", "running-tolls"]
        );
        assert!(close_ids("zzzzzz", known).is_empty());
    }

    #[test]
    fn the_error_names_the_id_the_close_ones_and_the_listing() {
        let message = unknown("explain", "tmes", ["times", "killed"]).to_string();
        assert_eq!(
            message,
            "explain: no rule has the id \"tmes\"; did you mean times? \
             (`claimcheck rules` lists every rule)"
        );
    }
}
