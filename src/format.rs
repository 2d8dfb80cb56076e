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
    fn times_are_formatted_or_named_unknown() {
        assert_eq!(local_time(0).len(), "1970-01-01 00:00".len());
        assert_eq!(local_time(i64::MAX), "unknown time");
    }
}
