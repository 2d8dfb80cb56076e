//! First run: what this app does, and the two ways in.

use eframe::egui::{self, RichText};

use super::state::{Action, AppState};
use super::style::{self, Tone};

pub fn show(ui: &mut egui::Ui, state: &AppState, actions: &mut Vec<Action>) {
    ui.vertical_centered(|ui| {
        ui.add_space((ui.available_height() * 0.12).min(90.0));
        style::card(ui).show(ui, |ui| {
            ui.set_max_width(560.0);
            ui.vertical_centered(|ui| {
                ui.heading(RichText::new("Answer a seller's cancel request").size(26.0).strong());
                ui.add_space(6.0);
                ui.label(
                    "When a seller on Bybit P2P asks to cancel an order you bought, you accept or refuse. \
                     This app sends your answer, with your proof, in a few clicks.",
                );
                ui.add_space(18.0);
                let add = style::primary_button("Add my Bybit API key").min_size(egui::vec2(320.0, 46.0));
                if ui.add(add).clicked() {
                    actions.push(Action::OpenAccountDialog);
                }
                ui.label(RichText::new("Your key stays in this computer's keychain, never in a file.").small().weak());
                ui.add_space(14.0);
                let practice = egui::Button::new(RichText::new("Try practice mode").size(17.0))
                    .min_size(egui::vec2(320.0, 46.0));
                if ui.add(practice).clicked() {
                    actions.push(Action::StartPractice);
                }
                ui.label(
                    RichText::new("A simulated exchange on this computer, with sample orders. No key, no real money.")
                        .small()
                        .weak(),
                );
            });
        });
        if let Some(Err(why)) = &state.keyring {
            ui.add_space(14.0);
            style::tone_frame(ui, Tone::Unsure).show(ui, |ui| {
                ui.set_max_width(560.0);
                ui.label(style::tone_text(ui, Tone::Unsure, why.clone()));
            });
        }
    });
}
