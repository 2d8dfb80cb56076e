//! `orders` and `order ID`: what awaits an answer, and one order in full.

use serde_json::{Value, json};

use super::{OrderArgs, OrdersArgs, Refusal, connect_with_runtime, exit};
use crate::bybit::BybitError;
use crate::bybit::model::OrderDetail;

pub fn list(args: OrdersArgs) -> u8 {
    let json = args.common.json;
    let (connection, runtime) = match connect_with_runtime(&args.common) {
        Ok(pair) => pair,
        Err(refusal) => return refusal.print(json),
    };
    let environment = connection.client.target().name.clone();
    match runtime.block_on(crate::orders::awaiting_my_answer(&connection.client)) {
        Ok(orders) if json => {
            println!("{}", Value::Array(orders.iter().map(order_json).collect()));
            exit::ACCEPTED
        }
        Ok(orders) => {
            print!("{}", orders_text(&orders, &environment));
            exit::ACCEPTED
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
                eprintln!("Could not read your orders. {e}");
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
        return format!("Nothing awaits your answer ({environment}).\n");
    }
    let mut out = format!(
        "{} order{} await{} your answer ({environment}), most urgent first:\n",
        orders.len(),
        if orders.len() == 1 { "" } else { "s" },
        if orders.len() == 1 { "s" } else { "" }
    );
    for o in orders {
        let left = o
            .time_left_to_answer()
            .map(crate::format::time_left)
            .unwrap_or_else(|| "unknown".into());
        let created = o
            .created_ms()
            .map(crate::format::local_time)
            .unwrap_or_else(|| "unknown time".into());
        out.push_str(&format!(
            "  {}  {} {} for {} {}  seller {}  created {}  {} left to answer\n",
            o.id,
            o.amount,
            o.currency_id,
            o.quantity,
            o.token_id,
            o.target_nick_name,
            created,
            left
        ));
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
    match runtime.block_on(connection.client.order_detail(&id)) {
        Ok(order) if json => {
            let mut value = order_json(&order);
            value["awaitsMyAnswer"] = json!(order.awaits_my_answer());
            println!("{value}");
            exit::ACCEPTED
        }
        Ok(order) => {
            print!("{}", order_text(&order, &connection.client.target().name));
            exit::ACCEPTED
        }
        Err(e) => {
            if json {
                println!(
                    "{}",
                    json!({ "ok": false, "code": e.code(), "message": e.to_string() })
                );
            } else {
                eprintln!("Could not read order {id}. {e}");
            }
            failure_status(&e)
        }
    }
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
    let side = if o.side == 0 { "You buy" } else { "You sell" };
    let counterparty = if o.side == 0 { "Seller" } else { "Buyer" };
    let mut out = format!("Order {} ({environment})\n", o.id);
    out.push_str(&format!(
        "  {side} {} {} for {} {} at {}\n",
        o.quantity, o.token_id, o.amount, o.currency_id, o.price
    ));
    out.push_str(&format!("  {counterparty}: {}\n", o.target_nick_name));
    out.push_str(&format!("  Status: {}\n", o.status_words()));
    if let Some(created) = o.created_ms() {
        out.push_str(&format!(
            "  Created: {}\n",
            crate::format::local_time(created)
        ));
    }
    let payment = o.payment_methods();
    if !payment.is_empty() {
        out.push_str(&format!("  Payment: {}\n", payment.join(", ")));
    }
    if o.awaits_my_answer() {
        let left = o
            .time_left_to_answer()
            .map(crate::format::time_left)
            .unwrap_or_else(|| "unknown time".into());
        let reason = if o.cancel_reason.trim().is_empty() {
            "no reason given".to_owned()
        } else {
            format!("\"{}\"", o.cancel_reason.trim())
        };
        out.push_str(&format!(
            "  The seller asks to cancel: {reason}. {left} left to answer.\n"
        ));
    } else {
        out.push_str("  No cancel request awaits your answer.\n");
    }
    out
}
