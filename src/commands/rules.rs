//! The commands about rules themselves: `rules` (list them), `rules test`
//! (run their examples) and `explain RULE` (one rule's documentation and
//! examples, read from its rule file). Everything shown comes from rule
//! files, which may be anyone's, so it goes through the terminal escaping.

use std::io::Write;

use super::{Outcome, rule_set};
use crate::cli::{ExplainArgs, RulesAction, RulesArgs};
use crate::error::Result;
use crate::report::escape::{terminal as t, terminal_lines};
use crate::rules::{Article, Examples, RuleInfo, known};

/// `claimcheck rules`: list the rules, or run their examples.
pub fn run(args: &RulesArgs, out: &mut dyn Write) -> Result<Outcome> {
    match &args.action {
        None => {
            let rules = rule_set(args.rules.as_deref())?;
            for info in &rules.infos {
                writeln!(
                    out,
                    "{:<16} {:<14} {}",
                    t(&info.id),
                    t(&info.kind),
                    t(&info.summary)
                )?;
            }
            Ok(Outcome::Clean)
        }
        Some(RulesAction::Test { dir }) => {
            let dir = dir.as_deref().or(args.rules.as_deref());
            let rules = rule_set(dir)?;
            // A directory's own rules, run among the bundled rules it is
            // laid over; without one, the bundled rules.
            let tested = |info: &RuleInfo| dir.is_none() || !info.bundled;
            let failures = rules.run_examples_of(tested);
            let count = rules.infos.iter().filter(|i| tested(i)).count();
            let examples: usize = rules
                .infos
                .iter()
                .filter(|i| tested(i))
                .map(|i| {
                    let (must, must_not) = i.examples.counts();
                    must + must_not
                })
                .sum();
            for f in &failures {
                writeln!(
                    out,
                    "FAILED {} / {}",
                    t(&f.rule),
                    terminal_lines(&f.message)
                )?;
            }
            writeln!(
                out,
                "{} rules, {} examples: {} passed, {} failed",
                count,
                examples,
                examples.saturating_sub(failures.len()),
                failures.len()
            )?;
            Ok(if failures.is_empty() {
                Outcome::Clean
            } else {
                Outcome::Findings
            })
        }
    }
}

/// `claimcheck explain RULE`: the rule's id, kind, severity, summary, why
/// and examples; an id no rule has is a usage error naming close ones.
pub fn explain(args: &ExplainArgs, out: &mut dyn Write) -> Result<Outcome> {
    let rules = rule_set(args.rules.as_deref())?;
    let Some(info) = rules.infos.iter().find(|i| i.id == args.rule) else {
        let ids = rules.infos.iter().map(|i| i.id.as_str());
        return Err(known::unknown("explain", &args.rule, ids));
    };
    write_explanation(out, info)?;
    Ok(Outcome::Clean)
}

/// One rule explained, for a terminal.
fn write_explanation(out: &mut dyn Write, info: &RuleInfo) -> Result<()> {
    let stage = match info.examples {
        Examples::Claims { .. } => "extraction",
        Examples::Pairs { .. } => "comparison",
    };
    writeln!(out, "{}", t(&info.id))?;
    writeln!(out, "  kind:     {} ({stage} rule)", t(&info.kind))?;
    if let Some(severity) = info.severity {
        writeln!(out, "  severity: {}", severity.name())?;
    }
    writeln!(out, "  file:     {}", t(&info.path.display().to_string()))?;
    writeln!(out, "\nsummary: {}", t(&info.summary))?;
    writeln!(out, "\nwhy: {}", t(&info.why))?;
    match &info.examples {
        Examples::Claims { must, must_not } => {
            writeln!(out, "\nmust trigger ({}):", must.len())?;
            for example in must {
                writeln!(out, "  - {}", quoted(&example.text))?;
                for claim in &example.claims {
                    writeln!(
                        out,
                        "    gives {} = {}",
                        quoted(&claim.evidence),
                        t(&claim.value)
                    )?;
                }
            }
            writeln!(out, "\nmust not trigger ({}):", must_not.len())?;
            for example in must_not {
                writeln!(out, "  - {}", quoted(&example.text))?;
            }
        }
        Examples::Pairs { must, must_not } => {
            writeln!(out, "\nmust trigger ({}):", must.len())?;
            for example in must {
                writeln!(out, "  - {}", example.verdict.name())?;
                write_pair(out, &example.a, &example.b)?;
            }
            writeln!(out, "\nmust not trigger ({}):", must_not.len())?;
            for example in must_not {
                writeln!(out, "  - nothing related")?;
                write_pair(out, &example.a, &example.b)?;
            }
        }
    }
    Ok(())
}

/// The two articles of a comparison example, each with its facts.
fn write_pair(out: &mut dyn Write, a: &Article, b: &Article) -> Result<()> {
    for (side, article) in [("A", a), ("B", b)] {
        let facts: Vec<String> = [
            article.outlet.as_deref(),
            article.published.as_deref(),
            article.timezone.as_deref(),
        ]
        .into_iter()
        .flatten()
        .map(t)
        .collect();
        let facts = if facts.is_empty() {
            String::new()
        } else {
            format!(" ({})", facts.join(", "))
        };
        writeln!(out, "    {side}{facts}: {}", quoted(&article.text))?;
    }
    Ok(())
}

/// Example text on one line, quoted: line breaks shown as `\n`, so the
/// paragraphs an example relies on stay visible.
fn quoted(text: &str) -> String {
    format!("\"{}\"", t(&text.replace('\n', "\\n")))
}
