//! Inputs the fuzz targets (`fuzz/`) found crashing, kept as regression
//! tests: each runs through the same entry point as its target and must not
//! panic. The seeds run through the pipeline target too, so the test always
//! exercises it even when no crash has been kept.

use std::fs;
use std::path::PathBuf;

use claimcheck::fuzzing::{formats, pipeline, rule_file};

fn files(dir: &str) -> Vec<PathBuf> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut out: Vec<PathBuf> = fs::read_dir(&root)
        .map(|entries| entries.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    out.retain(|p| p.is_file() && p.extension().is_none_or(|e| e != "md"));
    out.sort();
    out
}

#[test]
fn kept_pipeline_inputs_and_the_seeds_do_not_panic() {
    let inputs: Vec<PathBuf> = files("tests/fuzz_regressions/pipeline")
        .into_iter()
        .chain(files("seeds"))
        .collect();
    assert!(inputs.len() >= 5, "the seeds at least");
    for path in inputs {
        pipeline(&fs::read(&path).expect("read input"));
    }
}

#[test]
fn kept_rule_inputs_do_not_panic() {
    for path in files("tests/fuzz_regressions/rules")
        .into_iter()
        .chain(files("rules/extract"))
    {
        rule_file(&String::from_utf8_lossy(
            &fs::read(&path).expect("read input"),
        ));
    }
}

#[test]
fn kept_format_inputs_and_the_format_fixtures_keep_the_readers_promises() {
    let inputs: Vec<PathBuf> = files("tests/fuzz_regressions/formats")
        .into_iter()
        .chain(files("tests/formats/mixed"))
        .collect();
    assert!(inputs.len() >= 4, "the fixtures at least");
    for path in inputs {
        formats(&fs::read(&path).expect("read input"));
    }
}
