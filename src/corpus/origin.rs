//! Where an article's text lies in a file that is not plain text.
//!
//! In: the pieces a format reader takes from a file: runs copied byte for
//! byte, and replacements (a decoded `&ldquo;`, a JSON `\n`, the paragraph
//! break that stands for a `</p>`). Out: the article text the pipeline reads,
//! and an [`OffsetMap`] from every byte of that text back to the file's
//! bytes, so reports point into the file on disk. It does not parse any
//! format itself.

use std::sync::Arc;

use crate::span::{LineCol, LineIndex};

/// One stretch of an article's text and where it came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Piece {
    /// Where the stretch starts in the article text.
    text: usize,
    /// Where its source starts in the file.
    file: usize,
    /// How long its source is in the file.
    file_len: usize,
    /// Copied byte for byte (so `text + k` came from `file + k`), or a
    /// replacement (every byte of it came from the whole source).
    verbatim: bool,
}

/// Maps byte offsets of an article's text to byte offsets of its file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OffsetMap {
    /// Sorted by `text`, covering the text from 0 without gaps.
    pieces: Vec<Piece>,
}

impl OffsetMap {
    /// The piece holding text byte `offset` (the last when past the end).
    fn piece(&self, offset: usize, toward_start: bool) -> Option<&Piece> {
        // A span's end belongs to the piece holding its last byte.
        let k = self.pieces.partition_point(|p| {
            if toward_start {
                p.text <= offset
            } else {
                p.text < offset
            }
        });
        self.pieces.get(k.checked_sub(1)?)
    }

    /// The file offset where the text from `offset` on starts.
    pub fn start(&self, offset: usize) -> usize {
        match self.piece(offset, true) {
            Some(p) if p.verbatim => p.file + (offset - p.text).min(p.file_len),
            Some(p) => p.file,
            None => self.pieces.first().map_or(offset, |p| p.file),
        }
    }

    /// The file offset where the text up to `offset` ends.
    pub fn end(&self, offset: usize) -> usize {
        match self.piece(offset, false) {
            Some(p) if p.verbatim => p.file + (offset - p.text).min(p.file_len),
            Some(p) => p.file + p.file_len,
            None => self.start(offset),
        }
    }

    /// This map seen through `outer`, when this map's file is itself the
    /// text of `outer` (HTML escaped inside a feed's XML): text → file of
    /// `outer`.
    pub fn through(&self, outer: &OffsetMap) -> OffsetMap {
        let mut pieces = Vec::with_capacity(self.pieces.len());
        for p in &self.pieces {
            if !p.verbatim {
                let (file, end) = (outer.start(p.file), outer.end(p.file + p.file_len));
                pieces.push(Piece {
                    text: p.text,
                    file,
                    file_len: end.saturating_sub(file),
                    verbatim: false,
                });
                continue;
            }
            // A verbatim run may cross the outer map's pieces: split it there.
            let (mut at, stop) = (p.file, p.file + p.file_len);
            while at < stop {
                let k = outer.pieces.partition_point(|o| o.text <= at);
                let next = outer.pieces.get(k).map_or(stop, |o| o.text.min(stop));
                let text = p.text + (at - p.file);
                pieces.push(match k.checked_sub(1).map(|i| outer.pieces[i]) {
                    Some(o) if o.verbatim => Piece {
                        text,
                        file: o.file + (at - o.text),
                        file_len: next - at,
                        verbatim: true,
                    },
                    Some(o) => Piece { text, ..o },
                    None => Piece {
                        text,
                        file: at,
                        file_len: next - at,
                        verbatim: true,
                    },
                });
                at = next;
            }
        }
        OffsetMap { pieces }
    }
}

/// Builds an article's text and its [`OffsetMap`] together.
#[derive(Debug, Default)]
pub struct MappedText {
    text: String,
    map: OffsetMap,
}

impl MappedText {
    /// An empty text.
    pub fn new() -> Self {
        MappedText::default()
    }

    /// The text so far.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Append `run`, which is the file's bytes from `file` on, unchanged.
    pub fn copy(&mut self, run: &str, file: usize) {
        if run.is_empty() {
            return;
        }
        if let Some(last) = self.map.pieces.last_mut()
            && last.verbatim
            && last.file + last.file_len == file
        {
            last.file_len += run.len();
        } else {
            self.map.pieces.push(Piece {
                text: self.text.len(),
                file,
                file_len: run.len(),
                verbatim: true,
            });
        }
        self.text.push_str(run);
    }

    /// Append `replacement`, which stands for the file's bytes
    /// `file..file + file_len` (a decoded escape, a line break for a tag).
    pub fn replace(&mut self, replacement: &str, file: usize, file_len: usize) {
        if replacement.is_empty() {
            return;
        }
        self.map.pieces.push(Piece {
            text: self.text.len(),
            file,
            file_len,
            verbatim: false,
        });
        self.text.push_str(replacement);
    }

    /// Append another mapped text (into the same file).
    pub fn append(&mut self, other: &MappedText) {
        let shift = self.text.len();
        for (k, p) in other.map.pieces.iter().enumerate() {
            let len = other
                .map
                .pieces
                .get(k + 1)
                .map_or(other.text.len(), |n| n.text)
                - p.text;
            let piece = &other.text[p.text..p.text + len];
            if p.verbatim {
                self.copy(piece, p.file);
            } else {
                self.map.pieces.push(Piece {
                    text: p.text + shift,
                    ..*p
                });
                self.text.push_str(piece);
            }
        }
    }

    /// Tie this text to the file `outer` maps into, when the file it is
    /// tied to now is `outer`'s text.
    pub fn map_through(&mut self, outer: &OffsetMap) {
        self.map = self.map.through(outer);
    }

    /// The map so far.
    pub fn map(&self) -> &OffsetMap {
        &self.map
    }

    /// Remove leading white space.
    pub fn trim_start(&mut self) {
        let skip = self.text.len() - self.text.trim_start().len();
        if skip == 0 {
            return;
        }
        let old = std::mem::take(self);
        for (k, p) in old.map.pieces.iter().enumerate() {
            let end = old.map.pieces.get(k + 1).map_or(old.text.len(), |n| n.text);
            if end <= skip {
                continue;
            }
            let from = p.text.max(skip);
            if p.verbatim {
                self.copy(&old.text[from..end], p.file + (from - p.text));
            } else {
                self.replace(&old.text[from..end], p.file, p.file_len);
            }
        }
    }

    /// Remove trailing white space (a closing tag's paragraph break).
    pub fn trim_end(&mut self) {
        let keep = self.text.trim_end().len();
        self.text.truncate(keep);
        while self.map.pieces.last().is_some_and(|p| p.text >= keep) {
            self.map.pieces.pop();
        }
        if let Some(last) = self.map.pieces.last_mut()
            && last.verbatim
        {
            last.file_len = last.file_len.min(keep - last.text);
        }
    }

    /// The text and its map.
    pub fn finish(self) -> (String, OffsetMap) {
        (self.text, self.map)
    }
}

/// The whole file an article was read from, when its text is not the file
/// (HTML, a JSON record, a feed item, a WARC record): the file's text and
/// line index, for positions in reports, shared by every article in it.
#[derive(Debug)]
pub struct SourceFile {
    /// The file's text (invalid UTF-8 replaced byte for byte).
    pub text: String,
    /// Its line starts.
    pub lines: LineIndex,
}

impl SourceFile {
    /// A file of this text.
    pub fn new(text: String) -> Arc<Self> {
        let lines = LineIndex::new(&text);
        Arc::new(SourceFile { text, lines })
    }
}

/// Where an article's text came from inside its file.
#[derive(Debug, Clone)]
pub struct Origin {
    /// The file.
    pub file: Arc<SourceFile>,
    /// Article text offsets → file offsets.
    pub map: OffsetMap,
}

/// A span of an article as it lies in the file on disk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FileSpan {
    /// First byte in the file.
    pub start: usize,
    /// One past the last byte in the file.
    pub end: usize,
    /// Line and column of `start` in the file.
    pub from: LineCol,
    /// Line and column of `end` in the file.
    pub to: LineCol,
}

impl Origin {
    /// Where text bytes `start..end` lie in the file.
    pub fn locate(&self, start: usize, end: usize) -> FileSpan {
        let (file_start, file_end) = (self.map.start(start), self.map.end(end));
        let file_end = file_end.max(file_start);
        let at = |offset| self.file.lines.line_col(&self.file.text, offset);
        FileSpan {
            start: file_start,
            end: file_end,
            from: at(file_start),
            to: at(file_end),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `<p>A &amp; B</p>` read as "A & B".
    fn decoded() -> (String, OffsetMap) {
        let mut out = MappedText::new();
        out.copy("A ", 3);
        out.replace("&", 5, 5);
        out.copy(" B", 10);
        out.finish()
    }

    #[test]
    fn verbatim_bytes_map_one_to_one_and_replacements_to_their_whole_source() {
        let (text, map) = decoded();
        assert_eq!(text, "A & B");
        assert_eq!(map.start(0), 3);
        assert_eq!(map.end(1), 4);
        // "&" is the whole "&amp;".
        assert_eq!((map.start(2), map.end(3)), (5, 10));
        // "B" is byte 11 of the file.
        assert_eq!((map.start(4), map.end(5)), (11, 12));
        // "& B" runs from the entity to the end of B.
        assert_eq!((map.start(2), map.end(5)), (5, 12));
    }

    #[test]
    fn adjacent_copies_merge_and_trailing_space_is_trimmed() {
        let mut out = MappedText::new();
        out.copy("Ab", 0);
        out.copy("c", 2);
        out.replace("\n\n", 3, 4);
        out.trim_end();
        let (text, map) = out.finish();
        assert_eq!(text, "Abc");
        assert_eq!(map.pieces.len(), 1);
        assert_eq!(map.end(3), 3);
    }

    #[test]
    fn a_map_through_an_outer_map_reaches_the_outer_file() {
        // The outer file holds `x&lt;b&gt;A &amp;amp; B` and its text is
        // `x<b>A &amp; B`; the inner map reads that text's HTML as "A & B".
        let mut outer = MappedText::new();
        outer.copy("x", 0);
        outer.replace("<", 1, 4);
        outer.copy("b", 5);
        outer.replace(">", 6, 4);
        outer.copy("A ", 10);
        outer.replace("&", 12, 5);
        outer.copy("amp; B", 17);
        let (html, outer) = outer.finish();
        assert_eq!(html, "x<b>A &amp; B");
        let mut inner = MappedText::new();
        inner.copy("A ", 4);
        inner.replace("&", 6, 5);
        inner.copy(" B", 11);
        let (text, inner) = inner.finish();
        assert_eq!(text, "A & B");
        let map = inner.through(&outer);
        assert_eq!((map.start(0), map.end(2)), (10, 12));
        assert_eq!((map.start(2), map.end(3)), (12, 21));
        assert_eq!((map.start(4), map.end(5)), (22, 23));
    }
}
