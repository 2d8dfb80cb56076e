//! The result of "Test connection": each step with its verdict, what was found, what to do.

use eframe::egui::{self, RichText};

use super::state::{Action, CheckView};
use super::style::{self, Tone};
use crate::check::Verdict;

pub fn show(ctx: &egui::Context, view: &CheckView, actions: &mut Vec<Action>) {
    let modal = egui::Modal::new(egui::Id::unique("connection-check")).show(ctx, |ui| {
        ui.set_width(560.0);
        ui.heading(format!("Connection check: {}", view.account.name));
        ui.label(RichText::new(view.account.environment.label()).weak());
        ui.add_space(6.0);
        match &view.report {
            None => {
                ui.horizontal(|ui| {
                    ui.spinner();
                    ui.label("Checking the clock, the key and the P2P account…");
                });
            }
            Some(report) => {
                for step in &report.steps {
                    let (tone, word) = match step.verdict {
                        Verdict::Good => (Tone::Good, "OK"),
                        Verdict::Warning => (Tone::Unsure, "Warning"),
                        Verdict::Problem => (Tone::Bad, "Problem"),
                    };
                    style::tone_frame(ui, tone).show(ui, |ui| {
                        ui.set_width(ui.available_width());
                        ui.label(
                            style::tone_text(ui, tone, format!("{}: {word}", step.name)).strong(),
                        );
                        ui.add(
                            egui::Label::new(style::tone_text(ui, tone, step.finding.clone()))
                                .wrap(),
                        );
                        if let Some(advice) = &step.advice {
                            ui.add(
                                egui::Label::new(style::tone_text(
                                    ui,
                                    tone,
                                    format!("What to do: {advice}"),
                                ))
                                .wrap(),
                            );
                        }
                    });
                    ui.add_space(4.0);
                }
            }
        }
        ui.add_space(4.0);
        if ui.button("Close").clicked() {
            actions.push(Action::CloseCheck);
        }
    });
    if modal.should_close() {
        actions.push(Action::CloseCheck);
    }
}
