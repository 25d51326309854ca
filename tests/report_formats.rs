//! Every report format over the seeds: reviewed snapshots of the terminal
//! diagnostics, HTML, DOT, SARIF and GitHub annotations (Markdown and JSON are in
//! report_seeds.rs); colour only when asked; SARIF's structure and
//! line-independent fingerprints; `--output` and `--check`.

mod common;

use std::collections::BTreeSet;
use std::path::Path;

use common::{claimcheck, claimcheck_in, stderr, stdout};

fn report(format: &str) -> String {
    let output = claimcheck(&["report", "seeds", "--format", format]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    stdout(&output)
}

#[test]
fn the_terminal_report_matches_the_reviewed_snapshot() {
    common::snapshot_settings()
        .bind(|| insta::assert_snapshot!("report__seeds_text", report("text")));
}

#[test]
fn the_html_report_matches_the_reviewed_snapshot() {
    common::snapshot_settings()
        .bind(|| insta::assert_snapshot!("report__seeds_html", report("html")));
}

#[test]
fn the_dot_graph_matches_the_reviewed_snapshot() {
    common::snapshot_settings()
        .bind(|| insta::assert_snapshot!("report__seeds_dot", report("dot")));
}

#[test]
fn the_sarif_log_matches_the_reviewed_snapshot() {
    common::snapshot_settings()
        .bind(|| insta::assert_snapshot!("report__seeds_sarif", report("sarif")));
}

#[test]
fn the_github_annotations_match_the_reviewed_snapshot() {
    common::snapshot_settings()
        .bind(|| insta::assert_snapshot!("report__seeds_github", report("github")));
}

#[test]
fn the_terminal_report_is_coloured_only_when_asked() {
    let plain = report("text");
    assert!(!plain.contains('\x1b'), "piped output must be plain");
    let coloured = claimcheck(&["report", "seeds", "--color", "always"]);
    let coloured = stdout(&coloured);
    assert!(
        coloured.contains("\x1b[1;31merror[times]\x1b[0m"),
        "{coloured}"
    );
    // Without the escapes it is the plain report.
    let stripped = regex::Regex::new("\x1b\\[[0-9;]*m")
        .expect("regex")
        .replace_all(&coloured, "");
    assert_eq!(stripped, plain);
}

#[test]
fn each_contradiction_is_a_diagnostic_with_both_outlets_evidence_underlined() {
    let text = report("text");
    let start = text
        .find("error[times]")
        .expect("the strike-time diagnostic");
    let block: Vec<&str> = text[start..].lines().take(12).collect();
    let block = block.join("\n");
    for expected in [
        "--> seeds/000_fe0a26ebcb3726d0.txt:11:35",
        "11 | The aerial bombardment took place around 1:30 a.m., according to the Iraqi military.",
        "   |                                   ^^^^^^^^^^^^^^^^ The Washington Post, citing the Iraqi military",
        "--> seeds/001_7a9cea3900600661.txt:23:138",
        "^^^^^^^^^^^^^^^^^^^^^^^^^ DW, citing an Iraqi military statement",
        "= why:",
    ] {
        assert!(block.contains(expected), "missing {expected:?} in\n{block}");
    }
    let contradictions = text.matches("error[").count();
    assert_eq!(contradictions, 3, "one diagnostic per contradiction");
}

fn sarif(dir: &Path) -> serde_json::Value {
    let output = claimcheck_in(dir, &["report", "seeds", "--format", "sarif"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    serde_json::from_slice(&output.stdout).expect("SARIF is JSON")
}

#[test]
fn sarif_has_a_rule_per_comparison_rule_and_a_located_result_per_contradiction() {
    let log = sarif(&common::root());
    assert_eq!(log["version"], "2.1.0");
    let run = &log["runs"][0];
    assert_eq!(run["columnKind"], "unicodeCodePoints");
    let rules = run["tool"]["driver"]["rules"].as_array().expect("rules");
    // One entry per comparison rule: the files of rules/compare.
    let comparison_rules: BTreeSet<String> =
        std::fs::read_dir(common::root().join("rules/compare"))
            .expect("rules/compare")
            .filter_map(|e| {
                let path = e.ok()?.path();
                Some(path.file_stem()?.to_string_lossy().into_owned())
            })
            .collect();
    let ids: BTreeSet<String> = rules
        .iter()
        .filter_map(|r| r["id"].as_str().map(str::to_string))
        .collect();
    assert_eq!(ids, comparison_rules);
    assert_eq!(ids.len(), rules.len(), "each rule once");
    let results = run["results"].as_array().expect("results");
    assert_eq!(results.len(), 3, "one result per contradiction");
    for result in results {
        let index = result["ruleIndex"].as_u64().expect("ruleIndex") as usize;
        assert_eq!(rules[index]["id"], result["ruleId"]);
        let region = &result["locations"][0]["physicalLocation"]["region"];
        assert!(region["startLine"].as_u64().expect("line") >= 1);
        assert!(region["endColumn"].as_u64() > region["startColumn"].as_u64());
        assert_eq!(result["relatedLocations"][0]["id"], 1);
    }
    let strike = results
        .iter()
        .find(|r| r["ruleId"] == "times")
        .expect("the strike-time result");
    let region = &strike["locations"][0]["physicalLocation"]["region"];
    assert_eq!(region["startLine"], 11);
    assert_eq!(region["startColumn"], 35);
    assert_eq!(region["endColumn"], 51);
    assert_eq!(region["snippet"]["text"], "around 1:30 a.m.");
}

#[test]
fn sarif_fingerprints_do_not_depend_on_line_numbers() {
    let dir = tempfile::tempdir().expect("temp dir");
    // Two more line breaks after the first line of every article: every
    // line below moves, no sentence changes.
    common::copy_seeds(dir.path(), true);
    let prints = |log: &serde_json::Value| -> BTreeSet<String> {
        log["runs"][0]["results"]
            .as_array()
            .expect("results")
            .iter()
            .map(|r| r["partialFingerprints"]["claimcheck/v1"].to_string())
            .collect()
    };
    let lines = |log: &serde_json::Value| -> Vec<u64> {
        log["runs"][0]["results"]
            .as_array()
            .expect("results")
            .iter()
            .filter_map(|r| r["locations"][0]["physicalLocation"]["region"]["startLine"].as_u64())
            .collect()
    };
    let before = sarif(&common::root());
    let after = sarif(dir.path());
    assert_eq!(prints(&before).len(), 3, "fingerprints are distinct");
    assert_eq!(prints(&before), prints(&after));
    assert_ne!(lines(&before), lines(&after), "the lines did move");
}

#[test]
fn the_dot_graph_declares_every_node_its_edges_use() {
    let dot = report("dot");
    assert!(dot.starts_with("digraph claimcheck {") && dot.trim_end().ends_with('}'));
    let node = regex::Regex::new(r#"(?m)^  "([^"]+)" \["#).expect("regex");
    let edge = regex::Regex::new(r#"(?m)^  "([^"]+)" -> "([^"]+)""#).expect("regex");
    let nodes: BTreeSet<&str> = node
        .captures_iter(&dot)
        .map(|c| c.get(1).map_or("", |m| m.as_str()))
        .collect();
    let mut edges = 0;
    for c in edge.captures_iter(&dot) {
        edges += 1;
        for side in [1, 2] {
            let id = c.get(side).map_or("", |m| m.as_str());
            assert!(nodes.contains(id), "edge to undeclared node {id}");
        }
    }
    // 5 outlets, every topic and claim; reports + about + relations.
    assert!(nodes.len() > 100, "{}", nodes.len());
    assert!(edges > 200, "{edges}");
    assert_eq!(
        dot.matches("color=\"#c62828\", fontcolor").count(),
        3,
        "three contradictions in red"
    );
}

#[test]
fn output_writes_the_same_bytes_as_standard_output() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("report.md");
    let file_arg = file.to_string_lossy().into_owned();
    let written = claimcheck(&["report", "seeds", "--format", "md", "--output", &file_arg]);
    assert_eq!(written.status.code(), Some(0), "{}", stderr(&written));
    assert!(written.stdout.is_empty());
    assert_eq!(
        std::fs::read_to_string(&file).expect("written"),
        report("md")
    );
}

#[test]
fn a_failed_output_is_an_input_error_and_leaves_no_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("missing/report.md");
    let file_arg = file.to_string_lossy().into_owned();
    let output = claimcheck(&["report", "seeds", "--output", &file_arg]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("report.md"), "{}", stderr(&output));
    assert!(!file.exists());
    // A bad input leaves an existing report as it was.
    let kept = dir.path().join("kept.md");
    std::fs::write(&kept, "committed").expect("write");
    let kept_arg = kept.to_string_lossy().into_owned();
    let output = claimcheck(&["report", "no/such/dir", "--output", &kept_arg]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(std::fs::read_to_string(&kept).expect("read"), "committed");
}

#[test]
fn check_passes_on_the_committed_report_and_shows_a_diff_after_a_tolerance_change() {
    let dir = tempfile::tempdir().expect("temp dir");
    let committed = dir.path().join("report.md");
    std::fs::write(&committed, report("md")).expect("write");
    let committed_arg = committed.to_string_lossy().into_owned();
    let same = claimcheck(&[
        "report",
        "seeds",
        "--format",
        "md",
        "--check",
        &committed_arg,
    ]);
    assert_eq!(same.status.code(), Some(0), "{}", stdout(&same));
    assert!(same.stdout.is_empty());

    // Widen the tolerance for 'around' so 15 minutes apart is compatible.
    let rules = dir.path().join("rules");
    copy_dir(&common::root().join("rules"), &rules);
    let times = rules.join("compare/times.toml");
    let text = std::fs::read_to_string(&times).expect("times rule");
    assert!(text.contains("approximate_minutes = 10"));
    std::fs::write(
        &times,
        text.replace("approximate_minutes = 10", "approximate_minutes = 20"),
    )
    .expect("write");
    let rules_arg = rules.to_string_lossy().into_owned();
    let changed = claimcheck(&[
        "report",
        "seeds",
        "--format",
        "md",
        "--rules",
        &rules_arg,
        "--check",
        &committed_arg,
    ]);
    assert_eq!(changed.status.code(), Some(1));
    let diff = stdout(&changed);
    assert!(
        diff.starts_with(&format!("--- {committed_arg}\n+++ ")),
        "{diff}"
    );
    assert!(diff.contains("\n@@ -"), "{diff}");
    assert!(
        diff.lines()
            .any(|l| l.starts_with("-5 documents, ")
                && l.contains(" claims. Relations: 3 contradict"))
            && diff.lines().any(|l| l.starts_with("+5 documents, ")
                && l.contains(" claims. Relations: 2 contradict")),
        "{diff}"
    );
    assert!(
        diff.lines()
            .any(|l| l.starts_with("+- **compatible** `times`") && l.contains("15 minutes apart")),
        "{diff}"
    );
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for entry in std::fs::read_dir(from).expect("read dir") {
        let path = entry.expect("entry").path();
        let target = to.join(path.file_name().expect("name"));
        if path.is_dir() {
            copy_dir(&path, &target);
        } else {
            std::fs::copy(&path, &target).expect("copy");
        }
    }
}

#[test]
fn many_outlets_share_one_values_column_in_the_summary_tables() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut manifest = String::new();
    for i in 0..10 {
        let name = format!("{i:02}.txt");
        std::fs::write(
            dir.path().join(&name),
            "Gunmen killed three police officers in an attack on a checkpoint in Kirkuk on Monday, officials said.\n",
        )
        .expect("write");
        manifest.push_str(&format!(
            "[[doc]]\nfile = \"{name}\"\noutlet = \"Outlet {i}\"\npublished = \"2019-05-07\"\ntimezone = \"Asia/Baghdad\"\n\n"
        ));
    }
    std::fs::write(dir.path().join("manifest.toml"), manifest).expect("write");
    let html = claimcheck_in(dir.path(), &["report", ".", "--format", "html"]);
    let html = stdout(&html);
    assert!(
        html.contains("<th>Topic</th><th>Standing</th>\n<th>Values</th>"),
        "{html}"
    );
    assert!(
        html.contains("<span>Outlet 0: 3</span>; <span>Outlet 1: 3</span>"),
        "{html}"
    );
    assert!(!html.contains("<th>Outlet 0</th>"));
    let md = stdout(&claimcheck_in(
        dir.path(),
        &["report", ".", "--format", "md"],
    ));
    assert!(md.contains("| Topic | Standing | Values |"), "{md}");
    assert!(md.contains("Outlet 0: 3; Outlet 1: 3"), "{md}");
}

/// Run the binary with standard output and error on a pseudo-terminal
/// (util-linux `script`), returning what the terminal showed.
fn on_a_terminal(args: &str, no_color: bool) -> String {
    let mut command = std::process::Command::new("script");
    command
        .args([
            "-qec",
            &format!("{} {args}", env!("CARGO_BIN_EXE_claimcheck")),
            "/dev/null",
        ])
        .current_dir(common::root())
        .env_remove("NO_COLOR");
    if no_color {
        command.env("NO_COLOR", "1");
    }
    let output = command.output().expect("script runs");
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn on_a_terminal_the_report_is_coloured_unless_no_color_is_set() {
    let shown = on_a_terminal("report seeds", false);
    assert!(shown.contains("\x1b[1;31merror[times]"), "{shown}");
    let plain = on_a_terminal("report seeds", true);
    assert!(
        plain.contains("error[times]") && !plain.contains("\x1b["),
        "{plain}"
    );
}

#[test]
fn long_runs_draw_a_progress_bar_on_a_terminal_and_nothing_when_piped() {
    let dir = tempfile::tempdir().expect("temp dir");
    for i in 0..250 {
        std::fs::write(
            dir.path().join(format!("{i:03}.txt")),
            format!("Gunmen killed {i} people in Kirkuk on Monday, police said.\n"),
        )
        .expect("write");
    }
    let path = dir.path().to_string_lossy().into_owned();
    let shown = on_a_terminal(&format!("claims {path} > /dev/null"), true);
    assert!(shown.contains("/250 articles"), "{shown:?}");
    let piped = claimcheck(&["claims", &path]);
    assert_eq!(piped.status.code(), Some(0));
    assert!(piped.stderr.is_empty(), "{}", stderr(&piped));
}
