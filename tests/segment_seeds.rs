//! The sentences of every seed article, as reviewed snapshots: no sentence
//! broken after "U.S." or "a.m.", none glued across paragraphs, navigation and
//! metadata lines marked as such.

mod common;

use claimcheck::corpus::{self, LoadOptions};
use claimcheck::segment;

#[test]
fn seed_sentences_match_the_reviewed_snapshots() {
    let corpus = corpus::load(&[common::root().join("seeds")], &LoadOptions::default())
        .expect("the seeds load");
    assert_eq!(corpus.documents.len(), 5);
    for doc in &corpus.documents {
        let mut listing = String::new();
        for s in segment::segment(doc) {
            let at = doc.lines.line_col(&doc.text, s.span.start);
            listing.push_str(&format!(
                "{at} [{}..{}] {}: {}\n",
                s.span.start,
                s.span.end,
                s.kind.name(),
                s.span.slice(&doc.text)
            ));
        }
        let name = format!("sentences__{}", doc.name.trim_end_matches(".txt"));
        common::snapshot_settings().bind(|| insta::assert_snapshot!(name, listing));
    }
}

#[test]
fn every_seed_sentence_span_is_trimmed_and_inside_its_paragraph_line() {
    let corpus = corpus::load(&[common::root().join("seeds")], &LoadOptions::default())
        .expect("the seeds load");
    for doc in &corpus.documents {
        for s in segment::segment(doc) {
            let text = s.span.slice(&doc.text);
            assert!(!text.is_empty());
            assert_eq!(
                text,
                text.trim_matches(claimcheck::corpus::is_space),
                "{text:?}"
            );
            assert!(!text.contains('\n'), "a sentence crosses a line: {text:?}");
        }
    }
}

#[test]
fn seed_claims_match_the_reviewed_snapshots() {
    let root = common::root();
    let output = common::claimcheck(&["claims", "seeds"]);
    assert_eq!(output.status.code(), Some(0), "{}", common::stderr(&output));
    let text = common::stdout(&output);
    // One snapshot per seed: the output's blocks are separated by blank lines.
    for block in text.split("\n\n").filter(|b| !b.trim().is_empty()) {
        let first = block.lines().next().unwrap_or_default();
        let path = first.split(':').next().unwrap_or_default();
        assert!(
            root.join(path).is_file(),
            "block header names no seed: {first}"
        );
        let stem = path.trim_start_matches("seeds/").trim_end_matches(".txt");
        let name = format!("claims__{stem}");
        common::snapshot_settings().bind(|| insta::assert_snapshot!(name, block));
    }
}
