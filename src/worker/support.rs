//! The rest of the worker's jobs: preferences, notifications, folders, the practice exchange's
//! simulated trouble, and diagnostics for support.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use super::{Event, Shared, blocking};
use crate::history::Filter;
use crate::platform::notification::Alert;
use crate::practice::Trouble;
use crate::settings::Settings;

impl Shared {
    pub(super) fn answer_timeout(&self) -> Duration {
        self.settings
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .answer_timeout()
    }

    /// Saves the preferences and applies the answer timeout to every open account.
    pub(super) async fn save_settings(&self, settings: Settings) {
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

    pub(super) async fn notify(&self, alert: Alert) {
        if let Err(e) = self.notifications.show(alert, Box::new(|| {})).await {
            tracing::info!("desktop notification not shown: {e}");
        }
    }

    /// Makes the practice exchange misbehave (or stop misbehaving).
    pub(super) fn simulate_trouble(&self, trouble: Trouble) {
        // A late answer must come after the answer timeout, or it is not late.
        let late_by = self.answer_timeout() + Duration::from_secs(5);
        if let Some(exchange) = self
            .practice
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .as_ref()
        {
            exchange.set_faults(trouble.faults(late_by));
            // A practised IP ban ends with the trouble: the practice host is not made to wait
            // out Bybit's ten minutes.
            if self
                .host_bans
                .lift(exchange.target().base_url.host_str().unwrap_or_default())
            {
                self.refresh_now();
            }
        }
    }

    pub(super) async fn open_folder(&self, path: PathBuf) {
        let folder = path.clone();
        if let Err(e) = blocking(move || crate::platform::open::folder(&folder)).await {
            self.emit(Event::FolderNotOpened {
                path,
                error: e.to_string(),
            })
            .await;
        }
    }

    pub(super) async fn collect_diagnostics(self: &Arc<Self>, summary: String) {
        let shared = self.clone();
        let report = blocking(move || shared.diagnostics(&summary)).await;
        self.emit(Event::Diagnostics(report)).await;
    }

    /// The support report: the window's summary, the keyring, the history's size and the last
    /// log lines, all scrubbed of secrets.
    pub(super) fn diagnostics(&self, summary: &str) -> String {
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
