//! `orders` and `order ID`: what awaits an answer, and one order in full.

use serde_json::{Value, json};

use super::{OrderArgs, OrdersArgs, Refusal, connect_with_runtime, exit};
use crate::bybit::BybitError;
use crate::bybit::model::{ChatContent, ChatMessage, OrderDetail};

pub fn list(args: OrdersArgs) -> u8 {
    let json = args.common.json;
    let (connection, runtime) = match connect_with_runtime(&args.common) {
        Ok(pair) => pair,
        Err(refusal) => return refusal.print(json),
    };
    let environment = connection.client.target().label();
    match runtime.block_on(crate::orders::awaiting_my_answer(&connection.client)) {
        Ok(scan) => {
            let orders = &scan.awaiting;
            if json {
                println!("{}", Value::Array(orders.iter().map(order_json).collect()));
            } else {
                print!("{}", orders_text(orders, &environment));
            }
            if scan.unread.is_empty() {
                return exit::ACCEPTED;
            }
            // The list shows; what is missing from it is said, and the exit says the list may
            // be incomplete.
            eprintln!(
                "{}",
                crate::fl!("cli-orders-unread", count = (scan.unread.len()))
            );
            for missed in &scan.unread {
                eprintln!(
                    "  {}",
                    crate::fl!(
                        "orders-unread-order",
                        order = (missed.order_id.as_str()),
                        error = (missed.error.to_string())
                    )
                );
            }
            exit::UNKNOWN
        }
        Err(e) => {
            let code = if matches!(e, crate::bybit::BybitError::Api { .. }) {
                exit::REFUSED
            } else {
                exit::UNKNOWN
            };
            if json {
                println!(
                    "{}",
                    json!({ "ok": false, "code": e.code(), "message": e.to_string() })
                );
            } else {
                eprintln!(
                    "{}",
                    crate::fl!("cli-orders-unreadable", error = (e.to_string()))
                );
            }
            code
        }
    }
}

/// One order awaiting an answer, for `orders --json`.
pub fn order_json(order: &OrderDetail) -> Value {
    json!({
        "orderId": order.id,
        "amount": order.amount,
        "currency": order.currency_id,
        "token": order.token_id,
        "quantity": order.quantity,
        "price": order.price,
        "counterparty": order.target_nick_name,
        "createdAt": order.created_ms(),
        "timeLeftSeconds": order.time_left_to_answer().map(|d| d.as_secs()),
        "status": order.status,
        "statusText": order.status_words(),
        "sellerCancelReason": order.cancel_reason,
        "paymentMethods": order.payment_methods(),
    })
}

fn orders_text(orders: &[OrderDetail], environment: &str) -> String {
    if orders.is_empty() {
        return format!(
            "{}\n",
            crate::fl!("cli-orders-none", environment = environment)
        );
    }
    let mut out = format!(
        "{}\n",
        crate::fl!(
            "cli-orders-heading",
            count = (orders.len()),
            environment = environment
        )
    );
    for o in orders {
        let left = o
            .time_left_to_answer()
            .map(crate::format::time_left)
            .unwrap_or_else(|| crate::fl!("cli-unknown"));
        let created = o
            .created_ms()
            .map(crate::format::local_time)
            .unwrap_or_else(|| crate::fl!("cli-unknown-time"));
        out.push_str("  ");
        out.push_str(&crate::fl!(
            "cli-orders-line",
            order = (o.id.as_str()),
            amount = (crate::format::amount(&o.amount)),
            currency = (o.currency_id.as_str()),
            quantity = (crate::format::amount(&o.quantity)),
            token = (o.token_id.as_str()),
            seller = (o.target_nick_name.as_str()),
            created = created,
            left = left
        ));
        out.push('\n');
    }
    out
}

pub fn show(args: OrderArgs) -> u8 {
    let json = args.common.json;
    let id = match crate::review::check_order_id(&args.id) {
        Ok(id) => id,
        Err(problem) => return Refusal::invalid(problem).print(json),
    };
    let (connection, runtime) = match connect_with_runtime(&args.common) {
        Ok(pair) => pair,
        Err(refusal) => return refusal.print(json),
    };
    let read = runtime.block_on(async {
        let order = connection.client.order_detail(&id).await?;
        let around = crate::decision::read_around(&connection.client, &order).await;
        Ok::<_, BybitError>((order, around))
    });
    match read {
        Ok((order, around)) if json => {
            let warnings = crate::decision::warnings(
                &order,
                around.record.as_ref().ok(),
                around.chat.as_deref().unwrap_or_default(),
            );
            let mut value = order_json(&order);
            value["awaitsMyAnswer"] = json!(order.awaits_my_answer());
            value["warnings"] = json!(
                warnings
                    .iter()
                    .map(|w| {
                        let mut v = json!(w);
                        v["text"] = json!(w.words());
                        v
                    })
                    .collect::<Vec<_>>()
            );
            match &around.record {
                Ok(record) => value["sellerRecord"] = json!(record),
                Err(e) => value["sellerRecordError"] = json!(e.to_string()),
            }
            match &around.chat {
                Ok(chat) => value["chat"] = Value::Array(chat.iter().map(chat_json).collect()),
                Err(e) => value["chatError"] = json!(e.to_string()),
            }
            println!("{value}");
            exit::ACCEPTED
        }
        Ok((order, around)) => {
            print!(
                "{}",
                order_text(&order, &connection.client.target().label())
            );
            print!("{}", around_text(&order, &around));
            exit::ACCEPTED
        }
        Err(e) => {
            if json {
                println!(
                    "{}",
                    json!({ "ok": false, "code": e.code(), "message": e.to_string() })
                );
            } else {
                eprintln!(
                    "{}",
                    crate::fl!(
                        "cli-order-unreadable",
                        order = (id.as_str()),
                        error = (e.to_string())
                    )
                );
            }
            failure_status(&e)
        }
    }
}

/// Messages of the chat shown by `order`: the last ten.
const CHAT_SHOWN: usize = 10;

/// A chat message for `order --json`: files with the path to give `--proof`.
fn chat_json(message: &ChatMessage) -> Value {
    let mut value = json!({
        "id": message.id,
        "at": message.sent_ms(),
        "from": message.send_user_nick_name,
    });
    let (kind, text, file) = match message.content() {
        ChatContent::Text(t) => ("text", Some(t), None),
        ChatContent::System(t) => ("system", Some(t), None),
        ChatContent::Unknown(t) => ("unknown", Some(t), None),
        ChatContent::Picture { path, name } => ("picture", None, Some((path, name))),
        ChatContent::Pdf { path, name } => ("pdf", None, Some((path, name))),
        ChatContent::Video { path, name } => ("video", None, Some((path, name))),
    };
    value["kind"] = json!(kind);
    if let Some(text) = text {
        value["text"] = json!(text);
    }
    if let Some((path, name)) = file {
        value["fileName"] = json!(name);
        value["proof"] = json!(path);
    }
    value
}

/// The warnings, the seller's record and the chat's last messages, after the order's facts.
fn around_text(order: &OrderDetail, around: &crate::decision::Around) -> String {
    let mut out = String::new();
    let warnings = crate::decision::warnings(
        order,
        around.record.as_ref().ok(),
        around.chat.as_deref().unwrap_or_default(),
    );
    if !warnings.is_empty() {
        out.push_str(&format!("\n{}\n", crate::fl!("cli-order-warnings")));
        for warning in &warnings {
            out.push_str(&format!("  {}\n", warning.words()));
        }
    }
    out.push_str(&format!("\n{}\n", crate::fl!("cli-order-record")));
    match &around.record {
        Ok(r) => {
            let not_said = crate::fl!("record-not-said");
            let whole = |n: Option<f64>| n.map_or_else(|| not_said.clone(), |n| format!("{n:.0}"));
            let decimal = |n: Option<f64>| {
                n.map_or_else(
                    || not_said.clone(),
                    |n| crate::format::amount(&format!("{n:.1}")),
                )
            };
            let days = r.account_create_days.map_or_else(
                || not_said.clone(),
                |d| crate::fl!("record-days", days = (d as u64)),
            );
            for (name, value) in [
                (crate::fl!("record-account-age"), days),
                (
                    crate::fl!("record-finished"),
                    crate::fl!(
                        "record-finished-value",
                        total = (whole(r.total_finish_count)),
                        recent = (whole(r.recent_finish_count))
                    ),
                ),
                (
                    crate::fl!("record-completion"),
                    crate::fl!("record-percent", percent = (decimal(r.recent_rate))),
                ),
                (
                    crate::fl!("record-ratings"),
                    crate::fl!(
                        "record-ratings-value",
                        percent = (decimal(r.good_appraise_rate)),
                        good = (whole(r.good_appraise_count)),
                        bad = (whole(r.bad_appraise_count))
                    ),
                ),
            ] {
                out.push_str(&format!("  {name}: {value}\n"));
            }
        }
        Err(e) => out.push_str(&format!(
            "  {}\n",
            crate::fl!("record-unreadable", error = (e.to_string()))
        )),
    }
    out.push_str(&format!("\n{}\n", crate::fl!("cli-order-chat")));
    match &around.chat {
        Ok(chat) if chat.is_empty() => {
            out.push_str(&format!("  {}\n", crate::fl!("chat-empty")));
        }
        Ok(chat) => {
            for message in chat.iter().skip(chat.len().saturating_sub(CHAT_SHOWN)) {
                let when = message
                    .sent_ms()
                    .map(crate::format::local_time)
                    .unwrap_or_default();
                let said = match message.content() {
                    ChatContent::Text(t) | ChatContent::System(t) => t,
                    ChatContent::Unknown(_) => crate::fl!("chat-unknown"),
                    ChatContent::Picture { path, name } => crate::fl!(
                        "cli-order-chat-file",
                        kind = (crate::fl!("chat-picture", name = (name.as_str()))),
                        path = (path.as_str())
                    ),
                    ChatContent::Pdf { path, name } => crate::fl!(
                        "cli-order-chat-file",
                        kind = (crate::fl!("chat-pdf", name = (name.as_str()))),
                        path = (path.as_str())
                    ),
                    ChatContent::Video { path, name } => crate::fl!(
                        "cli-order-chat-file",
                        kind = (crate::fl!("chat-video", name = (name.as_str()))),
                        path = (path.as_str())
                    ),
                };
                out.push_str(&format!(
                    "  {when}  {}: {said}\n",
                    message.send_user_nick_name
                ));
            }
        }
        Err(e) => out.push_str(&format!(
            "  {}\n",
            crate::fl!("chat-unreadable", error = (e.to_string()))
        )),
    }
    out
}

/// 1 when the exchange refused, 3 for the network.
fn failure_status(e: &BybitError) -> u8 {
    if matches!(e, BybitError::Api { .. } | BybitError::HttpStatus { .. }) {
        exit::REFUSED
    } else {
        exit::UNKNOWN
    }
}

/// One order, a fact per line.
pub fn order_text(o: &OrderDetail, environment: &str) -> String {
    let mut lines = vec![crate::fl!(
        "cli-order-heading",
        order = (o.id.as_str()),
        environment = environment
    )];
    let quantity = crate::format::amount(&o.quantity);
    let amount = crate::format::amount(&o.amount);
    let price = crate::format::amount(&o.price);
    let (token, currency) = (o.token_id.as_str(), o.currency_id.as_str());
    let name = o.target_nick_name.as_str();
    if o.side == 0 {
        lines.push(crate::fl!(
            "cli-order-you-buy",
            quantity = (quantity.as_str()),
            token = token,
            amount = (amount.as_str()),
            currency = currency,
            price = (price.as_str())
        ));
        lines.push(crate::fl!("cli-order-seller", name = name));
    } else {
        lines.push(crate::fl!(
            "cli-order-you-sell",
            quantity = (quantity.as_str()),
            token = token,
            amount = (amount.as_str()),
            currency = currency,
            price = (price.as_str())
        ));
        lines.push(crate::fl!("cli-order-buyer", name = name));
    }
    lines.push(crate::fl!("cli-order-status", status = (o.status_words())));
    if let Some(created) = o.created_ms() {
        lines.push(crate::fl!(
            "cli-order-created",
            time = (crate::format::local_time(created))
        ));
    }
    let payment = o.payment_methods();
    if !payment.is_empty() {
        lines.push(crate::fl!(
            "cli-order-payment",
            methods = (payment.join(", "))
        ));
    }
    if o.awaits_my_answer() {
        let left = o
            .time_left_to_answer()
            .map(crate::format::time_left)
            .unwrap_or_else(|| crate::fl!("cli-unknown-time"));
        let reason = o.cancel_reason.trim();
        lines.push(if reason.is_empty() {
            crate::fl!("cli-order-cancel-request-no-reason", left = left)
        } else {
            crate::fl!("cli-order-cancel-request", reason = reason, left = left)
        });
    } else {
        lines.push(crate::fl!("cli-order-no-cancel-request"));
    }
    // The heading, then each fact indented.
    let mut out = String::new();
    for (i, line) in lines.iter().enumerate() {
        if i > 0 {
            out.push_str("  ");
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}
