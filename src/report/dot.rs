//! The topic graph in Graphviz DOT: outlets (boxes), topics (ellipses,
//! outlined by how they stand) and claims (notes), with edges for "reports",
//! "about" and each relation, coloured by verdict.
//! `dot -Tsvg report.dot > report.svg` draws it.

use std::io::Write;

use super::escape::dot as quoted;
use super::model::Report;
use crate::error::Result;
use crate::graph::Standing;
use crate::verdict::Verdict;

/// The colour of a verdict, shared with the HTML page.
pub fn verdict_colour(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Contradict => "#c62828",
        Verdict::Compatible => "#ef6c00",
        Verdict::Agree => "#2e7d32",
        Verdict::Distinct => "#757575",
    }
}

/// The colour of a topic's standing, shared with the HTML page.
pub fn standing_colour(standing: Standing) -> &'static str {
    match standing {
        Standing::Contradicted => verdict_colour(Verdict::Contradict),
        Standing::Compatible => verdict_colour(Verdict::Compatible),
        Standing::Agreed => verdict_colour(Verdict::Agree),
        Standing::SingleSource => "#9e9e9e",
    }
}

/// Write the report's graph as DOT.
pub fn write(out: &mut dyn Write, report: &Report<'_>) -> Result<()> {
    writeln!(out, "digraph claimcheck {{")?;
    writeln!(out, "  graph [rankdir=LR, fontname=\"Helvetica\"];")?;
    writeln!(out, "  node [fontname=\"Helvetica\", fontsize=10];")?;
    writeln!(out, "  edge [fontname=\"Helvetica\", fontsize=9];")?;
    for doc in &report.documents {
        writeln!(
            out,
            "  {} [shape=box, style=filled, fillcolor=\"#e3eaf5\", label={}];",
            quoted(&doc.id),
            quoted(&format!("{}\n{}", doc.outlet, doc.name))
        )?;
    }
    // Articles --keep-going could not read: a node each, so the graph does
    // not look complete when it is not.
    for (i, failure) in report.failed.iter().enumerate() {
        writeln!(
            out,
            "  {} [shape=box, style=\"filled,dashed\", fillcolor=\"#ffebee\", color=\"#c62828\", label={}];",
            quoted(&format!("failed{i}")),
            quoted(&format!("not read: {}\n{}", failure.path, failure.message))
        )?;
    }
    for topic in &report.topics {
        writeln!(
            out,
            "  {} [shape=ellipse, color={}, penwidth=2, label={}];",
            quoted(&topic.id),
            quoted(standing_colour(topic.standing)),
            quoted(&topic.label)
        )?;
    }
    for claim in &report.claims {
        writeln!(
            out,
            "  {} [shape=note, label={}];",
            quoted(&claim.id),
            quoted(&format!("{}\n“{}”", claim.value_shown, claim.text))
        )?;
        writeln!(
            out,
            "  {} -> {} [color=\"#9e9e9e\", label=\"reports\"];",
            quoted(&claim.doc),
            quoted(&claim.id)
        )?;
    }
    for topic in &report.topics {
        for id in &topic.claims {
            writeln!(
                out,
                "  {} -> {} [color=\"#9e9e9e\", style=dashed, label=\"about\"];",
                quoted(id),
                quoted(&topic.id)
            )?;
        }
    }
    for relation in &report.relations {
        let colour = verdict_colour(relation.found.verdict);
        let width = if relation.found.verdict == Verdict::Contradict {
            3
        } else {
            1
        };
        writeln!(
            out,
            "  {} -> {} [dir=none, color={}, fontcolor={}, penwidth={width}, label={}];",
            quoted(&relation.a),
            quoted(&relation.b),
            quoted(colour),
            quoted(colour),
            quoted(&format!(
                "{} ({})",
                relation.found.verdict.name(),
                relation.found.rule
            ))
        )?;
    }
    writeln!(out, "}}")?;
    Ok(())
}
