//! Numbers and times as a merchant reads them. Shared by the window and the CLI.

use std::time::Duration;

use chrono::{Local, TimeZone};

/// "24 min 05 s", "1 h 02 min", "45 s".
pub fn time_left(left: Duration) -> String {
    let s = left.as_secs();
    match s {
        0..60 => format!("{s} s"),
        60..3600 => format!("{} min {:02} s", s / 60, s % 60),
        _ => format!("{} h {:02} min", s / 3600, (s % 3600) / 60),
    }
}

/// Under this much time left, countdowns show seconds (and the window repaints each second);
/// above it they show minutes and the window repaints once a minute.
pub const URGENT: Duration = Duration::from_secs(2 * 60);

/// A countdown for a list: "24 min" while there is time, "4:37" when it is short.
pub fn countdown(left: Duration) -> String {
    let s = left.as_secs();
    if left >= URGENT {
        if s >= 3600 {
            format!("{} h {:02} min", s / 3600, (s % 3600) / 60)
        } else {
            format!("{} min", s / 60)
        }
    } else {
        format!("{}:{:02}", s / 60, s % 60)
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

/// "15350.00" -> "15,350.00". Anything that is not a plain decimal number is shown as it came.
pub fn amount(raw: &str) -> String {
    let raw = raw.trim();
    let (int, frac) = raw.split_once('.').unwrap_or((raw, ""));
    let (sign, digits) = int.strip_prefix('-').map_or(("", int), |d| ("-", d));
    if digits.is_empty()
        || !digits.chars().all(|c| c.is_ascii_digit())
        || !frac.chars().all(|c| c.is_ascii_digit())
    {
        return raw.to_owned();
    }
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    if raw.contains('.') {
        format!("{sign}{grouped}.{frac}")
    } else {
        format!("{sign}{grouped}")
    }
}

/// A moment (ms since the epoch) in this computer's time zone: "2026-11-25 14:03".
pub fn local_time(ms: i64) -> String {
    Local
        .timestamp_millis_opt(ms)
        .single()
        .map(|t| t.format("%Y-%m-%d %H:%M").to_string())
        .unwrap_or_else(|| "unknown time".to_owned())
}

/// Like [`local_time`] with seconds, for the history.
pub fn local_time_seconds(ms: i64) -> String {
    Local
        .timestamp_millis_opt(ms)
        .single()
        .map(|t| t.format("%Y-%m-%d %H:%M:%S").to_string())
        .unwrap_or_else(|| "unknown time".to_owned())
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
