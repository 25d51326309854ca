//! The terminal report, in the manner of compiler diagnostics: each
//! contradiction names its rule, shows every outlet's sentence with the
//! evidence underlined and labelled with outlet and attribution, and says
//! why; compatible and agreeing topics and single-source claims follow, one
//! line per claim. Coloured only when asked ([`Style`]).

use std::io::Write;

use super::claims::ClaimView;
use super::escape::{is_unsafe, terminal as t};
use super::model::{RelationView, Report, TopicView};
use super::style::{Paint, Style};
use crate::claim::ClaimKind;
use crate::error::Result;
use crate::graph::Standing;
use crate::rules::Severity;
use crate::verdict::Verdict;

/// Characters of context kept on either side of the evidence in a snippet.
const CONTEXT_CHARS: usize = 40;
/// Evidence longer than this is cut in a snippet.
const EVIDENCE_CHARS: usize = 80;

/// The part of a claim's sentence a diagnostic shows: the sentence's line
/// that holds the evidence, clipped around it, and where the evidence sits
/// in it, counted in characters.
#[derive(Debug, PartialEq, Eq)]
struct Snippet {
    text: String,
    start: usize,
    width: usize,
}

/// Characters as one terminal column each: tabs, controls (escape
/// sequences) and bidirectional-text controls become spaces.
fn visible(text: &str) -> impl Iterator<Item = char> + '_ {
    text.chars().map(|c| if is_unsafe(c) { ' ' } else { c })
}

fn snippet(claim: &ClaimView<'_>) -> Snippet {
    let excerpt = claim.sentence.text();
    let (from, to) = claim.sentence.evidence_range();
    clip(&excerpt, from, to).unwrap_or_else(|| {
        let text: String = visible(claim.text).collect();
        let width = text.chars().count();
        Snippet {
            text,
            start: 0,
            width,
        }
    })
}

/// The snippet of `sentence` around its bytes `from..to`, or `None` when
/// they are not a span of it.
fn clip(sentence: &str, from: usize, to: usize) -> Option<Snippet> {
    let inside = from <= to
        && to <= sentence.len()
        && sentence.is_char_boundary(from)
        && sentence.is_char_boundary(to);
    if !inside {
        return None;
    }
    let line_start = sentence[..from].rfind('\n').map_or(0, |i| i + 1);
    let evidence_end = sentence[from..to].find('\n').map_or(to, |i| from + i);
    let line_end = sentence[evidence_end..]
        .find('\n')
        .map_or(sentence.len(), |i| evidence_end + i);
    let before: Vec<char> = visible(&sentence[line_start..from]).collect();
    let evidence: Vec<char> = visible(&sentence[from..evidence_end]).collect();
    let after: Vec<char> = visible(&sentence[evidence_end..line_end]).collect();

    let mut text = String::new();
    if before.len() > CONTEXT_CHARS {
        text.push('…');
        text.extend(&before[before.len() - CONTEXT_CHARS + 1..]);
    } else {
        text.extend(&before);
    }
    let start = text.chars().count();
    if evidence.len() > EVIDENCE_CHARS {
        text.extend(&evidence[..EVIDENCE_CHARS - 1]);
        text.push('…');
    } else {
        text.extend(&evidence);
    }
    let width = text.chars().count() - start;
    if after.len() > CONTEXT_CHARS {
        text.extend(&after[..CONTEXT_CHARS - 1]);
        text.push('…');
    } else {
        text.extend(&after);
    }
    Some(Snippet {
        text,
        start,
        width: width.max(1),
    })
}

fn level(severity: Severity) -> (&'static str, Paint) {
    match severity {
        Severity::Error => ("error", Paint::Error),
        Severity::Warning => ("warning", Paint::Warning),
        Severity::Suggestion => ("note", Paint::Note),
    }
}

/// One contradiction: header, both sides' snippets, why.
fn diagnostic(
    out: &mut dyn Write,
    report: &Report<'_>,
    topic: &TopicView,
    relation: &RelationView,
    style: Style,
) -> Result<()> {
    let (Some((a, doc_a)), Some((b, doc_b))) =
        (report.located(&relation.a), report.located(&relation.b))
    else {
        return Ok(());
    };
    let (word, paint) = level(relation.found.severity);
    writeln!(
        out,
        "{}{} {} against {}",
        style.paint(paint, &format!("{word}[{}]", t(&relation.found.rule))),
        style.paint(Paint::Strong, &format!(": {}:", t(&topic.label))),
        t(&a.value_shown),
        t(&b.value_shown)
    )?;
    let gutter = a.line.max(b.line).to_string().len();
    let pad = " ".repeat(gutter);
    let bar = style.paint(Paint::Gutter, "|");
    for (claim, path, id) in [(a, doc_a.path, &relation.a), (b, doc_b.path, &relation.b)] {
        let shown = snippet(claim);
        writeln!(
            out,
            "{pad}{} {}:{}:{}",
            style.paint(Paint::Gutter, "-->"),
            t(path),
            claim.line,
            claim.col
        )?;
        writeln!(out, "{pad} {bar}")?;
        writeln!(
            out,
            "{} {bar} {}",
            style.paint(Paint::Gutter, &format!("{:>gutter$}", claim.line)),
            shown.text
        )?;
        writeln!(
            out,
            "{pad} {bar} {}{} {}",
            " ".repeat(shown.start),
            style.paint(paint, &"^".repeat(shown.width)),
            style.paint(paint, &t(&report.voice(id)))
        )?;
    }
    writeln!(
        out,
        "{pad} {} why: {}",
        style.paint(Paint::Gutter, "="),
        t(&relation.found.explanation)
    )?;
    if relation.found.shared_copy {
        writeln!(
            out,
            "{pad} {} note: the two sentences are one agency's copy: one source, not two confirmations",
            style.paint(Paint::Gutter, "=")
        )?;
    }
    writeln!(out)?;
    Ok(())
}

/// One line per claim: where, who, what value, the evidence.
fn claim_lines(
    out: &mut dyn Write,
    report: &Report<'_>,
    ids: &[String],
    style: Style,
) -> Result<()> {
    for id in ids {
        let Some((claim, doc)) = report.located(id) else {
            continue;
        };
        // A quote's value is its evidence: say it once.
        let evidence = if claim.claim.kind == ClaimKind::Quote {
            String::new()
        } else {
            format!(" “{}”", t(claim.text))
        };
        let why = claim
            .uncompared
            .map_or_else(String::new, |why| format!("  [not compared: {}]", t(why)));
        writeln!(
            out,
            "  {} {}:{}:{}  {}: {}{evidence}{why}",
            style.paint(Paint::Gutter, "-->"),
            t(doc.path),
            claim.line,
            claim.col,
            t(&report.voice(id)),
            t(&claim.value_shown),
        )?;
    }
    Ok(())
}

/// One story's topics: contradictions as diagnostics, then compatible and
/// agreeing topics, then single-source claims.
fn story_topics(
    out: &mut dyn Write,
    report: &Report<'_>,
    topics: &[&TopicView],
    style: Style,
) -> Result<()> {
    let standing = |wanted: Standing| topics.iter().copied().filter(move |t| t.standing == wanted);
    for topic in standing(Standing::Contradicted) {
        for &r in &topic.relations {
            let relation = &report.relations[r];
            if relation.found.verdict == Verdict::Contradict {
                diagnostic(out, report, topic, relation, style)?;
            }
        }
    }
    for (wanted, word, paint) in [
        (Standing::Compatible, "compatible", Paint::Warning),
        (Standing::Agreed, "agreed", Paint::Note),
    ] {
        for topic in standing(wanted) {
            writeln!(
                out,
                "{}{} ({})",
                style.paint(paint, word),
                style.paint(Paint::Strong, &format!(": {}", t(&topic.label))),
                t(&topic.outlets.join(", "))
            )?;
            claim_lines(out, report, &topic.claims, style)?;
            writeln!(out)?;
        }
    }
    let single: Vec<&TopicView> = standing(Standing::SingleSource).collect();
    if !single.is_empty() {
        writeln!(
            out,
            "{}",
            style.paint(
                Paint::Strong,
                &format!("single-source claims ({} topics):", single.len())
            )
        )?;
        for topic in single {
            claim_lines(out, report, &topic.claims, style)?;
        }
        writeln!(out)?;
    }
    Ok(())
}

/// Write the report for a terminal or a log.
pub fn write(out: &mut dyn Write, report: &Report<'_>, style: Style) -> Result<()> {
    let s = &report.summary;
    writeln!(
        out,
        "{}",
        style.paint(
            Paint::Strong,
            &format!(
                "{}: {} documents, {} claims",
                t(&report.title()),
                s.documents,
                s.claims
            )
        )
    )?;
    for doc in &report.documents {
        let published = doc.published.as_deref().unwrap_or("date unknown");
        writeln!(
            out,
            "  {}: {} ({published})",
            t(&doc.label()),
            t(doc.outlet)
        )?;
    }
    for failure in &report.failed {
        writeln!(
            out,
            "  {} {}",
            style.paint(Paint::Error, "not read:"),
            t(&failure.message)
        )?;
    }
    writeln!(out)?;
    for (story, topics) in report.by_story() {
        writeln!(
            out,
            "{}\n",
            style.paint(Paint::Strong, &t(&report.story_heading(story)))
        )?;
        story_topics(out, report, &topics, style)?;
    }
    writeln!(
        out,
        "{}: {} contradict, {} compatible, {} agree, {} distinct; {} single-source topics",
        style.paint(Paint::Strong, "relations"),
        s.contradict,
        s.compatible,
        s.agree,
        s.distinct,
        s.single_source
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn underline(s: &Snippet) -> String {
        format!("{}{}", " ".repeat(s.start), "^".repeat(s.width))
    }

    #[test]
    fn a_short_sentence_is_shown_whole_with_the_evidence_underlined() {
        let sentence = "The strikes came around 1:30 a.m., officials said.";
        let from = sentence.find("around").expect("in sentence");
        let shown = clip(sentence, from, from + "around 1:30 a.m.".len()).expect("a span");
        assert_eq!(shown.text, sentence);
        assert_eq!(underline(&shown), "                 ^^^^^^^^^^^^^^^^");
    }

    #[test]
    fn columns_count_characters_not_bytes() {
        let sentence = "“Ça” — 50 troops";
        let from = sentence.find("50").expect("in sentence");
        let shown = clip(sentence, from, from + 2).expect("a span");
        assert_eq!(shown.start, 7);
        assert_eq!(shown.width, 2);
    }

    #[test]
    fn long_sentences_are_clipped_around_the_evidence() {
        let sentence = format!("{} killed 3 people {}", "a".repeat(100), "b".repeat(100));
        let from = sentence.find('3').expect("in sentence");
        let shown = clip(&sentence, from, from + 1).expect("a span");
        assert!(shown.text.starts_with('…') && shown.text.ends_with('…'));
        assert_eq!(shown.text.chars().nth(shown.start), Some('3'));
        assert!(shown.text.chars().count() <= 2 * CONTEXT_CHARS + 1);
    }

    #[test]
    fn only_the_line_holding_the_evidence_is_shown_and_tabs_become_spaces() {
        let sentence = "first line\nsecond\tline has 7 dead\nthird";
        let from = sentence.find('7').expect("in sentence");
        let shown = clip(sentence, from, from + 1).expect("a span");
        assert_eq!(shown.text, "second line has 7 dead");
        assert_eq!(shown.start, 16);
    }

    #[test]
    fn a_span_outside_the_sentence_is_refused() {
        assert_eq!(clip("short", 2, 10), None);
        assert_eq!(clip("“x”", 1, 2), None);
    }
}
