//! Rendering: the last stage. Renderers see the report model (documents,
//! sentences, claims) and never the regex engine or the graph.

pub mod claims;
pub mod documents;
pub mod markdown;
pub mod model;
pub mod sentences;
pub mod text;

use std::io::Write;

use crate::cli::ReportFormat;
use crate::error::Result;
use model::Report;

/// Write `report` in `format`.
pub fn write(out: &mut dyn Write, format: ReportFormat, report: &Report<'_>) -> Result<()> {
    match format {
        ReportFormat::Text => text::write(out, report),
        ReportFormat::Md => markdown::write(out, report),
        ReportFormat::Json => {
            serde_json::to_writer_pretty(&mut *out, report).map_err(std::io::Error::from)?;
            writeln!(out)?;
            Ok(())
        }
    }
}
