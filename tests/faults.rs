//! Every fault the practice exchange can inject, seen through the real binary: the exit
//! status, the sentence, the history entry, and how many review requests reached the exchange
//! (never two for one answer).

mod common;

use std::time::Duration;

use common::*;
use p2p_cancel_review::history::{Entry, Filter, Outcome};
use p2p_cancel_review::practice::{Faults, PracticeExchange, Trouble};
use serde_json::Value;

struct Case {
    exchange: PracticeExchange,
    order: String,
    cli: Cli,
}

impl Case {
    fn with(faults: Faults) -> Self {
        let exchange = practice();
        let order = awaiting(&exchange)[0].clone();
        exchange.set_faults(faults);
        Self {
            exchange,
            order,
            cli: Cli::new(),
        }
    }

    /// `review --pass` for the case's order, with a 1-second timeout, as JSON.
    fn send(&self) -> (i32, Value) {
        let url = self.exchange.base_url();
        let run = self.cli.run(&[
            "review",
            "--order",
            &self.order,
            "--pass",
            "--refund-received",
            "--timeout",
            "1",
            "--json",
            "--base-url",
            &url,
        ]);
        let value: Value = serde_json::from_str(run.stdout.trim())
            .unwrap_or_else(|_| panic!("JSON expected: {}{}", run.stdout, run.stderr));
        (run.status, value)
    }

    fn entry(&self) -> Entry {
        let entries = self.cli.history().page(&Filter::default(), 0, 10).unwrap();
        assert_eq!(entries.len(), 1, "one answer, one history entry");
        entries.into_iter().next().unwrap()
    }

    fn applied(&self) -> bool {
        !awaiting(&self.exchange).contains(&self.order)
    }
}

fn message(value: &Value) -> &str {
    value["message"].as_str().unwrap_or_default()
}

#[test]
fn an_answer_arriving_after_the_timeout_is_checked_by_reading_the_order() {
    let case = Case::with(Trouble::LateAnswer.faults(Duration::from_secs(3)));
    let (status, out) = case.send();
    assert!(
        message(&out).contains("No answer from Bybit within 1 s"),
        "{out}"
    );
    assert!(
        message(&out).contains("applied, confirmed by reading the order"),
        "{out}"
    );
    assert_eq!(status, 0, "applied, as the order shows");
    assert!(case.applied());
    let entry = case.entry();
    assert_eq!(entry.outcome, Outcome::Accepted);
    assert!(
        entry
            .verification
            .unwrap()
            .contains("confirmed by reading the order")
    );
    assert_eq!(case.exchange.stats().review_requests, 1);
}

#[test]
fn a_dropped_connection_after_acting_is_settled_the_same_way() {
    let case = Case::with(Trouble::DroppedConnection.faults(Duration::ZERO));
    let (status, out) = case.send();
    assert!(message(&out).contains("connection to Bybit broke"), "{out}");
    assert!(
        message(&out).contains("confirmed by reading the order"),
        "{out}"
    );
    assert_eq!(status, 0);
    assert_eq!(case.entry().outcome, Outcome::Accepted);
    assert_eq!(case.exchange.stats().review_requests, 1);
}

#[test]
fn a_server_error_before_acting_says_it_is_safe_to_send_again() {
    let case = Case::with(Trouble::ServerError.faults(Duration::ZERO));
    let (status, out) = case.send();
    assert_eq!(status, 3, "{out}");
    assert!(message(&out).contains("HTTP 500"), "{out}");
    assert!(
        message(&out).contains("was not applied. It is safe to send it again."),
        "{out}"
    );
    assert_eq!(out["safeToSendAgain"], true);
    assert!(!case.applied());
    let entry = case.entry();
    assert_eq!(entry.outcome, Outcome::NotSent);
    assert!(
        entry
            .verification
            .unwrap()
            .contains("still awaits your answer")
    );
    assert_eq!(
        case.exchange.stats().review_requests,
        1,
        "not resent automatically"
    );

    // Sending again, as the sentence says, works once the exchange is well.
    case.exchange.set_faults(Faults::default());
    let (status, _) = case.send();
    assert_eq!(status, 0);
    assert_eq!(case.exchange.stats().reviews_applied, 1);
}

#[test]
fn an_html_or_garbled_answer_after_acting_is_settled_by_reading_the_order() {
    for trouble in [Trouble::WebPage, Trouble::Garbage] {
        let case = Case::with(trouble.faults(Duration::ZERO));
        let (status, out) = case.send();
        assert!(
            message(&out).contains("could not be understood"),
            "{trouble:?}: {out}"
        );
        assert!(
            message(&out).contains("confirmed by reading the order"),
            "{trouble:?}: {out}"
        );
        assert_eq!(status, 0);
        assert_eq!(case.entry().outcome, Outcome::Accepted);
        assert_eq!(case.exchange.stats().review_requests, 1);
    }
}

#[test]
fn a_result_that_cannot_be_checked_stays_unknown_with_advice() {
    // The answer times out, and by then the exchange is gone: nothing can be verified.
    let exchange = practice();
    let order = awaiting(&exchange)[0].clone();
    exchange.set_faults(Trouble::LateAnswer.faults(Duration::from_secs(30)));
    let cli = Cli::new();
    let url = exchange.base_url();
    let child = std::thread::spawn(move || {
        let run = cli.run(&[
            "review",
            "--order",
            &order,
            "--pass",
            "--refund-received",
            "--timeout",
            "2",
            "--base-url",
            &url,
        ]);
        (run, cli)
    });
    // As soon as the answer has left, stop the exchange before the check can read the order.
    let deadline = std::time::Instant::now() + Duration::from_secs(15);
    while exchange.stats().review_requests == 0 && std::time::Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
    let sent = exchange.stats().review_requests;
    drop(exchange);
    let (run, cli) = child.join().unwrap();
    assert_eq!(sent, 1);
    assert_eq!(run.status, 3, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stdout
            .contains("Open the order on Bybit before sending again"),
        "{}",
        run.stdout
    );
    let entry = cli
        .history()
        .page(&Filter::default(), 0, 1)
        .unwrap()
        .remove(0);
    assert_eq!(entry.outcome, Outcome::Unknown);
}

#[test]
fn a_clock_ahead_of_bybit_is_corrected_and_the_answer_goes_through_once() {
    let case = Case::with(Trouble::ClockBehind.faults(Duration::ZERO));
    let (status, out) = case.send();
    assert_eq!(status, 0, "{out}");
    assert_eq!(
        case.exchange.stats().review_requests,
        1,
        "the clock was measured before sending"
    );
    assert_eq!(case.entry().outcome, Outcome::Accepted);
}

#[test]
fn too_many_requests_waits_for_the_reset_and_retries_once() {
    let case = Case::with(Trouble::TooManyRequests.faults(Duration::ZERO));
    let (status, out) = case.send();
    assert_eq!(status, 0, "{out}");
    let stats = case.exchange.stats();
    assert_eq!(stats.rate_limited, 1);
    assert_eq!(
        stats.review_requests, 2,
        "refused unread, then sent once more"
    );
    assert_eq!(stats.reviews_applied, 1);
    assert_eq!(case.entry().outcome, Outcome::Accepted);
}

#[test]
fn an_ip_ban_is_explained_and_not_retried() {
    let case = Case::with(Trouble::IpBlocked.faults(Duration::ZERO));
    let (status, out) = case.send();
    assert_eq!(status, 1, "{out}");
    assert!(message(&out).contains("HTTP 403"), "{out}");
    assert!(message(&out).contains("wait at least 10 minutes"), "{out}");
    assert_eq!(case.exchange.stats().review_requests, 1);
    assert_eq!(case.entry().outcome, Outcome::Refused);
}

#[test]
fn a_clock_off_by_more_than_a_second_is_said_after_the_answer() {
    let exchange = practice();
    let order = awaiting(&exchange)[0].clone();
    exchange.set_faults(Trouble::ClockBehind.faults(Duration::ZERO));
    let cli = Cli::new();
    let url = exchange.base_url();
    let run = cli.run(&[
        "review",
        "--order",
        &order,
        "--pass",
        "--refund-received",
        "--base-url",
        &url,
    ]);
    assert_eq!(run.status, 0, "{}{}", run.stdout, run.stderr);
    assert!(run.stderr.contains("s ahead of Bybit's"), "{}", run.stderr);
    assert!(
        run.stderr.contains("turn on automatic date and time"),
        "{}",
        run.stderr
    );
}

/// Puts a reading of Bybit's clock into the CLI's data folder, as an earlier run would have.
fn remember_clock(case: &Case, offset_ms: i64, age_ms: i64) {
    use p2p_cancel_review::bybit::ClockReading;
    use p2p_cancel_review::known_clocks::KnownClocks;
    let now = chrono::Utc::now().timestamp_millis();
    KnownClocks::in_data_dir(case.cli.data_dir.path())
        .remember(
            &case.exchange.target(),
            ClockReading {
                offset_ms,
                learnt_at_ms: now - age_ms,
            },
        )
        .unwrap();
}

fn time_requests(exchange: &PracticeExchange) -> u64 {
    let path = p2p_cancel_review::bybit::client::paths::SERVER_TIME;
    exchange
        .stats()
        .requests_by_path
        .get(path)
        .copied()
        .unwrap_or(0)
}

#[test]
fn a_remembered_clock_minutes_off_ends_in_one_resync_and_one_retry() {
    let case = Case::with(Faults::default());
    // Remembered as 5 minutes ahead, and fresh: trusted, and wrong.
    remember_clock(&case, 5 * 60 * 1000, 60_000);
    let (status, out) = case.send();
    assert_eq!(status, 0, "{out}");
    let stats = case.exchange.stats();
    assert_eq!(
        stats.review_requests, 2,
        "refused for its timestamp (10002), then sent once more"
    );
    assert_eq!(stats.reviews_applied, 1);
    assert_eq!(time_requests(&case.exchange), 1, "one resync");
    assert_eq!(case.entry().outcome, Outcome::Accepted);
}

#[test]
fn a_stale_remembered_clock_is_measured_again_before_sending() {
    let case = Case::with(Faults::default());
    // 5 minutes off, but learnt 13 hours ago: measured again, so the answer goes once.
    remember_clock(&case, 5 * 60 * 1000, 13 * 60 * 60 * 1000);
    let (status, out) = case.send();
    assert_eq!(status, 0, "{out}");
    assert_eq!(time_requests(&case.exchange), 1);
    assert_eq!(case.exchange.stats().review_requests, 1);
    assert_eq!(case.entry().outcome, Outcome::Accepted);
}

#[test]
fn the_wait_after_too_many_requests_is_said() {
    let case = Case::with(Trouble::TooManyRequests.faults(Duration::ZERO));
    let url = case.exchange.base_url();
    let run = case.cli.run(&[
        "review",
        "--order",
        &case.order,
        "--pass",
        "--refund-received",
        "--base-url",
        &url,
    ]);
    assert_eq!(run.status, 0, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stderr
            .contains("Bybit asked to slow down; sending again in 1 s…"),
        "{}",
        run.stderr
    );
}
