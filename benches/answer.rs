//! How long a merchant waits for an answer to be sent, in round trips to Bybit: the real CLI
//! against the practice exchange with a network's latency added to every answer. Prints the
//! requests each answer needed and the wait beyond the process's own start, in round trips.
//!
//!   cargo bench --bench answer                  (latency 150 ms, 8 answers)
//!   P2P_BENCH_LATENCY_MS=300 P2P_BENCH_ANSWERS=20 cargo bench --bench answer

use std::process::Command;
use std::time::{Duration, Instant};

use p2p_cancel_review::practice::{
    Book, PRACTICE_API_KEY, PRACTICE_API_SECRET, PracticeConfig, PracticeExchange,
};

fn env_number(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// Runs the CLI; returns its wall time.
fn run(data_dir: &std::path::Path, args: &[&str]) -> Duration {
    let started = Instant::now();
    let out = Command::new(env!("CARGO_BIN_EXE_p2p-cancel-review"))
        .args(args)
        .env("P2P_CANCEL_REVIEW_DATA_DIR", data_dir)
        .env("BYBIT_API_KEY", PRACTICE_API_KEY)
        .env("BYBIT_API_SECRET", PRACTICE_API_SECRET)
        .output()
        .expect("the CLI runs");
    let took = started.elapsed();
    assert!(
        out.status.success(),
        "{args:?}: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    took
}

fn median(mut values: Vec<Duration>) -> Duration {
    values.sort();
    values[values.len() / 2]
}

struct Row {
    what: &'static str,
    requests: f64,
    wall: Duration,
}

fn main() {
    let latency = Duration::from_millis(env_number("P2P_BENCH_LATENCY_MS", 150));
    let answers = env_number("P2P_BENCH_ANSWERS", 8).max(2) as usize;
    let exchange = PracticeExchange::start(PracticeConfig {
        book: Book::AllAwaiting(2 * answers + 2),
        latency,
        ..PracticeConfig::default()
    })
    .expect("practice exchange");
    let url = exchange.base_url();
    let mut orders = exchange.with(|e| e.awaiting_ids()).into_iter();
    let data = tempfile::tempdir().expect("temp dir");
    let proof = data.path().join("receipt.png");
    std::fs::write(&proof, p2p_cancel_review::proof::samples::PNG).expect("proof file");
    let proof = proof.to_string_lossy().into_owned();

    // The process's own start, with no network at all.
    let start = median(
        (0..answers)
            .map(|_| run(data.path(), &["--version"]))
            .collect(),
    );

    let mut rows = Vec::new();
    let mut measure = |what: &'static str, times: usize, extra: &[&str]| {
        let before = exchange.stats().requests;
        let walls: Vec<Duration> = (0..times)
            .map(|_| {
                // A merchant answers one order at a time: stay inside the account's budget of
                // 5 writes a second, as each process on its own does.
                std::thread::sleep(Duration::from_millis(500));
                let order = orders.next().expect("enough orders");
                let mut args = vec!["review", "--order", &order, "--base-url", &url];
                args.extend_from_slice(extra);
                run(data.path(), &args)
            })
            .collect();
        rows.push(Row {
            what,
            requests: (exchange.stats().requests - before) as f64 / times as f64,
            wall: median(walls),
        });
    };
    // The very first answer on this computer knows nothing of Bybit's clock yet.
    measure(
        "first answer ever (--pass)",
        1,
        &["--pass", "--refund-received"],
    );
    measure("answer (--pass)", answers, &["--pass", "--refund-received"]);
    measure(
        "refusal with one file to upload",
        answers,
        &[
            "--reject",
            "--reason",
            "have-made-payment",
            "--proof-file",
            &proof,
        ],
    );

    println!(
        "latency {} ms per round trip; process start (--version) {} ms; median of {answers} runs",
        latency.as_millis(),
        start.as_millis()
    );
    println!(
        "{:<34} {:>9} {:>10} {:>22}",
        "", "requests", "wall", "round trips beyond start"
    );
    let refused = exchange.stats().rate_limited;
    for row in rows {
        let beyond = row.wall.saturating_sub(start).as_secs_f64() / latency.as_secs_f64();
        println!(
            "{:<34} {:>9.1} {:>7} ms {:>22.2}",
            row.what,
            row.requests,
            row.wall.as_millis(),
            beyond
        );
    }
    println!("refused for going too fast (10006): {refused}");
}
