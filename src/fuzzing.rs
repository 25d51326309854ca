//! Entry points for the fuzz targets in `fuzz/` and for the regression tests
//! that keep the inputs they found: the whole pipeline on arbitrary bytes,
//! the article format readers on arbitrary text, and the rules loader on
//! arbitrary text.

use std::path::PathBuf;
use std::sync::LazyLock;

use crate::corpus::{Corpus, Document, Provenance, Published};
use crate::graph::TopicGraph;
use crate::report::{self, model::Report, style::Style};
use crate::rules::RuleSource;
use crate::ruleset::RuleSet;
use crate::span::DocId;

static RULES: LazyLock<Option<RuleSet>> = LazyLock::new(|| RuleSet::bundled().ok());

fn document(id: u32, text: String) -> Document {
    let mut doc = Document::from_text(
        DocId(id),
        &format!("{id}.txt"),
        &format!("outlet {id}"),
        text,
    );
    doc.meta.published = Published::parse("2020-03-13");
    doc.meta.published_from = Provenance::Manifest;
    doc.meta.timezone = Some("Asia/Baghdad".into());
    doc
}

/// Run `data` (as lossy UTF-8, split in two articles at the first NUL or
/// half way) through every stage and every report format.
pub fn pipeline(data: &[u8]) {
    let Some(rules) = RULES.as_ref() else { return };
    let text = String::from_utf8_lossy(data).into_owned();
    let mut cut = text.len() / 2;
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let corpus = Corpus {
        documents: vec![
            document(0, text[..cut].to_string()),
            document(1, text[cut..].to_string()),
        ],
        failed: Vec::new(),
    };
    let analysis = rules.analyse(&corpus);
    let graph = TopicGraph::build(&corpus, &analysis);
    let model = Report::build(&corpus, &analysis, &graph, &rules.infos);
    for format in <crate::cli::ReportFormat as clap::ValueEnum>::value_variants() {
        let mut sink = Vec::new();
        let _ = report::write(&mut sink, *format, &model, Style { color: true });
    }
}

/// Read `data` (as lossy UTF-8) in every article format and check what
/// each reader promises: every article has text, and every character of it
/// maps to a span of the file, inside it, on character boundaries, not
/// running backwards. Panics when a promise is broken.
pub fn formats(data: &[u8]) {
    use crate::corpus::formats::{self, Fields, InputFormat};
    let file = String::from_utf8_lossy(data).into_owned();
    for format in <InputFormat as clap::ValueEnum>::value_variants() {
        let read = formats::read(*format, &file, &Fields::default());
        for article in &read.articles {
            assert!(
                !article.text.trim().is_empty(),
                "{format:?}: an empty article"
            );
            // Each character's span lies in the file, on character
            // boundaries, and does not run backwards. (The text need not
            // follow the file's order: a headline after the body is read
            // first.)
            let mut chars = article.text.char_indices().peekable();
            while let Some((at, _)) = chars.next() {
                let next = chars.peek().map_or(article.text.len(), |&(i, _)| i);
                let (start, end) = (article.map.start(at), article.map.end(next));
                for offset in [start, end] {
                    assert!(
                        offset <= file.len(),
                        "{format:?}: offset {offset} past the file"
                    );
                    assert!(
                        file.is_char_boundary(offset),
                        "{format:?}: {offset} inside a character"
                    );
                }
                assert!(
                    start <= end,
                    "{format:?}: the span of text {at} runs backwards"
                );
            }
        }
        for problem in &read.problems {
            assert!(
                problem.offset <= file.len(),
                "{format:?}: problem past the file"
            );
        }
    }
}

/// Compile `text` as the only rule file of a rules directory.
pub fn rule_file(text: &str) {
    let source = RuleSource {
        path: PathBuf::from("rules/extract/fuzzed.toml"),
        text: text.to_string(),
        bundled: false,
    };
    if let Ok(rules) = RuleSet::compile(vec![source]) {
        let _ = rules.run_examples();
    }
}
