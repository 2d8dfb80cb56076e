//! macOS: the app brought to the front (a click on its Dock icon, Cmd-Tab, a click on one of
//! its notifications) shows its window, hidden in the menu bar or not. winit 0.30 has no hook
//! for the application's reopen, and replacing its application delegate would break it, so
//! the app listens for AppKit's own "did become active" notification instead. (A Dock click
//! while the app is still the active one sends none: the menu-bar icon opens it then.) Windows
//! and Linux need nothing: their windows come back from the taskbar and the tray.

/// Listening while alive (the app keeps it for its whole life).
pub struct Activation {
    #[cfg(target_os = "macos")]
    _observer:
        objc2::rc::Retained<objc2::runtime::ProtocolObject<dyn objc2::runtime::NSObjectProtocol>>,
}

/// Calls `on_activate` on the main thread each time the app comes to the front. Call from the
/// main thread, once the app is running (a start at login activates it once while launching,
/// and must stay hidden).
pub fn on_activate(on_activate: impl Fn() + 'static) -> Option<Activation> {
    #[cfg(target_os = "macos")]
    {
        Some(Activation {
            _observer: mac::observe(on_activate),
        })
    }
    #[cfg(not(target_os = "macos"))]
    {
        drop(on_activate);
        None
    }
}

#[cfg(target_os = "macos")]
mod mac {
    use std::ptr::NonNull;

    use block2::RcBlock;
    use objc2::rc::Retained;
    use objc2::runtime::{NSObjectProtocol, ProtocolObject};
    use objc2_foundation::{NSNotification, NSNotificationCenter, NSString};

    pub fn observe(
        on_activate: impl Fn() + 'static,
    ) -> Retained<ProtocolObject<dyn NSObjectProtocol>> {
        // The value of AppKit's NSApplicationDidBecomeActiveNotification.
        let name = NSString::from_str("NSApplicationDidBecomeActiveNotification");
        let block = RcBlock::new(move |_: NonNull<NSNotification>| on_activate());
        let center = NSNotificationCenter::defaultCenter();
        // SAFETY: the name is a valid NSString, no object and no queue are given (the block
        // then runs on the thread that posts the notification: AppKit's main thread), and the
        // centre keeps its own reference to the block.
        unsafe {
            center.addObserverForName_object_queue_usingBlock(Some(&*name), None, None, &block)
        }
    }
}
