//! The orders list's own rhythm: refresh when due (not while the window is hidden), wake the
//! window for countdowns, and turn a fresh list into badges and notifications.

use eframe::egui;

use super::super::state::Connection;
use super::ReviewApp;
use crate::worker::Job;

impl ReviewApp {
    /// Refreshes the orders list when its interval has passed, unless the window is minimised
    /// or hidden; and asks to be woken for the next refresh and the countdowns.
    pub(super) fn refresh_orders_when_due(&mut self, ctx: &egui::Context) {
        let ready = self
            .state
            .active
            .as_ref()
            .is_some_and(|a| a.connection == Connection::Ready);
        if !ready {
            return;
        }
        let hidden = ctx
            .input(|i| i.viewport().minimized == Some(true) || i.viewport().occluded == Some(true));
        let now = std::time::Instant::now();
        let orders = &self.state.orders;
        let due = !orders.first_read_done && orders.next_refresh.is_none()
            || orders.interval.is_some() && orders.next_refresh.is_some_and(|at| now >= at);
        if due && !hidden && !orders.refreshing {
            self.refresh_orders();
        }
        let orders = &self.state.orders;
        if let Some(at) = orders.next_refresh.filter(|_| orders.interval.is_some()) {
            ctx.request_repaint_after(at.saturating_duration_since(now));
        }
        // Countdowns: wake up when the next one changes what it shows, not before.
        let next_change = orders
            .orders
            .iter()
            .filter_map(|o| orders.time_left(o))
            .chain(self.state.detail.as_ref().and_then(|d| d.time_left()))
            .filter(|left| !left.is_zero())
            .map(crate::format::until_countdown_changes)
            .min();
        if let Some(wait) = next_change {
            ctx.request_repaint_after(wait);
        }
    }

    pub(super) fn refresh_orders(&mut self) {
        let Some(active) = self.state.active.clone() else {
            return;
        };
        let orders = &mut self.state.orders;
        orders.refreshing = true;
        orders.next_refresh = orders
            .interval
            .map(|every| std::time::Instant::now() + every);
        self.send(Job::RefreshOrders {
            account_id: active.account.id,
        });
    }

    pub(super) fn orders_refreshed(&mut self, list: Vec<crate::bybit::model::OrderDetail>) {
        let orders = &mut self.state.orders;
        orders.problem = None;
        let mut notify = Vec::new();
        for order in &list {
            let new = orders.known.insert(order.id.clone());
            // The first read shows what already waited; only later arrivals are news.
            if new && orders.first_read_done {
                orders.unseen.insert(order.id.clone());
                if orders.notified.insert(order.id.clone()) {
                    notify.push(order.clone());
                }
            }
        }
        orders.unseen.retain(|id| list.iter().any(|o| &o.id == id));
        orders.first_read_done = true;
        orders.orders = list;
        orders.read_at = Some(std::time::Instant::now());
        orders.read_at_ms = Some(chrono::Utc::now().timestamp_millis());
        for order in notify {
            let left = order
                .time_left_to_answer()
                .map(crate::format::time_left)
                .unwrap_or_else(|| "little time".into());
            self.send(Job::Notify {
                title: format!(
                    "Cancel request: {} {}",
                    crate::format::amount(&order.amount),
                    order.currency_id
                ),
                body: format!(
                    "{} asks to cancel order {}. {left} left to answer.",
                    order.target_nick_name, order.id
                ),
            });
        }
    }
}
