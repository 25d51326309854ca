//! The editor's check: one new piece of copy against a reference set. The
//! piece and the reference are analysed together, exactly as `report` would,
//! and the report is narrowed to the findings that involve the piece.

use std::path::Path;

use crate::cli::CheckArgs;
use crate::corpus::sources::FileId;
use crate::corpus::{self, Corpus, LoadOptions, Provenance, Published};
use crate::error::{Error, Result};

/// The reference set and the new piece, in the order `report` would read
/// them (so the analysis is the same), and the piece's position. Everything
/// is loaded in one go, so the reference directories' manifests
/// also describe the piece when it is listed in them; the piece is read once
/// even when it lies among the reference articles.
pub fn load(args: &CheckArgs, options: &LoadOptions) -> Result<(Corpus, usize, Vec<String>)> {
    if args.wire.is_dir() {
        return Err(Error::Usage(format!(
            "{}: check takes one article file as the new piece, not a directory",
            args.wire.display()
        )));
    }
    let mut inputs = args.against.clone();
    inputs.push(args.wire.clone());
    let loaded = corpus::load_reporting(&inputs, options)?;
    let warnings = loaded.warnings;
    let mut corpus = loaded.corpus;
    let is_piece = |path: &str| {
        if args.wire == Path::new("-") {
            path == corpus::STDIN_PATH
        } else {
            let wire = FileId::at(&args.wire);
            wire.is_some() && FileId::at(Path::new(path)) == wire
        }
    };
    let found = corpus.documents.iter().position(|d| is_piece(&d.path));
    let Some(found) = found else {
        // Only --keep-going gets here: the piece itself could not be read.
        return Err(Error::Usage(format!(
            "{}: the new piece could not be read",
            args.wire.display()
        )));
    };
    if corpus.documents.len() < 2 {
        return Err(Error::Usage(format!(
            "no reference articles: --against {} gave no article other than the new piece {}; \
             name the articles or directories to check it against",
            args.against
                .iter()
                .map(|p| p.display().to_string())
                .collect::<Vec<_>>()
                .join(" "),
            args.wire.display()
        )));
    }
    override_metadata(&mut corpus.documents[found].meta, args)?;
    Ok((corpus, found, warnings))
}

/// Apply `--outlet`, `--published` and `--timezone` to the new piece.
fn override_metadata(meta: &mut corpus::Metadata, args: &CheckArgs) -> Result<()> {
    if let Some(outlet) = &args.outlet {
        meta.outlet = outlet.clone();
        meta.outlet_from = Provenance::CommandLine;
    }
    if let Some(text) = &args.published {
        meta.published = Some(Published::parse(text).ok_or_else(|| {
            Error::Usage(format!(
                "--published {text:?}: not a date (2020-03-13) or an instant with its offset \
                 (2020-03-13T08:00:00-04:00)"
            ))
        })?);
        meta.published_from = Provenance::CommandLine;
    }
    if let Some(zone) = &args.timezone {
        corpus::facts::check_zone_as("--timezone", zone).map_err(Error::Usage)?;
        meta.timezone = Some(zone.clone());
    }
    Ok(())
}
