//! Big proofs on slow links, against the practice exchange reading uploads slowly: an upload
//! longer than the timeout goes through while it moves, a stalled one ends in the silence
//! error, progress rises to the total, Cancel sends nothing, and a retried answer sends its
//! files by the paths of the first try.

mod common;

use std::sync::Mutex;
use std::time::{Duration, Instant};

use common::*;
use p2p_cancel_review::bybit::{BybitError, ClientOptions};
use p2p_cancel_review::history::Outcome;
use p2p_cancel_review::practice::{Faults, PracticeExchange};
use p2p_cancel_review::proof::check_proof_file;
use p2p_cancel_review::review::{Decision, RejectReason, ReviewDraft, ValidReview};
use p2p_cancel_review::submit::{Progress, Sender, Stop};

/// The timeout of these tests: shorter than each upload, so only silence may stop one.
const TIMEOUT: Duration = Duration::from_secs(2);

/// An .mp4 of `bytes` bytes (a real signature, then padding).
fn video(dir: &std::path::Path, bytes: usize) -> std::path::PathBuf {
    let mut content = samples::MP4.to_vec();
    content.resize(bytes, 0x5a);
    proof_file(dir, "recording.mp4", &content)
}

fn slow_exchange(bytes_per_second: u64, stops_after: Option<u64>) -> PracticeExchange {
    let exchange = practice();
    exchange.set_faults(Faults {
        upload_bytes_per_second: Some(bytes_per_second),
        upload_stops_after: stops_after,
        ..Faults::default()
    });
    exchange
}

fn short_timeout() -> ClientOptions {
    ClientOptions {
        request_timeout: TIMEOUT,
        ..ClientOptions::default()
    }
}

fn refusal_with(dir: &std::path::Path, order: &str, bytes: usize) -> ValidReview {
    ReviewDraft {
        order_id: order.into(),
        decision: Some(Decision::Reject),
        reason: Some(RejectReason::HaveNotReceivedFullRefund),
        proof_files: vec![check_proof_file(&video(dir, bytes)).unwrap()],
        ..Default::default()
    }
    .validate()
    .unwrap()
}

#[test]
fn an_upload_longer_than_the_timeout_goes_through_while_it_moves_and_tells_its_progress() {
    let exchange = slow_exchange(300_000, None);
    let client = client_with(&exchange, PracticeExchange::credentials(), short_timeout());
    let dir = tempfile::tempdir().unwrap();
    let bytes = std::fs::read(video(dir.path(), 1_500_000)).unwrap();
    let heard = std::sync::Arc::new(Mutex::new(Vec::new()));
    let listener = heard.clone();
    let started = Instant::now();
    let uploaded = runtime().block_on(client.upload_proof(
        "recording.mp4",
        "video/mp4",
        &bytes,
        Some(std::sync::Arc::new(move |sent, total| {
            listener.lock().unwrap().push((sent, total))
        })),
    ));
    let took = started.elapsed();
    let uploaded = uploaded.expect("the upload goes through");
    assert!(uploaded.url.contains(".mp4?e="), "{}", uploaded.url);
    assert!(took > TIMEOUT * 2, "slower than the timeout: {took:?}");
    let heard = heard.lock().unwrap().clone();
    let total = heard.last().unwrap().1;
    assert!(total > 1_500_000, "the whole request: {total}");
    assert_eq!(heard.last().unwrap().0, total, "rises to the total");
    assert!(heard.windows(2).all(|w| w[0].0 < w[1].0), "rising");
    assert!(heard.len() >= 20, "told as it goes: {}", heard.len());
    assert_eq!(exchange.stats().uploads, 1, "once, not retried");
}

#[test]
fn a_link_that_stops_ends_in_the_silence_error_with_how_far_it_got() {
    let exchange = slow_exchange(300_000, Some(400_000));
    let client = client_with(&exchange, PracticeExchange::credentials(), short_timeout());
    let dir = tempfile::tempdir().unwrap();
    let bytes = std::fs::read(video(dir.path(), 6_000_000)).unwrap();
    let started = Instant::now();
    let result =
        runtime().block_on(client.upload_proof("recording.mp4", "video/mp4", &bytes, None));
    let took = started.elapsed();
    let Err(BybitError::Stalled {
        seconds,
        sent,
        total,
    }) = result
    else {
        panic!("expected the silence error: {result:?}");
    };
    assert_eq!(seconds, TIMEOUT.as_secs());
    assert!(sent >= 400_000 && sent < total, "{sent} of {total}");
    assert!(took < Duration::from_secs(10), "{took:?}");
    let error = result.unwrap_err().to_string();
    assert!(error.contains("nothing moved for 2 s"), "{error}");
    assert!(error.contains("of 5.7 MB"), "how far: {error}");
    assert_eq!(exchange.stats().uploads, 0);
}

#[test]
fn cancel_during_the_upload_sends_nothing_and_says_so() {
    let exchange = slow_exchange(200_000, None);
    let order = awaiting(&exchange)[0].clone();
    let client = client_with(&exchange, PracticeExchange::credentials(), short_timeout());
    let dir = tempfile::tempdir().unwrap();
    let history = history_in(dir.path());
    let review = refusal_with(dir.path(), &order, 3_000_000);
    let stop = Stop::default();
    let steps = Mutex::new(Vec::new());
    let runtime = runtime();
    let report = runtime.block_on(async {
        let sender = Sender {
            client: &client,
            history: &history,
            account: "a",
        };
        let submit = sender.submit(&review, |p| steps.lock().unwrap().push(p), &stop);
        let cancel = async {
            tokio::time::sleep(Duration::from_millis(1500)).await;
            stop.stop();
        };
        tokio::join!(submit, cancel).0
    });
    assert_eq!(report.outcome, Outcome::NotSent, "{}", report.sentence);
    assert!(
        report.sentence.contains("you stopped the upload"),
        "{}",
        report.sentence
    );
    assert!(report.sentence.contains("of 2.9 MB"), "{}", report.sentence);
    let stats = exchange.stats();
    assert_eq!(
        (stats.uploads, stats.review_requests),
        (0, 0),
        "nothing sent"
    );
    assert!(exchange.with(|e| e.answer_of(&order)).is_none());
    let uploading: Vec<(u64, u64)> = steps
        .lock()
        .unwrap()
        .iter()
        .filter_map(|p| match p {
            Progress::Uploading { sent, size, .. } => Some((*sent, *size)),
            _ => None,
        })
        .collect();
    assert!(uploading.len() >= 3, "{uploading:?}");
    assert!(
        uploading.iter().all(|(sent, size)| sent < size),
        "{uploading:?}"
    );
    let entry = history
        .lock()
        .unwrap()
        .get(report.history_id.unwrap())
        .unwrap()
        .unwrap();
    assert_eq!(entry.outcome, Outcome::NotSent);
}

#[test]
fn an_answer_sent_again_uses_the_files_uploaded_the_first_time() {
    let exchange = practice();
    let order = awaiting(&exchange)[0].clone();
    let client = client(&exchange);
    let dir = tempfile::tempdir().unwrap();
    let history = history_in(dir.path());
    let review = refusal_with(dir.path(), &order, 200_000);
    let sender = Sender {
        client: &client,
        history: &history,
        account: "a",
    };
    // The first try: the file goes, the answer fails before Bybit acts.
    exchange.set_faults(Faults {
        review_http_500: true,
        ..Faults::default()
    });
    let runtime = runtime();
    let first = runtime.block_on(sender.submit(&review, |_| {}, &Stop::default()));
    assert_ne!(first.outcome, Outcome::Accepted, "{}", first.sentence);
    assert_eq!(exchange.stats().uploads, 1);

    exchange.set_faults(Faults::default());
    let steps = Mutex::new(Vec::new());
    let second = runtime.block_on(sender.submit(
        &review,
        |p| steps.lock().unwrap().push(p),
        &Stop::default(),
    ));
    assert_eq!(second.outcome, Outcome::Accepted, "{}", second.sentence);
    assert_eq!(exchange.stats().uploads, 1, "not uploaded again");
    let answer = exchange.with(|e| e.answer_of(&order)).unwrap();
    assert_eq!(answer.proofs, first.proofs_sent, "the first try's path");
    assert!(answer.proofs[0].contains(".mp4?e="), "{:?}", answer.proofs);
    assert!(
        steps
            .lock()
            .unwrap()
            .iter()
            .any(|p| matches!(p, Progress::Uploading { sent, size, .. } if sent == size)),
        "told as done at once"
    );
}
