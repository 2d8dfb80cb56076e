//! Applying what the worker reports: each event updates the state the views read.

use eframe::egui;

use super::super::state::{Connection, Submission, Tab};
use super::{ReviewApp, add_checked_proof, forget_secret_field};
use crate::accounts::AccountChange;
use crate::history::Outcome;
use crate::secrets::SecretError;
use crate::worker::{Event, Job};

impl ReviewApp {
    pub(super) fn handle(&mut self, ctx: &egui::Context, event: Event) {
        let state = &mut self.state;
        match event {
            Event::KeyringStatus(status) => state.keyring = Some(status),
            Event::AccountOpened { account } => {
                if let Some(active) = state.active.as_mut().filter(|a| a.account.id == account.id) {
                    active.connection = Connection::Ready;
                }
            }
            Event::AccountFailed {
                account_id,
                message,
            } => {
                // The account in use says it in the window; a watched one on its own line.
                if let Some(active) = state.active.as_mut().filter(|a| a.account.id == account_id) {
                    active.connection = Connection::Failed(message.clone());
                    if state.submission.is_running() {
                        state.submission = Submission::Idle;
                    }
                    state.problem(message);
                }
            }
            Event::KeySaved {
                account,
                session_only,
            } => {
                state.account_dialog = None;
                forget_secret_field(ctx);
                state.accounts.upsert(account.clone());
                state.accounts.selected = Some(account.id.clone());
                state.notice(if session_only {
                    crate::fl!(
                        "notice-key-kept-for-session",
                        account = (account.display_name())
                    )
                } else {
                    crate::fl!("notice-key-saved", account = (account.display_name()))
                });
                state.tab = Tab::Answer;
                // The worker opens the client right after saving the key.
                self.switch_to(account.clone());
                self.update_accounts(AccountChange::Add(account.clone()));
                self.update_accounts(AccountChange::Select(account.id));
            }
            Event::KeyNotSaved { error, .. } => {
                if let Some(dialog) = state.account_dialog.as_mut() {
                    dialog.saving = false;
                    match error {
                        SecretError::Unavailable(why) => dialog.keyring_unavailable = Some(why),
                        other => dialog.problem = Some(other.to_string()),
                    }
                }
            }
            Event::KeyDeleted { account_id, result } => match result {
                Ok(()) => state.notice(crate::fl!("notice-key-removed", account = account_id)),
                Err(e) => state.problem(crate::fl!(
                    "notice-key-not-removed",
                    error = (e.to_string())
                )),
            },
            Event::AccountsChanged(book) => {
                let watched_before = state.accounts.accounts.clone();
                state.accounts = book;
                if state.accounts.accounts != watched_before {
                    self.watch_accounts();
                }
            }
            Event::AccountsNotSaved(message) => state.problem(message),
            Event::ProofsChecked(checked) => {
                state.form.checking_files = false;
                for proof in checked {
                    add_checked_proof(ctx, state, proof);
                }
            }
            Event::NoFilesPicked => {
                state.form.checking_files = false;
                state.form.hint = Some(crate::fl!("notice-no-file-chosen"));
            }
            Event::Progress(step) => {
                if let Submission::Running { progress, .. } = &mut state.submission {
                    *progress = Some(step);
                }
            }
            Event::Submitted(report) => {
                if let Submission::Running { review, .. } = std::mem::take(&mut state.submission) {
                    if report.outcome == Outcome::Accepted {
                        state.form = Default::default();
                    }
                    state.submission = Submission::Finished { review, report };
                    state.focus_result = true;
                }
                self.reload_history();
                // The answered order leaves the list (or stays, if refused): show what is true now.
                self.send(Job::RefreshNow);
                if let Some(view) = self.state.detail.as_mut() {
                    view.problem = None;
                    let order_id = view.order_id.clone();
                    if let Some(active) = self.state.active.clone() {
                        view.loading = true;
                        self.send(Job::LoadOrder {
                            account_id: active.account.id,
                            order_id,
                        });
                    }
                }
            }
            Event::HistoryPage {
                filter,
                offset,
                total,
                entries,
            } => {
                let history = &mut state.history;
                // A page the view has scrolled away from since it was asked for is not kept.
                if filter == history.shown_filter && history.requested_pages.contains(&offset) {
                    history.total = Some(total);
                    history.problem = None;
                    for (i, entry) in entries.into_iter().enumerate() {
                        history.rows.insert(offset + i as u64, entry);
                    }
                }
            }
            Event::HistoryUnavailable(message) => {
                if state.submission.is_running() {
                    state.submission = Submission::Idle;
                    state.problem(message.clone());
                }
                state.history.problem = Some(message);
                state.history.total.get_or_insert(0);
            }
            Event::Watched {
                account_id,
                result,
                asked,
                unread,
            } => {
                if asked {
                    state.orders.refreshing.remove(&account_id);
                }
                state.orders.slowing_down = None;
                match result {
                    Ok(list) => {
                        self.orders_listed(&account_id, list, unread);
                        // The watch saw a change: the open order's chat is read again too.
                        let open = self.state.detail.as_ref().map(|d| d.order_id.clone());
                        let on_this_account = self
                            .state
                            .active
                            .as_ref()
                            .is_some_and(|a| a.account.id == account_id);
                        if let (Some(order_id), true) = (open, on_this_account) {
                            self.send(Job::LoadOrder {
                                account_id: account_id.clone(),
                                order_id,
                            });
                        }
                    }
                    Err(problem) => {
                        if let Some(account) = state.orders.accounts.get_mut(&account_id) {
                            account.problem = Some(problem);
                        }
                    }
                }
            }
            Event::WatchSlowed {
                account_id,
                every,
                lasting,
            } => {
                let account = state
                    .orders
                    .accounts
                    .get(&account_id)
                    .map(|a| a.account.display_name())
                    .unwrap_or_default();
                state.notice(crate::fl!(
                    "notice-watch-slowed",
                    account = account,
                    seconds = (every.as_secs()),
                    minutes = (lasting.as_secs() / 60)
                ));
            }
            Event::HostPaused {
                account_id,
                host,
                until_ms,
                asked,
            } => {
                if asked {
                    state.orders.refreshing.remove(&account_id);
                }
                state.orders.host_paused = Some((host, until_ms));
            }
            Event::AlertClicked {
                account_id,
                order_id,
            } => self.alert_clicked(ctx, account_id, order_id),
            Event::TrayHost(present) => self.tray_found(ctx, present),
            Event::StartAtLogin(result) => match result {
                Ok(enabled) => state.start_at_login = Some(enabled),
                Err(e) => state.problem(crate::fl!(
                    "notice-start-at-login-failed",
                    error = (e.to_string())
                )),
            },
            Event::OrderLoaded {
                account_id,
                order_id,
                result,
            } => {
                let active = state
                    .active
                    .as_ref()
                    .is_some_and(|a| a.account.id == account_id);
                if let Some(view) = state
                    .detail
                    .as_mut()
                    .filter(|d| active && d.order_id == order_id)
                {
                    view.loading = false;
                    view.read_at = std::time::Instant::now();
                    match result {
                        Ok(order) => {
                            view.detail = Some(order);
                            view.problem = None;
                        }
                        Err(problem) => view.problem = Some(problem),
                    }
                }
            }
            Event::DecisionRead {
                account_id,
                order_id,
                data,
            } => {
                let active = state
                    .active
                    .as_ref()
                    .is_some_and(|a| a.account.id == account_id);
                if let Some(view) = state
                    .detail
                    .as_mut()
                    .filter(|d| active && d.order_id == order_id)
                {
                    view.decision = Some(data);
                }
            }
            Event::EarlierChat { order_id, result } => {
                if let Some(view) = state.detail.as_mut().filter(|d| d.order_id == order_id) {
                    view.loading_earlier = false;
                    if let Some(decision) = view.decision.as_mut() {
                        match (result, decision.chat.as_mut()) {
                            (Ok((mut earlier, more)), Ok(chat)) => {
                                earlier.retain(|m| chat.iter().all(|c| c.id != m.id));
                                earlier.append(chat);
                                *chat = earlier;
                                decision.more_chat = more;
                            }
                            (Err(problem), _) => state.problem(problem),
                            _ => {}
                        }
                    }
                }
            }
            Event::ChatPicture {
                order_id,
                message_id,
                picture,
            } => {
                if let Some(view) = state.detail.as_mut().filter(|d| d.order_id == order_id) {
                    let texture = ctx.load_texture(
                        format!("chat-{message_id}"),
                        picture,
                        egui::TextureOptions::LINEAR,
                    );
                    view.pictures.insert(message_id, texture);
                }
            }
            Event::ConnectionChecked { account, report } => {
                if let Some(check) = state.check.as_mut().filter(|c| c.account.id == account.id) {
                    check.report = Some(report);
                }
            }
            Event::ClockOffset {
                account_id,
                offset_ms,
            } => {
                state.clock_offsets.insert(account_id, offset_ms);
            }
            Event::SlowingDown { account_id, wait } => {
                let active = state
                    .active
                    .as_ref()
                    .is_some_and(|a| a.account.id == account_id);
                match &mut state.submission {
                    Submission::Running { progress, .. } if active => {
                        *progress = Some(crate::submit::Progress::SlowingDown { wait });
                    }
                    _ if active => {
                        state.orders.slowing_down = Some(crate::submit::slowing_down(wait));
                    }
                    _ => {}
                }
            }
            Event::HistoryRecovered(notice) => state.problem(notice),
            Event::SettingsNotSaved(message) => {
                state.problem(crate::fl!("notice-settings-not-saved", error = message))
            }
            Event::Diagnostics(report) => {
                ctx.copy_text(report);
                state.notice(crate::fl!("notice-diagnostics-copied"));
            }
            Event::Exported { path, rows } => state.notice(crate::fl!(
                "notice-exported",
                count = rows,
                path = (path.display().to_string())
            )),
            Event::ExportFailed(message) => {
                state.problem(crate::fl!("notice-export-failed", error = message))
            }
            Event::FolderNotOpened { path, error } => state.problem(crate::fl!(
                "notice-folder-not-opened",
                error = (error.to_string()),
                path = (path.display().to_string())
            )),
        }
    }
}
