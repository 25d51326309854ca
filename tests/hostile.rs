//! Hostile and broken input: every case ends in a clear outcome, spans stay
//! exact byte ranges of the file on disk, and nothing is lost silently.

mod common;

use std::fs;
use std::path::Path;

use common::{claimcheck_in, stderr, stdout};

const STORY: &str =
    "Three people were killed on Monday, police said. “We will rebuild,” the mayor said.\n";

/// Every claim's `text` is exactly the bytes its span names in its file.
fn assert_spans_exact(dir: &Path, json: &[u8]) {
    let value: serde_json::Value = serde_json::from_slice(json).expect("valid JSON");
    let docs = value["documents"].as_array().expect("documents");
    let claims = value["claims"].as_array().expect("claims");
    assert!(!claims.is_empty(), "no claims to check");
    for claim in claims {
        let doc = docs
            .iter()
            .find(|d| d["id"] == claim["doc"])
            .expect("claim's document");
        let bytes = fs::read(dir.join(doc["path"].as_str().expect("path"))).expect("read article");
        let (start, end) = (
            claim["span"]["start"].as_u64().expect("start") as usize,
            claim["span"]["end"].as_u64().expect("end") as usize,
        );
        assert_eq!(
            &bytes[start..end],
            claim["text"].as_str().expect("text").as_bytes()
        );
    }
}

#[test]
fn a_byte_order_mark_keeps_spans_exact() {
    let dir = tempfile::tempdir().expect("tempdir");
    fs::write(dir.path().join("bom.txt"), format!("\u{feff}{STORY}")).expect("write");
    let output = claimcheck_in(dir.path(), &["claims", "bom.txt", "--format", "json"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_spans_exact(dir.path(), &output.stdout);
}

#[test]
fn crlf_line_ends_keep_spans_exact() {
    let dir = tempfile::tempdir().expect("tempdir");
    let text = format!(
        "Headline here\r\n\r\n{}{}",
        STORY.replace('\n', "\r\n"),
        STORY.replace('\n', "\r\n")
    );
    fs::write(dir.path().join("crlf.txt"), text).expect("write");
    let output = claimcheck_in(dir.path(), &["claims", "crlf.txt", "--format", "json"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_spans_exact(dir.path(), &output.stdout);
}

#[test]
fn latin1_text_is_an_error_naming_the_byte_or_read_with_lossy() {
    let dir = tempfile::tempdir().expect("tempdir");
    fs::write(
        dir.path().join("latin1.txt"),
        b"The fine was \xa3500, police said. Three people were killed.",
    )
    .expect("write");
    let strict = claimcheck_in(dir.path(), &["claims", "latin1.txt"]);
    assert_eq!(strict.status.code(), Some(2));
    assert!(
        stderr(&strict).contains("latin1.txt: invalid UTF-8 at byte 13"),
        "{}",
        stderr(&strict)
    );
    let lossy = claimcheck_in(
        dir.path(),
        &["claims", "--lossy", "latin1.txt", "--format", "json"],
    );
    assert_eq!(lossy.status.code(), Some(0), "{}", stderr(&lossy));
    assert_spans_exact(dir.path(), &lossy.stdout);
}

#[test]
fn keep_going_reports_the_unreadable_file_and_finishes_the_run() {
    let dir = tempfile::tempdir().expect("tempdir");
    fs::write(dir.path().join("a.txt"), STORY).expect("write");
    fs::write(dir.path().join("b.txt"), b"\xff\xfe broken").expect("write");
    let output = claimcheck_in(
        dir.path(),
        &["report", ".", "--keep-going", "--format", "json"],
    );
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("b.txt: invalid UTF-8 at byte 0"),
        "{}",
        stderr(&output)
    );
    let value: serde_json::Value =
        serde_json::from_slice(&output.stdout).expect("a report is written");
    assert_eq!(value["documents"].as_array().map(Vec::len), Some(1));
    assert_eq!(value["failed"][0]["path"], "b.txt");
}

#[test]
fn without_keep_going_a_bad_file_stops_the_run_before_any_output() {
    let dir = tempfile::tempdir().expect("tempdir");
    fs::write(dir.path().join("a.txt"), STORY).expect("write");
    fs::write(dir.path().join("b.txt"), b"\xff\xfe broken").expect("write");
    let output = claimcheck_in(dir.path(), &["report", ".", "--format", "json"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        output.stdout.is_empty(),
        "output was written: {}",
        stdout(&output)
    );
}

#[cfg(unix)]
#[test]
fn a_symbolic_link_loop_is_walked_once() {
    let dir = tempfile::tempdir().expect("tempdir");
    fs::create_dir(dir.path().join("news")).expect("mkdir");
    fs::write(dir.path().join("news/a.txt"), STORY).expect("write");
    std::os::unix::fs::symlink("..", dir.path().join("news/loop")).expect("symlink");
    let output = claimcheck_in(dir.path(), &["claims", "news", "--format", "json"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let value: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    assert_eq!(value["documents"].as_array().map(Vec::len), Some(1));
}

#[cfg(unix)]
#[test]
fn an_unreadable_file_is_an_error_naming_it() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("secret.txt");
    fs::write(&path, STORY).expect("write");
    fs::set_permissions(&path, fs::Permissions::from_mode(0o000)).expect("chmod");
    if fs::read(&path).is_ok() {
        // Running as root: permissions do not stop reading; nothing to test.
        return;
    }
    let output = claimcheck_in(dir.path(), &["claims", "secret.txt"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("secret.txt: cannot read"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn a_long_article_on_one_line_goes_through() {
    let dir = tempfile::tempdir().expect("tempdir");
    let line = STORY.trim_end().repeat(20_000);
    fs::write(dir.path().join("long.txt"), &line).expect("write");
    let output = claimcheck_in(dir.path(), &["report", "long.txt", "--format", "json"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let value: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    assert!(
        value["summary"]["claims"]
            .as_u64()
            .is_some_and(|n| n >= 20_000)
    );
}

#[test]
fn ten_thousand_tiny_files_all_load() {
    let dir = tempfile::tempdir().expect("tempdir");
    for i in 0..10_000 {
        fs::write(dir.path().join(format!("{i:05}.txt")), format!("Item {i}.")).expect("write");
    }
    let output = claimcheck_in(dir.path(), &["claims", ".", "--format", "json"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let value: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    assert_eq!(value["documents"].as_array().map(Vec::len), Some(10_000));
}

#[test]
fn a_gazetteer_too_large_to_compile_is_a_clear_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut rule = String::from(
        "id = \"huge\"\nkind = \"gazetteer\"\nsummary = \"s\"\nwhy = \"w\"\n\n[[params.entity]]\nname = \"Name\"\ntype = \"place\"\naliases = [",
    );
    for i in 0..200_000 {
        rule.push_str(&format!("\"Place{i}xqzv{}\",", i * 7919));
    }
    rule.push_str("]\n\n[[must]]\ntext = \"t\"\nclaims = []\n\n[[must_not]]\ntext = \"u\"\n");
    fs::write(dir.path().join("huge.toml"), rule).expect("write");
    let output = claimcheck_in(dir.path(), &["rules", "--rules", "."]);
    assert_eq!(output.status.code(), Some(2), "{}", stdout(&output));
    let message = stderr(&output);
    assert!(
        message.contains("huge.toml:1:1: gazetteer does not compile"),
        "{message}"
    );
}

#[test]
fn markup_in_an_article_is_escaped_in_the_markdown_report() {
    let dir = tempfile::tempdir().expect("tempdir");
    let text =
        "Three people were killed on Monday <script>alert(1)</script> in the </table> blast.\n";
    fs::write(dir.path().join("a.txt"), text).expect("write");
    fs::write(
        dir.path().join("b.txt"),
        "Four people were killed in the blast on Monday.\n",
    )
    .expect("write");
    let output = claimcheck_in(dir.path(), &["report", ".", "--format", "md"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let md = stdout(&output);
    assert!(md.contains("&lt;script>alert(1)&lt;/script>"), "{md}");
    assert!(!md.contains("<script>") && !md.contains("</table>"), "{md}");
}

/// Unlike a permission bit, a dangling link cannot be read even by root, so
/// this runs (and can fail) everywhere, CI included.
#[cfg(unix)]
#[test]
fn a_file_that_cannot_be_read_in_a_directory_is_an_error_naming_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    fs::create_dir(dir.path().join("news")).expect("mkdir");
    fs::write(dir.path().join("news/a.txt"), STORY).expect("write");
    std::os::unix::fs::symlink("gone.txt", dir.path().join("news/b.txt")).expect("symlink");
    let output = claimcheck_in(dir.path(), &["claims", "news"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("news/b.txt: cannot read"),
        "{}",
        stderr(&output)
    );
    assert!(output.stdout.is_empty());
    let kept = claimcheck_in(dir.path(), &["claims", "news", "--keep-going"]);
    assert_eq!(kept.status.code(), Some(2));
    assert!(stdout(&kept).contains("news/a.txt"), "{}", stdout(&kept));
}
