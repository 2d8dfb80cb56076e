//! Adding and removing accounts. The secret field is masked, and its text is wiped as soon as
//! it is handed to the worker: after saving, the secret is never shown again.

use eframe::egui::{self, RichText};

use super::state::{AccountDialog, Action, AppState};
use super::style::{self, Tone};
use crate::bybit::Environment;

/// Environments a merchant can add a key for (practice needs none).
fn key_environments() -> impl Iterator<Item = Environment> {
    Environment::ALL
        .into_iter()
        .filter(|e| *e != Environment::Practice)
}

pub const SECRET_FIELD_ID: &str = "api-secret-field";

pub fn show(ctx: &egui::Context, state: &mut AppState, actions: &mut Vec<Action>) {
    let accounts = state.accounts.accounts.clone();
    let Some(dialog) = state.account_dialog.as_mut() else {
        return;
    };
    let modal = egui::Modal::new(egui::Id::unique("accounts-dialog")).show(ctx, |ui| {
        style::dialog(ui, 520.0, |ui| {
            ui.heading(crate::fl!("accounts-title"));
            if !accounts.is_empty() {
                ui.add_space(4.0);
                for account in &accounts {
                    ui.horizontal(|ui| {
                        ui.label(RichText::new(&account.name).strong());
                        ui.label(RichText::new(account.environment.label()).weak());
                        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                            if dialog.confirm_delete.as_deref() == Some(account.id.as_str()) {
                                if ui
                                    .button(crate::fl!(
                                        "accounts-delete-confirm",
                                        account = (account.name.as_str())
                                    ))
                                    .clicked()
                                {
                                    actions.push(Action::DeleteAccount(account.id.clone()));
                                }
                                if ui.button(crate::fl!("accounts-keep")).clicked() {
                                    dialog.confirm_delete = None;
                                }
                            } else {
                                if ui
                                    .button(crate::fl!(
                                        "accounts-delete",
                                        account = (account.name.as_str())
                                    ))
                                    .clicked()
                                {
                                    dialog.confirm_delete = Some(account.id.clone());
                                }
                                if ui
                                    .button(crate::fl!(
                                        "accounts-test",
                                        account = (account.name.as_str())
                                    ))
                                    .clicked()
                                {
                                    actions.push(Action::TestConnection(account.clone()));
                                }
                            }
                        });
                    });
                }
                ui.separator();
            }
            ui.label(RichText::new(crate::fl!("accounts-add")).strong());
            ui.label(RichText::new(crate::fl!("accounts-add-how")).small().weak());
            add_form(ui, dialog, actions);
        });
    });
    if modal.should_close() && !dialog.saving {
        actions.push(Action::CloseAccountDialog);
    }
}

fn add_form(ui: &mut egui::Ui, dialog: &mut AccountDialog, actions: &mut Vec<Action>) {
    egui::Grid::new("add-account")
        .num_columns(2)
        .spacing([12.0, 10.0])
        .show(ui, |ui| {
            let label = ui.label(crate::fl!("accounts-name"));
            ui.add(
                egui::TextEdit::singleline(&mut dialog.name)
                    .hint_text(crate::fl!("accounts-name-hint"))
                    .desired_width(300.0),
            )
            .labelled_by(label.id);
            ui.end_row();

            let label = ui.label(crate::fl!("accounts-environment"));
            egui::ComboBox::from_id_salt("new-account-environment")
                .selected_text(
                    dialog
                        .environment
                        .map(|e| e.label().to_string())
                        .unwrap_or_else(|| crate::fl!("accounts-environment-choose")),
                )
                .width(300.0)
                .show_ui(ui, |ui| {
                    for environment in key_environments() {
                        ui.selectable_value(
                            &mut dialog.environment,
                            Some(environment),
                            environment.label(),
                        );
                    }
                })
                .response
                .labelled_by(label.id);
            ui.end_row();

            let label = ui.label(crate::fl!("accounts-api-key"));
            ui.add(egui::TextEdit::singleline(&mut dialog.api_key).desired_width(300.0))
                .labelled_by(label.id);
            ui.end_row();

            let label = ui.label(crate::fl!("accounts-api-secret"));
            ui.add(
                egui::TextEdit::singleline(&mut *dialog.api_secret)
                    .id(egui::Id::unique(SECRET_FIELD_ID))
                    .password(true)
                    .desired_width(300.0),
            )
            .labelled_by(label.id);
            ui.end_row();
        });
    if let Some(problem) = &dialog.problem {
        ui.label(RichText::new(problem).color(style::error_color(ui)));
    }
    if let Some(why) = &dialog.keyring_unavailable {
        style::tone_frame(ui, Tone::Unsure).show(ui, |ui| {
            ui.label(style::tone_text(ui, Tone::Unsure, why.clone()));
        });
    }
    ui.add_space(6.0);
    ui.horizontal(|ui| {
        if dialog.saving {
            ui.spinner();
            ui.label(crate::fl!("accounts-saving"));
            return;
        }
        if ui
            .add(
                style::primary_button(&crate::fl!("accounts-save"))
                    .min_size(egui::vec2(180.0, 38.0)),
            )
            .clicked()
        {
            actions.push(Action::SaveNewAccount {
                session_only: false,
            });
        }
        if dialog.keyring_unavailable.is_some()
            && ui.button(crate::fl!("accounts-save-for-session")).clicked()
        {
            actions.push(Action::SaveNewAccount { session_only: true });
        }
        if ui.button(crate::fl!("accounts-close")).clicked() {
            actions.push(Action::CloseAccountDialog);
        }
    });
}
