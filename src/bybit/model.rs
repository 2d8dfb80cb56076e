//! Wire types of the P2P endpoints this app reads. Parsing is lenient about JSON types (Bybit
//! sends some numbers as strings and some strings as numbers) and strict about meaning: order
//! ids and amounts always stay strings, never floats.

use std::time::Duration;

use serde::{Deserialize, Deserializer, Serialize};
use serde_json::Value;

/// The body of `POST /v5/p2p/order/buyer/examine/sellerCancelOrderApply`, fields in the
/// documented order. A PASS carries only `orderId` and `examineResult`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ReviewBody {
    pub order_id: String,
    /// `PASS` or `REJECT`.
    pub examine_result: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reject_reason: Option<&'static str>,
    /// Proof paths or URLs joined by `,`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reject_proofs: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reject_remark: Option<String>,
}

/// `POST /v5/p2p/order/info`: one order as its buyer sees it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OrderDetail {
    #[serde(deserialize_with = "text")]
    pub id: String,
    /// 0: I buy, 1: I sell.
    #[serde(default, deserialize_with = "integer")]
    pub side: i64,
    #[serde(default, deserialize_with = "text")]
    pub token_id: String,
    #[serde(default, deserialize_with = "text")]
    pub currency_id: String,
    /// Fiat amount.
    #[serde(default, deserialize_with = "text")]
    pub amount: String,
    /// Token quantity.
    #[serde(default, deserialize_with = "text")]
    pub quantity: String,
    #[serde(default, deserialize_with = "text")]
    pub price: String,
    #[serde(default, deserialize_with = "integer")]
    pub status: i64,
    #[serde(default, deserialize_with = "text")]
    pub target_nick_name: String,
    /// Milliseconds since the epoch, as a string.
    #[serde(default, deserialize_with = "text")]
    pub create_date: String,
    #[serde(default, deserialize_with = "text")]
    pub cancel_reason: String,
    /// True while a seller's cancel request awaits this buyer's answer.
    #[serde(default, deserialize_with = "boolean")]
    pub need_buyer_examine_cancel: bool,
    /// Time left to answer the seller's cancel request; see [`OrderDetail::time_left_to_answer`].
    #[serde(default, deserialize_with = "text")]
    pub seller_cancel_examine_remain_time: String,
    #[serde(default, deserialize_with = "list")]
    pub payment_term_list: Vec<PaymentTerm>,
    /// The counterparty's user id: what the seller's record is asked by.
    #[serde(default, deserialize_with = "text")]
    pub target_user_id: String,
    /// The counterparty's masked id: what the chat session is asked by.
    #[serde(default, deserialize_with = "text")]
    pub target_user_mask_id: String,
}

/// The unit of `sellerCancelExamineRemainTime` is not documented (reference §7). Bybit's other
/// P2P countdowns are in seconds, so seconds it is; change this one constant if that proves wrong.
pub const REMAIN_TIME_UNIT: Duration = Duration::from_secs(1);

impl OrderDetail {
    /// True when this is my buy order and the seller's cancel request awaits my answer.
    pub fn awaits_my_answer(&self) -> bool {
        self.side == 0 && self.need_buyer_examine_cancel
    }

    /// The time left to answer, as the exchange reported it when the detail was read.
    pub fn time_left_to_answer(&self) -> Option<Duration> {
        let units: u64 = self.seller_cancel_examine_remain_time.trim().parse().ok()?;
        Some(REMAIN_TIME_UNIT.saturating_mul(u32::try_from(units).unwrap_or(u32::MAX)))
    }

    /// The same order as it would read `elapsed` after this reading: the time left to answer
    /// counted down (a watch reads orders at different moments and reports them together).
    pub fn aged_by(&self, elapsed: Duration) -> OrderDetail {
        let mut aged = self.clone();
        if let Some(left) = self.time_left_to_answer() {
            let units = left.saturating_sub(elapsed).as_secs() / REMAIN_TIME_UNIT.as_secs().max(1);
            aged.seller_cancel_examine_remain_time = units.to_string();
        }
        aged
    }

    /// The order status in words (reference §5).
    pub fn status_words(&self) -> String {
        status_words(self.status)
    }

    /// The payment methods, named for a person.
    pub fn payment_methods(&self) -> Vec<String> {
        self.payment_term_list
            .iter()
            .map(PaymentTerm::label)
            .collect()
    }

    /// When the order was created, in ms since the epoch.
    pub fn created_ms(&self) -> Option<i64> {
        self.create_date.trim().parse().ok()
    }
}

/// Bybit's order status codes in words, in the merchant's language.
pub fn status_words(status: i64) -> String {
    match status {
        5 => crate::fl!("status-waiting-blockchain"),
        10 => crate::fl!("status-waiting-payment"),
        20 => crate::fl!("status-waiting-release"),
        30 => crate::fl!("status-under-appeal"),
        40 => crate::fl!("status-cancelled"),
        50 => crate::fl!("status-finished"),
        60 => crate::fl!("status-payment-in-progress"),
        70 => crate::fl!("status-payment-failed"),
        80 => crate::fl!("status-cancelled-exception"),
        90 => crate::fl!("status-waiting-token-choice"),
        100 => crate::fl!("status-objection-in-progress"),
        110 => crate::fl!("status-waiting-objection"),
        _ => crate::fl!("status-unknown"),
    }
}

/// One payment method attached to an order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PaymentTerm {
    #[serde(default, deserialize_with = "text")]
    pub payment_type: String,
    #[serde(default)]
    pub payment_config_vo: Option<PaymentConfig>,
    #[serde(default, deserialize_with = "text")]
    pub bank_name: String,
}

/// The human name of a payment type.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PaymentConfig {
    #[serde(default, deserialize_with = "text")]
    pub payment_name: String,
}

impl PaymentTerm {
    /// "Bank Transfer (Garanti)", or the raw payment type when no name came with it.
    pub fn label(&self) -> String {
        let name = self
            .payment_config_vo
            .as_ref()
            .map(|c| c.payment_name.trim())
            .filter(|n| !n.is_empty())
            .map(str::to_owned)
            .unwrap_or_else(|| {
                crate::fl!("status-payment-type", code = (self.payment_type.as_str()))
            });
        if self.bank_name.trim().is_empty() {
            name
        } else {
            format!("{name} ({})", self.bank_name.trim())
        }
    }
}

/// `POST /v5/p2p/chat/message/listpage_v1`: a page of the session chat, newest first.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ChatPage {
    #[serde(default, deserialize_with = "list")]
    pub messages: Vec<ChatMessage>,
}

/// One chat message as Bybit sends it. Every field is optional (the API is young); `message`
/// is a string holding JSON (reference §8), read by [`ChatMessage::content`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ChatMessage {
    #[serde(default, deserialize_with = "text")]
    pub id: String,
    /// Milliseconds since the epoch, as a string.
    #[serde(default, deserialize_with = "text")]
    pub create_date: String,
    /// `str`, `pic`, `pdf`, `video`.
    #[serde(default, deserialize_with = "text")]
    pub content_type: String,
    #[serde(default, deserialize_with = "text")]
    pub send_user_nick_name: String,
    #[serde(default, deserialize_with = "text")]
    pub message: String,
}

/// What a chat message carries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChatContent {
    Text(String),
    /// A file by its Bybit path (`/fiat/p2p/oss/...`), usable as a proof as is.
    Picture {
        path: String,
        name: String,
    },
    Pdf {
        path: String,
        name: String,
    },
    Video {
        path: String,
        name: String,
    },
    /// Bybit's own words (the order's steps, warnings).
    System(String),
    /// A kind this app does not know, with whatever text it has.
    Unknown(String),
}

/// The JSON inside `message`.
#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase")]
struct ChatInner {
    #[serde(default, deserialize_with = "text")]
    content: String,
    #[serde(default, deserialize_with = "text")]
    msg_type: String,
    #[serde(default, deserialize_with = "text")]
    file_name: String,
}

impl ChatMessage {
    /// When it was sent, in ms since the epoch.
    pub fn sent_ms(&self) -> Option<i64> {
        self.create_date.trim().parse().ok()
    }

    /// What it says. A `message` that is not JSON is taken as plain text.
    pub fn content(&self) -> ChatContent {
        let inner: ChatInner = serde_json::from_str(&self.message).unwrap_or_else(|_| ChatInner {
            content: self.message.clone(),
            ..ChatInner::default()
        });
        let system_sender = matches!(
            self.send_user_nick_name
                .trim()
                .to_ascii_lowercase()
                .as_str(),
            "bybit" | "system"
        );
        let file = |name: &str| {
            let name = if name.trim().is_empty() {
                inner.content.rsplit('/').next().unwrap_or_default()
            } else {
                name
            };
            name.split('?').next().unwrap_or_default().to_owned()
        };
        let path = inner.content.trim().to_owned();
        match (inner.msg_type.as_str(), self.content_type.as_str()) {
            ("0" | "5", _) => ChatContent::System(inner.content),
            (_, "str") | ("1", _) if system_sender => ChatContent::System(inner.content),
            (_, "str") | ("1", _) => ChatContent::Text(inner.content),
            (_, "pic") | ("2" | "6", _) => ChatContent::Picture {
                name: file(&inner.file_name),
                path,
            },
            (_, "pdf") | ("7", _) => ChatContent::Pdf {
                name: file(&inner.file_name),
                path,
            },
            (_, "video") | ("8", _) => ChatContent::Video {
                name: file(&inner.file_name),
                path,
            },
            _ => ChatContent::Unknown(inner.content),
        }
    }
}

/// `POST /v5/p2p/user/order/personal/info`: the counterparty's record, as far as Bybit says.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SellerRecord {
    #[serde(default, deserialize_with = "text")]
    pub nick_name: String,
    /// 30-day completion rate, in percent.
    #[serde(default, deserialize_with = "number")]
    pub recent_rate: Option<f64>,
    #[serde(default, deserialize_with = "number")]
    pub total_finish_count: Option<f64>,
    #[serde(default, deserialize_with = "number")]
    pub recent_finish_count: Option<f64>,
    #[serde(default, deserialize_with = "number")]
    pub account_create_days: Option<f64>,
    #[serde(default, deserialize_with = "number")]
    pub good_appraise_rate: Option<f64>,
    #[serde(default, deserialize_with = "number")]
    pub good_appraise_count: Option<f64>,
    #[serde(default, deserialize_with = "number")]
    pub bad_appraise_count: Option<f64>,
    #[serde(default, deserialize_with = "boolean")]
    pub is_online: bool,
    /// Milliseconds since the epoch, as a string.
    #[serde(default, deserialize_with = "text")]
    pub last_logout_time: String,
}

/// `POST /v5/p2p/order/pending/simplifyList`: one page.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct PendingPage {
    #[serde(default, deserialize_with = "integer")]
    pub count: i64,
    #[serde(default, deserialize_with = "list")]
    pub items: Vec<PendingOrder>,
}

/// A row of the pending list. It carries no cancel-request flag: read the detail for that.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PendingOrder {
    #[serde(deserialize_with = "text")]
    pub id: String,
    #[serde(default, deserialize_with = "integer")]
    pub side: i64,
    #[serde(default, deserialize_with = "integer")]
    pub status: i64,
}

/// `POST /v5/p2p/user/personal/info`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AccountInfo {
    #[serde(default, deserialize_with = "text")]
    pub nick_name: String,
    #[serde(default, deserialize_with = "text")]
    pub user_id: String,
    #[serde(default, deserialize_with = "text")]
    pub account_id: String,
}

/// `POST /v5/p2p/oss/upload_file`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct UploadedFile {
    /// A relative, signed path such as `/fiat/p2p/oss/showObj/otc/9001/NAME.png?e=...&token=...`.
    #[serde(deserialize_with = "text")]
    pub url: String,
    #[serde(default, rename = "type", deserialize_with = "text")]
    pub kind: String,
}

/// `GET /v5/user/query-api`: what this key may do.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ApiKeyInfo {
    /// 0: read and write, 1: read only.
    #[serde(default, deserialize_with = "integer")]
    pub read_only: i64,
    #[serde(default)]
    pub permissions: serde_json::Map<String, Value>,
    #[serde(default, deserialize_with = "list")]
    pub ips: Vec<String>,
    #[serde(default, deserialize_with = "text")]
    pub expired_at: String,
}

impl ApiKeyInfo {
    /// True when the key has the P2P order permission (`permissions.FiatP2P` holds `FiatP2POrder`).
    pub fn can_manage_p2p_orders(&self) -> bool {
        self.permissions
            .get("FiatP2P")
            .and_then(Value::as_array)
            .is_some_and(|list| list.iter().any(|p| p.as_str() == Some("FiatP2POrder")))
    }

    /// The IP addresses the key is bound to; empty when it works from anywhere.
    pub fn ip_restriction(&self) -> Vec<String> {
        self.ips
            .iter()
            .map(|ip| ip.trim().to_owned())
            .filter(|ip| !ip.is_empty() && ip != "*")
            .collect()
    }
}

/// A number, or a number written as text.
pub(super) fn as_i64(v: &Value) -> Option<i64> {
    match v {
        Value::Number(n) => n.as_i64(),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

/// A string, a number (kept digit for digit) or null (empty).
fn text<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    Ok(match Value::deserialize(d)? {
        Value::String(s) => s,
        Value::Number(n) => n.to_string(),
        Value::Bool(b) => b.to_string(),
        _ => String::new(),
    })
}

/// A number given as a number or a numeric string ("98.5", "98.5%"); anything else is none.
fn number<'de, D: Deserializer<'de>>(d: D) -> Result<Option<f64>, D::Error> {
    Ok(match Value::deserialize(d)? {
        Value::Number(n) => n.as_f64(),
        Value::String(s) => s.trim().trim_end_matches('%').trim().parse().ok(),
        _ => None,
    })
}

/// An integer given as a number or a numeric string; anything else is 0.
fn integer<'de, D: Deserializer<'de>>(d: D) -> Result<i64, D::Error> {
    Ok(as_i64(&Value::deserialize(d)?).unwrap_or_default())
}

/// `true`, `"true"` or 1.
fn boolean<'de, D: Deserializer<'de>>(d: D) -> Result<bool, D::Error> {
    Ok(match Value::deserialize(d)? {
        Value::Bool(b) => b,
        Value::String(s) => s.trim().eq_ignore_ascii_case("true") || s.trim() == "1",
        Value::Number(n) => n.as_i64() == Some(1),
        _ => false,
    })
}

/// A list whose malformed entries are skipped instead of failing the whole answer; null is empty.
fn list<'de, D: Deserializer<'de>, T: serde::de::DeserializeOwned>(
    d: D,
) -> Result<Vec<T>, D::Error> {
    Ok(match Value::deserialize(d)? {
        Value::Array(items) => items
            .into_iter()
            .filter_map(|item| serde_json::from_value(item).ok())
            .collect(),
        _ => Vec::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn chat(kind: &str, sender: &str, message: &str) -> ChatMessage {
        serde_json::from_value(json!({
            "id": "77", "createDate": "1764770000000", "contentType": kind,
            "sendUserNickName": sender, "message": message
        }))
        .unwrap()
    }

    #[test]
    fn chat_messages_read_as_bybit_sends_them_in_every_kind() {
        let text = chat(
            "str",
            "Обмен_Москва",
            r#"{"content":"Отмените, я верну","msgType":"1","msgCode":"0","fileName":""}"#,
        );
        assert_eq!(
            text.content(),
            ChatContent::Text("Отмените, я верну".into())
        );
        assert_eq!(text.sent_ms(), Some(1_764_770_000_000));
        let picture = chat(
            "pic",
            "Me",
            r#"{"content":"/fiat/p2p/oss/showObj/otc/9001/r.png?e=1&token=t","msgType":"2","fileName":"receipt.png"}"#,
        );
        assert_eq!(
            picture.content(),
            ChatContent::Picture {
                path: "/fiat/p2p/oss/showObj/otc/9001/r.png?e=1&token=t".into(),
                name: "receipt.png".into()
            }
        );
        let pdf = chat(
            "pdf",
            "Me",
            r#"{"content":"/fiat/p2p/oss/showObj/otc/9001/s.pdf","msgType":"7"}"#,
        );
        assert_eq!(
            pdf.content(),
            ChatContent::Pdf {
                path: "/fiat/p2p/oss/showObj/otc/9001/s.pdf".into(),
                name: "s.pdf".into()
            }
        );
        let video = chat(
            "video",
            "Me",
            r#"{"content":"/fiat/p2p/oss/showObj/v.mp4","msgType":"8","fileName":"screen.mp4"}"#,
        );
        assert!(matches!(video.content(), ChatContent::Video { name, .. } if name == "screen.mp4"));
        let system = chat(
            "str",
            "SYSTEM",
            r#"{"content":"The buyer marked the order paid","msgType":"1"}"#,
        );
        assert_eq!(
            system.content(),
            ChatContent::System("The buyer marked the order paid".into())
        );
        let system_type = chat(
            "str",
            "someone",
            r#"{"content":"Order created","msgType":"0"}"#,
        );
        assert!(matches!(system_type.content(), ChatContent::System(_)));
        let unknown = chat("sticker", "x", r#"{"content":"🙂","msgType":"42"}"#);
        assert_eq!(unknown.content(), ChatContent::Unknown("🙂".into()));
        let not_json = chat("str", "x", "plain words");
        assert_eq!(not_json.content(), ChatContent::Text("plain words".into()));
        // A page with a malformed entry keeps the rest.
        let page: ChatPage = serde_json::from_value(json!({"messages": [
            {"id": 1, "message": "{}"}, "not a message", {"id": "2"}
        ]}))
        .unwrap();
        assert_eq!(page.messages.len(), 2);
    }

    #[test]
    fn the_sellers_record_reads_numbers_given_as_text() {
        let record: SellerRecord = serde_json::from_value(json!({
            "nickName": "Обмен_Москва", "recentRate": "62.5", "totalFinishCount": 3,
            "recentFinishCount": "3", "accountCreateDays": 2, "goodAppraiseRate": "100%",
            "isOnline": "true", "lastLogoutTime": "1764770000000"
        }))
        .unwrap();
        assert_eq!(record.recent_rate, Some(62.5));
        assert_eq!(record.total_finish_count, Some(3.0));
        assert_eq!(record.good_appraise_rate, Some(100.0));
        assert_eq!(record.bad_appraise_count, None);
        assert!(record.is_online);
    }

    #[test]
    fn order_detail_keeps_19_digit_ids_exact_whatever_their_json_type() {
        for id in [json!("1900004704665923584"), json!(1900004704665923584u64)] {
            let d: OrderDetail =
                serde_json::from_value(json!({"id": id, "side": "0", "amount": 1520.5})).unwrap();
            assert_eq!(d.id, "1900004704665923584");
            assert_eq!(d.amount, "1520.5");
            assert_eq!(d.side, 0);
        }
    }

    #[test]
    fn order_detail_reads_the_cancel_request_fields() {
        let d: OrderDetail = serde_json::from_value(json!({
            "id": "1", "side": 0, "status": 20, "needBuyerExamineCancel": true,
            "sellerCancelExamineRemainTime": "1790", "createDate": "1741832094881",
            "paymentTermList": [
                {"paymentType": "14", "bankName": "Garanti", "paymentConfigVo": {"paymentName": "Bank Transfer"}},
                {"paymentType": "377"},
                "garbage"
            ]
        }))
        .unwrap();
        assert!(d.awaits_my_answer());
        assert_eq!(d.time_left_to_answer(), Some(Duration::from_secs(1790)));
        assert_eq!(d.status_words(), "waiting for the seller to release");
        assert_eq!(
            d.payment_methods(),
            ["Bank Transfer (Garanti)", "payment type 377"]
        );
        assert_eq!(d.created_ms(), Some(1741832094881));
    }

    #[test]
    fn a_sell_order_or_an_empty_countdown_does_not_count() {
        let d: OrderDetail = serde_json::from_value(json!({"id": "1", "side": 1, "needBuyerExamineCancel": "true", "sellerCancelExamineRemainTime": ""})).unwrap();
        assert!(!d.awaits_my_answer());
        assert_eq!(d.time_left_to_answer(), None);
    }

    #[test]
    fn key_info_reads_permissions_and_ips() {
        let info: ApiKeyInfo = serde_json::from_value(json!({
            "readOnly": 0, "permissions": {"FiatP2P": ["FiatP2POrder", "Advertising"]},
            "ips": ["*"], "expiredAt": "2026-12-01T00:00:00Z"
        }))
        .unwrap();
        assert!(info.can_manage_p2p_orders());
        assert!(info.ip_restriction().is_empty());
        let info: ApiKeyInfo = serde_json::from_value(
            json!({"readOnly": "1", "ips": ["1.2.3.4"], "permissions": {"FiatP2P": []}}),
        )
        .unwrap();
        assert!(!info.can_manage_p2p_orders());
        assert_eq!(info.read_only, 1);
        assert_eq!(info.ip_restriction(), ["1.2.3.4"]);
    }
}
