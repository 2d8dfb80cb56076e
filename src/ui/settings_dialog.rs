//! Preferences: how long to wait for Bybit, how often the list refreshes; and the support
//! corner: copy diagnostics, where the logs are.

use eframe::egui::{self, RichText};

use super::state::{Action, AppState, REFRESH_CHOICES};
use crate::settings::ANSWER_TIMEOUT_RANGE;

pub fn show(ctx: &egui::Context, state: &AppState, actions: &mut Vec<Action>) {
    let modal = egui::Modal::new(egui::Id::unique("settings")).show(ctx, |ui| {
        ui.set_width(520.0);
        ui.heading("Settings");
        ui.add_space(6.0);
        ui.label(RichText::new("Wait for Bybit's answer").strong());
        let mut seconds = state.settings.answer_timeout_secs;
        ui.horizontal(|ui| {
            let label = ui.label("Seconds");
            let slider = egui::Slider::new(&mut seconds, ANSWER_TIMEOUT_RANGE).suffix(" s");
            if ui.add(slider).labelled_by(label.id).changed() {
                actions.push(Action::SetAnswerTimeout(seconds));
            }
        });
        ui.label(
            RichText::new(
                "If no answer comes in this time, the app reads the order to find out whether your answer arrived, and never sends it twice by itself.",
            )
            .small()
            .weak(),
        );
        ui.add_space(10.0);
        let label = ui.label(RichText::new("Refresh the orders awaiting an answer").strong());
        let current = REFRESH_CHOICES
            .iter()
            .find(|(d, _)| *d == state.orders.interval)
            .map_or("every minute", |(_, l)| *l);
        egui::ComboBox::from_id_salt("settings-refresh")
            .selected_text(current)
            .width(240.0)
            .show_ui(ui, |ui| {
                for (interval, text) in REFRESH_CHOICES {
                    if ui.selectable_label(state.orders.interval == interval, text).clicked() {
                        actions.push(Action::SetRefreshInterval(interval));
                    }
                }
            })
            .response
            .labelled_by(label.id);
        ui.add_space(10.0);
        ui.label(RichText::new("Support").strong());
        ui.horizontal(|ui| {
            if ui.button("Copy diagnostics").clicked() {
                actions.push(Action::CopyDiagnostics);
            }
            ui.label(RichText::new("for a message to support: versions, settings, recent log lines; never a key or secret.").small().weak());
        });
        ui.label(RichText::new(format!("Logs are kept in {}", state.log_dir.display())).small().weak());
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button("Close").clicked() {
                actions.push(Action::CloseSettings);
            }
            if ui.button("About P2P Cancel Review…").clicked() {
                actions.push(Action::OpenAbout);
            }
        });
    });
    if modal.should_close() {
        actions.push(Action::CloseSettings);
    }
}
