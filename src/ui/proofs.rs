//! The proof picker: a file dialog, drag and drop onto the window, or pasted links. Each proof
//! is listed with its name, size, a thumbnail for images, and a remove button.

use eframe::egui::{self, RichText};

use super::state::{Action, AppState, ProofItem};
use super::style;
use crate::proof::MAX_PROOF_FILE_BYTES;
use crate::review::{Field, MAX_PROOFS};

/// Size of a thumbnail on screen, in points.
const THUMB: f32 = 48.0;

pub fn show(ui: &mut egui::Ui, state: &mut AppState, actions: &mut Vec<Action>) {
    ui.label(RichText::new("Proof").strong());
    ui.label(
        RichText::new(format!(
            "Screenshots of your payment, bank statements (.jpg, .png, .pdf) or a short video (.mp4), up to {} MB each; or links. At most {MAX_PROOFS}.",
            MAX_PROOF_FILE_BYTES / 1_048_576
        ))
        .small()
        .weak(),
    );
    ui.horizontal(|ui| {
        let add = ui.button("Add files…");
        if state.form.focus == Some(Field::Proofs) {
            add.request_focus();
        }
        if add.clicked() {
            actions.push(Action::PickProofFiles);
        }
        ui.label(RichText::new("or drop files anywhere on this window").weak());
        if state.form.checking_files {
            ui.spinner();
            ui.label("Checking files…");
        }
    });
    ui.horizontal(|ui| {
        let label = ui.label("Links");
        let field = ui
            .add(
                egui::TextEdit::singleline(&mut state.form.link_input)
                    .hint_text("Paste one or more links: https://…")
                    .desired_width((ui.available_width() - 110.0).clamp(160.0, 460.0)),
            )
            .labelled_by(label.id);
        let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if ui.button("Add links").clicked() || entered {
            actions.push(Action::AddLinks);
        }
    });
    if let Some(hint) = &state.form.hint {
        ui.label(RichText::new(hint).weak());
    }
    for problem in &state.form.proof_problems {
        ui.label(RichText::new(problem).color(style::error_color(ui)));
    }
    for (index, proof) in state.form.proofs.iter().enumerate() {
        proof_row(ui, index, proof, actions);
    }
    if let Some(message) = state.form.error_for(Field::Proofs) {
        ui.label(RichText::new(message).color(style::error_color(ui)));
    }
}

fn proof_row(ui: &mut egui::Ui, index: usize, proof: &ProofItem, actions: &mut Vec<Action>) {
    egui::Frame::group(ui.style())
        .corner_radius(8.0)
        .inner_margin(egui::Margin::symmetric(10, 6))
        .show(ui, |ui| {
            ui.set_width(ui.available_width().min(680.0) - 22.0);
            ui.horizontal(|ui| {
                match proof {
                    ProofItem::File { file, thumbnail } => {
                        match thumbnail {
                            Some(texture) => {
                                // Keep the picture's proportions inside a square slot.
                                ui.add_sized(
                                    [THUMB, THUMB],
                                    egui::Image::from_texture(texture)
                                        .max_size(egui::vec2(THUMB, THUMB))
                                        .corner_radius(4.0),
                                );
                            }
                            None => {
                                let tag = match file.kind {
                                    crate::proof::ProofKind::Pdf => "PDF",
                                    crate::proof::ProofKind::Mp4 => "MP4",
                                    _ => "IMG",
                                };
                                ui.add_sized(
                                    [THUMB, THUMB],
                                    egui::Label::new(RichText::new(tag).strong().size(14.0)),
                                );
                            }
                        }
                        ui.vertical(|ui| {
                            ui.label(RichText::new(&file.name).strong());
                            ui.label(
                                RichText::new(format!(
                                    "{} · {}",
                                    file.kind.label(),
                                    human_size(file.size)
                                ))
                                .small()
                                .weak(),
                            );
                        });
                    }
                    ProofItem::Link(url) => {
                        ui.add_sized(
                            [THUMB, THUMB],
                            egui::Label::new(RichText::new("LINK").strong().size(12.0)),
                        );
                        ui.vertical(|ui| {
                            ui.label(RichText::new(url).strong());
                            ui.label(RichText::new("Link").small().weak());
                        });
                    }
                }
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    if ui
                        .button("Remove")
                        .on_hover_text(format!("Remove {}", proof.describe()))
                        .clicked()
                    {
                        actions.push(Action::RemoveProof(index));
                    }
                });
            });
        });
}

/// "245 KB", "3.4 MB".
pub fn human_size(bytes: u64) -> String {
    if bytes < 1024 * 1024 {
        format!("{} KB", bytes.div_ceil(1024))
    } else {
        format!("{:.1} MB", bytes as f64 / 1_048_576.0)
    }
}
