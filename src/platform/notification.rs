//! Desktop notifications with the app's own identity on each system, and clicks on them:
//! - Linux: the freedesktop Notifications service over D-Bus (zbus), with a default action, so
//!   a click is reported where the notification server supports actions;
//! - Windows: toasts (notify-rust) under the installer's AppUserModelID; a click is reported
//!   while the app runs;
//! - macOS: notifications under the bundle id; clicking one brings the app forward by itself.

/// One notification.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Alert {
    pub title: String,
    pub body: String,
    /// Play the system's notification sound with it.
    pub sound: bool,
    /// Stays until dismissed and is marked urgent (a deadline about to pass).
    pub urgent: bool,
}

/// What to do when the merchant clicks a notification.
pub type OnClick = Box<dyn FnOnce() + Send + 'static>;

/// Somewhere notifications go: the system's [`Notifier`], or a recorder in tests.
pub trait Notifications: Send + Sync {
    /// Shows `alert`; `on_click` runs if the merchant clicks it and the system says so.
    fn show(
        &self,
        alert: Alert,
        on_click: OnClick,
    ) -> std::pin::Pin<Box<dyn std::future::Future<Output = Result<(), String>> + Send + '_>>;
}

impl Notifications for Notifier {
    fn show(
        &self,
        alert: Alert,
        on_click: OnClick,
    ) -> std::pin::Pin<Box<dyn std::future::Future<Output = Result<(), String>> + Send + '_>> {
        Box::pin(Notifier::show(self, alert, on_click))
    }
}

/// Shows notifications. One per app: it keeps the connection to the notification service.
pub struct Notifier {
    #[cfg(all(unix, not(target_os = "macos")))]
    linux: linux::Service,
}

impl Default for Notifier {
    fn default() -> Self {
        Self::new()
    }
}

impl Notifier {
    pub fn new() -> Self {
        Self {
            #[cfg(all(unix, not(target_os = "macos")))]
            linux: linux::Service::default(),
        }
    }

    /// Shows `alert`; `on_click` runs if the merchant clicks it and the system says so. Must be
    /// called inside the tokio runtime.
    pub async fn show(&self, alert: Alert, on_click: OnClick) -> Result<(), String> {
        #[cfg(all(unix, not(target_os = "macos")))]
        {
            self.linux.show(&alert, on_click).await
        }
        #[cfg(any(windows, target_os = "macos"))]
        {
            native::show(alert, on_click).await
        }
        #[cfg(not(any(unix, windows)))]
        {
            let _ = (alert, on_click);
            Err("this system has no desktop notifications".into())
        }
    }
}

/// Whether a program runs from inside a macOS app bundle (`….app/Contents/MacOS/…`).
pub fn inside_an_app_bundle(exe: &std::path::Path) -> bool {
    let mut parts = exe.iter().rev().skip(1);
    matches!(
        (parts.next(), parts.next(), parts.next()),
        (Some(macos), Some(contents), Some(bundle))
            if macos == "MacOS" && contents == "Contents"
                && bundle.to_string_lossy().ends_with(".app")
    )
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    #[test]
    fn only_a_program_inside_an_app_bundle_takes_its_identity() {
        assert!(super::inside_an_app_bundle(Path::new(
            "/Applications/P2P Cancel Review.app/Contents/MacOS/p2p-cancel-review"
        )));
        for outside in [
            "/Users/dev/p2p-cancel-review/target/release/p2p-cancel-review",
            "/Applications/P2P Cancel Review.app/p2p-cancel-review",
            "/usr/bin/p2p-cancel-review",
        ] {
            assert!(
                !super::inside_an_app_bundle(Path::new(outside)),
                "{outside}"
            );
        }
    }
}

#[cfg(all(unix, not(target_os = "macos")))]
mod linux {
    use std::collections::HashMap;
    use std::sync::{Arc, Mutex};

    use futures_util::StreamExt;
    use zbus::zvariant::Value;

    use super::{Alert, OnClick};

    #[zbus::proxy(
        interface = "org.freedesktop.Notifications",
        default_service = "org.freedesktop.Notifications",
        default_path = "/org/freedesktop/Notifications"
    )]
    trait Notifications {
        #[allow(clippy::too_many_arguments)]
        fn notify(
            &self,
            app_name: &str,
            replaces_id: u32,
            app_icon: &str,
            summary: &str,
            body: &str,
            actions: &[&str],
            hints: HashMap<&str, Value<'_>>,
            expire_timeout: i32,
        ) -> zbus::Result<u32>;

        fn get_capabilities(&self) -> zbus::Result<Vec<String>>;

        #[zbus(signal)]
        fn action_invoked(&self, id: u32, action_key: String) -> zbus::Result<()>;

        #[zbus(signal)]
        fn notification_closed(&self, id: u32, reason: u32) -> zbus::Result<()>;
    }

    /// Clicks not yet reported, by notification id.
    type Waiting = Arc<Mutex<HashMap<u32, OnClick>>>;

    struct Session {
        proxy: NotificationsProxy<'static>,
        actions: bool,
        waiting: Waiting,
    }

    /// The session bus connection, opened with the first notification.
    #[derive(Default)]
    pub struct Service {
        session: tokio::sync::OnceCell<Result<Session, String>>,
    }

    impl Service {
        pub async fn show(&self, alert: &Alert, on_click: OnClick) -> Result<(), String> {
            let session = self
                .session
                .get_or_init(connect)
                .await
                .as_ref()
                .map_err(Clone::clone)?;
            // The "default" action is a click on the notification itself.
            let open = crate::fl!("alert-action-open");
            let actions: Vec<&str> = if session.actions {
                vec!["default", open.as_str()]
            } else {
                Vec::new()
            };
            let mut hints = HashMap::new();
            hints.insert("desktop-entry", Value::from(crate::ui::APP_ID));
            hints.insert("urgency", Value::from(if alert.urgent { 2u8 } else { 1u8 }));
            if alert.sound {
                // freedesktop sound theme: the chime for a message that needs attention.
                hints.insert("sound-name", Value::from("message-new-instant"));
            }
            let id = session
                .proxy
                .notify(
                    &crate::ui::app_title(),
                    0,
                    crate::ui::APP_ID,
                    &alert.title,
                    &alert.body,
                    &actions,
                    hints,
                    // Urgent ones stay until dismissed; the others as the server likes.
                    if alert.urgent { 0 } else { -1 },
                )
                .await
                .map_err(|e| e.to_string())?;
            if session.actions {
                session
                    .waiting
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .insert(id, on_click);
            }
            Ok(())
        }
    }

    async fn connect() -> Result<Session, String> {
        let connection = zbus::Connection::session()
            .await
            .map_err(|e| e.to_string())?;
        let proxy = NotificationsProxy::new(&connection)
            .await
            .map_err(|e| e.to_string())?;
        let actions = proxy
            .get_capabilities()
            .await
            .map(|caps| caps.iter().any(|c| c == "actions"))
            .unwrap_or(false);
        let waiting = Waiting::default();
        if actions {
            listen(&proxy, waiting.clone())
                .await
                .map_err(|e| e.to_string())?;
        }
        Ok(Session {
            proxy,
            actions,
            waiting,
        })
    }

    /// Reports clicks, and forgets notifications once closed.
    async fn listen(proxy: &NotificationsProxy<'static>, waiting: Waiting) -> zbus::Result<()> {
        let mut invoked = proxy.receive_action_invoked().await?;
        let mut closed = proxy.receive_notification_closed().await?;
        let clicks = waiting.clone();
        tokio::spawn(async move {
            while let Some(signal) = invoked.next().await {
                let Ok(args) = signal.args() else { continue };
                if args.action_key != "default" {
                    continue;
                }
                let on_click = clicks
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .remove(&args.id);
                if let Some(on_click) = on_click {
                    on_click();
                }
            }
        });
        tokio::spawn(async move {
            while let Some(signal) = closed.next().await {
                if let Ok(args) = signal.args() {
                    waiting
                        .lock()
                        .unwrap_or_else(|e| e.into_inner())
                        .remove(&args.id);
                }
            }
        });
        Ok(())
    }
}

#[cfg(any(windows, target_os = "macos"))]
mod native {
    use super::{Alert, OnClick};

    pub async fn show(alert: Alert, on_click: OnClick) -> Result<(), String> {
        // notify-rust blocks (WinRT, AppKit): a blocking thread per notification. On Windows
        // it waits for the toast's fate to report a click; on macOS a click brings the app
        // forward by itself, and waiting would hold the thread until the merchant acts.
        let shown = tokio::task::spawn_blocking(move || {
            let mut notification = notify_rust::Notification::new();
            notification.summary(&alert.title).body(&alert.body);
            configure(&mut notification, &alert);
            let handle = notification.show().map_err(|e| e.to_string())?;
            wait_for_click(handle, on_click);
            Ok(())
        })
        .await;
        shown.unwrap_or_else(|e| Err(e.to_string()))
    }

    #[cfg(windows)]
    fn configure(notification: &mut notify_rust::Notification, alert: &Alert) {
        // The id the app registered for itself at start (see `app_identity`): the toast then
        // shows the app's name and icon. Unregistered, Windows would drop it in silence, so
        // then it goes out under the system's default attribution.
        if crate::platform::app_identity::adopted() {
            notification.app_id(crate::platform::APP_IDENTIFIER);
        }
        notification.action("default", &crate::fl!("alert-action-open"));
        if alert.urgent {
            // The Reminder scenario: "Deadline soon" stays on screen until dismissed.
            notification
                .urgency(notify_rust::Urgency::Critical)
                .timeout(notify_rust::Timeout::Never);
        }
        if alert.sound {
            notification.sound_name(if alert.urgent { "Reminder" } else { "Default" });
        }
    }

    #[cfg(windows)]
    fn wait_for_click(handle: notify_rust::NotificationHandle, on_click: OnClick) {
        let _ = handle.wait_for_response(move |response: &notify_rust::NotificationResponse| {
            if matches!(
                response,
                notify_rust::NotificationResponse::Default
                    | notify_rust::NotificationResponse::Action(_)
            ) {
                on_click();
            }
        });
    }

    #[cfg(target_os = "macos")]
    fn configure(notification: &mut notify_rust::Notification, alert: &Alert) {
        use_app_identity();
        if alert.sound {
            notification.sound_name("NSUserNotificationDefaultSoundName");
        }
    }

    #[cfg(target_os = "macos")]
    fn wait_for_click(handle: notify_rust::NotificationHandle, on_click: OnClick) {
        // Dropping the handle delivers the notification.
        drop(handle);
        drop(on_click);
    }

    /// macOS attributes notifications to the bundle named once per process. Only from inside
    /// the bundle: elsewhere (a developer's `cargo run`) mac-notification-sys would swap the
    /// process's identity for Terminal's, whatever the id asked.
    #[cfg(target_os = "macos")]
    fn use_app_identity() {
        static ONCE: std::sync::Once = std::sync::Once::new();
        ONCE.call_once(|| {
            let bundled =
                std::env::current_exe().is_ok_and(|exe| super::inside_an_app_bundle(&exe));
            if !bundled {
                tracing::info!("notifications keep the default identity: not run from the app");
                return;
            }
            if let Err(e) = notify_rust::set_application(crate::platform::APP_IDENTIFIER) {
                tracing::info!("notifications keep the default identity: {e}");
            }
        });
    }
}
