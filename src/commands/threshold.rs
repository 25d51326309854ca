//! `--fail-on`: which findings fail a run. A finding is a contradiction
//! between two outlets, and its level is the severity of the comparison rule
//! that found it (`suggestion` < `warning` < `error`), the level the text
//! report prints and SARIF's `level` carries. Nothing else (agreeing or
//! compatible topics, single-source claims) ever fails a run.

use crate::cli::FailOn;
use crate::report::model::Report;
use crate::rules::Severity;
use crate::verdict::Verdict;

/// The lowest level `fail_on` fails on.
fn lowest(fail_on: FailOn) -> Severity {
    match fail_on {
        FailOn::Error => Severity::Error,
        FailOn::Warning => Severity::Warning,
        FailOn::Contradict => Severity::Suggestion,
    }
}

/// Whether a finding of level `severity` fails a run under `fail_on`.
pub fn fails(fail_on: FailOn, severity: Severity) -> bool {
    severity >= lowest(fail_on)
}

/// Whether `report` holds a contradiction that fails a run under `fail_on`.
pub fn report_fails(report: &Report<'_>, fail_on: FailOn) -> bool {
    report
        .relations
        .iter()
        .any(|r| r.found.verdict == Verdict::Contradict && fails(fail_on, r.found.severity))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_level_fails_on_itself_and_above_only() {
        use Severity::{Error, Suggestion, Warning};
        let table = [
            (FailOn::Error, [false, false, true]),
            (FailOn::Warning, [false, true, true]),
            (FailOn::Contradict, [true, true, true]),
        ];
        for (fail_on, want) in table {
            let got = [Suggestion, Warning, Error].map(|s| fails(fail_on, s));
            assert_eq!(got, want, "{fail_on:?}");
        }
    }
}
