//! Every rule's own examples, run as one test that lists every failure: text
//! that must fire must produce the quoted evidence with the shown value (and
//! shift by exactly the bytes of prepended filler); text that must not fire
//! must produce nothing from that rule.

use claimcheck::ruleset::RuleSet;

#[test]
fn every_bundled_rule_example_holds() {
    let rules =
        RuleSet::bundled().unwrap_or_else(|e| panic!("the bundled rules must compile: {e}"));
    let failures = rules.run_examples();
    let listing: Vec<String> = failures
        .iter()
        .map(|f| format!("{} / {}", f.rule, f.message))
        .collect();
    assert!(
        listing.is_empty(),
        "{} rule example(s) failed:\n{}",
        listing.len(),
        listing.join("\n")
    );
}

#[test]
fn every_rule_has_examples_of_both_sorts() {
    let rules =
        RuleSet::bundled().unwrap_or_else(|e| panic!("the bundled rules must compile: {e}"));
    assert!(
        rules.infos.len() >= 10,
        "expected the bundled rules, got {}",
        rules.infos.len()
    );
    for info in &rules.infos {
        let (must, must_not) = info.examples.counts();
        assert!(must > 0 && must_not > 0, "{}", info.id);
    }
}
