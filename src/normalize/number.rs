//! Numbers as news prose writes them, with the qualifier that turns a point
//! into a range.
//!
//! In: text. Out: [`NumberMatch`]es: byte range, the [`Amount`] (an interval
//! with its qualifier) and whether the number is an ordinal. Handles digits
//! with separators (5,200; 3.5; 110-billion), words (one … ninety-nine,
//! hundred, thousand, million, billion), "a dozen", "two dozen", "dozens",
//! "scores", "hundreds", "tens of thousands", ordinals (22nd, third), and
//! qualifiers (about, nearly, more than, at least, up to, …). "a"/"an" as one
//! is left to the extractor, which knows when it counts.

use std::fmt;
use std::sync::LazyLock;

use regex::Regex;
use serde::Serialize;

/// How a figure was qualified.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// A plain figure.
    Exact,
    /// about, around, some, roughly, nearly, almost, an estimated …
    Approximate,
    /// more than, over, at least, no fewer than …
    AtLeast,
    /// fewer than, less than, up to, at most, as many as …
    AtMost,
    /// A vague plural: dozens, scores, hundreds, thousands.
    Vague,
    /// A range: "between 40 and 80 percent", "40 to 70 percent".
    Between,
}

impl Qualifier {
    /// The words shown for this qualifier in explanations.
    pub fn word(self) -> &'static str {
        match self {
            Qualifier::Exact => "exactly",
            Qualifier::Approximate => "about",
            Qualifier::AtLeast => "at least",
            Qualifier::AtMost => "at most",
            Qualifier::Vague => "a vague",
            Qualifier::Between => "between",
        }
    }
}

/// A figure as an interval `lo..=hi` (`hi` may be infinite) around a stated
/// value, with the qualifier that made the interval.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Amount {
    /// The number as written ("more than two dozen" states 24).
    pub stated: f64,
    /// Smallest value the text allows.
    pub lo: f64,
    /// Largest value the text allows (`f64::INFINITY` for open bounds).
    pub hi: f64,
    /// How the text qualified the figure.
    pub qualifier: Qualifier,
}

impl Amount {
    /// An exact figure.
    pub fn exact(value: f64) -> Self {
        Amount {
            stated: value,
            lo: value,
            hi: value,
            qualifier: Qualifier::Exact,
        }
    }

    /// `value` qualified by `qualifier`. "More than N" of whole things is at
    /// least N+1; "at least N" is N.
    pub fn qualified(value: f64, qualifier: Qualifier, strict: bool) -> Self {
        let step = if strict && value.fract() == 0.0 {
            1.0
        } else {
            0.0
        };
        let (lo, hi) = match qualifier {
            Qualifier::Exact | Qualifier::Approximate => (value, value),
            Qualifier::AtLeast | Qualifier::Vague => (value + step, f64::INFINITY),
            Qualifier::AtMost => (0.0, (value - step).max(0.0)),
            Qualifier::Between => (value, value),
        };
        Amount {
            stated: value,
            lo,
            hi,
            qualifier,
        }
    }

    /// The range from `lo` to `hi` ("between 40 and 80"), stated as its
    /// low end.
    pub fn between(lo: f64, hi: f64) -> Self {
        Amount {
            stated: lo.min(hi),
            lo: lo.min(hi),
            hi: lo.max(hi),
            qualifier: Qualifier::Between,
        }
    }

    /// The sum of two amounts (parts adding up to a total).
    pub fn plus(self, other: Amount) -> Amount {
        let qualifier = if self.qualifier == other.qualifier {
            self.qualifier
        } else if self.qualifier == Qualifier::Exact {
            other.qualifier
        } else if other.qualifier == Qualifier::Exact {
            self.qualifier
        } else {
            Qualifier::Approximate
        };
        Amount {
            stated: self.stated + other.stated,
            lo: self.lo + other.lo,
            hi: self.hi + other.hi,
            qualifier,
        }
    }
}

impl fmt::Display for Amount {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = format_number(self.stated);
        match self.qualifier {
            Qualifier::Exact => write!(f, "{n}"),
            Qualifier::Approximate => write!(f, "~{n}"),
            Qualifier::AtLeast | Qualifier::Vague => write!(f, "≥{}", format_number(self.lo)),
            Qualifier::AtMost => write!(f, "≤{}", format_number(self.hi)),
            Qualifier::Between => {
                write!(f, "{}–{}", format_number(self.lo), format_number(self.hi))
            }
        }
    }
}

/// A number without trailing zeros or exponent: 3, 3.5, 5200, 110000000000.
pub fn format_number(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e18 {
        format!("{}", value as i64)
    } else {
        let s = format!("{value:.4}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

/// A number found in text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct NumberMatch {
    /// First byte of the qualifier or the number.
    pub start: usize,
    /// One past the number's last byte.
    pub end: usize,
    /// First byte of the number itself, after any qualifier.
    pub number_start: usize,
    /// The figure.
    pub amount: Amount,
    /// True for ordinals (22nd, third).
    pub ordinal: bool,
    /// True when letters run straight into the figure ("euro110", "H1N1"):
    /// only a unit written that way ("euro") can claim it.
    pub glued: bool,
}

const UNITS: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
const TENS: [&str; 10] = [
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];
const ORDINALS: [&str; 13] = [
    "", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "eleventh", "twelfth",
];

/// Qualifiers, longest first, with what they make of a figure and whether
/// the bound is strict ("more than 3" excludes 3).
const QUALIFIERS: &[(&str, Qualifier, bool)] = &[
    ("no fewer than", Qualifier::AtLeast, false),
    ("no less than", Qualifier::AtLeast, false),
    ("not less than", Qualifier::AtLeast, false),
    ("upwards of", Qualifier::AtLeast, true),
    ("more than", Qualifier::AtLeast, true),
    ("at least", Qualifier::AtLeast, false),
    ("just over", Qualifier::AtLeast, true),
    ("over", Qualifier::AtLeast, true),
    ("fewer than", Qualifier::AtMost, true),
    ("less than", Qualifier::AtMost, true),
    ("just under", Qualifier::AtMost, true),
    ("under", Qualifier::AtMost, true),
    ("as many as", Qualifier::AtMost, false),
    ("up to", Qualifier::AtMost, false),
    ("at most", Qualifier::AtMost, false),
    ("an estimated", Qualifier::Approximate, false),
    ("an approximate", Qualifier::Approximate, false),
    ("approximately", Qualifier::Approximate, false),
    ("close to", Qualifier::Approximate, false),
    ("roughly", Qualifier::Approximate, false),
    ("around", Qualifier::Approximate, false),
    ("nearly", Qualifier::Approximate, false),
    ("almost", Qualifier::Approximate, false),
    ("about", Qualifier::Approximate, false),
    ("some", Qualifier::Approximate, false),
    ("estimated", Qualifier::Approximate, false),
];

static NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    let word = r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)";
    let words =
        format!(r"{word}(?:[-\s]{word})?(?:\s+hundred(?:\s+(?:and\s+)?{word}(?:[-\s]{word})?)?)?");
    let scale = r"(?:[\s-]?(?:hundred|thousand|million|billion|trillion|bn|mn|mln|bln|m)\b)?";
    let qualifiers: Vec<String> = QUALIFIERS
        .iter()
        .map(|(q, _, _)| q.replace(' ', r"\s+"))
        .collect();
    let pattern = format!(
        r"(?i)(?:\b|(?P<lead>\p{{L}}))(?P<qual>(?:{q})\s+)?(?P<num>(?P<digits>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)(?P<ord>st|nd|rd|th)?{scale}|(?P<dozen>(?:a|{word})\s+dozen)|(?P<vague>dozens|scores|hundreds|thousands|tens\s+of\s+thousands|millions)|(?P<ascale>an?\s+(?:hundred|thousand|million|billion))|(?P<ordword>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)|(?P<words>(?:a\s+)?{words}){scale})(?P<glued>km|kms|mi|ft|kg|mph|kph|cm|mm)?\b",
        q = qualifiers.join("|"),
    );
    Regex::new(&pattern).expect("number grammar is valid")
});

/// Every number in `text`, in order.
pub fn find_numbers(text: &str) -> Vec<NumberMatch> {
    NUMBER
        .captures_iter(text)
        .filter_map(|c| {
            let whole = c.get(0)?;
            let num = c.name("num")?;
            let (value, ordinal, vague) = parse_core(&c, num.as_str())?;
            let (qualifier, strict) = match c.name("qual") {
                Some(q) => qualifier_of(q.as_str()),
                None if vague => (Qualifier::Vague, false),
                None => (Qualifier::Exact, false),
            };
            // "more than two dozen" is at least 25; "dozens" is at least 24.
            let qualifier = if vague && qualifier == Qualifier::Exact {
                Qualifier::Vague
            } else {
                qualifier
            };
            // A unit written onto the figure ("58km") is left to the quantity
            // rules, as if it stood apart.
            let end = c.name("glued").map_or(whole.end(), |g| g.start());
            // "euro110 billion": letters run into the figure; only digits
            // can be glued ("someone" holds no "one").
            let glued = c.name("lead").is_some();
            if glued && c.name("digits").is_none() {
                return None;
            }
            Some(NumberMatch {
                start: if glued { num.start() } else { whole.start() },
                end,
                number_start: num.start(),
                amount: Amount::qualified(value, qualifier, strict),
                ordinal,
                glued,
            })
        })
        .collect()
}

fn qualifier_of(text: &str) -> (Qualifier, bool) {
    let key = text
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    QUALIFIERS
        .iter()
        .find(|(q, _, _)| *q == key)
        .map_or((Qualifier::Exact, false), |&(_, q, strict)| (q, strict))
}

/// The value of the number part, whether it is an ordinal, and whether it
/// is a vague plural.
fn parse_core(c: &regex::Captures<'_>, text: &str) -> Option<(f64, bool, bool)> {
    let lower = text.to_lowercase();
    let scale = scale_of(&lower);
    if let Some(digits) = c.name("digits") {
        let value: f64 = digits.as_str().replace(',', "").parse().ok()?;
        return Some((value * scale, c.name("ord").is_some(), false));
    }
    if let Some(dozen) = c.name("dozen") {
        let first = dozen.as_str().split_whitespace().next()?.to_lowercase();
        let count = if first == "a" {
            1.0
        } else {
            word_value(&first)?
        };
        return Some((count * 12.0, false, false));
    }
    if let Some(vague) = c.name("vague") {
        let v = vague.as_str().to_lowercase();
        let least = match v.split_whitespace().next()? {
            "dozens" => 24.0,
            "scores" => 40.0,
            "hundreds" => 200.0,
            "thousands" => 2_000.0,
            "tens" => 20_000.0,
            _ => 2_000_000.0,
        };
        return Some((least, false, true));
    }
    if c.name("ascale").is_some() {
        return Some((scale_of(&lower).max(100.0), false, false));
    }
    if let Some(ord) = c.name("ordword") {
        let v = ORDINALS
            .iter()
            .position(|o| *o == ord.as_str().to_lowercase())?;
        return Some((v as f64, true, false));
    }
    let words = c.name("words")?.as_str().to_lowercase();
    let words = words
        .strip_prefix("a ")
        .map_or(words.clone(), |rest| format!("one {rest}"));
    Some((words_value(&words)? * scale, false, false))
}

fn scale_of(lower: &str) -> f64 {
    let last = lower
        .rsplit(|c: char| c.is_whitespace() || c == '-' || c.is_ascii_digit())
        .next()
        .unwrap_or("");
    match last {
        "thousand" => 1e3,
        "million" | "mn" | "mln" | "m" => 1e6,
        "billion" | "bn" | "bln" => 1e9,
        "trillion" => 1e12,
        // "hundred" after digits ("3 hundred"); word numbers handle their own.
        "hundred" if lower.starts_with(|c: char| c.is_ascii_digit()) => 1e2,
        _ => 1.0,
    }
}

fn word_value(word: &str) -> Option<f64> {
    UNITS
        .iter()
        .position(|u| *u == word)
        .or_else(|| {
            TENS.iter()
                .position(|t| !t.is_empty() && *t == word)
                .map(|i| i * 10)
        })
        .map(|v| v as f64)
}

/// The value of a number in words: "twenty-five", "two hundred and six".
fn words_value(words: &str) -> Option<f64> {
    let mut current: f64 = 0.0;
    for word in words.split(|c: char| c.is_whitespace() || c == '-') {
        match word {
            "" | "and" => {}
            "hundred" => current = current.max(1.0) * 100.0,
            "thousand" | "million" | "billion" | "trillion" | "bn" | "mn" | "m" => {}
            _ => current += word_value(word)?,
        }
    }
    Some(current)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str) -> NumberMatch {
        let found = find_numbers(text);
        assert_eq!(found.len(), 1, "one number in {text:?}: {found:?}");
        found[0]
    }

    fn shown(text: &str) -> String {
        one(text).amount.to_string()
    }

    #[test]
    fn digits_with_separators_and_decimals() {
        assert_eq!(shown("Some 5,200 troops"), "~5200");
        assert_eq!(shown("magnitude 6.1 quake"), "6.1");
        assert_eq!(shown("killed 25 fighters"), "25");
        assert_eq!(shown("a $1,500.50 fee"), "1500.5");
    }

    #[test]
    fn letters_run_into_digits_are_marked_and_words_inside_words_are_not_numbers() {
        let glued = one("a euro110 billion loan");
        assert!(glued.glued);
        assert_eq!(glued.amount.to_string(), "110000000000");
        assert!(!one("a 110 billion loan").glued);
        assert!(find_numbers("someone at the station").is_empty());
    }

    #[test]
    fn scale_words_multiply() {
        assert_eq!(shown("110 billion euros"), "110000000000");
        assert_eq!(shown("€30bn"), "30000000000");
        assert_eq!(shown("110-billion"), "110000000000");
        assert_eq!(shown("22.4 billion"), "22400000000");
        assert_eq!(shown("two million people"), "2000000");
        assert_eq!(shown("15.5 mln dlrs"), "15500000");
    }

    #[test]
    fn a_unit_written_onto_the_figure_is_not_part_of_it() {
        let text = "about 120km (75 miles) and 10mm of rain, not 5m people";
        let ends: Vec<&str> = find_numbers(text)
            .iter()
            .map(|n| &text[n.start..n.end])
            .collect();
        assert_eq!(ends, ["about 120", "75", "10", "5m"]);
        assert_eq!(shown("5m people"), "5000000");
    }

    #[test]
    fn number_words() {
        assert_eq!(shown("three personnel"), "3");
        assert_eq!(shown("twenty-five fighters"), "25");
        assert_eq!(shown("ninety nine"), "99");
        assert_eq!(shown("two hundred and six"), "206");
        assert_eq!(shown("a hundred people"), "100");
        assert_eq!(shown("a thousand people"), "1000");
        assert_eq!(shown("Twelve people"), "12");
    }

    #[test]
    fn dozens_and_vague_plurals_are_lower_bounds() {
        assert_eq!(shown("a dozen people"), "12");
        assert_eq!(shown("two dozen fighters"), "24");
        assert_eq!(shown("dozens of troops"), "≥24");
        assert_eq!(shown("scores of people"), "≥40");
        assert_eq!(shown("hundreds were hurt"), "≥200");
        assert_eq!(shown("tens of thousands of people"), "≥20000");
    }

    #[test]
    fn qualifiers_make_ranges() {
        assert_eq!(shown("more than two dozen fighters"), "≥25");
        assert_eq!(shown("at least three people"), "≥3");
        assert_eq!(shown("fewer than 10"), "≤9");
        assert_eq!(shown("up to 20 people"), "≤20");
        assert_eq!(shown("as many as 20,000 people"), "≤20000");
        assert_eq!(shown("nearly 50"), "~50");
        assert_eq!(shown("an approximate 200,000"), "~200000");
        assert_eq!(shown("more than a dozen people"), "≥13");
    }

    #[test]
    fn qualifier_words_work_across_nbsp() {
        let m = one("at\u{a0}least\u{a0}three people");
        assert_eq!(m.amount.to_string(), "≥3");
        assert_eq!(m.start, 0);
    }

    #[test]
    fn ordinals_are_marked() {
        let m = one("the 22nd attack");
        assert!(m.ordinal);
        assert_eq!(m.amount.stated, 22.0);
        assert!(one("the third attack").ordinal);
    }

    #[test]
    fn spans_cover_the_qualifier_and_the_number() {
        let text = "killed more than two dozen fighters";
        let m = one(text);
        assert_eq!(&text[m.start..m.end], "more than two dozen");
        assert_eq!(&text[m.number_start..m.end], "two dozen");
    }

    #[test]
    fn sums_of_parts_keep_the_weakest_qualifier() {
        let total = Amount::exact(2.0).plus(Amount::exact(1.0));
        assert_eq!(total.to_string(), "3");
        let open = Amount::exact(2.0).plus(Amount::qualified(1.0, Qualifier::AtLeast, false));
        assert_eq!(open.to_string(), "≥3");
    }

    #[test]
    fn words_inside_other_words_are_not_numbers() {
        assert!(find_numbers("someone often tone").is_empty());
        assert!(find_numbers("anyone").is_empty());
    }
}
