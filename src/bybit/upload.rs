//! A proof file's upload, fed to the connection in small chunks so its progress can be told
//! and its silence measured. A large file on a slow link takes minutes, so no limit covers the
//! whole upload; what stops it is silence: no byte taken by the connection for the timeout
//! while sending, or no answer within [`answer_wait`] after the last byte.

use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::task::{Context, Poll};
use std::time::Duration;

use bytes::Bytes;
use http_body::{Body, Frame, SizeHint};
use tokio::time::Instant;

/// The size of each piece handed to the connection: at 1 Mbit/s one goes in half a second, so
/// progress moves visibly and a stall shows within a second of the silence.
const CHUNK: usize = 64 * 1024;

/// Tells how far an upload is: bytes taken by the connection so far, of the total.
pub type ProgressListener = Arc<dyn Fn(u64, u64) + Send + Sync>;

/// After the last byte, the answer may take longer than the timeout: the system still holds
/// the end of the file in its send buffer (a few hundred KB, seconds on a slow link), and
/// Bybit stores the file before answering. Three times the timeout (a minute by default).
pub fn answer_wait(timeout: Duration) -> Duration {
    timeout * 3
}

/// What the connection took of the body, and when it last took something.
#[derive(Debug)]
pub struct Taken {
    started: Instant,
    total: u64,
    sent: AtomicU64,
    /// Milliseconds after `started` of the last piece taken.
    last_ms: AtomicU64,
    done: AtomicBool,
}

impl Taken {
    fn new(total: u64) -> Self {
        Self {
            started: Instant::now(),
            total,
            sent: AtomicU64::new(0),
            last_ms: AtomicU64::new(0),
            done: AtomicBool::new(false),
        }
    }

    pub fn sent(&self) -> u64 {
        self.sent.load(Ordering::Relaxed)
    }

    pub fn total(&self) -> u64 {
        self.total
    }

    fn since_last(&self) -> Duration {
        let last = Duration::from_millis(self.last_ms.load(Ordering::Relaxed));
        self.started.elapsed().saturating_sub(last)
    }

    fn took(&self, sent: u64) {
        self.sent.store(sent, Ordering::Relaxed);
        self.last_ms
            .store(self.started.elapsed().as_millis() as u64, Ordering::Relaxed);
        if sent >= self.total {
            self.done.store(true, Ordering::Relaxed);
        }
    }
}

/// The body: the bytes signed, handed out a chunk at a time, each counted.
pub struct ProgressBody {
    data: Bytes,
    offset: usize,
    taken: Arc<Taken>,
    listener: Option<ProgressListener>,
}

impl ProgressBody {
    pub fn new(data: Bytes, listener: Option<ProgressListener>) -> (Self, Arc<Taken>) {
        let taken = Arc::new(Taken::new(data.len() as u64));
        let body = Self {
            data,
            offset: 0,
            taken: taken.clone(),
            listener,
        };
        (body, taken)
    }
}

impl Body for ProgressBody {
    type Data = Bytes;
    type Error = std::convert::Infallible;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        _cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Self::Error>>> {
        if self.offset >= self.data.len() {
            return Poll::Ready(None);
        }
        let end = (self.offset + CHUNK).min(self.data.len());
        let piece = self.data.slice(self.offset..end);
        self.offset = end;
        self.taken.took(end as u64);
        if let Some(listener) = &self.listener {
            listener(end as u64, self.data.len() as u64);
        }
        Poll::Ready(Some(Ok(Frame::data(piece))))
    }

    fn is_end_stream(&self) -> bool {
        self.offset >= self.data.len()
    }

    fn size_hint(&self) -> SizeHint {
        // Exact: the request carries a Content-Length, as Bybit expects, not chunks.
        SizeHint::with_exact((self.data.len() - self.offset) as u64)
    }
}

/// Why an upload was given up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Silence {
    /// Nothing moved for this long while sending.
    Sending(Duration),
    /// Every byte went, and no answer came within this long.
    Answer(Duration),
}

/// Resolves when `taken` falls silent: nothing taken for `timeout` while sending, or no answer
/// within [`answer_wait`] after the last byte. Raced against the request itself.
pub async fn silence(taken: &Taken, timeout: Duration) -> Silence {
    let wait = answer_wait(timeout);
    loop {
        let quiet = taken.since_last();
        let (limit, silence) = if taken.done.load(Ordering::Relaxed) {
            (wait, Silence::Answer(wait))
        } else {
            (timeout, Silence::Sending(timeout))
        };
        if quiet >= limit {
            return silence;
        }
        // Look again when the limit would be reached, or within a second (a chunk taken
        // meanwhile moves it on).
        tokio::time::sleep((limit - quiet).min(Duration::from_secs(1))).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use http_body_util::BodyExt;

    #[tokio::test]
    async fn the_body_hands_out_every_byte_in_order_and_counts_them() {
        let data: Vec<u8> = (0..200_000u32).map(|i| (i % 251) as u8).collect();
        let seen = Arc::new(std::sync::Mutex::new(Vec::new()));
        let heard = seen.clone();
        let (body, taken) = ProgressBody::new(
            Bytes::from(data.clone()),
            Some(Arc::new(move |sent, total| {
                heard.lock().unwrap().push((sent, total))
            })),
        );
        assert_eq!(body.size_hint().exact(), Some(200_000));
        let collected = body.collect().await.unwrap().to_bytes();
        assert_eq!(collected.as_ref(), data.as_slice());
        let seen = seen.lock().unwrap().clone();
        assert_eq!(seen.len(), 4, "64 KiB pieces: {seen:?}");
        assert!(seen.windows(2).all(|w| w[0].0 < w[1].0), "rising");
        assert_eq!(seen.last(), Some(&(200_000, 200_000)));
        assert_eq!(taken.sent(), 200_000);
    }

    #[tokio::test(start_paused = true)]
    async fn silence_while_sending_ends_within_the_timeout_and_the_answer_gets_longer() {
        let taken = Taken::new(1000);
        taken.took(10);
        let t0 = Instant::now();
        assert_eq!(
            silence(&taken, Duration::from_secs(20)).await,
            Silence::Sending(Duration::from_secs(20))
        );
        assert_eq!(t0.elapsed().as_secs(), 20);
        taken.took(1000);
        let t1 = Instant::now();
        assert_eq!(
            silence(&taken, Duration::from_secs(20)).await,
            Silence::Answer(Duration::from_secs(60))
        );
        assert_eq!(t1.elapsed().as_secs(), 60);
    }
}
