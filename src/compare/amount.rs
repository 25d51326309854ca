//! Comparing figures: exact and approximate numbers with a tolerance per
//! qualifier, bounds and vague plurals ("dozens" against 11), totals against
//! parts, and cumulative tolls that may rise but not fall in later reports.

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

/// The values a figure allows, widened by the tolerance for its qualifier;
/// a round plain figure gets the tolerance for "about".
fn range(a: &Amount, t: &Tolerance) -> (f64, f64) {
    match a.qualifier {
        Qualifier::Exact if is_round(a.stated) => (
            a.stated * (1.0 - t.approximate),
            a.stated * (1.0 + t.approximate),
        ),
        Qualifier::Exact => (a.stated * (1.0 - t.exact), a.stated * (1.0 + t.exact)),
        Qualifier::Approximate => (
            a.stated * (1.0 - t.approximate),
            a.stated * (1.0 + t.approximate),
        ),
        Qualifier::AtLeast | Qualifier::Vague | Qualifier::AtMost | Qualifier::Between => {
            (a.lo, a.hi)
        }
    }
}

fn shown(a: &Amount) -> String {
    match a.qualifier {
        Qualifier::Exact => crate::normalize::number::format_number(a.stated),
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
    let (ra, rb) = (range(a, t), range(b, t));
    if ra.0 <= rb.1 && rb.0 <= ra.1 {
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
