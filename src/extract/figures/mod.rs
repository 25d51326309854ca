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

mod categorical;
mod count;
use count::count_hit;
pub use count::owned_counts;
mod rules;
mod signals;

pub use rules::{CountParams, CountRule, OutcomeParams, OutcomeRule};

use super::lexicon::Lexicon;
use super::phrase::{Phrase, noun_phrase};
use super::tokens::Token;
use crate::claim::{ClaimKind, Part, Subject, Value};
use crate::language::{
    ARTICLES, BE, COORDINATORS, DETERMINERS, FREQUENCIES, INCREMENTS, LOCATIVES, MOVES,
    NEVER_VICTIMS, NUMBERS, PART_PRONOUNS, PHRASE_ENDS, POSSESSIVES, PRONOUN_ONE, QUALIFIERS,
    RANKS, SERIES_RUNS, TITLE_LINKS, VICTIM_NOUNS, month_number,
};
use crate::normalize::amount::Qualifier;
use crate::normalize::number::{Amount, NumberMatch};
use signals::{CONTEXT_DISTANCE, Clauses, Signal, nearest_signal};

/// The longest noun phrase an outcome reads when no count rule is loaded.
const PHRASE_WORDS: usize = 6;

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

/// A figure: a number from the grammar, "a"/"an" where it counts one, or
/// none ("no one", "nobody").
#[derive(Debug, Clone, Copy)]
struct Figure {
    start: usize,
    end: usize,
    amount: Amount,
    /// True when `amount` steps past a strict bound ("more than three" is
    /// at least four): what may end partway keeps it open.
    strict: bool,
    ordinal: bool,
    /// Index of its first token and of the token after it.
    first: usize,
    next: usize,
    source: Source,
}

/// Where a figure comes from, which says what may claim it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Source {
    /// A number of the grammar.
    Number,
    /// A number joined by a hyphen to the noun it counts ("a 20-point
    /// lead", "an 80-employee startup", "4-Coalition KIA"): the token after
    /// it is the compound's, and the noun is the word after the hyphen.
    Compound,
    /// "a"/"an" after an outcome's word or after "and" ending a list a number
    /// opened ("killed a contractor", "two troops and a British service
    /// member"): one, for any outcome.
    Article,
    /// "a"/"an" elsewhere before a known noun ("A woman has died"): one,
    /// for an outcome said right after it only.
    LooseArticle,
    /// "no one", "nobody", "none", "no" before a noun: none, for an outcome
    /// said right after it (or just before: "killed no one") only.
    None,
}

impl Source {
    /// True when only an outcome said next to the figure can claim it, and
    /// never the count rule.
    fn needs_close_outcome(self) -> bool {
        matches!(self, Source::LooseArticle | Source::None)
    }
}

/// True when the figure in tokens `first..next` reads as a score or a
/// record: two whole numbers joined by a hyphen or dash, the first not below
/// the second ("7-6", "2 - 0"); a first end below the second is a range
/// ("30-40 enterprises").
fn is_score(tokens: &[Token<'_>], first: usize, next: usize) -> bool {
    let number = |t: &str| {
        t.bytes()
            .all(|b| b.is_ascii_digit())
            .then(|| t.parse::<u32>().ok())
            .flatten()
    };
    let score = |a: &str, b: &str| number(a).zip(number(b)).is_some_and(|(a, b)| a >= b);
    let joined = tokens
        .get(first)
        .and_then(|t| t.text.split_once(['-', '–']))
        .is_some_and(|(a, b)| score(a, b));
    let dash = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|t| matches!(t.text, "-" | "–" | "—"))
    };
    joined
        || (next > first
            && dash(next)
            && tokens
                .get(next + 1)
                .is_some_and(|after| score(tokens[next - 1].text, after.text)))
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
    // Without a count rule, outcomes read the noun phrases of the commonest
    // length, one figure's words and a few more.
    let max_words = count.map_or(PHRASE_WORDS, |c| c.params.max_words);
    let mut used = vec![false; figures.len()];
    let mut hits = Vec::new();
    for i in 0..figures.len() {
        if used[i] {
            continue;
        }
        let first = &figures[i];
        // "2.9 aftershocks" or "killed 2.5": no one counts people in tenths.
        if first.amount.stated.fract() != 0.0 && !count::averaged(tokens, first.first) {
            continue;
        }
        // "One of the fatalities was a child": a member of a toll, not a
        // toll, unless what is said of them is a part of the toll ("nine of
        // the wounded were flown abroad").
        let member = of_the_victims(tokens, first.next);
        // "one of the 12 worst-hit villages": a member of a set counted
        // by the figure after it.
        if of_a_figure(&figures, tokens, first.next) {
            continue;
        }
        // "Arrested four times": how often, not how many.
        if tokens
            .get(first.next)
            .is_some_and(|t| FREQUENCIES.contains(t.lower()))
        {
            continue;
        }
        // "improved their record to 7-6", "won 3-1": a score, never a
        // headcount.
        if is_score(tokens, first.first, first.next) {
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
        // "Nine of the wounded were flown out": the victims named are the
        // whole, not the outcome; what is said of them comes after.
        let scan = member.unwrap_or(last_figure.next);
        let signal = nearest_signal(
            tokens,
            first.first,
            (scan, until),
            last_phrase.next,
            outcomes,
            &clauses,
        );
        // A signal said earlier in the clause ("the toll reached 318") is
        // the outcome of a bare figure or of people, not of other things
        // ("in the three valleys").
        let signal = signal.filter(|s| {
            s.distance < CONTEXT_DISTANCE || last_phrase.head.is_none() || last_phrase.known
        });
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
        // "He missed nine games because of the injury": games and weeks
        // are never the people an outcome after them counts.
        // A spaced hyphen ("a .45 - caliber handgun") leaves the phrase
        // without a head: the word after it is the noun.
        let head = last_phrase
            .head
            .clone()
            .or_else(|| noun_after_dash(tokens, last_figure.next));
        // Nor after the outcome where they follow the figure right away
        // ("held two rounds of talks", "held several years ago"); a longer
        // phrase may have run past the people ("injuring about 30 people
        // just hours after").
        let right_after = tokens.get(last_figure.next).map(Token::lower);
        let signal = signal.filter(|s| {
            head.as_deref().is_none_or(|h| {
                !NEVER_VICTIMS.contains(&crate::extract::lexicon::singular(h))
                    || (s.before && right_after != Some(h.to_lowercase().as_str()))
            })
        });
        // "A father of three died": the figure counts her children; what
        // happened is said of her.
        let signal = signal.filter(|_| !of_kin(tokens, first.first));
        // "one of the most photographed people of the 20th century was
        // dead": a position in a series is no toll.
        let signal = signal.filter(|_| !first.ordinal);
        // "one of the men arrested at the complex", "one of the Mafia
        // bosses and clan members arrested": a participle right after the
        // set the figure picks from says what happened to the set, not how
        // many it happened to ("17 of the crew into custody" and "one of the
        // men was arrested" do).
        let signal = signal.filter(|s| {
            s.before
                || !set_before(tokens, first.next, s.token)
                || !tokens[s.token].lower().ends_with("ed")
        });
        // "No one was hurt", "a woman has died": only an outcome said
        // right before or after such a figure is its outcome.
        let signal = signal.filter(|s| {
            let gap = last_phrase.next.max(last_figure.next);
            // "A policeman charged with killing ... was jailed": without a
            // verb between, an article's noun and a participle are a
            // description, not a count.
            let said = first.source != Source::LooseArticle || s.token > gap;
            !first.source.needs_close_outcome()
                || s.before
                || (s.distance < CONTEXT_DISTANCE
                    && said
                    && categorical::close(tokens, gap, s.token))
        });
        if signal.is_none() && first.source.needs_close_outcome() {
            continue;
        }
        if member.is_some()
            && signal.is_none_or(|s| !outcomes[s.rule].params.of_victims || s.before)
        {
            continue;
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
    hits.extend(categorical::unknown_hits(tokens, outcomes));
    let parts = categorical::parts_of_categorical(&hits, outcomes);
    hits.extend(parts);
    hits
}

/// True when `number`'s qualifier is "over" right after another figure and
/// the noun it counts, or a sum of money: "90 games over four seasons"
/// and "$38 million over five seasons" span the seasons, where "over three
/// seasons" alone is more than three.
fn spans_across(tokens: &[Token<'_>], numbers: &[NumberMatch], number: &NumberMatch) -> bool {
    let at = tokens.partition_point(|t| t.end <= number.start);
    if number.start == number.number_start || tokens.get(at).is_none_or(|t| t.lower() != "over") {
        return false;
    }
    let words = tokens[..at]
        .iter()
        .rev()
        .take(MAX_NOUN_WORDS_BETWEEN + 1)
        .take_while(|t| {
            t.text.starts_with(char::is_alphabetic) && !crate::language::is_function_word(t.text)
        })
        .count();
    // A sum another rule took ("$38 million over five seasons", "$38m
    // over") is no longer among `numbers`: a currency sign before its
    // digits tells it ("In 2019 over 300 died" is more than 300).
    let sum = |k: usize| {
        tokens[k].text.starts_with(|c: char| c.is_ascii_digit())
            && k.checked_sub(1)
                .is_some_and(|p| tokens[p].text.ends_with(['$', '£', '€', '¥']))
    };
    let at_figure = at.checked_sub(words + 1);
    at_figure.is_some_and(|k| {
        let f = &tokens[k];
        ((1..=MAX_NOUN_WORDS_BETWEEN).contains(&words)
            && numbers.iter().any(|m| m.start <= f.start && f.end <= m.end))
            || (words <= MAX_NOUN_WORDS_BETWEEN && sum(k))
    })
}

/// True when `number`'s qualifier is "over" right after a verb whose
/// particle it is (`over-verbs.tsv`): "handed over 20 guns" hands 20.
fn particle_over(tokens: &[Token<'_>], number: &NumberMatch) -> bool {
    let at = tokens.partition_point(|t| t.end <= number.start);
    number.start != number.number_start
        && tokens.get(at).is_some_and(|t| t.lower() == "over")
        && at
            .checked_sub(1)
            .is_some_and(|p| crate::language::OVER_VERBS.contains(tokens[p].lower()))
}

/// The most words a figure's noun has before an "over" that joins it to the
/// span it is counted over ("105 league games over three seasons").
const MAX_NOUN_WORDS_BETWEEN: usize = 2;

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
    // "107mm": a figure with a unit run on is a measure, not a count.
    let unit_glued = |n: &&NumberMatch| {
        let token = tokens.get(index_at(n.end));
        token.is_some_and(|t| {
            t.start < n.end && t.text[n.end - t.start..].starts_with(char::is_alphabetic)
        })
    };
    let mut out: Vec<Figure> = numbers
        .iter()
        .filter(|n| !unit_glued(n))
        .map(|n| {
            let bare;
            let n = if spans_across(tokens, numbers, n) || particle_over(tokens, n) {
                bare = n.unqualified();
                &bare
            } else {
                n
            };
            let next = index_at(n.end);
            // "20-point": the number ends inside its token, at a hyphen.
            let compound = tokens.get(next).is_some_and(|t| {
                t.start < n.end && compound_noun(&t.text[n.end - t.start..]).is_some()
            });
            Figure {
                start: n.start,
                end: n.end,
                amount: n.amount,
                strict: n.strict,
                ordinal: n.ordinal,
                first: index_at(n.start),
                next: if compound { next + 1 } else { next },
                source: if compound {
                    Source::Compound
                } else {
                    Source::Number
                },
            }
        })
        .collect();
    // "No one": the "one" of it is no number; nor in "the one that".
    let none = categorical::none_figures(tokens);
    out.retain(|f| !none.iter().any(|n| n.start <= f.start && f.end <= n.end));
    out.retain(|f| !stands_for_a_thing(tokens, f.first) && !numbered(tokens, f.first));
    out.extend(none);
    for (k, token) in tokens.iter().enumerate() {
        let word = token.lower();
        if word != "a" && word != "an" {
            continue;
        }
        let previous = k.checked_sub(1).map_or("", |p| tokens[p].lower());
        let after_signal = outcomes
            .iter()
            .any(|r| r.before.iter().any(|w| w.len() == 1 && w[0] == previous));
        // "a civilian", "a woman": people; "a major earthquake" is no one.
        let phrase = noun_phrase(tokens, k + 1, token.end, lexicon, 4, false);
        let head_known = phrase.known
            && phrase
                .head
                .as_deref()
                .is_none_or(|h| lexicon.event_class(h).is_none());
        if head_known {
            out.push(Figure {
                start: token.start,
                end: token.end,
                amount: Amount::exact(1.0),
                strict: false,
                ordinal: false,
                first: k,
                next: k + 1,
                source: if after_signal || (previous == "and" && ends_a_list(tokens, &out, k)) {
                    Source::Article
                } else {
                    Source::LooseArticle
                },
            });
        }
    }
    out.sort_by_key(|f| f.start);
    ranges(tokens, out)
}

/// The most tokens from a list's first figure to the "a" that ends it
/// ("four American contractors and a U.S. service member").
const LIST_REACH: usize = 8;

/// True when the token at `k` is a "one" that stands for a thing named
/// before ("a phone like the one that called her", "this one."): after a
/// word of `pronoun-one.tsv` marked `before`, and before one marked `after`
/// or the clause's end. "the one survivor" counts.
fn stands_for_a_thing(tokens: &[Token<'_>], k: usize) -> bool {
    let marked = |t: Option<&Token<'_>>, side: &str| {
        t.is_some_and(|t| {
            PRONOUN_ONE
                .field(t.lower(), 1)
                .is_some_and(|f| f == side || f == "both")
        })
    };
    let ends = tokens.get(k + 1).is_none_or(|t| !t.is_word()) || marked(tokens.get(k + 1), "after");
    tokens[k].lower() == "one" && k > 0 && marked(tokens.get(k - 1), "before") && ends
}

/// True when the figure at token `k` is a number that names one thing:
/// after "No." in capitals ("his No. 10 Kelmar jersey"; "Pike said no. 40
/// were stranded" counts), after a rank's noun of `ranks.tsv` ("the
/// number 2 man at the agency", not the verb: "refugees now number 40,000")
/// or a glued "#" ("Route #9 buses").
fn numbered(tokens: &[Token<'_>], k: usize) -> bool {
    let glued = |a: usize, b: usize| tokens[a].end == tokens[b].start;
    let after_no =
        k > 1 && tokens[k - 1].text == "." && tokens[k - 2].text == "No" && glued(k - 2, k - 1);
    let after_rank = k > 0
        && RANKS.field(tokens[k - 1].lower(), 1) == Some("noun")
        && (k < 2 || tokens[k - 1].text.starts_with(char::is_uppercase) || {
            let before = &tokens[k - 2];
            let word = before.lower();
            !before.is_word()
                || before.text.starts_with(char::is_uppercase)
                || RANKS.field(word, 1) == Some("before")
                || ARTICLES.contains(word)
                || DETERMINERS.contains(word)
                || POSSESSIVES.contains(word)
                || COORDINATORS.contains(word)
                || TITLE_LINKS.contains(word)
                || LOCATIVES.contains(word)
        });
    let after_hash = k > 0 && tokens[k - 1].text == "#" && glued(k - 1, k);
    after_no || after_rank || after_hash
}

/// The word after a hyphen standing alone at token `k` ("45 - caliber"), in
/// lower case.
fn noun_after_dash(tokens: &[Token<'_>], k: usize) -> Option<String> {
    let dash = tokens.get(k).is_some_and(|t| t.text == "-");
    let noun = tokens.get(k + 1).filter(|t| dash && t.is_word())?;
    Some(noun.lower().to_string())
}

/// True when the article at token `k`, after "and", ends a list that a
/// number opened in the same clause ("four contractors and a service
/// member"): it counts one of the list. After "and" alone ("pulled up and a
/// man jumped out") it counts no one.
fn ends_a_list(tokens: &[Token<'_>], figures: &[Figure], k: usize) -> bool {
    figures.iter().any(|f| {
        f.source == Source::Number
            && f.first < k
            && k - f.first <= LIST_REACH
            && !tokens[f.first..k]
                .iter()
                .any(|t| matches!(t.text, "." | ";" | ":" | "!" | "?"))
    })
}

/// The most the high end of a range may be times its low end.
pub(super) const MAX_RANGE_RATIO: f64 = 20.0;

/// Two figures that span one range are one figure: "two or three people",
/// "10 to 12 people", "between 20 and 30 people", "40-50 people" (low end
/// first). "from 10 to 12" is a change, not a range, and stays two.
fn ranges(tokens: &[Token<'_>], figures: Vec<Figure>) -> Vec<Figure> {
    let mut out: Vec<Figure> = Vec::with_capacity(figures.len());
    for figure in figures {
        if let Some(low) = out.last_mut()
            && let Some(range) = range_of(tokens, low, &figure)
        {
            *low = range;
            continue;
        }
        out.push(figure);
    }
    out
}

/// The range `low` and `high` span, when the words between them and before
/// `low` make them one.
fn range_of(tokens: &[Token<'_>], low: &Figure, high: &Figure) -> Option<Figure> {
    if let Some(either) = either_vague(tokens, low, high) {
        return Some(either);
    }
    let plain = |f: &Figure| {
        f.source == Source::Number && !f.ordinal && f.amount.qualifier == Qualifier::Exact
    };
    if !plain(high)
        || !matches!(
            low.amount.qualifier,
            Qualifier::Exact | Qualifier::Approximate
        )
        || low.source != Source::Number
        || low.ordinal
        || low.amount.stated >= high.amount.stated
    {
        return None;
    }
    // "40-50": a hyphen or dash and nothing else between the two, in one
    // token or three.
    // The token holding the low end's last byte: found by binary search, as a
    // sentence may hold thousands of figures.
    let holding = tokens
        .get(tokens.partition_point(|t| t.end < low.end))
        .filter(|t| t.start <= low.end && high.start <= t.end);
    let dash = holding
        .and_then(|t| {
            t.text
                .get(low.end - t.start..high.start.checked_sub(t.start)?)
        })
        .or_else(|| {
            let t = tokens.get(low.next)?;
            (t.start == low.end && t.end == high.start).then_some(t.text)
        })
        .is_some_and(|gap| matches!(gap, "-" | "–"));
    let between: Vec<&str> = tokens
        .get(low.next..high.first)
        .unwrap_or_default()
        .iter()
        .map(|t| t.lower())
        .collect();
    let before = low.first.checked_sub(1).map(|k| tokens[k].lower());
    // "rose 200 mln to 11.9 billion", "from 10 to 12": a change, not a range.
    let change = before.is_some_and(|w| {
        w == "from"
            || (MOVES.contains(w)
                && !QUALIFIERS.contains(w)
                && !PHRASE_ENDS.contains(w)
                && !BE.contains(w))
    });
    let joined = dash
        || match between.as_slice() {
            ["to"] => !change,
            ["or"] => true,
            ["and"] => before == Some("between"),
            _ => false,
        };
    // "seven to 12 mln acres": the low end takes the high end's scale.
    let scale_of = |f: &Figure| {
        tokens[f.first..f.next.min(tokens.len())]
            .iter()
            .filter(|t| NUMBERS.field(t.lower(), 2) == Some("scale"))
            .find_map(|t| NUMBERS.field(t.lower(), 1)?.parse::<f64>().ok())
    };
    let low_lo = match (scale_of(low), scale_of(high)) {
        (None, Some(scale)) if low.amount.lo * scale <= high.amount.hi => low.amount.lo * scale,
        _ => low.amount.lo,
    };
    // "between end-1982 and end-1986", "March six to 16.39 mln": years and
    // a day of the month are no low end; nor is a figure a twentieth of the
    // high one ("Hyundai Motor 100 to 2,577": a price that moved).
    let year = |v: f64| v.fract() == 0.0 && (1800.0..=2100.0).contains(&v);
    let dated = before.is_some_and(|w| month_number(w).is_some());
    let years = year(low.amount.stated) && year(high.amount.stated);
    let plausible = !years && !dated && high.amount.hi <= low_lo * MAX_RANGE_RATIO;
    (joined && plausible).then(|| Figure {
        start: low.start,
        end: high.end,
        amount: Amount::between(low_lo, high.amount.hi),
        strict: false,
        ordinal: false,
        first: low.first,
        next: high.next,
        source: Source::Number,
    })
}

/// Two vague amounts joined by "or" are one that spans both: "hundreds of
/// thousands or millions of computers" is at least 200,000, "dozens or
/// hundreds" at least 24.
fn either_vague(tokens: &[Token<'_>], low: &Figure, high: &Figure) -> Option<Figure> {
    let vague = |f: &Figure| {
        f.source == Source::Number && !f.ordinal && f.amount.qualifier == Qualifier::Vague
    };
    let or = matches!(tokens.get(low.next..high.first), Some([t]) if t.lower() == "or");
    (or && vague(low) && vague(high) && low.amount.lo < high.amount.lo).then(|| Figure {
        end: high.end,
        next: high.next,
        amount: Amount::vague(low.amount.lo, low.amount.hi.max(high.amount.hi)),
        ..*low
    })
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
        // "the fourth successful raid": an ordinal's noun is singular.
        let plural = figure.amount.stated != 1.0 && !figure.ordinal;
        // "its 50th anniversary special": an ordinal numbers the occasion
        // right after it, not the noun the occasion modifies.
        let occasion = figure.ordinal
            && tokens
                .get(figure.next)
                .is_some_and(|t| crate::language::OCCASIONS.contains(t.lower()));
        let phrase_words = if occasion { 1 } else { max_words };
        let mut phrase = if figure.source == Source::Compound {
            compound_phrase(tokens, figure, lexicon)
        } else {
            noun_phrase(
                tokens,
                figure.next,
                figure.end,
                lexicon,
                phrase_words,
                plural,
            )
        };
        phrase.additional = is_additional(tokens, figure);
        // "His first 17 passes": some of the passes, like "17 of the passes".
        phrase.partitive |= figure
            .first
            .checked_sub(1)
            .is_some_and(|k| SERIES_RUNS.contains(tokens[k].lower()));
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
        // "injuring 40, 15 of them on Qeshm": a part of the figure before,
        // not one more to add to it. Set off by commas ("two U.S. troops,
        // one of them a medic, and one British service member"), the list
        // goes on after it.
        let pick = figures[following].next;
        if tokens.get(pick).map(Token::lower) == Some("of")
            && tokens
                .get(pick + 1)
                .is_some_and(|t| PART_PRONOUNS.contains(t.lower()))
        {
            let Some(comma) = (pick + 2..tokens.len().min(pick + 2 + MAX_PICK_WORDS))
                .find(|&k| tokens[k].text == ",")
            else {
                break;
            };
            let after =
                comma + 1 + usize::from(tokens.get(comma + 1).map(Token::lower) == Some("and"));
            let from = figures.partition_point(|f| f.first < after);
            let Some(k) = figures[from..]
                .iter()
                .take_while(|f| f.first == after)
                .position(|f| !f.ordinal)
            else {
                break;
            };
            current = from + k;
            continue;
        }
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

/// The noun after the hyphen of a compound ("-point" of "20-point"), as
/// written, when the rest of the token is one.
fn compound_noun(rest: &str) -> Option<&str> {
    let noun = rest.strip_prefix(['-', '‑'])?;
    let noun = noun.split(['-', '‑']).next()?;
    // "No. 3-ranked", "a 2-seeded": a participle is no noun counted; nor
    // is a function word ("a four-by-four", "a two-to-one vote").
    let participle = noun.ends_with("ed") || noun.ends_with("ing");
    let function = crate::language::is_function_word(noun);
    (!noun.is_empty() && noun.chars().all(char::is_alphabetic) && !participle && !function)
        .then_some(noun)
}

/// The noun phrase of a compound figure: the word after its hyphen.
fn compound_phrase(tokens: &[Token<'_>], figure: &Figure, lexicon: &Lexicon) -> Phrase {
    let token = &tokens[figure.next - 1];
    let rest = token
        .text
        .get(figure.end.saturating_sub(token.start)..)
        .unwrap_or("");
    let Some(noun) = compound_noun(rest) else {
        return Phrase {
            next: figure.next,
            end: figure.end,
            ..Phrase::default()
        };
    };
    let start = figure.end + rest.chars().next().map_or(0, char::len_utf8);
    let class = lexicon.noun_class(noun);
    Phrase {
        next: figure.next,
        end: start + noun.len(),
        head: Some(noun.to_string()),
        noun: Some(class.map_or_else(|| crate::extract::lexicon::singular(noun), str::to_string)),
        known: class.is_some(),
        ..Phrase::default()
    }
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

/// True when a noun of kin and "of" or "to" stand just before token
/// `first` ("a father of three", "father to two boys").
fn of_kin(tokens: &[Token<'_>], first: usize) -> bool {
    first >= 2
        && matches!(tokens[first - 1].lower(), "of" | "to")
        && crate::language::KIN.contains(tokens[first - 2].lower())
}

/// True when the tokens from `next` read "of (the) N": the figure picks
/// members out of a set the next figure counts.
fn of_a_figure(figures: &[Figure], tokens: &[Token<'_>], next: usize) -> bool {
    let word = |k: usize| tokens.get(k).map(Token::lower);
    if word(next) != Some("of") {
        return false;
    }
    let at = match word(next + 1) {
        Some("the" | "those" | "these" | "its" | "their") => next + 2,
        _ => next + 1,
    };
    let from = figures.partition_point(|f| f.first < at);
    figures.get(from).is_some_and(|f| f.first == at)
}

/// The most words after "of them" before the comma that ends such a pick
/// ("one of them a medic,").
const MAX_PICK_WORDS: usize = 8;

/// The most words of a set's name between "of the" and what follows it
/// ("of the Mafia bosses and clan members arrested").
const MAX_SET_WORDS: usize = 6;

/// True when the tokens from `next` to `at` read "of the men" or "of the
/// Mafia bosses and clan members": a set named as known ("the", "those",
/// "these") that a figure picks its members from, right before `at`, with
/// no verb between ("of the men was" is no set's name; "thousands of
/// people" is a count, no pick).
fn set_before(tokens: &[Token<'_>], next: usize, at: usize) -> bool {
    let word = |k: usize| tokens.get(k).map(Token::lower);
    if word(next) != Some("of") || !matches!(word(next + 1), Some("the" | "those" | "these")) {
        return false;
    }
    let name = next + 2..at;
    !name.is_empty()
        && name.len() <= MAX_SET_WORDS
        && tokens[name]
            .iter()
            .all(|t| t.is_word() && !BE.contains(t.lower()))
}

/// Where the tokens from `next` read "of the fatalities" (or "of those
/// killed"-like victim nouns): the figure counts members of a toll. The
/// index of the token after the noun.
fn of_the_victims(tokens: &[Token<'_>], next: usize) -> Option<usize> {
    let word = |k: usize| tokens.get(k).map(Token::lower);
    if word(next) != Some("of") {
        return None;
    }
    let noun = match word(next + 1) {
        Some("the" | "those" | "these") => next + 2,
        _ => next + 1,
    };
    word(noun)
        .is_some_and(|w| VICTIM_NOUNS.contains(w))
        .then_some(noun + 1)
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
        kind: categorical::kind_of(rule),
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
                .map(crate::extract::lexicon::singular)
                .unwrap_or_default(),
            additional: parts[0].1.additional,
            part_of: rule.params.part_of.clone().unwrap_or_default(),
            // An outcome (killed, arrested, rescued) happens to people.
            people: true,
            ..Subject::default()
        },
    }
}
