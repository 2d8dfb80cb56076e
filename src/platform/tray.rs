//! The tray icon: StatusNotifierItem over D-Bus on Linux (shown where a tray host runs: KDE,
//! Xfce, Cinnamon, GNOME with its AppIndicator extension), the notification area on Windows,
//! the menu bar on macOS. Its tooltip says how many requests await an answer; its menu opens
//! the window, refreshes, pauses or resumes watching, and quits.

use tray_icon::menu::{Menu, MenuEvent, MenuItem, PredefinedMenuItem};
use tray_icon::{MouseButton, MouseButtonState, TrayIconBuilder, TrayIconEvent};

/// What the tray asks of the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TrayCommand {
    Open,
    RefreshNow,
    TogglePause,
    Quit,
}

/// The tray icon's name and the words of its menu.
pub struct TrayLabels {
    pub title: String,
    pub open: String,
    pub refresh: String,
    pub pause: String,
    pub resume: String,
    pub quit: String,
}

/// The tray icon and its menu. Not `Send`: it stays on the window's thread.
pub struct Tray {
    icon: tray_icon::TrayIcon,
    open: MenuItem,
    refresh: MenuItem,
    pause: MenuItem,
    quit: MenuItem,
    labels: TrayLabels,
    shown: Option<(String, bool)>,
}

impl Tray {
    /// Creates the tray icon. `on_command` runs on the tray's own thread (D-Bus on Linux) or
    /// the main thread: it should only pass the command on and wake the window. Call once per
    /// process (the menu's event handler can be set once).
    pub fn new(
        tooltip: &str,
        labels: TrayLabels,
        on_command: impl Fn(TrayCommand) + Send + Sync + Clone + 'static,
    ) -> Result<Self, String> {
        let open = MenuItem::new(&labels.open, true, None);
        let refresh = MenuItem::new(&labels.refresh, true, None);
        let pause = MenuItem::new(&labels.pause, true, None);
        let quit = MenuItem::new(&labels.quit, true, None);
        let menu = Menu::new();
        for item in [&open, &refresh, &pause] {
            menu.append(item).map_err(|e| e.to_string())?;
        }
        menu.append(&PredefinedMenuItem::separator())
            .map_err(|e| e.to_string())?;
        menu.append(&quit).map_err(|e| e.to_string())?;

        let builder = TrayIconBuilder::new()
            .with_tooltip(tooltip)
            .with_menu(Box::new(menu))
            // Windows and Linux: a click opens the window, the menu is on the other button. A
            // Mac menu-bar item opens its menu on a click.
            .with_menu_on_left_click(CLICK_OPENS_MENU);
        let icon = with_picture(builder)?.build().map_err(|e| e.to_string())?;
        name_the_icon(&icon, &labels.title);

        let ids = [
            (open.id().clone(), TrayCommand::Open),
            (refresh.id().clone(), TrayCommand::RefreshNow),
            (pause.id().clone(), TrayCommand::TogglePause),
            (quit.id().clone(), TrayCommand::Quit),
        ];
        let menu_command = on_command.clone();
        MenuEvent::set_event_handler(Some(move |event: MenuEvent| {
            if let Some((_, command)) = ids.iter().find(|(id, _)| *id == event.id) {
                menu_command(*command);
            }
        }));
        TrayIconEvent::set_event_handler(Some(move |event: TrayIconEvent| {
            if let TrayIconEvent::Click {
                button: MouseButton::Left,
                button_state: MouseButtonState::Up,
                ..
            } = event
                && !CLICK_OPENS_MENU
            {
                on_command(TrayCommand::Open);
            }
        }));
        Ok(Self {
            icon,
            open,
            refresh,
            pause,
            quit,
            labels,
            shown: None,
        })
    }

    /// The merchant chose another language: the menu speaks it at once.
    pub fn relabel(&mut self, labels: TrayLabels) {
        name_the_icon(&self.icon, &labels.title);
        self.open.set_text(&labels.open);
        self.refresh.set_text(&labels.refresh);
        self.quit.set_text(&labels.quit);
        let paused = self.shown.as_ref().is_some_and(|(_, paused)| *paused);
        self.pause.set_text(if paused {
            &labels.resume
        } else {
            &labels.pause
        });
        self.labels = labels;
    }

    /// Updates the tooltip and the pause item, when they change.
    pub fn show_status(&mut self, tooltip: &str, paused: bool) {
        let status = (tooltip.to_owned(), paused);
        if self.shown.as_ref() == Some(&status) {
            return;
        }
        if let Err(e) = self.icon.set_tooltip(Some(tooltip)) {
            tracing::info!("tray tooltip not updated: {e}");
        }
        self.pause.set_text(if paused {
            &self.labels.resume
        } else {
            &self.labels.pause
        });
        self.shown = Some(status);
    }
}

/// A click on the icon opens its menu (macOS), or the window (Windows, Linux).
const CLICK_OPENS_MENU: bool = cfg!(target_os = "macos");

/// The app's icon, as each system draws tray icons: on Windows the .ico built into the .exe
/// (every size Windows may ask for, see build.rs), in the macOS menu bar a monochrome template
/// that follows the bar's light or dark look, elsewhere the colour picture.
fn with_picture(builder: TrayIconBuilder) -> Result<TrayIconBuilder, String> {
    #[cfg(windows)]
    {
        // Resource 1: the icon winresource embeds (build.rs).
        if let Ok(icon) = tray_icon::Icon::from_resource(1, None) {
            return Ok(builder.with_icon(icon));
        }
    }
    #[cfg(target_os = "macos")]
    {
        let template = png_icon(include_bytes!("../../assets/icons/tray-template.png"))?;
        Ok(builder.with_icon_templated(template))
    }
    #[cfg(not(target_os = "macos"))]
    {
        Ok(builder.with_icon(png_icon(include_bytes!("../../assets/icons/64x64.png"))?))
    }
}

fn png_icon(png: &[u8]) -> Result<tray_icon::Icon, String> {
    let picture = eframe::icon_data::from_png_bytes(png).map_err(|e| e.to_string())?;
    tray_icon::Icon::from_rgba(picture.rgba, picture.width, picture.height)
        .map_err(|e| e.to_string())
}

/// The icon's name, which StatusNotifier hosts on Linux give to screen readers and list in
/// their settings. Not on macOS, where a title is drawn as text beside the icon in the menu bar,
/// nor on Windows, which has none.
fn name_the_icon(icon: &tray_icon::TrayIcon, title: &str) {
    if cfg!(all(unix, not(target_os = "macos"))) {
        icon.set_title(Some(title));
    }
}

/// Whether a tray host shows tray icons. On Linux that needs a StatusNotifier host (KDE,
/// Xfce, Cinnamon, or GNOME with its AppIndicator extension); creating the icon succeeds
/// without one, but nobody would see it.
#[cfg(all(unix, not(target_os = "macos")))]
pub async fn host_present() -> bool {
    async fn ask() -> zbus::Result<bool> {
        let connection = zbus::Connection::session().await?;
        let bus = zbus::fdo::DBusProxy::new(&connection).await?;
        let watcher = zbus::names::BusName::try_from("org.kde.StatusNotifierWatcher")?;
        Ok(bus.name_has_owner(watcher).await?)
    }
    ask().await.unwrap_or(false)
}

/// Windows' notification area and macOS's menu bar are always there.
#[cfg(not(all(unix, not(target_os = "macos"))))]
pub async fn host_present() -> bool {
    true
}

/// Whether the window can be hidden and shown again. Wayland lets no program hide its window,
/// so there closing cannot mean "keep watching in the tray".
pub fn windows_can_hide() -> bool {
    !(cfg!(all(unix, not(target_os = "macos")))
        && std::env::var_os("WAYLAND_DISPLAY").is_some_and(|d| !d.is_empty()))
}
