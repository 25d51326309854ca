//! `claimcheck rules`, `rules test [DIR]` and `--rules DIR` for people who
//! write their own rules.

mod common;

use std::fs;
use std::path::Path;

use common::{claimcheck, claimcheck_in, stderr, stdout};

/// A one-rule directory: an outcome rule whose `[[must]]` example is `text`
/// listing one claim, `must_evidence` = 300.
fn write_rule_for(dir: &Path, text: &str, must_evidence: &str) {
    fs::create_dir_all(dir.join("extract")).expect("mkdir");
    let rule = format!(
        r#"id = "evacuated"
kind = "outcome"
summary = "People evacuated."
why = "Evacuation figures are reported by several agencies."

[params]
measure = "evacuated"
count = true
before = ["evacuated"]

[[must]]
text = "{text}"
claims = [{{ evidence = "{must_evidence}", value = "300" }}]

[[must_not]]
text = "The evacuation took three hours."
"#
    );
    fs::write(dir.join("extract/evacuated.toml"), rule).expect("write rule");
}

/// The one-rule directory with its usual example text.
fn write_rule(dir: &Path, must_evidence: &str) {
    write_rule_for(
        dir,
        "Crews evacuated 300 residents overnight.",
        must_evidence,
    );
}

#[test]
fn rules_lists_every_bundled_rule_with_its_summary() {
    let output = claimcheck(&["rules"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = stdout(&output);
    for id in [
        "killed",
        "injured",
        "time-of-day",
        "running-tolls",
        "times",
        "entities",
    ] {
        assert!(
            text.lines().any(|l| l.starts_with(id)),
            "{id} missing:\n{text}"
        );
    }
}

#[test]
fn rules_test_passes_on_the_bundled_rules() {
    let output = claimcheck(&["rules", "test"]);
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    assert!(stdout(&output).contains(" 0 failed"), "{}", stdout(&output));
}

#[test]
fn rules_test_reports_a_failing_example_and_exits_1() {
    let dir = tempfile::tempdir().expect("tempdir");
    write_rule(dir.path(), "evacuated 300 people");
    let output = claimcheck_in(dir.path(), &["rules", "test", "."]);
    assert_eq!(output.status.code(), Some(1), "{}", stdout(&output));
    assert!(
        stdout(&output)
            .contains("FAILED evacuated / in \"Crews evacuated 300 residents overnight.\""),
        "{}",
        stdout(&output)
    );
}

#[test]
fn a_claim_the_example_does_not_list_fails_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let text = "Crews evacuated 300 residents overnight and evacuated 40 more at dawn.";
    write_rule_for(dir.path(), text, "evacuated 300 residents");
    let output = claimcheck_in(dir.path(), &["rules", "test", "."]);
    assert_eq!(output.status.code(), Some(1), "{}", stdout(&output));
    assert!(
        stdout(&output).contains("which the example does not list"),
        "{}",
        stdout(&output)
    );
}

#[test]
fn a_rules_directory_replaces_the_bundled_rules() {
    let dir = tempfile::tempdir().expect("tempdir");
    write_rule(dir.path(), "evacuated 300 residents");
    let ok = claimcheck_in(dir.path(), &["rules", "test", "."]);
    assert_eq!(ok.status.code(), Some(0), "{}", stdout(&ok));
    fs::write(
        dir.path().join("a.txt"),
        "Crews evacuated 300 residents. Five people were killed.",
    )
    .expect("write");
    let output = claimcheck_in(dir.path(), &["claims", "--rules", ".", "a.txt"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(text.contains("count evacuated: 300"), "{text}");
    assert!(
        !text.contains("killed"),
        "the bundled rules were used:\n{text}"
    );
}

#[test]
fn a_broken_rule_stops_the_run_with_file_line_and_column() {
    let dir = tempfile::tempdir().expect("tempdir");
    write_rule(dir.path(), "evacuated 300 residents");
    let path = dir.path().join("extract/evacuated.toml");
    let text = fs::read_to_string(&path)
        .expect("read")
        .replace("before = [", "befor = [");
    fs::write(&path, text).expect("write");
    let output = claimcheck_in(dir.path(), &["rules", "test", "."]);
    assert_eq!(output.status.code(), Some(2));
    let message = stderr(&output);
    assert!(
        message.contains("extract/evacuated.toml:9:1: rule: unknown field `befor`"),
        "{message}"
    );
}

/// Rule parameters are words, not patterns: a verb with regex syntax in it
/// is matched literally rather than breaking the rule.
#[test]
fn speech_verbs_are_literal_words_not_patterns() {
    let dir = tempfile::tempdir().expect("tempdir");
    fs::create_dir_all(dir.path().join("extract")).expect("mkdir");
    let rule = r#"id = "quotes"
kind = "quote"
summary = "s"
why = "w"
[params]
min_words = 3
speech_verbs = ["said("]
[[must]]
text = "t"
claims = []
[[must_not]]
text = "u"
"#;
    fs::write(dir.path().join("extract/quotes.toml"), rule).expect("write");
    let output = claimcheck_in(dir.path(), &["rules", "--rules", "."]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(stdout(&output).starts_with("quotes"), "{}", stdout(&output));
}
