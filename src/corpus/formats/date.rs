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
    if let Some(found) = rfc2822(text) {
        return Some(found);
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

/// An RSS date: RFC 2822 as written, and as feeds really write it: a
/// weekday that is not the date's (the date wins), an offset with a colon
/// (`+01:00`), a month's full name, no time.
fn rfc2822(text: &str) -> Option<Published> {
    if let Ok(zoned) = jiff::fmt::rfc2822::parse(text) {
        return Some(Published {
            date: zoned.date(),
            instant: Some(zoned.timestamp()),
        });
    }
    // Drop the weekday, and the colon of an offset.
    let rest = match text.split_once(',') {
        Some((day, rest)) if day.trim().chars().all(char::is_alphabetic) => rest.trim(),
        _ => text,
    };
    let mut rest = rest.to_string();
    if let Some(sign) = rest.rfind(['+', '-'])
        && rest[sign..].len() == 6
        && rest.as_bytes()[sign + 3] == b':'
    {
        rest.remove(sign + 3);
    }
    for (pattern, timed) in [
        ("%d %b %Y %H:%M:%S %z", true),
        ("%d %B %Y %H:%M:%S %z", true),
        ("%d %b %Y %H:%M %z", true),
        ("%d %B %Y %H:%M %z", true),
    ] {
        if let Ok(zoned) = jiff::Zoned::strptime(pattern, &rest) {
            return Some(Published {
                date: zoned.date(),
                instant: timed.then(|| zoned.timestamp()),
            });
        }
    }
    let words: Vec<&str> = rest.split_whitespace().take(3).collect();
    let date = jiff::civil::Date::strptime("%d %B %Y", words.join(" "))
        .or_else(|_| jiff::civil::Date::strptime("%d %b %Y", words.join(" ")))
        .ok()?;
    Some(Published {
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
        // As feeds write it: the wrong weekday, a colon in the offset, a
        // month's full name, no time.
        assert_eq!(
            of("Tue, 03 Mar 2031 09:30:00 +0100"),
            Some((date(2031, 3, 3), true))
        );
        assert_eq!(
            of("Mon, 03 Mar 2031 09:30:00 +01:00"),
            Some((date(2031, 3, 3), true))
        );
        assert_eq!(of("03 March 2031"), Some((date(2031, 3, 3), false)));
        assert_eq!(of("13 March"), None);
        assert_eq!(of("2024-03-13junk"), None);
    }
}
