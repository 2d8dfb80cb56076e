//! The proof picker: a file dialog, drag and drop onto the window, or pasted links. Each proof
//! is listed with its name, size, a thumbnail for images, and a remove button.

use eframe::egui::{self, RichText};

use super::state::{Action, AppState, ProofItem};
use super::style;
use crate::proof::MAX_PROOF_FILE_BYTES;
use crate::review::{Field, MAX_PROOFS};

/// Size of a thumbnail on screen, in points.
const THUMB: f32 = 48.0;
/// A one-line text field's margins around the width it is given.
const FIELD_MARGINS: f32 = 8.0;

pub fn show(ui: &mut egui::Ui, state: &mut AppState, actions: &mut Vec<Action>) {
    ui.label(RichText::new(crate::fl!("proofs-heading")).strong());
    ui.label(
        RichText::new(crate::fl!(
            "proofs-explanation",
            megabytes = (MAX_PROOF_FILE_BYTES / 1_048_576),
            max = (MAX_PROOFS)
        ))
        .small()
        .weak(),
    );
    ui.label(RichText::new(crate::fl!("proofs-video-advice")).small());
    ui.horizontal(|ui| {
        let add = ui.button(crate::fl!("proofs-add-files"));
        if state.form.focus == Some(Field::Proofs) {
            add.request_focus();
        }
        if add.clicked() {
            actions.push(Action::PickProofFiles);
        }
        ui.label(RichText::new(crate::fl!("proofs-drop-hint")).weak());
        if state.form.checking_files {
            ui.spinner();
            ui.label(crate::fl!("proofs-checking-files"));
        }
    });
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(crate::fl!("proofs-links"));
        // The field takes what the button leaves, as wide as the button was drawn the frame
        // before (its words differ by language); too narrow a window puts the button on the
        // next line.
        let button_width_id = egui::Id::unique("add-links-button-width");
        let button_width = ui
            .data(|d| d.get_temp::<f32>(button_width_id))
            .unwrap_or(120.0);
        let field = ui
            .add(
                egui::TextEdit::singleline(&mut state.form.link_input)
                    .hint_text(crate::fl!("proofs-links-hint"))
                    .desired_width(
                        (ui.available_size_before_wrap().x - button_width - FIELD_MARGINS)
                            .clamp(160.0, 460.0),
                    ),
            )
            .labelled_by(label.id);
        let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        let button = ui.button(crate::fl!("proofs-add-links"));
        let drawn = button.rect.width() + ui.spacing().item_spacing.x;
        if drawn != button_width {
            ui.data_mut(|d| d.insert_temp(button_width_id, drawn));
            ui.ctx().request_repaint();
        }
        if button.clicked() || entered {
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
                                // File formats' names stay; "image" is a word.
                                let tag = match file.kind {
                                    crate::proof::ProofKind::Pdf => "PDF".to_owned(),
                                    crate::proof::ProofKind::Mp4 => "MP4".to_owned(),
                                    _ => crate::fl!("proofs-tag-image"),
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
                                RichText::new(crate::fl!(
                                    "proofs-file-kind-size",
                                    kind = (file.kind.label()),
                                    size = (human_size(file.size))
                                ))
                                .small()
                                .weak(),
                            );
                        });
                    }
                    ProofItem::Link(url) => {
                        ui.add_sized(
                            [THUMB, THUMB],
                            egui::Label::new(
                                RichText::new(crate::fl!("proofs-tag-link"))
                                    .strong()
                                    .size(12.0),
                            ),
                        );
                        ui.vertical(|ui| {
                            ui.label(RichText::new(url).strong());
                            ui.label(RichText::new(crate::fl!("proofs-link")).small().weak());
                        });
                    }
                }
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    if ui
                        .button(crate::fl!("proofs-remove"))
                        .on_hover_text(crate::fl!("proofs-remove-hover", name = (proof.describe())))
                        .clicked()
                    {
                        actions.push(Action::RemoveProof(index));
                    }
                });
            });
        });
}

/// "245 KB", "3.4 MB" (the number written the language's way: "3,4 MB" in Russian).
pub fn human_size(bytes: u64) -> String {
    if bytes < 1024 * 1024 {
        crate::fl!("proofs-size-kb", size = (bytes.div_ceil(1024)))
    } else {
        crate::fl!(
            "proofs-size-mb",
            size = (crate::format::amount(&format!("{:.1}", bytes as f64 / 1_048_576.0)))
        )
    }
}
