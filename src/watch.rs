//! Watching an account for sellers' cancel requests, whatever the window is doing: a loop on
//! its own timer reads the orders awaiting an answer, reports each new request once, and warns
//! once when a request is still unanswered a few minutes before its deadline. The window's
//! worker runs one loop per account; so does the `watch` command. Neither is known here.

use std::collections::{HashMap, HashSet};
use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::{Notify, watch};
use tokio::time::Instant;

use crate::bybit::model::OrderDetail;
use crate::bybit::{BybitError, Client};

/// The warning before a deadline comes this long before it.
pub const DEADLINE_WARNING: Duration = Duration::from_secs(3 * 60);

/// The intervals a merchant can choose; the first default.
pub const INTERVALS: [Duration; 4] = [
    Duration::from_secs(30),
    Duration::from_secs(60),
    Duration::from_secs(120),
    Duration::from_secs(300),
];

/// How often to look, unless the merchant chose otherwise.
pub const DEFAULT_INTERVAL: Duration = Duration::from_secs(60);

/// Two readings of a deadline closer than this are the same deadline (the remaining time comes
/// in whole seconds, read at slightly different moments).
const SAME_DEADLINE: Duration = Duration::from_secs(3);

/// Where the orders come from: Bybit through the client, or a stand-in in tests.
pub trait OrderSource: Send + Sync + 'static {
    /// The account's orders whose seller asked to cancel and that await this buyer's answer.
    fn awaiting(&self) -> impl Future<Output = Result<Vec<OrderDetail>, BybitError>> + Send;
    /// One order, read again.
    fn order(&self, id: &str) -> impl Future<Output = Result<OrderDetail, BybitError>> + Send;
}

/// Bybit, through the account's client (and its rate budget: 10 reads a second).
pub struct Bybit(pub Arc<Client>);

impl OrderSource for Bybit {
    async fn awaiting(&self) -> Result<Vec<OrderDetail>, BybitError> {
        crate::orders::awaiting_my_answer(&self.0).await
    }

    async fn order(&self, id: &str) -> Result<OrderDetail, BybitError> {
        self.0.order_detail(id).await
    }
}

/// How often to look, and whether to look at all.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Schedule {
    pub every: Duration,
    /// A paused watch asks Bybit nothing (unless the merchant asks for a refresh).
    pub paused: bool,
}

impl Default for Schedule {
    fn default() -> Self {
        Self {
            every: DEFAULT_INTERVAL,
            paused: false,
        }
    }
}

/// What a watch reports.
#[derive(Clone, Debug, PartialEq)]
pub enum Report {
    /// A fresh list. `changed`: it differs from the previous one (orders or deadlines);
    /// `asked`: the merchant asked for this refresh.
    Listed {
        orders: Vec<OrderDetail>,
        changed: bool,
        asked: bool,
    },
    /// The list could not be read: why, in a merchant's words.
    Failed { message: String, asked: bool },
    /// A cancel request not seen before (once per order).
    NewRequest(OrderDetail),
    /// A request still unanswered close to its deadline, read again just now (once per order).
    DeadlineSoon(OrderDetail),
}

/// What a watch remembers between readings: which requests were seen, which were warned of,
/// and when each is due.
#[derive(Debug)]
pub struct Tracker {
    /// Report the requests of the first reading as new too (a watch started in the background,
    /// or a script that wants every request).
    announce_existing: bool,
    first_read_done: bool,
    seen: HashSet<String>,
    warned: HashSet<String>,
    /// The latest list: each order with the moment its answer is due.
    due: HashMap<String, (OrderDetail, Instant)>,
}

impl Tracker {
    pub fn new(announce_existing: bool) -> Self {
        Self {
            announce_existing,
            first_read_done: false,
            seen: HashSet::new(),
            warned: HashSet::new(),
            due: HashMap::new(),
        }
    }

    /// Takes a fresh list read at `now`. Returns the requests to announce and whether the list
    /// differs from the previous one.
    pub fn listed(&mut self, orders: &[OrderDetail], now: Instant) -> (Vec<OrderDetail>, bool) {
        let mut announce = Vec::new();
        let mut due = HashMap::new();
        for order in orders {
            let deadline = order.time_left_to_answer().map(|left| now + left);
            let new = self.seen.insert(order.id.clone());
            if new && (self.first_read_done || self.announce_existing) {
                // Its own alert says how little time is left: no second one straight after.
                if deadline.is_some_and(|d| d <= now + DEADLINE_WARNING) {
                    self.warned.insert(order.id.clone());
                }
                announce.push(order.clone());
            }
            if let Some(deadline) = deadline {
                due.insert(order.id.clone(), (order.clone(), deadline));
            }
        }
        let changed = !self.first_read_done || !same_list(&self.due, &due);
        self.first_read_done = true;
        self.due = due;
        (announce, changed)
    }

    /// When the next deadline warning falls due, if any.
    pub fn next_warning(&self) -> Option<Instant> {
        self.due
            .iter()
            .filter(|(id, _)| !self.warned.contains(*id))
            .map(|(_, (_, deadline))| deadline.checked_sub(DEADLINE_WARNING).unwrap_or(*deadline))
            .min()
    }

    /// The orders whose warning is due at `now`, each handed out once.
    pub fn warnings_due(&mut self, now: Instant) -> Vec<OrderDetail> {
        let mut due: Vec<(Instant, OrderDetail)> = self
            .due
            .iter()
            .filter(|(id, (_, deadline))| {
                !self.warned.contains(*id) && *deadline <= now + DEADLINE_WARNING
            })
            .map(|(_, (order, deadline))| (*deadline, order.clone()))
            .collect();
        due.sort_by_key(|(deadline, _)| *deadline);
        for (_, order) in &due {
            self.warned.insert(order.id.clone());
        }
        due.into_iter().map(|(_, order)| order).collect()
    }
}

/// The same orders with the same deadlines (within a few seconds).
fn same_list(
    before: &HashMap<String, (OrderDetail, Instant)>,
    now: &HashMap<String, (OrderDetail, Instant)>,
) -> bool {
    before.len() == now.len()
        && now.iter().all(|(id, (_, deadline))| {
            before.get(id).is_some_and(|(_, earlier)| {
                let gap = if deadline > earlier {
                    *deadline - *earlier
                } else {
                    *earlier - *deadline
                };
                gap < SAME_DEADLINE
            })
        })
}

/// Watches one account until `schedule`'s sender is dropped: reads at once, then every
/// `schedule.every` after each reading (a slow reading delays the next; none piles up), and
/// whenever `refresh_now` is notified. Between readings it wakes for deadline warnings.
pub async fn run<S: OrderSource>(
    source: Arc<S>,
    mut tracker: Tracker,
    mut schedule: watch::Receiver<Schedule>,
    refresh_now: Arc<Notify>,
    mut report: impl FnMut(Report) + Send,
) {
    let mut next_read = Instant::now();
    let mut last_read: Option<Instant> = None;
    loop {
        let current = *schedule.borrow_and_update();
        let wake = (!current.paused).then(|| {
            tracker
                .next_warning()
                .map_or(next_read, |warning| warning.min(next_read))
        });
        let asked = tokio::select! {
            _ = sleep_until(wake) => false,
            _ = refresh_now.notified() => true,
            changed = schedule.changed() => {
                if changed.is_err() {
                    return;
                }
                // A new interval counts from the last reading.
                let every = schedule.borrow().every;
                next_read = last_read.map_or(next_read, |at| at + every);
                continue;
            }
        };
        if current.paused && !asked {
            continue;
        }
        if asked || Instant::now() >= next_read {
            match source.awaiting().await {
                Ok(orders) => {
                    let (new, changed) = tracker.listed(&orders, Instant::now());
                    report(Report::Listed {
                        orders,
                        changed,
                        asked,
                    });
                    for order in new {
                        report(Report::NewRequest(order));
                    }
                }
                Err(error) => report(Report::Failed {
                    message: error.to_string(),
                    asked,
                }),
            }
            let now = Instant::now();
            last_read = Some(now);
            next_read = now + schedule.borrow().every;
        }
        if current.paused {
            continue;
        }
        for order in tracker.warnings_due(Instant::now()) {
            // It may have been answered meanwhile (here, or on Bybit's website): read it again.
            match source.order(&order.id).await {
                Ok(fresh) if fresh.awaits_my_answer() => report(Report::DeadlineSoon(fresh)),
                Ok(_) => {}
                // Better a warning from the last reading than none.
                Err(_) => report(Report::DeadlineSoon(order)),
            }
        }
    }
}

async fn sleep_until(deadline: Option<Instant>) {
    match deadline {
        Some(deadline) => tokio::time::sleep_until(deadline).await,
        None => std::future::pending().await,
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Mutex;
    use std::sync::atomic::{AtomicUsize, Ordering};

    use super::*;

    /// Orders with this much time left each, by id.
    fn orders(left: &[(&str, u64)]) -> Vec<OrderDetail> {
        left.iter()
            .map(|(id, seconds)| {
                serde_json::from_value(serde_json::json!({
                    "id": id,
                    "side": 0,
                    "needBuyerExamineCancel": true,
                    "sellerCancelExamineRemainTime": seconds.to_string(),
                }))
                .unwrap()
            })
            .collect()
    }

    /// A stand-in exchange: the list it gives changes when a test says so; every call counts.
    struct Scripted {
        /// (id, deadline) of each order awaiting an answer.
        awaiting: Mutex<Vec<(String, Instant)>>,
        lists: AtomicUsize,
        reads: AtomicUsize,
    }

    impl Scripted {
        fn new() -> Arc<Self> {
            Arc::new(Self {
                awaiting: Mutex::new(Vec::new()),
                lists: AtomicUsize::new(0),
                reads: AtomicUsize::new(0),
            })
        }

        fn add(&self, id: &str, left: Duration) {
            self.awaiting
                .lock()
                .unwrap()
                .push((id.to_owned(), Instant::now() + left));
        }

        fn now_awaiting(&self) -> Vec<OrderDetail> {
            let now = Instant::now();
            let list: Vec<(String, u64)> = self
                .awaiting
                .lock()
                .unwrap()
                .iter()
                .filter(|(_, deadline)| *deadline > now)
                .map(|(id, deadline)| (id.clone(), (*deadline - now).as_secs()))
                .collect();
            let named: Vec<(&str, u64)> = list.iter().map(|(i, s)| (i.as_str(), *s)).collect();
            orders(&named)
        }

        fn calls(&self) -> usize {
            self.lists.load(Ordering::SeqCst) + self.reads.load(Ordering::SeqCst)
        }
    }

    impl OrderSource for Scripted {
        async fn awaiting(&self) -> Result<Vec<OrderDetail>, BybitError> {
            self.lists.fetch_add(1, Ordering::SeqCst);
            Ok(self.now_awaiting())
        }

        async fn order(&self, id: &str) -> Result<OrderDetail, BybitError> {
            self.reads.fetch_add(1, Ordering::SeqCst);
            Ok(self
                .now_awaiting()
                .into_iter()
                .find(|o| o.id == id)
                .unwrap_or_else(|| orders(&[(id, 0)]).remove(0)))
        }
    }

    struct Watching {
        schedule: watch::Sender<Schedule>,
        refresh_now: Arc<Notify>,
        reports: Arc<Mutex<Vec<Report>>>,
    }

    fn start(source: Arc<Scripted>, announce_existing: bool, every: Duration) -> Watching {
        let (schedule, receiver) = watch::channel(Schedule {
            every,
            paused: false,
        });
        let refresh_now = Arc::new(Notify::new());
        let reports = Arc::new(Mutex::new(Vec::new()));
        let sink = reports.clone();
        tokio::spawn(run(
            source,
            Tracker::new(announce_existing),
            receiver,
            refresh_now.clone(),
            move |r| sink.lock().unwrap().push(r),
        ));
        Watching {
            schedule,
            refresh_now,
            reports,
        }
    }

    impl Watching {
        fn new_requests(&self) -> Vec<String> {
            self.reports
                .lock()
                .unwrap()
                .iter()
                .filter_map(|r| match r {
                    Report::NewRequest(o) => Some(o.id.clone()),
                    _ => None,
                })
                .collect()
        }

        fn deadline_warnings(&self) -> Vec<String> {
            self.reports
                .lock()
                .unwrap()
                .iter()
                .filter_map(|r| match r {
                    Report::DeadlineSoon(o) => Some(o.id.clone()),
                    _ => None,
                })
                .collect()
        }

        fn lists(&self) -> Vec<(usize, bool, bool)> {
            self.reports
                .lock()
                .unwrap()
                .iter()
                .filter_map(|r| match r {
                    Report::Listed {
                        orders,
                        changed,
                        asked,
                    } => Some((orders.len(), *changed, *asked)),
                    _ => None,
                })
                .collect()
        }
    }

    async fn wait(d: Duration) {
        tokio::time::sleep(d).await;
    }

    #[tokio::test(start_paused = true)]
    async fn a_new_request_is_announced_once_however_many_readings_see_it() {
        let source = Scripted::new();
        source.add("A", Duration::from_secs(30 * 60));
        let watching = start(source.clone(), false, Duration::from_secs(60));
        wait(Duration::from_secs(150)).await;
        assert!(
            watching.new_requests().is_empty(),
            "what already waited at the first reading is on screen, not news"
        );
        source.add("B", Duration::from_secs(25 * 60));
        wait(Duration::from_secs(10 * 60)).await;
        assert_eq!(watching.new_requests(), ["B"]);
        assert!(source.lists.load(Ordering::SeqCst) >= 12, "it kept reading");
    }

    #[tokio::test(start_paused = true)]
    async fn started_in_the_background_it_announces_what_already_waits() {
        let source = Scripted::new();
        source.add("A", Duration::from_secs(30 * 60));
        let watching = start(source.clone(), true, Duration::from_secs(60));
        wait(Duration::from_secs(5 * 60)).await;
        assert_eq!(watching.new_requests(), ["A"]);
    }

    #[tokio::test(start_paused = true)]
    async fn the_deadline_warning_comes_once_three_minutes_before_between_readings() {
        let source = Scripted::new();
        source.add("A", Duration::from_secs(10 * 60));
        // Readings every 5 minutes would miss the moment: the warning keeps its own time.
        let watching = start(source.clone(), false, Duration::from_secs(300));
        wait(Duration::from_secs(6 * 60)).await;
        assert!(watching.deadline_warnings().is_empty(), "7 minutes left");
        wait(Duration::from_secs(2 * 60)).await;
        assert_eq!(watching.deadline_warnings(), ["A"]);
        wait(Duration::from_secs(30 * 60)).await;
        assert_eq!(watching.deadline_warnings(), ["A"], "once");
    }

    #[tokio::test(start_paused = true)]
    async fn no_warning_for_a_request_answered_before_its_deadline() {
        let source = Scripted::new();
        source.add("A", Duration::from_secs(10 * 60));
        let watching = start(source.clone(), false, Duration::from_secs(300));
        wait(Duration::from_secs(60)).await;
        source.awaiting.lock().unwrap().clear(); // answered on Bybit's website
        wait(Duration::from_secs(20 * 60)).await;
        assert!(watching.deadline_warnings().is_empty());
    }

    #[tokio::test(start_paused = true)]
    async fn a_paused_watch_asks_nothing_until_resumed_or_asked() {
        let source = Scripted::new();
        source.add("A", Duration::from_secs(5 * 60));
        let watching = start(source.clone(), false, Duration::from_secs(30));
        wait(Duration::from_secs(1)).await;
        let before = source.calls();
        watching.schedule.send_modify(|s| s.paused = true);
        wait(Duration::from_secs(30 * 60)).await;
        assert_eq!(source.calls(), before, "paused: not one request");
        assert!(watching.deadline_warnings().is_empty());

        watching.refresh_now.notify_one();
        wait(Duration::from_secs(1)).await;
        assert_eq!(source.calls(), before + 1, "Refresh now still reads once");
        assert_eq!(watching.lists().last(), Some(&(0, true, true)));

        watching.schedule.send_modify(|s| s.paused = false);
        wait(Duration::from_secs(61)).await;
        assert!(source.calls() >= before + 3, "resumed");
    }

    #[tokio::test(start_paused = true)]
    async fn an_unchanged_list_says_so_and_a_new_interval_applies_at_once() {
        let source = Scripted::new();
        source.add("A", Duration::from_secs(60 * 60));
        let watching = start(source.clone(), false, Duration::from_secs(300));
        wait(Duration::from_secs(301)).await;
        assert_eq!(
            watching.lists(),
            [(1, true, false), (1, false, false)],
            "the second reading changed nothing"
        );
        watching
            .schedule
            .send_modify(|s| s.every = Duration::from_secs(30));
        wait(Duration::from_secs(31)).await;
        assert_eq!(watching.lists().len(), 3, "30 s from the last reading");
    }

    #[test]
    fn a_request_seen_first_with_little_time_left_gets_one_alert_not_two() {
        let mut tracker = Tracker::new(false);
        let now = Instant::now();
        tracker.listed(&[], now);
        let (new, changed) = tracker.listed(&orders(&[("A", 120)]), now);
        assert_eq!(new.len(), 1);
        assert!(changed);
        assert!(tracker.warnings_due(now).is_empty());
        assert_eq!(tracker.next_warning(), None);
    }
}
