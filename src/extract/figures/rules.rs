//! The rules that fill in figures: `outcome` rules (a measure and the words
//! that signal it) and the `count` rule (what is not a count).

use serde::Deserialize;

use crate::extract::tokens::phrases;

/// Parameters of an `outcome` rule.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OutcomeParams {
    /// What is measured ("killed", "injured", "arrested").
    pub measure: String,
    /// True for outcomes that are counts rather than casualties (arrests).
    #[serde(default)]
    pub count: bool,
    /// The measure this one is a part of ("injured" for "treated in
    /// hospital", "casualties" for "killed"): a part within its whole is
    /// compatible with it, and none of the whole is none of each part ("no
    /// casualties": no one killed, no one injured).
    #[serde(default)]
    pub part_of: Option<String>,
    /// True for a toll of people counted by their fate (killed, injured,
    /// missing): the fates exclude each other, so two tolls joined by "and"
    /// or "or" with no whole in common ("dead and missing") count neither,
    /// where other outcomes joined so both hold ("arrested and charged").
    #[serde(default)]
    pub toll: bool,
    /// True when it says something of some of a toll's victims ("nine of
    /// the wounded were flown abroad", "three of the injured remain in
    /// hospital"): such a figure is its claim, where "one of the victims
    /// died" is none.
    #[serde(default)]
    pub of_victims: bool,
    /// Words just before the figure ("killed", "killing", "treated").
    #[serde(default)]
    pub before: Vec<String>,
    /// Words after the figure's noun phrase ("were killed", "dead", "wounded").
    #[serde(default)]
    pub after: Vec<String>,
    /// Words earlier in the same clause ("death toll … rose to 10").
    #[serde(default)]
    pub context: Vec<String>,
    /// How many words may stand between the noun phrase and an `after` word
    /// (none: the outcome rules' usual reach, [`WINDOW`]).
    #[serde(default)]
    pub window: Option<usize>,
}

/// How many words may stand between a noun phrase and its `after` word when
/// a rule does not say.
pub const WINDOW: usize = 8;

/// Parameters of the `count` rule.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CountParams {
    /// Head nouns (singular) that do not make a count claim.
    #[serde(default)]
    pub ignore: Vec<String>,
    /// Words before a head that make it no count ("percentage" for "two
    /// percentage points": a change in a share, not points scored).
    #[serde(default)]
    pub ignore_modifiers: Vec<String>,
    /// Nouns of change after a figure joined to its noun that make it how
    /// much something changed, not a count ("a 10-win improvement").
    #[serde(default)]
    pub changes_after: Vec<String>,
    /// Periods (singular) a mark is reached in: a figure joined to its
    /// noun before one of them, after another number, is that mark, no
    /// count ("four 100-catch seasons").
    #[serde(default)]
    pub reached_in: Vec<String>,
    /// Periods (singular) a count may end partway through: "just over
    /// three seasons" is more than three, not at least four.
    #[serde(default)]
    pub partial: Vec<String>,
    /// A figure joined to its noun and the noun after it that together
    /// name a kind of thing, counting nothing ("point play" for "a
    /// three-point play", "wheel drive" for "four-wheel drive").
    #[serde(default)]
    pub kinds: Vec<String>,
    /// The longest noun phrase, in words (at least 1; the rule file says it,
    /// there is no default).
    pub max_words: usize,
    /// Words that link an ordinal to what it counts ("the attack was the 22nd").
    #[serde(default)]
    pub copulas: Vec<String>,
    /// Nouns (singular) counted for someone ("point", "goal", "rebound"): a
    /// count of them is a claim only where its sentence says whose it is
    /// ("Lawson added 16 points"); "needed nine points" alone says nothing
    /// one could check.
    #[serde(default)]
    pub owned: Vec<String>,
    /// Nouns (singular) an ordinal places, never counts: the fixed parts of
    /// a whole ("the second half", "the third round", "the fourth floor").
    #[serde(default)]
    pub placed: Vec<String>,
    /// Quantifiers too vague to count what the lexicon does not know ("a
    /// few"): "a few people" is a count, "a few counters" is a manner of
    /// speaking.
    #[serde(default)]
    pub fuzzy: Vec<String>,
    /// Words between the two figures of a size ("640 by 512 pixels", "1920
    /// x 1080"): the second figure is a dimension, not a count.
    #[serde(default)]
    pub dimension_joins: Vec<String>,
    /// Words right before a figure that make it a rate's whole, not a
    /// count ("one in every 500 users" counts no 500 users).
    #[serde(default)]
    pub rate_openers: Vec<String>,
}

/// A compiled outcome rule.
#[derive(Debug)]
pub struct OutcomeRule {
    /// Rule id.
    pub id: String,
    pub(super) params: OutcomeParams,
    pub(super) before: Vec<Vec<String>>,
    pub(super) after: Vec<Vec<String>>,
    pub(super) context: Vec<Vec<String>>,
}

impl OutcomeRule {
    /// Compile an outcome rule.
    pub fn new(id: String, params: OutcomeParams) -> Self {
        OutcomeRule {
            id,
            before: phrases(&params.before),
            after: phrases(&params.after),
            context: phrases(&params.context),
            params,
        }
    }

    /// How many words may stand between a noun phrase and an `after` word.
    pub(super) fn window(&self) -> usize {
        self.params.window.unwrap_or(WINDOW)
    }

    /// Every phrase that signals this outcome, in any position.
    pub(super) fn signals(&self) -> impl Iterator<Item = &Vec<String>> {
        self.before.iter().chain(&self.after).chain(&self.context)
    }
}

/// The compiled count rule.
#[derive(Debug)]
pub struct CountRule {
    /// Rule id.
    pub id: String,
    pub(super) params: CountParams,
    pub(super) fuzzy: Vec<Vec<String>>,
}

impl CountRule {
    /// Compile the count rule.
    pub fn new(id: String, params: CountParams) -> Self {
        let fuzzy = phrases(&params.fuzzy);
        CountRule { id, params, fuzzy }
    }

    /// True when a count of `noun` needs its owner said to be a claim.
    pub fn needs_owner(&self, noun: &str) -> bool {
        self.params.owned.iter().any(|o| o == noun)
    }
}
