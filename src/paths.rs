//! Where the app keeps its files. Never a secret: keys live in the OS keyring.

use std::path::{Path, PathBuf};

/// Overrides the data directory (tests, portable installs).
pub const DATA_DIR_ENV: &str = "P2P_CANCEL_REVIEW_DATA_DIR";

/// The per-user data directory: `~/.local/share/p2p-cancel-review` on Linux,
/// `~/Library/Application Support/com.p2p-cancel-review.p2p-cancel-review` on macOS,
/// `%LOCALAPPDATA%\p2p-cancel-review\p2p-cancel-review\data` on Windows: Local, not
/// Roaming, since the history and the logs belong to this computer (a roaming profile would
/// copy them at every sign-in, and two computers would write the same history).
pub fn data_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os(DATA_DIR_ENV).filter(|d| !d.is_empty()) {
        return PathBuf::from(dir);
    }
    directories::ProjectDirs::from("com", "p2p-cancel-review", "p2p-cancel-review")
        .map(|d| d.data_local_dir().to_path_buf())
        .unwrap_or_else(|| PathBuf::from(".p2p-cancel-review"))
}

/// The history database.
pub fn history_file() -> PathBuf {
    data_dir().join("history.sqlite3")
}

/// Writes one of the app's JSON files (settings, accounts, Bybit's clock) whole or not at all:
/// to a temporary file beside it, then renamed over it, so a crash never leaves half a file.
pub fn write_json(path: &Path, value: &impl serde::Serialize) -> std::io::Result<()> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let temp = path.with_extension("json.tmp");
    std::fs::write(
        &temp,
        serde_json::to_vec_pretty(value).map_err(std::io::Error::other)?,
    )?;
    std::fs::rename(&temp, path)
}
