//! Watching on the worker: one loop per account (see [`crate::watch`]), each with its own
//! client, key and rate budget, on the worker's clock whatever the window is doing. Lists go to
//! the window only when they changed (so an idle window draws nothing), alerts to the desktop.

use std::sync::Arc;
use std::sync::atomic::Ordering;

use tokio::sync::{Notify, mpsc};

use super::{Event, Shared};
use crate::accounts::Account;
use crate::bybit::model::OrderDetail;
use crate::platform::notification::Alert;
use crate::watch::{Bybit, Report, Tracker};

/// One account's watch: stopped when dropped.
pub(super) struct Watching {
    task: tokio::task::JoinHandle<()>,
    refresh_now: Arc<Notify>,
}

impl Drop for Watching {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl Shared {
    /// Watches exactly `accounts`: starts the missing watches, stops the others.
    pub(super) fn watch(self: &Arc<Self>, accounts: Vec<Account>, announce_existing: bool) {
        let mut watches = self.watches.lock().unwrap_or_else(|e| e.into_inner());
        watches.retain(|id, _| accounts.iter().any(|a| &a.id == id));
        for account in accounts {
            if watches.contains_key(&account.id) {
                continue;
            }
            let refresh_now = Arc::new(Notify::new());
            let shared = self.clone();
            let id = account.id.clone();
            let wake = refresh_now.clone();
            let task = tokio::spawn(async move {
                shared.watch_account(account, wake, announce_existing).await;
            });
            watches.insert(id, Watching { task, refresh_now });
        }
    }

    /// Reads every watched account now.
    pub(super) fn refresh_now(&self) {
        for watching in self
            .watches
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .values()
        {
            // Kept as a permit if the watch is busy reading: it reads once more right after.
            watching.refresh_now.notify_one();
        }
    }

    async fn watch_account(
        self: Arc<Self>,
        account: Account,
        refresh_now: Arc<Notify>,
        announce_existing: bool,
    ) {
        // Reports go through a queue to a task of their own, which may wait (to tell the
        // window, to show a notification) without holding up the watch's clock.
        let (reports, mut queue) = mpsc::unbounded_channel();
        let handler = self.clone();
        let watched = account.clone();
        tokio::spawn(async move {
            let mut told = Told::default();
            while let Some(report) = queue.recv().await {
                handler.watch_report(&watched, report, &mut told).await;
            }
        });
        let client = loop {
            match self.opened_client(&account).await {
                Ok(client) => break client,
                Err(message) => {
                    // No key, a locked keyring…: said on the account's line; tried again at
                    // the next reading or when the merchant asks.
                    let _ = reports.send(Report::Failed {
                        message,
                        asked: false,
                    });
                    let every = self.schedule.borrow().every;
                    tokio::select! {
                        _ = tokio::time::sleep(every) => {}
                        _ = refresh_now.notified() => {}
                    }
                }
            }
        };
        crate::watch::run(
            Arc::new(Bybit(client)),
            Tracker::new(announce_existing),
            self.schedule.subscribe(),
            refresh_now,
            self.host_bans.clone(),
            move |report| {
                let _ = reports.send(report);
            },
        )
        .await;
    }

    async fn watch_report(self: &Arc<Self>, account: &Account, report: Report, told: &mut Told) {
        match report {
            Report::Listed {
                orders,
                changed,
                asked,
                unread,
            } => {
                self.checked_at_ms
                    .store(chrono::Utc::now().timestamp_millis(), Ordering::Relaxed);
                self.after_calls(&account.id).await;
                let recovered = told.failure.take().is_some();
                for failed in &unread {
                    tracing::warn!(
                        account = account.id.as_str(),
                        order = failed.order_id.as_str(),
                        "order detail not read: {}",
                        failed.error
                    );
                }
                if changed || asked || recovered {
                    self.emit(Event::Watched {
                        account_id: account.id.clone(),
                        result: Ok(orders),
                        asked,
                        unread,
                    })
                    .await;
                }
            }
            Report::Failed { message, asked } => {
                if asked || told.failure.as_ref() != Some(&message) {
                    told.failure = Some(message.clone());
                    self.emit(Event::Watched {
                        account_id: account.id.clone(),
                        result: Err(message),
                        asked,
                        unread: Vec::new(),
                    })
                    .await;
                }
            }
            Report::SlowedDown { every, lasting } => {
                tracing::warn!(
                    account = account.id.as_str(),
                    "10006: watching every {every:?} for {lasting:?}"
                );
                self.emit(Event::WatchSlowed {
                    account_id: account.id.clone(),
                    every,
                    lasting,
                })
                .await;
            }
            Report::HostPaused {
                host,
                until_ms,
                asked,
            } => {
                tracing::warn!("HTTP 403 from {host}: every account there paused until {until_ms}");
                self.emit(Event::HostPaused {
                    account_id: account.id.clone(),
                    host,
                    until_ms,
                    asked,
                })
                .await;
            }
            Report::NewRequest(order) => {
                let alert = new_request_alert(account, &order, self.alert_sound());
                self.alert(account, &order, alert);
            }
            Report::DeadlineSoon(order) => {
                let alert = deadline_alert(account, &order, self.alert_sound());
                self.alert(account, &order, alert);
            }
        }
    }

    fn alert_sound(&self) -> bool {
        self.settings
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .alert_sound
    }

    /// Shows an alert, on a task of its own: a notification service may take seconds to
    /// answer, or never (a toast whose app id Windows does not know), and nothing on the
    /// watch's path may wait for it. A click on it brings this order forward in the window.
    fn alert(self: &Arc<Self>, account: &Account, order: &OrderDetail, alert: Alert) {
        let (events, ctx) = (self.events.clone(), self.ctx.clone());
        let clicked = Event::AlertClicked {
            account_id: account.id.clone(),
            order_id: order.id.clone(),
        };
        let on_click = Box::new(move || {
            let _ = events.try_send(clicked);
            ctx.request_repaint();
        });
        let notifications = self.notifications.clone();
        tokio::spawn(async move {
            if let Err(e) = notifications.show(alert, on_click).await {
                // The window's list and badge still show it; no notification service is no
                // error.
                tracing::info!("desktop notification not shown: {e}");
            }
        });
    }
}

/// What a watch last told the window, so it says a failure once, not at every reading.
#[derive(Default)]
struct Told {
    failure: Option<String>,
}

/// "Cancel request · Main": amount, seller, time left.
pub fn new_request_alert(account: &Account, order: &OrderDetail, sound: bool) -> Alert {
    Alert {
        title: crate::fl!(
            "alert-new-request-title",
            account = (account.display_name())
        ),
        body: crate::fl!(
            "alert-new-request-body",
            amount = (crate::format::amount(&order.amount)),
            currency = (order.currency_id.as_str()),
            seller = (order.target_nick_name.as_str()),
            left = (time_left(order)),
            order = (order.id.as_str())
        ),
        sound,
        urgent: false,
    }
}

/// "Deadline soon · Main": the same, urgent.
pub fn deadline_alert(account: &Account, order: &OrderDetail, sound: bool) -> Alert {
    Alert {
        title: crate::fl!("alert-deadline-title", account = (account.display_name())),
        body: crate::fl!(
            "alert-deadline-body",
            left = (time_left(order)),
            seller = (order.target_nick_name.as_str()),
            amount = (crate::format::amount(&order.amount)),
            currency = (order.currency_id.as_str()),
            order = (order.id.as_str())
        ),
        sound,
        urgent: true,
    }
}

fn time_left(order: &OrderDetail) -> String {
    crate::format::time_left_or_little(order.time_left_to_answer())
}
