//! A message box for what stops the app before (or instead of) its window: started from a menu
//! or by a double-click, it has no terminal to print to. rfd shows the system's own box on
//! each system: MessageBox on Windows, NSAlert on macOS, zenity (where installed) on Linux;
//! where none can be shown, the terminal and the log still have the message.

/// Shows `message` as an error and waits for the merchant to close it. Main thread only (macOS
/// shows alerts there).
pub fn error(title: &str, message: &str) {
    let _ = rfd::MessageDialog::new()
        .set_level(rfd::MessageLevel::Error)
        .set_title(title)
        .set_description(message)
        .set_buttons(rfd::MessageButtons::Ok)
        .show();
}
