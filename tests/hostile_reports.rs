//! Careless and hostile input (issue 14), reports: names, paths and text
//! cannot inject markup, mentions, images or terminal controls into any
//! format; every format records the articles `--keep-going` skipped; `diff`
//! does not call an unreadable article removed; excerpts stay bounded; a
//! lone CR ends a line.

mod common;

use std::fs;
use std::path::Path;

use common::{claimcheck_in, stderr, stdout};
use serde_json::Value;

const A: &str = "Three people were killed on Monday in the blast, police said.\n";
const B: &str = "Four people were killed on Monday in the blast, officials said.\n";

/// Two articles that contradict each other, with hostile names: a file name
/// with a newline, a heading, a backtick and a pipe, and outlet names with
/// an HTML comment, a mention, a remote image, markup and terminal escapes.
fn hostile(dir: &Path) -> String {
    let name = "a\n# Injected heading `x` | y <!--.txt";
    fs::write(dir.join(name), A).expect("write");
    fs::write(dir.join("b.txt"), B).expect("write");
    let outlet_a =
        "Evil <!-- @octocat ![x](https://evil.example/p.png) <img src=x onerror=alert(1)>";
    let outlet_b = "Term \u{1b}]0;pwned\u{7}\u{1b}[2J\u{9b}31m \u{202e}desrever";
    // The later report gives the lower toll: a contradiction.
    let manifest = format!(
        "[[doc]]\nfile = {}\noutlet = {}\npublished = \"2020-03-14\"\n\n\
         [[doc]]\nfile = \"b.txt\"\noutlet = {}\npublished = \"2020-03-13\"\n",
        toml_string(name),
        toml_string(outlet_a),
        toml_string(outlet_b)
    );
    fs::write(dir.join("m.toml"), manifest).expect("write");
    name.to_string()
}

fn toml_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// `line` without its code spans (whose content Markdown shows literally).
fn outside_code(line: &str) -> String {
    let mut out = String::new();
    let mut rest = line;
    while let Some(open) = rest.find('`') {
        out.push_str(&rest[..open]);
        let fence = rest[open..].len() - rest[open..].trim_start_matches('`').len();
        let after = &rest[open + fence..];
        let mut search = 0;
        let close = loop {
            match after[search..].find('`') {
                None => break None,
                Some(i) => {
                    let at = search + i;
                    let run = after[at..].len() - after[at..].trim_start_matches('`').len();
                    if run == fence {
                        break Some(at);
                    }
                    search = at + run;
                }
            }
        };
        match close {
            Some(at) => rest = &after[at + fence..],
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

fn report(dir: &Path, format: &str) -> String {
    let output = claimcheck_in(dir, &["report", ".", "--format", format]);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{format}: {}",
        stderr(&output)
    );
    stdout(&output)
}

#[test]
fn markdown_cannot_be_injected_through_file_or_outlet_names() {
    let dir = tempfile::tempdir().expect("tempdir");
    hostile(dir.path());
    let md = report(dir.path(), "md");
    assert!(
        md.contains("## Contradictions"),
        "the fixture should contradict: {md}"
    );
    for line in md.lines() {
        assert!(!line.starts_with("# Injected"), "heading injected: {md}");
        let markup = outside_code(line);
        assert!(!markup.contains("<!--"), "comment injected: {line}");
        assert!(!markup.contains("<img"), "HTML injected: {line}");
        assert!(!markup.contains("![x]"), "image injected: {line}");
        assert!(
            !markup.contains("@octocat"),
            "mention not neutralised: {line}"
        );
    }
    assert!(md.contains("@\u{2060}octocat"), "{md}");
    // Every table row has as many cells as its header.
    let header_cells = |line: &str| line.replace("\\|", "").matches('|').count();
    let mut table: Option<usize> = None;
    for line in md.lines() {
        if !line.starts_with('|') {
            table = None;
            continue;
        }
        match table {
            None => table = Some(header_cells(line)),
            Some(n) => assert_eq!(header_cells(line), n, "table broken by: {line}"),
        }
    }
}

#[test]
fn text_output_strips_terminal_controls_from_names() {
    let dir = tempfile::tempdir().expect("tempdir");
    hostile(dir.path());
    let text = report(dir.path(), "text");
    assert!(
        text.contains("error["),
        "the fixture should contradict: {text}"
    );
    for c in ['\u{1b}', '\u{7}', '\u{9b}', '\u{202e}'] {
        assert!(!text.contains(c), "{c:?} reached the terminal: {text:?}");
    }
    let listing = stdout(&claimcheck_in(dir.path(), &["claims", "."]));
    assert!(!listing.contains('\u{1b}'), "{listing:?}");
}

#[test]
fn html_dot_and_sarif_escape_names() {
    let dir = tempfile::tempdir().expect("tempdir");
    hostile(dir.path());
    let html = report(dir.path(), "html");
    assert!(!html.contains("<img src=x"), "markup injected into HTML");
    assert!(!html.contains('\u{1b}'));
    assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
    let dot = report(dir.path(), "dot");
    // The file name's newline is an escape inside a quoted string, so no
    // line of the graph starts with the injected text.
    assert!(dot.contains("a\\n# Injected heading"), "{dot}");
    assert!(!dot.lines().any(|l| l.starts_with("# Injected")), "{dot}");
    assert!(!dot.contains('\u{1b}'));
    let sarif: Value = serde_json::from_str(&report(dir.path(), "sarif")).expect("SARIF JSON");
    let message = sarif["runs"][0]["results"][0]["message"]["text"]
        .as_str()
        .expect("a result");
    // Only claimcheck's own embedded link survives as a link.
    assert_eq!(
        message.matches("](").count() - message.matches("\\](").count(),
        1,
        "{message}"
    );
}

#[test]
fn every_format_records_the_articles_keep_going_skipped() {
    let dir = tempfile::tempdir().expect("tempdir");
    fs::write(dir.path().join("a.txt"), A).expect("write");
    fs::write(dir.path().join("b.txt"), B).expect("write");
    fs::write(dir.path().join("c.txt"), b"\xff\xfe broken").expect("write");
    for format in ["text", "md", "html", "dot", "sarif", "json", "github"] {
        let output = claimcheck_in(
            dir.path(),
            &["report", ".", "--keep-going", "--format", format],
        );
        assert_eq!(output.status.code(), Some(2), "{format}");
        let out = stdout(&output);
        assert!(
            out.contains("c.txt") && out.contains("invalid UTF-8"),
            "{format} does not record the failure: {out}"
        );
        if format == "sarif" {
            let log: Value = serde_json::from_str(&out).expect("SARIF");
            let invocation = &log["runs"][0]["invocations"][0];
            assert_eq!(invocation["executionSuccessful"], false);
            let note = &invocation["toolExecutionNotifications"][0];
            assert_eq!(note["level"], "error");
            assert_eq!(
                note["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
                "c.txt"
            );
        }
    }
}

#[test]
fn diff_does_not_call_an_unreadable_article_removed() {
    let dir = tempfile::tempdir().expect("tempdir");
    fs::create_dir(dir.path().join("news")).expect("mkdir");
    fs::write(dir.path().join("news/a.txt"), A).expect("write");
    fs::write(dir.path().join("news/b.txt"), B).expect("write");
    let old = claimcheck_in(
        dir.path(),
        &["report", "news", "--format", "json", "--output", "old.json"],
    );
    assert_eq!(old.status.code(), Some(0), "{}", stderr(&old));
    fs::write(dir.path().join("news/b.txt"), b"\xff broken now").expect("write");
    let new = claimcheck_in(
        dir.path(),
        &[
            "report",
            "news",
            "--format",
            "json",
            "--keep-going",
            "--output",
            "new.json",
        ],
    );
    assert_eq!(new.status.code(), Some(2), "{}", stderr(&new));
    let diff = claimcheck_in(dir.path(), &["diff", "old.json", "new.json"]);
    let text = stdout(&diff);
    assert!(!text.contains("removed: `news/b.txt`"), "{text}");
    assert!(
        text.contains("not read in the new report, so left out of it: `news/b.txt`"),
        "{text}"
    );
}

#[test]
fn diff_output_neutralises_mentions_and_markup_from_the_reports() {
    let dir = tempfile::tempdir().expect("tempdir");
    hostile(dir.path());
    let old = claimcheck_in(
        dir.path(),
        &["report", ".", "--format", "json", "--output", "old.json"],
    );
    assert_eq!(old.status.code(), Some(0), "{}", stderr(&old));
    fs::write(dir.path().join("b.txt"), A).expect("write");
    let new = claimcheck_in(
        dir.path(),
        &["report", ".", "--format", "json", "--output", "new.json"],
    );
    assert_eq!(new.status.code(), Some(0), "{}", stderr(&new));
    let diff = stdout(&claimcheck_in(
        dir.path(),
        &["diff", "old.json", "new.json"],
    ));
    assert!(
        diff.contains("resolved") || diff.contains("Values"),
        "{diff}"
    );
    for line in diff.lines() {
        let markup = outside_code(line);
        assert!(!markup.contains("@octocat"), "{line}");
        assert!(
            !markup.contains("<!--") && !markup.contains("<img") && !markup.contains("![x]"),
            "{line}"
        );
    }
    assert!(!diff.contains('\u{1b}'), "{diff:?}");
}

#[test]
fn a_claim_carries_a_bounded_excerpt_however_long_its_sentence() {
    let dir = tempfile::tempdir().expect("tempdir");
    fs::write(dir.path().join("long.txt"), "3 killed ".repeat(2000)).expect("write");
    let output = claimcheck_in(dir.path(), &["report", "long.txt", "--format", "json"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let value: Value = serde_json::from_slice(&output.stdout).expect("JSON");
    let claims = value["claims"].as_array().expect("claims");
    assert!(claims.len() > 100, "{}", claims.len());
    for claim in claims {
        let excerpt = claim["sentence"].as_str().expect("sentence");
        let evidence = claim["text"].as_str().expect("text");
        assert!(excerpt.contains(evidence));
        assert!(
            excerpt.len() <= 2 * 200 + evidence.len() + 2 * '…'.len_utf8(),
            "an excerpt of {} bytes",
            excerpt.len()
        );
    }
    let html = stdout(&claimcheck_in(
        dir.path(),
        &["report", "long.txt", "--format", "html"],
    ));
    // Linear in the claims, not claims times the 18 KB sentence.
    assert!(
        html.len() < 600 * claims.len() + 200_000,
        "{} bytes",
        html.len()
    );
}

#[test]
fn a_lone_carriage_return_ends_a_line_for_positions() {
    let dir = tempfile::tempdir().expect("tempdir");
    fs::write(
        dir.path().join("cr.txt"),
        "Headline\r\rFour people were killed on Monday, police said.\r",
    )
    .expect("write");
    let output = claimcheck_in(dir.path(), &["claims", "cr.txt", "--format", "json"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let value: Value = serde_json::from_slice(&output.stdout).expect("JSON");
    let claim = &value["claims"][0];
    assert_eq!(
        (claim["line"].as_u64(), claim["col"].as_u64()),
        (Some(3), Some(1))
    );
}
