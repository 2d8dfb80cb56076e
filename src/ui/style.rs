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
        readable_colors(&mut style.visuals);
    });
}

/// Colours every text reaches WCAG AA with (4.5:1 against what it is drawn on, in both themes:
/// [`contrast_pairs`] lists them and a test checks). egui's own secondary ("weak") text, links,
/// warnings and errors fall short of that in one theme or the other.
fn readable_colors(visuals: &mut egui::Visuals) {
    if visuals.dark_mode {
        visuals.widgets.noninteractive.fg_stroke.color = Color32::from_gray(190);
        visuals.weak_text_color = Some(Color32::from_gray(165));
        visuals.error_fg_color = Color32::from_rgb(0xFF, 0x7A, 0x7A);
    } else {
        visuals.weak_text_color = Some(Color32::from_gray(92));
        visuals.hyperlink_color = Color32::from_rgb(0x00, 0x5A, 0xB4);
        visuals.warn_fg_color = Color32::from_rgb(0x9A, 0x48, 0x00);
        visuals.error_fg_color = Color32::from_rgb(0xB4, 0x12, 0x12);
    }
}

/// One text colour on one background, named for a report.
pub struct ContrastPair {
    pub what: String,
    pub text: Color32,
    pub background: Color32,
}

impl ContrastPair {
    /// The WCAG 2 contrast ratio (1 to 21).
    pub fn ratio(&self) -> f32 {
        let (a, b) = (luminance(self.text), luminance(self.background));
        (a.max(b) + 0.05) / (a.min(b) + 0.05)
    }
}

/// WCAG relative luminance of an opaque colour.
fn luminance(color: Color32) -> f32 {
    let channel = |c: u8| {
        let c = c as f32 / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(color.r()) + 0.7152 * channel(color.g()) + 0.0722 * channel(color.b())
}

/// `over` painted on `under` (premultiplied, as egui blends).
fn painted_over(over: Color32, under: Color32) -> Color32 {
    let keep = 1.0 - over.a() as f32 / 255.0;
    let mix = |o: u8, u: u8| (o as f32 + u as f32 * keep).round().min(255.0) as u8;
    Color32::from_rgb(
        mix(over.r(), under.r()),
        mix(over.g(), under.g()),
        mix(over.b(), under.b()),
    )
}

/// Every pairing of text and background the app draws, for one theme's visuals (after
/// [`apply`]).
pub fn contrast_pairs(visuals: &egui::Visuals) -> Vec<ContrastPair> {
    let dark = visuals.dark_mode;
    let panel = visuals.panel_fill;
    let card = painted_over(visuals.faint_bg_color, panel);
    let field = visuals.text_edit_bg_color();
    let mut pairs = Vec::new();
    let mut add = |what: &str, text: Color32, background: Color32| {
        pairs.push(ContrastPair {
            what: what.to_owned(),
            text,
            background,
        })
    };
    for (name, background) in [
        ("panel", panel),
        ("window", visuals.window_fill),
        ("card", card),
    ] {
        add(&format!("text on {name}"), visuals.text_color(), background);
        add(
            &format!("secondary text on {name}"),
            visuals.weak_text_color(),
            background,
        );
        add(
            &format!("error on {name}"),
            visuals.error_fg_color,
            background,
        );
        add(
            &format!("warning on {name}"),
            visuals.warn_fg_color,
            background,
        );
        add(
            &format!("link on {name}"),
            visuals.hyperlink_color,
            background,
        );
    }
    add("typed text in a field", visuals.strong_text_color(), field);
    add("placeholder in a field", visuals.weak_text_color(), field);
    for (state, widget) in [
        ("button", &visuals.widgets.inactive),
        ("hovered button", &visuals.widgets.hovered),
        ("pressed button", &visuals.widgets.active),
    ] {
        add(
            &format!("{state} label"),
            widget.fg_stroke.color,
            painted_over(widget.weak_bg_fill, panel),
        );
    }
    add(
        "selected tab",
        visuals.strong_text_color(),
        painted_over(visuals.selection.bg_fill, panel),
    );
    let chosen_card = painted_over(visuals.selection.bg_fill.gamma_multiply(0.35), panel);
    add(
        "text on the chosen order's card",
        visuals.text_color(),
        chosen_card,
    );
    add(
        "secondary text on the chosen order's card",
        visuals.weak_text_color(),
        chosen_card,
    );
    add(
        "error on the chosen order's card",
        visuals.error_fg_color,
        chosen_card,
    );
    for tone in [Tone::Good, Tone::Bad, Tone::Unsure, Tone::Info] {
        let (fill, text) = tone_colors(tone, dark);
        add(&format!("{tone:?} banner"), text, fill);
    }
    for environment in [
        Environment::Practice,
        Environment::Testnet,
        Environment::Mainnet,
    ] {
        let (fill, text) = environment_colors(environment, dark);
        add(&format!("{environment:?} badge"), text, fill);
    }
    add("main button", ON_ACCENT, ACCENT);
    pairs
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

/// Makes a label a live region: screen readers say it when it appears or changes, at once for
/// a problem (`urgent`), after what they are saying otherwise.
pub fn announce(ui: &egui::Ui, label: &egui::Response, urgent: bool) {
    use egui::accesskit::Live;
    ui.ctx().accesskit_node_builder(label.id, |node| {
        node.set_live(if urgent {
            Live::Assertive
        } else {
            Live::Polite
        })
    });
}

/// A dialog's contents: `width` wide where the window allows (zoomed in, less), and scrolling
/// once taller than the window (zoomed in, a small screen), so every button stays reachable.
pub fn dialog(ui: &mut egui::Ui, width: f32, contents: impl FnOnce(&mut egui::Ui)) {
    let screen = ui.ctx().content_rect();
    ui.set_width(width.min(screen.width() - 64.0));
    let room = screen.height() - 96.0;
    // The height the contents took last time decides: a scroll area only when needed.
    let height_id = ui.scope_id().with("dialog-height");
    let last_height: f32 = ui.data(|d| d.get_temp(height_id)).unwrap_or(0.0);
    let top = ui.cursor().top();
    if last_height > room {
        egui::ScrollArea::vertical()
            .max_height(room)
            .auto_shrink([false, true])
            .show(ui, |ui| {
                let inner_top = ui.cursor().top();
                contents(ui);
                let height = ui.cursor().top() - inner_top;
                ui.data_mut(|d| d.insert_temp(height_id, height));
            });
    } else {
        contents(ui);
        let height = ui.cursor().top() - top;
        ui.data_mut(|d| d.insert_temp(height_id, height));
    }
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

/// The contrast of every text the app draws, in the dark theme and then the light one, as
/// [`apply`] sets them up.
pub fn contrast_report() -> Vec<(egui::Theme, ContrastPair)> {
    let ctx = egui::Context::default();
    apply(&ctx);
    [egui::Theme::Dark, egui::Theme::Light]
        .into_iter()
        .flat_map(|theme| {
            contrast_pairs(&ctx.style_of(theme).visuals)
                .into_iter()
                .map(move |pair| (theme, pair))
        })
        .collect()
}
