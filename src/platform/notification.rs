//! Desktop notifications with the app's own identity on each system.

/// Shows a notification. Blocking (D-Bus on Linux, WinRT on Windows): call it off the UI and
/// async threads.
pub fn show(title: &str, body: &str) -> Result<(), String> {
    let mut notification = notify_rust::Notification::new();
    notification.summary(title).body(body);
    #[cfg(all(unix, not(target_os = "macos")))]
    notification
        .appname(crate::ui::APP_TITLE)
        .icon(crate::ui::APP_ID)
        .hint(notify_rust::Hint::DesktopEntry(
            crate::ui::APP_ID.to_owned(),
        ));
    // The installer's Start-menu shortcut carries this AppUserModelID: the toast then shows the
    // app's name and icon, not PowerShell's.
    #[cfg(windows)]
    if installed_by_setup() {
        notification.app_id(super::APP_IDENTIFIER);
    }
    #[cfg(target_os = "macos")]
    use_app_identity_on_macos();
    notification.show().map(|_| ()).map_err(|e| e.to_string())
}

/// macOS attributes notifications to the bundle named once per process (Finder's otherwise).
#[cfg(target_os = "macos")]
fn use_app_identity_on_macos() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        // Outside the installed bundle (a developer's `cargo run`) the id is unknown to macOS
        // and Finder's identity stays: not worth failing a notification over.
        if let Err(e) = notify_rust::set_application(super::APP_IDENTIFIER) {
            tracing::info!("notifications keep the default identity: {e}");
        }
    });
}

/// The setup puts the app beside its uninstaller and registers the AppUserModelID through its
/// Start-menu shortcut. Windows shows no toast for an id nobody registered, so a copy run from
/// elsewhere (a developer's build) keeps the default attribution rather than showing nothing.
#[cfg(windows)]
fn installed_by_setup() -> bool {
    std::env::current_exe()
        .ok()
        .and_then(|exe| exe.parent().map(|dir| dir.join("uninstall.exe").is_file()))
        .unwrap_or(false)
}
