//! Every answer sent, from the window or the CLI, newest first. Only the visible rows are
//! drawn, and rows are read from the history a page at a time as the merchant scrolls, so a
//! history of 100,000 entries scrolls as smoothly as one of ten.

use std::collections::BTreeSet;

use eframe::egui::{self, RichText};

use super::state::{Action, AppState, HISTORY_PAGE};
use super::style;
use crate::history::{Entry, Outcome};

const ROW_HEIGHT: f32 = 26.0;

/// Each column's share of the width (titles from [`column_titles`], in the same order).
const COLUMNS: [f32; 9] = [0.135, 0.085, 0.10, 0.175, 0.065, 0.14, 0.05, 0.15, 0.06];

/// Column titles, in the current language, in the order of [`COLUMNS`].
fn column_titles() -> [String; 9] {
    [
        crate::fl!("history-column-time"),
        crate::fl!("history-column-environment"),
        crate::fl!("history-column-account"),
        crate::fl!("history-column-order"),
        crate::fl!("history-column-decision"),
        crate::fl!("history-column-reason"),
        crate::fl!("history-column-proofs"),
        crate::fl!("history-column-outcome"),
        crate::fl!("history-column-latency"),
    ]
}
/// Room kept at the end of each row for its "Details" button.
const DETAILS_WIDTH: f32 = 80.0;

pub fn show(ui: &mut egui::Ui, state: &mut AppState, actions: &mut Vec<Action>) {
    filters(ui, state, actions);
    if let Some(problem) = &state.history.problem {
        ui.label(RichText::new(problem).color(style::error_color(ui)));
    }
    let total = state.history.total;
    match total {
        None => {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label(crate::fl!("history-reading"));
            });
            return;
        }
        Some(0) => {
            ui.add_space(20.0);
            ui.vertical_centered(|ui| {
                let filtered = state.history.shown_filter != crate::history::Filter::default();
                let empty = if filtered {
                    crate::fl!("history-empty-filtered")
                } else {
                    crate::fl!("history-empty")
                };
                ui.label(RichText::new(empty).size(17.0));
                ui.label(RichText::new(crate::fl!("history-empty-hint")).weak());
            });
            return;
        }
        Some(_) => {}
    }
    let widths = column_widths(ui);
    ui.horizontal(|ui| {
        for (title, width) in column_titles().into_iter().zip(&widths) {
            cell(ui, *width, RichText::new(title).strong());
        }
    });
    ui.separator();
    let mut missing_pages = BTreeSet::new();
    egui::ScrollArea::vertical().auto_shrink(false).show_rows(
        ui,
        ROW_HEIGHT,
        total.unwrap_or(0) as usize,
        |ui, range| {
            actions.push(Action::HistoryScrolledTo(range.start as u64));
            for index in range {
                let index = index as u64;
                match state.history.rows.get(&index) {
                    Some(entry) => row(ui, entry, &widths, actions),
                    None => {
                        missing_pages.insert(index / HISTORY_PAGE * HISTORY_PAGE);
                        ui.add_sized(
                            [ui.available_width(), ROW_HEIGHT],
                            egui::Label::new(RichText::new("…").weak()),
                        );
                    }
                }
            }
        },
    );
    actions.extend(missing_pages.into_iter().map(Action::HistoryNeedRows));
}

fn filters(ui: &mut egui::Ui, state: &mut AppState, actions: &mut Vec<Action>) {
    ui.horizontal(|ui| {
        let label = ui.label(crate::fl!("history-filter-order"));
        let changed = ui
            .add(
                egui::TextEdit::singleline(&mut state.history.filter.order_id)
                    .hint_text(crate::fl!("history-filter-order-hint"))
                    .desired_width(200.0),
            )
            .labelled_by(label.id)
            .changed();
        let label = ui.label(crate::fl!("history-filter-outcome"));
        let before = state.history.filter.outcome;
        egui::ComboBox::from_id_salt("history-outcome")
            .selected_text(
                before
                    .map(|o| o.label().to_string())
                    .unwrap_or_else(|| crate::fl!("history-filter-all")),
            )
            .show_ui(ui, |ui| {
                ui.selectable_value(
                    &mut state.history.filter.outcome,
                    None,
                    crate::fl!("history-filter-all"),
                );
                for outcome in [
                    Outcome::Accepted,
                    Outcome::Refused,
                    Outcome::Unknown,
                    Outcome::NotSent,
                    Outcome::Sending,
                ] {
                    ui.selectable_value(
                        &mut state.history.filter.outcome,
                        Some(outcome),
                        outcome.label(),
                    );
                }
            })
            .response
            .labelled_by(label.id);
        if changed || before != state.history.filter.outcome {
            actions.push(Action::HistoryFilterChanged);
        }
        if let Some(total) = state.history.total {
            ui.label(RichText::new(crate::fl!("history-entries", count = total)).weak());
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui.button(crate::fl!("history-export-csv")).clicked() {
                actions.push(Action::ExportHistory);
            }
        });
    });
}

/// Each column's share of what is left once the gaps and the Details button are counted.
fn column_widths(ui: &egui::Ui) -> Vec<f32> {
    let gaps = ui.spacing().item_spacing.x * COLUMNS.len() as f32;
    let available = (ui.available_width() - DETAILS_WIDTH - gaps).max(600.0);
    let total: f32 = COLUMNS.iter().sum();
    COLUMNS
        .iter()
        .map(|share| (available * share / total).floor())
        .collect()
}

/// A left-aligned cell of a fixed width; long text ends in "…".
fn cell(ui: &mut egui::Ui, width: f32, text: RichText) {
    ui.allocate_ui_with_layout(
        egui::vec2(width, ROW_HEIGHT),
        egui::Layout::left_to_right(egui::Align::Center),
        |ui| {
            ui.set_width(width);
            ui.add(egui::Label::new(text).truncate());
        },
    );
}

fn row(ui: &mut egui::Ui, entry: &Entry, widths: &[f32], actions: &mut Vec<Action>) {
    let cells = [
        crate::format::local_time_seconds(entry.started_at_ms),
        entry.environment.clone(),
        entry.account.clone(),
        entry.order_id.clone(),
        if entry.decision == crate::review::Decision::Pass {
            crate::fl!("history-decision-accept")
        } else {
            crate::fl!("history-decision-refuse")
        },
        entry
            .reason
            .map(|r| r.label().to_string())
            .unwrap_or_default(),
        entry.proofs.len().to_string(),
        outcome_text(entry),
        entry
            .latency_ms
            .map(|ms| crate::fl!("history-latency-ms", ms = ms))
            .unwrap_or_default(),
    ];
    ui.horizontal(|ui| {
        for (i, (value, width)) in cells.iter().zip(widths).enumerate() {
            let text = if i == 7 {
                outcome_rich(ui, entry, value)
            } else {
                RichText::new(value)
            };
            cell(ui, *width, text);
        }
        if ui.small_button(crate::fl!("history-details")).clicked() {
            actions.push(Action::OpenHistoryEntry(entry.clone()));
        }
    });
}

fn outcome_text(entry: &Entry) -> String {
    match entry.code {
        Some(code) if code != 0 => crate::fl!(
            "history-outcome-with-code",
            outcome = (entry.outcome.label().to_string()),
            code = (code.to_string())
        ),
        _ => entry.outcome.label().to_string(),
    }
}

fn outcome_rich(ui: &egui::Ui, entry: &Entry, text: &str) -> RichText {
    let tone = match entry.outcome {
        Outcome::Accepted => style::Tone::Good,
        Outcome::Refused | Outcome::NotSent => style::Tone::Bad,
        Outcome::Unknown | Outcome::Sending => style::Tone::Unsure,
    };
    let (_, color) = style::tone_colors(tone, ui.visuals().dark_mode);
    RichText::new(text).color(color).strong()
}

/// One entry in full.
pub fn entry_dialog(ctx: &egui::Context, entry: &Entry, actions: &mut Vec<Action>) {
    let modal = egui::Modal::new(egui::Id::unique("history-entry")).show(ctx, |ui| {
        style::dialog(ui, 620.0, |ui| {
            ui.heading(crate::fl!(
                "history-entry-title",
                order = (entry.order_id.as_str())
            ));
            egui::Grid::new("history-entry-grid")
                .num_columns(2)
                .spacing([16.0, 6.0])
                .show(ui, |ui| {
                    let mut row = |name: &str, value: String| {
                        ui.label(name);
                        ui.add(egui::Label::new(RichText::new(value).strong()).wrap());
                        ui.end_row();
                    };
                    row(
                        &crate::fl!("history-entry-time"),
                        crate::format::local_time_seconds(entry.started_at_ms),
                    );
                    row(
                        &crate::fl!("history-entry-environment"),
                        entry.environment.clone(),
                    );
                    row(&crate::fl!("history-entry-account"), entry.account.clone());
                    row(
                        &crate::fl!("history-entry-decision"),
                        entry.decision.label().to_string(),
                    );
                    row(
                        &crate::fl!("history-entry-reason"),
                        entry
                            .reason
                            .map(|r| r.label().to_string())
                            .unwrap_or_else(|| "—".into()),
                    );
                    row(
                        &crate::fl!("history-entry-proofs"),
                        if entry.proofs.is_empty() {
                            "—".into()
                        } else {
                            entry.proofs.join("\n")
                        },
                    );
                    row(
                        &crate::fl!("history-entry-remark"),
                        entry.remark.clone().unwrap_or_else(|| "—".into()),
                    );
                    row(
                        &crate::fl!("history-entry-outcome"),
                        entry.outcome.label().to_string(),
                    );
                    row(
                        &crate::fl!("history-entry-bybit-code"),
                        entry
                            .code
                            .map(|c| c.to_string())
                            .unwrap_or_else(|| "—".into()),
                    );
                    row(
                        &crate::fl!("history-entry-message"),
                        if entry.message.is_empty() {
                            "—".into()
                        } else {
                            entry.message.clone()
                        },
                    );
                    if let Some(verification) = &entry.verification {
                        row(
                            &crate::fl!("history-entry-checked-afterwards"),
                            verification.clone(),
                        );
                    }
                    row(
                        &crate::fl!("history-entry-latency"),
                        entry
                            .latency_ms
                            .map(|ms| crate::fl!("history-latency-ms", ms = ms))
                            .unwrap_or_else(|| "—".into()),
                    );
                });
            ui.add_space(8.0);
            if ui.button(crate::fl!("history-entry-close")).clicked() {
                actions.push(Action::CloseHistoryEntry);
            }
        });
    });
    if modal.should_close() {
        actions.push(Action::CloseHistoryEntry);
    }
}
