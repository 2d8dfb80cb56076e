//! Every answer sent, from the window or the CLI, newest first. Only the visible rows are
//! drawn, and rows are read from the history a page at a time as the merchant scrolls, so a
//! history of 100,000 entries scrolls as smoothly as one of ten.

use std::collections::BTreeSet;

use eframe::egui::{self, RichText};

use super::state::{Action, AppState, HISTORY_PAGE};
use super::style;
use crate::history::{Entry, Outcome};

const ROW_HEIGHT: f32 = 26.0;

/// Column titles and their share of the width.
const COLUMNS: [(&str, f32); 9] = [
    ("Time", 0.135),
    ("Environment", 0.085),
    ("Account", 0.10),
    ("Order", 0.175),
    ("Decision", 0.065),
    ("Reason", 0.14),
    ("Proofs", 0.05),
    ("Outcome", 0.15),
    ("Latency", 0.06),
];
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
                ui.label("Reading the history…");
            });
            return;
        }
        Some(0) => {
            ui.add_space(20.0);
            ui.vertical_centered(|ui| {
                let filtered = state.history.shown_filter != crate::history::Filter::default();
                ui.label(RichText::new(if filtered { "No answer matches this filter." } else { "No answers sent yet." }).size(17.0));
                ui.label(RichText::new("Every answer you send, from this window or the command line, appears here.").weak());
            });
            return;
        }
        Some(_) => {}
    }
    let widths = column_widths(ui);
    ui.horizontal(|ui| {
        for ((title, _), width) in COLUMNS.iter().zip(&widths) {
            cell(ui, *width, RichText::new(*title).strong());
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
        let label = ui.label("Order");
        let changed = ui
            .add(
                egui::TextEdit::singleline(&mut state.history.filter.order_id)
                    .hint_text("any order")
                    .desired_width(200.0),
            )
            .labelled_by(label.id)
            .changed();
        let label = ui.label("Outcome");
        let before = state.history.filter.outcome;
        egui::ComboBox::from_id_salt("history-outcome")
            .selected_text(before.map(|o| o.label()).unwrap_or("All"))
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut state.history.filter.outcome, None, "All");
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
            ui.label(
                RichText::new(format!(
                    "{total} entr{}",
                    if total == 1 { "y" } else { "ies" }
                ))
                .weak(),
            );
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui.button("Export CSV…").clicked() {
                actions.push(Action::ExportHistory);
            }
        });
    });
}

/// Each column's share of what is left once the gaps and the Details button are counted.
fn column_widths(ui: &egui::Ui) -> Vec<f32> {
    let gaps = ui.spacing().item_spacing.x * COLUMNS.len() as f32;
    let available = (ui.available_width() - DETAILS_WIDTH - gaps).max(600.0);
    let total: f32 = COLUMNS.iter().map(|(_, share)| share).sum();
    COLUMNS
        .iter()
        .map(|(_, share)| (available * share / total).floor())
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
            "accept".into()
        } else {
            "refuse".into()
        },
        entry
            .reason
            .map(|r| r.label().to_owned())
            .unwrap_or_default(),
        entry.proofs.len().to_string(),
        outcome_text(entry),
        entry
            .latency_ms
            .map(|ms| format!("{ms} ms"))
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
        if ui.small_button("Details").clicked() {
            actions.push(Action::OpenHistoryEntry(entry.clone()));
        }
    });
}

fn outcome_text(entry: &Entry) -> String {
    match entry.code {
        Some(code) if code != 0 => format!("{} ({code})", entry.outcome.label()),
        _ => entry.outcome.label().to_owned(),
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
        ui.set_width(620.0);
        ui.heading(format!("Order {}", entry.order_id));
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
                    "Time",
                    crate::format::local_time_seconds(entry.started_at_ms),
                );
                row("Environment", entry.environment.clone());
                row("Account", entry.account.clone());
                row("Decision", entry.decision.label().to_owned());
                row(
                    "Reason",
                    entry
                        .reason
                        .map(|r| r.label().to_owned())
                        .unwrap_or_else(|| "—".into()),
                );
                row(
                    "Proofs",
                    if entry.proofs.is_empty() {
                        "—".into()
                    } else {
                        entry.proofs.join("\n")
                    },
                );
                row("Remark", entry.remark.clone().unwrap_or_else(|| "—".into()));
                row("Outcome", entry.outcome.label().to_owned());
                row(
                    "Bybit code",
                    entry
                        .code
                        .map(|c| c.to_string())
                        .unwrap_or_else(|| "—".into()),
                );
                row(
                    "Message",
                    if entry.message.is_empty() {
                        "—".into()
                    } else {
                        entry.message.clone()
                    },
                );
                if let Some(verification) = &entry.verification {
                    row("Checked afterwards", verification.clone());
                }
                row(
                    "Latency",
                    entry
                        .latency_ms
                        .map(|ms| format!("{ms} ms"))
                        .unwrap_or_else(|| "—".into()),
                );
            });
        ui.add_space(8.0);
        if ui.button("Close").clicked() {
            actions.push(Action::CloseHistoryEntry);
        }
    });
    if modal.should_close() {
        actions.push(Action::CloseHistoryEntry);
    }
}
