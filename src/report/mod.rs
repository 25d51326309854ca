//! Rendering: the last stage. Renderers see the report model (documents,
//! sentences, claims) and never the regex engine or the graph.

pub mod changes;
pub mod claims;
pub mod documents;
pub mod dot;
pub mod escape;
pub mod fingerprint;
mod focus;
pub mod github;
pub mod html;
pub mod markdown;
pub mod model;
pub mod sarif;
pub mod sentences;
pub mod style;
pub mod text;

use std::io::Write;

use crate::cli::ReportFormat;
use crate::error::Result;
use model::Report;
use style::Style;

/// Write `report` in `format`; `style` says whether the terminal format is
/// coloured (the others never are).
pub fn write(
    out: &mut dyn Write,
    format: ReportFormat,
    report: &Report<'_>,
    style: Style,
) -> Result<()> {
    match format {
        ReportFormat::Text => text::write(out, report, style),
        ReportFormat::Md => markdown::write(out, report),
        ReportFormat::Html => html::write(out, report),
        ReportFormat::Dot => dot::write(out, report),
        ReportFormat::Sarif => sarif::write(out, report),
        ReportFormat::Github => github::write(out, report),
        ReportFormat::Json => {
            serde_json::to_writer_pretty(&mut *out, report).map_err(std::io::Error::from)?;
            writeln!(out)?;
            Ok(())
        }
    }
}
