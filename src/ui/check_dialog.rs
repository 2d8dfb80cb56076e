//! The result of "Test connection": each step with its verdict, what was found, what to do.

use eframe::egui::{self, RichText};

use super::state::{Action, CheckView};
use super::style::{self, Tone};
use crate::check::Verdict;

pub fn show(ctx: &egui::Context, view: &CheckView, actions: &mut Vec<Action>) {
    let modal = egui::Modal::new(egui::Id::unique("connection-check")).show(ctx, |ui| {
        style::dialog(ui, 560.0, |ui| {
            ui.heading(crate::fl!(
                "check-dialog-title",
                account = (view.account.display_name())
            ));
            ui.label(RichText::new(view.account.environment.label()).weak());
            ui.add_space(6.0);
            match &view.report {
                None => {
                    ui.horizontal(|ui| {
                        ui.spinner();
                        ui.label(crate::fl!("check-dialog-checking"));
                    });
                }
                Some(report) => {
                    for step in &report.steps {
                        let name = step.name.to_string();
                        let (tone, heading) = match step.verdict {
                            Verdict::Good => (
                                Tone::Good,
                                crate::fl!("check-dialog-step-good", step = (name.as_str())),
                            ),
                            Verdict::Warning => (
                                Tone::Unsure,
                                crate::fl!("check-dialog-step-warning", step = (name.as_str())),
                            ),
                            Verdict::Problem => (
                                Tone::Bad,
                                crate::fl!("check-dialog-step-problem", step = (name.as_str())),
                            ),
                        };
                        style::tone_frame(ui, tone).show(ui, |ui| {
                            ui.set_width(ui.available_width());
                            ui.label(style::tone_text(ui, tone, heading).strong());
                            ui.add(
                                egui::Label::new(style::tone_text(ui, tone, step.finding.clone()))
                                    .wrap(),
                            );
                            if let Some(advice) = &step.advice {
                                ui.add(
                                    egui::Label::new(style::tone_text(
                                        ui,
                                        tone,
                                        crate::fl!(
                                            "check-dialog-advice",
                                            advice = (advice.as_str())
                                        ),
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
            if ui.button(crate::fl!("check-dialog-close")).clicked() {
                actions.push(Action::CloseCheck);
            }
        });
    });
    if modal.should_close() {
        actions.push(Action::CloseCheck);
    }
}
