//! "Start at login": the app starts hidden in the tray when the merchant logs in (an XDG
//! autostart entry on Linux, the Run key on Windows, a launch agent on macOS).

use std::path::Path;

use auto_launch::{AutoLaunch, AutoLaunchBuilder};

/// The argument the login start passes: start in the tray, without showing the window.
pub const HIDDEN_ARG: &str = "--hidden";

/// Whether a Mac app runs from where no login could start it again: the disk image it came in
/// (`/Volumes/…`, gone once ejected) or the copy Gatekeeper makes of an app run straight from
/// a download (`…/AppTranslocation/…`, gone once the app quits).
pub fn runs_from_a_passing_place(exe: &Path) -> bool {
    let path = exe.to_string_lossy();
    path.starts_with("/Volumes/") || path.contains("/AppTranslocation/")
}

fn entry() -> Result<AutoLaunch, String> {
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    if cfg!(target_os = "macos") && runs_from_a_passing_place(&exe) {
        return Err(crate::fl!("autostart-move-to-applications"));
    }
    // An AppImage runs from a temporary mount: start the image itself.
    let path = std::env::var("APPIMAGE")
        .ok()
        .filter(|p| cfg!(target_os = "linux") && !p.is_empty())
        .unwrap_or_else(|| exe.display().to_string());
    // Windows' Run key and XDG's Exec line are command lines: quote a path with spaces. macOS
    // takes the arguments one by one.
    let path = if cfg!(target_os = "macos") {
        path
    } else {
        format!("\"{path}\"")
    };
    let mut builder = AutoLaunchBuilder::new();
    builder
        .set_app_name(if cfg!(target_os = "macos") {
            // A launch agent's label: the app's reverse-DNS id.
            super::APP_IDENTIFIER
        } else {
            crate::ui::APP_ID
        })
        .set_app_path(&path)
        .set_args(&[HIDDEN_ARG]);
    #[cfg(windows)]
    builder.set_windows_enable_mode(auto_launch::WindowsEnableMode::CurrentUser);
    // Login Items names the launch agent after the app it belongs to.
    #[cfg(target_os = "macos")]
    builder.set_bundle_identifiers(&[super::APP_IDENTIFIER]);
    builder.build().map_err(|e| e.to_string())
}

/// Whether the app starts at login.
pub fn is_enabled() -> Result<bool, String> {
    entry()?.is_enabled().map_err(|e| e.to_string())
}

/// Starts the app at login, or stops doing so.
pub fn set(enabled: bool) -> Result<(), String> {
    let entry = entry()?;
    if enabled {
        entry.enable()
    } else {
        entry.disable()
    }
    .map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_mac_app_on_its_disk_image_or_translocated_cannot_start_at_login() {
        for passing in [
            "/Volumes/P2P Cancel Review/P2P Cancel Review.app/Contents/MacOS/p2p-cancel-review",
            "/private/var/folders/x1/abc/T/AppTranslocation/5F1B-22/d/P2P Cancel Review.app/Contents/MacOS/p2p-cancel-review",
        ] {
            assert!(runs_from_a_passing_place(Path::new(passing)), "{passing}");
        }
        for lasting in [
            "/Applications/P2P Cancel Review.app/Contents/MacOS/p2p-cancel-review",
            "/Users/ana/Applications/P2P Cancel Review.app/Contents/MacOS/p2p-cancel-review",
            "/usr/bin/p2p-cancel-review",
        ] {
            assert!(!runs_from_a_passing_place(Path::new(lasting)), "{lasting}");
        }
    }
}
