//! The project's own promises: the README's install line and CI's install line agree; the
//! window, the packager's configuration, the .desktop file, the AppStream metainfo and the
//! icons agree on names, ids and sizes.

use std::collections::BTreeSet;
use std::io::Read;
use std::path::{Path, PathBuf};

use p2p_cancel_review::platform::APP_IDENTIFIER;
use p2p_cancel_review::ui::{APP_ID, APP_NAME};

/// The words after each occurrence of `marker`, to the end of its line, minus options.
fn packages_after(text: &str, marker: &str) -> Vec<BTreeSet<String>> {
    text.match_indices(marker)
        .map(|(at, _)| {
            text[at + marker.len()..]
                .lines()
                .next()
                .unwrap_or_default()
                .split_whitespace()
                .map(|p| p.trim_matches(|c| c == '(' || c == ')').to_owned())
                .filter(|p| !p.is_empty() && !p.starts_with('-') && !p.starts_with('"'))
                .collect()
        })
        .collect()
}

#[test]
fn readme_and_ci_agree_on_the_debian_packages() {
    let readme = read("README.md");
    let ci = read(".ci/run");
    // The README names the app's packages first, then what checking a package needs, then
    // what running the Windows build under Wine needs.
    let from_readme = packages_after(&readme, "sudo apt-get install");
    let from_ci: Vec<_> = ["PACKAGES=", "PACKAGING=", "WINDOWS="]
        .iter()
        .map(|marker| packages_after(&ci, marker).remove(0))
        .collect();
    assert!(
        from_readme[0].contains("ca-certificates"),
        "{from_readme:?}"
    );
    assert!(from_readme[1].contains("lintian"), "{from_readme:?}");
    assert!(from_readme[2].contains("wine"), "{from_readme:?}");
    assert_eq!(from_readme, from_ci);
}

fn project_file(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

fn read(path: &str) -> String {
    std::fs::read_to_string(project_file(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn the_desktop_file_matches_the_window_and_the_binary() {
    let desktop = read("dist/linux/p2p-cancel-review.desktop");
    let value = |key: &str| {
        desktop
            .lines()
            .find_map(|l| l.strip_prefix(&format!("{key}=")))
            .unwrap_or_else(|| panic!("{key} missing"))
            .to_owned()
    };
    assert_eq!(value("StartupWMClass"), APP_ID, "the window's app id");
    assert_eq!(value("Exec"), env!("CARGO_PKG_NAME"));
    // The packages install the icons and the .desktop file under the binary's name.
    assert_eq!(APP_ID, env!("CARGO_PKG_NAME"));
    assert_eq!(value("Icon"), APP_ID);
    assert_eq!(value("Name"), APP_NAME);
    assert!(value("Categories").split(';').any(|c| c == "Finance"));
}

/// Width and height from a PNG's header.
fn png_size(path: &Path) -> (u32, u32) {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    assert!(
        bytes.starts_with(b"\x89PNG\r\n\x1a\n"),
        "{} is a PNG",
        path.display()
    );
    let number = |at: usize| u32::from_be_bytes(bytes[at..at + 4].try_into().unwrap());
    (number(16), number(20))
}

/// The text between `<tag>` and `</tag>`, for each occurrence.
fn xml_values<'a>(xml: &'a str, tag: &str) -> Vec<&'a str> {
    let open = format!("<{tag}>");
    let close = format!("</{tag}>");
    xml.match_indices(&open)
        .filter_map(|(at, _)| {
            let rest = &xml[at + open.len()..];
            rest.find(&close).map(|end| rest[..end].trim())
        })
        .collect()
}

#[test]
fn the_packager_configuration_metainfo_and_icons_agree() {
    let manifest: toml::Table = read("Cargo.toml").parse().unwrap();
    let packager = &manifest["package"]["metadata"]["packager"];
    let text = |value: &toml::Value| value.as_str().unwrap().to_owned();

    assert_eq!(text(&packager["product-name"]), APP_NAME);
    assert_eq!(text(&packager["identifier"]), APP_IDENTIFIER);
    assert_eq!(text(&packager["category"]), "Finance");
    let main_binary = packager["binaries"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b.get("main").and_then(toml::Value::as_bool) == Some(true))
        .expect("a main binary");
    assert_eq!(text(&main_binary["path"]), env!("CARGO_PKG_NAME"));

    // Linux: the hicolor sizes the issue asks for, each PNG square and named by its size.
    let icons: Vec<String> = packager["icons"]
        .as_array()
        .unwrap()
        .iter()
        .map(text)
        .collect();
    let mut png_sizes = BTreeSet::new();
    for icon in icons.iter().filter(|i| i.ends_with(".png")) {
        let (width, height) = png_size(&project_file(icon));
        assert_eq!(width, height, "{icon} is square");
        assert!(
            icon.ends_with(&format!("/{width}x{height}.png")),
            "{icon} is named by its size"
        );
        png_sizes.insert(width);
    }
    assert_eq!(png_sizes, BTreeSet::from([32, 48, 64, 128, 256, 512]));
    // macOS and Windows icons are what they say they are.
    let icns = icons
        .iter()
        .find(|i| i.ends_with(".icns"))
        .expect("an .icns icon");
    assert!(
        std::fs::read(project_file(icns))
            .unwrap()
            .starts_with(b"icns")
    );
    let ico = text(&packager["nsis"]["installer-icon"]);
    assert!(
        std::fs::read(project_file(&ico))
            .unwrap()
            .starts_with(&[0, 0, 1, 0])
    );
    assert!(
        read("build.rs").contains(&format!("set_icon(\"{ico}\")")),
        "the .exe embeds {ico}"
    );
    // The window's own icon is one of them.
    assert!(read("src/ui/app/mod.rs").contains("assets/icons/256x256.png"));

    // The .deb: the .desktop file is ours, and every file it adds exists.
    let deb = &packager["deb"];
    assert_eq!(
        text(&deb["desktop-template"]),
        format!("dist/linux/{APP_ID}.desktop")
    );
    let files = deb["files"].as_table().unwrap();
    for source in files.keys() {
        assert!(project_file(source).is_file(), "{source} exists");
    }
    let metainfo_name = format!("{APP_IDENTIFIER}.metainfo.xml");
    let metainfo_source = format!("dist/linux/{metainfo_name}");
    assert_eq!(
        text(&files[&metainfo_source]),
        format!("/usr/share/metainfo/{metainfo_name}")
    );
    assert_eq!(
        packager["nsis"]["installMode"].as_str(),
        Some("currentUser")
    );

    // AppStream: the same id, name, binary, .desktop file and version.
    let metainfo = read(&metainfo_source);
    assert_eq!(xml_values(&metainfo, "id"), [APP_IDENTIFIER]);
    assert_eq!(
        xml_values(&metainfo, "name").first(),
        Some(&APP_NAME),
        "the app's name comes first"
    );
    assert_eq!(xml_values(&metainfo, "binary"), [env!("CARGO_PKG_NAME")]);
    assert!(metainfo.contains(&format!(
        "<launchable type=\"desktop-id\">{APP_ID}.desktop</launchable>"
    )));
    assert!(
        metainfo.contains(&format!(
            "<release version=\"{}\"",
            env!("CARGO_PKG_VERSION")
        )),
        "the metainfo describes this version"
    );
    for screenshot in xml_values(&metainfo, "image") {
        let local = screenshot
            .rsplit_once("/main/")
            .expect("a file of the repository")
            .1;
        assert!(project_file(local).is_file(), "{local} exists");
    }
}

#[test]
fn the_packaged_changelog_is_the_changelog_of_this_version() {
    let text = read("dist/linux/changelog");
    assert!(
        text.lines().next().unwrap().starts_with(&format!(
            "{} ({})",
            env!("CARGO_PKG_NAME"),
            env!("CARGO_PKG_VERSION")
        )),
        "{text}"
    );
    let mut unpacked = String::new();
    flate2::read::GzDecoder::new(
        std::fs::File::open(project_file("dist/linux/changelog.gz")).unwrap(),
    )
    .read_to_string(&mut unpacked)
    .unwrap();
    assert_eq!(
        unpacked, text,
        "changelog.gz is `gzip -9n < dist/linux/changelog`"
    );
}

/// The Windows uninstaller forgets "Start at login": the Run key value it deletes is the one
/// the app writes (auto-launch names it after the app id), in the uninstaller's own section.
#[test]
fn the_windows_uninstaller_removes_the_start_at_login_value() {
    let manifest: toml::Table = read("Cargo.toml").parse().unwrap();
    let section = manifest["package"]["metadata"]["packager"]["nsis"]["preinstall-section"]
        .as_str()
        .expect("an NSIS section for the uninstaller");
    assert!(section.contains("Section \"un."), "{section}");
    for key in [
        r"Software\Microsoft\Windows\CurrentVersion\Run",
        r"Software\Microsoft\Windows\CurrentVersion\Explorer\StartupApproved\Run",
    ] {
        assert!(
            section.contains(&format!("DeleteRegValue HKCU \"{key}\" \"{APP_ID}\"")),
            "{key}: {section}"
        );
    }
}
