//! One escaping function per output format, for every piece of text that
//! comes from outside: article text, and also file names, outlet names,
//! labels and messages (a file name can hold a newline, a backtick or an
//! escape sequence as well as any article can).
//!
//! In: any text. Out: text that is shown as itself in that format and can
//! neither break its structure nor act on the reader: no heading, table
//! break, hidden comment, mention or remote image in Markdown; no markup in
//! HTML; no terminal control sequence in text; no broken string in DOT; no
//! false embedded link in a SARIF message; no second GitHub workflow
//! command. JSON is escaped by serde.

/// Bidirectional-text controls, which can make text display in another
/// order than it is read ("Trojan Source").
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{061c}')
}

/// True for a character no format should pass on raw: C0 and C1 controls,
/// DEL, and bidirectional-text controls.
pub fn is_unsafe(c: char) -> bool {
    c.is_control() || is_bidi_control(c)
}

/// Text for a terminal or a log, on one line: line breaks and tabs become
/// spaces, and every other C0 or C1 control character (ESC and CSI among
/// them, so no colour, title or screen-clearing sequence gets through) and
/// every bidirectional-text control is dropped.
pub fn terminal(text: &str) -> String {
    text.chars()
        .filter_map(|c| match c {
            '\n' | '\r' | '\t' => Some(' '),
            c if is_unsafe(c) => None,
            c => Some(c),
        })
        .collect()
}

/// [`terminal`] for a message of several lines: line breaks stay.
pub fn terminal_lines(text: &str) -> String {
    text.split('\n')
        .map(terminal)
        .collect::<Vec<_>>()
        .join("\n")
}

/// One line of a unified diff for a terminal or a CI log: a carriage return
/// is shown as `␍` (so a CRLF line is seen to differ), other C0 controls as
/// their control pictures (`␛`), C1 controls and bidirectional-text
/// controls as `�`; tabs stay.
pub fn diff_line(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\t' => c,
            '\u{0}'..='\u{1f}' => char::from_u32(0x2400 + c as u32).unwrap_or('\u{fffd}'),
            '\u{7f}' => '\u{2421}',
            c if is_unsafe(c) => '\u{fffd}',
            c => c,
        })
        .collect()
}

/// Text inside a Markdown line or table cell (GitHub-flavoured): shown as
/// written, never as markup. Line breaks become spaces; HTML (`<script>`,
/// `<!--`) and entities are escaped; `|`, `\`, `` ` ``, `[`, `]`, `*`, `_`
/// and a `~` that could close a strikethrough are backslash-escaped (no
/// table break, code span, link, image, emphasis or struck-out text); a word joiner after `@` keeps `@name` from pinging anyone; a
/// first character that could open a block (`#`, `>`, `-`, `+`, `=`, `1.`) is
/// escaped.
pub fn markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut chars = text.chars().peekable();
    let mut at_start = true;
    let mut digits = false;
    let mut previous: Option<char> = None;
    while let Some(c) = chars.next() {
        let next = chars.peek().copied();
        match c {
            // A tilde after white space (or first) cannot close a
            // strikethrough, so "~1:30 a.m." stays as it is.
            '~' if previous.is_none_or(char::is_whitespace) => out.push('~'),
            '\n' | '\r' | '\t' => out.push(' '),
            c if is_unsafe(c) => {}
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '\\' | '|' | '`' | '[' | ']' | '*' | '_' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '@' => {
                out.push('@');
                if next.is_some_and(|n| n.is_alphanumeric() || n == '-' || n == '_') {
                    out.push('\u{2060}');
                }
            }
            '#' | '>' | '-' | '+' | '=' if at_start => {
                out.push('\\');
                out.push(c);
            }
            '.' | ')' if digits => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
        // Block syntax can only start a line, after up to three spaces (a
        // list marker "12." after digits).
        digits = c.is_ascii_digit() && (at_start || digits);
        at_start = at_start && c == ' ';
        previous = Some(c);
    }
    out
}

/// A Markdown code span showing `text` exactly (a path, a rule id): a fence
/// longer than any run of backticks inside, padded where the text starts or
/// ends with a backtick or a space; line breaks and controls become spaces,
/// so nothing can end the line or the span. In a table (`in_table`) a `|`
/// is escaped, as GitHub's tables read it before the span.
pub fn markdown_code(text: &str, in_table: bool) -> String {
    let mut content = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\n' | '\r' | '\t' => content.push(' '),
            c if is_unsafe(c) => {}
            '|' if in_table => content.push_str("\\|"),
            c => content.push(c),
        }
    }
    if content.is_empty() {
        return "` `".to_string();
    }
    let longest = content.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest + 1);
    let pad = if content.starts_with(['`', ' ']) || content.ends_with(['`', ' ']) {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{content}{pad}{fence}")
}

/// Text safe in HTML text and attribute values: markup characters become
/// entities; C0 controls (but tab and line breaks), C1 controls and
/// bidirectional-text controls are dropped.
pub fn html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\n' | '\t' => out.push(c),
            '\r' => out.push(' '),
            c if is_unsafe(c) => {}
            c => out.push(c),
        }
    }
    out
}

/// A Graphviz DOT string literal of `text`: quotes and backslashes escaped
/// (so no `\l` or `\N` escape of Graphviz's own is formed), a line break as
/// `\n`, controls dropped.
pub fn dot(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if is_unsafe(c) => {}
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Text inside a SARIF message that may hold embedded links (`[text](1)`):
/// `\`, `[` and `]` are backslash-escaped, as SARIF 2.1.0 §3.11.6 asks, so
/// an outlet named `[x](2)` is not read as a link; controls dropped.
pub fn sarif_message(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | '[' | ']' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' | '\t' => out.push(' '),
            c if is_unsafe(c) => {}
            c => out.push(c),
        }
    }
    out
}

/// The data of a GitHub Actions workflow command (after its `::`), as
/// GitHub's own toolkit escapes it: `%` as `%25`, a carriage return as
/// `%0D`, a line feed as `%0A`, so no text can end the command or start
/// another; other controls (escape sequences, which the log would colour
/// with) and bidirectional-text controls are dropped.
pub fn github_message(text: &str) -> String {
    github(text, false)
}

/// A property value of a GitHub Actions workflow command (`file=`,
/// `title=`): escaped as [`github_message`], and `:` as `%3A` and `,` as
/// `%2C`, so a value can neither end the properties nor add one.
pub fn github_property(text: &str) -> String {
    github(text, true)
}

fn github(text: &str, property: bool) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '%' => out.push_str("%25"),
            '\r' => out.push_str("%0D"),
            '\n' => out.push_str("%0A"),
            ':' if property => out.push_str("%3A"),
            ',' if property => out.push_str("%2C"),
            c if is_unsafe(c) && c != '\t' => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terminal_text_loses_escape_sequences_and_line_breaks() {
        assert_eq!(terminal("a\x1b]0;owned\x07b\nc\u{9b}2J"), "a]0;ownedb c2J");
        assert_eq!(terminal("left\u{202e}right"), "leftright");
    }

    #[test]
    fn diff_lines_show_carriage_returns_and_escapes() {
        assert_eq!(diff_line("a\r"), "a\u{240d}");
        assert_eq!(diff_line("\x1b[2J\tx"), "\u{241b}[2J\tx");
    }

    #[test]
    fn markdown_text_cannot_open_blocks_links_images_or_mentions() {
        assert_eq!(markdown("# title"), "\\# title");
        assert_eq!(markdown("  > quote"), "  \\> quote");
        assert_eq!(markdown("12. item"), "12\\. item");
        assert_eq!(markdown("at 1.30 p.m."), "at 1.30 p.m.");
        assert_eq!(markdown("![x](http://e/i.png)"), "!\\[x\\](http://e/i.png)");
        assert_eq!(markdown("<!-- hide"), "&lt;!-- hide");
        assert_eq!(markdown("cc @octocat"), "cc @\u{2060}octocat");
        assert_eq!(markdown("a|b\nc"), "a\\|b c");
        assert_eq!(markdown("a `b` *c*"), "a \\`b\\` \\*c\\*");
        assert_eq!(markdown("~1:30 against ~1:15"), "~1:30 against ~1:15");
        assert_eq!(markdown("a~b~"), "a\\~b\\~");
    }

    #[test]
    fn code_spans_hold_backticks_pipes_and_newlines() {
        assert_eq!(markdown_code("seeds/a.txt", false), "`seeds/a.txt`");
        assert_eq!(markdown_code("a`b", false), "``a`b``");
        assert_eq!(markdown_code("`x", false), "`` `x ``");
        assert_eq!(markdown_code("a\n# b", false), "`a # b`");
        assert_eq!(markdown_code("a|b", true), "`a\\|b`");
        assert_eq!(markdown_code("a|b", false), "`a|b`");
    }

    #[test]
    fn html_escapes_markup_and_drops_controls() {
        assert_eq!(
            html("<script>alert('x') & \"y\"</script>\x1b"),
            "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;"
        );
    }

    #[test]
    fn dot_strings_escape_quotes_backslashes_and_newlines() {
        assert_eq!(dot("a \"b\" \\ c\nd\r\x07"), "\"a \\\"b\\\" \\\\ c\\nd\"");
    }

    #[test]
    fn github_messages_cannot_end_the_command_or_start_another() {
        assert_eq!(
            github_message("50% of 3\r\n::error::x, y: z\x1b[31m"),
            "50%25 of 3%0D%0A::error::x, y: z[31m"
        );
    }

    #[test]
    fn github_properties_also_escape_colons_and_commas() {
        assert_eq!(
            github_property("a,line=1::b\nc%"),
            "a%2Cline=1%3A%3Ab%0Ac%25"
        );
    }

    #[test]
    fn sarif_messages_escape_link_brackets() {
        assert_eq!(sarif_message("[x](2) \\"), "\\[x\\](2) \\\\");
    }
}
