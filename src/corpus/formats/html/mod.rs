//! HTML pages: the article's headline and main text, with every byte tied
//! to the page's bytes, and the metadata the page states.
//!
//! The main text is found as readability tools find it: the element whose
//! paragraphs hold the most text (credited to their parent, half to their
//! grandparent), widened to the `<article>` around it. Navigation, asides,
//! forms, figures, scripts, hidden elements and blocks whose class or id
//! says they are boilerplate ("most read", "related", "newsletter", …) are
//! never text. Character references are decoded; white space collapses as
//! a browser shows it; block elements end paragraphs.
//!
//! Why not a crate: claimcheck's reports point into the file on disk, and
//! the extraction crates (readability ports, html5ever-based parsers)
//! rebuild text without source positions. The tokenizer here is small and
//! keeps every range; the entity table is quick-xml's HTML5 one.

pub mod meta;
pub mod tokens;

use std::ops::Range;

use super::{Article, Problem, Read};
use crate::corpus::origin::MappedText;
use tokens::{Attribute, Token, attributes, reference, tokenize};

/// The tag that marks claimcheck's own HTML reports (`--format html`).
pub const GENERATOR: &str = "<meta name=\"generator\" content=\"claimcheck\">";

/// Read a whole HTML file: one article.
pub fn read(html: &str) -> Read {
    let mut read = Read::default();
    // A report saved beside the articles quotes their sentences: read back,
    // it would be one more outlet agreeing with all of them.
    if head(html, 4096).contains(GENERATOR) {
        read.problems.push(Problem {
            offset: 0,
            message: "a claimcheck report, not an article".to_string(),
        });
        return read;
    }
    match page(html, 0..html.len()) {
        Some((body, meta)) => read.articles.push(Article::new(body, meta, None)),
        None => read.problems.push(Problem {
            offset: 0,
            message: "no article text found in the HTML page".to_string(),
        }),
    }
    read
}

/// The main text and metadata of the page in `html[range]`, or `None`
/// when it has no text.
pub fn page(html: &str, range: Range<usize>) -> Option<(MappedText, super::Embedded)> {
    let tokens = tokenize(html, range);
    let tree = Tree::build(html, &tokens);
    let stated = meta::stated(html, &tokens);
    let mut out = Emitter::new(html);
    let container = tree.main();
    match tree.headline(container) {
        Some(h1) => {
            out.element(&tree, &tokens, h1);
            let after = tokens
                .get(tree.elements[h1].end)
                .map_or(html.len(), |t| t.range().start);
            out.gap(Gap::Break(after));
        }
        None => {
            if let Some(title) = &stated.title {
                // The attribute's bytes are escaped text: read them as such,
                // so each word keeps its own span.
                out.text(title.raw.clone());
                out.gap(Gap::Break(title.raw.end));
            }
        }
    }
    match container {
        Some(el) => out.element(&tree, &tokens, el),
        None => out.tokens(&tree, &tokens, 0..tokens.len()),
    }
    let body = out.finish();
    (!body.text().is_empty()).then_some((body, stated.embedded))
}

/// All the text of an HTML fragment (a feed item's content), no metadata.
pub fn fragment(html: &str) -> MappedText {
    let tokens = tokenize(html, 0..html.len());
    let tree = Tree::build(html, &tokens);
    let mut out = Emitter::new(html);
    out.tokens(&tree, &tokens, 0..tokens.len());
    out.finish()
}

/// True when `text` holds markup rather than prose (a tag early on).
pub fn looks_like_html(text: &str) -> bool {
    let head = head(text, 2048);
    [
        "<p",
        "<div",
        "<br",
        "<a ",
        "<h1",
        "<h2",
        "<span",
        "<!DOCTYPE",
        "<html",
    ]
    .iter()
    .any(|tag| head.contains(tag))
}

/// The first `bytes` of `text` at most, cut at a character boundary.
fn head(text: &str, bytes: usize) -> &str {
    let mut cut = text.len().min(bytes);
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    &text[..cut]
}

/// Elements that hold no children (no end tag).
const VOID: [&str; 14] = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
];

/// Elements that are never article text.
const NEVER_TEXT: [&str; 20] = [
    "script", "style", "noscript", "template", "svg", "math", "nav", "aside", "footer", "form",
    "button", "select", "textarea", "iframe", "object", "figure", "canvas", "video", "audio",
    "head",
];

/// Elements that end a paragraph.
const BLOCK: [&str; 34] = [
    "address",
    "article",
    "aside",
    "blockquote",
    "dd",
    "details",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "td",
    "th",
    "tr",
    "ul",
    "summary",
];

/// Words of a class or id that mark a block as boilerplate.
const BOILERPLATE: [&str; 32] = [
    "ad",
    "ads",
    "advert",
    "advertisement",
    "banner",
    "breadcrumb",
    "breadcrumbs",
    "comment",
    "comments",
    "cookie",
    "discussion",
    "disqus",
    "footer",
    "menu",
    "nav",
    "newsletter",
    "outbrain",
    "popular",
    "promo",
    "related",
    "replies",
    "reply",
    "responses",
    "share",
    "sharing",
    "sidebar",
    "social",
    "sponsored",
    "subscribe",
    "taboola",
    "trending",
    "widget",
];

/// Runs of words that mark boilerplate when a class or id joins them
/// (`most-read`, `mostRead`, `read_more`).
const BOILERPLATE_JOINED: [&str; 6] = [
    "mostread",
    "mostpopular",
    "readmore",
    "morestories",
    "relatedstories",
    "recommended",
];

/// How many open elements an end tag looks through for its start tag.
const SCOPE: usize = 64;

/// The share of the page's paragraph text the main element holds.
const MAIN_SHARE: usize = 60;

/// An element of the page.
#[derive(Debug, Clone)]
struct Element {
    name: String,
    /// Index of its start tag.
    start: usize,
    /// Index of the token that ends it (its end tag, or the tag that
    /// closes it implicitly), or the number of tokens.
    end: usize,
    parent: Option<usize>,
    /// Never text: itself or an ancestor is boilerplate.
    hidden: bool,
    /// It starts the boilerplate (its ancestors are not).
    hides: bool,
    /// Its class or id says it is the site's name or logo (a masthead
    /// `<h1>`, never the headline).
    names_the_site: bool,
    /// Bytes of text directly inside it.
    text: usize,
    /// Bytes of text in it and its visible descendants.
    total: usize,
}

/// The page's elements, matched as a browser would for the purpose.
struct Tree {
    elements: Vec<Element>,
    /// For each token, the element it starts.
    starts: Vec<Option<usize>>,
}

impl Tree {
    fn build(html: &str, tokens: &[Token]) -> Tree {
        let mut elements: Vec<Element> = Vec::new();
        let mut starts = vec![None; tokens.len()];
        let mut open: Vec<usize> = Vec::new();
        let close = |elements: &mut Vec<Element>, open: &mut Vec<usize>, depth: usize, at| {
            for el in open.drain(depth..) {
                elements[el].end = at;
            }
        };
        for (i, token) in tokens.iter().enumerate() {
            match token {
                Token::Start { name, attrs, .. } => {
                    // `<p>` ends at the next block, `<li>` at the next item.
                    if let Some(&top) = open.last() {
                        let top_name = elements[top].name.as_str();
                        if top_name == "p" && BLOCK.contains(&name.as_str())
                            || top_name == "li" && name == "li"
                        {
                            let depth = open.len() - 1;
                            close(&mut elements, &mut open, depth, i);
                        }
                    }
                    if VOID.contains(&name.as_str()) {
                        continue;
                    }
                    let parent = open.last().copied();
                    let attributes = attributes(html, attrs.clone());
                    let hides = is_boilerplate(name, &attributes);
                    let hidden = hides || parent.is_some_and(|p| elements[p].hidden);
                    starts[i] = Some(elements.len());
                    open.push(elements.len());
                    elements.push(Element {
                        name: name.clone(),
                        start: i,
                        end: tokens.len(),
                        parent,
                        hidden,
                        hides: hides && !parent.is_some_and(|p| elements[p].hidden),
                        names_the_site: class_words(&attributes)
                            .any(|w| matches!(w.as_str(), "site" | "logo" | "brand" | "masthead")),
                        text: 0,
                        total: 0,
                    });
                }
                Token::End { name, .. } => {
                    // An end tag closes an element at most SCOPE deep: a
                    // stray `</i>` under thousands of open tags must not
                    // cost a search through all of them.
                    let floor = open.len().saturating_sub(SCOPE);
                    if let Some(depth) = open[floor..]
                        .iter()
                        .rposition(|&el| elements[el].name == *name)
                    {
                        close(&mut elements, &mut open, floor + depth, i);
                    }
                }
                Token::Text(range) => {
                    if let Some(&top) = open.last() {
                        elements[top].text += html[range.clone()].trim().len();
                    }
                }
                Token::Raw { .. } => {}
            }
        }
        // Children come after their parents: sum subtree text bottom up.
        for el in (0..elements.len()).rev() {
            let e = &mut elements[el];
            e.total += e.text;
            let (total, hidden, parent) = (e.total, e.hidden, e.parent);
            if let (Some(p), false) = (parent, hidden) {
                elements[p].total += total;
            }
        }
        Tree { elements, starts }
    }

    /// The element holding the article's paragraphs: the deepest one
    /// holding at least [`MAIN_SHARE`]% of the text of the page's visible
    /// paragraphs (so paragraphs each wrapped in a `<div>` of their own are
    /// read together), widened to the `<article>` around it; `None` when
    /// the page has no paragraphs.
    fn main(&self) -> Option<usize> {
        // Each visible paragraph's text, summed up the tree bottom up
        // (children come after their parents): one pass, however deep the
        // page nests.
        let mut held: Vec<usize> = self
            .elements
            .iter()
            .map(|p| {
                if p.name == "p" && !p.hidden && p.total >= 25 {
                    p.total
                } else {
                    0
                }
            })
            .collect();
        for el in (0..held.len()).rev() {
            if let Some(parent) = self.elements[el].parent {
                held[parent] += held[el];
            }
        }
        let all: usize = self
            .elements
            .iter()
            .zip(&held)
            .filter(|(e, _)| e.parent.is_none())
            .map(|(_, &h)| h)
            .sum();
        if all == 0 {
            return None;
        }
        // Elements come in document order, a parent before its children:
        // the last one holding enough is the deepest.
        let best = (0..held.len())
            .rfind(|&el| self.elements[el].name != "p" && held[el] * 100 >= all * MAIN_SHARE)?;
        let mut at = Some(best);
        while let Some(el) = at {
            if self.elements[el].name == "article" {
                return Some(el);
            }
            at = self.elements[el].parent;
        }
        Some(best)
    }

    /// The page's `<h1>` when it lies outside `container` (inside it, it is
    /// read with the rest).
    fn headline(&self, container: Option<usize>) -> Option<usize> {
        let inside = |el: usize| {
            container.is_some_and(|c| {
                let (c, e) = (&self.elements[c], &self.elements[el]);
                c.start <= e.start && e.start < c.end
            })
        };
        let h1 = self
            .elements
            .iter()
            .position(|e| e.name == "h1" && !e.hidden && e.total > 0 && !e.names_the_site)?;
        (!inside(h1)).then_some(h1)
    }
}

/// True when the start tag `name` with these attributes begins a block
/// that is never article text.
fn is_boilerplate(name: &str, attributes: &[Attribute]) -> bool {
    if NEVER_TEXT.contains(&name) {
        return true;
    }
    let marked = attributes.iter().any(|a| match a.name.as_str() {
        "hidden" => true,
        "aria-hidden" => a.value == "true",
        "role" => matches!(
            a.value.as_str(),
            "navigation" | "complementary" | "banner" | "contentinfo" | "search"
        ),
        "class" | "id" => {
            let joined: String = a
                .value
                .to_ascii_lowercase()
                .chars()
                .filter(char::is_ascii_alphanumeric)
                .collect();
            BOILERPLATE_JOINED.iter().any(|w| joined.contains(w))
        }
        _ => false,
    });
    marked || class_words(attributes).any(|word| BOILERPLATE.contains(&word.as_str()))
}

/// The lower-case words of an element's class and id (`story-body__text`
/// gives `story`, `body`, `text`).
fn class_words(attributes: &[Attribute]) -> impl Iterator<Item = String> {
    attributes
        .iter()
        .filter(|a| a.name == "class" || a.name == "id")
        .flat_map(|a| a.value.split(|c: char| !c.is_ascii_alphanumeric()))
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
}

/// White space waiting to be written before the next text.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Gap {
    None,
    /// Spaces at this range of the file.
    Space(Range<usize>),
    /// A line break (`<br>`) at this offset.
    Line(usize),
    /// A paragraph break (a block's edge) at this offset.
    Break(usize),
}

impl Gap {
    fn rank(&self) -> u8 {
        match self {
            Gap::None => 0,
            Gap::Space(_) => 1,
            Gap::Line(_) => 2,
            Gap::Break(_) => 3,
        }
    }
}

/// Writes a page's text as a browser shows it.
struct Emitter<'a> {
    html: &'a str,
    out: MappedText,
    gap: Gap,
}

impl<'a> Emitter<'a> {
    fn new(html: &'a str) -> Self {
        Emitter {
            html,
            out: MappedText::new(),
            gap: Gap::None,
        }
    }

    /// Widen the pending gap (a second `<br>` makes a paragraph break).
    fn gap(&mut self, gap: Gap) {
        let gap = match (&self.gap, gap) {
            (Gap::Line(_), Gap::Line(at)) => Gap::Break(at),
            (_, gap) => gap,
        };
        if gap.rank() > self.gap.rank() {
            self.gap = gap;
        }
    }

    /// Write the pending gap, unless nothing has been written yet.
    fn flush(&mut self) {
        let gap = std::mem::replace(&mut self.gap, Gap::None);
        if self.out.text().is_empty() {
            return;
        }
        match gap {
            Gap::None => {}
            Gap::Space(range) if &self.html[range.clone()] == " " => {
                self.out.copy(" ", range.start);
            }
            Gap::Space(range) => self.out.replace(" ", range.start, range.len()),
            Gap::Line(at) => self.out.replace("\n", at, 0),
            Gap::Break(at) => self.out.replace("\n\n", at, 0),
        }
    }

    /// The text of `html[range]`.
    fn text(&mut self, range: Range<usize>) {
        let html = self.html;
        let bytes = html.as_bytes();
        let mut at = range.start;
        while at < range.end {
            let b = bytes[at];
            if b.is_ascii_whitespace() {
                let to = (at..range.end)
                    .find(|&i| !bytes[i].is_ascii_whitespace())
                    .unwrap_or(range.end);
                self.gap(Gap::Space(at..to));
                at = to;
            } else if b == b'&'
                && let Some((decoded, len)) = reference(&html[at..range.end])
            {
                self.flush();
                self.out.replace(&decoded, at, len);
                at += len;
            } else {
                let to = (at + 1..range.end)
                    .find(|&i| bytes[i].is_ascii_whitespace() || bytes[i] == b'&')
                    .unwrap_or(range.end);
                self.flush();
                self.out.copy(&html[at..to], at);
                at = to;
            }
        }
    }

    /// The text of element `el`, without its tags.
    fn element(&mut self, tree: &Tree, tokens: &[Token], el: usize) {
        let e = &tree.elements[el];
        self.tokens(tree, tokens, e.start + 1..e.end);
    }

    /// The text of `tokens[range]`, boilerplate skipped.
    fn tokens(&mut self, tree: &Tree, tokens: &[Token], range: Range<usize>) {
        let mut i = range.start;
        while i < range.end {
            match &tokens[i] {
                Token::Start {
                    name, range: tag, ..
                } => {
                    if let Some(el) = tree.starts[i]
                        && tree.elements[el].hides
                    {
                        // Past its end tag; but a start tag that closed it
                        // (`<p>` ended by `<div>`) is read.
                        let end = tree.elements[el].end.max(i + 1);
                        let own_end = matches!(
                            tokens.get(end),
                            Some(Token::End { name, .. }) if *name == tree.elements[el].name
                        );
                        i = end + usize::from(own_end);
                        self.gap(Gap::Break(tag.start));
                        continue;
                    }
                    match name.as_str() {
                        "br" => self.gap(Gap::Line(tag.start)),
                        name if BLOCK.contains(&name) => self.gap(Gap::Break(tag.start)),
                        _ => {}
                    }
                }
                Token::End { name, range: tag } if BLOCK.contains(&name.as_str()) => {
                    self.gap(Gap::Break(tag.start));
                }
                Token::Text(text) => self.text(text.clone()),
                _ => {}
            }
            i += 1;
        }
    }

    fn finish(mut self) -> MappedText {
        self.out.trim_end();
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A page with a site menu, a most-read aside, a headline outside the
    /// article body, entities and an inline link.
    const PAGE: &str = r#"<!DOCTYPE html>
<html><head><title>Blast in Marsk | Dunmore Herald</title>
<meta property="og:site_name" content="Dunmore Herald">
<meta property="article:published_time" content="2031-04-02T09:30:00+03:00">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<header class="site-header"><h1>Three killed in Marsk blast</h1></header>
<div class="story-body">
<p>A blast killed three people in Marsk on Tuesday, the
   police said.</p>
<p>&ldquo;It was a loud bang,&rdquo; a witness told the <a href="/x">Herald</a>.</p>
<div class="most-read"><p>Most read: 10 killed in Ardonia storm, officials say</p></div>
</div>
<footer><p>Copyright 2031 Dunmore Herald. All rights reserved worldwide.</p></footer>
</body></html>"#;

    #[test]
    fn main_text_keeps_the_headline_and_paragraphs_and_drops_boilerplate() {
        let read = read(PAGE);
        let article = &read.articles[0];
        assert_eq!(
            article.text,
            "Three killed in Marsk blast\n\n\
             A blast killed three people in Marsk on Tuesday, the police said.\n\n\
             \u{201c}It was a loud bang,\u{201d} a witness told the Herald."
        );
        assert_eq!(
            crate::corpus::formats::stated_outlet(article),
            Some("Dunmore Herald")
        );
        assert_eq!(
            article.meta.published.as_ref().map(|p| p.value.date),
            Some(jiff::civil::date(2031, 4, 2))
        );
    }

    #[test]
    fn every_span_maps_back_to_the_same_words_in_the_page() {
        let article = &read(PAGE).articles[0];
        for word in ["three people", "Tuesday", "police said", "Herald", "blast"] {
            let at = article.text.find(word).expect("in the text");
            let (start, end) = (article.map.start(at), article.map.end(at + word.len()));
            assert_eq!(&PAGE[start..end], word);
        }
        // Words across inline markup cover the markup in the file.
        let at = article.text.find("Herald.").expect("in the text");
        assert_eq!(
            &PAGE[article.map.start(at)..article.map.end(at + 7)],
            "Herald</a>."
        );
        // A decoded quote mark maps to its whole reference.
        let quote = article.text.find('\u{201c}').expect("opening quote");
        let (start, end) = (article.map.start(quote), article.map.end(quote + 3));
        assert_eq!(&PAGE[start..end], "&ldquo;");
        // Collapsed white space maps to the run it stands for.
        let space = article.text.find("the police").expect("joined line") + 3;
        let (start, end) = (article.map.start(space), article.map.end(space + 1));
        assert_eq!(&PAGE[start..end], "\n   ");
    }

    #[test]
    fn a_page_without_paragraphs_reads_its_body_and_a_page_without_text_is_a_problem() {
        let read = read("<html><body><div>Four injured in Dunmore</div></body></html>");
        assert_eq!(read.articles[0].text, "Four injured in Dunmore");
        let empty = super::read("<html><body><script>x()</script></body></html>");
        assert!(empty.articles.is_empty());
        assert_eq!(empty.problems.len(), 1);
    }

    #[test]
    fn paragraphs_each_in_their_own_wrappers_are_read_together() {
        let block = |text: &str| {
            format!("<div class=\"text-block\"><div class=\"rich\"><p>{text}</p></div></div>")
        };
        let page = format!(
            "<html><body><div class=\"story\">{}{}{}</div>\
             <div class=\"teaser\"><p>Weather: sunny spells all week.</p></div></body></html>",
            block("Fourteen people are missing after a ferry sank off Marsk."),
            block(
                "Rescuers pulled 63 survivors from the water overnight, the coastguard said in a statement on Sunday."
            ),
            block("The ferry carried 80 people."),
        );
        let text = &read(&page).articles[0].text;
        assert!(text.starts_with("Fourteen people are missing"), "{text}");
        assert!(text.ends_with("The ferry carried 80 people."), "{text}");
        assert!(!text.contains("Weather"), "{text}");
    }

    #[test]
    fn comments_ads_and_the_site_title_are_not_the_article() {
        let page = "<html><body><h1 class=\"site-title\">The Dravo Sentinel</h1>\
            <article><h2>Mine flooded</h2>\
            <p>Two miners are trapped in the Dravo mine, officials said on Monday.\
            <p class=\"ad-label\">Advertisement<div class=\"ad-slot\"><p>Win 500 euros today! 3 million players.</p></div>\
            <p>Rescue teams have reached the second level of the mine.</p>\
            <section id=\"discussion\"><ol class=\"comment-list\"><li class=\"comment\">\
            <p>Three miners are trapped, not two, my cousin works there.</p></li></ol></section>\
            </article></body></html>";
        let text = &read(page).articles[0].text;
        assert!(text.starts_with("Mine flooded"), "{text}");
        for absent in ["Dravo Sentinel", "Win 500", "Three miners"] {
            assert!(!text.contains(absent), "{absent}: {text}");
        }
        assert!(text.contains("Rescue teams"), "{text}");
    }

    #[test]
    fn a_title_from_og_title_keeps_a_span_for_each_word() {
        let page = "<html><head><meta property=\"og:title\" content=\"Five killed, 12 injured in Marsk\"></head>\
                    <body><p>Police gave no further details of the blast on Friday.</p></body></html>";
        let article = &read(page).articles[0];
        assert!(
            article
                .text
                .starts_with("Five killed, 12 injured in Marsk\n\n")
        );
        let at = article.text.find("12 injured").expect("words");
        assert_eq!(
            &page[article.map.start(at)..article.map.end(at + 10)],
            "12 injured"
        );
    }

    #[test]
    fn an_end_tag_looks_for_its_start_only_so_deep() {
        let deep = format!("<div>{}</div>", "<b>".repeat(SCOPE + 1));
        let tokens = tokenize(&deep, 0..deep.len());
        let tree = Tree::build(&deep, &tokens);
        // Too deep to close the `<div>`: it runs to the end.
        assert_eq!(tree.elements[0].end, tokens.len());
        let shallow = format!("<div>{}</div>", "<b>".repeat(SCOPE - 1));
        let tokens = tokenize(&shallow, 0..shallow.len());
        assert_eq!(
            Tree::build(&shallow, &tokens).elements[0].end,
            tokens.len() - 1
        );
    }

    #[test]
    fn line_breaks_and_two_breaks_make_paragraphs() {
        let text = fragment("One<br>two<br><br>three").finish().0;
        assert_eq!(text, "One\ntwo\n\nthree");
    }
}
