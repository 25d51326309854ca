//! A finding's fingerprint: what the finding is, not where it is. Made of
//! the rule's id and, for each side, the file's path, the evidence text and
//! its excerpt (the evidence in its sentence, at most 200 bytes either
//! side), the two sides sorted so their order does not count; never line
//! numbers or offsets, so an edit elsewhere in a file keeps it. SARIF's
//! `partialFingerprints` (`claimcheck/v1`) and the baseline file both use it.

use super::claims::Excerpt;
use crate::claim::Claim;
use crate::compare::Relation;
use crate::corpus::Corpus;

/// One side of a finding as its fingerprint sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Side<'s> {
    /// The article's path, as the report shows it.
    pub path: &'s str,
    /// The evidence text.
    pub evidence: &'s str,
    /// The evidence's excerpt text.
    pub excerpt: &'s str,
}

/// The fingerprint of a finding of rule `rule` between sides `a` and `b`:
/// 16 lowercase hexadecimal digits, the same on every platform and run.
pub fn of(rule: &str, a: Side<'_>, b: Side<'_>) -> String {
    let (first, second) = if a <= b { (a, b) } else { (b, a) };
    fnv1a(&[
        rule,
        first.path,
        first.evidence,
        first.excerpt,
        second.path,
        second.evidence,
        second.excerpt,
    ])
}

/// The fingerprint of `relation` between two of `claims` of `corpus`, as
/// [`of`] computes it from a report's views.
pub fn of_relation(corpus: &Corpus, claims: &[Claim], relation: &Relation) -> String {
    let side = |claim: &Claim| {
        let doc = corpus.get(claim.span.doc);
        let excerpt = Excerpt::new(&doc.text, claim.sentence, claim.span).text();
        (doc.path.as_str(), claim.span.slice(&doc.text), excerpt)
    };
    let (a, b) = (side(&claims[relation.a]), side(&claims[relation.b]));
    of(
        &relation.rule,
        Side {
            path: a.0,
            evidence: a.1,
            excerpt: &a.2,
        },
        Side {
            path: b.0,
            evidence: b.1,
            excerpt: &b.2,
        },
    )
}

/// 64-bit FNV-1a over the parts, each ended by a NUL byte, as hex: a small
/// stable hash (the same on every platform and every run, unlike the
/// standard library's).
fn fnv1a(parts: &[&str]) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for &b in part.as_bytes().iter().chain(&[0u8]) {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    format!("{hash:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnv1a_is_stable_and_tells_parts_apart() {
        // No bytes hashed: the offset basis.
        assert_eq!(fnv1a(&[]), "cbf29ce484222325");
        assert_eq!(fnv1a(&["ab", "c"]), fnv1a(&["ab", "c"]));
        assert_ne!(fnv1a(&["ab", "c"]), fnv1a(&["a", "bc"]));
    }

    #[test]
    fn the_order_of_the_sides_does_not_count() {
        let a = Side {
            path: "a.txt",
            evidence: "14",
            excerpt: "arrested 14",
        };
        let b = Side {
            path: "b.txt",
            evidence: "nine",
            excerpt: "arrested nine",
        };
        assert_eq!(of("figures", a, b), of("figures", b, a));
        assert_ne!(of("figures", a, b), of("counts", a, b));
    }
}
