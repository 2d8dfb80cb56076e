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
                ui.heading(
                    RichText::new(crate::fl!("welcome-heading"))
                        .size(26.0)
                        .strong(),
                );
                ui.add_space(6.0);
                ui.label(crate::fl!("welcome-intro"));
                ui.add_space(18.0);
                let add = style::primary_button(&crate::fl!("welcome-add-key"))
                    .min_size(egui::vec2(320.0, 46.0));
                if ui.add(add).clicked() {
                    actions.push(Action::OpenAccountDialog);
                }
                ui.label(RichText::new(crate::fl!("welcome-key-note")).small().weak());
                ui.add_space(14.0);
                let practice =
                    egui::Button::new(RichText::new(crate::fl!("welcome-practice")).size(17.0))
                        .min_size(egui::vec2(320.0, 46.0));
                if ui.add(practice).clicked() {
                    actions.push(Action::StartPractice);
                }
                ui.label(
                    RichText::new(crate::fl!("welcome-practice-note"))
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
