//! Colour for terminal output: ANSI escapes when asked for, plain text
//! otherwise (pipes, files, `NO_COLOR`).

/// Whether to colour, and the few colours the terminal report uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Style {
    /// Emit ANSI colour escapes.
    pub color: bool,
}

/// A colour role in the terminal report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Paint {
    /// Contradictions (bold red).
    Error,
    /// Lesser findings (bold yellow).
    Warning,
    /// Notes and agreements (bold cyan).
    Note,
    /// The gutter: arrows, bars, line numbers (bold blue).
    Gutter,
    /// Headings (bold).
    Strong,
}

impl Paint {
    fn code(self) -> &'static str {
        match self {
            Paint::Error => "1;31",
            Paint::Warning => "1;33",
            Paint::Note => "1;36",
            Paint::Gutter => "1;34",
            Paint::Strong => "1",
        }
    }
}

impl Style {
    /// Colour when standard output is a terminal and `NO_COLOR` is unset or
    /// empty (<https://no-color.org>).
    pub fn for_stdout() -> Self {
        use std::io::IsTerminal;
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        Style {
            color: !no_color && std::io::stdout().is_terminal(),
        }
    }

    /// `text` in `paint`, or as is without colour.
    pub fn paint(self, paint: Paint, text: &str) -> String {
        if self.color && !text.is_empty() {
            format!("\x1b[{}m{text}\x1b[0m", paint.code())
        } else {
            text.to_string()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_style_leaves_text_alone_and_colour_wraps_it() {
        assert_eq!(Style { color: false }.paint(Paint::Error, "x"), "x");
        assert_eq!(
            Style { color: true }.paint(Paint::Error, "x"),
            "\x1b[1;31mx\x1b[0m"
        );
        assert_eq!(Style { color: true }.paint(Paint::Error, ""), "");
    }
}
