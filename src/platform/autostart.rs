//! "Start at login": the app starts hidden in the tray when the merchant logs in (an XDG
//! autostart entry on Linux, the Run key on Windows, a launch agent on macOS).

use auto_launch::{AutoLaunch, AutoLaunchBuilder};

/// The argument the login start passes: start in the tray, without showing the window.
pub const HIDDEN_ARG: &str = "--hidden";

fn entry() -> Result<AutoLaunch, String> {
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
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
