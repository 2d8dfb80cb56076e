//! macOS slows the timers of apps in the background (App Nap); the watch must keep its time,
//! so the app declares a user-initiated activity for as long as it runs. Elsewhere: nothing.

/// Held for the app's life; the activity ends when dropped.
pub struct KeepTimersOnTime {
    #[cfg(target_os = "macos")]
    activity:
        objc2::rc::Retained<objc2::runtime::ProtocolObject<dyn objc2::runtime::NSObjectProtocol>>,
}

impl KeepTimersOnTime {
    pub fn begin() -> Self {
        #[cfg(target_os = "macos")]
        {
            use objc2_foundation::{NSActivityOptions, NSProcessInfo, NSString};
            let reason = NSString::from_str("Watching for P2P cancel requests");
            // Timers on time, but the computer may still sleep when idle.
            let activity = NSProcessInfo::processInfo().beginActivityWithOptions_reason(
                NSActivityOptions::UserInitiatedAllowingIdleSystemSleep,
                &reason,
            );
            Self { activity }
        }
        #[cfg(not(target_os = "macos"))]
        {
            Self {}
        }
    }
}

#[cfg(target_os = "macos")]
impl Drop for KeepTimersOnTime {
    fn drop(&mut self) {
        use objc2_foundation::NSProcessInfo;
        // SAFETY: `activity` came from beginActivityWithOptions_reason and is ended once.
        unsafe { NSProcessInfo::processInfo().endActivity(&self.activity) };
    }
}
