//! `claimcheck diff OLD.json NEW.json`: what changed in meaning between two
//! reports: articles, contradictions new, resolved and lost, each outlet's
//! values, topics, and single-source claims.

mod common;

use std::path::{Path, PathBuf};

use common::{claimcheck, stderr, stdout};

const WITHOUT_EPOCH_TIMES: [&str; 4] = [
    "seeds/000_fe0a26ebcb3726d0.txt",
    "seeds/001_7a9cea3900600661.txt",
    "seeds/002_f96870468a0a20b2.txt",
    "seeds/003_bb9edc581c9de066.txt",
];

/// Write the JSON report of `inputs` to `dir/name`.
fn saved(dir: &Path, name: &str, inputs: &[&str]) -> PathBuf {
    let path = dir.join(name);
    let path_arg = path.to_string_lossy().into_owned();
    let mut args = vec![
        "report",
        "--manifest",
        "seeds/seeds.toml",
        "--format",
        "json",
        "--output",
        &path_arg,
    ];
    args.extend(inputs);
    let output = claimcheck(&args);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    path
}

fn diff(old: &Path, new: &Path, extra: &[&str]) -> (Option<i32>, String) {
    let (old, new) = (old.to_string_lossy(), new.to_string_lossy());
    let mut args = vec!["diff", old.as_ref(), new.as_ref()];
    args.extend(extra);
    let output = claimcheck(&args);
    (output.status.code(), stdout(&output) + &stderr(&output))
}

#[test]
fn removing_a_seed_lists_what_was_lost() {
    let dir = tempfile::tempdir().expect("temp dir");
    let all = saved(dir.path(), "all.json", &["seeds"]);
    let fewer = saved(dir.path(), "fewer.json", &WITHOUT_EPOCH_TIMES);
    let (code, text) = diff(&all, &fewer, &[]);
    assert_eq!(code, Some(0), "{text}");
    // The claim counts are the two reports' own.
    let claims = |path: &Path| {
        let report: serde_json::Value =
            serde_json::from_slice(&std::fs::read(path).expect("saved report")).expect("JSON");
        report["claims"].as_array().map_or(0, Vec::len)
    };
    let counts = format!(
        "articles 5 → 4, claims {} → {}, contradictions 3 → 1",
        claims(&all),
        claims(&fewer)
    );
    assert!(text.contains(&counts), "missing {counts:?} in\n{text}");
    for expected in [
        "- removed: `seeds/004_895bffb601fe31e6.txt` (The Epoch Times)",
        "- lost contradiction: injured (military)",
        "`running-tolls`: 50 (Al Jazeera) against 11 (The Epoch Times)",
        "- date and time of the killing in Baghdad, 2020-01-03: agreed → single source",
        "- date and time of the killing in Baghdad, 2020-01-03, The Epoch Times: 2020-01-03 → (no longer reported)",
        "- lost: `seeds/004_895bffb601fe31e6.txt:22:13` The Epoch Times: 2020-01-08 “Jan. 8”",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in\n{text}");
    }
    // Nothing of the strike-time contradiction changed: it is not listed.
    assert!(!text.contains("`times`"), "{text}");
    // Every claim of the removed article is accounted for somewhere.
    let lost_lines = text
        .lines()
        .filter(|l| l.contains("seeds/004_895bffb601fe31e6.txt:"))
        .count();
    assert!(lost_lines >= 20, "{lost_lines} lost claims listed\n{text}");
}

#[test]
fn adding_it_back_is_a_new_contradiction_and_fails_when_asked() {
    let dir = tempfile::tempdir().expect("temp dir");
    let all = saved(dir.path(), "all.json", &["seeds"]);
    let fewer = saved(dir.path(), "fewer.json", &WITHOUT_EPOCH_TIMES);
    let (code, text) = diff(&fewer, &all, &[]);
    assert_eq!(code, Some(0));
    assert!(
        text.contains("- new contradiction: injured (military)"),
        "{text}"
    );
    let (code, _) = diff(&fewer, &all, &["--fail-on", "contradict"]);
    assert_eq!(code, Some(1));
    let (code, _) = diff(&all, &fewer, &["--fail-on", "contradict"]);
    assert_eq!(code, Some(0), "losing a contradiction is not a new one");
}

#[test]
fn the_same_report_has_no_change_in_meaning() {
    let dir = tempfile::tempdir().expect("temp dir");
    let all = saved(dir.path(), "all.json", &["seeds"]);
    let (code, text) = diff(&all, &all, &["--fail-on", "contradict"]);
    assert_eq!(code, Some(0));
    assert!(text.contains("No change in meaning."), "{text}");
}

#[test]
fn a_changed_value_is_said_per_topic_and_outlet() {
    let dir = tempfile::tempdir().expect("temp dir");
    let all = saved(dir.path(), "all.json", &["seeds"]);
    // The old report had DW count two personnel killed, not three.
    let mut old: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&all).expect("read")).expect("json");
    let dw_killed = old["claims"]
        .as_array_mut()
        .expect("claims")
        .iter_mut()
        .find(|c| c["text"] == "three personnel from the US-led coalition were killed")
        .expect("DW's toll");
    dw_killed["value_shown"] = "2".into();
    let before = dir.path().join("before.json");
    std::fs::write(&before, old.to_string()).expect("write");
    let (code, text) = diff(&before, &all, &[]);
    assert_eq!(code, Some(0));
    assert!(
        text.contains("- killed (military), around 2020-03-11, DW: 2; 3 → 3"),
        "{text}"
    );
}

#[test]
fn a_file_that_is_not_a_report_is_an_input_error_with_its_place() {
    let dir = tempfile::tempdir().expect("temp dir");
    let all = saved(dir.path(), "all.json", &["seeds"]);
    let broken = dir.path().join("broken.json");
    std::fs::write(
        &broken,
        "{\n  \"schema_version\": 1,\n  \"documents\": oops\n}",
    )
    .expect("write");
    let (code, text) = diff(&broken, &all, &[]);
    assert_eq!(code, Some(2));
    assert!(text.contains("broken.json:3:"), "{text}");
    assert!(text.contains("not a claimcheck JSON report"), "{text}");

    let future = dir.path().join("future.json");
    let mut value: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&all).expect("read")).expect("json");
    value["schema_version"] = 99.into();
    std::fs::write(&future, value.to_string()).expect("write");
    let (code, text) = diff(&all, &future, &[]);
    assert_eq!(code, Some(2));
    assert!(text.contains("schema version 99"), "{text}");
}

#[test]
fn the_pull_request_comment_for_a_removed_seed_matches_the_reviewed_snapshot() {
    let dir = tempfile::tempdir().expect("temp dir");
    saved(dir.path(), "seeds.json", &["seeds"]);
    saved(dir.path(), "without-epoch-times.json", &WITHOUT_EPOCH_TIMES);
    let output = common::claimcheck_in(
        dir.path(),
        &["diff", "seeds.json", "without-epoch-times.json"],
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    common::snapshot_settings()
        .bind(|| insta::assert_snapshot!("diff__seeds_without_epoch_times", stdout(&output)));
}
