//! The verdict on two claims: the one vocabulary comparison, rules, reports
//! and answer keys share.

use serde::Deserialize;

/// How two claims relate.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, serde::Serialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// They cannot both be true.
    Contradict,
    /// They can both be true.
    Compatible,
    /// They state the same fact.
    Agree,
    /// They are about different things.
    Distinct,
}

impl Verdict {
    /// Lower-case name.
    pub fn name(self) -> &'static str {
        match self {
            Verdict::Contradict => "contradict",
            Verdict::Compatible => "compatible",
            Verdict::Agree => "agree",
            Verdict::Distinct => "distinct",
        }
    }
}
