//! The worker: a tokio runtime on its own named thread. The window sends [`Job`]s; the worker
//! does all the IO (network, keyring, disk, file dialogs, image decoding) and sends [`Event`]s
//! back, waking the window for each. The window never waits on any of it.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use eframe::egui;
use tokio::sync::mpsc;

use crate::accounts::{Account, AccountBook, AccountChange};
use crate::bybit::model::OrderDetail;
use crate::bybit::{Client, ClientOptions, ClockReading, Credentials, Target};
use crate::check::{CheckReport, check_connection};
use crate::history::{Entry, Filter, History};
use crate::known_clocks::KnownClocks;
use crate::platform::notification::{Alert, Notifier};
use crate::practice::{PracticeConfig, PracticeExchange, Trouble};
use crate::proof::{ACCEPTED_EXTENSIONS, ProofFile, check_proof_file};
use crate::review::ValidReview;
use crate::secrets::{SecretError, Vault};
use crate::settings::Settings;
use crate::submit::{Progress, Report, Sender};

/// Jobs queued beyond this are refused rather than piling up.
const JOB_QUEUE: usize = 64;
/// Events waiting for the window.
const EVENT_QUEUE: usize = 256;
/// Rows per CSV export read.
const EXPORT_CHUNK: u64 = 1000;

/// Work for the worker.
#[derive(Debug)]
pub enum Job {
    /// Start the practice exchange and open the practice account.
    OpenPractice,
    /// Read an account's key and open a client for it.
    OpenAccount(Account),
    /// Save a key (in the keyring, or only in memory), then open the account.
    SaveKey {
        account: Account,
        credentials: Credentials,
        session_only: bool,
    },
    /// Forget an account's key.
    DeleteKey(Account),
    /// Change the accounts file (read, change, write: the CLI may have changed it too).
    UpdateAccounts(AccountChange),
    /// Show the file dialog, then check the chosen files.
    PickProofFiles,
    /// Check files given by drag and drop.
    CheckProofFiles(Vec<PathBuf>),
    /// Send an answer with an open account.
    Submit {
        account_id: String,
        review: ValidReview,
    },
    /// Count and read a page of the history.
    LoadHistory {
        filter: Filter,
        offset: u64,
        limit: u64,
    },
    /// Ask where to save, then write the filtered history as CSV.
    ExportHistory(Filter),
    /// Find the account's orders awaiting an answer.
    RefreshOrders { account_id: String },
    /// Read one order's detail.
    LoadOrder {
        account_id: String,
        order_id: String,
    },
    /// Test an account's connection (opening it if needed).
    TestConnection(Account),
    /// Show a desktop notification.
    Notify { title: String, body: String },
    /// Save the preferences and apply the answer timeout to every open account.
    SaveSettings(Settings),
    /// Make the practice exchange misbehave (or stop misbehaving).
    SimulateTrouble(Trouble),
    /// Gather what support needs (no key, no secret) around the window's own summary.
    CollectDiagnostics { summary: String },
    /// Show a folder in the system's file manager.
    OpenFolder(PathBuf),
}

/// What the worker reports back.
#[derive(Debug)]
pub enum Event {
    /// Whether keys can be saved on this computer (`Err` says why not and what to do).
    KeyringStatus(Result<(), String>),
    AccountOpened {
        account: Account,
    },
    AccountFailed {
        account_id: String,
        message: String,
    },
    KeySaved {
        account: Account,
        session_only: bool,
    },
    KeyNotSaved {
        account: Account,
        error: SecretError,
    },
    KeyDeleted {
        account_id: String,
        result: Result<(), String>,
    },
    /// The accounts file after a change, including what other programs added.
    AccountsChanged(AccountBook),
    AccountsNotSaved(String),
    ProofsChecked(Vec<CheckedProof>),
    /// The file dialog closed without a file (or could not open).
    NoFilesPicked,
    Progress(Progress),
    Submitted(Report),
    HistoryPage {
        filter: Filter,
        offset: u64,
        total: u64,
        entries: Vec<Entry>,
    },
    HistoryUnavailable(String),
    /// The history was damaged, set aside and started anew.
    HistoryRecovered(String),
    Exported {
        path: PathBuf,
        rows: u64,
    },
    ExportFailed(String),
    OrdersRefreshed {
        account_id: String,
        result: Result<Vec<OrderDetail>, String>,
    },
    OrderLoaded {
        account_id: String,
        order_id: String,
        result: Result<OrderDetail, String>,
    },
    ConnectionChecked {
        account: Account,
        report: CheckReport,
    },
    /// Server time minus this computer's time, as learnt from Bybit's answers.
    ClockOffset {
        account_id: String,
        offset_ms: i64,
    },
    /// Bybit asked to slow down: the account's next call waits this long.
    SlowingDown {
        account_id: String,
        wait: Duration,
    },
    SettingsNotSaved(String),
    Diagnostics(String),
    FolderNotOpened {
        path: PathBuf,
        error: String,
    },
}

/// One proof file after its checks, with a small picture for images.
#[derive(Debug)]
pub struct CheckedProof {
    pub path: PathBuf,
    pub result: Result<ProofFile, String>,
    pub thumbnail: Option<egui::ColorImage>,
}

/// The worker's files and keyring.
pub struct WorkerSetup {
    /// The key store; `None` opens this computer's keyring (on the worker thread: connecting to
    /// it may take a moment, and the window must not wait).
    pub vault: Option<Arc<Vault>>,
    pub data_dir: PathBuf,
    /// How often the practice exchange opens a new cancel request (None: never).
    pub practice_new_request_every: Option<Duration>,
    /// A practice exchange to use instead of starting one (tests reach into it to inject
    /// faults or new cancel requests).
    pub practice: Option<Arc<PracticeExchange>>,
    pub settings: Settings,
}

/// The worker could not take a job (it stopped, or too many are queued).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WorkerBusy;

/// The window's handle on the worker. Dropping it stops the worker.
pub struct Worker {
    jobs: mpsc::Sender<Job>,
    /// Tells the worker the window is on screen: only then does it open the keyring, the
    /// history and the practice exchange, so none of that delays the first frame.
    window_up: Option<std::sync::mpsc::SyncSender<()>>,
}

/// The longest the worker waits for the window before it starts anyway (a window that never
/// draws, such as one started hidden, must not leave it idle).
const WINDOW_UP_WAIT: Duration = Duration::from_secs(3);

impl Worker {
    /// Starts the worker thread. Every event it sends wakes `ctx`.
    pub fn start(
        setup: WorkerSetup,
        ctx: egui::Context,
    ) -> std::io::Result<(Self, mpsc::Receiver<Event>)> {
        let (jobs, job_rx) = mpsc::channel(JOB_QUEUE);
        let (event_tx, events) = mpsc::channel(EVENT_QUEUE);
        let (window_up, wait_for_window) = std::sync::mpsc::sync_channel(1);
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .thread_name("worker-io")
            .enable_all()
            .build()?;
        std::thread::Builder::new()
            .name("worker".into())
            .spawn(move || {
                // Jobs sent meanwhile wait in their queue.
                let _ = wait_for_window.recv_timeout(WINDOW_UP_WAIT);
                let shared = Arc::new(Shared::new(setup, event_tx, ctx));
                runtime.block_on(async {
                    shared
                        .emit(Event::KeyringStatus(shared.vault.keyring_status()))
                        .await;
                    if let Some(notice) = shared.history_notice.clone() {
                        shared.emit(Event::HistoryRecovered(notice)).await;
                    }
                    run(job_rx, shared).await;
                });
                // Pending dialogs or requests must not keep the process alive after the window closes.
                runtime.shutdown_timeout(Duration::from_secs(1));
            })?;
        Ok((
            Self {
                jobs,
                window_up: Some(window_up),
            },
            events,
        ))
    }

    /// The window is on screen: the worker may start its work.
    pub fn window_is_up(&mut self) {
        if let Some(window_up) = self.window_up.take() {
            let _ = window_up.try_send(());
        }
    }

    /// Queues a job. Fails only if the worker is gone or badly behind.
    pub fn send(&self, job: Job) -> Result<(), WorkerBusy> {
        self.jobs.try_send(job).map_err(|_| WorkerBusy)
    }
}

async fn run(mut jobs: mpsc::Receiver<Job>, shared: Arc<Shared>) {
    while let Some(job) = jobs.recv().await {
        let shared = shared.clone();
        tokio::spawn(async move { shared.handle(job).await });
    }
}

struct Shared {
    vault: Arc<Vault>,
    data_dir: PathBuf,
    history: Result<Mutex<History>, String>,
    /// Said once at start when a damaged history was set aside.
    history_notice: Option<String>,
    clients: Mutex<HashMap<String, (Arc<Client>, Account)>>,
    practice: Mutex<Option<Arc<PracticeExchange>>>,
    accounts_file: Mutex<()>,
    settings: Mutex<Settings>,
    practice_new_request_every: Option<Duration>,
    notifier: Notifier,
    /// Bybit's clock as last told to the window and remembered on disk, by account.
    clocks_told: Mutex<HashMap<String, ClockReading>>,
    events: mpsc::Sender<Event>,
    ctx: egui::Context,
}

impl Shared {
    fn new(setup: WorkerSetup, events: mpsc::Sender<Event>, ctx: egui::Context) -> Self {
        let (history, history_notice) =
            match History::open_or_recover(&setup.data_dir.join("history.sqlite3")) {
                Ok((history, notice)) => (Ok(Mutex::new(history)), notice),
                Err(e) => (Err(e.to_string()), None),
            };
        Self {
            vault: setup.vault.unwrap_or_else(|| Arc::new(Vault::os())),
            data_dir: setup.data_dir,
            history,
            history_notice,
            clients: Mutex::new(HashMap::new()),
            practice: Mutex::new(setup.practice),
            accounts_file: Mutex::new(()),
            settings: Mutex::new(setup.settings),
            practice_new_request_every: setup.practice_new_request_every,
            notifier: Notifier::new(),
            clocks_told: Mutex::new(HashMap::new()),
            events,
            ctx,
        }
    }

    async fn emit(&self, event: Event) {
        // The window may be gone; then nobody is waiting for this event.
        let _ = self.events.send(event).await;
        self.ctx.request_repaint();
    }

    /// For progress from synchronous callbacks: dropped if the window is far behind.
    fn emit_now(&self, event: Event) {
        let _ = self.events.try_send(event);
        self.ctx.request_repaint();
    }

    async fn handle(self: Arc<Self>, job: Job) {
        match job {
            Job::OpenPractice => self.open_practice().await,
            Job::OpenAccount(account) => self.open_account(account).await,
            Job::SaveKey {
                account,
                credentials,
                session_only,
            } => self.save_key(account, credentials, session_only).await,
            Job::DeleteKey(account) => {
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
            Job::UpdateAccounts(change) => {
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
            Job::PickProofFiles => {
                let names: Vec<&str> = ACCEPTED_EXTENSIONS.to_vec();
                let picked = rfd::AsyncFileDialog::new()
                    .set_title("Choose proof files")
                    .add_filter("Photos, PDF, videos", &names)
                    .pick_files()
                    .await;
                match picked {
                    Some(files) => {
                        let paths = files.iter().map(|f| f.path().to_path_buf()).collect();
                        self.check_proofs(paths).await;
                    }
                    // Cancelled, or no file dialog on this system: the window must stop waiting.
                    None => self.emit(Event::NoFilesPicked).await,
                }
            }
            Job::CheckProofFiles(paths) => self.check_proofs(paths).await,
            Job::Submit { account_id, review } => self.submit(&account_id, review).await,
            Job::LoadHistory {
                filter,
                offset,
                limit,
            } => self.load_history(filter, offset, limit).await,
            Job::ExportHistory(filter) => self.export_history(filter).await,
            Job::RefreshOrders { account_id } => {
                let result = match self.open_client(&account_id) {
                    Ok(client) => crate::orders::awaiting_my_answer(&client)
                        .await
                        .map_err(|e| e.to_string()),
                    Err(message) => Err(message),
                };
                self.after_calls(&account_id).await;
                self.emit(Event::OrdersRefreshed { account_id, result })
                    .await;
            }
            Job::LoadOrder {
                account_id,
                order_id,
            } => {
                let result = match self.open_client(&account_id) {
                    Ok(client) => client
                        .order_detail(&order_id)
                        .await
                        .map_err(|e| e.to_string()),
                    Err(message) => Err(message),
                };
                self.after_calls(&account_id).await;
                self.emit(Event::OrderLoaded {
                    account_id,
                    order_id,
                    result,
                })
                .await;
            }
            Job::TestConnection(account) => self.test_connection(account).await,
            Job::Notify { title, body } => {
                let alert = Alert {
                    title,
                    body,
                    sound: false,
                    urgent: false,
                };
                if let Err(e) = self.notifier.show(alert, Box::new(|| {})).await {
                    // The badge in the window still shows it; no notification daemon is no error.
                    tracing::info!("desktop notification not shown: {e}");
                }
            }
            Job::SaveSettings(settings) => {
                let timeout = settings.answer_timeout();
                *self.settings.lock().unwrap_or_else(|e| e.into_inner()) = settings.clone();
                for (client, _) in self.clients().values() {
                    client.set_request_timeout(timeout);
                }
                let path = self.data_dir.join("settings.json");
                if let Err(e) = blocking(move || settings.save(&path)).await {
                    self.emit(Event::SettingsNotSaved(e.to_string())).await;
                }
            }
            Job::SimulateTrouble(trouble) => {
                // A late answer must come after the answer timeout, or it is not late.
                let late_by = self.answer_timeout() + Duration::from_secs(5);
                if let Some(exchange) = self
                    .practice
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .as_ref()
                {
                    exchange.set_faults(trouble.faults(late_by));
                }
            }
            Job::OpenFolder(path) => {
                let folder = path.clone();
                if let Err(e) = blocking(move || crate::platform::open::folder(&folder)).await {
                    self.emit(Event::FolderNotOpened {
                        path,
                        error: e.to_string(),
                    })
                    .await;
                }
            }
            Job::CollectDiagnostics { summary } => {
                let shared = self.clone();
                let report = blocking(move || shared.diagnostics(&summary)).await;
                self.emit(Event::Diagnostics(report)).await;
            }
        }
    }

    fn clients(&self) -> std::sync::MutexGuard<'_, HashMap<String, (Arc<Client>, Account)>> {
        self.clients.lock().unwrap_or_else(|e| e.into_inner())
    }

    async fn open_practice(&self) {
        let account = Account::practice();
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
                        .map_err(|e| format!("The practice exchange could not start: {e}"))
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

    /// The client of an account opened earlier.
    fn open_client(&self, account_id: &str) -> Result<Arc<Client>, String> {
        self.clients()
            .get(account_id)
            .map(|(client, _)| client.clone())
            .ok_or_else(|| "This account is not open yet; wait a moment and try again.".to_owned())
    }

    /// Runs the connection check, opening the account first if it is not open.
    async fn test_connection(&self, account: Account) {
        if self.open_client(&account.id).is_err() {
            if account.is_practice() {
                self.open_practice().await;
            } else {
                self.open_account(account.clone()).await;
            }
        }
        let report = match self.open_client(&account.id) {
            Ok(client) => check_connection(&client).await,
            Err(message) => CheckReport {
                steps: vec![crate::check::Step {
                    name: "API key",
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

    async fn open_account(&self, account: Account) {
        let vault = self.vault.clone();
        let id = account.id.clone();
        match blocking(move || vault.load(&id)).await {
            Ok(credentials) => match Target::named(account.environment) {
                Some(target) => self.connect(account, target, credentials).await,
                None => {
                    self.emit(Event::AccountFailed {
                        account_id: account.id,
                        message: "This environment has no address.".into(),
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

    fn answer_timeout(&self) -> Duration {
        self.settings
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .answer_timeout()
    }

    async fn connect(&self, account: Account, target: Target, credentials: Credentials) {
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
    async fn after_calls(&self, account_id: &str) {
        let open = self.clients().get(account_id).cloned();
        if let Some((client, account)) = open {
            self.clock_learnt(&account, &client).await;
        }
    }

    /// After calls with an account: tells the window what its answers taught of Bybit's clock,
    /// and remembers it for the next run (not the practice exchange's, which lives only as long
    /// as the app).
    async fn clock_learnt(&self, account: &Account, client: &Client) {
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

    async fn save_key(&self, account: Account, credentials: Credentials, session_only: bool) {
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
                if let Some(target) = Target::named(account.environment) {
                    self.connect(account, target, credentials).await;
                }
            }
            Err(error) => self.emit(Event::KeyNotSaved { account, error }).await,
        }
    }

    async fn check_proofs(&self, paths: Vec<PathBuf>) {
        let checked = blocking(move || paths.into_iter().map(|p| check_one(&p)).collect()).await;
        self.emit(Event::ProofsChecked(checked)).await;
    }

    async fn submit(self: &Arc<Self>, account_id: &str, review: ValidReview) {
        let Some((client, account)) = self.clients().get(account_id).cloned() else {
            self.emit(Event::AccountFailed {
                account_id: account_id.to_owned(),
                message:
                    "This account is not open yet; nothing was sent. Wait a moment and try again."
                        .into(),
            })
            .await;
            return;
        };
        let history = match &self.history {
            Ok(history) => history,
            Err(e) => {
                self.emit(Event::HistoryUnavailable(format!("Nothing was sent: the history cannot be written ({e}), and no answer leaves without a record."))).await;
                return;
            }
        };
        let sender = Sender {
            client: &client,
            history,
            account: &account.name,
        };
        let report = sender
            .submit(&review, |step| self.emit_now(Event::Progress(step)))
            .await;
        self.after_calls(account_id).await;
        self.emit(Event::Submitted(report)).await;
    }

    async fn load_history(self: &Arc<Self>, filter: Filter, offset: u64, limit: u64) {
        let shared = self.clone();
        let for_read = filter.clone();
        let read = blocking(move || -> Result<(u64, Vec<Entry>), String> {
            let history = shared.history.as_ref().map_err(Clone::clone)?;
            let history = history.lock().unwrap_or_else(|e| e.into_inner());
            let total = history.count(&for_read).map_err(|e| e.to_string())?;
            let entries = history
                .page(&for_read, offset, limit)
                .map_err(|e| e.to_string())?;
            Ok((total, entries))
        })
        .await;
        match read {
            Ok((total, entries)) => {
                self.emit(Event::HistoryPage {
                    filter,
                    offset,
                    total,
                    entries,
                })
                .await
            }
            Err(e) => self.emit(Event::HistoryUnavailable(e)).await,
        }
    }

    async fn export_history(self: &Arc<Self>, filter: Filter) {
        let Some(file) = rfd::AsyncFileDialog::new()
            .set_title("Export the history as CSV")
            .set_file_name("p2p-cancel-review-history.csv")
            .add_filter("CSV", &["csv"])
            .save_file()
            .await
        else {
            return;
        };
        let path = file.path().to_path_buf();
        let shared = self.clone();
        let target = path.clone();
        let written = blocking(move || -> Result<u64, String> {
            let history = shared.history.as_ref().map_err(Clone::clone)?;
            let history = history.lock().unwrap_or_else(|e| e.into_inner());
            crate::history::csv::export(&history, &filter, &target, EXPORT_CHUNK)
                .map_err(|e| e.to_string())
        })
        .await;
        match written {
            Ok(rows) => self.emit(Event::Exported { path, rows }).await,
            Err(e) => self.emit(Event::ExportFailed(e)).await,
        }
    }
}

impl Shared {
    /// The support report: the window's summary, the keyring, the history's size and the last
    /// log lines, all scrubbed of secrets.
    fn diagnostics(&self, summary: &str) -> String {
        let keyring = match self.vault.keyring_status() {
            Ok(()) => "available".to_owned(),
            Err(why) => format!("unavailable ({why})"),
        };
        let history = match &self.history {
            Ok(history) => history
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .count(&Filter::default())
                .map(|n| format!("{n} entries"))
                .unwrap_or_else(|e| e.to_string()),
            Err(e) => format!("unavailable ({e})"),
        };
        let mut report = format!(
            "P2P Cancel Review {} on {} {}\n{summary}\nKeyring: {keyring}\nHistory: {history}\nData folder: {}\n\nRecent log lines:\n",
            env!("CARGO_PKG_VERSION"),
            std::env::consts::OS,
            std::env::consts::ARCH,
            self.data_dir.display()
        );
        for line in crate::logging::recent_lines(&self.data_dir, 40) {
            report.push_str(&line);
            report.push('\n');
        }
        crate::redact::scrub(&report)
    }
}

/// Runs blocking work (keyring, disk) off the async threads.
async fn blocking<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> T {
    match tokio::task::spawn_blocking(work).await {
        Ok(value) => value,
        // Only a panic inside `work` lands here; carry it on rather than invent a value.
        Err(e) => std::panic::resume_unwind(e.into_panic()),
    }
}

fn check_one(path: &Path) -> CheckedProof {
    match check_proof_file(path) {
        Ok(file) => {
            let thumbnail = file
                .kind
                .is_image()
                .then(|| thumbnail(&file.path))
                .flatten();
            CheckedProof {
                path: path.to_path_buf(),
                result: Ok(file),
                thumbnail,
            }
        }
        Err(e) => CheckedProof {
            path: path.to_path_buf(),
            result: Err(e.to_string()),
            thumbnail: None,
        },
    }
}

/// Side of a thumbnail, in pixels.
pub const THUMBNAIL_PX: u32 = 96;

/// A small picture of an image proof; `None` if it cannot be decoded (it is still a valid
/// proof: the exchange gets the file as it is).
fn thumbnail(path: &Path) -> Option<egui::ColorImage> {
    let mut reader = image::ImageReader::open(path)
        .ok()?
        .with_guessed_format()
        .ok()?;
    let mut limits = image::Limits::default();
    // A small file can claim enormous dimensions; refuse to allocate for those.
    limits.max_image_width = Some(20_000);
    limits.max_image_height = Some(20_000);
    limits.max_alloc = Some(512 * 1024 * 1024);
    reader.limits(limits);
    let small = reader
        .decode()
        .ok()?
        .thumbnail(THUMBNAIL_PX, THUMBNAIL_PX)
        .to_rgba8();
    let size = [small.width() as usize, small.height() as usize];
    Some(egui::ColorImage::from_rgba_unmultiplied(
        size,
        small.as_raw(),
    ))
}
