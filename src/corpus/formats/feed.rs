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

/// The element whose text is being read, inside an item or the feed.
struct Field {
    /// Its name (`source` for an Atom `<source><title>`; `feed-title` for
    /// the feed's own title).
    key: String,
    /// Its text so far, tied to the file.
    text: MappedText,
    /// Where its content starts.
    at: usize,
    /// How many elements deep inside it the reader is.
    depth: usize,
}

/// Read the items of a feed.
pub fn read(xml: &str) -> Read {
    let mut read = Read::default();
    let mut reader = Reader::from_str(xml);
    reader.config_mut().allow_dangling_amp = true;
    let mut path: Vec<String> = Vec::new();
    let mut feed_title: Option<(MappedText, usize)> = None;
    let mut item: Option<(Item, usize)> = None;
    let mut field: Option<Field> = None;
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
        if let Some(f) = field.as_mut() {
            // Inside a field: markup (Atom `type="xhtml"`) is kept as
            // written, to be read as HTML; an Atom `<source>`'s `<title>`
            // is the source's name.
            let nested = match &event {
                Event::Start(tag) if f.key == "source" && tag_name(tag) == "title" => {
                    f.text = MappedText::new();
                    f.depth += 1;
                    true
                }
                Event::Start(_) => {
                    f.depth += 1;
                    true
                }
                Event::Empty(_) => true,
                Event::End(_) if f.depth > 0 => {
                    f.depth -= 1;
                    true
                }
                _ => false,
            };
            if nested {
                if f.key != "source" {
                    f.text.copy(raw, before);
                }
                continue;
            }
        }
        let empty = matches!(event, Event::Empty(_));
        match event {
            Event::Start(tag) | Event::Empty(tag) => {
                let name = tag_name(&tag);
                let parent = path.last().map(String::as_str);
                if matches!(name.as_str(), "item" | "entry") && item.is_none() {
                    item = Some((Item::default(), before));
                } else if let Some((it, _)) = item.as_mut() {
                    if name == "link"
                        && attribute(&tag, "rel").is_none_or(|r| r == "alternate")
                        && let Some(href) = attribute(&tag, "href")
                    {
                        it.href.get_or_insert(href);
                    }
                    if !empty && matches!(parent, Some("item" | "entry")) {
                        field = Some(Field {
                            key: name.clone(),
                            text: MappedText::new(),
                            at: after,
                            depth: 0,
                        });
                    }
                } else if !empty
                    && name == "title"
                    && feed_title.is_none()
                    && matches!(parent, Some("channel" | "feed"))
                {
                    field = Some(Field {
                        key: "feed-title".to_string(),
                        text: MappedText::new(),
                        at: after,
                        depth: 0,
                    });
                }
                if !empty {
                    path.push(name);
                }
            }
            Event::End(tag) => {
                path.pop();
                if let Some(f) = field.take() {
                    match item.as_mut() {
                        None => feed_title = Some((f.text, f.at)),
                        Some((it, _)) => it.fields.push((f.key, f.text, f.at)),
                    }
                } else if matches!(end_name(&tag).as_str(), "item" | "entry")
                    && let Some((it, at)) = item.take()
                {
                    let n = read.articles.len() + read.problems.len() + 1;
                    match article(&it, feed_title.as_ref(), n, &mut read.notes) {
                        Some(a) => read.articles.push(a),
                        None => read.problems.push(Problem {
                            offset: at,
                            message: format!("item {n}: no title or text"),
                        }),
                    }
                }
            }
            Event::Text(_) => {
                if let Some(f) = field.as_mut() {
                    f.text.copy(raw, before);
                }
            }
            Event::CData(_) => {
                if let Some(f) = field.as_mut() {
                    let inner = raw.get(9..raw.len().saturating_sub(3)).unwrap_or("");
                    f.text.copy(inner, before + 9);
                }
            }
            Event::GeneralRef(_) => {
                if let Some(f) = field.as_mut() {
                    match reference(raw) {
                        Some(decoded) => f.text.replace(&decoded, before, raw.len()),
                        None => f.text.copy(raw, before),
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
fn article(
    item: &Item,
    feed_title: Option<&(MappedText, usize)>,
    n: usize,
    notes: &mut Vec<Problem>,
) -> Option<Article> {
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
    let dates: Vec<(String, usize)> = DATES.iter().filter_map(|name| plain(name)).collect();
    let published = dates.iter().find_map(|(text, offset)| {
        Some(Stated {
            value: date::published(text)?,
            offset: *offset,
        })
    });
    if published.is_none()
        && let Some((text, offset)) = dates.first()
    {
        notes.push(Problem {
            offset: *offset,
            message: format!("item {n}: publication date {text:?} not read; the date is unknown"),
        });
    }
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

fn end_name(tag: &quick_xml::events::BytesEnd) -> String {
    let qname = tag.name();
    let name: &str = qname.as_ref();
    name.to_string()
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
            crate::corpus::formats::stated_outlet(first),
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
            crate::corpus::formats::stated_outlet(&read.articles[1]),
            Some("Dunmore Post")
        );
    }

    #[test]
    fn xhtml_content_keeps_its_paragraphs_and_an_unread_date_is_noted() {
        let atom = r#"<feed><entry><title>Storm</title><updated>soon</updated>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Power was cut.</p><p>Four people were missing.</p></div></content>
<source><title>Valley Post</title></source></entry></feed>"#;
        let read = read(atom);
        let article = &read.articles[0];
        assert_eq!(
            article.text,
            "Storm\n\nPower was cut.\n\nFour people were missing."
        );
        assert_eq!(
            crate::corpus::formats::stated_outlet(article),
            Some("Valley Post")
        );
        let at = article.text.find("Four").expect("word");
        assert_eq!(
            &atom[article.map.start(at)..article.map.end(at + 4)],
            "Four"
        );
        assert_eq!(read.notes.len(), 1);
        assert!(read.notes[0].message.contains("\"soon\" not read"));
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
