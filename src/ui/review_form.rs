//! The answer form: order, accept or refuse, and for a refusal the reason, proofs and remark.
//! Problems are shown inline once the merchant tries to send, and the first one takes focus.

use eframe::egui::{self, RichText};

use super::proofs;
use super::state::{Action, AppState, Submission};
use super::style::{self, Tone};
use crate::bybit::model::OrderDetail;
use crate::history::Outcome;
use crate::review::{Decision, Field, MAX_REMARK_CHARS, RejectReason};
use crate::submit::Progress;

pub fn show(ui: &mut egui::Ui, state: &mut AppState, actions: &mut Vec<Action>) {
    ui.set_max_width(ui.available_width().min(style::FORM_WIDTH));
    ui.heading(RichText::new(crate::fl!("form-heading")).strong());
    ui.label(RichText::new(crate::fl!("form-intro")).weak());
    ui.add_space(8.0);
    clock_banner(ui, state);
    result_banner(ui, state, actions);
    state.focus_result = false;
    let running = state.submission.is_running();
    ui.add_enabled_ui(!running, |ui| {
        order_field(ui, state, actions);
        ui.add_space(10.0);
        warnings(ui, state);
        decision_choice(ui, state);
        if state.form.decision == Some(Decision::Pass) {
            ui.add_space(8.0);
            paid_order_guard(ui, state);
        }
        if state.form.decision == Some(Decision::Reject) {
            ui.add_space(10.0);
            reason_field(ui, state);
            ui.add_space(10.0);
            proofs::show(ui, state, actions);
            ui.add_space(10.0);
            remark_field(ui, state);
        }
    });
    state.form.focus = None;
}

fn field_error(ui: &mut egui::Ui, state: &AppState, field: Field) {
    if let Some(message) = state.form.error_for(field) {
        ui.label(RichText::new(message).color(style::error_color(ui)));
    }
}

fn order_field(ui: &mut egui::Ui, state: &mut AppState, actions: &mut Vec<Action>) {
    let label = ui.label(RichText::new(crate::fl!("form-order-number")).strong());
    let response = ui.add(
        egui::TextEdit::singleline(&mut state.form.order_id)
            .hint_text(crate::fl!("form-order-number-hint"))
            .desired_width(420.0)
            .font(egui::TextStyle::Monospace),
    );
    let response = response.labelled_by(label.id);
    if state.form.focus == Some(Field::OrderId) {
        response.request_focus();
    }
    // Leaving the field (or pressing Enter) shows the order's details beside the form.
    if response.lost_focus() {
        actions.push(Action::LookUpOrder);
    }
    // Checked as it is typed; an empty field is only flagged once the merchant tries to send.
    if state.form.order_id.trim().is_empty() {
        field_error(ui, state, Field::OrderId);
    } else if let Err(problem) = crate::review::check_order_id(&state.form.order_id) {
        ui.label(RichText::new(problem).color(style::error_color(ui)));
    }
}

/// The order being answered, when its details are known.
fn answered_order(state: &AppState) -> Option<&OrderDetail> {
    state
        .detail
        .as_ref()
        .filter(|d| d.order_id == state.form.order_id.trim())
        .and_then(|d| d.detail.as_ref())
}

/// What accepting means for this order, in its own figures, and the box that acknowledges it.
pub fn guard_words(order: Option<&OrderDetail>) -> (String, String) {
    match order {
        Some(o) if o.status == crate::orders::MARKED_PAID => {
            let amount = crate::format::amount(&o.amount);
            (
                crate::fl!(
                    "guard-paid",
                    amount = (amount.as_str()),
                    currency = (o.currency_id.as_str()),
                    seller = (o.target_nick_name.as_str()),
                    token = (o.token_id.as_str())
                ),
                crate::fl!(
                    "guard-refund-received",
                    amount = (amount.as_str()),
                    currency = (o.currency_id.as_str())
                ),
            )
        }
        Some(o) => (
            crate::fl!("guard-other-status", status = (o.status_words())),
            crate::fl!("guard-refund-received-unknown"),
        ),
        None => (
            crate::fl!("guard-paid-unknown"),
            crate::fl!("guard-refund-received-unknown"),
        ),
    }
}

/// The paid-order guard under an Accept: what it means, and the box to tick.
fn paid_order_guard(ui: &mut egui::Ui, state: &mut AppState) {
    let (meaning, acknowledgement) = guard_words(answered_order(state));
    style::tone_frame(ui, Tone::Bad).show(ui, |ui| {
        ui.set_width(ui.available_width());
        let said =
            ui.add(egui::Label::new(style::tone_text(ui, Tone::Bad, meaning).strong()).wrap());
        style::announce(ui, &said, false);
        ui.checkbox(&mut state.form.refund_received, acknowledgement);
    });
}

/// "Be careful: …" above the answer buttons: what the seller's record and words show.
fn warnings(ui: &mut egui::Ui, state: &AppState) {
    let Some(found) = state
        .detail
        .as_ref()
        .filter(|d| d.order_id == state.form.order_id.trim())
        .and_then(|d| d.decision.as_ref())
        .map(|d| &d.warnings)
        .filter(|w| !w.is_empty())
    else {
        return;
    };
    style::tone_frame(ui, Tone::Unsure).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(style::tone_text(ui, Tone::Unsure, crate::fl!("warnings-title")).strong());
        for warning in found {
            ui.add(egui::Label::new(style::tone_text(ui, Tone::Unsure, warning.words())).wrap());
        }
    });
    ui.add_space(8.0);
}

fn decision_choice(ui: &mut egui::Ui, state: &mut AppState) {
    ui.label(RichText::new(crate::fl!("form-your-answer")).strong());
    // Side by side when there is room, one above the other when the window is narrow.
    let gap = ui.spacing().item_spacing.x;
    let available = ui.available_width();
    let side_by_side = available >= 2.0 * 250.0 + gap;
    let width = if side_by_side {
        (available - gap) / 2.0
    } else {
        available
    }
    .min(340.0);
    let layout = if side_by_side {
        egui::Layout::left_to_right(egui::Align::Min)
    } else {
        egui::Layout::top_down(egui::Align::Min)
    };
    ui.with_layout(layout, |ui| {
        for (decision, explanation) in [
            (Decision::Pass, crate::fl!("form-accept-explanation")),
            (Decision::Reject, crate::fl!("form-refuse-explanation")),
        ] {
            ui.vertical(|ui| {
                ui.set_width(width);
                let selected = state.form.decision == Some(decision);
                let mut text = RichText::new(decision.label()).size(17.0).strong();
                // Refusing is the highlighted choice: accepting a paid order is the one that
                // loses money by mistake.
                let highlighted = decision == Decision::Reject && state.form.decision.is_none();
                if highlighted {
                    text = text.color(style::ON_ACCENT);
                }
                let mut button = egui::Button::new(text)
                    .selected(selected)
                    .frame_when_inactive(true)
                    .min_size(egui::vec2(width, 48.0));
                if highlighted {
                    button = button.fill(style::ACCENT);
                }
                let response = ui.add(button);
                if state.form.focus == Some(Field::Decision) && decision == Decision::Pass {
                    response.request_focus();
                }
                if response.clicked() {
                    state.form.decision = Some(decision);
                    state.form.errors.retain(|e| e.field != Field::Decision);
                }
                ui.label(RichText::new(explanation).small().weak());
            });
        }
    });
    field_error(ui, state, Field::Decision);
}

fn reason_field(ui: &mut egui::Ui, state: &mut AppState) {
    let label = ui.label(RichText::new(crate::fl!("form-reason")).strong());
    let response = egui::ComboBox::from_id_salt("reject-reason")
        .selected_text(
            state
                .form
                .reason
                .map_or_else(|| crate::fl!("form-reason-placeholder"), |r| r.label()),
        )
        .width(330.0)
        .show_ui(ui, |ui| {
            for reason in RejectReason::ALL {
                ui.selectable_value(&mut state.form.reason, Some(reason), reason.label());
            }
        })
        .response
        .labelled_by(label.id);
    if state.form.focus == Some(Field::Reason) {
        response.request_focus();
    }
    field_error(ui, state, Field::Reason);
}

fn remark_field(ui: &mut egui::Ui, state: &mut AppState) {
    let label = ui.label(RichText::new(crate::fl!("form-remark")).strong());
    let response = ui.add(
        egui::TextEdit::multiline(&mut state.form.remark)
            .hint_text(crate::fl!("form-remark-hint"))
            .desired_rows(3)
            .desired_width(ui.available_width() - 16.0),
    );
    let response = response.labelled_by(label.id);
    if state.form.focus == Some(Field::Remark) {
        response.request_focus();
    }
    let count = state.form.remark.trim().chars().count();
    let counter = RichText::new(crate::fl!(
        "form-remark-count",
        count = count,
        max = (MAX_REMARK_CHARS)
    ))
    .small();
    ui.label(if count > MAX_REMARK_CHARS {
        counter.color(style::error_color(ui))
    } else {
        counter.weak()
    });
    field_error(ui, state, Field::Remark);
}

/// Below the form, always in view: what is missing, and the button that reviews and sends (or
/// the progress of the answer on its way).
pub fn send_bar(ui: &mut egui::Ui, state: &AppState, actions: &mut Vec<Action>) {
    ui.set_max_width(ui.available_width().min(style::FORM_WIDTH));
    let running = state.submission.is_running();
    let ready = matches!(
        state.active.as_ref().map(|a| &a.connection),
        Some(super::state::Connection::Ready)
    );
    if let Submission::Running { progress, .. } = &state.submission {
        ui.horizontal(|ui| {
            ui.spinner();
            let text = progress
                .as_ref()
                .map(ToString::to_string)
                .unwrap_or_else(|| crate::fl!("form-preparing"));
            let step = ui.add(egui::Label::new(RichText::new(text).strong()).wrap());
            style::announce(ui, &step, false);
        });
        if let Some(Progress::Uploading { sent, size, .. }) = progress {
            // A large file on a slow link takes minutes: how far, and a way out.
            if *size >= crate::submit::SIZE_WORTH_TELLING {
                ui.add(
                    egui::ProgressBar::new(*sent as f32 / (*size).max(1) as f32)
                        .text(crate::format::megabytes_of(*sent, *size)),
                );
            }
            if ui
                .button(crate::fl!("form-stop-upload"))
                .on_hover_text(crate::fl!("form-stop-upload-tooltip"))
                .clicked()
            {
                actions.push(Action::StopUpload);
            }
        }
        return;
    }
    // An Accept waits for the guard's box.
    let guarded = state.form.decision == Some(Decision::Pass) && !state.form.refund_received;
    ui.horizontal(|ui| {
        let send = style::primary_button(&crate::fl!("form-review-and-send"));
        if ui.add_enabled(!running && !guarded, send).clicked() {
            actions.push(Action::ReviewAndSend);
        }
        if guarded {
            ui.label(RichText::new(crate::fl!("guard-tick-first")).weak());
        }
        if !ready {
            ui.label(RichText::new(crate::fl!("form-account-not-open")).weak());
        }
    });
    if !state.form.errors.is_empty() {
        style::tone_frame(ui, Tone::Bad).show(ui, |ui| {
            let title = ui
                .label(style::tone_text(ui, Tone::Bad, crate::fl!("form-before-sending")).strong());
            style::announce(ui, &title, true);
            for error in &state.form.errors {
                ui.label(style::tone_text(
                    ui,
                    Tone::Bad,
                    format!("• {}", error.message),
                ));
            }
        });
    }
}

/// Says so when this computer's clock is off by a second or more from Bybit's.
fn clock_banner(ui: &mut egui::Ui, state: &AppState) {
    let Some(offset) = state.clock_offset_ms().filter(|ms| ms.abs() >= 1000) else {
        return;
    };
    // Written the language's way ("1.5" in English, "1,5" in Russian).
    let seconds = crate::format::amount(&format!("{:.1}", offset.abs() as f64 / 1000.0));
    let text = if offset < 0 {
        crate::fl!("form-clock-ahead", seconds = seconds)
    } else {
        crate::fl!("form-clock-behind", seconds = seconds)
    };
    style::tone_frame(ui, Tone::Unsure).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(style::tone_text(ui, Tone::Unsure, text));
    });
    ui.add_space(8.0);
}

/// The outcome of the last answer, said to screen readers as it appears; after sending, the
/// keyboard lands on its first action.
fn result_banner(ui: &mut egui::Ui, state: &AppState, actions: &mut Vec<Action>) {
    let Submission::Finished { report, .. } = &state.submission else {
        return;
    };
    let (tone, title) = match report.outcome {
        // Bybit said so itself (code 0), or reading the order showed it after an unclear answer.
        Outcome::Accepted if report.code == Some(0) => {
            (Tone::Good, crate::fl!("form-result-accepted"))
        }
        Outcome::Accepted => (Tone::Good, crate::fl!("form-result-applied")),
        Outcome::Refused => (Tone::Bad, crate::fl!("form-result-refused")),
        Outcome::NotSent if report.safe_to_send_again => {
            (Tone::Unsure, crate::fl!("form-result-not-applied"))
        }
        Outcome::NotSent => (Tone::Bad, crate::fl!("form-result-not-sent")),
        Outcome::Unknown | Outcome::Sending => (Tone::Unsure, crate::fl!("form-result-unknown")),
    };
    let urgent = tone != Tone::Good;
    style::tone_frame(ui, tone).show(ui, |ui| {
        ui.set_width(ui.available_width());
        let title = ui.label(style::tone_text(ui, tone, title).strong().size(17.0));
        style::announce(ui, &title, urgent);
        let sentence = ui.label(style::tone_text(ui, tone, report.sentence.clone()));
        style::announce(ui, &sentence, urgent);
        ui.horizontal(|ui| {
            let mut first_action: Option<egui::Response> = None;
            if report.safe_to_send_again {
                let send_again = ui.button(crate::fl!("form-send-again"));
                if send_again.clicked() {
                    actions.push(Action::SendAgain);
                }
                first_action.get_or_insert(send_again);
            }
            if report.outcome == Outcome::Accepted {
                let another = ui.button(crate::fl!("form-answer-another"));
                if another.clicked() {
                    actions.push(Action::StartNewAnswer);
                }
                first_action.get_or_insert(another);
            }
            let history = ui.button(crate::fl!("form-see-in-history"));
            if history.clicked() {
                actions.push(Action::ShowTab(super::state::Tab::History));
            }
            if state.focus_result {
                first_action.unwrap_or(history).request_focus();
            }
        });
    });
    ui.add_space(10.0);
}
