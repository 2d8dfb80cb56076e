//! The practice exchange's order chats and sellers' records, served the way Bybit serves them
//! (the older envelope; each message's `message` a string holding JSON, reference §8): one
//! seller two days old pushing "cancel first" towards Telegram, with the buyer's receipt
//! earlier in the chat; one seasoned seller with a calm chat; one order with no chat at all.

use serde_json::{Value, json};

use super::orders::PracticeOrder;
use super::upload::UploadPart;

/// Who says what in a practice chat.
enum Line {
    System(&'static str),
    Buyer(&'static str),
    Seller(&'static str),
    /// The buyer's receipt, a picture already on Bybit.
    Receipt,
}

/// The pushy seller's counterparty name (the standard book's RUB order).
const PUSHY: &str = "Обмен_Москва";
/// The seasoned seller with a calm chat (the EUR order).
const SEASONED: &str = "EuroSwift_Anna";
/// The seller whose order has no chat (the TRY order).
const SILENT: &str = "IstanbulTrader";

fn lines(counterparty: &str) -> &'static [Line] {
    match counterparty {
        PUSHY => &[
            Line::System("Order created. Pay within 15 minutes and mark the order as paid."),
            Line::Buyer("Оплатил, чек ниже."),
            Line::Receipt,
            Line::System("The buyer has marked the order as paid. Please check your account."),
            Line::Seller("Здравствуйте. Оплату не вижу, у банка системная ошибка."),
            Line::Seller(
                "Отмените ордер, я сразу верну деньги. Пишите мне в Telegram: t.me/obmen_msk_fast",
            ),
        ],
        SEASONED => &[
            Line::System("Order created. Pay within 15 minutes and mark the order as paid."),
            Line::Buyer("Hi, paid by SEPA Instant a minute ago."),
            Line::Seller("Thank you. The reference on the transfer is not the order number."),
            Line::Seller("I have asked to cancel; please refuse if the payment went through."),
        ],
        _ => &[],
    }
}

/// The session id of a counterparty's chat.
pub fn session_id(mask_id: &str) -> String {
    format!("practice-session-{mask_id}")
}

/// A counterparty's masked id and user id, made from its name (stable across runs).
pub fn counterparty_ids(name: &str) -> (String, String) {
    let digest = <sha2::Sha256 as sha2::Digest>::digest(name.as_bytes());
    let user: u64 = u64::from_be_bytes(digest[..8].try_into().unwrap_or_default()) % 1_000_000_000;
    (format!("s{}", hex::encode(&digest[..6])), user.to_string())
}

/// Where the buyer's receipt in `order`'s chat lives.
pub fn receipt_path(order: &PracticeOrder) -> String {
    format!("/fiat/p2p/oss/showObj/otc/9001/receipt-{}.png", order.id)
}

/// The receipts the chats show, as uploads the exchange holds (so a refusal may carry them,
/// and their pictures can be fetched).
pub fn receipts(orders: &[PracticeOrder]) -> Vec<(String, UploadPart)> {
    orders
        .iter()
        .filter(|o| o.counterparty == PUSHY)
        .map(|o| {
            (
                receipt_path(o),
                UploadPart {
                    file_name: "receipt.png".into(),
                    content_type: "image/png".into(),
                    bytes: receipt_png(),
                },
            )
        })
        .collect()
}

/// The messages of the session with `mask_id`, newest first, `limit` from before `last_id`
/// (0: the newest), as `listpage_v1` gives them.
pub fn page(orders: &[PracticeOrder], mask_id: &str, last_id: i64, limit: usize) -> Vec<Value> {
    let Some(order) = orders
        .iter()
        .find(|o| counterparty_ids(&o.counterparty).0 == mask_id)
    else {
        return Vec::new();
    };
    let all: Vec<Value> = lines(&order.counterparty)
        .iter()
        .enumerate()
        .map(|(i, line)| message(order, i, line))
        .collect();
    let mut newest_first: Vec<Value> = all
        .into_iter()
        .rev()
        .filter(|m| {
            last_id == 0 || m["id"].as_str().and_then(|id| id.parse::<i64>().ok()) < Some(last_id)
        })
        .collect();
    newest_first.truncate(limit);
    newest_first
}

fn message(order: &PracticeOrder, index: usize, line: &Line) -> Value {
    let id = 900_000 + index as i64 * 7;
    let at = order.created_ms + 60_000 * (index as i64 + 1);
    let (kind, sender, inner) = match line {
        Line::System(text) => (
            "str",
            "SYSTEM",
            json!({"content": text, "msgType": "0", "msgCode": "0", "fileName": ""}),
        ),
        Line::Buyer(text) => (
            "str",
            super::PRACTICE_NICKNAME,
            json!({"content": text, "msgType": "1", "msgCode": "0", "fileName": ""}),
        ),
        Line::Seller(text) => (
            "str",
            order.counterparty.as_str(),
            json!({"content": text, "msgType": "1", "msgCode": "0", "fileName": ""}),
        ),
        Line::Receipt => (
            "pic",
            super::PRACTICE_NICKNAME,
            json!({"content": receipt_path(order), "msgType": "2", "msgCode": "0", "fileName": "receipt.png"}),
        ),
    };
    json!({
        "id": id.to_string(),
        "createDate": at.to_string(),
        "contentType": kind,
        "sendUserNickName": sender,
        "orderId": order.id,
        "message": inner.to_string(),
    })
}

/// The record of the counterparty with `user_id`.
pub fn record(orders: &[PracticeOrder], user_id: &str) -> Option<Value> {
    let order = orders
        .iter()
        .find(|o| counterparty_ids(&o.counterparty).1 == user_id)?;
    Some(if order.counterparty == PUSHY {
        json!({
            "nickName": order.counterparty, "recentRate": "0", "totalFinishCount": 0,
            "recentFinishCount": 0, "accountCreateDays": 2, "firstTradeDays": 0,
            "goodAppraiseRate": "0", "goodAppraiseCount": 0, "badAppraiseCount": 0,
            "averageReleaseTime": "0", "isOnline": true, "lastLogoutTime": "", "kycLevel": "1",
            "blocked": false
        })
    } else {
        json!({
            "nickName": order.counterparty, "recentRate": "98.6", "totalFinishCount": 2873,
            "recentFinishCount": 212, "accountCreateDays": 1460, "firstTradeDays": 1402,
            "goodAppraiseRate": "99.2", "goodAppraiseCount": 1730, "badAppraiseCount": 14,
            "averageReleaseTime": "3.1", "isOnline": order.counterparty != SILENT,
            "lastLogoutTime": (order.created_ms - 3_600_000).to_string(), "kycLevel": "2",
            "blocked": false
        })
    })
}

/// A small picture of a bank receipt: a white slip with grey lines and a green stamp.
fn receipt_png() -> Vec<u8> {
    let image = image::RgbImage::from_fn(160, 220, |x, y| {
        let line = y > 30 && y % 22 < 3 && (16..144).contains(&x);
        let stamp = (x as i32 - 110).pow(2) + (y as i32 - 180).pow(2) < 400;
        if stamp {
            image::Rgb([40, 160, 90])
        } else if line {
            image::Rgb([170, 170, 170])
        } else if y < 24 {
            image::Rgb([250, 200, 40])
        } else {
            image::Rgb([252, 252, 250])
        }
    });
    let mut png = std::io::Cursor::new(Vec::new());
    match image.write_to(&mut png, image::ImageFormat::Png) {
        Ok(()) => png.into_inner(),
        Err(_) => Vec::new(),
    }
}
