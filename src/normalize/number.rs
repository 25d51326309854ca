//! Numbers as news prose writes them, with the qualifier that turns a point
//! into a range.
//!
//! In: text. Out: [`NumberMatch`]es: byte range, the [`Amount`] (an interval
//! with its qualifier) and whether the number is an ordinal. Handles digits
//! with separators (5,200; 3.5; 110-billion; a stray space in "$2. 6 million"
//! or "£35, 000"), words (one … ninety-nine, hundred, thousand, million,
//! billion), "a dozen", "two dozen", "four and a half", vague plurals
//! ("dozens", "scores of", "hundreds", "tens of thousands"), vague quantifiers
//! ("several", "a few hundred", "a handful of"), ordinals (22nd, third), and
//! qualifiers (about, nearly, more than, at least, up to, …; "at least (25)").
//! The words are the tables of `rules/lexicon/words/` (`numbers.tsv`,
//! `vague.tsv`, `qualifiers.tsv`). "a"/"an" as one is left to the extractor,
//! which knows when it counts; so are zero ("no one") and unknown figures.

use std::sync::LazyLock;

use regex::Regex;

pub use super::amount::{Amount, Qualifier, format_number};
use crate::language::{
    NUMBERS, PERIOD_WORDS, QUALIFIERS, QUALIFIERS_AFTER, RAISING_VERBS, Table, VAGUE,
};

/// A number found in text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct NumberMatch {
    /// First byte of the qualifier or the number.
    pub start: usize,
    /// One past the number's last byte.
    pub end: usize,
    /// First byte of the number itself, after any qualifier.
    pub number_start: usize,
    /// The figure, as a count of whole things.
    pub amount: Amount,
    /// True when the qualifier's bound is strict ("more than 50"): a
    /// continuous quantity keeps it open instead of stepping to 51.
    pub strict: bool,
    /// True for ordinals (22nd, third).
    pub ordinal: bool,
    /// True for a fraction of something ("a quarter of the power", "nearly
    /// half of respondents"): a share, never a count.
    pub fraction: bool,
    /// True when letters run straight into the figure ("euro110", "H1N1"):
    /// only a unit written that way ("euro") can claim it.
    pub glued: bool,
}

impl NumberMatch {
    /// The bare figure, its qualifier read as no bound ("40 hours over four
    /// days" spans four days): the match starts at the number.
    pub fn unqualified(&self) -> NumberMatch {
        NumberMatch {
            start: self.number_start,
            amount: Amount::exact(self.amount.stated),
            strict: false,
            ..*self
        }
    }

    /// The figure as a continuous quantity: a strict bound stays open.
    pub fn continuous(&self) -> Amount {
        match self.amount.qualifier {
            Qualifier::AtLeast | Qualifier::AtMost if self.strict => {
                Amount::continuous(self.amount.stated, self.amount.qualifier, true)
            }
            _ => self.amount,
        }
    }
}

/// The keys of `table` whose role (field 2) is `role`, as an alternation.
fn role(table: &Table, role: &'static str) -> String {
    Table::alternation(table.where_field(2, role))
}

static NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    let word = format!(
        "(?:{})",
        Table::alternation(
            NUMBERS
                .where_field(2, "unit")
                .chain(NUMBERS.where_field(2, "ten"))
        )
    );
    // "twenty-three", never "two three" (two figures: "two three-story
    // hotels").
    let below_hundred = format!(
        r"(?:(?:{})[-\s](?:{})|{word})",
        role(&NUMBERS, "ten"),
        role(&NUMBERS, "unit")
    );
    let words = format!(r"{below_hundred}(?:\s+hundred(?:\s+(?:and\s+)?{below_hundred})?)?");
    let scales = role(&NUMBERS, "scale");
    let scale = format!(r"(?:[\s-]?(?:{scales})\b)?");
    let vague = Table::alternation(VAGUE.words());
    let ordinals = role(&NUMBERS, "ordinal");
    // "a quarter of", "two-thirds of", "half the": a share of what follows.
    // An ordinal alone places ("his seventh of the season"): a share says
    // how many of them ("a seventh of").
    let denominators = format!(
        "half|halves|quarters?|{}",
        NUMBERS
            .rows()
            .iter()
            .filter(|r| r[2] == "ordinal" && r[1].parse::<u8>().is_ok_and(|v| v >= 3))
            .map(|r| format!("{}s?", r[0]))
            .collect::<Vec<_>>()
            .join("|")
    );
    let plural_scales = role(&NUMBERS, "plural");
    let pattern = format!(
        r"(?i)(?:\b|(?P<lead>\p{{L}}))(?P<qual>(?:{q})\s+(?:\(\s*)?(?:(?-i:[A-Z]{{1,3}})?\s?[$£€¥]\s?)?)?(?P<num>(?P<split>\d{{1,3}}\.\s\d{{1,3}})[\s-]?(?:{scales})\b|(?P<bare>\d{{1,2}}/\d{{1,2}})|(?P<digits>\d{{1,3}}(?:,(?:\d{{3}}|\s0\d\d))+(?:\.\d+)?|\d+(?:\.\d+)?)(?P<ord>st|nd|rd|th)?(?P<half>\s+and\s+a\s+half)?(?P<mixed>[\s-]\d{{1,2}}/\d{{1,2}}\b|[½¼¾])?{scale}|(?P<fraction>(?:an?|{word})[\s-]+(?:{denominators})|half|halves|quarters?)(?P<of>\s+(?:of|the))\b|(?P<dozen>(?:a|half\s+a|{word})\s+dozen)|(?P<halfa>half\s+an?){scale}|(?P<vaguescale>(?:{vague})\s+(?:hundred|thousand|million|billion|dozen))\b|(?P<vague>(?:tens|scores)\s+of(?:\s+(?:{plural_scales}))?|(?:{plural_scales})(?:\s+of\s+(?:{plural_scales}))?)|(?P<ascale>an?\s+(?:hundred|thousand|million|billion))|(?P<ordword>{ordinals})|(?P<words>{words})(?P<whalf>\s+and\s+a\s+half)?{scale}|(?P<quantifier>{vague}))(?P<plus>-plus)?(?P<glued>km|kms|mi|ft|kg|mph|kph|cm|mm|hrs|hr|mins|min|secs)?\b",
        // Signs ("> 6") are read apart: a ticker's "<RD> 2.30" bounds nothing.
        q = Table::alternation(
            QUALIFIERS
                .words()
                .filter(|w| w.starts_with(char::is_alphabetic))
        ),
    );
    Regex::new(&pattern).expect("number grammar is valid")
});

/// The denominators of a fraction written alone ("1/4 pct", "3/8 point").
const FRACTION_DENOMINATORS: [f64; 7] = [2.0, 3.0, 4.0, 8.0, 16.0, 32.0, 64.0];

/// Every number in `text`, in order.
pub fn find_numbers(text: &str) -> Vec<NumberMatch> {
    NUMBER
        .captures_iter(text)
        .filter_map(|c| {
            let whole = c.get(0)?;
            let num = c.name("num")?;
            // "3/4/87": a date, not a fraction.
            let slashed = |s: Option<char>| s.is_some_and(|c| c == '/' || c.is_ascii_digit());
            if c.name("bare").is_some()
                && (slashed(text[whole.end()..].chars().next())
                    || slashed(text[..whole.start()].chars().next_back()))
            {
                return None;
            }
            let mut core = parse_core(&c, num.as_str())?;
            // "six M-16s": a letter joined by a hyphen to digits is part
            // of a name, not a scale; the figure ends before it.
            let mut num_end = num.end();
            if let Some(cut) = named_scale(text, num.as_str(), whole.end()) {
                core.value /= scale_of(&num.as_str().to_lowercase());
                num_end = num.start() + cut;
            }
            if let Some(plus) = c.name("plus") {
                num_end = plus.end();
            }
            let mut whole_end = whole.end();
            let money_scale = money_scale(text, &c);
            if let Some(scale) = money_scale {
                core.value *= scale;
                num_end = whole.end();
            }
            if let Some((value, width)) = money_split_by_a_space(text, &c) {
                core.value = value;
                num_end += width;
                whole_end += width;
            }
            // "> 6 months": a sign before the figure bounds it as words do.
            let sign = c
                .name("qual")
                .is_none()
                .then(|| sign_before(text, whole.start()))
                .flatten();
            // "three-plus seasons": more than three; "10 or more": at least 10.
            let mut phrase_end = None;
            let (qualifier, strict) = match (c.name("qual"), sign) {
                (Some(q), _) if raised_up_to(&text[..whole.start()], q.as_str()) => {
                    (Qualifier::Exact, false)
                }
                (Some(q), _) => qualifier_of(q.as_str()),
                (None, Some((_, sign))) => qualifier_of(sign),
                (None, None) if c.name("plus").is_some() => (Qualifier::AtLeast, true),
                (None, None) => match qualifier_after(text, whole.start(), whole_end) {
                    Some((qualifier, strict, end)) => {
                        phrase_end = end;
                        (qualifier, strict)
                    }
                    None => (Qualifier::Exact, false),
                },
            };
            // A unit written onto the figure ("58km") is left to the quantity
            // rules, as if it stood apart; "of" after a fraction is not its.
            let end = c
                .name("glued")
                .filter(|_| money_scale.is_none())
                .or(c.name("of"))
                .map_or(whole_end, |g| g.start())
                .min(num_end.max(num.start()));
            // "euro110 billion": letters run into the figure; only digits
            // can be glued ("someone" holds no "one").
            let glued = c.name("lead").is_some();
            if glued && c.name("digits").is_none() {
                return None;
            }
            // "the second half of the game", "the final quarter": after an
            // ordinal a fraction's word is a period of a match or a year.
            if let Some(f) = c.name("fraction")
                && !f.as_str().contains(char::is_whitespace)
                && text[..f.start()]
                    .split_whitespace()
                    .next_back()
                    .is_some_and(|w| {
                        let w = w.to_lowercase();
                        PERIOD_WORDS.contains(&w) || NUMBERS.field(&w, 2) == Some("ordinal")
                    })
            {
                return None;
            }
            // "at least (25) rockets": the closing bracket is the figure's.
            let opened = c.name("qual").is_some_and(|q| q.as_str().contains('('));
            let end = if opened && text[end..].starts_with(')') {
                end + 1
            } else {
                end
            };
            let end = phrase_end.map_or(end, |p| p.max(end));
            let amount = match core.vague {
                // "dozens" is at least 24, "an estimated hundreds of
                // millions" at least 200 million; "up to hundreds" is a bound.
                Some((lo, hi)) if qualifier != Qualifier::AtMost => Amount::vague(lo, hi),
                _ => Amount::qualified(core.value, qualifier, strict),
            };
            let start = match sign {
                Some((at, _)) => at,
                None if glued => num.start(),
                None => whole.start(),
            };
            Some(NumberMatch {
                start,
                end,
                number_start: num.start(),
                amount,
                strict,
                ordinal: core.ordinal,
                fraction: c.name("fraction").is_some(),
                glued,
            })
        })
        .collect()
}

/// Currency signs written before a sum of money.
pub(crate) const CURRENCY_SIGNS: [char; 4] = ['$', '£', '€', '¥'];

/// "$1, 199", "$249. 95", "$27. 5MM": a sum of money whose thousands or
/// cents, or decimals with a scale written onto them (`money-scale` in
/// `numbers.tsv`), a stray space split off. A figure without a currency
/// sign is left alone ("May 5, 200 marched"). The whole value and how many
/// bytes the rest adds to the match.
fn money_split_by_a_space(text: &str, found: &regex::Captures<'_>) -> Option<(f64, usize)> {
    static REST: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:(?:,\s\d{3})+|\.\s\d{2}|\.\s\d{1,3}(?P<scale>\p{L}+))\b")
            .expect("pattern is valid")
    });
    let digits = found.name("digits")?;
    let plain = digits.len() <= 3 && digits.as_str().bytes().all(|b| b.is_ascii_digit());
    let after = &text[digits.end()..];
    let signed = text[..digits.start()].ends_with(CURRENCY_SIGNS);
    if !plain || !signed || digits.end() != found.get(0)?.end() {
        return None;
    }
    let rest = REST.captures(after)?;
    let (whole, scale) = (rest.get(0)?, rest.name("scale"));
    let figure = &whole.as_str()[..scale.map_or(whole.len(), |s| s.start())];
    let written = format!("{}{figure}", digits.as_str());
    let value: f64 = written.replace([',', ' '], "").parse().ok()?;
    let times = match scale {
        Some(s) => {
            let word = s.as_str().to_lowercase();
            (NUMBERS.field(&word, 2) == Some("money-scale"))
                .then(|| table_value(&word))
                .flatten()?
        }
        None => 1.0,
    };
    Some((value * times, whole.end()))
}

/// The scale of letters written onto a sum of money that mean a scale only
/// there (`money-scale` in `numbers.tsv`): "$20MM" is twenty million, while
/// "20mm" without a currency sign is millimetres.
fn money_scale(text: &str, found: &regex::Captures<'_>) -> Option<f64> {
    let glued = found.name("glued")?.as_str().to_lowercase();
    if NUMBERS.field(&glued, 2) != Some("money-scale") {
        return None;
    }
    let before = &text[..found.name("num")?.start()];
    (before.ends_with(CURRENCY_SIGNS) || after_signed_range_start(before))
        .then(|| table_value(&glued))
        .flatten()
}

/// True when `before` ends with the first figure of a range of money and
/// its dash ("$140-" of "$140-150MM"): the sign stands before that figure.
fn after_signed_range_start(before: &str) -> bool {
    let Some(first) = before.trim_end_matches(' ').strip_suffix(['-', '–']) else {
        return false;
    };
    let first = first.trim_end_matches(' ');
    let sign = first.trim_end_matches(|c: char| c.is_ascii_digit() || matches!(c, '.' | ','));
    sign.ends_with(CURRENCY_SIGNS) && first[sign.len()..].starts_with(|c: char| c.is_ascii_digit())
}

/// A bounding sign right before a figure at `at` ("> 6", "≤3"): where it
/// starts and the sign, a phrase of `qualifiers.tsv`.
fn sign_before(text: &str, at: usize) -> Option<(usize, &str)> {
    let before = text[..at].trim_end_matches(' ');
    let sign = before.chars().next_back()?;
    let start = before.len() - sign.len_utf8();
    let sign = &before[start..];
    // "x>6" is no bound: the sign stands apart from words.
    let apart = !before[..start].ends_with(|c: char| c.is_alphanumeric());
    (apart && QUALIFIERS.field(sign, 1).is_some()).then_some((start, sign))
}

fn qualifier_of(text: &str) -> (Qualifier, bool) {
    // "around $160 million", "about US $160 million", "nearly HK$5": the
    // currency sign, and the capitals of its country before it, are the
    // figure's.
    let signed = text.contains(CURRENCY_SIGNS);
    let text = text.trim_end_matches(|c: char| matches!(c, '(') || is_currency_or_space(c));
    let text = match text.rsplit_once(char::is_whitespace) {
        Some((qualifier, country))
            if signed
                && (1..=3).contains(&country.len())
                && country.chars().all(|c| c.is_ascii_uppercase()) =>
        {
            qualifier.trim_end()
        }
        _ => text,
    };
    qualifier_in(&QUALIFIERS, text).unwrap_or((Qualifier::Exact, false))
}

/// The most words of the object between a verb of `raising-verbs.tsv` and
/// its "up to".
const RAISED_OBJECT_WORDS: usize = 4;

/// True when the qualifier `qualifier` is "up to" after a verb of
/// `raising-verbs.tsv` and its object, ending `before` ("bringing the total
/// up to 64%"): where something got to, no cap.
fn raised_up_to(before: &str, qualifier: &str) -> bool {
    let lower = qualifier
        .trim_end_matches(|c: char| c == '(' || is_currency_or_space(c))
        .to_lowercase();
    if !lower.split_whitespace().eq(["up", "to"]) {
        return false;
    }
    let written: Vec<&str> = before
        .split_whitespace()
        .rev()
        .take(RAISED_OBJECT_WORDS + 1)
        .collect();
    let words: Vec<String> = written.iter().map(|w| w.to_lowercase()).collect();
    // The object is a definite noun phrase or a pronoun ("the total", "its
    // share", "us"), or any noun after a verb marked "bare" ("pushed rates
    // up to 3%"), with no punctuation ("passed through, up to 30 pct"),
    // preposition ("take on up to 9", "from up to 7") or verb ("cranes can
    // lift up to 40"); "take bags up to 23 kg" is a cap.
    let definite = |o: &str| {
        crate::language::ARTICLES.contains(o)
            || crate::language::DETERMINERS.contains(o)
            || crate::language::POSSESSIVES.contains(o)
            || crate::language::PERSONAL_PRONOUNS.contains(o)
    };
    let object_word = |k: usize| {
        let o = words[k].as_str();
        o.chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '\'' | '’' | '-' | '/'))
            && !crate::language::is_be_or_auxiliary(written[k], o)
            && (!crate::language::is_function_word(o) || definite(o))
    };
    words.iter().enumerate().skip(1).any(|(k, w)| {
        RAISING_VERBS.contains(w)
            && (definite(&words[k - 1]) || RAISING_VERBS.field(w, 1) == Some("bare"))
            && (0..k).all(object_word)
    })
}

/// True for a currency sign or white space: what may stand between a
/// qualifier and its figure's digits.
fn is_currency_or_space(c: char) -> bool {
    matches!(c, '$' | '£' | '€' | '¥') || c.is_whitespace()
}

/// The qualifier `table` gives a phrase (any case and spacing), and whether
/// its bound is strict.
fn qualifier_in(table: &Table, phrase: &str) -> Option<(Qualifier, bool)> {
    let key = phrase_key(phrase);
    let qualifier = match table.field(&key, 1)? {
        "at_least" => Qualifier::AtLeast,
        "at_most" => Qualifier::AtMost,
        "approximate" => Qualifier::Approximate,
        _ => return None,
    };
    Some((qualifier, table.field(&key, 2) == Some("yes")))
}

/// A bound written after the figure that spans `start..end` (`qualifiers-after.tsv`:
/// "10 or more", "20 or so", "in the $75 million range"): the qualifier,
/// whether it is strict, and where the phrase ends when it is the figure's
/// own (one that needs words before the figure is a noun it modifies).
fn qualifier_after(
    text: &str,
    start: usize,
    end: usize,
) -> Option<(Qualifier, bool, Option<usize>)> {
    static AFTER: LazyLock<Regex> = LazyLock::new(|| {
        let phrases = Table::alternation(QUALIFIERS_AFTER.words());
        Regex::new(&format!(r"(?i)^\s+({phrases})\b")).expect("qualifier pattern is valid")
    });
    let found = AFTER.captures(&text[end..])?;
    let phrase = found.get(1)?.as_str();
    let (qualifier, strict) = qualifier_in(&QUALIFIERS_AFTER, phrase)?;
    let key = phrase_key(phrase);
    match QUALIFIERS_AFTER.field(&key, 3).filter(|w| !w.is_empty()) {
        None => Some((qualifier, strict, Some(end + found.get(0)?.end()))),
        Some(words) => {
            let lead = text[..start]
                .trim_end_matches(is_currency_or_space)
                .to_lowercase();
            let opens = lead
                .strip_suffix(words)
                .is_some_and(|rest| !rest.ends_with(char::is_alphanumeric));
            opens.then_some((qualifier, strict, None))
        }
    }
}

/// What the number part says.
struct Core {
    /// The value (the low end of a vague amount).
    value: f64,
    ordinal: bool,
    /// For a vague amount, the interval it allows.
    vague: Option<(f64, f64)>,
}

fn exact(value: f64) -> Option<Core> {
    Some(Core {
        value,
        ordinal: false,
        vague: None,
    })
}

/// A phrase as a table's key: lower case, one space between words.
fn phrase_key(phrase: &str) -> String {
    phrase
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The interval of a vague quantifier ("several": 3 and up).
fn quantifier(words: &str) -> Option<(f64, f64)> {
    let key = words.split_whitespace().collect::<Vec<_>>().join(" ");
    let lo: f64 = VAGUE.field(&key, 1)?.parse().ok()?;
    let hi = match VAGUE.field(&key, 2)? {
        "-" => f64::INFINITY,
        hi => hi.parse().ok()?,
    };
    Some((lo, hi))
}

/// The value of a number word of the table ("seven", "hundred", "dozens").
fn table_value(word: &str) -> Option<f64> {
    NUMBERS.field(word, 1)?.parse().ok()
}

/// The value of the number part, whether it is an ordinal, and for a vague
/// amount its interval.
fn parse_core(c: &regex::Captures<'_>, text: &str) -> Option<Core> {
    let lower = text.to_lowercase();
    let scale = scale_of(&lower);
    // "2 and a half", "2-1/2", "9-13/16", "2½": a whole number and a
    // proper fraction.
    let half = match c
        .name("mixed")
        .map(|m| m.as_str().trim_start_matches([' ', '-']))
    {
        Some("½") => 0.5,
        Some("¼") => 0.25,
        Some("¾") => 0.75,
        Some(fraction) => {
            let (top, bottom) = fraction.split_once('/')?;
            let (top, bottom): (f64, f64) = (top.parse().ok()?, bottom.parse().ok()?);
            if top >= bottom {
                return None;
            }
            top / bottom
        }
        None if c.name("half").or(c.name("whalf")).is_some() => 0.5,
        None => 0.0,
    };
    if let Some(bare) = c.name("bare") {
        let (top, bottom) = bare.as_str().split_once('/')?;
        let (top, bottom): (f64, f64) = (top.parse().ok()?, bottom.parse().ok()?);
        // "1/4 pct", "3/8 point": a proper fraction of a common
        // denominator; "9/11" and "24/7" are names, not amounts.
        return (top < bottom && FRACTION_DENOMINATORS.contains(&bottom)).then(|| Core {
            value: top / bottom,
            ordinal: false,
            vague: None,
        });
    }
    if let Some(split) = c.name("split") {
        let value: f64 = split
            .as_str()
            .split_whitespace()
            .collect::<String>()
            .parse()
            .ok()?;
        return exact(value * scale);
    }
    if let Some(digits) = c.name("digits") {
        let value: f64 = digits.as_str().replace([',', ' '], "").parse().ok()?;
        return Some(Core {
            value: (value + half) * scale,
            ordinal: c.name("ord").is_some(),
            vague: None,
        });
    }
    if let Some(fraction) = c.name("fraction") {
        return exact(fraction_value(&fraction.as_str().to_lowercase())?);
    }
    if c.name("halfa").is_some() {
        return exact(0.5 * scale);
    }
    if let Some(dozen) = c.name("dozen") {
        let first = dozen.as_str().split_whitespace().next()?.to_lowercase();
        let count = match first.as_str() {
            "a" => 1.0,
            "half" => 0.5,
            word => table_value(word)?,
        };
        return exact(count * 12.0);
    }
    if let Some(m) = c.name("vaguescale") {
        let words: Vec<&str> = m.as_str().split_whitespace().collect();
        let (last, quant) = words.split_last()?;
        let unit = table_value(&last.to_lowercase())?;
        let (lo, hi) = quantifier(&quant.join(" ").to_lowercase())?;
        return Some(Core {
            value: lo * unit,
            ordinal: false,
            vague: Some((lo * unit, hi * unit)),
        });
    }
    if let Some(vague) = c.name("vague") {
        // At least two of the first plural, times every scale after it:
        // "tens of thousands" is at least 20,000.
        let mut least = 2.0;
        for word in vague.as_str().split_whitespace() {
            if let Some(v) = table_value(&word.to_lowercase()) {
                least *= v;
            }
        }
        return Some(Core {
            value: least,
            ordinal: false,
            vague: Some((least, f64::INFINITY)),
        });
    }
    if let Some(m) = c.name("quantifier") {
        let (lo, hi) = quantifier(&m.as_str().to_lowercase())?;
        return Some(Core {
            value: lo,
            ordinal: false,
            vague: Some((lo, hi)),
        });
    }
    if c.name("ascale").is_some() {
        return exact(scale_of(&lower).max(100.0));
    }
    if let Some(ord) = c.name("ordword") {
        let value = table_value(&ord.as_str().to_lowercase())?;
        return Some(Core {
            value,
            ordinal: true,
            vague: None,
        });
    }
    let words = c.name("words")?.as_str().to_lowercase();
    exact((words_value(&words)? + half) * scale)
}

/// The value of a fraction in words: "a quarter" 0.25, "two-thirds" 2/3,
/// "half" 0.5.
fn fraction_value(words: &str) -> Option<f64> {
    let parts: Vec<&str> = words
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty())
        .collect();
    let (denominator, count) = parts.split_last()?;
    let numerator = match count.first().copied() {
        None | Some("a" | "an") => 1.0,
        Some(word) => table_value(word)?,
    };
    let denominator = match *denominator {
        "half" | "halves" => 2.0,
        "quarter" | "quarters" => 4.0,
        word => table_value(word.strip_suffix('s').unwrap_or(word))?,
    };
    Some(numerator / denominator)
}

/// Where in `num` its scale starts, when that scale is a name's letter:
/// the match ends at `end` right before a hyphen and a digit ("M-16").
fn named_scale(text: &str, num: &str, end: usize) -> Option<usize> {
    let rest = text[end..].strip_prefix('-')?;
    if !rest.starts_with(|c: char| c.is_ascii_digit()) || scale_of(&num.to_lowercase()) == 1.0 {
        return None;
    }
    Some(num.trim_end_matches(char::is_alphabetic).trim_end().len())
}

/// The scale word a number ends with ("3 million": a million), or 1.
pub(crate) fn scale_of(lower: &str) -> f64 {
    let last = lower
        .rsplit(|c: char| c.is_whitespace() || c == '-' || c.is_ascii_digit())
        .next()
        .unwrap_or("");
    // "hundred" after digits ("3 hundred"); word numbers handle their own.
    if last == "hundred" && !lower.starts_with(|c: char| c.is_ascii_digit()) {
        return 1.0;
    }
    match NUMBERS.field(last, 2) {
        Some("scale") => table_value(last).unwrap_or(1.0),
        _ => 1.0,
    }
}

/// The value of a number in words: "twenty-five", "two hundred and six".
fn words_value(words: &str) -> Option<f64> {
    let mut current: f64 = 0.0;
    for word in words.split(|c: char| c.is_whitespace() || c == '-') {
        match word {
            "" | "and" | "a" | "half" => {}
            "hundred" => current = current.max(1.0) * 100.0,
            _ => match NUMBERS.field(word, 2) {
                Some("scale") => {}
                Some("unit" | "ten") => current += table_value(word)?,
                _ => return None,
            },
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

    #[test]
    fn a_sign_before_a_figure_bounds_it_and_starts_the_match() {
        let m = one("for > 6 months");
        assert_eq!(
            (m.start, m.amount.qualifier, m.strict),
            (4, Qualifier::AtLeast, true)
        );
        let m = one("≤3 goals");
        assert_eq!((m.amount.qualifier, m.strict), (Qualifier::AtMost, false));
        // Glued to a word, a sign is no bound, nor is a ticker's bracket.
        assert_eq!(one("x>6").amount.qualifier, Qualifier::Exact);
        assert_eq!(
            one("Dutch Petroleum <RD> 2.30 dlrs").amount.qualifier,
            Qualifier::Exact
        );
    }

    fn shown(text: &str) -> String {
        one(text).amount.to_string()
    }

    #[test]
    fn two_number_words_side_by_side_are_two_figures() {
        let found = find_numbers("Two three-story hotels fell.");
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[0].amount.to_string(), "2");
        assert_eq!(shown("twenty-three"), "23");
        assert_eq!(shown("one hundred and twenty three"), "123");
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
    fn a_letter_joined_to_digits_is_a_name_not_a_scale() {
        let m = one("six M-16s were found");
        assert_eq!(m.amount.stated, 6.0);
        assert_eq!(&"six M-16s were found"[m.start..m.end], "six");
        assert_eq!(one("$3m in aid").amount.stated, 3_000_000.0);
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
    fn mm_on_a_sum_of_money_is_millions_and_alone_millimetres() {
        let text = "paid $20MM for 107mm shells";
        let found = find_numbers(text);
        assert_eq!(found[0].amount.stated, 20_000_000.0);
        assert_eq!(&text[found[0].start..found[0].end], "20MM");
        assert_eq!(found[1].amount.stated, 107.0);
        assert_eq!(&text[found[1].start..found[1].end], "107");
        // The second figure of a range whose first has the sign.
        for (before, signed) in [
            ("offered $140-", true),
            ("offered £1,400 – ", true),
            ("offered 140-", false),
            ("offered $-", false),
            ("offered $140", false),
        ] {
            assert_eq!(after_signed_range_start(before), signed, "{before}");
        }
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
    fn words_inside_other_words_are_not_numbers() {
        assert!(find_numbers("someone often tone").is_empty());
        assert!(find_numbers("anyone").is_empty());
    }
}

#[cfg(test)]
mod vague_tests {
    use super::*;

    fn shown(text: &str) -> Vec<String> {
        find_numbers(text)
            .iter()
            .map(|n| format!("{} = {}", &text[n.start..n.end], n.amount))
            .collect()
    }

    #[test]
    fn vague_quantifiers_are_intervals() {
        assert_eq!(shown("several dozen people"), ["several dozen = ≥36"]);
        assert_eq!(shown("up to 768 CPUs"), ["up to 768 = ≤768"]);
    }

    #[test]
    fn fractions_are_shares_of_what_follows() {
        let found = find_numbers("a quarter of the power and nearly half of voters");
        let fractions: Vec<(bool, String)> = found
            .iter()
            .map(|n| (n.fraction, n.amount.to_string()))
            .collect();
        assert_eq!(
            fractions,
            [(true, "0.25".to_string()), (true, "~0.5".to_string())]
        );
        assert!(!find_numbers("a third successive strike")[0].fraction);
        let seventh = &find_numbers("his seventh of the season")[0];
        assert!(!seventh.fraction && seventh.ordinal);
    }
}
