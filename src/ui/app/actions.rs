//! Applying what the views ask for: each action changes the state or sends a job.

use eframe::egui;
use secrecy::SecretString;

use super::super::state::{
    AccountDialog, Action, CheckView, Connection, DetailView, ProofItem, Submission, Tab,
};
use super::{ReviewApp, forget_secret_field};
use crate::accounts::{Account, AccountChange};
use crate::bybit::Credentials;
use crate::review::{Decision, check_proof_url};
use crate::worker::Job;

impl ReviewApp {
    pub(super) fn apply(&mut self, ctx: &egui::Context, action: Action) {
        match action {
            Action::StartPractice => {
                self.state.tab = Tab::Answer;
                self.open(Account::practice());
                if !self.state.practice_on {
                    self.state.practice_on = true;
                    self.watch_accounts();
                }
            }
            Action::OpenAccountDialog => {
                let unavailable = self.state.keyring.clone().and_then(Result::err);
                self.state.account_dialog = Some(AccountDialog {
                    keyring_unavailable: unavailable,
                    ..Default::default()
                });
            }
            Action::CloseAccountDialog => {
                self.state.account_dialog = None;
                forget_secret_field(ctx);
            }
            Action::SaveNewAccount { session_only } => self.save_new_account(session_only),
            Action::SelectAccount(id) => {
                if let Some(account) = self.state.accounts.find(&id).cloned() {
                    self.state.accounts.selected = Some(id.clone());
                    self.update_accounts(AccountChange::Select(id));
                    self.open(account);
                }
            }
            Action::DeleteAccount(id) => {
                if let Some(account) = self.state.accounts.find(&id).cloned() {
                    self.state.accounts.remove(&id);
                    self.update_accounts(AccountChange::Remove(id.clone()));
                    self.send(Job::DeleteKey(account));
                    if let Some(dialog) = self.state.account_dialog.as_mut() {
                        dialog.confirm_delete = None;
                    }
                    if self
                        .state
                        .active
                        .as_ref()
                        .is_some_and(|a| a.account.id == id)
                    {
                        self.state.active = None;
                        if let Some(next) = self.state.accounts.accounts.first().cloned() {
                            self.open(next);
                        }
                    }
                }
            }
            Action::ShowTab(tab) => self.state.tab = tab,
            Action::PickProofFiles => {
                self.state.form.proof_problems.clear();
                self.state.form.hint = None;
                self.state.form.checking_files = true;
                let dialog = self.proof_files_dialog();
                self.send(Job::PickProofFiles(dialog));
            }
            Action::AddProofFiles(paths) => {
                self.state.form.proof_problems.clear();
                self.state.form.hint = None;
                match self.state.form.decision {
                    None => self.state.form.decision = Some(Decision::Reject),
                    Some(Decision::Pass) => self
                        .state
                        .notice(crate::fl!("notice-proofs-only-when-refusing")),
                    Some(Decision::Reject) => {}
                }
                self.state.form.checking_files = true;
                self.send(Job::CheckProofFiles(paths));
            }
            Action::AddLinks => self.add_links(),
            Action::RemoveProof(index) => {
                if index < self.state.form.proofs.len() {
                    self.state.form.proofs.remove(index);
                }
            }
            Action::ReviewAndSend => self.review_and_send(),
            Action::StopUpload => self.send(Job::StopUpload),
            Action::UseChatFileAsProof(path) => {
                let form = &mut self.state.form;
                if !form
                    .proofs
                    .iter()
                    .any(|p| matches!(p, ProofItem::Link(u) if *u == path))
                {
                    form.proofs.push(ProofItem::Link(path));
                }
                form.decision = Some(Decision::Reject);
                form.errors
                    .retain(|e| e.field != crate::review::Field::Proofs);
            }
            Action::LoadEarlierChat => self.load_earlier_chat(),
            Action::ConfirmSend => self.confirm_send(),
            Action::CancelConfirm => self.state.confirm = None,
            Action::SendAgain => {
                if let Submission::Finished { review, .. } = &self.state.submission {
                    // Irreversible: it goes through the confirmation again.
                    self.state.confirm = Some(review.clone());
                }
            }
            Action::StartNewAnswer => {
                self.state.form = Default::default();
                self.state.submission = Submission::Idle;
            }
            Action::HistoryFilterChanged => self.reload_history(),
            Action::HistoryNeedRows(offset) => self.apply_history_need(offset),
            Action::HistoryScrolledTo(first_row) => self.state.history.keep_near(first_row),
            Action::OpenHistoryEntry(entry) => self.state.history.open_entry = Some(entry),
            Action::CloseHistoryEntry => self.state.history.open_entry = None,
            Action::ExportHistory => {
                let filter = self.state.history.shown_filter.clone();
                let dialog = self.export_dialog();
                self.send(Job::ExportHistory { filter, dialog });
            }
            Action::RefreshOrders => self.refresh_orders(),
            Action::ChooseOrder { account_id, order } => {
                self.state
                    .orders
                    .unseen
                    .remove(&(account_id.clone(), order.id.clone()));
                // The answer goes from the order's own account.
                let other_account = self
                    .state
                    .active
                    .as_ref()
                    .is_none_or(|a| a.account.id != account_id);
                if other_account && let Some(account) = self.account_by_id(&account_id) {
                    self.open(account);
                }
                if self.state.form.order_id.trim() != order.id {
                    self.state.submission = Submission::Idle;
                }
                self.state.form.order_id = order.id.clone();
                self.state
                    .form
                    .errors
                    .retain(|e| e.field != crate::review::Field::OrderId);
                let read_at = self
                    .state
                    .orders
                    .accounts
                    .get(&account_id)
                    .map_or_else(std::time::Instant::now, |a| a.read_at);
                let order_id = order.id.clone();
                self.state.detail = Some(DetailView {
                    order_id: order_id.clone(),
                    detail: Some(order),
                    read_at,
                    loading: false,
                    problem: None,
                    decision: None,
                    pictures: Default::default(),
                    loading_earlier: false,
                });
                self.state.form.refund_received = false;
                // Read again, with the chat and the seller's record around it.
                self.send(Job::LoadOrder {
                    account_id,
                    order_id,
                });
            }
            Action::LookUpOrder => self.look_up_order(),
            Action::SetWatchInterval(every) => {
                self.state.orders.interval = every;
                self.send_schedule();
                self.state.settings.watch_every_secs = Some(every.as_secs());
                self.send(Job::SaveSettings(self.state.settings.clone()));
            }
            Action::PauseWatching(paused) => {
                self.state.orders.paused = paused;
                self.send_schedule();
            }
            Action::SetAlertSound(on) => {
                self.state.settings.alert_sound = on;
                self.send(Job::SaveSettings(self.state.settings.clone()));
            }
            Action::TestConnection(account) => {
                self.state.check = Some(CheckView {
                    account: account.clone(),
                    report: None,
                });
                self.send(Job::TestConnection(account));
            }
            Action::CloseCheck => self.state.check = None,
            Action::OpenSettings => self.state.settings_open = true,
            Action::CloseSettings => self.state.settings_open = false,
            Action::SetAnswerTimeout(seconds) => {
                self.state.settings.answer_timeout_secs = seconds;
                self.send(Job::SaveSettings(self.state.settings.clone()));
            }
            Action::CopyDiagnostics => {
                let summary = self.diagnostics_summary();
                self.send(Job::CollectDiagnostics { summary });
            }
            Action::SimulateTrouble(trouble) => {
                self.state.trouble = trouble;
                self.send(Job::SimulateTrouble(trouble));
            }
            Action::OpenAbout => {
                self.state.settings_open = false;
                self.state.about_open = true;
            }
            Action::CloseAbout => self.state.about_open = false,
            Action::SetStartAtLogin(enabled) => self.send(Job::SetStartAtLogin(enabled)),
            Action::Quit => self.quit(ctx),
            Action::SetLanguage(language) => {
                let speak = language.unwrap_or_else(crate::i18n::system);
                crate::i18n::set(speak);
                super::super::fonts::follow_language(ctx, speak);
                self.retitle(ctx);
                self.state.settings.language = language.map(|l| l.tag.to_owned());
                self.send(Job::SaveSettings(self.state.settings.clone()));
                ctx.request_repaint();
            }
            Action::OpenFolder(path) => self.send(Job::OpenFolder(path)),
            Action::DismissNotice(index) => {
                if index < self.state.notices.len() {
                    self.state.notices.remove(index);
                }
            }
        }
    }

    /// A saved account, or the practice account.
    pub(super) fn account_by_id(&self, id: &str) -> Option<Account> {
        if id == crate::accounts::PRACTICE_ACCOUNT_ID {
            return Some(Account::practice());
        }
        self.state.accounts.find(id).cloned()
    }

    pub(super) fn save_new_account(&mut self, session_only: bool) {
        let Some(dialog) = self.state.account_dialog.as_mut() else {
            return;
        };
        let account = match (
            self.state.accounts.new_account(
                &dialog.name,
                dialog
                    .environment
                    .unwrap_or(crate::bybit::Environment::Mainnet),
            ),
            dialog.environment,
        ) {
            (Err(problem), _) => Err(problem),
            (Ok(_), None) => Err(crate::fl!("accounts-choose-environment")),
            (Ok(account), Some(_)) if dialog.api_key.trim().is_empty() => {
                let _ = account;
                Err(crate::fl!("accounts-paste-key"))
            }
            (Ok(_), Some(_)) if dialog.api_secret.trim().is_empty() => {
                Err(crate::fl!("accounts-paste-secret"))
            }
            (Ok(account), Some(_)) => Ok(account),
        };
        match account {
            Err(problem) => dialog.problem = Some(problem),
            Ok(account) => {
                dialog.problem = None;
                dialog.saving = true;
                let credentials = Credentials::new(
                    dialog.api_key.clone(),
                    SecretString::from(dialog.api_secret.trim().to_owned()),
                );
                self.send(Job::SaveKey {
                    account,
                    credentials,
                    session_only,
                });
            }
        }
    }

    fn load_earlier_chat(&mut self) {
        let (Some(active), Some(view)) = (self.state.active.clone(), self.state.detail.as_mut())
        else {
            return;
        };
        let (Some(order), Some(oldest)) = (
            view.detail.clone(),
            view.decision
                .as_ref()
                .and_then(|d| d.chat.as_ref().ok())
                .and_then(|chat| chat.iter().filter_map(|m| m.id.parse::<i64>().ok()).min()),
        ) else {
            return;
        };
        view.loading_earlier = true;
        self.send(Job::LoadEarlierChat {
            account_id: active.account.id,
            order: Box::new(order),
            before_id: oldest,
        });
    }

    pub(super) fn add_links(&mut self) {
        let form = &mut self.state.form;
        form.proof_problems.clear();
        let mut rejected = Vec::new();
        for piece in form
            .link_input
            .split(|c: char| c.is_whitespace() || c == ',')
            .filter(|p| !p.is_empty())
        {
            match check_proof_url(piece) {
                Ok(url) => {
                    if !form
                        .proofs
                        .iter()
                        .any(|p| matches!(p, ProofItem::Link(u) if *u == url))
                    {
                        form.proofs.push(ProofItem::Link(url));
                    }
                }
                Err(problem) => {
                    form.proof_problems.push(problem);
                    rejected.push(piece.to_owned());
                }
            }
        }
        form.link_input = rejected.join(" ");
    }

    pub(super) fn review_and_send(&mut self) {
        let ready = matches!(
            self.state.active.as_ref().map(|a| &a.connection),
            Some(Connection::Ready)
        );
        match self.state.form.draft().validate() {
            Err(errors) => {
                self.state.form.focus = errors.first().map(|e| e.field);
                self.state.form.errors = errors;
            }
            Ok(_) if !ready => self.state.problem(crate::fl!("notice-account-not-open")),
            Ok(review) => {
                self.state.form.errors.clear();
                self.state.confirm = Some(review);
            }
        }
    }

    pub(super) fn confirm_send(&mut self) {
        let (Some(review), Some(active)) = (self.state.confirm.take(), self.state.active.clone())
        else {
            return;
        };
        if self.state.submission.is_running() {
            return;
        }
        self.state.submission = Submission::Running {
            review: review.clone(),
            progress: None,
        };
        self.send(Job::Submit {
            account_id: active.account.id,
            review,
        });
    }

    /// Reads the details of the order typed in the form, if it is a valid number not shown yet.
    pub(super) fn look_up_order(&mut self) {
        let Ok(order_id) = crate::review::check_order_id(&self.state.form.order_id) else {
            return;
        };
        let Some(active) = self.state.active.clone() else {
            return;
        };
        if self
            .state
            .detail
            .as_ref()
            .is_some_and(|d| d.order_id == order_id && d.problem.is_none())
        {
            return;
        }
        self.state.detail = Some(DetailView {
            order_id: order_id.clone(),
            detail: None,
            read_at: std::time::Instant::now(),
            loading: true,
            problem: None,
            decision: None,
            pictures: Default::default(),
            loading_earlier: false,
        });
        self.state.form.refund_received = false;
        self.send(Job::LoadOrder {
            account_id: active.account.id,
            order_id,
        });
    }

    /// What the window knows for a support message: environment, account name (never its
    /// key), connection, clock, settings.
    pub(super) fn diagnostics_summary(&self) -> String {
        let state = &self.state;
        let account = match &state.active {
            Some(a) => {
                let connection = match &a.connection {
                    Connection::Opening => "opening".to_owned(),
                    Connection::Ready => "connected".to_owned(),
                    Connection::Failed(why) => format!("not connected: {why}"),
                };
                format!(
                    "{} on {}, {connection}",
                    a.account.name,
                    a.account.environment.label()
                )
            }
            None => "no account open".to_owned(),
        };
        format!(
            "Account: {account}\nClock offset to Bybit: {}\nAnswer timeout: {} s\nWatching: {}\nOrders listed: {}",
            state
                .clock_offset_ms()
                .map(|ms| format!("{ms} ms"))
                .unwrap_or_else(|| "not measured".into()),
            state.settings.answer_timeout_secs,
            if state.orders.paused {
                "paused".to_owned()
            } else {
                format!(
                    "{} accounts every {} s",
                    state.orders.accounts.len(),
                    state.orders.interval.as_secs()
                )
            },
            state.orders.awaiting(),
        )
    }
}
