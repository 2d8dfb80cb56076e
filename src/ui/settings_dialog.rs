//! Preferences: how long to wait for Bybit, how often the list refreshes; and the support
//! corner: copy diagnostics, where the logs are.

use eframe::egui::{self, RichText};

use super::state::{Action, AppState, WATCH_CHOICES};
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
        let label = ui.label(RichText::new("Look for cancel requests").strong());
        let current = WATCH_CHOICES
            .iter()
            .find(|(every, _)| *every == state.orders.interval)
            .map_or("every minute", |(_, words)| *words);
        egui::ComboBox::from_id_salt("settings-watch-interval")
            .selected_text(current)
            .width(240.0)
            .show_ui(ui, |ui| {
                for (every, words) in WATCH_CHOICES {
                    if ui
                        .selectable_label(state.orders.interval == every, words)
                        .clicked()
                    {
                        actions.push(Action::SetWatchInterval(every));
                    }
                }
            })
            .response
            .labelled_by(label.id);
        ui.label(
            RichText::new(
                "Every account is watched, even while this window is minimised or closed to the tray. A notification tells you of each new request, and again when 3 minutes are left.",
            )
            .small()
            .weak(),
        );
        let mut sound = state.settings.alert_sound;
        if ui
            .checkbox(&mut sound, "Play a sound with each notification")
            .changed()
        {
            actions.push(Action::SetAlertSound(sound));
        }
        if let Some(enabled) = state.start_at_login {
            let mut at_login = enabled;
            if ui
                .checkbox(&mut at_login, "Start when I log in, in the tray")
                .changed()
            {
                actions.push(Action::SetStartAtLogin(at_login));
            }
        }
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
