//! The window's comings and goings: brought forward by an alert or the tray, hidden to the
//! tray on close where a tray is there, and quit on request.

use eframe::egui;

use super::super::state::{Action, Tab};
use super::ReviewApp;
use crate::platform::notification::Alert;
use crate::platform::tray::{Tray, TrayCommand, TrayLabels};
use crate::worker::Job;

/// What closing the window does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CloseDecision {
    /// The app ends.
    Quit,
    /// The window hides and the app keeps watching in the tray; `tell` the first time.
    HideToTray { tell: bool },
}

/// Closing keeps the app watching in the tray only where a tray shows it (a tray host is
/// running): elsewhere a hidden window could not be brought back, so closing quits. Quit from
/// the tray or the app always quits.
pub fn on_close(tray_shown: bool, quit_asked: bool, told_before: bool) -> CloseDecision {
    if quit_asked || !tray_shown {
        CloseDecision::Quit
    } else {
        CloseDecision::HideToTray { tell: !told_before }
    }
}

/// The window's size when the screen has room for it, and the least it may shrink to.
pub const FIRST_WINDOW_SIZE: egui::Vec2 = egui::vec2(1180.0, 760.0);
pub const SMALLEST_WINDOW_SIZE: egui::Vec2 = egui::vec2(860.0, 540.0);
/// Room left on screen for the title bar and a taskbar or dock, in points.
const SCREEN_FURNITURE: egui::Vec2 = egui::vec2(16.0, 64.0);

/// The size and place of a first window that would not fit on a screen of `monitor` points,
/// or `None` when it fits.
pub fn fitted_window(monitor: egui::Vec2) -> Option<(egui::Vec2, egui::Pos2)> {
    let room = monitor - SCREEN_FURNITURE;
    if FIRST_WINDOW_SIZE.x <= room.x && FIRST_WINDOW_SIZE.y <= room.y {
        return None;
    }
    let size = FIRST_WINDOW_SIZE.min(room).max(SMALLEST_WINDOW_SIZE);
    // Centred across, near the top: the taskbar is usually at the bottom.
    let position = egui::pos2(((monitor.x - size.x) / 2.0).max(0.0), 0.0);
    Some((size, position))
}

/// The tray's name and menu, in the merchant's language.
fn tray_labels() -> TrayLabels {
    TrayLabels {
        title: super::app_title(),
        open: crate::fl!("tray-open", app = (super::app_title())),
        refresh: crate::fl!("tray-refresh"),
        pause: crate::fl!("tray-pause"),
        resume: crate::fl!("tray-resume"),
        quit: crate::fl!("tray-quit"),
    }
}

impl ReviewApp {
    /// After a language switch: the window's title and the tray's menu speak the new language
    /// (the rest of the window follows on its next frame; the tooltip with the next status).
    pub(super) fn retitle(&mut self, ctx: &egui::Context) {
        ctx.send_viewport_cmd(egui::ViewportCommand::Title(super::app_title()));
        if let Some(tray) = self.tray.as_mut() {
            tray.relabel(tray_labels());
        }
    }

    /// Shows the window, restored and focused (focus on the next frame: a hidden or minimised
    /// window cannot take it yet).
    pub(super) fn bring_forward(&mut self, ctx: &egui::Context) {
        ctx.send_viewport_cmd(egui::ViewportCommand::Visible(true));
        ctx.send_viewport_cmd(egui::ViewportCommand::Minimized(false));
        self.focus_next_frame = true;
        ctx.request_repaint();
    }

    /// The merchant clicked the alert about an order: the window comes forward with the order
    /// in the form, from its own account.
    pub(super) fn alert_clicked(
        &mut self,
        ctx: &egui::Context,
        account_id: String,
        order_id: String,
    ) {
        self.bring_forward(ctx);
        self.state.tab = Tab::Answer;
        let listed = self
            .state
            .orders
            .accounts
            .get(&account_id)
            .and_then(|a| a.orders.iter().find(|o| o.id == order_id).cloned());
        match listed {
            Some(order) => self.apply(ctx, Action::ChooseOrder { account_id, order }),
            None => {
                // Gone from the list meanwhile: read it, to say what became of it.
                if let Some(account) = self.account_by_id(&account_id) {
                    self.open(account);
                }
                self.state.form.order_id = order_id;
                self.look_up_order();
            }
        }
    }

    /// A later launch handed over to this app: show the window (unless it was a login start),
    /// switch to practice mode and open the order, as that launch was asked to.
    pub(super) fn follow_later_launches(&mut self, ctx: &egui::Context) {
        let requests: Vec<crate::instance::Request> = self
            .later_launches
            .as_ref()
            .map(|received| received.try_iter().collect())
            .unwrap_or_default();
        for request in requests {
            tracing::info!(
                "a later launch asked: show {}, practice {}, order {:?}",
                request.show,
                request.practice,
                request.order_id
            );
            if request.show {
                self.bring_forward(ctx);
            }
            // Already in practice, nothing to switch (and an answer being sent stays so).
            let in_practice = self
                .state
                .active
                .as_ref()
                .is_some_and(|a| a.account.is_practice());
            if request.practice && !in_practice {
                self.apply(ctx, Action::StartPractice);
            }
            if let Some(order_id) = request.order_id {
                self.open_order(ctx, order_id);
            }
        }
    }

    /// Opens `order_id` in the form: from the account whose list has it, else read from the
    /// account in use.
    pub(super) fn open_order(&mut self, ctx: &egui::Context, order_id: String) {
        self.state.tab = Tab::Answer;
        let listed = self
            .state
            .orders
            .accounts
            .iter()
            .find_map(|(account_id, a)| {
                a.orders
                    .iter()
                    .find(|o| o.id == order_id)
                    .map(|order| (account_id.clone(), order.clone()))
            });
        match listed {
            Some((account_id, order)) => self.apply(ctx, Action::ChooseOrder { account_id, order }),
            None => {
                self.state.form.order_id = order_id;
                self.look_up_order();
            }
        }
    }

    /// Creates the tray icon once the window is up (not before: it talks to D-Bus on Linux).
    pub(super) fn start_tray(&mut self, ctx: &egui::Context) {
        if !std::mem::take(&mut self.wants_tray) {
            return;
        }
        // macOS: brought to the front from the Dock, Cmd-Tab or a notification, the window
        // comes back (listened for from now on: the launch itself activates the app).
        let wake = ctx.clone();
        self.activation = crate::platform::activation::on_activate(move || {
            wake.send_viewport_cmd(egui::ViewportCommand::Visible(true));
            wake.send_viewport_cmd(egui::ViewportCommand::Minimized(false));
            wake.send_viewport_cmd(egui::ViewportCommand::Focus);
            wake.request_repaint();
        });
        let (commands, received) = std::sync::mpsc::channel();
        let wake = ctx.clone();
        let labels = tray_labels();
        let on_command = move |command: TrayCommand| {
            let _ = commands.send(command);
            wake.request_repaint();
        };
        match Tray::new(&self.tray_tooltip(), labels, on_command) {
            Ok(tray) => {
                self.tray = Some(tray);
                self.tray_commands = Some(received);
                self.send(Job::DetectTrayHost);
            }
            Err(e) => {
                tracing::info!("no tray icon: {e}");
                self.tray_found(ctx, false);
            }
        }
    }

    /// The tray's tooltip: how many requests await an answer.
    fn tray_tooltip(&self) -> String {
        let waiting = self.state.orders.awaiting();
        if self.state.orders.paused {
            crate::fl!(
                "tray-tooltip-paused",
                app = (super::app_title()),
                count = waiting
            )
        } else {
            crate::fl!("tray-tooltip", app = (super::app_title()), count = waiting)
        }
    }

    /// Carries out what the tray's menu asked, and keeps its tooltip up to date.
    pub(super) fn follow_tray(&mut self, ctx: &egui::Context) {
        let commands: Vec<TrayCommand> = self
            .tray_commands
            .as_ref()
            .map(|received| received.try_iter().collect())
            .unwrap_or_default();
        for command in commands {
            match command {
                TrayCommand::Open => self.bring_forward(ctx),
                TrayCommand::RefreshNow => self.refresh_orders(),
                TrayCommand::TogglePause => {
                    let paused = !self.state.orders.paused;
                    self.apply(ctx, Action::PauseWatching(paused));
                }
                TrayCommand::Quit => self.quit(ctx),
            }
        }
        self.state.tray_in_use = self.tray_shown();
        let tooltip = self.tray_tooltip();
        let paused = self.state.orders.paused;
        if let Some(tray) = self.tray.as_mut() {
            tray.show_status(&tooltip, paused);
        }
    }

    /// A tray icon that someone sees, and a window that can hide behind it.
    pub(super) fn tray_shown(&self) -> bool {
        self.tray.is_some()
            && self.tray_host == Some(true)
            && crate::platform::tray::windows_can_hide()
    }

    /// The tray host is known: a window started at login stays hidden behind a tray that
    /// shows, and opens as usual where none does (it could not be brought back otherwise).
    pub(super) fn tray_found(&mut self, ctx: &egui::Context, present: bool) {
        self.tray_host = Some(present);
        if self.start_hidden && !self.tray_shown() {
            self.bring_forward(ctx);
        }
    }

    /// Started at login: hidden from the first frame on, before anything is seen or focused
    /// (eframe shows a window once it has painted it; this hides it again in the same turn of
    /// the event loop). Shown again where no tray turns out to show (see `tray_found`).
    pub(super) fn hide_if_started_hidden(&mut self, ctx: &egui::Context) {
        if self.start_hidden && !self.first_frame_drawn {
            ctx.send_viewport_cmd(egui::ViewportCommand::Visible(false));
        }
    }

    /// Listens for later launches (see `instance`); each wakes the window.
    pub(super) fn listen_for_later_launches(
        &mut self,
        ctx: &egui::Context,
        instance: crate::instance::Instance,
    ) {
        let (requests, received) = std::sync::mpsc::channel();
        let wake = ctx.clone();
        let listened = instance.listen(move |request| {
            let _ = requests.send(request);
            wake.request_repaint();
        });
        match listened {
            Ok(()) => self.later_launches = Some(received),
            // The app still works; a second launch then says it could not reach this one.
            Err(e) => tracing::warn!("later launches cannot hand over: {e}"),
        }
    }

    pub(super) fn quit(&mut self, ctx: &egui::Context) {
        self.quitting = true;
        ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        ctx.request_repaint();
    }

    /// Closing the window: keep watching in the tray where one shows, else quit.
    pub(super) fn close_to_tray_if_asked(&mut self, ctx: &egui::Context) {
        if !ctx.input(|i| i.viewport().close_requested()) {
            return;
        }
        let told_before = self.state.settings.tray_notice_shown;
        match on_close(self.tray_shown(), self.quitting, told_before) {
            CloseDecision::Quit => {}
            CloseDecision::HideToTray { tell } => {
                ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
                ctx.send_viewport_cmd(egui::ViewportCommand::Visible(false));
                if tell {
                    self.state.settings.tray_notice_shown = true;
                    self.send(Job::SaveSettings(self.state.settings.clone()));
                    self.send(Job::Notify(Alert {
                        title: super::app_title(),
                        body: crate::fl!("window-closed-to-tray"),
                        sound: false,
                        urgent: false,
                    }));
                }
            }
        }
    }

    /// The first window fits the screen it opens on: a 1366×768 laptop at 125 % scaling has
    /// about 1093×614 points, less the taskbar and the title bar, and the usual size would
    /// leave the send button below the screen's edge.
    pub(super) fn fit_first_window(&mut self, ctx: &egui::Context) {
        if self.window_fitted {
            return;
        }
        let Some(monitor) = ctx.input(|i| i.viewport().monitor_size) else {
            return;
        };
        self.window_fitted = true;
        if let Some((size, position)) = fitted_window(monitor) {
            ctx.send_viewport_cmd(egui::ViewportCommand::InnerSize(size));
            ctx.send_viewport_cmd(egui::ViewportCommand::OuterPosition(position));
        }
    }

    /// Focus follows a bring-forward by one frame.
    pub(super) fn focus_if_asked(&mut self, ctx: &egui::Context) {
        if std::mem::take(&mut self.focus_next_frame) {
            ctx.send_viewport_cmd(egui::ViewportCommand::Focus);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_window_fits_a_small_laptop_screen_at_100_and_125_percent() {
        assert_eq!(fitted_window(egui::vec2(1920.0, 1080.0)), None);
        assert_eq!(fitted_window(egui::vec2(1280.0, 900.0)), None);
        for monitor in [
            egui::vec2(1366.0, 768.0),
            egui::vec2(1366.0 / 1.25, 768.0 / 1.25),
        ] {
            let (size, position) = fitted_window(monitor).expect("too big as it is");
            let bottom = position.y + size.y + SCREEN_FURNITURE.y;
            assert!(bottom <= monitor.y + 1.0, "{monitor:?}: bottom at {bottom}");
            assert!(position.x + size.x <= monitor.x, "{monitor:?}");
            assert!(size.x >= SMALLEST_WINDOW_SIZE.x && size.y >= SMALLEST_WINDOW_SIZE.y);
        }
    }

    #[test]
    fn closing_hides_to_the_tray_only_where_a_tray_shows_and_quit_always_quits() {
        assert_eq!(
            on_close(true, false, false),
            CloseDecision::HideToTray { tell: true },
            "the first time, with a one-line notice"
        );
        assert_eq!(
            on_close(true, false, true),
            CloseDecision::HideToTray { tell: false }
        );
        assert_eq!(
            on_close(false, false, false),
            CloseDecision::Quit,
            "no tray host (GNOME without its extension, a bare session): closing quits"
        );
        assert_eq!(on_close(true, true, false), CloseDecision::Quit);
        assert_eq!(on_close(false, true, true), CloseDecision::Quit);
    }
}
