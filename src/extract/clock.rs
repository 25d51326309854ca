//! Game clocks: the time left in a period of a match ("with 7:42 left in
//! the first half", "with 7 minutes 41 seconds to go", "with 14:05
//! remaining") and the middle of a period ("midway through the second
//! quarter").
//!
//! A `clock` rule lists the words that say the time is what is left
//! ("left", "remaining", "to go"), the periods of a match ("half",
//! "quarter", "period") and the words for the middle of one ("midway
//! through"). A clock reading is a moment of one match, never a time of day
//! or a count: "3:27" here is three minutes and 27 seconds.

use regex::Regex;
use serde::Deserialize;

/// Parameters of a `clock` rule.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClockParams {
    /// Words after a clock reading that make it the time left ("left",
    /// "to go").
    pub left: Vec<String>,
    /// The periods of a match ("half", "quarter", "period").
    pub periods: Vec<String>,
    /// Words before a period that name its middle ("midway through").
    pub middle: Vec<String>,
}

/// The compiled rule.
#[derive(Debug)]
pub struct ClockRule {
    /// Rule id.
    pub id: String,
    left: Regex,
    middle: Regex,
}

/// A clock reading found in a sentence (offsets relative to it).
#[derive(Debug, Clone, PartialEq)]
pub struct ClockHit {
    /// Evidence start.
    pub start: usize,
    /// Evidence end.
    pub end: usize,
    /// The period ("first half", "third quarter", "overtime"), where said.
    pub period: Option<String>,
    /// Seconds left in it, for a reading.
    pub left: Option<u32>,
}

/// Ordinals of periods, as written and as shown.
const ORDINALS: [(&str, &str); 9] = [
    ("1st", "first"),
    ("2nd", "second"),
    ("3rd", "third"),
    ("4th", "fourth"),
    ("first", "first"),
    ("second", "second"),
    ("third", "third"),
    ("fourth", "fourth"),
    ("final", "final"),
];

/// `words` as one alternation of escaped phrases, longest first.
fn alternation(words: &[String]) -> String {
    let mut words: Vec<&String> = words.iter().collect();
    words.sort_by_key(|w| std::cmp::Reverse(w.len()));
    let escaped: Vec<String> = words
        .iter()
        .map(|w| regex::escape(w).replace(' ', r"\s+"))
        .collect();
    format!("(?:{})", escaped.join("|"))
}

impl ClockRule {
    /// Compile a clock rule.
    pub fn new(id: String, params: ClockParams) -> Result<Self, regex::Error> {
        let ordinals: Vec<String> = ORDINALS.iter().map(|(w, _)| w.to_string()).collect();
        let period = format!(
            r"(?P<period>{}\s+{}|overtime)",
            alternation(&ordinals),
            alternation(&params.periods)
        );
        let reading = r"(?:(?P<mm>\d{1,2}):(?P<ss>[0-5]\d)(?:\.\d)?(?:\s+minutes?)?|(?P<min>\d{1,2})\s+minutes?(?:,?\s+(?:and\s+)?(?P<sec>\d{1,2})\s+seconds?)?|(?P<s>\d{1,2})(?:\.\d)?\s+seconds?)";
        let left = Regex::new(&format!(
            r"(?i)\bwith\s+(?:just\s+|only\s+)?{reading}\s+{}(?:\s+(?:in|of)\s+(?:the\s+)?{period})?\b",
            alternation(&params.left)
        ))?;
        let middle = Regex::new(&format!(
            r"(?i)\b{}\s+(?:the\s+)?{period}\b",
            alternation(&params.middle)
        ))?;
        Ok(ClockRule { id, left, middle })
    }

    /// Every game clock reading and middle of a period in `sentence`.
    pub fn find(&self, sentence: &str) -> Vec<ClockHit> {
        let number = |c: &regex::Captures<'_>, name: &str| {
            c.name(name).and_then(|m| m.as_str().parse::<u32>().ok())
        };
        let mut hits: Vec<ClockHit> = self
            .left
            .captures_iter(sentence)
            .filter_map(|c| {
                let whole = c.get(0)?;
                let seconds = match (number(&c, "mm"), number(&c, "min"), number(&c, "s")) {
                    (Some(m), _, _) => m * 60 + number(&c, "ss")?,
                    (_, Some(m), _) => m * 60 + number(&c, "sec").unwrap_or(0),
                    (_, _, Some(s)) => s,
                    _ => return None,
                };
                Some(ClockHit {
                    start: whole.start(),
                    end: whole.end(),
                    period: c.name("period").map(|p| shown(p.as_str())),
                    left: Some(seconds),
                })
            })
            .collect();
        hits.extend(self.middle.captures_iter(sentence).filter_map(|c| {
            let whole = c.get(0)?;
            Some(ClockHit {
                start: whole.start(),
                end: whole.end(),
                period: c.name("period").map(|p| shown(p.as_str())),
                left: None,
            })
        }));
        hits.sort_by_key(|h| h.start);
        hits
    }
}

/// A period as shown: lower case, its ordinal spelled ("1st half" is
/// "first half").
fn shown(period: &str) -> String {
    let words: Vec<String> = period
        .split_whitespace()
        .map(|w| {
            let w = w.to_lowercase();
            ORDINALS
                .iter()
                .find(|(written, _)| *written == w)
                .map_or(w, |(_, spelled)| spelled.to_string())
        })
        .collect();
    words.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rule() -> ClockRule {
        let words = |w: &[&str]| w.iter().map(|s| s.to_string()).collect();
        ClockRule::new(
            "game-clock".into(),
            ClockParams {
                left: words(&["left", "remaining", "to go", "to play"]),
                periods: words(&["half", "quarter", "period"]),
                middle: words(&["midway through", "halfway through"]),
            },
        )
        .expect("compiles")
    }

    fn found(text: &str) -> Vec<(String, Option<String>, Option<u32>)> {
        rule()
            .find(text)
            .into_iter()
            .map(|h| (text[h.start..h.end].to_string(), h.period, h.left))
            .collect()
    }

    #[test]
    fn readings_in_three_forms_with_and_without_a_period() {
        assert_eq!(
            found("Smith scored with 7:42 left in the 1st half."),
            [(
                "with 7:42 left in the 1st half".to_string(),
                Some("first half".to_string()),
                Some(462)
            )]
        );
        assert_eq!(
            found("They led with 7 minutes 41 seconds to go."),
            [(
                "with 7 minutes 41 seconds to go".to_string(),
                None,
                Some(461)
            )]
        );
        assert_eq!(
            found("The kick came with 12 seconds remaining in overtime."),
            [(
                "with 12 seconds remaining in overtime".to_string(),
                Some("overtime".to_string()),
                Some(12)
            )]
        );
    }

    #[test]
    fn the_middle_of_a_period_and_what_is_no_clock() {
        assert_eq!(
            found("They were up by 18 midway through the second quarter."),
            [(
                "midway through the second quarter".to_string(),
                Some("second quarter".to_string()),
                None
            )]
        );
        for text in [
            "The blast came at 7:42 a.m.",
            "She won with 52 percent of the vote.",
            "Midway through the season, he was traded.",
        ] {
            assert!(found(text).is_empty(), "{text}");
        }
    }
}
