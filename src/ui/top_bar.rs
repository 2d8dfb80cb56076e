//! The bar across the top: the app, the environment in use (always visible), the account and
//! its connection; below, the two views and the app's own buttons.

use eframe::egui::{self, RichText};

use super::state::{Action, AppState, Connection, Tab};
use super::style;
use crate::accounts::{Account, PRACTICE_ACCOUNT_ID};

pub fn show(ui: &mut egui::Ui, state: &AppState, actions: &mut Vec<Action>) {
    // First row: who and where (wrapping, in languages with long words or zoomed in).
    ui.horizontal_wrapped(|ui| {
        ui.heading(RichText::new(super::app_title()).strong());
        ui.add_space(8.0);
        if let Some(active) = &state.active {
            environment_badge(ui, active.account.environment);
            ui.add_space(8.0);
            account_picker(ui, state, &active.account, actions);
            match &active.connection {
                Connection::Opening => {
                    ui.spinner();
                    ui.label(crate::fl!("top-opening-account"));
                }
                Connection::Ready => {}
                Connection::Failed(_) => {
                    ui.label(
                        RichText::new(crate::fl!("top-not-connected"))
                            .color(style::error_color(ui)),
                    );
                }
            }
            if ui.button(crate::fl!("top-test-connection")).clicked() {
                actions.push(Action::TestConnection(active.account.clone()));
            }
        }
    });
    // Second row: the two views on the left, the app's own buttons on the right.
    ui.horizontal(|ui| {
        if state.active.is_some() {
            tabs(ui, state, actions);
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if state.tray_in_use && ui.button(crate::fl!("top-quit")).clicked() {
                actions.push(Action::Quit);
            }
            if ui.button(crate::fl!("top-about")).clicked() {
                actions.push(Action::OpenAbout);
            }
            if ui.button(crate::fl!("top-accounts")).clicked() {
                actions.push(Action::OpenAccountDialog);
            }
            if ui.button(crate::fl!("top-settings")).clicked() {
                actions.push(Action::OpenSettings);
            }
        });
    });
}

fn tabs(ui: &mut egui::Ui, state: &AppState, actions: &mut Vec<Action>) {
    let answer = if state.orders.unseen.is_empty() {
        crate::fl!("top-tab-answer")
    } else {
        crate::fl!("top-tab-answer-new", count = (state.orders.unseen.len()))
    };
    if ui
        .selectable_label(state.tab == Tab::Answer, answer)
        .clicked()
    {
        actions.push(Action::ShowTab(Tab::Answer));
    }
    let history = match state.history.total {
        Some(count) => crate::fl!("top-tab-history-count", count = count),
        None => crate::fl!("top-tab-history"),
    };
    if ui
        .selectable_label(state.tab == Tab::History, history)
        .clicked()
    {
        actions.push(Action::ShowTab(Tab::History));
    }
}

/// "PRACTICE · no real money" in green, "MAINNET · REAL MONEY" in red, ...
pub fn environment_badge(ui: &mut egui::Ui, environment: crate::bybit::Environment) {
    let (fill, text) = style::environment_colors(environment, ui.visuals().dark_mode);
    egui::Frame::new()
        .fill(fill)
        .corner_radius(6.0)
        .inner_margin(egui::Margin::symmetric(10, 4))
        .show(ui, |ui| {
            ui.label(
                RichText::new(style::environment_badge_text(environment))
                    .color(text)
                    .strong(),
            );
        });
}

fn account_picker(
    ui: &mut egui::Ui,
    state: &AppState,
    current: &Account,
    actions: &mut Vec<Action>,
) {
    let label = ui.label(crate::fl!("top-account"));
    egui::ComboBox::from_id_salt("account-picker")
        .selected_text(current.display_name())
        .width(180.0)
        .show_ui(ui, |ui| {
            let practice = Account::practice();
            let mut choices: Vec<&Account> = state.accounts.accounts.iter().collect();
            choices.push(&practice);
            for account in choices {
                let text = crate::fl!(
                    "top-account-choice",
                    account = (account.display_name()),
                    environment = (account.environment.label().to_string())
                );
                if ui
                    .selectable_label(account.id == current.id, text)
                    .clicked()
                    && account.id != current.id
                {
                    actions.push(if account.id == PRACTICE_ACCOUNT_ID {
                        Action::StartPractice
                    } else {
                        Action::SelectAccount(account.id.clone())
                    });
                }
            }
        })
        .response
        .labelled_by(label.id);
}
