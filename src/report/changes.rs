//! `claimcheck diff`: what changed in meaning between two JSON reports, for
//! a pull-request comment. Claims are known by their document's path and
//! their evidence's bytes, so the same evidence is the same claim whatever
//! ids the two reports gave it; topics are matched by the claims they share
//! (then by label), so a topic is followed across a rule change.

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use std::path::Path;

use serde::Deserialize;

use super::escape::{markdown as cell, markdown_code as code};
use super::model::SCHEMA_VERSION;
use crate::corpus::read;
use crate::error::{Error, Result};
use crate::graph::Standing;
use crate::rules::Severity;
use crate::span::LineCol;
use crate::verdict::Verdict;

/// The parts of a saved JSON report that `diff` reads.
#[derive(Debug, Deserialize)]
pub struct Saved {
    schema_version: u32,
    documents: Vec<SavedDocument>,
    claims: Vec<SavedClaim>,
    relations: Vec<SavedRelation>,
    topics: Vec<SavedTopic>,
    /// Articles the run could not read (`--keep-going`).
    #[serde(default)]
    failed: Vec<SavedFailure>,
    /// Claim id → position in `claims`.
    #[serde(skip)]
    claim_index: BTreeMap<String, usize>,
    /// Document id → position in `documents`.
    #[serde(skip)]
    document_index: BTreeMap<String, usize>,
    /// Every claim's identity.
    #[serde(skip)]
    keys: BTreeSet<ClaimKey>,
}

#[derive(Debug, Deserialize)]
struct SavedDocument {
    id: String,
    path: String,
    outlet: String,
}

#[derive(Debug, Deserialize)]
struct SavedFailure {
    path: String,
    message: String,
}

#[derive(Debug, Deserialize)]
struct SavedSpan {
    start: usize,
    end: usize,
}

#[derive(Debug, Deserialize)]
struct SavedClaim {
    id: String,
    doc: String,
    span: SavedSpan,
    line: usize,
    col: usize,
    text: String,
    value_shown: String,
    kind: String,
}

#[derive(Debug, Deserialize)]
struct SavedRelation {
    a: String,
    b: String,
    verdict: Verdict,
    rule: String,
    severity: Severity,
    explanation: String,
}

#[derive(Debug, Deserialize)]
struct SavedTopic {
    label: String,
    standing: Standing,
    claims: Vec<String>,
    relations: Vec<usize>,
}

/// A claim's identity across reports: document path and evidence bytes.
type ClaimKey = (String, usize, usize);

/// Read a JSON report written by `report --format json`.
pub fn read(path: &Path) -> Result<Saved> {
    let text = read::read_text(path, read::REPORT_MAX_SIZE, "cannot read the report")?;
    let mut saved: Saved = serde_json::from_str(&text).map_err(|e| Error::Config {
        path: path.to_path_buf(),
        at: LineCol {
            line: e.line(),
            col: e.column(),
        },
        message: format!("not a claimcheck JSON report: {e}"),
    })?;
    if saved.schema_version != SCHEMA_VERSION {
        return Err(Error::Usage(format!(
            "{}: a report of schema version {}, but this claimcheck reads version {SCHEMA_VERSION}; \
             write both reports with the same claimcheck",
            path.display(),
            saved.schema_version
        )));
    }
    saved.index();
    Ok(saved)
}

impl Saved {
    /// Index claims and documents by id, and claims by identity.
    fn index(&mut self) {
        self.claim_index = self
            .claims
            .iter()
            .enumerate()
            .map(|(i, c)| (c.id.clone(), i))
            .collect();
        self.document_index = self
            .documents
            .iter()
            .enumerate()
            .map(|(i, d)| (d.id.clone(), i))
            .collect();
        self.keys = self.claims.iter().filter_map(|c| self.key(&c.id)).collect();
    }

    fn claim(&self, id: &str) -> Option<&SavedClaim> {
        self.claims.get(*self.claim_index.get(id)?)
    }

    fn document(&self, id: &str) -> Option<&SavedDocument> {
        self.documents.get(*self.document_index.get(id)?)
    }

    fn key(&self, id: &str) -> Option<ClaimKey> {
        let claim = self.claim(id)?;
        let doc = self.document(&claim.doc)?;
        Some((doc.path.clone(), claim.span.start, claim.span.end))
    }

    fn outlet(&self, claim: &SavedClaim) -> &str {
        self.document(&claim.doc).map_or("?", |d| d.outlet.as_str())
    }

    /// Each outlet's values in topic `t`, distinct ones joined by "; ".
    fn values(&self, t: &SavedTopic) -> BTreeMap<String, String> {
        let mut values: BTreeMap<String, Vec<&str>> = BTreeMap::new();
        for claim in t.claims.iter().filter_map(|id| self.claim(id)) {
            let list = values.entry(self.outlet(claim).to_string()).or_default();
            if !list.contains(&claim.value_shown.as_str()) {
                list.push(&claim.value_shown);
            }
        }
        values
            .into_iter()
            .map(|(outlet, list)| (outlet, list.join("; ")))
            .collect()
    }

    fn outlets(&self, t: &SavedTopic) -> String {
        self.values(t).into_keys().collect::<Vec<_>>().join(", ")
    }

    /// Topic `t`'s contradictions, each with its rule and explanation.
    fn contradicting<'s>(&'s self, t: &SavedTopic) -> Vec<(&'s SavedRelation, String)> {
        t.relations
            .iter()
            .filter_map(|&r| self.relations.get(r))
            .filter(|r| r.verdict == Verdict::Contradict)
            .map(|r| {
                (
                    r,
                    format!("{}: {}", code(&r.rule, false), cell(&r.explanation)),
                )
            })
            .collect()
    }

    /// The level of topic `t`'s worst contradiction.
    fn worst_severity(&self, t: &SavedTopic) -> Severity {
        self.contradicting(t)
            .into_iter()
            .map(|(r, _)| r.severity)
            .max()
            .unwrap_or(Severity::Suggestion)
    }

    /// The explanations of topic `t`'s contradictions.
    fn contradictions(&self, t: &SavedTopic) -> Vec<String> {
        self.contradicting(t)
            .into_iter()
            .map(|(_, why)| why)
            .collect()
    }

    /// Whether the report has a claim with this identity.
    fn has_claim(&self, key: &ClaimKey) -> bool {
        self.keys.contains(key)
    }

    /// `path:line:col Outlet: value “evidence”` for a claim (a quote's
    /// value is its evidence, said once).
    fn evidence(&self, claim: &SavedClaim) -> String {
        let path = self.document(&claim.doc).map_or("?", |d| d.path.as_str());
        let evidence = if claim.kind == "quote" {
            String::new()
        } else {
            format!(" “{}”", cell(&claim.text))
        };
        format!(
            "{} {}: {}{evidence}",
            code(&format!("{path}:{}:{}", claim.line, claim.col), false),
            cell(self.outlet(claim)),
            cell(&claim.value_shown),
        )
    }
}

/// What changed between two reports, grouped for reading.
#[derive(Debug, Default)]
pub struct Changes {
    counts: String,
    articles: Vec<String>,
    contradictions: Vec<String>,
    /// The level of each topic newly contradicted (its worst contradiction).
    new_contradictions: Vec<Severity>,
    values: Vec<String>,
    topics: Vec<String>,
    single: Vec<String>,
}

impl Changes {
    /// The level of each topic the new report contradicts and the old one
    /// did not: the severity of its worst contradiction.
    pub fn new_contradictions(&self) -> &[Severity] {
        &self.new_contradictions
    }

    fn is_empty(&self) -> bool {
        self.articles.is_empty()
            && self.contradictions.is_empty()
            && self.values.is_empty()
            && self.topics.is_empty()
            && self.single.is_empty()
    }
}

fn standing_name(s: Standing) -> &'static str {
    match s {
        Standing::Contradicted => "contradicted",
        Standing::Compatible => "compatible",
        Standing::Agreed => "agreed",
        Standing::SingleSource => "single source",
    }
}

/// Pair each new topic with the old topic it continues: most shared claims
/// first, then the same label and outlets; each old topic is used once.
fn match_topics(old: &Saved, new: &Saved) -> BTreeMap<usize, usize> {
    let mut owner: BTreeMap<ClaimKey, usize> = BTreeMap::new();
    for (t, topic) in old.topics.iter().enumerate() {
        for key in topic.claims.iter().filter_map(|id| old.key(id)) {
            owner.insert(key, t);
        }
    }
    let mut candidates: Vec<(usize, usize, usize)> = Vec::new();
    for (n, topic) in new.topics.iter().enumerate() {
        let mut shared: BTreeMap<usize, usize> = BTreeMap::new();
        for key in topic.claims.iter().filter_map(|id| new.key(id)) {
            if let Some(&o) = owner.get(&key) {
                *shared.entry(o).or_default() += 1;
            }
        }
        candidates.extend(shared.into_iter().map(|(o, count)| (count, n, o)));
    }
    candidates.sort_by(|x, y| y.0.cmp(&x.0).then((x.1, x.2).cmp(&(y.1, y.2))));
    let mut pairs: BTreeMap<usize, usize> = BTreeMap::new();
    let mut used: BTreeSet<usize> = BTreeSet::new();
    for (_, n, o) in candidates {
        if !pairs.contains_key(&n) && !used.contains(&o) {
            pairs.insert(n, o);
            used.insert(o);
        }
    }
    // Topics sharing no claim: the same label and outlets, in order.
    let mut by_label: BTreeMap<(&str, String), Vec<usize>> = BTreeMap::new();
    for (o, topic) in old.topics.iter().enumerate().rev() {
        if !used.contains(&o) {
            by_label
                .entry((topic.label.as_str(), old.outlets(topic)))
                .or_default()
                .push(o);
        }
    }
    for (n, topic) in new.topics.iter().enumerate() {
        if pairs.contains_key(&n) {
            continue;
        }
        let same = by_label
            .get_mut(&(topic.label.as_str(), new.outlets(topic)))
            .and_then(Vec::pop);
        if let Some(o) = same {
            pairs.insert(n, o);
        }
    }
    pairs
}

/// What changed in meaning from `old` to `new`.
pub fn compare(old: &Saved, new: &Saved) -> Changes {
    let mut changes = Changes::default();
    let count = |s: &Saved, v: Verdict| s.relations.iter().filter(|r| r.verdict == v).count();
    changes.counts = format!(
        "articles {} → {}, claims {} → {}, contradictions {} → {}",
        old.documents.len(),
        new.documents.len(),
        old.claims.len(),
        new.claims.len(),
        count(old, Verdict::Contradict),
        count(new, Verdict::Contradict)
    );
    let old_paths: BTreeMap<&str, &str> = old
        .documents
        .iter()
        .map(|d| (d.path.as_str(), d.outlet.as_str()))
        .collect();
    let new_paths: BTreeMap<&str, &str> = new
        .documents
        .iter()
        .map(|d| (d.path.as_str(), d.outlet.as_str()))
        .collect();
    let new_failed: BTreeMap<&str, &str> = new
        .failed
        .iter()
        .map(|f| (f.path.as_str(), f.message.as_str()))
        .collect();
    let old_failed: BTreeSet<&str> = old.failed.iter().map(|f| f.path.as_str()).collect();
    for (path, outlet) in &old_paths {
        if new_paths.contains_key(path) {
            continue;
        }
        // An article the new run could not read was not removed: its
        // claims are missing from the comparison, and the reader must know.
        match new_failed.get(path) {
            Some(message) => changes.articles.push(format!(
                "not read in the new report, so left out of it: {} ({}): {}",
                code(path, false),
                cell(outlet),
                cell(message)
            )),
            None => {
                changes
                    .articles
                    .push(format!("removed: {} ({})", code(path, false), cell(outlet)))
            }
        }
    }
    for (path, message) in &new_failed {
        if !old_paths.contains_key(path) {
            changes.articles.push(format!(
                "not read in the new report: {}: {}",
                code(path, false),
                cell(message)
            ));
        }
    }
    for (path, outlet) in &new_paths {
        if !old_paths.contains_key(path) {
            let word = if old_failed.contains(path) {
                "read now (the old report could not)"
            } else {
                "added"
            };
            changes
                .articles
                .push(format!("{word}: {} ({})", code(path, false), cell(outlet)));
        }
    }

    let pairs = match_topics(old, new);
    let continued: BTreeSet<usize> = pairs.values().copied().collect();
    for (n, topic) in new.topics.iter().enumerate() {
        match pairs.get(&n) {
            Some(&o) => changed_topic(&mut changes, old, &old.topics[o], new, topic),
            None => unmatched_topic(&mut changes, new, topic, Side::New),
        }
    }
    for (o, topic) in old.topics.iter().enumerate() {
        if !continued.contains(&o) {
            unmatched_topic(&mut changes, old, topic, Side::Old);
        }
    }
    changes
}

fn changed_topic(
    changes: &mut Changes,
    old: &Saved,
    was: &SavedTopic,
    new: &Saved,
    is: &SavedTopic,
) {
    let label = &is.label;
    if was.standing != is.standing {
        if is.standing == Standing::Contradicted {
            changes.new_contradictions.push(new.worst_severity(is));
            for why in new.contradictions(is) {
                changes.contradictions.push(format!(
                    "new contradiction: {} (was {}): {why}",
                    cell(label),
                    standing_name(was.standing)
                ));
            }
        } else if was.standing == Standing::Contradicted {
            for (relation, why) in old.contradicting(was) {
                let kept = [&relation.a, &relation.b]
                    .iter()
                    .all(|id| old.key(id).is_some_and(|k| new.has_claim(&k)));
                // A contradiction whose claim is gone was lost, not resolved.
                let word = if kept {
                    "resolved"
                } else {
                    "lost contradiction"
                };
                changes.contradictions.push(format!(
                    "{word}: {} (now {}): {why}",
                    cell(&was.label),
                    standing_name(is.standing)
                ));
            }
        } else {
            changes.topics.push(format!(
                "{}: {} → {}",
                cell(label),
                standing_name(was.standing),
                standing_name(is.standing)
            ));
        }
    }
    let before = old.values(was);
    let after = new.values(is);
    for outlet in before.keys().chain(after.keys()).collect::<BTreeSet<_>>() {
        match (before.get(outlet), after.get(outlet)) {
            (Some(a), Some(b)) if a != b => changes.values.push(format!(
                "{}, {}: {} → {}",
                cell(label),
                cell(outlet),
                cell(a),
                cell(b)
            )),
            (Some(a), None) => changes.values.push(format!(
                "{}, {}: {} → (no longer reported)",
                cell(label),
                cell(outlet),
                cell(a)
            )),
            (None, Some(b)) => changes.values.push(format!(
                "{}, {}: (not reported) → {}",
                cell(label),
                cell(outlet),
                cell(b)
            )),
            _ => {}
        }
    }
}

/// Which report a topic without a counterpart in the other comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Side {
    Old,
    New,
}

/// A topic only one report has: its claims gained or lost, its
/// contradictions new or lost, or the topic itself.
fn unmatched_topic(changes: &mut Changes, report: &Saved, topic: &SavedTopic, side: Side) {
    let word = match side {
        Side::Old => "lost",
        Side::New => "new",
    };
    match topic.standing {
        Standing::SingleSource => changes.single.extend(
            topic
                .claims
                .iter()
                .filter_map(|id| report.claim(id))
                .map(|c| format!("{word}: {}", report.evidence(c))),
        ),
        Standing::Contradicted => {
            if side == Side::New {
                changes
                    .new_contradictions
                    .push(report.worst_severity(topic));
            }
            for why in report.contradictions(topic) {
                changes.contradictions.push(format!(
                    "{word} contradiction: {}: {why}",
                    cell(&topic.label)
                ));
            }
        }
        standing => changes.topics.push(format!(
            "{word} topic: {} ({}; {})",
            cell(&topic.label),
            standing_name(standing),
            cell(&report.outlets(topic))
        )),
    }
}

/// Write `changes` as Markdown for a pull-request comment.
pub fn write(out: &mut dyn Write, changes: &Changes, old: &Path, new: &Path) -> Result<()> {
    writeln!(out, "## claimcheck: what changed\n")?;
    writeln!(
        out,
        "{} → {}: {}\n",
        code(&old.display().to_string(), false),
        code(&new.display().to_string(), false),
        changes.counts
    )?;
    if changes.is_empty() {
        writeln!(out, "No change in meaning.")?;
        return Ok(());
    }
    for (title, lines) in [
        ("Articles", &changes.articles),
        ("Contradictions", &changes.contradictions),
        ("Values", &changes.values),
        ("Topics", &changes.topics),
        ("Single-source claims", &changes.single),
    ] {
        if lines.is_empty() {
            continue;
        }
        writeln!(out, "### {title}\n")?;
        for line in lines {
            // Every piece of the line was escaped where it was made.
            writeln!(out, "- {line}")?;
        }
        writeln!(out)?;
    }
    Ok(())
}
