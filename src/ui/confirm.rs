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
        style::dialog(ui, 560.0, |ui| {
            ui.heading(crate::fl!("confirm-heading"));
            ui.add_space(4.0);
            style::tone_frame(ui, Tone::Unsure).show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.label(
                    style::tone_text(ui, Tone::Unsure, crate::fl!("confirm-cannot-undo")).strong(),
                );
            });
            if review.rejection.is_none() {
                // What accepting this order means, once more, in its own figures.
                let order = state
                    .detail
                    .as_ref()
                    .filter(|d| d.order_id == review.order_id)
                    .and_then(|d| d.detail.as_ref());
                let (meaning, _) = super::review_form::guard_words(order);
                ui.add_space(4.0);
                style::tone_frame(ui, Tone::Bad).show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    ui.add(
                        egui::Label::new(style::tone_text(ui, Tone::Bad, meaning).strong()).wrap(),
                    );
                });
            }
            ui.add_space(6.0);
            egui::Grid::new("confirm-grid")
                .num_columns(2)
                .spacing([16.0, 8.0])
                .show(ui, |ui| {
                    ui.label(crate::fl!("confirm-environment"));
                    environment_badge(ui, environment);
                    ui.end_row();
                    row(
                        ui,
                        crate::fl!("confirm-account"),
                        active.account.display_name(),
                    );
                    row(ui, crate::fl!("confirm-order"), &review.order_id);
                    row(
                        ui,
                        crate::fl!("confirm-decision"),
                        review.decision().label(),
                    );
                    if let Some(rejection) = &review.rejection {
                        row(ui, crate::fl!("confirm-reason"), rejection.reason.label());
                        ui.label(crate::fl!("confirm-proofs"));
                        ui.vertical(|ui| {
                            for file in &rejection.files {
                                ui.label(
                                    RichText::new(crate::fl!(
                                        "confirm-proof-file",
                                        name = (file.name.as_str())
                                    ))
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
                            crate::fl!("confirm-remark"),
                            rejection
                                .remark
                                .clone()
                                .unwrap_or_else(|| crate::fl!("confirm-remark-none")),
                        );
                    }
                });
            ui.add_space(10.0);
            ui.horizontal(|ui| {
                let send = style::primary_button(&crate::fl!("confirm-send-now"))
                    .min_size(egui::vec2(140.0, 40.0));
                if ui.add(send).clicked() {
                    actions.push(Action::ConfirmSend);
                }
                if ui
                    .add(
                        egui::Button::new(crate::fl!("confirm-go-back"))
                            .min_size(egui::vec2(110.0, 38.0)),
                    )
                    .clicked()
                {
                    actions.push(Action::CancelConfirm);
                }
                ui.label(
                    RichText::new(crate::fl!("confirm-keys-hint"))
                        .small()
                        .weak(),
                );
            });
            if ui.input(|i| i.key_pressed(egui::Key::Enter)) {
                actions.push(Action::ConfirmSend);
            }
        });
    });
    if modal.should_close() {
        actions.push(Action::CancelConfirm);
    }
}

fn row(ui: &mut egui::Ui, name: String, value: impl Into<String>) {
    ui.label(name);
    ui.label(RichText::new(value).strong());
    ui.end_row();
}
