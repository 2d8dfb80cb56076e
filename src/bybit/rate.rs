//! A sliding-window limiter: at most `max` request starts in any `window`. Bybit allows a P2P
//! account 10 reads and 5 writes per second (reference §6); exceeding that costs a 10006.

use std::collections::VecDeque;
use std::sync::Mutex;
use std::time::Duration;

use tokio::time::Instant;

/// Added to the window so that jitter between here and the exchange (scheduling, the network)
/// cannot squeeze an extra request into its one-second window.
const JITTER_MARGIN: Duration = Duration::from_millis(150);

/// Spaces out request starts so no window of `window` holds more than `max` of them.
#[derive(Debug)]
pub struct RateLimiter {
    max: usize,
    window: Duration,
    starts: Mutex<VecDeque<Instant>>,
}

impl RateLimiter {
    /// `max` starts per `window` (plus [`JITTER_MARGIN`]).
    pub fn new(max: usize, window: Duration) -> Self {
        Self {
            max: max.max(1),
            window: window + JITTER_MARGIN,
            starts: Mutex::new(VecDeque::new()),
        }
    }

    /// Waits until one more request may start, and records that it did.
    pub async fn acquire(&self) {
        loop {
            let wait = {
                let mut starts = self.starts.lock().unwrap_or_else(|e| e.into_inner());
                let now = Instant::now();
                while starts
                    .front()
                    .is_some_and(|t| now.duration_since(*t) >= self.window)
                {
                    starts.pop_front();
                }
                if starts.len() < self.max {
                    starts.push_back(now);
                    return;
                }
                // The oldest start leaves the window first.
                starts
                    .front()
                    .map(|t| self.window.saturating_sub(now.duration_since(*t)))
                    .unwrap_or_default()
            };
            tokio::time::sleep(wait).await;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(start_paused = true)]
    async fn never_lets_more_than_max_start_in_one_window() {
        let limiter = RateLimiter::new(10, Duration::from_secs(1));
        let t0 = tokio::time::Instant::now();
        let mut starts = Vec::new();
        for _ in 0..25 {
            limiter.acquire().await;
            starts.push(t0.elapsed());
        }
        for (i, s) in starts.iter().enumerate().skip(10) {
            assert!(
                *s - starts[i - 10] >= Duration::from_secs(1),
                "start {i} too early: {starts:?}"
            );
        }
        assert!(
            starts[24] <= (Duration::from_secs(1) + JITTER_MARGIN) * 2,
            "no slower than needed: {:?}",
            starts[24]
        );
    }
}
