//! Careless and hostile input (issue 14), reading side: streams and devices
//! never hang or fill memory, inputs have a size cap, a file reached by any
//! spelling or link is one article with its manifest entry, links out of the
//! named folders are not followed, and nothing is dropped without a word.
//! FIFOs, devices and links are made by each test.

mod common;

use std::fs;
use std::path::Path;
use std::process::Stdio;

use common::{claimcheck_guarded, claimcheck_in, documents, stderr};

const A: &str = "Three people were killed on Monday in the blast, police said.\n";
const B: &str = "Four people were killed on Monday in the blast, officials said.\n";

fn write(path: &Path, text: &str) {
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).expect("mkdir");
    }
    fs::write(path, text).expect("write");
}

/// `news/` with two articles and their manifest (outlets "Alpha" and "Beta").
fn news(dir: &Path) {
    write(&dir.join("news/a.txt"), A);
    write(&dir.join("news/b.txt"), B);
    write(
        &dir.join("news/news.toml"),
        "[[doc]]\nfile = \"a.txt\"\noutlet = \"Alpha\"\n\n[[doc]]\nfile = \"b.txt\"\noutlet = \"Beta\"\n",
    );
}

fn json_docs(dir: &Path, args: &[&str]) -> Vec<(String, String, String)> {
    let mut full = vec!["claims", "--format", "json"];
    full.extend(args);
    let output = claimcheck_in(dir, &full);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{args:?}: {}",
        stderr(&output)
    );
    documents(&output.stdout)
}

#[cfg(unix)]
fn mkfifo(path: &Path) {
    let status = std::process::Command::new("mkfifo")
        .arg(path)
        .status()
        .expect("mkfifo runs");
    assert!(status.success(), "mkfifo failed");
}

#[cfg(unix)]
#[test]
fn a_fifo_among_the_articles_is_refused_not_waited_on() {
    let dir = tempfile::tempdir().expect("tempdir");
    news(dir.path());
    mkfifo(&dir.path().join("news/pipe.txt"));
    let stopped = claimcheck_guarded(dir.path(), &["claims", "news"], Stdio::null());
    assert_eq!(stopped.status.code(), Some(2));
    assert!(
        stderr(&stopped).contains("news/pipe.txt: a named pipe (FIFO), not a regular file"),
        "{}",
        stderr(&stopped)
    );
    let kept = claimcheck_guarded(
        dir.path(),
        &["report", "news", "--keep-going", "--format", "json"],
        Stdio::null(),
    );
    assert_eq!(kept.status.code(), Some(2), "{}", stderr(&kept));
    let value: serde_json::Value = serde_json::from_slice(&kept.stdout).expect("JSON");
    assert_eq!(value["documents"].as_array().map(Vec::len), Some(2));
    assert_eq!(value["failed"][0]["path"], "news/pipe.txt");
}

#[cfg(unix)]
#[test]
fn a_named_fifo_or_device_is_refused_unread() {
    let dir = tempfile::tempdir().expect("tempdir");
    mkfifo(&dir.path().join("pipe"));
    for (input, kind) in [
        ("pipe", "a named pipe (FIFO)"),
        ("/dev/zero", "a device"),
        ("/dev/urandom", "a device"),
    ] {
        let output = claimcheck_guarded(dir.path(), &["claims", input], Stdio::null());
        assert_eq!(output.status.code(), Some(2), "{input}");
        assert!(
            stderr(&output).contains(&format!("{input}: {kind}, not a regular file")),
            "{input}: {}",
            stderr(&output)
        );
    }
}

#[cfg(unix)]
#[test]
fn an_endless_standard_input_stops_at_the_size_cap() {
    let dir = tempfile::tempdir().expect("tempdir");
    let zero = fs::File::open("/dev/zero").expect("open /dev/zero");
    let output = claimcheck_guarded(
        dir.path(),
        &["claims", "-", "--max-size", "1M"],
        Stdio::from(zero),
    );
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("<stdin>: larger than the --max-size limit of 1048576 bytes"),
        "{}",
        stderr(&output)
    );
}

#[cfg(unix)]
#[test]
fn a_link_to_a_device_is_not_followed_out_of_the_folder_and_refused_when_it_is() {
    let dir = tempfile::tempdir().expect("tempdir");
    news(dir.path());
    std::os::unix::fs::symlink("/dev/zero", dir.path().join("news/zero.txt")).expect("symlink");
    let skipped = claimcheck_guarded(dir.path(), &["claims", "news"], Stdio::null());
    assert_eq!(skipped.status.code(), Some(0), "{}", stderr(&skipped));
    assert!(
        stderr(&skipped).contains("news/zero.txt: not followed: a symbolic link to /dev/zero"),
        "{}",
        stderr(&skipped)
    );
    let followed = claimcheck_guarded(dir.path(), &["claims", "news", "--follow"], Stdio::null());
    assert_eq!(followed.status.code(), Some(2));
    assert!(
        stderr(&followed).contains("news/zero.txt: a device, not a regular file"),
        "{}",
        stderr(&followed)
    );
}

#[test]
fn max_size_caps_an_article_and_can_be_raised() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(&dir.path().join("big.txt"), &A.repeat(40));
    let refused = claimcheck_in(dir.path(), &["claims", "big.txt", "--max-size", "1K"]);
    assert_eq!(refused.status.code(), Some(2));
    assert!(
        stderr(&refused).contains("big.txt: larger than the --max-size limit of 1024 bytes"),
        "{}",
        stderr(&refused)
    );
    let raised = claimcheck_in(dir.path(), &["claims", "big.txt", "--max-size", "64K"]);
    assert_eq!(raised.status.code(), Some(0), "{}", stderr(&raised));
    let bad = claimcheck_in(dir.path(), &["claims", "big.txt", "--max-size", "lots"]);
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn the_manifest_applies_however_the_articles_are_spelled() {
    let dir = tempfile::tempdir().expect("tempdir");
    news(dir.path());
    let root = dir.path().canonicalize().expect("canonical");
    let abs = root.join("news");
    let abs_a = root.join("news/a.txt");
    let spellings: Vec<Vec<String>> = vec![
        vec!["news".into()],
        vec!["./news/".into()],
        vec![abs.display().to_string()],
        vec!["news/a.txt".into(), "news/b.txt".into()],
        vec![abs_a.display().to_string(), "news/../news/b.txt".into()],
    ];
    for args in spellings {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let docs = json_docs(dir.path(), &args);
        let outlets: Vec<(&str, &str)> = docs
            .iter()
            .map(|(_, outlet, from)| (outlet.as_str(), from.as_str()))
            .collect();
        assert_eq!(
            outlets,
            [("Alpha", "manifest"), ("Beta", "manifest")],
            "{args:?}"
        );
    }
}

#[test]
fn a_manifest_in_a_subfolder_describes_its_articles() {
    let dir = tempfile::tempdir().expect("tempdir");
    news(dir.path());
    write(&dir.path().join("news/wire/c.txt"), A);
    write(
        &dir.path().join("news/wire/wire.toml"),
        "[[doc]]\nfile = \"c.txt\"\noutlet = \"Gamma\"\n",
    );
    let docs = json_docs(dir.path(), &["news"]);
    let c = docs.iter().find(|d| d.0 == "news/wire/c.txt").expect("c");
    assert_eq!((c.1.as_str(), c.2.as_str()), ("Gamma", "manifest"));
}

#[test]
fn two_manifests_describing_one_file_are_an_error_naming_both() {
    let dir = tempfile::tempdir().expect("tempdir");
    news(dir.path());
    write(&dir.path().join("news/sub/c.txt"), A);
    write(
        &dir.path().join("news/sub/sub.toml"),
        "[[doc]]\nfile = \"c.txt\"\noutlet = \"Gamma\"\n",
    );
    write(
        &dir.path().join("news/news.toml"),
        "[[doc]]\nfile = \"a.txt\"\noutlet = \"Alpha\"\n\n[[doc]]\nfile = \"sub/c.txt\"\noutlet = \"Delta\"\n",
    );
    let output = claimcheck_in(dir.path(), &["claims", "news"]);
    assert_eq!(output.status.code(), Some(2));
    let message = stderr(&output);
    assert!(
        message.contains("news/sub/sub.toml:2:8: manifest names \"c.txt\", a file that news/news.toml:6:8 describes too"),
        "{message}"
    );
}

#[test]
fn the_manifest_given_on_the_command_line_wins_and_says_so() {
    let dir = tempfile::tempdir().expect("tempdir");
    news(dir.path());
    write(
        &dir.path().join("other.toml"),
        "[[doc]]\nfile = \"news/a.txt\"\noutlet = \"Override\"\n",
    );
    let output = claimcheck_in(
        dir.path(),
        &[
            "claims",
            "news",
            "--manifest",
            "other.toml",
            "--format",
            "json",
        ],
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let docs = documents(&output.stdout);
    assert_eq!(docs[0].1, "Override");
    assert_eq!(docs[1].1, "Beta");
    assert!(
        stderr(&output).contains("--manifest other.toml overrides 1 entry of news/news.toml"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn a_manifest_listing_files_no_article_matches_gets_one_warning() {
    let dir = tempfile::tempdir().expect("tempdir");
    news(dir.path());
    write(&dir.path().join("elsewhere/z.txt"), A);
    write(&dir.path().join("elsewhere/y.txt"), A);
    write(
        &dir.path().join("elsewhere/m.toml"),
        "[[doc]]\nfile = \"z.txt\"\noutlet = \"Z\"\n\n[[doc]]\nfile = \"y.txt\"\noutlet = \"Y\"\n",
    );
    let output = claimcheck_in(
        dir.path(),
        &["claims", "news", "--manifest", "elsewhere/m.toml"],
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let err = stderr(&output);
    let warnings: Vec<&str> = err
        .lines()
        .filter(|l| l.contains("match no article"))
        .collect();
    assert_eq!(warnings.len(), 1, "{}", stderr(&output));
    assert!(
        warnings[0].contains("elsewhere/m.toml: 2 of its 2 entries match no article"),
        "{}",
        warnings[0]
    );
}

#[cfg(unix)]
#[test]
fn one_file_reached_twice_is_one_article() {
    let dir = tempfile::tempdir().expect("tempdir");
    news(dir.path());
    std::os::unix::fs::symlink("a.txt", dir.path().join("news/again.txt")).expect("symlink");
    let abs = dir.path().canonicalize().expect("canonical").join("news");
    let abs = abs.display().to_string();
    let once = json_docs(dir.path(), &["news"]);
    assert_eq!(once.len(), 2, "{once:?}");
    for args in [
        vec!["news", "news"],
        vec!["news", "news/a.txt"],
        vec!["news/a.txt", "news"],
        vec!["news", abs.as_str()],
        vec![abs.as_str(), "news"],
    ] {
        let docs = json_docs(dir.path(), &args);
        assert_eq!(docs.len(), 2, "{args:?}: {docs:?}");
    }
    // Byte-identical whatever the order.
    let one = claimcheck_in(dir.path(), &["report", "news", &abs, "--format", "json"]);
    let two = claimcheck_in(dir.path(), &["report", &abs, "news", "--format", "json"]);
    assert_eq!(one.stdout, two.stdout);
}

#[test]
fn check_does_not_compare_the_piece_with_itself() {
    let dir = tempfile::tempdir().expect("tempdir");
    news(dir.path());
    let output = claimcheck_in(
        dir.path(),
        &[
            "check",
            "news/a.txt",
            "--against",
            "news",
            "--format",
            "json",
        ],
    );
    assert!(
        output.status.code().is_some_and(|c| c < 2),
        "{}",
        stderr(&output)
    );
    let value: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    assert_eq!(value["documents"].as_array().map(Vec::len), Some(2));
    assert_eq!(value["summary"]["agree"], 0, "the piece agreed with itself");
}

#[test]
fn a_report_written_into_the_folder_is_not_read_back() {
    let dir = tempfile::tempdir().expect("tempdir");
    news(dir.path());
    for _ in 0..2 {
        let output = claimcheck_in(
            dir.path(),
            &["report", "news", "--output", "news/report.txt"],
        );
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    }
    let report = fs::read_to_string(dir.path().join("news/report.txt")).expect("report");
    assert!(report.contains(": 2 documents"), "{report}");
    let output = claimcheck_in(
        dir.path(),
        &["report", "news", "--check", "news/report.txt"],
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
}

#[cfg(unix)]
#[test]
fn a_link_out_of_the_named_folder_is_not_followed_without_follow() {
    let dir = tempfile::tempdir().expect("tempdir");
    news(dir.path());
    write(
        &dir.path().join("private/secret.txt"),
        "The password is hunter2 and five people were killed.\n",
    );
    let target = dir.path().join("private/secret.txt");
    std::os::unix::fs::symlink(&target, dir.path().join("news/leak.txt")).expect("symlink");
    let output = claimcheck_in(dir.path(), &["report", "news", "--format", "md"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(!common::stdout(&output).contains("hunter2"));
    assert!(
        stderr(&output).contains("news/leak.txt: not followed"),
        "{}",
        stderr(&output)
    );
    let followed = claimcheck_in(dir.path(), &["claims", "news", "--follow"]);
    assert!(common::stdout(&followed).contains("news/leak.txt"));
    // A link inside the named folders is read (once).
    let inside = claimcheck_in(dir.path(), &["claims", "news", "private"]);
    assert!(stderr(&inside).is_empty(), "{}", stderr(&inside));
}

/// A directory whose path is longer than the system allows cannot be
/// listed, even by root: an unreadable subdirectory that works in CI.
#[cfg(target_os = "linux")]
#[test]
fn an_unlistable_subdirectory_does_not_stop_a_keep_going_run() {
    let dir = tempfile::tempdir().expect("tempdir");
    news(dir.path());
    let name = "d".repeat(250);
    let script =
        format!("cd news && for i in $(seq 20); do mkdir {name} && cd {name} || exit 1; done");
    let status = std::process::Command::new("bash")
        .args(["-c", &script])
        .current_dir(dir.path())
        .status()
        .expect("bash runs");
    assert!(status.success());
    let stopped = claimcheck_in(dir.path(), &["claims", "news"]);
    assert_eq!(stopped.status.code(), Some(2));
    assert!(
        stderr(&stopped).contains("cannot list directory"),
        "{}",
        stderr(&stopped)
    );
    let kept = claimcheck_in(
        dir.path(),
        &["report", "news", "--keep-going", "--format", "json"],
    );
    assert_eq!(kept.status.code(), Some(2), "{}", stderr(&kept));
    let value: serde_json::Value = serde_json::from_slice(&kept.stdout).expect("JSON");
    assert_eq!(value["documents"].as_array().map(Vec::len), Some(2));
    let failed = value["failed"][0]["message"].as_str().unwrap_or_default();
    assert!(failed.contains("cannot list directory"), "{failed}");
}

#[test]
fn a_deep_tree_loads_every_level() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut path = dir.path().join("deep");
    for level in 0..200 {
        path.push("d");
        write(&path.join(format!("{level}.txt")), A);
    }
    let docs = json_docs(dir.path(), &["deep"]);
    assert_eq!(docs.len(), 200);
}

#[test]
fn an_unquoted_toml_date_in_a_manifest_is_a_date_and_a_number_a_clear_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(&dir.path().join("news/a.txt"), A);
    write(
        &dir.path().join("news/news.toml"),
        "[[doc]]\nfile = \"a.txt\"\npublished = 2020-03-13\n",
    );
    let output = claimcheck_in(dir.path(), &["report", "news", "--format", "json"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let value: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    assert_eq!(value["documents"][0]["published"], "2020-03-13");
    assert_eq!(value["documents"][0]["published_from"], "manifest");
    write(
        &dir.path().join("news/news.toml"),
        "[[doc]]\nfile = \"a.txt\"\npublished = 20200313\n",
    );
    let output = claimcheck_in(dir.path(), &["report", "news"]);
    assert_eq!(output.status.code(), Some(2));
    let message = stderr(&output);
    assert!(message.contains("news/news.toml:3:13:"), "{message}");
    assert!(message.contains("`published` must be a date"), "{message}");
    assert!(!message.contains("invalid type: map"), "{message}");
}

#[test]
fn a_host_dependent_time_zone_in_a_manifest_is_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(&dir.path().join("news/a.txt"), A);
    write(
        &dir.path().join("news/news.toml"),
        "[[doc]]\nfile = \"a.txt\"\ntimezone = \"localtime\"\n",
    );
    let output = claimcheck_in(dir.path(), &["claims", "news"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("news/news.toml:3:12: timezone \"localtime\" is whatever zone"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn a_rule_example_with_a_date_or_zone_that_does_not_exist_stops_the_run() {
    let dir = tempfile::tempdir().expect("tempdir");
    let rule = |published: &str, zone: &str| {
        format!(
            "id = \"toll\"\nkind = \"outcome\"\nsummary = \"s\"\nwhy = \"w\"\n\n[params]\nmeasure = \"killed\"\nafter = [\"killed\"]\n\n[[must]]\ntext = \"Three people were killed.\"\npublished = \"{published}\"\ntimezone = \"{zone}\"\nclaims = [{{ evidence = \"Three people were killed\", value = \"3\" }}]\n\n[[must_not]]\ntext = \"Nothing happened.\"\n"
        )
    };
    for (published, zone, place, what) in [
        (
            "2019-02-30",
            "Asia/Baghdad",
            "12:13",
            "\"2019-02-30\" is not a date that exists",
        ),
        (
            "2019-02-28",
            "Asia/Nowhere",
            "13:12",
            "\"Asia/Nowhere\" is not an IANA time zone",
        ),
    ] {
        write(
            &dir.path().join("rules/extract/toll.toml"),
            &rule(published, zone),
        );
        let output = claimcheck_in(dir.path(), &["rules", "test", "rules"]);
        assert_eq!(output.status.code(), Some(2), "{}", common::stdout(&output));
        let message = stderr(&output);
        assert!(
            message.contains(&format!("rules/extract/toll.toml:{place}: "))
                && message.contains(what),
            "{message}"
        );
    }
}

#[cfg(unix)]
#[test]
fn a_fifo_as_an_answer_key_manifest_or_rule_file_is_refused_not_waited_on() {
    let dir = tempfile::tempdir().expect("tempdir");
    news(dir.path());
    mkfifo(&dir.path().join("key.toml"));
    mkfifo(&dir.path().join("manifest.toml"));
    fs::create_dir(dir.path().join("rules")).expect("mkdir");
    mkfifo(&dir.path().join("rules/r.toml"));
    for args in [
        vec!["eval", "key.toml", "news"],
        vec!["claims", "news", "--manifest", "manifest.toml"],
        vec!["rules", "--rules", "rules"],
    ] {
        let output = claimcheck_guarded(dir.path(), &args, Stdio::null());
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(
            stderr(&output).contains("a named pipe (FIFO), not a regular file"),
            "{args:?}: {}",
            stderr(&output)
        );
    }
}
