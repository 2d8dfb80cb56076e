//! The worker, driven as the window drives it: jobs in, events out, against a practice exchange
//! over real HTTP.

use std::sync::Arc;
use std::time::{Duration, Instant};

use eframe::egui;
use p2p_cancel_review::accounts::Account;
use p2p_cancel_review::platform::notification::{Alert, Notifications, OnClick};
use p2p_cancel_review::practice::{Faults, PracticeConfig, PracticeExchange};
use p2p_cancel_review::secrets::Vault;
use p2p_cancel_review::settings::Settings;
use p2p_cancel_review::worker::{Event, Job, Worker, WorkerSetup};

type Events = tokio::sync::mpsc::Receiver<Event>;

/// A worker on `exchange` as its practice exchange, with a keyring of its own.
fn worker_on(data: &std::path::Path, exchange: PracticeExchange) -> (Worker, Events) {
    worker_alerting(data, exchange, None)
}

/// The same, with alerts going to `notifications`.
fn worker_alerting(
    data: &std::path::Path,
    exchange: PracticeExchange,
    notifications: Option<Arc<dyn Notifications>>,
) -> (Worker, Events) {
    let setup = WorkerSetup {
        vault: Some(Arc::new(Vault::with_store(
            keyring_core::mock::Store::new().unwrap(),
        ))),
        data_dir: data.to_path_buf(),
        practice_new_request_every: None,
        practice: Some(Arc::new(exchange)),
        settings: Settings::default(),
        checked_at_ms: Arc::default(),
        notifications,
    };
    Worker::start(setup, egui::Context::default()).unwrap()
}

fn practice_exchange() -> PracticeExchange {
    PracticeExchange::start(PracticeConfig::default()).unwrap()
}

fn watch(accounts: Vec<Account>) -> Job {
    Job::Watch {
        accounts,
        announce_existing: false,
    }
}

/// The first event `wanted` picks out, within 20 s.
fn next<T>(events: &mut Events, what: &str, wanted: impl Fn(Event) -> Option<T>) -> T {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        match events.try_recv() {
            Ok(event) => {
                if let Some(found) = wanted(event) {
                    return found;
                }
            }
            Err(_) => std::thread::sleep(Duration::from_millis(10)),
        }
    }
}

/// The window changes its mind quickly (start, then practice mode; accounts added and removed):
/// the last list of accounts it sent is the one watched, whatever order the jobs run in.
#[test]
fn the_last_accounts_sent_are_the_ones_watched() {
    let data = tempfile::tempdir().unwrap();
    let (mut worker, mut events) = worker_on(data.path(), practice_exchange());
    // Queued before the worker starts, so they arrive together.
    worker.send(Job::OpenPractice).unwrap();
    for _ in 0..20 {
        worker.send(watch(Vec::new())).unwrap();
        worker.send(watch(vec![Account::practice()])).unwrap();
    }
    worker.window_is_up();

    let listed = next(
        &mut events,
        "the practice list to be read",
        |event| match event {
            Event::Watched {
                account_id, result, ..
            } if account_id == Account::practice().id => Some(result),
            _ => None,
        },
    );
    assert!(listed.is_ok(), "the practice list reads: {listed:?}");
}

/// The window opens the account while its watch, started at the same moment, needs it too:
/// they share one client, so what the watch's readings teach of Bybit's clock reaches the
/// window (with two clients, the window would look at the one that never asked).
#[test]
fn the_window_and_a_watch_opening_an_account_at_once_share_its_client() {
    // A race: tried a few times over, so a second client would rarely slip through.
    for _ in 0..10 {
        let data = tempfile::tempdir().unwrap();
        let exchange = practice_exchange();
        exchange.set_faults(Faults {
            clock_shift_ms: -2500,
            ..Faults::default()
        });
        let (mut worker, mut events) = worker_on(data.path(), exchange);
        worker.send(Job::OpenPractice).unwrap();
        worker.send(watch(vec![Account::practice()])).unwrap();
        worker.window_is_up();

        let offset = next(
            &mut events,
            "Bybit's clock to be told",
            |event| match event {
                Event::ClockOffset {
                    account_id,
                    offset_ms,
                } if account_id == Account::practice().id => Some(offset_ms),
                _ => None,
            },
        );
        assert!(
            (-3500..=-1500).contains(&offset),
            "the exchange's clock is 2.5 s behind: told {offset} ms"
        );
    }
}

/// A notification service that never answers (a Windows toast whose app id is unknown, or with
/// notifications turned off): it counts the alerts it was given.
#[derive(Default)]
struct NeverAnswers {
    shown: std::sync::Mutex<Vec<String>>,
}

impl Notifications for NeverAnswers {
    fn show(
        &self,
        alert: Alert,
        _on_click: OnClick,
    ) -> std::pin::Pin<Box<dyn std::future::Future<Output = Result<(), String>> + Send + '_>> {
        self.shown.lock().unwrap().push(alert.body);
        Box::pin(std::future::pending())
    }
}

/// Nothing on the watch's path waits for a notification: with a service that never answers,
/// every request still gets its alert, and a refresh still reaches the window.
#[test]
fn alerts_that_never_return_hold_up_neither_the_other_alerts_nor_the_list() {
    let data = tempfile::tempdir().unwrap();
    let notifications = Arc::new(NeverAnswers::default());
    let (mut worker, mut events) = worker_alerting(
        data.path(),
        practice_exchange(),
        Some(notifications.clone()),
    );
    worker.send(Job::OpenPractice).unwrap();
    // As a window started at login: the requests already waiting are alerted too.
    worker
        .send(Job::Watch {
            accounts: vec![Account::practice()],
            announce_existing: true,
        })
        .unwrap();
    worker.window_is_up();

    let listed = next(&mut events, "the practice list", |event| match event {
        Event::Watched { result, .. } => Some(result.unwrap()),
        _ => None,
    });
    assert!(listed.len() >= 2, "the practice book has several requests");
    let deadline = Instant::now() + Duration::from_secs(20);
    while notifications.shown.lock().unwrap().len() < listed.len() {
        assert!(
            Instant::now() < deadline,
            "only {} of {} alerts were shown: the first one that never returned held up the rest",
            notifications.shown.lock().unwrap().len(),
            listed.len()
        );
        std::thread::sleep(Duration::from_millis(10));
    }
    for order in &listed {
        assert!(
            notifications
                .shown
                .lock()
                .unwrap()
                .iter()
                .any(|body| body.contains(&order.id)),
            "order {} was alerted",
            order.id
        );
    }

    worker.send(Job::RefreshNow).unwrap();
    next(&mut events, "the refresh asked for", |event| match event {
        Event::Watched { asked: true, .. } => Some(()),
        _ => None,
    });
}
