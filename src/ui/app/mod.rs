//! The app: owns the state, drains the worker's events before each frame, lets the views draw
//! and collect actions, then applies the actions after the frame.

mod actions;
mod dialogs;
mod events;
mod orders;
mod window;

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use eframe::egui;
use tokio::sync::mpsc;

use super::state::{
    Action, ActiveAccount, AppState, Connection, HISTORY_PAGE, ProofItem, Submission, Tab,
};
use super::{
    about_dialog, accounts_dialog, check_dialog, confirm, history_panel, order_details,
    orders_panel, review_form, settings_dialog, style, top_bar, welcome,
};
use crate::accounts::{Account, AccountBook, AccountChange};
use crate::secrets::Vault;
use crate::worker::{CheckedProof, Event, Job, Worker, WorkerSetup};

/// The product's name where the system needs one that never changes (eframe's storage); the
/// merchant reads [`app_title`], its name in their language.
pub const APP_NAME: &str = "P2P Cancel Review";
/// The app id a `.desktop` file matches.
pub const APP_ID: &str = "p2p-cancel-review";

/// The app's name in the merchant's language: the window's title and heading, the tray, the
/// notifications and the menu entry (the .desktop file's Name).
pub fn app_title() -> String {
    crate::fl!("app-title")
}

/// Width of the orders list and of the order details beside the form.
const SIDE_PANEL_WIDTH: f32 = 290.0;
/// Below this width (in points: zoomed in, or a small window) the details go below the form
/// and the orders list narrows.
const NARROW_BELOW: f32 = 1000.0;
const NARROW_SIDE_PANEL_WIDTH: f32 = 240.0;

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
    /// The language for this run only (`--lang`): wins over the one in `settings`, unsaved.
    pub language: Option<&'static crate::i18n::Language>,
    /// Started at login: stay in the tray (where there is one) and alert what already waits.
    pub start_hidden: bool,
    /// Where alerts go; `None`: this computer's desktop notifications.
    pub notifications: Option<Arc<dyn crate::platform::notification::Notifications>>,
    /// Put an icon in the system tray (not in tests: one per process).
    pub tray: bool,
    /// This app's hold on its data folder: later launches hand over to it (see `instance`).
    pub instance: Option<crate::instance::Instance>,
    /// Open this order in the form once the account is open (`--order`).
    pub open_order: Option<String>,
}

impl AppConfig {
    /// A window on `data_dir` with no accounts, this computer's keyring and notifications, no
    /// tray, in English: what the tests and benchmarks start from.
    pub fn new(data_dir: PathBuf) -> Self {
        Self {
            vault: None,
            data_dir,
            accounts: AccountBook::default(),
            accounts_problem: None,
            start_in_practice: false,
            practice_new_request_every: None,
            practice: None,
            settings: crate::settings::Settings {
                language: Some("en".into()),
                ..Default::default()
            },
            language: None,
            start_hidden: false,
            notifications: None,
            tray: false,
            instance: None,
            open_order: None,
        }
    }
}

/// The desktop app.
pub struct ReviewApp {
    worker: Worker,
    events: mpsc::Receiver<Event>,
    state: AppState,
    /// The first frame has been drawn (the next one finds the window on screen).
    first_frame_drawn: bool,
    /// Started at login, to stay in the tray.
    start_hidden: bool,
    /// Focus the window on the next frame (after bringing it forward).
    focus_next_frame: bool,
    /// The tray icon and what its menu asks; `None` until the window is up, or without one.
    tray: Option<crate::platform::tray::Tray>,
    tray_commands: Option<std::sync::mpsc::Receiver<crate::platform::tray::TrayCommand>>,
    wants_tray: bool,
    /// A tray host shows the icon (`None` until known).
    tray_host: Option<bool>,
    /// Quit was asked (from the tray or the app): closing then ends the app.
    quitting: bool,
    /// What later launches asked of this app (see `instance`).
    later_launches: Option<std::sync::mpsc::Receiver<crate::instance::Request>>,
    /// The first window was fitted to its screen (see `fit_first_window`).
    window_fitted: bool,
    /// The window the file dialogs belong to (see `dialogs`).
    dialog_parent: Option<dialogs::DialogParent>,
    /// macOS: listening for the app brought to the front (see `platform::activation`).
    activation: Option<crate::platform::activation::Activation>,
}

impl ReviewApp {
    pub fn new(ctx: &egui::Context, config: AppConfig) -> std::io::Result<Self> {
        style::apply(ctx);
        let language = config
            .language
            .unwrap_or_else(|| config.settings.language());
        crate::i18n::set(language);
        super::fonts::follow_language(ctx, language);
        ctx.set_zoom_factor(config.settings.zoom());
        let data_dir = config.data_dir.clone();
        let state = AppState::new(config.accounts, config.settings.clone(), data_dir);
        let setup = WorkerSetup {
            vault: config.vault,
            data_dir: config.data_dir,
            practice_new_request_every: config.practice_new_request_every,
            practice: config.practice,
            settings: config.settings,
            checked_at_ms: state.orders.checked_at_ms.clone(),
            notifications: config.notifications,
        };
        let (worker, events) = Worker::start(setup, ctx.clone())?;
        let mut app = Self {
            worker,
            events,
            state,
            first_frame_drawn: false,
            start_hidden: config.start_hidden,
            focus_next_frame: false,
            tray: None,
            tray_commands: None,
            wants_tray: config.tray,
            tray_host: None,
            quitting: false,
            later_launches: None,
            window_fitted: false,
            dialog_parent: None,
            activation: None,
        };
        if let Some(instance) = config.instance {
            app.listen_for_later_launches(ctx, instance);
        }
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
        app.send_schedule();
        app.watch_accounts();
        app.send(Job::ReadStartAtLogin);
        app.reload_history();
        if let Some(order_id) = config.open_order {
            app.open_order(ctx, order_id);
        }
        Ok(app)
    }

    /// Ctrl + plus / minus / 0 change the zoom (egui does it): keep it for the next start.
    fn remember_zoom(&mut self, ctx: &egui::Context) {
        // The zoom set at start applies from the first frame on.
        if !self.first_frame_drawn {
            return;
        }
        let zoom = ctx.zoom_factor();
        if (zoom - self.state.settings.zoom()).abs() > 0.001 {
            self.state.settings.zoom = Some(zoom);
            self.send(Job::SaveSettings(self.state.settings.clone()));
        }
    }

    /// The state, for tests and diagnostics.
    pub fn state(&self) -> &AppState {
        &self.state
    }

    fn send(&mut self, job: Job) {
        if self.worker.send(job).is_err() {
            self.state.problem(crate::fl!("notice-busy"));
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
    /// with no order details (the watched orders stay, and the clocks learnt: they are every
    /// account's).
    fn switch_to(&mut self, account: Account) {
        if self
            .state
            .active
            .as_ref()
            .is_none_or(|a| a.account.id != account.id)
        {
            self.state.detail = None;
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

    fn update_accounts(&mut self, change: AccountChange) {
        self.send(Job::UpdateAccounts(change));
    }
}

impl eframe::App for ReviewApp {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        if self.first_frame_drawn {
            self.worker.window_is_up();
            self.start_tray(ctx);
        }
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
        self.wake_for_countdowns(ctx);
        self.focus_if_asked(ctx);
        self.remember_zoom(ctx);
        self.follow_tray(ctx);
        self.follow_later_launches(ctx);
        self.hide_if_started_hidden(ctx);
        self.fit_first_window(ctx);
        self.close_to_tray_if_asked(ctx);
        if !dropped.is_empty() && self.state.active.is_some() {
            self.state.tab = Tab::Answer;
            self.apply(ctx, Action::AddProofFiles(dropped));
        }
    }

    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        self.remember_dialog_parent(frame);
        // The window appears once its first frame is drawn; the worker and the tray start
        // after that (in `logic`, which runs for a hidden window too).
        if !self.first_frame_drawn {
            self.first_frame_drawn = true;
            ctx.request_repaint();
        }
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
                // Zoomed in, or in a small window, the order's details move below the form so
                // the form keeps a readable width.
                let narrow = ui.available_width() < NARROW_BELOW;
                let side_width = if narrow {
                    NARROW_SIDE_PANEL_WIDTH
                } else {
                    SIDE_PANEL_WIDTH
                };
                egui::Panel::left("orders")
                    .resizable(false)
                    .exact_size(side_width)
                    .show(ui, |ui| {
                        ui.add_space(6.0);
                        orders_panel::show(ui, &self.state, &mut actions);
                    });
                if !narrow {
                    egui::Panel::right("order-details")
                        .resizable(false)
                        .exact_size(SIDE_PANEL_WIDTH)
                        .show(ui, |ui| {
                            ui.add_space(6.0);
                            egui::ScrollArea::vertical()
                                .show(ui, |ui| order_details::show(ui, &self.state, &mut actions));
                        });
                }
                egui::CentralPanel::default().show(ui, |ui| {
                    // The send button stays in view however long the form grows.
                    egui::Panel::bottom("send-bar")
                        .frame(egui::Frame::NONE.inner_margin(egui::Margin::symmetric(0, 8)))
                        .show(ui, |ui| {
                            review_form::send_bar(ui, &self.state, &mut actions)
                        });
                    egui::ScrollArea::vertical()
                        .auto_shrink(false)
                        .show(ui, |ui| {
                            ui.add_space(6.0);
                            review_form::show(ui, &mut self.state, &mut actions);
                            if narrow {
                                ui.add_space(14.0);
                                ui.separator();
                                order_details::show(ui, &self.state, &mut actions);
                            }
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
        if self.state.about_open {
            about_dialog::show(&ctx, &self.state, &mut actions);
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
                let said = ui
                    .add(egui::Label::new(style::tone_text(ui, tone, notice.text.clone())).wrap());
                style::announce(ui, &said, notice.is_problem);
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    if ui.small_button(crate::fl!("notice-dismiss")).clicked() {
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
        crate::fl!("window-drop-to-add-proof"),
        egui::FontId::proportional(28.0),
        egui::Color32::WHITE,
    );
}

/// How the window was asked to start (the command line).
pub struct Launch {
    pub practice: bool,
    /// Started at login: stay in the tray.
    pub hidden: bool,
    /// Open this order in the form.
    pub order_id: Option<String>,
    /// For this run only (`--lang`).
    pub language: Option<&'static crate::i18n::Language>,
    /// This app's hold on the data folder, when it could be taken.
    pub instance: Option<crate::instance::Instance>,
}

/// Opens the window (blocks until it closes).
pub fn run(launch: Launch) -> eframe::Result {
    let Launch {
        practice: start_in_practice,
        hidden: start_hidden,
        order_id,
        language,
        instance,
    } = launch;
    let data_dir = crate::paths::data_dir();
    let settings = crate::settings::Settings::load(&data_dir.join("settings.json"));
    // The window speaks the language asked for on the command line, else the one picked in
    // Settings, else the system's (set here too: the messages below are in it).
    crate::i18n::set(language.unwrap_or_else(|| settings.language()));
    let (accounts, accounts_problem) = match AccountBook::load(&data_dir.join("accounts.json")) {
        Ok(book) => (book, None),
        Err(e) => (
            AccountBook::default(),
            Some(crate::fl!(
                "notice-accounts-unreadable",
                error = (e.to_string())
            )),
        ),
    };
    let mut viewport = egui::ViewportBuilder::default()
        .with_title(app_title())
        .with_app_id(APP_ID)
        .with_inner_size(window::FIRST_WINDOW_SIZE)
        .with_min_inner_size(window::SMALLEST_WINDOW_SIZE)
        // Started at login: the window must not take the focus on its way to the tray.
        .with_active(!start_hidden);
    if let Ok(icon) =
        eframe::icon_data::from_png_bytes(include_bytes!("../../../assets/icons/256x256.png"))
    {
        viewport = viewport.with_icon(Arc::new(icon));
    }
    let options = |renderer| eframe::NativeOptions {
        viewport: viewport.clone(),
        renderer,
        // The app looks up system fonts itself, in its own language (see `fonts`).
        system_font_fallback: false,
        ..Default::default()
    };
    let config = AppConfig {
        accounts,
        accounts_problem,
        start_in_practice,
        practice_new_request_every: Some(Duration::from_secs(90)),
        settings,
        language,
        start_hidden,
        tray: true,
        instance,
        open_order: order_id,
        ..AppConfig::new(data_dir)
    };
    // Toasts carry the app's name (Windows): registered before the first one is shown.
    crate::platform::app_identity::adopt_once();
    // The watch's timers must keep time while the app is in the background (macOS App Nap).
    let _timers_on_time = crate::platform::app_nap::KeepTimersOnTime::begin();
    // Taken by the renderer that gets as far as creating the app; still here if it failed first.
    let config = Arc::new(std::sync::Mutex::new(Some(config)));
    let opened = open_window(options(eframe::Renderer::Glow), config.clone());
    // Windows without OpenGL 2 (a remote desktop session, a virtual machine, a rented server):
    // Direct3D 12, which falls back to Windows' own software renderer (WARP) where no graphics
    // card is there.
    #[cfg(windows)]
    let opened = match opened {
        Err(e) if config.lock().is_ok_and(|c| c.is_some()) => {
            tracing::warn!("OpenGL could not draw the window ({e}); trying Direct3D");
            open_window(options(eframe::Renderer::Wgpu), config)
        }
        opened => opened,
    };
    opened
}

/// Runs the window with `options` on the app `config` holds (blocks until it closes).
fn open_window(
    options: eframe::NativeOptions,
    config: Arc<std::sync::Mutex<Option<AppConfig>>>,
) -> eframe::Result {
    eframe::run_native(
        APP_NAME,
        options,
        Box::new(move |cc| {
            let config = config
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .take()
                .ok_or("the window was already opened once")?;
            Ok(Box::new(ReviewApp::new(&cc.egui_ctx, config)?))
        }),
    )
}

/// egui keeps a text field's undo history in its memory: drop the secret field's, so no copy
/// of the secret outlives the dialog.
pub(super) fn forget_secret_field(ctx: &egui::Context) {
    egui::text_edit::TextEditState::default()
        .store(ctx, egui::Id::unique(accounts_dialog::SECRET_FIELD_ID));
}

pub(super) fn add_checked_proof(ctx: &egui::Context, state: &mut AppState, checked: CheckedProof) {
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
