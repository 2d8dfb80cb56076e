//! The real client over real HTTP against the practice exchange.

mod common;

use std::time::{Duration, Instant};

use common::*;
use p2p_cancel_review::bybit::client::paths;
use p2p_cancel_review::bybit::{BybitError, ClientOptions};
use p2p_cancel_review::history::{Filter, Outcome};
use p2p_cancel_review::practice::{Book, Faults, codes};
use p2p_cancel_review::proof::check_proof_file;
use p2p_cancel_review::review::{Decision, RejectReason, ReviewDraft};
use p2p_cancel_review::submit::{Progress, Sender, Stop};

fn reject_draft(order: &str) -> ReviewDraft {
    ReviewDraft {
        order_id: order.into(),
        decision: Some(Decision::Reject),
        reason: Some(RejectReason::HaveNotReceivedFullRefund),
        proof_urls: vec![
            "https://example.com/proof1.jpg".into(),
            "https://example.com/proof2.jpg".into(),
        ],
        remark: "Я не получил полный возврат.".into(),
        ..Default::default()
    }
}

#[test]
fn a_pass_is_accepted_and_sends_only_order_and_decision() {
    let exchange = practice();
    let order = awaiting(&exchange)[0].clone();
    let dir = tempfile::tempdir().unwrap();
    let history = history_in(dir.path());
    let client = client(&exchange);
    let review = ReviewDraft {
        order_id: order.clone(),
        decision: Some(Decision::Pass),
        ..Default::default()
    }
    .validate()
    .unwrap();
    let report = runtime().block_on(
        Sender {
            client: &client,
            history: &history,
            account: "Practice account",
        }
        .submit(&review, |_| {}, &Stop::default()),
    );

    assert_eq!(report.outcome, Outcome::Accepted, "{}", report.sentence);
    let stats = exchange.stats();
    assert_eq!(stats.review_requests, 1);
    assert_eq!(
        stats.last_review_body.as_deref(),
        Some(format!(r#"{{"orderId":"{order}","examineResult":"PASS"}}"#).as_str())
    );
    assert!(
        !awaiting(&exchange).contains(&order),
        "the order no longer awaits an answer"
    );
    let entry = history
        .lock()
        .unwrap()
        .get(report.history_id.unwrap())
        .unwrap()
        .unwrap();
    assert_eq!(
        (entry.outcome, entry.code, entry.environment.as_str()),
        (Outcome::Accepted, Some(0), "practice")
    );
    assert!(entry.latency_ms.is_some());
}

#[test]
fn a_reject_with_links_arrives_with_reason_proofs_and_remark() {
    let exchange = practice();
    let order = awaiting(&exchange)[1].clone();
    let dir = tempfile::tempdir().unwrap();
    let history = history_in(dir.path());
    let client = client(&exchange);
    let review = reject_draft(&order).validate().unwrap();
    let report = runtime().block_on(
        Sender {
            client: &client,
            history: &history,
            account: "a",
        }
        .submit(&review, |_| {}, &Stop::default()),
    );

    assert_eq!(report.outcome, Outcome::Accepted, "{}", report.sentence);
    let answer = exchange
        .with(|e| e.answer_of(&order))
        .expect("the exchange recorded the answer");
    assert_eq!(answer.decision, Decision::Reject);
    assert_eq!(answer.reason, Some(RejectReason::HaveNotReceivedFullRefund));
    assert_eq!(
        answer.proofs,
        [
            "https://example.com/proof1.jpg",
            "https://example.com/proof2.jpg"
        ]
    );
    assert_eq!(
        answer.remark.as_deref(),
        Some("Я не получил полный возврат.")
    );
}

#[test]
fn a_reject_with_files_uploads_them_first_and_sends_their_paths_before_the_links() {
    let exchange = practice();
    let order = awaiting(&exchange)[0].clone();
    let dir = tempfile::tempdir().unwrap();
    let png = check_proof_file(&proof_file(dir.path(), "receipt.png", samples::PNG)).unwrap();
    let pdf = check_proof_file(&proof_file(dir.path(), "statement.pdf", samples::PDF)).unwrap();
    let history = history_in(dir.path());
    let client = client(&exchange);
    let review = ReviewDraft {
        proof_files: vec![png, pdf],
        ..reject_draft(&order)
    }
    .validate()
    .unwrap();
    let steps = std::sync::Mutex::new(Vec::new());
    let report = runtime().block_on(
        Sender {
            client: &client,
            history: &history,
            account: "a",
        }
        .submit(&review, |p| steps.lock().unwrap().push(p), &Stop::default()),
    );

    assert_eq!(report.outcome, Outcome::Accepted, "{}", report.sentence);
    assert_eq!(exchange.stats().uploads, 2);
    let answer = exchange.with(|e| e.answer_of(&order)).unwrap();
    assert_eq!(answer.proofs.len(), 4);
    assert!(
        answer.proofs[0].starts_with("/fiat/p2p/oss/") && answer.proofs[0].contains(".png?e="),
        "{:?}",
        answer.proofs
    );
    assert!(answer.proofs[1].contains(".pdf?e="), "{:?}", answer.proofs);
    assert_eq!(
        answer.proofs[2..],
        [
            "https://example.com/proof1.jpg",
            "https://example.com/proof2.jpg"
        ]
    );
    let steps = steps.into_inner().unwrap();
    let uploading = |index: usize, name: &str, sent: usize, size: usize| Progress::Uploading {
        index,
        total: 2,
        name: name.into(),
        sent: sent as u64,
        size: size as u64,
        left: None,
    };
    let (png, pdf) = (samples::PNG.len(), samples::PDF.len());
    assert_eq!(
        steps,
        [
            uploading(1, "receipt.png", 0, png),
            uploading(1, "receipt.png", png, png),
            uploading(2, "statement.pdf", 0, pdf),
            uploading(2, "statement.pdf", pdf, pdf),
            Progress::Sending,
        ]
    );
    let entry = history
        .lock()
        .unwrap()
        .get(report.history_id.unwrap())
        .unwrap()
        .unwrap();
    assert_eq!(
        entry.proofs, answer.proofs,
        "the history keeps the proofs as sent"
    );
}

#[test]
fn a_second_answer_is_refused_with_the_exchanges_message() {
    let exchange = practice();
    let order = awaiting(&exchange)[0].clone();
    let dir = tempfile::tempdir().unwrap();
    let history = history_in(dir.path());
    let client = client(&exchange);
    let sender = Sender {
        client: &client,
        history: &history,
        account: "a",
    };
    let review = ReviewDraft {
        order_id: order,
        decision: Some(Decision::Pass),
        ..Default::default()
    }
    .validate()
    .unwrap();
    let rt = runtime();
    assert_eq!(
        rt.block_on(sender.submit(&review, |_| {}, &Stop::default()))
            .outcome,
        Outcome::Accepted
    );
    let second = rt.block_on(sender.submit(&review, |_| {}, &Stop::default()));

    assert_eq!(second.outcome, Outcome::Refused);
    assert_eq!(second.code, Some(codes::NOTHING_TO_ANSWER));
    assert!(
        second.sentence.contains("already answered"),
        "{}",
        second.sentence
    );
    let refused = Filter {
        outcome: Some(Outcome::Refused),
        ..Default::default()
    };
    assert_eq!(history.lock().unwrap().count(&refused).unwrap(), 1);
}

#[test]
fn a_wrong_secret_is_explained_and_the_key_is_masked() {
    let exchange = practice();
    let client = client_with(&exchange, wrong_secret(), ClientOptions::default());
    let err = runtime().block_on(client.account_info()).unwrap_err();
    assert_eq!(err.code(), Some(10004));
    let text = err.to_string();
    assert!(text.contains("API secret is wrong"), "{text}");
    assert!(
        text.contains("origin_string"),
        "the exchange's own message is kept: {text}"
    );
    assert!(
        !text.contains(p2p_cancel_review::practice::PRACTICE_API_KEY),
        "the key is masked: {text}"
    );
}

#[test]
fn an_unknown_key_and_missing_headers_are_refused() {
    let exchange = practice();
    let stranger = p2p_cancel_review::bybit::Credentials::new(
        "someone-else",
        secrecy::SecretString::from("x"),
    );
    let client = client_with(&exchange, stranger, ClientOptions::default());
    let err = runtime().block_on(client.account_info()).unwrap_err();
    assert_eq!(err.code(), Some(10003));
    assert!(
        err.to_string()
            .contains("mainnet key does not work on testnet")
    );

    let raw = runtime().block_on(async {
        plain_http()
            .post(format!("{}/v5/p2p/user/personal/info", exchange.base_url()))
            .body("{}")
            .send()
            .await
            .unwrap()
            .status()
            .as_u16()
    });
    assert_eq!(raw, 401);
}

#[test]
fn both_envelopes_are_spoken_and_understood() {
    let exchange = practice();
    let rt = runtime();
    // Raw answers first: the P2P reads use the older spelling, the server time the V5 one.
    let signer = p2p_cancel_review::bybit::sign::Signer::new(
        p2p_cancel_review::practice::PRACTICE_API_KEY,
        &secrecy::SecretString::from(p2p_cancel_review::practice::PRACTICE_API_SECRET),
    );
    let (legacy, v5) = rt.block_on(async {
        let ts = chrono::Utc::now().timestamp_millis();
        let legacy = plain_http()
            .post(format!("{}/v5/p2p/user/personal/info", exchange.base_url()))
            .header("X-BAPI-API-KEY", signer.api_key())
            .header("X-BAPI-TIMESTAMP", ts.to_string())
            .header("X-BAPI-RECV-WINDOW", "5000")
            .header("X-BAPI-SIGN", signer.sign(ts, 5000, b"{}"))
            .body("{}")
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        let v5 = plain_http()
            .get(format!("{}/v5/market/time", exchange.base_url()))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        (legacy, v5)
    });
    assert!(
        legacy.contains("\"ret_code\":0") && legacy.contains("\"time_now\""),
        "{legacy}"
    );
    assert!(
        v5.contains("\"retCode\":0") && v5.contains("\"retExtInfo\""),
        "{v5}"
    );

    // Then the client reads both.
    let client = client(&exchange);
    let account = rt.block_on(client.account_info()).unwrap();
    assert_eq!(
        account.nick_name,
        p2p_cancel_review::practice::PRACTICE_NICKNAME
    );
    let key = rt.block_on(client.api_key_info()).unwrap();
    assert!(key.can_manage_p2p_orders());
    let uploaded = rt
        .block_on(client.upload_proof("a.png", "image/png", samples::PNG, None))
        .unwrap();
    assert_eq!(uploaded.kind, "IMAGE");
    assert!(uploaded.url.starts_with("/fiat/p2p/oss/"));
}

#[test]
fn a_non_json_answer_is_reported_and_settled_by_reading_the_order() {
    let exchange = practice();
    let order = awaiting(&exchange)[0].clone();
    exchange.set_faults(Faults {
        review_html_after_acting: true,
        ..Faults::default()
    });
    let dir = tempfile::tempdir().unwrap();
    let history = history_in(dir.path());
    let client = client(&exchange);
    let review = ReviewDraft {
        order_id: order,
        decision: Some(Decision::Pass),
        ..Default::default()
    }
    .validate()
    .unwrap();
    let report = runtime().block_on(
        Sender {
            client: &client,
            history: &history,
            account: "a",
        }
        .submit(&review, |_| {}, &Stop::default()),
    );

    assert!(
        report.sentence.contains("could not be understood"),
        "{}",
        report.sentence
    );
    assert!(
        report.sentence.contains("<!DOCTYPE html>"),
        "quotes the first bytes: {}",
        report.sentence
    );
    assert!(
        report.sentence.contains("confirmed by reading the order"),
        "{}",
        report.sentence
    );
    assert_eq!(report.outcome, Outcome::Accepted);
    assert_eq!(exchange.stats().review_requests, 1, "never sent twice");
}

#[test]
fn a_clock_ahead_of_the_exchange_is_corrected_from_server_time() {
    let exchange = practice();
    // The exchange runs 3 s behind this computer: unsynchronised timestamps would be refused.
    exchange.set_faults(Faults {
        clock_shift_ms: -3000,
        ..Faults::default()
    });
    let client = client(&exchange);
    let info = runtime().block_on(client.account_info());
    assert!(info.is_ok(), "{info:?}");
    assert!(
        (-3500..=-2500).contains(&client.clock_offset_ms()),
        "offset {}",
        client.clock_offset_ms()
    );
}

#[test]
fn the_scan_finds_exactly_the_orders_awaiting_my_answer() {
    let exchange = practice();
    let client = client(&exchange);
    let found = runtime()
        .block_on(p2p_cancel_review::orders::awaiting_my_answer(&client))
        .unwrap();
    assert!(found.unread.is_empty(), "{:?}", found.unread);
    let found = found.awaiting;
    let mut found_ids: Vec<String> = found.iter().map(|o| o.id.clone()).collect();
    let mut expected = awaiting(&exchange);
    found_ids.sort();
    expected.sort();
    assert_eq!(found_ids, expected);
    assert_eq!(found_ids.len(), 5, "the standard book has five");
    let left: Vec<_> = found
        .iter()
        .map(|o| o.time_left_to_answer().unwrap())
        .collect();
    assert!(
        left.windows(2).all(|w| w[0] <= w[1]),
        "most urgent first: {left:?}"
    );
}

#[test]
fn scanning_thirty_orders_stays_inside_ten_reads_per_second() {
    let exchange = practice_with(Book::AllAwaiting(30));
    let client = client(&exchange);
    let started = Instant::now();
    let found = runtime()
        .block_on(p2p_cancel_review::orders::awaiting_my_answer(&client))
        .unwrap();
    let took = started.elapsed();
    assert_eq!(found.awaiting.len(), 30);
    let stats = exchange.stats();
    assert_eq!(stats.rate_limited, 0, "no 10006");
    assert!(
        stats.max_reads_in_one_second <= 10,
        "{} reads in one second",
        stats.max_reads_in_one_second
    );
    assert_eq!(stats.reads, 31, "one page and thirty details");
    // 31 reads at 10 per second cannot take less than 3 s; the budget is spent, not wasted.
    assert!(took >= Duration::from_secs(3), "{took:?}");
}

#[test]
fn the_scan_reads_the_details_of_orders_marked_paid_only() {
    let exchange = practice_with(Book::Busy {
        paid: 10,
        unpaid: 20,
    });
    let asked = exchange.with(|e| e.open_request_on_paid_order());
    let client = client(&exchange);
    let found = runtime()
        .block_on(p2p_cancel_review::orders::awaiting_my_answer(&client))
        .unwrap();
    let ids: Vec<&str> = found.awaiting.iter().map(|o| o.id.as_str()).collect();
    assert_eq!(ids, [asked.as_str()]);
    let stats = exchange.stats();
    let by_path = |path: &str| stats.requests_by_path.get(path).copied().unwrap_or(0);
    assert_eq!(
        by_path(paths::PENDING_ORDERS),
        1,
        "one page: the ten paid ones"
    );
    assert_eq!(
        by_path(paths::ORDER_INFO),
        10,
        "none of the twenty awaiting payment"
    );
}

#[test]
fn one_order_that_cannot_be_read_leaves_the_rest_of_the_scan() {
    let exchange = practice();
    let client = client(&exchange);
    let runtime = runtime();
    let ids = awaiting(&exchange);
    // The list shows it, its detail fails: the rest is read, it is named.
    exchange.with(|e| e.refuse_details_of(&ids[1]));
    let scan = runtime
        .block_on(p2p_cancel_review::orders::awaiting_my_answer(&client))
        .unwrap();
    assert_eq!(scan.unread.len(), 1);
    assert_eq!(scan.unread[0].order_id, ids[1]);
    assert_eq!(scan.unread[0].error.code(), Some(codes::NO_SUCH_ORDER));
    assert_eq!(scan.awaiting.len(), awaiting(&exchange).len() - 1);
}

#[test]
fn an_unreachable_exchange_means_nothing_was_sent() {
    let exchange = practice();
    let client = client_with(
        &exchange,
        p2p_cancel_review::practice::PracticeExchange::credentials(),
        ClientOptions::default(),
    );
    drop(exchange);
    let err = runtime().block_on(client.account_info()).unwrap_err();
    assert!(matches!(err, BybitError::Unreachable { .. }), "{err:?}");
    assert!(err.to_string().contains("nothing was sent"));
}

#[test]
fn the_connection_check_renders_the_practice_accounts_facts() {
    let exchange = practice();
    let client = client(&exchange);
    let report = runtime().block_on(p2p_cancel_review::check::check_connection(&client));
    let names: Vec<&str> = report.steps.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["Server time", "API key", "P2P account"]);
    assert_eq!(
        report.overall(),
        p2p_cancel_review::check::Verdict::Good,
        "{report:?}"
    );
    assert!(
        report.steps[1]
            .finding
            .contains("P2P order permission present"),
        "{:?}",
        report.steps[1]
    );
    assert!(
        report.steps[1].finding.contains("expires on"),
        "{:?}",
        report.steps[1]
    );
    assert!(
        report.steps[2]
            .finding
            .contains(p2p_cancel_review::practice::PRACTICE_NICKNAME)
    );
}

#[test]
fn the_connection_check_warns_about_a_clock_ahead_and_a_non_advertiser() {
    let exchange = practice();
    exchange.set_faults(Faults {
        clock_shift_ms: -2500,
        not_an_advertiser: true,
        ..Faults::default()
    });
    let client = client(&exchange);
    let report = runtime().block_on(p2p_cancel_review::check::check_connection(&client));
    use p2p_cancel_review::check::Verdict;
    assert_eq!(report.steps[0].verdict, Verdict::Warning);
    assert!(
        report.steps[0].finding.contains("ahead of Bybit's"),
        "{:?}",
        report.steps[0]
    );
    assert_eq!(
        report.steps[1].verdict,
        Verdict::Good,
        "key info is not a P2P call"
    );
    assert_eq!(report.steps[2].verdict, Verdict::Problem);
    assert!(
        report.steps[2].finding.contains("P2P General Advertiser"),
        "{:?}",
        report.steps[2]
    );
    assert!(report.steps[2].finding.contains("912000014"));
}

#[test]
fn an_unreachable_exchange_stops_the_check_at_the_first_step() {
    let exchange = practice();
    let client = client(&exchange);
    drop(exchange);
    let report = runtime().block_on(p2p_cancel_review::check::check_connection(&client));
    assert!(report.unreachable);
    assert_eq!(report.steps.len(), 1);
    assert!(
        report.steps[0].finding.contains("nothing was sent"),
        "{:?}",
        report.steps[0]
    );
}

#[test]
fn a_clock_that_drifts_after_syncing_is_resynced_once_and_the_answer_sent_once() {
    let exchange = practice();
    let order = awaiting(&exchange)[0].clone();
    let client = client(&exchange);
    let rt = runtime();
    rt.block_on(client.sync_clock()).unwrap();
    // Now the exchange's clock jumps 3 s back: our next timestamp is "from the future".
    exchange.set_faults(Faults {
        clock_shift_ms: -3000,
        ..Faults::default()
    });
    let dir = tempfile::tempdir().unwrap();
    let history = history_in(dir.path());
    let review = ReviewDraft {
        order_id: order,
        decision: Some(Decision::Pass),
        ..Default::default()
    }
    .validate()
    .unwrap();
    let report = rt.block_on(
        Sender {
            client: &client,
            history: &history,
            account: "a",
        }
        .submit(&review, |_| {}, &Stop::default()),
    );

    assert_eq!(report.outcome, Outcome::Accepted, "{}", report.sentence);
    let stats = exchange.stats();
    assert_eq!(
        stats.review_requests, 2,
        "refused with 10002 unread, then sent once more"
    );
    assert_eq!(stats.reviews_applied, 1);
    assert!(
        (-3500..=-2500).contains(&client.clock_offset_ms()),
        "resynced: {}",
        client.clock_offset_ms()
    );
}

/// A bare HTTP client for raw requests to the practice exchange (the app's own client picks
/// its TLS provider itself; a bare one needs the process default).
fn plain_http() -> reqwest::Client {
    let _ = rustls::crypto::ring::default_provider().install_default();
    reqwest::Client::new()
}
