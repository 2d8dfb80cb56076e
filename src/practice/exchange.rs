//! What the practice exchange does with a request: the same checks Bybit documents (headers,
//! HMAC over the raw body, timestamp window, per-account rate budget, field rules) and the
//! same answers, in the envelope each endpoint uses. No HTTP here: see `server.rs`.

use std::collections::{HashMap, VecDeque};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use serde_json::{Value, json};

use super::orders::{PracticeOrder, ReceivedAnswer, fresh_request};
use super::upload::{UploadPart, parse_upload};
use super::{Faults, Stats};
use crate::bybit::Credentials;
use crate::bybit::client::paths;
use crate::bybit::sign::Signer;
use crate::review::{Decision, RejectReason};

/// Practice-only codes for refusals Bybit has not documented.
pub mod codes {
    /// The order does not exist (or is not this account's).
    pub const NO_SUCH_ORDER: i64 = 912_300_001;
    /// No seller's cancel request awaits this buyer's answer (already answered, expired, or
    /// the account is the seller).
    pub const NOTHING_TO_ANSWER: i64 = 912_300_002;
}

/// One HTTP request as the exchange sees it.
#[derive(Debug, Clone)]
pub struct Request {
    pub method: String,
    pub path: String,
    pub query: String,
    /// Header names in lower case.
    pub headers: HashMap<String, String>,
    pub body: Vec<u8>,
}

/// How the connection should end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Delivery {
    Now,
    After(Duration),
    /// Close the connection without answering.
    Drop,
}

/// The answer to one request.
#[derive(Debug, Clone)]
pub struct Reply {
    pub status: u16,
    pub content_type: &'static str,
    pub body: Vec<u8>,
    pub headers: Vec<(&'static str, String)>,
    pub delivery: Delivery,
}

impl Reply {
    fn json(value: Value) -> Self {
        Self {
            status: 200,
            content_type: "application/json",
            body: value.to_string().into_bytes(),
            headers: Vec::new(),
            delivery: Delivery::Now,
        }
    }

    fn raw(status: u16, content_type: &'static str, body: &[u8]) -> Self {
        Self {
            status,
            content_type,
            body: body.to_vec(),
            headers: Vec::new(),
            delivery: Delivery::Now,
        }
    }
}

/// The two envelope spellings (reference §3).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Envelope {
    V5,
    Legacy,
}

impl Envelope {
    fn of(path: &str) -> Self {
        // Bybit answers the review, the server time and the key info in the V5 spelling and
        // the other P2P calls in the older one.
        if path == paths::REVIEW || path == paths::SERVER_TIME || path == paths::API_KEY_INFO {
            Envelope::V5
        } else {
            Envelope::Legacy
        }
    }

    fn ok(self, result: Value, now_ms: i64) -> Reply {
        self.wrap(
            0,
            if self == Envelope::V5 {
                "OK"
            } else {
                "SUCCESS"
            },
            result,
            now_ms,
        )
    }

    fn refuse(self, code: i64, message: &str, now_ms: i64) -> Reply {
        self.wrap(code, message, json!({}), now_ms)
    }

    fn wrap(self, code: i64, message: &str, result: Value, now_ms: i64) -> Reply {
        Reply::json(match self {
            Envelope::V5 => json!({
                "retCode": code, "retMsg": message, "result": result, "retExtInfo": {}, "time": now_ms
            }),
            Envelope::Legacy => json!({
                "ret_code": code, "ret_msg": message, "result": result, "ext_code": "", "ext_info": {},
                "time_now": format!("{:.6}", now_ms as f64 / 1000.0)
            }),
        })
    }
}

/// Bybit's per-account budget (reference §6).
const READS_PER_SECOND: usize = 10;
const WRITES_PER_SECOND: usize = 5;

/// The practice exchange's whole state.
pub struct Exchange {
    signer: Signer,
    orders: Vec<PracticeOrder>,
    uploads: HashMap<String, UploadPart>,
    pub(super) stats: Stats,
    pub(super) faults: Faults,
    recent_reads: VecDeque<Instant>,
    recent_writes: VecDeque<Instant>,
    new_request_every: Option<Duration>,
    next_new_request: Option<Instant>,
    opened: Vec<(String, i64)>,
    /// Orders whose detail is refused (they stay in the list): one order Bybit fails to read.
    refused_details: Vec<String>,
}

impl Exchange {
    pub fn new(
        orders: Vec<PracticeOrder>,
        new_request_every: Option<Duration>,
        credentials: &Credentials,
    ) -> Self {
        let uploads = super::chat::receipts(&orders).into_iter().collect();
        Self {
            signer: Signer::new(&credentials.api_key, &credentials.api_secret),
            orders,
            uploads,
            stats: Stats::default(),
            faults: Faults::default(),
            recent_reads: VecDeque::new(),
            recent_writes: VecDeque::new(),
            new_request_every,
            next_new_request: new_request_every.map(|every| Instant::now() + every),
            opened: Vec::new(),
            refused_details: Vec::new(),
        }
    }

    /// The exchange's clock, in ms (shifted by the clock fault).
    pub fn now_ms(&self) -> i64 {
        system_ms() + self.faults.clock_shift_ms
    }

    /// The answers received for an order, if any.
    pub fn answer_of(&self, order_id: &str) -> Option<ReceivedAnswer> {
        self.orders
            .iter()
            .find(|o| o.id == order_id)?
            .answer
            .clone()
    }

    /// Ids of the orders awaiting an answer now.
    pub fn awaiting_ids(&self) -> Vec<String> {
        let now = self.now_ms();
        self.orders
            .iter()
            .filter(|o| o.awaits_answer(now))
            .map(|o| o.id.clone())
            .collect()
    }

    /// Opens a new seller's cancel request, as a seller somewhere just did. Returns its order id.
    pub fn add_cancel_request(&mut self) -> String {
        let now = self.now_ms();
        let order = fresh_request(self.orders.len(), now);
        let id = order.id.clone();
        self.orders.push(order);
        self.opened.push((id.clone(), now));
        id
    }

    /// A seller asks to cancel one of the orders marked paid, as happens on a busy day: the
    /// paid order without a request that has waited longest, else an order awaiting payment
    /// that the buyer marks paid just now, else a new order. Returns its id.
    pub fn open_request_on_paid_order(&mut self) -> String {
        let now = self.now_ms();
        let open =
            |o: &PracticeOrder| o.side == 0 && o.cancel_request.is_none() && o.answer.is_none();
        let chosen = self
            .orders
            .iter()
            .enumerate()
            .filter(|(_, o)| open(o) && o.status == 20)
            .min_by_key(|(_, o)| o.created_ms)
            .or_else(|| {
                self.orders
                    .iter()
                    .enumerate()
                    .filter(|(_, o)| open(o) && o.status == 10)
                    .min_by_key(|(_, o)| o.created_ms)
            })
            .map(|(i, _)| i);
        let Some(index) = chosen else {
            return self.add_cancel_request();
        };
        let order = &mut self.orders[index];
        order.status = 20;
        order.cancel_request = Some(super::orders::CancelRequest {
            reason: "Payment details were wrong",
            deadline_ms: now + 30 * 60_000,
        });
        self.opened.push((order.id.clone(), now));
        order.id.clone()
    }

    /// The requests opened so far by [`Self::open_request_on_paid_order`] or on the exchange's
    /// own timer: order id and the exchange's ms.
    pub fn opened_requests(&self) -> &[(String, i64)] {
        &self.opened
    }

    /// The first order whose counterparty is `seller`.
    pub fn order_of_seller(&self, seller: &str) -> Option<String> {
        self.orders
            .iter()
            .find(|o| o.counterparty == seller)
            .map(|o| o.id.clone())
    }

    /// From now on the detail of `order_id` is refused, though the list still shows it.
    pub fn refuse_details_of(&mut self, order_id: &str) {
        self.refused_details.push(order_id.to_owned());
    }

    /// Handles one request.
    pub fn handle(&mut self, request: &Request) -> Reply {
        self.stats.requests += 1;
        *self
            .stats
            .requests_by_path
            .entry(request.path.clone())
            .or_default() += 1;
        if request.path == paths::REVIEW {
            self.stats.review_requests += 1;
            self.stats.last_review_body = Some(String::from_utf8_lossy(&request.body).into_owned());
        }
        self.maybe_open_new_request();
        let now = self.now_ms();
        let envelope = Envelope::of(&request.path);

        if self.faults.http_403 {
            return Reply::raw(
                403,
                "text/html",
                b"<html><body><h1>403 Forbidden</h1>access too frequent</body></html>",
            );
        }
        if request.method == "GET"
            && request
                .path
                .starts_with(crate::review::UPLOADED_PROOF_PREFIX)
        {
            // An uploaded file or a chat picture, fetched by its path.
            return match self.uploads.get(strip_query(&request.path)) {
                Some(part) => {
                    let mime = match part.kind().map(|(extension, _)| extension) {
                        Some("jpg" | "jpeg") => "image/jpeg",
                        Some("pdf") => "application/pdf",
                        Some("mp4") => "video/mp4",
                        _ => "image/png",
                    };
                    Reply::raw(200, mime, &part.bytes)
                }
                None => Reply::raw(404, "text/plain", b"no such file"),
            };
        }
        if request.path == paths::SERVER_TIME && request.method == "GET" {
            return envelope.ok(
                json!({ "timeSecond": (now / 1000).to_string(), "timeNano": (now as i128 * 1_000_000).to_string() }),
                now,
            );
        }
        let known = [
            paths::REVIEW,
            paths::UPLOAD,
            paths::ORDER_INFO,
            paths::PENDING_ORDERS,
            paths::ACCOUNT_INFO,
            paths::API_KEY_INFO,
            paths::CHAT_SESSION,
            paths::CHAT_MESSAGES,
            paths::COUNTERPARTY_INFO,
        ];
        if !known.contains(&request.path.as_str()) {
            return Reply::raw(
                404,
                "application/json",
                br#"{"retCode":10017,"retMsg":"route not found"}"#,
            );
        }
        if let Err(reply) = self.authenticate(request, envelope, now) {
            return reply;
        }
        if self.faults.not_an_advertiser && request.path.starts_with("/v5/p2p/") {
            return envelope.refuse(912_000_014, "permission denied\t", now);
        }
        let is_write = request.path == paths::REVIEW || request.path == paths::UPLOAD;
        if let Err(reply) = self.within_budget(is_write, envelope, now) {
            return reply;
        }
        match (request.method.as_str(), request.path.as_str()) {
            ("POST", paths::REVIEW) => self.review(request, envelope, now),
            ("POST", paths::UPLOAD) => self.upload(request, envelope, now),
            ("POST", paths::ORDER_INFO) => self.order_info(request, envelope, now),
            ("POST", paths::PENDING_ORDERS) => self.pending_list(request, envelope, now),
            ("POST", paths::CHAT_SESSION | paths::CHAT_MESSAGES) if self.faults.chat_refused => {
                envelope.refuse(912_200_387, "chat open api close, pls chat with new open api", now)
            }
            ("POST", paths::CHAT_SESSION) => {
                let body: Value = serde_json::from_slice(&request.body).unwrap_or_default();
                let mask = body["userMaskId"].as_str().unwrap_or_default();
                if mask.is_empty() {
                    return envelope.refuse(10001, "userMaskId is required", now);
                }
                envelope.ok(json!({ "sessionId": super::chat::session_id(mask) }), now)
            }
            ("POST", paths::CHAT_MESSAGES) => {
                let body: Value = serde_json::from_slice(&request.body).unwrap_or_default();
                let session = body["sessionId"].as_str().unwrap_or_default();
                let Some(mask) = session.strip_prefix("practice-session-") else {
                    return envelope.refuse(10001, "sessionId is not a session", now);
                };
                let limit = body["limit"].as_u64().unwrap_or(30).clamp(1, 50) as usize;
                let last_id = body["lastId"].as_i64().unwrap_or(0);
                let messages = super::chat::page(&self.orders, mask, last_id, limit);
                envelope.ok(json!({ "messages": messages }), now)
            }
            ("POST", paths::COUNTERPARTY_INFO) => {
                let body: Value = serde_json::from_slice(&request.body).unwrap_or_default();
                let uid = match &body["originalUid"] {
                    Value::String(s) => s.clone(),
                    Value::Number(n) => n.to_string(),
                    _ => String::new(),
                };
                match super::chat::record(&self.orders, &uid) {
                    Some(record) => envelope.ok(record, now),
                    None => envelope.refuse(10001, "originalUid is not a counterparty", now),
                }
            }
            ("POST", paths::ACCOUNT_INFO) => envelope.ok(
                json!({
                    "nickName": super::PRACTICE_NICKNAME, "userId": super::PRACTICE_USER_ID,
                    "accountId": "4400200", "kycLevel": "2", "realName": "Practice Merchant",
                    "recentRate": 99, "totalFinishCount": 1287, "isOnline": true
                }),
                now,
            ),
            ("GET", paths::API_KEY_INFO) => envelope.ok(
                json!({
                    "id": "31337", "note": "practice key", "apiKey": super::PRACTICE_API_KEY,
                    "readOnly": 0, "secret": "", "ips": ["*"], "type": 1, "deadlineDay": 90,
                    "expiredAt": chrono::DateTime::from_timestamp_millis(now + 90 * 86_400_000)
                        .map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
                        .unwrap_or_default(),
                    "permissions": { "FiatP2P": ["FiatP2POrder", "Advertising"], "Wallet": ["AccountTransfer"] }
                }),
                now,
            ),
            _ => envelope.refuse(10001, "wrong HTTP method for this path", now),
        }
    }

    /// Headers, key, timestamp window, then the signature over the raw payload bytes.
    fn authenticate(&self, request: &Request, envelope: Envelope, now: i64) -> Result<(), Reply> {
        let header = |name: &str| request.headers.get(name).map(|v| v.trim());
        let (Some(key), Some(timestamp), Some(sign)) = (
            header("x-bapi-api-key"),
            header("x-bapi-timestamp"),
            header("x-bapi-sign"),
        ) else {
            return Err(Reply::raw(
                401,
                "text/plain",
                b"401 Unauthorized: missing X-BAPI headers",
            ));
        };
        if key != self.signer.api_key() {
            return Err(envelope.refuse(10003, "API key is invalid.", now));
        }
        let recv_window: u64 = header("x-bapi-recv-window")
            .and_then(|v| v.parse().ok())
            .unwrap_or(5000);
        let timestamp: i64 = timestamp
            .parse()
            .map_err(|_| envelope.refuse(10001, "X-BAPI-TIMESTAMP must be milliseconds", now))?;
        if timestamp < now - recv_window as i64 || timestamp >= now + 1000 {
            return Err(envelope.refuse(
                10002,
                &format!(
                    "invalid request, please check your server timestamp or recv_window param. req_timestamp[{timestamp}],server_timestamp[{now}],recv_window[{recv_window}]"
                ),
                now,
            ));
        }
        let payload: &[u8] = if request.method == "GET" {
            request.query.as_bytes()
        } else {
            &request.body
        };
        if !self.signer.verify(timestamp, recv_window, payload, sign) {
            let origin = format!(
                "{timestamp}{key}{recv_window}{}",
                String::from_utf8_lossy(payload)
            );
            let shown: String = origin.chars().take(300).collect();
            return Err(envelope.refuse(
                10004,
                &format!("error sign! origin_string[{shown}]"),
                now,
            ));
        }
        Ok(())
    }

    /// Refuses with 10006 past 10 reads or 5 writes in any one second, and keeps the figures.
    fn within_budget(&mut self, is_write: bool, envelope: Envelope, now: i64) -> Result<(), Reply> {
        let instant = Instant::now();
        if self.faults.rate_limit_refusals > 0 {
            self.faults.rate_limit_refusals -= 1;
            return Err(self.too_many_visits(envelope, now));
        }
        let (recent, limit) = if is_write {
            (&mut self.recent_writes, WRITES_PER_SECOND)
        } else {
            (&mut self.recent_reads, READS_PER_SECOND)
        };
        while recent
            .front()
            .is_some_and(|t| instant.duration_since(*t) >= Duration::from_secs(1))
        {
            recent.pop_front();
        }
        recent.push_back(instant);
        let in_last_second = recent.len();
        if is_write {
            self.stats.max_writes_in_one_second =
                self.stats.max_writes_in_one_second.max(in_last_second);
        } else {
            self.stats.reads += 1;
            self.stats.max_reads_in_one_second =
                self.stats.max_reads_in_one_second.max(in_last_second);
        }
        if in_last_second > limit {
            return Err(self.too_many_visits(envelope, now));
        }
        Ok(())
    }

    fn too_many_visits(&mut self, envelope: Envelope, now: i64) -> Reply {
        self.stats.rate_limited += 1;
        let mut reply = envelope.refuse(10006, "Too many visits!", now);
        reply
            .headers
            .push(("X-Bapi-Limit-Reset-Timestamp", (now + 1000).to_string()));
        reply
    }

    fn review(&mut self, request: &Request, envelope: Envelope, now: i64) -> Reply {
        if self.faults.review_http_500 {
            // Fails before acting: the order is untouched.
            return Reply::raw(
                500,
                "text/html",
                b"<html><body>500 Internal Server Error</body></html>",
            );
        }
        let body: Value = match serde_json::from_slice(&request.body) {
            Ok(Value::Object(map)) => Value::Object(map),
            _ => return envelope.refuse(10001, "request body must be a JSON object", now),
        };
        let answer = match read_answer(&body) {
            Ok(answer) => answer,
            Err(message) => return envelope.refuse(10001, &message, now),
        };
        let order_id = body["orderId"].as_str().unwrap_or_default().to_owned();
        if let Some(unknown) = answer.proofs.iter().find(|p| {
            p.starts_with(crate::review::UPLOADED_PROOF_PREFIX)
                && !self.uploads.contains_key(strip_query(p))
        }) {
            return envelope.refuse(
                10001,
                &format!("rejectProofs: no uploaded file at {unknown}"),
                now,
            );
        }
        let Some(order) = self.orders.iter_mut().find(|o| o.id == order_id) else {
            return envelope.refuse(codes::NO_SUCH_ORDER, "Order does not exist", now);
        };
        if !order.awaits_answer(now) {
            let message = match (&order.answer, order.side) {
                (Some(_), _) => "The seller's cancel request on this order was already answered",
                (None, 1) => {
                    "You are the seller of this order; only the buyer can answer a cancel request"
                }
                _ => "No seller's cancel request awaits your answer on this order",
            };
            return envelope.refuse(codes::NOTHING_TO_ANSWER, message, now);
        }
        if answer.decision == Decision::Pass {
            order.status = 40;
        }
        order.cancel_request = None;
        order.answer = Some(answer);
        self.stats.reviews_applied += 1;

        let mut reply = envelope.wrap(0, "SUCCESS", json!({}), now);
        if let Some(delay) = self.faults.review_delay_after_acting {
            reply.delivery = Delivery::After(delay);
        }
        if self.faults.review_drop_after_acting {
            reply.delivery = Delivery::Drop;
        }
        if self.faults.review_html_after_acting {
            reply = Reply { delivery: reply.delivery, ..Reply::raw(200, "text/html", b"<!DOCTYPE html><html><head><title>Bybit</title></head><body>Service busy</body></html>") };
        }
        if self.faults.review_garbage_after_acting {
            reply = Reply {
                delivery: reply.delivery,
                ..Reply::raw(200, "application/json", b"{\"retCode\":0,\"retM\xff\xfe")
            };
        }
        reply
    }

    fn upload(&mut self, request: &Request, envelope: Envelope, now: i64) -> Reply {
        let content_type = request
            .headers
            .get("content-type")
            .map(String::as_str)
            .unwrap_or("");
        let part = match parse_upload(content_type, &request.body) {
            Ok(part) => part,
            Err(message) => return envelope.refuse(10001, &message, now),
        };
        let Some((extension, kind)) = part.kind() else {
            return envelope.refuse(10001, "upload_file: only jpg, jpeg, png, pdf and mp4 files are accepted, each with its own Content-Type", now);
        };
        self.stats.uploads += 1;
        let digest = hex::encode(&<sha2::Sha256 as sha2::Digest>::digest(&part.bytes)[..8]);
        let path = format!(
            "/fiat/p2p/oss/showObj/otc/9001/{digest}{}.{extension}",
            self.stats.uploads
        );
        let token = hex::encode(&<sha2::Sha256 as sha2::Digest>::digest(path.as_bytes())[..12]);
        let expiry = now / 1000 + 72 * 3600;
        self.uploads.insert(path.clone(), part);
        envelope.ok(
            json!({ "url": format!("{path}?e={expiry}&token={token}"), "type": kind }),
            now,
        )
    }

    fn order_info(&mut self, request: &Request, envelope: Envelope, now: i64) -> Reply {
        let body: Value = serde_json::from_slice(&request.body).unwrap_or_default();
        let Some(order_id) = body.get("orderId").and_then(Value::as_str) else {
            return envelope.refuse(10001, "orderId is required and must be a string", now);
        };
        if self.refused_details.iter().any(|id| id == order_id) {
            return envelope.refuse(codes::NO_SUCH_ORDER, "Order does not exist", now);
        }
        match self.orders.iter().find(|o| o.id == order_id) {
            Some(order) => envelope.ok(order.detail_json(now), now),
            None => envelope.refuse(codes::NO_SUCH_ORDER, "Order does not exist", now),
        }
    }

    fn pending_list(&mut self, request: &Request, envelope: Envelope, now: i64) -> Reply {
        let body: Value = serde_json::from_slice(&request.body).unwrap_or_default();
        let (Some(page), Some(size)) = (
            body.get("page").and_then(Value::as_u64),
            body.get("size").and_then(Value::as_u64),
        ) else {
            return envelope.refuse(10001, "page and size are required integers", now);
        };
        if page == 0 || size == 0 || size > 30 {
            return envelope.refuse(10001, "page starts at 1 and size is between 1 and 30", now);
        }
        let side = body.get("side").and_then(Value::as_i64);
        let status = body.get("status").and_then(Value::as_i64);
        let mut pending: Vec<&PracticeOrder> = self
            .orders
            .iter()
            .filter(|o| ![40, 50, 80].contains(&o.status))
            .filter(|o| side.is_none_or(|s| s == o.side))
            .filter(|o| status.is_none_or(|s| s == o.status))
            .collect();
        pending.sort_by_key(|o| std::cmp::Reverse(o.created_ms));
        let items: Vec<Value> = pending
            .iter()
            .skip(((page - 1) * size) as usize)
            .take(size as usize)
            .map(|o| o.summary_json())
            .collect();
        envelope.ok(json!({ "count": pending.len(), "items": items }), now)
    }

    /// Opens a cancel request if the exchange's own timer says one is due.
    pub(super) fn maybe_open_new_request(&mut self) {
        let (Some(every), Some(at)) = (self.new_request_every, self.next_new_request) else {
            return;
        };
        if Instant::now() >= at {
            self.open_request_on_paid_order();
            self.next_new_request = Some(Instant::now() + every);
        }
    }
}

/// Applies the documented field rules to a review body.
fn read_answer(body: &Value) -> Result<ReceivedAnswer, String> {
    match body.get("orderId") {
        Some(Value::String(id)) if !id.is_empty() && id.chars().all(|c| c.is_ascii_digit()) => {}
        Some(Value::String(_)) => return Err("orderId must be the order's digits".into()),
        Some(_) => return Err("orderId must be a string".into()),
        None => return Err("orderId is required".into()),
    }
    let decision = match body.get("examineResult").and_then(Value::as_str) {
        Some("PASS") => Decision::Pass,
        Some("REJECT") => Decision::Reject,
        _ => return Err("examineResult must be PASS or REJECT".into()),
    };
    if decision == Decision::Pass {
        return Ok(ReceivedAnswer {
            decision,
            reason: None,
            proofs: Vec::new(),
            remark: None,
        });
    }
    let reason = body
        .get("rejectReason")
        .and_then(Value::as_str)
        .unwrap_or_default();
    let reason = RejectReason::ALL
        .into_iter()
        .find(|r| r.wire() == reason)
        .ok_or_else(|| format!("rejectReason '{reason}' is not one of the supported values"))?;
    let proofs: Vec<String> = body
        .get("rejectProofs")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .split(',')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(str::to_owned)
        .collect();
    if proofs.is_empty() {
        return Err("rejectProofs is required when examineResult is REJECT".into());
    }
    let remark = body
        .get("rejectRemark")
        .and_then(Value::as_str)
        .map(str::to_owned);
    Ok(ReceivedAnswer {
        decision,
        reason: Some(reason),
        proofs,
        remark,
    })
}

fn strip_query(path: &str) -> &str {
    path.split('?').next().unwrap_or(path)
}

fn system_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or_default()
}
