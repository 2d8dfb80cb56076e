//! About: which version this is, under which licence, and where its files are.

use eframe::egui::{self, RichText};

use super::state::{Action, AppState};
use super::style;

/// The licence the app is distributed under, shown in full on request.
const LICENCE_TEXT: &str = include_str!("../../LICENSE");

pub fn show(ctx: &egui::Context, state: &AppState, actions: &mut Vec<Action>) {
    let modal = egui::Modal::new(egui::Id::unique("about")).show(ctx, |ui| {
        style::dialog(ui, 520.0, |ui| {
            ui.heading(super::app_title());
            ui.label(crate::fl!(
                "about-version",
                version = (env!("CARGO_PKG_VERSION")),
                os = (std::env::consts::OS),
                arch = (std::env::consts::ARCH)
            ));
            ui.add_space(6.0);
            ui.label(crate::fl!("about-licence"));
            egui::CollapsingHeader::new(crate::fl!("about-licence-text"))
                .id_salt("about-licence")
                .show(ui, |ui| {
                    egui::ScrollArea::vertical()
                        .max_height(180.0)
                        .show(ui, |ui| {
                            ui.label(RichText::new(LICENCE_TEXT).small());
                        });
                });
            ui.add_space(6.0);
            folder_row(
                ui,
                &crate::fl!("about-open-data-folder"),
                &state.data_dir,
                actions,
            );
            folder_row(
                ui,
                &crate::fl!("about-open-logs-folder"),
                &state.log_dir,
                actions,
            );
            ui.label(RichText::new(crate::fl!("about-data-folder-explained")).small());
            ui.add_space(8.0);
            if ui.button(crate::fl!("about-close")).clicked() {
                actions.push(Action::CloseAbout);
            }
        });
    });
    if modal.should_close() {
        actions.push(Action::CloseAbout);
    }
}

fn folder_row(ui: &mut egui::Ui, button: &str, path: &std::path::Path, actions: &mut Vec<Action>) {
    ui.horizontal(|ui| {
        if ui.button(button).clicked() {
            actions.push(Action::OpenFolder(path.to_path_buf()));
        }
        ui.add(egui::Label::new(RichText::new(path.display().to_string()).small()).truncate())
            .on_hover_text(path.display().to_string());
    });
}
