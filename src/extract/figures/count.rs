//! Plain counts: a figure with no outcome that counts the noun after it
//! ("five weapons storage facilities", "the 22nd attack").

use super::rules::CountRule;
use super::{Figure, FigureHit, Source};
use crate::claim::{Claim, ClaimKind, Subject, Value};
use crate::extract::phrase::Phrase;
use crate::extract::scope::SentenceWords;
use crate::extract::tokens::{Token, phrase_at};
use crate::language::{ARTICLES, GAME_PERIODS, ORDINAL_NAMES, PARTY_NOUNS, STREET_TYPES};
use crate::normalize::amount::{Amount, Qualifier};
use crate::normalize::rarity::zipf;

/// The highest ordinal word that counts ("the fourth successful
/// offensive"); "first" never does, and higher ones name places in a list.
const ORDINAL_WORDS_UP_TO: f64 = 12.0;

/// How many words before a decimal figure may say it is an average
/// ("averaged a team-high 22.8 points").
const AVERAGE_REACH: usize = 3;

/// The most capitalised words of a street's name before its type ("West
/// Marsk" in "400 East Marsk Boulevard").
const MAX_STREET_WORDS: usize = 3;

/// A count of the noun after a figure, unless the rule or the figure's form
/// says it is no count.
pub(super) fn count_hit(
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
    if rule.params.ignore.contains(&noun)
        || phrase
            .modifiers
            .iter()
            .any(|m| rule.params.ignore_modifiers.contains(m))
    {
        return None;
    }
    // "four 100-catch seasons": after another number, a figure joined to
    // its noun before a period it is reached in is a mark each reached, no
    // count ("two three-story hotels" still has three storeys each).
    let numbered = previous.is_some_and(|p| {
        p.text.starts_with(|c: char| c.is_ascii_digit())
            || crate::extract::phrase::is_number_word(p.lower())
    });
    let period_after = tokens.get(phrase.next).is_some_and(|t| {
        let noun = crate::extract::lexicon::singular(t.lower());
        rule.params.reached_in.contains(&noun)
    });
    // "two 82-game seasons" has 82 games each: a period counted inside
    // another is its size.
    let counts_periods = rule.params.reached_in.contains(&noun);
    if figure.source == Source::Compound && numbered && period_after && !counts_periods {
        return None;
    }
    // "a 10-win improvement": by how much, not how many; "a three-point
    // play": a kind of play.
    if figure.source == Source::Compound
        && tokens.get(phrase.next).is_some_and(|t| {
            let kind = format!("{noun} {}", crate::extract::lexicon::singular(t.lower()));
            rule.params.changes_after.iter().any(|c| c == t.lower())
                || rule.params.kinds.contains(&kind)
        })
    {
        return None;
    }
    // "one step", "the first overt use": single things are not counts worth
    // comparing unless the lexicon knows the noun or a compound says it
    // ("a one-seat majority"). An ordinal word counts only after "the" or a
    // possessive and before its noun ("the fourth successful offensive");
    // after "a" it means one more ("a second juror added", "with a third
    // person").
    let word_ordinal = figure.ordinal
        && !tokens[figure.first]
            .text
            .starts_with(|c: char| c.is_ascii_digit());
    let counted_ordinal = word_ordinal
        && phrase
            .noun
            .as_ref()
            .is_some_and(|n| !rule.params.placed.contains(n))
        && figure.amount.stated <= ORDINAL_WORDS_UP_TO
        && previous.is_some_and(|p| matches!(p.lower(), "the" | "its" | "their" | "his" | "her"));
    let single = figure.amount.stated == 1.0 && !phrase.known && figure.source != Source::Compound;
    let fuzzy = !phrase.known
        && rule
            .fuzzy
            .iter()
            .any(|q| phrase_at(tokens, figure.first, q) && figure.next == figure.first + q.len());
    // "was not one person", "needs not 40 drivers but 25": a denial, or "not
    // a single one", never a count; "2,000, if not 3,000, workers" hedges.
    let hedged = figure
        .first
        .checked_sub(2)
        .is_some_and(|k| matches!(tokens[k].lower(), "if" | "or"));
    if previous.is_some_and(|p| crate::language::NEGATIONS.contains(p.lower())) && !hedged {
        return None;
    }
    // "one of the most mysterious men", "one of few": one member of a
    // group, never a count of one.
    if figure.amount.stated == 1.0 && tokens.get(figure.next).is_some_and(|t| t.lower() == "of") {
        return None;
    }
    // "after the first quake" points at one of several; only "the first
    // woman to head the Academy" places someone.
    let first_of_series = word_ordinal
        && figure.amount.stated == 1.0
        && tokens.get(phrase.next).is_none_or(|t| t.lower() != "to");
    if (word_ordinal && !counted_ordinal) || single || fuzzy || first_of_series {
        return None;
    }
    // "a 640 by 512-pixel screen", "1920 x 1080 pixels": the second figure
    // of a size. "x" always joins two; "by" only a first figure of at least
    // two digits that no day, year or name holds ("filed on Nov. 4 by two
    // drivers", "cuts in 2028 by 12 cantons", "Route 9 by 300 marchers").
    let size_before = |join: &str, k: usize| {
        let written = tokens[k].text;
        let number = written.replace(',', "");
        if number.is_empty() || !number.bytes().all(|b| b.is_ascii_digit()) {
            return false;
        }
        if join != "by" {
            return true;
        }
        let before = |back: usize| k.checked_sub(back).and_then(|d| tokens.get(d));
        let dated = [1, 2].into_iter().filter_map(before).any(|t| {
            crate::language::is_calendar_word(t.lower())
                || crate::language::MONTHS.contains(t.lower())
        });
        let named = before(1).is_some_and(|t| {
            t.text.starts_with(char::is_uppercase) && !crate::language::ARTICLES.contains(t.lower())
        });
        let year = written.len() == 4
            && number
                .parse::<u32>()
                .is_ok_and(|y| (1800..=2100).contains(&y));
        number.len() >= 2 && !dated && !named && !year
    };
    let dimension = previous.is_some_and(|p| {
        rule.params.dimension_joins.iter().any(|j| j == p.lower())
            && figure
                .first
                .checked_sub(2)
                .is_some_and(|k| size_before(p.lower(), k))
    });
    // "3000 pixels by 1600": the first side of a size, its noun written
    // once, after it; the second side ends the phrase or repeats the noun
    // ("30 hotels by 2030" is a year).
    let first_side = tokens.get(phrase.next).is_some_and(|join| {
        let digits = |t: &Token<'_>| {
            t.text.len() >= 2
                && t.text.bytes().all(|b| b.is_ascii_digit())
                && !t
                    .text
                    .parse::<u32>()
                    .is_ok_and(|y| (1900..=2100).contains(&y))
        };
        rule.params
            .dimension_joins
            .iter()
            .any(|j| j == join.lower())
            && tokens.get(phrase.next + 1).is_some_and(digits)
            && tokens.get(phrase.next + 2).is_none_or(|t| {
                // "12 people by 11:30 p.m." (or "11.30") is a time.
                let clock = t.text == ":"
                    || (t.text == "."
                        && tokens.get(phrase.next + 3).is_some_and(|d| {
                            d.start == t.end && d.text.starts_with(|c: char| c.is_ascii_digit())
                        }));
                (!t.is_word() && !clock) || t.lower() == noun.as_str()
            })
    });
    // "one in every 500 users": the whole of a rate.
    let rate = rule.params.rate_openers.iter().any(|opener| {
        let words = opener.split_whitespace();
        figure
            .first
            .checked_sub(words.clone().count())
            .is_some_and(|from| {
                tokens[from..figure.first]
                    .iter()
                    .zip(words)
                    .all(|(t, w)| t.lower() == w)
            })
    });
    if dimension || first_side || rate {
        return None;
    }
    // "2.9 aftershocks" is no count (a magnitude); an average may be a
    // decimal ("averaged 22.8 points").
    if figure.amount.stated.fract() != 0.0 && !averaged(tokens, figure.first) {
        return None;
    }
    // "480 x 360 pixels", "the 2008-09 season": not counts; nor is a model's
    // number that is its own noun ("the Kelmar 8800's screen"; "15 747s"
    // counts jets).
    let own_digits: String = tokens[figure.first]
        .text
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    let not_a_noun = phrase.head.as_deref().is_some_and(|h| {
        h.chars().count() == 1
            || (!own_digits.is_empty()
                && h.starts_with(|c: char| c.is_ascii_digit())
                && h.starts_with(own_digits.as_str()))
    });
    // A dash set apart by spaces ("The cause - three cables") is no range.
    // A range read as one figure ("40-50 pilots") is neither.
    let year_range = figure.amount.qualifier != Qualifier::Between
        && (previous
            .is_some_and(|p| (p.text == "-" || p.text.ends_with('-')) && p.end == figure.start)
            || (tokens[figure.first].text.contains('-')
                && figure.source != Source::Compound
                && !tokens[figure.first].lower().ends_with("-plus")));
    if not_a_noun || year_range {
        return None;
    }
    let head_is_lower = phrase
        .head
        .as_deref()
        .is_none_or(|h| h.starts_with(|c: char| c.is_lowercase()));
    if !phrase.known && !head_is_lower && !phrase.head.as_deref().is_some_and(names_things) {
        return None;
    }
    // "2005's Hurricane Katrina", "the 1990's": a year's possessive or a
    // decade is a year too.
    let word = &tokens[figure.first].text;
    let digits = ["'s", "’s", "s"]
        .iter()
        .find_map(|s| word.strip_suffix(s))
        .unwrap_or(word);
    let year_like = digits.len() == 4
        && digits.chars().all(|c| c.is_ascii_digit())
        && (1800.0..=2100.0).contains(&figure.amount.stated);
    // A year's possessive is a year whatever its noun ("2005's storm"), and
    // so is one before an event ("the fatal 2003 shooting", "his 2001
    // election defeat").
    let possessive = ["'s", "’s"].iter().any(|s| word.ends_with(s));
    let year_of = year_like && (phrase.event || possessive);
    // "Flight 370", "Camp 5": a number that is part of a name.
    let in_name = previous.is_some_and(|p| {
        p.text.starts_with(|c: char| c.is_uppercase())
            && figure.first > 0
            && tokens[figure.first]
                .text
                .starts_with(|c: char| c.is_ascii_digit())
    }) && figure.start == tokens[figure.first].start;
    // "223rd Street", "the 21st century": an ordinal in digits before a
    // noun of `ordinal-names.tsv` is a name or an era.
    // "the fourth quarter": an ordinal before a game's period is the
    // period (see the game clock rule), not a member of a series.
    // "4th-gen Orsova chips": the noun may be written onto the ordinal.
    let glued_noun = word
        .split_once('-')
        .is_some_and(|(_, noun)| ORDINAL_NAMES.contains(&noun.to_lowercase()));
    let named_ordinal = figure.ordinal
        && (glued_noun
            || tokens.get(figure.next).is_some_and(|t| {
                GAME_PERIODS.contains(t.lower())
                    || (word.starts_with(|c: char| c.is_ascii_digit())
                        && ORDINAL_NAMES.contains(t.lower()))
            }));
    // "Kelmar '07 ships": two digits after an apostrophe are a year, unless
    // the mark opens a quote that a closing mark ends later ("'40 riders
    // will start'").
    let all_digits = word.bytes().all(|b| b.is_ascii_digit());
    let single_mark = |t: &Token<'_>| matches!(t.text, "'" | "’");
    // A plural's possessive mark ("the dealers' group") closes nothing.
    let quote_closes = (figure.first + 2..tokens.len()).any(|k| {
        let (word, mark) = (&tokens[k - 1], &tokens[k]);
        let possessive = word.text.ends_with('s') && tokens.get(k + 1).is_some_and(Token::is_word);
        single_mark(mark) && word.end == mark.start && word.is_word() && !possessive
    });
    let clipped_year = word.len() == 2
        && all_digits
        && !quote_closes
        && previous.is_some_and(|p| single_mark(p) && p.end == tokens[figure.first].start);
    // "the two sides", "the two countries": a cardinal after "the" before a
    // party to a relation points back at parties already named, and counts
    // nothing anew ("the four submarine cables" still counts).
    if !figure.ordinal
        && previous.is_some_and(|p| p.lower() == "the")
        && PARTY_NOUNS.contains(&noun)
    {
        return None;
    }
    // "a 2008 police raid", "the 1994 strikes": after an article, such a
    // figure is the year of what follows (a count that large would be
    // written "2,008").
    let dated = year_like && previous.is_some_and(|p| ARTICLES.contains(p.lower()));
    // "at 400 East Marsk Boulevard": digits before a street's name are
    // its number. The street's type ends the name, before anything but a
    // word in lower case ("29 Marsk Square restaurants" counts restaurants)
    // unless "at" opens the address.
    let address = all_digits && {
        let name = tokens[figure.first + 1..]
            .iter()
            .take(MAX_STREET_WORDS + 2)
            .take_while(|t| t.text.starts_with(char::is_uppercase))
            .count();
        let after = tokens.get(figure.first + 1 + name);
        name > 0
            && STREET_TYPES.contains(tokens[figure.first + name].lower())
            && (after.is_none_or(|t| !t.text.starts_with(char::is_lowercase))
                || previous.is_some_and(|p| p.lower() == "at"))
    };
    if (year_like && !phrase.known)
        || year_of
        || dated
        || in_name
        || named_ordinal
        || address
        || clipped_year
    {
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
            amount: if figure.strict && rule.params.partial.contains(&noun) {
                Amount::continuous(figure.amount.stated, figure.amount.qualifier, true)
            } else {
                figure.amount
            },
            parts: Vec::new(),
        },
        subject: Subject {
            head: phrase
                .head
                .as_deref()
                .map_or_else(|| noun.clone(), crate::extract::lexicon::singular),
            noun,
            who: phrase.who.clone(),
            additional: phrase.additional,
            modifiers: phrase.modifiers.clone(),
            people: phrase.people,
            position: figure.ordinal,
            partitive: phrase.partitive,
            compound: figure.source == Source::Compound
                && tokens
                    .get(figure.next)
                    .is_some_and(|t| t.is_word() && t.text.starts_with(char::is_lowercase)),
            restates: restates_names(tokens, figure.first),
            // "14.9 points per game": an average, per what follows "per".
            of: tokens
                .get(phrase.next)
                .filter(|t| t.lower() == "per")
                .and_then(|_| tokens.get(phrase.next + 1))
                .filter(|t| t.is_word() && t.text.starts_with(char::is_lowercase))
                .map(|t| format!("per {}", crate::extract::lexicon::singular(t.lower())))
                .unwrap_or_default(),
            ..Subject::default()
        },
    })
}

/// True when the figure at token `first` stands in apposition after a list
/// of names ("Ardonia and Belvia, two countries on the gulf"): a comma, and
/// before it capitalised names joined by "and".
fn restates_names(tokens: &[Token<'_>], first: usize) -> bool {
    let capital = |t: &Token<'_>| t.is_word() && t.text.starts_with(char::is_uppercase);
    // Steps back over a run of capitalised words ending before `end`;
    // where the run starts, if it has any.
    let run = |end: usize| {
        let mut i = end;
        while i > 0 && capital(&tokens[i - 1]) {
            i -= 1;
        }
        (i < end).then_some(i)
    };
    let Some(comma) = first.checked_sub(1).filter(|&k| tokens[k].text == ",") else {
        return false;
    };
    let Some(last) = run(comma) else {
        return false;
    };
    last > 0 && tokens[last - 1].lower() == "and" && run(last - 1).is_some()
}

/// True when a word before token `first` says the figure is an average.
pub(super) fn averaged(tokens: &[Token<'_>], first: usize) -> bool {
    tokens[first.saturating_sub(AVERAGE_REACH)..first]
        .iter()
        .any(|t| t.lower().starts_with("averag"))
}

/// True for a capitalised head that still names things counted, not a
/// name: a model with digits ("AK-47s"), an acronym's plural ("CPUs"), or
/// a people ("Gazans").
fn names_things(head: &str) -> bool {
    let acronym = head
        .strip_suffix('s')
        .is_some_and(|a| a.len() >= 2 && a.chars().all(|c| c.is_ascii_uppercase()));
    let model = head.contains(|c: char| c.is_ascii_digit()) && head.ends_with('s');
    let people = head.ends_with("ans") && head.chars().skip(1).all(char::is_lowercase);
    acronym || model || people
}

/// Give counts of what is someone's ("16 points") the name their sentence
/// opens with ("Ty Lawson added 16 points") or that stands just before them
/// in brackets ("Danny Green (14 points)"), where the scope read no owner;
/// drop those still said of no one ("needed nine points"), which says
/// nothing one could check. Claims from `start` on are the sentence's.
pub fn owned_counts(
    sentence: &SentenceWords<'_>,
    claims: &mut Vec<Claim>,
    start: usize,
    rule: &CountRule,
) {
    let mut k = start;
    while k < claims.len() {
        let claim = &mut claims[k];
        if claim.rule != rule.id
            || claim.context.owner.is_some()
            || !rule.needs_owner(&claim.measure)
        {
            k += 1;
            continue;
        }
        let at = claim.span.start - sentence.base;
        let first = sentence.tokens.partition_point(|t| t.start < at);
        match name_for(sentence, first) {
            Some(name) => {
                claim.context.owner = Some(name);
                k += 1;
            }
            None => {
                claims.remove(k);
            }
        }
    }
}

/// A capitalised run of words that names someone: several words, or one
/// rare enough not to be an ordinary word opening the sentence.
fn is_name(tokens: &[Token<'_>]) -> bool {
    let capital = |t: &Token<'_>| t.is_word() && t.text.starts_with(char::is_uppercase);
    !tokens.is_empty()
        && tokens.len() <= NAME_WORDS
        && tokens.iter().all(capital)
        && !tokens
            .iter()
            .any(|t| crate::language::is_calendar_word(t.lower()))
        && (tokens.len() > 1 || zipf(tokens[0].lower()) < NAME_ZIPF)
}

/// The most words a name runs to.
const NAME_WORDS: usize = 3;
/// A single capitalised word this rare as an ordinary word is a name.
const NAME_ZIPF: f32 = 4.5;

/// The name that owns a figure at token `first`: in brackets just after it
/// ("Danny Green (14"), or opening the sentence before a verb ("Ty Lawson
/// added 16").
fn name_for(sentence: &SentenceWords<'_>, first: usize) -> Option<String> {
    let tokens = sentence.tokens;
    let name = |from: usize, to: usize| {
        Some(sentence.text[tokens[from].start..tokens[to - 1].end].to_string())
    };
    if first > 0 && tokens[first - 1].text == "(" {
        let end = first - 1;
        let mut from = end;
        while from > 0
            && end - from < NAME_WORDS
            && tokens[from - 1].text.starts_with(char::is_uppercase)
        {
            from -= 1;
        }
        if from < end && is_name(&tokens[from..end]) {
            return name(from, end);
        }
    }
    let run = tokens
        .iter()
        .take_while(|t| t.is_word() && t.text.starts_with(char::is_uppercase))
        .count();
    let verb = tokens
        .get(run)
        .is_some_and(|t| t.is_word() && t.text.starts_with(char::is_lowercase));
    let same_clause = tokens[run.min(first)..first]
        .iter()
        .all(|t| t.is_word() || t.text == "-");
    if run < first && verb && same_clause && is_name(&tokens[..run]) {
        return name(0, run);
    }
    None
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
    Some(crate::extract::lexicon::singular(noun.text))
}
