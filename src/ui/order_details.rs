//! The facts of the order being answered, beside the form: what changes hands, with whom, its
//! status, the payment method, and the seller's cancel request with the time left.

use eframe::egui::{self, RichText};

use super::state::AppState;
use super::style::{self, Tone};
use crate::format;

pub fn show(ui: &mut egui::Ui, state: &AppState) {
    ui.label(
        RichText::new(crate::fl!("details-heading"))
            .strong()
            .size(17.0),
    );
    let Some(view) = &state.detail else {
        ui.label(RichText::new(crate::fl!("details-empty")).weak());
        return;
    };
    ui.label(RichText::new(&view.order_id).monospace());
    if view.loading {
        ui.horizontal(|ui| {
            ui.spinner();
            ui.label(crate::fl!("details-loading"));
        });
    }
    if let Some(problem) = &view.problem {
        ui.add(egui::Label::new(RichText::new(problem).color(style::error_color(ui))).wrap());
    }
    let Some(order) = &view.detail else {
        return;
    };
    ui.add_space(4.0);
    if order.awaits_my_answer() {
        style::tone_frame(ui, Tone::Unsure).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(
                style::tone_text(ui, Tone::Unsure, crate::fl!("details-seller-asks")).strong(),
            );
            let reason = order.cancel_reason.trim();
            if !reason.is_empty() {
                ui.add(
                    egui::Label::new(style::tone_text(
                        ui,
                        Tone::Unsure,
                        crate::fl!("details-cancel-reason", reason = reason),
                    ))
                    .wrap(),
                );
            }
            if let Some(left) = view.time_left() {
                ui.label(
                    style::tone_text(
                        ui,
                        Tone::Unsure,
                        // The list's countdown: the window repaints when its text changes, not every second.
                        crate::fl!("details-time-left", time = (format::countdown(left))),
                    )
                    .strong(),
                );
            }
        });
    } else {
        style::tone_frame(ui, Tone::Info).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(style::tone_text(
                ui,
                Tone::Info,
                crate::fl!("details-no-request"),
            ));
        });
    }
    ui.add_space(6.0);
    let (you, them) = if order.side == 0 {
        (crate::fl!("details-you-buy"), crate::fl!("details-seller"))
    } else {
        (crate::fl!("details-you-sell"), crate::fl!("details-buyer"))
    };
    egui::Grid::new("order-facts")
        .num_columns(2)
        .spacing([12.0, 6.0])
        .show(ui, |ui| {
            let mut fact = |name: &str, value: String| {
                ui.label(RichText::new(name).weak());
                ui.add(egui::Label::new(RichText::new(value).strong()).wrap());
                ui.end_row();
            };
            fact(
                &you,
                format!("{} {}", format::amount(&order.quantity), order.token_id),
            );
            fact(
                &crate::fl!("details-amount"),
                format!("{} {}", format::amount(&order.amount), order.currency_id),
            );
            fact(
                &crate::fl!("details-price"),
                crate::fl!(
                    "details-price-value",
                    price = (format::amount(&order.price)),
                    currency = (order.currency_id.as_str()),
                    token = (order.token_id.as_str())
                ),
            );
            fact(&them, order.target_nick_name.clone());
            fact(&crate::fl!("details-status"), order.status_words());
            if let Some(created) = order.created_ms() {
                fact(&crate::fl!("details-created"), format::local_time(created));
            }
            let payment = order.payment_methods();
            if !payment.is_empty() {
                fact(&crate::fl!("details-payment"), payment.join(", "));
            }
        });
}
