//! Proof files: checked on this computer before anything is uploaded. Only regular, readable
//! files of the four types Bybit accepts (reference §4), recognised by their content as well as
//! their name, and no larger than [`MAX_PROOF_FILE_BYTES`].

use std::fs::{File, Metadata};
use std::io::Read;
use std::path::{Path, PathBuf};

/// The largest proof file accepted. Bybit documents no limit; 20 MB keeps a phone video or a
/// bank statement and an upload that finishes on a slow connection.
pub const MAX_PROOF_FILE_BYTES: u64 = 20 * 1024 * 1024;

/// The kinds of file Bybit accepts as proof.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum ProofKind {
    Jpeg,
    Png,
    Pdf,
    Mp4,
}

impl ProofKind {
    /// The MIME type sent with the upload.
    pub fn mime(self) -> &'static str {
        match self {
            ProofKind::Jpeg => "image/jpeg",
            ProofKind::Png => "image/png",
            ProofKind::Pdf => "application/pdf",
            ProofKind::Mp4 => "video/mp4",
        }
    }

    /// The file name extensions that announce this kind.
    pub fn extensions(self) -> &'static [&'static str] {
        match self {
            ProofKind::Jpeg => &["jpg", "jpeg"],
            ProofKind::Png => &["png"],
            ProofKind::Pdf => &["pdf"],
            ProofKind::Mp4 => &["mp4"],
        }
    }

    /// A word for a person.
    pub fn label(self) -> String {
        match self {
            ProofKind::Jpeg => crate::fl!("proof-kind-jpeg"),
            ProofKind::Png => crate::fl!("proof-kind-png"),
            ProofKind::Pdf => crate::fl!("proof-kind-pdf"),
            ProofKind::Mp4 => crate::fl!("proof-kind-mp4"),
        }
    }

    /// The kind's name for a message's select expression (`jpeg`, `png`, `pdf`, `mp4`).
    fn message_key(self) -> &'static str {
        match self {
            ProofKind::Jpeg => "jpeg",
            ProofKind::Png => "png",
            ProofKind::Pdf => "pdf",
            ProofKind::Mp4 => "mp4",
        }
    }

    /// True for kinds a window can show as a thumbnail.
    pub fn is_image(self) -> bool {
        matches!(self, ProofKind::Jpeg | ProofKind::Png)
    }

    fn from_extension(ext: &str) -> Option<Self> {
        let ext = ext.to_ascii_lowercase();
        [
            ProofKind::Jpeg,
            ProofKind::Png,
            ProofKind::Pdf,
            ProofKind::Mp4,
        ]
        .into_iter()
        .find(|k| k.extensions().contains(&ext.as_str()))
    }

    /// Recognises a kind by the first bytes of a file.
    pub fn sniff(head: &[u8]) -> Option<Self> {
        if head.starts_with(&[0xFF, 0xD8, 0xFF]) {
            Some(ProofKind::Jpeg)
        } else if head.starts_with(b"\x89PNG\r\n\x1a\n") {
            Some(ProofKind::Png)
        } else if head.starts_with(b"%PDF-") {
            Some(ProofKind::Pdf)
        } else if head.len() >= 12 && &head[4..8] == b"ftyp" {
            Some(ProofKind::Mp4)
        } else {
            None
        }
    }
}

/// The extensions accepted, for file dialogs and help texts.
pub const ACCEPTED_EXTENSIONS: [&str; 5] = ["jpg", "jpeg", "png", "pdf", "mp4"];

/// A proof file that passed the checks.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ProofFile {
    pub path: PathBuf,
    /// The file name shown to the merchant and sent with the upload.
    pub name: String,
    pub size: u64,
    pub kind: ProofKind,
}

/// What a path is when it is not a regular file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotRegular {
    Folder,
    Pipe,
    Socket,
    Device,
    Other,
}

impl NotRegular {
    /// The name for a message's select expression.
    fn message_key(self) -> &'static str {
        match self {
            NotRegular::Folder => "folder",
            NotRegular::Pipe => "pipe",
            NotRegular::Socket => "socket",
            NotRegular::Device => "device",
            NotRegular::Other => "other",
        }
    }
}

/// Why a proof file was refused. Each message names the file and the rule.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ProofFileError {
    NotFound(String),
    NotAFile {
        name: String,
        what: NotRegular,
    },
    Unreadable {
        name: String,
        reason: String,
    },
    Empty {
        name: String,
    },
    TooLarge {
        name: String,
        size_mb: f64,
        limit_mb: u64,
    },
    WrongExtension {
        name: String,
    },
    ContentMismatch {
        name: String,
        claimed: ProofKind,
        /// `None`: the content is none of the kinds accepted.
        found: Option<ProofKind>,
    },
}

impl std::fmt::Display for ProofFileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            ProofFileError::NotFound(name) => crate::fl!("proof-file-not-found", name = name),
            ProofFileError::NotAFile { name, what } => crate::fl!(
                "proof-file-not-a-file",
                name = name,
                what = (what.message_key())
            ),
            ProofFileError::Unreadable { name, reason } => {
                crate::fl!("proof-file-unreadable", name = name, reason = reason)
            }
            ProofFileError::Empty { name } => crate::fl!("proof-file-empty", name = name),
            ProofFileError::TooLarge {
                name,
                size_mb,
                limit_mb,
            } => crate::fl!(
                "proof-file-too-large",
                name = name,
                size = (crate::format::amount(&format!("{size_mb:.1}"))),
                limit = (*limit_mb)
            ),
            ProofFileError::WrongExtension { name } => {
                crate::fl!("proof-file-wrong-extension", name = name)
            }
            ProofFileError::ContentMismatch {
                name,
                claimed,
                found,
            } => crate::fl!(
                "proof-file-content-mismatch",
                name = name,
                claimed = (claimed.message_key()),
                found = (found.map_or("other", ProofKind::message_key))
            ),
        };
        f.write_str(&text)
    }
}

/// Checks a proof file without reading more than its first bytes.
pub fn check_proof_file(path: &Path) -> Result<ProofFile, ProofFileError> {
    let (mut file, meta, name) = open_regular(path)?;
    let mut head = [0u8; 16];
    let read = read_up_to(&mut file, &mut head).map_err(|e| unreadable(&name, &e))?;
    classify(path, name, meta.len(), &head[..read])
}

/// Reads a checked proof file in full for upload, checking it again: it may have changed since
/// it was picked.
pub fn read_proof_file(proof: &ProofFile) -> Result<Vec<u8>, ProofFileError> {
    let (file, meta, name) = open_regular(&proof.path)?;
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    // `take` guards against a file that grows after its size was checked.
    file.take(MAX_PROOF_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| unreadable(&name, &e))?;
    classify(&proof.path, name, bytes.len() as u64, &bytes)?;
    Ok(bytes)
}

fn classify(
    path: &Path,
    name: String,
    size: u64,
    head: &[u8],
) -> Result<ProofFile, ProofFileError> {
    if size == 0 {
        return Err(ProofFileError::Empty { name });
    }
    if size > MAX_PROOF_FILE_BYTES {
        return Err(ProofFileError::TooLarge {
            name,
            size_mb: size as f64 / 1_048_576.0,
            limit_mb: MAX_PROOF_FILE_BYTES / 1_048_576,
        });
    }
    let claimed = path
        .extension()
        .and_then(|e| e.to_str())
        .and_then(ProofKind::from_extension);
    let Some(claimed) = claimed else {
        return Err(ProofFileError::WrongExtension { name });
    };
    match ProofKind::sniff(head) {
        Some(found) if found == claimed => Ok(ProofFile {
            path: path.to_path_buf(),
            name,
            size,
            kind: found,
        }),
        found => Err(ProofFileError::ContentMismatch {
            name,
            claimed,
            found,
        }),
    }
}

/// Opens a path only if it is (or links to) a regular file, without blocking on fifos.
fn open_regular(path: &Path) -> Result<(File, Metadata, String), ProofFileError> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string());
    let meta = std::fs::metadata(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => ProofFileError::NotFound(path.display().to_string()),
        _ => unreadable(&name, &e),
    })?;
    if !meta.is_file() {
        return Err(ProofFileError::NotAFile {
            name,
            what: describe(&meta),
        });
    }
    let file = open_without_blocking(path).map_err(|e| unreadable(&name, &e))?;
    // Check the opened file itself: the path may have been swapped since the first look.
    let meta = file.metadata().map_err(|e| unreadable(&name, &e))?;
    if !meta.is_file() {
        return Err(ProofFileError::NotAFile {
            name,
            what: describe(&meta),
        });
    }
    Ok((file, meta, name))
}

#[cfg(unix)]
fn open_without_blocking(path: &Path) -> std::io::Result<File> {
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(path)
}

#[cfg(not(unix))]
fn open_without_blocking(path: &Path) -> std::io::Result<File> {
    File::open(path)
}

fn describe(meta: &Metadata) -> NotRegular {
    if meta.is_dir() {
        return NotRegular::Folder;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let t = meta.file_type();
        if t.is_fifo() {
            return NotRegular::Pipe;
        }
        if t.is_socket() {
            return NotRegular::Socket;
        }
        if t.is_block_device() || t.is_char_device() {
            return NotRegular::Device;
        }
    }
    NotRegular::Other
}

fn read_up_to(file: &mut File, buf: &mut [u8]) -> std::io::Result<usize> {
    let mut filled = 0;
    while filled < buf.len() {
        match file.read(&mut buf[filled..])? {
            0 => break,
            n => filled += n,
        }
    }
    Ok(filled)
}

fn unreadable(name: &str, e: &std::io::Error) -> ProofFileError {
    ProofFileError::Unreadable {
        name: name.to_owned(),
        reason: e.to_string(),
    }
}

/// Minimal valid-looking file heads, for tests here and in other modules.
#[doc(hidden)]
pub mod samples {
    pub const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR proof";
    pub const JPEG: &[u8] = b"\xFF\xD8\xFF\xE0\0\x10JFIF proof";
    pub const PDF: &[u8] = b"%PDF-1.7\n% proof\n";
    pub const MP4: &[u8] = b"\0\0\0\x18ftypmp42\0\0\0\0 proof";
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
        let path = dir.join(name);
        std::fs::write(&path, bytes).unwrap();
        path
    }

    #[test]
    fn accepts_each_kind_by_content_and_extension() {
        let dir = tempfile::tempdir().unwrap();
        for (name, bytes, kind) in [
            ("a.png", samples::PNG, ProofKind::Png),
            ("b.JPG", samples::JPEG, ProofKind::Jpeg),
            ("c.jpeg", samples::JPEG, ProofKind::Jpeg),
            ("d.pdf", samples::PDF, ProofKind::Pdf),
            ("e.mp4", samples::MP4, ProofKind::Mp4),
        ] {
            let proof = check_proof_file(&write(dir.path(), name, bytes)).unwrap();
            assert_eq!(
                (proof.kind, proof.size, proof.name.as_str()),
                (kind, bytes.len() as u64, name)
            );
            assert_eq!(read_proof_file(&proof).unwrap(), bytes);
        }
    }

    #[test]
    fn refuses_wrong_names_and_disguised_content() {
        let dir = tempfile::tempdir().unwrap();
        let err = check_proof_file(&write(dir.path(), "a.gif", samples::PNG)).unwrap_err();
        assert_eq!(
            err,
            ProofFileError::WrongExtension {
                name: "a.gif".into()
            }
        );
        let err = check_proof_file(&write(dir.path(), "virus.png", b"MZ\x90\0 this is an exe"))
            .unwrap_err();
        assert!(
            err.to_string().contains("virus.png") && err.to_string().contains("something else"),
            "{err}"
        );
        let err = check_proof_file(&write(dir.path(), "p.pdf", samples::PNG)).unwrap_err();
        assert!(matches!(
            err,
            ProofFileError::ContentMismatch {
                claimed: ProofKind::Pdf,
                found: Some(ProofKind::Png),
                ..
            }
        ));
        let err = check_proof_file(&write(dir.path(), "e.png", b"")).unwrap_err();
        assert_eq!(
            err,
            ProofFileError::Empty {
                name: "e.png".into()
            }
        );
        assert!(matches!(
            check_proof_file(&dir.path().join("none.png")),
            Err(ProofFileError::NotFound(_))
        ));
    }

    #[test]
    fn refuses_folders_and_files_over_the_limit_before_reading_them() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("folder.png");
        std::fs::create_dir(&folder).unwrap();
        assert!(matches!(
            check_proof_file(&folder),
            Err(ProofFileError::NotAFile {
                what: NotRegular::Folder,
                ..
            })
        ));
        let big = dir.path().join("big.png");
        let f = File::create(&big).unwrap();
        f.set_len(MAX_PROOF_FILE_BYTES + 1).unwrap(); // sparse: costs no disk
        let err = check_proof_file(&big).unwrap_err();
        assert!(err.to_string().contains("limit is 20 MB"), "{err}");
    }

    #[cfg(unix)]
    #[test]
    fn refuses_fifos_devices_and_links_to_them_without_hanging() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("pipe.png");
        let c_path = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
        // SAFETY: mkfifo reads a valid NUL-terminated path and has no other preconditions.
        assert_eq!(unsafe { libc::mkfifo(c_path.as_ptr(), 0o600) }, 0);
        assert!(matches!(
            check_proof_file(&fifo),
            Err(ProofFileError::NotAFile {
                what: NotRegular::Pipe,
                ..
            })
        ));
        let link = dir.path().join("link.png");
        std::os::unix::fs::symlink(&fifo, &link).unwrap();
        assert!(matches!(
            check_proof_file(&link),
            Err(ProofFileError::NotAFile { .. })
        ));
        assert!(matches!(
            check_proof_file(Path::new("/dev/zero")),
            Err(ProofFileError::NotAFile {
                what: NotRegular::Device,
                ..
            })
        ));
        let good = write(dir.path(), "good.png", samples::PNG);
        let good_link = dir.path().join("good-link.png");
        std::os::unix::fs::symlink(&good, &good_link).unwrap();
        assert_eq!(check_proof_file(&good_link).unwrap().kind, ProofKind::Png);
    }

    #[test]
    fn a_file_changed_after_picking_is_checked_again_on_upload() {
        let dir = tempfile::tempdir().unwrap();
        let path = write(dir.path(), "a.png", samples::PNG);
        let proof = check_proof_file(&path).unwrap();
        std::fs::write(&path, b"not a png any more").unwrap();
        assert!(matches!(
            read_proof_file(&proof),
            Err(ProofFileError::ContentMismatch { .. })
        ));
    }
}
