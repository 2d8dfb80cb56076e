//! Accounts on the worker: keys in the keyring, one client per open account, what Bybit's
//! answers teach of its clock, and the connection check.

use std::sync::Arc;

use tokio::sync::OwnedMutexGuard;

use super::{Event, Shared, blocking};
use crate::accounts::{Account, AccountBook, AccountChange};
use crate::bybit::{Client, ClientOptions, Credentials, Target};
use crate::check::{CheckReport, check_connection};
use crate::known_clocks::KnownClocks;
use crate::practice::{PracticeConfig, PracticeExchange};

impl Shared {
    pub(super) async fn open_practice(&self) {
        let account = Account::practice();
        let Some(_opening) = self.begin_opening(&account).await else {
            return;
        };
        let started: Result<Target, String> = {
            let mut practice = self.practice.lock().unwrap_or_else(|e| e.into_inner());
            match practice.as_ref() {
                Some(exchange) => Ok(exchange.target()),
                None => {
                    let config = PracticeConfig {
                        new_request_every: self.practice_new_request_every,
                        ..PracticeConfig::default()
                    };
                    PracticeExchange::start(config)
                        .map(|exchange| {
                            let target = exchange.target();
                            *practice = Some(Arc::new(exchange));
                            target
                        })
                        .map_err(|e| {
                            crate::fl!("cli-practice-not-started", error = (e.to_string()))
                        })
                }
            }
        };
        match started {
            Ok(target) => {
                self.connect(account, target, PracticeExchange::credentials())
                    .await
            }
            Err(message) => {
                self.emit(Event::AccountFailed {
                    account_id: account.id,
                    message,
                })
                .await
            }
        }
    }

    /// The right to open `account_id`, held while opening it: waits for an opening under way.
    async fn opening(&self, account_id: &str) -> OwnedMutexGuard<()> {
        let lock = {
            let mut opening = self.opening.lock().unwrap_or_else(|e| e.into_inner());
            opening.entry(account_id.to_owned()).or_default().clone()
        };
        lock.lock_owned().await
    }

    /// Begins opening `account`; `None` when it is open by now (opened meanwhile by a watch or
    /// the window), which the window then hears, rather than opening it a second time.
    async fn begin_opening(&self, account: &Account) -> Option<OwnedMutexGuard<()>> {
        let opening = self.opening(&account.id).await;
        if self.open_client(&account.id).is_err() {
            return Some(opening);
        }
        self.emit(Event::AccountOpened {
            account: account.clone(),
        })
        .await;
        None
    }

    /// The client of an account opened earlier.
    pub(super) fn open_client(&self, account_id: &str) -> Result<Arc<Client>, String> {
        self.clients()
            .get(account_id)
            .map(|(client, _)| client.clone())
            .ok_or_else(|| crate::fl!("worker-account-not-open"))
    }

    /// The account's client, opening the account first if needed.
    pub(super) async fn opened_client(&self, account: &Account) -> Result<Arc<Client>, String> {
        if self.open_client(&account.id).is_err() {
            if account.is_practice() {
                self.open_practice().await;
            } else {
                self.open_account(account.clone()).await;
            }
        }
        self.open_client(&account.id)
    }

    /// Runs the connection check, opening the account first if it is not open.
    pub(super) async fn test_connection(&self, account: Account) {
        let report = match self.opened_client(&account).await {
            Ok(client) => check_connection(&client).await,
            Err(message) => CheckReport {
                steps: vec![crate::check::Step {
                    // The connection check's own name for this step.
                    name: crate::fl!("check-step-api-key"),
                    verdict: crate::check::Verdict::Problem,
                    finding: message,
                    advice: None,
                }],
                unreachable: false,
            },
        };
        self.after_calls(&account.id).await;
        self.emit(Event::ConnectionChecked { account, report })
            .await;
    }

    pub(super) async fn open_account(&self, account: Account) {
        let Some(_opening) = self.begin_opening(&account).await else {
            return;
        };
        let vault = self.vault.clone();
        let id = account.id.clone();
        match blocking(move || vault.load(&id)).await {
            Ok(credentials) => match account.target() {
                Some(target) => self.connect(account, target, credentials).await,
                None => {
                    self.emit(Event::AccountFailed {
                        account_id: account.id,
                        message: crate::fl!("cli-environment-no-address"),
                    })
                    .await
                }
            },
            Err(e) => {
                self.emit(Event::AccountFailed {
                    account_id: account.id,
                    message: e.to_string(),
                })
                .await
            }
        }
    }

    pub(super) async fn connect(&self, account: Account, target: Target, credentials: Credentials) {
        let clocks = KnownClocks::in_data_dir(&self.data_dir);
        let remembered = target.clone();
        let known_clock = blocking(move || clocks.get(&remembered)).await;
        let options = ClientOptions {
            request_timeout: self.answer_timeout(),
            known_clock,
            ..ClientOptions::default()
        };
        match Client::new(target, &credentials, options) {
            Ok(client) => {
                let client = Arc::new(client);
                let (events, ctx, account_id) =
                    (self.events.clone(), self.ctx.clone(), account.id.clone());
                client.on_slow_down(move |wait| {
                    let _ = events.try_send(Event::SlowingDown {
                        account_id: account_id.clone(),
                        wait,
                    });
                    ctx.request_repaint();
                });
                self.clients()
                    .insert(account.id.clone(), (client.clone(), account.clone()));
                self.emit(Event::AccountOpened {
                    account: account.clone(),
                })
                .await;
                // A clock remembered from an earlier run says at once whether this computer's
                // is off; otherwise the first answers will.
                self.clock_learnt(&account, &client).await;
            }
            Err(e) => {
                self.emit(Event::AccountFailed {
                    account_id: account.id,
                    message: e.to_string(),
                })
                .await;
            }
        }
    }

    /// What the calls of an account taught: see [`Shared::clock_learnt`].
    pub(super) async fn after_calls(&self, account_id: &str) {
        let open = self.clients().get(account_id).cloned();
        if let Some((client, account)) = open {
            self.clock_learnt(&account, &client).await;
        }
    }

    /// After calls with an account: tells the window what its answers taught of Bybit's clock,
    /// and remembers it for the next run (not the practice exchange's, which lives only as long
    /// as the app).
    pub(super) async fn clock_learnt(&self, account: &Account, client: &Client) {
        let Some(reading) = client
            .clock_reading()
            .filter(|r| r.is_fresh(chrono::Utc::now().timestamp_millis()))
        else {
            return;
        };
        {
            let mut told = self.clocks_told.lock().unwrap_or_else(|e| e.into_inner());
            let before = told.get(&account.id).copied();
            if before.is_some() && !crate::known_clocks::worth_saving(before, reading) {
                return;
            }
            told.insert(account.id.clone(), reading);
        }
        self.emit(Event::ClockOffset {
            account_id: account.id.clone(),
            offset_ms: reading.offset_ms,
        })
        .await;
        if !account.is_practice() {
            let clocks = KnownClocks::in_data_dir(&self.data_dir);
            let target = client.target().clone();
            if let Err(e) = blocking(move || clocks.remember(&target, reading)).await {
                tracing::info!("Bybit's clock could not be remembered: {e}");
            }
        }
    }

    pub(super) async fn save_key(
        &self,
        account: Account,
        credentials: Credentials,
        session_only: bool,
    ) {
        // Held until the client is open: the account's watch, started once the window hears
        // that the key is saved, then finds this client rather than opening a second one.
        let _opening = self.opening(&account.id).await;
        let vault = self.vault.clone();
        let id = account.id.clone();
        let kept = credentials.clone();
        let saved = blocking(move || {
            if session_only {
                vault.keep_for_session(&id, kept);
                Ok(())
            } else {
                vault.save(&id, &kept)
            }
        })
        .await;
        match saved {
            Ok(()) => {
                self.emit(Event::KeySaved {
                    account: account.clone(),
                    session_only,
                })
                .await;
                if let Some(target) = account.target() {
                    self.connect(account, target, credentials).await;
                }
            }
            Err(error) => self.emit(Event::KeyNotSaved { account, error }).await,
        }
    }

    pub(super) async fn delete_key(&self, account: Account) {
        let vault = self.vault.clone();
        let id = account.id.clone();
        let result = blocking(move || vault.delete(&id))
            .await
            .map_err(|e| e.to_string());
        self.clients().remove(&account.id);
        self.emit(Event::KeyDeleted {
            account_id: account.id,
            result,
        })
        .await;
    }

    /// Changes the accounts file (read, change, write: the CLI may have changed it too).
    pub(super) async fn update_accounts(self: &Arc<Self>, change: AccountChange) {
        let path = self.data_dir.join("accounts.json");
        let shared = self.clone();
        // One update at a time: each reads, changes and writes the whole file.
        let update = move || {
            let _one_at_a_time = shared
                .accounts_file
                .lock()
                .unwrap_or_else(|e| e.into_inner());
            AccountBook::update(&path, &change)
        };
        match blocking(update).await {
            Ok(book) => self.emit(Event::AccountsChanged(book)).await,
            Err(e) => self.emit(Event::AccountsNotSaved(e.to_string())).await,
        }
    }

    pub(super) async fn load_order(self: &Arc<Self>, account_id: String, order_id: String) {
        let client = self.open_client(&account_id);
        let result = match &client {
            Ok(client) => client
                .order_detail(&order_id)
                .await
                .map_err(|e| e.to_string()),
            Err(message) => Err(message.clone()),
        };
        self.after_calls(&account_id).await;
        let detail = result.as_ref().ok().cloned();
        self.emit(Event::OrderLoaded {
            account_id: account_id.clone(),
            order_id,
            result,
        })
        .await;
        // Then what surrounds the decision: the chat, the seller's record.
        if let (Ok(client), Some(detail)) = (client, detail) {
            self.load_decision(client, &account_id, &detail).await;
        }
    }
}
