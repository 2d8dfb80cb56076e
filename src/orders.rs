//! Finding the orders whose seller asked to cancel and await my answer. The pending list has no
//! such flag, so every pending buy order's detail is read, concurrently but inside Bybit's
//! budget of 10 reads per second per account (the client's limiter spaces the starts).

use std::sync::Arc;

use tokio::task::JoinSet;

use crate::bybit::model::OrderDetail;
use crate::bybit::{BybitError, Client};

/// A safety stop for the page loop, far above any real merchant's pending orders.
const MAX_PAGES: u32 = 100;

/// My buy orders awaiting my answer, the most urgent first.
pub async fn awaiting_my_answer(client: &Arc<Client>) -> Result<Vec<OrderDetail>, BybitError> {
    let ids = pending_buy_order_ids(client).await?;
    let mut reads = JoinSet::new();
    for id in ids {
        let client = client.clone();
        reads.spawn(async move { client.order_detail(&id).await });
    }
    let mut awaiting = Vec::new();
    while let Some(joined) = reads.join_next().await {
        let detail = joined.map_err(|e| BybitError::ConnectionLost {
            detail: e.to_string(),
        })??;
        if detail.awaits_my_answer() {
            awaiting.push(detail);
        }
    }
    awaiting.sort_by_key(|d| (d.time_left_to_answer(), d.id.clone()));
    Ok(awaiting)
}

/// Every page of the pending list, side "I buy".
async fn pending_buy_order_ids(client: &Client) -> Result<Vec<String>, BybitError> {
    let mut ids: Vec<String> = Vec::new();
    for page in 1..=MAX_PAGES {
        let listing = client.pending_buy_orders(page).await?;
        let last_page = listing.items.is_empty()
            || listing.count <= i64::from(page * crate::bybit::client::PENDING_PAGE_SIZE);
        ids.extend(
            listing
                .items
                .into_iter()
                .filter(|o| o.side == 0)
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
