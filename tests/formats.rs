//! Article formats end to end: a folder mixing plain text, an HTML page,
//! JSON Lines records and an RSS feed gives the same claims as the same
//! articles written as plain text, and every claim's span and `line:col`
//! point into the original file. Then each format's flags and errors.

mod common;

use std::collections::BTreeMap;
use std::fs;
use std::io::Write;
use std::path::Path;

use claimcheck::corpus::formats::html::tokens::decode;
use common::{claimcheck, claimcheck_in, root, stderr, stdout};
use serde_json::Value;

/// `claims --format json` of `path`, parsed.
fn claims_json(path: &Path) -> Value {
    let out = claimcheck(&["claims", "--format", "json", path.to_str().expect("utf-8")]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    serde_json::from_str(&stdout(&out)).expect("json")
}

/// Each outlet's claims, as what they say (not where).
fn by_outlet(report: &Value) -> BTreeMap<String, Vec<String>> {
    let outlets: BTreeMap<&str, &str> = report["documents"]
        .as_array()
        .expect("documents")
        .iter()
        .map(|d| {
            (
                d["id"].as_str().expect("id"),
                d["outlet"].as_str().expect("outlet"),
            )
        })
        .collect();
    let mut out: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for claim in report["claims"].as_array().expect("claims") {
        let outlet = outlets[claim["doc"].as_str().expect("doc")];
        out.entry(outlet.to_string()).or_default().push(format!(
            "{} {} {:?} {} {} {}",
            claim["kind"],
            claim["measure"],
            claim["text"],
            claim["value"],
            claim["attribution"],
            claim["sentence"]
        ));
    }
    out
}

#[test]
fn a_mixed_folder_gives_the_same_claims_as_the_articles_as_text() {
    let text = claims_json(&root().join("tests/formats/text"));
    let mixed = claims_json(&root().join("tests/formats/mixed"));
    let (text, mixed) = (by_outlet(&text), by_outlet(&mixed));
    assert_eq!(text.len(), 5, "five outlets: {:?}", text.keys());
    assert!(text.values().map(Vec::len).sum::<usize>() >= 20);
    assert_eq!(text, mixed);
}

/// What a reader shows of `raw` (a slice of a file in the format its
/// extension names): tags dropped, references and escapes decoded, white
/// space collapsed.
fn shown(raw: &str, extension: &str) -> String {
    let tags = regex::Regex::new(r"<[^>]*>").expect("regex");
    let text = match extension {
        "html" => decode(&tags.replace_all(raw, " ")),
        // XML references first, then the HTML they escaped.
        "rss" => decode(&tags.replace_all(&decode(raw), " ")),
        "jsonl" => serde_json::from_str::<String>(&format!("\"{raw}\"")).expect("json string"),
        _ => raw.to_string(),
    };
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn every_span_and_position_points_into_the_original_file() {
    let report = claims_json(&root().join("tests/formats/mixed"));
    let paths: BTreeMap<&str, &str> = report["documents"]
        .as_array()
        .expect("documents")
        .iter()
        .map(|d| {
            (
                d["id"].as_str().expect("id"),
                d["path"].as_str().expect("path"),
            )
        })
        .collect();
    let mut checked = BTreeMap::<String, usize>::new();
    for claim in report["claims"].as_array().expect("claims") {
        let path = paths[claim["doc"].as_str().expect("doc")];
        let file = fs::read_to_string(root().join(path)).expect("read");
        let (start, end) = (
            claim["span"]["start"].as_u64().expect("start") as usize,
            claim["span"]["end"].as_u64().expect("end") as usize,
        );
        let extension = path.rsplit('.').next().expect("extension");
        let want: String = claim["text"]
            .as_str()
            .expect("text")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        assert_eq!(
            shown(&file[start..end], extension),
            want,
            "{path} {start}..{end}"
        );
        // The line and column are those of the start in the file.
        let before = &file[..start];
        let line = before.matches('\n').count() + 1;
        let col = before.rsplit('\n').next().expect("line").chars().count() + 1;
        assert_eq!(
            (claim["line"].as_u64(), claim["col"].as_u64()),
            (Some(line as u64), Some(col as u64))
        );
        *checked.entry(extension.to_string()).or_default() += 1;
    }
    for format in ["txt", "html", "jsonl", "rss"] {
        assert!(checked.get(format).is_some_and(|&n| n >= 4), "{checked:?}");
    }
}

#[test]
fn documents_say_which_part_of_a_file_they_are_and_where_metadata_came_from() {
    let report = claims_json(&root().join("tests/formats/mixed"));
    let docs = report["documents"].as_array().expect("documents");
    let parts: Vec<(&str, Option<&str>)> = docs
        .iter()
        .map(|d| (d["name"].as_str().expect("name"), d["part"].as_str()))
        .collect();
    assert_eq!(
        parts,
        [
            ("a-marsk-wire.txt", None),
            ("b-dunmore-herald.html", None),
            ("valley.rss", Some("item 1")),
            ("wires.jsonl", Some("line 1")),
            ("wires.jsonl", Some("line 2")),
        ]
    );
    let html = &docs[1];
    assert_eq!(html["url"], "https://herald.example/marsk-depot");
    let offset = html["outlet_from"]["file"]["offset"]
        .as_u64()
        .expect("offset") as usize;
    let file =
        fs::read_to_string(root().join("tests/formats/mixed/b-dunmore-herald.html")).expect("read");
    assert!(file[offset..].starts_with("<meta property=\"og:site_name\""));
    assert_eq!(docs[0]["outlet_from"], "manifest");
}

#[test]
fn two_records_of_one_file_are_compared_with_each_other() {
    let dir = tempfile::tempdir().expect("tempdir");
    fs::write(
        dir.path().join("wires.jsonl"),
        "{\"outlet\": \"Marsk Wire\", \"date\": \"2031-04-01\", \"text\": \"A blast at the Marsk depot killed three workers on Tuesday, police said.\"}\n\
         {\"outlet\": \"Dunmore Post\", \"date\": \"2031-04-01\", \"text\": \"A blast at the Marsk depot killed four workers on Tuesday, police said.\"}\n",
    )
    .expect("write");
    let out = claimcheck_in(dir.path(), &["report", "--format", "json", "."]);
    let report: Value = serde_json::from_str(&stdout(&out)).expect("json");
    assert_eq!(report["documents"].as_array().map(Vec::len), Some(2));
    let toll_of = |doc: &str| {
        report["claims"]
            .as_array()
            .expect("claims")
            .iter()
            .find(|c| c["doc"] == doc && c["kind"] == "casualties")
            .map(|c| c["id"].clone())
            .expect("each record has its toll")
    };
    let (a, b) = (toll_of("d0"), toll_of("d1"));
    let tolls = report["relations"]
        .as_array()
        .expect("relations")
        .iter()
        .find(|r| r["a"] == a && r["b"] == b)
        .expect("the two tolls are related");
    assert!(
        tolls["explanation"]
            .as_str()
            .is_some_and(|e| e.starts_with("3 (Marsk Wire, citing police) against 4 (Dunmore Post")),
        "{tolls}"
    );
}

#[test]
fn input_format_forces_a_format_and_unknown_names_are_sniffed() {
    let dir = tempfile::tempdir().expect("tempdir");
    let page = "<!DOCTYPE html><html><body><p>Two people were injured in Dunmore on Friday.</p></body></html>";
    fs::write(dir.path().join("page.txt"), page).expect("write");
    fs::write(dir.path().join("page"), page).expect("write");
    let claims = |args: &[&str]| stdout(&claimcheck_in(dir.path(), args));
    // As text, the markup is read as words; forced to HTML, it is not.
    let as_text = claims(&["claims", "--format", "json", "page.txt"]);
    assert!(
        as_text.contains("\"sentence\": \"<!DOCTYPE html><html><body><p>Two"),
        "{as_text}"
    );
    let forced = claims(&["claims", "--input-format", "html", "page.txt"]);
    assert!(
        forced.contains("injured: 2  “Two people were injured”"),
        "{forced}"
    );
    assert!(!forced.contains("<p>"));
    // A name with no known extension is read by its first bytes.
    assert_eq!(
        claims(&["claims", "page"]),
        forced.replace("page.txt", "page")
    );
    let bad = claimcheck_in(dir.path(), &["claims", "--input-format", "pdf", "page"]);
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn field_names_the_fields_of_json_records() {
    let dir = tempfile::tempdir().expect("tempdir");
    fs::write(
        dir.path().join("dump.json"),
        r#"[{"doc": {"words": "Six people were killed in Ardonia on Monday."}, "agency": "Kestrel News", "when": "2031-05-05"}]"#,
    )
    .expect("write");
    let missing = claimcheck_in(dir.path(), &["claims", "dump.json"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(
        stderr(&missing)
            .contains("dump.json: skipped, not read as articles: 1:2: record 1: no article text"),
        "{}",
        stderr(&missing)
    );
    let named = claimcheck_in(
        dir.path(),
        &[
            "claims",
            "--field",
            "text=doc.words,outlet=agency,published=when",
            "dump.json",
        ],
    );
    let text = stdout(&named);
    assert!(
        text.starts_with(
            "dump.json (record 1): Kestrel News (as the file states); published 2031-05-05"
        ),
        "{text}"
    );
    assert!(text.contains("killed: 6"));
    let wrong = claimcheck_in(dir.path(), &["claims", "--field", "body=x", "dump.json"]);
    assert_eq!(wrong.status.code(), Some(2));
    assert!(stderr(&wrong).contains("unknown field \"body\""));
}

#[test]
fn a_bad_record_names_its_place_and_keep_going_reads_the_rest() {
    let dir = tempfile::tempdir().expect("tempdir");
    fs::write(
        dir.path().join("wire.jsonl"),
        "{\"text\": \"Three people were killed in Marsk.\"}\n{\"text\": broken}\n",
    )
    .expect("write");
    let stop = claimcheck_in(dir.path(), &["claims", "wire.jsonl"]);
    assert_eq!(stop.status.code(), Some(2));
    assert!(
        stderr(&stop).contains("wire.jsonl:2:10: line 2: not a JSON record"),
        "{}",
        stderr(&stop)
    );
    let going = claimcheck_in(dir.path(), &["claims", "--keep-going", "wire.jsonl"]);
    assert_eq!(going.status.code(), Some(2));
    assert!(stdout(&going).contains("killed: 3"));
    assert!(
        stderr(&going).contains("wire.jsonl:2:10: line 2"),
        "{}",
        stderr(&going)
    );
}

#[test]
fn a_gzipped_warc_gives_one_article_per_html_response() {
    // A request record, then an HTML response (tests/formats/crawl.warc).
    let archive = fs::read_to_string(root().join("tests/formats/crawl.warc")).expect("read");
    let dir = tempfile::tempdir().expect("tempdir");
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(archive.as_bytes()).expect("gzip");
    fs::write(dir.path().join("crawl.warc.gz"), gz.finish().expect("gzip")).expect("write");
    let out = claimcheck_in(dir.path(), &["claims", "--format", "json", "."]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stderr(&out).contains("1 records that are not HTML responses skipped"));
    let report: Value = serde_json::from_str(&stdout(&out)).expect("json");
    let doc = &report["documents"][0];
    assert_eq!(doc["outlet"], "Dunmore Post");
    assert_eq!(doc["url"], "https://post.example/a");
    assert_eq!(doc["part"], "record 2");
    let claim = report["claims"]
        .as_array()
        .expect("claims")
        .iter()
        .find(|c| c["text"] == "killed seven people")
        .expect("the toll");
    // Offsets are into the unpacked archive.
    let start = claim["span"]["start"].as_u64().expect("start") as usize;
    assert!(archive[start..].starts_with("killed seven people"));
}

#[test]
fn files_of_a_folder_that_hold_no_article_are_skipped_with_a_warning() {
    let dir = tempfile::tempdir().expect("tempdir");
    fs::write(
        dir.path().join("sitemap.xml"),
        "<?xml version=\"1.0\"?><urlset><url><loc>https://x.example/</loc></url></urlset>",
    )
    .expect("write");
    let alone = claimcheck_in(dir.path(), &["claims", "."]);
    assert_eq!(alone.status.code(), Some(2));
    assert!(stderr(&alone).contains("no articles read; every file was skipped"));
    fs::write(
        dir.path().join("a.txt"),
        "Three people were killed in Marsk.\n",
    )
    .expect("write");
    let report = claimcheck_in(dir.path(), &["report", "--format", "json", "."]);
    fs::write(dir.path().join("saved.json"), report.stdout).expect("write");
    let page = claimcheck_in(dir.path(), &["report", "--format", "html", "."]);
    fs::write(dir.path().join("saved.html"), page.stdout).expect("write");
    let out = claimcheck_in(dir.path(), &["claims", "."]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).starts_with("a.txt: "));
    let warnings = stderr(&out);
    assert!(warnings.contains("sitemap.xml: skipped, not read as articles: no articles in it"));
    assert!(
        warnings.contains("saved.json: skipped, not read as articles: 1:1: a claimcheck report")
    );
}
