//! `claimcheck rules`, `rules test [DIR]` and `--rules DIR` (laid over the
//! bundled rules by id) for people who write their own rules.

mod common;

use std::fs;
use std::path::Path;

use common::{claimcheck, claimcheck_in, stderr, stdout};

/// The one-rule directory with its usual example text.
fn write_rule(dir: &Path, must_evidence: &str) {
    common::write_evacuated_rule(
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
    common::write_evacuated_rule(dir.path(), text, "evacuated 300 residents");
    let output = claimcheck_in(dir.path(), &["rules", "test", "."]);
    assert_eq!(output.status.code(), Some(1), "{}", stdout(&output));
    assert!(
        stdout(&output).contains("which the example does not list"),
        "{}",
        stdout(&output)
    );
}

/// `--rules DIR` is laid over the bundled rules by id (issue 15; it used to
/// replace them all): DIR's `evacuated` takes the bundled one's place, and
/// every other bundled rule (`killed`) still runs.
#[test]
fn a_rules_directory_is_laid_over_the_bundled_rules_by_id() {
    let dir = tempfile::tempdir().expect("tempdir");
    write_rule(dir.path(), "evacuated 300 residents");
    let ok = claimcheck_in(dir.path(), &["rules", "test", "."]);
    assert_eq!(ok.status.code(), Some(0), "{}", stdout(&ok));
    assert!(
        stdout(&ok).starts_with("1 rules, 2 examples: 2 passed, 0 failed"),
        "only the directory's rule is tested: {}",
        stdout(&ok)
    );
    fs::write(
        dir.path().join("a.txt"),
        "Crews in Dunmore evacuated 300 residents. About 2,000 residents were evacuated \
         later. Five people were killed.",
    )
    .expect("write");
    let bundled = stdout(&claimcheck_in(dir.path(), &["claims", "a.txt"]));
    assert!(bundled.contains("casualties evacuated: ~2000"), "{bundled}");
    let output = claimcheck_in(dir.path(), &["claims", "--rules", ".", "a.txt"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = stdout(&output);
    // The directory's rule: a count, and no "were evacuated" after the figure.
    assert!(text.contains("count evacuated: 300"), "{text}");
    assert!(
        !text.contains("evacuated: ~2000"),
        "the bundled evacuated rule was used:\n{text}"
    );
    assert!(
        text.contains("casualties killed: 5"),
        "the other bundled rules were dropped:\n{text}"
    );
    let listed = stdout(&claimcheck_in(dir.path(), &["rules", "--rules", "."]));
    let evacuated: Vec<&str> = listed
        .lines()
        .filter(|l| l.starts_with("evacuated "))
        .collect();
    assert_eq!(evacuated.len(), 1, "{listed}");
    assert!(evacuated[0].ends_with("People evacuated."), "{listed}");
    assert_eq!(
        listed.lines().count(),
        stdout(&claimcheck(&["rules"])).lines().count()
    );
}

/// A directory holding one comparison rule changes that rule only: it used
/// to replace every rule, so no claim was extracted and nothing compared.
#[test]
fn a_rules_directory_with_one_comparison_rule_changes_only_that_rule() {
    let dir = tempfile::tempdir().expect("tempdir");
    let times = fs::read_to_string(common::root().join("rules/compare/times.toml"))
        .expect("times rule")
        .replace("approximate_minutes = 10", "approximate_minutes = 20");
    fs::write(dir.path().join("times.toml"), times).expect("write");
    let rules = dir.path().to_string_lossy().into_owned();
    let count = |args: &[&str]| -> (Option<i32>, u64) {
        let output = claimcheck(args);
        let value: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON report");
        let contradict = value["summary"]["contradict"].as_u64().expect("summary");
        (output.status.code(), contradict)
    };
    let report = ["report", "seeds", "-f", "json", "--fail-on", "contradict"];
    let before = count(&report);
    let after = count(&[&report[..], &["--rules", &rules]].concat());
    assert_eq!(before, (Some(1), 3));
    // The strike times 15 minutes apart are within 20: the two toll
    // contradictions, found by bundled rules, remain.
    assert_eq!(after, (Some(1), 2));
    // Its examples run on claims the bundled extraction rules find: the
    // widened tolerance breaks the one 15 minutes apart, and only that.
    let tested = claimcheck(&["rules", "test", &rules]);
    assert_eq!(tested.status.code(), Some(1), "{}", stdout(&tested));
    let text = stdout(&tested);
    assert!(
        text.starts_with("FAILED times / in \"The raid began around 2:30 a.m.")
            && text.contains("expected contradict; got [compatible")
            && text.ends_with(" passed, 1 failed\n")
            && text.contains("\n1 rules, "),
        "{text}"
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
    // It takes the place of the bundled `quotes` rule (summary "s").
    let quotes: Vec<String> = stdout(&output)
        .lines()
        .filter(|l| l.starts_with("quotes "))
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect();
    assert_eq!(quotes, ["quotes quote s"], "{}", stdout(&output));
}
