//! The discrepancy report on the seeds: reviewed Markdown and JSON snapshots,
//! the answer key's score, byte-identical output whatever the input order,
//! and `--fail-on contradict`.

mod common;

use claimcheck::corpus::{self, LoadOptions};
use claimcheck::eval::Key;
use claimcheck::ruleset::RuleSet;
use common::{claimcheck, stderr, stdout};

#[test]
fn the_seed_report_in_markdown_matches_the_reviewed_snapshot() {
    let output = claimcheck(&["report", "seeds", "--format", "md"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    common::snapshot_settings()
        .bind(|| insta::assert_snapshot!("report__seeds_md", stdout(&output)));
}

#[test]
fn the_seed_report_in_json_matches_the_reviewed_snapshot() {
    let output = claimcheck(&["report", "seeds", "--format", "json"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let value: serde_json::Value = serde_json::from_slice(&output.stdout).expect("valid JSON");
    assert_eq!(value["schema_version"], 1);
    common::snapshot_settings()
        .bind(|| insta::assert_snapshot!("report__seeds_json", stdout(&output)));
}

#[test]
fn the_seeds_score_fully_against_their_answer_key() {
    let root = common::root();
    let corpus = corpus::load(&[root.join("seeds")], &LoadOptions::default()).expect("seeds load");
    let rules = RuleSet::bundled().expect("rules compile");
    let analysis = rules.analyse(&corpus);
    let key = Key::load(&root.join("tests/keys/seeds.key.toml"), &corpus).expect("key loads");
    let score = key.score(&analysis.claims, &analysis.comparison.relation_refs());
    assert_eq!(
        score.line(),
        "claims 29/29, relations 16/16, contradictions reported 3, unexpected 0",
        "misses:\n{}",
        score.misses.join("\n")
    );
}

#[test]
fn eval_exits_0_on_a_clean_score_and_1_on_misses() {
    let clean = claimcheck(&["eval", "tests/keys/seeds.key.toml", "seeds"]);
    assert_eq!(clean.status.code(), Some(0), "{}", stdout(&clean));
    assert!(stdout(&clean).starts_with("claims 29/29, relations 16/16"));
    // Without two of the articles, the key's claims in them are missed.
    let partial = claimcheck(&[
        "eval",
        "tests/keys/seeds.key.toml",
        "seeds/000_fe0a26ebcb3726d0.txt",
        "seeds/001_7a9cea3900600661.txt",
        "seeds/002_f96870468a0a20b2.txt",
        "--manifest",
        "seeds/seeds.toml",
    ]);
    assert_eq!(partial.status.code(), Some(1));
    assert!(
        stdout(&partial).contains("missed claim: 003_bb9edc581c9de066.txt"),
        "{}",
        stdout(&partial)
    );
}

#[test]
fn every_format_is_byte_identical_whatever_the_order_of_paths() {
    let mut files: Vec<String> = std::fs::read_dir(common::root().join("seeds"))
        .expect("seeds dir")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| {
            format!(
                "seeds/{}",
                p.file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default()
            )
        })
        .collect();
    files.sort();
    let reversed: Vec<String> = files.iter().rev().cloned().collect();
    for format in ["text", "md", "json", "html", "dot", "sarif", "github"] {
        let run = |paths: &[String]| {
            let mut args = vec![
                "report",
                "--manifest",
                "seeds/seeds.toml",
                "--format",
                format,
            ];
            args.extend(paths.iter().map(String::as_str));
            claimcheck(&args).stdout
        };
        assert_eq!(
            run(&files),
            run(&reversed),
            "{format} differs with the order of paths"
        );
    }
}

#[test]
fn fail_on_contradict_exits_1_when_outlets_contradict() {
    let output = claimcheck(&["report", "seeds", "--fail-on", "contradict"]);
    assert_eq!(output.status.code(), Some(1));
    let quiet = claimcheck(&[
        "report",
        "seeds/003_bb9edc581c9de066.txt",
        "--fail-on",
        "contradict",
    ]);
    assert_eq!(quiet.status.code(), Some(0), "{}", stderr(&quiet));
}
