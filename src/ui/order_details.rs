//! The facts of the order being answered, beside the form: what changes hands, with whom, its
//! status, the payment method, and the seller's cancel request with the time left.

use eframe::egui::{self, RichText};

use super::state::AppState;
use super::style::{self, Tone};
use crate::format;

pub fn show(ui: &mut egui::Ui, state: &AppState) {
    ui.label(RichText::new("Order details").strong().size(17.0));
    let Some(view) = &state.detail else {
        ui.label(
            RichText::new(
                "Choose an order on the left, or type its number, to see its details here.",
            )
            .weak(),
        );
        return;
    };
    ui.label(RichText::new(&view.order_id).monospace());
    if view.loading {
        ui.horizontal(|ui| {
            ui.spinner();
            ui.label("Reading the order…");
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
            ui.label(style::tone_text(ui, Tone::Unsure, "The seller asks to cancel").strong());
            let reason = order.cancel_reason.trim();
            if !reason.is_empty() {
                ui.add(
                    egui::Label::new(style::tone_text(ui, Tone::Unsure, format!("\"{reason}\"")))
                        .wrap(),
                );
            }
            if let Some(left) = view.time_left() {
                ui.label(
                    style::tone_text(
                        ui,
                        Tone::Unsure,
                        // The list's countdown: the window repaints when its text changes, not every second.
                        format!("{} left to answer", format::countdown(left)),
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
                "No cancel request awaits your answer on this order.",
            ));
        });
    }
    ui.add_space(6.0);
    let (you, them) = if order.side == 0 {
        ("You buy", "Seller")
    } else {
        ("You sell", "Buyer")
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
                you,
                format!("{} {}", format::amount(&order.quantity), order.token_id),
            );
            fact(
                "Amount",
                format!("{} {}", format::amount(&order.amount), order.currency_id),
            );
            fact(
                "Price",
                format!(
                    "{} {} per {}",
                    format::amount(&order.price),
                    order.currency_id,
                    order.token_id
                ),
            );
            fact(them, order.target_nick_name.clone());
            fact("Status", order.status_words().to_owned());
            if let Some(created) = order.created_ms() {
                fact("Created", format::local_time(created));
            }
            let payment = order.payment_methods();
            if !payment.is_empty() {
                fact("Payment", payment.join(", "));
            }
        });
}
