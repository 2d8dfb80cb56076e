//! Helpers shared by the integration tests: a practice exchange, a client for it, the CLI
//! binary with a private data directory.
#![allow(dead_code)] // each test file uses its own subset

pub mod window;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::{Arc, Mutex};

use p2p_cancel_review::bybit::{Client, ClientOptions, Credentials};
use p2p_cancel_review::history::History;
use p2p_cancel_review::practice::{Book, PracticeConfig, PracticeExchange};
use secrecy::SecretString;

pub fn practice() -> PracticeExchange {
    PracticeExchange::start(PracticeConfig::default()).expect("practice exchange starts")
}

pub fn practice_with(book: Book) -> PracticeExchange {
    PracticeExchange::start(PracticeConfig {
        book,
        ..PracticeConfig::default()
    })
    .expect("practice exchange starts")
}

pub fn client(exchange: &PracticeExchange) -> Arc<Client> {
    client_with(
        exchange,
        PracticeExchange::credentials(),
        ClientOptions::default(),
    )
}

pub fn client_with(
    exchange: &PracticeExchange,
    credentials: Credentials,
    options: ClientOptions,
) -> Arc<Client> {
    Arc::new(Client::new(exchange.target(), &credentials, options).expect("client builds"))
}

pub fn wrong_secret() -> Credentials {
    Credentials::new(
        p2p_cancel_review::practice::PRACTICE_API_KEY,
        SecretString::from("not-the-secret"),
    )
}

pub fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime")
}

/// The first order awaiting an answer, and the second.
pub fn awaiting(exchange: &PracticeExchange) -> Vec<String> {
    exchange.with(|e| e.awaiting_ids())
}

pub fn history_in(dir: &Path) -> Mutex<History> {
    Mutex::new(History::open(&dir.join("history.sqlite3")).expect("history opens"))
}

/// Writes a small file with a real PNG (or other) signature.
pub fn proof_file(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write proof");
    path
}

/// Runs the real binary with its own data directory and, unless `None`, practice credentials.
pub struct Cli {
    pub data_dir: tempfile::TempDir,
}

#[derive(Debug)]
pub struct Run {
    pub status: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Cli {
    pub fn new() -> Self {
        Self {
            data_dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    pub fn run(&self, args: &[&str]) -> Run {
        self.run_with_env(
            args,
            &[
                (
                    "BYBIT_API_KEY",
                    p2p_cancel_review::practice::PRACTICE_API_KEY,
                ),
                (
                    "BYBIT_API_SECRET",
                    p2p_cancel_review::practice::PRACTICE_API_SECRET,
                ),
            ],
        )
    }

    pub fn run_with_env(&self, args: &[&str], env: &[(&str, &str)]) -> Run {
        let mut command = Command::new(env!("CARGO_BIN_EXE_p2p-cancel-review"));
        command
            .args(args)
            .env_remove("BYBIT_API_KEY")
            .env_remove("BYBIT_API_SECRET")
            .env("P2P_CANCEL_REVIEW_DATA_DIR", self.data_dir.path());
        english(&mut command);
        for (k, v) in env {
            command.env(k, v);
        }
        let Output {
            status,
            stdout,
            stderr,
        } = command.output().expect("binary runs");
        Run {
            status: status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&stdout).into_owned(),
            stderr: String::from_utf8_lossy(&stderr).into_owned(),
        }
    }

    pub fn history(&self) -> History {
        History::open(&self.data_dir.path().join("history.sqlite3")).expect("history opens")
    }
}

/// The binary speaks English whatever this machine's language (a test may choose another).
pub fn english(command: &mut Command) {
    command
        .env_remove("LANGUAGE")
        .env_remove("LC_MESSAGES")
        .env("LC_ALL", "C")
        .env("LANG", "C");
}

pub mod samples {
    #[allow(unused_imports)] // not every test file sends files
    pub use p2p_cancel_review::proof::samples::*;
}
