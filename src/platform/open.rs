//! Showing a folder in the system's file manager (the data and logs folders, from About).

use std::path::Path;
use std::process::Command;

/// The program that opens a folder in the file manager on this system.
const FILE_MANAGER: &str = if cfg!(windows) {
    "explorer"
} else if cfg!(target_os = "macos") {
    "open"
} else {
    // xdg-utils; present on every Linux desktop.
    "xdg-open"
};

/// Opens `folder` in the file manager, creating it first if it is missing.
pub fn folder(folder: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(folder)?;
    // The launchers hand over to the file manager and return at once. Their exit status says
    // nothing useful (Explorer returns 1 on success), so only one that cannot start is an error;
    // waiting reaps it.
    let mut launcher = Command::new(FILE_MANAGER).arg(folder).spawn()?;
    let _ = launcher.wait();
    Ok(())
}
