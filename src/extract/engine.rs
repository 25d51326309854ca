//! The extraction engine: runs every compiled kind over each sentence and
//! assembles claims with absolute spans, zones, attribution and entities.

use serde::Deserialize;

use super::attribution::AttributionRule;
use super::figures::{self, CountRule, OutcomeRule};
use super::lexicon::{EntityKind, Lexicon, Mention};
use super::quantity::QuantityRule;
use super::quote::QuoteRule;
use super::tokens::tokenize;
use jiff::civil::Date;

use super::events;
use super::place;
use super::scope::{self, Scopes, SentenceWords};
use crate::claim::{Attribution, Claim, ClaimKind, Context, Subject, Value};
use crate::corpus::Document;
use crate::normalize::date::{DateContext, date_spans, find_dates};
use crate::normalize::number::find_numbers;
use crate::normalize::time::{ZoneHint, find_times};
use crate::normalize::words::WordSet;
use crate::segment::{BlockKind, Sentence};
use crate::span::Span;

/// A date interval this short (in days) places an event; a longer one is a
/// period counted over ("in the last six months").
const SHORT_DAYS: i32 = 14;
/// The longest interval (a calendar month) that still dates a claim's event.
const MONTH_DAYS: i32 = 31;

/// Mentions that follow a locative word, possibly with one article or
/// adjective between ("in the", "in eastern").
fn located_mentions<'m>(
    text: &'m str,
    mentions: &'m [Mention],
) -> impl Iterator<Item = &'m Mention> + 'm {
    const LOCATIVE: &[&str] = &[
        "in", "at", "near", "across", "inside", "outside", "around", "off", "over", "on",
    ];
    let word_before = move |at: usize| {
        let before = text[..at].trim_end_matches(crate::corpus::is_space);
        let word = before.rsplit(crate::corpus::is_space).next().unwrap_or("");
        (before.len() - word.len(), word.to_lowercase())
    };
    mentions.iter().filter(move |m| {
        let (at, word) = word_before(m.start);
        if LOCATIVE.contains(&word.as_str()) {
            return true;
        }
        let between = !word.is_empty() && word.chars().all(char::is_lowercase);
        between && LOCATIVE.contains(&word_before(at).1.as_str())
    })
}

/// Paragraphs that say "last year", by paragraph index (one pass over the
/// sentences, not one per paragraph).
fn paragraphs_saying_last_year(doc: &Document, sentences: &[Sentence]) -> Vec<bool> {
    let count = sentences.last().map_or(0, |s| s.paragraph + 1);
    let mut says = vec![false; count];
    for s in sentences {
        if s.span.slice(&doc.text).to_lowercase().contains("last year") {
            says[s.paragraph] = true;
        }
    }
    says
}

/// Parameters of kinds that take none (`time`, `date`).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlainParams {}

/// Every compiled extraction rule.
#[derive(Debug, Default)]
pub struct Extractors {
    /// Gazetteer and noun classes.
    pub lexicon: Lexicon,
    /// `outcome` rules.
    pub outcomes: Vec<OutcomeRule>,
    /// The `count` rule (at most one).
    pub count: Option<CountRule>,
    /// `quantity` rules.
    pub quantities: Vec<QuantityRule>,
    /// Ids of `time` rules.
    pub times: Vec<String>,
    /// Ids of `date` rules.
    pub dates: Vec<String>,
    /// `quote` rules.
    pub quotes: Vec<QuoteRule>,
    /// `attribution` rules.
    pub attributions: Vec<AttributionRule>,
    /// The `scopes` rule: states of what is counted, words for parts.
    pub scopes: Scopes,
    /// `place` rules.
    pub places: Vec<super::whereabouts::PlaceRule>,
    /// `actor` rules.
    pub actors: Vec<super::actors::ActorRule>,
    /// `person` rules.
    pub persons: Vec<super::persons::PersonRule>,
}

/// What one sentence knows while its claims are built.
struct SentenceScope<'a> {
    sentence: &'a Sentence,
    text: &'a str,
    /// The gazetteer's entities in `text`, found once.
    mentions: &'a [Mention],
    /// The words of `text`, split once.
    tokens: &'a [super::tokens::Token<'a>],
    zone: Option<String>,
}

impl Extractors {
    /// Every claim in `doc`, in text order.
    pub fn extract(&self, doc: &Document, sentences: &[Sentence]) -> Vec<Claim> {
        let readable: Vec<&Sentence> = sentences.iter().filter(|s| s.kind.has_claims()).collect();
        let mentions: Vec<Vec<Mention>> = readable
            .iter()
            .map(|s| self.lexicon.mentions(s.span.slice(&doc.text)))
            .collect();
        let gazetteer = crate::gazetteer::global();
        let who_where =
            !(self.places.is_empty() && self.actors.is_empty() && self.persons.is_empty());
        let found: Vec<Vec<crate::gazetteer::Found>> = readable
            .iter()
            .map(|s| {
                if self.places.is_empty() {
                    Vec::new()
                } else {
                    gazetteer.find(s.span.slice(&doc.text))
                }
            })
            .collect();
        let all_found: Vec<&crate::gazetteer::Found> = found.iter().flatten().collect();
        let countries = super::whereabouts::countries_named(&all_found);
        let last_year = paragraphs_saying_last_year(doc, sentences);
        let article_zone = doc.meta.timezone.clone();
        let event_zone = self.dominant_zone(&mentions);
        let mut context = DateContext {
            published: doc.meta.published.map(|p| p.date),
            ..DateContext::default()
        };
        let mut claims = Vec::new();
        let mut paragraph = (usize::MAX, None);
        let mut paragraphs_read = 0;
        for ((sentence, found), places) in readable.iter().copied().zip(&mentions).zip(&found) {
            if paragraph.0 != sentence.paragraph {
                paragraphs_read += 1;
                // "It killed 612 people": a sentence that opens with a pronoun
                // goes on about the event of the one before, even on a new line.
                // So does a paragraph after one about an event long before
                // the article ("In April last year a quake struck …" then
                // "Five people died …"): background runs on.
                let carried = paragraph.1.filter(|&(_, to): &(Date, Date)| {
                    continues(sentence.span.slice(&doc.text))
                        || context
                            .published
                            .is_some_and(|p| (p - to).get_days() > BACKGROUND_DAYS)
                });
                paragraph = (sentence.paragraph, carried);
                context.last_year = last_year[sentence.paragraph];
            }
            let text = sentence.span.slice(&doc.text);
            let zone = self.place_zone(text, found).or_else(|| event_zone.clone());
            let tokens = tokenize(text);
            let scope = SentenceScope {
                sentence,
                text,
                mentions: found,
                tokens: &tokens,
                zone,
            };
            let start = claims.len();
            self.sentence_claims(&scope, article_zone.as_deref(), &mut context, &mut claims);
            if who_where {
                self.who_and_where(sentence, text, places, &countries, &mut claims);
            }
            self.attribute(&scope, &mut claims[start..]);
            paragraph.1 = self.place_in_time(&scope, &mut claims[start..], paragraph.1);
            let words = SentenceWords {
                text,
                base: sentence.span.start,
                tokens: &tokens,
                mentions: found,
                lede: paragraphs_read <= LEDE_PARAGRAPHS,
            };
            scope::describe(&words, &mut claims[start..], &self.scopes, &self.lexicon);
        }
        self.quote_claims(doc, sentences, &readable, &mentions, &mut claims);
        attribute_quoted(&mut claims);
        main_event_for_times(&mut claims);
        claims.sort_by_key(|c| (c.span.start, c.span.end));
        mark_repeats(&doc.text, &mut claims);
        claims
    }

    /// The zone of the place the document mentions most, for "local time".
    fn dominant_zone(&self, mentions: &[Vec<Mention>]) -> Option<String> {
        let mut counts: Vec<(String, usize)> = Vec::new();
        for found in mentions {
            for m in found {
                if let Some(zone) = self.lexicon.timezone(m.entity) {
                    match counts.iter_mut().find(|(z, _)| z == zone) {
                        Some((_, n)) => *n += 1,
                        None => counts.push((zone.to_string(), 1)),
                    }
                }
            }
        }
        let best = counts.iter().map(|(_, n)| *n).max()?;
        counts.into_iter().find(|(_, n)| *n == best).map(|(z, _)| z)
    }

    /// Give the sentence's claims their event days, period and place; returns
    /// the paragraph's event days for the sentences after it.
    fn place_in_time(
        &self,
        scope: &SentenceScope<'_>,
        claims: &mut [Claim],
        paragraph_when: Option<(Date, Date)>,
    ) -> Option<(Date, Date)> {
        let days = |c: &Claim| match c.value {
            Value::Date { from, to, .. } => Some((c.span.start, from, to)),
            _ => None,
        };
        let dates: Vec<(usize, Date, Date)> = claims.iter().filter_map(days).collect();
        let short = |&&(_, from, to): &&(usize, Date, Date)| (to - from).get_days() <= SHORT_DAYS;
        // A month ("in September 2009") places an event too, more loosely.
        let placing = |&&(_, from, to): &&(usize, Date, Date)| (to - from).get_days() <= MONTH_DAYS;
        let window = dates.iter().find(|d| !short(d)).map(|&(_, f, t)| (f, t));
        let tokens = scope.tokens;
        let base = scope.sentence.span.start;
        let sources: Vec<(usize, usize)> = claims
            .iter()
            .filter_map(|c| c.attribution.as_ref())
            .filter(|a| {
                scope.sentence.span.start <= a.span.start && a.span.end <= scope.sentence.span.end
            })
            .map(|a| (a.span.start - base, a.span.end - base))
            .collect();
        let places = place::places(scope.text, scope.mentions, &self.lexicon, &sources);
        let country = self.located(scope.text, scope.mentions, EntityKind::Country);
        for claim in claims.iter_mut() {
            let nearest = dates
                .iter()
                .filter(placing)
                .min_by_key(|(at, _, _)| at.abs_diff(claim.span.start))
                .map(|&(_, f, t)| (f, t));
            let whole_year = dates
                .iter()
                .find(|&&(_, f, t)| {
                    f.month() == 1
                        && f.day() == 1
                        && t.month() == 12
                        && t.day() == 31
                        && f.year() == t.year()
                })
                .map(|&(_, f, t)| (f, t));
            claim.context.when = match claim.value {
                Value::Date { from, to, .. } => Some((from, to)),
                _ => nearest.or(whole_year).or(paragraph_when),
            };
            claim.context.window = window;
            claim.context.place =
                place::nearest(&places, claim.span.start - base, claim.span.end - base)
                    .filter(|p| !p.country)
                    .map(|p| p.name.clone());
            claim.context.country = country.clone();
            if matches!(claim.kind, ClaimKind::Date | ClaimKind::Time) {
                let first = tokens.partition_point(|t| t.start < claim.span.start - base);
                let next = tokens.partition_point(|t| t.start < claim.span.end - base);
                claim.subject.noun =
                    events::event_of(tokens, first, next, &self.lexicon).unwrap_or_default();
            }
        }
        dates
            .iter()
            .rev()
            .find(placing)
            .map(|&(_, f, t)| (f, t))
            .or(paragraph_when)
    }

    /// The first entity of `kind` that `text` names after a locative word:
    /// "in Iraq", "near Erbil", "in eastern China".
    fn located(&self, text: &str, mentions: &[Mention], kind: EntityKind) -> Option<String> {
        located_mentions(text, mentions)
            .find(|m| self.lexicon.kind(m.entity) == kind)
            .map(|m| self.lexicon.name(m.entity).to_string())
    }

    /// The zone of the place `text` says something happened in ("in Iraq").
    fn place_zone(&self, text: &str, mentions: &[Mention]) -> Option<String> {
        located_mentions(text, mentions)
            .find_map(|m| self.lexicon.timezone(m.entity).map(str::to_string))
    }

    fn sentence_claims(
        &self,
        scope: &SentenceScope<'_>,
        article_zone: Option<&str>,
        context: &mut DateContext,
        out: &mut Vec<Claim>,
    ) {
        let text = scope.text;
        let mut masked: Vec<(usize, usize)> = Vec::new();
        for rule in &self.dates {
            let found = find_dates(text, *context);
            for m in &found {
                let mut zones: Vec<String> = article_zone.map(str::to_string).into_iter().collect();
                zones.extend(scope.zone.clone());
                zones.dedup();
                let value = Value::Date {
                    from: m.from,
                    to: m.to,
                    part: m.part,
                    zones,
                };
                out.push(self.claim(
                    scope,
                    m.start,
                    m.end,
                    ClaimKind::Date,
                    "date",
                    rule,
                    value,
                    Subject::default(),
                ));
                masked.push((m.start, m.end));
            }
            if let Some(last) = found.iter().rev().find(|m| m.from == m.to) {
                context.anchor = Some(last.from);
            }
        }
        for rule in &self.times {
            for t in find_times(text) {
                let zone = match t.zone {
                    ZoneHint::Fixed(0) => Some("UTC".to_string()),
                    ZoneHint::Fixed(seconds) => Some(format!("UTC{:+}", seconds / 3600)),
                    ZoneHint::Local => scope.zone.clone(),
                    ZoneHint::Unspecified => {
                        scope.zone.clone().or(article_zone.map(str::to_string))
                    }
                };
                let value = Value::Time {
                    minutes: t.minutes,
                    approximate: t.approximate,
                    zone,
                };
                out.push(self.claim(
                    scope,
                    t.start,
                    t.end,
                    ClaimKind::Time,
                    "time of day",
                    rule,
                    value,
                    Subject::default(),
                ));
                masked.push((t.start, t.end));
            }
        }
        // Dates the article's missing publication date left unresolved are
        // still dates, not counts.
        masked.extend(date_spans(text));
        let mut numbers = find_numbers(text);
        numbers.retain(|n| !masked.iter().any(|&(s, e)| n.start < e && s < n.end));
        let mut used = vec![false; numbers.len()];
        for rule in &self.quantities {
            for hit in rule.find(text, &numbers) {
                if used[hit.number] {
                    continue;
                }
                used[hit.number] = true;
                let subject = Subject {
                    noun: hit.measure.clone(),
                    head: hit.reference.clone().unwrap_or_default(),
                    converts: hit.converts.map(|f| f.to_string()).unwrap_or_default(),
                    ..Subject::default()
                };
                out.push(self.claim(
                    scope,
                    hit.start,
                    hit.end,
                    ClaimKind::Quantity,
                    &hit.measure,
                    &rule.id,
                    hit.value,
                    subject,
                ));
            }
        }
        // "H1N1", "COVID19": a figure glued to letters is only a unit's.
        let remaining: Vec<_> = numbers
            .iter()
            .zip(&used)
            .filter(|(n, u)| !**u && !n.glued)
            .map(|(n, _)| *n)
            .collect();
        let tokens = scope.tokens;
        for hit in figures::find(
            tokens,
            &remaining,
            &self.outcomes,
            self.count.as_ref(),
            &self.lexicon,
        ) {
            out.push(self.claim(
                scope,
                hit.start,
                hit.end,
                hit.kind,
                &hit.measure,
                &hit.rule,
                hit.value,
                hit.subject,
            ));
        }
    }

    #[expect(
        clippy::too_many_arguments,
        reason = "one call site per kind; a struct would only rename them"
    )]
    fn claim(
        &self,
        scope: &SentenceScope<'_>,
        start: usize,
        end: usize,
        kind: ClaimKind,
        measure: &str,
        rule: &str,
        value: Value,
        subject: Subject,
    ) -> Claim {
        let base = scope.sentence.span;
        Claim {
            span: Span::new(base.doc, base.start + start, base.start + end),
            sentence: base,
            block: scope.sentence.kind,
            kind,
            measure: measure.to_string(),
            rule: rule.to_string(),
            value,
            subject,
            attribution: None,
            hedges: Vec::new(),
            entities: Vec::new(),
            context: Context::default(),
            copy: WordSet::default(),
            repeated: false,
        }
    }

    /// Give the sentence's claims its source, hedges and entities.
    fn attribute(&self, scope: &SentenceScope<'_>, claims: &mut [Claim]) {
        if claims.is_empty() {
            return;
        }
        let tokens = scope.tokens;
        let base = scope.sentence.span;
        let sources: Vec<(super::attribution::SourceHit, String)> = self
            .attributions
            .iter()
            .flat_map(|r| {
                r.sources(scope.text, tokens)
                    .into_iter()
                    .map(|s| (s, r.id.clone()))
            })
            .collect();
        let hedges: Vec<String> = self
            .attributions
            .iter()
            .flat_map(|r| r.hedges(scope.text, tokens))
            .collect();
        let mut entities: Vec<String> = Vec::new();
        for m in scope.mentions {
            let name = self.lexicon.name(m.entity).to_string();
            if !entities.contains(&name) {
                entities.push(name);
            }
        }
        for claim in claims {
            // The nearest source before the claim ("X said A, but Y said B"),
            // else the first after it ("A, according to X").
            let at = claim.span.start - base.start;
            let source = sources
                .iter()
                .rev()
                .find(|(s, _)| s.start <= at)
                .or_else(|| sources.iter().find(|(s, _)| s.start > at));
            claim.attribution = source.map(|(s, rule)| Attribution {
                key: super::attribution::source_key(&s.source),
                source: self.canonical(&s.source),
                span: Span::new(base.doc, base.start + s.start, base.start + s.end),
                rule: rule.clone(),
            });
            claim.hedges = hedges.clone();
            claim.entities = entities.clone();
        }
    }

    /// A source or speaker with a known person's or body's name replaced by
    /// its canonical form ("Defense Secretary Mark T. Esper" → "Mark Esper").
    fn canonical(&self, written: &str) -> String {
        self.lexicon
            .mentions(written)
            .iter()
            .find(|m| {
                matches!(
                    self.lexicon.kind(m.entity),
                    EntityKind::Person | EntityKind::Organisation
                )
            })
            .map_or_else(
                || written.to_string(),
                |m| self.lexicon.name(m.entity).to_string(),
            )
    }

    /// Quotes, paragraph by paragraph. A quote whose paragraph names no
    /// speaker for it takes the speaker of the paragraph's other quotes; "he"
    /// and "she" take the last person the document named before the quote.
    fn quote_claims(
        &self,
        doc: &Document,
        sentences: &[Sentence],
        readable: &[&Sentence],
        mentions: &[Vec<Mention>],
        claims: &mut Vec<Claim>,
    ) {
        let mut persons: Vec<(usize, String)> = Vec::new();
        for (s, found) in readable.iter().zip(mentions) {
            for m in found {
                if self.lexicon.kind(m.entity) == EntityKind::Person {
                    persons.push((
                        s.span.start + m.start,
                        self.lexicon.name(m.entity).to_string(),
                    ));
                }
            }
        }
        let mut paragraphs: Vec<(usize, usize, &Sentence)> = Vec::new();
        for s in readable {
            match paragraphs.last_mut() {
                Some((_, end, first)) if first.paragraph == s.paragraph => *end = s.span.end,
                _ => paragraphs.push((s.span.start, s.span.end, s)),
            }
        }
        for (start, end, first) in paragraphs {
            let text = &doc.text[start..end];
            for rule in &self.quotes {
                let hits = rule.find(text);
                let mut speakers: Vec<Option<String>> = hits
                    .iter()
                    .map(|hit| {
                        let written = hit.speaker.as_deref()?;
                        if matches!(written.to_lowercase().as_str(), "he" | "she") {
                            let before = start + hit.start;
                            let named = persons.iter().rev().find(|(at, _)| *at < before);
                            return Some(
                                named.map_or_else(|| written.to_string(), |(_, n)| n.clone()),
                            );
                        }
                        Some(self.canonical(written))
                    })
                    .collect();
                let known: Vec<String> = speakers.iter().flatten().cloned().collect();
                if known.len() == 1 {
                    speakers
                        .iter_mut()
                        .for_each(|s| *s = Some(known[0].clone()));
                }
                // A paragraph that opens with an unattributed quote goes on
                // with the speaker the text named just before it.
                if known.is_empty()
                    && text.starts_with(['“', '"'])
                    && !rule.attributes_itself(text)
                    && let Some(name) = last_name(&doc.text[..start])
                {
                    let name = self.canonical(name);
                    speakers.iter_mut().for_each(|s| *s = Some(name.clone()));
                }
                for (hit, speaker) in hits.iter().zip(speakers) {
                    let span = Span::new(first.span.doc, start + hit.start, start + hit.end);
                    claims.push(self.quote_claim(doc, sentences, first, rule, span, speaker));
                }
            }
        }
    }

    fn quote_claim(
        &self,
        doc: &Document,
        sentences: &[Sentence],
        first: &Sentence,
        rule: &QuoteRule,
        span: Span,
        speaker: Option<String>,
    ) -> Claim {
        let sentence = sentences
            .iter()
            .find(|s| s.span.start <= span.start && span.start < s.span.end)
            .map_or(first.span, |s| s.span);
        let attribution = speaker.map(|source| Attribution {
            key: super::attribution::source_key(&source),
            source,
            span,
            rule: rule.id.clone(),
        });
        Claim {
            span,
            sentence,
            block: first.kind,
            kind: ClaimKind::Quote,
            measure: "quote".to_string(),
            rule: rule.id.clone(),
            value: Value::Quote {
                text: doc.text[span.start..span.end].to_string(),
            },
            subject: Subject {
                noun: "quote".to_string(),
                ..Subject::default()
            },
            attribution,
            hedges: Vec::new(),
            entities: Vec::new(),
            context: Context::default(),
            copy: WordSet::default(),
            repeated: false,
        }
    }
}

/// The first paragraphs with claims to read (a headline, a standfirst, the
/// opening paragraph): the lede, which says what the article reports.
const LEDE_PARAGRAPHS: usize = 3;

/// True when a sentence opens with a pronoun that points back ("It", "They").
/// An event that ended more than this many days before publication is
/// background: the paragraph after it is taken to go on about it.
const BACKGROUND_DAYS: i32 = 365;

fn continues(sentence: &str) -> bool {
    const BACK: &[&str] = &["It", "They", "This", "These", "That", "Those", "He", "She"];
    sentence
        .split(crate::corpus::is_space)
        .next()
        .is_some_and(|w| BACK.contains(&w.trim_end_matches([',', '’', '\''])))
}

/// The last name of two or more capitalised words in the paragraph that ends
/// `before` ("Greek President Carolos Papoulias").
fn last_name(before: &str) -> Option<&str> {
    static NAME: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"\p{Lu}[\p{L}’'.-]+(?:\s+\p{Lu}[\p{L}’'.-]+)+")
            .expect("name pattern is valid")
    });
    let trimmed = before.trim_end_matches(crate::corpus::is_space);
    let paragraph_start = trimmed.rfind('\n').map_or(0, |i| i + 1);
    NAME.find_iter(&trimmed[paragraph_start..])
        .last()
        .map(|m| m.as_str())
}

/// A time of day whose sentence names no event is about the article's main
/// event: the event its dates and times name most often. One whose sentence
/// and paragraph give no day is on that event's day, where the article gives
/// it one ("The quake struck at 1353" in an article about "Sunday's quake").
fn main_event_for_times(claims: &mut [Claim]) {
    let mut counts: Vec<(String, usize)> = Vec::new();
    for c in claims
        .iter()
        .filter(|c| matches!(c.kind, ClaimKind::Date | ClaimKind::Time))
    {
        if c.subject.noun.is_empty() {
            continue;
        }
        match counts.iter_mut().find(|(n, _)| *n == c.subject.noun) {
            Some((_, k)) => *k += 1,
            None => counts.push((c.subject.noun.clone(), 1)),
        }
    }
    let Some(best) = counts.iter().map(|(_, k)| *k).max() else {
        return;
    };
    let Some((main, _)) = counts.iter().find(|(_, k)| *k == best) else {
        return;
    };
    let mut days = claims.iter().filter_map(|c| match &c.value {
        Value::Date {
            from, to, zones, ..
        } if from == to && zones.len() == 1 && c.subject.noun == *main => Some((*from, *to)),
        _ => None,
    });
    // Only a day the article gives the event without a doubt, in one zone:
    // an outlet in Bonn saying "Thursday" of a strike in Baghdad does not.
    let first = days.next();
    let day = first.filter(|&d| days.all(|other| other == d));
    for c in claims.iter_mut().filter(|c| c.kind == ClaimKind::Time) {
        if c.subject.noun.is_empty() {
            c.subject.noun = main.clone();
        }
        if c.subject.noun == *main && c.context.when.is_none() {
            c.context.when = day;
        }
    }
}

/// Figures inside a quote are the speaker's words: give them the quote's
/// attribution.
fn attribute_quoted(claims: &mut [Claim]) {
    let quotes: Vec<(Span, Attribution)> = claims
        .iter()
        .filter(|c| c.kind == ClaimKind::Quote)
        .filter_map(|c| Some((c.span, c.attribution.clone()?)))
        .collect();
    for claim in claims.iter_mut().filter(|c| c.kind != ClaimKind::Quote) {
        if let Some((_, a)) = quotes.iter().find(|(span, _)| span.contains(&claim.span)) {
            claim.attribution = Some(a.clone());
        }
    }
}

/// Mark claims whose words and value repeat another claim of the same
/// document. The body is what gets compared: where prose restates a headline
/// or caption, the headline's copy is the one marked; otherwise the later one.
/// One pass with a map, so a document with a million claims stays linear.
fn mark_repeats(text: &str, claims: &mut [Claim]) {
    // The value's debug form is its full identity (zones included).
    let mut first_of: std::collections::HashMap<(ClaimKind, &str, String), usize> =
        std::collections::HashMap::new();
    for i in 0..claims.len() {
        let key = (
            claims[i].kind,
            claims[i].span.slice(text),
            format!("{:?}", claims[i].value),
        );
        match first_of.get(&key).copied() {
            Some(first) => {
                if claims[first].block != BlockKind::Prose && claims[i].block == BlockKind::Prose {
                    claims[first].repeated = true;
                    first_of.insert(key, i);
                } else {
                    claims[i].repeated = true;
                }
            }
            None => {
                first_of.insert(key, i);
            }
        }
    }
}
