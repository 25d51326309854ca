//! Paragraphs and what each one is: prose, a headline or heading, a photo
//! caption, page navigation, or page metadata (datelines, source lines,
//! credits).
//!
//! In: a document's text. Out: [`Block`]s with byte spans. News text puts one
//! paragraph on a line, so every line break ends a paragraph, except a hard
//! wrap (a line ending mid-sentence, followed by a line that starts in lower
//! case), which is joined to the next line.

use std::sync::LazyLock;

use regex::Regex;
use serde::Serialize;

use crate::corpus::{infer, is_space};

/// What a paragraph is. Extraction reads prose, headlines and captions (and
/// marks claims from the latter two); it never reads navigation or metadata.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum BlockKind {
    /// Running text.
    Prose,
    /// A headline, subheading or related-story link: a short line without
    /// closing punctuation.
    Headline,
    /// A photo caption (ends with a photo credit, or precedes an `Image:` line).
    Caption,
    /// Page chrome: "Skip to content", "Click here to read more", "Read more: …".
    Navigation,
    /// Page metadata: a printed date, `Source:` and `Image:` lines, credits.
    Meta,
}

impl BlockKind {
    /// True for blocks whose words make claims.
    pub fn has_claims(self) -> bool {
        matches!(
            self,
            BlockKind::Prose | BlockKind::Headline | BlockKind::Caption
        )
    }

    /// Lower-case name as shown in reports.
    pub fn name(self) -> &'static str {
        match self {
            BlockKind::Prose => "prose",
            BlockKind::Headline => "headline",
            BlockKind::Caption => "caption",
            BlockKind::Navigation => "navigation",
            BlockKind::Meta => "meta",
        }
    }
}

/// One paragraph: a byte range of the text (trimmed of white space) and its kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Block {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// What it is.
    pub kind: BlockKind,
}

static NAVIGATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:\d{1,2}\.\s*)?(?:skip (?:to|next)\b|click here\b|read more\b|explore more\b|more stories\b|share (?:this|on)\b|follow us\b|advertisement$|sign up\b|subscribe\b|related (?:stories|articles|topics)\b|back to top\b|print this\b|email this\b)",
    )
    .expect("navigation pattern is valid")
});
static SKIP_SECTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^skip next section\s+(.+)$").expect("skip-section pattern is valid")
});
static META_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:source|image|photo|photograph|picture|credit|updated|published|posted|first posted|last updated|by)\s*:",
    )
    .expect("meta-label pattern is valid")
});
static CREDIT_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:\([^()]*(?:/|reuters|\bap\b|afp|getty|\bepa\b|photo|images|file|xinhua)[^()]*\)|\[[^\[\]]*(?:file|photo|ap|afp|reuters|getty|epa)[^\[\]]*\])\s*$",
    )
    .expect("credit pattern is valid")
});
static WIRE_SIGNOFF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:REUTER|REUTERS|AP|AFP)$|^[a-z]{1,4}/[a-z]{1,4}\s*\(.*\)$|contributed to this report\.?$")
        .expect("sign-off pattern is valid")
});

/// Split `text` into paragraphs and classify each.
pub fn blocks(text: &str) -> Vec<Block> {
    let lines = joined_lines(text);
    let mut skip_targets: Vec<&str> = Vec::new();
    let mut out: Vec<Block> = Vec::with_capacity(lines.len());
    for (index, &(start, end)) in lines.iter().enumerate() {
        let line = &text[start..end];
        if let Some(c) = SKIP_SECTION.captures(line) {
            skip_targets.push(c.get(1).map_or("", |m| m.as_str()).trim());
        }
        let next = lines.get(index + 1).map(|&(s, e)| &text[s..e]);
        let kind = classify(line, next, &skip_targets);
        out.push(Block { start, end, kind });
    }
    out
}

fn classify(line: &str, next: Option<&str>, skip_targets: &[&str]) -> BlockKind {
    let words = line.split(is_space).filter(|w| !w.is_empty()).count();
    if NAVIGATION.is_match(line) || skip_targets.contains(&line) {
        return BlockKind::Navigation;
    }
    if META_LABEL.is_match(line)
        || WIRE_SIGNOFF.is_match(line)
        || (words <= 8 && infer::date_in(line).is_some())
    {
        return BlockKind::Meta;
    }
    if CREDIT_END.is_match(line) || next.is_some_and(|n| n.starts_with("Image:") && words <= 12) {
        return BlockKind::Caption;
    }
    if !ends_a_sentence(line) && words <= 30 {
        return BlockKind::Headline;
    }
    BlockKind::Prose
}

/// True when a line ends as a sentence does: with `.`, `!`, `?`, `:` or an
/// ellipsis, possibly inside closing quotes or brackets, a space before the
/// mark or not ('… critical traffic again. "').
fn ends_a_sentence(line: &str) -> bool {
    let trimmed = line.trim_end_matches(['"', '\'', '”', '’', ')', ']', '»', ' ']);
    trimmed.ends_with(['.', '!', '?', ':', '…', ';'])
}

/// Byte ranges of the text's non-blank lines, trimmed, with hard-wrapped
/// lines joined.
fn joined_lines(text: &str) -> Vec<(usize, usize)> {
    let mut lines: Vec<(usize, usize)> = Vec::new();
    let mut offset = 0;
    let mut after_blank = true;
    for raw in text.split_inclusive('\n') {
        let start = offset;
        offset += raw.len();
        let Some((s, e)) = trim(text, start, offset) else {
            after_blank = true;
            continue;
        };
        let wraps = !after_blank
            && lines.last().is_some_and(|&(ps, pe)| {
                let previous = &text[ps..pe];
                previous.ends_with(|c: char| c.is_lowercase() || c == ',')
                    && text[s..e].starts_with(|c: char| c.is_lowercase())
            });
        match lines.last_mut() {
            Some(last) if wraps => last.1 = e,
            _ => lines.push((s, e)),
        }
        after_blank = false;
    }
    lines
}

/// The range `start..end` of `text` without leading and trailing white space,
/// or `None` when nothing but white space is there.
pub fn trim(text: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    let slice = &text[start..end];
    let lead = slice.len() - slice.trim_start_matches(is_space).len();
    let body = slice.trim_matches(is_space);
    (!body.is_empty()).then(|| (start + lead, start + lead + body.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(&str, BlockKind)> {
        blocks(text)
            .into_iter()
            .map(|b| (&text[b.start..b.end], b.kind))
            .collect()
    }

    #[test]
    fn navigation_lines_are_not_prose() {
        let text = "1. Skip to content\n  2. Skip to main menu\nSkip next section DW's Top Story\n\nDW's Top Story\nClick here to read more.\nRead more: Three killed in attack\n";
        for (line, kind) in kinds(text) {
            assert_eq!(kind, BlockKind::Navigation, "{line:?}");
        }
    }

    #[test]
    fn captions_end_with_a_photo_credit() {
        let text = "A truck is seen March 11. (Iraqi Media Security Cell/Reuters)\nSome 5,200 troops are in Iraq [File: AP]\nThe Pentagon. (AFP via Getty Images)\n";
        for (line, kind) in kinds(text) {
            assert_eq!(kind, BlockKind::Caption, "{line:?}");
        }
    }

    #[test]
    fn a_line_above_an_image_credit_is_a_caption() {
        let got =
            kinds("US armored vehicle in Iraq\nImage: picture-alliance/AP Photo/K. Mohammed\n");
        assert_eq!(got[0].1, BlockKind::Caption);
        assert_eq!(got[1].1, BlockKind::Meta);
    }

    #[test]
    fn headlines_datelines_and_source_lines() {
        let text = "US launches airstrikes in Iraq\n\nMarch 13, 2020\n\nThe strikes came early Friday.\nSource: Washington Post";
        let got = kinds(text);
        assert_eq!(got[0].1, BlockKind::Headline);
        assert_eq!(got[1].1, BlockKind::Meta);
        assert_eq!(got[2].1, BlockKind::Prose);
        assert_eq!(got[3].1, BlockKind::Meta);
    }

    #[test]
    fn a_closing_mark_set_apart_after_a_full_stop_ends_a_sentence() {
        let text = "Some more bandwidth came online at 7am, the update said. \"\nCable cut \"\n";
        let got = kinds(text);
        assert_eq!(got[0].1, BlockKind::Prose);
        assert_eq!(got[1].1, BlockKind::Headline);
    }

    #[test]
    fn hard_wrapped_lines_are_one_paragraph() {
        let text = "The strikes hit five\nfacilities, officials said.\nNext paragraph.";
        let got = kinds(text);
        assert_eq!(got.len(), 2);
        assert_eq!(
            got[0].0,
            "The strikes hit five\nfacilities, officials said."
        );
    }

    #[test]
    fn unicode_spaces_are_trimmed_from_paragraphs() {
        let text = "\u{a0}\u{2003}Text here.\u{a0}\r\n\u{feff}\n";
        let got = kinds(text);
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].0, "Text here.");
    }
}
