//! Running a parsed command line: load, run the pipeline stages the command
//! needs, render, and say whether the run found what the user asked to fail
//! on. Writes only to the given streams, so tests can run it in-process.

mod baseline;
mod check;
mod cleanup;
mod docs;
mod output;
pub mod pipe;
mod rules;
mod selection;
mod threshold;

use std::io::Write;
use std::path::PathBuf;

use crate::analysis::Analysis;
use crate::cli::{Cli, ColorChoice, Command, FindingArgs, ReadArgs, RenderArgs};
use crate::corpus::{self, Corpus, LoadOptions};
use crate::error::Result;
use crate::eval::Key;
use crate::graph::TopicGraph;
use crate::report;
use crate::report::changes;
use crate::report::model::Report;
use crate::report::style::Style;
use crate::ruleset::RuleSet;
use crate::segment;
use baseline::Baseline;
use selection::Selection;

/// How a successful run ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Nothing the user asked to fail on.
    Clean,
    /// Findings the user asked to fail on (`--fail-on`).
    Findings,
    /// The run completed, but some articles could not be read (`--keep-going`).
    Unreadable,
}

impl Outcome {
    /// The process exit code: 0 clean, 1 findings, 2 articles unreadable.
    pub fn exit_code(self) -> u8 {
        match self {
            Outcome::Clean => 0,
            Outcome::Findings => 1,
            Outcome::Unreadable => 2,
        }
    }
}

/// Run `cli`, writing results to `out` and warnings to `err` (only errors
/// under `--quiet`).
pub fn run(cli: &Cli, out: &mut dyn Write, err: &mut dyn Write) -> Result<Outcome> {
    let mut unreadable = false;
    let mut err = Diagnostics {
        err,
        quiet: cli.quiet,
    };
    let outcome = run_command(cli, out, &mut err, &mut unreadable)?;
    Ok(if unreadable {
        Outcome::Unreadable
    } else {
        outcome
    })
}

fn run_command(
    cli: &Cli,
    out: &mut dyn Write,
    err: &mut Diagnostics<'_>,
    unreadable: &mut bool,
) -> Result<Outcome> {
    let quiet = cli.quiet;
    let mut load =
        |paths: &[PathBuf], read: &ReadArgs, err: &mut Diagnostics<'_>| -> Result<Corpus> {
            let corpus = load(paths, &load_options(read, None), err)?;
            *unreadable |= !corpus.failed.is_empty();
            Ok(corpus)
        };
    match &cli.command {
        Command::Sentences(args) => {
            let corpus = load(&args.input.paths, &args.input.read, err)?;
            let segmented: Vec<_> = corpus.documents.iter().map(segment::segment).collect();
            report::sentences::write(out, args.format, &corpus, &segmented)?;
            Ok(Outcome::Clean)
        }
        Command::Claims(args) => {
            let corpus = load(&args.input.paths, &args.input.read, err)?;
            let rules = rule_set(args.input.read.rules.as_deref())?;
            let progress = Progress::new(corpus.documents.len(), quiet);
            let claims = rules.extract_all_with(&corpus, &|| progress.tick());
            progress.finish();
            report::claims::write(out, args.format, &corpus, &claims)?;
            Ok(Outcome::Clean)
        }
        Command::Report(args) => {
            let mut options = load_options(&args.input.read, Some(&args.render));
            options.exclude.extend(not_articles(&args.findings));
            options.exclude.extend(
                args.write_baseline
                    .iter()
                    .map(|p| (p.clone(), "--write-baseline")),
            );
            let corpus = self::load(&args.input.paths, &options, err)?;
            *unreadable |= !corpus.failed.is_empty();
            let rules = rule_set(args.input.read.rules.as_deref())?;
            let reported = Reported::new(&rules, &args.findings)?;
            let analysis =
                reported.analyse(&rules, &corpus, quiet, args.write_baseline.as_deref())?;
            let graph = TopicGraph::build(&corpus, &analysis);
            let infos = reported.selection.rules(&rules.infos);
            let model = Report::build(&corpus, &analysis, &graph, &infos);
            let delivered = deliver(&model, &args.render, out)?;
            let failed = args
                .fail_on
                .is_some_and(|f| threshold::report_fails(&model, f));
            Ok(worse(delivered, failed))
        }
        Command::Check(args) => {
            let mut options = load_options(&args.read, Some(&args.render));
            options.exclude.extend(not_articles(&args.findings));
            let (corpus, piece, warnings) = check::load(args, &options)?;
            err.warn(&warnings)?;
            err.about(&corpus)?;
            *unreadable |= !corpus.failed.is_empty();
            let rules = rule_set(args.read.rules.as_deref())?;
            let reported = Reported::new(&rules, &args.findings)?;
            let analysis = reported.analyse(&rules, &corpus, quiet, None)?;
            let graph = TopicGraph::build(&corpus, &analysis);
            let infos = reported.selection.rules(&rules.infos);
            let model = Report::build(&corpus, &analysis, &graph, &infos).focus(piece);
            let delivered = deliver(&model, &args.render, out)?;
            Ok(worse(
                delivered,
                threshold::report_fails(&model, args.fail_on),
            ))
        }
        Command::Diff(args) => {
            let old = changes::read(&args.old)?;
            let new = changes::read(&args.new)?;
            let found = changes::compare(&old, &new);
            let mut rendered = Vec::new();
            changes::write(&mut rendered, &found, &args.old, &args.new)?;
            match &args.output {
                Some(path) => output::write_atomically(path, &rendered)?,
                None => out.write_all(&rendered)?,
            }
            let failed = args.fail_on.is_some_and(|f| {
                found
                    .new_contradictions()
                    .iter()
                    .any(|&s| threshold::fails(f, s))
            });
            Ok(worse(Outcome::Clean, failed))
        }
        Command::Rules(args) => rules::run(args, out),
        Command::Explain(args) => rules::explain(args, out),
        Command::Completions { shell } => docs::completions(*shell, out).map(|()| Outcome::Clean),
        Command::Man { command } => docs::man(command.as_deref(), out).map(|()| Outcome::Clean),
        Command::Eval(args) => {
            let corpus = load(&args.input.paths, &args.input.read, err)?;
            let rules = rule_set(args.input.read.rules.as_deref())?;
            let analysis = rules.analyse(&corpus);
            let key = Key::load(&args.key, &corpus)?;
            let score = key.score(&analysis.claims, &analysis.comparison.relation_refs());
            writeln!(out, "{}", report::escape::terminal(&score.line()))?;
            for miss in &score.misses {
                writeln!(out, "  {}", report::escape::terminal(&miss.to_string()))?;
            }
            Ok(if score.is_clean() {
                Outcome::Clean
            } else {
                Outcome::Findings
            })
        }
    }
}

/// A progress bar on standard error for runs over many articles: drawn only
/// when standard error is a terminal, silent otherwise (pipes, CI, tests).
struct Progress(Option<indicatif::ProgressBar>);

/// Fewer articles than this finish too fast to need a bar.
const PROGRESS_FROM: usize = 200;

impl Progress {
    /// A bar for `documents` articles, unless `quiet`.
    fn new(documents: usize, quiet: bool) -> Self {
        use std::io::IsTerminal;
        let show = !quiet && documents >= PROGRESS_FROM && std::io::stderr().is_terminal();
        Progress(show.then(|| {
            let bar = indicatif::ProgressBar::new(documents as u64);
            bar.set_style(
                indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} articles {elapsed}")
                    .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
            );
            bar
        }))
    }

    fn tick(&self) {
        if let Some(bar) = &self.0 {
            bar.inc(1);
        }
    }

    fn finish(&self) {
        if let Some(bar) = &self.0 {
            bar.finish_and_clear();
        }
    }
}

/// The bundled rules, with those of `dir` laid over them by id.
fn rule_set(dir: Option<&std::path::Path>) -> Result<RuleSet> {
    match dir {
        Some(dir) => RuleSet::layered(dir),
        None => RuleSet::bundled(),
    }
}

/// Which findings a report shows: the rules `--select` and `--ignore`
/// choose, less those `--baseline` lists.
struct Reported {
    selection: Selection,
    baseline: Baseline,
}

impl Reported {
    /// Check the rule ids and read the baseline, before any analysis.
    fn new(rules: &RuleSet, args: &FindingArgs) -> Result<Self> {
        Ok(Reported {
            selection: Selection::new(rules, args)?,
            baseline: match &args.baseline {
                Some(path) => Baseline::read(path)?,
                None => Baseline::default(),
            },
        })
    }

    /// Extract and compare (with a progress bar for long runs), keep the
    /// findings of the rules selected, write them to `write_baseline` when
    /// asked, and leave out those of the baseline.
    fn analyse(
        &self,
        rules: &RuleSet,
        corpus: &Corpus,
        quiet: bool,
        write_baseline: Option<&std::path::Path>,
    ) -> Result<Analysis> {
        let progress = Progress::new(corpus.documents.len(), quiet);
        let mut analysis = rules.analyse_with(corpus, &|| progress.tick());
        progress.finish();
        self.selection.apply(&mut analysis);
        if let Some(path) = write_baseline {
            output::write_atomically(path, baseline::render(corpus, &analysis).as_bytes())?;
        }
        self.baseline.apply(corpus, &mut analysis);
        Ok(analysis)
    }
}

/// The files `args` names, never to be read as articles.
fn not_articles(args: &FindingArgs) -> Vec<(PathBuf, &'static str)> {
    args.baseline
        .iter()
        .map(|p| (p.clone(), "--baseline"))
        .collect()
}

/// Render `model` as `render` asks and deliver it.
fn deliver(model: &Report<'_>, render: &RenderArgs, out: &mut dyn Write) -> Result<Outcome> {
    let style = match render.color {
        ColorChoice::Always => Style { color: true },
        ColorChoice::Never => Style { color: false },
        // A file or a comparison is never coloured.
        ColorChoice::Auto if render.output.is_some() || render.check.is_some() => Style::default(),
        ColorChoice::Auto => Style::for_stdout(),
    };
    let write = |out: &mut dyn Write| report::write(out, render.format, model, style);
    output::deliver(&write, render, out)
}

/// Findings when either says so.
fn worse(outcome: Outcome, findings: bool) -> Outcome {
    if findings { Outcome::Findings } else { outcome }
}

/// How `read` asks articles to be loaded; the files `render` writes or
/// compares with are never read as articles.
fn load_options(read: &ReadArgs, render: Option<&RenderArgs>) -> LoadOptions {
    let mut exclude = Vec::new();
    if let Some(render) = render {
        exclude.extend(render.output.iter().map(|p| (p.clone(), "--output")));
        exclude.extend(render.check.iter().map(|p| (p.clone(), "--check")));
    }
    LoadOptions {
        manifest: read.manifest.clone(),
        lossy: read.lossy,
        keep_going: read.keep_going,
        follow: read.follow,
        max_size: read.max_size,
        exclude,
        format: read.input_format,
        fields: read.field.clone().unwrap_or_default(),
    }
}

/// Load the inputs and warn (on `err`) about anything skipped, overridden
/// or read with loss.
fn load(paths: &[PathBuf], options: &LoadOptions, err: &mut Diagnostics<'_>) -> Result<Corpus> {
    let loaded = corpus::load_reporting(paths, options)?;
    err.warn(&loaded.warnings)?;
    err.about(&loaded.corpus)?;
    Ok(loaded.corpus)
}

/// Standard error: errors always, warnings unless `--quiet`; every line
/// made safe for a terminal.
struct Diagnostics<'e> {
    err: &'e mut dyn Write,
    quiet: bool,
}

impl Diagnostics<'_> {
    /// Say each warning, one line each.
    fn warn(&mut self, warnings: &[String]) -> Result<()> {
        for warning in warnings {
            self.warning(warning)?;
        }
        Ok(())
    }

    fn warning(&mut self, message: &str) -> Result<()> {
        if !self.quiet {
            writeln!(
                self.err,
                "claimcheck: warning: {}",
                report::escape::terminal(message)
            )?;
        }
        Ok(())
    }

    /// Say which articles were skipped (errors) and which were read with
    /// loss (warnings).
    fn about(&mut self, corpus: &Corpus) -> Result<()> {
        for failure in &corpus.failed {
            writeln!(
                self.err,
                "claimcheck: error: {} (skipped: --keep-going)",
                report::escape::terminal(&failure.message)
            )?;
        }
        for doc in &corpus.documents {
            if doc.replaced_bytes > 0 {
                self.warning(&format!(
                    "{}: {} invalid UTF-8 byte(s) replaced with '?' (--lossy); \
                     byte offsets still match the file",
                    doc.path, doc.replaced_bytes
                ))?;
            }
        }
        Ok(())
    }
}
