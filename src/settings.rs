//! The merchant's preferences, shared by the window's sessions (`settings.json` in the data
//! directory). Nothing secret.

use std::path::Path;
use std::time::Duration;

use serde::{Deserialize, Serialize};

/// How long to wait for Bybit's answer, within these bounds (seconds).
pub const ANSWER_TIMEOUT_RANGE: std::ops::RangeInclusive<u64> = 5..=120;

/// The preferences.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Seconds to wait for each answer from Bybit before the outcome counts as unknown.
    pub answer_timeout_secs: u64,
    /// The watch's round in seconds (one of [`crate::watch::INTERVALS`]); `None`: as soon as
    /// possible, the default. A new key: older versions saved their one-minute default (or
    /// `null`, "on demand") under `refresh_every_secs`, which is read only for a merchant who
    /// chose five minutes (see [`Settings::watch_every`]).
    pub watch_every_secs: Option<u64>,
    #[serde(skip_serializing)]
    pub refresh_every_secs: Option<u64>,
    /// Play the system's sound with each alert.
    pub alert_sound: bool,
    /// The one-line notice that closing the window keeps the app watching in the tray was
    /// shown (once).
    pub tray_notice_shown: bool,
    /// The language picked in Settings (a tag such as "ru"); `None`: the system's.
    pub language: Option<String>,
    /// The window's zoom (Ctrl + plus / minus / 0), as last left.
    pub zoom: Option<f32>,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            answer_timeout_secs: 20,
            watch_every_secs: None,
            refresh_every_secs: None,
            alert_sound: false,
            tray_notice_shown: false,
            language: None,
            zoom: None,
        }
    }
}

impl Settings {
    pub fn answer_timeout(&self) -> Duration {
        Duration::from_secs(
            self.answer_timeout_secs
                .clamp(*ANSWER_TIMEOUT_RANGE.start(), *ANSWER_TIMEOUT_RANGE.end()),
        )
    }

    /// The language to speak: the one picked, else the system's.
    pub fn language(&self) -> &'static crate::i18n::Language {
        self.language
            .as_deref()
            .and_then(crate::i18n::parse)
            .unwrap_or_else(crate::i18n::system)
    }

    /// The zoom to start with, within what egui allows.
    pub fn zoom(&self) -> f32 {
        self.zoom.unwrap_or(1.0).clamp(0.5, 3.0)
    }

    /// How often the watched accounts are read: the saved choice if it is one of the
    /// intervals offered, the default otherwise. An older version's 30 s, one or two minutes
    /// become "as soon as possible" (now cheaper than its one minute was); its five minutes
    /// stay five minutes.
    pub fn watch_every(&self) -> Duration {
        let older = self
            .refresh_every_secs
            .filter(|secs| *secs == 300)
            .map(Duration::from_secs);
        self.watch_every_secs
            .map(Duration::from_secs)
            .or(older)
            .filter(|every| crate::watch::INTERVALS.contains(every))
            .unwrap_or(crate::watch::DEFAULT_INTERVAL)
    }

    /// Reads the settings; a missing or unreadable file gives the defaults (preferences are
    /// not worth refusing to start over).
    pub fn load(path: &Path) -> Self {
        std::fs::read(path)
            .ok()
            .and_then(|bytes| serde_json::from_slice::<Settings>(&bytes).ok())
            .map(|mut settings| {
                settings.watch_every_secs = Some(settings.watch_every().as_secs());
                settings
            })
            .unwrap_or_default()
    }

    /// Writes the settings atomically.
    pub fn save(&self, path: &Path) -> std::io::Result<()> {
        crate::paths::write_json(path, self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_round_trip_and_survive_a_bad_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("settings.json");
        assert_eq!(Settings::load(&path), Settings::default());
        let chosen = Settings {
            answer_timeout_secs: 45,
            watch_every_secs: Some(300),
            refresh_every_secs: None,
            alert_sound: true,
            tray_notice_shown: true,
            language: Some("uk".into()),
            zoom: Some(1.5),
        };
        chosen.save(&path).unwrap();
        assert_eq!(Settings::load(&path), chosen);
        std::fs::write(&path, "garbage").unwrap();
        assert_eq!(Settings::load(&path), Settings::default());
        assert_eq!(
            Settings {
                answer_timeout_secs: 1,
                ..Settings::default()
            }
            .answer_timeout(),
            Duration::from_secs(5)
        );
        // No choice, or an interval not offered: the default.
        for odd in [None, Some(7)] {
            let settings = Settings {
                watch_every_secs: odd,
                ..Settings::default()
            };
            assert_eq!(settings.watch_every(), crate::watch::DEFAULT_INTERVAL);
        }
    }

    #[test]
    fn an_older_versions_choice_keeps_only_five_minutes() {
        let older = |secs: &str| -> Settings {
            serde_json::from_str(&format!(r#"{{"refresh_every_secs": {secs}}}"#)).unwrap()
        };
        assert_eq!(older("300").watch_every(), Duration::from_secs(300));
        for default_or_faster in ["60", "30", "120", "null"] {
            assert_eq!(
                older(default_or_faster).watch_every(),
                crate::watch::AS_SOON_AS_POSSIBLE,
                "{default_or_faster}"
            );
        }
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("settings.json");
        std::fs::write(&path, r#"{"refresh_every_secs": 300}"#).unwrap();
        Settings::load(&path).save(&path).unwrap();
        let saved = std::fs::read_to_string(&path).unwrap();
        assert!(!saved.contains("refresh_every_secs"), "{saved}");
        assert_eq!(
            Settings::load(&path).watch_every(),
            Duration::from_secs(300)
        );
    }
}
