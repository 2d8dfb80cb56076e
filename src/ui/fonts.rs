//! Fonts for what egui's own fonts lack (Vietnamese capitals, Chinese, what a seller typed):
//! the system's, found through its own font fallback. Asked in the app's language, so that
//! Traditional Chinese gets a Traditional Chinese font where both are installed.

use std::sync::Arc;

use eframe::egui;
use egui_system_font_provider::SystemFontProvider;

/// Looks up system fonts for `language` from now on (in English: for the system's locale,
/// the likeliest language of what a seller types).
pub fn follow_language(ctx: &egui::Context, language: &crate::i18n::Language) {
    let provider = SystemFontProvider::new();
    let provider = if language.tag == "en" || *language == crate::i18n::PSEUDO {
        provider
    } else {
        provider.with_locale(Some(language.tag))
    };
    ctx.set_font_providers(vec![Arc::new(provider)]);
}
