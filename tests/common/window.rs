//! The window under egui_kittest: waiting for the worker's events, and a practice window ready
//! to be looked at.

use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use eframe::egui;
use egui_kittest::Harness;
use p2p_cancel_review::practice::PracticeExchange;
use p2p_cancel_review::secrets::Vault;
use p2p_cancel_review::settings::Settings;
use p2p_cancel_review::ui::state::Connection;
use p2p_cancel_review::ui::{AppConfig, ReviewApp};

/// Steps the app until `done` holds, as the worker's events arrive, then once more (not `run`:
/// a spinner, a refresh under way, may keep the window repainting).
pub fn wait_until(
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

/// The window of `size` on `config` (which starts in practice), once the practice account is
/// open and its orders are listed.
pub fn practice_window(config: AppConfig, size: egui::Vec2) -> Harness<'static, ReviewApp> {
    assert!(
        config.start_in_practice,
        "a practice window starts in practice"
    );
    let mut harness = Harness::builder()
        .with_size(size)
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
    harness
}

/// A window that starts in practice on `exchange`, with its files in `data`, a keyring of its
/// own and `settings`.
pub fn practice_config(
    data: &Path,
    exchange: &Arc<PracticeExchange>,
    settings: Settings,
) -> AppConfig {
    AppConfig {
        vault: Some(Arc::new(Vault::with_store(
            keyring_core::mock::Store::new().unwrap(),
        ))),
        start_in_practice: true,
        practice: Some(exchange.clone()),
        settings,
        ..AppConfig::new(data.to_path_buf())
    }
}
