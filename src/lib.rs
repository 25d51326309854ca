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
pub mod normalize;
pub mod report;
pub mod rules;
pub mod ruleset;
pub mod segment;
pub mod slot;
pub mod span;
pub mod story;
pub mod verdict;

pub use error::{Error, Result};
