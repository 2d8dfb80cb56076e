//! What the merchant sees around a decision, read on the worker when an order is opened: the
//! seller's chat (Bybit's session chat, reference §8), the seller's record, our own history
//! with this seller, and the warnings they give; then the chat's pictures, one by one, as
//! thumbnails. A chat Bybit refuses is said in one line; everything else still shows.

use std::sync::Arc;

use super::{Event, Shared};
use crate::bybit::Client;
use crate::bybit::model::{ChatContent, ChatMessage, OrderDetail, SellerRecord};
use crate::decision::SellerHistory;

/// What was read around one order.
#[derive(Debug)]
pub struct DecisionData {
    /// Oldest first; or why the chat could not be read.
    pub chat: Result<Vec<ChatMessage>, String>,
    /// Bybit may hold older messages than these.
    pub more_chat: bool,
    pub record: Result<SellerRecord, String>,
    pub history: SellerHistory,
    pub warnings: Vec<crate::decision::Warning>,
}

impl Shared {
    /// Reads the chat, the record and our history for `order`, then the chat's pictures.
    pub(super) async fn load_decision(
        self: &Arc<Self>,
        client: Arc<Client>,
        account_id: &str,
        order: &OrderDetail,
    ) {
        let account = self
            .clients()
            .get(account_id)
            .map(|(_, account)| account.display_name())
            .unwrap_or_default();
        let environment = client.target().name.clone();
        let history = match &self.history {
            Ok(history) => {
                let history = history.lock().unwrap_or_else(|e| e.into_inner());
                if order.awaits_my_answer()
                    && let Err(e) = history.remember_counterparty(
                        &environment,
                        &account,
                        &order.id,
                        &order.target_nick_name,
                    )
                {
                    tracing::warn!("could not remember an order's seller: {e}");
                }
                history
                    .seller_history(&environment, &account, &order.target_nick_name, &order.id)
                    .unwrap_or_else(|e| {
                        tracing::warn!("could not count the seller's earlier requests: {e}");
                        SellerHistory::default()
                    })
            }
            Err(_) => SellerHistory::default(),
        };
        let around = crate::decision::read_around(&client, order).await;
        self.after_calls(account_id).await;
        let record = around.record.map_err(|e| e.to_string());
        let chat = around.chat.map_err(|e| e.to_string());
        let more_chat = around.more_chat;
        let warnings = crate::decision::warnings(
            order,
            record.as_ref().ok(),
            chat.as_deref().unwrap_or_default(),
        );
        let pictures: Vec<(String, String)> = chat
            .as_deref()
            .unwrap_or_default()
            .iter()
            .filter_map(|m| match m.content() {
                ChatContent::Picture { path, .. } => Some((m.id.clone(), path)),
                _ => None,
            })
            .collect();
        self.emit(Event::DecisionRead {
            account_id: account_id.to_owned(),
            order_id: order.id.clone(),
            data: DecisionData {
                chat,
                more_chat,
                record,
                history,
                warnings,
            },
        })
        .await;
        self.load_pictures(&client, &order.id, pictures).await;
    }

    /// Earlier messages of the chat, before `before_id`.
    pub(super) async fn load_earlier_chat(
        self: &Arc<Self>,
        account_id: String,
        order: OrderDetail,
        before_id: i64,
    ) {
        let result = match self.open_client(&account_id) {
            Ok(client) => {
                let read = async {
                    let session = client.chat_session(&order.target_user_mask_id).await?;
                    client.chat_messages(&session, before_id).await
                };
                read.await.map_err(|e| e.to_string()).map(|mut page| {
                    let more = page.len() as u32 >= crate::bybit::client::CHAT_PAGE_SIZE;
                    page.reverse();
                    (page, more)
                })
            }
            Err(message) => Err(message),
        };
        let pictures: Vec<(String, String)> = result
            .as_ref()
            .map(|(page, _)| {
                page.iter()
                    .filter_map(|m| match m.content() {
                        ChatContent::Picture { path, .. } => Some((m.id.clone(), path)),
                        _ => None,
                    })
                    .collect()
            })
            .unwrap_or_default();
        self.emit(Event::EarlierChat {
            order_id: order.id.clone(),
            result,
        })
        .await;
        if let Ok(client) = self.open_client(&account_id) {
            self.load_pictures(&client, &order.id, pictures).await;
        }
    }

    async fn load_pictures(
        &self,
        client: &Client,
        order_id: &str,
        pictures: Vec<(String, String)>,
    ) {
        for (message_id, path) in pictures {
            let picture = match client.chat_picture(&path).await {
                Ok(bytes) => {
                    tokio::task::spawn_blocking(move || super::proofs::thumbnail_of(&bytes))
                        .await
                        .ok()
                        .flatten()
                }
                Err(e) => {
                    tracing::info!("chat picture not read (shown by name): {e}");
                    None
                }
            };
            if let Some(picture) = picture {
                self.emit(Event::ChatPicture {
                    order_id: order_id.to_owned(),
                    message_id,
                    picture,
                })
                .await;
            }
        }
    }
}
