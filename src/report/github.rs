//! GitHub Actions annotations: one workflow command per contradiction, in
//! report order (the order SARIF gives its results), at one side's evidence:
//! `::error file=PATH,line=L,col=C,endLine=L,endColumn=C,title=T::MESSAGE`,
//! `::warning` or `::notice` by the rule's severity. The message names the
//! other side with its `file:line:col`. Each article `--keep-going` skipped
//! comes first, as an `::error` at its file. Paths, outlets, labels and
//! explanations are escaped for the workflow-command syntax, so a hostile
//! file name cannot end the command or add another.

use std::io::Write;

use super::escape::{github_message, github_property};
use super::model::{RelationView, Report, TopicView};
use crate::error::Result;
use crate::rules::Severity;

/// The workflow command of a severity.
fn command(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Suggestion => "notice",
    }
}

/// The annotation of one contradiction, or `None` when a side is missing.
fn annotation(report: &Report<'_>, topic: &TopicView, relation: &RelationView) -> Option<String> {
    let (a, doc_a) = report.located(&relation.a)?;
    let (b, doc_b) = report.located(&relation.b)?;
    let title = format!("claimcheck {}: {}", relation.found.rule, topic.label);
    let message = format!(
        "{}: {} (the other side: {} at {}:{}:{})",
        topic.label,
        relation.found.explanation,
        report.voice(&relation.b),
        doc_b.path,
        b.line,
        b.col
    );
    Some(format!(
        "::{} file={},line={},col={},endLine={},endColumn={},title={}::{}",
        command(relation.found.severity),
        github_property(doc_a.path),
        a.line,
        a.col,
        a.end.line,
        a.end.col,
        github_property(&title),
        github_message(&message)
    ))
}

/// Write an error annotation per article `--keep-going` skipped, then one
/// annotation per contradiction of `report`.
pub fn write(out: &mut dyn Write, report: &Report<'_>) -> Result<()> {
    for failure in &report.failed {
        writeln!(
            out,
            "::error file={},title={}::{}",
            github_property(&failure.path),
            github_property("claimcheck: article not read"),
            github_message(&failure.message)
        )?;
    }
    for (topic, relation) in report.contradictions() {
        if let Some(line) = annotation(report, topic, relation) {
            writeln!(out, "{line}")?;
        }
    }
    Ok(())
}
