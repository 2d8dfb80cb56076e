//! The last look before an irreversible answer: exactly what will be sent, where, from which
//! account. Enter sends, Escape goes back.

use eframe::egui::{self, RichText};

use super::state::{Action, AppState};
use super::style::{self, Tone};
use super::top_bar::environment_badge;
use crate::review::ValidReview;

pub fn show(
    ctx: &egui::Context,
    state: &AppState,
    review: &ValidReview,
    actions: &mut Vec<Action>,
) {
    let Some(active) = &state.active else {
        return;
    };
    let environment = active.account.environment;
    let modal = egui::Modal::new(egui::Id::unique("confirm-answer")).show(ctx, |ui| {
        ui.set_width(560.0);
        ui.heading("Send this answer?");
        ui.add_space(4.0);
        style::tone_frame(ui, Tone::Unsure).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(
                style::tone_text(
                    ui,
                    Tone::Unsure,
                    "This cannot be undone: once Bybit has it, the answer is final.",
                )
                .strong(),
            );
        });
        ui.add_space(6.0);
        egui::Grid::new("confirm-grid")
            .num_columns(2)
            .spacing([16.0, 8.0])
            .show(ui, |ui| {
                ui.label("Environment");
                environment_badge(ui, environment);
                ui.end_row();
                row(ui, "Account", &active.account.name);
                row(ui, "Order", &review.order_id);
                row(ui, "Decision", review.decision().label());
                if let Some(rejection) = &review.rejection {
                    row(ui, "Reason", rejection.reason.label());
                    ui.label("Proofs");
                    ui.vertical(|ui| {
                        for file in &rejection.files {
                            ui.label(
                                RichText::new(format!("{} (file, uploaded first)", file.name))
                                    .strong(),
                            );
                        }
                        for url in &rejection.urls {
                            ui.label(RichText::new(url).strong());
                        }
                    });
                    ui.end_row();
                    row(
                        ui,
                        "Remark",
                        rejection.remark.as_deref().unwrap_or("(none)"),
                    );
                }
            });
        ui.add_space(10.0);
        ui.horizontal(|ui| {
            let send = style::primary_button("Send now").min_size(egui::vec2(140.0, 40.0));
            if ui.add(send).clicked() {
                actions.push(Action::ConfirmSend);
            }
            if ui
                .add(egui::Button::new("Go back").min_size(egui::vec2(110.0, 38.0)))
                .clicked()
            {
                actions.push(Action::CancelConfirm);
            }
            ui.label(RichText::new("Enter sends · Esc goes back").small().weak());
        });
        if ui.input(|i| i.key_pressed(egui::Key::Enter)) {
            actions.push(Action::ConfirmSend);
        }
    });
    if modal.should_close() {
        actions.push(Action::CancelConfirm);
    }
}

fn row(ui: &mut egui::Ui, name: &str, value: &str) {
    ui.label(name);
    ui.label(RichText::new(value).strong());
    ui.end_row();
}
