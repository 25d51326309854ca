//! Loading articles and manifests: every bad input is an error that names the
//! file and what is wrong; metadata comes from the manifest, else the text,
//! else is marked unknown.

use std::fs;
use std::path::{Path, PathBuf};

use claimcheck::Error;
use claimcheck::corpus::{self, LoadOptions, Provenance};

fn write(dir: &Path, name: &str, content: &[u8]) -> PathBuf {
    let path = dir.join(name);
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).expect("create parent");
    }
    fs::write(&path, content).expect("write test file");
    path
}

fn load(paths: &[PathBuf]) -> claimcheck::Result<corpus::Corpus> {
    corpus::load(paths, &LoadOptions::default())
}

fn load_err(paths: &[PathBuf]) -> String {
    load(paths).expect_err("loading fails").to_string()
}

#[test]
fn a_missing_path_is_named() {
    let message = load_err(&[PathBuf::from("no/such/file.txt")]);
    assert_eq!(message, "no/such/file.txt: no such file or directory");
}

#[test]
fn a_directory_without_articles_is_an_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "notes.md", b"not an article");
    let message = load_err(&[dir.path().to_path_buf()]);
    assert!(message.contains("no articles found"), "{message}");
}

#[test]
fn invalid_utf8_names_the_file_and_byte_offset() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = write(dir.path(), "a.txt", b"Fine text.\nCaf\xe9 here.");
    let message = load_err(&[path]);
    assert!(
        message.contains("a.txt: invalid UTF-8 at byte 14"),
        "{message}"
    );
    assert!(message.contains("--lossy"), "{message}");
}

#[test]
fn lossy_reads_invalid_utf8_and_counts_replacements() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = write(dir.path(), "a.txt", b"Caf\xe9 \xff here.");
    let options = LoadOptions {
        lossy: true,
        ..LoadOptions::default()
    };
    let corpus = corpus::load(&[path], &options).expect("lossy load");
    let doc = &corpus.documents[0];
    assert_eq!(doc.replaced_bytes, 2);
    assert_eq!(doc.text, "Caf? ? here.");
}

#[test]
fn an_empty_file_is_an_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = write(dir.path(), "empty.txt", "  \n\u{a0}\n".as_bytes());
    let message = load_err(&[path]);
    assert!(
        message.ends_with("empty.txt: empty file: there is no text to check"),
        "{message}"
    );
}

#[test]
fn a_manifest_syntax_error_gives_line_and_column() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "a.txt", b"Text.");
    write(
        dir.path(),
        "m.toml",
        b"[[doc]]\nfile = \"a.txt\"\noutlet = \n",
    );
    let message = load_err(&[dir.path().to_path_buf()]);
    assert!(message.contains("m.toml:3:"), "{message}");
}

#[test]
fn a_manifest_unknown_field_is_an_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "a.txt", b"Text.");
    write(
        dir.path(),
        "m.toml",
        b"[[doc]]\nfile = \"a.txt\"\noutlett = \"X\"\n",
    );
    let message = load_err(&[dir.path().to_path_buf()]);
    assert!(message.contains("m.toml:3:1"), "{message}");
    assert!(message.contains("unknown field `outlett`"), "{message}");
}

#[test]
fn a_manifest_naming_a_missing_file_is_an_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "a.txt", b"Text.");
    write(dir.path(), "m.toml", b"[[doc]]\nfile = \"b.txt\"\n");
    let message = load_err(&[dir.path().to_path_buf()]);
    assert!(message.contains("m.toml:2:8"), "{message}");
    assert!(message.contains("manifest names \"b.txt\""), "{message}");
}

#[test]
fn a_manifest_time_zone_must_be_an_iana_name() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "a.txt", b"Text.");
    write(
        dir.path(),
        "m.toml",
        b"[[doc]]\nfile = \"a.txt\"\ntimezone = \"Baghdad\"\n",
    );
    let message = load_err(&[dir.path().to_path_buf()]);
    assert!(message.contains("m.toml:3:12"), "{message}");
    assert!(message.contains("not an IANA time zone"), "{message}");
}

#[test]
fn a_manifest_entry_outside_its_directory_is_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "a.txt", b"Text.");
    write(
        dir.path(),
        "m.toml",
        b"[[doc]]\nfile = \"../../etc/passwd\"\n",
    );
    let message = load_err(&[dir.path().to_path_buf()]);
    assert!(
        message.contains("points outside the manifest's directory"),
        "{message}"
    );
}

#[test]
fn a_bad_published_date_is_an_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "a.txt", b"Text.");
    write(
        dir.path(),
        "m.toml",
        b"[[doc]]\nfile = \"a.txt\"\npublished = \"March 2020\"\n",
    );
    let message = load_err(&[dir.path().to_path_buf()]);
    assert!(message.contains("m.toml:3:13"), "{message}");
}

#[test]
fn other_toml_files_in_a_directory_are_not_manifests() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "a.txt", b"Text.");
    write(
        dir.path(),
        "MANIFEST.toml",
        b"name = \"corpus\"\n[source]\nx = 1\n",
    );
    let corpus = load(&[dir.path().to_path_buf()]).expect("loads");
    assert_eq!(corpus.documents.len(), 1);
}

#[test]
fn metadata_comes_from_the_manifest() {
    let corpus =
        load(&[PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("seeds")]).expect("seeds load");
    let doc = &corpus.documents[1];
    assert_eq!(doc.meta.outlet, "DW");
    assert_eq!(doc.meta.outlet_from, Provenance::Manifest);
    assert_eq!(doc.meta.timezone.as_deref(), Some("Europe/Berlin"));
    assert_eq!(
        doc.meta.published.map(|p| p.date),
        Some(jiff::civil::date(2020, 3, 13))
    );
}

#[test]
fn without_a_manifest_metadata_comes_from_the_text_or_is_unknown() {
    let dir = tempfile::tempdir().expect("tempdir");
    let with = write(
        dir.path(),
        "with.txt",
        b"Headline here\n\nMarch 13, 2020\n\nBody text.\n\nSource: Washington Post",
    );
    let without = write(dir.path(), "bare.txt", b"Body text only.");
    let corpus = load(&[with, without]).expect("loads");
    let bare = &corpus.documents[0];
    assert_eq!(bare.name, "bare.txt");
    assert_eq!(bare.meta.outlet, "bare");
    assert_eq!(bare.meta.outlet_from, Provenance::FileName);
    assert_eq!(bare.meta.published, None);
    let with = &corpus.documents[1];
    assert_eq!(with.meta.outlet, "Washington Post");
    assert!(matches!(with.meta.outlet_from, Provenance::Text { .. }));
    assert_eq!(
        with.meta.published.map(|p| p.date),
        Some(jiff::civil::date(2020, 3, 13))
    );
}

#[test]
fn documents_are_sorted_and_deduplicated_whatever_the_input_order() {
    let dir = tempfile::tempdir().expect("tempdir");
    let a = write(dir.path(), "a.txt", b"A.");
    let b = write(dir.path(), "sub/b.txt", b"B.");
    let one = load(&[b.clone(), a.clone(), b.clone()]).expect("loads");
    let two = load(&[dir.path().to_path_buf()]).expect("loads");
    let names = |c: &corpus::Corpus| {
        c.documents
            .iter()
            .map(|d| d.name.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(names(&one), ["a.txt", "b.txt"]);
    assert_eq!(names(&two), names(&one));
}

#[test]
fn binary_data_is_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = write(dir.path(), "x.txt", b"\x89PNG\r\n\x1a\n\0\0\0");
    assert!(matches!(
        load(&[path]),
        Err(Error::Binary { offset: 8, .. })
    ));
}
