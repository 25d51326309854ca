//! The editor's `check`: one seed against the other four reports exactly the
//! findings of the full report that involve it, exits 1 when it contradicts
//! the reference, and takes the piece's metadata from options.

mod common;

use std::collections::BTreeSet;

use common::{claimcheck, stderr, stdout};
use serde_json::Value;

/// A relation known by its claims' files and evidence bytes, whatever ids
/// the report gave them.
type Finding = (String, String, String, String);

fn json(args: &[&str]) -> (Option<i32>, Value) {
    let output = claimcheck(args);
    let value = serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", stderr(&output)));
    (output.status.code(), value)
}

fn findings(report: &Value, involving: Option<&str>) -> BTreeSet<Finding> {
    let claim = |id: &Value| -> String {
        let claim = report["claims"]
            .as_array()
            .and_then(|cs| cs.iter().find(|c| c["id"] == *id))
            .expect("the relation's claim is listed");
        let doc = report["documents"]
            .as_array()
            .and_then(|ds| ds.iter().find(|d| d["id"] == claim["doc"]))
            .expect("the claim's document is listed");
        format!(
            "{}@{}..{}",
            doc["path"].as_str().unwrap_or_default(),
            claim["span"]["start"],
            claim["span"]["end"]
        )
    };
    report["relations"]
        .as_array()
        .expect("relations")
        .iter()
        .map(|r| {
            let mut sides = [claim(&r["a"]), claim(&r["b"])];
            sides.sort();
            let [a, b] = sides;
            (a, b, r["verdict"].to_string(), r["rule"].to_string())
        })
        .filter(|(a, b, ..)| involving.is_none_or(|doc| a.starts_with(doc) || b.starts_with(doc)))
        .collect()
}

#[test]
fn checking_each_seed_against_the_others_reports_exactly_the_findings_that_involve_it() {
    let (code, full) = json(&["report", "seeds", "--format", "json"]);
    assert_eq!(code, Some(0));
    for seed in [
        "seeds/000_fe0a26ebcb3726d0.txt",
        "seeds/001_7a9cea3900600661.txt",
        "seeds/002_f96870468a0a20b2.txt",
        "seeds/003_bb9edc581c9de066.txt",
        "seeds/004_895bffb601fe31e6.txt",
    ] {
        let expected = findings(&full, Some(&format!("{seed}@")));
        let (code, checked) = json(&["check", seed, "--against", "seeds", "--format", "json"]);
        let found = findings(&checked, None);
        assert!(!expected.is_empty(), "{seed} relates to the others");
        assert_eq!(found, expected, "{seed}");
        let contradicts = expected.iter().any(|f| f.2 == "\"contradict\"");
        assert_eq!(code, Some(i32::from(contradicts)), "{seed}: exit code");
        // The piece keeps the reference manifest's metadata and is listed once.
        let docs = checked["documents"].as_array().expect("documents");
        assert_eq!(docs.len(), 5);
        let piece = docs.iter().find(|d| d["path"] == seed).expect("the piece");
        assert_eq!(
            checked["focus"], piece["id"],
            "{seed}: the report names its piece"
        );
        assert_eq!(piece["outlet_from"], "manifest");
    }
}

#[test]
fn contradictions_of_the_piece_come_first_in_the_terminal_report() {
    let output = claimcheck(&[
        "check",
        "seeds/001_7a9cea3900600661.txt",
        "--against",
        "seeds",
    ]);
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    assert!(
        text.starts_with(
            "claimcheck check: seeds/001_7a9cea3900600661.txt (DW) against 4 articles:"
        ),
        "{text}"
    );
    let error = text
        .find("error[times]")
        .expect("the strike-time contradiction");
    let other = text.find("\ncompatible: ").expect("compatible topics");
    assert!(error < other);
    assert!(
        !text.contains("error[running-tolls]"),
        "a finding without the piece:\n{text}"
    );
}

#[test]
fn the_piece_metadata_can_be_given_as_options() {
    let dir = tempfile::tempdir().expect("temp dir");
    let wire = dir.path().join("wire.txt");
    std::fs::copy(common::root().join("seeds/001_7a9cea3900600661.txt"), &wire).expect("copy");
    let wire_arg = wire.to_string_lossy().into_owned();
    let without = claimcheck(&["check", &wire_arg, "--against", "seeds", "--format", "json"]);
    let without: Value = serde_json::from_slice(&without.stdout).expect("json");
    let piece = |report: &Value| -> Value {
        report["documents"]
            .as_array()
            .and_then(|ds| ds.iter().find(|d| d["path"] == wire_arg.as_str()))
            .cloned()
            .expect("the piece is listed")
    };
    let piece_before = piece(&without);
    assert_eq!(piece_before["outlet_from"], "file_name", "{piece_before}");
    assert_eq!(piece_before["timezone"], Value::Null, "{piece_before}");

    let (code, with) = json(&[
        "check",
        &wire_arg,
        "--against",
        "seeds",
        "--format",
        "json",
        "--outlet",
        "Wire Desk",
        "--published",
        "2020-03-13",
        "--timezone",
        "Europe/Berlin",
    ]);
    let piece = piece(&with);
    assert_eq!(piece["outlet"], "Wire Desk");
    assert_eq!(piece["outlet_from"], "command_line");
    assert_eq!(piece["published"], "2020-03-13");
    assert_eq!(piece["timezone"], "Europe/Berlin");
    // Dated, the copy is DW's article again: the strike-time contradiction.
    assert_eq!(code, Some(1));
    let wire_desk = with["relations"]
        .as_array()
        .expect("relations")
        .iter()
        .any(|r| {
            r["verdict"] == "contradict"
                && r["explanation"]
                    .as_str()
                    .unwrap_or("")
                    .contains("Wire Desk")
        });
    assert!(wire_desk, "{}", with["relations"]);
}

#[test]
fn bad_piece_options_are_input_errors() {
    for (args, message) in [
        (
            vec![
                "check",
                "seeds/001_7a9cea3900600661.txt",
                "--against",
                "seeds",
                "--timezone",
                "Mars/Olympus",
            ],
            "--timezone \"Mars/Olympus\" is not an IANA time zone name",
        ),
        (
            vec![
                "check",
                "seeds/001_7a9cea3900600661.txt",
                "--against",
                "seeds",
                "--published",
                "yesterday",
            ],
            "--published \"yesterday\": not a date",
        ),
        (
            vec!["check", "seeds", "--against", "seeds"],
            "seeds: check takes one article file as the new piece, not a directory",
        ),
        (
            vec!["check", "no/such.txt", "--against", "seeds"],
            "no/such.txt: no such file or directory",
        ),
    ] {
        let output = claimcheck(&args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(
            stderr(&output).contains(message),
            "{args:?}: {}",
            stderr(&output)
        );
    }
}
