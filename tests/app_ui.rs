//! The real window, driven by its labels with egui_kittest (headless: no display, no GPU).
//! Practice mode starts the real practice exchange on 127.0.0.1, so these tests send real
//! answers over HTTP through the worker thread.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use eframe::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use p2p_cancel_review::accounts::AccountBook;
use p2p_cancel_review::secrets::{NO_SECRET_SERVICE, Vault};
use p2p_cancel_review::ui::state::Connection;
use p2p_cancel_review::ui::{AppConfig, ReviewApp};

struct Setup {
    data_dir: tempfile::TempDir,
    vault: Arc<Vault>,
}

impl Setup {
    fn new() -> Self {
        Self {
            data_dir: tempfile::tempdir().unwrap(),
            vault: Arc::new(Vault::with_store(keyring_core::mock::Store::new().unwrap())),
        }
    }

    fn without_keyring() -> Self {
        Self {
            vault: Arc::new(Vault::without_keyring(NO_SECRET_SERVICE)),
            ..Self::new()
        }
    }

    fn harness(&self, start_in_practice: bool) -> Harness<'static, ReviewApp> {
        let config = AppConfig {
            vault: Some(self.vault.clone()),
            data_dir: self.data_dir.path().to_path_buf(),
            accounts: AccountBook::default(),
            accounts_problem: None,
            start_in_practice,
            practice_new_request_every: None,
        };
        Harness::builder()
            .with_size(egui::vec2(1280.0, 1000.0))
            .build_eframe(move |cc| ReviewApp::new(&cc.egui_ctx, config).unwrap())
    }
}

/// Steps the app until `done` holds, as the worker's events arrive.
fn wait_until(
    harness: &mut Harness<'_, ReviewApp>,
    what: &str,
    done: impl Fn(&Harness<'_, ReviewApp>) -> bool,
) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while !done(harness) {
        assert!(Instant::now() < deadline, "timed out waiting for: {what}");
        harness.step();
        std::thread::sleep(Duration::from_millis(10));
    }
    harness.step();
}

fn practice_ready(harness: &mut Harness<'_, ReviewApp>) {
    wait_until(harness, "the practice account to open", |h| {
        h.state()
            .state()
            .active
            .as_ref()
            .is_some_and(|a| a.connection == Connection::Ready)
    });
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
    harness.get_by_label("Review and send…").click();
    harness.run();
    assert!(shows(&harness, "Send this answer?"));
    assert!(shows(&harness, "This cannot be undone"));
    assert!(
        shows(&harness, &order),
        "the confirmation shows the trimmed order id"
    );
    harness.get_by_label("Send now").click();
    wait_until(&mut harness, "the answer to be accepted", |h| {
        shows(h, "Answer accepted")
    });
    assert!(shows(&harness, "you accepted the seller's cancellation"));

    harness.get_by_label("See it in the history").click();
    wait_until(&mut harness, "the history row", |h| {
        h.query_by_label(&order).is_some()
    });
    harness.get_by_label("accepted");
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
        h.query_by_label(&order).is_some()
    });
    harness.get_by_label("accepted");
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
    harness.get_by_label("Add my Bybit API key").click();
    harness.run();
    type_into(&mut harness, "Name", "Main shop");
    harness.get_by_label("Environment").click();
    harness.run();
    harness.get_by_label("Testnet").click();
    harness.run();
    type_into(&mut harness, "API key", "KEY-1234567890");
    type_into(&mut harness, "API secret", secret);
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
    wait_until(&mut harness, "the accounts file", |_| {
        accounts_file.exists()
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
    harness.get_by_label("Add my Bybit API key").click();
    harness.run();
    assert!(shows(&harness, "gnome-keyring"));
    type_into(&mut harness, "Name", "Shop");
    harness.get_by_label("Environment").click();
    harness.run();
    harness.get_by_label("Mainnet").click();
    harness.run();
    type_into(&mut harness, "API key", "K");
    type_into(&mut harness, "API secret", "S");
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
