//! Which findings a report shows (issue 15): `--select` and `--ignore` by
//! comparison rule id, and baselines of accepted findings by fingerprint
//! (`--baseline`, `--write-baseline`).

mod common;

use std::fs;
use std::path::Path;

use common::{SEEDS, claimcheck, claimcheck_in, stderr};

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
        let report = ["report", "seeds", "-f", "json", "--fail-on", "contradict"];
        let plain = findings_in(dir, &report);
        assert_eq!((plain.0, plain.2), (Some(1), 3), "{what}");
        let hidden = findings_in(dir, &[&report[..], &["--baseline", &accepted]].concat());
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
