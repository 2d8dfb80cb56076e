//! The facts of the order being answered, beside the form: what changes hands, with whom, its
//! status, the payment method, and the seller's cancel request with the time left.

use eframe::egui::{self, RichText};

use super::state::{Action, AppState, DetailView, ProofItem};
use super::style::{self, Tone};
use crate::bybit::model::{ChatContent, ChatMessage};
use crate::format;

pub fn show(ui: &mut egui::Ui, state: &AppState, actions: &mut Vec<Action>) {
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
    ui.add_space(10.0);
    seller_record(ui, view);
    ui.add_space(10.0);
    chat(ui, state, view, actions);
}

/// The seller's record and our own history with the seller.
fn seller_record(ui: &mut egui::Ui, view: &DetailView) {
    ui.label(RichText::new(crate::fl!("record-heading")).strong());
    let Some(decision) = &view.decision else {
        // No spinner: it would keep the window drawing; the answer's arrival redraws it.
        ui.label(RichText::new(crate::fl!("chat-loading")).weak());
        return;
    };
    match &decision.record {
        Err(problem) => {
            ui.add(
                egui::Label::new(
                    RichText::new(crate::fl!("record-unreadable", error = (problem.as_str())))
                        .weak(),
                )
                .wrap(),
            );
        }
        Ok(record) => {
            let not_said = crate::fl!("record-not-said");
            let whole = |n: Option<f64>| n.map(|n| format!("{n:.0}"));
            let decimal = |n: Option<f64>| n.map(|n| format::amount(&format!("{n:.1}")));
            egui::Grid::new("seller-record")
                .num_columns(2)
                .spacing([12.0, 4.0])
                .show(ui, |ui| {
                    let mut fact = |name: String, value: Option<String>| {
                        ui.label(RichText::new(name).weak());
                        ui.add(
                            egui::Label::new(RichText::new(
                                value.unwrap_or_else(|| not_said.clone()),
                            ))
                            .wrap(),
                        );
                        ui.end_row();
                    };
                    fact(
                        crate::fl!("record-account-age"),
                        record
                            .account_create_days
                            .map(|d| crate::fl!("record-days", days = (d as u64))),
                    );
                    fact(
                        crate::fl!("record-finished"),
                        whole(record.total_finish_count).map(|total| {
                            crate::fl!(
                                "record-finished-value",
                                total = total,
                                recent = (whole(record.recent_finish_count).unwrap_or_default())
                            )
                        }),
                    );
                    fact(
                        crate::fl!("record-completion"),
                        decimal(record.recent_rate)
                            .map(|p| crate::fl!("record-percent", percent = p)),
                    );
                    fact(
                        crate::fl!("record-ratings"),
                        decimal(record.good_appraise_rate).map(|p| {
                            crate::fl!(
                                "record-ratings-value",
                                percent = p,
                                good = (whole(record.good_appraise_count).unwrap_or_default()),
                                bad = (whole(record.bad_appraise_count).unwrap_or_default())
                            )
                        }),
                    );
                    let seen = if record.is_online {
                        Some(crate::fl!("record-online"))
                    } else {
                        record
                            .last_logout_time
                            .trim()
                            .parse::<i64>()
                            .ok()
                            .map(|ms| {
                                crate::fl!("record-last-seen", time = (format::local_time(ms)))
                            })
                    };
                    fact(crate::fl!("record-presence"), seen);
                    let history = &decision.history;
                    fact(
                        crate::fl!("record-history"),
                        Some(if history.requests == 0 {
                            crate::fl!("record-history-none")
                        } else {
                            crate::fl!(
                                "record-history-value",
                                count = (history.requests),
                                accepted = (history.accepted),
                                refused = (history.refused)
                            )
                        }),
                    );
                });
        }
    }
}

/// The order's chat, oldest at the top, newest at the bottom; files can be used as proofs.
fn chat(ui: &mut egui::Ui, state: &AppState, view: &DetailView, actions: &mut Vec<Action>) {
    ui.label(RichText::new(crate::fl!("chat-heading")).strong());
    let Some(decision) = &view.decision else {
        return;
    };
    let messages = match &decision.chat {
        Err(problem) => {
            ui.add(
                egui::Label::new(
                    RichText::new(crate::fl!("chat-unreadable", error = (problem.as_str()))).weak(),
                )
                .wrap(),
            );
            return;
        }
        Ok(messages) if messages.is_empty() => {
            ui.label(RichText::new(crate::fl!("chat-empty")).weak());
            return;
        }
        Ok(messages) => messages,
    };
    let seller = view
        .detail
        .as_ref()
        .map(|d| d.target_nick_name.clone())
        .unwrap_or_default();
    let in_proofs = |path: &str| {
        state
            .form
            .proofs
            .iter()
            .any(|p| matches!(p, ProofItem::Link(l) if l == path))
    };
    egui::ScrollArea::vertical()
        .id_salt("order-chat")
        .max_height(360.0)
        // Its own height inside the panel's scrolling, not what is left of the screen.
        .min_scrolled_height(300.0)
        .stick_to_bottom(true)
        .show(ui, |ui| {
            if decision.more_chat {
                if view.loading_earlier {
                    ui.spinner();
                } else if ui.small_button(crate::fl!("chat-earlier")).clicked() {
                    actions.push(Action::LoadEarlierChat);
                }
            }
            for message in messages {
                chat_message(ui, view, message, &seller, &in_proofs, actions);
            }
        });
}

fn chat_message(
    ui: &mut egui::Ui,
    view: &DetailView,
    message: &ChatMessage,
    seller: &str,
    in_proofs: &dyn Fn(&str) -> bool,
    actions: &mut Vec<Action>,
) {
    let when = message
        .sent_ms()
        .map(format::local_time)
        .unwrap_or_default();
    let content = message.content();
    if let ChatContent::System(text) = &content {
        // Bybit's own words: set apart, centred and quiet.
        ui.vertical_centered(|ui| {
            ui.add(egui::Label::new(RichText::new(text).small().italics().weak()).wrap());
        });
        ui.add_space(4.0);
        return;
    }
    let from_seller = message.send_user_nick_name.trim() == seller;
    let who = if from_seller {
        message.send_user_nick_name.clone()
    } else {
        crate::fl!("chat-you")
    };
    let tone = if from_seller {
        Tone::Unsure
    } else {
        Tone::Info
    };
    style::tone_frame(ui, tone).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(
            style::tone_text(ui, tone, format!("{who} · {when}"))
                .small()
                .strong(),
        );
        let mut file = |ui: &mut egui::Ui, label: String, path: &str| {
            ui.horizontal_wrapped(|ui| {
                ui.label(style::tone_text(ui, tone, label));
                if in_proofs(path) {
                    ui.label(
                        RichText::new(crate::fl!("chat-used-as-proof"))
                            .small()
                            .weak(),
                    );
                } else if ui.small_button(crate::fl!("chat-use-as-proof")).clicked() {
                    actions.push(Action::UseChatFileAsProof(path.to_owned()));
                }
            });
        };
        match &content {
            ChatContent::Text(text) => {
                ui.add(egui::Label::new(style::tone_text(ui, tone, text.clone())).wrap());
            }
            ChatContent::Picture { path, name } => {
                if let Some(texture) = view.pictures.get(&message.id) {
                    ui.add(egui::Image::new(texture).max_size(egui::vec2(160.0, 160.0)));
                }
                file(ui, crate::fl!("chat-picture", name = (name.as_str())), path);
            }
            ChatContent::Pdf { path, name } => {
                file(ui, crate::fl!("chat-pdf", name = (name.as_str())), path)
            }
            ChatContent::Video { path, name } => {
                file(ui, crate::fl!("chat-video", name = (name.as_str())), path)
            }
            ChatContent::Unknown(_) => {
                ui.label(RichText::new(crate::fl!("chat-unknown")).small().weak());
            }
            ChatContent::System(_) => {}
        }
    });
    ui.add_space(4.0);
}
