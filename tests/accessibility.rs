//! Readable and heard: results said to screen readers and focused, the send button always in
//! view, zoom with the keyboard (remembered), and everything reachable at 150 % in a 1280×800
//! window. Driven headless with egui_kittest, as in `app_ui.rs`.

mod common;

use std::sync::Arc;

use eframe::egui;
use egui::accesskit::Live;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable};
use p2p_cancel_review::practice::{Book, PracticeConfig, PracticeExchange};
use p2p_cancel_review::settings::Settings;
use p2p_cancel_review::ui::ReviewApp;

use common::window::{practice_config, practice_window, wait_until};

struct Window {
    harness: Harness<'static, ReviewApp>,
    _data: tempfile::TempDir,
    exchange: Arc<PracticeExchange>,
}

/// The window in practice mode, `size` in physical pixels, at `zoom`.
fn window(size: egui::Vec2, zoom: f32) -> Window {
    let data = tempfile::tempdir().unwrap();
    let exchange = Arc::new(
        PracticeExchange::start(PracticeConfig {
            book: Book::Standard,
            ..PracticeConfig::default()
        })
        .unwrap(),
    );
    let settings = Settings {
        language: Some("en".into()),
        zoom: Some(zoom),
        ..Settings::default()
    };
    let harness = practice_window(practice_config(data.path(), &exchange, settings), size);
    Window {
        harness,
        _data: data,
        exchange,
    }
}

/// The control is inside the window (after scrolling to it, as a merchant would).
fn reachable(harness: &mut Harness<'_, ReviewApp>, label: &str) -> bool {
    harness.get_by_label(label).scroll_to_me();
    harness.run();
    let screen = harness.ctx.content_rect().expand(0.5);
    screen.contains_rect(harness.get_by_label(label).rect())
}

fn type_into(harness: &mut Harness<'_, ReviewApp>, label: &str, text: &str) {
    harness.get_by_label(label).click();
    harness.step();
    harness.get_by_label(label).type_text(text);
    harness.step();
}

/// Types an order number and waits for its details (read from the exchange).
fn enter_order(harness: &mut Harness<'_, ReviewApp>, order: &str) {
    type_into(harness, "Order number", order);
    harness.key_press(egui::Key::Enter);
    wait_until(harness, "the order's details", |h| {
        h.state()
            .state()
            .detail
            .as_ref()
            .is_some_and(|d| d.order_id == order && !d.loading)
    });
}

#[test]
fn review_and_send_stays_in_view_however_long_the_form_grows() {
    let mut w = window(egui::vec2(1180.0, 760.0), 1.0);
    let harness = &mut w.harness;
    harness
        .get_by_label_contains("Refuse the cancellation")
        .click();
    harness.run();
    // Six links and a long remark make the form far taller than the window.
    let links: Vec<String> = (1..=6)
        .map(|i| format!("https://example.com/receipt-{i}.jpg"))
        .collect();
    type_into(harness, "Links", &links.join(" "));
    harness.get_by_label("Add links").click();
    harness.run();
    type_into(harness, "Remark (optional)", &"Paid in full. ".repeat(30));
    harness.run();
    let screen = harness.ctx.content_rect();
    let send = harness.get_by_label("Review and send…").rect();
    assert!(
        screen.contains_rect(send),
        "the button is in view without scrolling: {send:?} in {screen:?}"
    );
}

/// Fills in an accept for `order` and opens the confirmation.
fn confirm_accepting(harness: &mut Harness<'_, ReviewApp>, order: &str) {
    enter_order(harness, order);
    harness
        .get_by_label_contains("Accept the cancellation")
        .click();
    harness.run();
    // The paid-order guard: the merchant's money is back.
    harness.get_by_label_contains("back in my account").click();
    harness.run();
    harness.get_by_label("Review and send…").click();
    harness.run();
}

#[test]
fn the_result_is_announced_and_the_keyboard_lands_on_its_first_action() {
    let mut w = window(egui::vec2(1280.0, 1000.0), 1.0);
    let order = w.exchange.with(|e| e.awaiting_ids())[0].clone();
    let harness = &mut w.harness;
    confirm_accepting(harness, &order);
    harness.get_by_label("Send now").click();
    wait_until(harness, "the result", |h| {
        h.query_by_label("Answer another order").is_some()
    });
    let title = harness.get_by_label("Answer accepted");
    assert_eq!(
        title.accesskit_node().live(),
        Live::Polite,
        "a screen reader says the result as it appears"
    );
    assert!(
        harness.get_by_label("Answer another order").is_focused(),
        "the keyboard is on the result's first action"
    );

    // A refusal by Bybit is said at once.
    let other = w.exchange.with(|e| e.awaiting_ids())[0].clone();
    let harness = &mut w.harness;
    harness.get_by_label("Answer another order").click();
    // The lists and details read again after an answer: wait for them, not for a frame count.
    wait_until(harness, "the window to settle", |h| {
        let state = h.state().state();
        state.orders.refreshing.is_empty() && state.detail.as_ref().is_none_or(|d| !d.loading)
    });
    harness.run_steps(3);
    confirm_accepting(harness, &other);
    w.exchange.set_faults(p2p_cancel_review::practice::Faults {
        http_403: true,
        ..Default::default()
    });
    let harness = &mut w.harness;
    harness.get_by_label("Send now").click();
    wait_until(harness, "the refusal", |h| {
        h.query_by_label("Bybit refused the answer").is_some()
    });
    assert_eq!(
        harness
            .get_by_label("Bybit refused the answer")
            .accesskit_node()
            .live(),
        Live::Assertive
    );
}

#[test]
fn zoom_follows_the_keyboard_and_is_remembered() {
    let mut w = window(egui::vec2(1280.0, 1000.0), 1.0);
    let harness = &mut w.harness;
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Plus);
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Plus);
    harness.run();
    let zoom = harness.ctx.zoom_factor();
    assert!((zoom - 1.2).abs() < 0.01, "{zoom}");
    assert_eq!(
        harness.state().state().settings.zoom,
        Some(zoom),
        "kept for next time"
    );
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Num0);
    harness.run();
    assert_eq!(harness.ctx.zoom_factor(), 1.0);
}

#[test]
fn at_150_percent_in_a_1280_by_800_window_everything_is_reachable() {
    let mut w = window(egui::vec2(1280.0, 800.0), 1.5);
    let harness = &mut w.harness;
    harness.run();
    assert!((harness.ctx.zoom_factor() - 1.5).abs() < 0.01);
    for label in [
        "Settings…",
        "Accounts…",
        "About",
        "Test connection",
        "Refresh",
        "Order number",
        "Review and send…",
    ] {
        assert!(
            reachable(harness, label),
            "{label} is out of reach at 150 %"
        );
    }
    // The answer form, with a refusal's fields.
    harness
        .get_by_label_contains("Refuse the cancellation")
        .click();
    harness.run();
    for label in ["Reason", "Links", "Remark (optional)", "Review and send…"] {
        assert!(
            reachable(harness, label),
            "{label} is out of reach at 150 %"
        );
    }
    // An order's details, below the form when the window is this narrow.
    let order = w.exchange.with(|e| e.awaiting_ids())[0].clone();
    let harness = &mut w.harness;
    harness
        .get_by_label_contains(&format!("Order {order}"))
        .click_accesskit();
    harness.run();
    assert!(reachable(harness, "Payment"), "the details are reachable");
    // Every part of Settings, which is taller than the window now.
    harness.get_by_label("Settings…").click();
    harness.run();
    harness.run();
    for label in [
        "Language",
        "Copy diagnostics",
        "About P2P Cancel Review…",
        "Close",
    ] {
        assert!(
            reachable(harness, label),
            "Settings: {label} is out of reach"
        );
    }
}
