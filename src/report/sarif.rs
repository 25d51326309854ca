//! SARIF 2.1.0 for code-review tools: one result per contradiction, located
//! at one side's evidence in the article file (lines and columns in
//! characters), the other side as a related location; a rule entry per
//! comparison rule; and the finding's fingerprint (`fingerprint.rs`), so it
//! survives edits that move lines.

use std::io::Write;

use serde::Serialize;
use serde_json::{Value, json};

use super::claims::ClaimView;
use super::documents::DocumentView;
use super::escape::sarif_message;
use super::fingerprint::{self, Side};
use super::model::{RelationView, Report, TopicView};
use crate::error::Result;
use crate::rules::Severity;

/// The SARIF level of a severity.
fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Suggestion => "note",
    }
}

/// A path as a URI reference: `/` separators, bytes outside the unreserved
/// set percent-encoded.
fn uri(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for b in path.replace('\\', "/").bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn location(claim: &ClaimView<'_>, doc: &DocumentView<'_>) -> Value {
    let (end_line, end_col) = (claim.end.line, claim.end.col);
    json!({
        "physicalLocation": {
            "artifactLocation": { "uri": uri(doc.path) },
            "region": {
                "startLine": claim.line,
                "startColumn": claim.col,
                "endLine": end_line,
                "endColumn": end_col,
                "byteOffset": claim.span.start,
                "byteLength": claim.span.end - claim.span.start,
                "snippet": { "text": claim.text },
            },
            "contextRegion": { "snippet": { "text": claim.sentence.text() } },
        }
    })
}

/// The SARIF result of one contradiction, or `None` when a side is missing.
fn result(report: &Report<'_>, topic: &TopicView, relation: &RelationView) -> Option<Value> {
    let (a, doc_a) = report.located(&relation.a)?;
    let (b, doc_b) = report.located(&relation.b)?;
    let (excerpt_a, excerpt_b) = (a.sentence.text(), b.sentence.text());
    let fingerprint = fingerprint::of(
        &relation.found.rule,
        Side {
            path: doc_a.path,
            evidence: a.text,
            excerpt: &excerpt_a,
        },
        Side {
            path: doc_b.path,
            evidence: b.text,
            excerpt: &excerpt_b,
        },
    );
    let mut related = location(b, doc_b);
    related["id"] = json!(1);
    related["message"] = json!({ "text": sarif_message(&report.voice(&relation.b)) });
    let mut result = json!({
        "ruleId": relation.found.rule,
        "level": level(relation.found.severity),
        "message": {
            "text": format!(
                "{}: {} (the other side: [{}](1))",
                sarif_message(&topic.label),
                sarif_message(&relation.found.explanation),
                sarif_message(&report.voice(&relation.b))
            )
        },
        "locations": [location(a, doc_a)],
        "relatedLocations": [related],
        "partialFingerprints": { "claimcheck/v1": fingerprint },
        "properties": {
            "topic": topic.label,
            "sameSource": relation.found.same_source,
            "sharedCopy": relation.found.shared_copy,
        },
    });
    if let Some(index) = report
        .rules
        .iter()
        .position(|x| x.id == relation.found.rule)
    {
        result["ruleIndex"] = json!(index);
    }
    Some(result)
}

/// The results, serialised one at a time as they are made (a corpus may
/// have tens of thousands).
struct Results<'r, 'a>(&'r Report<'a>);

impl Serialize for Results<'_, '_> {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        let report = self.0;
        serializer.collect_seq(
            report
                .contradictions()
                .filter_map(|(topic, relation)| result(report, topic, relation)),
        )
    }
}

/// A SARIF log with one run.
#[derive(Serialize)]
struct Log<'r, 'a> {
    #[serde(rename = "$schema")]
    schema: &'static str,
    version: &'static str,
    runs: [Run<'r, 'a>; 1],
}

/// The run: the tool, its rules, how the run went, the results.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Run<'r, 'a> {
    tool: Value,
    invocations: [Value; 1],
    column_kind: &'static str,
    results: Results<'r, 'a>,
}

/// How the run went: successful unless `--keep-going` skipped articles,
/// each of which is an error notification at its file.
fn invocation(report: &Report<'_>) -> Value {
    let notifications: Vec<Value> = report
        .failed
        .iter()
        .map(|failure| {
            json!({
                "level": "error",
                "message": { "text": failure.message },
                "locations": [{
                    "physicalLocation": { "artifactLocation": { "uri": uri(&failure.path) } }
                }],
            })
        })
        .collect();
    json!({
        "executionSuccessful": report.failed.is_empty(),
        "toolExecutionNotifications": notifications,
    })
}

/// Write the report's contradictions as a SARIF 2.1.0 log.
pub fn write(out: &mut dyn Write, report: &Report<'_>) -> Result<()> {
    let rules: Vec<Value> = report
        .rules
        .iter()
        .map(|rule| {
            json!({
                "id": rule.id,
                "name": rule.id,
                "shortDescription": { "text": rule.summary },
                "fullDescription": { "text": rule.why },
                "defaultConfiguration": { "level": level(rule.severity) },
                "properties": { "kind": rule.kind },
            })
        })
        .collect();
    let log = Log {
        schema: "https://json.schemastore.org/sarif-2.1.0.json",
        version: "2.1.0",
        runs: [Run {
            tool: json!({
                "driver": {
                    "name": "claimcheck",
                    "version": env!("CARGO_PKG_VERSION"),
                    "rules": rules,
                }
            }),
            invocations: [invocation(report)],
            column_kind: "unicodeCodePoints",
            results: Results(report),
        }],
    };
    serde_json::to_writer_pretty(&mut *out, &log).map_err(std::io::Error::from)?;
    writeln!(out)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uris_keep_separators_and_encode_the_rest() {
        assert_eq!(uri("seeds/a b.txt"), "seeds/a%20b.txt");
        assert_eq!(uri("dir\\x#1.txt"), "dir/x%231.txt");
        assert_eq!(uri("é.txt"), "%C3%A9.txt");
    }
}
