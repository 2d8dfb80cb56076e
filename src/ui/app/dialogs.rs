//! The file dialogs, opened from the window's own thread and parented on its window: on
//! Windows a dialog without an owner can open behind the app, and macOS wants its panels begun
//! on the main thread. The window starts the dialog; the worker waits for the merchant's
//! choice, so the window never does.

use raw_window_handle::{
    DisplayHandle, HandleError, HasDisplayHandle, HasWindowHandle, RawDisplayHandle,
    RawWindowHandle, WindowHandle,
};

use super::ReviewApp;
use crate::proof::ACCEPTED_EXTENSIONS;
use crate::worker::FileDialog;

/// The window the dialogs belong to, as the system knows it.
#[derive(Clone, Copy)]
pub(super) struct DialogParent {
    window: RawWindowHandle,
    display: RawDisplayHandle,
}

impl DialogParent {
    pub(super) fn of(frame: &eframe::Frame) -> Option<Self> {
        Some(Self {
            window: frame.window_handle().ok()?.as_raw(),
            display: frame.display_handle().ok()?.as_raw(),
        })
    }
}

impl HasWindowHandle for DialogParent {
    fn window_handle(&self) -> Result<WindowHandle<'_>, HandleError> {
        // SAFETY: the handle is the app's own window, captured from eframe's frame; that
        // window lives as long as the app.
        Ok(unsafe { WindowHandle::borrow_raw(self.window) })
    }
}

impl HasDisplayHandle for DialogParent {
    fn display_handle(&self) -> Result<DisplayHandle<'_>, HandleError> {
        // SAFETY: as above, the display of the app's own window.
        Ok(unsafe { DisplayHandle::borrow_raw(self.display) })
    }
}

impl ReviewApp {
    fn new_dialog(&self) -> rfd::AsyncFileDialog {
        let dialog = rfd::AsyncFileDialog::new();
        match &self.dialog_parent {
            Some(parent) => dialog.set_parent(parent),
            None => dialog,
        }
    }

    /// The proof picker, begun now; the worker waits for the chosen files.
    pub(super) fn proof_files_dialog(&self) -> FileDialog<Vec<std::path::PathBuf>> {
        let picked = self
            .new_dialog()
            .set_title(crate::fl!("dialog-proof-files-title"))
            .add_filter(
                crate::fl!("dialog-proof-files-filter"),
                &ACCEPTED_EXTENSIONS,
            )
            .pick_files();
        FileDialog::new(async move {
            picked
                .await
                .map(|files| files.iter().map(|f| f.path().to_path_buf()).collect())
        })
    }

    /// Where to save the history as CSV, begun now.
    pub(super) fn export_dialog(&self) -> FileDialog<std::path::PathBuf> {
        let chosen = self
            .new_dialog()
            .set_title(crate::fl!("dialog-export-history-title"))
            .set_file_name("p2p-cancel-review-history.csv")
            .add_filter(crate::fl!("dialog-export-history-filter"), &["csv"])
            .save_file();
        FileDialog::new(async move { chosen.await.map(|file| file.path().to_path_buf()) })
    }

    /// Keeps the window's handle for the dialogs, once: the window is the same for the app's
    /// whole life.
    pub(super) fn remember_dialog_parent(&mut self, frame: &eframe::Frame) {
        if self.dialog_parent.is_none() {
            self.dialog_parent = DialogParent::of(frame);
        }
    }
}
