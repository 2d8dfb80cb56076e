//! Proof files on the worker: the file dialog, the checks, and thumbnails for images.

use std::path::{Path, PathBuf};

use eframe::egui;

use super::{CheckedProof, Event, FileDialog, Shared, blocking};
use crate::proof::check_proof_file;

impl Shared {
    /// Waits for the file dialog, then checks the chosen files.
    pub(super) async fn pick_proof_files(&self, dialog: FileDialog<Vec<PathBuf>>) {
        match dialog.chosen().await {
            Some(paths) => self.check_proofs(paths).await,
            // Cancelled, or no file dialog on this system: the window must stop waiting.
            None => self.emit(Event::NoFilesPicked).await,
        }
    }

    pub(super) async fn check_proofs(&self, paths: Vec<PathBuf>) {
        let checked = blocking(move || paths.into_iter().map(|p| check_one(&p)).collect()).await;
        self.emit(Event::ProofsChecked(checked)).await;
    }
}

fn check_one(path: &Path) -> CheckedProof {
    match check_proof_file(path) {
        Ok(file) => {
            let thumbnail = file
                .kind
                .is_image()
                .then(|| thumbnail(&file.path))
                .flatten();
            CheckedProof {
                path: path.to_path_buf(),
                result: Ok(file),
                thumbnail,
            }
        }
        Err(e) => CheckedProof {
            path: path.to_path_buf(),
            result: Err(e.to_string()),
            thumbnail: None,
        },
    }
}

/// Side of a thumbnail, in pixels.
pub const THUMBNAIL_PX: u32 = 96;

/// A small picture of an image proof; `None` if it cannot be decoded (it is still a valid
/// proof: the exchange gets the file as it is).
fn thumbnail(path: &Path) -> Option<egui::ColorImage> {
    small_picture(
        image::ImageReader::open(path)
            .ok()?
            .with_guessed_format()
            .ok()?,
    )
}

/// A chat picture's thumbnail, from its bytes.
pub(super) fn thumbnail_of(bytes: &[u8]) -> Option<egui::ColorImage> {
    small_picture(
        image::ImageReader::new(std::io::Cursor::new(bytes))
            .with_guessed_format()
            .ok()?,
    )
}

fn small_picture<R: std::io::BufRead + std::io::Seek>(
    mut reader: image::ImageReader<R>,
) -> Option<egui::ColorImage> {
    let mut limits = image::Limits::default();
    // A small file can claim enormous dimensions; refuse to allocate for those.
    limits.max_image_width = Some(20_000);
    limits.max_image_height = Some(20_000);
    limits.max_alloc = Some(512 * 1024 * 1024);
    reader.limits(limits);
    let small = reader
        .decode()
        .ok()?
        .thumbnail(THUMBNAIL_PX, THUMBNAIL_PX)
        .to_rgba8();
    let size = [small.width() as usize, small.height() as usize];
    Some(egui::ColorImage::from_rgba_unmultiplied(
        size,
        small.as_raw(),
    ))
}
