//! The history on the worker: pages for the window, CSV export.

use std::path::PathBuf;
use std::sync::Arc;

use super::{Event, FileDialog, Shared, blocking};
use crate::history::{Entry, Filter};

/// Rows per CSV export read.
const EXPORT_CHUNK: u64 = 1000;

impl Shared {
    pub(super) async fn load_history(self: &Arc<Self>, filter: Filter, offset: u64, limit: u64) {
        let shared = self.clone();
        let for_read = filter.clone();
        let read = blocking(move || -> Result<(u64, Vec<Entry>), String> {
            let history = shared.history.as_ref().map_err(Clone::clone)?;
            let history = history.lock().unwrap_or_else(|e| e.into_inner());
            let total = history.count(&for_read).map_err(|e| e.to_string())?;
            let entries = history
                .page(&for_read, offset, limit)
                .map_err(|e| e.to_string())?;
            Ok((total, entries))
        })
        .await;
        match read {
            Ok((total, entries)) => {
                self.emit(Event::HistoryPage {
                    filter,
                    offset,
                    total,
                    entries,
                })
                .await
            }
            Err(e) => self.emit(Event::HistoryUnavailable(e)).await,
        }
    }

    pub(super) async fn export_history(
        self: &Arc<Self>,
        filter: Filter,
        dialog: FileDialog<PathBuf>,
    ) {
        let Some(path) = dialog.chosen().await else {
            return;
        };
        let shared = self.clone();
        let target = path.clone();
        let written = blocking(move || -> Result<u64, String> {
            let history = shared.history.as_ref().map_err(Clone::clone)?;
            let history = history.lock().unwrap_or_else(|e| e.into_inner());
            crate::history::csv::export(&history, &filter, &target, EXPORT_CHUNK)
                .map_err(|e| e.to_string())
        })
        .await;
        match written {
            Ok(rows) => self.emit(Event::Exported { path, rows }).await,
            Err(e) => self.emit(Event::ExportFailed(e)).await,
        }
    }
}
