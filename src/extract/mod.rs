//! Extraction: sentences in, claims out.
//!
//! In: a [`Document`] and its sentences. Out: its [`Claim`]s in text order,
//! each with a document-absolute evidence span. The closed set of kinds is
//! written here, one file each; their words and examples come from rule
//! files. Navigation and metadata paragraphs are never read; claims from
//! headlines and captions are marked by their block kind, and a claim whose
//! words repeat an earlier one of the same document is marked `repeated`.

pub mod actors;
pub mod attribution;
pub mod clock;
pub mod code;
pub mod conditional;
pub mod events;
pub mod figures;
pub mod lexicon;
pub mod persons;
pub mod phrase;
pub mod place;
pub mod quantity;
pub mod quote;
pub mod residents;
pub mod scope;
pub mod score;
pub mod tokens;
pub mod whereabouts;

mod engine;
mod reach;
mod who;
mod zones;

pub use engine::{Extractors, PlainParams, STATEMENT_WORDS};
