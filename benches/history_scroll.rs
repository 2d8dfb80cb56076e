//! How long one frame of the window takes while scrolling a history of 100,000 entries.
//! `cargo bench --bench history_scroll` prints the figures; the goal is well under the 16 ms
//! of a 60 Hz frame. (A benchmark, not a test: timings depend on the machine.)

use std::sync::Arc;
use std::time::{Duration, Instant};

use eframe::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use p2p_cancel_review::history::{Completion, History, NewEntry, Outcome};
use p2p_cancel_review::review::Decision;
use p2p_cancel_review::secrets::Vault;
use p2p_cancel_review::ui::{AppConfig, ReviewApp};

const ENTRIES: usize = 100_000;
const FRAMES: usize = 600;

fn main() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut history = History::open(&dir.path().join("history.sqlite3")).expect("history");
    let attempts: Vec<_> = (0..ENTRIES)
        .map(|i| {
            let entry = NewEntry {
                environment: "mainnet".into(),
                account: "Main shop".into(),
                order_id: format!("19{:017}", i),
                decision: if i % 3 == 0 {
                    Decision::Reject
                } else {
                    Decision::Pass
                },
                reason: None,
                proofs: vec![],
                remark: None,
            };
            let done = Completion {
                outcome: if i % 7 == 0 {
                    Outcome::Refused
                } else {
                    Outcome::Accepted
                },
                code: Some(0),
                message: "SUCCESS".into(),
                latency_ms: Some(120),
                proofs_sent: None,
                verification: None,
            };
            (entry, done)
        })
        .collect();
    history.insert_finished(&attempts).expect("seed");
    drop(history);

    let config = AppConfig {
        vault: Some(Arc::new(Vault::without_keyring("benchmark"))),
        start_in_practice: true,
        ..AppConfig::new(dir.path().to_path_buf())
    };
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1180.0, 760.0))
        .build_eframe(move |cc| ReviewApp::new(&cc.egui_ctx, config).expect("app"));
    let newest = format!("19{:017}", ENTRIES - 1);
    step_until(&mut harness, |h| {
        h.query_by_label_contains("History (").is_some()
    });
    harness.get_by_label_contains("History (").click();
    step_until(&mut harness, |h| h.query_by_label(&newest).is_some());
    let table = harness.get_by_label(&newest).rect().center();
    harness.hover_at(table);

    let mut frames = Vec::with_capacity(FRAMES);
    for i in 0..FRAMES {
        // Alternate long flings and small steps, the way a merchant scrolls.
        let lines = if i % 50 < 10 { -400.0 } else { -3.0 };
        harness.event(egui::Event::MouseWheel {
            unit: egui::MouseWheelUnit::Line,
            delta: egui::vec2(0.0, lines),
            phase: egui::TouchPhase::Move,
            source: egui::MouseWheelSource::Unknown,
            modifiers: egui::Modifiers::NONE,
        });
        let started = Instant::now();
        harness.step();
        frames.push(started.elapsed());
        std::thread::sleep(Duration::from_millis(2)); // lets the worker answer page reads
    }
    frames.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let rows = harness.state().state().history.rows.len();
    println!("history_scroll: {ENTRIES} entries, {FRAMES} frames while scrolling");
    println!(
        "  frame time ms: median {:.2}, p95 {:.2}, p99 {:.2}, max {:.2}",
        ms(frames[FRAMES / 2]),
        ms(frames[FRAMES * 95 / 100]),
        ms(frames[FRAMES * 99 / 100]),
        ms(frames[FRAMES - 1])
    );
    println!("  rows held in memory at the end: {rows}");
}

fn step_until(
    harness: &mut Harness<'_, ReviewApp>,
    done: impl Fn(&Harness<'_, ReviewApp>) -> bool,
) {
    let deadline = Instant::now() + Duration::from_secs(30);
    while !done(harness) {
        assert!(
            Instant::now() < deadline,
            "the window did not get there in 30 s"
        );
        harness.step();
        std::thread::sleep(Duration::from_millis(10));
    }
}
