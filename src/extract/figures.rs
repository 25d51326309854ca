//! Figures that count people or things: casualties and other outcomes
//! ("killed one British and two U.S. service members", "18 other personnel
//! wounded", "injured six others") and plain counts ("five weapons storage
//! facilities", "the 22nd against US military interests").
//!
//! Two kinds of rule fill this in: `outcome` rules name a measure and the
//! words that signal it before the figure, after its noun phrase, or earlier
//! in the clause; the `count` rule says which head nouns are not counts. A
//! figure takes the outcome whose signal is nearest; parts joined by "and"
//! that share one signal become one claim whose total is their sum.

use serde::Deserialize;

use super::lexicon::Lexicon;
use super::phrase::{Phrase, noun_phrase};
use super::tokens::Token;
use crate::language::{BRIDGE, INCREMENTS, VICTIM_NOUNS};
use crate::claim::{ClaimKind, Part, Subject, Value};
use crate::normalize::number::{Amount, NumberMatch};

/// Parameters of an `outcome` rule.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OutcomeParams {
    /// What is measured ("killed", "injured", "arrested").
    pub measure: String,
    /// True for outcomes that are counts rather than casualties (arrests).
    #[serde(default)]
    pub count: bool,
    /// Words just before the figure ("killed", "killing", "treated").
    #[serde(default)]
    pub before: Vec<String>,
    /// Words after the figure's noun phrase ("were killed", "dead", "wounded").
    #[serde(default)]
    pub after: Vec<String>,
    /// Words earlier in the same clause ("death toll … rose to 10").
    #[serde(default)]
    pub context: Vec<String>,
    /// How many words may stand between the noun phrase and an `after` word.
    #[serde(default = "default_window")]
    pub window: usize,
}

impl Default for OutcomeParams {
    fn default() -> Self {
        OutcomeParams {
            measure: String::new(),
            count: false,
            before: Vec::new(),
            after: Vec::new(),
            context: Vec::new(),
            window: default_window(),
        }
    }
}

fn default_window() -> usize {
    8
}

/// Parameters of the `count` rule.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CountParams {
    /// Head nouns (singular) that do not make a count claim.
    #[serde(default)]
    pub ignore: Vec<String>,
    /// The longest noun phrase, in words.
    #[serde(default = "default_phrase")]
    pub max_words: usize,
    /// Words that link an ordinal to what it counts ("the attack was the 22nd").
    #[serde(default)]
    pub copulas: Vec<String>,
}

impl Default for CountParams {
    fn default() -> Self {
        CountParams {
            ignore: Vec::new(),
            max_words: default_phrase(),
            copulas: Vec::new(),
        }
    }
}

fn default_phrase() -> usize {
    6
}

/// A compiled outcome rule.
#[derive(Debug)]
pub struct OutcomeRule {
    /// Rule id.
    pub id: String,
    params: OutcomeParams,
    before: Vec<Vec<String>>,
    after: Vec<Vec<String>>,
    context: Vec<Vec<String>>,
}

fn word_lists(list: &[String]) -> Vec<Vec<String>> {
    list.iter()
        .map(|w| w.split_whitespace().map(str::to_lowercase).collect())
        .collect()
}

impl OutcomeRule {
    /// Compile an outcome rule.
    pub fn new(id: String, params: OutcomeParams) -> Self {
        OutcomeRule {
            id,
            before: word_lists(&params.before),
            after: word_lists(&params.after),
            context: word_lists(&params.context),
            params,
        }
    }
}

/// The compiled count rule.
#[derive(Debug)]
pub struct CountRule {
    /// Rule id.
    pub id: String,
    params: CountParams,
}

impl CountRule {
    /// Compile the count rule.
    pub fn new(id: String, params: CountParams) -> Self {
        CountRule { id, params }
    }
}

/// A figure claim found in a sentence (byte offsets relative to it).
#[derive(Debug, Clone)]
pub struct FigureHit {
    /// The rule that found it.
    pub rule: String,
    /// Casualties or count.
    pub kind: ClaimKind,
    /// What is measured.
    pub measure: String,
    /// Evidence start.
    pub start: usize,
    /// Evidence end.
    pub end: usize,
    /// The value.
    pub value: Value,
    /// What it counts.
    pub subject: Subject,
}

/// A figure: a number from the grammar, or "a"/"an" where it counts one.
#[derive(Debug, Clone, Copy)]
struct Figure {
    start: usize,
    end: usize,
    amount: Amount,
    ordinal: bool,
    /// Index of its first token and of the token after it.
    first: usize,
    next: usize,
}

/// Which signal was found, how far from the figure, and where.
#[derive(Debug, Clone, Copy)]
struct Signal {
    rule: usize,
    distance: usize,
    /// Index of the signal's first token.
    token: usize,
    /// Byte range of the signal words.
    start: usize,
    end: usize,
    before: bool,
}

/// Every outcome and count claim in one sentence.
pub fn find(
    tokens: &[Token<'_>],
    numbers: &[NumberMatch],
    outcomes: &[OutcomeRule],
    count: Option<&CountRule>,
    lexicon: &Lexicon,
) -> Vec<FigureHit> {
    let figures = figures(tokens, numbers, outcomes, lexicon);
    let clauses = Clauses::new(tokens, outcomes);
    let max_words = count.map_or(default_phrase(), |c| c.params.max_words);
    let mut used = vec![false; figures.len()];
    let mut hits = Vec::new();
    for i in 0..figures.len() {
        if used[i] {
            continue;
        }
        let first = &figures[i];
        // "One of the fatalities was a child": a member of a toll, not a toll.
        if of_the_victims(tokens, first.next) {
            continue;
        }
        let mut parts = gather_parts(tokens, &figures, i, lexicon, max_words);
        let (last_index, last_phrase) = parts
            .last()
            .map_or((i, Phrase::default()), |p| (p.0, p.1.clone()));
        let last_figure = &figures[last_index];
        // A later figure owns the signals past it ("four villages had been
        // destroyed and three people killed": three were killed, not four),
        // unless only punctuation stands between, as in a breakdown ("three
        // bank workers - two women and a man - were killed").
        let breakdown = |next: &Figure| {
            tokens[last_phrase.next.min(next.first)..next.first]
                .iter()
                .all(|t| !t.is_word())
        };
        let until = figures
            .get(last_index + 1)
            .filter(|next| !breakdown(next))
            .map_or(tokens.len(), |next| next.first);
        let signal = nearest_signal(
            tokens,
            first.first,
            (last_figure.next, until),
            last_phrase.next,
            outcomes,
            &clauses,
        );
        // A signal inside the noun phrase ends it: "50 troops face brain injuries".
        if let (Some(signal), Some(last)) = (signal, parts.last_mut())
            && !signal.before
            && signal.token < last.1.next
            && signal.token > last_figure.next
        {
            let words = signal.token - last_figure.next;
            let plural = last_figure.amount.stated != 1.0;
            last.1 = noun_phrase(
                tokens,
                last_figure.next,
                last_figure.end,
                lexicon,
                words,
                plural,
            );
        }
        let indices: Vec<usize> = parts.iter().map(|p| p.0).collect();
        let hit = match signal {
            Some(signal) => Some(outcome_hit(
                &figures,
                &parts,
                signal,
                &outcomes[signal.rule],
            )),
            None => count.and_then(|c| count_hit(tokens, &figures[i], &parts[0].1, c)),
        };
        if let Some(hit) = hit {
            // Parts are one claim only when an outcome joins them.
            let consumed = if signal.is_some() {
                &indices[..]
            } else {
                &indices[..1]
            };
            for &j in consumed {
                used[j] = true;
            }
            // A breakdown between the figure and its outcome ("three bank
            // workers - two women and a man - were killed") is the same
            // people, not another toll.
            if let Some(signal) = signal.filter(|s| !s.before) {
                // Figures are in token order: stop at the signal.
                for (j, f) in figures.iter().enumerate().skip(last_index + 1) {
                    if f.first >= signal.token {
                        break;
                    }
                    used[j] = true;
                }
            }
            hits.push(hit);
        }
    }
    hits
}

/// Figures from the number grammar, plus "a"/"an" right after an outcome's
/// `before` word or after "and" in a list ("and a British service member").
fn figures(
    tokens: &[Token<'_>],
    numbers: &[NumberMatch],
    outcomes: &[OutcomeRule],
    lexicon: &Lexicon,
) -> Vec<Figure> {
    // The token holding a byte (a number may start inside "2008-09").
    let index_at = |byte: usize| tokens.partition_point(|t| t.end <= byte);
    let mut out: Vec<Figure> = numbers
        .iter()
        .map(|n| Figure {
            start: n.start,
            end: n.end,
            amount: n.amount,
            ordinal: n.ordinal,
            first: index_at(n.start),
            next: index_at(n.end),
        })
        .collect();
    for (k, token) in tokens.iter().enumerate() {
        let word = token.lower();
        if word != "a" && word != "an" || k == 0 {
            continue;
        }
        let previous = tokens[k - 1].lower();
        let after_signal = outcomes
            .iter()
            .any(|r| r.before.iter().any(|w| w.len() == 1 && w[0] == previous));
        let head_known = noun_phrase(tokens, k + 1, token.end, lexicon, 4, false).known;
        if (after_signal || previous == "and") && head_known {
            out.push(Figure {
                start: token.start,
                end: token.end,
                amount: Amount::exact(1.0),
                ordinal: false,
                first: k,
                next: k + 1,
            });
        }
    }
    out.sort_by_key(|f| f.start);
    out
}

/// The figure at `i` and the parts that follow it joined by "and" or a comma.
fn gather_parts(
    tokens: &[Token<'_>],
    figures: &[Figure],
    i: usize,
    lexicon: &Lexicon,
    max_words: usize,
) -> Vec<(usize, Phrase)> {
    let mut parts = Vec::new();
    let mut current = i;
    loop {
        let figure = &figures[current];
        let plural = figure.amount.stated != 1.0;
        let mut phrase = noun_phrase(tokens, figure.next, figure.end, lexicon, max_words, plural);
        phrase.additional = is_additional(tokens, figure);
        let next_token = phrase.next.max(figure.next);
        parts.push((current, phrase));
        let joiner = tokens.get(next_token).map(Token::lower);
        if !matches!(joiner, Some("and" | ",")) {
            break;
        }
        // Figures are in token order: the first non-ordinal one starting
        // at that token, found without a scan of every figure.
        let from = figures.partition_point(|f| f.first < next_token + 1);
        let Some(following) = figures[from..]
            .iter()
            .take_while(|f| f.first == next_token + 1)
            .position(|f| !f.ordinal)
            .map(|k| from + k)
        else {
            break;
        };
        current = following;
    }
    // Headless parts ("one British") take the next part's noun.
    let mut noun = None;
    for (_, phrase) in parts.iter_mut().rev() {
        if phrase.noun.is_some() {
            noun = phrase.noun.clone();
        } else {
            phrase.noun = noun.clone();
        }
    }
    // Without a shared outcome a list is just separate figures; the caller
    // decides. A list whose parts lack heads is not a list of counts.
    parts
}

/// "another two people", "four more", "18 other personnel": an increment.
fn is_additional(tokens: &[Token<'_>], figure: &Figure) -> bool {
    let says = |word: Option<&str>, place: &str| {
        word.and_then(|w| INCREMENTS.field(w, 1))
            .is_some_and(|p| p == place || p == "both")
    };
    let before = figure.first.checked_sub(1).map(|k| tokens[k].lower());
    let after = tokens.get(figure.next).map(Token::lower);
    says(before, "before") || says(after, "after")
}

fn matches_at(tokens: &[Token<'_>], at: usize, words: &[String]) -> bool {
    #[cfg(test)]
    scaling::COMPARISONS.with(|c| c.set(c.get() + 1));
    words
        .iter()
        .enumerate()
        .all(|(k, w)| tokens.get(at + k).is_some_and(|t| t.lower() == *w))
}

/// True when the tokens from `next` read "of the fatalities" (or "of
/// those killed"-like victim nouns): the figure counts members of a toll.
fn of_the_victims(tokens: &[Token<'_>], next: usize) -> bool {
    let word = |k: usize| tokens.get(k).map(Token::lower);
    if word(next) != Some("of") {
        return false;
    }
    let noun = match word(next + 1) {
        Some("the" | "those" | "these") => next + 2,
        _ => next + 1,
    };
    word(noun).is_some_and(|w| VICTIM_NOUNS.contains(w))
}

/// Where each token's clause starts (after the last `;` before it), and
/// where each outcome rule's context words occur: found once per sentence,
/// so looking for a context signal costs a binary search per figure, not a
/// scan of the clause (a sentence of 16,000 repeated figures stays linear).
struct Clauses {
    /// `start[k]`: the first token of token `k`'s clause.
    start: Vec<usize>,
    /// Per rule, the tokens where one of its context phrases starts, in order.
    context: Vec<Vec<usize>>,
}

impl Clauses {
    fn new(tokens: &[Token<'_>], rules: &[OutcomeRule]) -> Self {
        let mut start = Vec::with_capacity(tokens.len() + 1);
        let mut current = 0;
        for (k, token) in tokens.iter().enumerate() {
            start.push(current);
            if token.text == ";" {
                current = k + 1;
            }
        }
        start.push(current);
        let context = rules
            .iter()
            .map(|rule| {
                (0..tokens.len())
                    .filter(|&k| rule.context.iter().any(|w| matches_at(tokens, k, w)))
                    .collect()
            })
            .collect();
        Clauses { start, context }
    }

    /// The first token before `first` in its clause where rule `r`'s context
    /// phrase starts.
    fn context_before(&self, r: usize, first: usize) -> Option<usize> {
        let hits = self.context.get(r)?;
        let clause_start = self.start.get(first).copied().unwrap_or(0);
        let k = hits[hits.partition_point(|&k| k < clause_start)..]
            .first()
            .copied()?;
        (k < first).then_some(k)
    }
}

/// The nearest outcome signal for a figure starting at token `first`, whose
/// last figure ends before token `scan.0` and whose noun phrase ends before
/// token `after`. `after` signals are searched from `scan.0` up to (not
/// including) token `scan.1`, so a signal inside the noun phrase counts (at
/// distance 0) and one past the next figure does not.
fn nearest_signal(
    tokens: &[Token<'_>],
    first: usize,
    (scan, until): (usize, usize),
    after: usize,
    rules: &[OutcomeRule],
    clauses: &Clauses,
) -> Option<Signal> {
    let mut best: Option<Signal> = None;
    let mut consider = |candidate: Signal| {
        if best.is_none_or(|b| candidate.distance < b.distance) {
            best = Some(candidate);
        }
    };
    for (r, rule) in rules.iter().enumerate() {
        // Before: the signal's last word, then only bridge words, then the figure.
        for words in &rule.before {
            let mut gap = 0;
            let mut k = first;
            while k > 0 {
                let end = k;
                if let Some(start) = end.checked_sub(words.len())
                    && matches_at(tokens, start, words)
                {
                    consider(Signal {
                        rule: r,
                        distance: gap,
                        token: start,
                        start: tokens[start].start,
                        end: tokens[end - 1].end,
                        before: true,
                    });
                    break;
                }
                if !BRIDGE.contains(tokens[k - 1].lower()) {
                    break;
                }
                gap += 1;
                k -= 1;
            }
        }
        // After: within the window past the noun phrase, not past a clause break.
        let mut k = scan;
        while k < until.min(tokens.len()) && k <= after + rule.params.window {
            let text = tokens[k].text;
            if matches!(text, "," | ";" | ":" | "." | "(" | "“" | "\"" | "—" | "–") {
                break;
            }
            if let Some(words) = rule.after.iter().find(|w| matches_at(tokens, k, w)) {
                // "Two helicopters began moving the injured": the injured
                // are what the figure's subject acts on, not what it counts
                // ("two of the injured" still counts them).
                let nominal = k > after
                    && k >= 2
                    && tokens[k - 1].lower() == "the"
                    && tokens[k - 2].lower() != "of";
                if nominal {
                    break;
                }
                consider(Signal {
                    rule: r,
                    distance: k.saturating_sub(after),
                    token: k,
                    start: tokens[k].start,
                    end: tokens[k + words.len() - 1].end,
                    before: false,
                });
                break;
            }
            k += 1;
        }
        // Context: anywhere earlier in the clause. Every context signal is
        // at distance 50, so only the first can be taken.
        if let Some(k) = clauses.context_before(r, first) {
            consider(Signal {
                rule: r,
                distance: 50,
                token: k,
                start: tokens[first].start,
                end: tokens[first].start,
                before: false,
            });
        }
    }
    best
}

fn outcome_hit(
    figures: &[Figure],
    parts: &[(usize, Phrase)],
    signal: Signal,
    rule: &OutcomeRule,
) -> FigureHit {
    let first = &figures[parts[0].0];
    let last = &parts[parts.len() - 1];
    let last_end = last.1.end.max(figures[last.0].end);
    let start = if signal.before {
        signal.start
    } else {
        first.start
    };
    let end = if signal.before || signal.end <= first.start {
        last_end
    } else {
        signal.end
    };
    let total = parts
        .iter()
        .map(|(i, _)| figures[*i].amount)
        .reduce(Amount::plus)
        .unwrap_or(first.amount);
    let mut listed: Vec<Part> = if parts.len() > 1 {
        parts
            .iter()
            .map(|(i, phrase)| Part {
                who: phrase
                    .who
                    .first()
                    .cloned()
                    .or_else(|| phrase.noun.clone())
                    .unwrap_or_else(|| "?".to_string()),
                amount: figures[*i].amount,
            })
            .collect()
    } else {
        Vec::new()
    };
    // One canonical order, so "one British and two U.S." equals "two US and one British".
    listed.sort_by(|x, y| x.who.cmp(&y.who));
    let mut who: Vec<String> = parts.iter().flat_map(|(_, p)| p.who.clone()).collect();
    who.sort();
    who.dedup();
    let nouns: Vec<&String> = parts.iter().filter_map(|(_, p)| p.noun.as_ref()).collect();
    let noun = match nouns.first() {
        Some(n) if nouns.iter().all(|m| m == n) => (*n).clone(),
        Some(_) => "person".to_string(),
        None => "person".to_string(),
    };
    FigureHit {
        rule: rule.id.clone(),
        kind: if rule.params.count {
            ClaimKind::Count
        } else {
            ClaimKind::Casualties
        },
        measure: rule.params.measure.clone(),
        start,
        end,
        value: Value::Amount {
            amount: total,
            parts: listed,
        },
        subject: Subject {
            noun,
            who,
            head: last
                .1
                .head
                .as_deref()
                .map(super::lexicon::singular)
                .unwrap_or_default(),
            additional: parts[0].1.additional,
            ..Subject::default()
        },
    }
}

fn count_hit(
    tokens: &[Token<'_>],
    figure: &Figure,
    phrase: &Phrase,
    rule: &CountRule,
) -> Option<FigureHit> {
    let previous = figure.first.checked_sub(1).and_then(|k| tokens.get(k));
    let noun = match (&phrase.noun, figure.ordinal) {
        (Some(noun), _) => noun.clone(),
        (None, true) => ordinal_subject(tokens, figure.first, &rule.params.copulas)?,
        (None, false) => return None,
    };
    if rule.params.ignore.contains(&noun) {
        return None;
    }
    // "one step", "the first overt use": single things are not counts worth
    // comparing unless the lexicon knows the noun.
    let word_ordinal = figure.ordinal
        && !tokens[figure.first]
            .text
            .starts_with(|c: char| c.is_ascii_digit());
    if word_ordinal || (figure.amount.stated == 1.0 && !phrase.known) {
        return None;
    }
    // "480 x 360 pixels", "the 2008-09 season": not counts.
    let one_letter = phrase
        .head
        .as_deref()
        .is_some_and(|h| h.chars().count() == 1);
    let year_range = previous.is_some_and(|p| p.text == "-" || p.text.ends_with('-'))
        || tokens[figure.first].text.contains('-');
    if one_letter || year_range {
        return None;
    }
    let head_is_lower = phrase
        .head
        .as_deref()
        .is_none_or(|h| h.starts_with(|c: char| c.is_lowercase()));
    if !phrase.known && !head_is_lower {
        return None;
    }
    let digits = &tokens[figure.first].text;
    let year_like = digits.len() == 4
        && digits.chars().all(|c| c.is_ascii_digit())
        && (1800.0..=2100.0).contains(&figure.amount.stated);
    // "Flight 370", "Camp 5": a number that is part of a name.
    let in_name = previous.is_some_and(|p| {
        p.text.starts_with(|c: char| c.is_uppercase())
            && figure.first > 0
            && tokens[figure.first]
                .text
                .starts_with(|c: char| c.is_ascii_digit())
    }) && figure.start == tokens[figure.first].start;
    if (year_like && !phrase.known) || in_name {
        return None;
    }
    let start = match previous {
        Some(p) if figure.ordinal && p.lower() == "the" => p.start,
        _ => figure.start,
    };
    Some(FigureHit {
        rule: rule.id.clone(),
        kind: ClaimKind::Count,
        measure: noun.clone(),
        start,
        end: phrase.end.max(figure.end),
        value: Value::Amount {
            amount: figure.amount,
            parts: Vec::new(),
        },
        subject: Subject {
            head: phrase
                .head
                .as_deref()
                .map_or_else(|| noun.clone(), super::lexicon::singular),
            noun,
            who: phrase.who.clone(),
            additional: phrase.additional,
            modifiers: phrase.modifiers.clone(),
            ..Subject::default()
        },
    })
}

/// What an ordinal without a noun counts: the noun before the copula ("The
/// rocket attack was the 22nd" counts attacks).
fn ordinal_subject(tokens: &[Token<'_>], first: usize, copulas: &[String]) -> Option<String> {
    let the = first.checked_sub(1)?;
    let copula = the.checked_sub(1)?;
    if !copulas.iter().any(|c| c == tokens[copula].lower()) {
        return None;
    }
    let noun = tokens[..copula].iter().rev().find(|t| t.is_word())?;
    Some(super::lexicon::singular(noun.text))
}

#[cfg(test)]
mod scaling {
    thread_local! {
        /// Phrase comparisons made by `matches_at` on this thread.
        pub(super) static COMPARISONS: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
    }

    /// Phrase comparisons made extracting `copies` of a repeated toll.
    fn comparisons(copies: usize) -> usize {
        let rules = crate::ruleset::RuleSet::bundled().expect("bundled rules");
        COMPARISONS.with(|c| c.set(0));
        let found = rules.findings(&"3 killed ".repeat(copies), None, None);
        assert!(found.len() >= copies, "{} findings", found.len());
        COMPARISONS.with(std::cell::Cell::get)
    }

    /// Counted work, not time: four times the repeats must cost about four
    /// times the comparisons (a scan of the clause per figure made it
    /// sixteen).
    #[test]
    fn a_repeated_phrase_costs_linear_work() {
        let small = comparisons(500);
        let large = comparisons(2000);
        assert!(
            large < 5 * small,
            "{small} comparisons for 500, {large} for 2000"
        );
    }
}
