//! Bybit's clock as this computer sees it. Every signed request carries a timestamp that Bybit
//! checks against its own clock (reference §2), so the client keeps the difference: learnt
//! from every answer (each envelope carries the server's time), remembered between runs, and
//! asked for explicitly only when nothing fresh is known or Bybit refused a timestamp (10002).

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::model::as_i64;

/// A remembered difference older than this is measured again before it is relied on.
pub const FRESH_FOR_MS: i64 = 12 * 60 * 60 * 1000;

/// An answer slower than this says too little about when the server read its clock: the
/// difference would be uncertain by half the round trip, so it is not learnt from.
pub const MAX_ROUND_TRIP_TO_LEARN_MS: i64 = 1000;

/// The server's clock minus this computer's, and when that was learnt.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ClockReading {
    pub offset_ms: i64,
    /// On this computer's clock, in ms since the epoch.
    pub learnt_at_ms: i64,
}

impl ClockReading {
    /// A reading from a request sent at `sent_ms` whose answer, stamped `server_ms` by the
    /// server, arrived at `received_ms` (both on this computer's clock). The server stamped it
    /// somewhere in between: the middle is assumed. `None` when the round trip was too slow to
    /// say much.
    pub fn from_exchange(sent_ms: i64, received_ms: i64, server_ms: i64) -> Option<Self> {
        let round_trip = received_ms - sent_ms;
        if !(0..=MAX_ROUND_TRIP_TO_LEARN_MS).contains(&round_trip) {
            return None;
        }
        Some(Self {
            offset_ms: server_ms - (sent_ms + received_ms) / 2,
            learnt_at_ms: received_ms,
        })
    }

    /// Still good to sign with at `now_ms`.
    pub fn is_fresh(&self, now_ms: i64) -> bool {
        (0..FRESH_FOR_MS).contains(&(now_ms - self.learnt_at_ms))
    }
}

/// The server's time in an answer, in ms: the V5 envelope's `time`, the older one's `time_now`
/// (seconds with a fraction, as text), or the server-time call's `result.timeNano` /
/// `result.timeSecond`.
pub fn server_time_ms(envelope: &Value) -> Option<i64> {
    if let Some(ms) = envelope.get("time").and_then(as_i64) {
        return Some(ms);
    }
    if let Some(ms) = envelope.get("time_now").and_then(seconds_as_ms) {
        return Some(ms);
    }
    let result = envelope.get("result")?;
    if let Some(ns) = result.get("timeNano").and_then(as_i64) {
        return Some(ns / 1_000_000);
    }
    result.get("timeSecond").and_then(as_i64).map(|s| s * 1000)
}

/// "1741832095.851844" (or a number) as ms, without going through floating point.
fn seconds_as_ms(v: &Value) -> Option<i64> {
    let text = match v {
        Value::String(s) => s.trim().to_owned(),
        Value::Number(n) => n.to_string(),
        _ => return None,
    };
    let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
    let seconds: i64 = whole.parse().ok()?;
    if !fraction.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let millis: i64 = format!("{fraction:0<3}")[..3].parse().ok()?;
    seconds.checked_mul(1000)?.checked_add(millis)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_server_time_is_read_from_either_envelope_and_the_time_call() {
        assert_eq!(
            server_time_ms(&json!({"retCode": 0, "time": 1700000000123i64})),
            Some(1700000000123)
        );
        assert_eq!(
            server_time_ms(&json!({"ret_code": 0, "time_now": "1741832095.851844"})),
            Some(1741832095851)
        );
        assert_eq!(
            server_time_ms(&json!({"time_now": "1741832095.8"})),
            Some(1741832095800)
        );
        assert_eq!(
            server_time_ms(&json!({"time_now": "1741832095"})),
            Some(1741832095000)
        );
        assert_eq!(server_time_ms(&json!({"time_now": "17418x"})), None);
        assert_eq!(server_time_ms(&json!({"time_now": "1.2e9"})), None);
        assert_eq!(
            server_time_ms(&json!({"result": {"timeNano": "1700000000123456789"}})),
            Some(1700000000123)
        );
        assert_eq!(
            server_time_ms(&json!({"result": {"timeSecond": "1700000000"}})),
            Some(1700000000000)
        );
        assert_eq!(server_time_ms(&json!({"result": {}})), None);
    }

    #[test]
    fn a_reading_assumes_the_middle_of_a_quick_round_trip_and_ages() {
        let reading = ClockReading::from_exchange(10_000, 10_200, 13_100).unwrap();
        assert_eq!(reading.offset_ms, 3_000);
        assert_eq!(reading.learnt_at_ms, 10_200);
        assert!(reading.is_fresh(10_200 + FRESH_FOR_MS - 1));
        assert!(!reading.is_fresh(10_200 + FRESH_FOR_MS));
        assert!(!reading.is_fresh(10_000), "from the future: not trusted");
        assert_eq!(
            ClockReading::from_exchange(0, MAX_ROUND_TRIP_TO_LEARN_MS + 1, 5),
            None,
            "a slow answer teaches nothing"
        );
    }
}
