//! The orders awaiting my answer, over every watched account: amount, token, seller, account,
//! age and a live countdown each, the most urgent first; a badge for new ones; watched by the
//! worker on its own clock, refreshed on demand, keeping the last list on screen.

use eframe::egui::{self, RichText};

use std::sync::atomic::Ordering;

use super::state::{AccountOrders, Action, AppState, WATCH_CHOICES, watch_choice_words};
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
        ui.label(
            RichText::new(crate::fl!("orders-awaiting-heading"))
                .strong()
                .size(17.0),
        );
        if !view.unseen.is_empty() {
            new_badge(
                ui,
                &crate::fl!("orders-new-badge", count = (view.unseen.len())),
            );
        }
    });
    ui.horizontal(|ui| {
        let refreshing = !view.refreshing.is_empty();
        let refresh = ui.add_enabled(!refreshing, egui::Button::new(crate::fl!("orders-refresh")));
        if refresh.clicked() {
            actions.push(Action::RefreshOrders);
        }
        if refreshing {
            ui.spinner();
            let doing = view
                .slowing_down
                .clone()
                .unwrap_or_else(|| crate::fl!("orders-checking"));
            ui.add(egui::Label::new(RichText::new(doing).weak()).wrap());
        } else if view.paused {
            ui.label(RichText::new(crate::fl!("orders-watching-paused")).weak());
        } else {
            let checked = view.checked_at_ms.load(Ordering::Relaxed);
            if checked > 0 {
                let time = format::local_time_seconds(checked);
                ui.label(
                    RichText::new(crate::fl!("orders-checked-at", time = (&time[11..]))).weak(),
                );
            }
        }
    });
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(RichText::new(crate::fl!("orders-look")).small().weak());
        egui::ComboBox::from_id_salt("watch-interval")
            .selected_text(watch_choice_words(view.interval))
            .width(150.0)
            .show_ui(ui, |ui| {
                for every in WATCH_CHOICES {
                    if ui
                        .selectable_label(view.interval == every, watch_choice_words(every))
                        .clicked()
                    {
                        actions.push(Action::SetWatchInterval(every));
                    }
                }
            })
            .response
            .labelled_by(label.id);
        let (pause, words) = if view.paused {
            (false, crate::fl!("orders-resume"))
        } else {
            (true, crate::fl!("orders-pause"))
        };
        if ui.button(words).clicked() {
            actions.push(Action::PauseWatching(pause));
        }
    });
    ui.add_space(4.0);

    if let Some((host, until_ms)) = &view.host_paused {
        style::tone_frame(ui, Tone::Bad).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(
                style::tone_text(ui, Tone::Bad, crate::fl!("orders-host-paused-title")).strong(),
            );
            let time = format::local_time(*until_ms);
            ui.add(
                egui::Label::new(style::tone_text(
                    ui,
                    Tone::Bad,
                    crate::fl!(
                        "orders-host-paused",
                        host = (host.as_str()),
                        time = (time.get(11..).unwrap_or(&time))
                    ),
                ))
                .wrap(),
            );
        });
        ui.add_space(4.0);
    }

    // Orders whose detail could not be read: one of them may await an answer.
    for account in view.accounts.values().filter(|a| !a.unread.is_empty()) {
        style::tone_frame(ui, Tone::Unsure).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(
                style::tone_text(
                    ui,
                    Tone::Unsure,
                    crate::fl!(
                        "orders-unread",
                        count = (account.unread.len()),
                        account = (account.account.display_name())
                    ),
                )
                .strong(),
            );
            for unread in &account.unread {
                ui.add(
                    egui::Label::new(style::tone_text(
                        ui,
                        Tone::Unsure,
                        crate::fl!(
                            "orders-unread-order",
                            order = (unread.order_id.as_str()),
                            error = (unread.error.to_string())
                        ),
                    ))
                    .wrap(),
                );
            }
        });
        ui.add_space(4.0);
    }

    // A failing account says why on its own line; the others carry on.
    for account in view.accounts.values() {
        if let Some(problem) = &account.problem {
            style::tone_frame(ui, Tone::Bad).show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.label(
                    style::tone_text(
                        ui,
                        Tone::Bad,
                        crate::fl!(
                            "orders-account-not-checked",
                            account = (account.account.display_name())
                        ),
                    )
                    .strong(),
                );
                ui.add(egui::Label::new(style::tone_text(ui, Tone::Bad, problem.clone())).wrap());
                if !account.orders.is_empty() {
                    ui.label(style::tone_text(
                        ui,
                        Tone::Bad,
                        crate::fl!("orders-account-last-good-list"),
                    ));
                }
                if ui
                    .add(egui::Button::new(crate::fl!("orders-try-again")).small())
                    .on_hover_text(crate::fl!(
                        "orders-try-again-tooltip",
                        account = (account.account.display_name())
                    ))
                    .clicked()
                {
                    actions.push(Action::RefreshOrders);
                }
            });
            ui.add_space(4.0);
        }
    }

    let combined = view.combined();
    if combined.is_empty() {
        if view.any_listed() {
            ui.add_space(16.0);
            ui.vertical_centered(|ui| {
                ui.label(RichText::new(crate::fl!("orders-empty")).size(16.0));
                ui.label(RichText::new(crate::fl!("orders-empty-hint")).weak());
            });
        } else if !view.accounts.is_empty() {
            ui.label(RichText::new(crate::fl!("orders-looking")).weak());
        }
        return;
    }
    let several_accounts = view.accounts.len() > 1;
    let selected = state.detail.as_ref().map(|d| d.order_id.as_str());
    egui::ScrollArea::vertical()
        .auto_shrink(false)
        .show(ui, |ui| {
            for (account, order) in combined {
                order_row(
                    ui,
                    state,
                    account,
                    order,
                    several_accounts,
                    selected == Some(order.id.as_str()),
                    actions,
                );
            }
        });
}

/// Practice only: make the exchange misbehave, to see what the app does about it.
fn trouble_picker(ui: &mut egui::Ui, state: &AppState, actions: &mut Vec<Action>) {
    ui.add_space(4.0);
    let label = ui.label(RichText::new(crate::fl!("orders-practice-trouble")).strong());
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
    account: &AccountOrders,
    order: &OrderDetail,
    several_accounts: bool,
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
            if state.orders.is_unseen(&account.account.id, &order.id) {
                new_badge(ui, &crate::fl!("orders-new-order-badge"));
            }
        });
        ui.label(format!(
            "{} {} · {}",
            format::amount(&order.quantity),
            order.token_id,
            order.target_nick_name
        ));
        ui.horizontal(|ui| {
            if several_accounts {
                ui.label(
                    RichText::new(account.account.display_name())
                        .small()
                        .strong(),
                );
            }
            let created = order
                .created_ms()
                .map(|ms| format::local_time(ms)[11..].to_owned())
                .unwrap_or_default();
            ui.label(
                RichText::new(crate::fl!("orders-created-at", time = created))
                    .small()
                    .weak(),
            );
            if let Some(left) = account.time_left(order) {
                let urgent = left < format::URGENT;
                let text = RichText::new(crate::fl!(
                    "orders-time-left",
                    time = (format::countdown(left))
                ))
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
        ui.scope_id()
            .with(("order", &account.account.id, &order.id)),
        egui::Sense::click(),
    );
    let amount = format::amount(&order.amount);
    let label = if several_accounts {
        crate::fl!(
            "orders-card-label-with-account",
            order = (order.id.as_str()),
            amount = (amount.as_str()),
            currency = (order.currency_id.as_str()),
            account = (account.account.display_name())
        )
    } else {
        crate::fl!(
            "orders-card-label",
            order = (order.id.as_str()),
            amount = (amount.as_str()),
            currency = (order.currency_id.as_str())
        )
    };
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
    if response.hovered() {
        ui.ctx().set_cursor_icon(egui::CursorIcon::PointingHand);
    }
    if response.clicked() {
        actions.push(Action::ChooseOrder {
            account_id: account.account.id.clone(),
            order: order.clone(),
        });
    }
    ui.add_space(2.0);
}
