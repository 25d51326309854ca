//! JSON records: JSON Lines (one record a line), a JSON array of records,
//! or an object holding one (`{"articles": [...]}`, as news APIs answer),
//! or a single record. One article per record.
//!
//! Which field holds what is found among the names news APIs and dataset
//! dumps use (`text`, `body`, `content`, …; `source.name`, `publishedAt`,
//! …), or named with `--field text=…,outlet=…,published=…,url=…,title=…`.
//! The article text is the title, a paragraph break, then the text field,
//! every byte tied to the file (escapes decoded; HTML read as HTML).

use std::collections::HashMap;

use serde_json::value::RawValue;

use super::{Article, Embedded, Fields, Problem, Read, Stated, date, html};
use crate::corpus::origin::MappedText;

/// Field names tried for each slot, in order, when `--field` names none.
const TEXT: [&str; 7] = [
    "text",
    "body",
    "content",
    "article",
    "maintext",
    "full_text",
    "description",
];
const TITLE: [&str; 2] = ["title", "headline"];
const OUTLET: [&str; 7] = [
    "outlet",
    "source",
    "publisher",
    "source_name",
    "site_name",
    "source_domain",
    "domain",
];
const PUBLISHED: [&str; 9] = [
    "published",
    "published_at",
    "publishedAt",
    "date_publish",
    "datePublished",
    "pubDate",
    "publish_date",
    "date",
    "timestamp",
];
const URL: [&str; 3] = ["url", "link", "uri"];

/// Keys under which an object holds its records.
const CONTAINERS: [&str; 5] = ["articles", "items", "records", "data", "results"];

/// Read the records of a JSON or JSON Lines file.
pub fn read(text: &str, fields: &Fields) -> Read {
    let mut read = Read::default();
    let body = text.trim_start_matches('\u{feff}').trim_start();
    match serde_json::from_str::<&RawValue>(body) {
        Ok(whole) if is_report(whole) => read.problems.push(Problem {
            offset: offset_of(text, body).unwrap_or(0),
            message: "a claimcheck report, not articles".to_string(),
        }),
        Ok(whole) => match records(whole, fields) {
            Some(items) => {
                for (k, record) in items.into_iter().enumerate() {
                    let part = format!("record {}", k + 1);
                    one(text, record, fields, Some(part), &mut read);
                }
            }
            None => one(text, whole, fields, None, &mut read),
        },
        // JSON Lines: some line is a whole record (a broken first line must
        // not lose the rest).
        Err(_) if some_line_is_a_record(body) => {
            let mut offset = 0;
            for (n, line) in text.split_inclusive('\n').enumerate() {
                let start = offset;
                offset += line.len();
                let trimmed = line.trim();
                if trimmed.is_empty() {
                    continue;
                }
                match serde_json::from_str::<&RawValue>(trimmed) {
                    Ok(record) => {
                        let part = format!("line {}", n + 1);
                        one(text, record, fields, Some(part), &mut read);
                    }
                    Err(e) => read.problems.push(Problem {
                        offset: start
                            + line.find(trimmed).unwrap_or(0)
                            + e.column().saturating_sub(1),
                        message: format!("line {}: not a JSON record: {e}", n + 1),
                    }),
                }
            }
        }
        Err(e) => read.problems.push(Problem {
            offset: offset_of(text, body).unwrap_or(0) + line_offset(body, e.line(), e.column()),
            message: format!("not JSON: {e}"),
        }),
    }
    read
}

/// True when a line of `body` is a JSON object on its own (JSON Lines),
/// not a part of one pretty-printed object.
fn some_line_is_a_record(body: &str) -> bool {
    body.lines().any(|line| {
        let line = line.trim();
        line.starts_with('{') && serde_json::from_str::<&RawValue>(line).is_ok()
    })
}

/// True for claimcheck's own JSON reports (read back from a folder).
fn is_report(whole: &RawValue) -> bool {
    serde_json::from_str::<HashMap<String, &RawValue>>(whole.get())
        .is_ok_and(|o| o.contains_key("schema_version") && o.contains_key("documents"))
}

/// The records a whole JSON value holds, or `None` when it is one record
/// (an object with a text field is one, whatever arrays it holds).
fn records<'a>(whole: &'a RawValue, fields: &Fields) -> Option<Vec<&'a RawValue>> {
    if let Ok(items) = serde_json::from_str::<Vec<&RawValue>>(whole.get()) {
        return Some(items);
    }
    if let Ok(object) = serde_json::from_str::<HashMap<String, &RawValue>>(whole.get()) {
        if names(&fields.text, &TEXT).any(|name| lookup(&object, name).is_some()) {
            return None;
        }
        for key in CONTAINERS {
            if let Some(items) = object
                .get(key)
                .and_then(|v| serde_json::from_str::<Vec<&RawValue>>(v.get()).ok())
            {
                return Some(items);
            }
        }
    }
    None
}

/// Read one record into an article, or a problem.
fn one(file: &str, record: &RawValue, fields: &Fields, part: Option<String>, read: &mut Read) {
    let what = part.clone().unwrap_or_else(|| "the record".to_string());
    let at = offset_of(file, record.get()).unwrap_or(0);
    let Ok(object) = serde_json::from_str::<HashMap<String, &RawValue>>(record.get()) else {
        read.problems.push(Problem {
            offset: at,
            message: format!("{what}: not a JSON object"),
        });
        return;
    };
    // The first field of each slot's names that gives a usable value (a
    // `null` source or an unreadable date lets the next name speak).
    let first = |named: &Option<String>, defaults: &[&str], usable: &dyn Fn(&RawValue) -> bool| {
        names(named, defaults).find_map(|name| lookup(&object, name).filter(|v| usable(v)))
    };
    let text_of = |v: &RawValue| string(file, v).is_some();
    let Some(text) = first(&fields.text, &TEXT, &text_of).and_then(|v| string(file, v)) else {
        let tried = fields.text.clone().unwrap_or_else(|| TEXT.join(", "));
        read.problems.push(Problem {
            offset: at,
            message: format!(
                "{what}: no article text (looked for a string field {tried}; \
                 --field text=NAME names it)"
            ),
        });
        return;
    };
    let mut body = MappedText::new();
    if let Some(title) = first(&fields.title, &TITLE, &text_of).and_then(|v| string(file, v)) {
        let end = title.end;
        body.append(&title.read());
        body.replace("\n\n", end, 0);
    }
    body.append(&text.read());
    body.trim_end();
    if body.text().trim().is_empty() {
        read.problems.push(Problem {
            offset: text.start,
            message: format!("{what}: the text field is empty"),
        });
        return;
    }
    let outlet_of = |v: &RawValue| {
        let named = serde_json::from_str::<HashMap<String, &RawValue>>(v.get())
            .ok()
            .and_then(|o| o.get("name").copied());
        let s = string(file, named.unwrap_or(v))?;
        let value = s.decoded.trim().to_string();
        (!value.is_empty()).then_some(Stated {
            value,
            offset: s.start,
        })
    };
    let date_of = |v: &RawValue| {
        let s = string(file, v)?;
        Some(Stated {
            value: date::published(&s.decoded)?,
            offset: s.start,
        })
    };
    let outlet = first(&fields.outlet, &OUTLET, &|v| outlet_of(v).is_some()).and_then(outlet_of);
    let published =
        first(&fields.published, &PUBLISHED, &|v| date_of(v).is_some()).and_then(date_of);
    let url = first(&fields.url, &URL, &text_of)
        .and_then(|v| string(file, v))
        .map(|s| s.decoded);
    let meta = Embedded {
        outlet,
        published,
        url,
    };
    read.articles.push(Article::new(body, meta, part));
}

/// The field names to try for a slot: the one `--field` names, else the
/// usual ones.
fn names<'a>(named: &'a Option<String>, defaults: &'a [&'a str]) -> impl Iterator<Item = &'a str> {
    named
        .as_deref()
        .map_or_else(|| defaults.to_vec(), |name| vec![name])
        .into_iter()
}

/// The value at a dotted path (`source.name`) of an object.
fn lookup<'a>(object: &HashMap<String, &'a RawValue>, path: &str) -> Option<&'a RawValue> {
    let (first, rest) = match path.split_once('.') {
        Some((first, rest)) => (first, Some(rest)),
        None => (path, None),
    };
    let value = *object.get(first)?;
    match rest {
        None => Some(value),
        Some(rest) => {
            let inner = serde_json::from_str::<HashMap<String, &'a RawValue>>(value.get()).ok()?;
            lookup(&inner, rest)
        }
    }
}

/// A JSON string value of the file, with where it lies.
struct JsonString<'a> {
    /// Its bytes in the file, quotes included.
    raw: &'a str,
    /// Where `raw` starts in the file.
    start: usize,
    /// One past its last byte.
    end: usize,
    /// Its value.
    decoded: String,
}

/// `value` when it is a JSON string of `file`.
fn string<'a>(file: &str, value: &'a RawValue) -> Option<JsonString<'a>> {
    let raw = value.get();
    let decoded = serde_json::from_str::<String>(raw).ok()?;
    let start = offset_of(file, raw)?;
    Some(JsonString {
        raw,
        start,
        end: start + raw.len(),
        decoded,
    })
}

impl JsonString<'_> {
    /// The string's text tied to the file: escapes decoded, HTML read.
    fn read(&self) -> MappedText {
        let mut out = MappedText::new();
        let inner = &self.raw[1..self.raw.len() - 1];
        let base = self.start + 1;
        let mut at = 0;
        while at < inner.len() {
            let Some(i) = inner[at..].find('\\') else {
                out.copy(&inner[at..], base + at);
                break;
            };
            out.copy(&inner[at..at + i], base + at);
            at += i;
            let (decoded, len) = escape(&inner[at..]);
            out.replace(&decoded, base + at, len);
            at += len;
        }
        if html::looks_like_html(out.text()) {
            let (text, map) = out.finish();
            let mut page = html::fragment(&text);
            page.map_through(&map);
            return page;
        }
        out
    }
}

/// The escape at the start of `text` (`\n`, `\u00e9`, a surrogate pair),
/// decoded, with its length.
fn escape(text: &str) -> (String, usize) {
    let bytes = text.as_bytes();
    let simple = |c: char| (c.to_string(), 2);
    match bytes.get(1) {
        Some(b'n') => simple('\n'),
        Some(b't') => simple('\t'),
        Some(b'r') => simple('\r'),
        Some(b'b') => simple('\u{8}'),
        Some(b'f') => simple('\u{c}'),
        Some(b'u') => {
            let unit = |at: usize| {
                text.get(at..at + 4)
                    .and_then(|h| u32::from_str_radix(h, 16).ok())
            };
            match unit(2) {
                Some(high @ 0xd800..=0xdbff) if text.get(6..8) == Some("\\u") => match unit(8) {
                    Some(low @ 0xdc00..=0xdfff) => {
                        let code = 0x10000 + ((high - 0xd800) << 10) + (low - 0xdc00);
                        (char::from_u32(code).unwrap_or('\u{fffd}').to_string(), 12)
                    }
                    _ => ('\u{fffd}'.to_string(), 6),
                },
                Some(code) => (char::from_u32(code).unwrap_or('\u{fffd}').to_string(), 6),
                None => ('\u{fffd}'.to_string(), 2),
            }
        }
        Some(&b) if b.is_ascii() => simple(char::from(b)),
        _ => (String::new(), 1),
    }
}

/// Where `part` (a slice of `file`) starts in `file`.
pub(super) fn offset_of(file: &str, part: &str) -> Option<usize> {
    let at = (part.as_ptr() as usize).checked_sub(file.as_ptr() as usize)?;
    (at + part.len() <= file.len()).then_some(at)
}

/// The byte offset of a 1-based line and column in `text`.
fn line_offset(text: &str, line: usize, column: usize) -> usize {
    let start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    (start + column.saturating_sub(1)).min(text.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(read: &Read) -> Vec<&str> {
        read.articles.iter().map(|a| a.text.as_str()).collect()
    }

    #[test]
    fn json_lines_give_one_article_a_record_with_spans_into_the_file() {
        let file = "{\"source\": \"Marsk Wire\", \"text\": \"Three \\\"killed\\\"\\nin Marsk\", \"date\": \"2031-04-02\"}\n\
                    \n\
                    {\"source\": {\"name\": \"Dunmore Post\"}, \"text\": \"Four killed in Marsk\"}\n";
        let read = read(file, &Fields::default());
        assert!(read.problems.is_empty(), "{:?}", read.problems);
        assert_eq!(
            texts(&read),
            ["Three \"killed\"\nin Marsk", "Four killed in Marsk"]
        );
        let first = &read.articles[0];
        assert_eq!(first.part.as_deref(), Some("line 1"));
        assert_eq!(read.articles[1].part.as_deref(), Some("line 3"));
        let outlet = first.meta.outlet.as_ref().expect("outlet");
        assert_eq!(outlet.value, "Marsk Wire");
        assert_eq!(&file[outlet.offset..outlet.offset + 6], "\"Marsk");
        assert_eq!(
            crate::corpus::formats::stated_outlet(&read.articles[1]),
            Some("Dunmore Post")
        );
        let at = first.text.find("killed").expect("word");
        let span = first.map.start(at)..first.map.end(at + 6);
        assert_eq!(&file[span], "killed");
        let quote = first.text.find('"').expect("quote");
        assert_eq!(
            &file[first.map.start(quote)..first.map.end(quote + 1)],
            "\\\""
        );
    }

    #[test]
    fn an_api_answer_and_named_fields() {
        let file = r#"{"status": "ok", "articles": [
  {"headline": "Blast in Dunmore", "story": {"body": "Two injured."}, "meta": {"when": "2031-04-02"}}
]}"#;
        let fields = Fields::parse("text=story.body,published=meta.when").expect("spec");
        let read = read(file, &fields);
        assert_eq!(texts(&read), ["Blast in Dunmore\n\nTwo injured."]);
        assert_eq!(read.articles[0].part.as_deref(), Some("record 1"));
        assert_eq!(
            read.articles[0]
                .meta
                .published
                .as_ref()
                .map(|p| p.value.date),
            Some(jiff::civil::date(2031, 4, 2))
        );
    }

    #[test]
    fn bad_records_are_problems_with_offsets_and_the_rest_is_read() {
        let file = "{\"text\": \"One killed.\"}\n{\"text\": oops}\n{\"title\": \"No text\"}\n";
        let read = read(file, &Fields::default());
        assert_eq!(texts(&read), ["One killed."]);
        assert_eq!(read.problems.len(), 2);
        assert!(read.problems[0].message.starts_with("line 2:"));
        assert_eq!(
            &file[read.problems[0].offset..read.problems[0].offset + 4],
            "oops"
        );
        assert!(read.problems[1].message.contains("no article text"));
    }

    #[test]
    fn unusable_fields_let_the_next_name_speak_and_arrays_do_not_hide_a_record() {
        let file = r#"{"source": null, "publisher": "Lund Times", "published": "soon",
            "publishedAt": "2031-04-02", "text": "Seven people were killed.", "data": []}"#;
        let read = read(file, &Fields::default());
        assert!(read.problems.is_empty(), "{:?}", read.problems);
        let meta = &read.articles[0].meta;
        assert_eq!(
            meta.outlet.as_ref().map(|o| o.value.as_str()),
            Some("Lund Times")
        );
        assert_eq!(
            meta.published.as_ref().map(|p| p.value.date),
            Some(jiff::civil::date(2031, 4, 2))
        );
        assert_eq!(read.articles[0].part, None);
    }

    #[test]
    fn a_broken_pretty_printed_record_is_one_error_at_its_place_and_reports_are_not_articles() {
        let file = "{\n  \"title\": \"x\",\n  \"text\": \"y\",\n}\n";
        let read = read(file, &Fields::default());
        assert_eq!(read.problems.len(), 1, "{:?}", read.problems);
        assert!(read.problems[0].message.starts_with("not JSON"));
        assert_eq!(&file[read.problems[0].offset..], "}\n");
        let report = r#"{"schema_version": 1, "documents": [{"story": "s0"}]}"#;
        let read = super::read(report, &Fields::default());
        assert!(read.articles.is_empty());
        assert!(read.problems[0].message.contains("claimcheck report"));
    }

    #[test]
    fn a_broken_first_line_does_not_lose_the_records_after_it() {
        let file = "{\"text\": \"Two killed\n{\"text\": \"Three people were killed.\"}\n";
        let read = read(file, &Fields::default());
        assert_eq!(texts(&read), ["Three people were killed."]);
        assert_eq!(read.problems.len(), 1);
        assert!(read.problems[0].message.starts_with("line 1:"));
    }

    #[test]
    fn escapes_and_surrogate_pairs_decode() {
        assert_eq!(escape("\\u00e9x"), ("é".to_string(), 6));
        assert_eq!(escape("\\ud83d\\ude00"), ("😀".to_string(), 12));
        assert_eq!(escape("\\/"), ("/".to_string(), 2));
    }

    #[test]
    fn html_in_a_text_field_is_read_as_html() {
        let file = r#"{"text": "<p>Five killed &amp; two hurt.</p><p>Police said.</p>"}"#;
        let read = read(file, &Fields::default());
        let article = &read.articles[0];
        assert_eq!(article.text, "Five killed & two hurt.\n\nPolice said.");
        let at = article.text.find("two hurt").expect("words");
        assert_eq!(
            &file[article.map.start(at)..article.map.end(at + 8)],
            "two hurt"
        );
    }
}
