//! The editor's check: one new piece of copy against a reference set. The
//! piece and the reference are analysed together, exactly as `report` would,
//! and the report is narrowed to the findings that involve the piece.

use std::path::Path;

use crate::cli::CheckArgs;
use crate::corpus::{self, Corpus, LoadOptions, Provenance, Published};
use crate::error::{Error, Result};
use crate::span::DocId;

/// The reference set with the new piece last, and the piece's position.
pub fn load(args: &CheckArgs, options: &LoadOptions) -> Result<(Corpus, usize)> {
    let mut wire = corpus::load(std::slice::from_ref(&args.wire), options)?;
    if wire.documents.len() != 1 {
        return Err(Error::Usage(format!(
            "{}: check takes one article as the new piece, found {}",
            args.wire.display(),
            wire.documents.len()
        )));
    }
    let mut piece = wire.documents.remove(0);
    override_metadata(&mut piece.meta, args)?;
    let mut corpus = corpus::load(&args.against, options)?;
    corpus.failed.append(&mut wire.failed);
    let wire_path = canonical(Path::new(&piece.path));
    corpus
        .documents
        .retain(|doc| wire_path.is_none() || canonical(Path::new(&doc.path)) != wire_path);
    for (i, doc) in corpus.documents.iter_mut().enumerate() {
        doc.id = doc_id(i)?;
    }
    let position = corpus.documents.len();
    piece.id = doc_id(position)?;
    corpus.documents.push(piece);
    Ok((corpus, position))
}

fn doc_id(i: usize) -> Result<DocId> {
    u32::try_from(i)
        .map(DocId)
        .map_err(|_| Error::Usage("more than 4,294,967,295 articles in one run".to_string()))
}

fn canonical(path: &Path) -> Option<std::path::PathBuf> {
    std::fs::canonicalize(path).ok()
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
        jiff::tz::TimeZone::get(zone).map_err(|_| {
            Error::Usage(format!(
                "--timezone {zone:?}: not an IANA time zone name (such as America/New_York)"
            ))
        })?;
        meta.timezone = Some(zone.clone());
    }
    Ok(())
}
