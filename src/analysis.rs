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
        let mut claims = claims;
        claims.iter_mut().for_each(Claim::release_word_sets);
        Analysis {
            claims,
            stories,
            events,
            slots,
            comparison,
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::corpus::{Corpus, Document};
    use crate::ruleset::RuleSet;
    use crate::span::DocId;

    #[test]
    fn claims_keep_no_word_sets_once_compared() {
        let text = "Four people were hurt when a bus hit a wall in Orsova, police said.";
        let corpus = Corpus {
            documents: vec![Document::from_text(DocId(0), "a.txt", "marsk", text.into())],
            failed: Vec::new(),
        };
        let analysis = RuleSet::bundled().expect("bundled rules").analyse(&corpus);
        assert!(!analysis.claims.is_empty());
        for claim in &analysis.claims {
            assert!(
                claim.copy.is_empty() && claim.context.words.is_empty(),
                "{claim:?}"
            );
            assert!(claim.context.near.is_empty(), "{claim:?}");
        }
    }
}
