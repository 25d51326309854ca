//! WARC archives (Common Crawl News and the like): one article per HTML
//! response, read by the HTML reader. A gzipped archive is unpacked by the
//! loader first, and its offsets are then into the unpacked archive.
//!
//! Requests, metadata, images and other records that are not HTML are
//! skipped and counted; an HTML response whose payload is compressed or
//! chunked is a problem, reported, not read as text.

use std::ops::Range;

use super::{Problem, Read, html};

/// Read the HTML responses of a WARC archive.
pub fn read(archive: &str) -> Read {
    let mut read = Read::default();
    let mut at = 0;
    let mut n = 0;
    while at < archive.len() {
        let rest = &archive[at..];
        let skipped = rest.len() - rest.trim_start_matches(['\r', '\n']).len();
        at += skipped;
        if at >= archive.len() {
            break;
        }
        n += 1;
        let Some(record) = record(archive, at) else {
            read.problems.push(Problem {
                offset: at,
                message: format!(
                    "record {n}: not a WARC record (a `WARC/1.x` line, headers with a \
                     Content-Length, a blank line)"
                ),
            });
            break;
        };
        at = record.block.end;
        let kind = record.header("WARC-Type").unwrap_or_default();
        if !matches!(kind, "response" | "resource") {
            read.skipped += 1;
            continue;
        }
        match payload(archive, &record, kind) {
            Ok(Some(body)) => match html::page(archive, body) {
                Some((text, mut meta)) => {
                    if meta.url.is_none() {
                        meta.url = record.header("WARC-Target-URI").map(str::to_string);
                    }
                    read.articles.push(super::Article::new(
                        text,
                        meta,
                        Some(format!("record {n}")),
                    ));
                }
                None => read.problems.push(Problem {
                    offset: record.block.start,
                    message: format!("record {n}: no article text in the HTML response"),
                }),
            },
            Ok(None) => read.skipped += 1,
            Err(message) => read.problems.push(Problem {
                offset: record.block.start,
                message: format!("record {n}: {message}"),
            }),
        }
    }
    read
}

/// One WARC record: its headers and its block's range.
struct Record<'a> {
    headers: Vec<(&'a str, &'a str)>,
    block: Range<usize>,
}

impl<'a> Record<'a> {
    fn header(&self, name: &str) -> Option<&'a str> {
        header(&self.headers, name)
    }
}

fn header<'a>(headers: &[(&'a str, &'a str)], name: &str) -> Option<&'a str> {
    headers
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(name))
        .map(|(_, v)| *v)
}

/// The record starting at `at`, if one does.
fn record(archive: &str, at: usize) -> Option<Record<'_>> {
    let rest = &archive[at..];
    if !rest.starts_with("WARC/") {
        return None;
    }
    let (headers, body_at) = headers(rest)?;
    let length: usize = header(&headers, "Content-Length")?.trim().parse().ok()?;
    let start = at + body_at;
    let end = start.checked_add(length)?;
    // A length that ends inside a character is a broken record.
    archive.is_char_boundary(end).then_some(Record {
        headers,
        block: start..end,
    })
}

/// The header lines of `text` (after its first line) up to the first
/// blank line (`\r\n` or `\n` line ends), and where what follows starts.
fn headers(text: &str) -> Option<(Vec<(&str, &str)>, usize)> {
    let mut lines = Vec::new();
    let mut at = 0;
    loop {
        let end = at + text[at..].find('\n')?;
        let line = text[at..end].trim_end_matches('\r');
        if line.is_empty() {
            let headers = lines
                .into_iter()
                .skip(1)
                .filter_map(|line: &str| line.split_once(':'))
                .map(|(n, v)| (n.trim(), v.trim()))
                .collect();
            return Some((headers, end + 1));
        }
        lines.push(line);
        at = end + 1;
    }
}

/// The HTML payload of a response or resource record, `None` when it is
/// not HTML.
fn payload(archive: &str, record: &Record, kind: &str) -> Result<Option<Range<usize>>, String> {
    let block = &archive[record.block.clone()];
    if kind == "resource" {
        let html = record
            .header("Content-Type")
            .is_some_and(|t| t.contains("html"));
        return Ok(html.then(|| record.block.clone()));
    }
    if !block.starts_with("HTTP/") {
        return Ok(None);
    }
    let Some((http, body_at)) = headers(block) else {
        return Err("an HTTP response without the blank line after its headers".to_string());
    };
    if !header(&http, "Content-Type").is_some_and(|t| t.to_ascii_lowercase().contains("html")) {
        return Ok(None);
    }
    if let Some(encoding) = header(&http, "Content-Encoding").filter(|e| *e != "identity") {
        return Err(format!(
            "the HTML payload is {encoding}-compressed; not read"
        ));
    }
    if header(&http, "Transfer-Encoding").is_some_and(|e| e.contains("chunked")) {
        return Err("the HTML payload is chunked; not read".to_string());
    }
    Ok(Some(record.block.start + body_at..record.block.end))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A WARC record of `kind` with this block.
    fn record(kind: &str, block: &str) -> String {
        format!(
            "WARC/1.1\r\nWARC-Type: {kind}\r\nWARC-Target-URI: https://herald.example/a\r\n\
             Content-Length: {}\r\n\r\n{block}\r\n\r\n",
            block.len()
        )
    }

    #[test]
    fn html_responses_are_articles_and_other_records_are_counted() {
        let page = "<html><body><p>Five people were killed in Dunmore on Friday.</p></body></html>";
        let archive = [
            record("warcinfo", "software: test\r\n"),
            record("request", "GET /a HTTP/1.1\r\nHost: herald.example\r\n\r\n"),
            record(
                "response",
                &format!("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n{page}"),
            ),
            record(
                "response",
                "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\u{fffd}PNG",
            ),
        ]
        .concat();
        let read = read(&archive);
        assert!(read.problems.is_empty(), "{:?}", read.problems);
        assert_eq!(read.skipped, 3);
        let article = &read.articles[0];
        assert_eq!(
            article.text,
            "Five people were killed in Dunmore on Friday."
        );
        assert_eq!(article.part.as_deref(), Some("record 3"));
        assert_eq!(
            article.meta.url.as_deref(),
            Some("https://herald.example/a")
        );
        let at = article.text.find("Dunmore").expect("word");
        assert_eq!(
            &archive[article.map.start(at)..article.map.end(at + 7)],
            "Dunmore"
        );
    }

    #[test]
    fn compressed_payloads_and_garbage_are_problems() {
        let gz = record(
            "response",
            "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n\r\nxx",
        );
        let read = read(&format!("{gz}not a record"));
        assert_eq!(read.problems.len(), 2);
        assert!(read.problems[0].message.contains("gzip-compressed"));
        assert!(read.problems[1].message.contains("not a WARC record"));
    }
}
