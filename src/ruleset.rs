//! The compiled rule set: every rule file turned into its kind, once per run,
//! and the runner for the rules' own examples.
//!
//! In: rule sources (bundled, with `--rules DIR` laid over them by id).
//! Out: [`RuleSet`]. A rule that
//! does not compile stops the run with its file, line and column.

use std::path::Path;

use crate::analysis::Analysis;
use crate::claim::Claim;
use crate::compare::amount::AmountParams;
use crate::compare::clock::ClockCompareParams;
use crate::compare::date::DateParams;
use crate::compare::quote::QuoteParams as QuoteWordingParams;
use crate::compare::time::TimeParams;
use crate::compare::who::{ActorCompareParams, PersonCompareParams, PlaceCompareParams};
use crate::compare::{CompareKind, CompareRule};
use crate::corpus::{Corpus, Document, Provenance, Published};
use crate::error::{Error, Result};
use crate::extract::actors::{ActorParams, ActorRule};
use crate::extract::attribution::{AttributionParams, AttributionRule};
use crate::extract::clock::{ClockParams, ClockRule};
use crate::extract::code::{CodeParams, CodeRule};
use crate::extract::figures::{CountParams, CountRule, OutcomeParams, OutcomeRule};
use crate::extract::lexicon::{GazetteerParams, NounParams};
use crate::extract::persons::{PersonParams, PersonRule};
use crate::extract::quantity::{QuantityParams, QuantityRule};
use crate::extract::quote::{QuoteParams, QuoteRule};
use crate::extract::scope::{ScopeParams, Scopes};
use crate::extract::score::{ScoreParams, ScoreRule};
use crate::extract::whereabouts::{PlaceParams, PlaceRule};
use crate::extract::{Extractors, PlainParams};
use crate::rules::{self, RuleInfo, RuleSource};
use crate::rules::{Article, Examples, PairExample, Severity};
use crate::segment;
use crate::span::{DocId, Span};
use crate::story::Stories;

/// The kinds a rule file may name, for messages.
pub const KINDS: &[&str] = &[
    "outcome",
    "count",
    "quantity",
    "time",
    "date",
    "quote",
    "score",
    "clock",
    "code",
    "attribution",
    "gazetteer",
    "nouns",
    "scopes",
    "place",
    "actor",
    "person",
    "places",
    "actors",
    "persons",
];

/// Every rule, compiled.
#[derive(Debug)]
pub struct RuleSet {
    /// The extraction kinds, filled in.
    pub extractors: Extractors,
    /// The comparison rules.
    pub compare: Vec<CompareRule>,
    /// What each rule says about itself, in load order.
    pub infos: Vec<RuleInfo>,
}

impl RuleSet {
    /// The rules built into the binary.
    pub fn bundled() -> Result<Self> {
        Self::compile(rules::bundled())
    }

    /// The bundled rules with those of a directory laid over them by id
    /// (see [`rules::layered`]).
    pub fn layered(dir: &Path) -> Result<Self> {
        Self::compile(rules::layered(rules::from_dir(dir)?))
    }

    /// Compile rule sources.
    pub fn compile(sources: Vec<RuleSource>) -> Result<Self> {
        let mut x = Extractors::default();
        let mut compare = Vec::new();
        let mut infos = Vec::new();
        let mut gazetteer_path = None;
        for source in &sources {
            let (kind, kind_at) = rules::kind_of(source)?;
            let bad_regex = |e: regex::Error| {
                rules::invalid(
                    source,
                    kind_at,
                    format!("rule pattern does not compile: {e}"),
                )
            };
            let info = match kind.as_str() {
                "outcome" => {
                    let (file, info) = rules::parse::<OutcomeParams>(source)?;
                    x.outcomes
                        .push(OutcomeRule::new(info.id.clone(), file.params));
                    info
                }
                "count" => {
                    let (file, info) = rules::parse::<CountParams>(source)?;
                    if file.params.max_words == 0 {
                        return Err(rules::invalid(
                            source,
                            kind_at,
                            "a `count` rule needs `max_words` of at least 1".to_string(),
                        ));
                    }
                    if x.count.is_some() {
                        return Err(rules::invalid(
                            source,
                            kind_at,
                            "only one `count` rule may be loaded".to_string(),
                        ));
                    }
                    x.count = Some(CountRule::new(info.id.clone(), file.params));
                    info
                }
                "quantity" => {
                    let (file, info) = rules::parse::<QuantityParams>(source)?;
                    x.quantities
                        .push(QuantityRule::new(info.id.clone(), file.params));
                    info
                }
                "time" | "date" => {
                    let (_, info) = rules::parse::<PlainParams>(source)?;
                    let list = if kind == "time" {
                        &mut x.times
                    } else {
                        &mut x.dates
                    };
                    list.push(info.id.clone());
                    info
                }
                "quote" => {
                    let (file, info) = rules::parse::<QuoteParams>(source)?;
                    x.quotes
                        .push(QuoteRule::new(info.id.clone(), file.params).map_err(bad_regex)?);
                    info
                }
                "code" => {
                    let (file, info) = rules::parse::<CodeParams>(source)?;
                    x.codes
                        .push(CodeRule::new(info.id.clone(), file.params).map_err(bad_regex)?);
                    info
                }
                "score" => {
                    let (file, info) = rules::parse::<ScoreParams>(source)?;
                    x.scores.push(ScoreRule::new(info.id.clone(), file.params));
                    info
                }
                "clock" => {
                    let (file, info) = rules::parse::<ClockParams>(source)?;
                    x.clocks
                        .push(ClockRule::new(info.id.clone(), file.params).map_err(bad_regex)?);
                    info
                }
                "attribution" => {
                    let (file, info) = rules::parse::<AttributionParams>(source)?;
                    x.attributions
                        .push(AttributionRule::new(info.id.clone(), file.params));
                    info
                }
                "gazetteer" => {
                    let (file, info) = rules::parse::<GazetteerParams>(source)?;
                    for entity in &file.params.entity {
                        if let Some(zone) = &entity.timezone
                            && let Err(message) = crate::corpus::facts::check_zone(zone)
                        {
                            let at = source.text.find(&format!("\"{zone}\"")).unwrap_or(kind_at);
                            return Err(rules::invalid(source, at, message));
                        }
                    }
                    x.lexicon.add_entities(&info.id, file.params);
                    // The bundled gazetteers compile alone: when one of a
                    // rules directory is loaded, a failure is its doing.
                    if gazetteer_path
                        .as_ref()
                        .is_none_or(|g: &RuleSource| g.bundled && !source.bundled)
                    {
                        gazetteer_path = Some(source.clone());
                    }
                    info
                }
                "nouns" => {
                    let (file, info) = rules::parse::<NounParams>(source)?;
                    x.lexicon.add_nouns(&info.id, file.params);
                    info
                }
                "scopes" => {
                    let (file, info) = rules::parse::<ScopeParams>(source)?;
                    if !x.scopes.id.is_empty() {
                        return Err(rules::invalid(
                            source,
                            kind_at,
                            "only one `scopes` rule may be loaded".to_string(),
                        ));
                    }
                    x.scopes = Scopes::new(info.id.clone(), file.params);
                    info
                }
                "place" => {
                    let (file, info) = rules::parse::<PlaceParams>(source)?;
                    x.places
                        .push(PlaceRule::new(info.id.clone(), file.params).map_err(bad_regex)?);
                    info
                }
                "actor" => {
                    let (file, info) = rules::parse::<ActorParams>(source)?;
                    x.actors
                        .push(ActorRule::new(info.id.clone(), file.params).map_err(bad_regex)?);
                    info
                }
                "person" => {
                    let (file, info) = rules::parse::<PersonParams>(source)?;
                    x.persons
                        .push(PersonRule::new(info.id.clone(), file.params));
                    info
                }
                "amount" | "time-of-day" | "event-date" | "quote-wording" | "game-clock"
                | "places" | "actors" | "persons" => {
                    let (kind, info) = compile_comparison(&kind, source)?;
                    compare.push(CompareRule {
                        id: info.id.clone(),
                        severity: info.severity.unwrap_or(Severity::Warning),
                        kind,
                    });
                    info
                }
                other => {
                    return Err(rules::invalid(
                        source,
                        kind_at,
                        format!(
                            "unknown rule kind {other:?}; the kinds are: {}",
                            KINDS.join(", ")
                        ),
                    ));
                }
            };
            if let Some(previous) = infos.iter().find(|i: &&RuleInfo| i.id == info.id) {
                return Err(rules::invalid(
                    source,
                    0,
                    format!(
                        "rule id {:?} is already used by {}",
                        info.id,
                        previous.path.display()
                    ),
                ));
            }
            infos.push(info);
        }
        x.lexicon.finish().map_err(|e| match &gazetteer_path {
            Some(source) => rules::invalid(source, 0, format!("gazetteer does not compile: {e}")),
            None => Error::Usage(format!("gazetteer does not compile: {e}")),
        })?;
        Ok(RuleSet {
            extractors: x,
            compare,
            infos,
        })
    }

    /// Extract every document's claims and compare them: the whole analysis.
    pub fn analyse(&self, corpus: &Corpus) -> Analysis {
        self.analyse_with(corpus, &|| {})
    }

    /// [`RuleSet::analyse`], calling `done` once per extracted document.
    pub fn analyse_with(&self, corpus: &Corpus, done: &(dyn Fn() + Sync)) -> Analysis {
        let claims = concat(self.extract_all_with(corpus, done));
        Analysis::of(&self.compare, corpus, claims, None)
    }
}

/// Every document's claims in one vector, in document order, grown once
/// from the first document's (one dense article's hundred thousand claims
/// are never copied, nor held twice).
fn concat(per_document: Vec<Vec<Claim>>) -> Vec<Claim> {
    let total = per_document.iter().map(Vec::len).sum::<usize>();
    let mut documents = per_document.into_iter();
    let mut all = documents.next().unwrap_or_default();
    all.reserve_exact(total - all.len());
    for claims in documents {
        all.extend(claims);
    }
    all
}

impl RuleSet {
    /// Every document's claims, extracted in parallel; `[i]` belongs to
    /// document `i`, so the output order never depends on scheduling.
    pub fn extract_all(&self, corpus: &Corpus) -> Vec<Vec<Claim>> {
        self.extract_all_with(corpus, &|| {})
    }

    /// [`RuleSet::extract_all`], calling `done` once per finished document
    /// (from any thread), for progress displays.
    pub fn extract_all_with(&self, corpus: &Corpus, done: &(dyn Fn() + Sync)) -> Vec<Vec<Claim>> {
        use rayon::prelude::*;
        // The gazetteer is read in parallel on first use. Read it here,
        // outside the pool: a first use inside a document's job would wait
        // for workers that are themselves waiting for it (a deadlock when a
        // thread outside the pool, such as a test's, started the parse).
        crate::gazetteer::global();
        corpus
            .documents
            .par_iter()
            .map(|doc| {
                let claims = self.extractors.extract(doc, &segment::segment(doc));
                done();
                claims
            })
            .collect()
    }
}

fn compile_comparison(kind: &str, source: &RuleSource) -> Result<(CompareKind, RuleInfo)> {
    Ok(match kind {
        "amount" => {
            let (file, info) = rules::parse_pairs::<AmountParams>(source)?;
            (CompareKind::Amount(file.params), info)
        }
        "time-of-day" => {
            let (file, info) = rules::parse_pairs::<TimeParams>(source)?;
            (CompareKind::Time(file.params), info)
        }
        "event-date" => {
            let (file, info) = rules::parse_pairs::<DateParams>(source)?;
            (CompareKind::Date(file.params), info)
        }
        "game-clock" => {
            let (file, info) = rules::parse_pairs::<ClockCompareParams>(source)?;
            (CompareKind::Clock(file.params), info)
        }
        "places" => {
            let (file, info) = rules::parse_pairs::<PlaceCompareParams>(source)?;
            (CompareKind::Place(file.params), info)
        }
        "actors" => {
            let (file, info) = rules::parse_pairs::<ActorCompareParams>(source)?;
            (CompareKind::Actor(file.params), info)
        }
        "persons" => {
            let (file, info) = rules::parse_pairs::<PersonCompareParams>(source)?;
            (CompareKind::Person(file.params), info)
        }
        _ => {
            let (file, info) = rules::parse_pairs::<QuoteWordingParams>(source)?;
            (CompareKind::Quote(file.params), info)
        }
    })
}

/// Something a rule produced from a text: its evidence and value as shown.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    /// The rule.
    pub rule: String,
    /// The evidence span.
    pub span: Span,
    /// The value as shown.
    pub value: String,
}

/// A rule example that did not do what it says.
#[derive(Debug, Clone, PartialEq)]
pub struct ExampleFailure {
    /// The rule.
    pub rule: String,
    /// What went wrong, with the example's text.
    pub message: String,
}

/// Text prepended to every example to check that spans shift with it.
const FILLER: &str = "Filler – a line with ünïcode before the claim.\n\n";

impl RuleSet {
    /// Everything every rule produces from `text` published as given.
    pub fn findings(
        &self,
        text: &str,
        published: Option<&str>,
        timezone: Option<&str>,
    ) -> Vec<Finding> {
        let doc = example_document(text, published, timezone);
        let sentences = segment::segment(&doc);
        let claims = self.extractors.extract(&doc, &sentences);
        let lexicon = &self.extractors.lexicon;
        let mut out = Vec::new();
        for claim in &claims {
            out.push(Finding {
                rule: claim.rule.clone(),
                span: claim.span,
                value: claim.value.to_string(),
            });
            if let Some(a) = &claim.attribution {
                out.push(Finding {
                    rule: a.rule.clone(),
                    span: a.span,
                    value: a.source.clone(),
                });
            }
            let scopes = &self.extractors.scopes.id;
            let scope = [
                ("state", &claim.context.state),
                ("part", &claim.context.part),
                ("owner", &claim.context.owner),
                ("names", &claim.context.names),
                ("past", &claim.context.past),
                ("prospect", &claim.context.prospect),
                ("superseded", &claim.context.superseded),
            ];
            for (what, value) in scope {
                if let Some(value) = value {
                    out.push(Finding {
                        rule: scopes.clone(),
                        span: claim.span,
                        value: format!("{what}: {value}"),
                    });
                }
            }
            if let Some(rule) = lexicon.class_rule(&claim.subject.noun) {
                out.push(Finding {
                    rule: rule.to_string(),
                    span: claim.span,
                    value: claim.subject.noun.clone(),
                });
            }
        }
        for sentence in sentences.iter().filter(|s| s.kind.has_claims()) {
            let base = sentence.span.start;
            for m in lexicon.mentions(sentence.span.slice(&doc.text)) {
                out.push(Finding {
                    rule: lexicon.entity_rule(m.entity).to_string(),
                    span: Span::new(doc.id, base + m.start, base + m.end),
                    value: lexicon.name(m.entity).to_string(),
                });
            }
        }
        out.dedup();
        out
    }

    /// Run every rule's examples; an empty list means all held.
    pub fn run_examples(&self) -> Vec<ExampleFailure> {
        self.run_examples_of(|_| true)
    }

    /// Run the examples of the rules `chosen` picks (those of a rules
    /// directory, run among the bundled rules it is laid over).
    pub fn run_examples_of(&self, chosen: impl Fn(&RuleInfo) -> bool) -> Vec<ExampleFailure> {
        let mut failures = Vec::new();
        for info in self.infos.iter().filter(|i| chosen(i)) {
            let messages = match &info.examples {
                Examples::Claims { must, must_not } => self.claim_examples(info, must, must_not),
                Examples::Pairs { must, must_not } => {
                    let mut out: Vec<String> = must
                        .iter()
                        .filter_map(|e| self.pair_example(info, e))
                        .collect();
                    for e in must_not {
                        let found = self.pair_relations(&e.a, &e.b, &info.id);
                        if !found.is_empty() {
                            out.push(format!(
                                "in {:?} / {:?}: must not relate, but gave [{}]",
                                e.a.text,
                                e.b.text,
                                found.join("; ")
                            ));
                        }
                    }
                    out
                }
            };
            failures.extend(messages.into_iter().map(|message| ExampleFailure {
                rule: info.id.clone(),
                message,
            }));
        }
        failures
    }

    fn claim_examples(
        &self,
        info: &RuleInfo,
        must: &[rules::Example],
        must_not: &[rules::CounterExample],
    ) -> Vec<String> {
        let mut failures = Vec::new();
        for example in must {
            let (published, zone) = (example.published.as_deref(), example.timezone.as_deref());
            let found = self.findings(&example.text, published, zone);
            let mine: Vec<&Finding> = found.iter().filter(|f| f.rule == info.id).collect();
            for want in &example.claims {
                let hit = mine
                    .iter()
                    .any(|f| f.span.slice(&example.text) == want.evidence && f.value == want.value);
                if !hit {
                    let got: Vec<String> = mine
                        .iter()
                        .map(|f| format!("{:?} = {}", f.span.slice(&example.text), f.value))
                        .collect();
                    failures.push(format!(
                        "in {:?}: expected {:?} = {}; got [{}]",
                        example.text,
                        want.evidence,
                        want.value,
                        got.join("; ")
                    ));
                }
            }
            for extra in mine.iter().filter(|f| {
                !example
                    .claims
                    .iter()
                    .any(|w| f.span.slice(&example.text) == w.evidence && f.value == w.value)
            }) {
                failures.push(format!(
                    "in {:?}: found {:?} = {}, which the example does not list",
                    example.text,
                    extra.span.slice(&example.text),
                    extra.value
                ));
            }
            let shifted = self.findings(&format!("{FILLER}{}", example.text), published, zone);
            let moved: Vec<(usize, usize, &str)> = shifted
                .iter()
                .filter(|f| f.rule == info.id && f.span.start >= FILLER.len())
                .map(|f| {
                    (
                        f.span.start - FILLER.len(),
                        f.span.end - FILLER.len(),
                        f.value.as_str(),
                    )
                })
                .collect();
            let plain: Vec<(usize, usize, &str)> = mine
                .iter()
                .map(|f| (f.span.start, f.span.end, f.value.as_str()))
                .collect();
            if moved != plain {
                failures.push(format!(
                    "in {:?}: spans did not shift by exactly the {} bytes of prepended filler",
                    example.text,
                    FILLER.len()
                ));
            }
        }
        for example in must_not {
            let found = self.findings(
                &example.text,
                example.published.as_deref(),
                example.timezone.as_deref(),
            );
            let mine: Vec<String> = found
                .iter()
                .filter(|f| f.rule == info.id)
                .map(|f| format!("{:?} = {}", f.span.slice(&example.text), f.value))
                .collect();
            if !mine.is_empty() {
                failures.push(format!(
                    "in {:?}: must not fire, but found [{}]",
                    example.text,
                    mine.join("; ")
                ));
            }
        }
        failures
    }

    /// The relations rule `rule` gives between two example articles, shown.
    fn pair_relations(&self, a: &Article, b: &Article, rule: &str) -> Vec<String> {
        let mut first = example_document(&a.text, a.published.as_deref(), a.timezone.as_deref());
        first.meta.outlet = a.outlet.clone().unwrap_or_else(|| "A".to_string());
        let mut second = example_document(&b.text, b.published.as_deref(), b.timezone.as_deref());
        second.id = DocId(1);
        second.name = "example-b.txt".to_string();
        second.meta.outlet = b.outlet.clone().unwrap_or_else(|| "B".to_string());
        let corpus = Corpus {
            documents: vec![first, second],
            failed: Vec::new(),
        };
        // The two articles of an example tell one story by the example's word.
        let claims: Vec<Claim> = self.extract_all(&corpus).into_iter().flatten().collect();
        let stories = Stories::one(&corpus);
        let Analysis {
            claims, comparison, ..
        } = Analysis::of(&self.compare, &corpus, claims, Some(stories));
        comparison
            .relations
            .iter()
            .filter(|r| r.rule == rule)
            .map(|r| {
                format!(
                    "{} “{}” / “{}”",
                    r.verdict.name(),
                    claims[r.a].span.slice(&corpus.documents[0].text),
                    claims[r.b].span.slice(&corpus.documents[1].text)
                )
            })
            .collect()
    }

    fn pair_example(&self, info: &RuleInfo, e: &PairExample) -> Option<String> {
        let found = self.pair_relations(&e.a, &e.b, &info.id);
        let want = e.verdict.name();
        (!found.iter().any(|f| f.starts_with(&format!("{want} ")))).then(|| {
            format!(
                "in {:?} / {:?}: expected {want}; got [{}]",
                e.a.text,
                e.b.text,
                found.join("; ")
            )
        })
    }
}

fn example_document(text: &str, published: Option<&str>, timezone: Option<&str>) -> Document {
    let mut doc = Document::from_text(DocId(0), "example.txt", "example", text.to_string());
    doc.meta.published = published.and_then(Published::parse);
    if doc.meta.published.is_some() {
        doc.meta.published_from = Provenance::Manifest;
    }
    doc.meta.timezone = timezone.map(str::to_string);
    doc
}
