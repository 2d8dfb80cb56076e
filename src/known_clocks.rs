//! Bybit's clock as learnt in earlier runs, per exchange address (`clock.json` in the data
//! folder), so the next command signs its first request at once instead of asking the server's
//! time first. Nothing secret: a time difference and when it was learnt.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::bybit::{ClockReading, Target};

/// A new reading replaces the remembered one when it differs by this much or more…
const SAVE_WHEN_MOVED_MS: i64 = 100;
/// …or when the remembered one is this old (so it stays fresh while in use).
const SAVE_WHEN_OLDER_THAN_MS: i64 = 60 * 60 * 1000;
/// Addresses remembered at most (practice exchanges come and go on random ports).
const MAX_REMEMBERED: usize = 16;

/// The readings file.
pub struct KnownClocks {
    path: PathBuf,
}

impl KnownClocks {
    pub fn in_data_dir(data_dir: &Path) -> Self {
        Self {
            path: data_dir.join("clock.json"),
        }
    }

    /// The remembered reading for `target`, if any (fresh or not: the client decides).
    pub fn get(&self, target: &Target) -> Option<ClockReading> {
        self.read().remove(&key(target))
    }

    /// Remembers `reading` for `target` if it says something new. Read, change, write: another
    /// process may have remembered another address meanwhile.
    pub fn remember(&self, target: &Target, reading: ClockReading) -> std::io::Result<()> {
        let mut all = self.read();
        if !worth_saving(all.get(&key(target)).copied(), reading) {
            return Ok(());
        }
        all.insert(key(target), reading);
        // Forget stale readings, then the oldest, to stay small.
        all.retain(|_, r| r.is_fresh(reading.learnt_at_ms));
        while all.len() > MAX_REMEMBERED {
            let Some(oldest) = all
                .iter()
                .min_by_key(|(_, r)| r.learnt_at_ms)
                .map(|(k, _)| k.clone())
            else {
                break;
            };
            all.remove(&oldest);
        }
        crate::paths::write_json(&self.path, &all)
    }

    /// A missing or damaged file knows nothing (the server's time is then asked, as before).
    fn read(&self) -> BTreeMap<String, ClockReading> {
        std::fs::read(&self.path)
            .ok()
            .and_then(|bytes| serde_json::from_slice(&bytes).ok())
            .unwrap_or_default()
    }
}

/// The exchange's address without any path: one clock per server.
fn key(target: &Target) -> String {
    target.base_url.origin().ascii_serialization()
}

/// Whether `new` should replace `remembered` on disk.
pub fn worth_saving(remembered: Option<ClockReading>, new: ClockReading) -> bool {
    match remembered {
        None => true,
        Some(old) => {
            (new.offset_ms - old.offset_ms).abs() >= SAVE_WHEN_MOVED_MS
                || new.learnt_at_ms - old.learnt_at_ms >= SAVE_WHEN_OLDER_THAN_MS
                || !old.is_fresh(new.learnt_at_ms)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bybit::clock::FRESH_FOR_MS;

    fn reading(offset_ms: i64, learnt_at_ms: i64) -> ClockReading {
        ClockReading {
            offset_ms,
            learnt_at_ms,
        }
    }

    #[test]
    fn readings_are_kept_per_address_and_survive_a_damaged_file() {
        let dir = tempfile::tempdir().unwrap();
        let clocks = KnownClocks::in_data_dir(dir.path());
        let mainnet = Target::named(crate::bybit::Environment::Mainnet).unwrap();
        let practice = Target::custom("practice", "http://127.0.0.1:8099").unwrap();
        assert_eq!(clocks.get(&mainnet), None);
        let now = 1_800_000_000_000;
        clocks.remember(&mainnet, reading(-250, now)).unwrap();
        clocks.remember(&practice, reading(3, now)).unwrap();
        assert_eq!(clocks.get(&mainnet), Some(reading(-250, now)));
        assert_eq!(clocks.get(&practice), Some(reading(3, now)));
        std::fs::write(dir.path().join("clock.json"), "garbage").unwrap();
        assert_eq!(clocks.get(&mainnet), None);
        clocks.remember(&mainnet, reading(-240, now)).unwrap();
        assert_eq!(clocks.get(&mainnet), Some(reading(-240, now)));
    }

    #[test]
    fn only_news_is_written() {
        let now = 1_800_000_000_000;
        assert!(worth_saving(None, reading(0, now)));
        assert!(!worth_saving(
            Some(reading(0, now)),
            reading(40, now + 5_000)
        ));
        assert!(worth_saving(
            Some(reading(0, now)),
            reading(150, now + 5_000)
        ));
        assert!(worth_saving(
            Some(reading(0, now)),
            reading(0, now + SAVE_WHEN_OLDER_THAN_MS)
        ));
        assert!(worth_saving(
            Some(reading(0, now)),
            reading(0, now + FRESH_FOR_MS)
        ));
    }

    #[test]
    fn the_file_stays_small() {
        let dir = tempfile::tempdir().unwrap();
        let clocks = KnownClocks::in_data_dir(dir.path());
        let now = 1_800_000_000_000;
        for port in 0..40 {
            let target =
                Target::custom("practice", &format!("http://127.0.0.1:{}", 9000 + port)).unwrap();
            clocks.remember(&target, reading(0, now + port)).unwrap();
        }
        assert_eq!(clocks.read().len(), MAX_REMEMBERED);
        let newest = Target::custom("practice", "http://127.0.0.1:9039").unwrap();
        assert!(clocks.get(&newest).is_some(), "the newest are kept");
    }
}
