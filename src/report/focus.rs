//! A report narrowed to one document, for the editor's `check`: the
//! relations its claims have with other outlets, the topics they are about,
//! and its claims no other outlet states (single-source).

use std::collections::{BTreeMap, BTreeSet};

use super::model::{Report, TopicView};
use crate::graph::Standing;

impl<'a> Report<'a> {
    /// The findings that involve document `doc` (its position in the
    /// report's documents). Every document stays listed; claims, relations
    /// and topics that do not involve `doc` are left out, and the topics'
    /// standings and the summary are counted again.
    pub fn focus(self, doc: usize) -> Report<'a> {
        let in_doc = |id: &str| self.claim(id).is_some_and(|c| c.doc_index == doc);
        // Old relation index -> new one, for the relations kept.
        let kept: BTreeMap<usize, usize> = self
            .relations
            .iter()
            .enumerate()
            .filter(|(_, r)| in_doc(&r.a) || in_doc(&r.b))
            .enumerate()
            .map(|(new, (old, _))| (old, new))
            .collect();
        let mut topics: Vec<(usize, Standing, String, usize, TopicView)> = Vec::new();
        for topic in &self.topics {
            // A relation is listed under its first claim's topic, which may
            // hold no claim of `doc`.
            if !topic.claims.iter().any(|id| in_doc(id))
                && !topic.relations.iter().any(|r| kept.contains_key(r))
            {
                continue;
            }
            let relations: Vec<usize> = topic
                .relations
                .iter()
                .filter_map(|r| kept.get(r).copied())
                .collect();
            let involved: BTreeSet<&str> = topic
                .relations
                .iter()
                .filter(|r| kept.contains_key(r))
                .flat_map(|&r| [self.relations[r].a.as_str(), self.relations[r].b.as_str()])
                .collect();
            // Its claims of `doc`, and every claim they relate to (a
            // "distinct" relation may reach into another topic), in report
            // order.
            let mut claims: Vec<&str> = topic
                .claims
                .iter()
                .map(String::as_str)
                .filter(|id| in_doc(id))
                .chain(involved)
                .collect();
            claims.sort_by_key(|id| self.index_of(id));
            claims.dedup();
            let claims: Vec<String> = claims.into_iter().map(str::to_string).collect();
            let docs: BTreeSet<usize> = claims
                .iter()
                .filter_map(|id| self.claim(id).map(|c| c.doc_index))
                .collect();
            let standing = Standing::worst(
                topic
                    .relations
                    .iter()
                    .filter(|r| kept.contains_key(r))
                    .map(|&r| self.relations[r].found.verdict),
            );
            let first = claims
                .first()
                .and_then(|id| self.index_of(id))
                .unwrap_or(usize::MAX);
            let story = self
                .stories
                .iter()
                .position(|s| s.id == topic.story)
                .unwrap_or(usize::MAX);
            topics.push((
                story,
                standing,
                topic.label.clone(),
                first,
                TopicView {
                    id: String::new(),
                    label: topic.label.clone(),
                    story: topic.story.clone(),
                    event: topic.event.clone(),
                    standing,
                    claims,
                    relations,
                    outlets: docs
                        .iter()
                        .filter_map(|&d| self.documents.get(d).map(|v| v.outlet.to_string()))
                        .collect(),
                },
            ));
        }
        topics.sort_by(|x, y| (x.0, x.1, &x.2, x.3).cmp(&(y.0, y.1, &y.2, y.3)));
        let listed: BTreeSet<String> = topics
            .iter()
            .flat_map(|(.., t)| t.claims.iter().cloned())
            .collect();
        let mut parts = self.into_parts();
        parts.topics = topics
            .into_iter()
            .enumerate()
            .map(|(i, (.., view))| TopicView {
                id: format!("t{i}"),
                ..view
            })
            .collect();
        parts.relations = parts
            .relations
            .into_iter()
            .enumerate()
            .filter(|(old, _)| kept.contains_key(old))
            .map(|(_, r)| r)
            .collect();
        parts.claims.retain(|c| listed.contains(&c.id));
        let focus = parts.documents.get(doc).map(|d| d.id.clone());
        let mut narrowed = Report::assemble(parts);
        narrowed.focus = focus;
        narrowed
    }
}
