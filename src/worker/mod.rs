//! The worker: a tokio runtime on its own named thread. The window sends [`Job`]s; the worker
//! does all the IO (network, keyring, disk, file dialogs, image decoding) and sends [`Event`]s
//! back, waking the window for each. The window never waits on any of it.
//!
//! One file per family of jobs, around the small core here (the queues, [`Shared`], `emit`):
//! `accounts` (keys, clients, connection checks), `watch` (every account watched for cancel
//! requests, with alerts), `proofs`, `submit`, `history` and `support` (settings, diagnostics,
//! folders, practice trouble).

mod accounts;
pub mod decision;
mod history;
mod proofs;
mod submit;
mod support;
mod watch;

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::atomic::AtomicI64;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use eframe::egui;
use tokio::sync::mpsc;

use crate::accounts::{Account, AccountBook, AccountChange};
use crate::bybit::model::OrderDetail;
use crate::bybit::{Client, ClockReading, Credentials};
use crate::check::CheckReport;
use crate::history::{Entry, Filter, History};
use crate::platform::notification::{Alert, Notifications, Notifier};
use crate::practice::{PracticeExchange, Trouble};
use crate::proof::ProofFile;
use crate::review::ValidReview;
use crate::secrets::{SecretError, Vault};
use crate::settings::Settings;
use crate::submit::{Progress, Report};
use crate::watch::Schedule;

/// Jobs queued beyond this are refused rather than piling up.
const JOB_QUEUE: usize = 64;
/// Events waiting for the window.
const EVENT_QUEUE: usize = 256;

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
    /// Wait for the file dialog the window opened, then check the chosen files.
    PickProofFiles(FileDialog<Vec<PathBuf>>),
    /// Check files given by drag and drop.
    CheckProofFiles(Vec<PathBuf>),
    /// Send an answer with an open account.
    Submit {
        account_id: String,
        review: ValidReview,
    },
    /// Stop the upload of the answer being sent: nothing is sent.
    StopUpload,
    /// Count and read a page of the history.
    LoadHistory {
        filter: Filter,
        offset: u64,
        limit: u64,
    },
    /// Wait for where to save (the window asked), then write the filtered history as CSV.
    ExportHistory {
        filter: Filter,
        dialog: FileDialog<PathBuf>,
    },
    /// Watch exactly these accounts for cancel requests (starting and stopping watches).
    /// `announce_existing`: alert the requests already waiting too (a window started hidden).
    Watch {
        accounts: Vec<Account>,
        announce_existing: bool,
    },
    /// How often to look, or pause looking.
    SetSchedule(Schedule),
    /// Look at every watched account now.
    RefreshNow,
    /// Show a desktop notification that needs no answer.
    Notify(Alert),
    /// Find out whether a tray host shows tray icons.
    DetectTrayHost,
    /// Find out whether the app starts at login.
    ReadStartAtLogin,
    /// Start the app at login (hidden in the tray), or stop doing so.
    SetStartAtLogin(bool),
    /// Read one order's detail.
    LoadOrder {
        account_id: String,
        order_id: String,
    },
    /// Read older messages of an order's chat, before the message `before_id`.
    LoadEarlierChat {
        account_id: String,
        order: Box<OrderDetail>,
        before_id: i64,
    },
    /// Test an account's connection (opening it if needed).
    TestConnection(Account),
    /// Save the preferences and apply the answer timeout to every open account.
    SaveSettings(Settings),
    /// Make the practice exchange misbehave (or stop misbehaving).
    SimulateTrouble(Trouble),
    /// Gather what support needs (no key, no secret) around the window's own summary.
    CollectDiagnostics { summary: String },
    /// Show a folder in the system's file manager.
    OpenFolder(PathBuf),
}

/// A file dialog on screen (begun by the window, on its thread), and the merchant's choice to
/// come: `None` when cancelled, or when this system has no file dialog.
pub struct FileDialog<T>(std::pin::Pin<Box<dyn std::future::Future<Output = Option<T>> + Send>>);

impl<T> FileDialog<T> {
    pub fn new(choice: impl std::future::Future<Output = Option<T>> + Send + 'static) -> Self {
        Self(Box::pin(choice))
    }

    /// The merchant's choice.
    pub async fn chosen(self) -> Option<T> {
        self.0.await
    }
}

impl<T> std::fmt::Debug for FileDialog<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("FileDialog")
    }
}

impl Job {
    /// What to watch, how often, or now: it only changes what the watches do, at once.
    fn steers_the_watch(&self) -> bool {
        matches!(
            self,
            Job::Watch { .. } | Job::SetSchedule(_) | Job::RefreshNow
        )
    }
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
    /// A watched account's orders awaiting an answer, when they changed or were asked for, or
    /// why they could not be read. `asked`: the merchant asked for this refresh.
    Watched {
        account_id: String,
        result: Result<Vec<OrderDetail>, String>,
        asked: bool,
        /// Orders marked paid whose detail could not be read: the list may lack one of them.
        unread: Vec<crate::orders::Unread>,
    },
    /// Bybit asked this account to slow down (10006): it is read every `every` for `lasting`.
    WatchSlowed {
        account_id: String,
        every: Duration,
        lasting: Duration,
    },
    /// Bybit refused this computer's address (HTTP 403): every account on `host` is paused
    /// until `until_ms` (ms since the epoch), then read again by itself. `asked`: the answer
    /// to a refresh the merchant asked for meanwhile.
    HostPaused {
        account_id: String,
        host: String,
        until_ms: i64,
        asked: bool,
    },
    /// The merchant clicked the alert about this order.
    AlertClicked {
        account_id: String,
        order_id: String,
    },
    /// Whether a tray host shows the tray icon.
    TrayHost(bool),
    /// Whether the app starts at login (or why that could not be read or changed).
    StartAtLogin(Result<bool, String>),
    OrderLoaded {
        account_id: String,
        order_id: String,
        result: Result<OrderDetail, String>,
    },
    /// The chat, the seller's record and our history around an opened order.
    DecisionRead {
        account_id: String,
        order_id: String,
        data: decision::DecisionData,
    },
    /// Older messages of an order's chat (oldest first, and whether more may exist).
    EarlierChat {
        order_id: String,
        result: Result<(Vec<crate::bybit::model::ChatMessage>, bool), String>,
    },
    /// A chat picture's thumbnail.
    ChatPicture {
        order_id: String,
        message_id: String,
        picture: egui::ColorImage,
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
    /// When the watched accounts were last read, in ms since the epoch: set on every reading,
    /// read by the window whenever it draws (a reading that changed nothing draws no frame).
    pub checked_at_ms: Arc<AtomicI64>,
    /// Where alerts go; `None`: this computer's desktop notifications.
    pub notifications: Option<Arc<dyn Notifications>>,
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
        if job.steers_the_watch() {
            // Applied here, in the order the window sent them: spawned tasks may start in any
            // order, and an older list of accounts would then stop a newer account's watch.
            // These never wait, so nothing queues behind them.
            shared.handle(job).await;
        } else {
            tokio::spawn(async move { shared.handle(job).await });
        }
    }
}

struct Shared {
    vault: Arc<Vault>,
    data_dir: PathBuf,
    history: Result<Mutex<History>, String>,
    /// Said once at start when a damaged history was set aside.
    history_notice: Option<String>,
    clients: Mutex<HashMap<String, (Arc<Client>, Account)>>,
    /// By account, held while it is being opened, so the window and a watch asking at once
    /// share one client (one rate budget, and the clock its answers teach is the one looked
    /// at). One per account: a keyring waiting for its password holds up no other account.
    opening: Mutex<HashMap<String, Arc<tokio::sync::Mutex<()>>>>,
    practice: Mutex<Option<Arc<PracticeExchange>>>,
    accounts_file: Mutex<()>,
    settings: Mutex<Settings>,
    practice_new_request_every: Option<Duration>,
    notifications: Arc<dyn Notifications>,
    /// One watch per account, by id.
    watches: Mutex<HashMap<String, watch::Watching>>,
    /// Stops the proofs' upload of the answer being sent (the window's Cancel).
    upload_stop: Mutex<Option<crate::submit::Stop>>,
    /// Hosts that answered HTTP 403: every account's watch there waits.
    host_bans: Arc<crate::watch::HostBans>,
    schedule: tokio::sync::watch::Sender<Schedule>,
    checked_at_ms: Arc<AtomicI64>,
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
        let schedule = Schedule {
            every: setup.settings.watch_every(),
            paused: false,
        };
        Self {
            vault: setup.vault.unwrap_or_else(|| Arc::new(Vault::os())),
            data_dir: setup.data_dir,
            history,
            history_notice,
            clients: Mutex::new(HashMap::new()),
            opening: Mutex::new(HashMap::new()),
            practice: Mutex::new(setup.practice),
            accounts_file: Mutex::new(()),
            settings: Mutex::new(setup.settings),
            practice_new_request_every: setup.practice_new_request_every,
            notifications: setup
                .notifications
                .unwrap_or_else(|| Arc::new(Notifier::new())),
            watches: Mutex::new(HashMap::new()),
            host_bans: Arc::default(),
            upload_stop: Mutex::new(None),
            schedule: tokio::sync::watch::Sender::new(schedule),
            checked_at_ms: setup.checked_at_ms,
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
            Job::DeleteKey(account) => self.delete_key(account).await,
            Job::UpdateAccounts(change) => self.update_accounts(change).await,
            Job::PickProofFiles(dialog) => self.pick_proof_files(dialog).await,
            Job::CheckProofFiles(paths) => self.check_proofs(paths).await,
            Job::Submit { account_id, review } => self.submit(&account_id, review).await,
            Job::StopUpload => self.stop_upload(),
            Job::LoadHistory {
                filter,
                offset,
                limit,
            } => self.load_history(filter, offset, limit).await,
            Job::ExportHistory { filter, dialog } => self.export_history(filter, dialog).await,
            Job::Watch {
                accounts,
                announce_existing,
            } => self.watch(accounts, announce_existing),
            Job::SetSchedule(schedule) => {
                self.schedule.send_replace(schedule);
            }
            Job::RefreshNow => self.refresh_now(),
            Job::Notify(alert) => self.notify(alert).await,
            Job::DetectTrayHost => {
                let present = crate::platform::tray::host_present().await;
                self.emit(Event::TrayHost(present)).await;
            }
            Job::ReadStartAtLogin => {
                let enabled = blocking(crate::platform::autostart::is_enabled).await;
                self.emit(Event::StartAtLogin(enabled)).await;
            }
            Job::SetStartAtLogin(enabled) => {
                let result = blocking(move || crate::platform::autostart::set(enabled))
                    .await
                    .map(|()| enabled);
                self.emit(Event::StartAtLogin(result)).await;
            }
            Job::LoadOrder {
                account_id,
                order_id,
            } => self.load_order(account_id, order_id).await,
            Job::LoadEarlierChat {
                account_id,
                order,
                before_id,
            } => self.load_earlier_chat(account_id, *order, before_id).await,
            Job::TestConnection(account) => self.test_connection(account).await,
            Job::SaveSettings(settings) => self.save_settings(settings).await,
            Job::SimulateTrouble(trouble) => self.simulate_trouble(trouble),
            Job::OpenFolder(path) => self.open_folder(path).await,
            Job::CollectDiagnostics { summary } => self.collect_diagnostics(summary).await,
        }
    }

    fn clients(&self) -> std::sync::MutexGuard<'_, HashMap<String, (Arc<Client>, Account)>> {
        self.clients.lock().unwrap_or_else(|e| e.into_inner())
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
