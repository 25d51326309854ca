//! Publication dates as files state them: ISO 8601 and RFC 3339 (HTML
//! `<meta>`, JSON-LD, Atom, news APIs) and RFC 2822 (RSS `pubDate`).

use crate::corpus::Published;

/// The publication date `text` states, if it is one: a date, a date-time
/// with an offset (the instant is kept), a date-time without one (only the
/// date is), or an RFC 2822 date-time.
pub fn published(text: &str) -> Option<Published> {
    let text = text.trim();
    if let Some(found) = Published::parse(text) {
        return Some(found);
    }
    if let Ok(zoned) = jiff::fmt::rfc2822::parse(text) {
        return Some(Published {
            date: zoned.date(),
            instant: Some(zoned.timestamp()),
        });
    }
    // `2024-03-13T09:30:00` or `2024-03-13 09:30`: a local date-time whose
    // zone the file does not say; its date is still the date.
    let date = text.get(..10)?.parse::<jiff::civil::Date>().ok()?;
    let rest = &text[10..];
    (rest.starts_with('T') || rest.starts_with(' ')).then_some(Published {
        date,
        instant: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn iso_rfc3339_rfc2822_and_local_date_times_give_their_dates() {
        let of = |text: &str| published(text).map(|p| (p.date, p.instant.is_some()));
        assert_eq!(of("2024-03-13"), Some((date(2024, 3, 13), false)));
        assert_eq!(
            of("2024-03-13T23:30:00-05:00"),
            Some((date(2024, 3, 13), true))
        );
        assert_eq!(
            of("Wed, 13 Mar 2024 23:30:00 -0500"),
            Some((date(2024, 3, 13), true))
        );
        assert_eq!(
            of("Wed, 13 Mar 2024 09:30:00 GMT"),
            Some((date(2024, 3, 13), true))
        );
        assert_eq!(of("2024-03-13 09:30"), Some((date(2024, 3, 13), false)));
        assert_eq!(of("13 March"), None);
        assert_eq!(of("2024-03-13junk"), None);
    }
}
