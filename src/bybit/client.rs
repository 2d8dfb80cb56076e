//! The one HTTP client every front end uses. It signs the exact bytes it sends, keeps its clock
//! in step with the server's, stays inside the account's rate budget and retries only where
//! Bybit's rules make a retry safe (reference §6).

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use bytes::Bytes;
use reqwest::Method;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};

use super::clock::{ClockReading, server_time_ms};
use super::credentials::{Credentials, mask_key};
use super::envelope::parse_envelope;
use super::environment::Target;
use super::error::BybitError;
use super::explain::{TIMESTAMP_OUT_OF_WINDOW, TOO_MANY_VISITS};
use super::model::{
    AccountInfo, ApiKeyInfo, ChatMessage, ChatPage, OrderDetail, PendingPage, ReviewBody,
    SellerRecord, UploadedFile,
};
use super::multipart::multipart_body;
use super::rate::{RateLimiter, ReadBudget};
use super::sign::Signer;
use super::upload::{self, ProgressBody, ProgressListener, Silence};
use super::upload_connection;

/// Paths of the calls this client makes.
pub mod paths {
    pub const REVIEW: &str = "/v5/p2p/order/buyer/examine/sellerCancelOrderApply";
    pub const UPLOAD: &str = "/v5/p2p/oss/upload_file";
    pub const ORDER_INFO: &str = "/v5/p2p/order/info";
    pub const PENDING_ORDERS: &str = "/v5/p2p/order/pending/simplifyList";
    pub const ACCOUNT_INFO: &str = "/v5/p2p/user/personal/info";
    pub const SERVER_TIME: &str = "/v5/market/time";
    pub const API_KEY_INFO: &str = "/v5/user/query-api";
    pub const CHAT_SESSION: &str = "/v5/p2p/chat/session/getSessionId";
    pub const CHAT_MESSAGES: &str = "/v5/p2p/chat/message/listpage_v1";
    pub const COUNTERPARTY_INFO: &str = "/v5/p2p/user/order/personal/info";
}

/// Chat messages asked for at a time.
pub const CHAT_PAGE_SIZE: u32 = 30;

/// The largest chat picture downloaded for a thumbnail.
const MAX_PICTURE_BYTES: usize = 5 * 1024 * 1024;

/// Largest page Bybit serves for the pending list.
pub const PENDING_PAGE_SIZE: u32 = 30;

/// Timeouts and budgets; the defaults suit a merchant on an ordinary connection.
#[derive(Debug, Clone)]
pub struct ClientOptions {
    pub connect_timeout: Duration,
    /// The whole request, from sending to the last byte of the answer.
    pub request_timeout: Duration,
    pub recv_window_ms: u64,
    /// The longest this client waits for a 10006 rate limit to reset before its one retry.
    pub max_rate_limit_wait: Duration,
    /// Attempts for a read (orders, details, server time) that fails transiently.
    pub read_attempts: u32,
    /// Bybit's clock as remembered from an earlier run: signing with it saves asking the
    /// server's time first (used only while fresh).
    pub known_clock: Option<ClockReading>,
    /// What the watch may read in the background, with the window's reads counted in (see
    /// [`ReadBudget`]): Bybit allows an account 10 reads a second, and the merchant's other
    /// tools on the same key (ad repricing bots) need what we leave.
    pub background_reads_per_second: f64,
}

/// Sent with every request: which app, which version (nothing about the merchant).
const USER_AGENT: &str = concat!("p2p-cancel-review/", env!("CARGO_PKG_VERSION"));

/// The slowest upload a signature must outlast, in bytes a second (256 kbit/s).
const SLOWEST_UPLOAD_BYTES_PER_SECOND: u64 = 32_000;

/// The longest receive window an upload's signature asks for.
const LONGEST_UPLOAD_WINDOW_MS: u64 = 15 * 60 * 1000;

/// An upload's receive window. Bybit can check the signature, and with it the timestamp,
/// only once the whole body has arrived (the signature covers it), so the window must outlast
/// the upload: as long as the file takes at 256 kbit/s, at least the usual window, at most 15
/// minutes. (Whether Bybit caps the window is not documented: reference §7.)
fn upload_recv_window_ms(body_bytes: usize, usual_ms: u64) -> u64 {
    let upload_ms = body_bytes as u64 * 1000 / SLOWEST_UPLOAD_BYTES_PER_SECOND;
    (usual_ms + upload_ms).min(LONGEST_UPLOAD_WINDOW_MS)
}

/// The background budget's burst: a round of the pending list and ten orders' details.
const BACKGROUND_BURST: f64 = 12.0;

impl Default for ClientOptions {
    fn default() -> Self {
        Self {
            connect_timeout: Duration::from_secs(10),
            request_timeout: Duration::from_secs(20),
            recv_window_ms: 5000,
            max_rate_limit_wait: Duration::from_secs(3),
            read_attempts: 3,
            known_clock: None,
            background_reads_per_second: 1.45,
        }
    }
}

/// Whether a call changes something at the exchange. Decides the rate budget and which
/// failures may be retried.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Effect {
    /// Safe to repeat: retried on network trouble, overload and server errors.
    Read,
    /// Harmless to repeat, but counted against the write budget (proof uploads).
    RepeatableWrite,
    /// Must not happen twice: retried only when Bybit proved it refused the request unread
    /// (10002 after a clock resync, 10006 after the limit resets).
    Write,
}

struct Call<'a> {
    method: Method,
    path: &'static str,
    /// The GET query string or the POST body: exactly the bytes signed and sent.
    payload: Bytes,
    content_type: &'a str,
    effect: Effect,
    /// A file's upload: the body goes in pieces, each told here, and silence (not the whole
    /// request's length) limits it (see [`super::upload`]).
    progress: Option<ProgressListener>,
}

/// A Bybit V5 client for one account on one host.
pub struct Client {
    http: reqwest::Client,
    target: Target,
    signer: Signer,
    options: ClientOptions,
    /// Bybit's clock as last learnt: from the server-time call, or from any answer.
    clock: Mutex<Option<ClockReading>>,
    /// Held while the server's time is asked, so a burst of calls asks once.
    clock_sync: tokio::sync::Mutex<()>,
    /// Asking the server's time failed: calls go ahead with what is known (their answers then
    /// teach the clock) rather than asking again before each.
    clock_sync_failed: AtomicBool,
    /// The whole-request timeout, changeable while the client is in use (settings).
    request_timeout_ms: AtomicU64,
    reads: RateLimiter,
    writes: RateLimiter,
    background: ReadBudget,
    /// The TLS configuration, for uploads' own connections.
    tls: Arc<rustls::ClientConfig>,
    /// Answers that said 10006 (too many requests for this account), ever.
    slowed_down: AtomicU64,
    /// Told how long a call waits when Bybit asked to slow down (10006), before it waits.
    on_slow_down: Mutex<Option<SlowDownListener>>,
}

/// Hears that a call waits for Bybit's rate limit to reset, and for how long.
pub type SlowDownListener = Arc<dyn Fn(Duration) + Send + Sync>;

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Client")
            .field("target", &self.target.base_url.as_str())
            .field("signer", &self.signer)
            .finish()
    }
}

impl Client {
    /// A client for `credentials` at `target`.
    pub fn new(
        target: Target,
        credentials: &Credentials,
        options: ClientOptions,
    ) -> Result<Self, BybitError> {
        let tls = super::tls::client_config().map_err(|e| BybitError::Setup(e.to_string()))?;
        let http = reqwest::Client::builder()
            .tls_backend_preconfigured(tls.clone())
            .connect_timeout(options.connect_timeout)
            .user_agent(USER_AGENT)
            .build()
            .map_err(|e| BybitError::Setup(root_cause(&e)))?;
        Ok(Self {
            http,
            target,
            signer: Signer::new(&credentials.api_key, &credentials.api_secret),
            request_timeout_ms: AtomicU64::new(options.request_timeout.as_millis() as u64),
            clock: Mutex::new(options.known_clock),
            clock_sync: tokio::sync::Mutex::new(()),
            clock_sync_failed: AtomicBool::new(false),
            background: ReadBudget::new(options.background_reads_per_second, BACKGROUND_BURST),
            tls: Arc::new(tls),
            options,
            reads: RateLimiter::new(10, Duration::from_secs(1)),
            writes: RateLimiter::new(5, Duration::from_secs(1)),
            slowed_down: AtomicU64::new(0),
            on_slow_down: Mutex::new(None),
        })
    }

    /// Calls `listener` whenever a call is about to wait because Bybit asked to slow down.
    pub fn on_slow_down(&self, listener: impl Fn(Duration) + Send + Sync + 'static) {
        *self.on_slow_down.lock().unwrap_or_else(|e| e.into_inner()) = Some(Arc::new(listener));
    }

    /// The account's background read budget, which every read of this client spends from.
    pub fn background_budget(&self) -> &ReadBudget {
        &self.background
    }

    /// How many answers so far said 10006: Bybit asked this account to slow down.
    pub fn times_slowed_down(&self) -> u64 {
        self.slowed_down.load(Ordering::Relaxed)
    }

    /// Where this client sends its requests.
    pub fn target(&self) -> &Target {
        &self.target
    }

    /// The whole-request timeout.
    pub fn request_timeout(&self) -> Duration {
        Duration::from_millis(self.request_timeout_ms.load(Ordering::Relaxed))
    }

    /// Changes the whole-request timeout of the calls that start from now on.
    pub fn set_request_timeout(&self, timeout: Duration) {
        self.request_timeout_ms
            .store(timeout.as_millis() as u64, Ordering::Relaxed);
    }

    /// Server time minus this computer's time, in ms, as last learnt (0 while unknown).
    pub fn clock_offset_ms(&self) -> i64 {
        self.clock_reading().map_or(0, |r| r.offset_ms)
    }

    /// Bybit's clock as last learnt, and when: to remember it for the next run.
    pub fn clock_reading(&self) -> Option<ClockReading> {
        *self.clock.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn set_clock(&self, reading: ClockReading) {
        *self.clock.lock().unwrap_or_else(|e| e.into_inner()) = Some(reading);
    }

    fn clock_is_fresh(&self) -> bool {
        self.clock_reading().is_some_and(|r| r.is_fresh(now_ms()))
    }

    /// Asks the server's time unless a fresh difference is known (or asking already failed).
    async fn ensure_clock(&self) {
        if self.clock_is_fresh() || self.clock_sync_failed.load(Ordering::Relaxed) {
            return;
        }
        let _one_at_a_time = self.clock_sync.lock().await;
        if self.clock_is_fresh() || self.clock_sync_failed.load(Ordering::Relaxed) {
            return;
        }
        if let Err(e) = self.sync_clock().await {
            // Not fatal: the call itself will report the same trouble if it persists.
            tracing::warn!("could not read the server time: {e}");
            self.clock_sync_failed.store(true, Ordering::Relaxed);
        }
    }

    /// Reads the server's time, stores the offset that signed requests then apply to their
    /// timestamps, and returns it.
    pub async fn sync_clock(&self) -> Result<i64, BybitError> {
        let before = now_ms();
        let (status, reset, body) = self
            .send(
                &Call {
                    method: Method::GET,
                    path: paths::SERVER_TIME,
                    payload: Bytes::new(),
                    content_type: "application/json",
                    effect: Effect::Read,
                    progress: None,
                },
                false,
            )
            .await?;
        let after = now_ms();
        parse_envelope(status, &body, reset)?;
        let envelope: Value = serde_json::from_slice(&body).unwrap_or_default();
        let server = server_time_ms(&envelope).ok_or_else(|| BybitError::UnexpectedAnswer {
            status,
            snippet: "the server time was missing from the answer".into(),
        })?;
        // The server read its clock somewhere between our two readings: assume the middle.
        let offset = server - (before + after) / 2;
        self.set_clock(ClockReading {
            offset_ms: offset,
            learnt_at_ms: after,
        });
        self.clock_sync_failed.store(false, Ordering::Relaxed);
        Ok(offset)
    }

    /// Answers a seller's cancel request. Never retried unless Bybit proved it refused the
    /// request without acting on it.
    pub async fn review(&self, body: &ReviewBody) -> Result<(), BybitError> {
        self.post_json(paths::REVIEW, json_bytes(body), Effect::Write)
            .await?;
        Ok(())
    }

    /// Uploads one proof file; returns the path to put into `rejectProofs`. `progress` hears
    /// the bytes of the request sent so far, of its total. Limited by silence, not length: see
    /// [`super::upload`]. Tried again by itself only when Bybit proved it refused the request
    /// unread (10002, 10006) or nothing could be sent (no connection): after bytes went out,
    /// the merchant sees how far it got and decides.
    pub async fn upload_proof(
        &self,
        file_name: &str,
        mime: &str,
        bytes: &[u8],
        progress: Option<ProgressListener>,
    ) -> Result<UploadedFile, BybitError> {
        let (boundary, body) = multipart_body(file_name, mime, bytes);
        let content_type = format!("multipart/form-data; boundary={boundary}");
        let result = self
            .signed(Call {
                method: Method::POST,
                path: paths::UPLOAD,
                payload: Bytes::from(body),
                content_type: &content_type,
                effect: Effect::RepeatableWrite,
                progress: Some(progress.unwrap_or_else(|| Arc::new(|_, _| {}))),
            })
            .await?;
        decode(result)
    }

    /// One order's detail.
    pub async fn order_detail(&self, order_id: &str) -> Result<OrderDetail, BybitError> {
        let result = self
            .post_json(
                paths::ORDER_INFO,
                json_bytes(&json!({ "orderId": order_id })),
                Effect::Read,
            )
            .await?;
        decode(result)
    }

    /// One page of my pending buy orders (`page` counts from 1) with this `status`, or all.
    pub async fn pending_buy_orders(
        &self,
        page: u32,
        status: Option<i64>,
    ) -> Result<PendingPage, BybitError> {
        let mut body = json!({ "page": page, "size": PENDING_PAGE_SIZE, "side": 0 });
        if let Some(status) = status {
            body["status"] = json!(status);
        }
        let result = self
            .post_json(paths::PENDING_ORDERS, json_bytes(&body), Effect::Read)
            .await?;
        decode(result)
    }

    /// The chat session with the counterparty whose masked id is `user_mask_id` (one per
    /// counterparty, not per order).
    pub async fn chat_session(&self, user_mask_id: &str) -> Result<String, BybitError> {
        let result = self
            .post_json(
                paths::CHAT_SESSION,
                json_bytes(&json!({ "userMaskId": user_mask_id })),
                Effect::Read,
            )
            .await?;
        result
            .get("sessionId")
            .and_then(|v| match v {
                Value::String(s) => Some(s.clone()),
                Value::Number(n) => Some(n.to_string()),
                _ => None,
            })
            .filter(|id| !id.is_empty())
            .ok_or_else(|| BybitError::UnexpectedAnswer {
                status: 200,
                snippet: "the chat session id was missing from the answer".into(),
            })
    }

    /// A page of the session's chat, newest first; `before_id` (the smallest id seen) for the
    /// page before, 0 for the newest.
    pub async fn chat_messages(
        &self,
        session_id: &str,
        before_id: i64,
    ) -> Result<Vec<ChatMessage>, BybitError> {
        let body = json!({ "sessionId": session_id, "limit": CHAT_PAGE_SIZE, "lastId": before_id });
        let result = self
            .post_json(paths::CHAT_MESSAGES, json_bytes(&body), Effect::Read)
            .await?;
        Ok(decode::<ChatPage>(result)?.messages)
    }

    /// The counterparty's record on this order.
    pub async fn counterparty_record(
        &self,
        user_id: &str,
        order_id: &str,
    ) -> Result<SellerRecord, BybitError> {
        let body = json!({ "originalUid": user_id, "orderId": order_id });
        let result = self
            .post_json(paths::COUNTERPARTY_INFO, json_bytes(&body), Effect::Read)
            .await?;
        decode(result)
    }

    /// A chat picture by its path, for a thumbnail (unsigned GET on this host; at most 5 MB).
    pub async fn chat_picture(&self, path: &str) -> Result<Bytes, BybitError> {
        let mut url = self.target.base_url.clone();
        let (only_path, query) = path.split_once('?').unwrap_or((path, ""));
        url.set_path(only_path);
        url.set_query((!query.is_empty()).then_some(query));
        let response = self
            .http
            .get(url)
            .timeout(self.request_timeout())
            .send()
            .await
            .map_err(|e| self.transport_error(&e))?;
        let status = response.status().as_u16();
        let bytes = response
            .bytes()
            .await
            .map_err(|e| self.transport_error(&e))?;
        if !(200..300).contains(&status) || bytes.len() > MAX_PICTURE_BYTES {
            return Err(BybitError::HttpStatus {
                status,
                snippet: super::envelope::snippet(&bytes),
            });
        }
        Ok(bytes)
    }

    /// The P2P account behind this key.
    pub async fn account_info(&self) -> Result<AccountInfo, BybitError> {
        let result = self
            .post_json(paths::ACCOUNT_INFO, Bytes::from_static(b"{}"), Effect::Read)
            .await?;
        decode(result)
    }

    /// What this API key may do.
    pub async fn api_key_info(&self) -> Result<ApiKeyInfo, BybitError> {
        let result = self
            .signed(Call {
                method: Method::GET,
                path: paths::API_KEY_INFO,
                payload: Bytes::new(),
                content_type: "application/json",
                effect: Effect::Read,
                progress: None,
            })
            .await?;
        decode(result)
    }

    async fn post_json(
        &self,
        path: &'static str,
        body: Bytes,
        effect: Effect,
    ) -> Result<Value, BybitError> {
        self.signed(Call {
            method: Method::POST,
            path,
            payload: body,
            content_type: "application/json",
            effect,
            progress: None,
        })
        .await
    }

    /// Sends a signed call, retrying as its effect allows.
    async fn signed(&self, call: Call<'_>) -> Result<Value, BybitError> {
        self.ensure_clock().await;
        let mut attempt = 1;
        let mut resynced = false;
        let mut waited_for_limit = false;
        loop {
            let limiter = if call.effect == Effect::Read {
                &self.reads
            } else {
                &self.writes
            };
            limiter.acquire().await;
            if call.effect == Effect::Read {
                self.background.spend();
            }
            let started = std::time::Instant::now();
            let outcome = match self.send(&call, true).await {
                Ok((status, reset, body)) => parse_envelope(status, &body, reset),
                Err(e) => Err(e),
            }
            .map_err(|e| self.redact(e));
            tracing::debug!(
                path = call.path,
                attempt,
                ms = started.elapsed().as_millis() as u64,
                ok = outcome.is_ok(),
                "bybit call"
            );
            let error = match outcome {
                Ok(result) => return Ok(result),
                Err(e) => e,
            };
            if error.code() == Some(TOO_MANY_VISITS) {
                self.slowed_down.fetch_add(1, Ordering::Relaxed);
            }
            match error.code() {
                Some(TIMESTAMP_OUT_OF_WINDOW) if !resynced => {
                    resynced = true;
                    if self.sync_clock().await.is_ok() {
                        continue;
                    }
                }
                Some(TOO_MANY_VISITS) if !waited_for_limit => {
                    waited_for_limit = true;
                    let wait = self.rate_limit_wait(&error);
                    let listener = self
                        .on_slow_down
                        .lock()
                        .unwrap_or_else(|e| e.into_inner())
                        .clone();
                    if let Some(listener) = listener {
                        listener(wait);
                    }
                    tokio::time::sleep(wait).await;
                    continue;
                }
                _ => {}
            }
            let may_repeat = match call.effect {
                Effect::Read => true,
                // An upload whose bytes went out is not sent again unasked.
                Effect::RepeatableWrite if call.progress.is_some() => {
                    matches!(error, BybitError::Unreachable { .. })
                }
                Effect::RepeatableWrite => true,
                Effect::Write => false,
            };
            if may_repeat && error.is_transient() && attempt < self.options.read_attempts {
                tokio::time::sleep(Duration::from_millis(300 * 3u64.pow(attempt - 1))).await;
                attempt += 1;
                continue;
            }
            return Err(error);
        }
    }

    /// How long to wait after a 10006: until Bybit's reset time, capped; a second when unknown.
    fn rate_limit_wait(&self, error: &BybitError) -> Duration {
        let reset = match error {
            BybitError::Api { limit_reset_ms, .. } => *limit_reset_ms,
            _ => None,
        };
        wait_for_reset(reset, self.timestamp_ms(), self.options.max_rate_limit_wait)
    }

    /// One HTTP exchange. Returns the status, the rate-limit reset header and the raw body.
    async fn send(
        &self,
        call: &Call<'_>,
        sign: bool,
    ) -> Result<(u16, Option<i64>, Bytes), BybitError> {
        let mut url = self.target.url(call.path);
        if call.method == Method::GET && !call.payload.is_empty() {
            url.set_query(Some(&String::from_utf8_lossy(&call.payload)));
        }
        let mut headers: Vec<(&'static str, String)> = Vec::new();
        if sign {
            let timestamp = self.timestamp_ms();
            let recv_window = if call.progress.is_some() {
                upload_recv_window_ms(call.payload.len(), self.options.recv_window_ms)
            } else {
                self.options.recv_window_ms
            };
            headers.extend([
                ("X-BAPI-API-KEY", self.signer.api_key().to_owned()),
                ("X-BAPI-TIMESTAMP", timestamp.to_string()),
                ("X-BAPI-RECV-WINDOW", recv_window.to_string()),
                (
                    "X-BAPI-SIGN",
                    self.signer.sign(timestamp, recv_window, &call.payload),
                ),
                ("X-BAPI-SIGN-TYPE", "2".to_owned()),
            ]);
        }
        if call.method == Method::POST {
            headers.push(("Content-Type", call.content_type.to_owned()));
        }
        if let Some(listener) = &call.progress {
            return self.send_upload(url, headers, call, listener).await;
        }
        let mut request = self
            .http
            .request(call.method.clone(), url)
            .timeout(self.request_timeout());
        for (name, value) in headers {
            request = request.header(name, value);
        }
        if call.method == Method::POST {
            request = request.body(call.payload.clone());
        }
        self.exchange(request).await
    }

    /// A file's upload, on a connection of its own (see [`upload_connection`]), limited by
    /// silence rather than length.
    async fn send_upload(
        &self,
        url: reqwest::Url,
        headers: Vec<(&'static str, String)>,
        call: &Call<'_>,
        listener: &ProgressListener,
    ) -> Result<(u16, Option<i64>, Bytes), BybitError> {
        let (body, taken) = ProgressBody::new(call.payload.clone(), Some(listener.clone()));
        let sent_at = now_ms();
        let upload = upload_connection::send(upload_connection::Upload {
            url,
            headers,
            body,
            tls: &self.tls,
            connect_timeout: self.options.connect_timeout,
            user_agent: USER_AGENT,
        });
        let answer = tokio::select! {
            answered = upload => answered?,
            quiet = upload::silence(&taken, self.request_timeout()) => {
                return Err(match quiet {
                    Silence::Sending(silent) => BybitError::Stalled {
                        seconds: silent.as_secs(),
                        sent: taken.sent(),
                        total: taken.total(),
                    },
                    Silence::Answer(waited) => BybitError::Timeout {
                        seconds: waited.as_secs(),
                    },
                });
            }
        };
        self.learn_clock(sent_at, now_ms(), &answer.2);
        Ok(answer)
    }

    /// Sends `request` and reads the whole answer.
    async fn exchange(
        &self,
        request: reqwest::RequestBuilder,
    ) -> Result<(u16, Option<i64>, Bytes), BybitError> {
        let sent_at = now_ms();
        let response = request.send().await.map_err(|e| self.transport_error(&e))?;
        let status = response.status().as_u16();
        let reset = response
            .headers()
            .get("X-Bapi-Limit-Reset-Timestamp")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.trim().parse().ok());
        let body = response
            .bytes()
            .await
            .map_err(|e| self.transport_error(&e))?;
        self.learn_clock(sent_at, now_ms(), &body);
        Ok((status, reset, body))
    }

    /// Every Bybit answer says when the server sent it: keep the clock in step from that, so
    /// the next call needs no server-time request first.
    fn learn_clock(&self, sent_ms: i64, received_ms: i64, body: &[u8]) {
        let Ok(envelope) = serde_json::from_slice::<Value>(body) else {
            return;
        };
        if let Some(reading) = server_time_ms(&envelope)
            .and_then(|server| ClockReading::from_exchange(sent_ms, received_ms, server))
        {
            self.set_clock(reading);
        }
    }

    fn timestamp_ms(&self) -> i64 {
        now_ms() + self.clock_offset_ms()
    }

    fn transport_error(&self, e: &reqwest::Error) -> BybitError {
        let detail = root_cause(e);
        if detail.contains(super::tls::NO_TRUST_STORE) {
            BybitError::Setup(detail)
        } else if e.is_connect() {
            BybitError::Unreachable {
                host: self
                    .target
                    .base_url
                    .host_str()
                    .unwrap_or("Bybit")
                    .to_owned(),
                detail,
            }
        } else if e.is_timeout() {
            BybitError::Timeout {
                seconds: self.request_timeout().as_secs(),
            }
        } else {
            BybitError::ConnectionLost { detail }
        }
    }

    /// Bybit echoes the API key in some messages (10004's `origin_string[...]`): mask it before
    /// the message reaches a screen, a log or the history.
    fn redact(&self, error: BybitError) -> BybitError {
        let key = self.signer.api_key();
        if key.len() < 4 {
            return error;
        }
        let mask = |s: String| s.replace(key, &mask_key(key));
        match error {
            BybitError::Api {
                code,
                message,
                http_status,
                limit_reset_ms,
            } => BybitError::Api {
                code,
                message: mask(message),
                http_status,
                limit_reset_ms,
            },
            BybitError::HttpStatus { status, snippet } => BybitError::HttpStatus {
                status,
                snippet: mask(snippet),
            },
            BybitError::UnexpectedAnswer { status, snippet } => BybitError::UnexpectedAnswer {
                status,
                snippet: mask(snippet),
            },
            other => other,
        }
    }
}

/// The wait before retrying after a 10006: until `reset_ms` (Bybit's reset time, on the
/// exchange's clock like `now_ms`), one second when Bybit gave none, never more than `cap`.
fn wait_for_reset(reset_ms: Option<i64>, now_ms: i64, cap: Duration) -> Duration {
    let until_reset = match reset_ms {
        Some(reset) => Duration::from_millis(u64::try_from(reset - now_ms).unwrap_or(0)),
        None => Duration::from_secs(1),
    };
    until_reset.min(cap)
}

/// Serialises a body once; these bytes are signed and sent unchanged.
fn json_bytes<T: serde::Serialize>(body: &T) -> Bytes {
    // Serialising these plain structs cannot fail; an empty object is the documented empty body.
    Bytes::from(serde_json::to_vec(body).unwrap_or_else(|_| b"{}".to_vec()))
}

fn decode<T: DeserializeOwned>(result: Value) -> Result<T, BybitError> {
    serde_json::from_value(result).map_err(|e| BybitError::UnexpectedAnswer {
        status: 200,
        snippet: format!("the answer's result did not have the expected fields ({e})"),
    })
}

fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or_default()
}

/// The innermost cause of an error, which says more than reqwest's "error sending request".
fn root_cause(e: &(dyn std::error::Error + 'static)) -> String {
    let mut cause = e;
    while let Some(next) = cause.source() {
        cause = next;
    }
    cause.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_wait_after_too_many_requests_follows_the_reset_time_within_the_cap() {
        let cap = Duration::from_secs(3);
        assert_eq!(
            wait_for_reset(Some(10_500), 10_000, cap),
            Duration::from_millis(500)
        );
        assert_eq!(
            wait_for_reset(Some(60_000), 10_000, cap),
            cap,
            "a far reset is capped"
        );
        assert_eq!(
            wait_for_reset(Some(9_000), 10_000, cap),
            Duration::ZERO,
            "a reset in the past"
        );
        assert_eq!(wait_for_reset(None, 10_000, cap), Duration::from_secs(1));
    }

    #[test]
    fn pass_body_carries_only_order_and_decision() {
        let body = ReviewBody {
            order_id: "1234567890".into(),
            examine_result: "PASS",
            reject_reason: None,
            reject_proofs: None,
            reject_remark: None,
        };
        assert_eq!(
            &json_bytes(&body)[..],
            br#"{"orderId":"1234567890","examineResult":"PASS"}"#
        );
    }

    #[test]
    fn reject_body_matches_the_signed_reference_vector() {
        let body = ReviewBody {
            order_id: "1234567890".into(),
            examine_result: "REJECT",
            reject_reason: Some("buyerRefuseOrderCancelReason_haveMadePayment"),
            reject_proofs: Some(
                "https://example.com/proof1.jpg,https://example.com/proof2.jpg".into(),
            ),
            reject_remark: Some("Payment was sent.".into()),
        };
        let bytes = json_bytes(&body);
        let signer = Signer::new("test-key", &secrecy::SecretString::from("test-secret"));
        assert_eq!(
            signer.sign(1741832094881, 5000, &bytes),
            "e759092405ce837b090eaf82216785115c46cc87bedf6a86fb46e27c420bae46"
        );
    }
}
