//! How soon the watch sees a seller's cancel request, and what it spends to do so: the real
//! watch and client against practice exchanges (one per account, as each account has its own
//! rate budget at Bybit) with a network's latency added to every answer. Each account holds
//! some orders marked paid (no request yet) beside 20 awaiting payment; at moments that fall
//! anywhere in the watch's rounds a seller asks to cancel one of the paid orders (or, with
//! none, the buyer marks one paid and the seller asks at once), and the time until the watch
//! reports it is measured. Reads a second are counted by the exchanges, per account, from the
//! end of the first round to the end.
//!
//!   cargo bench --bench watch                 (latency 150 ms, 4 tries per account)
//!   P2P_BENCH_TRIES=8 P2P_BENCH_ACCOUNTS=1,5 P2P_BENCH_PAID=10 cargo bench --bench watch

use std::sync::Arc;
use std::time::Duration;

use p2p_cancel_review::bybit::{Client, ClientOptions};
use p2p_cancel_review::practice::{Book, PracticeConfig, PracticeExchange};
use p2p_cancel_review::watch::{self, Bybit, HostBans, Report, Schedule, Tracker};
use tokio::sync::{Notify, mpsc};
use tokio::time::Instant;

/// Orders awaiting the merchant's payment beside the paid ones: a seller cannot ask to cancel
/// those, and the watch should not spend on them.
const UNPAID: usize = 20;

fn env_number(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn env_list(name: &str, default: &[usize]) -> Vec<usize> {
    std::env::var(name)
        .ok()
        .map(|v| v.split(',').filter_map(|n| n.trim().parse().ok()).collect())
        .filter(|list: &Vec<usize>| !list.is_empty())
        .unwrap_or_else(|| default.to_vec())
}

/// A small deterministic generator: the same moments on every run, spread over the rounds.
struct Moments(u64);

impl Moments {
    fn next_ms(&mut self, below: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) % below
    }
}

struct Cell {
    detections: Vec<Duration>,
    missed: usize,
    reads_per_second: f64,
}

fn main() {
    let latency = Duration::from_millis(env_number("P2P_BENCH_LATENCY_MS", 150));
    let tries = env_number("P2P_BENCH_TRIES", 4).max(1) as usize;
    let accounts = env_list("P2P_BENCH_ACCOUNTS", &[1, 5, 20]);
    let paid = env_list("P2P_BENCH_PAID", &[0, 10, 50]);
    println!(
        "watch: latency {} ms, {tries} tries per account, the default round ({} s)",
        latency.as_millis(),
        watch::DEFAULT_INTERVAL.as_secs()
    );
    println!(
        "| accounts | orders marked paid (+{UNPAID} awaiting payment) | seen after, median | slowest | reads a second per account |"
    );
    println!("|---|---|---|---|---|");
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("a runtime");
    for &accounts in &accounts {
        for &paid in &paid {
            let cell = runtime.block_on(measure(accounts, paid, tries, latency));
            let mut sorted = cell.detections.clone();
            sorted.sort();
            let median = sorted.get(sorted.len() / 2).copied().unwrap_or_default();
            let slowest = sorted.last().copied().unwrap_or_default();
            let missed = if cell.missed > 0 {
                format!(" ({} not seen within a minute)", cell.missed)
            } else {
                String::new()
            };
            println!(
                "| {accounts} | {paid} | {:.1} s | {:.1} s{missed} | {:.2} |",
                median.as_secs_f64(),
                slowest.as_secs_f64(),
                cell.reads_per_second
            );
        }
    }
}

async fn measure(accounts: usize, paid: usize, tries: usize, latency: Duration) -> Cell {
    let exchanges: Vec<Arc<PracticeExchange>> = (0..accounts)
        .map(|_| {
            Arc::new(
                PracticeExchange::start(PracticeConfig {
                    book: Book::Busy {
                        paid,
                        unpaid: UNPAID,
                    },
                    latency,
                    ..PracticeConfig::default()
                })
                .expect("a practice exchange"),
            )
        })
        .collect();
    let (_schedule, receiver) = tokio::sync::watch::channel(Schedule::default());
    let bans = Arc::new(HostBans::default());
    let (found, mut seen) = mpsc::unbounded_channel::<(usize, String, Instant)>();
    let (listed, mut first_lists) = mpsc::unbounded_channel::<usize>();
    let mut watches = Vec::new();
    for (index, exchange) in exchanges.iter().enumerate() {
        let client = Client::new(
            exchange.target(),
            &PracticeExchange::credentials(),
            ClientOptions::default(),
        )
        .expect("a client");
        let (found, listed) = (found.clone(), listed.clone());
        let mut first = true;
        watches.push(tokio::spawn(watch::run(
            Arc::new(Bybit(Arc::new(client))),
            Tracker::new(false),
            receiver.clone(),
            Arc::new(Notify::new()),
            bans.clone(),
            move |report| match report {
                Report::NewRequest(order) => {
                    let _ = found.send((index, order.id, Instant::now()));
                }
                Report::Listed { .. } if first => {
                    first = false;
                    let _ = listed.send(index);
                }
                _ => {}
            },
        )));
    }
    for _ in 0..accounts {
        first_lists.recv().await;
    }
    let reads_at_start: Vec<u64> = exchanges.iter().map(|e| e.stats().reads).collect();
    let started = Instant::now();
    let mut moments = Moments(0x5eed ^ (accounts * 1000 + paid) as u64);
    let mut detections = Vec::new();
    let mut missed = 0;
    for _ in 0..tries {
        // Each account's seller asks at a moment of its own, somewhere in the next round or two.
        let mut asked: Vec<(usize, String, Instant)> = Vec::new();
        let mut offsets: Vec<(u64, usize)> = (0..accounts)
            .map(|i| (moments.next_ms(12_000), i))
            .collect();
        offsets.sort();
        let begin = Instant::now();
        for (offset, index) in offsets {
            tokio::time::sleep_until(begin + Duration::from_millis(offset)).await;
            let id = exchanges[index].with(|e| e.open_request_on_paid_order());
            asked.push((index, id, Instant::now()));
        }
        let give_up = Instant::now() + Duration::from_secs(60);
        while !asked.is_empty() {
            let next = tokio::time::timeout_at(give_up, seen.recv()).await;
            let Ok(Some((index, id, at))) = next else {
                missed += asked.len();
                break;
            };
            if let Some(position) = asked.iter().position(|(i, o, _)| *i == index && *o == id) {
                let (_, _, opened) = asked.remove(position);
                detections.push(at - opened);
            }
        }
    }
    let elapsed = started.elapsed().as_secs_f64();
    let reads: u64 = exchanges
        .iter()
        .zip(reads_at_start)
        .map(|(e, before)| e.stats().reads - before)
        .sum();
    for watch in watches {
        watch.abort();
    }
    Cell {
        detections,
        missed,
        reads_per_second: reads as f64 / elapsed / accounts as f64,
    }
}
