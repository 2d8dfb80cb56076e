//! Every text the window draws reaches WCAG AA contrast (4.5:1) against what it is drawn on, in
//! the dark theme and the light one, secondary text included.

use p2p_cancel_review::ui::contrast_report;

#[test]
fn every_text_reaches_four_and_a_half_to_one_in_both_themes() {
    let report = contrast_report();
    assert!(report.len() > 40, "{} pairs", report.len());
    let mut failures = Vec::new();
    for theme in [eframe::egui::Theme::Dark, eframe::egui::Theme::Light] {
        let pairs: Vec<_> = report.iter().filter(|(t, _)| *t == theme).collect();
        let lowest = pairs
            .iter()
            .min_by(|a, b| a.1.ratio().total_cmp(&b.1.ratio()))
            .unwrap();
        // Printed for the record (the README quotes it): `cargo test --test contrast -- --nocapture`.
        println!(
            "{theme:?}: lowest {:.2}:1 ({})",
            lowest.1.ratio(),
            lowest.1.what
        );
        for (_, pair) in pairs {
            if pair.ratio() < 4.5 {
                failures.push(format!("{theme:?}: {} {:.2}:1", pair.what, pair.ratio()));
            }
        }
    }
    assert!(failures.is_empty(), "below 4.5:1: {failures:#?}");
}
