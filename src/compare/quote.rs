//! Comparing quotes from one speaker: verbatim (agree), trimmed with words
//! left out or punctuation changed (compatible), or altered with words
//! changed (contradict). Quotes that share too few words are different
//! remarks and are not related.

use std::sync::LazyLock;

use regex::Regex;
use serde::Deserialize;

use super::Judgement;
use crate::normalize::words::spelled;
use crate::verdict::Verdict;

/// Parameters of a `quote` comparison rule.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuoteParams {
    /// The share of the shorter quote's words, in order, that the longer must
    /// hold for the two to be one remark.
    #[serde(default = "same_remark")]
    pub same_remark: f64,
    /// The verdict for one remark in other words (translations differ).
    #[serde(default = "reworded")]
    pub reworded: Verdict,
    /// Words whose change alters the meaning ("not", "never"): a remark with
    /// one of them added, dropped or a figure changed contradicts.
    #[serde(default)]
    pub meaning_words: Vec<String>,
    /// Quotes of fewer words are phrases ("felt a loss", "routine staff
    /// questions"), too short to tell one remark from another unless the
    /// longer quote holds them word for word.
    #[serde(default = "min_words")]
    pub min_words: usize,
}

fn min_words() -> usize {
    4
}

fn reworded() -> Verdict {
    Verdict::Compatible
}

fn same_remark() -> f64 {
    0.6
}

impl Default for QuoteParams {
    fn default() -> Self {
        QuoteParams {
            same_remark: same_remark(),
            reworded: reworded(),
            meaning_words: ["not", "no", "never", "n't"].map(String::from).to_vec(),
            min_words: min_words(),
        }
    }
}

/// Length of the longest common subsequence of `a` and each prefix of `b`
/// (`b[..j]` at index `j`).
fn common_by_prefix<T: PartialEq>(a: &[T], b: &[T]) -> Vec<usize> {
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
    row
}

/// Length of the longest common subsequence of two word lists.
fn common(a: &[String], b: &[String]) -> usize {
    common_by_prefix(a, b)[b.len()]
}

/// The stretch of `long` that the words it shares with `short` lie in: from
/// the latest start to the earliest end that still hold them all. What the
/// longer quote says beyond it is not what the shorter one quotes.
fn aligned<'a>(short: &[String], long: &'a [String]) -> &'a [String] {
    let forward = common_by_prefix(short, long);
    let shared = forward[long.len()];
    let end = forward
        .iter()
        .position(|&n| n == shared)
        .unwrap_or(long.len());
    let short_back: Vec<&String> = short.iter().rev().collect();
    let long_back: Vec<&String> = long.iter().rev().collect();
    let backward = common_by_prefix(&short_back, &long_back);
    let from_end = backward
        .iter()
        .position(|&n| n == shared)
        .unwrap_or(long.len());
    let start = long.len() - from_end;
    if start < end { &long[start..end] } else { long }
}

/// Where each sentence of `text` starts, as an index into its
/// [`spelled`] words, the last entry being the word count: a sentence ends
/// at a full stop, question or exclamation mark (and any closing mark)
/// before a space and a capital, unless the stop is a title's ("Mr. Pike",
/// abbreviations.tsv).
fn sentence_starts(text: &str) -> Vec<usize> {
    static SENTENCE_END: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r#"[.!?]["”’')]*\s+"#).expect("sentence end pattern is valid"));
    let mut starts = vec![0];
    let mut words = 0;
    let mut from = 0;
    for stop in SENTENCE_END.find_iter(text) {
        let capital_next = text[stop.end()..].starts_with(|c: char| !c.is_lowercase());
        let word_before = text[..stop.start()]
            .rsplit(|c: char| c.is_whitespace())
            .next()
            .unwrap_or("")
            .to_lowercase();
        let title = crate::language::ABBREVIATIONS.field(&word_before, 1) == Some("never");
        if capital_next && !title {
            words += spelled(&text[from..stop.end()]).len();
            starts.push(words);
            from = stop.end();
        }
    }
    starts.push(words + spelled(&text[from..]).len());
    starts
}

/// True when the two quotes are the same words, or one is a run of the
/// other's: one remark, whoever the text says said it.
pub fn same_words(a: &str, b: &str) -> bool {
    let (wa, wb) = (spelled(a), spelled(b));
    let (short, long) = if wa.len() <= wb.len() {
        (&wa, &wb)
    } else {
        (&wb, &wa)
    };
    !short.is_empty() && long.windows(short.len()).any(|w| w == short.as_slice())
}

/// Judge two quotes of one speaker; None when they are different remarks.
pub fn judge(a: &str, b: &str, params: &QuoteParams) -> Option<Judgement> {
    let (wa, wb) = (spelled(a), spelled(b));
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
    if (shared as f64) / (shorter as f64) < params.same_remark {
        return None;
    }
    // One quote is a run of the other's words: a cut, whatever the longer
    // one says beyond it ("… not a truce", "… by May 4").
    let (short, long, long_text) = if wa.len() <= wb.len() {
        (&wa, &wb, b)
    } else {
        (&wb, &wa, a)
    };
    let runs: Vec<usize> = long
        .windows(short.len())
        .enumerate()
        .filter(|(_, w)| *w == short.as_slice())
        .map(|(at, _)| at)
        .collect();
    // Whole sentences of the longer quote, word for word: the same words
    // quoted, where the other quote goes on with more sentences. (Its
    // sentences are read only where the shorter quote runs inside it.)
    let whole_sentences = !runs.is_empty() && {
        let starts = sentence_starts(long_text);
        runs.iter()
            .any(|at| starts.contains(at) && starts.contains(&(at + short.len())))
    };
    if whole_sentences {
        return Some(Judgement::new(
            Verdict::Agree,
            format!(
                "quoted word for word (whole sentences of a longer quote, which goes on for {} words)",
                long.len() - short.len()
            ),
        ));
    }
    if !runs.is_empty() {
        return Some(Judgement::new(
            Verdict::Compatible,
            format!(
                "the same remark, cut ({} words left out; the words quoted are the same)",
                long.len() - short.len()
            ),
        ));
    }
    // A phrase of a few words is one remark with another only as its cut.
    if shorter < params.min_words {
        return None;
    }
    let negation = |w: &String| params.meaning_words.contains(w) || w.ends_with("n't");
    let figure = |w: &String| w.chars().all(|c| c.is_ascii_digit());
    // Only the stretch each quote shares with the other can change its
    // meaning: a "not" in a sentence the other leaves out is no negation
    // of it, whichever end of the remark the other quote stops at.
    let long = aligned(short, long);
    let short = aligned(long, short);
    if short == long {
        return Some(Judgement::new(
            Verdict::Compatible,
            format!(
                "the same remark, quoted in parts that overlap ({} words in common, the same words)",
                short.len()
            ),
        ));
    }
    // A negation said two ways ("don't have any" and "have no") is the same
    // sense: only a negation one quote has and the other lacks changes it,
    // or a figure where both give figures ("12" for "15", "9:30" for "9").
    // Figures only one quote gives ("my answer on March 17" against "the
    // answer") add to it.
    let negated_once = short.iter().any(negation) != long.iter().any(negation);
    let only = |x: &[String], y: &[String]| -> Vec<String> {
        x.iter().filter(|w| !y.contains(w)).cloned().collect()
    };
    let (in_short, in_long) = (only(short, long), only(long, short));
    let figure_put_for_another = short.iter().any(figure) && long.iter().any(figure);
    let changed: Vec<&str> = in_short
        .iter()
        .chain(&in_long)
        .filter(|w| (figure_put_for_another && figure(w)) || (negated_once && negation(w)))
        .map(String::as_str)
        .collect();
    if !changed.is_empty() {
        return Some(Judgement::new(
            Verdict::Contradict,
            format!(
                "the same remark with its meaning changed ({} differs)",
                changed.join(", ")
            ),
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
    Some(Judgement::new(
        params.reworded,
        format!(
            "the same remark in other words ({shared} of {shorter} words in common), as translations differ"
        ),
    ))
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
        // Whole sentences of a longer quote are quoted word for word; a cut
        // inside a sentence is only trimmed.
        let speech =
            "The plant is safe. We will reopen it in May. Nobody was hurt. Mr. Pike is right.";
        for (part, verdict) in [
            ("We will reopen it in May.", Verdict::Agree),
            ("The plant is safe.", Verdict::Agree),
            ("We will reopen it in May. Nobody was hurt.", Verdict::Agree),
            ("We will reopen it", Verdict::Compatible),
            (
                "plant is safe. We will reopen it in May.",
                Verdict::Compatible,
            ),
            // A title's stop ends no sentence.
            ("Pike is right.", Verdict::Compatible),
        ] {
            assert_eq!(
                judge(speech, part, &p).map(|j| j.verdict),
                Some(verdict),
                "{part}"
            );
        }
        let reworded = judge(
            "We are all deeply shocked by the unjust death",
            "We are deeply saddened by the unjust death",
            &p,
        );
        assert_eq!(reworded.map(|j| j.verdict), Some(Verdict::Compatible));
        let negated = judge(
            "We will act on this at once",
            "We will not act on this at once",
            &p,
        );
        assert_eq!(negated.map(|j| j.verdict), Some(Verdict::Contradict));
        // A cut of a longer remark leaves out what the longer one says
        // beyond it, negations and figures included.
        assert_eq!(
            judge(
                "a lasting peace",
                "We want a lasting peace by May 4, not a truce",
                &p
            )
            .map(|j| j.verdict),
            Some(Verdict::Compatible)
        );
        // A negation beyond the stretch the shorter quote matches negates
        // nothing it quotes.
        let beyond = judge(
            "We acted at once and did well. It was not easy",
            "We acted quickly at once",
            &p,
        );
        assert_eq!(beyond.map(|j| j.verdict), Some(Verdict::Compatible));
        let within = judge(
            "We acted at once and did well. It was not easy",
            "We never acted at once and did well",
            &p,
        );
        assert_eq!(within.map(|j| j.verdict), Some(Verdict::Contradict));
        // Spelling is not meaning: a contraction, a clock's zero minutes.
        assert_eq!(
            judge("He would not go", "He wouldn't go", &p).map(|j| j.verdict),
            Some(Verdict::Agree)
        );
        assert_eq!(
            judge(
                "The shop shut at 9 p.m. sharp",
                "The shop shut at 9:00 p.m. sharp",
                &p
            )
            .map(|j| j.verdict),
            Some(Verdict::Agree)
        );
        assert_eq!(
            judge(
                "The shop shut at 9 p.m. sharp",
                "The shop shut at 9:30 p.m. sharp",
                &p
            )
            .map(|j| j.verdict),
            Some(Verdict::Contradict)
        );
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
