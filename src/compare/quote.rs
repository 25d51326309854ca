//! Comparing quotes from one speaker: verbatim (agree), trimmed with words
//! left out or punctuation changed (compatible), or altered with words
//! changed (contradict). Quotes that share too few words are different
//! remarks and are not related.

use serde::Deserialize;

use super::Judgement;
use crate::eval::Verdict;

/// Parameters of a `quote` comparison rule.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuoteParams {
    /// The share of the shorter quote's words, in order, that the longer must
    /// hold for the two to be one remark.
    #[serde(default = "same_remark")]
    pub same_remark: f64,
}

fn same_remark() -> f64 {
    0.6
}

impl Default for QuoteParams {
    fn default() -> Self {
        QuoteParams {
            same_remark: same_remark(),
        }
    }
}

/// The words of a quote, lower case, without punctuation.
pub fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .map(|w| w.replace('’', "'").to_lowercase())
        .filter(|w| w != "'")
        .collect()
}

/// Length of the longest common subsequence of two word lists.
fn common(a: &[String], b: &[String]) -> usize {
    let mut row = vec![0usize; b.len() + 1];
    for x in a {
        let mut diagonal = 0;
        for (j, y) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = if x == y {
                diagonal + 1
            } else {
                row[j + 1].max(row[j])
            };
            diagonal = above;
        }
    }
    row[b.len()]
}

/// Judge two quotes of one speaker; None when they are different remarks.
pub fn judge(a: &str, b: &str, params: &QuoteParams) -> Option<Judgement> {
    let (wa, wb) = (words(a), words(b));
    let shorter = wa.len().min(wb.len());
    if shorter == 0 {
        return None;
    }
    let shared = common(&wa, &wb);
    if wa == wb {
        return Some(Judgement::new(
            Verdict::Agree,
            "quoted word for word".to_string(),
        ));
    }
    if shared == shorter {
        let dropped = wa.len().max(wb.len()) - shorter;
        return Some(Judgement::new(
            Verdict::Compatible,
            format!(
                "the same remark, trimmed ({dropped} words left out; punctuation aside, nothing changed)"
            ),
        ));
    }
    if (shared as f64) / (shorter as f64) >= params.same_remark {
        return Some(Judgement::new(
            Verdict::Contradict,
            format!(
                "the same remark with words changed ({} of {shorter} words in common)",
                shared
            ),
        ));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verbatim_trimmed_and_altered() {
        let p = QuoteParams::default();
        let full = "I have spoken with him. He's given me the authority to do what we need to do, consistent with his guidance. And, you know – if that becomes the case";
        let trimmed = "authority to do what we need to do consistent with his guidance, if that becomes the case";
        assert_eq!(
            judge(full, trimmed, &p).map(|j| j.verdict),
            Some(Verdict::Compatible)
        );
        assert_eq!(
            judge("We will act,", "We will act.", &p).map(|j| j.verdict),
            Some(Verdict::Agree)
        );
        let altered = judge(
            "We are all deeply shocked by the unjust death",
            "We are deeply saddened by the unjust death",
            &p,
        );
        assert_eq!(altered.map(|j| j.verdict), Some(Verdict::Contradict));
        assert!(
            judge(
                "We will rebuild the bridge",
                "Nobody expected the storm to be this bad",
                &p
            )
            .is_none()
        );
    }
}
