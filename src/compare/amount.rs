//! Comparing figures: exact and approximate numbers with a tolerance per
//! qualifier, bounds (open ones too: "more than 50 percent" is not 50) and
//! vague amounts ("dozens" against 11, "several" against 7), totals against
//! parts, cumulative tolls that may rise but not fall in later reports, none
//! ("no one was hurt" against "two wounded") and figures not yet known ("no
//! immediate word on casualties" fits any figure).

use serde::Deserialize;

use super::Judgement;
use crate::claim::Value;
use crate::normalize::number::{Amount, Qualifier};
use crate::verdict::Verdict;

/// Relative tolerances: how far a figure may be from another and still fit.
#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tolerance {
    /// For plain figures (0.0: must be equal).
    #[serde(default)]
    pub exact: f64,
    /// For "about", "some", "nearly" (0.1: within 10%).
    #[serde(default = "ten_percent")]
    pub approximate: f64,
}

fn ten_percent() -> f64 {
    0.1
}

impl Default for Tolerance {
    fn default() -> Self {
        Tolerance {
            exact: 0.0,
            approximate: ten_percent(),
        }
    }
}

/// Parameters of an `amount` comparison rule.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AmountParams {
    /// Claim kinds it compares ("count", "casualties", "quantity").
    pub kinds: Vec<String>,
    /// Measures it compares (empty: every measure of those kinds).
    #[serde(default)]
    pub measures: Vec<String>,
    /// True for cumulative figures (tolls): a higher figure published later
    /// is an update; a lower one contradicts.
    #[serde(default)]
    pub cumulative: bool,
    /// Tolerances.
    #[serde(default)]
    pub tolerance: Tolerance,
    /// Noun classes that may count the same people as any other class
    /// ("people" against "troops").
    #[serde(default)]
    pub broad_classes: Vec<String>,
    /// Figures further apart than this ratio are taken for different things
    /// counted, not one figure reported differently (none: no limit).
    #[serde(default)]
    pub max_ratio: Option<f64>,
    /// Figures further apart than this difference are different things
    /// (magnitudes of two quakes).
    #[serde(default)]
    pub max_difference: Option<f64>,
    /// The verdict when figures differ but each side names a different
    /// source (two agencies' own readings); none: judge them as any figures.
    #[serde(default)]
    pub different_sources: Option<Verdict>,
    /// Judge exactly (no tolerance) when both sides cite one source: two
    /// outlets quoting one agency must agree to the letter.
    #[serde(default)]
    pub exact_for_same_source: bool,
    /// Classes never compared with a broad one ("fighters" are not "people"
    /// killed in the same attack).
    #[serde(default)]
    pub apart_classes: Vec<String>,
    /// Distances from one place whose directions differ by more than this
    /// many degrees put the event in different places: a contradiction,
    /// whatever the distances (none: directions are not compared).
    #[serde(default)]
    pub max_bearing_difference: Option<u16>,
}

impl AmountParams {
    /// True when figures for nouns of classes `a` and `b` may count the same.
    pub fn same_class(&self, a: &str, b: &str) -> bool {
        if a == b {
            return true;
        }
        let broad = |x: &str| self.broad_classes.iter().any(|c| c == x);
        let apart = |x: &str| self.apart_classes.iter().any(|c| c == x);
        (broad(a) && !apart(b)) || (broad(b) && !apart(a))
    }
}

/// The figure of an amount or a quantity.
pub fn of(value: &Value) -> Option<&Amount> {
    match value {
        Value::Amount { amount, .. } | Value::Quantity { amount, .. } => Some(amount),
        _ => None,
    }
}

/// True for a figure that looks rounded: at least 100 with one or two
/// significant digits ("600 were killed" may be 612; "$141 billion" is not
/// rounded).
fn is_round(value: f64) -> bool {
    if value < 100.0 || value.fract() != 0.0 || value > 1e18 {
        return false;
    }
    let mut digits = value as u64;
    while digits.is_multiple_of(10) {
        digits /= 10;
    }
    digits < 100
}

/// The values a figure allows: its ends and whether each is open.
#[derive(Debug, Clone, Copy)]
struct Range {
    lo: f64,
    hi: f64,
    lo_open: bool,
    hi_open: bool,
}

impl Range {
    fn closed(lo: f64, hi: f64) -> Self {
        Range {
            lo,
            hi,
            lo_open: false,
            hi_open: false,
        }
    }

    /// True when some value lies in both ranges.
    fn meets(&self, other: &Range) -> bool {
        let below = |lo: f64, lo_open: bool, hi: f64, hi_open: bool| {
            if lo_open || hi_open {
                lo < hi
            } else {
                lo <= hi
            }
        };
        below(self.lo, self.lo_open, other.hi, other.hi_open)
            && below(other.lo, other.lo_open, self.hi, self.hi_open)
    }
}

/// The values a figure allows, widened by the tolerance for its qualifier;
/// a round plain figure gets the tolerance for "about".
fn range(a: &Amount, t: &Tolerance) -> Range {
    match a.qualifier {
        Qualifier::Exact if is_round(a.stated) => Range::closed(
            a.stated * (1.0 - t.approximate),
            a.stated * (1.0 + t.approximate),
        ),
        Qualifier::Exact => Range::closed(a.stated * (1.0 - t.exact), a.stated * (1.0 + t.exact)),
        Qualifier::Approximate => Range::closed(
            a.stated * (1.0 - t.approximate),
            a.stated * (1.0 + t.approximate),
        ),
        Qualifier::AtLeast => Range {
            lo_open: a.exclusive,
            ..Range::closed(a.lo, a.hi)
        },
        Qualifier::AtMost => Range {
            hi_open: a.exclusive,
            ..Range::closed(a.lo, a.hi)
        },
        Qualifier::Vague | Qualifier::Between | Qualifier::Unknown => Range::closed(a.lo, a.hi),
    }
}

/// True for a figure of none: "no one was killed", "there were no casualties".
fn is_none(a: &Amount) -> bool {
    a.qualifier == Qualifier::Exact && a.stated == 0.0
}

fn shown(a: &Amount) -> String {
    let n = crate::normalize::number::format_number;
    match a.qualifier {
        Qualifier::Exact if a.stated == 0.0 => "none".to_string(),
        Qualifier::Exact => n(a.stated),
        Qualifier::AtLeast if a.exclusive => format!("more than {}", n(a.lo)),
        Qualifier::AtMost if a.exclusive => format!("less than {}", n(a.hi)),
        Qualifier::Vague if a.hi.is_finite() => format!("between {} and {}", n(a.lo), n(a.hi)),
        Qualifier::Unknown => "not yet known".to_string(),
        Qualifier::Vague => format!("at least {}", crate::normalize::number::format_number(a.lo)),
        Qualifier::Between => format!(
            "between {} and {}",
            crate::normalize::number::format_number(a.lo),
            crate::normalize::number::format_number(a.hi)
        ),
        q => format!(
            "{} {}",
            q.word(),
            crate::normalize::number::format_number(a.stated)
        ),
    }
}

/// Which of two reports came out later, if the dates tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Order {
    /// The first was published before the second.
    FirstEarlier,
    /// The second was published before the first.
    SecondEarlier,
    /// Same day, or a date is unknown.
    Unknown,
}

/// True when two figures are close enough to be one figure reported twice.
pub fn same_figure(a: &Amount, b: &Amount, params: &AmountParams) -> bool {
    // None and not yet known are said of the very figure the other gives.
    let categorical = |x: &Amount| x.qualifier == Qualifier::Unknown || is_none(x);
    if categorical(a) || categorical(b) {
        return true;
    }
    let (x, y) = (a.stated.abs(), b.stated.abs());
    let ratio_ok = params.max_ratio.is_none_or(|r| x.max(y) <= r * x.min(y));
    let difference_ok = params.max_difference.is_none_or(|d| (x - y).abs() <= d);
    ratio_ok && difference_ok
}

/// Judge two figures.
pub fn judge(a: &Amount, b: &Amount, params: &AmountParams, order: Order) -> Judgement {
    let t = &params.tolerance;
    if a.stated == b.stated && a.qualifier == b.qualifier && (a.lo, a.hi) == (b.lo, b.hi) {
        return Judgement::new(Verdict::Agree, format!("both {}", shown(a)));
    }
    if let Some(judgement) = not_yet_known(a, b, order) {
        return judgement;
    }
    let (ra, rb) = (range(a, t), range(b, t));
    if ra.meets(&rb) {
        return Judgement::new(
            Verdict::Compatible,
            format!("{} fits {}", shown(a), shown(b)),
        );
    }
    let differ = format!("{} against {}", shown(a), shown(b));
    if params.cumulative {
        let (earlier, later) = match order {
            Order::FirstEarlier => (a, b),
            Order::SecondEarlier => (b, a),
            // "No one was hurt" and "two were wounded" the same day: none
            // is not a figure that an update raises within the day.
            Order::Unknown if is_none(a) || is_none(b) => {
                return Judgement::new(
                    Verdict::Contradict,
                    format!("{differ}: published the same day, and none cannot be a count"),
                );
            }
            Order::Unknown => {
                return Judgement::new(
                    Verdict::Compatible,
                    format!(
                        "{differ}: published the same day, so the later figure may be an update"
                    ),
                );
            }
        };
        return if later.lo >= earlier.lo {
            Judgement::new(
                Verdict::Compatible,
                format!("{differ}: a higher figure published later, an update"),
            )
        } else {
            Judgement::new(
                Verdict::Contradict,
                format!(
                    "{differ}: the later report gives a lower figure ({}), which a running toll cannot do",
                    shown(later)
                ),
            )
        };
    }
    Judgement::new(
        Verdict::Contradict,
        format!("{differ}: beyond the tolerance"),
    )
}

/// The judgement when one side says the figure is not known yet: any figure
/// fits; one given in a later report is an update.
fn not_yet_known(a: &Amount, b: &Amount, order: Order) -> Option<Judgement> {
    let unknown = |x: &Amount| x.qualifier == Qualifier::Unknown;
    let (first_unknown, known) = match (unknown(a), unknown(b)) {
        (true, true) => {
            return Some(Judgement::new(
                Verdict::Agree,
                "both say the figure is not yet known".to_string(),
            ));
        }
        (true, false) => (true, b),
        (false, true) => (false, a),
        (false, false) => return None,
    };
    let later = matches!(
        (first_unknown, order),
        (true, Order::FirstEarlier) | (false, Order::SecondEarlier)
    );
    let why = if later {
        format!(
            "{} published later is an update of a figure not yet known",
            shown(known)
        )
    } else {
        format!("{} fits a figure not yet known", shown(known))
    };
    Some(Judgement::new(Verdict::Compatible, why))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn exact(v: f64) -> Amount {
        Amount::exact(v)
    }

    fn params(cumulative: bool) -> AmountParams {
        AmountParams {
            cumulative,
            ..AmountParams::default()
        }
    }

    #[test]
    fn equal_figures_agree_and_different_ones_contradict() {
        assert_eq!(
            judge(&exact(3.0), &exact(3.0), &params(false), Order::Unknown).verdict,
            Verdict::Agree
        );
        assert_eq!(
            judge(&exact(5.0), &exact(4.0), &params(false), Order::Unknown).verdict,
            Verdict::Contradict
        );
    }

    #[test]
    fn a_lower_bound_is_not_a_contradiction() {
        let at_least_three = Amount::qualified(3.0, Qualifier::AtLeast, false);
        assert_eq!(
            judge(&at_least_three, &exact(3.0), &params(false), Order::Unknown).verdict,
            Verdict::Compatible
        );
        let more_than_two_dozen = Amount::qualified(24.0, Qualifier::AtLeast, true);
        assert_eq!(
            judge(
                &more_than_two_dozen,
                &exact(25.0),
                &params(false),
                Order::Unknown
            )
            .verdict,
            Verdict::Compatible
        );
        assert_eq!(
            judge(
                &more_than_two_dozen,
                &exact(24.0),
                &params(false),
                Order::Unknown
            )
            .verdict,
            Verdict::Contradict
        );
    }

    #[test]
    fn ranges_hold_what_lies_within_them() {
        let forty_to_seventy = Amount::between(40.0, 70.0);
        let forty_to_eighty = Amount::between(40.0, 80.0);
        assert_eq!(forty_to_seventy.to_string(), "40–70");
        for (other, verdict) in [
            (&forty_to_eighty, Verdict::Compatible),
            (&exact(55.0), Verdict::Compatible),
            (&exact(100.0), Verdict::Contradict),
        ] {
            assert_eq!(
                judge(&forty_to_seventy, other, &params(false), Order::Unknown).verdict,
                verdict,
                "40–70 against {other}"
            );
        }
    }

    #[test]
    fn none_against_a_figure_the_same_day_contradicts_and_later_is_an_update() {
        let none = exact(0.0);
        assert!(same_figure(
            &none,
            &exact(2.0),
            &AmountParams {
                max_ratio: Some(3.0),
                ..AmountParams::default()
            }
        ));
        for cumulative in [false, true] {
            let p = params(cumulative);
            assert_eq!(
                judge(&none, &exact(2.0), &p, Order::Unknown).verdict,
                Verdict::Contradict,
                "cumulative: {cumulative}"
            );
        }
        assert_eq!(
            judge(&none, &exact(2.0), &params(true), Order::FirstEarlier).verdict,
            Verdict::Compatible
        );
        assert_eq!(
            judge(&none, &none, &params(true), Order::Unknown).verdict,
            Verdict::Agree
        );
    }

    #[test]
    fn a_figure_not_yet_known_fits_any_figure() {
        let unknown = Amount::unknown();
        let p = params(true);
        let j = judge(&unknown, &exact(12.0), &p, Order::FirstEarlier);
        assert_eq!(j.verdict, Verdict::Compatible);
        assert!(j.explanation.contains("update"), "{}", j.explanation);
        let j = judge(&exact(12.0), &unknown, &params(false), Order::Unknown);
        assert_eq!(j.verdict, Verdict::Compatible);
        assert!(same_figure(
            &unknown,
            &exact(5000.0),
            &AmountParams {
                max_ratio: Some(3.0),
                ..AmountParams::default()
            }
        ));
    }

    #[test]
    fn several_fits_seven_and_a_handful_does_not_fit_forty() {
        let several = Amount::vague(3.0, f64::INFINITY);
        assert_eq!(
            judge(&several, &exact(7.0), &params(false), Order::Unknown).verdict,
            Verdict::Compatible
        );
        let handful = Amount::vague(2.0, 10.0);
        assert_eq!(
            judge(&handful, &exact(40.0), &params(false), Order::Unknown).verdict,
            Verdict::Contradict
        );
    }

    #[test]
    fn an_open_bound_excludes_its_figure() {
        let above_fifty = Amount::continuous(50.0, Qualifier::AtLeast, true);
        let p = params(false);
        assert_eq!(
            judge(&above_fifty, &exact(50.0), &p, Order::Unknown).verdict,
            Verdict::Contradict
        );
        assert_eq!(
            judge(&above_fifty, &exact(50.5), &p, Order::Unknown).verdict,
            Verdict::Compatible
        );
        let at_least_fifty = Amount::continuous(50.0, Qualifier::AtLeast, false);
        assert_eq!(
            judge(&at_least_fifty, &exact(50.0), &p, Order::Unknown).verdict,
            Verdict::Compatible
        );
    }

    #[test]
    fn dozens_is_at_least_24() {
        let dozens = Amount::qualified(24.0, Qualifier::Vague, false);
        assert_eq!(
            judge(&dozens, &exact(11.0), &params(false), Order::Unknown).verdict,
            Verdict::Contradict
        );
    }

    #[test]
    fn approximate_figures_get_their_tolerance() {
        let about = Amount::qualified(5200.0, Qualifier::Approximate, false);
        assert_eq!(
            judge(&about, &exact(5000.0), &params(false), Order::Unknown).verdict,
            Verdict::Compatible
        );
        assert_eq!(
            judge(&about, &exact(4000.0), &params(false), Order::Unknown).verdict,
            Verdict::Contradict
        );
    }

    #[test]
    fn figures_far_apart_are_not_one_figure() {
        let p = AmountParams {
            max_ratio: Some(3.0),
            ..AmountParams::default()
        };
        assert!(same_figure(&exact(20000.0), &exact(30000.0), &p));
        assert!(!same_figure(&exact(3.0), &exact(20000.0), &p));
        let magnitudes = AmountParams {
            max_difference: Some(1.0),
            ..AmountParams::default()
        };
        assert!(!same_figure(&exact(6.1), &exact(9.1), &magnitudes));
    }

    #[test]
    fn a_round_figure_is_read_as_rounded() {
        let p = params(false);
        assert_eq!(
            judge(&exact(600.0), &exact(612.0), &p, Order::Unknown).verdict,
            Verdict::Compatible
        );
        assert_eq!(
            judge(&exact(60.0), &exact(61.0), &p, Order::Unknown).verdict,
            Verdict::Contradict
        );
        assert_eq!(
            judge(&exact(141e9), &exact(158e9), &p, Order::Unknown).verdict,
            Verdict::Contradict
        );
    }

    #[test]
    fn running_tolls_may_rise_but_not_fall() {
        let p = params(true);
        assert_eq!(
            judge(&exact(12.0), &exact(18.0), &p, Order::FirstEarlier).verdict,
            Verdict::Compatible
        );
        assert_eq!(
            judge(&exact(50.0), &exact(11.0), &p, Order::FirstEarlier).verdict,
            Verdict::Contradict
        );
        assert_eq!(
            judge(&exact(11.0), &exact(50.0), &p, Order::SecondEarlier).verdict,
            Verdict::Contradict
        );
    }
}
