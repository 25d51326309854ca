//! The plain-text report: for reading in a terminal or a log.

use std::io::Write;

use super::model::{Report, TopicView};
use crate::error::Result;
use crate::graph::Standing;

/// `path:line:col  Outlet  “evidence”` for a claim id.
fn evidence_line(report: &Report<'_>, id: &str) -> Option<String> {
    let (claim, doc) = report.located(id)?;
    Some(format!(
        "{}:{}:{}  {}  “{}”",
        doc.path, claim.line, claim.col, doc.outlet, claim.text
    ))
}

fn topic(out: &mut dyn Write, report: &Report<'_>, t: &TopicView) -> Result<()> {
    writeln!(out, "[{}] {} ({})", t.id, t.label, t.outlets.join(", "))?;
    for &r in &t.relations {
        let rel = &report.relations[r];
        writeln!(out, "  {} ({}): {}", rel.verdict, rel.rule, rel.explanation)?;
    }
    for id in &t.claims {
        if let (Some(line), Some(claim)) = (evidence_line(report, id), report.claim(id)) {
            writeln!(out, "    {line}")?;
            writeln!(out, "        {}", claim.sentence)?;
        }
    }
    writeln!(out)?;
    Ok(())
}

/// Write the report as plain text.
pub fn write(out: &mut dyn Write, report: &Report<'_>) -> Result<()> {
    let s = &report.summary;
    writeln!(
        out,
        "claimcheck report: {} documents, {} claims; relations: {} contradict, {} compatible, {} agree, {} distinct; {} single-source topics",
        s.documents, s.claims, s.contradict, s.compatible, s.agree, s.distinct, s.single_source
    )?;
    for doc in &report.documents {
        let published = doc.published.as_deref().unwrap_or("date unknown");
        writeln!(out, "  {}: {} ({published})", doc.path, doc.outlet)?;
    }
    for failure in &report.failed {
        writeln!(out, "  NOT READ: {}", failure.message)?;
    }
    writeln!(out)?;
    let sections = [
        (Standing::Contradicted, "CONTRADICTIONS"),
        (Standing::Compatible, "COMPATIBLE REPORTS"),
        (Standing::Agreed, "AGREEMENTS"),
    ];
    for (standing, title) in sections {
        let topics: Vec<&TopicView> = report.topics_standing(standing);
        if topics.is_empty() {
            continue;
        }
        writeln!(out, "== {title} ({})\n", topics.len())?;
        for t in topics {
            topic(out, report, t)?;
        }
    }
    let single: Vec<&TopicView> = report.topics_standing(Standing::SingleSource);
    if !single.is_empty() {
        writeln!(out, "== SINGLE-SOURCE CLAIMS ({})\n", single.len())?;
        for t in single {
            for id in &t.claims {
                if let (Some(line), Some(claim)) = (evidence_line(report, id), report.claim(id)) {
                    writeln!(out, "  {line}  {}", claim.claim.summary())?;
                }
            }
        }
    }
    Ok(())
}
