//! What the merchant sees around a decision, judged: the seller's record, the seller's words
//! (the cancel reason and the chat) and our own history with this seller give warnings. A
//! warning is a value with its kind and its evidence; the window and the `order` command word
//! it, calmly, in the merchant's language.

pub mod phrases;

use serde::Serialize;

use crate::bybit::model::{ChatContent, ChatMessage, OrderDetail, SellerRecord};
use crate::bybit::{BybitError, Client};
pub use phrases::Sign;

/// A seller account younger than this many days is worth a word.
pub const YOUNG_ACCOUNT_DAYS: f64 = 30.0;
/// Fewer finished orders than this, the same.
pub const FEW_ORDERS: f64 = 10.0;
/// A 30-day completion rate under this (in percent), the same.
pub const LOW_COMPLETION_PERCENT: f64 = 80.0;

/// One thing to be careful about.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum Warning {
    /// The seller's account is `days` old.
    YoungAccount { days: u32 },
    /// The seller finished `finished` orders in all.
    FewOrders { finished: u32 },
    /// The seller completed `percent` of orders in the last 30 days.
    LowCompletion { percent: f64 },
    /// The seller's words show `sign`: `evidence` is the piece that shows it, as written.
    Words { sign: Sign, evidence: String },
}

/// The warnings for `order`, from the seller's record (if read) and the seller's words in its
/// cancel reason and in `chat` (the seller's own messages only).
pub fn warnings(
    order: &OrderDetail,
    record: Option<&SellerRecord>,
    chat: &[ChatMessage],
) -> Vec<Warning> {
    let mut found = Vec::new();
    if let Some(record) = record {
        if let Some(days) = record
            .account_create_days
            .filter(|d| *d < YOUNG_ACCOUNT_DAYS)
        {
            found.push(Warning::YoungAccount { days: days as u32 });
        }
        if let Some(finished) = record.total_finish_count.filter(|n| *n < FEW_ORDERS) {
            found.push(Warning::FewOrders {
                finished: finished as u32,
            });
        }
        // A rate over no orders at all says nothing.
        let rated = record.recent_finish_count.is_some_and(|n| n > 0.0);
        if let Some(percent) = record
            .recent_rate
            .filter(|p| rated && *p < LOW_COMPLETION_PERCENT)
        {
            found.push(Warning::LowCompletion { percent });
        }
    }
    let seller = order.target_nick_name.trim();
    let said: Vec<String> = std::iter::once(order.cancel_reason.clone())
        .chain(
            chat.iter()
                .filter(|m| !seller.is_empty() && m.send_user_nick_name.trim() == seller)
                .filter_map(|m| match m.content() {
                    ChatContent::Text(text) => Some(text),
                    _ => None,
                }),
        )
        .collect();
    for sign in [Sign::CancelFirst, Sign::SystemError, Sign::OffPlatform] {
        if let Some(evidence) = said.iter().find_map(|text| phrases::find(sign, text)) {
            found.push(Warning::Words { sign, evidence });
        }
    }
    found
}

/// What Bybit says around an order: its chat (oldest first) and its seller's record.
#[derive(Debug)]
pub struct Around {
    pub chat: Result<Vec<ChatMessage>, BybitError>,
    /// Bybit may hold messages older than these.
    pub more_chat: bool,
    pub record: Result<SellerRecord, BybitError>,
}

/// Reads the chat's newest page and the seller's record, side by side. An order without a
/// counterparty's masked id has no chat to read.
pub async fn read_around(client: &Client, order: &OrderDetail) -> Around {
    let chat = async {
        if order.target_user_mask_id.trim().is_empty() {
            return Ok(Vec::new());
        }
        let session = client.chat_session(&order.target_user_mask_id).await?;
        client.chat_messages(&session, 0).await
    };
    let (chat, record) = tokio::join!(
        chat,
        client.counterparty_record(&order.target_user_id, &order.id)
    );
    let more_chat = chat
        .as_ref()
        .is_ok_and(|page| page.len() as u32 >= crate::bybit::client::CHAT_PAGE_SIZE);
    Around {
        chat: chat.map(|mut page| {
            page.reverse();
            page
        }),
        more_chat,
        record,
    }
}

/// This seller's earlier cancel requests to this merchant, from our own history.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SellerHistory {
    /// Earlier orders of this seller the merchant answered a request on.
    pub requests: u32,
    pub accepted: u32,
    pub refused: u32,
}

/// Wording, shared by the window and the command line.
impl Warning {
    pub fn words(&self) -> String {
        match self {
            Warning::YoungAccount { days } => crate::fl!("warning-young-account", days = (*days)),
            Warning::FewOrders { finished } => {
                crate::fl!("warning-few-orders", count = (*finished))
            }
            Warning::LowCompletion { percent } => crate::fl!(
                "warning-low-completion",
                percent = (crate::format::amount(&format!("{percent:.0}")))
            ),
            Warning::Words { sign, evidence } => {
                let words = evidence.as_str();
                match sign {
                    Sign::CancelFirst => crate::fl!("warning-cancel-first", words = words),
                    Sign::SystemError => crate::fl!("warning-system-error", words = words),
                    Sign::OffPlatform => crate::fl!("warning-off-platform", words = words),
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn order(reason: &str) -> OrderDetail {
        serde_json::from_value(json!({
            "id": "1", "side": 0, "status": 20, "targetNickName": "Seller",
            "cancelReason": reason, "needBuyerExamineCancel": true
        }))
        .unwrap()
    }

    fn said(sender: &str, text: &str) -> ChatMessage {
        serde_json::from_value(json!({
            "id": "5", "contentType": "str", "sendUserNickName": sender,
            "message": json!({"content": text, "msgType": "1"}).to_string()
        }))
        .unwrap()
    }

    fn record(days: f64, total: f64, recent: f64, rate: f64) -> SellerRecord {
        serde_json::from_value(json!({
            "accountCreateDays": days, "totalFinishCount": total,
            "recentFinishCount": recent, "recentRate": rate
        }))
        .unwrap()
    }

    #[test]
    fn each_record_rule_warns_below_its_bound_and_not_at_it() {
        let o = order("");
        assert_eq!(
            warnings(&o, Some(&record(29.0, 9.0, 5.0, 79.0)), &[]),
            [
                Warning::YoungAccount { days: 29 },
                Warning::FewOrders { finished: 9 },
                Warning::LowCompletion { percent: 79.0 },
            ]
        );
        assert!(warnings(&o, Some(&record(30.0, 10.0, 5.0, 80.0)), &[]).is_empty());
        assert!(
            warnings(&o, Some(&record(400.0, 500.0, 0.0, 0.0)), &[]).is_empty(),
            "no order in 30 days: no rate to judge"
        );
        assert!(
            warnings(&o, None, &[]).is_empty(),
            "no record, no record warning"
        );
    }

    #[test]
    fn the_sellers_words_warn_from_the_reason_or_the_chat_but_not_the_buyers_words() {
        let pushy = order("System error, please cancel first and I will refund you");
        let found = warnings(&pushy, None, &[]);
        assert!(found.iter().any(|w| matches!(
            w,
            Warning::Words {
                sign: Sign::CancelFirst,
                ..
            }
        )));
        assert!(found.iter().any(|w| matches!(
            w,
            Warning::Words {
                sign: Sign::SystemError,
                ..
            }
        )));

        let calm = order("Payment details were wrong");
        assert!(warnings(&calm, None, &[]).is_empty());
        let chat = [
            said("Me", "write me on telegram t.me/me"),
            said(
                "Seller",
                "Отмените ордер, я верну деньги. Пишите в Telegram",
            ),
        ];
        let found = warnings(&calm, None, &chat);
        assert_eq!(found.len(), 2, "{found:?}");
        let Warning::Words { evidence, .. } = &found[0] else {
            panic!()
        };
        assert!(
            chat[1].message.contains(evidence.trim_matches('…')),
            "{evidence}"
        );
        assert!(
            warnings(&calm, None, &chat[..1]).is_empty(),
            "the merchant's own words are no warning"
        );
    }
}
