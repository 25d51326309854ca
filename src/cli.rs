//! Command-line definitions (clap derive). Parsing only: `main.rs` wires the
//! parsed command to the library.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::corpus::read::parse_size;

/// claimcheck: read news articles about the same events, extract their
/// factual claims with exact evidence, and report where outlets agree,
/// differ compatibly, or contradict each other.
///
/// Exit codes: 0 success; 1 findings: where --fail-on asks to fail on them,
/// when check's piece contradicts the reference, when --check finds the
/// report changed, misses for eval, failed examples for rules test; 2 usage
/// or input error, also when --keep-going skipped unreadable articles. The
/// code stands when the reader of the output goes away (`| head -1`).
///
/// Inputs are read only from regular files (and `-`), each at most
/// --max-size bytes (16M by default); a file reached by two names or links
/// is one article.
#[derive(Debug, Parser)]
#[command(name = "claimcheck", version, about, long_about)]
pub struct Cli {
    /// Quiet: no progress bar and no warnings on standard error, only
    /// errors; the exit code is the same.
    #[arg(short, long, global = true)]
    pub quiet: bool,

    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print every claim extracted from the articles, with its evidence.
    Claims(ListArgs),
    /// Write the discrepancy report: contradictions first, then compatible and
    /// agreeing topics, then single-source claims.
    Report(ReportArgs),
    /// Print the paragraphs and sentences the articles are split into, with
    /// their kind (prose, headline, caption, navigation, meta): useful when
    /// writing rules.
    Sentences(ListArgs),
    /// List the rules (id, kind, summary), or run their examples.
    Rules(RulesArgs),
    /// Explain one rule: its id, kind, severity, summary, why, and the
    /// examples it must and must not fire on, from its rule file.
    Explain(ExplainArgs),
    /// Score the report on the articles against an answer key (the format of
    /// tests/keys/KEY-FORMAT.md): prints the score line and every miss and unexpected
    /// contradiction; exits 1 when there is any.
    Eval(EvalArgs),
    /// An editor's check of one new piece of copy against a reference set:
    /// only the findings that involve the new piece, contradictions first.
    /// Exits 1 when it contradicts the reference.
    Check(CheckArgs),
    /// What changed in meaning between two JSON reports (values, new and
    /// resolved contradictions, topics and claims gained or lost), for a
    /// pull-request comment.
    Diff(DiffArgs),
    /// Print a shell completion script for SHELL (bash, elvish, fish,
    /// powershell, zsh) on standard output.
    Completions {
        /// The shell.
        #[arg(value_enum, value_name = "SHELL")]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff, section 1) on standard output:
    /// `claimcheck man > claimcheck.1`; with COMMAND, that command's page
    /// (`claimcheck man report > claimcheck-report.1`).
    Man {
        /// The command whose page to print (default: claimcheck's own).
        #[arg(value_name = "COMMAND")]
        command: Option<String>,
    },
}

/// Arguments of `check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The new piece of copy.
    #[arg(value_name = "WIRE")]
    pub wire: PathBuf,

    /// The reference articles: one or more files or directories (with
    /// their manifest). The new piece is left out of them if it is among
    /// them; a reference set with no other article is an error.
    #[arg(long, required = true, num_args = 1.., value_name = "PATH")]
    pub against: Vec<PathBuf>,

    /// The new piece's outlet (else its manifest entry, its Source line, or
    /// its file name).
    #[arg(long, value_name = "NAME")]
    pub outlet: Option<String>,

    /// The new piece's publication date or instant (`2020-03-13` or
    /// `2020-03-13T08:00:00-04:00`).
    #[arg(long, value_name = "DATE")]
    pub published: Option<String>,

    /// The new piece's IANA time zone (`America/New_York`).
    #[arg(long, value_name = "ZONE")]
    pub timezone: Option<String>,

    /// How to read the articles.
    #[command(flatten)]
    pub read: ReadArgs,

    /// How to write the findings.
    #[command(flatten)]
    pub render: RenderArgs,

    /// Which findings to report.
    #[command(flatten)]
    pub findings: FindingArgs,

    /// Exit 1 when the piece has a finding of this level (see README,
    /// "Failing a run"); by default any contradiction fails.
    #[arg(long, value_enum, value_name = "LEVEL", default_value_t = FailOn::Contradict)]
    pub fail_on: FailOn,
}

/// Arguments of `diff`.
#[derive(Debug, Args)]
pub struct DiffArgs {
    /// The report before (JSON, from `report --format json`).
    #[arg(value_name = "OLD")]
    pub old: PathBuf,

    /// The report after.
    #[arg(value_name = "NEW")]
    pub new: PathBuf,

    /// Exit 1 when the new report has a contradiction of this level the old
    /// one did not (see README, "Failing a run").
    #[arg(long, value_enum, value_name = "LEVEL")]
    pub fail_on: Option<FailOn>,

    /// Write to this file (atomically, as `report --output` does) instead
    /// of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// Arguments of `eval`.
#[derive(Debug, Args)]
pub struct EvalArgs {
    /// The answer key (TOML).
    #[arg(value_name = "KEY")]
    pub key: PathBuf,

    /// Inputs.
    #[command(flatten)]
    pub input: InputArgs,
}

/// Where the articles come from and how to read them.
#[derive(Debug, Args)]
pub struct InputArgs {
    /// Article files, directories (searched recursively, in sorted order,
    /// for *.txt, *.html, *.htm, *.json, *.jsonl, *.ndjson, *.rss, *.atom,
    /// *.xml, *.warc and *.warc.gz; a claimcheck manifest *.toml directly
    /// inside is used), or `-` for standard input.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    /// How to read them.
    #[command(flatten)]
    pub read: ReadArgs,
}

/// How articles are read and which rules read them.
#[derive(Debug, Args)]
pub struct ReadArgs {
    /// A manifest giving outlet, published, timezone and url per file
    /// (TOML `[[doc]]` tables; see README). Used in addition to the
    /// manifests found beside the articles (in the directories walked and
    /// the folders of named files); where both describe a file, this one
    /// wins, and a warning says so.
    #[arg(long, value_name = "FILE")]
    pub manifest: Option<PathBuf>,

    /// The most bytes one article, manifest or standard input may have:
    /// a number with an optional K, M or G suffix (powers of 1024). Larger
    /// inputs are errors naming the file. Only regular files are read:
    /// FIFOs, sockets and devices are refused unread.
    #[arg(long, value_name = "SIZE", default_value = "16M", value_parser = parse_size)]
    pub max_size: u64,

    /// Follow symbolic links that lead out of the directories named on the
    /// command line (by default such links are skipped with a warning;
    /// links inside them are read, each file once).
    #[arg(long)]
    pub follow: bool,

    /// Read files that are not valid UTF-8, replacing each invalid byte with
    /// `?` (byte offsets stay exact), and say how many were replaced.
    #[arg(long)]
    pub lossy: bool,

    /// A rules directory laid over the bundled rules by id (every `*.toml`
    /// below it; see README, "Rules"): a file whose id (its stem) a bundled
    /// rule has replaces that rule, a new id adds a rule.
    #[arg(long, value_name = "DIR")]
    pub rules: Option<PathBuf>,

    /// Read every input in this format, instead of choosing by extension
    /// (and, for other names and standard input, by the first bytes).
    #[arg(long, value_name = "FORMAT", value_enum)]
    pub input_format: Option<crate::corpus::formats::InputFormat>,

    /// Which fields of JSON records hold what: `text=…,outlet=…,
    /// published=…,url=…,title=…`, dotted for nested objects
    /// (`outlet=source.name`). Unnamed ones are looked for under the usual
    /// names (`text`, `body`, `content`; `source`, `publisher`;
    /// `publishedAt`, `date`; …).
    #[arg(long, value_name = "NAME=FIELD,…", value_parser = parse_fields)]
    pub field: Option<crate::corpus::formats::Fields>,

    /// Go on past articles that cannot be read: report each on standard
    /// error and in the output, finish the run, then exit 2. Without it the
    /// first such article stops the run before any output is written.
    #[arg(long)]
    pub keep_going: bool,
}

/// Arguments of `rules`.
#[derive(Debug, Args)]
pub struct RulesArgs {
    /// What to do with the rules (default: list them).
    #[command(subcommand)]
    pub action: Option<RulesAction>,

    /// A rules directory laid over the bundled rules by id.
    #[arg(long, value_name = "DIR", global = true)]
    pub rules: Option<PathBuf>,
}

/// Arguments of `explain`.
#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// The rule's id (`claimcheck rules` lists them).
    #[arg(value_name = "RULE")]
    pub rule: String,

    /// Look the rule up among the rules `--rules DIR` gives `report`.
    #[arg(long, value_name = "DIR")]
    pub rules: Option<PathBuf>,
}

/// What `rules` does.
#[derive(Debug, Subcommand)]
pub enum RulesAction {
    /// Run every rule's examples (text that must and must not fire); exits 1
    /// when any fails. For people who write their own rules.
    Test {
        /// The rules directory to test: its rules' examples are run among
        /// the bundled rules it is laid over (default: the bundled rules).
        #[arg(value_name = "DIR")]
        dir: Option<PathBuf>,
    },
}

/// Arguments of the listing commands (`claims`, `sentences`).
#[derive(Debug, Args)]
pub struct ListArgs {
    /// Inputs.
    #[command(flatten)]
    pub input: InputArgs,

    /// Output format.
    #[arg(short, long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

/// Arguments of `report`.
#[derive(Debug, Args)]
pub struct ReportArgs {
    /// Inputs.
    #[command(flatten)]
    pub input: InputArgs,

    /// How to write it.
    #[command(flatten)]
    pub render: RenderArgs,

    /// Which findings to report.
    #[command(flatten)]
    pub findings: FindingArgs,

    /// Write the fingerprints of every finding of this run (after
    /// --select and --ignore, whatever --baseline hides) to this baseline
    /// file, atomically, as --output writes. Never read as an article.
    #[arg(long, value_name = "FILE")]
    pub write_baseline: Option<PathBuf>,

    /// Exit with code 1 when the report has a finding of this level (see
    /// README, "Failing a run").
    #[arg(long, value_enum, value_name = "LEVEL")]
    pub fail_on: Option<FailOn>,
}

/// Which findings a report shows (and may fail on).
#[derive(Debug, Args)]
pub struct FindingArgs {
    /// Report only the findings of these comparison rules (ids, comma
    /// separated or the option repeated; `claimcheck rules` lists them).
    #[arg(long, value_delimiter = ',', value_name = "ID")]
    pub select: Vec<String>,

    /// Do not report the findings of these comparison rules.
    #[arg(long, value_delimiter = ',', value_name = "ID")]
    pub ignore: Vec<String>,

    /// Do not report (or fail on) the findings whose fingerprints this
    /// baseline file lists (written by `report --write-baseline`; see
    /// README). Never read as an article.
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,
}

/// How a report is written.
#[derive(Debug, Args)]
pub struct RenderArgs {
    /// Report format: text (diagnostics for a terminal), md (pull requests),
    /// json (programs; documented in README.md), html (one self-contained
    /// page), dot (Graphviz), sarif (SARIF 2.1.0 for code-review tools),
    /// github (GitHub Actions annotations, one per contradiction).
    #[arg(short, long = "format", value_enum, default_value_t = ReportFormat::Text)]
    pub format: ReportFormat,

    /// Write the report to this file instead of standard output, atomically:
    /// the file is replaced only once the whole report is written (through
    /// a symbolic link to its target, keeping the target's mode; a device
    /// such as /dev/null is written in place). Never read as an article.
    #[arg(short, long, value_name = "FILE", conflicts_with = "check")]
    pub output: Option<PathBuf>,

    /// Compare the report with this committed one instead of printing it:
    /// print a unified diff and exit 1 when they differ.
    #[arg(long, value_name = "FILE")]
    pub check: Option<PathBuf>,

    /// Colour the text report: auto (on a terminal, unless NO_COLOR is set),
    /// always, never.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    pub color: ColorChoice,
}

/// When to colour the terminal report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// On a terminal, unless NO_COLOR is set.
    Auto,
    /// Always.
    Always,
    /// Never.
    Never,
}

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Plain text for people.
    Text,
    /// JSON for programs (documented in README.md).
    Json,
}

/// Report formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    /// Compiler-style diagnostics for a terminal.
    Text,
    /// Markdown.
    Md,
    /// JSON.
    Json,
    /// One self-contained HTML page.
    Html,
    /// Graphviz DOT.
    Dot,
    /// SARIF 2.1.0.
    Sarif,
    /// GitHub Actions workflow commands (annotations).
    Github,
}

/// Which findings make the run fail. A finding is a contradiction between
/// two outlets; its level is the severity of the comparison rule that found
/// it (suggestion, warning or error), as the SARIF and text reports show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    /// Fail on a contradiction of an error-level rule.
    Error,
    /// Fail on a contradiction of a warning- or error-level rule.
    Warning,
    /// Fail on any contradiction, suggestion-level ones included.
    Contradict,
}

fn parse_fields(spec: &str) -> Result<crate::corpus::formats::Fields, String> {
    crate::corpus::formats::Fields::parse(spec)
}
