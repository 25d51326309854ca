//! Properties over arbitrary text: no panic, every span inside its document
//! on character boundaries, and the same report whatever the input order.

use claimcheck::corpus::{self, Document, LoadOptions, Metadata, Provenance};
use claimcheck::ruleset::RuleSet;
use claimcheck::segment;
use claimcheck::span::{DocId, LineIndex};
use proptest::prelude::*;
use std::sync::LazyLock;

static RULES: LazyLock<RuleSet> = LazyLock::new(|| RuleSet::bundled().expect("rules compile"));

fn document(text: String) -> Document {
    Document {
        id: DocId(0),
        path: "p.txt".into(),
        name: "p.txt".into(),
        lines: LineIndex::new(&text),
        text,
        meta: Metadata {
            outlet: "p".into(),
            outlet_from: Provenance::FileName,
            published: claimcheck::corpus::Published::parse("2020-03-13"),
            published_from: Provenance::Manifest,
            timezone: Some("Asia/Baghdad".into()),
            url: None,
            dateline: None,
        },
        replaced_bytes: 0,
        origin: None,
        part: None,
    }
}

/// Text mixing news words, figures, quotes, punctuation and any Unicode.
fn news_like() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("Three people were killed ".to_string()),
        Just("on Thursday ".to_string()),
        Just("around 1:30 a.m. local time. ".to_string()),
        Just("“We will act,” Esper said. ".to_string()),
        Just("more than two dozen fighters ".to_string()),
        Just("U.S. ".to_string()),
        Just("\u{a0}".to_string()),
        Just("\r\n".to_string()),
        Just("\n\n".to_string()),
        "\\PC{0,12}",
        "[0-9,.$€%-]{1,6}",
    ];
    prop::collection::vec(piece, 0..40).prop_map(|pieces| pieces.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, .. ProptestConfig::default() })]

    #[test]
    fn extraction_never_panics_and_spans_lie_on_character_boundaries(text in news_like()) {
        let doc = document(text);
        let sentences = segment::segment(&doc);
        for s in &sentences {
            prop_assert!(s.span.end <= doc.text.len());
            prop_assert!(doc.text.is_char_boundary(s.span.start) && doc.text.is_char_boundary(s.span.end));
        }
        for claim in RULES.extractors.extract(&doc, &sentences) {
            for span in [claim.span, claim.sentence] {
                prop_assert!(span.start <= span.end && span.end <= doc.text.len());
                prop_assert!(doc.text.is_char_boundary(span.start) && doc.text.is_char_boundary(span.end));
            }
            let at = doc.lines.line_col(&doc.text, claim.span.start);
            prop_assert!(at.line >= 1 && at.col >= 1);
        }
    }

    #[test]
    fn arbitrary_unicode_never_panics(text in "\\PC*") {
        let doc = document(text);
        let sentences = segment::segment(&doc);
        let claims = RULES.extractors.extract(&doc, &sentences);
        for claim in claims {
            prop_assert!(doc.text.get(claim.span.start..claim.span.end).is_some());
        }
    }
}

/// Markup of every format the readers take, broken and whole, mixed with
/// news text.
fn markup_like() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("<p>".to_string()),
        Just("</p>".to_string()),
        Just("<div class=\"most-read\">".to_string()),
        Just("</div>".to_string()),
        Just("<br>".to_string()),
        Just("<script>x<y</script>".to_string()),
        Just("<!-- c -->".to_string()),
        Just("&amp;".to_string()),
        Just("&ldquo;".to_string()),
        Just("&#150;".to_string()),
        Just("&#xD800;".to_string()),
        Just("<![CDATA[<p>a</p>]]>".to_string()),
        Just("<item><title>".to_string()),
        Just("</title><description>".to_string()),
        Just("</description></item>".to_string()),
        Just("{\"text\": \"".to_string()),
        Just("\\u00e9\\n\\\"".to_string()),
        Just("\"}\n".to_string()),
        Just("WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 40\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n".to_string()),
        Just("Three people were killed ".to_string()),
        "\\PC{0,8}",
    ];
    prop::collection::vec(piece, 0..30).prop_map(|pieces| pieces.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, .. ProptestConfig::default() })]

    #[test]
    fn every_reader_maps_every_offset_into_the_file(text in markup_like()) {
        claimcheck::fuzzing::formats(text.as_bytes());
        for start in ["<rss><channel>", "[", "<!DOCTYPE html>"] {
            claimcheck::fuzzing::formats(format!("{start}{text}").as_bytes());
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 12, .. ProptestConfig::default() })]

    #[test]
    fn the_analysis_is_the_same_whatever_the_order_of_inputs(
        texts in prop::collection::vec(news_like(), 2..5),
        rotation in 0usize..4,
    ) {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut paths = Vec::new();
        for (i, text) in texts.iter().enumerate() {
            let path = dir.path().join(format!("{i}.txt"));
            std::fs::write(&path, format!("Story {i}.\n{text}")).expect("write");
            paths.push(path);
        }
        let analyse = |paths: &[std::path::PathBuf]| {
            let corpus = corpus::load(paths, &LoadOptions::default()).expect("load");
            let a = RULES.analyse(&corpus);
            format!("{:?}{:?}{:?}{:?}", a.claims, a.stories, a.comparison.relations, a.comparison.topics)
        };
        let mut rotated = paths.clone();
        rotated.rotate_left(rotation % paths.len());
        rotated.reverse();
        prop_assert_eq!(analyse(&paths), analyse(&rotated));
    }
}
