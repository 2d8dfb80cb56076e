//! The main screens in the pseudo-language (English accented and 40 % longer): any plain English
//! word left on screen is a sentence that escaped translation, and any text running past the
//! edge of its panel or of the window is clipped. Its own test binary: the language is one per
//! process.

use std::collections::BTreeSet;
use std::sync::Arc;
use std::time::{Duration, Instant};

use eframe::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable};
use p2p_cancel_review::bybit::{Client, ClientOptions};
use p2p_cancel_review::i18n::PSEUDO;
use p2p_cancel_review::practice::{Book, PracticeConfig, PracticeExchange};
use p2p_cancel_review::secrets::Vault;
use p2p_cancel_review::settings::Settings;
use p2p_cancel_review::ui::state::Connection;
use p2p_cancel_review::ui::{AppConfig, ReviewApp};

const WIDTH: f32 = 1280.0;
/// Where the orders list ends and the order's details begin (the window's layout at this
/// width: see `SIDE_PANEL_WIDTH`).
const LEFT_PANEL_END: f32 = 290.0;
const RIGHT_PANEL_START: f32 = WIDTH - 290.0;

fn wait_until(
    harness: &mut Harness<'_, ReviewApp>,
    what: &str,
    done: impl Fn(&Harness<'_, ReviewApp>) -> bool,
) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while !done(harness) {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        harness.step();
        std::thread::sleep(Duration::from_millis(10));
    }
    harness.step();
}

/// Every word the exchange itself sends (sellers, payment methods, the sellers' reasons): data,
/// shown as received.
fn exchange_words(exchange: &PracticeExchange) -> BTreeSet<String> {
    let client = Client::new(
        exchange.target(),
        &PracticeExchange::credentials(),
        ClientOptions::default(),
    )
    .unwrap();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let mut words = BTreeSet::new();
    for id in exchange.with(|e| e.awaiting_ids()) {
        let order = runtime.block_on(client.order_detail(&id)).unwrap();
        let mut text = vec![
            order.target_nick_name.clone(),
            order.cancel_reason.clone(),
            order.token_id.clone(),
            order.currency_id.clone(),
        ];
        text.extend(order.payment_methods());
        for piece in text {
            words.extend(english_words(&piece));
        }
    }
    words
}

/// Runs of three or more plain ASCII letters: English words (the pseudo-language has none).
fn english_words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| w.len() >= 3)
        .map(str::to_owned)
        .collect()
}

/// What lies on the screen being checked.
#[derive(Clone, Copy, PartialEq)]
enum Layout {
    /// The answer screen: texts stay inside the orders list, the form or the details, and none
    /// lies over another.
    Panels,
    /// The answer screen under an open drop-down list, which covers it on purpose.
    PanelsUnderPopup,
    /// A dialog over the window, or the history: texts stay inside the window.
    Window,
}

struct Check {
    allowed: BTreeSet<String>,
    untranslated: Vec<String>,
    clipped: Vec<String>,
    overlapping: Vec<String>,
}

impl Check {
    /// Looks at every text on screen: English words that are not data, and text past its edge.
    fn screen(&mut self, harness: &Harness<'_, ReviewApp>, screen: &str, layout: Layout) {
        let in_panels = layout != Layout::Window;
        let window = harness.ctx.content_rect();
        let mut placed: Vec<(egui::Rect, String)> = Vec::new();
        for node in harness.query_all_by(|_| true) {
            let accesskit = node.accesskit_node();
            // Typed text is the merchant's, not the app's.
            if matches!(
                accesskit.role(),
                egui::accesskit::Role::TextInput | egui::accesskit::Role::PasswordInput
            ) {
                continue;
            }
            let Some(text) = accesskit.label().or_else(|| accesskit.value()) else {
                continue;
            };
            let text = text.to_string();
            for word in english_words(&text) {
                if !self.allowed.contains(&word) {
                    self.untranslated
                        .push(format!("{screen}: {word:?} in {text:?}"));
                }
            }
            let rect = node.rect();
            if rect.width() <= 0.0 {
                continue;
            }
            let mut limit = window.max.x;
            if in_panels && rect.top() > 100.0 {
                if rect.left() < LEFT_PANEL_END - 1.0 {
                    limit = LEFT_PANEL_END;
                } else if rect.left() < RIGHT_PANEL_START - 1.0 {
                    limit = RIGHT_PANEL_START;
                }
            }
            if rect.right() > limit + 1.0 || rect.left() < window.left() - 1.0 {
                self.clipped
                    .push(format!("{screen}: {text:?} at {rect:?}, past {limit}"));
            }
            // Two texts drawn over each other (a row too long that did not wrap): neither
            // holds the other, as a button holds its label, yet they share ground. A text that
            // runs past the window's bottom is scrolled out of sight, not drawn over anything.
            let overlap_matters = layout == Layout::Panels && rect.bottom() <= window.bottom();
            for (other, other_text) in placed.iter().filter(|_| overlap_matters) {
                let shared = rect.intersect(*other);
                let holds =
                    other.contains_rect(rect.shrink(1.0)) || rect.contains_rect(other.shrink(1.0));
                if shared.width() > 2.0 && shared.height() > 2.0 && !holds {
                    self.overlapping.push(format!(
                        "{screen}: {text:?} at {rect:?} over {other_text:?} at {other:?}"
                    ));
                }
            }
            if overlap_matters {
                placed.push((rect, text));
            }
        }
    }
}

#[test]
fn the_main_screens_have_no_untranslated_text_and_nothing_clipped() {
    let data = tempfile::tempdir().unwrap();
    let exchange = Arc::new(
        PracticeExchange::start(PracticeConfig {
            // Few enough that the list does not scroll: AccessKit does not tell what a scroll
            // area hides, so a row scrolled out of sight would seem to lie under the panel
            // below it.
            book: Book::Numbered(0..4),
            ..PracticeConfig::default()
        })
        .unwrap(),
    );
    let mut allowed = exchange_words(&exchange);
    // The product's name, codes, and what About shows of this computer.
    for word in [
        "P2P",
        "Cancel",
        "Review",
        "PDF",
        "MP4",
        "https",
        "example",
        "com",
        "jpg",
        // The link the test types, and the practice account's nickname on the exchange.
        "receipt",
        p2p_cancel_review::practice::PRACTICE_NICKNAME,
        std::env::consts::OS,
        std::env::consts::ARCH,
    ] {
        allowed.insert(word.to_owned());
    }
    allowed.extend(english_words(&data.path().display().to_string()));
    allowed.extend(english_words(
        &p2p_cancel_review::logging::log_dir(data.path())
            .display()
            .to_string(),
    ));
    allowed.extend(english_words(&std::env::temp_dir().display().to_string()));
    let config = AppConfig {
        vault: Some(Arc::new(Vault::with_store(
            keyring_core::mock::Store::new().unwrap(),
        ))),
        start_in_practice: true,
        practice: Some(exchange.clone()),
        settings: Settings {
            language: Some(PSEUDO.tag.into()),
            ..Settings::default()
        },
        ..AppConfig::new(data.path().to_path_buf())
    };
    let mut harness = Harness::builder()
        .with_size(egui::vec2(WIDTH, 900.0))
        .with_max_steps(32)
        .build_eframe(move |cc| ReviewApp::new(&cc.egui_ctx, config).unwrap());
    wait_until(&mut harness, "practice to open", |h| {
        let state = h.state().state();
        state
            .active
            .as_ref()
            .is_some_and(|a| a.connection == Connection::Ready)
            && state.orders.any_listed()
    });
    let mut check = Check {
        allowed,
        untranslated: Vec::new(),
        clipped: Vec::new(),
        overlapping: Vec::new(),
    };

    // The main screen: the orders, the form, an order's details.
    let order = exchange.with(|e| e.awaiting_ids())[0].clone();
    harness.get_by_label_contains(&order).click_accesskit();
    wait_until(&mut harness, "the order's details", |h| {
        h.state()
            .state()
            .detail
            .as_ref()
            .is_some_and(|d| !d.loading)
    });
    // Until nothing moves: a grid learns its rows' heights from the frame before.
    harness.run();
    check.screen(&harness, "main screen", Layout::Panels);

    // A refusal: reason, proofs, remark.
    let refuse = p2p_cancel_review::fl!("decision-reject");
    harness.get_by_label_contains(&refuse).click_accesskit();
    harness.run();
    check.screen(&harness, "refusal", Layout::Panels);
    harness
        .get_by_label(&p2p_cancel_review::fl!("form-reason"))
        .click();
    harness.run();
    check.screen(&harness, "reasons", Layout::PanelsUnderPopup);
    harness
        .get_by_label(&p2p_cancel_review::fl!("reason-have-made-payment"))
        .click();
    harness.run();
    let links = p2p_cancel_review::fl!("proofs-links");
    harness.get_by_label(&links).click();
    harness.step();
    harness
        .get_by_label(&links)
        .type_text("https://example.com/receipt.jpg");
    harness.step();
    harness
        .get_by_label(&p2p_cancel_review::fl!("proofs-add-links"))
        .click();
    harness.run();
    check.screen(&harness, "refusal with a proof", Layout::Panels);

    // The confirmation.
    harness
        .get_by_label(&p2p_cancel_review::fl!("form-review-and-send"))
        .click();
    harness.run();
    check.screen(&harness, "confirmation", Layout::Window);
    harness.key_press(egui::Key::Escape);
    harness.run();

    // Settings, About, Accounts, the connection check, the history.
    for (open, close, name) in [
        ("top-settings", "settings-close", "settings"),
        ("top-about", "about-close", "about"),
        ("top-accounts", "accounts-close", "accounts"),
    ] {
        harness.get_by_label(&lookup(open)).click();
        harness.run();
        check.screen(&harness, name, Layout::Window);
        harness.get_by_label(&lookup(close)).click_accesskit();
        harness.run();
    }
    harness
        .get_by_label(&p2p_cancel_review::fl!("top-test-connection"))
        .click();
    wait_until(&mut harness, "the connection check", |h| {
        h.state()
            .state()
            .check
            .as_ref()
            .is_some_and(|c| c.report.is_some())
    });
    check.screen(&harness, "connection check", Layout::Window);
    harness.key_press(egui::Key::Escape);
    harness.run();
    harness
        .get_by_label_contains(
            p2p_cancel_review::fl!("top-tab-history")
                .trim_end_matches('·')
                .trim_end(),
        )
        .click();
    harness.run();
    check.screen(&harness, "history", Layout::Window);

    assert!(
        check.untranslated.is_empty(),
        "text that escaped translation:\n{}",
        check.untranslated.join("\n")
    );
    assert!(
        check.clipped.is_empty(),
        "text cut off:\n{}",
        check.clipped.join("\n")
    );
    assert!(
        check.overlapping.is_empty(),
        "text drawn over other text:\n{}",
        check.overlapping.join("\n")
    );
}

/// A message by id, for the buttons whose ids the loop above names.
fn lookup(id: &str) -> String {
    p2p_cancel_review::i18n::LOADER.get(id)
}
