//! Preferences: how long to wait for Bybit, how often the list refreshes; and the support
//! corner: copy diagnostics, where the logs are.

use eframe::egui::{self, RichText};

use super::state::{Action, AppState, WATCH_CHOICES, watch_choice_words};
use super::style;
use crate::settings::ANSWER_TIMEOUT_RANGE;

pub fn show(ctx: &egui::Context, state: &AppState, actions: &mut Vec<Action>) {
    let modal = egui::Modal::new(egui::Id::unique("settings")).show(ctx, |ui| {
        style::dialog(ui, 520.0, |ui| {
            ui.heading(crate::fl!("settings-title"));
            ui.add_space(6.0);
            language_picker(ui, state, actions);
            ui.label(RichText::new(crate::fl!("settings-zoom-hint")).small());
            ui.add_space(10.0);
            ui.label(RichText::new(crate::fl!("settings-answer-timeout")).strong());
            let mut seconds = state.settings.answer_timeout_secs;
            ui.horizontal(|ui| {
                let label = ui.label(crate::fl!("settings-answer-timeout-seconds"));
                let slider = egui::Slider::new(&mut seconds, ANSWER_TIMEOUT_RANGE)
                    .suffix(crate::fl!("settings-answer-timeout-suffix"));
                if ui.add(slider).labelled_by(label.id).changed() {
                    actions.push(Action::SetAnswerTimeout(seconds));
                }
            });
            ui.label(
                RichText::new(crate::fl!("settings-answer-timeout-explained"))
                    .small()
                    .weak(),
            );
            ui.add_space(10.0);
            let label = ui.label(RichText::new(crate::fl!("settings-watch")).strong());
            egui::ComboBox::from_id_salt("settings-watch-interval")
                .selected_text(watch_choice_words(state.orders.interval))
                .width(240.0)
                .show_ui(ui, |ui| {
                    for every in WATCH_CHOICES {
                        if ui
                            .selectable_label(
                                state.orders.interval == every,
                                watch_choice_words(every),
                            )
                            .clicked()
                        {
                            actions.push(Action::SetWatchInterval(every));
                        }
                    }
                })
                .response
                .labelled_by(label.id);
            ui.label(
                RichText::new(crate::fl!("settings-watch-explained"))
                    .small()
                    .weak(),
            );
            let mut sound = state.settings.alert_sound;
            if ui
                .checkbox(&mut sound, crate::fl!("settings-alert-sound"))
                .changed()
            {
                actions.push(Action::SetAlertSound(sound));
            }
            if let Some(enabled) = state.start_at_login {
                let mut at_login = enabled;
                if ui
                    .checkbox(&mut at_login, crate::fl!("settings-start-at-login"))
                    .changed()
                {
                    actions.push(Action::SetStartAtLogin(at_login));
                }
            }
            ui.add_space(10.0);
            ui.label(RichText::new(crate::fl!("settings-support")).strong());
            ui.horizontal(|ui| {
                if ui.button(crate::fl!("settings-copy-diagnostics")).clicked() {
                    actions.push(Action::CopyDiagnostics);
                }
                ui.label(
                    RichText::new(crate::fl!("settings-copy-diagnostics-explained"))
                        .small()
                        .weak(),
                );
            });
            ui.label(
                RichText::new(crate::fl!(
                    "settings-logs-folder",
                    path = (state.log_dir.display().to_string())
                ))
                .small()
                .weak(),
            );
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                if ui.button(crate::fl!("settings-close")).clicked() {
                    actions.push(Action::CloseSettings);
                }
                if ui
                    .button(crate::fl!("settings-about", app = (super::app_title())))
                    .clicked()
                {
                    actions.push(Action::OpenAbout);
                }
            });
        });
    });
    if modal.should_close() {
        actions.push(Action::CloseSettings);
    }
}

/// The language, each named in itself; the system's first. Applies at once.
fn language_picker(ui: &mut egui::Ui, state: &AppState, actions: &mut Vec<Action>) {
    let label = ui.label(RichText::new(crate::fl!("settings-language")).strong());
    let system = crate::fl!(
        "settings-language-system",
        language = (crate::i18n::system().name)
    );
    let picked = state
        .settings
        .language
        .as_deref()
        .and_then(crate::i18n::parse);
    egui::ComboBox::from_id_salt("settings-language")
        .selected_text(picked.map_or(system.clone(), |l| l.name.to_owned()))
        .width(240.0)
        .show_ui(ui, |ui| {
            if ui.selectable_label(picked.is_none(), system).clicked() {
                actions.push(Action::SetLanguage(None));
            }
            for language in &crate::i18n::LANGUAGES {
                if ui
                    .selectable_label(picked == Some(language), language.name)
                    .clicked()
                {
                    actions.push(Action::SetLanguage(Some(language)));
                }
            }
        })
        .response
        .labelled_by(label.id);
}
