//! The report model: what every format renders, built from the topic graph.
//! Topics come contradictions first, then compatible and agreeing ones, then
//! single-source claims; ties are broken by label and position, so the same
//! inputs always give the same report.

use serde::Serialize;

use super::claims::ClaimView;
use super::documents::DocumentView;
use crate::analysis::Analysis;
use crate::claim::{Claim, ClaimKind};
use crate::compare::Relation;
use crate::corpus::Corpus;
use crate::event::EventKind;
use crate::graph::{Standing, TopicGraph};
use crate::rules::{RuleInfo, Severity};
use crate::verdict::Verdict;

/// The version of the JSON report's shape; raised on any breaking change.
pub const SCHEMA_VERSION: u32 = 1;

/// A relation as reports show it: the claims by id, then what the
/// comparison found.
#[derive(Debug, Clone, Serialize)]
pub struct RelationView<'a> {
    /// Claim id of one side.
    pub a: String,
    /// Claim id of the other side.
    pub b: String,
    /// Verdict, rule, severity, explanation, same source, shared copy.
    #[serde(flatten)]
    pub found: &'a Relation,
}

/// A story as reports show it.
#[derive(Debug, Clone, Serialize)]
pub struct StoryView {
    /// Stable id (`s` + position: stories come in order of their first
    /// document).
    pub id: String,
    /// The names its articles share most.
    pub label: String,
    /// Its document ids.
    pub documents: Vec<String>,
}

/// An event as reports show it.
#[derive(Debug, Clone, Serialize)]
pub struct EventView {
    /// Stable id (`e` + position: main events in story order, then
    /// background events in order of first mention).
    pub id: String,
    /// `main` or `background`.
    pub kind: EventKind,
    /// The story it belongs to (a background event: the story that first
    /// recalls it).
    pub story: String,
    /// What it is, for people.
    pub label: String,
}

/// A topic as reports show it.
#[derive(Debug, Clone, Serialize)]
pub struct TopicView {
    /// Stable id (`t` + position in the report).
    pub id: String,
    /// What it is about, for people.
    pub label: String,
    /// The story it belongs to.
    pub story: String,
    /// The event it is a fact of.
    pub event: String,
    /// How it stands.
    pub standing: Standing,
    /// Claim ids.
    pub claims: Vec<String>,
    /// Indices into the report's relations.
    pub relations: Vec<usize>,
    /// Outlets reporting it.
    pub outlets: Vec<String>,
}

/// Counts for the summary line.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Summary {
    /// Documents.
    pub documents: usize,
    /// Claims.
    pub claims: usize,
    /// Relations by verdict.
    pub contradict: usize,
    /// Compatible relations.
    pub compatible: usize,
    /// Agreeing relations.
    pub agree: usize,
    /// Distinct relations.
    pub distinct: usize,
    /// Topics reported by one article only.
    pub single_source: usize,
}

/// A comparison rule as reports show it.
#[derive(Debug, Clone, Serialize)]
pub struct RuleView {
    /// Its id, as relations name it.
    pub id: String,
    /// Its kind (how it compares).
    pub kind: String,
    /// One line.
    pub summary: String,
    /// Why its findings matter.
    pub why: String,
    /// How much its findings matter.
    pub severity: Severity,
}

/// The pieces of a report, before it is counted and indexed.
pub(super) struct Parts<'a> {
    pub(super) stories: Vec<StoryView>,
    pub(super) events: Vec<EventView>,
    pub(super) documents: Vec<DocumentView<'a>>,
    pub(super) claims: Vec<ClaimView<'a>>,
    pub(super) relations: Vec<RelationView<'a>>,
    pub(super) topics: Vec<TopicView>,
    pub(super) failed: Vec<crate::corpus::Failure>,
    pub(super) rules: Vec<RuleView>,
}

impl Summary {
    /// The counts in one sentence, as the Markdown and HTML reports open.
    pub fn sentence(&self) -> String {
        format!(
            "{} documents, {} claims. Relations: {} contradict, {} compatible, {} agree, {} distinct. {} single-source topics.",
            self.documents,
            self.claims,
            self.contradict,
            self.compatible,
            self.agree,
            self.distinct,
            self.single_source
        )
    }
}

/// The whole report.
#[derive(Debug, Serialize)]
pub struct Report<'a> {
    /// Version of this shape.
    pub schema_version: u32,
    /// Counts.
    pub summary: Summary,
    /// Every story: which documents tell one happening.
    pub stories: Vec<StoryView>,
    /// Every event: each story's main one, and those its articles recall.
    pub events: Vec<EventView>,
    /// Every document.
    pub documents: Vec<DocumentView<'a>>,
    /// Every claim.
    pub claims: Vec<ClaimView<'a>>,
    /// Every relation.
    pub relations: Vec<RelationView<'a>>,
    /// Topics, contradictions first.
    pub topics: Vec<TopicView>,
    /// Articles that could not be read (`--keep-going`); left out when none.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub failed: Vec<crate::corpus::Failure>,
    /// The comparison rules that decided the relations.
    pub rules: Vec<RuleView>,
    /// For `check`: the id of the document the report is narrowed to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub focus: Option<String>,
    /// Claim id → position in `claims`.
    #[serde(skip)]
    index: std::collections::BTreeMap<String, usize>,
    /// Document id → position in `documents`.
    #[serde(skip)]
    document_index: std::collections::BTreeMap<String, usize>,
}

/// A topic's label: what is measured, about what, and when.
fn label(claims: &[Claim], members: &[usize]) -> String {
    let first = &claims[members[0]];
    let has = |kind: ClaimKind| members.iter().any(|&c| claims[c].kind == kind);
    if has(ClaimKind::Date) && has(ClaimKind::Time) {
        let noun = if first.subject.noun.is_empty() {
            "event"
        } else {
            &first.subject.noun
        };
        return format!("date and time of the {noun}");
    }
    let what = match first.kind {
        ClaimKind::Quote => format!(
            "quotes of {}",
            first
                .attribution
                .as_ref()
                .map_or("an unnamed speaker", |a| a.source.as_str())
        ),
        ClaimKind::Date => format!(
            "date of the {}",
            if first.subject.noun.is_empty() {
                "event"
            } else {
                &first.subject.noun
            }
        ),
        ClaimKind::Time => format!(
            "time of the {}",
            if first.subject.noun.is_empty() {
                "event"
            } else {
                &first.subject.noun
            }
        ),
        ClaimKind::Casualties => format!("{} ({})", first.measure, first.subject.noun),
        ClaimKind::Count => format!("count of {}", first.subject.head),
        ClaimKind::Quantity => {
            if first.subject.head.is_empty() {
                first.measure.clone()
            } else {
                format!("{} from {}", first.measure, first.subject.head)
            }
        }
        ClaimKind::Place => format!("place ({})", first.measure),
        ClaimKind::Actor if first.subject.noun.is_empty() => first.measure.clone(),
        ClaimKind::Actor => format!("{} of the {}", first.measure, first.subject.noun),
        ClaimKind::Person => match &first.value {
            crate::claim::Value::Person { name, .. } => format!("who {name} is"),
            _ => "a person".to_string(),
        },
    };
    let when = members
        .iter()
        .filter_map(|&c| claims[c].context.when)
        .map(|w| w.0)
        .min();
    match when {
        Some(day) if first.kind != ClaimKind::Date => format!("{what}, around {day}"),
        _ => what,
    }
}

impl<'a> Report<'a> {
    /// Build the report of an analysed corpus; `rules` are the rules that
    /// compared it (the comparison rules among them are listed in the
    /// report).
    pub fn build(
        corpus: &'a Corpus,
        analysis: &'a Analysis,
        graph: &'a TopicGraph,
        rules: &[RuleInfo],
    ) -> Self {
        let claims = &analysis.claims;
        let stories = graph.stories();
        let events = graph.events();
        let mut views: Vec<ClaimView<'a>> = Vec::with_capacity(claims.len());
        let mut per_doc = vec![0usize; corpus.documents.len()];
        for (c, claim) in claims.iter().enumerate() {
            let doc = corpus.get(claim.span.doc);
            let index = &mut per_doc[claim.span.doc.0 as usize];
            let mut view = ClaimView::new(doc, *index, claim);
            view.event = Some(events[analysis.events.of(c)].id.as_str());
            view.uncompared = analysis.slots.of(c).err().or(analysis.slots.note(c));
            views.push(view);
            *index += 1;
        }
        let relations: Vec<RelationView<'a>> = graph
            .relations()
            .iter()
            .map(|r| RelationView {
                a: views[r.a].id.clone(),
                b: views[r.b].id.clone(),
                found: r,
            })
            .collect();
        // (story, standing, first claim) of each topic, for the order.
        let mut keys: Vec<(usize, Standing, usize)> = Vec::with_capacity(graph.topic_count());
        let mut topics: Vec<TopicView> = (0..graph.topic_count())
            .map(|t| {
                let members = graph.topic_claims(t);
                let standing = graph.standing(t);
                let story = graph.topic_story(t);
                let event = &events[graph.topic_event(t)];
                let mut label = graph
                    .topic_label(t)
                    .map_or_else(|| label(claims, &members), str::to_string);
                let day = members
                    .iter()
                    .filter_map(|&c| claims[c].context.when)
                    .map(|w| w.0)
                    .min();
                let dated = !matches!(claims[members[0]].kind, ClaimKind::Date | ClaimKind::Time);
                label = match (event.kind, day) {
                    (EventKind::Background, _) => match label.strip_prefix("date and time of the ")
                    {
                        Some(_) => format!("date and time of {}", event.label),
                        None => format!("{label}, {}", event.label),
                    },
                    (EventKind::Main, Some(day)) if dated && graph.topic_label(t).is_some() => {
                        format!("{label}, around {day}")
                    }
                    _ => label,
                };
                let view = TopicView {
                    id: String::new(),
                    label,
                    story: stories[story].id.clone(),
                    event: events[graph.topic_event(t)].id.clone(),
                    standing,
                    claims: members.iter().map(|&c| views[c].id.clone()).collect(),
                    relations: graph.topic_relations(t),
                    outlets: graph
                        .topic_outlets(t)
                        .into_iter()
                        .map(|d| corpus.documents[d].meta.outlet.clone())
                        .collect(),
                };
                keys.push((story, standing, members[0]));
                view
            })
            .collect();
        // Sorted as indices and reordered in place: a dense article has as
        // many topics as claims.
        let mut order: Vec<usize> = (0..topics.len()).collect();
        order.sort_by(|&x, &y| {
            let ((sx, stx, fx), (sy, sty, fy)) = (keys[x], keys[y]);
            (sx, stx, &topics[x].label, fx).cmp(&(sy, sty, &topics[y].label, fy))
        });
        crate::order::apply(&mut topics, order);
        for (i, topic) in topics.iter_mut().enumerate() {
            topic.id = format!("t{i}");
        }
        let doc_ids: Vec<String> = corpus
            .documents
            .iter()
            .map(super::documents::doc_id)
            .collect();
        let mut documents: Vec<DocumentView<'a>> =
            corpus.documents.iter().map(DocumentView::new).collect();
        for (s, story) in stories.iter().enumerate() {
            for d in &story.documents {
                documents[d.0 as usize].story = Some(stories[s].id.clone());
            }
        }
        Report::assemble(Parts {
            stories: stories
                .iter()
                .map(|s| StoryView {
                    id: s.id.clone(),
                    label: s.label.clone(),
                    documents: s
                        .documents
                        .iter()
                        .map(|d| doc_ids[d.0 as usize].clone())
                        .collect(),
                })
                .collect(),
            events: events
                .iter()
                .map(|e| EventView {
                    id: e.id.clone(),
                    kind: e.kind,
                    story: stories[e.story].id.clone(),
                    label: e.label.clone(),
                })
                .collect(),
            documents,
            claims: views,
            relations,
            topics,
            failed: corpus.failed.clone(),
            rules: rules
                .iter()
                .filter_map(|info| {
                    Some(RuleView {
                        id: info.id.clone(),
                        kind: info.kind.clone(),
                        summary: info.summary.clone(),
                        why: info.why.clone(),
                        severity: info.severity?,
                    })
                })
                .collect(),
        })
    }

    /// A report of these parts, with its summary counted and its claims
    /// indexed.
    pub(super) fn assemble(parts: Parts<'a>) -> Self {
        let relations = &parts.relations;
        let count = |v: Verdict| relations.iter().filter(|r| r.found.verdict == v).count();
        let summary = Summary {
            documents: parts.documents.len(),
            claims: parts.claims.len(),
            contradict: count(Verdict::Contradict),
            compatible: count(Verdict::Compatible),
            agree: count(Verdict::Agree),
            distinct: count(Verdict::Distinct),
            single_source: parts
                .topics
                .iter()
                .filter(|t| t.standing == Standing::SingleSource)
                .count(),
        };
        let index = positions(&parts.claims, |c| &c.id);
        let document_index = positions(&parts.documents, |d| &d.id);
        Report {
            index,
            document_index,
            schema_version: SCHEMA_VERSION,
            summary,
            stories: parts.stories,
            events: parts.events,
            documents: parts.documents,
            claims: parts.claims,
            relations: parts.relations,
            topics: parts.topics,
            failed: parts.failed,
            rules: parts.rules,
            focus: None,
        }
    }

    /// Take the report apart (to build a narrower one).
    pub(super) fn into_parts(self) -> Parts<'a> {
        Parts {
            stories: self.stories,
            events: self.events,
            documents: self.documents,
            claims: self.claims,
            relations: self.relations,
            topics: self.topics,
            failed: self.failed,
            rules: self.rules,
        }
    }

    /// The position in `claims` of the claim with this id.
    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.index.get(id).copied()
    }

    /// The claim with this id.
    pub fn claim(&self, id: &str) -> Option<&ClaimView<'a>> {
        self.index.get(id).map(|&i| &self.claims[i])
    }

    /// Every story with its topics, in report order (stories in order of
    /// their first document; a story with no topic is left out).
    pub fn by_story(&self) -> Vec<(&StoryView, Vec<&TopicView>)> {
        let mut by_story: std::collections::HashMap<&str, Vec<&TopicView>> = Default::default();
        for topic in &self.topics {
            by_story
                .entry(topic.story.as_str())
                .or_default()
                .push(topic);
        }
        self.stories
            .iter()
            .filter_map(|s| Some((s, by_story.remove(s.id.as_str())?)))
            .collect()
    }

    /// How a story is introduced: its label and its outlets.
    pub fn story_heading(&self, story: &StoryView) -> String {
        let mut outlets: Vec<&str> = Vec::new();
        for id in &story.documents {
            if let Some(doc) = self.document_index.get(id).map(|&i| &self.documents[i])
                && !outlets.contains(&doc.outlet)
            {
                outlets.push(doc.outlet);
            }
        }
        let articles = story.documents.len();
        format!(
            "story {}: {} ({} article{}: {})",
            story.id,
            story.label,
            articles,
            if articles == 1 { "" } else { "s" },
            outlets.join(", ")
        )
    }

    /// The topics that stand as `standing`, in report order.
    pub fn topics_standing(&self, standing: Standing) -> Vec<&TopicView> {
        self.topics
            .iter()
            .filter(|t| t.standing == standing)
            .collect()
    }

    /// Who says a claim: its outlet, and the source it cites if any
    /// ("DW, citing an Iraqi military statement").
    pub fn voice(&self, id: &str) -> String {
        let Some((claim, doc)) = self.located(id) else {
            return String::new();
        };
        match &claim.claim.attribution {
            Some(a) => format!("{}, citing {}", doc.outlet, a.source),
            None => doc.outlet.to_string(),
        }
    }

    /// `topic`'s relations, contradictions first, then compatible, agreeing
    /// and distinct ones, each group in report order.
    pub fn relations_worst_first(&self, topic: &TopicView) -> Vec<&RelationView<'a>> {
        let mut relations: Vec<&RelationView<'a>> = topic
            .relations
            .iter()
            .map(|&r| &self.relations[r])
            .collect();
        relations.sort_by_key(|r| r.found.verdict);
        relations
    }

    /// Every contradiction with its topic, in report order (topic by
    /// topic): the findings SARIF and GitHub annotations carry.
    pub fn contradictions(&self) -> impl Iterator<Item = (&TopicView, &RelationView<'a>)> {
        self.topics.iter().flat_map(move |topic| {
            topic
                .relations
                .iter()
                .map(|&r| &self.relations[r])
                .filter(|r| r.found.verdict == Verdict::Contradict)
                .map(move |relation| (topic, relation))
        })
    }

    /// The outlets with a claim on a side of one of `topic`'s contradictions.
    pub fn contradicting_outlets(&self, topic: &TopicView) -> std::collections::BTreeSet<&str> {
        topic
            .relations
            .iter()
            .map(|&r| &self.relations[r])
            .filter(|r| r.found.verdict == Verdict::Contradict)
            .flat_map(|r| [r.a.as_str(), r.b.as_str()])
            .filter_map(|id| self.located(id).map(|(_, doc)| doc.outlet))
            .collect()
    }

    /// How the report is titled: "claimcheck report", or for `check`
    /// "claimcheck check: PATH (OUTLET) against N articles".
    pub fn title(&self) -> String {
        let piece = self
            .focus
            .as_deref()
            .and_then(|id| self.documents.iter().find(|d| d.id == id));
        match piece {
            Some(doc) => format!(
                "claimcheck check: {} ({}) against {} articles",
                doc.path,
                doc.outlet,
                self.documents.len().saturating_sub(1)
            ),
            None => "claimcheck report".to_string(),
        }
    }

    /// The claim with this id and its document.
    pub fn located(&self, id: &str) -> Option<(&ClaimView<'a>, &DocumentView<'a>)> {
        let claim = self.claim(id)?;
        Some((claim, self.documents.get(claim.doc_index)?))
    }
}

/// Each item's id and its position in `items`.
fn positions<T>(
    items: &[T],
    id: impl Fn(&T) -> &String,
) -> std::collections::BTreeMap<String, usize> {
    items
        .iter()
        .enumerate()
        .map(|(i, item)| (id(item).clone(), i))
        .collect()
}
