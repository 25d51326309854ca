//! The conventions linter users expect (issue 15): `check --against` with
//! several paths and an empty reference set, `--fail-on` levels, `explain`,
//! `-q`, `-o`, `-f`, and `--format github`.

mod common;

use std::fs;
use std::path::Path;

use common::{claimcheck, claimcheck_in, stderr, stdout};

const SEEDS: [&str; 5] = [
    "seeds/000_fe0a26ebcb3726d0.txt",
    "seeds/001_7a9cea3900600661.txt",
    "seeds/002_f96870468a0a20b2.txt",
    "seeds/003_bb9edc581c9de066.txt",
    "seeds/004_895bffb601fe31e6.txt",
];

/// Two invented articles whose only contradiction is of a warning-level
/// rule (`figures`: 14 arrests against nine).
fn warning_only(dir: &Path) {
    fs::write(
        dir.join("a.txt"),
        "Police in Marsk arrested 14 protesters on Friday.\n",
    )
    .expect("write");
    fs::write(
        dir.join("b.txt"),
        "Police in Marsk arrested nine protesters on Friday.\n",
    )
    .expect("write");
    fs::write(
        dir.join("m.toml"),
        "[[doc]]\nfile = \"a.txt\"\noutlet = \"Marsk Herald\"\npublished = \"2019-05-11\"\n\n\
         [[doc]]\nfile = \"b.txt\"\noutlet = \"Dunmore Post\"\npublished = \"2019-05-11\"\n",
    )
    .expect("write");
}

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
    warning_only(dir.path());
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
    warning_only(dir.path());
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
    warning_only(d);
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

/// The GitHub annotations of the seeds' report.
fn github(dir: &Path, args: &[&str]) -> String {
    let output = claimcheck_in(dir, args);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    stdout(&output)
}

#[test]
fn github_annotations_are_one_per_finding_at_its_evidence() {
    let text = github(&common::root(), &["report", "seeds", "-f", "github"]);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 3, "one per contradiction:\n{text}");
    assert!(
        lines.iter().all(|l| l.starts_with("::error file=seeds/")),
        "{text}"
    );
    let strike = lines
        .iter()
        .find(|l| l.contains("title=claimcheck times%3A"))
        .expect("the strike-time annotation");
    assert!(
        strike.starts_with(
            "::error file=seeds/000_fe0a26ebcb3726d0.txt,line=11,col=35,endLine=11,endColumn=51,"
        ),
        "{strike}"
    );
    assert!(
        strike.contains("(the other side: DW, citing an Iraqi military statement at seeds/001_7a9cea3900600661.txt:23:138)"),
        "{strike}"
    );
    let dir = tempfile::tempdir().expect("tempdir");
    warning_only(dir.path());
    let warning = github(dir.path(), &["report", ".", "-f", "github"]);
    assert!(
        warning.starts_with("::warning file=a.txt,line=1,"),
        "{warning}"
    );
    assert_eq!(warning.lines().count(), 1, "{warning}");
}

#[test]
fn github_annotations_escape_hostile_paths_and_names() {
    let dir = tempfile::tempdir().expect("tempdir");
    let name = "a,line=9\n::error file=evil::owned%.txt";
    fs::write(
        dir.path().join(name),
        "Police in Marsk arrested 14 protesters on Friday.\n",
    )
    .expect("write");
    fs::write(
        dir.path().join("b.txt"),
        "Police in Marsk arrested nine protesters on Friday.\n",
    )
    .expect("write");
    fs::write(
        dir.path().join("m.toml"),
        "[[doc]]\nfile = \"a,line=9\\n::error file=evil::owned%.txt\"\n\
         outlet = \"Ardonia\\r\\n::warning::50%\"\npublished = \"2019-05-11\"\n\n\
         [[doc]]\nfile = \"b.txt\"\noutlet = \"Dunmore, Post: \\u001b[2J\"\npublished = \"2019-05-11\"\n",
    )
    .expect("write");
    let text = github(dir.path(), &["report", ".", "-f", "github"]);
    assert_eq!(
        text.lines().count(),
        1,
        "one command, nothing injected:\n{text}"
    );
    assert!(
        text.starts_with(
            "::warning file=a%2Cline=9%0A%3A%3Aerror file=evil%3A%3Aowned%25.txt,line=1,"
        ),
        "{text}"
    );
    assert!(!text.contains('\u{1b}'), "{text}");
    assert!(!text.contains('\r'), "{text}");
}

/// The contradictions of a JSON report, as their rule ids, and its summary
/// count and rule list.
fn findings(args: &[&str]) -> (Option<i32>, Vec<String>, u64, Vec<String>) {
    findings_in(&common::root(), args)
}

/// [`findings`] of a run in `dir`.
fn findings_in(dir: &Path, args: &[&str]) -> (Option<i32>, Vec<String>, u64, Vec<String>) {
    let output = claimcheck_in(dir, args);
    let value: serde_json::Value = serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", stderr(&output)));
    let ids = |list: &serde_json::Value, key: &str, contradict_only: bool| -> Vec<String> {
        list.as_array()
            .expect("a list")
            .iter()
            .filter(|r| !contradict_only || r["verdict"] == "contradict")
            .filter_map(|r| r[key].as_str().map(str::to_string))
            .collect()
    };
    (
        output.status.code(),
        ids(&value["relations"], "rule", true),
        value["summary"]["contradict"].as_u64().expect("summary"),
        ids(&value["rules"], "id", false),
    )
}

/// [`findings`] of `report seeds -f json` with `extra` arguments.
fn seeds_findings(extra: &[&str]) -> (Option<i32>, Vec<String>, u64, Vec<String>) {
    let mut args = vec!["report", "seeds", "-f", "json"];
    args.extend(extra);
    findings(&args)
}

#[test]
fn select_and_ignore_choose_the_comparison_rules_whose_findings_are_reported() {
    let all = seeds_findings(&[]);
    assert_eq!(all.1, ["times", "running-tolls", "running-tolls"]);
    let ignored = seeds_findings(&["--ignore", "times"]);
    assert_eq!(ignored.1, ["running-tolls", "running-tolls"]);
    assert_eq!(ignored.2, 2, "the summary counts what is reported");
    assert!(!ignored.3.contains(&"times".to_string()), "{:?}", ignored.3);
    let selected = seeds_findings(&["--select", "times", "--fail-on", "error"]);
    assert_eq!(selected.0, Some(1));
    assert_eq!(selected.1, ["times"]);
    assert_eq!(selected.3, ["times"]);
    // Comma separated or repeated; an ignored rule's findings fail nothing.
    let none = seeds_findings(&["--ignore", "times,running-tolls", "--fail-on", "contradict"]);
    assert_eq!((none.0, none.2), (Some(0), 0));
    let repeated = seeds_findings(&["--ignore", "times", "--ignore", "running-tolls"]);
    assert_eq!(repeated.1, none.1);
    // check reports the piece's findings of the chosen rules only.
    let piece = ["check", SEEDS[1], "--against", "seeds", "-f", "json"];
    let check = findings(&[&piece[..], &["--ignore", "times"]].concat());
    assert_eq!(
        (check.0, check.2),
        (Some(0), 0),
        "DW's only finding is ignored"
    );
}

#[test]
fn select_and_ignore_refuse_ids_that_name_no_comparison_rule() {
    for (args, message) in [
        (
            vec!["report", "seeds", "--select", "tmes"],
            "--select: no rule has the id \"tmes\"; did you mean times?",
        ),
        (
            vec![
                "check",
                SEEDS[1],
                "--against",
                "seeds",
                "--ignore",
                "times,nope",
            ],
            "--ignore: no rule has the id \"nope\"",
        ),
        (
            vec!["report", "seeds", "--ignore", "killed"],
            "--ignore: \"killed\" is an extraction rule (kind outcome), which finds claims, \
             not findings; --ignore takes comparison rules: event-dates, figures,",
        ),
    ] {
        let output = claimcheck(&args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(output.stdout.is_empty(), "{args:?}");
        assert!(
            stderr(&output).contains(message),
            "{args:?}: {}",
            stderr(&output)
        );
    }
}

/// The fingerprint of each line of a baseline file (its first word).
fn baseline_prints(path: &Path) -> Vec<String> {
    fs::read_to_string(path)
        .expect("baseline written")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_whitespace().next().map(str::to_string))
        .collect()
}

#[test]
fn write_baseline_lists_each_finding_by_its_sarif_fingerprint() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    common::copy_seeds(d, false);
    let output = claimcheck_in(
        d,
        &[
            "report",
            "seeds",
            "-f",
            "sarif",
            "--write-baseline",
            "accepted",
        ],
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let log: serde_json::Value = serde_json::from_slice(&output.stdout).expect("SARIF");
    let mut sarif: Vec<String> = log["runs"][0]["results"]
        .as_array()
        .expect("results")
        .iter()
        .filter_map(|r| {
            r["partialFingerprints"]["claimcheck/v1"]
                .as_str()
                .map(str::to_string)
        })
        .collect();
    sarif.sort();
    assert_eq!(baseline_prints(&d.join("accepted")), sarif);
    let text = fs::read_to_string(d.join("accepted")).expect("read");
    assert!(
        text.lines().any(|l| l.ends_with(
            " times seeds/000_fe0a26ebcb3726d0.txt \u{201c}around 1:30 a.m.\u{201d} | \
             seeds/001_7a9cea3900600661.txt \u{201c}around 1:15 am local time\u{201d}"
        )),
        "{text}"
    );
    // The same run writes the same bytes.
    let again = claimcheck_in(d, &["report", "seeds", "--write-baseline", "again"]);
    assert_eq!(again.status.code(), Some(0));
    assert_eq!(fs::read(d.join("again")).expect("read"), text.as_bytes());
}

#[test]
fn a_baseline_hides_its_findings_even_after_lines_move() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    common::copy_seeds(d, false);
    let written = claimcheck_in(d, &["report", "seeds", "--write-baseline", "accepted"]);
    assert_eq!(written.status.code(), Some(0), "{}", stderr(&written));
    let shifted = tempfile::tempdir().expect("tempdir");
    common::copy_seeds(shifted.path(), true);
    let accepted = d.join("accepted").to_string_lossy().into_owned();
    for (dir, what) in [(d, "as written"), (shifted.path(), "lines moved")] {
        let plain = findings_in(
            dir,
            &["report", "seeds", "-f", "json", "--fail-on", "contradict"],
        );
        assert_eq!((plain.0, plain.2), (Some(1), 3), "{what}");
        let hidden = findings_in(
            dir,
            &[
                "report",
                "seeds",
                "-f",
                "json",
                "--fail-on",
                "contradict",
                "--baseline",
                &accepted,
            ],
        );
        assert_eq!(
            (hidden.0, hidden.1.len(), hidden.2),
            (Some(0), 0, 0),
            "{what}"
        );
    }
    // A baseline of the strike-time finding only: the two toll findings
    // are still reported and still fail.
    let times: String = fs::read_to_string(d.join("accepted"))
        .expect("read")
        .lines()
        .filter(|l| l.contains(" times "))
        .map(|l| format!("{l}\n"))
        .collect();
    fs::write(d.join("times-only"), times).expect("write");
    let accepted = ["--baseline", "times-only"];
    let report = ["report", "seeds", "-f", "json", "--fail-on", "error"];
    let some = findings_in(d, &[&report[..], &accepted].concat());
    assert_eq!(some.0, Some(1));
    assert_eq!(some.1, ["running-tolls", "running-tolls"]);
    let piece = ["check", SEEDS[1], "--against", "seeds", "-f", "json"];
    let check = findings_in(d, &[&piece[..], &accepted].concat());
    assert_eq!(
        (check.0, check.2),
        (Some(0), 0),
        "DW's one finding is accepted"
    );
}

#[test]
fn a_bad_or_missing_baseline_is_an_input_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    fs::write(
        dir.path().join("bad"),
        "# accepted\n61292ef03867fffd times\n  not-a-fingerprint x\n",
    )
    .expect("write");
    for (file, message) in [
        (
            "bad",
            "bad:3:3: baseline: \"not-a-fingerprint\" is not a fingerprint",
        ),
        ("missing", "missing: no such file or directory"),
    ] {
        let seeds = common::root().join("seeds");
        let seeds = seeds.to_string_lossy();
        let output = claimcheck_in(dir.path(), &["report", &seeds, "--baseline", file]);
        assert_eq!(output.status.code(), Some(2), "{file}");
        assert!(output.stdout.is_empty(), "{file}");
        assert!(
            stderr(&output).contains(message),
            "{file}: {}",
            stderr(&output)
        );
    }
}

#[test]
fn a_baseline_among_the_articles_is_never_read_as_one() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    common::copy_seeds(d, false);
    let args = [
        "report",
        "seeds",
        "-f",
        "json",
        "--write-baseline",
        "seeds/accepted.txt",
    ];
    let first = claimcheck_in(d, &args);
    assert_eq!(first.status.code(), Some(0), "{}", stderr(&first));
    let second = claimcheck_in(d, &args);
    assert_eq!(
        second.stdout, first.stdout,
        "the baseline was read as an article"
    );
    let hidden = claimcheck_in(
        d,
        &[
            "report",
            "seeds",
            "-f",
            "json",
            "--baseline",
            "seeds/accepted.txt",
        ],
    );
    assert_eq!(
        common::documents(&hidden.stdout).len(),
        5,
        "{}",
        stderr(&hidden)
    );
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
