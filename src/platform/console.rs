//! The command line's output on Windows. There the app is a GUI program, so double-clicking it
//! opens no console window; a command run from a terminal therefore attaches to that
//! terminal's console to print (unless its output is redirected to a file or a pipe, which
//! then receives it as usual). On macOS and Linux the terminal is simply there.

/// Set while this process shares its parent's console (Windows; see [`typing_is_shared`]).
static SHARED_WITH_SHELL: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Whether what is typed on this terminal also reaches the shell that started the program. On
/// Windows the app is a GUI program: cmd.exe and PowerShell do not wait for it, so the shell
/// reads the keyboard at the same time, and a typed secret could land in the shell (echoed, and
/// kept in its history). A hidden prompt must not be offered then.
pub fn typing_is_shared() -> bool {
    SHARED_WITH_SHELL.load(std::sync::atomic::Ordering::Relaxed)
}

/// Held while a command runs; lets go of the console when dropped.
pub struct ParentConsole {
    #[cfg(windows)]
    attached: bool,
}

impl ParentConsole {
    /// Attaches to the console of the terminal that started this program, if any.
    pub fn attach() -> Self {
        #[cfg(windows)]
        {
            let attached = windows::attach_unless_redirected();
            SHARED_WITH_SHELL.store(attached, std::sync::atomic::Ordering::Relaxed);
            Self { attached }
        }
        #[cfg(not(windows))]
        {
            Self {}
        }
    }
}

impl Drop for ParentConsole {
    fn drop(&mut self) {
        #[cfg(windows)]
        if self.attached {
            SHARED_WITH_SHELL.store(false, std::sync::atomic::Ordering::Relaxed);
            windows::detach();
        }
    }
}

#[cfg(windows)]
mod windows {
    use std::io::Write;

    use windows_sys::Win32::Storage::FileSystem::{FILE_TYPE_DISK, FILE_TYPE_PIPE, GetFileType};
    use windows_sys::Win32::System::Console::{
        ATTACH_PARENT_PROCESS, AttachConsole, FreeConsole, GetStdHandle, STD_OUTPUT_HANDLE,
    };

    pub fn attach_unless_redirected() -> bool {
        // SAFETY: GetStdHandle and GetFileType only read this process's handle table; a null
        // or invalid handle makes GetFileType return FILE_TYPE_UNKNOWN.
        let redirected = unsafe {
            let stdout = GetStdHandle(STD_OUTPUT_HANDLE);
            !stdout.is_null() && matches!(GetFileType(stdout), FILE_TYPE_DISK | FILE_TYPE_PIPE)
        };
        // SAFETY: AttachConsole has no preconditions; it fails (returns 0) when the parent has
        // no console or this process already has one. std looks up the standard handles on
        // every write, so printing works from here on.
        !redirected && unsafe { AttachConsole(ATTACH_PARENT_PROCESS) } != 0
    }

    pub fn detach() {
        let _ = std::io::stdout().flush();
        let _ = std::io::stderr().flush();
        // SAFETY: this process attached to a console above; freeing it lets the terminal redraw
        // its prompt.
        unsafe {
            FreeConsole();
        }
    }
}
