//! The app: owns the state, drains the worker's events before each frame, lets the views draw
//! and collect actions, then applies the actions after the frame.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use eframe::egui;
use secrecy::SecretString;
use tokio::sync::mpsc;

use super::state::{
    AccountDialog, Action, ActiveAccount, AppState, CheckView, Connection, DetailView,
    HISTORY_PAGE, OrdersView, ProofItem, Submission, Tab,
};
use super::{
    accounts_dialog, check_dialog, confirm, history_panel, order_details, orders_panel,
    review_form, settings_dialog, style, top_bar, welcome,
};
use crate::accounts::{Account, AccountBook, AccountChange};
use crate::bybit::Credentials;
use crate::history::Outcome;
use crate::review::{Decision, check_proof_url};
use crate::secrets::{SecretError, Vault};
use crate::worker::{CheckedProof, Event, Job, Worker, WorkerSetup};

/// The window's title and the app id a `.desktop` file matches.
pub const APP_TITLE: &str = "P2P Cancel Review";
pub const APP_ID: &str = "p2p-cancel-review";

/// Width of the orders list and of the order details beside the form.
const SIDE_PANEL_WIDTH: f32 = 290.0;

/// What the app starts with.
pub struct AppConfig {
    /// `None`: this computer's keyring.
    pub vault: Option<Arc<Vault>>,
    pub data_dir: PathBuf,
    pub accounts: AccountBook,
    /// Why the accounts file could not be read, if it could not.
    pub accounts_problem: Option<String>,
    pub start_in_practice: bool,
    pub practice_new_request_every: Option<Duration>,
    /// A practice exchange already running (tests); `None` starts one when needed.
    pub practice: Option<Arc<crate::practice::PracticeExchange>>,
    pub settings: crate::settings::Settings,
}

/// The desktop app.
pub struct ReviewApp {
    worker: Worker,
    events: mpsc::Receiver<Event>,
    state: AppState,
}

impl ReviewApp {
    pub fn new(ctx: &egui::Context, config: AppConfig) -> std::io::Result<Self> {
        style::apply(ctx);
        let data_dir = config.data_dir.clone();
        let setup = WorkerSetup {
            vault: config.vault,
            data_dir: config.data_dir,
            practice_new_request_every: config.practice_new_request_every,
            practice: config.practice,
            settings: config.settings.clone(),
        };
        let (worker, events) = Worker::start(setup, ctx.clone())?;
        let mut app = Self {
            worker,
            events,
            state: AppState::new(
                config.accounts,
                config.settings,
                crate::logging::log_dir(&data_dir),
            ),
        };
        if let Some(problem) = config.accounts_problem {
            app.state.problem(problem);
        }
        let remembered = app
            .state
            .accounts
            .selected
            .clone()
            .and_then(|id| app.state.accounts.find(&id).cloned());
        if config.start_in_practice {
            app.apply(ctx, Action::StartPractice);
        } else if let Some(account) =
            remembered.or_else(|| app.state.accounts.accounts.first().cloned())
        {
            app.open(account);
        }
        app.reload_history();
        Ok(app)
    }

    /// The state, for tests and diagnostics.
    pub fn state(&self) -> &AppState {
        &self.state
    }

    fn send(&mut self, job: Job) {
        if self.worker.send(job).is_err() {
            self.state
                .problem("The app is busy; try again in a moment.");
        }
    }

    /// Opens an account: the window switches to it, the worker opens its client.
    fn open(&mut self, account: Account) {
        self.switch_to(account.clone());
        self.send(if account.is_practice() {
            Job::OpenPractice
        } else {
            Job::OpenAccount(account)
        });
    }

    /// Makes `account` the one in use (its client is being opened). A different account starts
    /// with an empty orders list and no order details.
    fn switch_to(&mut self, account: Account) {
        if self
            .state
            .active
            .as_ref()
            .is_none_or(|a| a.account.id != account.id)
        {
            let interval = self.state.orders.interval;
            self.state.orders = OrdersView {
                interval,
                ..OrdersView::default()
            };
            self.state.detail = None;
            self.state.clock_offset_ms = None;
        }
        self.state.active = Some(ActiveAccount {
            account,
            connection: Connection::Opening,
        });
        self.state.submission = Submission::Idle;
    }

    fn reload_history(&mut self) {
        self.state.history.invalidate();
        self.apply_history_need(0);
    }

    fn apply_history_need(&mut self, offset: u64) {
        if self.state.history.requested_pages.insert(offset) {
            let filter = self.state.history.shown_filter.clone();
            self.send(Job::LoadHistory {
                filter,
                offset,
                limit: HISTORY_PAGE,
            });
        }
    }

    /// Refreshes the orders list when its interval has passed, unless the window is minimised
    /// or hidden; and asks to be woken for the next refresh and the countdowns.
    fn refresh_orders_when_due(&mut self, ctx: &egui::Context) {
        let ready = self
            .state
            .active
            .as_ref()
            .is_some_and(|a| a.connection == Connection::Ready);
        if !ready {
            return;
        }
        let hidden = ctx
            .input(|i| i.viewport().minimized == Some(true) || i.viewport().occluded == Some(true));
        let now = std::time::Instant::now();
        let orders = &self.state.orders;
        let due = !orders.first_read_done && orders.next_refresh.is_none()
            || orders.interval.is_some() && orders.next_refresh.is_some_and(|at| now >= at);
        if due && !hidden && !orders.refreshing {
            self.refresh_orders();
        }
        let orders = &self.state.orders;
        if let Some(at) = orders.next_refresh.filter(|_| orders.interval.is_some()) {
            ctx.request_repaint_after(at.saturating_duration_since(now));
        }
        // Countdowns: wake up when the next one changes what it shows, not before.
        let next_change = orders
            .orders
            .iter()
            .filter_map(|o| orders.time_left(o))
            .chain(self.state.detail.as_ref().and_then(|d| d.time_left()))
            .filter(|left| !left.is_zero())
            .map(crate::format::until_countdown_changes)
            .min();
        if let Some(wait) = next_change {
            ctx.request_repaint_after(wait);
        }
    }

    fn refresh_orders(&mut self) {
        let Some(active) = self.state.active.clone() else {
            return;
        };
        let orders = &mut self.state.orders;
        orders.refreshing = true;
        orders.next_refresh = orders
            .interval
            .map(|every| std::time::Instant::now() + every);
        self.send(Job::RefreshOrders {
            account_id: active.account.id,
        });
    }

    fn orders_refreshed(&mut self, list: Vec<crate::bybit::model::OrderDetail>) {
        let orders = &mut self.state.orders;
        orders.problem = None;
        let mut notify = Vec::new();
        for order in &list {
            let new = orders.known.insert(order.id.clone());
            // The first read shows what already waited; only later arrivals are news.
            if new && orders.first_read_done {
                orders.unseen.insert(order.id.clone());
                if orders.notified.insert(order.id.clone()) {
                    notify.push(order.clone());
                }
            }
        }
        orders.unseen.retain(|id| list.iter().any(|o| &o.id == id));
        orders.first_read_done = true;
        orders.orders = list;
        orders.read_at = Some(std::time::Instant::now());
        orders.read_at_ms = Some(chrono::Utc::now().timestamp_millis());
        for order in notify {
            let left = order
                .time_left_to_answer()
                .map(crate::format::time_left)
                .unwrap_or_else(|| "little time".into());
            self.send(Job::Notify {
                title: format!(
                    "Cancel request: {} {}",
                    crate::format::amount(&order.amount),
                    order.currency_id
                ),
                body: format!(
                    "{} asks to cancel order {}. {left} left to answer.",
                    order.target_nick_name, order.id
                ),
            });
        }
    }

    fn update_accounts(&mut self, change: AccountChange) {
        self.send(Job::UpdateAccounts(change));
    }

    fn handle(&mut self, ctx: &egui::Context, event: Event) {
        let state = &mut self.state;
        match event {
            Event::KeyringStatus(status) => state.keyring = Some(status),
            Event::AccountOpened { account, .. } => {
                if let Some(active) = state.active.as_mut().filter(|a| a.account.id == account.id) {
                    active.connection = Connection::Ready;
                }
            }
            Event::AccountFailed {
                account_id,
                message,
            } => {
                if let Some(active) = state.active.as_mut().filter(|a| a.account.id == account_id) {
                    active.connection = Connection::Failed(message.clone());
                }
                if state.submission.is_running() {
                    state.submission = Submission::Idle;
                }
                state.problem(message);
            }
            Event::KeySaved {
                account,
                session_only,
            } => {
                state.account_dialog = None;
                forget_secret_field(ctx);
                state.accounts.upsert(account.clone());
                state.accounts.selected = Some(account.id.clone());
                state.notice(if session_only {
                    format!(
                        "{}: the key is kept until you close the app, then forgotten.",
                        account.name
                    )
                } else {
                    format!(
                        "{}: the key is saved in this computer's keychain.",
                        account.name
                    )
                });
                state.tab = Tab::Answer;
                // The worker opens the client right after saving the key.
                self.switch_to(account.clone());
                self.update_accounts(AccountChange::Add(account.clone()));
                self.update_accounts(AccountChange::Select(account.id));
            }
            Event::KeyNotSaved { error, .. } => {
                if let Some(dialog) = state.account_dialog.as_mut() {
                    dialog.saving = false;
                    match error {
                        SecretError::Unavailable(why) => dialog.keyring_unavailable = Some(why),
                        other => dialog.problem = Some(other.to_string()),
                    }
                }
            }
            Event::KeyDeleted { account_id, result } => match result {
                Ok(()) => state.notice(format!(
                    "The key of {account_id} was removed from the keychain."
                )),
                Err(e) => state.problem(format!(
                    "The key could not be removed from the keychain: {e}"
                )),
            },
            Event::AccountsChanged(book) => state.accounts = book,
            Event::AccountsNotSaved(message) => state.problem(message),
            Event::ProofsChecked(checked) => {
                state.form.checking_files = false;
                for proof in checked {
                    add_checked_proof(ctx, state, proof);
                }
            }
            Event::NoFilesPicked => {
                state.form.checking_files = false;
                state.form.hint = Some(
                    "No file chosen. If no file window opened, drag the files onto this window instead.".into(),
                );
            }
            Event::Progress(step) => {
                if let Submission::Running { progress, .. } = &mut state.submission {
                    *progress = Some(step);
                }
            }
            Event::Submitted(report) => {
                if let Submission::Running { review, .. } = std::mem::take(&mut state.submission) {
                    if report.outcome == Outcome::Accepted {
                        state.form = Default::default();
                    }
                    state.submission = Submission::Finished { review, report };
                }
                self.reload_history();
                // The answered order leaves the list (or stays, if refused): show what is true now.
                self.refresh_orders();
                if let Some(view) = self.state.detail.as_mut() {
                    view.problem = None;
                    let order_id = view.order_id.clone();
                    if let Some(active) = self.state.active.clone() {
                        view.loading = true;
                        self.send(Job::LoadOrder {
                            account_id: active.account.id,
                            order_id,
                        });
                    }
                }
            }
            Event::HistoryPage {
                filter,
                offset,
                total,
                entries,
            } => {
                let history = &mut state.history;
                // A page the view has scrolled away from since it was asked for is not kept.
                if filter == history.shown_filter && history.requested_pages.contains(&offset) {
                    history.total = Some(total);
                    history.problem = None;
                    for (i, entry) in entries.into_iter().enumerate() {
                        history.rows.insert(offset + i as u64, entry);
                    }
                }
            }
            Event::HistoryUnavailable(message) => {
                if state.submission.is_running() {
                    state.submission = Submission::Idle;
                    state.problem(message.clone());
                }
                state.history.problem = Some(message);
                state.history.total.get_or_insert(0);
            }
            Event::OrdersRefreshed { account_id, result } => {
                if state
                    .active
                    .as_ref()
                    .is_some_and(|a| a.account.id == account_id)
                {
                    state.orders.refreshing = false;
                    match result {
                        Ok(list) => self.orders_refreshed(list),
                        Err(problem) => self.state.orders.problem = Some(problem),
                    }
                }
            }
            Event::OrderLoaded {
                account_id,
                order_id,
                result,
            } => {
                let active = state
                    .active
                    .as_ref()
                    .is_some_and(|a| a.account.id == account_id);
                if let Some(view) = state
                    .detail
                    .as_mut()
                    .filter(|d| active && d.order_id == order_id)
                {
                    view.loading = false;
                    view.read_at = std::time::Instant::now();
                    match result {
                        Ok(order) => {
                            view.detail = Some(order);
                            view.problem = None;
                        }
                        Err(problem) => view.problem = Some(problem),
                    }
                }
            }
            Event::ConnectionChecked { account, report } => {
                if let Some(check) = state.check.as_mut().filter(|c| c.account.id == account.id) {
                    check.report = Some(report);
                }
            }
            Event::ClockOffset {
                account_id,
                offset_ms,
            } => {
                if state
                    .active
                    .as_ref()
                    .is_some_and(|a| a.account.id == account_id)
                {
                    state.clock_offset_ms = Some(offset_ms);
                }
            }
            Event::HistoryRecovered(notice) => state.problem(notice),
            Event::SettingsNotSaved(message) => {
                state.problem(format!("The settings could not be saved: {message}"))
            }
            Event::Diagnostics(report) => {
                ctx.copy_text(report);
                state.notice("Diagnostics copied. Paste them into your message to support: they hold no key and no secret.");
            }
            Event::Exported { path, rows } => {
                state.notice(format!("Exported {rows} entries to {}", path.display()))
            }
            Event::ExportFailed(message) => state.problem(format!("The export failed: {message}")),
        }
    }

    fn apply(&mut self, ctx: &egui::Context, action: Action) {
        match action {
            Action::StartPractice => {
                self.state.tab = Tab::Answer;
                self.open(Account::practice());
            }
            Action::OpenAccountDialog => {
                let unavailable = self.state.keyring.clone().and_then(Result::err);
                self.state.account_dialog = Some(AccountDialog {
                    keyring_unavailable: unavailable,
                    ..Default::default()
                });
            }
            Action::CloseAccountDialog => {
                self.state.account_dialog = None;
                forget_secret_field(ctx);
            }
            Action::SaveNewAccount { session_only } => self.save_new_account(session_only),
            Action::SelectAccount(id) => {
                if let Some(account) = self.state.accounts.find(&id).cloned() {
                    self.state.accounts.selected = Some(id.clone());
                    self.update_accounts(AccountChange::Select(id));
                    self.open(account);
                }
            }
            Action::DeleteAccount(id) => {
                if let Some(account) = self.state.accounts.find(&id).cloned() {
                    self.state.accounts.remove(&id);
                    self.update_accounts(AccountChange::Remove(id.clone()));
                    self.send(Job::DeleteKey(account));
                    if let Some(dialog) = self.state.account_dialog.as_mut() {
                        dialog.confirm_delete = None;
                    }
                    if self
                        .state
                        .active
                        .as_ref()
                        .is_some_and(|a| a.account.id == id)
                    {
                        self.state.active = None;
                        if let Some(next) = self.state.accounts.accounts.first().cloned() {
                            self.open(next);
                        }
                    }
                }
            }
            Action::ShowTab(tab) => self.state.tab = tab,
            Action::PickProofFiles => {
                self.state.form.proof_problems.clear();
                self.state.form.hint = None;
                self.state.form.checking_files = true;
                self.send(Job::PickProofFiles);
            }
            Action::AddProofFiles(paths) => {
                self.state.form.proof_problems.clear();
                self.state.form.hint = None;
                match self.state.form.decision {
                    None => self.state.form.decision = Some(Decision::Reject),
                    Some(Decision::Pass) => self.state.notice(
                        "Proof files are sent only when you refuse the cancellation: choose \"Refuse the cancellation\" to use them.",
                    ),
                    Some(Decision::Reject) => {}
                }
                self.state.form.checking_files = true;
                self.send(Job::CheckProofFiles(paths));
            }
            Action::AddLinks => self.add_links(),
            Action::RemoveProof(index) => {
                if index < self.state.form.proofs.len() {
                    self.state.form.proofs.remove(index);
                }
            }
            Action::ReviewAndSend => self.review_and_send(),
            Action::ConfirmSend => self.confirm_send(),
            Action::CancelConfirm => self.state.confirm = None,
            Action::SendAgain => {
                if let Submission::Finished { review, .. } = &self.state.submission {
                    // Irreversible: it goes through the confirmation again.
                    self.state.confirm = Some(review.clone());
                }
            }
            Action::StartNewAnswer => {
                self.state.form = Default::default();
                self.state.submission = Submission::Idle;
            }
            Action::HistoryFilterChanged => self.reload_history(),
            Action::HistoryNeedRows(offset) => self.apply_history_need(offset),
            Action::HistoryScrolledTo(first_row) => self.state.history.keep_near(first_row),
            Action::OpenHistoryEntry(entry) => self.state.history.open_entry = Some(entry),
            Action::CloseHistoryEntry => self.state.history.open_entry = None,
            Action::ExportHistory => {
                let filter = self.state.history.shown_filter.clone();
                self.send(Job::ExportHistory(filter));
            }
            Action::RefreshOrders => self.refresh_orders(),
            Action::ChooseOrder(order) => {
                self.state.orders.unseen.remove(&order.id);
                if self.state.form.order_id.trim() != order.id {
                    self.state.submission = Submission::Idle;
                }
                self.state.form.order_id = order.id.clone();
                self.state
                    .form
                    .errors
                    .retain(|e| e.field != crate::review::Field::OrderId);
                let read_at = self
                    .state
                    .orders
                    .read_at
                    .unwrap_or_else(std::time::Instant::now);
                self.state.detail = Some(DetailView {
                    order_id: order.id.clone(),
                    detail: Some(order),
                    read_at,
                    loading: false,
                    problem: None,
                });
            }
            Action::LookUpOrder => self.look_up_order(),
            Action::SetRefreshInterval(interval) => {
                self.state.orders.interval = interval;
                self.state.orders.next_refresh =
                    interval.map(|every| std::time::Instant::now() + every);
                self.state.settings.refresh_every_secs = interval.map(|d| d.as_secs());
                self.send(Job::SaveSettings(self.state.settings.clone()));
            }
            Action::TestConnection(account) => {
                self.state.check = Some(CheckView {
                    account: account.clone(),
                    report: None,
                });
                self.send(Job::TestConnection(account));
            }
            Action::CloseCheck => self.state.check = None,
            Action::OpenSettings => self.state.settings_open = true,
            Action::CloseSettings => self.state.settings_open = false,
            Action::SetAnswerTimeout(seconds) => {
                self.state.settings.answer_timeout_secs = seconds;
                self.send(Job::SaveSettings(self.state.settings.clone()));
            }
            Action::CopyDiagnostics => {
                let summary = self.diagnostics_summary();
                self.send(Job::CollectDiagnostics { summary });
            }
            Action::SimulateTrouble(trouble) => {
                self.state.trouble = trouble;
                self.send(Job::SimulateTrouble(trouble));
            }
            Action::DismissNotice(index) => {
                if index < self.state.notices.len() {
                    self.state.notices.remove(index);
                }
            }
        }
    }

    fn save_new_account(&mut self, session_only: bool) {
        let Some(dialog) = self.state.account_dialog.as_mut() else {
            return;
        };
        let account = match (
            self.state.accounts.new_account(
                &dialog.name,
                dialog
                    .environment
                    .unwrap_or(crate::bybit::Environment::Mainnet),
            ),
            dialog.environment,
        ) {
            (Err(problem), _) => Err(problem),
            (Ok(_), None) => Err("Choose the environment this key was made for.".to_owned()),
            (Ok(account), Some(_)) if dialog.api_key.trim().is_empty() => {
                let _ = account;
                Err("Paste the API key.".to_owned())
            }
            (Ok(_), Some(_)) if dialog.api_secret.trim().is_empty() => {
                Err("Paste the API secret.".to_owned())
            }
            (Ok(account), Some(_)) => Ok(account),
        };
        match account {
            Err(problem) => dialog.problem = Some(problem),
            Ok(account) => {
                dialog.problem = None;
                dialog.saving = true;
                let credentials = Credentials::new(
                    dialog.api_key.clone(),
                    SecretString::from(dialog.api_secret.trim().to_owned()),
                );
                self.send(Job::SaveKey {
                    account,
                    credentials,
                    session_only,
                });
            }
        }
    }

    fn add_links(&mut self) {
        let form = &mut self.state.form;
        form.proof_problems.clear();
        let mut rejected = Vec::new();
        for piece in form
            .link_input
            .split(|c: char| c.is_whitespace() || c == ',')
            .filter(|p| !p.is_empty())
        {
            match check_proof_url(piece) {
                Ok(url) => {
                    if !form
                        .proofs
                        .iter()
                        .any(|p| matches!(p, ProofItem::Link(u) if *u == url))
                    {
                        form.proofs.push(ProofItem::Link(url));
                    }
                }
                Err(problem) => {
                    form.proof_problems.push(problem);
                    rejected.push(piece.to_owned());
                }
            }
        }
        form.link_input = rejected.join(" ");
    }

    /// What the window knows for a support message: environment, account name (never its
    /// key), connection, clock, settings.
    fn diagnostics_summary(&self) -> String {
        let state = &self.state;
        let account = match &state.active {
            Some(a) => {
                let connection = match &a.connection {
                    Connection::Opening => "opening".to_owned(),
                    Connection::Ready => "connected".to_owned(),
                    Connection::Failed(why) => format!("not connected: {why}"),
                };
                format!(
                    "{} on {}, {connection}",
                    a.account.name,
                    a.account.environment.label()
                )
            }
            None => "no account open".to_owned(),
        };
        format!(
            "Account: {account}\nClock offset to Bybit: {}\nAnswer timeout: {} s\nOrders refresh: {}\nOrders listed: {}",
            state
                .clock_offset_ms
                .map(|ms| format!("{ms} ms"))
                .unwrap_or_else(|| "not measured".into()),
            state.settings.answer_timeout_secs,
            state
                .orders
                .interval
                .map(|d| format!("every {} s", d.as_secs()))
                .unwrap_or_else(|| "on demand".into()),
            state.orders.orders.len(),
        )
    }

    /// Reads the details of the order typed in the form, if it is a valid number not shown yet.
    fn look_up_order(&mut self) {
        let Ok(order_id) = crate::review::check_order_id(&self.state.form.order_id) else {
            return;
        };
        let Some(active) = self.state.active.clone() else {
            return;
        };
        if self
            .state
            .detail
            .as_ref()
            .is_some_and(|d| d.order_id == order_id && d.problem.is_none())
        {
            return;
        }
        self.state.detail = Some(DetailView {
            order_id: order_id.clone(),
            detail: None,
            read_at: std::time::Instant::now(),
            loading: true,
            problem: None,
        });
        self.send(Job::LoadOrder {
            account_id: active.account.id,
            order_id,
        });
    }

    fn review_and_send(&mut self) {
        let ready = matches!(
            self.state.active.as_ref().map(|a| &a.connection),
            Some(Connection::Ready)
        );
        match self.state.form.draft().validate() {
            Err(errors) => {
                self.state.form.focus = errors.first().map(|e| e.field);
                self.state.form.errors = errors;
            }
            Ok(_) if !ready => self
                .state
                .problem("The account is not open yet; wait a moment, or choose another account."),
            Ok(review) => {
                self.state.form.errors.clear();
                self.state.confirm = Some(review);
            }
        }
    }

    fn confirm_send(&mut self) {
        let (Some(review), Some(active)) = (self.state.confirm.take(), self.state.active.clone())
        else {
            return;
        };
        if self.state.submission.is_running() {
            return;
        }
        self.state.submission = Submission::Running {
            review: review.clone(),
            progress: None,
        };
        self.send(Job::Submit {
            account_id: active.account.id,
            review,
        });
    }
}

/// egui keeps a text field's undo history in its memory: drop the secret field's, so no copy
/// of the secret outlives the dialog.
fn forget_secret_field(ctx: &egui::Context) {
    egui::text_edit::TextEditState::default()
        .store(ctx, egui::Id::unique(accounts_dialog::SECRET_FIELD_ID));
}

fn add_checked_proof(ctx: &egui::Context, state: &mut AppState, checked: CheckedProof) {
    match checked.result {
        Ok(file) => {
            if state
                .form
                .proofs
                .iter()
                .any(|p| matches!(p, ProofItem::File { file: f, .. } if f.path == file.path))
            {
                return;
            }
            let thumbnail = checked.thumbnail.map(|image| {
                ctx.load_texture(
                    format!("proof:{}", file.path.display()),
                    image,
                    egui::TextureOptions::LINEAR,
                )
            });
            state.form.proofs.push(ProofItem::File { file, thumbnail });
            state
                .form
                .errors
                .retain(|e| e.field != crate::review::Field::Proofs);
        }
        Err(problem) => state.form.proof_problems.push(problem),
    }
}

impl eframe::App for ReviewApp {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        while let Ok(event) = self.events.try_recv() {
            self.handle(ctx, event);
        }
        let (hovering, dropped): (bool, Vec<PathBuf>) = ctx.input(|i| {
            (
                !i.raw.hovered_files.is_empty(),
                i.raw
                    .dropped_files
                    .iter()
                    .map(|f| f.path().to_path_buf())
                    .collect(),
            )
        });
        self.state.files_hovering = hovering;
        self.refresh_orders_when_due(ctx);
        if !dropped.is_empty() && self.state.active.is_some() {
            self.state.tab = Tab::Answer;
            self.apply(ctx, Action::AddProofFiles(dropped));
        }
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        let mut actions = Vec::new();
        egui::Panel::top("top-bar").show(ui, |ui| {
            ui.add_space(4.0);
            top_bar::show(ui, &self.state, &mut actions);
            ui.add_space(2.0);
        });
        if !self.state.notices.is_empty() {
            egui::Panel::bottom("notices").show(ui, |ui| notices(ui, &self.state, &mut actions));
        }
        match (&self.state.active, self.state.tab) {
            (None, _) => {
                egui::CentralPanel::default()
                    .show(ui, |ui| welcome::show(ui, &self.state, &mut actions));
            }
            (Some(_), Tab::Answer) => {
                egui::Panel::left("orders")
                    .resizable(false)
                    .exact_size(SIDE_PANEL_WIDTH)
                    .show(ui, |ui| {
                        ui.add_space(6.0);
                        orders_panel::show(ui, &self.state, &mut actions);
                    });
                egui::Panel::right("order-details")
                    .resizable(false)
                    .exact_size(SIDE_PANEL_WIDTH)
                    .show(ui, |ui| {
                        ui.add_space(6.0);
                        egui::ScrollArea::vertical()
                            .show(ui, |ui| order_details::show(ui, &self.state));
                    });
                egui::CentralPanel::default().show(ui, |ui| {
                    egui::ScrollArea::vertical()
                        .auto_shrink(false)
                        .show(ui, |ui| {
                            ui.add_space(6.0);
                            review_form::show(ui, &mut self.state, &mut actions);
                        });
                });
            }
            (Some(_), Tab::History) => {
                egui::CentralPanel::default().show(ui, |ui| {
                    history_panel::show(ui, &mut self.state, &mut actions)
                });
            }
        }
        if let Some(check) = &self.state.check {
            check_dialog::show(&ctx, check, &mut actions);
        }
        if self.state.settings_open {
            settings_dialog::show(&ctx, &self.state, &mut actions);
        }
        accounts_dialog::show(&ctx, &mut self.state, &mut actions);
        if let Some(review) = self.state.confirm.clone() {
            confirm::show(&ctx, &self.state, &review, &mut actions);
        }
        if let Some(entry) = self.state.history.open_entry.clone() {
            history_panel::entry_dialog(&ctx, &entry, &mut actions);
        }
        if self.state.files_hovering && self.state.active.is_some() {
            drop_overlay(&ctx);
        }
        for action in actions {
            self.apply(&ctx, action);
        }
    }
}

fn notices(ui: &mut egui::Ui, state: &AppState, actions: &mut Vec<Action>) {
    for (index, notice) in state.notices.iter().enumerate().rev().take(3) {
        let tone = if notice.is_problem {
            style::Tone::Bad
        } else {
            style::Tone::Info
        };
        style::tone_frame(ui, tone).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal(|ui| {
                ui.add(egui::Label::new(style::tone_text(ui, tone, notice.text.clone())).wrap());
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    if ui.small_button("Dismiss").clicked() {
                        actions.push(Action::DismissNotice(index));
                    }
                });
            });
        });
    }
}

fn drop_overlay(ctx: &egui::Context) {
    let screen = ctx.content_rect();
    let painter = ctx.layer_painter(egui::LayerId::new(
        egui::Order::Foreground,
        egui::Id::unique("drop-overlay"),
    ));
    painter.rect_filled(screen, 0.0, egui::Color32::from_black_alpha(150));
    painter.text(
        screen.center(),
        egui::Align2::CENTER_CENTER,
        "Drop to add as proof",
        egui::FontId::proportional(28.0),
        egui::Color32::WHITE,
    );
}

/// Opens the window (blocks until it closes).
pub fn run(start_in_practice: bool) -> eframe::Result {
    let data_dir = crate::paths::data_dir();
    let (accounts, accounts_problem) = match AccountBook::load(&data_dir.join("accounts.json")) {
        Ok(book) => (book, None),
        Err(e) => (
            AccountBook::default(),
            Some(format!("{e}. Your accounts will need to be added again.")),
        ),
    };
    let mut viewport = egui::ViewportBuilder::default()
        .with_title(APP_TITLE)
        .with_app_id(APP_ID)
        .with_inner_size([1180.0, 760.0])
        .with_min_inner_size([860.0, 560.0]);
    if let Ok(icon) = eframe::icon_data::from_png_bytes(include_bytes!("../../assets/icon.png")) {
        viewport = viewport.with_icon(Arc::new(icon));
    }
    let options = eframe::NativeOptions {
        viewport,
        ..Default::default()
    };
    let settings = crate::settings::Settings::load(&data_dir.join("settings.json"));
    let config = AppConfig {
        vault: None,
        data_dir,
        accounts,
        accounts_problem,
        start_in_practice,
        practice_new_request_every: Some(Duration::from_secs(90)),
        practice: None,
        settings,
    };
    eframe::run_native(
        APP_TITLE,
        options,
        Box::new(move |cc| Ok(Box::new(ReviewApp::new(&cc.egui_ctx, config)?))),
    )
}
