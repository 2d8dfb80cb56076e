//! Finding the orders whose seller asked to cancel and await my answer. The pending list has no
//! such flag, but a seller may ask to cancel only an order the buyer marked paid (status 20,
//! reference §8): so the list is asked for those alone, and only their details are read,
//! concurrently but inside Bybit's budget of 10 reads per second per account (the client's
//! limiter spaces the starts).

use std::sync::Arc;

use tokio::task::JoinSet;

use crate::bybit::model::OrderDetail;
use crate::bybit::{BybitError, Client};

/// The status of an order its buyer marked paid, awaiting the seller's release: the only one
/// on which a seller can ask to cancel.
pub const MARKED_PAID: i64 = 20;

/// A safety stop for the page loop, far above any real merchant's pending orders.
const MAX_PAGES: u32 = 100;

/// What a scan found: the orders awaiting my answer, and those that could not be read.
#[derive(Debug)]
pub struct Scan {
    /// The most urgent first.
    pub awaiting: Vec<OrderDetail>,
    /// Orders marked paid whose detail could not be read: one of them may await an answer.
    pub unread: Vec<Unread>,
}

/// An order whose detail could not be read, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unread {
    pub order_id: String,
    pub error: BybitError,
}

/// My buy orders awaiting my answer. Fails only when the list itself cannot be read; one
/// failing detail leaves the rest.
pub async fn awaiting_my_answer(client: &Arc<Client>) -> Result<Scan, BybitError> {
    let ids = paid_buy_order_ids(client).await?;
    let mut reads = JoinSet::new();
    for id in ids {
        let client = client.clone();
        reads.spawn(async move {
            let read = client.order_detail(&id).await;
            (id, read)
        });
    }
    let mut scan = Scan {
        awaiting: Vec::new(),
        unread: Vec::new(),
    };
    while let Some(joined) = reads.join_next().await {
        match joined {
            Ok((_, Ok(detail))) if detail.awaits_my_answer() => scan.awaiting.push(detail),
            Ok((_, Ok(_))) => {}
            Ok((order_id, Err(error))) => scan.unread.push(Unread { order_id, error }),
            // A read that panicked: its order is unknown, like a failed read.
            Err(e) => tracing::error!("an order read stopped: {e}"),
        }
    }
    scan.awaiting
        .sort_by_key(|d| (d.time_left_to_answer(), d.id.clone()));
    scan.unread.sort_by(|a, b| a.order_id.cmp(&b.order_id));
    Ok(scan)
}

/// The ids of my buy orders marked paid, every page. The list is asked for status 20 only, and
/// each row's status and side checked again (should the filter ever be ignored).
pub async fn paid_buy_order_ids(client: &Client) -> Result<Vec<String>, BybitError> {
    let mut ids: Vec<String> = Vec::new();
    for page in 1..=MAX_PAGES {
        let listing = client.pending_buy_orders(page, Some(MARKED_PAID)).await?;
        let last_page = listing.items.is_empty()
            || listing.count <= i64::from(page * crate::bybit::client::PENDING_PAGE_SIZE);
        ids.extend(
            listing
                .items
                .into_iter()
                .filter(|o| o.side == 0 && o.status == MARKED_PAID)
                .map(|o| o.id),
        );
        if last_page {
            break;
        }
    }
    ids.sort();
    ids.dedup();
    Ok(ids)
}
