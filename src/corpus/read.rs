//! Reading one input: regular files only, never more than a size cap, then
//! decoding the bytes as UTF-8.
//!
//! In: a path (or standard input) and the cap. Out: its bytes, or an error
//! naming the file. A FIFO, a socket or a device (`/dev/zero`,
//! `/dev/urandom`) is refused before a byte is read, so nothing hangs or
//! fills memory; the cap bounds what a regular file or standard input may
//! bring in, as ripgrep's `--max-filesize` does. It does not interpret text.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::span::LineIndex;

/// The default cap on one input (articles, manifests, rule files, standard
/// input): 16 MiB, a few hundred times the longest news article.
pub const DEFAULT_MAX_SIZE: u64 = 16 * 1024 * 1024;

/// The cap on a report read back (`--check`, `diff`): reports are larger
/// than the articles they describe.
pub const REPORT_MAX_SIZE: u64 = 1024 * 1024 * 1024;

/// Parse a size as `--max-size` takes it: bytes, or a number with a `K`, `M`
/// or `G` suffix (powers of 1024), as ripgrep's `--max-filesize` does.
pub fn parse_size(text: &str) -> std::result::Result<u64, String> {
    let text = text.trim();
    let (digits, unit) = match text.char_indices().last() {
        Some((i, c)) if c.is_ascii_alphabetic() => (&text[..i], c.to_ascii_uppercase()),
        _ => (text, 'B'),
    };
    let shift = match unit {
        'B' => 0,
        'K' => 10,
        'M' => 20,
        'G' => 30,
        other => return Err(format!("unknown size suffix {other:?} (use K, M or G)")),
    };
    let number: u64 = digits
        .parse()
        .map_err(|_| format!("{text:?} is not a size (such as 500K, 16M or 1G)"))?;
    number
        .checked_mul(1 << shift)
        .filter(|n| *n > 0)
        .ok_or_else(|| format!("{text:?} is not a size between 1 byte and 16 exbibytes"))
}

/// What kind of non-regular file `file_type` is, for messages.
fn kind_of(file_type: fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if file_type.is_fifo() {
            return "a named pipe (FIFO)";
        }
        if file_type.is_socket() {
            return "a socket";
        }
        if file_type.is_char_device() || file_type.is_block_device() {
            return "a device";
        }
    }
    if file_type.is_dir() {
        "a directory"
    } else {
        "not a regular file"
    }
}

/// Open `path` for reading without blocking on a FIFO that has no writer
/// (the flag does nothing to regular files).
fn open(path: &Path) -> std::io::Result<fs::File> {
    let mut options = fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    options.open(path)
}

/// The bytes of the regular file at `path`, at most `max_size` of them;
/// `what` names the file's role in errors ("cannot read manifest").
pub fn read_file(path: &Path, max_size: u64, what: &'static str) -> Result<Vec<u8>> {
    let io = |source| Error::Io {
        path: path.to_path_buf(),
        action: what,
        source,
    };
    let file = open(path).map_err(io)?;
    // The type of what was opened, not of what the path named a moment
    // before: a file swapped for a FIFO in between is still caught.
    let meta = file.metadata().map_err(io)?;
    if !meta.is_file() {
        return Err(Error::NotRegular {
            path: path.to_path_buf(),
            kind: kind_of(meta.file_type()),
        });
    }
    if meta.len() > max_size {
        return Err(Error::TooLarge {
            path: path.to_path_buf(),
            max: max_size,
        });
    }
    capped(file, path, max_size, what)
}

/// At most `max_size` bytes from standard input.
pub fn read_stdin(max_size: u64) -> Result<Vec<u8>> {
    capped(
        std::io::stdin().lock(),
        Path::new(super::STDIN_PATH),
        max_size,
        "cannot read",
    )
}

/// Read `reader` to its end, failing once it has given more than `max_size`
/// bytes (a file still growing, or an endless stream).
fn capped(reader: impl Read, path: &Path, max_size: u64, what: &'static str) -> Result<Vec<u8>> {
    let mut bytes = Vec::new();
    reader
        .take(max_size.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|source| Error::Io {
            path: path.to_path_buf(),
            action: what,
            source,
        })?;
    if bytes.len() as u64 > max_size {
        return Err(Error::TooLarge {
            path: path.to_path_buf(),
            max: max_size,
        });
    }
    Ok(bytes)
}

/// The text of the regular file at `path` (a manifest, a rule file, a
/// report), at most `max_size` bytes, which must be UTF-8.
pub fn read_text(path: &Path, max_size: u64, what: &'static str) -> Result<String> {
    let bytes = read_file(path, max_size, what).map_err(|e| match e {
        Error::Io { path, source, .. } if source.kind() == std::io::ErrorKind::NotFound => {
            Error::NotFound { path }
        }
        e => e,
    })?;
    Ok(decode(path, bytes, false)?.0)
}

/// Decode `bytes` as UTF-8. With `lossy`, each invalid byte becomes one `?`
/// so every later byte offset still matches the file.
pub fn decode(path: &Path, bytes: Vec<u8>, lossy: bool) -> Result<(String, usize)> {
    if let Some(offset) = bytes.iter().position(|&b| b == 0) {
        return Err(Error::Binary {
            path: path.to_path_buf(),
            offset,
        });
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok((text, 0)),
        Err(error) => {
            let bytes = error.into_bytes();
            if !lossy {
                let offset = std::str::from_utf8(&bytes)
                    .err()
                    .map_or(0, |e| e.valid_up_to());
                let prefix = String::from_utf8_lossy(&bytes[..offset]);
                let at = LineIndex::new(&prefix).line_col(&prefix, offset);
                return Err(Error::InvalidUtf8 {
                    path: path.to_path_buf(),
                    offset,
                    at,
                });
            }
            Ok(replace_invalid(&bytes))
        }
    }
}

fn replace_invalid(mut bytes: &[u8]) -> (String, usize) {
    let mut text = String::with_capacity(bytes.len());
    let mut replaced = 0;
    loop {
        match std::str::from_utf8(bytes) {
            Ok(rest) => {
                text.push_str(rest);
                return (text, replaced);
            }
            Err(e) => {
                let valid = e.valid_up_to();
                let bad = e.error_len().unwrap_or(bytes.len() - valid);
                text.push_str(std::str::from_utf8(&bytes[..valid]).unwrap_or_default());
                text.extend(std::iter::repeat_n('?', bad));
                replaced += bad;
                bytes = &bytes[valid + bad..];
            }
        }
    }
}

/// `bytes` unpacked when they are gzip data (a `.warc.gz`), with the
/// unpacked size capped like a file's; else `bytes` as they are.
pub fn unpacked(path: &Path, bytes: Vec<u8>, max_size: u64) -> Result<Vec<u8>> {
    if !bytes.starts_with(&[0x1f, 0x8b]) {
        return Ok(bytes);
    }
    let decoder = flate2::read::MultiGzDecoder::new(bytes.as_slice());
    capped(decoder, path, max_size, "cannot unpack gzip data in")
}

/// `path` as reports show it: `/`-separated.
pub fn display_path(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}

/// The display path of standard input, as a path.
pub fn stdin_path() -> PathBuf {
    PathBuf::from(super::STDIN_PATH)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lossy_decoding_keeps_byte_offsets() {
        let bytes = b"caf\xe9 after".to_vec();
        let (text, replaced) = decode(Path::new("x.txt"), bytes.clone(), true).expect("lossy");
        assert_eq!(text.len(), bytes.len());
        assert_eq!(replaced, 1);
        assert_eq!(text.find("after"), Some(5));
    }

    #[test]
    fn invalid_utf8_names_the_byte_offset() {
        let err = decode(Path::new("x.txt"), b"ab\ncd\xff".to_vec(), false).expect_err("invalid");
        let message = err.to_string();
        assert!(message.contains("byte 5"), "{message}");
        assert!(message.contains("line 2, column 3"), "{message}");
    }

    #[test]
    fn nul_bytes_mean_binary_data() {
        let err = decode(Path::new("x.bin"), b"ab\0c".to_vec(), false).expect_err("binary");
        assert!(err.to_string().contains("binary data"), "{err}");
    }

    #[test]
    fn sizes_take_binary_suffixes() {
        assert_eq!(parse_size("500"), Ok(500));
        assert_eq!(parse_size("64K"), Ok(64 * 1024));
        assert_eq!(parse_size("16m"), Ok(16 * 1024 * 1024));
        assert_eq!(parse_size("1G"), Ok(1 << 30));
        assert!(parse_size("0").is_err());
        assert!(parse_size("12X").is_err());
        assert!(parse_size("lots").is_err());
        assert!(parse_size("99999999999G").is_err());
    }

    #[test]
    fn a_stream_longer_than_the_cap_is_refused_after_reading_one_byte_past_it() {
        let endless = std::io::repeat(b'x');
        let err = capped(endless, Path::new("<stdin>"), 1000, "cannot read").expect_err("cap");
        assert!(err.to_string().contains("--max-size"), "{err}");
        let short = capped(&b"twelve bytes"[..], Path::new("f"), 12, "cannot read");
        assert_eq!(short.expect("fits").len(), 12);
    }

    #[cfg(unix)]
    #[test]
    fn a_device_is_refused_before_any_byte_is_read() {
        let err = read_file(Path::new("/dev/zero"), 1 << 30, "cannot read").expect_err("device");
        assert!(err.to_string().contains("a device"), "{err}");
    }
}
