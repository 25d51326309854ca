//! One corpus analysed: what every stage after extraction made of it.
//!
//! The stages run in order, each reading only what came before: claims
//! (extraction), stories (which articles tell one happening), events (which
//! happening each claim is about), fact slots (which fact each claim
//! states), then the comparison of the claims of each slot.

use crate::claim::Claim;
use crate::compare::{self, CompareRule, Comparison};
use crate::corpus::Corpus;
use crate::event::Events;
use crate::slot::Slots;
use crate::story::Stories;

/// A corpus analysed.
#[derive(Debug)]
pub struct Analysis {
    /// Every claim, document by document in corpus order.
    pub claims: Vec<Claim>,
    /// Which articles tell one story.
    pub stories: Stories,
    /// Which event each claim is about.
    pub events: Events,
    /// Which fact each claim states.
    pub slots: Slots,
    /// How the claims of each slot relate.
    pub comparison: Comparison,
}

impl Analysis {
    /// Run the stages after extraction: group `claims` into stories (or take
    /// `stories` as given), events and slots, and compare.
    pub fn of(
        rules: &[CompareRule],
        corpus: &Corpus,
        claims: Vec<Claim>,
        stories: Option<Stories>,
    ) -> Self {
        let stories = stories.unwrap_or_else(|| Stories::build(corpus, &claims));
        let events = Events::build(corpus, &claims, &stories);
        let slots = Slots::build(corpus, &claims, &events);
        let comparison = compare::compare(rules, corpus, &claims, &slots);
        Analysis {
            claims,
            stories,
            events,
            slots,
            comparison,
        }
    }
}
