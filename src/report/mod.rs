//! Rendering: the last stage. Renderers see the report model (documents,
//! sentences, claims) and never the regex engine or the graph.

pub mod claims;
pub mod documents;
pub mod sentences;
