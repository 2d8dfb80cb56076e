//! Proof that a key and its secret never leave the program: a full refusal with an upload, a
//! refused answer that makes Bybit echo the key, the order list and the connection check, all
//! with trace-level logs; then every file the app wrote and everything it printed is searched.

mod common;

use std::path::Path;

use common::*;
use p2p_cancel_review::bybit::Credentials;
use p2p_cancel_review::practice::{PracticeConfig, PracticeExchange};
use secrecy::SecretString;

const KEY: &str = "LiveKey7Hq2Wm9Tx";
const SECRET: &str = "LiveSecretZp9XK1m4Rr8Vb3";

fn files_under(dir: &Path, found: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            files_under(&path, found);
        } else {
            found.push(path);
        }
    }
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w == needle.as_bytes())
}

/// True when the bytes hold a run of exactly 64 hex digits: an HMAC-SHA256 signature.
fn holds_a_signature(bytes: &[u8]) -> bool {
    bytes
        .split(|b| !b.is_ascii_hexdigit())
        .any(|run| run.len() == 64)
}

#[test]
fn no_key_secret_or_signature_in_any_file_or_output() {
    let exchange = PracticeExchange::start(PracticeConfig {
        credentials: Credentials::new(KEY, SecretString::from(SECRET)),
        ..PracticeConfig::default()
    })
    .unwrap();
    let orders = awaiting(&exchange);
    let cli = Cli::new();
    let proof = proof_file(cli.data_dir.path(), "receipt.png", samples::PNG);
    let url = exchange.base_url();
    let env = [
        ("BYBIT_API_KEY", KEY),
        ("BYBIT_API_SECRET", SECRET),
        ("P2P_LOG", "trace"),
    ];
    let wrong = [
        ("BYBIT_API_KEY", KEY),
        ("BYBIT_API_SECRET", "wrong-secret-value"),
        ("P2P_LOG", "trace"),
    ];
    let runs = [
        cli.run_with_env(
            &[
                "review",
                "--order",
                &orders[0],
                "--reject",
                "--reason",
                "others",
                "--proof-file",
                proof.to_str().unwrap(),
                "--proof",
                "https://example.com/a.jpg",
                "--base-url",
                &url,
            ],
            &env,
        ),
        cli.run_with_env(
            &[
                "review",
                "--order",
                &orders[1],
                "--pass",
                "--refund-received",
                "--json",
                "--base-url",
                &url,
            ],
            &wrong,
        ),
        cli.run_with_env(&["orders", "--json", "--base-url", &url], &env),
        cli.run_with_env(&["check", "--base-url", &url], &env),
        cli.run_with_env(&["order", &orders[2], "--base-url", &url], &env),
    ];
    assert_eq!(runs[0].status, 0, "{}{}", runs[0].stdout, runs[0].stderr);
    assert_eq!(
        runs[1].status, 1,
        "the wrong secret is refused: {}",
        runs[1].stdout
    );
    assert!(
        runs[1].stdout.contains("origin_string"),
        "Bybit's echo, which holds the key, was received"
    );

    for (i, run) in runs.iter().enumerate() {
        for text in [&run.stdout, &run.stderr] {
            assert!(
                !text.contains(KEY) && !text.contains(SECRET),
                "run {i} printed a key or secret: {text}"
            );
            assert!(
                !holds_a_signature(text.as_bytes()),
                "run {i} printed a signature: {text}"
            );
        }
    }
    let mut files = Vec::new();
    files_under(cli.data_dir.path(), &mut files);
    let logs: Vec<_> = files.iter().filter(|f| in_logs_folder(f)).collect();
    assert!(!logs.is_empty(), "the runs wrote logs: {files:?}");
    let log_text: String = logs
        .iter()
        .map(|f| std::fs::read_to_string(f).unwrap())
        .collect();
    assert!(
        log_text.contains("bybit call"),
        "trace logs were really written: {log_text}"
    );
    for file in &files {
        let bytes = std::fs::read(file).unwrap();
        assert!(!contains(&bytes, KEY), "{} holds the key", file.display());
        assert!(
            !contains(&bytes, SECRET),
            "{} holds the secret",
            file.display()
        );
        if in_logs_folder(file) {
            assert!(
                !holds_a_signature(&bytes),
                "{} holds a signature",
                file.display()
            );
        }
    }
}

/// Whether `file` lies in the logs folder (by path component: `/` or `\\` alike).
fn in_logs_folder(file: &std::path::Path) -> bool {
    file.parent().is_some_and(|folder| folder.ends_with("logs"))
}
