//! Numbers and times as a merchant reads them. Shared by the window and the CLI.

use std::time::Duration;

use chrono::{Local, TimeZone};

/// "24 min 05 s", "1 h 02 min", "45 s".
pub fn time_left(left: Duration) -> String {
    let s = left.as_secs();
    match s {
        0..60 => crate::fl!("time-seconds", seconds = s),
        60..3600 => crate::fl!(
            "time-minutes-seconds",
            minutes = (s / 60),
            seconds = (format!("{:02}", s % 60))
        ),
        _ => hours_minutes(s),
    }
}

/// "2 h 05 min" (the minutes always with two digits).
fn hours_minutes(s: u64) -> String {
    crate::fl!(
        "time-hours-minutes",
        hours = (s / 3600),
        minutes = (format!("{:02}", (s % 3600) / 60))
    )
}

/// The time an order leaves to answer, as an alert says it: "little time" when Bybit did not
/// say.
pub fn time_left_or_little(left: Option<Duration>) -> String {
    left.map(time_left)
        .unwrap_or_else(|| crate::fl!("alert-little-time"))
}

/// Under this much time left, countdowns show seconds (and the window repaints each second);
/// above it they show minutes and the window repaints once a minute.
pub const URGENT: Duration = Duration::from_secs(2 * 60);

/// A countdown for a list: "24 min" while there is time, "4:37" when it is short.
pub fn countdown(left: Duration) -> String {
    let s = left.as_secs();
    if left >= URGENT {
        if s >= 3600 {
            hours_minutes(s)
        } else {
            crate::fl!("time-minutes", minutes = (s / 60))
        }
    } else {
        crate::fl!(
            "time-clock",
            minutes = (s / 60),
            seconds = (format!("{:02}", s % 60))
        )
    }
}

/// How long until [`countdown`] shows something else for `left`.
pub fn until_countdown_changes(left: Duration) -> Duration {
    if left <= URGENT {
        // The next whole second.
        Duration::from_nanos(u64::from(left.subsec_nanos()).max(1))
    } else {
        // The next whole minute (or the moment seconds start showing).
        let into_minute = Duration::from_secs(left.as_secs() % 60)
            + Duration::from_nanos(u64::from(left.subsec_nanos()));
        into_minute.min(left - URGENT).max(Duration::from_millis(1))
    }
}

/// An amount or a price from the exchange, written the way the merchant's language writes
/// numbers: "50000.00" is `50,000.00` in English, `50 000,00` in Russian, `50.000,00` in
/// Turkish. The exchange's digits are kept exactly (never rounded, never read as floating
/// point); anything that is not a plain decimal number is shown as it came.
pub fn amount(raw: &str) -> String {
    let raw = raw.trim();
    let plain = !raw.is_empty()
        && raw
            .strip_prefix('-')
            .unwrap_or(raw)
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.');
    let Some(mut number) = plain
        .then(|| icu_decimal::input::Decimal::try_from_str(raw).ok())
        .flatten()
    else {
        return raw.to_owned();
    };
    // "0050" has leading zeros the exchange did not mean; trailing ones ("50.00") it did.
    number.absolute.trim_start();
    with_number_formatter(|formatter| {
        formatter
            .format(&number)
            .to_string()
            // The narrow no-break space (French) is not in every font: a no-break space is.
            .replace('\u{202F}', "\u{A0}")
    })
    .unwrap_or_else(|| raw.to_owned())
}

/// The formatter of the language in use, made once per language and thread (it is not
/// `Send`); `None` only if even the built-in root format could not be made.
fn with_number_formatter<T>(use_it: impl FnOnce(&icu_decimal::DecimalFormatter) -> T) -> Option<T> {
    use std::cell::RefCell;
    thread_local! {
        static CACHE: RefCell<Option<(&'static str, icu_decimal::DecimalFormatter)>> =
            const { RefCell::new(None) };
    }
    let tag = crate::i18n::current().number_locale();
    CACHE.with(|cache| {
        let mut cache = cache.borrow_mut();
        if cache.as_ref().is_none_or(|(cached, _)| *cached != tag) {
            let locale: icu_locale_core::Locale =
                tag.parse().unwrap_or(icu_locale_core::Locale::UNKNOWN);
            // Built-in data covers every language offered; the root locale's format otherwise.
            let formatter =
                icu_decimal::DecimalFormatter::try_new(locale.into(), Default::default())
                    .or_else(|_| {
                        icu_decimal::DecimalFormatter::try_new(
                            Default::default(),
                            Default::default(),
                        )
                    })
                    .ok()?;
            *cache = Some((tag, formatter));
        }
        cache.as_ref().map(|(_, formatter)| use_it(formatter))
    })
}

/// Bytes in megabytes (of 1,048,576 bytes, as the proof limit and most file windows count
/// them), one decimal: "7.4".
pub fn megabytes(bytes: u64) -> String {
    amount(&format!("{:.1}", bytes as f64 / 1_048_576.0))
}

/// "7.4 of 18.0 MB".
pub fn megabytes_of(sent: u64, total: u64) -> String {
    crate::fl!(
        "size-megabytes-of",
        sent = (megabytes(sent)),
        total = (megabytes(total))
    )
}

/// A moment (ms since the epoch) in this computer's time zone: "2026-11-25 14:03".
pub fn local_time(ms: i64) -> String {
    Local
        .timestamp_millis_opt(ms)
        .single()
        .map(|t| t.format("%Y-%m-%d %H:%M").to_string())
        .unwrap_or_else(|| crate::fl!("time-unknown"))
}

/// Like [`local_time`] with seconds, for the history.
pub fn local_time_seconds(ms: i64) -> String {
    Local
        .timestamp_millis_opt(ms)
        .single()
        .map(|t| t.format("%Y-%m-%d %H:%M:%S").to_string())
        .unwrap_or_else(|| crate::fl!("time-unknown"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn time_left_reads_naturally() {
        assert_eq!(time_left(Duration::from_secs(45)), "45 s");
        assert_eq!(time_left(Duration::from_secs(24 * 60 + 5)), "24 min 05 s");
        assert_eq!(time_left(Duration::from_secs(3720)), "1 h 02 min");
    }

    #[test]
    fn countdowns_show_seconds_only_when_short() {
        assert_eq!(countdown(Duration::from_secs(24 * 60 + 59)), "24 min");
        assert_eq!(countdown(Duration::from_secs(4 * 60 + 37)), "4 min");
        assert_eq!(countdown(Duration::from_secs(60 + 37)), "1:37");
        assert_eq!(countdown(Duration::from_secs(7)), "0:07");
        assert_eq!(countdown(Duration::from_secs(2 * 3600 + 300)), "2 h 05 min");
    }

    #[test]
    fn the_window_wakes_only_when_a_countdown_changes() {
        let ms = Duration::from_millis;
        assert_eq!(
            until_countdown_changes(Duration::from_secs(24 * 60 + 59) + ms(300)),
            Duration::from_secs(59) + ms(300)
        );
        assert_eq!(
            until_countdown_changes(Duration::from_secs(2 * 60 + 20)),
            Duration::from_secs(20),
            "seconds start at 2:00"
        );
        assert_eq!(
            until_countdown_changes(Duration::from_secs(90) + ms(250)),
            ms(250)
        );
    }

    #[test]
    fn amounts_are_grouped_by_thousands() {
        // The language in use is English unless a test chose another.
        assert_eq!(amount("15350.00"), "15,350.00");
        assert_eq!(amount("800000"), "800,000");
        assert_eq!(amount("250.5"), "250.5");
        assert_eq!(amount("0.010272"), "0.010272");
        assert_eq!(amount("-1234567.8"), "-1,234,567.8");
        assert_eq!(amount("1e5"), "1e5", "not a plain number: unchanged");
        assert_eq!(amount(""), "");
    }

    #[test]
    fn times_are_formatted_or_named_unknown() {
        assert_eq!(local_time(0).len(), "1970-01-01 00:00".len());
        assert_eq!(local_time(i64::MAX), "unknown time");
    }
}
