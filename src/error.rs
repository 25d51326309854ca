//! The library's error type. Every message names the file it is about and,
//! where the problem has a place in that file, the line and column (or the
//! byte offset), then says what is wrong and, where it helps, what to do.
//!
//! All of these are input or usage errors: the binary maps each to exit code 2.

use std::path::PathBuf;

use crate::span::LineCol;

/// Anything that stops a run: bad input, bad configuration, failed output.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A path given on the command line (or in a manifest) does not exist.
    #[error("{}: no such file or directory", path.display())]
    NotFound {
        /// The path as the user gave it.
        path: PathBuf,
    },
    /// A directory given on the command line holds no article.
    #[error("{}: no articles found (looked for *.txt, *.html, *.htm, *.json, *.jsonl, *.ndjson, *.rss, *.atom, *.xml, *.warc and *.warc.gz files in it and below)", path.display())]
    NoArticles {
        /// The directory.
        path: PathBuf,
    },
    /// A file could not be read (or written).
    #[error("{}: {action}: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// What was being done ("cannot read", "cannot write", ...).
        action: &'static str,
        /// The operating system's error.
        #[source]
        source: std::io::Error,
    },
    /// An article is not valid UTF-8.
    #[error(
        "{}: invalid UTF-8 at byte {offset} (line {}, column {}); \
         convert the file to UTF-8, or pass --lossy to read it with invalid bytes replaced",
        path.display(), at.line, at.col
    )]
    InvalidUtf8 {
        /// The file.
        path: PathBuf,
        /// Byte offset of the first invalid byte.
        offset: usize,
        /// Where that byte is, for people.
        at: LineCol,
    },
    /// An article looks like binary data rather than text.
    #[error("{}: looks like binary data, not an article (NUL byte at byte {offset})", path.display())]
    Binary {
        /// The file.
        path: PathBuf,
        /// Byte offset of the first NUL byte.
        offset: usize,
    },
    /// An input is not a regular file (a FIFO, a socket, a device): reading
    /// it could block forever or never end, so it is refused unread.
    #[error(
        "{}: {kind}, not a regular file; claimcheck reads regular files only \
         (to read a stream, pipe it to standard input and name `-`)",
        path.display()
    )]
    NotRegular {
        /// The path.
        path: PathBuf,
        /// What it is instead ("a named pipe (FIFO)", "a device", ...).
        kind: &'static str,
    },
    /// An input is larger than the size cap.
    #[error(
        "{}: larger than the --max-size limit of {max} bytes; raise it with --max-size if this \
         really is one article",
        path.display()
    )]
    TooLarge {
        /// The path.
        path: PathBuf,
        /// The cap, in bytes.
        max: u64,
    },
    /// An article has no text at all (or only white space).
    #[error("{}: empty file: there is no text to check", path.display())]
    Empty {
        /// The file.
        path: PathBuf,
    },
    /// An article file in a structured format (HTML, JSON, a feed, WARC)
    /// is wrong at a known place.
    #[error("{}:{}:{}: {message}", path.display(), at.line, at.col)]
    Format {
        /// The article file.
        path: PathBuf,
        /// Where in it.
        at: LineCol,
        /// What is wrong.
        message: String,
    },
    /// A configuration file (manifest, rule file, answer key) is wrong at a
    /// known place.
    #[error("{}:{}:{}: {message}", path.display(), at.line, at.col)]
    Config {
        /// The configuration file.
        path: PathBuf,
        /// Where in it.
        at: LineCol,
        /// What is wrong.
        message: String,
    },
    /// The command line asks for something that cannot be done.
    #[error("{0}")]
    Usage(String),
    /// Writing the output failed.
    #[error("cannot write output: {0}")]
    Output(#[from] std::io::Error),
}

impl Error {
    /// An error opening or reading `path`: [`Error::NotFound`] when it does
    /// not exist, else [`Error::Io`] saying what was being done.
    pub fn opening(path: &std::path::Path, action: &'static str, source: std::io::Error) -> Self {
        match source.kind() {
            std::io::ErrorKind::NotFound => Error::NotFound {
                path: path.to_path_buf(),
            },
            _ => Error::Io {
                path: path.to_path_buf(),
                action,
                source,
            },
        }
    }
}

/// Shorthand for results whose error is [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;
