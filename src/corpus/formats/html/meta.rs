//! What a page says about itself: its publisher, publication date, address
//! and title, from JSON-LD (`NewsArticle` and its kin), Open Graph and
//! `article:` properties, `<meta name>` conventions, `itemprop`, and
//! `<link rel="canonical">`. Structured data wins over meta tags.

use std::ops::Range;

use serde_json::Value;

use super::tokens::{Token, attributes};
use crate::corpus::formats::{Embedded, Stated, date};

/// A title the page states in an attribute.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Title {
    /// The decoded title.
    pub value: String,
    /// The attribute value's bytes.
    pub raw: Range<usize>,
}

/// The page's metadata and its stated title.
#[derive(Debug, Default)]
pub struct PageMeta {
    /// Outlet, date, URL.
    pub embedded: Embedded,
    /// `og:title` or `twitter:title`, for a page without an `<h1>`.
    pub title: Option<Title>,
}

/// `<meta>` names and properties that give the publication date, best
/// first.
const DATE_KEYS: [&str; 10] = [
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "publishdate",
    "publish-date",
    "pubdate",
    "date",
    "dc.date",
    "dcterms.created",
    "parsely-pub-date",
];

/// The metadata stated in a page's tokens.
pub fn stated(html: &str, tokens: &[Token]) -> PageMeta {
    let mut meta = PageMeta::default();
    // Candidates with their rank (lower wins) and offset.
    let mut outlet: Option<(usize, Stated<String>)> = None;
    let mut published: Option<(usize, Stated<crate::corpus::Published>)> = None;
    let mut url: Option<(usize, String)> = None;
    for token in tokens {
        match token {
            Token::Start { name, attrs, range } if name == "meta" => {
                let attrs = attributes(html, attrs.clone());
                let get = |key: &str| attrs.iter().find(|a| a.name == key);
                let Some(content) = get("content") else {
                    continue;
                };
                let key = ["property", "name", "itemprop"]
                    .iter()
                    .find_map(|k| get(k))
                    .map(|a| a.value.to_ascii_lowercase())
                    .unwrap_or_default();
                let value = content.value.trim();
                let at = range.start;
                match key.as_str() {
                    "og:site_name" if !value.is_empty() => {
                        offer(&mut outlet, 1, stated_at(value.to_string(), at));
                    }
                    "og:url" if !value.is_empty() => offer(&mut url, 2, value.to_string()),
                    "og:title" | "twitter:title" if meta.title.is_none() && !value.is_empty() => {
                        meta.title = Some(Title {
                            value: value.to_string(),
                            raw: content.raw.clone(),
                        });
                    }
                    key => {
                        if let Some(rank) = DATE_KEYS.iter().position(|k| *k == key)
                            && let Some(found) = date::published(value)
                        {
                            offer(&mut published, 1 + rank, stated_at(found, at));
                        }
                    }
                }
            }
            Token::Start { name, attrs, range } if name == "link" => {
                let attrs = attributes(html, attrs.clone());
                let is = |k: &str, v: &str| attrs.iter().any(|a| a.name == k && a.value == v);
                if is("rel", "canonical")
                    && let Some(href) = attrs.iter().find(|a| a.name == "href")
                {
                    let _ = range;
                    offer(&mut url, 1, href.value.trim().to_string());
                }
            }
            Token::Raw { name, content } if name == "script" => {
                if let Some(article) = json_ld(&html[content.clone()]) {
                    let at = content.start;
                    if let Some(name) = article.outlet {
                        offer(&mut outlet, 0, stated_at(name, at));
                    }
                    if let Some(found) = article.published {
                        offer(&mut published, 0, stated_at(found, at));
                    }
                    if let Some(address) = article.url {
                        offer(&mut url, 3, address);
                    }
                }
            }
            _ => {}
        }
    }
    meta.embedded = Embedded {
        outlet: outlet.map(|(_, v)| v),
        published: published.map(|(_, v)| v),
        url: url.map(|(_, v)| v),
    };
    meta
}

/// Keep `value` in `slot` when its rank is better (lower) than the kept one's.
fn offer<T>(slot: &mut Option<(usize, T)>, rank: usize, value: T) {
    if slot.as_ref().is_none_or(|(r, _)| rank < *r) {
        *slot = Some((rank, value));
    }
}

fn stated_at<T>(value: T, offset: usize) -> Stated<T> {
    Stated { value, offset }
}

/// What a JSON-LD article object says.
#[derive(Debug, Default, PartialEq)]
struct LinkedArticle {
    outlet: Option<String>,
    published: Option<crate::corpus::Published>,
    url: Option<String>,
}

/// Schema.org types that are an article.
const ARTICLE_TYPES: [&str; 7] = [
    "NewsArticle",
    "Article",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "BackgroundNewsArticle",
    "BlogPosting",
    "LiveBlogPosting",
];

/// The article a JSON-LD script describes (at the top, in an array, or in
/// an `@graph`), if it is valid JSON and describes one.
fn json_ld(script: &str) -> Option<LinkedArticle> {
    let value: Value = serde_json::from_str(script.trim()).ok()?;
    let mut candidates = vec![&value];
    let mut nodes = Vec::new();
    while let Some(v) = candidates.pop() {
        match v {
            Value::Array(items) => candidates.extend(items.iter().rev()),
            Value::Object(map) => {
                if let Some(Value::Array(graph)) = map.get("@graph") {
                    candidates.extend(graph.iter().rev());
                }
                nodes.push(v);
            }
            _ => {}
        }
    }
    let article = nodes
        .iter()
        .filter_map(|n| n.as_object())
        .find(|map| is_article(map.get("@type")))?;
    let text = |v: Option<&Value>| match v {
        Some(Value::String(s)) => Some(s.trim().to_string()).filter(|s| !s.is_empty()),
        Some(Value::Object(o)) => o
            .get("name")
            .and_then(Value::as_str)
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty()),
        Some(Value::Array(items)) => items
            .first()
            .and_then(|i| i.get("name")?.as_str())
            .map(str::to_string),
        _ => None,
    };
    // A publisher given as a reference (`{"@id": "…#organization"}`) is
    // the node of the graph with that id.
    let publisher = article.get("publisher").and_then(|p| match text(Some(p)) {
        Some(name) => Some(name),
        None => {
            let id = p.get("@id")?.as_str()?;
            let node = nodes
                .iter()
                .find(|n| n.get("@id").and_then(Value::as_str) == Some(id))?;
            text(node.get("name").map(|_| *node))
        }
    });
    let address = |v: Option<&Value>| match v {
        Some(Value::String(s)) => Some(s.trim().to_string()).filter(|s| !s.is_empty()),
        Some(Value::Object(o)) => o.get("@id").and_then(Value::as_str).map(str::to_string),
        _ => None,
    };
    Some(LinkedArticle {
        outlet: publisher,
        published: article
            .get("datePublished")
            .and_then(Value::as_str)
            .and_then(date::published),
        url: address(article.get("url")).or_else(|| address(article.get("mainEntityOfPage"))),
    })
}

fn is_article(kind: Option<&Value>) -> bool {
    match kind {
        Some(Value::String(s)) => ARTICLE_TYPES.contains(&s.as_str()),
        Some(Value::Array(kinds)) => kinds.iter().any(|k| is_article(Some(k))),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn of(html: &str) -> PageMeta {
        stated(html, &tokenize(html, 0..html.len()))
    }

    #[test]
    fn json_ld_wins_over_open_graph() {
        let html = r#"<head>
<meta property="og:site_name" content="Herald Online">
<meta property="article:published_time" content="2031-04-03">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
 {"@type":"WebSite","name":"x"},
 {"@type":["NewsArticle"],"datePublished":"2031-04-02T22:10:00-04:00",
  "publisher":{"@type":"Organization","name":"Dunmore Herald"},
  "mainEntityOfPage":{"@id":"https://herald.example/a"}}]}</script>
<link rel="canonical" href="https://herald.example/canonical">
</head>"#;
        let meta = of(html).embedded;
        let outlet = meta.outlet.expect("outlet");
        assert_eq!(outlet.value, "Dunmore Herald");
        assert!(html[outlet.offset..].starts_with("{\"@context\""));
        assert_eq!(
            meta.published.map(|p| p.value.date),
            Some(jiff::civil::date(2031, 4, 2))
        );
        assert_eq!(
            meta.url.as_deref(),
            Some("https://herald.example/canonical")
        );
    }

    #[test]
    fn a_publisher_by_reference_is_the_named_node() {
        let html = r#"<meta property="og:site_name" content="Courier Online">
<script type="application/ld+json">{"@graph":[
 {"@type":"Organization","@id":"https://courier.example/#org","name":"Ostrava Courier"},
 {"@type":"NewsArticle","publisher":{"@id":"https://courier.example/#org"}}]}</script>"#;
        let outlet = of(html).embedded.outlet.expect("outlet");
        assert_eq!(outlet.value, "Ostrava Courier");
        let bare = r#"<meta property="og:site_name" content="Courier Online">
<script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@id":"https://x.example/none"}}</script>"#;
        assert_eq!(
            of(bare).embedded.outlet.map(|o| o.value).as_deref(),
            Some("Courier Online")
        );
    }

    #[test]
    fn meta_tags_alone_and_broken_json_ld() {
        let html = r#"<meta name="pubdate" content="2031-04-05">
<meta property="og:title" content="Storm hits Ardonia">
<script type="application/ld+json">{ not json</script>"#;
        let meta = of(html);
        assert_eq!(
            meta.embedded.published.map(|p| p.value.date),
            Some(jiff::civil::date(2031, 4, 5))
        );
        assert!(meta.embedded.outlet.is_none());
        let title = meta.title.expect("title");
        assert_eq!(&html[title.raw], "Storm hits Ardonia");
    }
}
