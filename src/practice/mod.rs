//! The practice exchange: a real HTTP server on 127.0.0.1 that speaks the same P2P API as
//! Bybit, with built-in credentials and a book of orders awaiting an answer. The window's
//! practice mode, the CLI's `--practice` and the tests all drive the real client against it.

mod chat;
mod exchange;
mod orders;
mod server;
mod upload;

use std::collections::BTreeMap;
use std::net::{Ipv4Addr, SocketAddr, TcpListener};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

use secrecy::SecretString;
use tokio::sync::oneshot;

pub use exchange::{Exchange, Reply, Request, codes};
pub use orders::ReceivedAnswer;

use crate::bybit::{Credentials, Target};

/// The practice account's API key (not a secret: shown in the README).
pub const PRACTICE_API_KEY: &str = "practice-api-key";
/// The practice account's API secret (not a secret: shown in the README).
pub const PRACTICE_API_SECRET: &str = "practice-api-secret";
/// The practice account's P2P nickname.
pub const PRACTICE_NICKNAME: &str = "PracticeMerchant";
/// The practice account's user id.
pub const PRACTICE_USER_ID: &str = "100200300";

/// Which orders the exchange starts with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Book {
    /// Five orders awaiting an answer in TRY, EUR, RUB, USD and NGN, plus one without a
    /// cancel request and one where the practice merchant is the seller.
    Standard,
    /// This many buy orders, all awaiting an answer.
    AllAwaiting(usize),
    /// The sample orders numbered so, all awaiting an answer: exchanges with different
    /// numbers have different orders, as two accounts do.
    Numbered(std::ops::Range<usize>),
    /// Five other orders awaiting an answer, due at other times: a second practice account.
    Second,
    /// Orders marked paid without a cancel request, and orders awaiting payment: a busy
    /// merchant, to watch (see [`Exchange::open_request_on_paid_order`]).
    Busy { paid: usize, unpaid: usize },
}

/// How to start the practice exchange.
#[derive(Clone, Debug)]
pub struct PracticeConfig {
    pub book: Book,
    /// 0 picks a free port.
    pub port: u16,
    /// Opens a new seller's cancel request this often, so the window's notice can be seen.
    pub new_request_every: Option<Duration>,
    /// The one account the exchange knows (the built-in practice credentials by default).
    pub credentials: Credentials,
    /// A network's round trip, added to every answer (half before the exchange acts, half
    /// after), to measure what a merchant far from Bybit waits.
    pub latency: Duration,
}

impl Default for PracticeConfig {
    fn default() -> Self {
        Self {
            book: Book::Standard,
            port: 0,
            new_request_every: None,
            credentials: PracticeExchange::credentials(),
            latency: Duration::ZERO,
        }
    }
}

/// The slow upload's pace: 1 Mbit/s, an ordinary home or mobile upload (a 20 MB file takes
/// about three minutes).
pub const SLOW_UPLOAD_BYTES_PER_SECOND: u64 = 125_000;

/// The stalled upload stops after this much.
pub const STALLED_UPLOAD_AFTER: u64 = 1_500_000;

/// The practice listener's receive buffer: small, so a slow reader slows the sender as a slow
/// link does, instead of the system taking megabytes at once.
const RECEIVE_BUFFER_BYTES: usize = 64 * 1024;

/// Faults to inject, to see how the app copes (each applies until changed).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Faults {
    /// Apply a review, then answer only after this long.
    pub review_delay_after_acting: Option<Duration>,
    /// Apply a review, then close the connection without answering.
    pub review_drop_after_acting: bool,
    /// Answer reviews with HTTP 500 without applying them.
    pub review_http_500: bool,
    /// Apply a review, then answer with an HTML page.
    pub review_html_after_acting: bool,
    /// Apply a review, then answer with broken JSON.
    pub review_garbage_after_acting: bool,
    /// Shift the exchange's clock (ms; positive: the exchange is ahead of this computer).
    pub clock_shift_ms: i64,
    /// Refuse this many of the next signed requests with 10006.
    pub rate_limit_refusals: u32,
    /// Answer every request with HTTP 403, as Bybit does for a banned IP.
    pub http_403: bool,
    /// Refuse every P2P call with 912000014, as Bybit does for an account that is not a P2P
    /// advertiser.
    pub not_an_advertiser: bool,
    /// Read proof uploads at this many bytes a second, as over a slow link.
    pub upload_bytes_per_second: Option<u64>,
    /// Stop reading an upload for good after this many bytes, as a link that stalls.
    pub upload_stops_after: Option<u64>,
    /// Refuse the order chat, as Bybit does with 912200387 when its chat API is closed.
    pub chat_refused: bool,
}

/// Trouble the practice exchange can simulate, so a merchant can see what the app does when
/// the network or Bybit misbehaves. Each maps to a set of [`Faults`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, clap::ValueEnum)]
pub enum Trouble {
    None,
    LateAnswer,
    DroppedConnection,
    ServerError,
    WebPage,
    Garbage,
    ClockBehind,
    TooManyRequests,
    IpBlocked,
    NotAnAdvertiser,
    SlowUpload,
    StalledUpload,
}

impl Trouble {
    pub const ALL: [Trouble; 12] = [
        Trouble::None,
        Trouble::LateAnswer,
        Trouble::DroppedConnection,
        Trouble::ServerError,
        Trouble::WebPage,
        Trouble::Garbage,
        Trouble::ClockBehind,
        Trouble::TooManyRequests,
        Trouble::IpBlocked,
        Trouble::NotAnAdvertiser,
        Trouble::SlowUpload,
        Trouble::StalledUpload,
    ];

    /// What a merchant reads in the picker.
    pub fn label(self) -> String {
        match self {
            Trouble::None => crate::fl!("trouble-none"),
            Trouble::LateAnswer => crate::fl!("trouble-late-answer"),
            Trouble::DroppedConnection => crate::fl!("trouble-dropped-connection"),
            Trouble::ServerError => crate::fl!("trouble-server-error"),
            Trouble::WebPage => crate::fl!("trouble-web-page"),
            Trouble::Garbage => crate::fl!("trouble-garbled-answer"),
            Trouble::ClockBehind => crate::fl!("trouble-clock-behind"),
            Trouble::TooManyRequests => crate::fl!("trouble-too-many-requests"),
            Trouble::IpBlocked => crate::fl!("trouble-ip-blocked"),
            Trouble::NotAnAdvertiser => crate::fl!("trouble-not-an-advertiser"),
            Trouble::SlowUpload => crate::fl!("trouble-slow-upload"),
            Trouble::StalledUpload => crate::fl!("trouble-stalled-upload"),
        }
    }

    /// The faults for this trouble; a late answer comes `late_by` after acting.
    pub fn faults(self, late_by: Duration) -> Faults {
        let none = Faults::default();
        match self {
            Trouble::None => none,
            Trouble::LateAnswer => Faults {
                review_delay_after_acting: Some(late_by),
                ..none
            },
            Trouble::DroppedConnection => Faults {
                review_drop_after_acting: true,
                ..none
            },
            Trouble::ServerError => Faults {
                review_http_500: true,
                ..none
            },
            Trouble::WebPage => Faults {
                review_html_after_acting: true,
                ..none
            },
            Trouble::Garbage => Faults {
                review_garbage_after_acting: true,
                ..none
            },
            Trouble::ClockBehind => Faults {
                clock_shift_ms: -3000,
                ..none
            },
            Trouble::TooManyRequests => Faults {
                rate_limit_refusals: 1,
                ..none
            },
            Trouble::IpBlocked => Faults {
                http_403: true,
                ..none
            },
            Trouble::NotAnAdvertiser => Faults {
                not_an_advertiser: true,
                ..none
            },
            Trouble::SlowUpload => Faults {
                upload_bytes_per_second: Some(SLOW_UPLOAD_BYTES_PER_SECOND),
                ..none
            },
            Trouble::StalledUpload => Faults {
                upload_bytes_per_second: Some(SLOW_UPLOAD_BYTES_PER_SECOND),
                upload_stops_after: Some(STALLED_UPLOAD_AFTER),
                ..none
            },
        }
    }
}

/// What the exchange has seen, for tests and benchmarks.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Stats {
    pub requests: u64,
    pub requests_by_path: BTreeMap<String, u64>,
    /// Requests to the review path, whatever became of them.
    pub review_requests: u64,
    /// Reviews that changed an order.
    pub reviews_applied: u64,
    pub reads: u64,
    pub max_reads_in_one_second: usize,
    pub max_writes_in_one_second: usize,
    /// Requests refused with 10006.
    pub rate_limited: u64,
    pub uploads: u64,
    /// The raw body of the last review request, as received.
    pub last_review_body: Option<String>,
}

/// The ids of the standard book's orders awaiting an answer when an exchange starts (they are
/// the same every time, so a test or a tutorial can name them).
pub fn standard_awaiting_ids() -> Vec<String> {
    let now = chrono::Utc::now().timestamp_millis();
    orders::standard_book(now)
        .into_iter()
        .filter(|o| o.awaits_answer(now))
        .map(|o| o.id)
        .collect()
}

/// A listening socket on `addr` whose accepted connections inherit a small receive buffer.
fn listen(addr: SocketAddr) -> std::io::Result<TcpListener> {
    let socket = socket2::Socket::new(
        socket2::Domain::for_address(addr),
        socket2::Type::STREAM,
        Some(socket2::Protocol::TCP),
    )?;
    socket.set_recv_buffer_size(RECEIVE_BUFFER_BYTES)?;
    #[cfg(unix)]
    socket.set_reuse_address(true)?;
    socket.bind(&addr.into())?;
    socket.listen(1024)?;
    socket.set_nonblocking(true)?;
    Ok(socket.into())
}

/// A running practice exchange. Stops when dropped.
pub struct PracticeExchange {
    addr: SocketAddr,
    target: Target,
    exchange: Arc<Mutex<Exchange>>,
    shutdown: Option<oneshot::Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

impl PracticeExchange {
    /// Starts the exchange on 127.0.0.1 on its own thread.
    pub fn start(config: PracticeConfig) -> std::io::Result<Self> {
        let listener = listen((Ipv4Addr::LOCALHOST, config.port).into())?;
        let addr = listener.local_addr()?;
        let target = Target::custom(
            crate::bybit::Environment::Practice.id(),
            &format!("http://{addr}"),
        )
        .map_err(|e| std::io::Error::other(e.to_string()))?;
        let now = chrono::Utc::now().timestamp_millis();
        let book = match config.book {
            Book::Standard => orders::standard_book(now),
            Book::AllAwaiting(n) => orders::awaiting_book(0..n, now),
            Book::Numbered(range) => orders::awaiting_book(range, now),
            Book::Second => orders::second_book(now),
            Book::Busy { paid, unpaid } => orders::busy_book(paid, unpaid, now),
        };
        let exchange = Arc::new(Mutex::new(Exchange::new(
            book,
            config.new_request_every,
            &config.credentials,
        )));
        let (shutdown, stop) = oneshot::channel();
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()?;
        let shared = exchange.clone();
        let latency = config.latency;
        let thread = std::thread::Builder::new()
            .name("practice-exchange".into())
            .spawn(move || {
                runtime.block_on(async move {
                    // Sellers ask on their own time, not when a request arrives.
                    let ticking = shared.clone();
                    tokio::spawn(async move {
                        let mut tick = tokio::time::interval(Duration::from_millis(100));
                        loop {
                            tick.tick().await;
                            ticking
                                .lock()
                                .unwrap_or_else(|e| e.into_inner())
                                .maybe_open_new_request();
                        }
                    });
                    match tokio::net::TcpListener::from_std(listener) {
                        Ok(listener) => server::serve(listener, shared, latency, stop).await,
                        Err(e) => tracing::error!("practice exchange could not listen: {e}"),
                    }
                });
            })?;
        Ok(Self {
            addr,
            target,
            exchange,
            shutdown: Some(shutdown),
            thread: Some(thread),
        })
    }

    /// `http://127.0.0.1:PORT`.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// The client target for this exchange.
    pub fn target(&self) -> Target {
        self.target.clone()
    }

    /// The built-in practice credentials.
    pub fn credentials() -> Credentials {
        Credentials::new(PRACTICE_API_KEY, SecretString::from(PRACTICE_API_SECRET))
    }

    /// Works on the exchange's state (inspect orders, open a cancel request, ...).
    pub fn with<R>(&self, f: impl FnOnce(&mut Exchange) -> R) -> R {
        f(&mut self.exchange.lock().unwrap_or_else(|e| e.into_inner()))
    }

    /// What the exchange has seen so far.
    pub fn stats(&self) -> Stats {
        self.with(|e| e.stats.clone())
    }

    /// The faults in force.
    pub fn faults(&self) -> Faults {
        self.with(|e| e.faults.clone())
    }

    /// Replaces the injected faults.
    pub fn set_faults(&self, faults: Faults) {
        self.with(|e| e.faults = faults);
    }

    /// Blocks until the server stops (the standalone `practice-server` command).
    pub fn wait(mut self) {
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

impl Drop for PracticeExchange {
    fn drop(&mut self) {
        if let Some(shutdown) = self.shutdown.take() {
            let _ = shutdown.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}
