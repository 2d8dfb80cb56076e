//! Sending an answer on the worker, with the account's client and the history.

use std::sync::Arc;

use super::{Event, Shared};
use crate::review::ValidReview;
use crate::submit::Sender;

impl Shared {
    /// The merchant's Cancel: stops the proofs' upload of the answer being sent, if any.
    pub(super) fn stop_upload(&self) {
        if let Some(stop) = self
            .upload_stop
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .as_ref()
        {
            stop.stop();
        }
    }

    pub(super) async fn submit(self: &Arc<Self>, account_id: &str, review: ValidReview) {
        let Some((client, account)) = self.clients().get(account_id).cloned() else {
            self.emit(Event::AccountFailed {
                account_id: account_id.to_owned(),
                message: crate::fl!("worker-account-not-open-nothing-sent"),
            })
            .await;
            return;
        };
        let history = match &self.history {
            Ok(history) => history,
            Err(e) => {
                self.emit(Event::HistoryUnavailable(crate::fl!(
                    "worker-history-unwritable",
                    error = (e.as_str())
                )))
                .await;
                return;
            }
        };
        let account_name = account.display_name();
        let sender = Sender {
            client: &client,
            history,
            account: &account_name,
        };
        let stop = crate::submit::Stop::default();
        *self.upload_stop.lock().unwrap_or_else(|e| e.into_inner()) = Some(stop.clone());
        let report = sender
            .submit(&review, |step| self.emit_now(Event::Progress(step)), &stop)
            .await;
        self.upload_stop
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .take();
        self.after_calls(account_id).await;
        self.emit(Event::Submitted(report)).await;
    }
}
