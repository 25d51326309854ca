//! The extraction engine: runs every compiled kind over each sentence and
//! assembles claims with absolute spans, zones, attribution and entities.

use serde::Deserialize;

use super::attribution::{AttributionRule, SourceHit, is_source_pronoun};
use super::figures::{self, CountRule, OutcomeRule};
use super::lexicon::{EntityKind, Lexicon, Mention};
use super::quantity::QuantityRule;
use super::quote::QuoteRule;
use super::tokens::tokenize;
use jiff::civil::Date;

use super::events;
use super::place;
use super::reach::{
    aside_after_relative, aside_closed_before, contrasted_after, counts_listener, describes_source,
    framed_after, just_before,
};
use super::scope::{self, Scopes, SentenceWords};
use crate::claim::{Attribution, Claim, ClaimKind, Context, Subject, Value};
use crate::corpus::Document;
use crate::language::{
    ARTICLES, LOCATIVES, PRONOUNS_BACK, is_function_word, is_statement_named_back,
};
use crate::normalize::date::{DateContext, DateMatch, date_spans, find_dates, find_undated};
use crate::normalize::number::find_numbers;
use crate::normalize::time::find_times;
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
    let word_before = move |at: usize| {
        let before = text[..at].trim_end_matches(crate::corpus::is_space);
        let word = before.rsplit(crate::corpus::is_space).next().unwrap_or("");
        (before.len() - word.len(), word.to_lowercase())
    };
    mentions.iter().filter(move |m| {
        let (at, word) = word_before(m.start);
        if LOCATIVES.contains(&word) {
            return true;
        }
        let between = !word.is_empty() && word.chars().all(char::is_lowercase);
        between && LOCATIVES.contains(&word_before(at).1)
    })
}

/// Paragraphs that say "last year", by paragraph index (one pass over the
/// sentences, not one per paragraph).
fn paragraphs_saying_last_year(doc: &Document, sentences: &[Sentence]) -> Vec<bool> {
    let count = sentences.last().map_or(0, |s| s.paragraph + 1);
    let mut says = vec![false; count];
    for s in sentences {
        if crate::normalize::date::says_last_year(s.span.slice(&doc.text)) {
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
    /// `score` rules.
    pub scores: Vec<super::score::ScoreRule>,
    /// `clock` rules.
    pub clocks: Vec<super::clock::ClockRule>,
    /// `code` rules.
    pub codes: Vec<super::code::CodeRule>,
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
        let mentions: Vec<Vec<Mention>> = readable
            .iter()
            .zip(&found)
            .map(|(s, found)| {
                let mentions = self.lexicon.mentions(s.span.slice(&doc.text));
                super::whereabouts::countries_outside_other_places(mentions, found, &self.lexicon)
            })
            .collect();
        let all_found: Vec<&crate::gazetteer::Found> = found.iter().flatten().collect();
        let countries = super::whereabouts::countries_named(&all_found);
        // Surnames place nothing ("to Page") and name who "he" is ("Reid").
        let surnames =
            if self.places.is_empty() && self.quotes.is_empty() && self.attributions.is_empty() {
                crate::FastSet::default()
            } else {
                super::whereabouts::surnames(&doc.text)
            };
        let in_document = super::whereabouts::InDocument {
            countries: &countries,
            surnames: &surnames,
        };
        let last_year = paragraphs_saying_last_year(doc, sentences);
        let article_zone = doc.meta.timezone.clone();
        let lede: Vec<(&str, &[crate::gazetteer::Found])> = readable
            .iter()
            .map(|s| s.span.slice(&doc.text))
            .zip(found.iter().map(Vec::as_slice))
            .collect();
        let zones = super::zones::Zones::of_document(
            &self.lexicon,
            &doc.text,
            &mentions,
            &lede,
            &countries,
        );
        let mut context = DateContext {
            published: doc.meta.published.map(|p| p.date),
            published_eve: published_eve(&doc.meta),
            ..DateContext::default()
        };
        let mut claims = Vec::new();
        let mut paragraph = (usize::MAX, None);
        // The days and place of the last sentence that placed a claim.
        let mut before_event: (Option<(Date, Date)>, Option<String>) = (None, None);
        let mut paragraphs_read = 0;
        let mut previous: Option<&str> = None;
        // Every source a sentence named, where: the last is what "it said"
        // and "they said" may stand for, and a quote's the last before it.
        let mut citations: Vec<(usize, String)> = Vec::new();
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
            let zone = zones.of_sentence(located_mentions(text, found));
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
            drop_supposed(text, sentence.span.start, &mut claims, start);
            let first_line = doc.text[..sentence.span.start].trim().is_empty();
            drop_page_stamp(text, sentence.span.start, &mut claims, start, first_line);
            if who_where {
                // "It broke out in the roof": the sentence before says what "it" is.
                let carried = previous.filter(|_| continues(text));
                self.who_and_where(sentence, (text, carried), places, &in_document, &mut claims);
            }
            let before = &doc.text[..sentence.span.start];
            let sources = self.sources_of(&scope);
            let near = paragraph_before_start(before);
            let antecedents = Antecedents {
                before,
                surnames: &surnames,
                cited: citations.last().map(|(_, name)| name.as_str()),
                cited_near: &citations[citations.partition_point(|(at, _)| *at < near)..],
            };
            self.attribute(&scope, &sources, &antecedents, &mut claims[start..]);
            if let Some((named, _)) = sources
                .iter()
                .rev()
                .find(|(s, _)| !s.quoted && !is_source_pronoun(&s.source.to_lowercase()))
            {
                // "The company said", "The paper said": cited as the body or
                // the outlet it stands for.
                let name = self.canonical(
                    self.named_back(&named.source, antecedents.cited, &surnames)
                        .unwrap_or(&named.source),
                );
                citations.push((sentence.span.start + named.start, name));
            }
            paragraph.1 =
                self.place_in_time(&scope, &mut claims[start..], paragraph.1, context.published);
            if events::points_back(&tokens, &self.lexicon) {
                carry_event(&mut claims[start..], &before_event);
            }
            if let Some(c) = claims[start..].iter().find(|c| c.context.place.is_some()) {
                before_event = (c.context.when, c.context.place.clone());
            }
            let words = SentenceWords {
                text,
                base: sentence.span.start,
                tokens: &tokens,
                mentions: found,
                lede: paragraphs_read <= LEDE_PARAGRAPHS,
            };
            scope::describe(&words, &mut claims[start..], &self.scopes, &self.lexicon);
            narrow_categorical_to_place(&mut claims[start..]);
            if let Some(count) = &self.count {
                figures::owned_counts(&words, &mut claims, start, count);
            }
            previous = Some(text);
        }
        let named = NamedBefore {
            surnames: &surnames,
            citations: &citations,
        };
        let interruptions =
            self.quote_claims(doc, sentences, (&readable, &mentions), &named, &mut claims);
        attribute_quoted(&mut claims, &interruptions);
        main_event_for_times(&mut claims, doc.meta.published.map(|p| p.date));
        // The line the publication date was read from ("Friday, Sep 10, 2010
        // | Updated 8:52 PM EDT") is the page's, not a claim of the story.
        if let crate::corpus::Provenance::Text { offset } = doc.meta.published_from
            && let (Some(head), Some(tail)) = (doc.text.get(..offset), doc.text.get(offset..))
        {
            let from = head.rfind('\n').map_or(0, |i| i + 1);
            let to = tail.find('\n').map_or(doc.text.len(), |i| offset + i);
            claims.retain(|c| !(from <= c.span.start && c.span.start < to));
        }
        // Ties keep the order found; a dense article's claims are sorted as
        // indices, never copied.
        let mut order: Vec<usize> = (0..claims.len()).collect();
        order.sort_unstable_by_key(|&i| (claims[i].span.start, claims[i].span.end, i));
        crate::order::apply(&mut claims, order);
        mark_repeats(&doc.text, &mut claims);
        claims.shrink_to_fit();
        claims
    }

    /// Give the sentence's claims their event days, period and place; returns
    /// the paragraph's event days for the sentences after it.
    fn place_in_time(
        &self,
        scope: &SentenceScope<'_>,
        claims: &mut [Claim],
        paragraph_when: Option<(Date, Date)>,
        published: Option<Date>,
    ) -> Option<(Date, Date)> {
        if claims.is_empty() {
            return paragraph_when;
        }
        let days = |c: &Claim| match c.value {
            Value::Date { from, to, .. } => Some((c.span.start, from, to)),
            _ => None,
        };
        let tokens = scope.tokens;
        let base = scope.sentence.span.start;
        // "The president said Thursday that seven were killed": the day of
        // a statement is not the day of what it reports.
        // Nor is a bound of a state after it ("closed until Tuesday").
        let said = |c: &Claim| {
            let (first, next) = token_range(tokens, c.span, base);
            events::said_on(tokens, first, next) || events::bounds_a_state(tokens, first)
        };
        let dates: Vec<(usize, Date, Date)> = claims
            .iter()
            .filter(|c| !said(c))
            .filter_map(days)
            .collect();
        let short = |&&(_, from, to): &&(usize, Date, Date)| (to - from).get_days() <= SHORT_DAYS;
        // A month ("in September 2009") places an event too, more loosely.
        let placing = |&&(_, from, to): &&(usize, Date, Date)| (to - from).get_days() <= MONTH_DAYS;
        let window = dates.iter().find(|d| !short(d)).map(|&(_, f, t)| (f, t));
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
                // "Okafor, who lives in Marseille, is due in court on
                // Monday": where someone lives or comes from holds on every
                // day of the story, not on the one its sentence names.
                _ if claim.kind == ClaimKind::Place
                    && matches!(claim.measure.as_str(), "home" | "origin") =>
                {
                    None
                }
                _ => nearest.or(whole_year).or(paragraph_when),
            };
            claim.context.window = window;
            // A share may be a country's ("52 percent in Egypt"); other
            // figures are placed no narrower by a country.
            let share = claim.measure == "percent";
            let (start, end) = (claim.span.start - base, claim.span.end - base);
            claim.context.place = place::nearest(&places, scope.text, start, end, share)
                .filter(|p| share || !p.country)
                .map(|p| p.name.clone());
            claim.context.country = country.clone();
            if matches!(claim.kind, ClaimKind::Date | ClaimKind::Time) {
                let range = token_range(tokens, claim.span, base);
                // A day or a time may date what followed an event; a year or
                // a day long before the article dates the event itself.
                let recent = match claim.value {
                    Value::Date { from, to, .. } => {
                        (to - from).get_days() <= SHORT_DAYS
                            && published.is_none_or(|p| (p - to).get_days() <= BACKGROUND_DAYS)
                    }
                    _ => true,
                };
                let follow_up = events::dates_a_follow_up(tokens, range.0, recent, &self.lexicon);
                claim.subject.noun =
                    events::event_of(tokens, range, follow_up, &self.lexicon).unwrap_or_default();
                claim.context.after_event = follow_up || events::bounds_a_state(tokens, range.0);
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

    fn sentence_claims(
        &self,
        scope: &SentenceScope<'_>,
        article_zone: Option<&str>,
        context: &mut DateContext,
        out: &mut Vec<Claim>,
    ) {
        let text = scope.text;
        let mut masked: Vec<(usize, usize)> = Vec::new();
        let quotes = super::quote::quoted(text);
        // The quoted stretch around a span, if any: (its words' start, end).
        let quoted_in = |start: usize, end: usize| {
            quotes
                .iter()
                .find(|&&(_, from, to, _)| from <= start && end <= to)
                .map(|&(_, from, to, _)| (from, to))
        };
        let quoted = |start: usize, end: usize| quoted_in(start, end).is_some();
        // "“midnight regulations”": a time inside a quoted term names it.
        let in_term = |start: usize, end: usize| {
            quoted_in(start, end)
                .is_some_and(|(from, to)| text[from..to].split_whitespace().count() <= TERM_WORDS)
        };
        for rule in &self.dates {
            let mut found = find_dates(text, *context);
            // A day written with its year ("April 8, 2012") dates the same
            // month and day written later without one, and a near one its
            // own sentence writes without one ("was hurt May 14, 2004 while
            // looking into a May 10 fire").
            let stated = (context.stated, context.stated_months);
            for m in found.iter().filter(|m| m.year_written) {
                if m.from == m.to {
                    context.state(m.from);
                } else if is_whole_month(m) {
                    context.state_month(m.from);
                }
            }
            if (context.stated, context.stated_months) != stated
                && found.iter().any(|m| !m.year_written)
            {
                found = find_dates(text, *context);
            }
            // "today" inside a quote is the speaker's day, or none ("the
            // problems we face today"): it dates nothing of the report.
            let found: Vec<DateMatch> = found
                .into_iter()
                .filter(|m| !(m.present && quoted(m.start, m.end)))
                .collect();
            let mut days: Vec<(usize, usize, Value)> = found
                .iter()
                .map(|m| {
                    let mut zones: Vec<String> =
                        article_zone.map(str::to_string).into_iter().collect();
                    zones.extend(scope.zone.clone());
                    zones.dedup();
                    let value = Value::Date {
                        from: m.from,
                        to: m.to,
                        part: m.part,
                        zones,
                    };
                    (m.start, m.end, value)
                })
                .collect();
            if let Some(last) = found.iter().rev().find(|m| m.from == m.to && !m.counted) {
                context.anchor = Some(last.from);
            }
            // "On Saturday" in an article that does not say when it came out
            // names a day all the same.
            let undated = find_undated(text, *context, &found)
                .into_iter()
                .filter(|m| !(m.present && quoted(m.start, m.end)));
            days.extend(undated.map(|m| {
                let value = Value::Day {
                    said: m.said,
                    part: m.part,
                };
                (m.start, m.end, value)
            }));
            for (start, end, value) in days {
                out.push(self.claim(
                    scope,
                    start,
                    end,
                    ClaimKind::Date,
                    "date",
                    rule,
                    value,
                    Subject::default(),
                ));
                masked.push((start, end));
            }
        }
        for rule in &self.times {
            for t in find_times(text)
                .into_iter()
                .filter(|t| !in_term(t.start, t.end))
            {
                let zone = t.zone.resolve(scope.zone.as_deref(), article_zone);
                let value = Value::Time {
                    minutes: t.minutes,
                    approximate: t.approximate,
                    side: t.side,
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
        // "with 7:42 left in the first half": a moment of a match.
        for rule in &self.clocks {
            for hit in rule.find(text) {
                let value = Value::Clock {
                    period: hit.period,
                    left: hit.left,
                };
                out.push(self.claim(
                    scope,
                    hit.start,
                    hit.end,
                    ClaimKind::Time,
                    "game clock",
                    &rule.id,
                    value,
                    Subject::default(),
                ));
                masked.push((hit.start, hit.end));
            }
        }
        // "call police on 0800 555 0123": a number that names.
        for rule in &self.codes {
            for hit in rule.find(text) {
                let subject = Subject {
                    noun: rule.measure.clone(),
                    head: rule.measure.clone(),
                    ..Subject::default()
                };
                let value = Value::Code { digits: hit.digits };
                out.push(self.claim(
                    scope,
                    hit.start,
                    hit.end,
                    ClaimKind::Count,
                    &rule.measure,
                    &rule.id,
                    value,
                    subject,
                ));
                masked.push((hit.start, hit.end));
            }
        }
        // "an 88-70 victory", "Ohio State (10-0)": two figures as one.
        for rule in &self.scores {
            for hit in rule.find(text, scope.tokens) {
                let subject = Subject {
                    noun: hit.measure.to_string(),
                    head: hit.measure.to_string(),
                    ..Subject::default()
                };
                let value = Value::Score {
                    first: hit.first,
                    second: hit.second,
                };
                out.push(self.claim(
                    scope,
                    hit.start,
                    hit.end,
                    ClaimKind::Count,
                    hit.measure,
                    &rule.id,
                    value,
                    subject,
                ));
                masked.push((hit.start, hit.end));
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
                // "1hr 4 mins" is one duration: every figure in it is used.
                for (n, u) in numbers.iter().zip(used.iter_mut()) {
                    if hit.start <= n.start && n.end <= hit.end {
                        *u = true;
                    }
                }
                used[hit.number] = true;
                let subject = Subject {
                    noun: hit.measure.clone(),
                    head: hit.reference.clone().unwrap_or_default(),
                    located: hit.located.clone().unwrap_or_default(),
                    bearing: hit.bearing,
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
        // "H1N1", "COVID19": a figure glued to letters is only a unit's; a
        // fraction is a share, never a count.
        let remaining: Vec<_> = numbers
            .iter()
            .zip(&used)
            .filter(|(n, u)| !**u && !n.glued && !n.fraction)
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
        new_claim(
            scope.sentence,
            (start, end),
            kind,
            (measure, rule),
            value,
            subject,
        )
    }

    /// Every source the sentence names, with the id of the rule that found
    /// it, in the order of the rules.
    fn sources_of(&self, scope: &SentenceScope<'_>) -> Vec<(SourceHit, String)> {
        self.attributions
            .iter()
            .flat_map(|r| {
                r.sources(scope.text, scope.tokens)
                    .into_iter()
                    .map(|s| (s, r.id.clone()))
            })
            .collect()
    }

    /// Give the sentence's claims their source (one of `sources`, the
    /// sentence's), hedges and entities; a pronoun that names a source is
    /// resolved from `antecedents`.
    fn attribute(
        &self,
        scope: &SentenceScope<'_>,
        sources: &[(SourceHit, String)],
        antecedents: &Antecedents<'_>,
        claims: &mut [Claim],
    ) {
        let Antecedents {
            before,
            surnames,
            cited,
            cited_near,
        } = *antecedents;
        if claims.is_empty() {
            return;
        }
        let tokens = scope.tokens;
        let base = scope.sentence.span;
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
        // The referent of "he" and "she", looked for once per sentence.
        let mut referent: Option<Option<&str>> = None;
        // "ROME, March 18 - The FAO said …": the dateline is the writer's.
        let dateline = crate::corpus::infer::dateline_len(scope.text).unwrap_or(0);
        for claim in claims {
            let at = claim.span.start - base.start;
            claim.hedges = hedges.clone();
            claim.entities = entities.clone();
            if claim.span.end - base.start <= dateline {
                continue;
            }
            // "officials said Tuesday", "told jurors in Marsk County Court":
            // when and where they said it is the writer's statement, not
            // theirs.
            if matches!(
                claim.kind,
                ClaimKind::Date | ClaimKind::Time | ClaimKind::Place
            ) && tokens.iter().position(|t| t.start == at).is_some_and(|k| {
                let (_, next) = token_range(tokens, claim.span, base.start);
                super::events::said_on(tokens, k, next)
            }) {
                // "Smoke was reported at about 9:20 a.m.": a passive report's
                // time is its event's.
                let passive = tokens.iter().position(|t| t.start == at).is_some_and(|k| {
                    tokens[..k]
                        .iter()
                        .rposition(|t| crate::language::SAYING.contains(t.lower()))
                        .and_then(|verb| verb.checked_sub(1))
                        .is_some_and(|be| crate::language::BE.contains(tokens[be].lower()))
                });
                claim.context.dates_saying = !passive;
                continue;
            }
            // The nearest source before the claim ("X said A, but Y said B"),
            // else the first after it that may cover it ("A, according to
            // X"; not "A, but Y said B").
            // A figure inside the source's own words ("Armstead, 32,
            // testified that"), or a person named in them ("U.S. District
            // Judge Ana Ruiz said"), is the writer's, not the source's.
            // "the $184 million reported by the Marsk Echo": the agent of a
            // passive verb right after the figure is its source, before any.
            let after = claim.span.end - base.start;
            // "…, which Interior Secretary Ana Ruiz said were …": a speaker's
            // name and title are the writer's, whoever else the sentence
            // cites.
            if claim.kind == ClaimKind::Person
                && sources.iter().any(|(s, _)| s.start < after && at < s.end)
            {
                continue;
            }
            // The part of the claim a source's words may not hold (a person
            // within them took none above).
            let inner = at + 1;
            let source = sources
                .iter()
                .find(|(s, _)| s.agent && just_before(scope.text, after, s.start))
                .or_else(|| {
                    sources
                        .iter()
                        .rev()
                        .filter(|(s, _)| !(s.start < inner && at < s.end))
                        // "described by police as …" says only the "as"
                        // phrase: a claim past it goes to a source before.
                        .find(|(s, _)| s.start <= at && s.reach.is_none_or(|r| at < r))
                        // '…," said Ana Okafor, who was smoking on her deck in
                        // Marsk Estates': what describes the source is
                        // the writer's.
                        .filter(|(s, _)| !describes_source(scope.text, s, at))
                        .filter(|(s, _)| !aside_closed_before(scope.text, s, at))
                        .filter(|(s, _)| !contrasted_after(scope.text, s, at))
                        .filter(|(s, _)| {
                            !framed_after(scope.text, s, at, |w| {
                                self.attributions.iter().any(|r| r.tells(w))
                            })
                        })
                        .filter(|(s, _)| {
                            !counts_listener(scope.text, s, at, |w| {
                                self.attributions.iter().any(|r| r.tells(w))
                            })
                        })
                })
                .or_else(|| {
                    sources.iter().find(|(s, _)| {
                        s.start >= inner && s.covers_before && !aside_after_relative(scope.text, s)
                    })
                });
            // "…, he said": the person opening the sentence, else the last
            // person a sentence before had as its subject; "…, it said", "…, they said": the source a sentence
            // before named last, when it is a body or a group; no one when
            // none fits (a pronoun names no source). "the statement said":
            // whoever issued it, named before.
            let source = source.and_then(|(s, rule)| {
                let pronoun = s.source.to_lowercase();
                let written = if matches!(pronoun.as_str(), "he" | "she") {
                    // "Ana Okafor had run the line when she announced": the
                    // sentence's opening subject comes first when the
                    // document names it as a person (a surname after a
                    // given name).
                    let fits = |name: &str| crate::language::pronoun_fits(&s.source, name);
                    last_subject_name(&scope.text[..s.start], surnames)
                        .filter(|&(at, name)| {
                            at == 0
                                && fits(name)
                                && name
                                    .split_whitespace()
                                    .next_back()
                                    .is_some_and(|w| surnames.contains(w))
                        })
                        .map(|(_, name)| name)
                        .or_else(|| {
                            *referent
                                .get_or_insert_with(|| Some(last_subject_name(before, surnames)?.1))
                        })
                        .filter(|name| fits(name) && !names_a_country(name, surnames))
                        // "…, according to bank chief Ana Ruiz. / …, she
                        // said.": else the person cited last, near.
                        .or_else(|| last_cited_person(cited_near, &s.source))?
                } else if matches!(pronoun.as_str(), "it" | "they") {
                    cited.filter(|c| self.stands_for(&pronoun, c, surnames))?
                } else if is_statement_named_back(&s.source) {
                    statement_issuer(before).unwrap_or(s.source.as_str())
                } else if let Some(body) = self.named_back(&s.source, cited, surnames) {
                    body
                } else {
                    s.source.as_str()
                };
                Some((s, rule, written))
            });
            claim.attribution = source.map(|(s, rule, written)| Attribution {
                key: super::attribution::source_key(written),
                source: self.canonical(written),
                span: Span::new(base.doc, base.start + s.start, base.start + s.end),
                rule: rule.clone(),
            });
        }
    }

    /// The body or outlet a source naming one back stands for: the source
    /// `cited` last. For a body ("the company", "The bank":
    /// `body_named_back`), when "it" may stand for that one and it is no
    /// document or place and may be such a body (`names_body_back`:
    /// "Zentrax Corp said … The company said"); for an outlet ("the paper",
    /// "the station"), when that one is an outlet (`names_outlet_back`:
    /// "…, the Orsova Gazette reported. … The paper said").
    fn named_back<'c>(
        &self,
        source: &str,
        cited: Option<&'c str>,
        surnames: &crate::FastSet<String>,
    ) -> Option<&'c str> {
        let Some(noun) = crate::language::body_named_back(source) else {
            return cited.filter(|c| crate::language::names_outlet_back(source, c));
        };
        cited.filter(|c| {
            self.stands_for("it", c, surnames)
                && crate::language::names_body_back(&noun, c)
                && !is_document(c)
                && !names_a_place(c)
        })
    }

    /// Whether "it" or "they" (`pronoun`) can stand for the source `cited`:
    /// "it" for one body ("Marsk Motors Corp said … Sales rose 5 pct, it
    /// said.") or a document ("Mr Crosby's statement said … It added"),
    /// never a person (a known one, a title, a surname the document names,
    /// a given name); "they" for a group of people in the plural.
    fn stands_for(&self, pronoun: &str, cited: &str, surnames: &crate::FastSet<String>) -> bool {
        let titled = cited
            .split_whitespace()
            .any(|w| self.persons.iter().any(|r| r.is_title(w)));
        let surname = cited
            .split_whitespace()
            .next_back()
            .is_some_and(|w| surnames.contains(w));
        let person = self
            .lexicon
            .mentions(cited)
            .iter()
            .any(|m| self.lexicon.kind(m.entity) == EntityKind::Person);
        // "Mr Crosby's statement said … It added": a document is an "it".
        (pronoun == "it" && is_document(cited))
            || (crate::language::pronoun_fits(pronoun, cited)
                && !(pronoun == "it" && (titled || surname || person)))
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
        (readable, mentions): (&[&Sentence], &[Vec<Mention>]),
        named: &NamedBefore<'_>,
        claims: &mut Vec<Claim>,
    ) -> Vec<(usize, usize)> {
        let surnames = named.surnames;
        let mut interruptions = Vec::new();
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
        // "He" and "she": the last person the document named before `at`,
        // known to the lexicon or the subject of a sentence; "it" and
        // "they": the last source named before `at`, when it is a body or a
        // group; no one when none is found (a pronoun names no source).
        let resolve = |written: &str, at: usize| {
            let pronoun = written.to_lowercase();
            if matches!(pronoun.as_str(), "it" | "they") {
                let (_, cited) = named.citations.iter().rev().find(|(p, _)| *p < at)?;
                return self
                    .stands_for(&pronoun, cited, surnames)
                    .then(|| cited.clone());
            }
            // "the pair said": the two named last, joined by "and".
            if let Some(noun) = pronoun.strip_prefix("the ")
                && crate::language::PAIR_NOUNS.contains(noun)
            {
                let (_, cited) = named.citations.iter().rev().find(|(p, _)| *p < at)?;
                // Not a firm's name ("Bear Stearns and Co").
                let body = cited
                    .rsplit(' ')
                    .next()
                    .is_some_and(|w| crate::language::BODY_WORDS.contains(&w.to_lowercase()));
                return (cited.contains(" and ") && !body).then(|| cited.clone());
            }
            // "said the 22-year-old" stands for a person named before, as
            // "he" or "she" does.
            let by_age = described_by_age(&pronoun);
            if matches!(pronoun.as_str(), "he" | "she") || by_age {
                // "she" is the last woman or person of unknown sex named.
                let fits = |name: &str| {
                    by_age
                        || crate::language::pronoun_fits(
                            written,
                            named_in_full(&doc.text, name).unwrap_or(name),
                        )
                };
                let known = persons.iter().rev().find(|(p, n)| *p < at && fits(n));
                let subject = last_subject_name(&doc.text[..at], surnames)
                    .filter(|(_, name)| fits(name) && !names_a_country(name, surnames));
                let named = match (known, subject) {
                    (Some((p, _)), Some((q, name))) if q > *p => Some(self.canonical(name)),
                    (Some((_, n)), _) => Some(n.clone()),
                    (None, subject) => subject.map(|(_, name)| self.canonical(name)),
                };
                // A description with no one named before still says who.
                return named.or_else(|| by_age.then(|| self.canonical(written)));
            }
            // "“…,” the statement said": its issuer, named before it.
            if is_statement_named_back(written)
                && let Some(name) = statement_issuer(&doc.text[..at])
            {
                return Some(self.canonical(name));
            }
            Some(self.canonical(written))
        };
        // The last person cited as a source in the paragraph of `at` or the
        // one before, whom "he" or "she" (`written`) fits: the speaker of a
        // quote nothing else gave one ("…, harbour master Ana Okafor said." /
        // "“…,” she told the Marsk Echo"). One cited further back is too far
        // to be sure of.
        let cited_person = |written: &str, at: usize| {
            if !matches!(written.to_lowercase().as_str(), "he" | "she") {
                return None;
            }
            let near = paragraph_before_start(&doc.text[..at]);
            let citations = named.citations;
            let within = citations.partition_point(|(p, _)| *p < near)
                ..citations.partition_point(|(p, _)| *p < at);
            last_cited_person(&citations[within], written).map(str::to_string)
        };
        // "Detective Tom Pike said he spoke to her at noon. / “…,” she
        // said": where nothing else names her, the last sentence subject
        // whose name, or the full name the article gave it before, says
        // "she" is her ("Ana Okafor" … "Okafor admitted").
        let subject_it_fits = |written: &str, at: usize| {
            let before = &doc.text[..at];
            let other = match written.to_lowercase().as_str() {
                "he" => "she",
                "she" => "he",
                _ => return None,
            };
            // The full names written with `name` as a whole word: a given
            // name or a title right before it ("Ana Okafor", "Mr Okafor").
            let full_names = |name: &str| {
                before
                    .match_indices(name)
                    .filter(|(i, _)| !before[i + name.len()..].starts_with(char::is_alphanumeric))
                    .filter_map(|(i, _)| {
                        let given = before[..i].strip_suffix(' ')?;
                        let word = given.rsplit(char::is_whitespace).next()?;
                        Some(format!("{word} {name}"))
                    })
                    .collect::<Vec<_>>()
            };
            // Not a surname two people of both sexes share ("Ana Okafor" and
            // her husband "Tom Okafor").
            let fits = |name: &str| {
                let full = full_names(name);
                let surely = |pronoun: &str| {
                    crate::language::pronoun_surely_fits(pronoun, name)
                        || full
                            .iter()
                            .any(|f| crate::language::pronoun_surely_fits(pronoun, f))
                };
                surely(written) && !surely(other)
            };
            let (_, name) = last_subject_name_that(before, surnames, fits)?;
            Some(self.canonical(name))
        };
        // A speaker read from a clause ending in a colon: "he" or "she"
        // there is the last sentence subject it fits, never a person only
        // mentioned ("She beat Mr Pike to the award. She said:").
        let resolve_lead_in = |written: &str, at: usize| {
            if !matches!(written, "he" | "she") {
                return resolve(written, at);
            }
            let (_, name) = last_subject_name(&doc.text[..at], surnames)?;
            let full = named_in_full(&doc.text, name).unwrap_or(name);
            (crate::language::pronoun_fits(written, full) && !names_a_country(name, surnames))
                .then(|| self.canonical(name))
        };
        // The speaker of the last quote: a quote that ends in a paragraph
        // without opening there began in the one before, and is theirs.
        let mut last_speaker: Option<String> = None;
        // The speaker of the paragraph before's last quote, if it had one.
        let mut speaker_before: Option<String> = None;
        // A quote left open at the paragraph before's end, with no speaker
        // of its own: the one this paragraph's continuation names is its.
        let mut open_quote: Option<usize> = None;
        // Paragraphs without a quote since that quote opened: the quote
        // goes on through them ("“The refugees need to be safe. / They
        // ran away from war. / They should not be pursued,” Deng said.").
        let mut carried = 0;
        // The quote left open at the end of the paragraph just before, and
        // the paragraphs without a mark since then.
        let mut left_open: Option<OpenQuote> = None;
        // A quote that ends a paragraph naming no speaker ('"…,"' or
        // '"…."'), and whether a comma ends it: with one the sentence goes
        // on in the next paragraph, and a speaker opening that is the
        // quote's, over one carried from before; without, only a paragraph
        // that is no more than a speaker, its verb and a word ("Ana Ruiz
        // said.", "Pike said Friday.").
        let mut closed_last: Option<(usize, bool)> = None;
        for (start, end, first) in paragraphs {
            let text = &doc.text[start..end];
            let bare_attribution = |name: &str| {
                let rest = text.trim_end().strip_suffix('.').unwrap_or(text);
                rest.split_whitespace().count() <= name.split_whitespace().count() + 2
            };
            if let Some((i, comma)) = closed_last.take()
                && let Some(rule) = self.quotes.iter().find(|r| r.id == claims[i].rule)
                && let Some(name) = rule.opening_speaker(text)
                && (comma || bare_attribution(&name))
                && let Some(own) = resolve(&name, start)
            {
                let span = claims[i].span;
                claims[i].attribution = Some(quote_attribution(&rule.id, span, &own));
            }
            let mut speaker_here = None;
            let mut pending = open_quote.take();
            let mut open_before = left_open.take();
            let found: Vec<Vec<super::quote::QuoteHit>> =
                self.quotes.iter().map(|r| r.find(text)).collect();
            // Only what lies between them joins a paragraph to the quote.
            open_before = open_before.filter(|open| doc.text[open.end..start].trim().is_empty());
            if let Some(open) = &mut open_before
                && super::quote::quoted(text).is_empty()
                && open.lines.len() < MAX_CARRIED
            {
                open.lines.push(Span::new(first.span.doc, start, end));
                open.end = end;
                left_open = open_before.take();
                // Still inside that speech: a quote opening the next
                // paragraph goes on with its speaker, unless this one names
                // someone saying something.
                if !self.quotes.iter().any(|r| r.says_anything(text)) {
                    speaker_here.clone_from(&speaker_before);
                }
            }
            // The speaker before stays the open quote's: a paragraph that
            // opens a new quotation mark after it goes on with the same
            // speech ("“I feel … / I can be better. / “I'm so relieved."),
            // unless the paragraph carried names someone saying something.
            if pending.is_some() && found.iter().all(Vec::is_empty) && carried < MAX_CARRIED {
                carried += 1;
                open_quote = pending;
                if self.quotes.iter().any(|r| r.says_anything(text)) {
                    speaker_before = None;
                }
                continue;
            }
            carried = 0;
            let sentence_of = |at: usize| {
                sentences
                    .iter()
                    .find(|s| s.span.start <= at && at < s.span.end)
            };
            // Where a quote's pronoun is read back from: the quote; for a tag
            // ending its sentence, the sentence ("One-time rises, which “…”,
            // were the cause, he said": he is named before it).
            let resolved_from = |hit: &super::quote::QuoteHit| {
                let at = start + hit.start;
                match sentence_of(at) {
                    Some(own) if hit.tagged => own.span.start,
                    _ => at,
                }
            };
            for (rule, hits) in self.quotes.iter().zip(found) {
                let mut speakers: Vec<Option<String>> = hits
                    .iter()
                    .map(|hit| {
                        let at = start + hit.start;
                        // "Ana Ruiz agreed, saying: “…”": the clause's
                        // subject, in the quote's own sentence only; "Some
                        // fans were angry, but Okafor countered: “…”": the
                        // subject of the clause joined last, where it has one.
                        if hit.by_subject
                            && let Some(own) = sentence_of(at)
                        {
                            let lead = &doc.text[own.span.start..at];
                            let joined = [", but ", ", and "]
                                .iter()
                                .filter_map(|j| lead.rfind(j).map(|i| &lead[i + j.len()..]))
                                .min_by_key(|tail| tail.len());
                            if let Some((_, name)) = joined
                                .and_then(|tail| last_subject_name(tail, surnames))
                                .or_else(|| last_subject_name(lead, surnames))
                            {
                                return Some(self.canonical(name));
                            }
                        }
                        if hit.lead_in {
                            return resolve_lead_in(hit.speaker.as_deref()?, at);
                        }
                        let at = resolved_from(hit);
                        resolve(hit.speaker.as_deref()?, at)
                            .or_else(|| resolve(hit.fallback.as_deref()?, at))
                    })
                    .collect();
                let known: Vec<String> = speakers.iter().flatten().cloned().collect();
                // A paragraph's quotes are one speaker's when it names one;
                // where it names several, a quote with none goes on with the
                // speaker of the quote before it ("…," said Ana Ruiz, an
                // analyst. "But …").
                // A quote whose own speaker is a pronoun no name resolves
                // ("…," he said) is never a document's ("said an agency
                // statement").
                let unnamed: Vec<bool> = hits.iter().map(|h| h.speaker.is_none()).collect();
                let takes = |unnamed: bool, name: &str| unnamed || !is_document(name);
                if let [only] = known.as_slice() {
                    for (s, unnamed) in speakers.iter_mut().zip(&unnamed) {
                        if takes(*unnamed, only) {
                            *s = Some(only.clone());
                        }
                    }
                } else {
                    let mut previous: Option<String> = None;
                    for (s, unnamed) in speakers.iter_mut().zip(&unnamed) {
                        match s {
                            Some(name) => previous = Some(name.clone()),
                            None => {
                                if let Some(name) = &previous
                                    && takes(*unnamed, name)
                                {
                                    *s = Some(name.clone());
                                }
                            }
                        }
                    }
                }
                // A paragraph that opens with an unattributed quote goes on
                // with the speaker just before it: the last quote's, else
                // one named with a speech verb, else the last sentence
                // subject ("Andrew Wetzler, director of ..., was blunt:").
                // A paragraph before it that ends in a colon introduces it:
                // its speaker comes before the last quote's ("The judge had
                // advice for him:").
                if known.is_empty() && text.starts_with(['“', '"']) && !rule.attributes_itself(text)
                {
                    let before = previous_paragraph(&doc.text[..start]);
                    let lead_in = || resolve_lead_in(&rule.lead_in_speaker(before.1)?, start);
                    let introduced = before.1.trim_end().ends_with(':');
                    let name = introduced
                        .then(lead_in)
                        .flatten()
                        .or_else(|| speaker_before.clone())
                        .or_else(|| {
                            let named = rule.named_speaker(before.1)?;
                            resolve(&named, before.0)
                        })
                        .or_else(lead_in)
                        .or_else(|| {
                            let (_, name) = last_subject_name(before.1, surnames)?;
                            Some(self.canonical(name))
                        });
                    if let Some(name) = name {
                        speakers.iter_mut().for_each(|s| *s = Some(name.clone()));
                    }
                }
                // 'Felt "disgraced himself and dishonored everything …"'
                // right after '"…," said Ana Ruiz': a quote of a sentence's
                // length in a paragraph that names no speaker goes on with
                // the quote before it. A term in quotes ('the so-called
                // "surge"') is too short to be anyone's words.
                if known.is_empty()
                    && !rule.says_anything(text)
                    && let Some(name) = &speaker_before
                {
                    let count = |r: std::ops::Range<usize>| {
                        text.get(r)
                            .map_or(usize::MAX, |t| t.split_whitespace().count())
                    };
                    for (hit, s) in hits.iter().zip(speakers.iter_mut()) {
                        // 'Pike "…"', not 'Shondell McAllister on
                        // Tuesday recalled screaming "…"'.
                        let opens = count(0..hit.start) <= MAX_WORDS_BEFORE_CARRIED;
                        let words = count(hit.start..hit.end);
                        if s.is_none() && opens && words >= MIN_CARRIED_WORDS {
                            *s = Some(name.clone());
                        }
                    }
                }
                if let Some(Some(last)) = speakers.last() {
                    speaker_here = Some(last.clone());
                }
                for (hit, speaker) in hits.iter().zip(speakers) {
                    let continued = hit.start == 0 && !text.starts_with(['“', '"', '\'']);
                    // A pronoun the last speaker cannot be ("…," she said
                    // after Abraham Pike) leaves the quote without one.
                    let fits = |name: &String| {
                        hit.speaker
                            .as_deref()
                            .is_none_or(|w| crate::language::pronoun_fits(w, name))
                    };
                    let speaker = speaker
                        .or_else(|| {
                            continued
                                .then(|| last_speaker.clone().filter(fits))
                                .flatten()
                        })
                        .or_else(|| cited_person(hit.speaker.as_deref()?, resolved_from(hit)))
                        .or_else(|| subject_it_fits(hit.speaker.as_deref()?, resolved_from(hit)))
                        // 'Pike said the plan "…" / He said he would "…"':
                        // else the speaker of the paragraph before's last
                        // quote, whom the pronoun fits.
                        .or_else(|| {
                            let written = hit.speaker.as_deref()?;
                            let pronoun = written.to_lowercase();
                            // A person: one described as such ("a
                            // spokesman") or a name in capitals that ends
                            // in no body's word ("Mr Pike", "Okafor").
                            let person = |name: &str| {
                                crate::language::is_person_name(name)
                                    || (name
                                        .split_whitespace()
                                        .all(|w| w.starts_with(char::is_uppercase))
                                        && !names_a_body(name))
                            };
                            // Nobody else named since that quote closed
                            // ("… Jack Okafor, adviser to the fund, said
                            // the plan … “…,” he said").
                            let at = resolved_from(hit);
                            let (from, previous) = previous_paragraph(&doc.text[..start]);
                            let closed = super::quote::quoted(previous)
                                .last()
                                .map_or(0, |&(_, _, _, close)| close);
                            let since = doc.text.get(from + closed..at).unwrap_or_default();
                            let fits = |name: &String| {
                                crate::language::pronoun_fits(written, name)
                                    && !is_document(name)
                                    && person(name)
                                    && !names_another(since, name)
                            };
                            matches!(pronoun.as_str(), "he" | "she")
                                .then(|| speaker_before.clone().filter(fits))
                                .flatten()
                        });
                    // The close of a speech that names its speaker ("…
                    // started," he said) names the speaker of its opening
                    // paragraphs too, as it is resolved here.
                    if let (true, Some(own), Some(i)) = (continued, &speaker, pending.take())
                        && hit.speaker.is_some()
                    {
                        let span = claims[i].span;
                        claims[i].attribution = Some(quote_attribution(&rule.id, span, own));
                    }
                    let span = Span::new(first.span.doc, start + hit.start, start + hit.end);
                    let gap = hit.gap.map(|(from, to)| (start + from, start + to));
                    interruptions.extend(gap);
                    // '"We can help. / We brought tools." ': a line that
                    // closes a quote it never opened ends the one left open
                    // on the line just before. One quote, one claim.
                    if let Some(mut open) = open_before.take()
                        && continued
                    {
                        let i = open.claim;
                        open.lines.push(span);
                        join_quote(&mut claims[i], &open.lines, gap, &doc.text);
                        if claims[i].attribution.is_none()
                            && let Some(own) = &speaker
                        {
                            claims[i].attribution = Some(quote_attribution(&rule.id, span, own));
                        }
                        last_speaker = claims[i].attribution.as_ref().map(|a| a.source.clone());
                        left_open = hit.open_ended.then(|| OpenQuote::new(i, end));
                        continue;
                    }
                    if hit.open_ended && hit.speaker.is_none() {
                        open_quote = Some(claims.len());
                    }
                    if hit.open_ended {
                        left_open = Some(OpenQuote::new(claims.len(), end));
                    }
                    let tail = doc.text[span.end..end].trim();
                    let ends_paragraph = tail
                        .chars()
                        .all(|c| matches!(c, ',' | '.' | '\'' | '’' | '"' | '”'));
                    let comma = tail.contains(',')
                        || doc.text[..span.end]
                            .trim_end_matches(['\'', '’'])
                            .ends_with(',');
                    if ends_paragraph
                        && !hit.open_ended
                        && hit.speaker.is_none()
                        && known.is_empty()
                    {
                        closed_last = Some((claims.len(), comma));
                    }
                    let claim = self.quote_claim(doc, sentences, first, rule, (span, gap), speaker);
                    // A reporter found in the quote's sentence ("According
                    // to the ministry, “…") speaks the rest of the speech; a
                    // quote whose own speaker no name resolves ('“…,” she
                    // said in 1998', no woman named) ends the speech before.
                    if let Some(a) = &claim.attribution {
                        last_speaker = Some(a.source.clone());
                    } else if hit.speaker.is_some() {
                        last_speaker = None;
                    }
                    claims.push(claim);
                }
            }
            speaker_before = speaker_here;
        }
        interruptions
    }

    /// Who reports the words a quote without a speaker sits in: the source
    /// of a verb of saying before the quote in its sentence that reports
    /// what follows it ('His sister, Ana Ruiz, told NY1 she doubted he was
    /// grabbing his belt "to squeeze it"'). A pronoun ("he told") is left
    /// to the quote's own rules, which resolve it or name no one. A
    /// relative clause after a dash between them is the writer's aside
    /// ('Officials estimated the damage -- which Ana hoped was not due to the
    /// "negative attention"'): the verb reports nothing past it.
    fn reporter_of(&self, doc: &Document, sentence: Span, quote: Span) -> Option<String> {
        static ASIDE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
            regex::Regex::new(r"(?i)(?:\s*(?:--|—|–)\s*|\s-\s+)(?:which|who|whom|whose)\b")
                .expect("aside pattern is valid")
        });
        let text = &doc.text[sentence.start..sentence.end];
        let at = quote.start.checked_sub(sentence.start)?;
        let tokens = super::tokens::tokenize(text);
        self.attributions
            .iter()
            .flat_map(|r| r.sources(text, &tokens))
            // "According to the ministry, “…”": a source that opens its
            // sentence, or a clause after a phrase set off by a comma ("In
            // the meantime, according to the memo, officials should “…”"),
            // covers what follows it too.
            .filter(|s| {
                let before = text[..s.start].trim();
                (!s.covers_before || before.is_empty() || opening_phrase(before)) && !s.agent
            })
            .filter(|s| s.end <= at)
            .filter(|s| !ASIDE.is_match(&text[s.end..at]))
            .rfind(|s| !is_source_pronoun(&s.source.to_lowercase()))
            .map(|s| self.canonical(&s.source))
    }

    fn quote_claim(
        &self,
        doc: &Document,
        sentences: &[Sentence],
        first: &Sentence,
        rule: &QuoteRule,
        (span, gap): (Span, Option<(usize, usize)>),
        speaker: Option<String>,
    ) -> Claim {
        let sentence = sentences
            .iter()
            .find(|s| s.span.start <= span.start && span.start < s.span.end)
            .map_or(first.span, |s| s.span);
        let speaker = speaker.or_else(|| self.reporter_of(doc, sentence, span));
        let attribution = speaker.map(|source| quote_attribution(&rule.id, span, &source));
        Claim {
            span,
            sentence,
            block: first.kind,
            kind: ClaimKind::Quote,
            measure: "quote".to_string(),
            rule: rule.id.clone(),
            value: Value::Quote {
                text: match gap {
                    Some((from, to)) => format!(
                        "{} … {}",
                        &doc.text[span.start..from],
                        &doc.text[to..span.end]
                    ),
                    None => doc.text[span.start..span.end].to_string(),
                },
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

/// A page's publication time in UTC before this hour may still be the day
/// before in the Americas (UTC-4 to UTC-8).
const EVE_HOURS_UTC: i8 = 8;

/// The tokens a claim's evidence spans, as the index of the first and one
/// past the last; `base` is where the tokenised text starts in the document.
fn token_range(tokens: &[super::tokens::Token<'_>], span: Span, base: usize) -> (usize, usize) {
    (
        tokens.partition_point(|t| t.start < span.start - base),
        tokens.partition_point(|t| t.start < span.end - base),
    )
}

/// True when the article's publication date is a UTC date its page gives
/// with a time before [`EVE_HOURS_UTC`], and no zone says where it was
/// written: its "today" may be the day before.
fn published_eve(meta: &crate::corpus::Metadata) -> bool {
    let from_page = matches!(meta.published_from, crate::corpus::Provenance::Text { .. });
    let early = meta
        .published
        .and_then(|p| p.instant)
        .is_some_and(|i| i.to_zoned(jiff::tz::TimeZone::UTC).hour() < EVE_HOURS_UTC);
    from_page && early && meta.timezone.is_none()
}

/// A sentence of fewer words is a heading, a table row or a stamp, not a
/// statement of what happened ("12 mths", "NY COFFEE 10:30").
pub const STATEMENT_WORDS: usize = 4;

/// The first paragraphs with claims to read (a headline, a standfirst, the
/// opening paragraph): the lede, which says what the article reports.
const LEDE_PARAGRAPHS: usize = 3;

/// True when a sentence opens with a pronoun that points back ("It", "They").
/// An event that ended more than this many days before publication is
/// background: the paragraph after it is taken to go on about it.
const BACKGROUND_DAYS: i32 = 365;

/// Claims of a sentence that points back at the event of the one before
/// ("seven were killed in those bombings") and names no place of their own
/// take that event's place, and its days where they have none.
fn carry_event(claims: &mut [Claim], (when, place): &(Option<(Date, Date)>, Option<String>)) {
    let Some(place) = place else {
        return;
    };
    for claim in claims.iter_mut().filter(|c| c.context.place.is_none()) {
        claim.context.place = Some(place.clone());
        if claim.context.when.is_none() {
            claim.context.when = *when;
        }
    }
}

/// The most words of a quoted stretch that is a term or a name ("“midnight
/// regulations”"), not anyone's words.
const TERM_WORDS: usize = 3;

fn continues(sentence: &str) -> bool {
    sentence
        .split(crate::corpus::is_space)
        .next()
        .map(|w| w.trim_end_matches([',', '’', '\'']))
        .is_some_and(|w| {
            w.starts_with(char::is_uppercase) && PRONOUNS_BACK.contains(&w.to_lowercase())
        })
}

/// How far back a sentence's subject may name the "he" of a quote.
const SUBJECT_REACH: usize = 600;

/// Where the last [`SUBJECT_REACH`] bytes of `before` start: at a word's
/// start, never inside one (the end of "MCI" is no "CI").
fn reach_start(before: &str) -> usize {
    let from = super::quote::floor_boundary(before, before.len().saturating_sub(SUBJECT_REACH));
    match before[..from].chars().next_back() {
        Some(c) if !c.is_whitespace() => before[from..]
            .find(char::is_whitespace)
            .map_or(before.len(), |i| from + i),
        _ => from,
    }
}

/// Where a clause may start in `text`, each with where its opening mark
/// stands: the text's start, after a line break, and after the whitespace
/// that follows a stop, a colon, a semicolon, a comma or a closing quote.
fn clause_starts(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let after_marks = text.char_indices().filter_map(move |(i, c)| {
        let rest = &text[i + c.len_utf8()..];
        match c {
            '\n' => Some((i, i + 1)),
            // "Mr. Pike": the stop after a title ends no clause.
            '.' if is_title_abbreviation(&text[..i]) => None,
            // "WASHINGTON, April 9 - Rep. Ana Ruiz said": a spaced dash
            // opens a clause.
            '-' | '–' | '—' if text[..i].ends_with(' ') && rest.starts_with(' ') => {
                Some((i, i + c.len_utf8() + 1))
            }
            '.' | '!' | '?' | ':' | ';' | ',' | '”' | '"' => {
                let gap = rest.len() - rest.trim_start().len();
                (gap > 0).then(|| (i, i + c.len_utf8() + gap))
            }
            _ => None,
        }
    });
    std::iter::once((0, 0)).chain(after_marks)
}

/// True for a word whose full stop ends a sentence: one that is no
/// abbreviation ("Mr.", "U.S.") and no initial ("J.").
fn ends_sentence(word: &str) -> bool {
    word.strip_suffix('.').is_some_and(|bare| {
        bare.chars().count() > 1
            && !bare.contains('.')
            && !crate::language::ABBREVIATIONS.contains(&bare.to_lowercase())
    })
}

/// True when `before` ends with a capitalised title whose full stop never
/// ends a sentence ("Mr", "Gen"; not "voted no."): `abbreviations.tsv`.
fn is_title_abbreviation(before: &str) -> bool {
    let word = before
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    word.starts_with(char::is_uppercase)
        && crate::language::ABBREVIATIONS.field(&word.to_lowercase(), 1) == Some("never")
}

/// True when a date is one whole month ("in June 2005"): its first day to
/// its last.
fn is_whole_month(m: &DateMatch) -> bool {
    m.from.day() == 1
        && m.from.year() == m.to.year()
        && m.from.month() == m.to.month()
        && m.to == m.from.last_of_month()
}

/// True when `name` ends with a body's word ("Marsk Motors Corp", "Orsova
/// Bank"): no one "he" or "she" stands for.
fn names_a_body(name: &str) -> bool {
    let last = name
        .rsplit(' ')
        .next()
        .unwrap_or(name)
        .trim_end_matches('.');
    crate::language::BODY_WORDS.contains(&last.to_lowercase())
}

/// True when `name` is a place the gazetteer knows ("Venezuela"); read only
/// after a dateline, as a surname may be a place's name too ("Holland").
fn names_a_place(name: &str) -> bool {
    !crate::gazetteer::global().lookup(name).is_empty()
}

/// True when `name` is a country's ("Ecuador yesterday said … He said"):
/// "he" and "she" stand for no country, unless the article wrote the name
/// after a given name (`surnames`: "Jim Jordan" … "Jordan said").
fn names_a_country(name: &str, surnames: &crate::FastSet<String>) -> bool {
    if surnames.contains(name) {
        return false;
    }
    let places = crate::gazetteer::global();
    places
        .lookup(name)
        .iter()
        .any(|&id| places.get(id).kind == crate::gazetteer::PlaceKind::Country)
}

/// True for the participle of "be" ("been", marked in `be.tsv`).
fn is_participle_of_be(word: &str) -> bool {
    crate::language::BE.field(word, 1) == Some("participle")
}

/// The last person `before` names as a sentence's subject, and where:
/// capitalised words at a sentence's or clause's start followed, over an
/// aside between commas, by a verb ("Blackmore acknowledged", "Taban Deng,
/// the governor of Unity state, accused", "Hartog said"). A single word
/// common in lower case is no name ("Police said") unless the article wrote
/// it after a given name (`surnames`: "Tara Reid" … "Reid, …, opened up"), nor is a run
/// that starts with an article ("The Pentagon said"). A name of two words or more
/// after the verb ("…, said Ana Okafor, a nurse") counts as well.
fn last_subject_name<'a>(
    before: &'a str,
    surnames: &crate::FastSet<String>,
) -> Option<(usize, &'a str)> {
    last_subject_name_that(before, surnames, |_| true)
}

/// True for a person's full name: a given name first or a surname the
/// article gave last, and no title that takes "of" last ("Tom Pike", not
/// "U.S. Secretary" of "U.S. Secretary of State Tom Pike").
fn full_name(name: &str, surnames: &crate::FastSet<String>) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return false;
    };
    words.len() >= 2
        && (crate::language::GIVEN_NAMES.contains(&first.to_lowercase())
            || surnames.contains(*last))
        && !crate::language::OF_TITLES.contains(&last.to_lowercase())
}

/// A surname standing alone ("Woodward") as `text` names it in full
/// somewhere, a given name of `given-names.tsv` before it ("Bob Woodward"):
/// what says whether "she" may stand for it. None for a name of several
/// words or one never given in full.
fn named_in_full<'a>(text: &'a str, name: &str) -> Option<&'a str> {
    if name.contains(char::is_whitespace) || name.is_empty() {
        return None;
    }
    text.match_indices(name).find_map(|(at, _)| {
        let ends_word = !text[at + name.len()..].starts_with(char::is_alphanumeric);
        let before = text[..at].strip_suffix(' ')?;
        let given_at = before.rfind(|c: char| !c.is_alphabetic()).map_or(0, |i| {
            i + before[i..].chars().next().map_or(1, char::len_utf8)
        });
        let given = &before[given_at..];
        (ends_word
            && given.starts_with(char::is_uppercase)
            && crate::language::GIVEN_NAMES.contains(&given.to_lowercase()))
        .then(|| &text[given_at..at + name.len()])
    })
}

/// The last person `before` names as a sentence's subject whom `fits`
/// accepts (see [`last_subject_name`]): "she" passes over "Detective Tom
/// Pike said" to the woman named before him.
fn last_subject_name_that<'a>(
    before: &'a str,
    surnames: &crate::FastSet<String>,
    fits: impl Fn(&str) -> bool,
) -> Option<(usize, &'a str)> {
    static SUBJECT: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        // "King emphatically told", "Ruiz has also said", "Pike then said",
        // "Pike had been named".
        let adverbs = crate::language::Table::alternation(
            crate::language::VERB_ADVERBS
                .words()
                .chain(crate::language::AUXILIARIES.words())
                .chain(
                    crate::language::BE
                        .words()
                        .filter(|w| is_participle_of_be(w)),
                ),
        );
        let past = crate::language::Table::alternation(crate::language::IRREGULAR_PAST.words());
        // "But Ana Ruiz said": a conjunction opening the sentence, capitalised.
        let capitalised: Vec<String> = crate::language::COORDINATORS
            .words()
            .map(|w| {
                let mut letters = w.chars();
                letters.next().map_or_else(String::new, |first| {
                    first.to_uppercase().chain(letters).collect()
                })
            })
            .collect();
        let coordinators =
            crate::language::Table::alternation(capitalised.iter().map(String::as_str));
        // "Tom Pike today spoke out": a day named from today before the
        // verb dates it. "25-year-old Okafor said": an age before the name
        // is no part of it.
        let days = crate::language::DAYS_FROM_TODAY.join("|");
        // "William Pike, MD, a professor of …, said": letters after the
        // name are no part of it, nor of the aside after them; nor a
        // lawmaker's party and state ("Sen. Ana Ruiz (D-Calif.) said").
        let post_nominals = crate::language::post_nominal_pattern();
        regex::Regex::new(&format!(
                                    r#"^(?:(?:{coordinators})\s+)?(?:\d{{1,3}}-year-old\s+)?(?P<who>\p{{Lu}}[\p{{L}}’'.-]+(?:[^\S\n]+\p{{Lu}}[\p{{L}}’'.-]+){{0,6}}(?P<role>(?:[^\S\n]+\p{{Ll}}[\p{{Ll}}-]+){{1,2}}(?:[^\S\n]+\p{{Lu}}[\p{{L}}’'.-]+){{1,3}})?)(?:,\s*(?:{post_nominals}))?(?:,\s*\d{{1,3}})?(?:[^\S\n]+\([DRI]-[\p{{L}}. ]{{2,14}}\))?(?:,[^,\n]{{1,150}},["”]?|,)?\s+(?:(?:\p{{Ll}}+ly|{adverbs}|{days})\s+){{0,3}}(?:\p{{Ll}}+(?:ed|s)|{past})\b"#,
        ))
        .expect("subject pattern is valid")
    });
    /// A single word this common in lower case is not a name.
    const COMMON: f32 = 4.0;
    let from = reach_start(before);
    let is_name = |m: &str| {
        let words: Vec<&str> = m.split_whitespace().collect();
        let first = words[0].to_lowercase();
        // "Last week Lord Goldsmith said", "If OPEC agrees": a word
        // that ends a phrase or opens a clause is no part of a name.
        !ARTICLES.contains(&first)
            && !is_function_word(&first)
            // "Although Okafor denounced": nor a word that opens a clause.
            && !crate::language::CLAUSE_OPENERS.contains(&first)
            // "Conservative MP Ana Ruiz. He": a full stop inside a name
            // only ends a title or an initial.
            && words[..words.len() - 1].iter().all(|w| !ends_sentence(w))
            // "Marsk pirates Saturday said": a weekday at either end of
            // a name is a date (a month may be a name: "Theresa May").
            && !crate::language::dated_name(m)
            && (words.len() > 1
                || crate::normalize::rarity::zipf(&first) < COMMON
                || surnames.contains(words[0]))
    };
    // "General Motors spokesman Frank Cronin said": a role in lower case
    // may stand inside the name, but no function word ("Obama in Washington");
    // a role that opens with a verb of saying, or in the past after a
    // person's name, ran over the verb ("Balladur said the French
    // securities market", "Owen admitted the Grand Slam had been"): the
    // name is the words before it.
    let window = &before[from..];
    let name_of = |c: regex::Captures<'a>| -> Option<(usize, &'a str)> {
        let who = c.name("who")?;
        // "Some Marsk fans would": a group opens no name; "Finally Marsk
        // star Ana Ruiz, …, managed": an adverb in "-ly" before a name is no
        // part of it (not "First", as in "First Minister").
        let written = who.as_str().split_whitespace().next()?;
        let first = written.to_lowercase();
        if crate::language::QUANTIFIERS.contains(&first) {
            return None;
        }
        let skip = if crate::language::VERB_ADVERBS.contains(&first) && first.ends_with("ly") {
            let rest = who.as_str()[written.len()..].trim_start();
            who.as_str().len() - rest.len()
        } else {
            0
        };
        let start = who.start() + skip;
        let says = |w: &str| crate::language::SAYING.contains(w);
        let before_role =
            |role: regex::Match<'a>| who.as_str().get(skip..role.start() - who.start());
        let (name, cut) = match c.name("role") {
            // "Tom Pike of Marsk Co said": a word joining an employer
            // (`title-links.tsv`) after a person's full name (a given name
            // first, or a surname the article gave last) ends it; not
            // "Secretary of State" (`of-titles.tsv`).
            Some(role)
                if role
                    .as_str()
                    .split_whitespace()
                    .next()
                    .is_some_and(|w| crate::language::TITLE_LINKS.contains(w))
                    && before_role(role).is_some_and(|name| full_name(name, surnames)) =>
            {
                (before_role(role)?, false)
            }
            // "Pike also said Okafor had been": a verb of saying after an
            // adverb ran over the verb too.
            Some(role)
                if role
                    .as_str()
                    .split_whitespace()
                    .any(|w| is_function_word(w) || says(w)) =>
            {
                let verb = role.as_str().split_whitespace().next()?;
                let past = verb.ends_with("ed") || crate::language::IRREGULAR_PAST.contains(verb);
                let name = before_role(role)?;
                // "Analysts noted that": before a verb that is no verb of
                // saying, only a full name or a surname the article gave.
                let named = name.contains(' ') || surnames.contains(name);
                let saying = role.as_str().split_whitespace().take(2).any(says);
                if !(saying || past && named) {
                    return None;
                }
                (name, true)
            }
            _ => (&who.as_str()[skip..], false),
        };
        // "…, and Okafor's parents, saying": a possessive is no subject;
        // the noun after it is no verb.
        let possessive = name.ends_with("'s") || name.ends_with("’s");
        // "Ana Ruiz had been named", not "Marsk Harbour had been warned":
        // what was done to something names no one but a person. (After a
        // role cut off, "been" is the reported clause's.)
        let whole = c.get(0)?;
        let passive = !cut
            && whole
                .as_str()
                .get(who.end() - whole.start()..)
                .and_then(|after| after.rsplit(',').next())
                .is_some_and(|verb| verb.split_whitespace().any(is_participle_of_be));
        let person = crate::language::is_person_name(name)
            || name
                .split_whitespace()
                .next_back()
                .is_some_and(|w| surnames.contains(w));
        (!name.is_empty() && !possessive && (!passive || person)).then_some((start, name))
    };
    // The pattern is tried anchored at each clause start, left to right and
    // never inside an earlier match: an unanchored search over the whole
    // window made the lazy DFA build states without end.
    let mut end = 0;
    let subject = clause_starts(window)
        .filter_map(|(mark, at)| {
            if mark < end {
                return None;
            }
            let c = SUBJECT.captures(&window[at..])?;
            let stop = at + c.get(0)?.end();
            let (start, name) = name_of(c)?;
            // "GENEVA, March 3 - Marsk Motors Corp hopes …": a body, or
            // after a dateline a place, is no one "he" or "she" can stand
            // for.
            let dateline = matches!(window[mark..].chars().next(), Some('-' | '–' | '—'));
            end = stop;
            if !is_name(name) || names_a_body(name) || (dateline && names_a_place(name)) {
                return None;
            }
            fits(name).then_some((at + start, name))
        })
        .last()
        .map(|(at, m)| (from + at, m));
    // "The move surprised Reunion's Matthew O'Connor, who coproduced the
    // film.": the first name a relative clause is said of, in the sentence
    // right before, is its subject too, where that sentence names no
    // subject of its own; a place is none ("from Poplar Bluff, Mo., who").
    static RELATIVE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r"(?P<who>\p{Lu}[\p{L}’'.-]+(?:[^\S\n]+\p{Lu}[\p{L}’'.-]+){0,3}),?[^\S\n]+who[^\S\n]+(?:\p{Ll}+ly[^\S\n]+)?(?:[\p{Ll}-]+ed|said|told|wrote|spoke)\b",
        )
        .expect("relative subject pattern is valid")
    });
    let last_sentence = from + last_sentence_start(&before[from..]);
    let relative = RELATIVE
        .captures_iter(&before[last_sentence..])
        .filter_map(|c| c.name("who"))
        .find(|m| {
            // A place is none, unless the article writes the word after a
            // given name ("Tom Smith" … "Smith who").
            is_name(m.as_str())
                && (surnames.contains(m.as_str())
                    || crate::gazetteer::global()
                        .lookup(m.as_str().trim_end_matches('.'))
                        .is_empty())
                && fits(m.as_str())
        })
        .map(|m| (last_sentence + m.start(), m.as_str()));
    // "…, said Ana Okafor, 35, a nurse": a name after the verb, too, with
    // a body's name and a role in lower case before it ("said Zentrax
    // threat researcher Tom Pike"; not "said Marsk Corp shares fell in
    // Orsova Stock Exchange trading", whose lower-case words hold a
    // function word: there the name is the words before them).
    static INVERTED: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r"[,”\x22][^\S\n]*(?:said|says|added)[^\S\n]+(?:\p{Ll}+[^\S\n]+){0,2}?(?P<who>\p{Lu}[\p{L}’'.-]+(?:(?:[^\S\n]+\p{Lu}[\p{L}’'.-]+){0,3}(?P<role>(?:[^\S\n]+\p{Ll}[\p{Ll}-]+){1,4})(?:[^\S\n]+\p{Lu}[\p{L}’'.-]+){2,4}|(?:[^\S\n]+\p{Lu}[\p{L}’'.-]+){1,3}))",
        )
        .expect("inverted subject pattern is valid")
    });
    let inverted = INVERTED
        .captures_iter(&before[from..])
        .filter_map(|c| {
            let who = c.name("who")?;
            // "said Pike following Tuesday's Orsova Council vote": a day
            // after the lower-case words names no person.
            let no_role = |role: regex::Match<'_>| {
                let named = &who.as_str()[role.end() - who.start()..];
                role.as_str().split_whitespace().any(is_function_word)
                    || named
                        .split(|ch: char| !ch.is_alphabetic())
                        .any(crate::language::is_weekday_name)
            };
            let name = match c.name("role") {
                Some(role) if no_role(role) => {
                    let name = who.as_str()[..role.start() - who.start()].trim_end();
                    (name.split_whitespace().count() >= 2).then_some(name)?
                }
                _ => who.as_str(),
            };
            Some((who.start(), name_before_full_stop(name)))
        })
        .filter(|(_, name)| fits(name))
        .last()
        .map(|(at, name)| (from + at, name));
    let named_in_last = subject
        .into_iter()
        .chain(inverted)
        .any(|(at, _)| at >= last_sentence);
    subject
        .into_iter()
        .chain(inverted)
        .chain(relative.filter(|_| !named_in_last))
        .max_by_key(|(at, _)| *at)
}

/// `name` up to the full stop that ends its sentence ("Ana Ruiz. He" →
/// "Ana Ruiz"; [`ends_sentence`]): not an initial's, a title's or an
/// initialism's ("Tom J. Pike", "Sen. Ana Ruiz", "E.F. Hutton").
fn name_before_full_stop(name: &str) -> &str {
    let mut at = 0;
    for word in name.split(' ') {
        if ends_sentence(word) {
            return &name[..at + word.len() - 1];
        }
        at += word.len() + 1;
    }
    name
}

/// The most words of a phrase that opens a sentence before its clause ("In
/// the meantime,", "On Friday,").
const OPENING_PHRASE_WORDS: usize = 4;

/// True when `before` is a short phrase set off by a comma at a sentence's
/// start, with no other comma in it ("In the meantime,"): the clause after
/// it is the sentence's own, not an aside after another clause ("The plant
/// shut in May, according to the Echo, and …").
fn opening_phrase(before: &str) -> bool {
    before.strip_suffix(',').is_some_and(|phrase| {
        !phrase.contains(',')
            && phrase.starts_with(char::is_uppercase)
            && phrase.split_whitespace().count() <= OPENING_PHRASE_WORDS
    })
}

/// Where the last sentence of `before` starts: after the full stop, question
/// or exclamation mark (and a closing quote) that ends the one before it.
/// What `before` ends with is no sentence: the stop that ends the text, and
/// a quote's opening mark after it.
fn last_sentence_start(before: &str) -> usize {
    static STOP: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"[.!?][\x22”’]?\s+").expect("sentence stop pattern is valid")
    });
    let body = before.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '"' | '“'));
    STOP.find_iter(body).last().map_or(0, |m| m.end())
}

/// True when a speaker is a document ("an agency statement", "the press
/// release"): its last word is one of `statement-nouns.tsv`.
fn is_document(speaker: &str) -> bool {
    speaker
        .split_whitespace()
        .last()
        .is_some_and(|w| crate::language::STATEMENT_NOUNS.contains(&w.to_lowercase()))
}

/// The fewest words a quote in a paragraph that names no speaker must have
/// to be taken as the words of the speaker of the quote before it.
const MIN_CARRIED_WORDS: usize = 5;

/// The most words a paragraph may hold before such a quote.
const MAX_WORDS_BEFORE_CARRIED: usize = 3;

/// The most paragraphs without a quote that a quote left open may run
/// through before the paragraph that closes it and names its speaker.
const MAX_CARRIED: usize = 3;

/// Who issued the statement that `before` last names: "Marsk Advisors
/// issued a statement", "Dunmore Holdings released a letter", "Okafor said
/// in a statement" (capitalised words before the verb, within
/// [`SUBJECT_REACH`]).
fn statement_issuer(before: &str) -> Option<&str> {
    static ISSUED: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r"(?P<who>\p{Lu}[\p{L}’'.&-]*(?:[^\S\n]+\p{Lu}[\p{L}’'.&-]*){0,3})[^\S\n]+(?:(?:issued|released|sent|published|put[^\S\n]+out)[^\S\n]+(?:a|an|the)|said[^\S\n]+in[^\S\n]+(?:a|an))[^\S\n]+(?:\p{Ll}+[^\S\n]+)?(?:statement|release|letter|communiqu[eé])\b",
        )
        .expect("statement issuer pattern is valid")
    });
    let from = reach_start(before);
    ISSUED
        .captures_iter(&before[from..])
        .filter_map(|c| c.name("who"))
        .map(|m| m.as_str())
        .filter(|who| {
            let first = who.split_whitespace().next().unwrap_or("").to_lowercase();
            !ARTICLES.contains(&first) && !is_function_word(&first)
        })
        .last()
}

/// True for a speaker described by age alone, in lower case: "the
/// 22-year-old", "the 18-month-old".
fn described_by_age(lower: &str) -> bool {
    lower.strip_prefix("the ").is_some_and(|age| {
        age.split_once('-').is_some_and(|(years, unit)| {
            !years.is_empty() && years.chars().all(|c| c.is_ascii_digit()) && unit.ends_with("-old")
        })
    })
}

/// The last person among `citations` (in text order) whom `pronoun` ("he",
/// "she") fits: what such a pronoun with no other antecedent stands for.
fn last_cited_person<'c>(citations: &'c [(usize, String)], pronoun: &str) -> Option<&'c str> {
    citations
        .iter()
        .rev()
        .map(|(_, name)| name.as_str())
        .find(|name| {
            crate::language::is_person_name(name) && crate::language::pronoun_fits(pronoun, name)
        })
}

/// True when `text` has a word in capitals, rare in lower case, that is no
/// part of `name`: someone or something else named there.
fn names_another(text: &str, name: &str) -> bool {
    /// A word this common in lower case is an ordinary word.
    const COMMON: f32 = 4.0;
    text.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '-')
        .filter(|w| w.starts_with(char::is_uppercase))
        .any(|w| {
            !name.split_whitespace().any(|n| n == w)
                && crate::normalize::rarity::zipf(&w.to_lowercase()) < COMMON
        })
}

/// Where the paragraph before the one that `before` ends in starts: how far
/// back a "he" or "she" with no other antecedent looks for a person cited.
fn paragraph_before_start(before: &str) -> usize {
    let line = before.rfind('\n').map_or(0, |i| i + 1);
    previous_paragraph(&before[..line]).0
}

/// The last paragraph of `before` and where it starts.
fn previous_paragraph(before: &str) -> (usize, &str) {
    let trimmed = before.trim_end_matches(crate::corpus::is_space);
    let start = trimmed.rfind('\n').map_or(0, |i| i + 1);
    (start, &trimmed[start..])
}

/// A time of day whose sentence names no event is about the article's main
/// event: the event its dates and times name most often (a date of what
/// followed an event or of a state after it counts for the event its
/// sentence names, though it dates none). One whose sentence
/// and paragraph give no day is on that event's day, where the article gives
/// it one ("The quake struck at 1353" in an article about "Sunday's quake").
fn main_event_for_times(claims: &mut [Claim], published: Option<Date>) {
    let mut counts: Vec<(String, usize)> = Vec::new();
    for c in claims
        .iter()
        .filter(|c| matches!(c.kind, ClaimKind::Date | ClaimKind::Time))
    {
        // "charged with murder Saturday", "closed until Monday after the
        // fire" date no event, but say what the article is about.
        let noun = match &c.context.event_noun {
            Some(event) if c.subject.noun.is_empty() && c.context.after_event => event,
            _ => &c.subject.noun,
        };
        if noun.is_empty() {
            continue;
        }
        match counts.iter_mut().find(|(n, _)| n == noun) {
            Some((_, k)) => *k += 1,
            None => counts.push((noun.clone(), 1)),
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
        } if from == to && zones.len() <= 1 && c.subject.noun == *main => Some((*from, *to)),
        _ => None,
    });
    // Only a day the article gives the event without a doubt, in one zone
    // or in the article's own where it names none: an outlet in Bonn saying
    // "Thursday" of a strike in Baghdad does not.
    let first = days.next();
    let day = first.filter(|&d| days.all(|other| other == d));
    // With no date at all, the weekday the lede names for the event (or
    // for no event: "quakes rocked the capital on Sunday, killing four"), or
    // else the first weekday a later sentence names for it ("Sunday's storm
    // was the second"), unless that sentence looks back.
    let weekday = claims
        .iter()
        .filter(|c| {
            let unnamed =
                c.kind == ClaimKind::Date && c.subject.noun.is_empty() && !c.context.after_event;
            c.context.lede && (c.subject.noun == *main || unnamed)
        })
        .chain(
            claims
                .iter()
                .filter(|c| c.subject.noun == *main && c.context.past.is_none()),
        )
        .find_map(|c| c.context.weekday);
    // A time on a line of a few words ("CME 11:01 EDT") stamps a report; it
    // times no event.
    let stated = |c: &Claim| c.copy.len() >= STATEMENT_WORDS;
    for c in claims.iter_mut().filter(|c| {
        c.kind == ClaimKind::Time && stated(c) && !c.context.after_event && !c.context.dates_saying
    }) {
        // "Pike's hearing opens at 11 a.m. on June 9": a time on a day after
        // the article's, not the event's, is an appointment, no time of it.
        let appointed = c.context.when.is_some_and(|(from, _)| {
            published.is_some_and(|p| from > p) && day.is_none_or(|(d, _)| d != from)
        });
        if c.subject.noun.is_empty() && !appointed {
            c.subject.noun = main.clone();
            c.context.event_from_article = true;
        }
        if c.subject.noun == *main && c.context.when.is_none() {
            c.context.when = day;
            if day.is_none() && c.context.weekday.is_none() {
                c.context.weekday = weekday;
            }
        }
    }
}

/// None or not known said of a place ("there were no injuries in Dubai") is
/// said of that place, not of the whole event: a part of it, like "in one
/// village".
fn narrow_categorical_to_place(claims: &mut [Claim]) {
    for claim in claims {
        let categorical = matches!(&claim.value, Value::Amount { amount, .. }
            if amount.qualifier == crate::normalize::number::Qualifier::Unknown
                || (amount.qualifier == crate::normalize::number::Qualifier::Exact
                    && amount.stated == 0.0));
        if claim.kind == ClaimKind::Casualties
            && categorical
            && claim.context.place.is_some()
            && claim.context.part.is_none()
        {
            claim.context.part = Some("place".to_string());
        }
    }
}

/// A quote claim whose quote no mark closed by its paragraph's end, the
/// paragraphs after it without any mark (its words, if a later line closes
/// it), and where the last of them ends.
struct OpenQuote {
    claim: usize,
    lines: Vec<Span>,
    end: usize,
}

impl OpenQuote {
    fn new(claim: usize, end: usize) -> Self {
        OpenQuote {
            claim,
            lines: Vec::new(),
            end,
        }
    }
}

/// Extends a quote claim over `more`, the rest of its quote on the lines
/// after it: its evidence runs on to their end and its words take each
/// line's after one space, not the line break. `gap` is the attribution
/// that interrupts the last line ('…," he said, "…'), left out as a
/// quote's own interruption is.
fn join_quote(claim: &mut Claim, more: &[Span], gap: Option<(usize, usize)>, text: &str) {
    let Some(last) = more.last() else {
        return;
    };
    claim.span.end = last.end;
    if let Value::Quote { text: words } = &mut claim.value {
        for line in more {
            words.push(' ');
            match gap.filter(|&(from, to)| line.start <= from && to <= line.end) {
                Some((from, to)) => {
                    words.push_str(&text[line.start..from]);
                    words.push_str(" … ");
                    words.push_str(&text[to..line.end]);
                }
                None => words.push_str(text[line.start..line.end].trim()),
            }
        }
    }
}

/// A quote's attribution to `speaker`, on the quoted words.
fn quote_attribution(rule: &str, span: Span, speaker: &str) -> Attribution {
    Attribution {
        key: super::attribution::source_key(speaker),
        source: speaker.to_string(),
        span,
        rule: rule.to_string(),
    }
}

/// What a pronoun that names a source may stand for: the text before its
/// sentence and the document's surnames (for "he" and "she"), and the last
/// source a sentence before it named (for "it" and "they"; none when that
/// one cannot be meant).
#[derive(Clone, Copy)]
struct Antecedents<'a> {
    before: &'a str,
    surnames: &'a crate::FastSet<String>,
    cited: Option<&'a str>,
    /// The sources cited in this paragraph and the one before, in text
    /// order.
    cited_near: &'a [(usize, String)],
}

/// What a quote's pronoun speaker may stand for, read over the whole
/// document: its surnames, and every source its sentences named, by byte
/// offset (for "it said" and "they said").
struct NamedBefore<'a> {
    surnames: &'a crate::FastSet<String>,
    citations: &'a [(usize, String)],
}

/// Figures inside a quote are the speaker's words: give them the quote's
/// attribution; not those of the attribution that interrupts one.
fn attribute_quoted(claims: &mut [Claim], interruptions: &[(usize, usize)]) {
    let quotes: Vec<(Span, Attribution)> = claims
        .iter()
        .filter(|c| c.kind == ClaimKind::Quote)
        .filter_map(|c| Some((c.span, c.attribution.clone()?)))
        .collect();
    // "said Jon Pike, the mayor," between two parts of one quote is no
    // part of it.
    let interrupting = |c: &Claim| {
        interruptions
            .iter()
            .any(|&(from, to)| from <= c.span.start && c.span.end <= to)
    };
    for claim in claims
        .iter_mut()
        .filter(|c| c.kind != ClaimKind::Quote && !interrupting(c))
    {
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

/// A claim of `sentence` at `start..end` (offsets in the sentence), with
/// nothing yet read around it: no source, hedges, entities or context.
pub(super) fn new_claim(
    sentence: &Sentence,
    (start, end): (usize, usize),
    kind: ClaimKind,
    (measure, rule): (&str, &str),
    value: Value,
    subject: Subject,
) -> Claim {
    let base = sentence.span;
    Claim {
        span: Span::new(base.doc, base.start + start, base.start + end),
        sentence: base,
        block: sentence.kind,
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

/// Drop the dates and times from `start` on that are a page's stamp, no
/// claim its article makes: one that is all of the document's first line
/// (`first_line`; "APR 28" over a blog post), or a date and a time in a
/// named zone that are all of a sentence anywhere ("Jun. 4-9:02 pm et"
/// after a post's paragraph). `text` is the sentence, at byte `base`.
fn drop_page_stamp(
    text: &str,
    base: usize,
    claims: &mut Vec<Claim>,
    start: usize,
    first_line: bool,
) {
    let bare = |s: &str| -> String { s.chars().filter(|c| c.is_alphanumeric()).collect() };
    let whole = bare(text);
    let when = |c: &Claim| matches!(c.kind, ClaimKind::Date | ClaimKind::Time);
    let evidence = |c: &Claim| {
        text.get(c.span.start.saturating_sub(base)..c.span.end.saturating_sub(base))
            .map(bare)
            .unwrap_or_default()
    };
    // A stamp's time names its zone ("pm et", "EDT"); a timeline's line
    // ("June 5, 9:15 a.m.") does not.
    let zoned = |c: &Claim| matches!(&c.value, Value::Time { zone: Some(_), .. });
    let mut sentence = claims.split_off(start);
    let mut stamped: Vec<&Claim> = sentence.iter().filter(|c| when(c)).collect();
    stamped.sort_by_key(|c| c.span.start);
    let date_and_time = matches!(
        stamped.as_slice(),
        [a, b] if a.kind != b.kind
            && (zoned(a) || zoned(b))
            && evidence(a) + &evidence(b) == whole
    );
    if date_and_time {
        sentence.retain(|c| !when(c));
    } else if first_line {
        sentence.retain(|c| !(when(c) && evidence(c) == whole));
    }
    claims.append(&mut sentence);
}

/// Drop the figures from `start` on that lie inside a condition of the
/// sentence `text` (at byte `base` of the document): "if we had more than
/// two weeks left" supposes two weeks, and reports nothing.
fn drop_supposed(text: &str, base: usize, claims: &mut Vec<Claim>, start: usize) {
    let figure = |c: &Claim| {
        matches!(
            c.kind,
            ClaimKind::Count | ClaimKind::Quantity | ClaimKind::Casualties
        )
    };
    let supposed = |c: &Claim| {
        figure(c)
            && (c.span.start.checked_sub(base))
                .is_some_and(|at| super::conditional::supposed(text, at))
    };
    // Most sentences suppose nothing: only those that do are rebuilt.
    if !claims[start..].iter().any(supposed) {
        return;
    }
    let mut sentence = claims.split_off(start);
    sentence.retain(|c| !supposed(c));
    claims.append(&mut sentence);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_reach_back_starts_at_a_word_never_inside_one() {
        let tail = " x".repeat((SUBJECT_REACH - 2) / 2);
        // The reach would start at "CI" of "MCI": it starts after it.
        let before = format!("MCI{tail}");
        assert_eq!(before.len() - SUBJECT_REACH, 1);
        assert_eq!(reach_start(&before), 3);
        // Where it would start at a space, it does.
        let before = format!("A{tail}xx");
        assert_eq!(before.len() - SUBJECT_REACH, 1);
        assert_eq!(reach_start(&before), 1);
        assert_eq!(reach_start("short"), 0);
    }

    #[test]
    fn an_opening_phrase_is_short_starts_the_sentence_and_ends_at_its_comma() {
        assert!(opening_phrase("In the meantime,"));
        assert!(!opening_phrase("In the meantime"));
        assert!(!opening_phrase("The plant shut in May,"));
        assert!(!opening_phrase("In May, after the fire,"));
        assert!(!opening_phrase("and in May,"));
    }

    /// The last sentence subject `before` names, with no surnames known.
    fn name(before: &str) -> Option<&str> {
        last_subject_name(before, &crate::FastSet::default()).map(|(_, n)| n)
    }

    #[test]
    fn a_name_a_relative_clause_is_said_of_in_the_last_sentence_is_a_subject() {
        assert_eq!(
            name("Ana Ruiz won. It surprised Marsk's Tom Pike, who signed her in May.\n\u{201c}"),
            Some("Marsk's Tom Pike")
        );
        // Not a sentence earlier, nor where the sentence names a subject,
        // nor a place.
        assert_eq!(
            name("It surprised Tom Pike, who signed her. The club lost.\n\u{201c}"),
            None
        );
        assert_eq!(
            name("Ana Ruiz thanked Tom Pike, who signed her.\n\u{201c}"),
            Some("Ana Ruiz")
        );
        assert_eq!(name("He came from Orsova, Mo., who joined.\n"), None);
    }

    #[test]
    fn a_name_after_said_takes_a_role_and_ends_at_its_sentence() {
        // A body, a role in lower case, the person's name.
        assert_eq!(
            name("\u{201c}Patch it,\u{201d} said Zentrax threat researcher Tom Pike.\n\u{201c}"),
            Some("Zentrax threat researcher Tom Pike")
        );
        // Nor before a day or a possessive.
        assert_eq!(
            name(
                "\u{201c}We will rebuild,\u{201d} said Tom Pike following Tuesday's Orsova Town Council vote.\n"
            ),
            Some("Tom Pike")
        );
        // Lower-case words with a function word are no role.
        assert_eq!(
            name("\u{201c}It is over,\u{201d} said Marsk Motors chief of the Orsova Board.\n"),
            Some("Marsk Motors")
        );
        // The full stop after a name ends it; an initial's does not.
        assert_eq!(
            name("\u{201c}It is over,\u{201d} said Ana Ruiz. He left.\n"),
            Some("Ana Ruiz")
        );
        assert_eq!(name_before_full_stop("Tom J. Pike. He"), "Tom J. Pike");
        assert_eq!(name_before_full_stop("Sen. Ana Ruiz"), "Sen. Ana Ruiz");
        assert_eq!(name_before_full_stop("Mrs. Ana Li. She"), "Mrs. Ana Li");
        assert_eq!(
            name_before_full_stop("E.F. Hutton Group"),
            "E.F. Hutton Group"
        );
    }

    #[test]
    fn an_aside_may_end_in_a_quoted_title_before_the_verb() {
        assert_eq!(
            name(
                "Singer Tom Pike, who on his last tour sang \"Orsova Road,\" said the band would rest.\n"
            ),
            Some("Singer Tom Pike")
        );
    }

    #[test]
    fn a_subject_is_read_after_a_dateline_dash_never_after_a_title_and_ends_at_a_stop() {
        assert_eq!(
            name("ORSOVA, April 9 - Rep. Tom Pike, D-Marsk, said he filed a bill. "),
            Some("Rep. Tom Pike")
        );
        assert_eq!(
            name("Ms. Ruiz has less to do with it than Mr. Pike does. "),
            Some("Ms. Ruiz")
        );
        assert_eq!(
            name("It was run by the editor, Conservative MP Tom Pike. He said "),
            None
        );
        assert_eq!(
            name("Orsova County Assistant District Attorney Tom Pike asked for calm. "),
            Some("Orsova County Assistant District Attorney Tom Pike")
        );
        // A body, or after a dateline a place, is no subject "he" can be.
        assert_eq!(
            name("ORSOVA, March 3 - Marsk Motors Corp hopes to sell cars. "),
            None
        );
        assert_eq!(
            name("CARACAS, March 4 - Venezuela plans to borrow more. "),
            None
        );
        // A lower-case abbreviation's stop may end a sentence.
        assert_eq!(
            name("The council voted no. Tom Pike said "),
            Some("Tom Pike")
        );
    }
}
