//! Dates as khabar shows and writes them: shown in the local zone (`TZ`) with the zone named,
//! numeric `YYYY-MM-DD HH:MM` (the UI language's own forms come with the localised chrome);
//! written by the feed loader (and so by `dump --json`) as RFC 3339 in UTC.
//!
//! A date is kept as the source gave it. What is read: RFC 3339 (`2024-05-01T08:30:00Z`,
//! `…+03:30`), RFC 2822 (`Wed, 01 May 2024 08:30:00 GMT`), and khabar's older
//! `2024/05/01 08:30` (UTC). Anything else is shown as it is.

use jiff::Timestamp;
use jiff::fmt::rfc2822;
use jiff::tz::TimeZone;

/// The instant a date names, when it is in one of the forms of the module docs.
fn parse(date: &str) -> Option<Timestamp> {
    let date = date.trim();
    if let Ok(t) = date.parse::<Timestamp>() {
        return Some(t);
    }
    if let Ok(z) = rfc2822::parse(date) {
        return Some(z.timestamp());
    }
    let old = jiff::civil::DateTime::strptime("%Y/%m/%d %H:%M", date).ok()?;
    old.to_zoned_datetime(TimeZone::UTC)
        .ok()
        .map(|z| z.timestamp())
}

/// The instant `date` names, in seconds since 1970 (for sorting by date); `None` when it is
/// in no known form.
pub fn seconds(date: &str) -> Option<i64> {
    parse(date).map(|t| t.as_second())
}

/// `date` as the UI shows it: local time (`TZ`) and the zone, `2024-05-01 12:00 +0330`;
/// as given when it is in no known form.
pub fn display(date: &str) -> String {
    display_in(date, &TimeZone::system())
}

/// [`display`] in the zone `tz`.
pub fn display_in(date: &str, tz: &TimeZone) -> String {
    match parse(date) {
        Some(t) => t
            .to_zoned_datetime(tz.clone())
            .strftime("%Y-%m-%d %H:%M %Z")
            .to_string(),
        None => date.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn local_time_with_its_zone() {
        let tehran = TimeZone::get("Asia/Tehran").expect("tzdata");
        assert_eq!(
            display_in("2024-05-01T08:30:00Z", &tehran),
            "2024-05-01 12:00 +0330"
        );
        assert_eq!(
            display_in("2021/06/23 10:58", &TimeZone::UTC),
            "2021-06-23 10:58 UTC"
        );
        assert_eq!(
            display_in("Wed, 01 May 2024 08:30:00 GMT", &TimeZone::UTC),
            "2024-05-01 08:30 UTC"
        );
        assert_eq!(display_in("yesterday", &TimeZone::UTC), "yesterday");
    }
}
