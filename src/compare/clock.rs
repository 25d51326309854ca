//! Game clocks of one match: readings of the time left in a period agree
//! when equal and are compatible a second or two apart (a clock read a
//! moment later); further apart, or in another period, they are other
//! moments of the match (distinct), never a contradiction, as two outlets
//! may time two different plays.

use serde::Deserialize;

use super::Judgement;
use crate::verdict::Verdict;

/// Parameters of a `game-clock` rule.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClockCompareParams {
    /// Seconds two readings of one moment may differ by.
    #[serde(default)]
    pub seconds: u32,
}

/// One side: its period, where said, and seconds left (none for the middle
/// of the period).
pub type Reading<'a> = (Option<&'a str>, Option<u32>);

fn shown((period, left): Reading<'_>) -> String {
    crate::claim::clock_shown(period, left)
}

/// The verdict on two game clocks of one match.
pub fn judge(a: Reading<'_>, b: Reading<'_>, params: &ClockCompareParams) -> Judgement {
    let pair = format!("{} against {}", shown(a), shown(b));
    if let (Some(pa), Some(pb)) = (a.0, b.0)
        && pa != pb
    {
        return Judgement::new(
            Verdict::Distinct,
            format!("{pair}: different periods, two moments of the match"),
        );
    }
    match (a.1, b.1) {
        (Some(x), Some(y)) => {
            let diff = x.abs_diff(y);
            if diff == 0 {
                Judgement::new(Verdict::Agree, format!("{pair}: the same moment"))
            } else if diff <= params.seconds {
                Judgement::new(
                    Verdict::Compatible,
                    format!("{pair}: {diff} s apart, one clock read a moment later"),
                )
            } else {
                Judgement::new(
                    Verdict::Distinct,
                    format!("{pair}: another moment of the match (two plays, not one)"),
                )
            }
        }
        (None, None) => Judgement::new(Verdict::Agree, format!("{pair}: the same stretch")),
        _ => Judgement::new(
            Verdict::Compatible,
            format!("{pair}: the middle of a period is vague; no conflict"),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn readings_agree_are_compatible_or_are_other_moments_never_contradict() {
        let p = ClockCompareParams { seconds: 2 };
        let half = Some("first half");
        let v = |a: Reading<'_>, b: Reading<'_>| judge(a, b, &p).verdict;
        assert_eq!(v((half, Some(462)), (None, Some(462))), Verdict::Agree);
        assert_eq!(v((half, Some(462)), (half, Some(461))), Verdict::Compatible);
        assert_eq!(v((half, Some(462)), (half, Some(845))), Verdict::Distinct);
        assert_eq!(
            v((half, Some(462)), (Some("second half"), Some(462))),
            Verdict::Distinct
        );
        assert_eq!(v((half, None), (half, Some(462))), Verdict::Compatible);
        assert_eq!(v((half, None), (half, None)), Verdict::Agree);
    }
}
