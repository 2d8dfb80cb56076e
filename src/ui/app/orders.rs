//! The watched accounts' orders in the window: which accounts the worker watches, what its
//! lists mean for the badge, and waking the window only when a countdown changes its text.

use eframe::egui;

use super::super::state::AccountOrders;
use super::ReviewApp;
use crate::accounts::Account;
use crate::bybit::model::OrderDetail;
use crate::watch::Schedule;
use crate::worker::Job;

impl ReviewApp {
    /// Every saved account, and the practice account once practice mode was opened.
    pub(super) fn watched_accounts(&self) -> Vec<Account> {
        let mut accounts = self.state.accounts.accounts.clone();
        if self.state.practice_on {
            accounts.push(Account::practice());
        }
        accounts
    }

    /// Tells the worker which accounts to watch (after a change to the accounts).
    pub(super) fn watch_accounts(&mut self) {
        let accounts = self.watched_accounts();
        self.state
            .orders
            .accounts
            .retain(|id, _| accounts.iter().any(|a| &a.id == id));
        for account in &accounts {
            self.state
                .orders
                .accounts
                .entry(account.id.clone())
                .or_insert_with(|| AccountOrders {
                    account: account.clone(),
                    orders: Vec::new(),
                    read_at: std::time::Instant::now(),
                    listed: false,
                    problem: None,
                    unread: Vec::new(),
                });
        }
        self.send(Job::Watch {
            accounts,
            announce_existing: self.start_hidden,
        });
    }

    /// Tells the worker how often to look, and whether to look at all.
    pub(super) fn send_schedule(&mut self) {
        let schedule = Schedule {
            every: self.state.orders.interval,
            paused: self.state.orders.paused,
        };
        self.send(Job::SetSchedule(schedule));
    }

    pub(super) fn refresh_orders(&mut self) {
        let orders = &mut self.state.orders;
        orders.refreshing = orders.accounts.keys().cloned().collect();
        self.send(Job::RefreshNow);
    }

    /// A watched account's fresh list: what arrived since the last one is news (the badge).
    pub(super) fn orders_listed(
        &mut self,
        account_id: &str,
        list: Vec<OrderDetail>,
        unread: Vec<crate::orders::Unread>,
    ) {
        let orders = &mut self.state.orders;
        let Some(account) = orders.accounts.get_mut(account_id) else {
            return;
        };
        for order in &list {
            let key = (account_id.to_owned(), order.id.clone());
            // The first list shows what already waited; only later arrivals are news.
            if orders.known.insert(key.clone()) && account.listed {
                orders.unseen.insert(key);
            }
        }
        orders
            .unseen
            .retain(|(a, o)| a != account_id || list.iter().any(|order| &order.id == o));
        account.orders = list;
        account.read_at = std::time::Instant::now();
        account.listed = true;
        account.problem = None;
        account.unread = unread;
        // A list read means the host answers again.
        orders.host_paused = None;
    }

    /// Wakes the window when the next countdown changes what it shows, not before.
    pub(super) fn wake_for_countdowns(&self, ctx: &egui::Context) {
        let orders = &self.state.orders;
        let next_change = orders
            .combined()
            .into_iter()
            .filter_map(|(account, order)| account.time_left(order))
            .chain(self.state.detail.as_ref().and_then(|d| d.time_left()))
            .filter(|left| !left.is_zero())
            .map(crate::format::until_countdown_changes)
            .min();
        if let Some(wait) = next_change {
            ctx.request_repaint_after(wait);
        }
    }
}
