//! `--format github` (issue 15): one GitHub Actions workflow command per
//! finding at its evidence, by the rule's severity, escaped so hostile paths
//! and outlet names cannot end the command or add one.

mod common;

use std::fs;
use std::path::Path;

use common::{claimcheck_in, stderr, stdout};

/// The annotations a successful run in `dir` prints.
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
    common::write_warning_only_pair(dir.path());
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
