//! What the window shows, and the actions its views ask for. Views read this state (and edit
//! their own text buffers); everything with an effect goes through an [`Action`].

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::AtomicI64;
use std::time::{Duration, Instant};

use eframe::egui;

use crate::accounts::{Account, AccountBook};
use crate::bybit::Environment;
use crate::bybit::model::OrderDetail;
use crate::check::CheckReport;
use crate::history::{Entry, Filter};
use crate::practice::Trouble;
use crate::proof::ProofFile;
use crate::review::{Decision, Field, FieldError, RejectReason, ReviewDraft, ValidReview};
use crate::settings::Settings;
use crate::submit::{Progress, Report};

/// Something a view asks the app to do.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    StartPractice,
    OpenAccountDialog,
    CloseAccountDialog,
    /// Save the key typed in the account dialog (in the keyring, or for this session only).
    SaveNewAccount {
        session_only: bool,
    },
    SelectAccount(String),
    DeleteAccount(String),
    ShowTab(Tab),
    PickProofFiles,
    AddProofFiles(Vec<PathBuf>),
    AddLinks,
    RemoveProof(usize),
    /// Validate; open the confirmation or point at what is missing.
    ReviewAndSend,
    /// Add a file of the order's chat to the refusal's proofs, by its Bybit path.
    UseChatFileAsProof(String),
    /// Read the chat's earlier messages.
    LoadEarlierChat,
    /// Stop the proofs' upload of the answer on its way: nothing is sent.
    StopUpload,
    ConfirmSend,
    CancelConfirm,
    SendAgain,
    /// Clear the form for the next order.
    StartNewAnswer,
    HistoryFilterChanged,
    HistoryNeedRows(u64),
    /// The first row on screen, so pages far from it can be let go.
    HistoryScrolledTo(u64),
    OpenHistoryEntry(Entry),
    CloseHistoryEntry,
    ExportHistory,
    DismissNotice(usize),
    /// Read every watched account now.
    RefreshOrders,
    /// Fill the form with an order from the list (switching to its account) and show its
    /// details.
    ChooseOrder {
        account_id: String,
        order: OrderDetail,
    },
    /// Read the details of the order typed in the form.
    LookUpOrder,
    SetWatchInterval(Duration),
    PauseWatching(bool),
    SetAlertSound(bool),
    TestConnection(Account),
    CloseCheck,
    OpenSettings,
    CloseSettings,
    SetAnswerTimeout(u64),
    CopyDiagnostics,
    SimulateTrouble(Trouble),
    OpenAbout,
    CloseAbout,
    SetStartAtLogin(bool),
    Quit,
    /// Speak this language from now on (`None`: the system's), and remember it.
    SetLanguage(Option<&'static crate::i18n::Language>),
    /// Show a folder (data, logs) in the system's file manager.
    OpenFolder(PathBuf),
}

/// The two views of the main screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    Answer,
    History,
}

/// The account in use and whether its client is ready.
#[derive(Debug, Clone, PartialEq)]
pub struct ActiveAccount {
    pub account: Account,
    pub connection: Connection,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Connection {
    Opening,
    Ready,
    Failed(String),
}

/// One proof in the form.
#[derive(Clone)]
pub enum ProofItem {
    File {
        file: ProofFile,
        thumbnail: Option<egui::TextureHandle>,
    },
    Link(String),
}

impl ProofItem {
    pub fn describe(&self) -> String {
        match self {
            ProofItem::File { file, .. } => file.name.clone(),
            ProofItem::Link(url) => url.clone(),
        }
    }
}

/// The answer form.
#[derive(Clone, Default)]
pub struct ReviewForm {
    pub order_id: String,
    pub decision: Option<Decision>,
    /// The paid-order guard's box: the money is back (or was never sent). An Accept cannot be
    /// sent without it.
    pub refund_received: bool,
    pub reason: Option<RejectReason>,
    pub proofs: Vec<ProofItem>,
    pub link_input: String,
    pub remark: String,
    /// Shown once the merchant has tried to send.
    pub errors: Vec<FieldError>,
    /// Files refused when added, with the reason.
    pub proof_problems: Vec<String>,
    /// Files being checked on the worker.
    pub checking_files: bool,
    /// A gentle word about the proof picker (not a problem).
    pub hint: Option<String>,
    /// The field to focus on the next frame.
    pub focus: Option<Field>,
}

impl ReviewForm {
    /// The draft as the domain sees it: files first, then links, each in the order added.
    pub fn draft(&self) -> ReviewDraft {
        let mut draft = ReviewDraft {
            order_id: self.order_id.clone(),
            decision: self.decision,
            reason: self.reason,
            remark: self.remark.clone(),
            ..ReviewDraft::default()
        };
        for proof in &self.proofs {
            match proof {
                ProofItem::File { file, .. } => draft.proof_files.push(file.clone()),
                ProofItem::Link(url) => draft.proof_urls.push(url.clone()),
            }
        }
        draft
    }

    /// The first error about `field`, once the merchant has tried to send.
    pub fn error_for(&self, field: Field) -> Option<&str> {
        self.errors
            .iter()
            .find(|e| e.field == field)
            .map(|e| e.message.as_str())
    }
}

/// Where the current answer is.
#[derive(Clone, Default)]
pub enum Submission {
    #[default]
    Idle,
    Running {
        review: ValidReview,
        progress: Option<Progress>,
    },
    Finished {
        review: ValidReview,
        report: Report,
    },
}

impl Submission {
    pub fn is_running(&self) -> bool {
        matches!(self, Submission::Running { .. })
    }
}

/// The account dialog's form. The secret buffer is wiped as soon as it is handed over.
#[derive(Default)]
pub struct AccountDialog {
    pub name: String,
    pub environment: Option<Environment>,
    pub api_key: String,
    pub api_secret: zeroize::Zeroizing<String>,
    pub problem: Option<String>,
    /// Set when the keyring cannot keep keys: offers the session-only choice.
    pub keyring_unavailable: Option<String>,
    pub saving: bool,
    pub confirm_delete: Option<String>,
}

/// Rows of the history fetched so far, for the current filter.
#[derive(Default)]
pub struct HistoryView {
    /// What the merchant is typing/choosing.
    pub filter: Filter,
    /// What the cached rows were read with.
    pub shown_filter: Filter,
    pub total: Option<u64>,
    pub rows: BTreeMap<u64, Entry>,
    pub requested_pages: std::collections::BTreeSet<u64>,
    pub open_entry: Option<Entry>,
    pub problem: Option<String>,
}

/// Rows read from the history at a time.
pub const HISTORY_PAGE: u64 = 100;
/// Pages kept on either side of the view; farther ones are dropped and read again if needed,
/// so scrolling through 100,000 entries never holds more than a few hundred rows.
pub const HISTORY_PAGES_KEPT: u64 = 3;

impl HistoryView {
    /// Lets go of pages far from the first row on screen.
    pub fn keep_near(&mut self, first_row: u64) {
        let here = first_row / HISTORY_PAGE * HISTORY_PAGE;
        let reach = HISTORY_PAGES_KEPT * HISTORY_PAGE;
        let near = |page: u64| page + reach >= here && page <= here + reach;
        self.requested_pages.retain(|page| near(*page));
        self.rows
            .retain(|row, _| near(row / HISTORY_PAGE * HISTORY_PAGE));
    }

    /// Drops every cached row (after a filter change or a new entry).
    pub fn invalidate(&mut self) {
        self.shown_filter = self.filter.clone();
        self.total = None;
        self.rows.clear();
        self.requested_pages.clear();
    }
}

/// The intervals offered for watching (their words: [`watch_choice_words`]).
pub const WATCH_CHOICES: [Duration; 3] = crate::watch::INTERVALS;

/// How often the list is read, in words: "as soon as possible", "every minute", "every 5
/// minutes".
pub fn watch_choice_words(every: Duration) -> String {
    if every == crate::watch::AS_SOON_AS_POSSIBLE {
        return crate::fl!("orders-watch-asap");
    }
    let seconds = every.as_secs();
    if seconds >= 60 && seconds.is_multiple_of(60) {
        crate::fl!("orders-watch-every-minutes", count = (seconds / 60))
    } else {
        crate::fl!("orders-watch-every-seconds", count = seconds)
    }
}

/// One watched account's orders awaiting an answer.
pub struct AccountOrders {
    pub account: Account,
    pub orders: Vec<OrderDetail>,
    /// When the list was read: the countdowns run from here.
    pub read_at: Instant,
    /// A list has arrived (before that, nothing is known).
    pub listed: bool,
    /// Why the last reading failed (the previous list stays on screen).
    pub problem: Option<String>,
    /// Orders marked paid whose detail the last reading could not read.
    pub unread: Vec<crate::orders::Unread>,
}

impl AccountOrders {
    /// Time left to answer an order of the list, counted down since it was read.
    pub fn time_left(&self, order: &OrderDetail) -> Option<Duration> {
        let left = order.time_left_to_answer()?;
        Some(left.saturating_sub(self.read_at.elapsed()))
    }
}

/// Every watched account's orders awaiting an answer: one list for the merchant.
pub struct OrdersView {
    /// By account id.
    pub accounts: BTreeMap<String, AccountOrders>,
    /// When the worker last read the accounts (ms since the epoch; 0: not yet). Set by the
    /// worker at every reading, read here whenever a frame is drawn anyway: a reading that
    /// changed nothing draws no frame.
    pub checked_at_ms: Arc<AtomicI64>,
    /// Accounts a refresh was asked of and that have not answered yet.
    pub refreshing: BTreeSet<String>,
    /// Said while a reading waits because Bybit asked to slow down.
    pub slowing_down: Option<String>,
    /// Every (account, order) seen: later arrivals are news.
    pub known: HashSet<(String, String)>,
    /// Orders that arrived since the merchant last looked: the badge.
    pub unseen: BTreeSet<(String, String)>,
    pub interval: Duration,
    pub paused: bool,
    /// Bybit refused this computer's address (HTTP 403): the host, and until when every
    /// account there waits (ms since the epoch). Said once, above the accounts.
    pub host_paused: Option<(String, i64)>,
}

impl OrdersView {
    pub fn new(interval: Duration) -> Self {
        Self {
            accounts: BTreeMap::new(),
            checked_at_ms: Arc::new(AtomicI64::new(0)),
            refreshing: BTreeSet::new(),
            slowing_down: None,
            known: HashSet::new(),
            unseen: BTreeSet::new(),
            interval,
            paused: false,
            host_paused: None,
        }
    }

    /// Every account's orders, the most urgent first.
    pub fn combined(&self) -> Vec<(&AccountOrders, &OrderDetail)> {
        let mut all: Vec<(&AccountOrders, &OrderDetail)> = self
            .accounts
            .values()
            .flat_map(|a| a.orders.iter().map(move |o| (a, o)))
            .collect();
        all.sort_by_key(|(a, o)| (a.time_left(o), o.id.clone()));
        all
    }

    /// How many requests await an answer, over all accounts.
    pub fn awaiting(&self) -> usize {
        self.accounts.values().map(|a| a.orders.len()).sum()
    }

    /// Some account's list has arrived.
    pub fn any_listed(&self) -> bool {
        self.accounts.values().any(|a| a.listed)
    }

    pub fn is_unseen(&self, account_id: &str, order_id: &str) -> bool {
        self.unseen
            .contains(&(account_id.to_owned(), order_id.to_owned()))
    }
}

/// The order whose details are shown beside the form.
pub struct DetailView {
    pub order_id: String,
    pub detail: Option<OrderDetail>,
    pub read_at: Instant,
    pub loading: bool,
    pub problem: Option<String>,
    /// The chat, the seller's record and the warnings, once read.
    pub decision: Option<crate::worker::decision::DecisionData>,
    /// The chat's pictures, by message id.
    pub pictures: std::collections::HashMap<String, egui::TextureHandle>,
    /// Earlier chat messages are being read.
    pub loading_earlier: bool,
}

impl DetailView {
    /// Time left to answer, counted down since the detail was read.
    pub fn time_left(&self) -> Option<Duration> {
        let left = self.detail.as_ref()?.time_left_to_answer()?;
        Some(left.saturating_sub(self.read_at.elapsed()))
    }
}

/// A connection check, running (`report` is `None`) or done.
pub struct CheckView {
    pub account: Account,
    pub report: Option<CheckReport>,
}

/// A short message at the bottom of the window.
#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    pub text: String,
    pub is_problem: bool,
}

/// Everything the window shows.
pub struct AppState {
    pub accounts: AccountBook,
    pub active: Option<ActiveAccount>,
    /// `Err(why)` when this computer has no usable keyring; `None` until known.
    pub keyring: Option<Result<(), String>>,
    pub tab: Tab,
    pub form: ReviewForm,
    pub submission: Submission,
    /// The answer awaiting the merchant's confirmation.
    pub confirm: Option<ValidReview>,
    pub account_dialog: Option<AccountDialog>,
    pub history: HistoryView,
    pub notices: Vec<Notice>,
    /// Files are being dragged over the window.
    pub files_hovering: bool,
    pub orders: OrdersView,
    pub detail: Option<DetailView>,
    pub check: Option<CheckView>,
    pub settings: Settings,
    pub settings_open: bool,
    pub about_open: bool,
    /// Where the history, accounts and settings live (never a key).
    pub data_dir: PathBuf,
    pub log_dir: PathBuf,
    /// Server time minus this computer's, by account (ms): kept for every account, since a
    /// watch may learn it before the window switches to that account.
    pub clock_offsets: BTreeMap<String, i64>,
    /// What the practice exchange simulates.
    pub trouble: Trouble,
    /// Practice mode was opened: the practice account is watched too.
    pub practice_on: bool,
    /// The app starts at login (`None` until known).
    pub start_at_login: Option<bool>,
    /// An answer's outcome just arrived: the keyboard goes to its first action.
    pub focus_result: bool,
    /// Closing the window hides it in the tray: a Quit button is offered.
    pub tray_in_use: bool,
}

impl AppState {
    /// Server time minus this computer's for the account in use (ms), once learnt.
    pub fn clock_offset_ms(&self) -> Option<i64> {
        let active = self.active.as_ref()?;
        self.clock_offsets.get(&active.account.id).copied()
    }

    pub fn new(accounts: AccountBook, settings: Settings, data_dir: PathBuf) -> Self {
        let log_dir = crate::logging::log_dir(&data_dir);
        Self {
            accounts,
            active: None,
            keyring: None,
            tab: Tab::Answer,
            form: ReviewForm::default(),
            submission: Submission::default(),
            confirm: None,
            account_dialog: None,
            history: HistoryView::default(),
            notices: Vec::new(),
            files_hovering: false,
            orders: OrdersView::new(settings.watch_every()),
            detail: None,
            check: None,
            settings,
            settings_open: false,
            about_open: false,
            data_dir,
            log_dir,
            clock_offsets: BTreeMap::new(),
            trouble: Trouble::None,
            practice_on: false,
            start_at_login: None,
            focus_result: false,
            tray_in_use: false,
        }
    }

    /// The environment in use, if any account is.
    pub fn environment(&self) -> Option<Environment> {
        self.active.as_ref().map(|a| a.account.environment)
    }

    pub fn notice(&mut self, text: impl Into<String>) {
        self.notices.push(Notice {
            text: text.into(),
            is_problem: false,
        });
    }

    pub fn problem(&mut self, text: impl Into<String>) {
        self.notices.push(Notice {
            text: text.into(),
            is_problem: true,
        });
    }
}
