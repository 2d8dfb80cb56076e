//! The orders awaiting my answer: amount, token, seller, age and a live countdown each; a
//! badge for new ones; refreshed on demand and by itself, keeping the last list on screen.

use eframe::egui::{self, RichText};

use super::state::{Action, AppState, REFRESH_CHOICES};
use super::style::{self, Tone};
use crate::bybit::model::OrderDetail;
use crate::format;

pub fn show(ui: &mut egui::Ui, state: &AppState, actions: &mut Vec<Action>) {
    if state.environment() == Some(crate::bybit::Environment::Practice) {
        // Bottom first, so the list above takes the rest of the height.
        egui::Panel::bottom("practice-trouble").show(ui, |ui| trouble_picker(ui, state, actions));
    }
    let view = &state.orders;
    ui.horizontal(|ui| {
        ui.label(RichText::new("Awaiting your answer").strong().size(17.0));
        if !view.unseen.is_empty() {
            new_badge(ui, &format!("{} new", view.unseen.len()));
        }
    });
    ui.horizontal(|ui| {
        let refresh = ui.add_enabled(!view.refreshing, egui::Button::new("Refresh"));
        if refresh.clicked() {
            actions.push(Action::RefreshOrders);
        }
        if view.refreshing {
            ui.spinner();
            let doing = view.slowing_down.as_deref().unwrap_or("Checking…");
            ui.add(egui::Label::new(RichText::new(doing).weak()).wrap());
        } else if let Some(at) = view.read_at_ms {
            ui.label(
                RichText::new(format!("updated {}", &format::local_time_seconds(at)[11..])).weak(),
            );
        }
    });
    let label = ui.label(RichText::new("Refresh by itself").small().weak());
    let current = REFRESH_CHOICES
        .iter()
        .find(|(d, _)| *d == view.interval)
        .map_or("every minute", |(_, l)| *l);
    egui::ComboBox::from_id_salt("refresh-interval")
        .selected_text(current)
        .width(200.0)
        .show_ui(ui, |ui| {
            for (interval, text) in REFRESH_CHOICES {
                if ui
                    .selectable_label(view.interval == interval, text)
                    .clicked()
                {
                    actions.push(Action::SetRefreshInterval(interval));
                }
            }
        })
        .response
        .labelled_by(label.id);
    ui.add_space(4.0);

    if let Some(problem) = &view.problem {
        style::tone_frame(ui, Tone::Bad).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(style::tone_text(ui, Tone::Bad, "The list could not be refreshed.").strong());
            ui.add(egui::Label::new(style::tone_text(ui, Tone::Bad, problem.clone())).wrap());
            if !view.orders.is_empty() {
                ui.label(style::tone_text(
                    ui,
                    Tone::Bad,
                    "The list below is from the last successful refresh.",
                ));
            }
            if ui.button("Try again").clicked() {
                actions.push(Action::RefreshOrders);
            }
        });
        ui.add_space(4.0);
    }

    if view.orders.is_empty() {
        if view.first_read_done {
            ui.add_space(16.0);
            ui.vertical_centered(|ui| {
                ui.label(RichText::new("Nothing awaits your answer.").size(16.0));
                ui.label(
                    RichText::new(
                        "When a seller asks to cancel one of your orders, it appears here.",
                    )
                    .weak(),
                );
            });
        } else if view.refreshing {
            ui.label(RichText::new("Looking for cancel requests…").weak());
        }
        return;
    }
    let selected = state.detail.as_ref().map(|d| d.order_id.as_str());
    egui::ScrollArea::vertical()
        .auto_shrink(false)
        .show(ui, |ui| {
            for order in &view.orders {
                order_row(
                    ui,
                    state,
                    order,
                    selected == Some(order.id.as_str()),
                    actions,
                );
            }
        });
}

/// Practice only: make the exchange misbehave, to see what the app does about it.
fn trouble_picker(ui: &mut egui::Ui, state: &AppState, actions: &mut Vec<Action>) {
    ui.add_space(4.0);
    let label = ui.label(RichText::new("Practice: simulate trouble").strong());
    egui::ComboBox::from_id_salt("practice-trouble")
        .selected_text(state.trouble.label())
        .width(ui.available_width() - 8.0)
        .show_ui(ui, |ui| {
            for trouble in crate::practice::Trouble::ALL {
                if ui
                    .selectable_label(state.trouble == trouble, trouble.label())
                    .clicked()
                {
                    actions.push(Action::SimulateTrouble(trouble));
                }
            }
        })
        .response
        .labelled_by(label.id);
    ui.add_space(4.0);
}

fn new_badge(ui: &mut egui::Ui, text: &str) {
    egui::Frame::new()
        .fill(style::ACCENT)
        .corner_radius(9.0)
        .inner_margin(egui::Margin::symmetric(8, 1))
        .show(ui, |ui| {
            ui.label(RichText::new(text).color(style::ON_ACCENT).strong().small());
        });
}

fn order_row(
    ui: &mut egui::Ui,
    state: &AppState,
    order: &OrderDetail,
    selected: bool,
    actions: &mut Vec<Action>,
) {
    let visuals = ui.visuals();
    let fill = if selected {
        visuals.selection.bg_fill.gamma_multiply(0.35)
    } else {
        visuals.faint_bg_color
    };
    let frame = egui::Frame::new()
        .fill(fill)
        .stroke(if selected {
            visuals.selection.stroke
        } else {
            visuals.widgets.noninteractive.bg_stroke
        })
        .corner_radius(8.0)
        .inner_margin(egui::Margin::symmetric(10, 8));
    let shown = frame.show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.horizontal(|ui| {
            ui.label(
                RichText::new(format!(
                    "{} {}",
                    format::amount(&order.amount),
                    order.currency_id
                ))
                .strong()
                .size(16.0),
            );
            if state.orders.unseen.contains(&order.id) {
                new_badge(ui, "NEW");
            }
        });
        ui.label(format!(
            "{} {} · {}",
            format::amount(&order.quantity),
            order.token_id,
            order.target_nick_name
        ));
        ui.horizontal(|ui| {
            let created = order
                .created_ms()
                .map(|ms| format::local_time(ms)[11..].to_owned())
                .unwrap_or_default();
            ui.label(RichText::new(format!("created {created}")).small().weak());
            if let Some(left) = state.orders.time_left(order) {
                let urgent = left < format::URGENT;
                let text = RichText::new(format!("{} left", format::countdown(left)))
                    .small()
                    .strong();
                ui.label(if urgent {
                    text.color(style::error_color(ui))
                } else {
                    text
                });
            }
        });
    });
    // The whole card is one button, named for screen readers and tests.
    let response = ui.interact(
        shown.response.rect,
        ui.scope_id().with(("order", &order.id)),
        egui::Sense::click(),
    );
    let label = format!(
        "Order {} {} {}",
        order.id,
        format::amount(&order.amount),
        order.currency_id
    );
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
    if response.hovered() {
        ui.ctx().set_cursor_icon(egui::CursorIcon::PointingHand);
    }
    if response.clicked() {
        actions.push(Action::ChooseOrder(order.clone()));
    }
    ui.add_space(2.0);
}
