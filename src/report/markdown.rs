//! The Markdown report: a pull-request comment and a committed snapshot. A
//! summary table first (topics against outlets, each outlet's value,
//! contradictions marked), then the findings with their evidence.

use std::io::Write;

use super::escape::{markdown as cell, markdown_code as code};
use super::model::{Report, TopicView};
use crate::error::Result;
use crate::graph::Standing;

/// Outlets beyond this many are listed in one column instead of one each.
pub const MAX_OUTLET_COLUMNS: usize = 8;

fn standing(s: Standing) -> &'static str {
    match s {
        Standing::Contradicted => "**contradicted**",
        Standing::Compatible => "compatible",
        Standing::Agreed => "agreed",
        Standing::SingleSource => "single source",
    }
}

/// The values each outlet gives in a topic, distinct ones joined by "; ".
fn values(report: &Report<'_>, t: &TopicView) -> Vec<(String, String)> {
    let mut out: Vec<(String, Vec<String>)> = Vec::new();
    for id in &t.claims {
        let Some((claim, doc)) = report.located(id) else {
            continue;
        };
        match out.iter_mut().find(|(o, _)| o == doc.outlet) {
            Some((_, values)) => {
                if !values.contains(&claim.value_shown) {
                    values.push(claim.value_shown.clone());
                }
            }
            None => out.push((doc.outlet.to_string(), vec![claim.value_shown.clone()])),
        }
    }
    out.into_iter().map(|(o, v)| (o, v.join("; "))).collect()
}

fn table(out: &mut dyn Write, report: &Report<'_>, topics: &[&TopicView]) -> Result<()> {
    let mut outlets: Vec<&str> = report.documents.iter().map(|d| d.outlet).collect();
    outlets.dedup();
    let columns = outlets.len() <= MAX_OUTLET_COLUMNS;
    if columns {
        let heads: Vec<String> = outlets.iter().map(|o| cell(o)).collect();
        writeln!(out, "| Topic | Standing | {} |", heads.join(" | "))?;
        writeln!(out, "|---|---|{}", "---|".repeat(outlets.len()))?;
    } else {
        writeln!(out, "| Topic | Standing | Values |")?;
        writeln!(out, "|---|---|---|")?;
    }
    for t in topics {
        // Values on a side of a contradiction are marked.
        let clashing = report.contradicting_outlets(t);
        let vals: Vec<(String, String)> = values(report, t)
            .into_iter()
            .map(|(o, v)| {
                let v = if clashing.contains(o.as_str()) {
                    format!("⚠ {v}")
                } else {
                    v
                };
                (o, v)
            })
            .collect();
        let rest = if columns {
            outlets
                .iter()
                .map(|o| {
                    vals.iter()
                        .find(|(x, _)| x == o)
                        .map_or(String::new(), |(_, v)| cell(v))
                })
                .collect::<Vec<_>>()
                .join(" | ")
        } else {
            vals.iter()
                .map(|(o, v)| format!("{}: {}", cell(o), cell(v)))
                .collect::<Vec<_>>()
                .join("; ")
        };
        writeln!(
            out,
            "| {} | {} | {rest} |",
            cell(&t.label),
            standing(t.standing)
        )?;
    }
    writeln!(out)?;
    Ok(())
}

fn topic(out: &mut dyn Write, report: &Report<'_>, t: &TopicView) -> Result<()> {
    writeln!(out, "#### {} — {}\n", cell(&t.label), standing(t.standing))?;
    for rel in report.relations_worst_first(t) {
        let mut notes = Vec::new();
        if rel.found.same_source {
            notes.push("same source");
        }
        if rel.found.shared_copy {
            notes.push("shared agency copy");
        }
        let notes = if notes.is_empty() {
            String::new()
        } else {
            format!(" ({})", notes.join(", "))
        };
        writeln!(
            out,
            "- **{}** {}{notes}: {}",
            rel.found.verdict.name(),
            code(&rel.found.rule, false),
            cell(&rel.found.explanation)
        )?;
    }
    writeln!(out)?;
    for id in &t.claims {
        let Some((claim, doc)) = report.located(id) else {
            continue;
        };
        writeln!(
            out,
            "- {} {}: “{}”  \n  > {}",
            code(&format!("{}:{}:{}", doc.path, claim.line, claim.col), false),
            cell(doc.outlet),
            cell(claim.text),
            cell(&claim.sentence.text())
        )?;
    }
    writeln!(out)?;
    Ok(())
}

/// Write the report as Markdown.
pub fn write(out: &mut dyn Write, report: &Report<'_>) -> Result<()> {
    writeln!(out, "# {}\n", cell(&report.title()))?;
    writeln!(out, "{}\n", report.summary.sentence())?;
    if !report.failed.is_empty() {
        writeln!(out, "## Articles that could not be read\n")?;
        for failure in &report.failed {
            writeln!(
                out,
                "- {}: {}",
                code(&failure.path, false),
                cell(&failure.message)
            )?;
        }
        writeln!(out)?;
    }
    let shared: Vec<&TopicView> = report
        .topics
        .iter()
        .filter(|t| t.standing != Standing::SingleSource)
        .collect();
    if !shared.is_empty() {
        writeln!(out, "## Summary\n")?;
        table(out, report, &shared)?;
    }
    for (story, topics) in report.by_story() {
        writeln!(out, "## {}\n", cell(&report.story_heading(story)))?;
        for (wanted, title) in [
            (Standing::Contradicted, "Contradictions"),
            (Standing::Compatible, "Compatible reports"),
            (Standing::Agreed, "Agreements"),
        ] {
            let found: Vec<&TopicView> = topics
                .iter()
                .copied()
                .filter(|t| t.standing == wanted)
                .collect();
            if found.is_empty() {
                continue;
            }
            writeln!(out, "### {title}\n")?;
            for t in found {
                topic(out, report, t)?;
            }
        }
        let single: Vec<&TopicView> = topics
            .iter()
            .copied()
            .filter(|t| t.standing == Standing::SingleSource)
            .collect();
        if single.is_empty() {
            continue;
        }
        writeln!(out, "### Single-source claims\n")?;
        writeln!(
            out,
            "| Where | Outlet | Claim | Evidence | Not compared because |"
        )?;
        writeln!(out, "|---|---|---|---|---|")?;
        for t in single {
            for id in &t.claims {
                let Some((claim, doc)) = report.located(id) else {
                    continue;
                };
                writeln!(
                    out,
                    "| {} | {} | {} | “{}” | {} |",
                    code(&format!("{}:{}:{}", doc.path, claim.line, claim.col), true),
                    cell(doc.outlet),
                    cell(&claim.claim.summary()),
                    cell(claim.text),
                    cell(claim.uncompared.unwrap_or(""))
                )?;
            }
        }
        writeln!(out)?;
    }
    Ok(())
}
