//! RSS 2.0 and Atom feeds: one article per `<item>` or `<entry>`.
//!
//! An item's text is its title, a paragraph break, then its fullest
//! content (`content:encoded`, Atom `content`, `description`, `summary`),
//! XML references decoded and escaped or CDATA HTML read as HTML, every byte
//! tied to the feed file. Its outlet is the item's `<source>`, else the
//! feed's own title; its date `pubDate`, `published`, `dc:date`, else
//! `updated`; its URL `link`. The XML is read with quick-xml.

use quick_xml::Reader;
use quick_xml::events::Event;

use super::{Article, Embedded, Problem, Read, Stated, date, html};
use crate::corpus::origin::MappedText;

/// Item elements whose text is the article's body, best first.
const CONTENT: [&str; 4] = ["content:encoded", "content", "description", "summary"];
/// Item elements that give the publication date, best first.
const DATES: [&str; 4] = ["pubDate", "published", "dc:date", "updated"];

/// One item's elements as read so far: each field's text tied to the file.
#[derive(Default)]
struct Item {
    /// (element name, its text, where it starts).
    fields: Vec<(String, MappedText, usize)>,
    /// An Atom `<link href>`.
    href: Option<String>,
}

impl Item {
    fn field(&self, name: &str) -> Option<&(String, MappedText, usize)> {
        self.fields
            .iter()
            .find(|(n, text, _)| n == name && !text.text().trim().is_empty())
    }
}

/// Read the items of a feed.
pub fn read(xml: &str) -> Read {
    let mut read = Read::default();
    let mut reader = Reader::from_str(xml);
    reader.config_mut().allow_dangling_amp = true;
    let mut path: Vec<String> = Vec::new();
    let mut feed_title: Option<(MappedText, usize)> = None;
    let mut item: Option<(Item, usize)> = None;
    let mut current: Option<(String, MappedText, usize)> = None;
    loop {
        let before = usize::try_from(reader.buffer_position()).unwrap_or(usize::MAX);
        let event = match reader.read_event() {
            Ok(event) => event,
            Err(e) => {
                read.problems.push(Problem {
                    offset: usize::try_from(reader.error_position()).unwrap_or(0),
                    message: format!("not a well-formed feed: {e}"),
                });
                break;
            }
        };
        let after = usize::try_from(reader.buffer_position()).unwrap_or(xml.len());
        let raw = xml.get(before..after).unwrap_or("");
        match event {
            Event::Start(tag) | Event::Empty(tag) => {
                let name = tag_name(&tag);
                let empty = raw.ends_with("/>");
                if matches!(name.as_str(), "item" | "entry") && item.is_none() {
                    item = Some((Item::default(), before));
                } else if let Some((it, depth)) = item.as_mut().map(|(it, _)| (it, path.len()))
                    && current.is_none()
                {
                    if name == "link" {
                        let rel = attribute(&tag, "rel");
                        if rel.is_none_or(|r| r == "alternate")
                            && let Some(href) = attribute(&tag, "href")
                        {
                            it.href.get_or_insert(href);
                        }
                    }
                    if !empty && path.last().is_some_and(|p| p == "item" || p == "entry")
                        || !empty
                            && depth > 0
                            && name == "title"
                            && path.last().is_some_and(|p| p == "source")
                    {
                        let key = if name == "title" && path.last().is_some_and(|p| p == "source") {
                            "source".to_string()
                        } else {
                            name.clone()
                        };
                        current = Some((key, MappedText::new(), after));
                    }
                } else if item.is_none()
                    && !empty
                    && name == "title"
                    && feed_title.is_none()
                    && path.last().is_some_and(|p| p == "channel" || p == "feed")
                {
                    current = Some(("feed-title".to_string(), MappedText::new(), after));
                }
                if !empty {
                    path.push(name);
                }
            }
            Event::End(tag) => {
                let name = {
                    let qname = tag.name();
                    let name: &str = qname.as_ref();
                    name.to_string()
                };
                path.pop();
                if let Some((key, text, at)) = current.take_if(|(key, _, _)| {
                    *key == name || key == "source" && name == "title" || key == "feed-title"
                }) {
                    match (&mut item, key.as_str()) {
                        (None, "feed-title") => feed_title = Some((text, at)),
                        (Some((it, _)), _) => it.fields.push((key, text, at)),
                        _ => {}
                    }
                } else if matches!(name.as_str(), "item" | "entry")
                    && let Some((it, at)) = item.take()
                {
                    let n = read.articles.len() + read.problems.len() + 1;
                    match article(&it, feed_title.as_ref(), n) {
                        Some(a) => read.articles.push(a),
                        None => read.problems.push(Problem {
                            offset: at,
                            message: format!("item {n}: no title or text"),
                        }),
                    }
                }
            }
            Event::Text(_) => {
                if let Some((_, text, _)) = current.as_mut() {
                    text.copy(raw, before);
                }
            }
            Event::CData(_) => {
                if let Some((_, text, _)) = current.as_mut() {
                    let inner = raw.get(9..raw.len().saturating_sub(3)).unwrap_or("");
                    text.copy(inner, before + 9);
                }
            }
            Event::GeneralRef(_) => {
                if let Some((_, text, _)) = current.as_mut() {
                    match reference(raw) {
                        Some(decoded) => text.replace(&decoded, before, raw.len()),
                        None => text.copy(raw, before),
                    }
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    read
}

/// The article of one item, or `None` when it has neither title nor text.
fn article(item: &Item, feed_title: Option<&(MappedText, usize)>, n: usize) -> Option<Article> {
    let mut body = MappedText::new();
    if let Some((_, title, _)) = item.field("title") {
        body.append(&as_text(title));
        body.replace("\n\n", title_end(title), 0);
    }
    if let Some((_, content, _)) = CONTENT.iter().find_map(|name| item.field(name)) {
        body.append(&as_text(content));
    }
    body.trim_end();
    if body.text().trim().is_empty() {
        return None;
    }
    let plain = |name: &str| {
        item.field(name)
            .map(|(_, t, at)| (as_text(t).text().to_string(), *at))
    };
    let outlet = plain("source")
        .or_else(|| feed_title.map(|(t, at)| (as_text(t).text().to_string(), *at)))
        .map(|(value, offset)| Stated { value, offset });
    let published = DATES.iter().find_map(|name| {
        let (text, offset) = plain(name)?;
        Some(Stated {
            value: date::published(&text)?,
            offset,
        })
    });
    let url = plain("link").map(|(t, _)| t).or_else(|| item.href.clone());
    let meta = Embedded {
        outlet,
        published,
        url,
    };
    Some(Article::new(body, meta, Some(format!("item {n}"))))
}

/// Where a title's text ends in the file (for the break after it).
fn title_end(title: &MappedText) -> usize {
    let (text, map) = (title.text(), title.map());
    map.end(text.len())
}

/// An element's text as prose: HTML read as HTML, white space trimmed.
fn as_text(field: &MappedText) -> MappedText {
    let mut out = if html::looks_like_html(field.text()) {
        let mut page = html::fragment(field.text());
        page.map_through(field.map());
        page
    } else {
        let mut plain = MappedText::new();
        plain.append(field);
        plain
    };
    out.trim_end();
    out.trim_start();
    out
}

/// An XML reference (`&amp;`, `&#8217;`, or an HTML name feeds use without
/// declaring it, `&nbsp;`), decoded.
fn reference(raw: &str) -> Option<String> {
    let name = raw.strip_prefix('&')?.strip_suffix(';')?;
    Some(match name {
        "lt" => "<".to_string(),
        "gt" => ">".to_string(),
        "amp" => "&".to_string(),
        "quot" => "\"".to_string(),
        "apos" => "'".to_string(),
        _ => return html::tokens::reference(raw).map(|(decoded, _)| decoded),
    })
}

fn tag_name(tag: &quick_xml::events::BytesStart) -> String {
    let qname = tag.name();
    let name: &str = qname.as_ref();
    name.to_string()
}

/// The value of attribute `name` of a tag, references decoded.
fn attribute(tag: &quick_xml::events::BytesStart, name: &str) -> Option<String> {
    tag.attributes()
        .flatten()
        .find(|a| {
            let key: &str = a.key.as_ref();
            key == name
        })
        .map(|a| html::tokens::decode(&a.value))
}

#[cfg(test)]
mod tests {
    use super::*;

    const RSS: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Marsk Wire</title><link>https://wire.example</link>
<item>
  <title>Three killed in Dunmore blast</title>
  <link>https://wire.example/1</link>
  <pubDate>Wed, 02 Apr 2031 09:30:00 +0300</pubDate>
  <description>&lt;p&gt;A blast killed three people &amp;amp; injured four.&lt;/p&gt;</description>
</item>
<item>
  <title>Storm in Ardonia</title>
  <source url="https://post.example/rss">Dunmore Post</source>
  <content:encoded><![CDATA[<p>Two people died, officials said.</p>]]></content:encoded>
</item>
</channel></rss>"#;

    #[test]
    fn rss_items_are_articles_with_spans_into_the_feed() {
        let read = read(RSS);
        assert!(read.problems.is_empty(), "{:?}", read.problems);
        let texts: Vec<&str> = read.articles.iter().map(|a| a.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Three killed in Dunmore blast\n\nA blast killed three people & injured four.",
                "Storm in Ardonia\n\nTwo people died, officials said."
            ]
        );
        let first = &read.articles[0];
        assert_eq!(
            first.meta.outlet.as_ref().map(|o| o.value.as_str()),
            Some("Marsk Wire")
        );
        assert_eq!(
            first.meta.published.as_ref().map(|p| p.value.date),
            Some(jiff::civil::date(2031, 4, 2))
        );
        assert_eq!(first.meta.url.as_deref(), Some("https://wire.example/1"));
        for (article, word) in [
            (first, "three people"),
            (&read.articles[1], "officials said"),
        ] {
            let at = article.text.find(word).expect("word");
            let span = article.map.start(at)..article.map.end(at + word.len());
            assert_eq!(&RSS[span], word);
        }
        let amp = first.text.find('&').expect("ampersand");
        assert_eq!(
            &RSS[first.map.start(amp)..first.map.end(amp + 1)],
            "&amp;amp;"
        );
        assert_eq!(
            read.articles[1]
                .meta
                .outlet
                .as_ref()
                .map(|o| o.value.as_str()),
            Some("Dunmore Post")
        );
    }

    #[test]
    fn atom_entries_and_a_broken_feed() {
        let atom = r#"<feed xmlns="http://www.w3.org/2005/Atom"><title>Herald</title>
<entry><title type="text">Four injured</title><link rel="alternate" href="https://h.example/4"/>
<published>2031-04-03T08:00:00Z</published><summary>Four people were injured.</summary></entry>
</feed>"#;
        let read = read(atom);
        assert_eq!(
            read.articles[0].text,
            "Four injured\n\nFour people were injured."
        );
        assert_eq!(
            read.articles[0].meta.url.as_deref(),
            Some("https://h.example/4")
        );
        let broken = super::read("<rss><channel><item><title>x</item></rss>");
        assert_eq!(broken.problems.len(), 1);
        assert!(
            broken.problems[0]
                .message
                .contains("not a well-formed feed")
        );
    }
}
