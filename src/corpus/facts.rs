//! Publication facts as people write them, checked one way wherever they
//! are given: in a manifest, in a rule's examples, on the command line.
//!
//! In: a time zone name, or a `published` value from TOML (a string, or a
//! TOML date written without quotes). Out: the checked value or a message
//! saying what is wrong; callers add the file, line and column.

use std::sync::LazyLock;

use jiff::tz::TimeZoneDatabase;
use serde::Deserialize;

/// The time zone database compiled into claimcheck: a zone is valid when it
/// is here, so whether a file is accepted never depends on the host's own
/// `/usr/share/zoneinfo` (which also holds `localtime` and `posixrules`).
static BUNDLED: LazyLock<TimeZoneDatabase> = LazyLock::new(TimeZoneDatabase::bundled);

/// Zone names that mean "whatever the machine is set to".
const HOST_ZONES: &[&str] = &["localtime", "posixrules", "factory", "local"];

/// Check that `name` is an IANA time zone name; the error names it
/// (`timezone "Asia/Nowhere" is not …`) and says why not.
pub fn check_zone(name: &str) -> Result<(), String> {
    check_zone_as("timezone", name)
}

/// [`check_zone`], naming the value as `what` (`--timezone`).
pub fn check_zone_as(what: &str, name: &str) -> Result<(), String> {
    if HOST_ZONES.iter().any(|z| name.eq_ignore_ascii_case(z)) {
        return Err(format!(
            "{what} {name:?} is whatever zone the machine running claimcheck is set to, so \
             results would change from host to host; name the outlet's zone (such as \
             \"Europe/Berlin\" or \"Asia/Baghdad\")"
        ));
    }
    if BUNDLED.get(name).is_err() {
        return Err(format!(
            "{what} {name:?} is not an IANA time zone name (such as \"Europe/Berlin\" or \
             \"Asia/Baghdad\")"
        ));
    }
    Ok(())
}

/// A `published` value: a string, or a TOML date or date-time written
/// without quotes (`published = 2020-03-13`), kept as its text so one parser
/// ([`super::Published::parse`]) judges both.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateText(pub String);

impl std::ops::Deref for DateText {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl<'de> Deserialize<'de> for DateText {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        match toml::Value::deserialize(deserializer)? {
            toml::Value::String(text) => Ok(DateText(text)),
            toml::Value::Datetime(date) => Ok(DateText(date.to_string())),
            other => Err(serde::de::Error::custom(format!(
                "`published` must be a date such as \"2020-03-13\" or \
                 \"2020-03-13T09:30:00+03:00\", not a {}",
                other.type_str()
            ))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iana_names_pass_and_host_dependent_or_unknown_ones_fail() {
        assert!(check_zone("Asia/Baghdad").is_ok());
        assert!(check_zone("America/New_York").is_ok());
        let host = check_zone("localtime").expect_err("host zone");
        assert!(host.contains("machine running claimcheck"), "{host}");
        let unknown = check_zone("Asia/Nowhere").expect_err("unknown zone");
        assert!(unknown.contains("not an IANA time zone name"), "{unknown}");
        assert!(check_zone("../../etc/passwd").is_err());
    }

    #[test]
    fn a_published_date_may_be_a_string_or_a_toml_date() {
        #[derive(Deserialize)]
        struct Entry {
            published: DateText,
        }
        let quoted: Entry = toml::from_str("published = \"2020-03-13\"").expect("string");
        let bare: Entry = toml::from_str("published = 2020-03-13").expect("TOML date");
        assert_eq!(quoted.published, bare.published);
        let instant: Entry =
            toml::from_str("published = 2020-03-13T09:30:00+03:00").expect("TOML date-time");
        assert_eq!(instant.published.0, "2020-03-13T09:30:00+03:00");
        let number = toml::from_str::<Entry>("published = 2020")
            .err()
            .map(|e| e.to_string());
        assert!(
            number
                .as_deref()
                .is_some_and(|m| m.contains("must be a date")),
            "{number:?}"
        );
    }
}
