//! The main screens, dialogs and history in every language, at the window's first size and in
//! a tall window: no text running past the edge of its panel or of the window, none drawn over
//! other text. And in the pseudo-language (English accented and 40 % longer), where any plain
//! English word left on screen is a sentence that escaped translation. And a language picked in
//! Settings taking over the window at once. Its own test binary: the language is one per process.

mod common;

use std::collections::BTreeSet;
use std::path::Path;
use std::sync::{Arc, Mutex};

use eframe::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable};
use p2p_cancel_review::bybit::{Client, ClientOptions};
use p2p_cancel_review::i18n::{LANGUAGES, Language, PSEUDO};
use p2p_cancel_review::practice::{Book, PracticeConfig, PracticeExchange};
use p2p_cancel_review::settings::Settings;
use p2p_cancel_review::ui::ReviewApp;

use common::window::{practice_config, practice_window, wait_until};

/// Where the orders list ends, and how wide the order's details are (the window's layout at
/// the sizes below: see `SIDE_PANEL_WIDTH`).
const LEFT_PANEL_END: f32 = 290.0;
const RIGHT_PANEL_WIDTH: f32 = 290.0;
/// A panel's margin inside its edge, where its content ends.
const PANEL_MARGIN: f32 = 8.0;

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
    /// The English words that may show; `None`: not looked for (a real language).
    allowed: Option<BTreeSet<String>>,
    /// Whether to look for text over text: only where nothing scrolls, since AccessKit does
    /// not tell what a scroll area hides (a row scrolled out of sight would seem to lie under
    /// the panel below it).
    overlaps: bool,
    untranslated: Vec<String>,
    clipped: Vec<String>,
    overlapping: Vec<String>,
}

impl Check {
    /// Looks at every text on screen: English words that are not data, and text past its edge.
    fn screen(&mut self, harness: &Harness<'_, ReviewApp>, screen: &str, layout: Layout) {
        let in_panels = layout != Layout::Window;
        let window = harness.ctx.content_rect();
        let right_panel_start = window.right() - RIGHT_PANEL_WIDTH;
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
                if self.allowed.as_ref().is_some_and(|a| !a.contains(&word)) {
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
                    limit = LEFT_PANEL_END - PANEL_MARGIN;
                } else if rect.left() < right_panel_start - 1.0 {
                    limit = right_panel_start - PANEL_MARGIN;
                }
            }
            if rect.right() > limit + 1.0 || rect.left() < window.left() - 1.0 {
                self.clipped
                    .push(format!("{screen}: {text:?} at {rect:?}, past {limit}"));
            }
            // Two texts drawn over each other (a row too long that did not wrap): neither
            // holds the other, as a button holds its label, yet they share ground. A text that
            // runs past the window's bottom is scrolled out of sight, not drawn over anything.
            let overlap_matters =
                self.overlaps && layout == Layout::Panels && rect.bottom() <= window.bottom();
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

/// One language at a time: it is one per process.
static ONE_LANGUAGE_AT_A_TIME: Mutex<()> = Mutex::new(());

/// The window's size as it first opens (see `ui::run`), where the lists scroll; and one tall
/// enough that nothing scrolls, so that text over text can be seen.
const SIZES: [(egui::Vec2, bool); 2] = [
    (egui::vec2(1180.0, 760.0), false),
    (egui::vec2(1280.0, 900.0), true),
];

#[test]
fn the_pseudo_language_leaves_no_english_and_fits_the_window() {
    let _one = ONE_LANGUAGE_AT_A_TIME
        .lock()
        .unwrap_or_else(|e| e.into_inner());
    let mut problems = Vec::new();
    for (size, overlaps) in SIZES {
        problems.extend(walk_the_screens(&PSEUDO, size, overlaps));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_language_fits_the_window() {
    let _one = ONE_LANGUAGE_AT_A_TIME
        .lock()
        .unwrap_or_else(|e| e.into_inner());
    let mut problems = Vec::new();
    for language in &LANGUAGES {
        for (size, overlaps) in SIZES {
            problems.extend(
                walk_the_screens(language, size, overlaps)
                    .into_iter()
                    .map(|problem| format!("{}: {problem}", language.tag)),
            );
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// A language picked in Settings applies at once, without a restart, to what was already on
/// screen (the app's name, the practice account's name, the amounts' digits), and is remembered
/// in the settings the next start reads.
#[test]
fn a_language_picked_in_settings_applies_at_once_and_is_remembered() {
    let _one = ONE_LANGUAGE_AT_A_TIME
        .lock()
        .unwrap_or_else(|e| e.into_inner());
    let data = tempfile::tempdir().unwrap();
    let english = &LANGUAGES[0];
    let exchange = Arc::new(PracticeExchange::start(PracticeConfig::default()).unwrap());
    let settings = Settings {
        language: Some(english.tag.into()),
        ..Settings::default()
    };
    let config = practice_config(data.path(), &exchange, settings);
    let mut harness = practice_window(config, egui::vec2(1180.0, 760.0));
    let before = on_screen(&harness);
    for english_text in ["P2P Cancel Review", "Practice account", "50,000.00 RUB"] {
        assert!(before.contains(english_text), "before: {english_text}");
    }

    let russian = LANGUAGES.iter().find(|l| l.tag == "ru").unwrap();
    harness
        .get_by_label(&p2p_cancel_review::fl!("top-settings"))
        .click();
    harness.run();
    harness
        .get_by_label(&p2p_cancel_review::fl!("settings-language"))
        .click();
    harness.run();
    harness.get_by_label(russian.name).click();
    harness.run();

    assert_eq!(p2p_cancel_review::i18n::current(), russian);
    let after = on_screen(&harness);
    for russian_text in [
        "Отмены ордеров P2P",
        "Тренировочный аккаунт",
        "50\u{a0}000,00 RUB",
        "Настройки",
    ] {
        assert!(after.contains(russian_text), "after: {russian_text}");
    }
    for english_text in ["P2P Cancel Review", "Practice account", "50,000.00 RUB"] {
        assert!(
            !after.contains(english_text),
            "still English: {english_text}"
        );
    }
    wait_until(&mut harness, "the settings saved", |_| {
        Settings::load(&data.path().join("settings.json")).language == Some("ru".to_owned())
    });
    p2p_cancel_review::i18n::set(english);
}

/// Every text on screen (labels and values: a drop-down shows its choice as its value), one a
/// line.
fn on_screen(harness: &Harness<'_, ReviewApp>) -> String {
    harness
        .query_all_by(|_| true)
        .filter_map(|node| {
            let accesskit = node.accesskit_node();
            let text = [accesskit.label(), accesskit.value()];
            let text: Vec<String> = text.into_iter().flatten().map(|t| t.to_string()).collect();
            (!text.is_empty()).then(|| text.join("\n"))
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Opens every main screen in `language`, looking at each; returns what is wrong.
fn walk_the_screens(language: &Language, size: egui::Vec2, overlaps: bool) -> Vec<String> {
    let data = tempfile::tempdir().unwrap();
    let exchange = Arc::new(
        PracticeExchange::start(PracticeConfig {
            // Few enough to fit the tall window without scrolling.
            book: Book::Numbered(0..4),
            ..PracticeConfig::default()
        })
        .unwrap(),
    );
    // English words are looked for in the pseudo-language only.
    let allowed = (*language == PSEUDO).then(|| allowed_words(&exchange, data.path()));
    let settings = Settings {
        language: Some(language.tag.into()),
        ..Settings::default()
    };
    let mut harness = practice_window(practice_config(data.path(), &exchange, settings), size);
    let mut check = Check {
        allowed,
        overlaps,
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

    let mut problems = Vec::new();
    let at = format!("{}×{}", size.x, size.y);
    for (what, found) in [
        ("escaped translation", check.untranslated),
        ("cut off", check.clipped),
        ("drawn over other text", check.overlapping),
    ] {
        problems.extend(found.into_iter().map(|f| format!("{at}, {what}: {f}")));
    }
    problems
}

/// The English words that may show in the pseudo-language: data from the exchange, "P2P",
/// codes, and what About shows of this computer.
fn allowed_words(exchange: &PracticeExchange, data: &Path) -> BTreeSet<String> {
    let mut allowed = exchange_words(exchange);
    for word in [
        "P2P",
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
    allowed.extend(english_words(&data.display().to_string()));
    allowed.extend(english_words(
        &p2p_cancel_review::logging::log_dir(data)
            .display()
            .to_string(),
    ));
    allowed.extend(english_words(&std::env::temp_dir().display().to_string()));
    allowed
}

/// A message by id, for the buttons whose ids the loop above names.
fn lookup(id: &str) -> String {
    p2p_cancel_review::i18n::LOADER.get(id)
}
