//! HTML as a flat list of tokens with their byte ranges: tags with their
//! attributes, text, and the raw content of `<script>`, `<style>`,
//! `<title>` and the like. Comments, doctypes and processing instructions
//! are dropped. Character references are decoded here, one at a time, so
//! each decoded character keeps the range of its reference.
//!
//! It is a tokenizer for reading prose out of pages, not a browser: it
//! does not build a tree (the caller matches tags) and never fails; markup
//! it cannot read is taken as text.

use std::ops::Range;

/// One token of a page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Token {
    /// Text between tags (character references not yet decoded).
    Text(Range<usize>),
    /// `<name …>`: the lower-case name, the attributes' bytes, the whole
    /// tag's range, and whether it closes itself (`<br/>`).
    Start {
        /// Tag name, lower case.
        name: String,
        /// The bytes between the name and the closing `>`.
        attrs: Range<usize>,
        /// The whole tag.
        range: Range<usize>,
    },
    /// `</name>`.
    End {
        /// Tag name, lower case.
        name: String,
        /// The whole tag.
        range: Range<usize>,
    },
    /// The content of an element whose content is not markup (`script`,
    /// `style`, `title`, `textarea`, …), after its start tag.
    Raw {
        /// Tag name, lower case.
        name: String,
        /// The content.
        content: Range<usize>,
    },
}

impl Token {
    /// The bytes the token covers.
    pub fn range(&self) -> Range<usize> {
        match self {
            Token::Text(range) | Token::Start { range, .. } | Token::End { range, .. } => {
                range.clone()
            }
            Token::Raw { content, .. } => content.clone(),
        }
    }
}

/// Elements whose content is raw text up to their end tag.
const RAW: [&str; 9] = [
    "script", "style", "title", "textarea", "xmp", "iframe", "noembed", "noframes", "noscript",
];

/// The tokens of `html[range]`, ranges into `html`.
pub fn tokenize(html: &str, range: Range<usize>) -> Vec<Token> {
    let bytes = html.as_bytes();
    let end = range.end;
    let mut tokens = Vec::new();
    let mut at = range.start;
    let mut text_from = at;
    while at < end {
        if bytes[at] != b'<' {
            at += 1;
            continue;
        }
        let Some((token, next)) = markup(html, at, end) else {
            at += 1;
            continue;
        };
        if text_from < at {
            tokens.push(Token::Text(text_from..at));
        }
        at = next;
        if let Some(Token::Start { name, .. }) = &token
            && RAW.contains(&name.as_str())
        {
            let name = name.clone();
            tokens.extend(token);
            let close = find_end_tag(html, at, end, &name);
            tokens.push(Token::Raw {
                name: name.clone(),
                content: at..close.start,
            });
            tokens.push(Token::End {
                name,
                range: close.clone(),
            });
            at = close.end;
        } else {
            tokens.extend(token);
        }
        text_from = at;
    }
    if text_from < end {
        tokens.push(Token::Text(text_from..end));
    }
    tokens
}

/// The markup starting at `html[at] == '<'`, if it is markup, and where it
/// ends: `Some(None, next)` for a comment, doctype or processing
/// instruction.
fn markup(html: &str, at: usize, end: usize) -> Option<(Option<Token>, usize)> {
    let bytes = &html.as_bytes()[..end];
    let rest = &bytes[at..];
    if rest.starts_with(b"<!--") {
        let close = find(bytes, at + 4, b"-->").map_or(end, |i| i + 3);
        return Some((None, close));
    }
    if rest.starts_with(b"<!") || rest.starts_with(b"<?") {
        let close = find(bytes, at + 2, b">").map_or(end, |i| i + 1);
        return Some((None, close));
    }
    let closing = rest.get(1) == Some(&b'/');
    let name_from = at + 1 + usize::from(closing);
    if !bytes.get(name_from).is_some_and(u8::is_ascii_alphabetic) {
        return None;
    }
    let name_to = (name_from..end)
        .find(|&i| {
            matches!(
                bytes[i],
                b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'/' | b'>'
            )
        })
        .unwrap_or(end);
    let name = html[name_from..name_to].to_ascii_lowercase();
    let close = tag_end(bytes, name_to);
    let range = at..close;
    let token = if closing {
        Token::End { name, range }
    } else {
        let attrs_end = if close > name_to && bytes[close - 1] == b'>' {
            close - 1
        } else {
            close
        };
        Token::Start {
            name,
            attrs: name_to..attrs_end.max(name_to),
            range,
        }
    };
    Some((Some(token), close))
}

/// One past the `>` that ends a tag whose attributes start at `from`
/// (a `>` inside a quoted value does not end it), or the end.
fn tag_end(bytes: &[u8], from: usize) -> usize {
    let mut quote = None;
    for (i, &b) in bytes.iter().enumerate().skip(from) {
        match (quote, b) {
            (None, b'"' | b'\'') if bytes[i - 1].is_ascii_whitespace() || bytes[i - 1] == b'=' => {
                quote = Some(b)
            }
            (Some(q), _) if b == q => quote = None,
            (None, b'>') => return i + 1,
            _ => {}
        }
    }
    bytes.len()
}

/// The range of the end tag `</name …>` at or after `from` (ASCII case
/// ignored), or an empty range at `end` when there is none.
fn find_end_tag(html: &str, from: usize, end: usize, name: &str) -> Range<usize> {
    let bytes = &html.as_bytes()[..end];
    let mut at = from;
    while let Some(i) = find(bytes, at, b"</") {
        let name_end = i + 2 + name.len();
        if bytes
            .get(i + 2..name_end)
            .is_some_and(|n| n.eq_ignore_ascii_case(name.as_bytes()))
            && bytes
                .get(name_end)
                .is_none_or(|b| b.is_ascii_whitespace() || matches!(b, b'>' | b'/'))
        {
            return i..tag_end(bytes, name_end);
        }
        at = i + 2;
    }
    end..end
}

fn find(bytes: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    bytes
        .get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|i| from + i)
}

/// One attribute of a tag: its lower-case name, its decoded value, and
/// where the value lies in the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attribute {
    /// Name, lower case.
    pub name: String,
    /// Value with character references decoded (empty when absent).
    pub value: String,
    /// The value's bytes as written (empty, at the name, when it has none).
    pub raw: Range<usize>,
}

/// The attributes in `html[range]` (a start tag's attribute bytes).
pub fn attributes(html: &str, range: Range<usize>) -> Vec<Attribute> {
    let bytes = html.as_bytes();
    let mut out = Vec::new();
    let mut at = range.start;
    let end = range.end;
    let skip_space = |mut i: usize| {
        while i < end && (bytes[i].is_ascii_whitespace() || bytes[i] == b'/') {
            i += 1;
        }
        i
    };
    loop {
        at = skip_space(at);
        if at >= end {
            break;
        }
        let name_from = at;
        while at < end && !bytes[at].is_ascii_whitespace() && !matches!(bytes[at], b'=' | b'/') {
            at += 1;
        }
        let name = html[name_from..at].to_ascii_lowercase();
        let mut probe = at;
        while probe < end && bytes[probe].is_ascii_whitespace() {
            probe += 1;
        }
        if probe >= end || bytes[probe] != b'=' {
            out.push(Attribute {
                name,
                value: String::new(),
                raw: name_from..name_from,
            });
            continue;
        }
        at = probe + 1;
        while at < end && bytes[at].is_ascii_whitespace() {
            at += 1;
        }
        let (from, to, next) = match bytes.get(at) {
            Some(&q @ (b'"' | b'\'')) if at < end => {
                let close = (at + 1..end).find(|&i| bytes[i] == q).unwrap_or(end);
                (at + 1, close, (close + 1).min(end))
            }
            _ => {
                let close = (at..end)
                    .find(|&i| bytes[i].is_ascii_whitespace())
                    .unwrap_or(end);
                (at, close, close)
            }
        };
        out.push(Attribute {
            name,
            value: decode(&html[from..to]),
            raw: from..to,
        });
        at = next;
    }
    out
}

/// The character reference at the start of `text` (`&amp;`, `&#8220;`,
/// `&#x201c;`), decoded, with its length; `None` when `text` does not start
/// with one claimcheck knows. Numeric references in 128–159 are read as
/// Windows-1252, as browsers do (`&#150;` is an en dash).
pub fn reference(text: &str) -> Option<(String, usize)> {
    let body = text.strip_prefix('&')?;
    // The longest name is 32 bytes: look no further for its `;` (a page of
    // `& ` must not cost a scan to the end at every ampersand).
    let semi = body.bytes().take(33).position(|b| b == b';')?;
    let name = &body[..semi];
    let decoded = if let Some(number) = name.strip_prefix('#') {
        let code = match number.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => number.parse::<u32>().ok()?,
        };
        let c = windows_1252(code)
            .or_else(|| char::from_u32(code).filter(|&c| c != '\0'))
            .unwrap_or('\u{fffd}');
        c.to_string()
    } else {
        quick_xml::escape::resolve_html5_entity(name)?.to_string()
    };
    Some((decoded, semi + 2))
}

/// The Windows-1252 character of a C1 code point, as HTML reads them.
fn windows_1252(code: u32) -> Option<char> {
    const C1: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž',
        '\u{8f}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}',
        'ž', 'Ÿ',
    ];
    (128..160)
        .contains(&code)
        .then(|| C1[(code - 128) as usize])
}

/// `text` with its character references decoded (attribute values).
pub fn decode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    while let Some(i) = text[at..].find('&') {
        out.push_str(&text[at..at + i]);
        at += i;
        match reference(&text[at..]) {
            Some((decoded, len)) => {
                out.push_str(&decoded);
                at += len;
            }
            None => {
                out.push('&');
                at += 1;
            }
        }
    }
    out.push_str(&text[at..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(html: &str) -> Vec<String> {
        tokenize(html, 0..html.len())
            .into_iter()
            .map(|t| match t {
                Token::Text(r) => format!("text {:?}", &html[r]),
                Token::Start { name, .. } => format!("<{name}>"),
                Token::End { name, .. } => format!("</{name}>"),
                Token::Raw { name, content } => format!("raw {name} {:?}", &html[content]),
            })
            .collect()
    }

    #[test]
    fn tags_text_comments_and_raw_content() {
        let html = "<!DOCTYPE html><P class='a>b'>One < two<!-- x --></p>\
                    <script>if (a</b) {}</script><br/>";
        assert_eq!(
            names(html),
            [
                "<p>",
                "text \"One < two\"",
                "</p>",
                "<script>",
                "raw script \"if (a</b) {}\"",
                "</script>",
                "<br>",
            ]
        );
    }

    #[test]
    fn an_unclosed_raw_element_runs_to_the_end() {
        let html = "<style>p{}";
        assert_eq!(names(html), ["<style>", "raw style \"p{}\"", "</style>"]);
    }

    #[test]
    fn attributes_are_read_quoted_unquoted_and_bare() {
        let html = "<meta property=\"og:site_name\" content='Marsk &amp; Co' data-x=1 hidden>";
        let Token::Start { attrs, .. } = &tokenize(html, 0..html.len())[0] else {
            panic!("a start tag");
        };
        let found = attributes(html, attrs.clone());
        let pairs: Vec<(&str, &str)> = found
            .iter()
            .map(|a| (a.name.as_str(), a.value.as_str()))
            .collect();
        assert_eq!(
            pairs,
            [
                ("property", "og:site_name"),
                ("content", "Marsk & Co"),
                ("data-x", "1"),
                ("hidden", ""),
            ]
        );
        assert_eq!(&html[found[1].raw.clone()], "Marsk &amp; Co");
    }

    #[test]
    fn references_named_numeric_and_windows_1252() {
        assert_eq!(reference("&ldquo;Hi"), Some(("\u{201c}".to_string(), 7)));
        assert_eq!(reference("&#8217;s"), Some(("\u{2019}".to_string(), 7)));
        assert_eq!(reference("&#x2014;"), Some(("\u{2014}".to_string(), 8)));
        assert_eq!(reference("&#150;"), Some(("\u{2013}".to_string(), 6)));
        assert_eq!(reference("&nosuch;"), None);
        assert_eq!(reference("& more"), None);
        // No name is longer than 32 bytes: a `;` further on ends no reference.
        assert_eq!(reference(&format!("&{};", "a".repeat(40))), None);
        assert_eq!(decode("AT&amp;T &amp"), "AT&T &amp");
    }
}
