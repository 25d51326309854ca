//! Where a source's words reach in its sentence: which claims near a
//! source are what it said, and which are the writer's own (a description
//! of the source, an adjunct to its verb, a clause set against it, the
//! listener a verb of telling counts). The extraction engine asks these
//! questions of each claim and each source its sentence names.

use super::attribution::SourceHit;
use crate::language::ARTICLES;

/// The most words between a figure and the passive verb whose agent names
/// its source ("40 deaths were reported by").
const MAX_AGENT_GAP_WORDS: usize = 2;

/// True when only a few words, and no punctuation, stand between a claim
/// ending at `end` and a verb starting at `verb`.
pub(super) fn just_before(text: &str, end: usize, verb: usize) -> bool {
    text.get(end..verb).is_some_and(|gap| {
        gap.chars().all(|c| c.is_alphabetic() || c.is_whitespace())
            && gap.split_whitespace().count() <= MAX_AGENT_GAP_WORDS
    })
}

/// True when the source speaks inside a relative clause set off by commas
/// that closes before the claim at `at`: "The laptop, which Zentrax says
/// will run for eight hours, costs $999" (the price is the writer's).
pub(super) fn aside_closed_before(text: &str, s: &SourceHit, at: usize) -> bool {
    let Some(before) = text.get(..s.start).map(str::trim_end) else {
        return false;
    };
    let Some((lead, relative)) = before.rsplit_once(char::is_whitespace) else {
        return false;
    };
    let opens_aside =
        lead.trim_end().ends_with(',') && crate::language::is_relative_pronoun(relative);
    // The comma that closes it is followed by a space: not one inside a
    // figure ("1,500").
    opens_aside
        && text
            .get(s.end..at)
            .is_some_and(|between| between.contains(", "))
}

/// True when source `s` is set off by commas right after a relative
/// pronoun ("…, after which, the police said, someone threw a brick", "the
/// pier, which, officials said, lost 12 boats"): it speaks for what
/// follows, not for the claims before it.
pub(super) fn aside_after_relative(text: &str, s: &SourceHit) -> bool {
    text.get(..s.start)
        .map(str::trim_end)
        .and_then(|before| before.strip_suffix(','))
        .and_then(|before| before.split_whitespace().next_back())
        .is_some_and(crate::language::is_relative_pronoun)
}

/// True when the claim at `at` stands in a description of source `s` that
/// follows its name after the verb ("…," said Ana Okafor, who was on her
/// deck in Marsk Estates"; "said Ana Okafor, 48, an accountant"). Not after "according to X" or "X said",
/// where what follows is the sentence's own ("According to police, a
/// woman was killed").
pub(super) fn describes_source(text: &str, s: &SourceHit, at: usize) -> bool {
    let Some(written) = text.get(s.start..s.end) else {
        return false;
    };
    let name_after_verb = written.ends_with(s.source.as_str())
        && !written.starts_with(s.source.as_str())
        && !written.to_lowercase().starts_with("according");
    // ", who …", ", a nurse in …" (source-descriptions.tsv); ", 48, a
    // staff accountant", ", news editor of …": a claim that opens the
    // apposition, if a figure then an age (not "said Ruiz, 20 minutes
    // after the blast").
    let aged = text.get(at..).is_some_and(|claim| {
        let digits = claim.len() - claim.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        let after = &claim[digits..];
        (1..=3).contains(&digits) && (after.is_empty() || after.starts_with([',', '.', ';']))
    });
    // "said harbour master Ana Ruiz who shut the pier road for three weeks":
    // a relative pronoun opens a description without a comma.
    let relative = |rest: &&str| {
        rest.split_whitespace()
            .next()
            .is_some_and(crate::language::is_relative_pronoun)
    };
    // "said Ana Ruiz, a pilot, adding that 12 were hurt": the
    // description ends where the source's saying goes on.
    let says_on = text.get(s.end..at).is_some_and(|between| {
        between.split(", ").skip(1).any(|clause| {
            clause
                .split_whitespace()
                .next()
                .is_some_and(|w| crate::language::SAYING_PARTICIPLES.contains(w))
        })
    });
    let described = !says_on
        && text
            .get(s.end..at)
            .and_then(|between| {
                between
                    .strip_prefix(", ")
                    .or_else(|| between.strip_prefix(' ').filter(relative))
            })
            .is_some_and(|rest| {
                // "said Ana Ruiz, 35, who fled with six children": the
                // description may follow the source's age.
                let past_age = rest
                    .trim_start_matches(|c: char| c.is_ascii_digit())
                    .strip_prefix(", ")
                    .filter(|r| (1..=3).contains(&(rest.len() - r.len() - 2)));
                (rest.is_empty() && (aged || !text[at..].starts_with(|c: char| c.is_ascii_digit())))
                    || {
                        let description = past_age.unwrap_or(rest);
                        // "said Ana Ruiz, who, as mayor, shut 12 piers".
                        description.split_whitespace().next().is_some_and(|first| {
                            crate::language::SOURCE_DESCRIPTIONS
                                .contains(first.trim_end_matches([',', ';']))
                        }) || (titled(description) && !after_opening_only(text, s))
                    }
            });
    name_after_verb && described
}

/// The most words of a title before the word that links it to what it
/// is of ("deputy managing director of").
const MAX_TITLE_WORDS: usize = 4;

/// The most words of a phrase that opens a sentence before its comma
/// ("Last year,", "By contrast,").
const MAX_OPENING_WORDS: usize = 4;

/// True when only a short opening phrase and its comma stand before source
/// `s` ("Last year, said Tom Pike, sales rose to $12 million"): what
/// follows its name is what it said, not a description of it.
fn after_opening_only(text: &str, s: &SourceHit) -> bool {
    text.get(..s.start)
        .map(str::trim_end)
        .and_then(|before| before.strip_suffix(','))
        .is_some_and(|opening| {
            !opening.contains([',', '"', '“', '”'])
                && opening.split_whitespace().count() <= MAX_OPENING_WORDS
        })
}

/// True when `description`, the words between a source's comma and a
/// claim, is a title without an article and no clause ("said Steve Pond,
/// author of the 2005 book"): it opens with a title's word, a word of
/// `title-links.tsv` follows within a few words, and it holds no form of
/// "be" and no auxiliary. "On average, said Ana Ruiz, users make 10
/// searches" and "said Ana Ruiz, then 12 boats were lost" are none.
fn titled(description: &str) -> bool {
    let words: Vec<&str> = description.split_whitespace().collect();
    words
        .first()
        .is_some_and(|first| super::attribution::opens_a_title(first))
        && words
            .iter()
            .skip(1)
            .take(MAX_TITLE_WORDS)
            .any(|w| crate::language::TITLE_LINKS.contains(&w.to_lowercase()))
        && words
            .iter()
            .all(|w| !crate::language::is_be_or_auxiliary(w, &w.to_lowercase()))
}

/// True when the writer sets a clause of their own against the source's
/// words, or goes on with one, right after its verb, and the claim at `at`
/// is in it: '“…,” Ana Ruiz said, but the fact that the old
/// structure had no power makes the fire suspicious'; '“…,” the union
/// said, and Okafor urged the board to offer 12 percent more'. Only
/// after a quote ("costs were £1.30, Marsk said, but the price was £1.18"
/// may be Marsk's); "said, but added that …" stays the source's.
pub(super) fn contrasted_after(text: &str, s: &SourceHit, at: usize) -> bool {
    let after_quote = closes_a_quote(text, s);
    let Some(between) = text.get(s.end..at) else {
        return false;
    };
    let first_word = |rest: &str| rest.split_whitespace().next().map(str::to_string);
    if let Some(first) = between.strip_prefix(", but ").and_then(first_word) {
        let first = first.to_lowercase();
        return after_quote
            && (ARTICLES.contains(&first) || crate::language::DETERMINERS.contains(&first));
    }
    // A name opens a clause of its own ("and Pike expected"); a pronoun
    // ("and I …") may be the speaker's own words.
    between
        .strip_prefix(", and ")
        .and_then(first_word)
        .is_some_and(|first| {
            let stem = first
                .split(['\'', '’'])
                .next()
                .unwrap_or_default()
                .to_lowercase();
            after_quote
                && first.starts_with(char::is_uppercase)
                && !crate::language::PERSONAL_PRONOUNS.contains(&stem)
        })
}

/// True when the claim at `at` stands in an adjunct the writer adds to a
/// quote's verb of saying, opened by a word of `after-saying.tsv` or a day
/// (`attribution::adjunct`): '“The pier was closed,” Pike told Marsk Radio's Ana
/// Ruiz after the fire Thursday night' (the day is the writer's; the quote
/// is what Pike said). A verb of telling (`tells`) has a listener first: a
/// noun phrase, with no determiner, pronoun, figure or verb after its first
/// word ("told police Okafor arrived at" is what was told). Not where the source goes on saying: a verb of
/// saying, "that" before the adjunct, "that" or "which" after a
/// statement's noun ("said in a statement on Tuesday, which put the toll
/// at 40"), or another quote.
pub(super) fn framed_after(
    text: &str,
    s: &SourceHit,
    at: usize,
    tells: impl Fn(&str) -> bool,
) -> bool {
    let Some(between) = text.get(s.end..at) else {
        return false;
    };
    let verb = text
        .get(s.start..s.end)
        .and_then(|written| written.split_whitespace().next_back());
    let lead = if verb.is_some_and(|v| tells(&v.to_lowercase())) {
        MAX_TOLD_LEAD
    } else {
        0
    };
    let written: Vec<&str> = between
        .trim_start_matches([',', ' '])
        .split_whitespace()
        .collect();
    let lower: Vec<String> = written.iter().map(|w| w.to_lowercase()).collect();
    let adjunct = lower
        .iter()
        .take(lead + 1)
        .position(|w| super::attribution::adjunct(w.trim_end_matches(',')));
    // No determiner, pronoun, figure or verb after its first word ("told
    // reporters the fire began at", "told reporters 12 people died at",
    // "told police Okafor arrived at"); a participle before "by" modifies
    // it ("told a meeting chaired by").
    let listener_is_a_noun_phrase = |end: usize| {
        (1..end).all(|k| {
            let w = lower[k].as_str();
            let participle =
                w.len() > 4 && w.ends_with("ed") && lower.get(k + 1).is_none_or(|n| n != "by");
            !crate::language::DETERMINERS.contains(w)
                && !crate::language::PERSONAL_PRONOUNS.contains(w)
                && !w.starts_with(|c: char| c.is_ascii_digit())
                && !participle
                && !crate::language::IRREGULAR_PAST.contains(w)
                && !crate::language::is_be_or_auxiliary(written[k], w)
        })
    };
    let Some(adjunct) = adjunct.filter(|&end| listener_is_a_noun_phrase(end)) else {
        return false;
    };
    let says_on = lower.iter().enumerate().any(|(k, w)| {
        let w = w.trim_end_matches(',');
        let after_statement = lower[..k].iter().any(|p| {
            let p = p.trim_end_matches(',');
            crate::language::STATEMENT_NOUNS.contains(p)
                || crate::language::UTTERANCE_NOUNS.contains(p)
        });
        (w == "that" && k < adjunct)
            || (matches!(w, "that" | "which") && after_statement)
            || crate::language::SAYING.contains(w)
            || crate::language::SAYING_PARTICIPLES.contains(w)
    });
    closes_a_quote(text, s) && !says_on && !between.contains(['"', '“', '”'])
}

/// True when source `s` follows a quote's closing mark ('“…,” Ana Ruiz
/// said'): the quote is what it said. The mark must follow punctuation or
/// another mark: one glued to a word is none ('Marsk"s minister said'),
/// which also leaves out a quote closed without its comma ('“Never again”
/// Ruiz said, but …').
pub(super) fn closes_a_quote(text: &str, s: &SourceHit) -> bool {
    text.get(..s.start).is_some_and(|before| {
        before
            .trim_end()
            .strip_suffix(['”', '"', '’'])
            .is_some_and(|inside| !inside.ends_with(char::is_alphanumeric))
    })
}

/// The most words of a listener between a verb of telling and the adjunct
/// the writer adds ("told Marsk Radio's Ana Ruiz after the fire").
const MAX_TOLD_LEAD: usize = 5;

/// True when the claim at `at` opens the object of the source's verb of
/// telling: "the two holdouts told the other ten jurors that …" counts
/// whom they told, not what they said; so does a claim right after the verb
/// ("told 500 businessmen"). Only determiners and the words of
/// `bridge.tsv` ("other", "another") stand between ("told reporters 40
/// people died" reports it). The source's words end at its verb.
pub(super) fn counts_listener(
    text: &str,
    s: &SourceHit,
    at: usize,
    tells: impl Fn(&str) -> bool,
) -> bool {
    let verb = text
        .get(s.start..s.end)
        .and_then(|written| written.split_whitespace().next_back());
    let Some(between) = text.get(s.end..at) else {
        return false;
    };
    verb.is_some_and(|v| tells(&v.to_lowercase()))
        && between.split_whitespace().count() <= MAX_LISTENER_LEAD
        && between.split_whitespace().all(|w| {
            let w = w.to_lowercase();
            crate::language::DETERMINERS.contains(&w) || crate::language::BRIDGE.contains(&w)
        })
}

/// The most words before a figure that opens a verb of telling's object
/// ("told the other ten jurors").
const MAX_LISTENER_LEAD: usize = 3;

#[cfg(test)]
mod tests {
    use super::*;

    /// A source hit over `words` in `text` (the first place they stand).
    fn hit(text: &str, words: &str) -> SourceHit {
        let start = text
            .find(words)
            .expect("the source's words are in the text");
        SourceHit {
            source: words.to_string(),
            start,
            end: start + words.len(),
            covers_before: true,
            agent: false,
            quoted: false,
            reach: None,
        }
    }

    fn at(text: &str, claim: &str) -> usize {
        text.find(claim).expect("the claim is in the text")
    }

    #[test]
    fn an_adjunct_after_a_quotes_verb_is_the_writers_unless_the_source_goes_on() {
        let tells = |w: &str| w == "told";
        let framed = |text: &str, source: &str, claim: &str| {
            framed_after(text, &hit(text, source), at(text, claim), tells)
        };
        let text = "“It is over,” Ana Ruiz told Marsk Radio's Tom Pike after the fire at 3 a.m.";
        assert!(framed(text, "Ana Ruiz told", "3 a.m."));
        let text = "“It is over,” Ana Ruiz said Thursday night as 12 engines arrived.";
        assert!(framed(text, "Ana Ruiz said", "12 engines"));
        // What was told, past the listener.
        let text = "“It is over,” Ana Ruiz told police Okafor arrived at 3 a.m.";
        assert!(!framed(text, "Ana Ruiz told", "3 a.m."));
        let text = "“It is over,” Ana Ruiz told reporters that the fire began at 3 a.m.";
        assert!(!framed(text, "Ana Ruiz told", "3 a.m."));
        // A statement's own figure.
        let text =
            "“It is over,” the ministry said in a statement on Tuesday, which put the toll at 40.";
        assert!(!framed(text, "the ministry said", "40."));
        // Not after a quote: the source may say what follows.
        let text = "Ana Ruiz said after the fire that 12 engines came.";
        assert!(!framed(text, "Ana Ruiz said", "12 engines"));
    }

    #[test]
    fn a_closing_mark_glued_to_a_word_closes_no_quote() {
        let text = "“It is over,” Ana Ruiz said.";
        assert!(closes_a_quote(text, &hit(text, "Ana Ruiz said")));
        let text = "Marsk\"s minister said 12 died.";
        assert!(!closes_a_quote(text, &hit(text, "s minister said")));
    }
}
