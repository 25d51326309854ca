//! The conventions linter users expect (issue 15): `check --against` with
//! several paths and an empty reference set, `--fail-on` levels, `explain`,
//! `-q`, `-o`, `-f`, completions and man pages. `--format github` is in
//! github_format.rs, `--select`, `--ignore` and baselines in
//! findings_filters.rs.

mod common;

use std::fs;

use common::{SEEDS, claimcheck, claimcheck_in, stderr, stdout};

#[test]
fn check_takes_several_reference_paths_and_reads_them_as_one_directory() {
    let piece = SEEDS[1];
    let whole = claimcheck(&["check", piece, "--against", "seeds", "-f", "json"]);
    assert_eq!(whole.status.code(), Some(1), "{}", stderr(&whole));
    let mut args = vec!["check", piece, "--against"];
    // In reverse order: the output does not depend on it.
    args.extend(SEEDS.iter().rev().filter(|s| **s != piece));
    args.extend(["-f", "json"]);
    let listed = claimcheck(&args);
    assert_eq!(listed.status.code(), Some(1), "{}", stderr(&listed));
    assert_eq!(stdout(&listed), stdout(&whole));
    let text = claimcheck(&["check", piece, "--against", SEEDS[0], SEEDS[2]]);
    assert!(
        stdout(&text).starts_with(
            "claimcheck check: seeds/001_7a9cea3900600661.txt (DW) against 2 articles:"
        ),
        "{}",
        stdout(&text)
    );
}

#[test]
fn an_empty_reference_set_is_an_error_not_a_pass() {
    let dir = tempfile::tempdir().expect("tempdir");
    fs::create_dir(dir.path().join("ref")).expect("mkdir");
    fs::write(
        dir.path().join("ref/wire.txt"),
        "Three people were killed in Marsk on Monday.\n",
    )
    .expect("write");
    for args in [
        ["check", "ref/wire.txt", "--against", "ref/wire.txt"],
        ["check", "ref/wire.txt", "--against", "ref"],
    ] {
        let output = claimcheck_in(dir.path(), &args);
        assert_eq!(
            output.status.code(),
            Some(2),
            "{args:?}: {}",
            stdout(&output)
        );
        assert!(
            stderr(&output).contains("no reference articles: --against ref")
                && stderr(&output).contains("no article other than the new piece ref/wire.txt"),
            "{args:?}: {}",
            stderr(&output)
        );
        assert!(output.stdout.is_empty(), "{args:?} wrote output");
    }
}

#[test]
fn fail_on_levels_follow_the_rules_severities() {
    // The seeds contradict only through error-level rules.
    for level in ["error", "warning", "contradict"] {
        let output = claimcheck(&["report", "seeds", "--fail-on", level]);
        assert_eq!(
            output.status.code(),
            Some(1),
            "{level}: {}",
            stderr(&output)
        );
    }
    let dir = tempfile::tempdir().expect("tempdir");
    common::write_warning_only_pair(dir.path());
    let sarif = claimcheck_in(dir.path(), &["report", ".", "-f", "sarif"]);
    let log: serde_json::Value = serde_json::from_slice(&sarif.stdout).expect("SARIF");
    let levels: Vec<&str> = log["runs"][0]["results"]
        .as_array()
        .expect("results")
        .iter()
        .filter_map(|r| r["level"].as_str())
        .collect();
    assert_eq!(
        levels,
        ["warning"],
        "the fixture has one warning-level finding"
    );
    for (level, code) in [("error", 0), ("warning", 1), ("contradict", 1)] {
        let output = claimcheck_in(dir.path(), &["report", ".", "--fail-on", level]);
        assert_eq!(
            output.status.code(),
            Some(code),
            "{level}: {}",
            stderr(&output)
        );
    }
    let plain = claimcheck_in(dir.path(), &["report", "."]);
    assert_eq!(plain.status.code(), Some(0), "no --fail-on, no failure");
}

#[test]
fn check_fails_on_any_contradiction_by_default_and_on_the_level_asked() {
    let dir = tempfile::tempdir().expect("tempdir");
    common::write_warning_only_pair(dir.path());
    let check = |extra: &[&str]| {
        let mut args = vec!["check", "a.txt", "--against", "b.txt"];
        args.extend(extra);
        claimcheck_in(dir.path(), &args).status.code()
    };
    assert_eq!(check(&[]), Some(1));
    assert_eq!(check(&["--fail-on", "contradict"]), Some(1));
    assert_eq!(check(&["--fail-on", "warning"]), Some(1));
    assert_eq!(check(&["--fail-on", "error"]), Some(0));
}

#[test]
fn diff_fails_on_a_new_contradiction_of_the_level_asked() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    common::write_warning_only_pair(d);
    let save = |name: &str, paths: &[&str]| {
        let mut args = vec!["report", "-f", "json", "-o", name];
        args.extend(paths);
        let output = claimcheck_in(d, &args);
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    };
    save("old.json", &["a.txt"]);
    save("new.json", &["a.txt", "b.txt"]);
    let diff = |level: &str| {
        claimcheck_in(d, &["diff", "old.json", "new.json", "--fail-on", level])
            .status
            .code()
    };
    assert_eq!(diff("contradict"), Some(1));
    assert_eq!(diff("warning"), Some(1));
    assert_eq!(diff("error"), Some(0), "a warning is not an error");
    let written = claimcheck_in(d, &["diff", "old.json", "new.json", "-o", "comment.md"]);
    assert_eq!(written.status.code(), Some(0), "{}", stderr(&written));
    assert!(written.stdout.is_empty());
    let comment = fs::read_to_string(d.join("comment.md")).expect("-o wrote the comment");
    assert!(comment.contains("new contradiction"), "{comment}");
}

#[test]
fn an_unknown_fail_on_level_is_a_usage_error_listing_the_levels() {
    let output = claimcheck(&["report", "seeds", "--fail-on", "note"]);
    assert_eq!(output.status.code(), Some(2));
    let message = stderr(&output);
    assert!(
        message.contains("invalid value 'note'") && message.contains("error, warning, contradict"),
        "{message}"
    );
}

#[test]
fn explain_shows_a_comparison_rule_from_its_file() {
    let output = claimcheck(&["explain", "times"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = stdout(&output);
    for expected in [
        "times\n",
        "  kind:     time-of-day (comparison rule)\n",
        "  severity: error\n",
        "  file:     rules/compare/times.toml\n",
        "summary: Times of day of one event",
        "why: When an attack or a quake happened",
        "must trigger (",
        "  - contradict\n    A (2019-05-07): \"The raid began around 2:30 a.m. local time in Kabul.\"",
        "must not trigger (",
        "    B (2019-05-07): \"The meeting began at 9 a.m. in Kabul.\"",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in\n{text}");
    }
}

#[test]
fn explain_shows_an_extraction_rule_with_the_claims_its_examples_give() {
    let dir = tempfile::tempdir().expect("tempdir");
    let rules = dir.path().join("rules");
    common::write_evacuated_rule(
        &rules,
        "Crews in Dunmore evacuated 300 residents.\\n\\nThey returned.",
        "evacuated 300 residents",
    );
    let output = claimcheck_in(dir.path(), &["explain", "evacuated", "--rules", "rules"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = stdout(&output);
    for expected in [
        "evacuated\n  kind:     outcome (extraction rule)\n",
        "  file:     rules/extract/evacuated.toml\n",
        "summary: People evacuated.\n",
        "must trigger (1):\n  - \"Crews in Dunmore evacuated 300 residents.\\n\\nThey returned.\"\n\
         \x20   gives \"evacuated 300 residents\" = 300\n",
        "must not trigger (1):\n  - \"The evacuation took three hours.\"\n",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in\n{text}");
    }
    assert!(
        !text.contains("severity"),
        "extraction rules have none:\n{text}"
    );
}

#[test]
fn explain_of_an_unknown_id_names_close_ids_and_how_to_list_them() {
    let output = claimcheck(&["explain", "tmes"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stdout.is_empty());
    assert_eq!(
        stderr(&output),
        "claimcheck: error: explain: no rule has the id \"tmes\"; did you mean times? \
         (`claimcheck rules` lists every rule)\n"
    );
    let far = claimcheck(&["explain", "zzzzzzzz"]);
    assert_eq!(far.status.code(), Some(2));
    assert!(
        stderr(&far).contains("no rule has the id \"zzzzzzzz\" (`claimcheck rules` lists"),
        "{}",
        stderr(&far)
    );
}

#[test]
fn quiet_drops_warnings_but_not_errors_or_exit_codes() {
    let dir = tempfile::tempdir().expect("tempdir");
    fs::write(dir.path().join("bad.txt"), b"Caf\xe9 in Marsk.").expect("write");
    let loud = claimcheck_in(dir.path(), &["claims", "--lossy", "bad.txt"]);
    assert!(stderr(&loud).contains("warning"), "{}", stderr(&loud));
    for quiet in ["-q", "--quiet"] {
        let output = claimcheck_in(dir.path(), &["claims", quiet, "--lossy", "bad.txt"]);
        assert_eq!(output.status.code(), Some(0));
        assert!(stderr(&output).is_empty(), "{}", stderr(&output));
        assert_eq!(output.stdout, loud.stdout);
    }
    // Before the subcommand too, and errors still said.
    let output = claimcheck_in(dir.path(), &["-q", "claims", "bad.txt"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("bad.txt: invalid UTF-8"),
        "{}",
        stderr(&output)
    );
    let failing = claimcheck(&["report", "-q", "seeds", "--fail-on", "error"]);
    assert_eq!(failing.status.code(), Some(1));
}

#[test]
fn short_options_mean_their_long_forms() {
    let dir = tempfile::tempdir().expect("tempdir");
    let long = claimcheck(&["report", "seeds", "--format", "md"]);
    let out = dir.path().join("r.md");
    let out = out.to_string_lossy();
    let short = claimcheck(&["report", "seeds", "-f", "md", "-o", &out]);
    assert_eq!(short.status.code(), Some(0), "{}", stderr(&short));
    assert!(short.stdout.is_empty());
    assert_eq!(fs::read(&*out).expect("written"), long.stdout);
    let claims = claimcheck(&["claims", SEEDS[3], "-f", "json"]);
    let value: serde_json::Value = serde_json::from_slice(&claims.stdout).expect("JSON");
    assert!(value["claims"].is_array());
}

#[test]
fn completions_are_scripts_that_know_every_command_and_option() {
    let bash = claimcheck(&["completions", "bash"]);
    assert_eq!(bash.status.code(), Some(0), "{}", stderr(&bash));
    let script = stdout(&bash);
    for word in [
        "explain",
        "completions",
        "--fail-on",
        "--baseline",
        "--select",
        "github",
    ] {
        assert!(script.contains(word), "{word} missing from the bash script");
    }
    let mut syntax = std::process::Command::new("bash")
        .arg("-n")
        .stdin(std::process::Stdio::piped())
        .spawn()
        .expect("bash runs");
    std::io::Write::write_all(&mut syntax.stdin.take().expect("stdin"), &bash.stdout)
        .expect("write");
    assert!(
        syntax.wait().expect("bash ends").success(),
        "bash -n rejects it"
    );
    let zsh = claimcheck(&["completions", "zsh"]);
    assert!(
        stdout(&zsh).starts_with("#compdef claimcheck"),
        "{}",
        stdout(&zsh)
    );
    let unknown = claimcheck(&["completions", "tcsh"]);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(
        stderr(&unknown).contains("invalid value 'tcsh'"),
        "{}",
        stderr(&unknown)
    );
}

#[test]
fn man_prints_the_page_of_claimcheck_or_of_one_command() {
    let page = claimcheck(&["man"]);
    assert_eq!(page.status.code(), Some(0), "{}", stderr(&page));
    let text = stdout(&page);
    assert!(text.contains(".TH claimcheck 1 "), "{text}");
    for command in ["report", "check", "diff", "explain", "completions", "man"] {
        assert!(
            text.contains(&format!("claimcheck\\-{command}(1)")),
            "{command} missing from\n{text}"
        );
    }
    let report = stdout(&claimcheck(&["man", "report"]));
    assert!(report.contains(".TH claimcheck-report 1 "), "{report}");
    for option in ["\\-\\-fail\\-on", "\\-\\-write\\-baseline", "\\-q"] {
        assert!(report.contains(option), "{option} missing from\n{report}");
    }
    let unknown = claimcheck(&["man", "nope"]);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(unknown.stdout.is_empty());
    assert!(
        stderr(&unknown).contains("man: no command \"nope\"; the commands are: claims, report,"),
        "{}",
        stderr(&unknown)
    );
}
