//! Where a rendered report goes: standard output, a file written
//! atomically (`--output`), or a comparison with a committed report
//! (`--check`), which prints a unified diff when they differ.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use super::Outcome;
use super::cleanup::TempFile;
use crate::cli::RenderArgs;
use crate::corpus::read;
use crate::error::{Error, Result};
use crate::report::escape;

/// Something that writes a rendered report.
pub type Render<'r> = &'r dyn Fn(&mut dyn Write) -> Result<()>;

/// Deliver the report `render` writes as `args` asks: streamed to `out` or
/// to `--output` (never held whole in memory), or rendered and compared
/// with `--check` (exit 1 with a diff on `out` when it differs).
pub fn deliver(render: Render<'_>, args: &RenderArgs, out: &mut dyn Write) -> Result<Outcome> {
    if let Some(committed) = &args.check {
        let mut rendered = Vec::new();
        render(&mut rendered)?;
        return check(&rendered, committed, out);
    }
    match &args.output {
        Some(path) => write_atomically_with(path, render)?,
        None => render(out)?,
    }
    Ok(Outcome::Clean)
}

fn check(rendered: &[u8], committed: &Path, out: &mut dyn Write) -> Result<Outcome> {
    let old = read::read_file(
        committed,
        read::REPORT_MAX_SIZE,
        "cannot read the committed report",
    )
    .map_err(|e| match e {
        Error::Io { path, source, .. } if source.kind() == std::io::ErrorKind::NotFound => {
            Error::NotFound { path }
        }
        e => e,
    })?;
    if old == rendered {
        return Ok(Outcome::Clean);
    }
    let name = committed.display().to_string();
    let diff = unified(
        &name,
        &String::from_utf8_lossy(&old),
        &format!("{name} (as the report is now)"),
        &String::from_utf8_lossy(rendered),
    );
    out.write_all(diff.as_bytes())?;
    Ok(Outcome::Findings)
}

/// How long the line diff may search for the smallest diff before it
/// settles for a larger one (still exact, just less minimal).
const DIFF_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(10);

/// `old` and `new` (which differ) as a unified diff with headers naming
/// them, three lines of context, made by the `similar` crate (Myers in
/// linear space). Every line is escaped for a terminal, a carriage return
/// shown as `␍`; when only line ends differ, it says so and how.
pub fn unified(old_name: &str, old: &str, new_name: &str, new: &str) -> String {
    let mut out = format!(
        "--- {}\n+++ {}\n",
        escape::terminal(old_name),
        escape::terminal(new_name)
    );
    let crlf = |text: &str| text.matches("\r\n").count();
    if old.replace("\r\n", "\n") == new.replace("\r\n", "\n") {
        out.push_str(&format!(
            "@@ only the line ends differ: {} of the committed file's lines end in CRLF (\\r\\n), \
             {} of the report's @@\n",
            crlf(old),
            crlf(new)
        ));
        return out;
    }
    let diff = similar::TextDiff::configure()
        .algorithm(similar::Algorithm::Myers)
        .timeout(DIFF_TIMEOUT)
        .diff_lines(old, new);
    for hunk in diff.unified_diff().context_radius(3).iter_hunks() {
        out.push_str(&format!("{}\n", hunk.header()));
        for change in hunk.iter_changes() {
            let sign = match change.tag() {
                similar::ChangeTag::Equal => ' ',
                similar::ChangeTag::Delete => '-',
                similar::ChangeTag::Insert => '+',
            };
            let line = change.value();
            let line = line.strip_suffix('\n').unwrap_or(line);
            out.push(sign);
            out.push_str(&escape::diff_line(line));
            out.push('\n');
            if change.missing_newline() {
                out.push_str("\\ No newline at end of file\n");
            }
        }
    }
    out
}

/// Write `bytes` to `path` so that readers see the old file or the whole
/// new one, never a part: write a temporary file beside it, flush it to
/// disk, then rename it over `path`. A symbolic link is written through
/// (its target is replaced, the link kept); the mode and, where allowed,
/// the owner of a file replaced are kept; a target that is not a regular
/// file (a device such as `/dev/null`, a FIFO) is written in place, never
/// replaced. On any error, or SIGINT, SIGTERM or SIGHUP, the temporary file
/// is removed and `path` is left as it was.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    write_atomically_with(path, &|out: &mut dyn Write| Ok(out.write_all(bytes)?))
}

/// [`write_atomically`] what `render` writes, streamed to the file.
pub fn write_atomically_with(path: &Path, render: Render<'_>) -> Result<()> {
    let target = resolve_links(path);
    let io = |source| Error::Io {
        path: path.to_path_buf(),
        action: "cannot write",
        source,
    };
    // A failed write names the file, not "output".
    let named = |e: Error| match e {
        Error::Output(source) => io(source),
        e => e,
    };
    match fs::metadata(&target) {
        Ok(meta) if !meta.is_file() && !meta.is_dir() => {
            let file = fs::OpenOptions::new()
                .write(true)
                .open(&target)
                .map_err(io)?;
            let mut out = std::io::BufWriter::new(file);
            render(&mut out).map_err(named)?;
            out.flush().map_err(io)
        }
        Ok(meta) if meta.is_file() => replace(&target, render, Some(&meta)).map_err(named),
        _ => replace(&target, render, None).map_err(named),
    }
}

/// What `path` names once symbolic links are followed (to a file that may
/// not exist yet); `path` itself when it is no link. A chain longer than 40
/// links stops there, and the write reports the error.
fn resolve_links(path: &Path) -> PathBuf {
    let mut current = path.to_path_buf();
    for _ in 0..40 {
        let is_link = fs::symlink_metadata(&current).is_ok_and(|m| m.file_type().is_symlink());
        if !is_link {
            return current;
        }
        let Ok(next) = fs::read_link(&current) else {
            return current;
        };
        current = match current.parent() {
            Some(dir) if next.is_relative() => dir.join(next),
            _ => next,
        };
    }
    current
}

/// Replace the file at `path` (described by `old` when there is one) by a
/// new one holding what `render` writes, through a temporary file and a
/// rename.
fn replace(path: &Path, render: Render<'_>, old: Option<&fs::Metadata>) -> Result<()> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = path
        .file_name()
        .ok_or_else(|| std::io::Error::new(std::io::ErrorKind::InvalidInput, "not a file name"))?;
    let temp = TempFile::new(dir.join(format!(
        ".{}.{}.tmp",
        name.to_string_lossy(),
        std::process::id()
    )));
    let file = fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(temp.path())?;
    if let Some(old) = old {
        file.set_permissions(old.permissions())?;
        keep_owner(&file, old);
    }
    let mut out = std::io::BufWriter::new(file);
    render(&mut out)?;
    let file = out
        .into_inner()
        .map_err(std::io::IntoInnerError::into_error)?;
    file.sync_all()?;
    super::cleanup::test_hold(temp.path());
    fs::rename(temp.path(), path)?;
    temp.persisted();
    Ok(())
}

/// Give the new file the old one's owner and group where the system allows
/// it (as root); elsewhere the file is the writer's, as any new file is.
fn keep_owner(file: &fs::File, old: &fs::Metadata) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let _ = std::os::unix::fs::fchown(file, Some(old.uid()), Some(old.gid()));
    }
    #[cfg(not(unix))]
    let _ = (file, old);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The names of the entries of `dir`.
    fn names_in(dir: &std::path::Path) -> Vec<std::ffi::OsString> {
        let mut names: Vec<_> = fs::read_dir(dir)
            .expect("list")
            .map(|e| e.expect("entry").file_name())
            .collect();
        names.sort();
        names
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

    #[cfg(unix)]
    #[test]
    fn a_link_is_written_through_and_the_targets_mode_kept() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("temp dir");
        fs::create_dir(dir.path().join("real")).expect("mkdir");
        let target = dir.path().join("real/report.md");
        fs::write(&target, "old").expect("write");
        fs::set_permissions(&target, fs::Permissions::from_mode(0o640)).expect("chmod");
        let link = dir.path().join("report.md");
        std::os::unix::fs::symlink("real/report.md", &link).expect("symlink");
        write_atomically(&link, b"new").expect("written");
        assert!(
            fs::symlink_metadata(&link)
                .expect("link")
                .file_type()
                .is_symlink()
        );
        assert_eq!(fs::read_to_string(&target).expect("read"), "new");
        let mode = fs::metadata(&target).expect("meta").permissions().mode();
        assert_eq!(mode & 0o777, 0o640);
        assert_eq!(names_in(&dir.path().join("real")), ["report.md"]);
    }

    #[cfg(unix)]
    #[test]
    fn a_dangling_link_creates_its_target() {
        let dir = tempfile::tempdir().expect("temp dir");
        let link = dir.path().join("report.md");
        std::os::unix::fs::symlink("made.md", &link).expect("symlink");
        write_atomically(&link, b"new").expect("written");
        assert_eq!(
            fs::read_to_string(dir.path().join("made.md")).expect("read"),
            "new"
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_device_is_written_in_place_not_replaced() {
        write_atomically(Path::new("/dev/null"), b"gone").expect("written");
        let meta = fs::metadata("/dev/null").expect("meta");
        assert!(!meta.is_file(), "/dev/null became a regular file");
        let full = write_atomically(Path::new("/dev/full"), b"x").expect_err("disk full");
        assert!(
            full.to_string().contains("/dev/full: cannot write"),
            "{full}"
        );
        assert!(!fs::metadata("/dev/full").expect("meta").is_file());
    }

    #[test]
    fn a_changed_line_is_one_hunk_with_context_like_diff_u() {
        let old = "a\nb\nc\nd\ne\nf\ng\nh\n";
        let new = "a\nb\nc\nd\nE\nf\ng\nh\n";
        let diff = unified("old", old, "new", new);
        assert_eq!(
            diff,
            "--- old\n+++ new\n@@ -2,7 +2,7 @@\n b\n c\n d\n-e\n+E\n f\n g\n h\n"
        );
    }

    #[test]
    fn a_crlf_copy_is_said_to_differ_in_its_line_ends() {
        let new = "one\ntwo\n";
        let diff = unified("old", "one\r\ntwo\r\n", "new", new);
        assert!(
            diff.contains("only the line ends differ: 2 of the committed file's lines end in CRLF"),
            "{diff}"
        );
        assert!(!diff.contains("final newline"), "{diff}");
    }

    #[test]
    fn carriage_returns_and_escapes_in_a_diff_are_shown_not_sent() {
        let diff = unified("old", "a\r\nb\x1b[2J\n", "new", "a\nc\n");
        assert!(diff.contains("-a\u{240d}\n"), "{diff}");
        assert!(diff.contains("-b\u{241b}[2J\n"), "{diff}");
        assert!(!diff.contains('\x1b'), "{diff}");
    }

    #[test]
    fn a_missing_final_newline_is_marked() {
        let diff = unified("old", "a\nb\n", "new", "a\nb");
        assert!(diff.contains("\\ No newline at end of file"), "{diff}");
    }
}
