//! Quantities with units: "a magnitude-6.1 earthquake", "6.1 on the Richter
//! scale", "10 km (six miles) deep", "$40 billion", "€30bn", "15 seconds",
//! "90-day", "5.4 per cent".
//!
//! A `quantity` rule lists units: the words written after the figure
//! (`suffix`) or before it (`prefix`), the measure they belong to and the
//! factor to a base unit, so that 10 km and six miles compare.

use std::sync::LazyLock;

use regex::Regex;
use serde::Deserialize;

use super::figures::MAX_RANGE_RATIO;
use crate::claim::Value;
use crate::language::{PLACE_TYPES, Table};
use crate::normalize::number::{Amount, NumberMatch, Qualifier};

/// Parameters of a `quantity` rule.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuantityParams {
    /// The units.
    pub unit: Vec<UnitParams>,
    /// Words near the quantity that make it a narrower measure ("deep":
    /// a distance that is a depth).
    #[serde(default)]
    pub refine: Vec<Refine>,
    /// Read what a distance is measured from ("30 km south of Dunmore").
    #[serde(default)]
    pub reference: bool,
    /// A decimal figure without a unit in a sentence that already gave one
    /// of this rule's quantities, within this distance of it, takes its unit
    /// ("put the magnitude at 5.9, but the Survey said it was 6.1").
    #[serde(default)]
    pub carry_within: Option<f64>,
    /// A whole number alone between commas after a capitalised name takes
    /// the first unit ("Alexandros Grigoropoulos, 15, was shot": an age).
    #[serde(default)]
    pub apposition: bool,
    /// A fraction ("a quarter of the power", "nearly half of voters") takes
    /// the first unit at this many of it per whole (100 for a percentage).
    #[serde(default)]
    pub fractions: Option<f64>,
    /// Words after the unit that make the figure a rate, not an amount
    /// ("three days a week", "20 hours per day"): such a figure is left out.
    #[serde(default)]
    pub rates: Vec<String>,
    /// Phrases that open with a rate's words but are none ("at a time
    /// when": during a time).
    #[serde(default)]
    pub not_rates: Vec<String>,
    /// Words after the unit that leave the figure open above: "15 years to
    /// life" is at least 15 years, whatever bound stood before it.
    #[serde(default)]
    pub open_above: Vec<String>,
    /// Qualifiers that, before this rule's units, say across rather than
    /// more than ("deliberated for 40 hours over four days", "$5 billion
    /// over 10 years"): the figure is the span, exact.
    #[serde(default)]
    pub across: Vec<String>,
    /// Words right before such a qualifier that make it a bound again ("for
    /// over four days", "was over an hour").
    #[serde(default)]
    pub bound_after: Vec<String>,
    /// True when a figure of zero with this rule's unit after it is no
    /// claim: "a zero-day flaw" names a kind of flaw, and the few real
    /// zeros ("zero days' notice") say no span at all.
    #[serde(default)]
    pub never_zero: bool,
}

/// A narrower measure signalled by nearby words.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Refine {
    /// The narrower measure.
    pub measure: String,
    /// Words within a few words of the quantity that signal it (only the
    /// first word after it, with `right_after`).
    pub words: Vec<String>,
    /// True when a word signals only as the first word after the quantity,
    /// its bracketed conversion or its hyphen ("two metres wide", "a
    /// 10-metre-wide crater"; never "wide" further off: "a world-wide ban
    /// within 5 km").
    #[serde(default)]
    pub right_after: bool,
    /// The largest value (in the unit's base) the narrower measure takes: a
    /// quake shakes for seconds or minutes, and "won't be felt for several
    /// years" is no shaking.
    #[serde(default)]
    pub most: Option<f64>,
}

/// "… south-west of the town of Bireun", "north-northeast of Marston":
/// the place a distance is from. A distance from something the text does not
/// name ("30 km north of the fire", "north of here") is from those words,
/// lower-cased: no place of another distance.
static REFERENCE: LazyLock<Regex> = LazyLock::new(|| {
    let types = Table::alternation(PLACE_TYPES.words());
    Regex::new(&format!(
        r"^\)?(?:\s*\([^)]*\))?\s*(?:(?:(?:(?P<bearing>(?:north|south|east|west)(?:[-\s]?(?:north|south|east|west))*)|away|off)\s+)+(?:of|from)|off)\s+(?:the\s+)?(?:(?:coast|{types})\s+of\s+)?(?:(?P<place>\p{{Lu}}[\p{{L}}-]+(?:\s+\p{{Lu}}[\p{{L}}-]+)?)|(?P<unnamed>\p{{Ll}}+))",
    ))
    .expect("reference pattern is valid")
});

/// The compass bearing, in whole degrees clockwise from north, that
/// direction words give: "east" 90, "north-northeast" 27 (the mean of north,
/// north and east: near enough the 22.5 of the sixteen-point rose).
fn compass_bearing(words: &str) -> Option<u16> {
    let (mut x, mut y) = (0f64, 0f64);
    let mut rest = words;
    while !rest.is_empty() {
        let point = [
            ("north", 0.0f64),
            ("east", 90.0),
            ("south", 180.0),
            ("west", 270.0),
        ]
        .into_iter()
        .find(|(name, _)| rest.starts_with(name));
        match point {
            Some((name, degrees)) => {
                x += degrees.to_radians().sin();
                y += degrees.to_radians().cos();
                rest = &rest[name.len()..];
            }
            None => rest = &rest[rest.chars().next().map_or(1, char::len_utf8)..],
        }
    }
    if x.abs() < 1e-9 && y.abs() < 1e-9 {
        return None;
    }
    Some((x.atan2(y).to_degrees().rem_euclid(360.0).round() as u16) % 360)
}

/// The kind of place an apposition just before a distance describes ("Alden,
/// a small town on the river, 6 km west of …": "town"):
/// the text before the figure ends with a comma, and the phrase before that
/// comma opens with an article and names a kind of place.
fn apposed_place(before: &str) -> Option<String> {
    let rest = before.trim_end().strip_suffix(',')?;
    let phrase = rest.rsplit(',').next()?.trim().to_lowercase();
    let mut words = phrase.split_whitespace();
    if !matches!(words.next(), Some("a" | "an" | "the")) {
        return None;
    }
    words.find(|w| PLACE_TYPES.contains(w)).map(str::to_string)
}

/// How many bytes around a quantity are searched for refining words.
const NEAR: usize = 40;

/// One unit.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UnitParams {
    /// What it measures ("distance", "money", "duration", "magnitude", "percent").
    pub measure: String,
    /// The base unit values are converted to ("m", "USD", "s").
    pub base: String,
    /// How many base units one of these is.
    #[serde(default = "one")]
    pub factor: f64,
    /// Words after the figure ("km", "kilometres", "on the Richter scale").
    #[serde(default)]
    pub suffix: Vec<String>,
    /// Words or symbols before the figure ("$", "magnitude").
    #[serde(default)]
    pub prefix: Vec<String>,
    /// True when it counts whole things (people): "more than 40,000" is at
    /// least 40,001, where "more than 50 percent" stays above 50.
    #[serde(default)]
    pub whole: bool,
    /// True when only a figure written with a decimal point takes this unit
    /// ("a 2.9 aftershock" is a magnitude; "three aftershocks" a count).
    #[serde(default)]
    pub decimal: bool,
    /// Words one of which must follow the unit within `followed_within`
    /// words, in lower case, for it to count ("a few blocks away"; "two
    /// blocks of flats" and "the 1200 block of East Main Street" are no
    /// distance).
    #[serde(default)]
    pub followed_by: Vec<String>,
    /// How many words after the unit a `followed_by` word may be: two
    /// unless the rule says ("pounds of Marsk Creamery cheese"), before
    /// any mark, and past no function word that is not one of them
    /// ("pounds of funding for food" is money).
    #[serde(default = "two_words")]
    pub followed_within: usize,
    /// A word that must come right after the unit, before its
    /// `followed_by` words ("of": "20 pounds of cocaine", not "spent 20
    /// pounds on food").
    #[serde(default)]
    pub followed_after: Option<String>,
    /// Words one of which must come within the three words before the
    /// figure for the unit to count ("weighs 4.5 pounds" is a weight, where
    /// "4.5 pounds" alone is money).
    #[serde(default)]
    pub preceded_by: Vec<String>,
    /// Units of which one, in brackets right after this unit, lets it
    /// count without a `preceded_by` word: the conversion says what was
    /// measured ("2.96 pounds (1.35 kg)" is a weight).
    #[serde(default)]
    pub converted_to: Vec<String>,
    /// Words of which one right before the figure means it is no quantity
    /// of this unit ("would one day start producing" is some day, not a
    /// day's length); an entry may be up to three words ("than a": "more
    /// drive than a 21-year-old" gives no one's age).
    #[serde(default)]
    pub never_after: Vec<String>,
    /// For a unit read from its prefix: the nouns its figure may be
    /// followed by. A figure followed by another noun (over an "of") counts
    /// that noun instead ("home to tens of thousands of fighters" is no
    /// population).
    #[serde(default)]
    pub counting: Vec<String>,
    /// The measure of a figure joined to this unit by a hyphen before a
    /// noun: the size of that thing ("a 15-inch screen", "a 10-mile
    /// stretch"), not a distance between places.
    #[serde(default)]
    pub attributive: Option<String>,
    /// True for a unit that names a product's variant before the product's
    /// name ("the 17-inch Zentrax Pro"): screens are sold by the inch, and a
    /// hyphenated length in it before a capitalised name that is no place
    /// states no size.
    #[serde(default)]
    pub names_variants: bool,
    /// The largest figure the unit takes: a larger one measures something
    /// else ("a corner measuring 50m" is no magnitude; magnitudes stay
    /// below 10).
    #[serde(default)]
    pub most: Option<f64>,
    /// The suffix of the unit a bare whole figure right after this one
    /// counts in: "6-foot-9" and "5 feet 11" are 6 feet 9 inches and 5
    /// feet 11 inches, one length.
    #[serde(default)]
    pub next_smaller: Option<String>,
}

/// True when `after` opens with a bracketed figure in one of `units`: " (1.35
/// kg)".
fn converted_into(after: &str, units: &[String]) -> bool {
    let Some(inside) = after.trim_start().strip_prefix('(') else {
        return false;
    };
    let unit = inside.trim_start_matches(|c: char| {
        c.is_ascii_digit() || matches!(c, '.' | ',') || crate::corpus::is_space(c)
    });
    unit.len() < inside.len() && units.iter().any(|u| starts_with_word(unit, u))
}

/// True when one of `unit`'s `followed_by` words comes in the words of
/// `after` (what follows the unit): after its `followed_after` word where
/// it has one, within `followed_within` words, before any mark and past no
/// other function word.
fn followed(after: &str, unit: &UnitParams) -> bool {
    let clause = after
        .split([',', '.', ';', ':', '!', '?', '(', ')'])
        .next()
        .unwrap_or_default();
    // "away-at", "oil/shortening": words as written, between any marks.
    let mut words = clause
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase);
    if let Some(first) = &unit.followed_after
        && words.next().as_ref() != Some(first)
    {
        return false;
    }
    for word in words.take(unit.followed_within) {
        if unit.followed_by.contains(&word) {
            return true;
        }
        if crate::language::is_function_word(&word) {
            return false;
        }
    }
    false
}

/// How many words after a unit its `followed_by` words may be, unless
/// the rule says.
fn two_words() -> usize {
    2
}

/// How many words before a figure a unit's `preceded_by` words may be.
const PRECEDED_WORDS: usize = 3;

fn one() -> f64 {
    1.0
}

/// A quantity found in a sentence (offsets relative to it).
#[derive(Debug, Clone)]
pub struct QuantityHit {
    /// What it is measured from, if the text says.
    pub reference: Option<String>,
    /// The kind of place it locates, where an apposition says ("Alden, a
    /// small town on the river, 6 km west of the dam": "town"); none
    /// for the event's own place.
    pub located: Option<String>,
    /// The compass bearing from that place, in degrees, where the text
    /// gives a direction ("east of Marsk": 90).
    pub bearing: Option<u16>,
    /// Index of the number it is built on.
    pub number: usize,
    /// Evidence start.
    pub start: usize,
    /// Evidence end.
    pub end: usize,
    /// What it measures.
    pub measure: String,
    /// The value in the base unit.
    pub value: Value,
    /// The figure this one converts, when it restates the one before it in
    /// parentheses: 110 billion for "euro110 billion ($141 billion)".
    pub converts: Option<f64>,
}

impl QuantityHit {
    /// A quantity read from the number `index` alone (its own span), with
    /// no reference point and converting nothing.
    fn bare(index: usize, number: &NumberMatch, measure: &str, amount: Amount, unit: &str) -> Self {
        QuantityHit {
            reference: None,
            located: None,
            bearing: None,
            converts: None,
            number: index,
            start: number.start,
            end: number.end,
            measure: measure.to_string(),
            value: Value::Quantity {
                amount,
                unit: unit.to_string(),
            },
        }
    }
}

/// "$140-150 million", "$5 to 10 billion": a figure (`first`) whose unit
/// stands before it, then a range's second end (`second`) with no unit of
/// its own, is one range; the first end takes the second's scale.
fn bare_end(
    sentence: &str,
    first: &NumberMatch,
    second: &NumberMatch,
    amount: Amount,
    hit: &QuantityHit,
) -> Option<Amount> {
    let prefixed = hit.start < first.start && hit.end <= first.end;
    let gap = sentence.get(first.end..second.start).unwrap_or("x").trim();
    let plain = |n: &NumberMatch| {
        !n.ordinal && n.amount.qualifier == Qualifier::Exact && n.amount.stated != 0.0
    };
    if !prefixed
        || !matches!(gap, "-" | "–" | "to")
        || !plain(first)
        || !plain(second)
        || starts_a_change(sentence, first)
    {
        return None;
    }
    let (lo, hi) = range_ends(sentence, first, second, amount.stated / first.amount.stated)?;
    Some(Amount::between(lo, hi))
}

/// True when `next` goes on the quantity `last` states in a smaller unit of
/// the same base, with nothing but a space, comma, hyphen or "and" between
/// them: "5 feet 8 inches", "5-feet-8 inches", "2 km and 300 m". Their
/// measures may differ where no comma parts them, as only the words after
/// the second tell one ("5 feet 8 inches tall").
fn compounds(
    sentence: &str,
    numbers: &[NumberMatch],
    last: &QuantityHit,
    next: &QuantityHit,
) -> bool {
    let (
        Value::Quantity {
            amount: a,
            unit: ua,
        },
        Value::Quantity {
            amount: b,
            unit: ub,
        },
    ) = (&last.value, &next.value)
    else {
        return false;
    };
    let between = sentence.get(last.end..next.start).unwrap_or("x");
    let joined = between
        .trim_matches(|c: char| c.is_whitespace() || c == ',' || c == '-')
        .trim_end_matches("and")
        .is_empty();
    let factor = |value: f64, n: usize| value / numbers[n].amount.stated;
    let ratio = factor(a.stated, last.number) / factor(b.stated, next.number);
    // Two measures join only where no comma parts them and the units are
    // a length's usual pair ("5 feet 8 inches tall"): "a 17.5-mile, 16-inch
    // pipeline" and "a 12-mile 16-inch pipeline" are a length and a width.
    let same_measure =
        last.measure == next.measure || (!between.contains(',') && ratio <= MAX_PAIR_RATIO);
    next.number == last.number + 1
        && same_measure
        && ua == ub
        && joined
        && b.qualifier == Qualifier::Exact
        && ratio > 1.0
}

/// The largest ratio of two units whose figures of different measures
/// still make one length (a foot is 12 inches, a metre 100 centimetres; a
/// mile is 63,360 inches).
const MAX_PAIR_RATIO: f64 = 100.0;

/// The compiled rule.
#[derive(Debug)]
pub struct QuantityRule {
    /// Rule id.
    pub id: String,
    units: Vec<UnitParams>,
    refine: Vec<Refine>,
    reference: bool,
    carry_within: Option<f64>,
    apposition: bool,
    fractions: Option<f64>,
    rates: Vec<String>,
    /// Phrases that open with a rate's words but are none.
    not_rates: Vec<String>,
    open_above: Vec<String>,
    across: Vec<String>,
    bound_after: Vec<String>,
    never_zero: bool,
}

/// Words of a rule's parameters in lower case, as the text is compared.
fn lower_case(words: Vec<String>) -> Vec<String> {
    words.into_iter().map(|w| w.to_lowercase()).collect()
}

impl QuantityRule {
    /// Compile a quantity rule.
    pub fn new(id: String, params: QuantityParams) -> Self {
        let mut units = params.unit;
        for unit in &mut units {
            unit.suffix.sort_by_key(|s| std::cmp::Reverse(s.len()));
            unit.prefix.sort_by_key(|s| std::cmp::Reverse(s.len()));
        }
        QuantityRule {
            id,
            units,
            refine: params.refine,
            reference: params.reference,
            carry_within: params.carry_within,
            apposition: params.apposition,
            fractions: params.fractions,
            rates: params.rates,
            not_rates: params.not_rates,
            open_above: lower_case(params.open_above),
            across: lower_case(params.across),
            bound_after: lower_case(params.bound_after),
            never_zero: params.never_zero,
        }
    }

    /// Every quantity in `sentence` built on one of `numbers`.
    pub fn find(&self, sentence: &str, numbers: &[NumberMatch]) -> Vec<QuantityHit> {
        let mut hits: Vec<QuantityHit> = Vec::new();
        for (index, number) in numbers.iter().enumerate() {
            if number.ordinal {
                continue;
            }
            if number.fraction {
                if let (Some(per), Some(unit)) = (self.fractions, self.units.first()) {
                    hits.push(QuantityHit::bare(
                        index,
                        number,
                        &unit.measure,
                        number.amount.scaled(per * unit.factor),
                        &unit.base,
                    ));
                }
                continue;
            }
            if let Some(mut hit) = self.unit_of(sentence, number, index) {
                // "between 40 and 80 percent", "40 percent to 70 percent":
                // one range, not two figures.
                let ends = |hit: &QuantityHit| {
                    let Value::Quantity { amount, .. } = &hit.value else {
                        return None;
                    };
                    let first = &numbers[index.checked_sub(1)?];
                    range_ends(
                        sentence,
                        first,
                        number,
                        amount.stated / number.amount.stated,
                    )
                };
                // "$888, 600 to $1. 4 million": a first end inside another
                // figure (split by a stray space) opens no range.
                let inside_another = |i: usize| {
                    hits.iter().any(|h| {
                        h.number != i && h.start <= numbers[i].start && numbers[i].start < h.end
                    })
                };
                if let Some((from, (lo, hi))) = index
                    .checked_sub(1)
                    .filter(|&i| !inside_another(i))
                    .and_then(|i| range_start(sentence, numbers, i, &hit))
                    .zip(ends(&hit))
                {
                    // "$140- $150 million" starts at the first end's sign.
                    let opened = hits
                        .iter()
                        .find(|h| h.number == index - 1)
                        .map_or(from, |h| h.start.min(from));
                    hits.retain(|h| h.number != index - 1);
                    let Value::Quantity { unit, .. } = &hit.value else {
                        continue;
                    };
                    hit.value = Value::Quantity {
                        amount: qualified_range(numbers[index - 1].amount.qualifier, lo, hi),
                        unit: unit.clone(),
                    };
                    hit.start = opened;
                } else if let Some(source) = index
                    .checked_sub(1)
                    .filter(|&p| restates(sentence, &numbers[p], hit.start))
                {
                    // A conversion is rounded at some exchange rate (about),
                    // and bounded as its figure is ("less than 50 km (30
                    // miles)" is less than 30 miles).
                    hit.converts = Some(numbers[source].amount.stated);
                    if let Value::Quantity { amount, .. } = &mut hit.value {
                        *amount = amount.converting(&numbers[source].continuous());
                    }
                    // It measures what its figure does ("about two metres
                    // (6.6 feet) wide": both sizes).
                    if let Some(figure) = hits.iter().find(|h| h.number == source) {
                        hit.measure = figure.measure.clone();
                    }
                } else if let Some(whole) = hits
                    .last_mut()
                    .filter(|last| compounds(sentence, numbers, last, &hit))
                {
                    // "5 feet 8 inches": one length in two units.
                    if let (Value::Quantity { amount, .. }, Value::Quantity { amount: more, .. }) =
                        (&mut whole.value, &hit.value)
                    {
                        *amount = amount.plus(*more);
                    }
                    whole.end = hit.end;
                    // The words after the whole length tell what it
                    // measures ("5 feet 8 inches tall": a size).
                    whole.measure = hit.measure;
                    continue;
                }
                self.extend_to_next(sentence, numbers, index, &mut hit);
                hits.push(hit);
            }
        }
        if self.apposition {
            self.appositions(sentence, numbers, &mut hits);
        }
        if let (Some(within), Some(first)) = (self.carry_within, hits.first().cloned()) {
            let Value::Quantity { amount, unit } = &first.value else {
                return hits;
            };
            for (index, number) in numbers.iter().enumerate() {
                let decimal = sentence[number.number_start..number.end].contains('.');
                let near = (number.amount.stated - amount.stated).abs() <= within;
                if decimal && near && !hits.iter().any(|h| h.number == index) {
                    hits.push(QuantityHit::bare(
                        index,
                        number,
                        &first.measure,
                        number.amount,
                        unit,
                    ));
                }
            }
        }
        hits
    }

    /// A quantity that goes on into the bare figure after it (one with no
    /// unit of its own): the second end of a range whose unit stands before
    /// the first, or a figure in the next smaller unit.
    fn extend_to_next(
        &self,
        sentence: &str,
        numbers: &[NumberMatch],
        index: usize,
        hit: &mut QuantityHit,
    ) {
        let (Some(first), Some(second)) = (numbers.get(index), numbers.get(index + 1)) else {
            return;
        };
        let Value::Quantity { amount, unit } = hit.value.clone() else {
            return;
        };
        if first.amount.stated == 0.0 || self.unit_of(sentence, second, index + 1).is_some() {
            return;
        }
        if let Some(range) = bare_end(sentence, first, second, amount, hit) {
            hit.value = Value::Quantity {
                amount: range,
                unit,
            };
            hit.end = second.end;
        } else if let Some((whole, size, end)) =
            self.in_smaller_unit(sentence, (first, second), amount, &unit, hit)
        {
            hit.value = Value::Quantity {
                amount: whole,
                unit,
            };
            hit.end = end;
            if let Some(size) = size {
                hit.measure = size;
            }
        }
    }

    /// "6-foot-9", "5 feet 11": a bare whole figure (`second`) right after a
    /// unit with a `next_smaller` one counts in that smaller unit, below one
    /// of the larger; the whole length, and its measure where the words say
    /// one: hyphenated, the size of what it describes ("a 6-foot-9
    /// forward"), spaced, the one a word of dimension after it names ("5
    /// feet 11 tall"); and where the smaller figure ends.
    fn in_smaller_unit(
        &self,
        sentence: &str,
        (first, second): (&NumberMatch, &NumberMatch),
        amount: Amount,
        unit: &str,
        hit: &QuantityHit,
    ) -> Option<(Amount, Option<String>, usize)> {
        let factor = amount.stated / first.amount.stated;
        let larger = self
            .units
            .iter()
            .find(|u| u.base == unit && (u.factor - factor).abs() < 1e-9)?;
        let suffix = larger.next_smaller.as_ref()?;
        let smaller = self
            .units
            .iter()
            .find(|u| u.base == unit && u.suffix.contains(suffix))?;
        let gap = sentence.get(hit.end..second.start).unwrap_or("x");
        let (inches, second_end) = split_at_a_comma(sentence, second)
            .filter(|_| gap == "-")
            .unwrap_or((second.amount.stated, second.end));
        if !matches!(gap, "-" | " ")
            || second.ordinal
            || second.fraction
            || second.start != second.number_start
            || second.amount.qualifier != Qualifier::Exact
            || inches.fract() != 0.0
            || inches >= (larger.factor / smaller.factor).round()
        {
            return None;
        }
        // "The 4-foot 8-year-old": a figure joined on to a word is no
        // inches. Spaced, only a function word, a word of dimension or
        // nothing may follow ("5 feet 11 and", "5 feet 11 tall"; not "rose 4
        // feet 2 days later").
        let after = &sentence[second_end..];
        if after.starts_with(|c: char| c == '-' || c.is_alphanumeric()) {
            return None;
        }
        // The next word, or "" after a mark ("5 feet 11, 180 pounds").
        let next = after
            .split_whitespace()
            .next()
            .map_or("", |w| w.trim_end_matches(|c: char| !c.is_alphanumeric()));
        let dimension = self
            .refine
            .iter()
            .find(|r| r.right_after && r.words.iter().any(|d| d == next));
        let ends = next.is_empty() || !next.starts_with(char::is_alphabetic);
        if gap == " " && !(ends || crate::language::is_function_word(next) || dimension.is_some()) {
            return None;
        }
        let size = match gap {
            "-" => larger.attributive.clone(),
            _ => dimension.map(|r| r.measure.clone()),
        };
        Some((
            amount.plus(Amount::exact(inches * smaller.factor)),
            size,
            second_end,
        ))
    }

    /// Whole numbers alone between commas after a capitalised name, in the
    /// first unit: "Maria Lopes, 64, was crossing".
    fn appositions(&self, sentence: &str, numbers: &[NumberMatch], hits: &mut Vec<QuantityHit>) {
        /// The largest such number (an age).
        const MOST: f64 = 120.0;
        let Some(unit) = self.units.first() else {
            return;
        };
        for (index, number) in numbers.iter().enumerate() {
            let amount = number.amount;
            if number.ordinal
                || number.start != number.number_start
                || amount.qualifier != Qualifier::Exact
                || amount.stated.fract() != 0.0
                || !(1.0..=MOST).contains(&amount.stated)
                || hits.iter().any(|h| h.number == index)
            {
                continue;
            }
            let before = sentence[..number.start].trim_end_matches(' ');
            let Some(name) = before.strip_suffix(',') else {
                continue;
            };
            let last = name.rsplit(' ').next().unwrap_or("");
            // "Lopes", "O'Neill", "Dulce-Valencia": each part capitalised.
            let named = last.split(['-', '\'']).all(|part| {
                part.starts_with(char::is_uppercase) && part.chars().skip(1).all(char::is_lowercase)
            }) && !crate::language::is_calendar_word(&last.to_lowercase());
            let after = &sentence[number.end..];
            let closed = after.starts_with([',', '.', ')', ';']) || after.is_empty();
            // "Windows XP, Vista, 7, 8": a number in a list of numbers is
            // a name's, no age.
            let listed = after
                .strip_prefix(',')
                .is_some_and(|rest| rest.trim_start().starts_with(|c: char| c.is_ascii_digit()));
            if named && closed && !listed {
                hits.push(QuantityHit::bare(
                    index,
                    number,
                    &unit.measure,
                    amount.scaled(unit.factor),
                    &unit.base,
                ));
            }
        }
    }

    /// True when `number`'s qualifier is one of `across` with no word of
    /// `bound_after` right before it, and the figure is no vague amount.
    fn spans_across(&self, sentence: &str, number: &NumberMatch) -> bool {
        let qualifier = sentence[number.start..number.number_start]
            .trim()
            .to_lowercase();
        // Most figures have no qualifier: the words before are read only
        // once it is one of `across`.
        self.across.contains(&qualifier)
            && !crate::language::VAGUE
                .contains(&sentence[number.number_start..number.end].to_lowercase())
            && crate::normalize::words::last_words(&sentence[..number.start], 1)
                .last()
                .is_none_or(|w| !self.bound_after.contains(w))
    }

    fn unit_of(&self, sentence: &str, number: &NumberMatch, index: usize) -> Option<QuantityHit> {
        let bare;
        let number = if self.spans_across(sentence, number) {
            bare = number.unqualified();
            &bare
        } else {
            number
        };
        let after = &sentence[number.end..];
        let rest = after.trim_start_matches(|c: char| c == '-' || crate::corpus::is_space(c));
        let skipped = after.len() - rest.len();
        let before = &sentence[..number.start];
        // "Okafor is not 90 percent fit", "not within one month": a
        // denial, never the figure ("50%, if not 60%," hedges).
        let words = crate::normalize::words::words(
            &before[floor_boundary(before, before.len().saturating_sub(2 * LAST_WORD_BYTES))..],
        );
        let denied = words.split_last().is_some_and(|(last, rest)| {
            crate::language::NEGATIONS.contains(last)
                && rest.last().is_none_or(|w| w != "if" && w != "or")
        });
        if denied {
            return None;
        }
        let decimal = sentence[number.number_start..number.end].contains('.');
        // The words before the figure, read once for the units that ask
        // for them.
        let word_before = std::cell::OnceCell::new();
        let preceding = std::cell::OnceCell::new();
        for unit in &self.units {
            if (unit.decimal && !decimal) || unit.most.is_some_and(|m| number.amount.stated > m) {
                continue;
            }
            // "than a 21-year-old": an entry of several words is read
            // against as many words before the figure.
            let never = |entry: &String| {
                if !entry.contains(' ') {
                    return word_before
                        .get_or_init(|| last_word(before))
                        .as_deref()
                        .is_some_and(|w| w == entry);
                }
                let words = preceding
                    .get_or_init(|| crate::normalize::words::last_words(before, PRECEDED_WORDS));
                let entry: Vec<&str> = entry.split(' ').collect();
                words.len() >= entry.len() && words[words.len() - entry.len()..] == entry[..]
            };
            if unit.never_after.iter().any(never) {
                continue;
            }
            let suffix = unit.suffix.iter().find(|s| starts_with_word(rest, s));
            let suffix = suffix.filter(|s| {
                // As written: "the 12000 block of East 223rd Street" is an
                // address, not a distance east.
                unit.followed_by.is_empty() || followed(&rest[s.len()..], unit)
            });
            let suffix = suffix.filter(|s| {
                unit.preceded_by.is_empty()
                    || preceding
                        .get_or_init(|| crate::normalize::words::last_words(before, PRECEDED_WORDS))
                        .iter()
                        .any(|w| unit.preceded_by.contains(w))
                    || converted_into(&rest[s.len()..], &unit.converted_to)
            });
            // The prefix and where the evidence starts: before the
            // qualifier, or between it and the figure ("around $160").
            let lead = &sentence[..number.number_start];
            let prefix = unit
                .prefix
                .iter()
                .find(|p| ends_with_prefix(before, p))
                .map(|p| before.len() - trimmed_len(before, p))
                .or_else(|| {
                    let sign = unit.prefix.iter().find(|p| ends_with_prefix(lead, p));
                    sign.filter(|_| number.start < number.number_start)
                        .map(|_| number.start)
                });
            if number.glued && prefix.is_none() {
                continue;
            }
            // "a 30-year-old man": an age, not a duration; "six M-16s": a
            // capital letter joined to digits is a name, not a unit (while
            // "6-foot-9" is a height).
            if suffix.is_some_and(|s| {
                let after = &rest[s.len()..];
                let capital = rest.starts_with(|c: char| c.is_ascii_uppercase());
                let named = capital
                    && s.len() == 1
                    && after
                        .strip_prefix('-')
                        .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()));
                named || after.starts_with("-old") || after.trim_start().starts_with("old")
            }) {
                return None;
            }
            // "HP's 2008 second-quarter earnings": a unit that is also an
            // ordinal, joined by a hyphen to the word after it, is that
            // ordinal ("second-largest", "second-half").
            if suffix.is_some_and(|s| {
                crate::language::NUMBERS.field(s, 2) == Some("ordinal")
                    && rest[s.len()..]
                        .strip_prefix('-')
                        .is_some_and(|r| r.starts_with(char::is_alphabetic))
            }) {
                continue;
            }
            // "three days a week": how often, not how long; not an idiom
            // that only looks like one ("two years at a time when prices
            // rose").
            if suffix.is_some_and(|s| {
                let after = rest[s.len()..].trim_start();
                self.rates.iter().any(|r| starts_with_word(after, r))
                    && !self.not_rates.iter().any(|r| starts_with_word(after, r))
            }) {
                return None;
            }
            if prefix.is_some() && suffix.is_none() && counts_another_noun(rest, &unit.counting) {
                continue;
            }
            if self.never_zero && suffix.is_some() && number.amount.stated == 0.0 {
                return None;
            }
            let (start, mut end) = match (prefix, suffix) {
                (_, Some(s)) => (
                    prefix.unwrap_or(number.start),
                    number.end + skipped + s.len(),
                ),
                (Some(at), None) => (at, number.end),
                (None, None) => continue,
            };
            // "faces up to 15 years to life": at least the figure.
            let after = &sentence[end..];
            let open_above = suffix.and_then(|_| {
                let rest = after.trim_start();
                let gap = after.len() - rest.len();
                self.open_above
                    .iter()
                    .find(|w| starts_with_word(rest, w))
                    .map(|w| gap + w.len())
            });
            // Whole things step past a strict bound ("a population of more
            // than 40,000" is at least 40,001); a continuous quantity keeps
            // it open ("more than 50 percent").
            let or_more = suffix
                .and(open_above.is_none().then_some(()))
                .and_then(|_| or_more_after(after, number.amount.stated));
            let amount = match (open_above, or_more) {
                (Some(width), _) => {
                    end += width;
                    Amount::continuous(number.amount.stated, Qualifier::AtLeast, false)
                }
                // "within one hour or two": up to two hours.
                (None, Some((more, width))) => {
                    end += width;
                    qualified_range(number.amount.qualifier, number.amount.stated, more)
                }
                (None, None) if unit.whole => number.amount,
                (None, None) => number.continuous(),
            };
            let scaled = amount.scaled(unit.factor);
            let near = |w: &str| {
                let from = floor_boundary(sentence, start.saturating_sub(NEAR));
                let to = floor_boundary(sentence, (end + NEAR).min(sentence.len()));
                sentence[from..to]
                    .to_lowercase()
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|t| t == w)
            };
            let found = self
                .reference
                .then(|| REFERENCE.captures(&sentence[end..]))
                .flatten();
            let reference = found.as_ref().and_then(|found| {
                found
                    .name("place")
                    .map(|m| m.as_str().to_string())
                    .or_else(|| found.name("unnamed").map(|m| m.as_str().to_lowercase()))
            });
            // "for the 13-inch.", "the 17-inch will sell for": a length
            // standing for a model, no measure.
            let verb_next = after.split_whitespace().next().is_some_and(|w| {
                let lower = w.to_lowercase();
                crate::language::is_be_or_auxiliary(w, &lower)
            });
            if unit.attributive.is_some()
                && suffix.is_some()
                && sentence[number.end..].starts_with('-')
                && (after.is_empty() || after.starts_with(['.', ';', ')']) || verb_next)
                && last_word(&sentence[..start]).is_some_and(|w| w == "the")
            {
                return None;
            }
            // "the 13-inch model", "the 17-inch Zentrax Pro", "13-Inch,
            // 15-Inch Zentrax Pro": a length naming a product's variant, no
            // size anyone states.
            let described = past_coordinated_lengths(after, &sentence[number.end..end]);
            if unit.names_variants
                && suffix.is_some()
                && before_a_noun(&sentence[number.end..], described)
                && !first_word_is(described, &crate::language::JOURNEYS)
                && names_a_variant(described)
            {
                return None;
            }
            // "a 15-inch screen" is its size, but "a 30-mile chase" is the
            // distance it covered.
            let attributive = unit.attributive.as_ref().filter(|_| {
                suffix.is_some()
                    && before_a_noun(&sentence[number.end..], described)
                    && !first_word_is(described, &crate::language::JOURNEYS)
            });
            // A length from a place ("30 km south of Dunmore") is a distance,
            // whatever the words near it ("at a depth of 8 km, 30 km south
            // of …").
            let measure = if reference.is_some() {
                unit.measure.clone()
            } else if let Some(measure) = attributive {
                measure.clone()
            } else {
                self.refine
                    .iter()
                    .filter(|r| r.most.is_none_or(|most| scaled.stated <= most))
                    .find(|r| {
                        r.words.iter().any(|w| {
                            if r.right_after {
                                starts_with_word(past_a_conversion(after), w)
                            } else {
                                near(w)
                            }
                        })
                    })
                    .map_or_else(|| unit.measure.clone(), |r| r.measure.clone())
            };
            let bearing = found
                .as_ref()
                .and_then(|found| found.name("bearing"))
                .and_then(|m| compass_bearing(&m.as_str().to_lowercase()));
            let located = reference
                .as_ref()
                .and_then(|_| apposed_place(&sentence[..start]));
            return Some(QuantityHit {
                reference,
                located,
                bearing,
                converts: None,
                number: index,
                start: start.min(number.start),
                end,
                measure,
                value: Value::Quantity {
                    amount: scaled,
                    unit: unit.base.clone(),
                },
            });
        }
        None
    }
}

/// "6-foot-8,225-pound": a figure read as thousands ("8,225") whose part
/// after the comma goes on with a hyphen is two figures of a run of
/// compound adjectives; the part before the comma, and where it ends.
/// (The caller takes it only in a hyphenated run: "a 10-foot 1,200-pound
/// shark" is ten feet long.)
fn split_at_a_comma(sentence: &str, number: &NumberMatch) -> Option<(f64, usize)> {
    let text = sentence.get(number.start..number.end)?;
    let (head, tail) = text.split_once(',')?;
    let joined_on = sentence[number.end..].starts_with('-');
    let plain = |part: &str| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit());
    (joined_on && plain(head) && plain(tail) && tail.len() == 3)
        .then(|| {
            head.parse()
                .ok()
                .map(|inches| (inches, number.start + head.len()))
        })
        .flatten()
}

/// Where a range ends by `hit` begins, when number `prev` opens it:
/// "between 40 and 80 percent" (from "between"), "40 percent to 70 percent",
/// "two or three days", "40-70 km" (from the first figure). Its unit, if repeated, must be the
/// hit's own; "from 3 to 5 percent" is a change, not a range.
fn range_start(
    sentence: &str,
    numbers: &[NumberMatch],
    prev: usize,
    hit: &QuantityHit,
) -> Option<usize> {
    let (first, second) = (&numbers[prev], &numbers[hit.number]);
    // Both ends must be non-zero figures (the unit's factor is read off the
    // second), the second plain: "one to within 20 miles" is no range. A
    // word before the first may bound the whole range ("within two to three
    // weeks"), a strict one may not ("more than two to three").
    let bounds_range = matches!(
        first.amount.qualifier,
        Qualifier::Exact | Qualifier::Approximate | Qualifier::AtLeast | Qualifier::AtMost
    ) && !first.strict;
    if first.ordinal
        || !bounds_range
        || second.amount.qualifier != Qualifier::Exact
        || first.amount.stated == 0.0
        || second.amount.stated == 0.0
    {
        return None;
    }
    let unit = sentence.get(second.end..hit.end)?.trim().to_lowercase();
    // "$140- $150 million": the second end's own sign is no part of the gap.
    let gap_end = if hit.start > first.end && hit.start < second.start {
        hit.start
    } else {
        second.start
    };
    let gap = sentence.get(first.end..gap_end)?.trim().to_lowercase();
    let gap = gap.strip_prefix(unit.as_str()).unwrap_or(&gap).trim();
    // "between $165 million and …": a sign before the first end is its own.
    let before = sentence
        .get(..first.start)?
        .trim_end_matches(|c: char| !c.is_alphanumeric() && !c.is_whitespace())
        .trim_end();
    let between = before.len().checked_sub("between".len()).filter(|&at| {
        before
            .get(at..)
            .is_some_and(|w| w.eq_ignore_ascii_case("between"))
    });
    let from = starts_a_change(sentence, first);
    let low = first.amount.stated * inherited_scale(sentence, first, second);
    match gap {
        "and" => between,
        "to" | "-" | "–" if !from => Some(first.start),
        // "2.30 dlrs or 22 mln dlrs" says one thing two ways: no range.
        "or" if !from && second.amount.stated <= low * MAX_RANGE_RATIO => Some(first.start),
        _ => None,
    }
}

/// A larger figure after a figure and its unit, "or" before it and a stop
/// or nothing after it ("one hour or two,", "a mile or two."): the
/// figure it comes to and how many bytes of `after` it takes.
fn or_more_after(after: &str, stated: f64) -> Option<(f64, usize)> {
    let rest = after.trim_start().strip_prefix("or ")?.trim_start();
    let word_len = rest
        .find(|c: char| !c.is_alphanumeric())
        .unwrap_or(rest.len());
    let word = rest[..word_len].to_lowercase();
    let value = if word.bytes().all(|b| b.is_ascii_digit()) {
        word.parse().ok()?
    } else if crate::language::NUMBERS.field(&word, 2) == Some("unit") {
        crate::language::NUMBERS.field(&word, 1)?.parse().ok()?
    } else {
        return None;
    };
    // A stop, then a space or nothing: "or 96.51 million" goes on.
    let mut tail = rest[word_len..].chars();
    let ends = match tail.next() {
        None => true,
        Some(',' | '.' | ';' | ')') => tail.next().is_none_or(char::is_whitespace),
        Some(_) => false,
    };
    (ends && value > stated).then(|| (value, after.len() - rest.len() + word_len))
}

/// A range `lo..=hi` as the word before its first end bounds it: "within two
/// to three weeks" is at most three, "at least two to three" at least two;
/// "about two to three" is the range.
fn qualified_range(qualifier: Qualifier, lo: f64, hi: f64) -> Amount {
    match qualifier {
        Qualifier::AtMost => Amount::qualified(hi, qualifier, false),
        Qualifier::AtLeast => Amount::qualified(lo, qualifier, false),
        _ => Amount::between(lo, hi),
    }
}

/// True when "from" or a verb of change stands before `first`: "rose from
/// 3 to 5 percent", "gained $1.32 to $44.45" are changes, not ranges; a word
/// of spread before "from" ("ranging from 7 to 75 years", `spreads.tsv`)
/// makes a range again. After "by" only a first figure with its own sign
/// or unit, or a fraction, starts a change ("rise by $19bn to $419bn", "by
/// 2 pct to 5 pct", "by 3/8 to 9 pct"): "grow by 15 to 45 pct" is a range.
fn starts_a_change(sentence: &str, first: &NumberMatch) -> bool {
    let mut words = sentence
        .get(..first.start)
        .unwrap_or("")
        .trim_end_matches(|c: char| !c.is_alphanumeric())
        .rsplit(|c: char| !c.is_alphanumeric())
        .map(str::to_lowercase);
    let word = words.next().unwrap_or_default();
    if word == "from" {
        let spread = words
            .find(|w| !w.is_empty())
            .is_some_and(|w| crate::language::SPREADS.contains(&w));
        return !spread;
    }
    if word == "by" {
        // "by about $12 billion to $90 billion": the sign may follow a
        // qualifier; "raised rates by 3/8 to 9 pct": a fraction is a
        // change of a point's part.
        let signed = sentence[..first.number_start]
            .trim_end()
            .ends_with(['$', '£', '€', '¥']);
        let fraction = sentence[first.number_start..first.end].contains('/');
        let bare = sentence[first.end..]
            .trim_start()
            .get(..3)
            .is_some_and(|w| w.eq_ignore_ascii_case("to "));
        return signed || fraction || !bare;
    }
    crate::language::CHANGES.contains(&word)
}

/// A range's ends in the base unit (`factor` from the figures to it), the
/// first end with the second's scale where it has none; none when the first
/// end is not below the second ("£808m to 8,177 cases"). A first end the
/// scale puts above the second is whole as written when it is close below
/// the second ("500,000 to one mln"; not "1986 to 15.995 billion").
fn range_ends(
    sentence: &str,
    first: &NumberMatch,
    second: &NumberMatch,
    factor: f64,
) -> Option<(f64, f64)> {
    let scale = inherited_scale(sentence, first, second);
    let hi = second.amount.stated * factor;
    let lo = first.amount.stated * factor * scale;
    if lo < hi {
        return Some((lo, hi));
    }
    let lo = first.amount.stated * factor;
    (scale > 1.0 && lo < hi && hi <= lo * MAX_RANGE_RATIO).then_some((lo, hi))
}

/// The scale a range's first end takes from its second: a million for
/// "140-150 million", none when the first has its own ("900 million to
/// 1.2 billion"), a word of its own ("2.30 dlrs or 22 mln dlrs") or the
/// second has none.
fn inherited_scale(sentence: &str, first: &NumberMatch, second: &NumberMatch) -> f64 {
    // The words before the joining word only: "US$" of "US$1 to US$2
    // billion" is the second end's own sign.
    let gap = sentence.get(first.end..second.start).unwrap_or("");
    let worded = gap
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .take_while(|w| !matches!(w.to_lowercase().as_str(), "to" | "or" | "and"))
        .next()
        .is_some();
    if worded {
        return 1.0;
    }
    let scale = |n: &NumberMatch| {
        let written = sentence.get(n.number_start..n.end).unwrap_or("");
        let digits: String = written
            .chars()
            .take_while(|c| c.is_ascii_digit() || matches!(c, '.' | ','))
            .filter(|c| *c != ',')
            .collect();
        // "six mln": a figure in words shows its scale by name.
        match digits.parse::<f64>() {
            Ok(figure) if figure > 0.0 => n.amount.stated / figure,
            _ => crate::normalize::number::scale_of(&written.to_lowercase()),
        }
    };
    let (a, b) = (scale(first), scale(second));
    // A scale is a whole multiple of ten or more ("million", "dozen");
    // "7-3/4" read as 7 is none.
    let whole = (b - b.round()).abs() < 1e-9 && b >= 10.0;
    if (a - 1.0).abs() < f64::EPSILON && whole {
        b
    } else {
        1.0
    }
}

/// True when a quantity starting at `start` restates figure `prev` in
/// parentheses: "euro110 billion ($141 billion)", "10 km (six miles)".
fn restates(sentence: &str, prev: &NumberMatch, start: usize) -> bool {
    /// Words a unit between the figure and the parenthesis may take.
    const UNIT_WORDS: usize = 3;
    let Some(unit) = sentence
        .get(prev.end..start)
        .and_then(|between| between.trim_end().strip_suffix('('))
    else {
        return false;
    };
    !prev.ordinal
        && unit.split_whitespace().count() <= UNIT_WORDS
        && !unit.contains(['.', ',', ';', ':', '(', ')'])
}

/// The largest character boundary of `text` at or before `at`.
fn floor_boundary(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// The most bytes a figure's conversion in brackets may take ("(6.6
/// feet)").
const CONVERSION_BYTES: usize = 30;

/// `text` from its first word past a short bracket at its start, or past a
/// hyphen: "(6.6 feet) wide" and "-wide crater" read "wide".
fn past_a_conversion(text: &str) -> &str {
    if let Some(word) = text.strip_prefix('-') {
        return word;
    }
    let text = text.trim_start();
    text.strip_prefix('(')
        .and_then(|rest| {
            rest[..floor_boundary(rest, CONVERSION_BYTES.min(rest.len()))]
                .find(')')
                .map(|close| rest[close + 1..].trim_start())
        })
        .unwrap_or(text)
}

/// True when `text` starts with `word` (any case) followed by a non-letter.
fn starts_with_word(text: &str, word: &str) -> bool {
    text.get(..word.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(word))
        && text[word.len()..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric())
}

/// True when a figure whose text goes on with `after` is joined to its
/// unit by a hyphen, and the unit (followed by `tail`) stands before a word
/// in the same phrase ("15-inch MacBook", not "15-inch-long" or "6-foot.").
fn before_a_noun(after: &str, tail: &str) -> bool {
    // 'a 15-inch "retina display"': the noun may open a quote.
    let next = tail
        .strip_prefix(' ')
        .unwrap_or("")
        .trim_start_matches(['"', '“', '‘']);
    after.starts_with('-') && next.starts_with(char::is_alphabetic)
}

/// `tail` (the words after a hyphenated length whose unit is written
/// `unit`, "-inch") past the lengths in the same unit joined to it by a
/// comma, "and" or "or": what follows them describes all ("13-Inch, 15-Inch
/// Zentrax Pro", "the 11-inch and 13-inch models"; not "a 17-mile, 16-inch
/// pipeline", a length and a width).
fn past_coordinated_lengths<'a>(tail: &'a str, unit: &str) -> &'a str {
    static NEXT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)\d+(?:\.\d+)?(?P<unit>-\p{L}+)\b")
            .expect("coordinated length pattern is valid")
    });
    let mut rest = tail;
    while let Some(c) = NEXT.captures(rest)
        && c["unit"].eq_ignore_ascii_case(unit)
    {
        rest = &rest[c.get(0).map_or(0, |m| m.end())..];
    }
    rest
}

/// True when `after` (the words after a hyphenated length) opens with a
/// noun for a product's variant ("model", "version") or with a capitalised
/// name that is no place ("Zentrax Pro", but not "a 30-inch Orsova
/// pipe").
fn names_a_variant(after: &str) -> bool {
    if first_word_is(after, &crate::language::VARIANT_NOUNS) {
        return true;
    }
    let Some(word) = after.split_whitespace().next() else {
        return false;
    };
    let word = word.trim_end_matches(|c: char| !c.is_alphanumeric());
    word.starts_with(|c: char| c.is_uppercase())
        && crate::gazetteer::global().lookup(word).is_empty()
}

/// True when the first word of `text` (in lower case, whole: "walk-in" is
/// not "walk") is in `table`.
fn first_word_is(text: &str, table: &crate::language::Table) -> bool {
    text.split_whitespace()
        .next()
        .map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric()))
        .is_some_and(|w| table.contains(&w.to_lowercase()))
}

/// The last word of `text`, in lower case (read from its last bytes only),
/// with a modal's contraction read as the modal ("I'd" → "would", "we'll"
/// → "will") for the `never_after` words of a unit.
fn last_word(text: &str) -> Option<String> {
    let tail = &text[floor_boundary(text, text.len().saturating_sub(LAST_WORD_BYTES))..];
    let word = crate::normalize::words::words(tail).pop()?;
    // "I'd one day", "we'll one day": a modal's contraction is the modal.
    Some(if word.ends_with("'d") {
        "would".to_string()
    } else if word.ends_with("'ll") {
        "will".to_string()
    } else {
        word
    })
}

/// Bytes read back for [`last_word`]: longer than any word it is compared
/// with.
const LAST_WORD_BYTES: usize = 40;

/// True when `counting` is not empty and `rest` (the text right after a
/// figure) opens with a noun not in it, over one "of": "of fighters",
/// "troops" (a word that is no function word).
fn counts_another_noun(rest: &str, counting: &[String]) -> bool {
    if counting.is_empty() || !rest.starts_with(char::is_alphabetic) {
        return false;
    }
    let mut words = rest
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase);
    let next = match words.next() {
        Some(w) if w == "of" => words.next(),
        w => w,
    };
    next.is_some_and(|w| !counting.contains(&w) && !crate::language::is_function_word(&w))
}

/// True when `before` ends with `prefix`, allowing white space or a hyphen
/// between a word prefix and the figure ("magnitude 6.1", "magnitude-6.1",
/// "euro110").
fn ends_with_prefix(before: &str, prefix: &str) -> bool {
    trimmed_len(before, prefix) > 0
}

/// The length of `prefix` plus the separators after it at the end of
/// `before`, or 0 when `before` does not end so.
fn trimmed_len(before: &str, prefix: &str) -> usize {
    // A word prefix may be glued to the figure ("euro110 billion"), or
    // separated from it by spaces or a hyphen ("magnitude-6.1").
    let word = prefix.ends_with(|c: char| c.is_alphabetic());
    let core = if word {
        before.trim_end_matches(|c: char| c == '-' || crate::corpus::is_space(c))
    } else {
        before
    };
    let Some(head) = core
        .len()
        .checked_sub(prefix.len())
        .and_then(|at| core.get(at..))
    else {
        return 0;
    };
    if !head.eq_ignore_ascii_case(prefix) {
        return 0;
    }
    // "A$43" is not "$43"; "premagnitude" is not "magnitude".
    let boundary = core[..core.len() - prefix.len()]
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric());
    if !boundary {
        return 0;
    }
    before.len() - (core.len() - prefix.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compass_bearings_of_direction_words() {
        assert_eq!(compass_bearing("north"), Some(0));
        assert_eq!(compass_bearing("east"), Some(90));
        assert_eq!(compass_bearing("south-west"), Some(225));
        assert_eq!(compass_bearing("northwest"), Some(315));
        assert_eq!(compass_bearing("north-northeast"), Some(27));
        assert_eq!(compass_bearing("east southeast"), Some(117));
        // Opposite points cancel: no direction.
        assert_eq!(compass_bearing("north south"), None);
    }
    use crate::normalize::number::find_numbers;

    fn rule() -> QuantityRule {
        let unit =
            |measure: &str, base: &str, factor: f64, suffix: &[&str], prefix: &[&str]| UnitParams {
                measure: measure.into(),
                base: base.into(),
                factor,
                suffix: suffix.iter().map(|s| s.to_string()).collect(),
                prefix: prefix.iter().map(|s| s.to_string()).collect(),
                whole: false,
                decimal: false,
                followed_by: Vec::new(),
                followed_within: two_words(),
                followed_after: None,
                preceded_by: Vec::new(),
                converted_to: Vec::new(),
                never_after: Vec::new(),
                counting: Vec::new(),
                attributive: None,
                names_variants: false,
                most: None,
                next_smaller: None,
            };
        QuantityRule::new(
            "quantities".into(),
            QuantityParams {
                refine: Vec::new(),
                reference: false,
                carry_within: None,
                apposition: false,
                fractions: None,
                rates: Vec::new(),
                not_rates: Vec::new(),
                open_above: Vec::new(),
                across: Vec::new(),
                bound_after: Vec::new(),
                never_zero: false,
                unit: vec![
                    unit("distance", "m", 1000.0, &["km", "kilometres"], &[]),
                    unit("distance", "m", 1609.344, &["miles"], &[]),
                    unit(
                        "magnitude",
                        "magnitude",
                        1.0,
                        &["magnitude", "on the Richter scale"],
                        &["magnitude"],
                    ),
                    unit("money", "USD", 1.0, &[], &["$"]),
                ],
            },
        )
    }

    fn found(text: &str) -> Vec<(String, String)> {
        let numbers = find_numbers(text);
        rule()
            .find(text, &numbers)
            .into_iter()
            .map(|h| (text[h.start..h.end].to_string(), h.value.to_string()))
            .collect()
    }

    #[test]
    fn a_money_range_is_one_range_whose_first_end_takes_the_scale_of_the_second() {
        for text in [
            "worth $140-150 million",
            "worth $140- $150 million",
            "worth $140 to $150 million",
            "worth $140-$150 million",
        ] {
            assert_eq!(
                found(text),
                [(text[6..].to_string(), "140000000–150000000 USD".to_string())],
                "{text}"
            );
        }
        // Each end with its own scale stays as written.
        assert_eq!(
            found("worth $900 million to $1.2 billion")[0].1,
            "900000000–1200000000 USD"
        );
    }

    #[test]
    fn units_after_the_figure_convert_to_the_base() {
        assert_eq!(
            found("10 km deep, or six miles"),
            [
                ("10 km".to_string(), "10000 m".to_string()),
                ("six miles".to_string(), "9656.064 m".to_string())
            ]
        );
    }

    #[test]
    fn a_figure_in_parentheses_after_another_converts_it_roughly() {
        let text = "a euro110 billion ($141 billion) loan, 10 km (six miles) deep";
        let hits = rule().find(text, &find_numbers(text));
        let shown: Vec<(String, Option<f64>)> = hits
            .iter()
            .map(|h| (h.value.to_string(), h.converts))
            .collect();
        assert_eq!(
            shown,
            [
                ("~141000000000 USD".to_string(), Some(110e9)),
                ("10000 m".to_string(), None),
                ("~9656.064 m".to_string(), Some(10.0)),
            ]
        );
        // Not after a comma or a sentence of words.
        let text = "it lent 110 billion, ($141 billion) in all";
        let hits = rule().find(text, &find_numbers(text));
        assert_eq!(hits.len(), 1, "{hits:?}");
        assert!(hits.iter().all(|h| h.converts.is_none()));
    }

    #[test]
    fn a_distance_reads_the_place_it_is_from_even_after_a_parenthesis() {
        let mut rule = rule();
        rule.reference = true;
        let text = "about 120 km (75 miles) north-west of Mosul, 40 km south of the town of Kerman, 20 km north-northeast of Marston, 3 km east southeast of Black Ridge, and 30 km north of the fire";
        let places: Vec<Option<String>> = rule
            .find(text, &find_numbers(text))
            .into_iter()
            .map(|h| h.reference)
            .collect();
        assert_eq!(
            places,
            [
                Some("Mosul".to_string()),
                Some("Mosul".to_string()),
                Some("Kerman".to_string()),
                Some("Marston".to_string()),
                Some("Black Ridge".to_string()),
                Some("fire".to_string()),
            ]
        );
    }

    #[test]
    fn a_distance_after_an_apposition_locates_that_place() {
        let town = "the quake rattled Alden, a small town on the river, ";
        assert_eq!(apposed_place(town), Some("town".to_string()));
        // The event's own distance, and a name before the comma, locate none.
        assert_eq!(apposed_place("the quake was centred "), None);
        assert_eq!(apposed_place("it struck Alden, "), None);
    }

    #[test]
    fn prefixes_and_hyphens() {
        assert_eq!(
            found("a magnitude-6.1 earthquake"),
            [("magnitude-6.1".to_string(), "6.1 magnitude".to_string())]
        );
        assert_eq!(
            found("The 6.1-magnitude quake"),
            [("6.1-magnitude".to_string(), "6.1 magnitude".to_string())]
        );
        assert_eq!(
            found("save $40 billion"),
            [("$40 billion".to_string(), "40000000000 USD".to_string())]
        );
        assert_eq!(
            found("registering 6.1 on the Richter scale"),
            [(
                "6.1 on the Richter scale".to_string(),
                "6.1 magnitude".to_string()
            )]
        );
    }

    #[test]
    fn a_unit_inside_a_longer_word_does_not_count() {
        assert!(found("5 kmh").is_empty());
        assert!(found("premagnitude 5").is_empty());
    }
}
