//! The app's identity as the system sees it. On Windows, toasts are attributed to an
//! AppUserModelID, and Windows drops the toasts of an id nobody registered: the installer's
//! Start-menu shortcut registers ours, but an install without shortcuts (or a copy run from
//! elsewhere) would stay silent. So the app registers the id itself, per user, under
//! `HKCU\Software\Classes\AppUserModelId\<id>` (no administrator needed), and sets it on its
//! own process, so the taskbar groups the window with the shortcut. macOS and Linux take the
//! identity from the bundle and the .desktop file.

/// Registers and adopts the app's identity (Windows; nothing to do elsewhere). On failure, the
/// reason: toasts then keep the system's default attribution.
fn adopt() -> Result<(), String> {
    #[cfg(windows)]
    {
        windows::adopt(super::APP_IDENTIFIER, &crate::ui::app_title())
    }
    #[cfg(not(windows))]
    {
        Ok(())
    }
}

/// Whether [`adopt`] succeeded in this process (toasts then carry the app's id).
pub fn adopted() -> bool {
    ADOPTED.get().is_some_and(|adopted| *adopted)
}

static ADOPTED: std::sync::OnceLock<bool> = std::sync::OnceLock::new();

/// [`adopt`], once per process; the outcome is logged.
pub fn adopt_once() {
    ADOPTED.get_or_init(|| match adopt() {
        Ok(()) => true,
        Err(e) => {
            tracing::warn!("toasts keep the system's attribution: {e}");
            false
        }
    });
}

#[cfg(windows)]
mod windows {
    use windows_sys::Win32::System::Registry::{HKEY_CURRENT_USER, REG_SZ, RegSetKeyValueW};
    use windows_sys::Win32::UI::Shell::SetCurrentProcessExplicitAppUserModelID;

    /// The registry key toasts look up the id's name under.
    pub fn key(id: &str) -> String {
        format!("Software\\Classes\\AppUserModelId\\{id}")
    }

    fn wide(text: &str) -> Vec<u16> {
        text.encode_utf16().chain(std::iter::once(0)).collect()
    }

    fn set_string(key: &str, name: &str, value: &str) -> Result<(), String> {
        let (key, name, value) = (wide(key), wide(name), wide(value));
        // SAFETY: every pointer is to a NUL-terminated UTF-16 string that outlives the call;
        // the data's size is given in bytes, its terminator included. RegSetKeyValueW creates
        // the key when it is missing.
        let status = unsafe {
            RegSetKeyValueW(
                HKEY_CURRENT_USER,
                key.as_ptr(),
                name.as_ptr(),
                REG_SZ,
                value.as_ptr().cast(),
                (value.len() * 2) as u32,
            )
        };
        if status == 0 {
            Ok(())
        } else {
            Err(format!(
                "the registry refused the app's id (error {status})"
            ))
        }
    }

    pub fn adopt(id: &str, name: &str) -> Result<(), String> {
        let key = key(id);
        // No IconUri: Windows wants an image file there, and the app ships its icon inside the
        // .exe only; toasts then show the system's default picture beside the app's name.
        set_string(&key, "DisplayName", name)?;
        let id = wide(id);
        // SAFETY: a NUL-terminated UTF-16 string that outlives the call.
        let result = unsafe { SetCurrentProcessExplicitAppUserModelID(id.as_ptr()) };
        if result < 0 {
            return Err(format!(
                "the process could not take the app's id ({result:#x})"
            ));
        }
        Ok(())
    }

    #[cfg(test)]
    mod tests {
        use windows_sys::Win32::System::Registry::{
            HKEY_CURRENT_USER, RRF_RT_REG_SZ, RegGetValueW,
        };

        use super::*;

        fn read(key: &str, name: &str) -> Option<String> {
            let (key, name) = (wide(key), wide(name));
            let mut buffer = vec![0u16; 512];
            let mut size = (buffer.len() * 2) as u32;
            // SAFETY: the buffer is `size` bytes long; the strings are NUL-terminated.
            let status = unsafe {
                RegGetValueW(
                    HKEY_CURRENT_USER,
                    key.as_ptr(),
                    name.as_ptr(),
                    RRF_RT_REG_SZ,
                    std::ptr::null_mut(),
                    buffer.as_mut_ptr().cast(),
                    &mut size,
                )
            };
            (status == 0).then(|| {
                let chars = (size as usize / 2).saturating_sub(1);
                String::from_utf16_lossy(&buffer[..chars])
            })
        }

        #[test]
        fn the_id_is_registered_for_this_user_with_the_apps_name() {
            // An id of this run's own, so the key cannot be there from before.
            let nanos = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap()
                .as_nanos();
            let id = format!("com.p2pcancelreview.Test{nanos}");
            assert_eq!(read(&key(&id), "DisplayName"), None);
            adopt(&id, "P2P Cancel Review").unwrap();
            assert_eq!(
                read(&key(&id), "DisplayName").as_deref(),
                Some("P2P Cancel Review")
            );
        }
    }
}
