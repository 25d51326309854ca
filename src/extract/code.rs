//! Numbers that name rather than count: telephone numbers ("call police on
//! 0800 555 0123"), which outlets print for appeals and sometimes misprint.
//!
//! A `code` rule gives the measure and the patterns (regular expressions) of
//! its numbers; the value is the number's digits, so "0800 555 111" and
//! "0800 555111" are one number. Its digits are never counts.

use regex::Regex;
use serde::Deserialize;

/// Parameters of a `code` rule.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CodeParams {
    /// What the numbers are ("phone number").
    pub measure: String,
    /// Regular expressions, each matching one way of writing such a number.
    pub patterns: Vec<String>,
}

/// The compiled rule.
#[derive(Debug)]
pub struct CodeRule {
    /// Rule id.
    pub id: String,
    /// What the numbers are.
    pub measure: String,
    patterns: Vec<Regex>,
}

/// A number found in a sentence (offsets relative to it).
#[derive(Debug, Clone, PartialEq)]
pub struct CodeHit {
    /// Evidence start.
    pub start: usize,
    /// Evidence end.
    pub end: usize,
    /// Its digits.
    pub digits: String,
}

impl CodeRule {
    /// Compile a code rule.
    pub fn new(id: String, params: CodeParams) -> Result<Self, regex::Error> {
        let patterns = params
            .patterns
            .iter()
            .map(|p| Regex::new(p))
            .collect::<Result<_, _>>()?;
        Ok(CodeRule {
            id,
            measure: params.measure,
            patterns,
        })
    }

    /// Every such number in `sentence`, in text order, without overlaps.
    pub fn find(&self, sentence: &str) -> Vec<CodeHit> {
        let mut found: Vec<(usize, usize)> = self
            .patterns
            .iter()
            .flat_map(|p| p.find_iter(sentence).map(|m| (m.start(), m.end())))
            .collect();
        found.sort_by_key(|&(s, e)| (s, std::cmp::Reverse(e)));
        let mut hits: Vec<CodeHit> = Vec::new();
        for (start, end) in found {
            if hits.last().is_some_and(|h| start < h.end) {
                continue;
            }
            let digits: String = sentence[start..end]
                .chars()
                .filter(char::is_ascii_digit)
                .collect();
            hits.push(CodeHit { start, end, digits });
        }
        hits
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_written_with_and_without_spaces_have_one_value() {
        let rule = CodeRule::new(
            "phone".into(),
            CodeParams {
                measure: "phone number".into(),
                patterns: vec![r"\b0\d{3,4}[ -]?\d{3}[ -]?\d{3,4}\b".into()],
            },
        )
        .expect("compiles");
        let text = "Call 0800 555 111 or 0800 555111, not 2,000 people.";
        let digits: Vec<String> = rule.find(text).into_iter().map(|h| h.digits).collect();
        assert_eq!(digits, ["0800555111", "0800555111"]);
    }
}
