//! Helpers shared by the integration tests.

#![allow(dead_code, reason = "each test binary uses a different subset")]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The project's root directory.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Run the built binary with `args` in the project root.
pub fn claimcheck(args: &[&str]) -> Output {
    claimcheck_in(&root(), args)
}

/// Run the built binary with `args` in `dir`.
pub fn claimcheck_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_claimcheck"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .output()
        .expect("the claimcheck binary runs")
}

/// Run the built binary with `args` in `dir` while nobody reads its output:
/// the reading end of its standard output is closed before it writes a byte,
/// as `| head -0` would.
pub fn claimcheck_into_closed_pipe(dir: &Path, args: &[&str]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_claimcheck"))
        .args(args)
        .current_dir(dir)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("the claimcheck binary starts");
    drop(child.stdout.take());
    child
        .wait_with_output()
        .expect("the claimcheck binary ends")
}

/// Standard output as text.
pub fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// Standard error as text.
pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Insta settings that put snapshots in the top-level `snapshots/` folder.
pub fn snapshot_settings() -> insta::Settings {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(root().join("snapshots"));
    settings.set_prepend_module_to_snapshot(false);
    settings
}

/// Run the built binary with `args` in `dir`, standard input from `stdin`,
/// and fail the test (killing it) if it has not ended after two minutes: a
/// guard for inputs that used to hang, not a measure of speed.
pub fn claimcheck_guarded(dir: &Path, args: &[&str], stdin: std::process::Stdio) -> Output {
    use std::io::Read;
    use std::process::Stdio;
    let mut child = Command::new(env!("CARGO_BIN_EXE_claimcheck"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .stdin(stdin)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the claimcheck binary runs");
    // Drain both pipes on threads, so a large output cannot block the child.
    let mut out = child.stdout.take().expect("stdout");
    let mut err = child.stderr.take().expect("stderr");
    let out = std::thread::spawn(move || {
        let mut bytes = Vec::new();
        let _ = out.read_to_end(&mut bytes);
        bytes
    });
    let err = std::thread::spawn(move || {
        let mut bytes = Vec::new();
        let _ = err.read_to_end(&mut bytes);
        bytes
    });
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(120);
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        if std::time::Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("claimcheck {args:?} still running after two minutes: it hangs");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    };
    Output {
        status,
        stdout: out.join().expect("stdout thread"),
        stderr: err.join().expect("stderr thread"),
    }
}

/// The documents of a JSON report or listing, as (path, outlet, outlet_from).
pub fn documents(json: &[u8]) -> Vec<(String, String, String)> {
    let value: serde_json::Value = serde_json::from_slice(json).expect("valid JSON");
    value["documents"]
        .as_array()
        .expect("documents")
        .iter()
        .map(|d| {
            (
                d["path"].as_str().unwrap_or_default().to_string(),
                d["outlet"].as_str().unwrap_or_default().to_string(),
                d["outlet_from"].to_string().replace('"', ""),
            )
        })
        .collect()
}

/// A copy of the seeds in `dir/seeds`, each article with two more line
/// breaks after its first line when `shifted`: every line below moves, no
/// sentence changes.
pub fn copy_seeds(dir: &Path, shifted: bool) {
    let seeds = dir.join("seeds");
    std::fs::create_dir_all(&seeds).expect("mkdir");
    for entry in std::fs::read_dir(root().join("seeds")).expect("seeds") {
        let path = entry.expect("entry").path();
        let mut text = std::fs::read_to_string(&path).expect("read");
        if shifted && path.extension().is_some_and(|e| e == "txt") {
            let at = text.find('\n').expect("more than one line");
            text.insert_str(at, "\n\n");
        }
        std::fs::write(seeds.join(path.file_name().expect("name")), text).expect("write");
    }
}

/// A one-rule directory: `dir/extract/evacuated.toml`, an outcome rule
/// whose `[[must]]` example is `text` listing one claim, `must_evidence` =
/// 300, and whose `[[must_not]]` example is "The evacuation took three
/// hours."
pub fn write_evacuated_rule(dir: &Path, text: &str, must_evidence: &str) {
    std::fs::create_dir_all(dir.join("extract")).expect("mkdir");
    let rule = format!(
        r#"id = "evacuated"
kind = "outcome"
summary = "People evacuated."
why = "Evacuation figures are reported by several agencies."

[params]
measure = "evacuated"
count = true
before = ["evacuated"]

[[must]]
text = "{text}"
claims = [{{ evidence = "{must_evidence}", value = "300" }}]

[[must_not]]
text = "The evacuation took three hours."
"#
    );
    std::fs::write(dir.join("extract/evacuated.toml"), rule).expect("write rule");
}

/// The five seed articles.
pub const SEEDS: [&str; 5] = [
    "seeds/000_fe0a26ebcb3726d0.txt",
    "seeds/001_7a9cea3900600661.txt",
    "seeds/002_f96870468a0a20b2.txt",
    "seeds/003_bb9edc581c9de066.txt",
    "seeds/004_895bffb601fe31e6.txt",
];

/// Two invented articles in `dir` (`a.txt`, `b.txt` and their manifest)
/// whose only contradiction is of a warning-level rule (`figures`: 14
/// arrests against nine).
pub fn write_warning_only_pair(dir: &Path) {
    std::fs::write(
        dir.join("a.txt"),
        "Police in Marsk arrested 14 protesters on Friday.\n",
    )
    .expect("write");
    std::fs::write(
        dir.join("b.txt"),
        "Police in Marsk arrested nine protesters on Friday.\n",
    )
    .expect("write");
    std::fs::write(
        dir.join("m.toml"),
        "[[doc]]\nfile = \"a.txt\"\noutlet = \"Marsk Herald\"\npublished = \"2019-05-11\"\n\n\
         [[doc]]\nfile = \"b.txt\"\noutlet = \"Dunmore Post\"\npublished = \"2019-05-11\"\n",
    )
    .expect("write");
}

/// An undated article made in memory, from "outlet {id}" (half of ECB+ is
/// undated: only the text's weekdays tell).
pub fn document(id: u32, text: &str) -> claimcheck::corpus::Document {
    claimcheck::corpus::Document::from_text(
        claimcheck::span::DocId(id),
        &format!("{id}.txt"),
        &format!("outlet {id}"),
        text.to_string(),
    )
}

/// The bundled rules' analysis of `documents`.
pub fn analyse(documents: Vec<claimcheck::corpus::Document>) -> claimcheck::analysis::Analysis {
    let corpus = claimcheck::corpus::Corpus {
        documents,
        failed: Vec::new(),
    };
    claimcheck::ruleset::RuleSet::bundled()
        .expect("rules compile")
        .analyse(&corpus)
}
