//! A figure as an interval with the qualifier that made it: "about 50",
//! "more than 50 percent" (above 50), "at least 12", "dozens" (24 or more),
//! "a handful" (2 to 10), "no one" (0), "not immediately known" (any).
//!
//! In: a stated value and its qualifier. Out: an [`Amount`]. Parsing is the
//! number grammar's business (`number`); judging two amounts is comparison's.

use std::fmt;

use serde::Serialize;

/// How a figure was qualified.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// A plain figure (also zero: "no one was hurt").
    Exact,
    /// about, around, some, roughly, nearly, almost, an estimated …
    Approximate,
    /// more than, over, at least, no fewer than …
    AtLeast,
    /// fewer than, less than, up to, at most, as many as …
    AtMost,
    /// A vague amount: dozens, scores of, hundreds, several, a handful.
    Vague,
    /// A range: "between 40 and 80 percent", "40 to 70 percent".
    Between,
    /// Not known yet: "no immediate word on casualties", "it was not
    /// immediately clear how many". Any figure fits it.
    Unknown,
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
            Qualifier::Unknown => "not yet known",
        }
    }
}

/// A figure as an interval `lo..=hi` (`hi` may be infinite) around a stated
/// value, with the qualifier that made the interval.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Amount {
    /// The number as written ("more than two dozen" states 24; 0 for an
    /// unknown figure).
    pub stated: f64,
    /// Smallest value the text allows.
    pub lo: f64,
    /// Largest value the text allows (`f64::INFINITY` for open bounds).
    pub hi: f64,
    /// How the text qualified the figure.
    pub qualifier: Qualifier,
    /// True when the bound the qualifier sets is itself excluded: "more than
    /// 50 percent" is above 50, not 50 (`lo` is 50, open). Only continuous
    /// quantities have open bounds; whole things step instead ("more than 50
    /// people" is at least 51).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub exclusive: bool,
}

impl Amount {
    /// An exact figure.
    pub fn exact(value: f64) -> Self {
        Amount {
            stated: value,
            lo: value,
            hi: value,
            qualifier: Qualifier::Exact,
            exclusive: false,
        }
    }

    /// A figure the text says is not known yet: any count fits it.
    pub fn unknown() -> Self {
        Amount {
            stated: 0.0,
            lo: 0.0,
            hi: f64::INFINITY,
            qualifier: Qualifier::Unknown,
            exclusive: false,
        }
    }

    /// A vague amount from `lo` to `hi` ("several": 3 to infinity).
    pub fn vague(lo: f64, hi: f64) -> Self {
        Amount {
            stated: lo,
            lo,
            hi,
            qualifier: Qualifier::Vague,
            exclusive: false,
        }
    }

    /// `value` of whole things qualified by `qualifier`: "more than N" is at
    /// least N+1; "at least N" is N.
    pub fn qualified(value: f64, qualifier: Qualifier, strict: bool) -> Self {
        let step = if strict && value.fract() == 0.0 {
            1.0
        } else {
            0.0
        };
        let mut amount = Self::continuous(value, qualifier, false);
        match qualifier {
            Qualifier::AtLeast | Qualifier::Vague => amount.lo = value + step,
            Qualifier::AtMost => amount.hi = (value - step).max(0.0),
            _ => {}
        }
        amount.exclusive = strict && step == 0.0 && amount.is_bound();
        amount
    }

    /// `value` of a continuous quantity qualified by `qualifier`: a strict
    /// bound stays open at the value ("more than 50 percent" is above 50).
    pub fn continuous(value: f64, qualifier: Qualifier, strict: bool) -> Self {
        let (lo, hi) = match qualifier {
            Qualifier::AtLeast | Qualifier::Vague => (value, f64::INFINITY),
            Qualifier::AtMost => (0.0, value),
            Qualifier::Unknown => (0.0, f64::INFINITY),
            Qualifier::Exact | Qualifier::Approximate | Qualifier::Between => (value, value),
        };
        let mut amount = Amount {
            stated: value,
            lo,
            hi,
            qualifier,
            exclusive: false,
        };
        amount.exclusive = strict && amount.is_bound();
        amount
    }

    /// True for a lower or upper bound.
    fn is_bound(&self) -> bool {
        matches!(self.qualifier, Qualifier::AtLeast | Qualifier::AtMost)
    }

    /// The range from `lo` to `hi` ("between 40 and 80"), stated as its
    /// low end.
    pub fn between(lo: f64, hi: f64) -> Self {
        Amount {
            stated: lo.min(hi),
            lo: lo.min(hi),
            hi: lo.max(hi),
            qualifier: Qualifier::Between,
            exclusive: false,
        }
    }

    /// The same amount in another unit: every bound times `factor`.
    pub fn scaled(self, factor: f64) -> Amount {
        Amount {
            stated: self.stated * factor,
            lo: self.lo * factor,
            hi: self.hi * factor,
            ..self
        }
    }

    /// This amount restated as a conversion of `source` (its figure in
    /// another unit, in parentheses): it takes the source's bound ("less than
    /// 50 km (30 miles)" is less than 30 miles), and a plain figure, rounded
    /// at some rate, is about.
    pub fn converting(self, source: &Amount) -> Amount {
        match source.qualifier {
            Qualifier::AtLeast | Qualifier::AtMost | Qualifier::Vague
                if matches!(self.qualifier, Qualifier::Exact | Qualifier::Approximate) =>
            {
                let mut bound = Amount::continuous(self.stated, source.qualifier, source.exclusive);
                if source.qualifier == Qualifier::Vague && source.hi.is_finite() && source.lo > 0.0
                {
                    bound.hi = self.stated * source.hi / source.lo;
                }
                bound
            }
            _ if self.qualifier == Qualifier::Exact => Amount {
                qualifier: Qualifier::Approximate,
                ..self
            },
            _ => self,
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
            exclusive: self.exclusive || other.exclusive,
        }
    }
}

impl fmt::Display for Amount {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = format_number(self.stated);
        match self.qualifier {
            Qualifier::Exact => write!(f, "{n}"),
            Qualifier::Approximate => write!(f, "~{n}"),
            Qualifier::AtLeast if self.exclusive => write!(f, ">{}", format_number(self.lo)),
            Qualifier::AtMost if self.exclusive => write!(f, "<{}", format_number(self.hi)),
            Qualifier::Vague if self.hi.is_finite() => {
                write!(f, "{}–{}", format_number(self.lo), format_number(self.hi))
            }
            Qualifier::AtLeast | Qualifier::Vague => write!(f, "≥{}", format_number(self.lo)),
            Qualifier::AtMost => write!(f, "≤{}", format_number(self.hi)),
            Qualifier::Between => {
                write!(f, "{}–{}", format_number(self.lo), format_number(self.hi))
            }
            Qualifier::Unknown => write!(f, "unknown"),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_strict_bound_steps_on_whole_things_and_stays_open_on_quantities() {
        let people = Amount::qualified(50.0, Qualifier::AtLeast, true);
        assert_eq!((people.lo, people.exclusive), (51.0, false));
        assert_eq!(people.to_string(), "≥51");
        let percent = Amount::continuous(50.0, Qualifier::AtLeast, true);
        assert_eq!((percent.lo, percent.exclusive), (50.0, true));
        assert_eq!(percent.to_string(), ">50");
        let under = Amount::continuous(50.0, Qualifier::AtMost, true);
        assert_eq!(under.to_string(), "<50");
        // A decimal cannot step: "more than 2.5" is above 2.5.
        assert!(Amount::qualified(2.5, Qualifier::AtLeast, true).exclusive);
    }

    #[test]
    fn a_conversion_takes_its_figures_bound() {
        let km = Amount::continuous(50_000.0, Qualifier::AtMost, true);
        let miles = Amount::exact(30.0).scaled(1609.344).converting(&km);
        assert_eq!(miles.qualifier, Qualifier::AtMost);
        assert!(miles.exclusive);
        assert!((miles.hi - 48_280.32).abs() < 1e-6);
        let plain = Amount::exact(141.0).converting(&Amount::exact(110.0));
        assert_eq!(plain.qualifier, Qualifier::Approximate);
    }

    #[test]
    fn unknown_and_vague_amounts_show_their_interval() {
        assert_eq!(Amount::unknown().to_string(), "unknown");
        assert_eq!(Amount::vague(3.0, f64::INFINITY).to_string(), "≥3");
        assert_eq!(Amount::vague(2.0, 10.0).to_string(), "2–10");
        assert_eq!(Amount::exact(0.0).to_string(), "0");
    }

    #[test]
    fn sums_of_parts_keep_the_weakest_qualifier() {
        let total = Amount::exact(2.0).plus(Amount::exact(1.0));
        assert_eq!(total.to_string(), "3");
        let open = Amount::exact(2.0).plus(Amount::qualified(1.0, Qualifier::AtLeast, false));
        assert_eq!(open.to_string(), "≥3");
    }
}
