//! The built binary: exit codes, messages, and output on the bundled seeds.

mod common;

use common::{claimcheck, claimcheck_in, claimcheck_into_closed_pipe, stderr, stdout};

#[test]
fn report_on_the_seeds_succeeds() {
    let output = claimcheck(&["report", "seeds"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = stdout(&output);
    for outlet in [
        "The Washington Post",
        "DW",
        "Al Jazeera",
        "Rudaw",
        "The Epoch Times",
    ] {
        assert!(text.contains(outlet), "{outlet} missing from:\n{text}");
    }
}

#[test]
fn json_output_is_valid_json_with_every_document() {
    let output = claimcheck(&["claims", "seeds", "--format", "json"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let value: serde_json::Value = serde_json::from_slice(&output.stdout).expect("valid JSON");
    assert_eq!(value["documents"].as_array().map(Vec::len), Some(5));
}

#[test]
fn the_output_is_the_same_whatever_the_order_of_inputs() {
    let a = claimcheck(&[
        "sentences",
        "seeds/003_bb9edc581c9de066.txt",
        "seeds/000_fe0a26ebcb3726d0.txt",
    ]);
    let b = claimcheck(&[
        "sentences",
        "seeds/000_fe0a26ebcb3726d0.txt",
        "seeds/003_bb9edc581c9de066.txt",
    ]);
    assert_eq!(a.status.code(), Some(0));
    assert_eq!(a.stdout, b.stdout);
}

#[test]
fn standard_input_is_read_for_a_dash() {
    use std::io::Write;
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_claimcheck"))
        .args(["sentences", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("spawn");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(b"Three were killed. The U.S. struck back.")
        .expect("write stdin");
    let output = child.wait_with_output().expect("wait");
    assert_eq!(output.status.code(), Some(0));
    let text = stdout(&output);
    assert!(text.contains("<stdin>: outlet unknown"), "{text}");
    assert!(text.contains("The U.S. struck back."), "{text}");
}

/// Every bad input exits 2 with a message naming the file and the problem.
#[test]
fn bad_inputs_exit_2_with_a_clear_message() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    std::fs::create_dir(d.join("empty_dir")).expect("mkdir");
    std::fs::write(d.join("bad.txt"), b"ok\n\xff").expect("write");
    std::fs::write(d.join("empty.txt"), b"").expect("write");
    std::fs::create_dir(d.join("m")).expect("mkdir");
    std::fs::write(d.join("m/a.txt"), b"Text.").expect("write");
    std::fs::write(
        d.join("m/m.toml"),
        b"[[doc]]\nfile = \"a.txt\"\ntimezone = \"Mars/Olympus\"\n",
    )
    .expect("write");
    let cases: [(&[&str], &str); 6] = [
        (
            &["claims", "missing.txt"],
            "missing.txt: no such file or directory",
        ),
        (&["claims", "empty_dir"], "empty_dir: no articles found"),
        (&["claims", "bad.txt"], "bad.txt: invalid UTF-8 at byte 3"),
        (&["claims", "empty.txt"], "empty.txt: empty file"),
        (
            &["claims", "m"],
            "m/m.toml:3:12: timezone \"Mars/Olympus\" is not an IANA time zone",
        ),
        (&["claims", "--format", "xml", "m"], "invalid value 'xml'"),
    ];
    for (args, want) in cases {
        let output = claimcheck_in(d, args);
        assert_eq!(
            output.status.code(),
            Some(2),
            "{args:?}: {}",
            stderr(&output)
        );
        assert!(
            stderr(&output).contains(want),
            "{args:?}: {}",
            stderr(&output)
        );
        assert!(output.stdout.is_empty(), "{args:?} wrote output");
    }
}

#[test]
fn lossy_reports_how_many_bytes_were_replaced() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("bad.txt"), b"Caf\xe9 text.").expect("write");
    let output = claimcheck_in(dir.path(), &["claims", "--lossy", "bad.txt"]);
    assert_eq!(output.status.code(), Some(0));
    assert!(
        stderr(&output).contains("1 invalid UTF-8 byte(s) replaced"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn help_explains_every_option() {
    let output = claimcheck(&["report", "--help"]);
    let text = stdout(&output);
    for option in [
        "--format",
        "--manifest",
        "--lossy",
        "--fail-on",
        "--max-size",
        "--follow",
    ] {
        assert!(text.contains(option), "{option} missing from help");
    }
}

#[test]
fn a_closed_pipe_ends_quietly() {
    let dir = tempfile::tempdir().expect("tempdir");
    let long = "The U.S. struck at 1:30 a.m. Friday, officials said.\n".repeat(40_000);
    std::fs::write(dir.path().join("long.txt"), long).expect("write");
    let output = claimcheck_into_closed_pipe(dir.path(), &["sentences", "long.txt"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(stderr(&output).is_empty(), "{}", stderr(&output));
}
