//! What differs between Windows, macOS and Linux, one concern per module, with the three
//! systems side by side inside each. Code under `cfg(windows)` or `cfg(target_os = "macos")`
//! is compiled only by the CI jobs on those systems: keep it small and on crates that test
//! their own platform.

pub mod activation;
pub mod app_identity;
pub mod app_nap;
pub mod autostart;
pub mod console;
pub mod message_box;
pub mod notification;
pub mod open;
pub mod tray;

/// The app's identity across systems: the macOS bundle id, the Windows AppUserModelID of the
/// installer's Start-menu shortcut (toasts are attributed to it) and the AppStream id. Equal
/// to `identifier` in Cargo.toml's packager table (a test checks).
pub const APP_IDENTIFIER: &str = "com.p2pcancelreview.P2PCancelReview";
