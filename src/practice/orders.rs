//! The practice exchange's orders: a handful of realistic buy orders in several currencies,
//! most of them with a seller's cancel request awaiting the buyer's answer.

use serde_json::{Value, json};

use crate::review::{Decision, RejectReason};

/// One order as the practice exchange holds it.
#[derive(Clone, Debug)]
pub struct PracticeOrder {
    pub id: String,
    /// 0: the practice merchant buys; 1: sells.
    pub side: i64,
    pub token: &'static str,
    pub currency: &'static str,
    pub amount: String,
    pub price: String,
    pub quantity: String,
    pub status: i64,
    pub counterparty: String,
    pub created_ms: i64,
    pub payment: (&'static str, &'static str),
    /// The seller's cancel request, while one is open.
    pub cancel_request: Option<CancelRequest>,
    /// The buyer's answer, once given.
    pub answer: Option<ReceivedAnswer>,
}

/// A seller's request to cancel, awaiting the buyer.
#[derive(Clone, Debug)]
pub struct CancelRequest {
    pub reason: &'static str,
    /// When the buyer's time to answer runs out, in the exchange's ms.
    pub deadline_ms: i64,
}

/// What the buyer answered, kept so tests can check what arrived.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReceivedAnswer {
    pub decision: Decision,
    pub reason: Option<RejectReason>,
    pub proofs: Vec<String>,
    pub remark: Option<String>,
}

impl PracticeOrder {
    /// True while the seller's request awaits this buyer's answer at `now_ms`.
    pub fn awaits_answer(&self, now_ms: i64) -> bool {
        self.side == 0
            && self
                .cancel_request
                .as_ref()
                .is_some_and(|c| c.deadline_ms > now_ms)
    }

    /// The `order/info` answer.
    pub fn detail_json(&self, now_ms: i64) -> Value {
        let awaiting = self.awaits_answer(now_ms);
        let remain = match (&self.cancel_request, awaiting) {
            // Seconds, the unit the client assumes (see `model::REMAIN_TIME_UNIT`).
            (Some(c), true) => ((c.deadline_ms - now_ms) / 1000).to_string(),
            _ => String::new(),
        };
        json!({
            "id": self.id,
            "side": self.side,
            "itemId": format!("17{}", &self.id[2..]),
            "userId": super::PRACTICE_USER_ID,
            "nickName": super::PRACTICE_NICKNAME,
            "targetNickName": self.counterparty,
            "targetUserId": super::chat::counterparty_ids(&self.counterparty).1,
            "targetUserMaskId": super::chat::counterparty_ids(&self.counterparty).0,
            "tokenId": self.token,
            "tokenName": self.token,
            "currencyId": self.currency,
            "amount": self.amount,
            "price": self.price,
            "quantity": self.quantity,
            "notifyTokenQuantity": self.quantity,
            "status": self.status,
            "orderType": "ORIGIN",
            "createDate": self.created_ms.to_string(),
            "cancelReason": self.cancel_request.as_ref().map(|c| c.reason).unwrap_or(""),
            "needBuyerExamineCancel": awaiting,
            "sellerCancelExamineRemainTime": remain,
            "paymentTermList": [{
                "paymentType": "14",
                "bankName": self.payment.1,
                "paymentConfigVo": { "paymentType": "14", "paymentName": self.payment.0 }
            }],
        })
    }

    /// A row of `pending/simplifyList`: no cancel-request flag, as on Bybit.
    pub fn summary_json(&self) -> Value {
        json!({
            "id": self.id,
            "side": self.side,
            "tokenId": self.token,
            "orderType": "ORIGIN",
            "amount": self.amount,
            "currencyId": self.currency,
            "price": self.price,
            "quantity": self.quantity,
            "status": self.status,
            "targetNickName": self.counterparty,
            "createDate": self.created_ms.to_string(),
        })
    }
}

/// Cancel reasons a seller gives, in the words they would use.
const SELLER_REASONS: [&str; 4] = [
    "I have not received the payment",
    "The buyer asked me to cancel",
    "Payment details were wrong",
    "I no longer want to sell at this price",
];

struct Template {
    token: &'static str,
    currency: &'static str,
    amount: &'static str,
    price: &'static str,
    quantity: &'static str,
    counterparty: &'static str,
    payment: (&'static str, &'static str),
}

const TEMPLATES: [Template; 7] = [
    Template {
        token: "USDT",
        currency: "TRY",
        amount: "15350.00",
        price: "38.50",
        quantity: "398.70",
        counterparty: "IstanbulTrader",
        payment: ("Bank Transfer", "Ziraat Bankası"),
    },
    Template {
        token: "USDT",
        currency: "EUR",
        amount: "250.00",
        price: "0.93",
        quantity: "268.81",
        counterparty: "EuroSwift_Anna",
        payment: ("SEPA Instant", ""),
    },
    Template {
        token: "USDT",
        currency: "RUB",
        amount: "50000.00",
        price: "92.40",
        quantity: "541.12",
        counterparty: "Обмен_Москва",
        payment: ("Bank Transfer", "T-Bank"),
    },
    Template {
        token: "BTC",
        currency: "USD",
        amount: "1000.00",
        price: "97350.00",
        quantity: "0.010272",
        counterparty: "Satoshi_Desk",
        payment: ("Wise", ""),
    },
    Template {
        token: "USDT",
        currency: "NGN",
        amount: "800000.00",
        price: "1650.00",
        quantity: "484.84",
        counterparty: "LagosFX",
        payment: ("Bank Transfer", "GTBank"),
    },
    Template {
        token: "USDT",
        currency: "INR",
        amount: "25000.00",
        price: "88.60",
        quantity: "282.16",
        counterparty: "MumbaiP2P",
        payment: ("UPI", ""),
    },
    Template {
        token: "USDC",
        currency: "CNY",
        amount: "3600.00",
        price: "7.21",
        quantity: "499.30",
        counterparty: "深圳小王",
        payment: ("Alipay", ""),
    },
];

/// The standard practice book: five orders awaiting an answer, one buy order without a cancel
/// request, and one sell order (the practice merchant is its seller, so nothing to answer).
pub fn standard_book(now_ms: i64) -> Vec<PracticeOrder> {
    let minutes = [25, 12, 4, 28, 18];
    let mut orders: Vec<PracticeOrder> = (0..5)
        .map(|i| {
            order(
                i,
                now_ms - (40 + 7 * i as i64) * 60_000,
                Some(now_ms + minutes[i] * 60_000),
            )
        })
        .collect();
    orders.push(order(5, now_ms - 15 * 60_000, None));
    let mut sell = order(6, now_ms - 9 * 60_000, None);
    sell.side = 1;
    sell.status = 10;
    orders.push(sell);
    orders
}

/// `count` buy orders, all awaiting an answer (for scans at scale).
pub fn awaiting_book(numbers: std::ops::Range<usize>, now_ms: i64) -> Vec<PracticeOrder> {
    numbers
        .map(|i| {
            order(
                i,
                now_ms - (i as i64 + 1) * 60_000,
                Some(now_ms + 30 * 60_000),
            )
        })
        .collect()
}

/// A busy merchant's day: `paid` buy orders marked paid (status 20) with no cancel request yet,
/// and `unpaid` awaiting the merchant's payment (status 10). What the watch must sift: a seller
/// may ask to cancel only a paid one.
pub fn busy_book(paid: usize, unpaid: usize, now_ms: i64) -> Vec<PracticeOrder> {
    (0..paid + unpaid)
        .map(|i| {
            let mut o = order(2000 + i, now_ms - (i as i64 % 50 + 1) * 60_000, None);
            if i >= paid {
                o.status = 10;
            }
            o
        })
        .collect()
}

/// A new order whose seller has just asked to cancel (the practice exchange produces these
/// now and then, so a merchant can see the app notice one).
pub fn fresh_request(index: usize, now_ms: i64) -> PracticeOrder {
    let mut fresh = order(index, now_ms - 20 * 60_000, Some(now_ms + 30 * 60_000));
    // Numbered by the moment it arrives, as Bybit's ids are unique: two practice exchanges
    // (two practice accounts) never show the same new order.
    fresh.id = format!(
        "19{:017}",
        (now_ms as u64 * 100 + index as u64 % 100) % 10u64.pow(17)
    );
    fresh
}

/// The second practice book: other orders and sellers, due at other times.
pub fn second_book(now_ms: i64) -> Vec<PracticeOrder> {
    let minutes = [8, 15, 21, 26, 29];
    (0..5)
        .map(|i| {
            order(
                1000 + i,
                now_ms - (30 + 5 * i as i64) * 60_000,
                Some(now_ms + minutes[i] * 60_000),
            )
        })
        .collect()
}

fn order(index: usize, created_ms: i64, deadline_ms: Option<i64>) -> PracticeOrder {
    let t = &TEMPLATES[index % TEMPLATES.len()];
    PracticeOrder {
        id: format!("19{:017}", 2_384_756_120_934_400u64 + index as u64 * 7_919),
        side: 0,
        token: t.token,
        currency: t.currency,
        amount: t.amount.to_owned(),
        price: t.price.to_owned(),
        quantity: t.quantity.to_owned(),
        status: 20,
        counterparty: if index < TEMPLATES.len() {
            t.counterparty.to_owned()
        } else {
            format!("{}_{}", t.counterparty, index)
        },
        created_ms,
        payment: t.payment,
        cancel_request: deadline_ms.map(|deadline_ms| CancelRequest {
            reason: SELLER_REASONS[index % SELLER_REASONS.len()],
            deadline_ms,
        }),
        answer: None,
    }
}
