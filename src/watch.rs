//! Watching an account for sellers' cancel requests, whatever the window is doing: a loop on
//! its own timer reads the orders marked paid, reports each new request once, and warns once
//! when a request is still unanswered a few minutes before its deadline. The window's worker
//! runs one loop per account; so does the `watch` command. Neither is known here.
//!
//! The plan of reads. A seller may ask to cancel only an order marked paid (status 20), and
//! the pending list has no cancel-request flag: so the list is read for those orders alone, and
//! each one's detail is read again every round (8 s as soon as possible), each at its own
//! moment, spread over the round rather than in a burst. A paid order new to the list is read
//! at once; one gone from the list needs no read; one known to await an answer is read again
//! only to learn it was answered elsewhere or to refresh its deadline (every 30 s). With 10
//! orders marked paid that is 11 reads per 8 s, 1.4 a second, and a request is seen within a
//! round; every read, the window's too, spends from the account's background budget
//! ([`crate::bybit::ReadBudget`], 1.45 a second), so a busier account is read less often,
//! never more. A 10006 doubles the round for five minutes; an HTTP 403 (Bybit bans the
//! computer's address for ten minutes or more) pauses every account on that host.

use std::collections::{HashMap, HashSet};
use std::future::Future;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::sync::{Notify, watch};
use tokio::task::JoinSet;
use tokio::time::Instant;

use crate::bybit::model::OrderDetail;
use crate::bybit::{BybitError, Client};
use crate::orders::Unread;

/// The warning before a deadline comes this long before it.
pub const DEADLINE_WARNING: Duration = Duration::from_secs(3 * 60);

/// "As soon as possible": the round in which every order marked paid is read once. A request
/// is seen within it (the goal is 10 s), at 1.4 reads a second with 10 orders marked paid.
pub const AS_SOON_AS_POSSIBLE: Duration = Duration::from_secs(8);

/// The rounds a merchant can choose: as soon as possible (the default), every minute (for a
/// key shared with busy tools), every 5 minutes.
pub const INTERVALS: [Duration; 3] = [
    AS_SOON_AS_POSSIBLE,
    Duration::from_secs(60),
    Duration::from_secs(300),
];

/// How often to look, unless the merchant chose otherwise.
pub const DEFAULT_INTERVAL: Duration = AS_SOON_AS_POSSIBLE;

/// An order known to await my answer is read again this often (or each round, if rounds are
/// longer): to learn it was answered on Bybit's website, and to keep its deadline true.
pub const AWAITING_RECHECK: Duration = Duration::from_secs(30);

/// After a 10006 the account's rounds take twice as long for this long.
pub const SLOWED_DOWN_FOR: Duration = Duration::from_secs(5 * 60);

/// After an HTTP 403 every account on that host waits this long (Bybit's IP ban lasts ten
/// minutes or more), then tries again by itself.
pub const IP_BAN_PAUSE: Duration = Duration::from_secs(10 * 60);

/// Two readings of a deadline closer than this are the same deadline (the remaining time comes
/// in whole seconds, read at slightly different moments).
const SAME_DEADLINE: Duration = Duration::from_secs(3);

/// Where the orders come from: Bybit through the client, or a stand-in in tests.
pub trait OrderSource: Send + Sync + 'static {
    /// The ids of the account's buy orders marked paid.
    fn paid(&self) -> impl Future<Output = Result<Vec<String>, BybitError>> + Send;
    /// One order, read again.
    fn order(&self, id: &str) -> impl Future<Output = Result<OrderDetail, BybitError>> + Send;
    /// Waits until the account's background budget allows one more read.
    fn turn(&self) -> impl Future<Output = ()> + Send;
    /// How many answers so far asked this account to slow down (10006).
    fn times_slowed_down(&self) -> u64;
    /// The host the reads go to: an IP ban holds for every account on it.
    fn host(&self) -> String;
}

/// Bybit, through the account's client (its rate limiter and background budget).
pub struct Bybit(pub Arc<Client>);

impl OrderSource for Bybit {
    async fn paid(&self) -> Result<Vec<String>, BybitError> {
        crate::orders::paid_buy_order_ids(&self.0).await
    }

    async fn order(&self, id: &str) -> Result<OrderDetail, BybitError> {
        self.0.order_detail(id).await
    }

    async fn turn(&self) {
        self.0.background_budget().turn().await;
    }

    fn times_slowed_down(&self) -> u64 {
        self.0.times_slowed_down()
    }

    fn host(&self) -> String {
        self.0
            .target()
            .base_url
            .host_str()
            .unwrap_or_default()
            .to_owned()
    }
}

/// Hosts whose answer was HTTP 403, until when: shared by every account's watch, so one ban
/// pauses them all and is said once.
#[derive(Debug, Default)]
pub struct HostBans(Mutex<HashMap<String, Instant>>);

impl HostBans {
    /// Until when `host` is paused, if it is now.
    pub fn until(&self, host: &str) -> Option<Instant> {
        let bans = self.0.lock().unwrap_or_else(|e| e.into_inner());
        bans.get(host)
            .copied()
            .filter(|until| *until > Instant::now())
    }

    /// Ends a pause of `host` early (the practice exchange's trouble was changed). True when
    /// there was one.
    pub fn lift(&self, host: &str) -> bool {
        let mut bans = self.0.lock().unwrap_or_else(|e| e.into_inner());
        bans.remove(host)
            .is_some_and(|until| until > Instant::now())
    }

    /// Pauses `host` until `until`. True when it was not paused already (the news to tell).
    fn ban(&self, host: &str, until: Instant) -> bool {
        let mut bans = self.0.lock().unwrap_or_else(|e| e.into_inner());
        let already = bans.get(host).is_some_and(|u| *u > Instant::now());
        if !already {
            bans.insert(host.to_owned(), until);
        }
        !already
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
    /// A fresh list. `changed`: it differs from the previous one (orders, deadlines or the
    /// orders that could not be read); `asked`: the merchant asked for this refresh;
    /// `unread`: orders marked paid whose detail could not be read this time.
    Listed {
        orders: Vec<OrderDetail>,
        changed: bool,
        asked: bool,
        unread: Vec<Unread>,
    },
    /// The list could not be read: why, in a merchant's words.
    Failed { message: String, asked: bool },
    /// A cancel request not seen before (once per order).
    NewRequest(OrderDetail),
    /// A request still unanswered close to its deadline, read again just now (once per order).
    DeadlineSoon(OrderDetail),
    /// Bybit asked this account to slow down (10006): rounds take `every` for `lasting`.
    /// Said once per episode.
    SlowedDown { every: Duration, lasting: Duration },
    /// Bybit refused this computer's address (HTTP 403): every account on `host` waits until
    /// `until_ms` (wall clock). Said by the watch that met it, or to a refresh asked meanwhile.
    HostPaused {
        host: String,
        until_ms: i64,
        asked: bool,
    },
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

/// One order marked paid, as the watch knows it.
#[derive(Debug)]
struct Paid {
    /// When its detail is read next.
    next_read: Instant,
    /// Its detail when it awaits my answer, and when that was read.
    awaiting: Option<(OrderDetail, Instant)>,
    /// Why its last read failed.
    unread: Option<BybitError>,
}

/// What to read and when: the orders marked paid, the list's next reading, the slow-down.
#[derive(Debug)]
struct Plan {
    list_due: Instant,
    paid: HashMap<String, Paid>,
    /// Every known order was read once (the first round reads them all at once).
    first_round_done: bool,
    slowed_until: Option<Instant>,
    /// [`OrderSource::times_slowed_down`] as last seen.
    slowdowns_seen: u64,
    unread_told: Vec<Unread>,
}

/// Why a round stopped early.
enum RoundError {
    /// The list could not be read.
    List(BybitError),
    /// HTTP 403 from the host: stop reading.
    Banned,
}

impl Plan {
    fn new(now: Instant, slowdowns_seen: u64) -> Self {
        Self {
            list_due: now,
            paid: HashMap::new(),
            first_round_done: false,
            slowed_until: None,
            slowdowns_seen,
            unread_told: Vec::new(),
        }
    }

    /// The round as chosen, twice as long while Bybit asked to slow down.
    fn every(&self, chosen: Duration, now: Instant) -> Duration {
        if self.slowed_until.is_some_and(|until| until > now) {
            chosen * 2
        } else {
            chosen
        }
    }

    /// The next moment something is due: the list, an order's read.
    fn next_due(&self) -> Instant {
        self.paid
            .values()
            .map(|p| p.next_read)
            .fold(self.list_due, Instant::min)
    }

    /// When an order read at `at` is read next.
    fn next_read(awaiting: bool, every: Duration, at: Instant) -> Instant {
        if awaiting {
            at + every.max(AWAITING_RECHECK)
        } else {
            at + every
        }
    }

    /// Takes the list's ids: new ones are due at once, gone ones forgotten.
    fn listed(&mut self, ids: Vec<String>, now: Instant) {
        let ids: HashSet<String> = ids.into_iter().collect();
        self.paid.retain(|id, _| ids.contains(id));
        for id in ids {
            self.paid.entry(id).or_insert(Paid {
                next_read: now,
                awaiting: None,
                unread: None,
            });
        }
    }

    /// Takes one order's read, made at `at`.
    fn read(
        &mut self,
        id: &str,
        result: Result<OrderDetail, BybitError>,
        every: Duration,
        at: Instant,
    ) {
        let Some(paid) = self.paid.get_mut(id) else {
            return;
        };
        match result {
            Ok(detail) => {
                paid.awaiting = detail.awaits_my_answer().then_some((detail, at));
                paid.unread = None;
            }
            // What was known stays (a request stays on screen); the order is tried next round.
            Err(error) => paid.unread = Some(error),
        }
        paid.next_read = Self::next_read(paid.awaiting.is_some(), every, at);
    }

    /// After a round that read every order at once: spreads their next reads over a round, so
    /// the reads come one by one rather than in a burst that would take a whole second of
    /// Bybit's allowance from the merchant's other tools.
    fn spread(&mut self, every: Duration, now: Instant) {
        let mut ids: Vec<&String> = self
            .paid
            .iter()
            .filter(|(_, p)| p.awaiting.is_none())
            .map(|(id, _)| id)
            .collect();
        ids.sort();
        let count = ids.len() as u32;
        let moments: HashMap<String, Instant> = ids
            .into_iter()
            .enumerate()
            .map(|(i, id)| (id.clone(), now + every * (i as u32 + 1) / count))
            .collect();
        for (id, at) in moments {
            if let Some(paid) = self.paid.get_mut(&id) {
                paid.next_read = at;
            }
        }
    }

    /// The orders awaiting my answer, each counted down to `now`, and those that could not be
    /// read.
    fn awaiting(&self, now: Instant) -> (Vec<OrderDetail>, Vec<Unread>) {
        let mut orders: Vec<OrderDetail> = self
            .paid
            .values()
            .filter_map(|p| p.awaiting.as_ref())
            .map(|(detail, at)| detail.aged_by(now.duration_since(*at)))
            .collect();
        orders.sort_by_key(|d| (d.time_left_to_answer(), d.id.clone()));
        let mut unread: Vec<Unread> = self
            .paid
            .iter()
            .filter_map(|(id, p)| {
                p.unread.clone().map(|error| Unread {
                    order_id: id.clone(),
                    error,
                })
            })
            .collect();
        unread.sort_by(|a, b| a.order_id.cmp(&b.order_id));
        (orders, unread)
    }

    /// One round: the list if due (or asked), then the orders due. A round that reads every
    /// order (the first, or one the merchant asked for) reads them at once; otherwise each
    /// read waits for the background budget.
    async fn round<S: OrderSource>(
        &mut self,
        source: &Arc<S>,
        asked: bool,
        every: Duration,
    ) -> Result<bool, RoundError> {
        let now = Instant::now();
        let list_read = asked || now >= self.list_due;
        if list_read {
            if self.first_round_done && !asked {
                source.turn().await;
            }
            let listed = source.paid().await;
            self.list_due = Instant::now() + every;
            match listed {
                Ok(ids) => self.listed(ids, Instant::now()),
                Err(error) => return Err(list_failed(error)),
            }
        }
        let all_at_once = asked || !self.first_round_done;
        let now = Instant::now();
        let mut due: Vec<(Instant, String)> = self
            .paid
            .iter()
            .filter(|(_, p)| all_at_once || p.next_read <= now)
            .map(|(id, p)| (p.next_read, id.clone()))
            .collect();
        due.sort();
        if all_at_once {
            let mut reads = JoinSet::new();
            for (_, id) in due {
                let source = source.clone();
                reads.spawn(async move {
                    let result = source.order(&id).await;
                    (id, result, Instant::now())
                });
            }
            let mut banned = false;
            while let Some(Ok((id, result, at))) = reads.join_next().await {
                banned |= is_ban(&result);
                self.read(&id, result, every, at);
            }
            if banned {
                return Err(RoundError::Banned);
            }
            self.first_round_done = true;
            self.spread(every, Instant::now());
        } else {
            for (_, id) in due {
                source.turn().await;
                let result = source.order(&id).await;
                let banned = is_ban(&result);
                self.read(&id, result, every, Instant::now());
                if banned {
                    return Err(RoundError::Banned);
                }
            }
        }
        Ok(list_read)
    }
}

/// A list that could not be read: an HTTP 403 is a ban, the rest a failure to say.
fn list_failed(error: BybitError) -> RoundError {
    if error.http_status() == Some(403) {
        RoundError::Banned
    } else {
        RoundError::List(error)
    }
}

fn is_ban(result: &Result<OrderDetail, BybitError>) -> bool {
    result.as_ref().is_err_and(|e| e.http_status() == Some(403))
}

/// Watches one account until `schedule`'s sender is dropped: reads at once, then each order
/// marked paid once a round (`schedule.every`), whenever `refresh_now` is notified, and wakes
/// for deadline warnings. See the module's notes for the plan of reads.
pub async fn run<S: OrderSource>(
    source: Arc<S>,
    mut tracker: Tracker,
    mut schedule: watch::Receiver<Schedule>,
    refresh_now: Arc<Notify>,
    bans: Arc<HostBans>,
    mut report: impl FnMut(Report) + Send,
) {
    let host = source.host();
    let mut plan = Plan::new(Instant::now(), source.times_slowed_down());
    loop {
        let current = *schedule.borrow_and_update();
        let wake = (!current.paused).then(|| {
            let next = bans.until(&host).unwrap_or_else(|| plan.next_due());
            tracker
                .next_warning()
                .map_or(next, |warning| warning.min(next))
        });
        let asked = tokio::select! {
            _ = sleep_until(wake) => false,
            _ = refresh_now.notified() => true,
            changed = schedule.changed() => {
                if changed.is_err() {
                    return;
                }
                // A new round counts from the last reading of each order.
                let (before, after) = (current.every, schedule.borrow().every);
                plan.list_due = plan.list_due.checked_sub(before).unwrap_or(plan.list_due) + after;
                for paid in plan.paid.values_mut() {
                    paid.next_read = paid.next_read.checked_sub(before).unwrap_or(paid.next_read) + after;
                }
                continue;
            }
        };
        if current.paused && !asked {
            continue;
        }
        if let Some(until) = bans.until(&host) {
            if asked {
                report(Report::HostPaused {
                    host: host.clone(),
                    until_ms: wall_clock_ms(until),
                    asked,
                });
            }
            continue;
        }
        let now = Instant::now();
        let every = plan.every(current.every, now);
        if asked || plan.next_due() <= now {
            match plan.round(&source, asked, every).await {
                Ok(list_read) => {
                    let now = Instant::now();
                    let (orders, unread) = plan.awaiting(now);
                    let (new, changed) = tracker.listed(&orders, now);
                    let unread_changed = unread != plan.unread_told;
                    if list_read || changed || unread_changed {
                        plan.unread_told = unread.clone();
                        report(Report::Listed {
                            orders,
                            changed: changed || unread_changed,
                            asked,
                            unread,
                        });
                    }
                    for order in new {
                        report(Report::NewRequest(order));
                    }
                }
                Err(RoundError::List(error)) => report(Report::Failed {
                    message: error.to_string(),
                    asked,
                }),
                Err(RoundError::Banned) => {
                    let until = Instant::now() + IP_BAN_PAUSE;
                    if bans.ban(&host, until) || asked {
                        report(Report::HostPaused {
                            host: host.clone(),
                            until_ms: wall_clock_ms(until),
                            asked,
                        });
                    }
                    continue;
                }
            }
        }
        let slowdowns = source.times_slowed_down();
        if slowdowns > plan.slowdowns_seen {
            plan.slowdowns_seen = slowdowns;
            let now = Instant::now();
            let episode_over = plan.slowed_until.is_none_or(|until| until <= now);
            plan.slowed_until = Some(now + SLOWED_DOWN_FOR);
            if episode_over {
                report(Report::SlowedDown {
                    every: current.every * 2,
                    lasting: SLOWED_DOWN_FOR,
                });
            }
        }
        if current.paused {
            continue;
        }
        for order in tracker.warnings_due(Instant::now()) {
            // It may have been answered meanwhile (here, or on Bybit's website): read it again.
            source.turn().await;
            let fresh = source.order(&order.id).await;
            match fresh {
                Ok(fresh) if fresh.awaits_my_answer() => report(Report::DeadlineSoon(fresh)),
                Ok(_) => {}
                // Better a warning from the last reading than none.
                Err(_) => report(Report::DeadlineSoon(order)),
            }
        }
    }
}

/// The wall-clock moment, in ms since the epoch, of a monotonic instant (to show as a time).
fn wall_clock_ms(at: Instant) -> i64 {
    let ahead = at.saturating_duration_since(Instant::now());
    chrono::Utc::now().timestamp_millis() + ahead.as_millis() as i64
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
    use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};

    use super::*;
    use crate::bybit::ReadBudget;

    /// An order detail with this much time left to answer (`None`: no request).
    fn detail(id: &str, left: Option<u64>) -> OrderDetail {
        serde_json::from_value(serde_json::json!({
            "id": id,
            "side": 0,
            "status": 20,
            "needBuyerExamineCancel": left.is_some(),
            "sellerCancelExamineRemainTime": left.map(|s| s.to_string()).unwrap_or_default(),
        }))
        .unwrap()
    }

    /// A stand-in exchange holding orders marked paid, each with a request's deadline or none;
    /// every call counts, and spends from a budget like the client's.
    struct Scripted {
        paid: Mutex<Vec<(String, Option<Instant>)>>,
        lists: AtomicUsize,
        reads: Mutex<HashMap<String, usize>>,
        failing: Mutex<HashSet<String>>,
        banned: AtomicBool,
        slowed: AtomicU64,
        budget: ReadBudget,
        /// When each call (list or detail) came.
        times: Mutex<Vec<Instant>>,
    }

    impl Scripted {
        fn new() -> Arc<Self> {
            Arc::new(Self {
                paid: Mutex::new(Vec::new()),
                lists: AtomicUsize::new(0),
                reads: Mutex::new(HashMap::new()),
                failing: Mutex::new(HashSet::new()),
                banned: AtomicBool::new(false),
                slowed: AtomicU64::new(0),
                budget: ReadBudget::new(1.45, 12.0),
                times: Mutex::new(Vec::new()),
            })
        }

        /// `count` orders marked paid, no request: P0, P1, …
        fn with_paid(count: usize) -> Arc<Self> {
            let source = Self::new();
            for i in 0..count {
                source.mark_paid(&format!("P{i}"));
            }
            source
        }

        fn mark_paid(&self, id: &str) {
            self.paid.lock().unwrap().push((id.to_owned(), None));
        }

        /// The seller of `id` asks to cancel, `left` to answer (the order is marked paid).
        fn ask(&self, id: &str, left: Duration) {
            let mut paid = self.paid.lock().unwrap();
            let deadline = Some(Instant::now() + left);
            match paid.iter_mut().find(|(i, _)| i == id) {
                Some(order) => order.1 = deadline,
                None => paid.push((id.to_owned(), deadline)),
            }
        }

        /// Answered, or released: gone from the list.
        fn remove(&self, id: &str) {
            self.paid.lock().unwrap().retain(|(i, _)| i != id);
        }

        fn answer_elsewhere(&self, id: &str) {
            if let Some(order) = self.paid.lock().unwrap().iter_mut().find(|(i, _)| i == id) {
                order.1 = None;
            }
        }

        fn reads_of(&self, id: &str) -> usize {
            self.reads.lock().unwrap().get(id).copied().unwrap_or(0)
        }

        fn calls(&self) -> usize {
            self.lists.load(Ordering::SeqCst) + self.reads.lock().unwrap().values().sum::<usize>()
        }

        fn refuse_if_banned(&self) -> Result<(), BybitError> {
            if self.banned.load(Ordering::SeqCst) {
                return Err(BybitError::HttpStatus {
                    status: 403,
                    snippet: "access too frequent".into(),
                });
            }
            Ok(())
        }
    }

    impl OrderSource for Scripted {
        async fn paid(&self) -> Result<Vec<String>, BybitError> {
            self.budget.spend();
            self.times.lock().unwrap().push(Instant::now());
            self.lists.fetch_add(1, Ordering::SeqCst);
            self.refuse_if_banned()?;
            Ok(self
                .paid
                .lock()
                .unwrap()
                .iter()
                .map(|(id, _)| id.clone())
                .collect())
        }

        async fn order(&self, id: &str) -> Result<OrderDetail, BybitError> {
            self.budget.spend();
            self.times.lock().unwrap().push(Instant::now());
            *self.reads.lock().unwrap().entry(id.to_owned()).or_default() += 1;
            self.refuse_if_banned()?;
            if self.failing.lock().unwrap().contains(id) {
                return Err(BybitError::Timeout { seconds: 20 });
            }
            let now = Instant::now();
            let deadline = self
                .paid
                .lock()
                .unwrap()
                .iter()
                .find(|(i, _)| i == id)
                .and_then(|(_, deadline)| *deadline)
                .filter(|d| *d > now);
            Ok(detail(id, deadline.map(|d| (d - now).as_secs())))
        }

        async fn turn(&self) {
            self.budget.turn().await;
        }

        fn times_slowed_down(&self) -> u64 {
            self.slowed.load(Ordering::SeqCst)
        }

        fn host(&self) -> String {
            "api.bybit.test".into()
        }
    }

    struct Watching {
        schedule: watch::Sender<Schedule>,
        refresh_now: Arc<Notify>,
        /// Each report with the moment it came.
        reports: Arc<Mutex<Vec<(Instant, Report)>>>,
    }

    fn start(source: Arc<Scripted>, announce_existing: bool, every: Duration) -> Watching {
        start_with(source, announce_existing, every, Arc::default())
    }

    fn start_with(
        source: Arc<Scripted>,
        announce_existing: bool,
        every: Duration,
        bans: Arc<HostBans>,
    ) -> Watching {
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
            bans,
            move |r| sink.lock().unwrap().push((Instant::now(), r)),
        ));
        Watching {
            schedule,
            refresh_now,
            reports,
        }
    }

    impl Watching {
        fn reports(&self) -> Vec<Report> {
            self.reports
                .lock()
                .unwrap()
                .iter()
                .map(|(_, r)| r.clone())
                .collect()
        }

        /// New requests, each with when it was reported.
        fn new_requests_at(&self) -> Vec<(String, Instant)> {
            self.reports
                .lock()
                .unwrap()
                .iter()
                .filter_map(|(at, r)| match r {
                    Report::NewRequest(o) => Some((o.id.clone(), *at)),
                    _ => None,
                })
                .collect()
        }

        fn new_requests(&self) -> Vec<String> {
            self.new_requests_at()
                .into_iter()
                .map(|(id, _)| id)
                .collect()
        }

        fn deadline_warnings(&self) -> Vec<String> {
            self.reports()
                .into_iter()
                .filter_map(|r| match r {
                    Report::DeadlineSoon(o) => Some(o.id),
                    _ => None,
                })
                .collect()
        }

        /// (orders, changed, asked) of each list reported.
        fn lists(&self) -> Vec<(usize, bool, bool)> {
            self.reports()
                .into_iter()
                .filter_map(|r| match r {
                    Report::Listed {
                        orders,
                        changed,
                        asked,
                        ..
                    } => Some((orders.len(), changed, asked)),
                    _ => None,
                })
                .collect()
        }

        fn last_listed(&self) -> Option<(Vec<String>, Vec<String>)> {
            self.reports().into_iter().rev().find_map(|r| match r {
                Report::Listed { orders, unread, .. } => Some((
                    orders.into_iter().map(|o| o.id).collect(),
                    unread.into_iter().map(|u| u.order_id).collect(),
                )),
                _ => None,
            })
        }
    }

    async fn wait(d: Duration) {
        tokio::time::sleep(d).await;
    }

    const ASAP: Duration = AS_SOON_AS_POSSIBLE;

    #[tokio::test(start_paused = true)]
    async fn each_order_marked_paid_is_read_once_a_round_spread_over_it() {
        let source = Scripted::with_paid(10);
        let _watching = start(source.clone(), false, ASAP);
        wait(Duration::from_millis(500)).await;
        for i in 0..10 {
            assert_eq!(
                source.reads_of(&format!("P{i}")),
                1,
                "the first round reads all"
            );
        }
        let after_first = source.calls();
        let first_round_ends = Instant::now();
        wait(Duration::from_secs(80)).await;
        for i in 0..10 {
            let reads = source.reads_of(&format!("P{i}"));
            assert!(
                (10..=12).contains(&reads),
                "P{i}: read {reads} times in 81 s"
            );
        }
        let per_second = (source.calls() - after_first) as f64 / 80.0;
        assert!(per_second <= 1.5, "{per_second} reads a second");
        // Spread: after the first round, no second holds more than a few reads.
        let times: Vec<Instant> = source
            .times
            .lock()
            .unwrap()
            .iter()
            .copied()
            .filter(|t| *t > first_round_ends)
            .collect();
        let busiest = times
            .iter()
            .map(|t| {
                times
                    .iter()
                    .filter(|u| **u >= *t && **u < *t + Duration::from_secs(1))
                    .count()
            })
            .max()
            .unwrap_or(0);
        assert!(busiest <= 3, "{busiest} reads in one second");
        let lists = source.lists.load(Ordering::SeqCst);
        assert!((10..=12).contains(&lists), "the list once a round: {lists}");
    }

    #[tokio::test(start_paused = true)]
    async fn with_no_order_marked_paid_only_the_list_is_read() {
        let source = Scripted::new();
        let _watching = start(source.clone(), false, ASAP);
        wait(Duration::from_secs(600)).await;
        let per_second = source.calls() as f64 / 600.0;
        assert!(per_second <= 0.3, "{per_second} reads a second");
        assert!(source.reads.lock().unwrap().is_empty(), "no detail to read");
    }

    #[tokio::test(start_paused = true)]
    async fn a_new_request_is_found_within_ten_seconds_wherever_it_falls() {
        let source = Scripted::with_paid(10);
        let watching = start(source.clone(), false, ASAP);
        wait(Duration::from_secs(3)).await;
        let mut asked_at = Vec::new();
        // At moments that fall everywhere in the rounds, on different orders.
        for (i, pause_ms) in [1300u64, 2900, 4100, 5700, 7300, 6100, 900, 3700]
            .iter()
            .enumerate()
        {
            wait(Duration::from_millis(*pause_ms)).await;
            let id = format!("P{}", (i * 3) % 10);
            source.ask(&id, Duration::from_secs(20 * 60));
            asked_at.push((id.clone(), Instant::now()));
            wait(Duration::from_secs(11)).await;
            // Answered, so the next try on the same order is news again.
            source.answer_elsewhere(&id);
            source.remove(&id);
            source.mark_paid(&format!("{id}-next"));
        }
        let found = watching.new_requests_at();
        for (id, at) in asked_at {
            let (_, seen) = found
                .iter()
                .find(|(f, _)| *f == id)
                .unwrap_or_else(|| panic!("{id} never found: {found:?}"));
            let took = *seen - at;
            assert!(took <= Duration::from_secs(10), "{id} found after {took:?}");
        }
    }

    #[tokio::test(start_paused = true)]
    async fn a_request_on_an_order_just_marked_paid_is_read_as_soon_as_the_list_shows_it() {
        let source = Scripted::with_paid(10);
        let watching = start(source.clone(), false, ASAP);
        wait(Duration::from_secs(20)).await;
        let at = Instant::now();
        source.ask("NEW", Duration::from_secs(20 * 60));
        wait(Duration::from_secs(10)).await;
        let found = watching.new_requests_at();
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0].1 - at <= Duration::from_secs(9),
            "{:?}",
            found[0].1 - at
        );
        assert_eq!(source.reads_of("NEW"), 1, "read once, at once");
    }

    #[tokio::test(start_paused = true)]
    async fn a_request_already_known_is_read_again_only_every_30_s_and_not_once_gone() {
        let source = Scripted::with_paid(2);
        source.ask("P0", Duration::from_secs(60 * 60));
        let watching = start(source.clone(), false, ASAP);
        wait(Duration::from_secs(121)).await;
        let (reads_awaiting, reads_other) = (source.reads_of("P0"), source.reads_of("P1"));
        assert!(
            (4..=6).contains(&reads_awaiting),
            "every 30 s: {reads_awaiting}"
        );
        assert!(reads_other >= 14, "every 8 s: {reads_other}");
        source.remove("P0"); // accepted on Bybit's website: cancelled, gone from the list
        wait(Duration::from_secs(60)).await;
        assert!(source.reads_of("P0") <= reads_awaiting + 1);
        assert_eq!(watching.last_listed().unwrap().0, Vec::<String>::new());
    }

    #[tokio::test(start_paused = true)]
    async fn one_failing_detail_leaves_the_rest_with_a_note_until_it_reads_again() {
        let source = Scripted::with_paid(3);
        source.ask("P0", Duration::from_secs(60 * 60));
        source.ask("P2", Duration::from_secs(60 * 60));
        source.failing.lock().unwrap().insert("P2".into());
        let watching = start(source.clone(), false, ASAP);
        wait(Duration::from_secs(2)).await;
        assert_eq!(
            watching.last_listed(),
            Some((vec!["P0".to_owned()], vec!["P2".to_owned()]))
        );
        source.failing.lock().unwrap().clear();
        wait(Duration::from_secs(10)).await;
        let (mut orders, unread) = watching.last_listed().unwrap();
        orders.sort();
        assert_eq!((orders, unread), (vec!["P0".into(), "P2".into()], vec![]));
        assert!(
            !watching
                .reports()
                .iter()
                .any(|r| matches!(r, Report::Failed { .. })),
            "the account did not fail"
        );
    }

    #[tokio::test(start_paused = true)]
    async fn a_10006_slows_the_account_down_for_five_minutes_said_once() {
        let source = Scripted::with_paid(2);
        let watching = start(source.clone(), false, ASAP);
        wait(Duration::from_secs(1)).await;
        source.slowed.fetch_add(1, Ordering::SeqCst);
        wait(Duration::from_secs(20)).await;
        source.slowed.fetch_add(2, Ordering::SeqCst); // again, within the same episode
        let lists_before = source.lists.load(Ordering::SeqCst);
        wait(Duration::from_secs(160)).await;
        let slowed: Vec<Report> = watching
            .reports()
            .into_iter()
            .filter(|r| matches!(r, Report::SlowedDown { .. }))
            .collect();
        assert_eq!(
            slowed,
            [Report::SlowedDown {
                every: ASAP * 2,
                lasting: SLOWED_DOWN_FOR
            }]
        );
        let lists = source.lists.load(Ordering::SeqCst) - lists_before;
        assert!((9..=11).contains(&lists), "every 16 s for 160 s: {lists}");
        wait(SLOWED_DOWN_FOR).await;
        let before = source.lists.load(Ordering::SeqCst);
        wait(Duration::from_secs(80)).await;
        let lists = source.lists.load(Ordering::SeqCst) - before;
        assert!((9..=11).contains(&lists), "back to every 8 s: {lists}");
    }

    #[tokio::test(start_paused = true)]
    async fn a_403_pauses_every_account_on_the_host_said_once_and_resumes_by_itself() {
        let bans: Arc<HostBans> = Arc::default();
        let (first, second) = (Scripted::with_paid(1), Scripted::with_paid(1));
        let watching = [
            start_with(first.clone(), false, ASAP, bans.clone()),
            start_with(second.clone(), false, ASAP, bans.clone()),
        ];
        wait(Duration::from_secs(1)).await;
        first.banned.store(true, Ordering::SeqCst);
        second.banned.store(true, Ordering::SeqCst);
        wait(Duration::from_secs(30)).await;
        let calls = (first.calls(), second.calls());
        let paused: usize = watching
            .iter()
            .map(|w| {
                w.reports()
                    .iter()
                    .filter(|r| matches!(r, Report::HostPaused { .. }))
                    .count()
            })
            .sum();
        assert_eq!(paused, 1, "one message for both accounts");
        wait(IP_BAN_PAUSE - Duration::from_secs(60)).await;
        assert_eq!(
            (first.calls(), second.calls()),
            calls,
            "nothing asked while banned"
        );
        first.banned.store(false, Ordering::SeqCst);
        second.banned.store(false, Ordering::SeqCst);
        wait(Duration::from_secs(60)).await;
        assert!(
            first.calls() > calls.0 && second.calls() > calls.1,
            "resumed"
        );
        assert!(watching.iter().all(|w| !w.lists().is_empty()));
    }

    #[tokio::test(start_paused = true)]
    async fn the_windows_reads_come_out_of_the_same_budget() {
        let source = Scripted::with_paid(10);
        let _watching = start(source.clone(), false, ASAP);
        wait(Duration::from_secs(30)).await;
        let before = source.calls();
        // The merchant opens orders: 30 reads of the window's.
        for _ in 0..30 {
            source.budget.spend();
        }
        wait(Duration::from_secs(60)).await;
        let watch_reads = source.calls() - before;
        let total = (watch_reads + 30) as f64 / 60.0;
        assert!(
            total <= 1.5 + 12.0 / 60.0,
            "{total} reads a second together"
        );
    }

    #[tokio::test(start_paused = true)]
    async fn a_new_request_is_announced_once_however_many_readings_see_it() {
        let source = Scripted::new();
        source.ask("A", Duration::from_secs(30 * 60));
        let watching = start(source.clone(), false, Duration::from_secs(60));
        wait(Duration::from_secs(150)).await;
        assert!(
            watching.new_requests().is_empty(),
            "what already waited at the first reading is on screen, not news"
        );
        source.ask("B", Duration::from_secs(25 * 60));
        wait(Duration::from_secs(10 * 60)).await;
        assert_eq!(watching.new_requests(), ["B"]);
        assert!(source.lists.load(Ordering::SeqCst) >= 12, "it kept reading");
    }

    #[tokio::test(start_paused = true)]
    async fn started_in_the_background_it_announces_what_already_waits() {
        let source = Scripted::new();
        source.ask("A", Duration::from_secs(30 * 60));
        let watching = start(source.clone(), true, ASAP);
        wait(Duration::from_secs(5 * 60)).await;
        assert_eq!(watching.new_requests(), ["A"]);
    }

    #[tokio::test(start_paused = true)]
    async fn the_deadline_warning_comes_once_three_minutes_before_between_readings() {
        let source = Scripted::new();
        source.ask("A", Duration::from_secs(10 * 60));
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
        source.ask("A", Duration::from_secs(10 * 60));
        let watching = start(source.clone(), false, Duration::from_secs(300));
        wait(Duration::from_secs(60)).await;
        source.answer_elsewhere("A"); // refused on Bybit's website: still paid, no request
        wait(Duration::from_secs(20 * 60)).await;
        assert!(watching.deadline_warnings().is_empty());
    }

    #[tokio::test(start_paused = true)]
    async fn a_paused_watch_asks_nothing_until_resumed_or_asked() {
        let source = Scripted::new();
        source.ask("A", Duration::from_secs(5 * 60));
        let watching = start(source.clone(), false, ASAP);
        wait(Duration::from_secs(1)).await;
        let before = source.calls();
        watching.schedule.send_modify(|s| s.paused = true);
        wait(Duration::from_secs(30 * 60)).await;
        assert_eq!(source.calls(), before, "paused: not one request");
        assert!(watching.deadline_warnings().is_empty());

        watching.refresh_now.notify_one();
        wait(Duration::from_secs(1)).await;
        assert_eq!(
            source.calls(),
            before + 2,
            "Refresh now reads the list and its order"
        );
        assert_eq!(watching.lists().last(), Some(&(0, true, true)));

        watching.schedule.send_modify(|s| s.paused = false);
        wait(Duration::from_secs(61)).await;
        assert!(source.calls() >= before + 4, "resumed");
    }

    #[tokio::test(start_paused = true)]
    async fn an_unchanged_list_says_so_and_a_new_interval_applies_at_once() {
        let source = Scripted::new();
        source.ask("A", Duration::from_secs(60 * 60));
        let watching = start(source.clone(), false, Duration::from_secs(300));
        wait(Duration::from_secs(301)).await;
        assert_eq!(
            watching.lists(),
            [(1, true, false), (1, false, false)],
            "the second reading changed nothing"
        );
        watching.schedule.send_modify(|s| s.every = ASAP);
        wait(Duration::from_secs(9)).await;
        assert_eq!(watching.lists().len(), 3, "8 s from the last reading");
    }

    #[test]
    fn a_request_seen_first_with_little_time_left_gets_one_alert_not_two() {
        let mut tracker = Tracker::new(false);
        let now = Instant::now();
        tracker.listed(&[], now);
        let (new, changed) = tracker.listed(&[detail("A", Some(120))], now);
        assert_eq!(new.len(), 1);
        assert!(changed);
        assert!(tracker.warnings_due(now).is_empty());
        assert_eq!(tracker.next_warning(), None);
    }
}
