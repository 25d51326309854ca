//! # claimcheck
//!
//! A claim-consistency checker for news. Several outlets report one event and
//! disagree in the details; claimcheck reads the articles, extracts their
//! factual claims with exact evidence, and reports where they agree, differ
//! compatibly, or contradict.
//!
//! The pipeline, one module per stage, data flowing one way:
//!
//! ```text
//! corpus     load documents and metadata   (paths, manifest) -> Corpus
//! segment    paragraphs and sentences       Document -> Vec<Sentence>
//! extract    claims with their evidence     Sentence -> Vec<Claim>
//! normalize  numbers, times, dates          text -> Value
//! compare    topics and relations by rule   Vec<Claim> -> Comparison
//! graph      outlets, topics, claims        Comparison -> TopicGraph
//! report     one model, every format        TopicGraph -> text | md | json | html | dot | sarif
//! ```
//!
//! `ruleset` compiles the rule files of `rules/` into the extraction and
//! comparison kinds; `commands` runs a parsed command line over the stages.
//!
//! Every claim and sentence carries a [`span::Span`]: a byte range into the
//! document's text exactly as read from disk. Lines and columns are computed
//! only when a report is rendered.

pub mod analysis;
pub mod claim;
pub mod cli;
pub mod commands;
pub mod compare;
pub mod corpus;
pub mod error;
pub mod eval;
pub mod event;
pub mod extract;
pub mod fuzzing;
pub mod gazetteer;
pub mod graph;
pub mod language;
pub mod normalize;
pub mod order;
pub mod report;
pub mod rules;
pub mod ruleset;
pub mod segment;
pub mod slot;
pub mod span;
pub mod story;
pub mod verdict;

pub use error::{Error, Result};

/// A hash map for the lookups made for every word (word tables, the noun
/// lexicon, word frequencies, story features): a fast hash with a fixed seed.
/// Its keys are the bundled data and the words of the input, which can at
/// worst fill a bucket of the data's own keys, so the randomised default's
/// defence against flooding buys nothing here but time.
pub type FastMap<K, V> = std::collections::HashMap<K, V, foldhash::fast::FixedState>;

/// The set counterpart of [`FastMap`].
pub type FastSet<K> = std::collections::HashSet<K, foldhash::fast::FixedState>;
