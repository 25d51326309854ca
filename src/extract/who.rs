//! The engine's part for who and where: place, actor and person claims of
//! one sentence, built from the rules' hits.

use super::engine::{Extractors, new_claim};
use super::whereabouts::InDocument;
use crate::claim::{Claim, ClaimKind, Subject, Value};
use crate::gazetteer::Found;
use crate::segment::Sentence;

fn claim(
    sentence: &Sentence,
    span: (usize, usize),
    kind: ClaimKind,
    measure: &str,
    rule: &str,
    value: Value,
    noun: String,
) -> Claim {
    let subject = Subject {
        noun,
        ..Subject::default()
    };
    new_claim(sentence, span, kind, (measure, rule), value, subject)
}

impl Extractors {
    /// The place, actor and person claims of one sentence, `text`, with the
    /// sentence before it where this one goes on about it ("It broke out
    /// …"); `found` are the gazetteer's places in it, `doc` what its
    /// document says of its names.
    pub(super) fn who_and_where(
        &self,
        sentence: &Sentence,
        (text, carried): (&str, Option<&str>),
        found: &[Found],
        doc: &InDocument<'_>,
        out: &mut Vec<Claim>,
    ) {
        for rule in &self.places {
            for hit in rule.find(text, found, doc, &self.lexicon) {
                let value = Value::Place {
                    relation: hit.relation,
                    names: hit.names,
                    places: hit.places,
                };
                let mut place = claim(
                    sentence,
                    (hit.start, hit.end),
                    ClaimKind::Place,
                    &hit.role,
                    &rule.id,
                    value,
                    String::new(),
                );
                place.context.owner = hit.owner;
                out.push(place);
            }
        }
        for rule in &self.actors {
            for hit in rule.find(text, carried, &self.lexicon) {
                let value = Value::Actor {
                    names: hit.names,
                    attributes: hit.attributes,
                };
                out.push(claim(
                    sentence,
                    (hit.start, hit.end),
                    ClaimKind::Actor,
                    rule.measure(),
                    &rule.id,
                    value,
                    hit.noun,
                ));
            }
        }
        for rule in &self.persons {
            for hit in rule.find(text, doc.surnames, &self.lexicon) {
                let value = Value::Person {
                    name: hit.name,
                    title: hit.title,
                    rank: hit.rank,
                    age: hit.age,
                };
                out.push(claim(
                    sentence,
                    (hit.start, hit.end),
                    ClaimKind::Person,
                    "person",
                    &rule.id,
                    value,
                    String::new(),
                ));
            }
        }
    }
}
