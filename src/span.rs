//! Byte spans into a document's original text, and a line index that turns a
//! byte offset into a human `line:col` at render time.
//!
//! In: byte offsets. Out: [`Span`] (document id + byte range) and [`LineCol`].
//! Every stage speaks bytes; only renderers ask for lines and columns, and
//! columns are counted in characters (what a person and SARIF expect).

use serde::Serialize;

/// Index of a document in the loaded corpus. Documents are numbered after
/// they are sorted by path, so ids are stable whatever the order of inputs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct DocId(pub u32);

/// A byte range `start..end` into the original text of one document.
///
/// Invariant: `start <= end <= text.len()` and both ends lie on UTF-8
/// character boundaries of that document's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    /// The document the range points into.
    pub doc: DocId,
    /// First byte of the range.
    pub start: usize,
    /// One past the last byte of the range.
    pub end: usize,
}

impl Span {
    /// A span of `start..end` in `doc`.
    pub fn new(doc: DocId, start: usize, end: usize) -> Self {
        debug_assert!(start <= end, "span start {start} after end {end}");
        Span { doc, start, end }
    }

    /// True when both spans are in one document and share at least one byte.
    pub fn overlaps(&self, other: &Span) -> bool {
        self.doc == other.doc && self.start < other.end && other.start < self.end
    }

    /// True when `other` lies wholly inside this span.
    pub fn contains(&self, other: &Span) -> bool {
        self.doc == other.doc && self.start <= other.start && other.end <= self.end
    }

    /// The text this span covers in `text` (the document's text).
    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }
}

/// A 1-based line and 1-based column counted in Unicode scalar values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct LineCol {
    /// Line number, from 1.
    pub line: usize,
    /// Column in characters, from 1.
    pub col: usize,
}

impl std::fmt::Display for LineCol {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.line, self.col)
    }
}

/// Start offsets of every line of a text, for byte → `line:col` lookups.
///
/// Columns count characters; to keep that cheap on very long lines (a 50 MB
/// file on one line), the index also keeps how many characters precede a
/// checkpoint every [`CHECKPOINT`] bytes, so a lookup counts at most that many.
#[derive(Debug, Clone)]
pub struct LineIndex {
    line_starts: Vec<usize>,
    /// (byte offset, characters before it), every `CHECKPOINT` bytes.
    checkpoints: Vec<(usize, usize)>,
}

/// Bytes between character-count checkpoints.
const CHECKPOINT: usize = 1024;

impl LineIndex {
    /// Index the lines of `text`. Lines end at `\n`, `\r\n` (the `\r` stays
    /// part of its line, so CRLF files keep exact offsets) or a lone `\r`
    /// (old Mac files, and what a terminal or an editor shows as a break).
    pub fn new(text: &str) -> Self {
        let mut line_starts = vec![0];
        let bytes = text.as_bytes();
        line_starts.extend(
            bytes
                .iter()
                .enumerate()
                .filter(|&(i, &b)| b == b'\n' || b == b'\r' && bytes.get(i + 1) != Some(&b'\n'))
                .map(|(i, _)| i + 1),
        );
        let mut checkpoints = vec![(0, 0)];
        let mut chars = 0;
        let mut last = 0;
        let mut at = CHECKPOINT;
        while at < text.len() {
            while !text.is_char_boundary(at) {
                at += 1;
            }
            chars += text[last..at].chars().count();
            checkpoints.push((at, chars));
            last = at;
            at += CHECKPOINT;
        }
        LineIndex {
            line_starts,
            checkpoints,
        }
    }

    /// Characters of `text` before byte `offset` (a character boundary).
    fn chars_before(&self, text: &str, offset: usize) -> usize {
        let k = self.checkpoints.partition_point(|&(b, _)| b <= offset) - 1;
        let (byte, chars) = self.checkpoints[k];
        chars + text[byte..offset].chars().count()
    }

    /// The line and character column of byte `offset` in `text`, which must
    /// be the text this index was built from. Offsets past the end clamp to
    /// the end; an offset inside a character counts that character.
    pub fn line_col(&self, text: &str, offset: usize) -> LineCol {
        let mut offset = offset.min(text.len());
        let inside = !text.is_char_boundary(offset);
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.line_starts.partition_point(|&s| s <= offset) - 1;
        let start = self.line_starts[line];
        let col =
            self.chars_before(text, offset) - self.chars_before(text, start) + usize::from(inside);
        LineCol {
            line: line + 1,
            col: col + 1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_characters_not_bytes() {
        let text = "ab\n\u{a0}é x\nlast";
        let index = LineIndex::new(text);
        assert_eq!(index.line_col(text, 0), LineCol { line: 1, col: 1 });
        let x = text.find('x').expect("x is in the text");
        assert_eq!(index.line_col(text, x), LineCol { line: 2, col: 4 });
        let last = text.find("last").expect("last is in the text");
        assert_eq!(index.line_col(text, last), LineCol { line: 3, col: 1 });
    }

    #[test]
    fn crlf_keeps_the_carriage_return_on_its_line() {
        let text = "one\r\ntwo";
        let index = LineIndex::new(text);
        assert_eq!(index.line_col(text, 5), LineCol { line: 2, col: 1 });
    }

    #[test]
    fn a_lone_carriage_return_ends_a_line() {
        let text = "one\rtwo\r\nthree\n\rfour";
        let index = LineIndex::new(text);
        let at = |word: &str| index.line_col(text, text.find(word).expect("in text"));
        assert_eq!(at("two"), LineCol { line: 2, col: 1 });
        assert_eq!(at("three"), LineCol { line: 3, col: 1 });
        assert_eq!(at("four"), LineCol { line: 5, col: 1 });
    }

    #[test]
    fn columns_on_a_very_long_line_count_characters() {
        let text = format!("{}é{}x", "a".repeat(5000), "b".repeat(3000));
        let index = LineIndex::new(&text);
        let x = text.find('x').expect("x is in the text");
        assert_eq!(index.line_col(&text, x), LineCol { line: 1, col: 8002 });
    }

    #[test]
    fn offsets_past_the_end_clamp() {
        let text = "abc";
        let index = LineIndex::new(text);
        assert_eq!(index.line_col(text, 99), LineCol { line: 1, col: 4 });
    }

    #[test]
    fn overlap_needs_the_same_document_and_a_shared_byte() {
        let a = Span::new(DocId(0), 2, 5);
        assert!(a.overlaps(&Span::new(DocId(0), 4, 9)));
        assert!(!a.overlaps(&Span::new(DocId(0), 5, 9)));
        assert!(!a.overlaps(&Span::new(DocId(1), 2, 5)));
    }
}
