//! The topic graph: outlets, topics and claims as nodes; edges say that an
//! outlet reports a claim, that a claim is about a topic, and how two claims
//! relate (verdict and rule). It is the one model every report reads.
//!
//! In: the corpus, its claims and the comparison. Out: [`TopicGraph`], whose
//! methods answer in the crate's own types; petgraph stays inside.

use petgraph::Direction;
use petgraph::graph::{DiGraph, NodeIndex};

use crate::claim::Claim;
use crate::compare::{Comparison, Relation};
use crate::corpus::Corpus;
use crate::verdict::Verdict;

/// A node of the graph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Node {
    /// An outlet's article (by document index).
    Outlet(usize),
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
    relations: Vec<Relation>,
}

impl TopicGraph {
    /// Build the graph of a compared corpus.
    pub fn build(corpus: &Corpus, claims: &[Claim], comparison: &Comparison) -> Self {
        let mut graph = DiGraph::new();
        let outlets: Vec<NodeIndex> = (0..corpus.documents.len())
            .map(|d| graph.add_node(Node::Outlet(d)))
            .collect();
        let claim_nodes: Vec<NodeIndex> = (0..claims.len())
            .map(|c| graph.add_node(Node::Claim(c)))
            .collect();
        for (c, claim) in claims.iter().enumerate() {
            graph.add_edge(
                outlets[claim.span.doc.0 as usize],
                claim_nodes[c],
                Edge::Reports,
            );
        }
        let mut topics = Vec::with_capacity(comparison.topics.len());
        for (t, members) in comparison.topics.iter().enumerate() {
            let node = graph.add_node(Node::Topic(t));
            for &c in members {
                graph.add_edge(claim_nodes[c], node, Edge::About);
            }
            topics.push(node);
        }
        for (r, relation) in comparison.relations.iter().enumerate() {
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
            relations: comparison.relations.clone(),
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
