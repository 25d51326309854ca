//! One self-contained HTML page for an editor: no network, no external
//! assets. The summary table; the table of articles (outlet, date and where
//! it came from, story, link to the original); each topic with its
//! contradicting pair first, then the outlets' other sentences side by side,
//! the evidence highlighted; filters by verdict (also set by the address's
//! `#verdict=…`, so a link can open a filtered page), by text and by outlet,
//! which compose; and a drawing of the topic graph (outlets and topics, edges
//! coloured by verdict) as inline SVG. The page reflows down to a 400 px
//! screen: tables scroll in their own box and long paths wrap.

mod articles;
mod assets;

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;

use super::claims::ClaimView;
use super::dot::{standing_colour, verdict_colour};
use super::escape::html as escape;
use super::markdown::MAX_OUTLET_COLUMNS;
use super::model::{RelationView, Report, StoryView, TopicView};
use crate::error::Result;
use crate::graph::Standing;
use crate::verdict::Verdict;

/// Topics beyond this many are left out of the drawing (the caption says
/// how many are drawn); the tables list them all.
const MAX_DRAWN_TOPICS: usize = 150;
/// Labels longer than this are cut in the drawing (the full one is its tooltip).
const LABEL_CHARS: usize = 56;

/// The name used in `data-standing` and in CSS classes.
fn standing_key(s: Standing) -> &'static str {
    match s {
        Standing::Contradicted => "contradicted",
        Standing::Compatible => "compatible",
        Standing::Agreed => "agreed",
        Standing::SingleSource => "single",
    }
}

fn standing_word(s: Standing) -> &'static str {
    match s {
        Standing::Contradicted => "contradicted",
        Standing::Compatible => "compatible",
        Standing::Agreed => "agreed",
        Standing::SingleSource => "single source",
    }
}

/// The claim's excerpt with its evidence in `<mark>`.
fn highlighted(claim: &ClaimView<'_>) -> String {
    let excerpt = &claim.sentence;
    let (head, tail) = excerpt.marks();
    format!(
        "{head}{}<mark>{}</mark>{}{tail}",
        escape(excerpt.before),
        escape(excerpt.evidence),
        escape(excerpt.after)
    )
}

/// Close a table, the box it scrolls in, and its section.
fn end_table_section(out: &mut dyn Write) -> Result<()> {
    writeln!(out, "</tbody>\n</table>\n</div>\n</section>")?;
    Ok(())
}

/// Every story with its topics that two outlets report, in report order;
/// a story with none is left out.
fn shared_by_story<'r>(report: &'r Report<'_>) -> Vec<(&'r StoryView, Vec<&'r TopicView>)> {
    report
        .by_story()
        .into_iter()
        .map(|(story, topics)| {
            let shared = topics
                .into_iter()
                .filter(|t| t.standing != Standing::SingleSource)
                .collect::<Vec<_>>();
            (story, shared)
        })
        .filter(|(_, shared)| !shared.is_empty())
        .collect()
}

/// Write the report as one HTML page.
pub fn write(out: &mut dyn Write, report: &Report<'_>) -> Result<()> {
    writeln!(out, "<!DOCTYPE html>")?;
    writeln!(out, "<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">")?;
    writeln!(
        out,
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
    )?;
    // Says what made the page, so claimcheck never reads it back as an
    // article.
    writeln!(out, "{}", crate::corpus::formats::html::GENERATOR)?;
    writeln!(
        out,
        "<title>{}</title>\n<style>{}</style>\n</head>\n<body>",
        escape(&report.title()),
        assets::STYLE
    )?;
    writeln!(out, "<header>\n<h1>{}</h1>", escape(&report.title()))?;
    writeln!(
        out,
        "<p id=\"counts\">{}</p>",
        escape(&report.summary.sentence())
    )?;
    for failure in &report.failed {
        writeln!(
            out,
            "<p class=\"failed\">Not read: {}</p>",
            escape(&failure.message)
        )?;
    }
    writeln!(out, "</header>")?;
    filters(out, report)?;
    let shared: Vec<&TopicView> = report
        .topics
        .iter()
        .filter(|t| t.standing != Standing::SingleSource)
        .collect();
    summary_table(out, report, &shared)?;
    let stories = shared_by_story(report);
    let with_findings = stories.iter().map(|(s, _)| s.id.as_str()).collect();
    articles::table(out, report, &with_findings)?;
    graph(out, report, &shared)?;
    writeln!(out, "<section id=\"findings\">\n<h2>Findings</h2>")?;
    for (story, shared) in stories {
        writeln!(
            out,
            "<section class=\"story\" id=\"story-{}\">\n<h3>{}</h3>",
            escape(&story.id),
            escape(&report.story_heading(story))
        )?;
        for topic in shared {
            topic_section(out, report, topic)?;
        }
        writeln!(out, "</section>")?;
    }
    writeln!(out, "</section>")?;
    single_sources(out, report)?;
    writeln!(out, "<script>{}</script>\n</body>\n</html>", assets::SCRIPT)?;
    Ok(())
}

/// The filter bar: verdict buttons (each with its number of topics), a
/// search box, an outlet select and the caption the script keeps counting.
fn filters(out: &mut dyn Write, report: &Report<'_>) -> Result<()> {
    writeln!(
        out,
        "<nav id=\"filters\" aria-label=\"Filters\">\n<button type=\"button\" data-verdict=\"all\" aria-pressed=\"true\">all ({})</button>",
        report.topics.len()
    )?;
    for standing in [
        Standing::Contradicted,
        Standing::Compatible,
        Standing::Agreed,
        Standing::SingleSource,
    ] {
        writeln!(
            out,
            "<button type=\"button\" data-verdict=\"{}\" aria-pressed=\"false\">{} ({})</button>",
            standing_key(standing),
            standing_word(standing),
            report.topics_standing(standing).len()
        )?;
    }
    writeln!(
        out,
        "<input type=\"search\" id=\"search\" placeholder=\"Search topics\" aria-label=\"Search topics\">\n<select id=\"outlet\" aria-label=\"Outlet\">\n<option value=\"\">every outlet</option>"
    )?;
    let outlets: BTreeSet<&str> = report.documents.iter().map(|d| d.outlet).collect();
    for outlet in outlets {
        writeln!(out, "<option value=\"{0}\">{0}</option>", escape(outlet))?;
    }
    writeln!(
        out,
        "</select>\n<span id=\"shown\" aria-live=\"polite\">showing {0} of {0} topics</span>\n</nav>",
        report.topics.len()
    )?;
    Ok(())
}

/// The outlets reporting `topics`, in document order, each once.
fn outlets<'r>(report: &'r Report<'_>, topics: &[&TopicView]) -> Vec<&'r str> {
    let reporting: BTreeSet<&str> = topics
        .iter()
        .flat_map(|t| t.outlets.iter().map(String::as_str))
        .collect();
    let mut seen = BTreeSet::new();
    report
        .documents
        .iter()
        .map(|d| d.outlet)
        .filter(|o| reporting.contains(o) && seen.insert(*o))
        .collect()
}

fn summary_table(out: &mut dyn Write, report: &Report<'_>, topics: &[&TopicView]) -> Result<()> {
    let outlets = outlets(report, topics);
    // Beyond a few outlets, one column lists each topic's outlets and values.
    let columns = outlets.len() <= MAX_OUTLET_COLUMNS;
    writeln!(out, "<section id=\"summary\">\n<h2>Summary</h2>")?;
    writeln!(
        out,
        "<div class=\"scroll\">\n<table id=\"summary-table\">\n<thead><tr><th>Topic</th><th>Standing</th>"
    )?;
    if columns {
        for outlet in &outlets {
            write!(out, "<th>{}</th>", escape(outlet))?;
        }
    } else {
        write!(out, "<th>Values</th>")?;
    }
    writeln!(out, "</tr></thead>\n<tbody>")?;
    for topic in topics {
        let mut values: BTreeMap<&str, Vec<String>> = BTreeMap::new();
        for (claim, doc) in topic.claims.iter().filter_map(|id| report.located(id)) {
            let list = values.entry(doc.outlet).or_default();
            if !list.contains(&claim.value_shown) {
                list.push(claim.value_shown.clone());
            }
        }
        let key = standing_key(topic.standing);
        write!(
            out,
            "<tr class=\"{key}\" data-follows=\"{0}\"><td><a href=\"#{0}\">{1}</a></td><td><span class=\"badge {key}\">{2}</span></td>",
            topic.id,
            escape(&topic.label),
            standing_word(topic.standing)
        )?;
        let clashing = report.contradicting_outlets(topic);
        let cell = |outlet: &str| values.get(outlet).map_or(String::new(), |v| v.join("; "));
        if columns {
            for outlet in &outlets {
                let class = if clashing.contains(outlet) {
                    " class=\"clash\" title=\"contradicted\""
                } else {
                    ""
                };
                write!(out, "<td{class}>{}</td>", escape(&cell(outlet)))?;
            }
        } else {
            write!(out, "<td>")?;
            for (i, outlet) in values.keys().enumerate() {
                let class = if clashing.contains(outlet) {
                    " class=\"clash\""
                } else {
                    ""
                };
                write!(
                    out,
                    "{}<span{class}>{}: {}</span>",
                    if i > 0 { "; " } else { "" },
                    escape(outlet),
                    escape(&cell(outlet))
                )?;
            }
            write!(out, "</td>")?;
        }
        writeln!(out, "</tr>")?;
    }
    end_table_section(out)
}

/// The worst verdict among the relations that involve `outlet`'s claims in
/// `topic`, if any.
fn outlet_verdict(report: &Report<'_>, topic: &TopicView, outlet: &str) -> Option<Verdict> {
    let of_outlet = |id: &str| report.located(id).is_some_and(|(_, d)| d.outlet == outlet);
    topic
        .relations
        .iter()
        .map(|&r| &report.relations[r])
        .filter(|r| of_outlet(&r.a) || of_outlet(&r.b))
        .map(|r| r.found.verdict)
        .filter(|v| *v != Verdict::Distinct)
        .min()
}

fn cut(label: &str) -> String {
    if label.chars().count() > LABEL_CHARS {
        let mut short: String = label.chars().take(LABEL_CHARS - 1).collect();
        short.push('…');
        short
    } else {
        label.to_string()
    }
}

/// The topic graph as SVG: outlets on the left, topics on the right, an edge
/// where an outlet reports on a topic, coloured by its worst verdict there.
fn graph(out: &mut dyn Write, report: &Report<'_>, topics: &[&TopicView]) -> Result<()> {
    let drawn = &topics[..topics.len().min(MAX_DRAWN_TOPICS)];
    let outlets = outlets(report, drawn);
    let row = 28;
    let rows = outlets.len().max(drawn.len()).max(1);
    let height = rows * row + 20;
    let (left_x, left_w, right_x, right_w) = (10, 200, 480, 420);
    writeln!(out, "<section id=\"graph\">\n<h2>Topic graph</h2>")?;
    writeln!(
        out,
        "<p>Outlets (left) and the topics they report (right); an edge's colour is the outlet's worst verdict in that topic (red contradict, orange compatible, green agree). {} of {} shared topics drawn.</p>",
        drawn.len(),
        topics.len()
    )?;
    writeln!(
        out,
        "<svg id=\"topic-graph\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{}\" height=\"{height}\" viewBox=\"0 0 {} {height}\" role=\"img\" aria-label=\"Topic graph\">",
        right_x + right_w + 10,
        right_x + right_w + 10
    )?;
    let centre = |i: usize, count: usize| {
        // Spread each column over the full height.
        let span = height - 20;
        10 + (2 * i + 1) * span / (2 * count.max(1))
    };
    for (t, topic) in drawn.iter().enumerate() {
        for (o, outlet) in outlets.iter().enumerate() {
            if !topic.outlets.iter().any(|x| x == outlet) {
                continue;
            }
            let colour = outlet_verdict(report, topic, outlet).map_or("#bdbdbd", verdict_colour);
            let (y1, y2) = (centre(o, outlets.len()), centre(t, drawn.len()));
            let (x1, x2) = (left_x + left_w, right_x);
            let mid = (x1 + x2) / 2;
            writeln!(
                out,
                "<path class=\"edge\" data-follows=\"{}\" d=\"M{x1},{y1} C{mid},{y1} {mid},{y2} {x2},{y2}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\"><title>{} — {}</title></path>",
                topic.id,
                escape(outlet),
                escape(&topic.label)
            )?;
        }
    }
    for (o, outlet) in outlets.iter().enumerate() {
        let y = centre(o, outlets.len());
        writeln!(
            out,
            "<g class=\"outlet\"><rect x=\"{left_x}\" y=\"{}\" width=\"{left_w}\" height=\"22\" rx=\"4\" fill=\"#e3eaf5\" stroke=\"#5c6bc0\"/><text x=\"{}\" y=\"{}\">{}</text></g>",
            y - 11,
            left_x + 8,
            y + 4,
            escape(&cut(outlet))
        )?;
    }
    for (t, topic) in drawn.iter().enumerate() {
        let y = centre(t, drawn.len());
        writeln!(
            out,
            "<g class=\"topic-node\" data-follows=\"{}\"><title>{}</title><rect x=\"{right_x}\" y=\"{}\" width=\"{right_w}\" height=\"22\" rx=\"11\" fill=\"#fff\" stroke=\"{}\" stroke-width=\"2\"/><text x=\"{}\" y=\"{}\">{}</text></g>",
            topic.id,
            escape(&topic.label),
            y - 11,
            standing_colour(topic.standing),
            right_x + 10,
            y + 4,
            escape(&cut(&topic.label))
        )?;
    }
    writeln!(out, "</svg>\n</section>")?;
    Ok(())
}

/// The first contradiction of `topic` (in report order), if it has one: the
/// pair its card opens with.
fn first_contradiction<'r, 'a>(
    report: &'r Report<'a>,
    topic: &TopicView,
) -> Option<&'r RelationView<'a>> {
    report
        .relations_worst_first(topic)
        .into_iter()
        .find(|r| r.found.verdict == Verdict::Contradict)
}

/// What a relation found, in one line: verdict, rule, explanation.
fn relation_line(relation: &RelationView<'_>) -> String {
    format!(
        "<b>{0}</b> <code>{1}</code>: {2}",
        relation.found.verdict.name(),
        escape(&relation.found.rule),
        escape(&relation.found.explanation)
    )
}

/// One claim: its sentence with the evidence marked, where it is and its
/// value.
fn claim_figure(out: &mut dyn Write, path: &str, claim: &ClaimView<'_>) -> Result<()> {
    let citing = claim.claim.attribution.as_ref().map_or(String::new(), |a| {
        format!(" · citing {}", escape(&a.source))
    });
    writeln!(
        out,
        "<figure class=\"claim\" id=\"{}\"><blockquote>{}</blockquote><figcaption><code>{}:{}:{}</code> · {}{citing}</figcaption></figure>",
        escape(&claim.id),
        highlighted(claim),
        escape(path),
        claim.line,
        claim.col,
        escape(&claim.value_shown)
    )?;
    Ok(())
}

/// One outlet's column of claims, under its name.
fn side(
    out: &mut dyn Write,
    report: &Report<'_>,
    doc_index: usize,
    claims: &[&ClaimView<'_>],
) -> Result<()> {
    let Some(doc) = report.documents.get(doc_index) else {
        return Ok(());
    };
    writeln!(
        out,
        "<div class=\"side\" data-outlet=\"{0}\">\n<h4>{0}</h4>",
        escape(doc.outlet)
    )?;
    for claim in claims {
        claim_figure(out, doc.path, claim)?;
    }
    writeln!(out, "</div>")?;
    Ok(())
}

/// The two claims of a contradiction side by side, and why they clash.
fn contradicting_pair(
    out: &mut dyn Write,
    report: &Report<'_>,
    relation: &RelationView<'_>,
) -> Result<()> {
    writeln!(
        out,
        "<div class=\"pair\" role=\"group\" aria-label=\"The contradiction\">\n<div class=\"sides\">"
    )?;
    for claim in [&relation.a, &relation.b]
        .into_iter()
        .filter_map(|id| report.claim(id))
    {
        side(out, report, claim.doc_index, &[claim])?;
    }
    writeln!(
        out,
        "</div>\n<p class=\"why {}\">{}</p>\n</div>",
        relation.found.verdict.name(),
        relation_line(relation)
    )?;
    Ok(())
}

/// A topic's card: its contradicting pair first when it has one, then the
/// other claims one column per document (in report order), then every
/// relation, worst first.
fn topic_section(out: &mut dyn Write, report: &Report<'_>, topic: &TopicView) -> Result<()> {
    let key = standing_key(topic.standing);
    writeln!(
        out,
        "<article class=\"topic {key}\" id=\"{0}\" data-topic=\"{0}\" data-standing=\"{key}\">\n<h4>{1} <span class=\"badge {key}\">{2}</span></h4>",
        topic.id,
        escape(&topic.label),
        standing_word(topic.standing)
    )?;
    let pair = first_contradiction(report, topic);
    if let Some(relation) = pair {
        contradicting_pair(out, report, relation)?;
    }
    let in_pair = |id: &str| pair.is_some_and(|r| r.a == id || r.b == id);
    let mut sides: BTreeMap<usize, Vec<&ClaimView<'_>>> = BTreeMap::new();
    for claim in topic
        .claims
        .iter()
        .filter(|id| !in_pair(id))
        .filter_map(|id| report.claim(id))
    {
        sides.entry(claim.doc_index).or_default().push(claim);
    }
    if !sides.is_empty() {
        writeln!(out, "<div class=\"sides\">")?;
        for (doc_index, claims) in sides {
            side(out, report, doc_index, &claims)?;
        }
        writeln!(out, "</div>")?;
    }
    writeln!(out, "<ul class=\"relations\">")?;
    for relation in report.relations_worst_first(topic) {
        writeln!(
            out,
            "<li class=\"{}\">{}</li>",
            relation.found.verdict.name(),
            relation_line(relation)
        )?;
    }
    writeln!(out, "</ul>\n</article>")?;
    Ok(())
}

fn single_sources(out: &mut dyn Write, report: &Report<'_>) -> Result<()> {
    let single = report.topics_standing(Standing::SingleSource);
    if single.is_empty() {
        return Ok(());
    }
    writeln!(
        out,
        "<section id=\"single\">\n<h2>Single-source claims</h2>\n<div class=\"scroll\">\n<table>\n<thead><tr><th>Story</th><th>Where</th><th>Outlet</th><th>Claim</th><th>Sentence</th><th>Not compared because</th></tr></thead>\n<tbody>"
    )?;
    for topic in single {
        for (claim, doc) in topic.claims.iter().filter_map(|id| report.located(id)) {
            writeln!(
                out,
                "<tr data-topic=\"{}\" data-standing=\"single\" data-outlet=\"{}\"><td>{}</td><td><code>{}:{}:{}</code></td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                topic.id,
                escape(doc.outlet),
                escape(&topic.story),
                escape(doc.path),
                claim.line,
                claim.col,
                escape(&report.voice(&claim.id)),
                escape(&claim.claim.summary()),
                highlighted(claim),
                escape(claim.uncompared.unwrap_or(""))
            )?;
        }
    }
    end_table_section(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_labels_are_cut_with_an_ellipsis() {
        let long = "x".repeat(LABEL_CHARS + 5);
        assert_eq!(cut(&long).chars().count(), LABEL_CHARS);
        assert!(cut(&long).ends_with('…'));
        assert_eq!(cut("short"), "short");
    }
}
