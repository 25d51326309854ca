//! Careless and hostile input (issue 14), writing side: `--output` through
//! links and onto devices, no temporary file left by a signal, an exit code
//! that survives a closed pipe, and `--check` saying what really differs.

mod common;

use std::fs;
use std::process::{Command, Stdio};

use common::{claimcheck, claimcheck_in, claimcheck_into_closed_pipe, root, stderr, stdout};

#[test]
fn the_exit_code_survives_a_closed_pipe() {
    let output =
        claimcheck_into_closed_pipe(&root(), &["report", "seeds", "--fail-on", "contradict"]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert!(stderr(&output).is_empty(), "{}", stderr(&output));
}

#[cfg(unix)]
#[test]
fn output_onto_a_device_writes_it_in_place() {
    let output = claimcheck(&["report", "seeds", "--output", "/dev/null"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let meta = fs::metadata("/dev/null").expect("device");
    assert!(!meta.is_file(), "/dev/null was replaced by a regular file");
    let full = claimcheck(&["report", "seeds", "--output", "/dev/full"]);
    assert_eq!(full.status.code(), Some(2));
    assert!(
        stderr(&full).contains("/dev/full: cannot write"),
        "{}",
        stderr(&full)
    );
    assert!(!fs::metadata("/dev/full").expect("device").is_file());
}

#[cfg(unix)]
#[test]
fn output_through_a_link_keeps_the_link_and_the_mode() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("tempdir");
    let seeds = root().join("seeds");
    let target = dir.path().join("kept.md");
    fs::write(&target, "old").expect("write");
    fs::set_permissions(&target, fs::Permissions::from_mode(0o600)).expect("chmod");
    std::os::unix::fs::symlink("kept.md", dir.path().join("report.md")).expect("symlink");
    let output = claimcheck_in(
        dir.path(),
        &[
            "report",
            &seeds.display().to_string(),
            "--format",
            "md",
            "--output",
            "report.md",
        ],
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let link = fs::symlink_metadata(dir.path().join("report.md")).expect("link");
    assert!(link.file_type().is_symlink(), "the link was replaced");
    let written = fs::read_to_string(&target).expect("target");
    assert!(written.starts_with("# claimcheck report"), "{written}");
    let mode = fs::metadata(&target).expect("meta").permissions().mode();
    assert_eq!(mode & 0o777, 0o600);
}

/// The run is held (by a test-only variable) once its temporary file is
/// written and before the rename; a SIGTERM then must remove it, leave the
/// old report as it was, and end the process by that signal.
#[cfg(unix)]
#[test]
fn a_signal_while_writing_leaves_no_temporary_file() {
    use std::os::unix::process::ExitStatusExt;
    let dir = tempfile::tempdir().expect("tempdir");
    let out_dir = dir.path().join("out");
    fs::create_dir(&out_dir).expect("mkdir");
    fs::write(out_dir.join("report.md"), "old report").expect("write");
    let marker = dir.path().join("held");
    let mut child = Command::new(env!("CARGO_BIN_EXE_claimcheck"))
        .args(["report", "seeds", "--format", "md", "--output"])
        .arg(out_dir.join("report.md"))
        .current_dir(root())
        .env("CLAIMCHECK_TEST_HOLD_TEMP", &marker)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn");
    // Wait until the temporary file is written and the marker names it
    // (bounded, so a broken hook fails instead of hanging): the marker may
    // exist a moment before its contents do.
    let mut waited = 0;
    while fs::read_to_string(&marker).map_or(true, |named| named.is_empty()) {
        assert!(waited < 6000, "the run never wrote its temporary file");
        std::thread::sleep(std::time::Duration::from_millis(20));
        waited += 1;
    }
    let temp = fs::read_to_string(&marker).expect("marker");
    assert!(
        fs::metadata(&temp).is_ok(),
        "the temporary file {temp} is there"
    );
    let killed = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .expect("kill runs");
    assert!(killed.success());
    let status = child.wait().expect("wait");
    assert_eq!(status.signal(), Some(15), "{status:?}");
    let mut names: Vec<_> = fs::read_dir(&out_dir)
        .expect("list")
        .map(|e| e.expect("entry").file_name())
        .collect();
    names.sort();
    assert_eq!(names, ["report.md"], "a temporary file was left behind");
    assert_eq!(
        fs::read_to_string(out_dir.join("report.md")).expect("read"),
        "old report"
    );
}

#[test]
fn check_against_a_crlf_copy_says_only_the_line_ends_differ() {
    let dir = tempfile::tempdir().expect("tempdir");
    let md = claimcheck(&["report", "seeds", "--format", "md"]);
    let crlf = stdout(&md).replace('\n', "\r\n");
    let path = dir.path().join("report.md");
    fs::write(&path, crlf).expect("write");
    let path = path.display().to_string();
    let output = claimcheck(&["report", "seeds", "--format", "md", "--check", &path]);
    assert_eq!(output.status.code(), Some(1));
    let diff = stdout(&output);
    assert!(diff.contains("only the line ends differ"), "{diff}");
    assert!(!diff.contains("final newline"), "{diff}");
}

#[test]
fn a_check_diff_shows_control_characters_instead_of_sending_them() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("report.md");
    fs::write(&path, "\x1b]0;owned\x07\n\x1b[2J\n").expect("write");
    let path = path.display().to_string();
    let output = claimcheck(&["report", "seeds", "--format", "md", "--check", &path]);
    assert_eq!(output.status.code(), Some(1));
    let diff = stdout(&output);
    assert!(!diff.contains('\x1b') && !diff.contains('\x07'), "{diff:?}");
    assert!(diff.contains("-\u{241b}[2J"), "{diff}");
}
