//! The app's look: readable sizes, calm spacing, and colours that mean the same in light and
//! dark themes (green: practice, blue: testnet, red: real money).

use eframe::egui::{self, Color32, FontId, RichText, TextStyle};

use crate::bybit::Environment;

/// Larger text and more air than egui's defaults: merchants read this under pressure.
pub fn apply(ctx: &egui::Context) {
    ctx.all_styles_mut(|style| {
        style.text_styles = [
            (TextStyle::Heading, FontId::proportional(22.0)),
            (TextStyle::Body, FontId::proportional(15.0)),
            (TextStyle::Button, FontId::proportional(15.0)),
            (TextStyle::Small, FontId::proportional(12.5)),
            (TextStyle::Monospace, FontId::monospace(14.0)),
        ]
        .into();
        style.spacing.item_spacing = egui::vec2(10.0, 8.0);
        style.spacing.button_padding = egui::vec2(12.0, 6.0);
        style.spacing.interact_size.y = 30.0;
    });
}

/// Colours of an environment badge: (background, text).
pub fn environment_colors(environment: Environment, dark: bool) -> (Color32, Color32) {
    match (environment, dark) {
        (Environment::Practice, false) => (
            Color32::from_rgb(0xD7, 0xF5, 0xDD),
            Color32::from_rgb(0x0B, 0x5D, 0x1E),
        ),
        (Environment::Practice, true) => (
            Color32::from_rgb(0x16, 0x4B, 0x25),
            Color32::from_rgb(0xC8, 0xF7, 0xD2),
        ),
        (Environment::Testnet, false) => (
            Color32::from_rgb(0xD9, 0xE8, 0xFF),
            Color32::from_rgb(0x0A, 0x3D, 0x91),
        ),
        (Environment::Testnet, true) => (
            Color32::from_rgb(0x17, 0x33, 0x66),
            Color32::from_rgb(0xD0, 0xE2, 0xFF),
        ),
        (_, false) => (Color32::from_rgb(0xC6, 0x28, 0x28), Color32::WHITE),
        (_, true) => (Color32::from_rgb(0xB7, 0x1C, 0x1C), Color32::WHITE),
    }
}

/// What the badge says: "Practice — no real money", "Mainnet — REAL MONEY", ...
pub fn environment_badge_text(environment: Environment) -> String {
    match environment {
        Environment::Practice => crate::fl!("style-badge-practice"),
        Environment::Testnet => crate::fl!("style-badge-testnet"),
        other => crate::fl!(
            "style-badge-real-money",
            environment = (other.label().to_uppercase())
        ),
    }
}

/// Tones of the result banners and notices.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    Good,
    Bad,
    Unsure,
    Info,
}

/// Background and text colours for a tone.
pub fn tone_colors(tone: Tone, dark: bool) -> (Color32, Color32) {
    match (tone, dark) {
        (Tone::Good, false) => (
            Color32::from_rgb(0xE3, 0xF6, 0xE8),
            Color32::from_rgb(0x0B, 0x5D, 0x1E),
        ),
        (Tone::Good, true) => (
            Color32::from_rgb(0x13, 0x3A, 0x20),
            Color32::from_rgb(0xC8, 0xF7, 0xD2),
        ),
        (Tone::Bad, false) => (
            Color32::from_rgb(0xFD, 0xE8, 0xE8),
            Color32::from_rgb(0x8E, 0x15, 0x15),
        ),
        (Tone::Bad, true) => (
            Color32::from_rgb(0x4A, 0x17, 0x17),
            Color32::from_rgb(0xFF, 0xD2, 0xD2),
        ),
        (Tone::Unsure, false) => (
            Color32::from_rgb(0xFF, 0xF4, 0xD6),
            Color32::from_rgb(0x7A, 0x4B, 0x00),
        ),
        (Tone::Unsure, true) => (
            Color32::from_rgb(0x4A, 0x37, 0x0C),
            Color32::from_rgb(0xFF, 0xE7, 0xA8),
        ),
        (Tone::Info, false) => (
            Color32::from_rgb(0xEE, 0xF1, 0xF5),
            Color32::from_rgb(0x2B, 0x33, 0x3D),
        ),
        (Tone::Info, true) => (
            Color32::from_rgb(0x26, 0x2B, 0x33),
            Color32::from_rgb(0xDD, 0xE3, 0xEA),
        ),
    }
}

/// A rounded, filled box in a tone, for banners and hints.
pub fn tone_frame(ui: &egui::Ui, tone: Tone) -> egui::Frame {
    let (fill, _) = tone_colors(tone, ui.visuals().dark_mode);
    egui::Frame::new()
        .fill(fill)
        .corner_radius(8.0)
        .inner_margin(egui::Margin::symmetric(14, 10))
}

/// Text in a tone's colour.
pub fn tone_text(ui: &egui::Ui, tone: Tone, text: impl Into<String>) -> RichText {
    let (_, color) = tone_colors(tone, ui.visuals().dark_mode);
    RichText::new(text.into()).color(color)
}

/// The colour of a field's error message.
pub fn error_color(ui: &egui::Ui) -> Color32 {
    ui.visuals().error_fg_color
}

/// A card: the panel's own fill, a thin border, rounded.
pub fn card(ui: &egui::Ui) -> egui::Frame {
    egui::Frame::group(ui.style())
        .corner_radius(10.0)
        .inner_margin(egui::Margin::same(16))
}

/// Bybit's amber, for the one main action on each screen.
pub const ACCENT: Color32 = Color32::from_rgb(0xF7, 0xA6, 0x00);
/// Text on the accent.
pub const ON_ACCENT: Color32 = Color32::from_rgb(0x15, 0x17, 0x1C);

/// The main action of a screen: amber, large, unmistakable.
pub fn primary_button(text: &str) -> egui::Button<'static> {
    egui::Button::new(
        RichText::new(text.to_owned())
            .size(17.0)
            .strong()
            .color(ON_ACCENT),
    )
    .fill(ACCENT)
    .min_size(egui::vec2(220.0, 44.0))
}

/// The widest the answer form grows: lines longer than this are hard to read.
pub const FORM_WIDTH: f32 = 760.0;
