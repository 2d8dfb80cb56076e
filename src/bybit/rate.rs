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

/// An account's budget for reads in the background, shared with the window: a bucket that
/// fills at `per_second` up to `burst`. Every read spends from it, the window's at once (a
/// merchant is waiting), the watch's only after [`ReadBudget::turn`]: so whatever the window
/// reads, the watch reads less, and the two together stay near `per_second` over minutes.
#[derive(Debug)]
pub struct ReadBudget {
    per_second: f64,
    burst: f64,
    /// The balance (negative after the window's reads) as of the instant beside it.
    balance: Mutex<(f64, Instant)>,
}

impl ReadBudget {
    pub fn new(per_second: f64, burst: f64) -> Self {
        Self {
            per_second,
            burst,
            balance: Mutex::new((burst, Instant::now())),
        }
    }

    /// The reads a second this budget allows over time.
    pub fn per_second(&self) -> f64 {
        self.per_second
    }

    /// One read started.
    pub fn spend(&self) {
        let mut balance = self.balance.lock().unwrap_or_else(|e| e.into_inner());
        let now = Instant::now();
        balance.0 = self.refilled(*balance, now) - 1.0;
        balance.1 = now;
    }

    /// Waits until the budget holds one read (it is spent by the read itself).
    pub async fn turn(&self) {
        loop {
            let wait = {
                let balance = self.balance.lock().unwrap_or_else(|e| e.into_inner());
                let have = self.refilled(*balance, Instant::now());
                if have >= 1.0 {
                    return;
                }
                Duration::from_secs_f64((1.0 - have) / self.per_second)
            };
            tokio::time::sleep(wait).await;
        }
    }

    fn refilled(&self, (balance, at): (f64, Instant), now: Instant) -> f64 {
        (balance + now.duration_since(at).as_secs_f64() * self.per_second).min(self.burst)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(start_paused = true)]
    async fn the_budget_holds_the_watch_to_its_rate_and_counts_the_windows_reads() {
        let budget = ReadBudget::new(1.5, 4.0);
        let t0 = Instant::now();
        // The watch alone: a burst of 4, then 1.5 a second.
        for _ in 0..34 {
            budget.turn().await;
            budget.spend();
        }
        let alone = t0.elapsed().as_secs_f64();
        assert!(
            (19.5..=20.5).contains(&alone),
            "30 reads after the burst at 1.5/s: {alone}"
        );
        // The window reads 15 at once: the watch's next read waits for them to be paid back.
        for _ in 0..15 {
            budget.spend();
        }
        let t1 = Instant::now();
        budget.turn().await;
        let waited = t1.elapsed().as_secs_f64();
        assert!(
            (10.0..=11.0).contains(&waited),
            "15 reads at 1.5/s: {waited}"
        );
    }

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
