//! Where a rendered report goes: standard output, a file written
//! atomically (`--output`), or a comparison with a committed report
//! (`--check`), which prints a unified diff when they differ.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use super::Outcome;
use crate::cli::RenderArgs;
use crate::error::{Error, Result};
use crate::unified_diff;

/// Deliver `rendered` as `render` asks: to `out`, to `--output`, or
/// compared with `--check` (exit 1 with a diff on `out` when it differs).
pub fn deliver(rendered: &[u8], render: &RenderArgs, out: &mut dyn Write) -> Result<Outcome> {
    if let Some(committed) = &render.check {
        return check(rendered, committed, out);
    }
    match &render.output {
        Some(path) => write_atomically(path, rendered)?,
        None => out.write_all(rendered)?,
    }
    Ok(Outcome::Clean)
}

fn check(rendered: &[u8], committed: &Path, out: &mut dyn Write) -> Result<Outcome> {
    let old = fs::read(committed)
        .map_err(|source| Error::opening(committed, "cannot read the committed report", source))?;
    let name = committed.display().to_string();
    let diff = unified_diff::unified(
        &name,
        &String::from_utf8_lossy(&old),
        &format!("{name} (as the report is now)"),
        &String::from_utf8_lossy(rendered),
    );
    match diff {
        None => Ok(Outcome::Clean),
        Some(diff) => {
            out.write_all(diff.as_bytes())?;
            Ok(Outcome::Findings)
        }
    }
}

/// Write `bytes` to `path` so that readers see the old file or the whole
/// new one, never a part: write a temporary file beside it, flush it to
/// disk, then rename it over `path`. On any error the temporary file is
/// removed and `path` is left as it was.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = path
        .file_name()
        .ok_or_else(|| Error::Usage(format!("--output {}: not a file name", path.display())))?;
    let temp = dir.join(format!(
        ".{}.{}.tmp",
        name.to_string_lossy(),
        std::process::id()
    ));
    let io = |source| Error::Io {
        path: path.to_path_buf(),
        action: "cannot write",
        source,
    };
    let written = (|| {
        let mut file = fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&temp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        fs::rename(&temp, path)
    })();
    if let Err(e) = written {
        let _ = fs::remove_file(&temp);
        return Err(io(e));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The names of the entries of `dir`.
    fn names_in(dir: &std::path::Path) -> Vec<std::ffi::OsString> {
        fs::read_dir(dir)
            .expect("list")
            .map(|e| e.expect("entry").file_name())
            .collect()
    }

    #[test]
    fn an_atomic_write_replaces_the_file_and_leaves_no_temporary_behind() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("report.md");
        fs::write(&path, "old").expect("write");
        write_atomically(&path, b"new report").expect("written");
        assert_eq!(fs::read_to_string(&path).expect("read"), "new report");
        assert_eq!(names_in(dir.path()), ["report.md"]);
    }

    #[test]
    fn a_failed_write_leaves_the_old_file_and_no_temporary() {
        let dir = tempfile::tempdir().expect("temp dir");
        // A directory where the file should be: the final rename fails.
        let path = dir.path().join("taken");
        fs::create_dir(&path).expect("mkdir");
        fs::write(path.join("inside"), "kept").expect("write");
        let err = write_atomically(&path, b"new").expect_err("cannot replace a directory");
        assert!(err.to_string().contains("cannot write"), "{err}");
        assert_eq!(
            fs::read_to_string(path.join("inside")).expect("read"),
            "kept"
        );
        assert_eq!(names_in(dir.path()), ["taken"]);
    }

    #[test]
    fn writing_into_a_missing_directory_is_an_error_naming_the_file() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("no/such/dir/report.md");
        let err = write_atomically(&path, b"x").expect_err("no directory");
        assert!(err.to_string().contains("report.md"), "{err}");
    }
}
