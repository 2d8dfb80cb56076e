//! The real window, driven by its labels with egui_kittest (headless: no display, no GPU).
//! Practice mode starts the real practice exchange on 127.0.0.1, so these tests send real
//! answers over HTTP through the worker thread.

mod common;

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use eframe::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable};
use p2p_cancel_review::accounts::AccountBook;
use p2p_cancel_review::platform::notification::{Alert, Notifications, OnClick};
use p2p_cancel_review::practice::{Book, Faults, PracticeConfig, PracticeExchange, Trouble};
use p2p_cancel_review::secrets::{Vault, no_secret_service};
use p2p_cancel_review::ui::state::Connection;
use p2p_cancel_review::ui::{AppConfig, ReviewApp};

use common::window::wait_until;

struct Setup {
    data_dir: tempfile::TempDir,
    vault: Arc<Vault>,
    /// The desktop notifications the app showed.
    alerts: Arc<Recorded>,
    /// Saved accounts (at practice exchanges).
    accounts: AccountBook,
}

/// Notifications, recorded instead of shown, with what clicking each would do.
#[derive(Default)]
struct Recorded(Mutex<Vec<(Alert, Option<OnClick>)>>);

impl Notifications for Recorded {
    fn show(
        &self,
        alert: Alert,
        on_click: OnClick,
    ) -> std::pin::Pin<Box<dyn std::future::Future<Output = Result<(), String>> + Send + '_>> {
        self.0.lock().unwrap().push((alert, Some(on_click)));
        Box::pin(async { Ok(()) })
    }
}

impl Recorded {
    fn titles(&self) -> Vec<String> {
        self.0
            .lock()
            .unwrap()
            .iter()
            .map(|(a, _)| a.title.clone())
            .collect()
    }

    fn body(&self, index: usize) -> String {
        self.0.lock().unwrap()[index].0.body.clone()
    }

    /// The merchant clicks notification `index`.
    fn click(&self, index: usize) {
        let on_click = self.0.lock().unwrap()[index].1.take();
        (on_click.expect("clicked once"))();
    }
}

impl Setup {
    fn new() -> Self {
        Self {
            data_dir: tempfile::tempdir().unwrap(),
            vault: Arc::new(Vault::with_store(keyring_core::mock::Store::new().unwrap())),
            alerts: Arc::new(Recorded::default()),
            accounts: AccountBook::default(),
        }
    }

    /// A saved account whose key is in the (mock) keyring and whose requests go to `exchange`.
    fn with_account(mut self, name: &str, exchange: &PracticeExchange) -> Self {
        let mut account = self
            .accounts
            .new_account(name, p2p_cancel_review::bybit::Environment::Practice)
            .unwrap();
        account.base_url = Some(exchange.base_url());
        self.vault
            .save(&account.id, &PracticeExchange::credentials())
            .unwrap();
        self.accounts.upsert(account);
        self
    }

    fn without_keyring() -> Self {
        Self {
            vault: Arc::new(Vault::without_keyring(&no_secret_service())),
            ..Self::new()
        }
    }

    fn harness(&self, start_in_practice: bool) -> Harness<'static, ReviewApp> {
        self.build(start_in_practice, None)
    }

    /// Like [`Setup::harness_on`], with chosen settings.
    fn build_with_settings(
        &self,
        exchange: Arc<PracticeExchange>,
        settings: p2p_cancel_review::settings::Settings,
    ) -> Harness<'static, ReviewApp> {
        self.build_full(true, Some(exchange), settings)
    }

    /// The window in practice mode on an exchange the test can reach into.
    fn harness_on(&self, exchange: Arc<PracticeExchange>) -> Harness<'static, ReviewApp> {
        self.build(true, Some(exchange))
    }

    fn build(
        &self,
        start_in_practice: bool,
        practice: Option<Arc<PracticeExchange>>,
    ) -> Harness<'static, ReviewApp> {
        self.build_full(start_in_practice, practice, english())
    }

    fn build_full(
        &self,
        start_in_practice: bool,
        practice: Option<Arc<PracticeExchange>>,
        settings: p2p_cancel_review::settings::Settings,
    ) -> Harness<'static, ReviewApp> {
        let config = AppConfig {
            vault: Some(self.vault.clone()),
            accounts: self.accounts.clone(),
            start_in_practice,
            practice,
            settings,
            notifications: Some(self.alerts.clone()),
            ..AppConfig::new(self.data_dir.path().to_path_buf())
        };
        Harness::builder()
            .with_size(egui::vec2(1280.0, 1000.0))
            // Countdowns wake the window when their text changes, on the real clock: right
            // after an orders list arrives that can take a few quick frames, so a frame run is
            // allowed that many before it counts as never settling.
            .with_max_steps(32)
            .build_eframe(move |cc| ReviewApp::new(&cc.egui_ctx, config).unwrap())
    }
}

/// The settings the tests start from: the defaults, in English.
fn english() -> p2p_cancel_review::settings::Settings {
    p2p_cancel_review::settings::Settings {
        language: Some("en".into()),
        ..Default::default()
    }
}

fn shared_practice(book: Book) -> Arc<PracticeExchange> {
    Arc::new(
        PracticeExchange::start(PracticeConfig {
            book,
            ..PracticeConfig::default()
        })
        .unwrap(),
    )
}

/// Waits until every watched account's list has been read and no refresh is under way.
fn refreshed(harness: &mut Harness<'_, ReviewApp>) {
    wait_until(harness, "the orders lists to be read", |h| {
        let orders = &h.state().state().orders;
        orders
            .accounts
            .values()
            .all(|a| a.listed || a.problem.is_some())
            && orders.refreshing.is_empty()
    });
}

/// Clicks Refresh and waits for every account's answer.
fn refresh(harness: &mut Harness<'_, ReviewApp>) {
    harness.get_by_label("Refresh").click();
    harness.step();
    assert!(!harness.state().state().orders.refreshing.is_empty());
    refreshed(harness);
}

/// Waits until the practice account is open and its first orders list has been read, so no
/// spinner keeps the window repainting when a test wants it settled.
fn practice_ready(harness: &mut Harness<'_, ReviewApp>) {
    wait_until(harness, "the practice account to open", |h| {
        h.state()
            .state()
            .active
            .as_ref()
            .is_some_and(|a| a.connection == Connection::Ready)
    });
    refreshed(harness);
}

/// Brings a control into view, as a merchant scrolls to it.
fn scroll_to(harness: &mut Harness<'_, ReviewApp>, label: &str) {
    harness.get_by_label(label).scroll_to_me();
    harness.run_steps(2);
}

/// Ticks the paid-order guard's box, as a merchant whose money is back does.
fn acknowledge_refund(harness: &mut Harness<'_, ReviewApp>) {
    harness.get_by_label_contains("back in my account").click();
    harness.run();
}

fn shows(harness: &Harness<'_, ReviewApp>, text: &str) -> bool {
    harness.query_all_by_label_contains(text).next().is_some()
}

fn type_into(harness: &mut Harness<'_, ReviewApp>, label: &str, text: &str) {
    harness.get_by_label(label).click();
    harness.step();
    harness.get_by_label(label).type_text(text);
    harness.step();
}

/// Fills the history with `n` finished answers, order ids 1000000..1000000+n.
fn seed_history(data_dir: &Path, n: usize) {
    use p2p_cancel_review::history::{Completion, History, NewEntry, Outcome};
    use p2p_cancel_review::review::Decision;
    let mut history = History::open(&data_dir.join("history.sqlite3")).unwrap();
    let attempts: Vec<_> = (0..n)
        .map(|i| {
            (
                NewEntry {
                    environment: "practice".into(),
                    account: "Practice account".into(),
                    order_id: format!("{}", 1_000_000 + i),
                    decision: Decision::Pass,
                    reason: None,
                    proofs: vec![],
                    remark: None,
                },
                Completion {
                    outcome: Outcome::Accepted,
                    code: Some(0),
                    message: "SUCCESS".into(),
                    latency_ms: Some(90),
                    proofs_sent: None,
                    verification: None,
                },
            )
        })
        .collect();
    history.insert_finished(&attempts).unwrap();
}

/// Opens the account dialog from the welcome screen and fills it in (without saving).
fn fill_new_account(
    harness: &mut Harness<'_, ReviewApp>,
    name: &str,
    environment: &str,
    key: &str,
    secret: &str,
) {
    harness.get_by_label("Add my Bybit API key").click();
    harness.run();
    type_into(harness, "Name", name);
    harness.get_by_label("Environment").click();
    harness.run();
    harness.get_by_label(environment).click();
    harness.run();
    type_into(harness, "API key", key);
    type_into(harness, "API secret", secret);
}

#[derive(Debug)]
struct Dropped(PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

fn drop_file(harness: &mut Harness<'_, ReviewApp>, path: PathBuf) {
    harness
        .input_mut()
        .dropped_files
        .push(Arc::new(Dropped(path)));
    harness.step();
}

#[test]
fn the_welcome_screen_offers_a_key_or_practice() {
    let setup = Setup::new();
    let mut harness = setup.harness(false);
    harness.run();
    harness.get_by_label("Add my Bybit API key");
    harness.get_by_label("Try practice mode").click();
    practice_ready(&mut harness);
    assert!(
        shows(&harness, "PRACTICE · no real money"),
        "the environment is always visible"
    );
}

#[test]
fn refuse_reveals_reason_proofs_and_remark_and_accept_hides_them() {
    let setup = Setup::new();
    let mut harness = setup.harness(true);
    practice_ready(&mut harness);
    assert!(harness.query_by_label("Reason").is_none());

    harness
        .get_by_label_contains("Refuse the cancellation")
        .click();
    harness.run();
    harness.get_by_label("Reason");
    harness.get_by_label("Add files…");
    harness.get_by_label("Links");
    harness.get_by_label("Remark (optional)");

    harness
        .get_by_label_contains("Accept the cancellation")
        .click();
    harness.run();
    assert!(harness.query_by_label("Reason").is_none());
    assert!(harness.query_by_label("Add files…").is_none());
    assert!(harness.query_by_label("Remark (optional)").is_none());
}

#[test]
fn an_accept_waits_for_the_refund_box_and_says_what_it_means_while_refusing_stays_one_click() {
    let setup = Setup::new();
    let exchange = shared_practice(Book::Standard);
    let mut harness = setup.harness_on(exchange.clone());
    practice_ready(&mut harness);
    refreshed(&mut harness);
    let order = exchange
        .with(|e| e.order_of_seller("Обмен_Москва"))
        .unwrap();
    harness
        .get_by_label_contains(&format!("Order {order}"))
        .click();
    harness.run();
    wait_until(&mut harness, "the chat and the seller's record", |h| {
        shows(h, "Chat with the seller") && shows(h, "Account age")
    });
    harness
        .get_by_label_contains("Accept the cancellation")
        .click();
    harness.run();
    assert!(
        shows(
            &harness,
            "You marked this order paid: 50,000.00 RUB to Обмен_Москва. Accepting cancels it and the USDT stays with the seller."
        ),
        "the guard in this order's figures"
    );
    assert!(
        harness
            .get_by_label("Review and send…")
            .accesskit_node()
            .is_disabled(),
        "Send waits for the box"
    );
    assert!(shows(&harness, "To accept, first tick the box above."));
    harness
        .get_by_label("The 50,000.00 RUB is back in my account, or I never sent it")
        .click();
    harness.run();
    assert!(
        !harness
            .get_by_label("Review and send…")
            .accesskit_node()
            .is_disabled()
    );
    harness.get_by_label("Review and send…").click();
    harness.run();
    assert!(shows(&harness, "Send this answer?"));
    assert!(
        shows(&harness, "the USDT stays with the seller"),
        "said again"
    );
    harness.get_by_label("Go back").click();
    harness.run();

    // Refusing needs no box.
    harness
        .get_by_label_contains("Refuse the cancellation")
        .click();
    harness.run();
    assert!(
        !harness
            .get_by_label("Review and send…")
            .accesskit_node()
            .is_disabled()
    );
    assert!(!shows(&harness, "To accept, first tick the box above."));
    // The warnings stand above the answer.
    assert!(shows(&harness, "Before you answer"));
    assert!(shows(&harness, "account is only 2 days old"));
    // The chat's receipt goes into the refusal's proofs by its path.
    // As a screen reader (or a keyboard) presses it: the chat may be scrolled out of view.
    harness.get_by_label("Use as proof").click_accesskit();
    harness.run();
    let path = format!("/fiat/p2p/oss/showObj/otc/9001/receipt-{order}.png");
    let proofs: Vec<String> = harness
        .state()
        .state()
        .form
        .proofs
        .iter()
        .map(|p| p.describe())
        .collect();
    assert_eq!(proofs, [path], "among the proofs, by its path");
    assert!(shows(&harness, "In your proofs"));
}

#[test]
fn a_chat_bybit_refuses_is_one_line_and_the_rest_of_the_details_show() {
    let setup = Setup::new();
    let exchange = shared_practice(Book::Standard);
    exchange.set_faults(Faults {
        chat_refused: true,
        ..Faults::default()
    });
    let mut harness = setup.harness_on(exchange.clone());
    practice_ready(&mut harness);
    refreshed(&mut harness);
    let order = exchange
        .with(|e| e.order_of_seller("Обмен_Москва"))
        .unwrap();
    harness
        .get_by_label_contains(&format!("Order {order}"))
        .click();
    harness.run();
    wait_until(&mut harness, "the chat's answer", |h| {
        shows(h, "The chat could not be read")
    });
    assert!(shows(&harness, "912200387"));
    assert!(shows(&harness, "Account age"), "the record still shows");
    assert!(shows(&harness, "Обмен_Москва"));
}

#[test]
fn sending_an_incomplete_form_says_what_is_missing_and_focuses_it() {
    let setup = Setup::new();
    let mut harness = setup.harness(true);
    practice_ready(&mut harness);
    harness.get_by_label("Review and send…").click();
    harness.run();
    assert!(shows(&harness, "Before sending:"));
    assert!(shows(&harness, "Enter the order number."));
    assert!(shows(&harness, "Choose whether to accept or refuse"));
    assert!(
        harness.get_by_label("Order number").is_focused(),
        "the first invalid field takes focus"
    );
    assert!(
        harness.query_by_label("Send this answer?").is_none(),
        "no confirmation for an invalid form"
    );

    type_into(&mut harness, "Order number", "12ab");
    assert!(shows(&harness, "digits only"), "explained as it is typed");
    harness
        .get_by_label_contains("Refuse the cancellation")
        .click();
    harness.run();
    harness.get_by_label("Review and send…").click();
    harness.run();
    assert!(shows(&harness, "digits only"));
    assert!(shows(&harness, "Choose why you refuse"));
    assert!(shows(&harness, "Add at least one proof"));
}

#[test]
fn a_full_accept_in_practice_mode_ends_accepted_in_the_history() {
    let setup = Setup::new();
    let mut harness = setup.harness(true);
    practice_ready(&mut harness);
    let order = p2p_cancel_review::practice::standard_awaiting_ids()[0].clone();

    type_into(&mut harness, "Order number", &format!("  {order} "));
    harness
        .get_by_label_contains("Accept the cancellation")
        .click();
    harness.run();
    acknowledge_refund(&mut harness);
    harness.get_by_label("Review and send…").click();
    harness.run();
    assert!(shows(&harness, "Send this answer?"));
    assert!(shows(&harness, "This cannot be undone"));
    assert!(
        shows(&harness, &order),
        "the confirmation shows the trimmed order id"
    );
    harness.key_press(egui::Key::Enter); // Enter sends, as the dialog says
    wait_until(&mut harness, "the answer to be accepted", |h| {
        shows(h, "Answer accepted")
    });
    assert!(shows(&harness, "you accepted the seller's cancellation"));

    harness.get_by_label("See it in the history").click();
    wait_until(&mut harness, "the history row", |h| {
        h.query_by_label("accepted").is_some()
    });
    harness.get_by_label(&order);
}

#[test]
fn a_full_refusal_with_a_dropped_file_ends_accepted_in_the_history() {
    let setup = Setup::new();
    let mut harness = setup.harness(true);
    practice_ready(&mut harness);
    let order = p2p_cancel_review::practice::standard_awaiting_ids()[1].clone();
    let receipt = setup.data_dir.path().join("receipt.png");
    std::fs::write(&receipt, p2p_cancel_review::proof::samples::PNG).unwrap();

    type_into(&mut harness, "Order number", &order);
    harness
        .get_by_label_contains("Refuse the cancellation")
        .click();
    harness.run();
    harness.get_by_label("Reason").click();
    harness.run();
    harness.get_by_label("I have already paid").click();
    harness.run();
    drop_file(&mut harness, receipt);
    wait_until(&mut harness, "the dropped file to be checked", |h| {
        h.query_by_label("receipt.png").is_some()
    });
    assert!(shows(&harness, "PNG image"));
    type_into(&mut harness, "Remark (optional)", "Оплатил, см. чек");
    assert!(
        shows(&harness, "16 / 500 characters"),
        "the counter counts characters, not bytes"
    );

    harness.get_by_label("Review and send…").click();
    harness.run();
    assert!(shows(&harness, "receipt.png (file, uploaded first)"));
    harness.get_by_label("Send now").click();
    wait_until(&mut harness, "the refusal to be accepted", |h| {
        shows(h, "Answer accepted")
    });
    assert!(shows(
        &harness,
        "reason \"I have already paid\", with 1 proof"
    ));

    harness.get_by_label("See it in the history").click();
    wait_until(&mut harness, "the history row", |h| {
        h.query_by_label("accepted").is_some()
    });
    harness.get_by_label(&order);
    harness.get_by_label("I have already paid");
}

#[test]
fn escape_in_the_confirmation_goes_back_without_sending() {
    let setup = Setup::new();
    let mut harness = setup.harness(true);
    practice_ready(&mut harness);
    let order = p2p_cancel_review::practice::standard_awaiting_ids()[0].clone();
    type_into(&mut harness, "Order number", &order);
    harness
        .get_by_label_contains("Accept the cancellation")
        .click();
    harness.run();
    acknowledge_refund(&mut harness);
    harness.get_by_label("Review and send…").click();
    harness.run();
    assert!(shows(&harness, "Send this answer?"));
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(!shows(&harness, "Send this answer?"));
    assert!(
        harness
            .get_by_label("Order number")
            .value()
            .is_some_and(|v| v.contains(&order)),
        "the form keeps its content"
    );
    harness.get_by_label_contains("History (").click();
    wait_until(&mut harness, "the empty history", |h| {
        shows(h, "No answers sent yet.")
    });
}

#[test]
fn a_saved_secret_never_appears_in_any_rendered_text() {
    let setup = Setup::new();
    let mut harness = setup.harness(false);
    harness.run();
    let secret = "S3cr3t-Value-That-Must-Not-Show";
    fill_new_account(
        &mut harness,
        "Main shop",
        "Testnet",
        "KEY-1234567890",
        secret,
    );
    harness.get_by_label("Save in keychain").click();
    wait_until(&mut harness, "the key to be saved", |h| {
        shows(h, "saved in this computer's keychain")
    });
    assert!(shows(&harness, "TESTNET · test funds"));

    let leaks: Vec<String> = harness
        .query_all_by(|node| {
            node.label().is_some_and(|l| l.contains(secret))
                || node.value().is_some_and(|v| v.contains(secret))
        })
        .map(|n| format!("{n:?}"))
        .collect();
    assert!(leaks.is_empty(), "the secret is visible: {leaks:?}");
    let saved = setup.vault.load("main-shop-testnet").unwrap();
    assert_eq!(
        secrecy::ExposeSecret::expose_secret(&saved.api_secret),
        secret,
        "it went to the keyring"
    );
    let accounts_file = setup.data_dir.path().join("accounts.json");
    wait_until(&mut harness, "the account to be saved and selected", |_| {
        AccountBook::load(&accounts_file).is_ok_and(|book| {
            book.find("main-shop-testnet").is_some()
                && book.selected.as_deref() == Some("main-shop-testnet")
        })
    });
    let accounts = std::fs::read_to_string(&accounts_file).unwrap();
    assert!(
        accounts.contains("Main shop")
            && !accounts.contains(secret)
            && !accounts.contains("KEY-1234567890")
    );
}

#[test]
fn without_a_keyring_the_app_explains_and_offers_a_session_only_key() {
    let setup = Setup::without_keyring();
    let mut harness = setup.harness(false);
    wait_until(&mut harness, "the keyring status", |h| {
        shows(h, "no keyring service")
    });
    fill_new_account(&mut harness, "Shop", "Mainnet", "K", "S");
    assert!(
        shows(&harness, "gnome-keyring"),
        "the dialog explains what to install"
    );
    harness
        .get_by_label("Use this key until I close the app")
        .click();
    wait_until(&mut harness, "the session key", |h| {
        shows(h, "kept until you close the app")
    });
    assert!(
        shows(&harness, "MAINNET · REAL MONEY"),
        "mainnet is marked as real money"
    );
    assert!(setup.vault.is_session_only("shop-mainnet"));
}

#[test]
fn the_history_reads_only_the_rows_on_screen_even_with_100_000_entries() {
    let setup = Setup::new();
    seed_history(setup.data_dir.path(), 100_000);
    let mut harness = setup.harness(true);
    practice_ready(&mut harness);
    harness.get_by_label_contains("History (").click();
    wait_until(&mut harness, "the newest rows", |h| {
        h.query_by_label("1099999").is_some()
    });
    let history = &harness.state().state().history;
    assert_eq!(history.total, Some(100_000));
    assert!(
        history.rows.len() <= 200,
        "{} rows read for one screen",
        history.rows.len()
    );

    // Scroll far down: the rows there are read, and still only a few pages are held.
    let table = harness.get_by_label("1099999").rect().center();
    harness.hover_at(table);
    for _ in 0..40 {
        harness.event(egui::Event::MouseWheel {
            unit: egui::MouseWheelUnit::Page,
            delta: egui::vec2(0.0, -50.0),
            phase: egui::TouchPhase::Move,
            source: egui::MouseWheelSource::Unknown,
            modifiers: egui::Modifiers::NONE,
        });
        harness.step();
    }
    wait_until(&mut harness, "rows far down the list", |h| {
        h.state().state().history.rows.keys().any(|k| *k > 10_000)
    });
    let history = &harness.state().state().history;
    let held: Vec<u64> = history.rows.keys().copied().step_by(100).collect();
    assert!(
        history.rows.len() <= 700,
        "{} rows held after scrolling: {held:?} requested {:?}",
        history.rows.len(),
        history.requested_pages
    );
    assert!(
        !history.rows.contains_key(&0),
        "pages far behind were let go"
    );
}

#[test]
fn the_orders_awaiting_an_answer_are_listed_and_clicking_one_fills_the_form() {
    let setup = Setup::new();
    let exchange = shared_practice(Book::Standard);
    let mut harness = setup.harness_on(exchange.clone());
    practice_ready(&mut harness);
    refreshed(&mut harness);
    let listed = harness.query_all_by_label_contains("Order 19").count();
    assert_eq!(
        listed,
        exchange.with(|e| e.awaiting_ids()).len(),
        "exactly the orders awaiting an answer"
    );
    assert!(shows(&harness, "min left"), "each row has its countdown");
    assert!(shows(&harness, "checked "), "the time of the last check");

    let order = exchange.with(|e| e.awaiting_ids())[0].clone();
    harness
        .get_by_label_contains(&format!("Order {order}"))
        .click();
    harness.run_steps(2);
    assert_eq!(
        harness.get_by_label("Order number").value().as_deref(),
        Some(order.as_str()),
        "the form is filled"
    );
    assert!(
        shows(&harness, "The seller asks to cancel"),
        "the details are shown"
    );
    assert!(shows(&harness, "left to answer"));
    assert!(
        shows(&harness, "waiting for the seller to release"),
        "the status in words"
    );
    assert!(shows(&harness, "Bank Transfer"), "the payment method");
}

#[test]
fn an_empty_list_says_nothing_awaits_an_answer() {
    let setup = Setup::new();
    let mut harness = setup.harness_on(shared_practice(Book::AllAwaiting(0)));
    practice_ready(&mut harness);
    refreshed(&mut harness);
    assert!(shows(&harness, "Nothing awaits your answer."));
}

#[test]
fn a_new_cancel_request_gets_a_badge_and_one_notification() {
    let setup = Setup::new();
    let exchange = shared_practice(Book::Standard);
    let mut harness = setup.harness_on(exchange.clone());
    practice_ready(&mut harness);
    refreshed(&mut harness);
    assert!(
        setup.alerts.titles().is_empty(),
        "what waited at start is no news"
    );

    let new_order = exchange.with(|e| e.add_cancel_request());
    refresh(&mut harness);
    assert!(shows(&harness, "1 new"), "the panel shows a badge");
    assert!(
        shows(&harness, "Answer a request (1 new)"),
        "so does the tab"
    );
    harness.get_by_label_contains(&format!("Order {new_order}"));
    refresh(&mut harness);
    wait_until(&mut harness, "the notification", |_| {
        !setup.alerts.titles().is_empty()
    });
    assert_eq!(
        setup.alerts.titles(),
        ["Cancel request · Practice account"],
        "one notification per order, however often it is seen"
    );
    let body = setup.alerts.body(0);
    assert!(
        body.contains(&new_order) && body.contains("left to answer"),
        "{body}"
    );

    harness
        .get_by_label_contains(&format!("Order {new_order}"))
        .click();
    harness.run_steps(2);
    assert!(!shows(&harness, "1 new"), "looking at it clears the badge");
}

#[test]
fn a_failed_refresh_keeps_the_list_and_offers_to_try_again() {
    let setup = Setup::new();
    let exchange = shared_practice(Book::Standard);
    let mut harness = setup.harness_on(exchange.clone());
    practice_ready(&mut harness);
    refreshed(&mut harness);
    let before = harness.query_all_by_label_contains("Order 19").count();

    exchange.set_faults(Faults {
        not_an_advertiser: true,
        ..Faults::default()
    });
    refresh(&mut harness);
    assert!(shows(&harness, "Practice account: could not be checked."));
    assert!(shows(&harness, "advertiser"), "the reason in plain words");
    assert!(shows(&harness, "from the last successful check"));
    assert_eq!(
        harness.query_all_by_label_contains("Order 19").count(),
        before,
        "the old list stays"
    );

    exchange.set_faults(Faults::default());
    harness.get_by_label("Try again").click();
    harness.step();
    refreshed(&mut harness);
    assert!(!shows(&harness, "could not be checked"));
}

#[test]
fn an_ip_ban_pauses_the_watch_with_one_message_and_asks_nothing_meanwhile() {
    let setup = Setup::new();
    let exchange = shared_practice(Book::Standard);
    let mut harness = setup.harness_on(exchange.clone());
    practice_ready(&mut harness);
    refreshed(&mut harness);
    let before = harness.query_all_by_label_contains("Order 19").count();

    exchange.set_faults(Faults {
        http_403: true,
        ..Faults::default()
    });
    refresh(&mut harness);
    wait_until(&mut harness, "the pause", |h| {
        shows(h, "Bybit is refusing this computer for now")
    });
    assert!(
        shows(&harness, "403 Forbidden"),
        "the reason in plain words"
    );
    assert!(shows(&harness, "is paused until"), "and when it resumes");
    assert!(
        !shows(&harness, "could not be checked"),
        "one message, not one per account"
    );
    assert_eq!(
        harness.query_all_by_label_contains("Order 19").count(),
        before,
        "the old list stays"
    );
    // Asking again during the ban sends nothing: Bybit would only lengthen it.
    let requests = exchange.stats().requests;
    refresh(&mut harness);
    harness.run_steps(5);
    assert_eq!(exchange.stats().requests, requests);

    // In practice, ending the trouble ends the pause at once (Bybit's would last 10 minutes).
    harness.get_by_label("Practice: simulate trouble").click();
    harness.run();
    harness.get_by_label(&Trouble::None.label()).click();
    wait_until(&mut harness, "the watch to read again", |h| {
        !shows(h, "Bybit is refusing this computer for now")
    });
    assert!(exchange.stats().requests > requests);
}

#[test]
fn test_connection_shows_a_verdict_for_each_step() {
    let setup = Setup::new();
    let mut harness = setup.harness_on(shared_practice(Book::Standard));
    practice_ready(&mut harness);
    harness.get_by_label("Test connection").click();
    wait_until(&mut harness, "the check", |h| shows(h, "P2P account: OK"));
    assert!(shows(&harness, "Server time: OK"));
    assert!(shows(&harness, "API key: OK"));
    assert!(shows(&harness, "PracticeMerchant"));
    harness.get_by_label("Close").click();
    harness.run();
    assert!(!shows(&harness, "Connection check"));
}

/// Sends an accept for `order` from a ready window.
fn send_accept(harness: &mut Harness<'_, ReviewApp>, order: &str) {
    type_into(harness, "Order number", order);
    harness
        .get_by_label_contains("Accept the cancellation")
        .click();
    harness.run_steps(2);
    harness.get_by_label_contains("back in my account").click();
    harness.run_steps(2);
    harness.get_by_label("Review and send…").click();
    wait_until(harness, "the confirmation", |h| {
        h.query_by_label("Send now").is_some()
    });
    harness.get_by_label("Send now").click();
    harness.step();
}

#[test]
fn a_server_error_offers_send_again_and_the_form_keeps_its_content() {
    let setup = Setup::new();
    let exchange = shared_practice(Book::Standard);
    let order = exchange.with(|e| e.awaiting_ids())[0].clone();
    exchange.set_faults(Trouble::ServerError.faults(Duration::ZERO));
    let mut harness = setup.harness_on(exchange.clone());
    practice_ready(&mut harness);
    send_accept(&mut harness, &order);
    wait_until(&mut harness, "the checked outcome", |h| {
        shows(h, "Your answer was not applied")
    });
    assert!(shows(&harness, "It is safe to send it again."));
    assert_eq!(
        harness.get_by_label("Order number").value().as_deref(),
        Some(order.as_str()),
        "nothing to retype"
    );
    assert_eq!(exchange.stats().review_requests, 1, "not resent by itself");

    exchange.set_faults(Faults::default());
    harness.get_by_label("Send again").click();
    wait_until(&mut harness, "sending again asks again", |h| {
        shows(h, "Send this answer?")
    });
    harness.get_by_label("Send now").click();
    wait_until(&mut harness, "the answer", |h| shows(h, "Answer accepted"));
    let stats = exchange.stats();
    assert_eq!((stats.review_requests, stats.reviews_applied), (2, 1));
}

#[test]
fn an_answer_after_the_timeout_is_checked_and_shown_as_applied() {
    let setup = Setup::new();
    let exchange = shared_practice(Book::Standard);
    let order = exchange.with(|e| e.awaiting_ids())[0].clone();
    exchange.set_faults(Trouble::LateAnswer.faults(Duration::from_secs(7)));
    let mut harness = setup.build_with_settings(
        exchange.clone(),
        p2p_cancel_review::settings::Settings {
            answer_timeout_secs: 5,
            ..english()
        },
    );
    practice_ready(&mut harness);
    send_accept(&mut harness, &order);
    wait_until(&mut harness, "the progress", |h| {
        shows(h, "Sending the answer")
    });
    wait_until(&mut harness, "the checked outcome", |h| {
        shows(h, "Answer applied (confirmed by reading the order)")
    });
    assert!(shows(&harness, "No answer from Bybit within 5 s"));
    assert!(shows(&harness, "confirmed by reading the order"));
    assert_eq!(exchange.stats().review_requests, 1);
}

#[test]
fn practice_mode_can_simulate_trouble() {
    let setup = Setup::new();
    let exchange = shared_practice(Book::Standard);
    let mut harness = setup.harness_on(exchange.clone());
    practice_ready(&mut harness);
    harness.get_by_label("Practice: simulate trouble").click();
    harness.run();
    harness.get_by_label(&Trouble::ServerError.label()).click();
    wait_until(&mut harness, "the fault to reach the exchange", |_| {
        exchange.faults().review_http_500
    });
}

#[test]
fn a_clock_off_by_more_than_a_second_is_said_in_plain_words() {
    let setup = Setup::new();
    let exchange = shared_practice(Book::Standard);
    exchange.set_faults(Faults {
        clock_shift_ms: -2500,
        ..Faults::default()
    });
    let mut harness = setup.harness_on(exchange);
    practice_ready(&mut harness);
    wait_until(&mut harness, "the clock warning", |h| {
        shows(h, "s ahead of Bybit's")
    });
    assert!(shows(&harness, "turn on automatic date and time"));
}

#[test]
fn each_account_keeps_its_own_clock_warning() {
    let shop = shared_practice(Book::Numbered(7..8));
    let setup = Setup::new().with_account("Shop 2", &shop);
    let practice = shared_practice(Book::Standard);
    practice.set_faults(Faults {
        clock_shift_ms: -2500,
        ..Faults::default()
    });
    let mut harness = setup.harness_on(practice.clone());
    practice_ready(&mut harness);
    refreshed(&mut harness);
    wait_until(&mut harness, "the clock warning", |h| {
        shows(h, "s ahead of Bybit's")
    });

    let open_order = |harness: &mut Harness<'_, ReviewApp>, order: &str| {
        let label = format!("Order {order}");
        harness.get_by_label_contains(&label).scroll_to_me();
        harness.run();
        harness.get_by_label_contains(&label).click();
        harness.run_steps(2);
    };
    open_order(&mut harness, &shop.with(|e| e.awaiting_ids())[0]);
    assert_eq!(
        harness.state().state().active.clone().unwrap().account.name,
        "Shop 2"
    );
    assert!(
        !shows(&harness, "s ahead of Bybit's"),
        "Shop 2's exchange keeps this computer's time"
    );
    open_order(&mut harness, &practice.with(|e| e.awaiting_ids())[0]);
    assert!(
        shows(&harness, "s ahead of Bybit's"),
        "back on the practice account, its clock is still known"
    );
}

#[test]
fn copied_diagnostics_hold_no_secret() {
    let setup = Setup::new();
    let mut harness = setup.harness(false);
    harness.run();
    let secret = "Diag-Secret-4f9Qz7";
    fill_new_account(&mut harness, "Shop", "Testnet", "Diag-Key-88213", secret);
    harness.get_by_label("Save in keychain").click();
    wait_until(&mut harness, "the key to be saved", |h| {
        shows(h, "saved in this computer's keychain")
    });
    harness.get_by_label("Settings…").click();
    // Not `run`: the orders list keeps trying to reach testnet, which this machine cannot.
    harness.run_steps(3);
    scroll_to(&mut harness, "Copy diagnostics");
    harness.get_by_label("Copy diagnostics").click();
    let mut copied = None;
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while copied.is_none() {
        assert!(std::time::Instant::now() < deadline, "nothing was copied");
        harness.step();
        copied = harness
            .output()
            .platform_output
            .commands
            .iter()
            .find_map(|c| match c {
                egui::OutputCommand::CopyText(text) => Some(text.clone()),
                _ => None,
            });
        std::thread::sleep(Duration::from_millis(10));
    }
    let copied = copied.unwrap();
    assert!(
        copied.contains("P2P Cancel Review") && copied.contains("Account: Shop on Testnet"),
        "{copied}"
    );
    assert!(
        !copied.contains(secret) && !copied.contains("Diag-Key-88213"),
        "{copied}"
    );
}

#[test]
fn about_shows_the_version_the_licence_and_the_folders() {
    let setup = Setup::new();
    let mut harness = setup.harness(true);
    practice_ready(&mut harness);
    harness.get_by_label("About").click();
    harness.run();
    assert!(shows(
        &harness,
        &format!("Version {}", env!("CARGO_PKG_VERSION"))
    ));
    assert!(shows(&harness, "MIT licence"));
    harness.get_by_label("Open the data folder");
    harness.get_by_label("Open the logs folder");
    let data_dir = setup.data_dir.path().display().to_string();
    assert!(shows(&harness, &data_dir), "the data folder is named");
    harness.get_by_label("Close").click();
    harness.run();
    assert!(!shows(&harness, "MIT licence"), "About closes");
    // Also reachable from Settings.
    harness.get_by_label("Settings…").click();
    harness.run();
    // As a screen reader presses it: a pointer's click would also reach the dialog that
    // replaces this one (a test harness artefact).
    harness
        .get_by_label("About P2P Cancel Review…")
        .click_accesskit();
    harness.run();
    assert!(shows(&harness, "MIT licence"));
}

#[test]
fn every_account_is_watched_in_one_list_and_a_failing_one_says_why() {
    // Orders the practice account's book does not have.
    let shop = shared_practice(Book::Numbered(7..9));
    let broken = shared_practice(Book::AllAwaiting(1));
    broken.set_faults(Faults {
        not_an_advertiser: true,
        ..Faults::default()
    });
    let setup = Setup::new()
        .with_account("Shop 2", &shop)
        .with_account("Old key", &broken);
    let practice = shared_practice(Book::Standard);
    let mut harness = setup.harness_on(practice.clone());
    practice_ready(&mut harness);
    refreshed(&mut harness);

    let from_practice = practice.with(|e| e.awaiting_ids());
    let from_shop = shop.with(|e| e.awaiting_ids());
    for order in &from_practice {
        harness.get_by_label_contains(&format!("Order {order}"));
    }
    for order in &from_shop {
        let card = harness
            .get_by_label_contains(&format!("Order {order}"))
            .accesskit_node()
            .label()
            .unwrap_or_default()
            .to_string();
        assert!(
            card.ends_with("account Shop 2"),
            "each card names its account: {card}"
        );
    }
    assert!(shows(&harness, "Shop 2"), "the account is on the card");
    assert_eq!(
        harness.query_all_by_label_contains("Order 19").count(),
        from_practice.len() + from_shop.len(),
        "one list over the accounts"
    );
    assert!(
        shows(&harness, "Old key: could not be checked."),
        "the failing account has its own line"
    );
    assert!(
        shows(&harness, "P2P General Advertisers"),
        "with its reason"
    );

    // Choosing an order of another account switches the form to that account.
    let order = from_shop[0].clone();
    harness
        .get_by_label_contains(&format!("Order {order}"))
        .scroll_to_me();
    harness.run();
    harness
        .get_by_label_contains(&format!("Order {order}"))
        .click();
    harness.run_steps(2);
    let active = harness.state().state().active.clone().unwrap();
    assert_eq!(active.account.name, "Shop 2");
    assert_eq!(
        harness.get_by_label("Order number").value().as_deref(),
        Some(order.as_str())
    );
}

#[test]
fn clicking_an_alert_opens_its_order_from_its_account() {
    let shop = shared_practice(Book::Numbered(7..8));
    let setup = Setup::new().with_account("Shop 2", &shop);
    let mut harness = setup.harness_on(shared_practice(Book::Standard));
    practice_ready(&mut harness);
    refreshed(&mut harness);
    let active = |h: &Harness<'_, ReviewApp>| h.state().state().active.clone().unwrap();
    assert_eq!(active(&harness).account.name, "Practice account");

    let new_order = shop.with(|e| e.add_cancel_request());
    refresh(&mut harness);
    wait_until(&mut harness, "the alert", |_| {
        setup.alerts.titles() == ["Cancel request · Shop 2"]
    });
    setup.alerts.click(0);
    wait_until(&mut harness, "the order in the form", |h| {
        h.state().state().form.order_id == new_order
    });
    assert_eq!(active(&harness).account.name, "Shop 2", "from its account");
    assert_eq!(
        harness
            .state()
            .state()
            .detail
            .as_ref()
            .map(|d| d.order_id.clone()),
        Some(new_order),
        "with its details"
    );
}

/// One app at a time: a second launch on the same data folder finds this window and hands its
/// wishes over (open this order; practice mode), and the window carries them out.
#[test]
fn a_second_launch_hands_over_to_the_open_window_which_opens_its_order() {
    use p2p_cancel_review::instance::{self, Claim, Request};

    let setup = Setup::new();
    let exchange = shared_practice(Book::Standard);
    let Claim::First(held) = instance::claim(setup.data_dir.path()).unwrap() else {
        panic!("the data folder was free");
    };
    let config = AppConfig {
        vault: Some(setup.vault.clone()),
        start_in_practice: true,
        practice: Some(exchange.clone()),
        settings: english(),
        notifications: Some(setup.alerts.clone()),
        instance: Some(held),
        ..AppConfig::new(setup.data_dir.path().to_path_buf())
    };
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 1000.0))
        .with_max_steps(32)
        .build_eframe(move |cc| ReviewApp::new(&cc.egui_ctx, config).unwrap());
    practice_ready(&mut harness);

    // The second launch, as `p2p-cancel-review --order ID` would make it.
    assert!(matches!(
        instance::claim(setup.data_dir.path()).unwrap(),
        Claim::Running
    ));
    let order = exchange.with(|e| e.awaiting_ids())[1].clone();
    let request = Request {
        show: true,
        order_id: Some(order.clone()),
        practice: true,
    };
    instance::hand_over(setup.data_dir.path(), &request, instance::HAND_OVER_WAIT).unwrap();
    wait_until(&mut harness, "the handed-over order in the form", |h| {
        h.state().state().form.order_id == order
    });
    assert_eq!(
        harness.get_by_label("Order number").value().as_deref(),
        Some(order.as_str())
    );
}
