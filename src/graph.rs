//! The topic graph: stories, their events, the fact slots (topics) of each
//! event, and the claims about each topic, with the outlets that report them
//! and the relations between claims. It is the one model every report reads.
//!
//! In: the corpus and its analysis. Out: [`TopicGraph`], whose methods answer
//! in the crate's own types; petgraph stays inside.

use petgraph::Direction;
use petgraph::graph::{DiGraph, NodeIndex};

use crate::analysis::Analysis;
use crate::compare::Relation;
use crate::corpus::Corpus;
use crate::event::Event;
use crate::story::Story;
use crate::verdict::Verdict;

/// A node of the graph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Node {
    /// An outlet's article (by document index).
    Outlet(usize),
    /// A story (by index).
    Story(usize),
    /// An event (by index).
    Event(usize),
    /// A topic (by index).
    Topic(usize),
    /// A claim (by index in the corpus's claims).
    Claim(usize),
}

/// An edge of the graph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edge {
    /// Outlet → claim: the outlet's article states the claim.
    Reports,
    /// Claim → topic: the claim is about the topic.
    About,
    /// Topic → event: the topic is a fact of the event.
    Of,
    /// Event → story: the event happens in (or is recalled by) the story.
    Within,
    /// Claim → claim: how they relate (index into the relations).
    Relates(usize),
}

/// How a topic stands across outlets.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Standing {
    /// At least two claims contradict.
    Contradicted,
    /// Outlets differ, but can all be right.
    Compatible,
    /// Outlets state the same.
    Agreed,
    /// Only one article states it.
    SingleSource,
}

/// The topic graph.
#[derive(Debug)]
pub struct TopicGraph {
    graph: DiGraph<Node, Edge>,
    claims: Vec<NodeIndex>,
    topics: Vec<NodeIndex>,
    topic_events: Vec<usize>,
    topic_labels: Vec<Option<String>>,
    events: Vec<Event>,
    event_stories: Vec<usize>,
    stories: Vec<Story>,
    relations: Vec<Relation>,
}

/// How many nodes and edges the graph of `analysis` has, so that it is
/// allocated once (a graph of a large corpus grown by doubling holds up to
/// twice its edges).
fn size(corpus: &Corpus, analysis: &Analysis) -> (usize, usize) {
    let (claims, events) = (analysis.claims.len(), analysis.events.events.len());
    let topics = &analysis.comparison.topics;
    let nodes =
        corpus.documents.len() + analysis.stories.stories.len() + events + claims + topics.len();
    // Within (event), Reports (claim), About (claim of a topic), Of (topic),
    // Relates (relation).
    let about: usize = topics.iter().map(|t| t.claims.len()).sum();
    let edges = events + claims + about + topics.len() + analysis.comparison.relations.len();
    (nodes, edges)
}

impl TopicGraph {
    /// Build the graph of an analysed corpus.
    pub fn build(corpus: &Corpus, analysis: &Analysis) -> Self {
        let (nodes, edges) = size(corpus, analysis);
        let mut graph = DiGraph::with_capacity(nodes, edges);
        let outlets: Vec<NodeIndex> = (0..corpus.documents.len())
            .map(|d| graph.add_node(Node::Outlet(d)))
            .collect();
        let stories: Vec<NodeIndex> = (0..analysis.stories.stories.len())
            .map(|s| graph.add_node(Node::Story(s)))
            .collect();
        let events: Vec<NodeIndex> = analysis
            .events
            .events
            .iter()
            .enumerate()
            .map(|(e, event)| {
                let node = graph.add_node(Node::Event(e));
                graph.add_edge(node, stories[event.story], Edge::Within);
                node
            })
            .collect();
        let claim_nodes: Vec<NodeIndex> = (0..analysis.claims.len())
            .map(|c| graph.add_node(Node::Claim(c)))
            .collect();
        for (c, claim) in analysis.claims.iter().enumerate() {
            graph.add_edge(
                outlets[claim.span.doc.0 as usize],
                claim_nodes[c],
                Edge::Reports,
            );
        }
        let mut topics = Vec::with_capacity(analysis.comparison.topics.len());
        let mut topic_events = Vec::with_capacity(topics.capacity());
        let mut topic_labels = Vec::with_capacity(topics.capacity());
        for (t, topic) in analysis.comparison.topics.iter().enumerate() {
            let node = graph.add_node(Node::Topic(t));
            for &c in &topic.claims {
                graph.add_edge(claim_nodes[c], node, Edge::About);
            }
            let event = match topic.slot {
                Some(s) => analysis.slots.slots[s].event,
                None => analysis.events.of(topic.claims[0]),
            };
            graph.add_edge(node, events[event], Edge::Of);
            topics.push(node);
            topic_events.push(event);
            topic_labels.push(
                topic
                    .slot
                    .map(|_| analysis.slots.label(topic.claims[0]).to_string()),
            );
        }
        for (r, relation) in analysis.comparison.relations.iter().enumerate() {
            graph.add_edge(
                claim_nodes[relation.a],
                claim_nodes[relation.b],
                Edge::Relates(r),
            );
        }
        TopicGraph {
            graph,
            claims: claim_nodes,
            topics,
            topic_events,
            topic_labels,
            event_stories: analysis.events.events.iter().map(|e| e.story).collect(),
            events: analysis.events.events.clone(),
            stories: analysis.stories.stories.clone(),
            relations: analysis.comparison.relations.clone(),
        }
    }

    /// How many topics.
    pub fn topic_count(&self) -> usize {
        self.topics.len()
    }

    /// The claims about topic `t`, in corpus order.
    pub fn topic_claims(&self, t: usize) -> Vec<usize> {
        let mut out: Vec<usize> = self
            .graph
            .neighbors_directed(self.topics[t], Direction::Incoming)
            .filter_map(|n| match self.graph[n] {
                Node::Claim(c) => Some(c),
                _ => None,
            })
            .collect();
        out.sort_unstable();
        out
    }

    /// The slot's label of topic `t` (what is measured, of what), or None
    /// for a claim compared with nothing.
    pub fn topic_label(&self, t: usize) -> Option<&str> {
        self.topic_labels[t].as_deref()
    }

    /// The event topic `t` is a fact of (an index into [`TopicGraph::events`]).
    pub fn topic_event(&self, t: usize) -> usize {
        self.topic_events[t]
    }

    /// The story topic `t` belongs to (an index into [`TopicGraph::stories`]).
    pub fn topic_story(&self, t: usize) -> usize {
        self.event_stories[self.topic_events[t]]
    }

    /// Every event.
    pub fn events(&self) -> &[Event] {
        &self.events
    }

    /// Every story.
    pub fn stories(&self) -> &[Story] {
        &self.stories
    }

    /// The relations among the claims of topic `t` (indices into
    /// [`TopicGraph::relations`]), sorted.
    pub fn topic_relations(&self, t: usize) -> Vec<usize> {
        let mut out: Vec<usize> = self
            .topic_claims(t)
            .into_iter()
            .flat_map(|c| {
                self.graph
                    .edges_directed(self.claims[c], Direction::Outgoing)
            })
            .filter_map(|e| match e.weight() {
                Edge::Relates(r) => Some(*r),
                _ => None,
            })
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }

    /// Every relation.
    pub fn relations(&self) -> &[Relation] {
        &self.relations
    }

    /// The outlets (document indices) reporting the claims of topic `t`.
    pub fn topic_outlets(&self, t: usize) -> Vec<usize> {
        let mut out: Vec<usize> = self
            .topic_claims(t)
            .into_iter()
            .flat_map(|c| {
                self.graph
                    .neighbors_directed(self.claims[c], Direction::Incoming)
            })
            .filter_map(|n| match self.graph[n] {
                Node::Outlet(d) => Some(d),
                _ => None,
            })
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }

    /// How topic `t` stands: its worst relation, or single-source.
    pub fn standing(&self, t: usize) -> Standing {
        Standing::worst(
            self.topic_relations(t)
                .iter()
                .map(|&r| self.relations[r].verdict),
        )
    }
}

impl Standing {
    /// How a topic whose relations have these verdicts stands: its worst
    /// verdict, or single-source when no two outlets state the same thing.
    pub fn worst(verdicts: impl IntoIterator<Item = Verdict>) -> Standing {
        verdicts
            .into_iter()
            .filter_map(|v| match v {
                Verdict::Contradict => Some(Standing::Contradicted),
                Verdict::Compatible => Some(Standing::Compatible),
                Verdict::Agree => Some(Standing::Agreed),
                Verdict::Distinct => None,
            })
            .min()
            .unwrap_or(Standing::SingleSource)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Document;
    use crate::ruleset::RuleSet;
    use crate::span::DocId;

    #[test]
    fn the_graph_is_allocated_at_its_exact_size() {
        let text = |s: &str| s.to_string();
        let corpus = Corpus {
            documents: vec![
                Document::from_text(
                    DocId(0),
                    "a.txt",
                    "marsk",
                    text(
                        "Two people were killed in a fire in Dunmore on 3 June 2019, police said.",
                    ),
                ),
                Document::from_text(
                    DocId(1),
                    "b.txt",
                    "kelmar",
                    text("Three people were killed in a fire in Dunmore on 3 June 2019."),
                ),
            ],
            failed: Vec::new(),
        };
        let analysis = RuleSet::bundled().expect("bundled rules").analyse(&corpus);
        let graph = TopicGraph::build(&corpus, &analysis);
        let built = (graph.graph.node_count(), graph.graph.edge_count());
        assert!(built.1 > analysis.claims.len(), "{built:?}");
        assert_eq!(size(&corpus, &analysis), built);
    }
}
