//! Rule files: TOML data that names a kind (a closed set written in Rust),
//! sets its parameters, and carries examples that must and must not fire.
//!
//! In: the bundled rule files (compiled into the binary), with the files of
//! a directory given with `--rules` laid over them by id. Out: parsed,
//! checked [`RuleFile`]s for the kinds to compile. A rule with a syntax error, an unknown key, an id that is not its
//! file stem, or no example of each sort stops the run with file, line and
//! column; no rule is ever skipped.

use std::path::{Path, PathBuf};

use serde::Deserialize;
use serde::de::DeserializeOwned;
use toml::Spanned;

use crate::corpus::Published;
use crate::corpus::facts::{DateText, check_zone};
use crate::error::{Error, Result};
use crate::span::{LineCol, LineIndex};

pub mod known;
mod sources;

pub use sources::{RuleSource, bundled, from_dir, layered};

/// How much a finding matters.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, serde::Serialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Worth a look.
    Suggestion,
    /// Probably wrong somewhere.
    Warning,
    /// Cannot both be true.
    Error,
}

impl Severity {
    /// The name rule files use: `suggestion`, `warning` or `error`.
    pub fn name(self) -> &'static str {
        match self {
            Severity::Suggestion => "suggestion",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// An example that must fire: the rule must extract each listed claim, and
/// nothing it does not list.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Example {
    /// The text to run.
    pub text: String,
    /// Publication date for the text (default: none).
    #[serde(default)]
    pub published: Option<DateText>,
    /// IANA time zone of the outlet (default: none).
    #[serde(default)]
    pub timezone: Option<String>,
    /// What the rule must produce from it.
    pub claims: Vec<Expected>,
}

/// One expected finding: the exact evidence text and the value as shown.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Expected {
    /// The evidence, quoted from the example text.
    pub evidence: String,
    /// The value as claimcheck shows it.
    pub value: String,
}

/// An example that must not fire: an article the rule must produce nothing
/// from.
pub type CounterExample = Article;

/// A short article in an example: a counter-example, or one side of a pair.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Article {
    /// The article's text.
    pub text: String,
    /// Its outlet (default: "A" or "B").
    #[serde(default)]
    pub outlet: Option<String>,
    /// Its publication date.
    #[serde(default)]
    pub published: Option<DateText>,
    /// Its IANA time zone.
    #[serde(default)]
    pub timezone: Option<String>,
}

/// An example for a comparison rule: two articles, and the verdict the rule
/// must give some claim of the one against some claim of the other.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PairExample {
    /// The first article.
    pub a: Article,
    /// The second article.
    pub b: Article,
    /// The verdict this rule must give.
    pub verdict: crate::verdict::Verdict,
}

/// A comparison rule's counter-example: the rule must relate nothing.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PairCounterExample {
    /// The first article.
    pub a: Article,
    /// The second article.
    pub b: Article,
}

/// The examples a rule carries.
#[derive(Debug, Clone)]
pub enum Examples {
    /// Extraction rules: texts and the claims they must give.
    Claims {
        /// Must fire.
        must: Vec<Example>,
        /// Must not fire.
        must_not: Vec<CounterExample>,
    },
    /// Comparison rules: pairs of articles and the verdict they must get.
    Pairs {
        /// Must fire.
        must: Vec<PairExample>,
        /// Must not fire.
        must_not: Vec<PairCounterExample>,
    },
}

impl Examples {
    /// How many examples of each sort.
    pub fn counts(&self) -> (usize, usize) {
        match self {
            Examples::Claims { must, must_not } => (must.len(), must_not.len()),
            Examples::Pairs { must, must_not } => (must.len(), must_not.len()),
        }
    }
}

/// A rule file, with the parameters of its kind and its examples (`M` must
/// fire, `N` must not).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(bound(
    deserialize = "P: Deserialize<'de> + Default, M: Deserialize<'de>, N: Deserialize<'de>"
))]
pub struct RuleFile<P, M = Example, N = CounterExample> {
    /// The rule's id: its file stem.
    pub id: Spanned<String>,
    /// The kind it fills in.
    pub kind: Spanned<String>,
    /// One line: what it finds.
    pub summary: String,
    /// Why it matters.
    pub why: String,
    /// How much a finding matters (comparison rules).
    #[serde(default)]
    pub severity: Option<Severity>,
    /// The kind's parameters.
    #[serde(default)]
    pub params: P,
    /// Examples that must fire.
    #[serde(default = "Vec::new")]
    pub must: Vec<M>,
    /// Examples that must not fire.
    #[serde(default = "Vec::new")]
    pub must_not: Vec<N>,
}

/// What every rule says about itself, for listings and example runs.
#[derive(Debug, Clone)]
pub struct RuleInfo {
    /// The id.
    pub id: String,
    /// The kind.
    pub kind: String,
    /// One line.
    pub summary: String,
    /// Why it matters.
    pub why: String,
    /// How much its findings matter (comparison rules).
    pub severity: Option<Severity>,
    /// Where it came from.
    pub path: PathBuf,
    /// Whether it is a bundled rule (not one of a `--rules` directory).
    pub bundled: bool,
    /// Its examples.
    pub examples: Examples,
}

/// A config error at byte `offset` of `text` (a rule file at `path`).
pub fn error_at(path: &Path, text: &str, offset: usize, message: String) -> Error {
    Error::Config {
        path: path.to_path_buf(),
        at: LineIndex::new(text).line_col(text, offset),
        message,
    }
}

/// The `kind` a rule file names, read before its parameters are parsed.
pub fn kind_of(source: &RuleSource) -> Result<(String, usize)> {
    #[derive(Deserialize)]
    struct Head {
        kind: Option<Spanned<String>>,
    }
    let head: Head = toml::from_str(&source.text).map_err(|e| syntax(source, &e))?;
    match head.kind {
        Some(kind) => Ok((kind.get_ref().clone(), kind.span().start)),
        None => Err(Error::Config {
            path: source.path.clone(),
            at: LineCol { line: 1, col: 1 },
            message: "rule file has no `kind`".to_string(),
        }),
    }
}

fn syntax(source: &RuleSource, e: &toml::de::Error) -> Error {
    let offset = e.span().map_or(0, |s| s.start);
    error_at(
        &source.path,
        &source.text,
        offset,
        format!("rule: {}", e.message()),
    )
}

/// Parse a rule file whose kind has parameters `P`, and check what every rule
/// must have: an id equal to the file stem, and examples of both sorts.
pub fn parse<P: DeserializeOwned + Default>(
    source: &RuleSource,
) -> Result<(RuleFile<P>, RuleInfo)> {
    let (file, info) = parse_with::<P, Example, CounterExample>(source)?;
    let examples = Examples::Claims {
        must: file.must.clone(),
        must_not: file.must_not.clone(),
    };
    Ok((file, RuleInfo { examples, ..info }))
}

/// Parse a comparison rule file whose kind has parameters `P`.
pub fn parse_pairs<P: DeserializeOwned + Default>(
    source: &RuleSource,
) -> Result<(RuleFile<P, PairExample, PairCounterExample>, RuleInfo)> {
    let (file, info) = parse_with::<P, PairExample, PairCounterExample>(source)?;
    if file.severity.is_none() {
        return Err(error_at(
            &source.path,
            &source.text,
            0,
            "a comparison rule needs a `severity` (suggestion, warning or error)".to_string(),
        ));
    }
    let examples = Examples::Pairs {
        must: file.must.clone(),
        must_not: file.must_not.clone(),
    };
    Ok((file, RuleInfo { examples, ..info }))
}

fn parse_with<
    P: DeserializeOwned + Default,
    M: DeserializeOwned + Clone,
    N: DeserializeOwned + Clone,
>(
    source: &RuleSource,
) -> Result<(RuleFile<P, M, N>, RuleInfo)> {
    let file: RuleFile<P, M, N> = toml::from_str(&source.text).map_err(|e| syntax(source, &e))?;
    let stem = source
        .path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let fail =
        |offset: usize, message: String| error_at(&source.path, &source.text, offset, message);
    if *file.id.get_ref() != stem {
        return Err(fail(
            file.id.span().start,
            format!(
                "rule id {:?} must equal the file stem {stem:?}",
                file.id.get_ref()
            ),
        ));
    }
    check_example_facts(source)?;
    if file.must.is_empty() || file.must_not.is_empty() {
        return Err(fail(
            0,
            "a rule needs at least one [[must]] example (text that must fire) and one \
             [[must_not]] example (text that must not)"
                .to_string(),
        ));
    }
    let info = RuleInfo {
        id: file.id.get_ref().clone(),
        kind: file.kind.get_ref().clone(),
        summary: file.summary.clone(),
        why: file.why.clone(),
        severity: file.severity,
        path: source.path.clone(),
        bundled: source.bundled,
        examples: Examples::Claims {
            must: Vec::new(),
            must_not: Vec::new(),
        },
    };
    Ok((file, info))
}

/// The publication facts an example gives, read with their places (other
/// keys are the example's own business).
#[derive(Deserialize, Default)]
struct Facts {
    published: Option<Spanned<DateText>>,
    timezone: Option<Spanned<String>>,
    a: Option<Box<Facts>>,
    b: Option<Box<Facts>>,
}

/// Every example of a rule file, for its facts.
#[derive(Deserialize)]
struct ExampleFacts {
    #[serde(default)]
    must: Vec<Facts>,
    #[serde(default)]
    must_not: Vec<Facts>,
}

/// An example's date must be a date that exists and its zone an IANA name:
/// `2019-02-30` or `Asia/Nowhere` would otherwise make the example run
/// without them, and pass or fail for the wrong reason.
fn check_example_facts(source: &RuleSource) -> Result<()> {
    let examples: ExampleFacts = toml::from_str(&source.text).map_err(|e| syntax(source, &e))?;
    let fail =
        |offset: usize, message: String| error_at(&source.path, &source.text, offset, message);
    let mut pending: Vec<&Facts> = examples.must.iter().chain(&examples.must_not).collect();
    while let Some(facts) = pending.pop() {
        if let Some(date) = &facts.published
            && Published::parse(date.get_ref()).is_none()
        {
            return Err(fail(
                date.span().start,
                format!(
                    "published {:?} is not a date that exists (2020-03-13) or a date-time with \
                     offset (2020-03-13T09:30:00+03:00)",
                    &**date.get_ref()
                ),
            ));
        }
        if let Some(zone) = &facts.timezone {
            check_zone(zone.get_ref()).map_err(|message| fail(zone.span().start, message))?;
        }
        pending.extend(facts.a.as_deref());
        pending.extend(facts.b.as_deref());
    }
    Ok(())
}

/// A rule whose regex or parameter is wrong: the error points at `kind`'s
/// place in the file when nothing more exact is known.
pub fn invalid(source: &RuleSource, offset: usize, message: String) -> Error {
    error_at(&source.path, &source.text, offset, message)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Default, Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Params {
        #[serde(default)]
        words: Vec<String>,
    }

    fn source(path: &str, text: &str) -> RuleSource {
        RuleSource {
            path: PathBuf::from(path),
            text: text.to_string(),
            bundled: false,
        }
    }

    const GOOD: &str = r#"id = "r"
kind = "k"
summary = "s"
why = "w"
[params]
words = ["a"]
[[must]]
text = "t"
claims = [{ evidence = "t", value = "1" }]
[[must_not]]
text = "u"
"#;

    #[test]
    fn a_good_rule_parses() {
        let (file, info) = parse::<Params>(&source("rules/r.toml", GOOD)).expect("parses");
        assert_eq!(file.params.words, ["a"]);
        assert_eq!(info.examples.counts(), (1, 1));
    }

    #[test]
    fn an_unknown_key_names_line_and_column() {
        let text = GOOD.replace("words = [\"a\"]", "wrods = [\"a\"]");
        let err = parse::<Params>(&source("rules/r.toml", &text)).expect_err("unknown key");
        let message = err.to_string();
        assert!(message.starts_with("rules/r.toml:6:1:"), "{message}");
        assert!(message.contains("unknown field `wrods`"), "{message}");
    }

    #[test]
    fn the_id_must_be_the_file_stem() {
        let err = parse::<Params>(&source("rules/other.toml", GOOD)).expect_err("id");
        assert!(
            err.to_string().starts_with("rules/other.toml:1:6:"),
            "{err}"
        );
    }

    #[test]
    fn a_rule_without_examples_of_both_sorts_is_an_error() {
        let cut = GOOD.split("[[must_not]]").next().unwrap_or_default();
        let err = parse::<Params>(&source("rules/r.toml", cut)).expect_err("no counter-example");
        assert!(err.to_string().contains("[[must_not]]"), "{err}");
    }

    #[test]
    fn a_syntax_error_names_line_and_column() {
        let err =
            parse::<Params>(&source("rules/r.toml", "id = \"r\"\nkind = \n")).expect_err("syntax");
        assert!(err.to_string().starts_with("rules/r.toml:2:"), "{err}");
    }

    #[test]
    fn an_example_date_that_does_not_exist_names_its_place() {
        let text = GOOD.replace(
            "text = \"t\"\n",
            "text = \"t\"\npublished = \"2019-02-30\"\n",
        );
        let err = parse::<Params>(&source("rules/r.toml", &text)).expect_err("bad date");
        let message = err.to_string();
        assert!(message.starts_with("rules/r.toml:9:13:"), "{message}");
        assert!(
            message.contains("\"2019-02-30\" is not a date that exists"),
            "{message}"
        );
    }

    #[test]
    fn an_example_zone_that_does_not_exist_or_depends_on_the_host_names_its_place() {
        for zone in ["Asia/Nowhere", "localtime"] {
            let text = GOOD.replace(
                "[[must_not]]\ntext = \"u\"\n",
                &format!("[[must_not]]\ntext = \"u\"\ntimezone = \"{zone}\"\n"),
            );
            let err = parse::<Params>(&source("rules/r.toml", &text)).expect_err("bad zone");
            let message = err.to_string();
            assert!(
                message.starts_with("rules/r.toml:12:12:"),
                "{zone}: {message}"
            );
        }
    }

    #[test]
    fn an_unquoted_example_date_is_read_as_a_date() {
        let text = GOOD.replace("text = \"t\"\n", "text = \"t\"\npublished = 2020-03-13\n");
        let (file, _) = parse::<Params>(&source("rules/r.toml", &text)).expect("parses");
        assert_eq!(file.must[0].published.as_deref(), Some("2020-03-13"));
    }
}
