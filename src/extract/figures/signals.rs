//! Finding the outcome a figure reports: the signal words of each outcome
//! rule before the figure, after its noun phrase, or earlier in its clause.

use super::rules::OutcomeRule;
use crate::extract::tokens::Token;
use crate::language::{ARTICLES, BRIDGE, INTENTIONS, NEAR_MISSES};

/// The distance given to a signal said earlier in the clause ("the death
/// toll ... rose to 10"): farther than any signal next to the figure.
pub(super) const CONTEXT_DISTANCE: usize = 50;

/// Which signal was found, how far from the figure, and where.
#[derive(Debug, Clone, Copy)]
pub(super) struct Signal {
    pub(super) rule: usize,
    pub(super) distance: usize,
    /// Index of the signal's first token.
    pub(super) token: usize,
    /// Byte range of the signal words.
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) before: bool,
}

pub(super) fn matches_at(tokens: &[Token<'_>], at: usize, words: &[String]) -> bool {
    #[cfg(test)]
    scaling::COMPARISONS.with(|c| c.set(c.get() + 1));
    words
        .iter()
        .enumerate()
        .all(|(k, w)| tokens.get(at + k).is_some_and(|t| t.lower() == *w))
}

/// Where each token's clause starts (after the last `;` before it), and
/// where each outcome rule's context words occur: found once per sentence,
/// so looking for a context signal costs a binary search per figure, not a
/// scan of the clause (a sentence of 16,000 repeated figures stays linear).
pub(super) struct Clauses {
    /// `start[k]`: the first token of token `k`'s clause.
    start: Vec<usize>,
    /// Per rule, the tokens where one of its context phrases starts, in order.
    context: Vec<Vec<usize>>,
}

impl Clauses {
    pub(super) fn new(tokens: &[Token<'_>], rules: &[OutcomeRule]) -> Self {
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
pub(super) fn nearest_signal(
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
                    if near_miss(tokens, start) {
                        break;
                    }
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
        while k < until.min(tokens.len()) && k <= after + rule.window() {
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
                // "12 players on injured reserve": after "on" or "off" the
                // word names a status the figure's subject is put in, not
                // what happened to them.
                let status = k > after && matches!(tokens[k - 1].lower(), "on" | "onto" | "off");
                // "killed one person and injured two others": a verb after
                // "and" that runs straight into the next figure is that
                // figure's, not this one's.
                let next_verb = k > 0
                    && tokens[k - 1].lower() == "and"
                    && k + words.len() == until
                    && until < tokens.len();
                // "shot two of the guards and critically wounded a third":
                // a verb joined by "and" right after the figure's noun phrase
                // is the sentence subject's, as the verb before the figure is;
                // so is one joined later that takes an object of its own
                // ("shot two of them at close range and wounded a third").
                let joined = k > after && {
                    let mut j = k - 1;
                    while j > after && tokens[j].lower().ends_with("ly") {
                        j -= 1;
                    }
                    // An article opens it; a possessive may be the
                    // subject's own ("fell and injured their backs").
                    let own_object = tokens
                        .get(k + words.len())
                        .is_some_and(|t| ARTICLES.contains(t.lower()));
                    tokens[j].lower() == "and" && (j == after || own_object)
                };
                if nominal || status || next_verb || joined || near_miss(tokens, k) {
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
                distance: CONTEXT_DISTANCE,
                token: k,
                start: tokens[first].start,
                end: tokens[first].start,
                before: false,
            });
        }
    }
    let best = best?;
    if best.distance >= CONTEXT_DISTANCE {
        return Some(best);
    }
    match coordinated(tokens, &best, rules) {
        Some(other) => joined(rules, best.rule, other).map(|rule| Signal { rule, ..best }),
        None => Some(best),
    }
}

/// True when the outcome word at token `k` is said not to have happened:
/// "two nearly killed when they were shot", "almost died", or only meant:
/// "tried to kill two guards", "the plot to kill three" (`intentions.tsv`).
fn near_miss(tokens: &[Token<'_>], k: usize) -> bool {
    let word = |at: Option<usize>| at.and_then(|p| tokens.get(p)).map(Token::lower);
    let meant = word(k.checked_sub(1)) == Some("to")
        && word(k.checked_sub(2)).is_some_and(|w| INTENTIONS.contains(w));
    meant || word(k.checked_sub(1)).is_some_and(|w| NEAR_MISSES.contains(w))
}

/// Another outcome joined to `signal`'s by "and" or "or" on the same side
/// of the figure ("dead or injured", "killed and wounded 25", "dead and
/// missing", "arrested and charged"): `joined` says what the figure
/// counts.
fn coordinated(tokens: &[Token<'_>], signal: &Signal, rules: &[OutcomeRule]) -> Option<usize> {
    let joins = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|t| matches!(t.lower(), "and" | "or"))
    };
    fn words(r: &OutcomeRule, before: bool) -> &[Vec<String>] {
        if before { &r.before } else { &r.after }
    }
    let end = signal.token + tokens[signal.token..].partition_point(|t| t.end <= signal.end);
    (0..rules.len()).filter(|&r| r != signal.rule).find(|&r| {
        words(&rules[r], signal.before).iter().any(|w| {
            let after = joins(end) && matches_at(tokens, end + 1, w);
            let before = signal.token > w.len()
                && joins(signal.token - 1)
                && matches_at(tokens, signal.token - 1 - w.len(), w);
            after || before
        })
    })
}

/// The outcome a figure of two joined outcomes `a` (the nearest) and `b`
/// counts: `a` where one is part of the other ("injured and hospitalised")
/// or they are no two tolls ("arrested and charged": both hold); else the
/// nearest whole both are parts of ("killed or wounded": casualties); else,
/// for two tolls, none ("dead and missing" is a toll of neither).
fn joined(rules: &[OutcomeRule], a: usize, b: usize) -> Option<usize> {
    let (wholes_a, wholes_b) = (wholes(rules, a), wholes(rules, b));
    if wholes_a.contains(&b) || wholes_b.contains(&a) {
        return Some(a);
    }
    if let Some(&whole) = wholes_a.iter().find(|w| wholes_b.contains(w)) {
        return Some(whole);
    }
    let tolls = rules[a].params.toll && rules[b].params.toll;
    (!tolls).then_some(a)
}

/// The rules whose measures rule `r` is a part of, nearest first
/// (seriously injured: injured, casualties).
fn wholes(rules: &[OutcomeRule], r: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let mut at = r;
    while let Some(whole) = rules[at].params.part_of.as_ref() {
        match rules.iter().position(|x| &x.params.measure == whole) {
            Some(w) if !out.contains(&w) && w != r => {
                out.push(w);
                at = w;
            }
            _ => break,
        }
    }
    out
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
