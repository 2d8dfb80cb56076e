//! Logs: `tracing` into a file per day in `<data dir>/logs` (the last 7 kept), every line
//! scrubbed of secrets on its way out (see [`crate::redact`]). Level from `P2P_LOG`
//! (`error`, `warn`, `info` (default), `debug`, `trace`).

use std::io::Write;
use std::path::{Path, PathBuf};

use tracing_appender::non_blocking::WorkerGuard;
use tracing_subscriber::fmt::MakeWriter;

/// The environment variable choosing the log level.
pub const LEVEL_ENV: &str = "P2P_LOG";
const FILE_PREFIX: &str = "p2p-cancel-review";
const KEEP_DAYS: usize = 7;

/// Where the logs go.
pub fn log_dir(data_dir: &Path) -> PathBuf {
    data_dir.join("logs")
}

/// Starts logging to files, and records panics there too. Keep the guard alive until the
/// program ends: dropping it flushes the last lines. `None` when the folder cannot be used
/// (the app then runs without a log rather than not at all).
pub fn init(data_dir: &Path) -> Option<WorkerGuard> {
    // The appender lists the folder to prune old files, and complains on stderr if it is missing.
    std::fs::create_dir_all(log_dir(data_dir)).ok()?;
    let appender = tracing_appender::rolling::Builder::new()
        .rotation(tracing_appender::rolling::Rotation::DAILY)
        .filename_prefix(FILE_PREFIX)
        .filename_suffix("log")
        .max_log_files(KEEP_DAYS)
        .build(log_dir(data_dir))
        .ok()?;
    let (writer, guard) = tracing_appender::non_blocking(appender);
    let level = std::env::var(LEVEL_ENV)
        .ok()
        .and_then(|l| l.parse::<tracing::Level>().ok())
        .unwrap_or(tracing::Level::INFO);
    let installed = tracing_subscriber::fmt()
        .with_writer(Scrubbing(writer))
        .with_ansi(false)
        .with_max_level(level)
        .with_target(true)
        .try_init()
        .is_ok();
    if installed {
        let default_hook = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            tracing::error!(
                "the app stopped unexpectedly: {}",
                crate::redact::scrub(&info.to_string())
            );
            default_hook(info);
        }));
        tracing::info!(
            version = env!("CARGO_PKG_VERSION"),
            os = std::env::consts::OS,
            "started"
        );
    }
    Some(guard)
}

/// The last `lines` lines of the newest log file, scrubbed again (for "Copy diagnostics").
pub fn recent_lines(data_dir: &Path, lines: usize) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(log_dir(data_dir)) else {
        return Vec::new();
    };
    let newest = entries
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().starts_with(FILE_PREFIX))
        .max_by_key(|e| e.metadata().and_then(|m| m.modified()).ok());
    let Some(newest) = newest else {
        return Vec::new();
    };
    let text = std::fs::read_to_string(newest.path()).unwrap_or_default();
    let all: Vec<&str> = text.lines().collect();
    all[all.len().saturating_sub(lines)..]
        .iter()
        .map(|l| crate::redact::scrub(l))
        .collect()
}

/// A writer that scrubs every buffer before passing it on.
struct Scrubbing<W>(W);

impl<'a, W: MakeWriter<'a>> MakeWriter<'a> for Scrubbing<W> {
    type Writer = ScrubbingWriter<W::Writer>;

    fn make_writer(&'a self) -> Self::Writer {
        ScrubbingWriter(self.0.make_writer())
    }
}

struct ScrubbingWriter<W>(W);

impl<W: Write> Write for ScrubbingWriter<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let clean = crate::redact::scrub(&String::from_utf8_lossy(buf));
        self.0.write_all(clean.as_bytes())?;
        // The caller's bytes were all consumed, even if scrubbing changed their length.
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.0.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_line_written_is_scrubbed() {
        crate::redact::register("written-secret-XYZ123");
        let mut out = Vec::new();
        let mut writer = ScrubbingWriter(&mut out);
        let line = b"sent with key written-secret-XYZ123 and sign e759092405ce837b090eaf82216785115c46cc87bedf6a86fb46e27c420bae46\n";
        assert_eq!(
            writer.write(line).unwrap(),
            line.len(),
            "the caller's bytes count as written"
        );
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "sent with key [redacted] and sign [signature]\n"
        );
    }
}
