//! `--select` and `--ignore`: which comparison rules' findings a report
//! shows. They name comparison rules, the rules whose findings are reported
//! (an extraction rule finds claims, not findings). A rule left out still
//! runs, so no other rule judges its pairs in its place; its relations are
//! dropped before the topics are drawn, so the report, its counts and
//! `--fail-on` never see them.

use std::collections::BTreeSet;

use crate::analysis::Analysis;
use crate::cli::FindingArgs;
use crate::error::{Error, Result};
use crate::rules::{Examples, RuleInfo, known};
use crate::ruleset::RuleSet;

/// The comparison rules whose findings are left out.
#[derive(Debug, Default)]
pub struct Selection {
    left_out: BTreeSet<String>,
}

impl Selection {
    /// The selection `args` asks for among `rules`; an id that names no
    /// comparison rule is a usage error.
    pub fn new(rules: &RuleSet, args: &FindingArgs) -> Result<Self> {
        let comparison: Vec<&RuleInfo> = rules
            .infos
            .iter()
            .filter(|i| matches!(i.examples, Examples::Pairs { .. }))
            .collect();
        for (option, ids) in [("--select", &args.select), ("--ignore", &args.ignore)] {
            for id in ids {
                check(option, id, rules, &comparison)?;
            }
        }
        let left_out = comparison
            .iter()
            .map(|i| &i.id)
            .filter(|id| {
                (!args.select.is_empty() && !args.select.contains(id)) || args.ignore.contains(id)
            })
            .cloned()
            .collect();
        Ok(Selection { left_out })
    }

    /// Whether the findings of rule `id` are reported.
    pub fn keeps(&self, id: &str) -> bool {
        !self.left_out.contains(id)
    }

    /// Drop the relations of the rules left out from `analysis`.
    pub fn apply(&self, analysis: &mut Analysis) {
        if !self.left_out.is_empty() {
            analysis
                .comparison
                .relations
                .retain(|r| self.keeps(&r.rule));
        }
    }

    /// The rules a report lists: all but the comparison rules left out.
    pub fn rules(&self, infos: &[RuleInfo]) -> Vec<RuleInfo> {
        infos
            .iter()
            .filter(|i| self.keeps(&i.id))
            .cloned()
            .collect()
    }
}

/// `id`, given with `option`, must name a comparison rule.
fn check(option: &str, id: &str, rules: &RuleSet, comparison: &[&RuleInfo]) -> Result<()> {
    if comparison.iter().any(|i| i.id == id) {
        return Ok(());
    }
    if let Some(info) = rules.infos.iter().find(|i| i.id == id) {
        return Err(Error::Usage(format!(
            "{option}: {id:?} is an extraction rule (kind {}), which finds claims, not findings; \
             {option} takes comparison rules: {}",
            info.kind,
            comparison
                .iter()
                .map(|i| i.id.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        )));
    }
    Err(known::unknown(
        option,
        id,
        comparison.iter().map(|i| i.id.as_str()),
    ))
}
