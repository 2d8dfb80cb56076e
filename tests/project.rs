//! The project's own promises: the README's install line and CI's install line agree.

use std::collections::BTreeSet;

fn packages_after(text: &str, marker: &str) -> BTreeSet<String> {
    let start = text
        .find(marker)
        .unwrap_or_else(|| panic!("{marker} not found"))
        + marker.len();
    text[start..]
        .lines()
        .next()
        .unwrap_or_default()
        .split_whitespace()
        .map(|p| p.trim_matches(|c| c == '(' || c == ')').to_owned())
        .filter(|p| !p.is_empty() && !p.starts_with('-') && !p.starts_with('"'))
        .collect()
}

#[test]
fn readme_and_ci_agree_on_the_debian_packages() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let ci = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/.ci/run")).unwrap();
    let from_readme = packages_after(&readme, "sudo apt-get install");
    let from_ci = packages_after(&ci, "PACKAGES=");
    assert!(from_readme.contains("ca-certificates"), "{from_readme:?}");
    assert_eq!(from_readme, from_ci);
}

#[test]
fn the_desktop_file_matches_the_window_and_the_binary() {
    let desktop = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/dist/linux/p2p-cancel-review.desktop"
    ))
    .unwrap();
    let value = |key: &str| {
        desktop
            .lines()
            .find_map(|l| l.strip_prefix(&format!("{key}=")))
            .unwrap_or_else(|| panic!("{key} missing"))
            .to_owned()
    };
    assert_eq!(
        value("StartupWMClass"),
        p2p_cancel_review::ui::APP_ID,
        "the window's app id"
    );
    assert_eq!(value("Exec"), env!("CARGO_PKG_NAME"));
    assert_eq!(value("Icon"), p2p_cancel_review::ui::APP_ID);
    assert_eq!(value("Name"), p2p_cancel_review::ui::APP_TITLE);
    let icon = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/icon.png")).unwrap();
    assert!(icon.starts_with(b"\x89PNG"), "the icon is a PNG");
}
