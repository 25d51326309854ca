//! Results said as two figures: scores ("an 88-70 victory", "beat Leeds
//! 3-1", "by a score of 32-14"), records ("Ohio State (10-0)", "moved to
//! 10-0") and shooting lines ("7-for-14 from the field").
//!
//! A `score` rule lists the words that make a pair of figures joined by a
//! hyphen a score (a result noun after it, a verb before it) or a record
//! (words before it, or brackets after a name). A pair with none of them is
//! left alone: "the 2008-09 season", "pages 12-14".

use std::sync::LazyLock;

use regex::Regex;
use serde::Deserialize;

use super::tokens::{Token, phrase_at, phrases};

/// Parameters of a `score` rule.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScoreParams {
    /// Nouns just after a pair that make it a score ("victory", "lead").
    #[serde(default)]
    pub results: Vec<String>,
    /// Words just before a pair that make it a score ("beat", "a score of").
    #[serde(default)]
    pub before: Vec<String>,
    /// Words just before a pair that make it a record ("moved to", "is now").
    #[serde(default)]
    pub records: Vec<String>,
    /// Nouns just after a pair that make it a record ("a 162-139 record",
    /// "a 9-7 season"), over any word before it that would make it a score.
    #[serde(default)]
    pub records_after: Vec<String>,
}

/// The compiled rule.
#[derive(Debug)]
pub struct ScoreRule {
    /// Rule id.
    pub id: String,
    results: Vec<Vec<String>>,
    before: Vec<Vec<String>>,
    records: Vec<Vec<String>>,
    records_after: Vec<Vec<String>>,
}

/// A pair of figures found in a sentence (offsets relative to it).
#[derive(Debug, Clone, PartialEq)]
pub struct ScoreHit {
    /// Evidence start.
    pub start: usize,
    /// Evidence end.
    pub end: usize,
    /// The first figure.
    pub first: u32,
    /// The second figure.
    pub second: u32,
    /// "score", "record" or "shooting".
    pub measure: &'static str,
}

/// "88-70", "10–0", "6-for-11" (each side at most three digits, so years and
/// seasons stay out).
static PAIR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(\d{1,3})\s?(?:[-–]|(?P<for>-for-))\s?(\d{1,3})\b")
        .expect("pair pattern is valid")
});

/// Words that may stand between a score and its result noun ("an 88-70
/// home victory").
const RESULT_REACH: usize = 2;
/// Words that may stand between a verb and its score ("beat visiting
/// Leeds, 3-1").
const VERB_REACH: usize = 4;

impl ScoreRule {
    /// Compile a score rule.
    pub fn new(id: String, params: ScoreParams) -> Self {
        ScoreRule {
            id,
            results: phrases(&params.results),
            before: phrases(&params.before),
            records: phrases(&params.records),
            records_after: phrases(&params.records_after),
        }
    }

    /// True when one of `lists` ends just before token `first`, over at most
    /// `reach` other words.
    fn said_before(
        tokens: &[Token<'_>],
        first: usize,
        lists: &[Vec<String>],
        reach: usize,
    ) -> bool {
        (first.saturating_sub(reach + 4)..first).any(|k| {
            lists.iter().any(|w| {
                phrase_at(tokens, k, w) && k + w.len() <= first && first - (k + w.len()) <= reach
            })
        })
    }

    /// Every score, record and shooting line in `sentence`.
    pub fn find(&self, sentence: &str, tokens: &[Token<'_>]) -> Vec<ScoreHit> {
        let mut hits = Vec::new();
        for c in PAIR.captures_iter(sentence) {
            let (Some(whole), Some(a), Some(b)) = (c.get(0), c.get(1), c.get(3)) else {
                continue;
            };
            let (Ok(first), Ok(second)) = (a.as_str().parse(), b.as_str().parse()) else {
                continue;
            };
            // "Rahman (45-7-2)": a record of wins, losses and draws is no
            // pair; read as two figures it drops the draws.
            let mut rest = sentence[whole.end()..].chars();
            if rest.next() == Some('-') && rest.next().is_some_and(|c| c.is_ascii_digit()) {
                continue;
            }
            // "1.80-85 mark": the first figure is a decimal's fraction.
            let before = &sentence[..whole.start()];
            if let Some(rest) = before.strip_suffix('.')
                && rest.ends_with(|c: char| c.is_ascii_digit())
            {
                continue;
            }
            let start_token = tokens.partition_point(|t| t.end <= whole.start());
            let next = tokens.partition_point(|t| t.start < whole.end());
            if c.name("for").is_some() {
                hits.push(ScoreHit {
                    start: whole.start(),
                    end: whole.end(),
                    first,
                    second,
                    measure: "shooting",
                });
                continue;
            }
            // "Ohio State (10-0)", "The Chiefs (2-13, 1-7 home)": a record
            // in brackets after a name, with others beside it.
            // "(seven years, $140-150 million)" is a sum of money.
            let bracketed = in_brackets_after_name(tokens, start_token, next)
                && !before.ends_with(['$', '£', '€', '¥'])
                && !height_and_weight(&sentence[whole.end()..], first, second);
            // "a 162-139 record", "their disappointing 9-7 season": the noun
            // after the pair counts after an article or an owner (one word
            // may stand between), and not for a span of seasons ("the 08-09
            // season") or a price level ("the 80-85 mark").
            let owned = tokens[start_token.saturating_sub(2)..start_token]
                .iter()
                .any(|t| {
                    matches!(t.lower(), "a" | "an" | "his" | "her" | "its" | "their")
                        || t.text.ends_with(['\'', '’'])
                        || t.text.ends_with("'s")
                        || t.text.ends_with("’s")
                });
            let span_of_years = a.len() == 2 && b.len() == 2 && (first + 1) % 100 == second;
            let record_after = owned
                && !span_of_years
                && self
                    .records_after
                    .iter()
                    .any(|w| phrase_at(tokens, next, w));
            let record = bracketed
                || record_after
                || Self::said_before(tokens, start_token, &self.records, 0);
            let result = (next..(next + RESULT_REACH + 1).min(tokens.len()))
                .any(|k| self.results.iter().any(|w| phrase_at(tokens, k, w)));
            let score = result || Self::said_before(tokens, start_token, &self.before, VERB_REACH);
            let measure = if record {
                "record"
            } else if score {
                "score"
            } else {
                continue;
            };
            hits.push(ScoreHit {
                start: whole.start(),
                end: whole.end(),
                first,
                second,
                measure,
            });
        }
        hits
    }
}

/// True when a pair in brackets is a player's height in feet and inches
/// and a weight in pounds follows it (`after`: "Bell (5-11, 220)", "(6-2,
/// 215 pounds)"), not a record.
fn height_and_weight(after: &str, feet: u32, inches: u32) -> bool {
    static WEIGHT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\s*,\s*(\d{3})\s*(?:pounds|lbs?\.?)?\s*\)").expect("weight pattern is valid")
    });
    (4..=7).contains(&feet)
        && inches <= 11
        && WEIGHT
            .captures(after)
            .and_then(|c| c[1].parse::<u32>().ok())
            .is_some_and(|pounds| (100..=400).contains(&pounds))
}

/// The most tokens between a record and the brackets around it ("(2-13,
/// 1-7 home)").
const BRACKET_REACH: usize = 6;

/// True when the tokens from `start` up to `next` stand inside brackets
/// opened right after a capitalised word, within [`BRACKET_REACH`] tokens
/// either side.
fn in_brackets_after_name(tokens: &[Token<'_>], start: usize, next: usize) -> bool {
    let from = start.saturating_sub(BRACKET_REACH);
    let open = tokens[from..start]
        .iter()
        .rposition(|t| matches!(t.text, "(" | ")"))
        .map(|k| from + k)
        .filter(|&k| tokens[k].text == "(" && k > 0);
    let closes = tokens
        .iter()
        .skip(next)
        .take(BRACKET_REACH)
        .take_while(|t| t.text != "(")
        .any(|t| t.text == ")");
    open.is_some_and(|k| tokens[k - 1].text.starts_with(char::is_uppercase)) && closes
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn rule() -> ScoreRule {
        let strings = |s: &[&str]| s.iter().map(|w| w.to_string()).collect();
        ScoreRule::new(
            "scores".into(),
            ScoreParams {
                results: strings(&["victory", "lead"]),
                before: strings(&["beat", "a score of"]),
                records: strings(&["moved to"]),
                records_after: strings(&["record", "mark", "season"]),
            },
        )
    }

    fn found(text: &str) -> Vec<(String, &'static str)> {
        rule()
            .find(text, &tokenize(text))
            .into_iter()
            .map(|h| (format!("{}-{}", h.first, h.second), h.measure))
            .collect()
    }

    #[test]
    fn pairs_with_a_result_a_verb_or_a_record_word_are_scores_and_records() {
        assert_eq!(found("a 91-73 victory"), [("91-73".into(), "score")]);
        assert_eq!(
            found("they beat Leeds, 3-1, on Friday"),
            [("3-1".into(), "score")]
        );
        assert_eq!(found("Ohio (10-0) hosts Kent"), [("10-0".into(), "record")]);
        assert_eq!(found("they moved to 11-2"), [("11-2".into(), "record")]);
        // A record noun after the pair wins over a verb of scoring before it.
        assert_eq!(
            found("he led the team to a 48-35 record"),
            [("48-35".into(), "record")]
        );
        assert_eq!(
            found("went 7-for-14 from the field"),
            [("7-14".into(), "shooting")]
        );
    }

    #[test]
    fn pairs_without_such_words_are_left_alone() {
        assert!(found("the 2008-09 season and pages 12-14").is_empty());
        assert!(found("below a 1.70-75 mark range").is_empty());
        assert!(found("in their 08-09 season").is_empty());
        assert!(found("near the 80-85 mark").is_empty());
        assert!(found("aged 30-40 years").is_empty());
    }
}
