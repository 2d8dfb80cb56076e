//! The yardstick for the app's start: a bare eframe window with the same renderer, features and
//! size and the same system-font fallback, showing one line of text. `benches/first-window.sh` starts it and the app side by side
//! and compares the time to the first window and the memory.

use eframe::egui;

struct Minimal;

impl eframe::App for Minimal {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        egui::CentralPanel::default().show(ui, |ui| {
            ui.heading("A minimal eframe window");
        });
    }
}

fn main() -> eframe::Result {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Minimal window")
            .with_inner_size([1180.0, 760.0]),
        system_font_fallback: false,
        ..Default::default()
    };
    eframe::run_native(
        "Minimal window",
        options,
        Box::new(|cc| {
            cc.egui_ctx.add_font_provider(std::sync::Arc::new(
                egui_system_font_provider::SystemFontProvider::new(),
            ));
            Ok(Box::new(Minimal))
        }),
    )
}
